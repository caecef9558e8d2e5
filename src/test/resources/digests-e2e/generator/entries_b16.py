# Batch b16 (issue 9 point 6; invented for testing; truth written and committed before the inputs were rendered or run).
# Nine digests (and a tenth, added after, see the end) in layouts and producers not in b1-b15: Apache FOP from XSL-FO, ReportLab (platypus), pdflatex two-column
# with each review a \paragraph run-in title, a LibreOffice Writer tagged table headed Case | What happened | Key learning |
# Recommendations, an e-mail newsletter with cards printed by Chromium, a Writer document with numbered headings
# 'Review N of M' over the review titles, running heads and feet and reviews split over pages, a DOCX whose headings are
# custom Word styles and whose items are numbering.xml lists, an HTML page of <details>/<summary> reviews with <dl> labels,
# and a markdown pipe table with <br>-separated items.
# New summaries (adults' ages beside the child's, twins, siblings, 'during the summer of 2022', 'in the spring of 2024',
# 'Ethnicity not stated') are coded by the conventions of normalise/unseen-entries.txt; entries re-used from b14/b15 with
# new codes (`recode`, from entries_b15.py) have settled coding, so a miss there is a layout miss.
# Uses E, T, COLS from entries.py, B14 / B15 and recode from entries_b14.py / entries_b15.py.
NAHI = "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"
B16 = {}
B16["b16-fop-xslfo-2025-02.pdf"] = dict(month="2025-02", heading="Case review briefings – February 2025", intro="Three case reviews published in February 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child KA: Child safeguarding practice review",
   "Death of a 5-month-old boy during the summer of 2023 from a non-accidental head injury. His mother, aged 19, and her partner, aged 27, gave different accounts of how he was hurt. Child KA is White British.",
   ["the partner was not known to the health visitor", "the mother's young age was not seen as a vulnerability", "the accounts given by the two adults were not compared"],
   ["ask about every adult in the household at each health visit", "compare the accounts of all carers when a baby is injured"],
   "Read practice review (PDF)",
   T("Child KA", CSPR, "practice_review", "death", "2023", "5-month-old", "0.42", "under_1", "male", "White British", NAHI)),
 E("Children KB and KC: Child safeguarding practice review",
   "Serious harm to twin girls aged 10 weeks in 2024. Both babies had rib fractures and one had bruising to her face. Their father, aged 31, misused cocaine. The twins are of Bangladeshi heritage.",
   ["bruising to a baby's face was not referred for a medical", "the father's drug use was known to his GP only"],
   ["refer every bruise on a baby who is not yet mobile for a child protection medical"],
   "Read practice review (PDF)",
   T("Children KB and KC", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "female", "Bangladeshi|Bangladeshi heritage", "physical_abuse", "parental_substance_misuse", n="2"),
   good=["a paramedic who questioned the parents' explanation"]),
 E("Child KD: Serious case review",
   "Sexual exploitation of a 14-year-old girl in 2016 by a group of men, including a man aged 35 who gave her gifts and a mobile phone. Child KD was not attending school and had been reported missing eleven times. Ethnicity not stated.",
   ["each missing episode was dealt with on its own", "Child KD was described as putting herself at risk"],
   ["hold a strategy discussion after a third missing episode", "stop using language that blames children for their exploitation"],
   "Read overview report (PDF)",
   T("Child KD", SCR, "overview", "serious_harm", "2016", "14-year-old", "14.00", "11_15", "female", "not_stated", CSE, "", "not_in_school|")),
])
B16["b16-reportlab-2024-03.pdf"] = dict(month="2024-03", heading="Case reviews published: March 2024", intro="Three case reviews published in March 2024. All of the children, families and places below are invented for testing.", entries=[
 E("Child LA: Child safeguarding practice review",
   "Death of a 16-year-old boy in 2023 who was stabbed near his home. He had been criminally exploited by a drug dealer, aged 22, and had been permanently excluded from school in 2022. Child LA is Black British.",
   ["the exclusion was not shared with children's social care", "Child LA's mother asked for help three times before he died"],
   ["notify children's social care of every permanent exclusion of a child known to them", "respond to parents who report exploitation within one working day"],
   "Read practice review (PDF)",
   T("Child LA", CSPR, "practice_review", "death", "2023", "16-year-old", "16.00", "16_17", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse", "", "not_in_school|")),
 E("Child LB: Child safeguarding practice review",
   "Neglect of a 3-year-old girl who was found in 2024 with severe nappy rash and weighing less than she had a year before. Her mother, a 23-year-old care leaver, had postnatal depression after the birth of a younger sibling. Child LB is White British.",
   ["weight loss was not plotted on the growth chart", "the mother's care leaver status was not known to health services", "no one asked how the mother was coping with two children"],
   ["plot the weight of every child seen for neglect concerns"],
   "Read practice review (PDF)",
   T("Child LB", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "female", "White British", "neglect", "parental_mental_health")),
 E("Disabled children in a residential special school: thematic child safeguarding practice review",
   "Review of four disabled children aged 9 to 15 who were physically restrained and isolated at a residential special school between 2019 and 2022. Ethnicity or nationality not stated.",
   ["restraint was recorded as a behaviour incident", "parents were not told when their child was isolated", "placing authorities did not visit often enough"],
   ["report every use of restraint to the child's placing authority", "visit children in residential schools at least every six weeks"],
   "Read thematic review (PDF)",
   T("", CSPR, "practice_review", "serious_harm", "2019|", "*", "*", "*", "not_stated", "not_stated", "*", "", "disabled|", thematic="true", n="4")),
])
B16["b16-chromium-emailcards-2026-03.pdf"] = dict(month="2026-03", heading="Case reviews roundup – March 2026", intro="Three case reviews published in March 2026. All of the children, families and places below are invented for testing.", entries=[
 E("Child EA: Child safeguarding practice review",
   "Child EA, aged 13, took her own life in the spring of 2024 after months of bullying on social media. She had told a school counsellor that she was self-harming. Her father, aged 45, had recently left the family home. Child EA is of mixed White and Asian heritage.",
   ["the counsellor did not share the self-harm with the GP", "online bullying was dealt with as a friendship problem", "Child EA's parents were not told about the self-harm"],
   ["agree when school counsellors share a risk of self-harm", "treat online bullying linked to self-harm as a safeguarding concern"],
   "Read practice review (PDF)",
   T("Child EA", CSPR, "practice_review", "death", "2024", "aged 13|13-year-old|13", "13.00", "11_15", "female", "mixed White and Asian|mixed White and Asian heritage|White and Asian", "self_harm_suicide; online_harm|self_harm_suicide")),
 E("Baby EB: Child safeguarding practice review",
   "Death of an 11-week-old baby boy in January 2025 after he was found unresponsive on a sofa where he had been sleeping with his father, aged 20. The father had been drinking. Baby EB's mother, aged 18, was at work. Baby EB is White British.",
   ["safer sleep advice was given to the mother only", "the young parents were not offered extra support"],
   ["give safer sleep advice to both parents at the new birth visit"],
   "Read practice review (PDF)",
   T("Baby EB", CSPR, "practice_review", "death", "2025", "11-week-old", "0.21", "under_1", "male", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse"),
   good=["a midwife who arranged a cot before the baby was born"]),
 E("Children EC, ED and EE: Child safeguarding practice review",
   "Neglect of three siblings, aged 2, 4 and 7, during 2022 and 2023. Their mother, aged 29, had a learning disability and their father was in prison. The children are Polish.",
   ["the mother's learning disability was not assessed", "the children's father was not involved in any plan", "an interpreter was not used at meetings"],
   [], "Read practice review (PDF)",
   T("Children EC, ED and EE", CSPR, "practice_review", "serious_harm", "2022|", "*", "*", "*", "not_stated", "Polish", "neglect", "parental_learning_disability; parental_criminality|parental_learning_disability", n="3"),
   norec="Makes no recommendations as the learning was included in the partnership's neglect strategy."),
])
_c = lambda f, i: B15[f]["entries"][i]
B16["b16-latex-paragraph-twocol-2025-10.pdf"] = dict(month="2025-10", heading="Case reviews digest: October 2025", intro="Three case reviews published in October 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_c("b15-weasyprint-runin-2025-09.pdf", 0), [("WA", "VA")]), recode(_c("b15-weasyprint-runin-2025-09.pdf", 1), [("WB", "VB")]),
    recode(_c("b15-weasyprint-runin-2025-09.pdf", 2), [("WC", "VC"), ("WD", "VD")])])
B16["b16-writer-casetable-2024-07.pdf"] = dict(month="2024-07", heading="Case reviews update – July 2024", intro="Three case reviews published in July 2024. All of the children, families and places below are invented for testing.", entries=[
    recode(_c("b15-chromium-grid-gs-2024-05.pdf", 0), [("YA", "GA")]), recode(_c("b15-chromium-grid-gs-2024-05.pdf", 1), [("YB", "GB")]),
    recode(_c("b15-chromium-grid-gs-2024-05.pdf", 2), [("YC", "GC")])])
B16["b16-writer-reviewnofm-2025-06.pdf"] = dict(month="2025-06", heading="Case reviews digest – June 2025", intro="Four case reviews published in June 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_c("b15-chromium-linkedtitles-2026-02.pdf", 0), [("XA", "OA")]), recode(_c("b15-chromium-linkedtitles-2026-02.pdf", 1), [("XB", "OB")]),
    recode(_c("b15-chromium-linkedtitles-2026-02.pdf", 2), []), recode(_c("b15-chromium-linkedtitles-2026-02.pdf", 3), [("XD", "OD")])])
B16["b16-docx-numbering-2025-12.docx"] = dict(month="2025-12", heading="Case reviews update – December 2025", intro="Three case reviews published in December 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_c("b15-plaintext-wrapped-2023-11.txt", 0), [("HA", "DA")]), recode(_c("b15-plaintext-wrapped-2023-11.txt", 1), [("HB", "DB")]),
    recode(_c("b15-plaintext-wrapped-2023-11.txt", 2), [("HC", "DC")])])
