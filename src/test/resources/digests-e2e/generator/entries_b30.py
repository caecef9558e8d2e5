# Batch b30 (issue 9, session 18; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Six digests in shapes the repository has not seen: a LibreOffice PDF/UA (tagged) export whose
# reviews are rows of a real Writer table with bullet lists inside the cells, rows allowed to break across pages under a
# repeated header row; a Paged.js (npm polyfill, printed by Chromium) digest opening with a 'Contents' jump list whose page
# numbers come from target-counter() and 'Back to contents' links after each review; a DOCX whose Heading 1 / Heading 2 styles
# carry Word outline numbering (titles '1', labels '1.1 Learning includes' as level-2 items, points level 3 '1.1.1');
# a plain-text e-mail saved from Outlook, hard-wrapped at 76 columns, whose quoted-printable soft breaks were removed
# badly (the '=' dropped but its line break kept, so words are cut in two across lines); a markdown digest with
# reference-style links and pipe tables (a facts table and the learning and recommendations side by side in one table);
# and a pdf-lib (npm) PDF with two reviews per page in boxed cards, one card 'continued overleaf'. All 22 entries are NEW
# summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B30 = {}
LR = "learning_review"; CPR = "child_practice_review"; CMR = "case_management_review"; SUSR = "single_unified_safeguarding_review"
_E = {}
# --- A: LibreOffice PDF/UA, a Writer table with lists in its cells
_E[1] = E("Child AV: Child safeguarding practice review",
          "Death of a 4-month-old baby girl in 2023 from a non-accidental head injury. Child AV's father, who was 24, had been released from prison shortly before her birth. Her mother had a history of depression. Child AV is White British.",
          ["the father's prison history was not shared with the midwife", "the mother's low mood was not followed up after the birth", "the health visitor saw the baby only once before her death"],
          ["probation services to tell children's social care when a parent convicted of violence is released to a household with a newborn baby", "review the perinatal mental health pathway"],
          "Read practice review (PDF)",
          T("Child AV", CSPR, "practice_review", "death", "2023", "4-month-old", "0.33", "under_1", "female", "White British",
            "non_accidental_head_injury|physical_abuse; non_accidental_head_injury",
            "parental_mental_health; parental_criminality|parental_mental_health"))
_E[2] = E("Children BV and CV: Serious case review",
          "Neglect of a brother and sister, aged 7 and 9, between 2016 and 2018. The children often missed school and were found to have severe tooth decay and head lice. Their mother misused cocaine and alcohol.",
          ["poor school attendance was not linked to neglect at home", "dental neglect was not recognised as a safeguarding concern"],
          ["include dental health in every neglect assessment"],
          "Read overview report (PDF)",
          T("Children BV and CV", SCR, "overview", "serious_harm", "2016|", "*", "*", "*", "mixed", "not_stated",
            "neglect", "parental_substance_misuse; parental_alcohol_misuse|parental_substance_misuse", "not_in_school|", n="2"))
_E[3] = E("Child DV: Child practice review",
          "Child DV, a 16-year-old boy, took his own life in 2024 after months of bullying online. He had been waiting for an autism assessment for two years. Child DV is White Welsh.",
          ["online bullying was treated as a matter of school behaviour", "the long wait for a neurodevelopmental assessment left Child DV without support"],
          ["develop a joint protocol between schools and CAMHS for children who are bullied online", "provide support to families while children wait for an assessment"],
          "Read child practice review (PDF)",
          T("Child DV", CPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "male", "White Welsh",
            "self_harm_suicide; online_harm|self_harm_suicide", "", "|disabled"),
          good=["the school counsellor who kept in touch with Child DV during the holidays"])
_E[4] = E("Baby EV: Child safeguarding practice review",
          "Serious injuries to a 7-week-old baby boy in 2024, including fractures to his ribs. The baby's parents were both 18 and lived with the paternal grandmother. Police had been called to the home twice because of arguments between the parents.",
          ["the young age of the parents was not considered when assessing their need for support", "police call-outs to the home were not shared with the health visitor"],
          ["share every police call-out to a home with a baby under one with the health visitor"],
          "Read practice review (PDF)",
          T("Baby EV", CSPR, "practice_review", "serious_harm", "2024", "7-week-old", "0.13", "under_1", "male", "not_stated",
            "physical_abuse", "domestic_abuse|"))
