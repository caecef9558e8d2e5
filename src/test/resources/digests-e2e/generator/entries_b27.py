# Batch b27 (issue 9, session 16; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Seven digests in producers and layouts not in b1-b26: a PDFBox 3 program drawing a form-like
# digest (labels in a narrow left column, content on the right); Chromium landscape A4 with three reviews side by side; a
# flat ODT (.fodt) converted by LibreOffice Writer with numbered entries ('1.' + bold title + run-in summary in one
# paragraph); a web page printed by Chromium WITH the browser's header/footer, a cookie banner, site navigation and
# breadcrumbs; a Google-Docs-style HTML export (class-styled spans, no heading tags, google.com/url redirect links); pdflatex
# with a PDF outline entry per review and titles in body type (no visible heading style); a page written with `mutool create`
# (hand-written content stream, titles white on dark banners). All entries are NEW summaries in the phrasing of NSPCC case
# review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B27 = {}
_LR = ("Learning", "Recommendations", "Good practice")

_E = {}
_E[1] = E("Child AY: Child safeguarding practice review",
          "Serious injury to a 7-month-old baby boy in 2024. Child AY was found to have a fractured skull and rib fractures after his mother's partner had been caring for him. The partner had previous convictions for violence. Child AY is White British.",
          ["the partner was not seen as a carer by any agency", "the fractures were not explained before Child AY went home from hospital"],
          ["ask who else cares for a baby at every health visitor contact"],
          "Read practice review (PDF)",
          T("Child AY", CSPR, "practice_review", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "male", "White British",
            "physical_abuse; non_accidental_head_injury|physical_abuse", "parental_criminality"), lab=_LR)
_E[2] = E("Child BY: Serious case review",
          "Neglect of a 6-year-old girl between 2016 and 2019. Child BY was often hungry at school and had untreated tooth decay. Her parents misused drugs. Child BY is White British.",
          ["the school's concerns were recorded but not referred", "dental neglect was not recognised as a sign of wider neglect", "the parents' drug use was assessed without thinking about Child BY"],
          ["add dental health to the neglect screening tool", "train school staff on when hunger is a safeguarding concern"],
          "Read overview report (PDF)",
          T("Child BY", SCR, "overview", "serious_harm", "2016|2019|", "6-year-old", "6.00", "6_10", "female", "White British",
            "neglect", "parental_substance_misuse"), lab=_LR)
_E[3] = E("Child CY: Child safeguarding practice review",
          "Child CY, a 15-year-old boy, was seriously harmed in 2024 when he was stabbed in a park. He had been excluded from school and was criminally exploited by a county lines gang. Child CY is Black British.",
          ["the exclusion removed the only adults Child CY trusted", "police intelligence about the gang was not shared with the school"],
          ["hold a multi-agency meeting before any child known to be exploited is excluded"],
          "Read practice review (PDF)",
          T("Child CY", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse",
            "", "not_in_school"), lab=_LR, good=["the youth worker who stayed in contact with Child CY after his exclusion"])
_E[4] = E("Baby DY: Child safeguarding practice review",
          "Death of a 4-month-old baby girl in 2023 while sleeping on a sofa with her father, who had been drinking alcohol. The family lived in overcrowded housing. Baby DY is of Bangladeshi heritage.",
          ["safer sleep advice did not cover falling asleep on a sofa", "the housing officer did not share the family's overcrowding with health services"],
          ["include sofa sleeping in all safer sleep advice", "tell health visitors when a family with a baby is living in overcrowded housing"],
          "Read practice review (PDF)",
          T("Baby DY", CSPR, "practice_review", "death", "2023", "4-month-old", "0.33", "under_1", "female", "Bangladeshi|Bangladeshi heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"))
