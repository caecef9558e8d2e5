# Batch b46 (issue 9, session 27; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: Outlook's 'Save as > Text Only' of an
# HTML newsletter (.txt: cid image placeholders, a contents table flattened to tab-separated lines, 'text <URL>' links);
# a DOCX from a Word form template whose labels sit in each review table's first column (bulleted cell paragraphs, a
# shaded label column, a 'Published as' row holding the link); markdown with setext headings and reference-style links
# whose definitions all sit at the document's end ('+' bullets, '1)' numbers, lazy continuation lines); an HTML page saved
# with Chrome's 'Save page as > Webpage, Complete' (saved-from comment, '_files/' assets, inline styles, nav, cookie banner);
# an .eml whose only body is quoted-printable HTML (no multipart, no plain-text alternative); Word's 'Save as > Plain Text'
# in Windows-1252 with the report links as footnotes printed at the end. All 20 entries are NEW summaries in the phrasing of
# NSPCC case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Two entries open with a labelled background paragraph ('Background:' / 'Context:') before
# the incident sentence (field `pre`). Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B46 = {}
L_OL = ("Learning:", "Recommendations:", "Good practice:")
L_FT = ("Learning", "Recommendations", "Good practice")
L_MD = ("Learning points:", "Recommendations:", "Good practice:")
L_CH = ("Learning includes", "Recommendations include", "Good practice")
L_QP = ("Key learning:", "Recommendations:", "Good practice:")
L_WT = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
_E = {}
_E_BASE = E


def E(*a, pre=None, **k):  # an entry whose summary opens with a labelled background paragraph
    d = _E_BASE(*a, **k); d["pre"] = pre; return d


# --- A: Outlook 'Save as > Text Only' of an HTML newsletter, .txt (4)
_E[1] = E("Child AKQ: Child safeguarding practice review",
          "Serious harm to a 4-year-old girl in 2024 who was found to have a scald to her feet and lower legs that had not been treated for several days. Her mother said the bath water had been too hot. Child AKQ is White British.",
          ["the delay in seeking treatment was not seen as a safeguarding concern in itself", "the older half-brothers were never asked what had happened"],
          ["treat any delay in seeking medical help for a burn or scald as a reason to make a referral", "speak to brothers and sisters as part of every section 47 enquiry"],
          "Read practice review (PDF)",
          T("Child AKQ", CSPR, "practice_review", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "female", "White British",
            "neglect; physical_abuse|neglect|physical_abuse", "|domestic_abuse"), lab=L_OL,
          pre="Background: Child AKQ lived with her mother and two older half-brothers, aged 15 and 17, in a privately rented flat. The family had moved to the area in 2021 after the mother left a violent relationship.")
_E[2] = E("Child BLQ: Serious case review",
          "Death of a 7-week-old boy in 2019 from a head injury. His father, aged 23, was later convicted of his murder. The family had been referred to early help in 2018 because of the father's drug use. Child BLQ is of mixed White and Asian heritage.",
          ["the father's drug use was not shared with the midwife", "the father was not included in any of the antenatal contacts"],
          ["ask about both parents' history at the booking appointment", "include fathers and partners in advice on coping with a crying baby"],
          "Read overview report (PDF)",
          T("Child BLQ", SCR, "overview", "death", "2019", "7-week-old", "0.13", "under_1", "male", "mixed White and Asian|mixed White and Asian heritage|White and Asian",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "parental_substance_misuse|parental_criminality; parental_substance_misuse"), lab=L_OL)
