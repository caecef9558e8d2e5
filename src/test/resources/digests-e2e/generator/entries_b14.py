# Batch b14 (issue 9 point 6; invented for testing; truth written and committed before the inputs were rendered or run).
# Five digests in layouts and producers not in b1-b13: groff -ms (-Tpdf) with numbered sections, labels on a line of their
# own and the report links as short URLs in footnotes; a PDFBox-drawn newsletter of coloured cards (title in a band,
# small-caps labels, content stream not in reading order); a lualatex digest whose summary comes before the title; a DOCX
# laid out as one Word table with merged cells; a LibreOffice tagged PDF in three columns with labels as headings.
# The first four digests' entries are new summaries (phrased as NSPCC summaries are, coded by the conventions of
# normalise/unseen-entries.txt); the fifth re-uses b12 entries with new codes (`recode`), so a miss there is a layout miss.
# Uses E, T, COLS from entries.py, B11 and B12 from entries_b11.py / entries_b12.py (both in ../../digests-e2e/generator).
CSPR = "child_safeguarding_practice_review"; SCR = "serious_case_review"
NAHI = "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"
OWN = ("Learning", "Recommendations", "Good practice")
B14 = {}
B14["b14-groff-ms-2025-03.pdf"] = dict(month="2025-03", heading="Case reviews digest: March 2025", intro="Case reviews added to the repository in March 2025. All of the children, families and places below are invented for testing.", entries=[
 E("Child RA: Child safeguarding practice review",
   "Death of an 8-day-old baby boy in June 2023 while co-sleeping with his mother on a sofa. His mother had been drinking alcohol that evening. Child RA is White British.",
   ["safer sleep advice was given on the postnatal ward but not repeated at home", "the midwife did not ask where the baby would sleep"],
   ["repeat safer sleep advice at every home visit in the first month", "ask every family to show where the baby sleeps"],
   "Read practice review (PDF)",
   T("Child RA", CSPR, "practice_review", "death", "2023", "8-day-old", "0.02", "under_1", "male", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse"), lab=OWN),
 E("Children RB and RC: Serious case review",
   "Neglect of two brothers, aged 5 and 8, over several years until 2019, when they were found living in a home without food or a working toilet. Their mother had a long-standing mental health condition and their father was in prison. Both children are of Irish Traveller heritage.",
   ["the family's frequent moves meant no agency held the whole history", "school attendance concerns were not shared with the health visitor", "the mother's mental health was assessed without asking about the children"],
   ["keep a single chronology for families who move between areas", "share school attendance concerns at every child in need review"],
   "Read overview report (PDF)",
   T("Children RB and RC", SCR, "overview", "serious_harm", "2019|", "*", "*", "*", "male", "Irish Traveller|Irish Traveller heritage", "neglect", "parental_mental_health; parental_criminality|parental_mental_health", n="2"), lab=OWN),
 E("Child RD: Child safeguarding practice review",
   "Serious sexual abuse of a 13-year-old girl in 2024 by a 17-year-old boy she met through a social media app. The abuse was filmed and the images were shared around her school. Child RD is British Bangladeshi.",
   ["the school treated the shared images as a behaviour issue", "Child RD was not offered therapeutic support for six months"],
   ["follow the national guidance on sharing nudes and semi-nudes in every school", "offer therapeutic support within four weeks of a disclosure of sexual abuse"],
   "Read practice review (PDF)",
   T("Child RD", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "British Bangladeshi|Bangladeshi", "sexual_abuse; online_harm|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; child_sexual_exploitation"), lab=OWN),
])
B14["b14-pdfbox-cards-2026-06.pdf"] = dict(month="2026-06", heading="Case reviews digest – June 2026", intro="Four case reviews published this month. All of the children, families and places below are invented for testing.", entries=[
 E("Child SA: Child safeguarding practice review",
   "Multiple unexplained injuries to a 2-year-6-month-old boy between January and April 2025, including a fractured thigh bone. Child SA lived with his mother and her new partner, who had a history of violence towards children. Child SA is White and Black Caribbean.",
   ["the mother's new partner was not known to the nursery", "each injury was looked at on its own"],
   ["ask about new adults in the household at every nursery review", "look at the pattern of injuries when a child is seen with a new one"],
   "Read practice review (PDF)",
   T("Child SA", CSPR, "practice_review", "serious_harm", "2025", "2-year-6-month-old", "2.50", "1_5", "male", "White and Black Caribbean|Mixed White and Black Caribbean", "physical_abuse", "parental_criminality|")),
 E("Sexual exploitation of girls by groups of adults: thematic child safeguarding practice review",
   "Review of the experiences of eight girls aged 12 to 16 who were sexually exploited by groups of adult men in a northern town between 2020 and 2024. Most of the girls had been reported missing from home many times. Ethnicity or nationality not stated.",
   ["missing episodes were recorded but not linked to exploitation", "the girls were described as consenting in police records", "taxi firms were not part of the local response"],
   ["include licensed taxi drivers in exploitation training", "stop describing exploited children as consenting in any record"],
   "Read thematic review (PDF)",
   T("", CSPR, "practice_review", "serious_harm", "2020|", "*", "*", "*", "female", "not_stated", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse", thematic="true", n="8")),
 E("Baby SC: Child safeguarding practice review",
   "Death of a 5-week-old girl in November 2024 from a head injury. Her father, aged 22, was later convicted of manslaughter. The parents had told the health visitor that they were struggling with her crying. Baby SC is of Romanian heritage.",
   ["the parents' struggle with crying was not followed up", "the father did not understand the health visitor's advice in English"],
   ["give coping with crying advice in the parents' first language", "follow up every parent who says they are struggling with a crying baby"],
   "Read practice review (PDF)",
   T("Baby SC", CSPR, "practice_review", "death", "2024", "5-week-old", "0.10", "under_1", "female", "Romanian|Romanian heritage", NAHI, "parental_criminality|")),
 E("Child SD: Serious case review (executive summary)",
   "Serious harm to a 14-year-old boy in 2018 who was stabbed by an older teenager after being drawn into selling drugs. Child SD was attending a pupil referral unit. Child SD is Black British.",
   ["the pupil referral unit did not know Child SD had been arrested", "his mother's requests for help were not answered"],
   ["share arrests of children with their school the next working day", "answer a parent's request for help with exploitation within a week"],
   "Read executive summary (PDF)",
   T("Child SD", SCR, "executive_summary", "serious_harm", "2018", "14-year-old", "14.00", "11_15", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse", "", "not_in_school|")),
])
B14["b14-lualatex-summaryfirst-2024-08.pdf"] = dict(month="2024-08", heading="New case reviews: August 2024", intro="Three case reviews published in August 2024. All of the children, families and places below are invented for testing.", entries=[
 E("Child TA: Child safeguarding practice review",
   "Female genital mutilation of a 6-year-old girl, identified in 2022 when she was taken to her GP with an infection. The family had spent several weeks abroad that summer. Child TA is of Somali heritage.",
   ["the school was not told of the risk when the family travelled", "the GP did not know the mandatory reporting duty"],
   ["remind GPs of the mandatory reporting duty every year", "share a known risk of female genital mutilation with the school before the summer holidays"],
   "Read practice review (PDF)",
   T("Child TA", CSPR, "practice_review", "serious_harm", "2022", "6-year-old", "6.00", "6_10", "female", "Somali|Somali heritage", "fgm_honour_based_abuse|fgm_honour_based_abuse; physical_abuse"),
   lab=("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")),
 E("Child TB: Serious case review",
   "Death of a 4-year-old girl in 2016 who was found with severe injuries at her home. Her mother's partner was convicted of murder. There had been several police call-outs for domestic abuse. Child TB is White British.",
   ["the police call-outs were not shared with the nursery", "the partner's move into the home was not known to any agency", "Child TB's voice was absent from the records"],
   ["share police domestic abuse notifications with early years settings", "record what a young child says and does at every visit"],
   "Read overview report (PDF)",
   T("Child TB", SCR, "overview", "death", "2016", "4-year-old", "4.00", "1_5", "female", "White British", "physical_abuse", "domestic_abuse; parental_criminality|domestic_abuse"),
   lab=("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")),
 E("Child TC: Child safeguarding practice review",
   "Serious neglect of a 7-month-old boy in 2024 who was admitted to hospital weighing less than he had at birth. Both parents had learning disabilities and were not known to adult social care. Child TC is White British.",
   ["the parents' learning disabilities were not recognised by the midwife", "weight checks were missed four times"],
   ["screen for parental learning needs at the booking appointment", "refer to children's social care when a baby misses two weight checks"],
   "Read practice review (PDF)",
   T("Child TC", CSPR, "practice_review", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "male", "White British", "neglect", "parental_learning_disability"),
   good=["a hospital play specialist who noticed the baby's flat affect and raised it"],
   lab=("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")),
])
B14["b14-docx-merged-2025-10.docx"] = dict(month="2025-10", heading="Case reviews: October 2025", intro="One table, one block of rows per review. All of the children, families and places below are invented for testing.", entries=[
 E("Child UA: Child safeguarding practice review",
   "Death of a 16-year-old girl in February 2024 who took her own life after months of online bullying. Child UA was on a waiting list for CAMHS and had an education, health and care plan. Child UA is Asian British.",
   ["the school did not know how long the CAMHS wait would be", "the online bullying was reported twice but not investigated"],
   ["give schools a named contact while a child waits for CAMHS", "investigate every report of online bullying of a child with an education, health and care plan"],
   "Read practice review (PDF)",
   T("Child UA", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "female", "Asian British", "self_harm_suicide; online_harm|self_harm_suicide", "", "ehcp"), lab=OWN),
 E("Baby UB: Child safeguarding practice review",
   "Serious injuries to a 3-month-old boy in 2024, including rib fractures and bleeding on the brain. His mother was 17 and had herself been in care. Baby UB is White British.",
   ["the young mother's support ended when she turned 17", "the father's details were never recorded"],
   ["keep leaving care support for young parents until the baby is one", "record the details of every father at the booking appointment"],
   "Read practice review (PDF)",
   T("Baby UB", CSPR, "practice_review", "serious_harm", "2024", "3-month-old", "0.25", "under_1", "male", "White British", "physical_abuse; non_accidental_head_injury|physical_abuse|non_accidental_head_injury"), lab=OWN),
 E("Child UC: Serious case review",
   "Neglect and emotional abuse of a 10-year-old boy between 2014 and 2017. Child UC's father misused alcohol and there was domestic abuse between his parents. Child UC is White British.",
   ["the impact of the father's drinking on Child UC was not assessed", "domestic abuse incidents were closed without a visit", "Child UC's withdrawn behaviour at school was not explored"],
   ["assess the impact on children in every adult alcohol service referral", "visit the home after every domestic abuse incident involving children"],
   "Read overview report (PDF)",
   T("Child UC", SCR, "overview", "serious_harm", "2014|", "10-year-old", "10.00", "6_10", "male", "White British", "neglect; emotional_abuse", "parental_alcohol_misuse; domestic_abuse"), lab=OWN),
])


def recode(e, old, new):
    import copy
    e = copy.deepcopy(e)
    sub = lambda s: s.replace(old, new)
    e["title"], e["summary"] = sub(e["title"]), sub(e["summary"])
    e["learning"], e["recs"] = [sub(x) for x in e["learning"]], [sub(x) for x in e["recs"]]
    e["t"]["child_name"] = sub(e["t"]["child_name"])
    e["lab"] = OWN
    return e


_b = lambda f, i: B12[f]["entries"][i]
B14["b14-writer-threecol-tagged-2025-12.pdf"] = dict(month="2025-12", heading="Case reviews round-up: December 2025", intro="Case reviews added in December 2025. All of the children, families and places below are invented for testing.", entries=[
    recode(_b("b12-chromium-sidebyside-2025-07.pdf", 2), "DC", "VA"), recode(_b("b12-chromium-sidebyside-2025-07.pdf", 3), "DD", "VB"),
    recode(_b("b12-docx-boldsize-2026-04.docx", 1), "FB", "VC"), recode(_b("b12-latex-threecol-2025-05.pdf", 2), "HC", "VD")])
# Added after the first five were measured, truth again committed before its input was rendered: the DOCX merged-cell
# table layout printed by LibreOffice Writer as an UNTAGGED PDF (spanning title rows, a vertically merged number column,
# labels inside the cells, not in a header row). Entries as b11's YA, YB, YC with new codes, so their coding is settled.
_y = lambda i: B11["b11-latex-table-2025-03.pdf"]["entries"][i]
B14["b14-writer-merged-untagged-2025-04.pdf"] = dict(month="2025-04", heading="Case reviews: April 2025", intro="One table, one block of rows per review. All of the children, families and places below are invented for testing.", entries=[
    recode(_y(0), "YA", "OA"), recode(_y(1), "YB", "OB"), recode(_y(2), "YC", "OC")])
