# Batch b68 (issue 9, session 38, d68; invented for testing; truth written and committed before any input was rendered and
# before the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: a screen reader's speech log
# (NVDA's Speech Viewer copied to a text file: every element announced with its role, 'heading level 2', 'list with 3
# items', 'bullet', 'link', 'out of list'); a CMS page whose review bodies are one text field shown with CSS
# `white-space: pre-line` (the line breaks are newline characters in the HTML, no <br> or <p>); a page-builder page whose
# lines are <span style="display:block"> inside one <p> per review (no heading, list or paragraph elements); a DOCX from a
# PDF-to-Word conversion (every printed line its own paragraph, words hyphenated at line ends, typed bullets with a tab,
# page headers and footers as body paragraphs in the middle of reviews); an EPUB 3 XHTML chapter (epub:type page-break
# markers inside summaries and lists, noteref superscripts after words, footnote asides between reviews).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case reviews published years later, a 'Makes no recommendations as
# ...' sentence, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B68 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Good practice includes:")
L_KEY = ("Key learning includes:", "Recommendations include:", "Identifies good practice including:")
L_THM = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


# --- A: NVDA Speech Viewer log copied to a text file (4)
_E[1] = E("Child AJD: Child safeguarding practice review",
          "Serious harm to a 5-month-old girl in 2024 who had fractures to her ribs and both legs. Her mother, aged 22, had been a victim of domestic abuse by the baby's father. Child AJD is White British.",
          ["the fractures were not linked to the father's violence towards the mother", "the health visitor saw the baby only when the father was out"],
          ["ask about domestic abuse at every health visiting contact", "include the father in assessments of a baby's care"],
          "Read practice review (PDF)",
          T("Child AJD", CSPR, "practice_review", "serious_harm", "2024", "5-month-old", "0.42", "under_1", "female", "White British",
            "physical_abuse", "domestic_abuse"), lab=L_STD)
_E[2] = E("Children BJD and CJD: Serious case review",
          "Neglect of two brothers, aged 3 and 5, between 2015 and 2017 who were left alone at home for long periods and had rotten teeth. Their father, aged 41, misused heroin. The children are White British.",
          ["missed dental appointments were not followed up", "the drug service did not know the father cared for two young children"],
          ["ask every adult in drug treatment about the children in their care", "treat children not brought to dental appointments as a possible sign of neglect"],
          "Read overview report (PDF)",
          T("Children BJD and CJD", SCR, "overview", "serious_harm|", "2015|2017|", "*", "*", "*", "male", "White British",
            "neglect", "parental_substance_misuse", n="2"),
          pub="2025", lab=L_STD)
_E[3] = E("Child DJD: Child safeguarding practice review",
          "Death of a 17-year-old girl in 2024 who took her own life after months of online bullying. She had been waiting ten months for a mental health assessment. Child DJD is of Indian heritage.",
          ["the waiting list was not reviewed when her school raised new concerns", "the bullying was treated as a matter between pupils"],
          ["review the risk of every young person waiting for a mental health assessment", "give schools a way to escalate concerns about children on a waiting list"],
          "Read practice review (PDF)",
          T("Child DJD", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female", "Indian|Indian heritage|Asian Indian",
            "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; online_harm; emotional_abuse", ""),
          good=["the school counsellor who saw her every week"], lab=L_STD)
_E[4] = E("Child EJD: Child safeguarding practice review",
          "Serious harm to a 9-year-old boy in 2025 who was sexually abused by a football coach, aged 39. The coach had been dismissed by another club in 2019. Child EJD is of Polish heritage.",
          ["the coach's dismissal was not shared with the new club", "the club had no safeguarding lead"],
          [],
          "Read practice review (PDF)",
          T("Child EJD", CSPR, "practice_review", "serious_harm", "2025", "9-year-old", "9.00", "6_10", "male", "Polish|Polish heritage|White Polish|White other",
            "sexual_abuse|sexual_abuse; extra_familial_harm", ""),
          norec="Makes no recommendations as the national governing body has already changed its rules on sharing concerns about coaches.", lab=L_STD)
