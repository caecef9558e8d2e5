# Batch b25 (issue 9, session 15; invented for testing; truth written and committed with the generator and the inputs before the
# pipeline ran on them). Eight digests in producers and layouts not in b1-b24: groff -mm with a tbl index of the month's reviews
# on page 1 and the details on later pages, 'OFFICIAL' protective marking on every page; rst2pdf with reviews separated only by
# horizontal rules (transitions) and titles in the body font; an A5 booklet imposed 2-up on A4 landscape by pdfjam; a scanned
# digest (rendered, rasterised, OCR text layer by ocrmypdf/tesseract); a DOCX of one two-column key/value table per review
# (Title | ..., Summary | ..., Learning | ..., Recommendations | ...) exported to PDF by LibreOffice; xhtml2pdf with an 'In this
# issue' sidebar frame and 'Read the full report' button links; a DOCX whose fields are content controls (w:sdt); a feed
# reader's HTML export of the digest feed. All 24 entries are NEW summaries in the phrasing of NSPCC case review summaries,
# coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored).
# Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B25 = {}
_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_PARTNER = ("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")

_E = {}
_E[1] = E("Child AS: Child safeguarding practice review",
          "Serious physical abuse of a 7-month-old baby girl in March 2023. Child AS was taken to hospital with a fractured skull and rib fractures of different ages. Her mother's partner was later convicted of causing grievous bodily harm. Child AS is White British.",
          ["the partner's history of violence was not checked when he moved into the household", "the rib fractures were not looked for when the baby was first seen with a bruise"],
          ["carry out a skeletal survey for every non-mobile baby with an unexplained bruise", "ask every mother about new partners at each health visitor contact"],
          "Read practice review (PDF)",
          T("Child AS", CSPR, "practice_review", "serious_harm", "2023", "7-month-old", "0.58", "under_1", "female", "White British",
            "physical_abuse|physical_abuse; non_accidental_head_injury"))
_E[2] = E("Child BS: Serious case review",
          "Sexual abuse of a 13-year-old boy by a football coach between 2016 and 2018. The coach had been dismissed by another club after concerns were raised, but this was not shared with the league. Child BS is of Black Caribbean heritage.",
          ["concerns about the coach were dealt with by one club and not passed on", "the boy's changes in behaviour were put down to adolescence"],
          ["create a shared record of concerns about adults across the league's clubs"],
          "Read overview report (PDF)",
          T("Child BS", SCR, "overview", "serious_harm", "2016|2018|", "13-year-old", "13.00", "11_15", "male", "Black Caribbean|Black Caribbean heritage",
            "sexual_abuse; extra_familial_harm|sexual_abuse"))
_E[3] = E("Baby CS: Child safeguarding practice review",
          "Death of a baby boy aged 3 months in August 2023 from pneumonia after his parents, who both used heroin, did not seek medical help for several days. Baby CS was subject to a child protection plan from birth. Baby CS is White British.",
          ["the plan relied on the parents' own accounts of their drug use", "no professional saw the baby in the ten days before he died"],
          ["set a minimum frequency of home visits for babies on a child protection plan where parents use drugs"],
          "Read practice review (PDF)",
          T("Baby CS", CSPR, "practice_review", "death", "2023", "aged 3 months|3 months", "0.25", "under_1", "male", "White British",
            "neglect", "parental_substance_misuse", "child_protection_plan"),
          lab=_THEMES)
_E[4] = E("Child DS: Child safeguarding practice review",
          "Child DS, a 15-year-old girl, took her own life in October 2022. She had been bullied online by pupils at her school and had self-harmed for more than a year. Her father had depression. Child DS is of mixed White and Asian heritage.",
          ["the school dealt with the online bullying as a behaviour matter", "her self-harm was known to her GP but not to the school"],
          ["agree how schools and GPs share information when a pupil self-harms", "include online bullying in the schools' safeguarding training"],
          "Read practice review (PDF)",
          T("Child DS", CSPR, "practice_review", "death", "2022", "15-year-old", "15.00", "11_15", "female", "Mixed White and Asian|mixed White and Asian|White and Asian|Mixed White and Asian heritage|mixed White and Asian heritage",
            "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; online_harm; extra_familial_harm", "parental_mental_health"))
