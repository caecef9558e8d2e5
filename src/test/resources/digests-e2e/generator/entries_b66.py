# Batch b66 (issue 9, session 37, d66; invented for testing; truth written and committed before any input was rendered and
# before the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: a partnership page saved
# after GSAP SplitText ran on it (titles and summaries split into inline-block <div> words and letters inside <h2> / <p>,
# the whole text kept in an aria-label); a Bootstrap page whose every review is written twice (a mobile accordion shown
# below the md breakpoint and a desktop article shown above it, the classes' CSS in an external style sheet); a DOCX with
# Word drop caps (each summary's first letter its own framed paragraph, `w:framePr w:dropCap`); the markdown Python's
# html2text writes from a page (wrapped at 78 columns, inside link texts too, '  * ' items, escaped '\-' and '1\.');
# the text groff -Tutf8 writes (grotty's ANSI SGR escape sequences for bold and italics, U+2022 bullets, U+2010 hyphens).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case review reports published years later, a 'Makes no
# recommendations as ...' sentence, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B66 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Good practice includes:")
L_KEY = ("Key learning includes:", "Recommendations include:", "Identifies good practice including:")
L_THM = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


# --- A: a partnership page saved after GSAP SplitText split its titles and summaries into words and letters (4)
_E[1] = E("Child AGD: Child safeguarding practice review",
          "Serious harm to a 3-month-old boy in 2024 who had a fractured skull and bleeding on the brain. His father, aged 27, said he had dropped him. The family had moved three times in a year. Child AGD is White British.",
          ["each move of house closed the family's case with the health visiting team", "the father's account was not tested against the medical evidence"],
          ["transfer health visiting records in full when a family with a baby moves", "hold a strategy discussion for every head injury in a baby who is not mobile"],
          "Read practice review (PDF)",
          T("Child AGD", CSPR, "practice_review", "serious_harm", "2024", "3-month-old", "0.25", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""), lab=L_STD)
_E[2] = E("Children BGD and CGD: Serious case review",
          "Neglect of two sisters, aged 7 and 10, between 2013 and 2016 who lived in a home with no beds and were often hungry at school. Their mother, aged 35, had depression and misused alcohol. The children are White British.",
          ["teachers' concerns about hunger were recorded but not referred", "the mother's depression was treated without asking about her children"],
          ["ask adult mental health patients about the children they care for", "refer children who are often hungry at school to early help"],
          "Read overview report (PDF)",
          T("Children BGD and CGD", SCR, "overview", "serious_harm|", "2013|2016|", "*", "*", "*", "female", "White British",
            "neglect", "parental_mental_health; parental_alcohol_misuse", n="2"),
          pub="2025", lab=L_STD)
_E[3] = E("Child DGD: Child safeguarding practice review",
          "Death of a 15-year-old boy in 2024 who drowned in a river after drinking alcohol with older friends. He had been reported missing from home four times that year. Child DGD is of Irish Traveller heritage.",
          ["his missing episodes were not linked to the older group he spent time with", "the family's culture was given as a reason not to offer support"],
          ["offer a return home interview after every missing episode", "train staff to work with Gypsy, Roma and Traveller families"],
          "Read practice review (PDF)",
          T("Child DGD", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "male",
            "Irish Traveller|Irish Traveller heritage|White Irish Traveller",
            "other|extra_familial_harm|", ""),
          good=["the youth worker who kept in touch with him after he left the club"], lab=L_STD)
_E[4] = E("Child EGD: Child safeguarding practice review",
          "Serious harm to a 12-year-old girl in 2025 who was sexually abused by her mother's boyfriend, aged 46. She had a learning disability and found it hard to tell adults what had happened. Child EGD is of Black Caribbean heritage.",
          ["communication aids were not used when she was spoken to", "the boyfriend moved in without any agency knowing"],
          [],
          "Read practice review (PDF)",
          T("Child EGD", CSPR, "practice_review", "serious_harm", "2025", "12-year-old", "12.00", "11_15", "female", "Black Caribbean|Black Caribbean heritage",
            "sexual_abuse", "", "disabled"),
          norec="Makes no recommendations as the partnership has already changed its guidance on speaking to disabled children.", lab=L_STD)
