# Batch b26 (issue 9, session 16; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Eight digests in producers and layouts not in b1-b25: a jsPDF + jspdf-autotable table digest; a
# pptxgenjs slide deck exported to PDF by LibreOffice Impress; Markdown -> pandoc HTML -> Chromium with CSS multi-column
# (column-count: 3); a hand-written RTF converted to PDF by LibreOffice Writer; a LibreOffice PDF re-printed by pdftocairo -pdf;
# pandoc -> groff ms -> PDF; a Chromium digest with redaction boxes (black rectangles, the words removed); an HTML e-mail
# newsletter (nested tables, inline styles, <font>). All entries are NEW summaries in the phrasing of NSPCC case review
# summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not
# scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B26 = {}
_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")

_E = {}
_E[1] = E("Child AT: Child safeguarding practice review",
          "Serious physical abuse of a 10-month-old baby boy in June 2023. Child AT was taken to hospital with a broken arm and bruising to his face. His father had a history of domestic abuse towards a previous partner. Child AT is White British.",
          ["the father's history was known to the police but not shared with the health visitor", "the bruising seen at a clinic two weeks earlier was not referred"],
          ["share police domestic abuse information with health visitors when a baby is born", "refer every bruise on a non-mobile baby for a child protection medical"],
          "Read practice review (PDF)",
          T("Child AT", CSPR, "practice_review", "serious_harm", "2023", "10-month-old", "0.83", "under_1", "male", "White British",
            "physical_abuse", "domestic_abuse"))
