# Batch b60 (issue 9, session 34; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: a Mailman 2 (Pipermail) list archive
# page whose message body is one <PRE> block with auto-linked addresses; a FrontPage-era HTML page whose typographic
# characters are Windows-1252 numeric character references (&#149; bullets, &#146; apostrophes, &#150; dashes); an HTML page
# holding text that is never shown (inline display:none / visibility:hidden, the hidden attribute: a withdrawn review, an
# earlier wording, an editor's note); a DOCX from a document-assembly system whose reviews sit inside block-level w:customXml
# elements; a markdown file where the whole digest is ONE ordered list, each review a list item with indented paragraphs and
# nested lists.
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case review overview reports published years later, a 'Makes no
# recommendations as ...' sentence, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B60 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


# --- A: Mailman 2 Pipermail archive page, the message in one <PRE> (4)
_E[1] = E("Baby AXJ: Child safeguarding practice review",
          "Death of a 7-week-old boy in 2024 who was found unresponsive in an adult bed he shared with his mother, aged 23. His mother had drunk alcohol the evening before. Baby AXJ is White British.",
          ["the risks of sharing a bed after drinking alcohol were not discussed with the mother", "the health visitor did not see where the baby slept"],
          ["talk to both parents about safer sleep at every contact in the first six months", "record where a baby sleeps at each home visit"],
          "Read practice review (PDF)",
          T("Baby AXJ", CSPR, "practice_review", "death", "2024", "7-week-old", "0.13", "under_1", "male", "White British",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"), lab=L_STD)
_E[2] = E("Child BXJ: Child safeguarding practice review",
          "Serious harm to a 14-year-old girl in 2023 who was sexually exploited by a group of men she met through a friend. She had been reported missing from home eleven times in six months. Child BXJ is White British.",
          ["return home interviews did not ask where she had been or who she had been with", "information about the men was held by the police but not shared"],
          ["use return home interviews to gather information about places and adults", "share intelligence about adults who pose a risk at multi-agency exploitation meetings"],
          "Read practice review (PDF)",
          T("Child BXJ", CSPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "female", "White British",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse", ""),
          good=["the youth worker who stayed in contact with her when she went missing"], lab=L_STD)
_E[3] = E("Children CXJ and DXJ: Serious case review",
          "Neglect of two brothers, aged 3 and 5, between 2014 and 2016 who were often found hungry and dirty at nursery. Their father, aged 29, misused drugs and their mother had a learning disability. The children are White British.",
          ["the nursery's concerns were recorded but not referred", "the mother's learning disability was not taken into account in the child protection plan"],
          ["give nursery staff clear guidance on when to refer concerns about neglect", "adapt child protection plans for parents with a learning disability"],
          "Read overview report (PDF)",
          T("Children CXJ and DXJ", SCR, "overview", "serious_harm|", "2014|2016|", "*", "*", "*", "male", "White British",
            "neglect", "parental_learning_disability; parental_substance_misuse|parental_substance_misuse; parental_learning_disability", "child_protection_plan|", n="2"),
          pub="2025", lab=L_STD)
_E[4] = E("Child EXJ: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2024 who was stabbed in a park by another young person. He had been excluded from school at 14 and was known to the youth justice service. Child EXJ is Black British.",
          ["his exclusion from school removed a protective adult from his life", "the youth justice plan did not consider the risks in his neighbourhood"],
          [],
          "Read practice review (PDF)",
          T("Child EXJ", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black British",
            "extra_familial_harm|extra_familial_harm; physical_abuse|extra_familial_harm; child_criminal_exploitation", "", "not_in_school|"),
          norec="Makes no recommendations as the partnership has already started a serious youth violence programme.", lab=L_STD)
# --- B: FrontPage-era HTML, Windows-1252 numeric character references (4)
_E[5] = E("Child FXJ: Child safeguarding practice review",
          "Physical abuse of a 2-year-old girl in 2023 who had bruising to her face and a fractured skull. Her mother's boyfriend, aged 25, was convicted of causing grievous bodily harm. Child FXJ is White British.",
          ["the mother's boyfriend was not known to the professionals who visited the home", "bruising to the child's face was accepted as a fall without a medical check"],
          ["ask who lives in or visits the home at every contact", "refer every bruise on a child under two for a medical assessment"],
          "Read practice review (PDF)",
          T("Child FXJ", CSPR, "practice_review", "serious_harm", "2023", "2-year-old", "2.00", "1_5", "female", "White British",
            "physical_abuse|physical_abuse; non_accidental_head_injury", "parental_criminality|"), lab=L_STD)
_E[6] = E("Child GXJ: Child safeguarding practice review",
          "Death of a 15-year-old boy in 2024 by suicide. He had told his school counsellor that he was being bullied because he was gay. Child GXJ is of Pakistani heritage.",
          ["the counsellor's concerns were not shared with the school's safeguarding lead", "his GP did not know about his low mood"],
          ["agree how school counsellors share risk with the safeguarding lead", "include bullying about sexuality in the school's anti-bullying policy"],
          "Read practice review (PDF)",
          T("Child GXJ", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "male", "Pakistani|Pakistani heritage",
            "self_harm_suicide", ""), lab=L_STD)
_E[7] = E("Baby HXJ: Child safeguarding practice review",
          "Serious injury to a 10-week-old girl in 2024 who had rib fractures and a bleed on the brain. Her father, aged 31, had a history of domestic abuse towards a former partner. Baby HXJ is of mixed White and Black African heritage.",
          ["the father's history of domestic abuse was not shared with the midwife", "the father was not included in antenatal contacts"],
          ["check police records about both parents when a pregnancy is booked", "invite fathers to antenatal and new birth visits"],
          "Read practice review (PDF)",
          T("Baby HXJ", CSPR, "practice_review", "serious_harm", "2024", "10-week-old", "0.19", "under_1", "female",
            "mixed White and Black African|mixed White and Black African heritage|White and Black African",
            "non_accidental_head_injury; physical_abuse|physical_abuse|non_accidental_head_injury", "domestic_abuse|"),
          good=["the paediatrician who arranged a skeletal survey on the day of admission"], lab=L_STD)
_E[8] = E("Jayden: Serious case review (executive summary)",
          "Death of a 4-year-old boy in 2017 who drowned in a garden pond while his mother, aged 26, was asleep indoors. The family had been known to children's social care because of neglect. Jayden is White British.",
          ["the family's child in need plan was closed without checking the home", "the lack of supervision of the children had been reported by neighbours"],
          ["check home conditions before a child in need plan is closed", "follow up every report from neighbours about children left unsupervised"],
          "Read executive summary (PDF)",
          T("Jayden", SCR, "executive_summary", "death", "2017", "4-year-old", "4.00", "1_5", "male", "White British",
            "neglect", "", "child_in_need_plan|"),
          pub="2024", lab=L_STD)
# --- C: HTML page with text that is never shown (display:none, visibility:hidden, hidden) (4)
_E[9] = E("Child JXJ: Child safeguarding practice review",
          "Sexual abuse of an 8-year-old girl between 2021 and 2023 by her stepfather, aged 39. She told a teaching assistant about the abuse in 2023. Child JXJ is White British.",
          ["the stepfather's caution for an offence against a child was not known to the school", "changes in her behaviour were seen as a reaction to her parents' separation"],
          ["check the history of new partners when a family is known to children's social care", "train school staff to ask about changes in a child's behaviour"],
          "Read practice review (PDF)",
          T("Child JXJ", CSPR, "practice_review", "serious_harm", "2021|2023|", "8-year-old", "8.00", "6_10", "female", "White British",
            "sexual_abuse", "parental_criminality|"), lab=L_STD)
_E[10] = E("Children KXJ and LXJ: Child safeguarding practice review",
           "Emotional abuse and neglect of a sister and brother, aged 9 and 12, in 2024 who lived with their father, aged 44, who had paranoid beliefs and kept them at home. The children had not been seen by any professional for a year. The children are of Turkish heritage.",
           ["the children's removal from school for home education was not followed up", "the father's mental health was assessed without asking about the children"],
           ["see every child who is taken out of school for home education", "ask adults in mental health services about the children they live with"],
           "Read practice review (PDF)",
           T("Children KXJ and LXJ", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "mixed", "Turkish|Turkish heritage",
             "emotional_abuse; neglect", "parental_mental_health", "not_in_school|", n="2"), lab=L_STD)
_E[11] = E("Baby MXJ: Child safeguarding practice review",
           "Death of a 5-month-old boy in 2025 from a head injury. His father, aged 20, said the baby had fallen from a changing table. Both parents had been in care as children. Baby MXJ is White British.",
           ["the parents' own experience of care was not used to plan support", "an earlier bruise on the baby's ear was not referred"],
           ["offer extra support to parents who were in care as children", "follow the bruising protocol for every bruise on a baby who is not mobile"],
           "Read practice review (PDF)",
           T("Baby MXJ", CSPR, "practice_review", "death", "2025", "5-month-old", "0.42", "under_1", "male", "White British",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""), lab=L_STD)
_E[12] = E("Child NXJ: Child safeguarding practice review",
           "Serious harm to a 13-year-old boy in 2024 who was found with a large amount of cannabis and a knife after being criminally exploited by older teenagers. He had been in care since he was 11. Child NXJ is of Albanian heritage.",
           ["his placement far from home cut him off from his friends and school", "the risks he faced were seen as his choices"],
           ["avoid placements far from home for children at risk of exploitation", "use language in records that does not blame children for their exploitation"],
           "Read practice review (PDF)",
           T("Child NXJ", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "male", "Albanian|Albanian heritage",
             "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm", "", "looked_after"),
           good=["the social worker who visited him every week in his placement"], lab=L_STD)
# --- D: DOCX from a document-assembly system, reviews inside block-level w:customXml (4)
_E[13] = E("Child PXJ: Child safeguarding practice review",
           "Death of a 3-year-old girl in 2024 from an overdose of her father's methadone. Her father, aged 35, was on a drug treatment programme and stored the methadone in the fridge. Child PXJ is White British.",
           ["safe storage of methadone was not checked at home visits", "the drug service did not know a young child lived in the home"],
           ["ask about children in the home when an adult starts drug treatment", "check safe storage at every home visit by the drug service"],
           "Read practice review (PDF)",
           T("Child PXJ", CSPR, "practice_review", "death", "2024", "3-year-old", "3.00", "1_5", "female", "White British",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"), lab=L_THEMES)
_E[14] = E("Child QXJ: Child safeguarding practice review",
           "Serious harm to a 16-year-old girl in 2023 who was sexually abused online by a man, aged 32, who asked her for images. She was autistic and had few friends at school. Child QXJ is White British.",
           ["her autism made it harder for her to see the risk", "the school's online safety lessons were not adapted for autistic pupils"],
           ["adapt online safety lessons for children with special educational needs", "give parents of autistic children advice about online contact"],
           "Read practice review (PDF)",
           T("Child QXJ", CSPR, "practice_review", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "female", "White British",
             "online_harm; sexual_abuse|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation|sexual_abuse", "", "disabled|"),
           lab=L_THEMES)
_E[15] = E("Children RXJ and SXJ: Serious case review",
           "Physical and emotional abuse of two sisters, aged 11 and 14, between 2015 and 2017 by their mother, aged 41, who hit them with a belt and locked them in their bedroom. The abuse came to light when the older sister told a teacher. The children are Black African.",
           ["the younger sister's injuries were explained as play fighting", "the children were not spoken to without their mother present"],
           ["speak to children alone when there are concerns about injuries", "consider cultural context without accepting physical punishment"],
           "Read overview report (PDF)",
           T("Children RXJ and SXJ", SCR, "overview", "serious_harm", "2015|2017|", "*", "*", "*", "female", "Black African",
             "emotional_abuse; physical_abuse|physical_abuse; emotional_abuse", "", n="2"),
           good=["the teacher who listened to the older sister and made a referral the same day"], pub="2025", lab=L_THEMES)
_E[16] = E("Baby TXJ: Child safeguarding practice review",
           "Death of a 6-week-old girl in 2024 who was found unresponsive in a car seat where she had slept overnight. Her mother, aged 19, had postnatal depression. Baby TXJ is of Romanian heritage.",
           ["safer sleep advice did not cover babies sleeping in car seats", "the mother's postnatal depression was not shared with the health visitor"],
           ["include car seats in safer sleep advice", "share a mother's mental health with the health visitor before the new birth visit"],
           "Read practice review (PDF)",
           T("Baby TXJ", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "female", "Romanian|Romanian heritage",
             "sudden_unexpected_infant_death", "parental_mental_health"), lab=L_THEMES)
# --- E: markdown, the whole digest one ordered list, each review a list item (4)
_E[17] = E("Child UXJ: Child safeguarding practice review",
           "Neglect of a 7-year-old boy in 2024 who had severe tooth decay and was often absent from school. His mother, aged 30, misused alcohol. Child UXJ is White British.",
           ["his dental neglect was not seen as a safeguarding concern", "his school absences were not linked to his care at home"],
           ["refer children with untreated dental decay to the early help service", "look at school absence together with health information"],
           "Read practice review (PDF)",
           T("Child UXJ", CSPR, "practice_review", "serious_harm|", "2024", "7-year-old", "7.00", "6_10", "male", "White British",
             "neglect", "parental_alcohol_misuse", "not_in_school|"), lab=L_STD)
_E[18] = E("Child VXJ: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2025 who was killed by her boyfriend, aged 21. She had told a college tutor that he was controlling and had hit her. Child VXJ is of Bangladeshi heritage.",
           ["abuse in her relationship was not recognised as domestic abuse because of her age", "the college did not refer her to the domestic abuse service"],
           ["include teenage relationship abuse in domestic abuse training", "give colleges a referral route to the domestic abuse service"],
           "Read practice review (PDF)",
           T("Child VXJ", CSPR, "practice_review", "death", "2025", "17-year-old", "17.00", "16_17", "female", "Bangladeshi|Bangladeshi heritage",
             "physical_abuse|extra_familial_harm|physical_abuse; extra_familial_harm|", "domestic_abuse|"),
           lab=L_STD)
_E[19] = E("Baby WXJ: Child safeguarding practice review",
           "Serious harm to a 9-month-old boy in 2024 who was scalded in a bath by his mother's partner, aged 28. The baby's injuries were not treated for two days. Baby WXJ is White British.",
           ["the mother's partner's violence towards her was known to the police", "the delay in treatment was not questioned by the hospital"],
           ["share police reports of domestic abuse with the health visitor", "ask about any delay in seeking treatment for an injury"],
           "Read practice review (PDF)",
           T("Baby WXJ", CSPR, "practice_review", "serious_harm", "2024", "9-month-old", "0.75", "under_1", "male", "White British",
             "physical_abuse; neglect|physical_abuse", "|domestic_abuse"),
           good=["the emergency department nurse who noticed the shape of the burn"], lab=L_STD)
_E[20] = E("Children YXJ and ZXJ: Child safeguarding practice review",
           "Sexual abuse of a brother and sister, aged 6 and 10, in 2023 by their grandfather, aged 67, who looked after them after school. The children are White British.",
           ["the grandfather's earlier conviction was not known to children's social care", "the children's worries were not heard"],
           ["check family members who look after children when a parent asks for help with childcare", "give children more than one way to tell someone about abuse"],
           "Read practice review (PDF)",
           T("Children YXJ and ZXJ", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "*", "mixed", "White British",
             "sexual_abuse", "", n="2"), lab=L_STD)

B60["b60-pipermail-archive-2025-06.html"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="Four case reviews were published in June 2025. Every child, family, person and place in this message is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B60["b60-frontpage-entities-2024-03.html"] = dict(month="2024-03", heading="Case reviews published in March 2024",
    intro="Four case reviews were published in March 2024. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B60["b60-hidden-text-page-2025-12.html"] = dict(month="2025-12", heading="Case reviews published in December 2025",
    intro="Four case reviews were published in December 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B60["b60-docx-customxml-2025-02.docx"] = dict(month="2025-02", heading="Case reviews published in February 2025",
    intro="Four case reviews were published in February 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B60["b60-markdown-one-list-2025-09.md"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Four case reviews were published in September 2025. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
