# Batch b74 (issue 9, session 40, d74-formats; invented for testing; truth written and committed before any input was
# rendered and before the pipeline ran on them). Four digests in the older word-processor formats a data team's archive
# holds, from real producers: a Word 97-2003 .doc written by LibreOffice Writer (Heading 2 titles, bold labels, bulleted
# and numbered lists, a hyperlink field per report link); an RTF written by AbiWord (\pard paragraphs, \ls list
# overrides, HYPERLINK fields); an OpenDocument .odt written by pandoc (text:h, text:list, text:a); a flat ODF .fodt
# written by LibreOffice Writer (each review a section, numbered lists).
# All 16 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case reviews published years later, 'Makes no recommendations as ...'
# sentences, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B74 = {}
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
# --- A: a Word 97-2003 .doc written by LibreOffice Writer (4)
_E[1] = E("Child AYD: Child safeguarding practice review",
          "Serious harm to a 7-month-old boy in 2024 who was found to have a fractured skull and older fractures to both legs. His mother, aged 22, had left care at 18 and lived with a new partner. Child AYD is White British.",
          ["the partner's move into the home was not known to the health visitor", "the older fractures were found only when the skull was X-rayed"],
          ["ask at every health visiting contact who lives in the home", "carry out a full skeletal survey for every baby with a head injury"],
          "Read practice review (PDF)",
          T("Child AYD", CSPR, "practice_review", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "male", WB,
            "physical_abuse|physical_abuse; non_accidental_head_injury", ""), lab=L_STD)
_E[2] = E("Children BYD and CYD: Serious case review",
          "Neglect of two sisters, aged 5 and 8, between 2014 and 2017 who were often hungry and came to school in dirty clothes. Their father, aged 41, misused heroin. The children are White British.",
          ["each school report of hunger was dealt with on its own", "the father's drug treatment service did not know he cared for children"],
          ["bring together every concern about a child's hunger before deciding on a referral", "ask every adult in drug treatment whether children live with them"],
          "Read overview report (PDF)",
          T("Children BYD and CYD", SCR, "overview", "serious_harm|", "2014|2017|", "*", "*", "*", "female", WB,
            "neglect", "parental_substance_misuse", n="2"),
          lab=L_STD)
_E[3] = E("Child DYD: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2024 who was stabbed in a park by another young person. He had been excluded from school at 15 and was known to the police for carrying a knife. Child DYD is Black British.",
          ["his exclusion left him with no education for four months", "the police and the youth offending service did not share the knife incident"],
          ["find a school place within ten days for every excluded child known to the youth offending service", "share every knife incident involving a child at the next daily meeting"],
          "Read practice review (PDF)",
          T("Child DYD", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black British",
            "extra_familial_harm|extra_familial_harm; physical_abuse|other|", "", "not_in_school|"),
          good=["the youth worker who kept in touch with him after his exclusion"], lab=L_STD)