# --- B: a CMS page whose review bodies are one text field shown with white-space: pre-line (4)
_E[5] = E("Baby FJD: Child safeguarding practice review",
          "Death of a 4-week-old boy in 2024 who was found unresponsive in his parents' bed. His mother, aged 19, had been drinking alcohol. Baby FJD is of White and Black African heritage.",
          ["safer sleep advice was not repeated after the family moved house", "the mother's drinking was not asked about after the birth"],
          ["repeat safer sleep advice at every new address", "ask about alcohol use at each postnatal visit"],
          "Read practice review (PDF)",
          T("Baby FJD", CSPR, "practice_review", "death", "2024", "4-week-old", "0.08", "under_1", "male",
            "White and Black African|mixed White and Black African|mixed White and Black African heritage|White and Black African heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping|parental_alcohol_misuse"), lab=L_KEY)
_E[6] = E("Child GJD: Child safeguarding practice review",
          "Serious harm to a 15-year-old girl in 2024 who was sexually exploited by a group of men in their twenties. She had been reported missing 11 times and was in care since she was 12. Child GJD is White British.",
          ["each missing episode was treated on its own", "the men's car was seen by police but not checked"],
          ["map the adults linked to every child who goes missing often", "hold a strategy meeting after the third missing episode in a month"],
          "Read practice review (PDF)",
          T("Child GJD", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "female", "White British",
            "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "",
            "looked_after"),
          good=["the residential worker who kept a record of the cars she got into"], lab=L_KEY)
_E[7] = E("Children HJD and JJD: Child safeguarding practice review",
          "Emotional abuse of a brother and sister, aged 8 and 11, in 2023 who lived with their mother and her partner, aged 44, who controlled the family's money and movements. The children told their school they were scared to go home. The children are of Pakistani heritage.",
          ["the partner's coercive control was not recognised as harm to the children", "the children's words were not recorded in their own terms"],
          ["train school staff to recognise coercive control", "record what children say in their own words"],
          "Read practice review (PDF)",
          T("Children HJD and JJD", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "*", "mixed", "Pakistani|Pakistani heritage|Asian Pakistani",
            "emotional_abuse|emotional_abuse; domestic_abuse", "domestic_abuse|", n="2"), lab=L_KEY)