_E[5] = E("Child EY: Child safeguarding practice review",
          "Sexual abuse of a 13-year-old girl by her stepfather between 2020 and 2023. Child EY told a teacher about the abuse after a lesson on healthy relationships. Her mother had a learning disability. Child EY is White British.",
          ["earlier changes in Child EY's behaviour were not explored", "the mother was not given information in a way she could understand"],
          ["use easy read materials with parents who have a learning disability"],
          "Read practice review (PDF)",
          T("Child EY", CSPR, "practice_review", "serious_harm", "2020|2023|", "13-year-old", "13.00", "11_15", "female", "White British",
            "sexual_abuse", "parental_learning_disability"), good=["the teacher who listened to Child EY and reported the same day"])
_E[6] = E("Children FY and GY: Serious case review",
          "Emotional abuse and neglect of twin boys aged 9, identified in 2018. The boys were kept at home and not allowed to attend school. Their father was controlling and violent towards their mother. The children are of Polish heritage.",
          ["elective home education was accepted without a visit", "the mother's fear of the father was not recognised"],
          ["see every child within four weeks of a parent choosing home education", "ask about domestic abuse when a child is taken out of school"],
          "Read executive summary (PDF)",
          T("Children FY and GY", SCR, "executive_summary", "serious_harm", "2018", "*", "*", "*", "male", "Polish|Polish heritage",
            "emotional_abuse; neglect", "domestic_abuse", "not_in_school|", n="2"))
_E[7] = E("Child HY: Child safeguarding practice review",
          "Death of a 17-year-old girl in 2024 who took her own life. Child HY was a care leaver living in supported accommodation and had a history of self-harm. Child HY is of mixed White and Asian heritage.",
          ["the move to supported accommodation happened before Child HY was ready", "her self-harm was managed by each agency alone"],
          ["agree a plan for every care leaver with a history of self-harm before they move", "give personal advisers training on suicide risk"],
          "Read practice review (PDF)",
          T("Child HY", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female",
            "mixed White and Asian|mixed White and Asian heritage|White and Asian|Mixed White and Asian",
            "self_harm_suicide", "", "looked_after|"))
_E[8] = E("Child JY: Child safeguarding practice review",
          "Physical abuse of a 3-year-old boy in 2023 who was found with bruising and a cigarette burn. Child JY was subject to a child protection plan under the category of neglect. His mother had mental health problems. Child JY is White British.",
          ["core group meetings focused on the home conditions and not on Child JY", "the nursery's concerns were not raised at the child protection conference"],
          ["review the plan whenever a child on a plan has an unexplained injury"],
          "Read practice review (PDF)",
          T("Child JY", CSPR, "practice_review", "serious_harm", "2023", "3-year-old", "3.00", "1_5", "male", "White British",
            "physical_abuse|physical_abuse; neglect", "parental_mental_health", "child_protection_plan"))
_E[9] = E("Child KY: Child safeguarding practice review",
          "Online sexual abuse of a 14-year-old girl in 2025 by a man she met on social media, who persuaded her to meet him. Child KY is deaf and has an education, health and care plan. Child KY is White British.",
          ["online safety lessons were not adapted for deaf pupils", "Child KY's mother did not know how to report the man"],
          [], "Read practice review (PDF)",
          T("Child KY", CSPR, "practice_review", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "female", "White British",
            "online_harm; sexual_abuse|online_harm|online_harm; sexual_abuse; extra_familial_harm|online_harm; extra_familial_harm|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation",
            "", "disabled; ehcp|ehcp"),
          norec="Makes no recommendations as the learning has been included in the partnership's online safety plan.")
_E[10] = E("Child LY: Serious case review",
           "Death of a 2-year-old girl in 2017 from a head injury caused by her mother's boyfriend. Her mother had been a victim of domestic abuse in previous relationships. Child LY is White British.",
           ["the boyfriend's history was not checked when he moved in", "Child LY's injuries were accepted as accidents"],
           ["use the domestic violence disclosure scheme when a new partner joins a family known to services"],
           "Read overview report (PDF)",
           T("Child LY", SCR, "overview", "death", "2017", "2-year-old", "2.00", "1_5", "female", "White British",
             "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse", "domestic_abuse"))
