# Batch b44 (issue 9, session 26; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a mailing list's MIME digest
# (.eml, multipart/digest of message/rfc822 posts, the round-up one post among others, a reply quoting it); Jira / Confluence
# wiki markup sent as .txt ('h2. title', '*label*', '# item', '[text|URL]', '{panel}' / '{info}' macros); a post as Medium's
# account export writes it (.html, 'graf' paragraphs, h3 titles, postList items, section dividers); a HackMD note (.md, YAML
# front matter, '[TOC]', ':::info' box, one ':::spoiler title' container per review, '- [ ]' task-list recommendations);
# a DOCX from an older Word template (links as complex HYPERLINK fields, runs split by proofErr / smartTag, items typed with
# w:sym Symbol bullets and a tab, no-break hyphens); Google Docs' 'Download > Plain text (.txt)' (BOM, CRLF, headings as bare
# lines, '* ' bullets, '________________' rules, links lost). All 20 entries are NEW summaries in the phrasing of NSPCC case
# review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B44 = {}
L_ML = ("Learning includes:", "Recommendations include:", "Good practice:")
L_JW = ("Key learning:", "Recommendations:", "Good practice identified:")
L_MD = ("Learning", "Recommendations", "Good practice")
L_HM = ("Learning points:", "Recommendations:", "Good practice:")
L_WD = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_GT = ("Learning:", "Recommendations:", "Good practice:")
_E = {}
# --- A: mailing list MIME digest, .eml (3)
_E[1] = E("Child ADY: Child safeguarding practice review",
          "Serious harm to a 5-month-old boy in February 2024 who was found to have fractures to three ribs and his left arm. His father, aged 26, said the baby had slipped in the bath. His mother, who was 18, has a learning disability. Child ADY is White British.",
          ["the father's account was accepted without asking how a baby of that age could slip", "the mother's learning disability was not taken into account when she was given advice"],
          ["ask for a skeletal survey whenever a non-mobile baby has an unexplained fracture", "give information to parents with a learning disability in a form they can use"],
          "Read practice review (PDF)",
          T("Child ADY", CSPR, "practice_review", "serious_harm", "2024", "5-month-old", "0.42", "under_1", "male", "White British",
            "physical_abuse", "parental_learning_disability"), lab=L_ML)
_E[2] = E("Children BEY and CEY: Serious case review",
          "Neglect of a brother and sister aged 6 and 9 between 2016 and 2018. The children often arrived at school hungry and in dirty clothes, and their mother, who had bipolar disorder, had stopped taking her medication. Their grandfather, aged 67, collected them from school most days. Ethnicity or nationality not stated.",
          ["the school's concerns were logged one at a time and never added up", "the grandfather's help was seen as a reason not to refer"],
          ["use a chronology when neglect concerns are raised more than once", "check that adult mental health services ask about children at every review"],
          "Read overview report (PDF)",
          T("Children BEY and CEY", SCR, "overview", "serious_harm", "2016|", "*", "*", "*", "mixed", "not_stated",
            "neglect", "parental_mental_health", n="2"),
          good=["the school nurse who kept a spare uniform and food for both children"], lab=L_ML)
_E[3] = E("Child DFY: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2024 who was stabbed near his home. Child DFY had been criminally exploited by an older group since the age of 13 and had been reported missing from home several times. Child DFY is Black Caribbean.",
          ["missing episodes were not linked to the risk of exploitation", "Child DFY was treated as an offender rather than as a victim"],
          ["use the national referral mechanism for every child thought to be criminally exploited"],
          "Read practice review (PDF)",
          T("Child DFY", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black Caribbean|Black Caribbean heritage",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation", ""), lab=L_ML)
# --- B: Jira / Confluence wiki markup sent as .txt (4)
_E[4] = E("Baby EGY: Child safeguarding practice review",
          "Death of a 9-week-old girl in 2025 who was found unresponsive in an adult bed where she had been sleeping with both parents. Her father, aged 31, had drunk alcohol that evening. There was no evidence of any injury. Baby EGY is of Romanian heritage.",
          ["safer sleep advice was given once, at the birth, and not repeated", "the parents did not have a cot of their own"],
          ["repeat safer sleep advice at every health visitor contact in the first six months", "give families who have no cot a safe place for the baby to sleep"],
          "Read practice review (PDF)",
          T("Baby EGY", CSPR, "practice_review", "death", "2025", "9-week-old", "0.17", "under_1", "female", "Romanian|Romanian heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"), lab=L_JW)
