# Batch b18 (issue 9 point 6; invented for testing; truth written and committed before the inputs were rendered or run).
# Eight digests in producers and layouts not in b1-b17: groff mom (-mom -Tpdf), LibreOffice Impress slides (one review
# per slide), LibreOffice Calc (one row per review on a printed sheet), a scanned page made searchable by tesseract OCR
# (image + invisible text layer), hand-written PostScript through Ghostscript then AES-256 encrypted by qpdf, an HTML
# e-mail with MSO conditional comments and bullet tables, markdown with footnotes and definition lists, and a plain-text
# e-mail saved with quoted-printable soft line breaks.
# Eight entries are new summaries in the phrasing of NSPCC summaries, coded by the conventions of
# normalise/unseen-entries.txt (a father 'aged 23' beside a 6-week-old, a 14-year-old with a learning disability, twins
# 'aged 3', a Scottish learning review, a Northern Ireland case management review, a home-educated 10-year-old, a thematic
# review of five children, a 16-month-old and her mother 'aged 25'); the others re-use b17 entries with new codes
# (`recode`), so a miss there is a layout miss. Uses E, T, COLS from entries.py, B17 from entries_b17.py and recode from
# entries_b15.py.
B18 = {}
_17 = lambda f, i: B17[f]["entries"][i]
PM, JS, WK, AB, EN = "b17-pdfmake-table-2025-05.pdf", "b17-jspdf-rules-2023-09.pdf", "b17-wkhtmltopdf-margin-2025-07.pdf", "b17-abiword-rtf-2025-01.pdf", "b17-enscript-2022-06.pdf"
P3 = "b17-pdfmake-threecol-2024-10.pdf"
B18["b18-groff-mom-2025-04.pdf"] = dict(month="2025-04", heading="Case reviews digest: April 2025", intro="Three case reviews published in April 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child IA: Child safeguarding practice review",
   "Death of a 6-week-old boy in January 2025 from a non-accidental head injury. His father, aged 23, had served a prison sentence for assault and was living with the family without the knowledge of children's social care. His mother, aged 19, had been looked after as a child. Child IA is White British.",
   ["the father's presence in the home was not known to the social worker", "the mother's own history of care was not considered in the pre-birth assessment", "the probation service did not share the father's new address"],
   ["ask about every adult living in the home at each visit", "share release addresses of violent offenders with children's social care"],
   "Read practice review (PDF)",
   T("Child IA", CSPR, "practice_review", "death", "2025", "6-week-old", "0.12", "under_1", "male", "White British", NAHI, "parental_criminality|")),
    recode(_17(PM, 0), [("BA", "AF")]), recode(_17(JS, 0), [("BD", "AJ")])])
B18["b18-impress-slides-2024-12.pdf"] = dict(month="2024-12", heading="Case reviews briefing – December 2024", intro="Four case reviews published in December 2024. All of the children, families and places below are invented for testing.", entries=[
 E("Child IB: Child safeguarding practice review",
   "Serious harm to a 14-year-old girl with a learning disability who was sexually exploited by a group of adult men in 2023. Child IB had gone missing from home eleven times in six months and was not attending school. Child IB is of Bangladeshi heritage.",
   ["return home interviews were not offered after each missing episode", "her learning disability was not considered when she was said to be consenting", "the school did not follow up her absence"],
   ["use plain language and easy-read material when talking to disabled young people about exploitation", "offer a return home interview after every missing episode"],
   "Read practice review (PDF)",
   T("Child IB", CSPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "female", "Bangladeshi|Bangladeshi heritage", "child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "", "disabled; not_in_school")),
 E("Children IC and ID: Child safeguarding practice review",
   "Neglect of twin girls, aged 3, who were found alone in a flat in 2024 while their mother, aged 30, was in police custody. The family had been known to children's social care since the twins' birth and had been stepped down to early help a month before. The children are of Eritrean heritage.",
   ["the step down to early help was agreed without a home visit", "the police did not ask who was caring for the children at the time of the arrest"],
   ["ask every arrested adult whether children are at home"],
   "Read practice review (PDF)",
   T("Children IC and ID", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "female", "Eritrean|Eritrean heritage", "neglect", "parental_criminality|", n="2"),
   good=["a neighbour who heard the children crying and called the police"]),
    recode(_17(PM, 2), [("BC", "AH")]), recode(_17(P3, 0), [("CA", "AP")])])
B18["b18-calc-rows-2025-08.pdf"] = dict(month="2025-08", heading="Case reviews published in August 2025", intro="Three case reviews published in August 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child IE: Learning review",
   "Death of a 15-year-old boy in 2022 who took his own life after months of bullying online. He had been referred to child and adolescent mental health services twice and was on a waiting list. Child IE is White Scottish.",
   ["the school did not know about the referral to mental health services", "the online bullying was treated as a matter between pupils"],
   ["agree how schools are told when a pupil is waiting for mental health services", "include online bullying in the local anti-bullying guidance"],
   "Read learning review (PDF)",
   T("Child IE", "learning_review", "unknown|practice_review", "death", "2022", "15-year-old", "15.00", "11_15", "male", "White Scottish", "self_harm_suicide|self_harm_suicide; online_harm")),
 E("Child IF: Case management review",
   "Physical abuse of a 7-month-old girl in 2021 who was found to have fractures to her ribs and legs of different ages. Her parents, aged 20 and 22, gave no explanation for the injuries. Child IF is White Irish.",
   ["a bruise on her cheek at 4 months was not referred", "the young parents' own needs were not assessed"],
   ["refer every bruise on a baby who is not yet mobile", "offer young parents an assessment of their support needs"],
   "Read case management review (PDF)",
   T("Child IF", "case_management_review", "unknown", "serious_harm", "2021", "7-month-old", "0.58", "under_1", "female", "White Irish", "physical_abuse")),
    recode(_17(WK, 0), [("BG", "AM")])])
