# Batch b33 (issue 9, session 20; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Six digests in shapes the repository has not seen: LibreOffice Impress notes pages exported to PDF
# (the slide holds the title and summary, the speaker notes under it the labels and lists); a council e-bulletin as a
# Mailchimp-like HTML e-mail saved from the browser (nested layout tables, a hidden preheader, 'View this email in your
# browser', items as '&bull;' lines split by <br> in one cell); an HTML page with schema.org microdata per review and a
# JSON-LD block that repeats each review's abstract; a plain-text digest whose reviews are separated by '* * *' with run-in
# label paragraphs; a DOCX whose reviews are each one Word frame (w:framePr) with the title's outline level set on the
# paragraph (no Heading style); and a DOCX of framed reviews two side by side, converted to PDF by LibreOffice. All 20 entries
# are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B33 = {}
LR = "learning_review"; CPR = "child_practice_review"; CMR = "case_management_review"; SIG = "significant_case_review"
_E = {}
# --- A: LibreOffice Impress notes pages (slide: title + summary; notes: labels, lists, link)
_E[1] = E("Child AK: Child safeguarding practice review",
          "Death of a 7-week-old baby boy in 2024 from a head injury. His mother, who was 18, told the hospital that he had fallen from a sofa. The family had moved between three temporary addresses since the birth.",
          ["the health visitor was not told of the family's moves", "the father's role in the baby's care was not assessed", "the injury explained as a fall was not checked against the baby's age and development"],
          ["share a family's change of address with health services within five days", "include fathers in every assessment of a new baby"],
          "Read practice review (PDF)",
          T("Child AK", CSPR, "practice_review", "death", "2024", "7-week-old", "0.13", "under_1", "male", "not_stated",
            "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"))
_E[2] = E("Child BK: Learning review",
          "Child BK, a 13-year-old girl, took an overdose in 2023 after months of bullying at school and online. She had told her school nurse that she felt she had no one to talk to. Child BK is of Pakistani heritage.",
          ["the school nurse's record of low mood was not shared with the GP", "online bullying was treated as a matter for the school only"],
          ["agree a pathway for school nurses to refer low mood to mental health services", "include online bullying in the anti-bullying policies of every secondary school"],
          "Read learning review (PDF)",
          T("Child BK", LR, "unknown|practice_review", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female", "Pakistani|Pakistani heritage",
            "self_harm_suicide|self_harm_suicide; online_harm|self_harm_suicide; poisoning_ingestion|self_harm_suicide; poisoning_ingestion; online_harm"))
_E[3] = E("Children CK and DK: Serious case review",
          "Neglect of a brother and sister, aged 5 and 8, between 2016 and 2018. The children were often hungry at school and the home had no heating. Their mother had depression and their father was in prison.",
          ["the school's concerns about hunger were not escalated", "the mother's depression was treated apart from the care of the children"],
          ["develop a neglect screening tool for schools", "make sure that adult mental health services ask about the children in a patient's care"],
          "Read overview report (PDF)",
          T("Children CK and DK", SCR, "overview", "serious_harm", "2016|", "*", "*", "*", "mixed", "not_stated",
            "neglect", "parental_mental_health; parental_criminality|parental_mental_health", n="2"),
          good=["the school breakfast club that noticed the children's hunger"])
# --- B: council e-bulletin, Mailchimp-like HTML e-mail
_E[4] = E("Child EK: Child safeguarding practice review",
          "Serious harm to a 3-year-old boy in 2024 who was found with burns to his hands. His mother said that he had touched a hot oven door. The family were on a child in need plan because of poor home conditions.",
          ["the explanation for the burns was accepted without checking the pattern of the injury", "the child in need plan had no clear outcomes"],
          ["refer every burn to a child under five for a paediatric assessment", "set measurable outcomes in every child in need plan"],
          "Read practice review (PDF)",
          T("Child EK", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "male", "not_stated",
            "physical_abuse|physical_abuse; neglect|neglect", "", "child_in_need_plan"))
