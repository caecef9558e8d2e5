# Batch b48 (issue 9, session 28; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a plain-text reply to a reply whose
# digest is quoted two deep ('> > ') with the middle sender's own comments at depth one between the reviews, a signature and
# a disclaimer; a DOCX as pandoc writes it from an HTML page whose labels are top-level list items holding the items as a
# nested list, with a table-of-contents field; an HTML newsletter from a Brevo-like sender (three nested layout tables, an
# image column beside each review's text column, title in a styled span, 'Read more' links to a web page beside the report
# link); a Joplin 'Markdown + Front Matter' export (front matter, a resource image, '1.' for every numbered item, two-space
# hard breaks, report links to an attached resource ':/<id>'); a Notepad text with CRLF, TAB indents (items two TABs deep, no
# marker) and a form feed + running head inside a review; an .eml whose multipart/alternative text part is shorter than its
# HTML part (no lists in the text part). All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries,
# coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not
# scored). Traps: five entries about two children of different ages, three where an adult died and the child was harmed
# (outcome serious_harm), other people's ages and older years, hedged and negated harms, and one entry whose
# recommendations are printed BEFORE its learning (field `order`). Every child, family, person and place is invented.
# Uses E, T, CSPR, SCR from entries.py.
B48 = {}
L_RQ = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_PD = ("Learning", "Recommendations", "Good practice")
L_BR = ("Key learning", "Recommendations", "What worked well")
L_JO = ("Learning points", "Recommendations", "Good practice")
L_NP = ("LEARNING:", "RECOMMENDATIONS:", "GOOD PRACTICE:")
L_EM = ("Learning includes:", "Recommendations include:", "Good practice includes:")
_E = {}
_E_BASE = E


def E(*a, order="lr", **k):  # order "rl": the recommendations are printed before the learning
    d = _E_BASE(*a, **k); d["order"] = order; return d


# --- A: plain-text reply to a reply, the digest quoted two deep ('> > '), wrapped at 72, .txt (4)
_E[1] = E("Children KAV and LAV: Child safeguarding practice review",
          "Neglect of two siblings, a 3-year-old boy and his 9-month-old sister, in 2024 who were found alone in a flat after two days. Their mother, aged 27, had been admitted to hospital and her partner, aged 31, had told the ward that he was caring for them. Both children were dehydrated. The children are White British.",
          ["no one checked who was caring for the children when their mother was admitted", "the partner was not known to any agency working with the family"],
          ["ask every adult admitted to hospital in an emergency who is caring for their children", "check the identity and history of new partners living with young children"],
          "Read practice review (PDF)",
          T("Children KAV and LAV", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "mixed", "White British",
            "neglect", "", n="2"), lab=L_RQ)
_E[2] = E("Child MAV: Child safeguarding practice review",
          "Serious injury to a 6-year-old girl in 2025 in a house fire in which her grandmother, aged 68, died. The fire started during the night while the adults in the home were asleep after drinking heavily. Child MAV was treated for burns to her hands and face. Child MAV is of Polish heritage.",
          ["the fire service's home safety visit in 2023 was not shared with the school nurse", "the grandmother's drinking was known to her GP but she was not seen as one of Child MAV's carers"],
          ["offer a home fire safety check to every family where an adult misuses alcohol and young children live"],
          "Read practice review (PDF)",
          T("Child MAV", CSPR, "practice_review", "serious_harm", "2025", "6-year-old", "6.00", "6_10", "female", "Polish|Polish heritage",
            "neglect|other|neglect; other|", "parental_alcohol_misuse|"),
          good=["the neighbour and firefighters who got Child MAV out of the house"], lab=L_RQ)
