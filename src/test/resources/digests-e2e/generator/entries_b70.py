# Batch b70 (issue 9, session 39, d70; invented for testing; truth written and committed before any input was rendered and
# before the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: a Thunderbird folder exported
# as an .mbox file (ImportExportTools NG) holding a partnership list's four posts, one review a post, each post in another
# MIME shape (quoted-printable text, format=flowed text, base64 HTML only, multipart/alternative), each with the list's
# Mailman footer and the sender's signature, a body line 'From ...' escaped '>From ' by the mailbox; a page whose words carry
# soft hyphens (U+00AD, some as '&shy;') at every break point, as a server-side hyphenation filter writes them; a forum
# post's BBCode source ([size], [b], [list][*], [url=...]) saved as text; a DOCX whose recommendations are Word checkbox
# content controls (w14:checkbox, a ballot box character before each), its learning a bullet list; a council page whose
# heading levels are chosen by look (the digest's title h2, each label h2, each review's title h5, the intro h6).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case reviews published years later, 'Makes no recommendations as ...'
# sentences, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B70 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Good practice includes:")
L_KEY = ("Key learning includes:", "Recommendations include:", "Identifies good practice including:")
L_THM = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


WB = "White British"
# --- A: an .mbox of a partnership list's four posts, one review a post (4)
_E[1] = E("Child AQX: Child safeguarding practice review",
          "Serious harm to a 7-month-old boy in 2024 who had a fractured skull and bruising to his face. His father, aged 25, had convictions for violence against a previous partner. Child AQX is White British.",
          ["the father's convictions were not known to the midwife or health visitor", "bruising to a baby who was not yet mobile was not referred"],
          ["check police records on every adult in the household at the booking visit", "follow the partnership's bruising protocol for every non-mobile baby"],
          "Read practice review (PDF)",
          T("Child AQX", CSPR, "practice_review", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "male", WB,
            "physical_abuse|physical_abuse; non_accidental_head_injury", "domestic_abuse; parental_criminality|parental_criminality"), lab=L_STD)
_E[2] = E("Children BQX and CQX: Serious case review",
          "Neglect of two sisters, aged 6 and 9, between 2014 and 2016 who were often hungry at school and had head lice for months. Their mother, aged 37, had depression and rarely left the house. The children are White British.",
          ["the school's food parcels were not shared with children's social care", "the mother's depression was treated without asking about the children"],
          ["ask every adult treated for depression about the children in their care", "share concerns about hunger at school with the family's health visitor or school nurse"],
          "Read overview report (PDF)",
          T("Children BQX and CQX", SCR, "overview", "serious_harm|", "2014|2016|", "*", "*", "*", "female", WB,
            "neglect", "parental_mental_health; social_isolation", n="2"),
          pub="2025", lab=L_STD)
_E[3] = E("Child DQX: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2024 who was stabbed near a railway station. From the age of 14 he had been carrying drugs for a county lines gang, and he had been excluded from school at 15. Child DQX is Black British.",
          ["the exclusion removed the last adult who saw him every day", "the referral to the national referral mechanism took four months"],
          ["offer a trusted adult to every child excluded from school who is known to be exploited", "make national referral mechanism decisions within 30 days"],
          "Read practice review (PDF)",
          T("Child DQX", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation", "",
            "not_in_school|"),
          good=["the youth worker who kept in touch with him after the exclusion"], lab=L_STD)
_E[4] = E("Child EQX: Child safeguarding practice review",
          "Serious harm to a 13-year-old girl in 2025 who was groomed online by a man, aged 32, she had met through a gaming site. He persuaded her to send him sexual images. Child EQX is of Bangladeshi heritage.",
          ["her parents did not know how to use parental controls", "the school's online safety lessons were not offered in the family's language"],
          [],
          "Read practice review (PDF)",
          T("Child EQX", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "Bangladeshi|Bangladeshi heritage|Asian Bangladeshi",
            "online_harm; sexual_abuse|online_harm|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation", ""),
          norec="Makes no recommendations as the partnership has already translated its online safety guide into community languages.", lab=L_STD)
