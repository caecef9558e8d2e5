# Batch b37 (issue 9, session 22; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Five PDF digests in layouts the repository has not seen: a LaTeX digest through the DVI route
# (latex -> dvips -> ps2pdf) whose fonts are Type 3 PK BITMAPS with no ToUnicode, its words full of fi / fl / ff ligatures;
# a landscape longtable digest (Review | Summary | Learning | Recommendations, header repeated on every page, one review
# continued in a second row whose Review cell is empty); a LuaLaTeX tabularx form per review whose left column is a \multirow
# cell (number and review type, centred down the rows); an A3 poster printed by WeasyPrint with reviews in floated boxes of
# different sizes; two monthly digests (July from Chromium, August from pdflatex), each review on a page of its own with a QR
# code and a 'Scan or go to' link line, merged into one PDF by qpdf. All 19 entries are NEW summaries in the phrasing of NSPCC
# case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B37 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
NAHI = "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"
CCE = "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse"
CSE = "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm"
ONLINE_SEX = ("online_harm; sexual_abuse|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm"
              "|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm|online_harm|online_harm; child_sexual_exploitation")
_E = {}
# --- A: latex -> dvips -> ps2pdf, Type 3 PK bitmap fonts without ToUnicode; ligatures (fi, fl, ff, ffi) in most lines
_E[1] = E("Child AK: Child safeguarding practice review",
          "Neglect of a 6-year-old boy identified in 2024 when he was found alone in a flat with no food. His mother had fled domestic abuse and the family had moved five times in a year. Child AK is White British.",
          ["the first school did not flag Child AK's absences to the next school", "officers who found the flat in a poor state did not refer to children's social care", "the effect of frequent moves on Child AK was not assessed"],
          ["agree a protocol for transferring school files when a family moves", "officers to refer every child found in an unfit home the same day"],
          "Read practice review (PDF)",
          T("Child AK", CSPR, "practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", "White British", "neglect", "domestic_abuse"))
_E[2] = E("Baby BK: Child safeguarding practice review",
          "Death of a 10-week-old baby girl in 2023 from a head injury. Her father, who was 20, had a history of conflict with previous partners. Baby BK is of Irish Traveller heritage.",
          ["the father's history of conflict was not known to the midwife", "the family's distrust of officials affected how much support they accepted"],
          ["find out who the father is at the first antenatal contact", "offer culturally informed support to Traveller families"],
          "Read practice review (PDF)",
          T("Baby BK", CSPR, "practice_review", "death", "2023", "10-week-old", "0.19", "under_1", "female", "Irish Traveller|Irish Traveller heritage", NAHI, "domestic_abuse|"))
_E[3] = E("Child CK: Serious case review",
          "Sexual abuse of a 13-year-old girl by her football coach between 2016 and 2018. Child CK confided in a friend, whose mother contacted the police. Ethnicity or nationality not stated.",
          ["the club's safeguarding officer did not follow up earlier complaints", "staff in the sports club had not had safeguarding training", "it was difficult for Child CK to speak about the abuse"],
          ["make safeguarding training compulsory for volunteer coaches", "sports clubs to log and share every complaint about a coach"],
          "Read overview report (PDF)",
          T("Child CK", SCR, "overview", "serious_harm", "2016|", "13-year-old", "13.00", "11_15", "female", "not_stated", "sexual_abuse|sexual_abuse; extra_familial_harm"),
          good=["the officer in charge, who kept Child CK informed throughout the investigation"])
_E[4] = E("Child DK: Learning review",
          "Death of a 16-year-old boy in 2024 who took his own life after a period of online bullying. He had been offered counselling but the first appointment was five months away. Child DK is of Chinese heritage.",
          ["the effect of online bullying on Child DK was underestimated", "the counselling service did not offer interim support while he waited", "his family felt they had to fight for help"],
          ["schools to find out what support is offered to pupils on long waiting lists", "publish the waiting times for counselling services"],
          "Read learning review (PDF)",
          T("Child DK", LR, "unknown|practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Chinese|Chinese heritage", "self_harm_suicide; online_harm|self_harm_suicide"))
