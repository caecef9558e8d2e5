# Batch b64 (issue 9, session 36, d64; invented for testing; truth written and committed before any input was rendered and
# before the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: a two-column newsletter
# PDF turned into text by `pdftotext -layout` and saved as .txt (two fixed-width columns side by side, form feeds); a
# Jupyter notebook exported to HTML by nbconvert (JupyterLab template: the digest in markdown cells, '¶' anchor links,
# code cells with 'In [n]:' prompts and a pandas DataFrame table listing the reviews); a LaTeX2HTML page (`-split 0`:
# navigation panels, a 'Contents' child-links list naming every review, numbered section titles, <SPAN CLASS="textbf">
# labels, an <ADDRESS> footer); a UTF-8 text with a BOM and CRLF made by concatenating two files (a second BOM mid-text),
# with no-break spaces and zero-width spaces / joiners inside words and names; a DOCX from a Word mail merge ('Edit
# individual documents'), each review its own next-page section with its own header and footer parts and the merge
# fields' results in w:fldSimple.
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case review reports published years later, a 'Makes no
# recommendations as ...' sentence, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B64 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Good practice includes:")
L_KEY = ("Key learning includes:", "Recommendations include:", "Identifies good practice including:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


# --- A: a two-column newsletter PDF through `pdftotext -layout`, saved as text (4)
_E[1] = E("Child AYB: Child safeguarding practice review",
          "Death of a 6-month-old boy in 2024 from a head injury caused by his mother's partner, aged 25. The partner had a caution for assaulting the child of a previous partner. Child AYB is White British.",
          ["the partner's caution was not found because checks were made on the mother only", "the health visitor never met the partner"],
          ["check the history of every adult who lives with a baby known to children's services", "ask to meet all adults in the household at health visits"],
          "Read practice review (PDF)",
          T("Child AYB", CSPR, "practice_review", "death", "2024", "6-month-old", "0.50", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_criminality|"), lab=L_STD)
_E[2] = E("Children BYB and CYB: Serious case review",
          "Neglect of two brothers, aged 5 and 9, between 2014 and 2016 who were often absent from school and were found taking food from bins. Their father, aged 41, misused drugs. The children are White British.",
          ["school absence was not linked to neglect at home", "each referral was assessed as if it were the first"],
          ["look at the history of earlier referrals in every new assessment", "share school absence with health and social care for children on a plan"],
          "Read overview report (PDF)",
          T("Children BYB and CYB", SCR, "overview", "serious_harm|", "2014|2016|", "*", "*", "*", "male", "White British",
            "neglect", "parental_substance_misuse", "not_in_school|", n="2"),
          pub="2025", lab=L_STD)
_E[3] = E("Child DYB: Child safeguarding practice review",
          "Serious harm to a 14-year-old girl in 2024 who was sexually exploited by men who gave her alcohol and drugs. She had been reported missing eleven times. Child DYB is of mixed White and Asian heritage.",
          ["the exploitation risk assessment was completed but not acted on", "her return home interviews were done by phone"],
          ["hold a strategy meeting whenever the exploitation risk assessment is high", "carry out return home interviews face to face"],
          "Read practice review (PDF)",
          T("Child DYB", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female",
            "mixed White and Asian|mixed White and Asian heritage|White and Asian",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", ""),
          good=["the taxi driver who reported his concerns to the police"], lab=L_STD)
_E[4] = E("Child EYB: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2025 by suicide. He had self-harmed since he was 13 and had told a school counsellor that he wanted to die. Child EYB is White British.",
          ["the counsellor's concerns were not passed to his parents or GP", "his self-harm was recorded as a behaviour incident"],
          [],
          "Read practice review (PDF)",
          T("Child EYB", CSPR, "practice_review", "death", "2025", "16-year-old", "16.00", "16_17", "male", "White British",
            "self_harm_suicide", ""),
          norec="Makes no recommendations as the school and the mental health service have already acted on the learning.", lab=L_STD)
# --- B: a Jupyter notebook exported to HTML by nbconvert (JupyterLab template) (4)
_E[5] = E("Baby FYB: Child safeguarding practice review",
          "Death of a 5-week-old girl in 2024 who was found unresponsive after sleeping in an adult bed with her mother, aged 19. Her mother had drunk alcohol that evening. Baby FYB is White British.",
          ["the mother's young age and lack of support were not assessed", "safer sleep advice did not cover sleeping after drinking alcohol"],
          ["include the risks of alcohol in all safer sleep advice", "offer a family nurse to every mother under 20"],
          "Read practice review (PDF)",
          T("Baby FYB", CSPR, "practice_review", "death", "2024", "5-week-old", "0.10", "under_1", "female", "White British",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping|parental_alcohol_misuse"), lab=L_KEY)
_E[6] = E("Child GYB: Child safeguarding practice review",
          "Serious harm to an 8-year-old girl in 2024 who was sexually abused by her uncle, aged 34, who often looked after her. She told a teaching assistant after a lesson about keeping safe. Child GYB is of Bangladeshi heritage.",
          ["the family's worries about the uncle were not shared with the school", "the girl's changes in behaviour were seen as settling-in problems"],
          ["teach keeping safe lessons in every primary year", "ask about all adults who care for a child in early help assessments"],
          "Read practice review (PDF)",
          T("Child GYB", CSPR, "practice_review", "serious_harm", "2024", "8-year-old", "8.00", "6_10", "female", "Bangladeshi|Bangladeshi heritage",
            "sexual_abuse", ""),
          good=["the teaching assistant who listened and reported the disclosure the same day"], lab=L_KEY)
_E[7] = E("Child HYB: Child safeguarding practice review",
          "Serious harm to a 17-year-old boy in 2024 who was stabbed in a park after being drawn into selling drugs. He had been permanently excluded from school at 14. Child HYB is Black British.",
          ["his exclusion from school was not seen as a risk of exploitation", "the youth justice service and children's social care held separate plans"],
          ["agree one plan for each child known to both youth justice and social care", "consider the risk of exploitation before any permanent exclusion"],
          "Read practice review (PDF)",
          T("Child HYB", CSPR, "practice_review", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|extra_familial_harm|extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse", "", "not_in_school|"),
          lab=L_KEY)
_E[8] = E("Child JYB: Child safeguarding practice review",
          "Neglect of a 3-year-old boy in 2025 who had severe tooth decay and had never seen a dentist. His mother, aged 30, had a learning disability and cared for him alone. Child JYB is of Romanian heritage.",
          ["the mother's learning disability was not known to the health visitor", "missed dental and health appointments were not followed up"],
          ["ask about parents' learning needs at every health review", "follow up every young child who is not brought to a dental appointment"],
          "Read practice review (PDF)",
          T("Child JYB", CSPR, "practice_review", "serious_harm|", "2025", "3-year-old", "3.00", "1_5", "male", "Romanian|Romanian heritage",
            "neglect", "parental_learning_disability"), lab=L_KEY)
# --- C: a LaTeX2HTML page (-split 0) (4)
_E[9] = E("Children KYB and LYB: Child safeguarding practice review",
          "Emotional abuse of two sisters, aged 6 and 12, in 2024 who lived with their mother's partner, aged 44, who was coercive and controlling towards the family. The older girl told her school nurse that she was not allowed to see her friends. The children are White British.",
          ["coercive control was not recognised as domestic abuse", "the children were spoken to with their mother's partner in the room"],
          ["train practitioners to recognise coercive control", "speak to children alone when domestic abuse is suspected"],
          "Read practice review (PDF)",
          T("Children KYB and LYB", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "female", "White British",
            "emotional_abuse", "domestic_abuse|", n="2"), lab=L_STD)
_E[10] = E("Baby MYB: Serious case review",
           "Death of a 4-month-old boy in 2015 from injuries caused by his father, aged 22. The father had been in care as a child and had a history of violence. Baby MYB is White British.",
           ["the father's history was not known to the midwife", "bruising to the baby's ear was not referred"],
           ["refer every bruise on a baby who is not mobile to children's social care", "share fathers' histories with midwives when they are known to children's services"],
           "Read overview report (PDF)",
           T("Baby MYB", SCR, "overview", "death", "2015", "4-month-old", "0.33", "under_1", "male", "White British",
             "physical_abuse", ""), lab=L_STD)
_E[11] = E("Child NYB: Child safeguarding practice review",
           "Death of a 12-year-old girl in 2024 after a severe allergic reaction at home. Her parents, aged 39 and 41, had not replaced her adrenaline pens and she had missed her allergy clinic appointments. Child NYB is of Pakistani heritage.",
           ["missed allergy clinic appointments were not followed up", "the school did not know that her adrenaline pens had run out"],
           ["tell the GP when a child with a serious allergy misses a clinic appointment", "check that a child's medicines at school are in date each term"],
           "Read practice review (PDF)",
           T("Child NYB", CSPR, "practice_review", "death", "2024", "12-year-old", "12.00", "11_15", "female", "Pakistani|Pakistani heritage",
             "neglect|", ""),
           good=["the paramedics who referred the family to children's services"], lab=L_STD)
_E[12] = E("Child PYB: Child safeguarding practice review",
           "Serious harm to a 15-year-old boy in 2024 who was sexually abused by a man, aged 29, he met on a gaming site. He had told a friend but not his parents. Child PYB is White British.",
           ["the gaming site's reports were not passed to the police", "the friend did not know who to tell"],
           ["teach pupils how to report worries about a friend", "ask about gaming and online contacts in every assessment of a teenager"],
           "Read practice review (PDF)",
           T("Child PYB", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "White British",
             "online_harm; sexual_abuse|online_harm; sexual_abuse; extra_familial_harm|online_harm; child_sexual_exploitation; sexual_abuse|sexual_abuse; extra_familial_harm|sexual_abuse|online_harm; child_sexual_exploitation", ""), lab=L_STD)
# --- D: UTF-8 text, BOM and CRLF, two files joined (a second BOM), no-break and zero-width spaces inside words (4)
_E[13] = E("Child QYB: Child safeguarding practice review",
           "Death of a 2-year-old girl in 2024 who fell from an upstairs window. Her mother, aged 23, was asleep after taking prescribed medication. Child QYB is White British.",
           ["window restrictors were not fitted in the privately rented home", "the mother's use of sleeping medication was not known to the health visitor"],
           ["give home safety advice on windows at every health visit for toddlers", "ask about medicines that cause drowsiness when a parent cares alone"],
           "Read practice review (PDF)",
           T("Child QYB", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "female", "White British",
             "neglect|", ""), lab=L_KEY)
_E[14] = E("Child RYB: Child safeguarding practice review",
           "Physical abuse of a 7-year-old boy in 2023 who was hit with a belt by his father, aged 40. The father said this was how he had been disciplined as a child. Child RYB is of Nigerian heritage.",
           ["beliefs about physical punishment were not discussed with the family", "earlier marks on the boy's legs were not recorded"],
           ["talk to parents about the law on physical punishment", "record every injury seen on a child at school"],
           "Read practice review (PDF)",
           T("Child RYB", CSPR, "practice_review", "serious_harm", "2023", "7-year-old", "7.00", "6_10", "male", "Nigerian|Nigerian heritage",
             "physical_abuse", ""),
           good=["the class teacher who asked him about the marks and called the designated safeguarding lead"], lab=L_KEY)
_E[15] = E("Children SYB and TYB: Child safeguarding practice review",
           "Neglect of a brother and sister, aged 2 and 4, in 2024 who were left in the care of their brother, aged 13, while their mother worked at night. The flat had no heating and there was little food. The children are of Polish heritage.",
           ["the older brother was treated as a carer and not as a child", "the family's poverty was not considered in the assessment"],
           ["assess the needs of every child in the household, including those who care for siblings", "help families apply for benefits and grants as part of the plan"],
           "Read practice review (PDF)",
           T("Children SYB and TYB", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "mixed", "Polish|Polish heritage",
             "neglect", "", n="2"), lab=L_KEY)
_E[16] = E("Child UYB: Serious case review (executive summary)",
           "Death of a 15-year-old girl in 2017 who was killed by her former boyfriend, aged 19. She had been in a violent relationship with him since she was 14. Child UYB is White British.",
           ["abuse in teenage relationships was not recognised as domestic abuse", "the police did not tell her school about earlier assaults"],
           ["include young people's relationships in domestic abuse training", "refer teenage victims of relationship abuse to specialist support"],
           "Read executive summary (PDF)",
           T("Child UYB", SCR, "executive_summary", "death", "2017", "15-year-old", "15.00", "11_15", "female", "White British",
             "physical_abuse|physical_abuse; extra_familial_harm|extra_familial_harm", "domestic_abuse|"),
           pub="2025", lab=L_KEY)
# --- E: a DOCX from a Word mail merge, one next-page section per review with its own header and footer (4)
_E[17] = E("Baby VYB: Child safeguarding practice review",
           "Serious harm to a 9-week-old boy in 2025 who had fractures to his ribs and legs. His parents, aged 21 and 24, gave no explanation for the injuries. Baby VYB is of Black African heritage.",
           ["a bruise seen at the 6-week check was not referred", "the parents' own experiences of care were not explored"],
           ["use the protocol for bruising in babies who are not mobile at every GP check", "ask parents about their own childhoods in antenatal care"],
           "Read practice review (PDF)",
           T("Baby VYB", CSPR, "practice_review", "serious_harm", "2025", "9-week-old", "0.17", "under_1", "male", "Black African|Black African heritage",
             "physical_abuse", ""), lab=L_STD)
_E[18] = E("Child WYB: Child safeguarding practice review",
           "Death of a 10-year-old boy in 2024 who had cerebral palsy and died from pneumonia. His mother, aged 42, had not taken him to hospital appointments for two years. Child WYB is White British.",
           ["missed hospital appointments were not shared with his school", "his mother's refusal of home visits was accepted"],
           ["follow up any disabled child who is not brought to appointments", "escalate when a parent refuses visits to a child with complex needs"],
           "Read practice review (PDF)",
           T("Child WYB", CSPR, "practice_review", "death", "2024", "10-year-old", "10.00", "6_10", "male", "White British",
             "neglect", "", "disabled"),
           good=["the school nurse who raised concerns about his weight"], lab=L_STD)
_E[19] = E("Child XYB: Child safeguarding practice review",
           "Serious harm to a 13-year-old girl in 2024 who was beaten and locked in her bedroom by her stepmother, aged 37. She had been taken out of school to be educated at home. Child XYB is of Turkish heritage.",
           ["home education was accepted without seeing the girl", "her father's account was relied on without speaking to her"],
           ["visit every child who is taken out of school to be educated at home", "speak to children alone when they are the subject of a referral"],
           "Read practice review (PDF)",
           T("Child XYB", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "Turkish|Turkish heritage",
             "physical_abuse|physical_abuse; emotional_abuse", "", "not_in_school|"), lab=L_STD)
_E[20] = E("Child ZYB: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2024 by suicide. She had been in care since she was 9 and had moved into a flat on her own a month before. Child ZYB is of mixed White and Black Caribbean heritage.",
           ["her move to independent living was planned around her age and not her needs", "her personal adviser had not visited the flat"],
           ["plan moves from care around each young person's readiness", "visit every care leaver in the first week in a new home"],
           "Read practice review (PDF)",
           T("Child ZYB", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female",
             "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
             "self_harm_suicide", "", "looked_after|"), lab=L_STD)

B64["b64-pdftotext-layout-twocol-2025-04.txt"] = dict(month="2025-04", heading="Case reviews published in April 2025",
    intro="Four case reviews were published in April 2025. Every child, family, person and place in this newsletter is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B64["b64-jupyter-nbconvert-2025-09.html"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Four case reviews were published in September 2025. Every child, family, person and place in this notebook is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B64["b64-latex2html-split0-2024-12.html"] = dict(month="2024-12", heading="Case reviews published in December 2024",
    intro="Four case reviews were published in December 2024. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B64["b64-utf8-bom-zwsp-joined-2025-02.txt"] = dict(month="2025-02", heading="Case reviews published in February 2025",
    intro="Four case reviews were published in February 2025. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B64["b64-docx-mailmerge-sections-2025-06.docx"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="Four case reviews were published in June 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
