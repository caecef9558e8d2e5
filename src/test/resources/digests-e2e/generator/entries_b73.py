# Batch b73 (issue 9, session 40; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b73 section of ../README.md for what was grepped): a LaTeX TUFTE-HANDOUT digest (each entry's link and facts as SIDENOTES in
# the wide right margin, level with the title); a PyMuPDF 'SEVEN-MINUTE BRIEFING' (each review a page of seven numbered
# boxes, two of them reflective material that is no field: 'Why it matters', 'Questions to consider'); a LibreOffice Writer
# digest STAMPED by pdftk (a VERTICAL classification line up the left margin and a Bates-style page number on every page);
# a PyMuPDF Story (HTML) digest with a FIGURES DASHBOARD at the top and a GLOSSARY after the last entry; and a PyMuPDF
# TRI-FOLD LEAFLET (A4 landscape, 2 pages of three panels; the cover is the RIGHT panel of page 1, the flap the left).
# All entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B73 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: LaTeX tufte-handout, sidenotes in the margin
_E[1] = E("Child AVJ: Child safeguarding practice review",
          "Death of a 4-month-old girl in 2024 who was found unresponsive in her parents' bed. Her father, aged 31, had been drinking alcohol that evening. Child AVJ is White British.",
          ["safer sleep advice was given to the mother only", "the father's drinking was known to his GP but not to the health visitor"],
          ["health visitors to give safer sleep advice to both parents at every contact", "GPs to tell the health visitor when a parent of a baby drinks heavily"],
          "Read the practice review (PDF)",
          T("Child AVJ", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "female", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect|neglect|", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse|co_sleeping"))
_E[2] = E("Child BVJ: Serious case review",
          "Physical abuse of a 3-year-old boy in 2015 who had burns to his hands and a broken arm. His mother's partner, aged 24, said the boy had touched the cooker. Child BVJ is White British.",
          ["the explanation for the burns was accepted without a medical opinion", "the partner was not known to the nursery as a carer"],
          ["the emergency department to ask for a paediatric opinion on every burn in a young child", "nurseries to ask parents who lives at home with the child"],
          "Read the overview report (PDF)",
          T("Child BVJ", SCR, "overview", "serious_harm", "2015", "3-year-old", "3.00", "1_5", "male", "White British", "physical_abuse"))
_E[3] = E("Child CVJ: Child practice review",
          "Neglect of an 8-year-old girl in Wales in 2023 who was often absent from school and had head lice and tooth decay. Her mother, aged 35, had severe anxiety and rarely left the house. Child CVJ is White Welsh.",
          ["the girl's absences were dealt with as an attendance matter only", "the mother's anxiety was not known to the school"],
          ["schools to refer a child who is often absent to the early help team", "adult mental health services to ask patients whether they care for children"],
          "Read the child practice review (PDF)",
          T("Child CVJ", CPR, "practice_review", "serious_harm", "2023", "8-year-old", "8.00", "6_10", "female", "White Welsh|White British", "neglect", "parental_mental_health"),
          good=["the education welfare officer who visited the home and asked to see the girl's room"])
_E[4] = E("Child DVJ: Learning review",
          "Serious harm to a 15-year-old boy in Scotland in 2022 who was stabbed after he was drawn into carrying drugs between cities. He had been missing from home several times. Child DVJ is Black Scottish.",
          ["his missing episodes were not linked to the drugs found on him", "the boy was treated as an offender rather than as a child at risk"],
          [],
          "Read the learning review (PDF)",
          T("Child DVJ", LR, "unknown|practice_review", "serious_harm", "2022", "15-year-old", "15.00", "11_15", "male", "Black Scottish", "child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; physical_abuse|child_criminal_exploitation|physical_abuse; extra_familial_harm"),
          norec="Makes no recommendations as the partnership has already agreed a plan for children who are exploited.")
# --- B: PyMuPDF seven-minute briefings, one review a page of seven numbered boxes
_E[5] = E("Child EVJ: Child safeguarding practice review",
          "Death of a 10-week-old boy in 2025 from a head injury caused by his father, aged 22. The father had told a midwife he found the baby's crying hard to cope with. Child EVJ is of Romanian heritage.",
          ["the father's comment about the crying was not passed on", "the parents were given written advice in English only"],
          ["midwives to share with the health visitor any worry a parent has about crying", "the partnership to offer advice on crying in the languages families speak"],
          "Read the practice review (PDF)",
          T("Child EVJ", CSPR, "practice_review", "death", "2025", "10-week-old", "0.19", "under_1", "male", "Romanian|Romanian heritage", "non_accidental_head_injury; physical_abuse|non_accidental_head_injury|physical_abuse"))
