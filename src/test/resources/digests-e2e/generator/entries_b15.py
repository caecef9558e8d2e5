# Batch b15 (issue 9 point 6; invented for testing; truth written and committed before the inputs were rendered or run).
# Seven digests in layouts and producers not in b1-b14: WeasyPrint (CSS paged media, labels run in inside the summary
# paragraph in small caps), Chromium with linked titles and a running month header and a page break inside an item list,
# a Chromium two-column grid (title left, body right) rewritten untagged by Ghostscript pdfwrite, a PDFBox page drawn line by
# line with kerned TJ arrays and word gaps made by displacement (no space glyphs), lines written out of order, a DOCX with
# content controls (w:sdt), Word numbering (w:numPr) and tracked changes (w:del text must not be read), a markdown file with
# setext headings and HTML fragments, and a plain-text digest wrapped at 64 columns with hyphenation at line ends.
# New summaries (Welsh child practice review, Scottish learning review, Northern Ireland case management review, an unborn
# baby, siblings, a no-recommendations review, ages in words) are coded by the conventions of normalise/unseen-entries.txt;
# entries re-used from b14 with new codes (`recode`) have settled coding, so a miss there is a layout miss.
# Uses E, T, COLS from entries.py and B14 from entries_b14.py (all in ../../digests-e2e/generator).
CSPR = "child_safeguarding_practice_review"; SCR = "serious_case_review"
NAHI = "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"
CSE = "child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse; extra_familial_harm"
LAB = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
B15 = {}
B15["b15-weasyprint-runin-2025-09.pdf"] = dict(month="2025-09", heading="Case reviews digest: September 2025", intro="Three case reviews published in September 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child WA: Child practice review",
   "Neglect of a nine-year-old boy in 2023 who was often left alone overnight while his mother worked. The home was cold and there was little food. Child WA is White Welsh.",
   ["the school saw Child WA's tiredness but did not ask why", "the mother's working hours were never discussed with her", "the housing officer's concerns about the cold home were not passed on"],
   ["ask about care arrangements at night when a child is often tired at school", "share housing concerns about children with children's services"],
   "Read child practice review (PDF)",
   T("Child WA", "child_practice_review", "practice_review", "serious_harm", "2023", "nine-year-old", "9.00", "6_10", "male", "White Welsh", "neglect")),
 E("Baby WB: Child safeguarding practice review",
   "Death of a 4-month-old girl in January 2025 from a non-accidental head injury. Her father, aged 24, had been released from prison a month earlier. Baby WB is White British.",
   ["the father's release from prison was not shared with the health visitor", "the mother was not asked who was caring for the baby"],
   ["tell the health visitor when a parent of a baby is released from prison", "ask every mother who else looks after the baby"],
   "Read practice review (PDF)",
   T("Baby WB", CSPR, "practice_review", "death", "2025", "4-month-old", "0.33", "under_1", "female", "White British", NAHI, "parental_criminality|")),
 E("Children WC and WD: Child safeguarding practice review",
   "Sexual abuse of two sisters, aged 6 and 11, by a family friend between 2021 and 2023. The older girl told her teacher in 2023. The children are of Pakistani heritage.",
   ["the family friend's access to the girls was not questioned", "the older girl's earlier hints to a school nurse were not recorded"],
   [], "Read practice review (PDF)",
   T("Children WC and WD", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "female", "Pakistani|Pakistani heritage", "sexual_abuse", n="2"),
   norec="Makes no recommendations as the partnership had already changed its procedures."),
])
B15["b15-chromium-linkedtitles-2026-02.pdf"] = dict(month="2026-02", heading="New case reviews – February 2026", intro="Four case reviews added to the repository in February 2026. All of the children, families and places below are invented for testing.", entries=[
 E("Unborn Baby XA: Child safeguarding practice review",
   "Death of an unborn baby at 36 weeks' gestation in 2025 after the mother was assaulted by her partner. The mother had told a pharmacist that she was frightened of him.",
   ["the pharmacist did not know how to refer domestic abuse", "the midwife saw the mother with her partner at every appointment", "the partner's previous violence was known to the police only"],
   ["train community pharmacists to refer domestic abuse", "see every pregnant woman alone at least once"],
   "Read the full report",
   T("Unborn Baby XA", CSPR, "practice_review", "death", "2025", "unborn|unborn baby", "", "unborn", "not_stated", "not_stated", "physical_abuse|", "domestic_abuse")),
 E("Child XB: Serious case review",
   "Serious harm to a 15-year-old girl in 2017 who was trafficked to another city for sexual exploitation. Child XB was looked after and living in a children's home. Child XB is White British.",
   ["the children's home did not report Child XB missing for two days", "police in the two cities did not share what they knew", "Child XB was seen as choosing to go"],
   ["report a looked after child missing within an hour", "agree how police forces share intelligence about trafficked children"],
   "Read the full report",
   T("Child XB", SCR, "overview", "serious_harm", "2017", "15-year-old", "15.00", "11_15", "female", "White British", CSE, "", "looked_after")),
 E("Safer sleep for babies: thematic child safeguarding practice review",
   "Review of the deaths of five babies under the age of six months between 2021 and 2024 while sleeping in unsafe places. In four cases a parent had been drinking or using drugs. Ethnicity or nationality not stated.",
   ["safer sleep advice was given once and not repeated", "parents' drinking and drug use were not linked to sleep risks", "fathers were rarely given safer sleep advice"],
   ["repeat safer sleep advice at every contact in the first six months", "give safer sleep advice to fathers and other carers"],
   "Read the full report",
   T("", CSPR, "practice_review", "death", "2021|", "*", "*", "*", "not_stated", "not_stated", "sudden_unexpected_infant_death", "*", thematic="true", n="5"),
   good=["a health visitor who went back to check where the baby slept"]),
 E("Child XD: Child safeguarding practice review",
   "Death of a 17-year-old boy in March 2025 who took his own life while waiting for a mental health assessment. Child XD had left care six months earlier and was living alone in a flat. Child XD is Black African.",
   ["the wait for the assessment was not explained to Child XD", "his personal adviser did not know he had stopped eating"],
   ["keep in weekly contact with care leavers who are waiting for mental health services", "tell a young person how long they will wait and who to call"],
   "Read the full report",
   T("Child XD", CSPR, "practice_review", "death", "2025", "17-year-old", "17.00", "16_17", "male", "Black African", "self_harm_suicide", "", "|looked_after")),
])
B15["b15-chromium-grid-gs-2024-05.pdf"] = dict(month="2024-05", heading="Case reviews: May 2024", intro="Three case reviews published in May 2024. All of the children, families and places below are invented for testing.", entries=[
 E("Child YA: Learning review",
   "Serious harm to a 2-year-old girl in 2023 who swallowed her mother's prescribed methadone at home. The family lived in a remote rural area. Child YA is White Scottish.",
   ["the safe storage of methadone was checked only at the start of treatment", "the family's isolation made it hard to reach services", "the health visitor did not know about the methadone"],
   ["check safe storage at every review of a parent's treatment", "tell the health visitor when a parent with a young child starts opiate treatment"],
   "Read learning review (PDF)",
   T("Child YA", "learning_review", "unknown", "serious_harm", "2023", "2-year-old", "2.00", "1_5", "female", "White Scottish", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse|parental_substance_misuse; social_isolation")),
 E("Child YB: Case management review",
   "Emotional abuse of a 13-year-old boy between 2019 and 2022 by his father, who controlled the household through threats and violence towards the boy's mother. Child YB is White Irish.",
   ["Child YB's fear of his father was not recorded", "each domestic abuse incident was assessed on its own", "the school counsellor was not invited to meetings"],
   ["record what a child says about living with domestic abuse", "invite school counsellors to child protection meetings"],
   "Read case management review summary (PDF)",
   T("Child YB", "case_management_review", "unknown", "serious_harm", "2019|", "13-year-old", "13.00", "11_15", "male", "White Irish", "emotional_abuse", "domestic_abuse")),
])


def recode(e, pairs, lab=LAB):
    import copy
    e = copy.deepcopy(e)
    def sub(s):
        for old, new in pairs: s = s.replace(old, new)
        return s
    e["title"], e["summary"] = sub(e["title"]), sub(e["summary"])
    e["learning"], e["recs"], e["good"] = [sub(x) for x in e["learning"]], [sub(x) for x in e["recs"]], [sub(x) for x in e["good"]]
    e["t"]["child_name"] = sub(e["t"]["child_name"])
    e["lab"] = lab
    return e


_b = lambda f, i: B14[f]["entries"][i]
B15["b15-chromium-grid-gs-2024-05.pdf"]["entries"].append(recode(_b("b14-groff-ms-2025-03.pdf", 2), [("RD", "YC")]))
B15["b15-pdfbox-tj-2025-01.pdf"] = dict(month="2025-01", heading="Case reviews digest – January 2025", intro="Three case reviews published in January 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_b("b14-lualatex-summaryfirst-2024-08.pdf", 0), [("TA", "ZA")]), recode(_b("b14-lualatex-summaryfirst-2024-08.pdf", 1), [("TB", "ZB")]),
    recode(_b("b14-lualatex-summaryfirst-2024-08.pdf", 2), [("TC", "ZC")])])
B15["b15-docx-sdt-tracked-2025-11.docx"] = dict(month="2025-11", heading="Case reviews update – November 2025", intro="Case reviews published in November 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child QA: Child safeguarding practice review",
   "Physical abuse of a 7-week-old boy in 2024 who was found to have fractures to his ribs and legs. Both parents were under 20 and the father was on probation for a violent offence. Child QA is White British.",
   ["the probation officer did not know the father had a baby", "a bruise seen by the GP at six weeks was not referred"],
   ["refer any bruise on a baby who is not yet mobile", "ask people on probation whether they live with children"],
   "Read practice review (PDF)",
   T("Child QA", CSPR, "practice_review", "serious_harm", "2024", "7-week-old", "0.13", "under_1", "male", "White British", "physical_abuse", "parental_criminality|")),
 E("Children QB, QC and QD: Serious case review",
   "Neglect of three children, two boys and a girl aged 3, 5 and 9, over several years until 2018. Their mother misused alcohol and the children were often left with different relatives. The children are of Roma heritage.",
   ["the relatives who cared for the children were never assessed", "the children's poor school attendance was not linked to neglect", "the mother's drinking was not discussed at any meeting"],
   ["assess relatives who care for children for more than a few days", "link poor attendance to neglect in every child in need plan"],
   "Read overview report (PDF)",
   T("Children QB, QC and QD", SCR, "overview", "serious_harm", "2018|", "*", "*", "*", "mixed", "Roma|Roma heritage", "neglect", "parental_alcohol_misuse", n="3")),
 E("Child QE: Child safeguarding practice review",
   "Sexual exploitation of a 14-year-old girl in 2022 by a man she met online. Child QE was in foster care and had an education, health and care plan. Ethnicity or nationality not stated.",
   ["the foster carers were not told about the risks online", "Child QE's social worker changed four times in a year"],
   ["give foster carers training on online exploitation", "keep the same social worker for a child at risk of exploitation"],
   "Read practice review (PDF)",
   T("Child QE", CSPR, "practice_review", "serious_harm", "2022", "14-year-old", "14.00", "11_15", "female", "not_stated", "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse; extra_familial_harm", "", "foster_care; looked_after; ehcp|foster_care; ehcp")),
])
B15["b15-markdown-setext-2025-07.md"] = dict(month="2025-07", heading="Learning from case reviews – July 2025", intro="Case reviews published in July 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_b("b14-docx-merged-2025-10.docx", 0), [("UA", "JA")]), recode(_b("b14-docx-merged-2025-10.docx", 1), [("UB", "JB")]),
    recode(_b("b14-docx-merged-2025-10.docx", 2), [("UC", "JC")])])
B15["b15-plaintext-wrapped-2023-11.txt"] = dict(month="2023-11", heading="CASE REVIEWS PUBLISHED IN NOVEMBER 2023", intro="A plain-text list of case reviews published in November 2023. All of the children, families and places below are invented for testing.", entries=[
 E("Child HA: Serious case review",
   "Death of a one-year-old boy in 2021 who drowned in the bath while his mother was out of the room. His mother had been using cannabis that day. Child HA is White British.",
   ["bath safety advice was not given to the family", "the mother's cannabis use was known to the GP but not shared with the health visitor"],
   ["give bath safety advice at the one-year health review", "share a parent's substance use with the health visitor"],
   "Read overview report (PDF)",
   T("Child HA", SCR, "overview", "death", "2021", "one-year-old", "1.00", "1_5", "male", "White British", "neglect|", "parental_substance_misuse")),
    recode(_b("b14-pdfbox-cards-2026-06.pdf", 3), [("SD", "HB")]), recode(_b("b14-pdfbox-cards-2026-06.pdf", 2), [("SC", "HC")])])
