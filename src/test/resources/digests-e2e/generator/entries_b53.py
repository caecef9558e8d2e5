# Batch b53 (issue 9, session 30; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in shapes the repository has not seen for digests (see the b53 section of
# ../README.md for what was grepped): a TAGGED PDF whose structure tree LIES (one review's tags come last although it is drawn
# third, titles tagged Span, labels tagged P, the folio tagged P); a Word-like TWO-COLUMN digest in Type0 / CIDFontType2 fonts
# (Identity-H) whose /ToUnicode maps every glyph BUT the bullets and the dashes, an entry flowing over a column break AND a page
# break inside its learning list; a table one row per review whose rows SPLIT mid-cell over page breaks under a REPEATED header
# row; a portrait digest drawn sideways on a LANDSCAPE page by the text matrix (0 1 -1 0: no /Rotate); and a digest whose titles
# and labels are FAKE BOLD (each drawn twice, the second copy 0.4 pt to the right, in the regular font). All entries are NEW
# summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and place
# is invented. Uses E, T, CSPR, SCR from entries.py.
B53 = {}
LR = "learning_review"; CPR = "child_practice_review"
_E = {}
# --- A: tagged PDF whose structure tree lies
_E[1] = E("Child HQZ: Child safeguarding practice review",
          "Death of a 2-year-old girl in 2023 who drowned in a garden pond while her mother, aged 26, was asleep after using heroin. Her brother, aged 8, found her. Child HQZ is White British.",
          ["the drug treatment service did not know that two children lived with the mother", "the older brother's caring role was not noticed by his school"],
          ["drug treatment services to record every child living with a person in treatment", "schools to ask about caring responsibilities when a pupil is often late or tired"],
          "Read the practice review (PDF)",
          T("Child HQZ", CSPR, "practice_review", "death", "2023", "2-year-old", "2.00", "1_5", "female", "White British", "neglect|neglect; other", "parental_substance_misuse"))
_E[2] = E("Children JRZ and KRZ: Serious case review",
          "Physical abuse of two brothers, aged 5 and 7, by their mother's partner between 2017 and 2019. The partner, aged 31, had been in prison in 2012 for violence against a former girlfriend. The children are Black Caribbean.",
          ["the partner's prison sentence was not known to the school or the health visitor", "bruises on the younger boy were accepted as the result of rough play"],
          ["police to share a new partner's history of violence with children's services when they attend a family home", "schools to record the explanation given for every visible injury"],
          "Read the overview report (PDF)",
          T("Children JRZ and KRZ", SCR, "overview", "serious_harm", "2017|", "*", "*", "*", "male", "Black Caribbean|Black Caribbean heritage", "physical_abuse|physical_abuse; domestic_abuse", "domestic_abuse|parental_criminality|domestic_abuse; parental_criminality|", n="2"))
_E[3] = E("Child LSZ: Child practice review",
          "Sexual abuse of a 13-year-old boy in Wales in 2024 by a football coach, aged 42, who first contacted him through a gaming app. Child LSZ has ADHD. Child LSZ is White Welsh.",
          ["the football club had no safeguarding lead", "his parents' concerns about messages from the coach were not passed to the police"],
          ["sports clubs for children to name a trained safeguarding lead", "police to take every report of an adult messaging a child in secret as a possible grooming offence"],
          "Read the child practice review (PDF)",
          T("Child LSZ", CPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "male", "White Welsh|White British", "sexual_abuse; online_harm; extra_familial_harm|sexual_abuse; online_harm|sexual_abuse; extra_familial_harm|sexual_abuse|sexual_abuse; child_sexual_exploitation; online_harm|sexual_abuse; child_sexual_exploitation; online_harm; extra_familial_harm", "", "disabled|"),
          good=["the teacher who listened to Child LSZ and made a referral the same day"])
_E[4] = E("Baby MTZ: Learning review",
          "Death of a 7-week-old boy in Scotland in 2025 who was found unresponsive in an adult bed between his parents, aged 19 and 21. Neither parent had been drinking or taking drugs. Baby MTZ is White Scottish.",
          ["safer sleep advice was given once, before the birth", "the parents had no cot because their flat was furnished by a relative"],
          [],
          "Read the learning review (PDF)",
          T("Baby MTZ", LR, "unknown|practice_review", "death", "2025", "7-week-old", "0.13", "under_1", "male", "White Scottish", "sudden_unexpected_infant_death", "co_sleeping"),
          norec="Makes no recommendations as the partnership has already updated its safer sleep pathway.")