_E[5] = E("Child ES: Serious case review",
          "Neglect of an 8-year-old boy over several years, identified in 2017 when he was found wandering alone at night. His mother had a learning disability and his father misused alcohol. Child ES had an education, health and care plan for speech and language needs. Child ES is White British.",
          ["the school's concerns about his hygiene were logged but not referred", "the mother's learning disability was not taken into account in the way plans were explained"],
          ["provide easy read versions of plans for parents with a learning disability"],
          "Read executive summary (PDF)",
          T("Child ES", SCR, "executive_summary", "serious_harm", "2017", "8-year-old", "8.00", "6_10", "male", "White British",
            "neglect", "parental_learning_disability; parental_alcohol_misuse", "ehcp|ehcp; disabled"))
_E[6] = E("Child FS: Child safeguarding practice review",
          "Child FS, a 16-year-old boy who was looked after by the local authority, was stabbed in a park in 2024 and survived. He had been placed in an unregistered children's home 60 miles from his family and was being criminally exploited by a county lines gang. Child FS is Black British.",
          ["placing him far from home cut him off from the professionals who knew him", "the exploitation screening tool was completed but no action followed"],
          ["review every out of area placement of a child at risk of exploitation within five working days"],
          "Read practice review (PDF)",
          T("Child FS", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation",
            "", "looked_after|looked_after; residential_care"),
          lab=_PARTNER)
_E[7] = E("Baby GS: Child safeguarding practice review",
          "Death of a 5-week-old baby girl in December 2022 while sleeping in her parents' bed. Her father had drunk alcohol on the evening before. The family had moved between temporary addresses three times since her birth. Baby GS is of Romanian heritage.",
          ["safer sleep advice was given once, in English, on the maternity ward", "moves between temporary addresses meant the health visitor lost contact"],
          ["give safer sleep advice in the family's first language at every health visitor contact"],
          "Read practice review (PDF)",
          T("Baby GS", CSPR, "practice_review", "death", "2022", "5-week-old", "0.10", "under_1", "female", "Romanian|Romanian heritage",
            "sudden_unexpected_infant_death; co_sleeping|sudden_unexpected_infant_death|co_sleeping", "parental_alcohol_misuse|"))
_E[8] = E("Child HS: Serious case review",
          "Fabricated or induced illness in a girl aged 9 whose mother reported seizures that were never seen by doctors. Between 2014 and 2016 Child HS had more than 40 hospital appointments and was given medication she did not need. Child HS is White British.",
          ["no single doctor had an overview of all her appointments", "professionals relied on the mother's account of the seizures"],
          ["name a lead paediatrician for every child seen by more than three specialties"],
          "Read overview report (PDF)",
          T("Child HS", SCR, "overview", "serious_harm", "2014|2016|", "aged 9", "9.00", "6_10", "female", "White British",
            "other|physical_abuse|emotional_abuse|other; physical_abuse"))
_E[9] = E("Children IS and JS: Child safeguarding practice review",
          "Serious harm to two brothers aged 4 and 6 in 2021, when their father attacked them during a contact visit. Their mother had left him after years of domestic abuse and a court had ordered the contact. The family is White British.",
          ["the court was not told about the father's threats to the children", "the children's wishes about contact were not recorded"],
          ["share police domestic abuse information with the family court before contact is ordered"],
          "Read practice review (PDF)",
          T("Children IS and JS", CSPR, "practice_review", "serious_harm", "2021", "*", "*", "*", "male", "White British",
            "physical_abuse", "domestic_abuse", n="2"),
          good=["the police officer who made a referral on the night of the attack"])