# --- B: Paged.js with a Contents jump list
_E[5] = E("Child FV: Child safeguarding practice review",
          "Child FV, aged 14, was criminally exploited by a county lines gang in 2024 and was found with a knife and class A drugs in a flat in another county. He had been permanently excluded from school. Child FV is Black British.",
          ["Child FV was treated as an offender rather than as a victim of exploitation", "the exclusion removed the protection that school had given him", "information held by the police in the other county was not shared"],
          ["use the National Referral Mechanism at the first sign of criminal exploitation", "agree a protocol for sharing information across county borders"],
          "Read practice review (PDF)",
          T("Child FV", CSPR, "practice_review", "serious_harm", "2024", "aged 14", "14.00", "11_15", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "not_in_school"))
_E[6] = E("Child GV: Learning review",
          "Death of a 3-year-old girl in 2022 who drowned in a garden pond while her mother was asleep. The mother had been prescribed medication for anxiety and the family had recently moved to the area.",
          ["the supervision of young children near water", "the transfer of health records when families move between areas"],
          ["include water safety in health visitor contacts with families of young children"],
          "Read learning review (PDF)",
          T("Child GV", LR, "unknown|practice_review", "death", "2022", "3-year-old", "3.00", "1_5", "female", "not_stated",
            "neglect|other|neglect; other|", "parental_mental_health"))
_E[7] = E("Children HV and JV: Child safeguarding practice review",
          "Sexual abuse of two sisters, aged 10 and 13, by their stepfather between 2019 and 2023. The older girl told a teacher about the abuse in 2023. The stepfather had a previous conviction for sexual offences against a child.",
          ["the stepfather's conviction was not known to the agencies working with the family", "earlier changes in the girls' behaviour were not explored"],
          ["check the history of new partners who join a household known to children's services", "train school staff to recognise the signs of sexual abuse within the family"],
          "Read practice review (PDF)",
          T("Children HV and JV", CSPR, "practice_review", "serious_harm", "2019|", "*", "*", "*", "female", "not_stated",
            "sexual_abuse", "parental_criminality|", n="2"),
          good=["the teacher who listened to the older girl and made a referral the same day"])
_E[8] = E("Baby KV: Child safeguarding practice review",
          "Sudden unexpected death of a 2-month-old baby boy in 2025 while sleeping on a sofa with his father. Both parents smoked cannabis. Baby KV was subject to a child in need plan.",
          ["safer sleep advice was given to the mother but not to the father", "the risk of cannabis use to safe sleep was not discussed with the parents"],
          ["include fathers in all safer sleep conversations"],
          "Read practice review (PDF)",
          T("Baby KV", CSPR, "practice_review", "death", "2025", "2-month-old", "0.17", "under_1", "male", "not_stated",
            "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse", "child_in_need_plan"))
# --- C: DOCX with Word outline numbering on Heading 1 / Heading 2
_E[9] = E("Child LV: Child safeguarding practice review",
          "Physical abuse of a 5-year-old boy by his mother's partner in 2023. Child LV arrived at school with a black eye and told a teaching assistant that he had been hit. The mother's partner had been violent towards her.",
          ["Child LV's own account was not given enough weight", "domestic abuse of the mother was not linked to the risk to Child LV"],
          ["record what children say in their own words", "train staff on the links between domestic abuse and the abuse of children"],
          "Read practice review (PDF)",
          T("Child LV", CSPR, "practice_review", "serious_harm", "2023", "5-year-old", "5.00", "1_5", "male", "not_stated",
            "physical_abuse", "domestic_abuse"))
_E[10] = E("Child MV: Single unified safeguarding review",
           "Neglect of a 13-year-old girl in 2022 and 2023. Child MV was a young carer for her mother, who had multiple sclerosis and misused alcohol. Child MV is White Welsh.",
           ["young carers were not identified by the school", "adult social care did not consider the needs of the child in the household"],
           ["develop a young carers' assessment that is shared between adult and children's services"],
           "Read the full review",
           T("Child MV", SUSR, "overview", "serious_harm", "2022|", "13-year-old", "13.00", "11_15", "female", "White Welsh",
             "neglect", "parental_alcohol_misuse"))
_E[11] = E("Tyler: Serious case review (executive summary)",
           "Death of a 17-year-old boy in 2018 after he was stabbed near his home. Tyler had been known to youth offending services and had been looked after by the local authority since he was 15.",
           ["the risks Tyler faced outside the home were not assessed", "the move to a placement out of the area cut him off from his family"],
           ["develop a contextual safeguarding approach", "review the use of placements outside the local authority area"],
           "Read executive summary (PDF)",
           T("Tyler", SCR, "executive_summary", "death", "2018", "17-year-old", "17.00", "16_17", "male", "not_stated",
             "extra_familial_harm|physical_abuse; extra_familial_harm|physical_abuse", "", "looked_after"))
