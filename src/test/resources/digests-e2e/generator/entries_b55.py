# Batch b55 (issue 9, session 31; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in shapes the repository has not seen for digests (see the b55 section of
# ../README.md for what was grepped): a PRINT-READY export with crop marks, bleed, registration marks, a colour bar and a SLUG
# line (file name, date, plate) outside the trim box (MediaBox larger than TrimBox, no CropBox); a printer driver that draws
# each page FONT BY FONT (every regular line first, then every bold run, titles, labels and bold words inside summaries, then the
# italic link lines); a Canva-like export whose TITLES AND LABELS ARE OUTLINED PATHS carrying the words only as /ActualText of
# a marked-content span; a Word-like print whose bold is SIMULATED BY FILL-AND-STROKE (text render mode 2) in the regular face,
# with titles condensed by horizontal scaling (Tz), every font at size 1 scaled by the text matrix and a HOLLOW (render mode 1)
# heading; and a digest ONE REVIEW PER PAGE under a big title, its learning list in a COLOURED SIDE PANEL drawn before the main
# column. All entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and place
# is invented. Uses E, T, CSPR, SCR from entries.py.
B55 = {}
LR = "learning_review"; CPR = "child_practice_review"
_E = {}
# --- A: print-ready with crop marks and a slug line
_E[1] = E("Child AVY: Child safeguarding practice review",
          "Death of a 4-month-old boy in 2024 from a head injury. His father, aged 23, said he had dropped him. His mother, aged 20, had been in care until 2022. Child AVY is White British.",
          ["the father was not seen by any professional before the baby's death", "a bruise on the baby's ear at eight weeks was not referred to children's services"],
          ["health visitors to arrange to meet every father or partner living in the home", "GPs to follow the bruising in non-mobile babies protocol for every bruise"],
          "Read the practice review (PDF)",
          T("Child AVY", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "", ""))
_E[2] = E("Child BWY: Serious case review",
          "Sexual abuse of a 10-year-old girl between 2016 and 2018 by her stepfather, aged 46. The stepfather had a caution in 2003 for indecent exposure. Her mother, aged 38, did not believe her when she first told her. Child BWY is Black African.",
          ["the stepfather's caution was not checked when he moved in", "Child BWY's first disclosure to her mother was not known to any agency until 2018"],
          ["children's social care to carry out police checks on every adult who joins a household with a child in need", "schools to teach pupils who they can tell about abuse"],
          "Read the overview report (PDF)",
          T("Child BWY", SCR, "overview", "serious_harm", "2016|", "10-year-old", "10.00", "6_10", "female", "Black African|Black African heritage", "sexual_abuse", "parental_criminality|"))
_E[3] = E("Children CXY and DYY: Child practice review",
          "Neglect of a brother and sister, aged 2 and 4, in Wales in 2023. Their mother, aged 29, misused cocaine and left them alone overnight. A neighbour called the police. The children are White Welsh.",
          ["the mother's drug use was known to her probation officer but not to the health visitor", "there was no plan for the children when their mother went out at night"],
          ["probation to ask about children in every home visit and share concerns with children's services", "health visitors to ask parents who cares for the children when they go out"],
          "Read the child practice review (PDF)",
          T("Children CXY and DYY", CPR, "practice_review", "serious_harm", "2023", "*", "*", "1_5", "mixed", "White Welsh|White British", "neglect", "parental_substance_misuse", n="2"),
          good=["the neighbour who called the police and stayed with the children"])