_E[3] = E("Child NAV: Serious case review",
          "Death of a 15-year-old boy in 2018 who took his own life after months of bullying at school and online. His father, aged 46, had died by suicide three years earlier. Child NAV is of Bangladeshi heritage.",
          ["the school recorded the bullying as falling out between friends", "Child NAV's grief for his father was not explored by the CAMHS worker who saw him once"],
          ["make bereavement by suicide a reason for an early help assessment", "record online bullying as a safeguarding concern, not only as a behaviour matter"],
          "Read overview report (PDF)",
          T("Child NAV", SCR, "overview", "death", "2018", "15-year-old", "15.00", "11_15", "male", "Bangladeshi|Bangladeshi heritage",
            "self_harm_suicide|self_harm_suicide; online_harm", ""), lab=L_RQ)
_E[4] = E("Child PAV: Child safeguarding practice review",
          "Sexual abuse of a 13-year-old girl by her mother's partner between 2022 and 2024. Child PAV told a teaching assistant in 2024. It is not known whether her younger brother, aged 7, was also abused. Child PAV is of Pakistani heritage.",
          ["Child PAV's earlier hints about not wanting to go home were not passed on", "the partner's conviction for an offence against a child in 2011 was not known to children's social care"],
          [],
          "Read practice review (PDF)",
          T("Child PAV", CSPR, "practice_review", "serious_harm", "2022|", "13-year-old", "13.00", "11_15", "female", "Pakistani|Pakistani heritage",
            "sexual_abuse", "parental_criminality|"),
          norec="Makes no recommendations as the partnership's work on sharing the history of new partners is already under way.", lab=L_RQ)
# --- B: DOCX as pandoc writes it from an HTML page: labels as top-level list items holding nested item lists, a TOC field (3)
_E[5] = E("Child RAV: Child safeguarding practice review",
          "Death of a 4-month-old boy in 2025 who was found unresponsive in his parents' bed after they had taken cocaine at a party at home. There were no signs of injury. Child RAV is White British.",
          ["safer sleep advice did not mention drug or alcohol use by parents", "the health visitor had not met the father"],
          ["include drug and alcohol use in every safer sleep conversation", "offer a separate contact to fathers who are not at home during visits"],
          "Read practice review (PDF)",
          T("Child RAV", CSPR, "practice_review", "death", "2025", "4-month-old", "0.33", "under_1", "male", "White British",
            "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|parental_substance_misuse; co_sleeping"), lab=L_PD)
_E[6] = E("Children SAV and TAV: Child safeguarding practice review",
          "Emotional abuse and neglect of two brothers, aged 8 and 14, between 2021 and 2024, who were kept at home for long periods by their father, who has paranoid beliefs. The older boy had not attended school since Year 7. The children are Black British.",
          ["elective home education was accepted without either boy being seen", "the father's mental health was assessed without asking about the children"],
          ["see every child whose parent asks to educate them at home", "ask about children at every adult mental health assessment"],
          "Read practice review (PDF)",
          T("Children SAV and TAV", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "male", "Black British",
            "emotional_abuse; neglect", "parental_mental_health", "not_in_school|", n="2"),
          good=["the school attendance officer who kept asking to see the boys"], lab=L_PD)
_E[7] = E("Child UAV: Child safeguarding practice review",
          "Serious harm to a 16-year-old girl in 2024 who was trafficked to another city and made to sell drugs. She was found in a flat with a man, aged 34, who was later charged. Child UAV had been looked after since she was 12. Child UAV is of Albanian heritage.",
          ["Child UAV's missing episodes were each treated on their own", "the National Referral Mechanism referral was not made until she was found"],
          ["hold a strategy meeting after the third missing episode of any looked after child", "make National Referral Mechanism referrals as soon as trafficking is suspected"],
          "Read practice review (PDF)",
          T("Child UAV", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female", "Albanian|Albanian heritage",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation",
            "", "looked_after"), lab=L_PD)