_E[6] = E("Child FVJ: Serious case review",
          "Sexual abuse of a 12-year-old girl in 2016 by a family friend, aged 58, who looked after her after school. She told her older sister, who told their mother. Child FVJ is White British.",
          ["the girl's fear of going to the friend's house was not explored", "the family friend's earlier caution was not known to the family"],
          ["schools to ask children who seem afraid of going home after school why", "the police to consider telling parents about a carer's past offences"],
          "Read the overview report (PDF)",
          T("Child FVJ", SCR, "overview", "serious_harm", "2016", "12-year-old", "12.00", "11_15", "female", "White British", "sexual_abuse"))
_E[7] = E("Child GVJ: Child practice review",
          "Serious harm to a 1-year-old girl in Wales in 2024 who swallowed a button battery from a television remote control. Her parents, aged 20 and 23, did not know the battery was missing. Child GVJ is White Welsh.",
          ["button batteries were not part of home safety advice", "the family's move to a new flat was not known to the health visitor"],
          ["health visitors to talk about button batteries at the one-year check", "housing officers to tell the health visitor when a family with a baby moves"],
          "Read the child practice review (PDF)",
          T("Child GVJ", CPR, "practice_review", "serious_harm", "2024", "1-year-old", "1.00", "1_5", "female", "White Welsh|White British", "poisoning_ingestion|poisoning_ingestion; neglect|neglect|other|"),
          good=["the paramedics who took an X-ray picture to the hospital with the girl"])
_E[8] = E("Child HVJ: Learning review",
          "Death of a 16-year-old girl in Scotland in 2023 who took her own life after months of bullying online. She had been on a waiting list for mental health support. Child HVJ is White Scottish.",
          ["the bullying online was not seen as a risk to her life", "no one checked on her while she was on the waiting list"],
          [],
          "Read the learning review (PDF)",
          T("Child HVJ", LR, "unknown|practice_review", "death", "2023", "16-year-old", "16.00", "16_17", "female", "White Scottish", "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; online_harm; emotional_abuse|self_harm_suicide; emotional_abuse"),
          norec="Makes no recommendations as the health board has already started calling young people who are waiting for support.")
# --- C: LibreOffice Writer digest stamped by pdftk (vertical margin line, Bates numbers)
_E[9] = E("Child JVJ: Child safeguarding practice review",
          "Serious harm to a 2-year-old boy in 2025 who was found with bruises to his back and ears. His mother's partner, aged 36, had a history of violence. Child JVJ is of Pakistani heritage.",
          ["bruising to the ears was not seen as a sign of abuse", "the partner's history was known to the police but not shared"],
          ["the partnership to remind staff that bruising to the ears needs a child protection medical", "the police to share a new partner's history of violence with children's social care"],
          "Read the practice review (PDF)",
          T("Child JVJ", CSPR, "practice_review", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "male", "Pakistani|Pakistani heritage", "physical_abuse", "domestic_abuse|parental_criminality|"))
_E[10] = E("Child KVJ: Serious case review",
           "Neglect of a 13-year-old boy in 2019 who was living alone in a flat after his father, aged 47, moved in with a new partner. Neighbours reported that he had no food. Child KVJ is White British.",
           ["the school did not know the boy was living on his own", "the neighbours' calls were not passed to children's social care"],
           ["the council to pass all calls about children living alone to children's social care", "schools to check who a child lives with when contact details change"],
           "Read the overview report (PDF)",
           T("Child KVJ", SCR, "overview", "serious_harm", "2019", "13-year-old", "13.00", "11_15", "male", "White British", "neglect"))