_E[11] = E("Child MY: Child safeguarding practice review",
           "Child MY, a 12-year-old boy in foster care, was sexually abused by an older boy in the same placement in 2024. Child MY had been placed with foster carers after neglect at home. Child MY is White British.",
           ["the risk from the older boy was known but not shared with the foster carers", "Child MY was not asked about his placement on his own"],
           ["share all known risks with foster carers before a second child is placed", "see every looked after child alone at each visit"],
           "Read practice review (PDF)",
           T("Child MY", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "White British",
             "sexual_abuse|sexual_abuse; neglect", "", "foster_care; looked_after|foster_care"))
_E[12] = E("Baby NY: Child safeguarding practice review",
           "Serious harm to an 11-week-old baby boy in 2024 who was shaken by his father. His parents were young and lived with his grandmother. Baby NY is of Romanian heritage.",
           ["the father's anger when the baby cried was noticed but not recorded", "the grandmother was not asked about the care of the baby"],
           ["talk to every adult in the household about coping with crying"],
           "Read practice review (PDF)",
           T("Baby NY", CSPR, "practice_review", "serious_harm", "2024", "11-week-old", "0.21", "under_1", "male", "Romanian|Romanian heritage",
             "physical_abuse; non_accidental_head_injury|non_accidental_head_injury"))
_E[13] = E("Child PY: Child safeguarding practice review",
           "Neglect of a 10-year-old boy with cerebral palsy in 2023. Child PY lost weight and missed hospital appointments, and his mother was struggling with depression. Child PY is of Black African heritage.",
           ["missed hospital appointments were not followed up", "the mother's depression was not linked to the care of Child PY"],
           ["follow up every disabled child who is not brought to a hospital appointment", "offer a carer's assessment to parents of disabled children"],
           "Read practice review (PDF)",
           T("Child PY", CSPR, "practice_review", "serious_harm", "2023", "10-year-old", "10.00", "6_10", "male", "Black African|Black African heritage",
             "neglect", "parental_mental_health", "disabled"))
_E[14] = E("Young people exploited through county lines: thematic child safeguarding practice review",
           "Review of six young people aged 14 to 17 who were criminally exploited between 2021 and 2024. Five of them had been excluded from school. Ethnicity or nationality not stated.",
           ["exclusion from school increased the risk of exploitation", "the young people were treated as offenders rather than victims"],
           ["create a multi-agency exploitation panel", "review every exclusion of a child known to be at risk of exploitation"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "not_stated", "not_stated",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "not_in_school|", thematic="true", n="6"),
           good=["the sports club that offered the young people a safe place"])
_E[15] = E("Child RY: Serious case review",
           "Female genital mutilation of a 7-year-old girl in 2016 during a family visit abroad. The mutilation was found by a GP during a routine appointment. Child RY is of Somali heritage.",
           ["the risk before the family's trip was not discussed", "the school was not told about the GP's findings"],
           ["train GPs and practice nurses on the FGM mandatory reporting duty"],
           "Read overview report (PDF)",
           T("Child RY", SCR, "overview", "serious_harm", "2016", "7-year-old", "7.00", "6_10", "female", "Somali|Somali heritage",
             "fgm_honour_based_abuse"))
_E[16] = E("Child SY: Child safeguarding practice review",
           "Serious harm to a 16-year-old boy in 2024 after he was assaulted by his father. Child SY had told his school that his father hit him when he drank. Child SY is White British.",
           ["the school's referral was closed after a phone call to the father", "Child SY's age meant his account was seen as less urgent"],
           ["speak to the child before closing any referral about physical abuse"],
           "Read practice review (PDF)",
           T("Child SY", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "White British",
             "physical_abuse", "parental_alcohol_misuse"))
