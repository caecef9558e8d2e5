# Batch b63 (issue 9, session 35; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b63 section of ../../digests-e2e-pending/README.md for what was grepped): a MAGAZINE SPREAD drawn with pycairo (two portrait
# pages side by side on one landscape sheet, the text running from the left page over the gutter to the right page, each
# report link a 'Read the ...' BUTTON: a filled rounded rectangle with a link annotation over it); a XeLaTeX digest whose report
# links are ENDNOTES (a raised number after each title, the notes in a 'Notes' section at the END of the document, on another
# page); a DOCX printed by LibreOffice Writer where each review is a TABLE whose first column holds its labels TURNED 90
# DEGREES (text direction bottom to top); a Chromium print whose titles are in SYNTHESISED SMALL CAPS (capitals at two sizes)
# and whose entries are set apart only by HORIZONTAL RULES; and an .xlsx printed by LibreOffice Calc with GRIDLINES and a
# HEADER ROW REPEATED on every page, one row per field or item ('Field | Entry'), the entries running over page breaks.
# All entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B63 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: pycairo magazine spread, buttons
_E[1] = E("Child AMO: Child safeguarding practice review",
          "Death of a 4-month-old boy in 2024 who was found unresponsive in an adult bed after his mother, aged 21, had smoked cannabis. Child AMO is White British.",
          ["the mother's cannabis use was not discussed in the safer sleep conversation", "the family's temporary flat had no cot and no one checked"],
          ["health visitors to check where the baby sleeps at every home visit", "housing officers to tell the health visitor when a family with a baby moves"],
          "Read the practice review",
          T("Child AMO", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "male", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect", "co_sleeping; parental_substance_misuse|parental_substance_misuse; co_sleeping"))
_E[2] = E("Child BNO: Serious case review",
          "Neglect of three siblings aged 2, 5 and 8 in 2017. The home was dirty and cold and the children were often hungry. Their mother, aged 33, had a learning disability and their father, aged 36, drank heavily. Child BNO is White British.",
          ["the mother's learning disability was not taken into account when plans were made", "the children's poor school attendance was seen apart from the home conditions", "the father was not invited to core group meetings"],
          ["children's social care to adapt plans for parents with a learning disability", "schools to share attendance concerns with the social worker every month"],
          "Read the full review",
          T("Child BNO", SCR, "overview|unknown", "serious_harm", "2017", "*", "*", "*", "*", "White British", "neglect", "parental_learning_disability; parental_alcohol_misuse|parental_alcohol_misuse; parental_learning_disability", "", n="3"))
_E[3] = E("Child CPO: Child practice review",
          "Sexual abuse of a 15-year-old girl in Wales in 2023 by a man, aged 28, who worked at the takeaway near her school. He gave her alcohol and drove her to his flat. Child CPO is White Welsh.",
          ["staff at the school saw her getting into his car but did not know what to do", "her going missing was treated as staying with friends"],
          ["schools to train staff to report a child seen with an unknown adult", "police to complete a return home interview after every missing episode"],
          "Read the child practice review",
          T("Child CPO", CPR, "practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "female", "White Welsh|White British", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse; extra_familial_harm|sexual_abuse"),
          good=["the school nurse who listened to her and called the police the same day"])
_E[4] = E("Child DQO: Learning review",
          "Serious harm to a 6-week-old girl in Scotland in 2024 who had rib fractures and bruising to her face. Her father, aged 24, has been charged. Child DQO is White Scottish.",
          ["bruising to a baby who was not yet crawling was not seen as a warning sign", "the father's own childhood in care was not known to the midwife"],
          [],
          "Read the learning review",
          T("Child DQO", LR, "unknown|practice_review", "serious_harm", "2024", "6-week-old", "0.12", "under_1", "female", "White Scottish", "physical_abuse"),
          norec="Makes no recommendations as the learning has been built into the partnership's bruising protocol.")
# --- B: XeLaTeX, links as endnotes at the end of the document
_E[5] = E("Child ERO: Child safeguarding practice review",
          "Serious harm to a 17-year-old boy in 2025 who was stabbed in a park. He had been excluded from school and was carrying drugs for a county lines gang. Child ERO is Black British.",
          ["the exclusion was not shared with the youth offending team", "his mother's calls to the police about older men at the door were not linked"],
          ["schools to tell the local authority before excluding a child known to the youth offending team", "police to link calls about the same child from different addresses"],
          "Read the practice review (PDF)",
          T("Child ERO", CSPR, "practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "male", "Black British", "child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; physical_abuse|child_criminal_exploitation", "", "not_in_school|"))
_E[6] = E("Child FSO: Serious case review",
          "Death of a 9-month-old girl in 2018 from dehydration. Her parents, aged 19 and 20, had missed every health appointment since her birth. Child FSO is mixed White and Asian.",
          ["missed appointments were not followed up by the GP practice", "the young parents' own needs were not assessed"],
          ["GP practices to follow up every baby who misses an immunisation", "the partnership to offer young parents a named worker"],
          "Read the overview report (PDF)",
          T("Child FSO", SCR, "overview", "death", "2018", "9-month-old", "0.75", "under_1", "female", "mixed White and Asian|White and Asian", "neglect"))
_E[7] = E("Child GTO: Child safeguarding practice review",
          "Emotional abuse of an 11-year-old boy in 2024 who was kept at home by his father, aged 47, who said he was home educating him. The boy had not seen a doctor or a teacher for two years. Child GTO is White British.",
          ["elective home education was accepted without a visit", "the boy's own views were never asked"],
          ["the local authority to see every child who is electively home educated", "GPs to tell the education service when a child has not been seen for a year"],
          "Read the practice review (PDF)",
          T("Child GTO", CSPR, "practice_review", "serious_harm", "2024", "11-year-old", "11.00", "11_15", "male", "White British", "emotional_abuse|emotional_abuse; neglect", "", "not_in_school|"),
          good=["the neighbour who rang the children's services helpline"])
_E[8] = E("Child HUO: Significant case review",
          "Death of a 14-year-old girl in Scotland in 2021 by suicide. She had told a teacher that her stepfather, aged 39, had sexually abused her. Child HUO is White Scottish.",
          ["her disclosure was passed on but no one told her what would happen next", "the CAMHS referral was refused because she had no diagnosis"],
          ["schools to tell a child what will happen after a disclosure", "CAMHS to see every child referred after a disclosure of sexual abuse"],
          "Read the significant case review (PDF)",
          T("Child HUO", SIG, "unknown", "death", "2021", "14-year-old", "14.00", "11_15", "female", "White Scottish", "self_harm_suicide; sexual_abuse|sexual_abuse; self_harm_suicide|self_harm_suicide"))
# --- C: Writer table, labels turned 90 degrees
_E[9] = E("Child JVO: Child safeguarding practice review",
          "Serious harm to a 3-year-old girl in 2025 who swallowed her mother's methadone. Her mother, aged 30, was in treatment for heroin use. Child JVO is White British.",
          ["the drug service did not check how the methadone was stored at home", "the girl's nursery did not know about the mother's treatment"],
          ["drug services to see where take-home doses are kept when a child lives there", "pharmacies to give a lockable box with every take-home dose"],
          "Read the practice review (PDF)",
          T("Child JVO", CSPR, "practice_review", "serious_harm", "2025", "3-year-old", "3.00", "1_5", "female", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
_E[10] = E("Child KWO: Serious case review",
           "Physical abuse of a 7-year-old boy in 2019 by his foster carer, aged 52. He had bruises on his arms that the foster carer said were from playing football. Child KWO is Black African.",
           ["the boy was not seen alone by his social worker", "a previous complaint about the foster carer was not known to the placing team"],
           ["fostering services to share every complaint about a carer with the placing team", "social workers to see children in foster care on their own"],
           "Read the overview report (PDF)",
           T("Child KWO", SCR, "overview", "serious_harm", "2019", "7-year-old", "7.00", "6_10", "male", "Black African", "physical_abuse", "", "looked_after; foster_care|foster_care; looked_after|foster_care|looked_after"))
_E[11] = E("Child LXO: Child practice review",
           "Neglect of a 5-year-old boy with autism in Wales between 2020 and 2023. He had lost weight and his teeth were badly decayed. His parents, aged 29 and 31, did not take him to the dentist. Child LXO is White Welsh.",
           ["his autism was seen as the reason for his weight loss", "dental neglect was not recognised as neglect"],
           ["health visitors to refer a child with badly decayed teeth for a dental check", "the partnership to include dental neglect in its neglect training"],
           "Read the child practice review (PDF)",
           T("Child LXO", CPR, "practice_review", "serious_harm", "2020|", "5-year-old", "5.00", "1_5|6_10", "male", "White Welsh|White British", "neglect", "", "disabled"),
           good=["the dentist who made a referral to children's services"])
_E[12] = E("Child MYO: Learning review",
           "Serious harm to a 16-year-old boy in Scotland in 2025 who was assaulted after a video of him was shared online. He had been bullied at school for a year. Child MYO is White Scottish.",
           ["the bullying was dealt with as a school matter only", "the police did not ask the platform to take the video down"],
           [],
           "Read the learning review (PDF)",
           T("Child MYO", LR, "unknown|practice_review", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "male", "White Scottish", "physical_abuse; online_harm; extra_familial_harm|online_harm; physical_abuse|physical_abuse; extra_familial_harm|online_harm; physical_abuse; extra_familial_harm|physical_abuse; online_harm"),
           norec="Makes no recommendations as the school and police have already changed how they respond to bullying.")
# --- D: Chromium, small-caps titles, entries set apart by rules
_E[13] = E("Child NZO: Child safeguarding practice review",
           "Death of a 2-year-old girl in 2024 who drowned in a garden pond while her father, aged 34, was asleep. He had been drinking the night before. Child NZO is White British.",
           ["the father's drinking was not known to the health visitor", "advice on water safety was not given to the family"],
           ["health visitors to ask both parents about alcohol", "the partnership to run a water safety campaign for parents of toddlers"],
           "Read the practice review (PDF)",
           T("Child NZO", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "female", "White British", "neglect", "parental_alcohol_misuse"))
_E[14] = E("Child PAO: Serious case review",
           "Sexual abuse of a 10-year-old girl in 2016 by her grandfather, aged 66, who looked after her after school. Her mother had told the police about him in 2009. Child PAO is White British.",
           ["the earlier report about the grandfather was not found when he became her carer", "the girl's changed behaviour at school was put down to her parents' separation"],
           ["police to search for earlier reports when a relative becomes a child's carer", "schools to ask a child about changes in behaviour"],
           "Read the overview report (PDF)",
           T("Child PAO", SCR, "overview", "serious_harm", "2016", "10-year-old", "10.00", "6_10", "female", "White British", "sexual_abuse"))
_E[15] = E("Child QBO: Child safeguarding practice review",
           "Serious harm to a 13-year-old boy in 2025 who was exploited to sell drugs and was found with a knife. He had been in foster care since 2023 and went missing 12 times. Child QBO is mixed White and Black Caribbean.",
           ["his missing episodes were not seen together", "the foster carers were not told about the risk of exploitation"],
           ["the local authority to hold an exploitation meeting after a third missing episode", "fostering services to train carers in spotting exploitation"],
           "Read the practice review (PDF)",
           T("Child QBO", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "male", "mixed White and Black Caribbean|White and Black Caribbean", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "looked_after; foster_care|foster_care; looked_after|foster_care|looked_after"),
           good=["the police officer who kept in touch with him after each missing episode"])
_E[16] = E("Child RCO: Learning review",
           "Neglect of a 4-year-old boy in Scotland in 2023 who was found alone in a flat. His mother, aged 25, had left him for two days. Child RCO is White Scottish.",
           ["the nursery did not follow up his absence for a week", "the mother's request for help with childcare was not answered"],
           [],
           "Read the learning review (PDF)",
           T("Child RCO", LR, "unknown|practice_review", "serious_harm", "2023", "4-year-old", "4.00", "1_5", "male", "White Scottish", "neglect"),
           norec="Makes no recommendations as a multi-agency action plan is already in place.")
# --- E: Calc sheet, gridlines, header row repeated on each page, one row per field or item
_E[17] = E("Child SDO: Child safeguarding practice review",
           "Serious harm to a 12-year-old girl in 2024 who took an overdose of paracetamol. She had been bullied online and her mother, aged 42, had bipolar disorder. Child SDO is Indian.",
           ["the school did not know about her mother's illness", "the GP did not ask about the girl's mood when she came with her mother"],
           ["GPs to ask about the children of a parent with a serious mental illness", "schools to check on children who are bullied online"],
           "Read the practice review (PDF)",
           T("Child SDO", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "female", "Indian", "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; poisoning_ingestion; online_harm|self_harm_suicide; poisoning_ingestion", "parental_mental_health"))
_E[18] = E("Child TEO: Serious case review",
           "Death of a 1-year-old boy in 2017 from a head injury. His mother's partner, aged 27, has been convicted of his murder. There were concerns about domestic abuse in the partner's previous relationship. Child TEO is White British.",
           ["the partner's history was not checked when he moved in", "the mother was not told about the partner's past under the disclosure scheme"],
           ["the police to use the domestic violence disclosure scheme when a new partner moves in with a child", "health visitors to ask who lives in the home at every contact"],
           "Read the overview report (PDF)",
           T("Child TEO", SCR, "overview", "death", "2017", "1-year-old", "1.00", "1_5", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "domestic_abuse|"))
_E[19] = E("Child UFO: Child practice review",
           "Serious harm to a 6-year-old girl in Wales in 2024 who was burnt with an iron by her mother, aged 31. Her mother had been in hospital for her mental health the year before. Child UFO is White Welsh.",
           ["the mother's discharge plan did not mention her daughter", "the school's concerns about marks on the girl's arms were not shared"],
           ["mental health services to plan for the children of every parent leaving hospital", "schools to record and share every unexplained mark"],
           "Read the child practice review (PDF)",
           T("Child UFO", CPR, "practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "female", "White Welsh|White British", "physical_abuse", "parental_mental_health"),
           good=["the teacher who took the girl to the school nurse"])
_E[20] = E("Child VGO: Learning review",
           "Sexual exploitation of a 15-year-old girl in Scotland between 2022 and 2024. She was living in a residential unit and was taken to parties by older men. Child VGO is White Scottish.",
           ["staff did not share the car registrations they saw", "her going missing was seen as normal for the unit"],
           [],
           "Read the learning review (PDF)",
           T("Child VGO", LR, "unknown|practice_review", "serious_harm", "2022|", "15-year-old", "15.00", "11_15", "female", "White Scottish", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse", "", "looked_after; residential_care|residential_care; looked_after|residential_care|looked_after"),
           norec="Makes no recommendations as the care provider has already changed its missing from care procedure.")

B63["b63-cairo-spread-2025-06.pdf"] = dict(month="2025-06", heading="Case reviews this month: June 2025",
    intro="Four case reviews were published in June 2025. Every child, family and place in this issue is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B63["b63-xelatex-endnotes-2025-09.pdf"] = dict(month="2025-09", heading="Case review digest: September 2025",
    intro="Four case reviews were published in September 2025. All of the children, families and places in this digest are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B63["b63-writer-turnedlabels-2025-12.pdf"] = dict(month="2025-12", heading="Learning from case reviews: December 2025",
    intro="Four case reviews were published in December 2025. The children, families and places in these tables are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B63["b63-chromium-smallcaps-2026-02.pdf"] = dict(month="2026-02", heading="Recently published case reviews: February 2026",
    intro="Four case reviews were published in February 2026. Every child, family and place on this page is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B63["b63-calc-repeatrows-2026-05.pdf"] = dict(month="2026-05", heading="Case reviews published in May 2026",
    intro="Four case reviews were published in May 2026. Every child, family and place in this sheet is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
