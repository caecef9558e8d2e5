# Batch b67 (issue 9, session 37; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b67 section of ../../digests-e2e-pending/README.md for what was grepped): a ReportLab page of TWO ENTRIES SIDE BY SIDE (a
# 2x1 grid, a vertical rule between) whose lines are written ROW BY ROW across both halves; a ReportLab POSTER /
# INFOGRAPHIC (each entry a band of boxes joined by arrows, the labels only ICONS whose words are in /ActualText); a
# Chromium print EDITED AFTERWARDS as online PDF editors do (WHITE RECTANGLES over words of the draft, the new words drawn
# over them; one item whited out whole); a Chromium print whose Type 0 (Identity-H) fonts had their /ToUnicode maps
# STRIPPED (the embedded subsets keep their own cmap and glyph names); and a PDFBox digest with OPTIONAL CONTENT LAYERS
# 'Screen' (shown) and 'Print' (hidden on screen) holding two versions of every title and label at one place. All entries
# are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B67 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: ReportLab, two entries side by side per page, lines written row by row across both halves
_E[1] = E("Child AQJ: Child safeguarding practice review",
          "Death of a 5-month-old boy in 2024 who was found unresponsive in a cot full of pillows and blankets. His mother, aged 19, had been told about safer sleep by the midwife. Child AQJ is White British.",
          ["safer sleep advice was not repeated when the family moved to a new flat", "the mother's own experience of care was not considered"],
          ["health visitors to check the sleeping place at every home visit", "the partnership to give safer sleep advice to young parents leaving care"],
          "Read the practice review (PDF)",
          T("Child AQJ", CSPR, "practice_review", "death", "2024", "5-month-old", "0.42", "under_1", "male", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect|neglect|", "|co_sleeping"))
_E[2] = E("Child BQJ: Serious case review",
          "Physical abuse of a 3-year-old girl in 2019 who had bruises to her face and back and a broken arm. Her mother's partner, aged 32, was convicted of cruelty. Child BQJ is White and Black African.",
          ["the nursery's concerns about bruising were not passed to children's social care", "the partner's history of violence was not checked"],
          ["nurseries to refer every unexplained bruise on a child", "children's social care to check the history of a new partner in the home"],
          "Read the overview report (PDF)",
          T("Child BQJ", SCR, "overview", "serious_harm", "2019", "3-year-old", "3.00", "1_5", "female", "White and Black African|mixed White and Black African", "physical_abuse", "parental_criminality|"))
_E[3] = E("Child CQJ: Child practice review",
          "Neglect of a 6-year-old boy in Wales between 2020 and 2023 who was often not brought to school and had rotten teeth. His father, aged 45, misused alcohol and was the boy's only carer. Child CQJ is White Welsh.",
          ["his school attendance was below 60% for three years before anyone visited the home", "the dental problems were not seen as a sign of neglect"],
          ["schools to refer a child whose attendance stays low to children's social care", "dentists to consider neglect when a child's teeth are left untreated"],
          "Read the child practice review (PDF)",
          T("Child CQJ", CPR, "practice_review", "serious_harm", "2020|", "6-year-old", "6.00", "6_10", "male", "White Welsh|White British", "neglect", "parental_alcohol_misuse"),
          good=["the school nurse who took the boy to an emergency dentist"])
_E[4] = E("Child DQJ: Learning review",
          "Sexual exploitation of a 15-year-old girl in Scotland in 2023 by men she met through a dating app. She had been reported missing from her residential unit eight times. Child DQJ is White Scottish.",
          ["staff at the residential unit did not know how to report an online contact", "her missing episodes were treated one at a time"],
          [],
          "Read the learning review (PDF)",
          T("Child DQJ", LR, "unknown|practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "female", "White Scottish", "child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation", "", "looked_after|"),
          norec="Makes no recommendations as the care provider has already changed its missing from care procedure.")
# --- B: ReportLab poster / infographic, labels only as icons with /ActualText
_E[5] = E("Child EQJ: Child safeguarding practice review",
          "Death of a 13-month-old girl in 2025 who drank liquid from a vape left on the floor. Her father, aged 24, was asleep at the time. Child EQJ is White British.",
          ["the dangers of nicotine liquid to young children were not known to the parents", "the health visitor had not seen the home since the girl was four months old"],
          ["the partnership to include vapes in its home safety advice", "health visitors to see the home again when a baby starts to crawl"],
          "Read the practice review",
          T("Child EQJ", CSPR, "practice_review", "death", "2025", "13-month-old", "1.08", "1_5", "female", "White British", "poisoning_ingestion|poisoning_ingestion; neglect|neglect"))
_E[6] = E("Child FQJ: Serious case review",
          "Emotional abuse of an 11-year-old boy in 2018 whose mother, aged 37, told professionals he had a serious illness he did not have. He had more than 40 hospital appointments in two years. Child FQJ is White British.",
          ["doctors in different hospitals did not share their doubts about the illness", "the boy was never asked what he thought about his health"],
          ["the partnership to publish guidance on fabricated or induced illness", "hospitals to hold one record of a child seen in more than one trust"],
          "Read the overview report",
          T("Child FQJ", SCR, "overview", "serious_harm", "2018", "11-year-old", "11.00", "11_15", "male", "White British", "other|emotional_abuse; other|emotional_abuse|other; emotional_abuse"))
_E[7] = E("Child GQJ: Child practice review",
          "Serious harm to a 17-year-old boy in Wales in 2024 who was stabbed outside a takeaway. He had been excluded from school and was carrying drugs for a gang. Child GQJ is Black British.",
          ["his exclusion from school left him without a safe adult during the day", "the youth justice team and the school did not meet"],
          ["schools to tell the youth justice team before excluding a child they work with", "the partnership to map the places where children are exploited"],
          "Read the child practice review",
          T("Child GQJ", CPR, "practice_review", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "male", "Black British", "child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; physical_abuse|child_criminal_exploitation", "", "not_in_school|"),
          good=["the youth worker who stayed in touch with him after the stabbing"])
_E[8] = E("Child HQJ: Significant case review",
          "Death of a 4-year-old boy in Scotland in 2021 who was killed by his father, aged 34, after his parents separated. The mother had told the police that the father had threatened to harm the children. Child HQJ is White Scottish.",
          ["the threat to harm the children was not shared with the school", "contact with the father went on without a risk assessment"],
          ["police to share threats to children with children's services on the same day", "courts to ask for a risk assessment before contact where there is domestic abuse"],
          "Read the significant case review",
          T("Child HQJ", SIG, "unknown", "death", "2021", "4-year-old", "4.00", "1_5", "male", "White Scottish", "physical_abuse", "domestic_abuse|"))
# --- C: Chromium print edited afterwards (white rectangles over draft words, the new words drawn over them)
_E[9] = E("Child JQJ: Child safeguarding practice review",
          "Death of a 9-week-old boy in 2024 from a head injury caused by shaking. His father, aged 27, had told a friend he could not cope with the crying. Child JQJ is White British.",
          ["the father was not given the ICON programme advice", "the baby's crying was discussed with the mother only"],
          ["maternity services to give coping with crying advice to both parents", "GPs to ask about crying at the baby's eight-week check"],
          "Read the practice review (PDF)",
          T("Child JQJ", CSPR, "practice_review", "death", "2024", "9-week-old", "0.17", "under_1", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"))
_E[10] = E("Child KQJ: Serious case review",
           "Neglect of three siblings aged 2, 4 and 7 in 2017 who were left alone in a house with no food while their mother, aged 26, was away for three days. The mother misused cannabis. The children are White British.",
           ["a neighbour's call about the children being alone was closed without a visit", "the mother's drug use was not assessed by her GP"],
           ["children's social care to visit every report of young children left alone", "GPs to share a parent's drug use with the health visitor"],
           "Read the overview report (PDF)",
           T("Child KQJ", SCR, "overview|unknown", "serious_harm", "2017", "*", "*", "*", "*", "White British", "neglect", "parental_substance_misuse", "", n="3"))
_E[11] = E("Child LQJ: Child practice review",
           "Sexual abuse of a 14-year-old girl in Wales between 2021 and 2023 by her stepfather, aged 48. She told a teacher after a lesson about healthy relationships. Child LQJ is White Welsh.",
           ["the girl's self-harm was not linked to abuse at home", "her mother's earlier concerns about the stepfather were not recorded"],
           ["schools to keep teaching healthy relationships in every year group", "health services to ask about home when a child self-harms"],
           "Read the child practice review (PDF)",
           T("Child LQJ", CPR, "practice_review", "serious_harm", "2021|", "14-year-old", "14.00", "11_15", "female", "White Welsh|White British", "sexual_abuse|sexual_abuse; self_harm_suicide"),
           good=["the teacher who listened and made the referral the same day"])
_E[12] = E("Child MQJ: Learning review",
           "Death of a 16-year-old girl in Scotland in 2024 who took her own life after images of her were shared at school. She had asked for help from the school counsellor a week before. Child MQJ is White Scottish.",
           ["the sharing of the images was treated as a matter for the school only", "her request for help was put on a waiting list"],
           [],
           "Read the learning review (PDF)",
           T("Child MQJ", LR, "unknown|practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "female", "White Scottish", "self_harm_suicide; online_harm|self_harm_suicide"),
           norec="Makes no recommendations as the local authority has already changed its guidance on shared images.")
# --- D: Chromium print whose Type 0 fonts lost their /ToUnicode maps
_E[13] = E("Child NQJ: Child safeguarding practice review",
           "Serious harm to a 7-month-old girl in 2025 who had a fractured skull and bleeding on the brain. Her parents, aged 22 and 25, said she had rolled off the sofa. Child NQJ is British Bangladeshi.",
           ["the explanation was accepted before a skeletal survey was done", "an interpreter was not used when the mother was spoken to"],
           ["hospitals to follow the bruising and injury protocol for every baby who is not mobile", "all agencies to use a professional interpreter for important conversations"],
           "Read the practice review (PDF)",
           T("Child NQJ", CSPR, "practice_review", "serious_harm", "2025", "7-month-old", "0.58", "under_1", "female", "British Bangladeshi|Bangladeshi", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"))
_E[14] = E("Child PQJ: Serious case review",
           "Death of a 10-year-old boy with cerebral palsy in 2016 from pneumonia. His feeding tube had not been cleaned and he had lost weight for a year. His mother, aged 40, had depression. Child PQJ is White British.",
           ["the boy's weight loss was not shared between the school and the hospital", "his own wishes were not known because no one used his communication book"],
           ["health services to name one lead professional for a disabled child with complex needs", "schools to record a disabled child's weight every term"],
           "Read the overview report (PDF)",
           T("Child PQJ", SCR, "overview", "death", "2016", "10-year-old", "10.00", "6_10", "male", "White British", "neglect", "parental_mental_health", "disabled"))
_E[15] = E("Child RQJ: Child practice review",
           "Physical abuse of a 5-year-old boy in Wales in 2025 who was beaten with a belt by his grandfather, aged 63, who cared for him. He told his teacher that he was scared to go home. Child RQJ is White Welsh.",
           ["the grandfather's care of the boy was never assessed", "marks seen at school the month before were not recorded"],
           ["children's social care to assess family members who become a child's main carer", "schools to record every mark seen on a child"],
           "Read the child practice review (PDF)",
           T("Child RQJ", CPR, "practice_review", "serious_harm", "2025", "5-year-old", "5.00", "1_5", "male", "White Welsh|White British", "physical_abuse", "", "connected_carers|"),
           good=["the teacher who asked the boy about the marks on his arm"])
_E[16] = E("Child SQJ: Learning review",
           "Neglect of a 12-year-old girl in Scotland in 2022 who was caring for her mother, aged 44, who had multiple sclerosis. She had stopped going to school. Child SQJ is White Scottish.",
           ["her role as a young carer was not recognised by adult services", "the school did not ask why she had stopped coming"],
           [],
           "Read the learning review (PDF)",
           T("Child SQJ", LR, "unknown|practice_review", "serious_harm", "2022", "12-year-old", "12.00", "11_15", "female", "White Scottish", "neglect", "", "not_in_school|"),
           norec="Makes no recommendations as the partnership has already started a young carers project.")
# --- E: PDFBox, optional content layers 'Screen' (on) and 'Print' (hidden on screen), two versions of titles and labels
_E[17] = E("Child TQJ: Child safeguarding practice review",
           "Death of a 2-year-old boy in 2025 who drowned in a garden pond while his mother, aged 30, was indoors. The family were living in a rented house with an unfenced pond. Child TQJ is White British.",
           ["home safety advice did not cover water in the garden", "the letting agent had not been told that a young child lived there"],
           ["the partnership to publish water safety advice for families with young children", "landlords to be told about the risks of open water where children live"],
           "Read the practice review (PDF)",
           T("Child TQJ", CSPR, "practice_review", "death", "2025", "2-year-old", "2.00", "1_5", "male", "White British", "neglect|neglect; other|other|"))
_E[18] = E("Child UQJ: Serious case review",
           "Sexual abuse of a 9-year-old girl in 2018 by her uncle, aged 51, who looked after her during school holidays. He had a conviction for a sexual offence against a child in 2004. Child UQJ is White British.",
           ["the uncle's conviction was not checked when he became her carer in the holidays", "the girl's changes in behaviour were put down to her parents' separation"],
           ["police to tell children's social care when a person convicted of a sexual offence cares for a child", "schools to ask children about holiday care when their behaviour changes"],
           "Read the overview report (PDF)",
           T("Child UQJ", SCR, "overview", "serious_harm", "2018", "9-year-old", "9.00", "6_10", "female", "White British", "sexual_abuse", "parental_criminality|"))
_E[19] = E("Child VQJ: Child practice review",
           "Death of a 15-year-old boy in Wales in 2023 from an overdose of heroin supplied by older boys. He had been excluded from two schools. Child VQJ is White Welsh.",
           ["his drug use was known to the police but not to his school", "he was not offered a referral to the substance misuse service"],
           ["the police to share a child's drug use with the school the next day", "schools to refer pupils who use drugs to the substance misuse service"],
           "Read the child practice review (PDF)",
           T("Child VQJ", CPR, "practice_review", "death", "2023", "15-year-old", "15.00", "11_15", "male", "White Welsh|White British", "poisoning_ingestion|poisoning_ingestion; extra_familial_harm|child_criminal_exploitation; poisoning_ingestion|poisoning_ingestion; child_criminal_exploitation|poisoning_ingestion; extra_familial_harm; child_criminal_exploitation", "", "not_in_school|"),
           good=["the youth offending worker who visited him every week"])
_E[20] = E("Child WQJ: Learning review",
           "Serious harm to a 6-year-old girl in Scotland in 2024 who was bitten by a rat and had sores that had not been treated. Her parents, aged 29 and 31, both used heroin. Child WQJ is White Scottish.",
           ["the family's housing officer did not share the state of the home", "the parents' drug treatment service did not ask about the children"],
           [],
           "Read the learning review (PDF)",
           T("Child WQJ", LR, "unknown|practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "female", "White Scottish", "neglect", "parental_substance_misuse"),
           norec="Makes no recommendations as the drug treatment service has already changed how it asks about children.")

B67["b67-reportlab-sidebyside-2025-08.pdf"] = dict(month="2025-08", heading="Case review digest: August 2025",
    intro="Four case reviews were published in August 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B67["b67-reportlab-infographic-2025-10.pdf"] = dict(month="2025-10", heading="Case reviews at a glance: October 2025",
    intro="Four case reviews were published in October 2025. All of the children, families and places on this poster are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B67["b67-chromium-whiteout-2026-01.pdf"] = dict(month="2026-01", heading="Recently published case reviews: January 2026",
    intro="Four case reviews were published in January 2026. The children, families and places in this digest are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B67["b67-chromium-notounicode-2026-03.pdf"] = dict(month="2026-03", heading="Learning from case reviews: March 2026",
    intro="Four case reviews were published in March 2026. Every child, family and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B67["b67-pdfbox-layers-2026-05.pdf"] = dict(month="2026-05", heading="New case reviews: May 2026",
    intro="Four case reviews were published in May 2026. All of the children, families and places in this digest are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
