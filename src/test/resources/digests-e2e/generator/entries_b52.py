# Batch b52 (issue 9, session 30; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a web page dumped as text by
# `lynx -dump` (link texts marked '[N]', a numbered 'References' list of URLs at the end, '*' bullets, 3-space body indent);
# an Adobe Experience Manager (AEM core components) page (cmp-teaser per review with a pretitle, the report link as the
# teaser's action link BEFORE the labels, a 'Related content' cmp-list of other months' reviews, experience-fragment header
# and footer); a DOCX from a GERMAN Word template (style ids 'Titel', 'berschrift2', 'berschrift3', 'Listenabsatz' as Word
# writes them, English text; list numbers only from numbering.xml; links as HYPERLINK field codes); an HTML-only e-mail,
# base64, whose charset is declared 'iso-8859-1' in the MIME header only while its bytes are Windows-1252 (smart quotes,
# en dashes, '£'), Subject as an RFC 2047 encoded-word; a MultiMarkdown note (metadata block of 'Key: value' lines, '{{TOC}}',
# '[label]' header ids, CriticMarkup edits left in: {~~a~>b~~}, {++ ++}, {-- --}, {>> <<}, {== ==}); an S/MIME signed e-mail
# (multipart/signed, an smime.p7s signature part; text part 8bit UTF-8 as Outlook writes it: 'text<URL>' links, '•<TAB>' items).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: several entries about
# two children of different ages, an adult's death next to a child's injury (outcome serious_harm), other people's ages,
# older years, hedged and negated harms, a title naming an area and a year that is not the incident's, and one entry whose
# recommendations are printed BEFORE its learning (field `order`). Every child, family, person and place is invented.
# CriticMarkup edits are scored as accepted (the text a reader of the finished note sees), as for Word's tracked changes.
# Uses E, T, CSPR, SCR from entries.py.
B52 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_DE = ("Learning includes", "Recommendations include", "Good practice")
_E = {}
_E_BASE = E


def E(*a, order="lr", critic=None, pub=None, **k):  # order "rl": the recommendations printed before the learning; critic: markup per part
    d = _E_BASE(*a, **k); d["order"] = order; d["critic"] = critic or {}
    if pub: d["pub"] = pub
    return d


# --- A: lynx -dump of a partnership page (4)
_E[1] = E("Children AQM and BQM: Child safeguarding practice review",
          "Neglect of two brothers, aged 4 and 9, between 2021 and 2024. The family moved house five times in three years and the boys were not registered with a GP after 2022. Their mother, aged 31, misused cocaine and their grandmother, aged 58, cared for them at weekends. The older boy missed 40% of his school sessions in 2023. The children are White British.",
          ["each move was treated as a new referral, so the history of neglect was lost", "the grandmother's worries were heard but not written down"],
          ["transfer the full record when a family on an early help plan moves area", "ask schools to tell the GP when a child is not registered"],
          "Read practice review (PDF)",
          T("Children AQM and BQM", CSPR, "practice_review", "serious_harm|", "2021|2024|", "*", "*", "*", "male", "White British",
            "neglect", "parental_substance_misuse"), lab=L_STD)
_E[1]["t"]["n_children"] = "2"
_E[2] = E("Child CQM: Child safeguarding practice review",
          "Death of an 8-week-old boy in 2024 who was found unresponsive after sleeping on an adult bed with his father, aged 27, who had drunk alcohol that evening. The family had been given safer sleep advice at the birth. Child CQM is of Lithuanian heritage.",
          ["safer sleep advice was given once, to the mother only", "the father's drinking was not asked about by any practitioner"],
          ["give safer sleep advice to both parents at every contact in the first three months", "ask about alcohol use by everyone who looks after a baby"],
          "Read practice review (PDF)",
          T("Child CQM", CSPR, "practice_review", "death", "2024", "8-week-old", "0.15", "under_1", "male", "Lithuanian|Lithuanian heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse"), lab=L_STD)