_E[17] = E("Child TY: Child safeguarding practice review",
           "Death of a 9-month-old baby girl in 2024 who drowned in the bath. Her mother had left her alone in the bath to answer the door. Child TY is of Pakistani heritage.",
           ["bath safety advice was not given in the family's first language", "the health visitor had not seen the family since the new birth visit"],
           ["give bath safety advice at the 9-month review", "use interpreters for every health visitor contact where it is needed"],
           "Read practice review (PDF)",
           T("Child TY", CSPR, "practice_review", "death", "2024", "9-month-old", "0.75", "under_1", "female", "Pakistani|Pakistani heritage",
             "neglect|neglect; other|other"))
_E[18] = E("Child VY: Serious case review",
           "Child VY, a 15-year-old girl, was assaulted by members of her family in 2019 after she refused a marriage they had arranged for her. Child VY is of Pakistani heritage.",
           ["the forced marriage unit was not contacted", "Child VY was interviewed with a family member present"],
           ["never use family members as interpreters when forced marriage is suspected"],
           "Read overview report (PDF)",
           T("Child VY", SCR, "overview", "serious_harm", "2019", "15-year-old", "15.00", "11_15", "female", "Pakistani|Pakistani heritage",
             "fgm_honour_based_abuse; physical_abuse|fgm_honour_based_abuse|physical_abuse"))
_E[19] = E("Child WY: Child safeguarding practice review",
           "Sexual exploitation of a 13-year-old boy in 2023 by adults who gave him drugs and money. Child WY was living in a children's home at the time. Child WY is White British.",
           ["boys were not seen as at risk of sexual exploitation", "children's home staff did not know who to tell about the adults"],
           ["include boys in all child sexual exploitation training"],
           "Read practice review (PDF)",
           T("Child WY", CSPR, "practice_review", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "male", "White British",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm",
             "", "looked_after"))
_E[20] = E("Baby ZY: Child safeguarding practice review",
           "Death of a 5-week-old baby boy in 2025 from a head injury. His father was later convicted of his murder. Baby ZY is White British.",
           ["the father's own experience of abuse in childhood was not known", "the parents were not given advice on coping with crying"],
           ["give coping with crying advice to both parents before they leave hospital"],
           "Read practice review (PDF)",
           T("Baby ZY", CSPR, "practice_review", "death", "2025", "5-week-old", "0.10", "under_1", "male", "White British",
             "non_accidental_head_injury|physical_abuse; non_accidental_head_injury", "|parental_criminality"))

B27["b27-pdfbox-form-2025-05.pdf"] = dict(month="2025-05", heading="Case reviews published in May 2025",
    intro="Summaries of case reviews added to the national case review repository in May 2025. All of the children, families and places below are invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B27["b27-chromium-landscape3-2025-08.pdf"] = dict(month="2025-08", heading="NSPCC Learning: new case reviews, August 2025",
    intro="Three case reviews published this month. Every child, family and place on this page is invented for testing.",
    entries=[_E[4], _E[5], _E[6]])
B27["b27-fodt-numbered-2024-11.pdf"] = dict(month="2024-11", heading="Case review digest – November 2024",
    intro="The following case reviews were published in November 2024. All of the children, families and places below are invented for testing.",
    entries=[_E[7], _E[8], _E[9]])
B27["b27-chromium-webprint-2026-01.pdf"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Read summaries of the latest case reviews added to the national case review repository. All of the children, families and places on this page are invented for testing.",
    entries=[_E[10], _E[11], _E[12]])
B27["b27-gdocs-export-2025-06.html"] = dict(month="2025-06", heading="Case reviews update – June 2025",
    intro="New case reviews in the repository this month. Every child, family and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15]])
B27["b27-pdflatex-outline-2024-09.pdf"] = dict(month="2024-09", heading="NSPCC Repository – September 2024",
    intro="In September 2024 three case reviews were published. All of the children, families and places below are invented for testing.",
    entries=[_E[16], _E[17], _E[18]])
B27["b27-mutool-banners-2025-02.pdf"] = dict(month="2025-02", heading="Case review summaries: February 2025",
    intro="Two case reviews were added to the repository in February 2025. All of the children, families and places below are invented for testing.",
    entries=[_E[19], _E[20]])
