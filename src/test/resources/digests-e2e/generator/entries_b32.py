# Batch b32 (issue 9, session 19; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a DOCX as Google Docs exports it (Title /
# Subtitle paragraph styles for the digest and review titles, Google's bullet numbering, one summary sentence broken across two
# paragraphs); a DOCX whose digest title is only in the page header and whose report links are footnotes; a Drupal 'views' page
# whose fields are <div class="field__label"> / <div class="field__item"> (no lists, no headings for the labels) with a <figure>
# and caption per review; a listing page of teaser cards with 'Read more' links whose full reviews sit in <template> elements
# (a <noscript> note beside them); a markdown digest concatenated from one file per review, each opening with its own YAML
# front matter (the title only there) and setext label headings; and an Emacs org-mode ASCII export (ox-ascii: centred title
# block, 'Table of Contents', numbered '=' / '-' underlined headlines, links as notes at the end of each section). All 20 entries
# are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B32 = {}
LR = "learning_review"; CPR = "child_practice_review"; CMR = "case_management_review"; SUSR = "single_unified_safeguarding_review"
SIG = "significant_case_review"
_E = {}
# --- A: Google Docs DOCX export (Title / Subtitle styles)
_E[1] = E("Child AN: Child safeguarding practice review",
          "Death of a 20-month-old girl in 2024 who was found in a bath with the water running after her mother, who was 19, left her alone to go to a shop. The family had been known to children's services before Child AN was born because of the neglect of an older sibling.",
          ["the neglect of the older sibling was not considered in the pre-birth assessment", "the mother's own experience of being in care was not explored", "water safety advice was not given to the family"],
          ["ensure that pre-birth assessments take account of the care of older siblings", "include bath safety in health visitor contacts with families of babies and toddlers"],
          "Read practice review (PDF)",
          T("Child AN", CSPR, "practice_review", "death", "2024", "20-month-old", "1.67", "1_5", "female", "not_stated", "neglect"))
_E[2] = E("Children BN and CN: Serious case review",
          "Physical abuse of twin baby boys, aged 4 months, in 2019. Both babies were found to have rib fractures and bruising to their faces. Their father misused cannabis and had himself been abused as a child.",
          ["bruising on a non-mobile baby was not referred for a child protection medical", "the father's childhood experiences were not explored during pregnancy"],
          ["refer every bruise on a non-mobile baby for a child protection medical", "ask both parents about their own childhood at the booking appointment"],
          "Read overview report (PDF)",
          T("Children BN and CN", SCR, "overview", "serious_harm", "2019", "*", "*", "under_1|*", "male", "not_stated",
            "physical_abuse", "parental_substance_misuse", n="2"))
_E[3] = E("Child DN: Learning review",
          "Child DN, a 14-year-old girl, was sexually exploited by adults she met through social media between 2022 and 2024. She was living in a residential children's home and went missing more than 30 times.",
          ["missing episodes were recorded but not analysed for patterns", "staff at the children's home did not know how to report online contact with adults", "Child DN was moved between placements four times in a year"],
          ["develop a joint missing and exploitation panel for looked after children", "train residential staff on online grooming"],
          "Read learning review (PDF)",
          T("Child DN", LR, "unknown|practice_review", "serious_harm", "2022|", "14-year-old", "14.00", "11_15", "female", "not_stated",
            "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; online_harm; sexual_abuse; extra_familial_harm",
            "", "looked_after"),
          good=["the residential key worker who kept a record of the cars that collected Child DN"])
_E[3]["split"] = "social media between 2022"  # the summary's first sentence is broken over two paragraphs before these words
_E[4] = E("Baby EN: Child safeguarding practice review",
          "Death of a 3-week-old baby boy in 2025 from a skull fracture. His father, who was 17, said that the baby had rolled off a changing table. Baby EN's mother was a care leaver. Baby EN is White British.",
          ["the young father was not included in antenatal care", "support for the mother as a care leaver ended when she became pregnant"],
          [], "Read practice review (PDF)",
          T("Baby EN", CSPR, "practice_review", "death", "2025", "3-week-old", "0.06", "under_1", "male", "White British",
            "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"),
          norec="Makes no recommendations but asks the partnership to review its leaving care offer for young parents.")