_E[3] = E("Child DQM: Serious case review",
          "Serious harm to a 15-year-old girl in 2018 who was sexually exploited by several men after going missing from a children's home. One man, aged 36, was convicted in 2020. Child DQM had been looked after since she was 12. She is of mixed White and Asian heritage.",
          ["missing episodes were recorded but the pattern of older men collecting her was not seen", "the home's staff did not know who to tell about the cars waiting outside"],
          ["record the details of vehicles seen collecting looked after children and share them with the police", "train residential staff in the signs of child sexual exploitation"],
          "Read overview report (PDF)",
          T("Child DQM", SCR, "overview", "serious_harm", "2018", "15-year-old", "15.00", "11_15", "female",
            "mixed White and Asian|mixed White and Asian heritage|White and Asian|Mixed White and Asian",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse",
            "", "looked_after|looked_after; residential_care|residential_care"), pub="2025", lab=L_STD)
_E[4] = E("Child EQM: Child safeguarding practice review",
          "Death of a 12-year-old boy with autism in 2025 who drowned in a reservoir near his home. He had left the house without his parents knowing. There is no evidence that he was harmed by another person. His sister, aged 17, had been his main carer after school. Child EQM is White British.",
          ["the family's request for a short break service had waited eleven months", "his older sister's role as a young carer had not been assessed"],
          [],
          "Read practice review (PDF)",
          T("Child EQM", CSPR, "practice_review", "death", "2025", "12-year-old", "12.00", "11_15", "male", "White British",
            "neglect|other|", "", "disabled"),
          norec="Makes no recommendations but asks the partnership to report on waiting times for short breaks within six months.", lab=L_STD)
# --- B: Adobe Experience Manager page, cmp-teaser per review (3)
_E[5] = E("Child FQM: Child safeguarding practice review",
          "Serious injury to a 6-month-old girl in 2025 who was found to have a skull fracture and bleeding on the brain. Her father, aged 22, said she had rolled off the sofa. Her mother, aged 20, had left care a year before the birth. Child FQM is White British.",
          ["the explanation of a fall from a sofa was accepted without a child protection medical", "the mother's own history as a care leaver was not shared with the health visitor"],
          ["hold a child protection medical for every head injury in a baby under one", "give care leavers who become parents a named personal adviser until the baby is two"],
          "Read practice review (PDF)",
          T("Child FQM", CSPR, "practice_review", "serious_harm", "2025", "6-month-old", "0.50", "under_1", "female", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""), lab=L_STD)
_E[6] = E("Children GQM and HQM: Child safeguarding practice review",
          "Emotional abuse and neglect of two sisters, aged 7 and 13, whose mother, aged 45, had a long history of psychosis. Between 2020 and 2024 the older girl cared for her sister and her mother and stopped going to school. Their father, aged 50, lived abroad. The children are of Polish heritage.",
          ["the older girl was seen as coping well because she was polite and organised", "adult mental health services did not ask who looked after the children when the mother was unwell"],
          ["use the young carers assessment whenever a child cares for a parent with a mental illness", "include questions about children in every adult mental health care plan"],
          "Read practice review (PDF)",
          T("Children GQM and HQM", CSPR, "practice_review", "serious_harm|", "2020|2024|", "*", "*", "*", "female", "Polish|Polish heritage",
            "emotional_abuse; neglect|neglect; emotional_abuse", "parental_mental_health", "not_in_school|", n="2"),
          good=["the school attendance officer who visited the home three times in one week"], lab=L_STD)