_E[12] = E("Child NV: Case management review",
           "Serious injuries to a 9-month-old baby girl in 2021, who was found to have a fractured skull and older fractures. Her parents gave no explanation for the injuries.",
           ["older injuries were not looked for when the baby first came to hospital", "the parents' accounts were not checked against each other"],
           [], "Read case management review summary (PDF)",
           T("Child NV", CMR, "unknown|executive_summary", "serious_harm", "2021", "9-month-old", "0.75", "under_1", "female", "not_stated",
             "physical_abuse|physical_abuse; non_accidental_head_injury"),
           norec="Makes no recommendations as the learning has been included in the regional child protection procedures.")
# --- D: Outlook plain text, 76 columns, soft breaks removed badly
_E[13] = E("Child PV: Child safeguarding practice review",
           "Child PV, a 15-year-old girl, was sexually exploited by a group of men in 2023 after she began going missing from home. Child PV had been adopted when she was 3 and her adoptive parents had asked children's services for help several times.",
           ["requests for help from adoptive parents were not treated as safeguarding concerns", "missing episodes were not seen as a sign of exploitation", "the men who exploited Child PV were not disrupted"],
           ["provide post-adoption support that includes help with risks outside the home", "hold a multi-agency meeting after a child's third missing episode"],
           "Read practice review (PDF)",
           T("Child PV", CSPR, "practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "female", "not_stated",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm"))
_E[14] = E("Baby RV: Serious case review",
           "Death of a 5-week-old baby girl in 2017 from malnutrition and dehydration. Her mother, who was 22, had a learning disability and had concealed her pregnancy.",
           ["a concealed pregnancy was not seen as a risk after the birth", "the mother's learning disability was not known to maternity services"],
           ["ensure that a pre-discharge meeting is held for every baby born after a concealed pregnancy"],
           "Read overview report (PDF)",
           T("Baby RV", SCR, "overview", "death", "2017", "5-week-old", "0.10", "under_1", "female", "not_stated",
             "neglect", "parental_learning_disability"))
_E[15] = E("Children SV, TV and UV: Child safeguarding practice review",
           "Emotional abuse and neglect of three siblings aged 2, 8 and 12 in 2024. The family lived in temporary accommodation and had moved five times in two years. Their father was controlling and violent towards their mother.",
           ["the impact of frequent moves on the children was not understood", "professionals did not see the father's coercive control"],
           ["share information about families in temporary accommodation between housing and children's services", "train practitioners to recognise coercive control"],
           "Read practice review (PDF)",
           T("Children SV, TV and UV", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "not_stated", "not_stated",
             "emotional_abuse; neglect", "domestic_abuse", n="3"),
           good=["the housing officer who raised concerns about the children's living conditions"])
# --- E: markdown with reference-style links and pipe tables
_E[16] = E("Child WV: Child safeguarding practice review",
           "Child WV, an 11-year-old boy with cerebral palsy, died in 2024 from a chest infection after his parents stopped taking him to hospital appointments. Child WV was home educated.",
           ["was not brought to appointments", "the home education team did not see Child WV"],
           ["develop guidance on children with complex health needs who are not brought to appointments", "ensure the home education team sees every child at least once a year"],
           "Read practice review (PDF)",
           T("Child WV", CSPR, "practice_review", "death", "2024", "11-year-old", "11.00", "11_15", "male", "not_stated",
             "neglect", "", "disabled; not_in_school|disabled"))
_E[17] = E("Child XV: Learning review",
           "Child XV, aged 12, was sexually abused by a 19-year-old man she met on a gaming platform in 2023. Child XV lived with her father.",
           ["online grooming through gaming platforms", "support for single fathers to talk about online safety"],
           ["provide online safety information for parents through schools"],
           "Read learning review (PDF)",
           T("Child XV", LR, "unknown|practice_review", "serious_harm", "2023", "aged 12", "12.00", "11_15", "female", "not_stated",
             "sexual_abuse; online_harm|sexual_abuse; online_harm; extra_familial_harm|online_harm; extra_familial_harm|online_harm"))
_E[18] = E("Baby YV: Child safeguarding practice review",
           "Serious injury to a 10-week-old baby boy in 2024 who was shaken by his father. The father had a history of anger problems and had used steroids. Baby YV is of Romanian heritage.",
           ["the father's history was not asked about by health professionals", "coping with crying advice was given to the mother only"],
           ["give advice on coping with a crying baby to both parents"],
           "Read practice review (PDF)",
           T("Baby YV", CSPR, "practice_review", "serious_harm", "2024", "10-week-old", "0.19", "under_1", "male",
             "Romanian|Romanian heritage", "physical_abuse; non_accidental_head_injury|non_accidental_head_injury",
             "parental_substance_misuse|"))
