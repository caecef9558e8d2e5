# Batch b21 (issue 9, session 11; invented for testing; truth written and committed before the inputs were rendered or run).
# Eight digests in producers and layouts not in b1-b20: a LibreOffice Writer PDF with each review in a bordered text frame,
# a pdflatex digest with two-level numbering (1.1 title) and the labels as description-list items, a Chromium print of a
# page of cards in a three-column grid, a Chromium print where each review is a table whose labels are header cells on
# the left, a DOCX with review titles as Heading 2 under month Heading 1s, HTML with a definition list per review,
# markdown with a table per review for the labels, and plain text with titles underlined with '=' and '-'.
# All 25 entries are NEW summaries (not re-used from earlier batches), written in the phrasing of NSPCC case review
# summaries and coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, COLS, CSPR, SCR from entries.py.
B21 = {}
_GP2 = ("Learning includes:", "Recommendations include:", "Good practice includes:")
_PARTNER = ("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")

_E = {}
_E[1] = E("Baby AW: Child safeguarding practice review",
          "Death of a 7-week-old baby boy in March 2023 after he was found unresponsive in an adult bed where he had been sleeping between both parents. The father had drunk alcohol that evening and the family were living in temporary accommodation after being evicted. Baby AW is White British.",
          ["safer sleep conversations took place before the family moved and were not revisited in the temporary flat", "the health visitor did not know that the family had been evicted", "housing officers had no safer sleep guidance to share with families"],
          ["include a safer sleep check in housing assessments for families with babies", "ask about alcohol use by both parents at every new birth visit"],
          "Read practice review (PDF)",
          T("Baby AW", CSPR, "practice_review", "death", "2023", "7-week-old", "0.13", "under_1", "male", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"))
_E[2] = E("Kacey: Child safeguarding practice review",
          "Sexual abuse and exploitation of a girl aged 14 by several adult men between 2021 and 2022. Kacey had been placed in a children's home 60 miles from her family and went missing on 23 occasions. She was befriended online by a man who introduced her to others. Kacey is of mixed White and Black Caribbean heritage.",
          ["return home interviews were completed by staff at the children's home rather than an independent worker", "police did not link Kacey's missing episodes to the same adults", "the receiving authority was not told about the out-of-area placement"],
          ["agree a regional protocol for notifying out-of-area placements", "use disruption tools such as child abduction warning notices at the first sign of exploitation"],
          "Read practice review (PDF)",
          T("Kacey", CSPR, "practice_review", "serious_harm", "2021|", "aged 14", "14.00", "11_15", "female", "mixed White and Black Caribbean|mixed White and Black Caribbean heritage",
            "child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; online_harm|child_sexual_exploitation; online_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse; online_harm; extra_familial_harm|child_sexual_exploitation; extra_familial_harm",
            "", "looked_after"), lab=_PARTNER)
_E[3] = E("Child BW: Serious case review",
          "Non-accidental injuries to a four-month-old girl in 2019, including fractures to her ribs and both arms of different ages. Her parents were both under 20 and had been in care as children. The injuries were found when Child BW was taken to hospital with a swollen leg. Ethnicity or nationality not stated.",
          ["the parents' own care histories were not considered in assessing their support needs", "a bruise seen by the GP at eight weeks was not referred under the local bruising protocol"],
          ["audit the use of the bruising in non-mobile babies protocol in primary care"],
          "Read overview report (PDF)",
          T("Child BW", SCR, "overview", "serious_harm", "2019", "four-month-old", "0.33", "under_1", "female", "not_stated", "physical_abuse"),
          good=["the hospital's skeletal survey and referral to children's social care were prompt"])
_E[4] = E("Tommy: Child practice review",
          "Tommy, a 2-year-old boy, died in August 2022 after swallowing his mother's prescribed methadone. Tommy's mother had a long history of heroin use and was on a reduction programme; his father was in prison. The family lived in an isolated farmhouse and had no car. Tommy is White Welsh.",
          ["drug treatment workers did not check how methadone was stored at home", "the father's imprisonment was not recognised as a change in the family's circumstances", "the family's isolation meant they missed group parenting support"],
          ["supply lockable boxes with every take-home prescription for parents of young children", "share prison release and sentencing information with children's services"],
          "Read child practice review (PDF)",
          T("Tommy", "child_practice_review", "unknown|practice_review", "death", "2022", "2-year-old", "2.00", "1_5", "male", "White Welsh", "poisoning_ingestion|poisoning_ingestion; neglect",
            "parental_substance_misuse|parental_substance_misuse; parental_criminality|parental_substance_misuse; social_isolation|parental_substance_misuse; parental_criminality; social_isolation"))
_E[5] = E("Serious youth violence: thematic child safeguarding practice review",
          "Thematic review of four boys aged 15 to 17 who were seriously injured or killed in knife attacks in the city between 2022 and 2024. Two of the boys died. All four had been excluded from mainstream school and three were known to be carrying drugs for older young people.",
          ["exclusion removed the one protective adult several of the boys had", "information about the older young people exploiting them was held by police but not shared", "mothers' requests for help to move house were not acted on"],
          ["create a reachable moment service in the emergency department", "hold a multi-agency meeting before any child known to youth justice services is excluded"],
          "Read thematic review (PDF)",
          T("", CSPR, "practice_review", "death|serious_harm", "2022|", "*", "*", "*", "male", "not_stated",
            "extra_familial_harm; child_criminal_exploitation|extra_familial_harm; child_criminal_exploitation; physical_abuse|extra_familial_harm; physical_abuse|extra_familial_harm",
            "", "not_in_school", thematic="true", n="4"))
_E[6] = E("Baby CW: Child safeguarding practice review",
          "Serious head injury to a 9-week-old baby girl in January 2024 while in the sole care of her mother's partner, who was not her father. The partner had previous convictions for violence against a former girlfriend which agencies did not know about. Baby CW is of Romanian heritage.",
          ["professionals did not ask who else lived in or visited the home", "an interpreter was used for only one of six midwife appointments"],
          ["record every adult in the household at each health contact", "extend ICON training so that it reaches men who are not the baby's father"],
          "Read practice review (PDF)",
          T("Baby CW", CSPR, "practice_review", "serious_harm", "2024", "9-week-old", "0.17", "under_1", "female", "Romanian|Romanian heritage", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse",
            "domestic_abuse|parental_criminality|domestic_abuse; parental_criminality|"))
_E[7] = E("Child DW: Significant case review",
          "Neglect of a 5-year-old boy with cerebral palsy who was found in 2023 to weigh less than he had two years earlier. Child DW had missed 14 hospital and therapy appointments and had not started primary school. His parents said they were educating him at home. Ethnicity or nationality not stated.",
          ["appointments missed by a disabled child were treated as the parents' choice", "no one professional held an overview of his health needs"],
          ["adopt a 'was not brought' policy for disabled children across the health board"],
          "Read significant case review (PDF)",
          T("Child DW", "significant_case_review", "unknown", "serious_harm", "2023", "5-year-old", "5.00", "1_5", "male", "not_stated", "neglect", "", "disabled; not_in_school|disabled"))
_E[8] = E("Child EW: Child safeguarding practice review",
          "Suicide of a 15-year-old boy in November 2022. Child EW had been bullied at school because of his sexuality and had told a school counsellor that he thought about ending his life. He was waiting for a CAMHS assessment when he died. Child EW is White British.",
          ["the school counsellor's notes were not shared with the designated safeguarding lead", "the risk to children on the CAMHS waiting list was not reviewed", "his parents were not told about what he had said"],
          [], "Read practice review (PDF)",
          T("Child EW", CSPR, "practice_review", "death", "2022", "15-year-old", "15.00", "11_15", "male", "White British", "self_harm_suicide|self_harm_suicide; emotional_abuse"),
          norec="Makes no recommendations, as the partnership's suicide prevention action plan already covers the learning.")
_E[9] = E("Children FW and GW: Serious case review",
          "Long-term emotional abuse and neglect of a brother and sister, aged 8 and 12, whose father controlled the household through threats and violence towards their mother. Police attended 11 domestic incidents at the home between 2016 and 2019. The children are of Pakistani heritage.",
          ["the children's own accounts of life at home were not recorded", "the mother's fear of reprisals from the wider family was not explored"],
          ["make sure MARAC actions include the children in the household", "train practitioners on coercive control and its effect on children"],
          "Read executive summary (PDF)",
          T("Children FW and GW", SCR, "executive_summary", "serious_harm", "2016|", "*", "*", "*", "mixed", "Pakistani|Pakistani heritage", "emotional_abuse; neglect|emotional_abuse; neglect; physical_abuse", "domestic_abuse", n="2"))
_E[10] = E("Jayden: Local child safeguarding practice review",
           "Jayden, aged 16, was seriously injured in 2024 after being held for several days in a flat used to sell drugs in another county. He had been reported missing from home 9 times and had an education, health and care plan for ADHD. Jayden is Black British.",
           ["National Referral Mechanism decisions took eight months", "Jayden was treated as an offender rather than as a victim of exploitation when he was first arrested"],
           ["make a trusted adult available to every child referred to the National Referral Mechanism"],
           "Read practice review (PDF)",
           T("Jayden", CSPR, "practice_review", "serious_harm", "2024", "aged 16", "16.00", "16_17", "male", "Black British",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse",
             "", "ehcp|ehcp; disabled"), good=["his youth worker kept in contact with him throughout his missing episodes"], lab=_GP2)
_E[11] = E("Baby HW: Learning review",
           "Death of a 10-day-old baby girl in 2024 from sepsis after her mother, who had concealed her pregnancy, gave birth at home alone. The mother, aged 19, had a mild learning disability and was not registered with a GP. Baby HW's ethnicity is not recorded.",
           ["staff at the college the mother attended noticed changes in her but did not ask about pregnancy", "easy-read information about pregnancy services was not available"],
           ["develop a pathway for young adults with learning disabilities who may be pregnant", "include concealed pregnancy in college safeguarding training"],
           "Read learning review (PDF)",
           T("Baby HW", "learning_review", "unknown", "death", "2024", "10-day-old", "0.03", "under_1", "female", "not_stated", "neglect|other|", "parental_learning_disability"))
_E[12] = E("Child JW: Case management review",
           "Physical abuse of a 3-year-old boy by his mother's boyfriend in 2021. Child JW was taken to an emergency department with burns to his hands and feet that were said to have happened in the bath. His name was on the child protection register at the time. Child JW is White Irish.",
           ["the boyfriend's move into the home was not assessed", "the burns were accepted as accidental without a child protection medical"],
           ["refresh guidance on scalds and burns in young children"],
           "Read case management review (PDF)",
           T("Child JW", "case_management_review", "unknown", "serious_harm", "2021", "3-year-old", "3.00", "1_5", "male", "White Irish", "physical_abuse", "", "child_protection_plan|"))
_E[13] = E("Bruising in babies: thematic child safeguarding practice review",
           "Review of six babies under the age of one who were seen with bruises or marks between 2022 and 2023 and later suffered serious injuries. In four cases the first bruise was seen by a health professional. Ethnicity or nationality not stated.",
           ["small bruises were explained away by parents and the explanations accepted", "fathers were seldom seen by professionals", "reception staff in the emergency department did not know the bruising protocol"],
           ["run a campaign on the bruising protocol for all front-line staff"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "serious_harm", "2022|", "*", "*", "*", "not_stated", "not_stated", "physical_abuse|physical_abuse; non_accidental_head_injury", thematic="true", n="6"),
           good=["a health visitor who followed the protocol despite the parents' objections"])
_E[14] = E("Lola: Serious case review",
           "Death of a 13-month-old girl in 2018 from dehydration and malnutrition. Lola's mother had severe depression and had stopped answering the door to professionals. Lola had been seen by a professional once in the seven months before her death. Lola is Black African.",
           ["visits where no one answered the door were not escalated", "the mother's GP was not told that she had withdrawn from services"],
           ["set a single threshold for escalating repeated no-access visits"],
           "Read overview report (PDF)",
           T("Lola", SCR, "overview", "death", "2018", "13-month-old", "1.08", "1_5", "female", "Black African", "neglect", "parental_mental_health|parental_mental_health; social_isolation"))
_E[15] = E("Child KW: Child safeguarding practice review",
           "Child KW, a 12-year-old girl, was groomed through an online game and sexually abused in 2023 by a 27-year-old man she then met in person. Her mother had raised concerns with the school about her phone use. Child KW is of Indian heritage.",
           ["the school gave advice on screen time without considering grooming", "police did not seize the man's devices for three weeks"],
           ["give parents information on reporting grooming in online games", "review how quickly police digital forensic requests involving children are dealt with"],
           "Read practice review (PDF)",
           T("Child KW", CSPR, "practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "female", "Indian|Indian heritage",
             "online_harm; sexual_abuse|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm"))
_E[16] = E("Baby LW: Child safeguarding practice review",
           "Death of a baby boy aged 5 weeks in June 2024. His mother had been looked after as a child and was living in supported accommodation, where she fell asleep on a sofa with the baby. Baby LW is of mixed heritage.",
           ["staff in the supported accommodation had no training in safer sleep", "the mother's care leaver status was not shared with midwives"],
           ["include safer sleep in the induction of staff in supported accommodation"],
           "Read practice review (PDF)",
           T("Baby LW", CSPR, "practice_review", "death", "2024", "aged 5 weeks", "0.10", "under_1", "male", "mixed heritage|mixed", "sudden_unexpected_infant_death", "co_sleeping"),
           good=["the personal adviser's regular visits to the mother"], lab=_GP2)
_E[17] = E("Child MW: Child safeguarding practice review",
           "Female genital mutilation of a 7-year-old girl, discovered in 2022 during a health assessment after she moved schools. Child MW had travelled abroad with her grandmother during the summer holidays. Child MW is of Somali heritage.",
           ["the risk of FGM was identified for an older sister but not for Child MW", "the school did not record how long the trip abroad lasted"],
           ["add FGM risk to the records of all female siblings when a risk is identified for one of them"],
           "Read practice review (PDF)",
           T("Child MW", CSPR, "practice_review", "serious_harm", "2022", "7-year-old", "7.00", "6_10", "female", "Somali|Somali heritage", "fgm_honour_based_abuse"))
_E[18] = E("Children NW, PW and QW: Child safeguarding practice review",
           "Neglect of three children, girls aged 1 and 4 and a boy aged 6, who were found in 2023 living in a flat with no electricity and rotting food. Both parents used crack cocaine. The family had moved between four local authorities in two years. The children are White British.",
           ["each move closed the case before it was transferred", "the children's tooth decay was not seen as a sign of neglect", "the parents' drug use was assessed only in their own appointments"],
           ["agree minimum standards for transferring cases between local authorities", "use a neglect screening tool in dental practices"],
           "Read practice review (PDF)",
           T("Children NW, PW and QW", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "*", "mixed", "White British", "neglect", "parental_substance_misuse", n="3"))
_E[19] = E("Child RW: Child safeguarding practice review",
           "Death of a 17-year-old young man in February 2024 who was found hanged in his supported accommodation. Child RW was a care leaver who had lived in foster care since the age of 9 and had been diagnosed with autism. Child RW is Black Caribbean.",
           ["the move to supported accommodation happened on his 17th birthday with two weeks' notice", "his autism assessment was not shared with the accommodation provider"],
           ["plan moves from foster care with young people at least six months ahead", "give providers of supported accommodation the young person's health plan"],
           "Read practice review (PDF)",
           T("Child RW", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "Black Caribbean", "self_harm_suicide", "",
             "looked_after|looked_after; disabled|looked_after; foster_care|looked_after; disabled; foster_care|disabled|foster_care|disabled; foster_care"))
_E[20] = E("Baby SW: Child safeguarding practice review",
           "A 6-month-old baby boy suffered a skull fracture and bleeding on the brain in 2023. His father said he had fallen from a changing table. The parents had separated and the father was looking after Baby SW overnight for the first time. Baby SW is White Other.",
           ["the father was not included in any parenting support", "the health visitor did not know about the contact arrangements after the separation"],
           ["offer coping with crying information to both parents after a separation"],
           "Read practice review (PDF)",
           T("Baby SW", CSPR, "practice_review", "serious_harm", "2023", "6-month-old", "0.50", "under_1", "male", "White Other", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"))
_E[21] = E("Child TW: Serious case review",
           "Sexual abuse of a 10-year-old boy by a volunteer football coach between 2017 and 2019. The coach had been dismissed by another club after a complaint that was not passed on. Child TW has a learning disability. Ethnicity or nationality not stated.",
           ["the complaint against the coach was handled as an employment matter", "sports clubs did not share concerns with the local authority designated officer"],
           ["promote the LADO role to sports and voluntary clubs", "require references for all volunteers who work with children"],
           "Read overview report (PDF)",
           T("Child TW", SCR, "overview", "serious_harm", "2017|", "10-year-old", "10.00", "6_10", "male", "not_stated", "sexual_abuse|sexual_abuse; extra_familial_harm", "", "disabled"))
_E[22] = E("Child UW: Child safeguarding practice review",
           "Serious physical harm to a 14-month-old boy in 2022 who was found with bite marks and a fractured thigh bone. Child UW lived with his mother and her new partner, who had a history of drug dealing. Child UW was subject to a child in need plan. Ethnicity or nationality not stated.",
           ["the new partner was not checked when he moved in", "the child in need plan was closed a week before the injuries"],
           ["check the background of new partners in all child in need cases"],
           "Read practice review (PDF)",
           T("Child UW", CSPR, "practice_review", "serious_harm", "2022", "14-month-old", "1.17", "1_5", "male", "not_stated", "physical_abuse", "parental_criminality|", "child_in_need_plan"))
_E[23] = E("Children missing education: thematic learning review",
           "Review of five children aged 7 to 14 who were withdrawn from school to be educated at home between 2020 and 2023 and were later found to have been neglected or abused. Two had special educational needs.",
           ["schools agreed to the withdrawals without asking children's services", "home visits by the education service were by appointment only"],
           ["introduce a register of children not in school"],
           "Read learning review (PDF)",
           T("", "learning_review", "unknown", "serious_harm", "2020|", "*", "*", "*", "not_stated", "not_stated",
             "neglect|neglect; physical_abuse|neglect; emotional_abuse|neglect; physical_abuse; emotional_abuse|neglect; sexual_abuse|neglect; physical_abuse; sexual_abuse",
             "", "not_in_school|not_in_school; disabled|not_in_school; ehcp|not_in_school; disabled; ehcp|", thematic="true", n="5"))
_E[24] = E("Child VW: Child safeguarding practice review",
           "Death of a 4-year-old girl in September 2023 in a house fire. Her father had been smoking while drunk and the smoke alarm had no battery. The family were known to services because of the father's drinking and his violence towards the mother. Child VW is White British.",
           ["no home fire safety check was offered despite the father's known drinking", "the mother's reports of violence were closed with no further action"],
           ["refer families where a parent misuses alcohol to the fire and rescue service for a home safety check", "review decisions to take no further action on repeated domestic abuse reports"],
           "Read practice review (PDF)",
           T("Child VW", CSPR, "practice_review", "death", "2023", "4-year-old", "4.00", "1_5", "female", "White British", "neglect|other|", "parental_alcohol_misuse; domestic_abuse"))
_E[25] = E("Baby XW: Child safeguarding practice review",
           "Death of an 11-week-old baby girl in 2024 from a head injury caused by her father, who was convicted of manslaughter. The father had been referred to mental health services after threatening to harm himself. Baby XW is White British.",
           ["the mental health service did not ask whether the father cared for a baby", "the mother was not told about his threats of self-harm"],
           ["add 'think family' questions to adult mental health triage"],
           "Read practice review (PDF)",
           T("Baby XW", CSPR, "practice_review", "death", "2024", "11-week-old", "0.21", "under_1", "female", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_mental_health"),
           good=["the midwife's thorough record of both parents' histories"])

_FILES21 = [("b21-writer-frames-2025-05.pdf", "2025-05", "Case reviews published in May 2025", [1, 9, 17]),
            ("b21-latex-numbered-2025-02.pdf", "2025-02", "New case reviews: February 2025", [2, 10, 18]),
            ("b21-chromium-grid3-2026-04.pdf", "2026-04", "Case reviews update – April 2026", [3, 11, 19]),
            ("b21-weasyprint-thlabels-2024-11.pdf", "2024-11", "Case reviews published in November 2024", [4, 12, 20]),
            ("b21-docx-monthheadings-2025-09.docx", "2025-09", "Case reviews update – September 2025", [5, 13, 21, 25]),
            ("b21-html-deflist-2025-12.html", "2025-12", "Case reviews published in December 2025", [6, 14, 22]),
            ("b21-markdown-tables-2026-03.md", "2026-03", "Case reviews digest: March 2026", [7, 15, 23]),
            ("b21-plaintext-underlined-2024-09.txt", "2024-09", "Case reviews published in September 2024", [8, 16, 24])]
_MON21 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for fname, month, heading, idx in _FILES21:
    y, m = month.split("-")
    B21[fname] = dict(month=month, heading=heading, entries=[_E[i] for i in idx],
                      intro=f"{['Three', 'Four'][len(idx) - 3]} new case reviews were added to the national case review repository in {_MON21[int(m) - 1]} {y}. All of the children, families and places below are invented for testing.")
# The DOCX groups its reviews under month Heading 1s: the first two under 'Published in September 2025', the last two
# under 'Published in August 2025, added this month'; their digest month is the digest's (2025-09) or their heading's.
B21["b21-docx-monthheadings-2025-09.docx"]["month_of"] = ["2025-09", "2025-09", "2025-09|2025-08", "2025-09|2025-08"]
B21["b21-docx-monthheadings-2025-09.docx"]["intro"] = "Four new case reviews were added to the national case review repository this month, two of them published in August. All of the children, families and places below are invented for testing."