# --- B: DOCX, digest title only in the page header, report links in footnotes
_E[5] = E("Child FN: Child safeguarding practice review",
          "Neglect of a 6-year-old boy with Down's syndrome in 2023, who was found to be underweight and to have untreated pressure sores. His mother was his only carer and had stopped all contact with services after the pandemic.",
          ["the family's withdrawal from services was not seen as a risk", "the special school did not escalate Child FN's absences", "Child FN's weight was not monitored"],
          [], "Read practice review (PDF)",
          T("Child FN", CSPR, "practice_review", "serious_harm", "2023", "6-year-old", "6.00", "6_10", "male", "not_stated",
            "neglect", "social_isolation|", "disabled"),
          norec="Makes no recommendations as the learning has already been taken forward through the partnership's disabled children's pathway.")
_E[6] = E("Child GN: Serious case review",
          "Death of a 15-year-old boy in 2016 who was stabbed by another teenager in a dispute over drugs. Child GN had been reported missing eleven times and had links to a gang in a neighbouring city. Child GN is of Black Caribbean heritage.",
          ["Child GN's missing episodes were not linked to criminal exploitation", "police intelligence about the gang was not shared with children's social care"],
          ["set up a multi-agency exploitation hub", "share police intelligence about gangs with children's social care within 24 hours"],
          "Read overview report (PDF)",
          T("Child GN", SCR, "overview", "death", "2016", "15-year-old", "15.00", "11_15", "male", "Black Caribbean|Black Caribbean heritage",
            "child_criminal_exploitation; extra_familial_harm|extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|extra_familial_harm; physical_abuse|child_criminal_exploitation"))
_E[7] = E("Child HN: Child safeguarding practice review",
          "Sexual abuse of a 4-year-old girl by her mother's partner in 2024. The abuse came to light when the partner was arrested for sharing indecent images of children online. Child HN went to a nursery three days a week.",
          ["nursery staff did not know how to respond to sexualised behaviour in young children", "the partner's presence in the home was not known to health visitors"],
          ["provide training for early years staff on sexualised behaviour", "ask about all adults living in the household at every home visit"],
          "Read practice review (PDF)",
          T("Child HN", CSPR, "practice_review", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "female", "not_stated",
            "sexual_abuse|sexual_abuse; online_harm", "parental_criminality|"),
          good=["the police officer who made sure that Child HN's nursery was told the same day"])