# --- B: pdflatex landscape longtable, Review | Summary | Learning | Recommendations
_E[5] = E("Child EK: Child safeguarding practice review",
          "Physical abuse of a 3-year-old girl in 2024 who had burns to her hands. Her mother's partner said she had touched a hot pan. Her mother was depressed and had stopped taking her medication. Child EK is of mixed White and Black African heritage.",
          ["the partner's explanation was accepted without a strategy discussion", "the mother's depression was not shared with the nursery", "Child EK's nursery attendance had fallen but no one asked why"],
          ["hold a strategy discussion for every unexplained burn to a young child", "nurseries to follow up falling attendance with the family"],
          "Read practice review (PDF)",
          T("Child EK", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "female", "mixed White and Black African|mixed White and Black African heritage|White and Black African", "physical_abuse", "parental_mental_health"))
_E[6] = E("Children FK and GK: Child safeguarding practice review",
          "Neglect of two brothers, aged 8 and 12, between 2021 and 2024. The boys were often hungry at school and wore the same clothes for weeks. Both parents misused cannabis and the family was on a child in need plan. The children are White British.",
          ["the child in need plan was closed without checking that things had improved", "teachers' concerns about hunger were shared informally and not recorded", "the parents' cannabis use was not assessed for its effect on the children", "the boys were not seen together by any one agency"],
          ["record every concern about a child's hunger and share it with the designated safeguarding lead", "review a child in need plan before it is closed", "use the graded care profile when neglect is suspected"],
          "Read practice review (PDF)",
          T("Children FK and GK", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "male", "White British", "neglect", "parental_substance_misuse", "child_in_need_plan", n="2"))
_E[7] = E("Child HK: Significant case review",
          "Sexual exploitation of a 15-year-old girl who was living with foster carers in 2022. She was given alcohol by older men and went missing overnight. Child HK is White Scottish.",
          ["the foster carers were not told about earlier concerns of exploitation", "missing episodes were not recorded as a pattern"],
          [],
          "Read significant case review (PDF)",
          T("Child HK", SIG, "unknown", "serious_harm", "2022", "15-year-old", "15.00", "11_15", "female", "White Scottish", CSE, "", "foster_care; looked_after|foster_care"),
          norec="Makes no recommendations as the partnership had already changed its missing children procedures.")