_E[5] = E("Child FHY: Serious case review (executive summary)",
          "Sexual abuse of an 11-year-old girl by her mother's partner, which she disclosed to a teacher in 2019. The partner, who was 45, had a caution for possessing indecent images of children. Child FHY is White British.",
          ["the partner's caution was not known to children's social care", "Child FHY's earlier withdrawn behaviour was put down to puberty"],
          ["check the history of any new adult who joins a household where a child is known to services"],
          "Read executive summary (PDF)",
          T("Child FHY", SCR, "executive_summary", "serious_harm", "2019|", "11-year-old", "11.00", "11_15", "female", "White British",
            "sexual_abuse", "|parental_criminality"),
          good=["the teacher who listened to Child FHY and referred the same day"], lab=L_JW)
_E[6] = E("Child GJY: Child safeguarding practice review",
          "Serious harm to a 14-year-old boy in 2023 who took an overdose of his mother's prescribed medication. Child GJY was a young carer for his mother, who has multiple sclerosis, and had been bullied at school. Child GJY is of Pakistani heritage.",
          ["no one asked Child GJY how caring for his mother affected him", "bullying was dealt with as a behaviour matter between pupils"],
          ["offer every young carer who is known to a school a young carers assessment", "share a child's overdose with their school the same week"],
          "Read practice review (PDF)",
          T("Child GJY", CSPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male", "Pakistani|Pakistani heritage",
            "self_harm_suicide|self_harm_suicide; poisoning_ingestion", "*", "*"), lab=L_JW)
_E[7] = E("Bruising in babies: thematic child safeguarding practice review",
          "Thematic review of four babies aged between 6 weeks and 5 months who were found to have bruising between 2022 and 2024. In three of the cases the bruising was first explained as a birthmark or as caused by an older sibling. Ethnicity or nationality not stated.",
          ["the bruising protocol was not followed by every agency", "explanations given by parents were not checked with a paediatrician"],
          ["remind all staff that any bruise on a baby who is not yet crawling needs a paediatric opinion", "audit use of the bruising protocol every year"],
          "Read thematic review (PDF)",
          T("", CSPR, "practice_review", "serious_harm", "2022|", "*", "*", "*", "not_stated", "not_stated",
            "physical_abuse", "", thematic="true", n="4"), lab=L_JW)
# --- C: Medium account export, .html (3)
_E[8] = E("Child HKY: Child safeguarding practice review",
          "Emotional abuse of a 10-year-old girl in 2024 who had lived with domestic abuse between her parents for most of her life. Her father, aged 39, had been arrested three times for assaults on her mother, aged 34. Child HKY is of Polish heritage.",
          ["police reports of domestic abuse did not say that a child lived in the home", "Child HKY was not spoken to on her own"],
          ["record the name and age of every child living at an address where police attend a domestic abuse incident"],
          "Read practice review (PDF)",
          T("Child HKY", CSPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "female", "Polish|Polish heritage",
            "emotional_abuse", "domestic_abuse|domestic_abuse; parental_criminality"),
          good=["the refuge worker who helped Child HKY's mother make a safety plan"], lab=L_MD)
_E[9] = E("Child JLY: Child safeguarding practice review",
          "Death of a 4-year-old boy in 2023 from sepsis after a chest infection was not treated. His parents, who belong to a faith group that does not accept medical care, had not registered him with a GP. Child JLY is White British.",
          ["a child not registered with a GP was not seen as a concern", "professionals were unsure how to respond to the family's beliefs"],
          [],
          "Read practice review (PDF)",
          T("Child JLY", CSPR, "practice_review", "death", "2023", "4-year-old", "4.00", "1_5", "male", "White British",
            "neglect|neglect; other", ""),
          norec="Makes no recommendations as the learning is being taken forward by the national panel.", lab=L_MD)
_E[10] = E("Child KMY: Local child safeguarding practice review",
           "Serious harm to a 13-year-old girl in 2024 who was sexually exploited by a group of young men she met through a friend. Child KMY had been reported missing 9 times in 2023 and was on a child protection plan. Child KMY is of mixed White and Black Caribbean heritage.",
           ["the child protection plan did not address risks outside the home", "each missing episode was closed without a return home interview"],
           ["hold a strategy discussion after any missing episode by a child on a child protection plan", "share intelligence about adults who target children between police and social care"],
           "Read practice review (PDF)",
           T("Child KMY", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female",
             "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
             "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm; sexual_abuse|child_sexual_exploitation; sexual_abuse",
             "", "child_protection_plan"), lab=L_MD)