_E[11] = E("Child LVJ: Child practice review",
           "Death of a 17-year-old boy in Wales in 2024 who drowned in a river after drinking alcohol with friends. He had left care six months before and was living in supported lodgings. Child LVJ is White Welsh.",
           ["his drinking was not part of his pathway plan", "the lodgings provider did not know who to call when he did not come home"],
           ["personal advisers to include alcohol use in every pathway plan", "the council to give every lodgings provider an out of hours number"],
           "Read the child practice review (PDF)",
           T("Child LVJ", CPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "White Welsh|White British", "other|other; neglect|", "", "looked_after|"),
           good=["the personal adviser who kept in touch with him every week"])
_E[12] = E("Child MVJ: Learning review",
           "Sexual exploitation of a 14-year-old girl in Scotland in 2021 who was given alcohol and drugs by men she met through social media. She was living with her grandmother. Child MVJ is White Scottish.",
           ["the grandmother's worries were not taken seriously", "the men's names were not shared between the police and social work"],
           [],
           "Read the learning review (PDF)",
           T("Child MVJ", LR, "unknown|practice_review", "serious_harm", "2021", "14-year-old", "14.00", "11_15", "female", "White Scottish", "child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", "", "connected_carers|"),
           norec="Makes no recommendations as the police and social work have already set up a shared record of people who exploit children.")
# --- D: PyMuPDF Story (HTML), a figures dashboard at the top, a glossary after the last entry
_E[13] = E("Child NVJ: Child safeguarding practice review",
           "Death of a 9-month-old boy in 2025 who drowned in the bath when his mother, aged 26, left the room to answer the door. His 2-year-old sister was in the bath with him. Child NVJ is White British.",
           ["bath safety was not part of the advice given to the family", "the mother's depression after the birth was not followed up"],
           ["health visitors to talk about bath safety at the six-month check", "GPs to follow up every mother with postnatal depression"],
           "Read the practice review (PDF)",
           T("Child NVJ", CSPR, "practice_review", "death", "2025", "9-month-old", "0.75", "under_1", "male", "White British", "neglect|neglect; other|other|", "parental_mental_health|"))
_E[14] = E("Child PVJ: Serious case review",
           "Emotional abuse and neglect of a 6-year-old girl in 2018 who was kept at home and not registered with a school or a GP. Her mother, aged 39, believed the girl was in danger from her father. Child PVJ is White British.",
           ["no agency knew the girl was living in the area", "the mother's beliefs were not seen as a sign of mental illness"],
           ["the council to keep a list of children who are not in school", "GPs to ask new patients about any children in the household"],
           "Read the overview report (PDF)",
           T("Child PVJ", SCR, "overview", "serious_harm", "2018", "6-year-old", "6.00", "6_10", "female", "White British", "emotional_abuse; neglect", "parental_mental_health|", "not_in_school|"))
