# Batch b31 (issue 9, session 19; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Five PDF digests in producers and layouts the repository's digests have not seen: a pdflatex
# digest with an optional-content layer 'Editor notes' switched off (ocgx2; its words must appear in no output); a PDFBox 3
# program laying out an InDesign-like newsletter whose story runs through threaded frames (two columns, then the next page)
# beside an 'In this issue' sidebar; a Chromium print of an accessible HTML page whose reviews are open <details> with the
# learning and the recommendations side by side in two columns; hand-written PostScript distilled by Ghostscript ps2pdf with
# page-foot footnotes holding the URLs and a printed 'Index of reviews' at the end; and a LaTeX beamer handout imposed two
# slides to a page (pgfpages). All 18 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the
# conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child,
# family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B31 = {}
LR = "learning_review"; CPR = "child_practice_review"
_E = {}
# --- A: pdflatex with a hidden optional-content layer 'Editor notes'
_E[1] = E("Child AW: Child safeguarding practice review",
          "Death of a 3-month-old baby boy in 2024 from a non-accidental head injury. Child AW's mother was 19 and had been in care herself. Her partner had a history of violence. Child AW is White British.",
          ["the mother's own experience of care was not considered in the pre-birth assessment", "the partner's history of violence was not checked", "advice on coping with crying was not given to the partner"],
          ["complete a pre-birth assessment for every care leaver who is pregnant", "give advice on coping with crying to every adult caring for a baby"],
          "Read practice review (PDF)",
          T("Child AW", CSPR, "practice_review", "death", "2024", "3-month-old", "0.25", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "|domestic_abuse|parental_criminality"))
_E[2] = E("Child BW: Child safeguarding practice review",
          "Neglect of a 10-year-old boy in 2023. Child BW was regularly absent from school and was found living in a home without heating or food. His father misused alcohol.",
          ["absence from school was not seen as a sign of neglect", "professionals accepted the father's explanations without checking"],
          ["follow up every child who is persistently absent from school with a home visit"],
          "Read practice review (PDF)",
          T("Child BW", CSPR, "practice_review", "serious_harm", "2023", "10-year-old", "10.00", "6_10", "male", "not_stated",
            "neglect", "parental_alcohol_misuse", "not_in_school|"),
          good=["the school attendance officer who kept visiting the home"])
