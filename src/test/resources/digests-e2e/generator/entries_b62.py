# Batch b62 (issue 9, session 35, d62; invented for testing; truth written and committed before any input was rendered and
# before the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: a bulletin tool's preview page
# saved as 'Web Page, HTML only' whose bulletin sits in an <iframe srcdoc="..."> (the whole e-mail an escaped attribute); a
# page rendered on the server by Lit SSR whose reviews are web components with DECLARATIVE SHADOW DOM (<template
# shadowrootmode="open">, shown by the browser); a plain-text digest saved in the classic Mac OS Roman encoding (MacRoman,
# CR line ends: bullets, dashes and curly quotes as MacRoman bytes); nroff output (groff -ms -Tascii, old-style overstrike:
# bold as 'X\bX', italics as '_\bX', justified lines, 66-line pages with running heads) saved as text; a DOCX that keeps its
# own title and introduction and imports each review as a whole nested DOCX through w:altChunk (a merge tool's output).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case review reports published years later, a 'Makes no
# recommendations as ...' sentence, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B62 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_KEY = ("Key learning includes:", "Recommendations include:", "Good practice includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


# --- A: a bulletin preview page, the bulletin inside <iframe srcdoc> (4)
_E[1] = E("Child AXW: Child safeguarding practice review",
          "Death of a 4-month-old girl in 2024 from a head injury. Her father, aged 27, had been released from prison a month before her birth and had convictions for violence. Child AXW is White British.",
          ["the father's release from prison was not shared with the midwife or health visitor", "the mother was not asked about her partner's history"],
          ["tell health services when a man with convictions for violence joins a household with a new baby", "ask every pregnant woman about her partner's history in a private conversation"],
          "Read practice review (PDF)",
          T("Child AXW", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "female", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "parental_criminality|"), lab=L_STD)
_E[2] = E("Child BXW: Child safeguarding practice review",
          "Serious harm to a 15-year-old boy in 2024 who was criminally exploited to sell drugs in another county. He was found by police in a flat with two adults after being missing for nine days. Child BXW is of mixed White and Black Caribbean heritage.",
          ["the national referral mechanism was not used when he was first found", "missing episodes were treated separately instead of as a pattern"],
          ["make a national referral mechanism referral whenever a child is found far from home with drugs", "review all missing episodes together at the exploitation meeting"],
          "Read practice review (PDF)",
          T("Child BXW", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male",
            "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
            "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm", ""),
          good=["the police officer who treated him as a victim and not an offender"], lab=L_STD)
_E[3] = E("Children CXW and DXW: Serious case review",
          "Neglect of two sisters, aged 4 and 7, between 2013 and 2015 who lived in a home with no food and broken windows. Their mother, aged 33, was depressed and misused alcohol. The children are White British.",
          ["the condition of the home was not seen on announced visits", "the children's poor attendance at school was not shared with social care"],
          ["make unannounced visits when neglect is suspected", "share school attendance with the social worker for every child on a plan"],
          "Read overview report (PDF)",
          T("Children CXW and DXW", SCR, "overview", "serious_harm|", "2013|2015|", "*", "*", "*", "female", "White British",
            "neglect", "parental_alcohol_misuse; parental_mental_health", "not_in_school|", n="2"),
          pub="2025", lab=L_STD)
_E[4] = E("Child EXW: Child safeguarding practice review",
          "Death of a 14-year-old girl in 2024 by suicide. She had self-harmed since she was 12 and was waiting for an appointment with the child and adolescent mental health service. Child EXW is White British.",
          ["the waiting list did not take account of new self-harm", "her school did not know she was waiting for mental health support"],
          [],
          "Read practice review (PDF)",
          T("Child EXW", CSPR, "practice_review", "death", "2024", "14-year-old", "14.00", "11_15", "female", "White British",
            "self_harm_suicide", ""),
          norec="Makes no recommendations as the mental health service has already changed how it manages its waiting list.", lab=L_STD)
