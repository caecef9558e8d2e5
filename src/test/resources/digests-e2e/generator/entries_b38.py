# Batch b38 (issue 9, session 23; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a SharePoint modern page saved from the
# browser (canvas zones, collapsible sections, two-column sections); a OneNote page saved as a single-file web page (.mht, quoted-printable) (absolutely
# placed note containers, no heading elements); a DOCX whose reviews flow in a two-column continuous section (Heading 2 titles,
# Heading 3 labels, the summary under a 'What happened' Heading 3, links as HYPERLINK fields, a column break); a plain-text
# digest whose reviews are ASCII grid tables with wrapped cells; an MkDocs Material markdown page with every review in a
# collapsible admonition ('??? note "title"', 4-space indented body); a Bootstrap 5 page with one review per tab (titles only in
# the tab buttons). All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and place
# is invented. Uses E, T, CSPR, SCR from entries.py.
B38 = {}
LR = "learning_review"; CPR = "child_practice_review"
L_SP = ("Key learning", "Recommendations for the partnership", "What worked well")
L_ON = ("What we learned", "Actions for the partnership", "Good practice noted")
L_DX = ("What we learned", "What the partnership will do", "Good practice")
L_GT = ("Learning", "Recommendations", "Good practice")
L_MK = ("Learning for practice:", "Recommendations include:", "Identifies good practice including:")
L_BS = ("Key learning", "Actions for the partnership", "Good practice")
_E = {}
# --- A: SharePoint modern page (4)
_E[1] = E("Child AM: Child safeguarding practice review",
          "Death of a 7-week-old baby girl in March 2024 from a head injury. Her father, who was her main carer while her mother worked nights, had told his GP that he was struggling with low mood. Child AM is White British.",
          ["the father's low mood was not linked to the risk to a new baby", "the health visitor only ever met the mother", "the GP record did not show that there was a baby in the household"],
          ["ask every parent of a baby under one about their own mental health at each contact", "add the children in the household to every adult's GP record"],
          "Open the practice review (PDF)",
          T("Child AM", CSPR, "practice_review", "death", "2024", "7-week-old", "0.13", "under_1", "female", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "parental_mental_health"), lab=L_SP)
_E[2] = E("Child BM: Serious case review",
          "Serious harm to a 15-year-old boy in 2018 who was found with knife wounds after he had been missing from home for four days. Child BM had been permanently excluded from school a year earlier. Child BM is of Bangladeshi heritage.",
          ["missing episodes were treated as a parenting problem", "the exclusion removed the only adults who saw Child BM every day"],
          ["offer a return home interview within three days of every missing episode", "involve the virtual school in planning for every excluded child at risk outside the home"],
          "Open the overview report (PDF)",
          T("Child BM", SCR, "overview", "serious_harm", "2018", "15-year-old", "15.00", "11_15", "male", "Bangladeshi|Bangladeshi heritage",
            "physical_abuse|extra_familial_harm|physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|other", "", "not_in_school"),
          good=["a youth worker who kept contact with Child BM after the exclusion"], lab=L_SP)
_E[3] = E("Child CM: Child safeguarding practice review",
          "Neglect of a 6-year-old girl in 2023 whose teeth were so decayed that nine had to be removed. Her mother misused alcohol and missed many health appointments for her. Child CM is of Polish heritage.",
          ["missed dental appointments were not seen as a sign of neglect", "the school nurse was not told about the dental treatment", "the mother's alcohol use was known to adult services only"],
          [],
          "Open the practice review (PDF)",
          T("Child CM", CSPR, "practice_review", "serious_harm", "2023", "6-year-old", "6.00", "6_10", "female", "Polish|Polish heritage",
            "neglect", "parental_alcohol_misuse"), norec="Makes no recommendations as a neglect toolkit had been agreed during the review.", lab=L_SP)
_E[4] = E("Child DM: Child safeguarding practice review",
          "Sexual abuse of a 12-year-old boy in 2022 by a man he met through an online game. Child DM was autistic and spent most evenings alone in his bedroom. Child DM is White British.",
          ["parents were not given advice on online gaming with strangers", "the school's online safety lessons were not adapted for autistic pupils"],
          ["adapt online safety teaching for children with special educational needs", "give parents of autistic children advice about online contact with adults"],
          "Open the practice review (PDF)",
          T("Child DM", CSPR, "practice_review", "serious_harm", "2022", "12-year-old", "12.00", "11_15", "male", "White British",
            "sexual_abuse; online_harm|online_harm; sexual_abuse|sexual_abuse|online_harm", "", "disabled"), lab=L_SP)
