# Batch b58 (issue 9, session 33; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: an Apple TextEdit 'Save As > Web Page'
# HTML (Cocoa HTML Writer: p.p1/p.p2 classes, Apple-converted-space and Apple-tab-span spans, bullets typed as '•' + tab in
# paragraphs); a Notepad 'Unicode big endian' text (UTF-16BE with a BOM); a WordPress block-editor (Gutenberg) post's block
# markup saved as .html (block comments, no html/head/body, the report link a block button); a DOCX where each review is a
# two-column label | content table under its heading and the reviews are split by next-page section breaks; a
# GitHub-flavoured markdown README (badges, a GitHub alert, each review in an HTML <details> block with markdown inside,
# reference-style report links, 'back to top' links).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: four entries about two
# children, other people's ages, older years, serious case review overview reports published years later, a 'Makes no
# recommendations as ...' sentence, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B58 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


# --- A: Apple TextEdit 'Save As > Web Page (.html)' (4)
_E[1] = E("Baby ARN: Child safeguarding practice review",
          "Death of a 5-week-old girl in 2024 who was found unresponsive after sleeping on a sofa with her father, aged 27. The family had moved into temporary accommodation two weeks earlier and had no cot. Baby ARN is White British.",
          ["safer sleep advice was not repeated when the family moved home", "the lack of a cot was not noticed at the health visitor's new birth visit"],
          ["check where a baby will sleep at every home visit", "give families in temporary accommodation help to get a cot"],
          "Read practice review (PDF)",
          T("Baby ARN", CSPR, "practice_review", "death", "2024", "5-week-old", "0.10", "under_1", "female", "White British",
            "sudden_unexpected_infant_death", "co_sleeping"), lab=L_STD)
_E[2] = E("Child BRN: Child safeguarding practice review",
          "Serious harm to a 15-year-old boy in 2023 who was found with knife wounds in a flat used for dealing drugs. He had been missing from home several times and had stopped going to school. Child BRN is of Somali heritage.",
          ["each missing episode was treated on its own and the pattern was not seen", "his absence from school was not shared with children's social care"],
          ["hold a multi-agency meeting after a child's third missing episode", "share school absence with partners when a child is known to be missing"],
          "Read practice review (PDF)",
          T("Child BRN", CSPR, "practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "male", "Somali|Somali heritage",
            "child_criminal_exploitation|child_criminal_exploitation; physical_abuse|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse",
            "", "not_in_school|"),
          good=["the school attendance officer who visited the family at home"], lab=L_STD)
_E[3] = E("Children CRN and DRN: Serious case review",
          "Neglect of two sisters, aged 6 and 8, between 2013 and 2015 who lived in a home with no food and were often not taken to school. Their mother, aged 34, had depression and used alcohol. The children are White British.",
          ["the children's poor attendance at school was not linked to their care at home", "the mother's depression was treated without asking about her children"],
          ["use a neglect assessment tool when a child often misses school", "ask adults with depression about the children they care for"],
          "Read overview report (PDF)",
          T("Children CRN and DRN", SCR, "overview", "serious_harm|", "2013|2015|", "*", "*", "*", "female", "White British",
            "neglect", "parental_alcohol_misuse; parental_mental_health|parental_mental_health; parental_alcohol_misuse", "not_in_school|", n="2"),
          pub="2025", lab=L_STD)
_E[4] = E("Child ERN: Child safeguarding practice review",
          "Death of a 17-year-old girl in 2024 by suicide. She had an eating disorder and had been discharged from hospital a month before her death. Her parents, aged 48 and 50, had asked for more support. Child ERN is White British.",
          ["the discharge plan did not say who would see her each week", "her parents' worries were not taken into account when she was discharged"],
          [],
          "Read practice review (PDF)",
          T("Child ERN", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female", "White British",
            "self_harm_suicide", ""),
          norec="Makes no recommendations as the mental health trust had already changed its discharge procedures.", lab=L_STD)