# --- B: a Lit SSR page, each review a web component with declarative shadow DOM (4)
_E[5] = E("Baby FXW: Child safeguarding practice review",
          "Death of a 3-week-old boy in 2025 who was found unresponsive on a sofa where he had slept with his father, aged 24. His father had taken cannabis that evening. Baby FXW is White British.",
          ["safer sleep advice was given to the mother only", "the father's cannabis use was not known to the health visitor"],
          ["give safer sleep advice to both parents", "ask both parents about drug use at the new birth visit"],
          "Read practice review (PDF)",
          T("Baby FXW", CSPR, "practice_review", "death", "2025", "3-week-old", "0.06", "under_1", "male", "White British",
            "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|co_sleeping|parental_substance_misuse"), lab=L_KEY)
_E[6] = E("Child GXW: Child safeguarding practice review",
          "Sexual abuse of a 12-year-old girl in 2023 by a man, aged 45, who ran her football club. She told her mother after an away match. Child GXW is White British.",
          ["the club had no safeguarding lead", "an earlier complaint about the man was not passed to the local authority designated officer"],
          ["check that every sports club has a trained safeguarding lead", "refer every concern about a person who works with children to the designated officer"],
          "Read practice review (PDF)",
          T("Child GXW", CSPR, "practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "female", "White British",
            "sexual_abuse|sexual_abuse; extra_familial_harm", ""), lab=L_KEY)
_E[7] = E("Child HXW: Child safeguarding practice review",
          "Serious harm to a 6-year-old boy in 2024 who had burns to his hands from being held under hot water by his mother's partner, aged 30. The boy had been on a child protection plan for neglect. Child HXW is of Polish heritage.",
          ["the mother's partner was not included in the child protection plan", "the boy's interpreter was a family friend"],
          ["assess every adult who lives in the home of a child on a plan", "use professional interpreters when children are spoken to"],
          "Read practice review (PDF)",
          T("Child HXW", CSPR, "practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", "Polish|Polish heritage",
            "physical_abuse|physical_abuse; neglect", "", "child_protection_plan|"),
          good=["the school nurse who saw the burns and called the police the same morning"], lab=L_KEY)
_E[8] = E("Child JXW: Child safeguarding practice review",
          "Death of a 17-year-old boy in 2024 who was shot in a car park. He had been groomed by a gang when he was 13 and was on a youth justice order. Child JXW is Black British.",
          ["the risks in his community were not part of his youth justice plan", "his move to a new school broke his contact with a trusted mentor"],
          ["include places and people that put a child at risk in youth justice plans", "keep trusted adults in contact when a child moves school"],
          "Read practice review (PDF)",
          T("Child JXW", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "Black British",
            "extra_familial_harm|extra_familial_harm; child_criminal_exploitation|extra_familial_harm; physical_abuse|extra_familial_harm; child_criminal_exploitation; physical_abuse", ""),
          lab=L_KEY)
# --- C: plain text in classic Mac OS Roman, CR line ends (4)
_E[9] = E("Child KXW: Child safeguarding practice review",
          "Neglect of a 5-year-old boy in 2024 who was found alone at home with no food. His mother, aged 26, had left him for two days to visit a friend. Child KXW is White British.",
          ["earlier reports that he was left alone were closed after one visit", "the nursery's concerns about his weight were not shared"],
          ["check every report that a young child is left alone with a visit to the child", "share nursery concerns about weight with the health visitor"],
          "Read practice review (PDF)",
          T("Child KXW", CSPR, "practice_review", "serious_harm|", "2024", "5-year-old", "5.00", "1_5", "male", "White British",
            "neglect", ""), lab=L_STD)
_E[10] = E("Baby LXW: Child safeguarding practice review",
           "Serious harm to a 7-month-old girl in 2024 who had a fractured arm and bruising to her back. Her mother, aged 18, had been in care and had no support from her family. Baby LXW is White British.",
           ["the mother's own history of care was not used to plan support", "the baby's fractured arm was not treated as a safeguarding concern at first"],
           ["offer a named worker to young parents who have been in care", "follow the protocol for injuries in babies who are not mobile"],
           "Read practice review (PDF)",
           T("Baby LXW", CSPR, "practice_review", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "female", "White British",
             "physical_abuse", ""),
           good=["the orthopaedic nurse who asked for a skeletal survey"], lab=L_STD)
