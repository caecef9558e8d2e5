# Batch b49 (issue 9, session 28; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts the repository has not seen for digests: a PowerPoint-like slide
# deck whose bullets are Wingdings glyphs that extract as private-use characters not met before (U+F0FC, U+F071) and whose
# slides carry a title placeholder, a summary box and a list box side by side; a tagged PDF whose (wrong) auto-tags make EVERY
# LINE its own H1; a tagged PDF whose labels are ICONS (a Figure before each list, the label words only in /Alt and
# /ActualText, nothing in the text layer); an A5 digest imposed 2-up on a sheet stored portrait with /Rotate 90; a
# Publisher-like newsletter with linked text frames ('Continued on page 2' / 'Continued from page 1') and a large pull quote
# set in the middle of a summary. All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the
# conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child,
# family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B49 = {}
LR = "learning_review"; CPR = "child_practice_review"
_E = {}
# --- A: PowerPoint-like slides, Wingdings bullets (private-use code points), title placeholder, two boxes side by side
_E[1] = E("Child KAR: Child safeguarding practice review",
          "Serious injury to a 7-month-old girl in 2024 who was found to have a broken leg and rib fractures. Her father, aged 26, said she had caught her leg in the cot bars. Her mother, who was 21, had postnatal depression. Child KAR is White British.",
          ["the explanation was accepted without a skeletal survey", "the mother's depression was treated without asking about the baby's care"],
          ["carry out a skeletal survey for every fracture in a baby who is not yet crawling", "midwives and GPs to ask who cares for the baby when a mother is treated for depression"],
          "Read the practice review (PDF)",
          T("Child KAR", CSPR, "practice_review", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "female", "White British", "physical_abuse", "parental_mental_health"))
