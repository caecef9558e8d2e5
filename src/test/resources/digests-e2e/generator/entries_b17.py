# Batch b17 (issue 9 point 6; invented for testing; truth written and committed before the inputs were rendered or run).
# Eight digests in producers and layouts not in b1-b16: pdfmake (a table digest on A5 with the header row repeated and
# rows split over pages; a three-column newsletter, one review per column), jsPDF (entries separated only by drawn rules,
# titles in the body font with outline bookmarks), wkhtmltopdf (an old e-mail newsletter of nested tables with the labels
# in a left margin column), AbiWord from RTF, GNU enscript + Ghostscript ps2pdf (a printed text file with enscript's
# header), an HTML newsletter of nested tables, and markdown with reference-style links and HTML comments.
# The RTF the AbiWord PDF is made from is also given as an input with no truth rows (RTF is not a supported digest
# format; the expected outcome is a reject row with a reason).
# Eight entries are new summaries in the phrasing of NSPCC summaries, coded by the conventions of
# normalise/unseen-entries.txt (adults' and other children's ages beside the child's, an unborn baby whose older sibling
# is on a plan, a child looked after 'since he was 6', brothers 'aged 5 and 9', a 4-week-old, a Welsh child practice
# review, a thematic learning review); the others re-use b15/b16 entries with new codes (`recode`), so a miss there is a
# layout miss. Uses E, T, COLS from entries.py, B15 / B16, recode and CSE from entries_b15.py / entries_b16.py.
NAHI = "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"
KEYLAB = ("Key learning:", "Recommendations:", "Good practice:")
B17 = {}
_15 = lambda f, i: B15[f]["entries"][i]
_16 = lambda f, i: B16[f]["entries"][i]
B17["b17-pdfmake-table-2025-05.pdf"] = dict(month="2025-05", heading="Case reviews published in May 2025", intro="Three case reviews published in May 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child BA: Child safeguarding practice review",
   "Serious harm to a 9-month-old girl in 2024 who swallowed her mother's prescribed methadone. Her brother, aged 4, had found the bottle in an unlocked kitchen cupboard. Her mother, aged 26, was on a drug treatment programme. Child BA is White British.",
   ["the drug treatment service did not ask whether children lived in the home", "safe storage boxes were offered but never checked", "the health visitor did not know about the methadone prescription"],
   ["ask every adult prescribed methadone who lives with children how it is stored", "share prescribing information with the health visitor when a parent starts treatment"],
   "Read practice review (PDF)",
   T("Child BA", CSPR, "practice_review", "serious_harm", "2024", "9-month-old", "0.75", "under_1", "female", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse")),
 E("Unborn Baby BB: Child safeguarding practice review",
   "Death of an unborn baby at 29 weeks' gestation in 2023 after the mother, aged 21, was punched in the stomach by her partner, aged 34. The mother had not attended antenatal care and her older child, aged 2, was on a child protection plan. Ethnicity or nationality not stated.",
   ["the pregnancy was not shared at the older child's core group", "the partner's violence to previous partners was known to probation only", "missed antenatal appointments were not followed up"],
   ["tell midwifery services when a parent of a child on a plan is pregnant", "follow up every missed booking appointment within a week"],
   "Read practice review (PDF)",
   T("Unborn Baby BB", CSPR, "practice_review", "death", "2023", "unborn|unborn baby", "", "unborn", "not_stated", "not_stated", "physical_abuse|", "domestic_abuse"),
   good=["a community midwife who visited the mother at home after she missed her booking"]),
 E("Child BC: Serious case review",
   "Sexual abuse of an 8-year-old boy by his uncle, aged 52, between 2015 and 2017. Child BC's older sister, aged 15, had told a teacher about the uncle in 2014, but no referral was made. Child BC is of Pakistani heritage.",
   ["the sister's disclosure was recorded but not referred", "the uncle was treated as a family friend rather than a carer", "Child BC's soiling at school was not explored"],
   ["refer every disclosure about an adult with access to children, even if it concerns another child", "include extended family members who care for children in assessments"],
   "Read overview report (PDF)",
   T("Child BC", SCR, "overview", "serious_harm", "2015|2017|", "8-year-old", "8.00", "6_10", "male", "Pakistani|Pakistani heritage", "sexual_abuse")),
])
B17["b17-pdfmake-threecol-2024-10.pdf"] = dict(month="2024-10", heading="Case reviews newsletter – October 2024", intro="Three case reviews published in October 2024. All of the children, families and places below are invented for testing.", entries=[
    recode(_16("b16-fop-xslfo-2025-02.pdf", 0), [("KA", "CA")]), recode(_16("b16-fop-xslfo-2025-02.pdf", 1), [("KB", "CB"), ("KC", "CC")]),
    recode(_16("b16-fop-xslfo-2025-02.pdf", 2), [("KD", "CD")])])
