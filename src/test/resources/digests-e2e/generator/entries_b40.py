# Batch b40 (issue 9, session 24; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a mail-marketing newsletter saved as a
# real .eml (multipart/alternative, the tool's own plain-text alternative with '** ' headings and '(URL)' links, HTML part
# quoted-printable); an internal-comms e-mail (.eml) whose text/plain alternative is only a 'view it in a browser' stub and
# whose HTML (multipart/related with an inline logo) is a table layout with label bars; a Docusaurus (MDX) markdown page with
# front matter, import lines, ':::' admonitions and the lists in <Tabs>/<TabItem label="…"> components; a Notion 'Export >
# HTML' page (every review a toggle <details><summary>, every bullet its own <ul>, links as bookmark blocks); a
# reStructuredText source sent as .txt ('.. rubric::' labels, '.. admonition::' good practice, `text <url>`__ links); a DOCX
# whose reviews sit one per cell of a 2 x 2 table (cards). All 20 entries are NEW summaries in the phrasing of NSPCC case
# review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives,
# '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B40 = {}
LR = "learning_review"
L_MC = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_NW = ("Learning", "Recommendations", "Good practice")
L_DS = ("Learning", "Recommendations", "Good practice")
L_NO = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
L_RS = ("Learning includes", "Recommendations include", "Identifies good practice including")
L_DX = ("Key learning:", "Recommendations:", "Good practice:")
_E = {}
# --- A: mail-marketing newsletter, .eml with its own plain-text alternative (3)
_E[1] = E("Child ABT: Child safeguarding practice review",
          "Death of a 4-month-old boy in February 2024 from a head injury. His mother's partner, who had convictions for violence, had moved into the home a few weeks after the birth. Child ABT is White British.",
          ["the partner's convictions were not checked when he moved in", "the health visitor was not told that a new adult lived in the home", "the mother was not asked about her partner's past"],
          ["check the criminal history of any new adult living with a baby on a child in need plan", "record every adult living in the home at each health visit"],
          "Read practice review (PDF)",
          T("Child ABT", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_criminality"), lab=L_MC)
_E[2] = E("Child CDT: Serious case review",
          "Serious harm to a 13-year-old girl in 2017 who was sexually exploited by a group of older men. Child CDT often went missing from her home and had stopped going to school. Child CDT is of Kurdish heritage.",
          ["going missing was seen as a choice Child CDT had made", "her school did not follow up her absence for six weeks"],
          ["treat every missing episode of a child under 16 as a safeguarding concern", "share attendance concerns with children's social care within ten days"],
          "Read overview report (PDF)",
          T("Child CDT", SCR, "overview", "serious_harm", "2017", "13-year-old", "13.00", "11_15", "female", "Kurdish|Kurdish heritage",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse",
            "", "not_in_school"),
          good=["a police officer who built trust with Child CDT over many months"], lab=L_MC)
_E[3] = E("Child EFT: Child safeguarding practice review",
          "Neglect of a 2-year-old boy in 2023 who was found alone in a flat with no food. His father misused drugs and the family had moved between three areas in a year. Child EFT is of Irish heritage.",
          ["records did not follow the family when they moved to a new area", "the father's drug use was treated as an adult matter"],
          [],
          "Read practice review (PDF)",
          T("Child EFT", CSPR, "practice_review", "serious_harm", "2023", "2-year-old", "2.00", "1_5", "male", "Irish|Irish heritage",
            "neglect", "parental_substance_misuse"), norec="Makes no recommendations but asks the partnership to share its learning with neighbouring areas.", lab=L_MC)
# --- B: internal-comms e-mail, .eml, plain-text alternative only a stub, HTML table layout (3)
_E[4] = E("Child GHT: Child safeguarding practice review",
          "Death of a 16-year-old boy in 2024 who was stabbed near a park. Child GHT had been criminally exploited to sell drugs and had an education, health and care plan. Child GHT is Black Caribbean.",
          ["the exploitation of Child GHT was seen as his choice", "his education, health and care plan was not reviewed after he moved school"],
          ["review an EHCP within four weeks of a move to a new school", "use the contextual safeguarding approach for every child at risk of exploitation"],
          "Read practice review (PDF)",
          T("Child GHT", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "Black Caribbean",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse", "", "ehcp|ehcp; disabled"), lab=L_NW)
_E[5] = E("Baby JKT: Child safeguarding practice review",
          "Serious harm to an 8-month-old girl in 2023 who had bruising to her face and a fractured arm. Her parents were both under 20 and the family was living in a hostel. Baby JKT is of mixed White and Black Caribbean heritage.",
          ["bruising in a baby who is not mobile was not acted on", "young parents in hostels had no named worker"],
          ["apply the bruising in non-mobile babies protocol in every setting", "give every young parent in temporary accommodation a named worker"],
          "Read practice review (PDF)",
          T("Baby JKT", CSPR, "practice_review", "serious_harm", "2023", "8-month-old", "0.67", "under_1", "female",
            "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
            "physical_abuse", ""),
          good=["the emergency department nurse who asked for a skeletal survey"], lab=L_NW)
_E[6] = E("Child LMT: Learning review",
          "Emotional abuse of a 9-year-old girl between 2019 and 2022 whose mother had severe depression and kept her at home to look after her. Child LMT is White British.",
          ["Child LMT's role as a young carer was not noticed by her school", "adult mental health services did not ask who cared for the mother"],
          ["ask every adult patient with severe depression about the children who care for them", "include young carers in the school's attendance checks"],
          "Read learning review (PDF)",
          T("Child LMT", LR, "unknown|practice_review", "serious_harm", "2019|", "9-year-old", "9.00", "6_10", "female", "White British",
            "emotional_abuse|emotional_abuse; neglect", "parental_mental_health", "|not_in_school"), lab=L_NW)
# --- C: Docusaurus MDX page (4)
_E[7] = E("Child NPT: Child safeguarding practice review",
          "Death of a 10-week-old girl in 2024 who was found unresponsive after sleeping in her parents' bed. Both parents had drunk alcohol that evening. Child NPT is of Pakistani heritage.",
          ["safer sleep advice was not repeated after the birth", "professionals did not talk to the father about alcohol and sleeping with a baby"],
          ["give safer sleep advice to both parents at every contact in the first six months"],
          "Read practice review (PDF)",
          T("Child NPT", CSPR, "practice_review", "death", "2024", "10-week-old", "0.19", "under_1", "female", "Pakistani|Pakistani heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"), lab=L_DS)
_E[8] = E("Child QRT: Child safeguarding practice review",
          "Serious harm to a 14-year-old boy in 2023 who was seriously injured in a car crash after being given a lift by adults who were exploiting him. Child QRT was on a child protection plan for neglect. Child QRT is White British.",
          ["the child protection plan focused on the home and not on risks outside it", "the adults in the car were known to the police but this was not shared"],
          ["include risks outside the home in every child protection plan for a teenager", "share police intelligence about adults exploiting children at strategy meetings"],
          "Read practice review (PDF)",
          T("Child QRT", CSPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male", "White British",
            "child_criminal_exploitation; neglect|child_criminal_exploitation; extra_familial_harm; neglect|neglect; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|extra_familial_harm; neglect; other",
            "", "child_protection_plan"),
          good=["the school's safeguarding lead who pressed for a strategy meeting"], lab=L_DS)
_E[9] = E("Child STT: Child safeguarding practice review",
          "Physical abuse of a 7-year-old boy in 2024 by his father, who hit him with a shoe. Child STT had a learning disability and could not easily explain what had happened. Child STT is of Somali heritage.",
          ["staff did not use the communication aids Child STT relied on", "the father's account was accepted without question"],
          ["make sure disabled children can tell professionals what happens to them in their own way"],
          "Read practice review (PDF)",
          T("Child STT", CSPR, "practice_review", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "male", "Somali|Somali heritage",
            "physical_abuse", "", "disabled"), lab=L_DS)
_E[10] = E("Young people harmed online: thematic child safeguarding practice review",
           "Thematic review of four young people aged 12 to 15 who were harmed by adults they met online between 2021 and 2023. All four were sent explicit images and were asked to send images of themselves.",
           ["parents did not know which apps their children were using", "police and schools did not share what they knew about the same adult"],
           ["run online safety sessions for parents in every secondary school", "agree a way to share information about adults who contact several children online"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "*", "not_stated",
             "online_harm; sexual_abuse|online_harm|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation", thematic="true", n="4"), lab=L_DS)
# --- D: Notion 'Export > HTML' (3)
_E[11] = E("Child UVT: Child safeguarding practice review",
           "Death of a 3-year-old girl in 2023 who drowned in a garden pond while her mother was asleep after taking prescribed medication. The family had been known to children's social care for neglect. Child UVT is White British.",
           ["the effect of the mother's medication on her care of the children was not considered", "home visits did not look at the garden"],
           ["ask about the effects of prescribed medication on a parent's care of young children", "look at the whole home, inside and outside, on every neglect visit"],
           "Read practice review (PDF)",
           T("Child UVT", CSPR, "practice_review", "death", "2023", "3-year-old", "3.00", "1_5", "female", "White British",
             "neglect|neglect; other", "|parental_mental_health"), lab=L_NO)
_E[12] = E("Child WXT: Child safeguarding practice review",
           "Serious harm to a 17-year-old boy in 2024 who was left with lasting injuries after an assault by a group of young people. Child WXT was living in semi-independent accommodation and had been in care since he was 15. Child WXT is of Eritrean heritage.",
           ["staff in semi-independent accommodation did not know that Child WXT had been threatened", "the risk from the group was not shared between the two areas involved"],
           ["share threats to a looked after child with the placing authority the same day", "include semi-independent providers in exploitation meetings"],
           "Read practice review (PDF)",
           T("Child WXT", CSPR, "practice_review", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "male", "Eritrean|Eritrean heritage",
             "physical_abuse; extra_familial_harm|extra_familial_harm|physical_abuse", "", "looked_after"),
           good=["a social worker who visited Child WXT in hospital every week"], lab=L_NO)
_E[13] = E("Children YZT and AAU: Serious case review",
           "Neglect of two brothers aged 4 and 6 over several years up to 2018. Their parents both had learning disabilities and the home was often without heating or food. The children are of Traveller heritage.",
           ["support for the parents stopped when the children's case was closed", "professionals did not check whether the parents had understood their advice"],
           ["keep adult support in place when a child's case is closed", "check that parents with a learning disability have understood what is being asked of them"],
           "Read overview report (PDF)",
           T("Children YZT and AAU", SCR, "overview", "serious_harm", "2018|", "*", "*", "*", "male", "Traveller|Traveller heritage|Irish Traveller|Gypsy, Roma or Traveller",
             "neglect", "parental_learning_disability", n="2"), lab=L_NO)
# --- E: reStructuredText source as .txt (3)
_E[14] = E("Child BBU: Child safeguarding practice review",
           "Serious harm to a 6-week-old boy in 2024 who had rib fractures and bleeding on the brain. His father had been violent to his mother during the pregnancy. Child BBU is of Romanian heritage.",
           ["domestic abuse in pregnancy was not shared with the health visitor", "the father was not seen by any professional before the birth"],
           ["share every report of domestic abuse in pregnancy with midwifery and health visiting", "invite fathers to antenatal appointments"],
           "Read practice review (PDF)",
           T("Child BBU", CSPR, "practice_review", "serious_harm", "2024", "6-week-old", "0.12", "under_1", "male", "Romanian|Romanian heritage",
             "non_accidental_head_injury; physical_abuse|physical_abuse|non_accidental_head_injury", "domestic_abuse"), lab=L_RS)
_E[15] = E("Child CCU: Child safeguarding practice review",
           "Death of a 14-year-old girl in 2023 who took her own life after sexual images of her were shared at school. Child CCU had an eating disorder and was waiting for treatment. Child CCU is White British.",
           ["the school did not report the sharing of images to the police", "Child CCU's eating disorder was not seen as raising the risk of suicide"],
           ["report every case of nude images of a child being shared to the police", "give priority to children with an eating disorder who have thoughts of suicide"],
           "Read practice review (PDF)",
           T("Child CCU", CSPR, "practice_review", "death", "2023", "14-year-old", "14.00", "11_15", "female", "White British",
             "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; sexual_abuse; online_harm|self_harm_suicide; sexual_abuse", "", ""),
           good=["a teaching assistant who noticed Child CCU was not eating"], lab=L_RS)
_E[16] = E("Child DDU: Child safeguarding practice review",
           "Serious harm to a 5-year-old boy in 2024 who swallowed his mother's heroin substitute. He was on a child in need plan. Ethnicity or nationality not stated.",
           ["the drug service did not know there was a child at home", "safe storage was not checked at any visit"],
           [],
           "Read practice review (PDF)",
           T("Child DDU", CSPR, "practice_review", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "male", "not_stated",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse", "child_in_need_plan"),
           norec="Makes no recommendations as the drug service had changed its safe storage checks during the review.", lab=L_RS)
# --- F: DOCX, reviews as cards in a 2 x 2 table (4)
_E[17] = E("Child EEU: Child safeguarding practice review",
           "Death of a 15-year-old boy in 2024 from a drug overdose. Child EEU had been excluded from school and was spending time with older young people who sold drugs. Child EEU is of mixed White and Black African heritage.",
           ["the move to alternative provision left Child EEU without a trusted adult", "warnings from his mother were not acted on"],
           ["give every child in alternative provision a named trusted adult", "respond to a parent's concerns about exploitation within one working day"],
           "Read practice review (PDF)",
           T("Child EEU", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "male",
             "mixed White and Black African|mixed White and Black African heritage|White and Black African",
             "poisoning_ingestion; child_criminal_exploitation; extra_familial_harm|poisoning_ingestion; extra_familial_harm|poisoning_ingestion|poisoning_ingestion; child_criminal_exploitation", "", "not_in_school"), lab=L_DX)
_E[18] = E("Baby FFU: Child safeguarding practice review",
           "Serious harm to a 5-week-old girl in 2023 who was shaken by her father. The parents had told a midwife that the baby cried all the time. Baby FFU is of Polish heritage.",
           ["the parents' worry about crying was not followed up", "the coping with crying programme was not offered to the father"],
           ["offer the coping with crying programme to every father", "follow up any parent who says they cannot cope with crying"],
           "Read practice review (PDF)",
           T("Baby FFU", CSPR, "practice_review", "serious_harm", "2023", "5-week-old", "0.10", "under_1", "female", "Polish|Polish heritage",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""),
           good=["the midwife who recorded the parents' worry clearly"], lab=L_DX)
_E[19] = E("Child GGU: Serious case review",
           "Sexual abuse of an 11-year-old girl in 2016 by her stepfather. Child GGU told her friend, who told a teacher. Her mother had been a victim of domestic abuse. Child GGU is of Indian heritage.",
           ["the first disclosure was not passed on for two days", "the mother's own experience of abuse made it hard for her to protect Child GGU"],
           ["pass on every disclosure of sexual abuse on the day it is made"],
           "Read overview report (PDF)",
           T("Child GGU", SCR, "overview", "serious_harm", "2016", "11-year-old", "11.00", "11_15", "female", "Indian|Indian heritage",
             "sexual_abuse", "domestic_abuse"), lab=L_DX)
_E[20] = E("Child HHU: Child safeguarding practice review",
           "Neglect of a 12-year-old boy with cerebral palsy in 2024 who was left in his wheelchair for long periods and lost weight. His mother was his only carer and was isolated. Child HHU is White British.",
           ["short breaks stopped during the pandemic and did not start again", "weight loss was seen as part of Child HHU's condition"],
           ["review short breaks for every disabled child when a service changes", "weigh disabled children at every health review"],
           "Read practice review (PDF)",
           T("Child HHU", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "White British",
             "neglect", "social_isolation|", "disabled"), lab=L_DX)

B40["b40-eml-plaintext-alternative-2025-11.eml"] = dict(month="2025-11", heading="NSPCC Learning \u2013 case reviews November 2025",
    intro="Three case reviews were added to the national repository in November 2025. Every child, family and place in this e-mail is invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B40["b40-eml-html-stub-text-2025-02.eml"] = dict(month="2025-02", heading="Safeguarding learning bulletin \u2013 February 2025",
    intro="This month three case reviews were published. All of the children, families and places in this bulletin are invented for testing.",
    entries=[_E[4], _E[5], _E[6]])
B40["b40-docusaurus-mdx-2025-06.md"] = dict(month="2025-06", heading="Case reviews update \u2013 June 2025",
    intro="Four case reviews were published in June 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[7], _E[8], _E[9], _E[10]])
B40["b40-notion-html-export-2025-09.html"] = dict(month="2025-09", heading="NSPCC Repository \u2013 September 2025",
    intro="In September 2025 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[11], _E[12], _E[13]])
B40["b40-rst-source-2024-08.txt"] = dict(month="2024-08", heading="NSPCC Repository - August 2024",
    intro="In August 2024 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[14], _E[15], _E[16]])
B40["b40-docx-card-grid-2025-04.docx"] = dict(month="2025-04", heading="Case reviews published in April 2025",
    intro="Four case reviews were published in April 2025. Every child, family and place in this document is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
