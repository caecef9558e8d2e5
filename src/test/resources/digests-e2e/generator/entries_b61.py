# Batch b61 (issue 9, session 34; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b61 section of ../../digests-e2e-pending/README.md for what was grepped): a LIBREOFFICE CALC sheet exported to PDF whose
# columns are CUT OVER PAGES (one row per review; page 1 holds columns A-B, page 2 columns C-D, Calc's 'top to bottom, then
# right' page order); a pdflatex BEAMER HANDOUT imposed FOUR SLIDES TO A PAGE with pgfpages (4 on 1, landscape); a WeasyPrint
# LANDSCAPE CARD GRID (3 x 2 cards on a page: an intro card, four review cards, an 'about' card); a ReportLab platypus digest
# whose text layer is full of LIGATURE characters (U+FB01, U+FB02) and SOFT HYPHENS (U+00AD) where words are broken at line
# ends, with each entry's report link given only as a NUMBERED FOOTNOTE at the page foot (the mark after the title); and a
# TAGGED PDF written with PDFBox in Word's tag set whose STRUCTURE TREE ORDER (the reading order) DIFFERS FROM THE DRAWING
# ORDER (every title drawn first, then every summary, then the lists, then the links). All entries are NEW summaries in the
# phrasing of NSPCC case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b'
# accepted alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B61 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: Calc sheet, columns cut over pages
_E[1] = E("Child AKU: Child safeguarding practice review",
          "Death of a 7-week-old girl in 2024 whilst sleeping on a sofa with her father, aged 31, who had been drinking. Child AKU is White British.",
          ["advice on sofa sleeping was given to the mother but not to the father", "the father's drinking was not asked about at the birth visit"],
          ["midwives and health visitors to give safer sleep advice to both parents", "the partnership to include fathers in every safer sleep campaign"],
          "Read the practice review (PDF)",
          T("Child AKU", CSPR, "practice_review", "death", "2024", "7-week-old", "0.13", "under_1", "female", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse; co_sleeping"))
_E[2] = E("Child BLU: Serious case review",
          "Physical abuse of a 3-year-old boy in 2018 by his mother's partner, aged 24. He was taken to hospital with burns to his hands and a broken leg. Child BLU is White British.",
          ["the partner moved into the home without agencies knowing", "the nursery's reports of the boy's injuries were not seen together"],
          ["children's social care to ask about new adults in the household at every visit", "nurseries to keep a chronology of every injury they see"],
          "Read the overview report (PDF)",
          T("Child BLU", SCR, "overview", "serious_harm", "2018", "3-year-old", "3.00", "1_5", "male", "White British", "physical_abuse"))
_E[3] = E("Child CMU: Child practice review",
          "Neglect of a 12-year-old girl in Wales in 2023 who was often absent from school and cared for her younger brothers. Her mother, aged 40, had depression and was rarely out of bed. Child CMU is White Welsh.",
          ["her role as a young carer was not recognised", "the school's attendance worker did not visit the home"],
          ["schools to ask about caring roles when a child is often absent", "adult mental health services to ask who looks after the children"],
          "Read the child practice review (PDF)",
          T("Child CMU", CPR, "practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "female", "White Welsh|White British", "neglect", "parental_mental_health", "not_in_school|"),
          good=["the youth worker who helped her tell her story"])
_E[4] = E("Child DNU: Learning review",
          "Sexual abuse of a 14-year-old boy in Scotland between 2021 and 2023 by his football coach, aged 50. The coach had given him gifts and money. Child DNU is White Scottish.",
          ["the club did not have a safeguarding lead", "earlier concerns from another parent were not passed to the police"],
          [],
          "Read the learning review (PDF)",
          T("Child DNU", LR, "unknown|practice_review", "serious_harm", "2021|", "14-year-old", "14.00", "11_15", "male", "White Scottish", "sexual_abuse|sexual_abuse; extra_familial_harm"),
          norec="Makes no recommendations as the sports body has already changed its safeguarding rules.")
# --- B: beamer handout, four slides a page
_E[5] = E("Child EPU: Child safeguarding practice review",
          "Serious harm to a 5-month-old boy in 2025 who had a skull fracture and bleeding on the brain. His parents, aged 22 and 25, gave no explanation for the injuries. Child EPU is White British.",
          ["the parents' own experience of care was not asked about", "a health visitor's concern about the father's temper was not recorded"],
          ["health visitors to record and share every concern about a parent's temper", "the partnership to offer a course for new fathers on coping with crying"],
          "Read the practice review (PDF)",
          T("Child EPU", CSPR, "practice_review", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"))
_E[6] = E("Child FRU: Serious case review",
          "Death of a 16-year-old girl in 2019 from a drugs overdose. She had been sexually exploited by older men and was living in supported accommodation. Child FRU is mixed White and Black African.",
          ["the supported accommodation had no waking night staff", "the exploitation was seen as her choice"],
          ["commissioners to check the staffing of supported accommodation for under-18s", "professionals to use the language of victims when they record exploitation"],
          "Read the overview report (PDF)",
          T("Child FRU", SCR, "overview", "death", "2019", "16-year-old", "16.00", "16_17", "female", "mixed White and Black African|White and Black African", "child_sexual_exploitation; poisoning_ingestion|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; poisoning_ingestion; extra_familial_harm|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "", "looked_after|"))
_E[7] = E("Child GSU: Child safeguarding practice review",
          "Serious harm to a 10-year-old boy with cerebral palsy in 2024 who had pressure sores and had lost weight. His mother, aged 37, had cancelled his hospital appointments for a year. Child GSU is Bangladeshi.",
          ["appointments cancelled by a parent were not treated as missed", "his school transport staff saw his weight loss but did not know who to tell"],
          ["hospitals to follow up every child with a disability whose appointments are cancelled", "the local authority to train school transport staff in safeguarding"],
          "Read the practice review (PDF)",
          T("Child GSU", CSPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "male", "Bangladeshi", "neglect", "", "disabled"),
          good=["the school nurse who arranged a home visit the day she was told"])
_E[8] = E("Child HTU: Significant case review",
          "Death of a 2-year-old boy in Scotland in 2022 who fell from a third-floor window. His parents, aged 27 and 29, used heroin and the window had no lock. Child HTU is White Scottish.",
          ["home safety checks were not part of the family's plan", "the parents' drug use was treated as an adult matter"],
          ["health visitors to check window safety in flats above the ground floor", "drug services to share information with the named person"],
          "Read the significant case review (PDF)",
          T("Child HTU", SIG, "unknown", "death", "2022", "2-year-old", "2.00", "1_5", "male", "White Scottish", "neglect|neglect; other|other", "parental_substance_misuse"))
# --- C: WeasyPrint landscape card grid, 3 x 2 cards
_E[9] = E("Child JVU: Child safeguarding practice review",
          "Serious harm to a 13-year-old girl in 2024 who was groomed online by a man, aged 32, she met on a gaming site. He persuaded her to send sexual images and then met her. Child JVU is White British.",
          ["her parents did not know how to use the parental controls on her console", "the school's online safety lessons did not cover gaming sites"],
          ["schools to include gaming sites in online safety teaching", "the partnership to give parents advice on parental controls"],
          "Read the practice review (PDF)",
          T("Child JVU", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "White British", "online_harm; sexual_abuse|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm|online_harm; child_sexual_exploitation; extra_familial_harm|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm"))
_E[10] = E("Child KWU: Serious case review",
           "Death of a 4-year-old girl in 2016 from a head injury. Her mother, aged 26, and the mother's partner, aged 30, have been convicted of her murder. There had been domestic abuse in the home for two years. Child KWU is White British.",
           ["reports of domestic abuse were dealt with as separate incidents", "the girl was not seen on her own by any professional"],
           ["police to tell children's social care about every domestic abuse call where a child lives", "professionals to see young children on their own when there are concerns"],
           "Read the executive summary (PDF)",
           T("Child KWU", SCR, "executive_summary", "death", "2016", "4-year-old", "4.00", "1_5", "female", "White British", "non_accidental_head_injury; physical_abuse|physical_abuse|non_accidental_head_injury", "domestic_abuse|domestic_abuse; parental_criminality"))
_E[11] = E("Child LXU: Child practice review",
           "Serious harm to a 15-year-old boy in Wales in 2025 who was stabbed after being drawn into selling drugs. He had been excluded from school and was living with his grandmother. Child LXU is Black British.",
           ["his exclusion left him without education for five months", "the grandmother's calls for help were not answered by children's services"],
           ["schools to find another place for a pupil before an exclusion starts", "children's services to answer calls from kinship carers the same day"],
           "Read the child practice review (PDF)",
           T("Child LXU", CPR, "practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; physical_abuse", "", "not_in_school; connected_carers|not_in_school|connected_carers|not_in_school; connected_carers; looked_after"),
           good=["the police officer who kept in touch with him after the stabbing"])
_E[12] = E("Baby MYU: Child safeguarding practice review",
           "Death of a 1-month-old boy in 2025 who was found with a blanket over his face in an adult bed. His mother, aged 19, had been a looked after child and had a learning disability. Baby MYU is White British.",
           ["the mother's learning disability was not taken into account in the advice she was given", "there was no cot in the flat and this was not checked"],
           ["midwives to give safer sleep advice in a way that parents with a learning disability understand", "the leaving care team to check new parents have a cot before the birth"],
           "Read the practice review (PDF)",
           T("Baby MYU", CSPR, "practice_review", "death", "2025", "1-month-old", "0.08", "under_1", "male", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; co_sleeping", "parental_learning_disability|parental_learning_disability; co_sleeping"))
# --- D: ReportLab, ligatures and soft hyphens, links as numbered footnotes
_E[13] = E("Child NAU: Child safeguarding practice review",
           "Neglect of a 6-year-old boy in 2024 who was found living in a flat with no heating and little food. His father, aged 44, had fled a violent conflict abroad and had no benefits. Child NAU is Afghan.",
           ["the family's difficulties with benefits were not identified as a risk to the child", "interpreters were not offered at the first visits"],
           ["officials to check a family's income when they first meet a child in poverty", "agencies to offer an interpreter at every visit where English is not the family's first language"],
           "Read the practice review (PDF)",
           T("Child NAU", CSPR, "practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", "Afghan", "neglect"))
_E[14] = E("Child PBU: Serious case review",
           "Death of a 9-month-old girl in 2017 from a significant head injury. Her father, aged 23, confirmed he had shaken her in frustration when she would not settle. Child PBU is White British.",
           ["the father had few friends or family to offer support", "information about the father's earlier conflict with the police was not shared"],
           ["the partnership to fund a programme on coping with a crying baby", "police to share relevant information with health visitors when a father is flagged"],
           "Read the overview report (PDF)",
           T("Child PBU", SCR, "overview", "death", "2017", "9-month-old", "0.75", "under_1", "female", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "|social_isolation|parental_criminality|social_isolation; parental_criminality"))
_E[15] = E("Child QCU: Learning review",
           "Serious harm to a 17-year-old girl in Scotland in 2025 who was trafficked to flats in other cities and sexually exploited. She had first gone missing from her foster placement in 2024. Child QCU is Vietnamese.",
           ["each city's police force dealt with her as a missing person only", "the influence of the men who moved her was not identified"],
           [],
           "Read the learning review (PDF)",
           T("Child QCU", LR, "unknown|practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "female", "Vietnamese", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse", "", "looked_after; foster_care|foster_care|looked_after"),
           norec="Makes no recommendations as a national review of trafficked children is already under way.")
_E[16] = E("Child RDU: Child safeguarding practice review",
           "Serious harm to an 8-year-old girl in 2023 who swallowed cleaning fluid that had been decanted into a drinks bottle. Her mother, aged 33, misused alcohol and the home was dirty. Child RDU is Roma.",
           ["the health visitor's home safety advice was not followed up", "the mother's drinking was seen as a first offence rather than a pattern"],
           ["health visitors to repeat home safety checks where a parent misuses alcohol", "the partnership to produce guidance on long-term neglect"],
           "Read the practice review (PDF)",
           T("Child RDU", CSPR, "practice_review", "serious_harm", "2023", "8-year-old", "8.00", "6_10", "female", "Roma", "poisoning_ingestion; neglect|poisoning_ingestion|neglect", "parental_alcohol_misuse"),
           good=["the neighbour who called an ambulance at once"])
# --- E: tagged PDF, structure order differs from drawing order
_E[17] = E("Child SEU: Child safeguarding practice review",
           "Death of a 14-year-old boy in 2024 who took his own life after months of racist bullying at school. Child SEU is Black African.",
           ["the school recorded the bullying as falling out between friends", "his mother's complaints to the school were not escalated"],
           ["schools to record racist incidents as such and report them to the governors", "the partnership to review how schools respond to complaints from parents"],
           "Read the practice review (PDF)",
           T("Child SEU", CSPR, "practice_review", "death", "2024", "14-year-old", "14.00", "11_15", "male", "Black African", "self_harm_suicide|self_harm_suicide; emotional_abuse|self_harm_suicide; extra_familial_harm"))
_E[18] = E("Children TFU and UGU: Serious case review",
           "Emotional abuse and neglect of two sisters, aged 3 and 6, between 2017 and 2019. They were left alone at home for long periods while their mother, aged 28, worked nights. The children are White British.",
           ["the neighbours' calls to the police were not passed to children's social care", "the mother's work pattern was not asked about"],
           ["police to refer every report of young children left alone", "children's social care to ask about childcare when a single parent works nights"],
           "Read the overview report (PDF)",
           T("Children TFU and UGU", SCR, "overview", "serious_harm", "2017|", "*", "*", "1_5|6_10|*", "female", "White British", "emotional_abuse; neglect|neglect", "", "", n="2"))
_E[19] = E("Child VHU: Child practice review",
           "Serious harm to a 2-year-old girl in Wales in 2024 who swallowed her father's cocaine. Her father, aged 35, had been released from prison that year. Child VHU is White Welsh.",
           ["the probation service did not tell children's services that the father had moved in", "the nursery's worries about the girl's drowsiness were not shared"],
           ["probation services to tell children's services when a man with drug offences moves in with a young child", "nurseries to share worries about a child's health with the health visitor"],
           "Read the child practice review (PDF)",
           T("Child VHU", CPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "female", "White Welsh|White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse; parental_criminality|parental_criminality; parental_substance_misuse"),
           good=["the paramedics who saw the drugs and called the police at once"])
_E[20] = E("Child WJU: Learning review",
           "Physical abuse of a 7-year-old boy in Scotland in 2025 by his stepmother, aged 38. He had bruises on his back which a teacher saw during a PE lesson. Child WJU is White Scottish.",
           ["the boy's earlier explanations for bruises were accepted", "the stepmother was not included in the family assessment"],
           [],
           "Read the learning review (PDF)",
           T("Child WJU", LR, "unknown|practice_review", "serious_harm", "2025", "7-year-old", "7.00", "6_10", "male", "White Scottish", "physical_abuse"),
           norec="Makes no recommendations as the learning will be shared at a practitioner event.")

B61["b61-calc-colsplit-2025-05.pdf"] = dict(month="2025-05", heading="Case reviews published in May 2025",
    intro="Four case reviews were published in May 2025. Every child, family and place in this sheet is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B61["b61-beamer-4up-2025-08.pdf"] = dict(month="2025-08", heading="Case review briefing: August 2025",
    intro="Four case reviews were published in August 2025. All the children, families and places in these slides are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B61["b61-weasyprint-cardgrid-2025-11.pdf"] = dict(month="2025-11", heading="New case reviews: November 2025",
    intro="Four case reviews were published in November 2025. The children, families and places on these cards are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B61["b61-reportlab-ligfoot-2026-01.pdf"] = dict(month="2026-01", heading="Case review summaries: January 2026",
    intro="Four case reviews were published in January 2026. Every child, family and place in this digest is fictional and was written for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B61["b61-pdfbox-taggedorder-2026-04.pdf"] = dict(month="2026-04", heading="Learning from case reviews: April 2026",
    intro="Four case reviews were published in April 2026. The children, families and places in this briefing are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