# --- C: HTML newsletter from a Brevo-like sender, nested layout tables, 'Read more' links, .html (3)
_E[8] = E("Child VAV: Child safeguarding practice review",
          "Death of a 1-year-old girl in 2024 who drowned in a paddling pool in the garden while her mother, aged 22, was indoors. Child VAV's older brother, aged 4, was with her. Child VAV is of Romanian heritage.",
          ["water safety was not part of the health visitor's summer advice", "the family's move to a house with a garden was not known to the health visitor"],
          ["add water safety in gardens to the health visiting contacts at 9 and 12 months"],
          "Download the practice review (PDF)",
          T("Child VAV", CSPR, "practice_review", "death", "2024", "1-year-old", "1.00", "1_5", "female", "Romanian|Romanian heritage",
            "neglect|neglect; other|other", ""), lab=L_BR)
_E[9] = E("Child WAV: Child safeguarding practice review",
          "Physical abuse of a 7-year-old boy in 2023 who was hit with a belt by his stepmother. He told a lunchtime supervisor, who saw marks on his back. His father, aged 39, worked away during the week. Child WAV is of Nigerian heritage.",
          ["no strategy discussion was held after Child WAV's first account", "physical chastisement was seen as a cultural matter rather than as abuse"],
          ["hold a strategy discussion whenever a child says an adult has hit them with an object", "train school staff on how to record what a child says in the child's own words"],
          "Download the practice review (PDF)",
          T("Child WAV", CSPR, "practice_review", "serious_harm", "2023", "7-year-old", "7.00", "6_10", "male", "Nigerian|Nigerian heritage",
            "physical_abuse", ""),
          good=["the lunchtime supervisor who wrote down exactly what Child WAV said"], lab=L_BR)
_E[10] = E("Child XAV: Domestic homicide review and child safeguarding practice review",
           "Serious harm to a 12-year-old boy who was stabbed in the arm in 2024 when he tried to protect his mother, aged 35, from her former partner, who killed her. The former partner had breached a non-molestation order twice. Child XAV now lives with his aunt. Child XAV is White British.",
           ["the breaches of the non-molestation order were not treated as a risk to Child XAV", "Child XAV was not spoken to at the domestic abuse risk assessment"],
           ["include every child in the home in the domestic abuse risk assessment", "share breaches of protective orders with children's social care the same day"],
           "Download the review (PDF)",
           T("Child XAV", "domestic_homicide_review|child_safeguarding_practice_review", "unknown|practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "White British",
             "physical_abuse|physical_abuse; emotional_abuse|emotional_abuse; physical_abuse", "domestic_abuse", "connected_carers|"), lab=L_BR)