# --- B: Notepad 'Unicode big endian' text (UTF-16BE with a BOM) (4)
_E[5] = E("Child FRN: Child safeguarding practice review",
          "Physical abuse of a 3-year-old boy in 2024 who had burns on his hands and a broken arm. His mother's partner, aged 30, was later convicted. Child FRN is of mixed White and Black Caribbean heritage.",
          ["the mother's new partner was not known to the health visitor", "the broken arm was accepted as an accident at nursery"],
          ["ask about new adults in the home at every contact", "check with the nursery when a parent says an injury happened there"],
          "Read practice review (PDF)",
          T("Child FRN", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "male",
            "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
            "physical_abuse", "parental_criminality|"), lab=L_STD)
_E[6] = E("Baby GRN: Child safeguarding practice review",
          "Death of a 4-month-old boy in 2025 from a head injury. His father, aged 22, had shaken him when he would not stop crying. His mother, aged 21, had a learning disability. Baby GRN is White British.",
          ["advice about coping with crying was given only to the mother", "the mother's learning disability was not considered in the support offered"],
          ["give advice about infant crying to fathers and partners", "adapt support for parents with a learning disability"],
          "Read practice review (PDF)",
          T("Baby GRN", CSPR, "practice_review", "death", "2025", "4-month-old", "0.33", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "parental_learning_disability"), lab=L_STD)
_E[7] = E("Child HRN: Child safeguarding practice review",
          "Sexual abuse of a 12-year-old girl in 2024 by a 19-year-old man she met on a social media app. He sent her gifts and asked her for images. Child HRN is of Polish heritage.",
          ["the girl's parents did not know about the app's messaging", "the school's online safety lessons did not cover older users"],
          ["include grooming by young adults in online safety lessons", "give parents information about privacy settings on social media apps"],
          "Read practice review (PDF)",
          T("Child HRN", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "female", "Polish|Polish heritage",
            "online_harm; sexual_abuse|sexual_abuse; online_harm|online_harm; sexual_abuse; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; online_harm|sexual_abuse|online_harm", ""),
          good=["the older sister who told a teacher about the messages"], lab=L_STD)
_E[8] = E("Children IRN and JRN: Child safeguarding practice review",
          "Emotional abuse of a brother and sister, aged 10 and 12, between 2021 and 2024 who lived with their father, aged 45, after their parents separated. He kept them at home and stopped them seeing their mother. The children are of Pakistani heritage.",
          ["the children's views were not heard in the separation", "home education was accepted without a visit"],
          ["see children on their own when a parent takes them out of school", "hear the views of children when parents separate"],
          "Read practice review (PDF)",
          T("Children IRN and JRN", CSPR, "practice_review", "serious_harm|", "2021|2024|", "*", "*", "*", "mixed", "Pakistani|Pakistani heritage",
            "emotional_abuse", "|social_isolation|domestic_abuse", "not_in_school|", n="2"), lab=L_STD)
