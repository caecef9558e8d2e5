# Batch b28 (issue 9, session 17; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Six PDF digests in producers and layouts not in b1-b27: Typst (typst.ts node compiler) with a
# coloured metadata band beside each review (published date, area, review type); a PDFBox 3 fillable form (AcroForm text
# fields holding the title, summary, lists and link; captions drawn as page text); LuaLaTeX magazine layout (two columns,
# lettrine drop caps, pull quotes, run-in italic labels with ';'-separated items); a SharePoint-style intranet news page
# printed by Chromium (site chrome, author line, likes/comments/views, quick links web part); a Quarto-style HTML page printed
# by Chromium (numbered section headings, callout boxes holding the lists, 'On this page' margin contents); a bilingual
# Welsh/English LuaLaTeX digest (HarfBuzz renderer, Welsh lines before the English ones, links as numbered footnotes).
# All entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B28 = {}
CPR = "child_practice_review"

_E = {}
_E[1] = E("Child AZ: Child safeguarding practice review",
          "Serious injury to a 9-week-old baby girl in 2024 who was found to have bleeding on the brain and a broken arm. Her father said she had rolled off a changing table. Child AZ is White British.",
          ["the father's account was accepted before a child protection medical", "the health visitor did not know the father had been in care as a child"],
          ["refer every injury in a baby who is not yet mobile for a child protection medical", "ask both parents about their own childhood at the first health visitor contact"],
          "Read practice review (PDF)",
          T("Child AZ", CSPR, "practice_review", "serious_harm", "2024", "9-week-old", "0.17", "under_1", "female", "White British",
            "non_accidental_head_injury; physical_abuse|physical_abuse|non_accidental_head_injury", area="Harwick Vale"))
_E[2] = E("Child BZ: Child safeguarding practice review",
          "Neglect of an 8-year-old boy in 2023 who was living in a home without working heating or hot water. Child BZ often missed school and his mother was misusing alcohol. Child BZ is of Irish Traveller heritage.",
          ["professionals became used to the poor state of the home", "the school did not link Child BZ's absence to neglect", "the mother's drinking was not discussed at the child in need meetings"],
          ["use a neglect assessment tool at every child in need review"],
          "Read practice review (PDF)",
          T("Child BZ", CSPR, "practice_review", "serious_harm", "2023", "8-year-old", "8.00", "6_10", "male", "Irish Traveller|Irish Traveller heritage",
            "neglect", "parental_alcohol_misuse", "child_in_need_plan|", area="Oxley and Brent Moor"),
          good=["the school nurse who visited the home and made the referral"])
_E[3] = E("Child CZ: Serious case review",
          "Death of a 16-year-old girl in 2018 who took her own life after months of bullying on social media. Child CZ had been seen by her GP for low mood. Child CZ is White British.",
          ["the bullying was dealt with by the school as a behaviour matter", "the GP did not ask about Child CZ's use of social media"],
          ["give schools guidance on responding to online bullying", "ask young people with low mood about their online life"],
          "Read overview report (PDF)",
          T("Child CZ", SCR, "overview", "death", "2018", "16-year-old", "16.00", "16_17", "female", "White British",
            "self_harm_suicide; online_harm|self_harm_suicide", area="Castlereach"))
_E[4] = E("Baby DZ: Child safeguarding practice review",
          "Death of a 6-week-old baby boy in 2024 while sharing a bed with both parents. His mother had taken prescribed medication that made her drowsy. Baby DZ is of Pakistani heritage.",
          ["the effect of the mother's medication on safer sleep was not discussed", "the family's Moses basket was too small for the baby"],
          ["pharmacists to give safer sleep advice with medicines that cause drowsiness", "check the baby's sleeping place at the new birth visit"],
          "Read practice review (PDF)",
          T("Baby DZ", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "male", "Pakistani|Pakistani heritage",
            "sudden_unexpected_infant_death", "co_sleeping|co_sleeping; parental_mental_health"))