# --- B: a page whose words carry soft hyphens at every break point (4)
_E[5] = E("Baby FQX: Child safeguarding practice review",
          "Death of a 3-month-old girl in 2024 who was found unresponsive on a sofa where she had been sleeping with her father. The father, aged 28, had taken cannabis that evening. Baby FQX is of White and Asian heritage.",
          ["the father was not given safer sleep advice", "the family's temporary flat had no cot"],
          ["give safer sleep advice to fathers as well as mothers", "check that every baby in temporary accommodation has a safe place to sleep"],
          "Read practice review (PDF)",
          T("Baby FQX", CSPR, "practice_review", "death", "2024", "3-month-old", "0.25", "under_1", "female",
            "White and Asian|mixed White and Asian|mixed White and Asian heritage|White and Asian heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|co_sleeping|parental_substance_misuse"), lab=L_KEY)
_E[6] = E("Child GQX: Child safeguarding practice review",
          "Serious harm to an 8-year-old boy in 2025 who was physically abused by his stepfather, aged 35. The boy had told a teaching assistant that he was hit with a belt. Child GQX is of Romanian heritage.",
          ["the boy's account was not passed to the designated safeguarding lead on the same day", "an interpreter was not used when the mother was spoken to"],
          ["pass every disclosure to the designated safeguarding lead on the day it is made", "use a professional interpreter for every safeguarding conversation"],
          "Read practice review (PDF)",
          T("Child GQX", CSPR, "practice_review", "serious_harm", "2025", "8-year-old", "8.00", "6_10", "male", "Romanian|Romanian heritage|White Romanian|White other",
            "physical_abuse", ""),
          good=["the teaching assistant who wrote down the boy's words exactly"], lab=L_KEY)
_E[7] = E("Child HQX: Serious case review",
          "Sexual abuse of a 12-year-old girl between 2013 and 2015 by her mother's partner, aged 47. She had been in foster care since she was 14 when the abuse became known. Child HQX is White British.",
          ["the partner's earlier caution for indecent exposure was not shared", "the girl's self-harm was treated as a mental health matter only"],
          ["share cautions for sexual offences with children's social care when the person lives with children", "ask about abuse when a child self-harms"],
          "Read overview report (PDF)",
          T("Child HQX", SCR, "overview", "serious_harm", "2013|2015|", "12-year-old", "12.00", "11_15", "female", WB,
            "sexual_abuse", "", "foster_care; looked_after|foster_care|looked_after"),
          pub="2025", lab=L_KEY)