# --- B: two columns, Type0 Identity-H fonts whose ToUnicode leaves out the bullets and the dashes
_E[5] = E("Child NUZ: Child safeguarding practice review",
          "Serious harm to a 14-year-old girl in 2024 who was groomed by a man, aged 24, she met on social media and was sexually exploited in hotels in three cities. She was reported missing nine times. Her father, aged 49, had asked children's services for help in 2023. Child NUZ is Bangladeshi.",
          ["each missing episode was treated on its own \u2013 no agency put the nine episodes together", "hotel staff did not question an adult man booking rooms for a teenage girl", "her father's request for help was closed after one phone call", "the police did not use a child abduction warning notice"],
          ["hotels in the area to train staff to spot signs of child sexual exploitation", "review every child reported missing three times in a quarter at a multi-agency meeting"],
          "Read the practice review (PDF)",
          T("Child NUZ", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female", "Bangladeshi|Bangladeshi heritage", "child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse; online_harm; extra_familial_harm|child_sexual_exploitation; sexual_abuse; online_harm|child_sexual_exploitation"))
_E[6] = E("Child PVZ: Serious case review",
          "Death of an 11-month-old girl in 2018 from a fractured skull. Her father, aged 29, was convicted of her manslaughter. Her mother, aged 24, had told a midwife in 2017 that he had hit her. Child PVZ is White British.",
          ["the mother's disclosure was not shared with the GP or the health visitor", "the father was not asked about his own childhood in care"],
          ["midwives to refer every disclosure of domestic abuse to the multi-agency risk assessment conference", "include fathers in assessments of a baby's home"],
          "Read the overview report (PDF)",
          T("Child PVZ", SCR, "overview", "death", "2018", "11-month-old", "0.92", "under_1", "female", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "domestic_abuse|domestic_abuse; parental_criminality"))
_E[7] = E("Children QWZ, RWZ and SWZ: Child safeguarding practice review",
          "Neglect of three siblings, a girl aged 9 and two boys aged 4 and 6, between 2020 and 2024. Their mother, aged 35, had depression and their father, aged 40, misused alcohol. The home was infested with mice and the children often missed school. The children are Irish Travellers.",
          ["professionals got used to the condition of the home and stopped seeing it as neglect", "the children's absence from school was not followed up in person", "the father's drinking was known to his GP but not to children's services"],
          ["use a neglect assessment tool at every review of a child in need plan", "education welfare officers to visit after ten days of unexplained absence"],
          "Read the practice review (PDF)",
          T("Children QWZ, RWZ and SWZ", CSPR, "practice_review", "serious_harm", "2020|", "*", "*", "*", "mixed", "Irish Traveller|Gypsy, Roma and Traveller|White Irish Traveller|Traveller of Irish heritage", "neglect", "parental_mental_health; parental_alcohol_misuse|parental_alcohol_misuse; parental_mental_health", n="3"))
_E[8] = E("Child TXZ: Child safeguarding practice review",
          "Serious harm to a 17-year-old boy in 2025 who was stabbed after being made to sell drugs for a county lines network. He had been excluded from school at 15. He was looked after by the local authority and lived in supported accommodation. Child TXZ is Black British.",
          ["supported accommodation staff did not report that he was often away overnight", "his exclusion was not discussed with his social worker beforehand"],
          ["providers of supported accommodation to report every unexplained night away to the child's social worker", "schools to consult the virtual school head before excluding a looked after child"],
          "Read the practice review (PDF)",
          T("Child TXZ", CSPR, "practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; physical_abuse|child_criminal_exploitation; extra_familial_harm; physical_abuse", "", "looked_after; not_in_school|looked_after|not_in_school; looked_after"))
# --- C: a table one row per review, rows split over page breaks under a repeated header row
_E[9] = E("Child UYZ: Child safeguarding practice review",
          "Death of a 15-year-old boy in 2024 from taking ketamine at a party. He had started using drugs the year before and his mother, aged 44, had asked his school for help. Child UYZ is White British.",
          ["the school's referral to the young people's drug service was never followed up", "his drug use was seen as a choice and not as a risk to his life"],
          ["drug services to contact every young person referred to them within ten days", "schools to check that each referral they make has been taken up"],
          "Read the practice review (PDF)",
          T("Child UYZ", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "male", "White British", "poisoning_ingestion|poisoning_ingestion; other|other|"))
_E[10] = E("Baby VAZ: Child safeguarding practice review",
           "Serious injury to a 4-month-old girl in 2025 who had rib fractures and bruising to her face. Her parents, aged 20 and 23, gave no explanation. A GP had seen a bruise on her cheek when she was 10 weeks old. Baby VAZ is Black African.",
           ["bruising in a baby who was not yet moving was not seen as a sign of abuse", "the GP did not follow the bruising protocol"],
           ["repeat training on the bruising in non-mobile babies protocol for all GPs", "health visitors to check any bruise they are told about"],
           "Read the practice review (PDF)",
           T("Baby VAZ", CSPR, "practice_review", "serious_harm", "2025", "4-month-old", "0.33", "under_1", "female", "Black African|Black African heritage", "physical_abuse"))
_E[11] = E("Child WBZ: Serious case review",
           "Emotional abuse of a 10-year-old girl between 2014 and 2018 by her mother, aged 38, who believed she was possessed and took her to night-time prayer sessions to drive out evil spirits. Child WBZ is Congolese.",
           ["abuse linked to faith or belief was not recognised by any agency", "the child's tiredness at school was put down to her English being poor"],
           ["train staff in all agencies to recognise abuse linked to faith or belief", "speak to a child alone when a parent describes her as possessed or cursed"],
           "Read the overview report (PDF)",
           T("Child WBZ", SCR, "overview", "serious_harm", "2014|", "10-year-old", "10.00", "6_10", "female", "Congolese|Black African|Congolese heritage", "emotional_abuse|emotional_abuse; other|emotional_abuse; physical_abuse|emotional_abuse; physical_abuse; other"))
_E[12] = E("Children XCZ and YCZ: Learning review",
           "Sexual abuse of a girl, aged 6, and her half-brother, aged 12, by their grandfather, aged 67, in 2023. He looked after them after school while their mother worked. The children are White British.",
           ["the grandfather's caution in 1996 for indecent assault was not known to the family", "the boy's sexualised behaviour at school was not linked to abuse at home"],
           ["schools to refer harmful sexual behaviour by a pupil to children's services", "police to tell a parent when a person with a past sexual offence is caring for their children"],
           "Read the learning review (PDF)",
           T("Children XCZ and YCZ", LR, "unknown|practice_review", "serious_harm", "2023", "*", "*", "*", "mixed", "White British", "sexual_abuse", "", "", n="2"))
# --- D: a portrait digest drawn sideways on a landscape page by the text matrix
_E[13] = E("Child ZDZ: Child safeguarding practice review",
           "Death of a 3-year-old boy in 2024 who swallowed his mother's methadone. His mother, aged 30, was on a drug treatment programme that did not know a child lived with her. Child ZDZ is White British.",
           ["the drug treatment service did not ask where the methadone was kept", "the mother was allowed to take home a week's supply"],
           ["drug treatment services to give a locked box to every patient who lives with a child", "record the names and ages of children at every treatment review"],
           "Read the practice review (PDF)",
           T("Child ZDZ", CSPR, "practice_review", "death", "2024", "3-year-old", "3.00", "1_5", "male", "White British", "poisoning_ingestion|poisoning_ingestion; neglect|neglect; poisoning_ingestion", "parental_substance_misuse"))
_E[14] = E("Child AEZ: Child safeguarding practice review",
           "Sexual abuse of a 12-year-old girl in 2025 by a 16-year-old boy she met at a youth club. She had been known to children's services since 2019 because of domestic abuse at home. Child AEZ is Somali.",
           ["the youth club did not record the older boy's interest in younger girls", "she was not asked about her relationships when she was seen for self-harm"],
           ["youth clubs to have a safeguarding policy on relationships between members of different ages", "ask about relationships at every health assessment of a child who self-harms"],
           "Read the practice review (PDF)",
           T("Child AEZ", CSPR, "practice_review", "serious_harm", "2025", "12-year-old", "12.00", "11_15", "female", "Somali|Somali heritage", "sexual_abuse; extra_familial_harm|sexual_abuse|sexual_abuse; extra_familial_harm; self_harm_suicide|sexual_abuse; self_harm_suicide", "domestic_abuse|"))
_E[15] = E("Child BFZ: Child practice review",
           "Neglect of a 6-year-old boy with cerebral palsy in Wales in 2022. His mother, aged 34, was his only carer and did not take him to eleven hospital appointments. Child BFZ is White Welsh.",
           ["missed appointments for a disabled child were not seen as a safeguarding concern", "his mother's own needs as a lone carer were not assessed"],
           ["hospitals to tell the GP and the school nurse when a disabled child is not brought to two appointments", "offer a carer's assessment to every parent caring alone for a disabled child"],
           "Read the child practice review (PDF)",
           T("Child BFZ", CPR, "practice_review", "serious_harm", "2022", "6-year-old", "6.00", "6_10", "male", "White Welsh|White British", "neglect", "", "disabled"),
           good=["the school nurse who asked the GP to look at his weight"])
_E[16] = E("Baby CGZ: Serious case review",
           "Death of a 5-week-old girl in 2016 from starvation. Her mother, aged 16, had hidden the pregnancy from her family and gave birth at home. The family did not register the birth. Baby CGZ is Pakistani.",
           ["no agency knew the baby had been born", "the mother's absence from school in the last months of her pregnancy was not followed up"],
           ["schools to refer a pupil's long absence to the education welfare service within two weeks", "offer every young mother a named midwife when a birth is first made known"],
           "Read the overview report (PDF)",
           T("Baby CGZ", SCR, "overview", "death", "2016", "5-week-old", "0.10", "under_1", "female", "Pakistani|Pakistani heritage", "neglect"))
# --- E: fake bold titles and labels (every bold line drawn twice, the copy 0.4 pt to the right)
_E[17] = E("Child DHZ: Child safeguarding practice review",
           "Death of a 16-year-old girl in 2023 who took her own life after intimate images of her were shared at school. Her mother, aged 47, only found out about the images after her death. Child DHZ is Indian.",
           ["the school dealt with the images as a behaviour matter and did not tell her parents", "her self-harm the month before was not shared with the school"],
           ["schools to follow the national guidance on sharing nudes and semi-nudes in every case", "hospitals to tell a child's school when the child has self-harmed, with the child's consent"],
           "Read the practice review (PDF)",
           T("Child DHZ", CSPR, "practice_review", "death", "2023", "16-year-old", "16.00", "16_17", "female", "Indian|Indian heritage", "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; online_harm; sexual_abuse|self_harm_suicide; online_harm; extra_familial_harm"))
_E[18] = E("Child EJZ: Child safeguarding practice review",
           "Serious harm to a 9-year-old boy in 2024 whose father, aged 39, restrained him and locked him in a bedroom for days at a time. Child EJZ has autism and had been educated at home since 2022. Child EJZ is White British.",
           ["elective home education meant no professional saw the child for two years", "the father's request for respite care was refused without an assessment"],
           ["local authorities to see every electively home-educated child with a disability at least once a year", "assess every request for respite care from the parent of a disabled child"],
           "Read the practice review (PDF)",
           T("Child EJZ", CSPR, "practice_review", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "male", "White British", "physical_abuse; emotional_abuse|physical_abuse|emotional_abuse|physical_abuse; neglect|physical_abuse; emotional_abuse; neglect|emotional_abuse; neglect", "", "disabled; not_in_school|disabled|not_in_school; disabled"))
_E[19] = E("Children FKZ and GKZ: Serious case review",
           "Neglect of twin boys, aged 3, between 2015 and 2017. Their mother, aged 22, had a learning disability and had no support after their father left. The boys had tooth decay and had not been seen by a dentist. The children are White British.",
           ["the mother's learning disability was not assessed before the twins were born", "dental neglect was not seen as a sign of wider neglect"],
           ["adult services to assess the support a parent with a learning disability needs before a baby is born", "dentists to refer children with severe tooth decay to children's services"],
           "Read the overview report (PDF)",
           T("Children FKZ and GKZ", SCR, "overview", "serious_harm", "2015|", "*", "*", "1_5", "male", "White British", "neglect", "parental_learning_disability", n="2"))
_E[20] = E("Child HLZ: Learning review",
           "Serious harm to an 8-month-old boy in 2025 who was scalded when his father, aged 25, left him in a bath with the hot tap running. The father had been drinking. Child HLZ is mixed White and Asian.",
           ["the father's drinking was known to the police after a disturbance in 2024", "the mother's concerns about his drinking were not asked about by the health visitor"],
           ["police to tell health visitors about domestic incidents in a home with a baby", "health visitors to ask each parent about alcohol at every contact"],
           "Read the learning review (PDF)",
           T("Child HLZ", LR, "unknown|practice_review", "serious_harm", "2025", "8-month-old", "0.67", "under_1", "male", "mixed White and Asian|Mixed White and Asian|White and Asian", "neglect|neglect; physical_abuse|physical_abuse", "parental_alcohol_misuse"))

B53["b53-tagged-lying-tree-2025-03.pdf"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Four case reviews were published in March 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B53["b53-cid-twocol-nobullets-2025-06.pdf"] = dict(month="2025-06", heading="Case review summaries \u2013 June 2025",
    intro="Four case reviews were published in June 2025. All the children, families and places described are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B53["b53-table-splitrows-2025-09.pdf"] = dict(month="2025-09", heading="New case reviews: September 2025",
    intro="Four case reviews were published in September 2025. The children, families and places here are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B53["b53-landscape-rotated-tm-2025-12.pdf"] = dict(month="2025-12", heading="Case reviews digest \u2013 December 2025",
    intro="Four case reviews were published in December 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B53["b53-fakebold-overprint-2024-11.pdf"] = dict(month="2024-11", heading="Learning from case reviews \u2013 November 2024",
    intro="Four case reviews were published in November 2024. All the children, families and places in this digest are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