_E[10] = E("Child KS: Child practice review",
           "Child KS, a 12-year-old girl, was groomed online by an adult man who persuaded her to send him images in 2023. She met him twice before her mother found the messages. Child KS is White Welsh.",
           ["the school did not know how to respond to an image sharing incident", "her worries about the messages were not heard by the adults around her"],
           ["give every school in the region guidance on responding to sharing of nude images"],
           "Read child practice review (PDF)",
           T("Child KS", "child_practice_review", "unknown|practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "female", "White Welsh",
             "online_harm; sexual_abuse; extra_familial_harm|online_harm; sexual_abuse|online_harm; child_sexual_exploitation; extra_familial_harm|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm"))
_E[11] = E("Child LS: Child safeguarding practice review",
           "Death of a 2-year-old boy in April 2024 after he drank methadone that had been left in a cup in the kitchen. His mother was on a methadone programme and had recently been released from prison. Child LS is White British.",
           ["the prison and the drug service did not share a release plan with children's services", "the family's home was not visited after the mother's release"],
           ["ask every parent on a methadone programme to show how it is stored"],
           "Read practice review (PDF)",
           T("Child LS", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", "White British",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse; parental_criminality|parental_substance_misuse"))
_E[12] = E("Child MS: Learning review",
           "Child MS, a 14-year-old boy with autism, was seriously injured in 2022 when he was restrained by staff at a residential school. He had been placed there by his parents because the local school could not meet his needs. Child MS is White Scottish.",
           ["restraint was used more than twenty times without a review of his plan", "his parents were not told about most of the incidents"],
           ["report every restraint of a disabled child to the placing authority"],
           "Read learning review (PDF)",
           T("Child MS", "learning_review", "unknown", "serious_harm", "2022", "14-year-old", "14.00", "11_15", "male", "White Scottish",
             "physical_abuse|other|physical_abuse; other", "", "disabled|disabled; residential_care"))
