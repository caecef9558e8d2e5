# Batch b39 (issue 9, session 23; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Five PDF digests in layouts the repository has not seen: a tagged PDF written by PDFBox whose
# structure tree uses CUSTOM structure types (Review, ReviewTitle, Precis, Rubric, Points, Point, FullReport) mapped to standard
# ones by the /RoleMap; an A5 pdflatex digest imposed as a BOOKLET by pdfjam --booklet (two A5 pages a landscape A4 side, in
# booklet order: 4|1, 2|3); panels with a coloured header strip holding the title and labels as an ICON OVER A SHORT WORD in a
# left column (WeasyPrint, inline SVG icons); a TRANSPOSED comparison table (one column per review, one row per section,
# Chromium); a pdflatex two-column digest with entries numbered '1.' to 'N.' whose links are footnote markers '[n]' resolved in
# a References list at the end. All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the
# conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child,
# family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B39 = {}
LR = "learning_review"; CPR = "child_practice_review"
NAHI = "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"
CCE = "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse"
CSE = "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm"
_E = {}
# --- A: PDFBox tagged PDF, custom structure types through the RoleMap
_E[1] = E("Child AM: Child safeguarding practice review",
          "Neglect of a 5-year-old boy in 2024 who was found wandering near a main road in his pyjamas late at night. His mother misused alcohol and had been asleep. Child AM is White British.",
          ["earlier reports from neighbours were closed without a home visit", "the mother's drinking was not asked about by her GP", "Child AM's poor attendance at reception class was not followed up"],
          ["visit the home before closing any referral about a young child left alone", "GPs to ask about children whenever a parent's drinking is discussed"],
          "Read practice review (PDF)",
          T("Child AM", CSPR, "practice_review", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "male", "White British", "neglect", "parental_alcohol_misuse"))
_E[2] = E("Baby BM: Child safeguarding practice review",
          "Death of an 8-week-old baby boy in 2024 from a head injury. His father, who was 23, had told a health visitor he found the crying hard to cope with. Baby BM is of Polish heritage.",
          ["the father's comment about crying was not passed on", "the family were not offered an interpreter at health visits"],
          ["give every parent the coping with crying advice in their first language", "record and share what fathers say about stress"],
          "Read practice review (PDF)",
          T("Baby BM", CSPR, "practice_review", "death", "2024", "8-week-old", "0.15", "under_1", "male", "Polish|Polish heritage", NAHI))
_E[3] = E("Child CM: Serious case review",
          "Sexual exploitation of a 14-year-old girl between 2017 and 2019 by a group of men who gave her drugs. Child CM went missing from home many times. Child CM is White British.",
          ["missing episodes were treated as running away rather than as a sign of exploitation", "Child CM was described as making choices"],
          ["use language that does not blame children for their exploitation", "hold a strategy meeting after the third missing episode"],
          "Read overview report (PDF)",
          T("Child CM", SCR, "overview", "serious_harm", "2017|", "14-year-old", "14.00", "11_15", "female", "White British", CSE),
          good=["a youth worker who kept in touch with Child CM throughout"])