B17["b17-jspdf-rules-2023-09.pdf"] = dict(month="2023-09", heading="Case reviews digest: September 2023", intro="Four case reviews published in September 2023. All of the children, families and places below are invented for testing.", entries=[
 E("Child BD: Child safeguarding practice review",
   "Death of a 17-year-old boy in 2022 who took his own life in a semi-independent placement. He had been looked after since he was 6 and had moved placement eleven times. His younger brother, aged 12, lived with foster carers. Child BD is Black Caribbean.",
   ["the placement provider was not told about his earlier self-harm", "his personal adviser changed three times in a year", "contact with his brother stopped when he moved out of county"],
   ["share the risk of self-harm with every new placement before a young person moves", "keep brothers and sisters in touch when one moves to semi-independent living"],
   "Read practice review (PDF)",
   T("Child BD", CSPR, "practice_review", "death", "2022", "17-year-old", "17.00", "16_17", "male", "Black Caribbean", "self_harm_suicide", "", "looked_after")),
 E("Children BE and BF: Child safeguarding practice review",
   "Emotional abuse and neglect of two brothers, aged 5 and 9, in 2023. Their mother's partner, aged 38, controlled the household's money and locked the boys in their bedroom. Their mother had depression. The children are White British.",
   ["the school saw the boys' hunger but not the control in the home", "the mother's depression was treated without asking about her partner"],
   ["ask about controlling behaviour when a parent is treated for depression"],
   "Read practice review (PDF)",
   T("Children BE and BF", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "*", "male", "White British", "emotional_abuse; neglect", "parental_mental_health|domestic_abuse; parental_mental_health", n="2")),
    recode(_16("b16-reportlab-2024-03.pdf", 0), [("LA", "CE")]), recode(_16("b16-reportlab-2024-03.pdf", 1), [("LB", "CF")])])
B17["b17-wkhtmltopdf-margin-2025-07.pdf"] = dict(month="2025-07", heading="Learning from case reviews – July 2025", intro="Three case reviews published in July 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Baby BG: Child safeguarding practice review",
   "Death of a 4-week-old girl in December 2024 who was found unresponsive after being put to sleep in an adult bed with her parents and her sister, aged 3. Both parents had used cannabis that evening. Baby BG is of Romanian heritage.",
   ["safer sleep advice was given in English only", "the parents' cannabis use was not discussed after the birth"],
   ["give safer sleep advice in the family's first language", "ask about drug and alcohol use at every new birth visit"],
   "Read practice review (PDF)",
   T("Baby BG", CSPR, "practice_review", "death", "2024", "4-week-old", "0.08", "under_1", "female", "Romanian|Romanian heritage", "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|parental_substance_misuse")),
 E("Child BH: Child practice review",
   "Serious harm to a 2-year-old boy in 2021 who was found with burns to his hands after being left with his father, aged 24, who was under the influence of alcohol. The family had moved between three local authorities in a year. Child BH is White Welsh.",
   ["records did not follow the family when they moved", "the father's drinking was known to his probation officer only", "Child BH was not seen by the health visitor for ten months"],
   ["transfer health records within five working days of a family moving"],
   "Read child practice review (PDF)",
   T("Child BH", "child_practice_review", "practice_review", "serious_harm", "2021", "2-year-old", "2.00", "1_5", "male", "White Welsh", "physical_abuse|physical_abuse; neglect|neglect", "parental_alcohol_misuse")),
    recode(_16("b16-reportlab-2024-03.pdf", 2), [])])
B17["b17-abiword-rtf-2025-01.pdf"] = dict(month="2025-01", heading="Case reviews update – January 2025", intro="Three case reviews published in January 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_16("b16-chromium-emailcards-2026-03.pdf", 0), [("EA", "CG")]), recode(_16("b16-chromium-emailcards-2026-03.pdf", 1), [("EB", "CH")]),
    recode(_16("b16-chromium-emailcards-2026-03.pdf", 2), [("EC", "CI"), ("ED", "CJ"), ("EE", "CK")])])
B17["b17-enscript-2022-06.pdf"] = dict(month="2022-06", heading="CASE REVIEWS PUBLISHED IN JUNE 2022", intro="Three case reviews published in June 2022. All of the children, families and places below are invented for testing.", entries=[
 E("Adolescents criminally exploited across county lines: thematic learning review",
   "Review of seven young people aged 13 to 17 who were criminally exploited to sell drugs between 2020 and 2023. Four had been excluded from school and two were looked after.",
   ["exploitation was seen as a choice the young people made", "schools were not invited to strategy discussions", "young people arrested out of area were not followed up at home"],
   ["invite schools to every strategy discussion about exploitation", "agree who visits a young person arrested in another area"],
   "Read learning review (PDF)",
   T("", "learning_review", "unknown|practice_review", "serious_harm", "2020|", "*", "*", "*", "not_stated", "not_stated", "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm", "", "*", thematic="true", n="7"),
   lab=KEYLAB),
    recode(_16("b16-plaintext-formfeed-2024-11.txt", 0), [("AA", "CL")], lab=KEYLAB),
    recode(_15("b15-chromium-linkedtitles-2026-02.pdf", 1), [("XB", "JE")], lab=KEYLAB)])
B17["b17-html-nestedtables-2024-02.html"] = dict(month="2024-02", heading="Case reviews bulletin – February 2024", intro="Three case reviews published in February 2024. All of the children, families and places below are invented for testing.", entries=[
    recode(_15("b15-chromium-linkedtitles-2026-02.pdf", 0), [("XA", "JD")]), recode(_15("b15-chromium-linkedtitles-2026-02.pdf", 2), []),
    recode(_15("b15-chromium-linkedtitles-2026-02.pdf", 3), [("XD", "JF")])])
B17["b17-markdown-reflinks-2025-09.md"] = dict(month="2025-09", heading="Case reviews published in September 2025", intro="Three case reviews published in September 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_15("b15-docx-sdt-tracked-2025-11.docx", 0), [("QA", "JG")]), recode(_15("b15-docx-sdt-tracked-2025-11.docx", 2), [("QE", "JH")]),
    recode(_15("b15-weasyprint-runin-2025-09.pdf", 0), [("WA", "JI")])])