_E[2] = E("Child BT: Serious case review",
          "Sexual exploitation of a 14-year-old girl by a group of adult men between 2017 and 2019. Child BT went missing from home many times and was given alcohol and drugs by the men. Her mother had mental health problems. Child BT is White British.",
          ["missing episodes were recorded but the pattern was not recognised", "Child BT was seen as making her own choices", "police and social care did not share intelligence about the men"],
          ["hold a multi-agency meeting after a child's third missing episode in a year"],
          "Read overview report (PDF)",
          T("Child BT", SCR, "overview", "serious_harm", "2017|2019|", "14-year-old", "14.00", "11_15", "female", "White British",
            "child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "parental_mental_health"))
_E[3] = E("Child CT: Child safeguarding practice review",
          "Death of a 4-year-old girl in January 2024 from head injuries inflicted at home. Child CT's mother misused drugs and the family had been known to children's social care for two years. Child CT was subject to a child in need plan. Child CT is of Romanian heritage.",
          ["the child in need plan did not say what would happen if the mother's drug use continued", "the nursery's concerns about bruising were not passed to the social worker"],
          [], "Read practice review (PDF)",
          T("Child CT", CSPR, "practice_review", "death", "2024", "4-year-old", "4.00", "1_5", "female", "Romanian|Romanian heritage",
            "physical_abuse|physical_abuse; non_accidental_head_injury", "parental_substance_misuse", "child_in_need_plan"),
          norec="Makes no recommendations as the partnership had already put an action plan in place.")
_E[4] = E("Baby DT: Child safeguarding practice review",
          "Death of a 6-week-old baby girl in November 2024 while sleeping in an adult bed with both parents. Her father had been drinking alcohol that evening. Baby DT is of Pakistani heritage.",
          ["safer sleep advice was given to the mother only", "the family's temporary accommodation had no space for a cot"],
          ["give safer sleep advice to both parents at every contact", "provide a cot when a family with a baby is placed in temporary accommodation"],
          "Read practice review (PDF)",
          T("Baby DT", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "female", "Pakistani|Pakistani heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"))
_E[5] = E("Child ET: Child safeguarding practice review",
          "Child ET, a 12-year-old boy with autism, was seriously injured in 2024 when he was restrained by staff at his residential special school. Child ET had an education, health and care plan. Ethnicity or nationality not stated.",
          ["restraint was recorded as a behaviour incident and not reviewed", "Child ET's own communication methods were not used to hear his views"],
          ["report every use of restraint on a disabled child to the placing local authority"],
          "Read practice review (PDF)",
          T("Child ET", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "not_stated",
            "physical_abuse|other|physical_abuse; other", "", "disabled; ehcp|disabled; ehcp; residential_care"),
          lab=_THEMES)
_E[6] = E("Children FT and GT: Serious case review",
          "Neglect of two brothers aged 5 and 8, identified in 2018 when the younger boy was admitted to hospital underweight. The home was cluttered and dirty and their mother was a victim of domestic abuse. The children are White British.",
          ["each agency saw a part of the neglect and no one saw the whole picture", "the mother's fear of her partner was not explored"],
          ["use the neglect assessment tool in every child in need assessment", "ask about domestic abuse when neglect is suspected"],
          "Read executive summary (PDF)",
          T("Children FT and GT", SCR, "executive_summary", "serious_harm", "2018", "*", "*", "*", "male", "White British",
            "neglect", "domestic_abuse", n="2"),
          good=["the school nurse who weighed the children and escalated her concern"])
_E[7] = E("Child HT: Child safeguarding practice review",
          "Child HT, a 16-year-old girl, was seriously harmed in 2025 after she was criminally exploited and made to carry drugs between cities. She had been excluded from school and was living in supported accommodation as a looked after child. Child HT is Black African.",
          ["the exploitation was treated as offending rather than abuse", "supported accommodation staff were not told about the risks"],
          ["refer every child found carrying drugs for others to the National Referral Mechanism", "share risk information with supported accommodation providers"],
          "Read practice review (PDF)",
          T("Child HT", CSPR, "practice_review", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "female", "Black African",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "not_in_school; looked_after"))
_E[8] = E("Child JT: Child safeguarding practice review",
          "Death of a 2-year-old boy in 2024 who drowned in the bath while he was left alone. Child JT's mother had depression and his father worked away for long periods. Child JT is White British.",
          ["the mother's depression was treated without thinking about the children in her care", "the father's view of the family's needs was never asked for"],
          ["include questions about children in every adult mental health assessment"],
          "Read practice review (PDF)",
          T("Child JT", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", "White British",
            "neglect|neglect; other|other", "parental_mental_health"))
_E[9] = E("Infants with non-accidental injuries: thematic child safeguarding practice review",
          "Review of four babies under 6 months old who suffered non-accidental injuries between 2022 and 2024. In three of the cases the father was caring for the baby alone when the injury happened. Ethnicity or nationality not stated.",
          ["fathers were rarely seen by midwives or health visitors", "advice on coping with crying was given too late"],
          ["include fathers in every antenatal and new birth contact", "give coping with crying advice before the baby is born"],
          "Read thematic review (PDF)",
          T("", CSPR, "practice_review", "serious_harm", "2022|", "*", "*", "under_1|unknown", "not_stated", "not_stated",
            "physical_abuse|physical_abuse; non_accidental_head_injury", thematic="true", n="4"))
_E[10] = E("Child KT: Serious case review",
           "Emotional abuse and neglect of a 9-year-old girl who was a young carer for her mother, identified in 2019. Child KT often missed school and was not registered with a GP. Child KT is White Irish.",
           ["young carers were not identified by the school", "no agency asked why Child KT was not registered with a GP"],
           ["check GP registration at every school admission"],
           "Read overview report (PDF)",
           T("Child KT", SCR, "overview", "serious_harm", "2019", "9-year-old", "9.00", "6_10", "female", "White Irish",
             "emotional_abuse; neglect", "", "not_in_school|not_in_school; other|"))
_E[11] = E("Child LT: Child safeguarding practice review",
           "Sexual abuse of an 11-year-old boy by an older cousin in 2023. Child LT disclosed the abuse to a school nurse. Child LT is of Bangladeshi heritage.",
           ["the family's wish to deal with the abuse themselves delayed the police investigation", "no support was offered to Child LT while the case was investigated"],
           ["offer therapeutic support to children while criminal cases are investigated", "work with faith and community leaders on reporting abuse"],
           "Read practice review (PDF)",
           T("Child LT", CSPR, "practice_review", "serious_harm", "2023", "11-year-old", "11.00", "11_15", "male", "Bangladeshi|Bangladeshi heritage",
             "sexual_abuse"),
           good=["the school nurse who listened to Child LT and made a referral the same day"])
_E[12] = E("Baby MT: Child safeguarding practice review",
           "Serious injury to a 3-month-old baby girl in 2024 who was shaken by her father. Her parents were both care leavers aged 19 and 20. Baby MT is White British.",
           ["the parents' own experience of care was not seen as a reason to offer them extra support", "the father was not included in the pre-birth assessment"],
           ["offer a parenting programme to every care leaver who is expecting a baby"],
           "Read practice review (PDF)",
           T("Baby MT", CSPR, "practice_review", "serious_harm", "2024", "3-month-old", "0.25", "under_1", "female", "White British",
             "physical_abuse; non_accidental_head_injury|non_accidental_head_injury"))
_E[13] = E("Child NT: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2023 who was stabbed by another young person in a town centre. Child NT had been reported missing several times in the year before his death. Child NT is of mixed White and Black Caribbean heritage.",
           ["return home interviews did not ask about the people he spent time with", "the knife crime prevention team and children's social care worked separately"],
           ["complete a return home interview within 72 hours of every missing episode"],
           "Read practice review (PDF)",
           T("Child NT", CSPR, "practice_review", "death", "2023", "17-year-old", "17.00", "16_17", "male", "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean|Mixed White and Black Caribbean",
             "extra_familial_harm|extra_familial_harm; physical_abuse|physical_abuse"))
_E[14] = E("Child PT: Serious case review",
           "Fabricated or induced illness of a 7-year-old girl between 2015 and 2018. Child PT had many hospital admissions and tests she did not need. Child PT is White British.",
           ["no professional had an overview of all the hospital admissions", "the mother's account of the symptoms was accepted without checking"],
           ["name a lead paediatrician for children seen by several hospitals"],
           "Read overview report (PDF)",
           T("Child PT", SCR, "overview", "serious_harm", "2015|2018|", "7-year-old", "7.00", "6_10", "female", "White British",
             "other|physical_abuse|emotional_abuse|other; physical_abuse"))
_E[15] = E("Child RT: Child safeguarding practice review",
           "Neglect of a 13-year-old girl with type 1 diabetes in 2023 whose insulin was not managed at home, which led to several hospital admissions. Her father had a learning disability. Child RT is White British.",
           ["missed diabetes clinic appointments were not seen as neglect", "information was not adapted to the father's learning needs"],
           ["follow up every child with a long-term condition who is not brought to clinic"],
           "Read practice review (PDF)",
           T("Child RT", CSPR, "practice_review", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female", "White British",
             "neglect", "parental_learning_disability", "|disabled"))
_E[16] = E("Child ST: Child safeguarding practice review",
           "Online sexual abuse of a 12-year-old boy in 2024 by an adult who contacted him through a gaming platform and persuaded him to send images of himself. Child ST is White British.",
           ["parents did not know how to report concerns about online contact", "the school treated the images as a behaviour matter"],
           ["give parents information on gaming platforms and how to report concerns"],
           "Read practice review (PDF)",
           T("Child ST", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "White British",
             "online_harm; sexual_abuse|online_harm|online_harm; sexual_abuse; extra_familial_harm|online_harm; extra_familial_harm|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation"))
# The redacted digest: REDACT marks a word covered by a black box (the word itself is not in the file).
_E[17] = E("Child TT: Child safeguarding practice review",
           "Death of a 15-month-old boy in 2024 after he swallowed tablets prescribed to his mother at their home in \u2588. His mother misused alcohol. Child TT is White British.",
           ["the risk of medicines left within reach was not discussed with the family", "alcohol services did not ask whether there were children at home"],
           ["ask about children in the home at every alcohol service assessment", "give advice on the safe storage of medicines at health visitor contacts"],
           "Read practice review (PDF)",
           T("Child TT", CSPR, "practice_review", "death", "2024", "15-month-old", "1.25", "1_5", "male", "White British",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_alcohol_misuse"))
_E[18] = E("Child VT: Serious case review",
           "Sexual abuse of a 10-year-old girl by her mother's partner, \u2588, between 2016 and 2019. The partner had previous convictions for offences against children. Child VT is White British.",
           ["the partner's convictions were not checked when he moved in", "Child VT's withdrawn behaviour at school was not explored"],
           ["check the history of every new adult who joins a household with a child on a plan"],
           "Read overview report (PDF)",
           T("Child VT", SCR, "overview", "serious_harm", "2016|2019|", "10-year-old", "10.00", "6_10", "female", "White British",
             "sexual_abuse", risk="parental_criminality"))
_E[19] = E("Child WT: Child safeguarding practice review",
           "Child WT, a 14-year-old boy, took his own life in 2024. He had been bullied at school and was waiting for a CAMHS assessment. His parents had separated in \u2588 after domestic abuse. Child WT is of Indian heritage.",
           ["the wait for CAMHS was not managed by any agency", "the impact of domestic abuse on Child WT was not assessed"],
           ["offer support to every child on a CAMHS waiting list", "assess the impact on children of every domestic abuse incident"],
           "Read practice review (PDF)",
           T("Child WT", CSPR, "practice_review", "death", "2024", "14-year-old", "14.00", "11_15", "male", "Indian|Indian heritage",
             "self_harm_suicide", "domestic_abuse"))
_E[20] = E("Child XT: Child safeguarding practice review",
           "Serious harm to a 5-year-old boy in 2024 who was found with burns to both hands. His parents used cannabis every day and he was often late for school. Child XT is White British.",
           ["lateness at school was not linked to what was happening at home", "the explanation for the burns was accepted by the GP"],
           ["refer every unexplained burn on a child to children's social care"],
           "Read practice review (PDF)",
           T("Child XT", CSPR, "practice_review", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "male", "White British",
             "physical_abuse", "parental_substance_misuse"))
_E[21] = E("Child YT: Child safeguarding practice review",
           "Child YT, a 16-year-old girl in foster care, was sexually exploited by older men between 2022 and 2023. She was moved between four placements in a year. Child YT is of Black Caribbean heritage.",
           ["placement moves broke the relationships Child YT trusted", "foster carers were not told about the risk of exploitation"],
           ["share exploitation risk assessments with foster carers before a placement starts", "keep the same social worker for a child at risk of exploitation"],
           "Read practice review (PDF)",
           T("Child YT", CSPR, "practice_review", "serious_harm", "2022|", "16-year-old", "16.00", "16_17", "female", "Black Caribbean|Black Caribbean heritage",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "", "foster_care; looked_after|foster_care"))
_E[22] = E("Baby ZT: Child safeguarding practice review",
           "Death of a 5-month-old baby boy in 2024 from dehydration and malnutrition. His mother had postnatal depression and the family did not attend health appointments. Baby ZT is of Somali heritage.",
           ["missed appointments were not followed up", "an interpreter was not used at the new birth visit"],
           ["use a professional interpreter at every health visitor contact where it is needed"],
           "Read practice review (PDF)",
           T("Baby ZT", CSPR, "practice_review", "death", "2024", "5-month-old", "0.42", "under_1", "male", "Somali|Somali heritage",
             "neglect", "parental_mental_health"),
           lab=_THEMES)

B26["b26-jspdf-autotable-2025-03.pdf"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Summaries of case reviews added to the national case review repository in March 2025. All of the children, families and places below are invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B26["b26-pptxgenjs-impress-2025-09.pdf"] = dict(month="2025-09", heading="NSPCC Learning: case reviews September 2025",
    intro="Three case reviews published this month. All of the children, families and places in these slides are invented for testing.",
    entries=[_E[4], _E[5], _E[6]])
B26["b26-chromium-csscolumns-2026-04.pdf"] = dict(month="2026-04", heading="Case review summaries – April 2026",
    intro="New case reviews in the national case review repository. Every child, family and place in this digest is invented for testing.",
    entries=[_E[7], _E[8], _E[9]])
B26["b26-rtf-writer-2024-12.pdf"] = dict(month="2024-12", heading="Case reviews update: December 2024",
    intro="Summaries of case reviews recently added to the repository. Everything below is invented for testing.",
    entries=[_E[10], _E[11], _E[12]])
B26["b26-pdftocairo-reprint-2025-01.pdf"] = dict(month="2025-01", heading="NSPCC Repository – January 2025",
    intro="In January 2025 two case reviews were published. All of the children, families and places below are invented for testing.",
    entries=[_E[13], _E[14]])
B26["b26-pandoc-ms-2024-06.pdf"] = dict(month="2024-06", heading="Case reviews published in June 2024",
    intro="Two case reviews were added to the repository in June 2024. All of the children, families and places below are invented for testing.",
    entries=[_E[15], _E[16]])
B26["b26-chromium-redacted-2025-07.pdf"] = dict(month="2025-07", heading="Case review digest – July 2025",
    intro="Some details in this digest have been redacted. All of the children, families and places below are invented for testing.",
    entries=[_E[17], _E[18], _E[19]])
B26["b26-email-newsletter-2025-10.html"] = dict(month="2025-10", heading="Case reviews update – October 2025",
    intro="This month's new case reviews from the national repository. The children, families and places in this e-mail are invented for testing.",
    entries=[_E[20], _E[21], _E[22]])
