# Batch b51 (issue 9, session 29; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six PDF digests in shapes the repository has not seen for digests (see the b51 section of
# ../README.md for what was grepped): a 'Microsoft: Print To PDF' page whose glyphs are placed ONE BY ONE (a Tm per glyph, no
# space glyphs); a Word-template digest carrying text the reader must NOT read (white template placeholders, text clipped
# away, invisible text in render mode 3, a last month's entry under a white box); a digest saved with an INCREMENTAL UPDATE
# that replaces page 2's content stream (the first revision's text is still in the file); entries with a KEY-VALUE TABLE beside
# each summary (Age | Sex | Area | Review type | Published), the title only the child's name; an A3 landscape POSTER in four
# columns whose f-ligatures are glyphs named f_i / f_l / f_f / f_f_i in a font with no /ToUnicode; and a digest whose text is
# all VECTOR OUTLINES (no text at all; not scored: the run must reject it or read it as doubtful with a reason). All scored
# entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and place
# is invented. Uses E, T, CSPR, SCR from entries.py.
B51 = {}
LR = "learning_review"; CPR = "child_practice_review"
_E = {}
# --- A: Microsoft Print to PDF, one glyph at a time
_E[1] = E("Child HJW: Child safeguarding practice review",
          "Death of a 4-month-old boy in 2024 from a head injury. His father, aged 22, said the baby had rolled off a changing table. His mother, aged 19, was a care leaver who had moved to the area three weeks before. Child HJW is White British.",
          ["the mother's leaving care team did not tell the health visitor she had moved", "the father was not seen at any of the health visits"],
          ["leaving care teams to transfer a young parent's records when she moves area", "health visitors to ask to meet every father or partner living in the home"],
          "Read the practice review (PDF)",
          T("Child HJW", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"))
_E[2] = E("Children KLW and MNW: Serious case review",
          "Sexual abuse of two sisters, aged 9 and 12, by their stepfather between 2015 and 2018. He was 47 and had a conviction for an offence against a child in 1999. Their mother, aged 38, did not know of the conviction. The children are White British.",
          ["the stepfather's conviction was not checked when he joined the household", "the older girl's self-harm was treated as a mental health matter only"],
          ["check the police national computer when a new adult joins a family known to children's services", "ask about sexual abuse whenever a child under 13 self-harms"],
          "Read the overview report (PDF)",
          T("Children KLW and MNW", SCR, "overview", "serious_harm", "2015|", "*", "*", "*", "female", "White British", "sexual_abuse|sexual_abuse; self_harm_suicide", "|parental_criminality", n="2"))
_E[3] = E("Child PQW: Child safeguarding practice review",
          "Serious harm to a 16-year-old boy in 2025 who was found with stab wounds in a flat used for dealing drugs. He had been reported missing eleven times in six months. Child PQW is mixed White and Black Caribbean and was living in a children's home at the time.",
          ["return home interviews were not shared with the police", "his placement was moved four times in a year"],
          ["share every return home interview with the police missing persons unit", "limit placement moves for children at risk of exploitation"],
          "Read the practice review (PDF)",
          T("Child PQW", CSPR, "practice_review", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "male", "mixed White and Black Caribbean|Mixed White and Black Caribbean|White and Black Caribbean", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse", "", "looked_after; residential_care|looked_after|residential_care"))
_E[4] = E("Baby RSW: Learning review",
          "Death of a 6-week-old girl in 2024 whose cause of death was not established. She was found unresponsive in a car seat where she had slept overnight. Her parents, aged 28 and 31, had no previous contact with children's services. Baby RSW is Pakistani.",
          ["advice on babies sleeping in car seats was not part of the safer sleep materials"],
          [],
          "Read the learning review (PDF)",
          T("Baby RSW", LR, "unknown|practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "female", "Pakistani|Pakistani heritage", "sudden_unexpected_infant_death"),
          norec="Makes no recommendations as the learning has been added to the regional safer sleep campaign.")
# --- B: Word template, text the reader must not read
_E[5] = E("Child TUW: Child safeguarding practice review",
          "Emotional abuse and neglect of a 7-year-old girl between 2020 and 2023. Her mother, aged 33, had an eating disorder and controlled what the child ate. School staff noticed that Child TUW was hungry but thought the family was short of money. Child TUW is White British.",
          ["hunger at school was not seen as a possible sign of neglect", "the mother's eating disorder service did not consider her daughter"],
          ["adult mental health services to ask about children in every assessment", "schools to share concerns about a child's hunger with the school nurse"],
          "Read the practice review (PDF)",
          T("Child TUW", CSPR, "practice_review", "serious_harm", "2020|", "7-year-old", "7.00", "6_10", "female", "White British", "emotional_abuse; neglect", "parental_mental_health"))
_E[6] = E("Child VXW: Child safeguarding practice review",
          "Death of a 14-year-old boy in 2024 who took his own life. He had been bullied online about his sexuality. His father, aged 50, had asked the school for help in the month before his death. There is no evidence that anyone in the family harmed him. Child VXW is White Irish.",
          ["the school did not have a way to respond to bullying that happened outside school", "the GP referral to mental health services was returned as incomplete"],
          ["schools to treat online bullying of pupils as their concern wherever it happens", "mental health services not to return referrals without speaking to the referrer"],
          "Read the practice review (PDF)",
          T("Child VXW", CSPR, "practice_review", "death", "2024", "14-year-old", "14.00", "11_15", "male", "White Irish", "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; online_harm; emotional_abuse"))
_E[7] = E("Children YZW, ABX and CDX: Learning review",
          "Neglect of three brothers, aged 3, 6 and 10, identified in 2023 when the youngest was taken to hospital with burns from a kettle. Their mother, aged 29, misused cocaine and their father was in prison. The children are Black African.",
          ["the family's move between three local authorities broke the chain of information", "the burns were first explained as an accident and not questioned"],
          ["agree a protocol for transferring child in need cases between local authorities", "emergency departments to ask about supervision when a young child has a scald or burn"],
          "Read the learning review (PDF)",
          T("Children YZW, ABX and CDX", LR, "unknown|practice_review", "serious_harm", "2023", "*", "*", "*", "male", "Black African|Black African heritage", "neglect|neglect; physical_abuse", "parental_substance_misuse; parental_criminality|parental_substance_misuse", n="3"))
_E[8] = E("Child EFX: Child practice review",
          "Sexual exploitation of a 15-year-old girl in Wales in 2022 by a group of men aged between 20 and 35. She had been excluded from school and had a learning disability. Child EFX is White Welsh.",
          ["her learning disability was not taken into account when she was interviewed", "the exclusion left her without any daytime supervision"],
          ["use intermediaries for every child with a learning disability who is interviewed by police", "consider exploitation risk before excluding a vulnerable pupil"],
          "Read the child practice review (PDF)",
          T("Child EFX", CPR, "practice_review", "serious_harm", "2022", "15-year-old", "15.00", "11_15", "female", "White Welsh|White British", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse", "", "disabled; not_in_school|not_in_school; disabled"),
          good=["the youth worker who kept in touch with her after the exclusion"])
# --- C: incremental update replacing page 2
_E[9] = E("Child GHX: Child safeguarding practice review",
          "Serious injury to a 10-month-old girl in 2025 who was found to have a fractured skull. Her mother's partner, aged 24, had been in the house for two weeks. Her mother, aged 20, said she had not seen any injury. Child GHX is White British.",
          ["agencies did not know that a new partner had moved in", "the partner's violence towards a previous girlfriend was known only to the police"],
          ["ask about new adults in the household at every contact", "share domestic abuse history with health visitors when a new partner joins a family with a baby"],
          "Read the practice review (PDF)",
          T("Child GHX", CSPR, "practice_review", "serious_harm", "2025", "10-month-old", "0.83", "under_1", "female", "White British", "physical_abuse|physical_abuse; non_accidental_head_injury|non_accidental_head_injury", "domestic_abuse|"))
_E[10] = E("Child IJX: Serious case review",
           "Death of a 17-year-old boy in 2019 from an overdose of prescribed medication. He had autism and had been waiting eighteen months for a mental health assessment. His mother, aged 46, had told his college she was worried about him. Child IJX is White British.",
           ["the waiting list was not reviewed for risk", "the college did not pass the mother's concern to the GP"],
           ["review waiting lists for mental health assessment every three months for risk", "colleges to share a parent's concern about self-harm with the GP"],
           "Read the overview report (PDF)",
           T("Child IJX", SCR, "overview", "death", "2019", "17-year-old", "17.00", "16_17", "male", "White British", "self_harm_suicide|self_harm_suicide; poisoning_ingestion", "", "disabled"))
_E[11] = E("Child KLX: Child safeguarding practice review",
           "Physical abuse of a 5-year-old boy in 2024 by his father, aged 36, who hit him with a belt. Child KLX told a teaching assistant, who reported it the same day. The father had been cautioned for assault in 2012. Child KLX is Romanian.",
           ["the strategy discussion did not include the school", "the father's caution was not found because his name had been spelt differently"],
           ["invite the school to every strategy discussion about a pupil", "search police records under all known spellings of a name"],
           "Read the practice review (PDF)",
           T("Child KLX", CSPR, "practice_review", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "male", "Romanian|Romanian heritage", "physical_abuse", "parental_criminality|"),
           good=["the teaching assistant who reported what Child KLX said on the same day"])
_E[12] = E("Baby MNX: Child safeguarding practice review",
           "Death of a 3-week-old boy in 2025 while sleeping on a sofa with his father, aged 27, who had been drinking. The family lived in one room of a shared house. Baby MNX is Eritrean.",
           ["the family had no space for a cot in their room", "safer sleep advice was given through the father as interpreter"],
           ["use a professional interpreter for all safer sleep advice", "housing services to check there is room for a cot before placing a family with a newborn"],
           "Read the practice review (PDF)",
           T("Baby MNX", CSPR, "practice_review", "death", "2025", "3-week-old", "0.06", "under_1", "male", "Eritrean|Eritrean heritage", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse"))
# --- D: key-value table beside each summary; the title is the child's name only
_E[13] = E("Child OPX",
           "Serious harm to a 13-year-old girl in 2024 who was assaulted by a group of girls from her school and the attack was filmed and shared online. She had been on a child in need plan since 2022. Her mother, aged 41, had reported threats to the school.",
           ["the school treated the threats as a falling-out between friends", "the video stayed online for a week before it was reported"],
           ["schools to record and assess every reported threat of violence", "police to ask platforms to remove videos of assaults on children within a day"],
           "Read the practice review (PDF)",
           T("Child OPX", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "Black British", "physical_abuse; online_harm; extra_familial_harm|physical_abuse; online_harm|physical_abuse; extra_familial_harm|extra_familial_harm; online_harm", "", "child_in_need_plan", area="Caldermoor"))
_E[14] = E("Baby QRX",
           "Death of a 5-month-old boy in 2023 from pneumonia after weeks of poor feeding. His parents, aged 25 and 26, had missed four appointments with the health visitor. The review found no evidence of deliberate harm.",
           ["the missed appointments were not linked together", "the parents' own learning needs were not assessed"],
           ["health visitors to follow up two missed contacts in a row with a home visit", "assess parents' learning needs when they do not follow health advice"],
           "Read the practice review (PDF)",
           T("Baby QRX", CSPR, "practice_review", "death", "2023", "5-month-old", "0.42", "under_1", "male", "Asian British|British Asian", "neglect|", "parental_learning_disability|", area="Fenwick Hythe"))
_E[15] = E("Children STX and UVX",
           "Domestic abuse witnessed by a brother and sister, aged 4 and 11, between 2021 and 2024. Their father, aged 45, was violent towards their mother, aged 39, who had been referred to a refuge in 2022 but returned home. Neither child was physically hurt.",
           ["the children's experience of the abuse was not recorded", "the refuge lost contact with the mother when she returned home"],
           ["record the child's voice in every domestic abuse risk assessment", "refuges to tell children's services when a mother with children leaves"],
           "Read the practice review (PDF)",
           T("Children STX and UVX", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "mixed", "White British", "|emotional_abuse", "domestic_abuse|", n="2", area="Ashwell Marches"))
_E[16] = E("Child WXX",
           "Child sexual abuse of an 8-year-old boy in 2024 by his uncle, aged 34, who looked after him at weekends. The uncle had earlier been investigated for downloading images of children, but no charges followed.",
           ["the investigation into the uncle did not ask whether he had contact with children", "the boy's change in behaviour was put down to his parents' separation"],
           ["police to identify children an adult has contact with whenever they investigate indecent images"],
           "Read the practice review (PDF)",
           T("Child WXX", CSPR, "practice_review", "serious_harm", "2024", "8-year-old", "8.00", "6_10", "male", "White British", "sexual_abuse", "", "", area="Sallowby"))
# --- E: A3 poster, four columns, f-ligature glyphs with no /ToUnicode
_E[17] = E("Child YZX: Child safeguarding practice review",
           "Death of a 15-year-old girl in 2024 who was found in a river after leaving her foster home. She had told staff she felt suicidal the week before. Her birth mother, aged 37, had not seen her for two years. Child YZX is White British.",
           ["the foster carers were not told about her suicidal feelings", "the out-of-hours team did not have her safety plan"],
           ["share every safety plan with foster carers on the day it is written", "give out-of-hours staff access to children's safety plans"],
           "Read the practice review (PDF)",
           T("Child YZX", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "female", "White British", "self_harm_suicide", "", "looked_after; foster_care|foster_care; looked_after|looked_after|foster_care"))
_E[18] = E("Child AAY: Serious case review",
           "Serious injury to a 2-year-old boy in 2016 who was scalded in a bath. His mother, aged 23, had left him with her friend, aged 17. Staff at the emergency department first recorded the scald as accidental. Child AAY is Polish.",
           ["the pattern of the scald was not checked by a specialist", "no one asked who was looking after him when he was scalded"],
           ["refer every scald in a child under three to a consultant paediatrician", "record the name of the carer at the time of any injury"],
           "Read the overview report (PDF)",
           T("Child AAY", SCR, "overview", "serious_harm", "2016", "2-year-old", "2.00", "1_5", "male", "Polish|Polish heritage", "physical_abuse|physical_abuse; neglect|neglect"))
_E[19] = E("Children BBY and CCY: Child safeguarding practice review",
           "Neglect of twin girls, aged 18 months, in 2025, who were found in a flat with no food or heating. Their father, aged 30, had a mental health crisis and had stopped taking his medication. There were no concerns about the girls before 2025. The children are White British.",
           ["the father's crisis team visit did not ask about the children", "a neighbour's call to the council about the flat was logged as a housing complaint"],
           ["crisis teams to ask about children living with every adult they assess", "council call centres to pass calls about children's welfare to children's services"],
           "Read the practice review (PDF)",
           T("Children BBY and CCY", CSPR, "practice_review", "serious_harm", "2025", "*", "*", "1_5", "female", "White British", "neglect", "parental_mental_health", n="2"))
_E[20] = E("Child DDY: Learning review",
           "Radicalisation of a 16-year-old boy in Scotland in 2023 who shared extremist material online and was arrested for planning an attack. He had been referred to the Prevent programme but the referral was closed. His father, aged 52, did not know about his online activity. Child DDY is White Scottish.",
           ["the Prevent referral was closed without speaking to his school", "his isolation after leaving school was not noticed by any agency"],
           ["schools to be consulted before any Prevent referral is closed", "offer a named worker to young people who leave education at 16 without a place"],
           "Read the learning review (PDF)",
           T("Child DDY", LR, "unknown|practice_review", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "male", "White Scottish", "other; online_harm|online_harm; other|online_harm|other|extra_familial_harm; online_harm|extra_familial_harm; online_harm; other", "", "not_in_school|"))
# --- F (not scored): three entries drawn as vector outlines only
UNSCORED = [
    E("Child EEY: Child safeguarding practice review",
      "Serious harm to a 9-year-old girl in 2024 who was bitten by a dog at her grandmother's home. Child EEY is White British.",
      ["the dog's earlier attack on a neighbour was not known to children's services"], ["share dangerous dog reports with children's services"], "Read the practice review (PDF)", None),
    E("Baby FFY: Child safeguarding practice review",
      "Death of a 2-month-old girl in 2025 from a head injury. Her father, aged 21, has been charged. Baby FFY is White British.",
      ["the father's anger problems were known to his probation officer only"], ["probation to tell midwives when a man they supervise is expecting a baby"], "Read the practice review (PDF)", None),
    E("Child GGY: Serious case review",
      "Neglect of a 12-year-old boy between 2016 and 2019 who was caring for his disabled mother. Child GGY is Black Caribbean.",
      ["his role as a young carer was not assessed"], ["assess every young carer's needs within 28 days"], "Read the overview report (PDF)", None),
]

B51["b51-msprint-glyphs-2025-02.pdf"] = dict(month="2025-02", heading="Case reviews published in February 2025",
    intro="Four case reviews were published in February 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B51["b51-template-hidden-text-2025-05.pdf"] = dict(month="2025-05", heading="Case review summaries – May 2025",
    intro="Four case reviews were published in May 2025. All the children, families and places described are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B51["b51-incremental-update-2025-08.pdf"] = dict(month="2025-08", heading="New case reviews: August 2025",
    intro="Four case reviews were published in August 2025. The children, families and places here are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B51["b51-keyvalue-table-2025-10.pdf"] = dict(month="2025-10", heading="Case reviews digest – October 2025",
    intro="Four case reviews were published in October 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B51["b51-a3-poster-ligatures-2026-01.pdf"] = dict(month="2026-01", heading="Learning from case reviews – January 2026",
    intro="Four case reviews were published in January 2026. All the children, families and places on this poster are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
OUTLINES = dict(file="b51-outlines-only-2025-12.pdf", month="2025-12", heading="Case reviews published in December 2025",
    intro="Three case reviews were published in December 2025. Every child, family and place here is invented for testing.", entries=UNSCORED)
