# Batch b43 (issue 9, session 25; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in producers and layouts the repository has not seen for digests: an Apache FOP
# (XSL-FO) timeline whose publication dates stand in a gutter beside each entry (fo:list-block, a drawn line with markers);
# a digest marked up by a colleague (a diagonal 'DRAFT' text watermark drawn over the page, highlight, sticky-note and
# FreeText comment annotations, a 'REVIEWED' stamp); a spreadsheet printed with its gridlines AND its row and column headings
# (A, B, C ... over the columns, 1, 2, 3 ... beside the rows); a browser's reader view printed with the browser's own header
# and footer (about:reader URL, reading time, domain line); an OpenPDF bulletin whose labels are questions ('What did the review
# learn?'). All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and place
# is invented. Uses E, T, CSPR, SCR from entries.py.
B43 = {}
LR = "learning_review"; CPR = "child_practice_review"
NAHI = "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"
QLAB = ("What did the review learn?", "What needs to change?", "What went well?")
_E = {}
# --- A: Apache FOP (XSL-FO), a timeline: publication date in a gutter, a drawn line with a marker per entry
_E[1] = E("Child AG: Child safeguarding practice review",
          "Death of a 4-month-old boy in 2024 from a head injury. His father, who was 24, had told a friend that he could not cope with the baby's crying. The family had no previous involvement with children's social care. Child AG is White British.",
          ["the coping with crying programme was offered to the mother but not the father", "a small bruise seen by the GP when Child AG was 8 weeks old was not referred"],
          ["include fathers in every coping with crying conversation", "refer every bruise on a baby who is not yet mobile"],
          "Read practice review (PDF)",
          T("Child AG", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "male", "White British", NAHI))
_E[2] = E("Children BG, CG and DG: Serious case review",
          "Neglect of three sisters, aged 3, 6 and 9, between 2018 and 2021. Their mother, aged 29, had bipolar disorder and their father was in prison for drug offences. The home was cluttered and unsafe and the girls were often hungry at school. The children are of Bangladeshi heritage.",
          ["the school's concerns about hunger were not shared with the health visitor", "the father's release from prison was not planned with children's services"],
          ["use a neglect screening tool when children are repeatedly hungry at school", "plan with probation for any parent returning home from prison"],
          "Read overview report (PDF)",
          T("Children BG, CG and DG", SCR, "overview", "serious_harm", "2018|", "*", "*", "*", "female", "Bangladeshi|Bangladeshi heritage", "neglect", "parental_mental_health; parental_criminality|parental_mental_health", n="3"),
          good=["a lunchtime supervisor who kept a record of the girls' hunger and told the safeguarding lead"])