# --- C: WordPress block-editor (Gutenberg) markup saved as .html (4)
_E[9] = E("Child KRN: Child safeguarding practice review",
          "Serious harm to a 2-year-old girl in 2024 who swallowed her mother's methadone. Her mother, aged 29, was in treatment for drug use and kept the methadone in a cup in the kitchen. Child KRN is White British.",
          ["safe storage of methadone was not checked at home", "the drug service did not know a young child lived in the home"],
          ["check safe storage at every home visit when a parent is prescribed methadone", "ask adults in drug treatment about the children in their home"],
          "Read practice review (PDF)",
          T("Child KRN", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "female", "White British",
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"), lab=L_THEMES)
_E[10] = E("Child LRN: Serious case review",
           "Death of an 11-year-old boy in 2017 who was killed by his mother, aged 38, who had severe mental illness. She had stopped taking her medication and believed her son was in danger. Child LRN is White British.",
           ["the mother's illness was not thought to be a risk to her son", "the boy's worries about his mother were not asked about"],
           ["include children in plans when a parent has severe mental illness", "share with children's services when a parent stops taking medication"],
           "Read overview report (PDF)",
           T("Child LRN", SCR, "overview", "death", "2017", "11-year-old", "11.00", "11_15", "male", "White British",
             "physical_abuse", "parental_mental_health"), lab=L_THEMES)
_E[11] = E("Children MRN and NRN: Child safeguarding practice review",
           "Child criminal exploitation of two boys, aged 14 and 16, in 2024 who were found carrying drugs in another county. Both boys were living in the same foster home. The children are Black British.",
           ["the boys' train journeys were not seen as a sign of exploitation", "the foster carer was not told what to look out for"],
           ["train foster carers on signs of criminal exploitation", "treat children found carrying drugs as victims first"],
           "Read practice review (PDF)",
           T("Children MRN and NRN", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "male", "Black British",
             "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm", "", "foster_care; looked_after|looked_after; foster_care|foster_care|looked_after", n="2"),
           good=["the British Transport Police officer who made a referral to children's services"], lab=L_THEMES)
_E[12] = E("Baby ORN: Child safeguarding practice review",
           "Serious injury to an 8-week-old boy in 2025 who had rib fractures found on an X-ray. His parents, aged 24 and 26, could not explain the injuries. Baby ORN is of Romanian heritage.",
           ["an earlier bruise on the baby's face was not referred", "an interpreter was not used at the hospital"],
           ["refer any bruise on a baby who is not yet mobile", "use a professional interpreter for every safeguarding conversation"],
           "Read practice review (PDF)",
           T("Baby ORN", CSPR, "practice_review", "serious_harm", "2025", "8-week-old", "0.15", "under_1", "male", "Romanian|Romanian heritage",
             "physical_abuse", ""), lab=L_THEMES)
# --- D: DOCX, each review a two-column label | content table, the reviews split by next-page section breaks (4)
_E[13] = E("Child PRN: Child safeguarding practice review",
           "Death of a 16-year-old boy in 2024 who was stabbed near his home. He had been excluded from school at 14 and was known to youth justice services. Child PRN is of Black Caribbean heritage.",
           ["his exclusion was not seen as a time of greater risk", "youth justice and school staff did not meet to plan together"],
           ["plan for a child's safety before a permanent exclusion", "include the youth justice service in school safety plans"],
           "Read practice review (PDF)",
           T("Child PRN", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black Caribbean|Black Caribbean heritage",
             "extra_familial_harm|extra_familial_harm; physical_abuse|physical_abuse|child_criminal_exploitation; extra_familial_harm", "", "not_in_school|"), lab=L_STD)
_E[14] = E("Child QRN: Child safeguarding practice review",
           "Neglect of a 7-year-old girl with autism in 2023 whose parents, aged 36 and 39, did not take her to medical appointments. Her teeth were badly decayed and she had lost weight. Child QRN is White British.",
           ["missed health appointments were not followed up", "her weight loss was put down to her autism"],
           ["follow up every missed appointment for a disabled child", "weigh disabled children at every health review"],
           "Read practice review (PDF)",
           T("Child QRN", CSPR, "practice_review", "serious_harm", "2023", "7-year-old", "7.00", "6_10", "female", "White British",
             "neglect", "", "disabled"), lab=L_STD)
_E[15] = E("Children RRN and SRN: Child safeguarding practice review",
           "Physical abuse of twin boys, aged 9 months, in 2024 who both had fractures. Their father, aged 31, had been violent to their mother, aged 28. The children are of Indian heritage.",
           ["the domestic abuse was known to the police but not to health services", "the first twin's fracture did not lead to a check of his brother"],
           ["check the brothers and sisters of a baby with an unexplained fracture", "tell health visitors about domestic abuse incidents in homes with babies"],
           "Read practice review (PDF)",
           T("Children RRN and SRN", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "male", "Indian|Indian heritage",
             "physical_abuse", "domestic_abuse", n="2"),
           good=["the paediatrician who asked for a skeletal survey of both babies"], lab=L_STD)
_E[16] = E("Child TRN: Serious case review",
           "Sexual abuse of a 14-year-old boy by his football coach, aged 41, between 2012 and 2015. The coach was later convicted of offences against several boys. Child TRN is White British.",
           ["concerns about the coach were raised in 2013 but not passed to the local authority designated officer", "the club had no safeguarding lead"],
           ["refer every concern about an adult who works with children to the designated officer", "make sure sports clubs have a trained safeguarding lead"],
           "Read overview report (PDF)",
           T("Child TRN", SCR, "overview", "serious_harm", "2012|2015|", "14-year-old", "14.00", "11_15", "male", "White British",
             "sexual_abuse|sexual_abuse; extra_familial_harm", ""), lab=L_STD)
# --- E: GitHub-flavoured markdown README, each review in a <details> block (4)
_E[17] = E("Child URN: Child safeguarding practice review",
           "Death of a 13-year-old girl in 2025 by suicide after she was bullied online by other pupils. She had told her school about the bullying twice. Child URN is of mixed White and Asian heritage.",
           ["the school's response to online bullying was slow", "her low mood was not shared with her GP"],
           ["respond to reports of online bullying within a school week", "tell the GP when a pupil shows signs of low mood"],
           "Read practice review (PDF)",
           T("Child URN", CSPR, "practice_review", "death", "2025", "13-year-old", "13.00", "11_15", "female",
             "mixed White and Asian|mixed White and Asian heritage|White and Asian",
             "self_harm_suicide|self_harm_suicide; online_harm", ""), lab=L_STD)
_E[18] = E("Baby VRN: Child safeguarding practice review",
           "Death of a 10-day-old girl in 2024 whose pregnancy had been concealed. She was born at home and her mother, aged 17, did not seek medical help. Baby VRN is White British.",
           ["signs of the pregnancy were missed at the mother's college", "the mother's own history of neglect was not known to the midwife"],
           ["train college staff to notice signs of concealed pregnancy", "share a young mother's history of care with maternity services"],
           "Read practice review (PDF)",
           T("Baby VRN", CSPR, "practice_review", "death", "2024", "10-day-old", "0.03", "under_1", "female", "White British",
             "neglect|", ""), lab=L_STD)
_E[19] = E("Child WRN: Child safeguarding practice review",
           "Serious harm to a 6-year-old boy in 2023 who was left with severe burns after a fire at his home. He had been left alone at home while his mother, aged 33, went out at night. Child WRN is of Irish Traveller heritage.",
           ["the boy had been found alone at home before", "the family's moves between sites meant records were not shared"],
           ["share records when a Traveller family moves between areas", "follow up every report of a young child left alone"],
           "Read practice review (PDF)",
           T("Child WRN", CSPR, "practice_review", "serious_harm", "2023", "6-year-old", "6.00", "6_10", "male", "Irish Traveller|Irish Traveller heritage",
             "neglect", ""),
           good=["the neighbour who got the boy out of the house"], lab=L_STD)
_E[20] = E("Children XRN and YRN: Child safeguarding practice review",
           "Neglect of a sister and brother, aged 2 and 4, in 2024 who were found in a dirty flat with no food after their father, aged 26, was arrested. Their mother, aged 24, used heroin. The children are White British.",
           ["the children were not seen when the parents missed appointments", "the mother's drug use was known to the GP but not shared"],
           ["see the children when parents who use drugs miss appointments", "share a parent's drug use with the health visitor"],
           "Read practice review (PDF)",
           T("Children XRN and YRN", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "mixed", "White British",
             "neglect", "parental_substance_misuse|parental_substance_misuse; parental_criminality", n="2"), lab=L_STD)

B58["b58-textedit-webpage-2025-04.html"] = dict(month="2025-04", heading="Case reviews published in April 2025",
    intro="Four case reviews were published in April 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B58["b58-notepad-utf16be-2025-07.txt"] = dict(month="2025-07", heading="Case reviews published in July 2025",
    intro="Four case reviews were published in July 2025. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B58["b58-wordpress-block-markup-2025-10.html"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were published in October 2025. Every child, family, person and place in this post is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B58["b58-docx-label-tables-sections-2026-01.docx"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Four case reviews were published in January 2026. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B58["b58-github-readme-details-2026-03.md"] = dict(month="2026-03", heading="Case reviews published in March 2026",
    intro="Four case reviews were published in March 2026. Every child, family, person and place in this README is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