# --- B: OneNote page export (3)
_E[5] = E("Baby EM: Child safeguarding practice review",
          "Sudden unexpected death of a 3-month-old boy in 2024 who was asleep on a sofa with his mother. The family had recently moved into a one-bedroom flat and had no cot. Baby EM is of Romanian heritage.",
          ["the family's housing move was not shared with the health visitor", "safer sleep advice did not cover sleeping on a sofa"],
          ["check where a baby will sleep at every home visit after a house move", "provide a cot to families who do not have one"],
          "Read practice review (PDF)",
          T("Baby EM", CSPR, "practice_review", "death", "2024", "3-month-old", "0.25", "under_1", "male", "Romanian|Romanian heritage",
            "sudden_unexpected_infant_death", "co_sleeping"), lab=L_ON)
_E[6] = E("Child FM: Child safeguarding practice review",
          "Serious harm to a 17-year-old girl in 2023 who was trafficked to another city and sexually exploited. Child FM was living in supported accommodation and had been in care since she was 12. Child FM is of mixed White and Black African heritage.",
          ["supported accommodation staff had no training in exploitation", "Child FM's leaving care plan did not mention the adults who were grooming her", "police and children's services used different risk tools"],
          ["train all staff in supported accommodation to recognise exploitation", "use one exploitation risk assessment across the partnership"],
          "Read practice review (PDF)",
          T("Child FM", CSPR, "practice_review", "serious_harm", "2023", "17-year-old", "17.00", "16_17", "female",
            "mixed White and Black African|mixed White and Black African heritage|White and Black African",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm",
            "", "looked_after"), good=["the personal adviser who reported Child FM missing within an hour"], lab=L_ON)
_E[7] = E("Children GM and HM: Learning review",
          "Emotional abuse and neglect of two sisters aged 9 and 11 in 2022 whose father was controlling and violent towards their mother. The mother had a learning disability. The children are White British.",
          ["the mother's learning disability made it hard for her to follow the safety plan", "the sisters were seen together and never alone"],
          ["adapt safety plans for parents with a learning disability", "see brothers and sisters on their own during assessments"],
          "Read learning review (PDF)",
          T("Children GM and HM", LR, "unknown|practice_review", "serious_harm", "2022", "*", "*", "*", "female", "White British",
            "emotional_abuse; neglect|neglect; emotional_abuse", "domestic_abuse; parental_learning_disability", n="2"), lab=L_ON)
# --- C: DOCX two-column section, Heading 2 / Heading 3 (4)
_E[8] = E("Child JM: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2024 who took his own life after months of bullying at school and online. Child JM had told a teacher that he felt hopeless. Child JM is Black British.",
          ["the school did not refer Child JM to mental health services after he said he felt hopeless", "online bullying was treated as a matter for the parents"],
          ["refer every child who speaks of hopelessness for a mental health assessment", "include online bullying in the school's anti-bullying policy"],
          "Read practice review (PDF)",
          T("Child JM", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black British",
            "self_harm_suicide|self_harm_suicide; online_harm"), lab=L_DX)
_E[9] = E("Baby KM: Child safeguarding practice review",
          "Serious harm to a 5-month-old girl in 2023 who was admitted to hospital with fractures to her ribs and legs. Her mother's partner had a history of violence towards women. Baby KM is of Black Caribbean heritage.",
          ["an earlier bruise was accepted as an accident", "checks on the partner were not made because he did not live at the address"],
          ["check every adult who cares for a baby, wherever they live", "follow the bruising protocol for every non-mobile baby"],
          "Read practice review (PDF)",
          T("Baby KM", CSPR, "practice_review", "serious_harm", "2023", "5-month-old", "0.42", "under_1", "female", "Black Caribbean|Black Caribbean heritage",
            "physical_abuse", "domestic_abuse|domestic_abuse; parental_criminality|"), good=["the emergency department nurse who asked for a skeletal survey"], lab=L_DX)