_E[11] = E("Child MXW: Child safeguarding practice review",
           "Death of a 16-year-old girl in 2025 from an overdose of her own prescribed medication. She had been in care since she was 13 and had moved placement six times. Child MXW is of Irish heritage.",
           ["each placement move meant a new social worker", "her medication was not stored safely in her placement"],
           ["keep the same social worker when a child moves placement", "agree how medication is stored in every placement"],
           "Read practice review (PDF)",
           T("Child MXW", CSPR, "practice_review", "death", "2025", "16-year-old", "16.00", "16_17", "female", "Irish|Irish heritage",
             "self_harm_suicide", "", "looked_after"), lab=L_STD)
_E[12] = E("Children NXW and PXW: Child safeguarding practice review",
           "Emotional abuse of a brother and sister, aged 8 and 11, in 2024 who saw their father, aged 38, repeatedly assault their mother. The children told a teacher that they were scared to go home. The children are of Indian heritage.",
           ["the children were not spoken to after police attended domestic abuse incidents", "the school was not told about the police call-outs"],
           ["speak to every child in the home after a domestic abuse incident", "tell schools the next morning when police attend a domestic abuse incident"],
           "Read practice review (PDF)",
           T("Children NXW and PXW", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "mixed", "Indian|Indian heritage",
             "emotional_abuse", "domestic_abuse", n="2"), lab=L_STD)
# --- D: nroff (groff -ms -Tascii) output saved as text, old-style overstrike (4)
_E[13] = E("Child QXW: Child safeguarding practice review",
           "Death of a 2-year-old boy in 2024 who drowned in a paddling pool while his father, aged 29, was asleep indoors. The family had moved to the area three months before. Child QXW is White British.",
           ["records from the family's previous area were not received", "the family's needs were not assessed after the move"],
           ["request records from the previous area when a family with young children moves in", "offer a health visitor contact to every family who moves into the area"],
           "Read practice review (PDF)",
           T("Child QXW", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", "White British",
             "neglect", ""), lab=L_STD)
_E[14] = E("Child RXW: Child safeguarding practice review",
           "Serious harm to a 13-year-old girl in 2024 who was sexually exploited by adults she met online. She had been excluded from school at 12. Child RXW is White British.",
           ["her exclusion from school left her unsupervised during the day", "the online contact was not shared between police and social care"],
           ["find a school place within one week for excluded children at risk of exploitation", "share information about online contact at strategy meetings"],
           "Read practice review (PDF)",
           T("Child RXW", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "White British",
             "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation|online_harm; child_sexual_exploitation; sexual_abuse; extra_familial_harm", "", "not_in_school|"),
           good=["the youth worker who kept in contact with her every week"], lab=L_STD)
_E[15] = E("Child SXW: Serious case review",
           "Death of a 9-year-old girl in 2016 from an asthma attack. Her parents, aged 35 and 37, did not take her to her asthma appointments and had not collected her inhalers for months. Child SXW is of Nigerian heritage.",
           ["missed health appointments were not seen as neglect", "the pharmacy did not tell the GP that her inhalers were not collected"],
           ["treat a pattern of missed appointments for a child with a long-term condition as a safeguarding concern", "tell the GP when a child's medicine is not collected"],
           "Read overview report (PDF)",
           T("Child SXW", SCR, "overview", "death", "2016", "9-year-old", "9.00", "6_10", "female", "Nigerian|Nigerian heritage",
             "neglect", ""),
           pub="2025", lab=L_STD)
_E[16] = E("Baby TXW: Child safeguarding practice review",
           "Serious harm to a 2-month-old boy in 2025 who had a skull fracture caused by his father, aged 23. His mother had told the hospital that he rolled off a bed. Baby TXW is of Pakistani heritage.",
           ["the explanation was not checked against what a 2-month-old can do", "the father was not spoken to before the baby went home"],
           ["check every explanation of an injury against the baby's development", "speak to both parents when a baby is injured"],
           "Read practice review (PDF)",
           T("Baby TXW", CSPR, "practice_review", "serious_harm", "2025", "2-month-old", "0.17", "under_1", "male", "Pakistani|Pakistani heritage",
             "physical_abuse|non_accidental_head_injury; physical_abuse|non_accidental_head_injury", ""), lab=L_STD)