_E[3] = E("Child CW: Learning review",
          "Child CW, a 14-year-old girl, was sexually exploited by older men in 2023. She had gone missing from home on several occasions. Child CW is of mixed White and Asian heritage.",
          ["missing episodes were not linked to exploitation", "Child CW was seen as making her own choices"],
          ["use return home interviews to look for signs of exploitation", "train practitioners to avoid language that blames children"],
          "Read learning review (PDF)",
          T("Child CW", LR, "unknown|practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "female",
            "mixed White and Asian|mixed White and Asian heritage|White and Asian",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm"))
_E[4] = E("Baby DW: Child safeguarding practice review",
          "Sudden unexpected death of a 9-week-old baby girl in 2025 while sleeping in an adult bed with her parents. Both parents had been drinking alcohol. Baby DW is White Irish.",
          ["safer sleep advice did not cover the risk of alcohol", "the family did not have a cot for the baby"],
          [], "Read practice review (PDF)",
          T("Baby DW", CSPR, "practice_review", "death", "2025", "9-week-old", "0.17", "under_1", "female", "White Irish",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse"),
          norec="Makes no recommendations but supports the partnership's safer sleep campaign.")
# --- B: PDFBox threaded frames with an 'In this issue' sidebar
_E[5] = E("Child EW: Child safeguarding practice review",
          "Physical abuse of a 2-year-old girl by her mother's partner in 2024. Child EW was taken to hospital with bruising to her face and a broken arm. Her mother had depression.",
          ["bruising to a young child was not referred for a child protection medical", "the partner was not seen as part of the household", "the mother's depression was not shared with the health visitor"],
          ["ask about every adult in the household at each contact", "refer all unexplained injuries in children under two for a medical"],
          "Read practice review (PDF)",
          T("Child EW", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "female", "not_stated",
            "physical_abuse", "parental_mental_health"))
_E[6] = E("Child FW: Child practice review",
          "Child FW, a 15-year-old boy, took his own life in 2023. He had self-harmed for a year and had been waiting for a CAMHS appointment. Child FW is White Welsh.",
          ["the risk of suicide was not reassessed while Child FW waited for CAMHS", "the school did not know about his self-harm"],
          ["share risk assessments between CAMHS and schools", "review children who are waiting for CAMHS every month"],
          "Read child practice review (PDF)",
          T("Child FW", CPR, "practice_review", "death", "2023", "15-year-old", "15.00", "11_15", "male", "White Welsh",
            "self_harm_suicide"))
_E[7] = E("Children GW and HW: Serious case review",
          "Neglect of two brothers, aged 4 and 6, between 2017 and 2019. The children were often dirty and hungry and their home was full of rubbish. Both parents misused drugs.",
          ["the state of the home was not seen as a sign of neglect", "the children's own experience was not recorded"],
          ["use the graded care profile in every neglect case"],
          "Read overview report (PDF)",
          T("Children GW and HW", SCR, "overview", "serious_harm", "2017|", "*", "*", "*", "male", "not_stated",
            "neglect", "parental_substance_misuse", n="2"))
_E[8] = E("Baby JW: Child safeguarding practice review",
          "Serious injuries to a 5-month-old baby boy in 2024, including a skull fracture. Police had been called to the home because of domestic abuse. Baby JW is of Polish heritage.",
          ["domestic abuse incidents were not shared with the health visitor", "an interpreter was not used when the mother was asked about abuse"],
          ["use a professional interpreter whenever a parent is asked about domestic abuse", "share every domestic abuse incident in a home with a baby with health services"],
          "Read practice review (PDF)",
          T("Baby JW", CSPR, "practice_review", "serious_harm", "2024", "5-month-old", "0.42", "under_1", "male", "Polish|Polish heritage",
            "physical_abuse|physical_abuse; non_accidental_head_injury|non_accidental_head_injury", "domestic_abuse"),
          good=["the emergency department nurse who made an immediate referral"])
# --- C: Chromium print of an accessible HTML page, open <details>, learning and recommendations side by side
_E[9] = E("Child KW: Child safeguarding practice review",
          "Child KW, a 16-year-old boy, was seriously injured in 2024 when he was stabbed by another young person. He had been criminally exploited and was not attending school. Child KW is Black Caribbean.",
          ["Child KW was not seen as a victim of criminal exploitation", "his absence from school was not followed up", "the police and children's social care did not share intelligence"],
          ["refer every child at risk of criminal exploitation to the National Referral Mechanism", "hold a multi-agency meeting when a child known to youth justice stops attending school"],
          "Read practice review (PDF)",
          T("Child KW", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "Black Caribbean",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse",
            "", "not_in_school"))
_E[10] = E("Child LW: Serious case review",
           "Sexual abuse of an 8-year-old girl by her uncle between 2015 and 2018. Child LW told her mother about the abuse in 2018. Child LW is of Indian heritage.",
           ["Child LW's changes in behaviour were not explored", "cultural barriers to telling someone about abuse were not understood"],
           ["train practitioners on the barriers to disclosure in different communities"],
           "Read overview report (PDF)",
           T("Child LW", SCR, "overview", "serious_harm", "2015|", "8-year-old", "8.00", "6_10", "female", "Indian|Indian heritage",
             "sexual_abuse"))
_E[11] = E("Baby MW: Child safeguarding practice review",
           "Death of a 6-week-old baby girl in 2024 from dehydration. Her mother, who was 17, had concealed her pregnancy and was living with her own parents.",
           ["a concealed pregnancy was not seen as a risk to the baby", "the mother's age and needs were not assessed after the birth"],
           ["hold a discharge planning meeting for every baby born after a concealed pregnancy", "offer support to young parents who live with their own families"],
           "Read practice review (PDF)",
           T("Baby MW", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "female", "not_stated",
             "neglect"))
_E[12] = E("Child NW: Child safeguarding practice review",
           "Emotional abuse of a 12-year-old boy in 2023 whose parents were in a long and bitter dispute after they separated. Child NW had begun to self-harm.",
           ["the impact of parental conflict on Child NW was not understood", "Child NW's wishes were not heard in court proceedings"],
           ["train practitioners to recognise the harm caused by parental conflict", "make sure the child's voice is heard in every private law case"],
           "Read practice review (PDF)",
           T("Child NW", CSPR, "practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "male", "not_stated",
             "emotional_abuse|emotional_abuse; self_harm_suicide"),
           good=["the school nurse who helped Child NW to talk about his feelings"])
# --- D: hand-written PostScript via ps2pdf, page-foot footnotes with the URLs, a printed index of reviews
_E[13] = E("Child PW: Child safeguarding practice review",
           "Neglect of a 3-year-old boy with Down's syndrome in 2023. Child PW missed many health appointments and lost weight. His mother had a learning disability.",
           ["missed appointments for a disabled child were not followed up", "information was not given to the mother in a way she could understand"],
           ["follow up every disabled child who is not brought to an appointment", "provide easy-read information for parents with a learning disability"],
           "Read practice review (PDF)",
           T("Child PW", CSPR, "practice_review", "serious_harm", "2023", "3-year-old", "3.00", "1_5", "male", "not_stated",
             "neglect", "parental_learning_disability", "disabled"))
_E[14] = E("Child RW: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2024 who was killed by her former boyfriend, who was 21. She had told the police that he had threatened her. Child RW is White British.",
           ["the risk posed by the former boyfriend was not assessed", "abuse in teenage relationships was not treated as domestic abuse"],
           ["use a domestic abuse risk assessment for young people aged 16 and 17"],
           "Read practice review (PDF)",
           T("Child RW", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female", "White British",
             "physical_abuse; extra_familial_harm|physical_abuse|extra_familial_harm", "domestic_abuse|"))
_E[15] = E("Child SW: Learning review",
           "Child SW, aged 13, was groomed online by an adult who persuaded her to send sexual images in 2024. Child SW lived with foster carers.",
           ["foster carers were not given advice about online safety", "the report to the police was not followed up"],
           ["give online safety training to every foster carer"],
           "Read learning review (PDF)",
           T("Child SW", LR, "unknown|practice_review", "serious_harm", "2024", "aged 13", "13.00", "11_15", "female", "not_stated",
             "online_harm; sexual_abuse|online_harm; sexual_abuse; extra_familial_harm|online_harm; child_sexual_exploitation|online_harm",
             "", "foster_care; looked_after|foster_care"))
# --- E: beamer handout, two slides a page
_E[16] = E("Child TW: Child safeguarding practice review",
           "Physical abuse of a 7-year-old boy by his father in 2023. Child TW told a teacher that his father had hit him with a belt. Child TW is Black African.",
           ["physical chastisement was accepted as a cultural norm", "Child TW was not spoken to alone"],
           ["speak to every child alone during a child protection enquiry", "train staff that physical punishment is harmful whatever the family's culture"],
           "Read practice review (PDF)",
           T("Child TW", CSPR, "practice_review", "serious_harm", "2023", "7-year-old", "7.00", "6_10", "male", "Black African",
             "physical_abuse"))
_E[17] = E("Baby UW: Child safeguarding practice review",
           "Death of a 4-month-old baby boy in 2024 who was found unresponsive on a sofa where he had been sleeping with his mother. She had used cannabis. Baby UW was subject to a child protection plan.",
           ["safer sleep advice was not repeated as the baby grew older", "the child protection plan did not address sleeping arrangements"],
           ["include safer sleep in every child protection plan for a baby"],
           "Read practice review (PDF)",
           T("Baby UW", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "male", "not_stated",
             "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse", "child_protection_plan"))
_E[18] = E("Child VW: Child practice review",
           "Neglect of a 9-year-old girl in 2022 whose mother had severe depression. Child VW was caring for her mother and younger brother.",
           ["young carers were not identified", "adult mental health services did not think about the children"],
           [], "Read child practice review (PDF)",
           T("Child VW", CPR, "practice_review", "serious_harm", "2022", "9-year-old", "9.00", "6_10", "female", "not_stated",
             "neglect", "parental_mental_health"),
           norec="Makes no recommendations as the learning is being taken forward by the regional safeguarding board.")

B31["b31-pdflatex-hidden-layer-2025-05.pdf"] = dict(month="2025-05", heading="NSPCC Repository – May 2025",
    intro="In May 2025 four case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B31["b31-pdfbox-threaded-frames-2025-10.pdf"] = dict(month="2025-10", heading="Case review learning – October 2025",
    intro="Four case reviews were added to the national case review repository in October 2025. All of the children, families and places in this newsletter are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B31["b31-chromium-details-sidebyside-2025-08.pdf"] = dict(month="2025-08", heading="Case reviews published in August 2025",
    intro="Summaries of the case reviews added to the national case review repository in August 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B31["b31-postscript-footnotes-index-2025-03.pdf"] = dict(month="2025-03", heading="NSPCC Repository – March 2025",
    intro="In March 2025 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[13], _E[14], _E[15]])
B31["b31-beamer-handout-2025-11.pdf"] = dict(month="2025-11", heading="Case reviews briefing – November 2025",
    intro="Three case reviews published in November 2025. All of the children, families and places in these slides are invented for testing.",
    entries=[_E[16], _E[17], _E[18]])
EDITOR_NOTES = ["EDITOR NOTE: check the wording of this summary with the Quillmoor partnership before it goes out",
                "EDITOR NOTE: hold this review until the embargo lifts on Thursday",
                "EDITOR NOTE: swap the Farthingdale link for the final version",
                "EDITOR NOTE: ask the Brackenhurst panel whether a recommendation was agreed"]