_E[10] = E("Child LM: Serious case review",
           "Death of a 2-year-old boy in 2017 who swallowed his father's methadone. Child LM was subject to a child protection plan for neglect. Ethnicity or nationality not stated.",
           ["the safe storage of methadone was not checked at home visits", "the drug service did not know that there was a child protection plan"],
           ["check the safe storage of medicines at every visit to a family where a parent takes substitute drugs"],
           "Read overview report (PDF)",
           T("Child LM", SCR, "overview", "death", "2017", "2-year-old", "2.00", "1_5", "male", "not_stated",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse", "child_protection_plan"), lab=L_DX)
_E[11] = E("Child NM: Child safeguarding practice review",
           "Physical abuse of an 8-year-old girl in 2024 by her grandmother, who was caring for her under a special guardianship order. Child NM had told a friend's mother about being hit. Child NM is of Indian heritage.",
           ["support to the special guardian ended when the order was made", "the disclosure to a friend's mother was not passed on for three weeks"],
           [],
           "Read practice review (PDF)",
           T("Child NM", CSPR, "practice_review", "serious_harm", "2024", "8-year-old", "8.00", "6_10", "female", "Indian|Indian heritage",
             "physical_abuse", "", "connected_carers"), norec="Makes no recommendations but asks the partnership to review its support for special guardians.", lab=L_DX)
# --- D: plain text, ASCII grid tables (3)
_E[12] = E("Child PM: Child safeguarding practice review",
           "Criminal exploitation of a 14-year-old boy in 2023 who was found carrying drugs in a town 80 miles from his home. Child PM had an education, health and care plan and attended a pupil referral unit. Child PM is White British.",
           ["Child PM was arrested and released with no referral to children's services", "the pupil referral unit did not report a week of absence"],
           ["refer every child found in a county lines operation to children's services", "report unexplained absence from a pupil referral unit on the same day"],
           "Read practice review (PDF)",
           T("Child PM", CSPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male", "White British",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "ehcp|ehcp; not_in_school"), lab=L_GT)
_E[13] = E("Baby QM: Serious case review",
           "Death of a 10-day-old boy in 2016 who was born at home without a midwife. His mother had hidden the pregnancy and had a history of depression. Baby QM is of Chinese heritage.",
           ["a concealed pregnancy was not thought possible in a mother already known to services", "the mother's GP did not know that she had stopped her medication"],
           ["raise awareness of concealed pregnancy among adult mental health staff"],
           "Read overview report (PDF)",
           T("Baby QM", SCR, "overview", "death", "2016", "10-day-old", "0.03", "under_1", "male", "Chinese|Chinese heritage",
             "neglect|other|", "parental_mental_health"), good=["the paramedics who kept the mother informed"], lab=L_GT)
_E[14] = E("Child RM: Child safeguarding practice review",
           "Serious harm to a 4-year-old boy in 2024 who had a burn to his arm and was found to be underweight. His parents had a learning disability and lived in a remote village with no family nearby. Child RM is White British.",
           ["the family's isolation was not part of any assessment", "the parents' learning disability was not assessed before the child in need plan was written"],
           ["assess the support network of every family with a child in need plan", "make learning disability assessments available to all parents who need one"],
           "Read practice review (PDF)",
           T("Child RM", CSPR, "practice_review", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "male", "White British",
             "neglect; physical_abuse|neglect|physical_abuse", "parental_learning_disability; social_isolation|parental_learning_disability", "child_in_need_plan"), lab=L_GT)
# --- E: MkDocs Material admonitions (3)
_E[15] = E("Child SM: Child safeguarding practice review",
           "Female genital mutilation of a 7-year-old girl in 2022 during a family visit abroad. Her school had noted that she was away for six weeks. Child SM is of Somali heritage.",
           ["the school did not know the signs of a planned visit for female genital mutilation", "the GP did not record a disclosure from the child's aunt"],
           ["train school staff in the risk of female genital mutilation before the summer holidays", "record and share every disclosure about female genital mutilation"],
           "Read practice review (PDF)",
           T("Child SM", CSPR, "practice_review", "serious_harm", "2022", "7-year-old", "7.00", "6_10", "female", "Somali|Somali heritage",
             "fgm_honour_based_abuse"), lab=L_MK)
_E[16] = E("Child TM: Child safeguarding practice review",
           "Neglect of a 13-year-old boy in 2023 who was caring for his mother, who had multiple sclerosis. Child TM had stopped going to school and was often hungry. Child TM is White British.",
           ["Child TM's caring role was not recognised by adult social care", "no young carers assessment was made"],
           ["ask about children in the household at every adult care assessment", "offer a young carers assessment when a child cares for a parent"],
           "Read practice review (PDF)",
           T("Child TM", CSPR, "practice_review", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "male", "White British",
             "neglect", "", "not_in_school"), good=["the school attendance officer who made the first referral"], lab=L_MK)
_E[17] = E("Babies with head injuries: thematic learning review",
           "Review of three babies aged between 6 weeks and 4 months who had non-accidental head injuries in 2023. In each case the father was the main carer at the time. Ethnicity or nationality not stated.",
           ["fathers were rarely included in antenatal education", "advice on coping with a crying baby was given only to mothers"],
           ["include fathers in every conversation about coping with crying"],
           "Read thematic review (PDF)",
           T("", LR, "unknown|practice_review", "serious_harm", "2023", "*", "*", "under_1|unknown", "not_stated", "not_stated",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", thematic="true", n="3"), lab=L_MK)
# --- F: Bootstrap 5 tabs (3)
_E[18] = E("Child VM: Child safeguarding practice review",
           "Physical abuse of a 10-year-old boy in 2024 by his stepfather, who used a belt to punish him. Child VM's mother had mental health problems and was frightened of her partner. Child VM is of Pakistani heritage.",
           ["physical punishment was described as cultural and not challenged", "the mother's fear of her partner was not explored"],
           ["challenge physical punishment whatever reason is given", "ask about fear of a partner in every adult mental health assessment"],
           "Read practice review (PDF)",
           T("Child VM", CSPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "male", "Pakistani|Pakistani heritage",
             "physical_abuse", "domestic_abuse; parental_mental_health|parental_mental_health"), lab=L_BS)
_E[19] = E("Child WM: Child safeguarding practice review",
           "Death of a 15-year-old girl in 2023 after she took an overdose of paracetamol. Child WM had been in foster care for two years and had self-harmed since she was 11. Child WM is of mixed White and Asian heritage.",
           ["Child WM waited nine months for a mental health assessment", "foster carers were not told about her self-harm"],
           ["give looked after children priority for mental health assessment", "share every self-harm safety plan with foster carers"],
           "Read practice review (PDF)",
           T("Child WM", CSPR, "practice_review", "death", "2023", "15-year-old", "15.00", "11_15", "female",
             "mixed White and Asian|mixed White and Asian heritage|White and Asian",
             "self_harm_suicide|self_harm_suicide; poisoning_ingestion", "", "foster_care; looked_after|looked_after|foster_care"),
           good=["the foster carer who sat with Child WM at every appointment"], lab=L_BS)
_E[20] = E("Child XM: Serious case review",
           "Sexual abuse of a 5-year-old girl between 2014 and 2016 by a family friend who often looked after her. Child XM had told a nursery worker about a secret game. Ethnicity or nationality not stated.",
           ["the nursery worker did not know how to respond to what Child XM said", "the family friend's previous caution was not known to the family"],
           ["train all early years staff to recognise and pass on a disclosure of sexual abuse"],
           "Read overview report (PDF)",
           T("Child XM", SCR, "overview", "serious_harm", "2014|", "5-year-old", "5.00", "1_5", "female", "not_stated",
             "sexual_abuse"), lab=L_BS)

B38["b38-sharepoint-page-2025-10.html"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were added to the national repository in October 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B38["b38-onenote-export-2024-05.mht"] = dict(month="2024-05", heading="NSPCC Repository \u2013 May 2024",
    intro="Three case reviews were published to the NSPCC Repository in May 2024. All of the children, families and places below are invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B38["b38-docx-twocol-headings-2025-03.docx"] = dict(month="2025-03", heading="NSPCC Repository \u2013 March 2025",
    intro="In March 2025 four case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[8], _E[9], _E[10], _E[11]])
B38["b38-text-gridtables-2024-10.txt"] = dict(month="2024-10", heading="NSPCC Repository - October 2024",
    intro="In October 2024 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[12], _E[13], _E[14]])
B38["b38-mkdocs-admonitions-2025-07.md"] = dict(month="2025-07", heading="Case reviews update \u2013 July 2025",
    intro="Three case reviews were added to the repository in July 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B38["b38-bootstrap-tabs-2025-12.html"] = dict(month="2025-12", heading="Case reviews update \u2013 December 2025",
    intro="Three case reviews were published in December 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