_E[4] = E("Child DM: Learning review",
          "Serious harm to a 17-year-old boy in 2025 who was seriously injured in a fall after taking drugs at a party. He had left care six months earlier and was living alone. Child DM is Black British.",
          ["the pathway plan did not say who Child DM could call at night", "his drug use was known to the leaving care team but not acted on"],
          ["give every care leaver an out of hours contact", "offer drug support to care leavers as part of their pathway plan"],
          "Read learning review (PDF)",
          T("Child DM", LR, "unknown|practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "male", "Black British", "poisoning_ingestion|other|", "", "looked_after|"))
# --- B: pdflatex A5, imposed as a booklet by pdfjam (sheet sides 4|1 and 2|3)
_E[5] = E("Child EM: Child safeguarding practice review",
          "Physical abuse of a 7-year-old girl in 2023 who told her teacher that her stepfather hit her with a belt. The stepfather had previous convictions for assault. Child EM is of Bangladeshi heritage.",
          ["Child EM's account was not recorded in her own words", "the stepfather's convictions were not checked when he moved in"],
          ["record what children say in their own words", "check the history of new adults in the household in every enquiry"],
          "Read practice review (PDF)",
          T("Child EM", CSPR, "practice_review", "serious_harm", "2023", "7-year-old", "7.00", "6_10", "female", "Bangladeshi|Bangladeshi heritage", "physical_abuse", "parental_criminality|"))
_E[6] = E("Baby FM: Child safeguarding practice review",
          "Sudden unexpected death of a 3-month-old baby girl in 2024 who was found on a sofa with her father. He had been smoking cannabis. Baby FM is White British.",
          ["safer sleep advice was given to the mother but not to the father", "the father's cannabis use was not known to the health visitor"],
          ["give safer sleep advice to both parents at every contact"],
          "Read practice review (PDF)",
          T("Baby FM", CSPR, "practice_review", "death", "2024", "3-month-old", "0.25", "under_1", "female", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|parental_substance_misuse|co_sleeping"))
_E[7] = E("Children GM and HM: Child safeguarding practice review",
          "Neglect of two sisters, aged 3 and 9, in 2024. The family home was cold and dirty and the girls were often late for school. Their mother had severe depression. The children are of Roma heritage.",
          ["the girls' lateness was not linked to the state of the home", "the mother's depression was treated without thinking about her children", "no one spoke to the older sister alone"],
          ["use the graded care profile when neglect is suspected", "adult mental health services to ask about children at every review"],
          "Read practice review (PDF)",
          T("Children GM and HM", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "female", "Roma|Roma heritage", "neglect", "parental_mental_health", n="2"))
_E[8] = E("Child JM: Learning review",
          "Death of a 15-year-old girl in 2023 who took her own life after months of self-harm. She had been waiting for a mental health assessment. Child JM is of Indian heritage.",
          ["the waiting list was not reviewed when her self-harm got worse", "the school did not know she was waiting for an assessment"],
          [],
          "Read learning review (PDF)",
          T("Child JM", LR, "unknown|practice_review", "death", "2023", "15-year-old", "15.00", "11_15", "female", "Indian|Indian heritage", "self_harm_suicide"),
          norec="Makes no recommendations as the local mental health service had already changed how it manages its waiting list.")
# --- C: WeasyPrint panels with a coloured header strip, labels as an icon over a short word in a left column
_E[9] = E("Child KM: Child safeguarding practice review",
          "Serious harm to a 13-year-old boy in 2024 who was stabbed after being drawn into selling drugs for an older group. He had been moved to a pupil referral unit. Child KM is of mixed White and Black Caribbean heritage.",
          ["the move to the pupil referral unit brought Child KM into contact with the group", "the police and the school did not share what they knew about the group"],
          ["share information about exploitation between schools and police every week", "think about the risks outside the home when a child changes school"],
          "Read practice review (PDF)",
          T("Child KM", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "male", "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean", CCE),
          lab=("Learning", "Recommendations", "Good practice"))
_E[10] = E("Baby LM: Child safeguarding practice review",
           "Serious harm to a 5-month-old baby boy in 2025 who had fractures to his ribs. His parents were both 19 and the father had been violent towards the mother. Baby LM is White British.",
           ["the domestic abuse was not shared with the health visitor", "the fractures were found only when the baby was taken to hospital with a cold"],
           ["share domestic abuse notifications with health visitors the same day", "assess fathers' needs in pre-birth assessments"],
           "Read practice review (PDF)",
           T("Baby LM", CSPR, "practice_review", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "male", "White British", "physical_abuse", "domestic_abuse"),
           lab=("Learning", "Recommendations", "Good practice"))
_E[11] = E("Child NM: Child practice review",
           "Neglect of a 10-year-old boy with autism who was not in school for two years between 2022 and 2024. His father had a learning disability. Child NM is White Welsh.",
           ["elective home education was accepted without anyone seeing Child NM", "the father's learning disability was not considered in how he was supported"],
           ["see every child who is electively home educated within one month", "offer advocacy to parents with a learning disability"],
           "Read child practice review (PDF)",
           T("Child NM", CPR, "practice_review", "serious_harm", "2022|", "10-year-old", "10.00", "6_10", "male", "White Welsh", "neglect", "parental_learning_disability", "not_in_school; disabled"),
           good=["a school nurse who kept asking to see Child NM"],
           lab=("Learning", "Recommendations", "Good practice"))
_E[12] = E("Child PM: Child safeguarding practice review",
           "Sexual abuse of an 11-year-old girl by an older cousin between 2021 and 2023. Child PM told a friend who told a teacher. Ethnicity or nationality not stated.",
           ["the family's wish to deal with the matter themselves delayed a referral", "Child PM was not offered therapy while the police investigated"],
           ["offer therapy to children during police investigations", "train staff on sexual abuse within the wider family"],
           "Read practice review (PDF)",
           T("Child PM", CSPR, "practice_review", "serious_harm", "2021|", "11-year-old", "11.00", "11_15", "female", "not_stated", "sexual_abuse"),
           lab=("Learning", "Recommendations", "Good practice"))
# --- D: Chromium, transposed comparison tables (one column per review)
_E[13] = E("Child QM: Child safeguarding practice review",
           "Physical abuse of a 2-year-old boy in 2024 who had bruising to his face and ears. His mother's new partner said he had fallen. Child QM is White British.",
           ["bruising to the ears was not recognised as a sign of abuse", "the partner was not seen by any agency"],
           ["refer every bruise to the ears or face of a young child", "find out who lives in the home at every contact"],
           "Read practice review (PDF)",
           T("Child QM", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male", "White British", "physical_abuse"))
_E[14] = E("Child RM: Learning review",
           "Emotional abuse of a 12-year-old girl in 2023 whose parents were in a long dispute over contact. She was made to carry messages between them and said she wanted to die. Child RM is of Turkish heritage.",
           ["the family court process did not hear from Child RM", "the school saw the effect of the dispute but did not refer"],
           ["give children in contact disputes a worker who speaks for them"],
           "Read learning review (PDF)",
           T("Child RM", LR, "unknown|practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "female", "Turkish|Turkish heritage", "emotional_abuse|emotional_abuse; self_harm_suicide"))
_E[15] = E("Child SM: Child safeguarding practice review",
           "Death of a 16-year-old boy in 2024 who drowned in a river while under the influence of alcohol. He was in foster care and had been missing for two days. Child SM is White British.",
           ["the foster carers were not told about his drinking", "the missing report was not made until the next day"],
           [],
           "Read practice review (PDF)",
           T("Child SM", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "White British", "other|neglect|", "", "foster_care; looked_after|foster_care"),
           norec="Makes no recommendations but asks the partnership to check its missing from care protocol.")
_E[16] = E("Children TM, UM and VM: Serious case review",
           "Neglect of three siblings, two girls and a boy, between 2014 and 2018. The children were often hungry and had untreated head lice. Both parents misused heroin. The children are White British.",
           ["the children's needs were lost behind the parents' treatment", "professionals became used to the poor conditions"],
           ["drug services to consider the children of every parent they treat", "use a neglect tool at every child in need review"],
           "Read executive summary (PDF)",
           T("Children TM, UM and VM", SCR, "executive_summary", "serious_harm", "2014|", "*", "*", "*", "mixed", "White British", "neglect", "parental_substance_misuse", n="3"),
           good=["a teacher who kept a careful record of the children's hunger"])
# --- E: pdflatex twocolumn, entries numbered 1. to N., links as footnote markers resolved in a References list
_E[17] = E("Child WM: Child safeguarding practice review",
           "Serious harm to a 9-year-old girl in 2025 who was burned when her mother's partner set fire to the flat. The mother had been a victim of domestic abuse for many years. Child WM is of Somali heritage.",
           ["the risk assessment by the police did not consider the children in the home", "the mother was afraid to talk to professionals"],
           ["include children in every domestic abuse risk assessment", "offer women a safe place to speak away from their partner"],
           "Read practice review (PDF)",
           T("Child WM", CSPR, "practice_review", "serious_harm", "2025", "9-year-old", "9.00", "6_10", "female", "Somali|Somali heritage", "physical_abuse|", "domestic_abuse"))
_E[18] = E("Baby XM: Child safeguarding practice review",
           "Death of a 6-month-old baby girl in 2024 from dehydration and weight loss. Her mother was 20 and had been in care herself. Baby XM is of mixed White and Asian heritage.",
           ["missed health visits were not seen as a warning sign", "the mother's own history of care was not shared with health services"],
           ["follow up every baby who is not brought to a health check"],
           "Read practice review (PDF)",
           T("Baby XM", CSPR, "practice_review", "death", "2024", "6-month-old", "0.50", "under_1", "female", "mixed White and Asian|mixed White and Asian heritage|White and Asian", "neglect"))
_E[19] = E("Child YM: Learning review",
           "Criminal exploitation of a 15-year-old boy in 2023 who was found with drugs and cash in a town far from his home. He was excluded from school earlier that year. Child YM is Black African.",
           ["Child YM was treated as an offender rather than as a victim", "a referral to the national referral mechanism was not made"],
           ["make a national referral mechanism referral for every child found in these circumstances", "review every exclusion of a child known to be at risk of exploitation"],
           "Read learning review (PDF)",
           T("Child YM", LR, "unknown|practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "male", "Black African", CCE, "", "not_in_school"))
_E[20] = E("Child ZM: Child safeguarding practice review",
           "Sexual abuse of a 12-year-old boy in 2024 by a man he met through an online game. The man travelled to meet him. Child ZM is White British.",
           ["Child ZM's parents did not know he was talking to adults in the game", "the police did not tell the school about the investigation"],
           ["give parents advice on chat in online games", "tell schools when a pupil is the victim of online grooming"],
           "Read practice review (PDF)",
           T("Child ZM", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "White British", "online_harm; sexual_abuse|sexual_abuse; online_harm; extra_familial_harm|online_harm; sexual_abuse; child_sexual_exploitation|sexual_abuse"),
           good=["a police officer who helped Child ZM's family to understand what had happened"])

B39["b39-pdfbox-rolemap-tags-2025-03.pdf"] = dict(month="2025-03", heading="NSPCC Repository – March 2025",
    intro="Four case reviews were published to the repository in March 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B39["b39-pdflatex-a5-booklet-2025-05.pdf"] = dict(month="2025-05", heading="Case reviews published in May 2025",
    intro="A booklet of four case reviews added to the repository in May 2025. All of the children, families and places in it are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B39["b39-weasyprint-icon-labels-2025-08.pdf"] = dict(month="2025-08", heading="NSPCC Learning – August 2025 case reviews",
    intro="Four case reviews were published in August 2025. The children, families and places below are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B39["b39-chromium-transposed-table-2025-10.pdf"] = dict(month="2025-10", heading="Case reviews: October 2025",
    intro="Four case reviews published in October 2025, set side by side two at a time. Every child, family and place in these tables is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B39["b39-pdflatex-twocol-references-2025-12.pdf"] = dict(month="2025-12", heading="NSPCC Repository – December 2025",
    intro="In December 2025 four case reviews were published. Links to the full reports are listed under References at the end. All of the children, families and places in this digest are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