_E[2] = E("Mason: Serious case review",
          "Death of a 3-year-old boy in 2017 from an overdose of his mother's methadone. Mason lived with his mother, aged 30, and her partner, who was 38. Both adults were on a drug treatment programme. Mason is White British.",
          ["the drug service did not check where the methadone was stored", "nursery staff noticed Mason was often sleepy but did not report it"],
          ["home visits by drug services to check safe storage of medication", "nurseries to record and share concerns about a child's drowsiness"],
          "Read the overview report (PDF)",
          T("Mason", SCR, "overview", "death", "2017", "3-year-old", "3.00", "1_5", "male", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
_E[3] = E("Children LAR and MAR: Learning review",
          "Neglect of a brother and sister, aged 5 and 8, between 2021 and 2024. They lived with their grandmother, aged 67, who had dementia, after their mother went to prison in 2021. There was no evidence of deliberate harm. The children are Black Caribbean.",
          ["the kinship arrangement was never assessed", "the school saw the children's poor hygiene as a family's cultural choice"],
          ["assess every informal kinship arrangement that lasts more than 28 days", "train school staff to recognise neglect without cultural assumptions"],
          "Read the learning review (PDF)",
          T("Children LAR and MAR", LR, "unknown|practice_review", "serious_harm", "2021|", "*", "*", "*", "mixed", "Black Caribbean|Black Caribbean heritage", "neglect", "parental_criminality|", "connected_carers|", n="2"))
_E[4] = E("Child NAR: Child safeguarding practice review",
          "Online sexual abuse of a 13-year-old girl in 2025 by a man she met through a gaming site. He was 31 and lived in another country. She was persuaded to send images of herself. Child NAR is Indian.",
          ["her parents did not know about the gaming site's chat function", "the school's online safety lessons did not cover gaming"],
          [],
          "Read the practice review (PDF)",
          T("Child NAR", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "Indian|Indian heritage", "online_harm; sexual_abuse|online_harm|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation"),
          norec="Makes no recommendations as the partnership has since launched a campaign on gaming safety for parents.")
# --- B: tagged PDF, every line its own H1
_E[5] = E("Baby PAR: Child safeguarding practice review",
          "Death of a 2-month-old boy in 2025 who was found not breathing in an adult bed. He had been sleeping between his parents, aged 23 and 24, after a family party. Baby PAR is Bangladeshi.",
          ["the family had no cot after moving to temporary accommodation", "safer sleep advice was given in English only"],
          ["provide a cot to every family with a baby placed in temporary accommodation", "give safer sleep advice in the family's first language"],
          "Read the practice review (PDF)",
          T("Baby PAR", CSPR, "practice_review", "death", "2025", "2-month-old", "0.17", "under_1", "male", "Bangladeshi|Bangladeshi heritage", "sudden_unexpected_infant_death", "co_sleeping|co_sleeping; parental_alcohol_misuse"))
_E[6] = E("Child QAR: Learning review",
          "Serious harm to a 15-year-old boy in 2023 who was stabbed by another teenager outside a takeaway. He had been going missing from home since he was 13. His mother, aged 44, had asked for help from children's services twice. Child QAR is Black British.",
          ["the mother's requests for help were closed after a single phone call", "the youth club's worries were not shared with the police"],
          ["children's services to visit when a parent asks for help twice in a year", "include youth workers in strategy meetings for children at risk outside the home"],
          "Read the learning review (PDF)",
          T("Child QAR", LR, "unknown|practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "male", "Black British", "extra_familial_harm|extra_familial_harm; physical_abuse|extra_familial_harm; child_criminal_exploitation"),
          good=["a youth worker who kept a record of each missing episode"])
_E[7] = E("Ellie: Child practice review",
          "Emotional abuse and neglect of an 11-year-old girl in 2022 who lived with her father after her parents separated. Her father, who was 39, drank heavily and left her to care for her younger brother. Ellie is White Welsh.",
          ["young carers were not identified by the school", "the father's drinking was known to his GP but not linked to the children"],
          ["schools to ask about caring roles at every annual review", "GPs to record the children of patients who drink heavily"],
          "Read the child practice review (PDF)",
          T("Ellie", CPR, "practice_review", "serious_harm", "2022", "11-year-old", "11.00", "11_15", "female", "White Welsh", "emotional_abuse; neglect", "parental_alcohol_misuse"))
_E[8] = E("Child RAR: Serious case review",
          "Death of a 14-month-old boy in 2016 from a head injury. His mother's boyfriend, aged 20, was later convicted of manslaughter. The mother, who was 17, was a looked after child herself. Child RAR is White and Black African.",
          ["the boyfriend's violence to a previous partner was not known", "the mother's social worker focused on her needs, not the baby's"],
          ["share information about a new partner's history with the social worker of a young parent", "keep the baby's needs in every plan for a parent who is a looked after child"],
          "Read the overview report (PDF)",
          T("Child RAR", SCR, "overview", "death", "2016", "14-month-old", "1.17", "1_5", "male", "White and Black African|Mixed White and Black African|mixed White and Black African|White and Black African heritage", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "domestic_abuse|parental_criminality|domestic_abuse; parental_criminality|"))
# --- C: tagged, icon labels (label words only in /Alt and /ActualText)
_E[9] = E("Child SAR: Child safeguarding practice review",
          "Sexual abuse of a 6-year-old girl between 2020 and 2022 by her step-grandfather, who was 70. She told her mother in 2022. An earlier worry raised by her nursery in 2020 was not followed up. Child SAR is White British.",
          ["the nursery's worry was recorded but not referred", "the family were not asked who looked after the child at weekends"],
          ["refer every worry about sexual abuse of a young child to children's services", "ask about all adults who care for a child in every assessment"],
          "Read the practice review (PDF)",
          T("Child SAR", CSPR, "practice_review", "serious_harm", "2020|", "6-year-old", "6.00", "6_10", "female", "White British", "sexual_abuse"))
_E[10] = E("Tomasz: Learning review",
           "Death of a 17-year-old boy in 2024 who took his own life while on remand in a young offender institution. He had been in care since the age of 12. It is not known whether he had been bullied by other young people. Tomasz is White Polish.",
           ["his care records did not follow him into custody", "staff were not told that he had self-harmed before"],
           ["send the care plan of every looked after child to the custody setting on the day they arrive", "share past self-harm with staff on every transfer"],
           "Read the learning review (PDF)",
           T("Tomasz", LR, "unknown|practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "White Polish|Polish|White Polish heritage|Polish heritage", "self_harm_suicide", "", "looked_after|"))
_E[11] = E("Baby TAR: Child safeguarding practice review",
           "Serious harm to a 10-week-old girl in 2024 who was shaken by her father, aged 29, during a night when she would not stop crying. Her mother, who was 27, was working a night shift. Baby TAR is Pakistani.",
           ["the father had not been given advice about coping with crying", "the father's anger was noted by a midwife but not recorded"],
           ["give advice about coping with a crying baby to every parent, including fathers", "record concerns about a parent's anger in the baby's notes"],
           "Read the practice review (PDF)",
           T("Baby TAR", CSPR, "practice_review", "serious_harm", "2024", "10-week-old", "0.19", "under_1", "female", "Pakistani|Pakistani heritage", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"),
           good=["a neighbour who called an ambulance when she heard the baby"])
_E[12] = E("Children UAR, VAR and WAR: Serious case review",
           "Neglect of three brothers, aged 4, 7 and 10, between 2014 and 2018 in a home where their mother, aged 35, was subject to domestic abuse. Their father, who was 41, controlled the family's money. The children are White British.",
           ["the children's lack of food and clothing was seen as poverty", "domestic abuse was not identified by the school"],
           ["consider coercive control in every assessment of neglect", "train school staff on financial abuse"],
           "Read the overview report (PDF)",
           T("Children UAR, VAR and WAR", SCR, "overview", "serious_harm", "2014|", "*", "*", "*", "male", "White British", "neglect", "domestic_abuse", n="3"))
# --- D: A5 pages imposed 2-up, the sheet stored portrait with /Rotate 90
_E[13] = E("Child XAR: Child safeguarding practice review",
           "Death of a 4-year-old boy in 2024 who fell from a third-floor window. His mother, aged 28, had asked the housing association for window restrictors six months earlier. Child XAR is Somali.",
           ["the repair request was not treated as a risk to a child", "the health visitor did not know about the family's housing"],
           ["housing providers to fit window restrictors within a week when a child lives in the home"],
           "Read the practice review (PDF)",
           T("Child XAR", CSPR, "practice_review", "death", "2024", "4-year-old", "4.00", "1_5", "male", "Somali|Somali heritage", "neglect|other|"))
_E[14] = E("Child YAR: Learning review",
           "Child sexual exploitation of a 15-year-old girl in 2023 by men aged 19 to 25 who gave her alcohol and cannabis. She had moved to a new area with her mother, who was 36, after domestic abuse. Child YAR is White British.",
           ["information from her previous area did not arrive for four months", "the girl was described as making choices"],
           ["transfer child protection information between areas within five days", "avoid language that blames children for their exploitation"],
           "Read the learning review (PDF)",
           T("Child YAR", LR, "unknown|practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "female", "White British", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", "domestic_abuse|"))
_E[15] = E("Rhys: Child practice review",
           "Physical abuse of a 9-year-old boy in 2022 by his father, who was 33. Rhys came to school with a black eye and said he had walked into a door. His younger sister, aged 2, was not harmed. Rhys is White Welsh.",
           ["Rhys's explanation was accepted without speaking to him alone", "an earlier injury the year before was not linked"],
           ["speak to every child alone when an injury is not explained", "keep a chronology of injuries for each child"],
           "Read the child practice review (PDF)",
           T("Rhys", CPR, "practice_review", "serious_harm", "2022", "9-year-old", "9.00", "6_10", "male", "White Welsh", "physical_abuse"))
_E[16] = E("Child ZAR: Child safeguarding practice review",
           "Death of a 1-year-old girl in 2025 after she swallowed a button battery. She was at home with her mother, aged 25. The review found no evidence of neglect. Child ZAR is Romanian.",
           ["parents were not told about the dangers of button batteries", "the child was not taken to hospital for five hours"],
           ["include button battery safety in the one-year health review", "publish advice on symptoms that need urgent care"],
           "Read the practice review (PDF)",
           T("Child ZAR", CSPR, "practice_review", "death", "2025", "1-year-old", "1.00", "1_5", "female", "Romanian|White Romanian|Romanian heritage", "poisoning_ingestion|other|"))
# --- E: Publisher-like newsletter, linked text frames with 'Continued on page 2', a pull quote inside a summary
_E[17] = E("Baby ABR: Child safeguarding practice review",
           "Death of a 3-week-old boy in 2025 from dehydration. His mother, who was 20, had a learning disability and did not know how much milk he needed. Baby ABR's father, aged 22, was in prison during the pregnancy. Baby ABR is White British.",
           ["the mother's learning disability was not assessed before the birth", "feeding advice was given only in writing"],
           ["assess the learning needs of every parent-to-be known to have a learning disability", "give feeding advice in easy read formats and in person"],
           "Read the practice review (PDF)",
           T("Baby ABR", CSPR, "practice_review", "death", "2025", "3-week-old", "0.06", "under_1", "male", "White British", "neglect", "parental_learning_disability|parental_learning_disability; parental_criminality"))
_E[18] = E("Child CBR: Learning review",
           "Radicalisation of a 14-year-old boy in 2024 through extreme right-wing videos and chat groups online. He was referred to Prevent by his school. His older cousin, aged 20, shared the videos with him. Child CBR is White British.",
           ["the school's referral was made quickly and well", "the family were not told what the Prevent referral meant"],
           ["explain every Prevent referral to the child and their family in plain words", "train youth workers on online radicalisation"],
           "Read the learning review (PDF)",
           T("Child CBR", LR, "unknown|practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "male", "White British", "other; online_harm|online_harm; other|online_harm|other|extra_familial_harm; online_harm|extra_familial_harm; online_harm; other"))
_E[19] = E("Child DBR: Child safeguarding practice review",
           "Neglect of a 2-year-old girl in 2023 whose teeth were so decayed that eleven had to be removed. Her parents, aged 30 and 32, missed nine health appointments. There had been no concerns about her weight. Child DBR is White Irish.",
           ["missed appointments were not followed up", "dental neglect was not seen as a safeguarding concern"],
           ["follow up every child who misses two health appointments in a row", "add dental neglect to the neglect assessment tool"],
           "Read the practice review (PDF)",
           T("Child DBR", CSPR, "practice_review", "serious_harm", "2023", "2-year-old", "2.00", "1_5", "female", "White Irish", "neglect"))
_E[20] = E("Harley: Serious case review",
           "Death of a 16-year-old girl in 2018 who was killed by her boyfriend, aged 19. Harley had told a teacher that he checked her phone and stopped her seeing friends. Her mother, aged 42, knew him as a family friend. Harley is White British.",
           ["the teacher did not recognise controlling behaviour in a teenage relationship", "the police did not know about the boyfriend's earlier assaults on a girl"],
           ["include teenage relationship abuse in school safeguarding training", "share records of violence against girlfriends across police forces"],
           "Read the overview report (PDF)",
           T("Harley", SCR, "overview", "death", "2018", "16-year-old", "16.00", "16_17", "female", "White British", "domestic_abuse|physical_abuse|domestic_abuse; physical_abuse|extra_familial_harm|physical_abuse; extra_familial_harm"),
           good=["a friend's mother who told the police what Harley had said"])

B49["b49-pptx-wingdings-slides-2025-04.pdf"] = dict(month="2025-04", heading="Case reviews published in April 2025",
    intro="Four case reviews were published in April 2025. Every child, family and place in this deck is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B49["b49-autotag-allh1-2025-07.pdf"] = dict(month="2025-07", heading="Case review summaries – July 2025",
    intro="Four case reviews were published in July 2025. All the children, families and places described are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B49["b49-icon-alt-labels-2025-10.pdf"] = dict(month="2025-10", heading="New case reviews: October 2025",
    intro="Four case reviews were published in October 2025. The children, families and places here are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B49["b49-a5-2up-rotated-2026-01.pdf"] = dict(month="2026-01", heading="Case reviews digest – January 2026",
    intro="Four case reviews were published in January 2026. Every child, family and place in this digest is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B49["b49-publisher-frames-2026-03.pdf"] = dict(month="2026-03", heading="Learning from case reviews – March 2026",
    intro="Four case reviews were published in March 2026. All the children, families and places in these summaries are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