B18["b18-ocr-scan-2024-07.pdf"] = dict(month="2024-07", heading="Case reviews update – July 2024", intro="Three case reviews published in July 2024. All of the children, families and places below are invented for testing.", entries=[
    recode(_17(PM, 1), [("BB", "AG")]), recode(_17(JS, 1), [("BE", "AK"), ("BF", "AL")]), recode(_17(WK, 1), [("BH", "AN")])])
B18["b18-postscript-qpdf-2023-05.pdf"] = dict(month="2023-05", heading="Case reviews digest – May 2023", intro="Three case reviews published in May 2023. All of the children, families and places below are invented for testing.", entries=[
    recode(_17(P3, 1), [("CB", "AQ"), ("CC", "AR")]), recode(_17(P3, 2), [("CD", "AS")]), recode(_17(EN, 1), [("CL", "AO")])])
B18["b18-html-mso-2025-10.html"] = dict(month="2025-10", heading="Case reviews bulletin – October 2025", intro="Three case reviews published in October 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child IG: Child safeguarding practice review",
   "Serious harm to a 10-year-old boy in 2024 who was home educated and was found to be severely underweight. His mother, aged 41, had withdrawn him from school after a disagreement about his special educational needs. No agency had seen Child IG for 14 months. Child IG is of Mixed White and Black African heritage.",
   ["elective home education was accepted without a visit", "the GP did not know Child IG had left school", "his special educational needs were not followed up after he left school"],
   ["visit every child whose parent chooses home education within a month", "tell the GP when a child is removed from the school roll"],
   "Read practice review (PDF)",
   T("Child IG", CSPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "male", "Mixed White and Black African|Mixed White and Black African heritage", "neglect", "", "not_in_school|not_in_school; disabled")),
    recode(_17(JS, 2), [("CE", "AT")]), recode(_17(JS, 3), [("CF", "AU")])])
B18["b18-markdown-footnotes-2026-01.md"] = dict(month="2026-01", heading="Case reviews published in January 2026", intro="Three case reviews published in January 2026. All of the children, families and places below are invented for testing.", entries=[
 E("Intra-familial child sexual abuse: thematic child safeguarding practice review",
   "Review of five children aged 4 to 12 who were sexually abused by a family member between 2018 and 2023. In three cases the abuser had a previous conviction that was not known to the agencies working with the family. Ethnicity or nationality not stated.",
   ["children's changes in behaviour were explained by other causes", "checks on adults joining a household were not made", "children were not seen alone"],
   ["see every child alone when sexual abuse is suspected", "check the history of adults who join a household known to children's social care"],
   "Read thematic review (PDF)",
   T("", CSPR, "practice_review", "serious_harm", "2018|", "*", "*", "*", "not_stated", "not_stated", "sexual_abuse", "parental_criminality|", thematic="true", n="5")),
    recode(_17(AB, 0), [("CG", "AV")]), recode(_17(AB, 1), [("CH", "AW")])])
B18["b18-email-qp-2024-03.txt"] = dict(month="2024-03", heading="Case reviews published in March 2024", intro="Three case reviews published in March 2024. All of the children, families and places below are invented for testing.", entries=[
 E("Child II: Serious case review",
   "Death of a 16-month-old girl in 2018 who drowned in the bath after being left alone by her mother. Her mother, aged 25, had taken drugs and had been reported missing from a mental health ward the week before. Child II is White British.",
   ["the mother's discharge from the ward was not shared with the health visitor", "the risk of leaving a baby alone in the bath was not discussed"],
   ["share every discharge of a parent from a mental health ward with the health visitor", "give water safety advice at the 12-month review"],
   "Read overview report (PDF)",
   T("Child II", SCR, "overview", "death", "2018", "16-month-old", "1.33", "1_5", "female", "White British", "neglect|neglect; other|other", "parental_substance_misuse; parental_mental_health"), lab=KEYLAB),
    recode(_17(EN, 0), [], lab=KEYLAB), recode(_17(AB, 2), [("CI", "AX"), ("CJ", "AY"), ("CK", "AZ")], lab=KEYLAB)])