_E[13] = E("Baby NS: Child safeguarding practice review",
           "Baby NS, a 10-month-old boy, suffered a brain injury in January 2024 and has lasting disabilities. His father said he had fallen from a changing table, but the injuries were found to have been caused by shaking. His parents were both 19 and had been in care as children. Baby NS is of mixed White and Black Caribbean heritage.",
           ["the parents' own experience of care was not seen as a reason to offer extra support", "the father was not invited to antenatal appointments"],
           ["offer every care leaver who becomes a parent a named worker until the baby is one"],
           "Read practice review (PDF)",
           T("Baby NS", CSPR, "practice_review", "serious_harm", "2024", "10-month-old", "0.83", "under_1", "male", "Mixed White and Black Caribbean|mixed White and Black Caribbean|White and Black Caribbean|Mixed White and Black Caribbean heritage|mixed White and Black Caribbean heritage",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"))
_E[14] = E("Child OS: Serious case review",
           "Death of a 17-year-old girl in 2018 from a drug overdose while she was living in supported accommodation. She had been sexually exploited by older men since the age of 14 and had been in foster care. Child OS is White British.",
           ["the move to supported accommodation ended the support of her foster carers overnight", "the exploitation was treated as her choice once she turned 16"],
           ["plan every move from foster care to supported accommodation with the young person at least three months ahead"],
           "Read overview report (PDF)",
           T("Child OS", SCR, "overview", "death", "2018", "17-year-old", "17.00", "16_17", "female", "White British",
             "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; extra_familial_harm; poisoning_ingestion|child_sexual_exploitation; poisoning_ingestion|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm; other",
             "", "looked_after; foster_care|looked_after|foster_care"))
_E[15] = E("Children PS, QS and RS: Child safeguarding practice review",
           "Neglect of three siblings aged between 2 and 9 who lived in a home with no heating and little food during 2022 and 2023. Their mother had depression and their father was often away working. The family is of Bangladeshi heritage.",
           ["the school's food bank referrals were not shared with other agencies", "the children's poor attendance was not followed up"],
           ["include school attendance and food poverty in every early help assessment", "ask fathers who work away about their part in the children's care"],
           "Read practice review (PDF)",
           T("Children PS, QS and RS", CSPR, "practice_review", "serious_harm", "2022|2023|", "*", "*", "*", "*", "Bangladeshi|Bangladeshi heritage",
             "neglect", "parental_mental_health", n="3"))
_E[16] = E("Child TS: Child safeguarding practice review",
           "Child TS, a 6-year-old girl, was sexually abused by her mother's new partner in 2023. He had previous convictions for sexual offences against children, which were known to the probation service. Child TS is White British.",
           ["the probation service did not check who the man was living with", "the mother was not told about his convictions"],
           ["use the child sex offender disclosure scheme whenever a registered sex offender forms a new relationship"],
           "Read practice review (PDF)",
           T("Child TS", CSPR, "practice_review", "serious_harm", "2023", "6-year-old", "6.00", "6_10", "female", "White British",
             "sexual_abuse"))
_E[17] = E("Child US: Child safeguarding practice review",
           "Child US, a 10-year-old boy, was seriously injured in 2021 when he fell from a balcony while his mother was under the influence of cannabis and alcohol. He had been absent from school for most of the previous term. Child US is of Turkish heritage.",
           ["his absence from school was not treated as a safeguarding concern", "the mother's drug and alcohol use was known only to her GP"],
           ["refer every child missing more than half a term of school to the early help team"],
           "Read practice review (PDF)",
           T("Child US", CSPR, "practice_review", "serious_harm", "2021", "10-year-old", "10.00", "6_10", "male", "Turkish|Turkish heritage",
             "neglect|neglect; other|other", "parental_substance_misuse; parental_alcohol_misuse|parental_substance_misuse|parental_alcohol_misuse", "not_in_school|"))
_E[18] = E("Baby VS: Child safeguarding practice review",
           "Death of a 4-week-old baby girl in May 2023 from injuries caused by her mother, who was experiencing psychosis after the birth. The mother had been seen by the perinatal mental health team two days earlier. Baby VS is White British.",
           ["the risk to the baby was not part of the mental health team's assessment", "the father's concerns were not asked for"],
           ["include the risk to the baby in every perinatal mental health assessment"],
           "Read practice review (PDF)",
           T("Baby VS", CSPR, "practice_review", "death", "2023", "4-week-old", "0.08", "under_1", "female", "White British",
             "physical_abuse", "parental_mental_health"),
           norec=None)
_E[19] = E("Child WS: Serious case review",
           "Child WS, a 15-year-old boy, was trafficked from Vietnam and found working in a cannabis factory in 2017. He went missing from his foster placement two days after he was found. Child WS is Vietnamese.",
           ["he was treated as an offender before he was seen as a victim", "the foster carers were not told he was at risk of being taken by the traffickers"],
           ["refer every child found in a cannabis factory to the national referral mechanism"],
           "Read executive summary (PDF)",
           T("Child WS", SCR, "executive_summary", "serious_harm", "2017", "15-year-old", "15.00", "11_15", "male", "Vietnamese",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation",
             "", "looked_after; foster_care|looked_after|foster_care"))
_E[20] = E("Child XS: Child safeguarding practice review",
           "Emotional abuse of a 13-year-old girl who had been made to care for her younger siblings and was kept off school during 2022. Her father was controlling and violent towards her mother. Child XS is of Pakistani heritage.",
           ["young carers' needs were not assessed", "the school accepted the father's reasons for her absence"],
           ["assess every young carer who is known to children's social care"],
           "Read practice review (PDF)",
           T("Child XS", CSPR, "practice_review", "serious_harm", "2022", "13-year-old", "13.00", "11_15", "female", "Pakistani|Pakistani heritage",
             "emotional_abuse", "domestic_abuse", "not_in_school|not_in_school; other"),
           lab=_THEMES)
_E[21] = E("Baby YS: Child safeguarding practice review",
           "Serious injury to a 2-month-old baby boy in September 2024 who was found to have a fractured femur. His mother was 17 and lived with her own mother. Baby YS is White British.",
           ["the young mother's own needs were assessed separately from the baby's", "a bruise seen by the GP a week earlier was not referred"],
           ["follow the bruising protocol for every non-mobile baby seen in primary care"],
           "Read practice review (PDF)",
           T("Baby YS", CSPR, "practice_review", "serious_harm", "2024", "2-month-old", "0.17", "under_1", "male", "White British",
             "physical_abuse"))
_E[22] = E("Child ZS: Serious case review",
           "Death of a 3-year-old girl in 2016 from injuries inflicted by her stepfather. She had been seen by four agencies in the month before she died. Her mother misused cocaine. Child ZS is White British.",
           ["the agencies saw different parts of the picture", "the stepfather was not included in assessments"],
           ["hold a multi-agency meeting whenever three agencies raise a concern about the same child in one month"],
           "Read overview report (PDF)",
           T("Child ZS", SCR, "overview", "death", "2016", "3-year-old", "3.00", "1_5", "female", "White British",
             "physical_abuse", "parental_substance_misuse"))
_E[23] = E("Child AT: Child safeguarding practice review",
           "Child AT, a 17-year-old boy, died in a road traffic collision in July 2023 while driving a car for an older man who had been exploiting him to deliver drugs. Child AT had been permanently excluded from school at 15. Child AT is of mixed White and Black African heritage.",
           ["the exclusion left him without any professional in his life", "intelligence about the man was not linked to Child AT"],
           ["offer every permanently excluded child a key worker until they are 18"],
           "Read practice review (PDF)",
           T("Child AT", CSPR, "practice_review", "death", "2023", "17-year-old", "17.00", "16_17", "male", "Mixed White and Black African|mixed White and Black African|White and Black African|Mixed White and Black African heritage|mixed White and Black African heritage",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; other", "", "not_in_school"))
_E[24] = E("Child BT: Child safeguarding practice review",
           "Child BT, a 5-year-old boy with cerebral palsy, suffered serious neglect in 2024 when his care needs were not met at home. His mother's partner had a history of violence. Child BT is Black African.",
           ["his weight loss was not seen as a safeguarding concern", "his voice was not heard because no one used his communication aid"],
           ["use every disabled child's communication aid when asking about their experiences"],
           "Read practice review (PDF)",
           T("Child BT", CSPR, "practice_review", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "male", "Black African",
             "neglect", "|domestic_abuse", "disabled"),
           norec=None)

_FILES25 = [("b25-groff-mm-index-2025-05.pdf", "2025-05", "Case reviews published in May 2025", [1, 2, 3]),
            ("b25-rst2pdf-rules-2025-07.pdf", "2025-07", "Case reviews update: July 2025", [4, 5, 6]),
            ("b25-pdfjam-booklet-2025-11.pdf", "2025-11", "New case reviews - November 2025", [7, 8, 9]),
            ("b25-ocr-scanned-2024-10.pdf", "2024-10", "Case reviews update October 2024", [10, 11, 12]),
            ("b25-docx-keyvalue-2025-02.pdf", "2025-02", "Case reviews published: February 2025", [13, 14, 15]),
            ("b25-xhtml2pdf-sidebar-2026-01.pdf", "2026-01", "Case reviews update: January 2026", [16, 17, 18]),
            ("b25-docx-contentcontrols-2025-08.docx", "2025-08", "Case reviews published in August 2025", [19, 20, 21]),
            ("b25-feedreader-export-2024-07.html", "2024-07", "New case reviews: July 2024", [22, 23, 24])]
_MON25 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for fname, month, heading, idx in _FILES25:
    y, m = month.split("-")
    B25[fname] = dict(month=month, heading=heading, entries=[_E[i] for i in idx],
                      intro=f"Three new case reviews were added to the national case review repository in {_MON25[int(m) - 1]} {y}. All of the children, families and places below are invented for testing.")