_E[3] = E("Kian: Learning review",
          "Serious harm to a 15-year-old boy in 2025 who was stabbed near his college. He may have been carrying cannabis for older boys, but the review found no evidence that he had been criminally exploited. Kian is Black British.",
          ["the college did not know about an earlier robbery in which Kian was the victim", "youth workers were not invited to the multi-agency meeting"],
          ["share reports of young people who are victims of robbery with their school or college"],
          "Read learning review (PDF)",
          T("Kian", LR, "unknown|practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "male", "Black British", "physical_abuse|extra_familial_harm|physical_abuse; extra_familial_harm"))
_E[4] = E("Child EG: Child safeguarding practice review",
          "Sexual abuse of a 7-year-old girl in 2023 by her cousin, who was 16 and stayed with the family during school holidays. Child EG has a hearing impairment and used sign language. Child EG is of Indian heritage.",
          ["no one asked Child EG about her worries in her own language", "harmful sexual behaviour by the cousin had been reported at his school a year earlier"],
          ["make sure a signing interpreter is used when talking with deaf children", "share reports of harmful sexual behaviour with the families a child stays with"],
          "Read practice review (PDF)",
          T("Child EG", CSPR, "practice_review", "serious_harm", "2023", "7-year-old", "7.00", "6_10", "female", "Indian|Indian heritage", "sexual_abuse", "", "disabled"),
          good=["a teaching assistant who learned to sign so that Child EG could talk to her"])
# --- B: PDFBox, a plain digest marked up by a colleague: diagonal text watermark, highlights, sticky notes, FreeText comments
_E[5] = E("Baby FG: Child safeguarding practice review",
          "Death of a 6-week-old baby girl in 2025 who was found unresponsive on a sofa where she had fallen asleep with her father. Her parents were 19 and 21 and had moved into a new flat a week before. Baby FG is White British.",
          ["safer sleep advice was given before the move and not repeated after it", "the father was not at any of the health visitor's contacts"],
          ["repeat safer sleep advice whenever a family moves home", "offer a visit at a time when fathers can be there"],
          "Read practice review (PDF)",
          T("Baby FG", CSPR, "practice_review", "death", "2025", "6-week-old", "0.12", "under_1", "female", "White British", "sudden_unexpected_infant_death", "co_sleeping"))
_E[6] = E("Child HG: Child safeguarding practice review",
          "Physical abuse of a 12-year-old boy with autism in 2024 by his foster carer. Child HG had lived in foster care since he was 8 and could not easily tell adults what was happening to him. Child HG is of mixed White and Black Caribbean heritage.",
          ["Child HG's changes in behaviour were put down to his autism", "his social worker changed four times in two years"],
          ["see children in foster care alone at every visit, with help to communicate where they need it"],
          "Read practice review (PDF)",
          T("Child HG", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean", "physical_abuse", "", "disabled; foster_care|disabled; foster_care; looked_after|disabled; looked_after"))
_E[7] = E("Child JG: Serious case review (executive summary)",
          "Death of a 17-year-old girl in 2019 who took her own life. Two years earlier she had told a teacher that a family friend had sexually abused her; no charges were brought. Child JG is White British.",
          ["Child JG was not offered therapy after the police investigation ended", "her GP did not know about the disclosure"],
          [],
          "Read executive summary (PDF)",
          T("Child JG", SCR, "executive_summary", "death", "2019", "17-year-old", "17.00", "16_17", "female", "White British", "self_harm_suicide|self_harm_suicide; sexual_abuse"),
          norec="Makes no recommendations as the partnership had already changed its guidance on support after a disclosure.")
_E[8] = E("Children KG and LG: Child safeguarding practice review",
          "Emotional abuse of a brother and sister, aged 11 and 14, who lived with domestic abuse between 2021 and 2024. Their mother's partner, aged 38, controlled the family's money and would not let the children see their friends. The children are of Turkish heritage.",
          ["the children were not asked about life at home when police were called", "economic abuse was not recognised as domestic abuse"],
          ["speak to children separately at every domestic abuse call-out", "include economic abuse in domestic abuse training"],
          "Read practice review (PDF)",
          T("Children KG and LG", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "mixed", "Turkish|Turkish heritage", "emotional_abuse", "domestic_abuse", n="2"))
# --- C: a spreadsheet printed with its gridlines and its row and column headings, one row per review
_E[9] = E("Child MG: Child safeguarding practice review",
          "Serious harm to a 3-year-old boy in 2024 who ate cannabis sweets left in reach at his grandmother's house, where he lived under a special guardianship order. His mother, who was 22, was not living with him. Child MG is White British.",
          ["the special guardian's own drug use was not assessed", "the hospital did not tell children's services for two days"],
          ["ask about drug use in every special guardianship assessment"],
          "Read practice review (PDF)",
          T("Child MG", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "male", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "|parental_substance_misuse", "connected_carers"))
_E[10] = E("Child NG: Child practice review",
           "Sexual exploitation of a 14-year-old girl between 2022 and 2024 by men she met online. She went missing from her children's home more than 20 times. Child NG is White Welsh.",
           ["each missing episode was dealt with on its own", "staff at the children's home were not told about the men's names"],
           ["hold a strategy meeting after the third missing episode in any three months", "share the names of suspected abusers with the child's carers"],
           "Read child practice review (PDF)",
           T("Child NG", CPR, "practice_review", "serious_harm", "2022|", "14-year-old", "14.00", "11_15", "female", "White Welsh", "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation", "", "residential_care; looked_after|looked_after|residential_care"))
_E[11] = E("Baby PG: Child safeguarding practice review",
           "Serious harm to a 9-month-old baby boy in 2025 who had fractures to both legs. His mother's partner, aged 26, was later charged. The family was not known to services before. Baby PG is of Pakistani heritage.",
           ["the mother's new partner was not asked about by the health visitor", "an earlier A&E visit for a swollen ankle was not shared with the GP"],
           ["ask about new adults in the household at every health contact", "send every A&E attendance of a baby to the GP and health visitor"],
           "Read practice review (PDF)",
           T("Baby PG", CSPR, "practice_review", "serious_harm", "2025", "9-month-old", "0.75", "under_1", "male", "Pakistani|Pakistani heritage", "physical_abuse"),
           good=["a paediatric registrar who arranged a skeletal survey straight away"])
_E[12] = E("Sienna: Serious case review",
           "Neglect of a 10-year-old girl with type 1 diabetes between 2016 and 2018, whose condition was not managed at home. She was admitted to hospital three times. Her mother misused alcohol. Sienna is White British.",
           ["missed diabetes clinic appointments were not treated as a sign of neglect", "the school nurse was not told about the hospital admissions"],
           ["follow up every child with a long-term condition who is not brought to clinic"],
           "Read overview report (PDF)",
           T("Sienna", SCR, "overview", "serious_harm", "2016|", "10-year-old", "10.00", "6_10", "female", "White British", "neglect", "parental_alcohol_misuse", "|disabled"))
# --- D: a browser's reader view printed with the browser's header and footer
_E[13] = E("Child QG: Child safeguarding practice review",
           "Death of a 16-year-old boy in 2024 who was stabbed by another teenager. He had been excluded from school at 14 and was known to be selling drugs for a man aged 23. Child QG is Black Caribbean.",
           ["the exclusion was not seen as a point of risk", "the police referral about drug dealing was closed without a visit"],
           ["offer an exploitation assessment to every child excluded from school", "visit every child named in a drug dealing referral"],
           "Read practice review (PDF)",
           T("Child QG", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black Caribbean", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse", "", "not_in_school"))
_E[14] = E("Baby RG: Child safeguarding practice review",
           "Serious harm to a 3-week-old baby girl in 2025 who had a skull fracture and bleeding on the brain. Her mother, who was 18, said the baby had rolled off a changing table. Baby RG is of Lithuanian heritage.",
           ["the explanation was accepted although a baby of that age cannot roll", "the family's interpreter was a relative"],
           ["use a professional interpreter whenever an injury to a baby is explained"],
           "Read practice review (PDF)",
           T("Baby RG", CSPR, "practice_review", "serious_harm", "2025", "3-week-old", "0.06", "under_1", "female", "Lithuanian|Lithuanian heritage", NAHI))
_E[15] = E("Children SG and TG: Serious case review",
           "Sexual abuse of two sisters, aged 8 and 12, by their stepfather between 2015 and 2019. The girls' mother had a learning disability and was not told about his previous conviction. The children are White British.",
           ["the stepfather's conviction was known to the police but not to children's services", "information for the mother was not in a form she could understand"],
           ["check the history of any new adult who joins a family with a child protection history", "give parents with learning disabilities easy-read information"],
           "Read overview report (PDF)",
           T("Children SG and TG", SCR, "overview", "serious_harm", "2015|", "*", "*", "*", "female", "White British", "sexual_abuse", "parental_learning_disability", n="2"),
           good=["a community nurse who took time to explain the plan to the mother"])
_E[16] = E("Child UG: Child safeguarding practice review",
           "Serious harm to a 13-year-old girl in 2025 who self-harmed after receiving abusive messages online. She had an education, health and care plan. There was no evidence that she had been sexually exploited. Child UG is of Chinese heritage.",
           ["the school's online safety lessons did not cover group chats", "the child and adolescent mental health service waiting list was not reviewed"],
           ["review waiting lists for any child who has self-harmed"],
           "Read practice review (PDF)",
           T("Child UG", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "Chinese|Chinese heritage", "self_harm_suicide; online_harm|self_harm_suicide|online_harm", "", "ehcp"))
# --- E: OpenPDF bulletin, the labels written as questions
_E[17] = E("Child VG: Child safeguarding practice review",
           "Death of a 1-year-old boy in 2024 who drowned in the bath while his mother was in another room. His mother, aged 23, had been using cocaine. Child VG is White British.",
           ["the mother's cocaine use was known to her GP but not to the health visitor", "bath safety advice was not given"],
           ["give water safety advice at the 9 to 12 month review", "share parental drug use with health visitors"],
           "Read practice review (PDF)",
           T("Child VG", CSPR, "practice_review", "death", "2024", "1-year-old", "1.00", "1_5", "male", "White British", "neglect|other|neglect; other|", "parental_substance_misuse"), lab=QLAB)
_E[18] = E("Child WG: Learning review",
           "Physical and emotional abuse of a 6-year-old girl between 2022 and 2024 by her father, who was later convicted. Her school noticed bruising on three occasions but accepted the father's explanations. Child WG is of Polish heritage.",
           ["bruising was recorded but never added up", "Child WG was not spoken to on her own"],
           ["keep a chronology of every injury seen at school"],
           "Read learning review (PDF)",
           T("Child WG", LR, "unknown|practice_review", "serious_harm", "2022|", "6-year-old", "6.00", "6_10", "female", "Polish|Polish heritage", "physical_abuse; emotional_abuse"),
           good=["a dinner lady who asked Child WG how she was and listened"], lab=QLAB)
_E[19] = E("Child XG: Child safeguarding practice review",
           "Serious harm to a 17-year-old boy in 2025 who had been trafficked from Vietnam and forced to work on a cannabis farm. He had been placed in supported accommodation after he was found by the police. Child XG is Vietnamese.",
           ["he was treated as an offender rather than a victim", "a referral to the National Referral Mechanism was made late"],
           ["refer every child found on a cannabis farm to the National Referral Mechanism", "place trafficked children where they can be protected from the traffickers"],
           "Read practice review (PDF)",
           T("Child XG", CSPR, "practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "male", "Vietnamese", "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm", "", "looked_after|"), lab=QLAB)
_E[20] = E("Children YG and ZG: Child safeguarding practice review",
           "Neglect of twin boys, aged 2, in 2024 who were found alone in a flat by a neighbour. Their mother, aged 31, had been drinking heavily. There was no evidence of physical abuse. The children are White British.",
           ["a neighbour's earlier call to children's services was not followed up", "the mother's drinking was not asked about at the health visitor's review"],
           ["follow up every call from a member of the public about young children left alone"],
           "Read practice review (PDF)",
           T("Children YG and ZG", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "male", "White British", "neglect", "parental_alcohol_misuse", n="2"), lab=QLAB)

B43["b43-fop-timeline-2025-03.pdf"] = dict(month="2025-03", heading="Case reviews timeline: March 2025",
    intro="Four case reviews were published in March 2025; each is shown on the date it was added. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]], dates=["4 March 2025", "11 March 2025", "19 March 2025", "27 March 2025"])
B43["b43-pdfbox-annotated-draft-2025-06.pdf"] = dict(month="2025-06", heading="NSPCC Repository – June 2025",
    intro="In June 2025 four case reviews were published. All of the children, families and places below are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B43["b43-spreadsheet-gridlines-2025-09.pdf"] = dict(month="2025-09", heading="Case reviews September 2025",
    intro="Reviews added in September 2025, one row each. Every child, family and place on this sheet is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B43["b43-reader-view-print-2025-12.pdf"] = dict(month="2025-12", heading="Case reviews published in December 2025",
    intro="Four case reviews were published in December 2025. The children, families and places in these summaries are invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B43["b43-openpdf-questions-2026-02.pdf"] = dict(month="2026-02", heading="Learning from case reviews – February 2026",
    intro="Four case reviews published in February 2026, each answered in three questions. All children, families and places here are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