_E[4] = E("Child EYD: Child safeguarding practice review",
          "Death of a 3-week-old girl in 2025 who died while sleeping on a sofa with her father, aged 25, who had drunk alcohol. Child EYD is of Romanian heritage.",
          ["safer sleep advice was given through the mother's older child as an interpreter", "the family had no cot when the baby came home"],
          [],
          "Read practice review (PDF)",
          T("Child EYD", CSPR, "practice_review", "death", "2025", "3-week-old", "0.06", "under_1", "female", "Romanian|Romanian heritage|White Romanian|White other",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"),
          norec="Makes no recommendations as the maternity service has already changed how it books interpreters.", lab=L_STD)
# --- B: an RTF written by AbiWord (4)
_E[5] = E("Child FYD: Child safeguarding practice review",
          "Serious harm to a 13-year-old girl in 2025 who was sexually exploited by men who gave her alcohol and lifts in their cars. She had been in a children's home since she was 12. Child FYD is White British.",
          ["staff at the children's home reported her missing but not who collected her", "the police did not link her to the other girls in the same cars"],
          ["record the car and the person every time a child is seen being collected", "map the links between children at risk of sexual exploitation"],
          "Read practice review (PDF)",
          T("Child FYD", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", WB,
            "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "",
            "looked_after|"), lab=L_KEY)
_E[6] = E("Child GYD: Child safeguarding practice review",
          "Death of a 2-year-old boy in 2024 who drowned in a garden pond while his mother, aged 30, was asleep after taking cannabis. Child GYD is of Mixed White and Black Caribbean heritage.",
          ["the mother's cannabis use was known to her GP but not to the health visitor", "the family's move to a house with a pond was not recorded"],
          ["share a parent's drug use with the health visitor when a young child lives at home", "ask about water in the garden at home visits"],
          "Read practice review (PDF)",
          T("Child GYD", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male",
            "White and Black Caribbean|mixed White and Black Caribbean|White and Black Caribbean heritage|mixed White and Black Caribbean heritage|Mixed White and Black Caribbean heritage",
            "neglect", "parental_substance_misuse"), lab=L_KEY)
_E[7] = E("Child HYD: Serious case review",
          "Physical abuse of a 6-year-old girl between 2015 and 2016 by her stepmother, aged 34, who burned her with a hot iron. The girl told a dinner lady in 2016. Child HYD is of Nigerian heritage.",
          ["the girl's earlier burn was accepted as an accident without a medical", "her father's fear of his partner was not explored"],
          ["arrange a medical for every burn to a child that is not clearly accidental", "speak to each parent alone when there are concerns about the home"],
          "Read overview report (PDF)",
          T("Child HYD", SCR, "overview", "serious_harm|", "2015|2016|", "6-year-old", "6.00", "6_10", "female", "Nigerian|Nigerian heritage|Black Nigerian|Black African",
            "physical_abuse", ""),
          good=["the dinner lady who listened and made the referral the same day"], pub="2025", lab=L_KEY)
_E[8] = E("Child IYD: Child safeguarding practice review",
          "Serious harm to a 15-year-old boy in 2025 who took an overdose after being bullied online. He had been on the waiting list for an autism assessment since he was 11. Child IYD is White British.",
          ["the school did not know about the messages sent to him at night", "the wait for his assessment meant no plan was made for his needs"],
          ["teach parents how to report online bullying to the school", "offer support while a child waits for an autism assessment"],
          "Read practice review (PDF)",
          T("Child IYD", CSPR, "practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "male", WB,
            "self_harm_suicide; online_harm|self_harm_suicide", "", "disabled|"),
          lab=L_KEY)
# --- C: an OpenDocument text written by pandoc (4)
_E[9] = E("Child JYD: Child safeguarding practice review",
          "Death of a 10-month-old girl in 2025 from a head injury. Her mother's partner, aged 28, said she had fallen from a changing table. Child JYD is White British.",
          ["the partner's previous violence towards another woman was not checked", "the baby's bruised ear two weeks earlier was not referred"],
          ["check the history of a new partner when a baby is on a child in need plan", "refer every bruise on a baby under one for a medical"],
          "Read practice review (PDF)",
          T("Child JYD", CSPR, "practice_review", "death", "2025", "10-month-old", "0.83", "under_1", "female", WB,
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "domestic_abuse|"), lab=L_THM)
_E[10] = E("Child KYD: Child safeguarding practice review",
           "Serious harm to a 14-year-old girl in 2024 who was groomed by a man, aged 24, she met through a gaming app. She had been home educated since she was 10. Child KYD is of Turkish heritage.",
           ["no agency had seen her since she was taken out of school", "her parents did not know who she spoke to online"],
           ["visit every home educated child at least once a year", "give parents of home educated children advice on online safety"],
           "Read practice review (PDF)",
           T("Child KYD", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female", "Turkish|Turkish heritage|White Turkish|White other",
             "online_harm; sexual_abuse|online_harm|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation", "",
             "not_in_school|"),
           good=["the police officer who kept the family informed throughout"], lab=L_THM)
_E[11] = E("Children LYD and MYD: Serious case review",
           "Emotional abuse and neglect of two brothers, aged 9 and 11, between 2013 and 2016 whose mother, aged 38, had severe depression and kept them at home to care for her. The children are White British.",
           ["the boys' poor attendance was treated as a school matter only", "adult mental health services did not ask about the children"],
           ["ask every adult patient with depression about the children they care for", "look behind poor attendance for young carers"],
           "Read overview report (PDF)",
           T("Children LYD and MYD", SCR, "overview", "serious_harm|", "2013|2016|", "*", "*", "*", "male", WB,
             "emotional_abuse; neglect", "parental_mental_health", "", n="2"),
           pub="2025", lab=L_THM)
_E[12] = E("Child NYD: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2025 who took her own life after leaving a mental health unit. She had been in foster care since she was 14. Child NYD is of Black African heritage.",
           ["her foster carers were not told she had been discharged", "no one was named to see her in the first week after discharge"],
           [],
           "Read practice review (PDF)",
           T("Child NYD", CSPR, "practice_review", "death", "2025", "17-year-old", "17.00", "16_17", "female", "Black African|Black African heritage|African",
             "self_harm_suicide", "", "foster_care; looked_after|looked_after|foster_care"),
           norec="Makes no recommendations as the mental health trust has already changed its discharge plans for looked after children.", lab=L_THM)
# --- D: a flat ODF text (.fodt) written by LibreOffice Writer, each review a section (4)
_E[13] = E("Child OYD: Child safeguarding practice review",
           "Serious harm to a 4-year-old boy in 2025 who swallowed his grandmother's heart tablets. His grandmother, aged 63, was his kinship carer. Child OYD is White British.",
           ["kinship carers were not given advice on storing medicines", "the assessment of the grandmother did not look at her own health"],
           ["give every kinship carer advice on safe storage of medicines", "include the carer's own health in every kinship assessment"],
           "Read practice review (PDF)",
           T("Child OYD", CSPR, "practice_review", "serious_harm", "2025", "4-year-old", "4.00", "1_5", "male", WB,
             "poisoning_ingestion|poisoning_ingestion; neglect", "", "connected_carers|"), lab=L_STD)
_E[14] = E("Child PYD: Child safeguarding practice review",
           "Death of a 5-month-old girl in 2024 who was found unresponsive in her cot with injuries to her neck. Her father, aged 35, has been charged with her murder. Child PYD is of Pakistani heritage.",
           ["the father's threats to the mother during pregnancy were not shared with the midwife", "the mother's request for help from a domestic abuse service was not followed up"],
           ["share police reports of domestic abuse with maternity services", "follow up every request for help from a pregnant woman"],
           "Read practice review (PDF)",
           T("Child PYD", CSPR, "practice_review", "death", "2024", "5-month-old", "0.42", "under_1", "female", "Pakistani|Pakistani heritage|Asian Pakistani",
             "physical_abuse", "domestic_abuse"),
           good=["the ambulance crew who supported the mother at the scene"], lab=L_STD)
_E[15] = E("Child QYD: Serious case review",
           "Sexual abuse of a 12-year-old boy between 2014 and 2016 by his football coach, aged 45. He told his mother in 2020, when he was 18. Child QYD is White British.",
           ["the club did not check the coach's past", "other parents' worries about the coach were not passed on"],
           ["check every volunteer who coaches children", "give sports clubs a clear way to pass on worries about adults"],
           "Read overview report (PDF)",
           T("Child QYD", SCR, "overview", "serious_harm|", "2014|2016|", "12-year-old", "12.00", "11_15", "male", WB,
             "sexual_abuse|sexual_abuse; extra_familial_harm", ""),
           lab=L_STD)
_E[16] = E("Child RYD: Child safeguarding practice review",
           "Serious harm to a 1-year-old boy in 2025 who was found alone in a flat for two days after his mother, aged 19, was arrested. Child RYD is of Irish heritage.",
           ["the police did not ask the mother whether she had a child at home", "the family was not known to children's services after the birth"],
           ["ask every person arrested whether they care for a child", "offer young mothers an early help assessment at birth"],
           "Read practice review (PDF)",
           T("Child RYD", CSPR, "practice_review", "serious_harm", "2025", "1-year-old", "1.00", "1_5", "male", "Irish|Irish heritage|White Irish",
             "neglect", "parental_criminality|"),
           lab=L_STD)

B74["b74-writer-word97-doc-2025-03.doc"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Four case reviews were published in March 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B74["b74-abiword-rtf-2025-06.rtf"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="Four case reviews were published in June 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B74["b74-pandoc-odt-2025-10.odt"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were published in October 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B74["b74-writer-flat-odf-2026-01.fodt"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Four case reviews were published in January 2026. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