_E[3] = E("Child CMQ: Child safeguarding practice review",
          "Serious harm to a 15-year-old boy in 2024 who was stabbed after being groomed to sell drugs in another county. He had been permanently excluded from school in Year 9. His mother, aged 41, had asked for help several times. Child CMQ is Black African.",
          ["the exclusion removed the one place where Child CMQ was seen every day", "the mother's requests for help were each closed after a single visit"],
          ["hold a multi-agency meeting before any child known to be at risk of exploitation is excluded"],
          "Read practice review (PDF)",
          T("Child CMQ", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "Black African|Black African heritage",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation", "", "not_in_school|"),
          good=["the youth worker who kept in touch with Child CMQ after he was excluded"], lab=L_OL)
_E[4] = E("Children DNQ, EPQ and FRQ: Child safeguarding practice review",
          "Neglect of three siblings aged 2, 5 and 8 in 2023 who were living in a home with no heating and little food. Their father, who misused alcohol, had been their main carer since their mother died in 2020. Ethnicity or nationality not stated.",
          ["professionals saw a grieving father and did not look at the children's daily care", "the health visitor's concerns about the youngest child's weight were not shared"],
          [],
          "Read practice review (PDF)",
          T("Children DNQ, EPQ and FRQ", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "*", "*", "not_stated",
            "neglect", "parental_alcohol_misuse", n="3"),
          norec="Makes no recommendations; the learning has been included in the partnership's neglect strategy.", lab=L_OL)
# --- B: DOCX from a Word form template, labels in each review table's first column (3)
_E[5] = E("Child GSQ: Child safeguarding practice review",
          "Death of a 13-year-old girl in 2024 after she took ecstasy at a party. She had been in foster care since 2022 and had met older men through social media. Child GSQ is White British.",
          ["the foster carers were not told about Child GSQ's online contacts", "missing episodes of a few hours were not reported"],
          ["share information about online risks with foster carers at every placement", "report every missing episode of a looked after child, however short"],
          "Practice review (PDF)",
          T("Child GSQ", CSPR, "practice_review", "death", "2024", "13-year-old", "13.00", "11_15", "female", "White British",
            "poisoning_ingestion; extra_familial_harm|poisoning_ingestion; online_harm|poisoning_ingestion; extra_familial_harm; online_harm|poisoning_ingestion|extra_familial_harm; online_harm|other",
            "", "foster_care; looked_after|foster_care|looked_after"), lab=L_FT)
_E[6] = E("Child HTQ: Child safeguarding practice review",
          "Serious harm to a 9-month-old boy in 2025 who had bruising to his face and a fractured skull. His mother's partner, aged 28, had been released from prison earlier that year. Child HTQ is of Irish Traveller heritage.",
          ["the partner's release from prison was not known to the health visitor", "bruising on a baby was explained by his mother as a fall from the sofa and accepted"],
          ["tell health visitors when an adult with a history of violence joins a household with a baby", "follow the bruising protocol for every baby who is not yet walking"],
          "Practice review (PDF)",
          T("Child HTQ", CSPR, "practice_review", "serious_harm", "2025", "9-month-old", "0.75", "under_1", "male", "Irish Traveller|Irish Traveller heritage",
            "non_accidental_head_injury; physical_abuse|physical_abuse|non_accidental_head_injury", "parental_criminality|"), lab=L_FT)
_E[7] = E("Child JVQ: Serious case review (executive summary)",
          "Sexual abuse of a 12-year-old boy by a football coach between 2015 and 2017. The coach, then aged 52, had been dismissed by another club in 2013. Child JVQ is White British.",
          ["the reason for the coach's dismissal was not passed to the new club", "Child JVQ's changes in behaviour were put down to moving to secondary school"],
          ["make safer recruitment checks a condition of funding for all youth sports clubs"],
          "Executive summary (PDF)",
          T("Child JVQ", SCR, "executive_summary", "serious_harm", "2015|", "12-year-old", "12.00", "11_15", "male", "White British",
            "sexual_abuse|sexual_abuse; extra_familial_harm", ""),
          good=["the club welfare officer who reported the coach to the police the day Child JVQ told her"], lab=L_FT)
# --- C: markdown, setext headings, reference-style links at the end (4)
_E[8] = E("Child KWQ: Child safeguarding practice review",
          "Death of a 2-year-old boy in 2024 who drowned in the bath while he was left alone. His mother, aged 24, had been drinking and had fallen asleep downstairs. Child KWQ is White British.",
          ["the sister's earlier child protection plan was not looked at when concerns about Child KWQ were raised", "the mother's drinking was described as social drinking in every record"],
          ["check the history of brothers and sisters when a new referral is made", "use an alcohol screening tool at every health visitor contact"],
          "Read practice review (PDF)",
          T("Child KWQ", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", "White British",
            "neglect|neglect; other|other", "parental_alcohol_misuse"), lab=L_MD,
          pre="Background: Child KWQ's family had been known to children's social care since 2017, when his older sister, now aged 19, was placed on a child protection plan.")
_E[9] = E("Child LXQ: Child safeguarding practice review",
          "Death of a 16-year-old girl in 2025 who took her own life. She had been waiting 14 months for a mental health assessment and had told the school nurse that she was self-harming. Child LXQ is of Indian heritage.",
          ["the waiting list was treated as a plan for Child LXQ's care", "the school nurse's referral was not followed up when no reply came"],
          ["review the risk to every young person waiting more than three months for an assessment"],
          "Read practice review (PDF)",
          T("Child LXQ", CSPR, "practice_review", "death", "2025", "16-year-old", "16.00", "16_17", "female", "Indian|Indian heritage",
            "self_harm_suicide", ""),
          good=["the school nurse who saw Child LXQ every week while she waited"], lab=L_MD)
_E[10] = E("Child MZQ: Serious case review",
           "Physical abuse of a 3-year-old boy in 2012 who was repeatedly beaten by his mother's boyfriend. His mother, aged 20, did not tell anyone because she was frightened of the boyfriend. Child MZQ is of Turkish heritage.",
           ["the boyfriend was not identified as living in the home", "Child MZQ's nursery did not record the marks it saw"],
           ["ask who lives in the home at every contact with a family with young children", "record and share every mark seen on a child at nursery"],
           "Read overview report (PDF)",
           T("Child MZQ", SCR, "overview", "serious_harm", "2012", "3-year-old", "3.00", "1_5", "male", "Turkish|Turkish heritage",
             "physical_abuse", "domestic_abuse|"), lab=L_MD)
_E[11] = E("Child NAQ: Child safeguarding practice review",
           "Serious harm to a 6-month-old girl in 2024 who was shaken by her father after hours of crying. Her father, aged 30, had asked his GP for help with his anger the month before. It is not known whether anyone else was in the home. Child NAQ is of Nigerian heritage.",
           ["the GP did not ask whether the father cared for young children", "advice on coping with crying was given to the mother only"],
           ["ask every adult who seeks help with anger whether they care for children"],
           "Read practice review (PDF)",
           T("Child NAQ", CSPR, "practice_review", "serious_harm", "2024", "6-month-old", "0.50", "under_1", "female", "Nigerian|Nigerian heritage",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "|parental_mental_health"), lab=L_MD)
# --- D: Chrome 'Save page as > Webpage, Complete', .html (3)
_E[12] = E("Child PBQ: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2025 who was stabbed by a young man he knew from the estate. He had been reported missing 22 times in the year before he died. Child PBQ is Black Caribbean.",
           ["moving Child PBQ far from home cut him off from the people he trusted", "return home interviews were offered by phone only"],
           ["consider the risks in the new area before a looked after child is placed out of county", "hold return home interviews face to face"],
           "Read practice review (PDF)",
           T("Child PBQ", CSPR, "practice_review", "death", "2025", "17-year-old", "17.00", "16_17", "male", "Black Caribbean|Black Caribbean heritage",
             "extra_familial_harm|extra_familial_harm; physical_abuse|physical_abuse|child_criminal_exploitation; extra_familial_harm", "", "looked_after|"), lab=L_CH,
           pre="Context: Child PBQ was 14 when he moved from a children's home in another county to a semi-independent placement in 2023.")
_E[13] = E("Child QCQ: Child safeguarding practice review",
           "Serious harm to a 5-year-old girl in 2024 who was subjected to female genital mutilation during a family holiday abroad. Her older sister, aged 10, told her teacher when they came back. Child QCQ is of Sudanese heritage.",
           ["the risk of FGM was not discussed before the family travelled", "the GP did not know the mother had herself undergone FGM"],
           ["record FGM in a mother's records and share it with the health visitor and GP", "talk to families about FGM before long school holidays"],
           "Read practice review (PDF)",
           T("Child QCQ", CSPR, "practice_review", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "female", "Sudanese|Sudanese heritage",
             "fgm_honour_based_abuse", ""),
           good=["the teacher who made the FGM mandatory report the same day"], lab=L_CH)
_E[14] = E("Child RDQ: Serious case review",
           "Neglect of a 10-year-old boy with cerebral palsy between 2021 and 2024 whose wheelchair and feeding equipment were not replaced as he grew. His parents, both aged 44, missed 17 therapy appointments. Child RDQ is White British.",
           ["missed appointments were closed without asking why the child was not brought", "no one professional saw the whole picture of Child RDQ's health needs"],
           [],
           "Read overview report (PDF)",
           T("Child RDQ", SCR, "overview", "serious_harm", "2021|", "10-year-old", "10.00", "6_10", "male", "White British",
             "neglect", "", "disabled"),
           norec="Makes no recommendations because the health trust had already changed its was not brought policy.", lab=L_CH)
# --- E: .eml with a quoted-printable HTML body only (3)
_E[15] = E("Child SEQ: Child safeguarding practice review",
           "Death of a 5-week-old girl in 2025 who died while sleeping on a sofa with her mother. Her mother, aged 19, had been using cannabis that evening. There were no injuries. Child SEQ is of Romanian heritage.",
           ["safer sleep advice did not cover falling asleep on a sofa", "the mother's cannabis use was known to her GP but not to the midwife"],
           ["include sofas and armchairs in all safer sleep advice", "share drug use in pregnancy with the midwife and health visitor"],
           "Read practice review (PDF)",
           T("Child SEQ", CSPR, "practice_review", "death", "2025", "5-week-old", "0.10", "under_1", "female", "Romanian|Romanian heritage",
             "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|co_sleeping"), lab=L_QP)
_E[16] = E("Child TFQ: Child safeguarding practice review",
           "Sexual exploitation of a 14-year-old girl in 2024 by adults who contacted her through an online game. Child TFQ is autistic and has an education, health and care plan. Child TFQ is of Chinese heritage.",
           ["the risks of online games were not part of her care plan", "Child TFQ's parents did not know where to report their worries"],
           ["include online safety in every education, health and care plan review"],
           "Read practice review (PDF)",
           T("Child TFQ", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female", "Chinese|Chinese heritage",
             "child_sexual_exploitation; online_harm|child_sexual_exploitation; extra_familial_harm; online_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; extra_familial_harm; online_harm; sexual_abuse|child_sexual_exploitation",
             "", "disabled; ehcp|ehcp|disabled"),
           good=["the special educational needs coordinator who noticed the gifts Child TFQ brought to school"], lab=L_QP)
_E[17] = E("Child UGQ: Child safeguarding practice review",
           "Serious harm to an 11-year-old boy in 2023 who was assaulted by his stepfather with a metal pole. His stepfather, aged 47, had a conviction for violence from 2009. The school had seen marks on Child UGQ's arms twice. Child UGQ is of Kurdish heritage.",
           ["marks seen by the school were recorded but not referred", "the stepfather's conviction was not checked when he moved in"],
           ["refer every unexplained mark on a child to children's social care", "check the history of any new adult in a household where a child is known to services"],
           "Read practice review (PDF)",
           T("Child UGQ", CSPR, "practice_review", "serious_harm", "2023", "11-year-old", "11.00", "11_15", "male", "Kurdish|Kurdish heritage",
             "physical_abuse", "parental_criminality|"), lab=L_QP)
# --- F: Word 'Save as > Plain Text', Windows-1252, links as footnotes at the end (3)
_E[18] = E("Child VHQ: Child safeguarding practice review",
           "Death of a 1-year-old girl in 2023 who drowned in a garden pond at her grandmother's house. Her mother, who had severe depression, was asleep at the time. Child VHQ is White British.",
           ["the mother's depression was treated without asking about her children", "the grandmother's home was never visited"],
           ["ask about caring for children at every adult mental health review"],
           "Read practice review (PDF)",
           T("Child VHQ", CSPR, "practice_review", "death", "2023", "1-year-old", "1.00", "1_5", "female", "White British",
             "neglect|other|neglect; other|", "parental_mental_health"), lab=L_WT)
_E[19] = E("Child WJQ: Child safeguarding practice review",
           "Serious harm to an 8-year-old boy in 2024 who had been given his mother's sleeping tablets over several months. His mother, aged 38, was later found to have made up his illnesses. Child WJQ is of Pakistani heritage.",
           ["doctors did not compare notes across the three hospitals Child WJQ had been taken to", "the mother's account of his symptoms was never checked with the school"],
           ["use a single health chronology when a child is seen by more than one hospital"],
           "Read practice review (PDF)",
           T("Child WJQ", CSPR, "practice_review", "serious_harm", "2024", "8-year-old", "8.00", "6_10", "male", "Pakistani|Pakistani heritage",
             "poisoning_ingestion|poisoning_ingestion; physical_abuse|poisoning_ingestion; other|other", ""),
           good=["the school nurse who noticed that Child WJQ was never ill at school"], lab=L_WT)
_E[20] = E("Child XKQ: Child safeguarding practice review",
           "Serious harm to a 17-year-old girl in 2025 who was held in a flat and sexually assaulted by a man she had met online. The man, aged 33, had been reported to the police in 2022 for contacting other girls. Child XKQ is of Vietnamese heritage.",
           ["the earlier reports about the man were not linked", "Child XKQ was treated as an adult because she was nearly 18"],
           ["link intelligence about adults who contact children online", "apply child protection procedures to every young person under 18"],
           "Read practice review (PDF)",
           T("Child XKQ", CSPR, "practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "female", "Vietnamese|Vietnamese heritage",
             "extra_familial_harm; online_harm; sexual_abuse|online_harm; sexual_abuse|sexual_abuse|extra_familial_harm; sexual_abuse|child_sexual_exploitation; extra_familial_harm; online_harm; sexual_abuse", ""), lab=L_WT)

B46["b46-outlook-savetext-newsletter-2025-09.txt"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Four case reviews were published in September 2025. Every child, family, person and place in this newsletter is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B46["b46-word-formtable-2025-05.docx"] = dict(month="2025-05", heading="Case review summaries: May 2025",
    intro="Three case reviews were published in May 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B46["b46-markdown-setext-reflinks-2026-03.md"] = dict(month="2026-03", heading="Case reviews published in March 2026",
    intro="Four case reviews were published in March 2026. All of the children, families, people and places in this file are invented for testing.",
    entries=[_E[8], _E[9], _E[10], _E[11]])
B46["b46-chrome-saved-complete-2025-07.html"] = dict(month="2025-07", heading="Case reviews published in July 2025",
    intro="Three case reviews were published in July 2025. All of the children, families, people and places on this page are invented for testing.",
    entries=[_E[12], _E[13], _E[14]])
B46["b46-eml-qp-html-only-2026-01.eml"] = dict(month="2026-01", heading="Case review round-up: January 2026",
    intro="Three case reviews were published in January 2026. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B46["b46-word-plaintext-footnotes-2024-12.txt"] = dict(month="2024-12", heading="Case reviews published in December 2024",
    intro="Three case reviews were published in December 2024. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