_E[15] = E("Child RVJ: Child practice review",
           "Physical abuse of a 14-year-old boy in Wales in 2023 who was beaten by his father, aged 45, after an argument about school. The boy had told a youth worker he was scared to go home. Child RVJ is of Turkish heritage.",
           ["the youth worker did not know how to make a referral", "the father's own history of being abused was not explored"],
           ["the partnership to train youth workers in how to make a referral", "children's social care to ask parents about their own childhood"],
           "Read the child practice review (PDF)",
           T("Child RVJ", CPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male", "Turkish|Turkish heritage", "physical_abuse"),
           good=["the school nurse who saw the boy the next morning and called the police"])
_E[16] = E("Child SVJ: Learning review",
           "Neglect of three brothers aged 2, 4 and 7 in Scotland in 2022 who were found living in a caravan with no running water. Their parents, aged 28 and 30, misused drugs. The children are White Scottish.",
           ["the family moved often and records did not follow them", "the children's missed nursery and school places were not followed up"],
           [],
           "Read the learning review (PDF)",
           T("Child SVJ", LR, "unknown|practice_review", "serious_harm", "2022", "*", "*", "*", "male", "White Scottish", "neglect", "parental_substance_misuse", "", n="3"),
           norec="Makes no recommendations as the council has already changed how it shares records when families move.")
# --- E: PyMuPDF tri-fold leaflet, A4 landscape, cover on the right panel of page 1
_E[17] = E("Child TVJ: Child safeguarding practice review",
           "Death of a 3-year-old girl in 2024 who fell from a third floor window that had no restrictor. Her father, aged 34, was asleep after a night shift. Child TVJ is of Nigerian heritage.",
           ["the landlord had been told about the broken window lock months before", "window safety was not part of the family's health visiting"],
           ["the council to check window restrictors in every flat let to families", "health visitors to talk about window safety in homes above the ground floor"],
           "Read the practice review (PDF)",
           T("Child TVJ", CSPR, "practice_review", "death", "2024", "3-year-old", "3.00", "1_5", "female", "Nigerian|Nigerian heritage", "other|other; neglect|neglect|"))
_E[18] = E("Child UVJ: Serious case review",
           "Sexual abuse of a 10-year-old boy in 2017 by a football coach, aged 41, who gave him lifts to matches. The coach was later convicted of offences against six boys. Child UVJ is White British.",
           ["the club had not checked the coach's references", "parents were not told what to do if they were worried about a coach"],
           ["sports clubs to check the references of every volunteer", "the partnership to give parents advice on safety in sport"],
           "Read the overview report (PDF)",
           T("Child UVJ", SCR, "overview", "serious_harm", "2017", "10-year-old", "10.00", "6_10", "male", "White British", "sexual_abuse; extra_familial_harm|sexual_abuse"))
_E[19] = E("Child WVJ: Child practice review",
           "Neglect of a 5-year-old boy with autism in Wales in 2023 who was found wandering alone near a main road at night. His mother, aged 29, had a learning disability and little support. Child WVJ is White Welsh.",
           ["the mother's learning disability was not taken into account in the child in need plan", "the boy's night waking was not seen as a risk"],
           ["social workers to adapt plans for parents with a learning disability", "the council to offer families of children with autism help at night"],
           "Read the child practice review (PDF)",
           T("Child WVJ", CPR, "practice_review", "serious_harm", "2023", "5-year-old", "5.00", "1_5", "male", "White Welsh|White British", "neglect", "parental_learning_disability|", "disabled"),
           good=["the police officer who stayed with the boy until a social worker came"])
_E[20] = E("Child YVJ: Learning review",
           "Serious harm to a 13-year-old girl in Scotland in 2022 who was assaulted by her mother's partner, aged 38, during an incident of domestic abuse. She had rung the police twice before. Child YVJ is White Scottish.",
           ["the girl's calls to the police were not shared with her school", "she was seen as a witness rather than as a victim"],
           [],
           "Read the learning review (PDF)",
           T("Child YVJ", LR, "unknown|practice_review", "serious_harm", "2022", "13-year-old", "13.00", "11_15", "female", "White Scottish", "physical_abuse|physical_abuse; emotional_abuse", "domestic_abuse"),
           norec="Makes no recommendations as the police have already started telling schools about every call from a child.")

B73["b73-tufte-sidenotes-2025-04.pdf"] = dict(month="2025-04", heading="Case review briefing: April 2025",
    intro="Four case reviews were published in April 2025. Every child, family and place in this briefing is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B73["b73-pymupdf-sevenminute-2025-06.pdf"] = dict(month="2025-06", heading="Seven-minute briefings: June 2025",
    intro="Four case reviews were published in June 2025, each in a seven-minute briefing. All of the children, families and places in these briefings are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]],
    why=["Abusive head trauma is most common when a baby is under six months old.",
         "Children often tell a brother or sister before they tell an adult.",
         "Button batteries can burn through a child's throat in two hours.",
         "Bullying online follows a young person home and does not stop at night."],
    questions=[["Do you ask fathers how they cope with crying?", "Do families get advice in a language they read?"],
               ["Do you ask children why they do not want to go somewhere?", "Who looks after the children you work with after school?"],
               ["Do you talk to families about button batteries?", "Do you know when a family has moved?"],
               ["How do you check on a young person who is waiting for a service?", "Do you ask about bullying online?"]])
B73["b73-pdftk-stamped-2025-09.pdf"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Four case reviews were published in September 2025. The children, families and places in this digest are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B73["b73-pymupdf-story-glossary-2025-12.pdf"] = dict(month="2025-12", heading="Learning from case reviews: December 2025",
    intro="Four case reviews were published in December 2025. All of the children, families and places in this digest are invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B73["b73-pymupdf-trifold-2026-02.pdf"] = dict(month="2026-02", heading="Case reviews: February 2026",
    intro="Four case reviews were published in February 2026. Every child, family and place in this leaflet is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