B16["b16-html-details-2025-04.html"] = dict(month="2025-04", heading="Learning from case reviews: April 2025", intro="Three case reviews published in April 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_c("b15-pdfbox-tj-2025-01.pdf", 0), [("ZA", "FA")]), recode(_c("b15-pdfbox-tj-2025-01.pdf", 1), [("ZB", "FB")]),
    recode(_c("b15-pdfbox-tj-2025-01.pdf", 2), [("ZC", "FC")])])
B16["b16-markdown-table-2025-08.md"] = dict(month="2025-08", heading="Case reviews published in August 2025", intro="Three case reviews published in August 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_c("b15-markdown-setext-2025-07.md", 0), [("JA", "IA")]), recode(_c("b15-markdown-setext-2025-07.md", 1), [("JB", "IB")]),
    recode(_c("b15-markdown-setext-2025-07.md", 2), [("JC", "IC")])])
# Added after the first nine were measured (truth again committed before its input existed): a plain-text digest as printed
# to a text file, pages separated by form feeds with a running head repeated after each, a page break inside a summary
# sentence and inside a list item, '*' bullets with indented continuation lines, labels 'Key learning:' / 'Recommendations:'.
KEYLAB = ("Key learning:", "Recommendations:", "Good practice:")
_d = lambda f, i: B14[f]["entries"][i]
B16["b16-plaintext-formfeed-2024-11.txt"] = dict(month="2024-11", heading="NSPCC LEARNING - CASE REVIEWS PUBLISHED NOVEMBER 2024", intro="Three case reviews published in November 2024. All of the children, families and places below are invented for testing.", entries=[
 E("Child AA: Child safeguarding practice review",
   "Serious harm to a 6-month-old baby girl in the autumn of 2023, who was found to have a fractured skull and bleeding on the brain. Her mother, aged 17, was herself a looked after child and lived with the baby in supported lodgings. The age of the baby's father is not known. Ethnicity or nationality not stated.",
   ["the supported lodgings provider did not know that the father visited at night", "the mother's own social worker and the baby's health visitor never met", "the father was not assessed because he was not seen as part of the household"],
   ["hold a joint meeting when a looked after young person becomes a parent", "assess every father who has regular contact with a baby, wherever he lives"],
   "Read practice review (PDF)",
   T("Child AA", CSPR, "practice_review", "serious_harm", "2023", "6-month-old", "0.50", "under_1", "female", "not_stated", NAHI + "|physical_abuse"),
   lab=KEYLAB),
    recode(_d("b14-writer-threecol-tagged-2025-12.pdf", 2), [("VC", "AC")], lab=KEYLAB),
    recode(_d("b14-writer-threecol-tagged-2025-12.pdf", 3), [("VD", "AD")], lab=KEYLAB)])