_E[8] = E("Child KJD: Serious case review",
          "Death of a 2-year-old girl in 2016 who swallowed her mother's methadone. Her mother, aged 29, had been on a drug treatment programme since 2014. Child KJD is White British.",
          ["the methadone was not kept in a locked box", "home visits by the drug service had stopped"],
          ["give a lockable box to every parent prescribed methadone", "visit the homes of parents in drug treatment who care for young children"],
          "Read overview report (PDF)",
          T("Child KJD", SCR, "overview", "death", "2016", "2-year-old", "2.00", "1_5", "female", "White British",
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"),
          pub="2025", lab=L_KEY)
# --- C: a page-builder page whose lines are <span style="display:block"> in one <p> per review (4)
_E[9] = E("Child LJD: Child safeguarding practice review",
          "Serious harm to a 14-year-old boy in 2024 who was stabbed after being recruited to sell drugs by older teenagers. He had not been in school since he was 12. Child LJD is Black British.",
          ["his absence from school was not followed up", "police saw him as an offender rather than a victim of exploitation"],
          ["refer every child found dealing drugs through the national referral mechanism", "check on children who have been out of school for more than a term"],
          "Read practice review (PDF)",
          T("Child LJD", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse|extra_familial_harm|extra_familial_harm; physical_abuse", "",
            "not_in_school|"),
          good=["the youth worker who stayed in touch with him in hospital"], lab=L_THM)
_E[10] = E("Baby MJD: Child safeguarding practice review",
           "Serious harm to a 6-week-old girl in 2025 who had a head injury and bleeding behind her eyes. Her father, aged 25, said she had rolled off a changing table. Baby MJD is of mixed White and Asian heritage.",
           ["the father's account did not fit the baby's age", "the father was not seen by the midwife"],
           ["seek a child protection medical for every injury in a baby who cannot roll", "record the names of every adult caring for a new baby"],
           "Read practice review (PDF)",
           T("Baby MJD", CSPR, "practice_review", "serious_harm", "2025", "6-week-old", "0.12", "under_1", "female",
             "mixed White and Asian|mixed White and Asian heritage|White and Asian",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""), lab=L_THM)
_E[11] = E("Child NJD: Child safeguarding practice review",
           "Neglect of a 12-year-old boy with autism in 2024 who was kept at home and lost a third of his body weight. His mother, aged 47, had withdrawn him from school to educate him at home. Child NJD is White British.",
           ["no one saw the boy after he was taken off the school roll", "his weight was not checked when his medicines were renewed"],
           ["see every child with a disability who is withdrawn from school to be taught at home", "check the growth of disabled children at each medicines review"],
           "Read practice review (PDF)",
           T("Child NJD", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "White British",
             "neglect", "", "disabled; not_in_school|disabled|not_in_school"), lab=L_THM)
_E[12] = E("Child PJD: Child safeguarding practice review",
           "Death of a 16-year-old boy in 2024 who was hit by a train after running from police. He had been in foster care since he was 10 and had moved placement six times. Child PJD is of Black Caribbean heritage.",
           ["each move of placement cut him off from the adults he trusted", "his fear of the police was not known to the officers"],
           ["keep a trusted adult in a child's life when a placement ends", "tell police when a looked after child is afraid of them"],
           "Read practice review (PDF)",
           T("Child PJD", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black Caribbean|Black Caribbean heritage",
             "other|", "", "looked_after; foster_care|looked_after|foster_care"),
           good=["his foster carer who went to every review meeting"], lab=L_THM)
# --- D: a DOCX from a PDF-to-Word conversion: every printed line a paragraph (4)
_E[13] = E("Child QJD: Child safeguarding practice review",
           "Serious harm to a 13-year-old girl in 2024 who was groomed online by a man, aged 34, who persuaded her to meet him. Her mother had reported her missing the night before. Child QJD is White British.",
           ["the school had seen messages from the man but not told the police", "her phone was not examined when she came home"],
           ["share concerns about online grooming with the police on the same day", "examine the phones of children found with unknown adults"],
           "Read practice review (PDF)",
           T("Child QJD", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "White British",
             "online_harm; child_sexual_exploitation|online_harm; sexual_abuse|online_harm; child_sexual_exploitation; sexual_abuse|online_harm|child_sexual_exploitation|online_harm; child_sexual_exploitation; extra_familial_harm|online_harm; sexual_abuse; extra_familial_harm", ""),
           lab=L_STD)
_E[14] = E("Children RJD and SJD: Serious case review",
           "Physical abuse of twin girls, aged 18 months, between 2014 and 2015 who had bruises and burns that their parents said were from falls. Their mother, aged 20, had learning difficulties. The children are of Roma heritage.",
           ["interpreters were not used at health appointments", "the mother's learning difficulties were not assessed"],
           ["use a trained interpreter at every health appointment", "assess the support needs of parents with learning difficulties"],
           "Read overview report (PDF)",
           T("Children RJD and SJD", SCR, "overview", "serious_harm|", "2014|2015|", "aged 18 months|18 months", "1.50", "1_5", "female", "Roma|Roma heritage|Gypsy Roma|White Roma",
             "physical_abuse", "parental_learning_disability", n="2"),
           pub="2025", lab=L_STD)
_E[15] = E("Child TJD: Child safeguarding practice review",
           "Death of a 10-year-old boy in 2024 who had type 1 diabetes and died of ketoacidosis. His father, aged 52, did not take him to his hospital appointments. Child TJD is of Bangladeshi heritage.",
           ["missed diabetes appointments were not shared with the GP", "the school nurse was not told about his condition"],
           ["follow up every child with diabetes who misses two appointments", "tell the school nurse about every pupil with type 1 diabetes"],
           "Read practice review (PDF)",
           T("Child TJD", CSPR, "practice_review", "death", "2024", "10-year-old", "10.00", "6_10", "male", "Bangladeshi|Bangladeshi heritage|Asian Bangladeshi",
             "neglect", ""),
           good=["the paediatric diabetes nurse who raised concerns twice"], lab=L_STD)
_E[16] = E("Child UJD: Child safeguarding practice review",
           "Serious harm to a 3-year-old boy in 2025 who had scalds to his legs from a bath. His mother's partner, aged 30, was looking after him. Child UJD is White British.",
           ["the partner was not known to any agency as a carer", "the scald pattern was not recognised as deliberate"],
           ["ask who lives in the home at every contact", "refer every scald with a clear tide line for a child protection medical"],
           "Read practice review (PDF)",
           T("Child UJD", CSPR, "practice_review", "serious_harm", "2025", "3-year-old", "3.00", "1_5", "male", "White British",
             "physical_abuse", ""), lab=L_STD)
# --- E: an EPUB 3 XHTML chapter (page-break markers, noterefs, footnote asides) (4)
_E[17] = E("Child VJD: Child safeguarding practice review",
           "Death of a 6-month-old boy in 2024 who was shaken by his father, aged 23. The father had told a friend that he could not cope with the baby's crying. Child VJD is White British.",
           ["the crying baby programme was not offered to the father", "the father's own history of care was not known"],
           ["offer advice on coping with crying to both parents", "ask fathers about their own childhood at the booking visit"],
           "Read practice review (PDF)",
           T("Child VJD", CSPR, "practice_review", "death", "2024", "6-month-old", "0.50", "under_1", "male", "White British",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", ""), lab=L_KEY)
_E[18] = E("Child WJD: Child safeguarding practice review",
           "Serious harm to an 11-year-old girl in 2024 who was sexually abused by her stepbrother, aged 16. She told her teacher after a lesson on safe relationships. Child WJD is of White and Black Caribbean heritage.",
           ["the stepbrother's harmful behaviour in 2022 was not shared with the family", "the family was not given a safety plan"],
           ["assess the risk to other children when a child shows harmful sexual behaviour", "give families a safety plan after harmful sexual behaviour"],
           "Read practice review (PDF)",
           T("Child WJD", CSPR, "practice_review", "serious_harm", "2024", "11-year-old", "11.00", "11_15", "female",
             "White and Black Caribbean|mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean heritage",
             "sexual_abuse", ""),
           good=["the teacher who listened and acted the same day"], lab=L_KEY)
_E[19] = E("Child XJD: Serious case review",
           "Neglect of a 14-year-old girl in 2015 who weighed 20 stone and could not walk to school. Her mother, aged 46, did not take her to weight management appointments. Child XJD is White British.",
           ["obesity was not seen as a sign of neglect", "the girl's own wishes were not asked about"],
           ["include childhood obesity in the neglect strategy", "ask children what help they want"],
           "Read overview report (PDF)",
           T("Child XJD", SCR, "overview", "serious_harm", "2015", "14-year-old", "14.00", "11_15", "female", "White British",
             "neglect", ""),
           pub="2026", lab=L_KEY)
_E[20] = E("Child YJD: Child safeguarding practice review",
           "Serious harm to a 4-year-old girl in 2025 who swallowed a button battery at her grandmother's home. Her grandmother, aged 61, had been her carer since she was 2. Child YJD is of Chinese heritage.",
           ["the family was not given advice on button batteries", "the kinship care assessment did not check home safety"],
           [],
           "Read practice review (PDF)",
           T("Child YJD", CSPR, "practice_review", "serious_harm", "2025", "4-year-old", "4.00", "1_5", "female", "Chinese|Chinese heritage|Asian Chinese",
             "poisoning_ingestion|poisoning_ingestion; neglect|other", "", "connected_carers|"),
           norec="Makes no recommendations as the partnership has already added home safety checks to kinship care assessments.", lab=L_KEY)

B68["b68-nvda-speech-log-2025-06.txt"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="Four case reviews were published in June 2025. Every child, family, person and place in this log is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B68["b68-cms-preline-field-2025-09.html"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Four case reviews were published in September 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B68["b68-pagebuilder-block-spans-2025-04.html"] = dict(month="2025-04", heading="Case reviews published in April 2025",
    intro="Four case reviews were published in April 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B68["b68-pdf-to-word-lines-2025-11.docx"] = dict(month="2025-11", heading="Case reviews published in November 2025",
    intro="Four case reviews were published in November 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B68["b68-epub-xhtml-chapter-2026-02.xhtml"] = dict(month="2026-02", heading="Case reviews published in February 2026",
    intro="Four case reviews were published in February 2026. Every child, family, person and place in this chapter is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