_E[7] = E("Child IQM: Child safeguarding practice review",
          "Serious harm to a 16-year-old boy in 2024 who was stabbed by a man, aged 24, who had been using him to sell drugs. Child IQM had been reported missing 14 times in 2023. He is of Black African heritage.",
          ["the boy was treated as a young offender and not as a victim of exploitation", "the National Referral Mechanism referral was made only after the stabbing"],
          ["refer children found with drugs far from home to the National Referral Mechanism at the first opportunity", "review the use of police custody for exploited children"],
          "Read practice review (PDF)",
          T("Child IQM", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "Black African|Black African heritage",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse|child_criminal_exploitation", ""),
          order="rl", lab=L_STD)
# --- C: DOCX from a German Word template (4)
_E[8] = E("Baby JQM: Child safeguarding practice review",
          "Death of a 4-week-old girl in 2025 from dehydration and weight loss. Her mother, aged 18, had a mild learning disability and was feeding her with diluted formula to make it last. The midwife had noted that Baby JQM was not gaining weight. Baby JQM is of Roma heritage.",
          ["feeding advice was given in writing to a mother who could not read well", "weight loss in the first weeks was recorded but not acted on"],
          ["check that parents with a learning disability have understood feeding advice", "refer any baby who has not regained birth weight by three weeks to a paediatrician"],
          "Read practice review (PDF)",
          T("Baby JQM", CSPR, "practice_review", "death", "2025", "4-week-old", "0.08", "under_1", "female", "Roma|Roma heritage",
            "neglect", "parental_learning_disability"), lab=L_DE)
_E[9] = E("Child KQM: Child safeguarding practice review",
          "Physical abuse of a 9-year-old boy in 2024 by his stepfather, aged 39, who hit him with a belt. Child KQM told his teacher about the abuse. His mother, aged 33, said she did not know. Child KQM is of Kurdish heritage.",
          ["the first strategy discussion did not include the school", "the stepfather's previous caution for assault was found only after the second referral"],
          ["invite the school to every strategy discussion about a child of school age", "check police records for every adult in the household at the first referral"],
          "Read practice review (PDF)",
          T("Child KQM", CSPR, "practice_review", "serious_harm|", "2024", "9-year-old", "9.00", "6_10", "male", "Kurdish|Kurdish heritage",
            "physical_abuse", "parental_criminality|"),
          good=["the teacher who wrote down the boy's exact words"], lab=L_DE)
_E[10] = E("Children LQM and MQM: Child safeguarding practice review",
           "Serious harm to a 2-year-old girl and her brother, aged 10, in 2025, who swallowed their mother's methadone. Both children were treated in intensive care and recovered. Their mother, aged 29, was on a drug treatment programme and kept the methadone in the fridge. The children are White British.",
           ["the drug treatment service did not know that the mother had children living with her", "advice on storing methadone safely was not repeated after the first appointment"],
           ["ask every adult who starts opioid substitution treatment about the children they live with", "give lockable boxes to every parent prescribed methadone to take home"],
           "Read practice review (PDF)",
           T("Children LQM and MQM", CSPR, "practice_review", "serious_harm", "2025", "*", "*", "*", "mixed", "White British",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse", n="2"), lab=L_DE)
_E[11] = E("2024 – Kestrel Vale – Child NQM",
           "Suicide of a 14-year-old girl in 2021 after months of bullying online by pupils from her school. Her mother, aged 46, had told the school about the messages in 2020. Child NQM had been waiting for an appointment with the child and adolescent mental health service. Child NQM is of Indian heritage.",
           ["the school dealt with each online incident as a separate matter", "her place on the waiting list was not reviewed when she told her GP she felt hopeless"],
           ["review waiting list risk whenever a child on the list talks about feeling hopeless", "record online bullying as a pattern, not a series of incidents"],
           "Read practice review (PDF)",
           T("Child NQM", "unknown|" + CSPR, "practice_review", "death", "2021", "14-year-old", "14.00", "11_15", "female", "Indian|Indian heritage",
             "self_harm_suicide; online_harm|self_harm_suicide|online_harm; self_harm_suicide", "", "", area="Kestrel Vale"), pub="2024", lab=L_DE)
# --- D: HTML-only e-mail, base64, charset iso-8859-1 in the header, Windows-1252 bytes (3)
_E[12] = E("Child OQM: Child safeguarding practice review",
           "Neglect of a 3-year-old boy in 2024 whose family owed £4,200 in rent and had no electricity for several weeks. His mother, aged 25, had post-natal depression after the birth of his sister. Child OQM was admitted to hospital with severe tooth decay and weighed less than he had a year earlier. Child OQM is White British.",
           ["the family's debts were seen as a money problem and not as a risk to the children", "the nursery's concerns about his weight were not passed on to the health visitor"],
           ["include a money and debt check in every early help assessment", "share nursery concerns about a child's weight with the health visitor within a week"],
           "Read practice review (PDF)",
           T("Child OQM", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "male", "White British",
             "neglect", "parental_mental_health"), lab=L_STD)
_E[13] = E("Child PQM: Child safeguarding practice review",
           "Serious injury to an 11-year-old girl in 2025 who was stabbed by her mother's partner, aged 41, who then killed her mother, aged 37. Child PQM survived after surgery. The partner had been released from prison in 2024 and had been assessed as a medium risk to women. Child PQM is of Jamaican heritage.",
           ["the probation service's risk assessment did not mention that the new partner had a child", "the MARAC referral made in 2024 was closed when the mother said the relationship had ended"],
           ["check whether children live in the household of every new partner of a domestic abuse offender", "keep MARAC cases open until the safety of the children has been checked"],
           "Read practice review (PDF)",
           T("Child PQM", CSPR, "practice_review", "serious_harm", "2025", "11-year-old", "11.00", "11_15", "female", "Jamaican|Jamaican heritage",
             "physical_abuse|physical_abuse; domestic_abuse", "domestic_abuse|domestic_abuse; parental_criminality"), lab=L_STD)
_E[14] = E("Child QQM: Serious case review",
           "Sexual abuse of a 10-year-old boy by a sports coach, aged 52, between 2017 and 2019. The coach had been dismissed from a club in another county in 2012, but the club did not share the reason. Child QQM is of Greek Cypriot heritage.",
           ["volunteer coaches were not asked for references from their previous clubs", "the boy's parents' concerns about gifts were not reported to the club's welfare officer"],
           ["require two references from previous clubs for every coach who works with children", "tell parents how to contact the club's welfare officer"],
           "Read overview report (PDF)",
           T("Child QQM", SCR, "overview", "serious_harm", "2017|2019|", "10-year-old", "10.00", "6_10", "male", "Greek Cypriot|Greek Cypriot heritage",
             "sexual_abuse|sexual_abuse; extra_familial_harm", ""),
           good=["the club's new welfare officer who acted on the first disclosure within a day"], lab=L_STD)
# --- E: MultiMarkdown note with CriticMarkup left in (3)
_E[15] = E("Child RQM: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2020 who took an overdose while living in a hostel for young people. He had left foster care at 16. His key worker, aged 23, had 30 young people on her caseload. Child RQM is of Vietnamese heritage.",
           ["his move to the hostel was made in a crisis and without a plan", "the key worker had no training in suicide risk"],
           ["give hostel key workers suicide prevention training before they start", "never move a looked after child of 16 to a hostel in an emergency"],
           "Read practice review (PDF)",
           T("Child RQM", CSPR, "practice_review", "death", "2020", "17-year-old", "17.00", "16_17", "male", "Vietnamese|Vietnamese heritage",
             "self_harm_suicide|self_harm_suicide; poisoning_ingestion", "", "looked_after|looked_after; foster_care|foster_care|"),
           critic={"summary": ("in 2020", "in {~~2019~>2020~~}")}, lab=L_STD)
_E[16] = E("Children SQM and TQM: Child safeguarding practice review",
           "Physical abuse of a brother and sister, aged 5 and 14, by their father, aged 44, between 2022 and 2024. The girl told a school nurse that her father hit them both with a cable. The father's own violence was known to the police from 2015. The children are of Nigerian heritage.",
           ["the girl's first disclosure was treated as a matter of physical chastisement", "the younger child was not seen alone"],
           ["see every child in the household alone when one child says they have been hit", "share police records of violence when a parent's children are referred", "train school nurses to make referrals straight to the front door"],
           "Read practice review (PDF)",
           T("Children SQM and TQM", CSPR, "practice_review", "serious_harm", "2022|2024|", "*", "*", "*", "mixed", "Nigerian|Nigerian heritage",
             "physical_abuse", "parental_criminality|domestic_abuse|"),
           critic={"rec3": "{++train school nurses to make referrals straight to the front door++}",
                   "summary_after": "{>>Check the years with the author: 2022 or 2021?<<}"}, lab=L_STD)
_E[16]["t"]["n_children"] = "2"
_E[17] = E("Child UQM: Child safeguarding practice review",
           "Serious harm to a 13-year-old girl with cerebral palsy in 2025 whose feeding tube had not been cleaned for weeks. Her carer, aged 34, had stopped taking her to her hospital appointments. Child UQM is of Bangladeshi heritage.",
           ["missed hospital appointments for a disabled child were not followed up", "the short breaks service did not report the state of her equipment"],
           ["follow up every disabled child who is not brought to two appointments in a row", "ask short breaks staff to report concerns about care at home"],
           "Read practice review (PDF)",
           T("Child UQM", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "Bangladeshi|Bangladeshi heritage",
             "neglect", "", "disabled"),
           critic={"learn1": "{==missed hospital appointments for a disabled child==} were not followed up",
                   "drop_learn": "{--the GP was not told that the family had moved--}"}, lab=L_STD)
# --- F: S/MIME signed e-mail, text part 8bit UTF-8 as Outlook writes it (3)
_E[18] = E("Children VQM and WQM: Child safeguarding practice review",
           "Sexual abuse of twin girls, aged 8, and emotional abuse of their brother, aged 12, by their uncle, aged 28, who lived with the family from 2022 to 2024. The abuse came to light when one of the girls told a dinner lady. The children are of Pakistani heritage.",
           ["the uncle was not seen as a member of the household", "the family's fear of shame in the community was not explored"],
           ["ask about every adult who lives in or often stays in the home", "work with community and faith leaders on talking about sexual abuse"],
           "Read practice review (PDF)",
           T("Children VQM and WQM", CSPR, "practice_review", "serious_harm", "2022|2024|", "*", "*", "*", "female|mixed", "Pakistani|Pakistani heritage",
             "sexual_abuse|sexual_abuse; emotional_abuse|emotional_abuse; sexual_abuse", ""), lab=L_STD)
_E[18]["t"]["n_children"] = "2|3"
_E[19] = E("Child XQM: Child safeguarding practice review",
           "Death of a 2-year-old boy in 2025 who fell from a third-floor window of a temporary flat. The window had no restrictor and the family had asked the landlord to fit one in 2024. His mother, aged 30, was in the next room. Child XQM is of Eritrean heritage.",
           ["the housing officer who inspected the flat did not check the windows", "the family's complaint about the window was not passed to environmental health"],
           ["inspect window restrictors before a family with young children moves into temporary housing"],
           "Read practice review (PDF)",
           T("Child XQM", CSPR, "practice_review", "death", "2025", "2-year-old", "2.00", "1_5", "male", "Eritrean|Eritrean heritage",
             "other|neglect|", ""), lab=L_STD)
_E[20] = E("Child YQM: Child safeguarding practice review",
           "Serious harm to a 14-year-old boy in 2024 who was groomed online by a man, aged 40, who persuaded him to send sexual images and then threatened to share them. Child YQM self-harmed after the threats. He is White British.",
           ["the boy's sudden change in behaviour at home was seen as normal for his age", "his parents did not know where to report the threats"],
           ["include sextortion in online safety lessons for boys", "tell parents how to report sexual images of their child online"],
           "Read practice review (PDF)",
           T("Child YQM", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "male", "White British",
             "online_harm; sexual_abuse|online_harm; sexual_abuse; self_harm_suicide|child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; sexual_abuse|online_harm; self_harm_suicide; sexual_abuse",
             ""), good=["the police officer who stayed with the family while the images were reported"], lab=L_STD)

B52["b52-lynx-dump-2025-08.txt"] = dict(month="2025-08", heading="Case reviews published in August 2025",
    intro="Four case reviews were published in August 2025. Every child, family, person and place on this page is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B52["b52-aem-teasers-2026-03.html"] = dict(month="2026-03", heading="Case reviews published in March 2026",
    intro="Three case reviews were published in March 2026. Every child, family, person and place on this page is invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B52["b52-docx-german-template-2025-05.docx"] = dict(month="2025-05", heading="Case reviews published in May 2025",
    intro="Four case reviews were published in May 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[8], _E[9], _E[10], _E[11]])
B52["b52-eml-html-latin1-base64-2025-02.eml"] = dict(month="2025-02", heading="Case reviews published in February 2025",
    intro="Three case reviews were published in February 2025. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[12], _E[13], _E[14]])
B52["b52-multimarkdown-critic-2024-11.md"] = dict(month="2024-11", heading="Case reviews published in November 2024",
    intro="Three case reviews were published in November 2024. Every child, family, person and place in this note is invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B52["b52-eml-smime-signed-2026-06.eml"] = dict(month="2026-06", heading="Case reviews published in June 2026",
    intro="Three case reviews were published in June 2026. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