# --- B: a Bootstrap page with every review written twice (mobile accordion and desktop article) (4)
_E[5] = E("Baby FGD: Child safeguarding practice review",
          "Death of a 7-week-old girl in 2024 who was found unresponsive on a sofa where she had fallen asleep with her father, aged 24. Her father had smoked cannabis that evening. Baby FGD is of mixed White and Black African heritage.",
          ["safer sleep advice was given to the mother but not to the father", "the father's cannabis use was known to his GP but not to the midwife"],
          ["give safer sleep advice to every parent and carer of a baby", "ask about drug use by both parents in pregnancy"],
          "Read practice review (PDF)",
          T("Baby FGD", CSPR, "practice_review", "death", "2024", "7-week-old", "0.13", "under_1", "female",
            "mixed White and Black African|mixed White and Black African heritage|White and Black African",
            "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|co_sleeping|parental_substance_misuse"), lab=L_KEY)
_E[6] = E("Child HGD: Child safeguarding practice review",
          "Serious harm to a 16-year-old boy in 2024 who was stabbed after being made to carry drugs to another town. He had been excluded from school at 13 and spent his days out of the home. Child HGD is Black British.",
          ["his exclusion was not shared with children's social care", "police treated him as an offender and not as a victim of exploitation"],
          ["use the national referral mechanism for every child found carrying drugs for others", "tell children's social care about every permanent exclusion"],
          "Read practice review (PDF)",
          T("Child HGD", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|extra_familial_harm|extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse", "", "not_in_school|"),
          good=["the A&E nurse who referred him to the youth violence team"], lab=L_KEY)
_E[7] = E("Children JGD and KGD: Child safeguarding practice review",
          "Physical abuse of a brother and sister, aged 4 and 6, in 2024 who were hit by their stepfather, aged 31, when they wet the bed. Their mother told the school that the bruises came from play fighting. The children are of Romanian heritage.",
          ["the mother's account was accepted without asking the children", "no interpreter was used when the family was visited"],
          ["speak to children on their own about every unexplained bruise", "use a professional interpreter for every assessment visit"],
          "Read practice review (PDF)",
          T("Children JGD and KGD", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "mixed", "Romanian|Romanian heritage",
            "physical_abuse", "", n="2"), lab=L_KEY)
_E[8] = E("Child LGD: Child safeguarding practice review",
          "Death of a 14-year-old girl in 2025 by suicide. She had been bullied online for a year and had been in care since she was 11. Child LGD is White British.",
          ["her foster carers did not know about the online bullying", "her review meetings did not ask about her life online"],
          ["include online safety in every looked after child's review", "give foster carers training on online bullying"],
          "Read practice review (PDF)",
          T("Child LGD", CSPR, "practice_review", "death", "2025", "14-year-old", "14.00", "11_15", "female", "White British",
            "self_harm_suicide|self_harm_suicide; online_harm", "", "looked_after|looked_after; foster_care"), lab=L_KEY)
# --- C: a DOCX with Word drop caps on every summary (4)
_E[9] = E("Child MGD: Child safeguarding practice review",
          "Death of a 2-year-old boy in 2024 who swallowed his mother's methadone. His mother, aged 33, was in a drug treatment programme and kept the medicine in a cup by her bed. Child MGD is White British.",
          ["the drug service did not visit the home to check safe storage", "the health visitor did not know the mother was prescribed methadone"],
          ["check safe storage at home for every parent prescribed a substitute drug", "share prescriptions of substitute drugs with health visitors"],
          "Read practice review (PDF)",
          T("Child MGD", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", "White British",
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"), lab=L_THM)
_E[10] = E("Child NGD: Serious case review",
           "Sexual exploitation of a 14-year-old girl in 2015 by a group of men who gave her gifts and a mobile phone. She had been reported missing 20 times. Child NGD is of Pakistani heritage.",
           ["her missing episodes were seen as her own choice", "information about the men was held by the police but not shared"],
           ["share intelligence about adults who exploit children at every strategy meeting", "treat a child who goes missing often as a child at risk"],
           "Read executive summary (PDF)",
           T("Child NGD", SCR, "executive_summary", "serious_harm", "2015", "14-year-old", "14.00", "11_15", "female", "Pakistani|Pakistani heritage",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", ""),
           lab=L_THM)
_E[11] = E("Baby PGD: Child safeguarding practice review",
           "Serious harm to a 6-month-old girl in 2024 who was found to be severely underweight. Her parents, aged 20 and 22, had both been in care as children and had missed her health checks. Baby PGD is White British.",
           ["missed health checks were not followed up", "the parents' care leaver status did not lead to extra support"],
           ["follow up every baby who misses a health check", "offer care leavers who become parents a named worker"],
           "Read practice review (PDF)",
           T("Baby PGD", CSPR, "practice_review", "serious_harm", "2024", "6-month-old", "0.50", "under_1", "female", "White British",
             "neglect", ""),
           good=["the GP receptionist who asked for a same-day appointment"], lab=L_THM)
_E[12] = E("Child QGD: Child safeguarding practice review",
           "Serious harm to a 9-year-old boy in 2024 who was burned when his mother, aged 38, held his hand on a hot cooker. His mother had a diagnosis of bipolar disorder and had stopped her medication. Child QGD is of Black African heritage.",
           ["the mother's mental health team did not ask about her son", "a burn on his arm in the year before was not explained"],
           ["include children's safety in every adult mental health care plan", "refer every unexplained burn on a child to children's social care"],
           "Read practice review (PDF)",
           T("Child QGD", CSPR, "practice_review", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "male", "Black African|Black African heritage",
             "physical_abuse", "parental_mental_health"), lab=L_THM)
# --- D: markdown written by Python's html2text from a partnership page (4)
_E[13] = E("Child RGD: Child safeguarding practice review",
           "Death of a 4-year-old girl in 2024 who was hit by a car after leaving her home alone at night. Her father, aged 29, was asleep after drinking. Child RGD is White British.",
           ["the door locks and safety gates advised in an earlier visit were never fitted", "the father's drinking was not discussed after the mother left"],
           ["check that safety advice has been acted on at the next visit", "ask about alcohol use when a parent becomes a lone carer"],
           "Read practice review (PDF)",
           T("Child RGD", CSPR, "practice_review", "death", "2024", "4-year-old", "4.00", "1_5", "female", "White British",
             "neglect|neglect; other|other", "parental_alcohol_misuse"), lab=L_STD)
_E[14] = E("Children SGD and TGD: Child safeguarding practice review",
           "Emotional abuse of two brothers, aged 9 and 12, in 2024 who witnessed their father, aged 45, repeatedly assault their mother. The older boy stopped going to school to protect his mother. The children are of Indian heritage.",
           ["the children were not seen when police attended incidents", "his school absence was not linked to what happened at home"],
           ["send a notification to school after every domestic abuse incident where children live", "ask children about home when they stop attending school"],
           "Read practice review (PDF)",
           T("Children SGD and TGD", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "male", "Indian|Indian heritage",
             "emotional_abuse", "domestic_abuse", "not_in_school|", n="2"), lab=L_STD)
_E[15] = E("Child UGD: Child safeguarding practice review",
           "Serious harm to a 17-year-old girl in 2024 who was taken abroad to be married against her will. She had told a college tutor that she was frightened of going on holiday. Child UGD is of Bangladeshi heritage.",
           ["the tutor did not know about the forced marriage unit", "her fears were recorded as a family matter"],
           ["train college staff to recognise the signs of forced marriage", "contact the forced marriage unit whenever a young person fears being taken abroad"],
           "Read practice review (PDF)",
           T("Child UGD", CSPR, "practice_review", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "female", "Bangladeshi|Bangladeshi heritage",
             "fgm_honour_based_abuse|fgm_honour_based_abuse; emotional_abuse", ""),
           good=["the airport police officer who spoke to her alone"], lab=L_STD)
_E[16] = E("Child WGD: Serious case review",
           "Death of a 6-week-old boy in 2016 from a head injury caused by his mother's partner, aged 30. The partner had served a prison sentence for violence against a former partner. Child WGD is White British.",
           ["the partner's history was known to probation but not to the midwife", "the mother's account of her new relationship was not checked"],
           ["check the history of every new partner of a pregnant woman known to services", "share probation information with maternity services"],
           "Read overview report (PDF)",
           T("Child WGD", SCR, "overview", "death", "2016", "6-week-old", "0.12", "under_1", "male", "White British",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_criminality|parental_criminality; domestic_abuse|domestic_abuse|"),
           lab=L_STD)
# --- E: groff -ms -Tutf8 output with grotty's SGR escape sequences, saved as text (4)
_E[17] = E("Child XGD: Child safeguarding practice review",
           "Death of an 11-year-old boy in 2024 who had severe asthma and died after an attack at home. His mother, aged 36, had not collected his inhalers for six months. Child XGD is of mixed White and Asian heritage.",
           ["the pharmacy's record of uncollected inhalers was not shared", "the school nurse's concerns about his breathing were not escalated"],
           ["tell the GP when a child's asthma medicines are not collected", "agree an asthma plan with school for every child with severe asthma"],
           "Read practice review (PDF)",
           T("Child XGD", CSPR, "practice_review", "death", "2024", "11-year-old", "11.00", "11_15", "male",
             "mixed White and Asian|mixed White and Asian heritage|White and Asian",
             "neglect", ""), lab=L_KEY)
_E[18] = E("Child AHD: Child safeguarding practice review",
           "Serious harm to a 13-year-old girl in 2025 who was groomed online by a man, aged 52, who asked her for sexual images. Her parents found the messages on her tablet. Child AHD is White British.",
           ["the school's online safety lessons did not reach her year group", "the police report took three weeks to reach children's social care"],
           ["teach online safety in every school year", "share police reports of online grooming with children's social care within a day"],
           "Read practice review (PDF)",
           T("Child AHD", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "White British",
             "online_harm; sexual_abuse|online_harm; child_sexual_exploitation|online_harm; child_sexual_exploitation; sexual_abuse|online_harm|child_sexual_exploitation", ""),
           good=["the parents who kept the messages and called the police"], lab=L_KEY)
_E[19] = E("Baby BHD: Child safeguarding practice review",
           "Serious harm to a 10-week-old boy in 2024 who had bruises to his face and a broken arm. His mother, aged 18, had been in care since she was 15 and lived alone in a hostel. Baby BHD is of White and Black Caribbean heritage.",
           ["the hostel staff did not know a baby lived there", "the mother's own social worker closed her case when the baby was born"],
           ["tell hostel staff when a resident has a baby", "keep a young mother's leaving care support open after her baby is born"],
           "Read practice review (PDF)",
           T("Baby BHD", CSPR, "practice_review", "serious_harm", "2024", "10-week-old", "0.19", "under_1", "male",
             "White and Black Caribbean|mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean heritage",
             "physical_abuse", ""), lab=L_KEY)
_E[20] = E("Children CHD and DHD: Serious case review",
           "Sexual abuse of two sisters, aged 8 and 13, between 2014 and 2017 by their grandfather, aged 67, who looked after them after school. The older girl told a friend's mother. The children are White British.",
           ["the grandfather's earlier conviction was not known to the school", "the younger girl's soreness was not seen as a sign of abuse"],
           ["check the history of relatives who provide regular childcare", "train staff to recognise signs of sexual abuse in young children"],
           "Read overview report (PDF)",
           T("Children CHD and DHD", SCR, "overview", "serious_harm|", "2014|2017|", "*", "*", "*", "female", "White British",
             "sexual_abuse", "", n="2"),
           lab=L_KEY)

B66["b66-gsap-splittext-page-2025-10.html"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were published in October 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B66["b66-bootstrap-twin-markup-2025-03.html"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Four case reviews were published in March 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B66["b66-docx-word-dropcaps-2025-07.docx"] = dict(month="2025-07", heading="Case reviews published in July 2025",
    intro="Four case reviews were published in July 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B66["b66-html2text-markdown-2025-01.md"] = dict(month="2025-01", heading="Case reviews published in January 2025",
    intro="Four case reviews were published in January 2025. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B66["b66-groff-tutf8-sgr-2024-09.txt"] = dict(month="2024-09", heading="Case reviews published in September 2024",
    intro="Four case reviews were published in September 2024. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