# --- E: a DOCX that imports each review as a nested DOCX through w:altChunk (4)
_E[17] = E("Child UXW: Child safeguarding practice review",
           "Physical abuse of a 10-year-old boy in 2024 who had bruises on his arms and legs from being beaten by his stepfather, aged 36. He told his teacher that he was hit with a belt. Child UXW is of Romanian heritage.",
           ["earlier bruises were explained as injuries from football", "the stepfather's violence towards the boy's mother was not known to the school"],
           ["ask a child how an injury happened before accepting an adult's explanation", "share police reports of domestic abuse with the child's school"],
           "Read practice review (PDF)",
           T("Child UXW", CSPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "male", "Romanian|Romanian heritage",
             "physical_abuse", "domestic_abuse|"), lab=L_STD)
_E[18] = E("Baby VXW: Child safeguarding practice review",
           "Death of an 11-week-old girl in 2024 who was found unresponsive in her cot. Her parents, aged 20 and 22, had not registered her with a GP and she had missed her immunisations. Baby VXW is White British.",
           ["the family was not registered with a GP after moving", "missed immunisations did not lead to a follow-up visit"],
           ["check GP registration at the new birth visit", "follow up every baby who misses immunisations"],
           "Read practice review (PDF)",
           T("Baby VXW", CSPR, "practice_review", "death", "2024", "11-week-old", "0.21", "under_1", "female", "White British",
             "sudden_unexpected_infant_death|neglect|sudden_unexpected_infant_death; neglect", ""), lab=L_STD)
_E[19] = E("Child WXW: Child safeguarding practice review",
           "Serious harm to a 15-year-old girl in 2023 who was raped by a 17-year-old boy she met at a party. She had been reported missing from home four times that year. Child WXW is White British.",
           ["the missing episodes were not linked to the people she spent time with", "she was not offered support after the first missing episode"],
           ["ask about friends and places in every return home interview", "offer a support worker after the first missing episode"],
           "Read practice review (PDF)",
           T("Child WXW", CSPR, "practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "female", "White British",
             "sexual_abuse; extra_familial_harm|sexual_abuse|extra_familial_harm; sexual_abuse; child_sexual_exploitation", ""),
           good=["the sexual health nurse who arranged support the same day"], lab=L_STD)
_E[20] = E("Children YXW and ZXW: Serious case review",
           "Neglect of two brothers, aged 1 and 3, in 2015 who were found in a cold flat with no food and dirty nappies. Their mother, aged 24, had a learning disability and their father was in prison. The children are White British.",
           ["the mother's learning disability was not assessed", "the children's health visitor had left and was not replaced"],
           ["assess the needs of parents with a learning disability before a plan is agreed", "allocate a new health visitor when a family's health visitor leaves"],
           "Read overview report (PDF)",
           T("Children YXW and ZXW", SCR, "overview", "serious_harm|", "2015", "*", "*", "*", "male", "White British",
             "neglect", "parental_learning_disability; parental_criminality|parental_learning_disability", n="2"),
           pub="2025", lab=L_STD)

B62["b62-iframe-srcdoc-preview-2025-05.html"] = dict(month="2025-05", heading="Case reviews published in May 2025",
    intro="Four case reviews were published in May 2025. Every child, family, person and place in this bulletin is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B62["b62-lit-ssr-shadowroot-2025-08.html"] = dict(month="2025-08", heading="Case reviews published in August 2025",
    intro="Four case reviews were published in August 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B62["b62-macroman-cr-text-2024-11.txt"] = dict(month="2024-11", heading="Case reviews update \u2013 November 2024",
    intro="Four case reviews were published in November 2024. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B62["b62-nroff-overstrike-2025-01.txt"] = dict(month="2025-01", heading="Case reviews published in January 2025",
    intro="Four case reviews were published in January 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B62["b62-docx-altchunk-merge-2025-03.docx"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Four case reviews were published in March 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