_E[4] = E("Child EQY: Learning review",
          "Death of a 15-year-old boy in Scotland in 2025 who was stabbed by an older youth in a park. He had been excluded from school in 2024 and was thought to be carrying drugs for an adult. Child EQY is mixed White and Black Caribbean.",
          ["his exclusion from school removed the one adult he trusted", "the adult who used him to carry drugs was known to the police but was not disrupted"],
          [],
          "Read the learning review (PDF)",
          T("Child EQY", LR, "unknown|practice_review", "death", "2025", "15-year-old", "15.00", "11_15", "male", "mixed White and Black Caribbean|Mixed White and Black Caribbean|White and Black Caribbean", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; physical_abuse", "", "not_in_school|"),
          norec="Makes no recommendations as the findings are being taken forward by the local violence reduction unit.")
# --- B: printer driver that draws font by font
_E[5] = E("Child FRY: Child safeguarding practice review",
          "Serious harm to a 3-year-old girl in 2024 who swallowed her father's methadone. Her father, aged 41, was on a drug treatment programme and kept the methadone in an open cupboard. Child FRY is White British.",
          ["the drug service did not check how methadone was stored in a home with a young child", "the father's treatment was not known to the nursery"],
          ["drug services to give a lockable box to every patient who takes methadone home and lives with children", "ask about safe storage at every review of a parent in drug treatment"],
          "Read the practice review (PDF)",
          T("Child FRY", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "female", "White British", "poisoning_ingestion|poisoning_ingestion; neglect|neglect; poisoning_ingestion", "parental_substance_misuse"))
_E[6] = E("Child GSY: Child safeguarding practice review",
          "Death of a 17-year-old boy in 2023 who took his own life while he was in a young offender institution. He had been in care since he was 12 and had told staff in 2022 that he heard voices. Child GSY is Black British.",
          ["his mental health history did not go with him when he moved to custody", "staff did not open a suicide and self-harm plan after his first week"],
          ["youth offending teams to send a child's health records to custody on the day of sentence", "custody staff to review every child's risk of self-harm within 24 hours of arrival"],
          "Read the practice review (PDF)",
          T("Child GSY", CSPR, "practice_review", "death", "2023", "17-year-old", "17.00", "16_17", "male", "Black British|Black or Black British", "self_harm_suicide", "", "looked_after|"))
_E[7] = E("Baby HTY: Serious case review",
          "Death of a 6-week-old girl in 2017 who was found unresponsive on a sofa where she had slept with her mother, aged 27. Her mother had drunk alcohol that evening. There was no evidence of injury. Baby HTY is Polish.",
          ["safer sleep advice did not cover sleeping on a sofa after drinking", "the mother's low mood after the birth was not followed up"],
          ["midwives and health visitors to give safer sleep advice that names sofas and alcohol", "GPs to review every mother with low mood at the six-week check"],
          "Read the overview report (PDF)",
          T("Baby HTY", SCR, "overview", "death", "2017", "6-week-old", "0.12", "under_1", "female", "Polish|White Polish|White other", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping|co_sleeping; parental_alcohol_misuse; parental_mental_health|co_sleeping; parental_mental_health"))
_E[8] = E("Child JUY: Child safeguarding practice review",
          "Emotional abuse and neglect of an 11-year-old boy between 2019 and 2024 by his grandmother, aged 63, who was his special guardian. He was made to sleep in a shed and was not given meals with the family. Child JUY is White British.",
          ["the special guardianship support plan ended after one year", "his school saw that he was hungry but thought it was poverty"],
          ["local authorities to review special guardianship support every year while the child is under 18", "schools to ask why a child is hungry and record the answer"],
          "Read the practice review (PDF)",
          T("Child JUY", CSPR, "practice_review", "serious_harm", "2019|", "11-year-old", "11.00", "11_15", "male", "White British", "emotional_abuse; neglect|neglect; emotional_abuse", "", "connected_carers|"))
# --- C: titles and labels outlined as paths with /ActualText
_E[9] = E("Child KVY: Child safeguarding practice review",
          "Serious harm to a 13-year-old girl in 2025 who was sexually exploited by a group of men after she ran away from her children's home. She had been reported missing 14 times. Child KVY is White British.",
          ["the children's home did not share the men's car registration numbers with the police", "each missing episode was seen as her choice"],
          ["police to use disruption powers when a looked-after child is seen with unknown adults", "children's homes to hold a return interview within 72 hours of every missing episode"],
          "Read the practice review (PDF)",
          T("Child KVY", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "White British", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse", "", "looked_after"))
_E[10] = E("Child LWY: Serious case review",
           "Death of a 2-year-old boy in 2015 from abdominal injuries. His mother's partner, aged 33, was convicted of his murder. His mother, aged 25, had said the bruises were from a fall. Child LWY is Lithuanian.",
           ["the partner's name was never recorded by the nursery", "the mother's explanation of the bruises was accepted without a medical examination"],
           ["nurseries to record the name of every adult who collects a child", "children's social care to seek a child protection medical for every unexplained bruise on a child under three"],
           "Read the overview report (PDF)",
           T("Child LWY", SCR, "overview", "death", "2015", "2-year-old", "2.00", "1_5", "male", "Lithuanian|White Lithuanian|White other", "physical_abuse", "|parental_criminality"))
_E[11] = E("Child MXY: Child safeguarding practice review",
           "Serious harm to a 7-month-old girl in 2024 whose parents, aged 30 and 32, did not seek treatment for a severe burn to her hand for four days. The parents said she had touched an iron. Child MXY is Pakistani.",
           ["the delay in seeking treatment was not questioned by the hospital", "an interpreter was not used when the mother was seen"],
           ["hospitals to refer every delayed presentation of a burn in a baby to children's services", "use a professional interpreter at every contact with a parent who does not speak English"],
           "Read the practice review (PDF)",
           T("Child MXY", CSPR, "practice_review", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "female", "Pakistani|Pakistani heritage", "neglect|neglect; physical_abuse", ""),
           good=["the pharmacist who saw the burn and sent the family to hospital"])
_E[12] = E("Children NAY and PBY: Learning review",
           "Neglect of two sisters, aged 8 and 12, in Scotland between 2021 and 2024. Their father, aged 52, had dementia and they were caring for him. Neither girl was thought to be at risk of abuse. The children are White Scottish.",
           ["young carers were not identified by their school", "adult services assessed the father without asking who cared for him"],
           ["adult services to ask about children in the home at every assessment of a parent", "schools to have a young carers lead"],
           "Read the learning review (PDF)",
           T("Children NAY and PBY", LR, "unknown|practice_review", "serious_harm", "2021|", "*", "*", "*", "female", "White Scottish", "neglect", "parental_mental_health|", "", n="2"))
# --- D: simulated bold by fill-and-stroke (Tr 2), Tz-condensed titles, size-1 fonts scaled by the matrix
_E[13] = E("Child QCY: Child safeguarding practice review",
           "Serious harm to a 16-year-old boy in 2024 who was forced to sell drugs in a coastal town 200 miles from home. He was found in a flat with a knife wound. His mother, aged 44, had reported him missing in 2023. Child QCY is Black British.",
           ["he was treated as an offender, not as a victim of exploitation", "the national referral mechanism referral was made after five months"],
           ["police to make a national referral mechanism referral within 48 hours for every child found in a county lines flat", "children's services in both areas to hold one joint strategy meeting"],
           "Read the practice review (PDF)",
           T("Child QCY", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "Black British|Black or Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; physical_abuse|child_criminal_exploitation; other; extra_familial_harm|child_criminal_exploitation; other", ""))
_E[14] = E("Child RDY: Child practice review",
           "Physical abuse of a 5-year-old girl in Wales in 2022 by her mother, aged 31, who hit her with a belt. Her mother had been abused as a child. Child RDY has a speech and language delay. Child RDY is White Welsh.",
           ["marks on her legs were seen at school but not photographed or recorded", "her speech delay made it hard for her to tell anyone what was happening"],
           ["schools to record and report every mark that may be from physical punishment", "use communication aids when speaking to children with speech and language needs"],
           "Read the child practice review (PDF)",
           T("Child RDY", CPR, "practice_review", "serious_harm", "2022", "5-year-old", "5.00", "1_5", "female", "White Welsh|White British", "physical_abuse", "", "disabled|"))
_E[15] = E("Baby SEY: Serious case review",
           "Death of a 9-day-old boy in 2018 from dehydration. His mother, aged 18, was breastfeeding and was discharged from hospital on the day he was born. Baby SEY is Bangladeshi.",
           ["the community midwife visit on day five did not take place", "the baby was not weighed after discharge"],
           ["midwifery services to weigh every breastfed baby by day five", "hospitals not to discharge a first-time teenage mother without a feeding plan"],
           "Read the overview report (PDF)",
           T("Baby SEY", SCR, "overview", "death", "2018", "9-day-old", "0.02", "under_1", "male", "Bangladeshi|Bangladeshi heritage", "neglect|", ""))
_E[16] = E("Child TFY: Child safeguarding practice review",
           "Serious harm to a 14-year-old girl in 2025 who was radicalised online and planned an attack at her school. Her parents, aged 45 and 47, had found extremist material on her phone in 2024 and told the school. Child TFY is White British.",
           ["the school's referral to Prevent was not followed up when she changed schools", "her autism was not considered when her online contacts were assessed"],
           ["Prevent referrals to go with a child when the child moves school", "take a child's neurodiversity into account in every Prevent assessment"],
           "Read the practice review (PDF)",
           T("Child TFY", CSPR, "practice_review", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "female", "White British", "other; online_harm|other|online_harm|online_harm; extra_familial_harm|other; online_harm; extra_familial_harm|extra_familial_harm", "", "disabled|"))
# --- E: one review per page, learning list in a coloured side panel
_E[17] = E("Child UGY: Child safeguarding practice review",
           "Death of a 1-year-old boy in 2023 who drowned in a bath while his mother, aged 24, was downstairs. His sister, aged 3, was in the bath with him. Child UGY is White British.",
           ["bath safety advice was not given to the family", "the mother had asked for help with childcare and was put on a waiting list"],
           ["health visitors to give bath safety advice at the 9 to 12 month review", "early help services to tell families how long they will wait"],
           "Read the practice review (PDF)",
           T("Child UGY", CSPR, "practice_review", "death", "2023", "1-year-old", "1.00", "1_5", "male", "White British", "neglect", ""))
_E[18] = E("Child VHY: Serious case review",
           "Sexual abuse of a 15-year-old boy between 2014 and 2016 by a teaching assistant, aged 37, at his school. The teaching assistant had been dismissed by another school in 2012. Child VHY is Indian.",
           ["the earlier dismissal was not shared in the reference", "the boy's change in behaviour was put down to his age"],
           ["schools to ask for a reference from every previous employer who worked with children", "local authority designated officers to be told of every dismissal for a safeguarding concern"],
           "Read the overview report (PDF)",
           T("Child VHY", SCR, "overview", "serious_harm", "2014|", "15-year-old", "15.00", "11_15", "male", "Indian|Indian heritage", "sexual_abuse|sexual_abuse; extra_familial_harm", ""))
_E[19] = E("Child WJY: Child safeguarding practice review",
           "Serious harm to a 12-week-old girl in 2025 who had 14 fractures. Her parents, aged 22 and 26, gave no explanation. Neither parent had a criminal record. Child WJY is Romanian.",
           ["a swollen arm at six weeks was seen by a GP who did not ask for an X-ray", "the parents' money worries were not asked about"],
           ["GPs to refer every swelling or bruise in a baby who cannot crawl to the hospital", "health visitors to ask about debt and housing at every contact"],
           "Read the practice review (PDF)",
           T("Child WJY", CSPR, "practice_review", "serious_harm", "2025", "12-week-old", "0.23", "under_1", "female", "Romanian|White Romanian|White other", "physical_abuse", ""),
           good=["the hospital radiologist who reported the old fractures the same day"])
_E[20] = E("Child XKY: Learning review",
           "Serious harm to a 14-year-old girl in Scotland in 2024 who was assaulted by her boyfriend, aged 19. She had told a guidance teacher in 2023 that he checked her phone. Child XKY is White Scottish.",
           ["controlling behaviour in teenage relationships was not seen as abuse", "the guidance teacher did not know what to do with her disclosure"],
           [],
           "Read the learning review (PDF)",
           T("Child XKY", LR, "unknown|practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female", "White Scottish", "physical_abuse; extra_familial_harm|physical_abuse|physical_abuse; emotional_abuse; extra_familial_harm|physical_abuse; emotional_abuse", "|domestic_abuse"),
           norec="Makes no recommendations as the partnership has already launched a relationships campaign in schools.")

B55["b55-printmarks-slug-2025-02.pdf"] = dict(month="2025-02", heading="Case reviews published in February 2025",
    intro="Four case reviews were published in February 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B55["b55-fontpass-driver-2025-05.pdf"] = dict(month="2025-05", heading="Case review summaries: May 2025",
    intro="Four case reviews were published in May 2025. All the children, families and places described are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B55["b55-outlined-actualtext-2025-08.pdf"] = dict(month="2025-08", heading="Learning from case reviews: August 2025",
    intro="Four case reviews were published in August 2025. The children, families and places here are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B55["b55-strokebold-tz-2025-11.pdf"] = dict(month="2025-11", heading="New case reviews \u2013 November 2025",
    intro="Four case reviews were published in November 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B55["b55-oneperpage-sidepanel-2026-02.pdf"] = dict(month="2026-02", heading="Case reviews digest: February 2026",
    intro="Four case reviews were published in February 2026, one on each page that follows. All the children, families and places in this digest are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