# --- C: Drupal views page, field__label / field__item divs, a figure per review
_E[8] = E("Child JN: Child safeguarding practice review",
          "Serious harm to a 2-year-old boy in 2024 who swallowed cocaine at his father's flat during a contact visit. Child JN lived with his maternal grandmother under a special guardianship order. Child JN is of mixed White and Black African heritage.",
          ["the risks of unsupervised contact were not reassessed when the father started using drugs again", "the grandmother did not know who to tell about her concerns"],
          ["review contact arrangements whenever a parent's drug use changes", "give special guardians a named contact in children's services"],
          "Read practice review (PDF)",
          T("Child JN", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male",
            "mixed White and Black African|mixed White and Black African heritage|White and Black African",
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse", "connected_carers"))
_E[9] = E("Boys harmed in knife attacks: thematic child safeguarding practice review",
          "Review of four boys aged 13 to 16 who died after being stabbed between 2021 and 2023. All four had been excluded from school and two had been criminally exploited.",
          ["exclusion from school was a turning point for each of the boys", "the boys' families asked for help which did not come", "professionals did not recognise the boys' fear of older young people"],
          ["develop alternatives to permanent exclusion", "commission a service for families of children at risk of harm outside the home"],
          "Read thematic review (PDF)",
          T("", CSPR, "practice_review", "death", "2021|", "*", "*", "*", "male", "not_stated",
            "extra_familial_harm|extra_familial_harm; child_criminal_exploitation|extra_familial_harm; child_criminal_exploitation; physical_abuse|extra_familial_harm; physical_abuse",
            "", "not_in_school", thematic="true", n="4"))
_E[10] = E("Baby KN: Case management review",
           "Serious injuries to a 5-month-old baby girl in 2022, including a bleed on the brain and a broken arm. Her parents had separated and her father had shared care. Baby KN is an Irish Traveller.",
           ["the father's care of the baby was not assessed", "an earlier bruise was explained away by both parents"],
           ["assess every adult who shares the care of a baby on a child protection or child in need plan"],
           "Read case management review summary (PDF)",
           T("Baby KN", CMR, "unknown|executive_summary", "serious_harm", "2022", "5-month-old", "0.42", "under_1", "female",
             "Irish Traveller|Traveller", "non_accidental_head_injury; physical_abuse|physical_abuse|non_accidental_head_injury"))
# --- D: listing page, teaser cards with 'Read more', full reviews inside <template>
_E[11] = E("Child LN: Child practice review",
           "Child LN, a 10-year-old girl, was emotionally abused by her father between 2020 and 2023. He controlled what she ate and stopped her from seeing her friends. Her parents had separated and Child LN lived with her father.",
           ["controlling behaviour towards a child was not recognised as emotional abuse", "Child LN's mother's concerns were seen as part of a dispute between the parents"],
           ["train practitioners to recognise coercive control of children", "listen to the concerns of the parent who does not live with the child"],
           "Read child practice review (PDF)",
           T("Child LN", CPR, "practice_review", "serious_harm", "2020|", "10-year-old", "10.00", "6_10", "female", "not_stated",
             "emotional_abuse"))
_E[12] = E("Child MN: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2023 who took her own life a week after she left a mental health ward. Child MN had an eating disorder and had self-harmed since she was 12.",
           ["discharge planning did not include Child MN's school or GP", "the risk of suicide after discharge was not shared with her parents", "the move from children's to adult mental health services was unplanned"],
           ["hold a multi-agency meeting before a child is discharged from a mental health ward", "plan the move to adult mental health services from the age of 16"],
           "Read practice review (PDF)",
           T("Child MN", CSPR, "practice_review", "death", "2023", "17-year-old", "17.00", "16_17", "female", "not_stated",
             "self_harm_suicide"),
           good=["the school nurse who visited Child MN on the ward"])
_E[13] = E("Baby PN: Serious case review (executive summary)",
           "Death of an 11-week-old baby boy in 2018 from a head injury. His mother's new partner, who had a conviction for assaulting the child of a previous partner, was found guilty of his murder. Baby PN is White British.",
           ["the partner's conviction was known to probation but not to the health visitor", "the mother was not told about the partner's past"],
           ["use the domestic violence disclosure scheme when a new partner with a history of violence joins a household with children"],
           "Read executive summary (PDF)",
           T("Baby PN", SCR, "executive_summary", "death", "2018", "11-week-old", "0.21", "under_1", "male", "White British",
             "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse",
             "parental_criminality|domestic_abuse|"))
# --- E: markdown, one YAML front matter per review, setext label headings
_E[14] = E("Child QN: Child safeguarding practice review",
           "Child QN, an 8-year-old boy, was found living in 2024 in a home with no electricity, dog mess on the floors and no food. His father had depression and had stopped working after Child QN's mother died.",
           ["the school saw Child QN's poor hygiene but thought the family was grieving", "the father's depression was treated without asking about his son"],
           ["ask about children in every adult mental health assessment", "use the neglect toolkit when a child's presentation changes after a bereavement"],
           "Read practice review (PDF)",
           T("Child QN", CSPR, "practice_review", "serious_harm", "2024", "8-year-old", "8.00", "6_10", "male", "not_stated",
             "neglect", "parental_mental_health"))
_E[15] = E("Child RN: Learning review",
           "Child RN, a 16-year-old boy, was trafficked from Vietnam and found working in a cannabis factory in 2023. He was placed in foster care and went missing within two days. Child RN is Vietnamese.",
           ["Child RN was first treated as an offender", "the foster carers were not told about the risk that he would be taken again", "an interpreter was not used when Child RN was first interviewed"],
           ["refer every child found in a cannabis factory to the National Referral Mechanism", "give foster carers a safety plan for trafficked children on the day of placement"],
           "Read learning review (PDF)",
           T("Child RN", LR, "unknown|practice_review", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "male", "Vietnamese",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation",
             "", "foster_care; looked_after|foster_care"))
_E[16] = E("Children SN and TN: Child safeguarding practice review",
           "Neglect of a brother and sister, aged 3 and 5, in 2023 and 2024. Their mother had a learning disability and the family was isolated in a rural village. Their father lived abroad.",
           ["the mother's learning disability was not assessed", "the family's isolation hid the neglect from professionals"],
           ["make parenting support available in rural areas", "assess parents with a learning disability using an adapted tool"],
           "Read practice review (PDF)",
           T("Children SN and TN", CSPR, "practice_review", "serious_harm", "2023|", "*", "*", "*", "mixed", "not_stated",
             "neglect", "parental_learning_disability|parental_learning_disability; social_isolation", n="2"),
           good=["the community nurse who arranged transport to the children's health appointments"])
_E[17] = E("Child UN: Significant case review",
           "Sexual abuse of a 12-year-old boy by a football coach between 2019 and 2021. Child UN told his mother in 2021 after the coach was suspended for another matter.",
           ["safeguarding checks in community sports clubs were not carried out", "earlier concerns about the coach were handled by the club alone"],
           ["require every sports club that works with children to have a safeguarding lead"],
           "Read significant case review (PDF)",
           T("Child UN", SIG, "unknown", "serious_harm", "2019|", "12-year-old", "12.00", "11_15", "male", "not_stated",
             "sexual_abuse|sexual_abuse; extra_familial_harm"))
# --- F: Emacs org-mode ASCII export (ox-ascii)
_E[18] = E("Child VN: Child safeguarding practice review",
           "Serious harm to a 7-month-old baby girl in 2023 who was taken to hospital with scalds to her legs. Her mother, who was 20, said she had put her in a bath that was too hot. Child VN was subject to a child protection plan.",
           ["the mother's account was accepted without a medical opinion", "the child protection plan did not change after the injury"],
           ["seek a paediatric opinion on every burn or scald to a baby under one", "hold a review child protection conference after any injury to a child on a plan"],
           "Read practice review (PDF)",
           T("Child VN", CSPR, "practice_review", "serious_harm", "2023", "7-month-old", "0.58", "under_1", "female", "not_stated",
             "physical_abuse|physical_abuse; neglect|neglect", "", "child_protection_plan"))
_E[19] = E("Child WN: Single unified safeguarding review",
           "Child WN, a 15-year-old boy, was seriously assaulted in 2024 by his older brother, who was 19. Both brothers had been looked after by the local authority. Child WN is White Welsh.",
           ["the risk the older brother posed was not reassessed when he left care", "Child WN's wish to live apart from his brother was not acted on"],
           ["consider the safety of siblings when a care leaver's housing is planned"],
           "Read the full review",
           T("Child WN", SUSR, "overview", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "White Welsh",
             "physical_abuse|physical_abuse; extra_familial_harm", "", "looked_after"),
           good=["the youth worker who helped Child WN to speak at his review meeting"])
_E[20] = E("Baby XN: Child safeguarding practice review",
           "Sudden unexpected death of a 6-week-old baby girl in 2024 while she slept in a car seat overnight. The family lived in a hostel and had no cot. Baby XN is of Bangladeshi heritage.",
           ["housing staff did not know the family had no cot", "safer sleep advice did not cover car seats"],
           ["provide a cot to every family with a baby in temporary accommodation", "add car seats to safer sleep advice"],
           "Read practice review (PDF)",
           T("Baby XN", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "female", "Bangladeshi|Bangladeshi heritage",
             "sudden_unexpected_infant_death"))

B32["b32-gdocs-docx-subtitle-2025-03.docx"] = dict(month="2025-03", heading="NSPCC Repository – March 2025",
    intro="In March 2025 four case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B32["b32-docx-footnotes-header-2024-11.docx"] = dict(month="2024-11", heading="NSPCC Repository – November 2024",
    intro="Three case reviews were added to the national case review repository this month. All of the children, families and places below are invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B32["b32-drupal-fields-2025-05.html"] = dict(month="2025-05", heading="Case reviews update – May 2025",
    intro="Summaries of the case reviews added to the national case review repository in May 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B32["b32-html-template-readmore-2024-08.html"] = dict(month="2024-08", heading="Case reviews published in August 2024",
    intro="Three case reviews were published in August 2024. All of the children, families and places on this page are invented for testing.",
    entries=[_E[11], _E[12], _E[13]])
B32["b32-markdown-frontmatter-2025-01.md"] = dict(month="2025-01", heading="NSPCC Repository – January 2025",
    intro="In January 2025 four case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[14], _E[15], _E[16], _E[17]])
B32["b32-org-ascii-2024-04.txt"] = dict(month="2024-04", heading="NSPCC Repository – April 2024",
    intro="In April 2024 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