# --- D: HackMD note, .md (3)
_E[11] = E("Child LNY: Child safeguarding practice review",
           "Serious harm to a 2-year-old girl in 2025 who swallowed a button battery at her childminder's home. The childminder was looking after seven children that day, more than she was registered for. Child LNY is of Somali heritage.",
           ["the childminder's numbers had not been checked since 2021", "button batteries were within reach of young children"],
           ["tell every registered childminder about the dangers of button batteries", "check the number of children cared for at each inspection"],
           "Read practice review (PDF)",
           T("Child LNY", CSPR, "practice_review", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "female", "Somali|Somali heritage",
             "poisoning_ingestion|poisoning_ingestion; neglect|neglect|neglect; other|other", ""), lab=L_HM)
_E[12] = E("Child MPY: Serious case review",
           "Physical abuse and neglect of a 7-year-old boy in 2014 whose stepmother locked him in his bedroom for long periods. His father, aged 36, worked nights and said he did not know. Child MPY is of Indian heritage.",
           ["Child MPY's weight loss was not followed up by his school", "the father was never asked what happened at home while he was at work"],
           ["involve both parents in every child protection enquiry"],
           "Read overview report (PDF)",
           T("Child MPY", SCR, "overview", "serious_harm", "2014", "7-year-old", "7.00", "6_10", "male", "Indian|Indian heritage",
             "neglect; physical_abuse|emotional_abuse; neglect; physical_abuse", ""),
           good=["the dinner supervisor who noticed Child MPY taking food from other children's plates"], lab=L_HM)
_E[13] = E("Children NQY and PQY: Child safeguarding practice review",
           "Serious harm to twin boys aged 8 months in 2024 who were both found to have healing fractures. Their mother, aged 22, and their father, aged 25, each blamed the other. The children are White British.",
           ["the twins were seen by five different professionals in a month and no one had the whole picture", "a missed hospital appointment for one twin was not followed up"],
           ["name a lead professional for families with twins or more born early", "follow up every missed hospital appointment for a baby"],
           "Read practice review (PDF)",
           T("Children NQY and PQY", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "male", "White British",
             "physical_abuse", "", n="2"), lab=L_HM)
# --- E: DOCX from an older Word template, field links, symbol bullets (4)
_E[14] = E("Child QRY: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2024 who took her own life after intimate images of her were shared online by a former boyfriend, aged 19. She had been seeing the school counsellor since 2022. Child QRY is of Chinese heritage.",
           ["the school did not know the images had been shared", "the counsellor's notes were not shared when Child QRY moved to college"],
           ["teach students how to report shared intimate images", "pass on wellbeing records when a young person moves to college"],
           "Read practice review (PDF)",
           T("Child QRY", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female", "Chinese|Chinese heritage",
             "online_harm; self_harm_suicide|self_harm_suicide|online_harm; self_harm_suicide; sexual_abuse|online_harm; self_harm_suicide; extra_familial_harm", ""), lab=L_WD)
_E[15] = E("Child RSY: Child safeguarding practice review",
           "Serious harm to an 8-year-old boy with autism in 2023 who was restrained and shut in a room at his special school. Child RSY does not use speech to communicate. Child RSY is White British.",
           ["staff were not trained in the use of restraint", "Child RSY's changes in behaviour at home were not linked to events at school"],
           ["record every use of restraint or seclusion and share it with parents the same day"],
           "Read practice review (PDF)",
           T("Child RSY", CSPR, "practice_review", "serious_harm", "2023", "8-year-old", "8.00", "6_10", "male", "White British",
             "physical_abuse|physical_abuse; emotional_abuse|emotional_abuse|other", "", "disabled"),
           good=["the parent who kept a diary of Child RSY's behaviour after school"], lab=L_WD)
_E[16] = E("Baby STY: Child safeguarding practice review",
           "Death of a 10-day-old boy in 2025 who was born at home without any antenatal care. His mother, aged 16, had hidden the pregnancy from the aunt she was living with. Baby STY is White British.",
           ["the mother's missed school days were not explored", "no agency knew that the mother was living with her aunt"],
           ["teach school staff to recognise the signs of a concealed pregnancy", "ask about private family arrangements when a child moves in with relatives"],
           "Read practice review (PDF)",
           T("Baby STY", CSPR, "practice_review", "death", "2025", "10-day-old", "0.03", "under_1", "male", "White British",
             "neglect|other|", ""), lab=L_WD)
