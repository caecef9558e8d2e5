# Batch b45 (issue 9, session 26; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts the repository has not seen for digests: labels set vertically
# (rotated 90 degrees) in a band beside each list; a newsletter whose reviews JUMP ('Continued on page 2') and go on after
# other reviews; a macOS-Quartz-like print where every glyph is placed by its own matrix and the bullets and tick boxes are
# drawn paths; a LibreOffice PDF/A-2b export with an 'At a glance' box floated beside each summary (text wrapping round it);
# a repository listing print with topic chips (rounded tags) under each title. All 20 entries are NEW summaries in the
# phrasing of NSPCC case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt
# ('a|b' accepted alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B45 = {}
LR = "learning_review"; CPR = "child_practice_review"
NAHI = "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"
_E = {}
# --- A: Chromium, the labels set vertically in a coloured band left of each list
_E[1] = E("Child AP: Child safeguarding practice review",
          "Death of a 7-month-old girl in 2023 from a head injury. Her father, aged 27, had been released from prison two months before and was living with the family without children's services knowing. Child AP is White British.",
          ["probation did not check whether the father would be living with a baby", "the health visitor did not ask who else lived in the home"],
          ["probation to check the household of every prisoner released to an address with young children", "ask about every adult in the home at each health visitor contact"],
          "Read practice review (PDF)",
          T("Child AP", CSPR, "practice_review", "death", "2023", "7-month-old", "0.58", "under_1", "female", "White British", NAHI, "parental_criminality|"))
_E[2] = E("Children BP and CP: Serious case review",
          "Neglect of two brothers, aged 5 and 8, between 2017 and 2020. Their father, who was 44, had a long-standing alcohol problem and cared for the boys alone after their mother left. The boys often arrived at school in dirty clothes and without breakfast. The children are White Irish.",
          ["the school's concerns were recorded but not referred", "the father's drinking was known to his GP but not shared"],
          ["use the neglect toolkit when a child repeatedly comes to school hungry or unkempt", "GPs to share concerns about a parent's drinking when the parent cares for children alone"],
          "Read overview report (PDF)",
          T("Children BP and CP", SCR, "overview", "serious_harm", "2017|", "*", "*", "*", "male", "White Irish", "neglect", "parental_alcohol_misuse", n="2"),
          good=["a breakfast club worker who kept spare uniform for the boys and told the safeguarding lead"])