_E[5] = E("Child EZ: Child safeguarding practice review",
          "Child EZ, a 14-year-old girl, was sexually exploited by a group of men between 2022 and 2024. She went missing from home many times and was given alcohol and drugs. Child EZ is of mixed White and Black African heritage.",
          ["missing episodes were not linked to the risk of exploitation", "Child EZ was described as making choices", "the hotel where she was found was not reported to the police"],
          ["train hotel staff to recognise child sexual exploitation", "stop using language that blames children for their exploitation"],
          "Read practice review (PDF)",
          T("Child EZ", CSPR, "practice_review", "serious_harm", "2022|2024|", "14-year-old", "14.00", "11_15", "female",
            "mixed White and Black African|mixed White and Black African heritage|White and Black African|Mixed White and Black African",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm"))
_E[6] = E("Children FZ and GZ: Serious case review",
          "Physical abuse and neglect of a brother and sister aged 3 and 5 in 2019. The children were found with untreated burns and were underweight. Their mother's partner was a heavy drug user. The children are White British.",
          ["the partner's drug use was known to the police but not to children's social care", "the children's weight was not recorded at health appointments"],
          [], "Read executive summary (PDF)",
          T("Children FZ and GZ", SCR, "executive_summary", "serious_harm", "2019", "*", "*", "*", "mixed", "White British",
            "physical_abuse; neglect", "parental_substance_misuse|", n="2"),
          norec="Makes no recommendations as the partnership has already acted on the learning.")
_E[7] = E("Child HZ: Child safeguarding practice review",
          "Death of a 2-year-old boy in 2023 who drank liquid methadone at home. His father was on a drug treatment programme and kept the methadone in the fridge. Child HZ is White British.",
          ["the drug service did not check how the methadone was stored", "the father's treatment was not known to the health visitor"],
          ["drug services to check safe storage at every home visit", "tell health visitors when a parent starts a drug treatment programme"],
          "Read practice review (PDF)",
          T("Child HZ", CSPR, "practice_review", "death", "2023", "2-year-old", "2.00", "1_5", "male", "White British",
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
_E[8] = E("Child JZ: Child safeguarding practice review",
          "Sexual abuse of a 10-year-old girl by her uncle between 2021 and 2023. Child JZ told a friend, whose mother called the police. Child JZ is of Indian heritage.",
          ["the family's wish to deal with the matter privately delayed the investigation", "Child JZ was not offered therapy while the case went to court"],
          ["offer therapy to children before a criminal trial ends"],
          "Read practice review (PDF)",
          T("Child JZ", CSPR, "practice_review", "serious_harm", "2021|2023|", "10-year-old", "10.00", "6_10", "female", "Indian|Indian heritage",
            "sexual_abuse"), good=["the police officer who kept Child JZ informed at every stage"])
_E[9] = E("Child KZ: Child safeguarding practice review",
          "Child KZ, a 17-year-old boy, was seriously injured in 2024 when he was stabbed by another young man. Child KZ had been excluded from school at 14 and was known to the youth justice service. Child KZ is Black Caribbean.",
          ["Child KZ was seen as a risk to others rather than at risk himself", "no education was arranged for three years after the exclusion"],
          ["find education for every excluded child within six days", "agree one lead professional for young people known to youth justice"],
          "Read practice review (PDF)",
          T("Child KZ", CSPR, "practice_review", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "male", "Black Caribbean",
            "physical_abuse|extra_familial_harm|physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse", "", "not_in_school"))
_E[10] = E("Baby LZ: Child safeguarding practice review",
           "Serious harm to a 4-month-old baby boy in 2025 who had fractured ribs and bruising to his face. His parents were both 19 and had been in care. Baby LZ is White British.",
           ["bruising to Baby LZ's face was seen by a GP and not referred", "the parents' own experiences of care were not taken into account"],
           ["follow the bruising protocol for every baby who is not yet mobile"],
           "Read practice review (PDF)",
           T("Baby LZ", CSPR, "practice_review", "serious_harm", "2025", "4-month-old", "0.33", "under_1", "male", "White British",
             "physical_abuse"))
_E[11] = E("Child MZ: Child safeguarding practice review",
           "Emotional abuse of an 11-year-old girl between 2020 and 2024 by her mother, who told professionals that Child MZ had a serious illness. Child MZ had many hospital appointments and operations she did not need. Child MZ is White British.",
           ["doctors in different hospitals did not share their doubts", "Child MZ's own view of her health was never asked for"],
           ["agree a pathway for fabricated or induced illness across the hospitals in the area"],
           "Read practice review (PDF)",
           T("Child MZ", CSPR, "practice_review", "serious_harm", "2020|2024|", "11-year-old", "11.00", "11_15", "female", "White British",
             "emotional_abuse|emotional_abuse; other|other"))
_E[12] = E("Child NZ: Child safeguarding practice review",
           "Death of a 15-year-old boy in 2024 from a drug overdose. Child NZ had been criminally exploited and was found in a flat used to sell drugs. Child NZ is of mixed White and Black Caribbean heritage.",
           ["earlier arrests were not seen as signs of exploitation", "the National Referral Mechanism referral was made too late"],
           ["refer to the National Referral Mechanism at the first sign of criminal exploitation", "offer a trusted adult to every child arrested with drugs"],
           "Read practice review (PDF)",
           T("Child NZ", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "male",
             "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean|Mixed White and Black Caribbean",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; poisoning_ingestion|child_criminal_exploitation; extra_familial_harm; poisoning_ingestion"))
_E[13] = E("Babies with non-accidental injuries: thematic child safeguarding practice review",
           "Review of five babies under one year old who suffered serious injuries caused by a parent between 2022 and 2024. In each case the father was not known to services. Ethnicity or nationality not stated.",
           ["fathers were not included in antenatal and postnatal contacts", "pre-birth assessments focused on the mother only"],
           ["include fathers and partners in every pre-birth assessment"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "serious_harm", "2022|", "*", "*", "under_1|*", "not_stated", "not_stated",
             "physical_abuse|physical_abuse; non_accidental_head_injury", "", "", thematic="true", n="5"),
           good=["the midwife who invited the fathers to every antenatal appointment"])
_E[14] = E("Child PZ: Serious case review",
           "Neglect of a 13-year-old boy with autism who was found living in one room of the family home in 2017. Child PZ had not been seen at school for over a year. His father had severe depression. Child PZ is of Bangladeshi heritage.",
           ["elective home education was accepted without seeing Child PZ", "the father's depression was treated without asking about his son"],
           ["see every child within a month of a parent choosing home education"],
           "Read overview report (PDF)",
           T("Child PZ", SCR, "overview", "serious_harm", "2017", "13-year-old", "13.00", "11_15", "male", "Bangladeshi|Bangladeshi heritage",
             "neglect", "parental_mental_health", "not_in_school; disabled|disabled; not_in_school"))
_E[15] = E("Child QZ: Child safeguarding practice review",
           "Physical abuse of a 5-year-old girl in 2024 who came to school with a black eye and marks on her arms. Her mother's boyfriend had been violent to a previous partner. Child QZ is of Romanian heritage.",
           ["the school's first referral was closed without seeing Child QZ", "the boyfriend's history of domestic abuse was not checked"],
           ["see the child before closing any referral about an injury", "use interpreters when talking to Romanian-speaking parents"],
           "Read practice review (PDF)",
           T("Child QZ", CSPR, "practice_review", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "female", "Romanian|Romanian heritage",
             "physical_abuse", "domestic_abuse|domestic_abuse; parental_criminality|"))
_E[16] = E("Child RZ: Child safeguarding practice review",
           "Death of a 12-year-old boy in 2023 who drowned in a quarry lake while with older boys. Child RZ was a young carer for his mother, who had multiple sclerosis. Child RZ is White British.",
           ["Child RZ's role as a young carer was not known to his school", "the danger of the quarry had been reported before"],
           ["identify young carers at every school admission"],
           "Read practice review (PDF)",
           T("Child RZ", CSPR, "practice_review", "death", "2023", "12-year-old", "12.00", "11_15", "male", "White British",
             "other|neglect|neglect; other|"), good=["the youth club that supported Child RZ's friends after his death"])
_E[17] = E("Child SZ: Serious case review",
           "Sexual abuse of a 6-year-old girl in 2016 by a man who was a lodger in the family home. The lodger was a registered sex offender. Child SZ is White British.",
           ["the probation service did not know the man had moved into a home with children", "the mother was not told about the man's offences"],
           ["check the address of every registered sex offender who moves", "use the child sex offender disclosure scheme for parents"],
           "Read overview report (PDF)",
           T("Child SZ", SCR, "overview", "serious_harm", "2016", "6-year-old", "6.00", "6_10", "female", "White British",
             "sexual_abuse"))
_E[18] = E("Child TZ: Child practice review",
           "Neglect of a 7-year-old boy between 2021 and 2023 who was often left alone at night. His mother worked night shifts and had no family support. Child TZ is White Welsh.",
           ["the neighbours' concerns were not passed to children's services", "the mother's need for childcare was not assessed"],
           ["ask about childcare arrangements when a parent works at night"],
           "Read child practice review (PDF)",
           T("Child TZ", CPR, "practice_review", "serious_harm", "2021|2023|", "7-year-old", "7.00", "6_10", "male", "White Welsh",
             "neglect", "social_isolation"))
_E[19] = E("Baby VZ: Child practice review",
           "Serious harm to a 3-month-old baby girl in 2024 who was shaken by her mother. Her mother had postnatal depression and had asked her GP for help. Baby VZ is White Welsh.",
           ["the mother's request for help was not followed up", "the perinatal mental health team had a waiting list of twelve weeks"],
           ["see every mother who asks for help with her mental health within two weeks", "give coping with crying advice at each health visitor contact"],
           "Read child practice review (PDF)",
           T("Baby VZ", CPR, "practice_review", "serious_harm", "2024", "3-month-old", "0.25", "under_1", "female", "White Welsh",
             "physical_abuse; non_accidental_head_injury|physical_abuse|non_accidental_head_injury", "parental_mental_health"))
_E[20] = E("Child WZ: Child practice review",
           "Child WZ, a 14-year-old girl, was groomed online by a man who sent her money for images in 2023. Child WZ was in foster care. Child WZ is of mixed White and Asian heritage.",
           ["the foster carers were not told how to check Child WZ's phone", "the images were reported to the platform but not to the police"],
           ["give foster carers guidance on online safety", "report every case of online sexual abuse to the police"],
           "Read child practice review (PDF)",
           T("Child WZ", CPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "female",
             "mixed White and Asian|mixed White and Asian heritage|White and Asian|Mixed White and Asian",
             "online_harm; sexual_abuse|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm|online_harm; child_sexual_exploitation; extra_familial_harm",
             "", "foster_care; looked_after|foster_care"))

# label phrasings per file (learning, recommendations, good practice)
_MAG = ("Learning includes:", "Recommendations include:", "Good practice identified includes:")
_CAP = ("Learning includes", "Recommendations include", "Good practice")
_WEL = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
for k in (7, 8, 9, 10): _E[k]["lab"] = _MAG
for k in (4, 5, 6): _E[k]["lab"] = _CAP
for k in (15, 16, 17): _E[k]["lab"] = ("Key learning", "Recommendations", "Good practice")
for k in (11, 12, 13, 14): _E[k]["lab"] = ("Learning themes include:", "Recommendations to the partnership include:", "Good practice identified includes:")

# the metadata band of the Typst file: published date (not the incident), area (truth `area`), review type
BAND = {1: ("4 March 2025", "Harwick Vale", "Child safeguarding practice review"),
        2: ("11 March 2025", "Oxley and Brent Moor", "Child safeguarding practice review"),
        3: ("19 March 2025", "Castlereach", "Serious case review")}
# Welsh lines printed before each English title and label in the bilingual file (not entries, not items)
WELSH = {18: "Plentyn TZ: Adolygiad ymarfer plant", 19: "Babi VZ: Adolygiad ymarfer plant", 20: "Plentyn WZ: Adolygiad ymarfer plant"}
WELSH_LABELS = ("Mae’r dysgu’n cynnwys:", "Mae’r argymhellion yn cynnwys:", "Arfer da a nodwyd:")
# pull quotes of the magazine file: set apart in large italics between rules (a repeat of a learning item, not an item)
PULL = {7: "The drug service did not check how the methadone was stored.",
        9: "Child KZ was seen as a risk to others rather than at risk himself."}

B28["b28-typst-band-2025-03.pdf"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="New case reviews added to the national case review repository in March 2025. All of the children, families and places below are invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B28["b28-pdfbox-acroform-2025-10.pdf"] = dict(month="2025-10", heading="Case review summaries – October 2025",
    intro="Fillable summary form used by the learning and development team. Every child, family and place in this form is invented for testing.",
    entries=[_E[4], _E[5], _E[6]])
B28["b28-lualatex-magazine-2024-12.pdf"] = dict(month="2024-12", heading="Learning from case reviews: December 2024",
    intro="Four case reviews published in December 2024, in our magazine format. All of the children, families and places in this issue are invented for testing.",
    entries=[_E[7], _E[8], _E[9], _E[10]])
B28["b28-chromium-sharepoint-2026-02.pdf"] = dict(month="2026-02", heading="New case reviews: February 2026",
    intro="This month four case reviews were published in the national repository. All of the children, families and places in this news post are invented for testing.",
    entries=[_E[11], _E[12], _E[13], _E[14]])
B28["b28-chromium-quarto-2025-06.pdf"] = dict(month="2025-06", heading="Case reviews update: June 2025",
    intro="Summaries of the case reviews published in June 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B28["b28-lualatex-bilingual-2025-01.pdf"] = dict(month="2025-01", heading="New case reviews – January 2025",
    welsh_heading="Adolygiadau achos newydd – Ionawr 2025",
    intro="Three child practice reviews were published in January 2025. All of the children, families and places below are invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