_E[8] = E("Children JQX and KQX: Child safeguarding practice review",
          "Serious harm to a brother and sister, aged 2 and 4, in 2024 who swallowed their mother's methadone. Their mother, aged 30, kept the methadone in the fridge without a locked box. The children are White British.",
          ["the drug service did not check where the methadone was stored", "the children's health visitor did not know the mother was on a prescription"],
          ["check safe storage at every home visit to a parent prescribed methadone", "tell the health visitor when a parent of young children starts a prescription"],
          "Read practice review (PDF)",
          T("Children JQX and KQX", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "mixed", WB,
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse", n="2"), lab=L_KEY)
# --- C: a forum post's BBCode source saved as text (4)
_E[9] = E("Child LQX: Child safeguarding practice review",
          "Death of a 15-year-old girl in 2024 who took her own life after she was sexually assaulted at a party. She had told a friend but no adult. Child LQX is White British.",
          ["the school did not know about the assault until after her death", "her self-harm a year earlier was not followed up after she moved school"],
          ["send records of self-harm with a child who moves school", "teach pupils how to help a friend who tells them about abuse"],
          "Read practice review (PDF)",
          T("Child LQX", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "female", WB,
            "self_harm_suicide; sexual_abuse|self_harm_suicide; sexual_abuse; extra_familial_harm|self_harm_suicide", ""), lab=L_THM)
_E[10] = E("Child MQX: Child safeguarding practice review",
           "Serious harm to a 10-month-old boy in 2025 who had burns to his hands. His mother, aged 20, was a care leaver and had no family support. Child MQX is of Black African heritage.",
           ["the mother's personal adviser was not invited to the pre-birth meeting", "the burns were first accepted as an accident"],
           ["invite the personal adviser of every care leaver who is a parent to child protection meetings", "refer every burn to a baby for a child protection medical"],
           "Read practice review (PDF)",
           T("Child MQX", CSPR, "practice_review", "serious_harm", "2025", "10-month-old", "0.83", "under_1", "male",
             "Black African|Black African heritage|African", "physical_abuse", "social_isolation"), lab=L_THM)
_E[11] = E("Child NQX: Child safeguarding practice review",
           "Serious harm to a 17-year-old boy in 2024 who has autism and was criminally exploited by adults who kept him in a flat for two weeks to sell drugs. He had been reported missing 9 times. Child NQX is White British.",
           ["his autism was not considered when he was assessed for exploitation", "the missing episodes were not linked together"],
           ["include a child's disability in every exploitation risk assessment", "review the pattern of missing episodes at every strategy meeting"],
           "Read practice review (PDF)",
           T("Child NQX", CSPR, "practice_review", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "male", WB,
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "disabled|"),
           good=["the police officer who found him and stayed with him in hospital"], lab=L_THM)
_E[12] = E("Child PQX: Child safeguarding practice review",
           "Serious harm to a 5-year-old girl in 2025 who was neglected and had not been seen by any professional since she was 2. Her parents, aged 39 and 41, had taken her out of nursery. Child PQX is of Irish Traveller heritage.",
           ["no agency noticed that she had not started school", "the family's moves between areas were not shared"],
           [],
           "Read practice review (PDF)",
           T("Child PQX", CSPR, "practice_review", "serious_harm", "2025", "5-year-old", "5.00", "1_5", "female",
             "Irish Traveller|Irish Traveller heritage|White Irish Traveller|Gypsy or Irish Traveller|White Gypsy or Irish Traveller",
             "neglect", ""),
           norec="Makes no recommendations as the partnership has already agreed a protocol for children missing education.", lab=L_THM)
# --- D: a DOCX whose recommendations are Word checkbox content controls (4)
_E[13] = E("Child RQX: Child safeguarding practice review",
           "Death of a 2-year-old boy in 2024 who was found with severe malnutrition in a flat where he lived alone with his mother, aged 24. She drank heavily and had stopped answering the door to professionals. Child RQX is White British.",
           ["the mother's drinking was known to her GP but not to the health visitor", "the family had no early help after a referral in 2023"],
           ["share a parent's alcohol misuse with the health visitor", "offer early help when a referral does not meet the threshold for social care"],
           "Read practice review (PDF)",
           T("Child RQX", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", WB,
             "neglect", "parental_alcohol_misuse"), lab=L_STD)
_E[14] = E("Child SQX: Child safeguarding practice review",
           "Serious harm to a 14-year-old boy in 2025 who was assaulted by a group of older boys after he was bullied online. He had been in care since he was 9. Child SQX is of White and Black Caribbean heritage.",
           ["the bullying was reported to the school but not to his social worker", "his foster carers were not told about the threats"],
           ["tell the social worker of a child in care about every report of bullying", "share threats to a child in care with the foster carers the same day"],
           "Read practice review (PDF)",
           T("Child SQX", CSPR, "practice_review", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "male",
             "White and Black Caribbean|mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean heritage",
             "physical_abuse; extra_familial_harm; online_harm|extra_familial_harm; online_harm|physical_abuse; extra_familial_harm|extra_familial_harm|physical_abuse; online_harm", "",
             "looked_after"),
           good=["the foster carer who took him to hospital and stayed the night"], lab=L_STD)
_E[15] = E("Child TQX: Serious case review",
           "Death of a 9-week-old girl in 2016 from a head injury. Her father, aged 22, was convicted of manslaughter in 2018. Child TQX is White British.",
           ["the father's own experience of care was not known to the midwife", "the parents were not shown the coping with crying film"],
           ["show the coping with crying film to both parents before discharge", "ask every parent about their own childhood"],
           "Read overview report (PDF)",
           T("Child TQX", SCR, "overview", "death", "2016", "9-week-old", "0.17", "under_1", "female", WB,
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", ""),
           pub="2025", lab=L_STD)
_E[16] = E("Child UQX: Child safeguarding practice review",
           "Serious harm to a 6-year-old girl in 2025 who was found with untreated tooth decay and weight loss. Her mother, aged 26, has a learning disability and had no support after the birth of a second baby. Child UQX is of Polish heritage.",
           ["the mother's learning disability was not considered when advice was given", "the adult social care assessment was closed after one visit"],
           ["adapt advice for parents with a learning disability", "keep the adult social care assessment open while a child protection plan is in place"],
           "Read practice review (PDF)",
           T("Child UQX", CSPR, "practice_review", "serious_harm", "2025", "6-year-old", "6.00", "6_10", "female", "Polish|Polish heritage|White Polish|White other",
             "neglect", "parental_learning_disability"), lab=L_STD)
# --- E: a council page whose heading levels are chosen by look (4)
_E[17] = E("Child VQX: Child safeguarding practice review",
           "Serious harm to a 4-month-old girl in 2025 who had bleeding on the brain after she was shaken. Her mother, aged 18, had been in care since she was 13. Child VQX is White British.",
           ["the mother's leaving care plan did not mention the baby's father", "the pre-birth assessment was started late"],
           ["start every pre-birth assessment for a care leaver by 20 weeks of pregnancy", "include fathers in pre-birth assessments"],
           "Read practice review (PDF)",
           T("Child VQX", CSPR, "practice_review", "serious_harm", "2025", "4-month-old", "0.33", "under_1", "female", WB,
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", ""), lab=L_KEY)
_E[18] = E("Child WQX: Child safeguarding practice review",
           "Serious harm to a 16-year-old girl in 2024 who was sexually exploited by a man, aged 27, who gave her alcohol and a phone. She had been living in supported accommodation since she was 16. Child WQX is of Kurdish heritage.",
           ["staff at the supported accommodation did not know the signs of exploitation", "the man's car was reported three times but not checked"],
           ["train staff in supported accommodation to recognise exploitation", "check every vehicle reported by staff caring for children"],
           "Read practice review (PDF)",
           T("Child WQX", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female", "Kurdish|Kurdish heritage|White other|Other",
             "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "",
             "looked_after|"),
           good=["the key worker who kept asking about the phone"], lab=L_KEY)
_E[19] = E("Children XQX and YQX: Serious case review",
           "Emotional abuse of two brothers, aged 11 and 14, between 2015 and 2017 who lived with their father, aged 50, who controlled every part of their lives and kept them from school. The children are of Pakistani heritage.",
           ["elective home education was accepted without a visit", "the boys were never seen alone"],
           ["see every child in elective home education at home within a month", "speak to children alone when there are concerns about control"],
           "Read overview report (PDF)",
           T("Children XQX and YQX", SCR, "overview", "serious_harm|", "2015|2017|", "*", "*", "*", "male", "Pakistani|Pakistani heritage|Asian Pakistani",
             "emotional_abuse", "", "not_in_school|", n="2"),
           pub="2026", lab=L_KEY)
_E[20] = E("Child ZQX: Child safeguarding practice review",
           "Death of a 12-year-old boy in 2025 who had asthma and died after an attack at home. His parents, aged 40 and 42, had not collected his inhalers for a year. Child ZQX is of Black Caribbean heritage.",
           ["the pharmacy did not tell the GP that prescriptions were not collected", "missed asthma reviews were not seen as neglect"],
           [],
           "Read practice review (PDF)",
           T("Child ZQX", CSPR, "practice_review", "death", "2025", "12-year-old", "12.00", "11_15", "male", "Black Caribbean|Black Caribbean heritage|Caribbean",
             "neglect", ""),
           norec="Makes no recommendations as the clinical commissioning group has already changed its asthma review process.", lab=L_KEY)

B70["b70-thunderbird-mbox-list-posts-2025-05.mbox"] = dict(month="2025-05", heading="Case reviews published in May 2025",
    intro="Four case reviews were published in May 2025. Every child, family, person and place in this mailbox is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B70["b70-soft-hyphen-page-2025-08.html"] = dict(month="2025-08", heading="Case reviews published in August 2025",
    intro="Four case reviews were published in August 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B70["b70-bbcode-forum-post-2025-02.txt"] = dict(month="2025-02", heading="Case reviews published in February 2025",
    intro="Four case reviews were published in February 2025. Every child, family, person and place in this post is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B70["b70-docx-checkbox-controls-2025-10.docx"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were published in October 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B70["b70-heading-levels-by-look-2026-01.html"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Four case reviews were published in January 2026. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