_E[3] = E("Ellie: Learning review",
          "Serious harm to a 15-year-old girl in 2024 who was groomed by a man of 32 she met through an online game. She went missing from home for three days. There was no evidence that her parents knew about the contact. Ellie is White British.",
          ["the police did not treat the first missing episode as high risk", "the school did not know that Ellie had been missing"],
          ["tell the school about every missing episode of a pupil", "include online gaming in online safety lessons"],
          "Read learning review (PDF)",
          T("Ellie", LR, "unknown|practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "female", "White British", "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation|online_harm|sexual_abuse; online_harm"))
_E[4] = E("Child DP: Child practice review",
          "Physical abuse of a 4-year-old boy in 2024 by his mother's partner, who was 30. Child DP had a cleft palate and his speech was hard to understand, so he could not easily say what was happening. Child DP is White Welsh.",
          ["bruises were explained away as falls without Child DP being seen alone", "the nursery did not know about the partner"],
          ["see young children alone when an injury is explained by a carer", "share changes in who lives in the home with nurseries"],
          "Read child practice review (PDF)",
          T("Child DP", CPR, "practice_review", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "male", "White Welsh", "physical_abuse", "", "disabled|"),
          good=["a speech and language therapist who noticed Child DP's fear of going home"])
# --- B: Chromium newsletter whose reviews jump: 'Continued on page 2'
_E[5] = E("Child EP: Child safeguarding practice review",
          "Death of a 2-year-old girl in 2024 who swallowed her mother's methadone. Her mother, aged 26, was on a substitute prescription and the medicine was not kept in a locked box. Child EP is White British.",
          ["the drug service did not visit the home to check how methadone was stored", "the mother's prescription was not known to the health visitor"],
          ["check safe storage at home for every parent on a substitute prescription", "share substitute prescribing for parents with health visitors"],
          "Read practice review (PDF)",
          T("Child EP", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "female", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
_E[6] = E("Child FP: Child safeguarding practice review",
          "Serious harm to a 13-year-old boy in 2025 who was found with a knife after being drawn into county lines drug dealing. He had been excluded from two schools and was on a part-time timetable. Child FP is of mixed White and Black African heritage.",
          ["the part-time timetable left Child FP unsupervised for most of each day", "the exclusions were not shared with the youth offending service"],
          ["review every part-time timetable after six weeks", "tell the youth offending service about exclusions of children known to them"],
          "Read practice review (PDF)",
          T("Child FP", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "male", "mixed White and Black African|mixed White and Black African heritage|White and Black African", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "not_in_school|"))
_E[7] = E("Baby GP: Serious case review (executive summary)",
          "Death of a 10-week-old baby boy in 2018 while sharing a bed with his parents, who had both been drinking. The review found no evidence of deliberate harm. Baby GP is White British.",
          ["safer sleep advice did not mention alcohol", "the parents' plan to bring the baby into their bed was not discussed"],
          [],
          "Read executive summary (PDF)",
          T("Baby GP", SCR, "executive_summary", "death", "2018", "10-week-old", "0.19", "under_1", "male", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"),
          norec="Makes no recommendations as the partnership's safer sleep campaign was already under way.")
_E[8] = E("Children HP, JP and KP: Child safeguarding practice review",
          "Emotional abuse and neglect of three siblings, two girls and a boy, aged 6, 10 and 12, between 2020 and 2023. Their mother had severe depression and their father, aged 41, was controlling and violent towards her. The children are of Romanian heritage.",
          ["the children's views were not sought in the domestic abuse risk assessment", "the mother's depression was treated apart from the family's situation"],
          ["hear from every child in a family referred to the domestic abuse panel", "adult mental health services to ask about children at every assessment"],
          "Read practice review (PDF)",
          T("Children HP, JP and KP", CSPR, "practice_review", "serious_harm", "2020|", "*", "*", "*", "mixed", "Romanian|Romanian heritage", "emotional_abuse; neglect", "domestic_abuse; parental_mental_health", n="3"),
          good=["an interpreter who was booked for every meeting with the mother"])
# --- C: a macOS Quartz-like print: every glyph placed by its own matrix, bullets and tick boxes drawn as paths
_E[9] = E("Child LP: Child safeguarding practice review",
          "Sexual abuse of a 9-year-old girl between 2021 and 2023 by her grandfather, who was 67. She told a friend's mother, who contacted the police. Child LP is of Pakistani heritage.",
          ["the grandfather's earlier caution was not known to the school", "Child LP's withdrawn behaviour was put down to shyness"],
          ["ask about all the adults who care for a child when a child's behaviour changes", "offer schools training on signs of sexual abuse in the family"],
          "Read practice review (PDF)",
          T("Child LP", CSPR, "practice_review", "serious_harm", "2021|", "9-year-old", "9.00", "6_10", "female", "Pakistani|Pakistani heritage", "sexual_abuse"))
_E[10] = E("Child MP: Child safeguarding practice review",
           "Death of a 14-year-old boy in 2024 who took his own life after months of bullying at school and online. He had been waiting 11 months for an autism assessment. Child MP is White British.",
           ["reports of bullying were dealt with one at a time", "no one took charge of support while Child MP waited for the assessment"],
           ["keep a single record of bullying reports about each pupil", "offer support to children and families while they wait for an autism assessment"],
           "Read practice review (PDF)",
           T("Child MP", CSPR, "practice_review", "death", "2024", "14-year-old", "14.00", "11_15", "male", "White British", "self_harm_suicide|self_harm_suicide; online_harm|self_harm_suicide; online_harm; emotional_abuse", "", "|disabled"),
           good=["a form tutor who called the family every week"])
_E[11] = E("Baby NP: Child safeguarding practice review",
           "Serious harm to a 5-month-old baby girl in 2025 who had rib fractures and bruising to her face. Her parents, aged 20 and 23, gave no explanation. Baby NP is Black African.",
           ["a bruise on the baby's cheek seen by the GP at 3 months was not referred", "the father was not seen by any professional before the injury"],
           ["follow the bruising protocol for every baby who is not yet mobile"],
           "Read practice review (PDF)",
           T("Baby NP", CSPR, "practice_review", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "female", "Black African", "physical_abuse"))
_E[12] = E("Child QP: Learning review",
           "Neglect of a 16-year-old girl in 2024 who was living in a hostel after her relationship with her mother broke down. She was pregnant and had stopped going to college. Child QP is of Somali heritage.",
           ["Child QP was placed in a hostel without an assessment of her needs as a child", "midwives did not know she was living alone"],
           ["assess every 16 or 17-year-old who is homeless as a child in need", "tell midwives when a pregnant young person has no settled home"],
           "Read learning review (PDF)",
           T("Child QP", LR, "unknown|practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female", "Somali|Somali heritage", "neglect", "", "|not_in_school"))
# --- D: LibreOffice PDF/A-2b, an 'At a glance' box floated right of each summary, the summary wrapping round it
_E[13] = E("Child RP: Child safeguarding practice review",
           "Serious harm to an 11-year-old boy in 2025 who was left with burns after his stepfather poured boiling water on him. The family had moved between three local authorities in two years. Child RP is White British.",
           ["records did not follow the family when they moved", "Child RP's absences from school were not questioned"],
           ["transfer child protection records within five days when a family moves area"],
           "Read practice review (PDF)",
           T("Child RP", CSPR, "practice_review", "serious_harm", "2025", "11-year-old", "11.00", "11_15", "male", "White British", "physical_abuse"))
_E[14] = E("Child SP: Child practice review",
           "Sexual exploitation of a 17-year-old girl in 2023 by a group of adults in the town centre. She had been in foster care since the age of 12. Child SP is White Welsh.",
           ["the adults' names were known to the police but not shared with the foster carers", "Child SP was seen as making choices"],
           ["share intelligence about exploiters with the carers of children at risk", "use language that describes exploitation as abuse in all records"],
           "Read child practice review (PDF)",
           T("Child SP", CPR, "practice_review", "serious_harm", "2023", "17-year-old", "17.00", "16_17", "female", "White Welsh", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", "", "foster_care; looked_after|looked_after|foster_care"),
           good=["a foster carer who kept a diary of the cars that collected Child SP"])
_E[15] = E("Children TP and UP: Serious case review",
           "Neglect of twin girls, aged 3, between 2016 and 2019. Their parents both had learning disabilities and the support offered to them ended when the twins turned 2. The children are White British.",
           ["support for the parents ended because of its time limit, not because it was no longer needed", "adult services and children's services did not plan together"],
           ["offer parents with learning disabilities support for as long as their children need it", "hold joint plans between adult and children's services"],
           "Read overview report (PDF)",
           T("Children TP and UP", SCR, "overview", "serious_harm", "2016|", "*", "*", "*", "female", "White British", "neglect", "parental_learning_disability", n="2"))
_E[16] = E("Child VP: Child safeguarding practice review",
           "Death of a 6-year-old boy with cerebral palsy in 2024 from pneumonia after his feeding tube was not cared for. His mother, who was 35, had stopped taking him to hospital appointments. Child VP is of Bangladeshi heritage.",
           ["missed appointments were not seen as neglect of a disabled child", "the community nursing team closed the case after two missed visits"],
           ["treat repeated missed appointments of a disabled child as a safeguarding concern"],
           "Read practice review (PDF)",
           T("Child VP", CSPR, "practice_review", "death", "2024", "6-year-old", "6.00", "6_10", "male", "Bangladeshi|Bangladeshi heritage", "neglect", "", "disabled"),
           good=["a school nurse who raised the alarm when Child VP lost weight"])
# --- E: a repository listing printed: topic chips (rounded tags) under each title
_E[17] = E("Child WP: Child safeguarding practice review",
           "Serious harm to a 2-year-old boy in 2025 who was found to have a fractured skull. His mother's boyfriend, aged 22, was later convicted. The mother had herself been in care as a teenager. Child WP is White British.",
           ["the boyfriend was not assessed although he often looked after Child WP", "the mother's own history of care was not considered"],
           ["assess every adult who regularly looks after a young child on a child in need plan", "offer care leavers who become parents extra support"],
           "Read practice review (PDF)",
           T("Child WP", CSPR, "practice_review", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "male", "White British", "physical_abuse|non_accidental_head_injury|physical_abuse; non_accidental_head_injury"))
_E[18] = E("Child XP: Learning review",
           "Criminal exploitation of a 15-year-old boy between 2023 and 2025 who was found in a house used for drug dealing 40 miles from home. He may have gone missing because of debts, but the review could not confirm this. Child XP is Black British.",
           ["each missing episode was treated as a new event", "Child XP was arrested but not referred as a possible victim of exploitation"],
           ["refer children found in drug dealing premises to the National Referral Mechanism", "hold a strategy meeting after the third missing episode"],
           "Read learning review (PDF)",
           T("Child XP", LR, "unknown|practice_review", "serious_harm", "2023|", "15-year-old", "15.00", "11_15", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation"))
_E[19] = E("Baby YP: Child safeguarding practice review",
           "Death of a 3-day-old baby boy in 2024 who was found unresponsive in a car seat after a long journey. His mother, aged 17, had left the maternity ward early against advice. Baby YP is White British.",
           ["the early discharge was not passed on to the community midwife", "the mother's age was not seen as a reason for extra support"],
           ["tell the community midwife the same day when a mother leaves hospital against advice"],
           "Read practice review (PDF)",
           T("Baby YP", CSPR, "practice_review", "death", "2024", "3-day-old", "0.01", "under_1", "male", "White British", "sudden_unexpected_infant_death|neglect|other|"))
_E[20] = E("Rhys and Caitlin: Child practice review",
           "Physical and emotional abuse of a brother and sister, aged 9 and 13, between 2019 and 2022 by their father, a former soldier with post-traumatic stress disorder. Their mother, who was 38, said she was too frightened to leave. The children are White Welsh.",
           ["the father's mental health was treated without asking about his children", "the mother was not offered a domestic abuse advocate"],
           ["ask about children at every adult mental health assessment", "offer an advocate to every parent who discloses domestic abuse"],
           "Read child practice review (PDF)",
           T("Rhys and Caitlin", CPR, "practice_review", "serious_harm", "2019|", "*", "*", "*", "mixed", "White Welsh", "physical_abuse; emotional_abuse", "domestic_abuse; parental_mental_health|domestic_abuse|parental_mental_health", n="2"),
           good=["a school counsellor who helped Caitlin tell someone"])

B45["b45-chromium-vertical-labels-2025-02.pdf"] = dict(month="2025-02", heading="Case reviews: February 2025",
    intro="Four case reviews were published in February 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B45["b45-chromium-jumps-2025-05.pdf"] = dict(month="2025-05", heading="Learning from case reviews: May 2025",
    intro="This month four case reviews were published. All of the children, families and places below are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B45["b45-quartz-glyphs-2025-08.pdf"] = dict(month="2025-08", heading="NSPCC Repository – August 2025",
    intro="In August 2025 four case reviews were published. All the children, families and places in these summaries are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B45["b45-writer-pdfa-glance-2025-11.pdf"] = dict(month="2025-11", heading="Case review summaries – November 2025",
    intro="Four case reviews were published in November 2025. The children, families and places here are invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]], pages=["38", "52", "71", "44"], pub=["4 November 2025", "11 November 2025", "18 November 2025", "25 November 2025"])
B45["b45-chromium-chips-2026-01.pdf"] = dict(month="2026-01", heading="New in the repository: January 2026",
    intro="Four case reviews were added to the repository in January 2026. Every child, family and place here is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]],
    chips=[["Physical abuse", "Head injuries", "Under 5s", "Care leavers"], ["Criminal exploitation", "County lines", "Missing children", "11 to 15"],
           ["Sudden unexpected death in infancy", "Young parents", "Babies"], ["Domestic abuse", "Parental mental health", "Wales", "Siblings"]])