_E[5] = E("Child FK: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2023 who was stabbed near a railway station. Child FK had been excluded from school and was known to be selling drugs for an older man. Child FK is of mixed White and Black Caribbean heritage.",
          ["Child FK's exclusion from school increased his risk of exploitation", "the referral to the national referral mechanism was made too late"],
          ["review the use of exclusion for children known to be exploited", "make referrals to the national referral mechanism as soon as exploitation is suspected"],
          "Read practice review (PDF)",
          T("Child FK", CSPR, "practice_review", "death", "2023", "16-year-old", "16.00", "16_17", "male",
            "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse",
            "", "not_in_school|"))
_E[6] = E("Baby GK: Child practice review",
          "Sudden unexpected death of a 10-week-old baby girl in 2024 while sharing a bed with her parents. Both parents had been drinking alcohol that evening. Baby GK is White Welsh.",
          ["safer sleep advice was given once, at the birth", "the risk of bed sharing after drinking alcohol was not explained to the father"],
          ["repeat safer sleep advice at every health visitor contact", "give safer sleep advice to fathers as well as mothers"],
          "Read child practice review (PDF)",
          T("Baby GK", CPR, "practice_review", "death", "2024", "10-week-old", "0.19", "under_1", "female", "White Welsh",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"))
_E[7] = E("Child HK: Serious case review",
          "Sexual abuse of a 12-year-old girl by a family friend between 2015 and 2017. Child HK told a teacher about the abuse in 2017. The family friend had previous convictions for sexual offences against children.",
          ["information about the family friend's convictions was not shared with the family", "Child HK's change in behaviour at school was not explored"],
          [],
          "Read overview report (PDF)",
          T("Child HK", SCR, "overview", "serious_harm", "2015|", "12-year-old", "12.00", "11_15", "female", "not_stated",
            "sexual_abuse"),
          norec="Makes no recommendations as the review found that the actions needed had already been taken by the agencies involved.")
# --- C: schema.org microdata + JSON-LD page
_E[8] = E("Child JK: Child safeguarding practice review",
          "Serious harm to a 9-month-old girl in 2024 who was found to have a fractured skull and older fractures to her ribs. Her parents gave no explanation for the injuries. The mother had experienced domestic abuse from the father.",
          ["the domestic abuse was not known to the health visitor", "a bruise seen at eight months was not referred"],
          ["ensure that police share domestic abuse incidents with health visitors", "refer every bruise on a baby who is not yet crawling"],
          "Read practice review (PDF)",
          T("Child JK", CSPR, "practice_review", "serious_harm", "2024", "9-month-old", "0.75", "under_1", "female", "not_stated",
            "physical_abuse; non_accidental_head_injury|physical_abuse|non_accidental_head_injury", "domestic_abuse"))
_E[9] = E("Child LK: Child safeguarding practice review",
          "Child LK, a 15-year-old boy, was criminally exploited by a gang in 2023 and was found carrying a knife. He was in foster care and had an education, health and care plan for autism.",
          ["Child LK's autism was not considered in the exploitation risk assessment", "his foster carers were not told about his links to the gang"],
          ["adapt exploitation risk assessments for autistic children", "share exploitation concerns with foster carers on the same day"],
          "Read practice review (PDF)",
          T("Child LK", CSPR, "practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "male", "not_stated",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation",
            "", "foster_care; ehcp; looked_after|foster_care; ehcp; disabled; looked_after|foster_care; ehcp; disabled|foster_care; ehcp"),
          good=["the youth offending worker who kept visiting Child LK after he moved placement"])
_E[10] = E("Baby MK: Case management review",
           "Death of a 4-month-old baby boy in 2022 from malnutrition. His mother had a learning disability and was caring for him alone. Baby MK is White Irish.",
           ["the mother's learning disability was not considered when advice on feeding was given", "missed health appointments were not followed up"],
           ["give parents with a learning disability advice in a form they can understand", "follow up every missed appointment for a baby under six months"],
           "Read executive summary (PDF)",
           T("Baby MK", CMR, "executive_summary|unknown", "death", "2022", "4-month-old", "0.33", "under_1", "male", "White Irish",
             "neglect", "parental_learning_disability"))
# --- D: plain text, '* * *' separators, run-in labels; titles with a colon and a year
_E[11] = E("Child NK: Serious case review: published 2019",
           "Death of a 2-year-old girl in 2017 who drowned in a garden pond while her father was asleep. Her father had been misusing heroin and had missed appointments with the drug service.",
           ["the drug service did not know that the father cared for a young child", "home visits did not look at the garden"],
           ["ask every adult in drug treatment about the children in their care", "include outdoor water in home safety checks"],
           "Read overview report (PDF)",
           T("Child NK", SCR, "overview", "death", "2017", "2-year-old", "2.00", "1_5", "female", "not_stated",
             "neglect", "parental_substance_misuse"))
_E[12] = E("Children PK and QK: Learning review (2021)",
           "Emotional abuse of two sisters, aged 7 and 9, by their mother's partner in 2020. The partner controlled the household and the girls were rarely seen outside the home during the pandemic. The girls are of Romanian heritage.",
           ["the impact of coercive control on the children was not recognised", "the children were not seen alone during the pandemic"],
           ["see children alone at every visit, including virtual visits", "train practitioners on coercive control and its impact on children"],
           "Read learning review (PDF)",
           T("Children PK and QK", LR, "unknown|practice_review", "serious_harm", "2020", "*", "*", "6_10|*", "female", "Romanian|Romanian heritage",
             "emotional_abuse", "domestic_abuse|", n="2"))
_E[13] = E("Child RK: Child safeguarding practice review: 2022",
           "Child RK, a 17-year-old girl, was sexually exploited by a group of men in 2021. She had been in care since she was 11 and was living in supported accommodation.",
           ["Child RK's move to supported accommodation at 16 reduced the oversight of her care", "the police did not act on reports of men collecting her"],
           ["review the use of unregulated accommodation for children in care", "ensure that reports of adults collecting children in care are acted on"],
           "Read practice review (PDF)",
           T("Child RK", CSPR, "practice_review", "serious_harm", "2021", "17-year-old", "17.00", "16_17", "female", "not_stated",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm",
             "", "looked_after"),
           good=["the sexual health nurse who shared her concerns with the police"])
_E[14] = E("Baby SK: Child safeguarding practice review",
           "Serious harm to a 5-week-old baby boy in 2023 who was shaken by his father. The father had a history of violence towards a previous partner. Baby SK is of Black African heritage.",
           ["the father's history was not known to maternity services", "the coping with crying advice was given to the mother only"],
           [],
           "Read practice review (PDF)",
           T("Baby SK", CSPR, "practice_review", "serious_harm", "2023", "5-week-old", "0.10", "under_1", "male", "Black African|Black African heritage",
             "non_accidental_head_injury|physical_abuse; non_accidental_head_injury", "domestic_abuse|"),
           norec="Makes no recommendations but endorses the work of the partnership's coping with crying programme.")
# A year printed in the title after a second colon or in brackets is the year the review was published (DATA-MODEL
# publication_year, 'when stated'); the digest's own year stands for the others.
_E[11]["pub"] = "2019"; _E[12]["pub"] = "2021"; _E[13]["pub"] = "2022"
# --- E: DOCX, each review a Word frame, title outline level on the paragraph
_E[15] = E("Child TK: Child safeguarding practice review",
           "Death of a 14-year-old boy in 2024 who took his own life after being targeted by an online sextortion scam. He had told no one about the threats.",
           ["children and parents did not know how to report sextortion", "the school had not taught pupils about financially motivated sexual extortion"],
           ["include sextortion in relationships and sex education", "publicise how to report online threats to the police"],
           "Read practice review (PDF)",
           T("Child TK", CSPR, "practice_review", "death", "2024", "14-year-old", "14.00", "11_15", "male", "not_stated",
             "self_harm_suicide; online_harm|self_harm_suicide; online_harm; sexual_abuse|self_harm_suicide; online_harm; child_sexual_exploitation|online_harm; self_harm_suicide"))
_E[16] = E("Child UK: Serious case review",
           "Neglect of a 6-year-old girl between 2014 and 2017. Child UK had severe tooth decay and was often absent from school. Her parents had both misused alcohol. Child UK is White British.",
           ["the dental neglect was not seen as a safeguarding concern", "school absence was not shared with social care"],
           ["train dentists to recognise dental neglect", "share patterns of school absence with children's social care"],
           "Read overview report (PDF)",
           T("Child UK", SCR, "overview", "serious_harm", "2014|", "6-year-old", "6.00", "6_10", "female", "White British",
             "neglect", "parental_alcohol_misuse", "not_in_school|"),
           good=["the dental nurse who made the first referral"])
_E[17] = E("Child VK: Significant case review",
           "Serious harm to a 10-year-old boy in 2022 who was physically abused by his stepfather. Child VK had told his teacher that he was afraid to go home.",
           ["Child VK's words were recorded but not acted on", "the stepfather was not included in the assessment"],
           ["act on every disclosure by a child on the same day", "include every adult in the household in assessments"],
           "Read significant case review (PDF)",
           T("Child VK", SIG, "unknown", "serious_harm", "2022", "10-year-old", "10.00", "6_10", "male", "not_stated",
             "physical_abuse"))
# --- F: LibreOffice PDF of framed reviews two side by side
_E[18] = E("Child WK: Child safeguarding practice review",
           "Serious harm to a 4-year-old boy in 2024 who swallowed his mother's methadone. The methadone was kept in an unlocked cupboard in the kitchen.",
           ["the drug service did not check how methadone was stored at home", "the health visitor did not know the mother was on methadone"],
           ["check safe storage at every home visit to a parent on methadone", "share prescriptions of opioid substitutes with health visitors"],
           "Read practice review (PDF)",
           T("Child WK", CSPR, "practice_review", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "male", "not_stated",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
_E[19] = E("Child XK: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2023 from an eating disorder. She had waited nine months for treatment from child and adolescent mental health services. Child XK is of Chinese heritage.",
           ["the wait for treatment was not reviewed as her weight fell", "her GP and school did not share concerns"],
           ["set a maximum wait for eating disorder treatment", "agree how schools and GPs share concerns about a child's weight"],
           "Read practice review (PDF)",
           T("Child XK", CSPR, "practice_review", "death", "2023", "17-year-old", "17.00", "16_17", "female", "Chinese|Chinese heritage",
             "other|self_harm_suicide|"))
_E[20] = E("Child ZK: Child safeguarding practice review",
           "Physical abuse of an 11-year-old boy with cerebral palsy in 2024 by staff at a residential school. Child ZK could not speak and used an eye-gaze device to communicate.",
           ["Child ZK's device was not used to ask him about his care", "staff did not know how to raise concerns about colleagues"],
           ["make communication aids available to children at every safeguarding meeting", "review the whistleblowing policy of every residential school"],
           "Read practice review (PDF)",
           T("Child ZK", CSPR, "practice_review", "serious_harm", "2024", "11-year-old", "11.00", "11_15", "male", "not_stated",
             "physical_abuse", "", "disabled"),
           good=["the speech and language therapist who noticed Child ZK's distress"])

B33["b33-impress-notes-2025-06.pdf"] = dict(month="2025-06", heading="NSPCC Repository – June 2025",
    intro="Case reviews published in June 2025. All of the children, families and places in these slides are invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B33["b33-mailchimp-bulletin-2025-09.html"] = dict(month="2025-09", heading="Case reviews update – September 2025",
    intro="Four new case reviews were published in September 2025. Every child, family and place in this bulletin is invented for testing.",
    entries=[_E[4], _E[5], _E[6], _E[7]])
B33["b33-microdata-jsonld-2024-10.html"] = dict(month="2024-10", heading="New case reviews – October 2024",
    intro="Three case reviews were added to the national case review repository in October 2024. All of the children, families and places on this page are invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B33["b33-plaintext-asterisks-2023-06.txt"] = dict(month="2023-06", heading="NSPCC Repository – June 2023",
    intro="In June 2023 four case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[11], _E[12], _E[13], _E[14]])
B33["b33-docx-frames-outline-2025-02.docx"] = dict(month="2025-02", heading="NSPCC Repository – February 2025",
    intro="In February 2025 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B33["b33-lo-frames-sidebyside-2024-12.pdf"] = dict(month="2024-12", heading="NSPCC Repository – December 2024",
    intro="In December 2024 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