_E[19] = E("Child ZV: Child practice review",
           "Neglect of a 6-year-old girl in 2023 whose mother misused alcohol. Child ZV was often late for school and came to school hungry.",
           ["signs of neglect seen by the school were not shared", "the mother's drinking was not explored"],
           [], "Read child practice review (PDF)",
           T("Child ZV", CPR, "practice_review", "serious_harm", "2023", "6-year-old", "6.00", "6_10", "female", "not_stated",
             "neglect", "parental_alcohol_misuse"),
           norec="Makes no recommendations as the learning is being taken forward by the regional safeguarding board.")
# --- F: pdf-lib cards, two per page, one continued overleaf
_E[20] = E("Child QV: Child safeguarding practice review",
           "Child QV, a 17-year-old girl, was seriously assaulted in 2024 by her boyfriend, who was 20. She had been abused in the relationship for a year and was pregnant.",
           ["abuse in teenage relationships was not recognised as domestic abuse", "the midwife did not ask Child QV about abuse when she was alone"],
           ["ensure that pregnant teenagers are routinely asked about abuse", "make the local domestic abuse service available to young people under 18"],
           "Read practice review (PDF)",
           T("Child QV", CSPR, "practice_review", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "female", "not_stated",
             "physical_abuse; extra_familial_harm|physical_abuse", "domestic_abuse|"))
_E[21] = E("Baby OV: Child safeguarding practice review",
           "Death of a 6-month-old baby boy in 2023 who was found face down in a cot full of pillows and soft toys. His mother had been drinking and had fallen asleep. Baby OV is of Pakistani heritage.",
           ["safer sleep advice was not repeated as the baby grew older", "the mother's drinking was known to her GP but not to the health visitor"],
           ["repeat safer sleep advice at every health visitor contact in the first year", "share information about parental drinking between GPs and health visitors"],
           "Read practice review (PDF)",
           T("Baby OV", CSPR, "practice_review", "death", "2023", "6-month-old", "0.50", "under_1", "male", "Pakistani|Pakistani heritage",
             "sudden_unexpected_infant_death", "parental_alcohol_misuse|"),
           good=["the family support worker who helped the mother to register with a GP"])
_E[22] = E("Mia: Serious case review",
           "Emotional abuse of an 8-year-old girl by her adoptive mother between 2014 and 2016. Mia was kept apart from the rest of the family, made to sleep in a cupboard and denied food as a punishment.",
           ["adoptive families can be reluctant to ask for help", "Mia's weight loss was not followed up by her GP", "Mia was not seen alone by any professional"],
           ["review the post-adoption support offer", "ensure that children are seen alone during health and social care assessments"],
           "Read overview report (PDF)",
           T("Mia", SCR, "overview", "serious_harm", "2014|", "8-year-old", "8.00", "6_10", "female", "not_stated",
             "emotional_abuse|emotional_abuse; neglect|emotional_abuse; physical_abuse|emotional_abuse; neglect; physical_abuse"))

B30["b30-writer-pdfua-table-2025-04.pdf"] = dict(month="2025-04", heading="New case reviews: April 2025",
    intro="Four case reviews were added to the national case review repository in April 2025. Each row of the table below gives a review, what happened and the learning and recommendations it sets out. All of the children, families and places below are invented for testing.",
    entries=[_E[2], _E[3], _E[1], _E[4]])
B30["b30-pagedjs-contents-2025-12.pdf"] = dict(month="2025-12", heading="Case reviews update – December 2025",
    intro="This update lists the case reviews added to the national case review repository in December 2025. All of the children, families and places in it are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B30["b30-docx-outline-2025-06.docx"] = dict(month="2025-06", heading="NSPCC Repository – June 2025",
    intro="In June 2025 four case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B30["b30-outlook-wrapped-2025-02.txt"] = dict(month="2025-02", heading="NSPCC Repository – February 2025",
    intro="In February 2025 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[13], _E[14], _E[15]])
B30["b30-markdown-reftables-2025-09.md"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Summaries of the case reviews added to the national case review repository in September 2025. Every child, family and place in this file is invented for testing.",
    entries=[_E[16], _E[17], _E[18], _E[19]])
B30["b30-pdflib-cards-overleaf-2025-07.pdf"] = dict(month="2025-07", heading="Case review briefing cards – July 2025",
    intro="Three case reviews published in July 2025, one card each. All of the children, families and places on these cards are invented for testing.",
    entries=[_E[20], _E[21], _E[22]])