# --- D: Joplin 'Markdown + Front Matter' export, .md (4)
_E[11] = E("Child YAV: Child safeguarding practice review",
           "Death of a 10-week-old girl in 2025 from a head injury. Her father, aged 19, said she had slipped from his arms. Her mother, aged 18, had left care in 2024. Child YAV is of mixed White and Black Caribbean heritage.",
           ["the young parents' own care histories were not used to plan support", "the father was not offered advice on coping with crying"],
           ["offer every care leaver who becomes a parent a named worker until the baby is one", "give coping with crying advice to both parents before discharge"],
           "Read practice review (PDF)",
           T("Child YAV", CSPR, "practice_review", "death", "2025", "10-week-old", "0.19", "under_1", "female",
             "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""), lab=L_JO)
_E[12] = E("Children ZAV and ABV: Child safeguarding practice review",
           "Sexual abuse of an 11-year-old girl and her 5-year-old brother by their uncle, aged 58, between 2019 and 2023. The uncle often looked after the children while their mother worked nights. The children are of Irish heritage.",
           ["the uncle's caution for indecent exposure in 1998 was not found", "the girl's soreness was treated by her GP without asking how it happened"],
           ["consider sexual abuse whenever a young child has unexplained genital soreness"],
           "Read practice review (PDF)",
           T("Children ZAV and ABV", CSPR, "practice_review", "serious_harm", "2019|", "*", "*", "*", "mixed", "Irish|Irish heritage",
             "sexual_abuse", "", n="2"), lab=L_JO)
_E[13] = E("Child BBV: Child safeguarding practice review",
           "Serious harm to a 14-year-old girl in 2025 who was admitted to hospital after taking an overdose of paracetamol. She had told her social worker that she did not feel safe at home, where her mother's partner was violent. Child BBV had a child in need plan. Child BBV is of Chinese heritage.",
           ["Child BBV's words about not feeling safe were not acted on", "the child in need plan did not name the partner's violence"],
           ["review a child in need plan as soon as a child says they do not feel safe at home"],
           "Read practice review (PDF)",
           T("Child BBV", CSPR, "practice_review", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "female", "Chinese|Chinese heritage",
             "self_harm_suicide|self_harm_suicide; poisoning_ingestion|poisoning_ingestion; self_harm_suicide", "domestic_abuse|", "child_in_need_plan"),
           good=["the A&E nurse who made a safeguarding referral before Child BBV was discharged"], lab=L_JO)
_E[14] = E("Child CBV: Serious case review",
           "Neglect of a 2-year-old boy with a rare genetic condition in 2017 whose parents stopped taking him to his hospital appointments. He was admitted weighing less than he had at one year old. Child CBV is of Somali heritage.",
           ["eleven missed appointments were each closed with a letter to the parents", "no one asked the parents what made the journey to hospital hard"],
           [],
           "Read overview report (PDF)",
           T("Child CBV", SCR, "overview", "serious_harm", "2017", "2-year-old", "2.00", "1_5", "male", "Somali|Somali heritage",
             "neglect", "", "disabled|"),
           norec="Makes no recommendations because the hospital had already changed its was not brought policy.", lab=L_JO)
# --- E: Notepad text, CRLF, TAB indents, a form feed and running head inside a review, .txt (3)
_E[15] = E("Child DBV: Child safeguarding practice review",
           "Criminal exploitation of a 15-year-old boy in 2024 who was arrested with class A drugs in a town 90 miles from home. He had been reported missing nine times in six months. His mother, aged 44, had asked for help with his behaviour in 2023. Child DBV is White British.",
           ["Child DBV was seen as an offender rather than as a child who was being exploited", "the mother's request for help was closed after one phone call"],
           ["use the National Referral Mechanism for every child found with drugs away from home", "treat a parent's request for help with a teenager as a referral"],
           "Read practice review (PDF)",
           T("Child DBV", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "White British",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", ""), lab=L_NP, order="rl")
_E[16] = E("Child EBV: Child safeguarding practice review",
           "Death of an 8-year-old girl with asthma in 2024 after a severe asthma attack at home. Her inhalers had not been collected from the pharmacy for five months. Her mother, aged 33, misused alcohol. Child EBV is of Caribbean heritage.",
           ["the school's asthma plan was not shared with the GP", "the GP practice did not follow up prescriptions that were not collected"],
           ["alert the GP when a child's asthma medicine has not been collected for two months"],
           "Read practice review (PDF)",
           T("Child EBV", CSPR, "practice_review", "death", "2024", "8-year-old", "8.00", "6_10", "female", "Caribbean|Caribbean heritage|Black Caribbean",
             "neglect|neglect; other", "parental_alcohol_misuse", "|disabled"),
           good=["the school nurse who trained every member of staff to use an inhaler"], lab=L_NP)
_E[17] = E("Child FBV: Child safeguarding practice review",
           "Serious harm to a 3-year-old boy in 2025 who was found at home with his father, aged 41, who had died of a suspected drugs overdose a day earlier. Child FBV had not eaten for at least a day. His mother had died in 2022. Child FBV is of Lithuanian heritage.",
           ["the father's relapse into heroin use was known to the drug service but not to the nursery", "the nursery did not follow up Child FBV's absence for three days"],
           ["share a parent's relapse with every agency working with their children", "phone the family on the first day a child on a plan is absent from nursery"],
           "Read practice review (PDF)",
           T("Child FBV", CSPR, "practice_review", "serious_harm", "2025", "3-year-old", "3.00", "1_5", "male", "Lithuanian|Lithuanian heritage",
             "neglect", "parental_substance_misuse"), lab=L_NP)
# --- F: .eml, multipart/alternative whose text part is shorter than its HTML part (3)
_E[18] = E("Child GBV: Child safeguarding practice review",
           "Sexual exploitation of a 15-year-old boy in 2024 by a man, aged 26, he met on a gaming platform. The man persuaded him to send images and then threatened to share them. Child GBV is of Indian heritage.",
           ["boys were not seen as being at risk of sexual exploitation", "the police and the school did not share what each knew about the threats"],
           ["include boys in all awareness work on sexual exploitation and sextortion", "hold a joint strategy discussion whenever a child is being threatened with the sharing of images"],
           "Read practice review (PDF)",
           T("Child GBV", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "Indian|Indian heritage",
             "child_sexual_exploitation; online_harm|child_sexual_exploitation; extra_familial_harm; online_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; extra_familial_harm; online_harm; sexual_abuse|online_harm; sexual_abuse", ""), lab=L_EM)
_E[19] = E("Children HBV and JBV: Child safeguarding practice review",
           "Physical abuse of two sisters, aged 4 and 13, in 2025 by their father, who was later charged with assault. The older girl had told her school in 2022 that her father hit her, but no referral was made. The children are of Afghan heritage.",
           ["the older girl's account in 2022 was recorded but not passed to children's social care", "an interpreter was not used when the mother was spoken to"],
           ["make a referral whenever a child says a parent has hit them", "use a professional interpreter, never a family member, in safeguarding conversations"],
           "Read practice review (PDF)",
           T("Children HBV and JBV", CSPR, "practice_review", "serious_harm", "2025", "*", "*", "*", "female", "Afghan|Afghan heritage",
             "physical_abuse", "", n="2"), lab=L_EM)
_E[20] = E("Child KBV: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2024 in a car crash. She was a passenger in a car driven by a man, aged 20, who had been sexually exploiting her. There is no evidence that the driver had taken drugs. Child KBV had been reported missing from her children's home 30 times. Child KBV is White British.",
           ["the children's home did not share the driver's car registration with the police", "the exploitation was described in records as a relationship"],
           ["record the details of every vehicle seen collecting a looked after child", "stop describing the exploitation of children as a relationship in any record"],
           "Read practice review (PDF)",
           T("Child KBV", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female", "White British",
             "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm; other|child_sexual_exploitation; other",
             "", "looked_after"),
           good=["the residential worker who kept a log of the cars that collected Child KBV"], lab=L_EM)

B48["b48-reply-nested-quote-2025-10.txt"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were published in October 2025. Every child, family, person and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B48["b48-pandoc-html-nested-toc-2026-02.docx"] = dict(month="2026-02", heading="Case reviews published in February 2026",
    intro="Three case reviews were published in February 2026. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B48["b48-brevo-newsletter-2025-12.html"] = dict(month="2025-12", heading="Learning from case reviews: December 2025",
    intro="Three case reviews were published in December 2025. Every child, family, person and place in this newsletter is invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B48["b48-joplin-frontmatter-2026-01.md"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Four case reviews were published in January 2026. All of the children, families, people and places in this note are invented for testing.",
    entries=[_E[11], _E[12], _E[13], _E[14]])
B48["b48-notepad-tabs-formfeed-2025-08.txt"] = dict(month="2025-08", heading="CASE REVIEWS PUBLISHED IN AUGUST 2025",
    intro="Three case reviews were published in August 2025. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B48["b48-eml-alt-textshort-2026-03.eml"] = dict(month="2026-03", heading="Case review round-up: March 2026",
    intro="Three case reviews were published in March 2026. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