_E[8] = E("Baby JK: Child safeguarding practice review",
          "Sudden unexpected death of a 6-week-old baby boy in 2025 who was found in an adult bed with his mother. She had been drinking alcohol. The family lived in one room of a shared house. Baby JK is of Somali heritage.",
          ["safer sleep advice was not given in the family's first language", "the lack of space for a cot was not discussed"],
          ["make safer sleep information available in community languages", "health visitors to check that every baby has a safe place to sleep"],
          "Read practice review (PDF)",
          T("Baby JK", CSPR, "practice_review", "death", "2025", "6-week-old", "0.12", "under_1", "male", "Somali|Somali heritage", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse"))
# --- C: LuaLaTeX tabularx per review, left column a \multirow cell
_E[9] = E("Child KK: Child safeguarding practice review",
          "Serious harm to a 14-year-old boy in 2024 who was stabbed after he had been criminally exploited by a county lines gang. He had been excluded from school earlier that year. Child KK is Black British.",
          ["the exclusion left Child KK without a safe place during the day", "police intelligence about the gang was not shared with the school"],
          ["consider alternatives to permanent exclusion for children at risk of exploitation", "share police intelligence about exploitation with schools"],
          "Read practice review (PDF)",
          T("Child KK", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "male", "Black British", CCE, "", "not_in_school"))
_E[10] = E("Child LK: Child practice review",
           "Emotional abuse and neglect of a 9-year-old girl with cerebral palsy in 2023. Her mother had a learning disability and the family had no support from relatives. Child LK is White Welsh.",
           ["the mother's learning disability was not taken into account in how she was spoken to", "Child LK's own views were not sought"],
           ["provide advocacy for parents with a learning disability", "use communication aids to hear the views of disabled children"],
           "Read child practice review (PDF)",
           T("Child LK", CPR, "practice_review", "serious_harm", "2023", "9-year-old", "9.00", "6_10", "female", "White Welsh", "emotional_abuse; neglect", "parental_learning_disability|parental_learning_disability; social_isolation", "disabled"),
           good=["a community nurse who visited weekly and noticed Child LK's weight loss"])
_E[11] = E("Children MK, NK and PK: Serious case review",
           "Physical abuse of three siblings, two boys and a girl, by their father between 2015 and 2017. The father had been convicted of violence towards a previous partner. The children are of Pakistani heritage.",
           ["the father's conviction was not checked when the family moved to the area", "the children's injuries were seen separately and never together"],
           ["check the criminal history of adults in the household in every child protection enquiry"],
           "Read executive summary (PDF)",
           T("Children MK, NK and PK", SCR, "executive_summary", "serious_harm", "2015|", "*", "*", "*", "mixed", "Pakistani|Pakistani heritage", "physical_abuse", "parental_criminality|parental_criminality; domestic_abuse|domestic_abuse", n="3"))
# --- D: WeasyPrint A3 poster, floated boxes of different sizes
_E[12] = E("Baby QK: Child safeguarding practice review",
           "Serious harm to a 4-month-old baby girl in 2024 who had a skull fracture. Her parents, both 18, had been care leavers and lived in a flat with little furniture. Baby QK is White British.",
           ["the parents' own experience of care was not seen as a reason for extra support", "the baby's earlier bruise was explained as an accident without a medical"],
           ["give leaving care teams a role in pre-birth planning for care leavers", "refer every bruise to a baby who is not mobile for a child protection medical"],
           "Read practice review (PDF)",
           T("Baby QK", CSPR, "practice_review", "serious_harm", "2024", "4-month-old", "0.33", "under_1", "female", "White British", NAHI))
_E[13] = E("Child RK: Child safeguarding practice review",
           "Online sexual abuse of an 11-year-old girl in 2025 who was groomed through a video-sharing app. An adult man persuaded her to livestream herself. Child RK is of Indian heritage.",
           ["Child RK's parents did not know the app allowed livestreaming", "the school's online safety lessons did not mention livestreaming"],
           ["include livestreaming in online safety lessons for primary school pupils"],
           "Read practice review (PDF)",
           T("Child RK", CSPR, "practice_review", "serious_harm", "2025", "11-year-old", "11.00", "11_15", "female", "Indian|Indian heritage", ONLINE_SEX))
_E[14] = E("Child SK: Learning review",
           "Death of a 2-year-old boy in 2024 who swallowed his father's prescription medication. His father had chronic pain and depression. Child SK is White British.",
           ["the GP did not ask about children in the household when prescribing strong painkillers", "safe storage of medicines was never discussed"],
           [],
           "Read learning review (PDF)",
           T("Child SK", LR, "unknown|practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_mental_health"),
           norec="Makes no recommendations but asks GPs to use the new safe storage leaflet.")
_E[15] = E("Child TK: Child safeguarding practice review",
           "Neglect of a 12-year-old girl who was a young carer for her mother, who had multiple sclerosis, in 2023. Child TK missed long periods of school. Ethnicity or nationality not stated.",
           ["Child TK was not identified as a young carer", "adult social care did not consider the effect of the mother's illness on Child TK"],
           ["adult social care to ask about children in every care assessment", "schools to refer young carers for a carer's assessment"],
           "Read practice review (PDF)",
           T("Child TK", CSPR, "practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "female", "not_stated", "neglect", "", "not_in_school|"))
# --- E: two monthly digests (July: Chromium; August: pdflatex), one review a page with a QR code, merged by qpdf
_E[16] = E("Child VK: Child safeguarding practice review",
           "Sexual abuse of a 7-year-old boy by his mother's new partner in 2024. The partner had a previous conviction for sexual offences against children. Child VK is White British.",
           ["the mother was not told about the partner's conviction", "the probation service did not know that the partner lived with a child"],
           ["use the child sex offender disclosure scheme whenever a known offender joins a household", "probation to check the living arrangements of every registered sex offender"],
           "Read practice review (PDF)",
           T("Child VK", CSPR, "practice_review", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "male", "White British", "sexual_abuse", "parental_criminality|"))
_E[17] = E("Baby WK: Serious case review",
           "Death of a 5-month-old baby boy in 2018 who was shaken by his mother's boyfriend. The mother had been a victim of domestic abuse by the same man. Baby WK is of Romanian heritage.",
           ["the boyfriend was not identified as a regular visitor to the home", "the mother's fear of the boyfriend was not explored"],
           ["ask about every adult who looks after a baby at each health visitor contact"],
           "Read overview report (PDF)",
           T("Baby WK", SCR, "overview", "death", "2018", "5-month-old", "0.42", "under_1", "male", "Romanian|Romanian heritage", NAHI, "domestic_abuse"))
_E[18] = E("Child XK: Child safeguarding practice review",
           "Criminal exploitation of a 15-year-old girl who lived in a children's home in 2024. Child XK was found carrying drugs in another city and had been going missing for days at a time. Child XK is of mixed White and Black Caribbean heritage.",
           ["the children's home did not share information about the people Child XK was meeting", "a referral to the national referral mechanism was delayed by three months"],
           ["make referrals to the national referral mechanism without delay", "children's homes to share intelligence about exploitation with police"],
           "Read practice review (PDF)",
           T("Child XK", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "female", "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean", CCE, "", "looked_after"))
_E[19] = E("Child YK: Child safeguarding practice review",
           "Death of a 10-year-old boy in 2025 from diabetic ketoacidosis. His mother had stopped giving him insulin and did not take him to clinic appointments. Child YK is of Bangladeshi heritage.",
           ["missed diabetes clinic appointments were not followed up", "the school's concerns about Child YK's health were not shared with the GP"],
           ["follow up every child with a long-term condition who is not brought to an appointment", "schools to share health concerns with the GP and school nurse"],
           "Read practice review (PDF)",
           T("Child YK", CSPR, "practice_review", "death", "2025", "10-year-old", "10.00", "6_10", "male", "Bangladeshi|Bangladeshi heritage", "neglect"),
           good=["a diabetes nurse who raised her concerns with the school"])

B37["b37-dvips-type3-ligatures-2025-02.pdf"] = dict(month="2025-02", heading="NSPCC Repository – February 2025",
    intro="In February 2025 four case reviews were published to the repository. All of the children, families and places in this digest are fictitious, written for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B37["b37-longtable-landscape-2025-06.pdf"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="Summaries of four case reviews recently added to the repository, one row a review. Every child, family and place in this table is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B37["b37-lualatex-multirow-form-2025-09.pdf"] = dict(month="2025-09", heading="NSPCC Learning – September 2025 case reviews",
    intro="Three case reviews were published in September 2025. All of the children, families and places below are invented for testing.",
    entries=[_E[9], _E[10], _E[11]])
B37["b37-weasyprint-a3-poster-2025-12.pdf"] = dict(month="2025-12", heading="Case reviews: December 2025",
    intro="Four case reviews published in December 2025, one box a review. The children, families and places on this poster are invented for testing.",
    entries=[_E[12], _E[13], _E[14], _E[15]])
# two parts, each with its own heading and month; entry numbers run on through the merged file; digest_month per entry
B37["b37-qpdf-two-months-qr-2025-07.pdf"] = dict(month="2025-07", parts=[
    dict(month="2025-07", heading="NSPCC Repository – July 2025",
         intro="In July 2025 two case reviews were published. All of the children, families and places in this digest are invented for testing.",
         entries=[_E[16], _E[17]]),
    dict(month="2025-08", heading="NSPCC Repository – August 2025",
         intro="In August 2025 two case reviews were published. All of the children, families and places in this digest are invented for testing.",
         entries=[_E[18], _E[19]])],
    entries=[_E[16], _E[17], _E[18], _E[19]], months=["2025-07", "2025-07", "2025-08", "2025-08"])
# the longtable prints Children FK and GK in two rows, the second after a page break with empty Review and Summary cells
_E[6]["b37_split"] = 2