_E[17] = E("Child TVY: Serious case review",
           "Neglect of a 15-year-old boy in 2017 who was living alone in a flat after his father left the country. No agency knew he had been living on his own for five months. Child TVY is of Albanian heritage.",
           ["the school accepted the father's e-mails without seeing him", "the landlord's concerns were not passed on"],
           [],
           "Read overview report (PDF)",
           T("Child TVY", SCR, "overview", "serious_harm", "2017", "15-year-old", "15.00", "11_15", "male", "Albanian|Albanian heritage",
             "neglect", ""),
           norec="Makes no recommendations as the partnership had already changed its procedures.", lab=L_WD)
# --- F: Google Docs, Download > Plain text (.txt) (3)
_E[18] = E("Child VWY: Child safeguarding practice review",
           "Serious harm to a 3-year-old girl in 2024 who was found to have methadone in her blood. Both parents were on a drug treatment programme and kept their methadone in the fridge. Child VWY is White British.",
           ["safe storage was discussed when the parents started treatment but never checked", "the drug service did not know a young child lived in the home"],
           ["check safe storage at home visits for every parent prescribed opioid substitutes", "ask about children in the home at every drug service review"],
           "Read practice review (PDF)",
           T("Child VWY", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "female", "White British",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"), lab=L_GT)
_E[19] = E("Child WXY: Child safeguarding practice review",
           "Death of a 12-year-old boy in 2023 from an asthma attack. His mother did not collect his inhalers and he had missed 11 hospital appointments since 2020. It is not known whether anyone in the home smoked. Child WXY is of Bangladeshi heritage.",
           ["missed appointments were recorded as 'did not attend' rather than 'was not brought'", "the pharmacy did not tell the GP that inhalers were not collected"],
           [],
           "Read practice review (PDF)",
           T("Child WXY", CSPR, "practice_review", "death", "2023", "12-year-old", "12.00", "11_15", "male", "Bangladeshi|Bangladeshi heritage",
             "neglect", ""),
           norec="Makes no recommendations but asks partners to use the was not brought guidance.", lab=L_GT)
_E[20] = E("Child XZY: Child safeguarding practice review",
           "Serious harm to a 6-year-old girl in 2025 who was hit by her father with a belt. Her 11-year-old sister had told a teacher the year before that their father hit them. Child XZY is of Ghanaian heritage.",
           ["the sister's disclosure was not shared with children's social care", "physical punishment was seen as part of the family's culture"],
           ["refer every disclosure of physical punishment that leaves a mark", "train staff to talk to parents about the law on physical punishment"],
           "Read practice review (PDF)",
           T("Child XZY", CSPR, "practice_review", "serious_harm", "2025", "6-year-old", "6.00", "6_10", "female", "Ghanaian|Ghanaian heritage",
             "physical_abuse", ""),
           good=["the sister's teacher who made a record of exactly what she said"], lab=L_GT)

B44["b44-mailman-digest-2025-04.eml"] = dict(month="2025-04", heading="Case reviews published in April 2025",
    intro="Three case reviews were published in April 2025. Every child, family, person and place in this message is invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B44["b44-jira-wikimarkup-2024-10.txt"] = dict(month="2024-10", heading="Case reviews \u2013 October 2024",
    intro="Four case reviews were published in October 2024. All of the children, families, people and places on this page are invented for testing.",
    entries=[_E[4], _E[5], _E[6], _E[7]])
B44["b44-medium-export-2025-12.html"] = dict(month="2025-12", heading="New case reviews: December 2025",
    intro="Three case reviews were published in December 2025. All of the children, families, people and places in this story are invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B44["b44-hackmd-note-2026-02.md"] = dict(month="2026-02", heading="Case review round-up: February 2026",
    intro="Three case reviews were published in February 2026. Every child, family, person and place in this note is invented for testing.",
    entries=[_E[11], _E[12], _E[13]])
B44["b44-word-fields-2025-08.docx"] = dict(month="2025-08", heading="Case reviews published in August 2025",
    intro="Four case reviews were published in August 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[14], _E[15], _E[16], _E[17]])
B44["b44-gdocs-plaintext-2025-06.txt"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="In June 2025 three case reviews were published. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
