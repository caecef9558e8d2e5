# Batch b69 (issue 9, session 38; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b69 section of ../../digests-e2e-pending/README.md for what was grepped): a scanned blank template FILLED IN with a PDF
# viewer's TYPEWRITER / 'Fill & Sign' tool (every word of the digest in FreeText annotations, the page itself only a
# picture); a PDF PORTFOLIO (/Collection) whose cover page only names its files and whose four entries are each an ATTACHED
# one-page PDF; a ReportLab page whose heading, titles and labels are GRADIENT TEXT (text render mode 7, a clip, then an
# axial shading painted through it); a MATPLOTLIB figure saved as PDF with its default Type 3 fonts (every glyph a
# CharProc); and a ReportLab fold-in-half TENT CARD (each page two entries, the upper half turned UPSIDE DOWN). All entries
# are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B69 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: a scanned blank template filled in with a viewer's typewriter tool (FreeText annotations)
_E[1] = E("Child AXF: Child safeguarding practice review",
          "Death of a 4-month-old girl in 2024 who was found unresponsive after sleeping in an adult bed with her father, aged 29, who had been drinking. Child AXF is White British.",
          ["safer sleep advice was given to the mother only", "the father's drinking was known to his GP but not to the health visitor"],
          ["midwives and health visitors to give safer sleep advice to both parents", "GPs to tell the health visitor when a parent of a baby misuses alcohol"],
          "Read the practice review (PDF)",
          T("Child AXF", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "female", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect|neglect|", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse|co_sleeping"))
_E[2] = E("Child BXF: Serious case review",
          "Neglect of a 7-year-old boy in 2018 who was found living in a flat with no working toilet and very little food. His mother, aged 35, had a learning disability and was not getting any support. Child BXF is White British.",
          ["the mother's learning disability was not assessed by adult services", "the school nurse's concerns about his weight were not followed up"],
          ["adult services to assess parents with a learning disability who care for children", "the partnership to check that referrals from school nurses are answered"],
          "Read the overview report (PDF)",
          T("Child BXF", SCR, "overview", "serious_harm", "2018", "7-year-old", "7.00", "6_10", "male", "White British", "neglect", "parental_learning_disability"))
_E[3] = E("Child CXF: Child practice review",
          "Sexual abuse of a 10-year-old girl in Wales in 2023 by a family friend, aged 56, who took her to football training. She told her older sister, who told their mother. Child CXF is White Welsh.",
          ["the sports club did not check the volunteers who drove children to training", "the girl's fear of going to training was not explored"],
          ["sports clubs to check every adult who transports children", "the partnership to share its safeguarding training with community groups"],
          "Read the child practice review (PDF)",
          T("Child CXF", CPR, "practice_review", "serious_harm", "2023", "10-year-old", "10.00", "6_10", "female", "White Welsh|White British", "sexual_abuse", ""),
          good=["the police officer who arranged a joint interview within a day"])
_E[4] = E("Child DXF: Learning review",
          "Serious harm to a 14-year-old boy in Scotland in 2022 who was seriously assaulted after he was found carrying drugs for an older man. He had stopped attending school the year before. Child DXF is White Scottish.",
          ["nobody asked why he had new clothes and a phone", "his absence from school was not linked to the risk of exploitation"],
          [],
          "Read the learning review (PDF)",
          T("Child DXF", LR, "unknown|practice_review", "serious_harm", "2022", "14-year-old", "14.00", "11_15", "male", "White Scottish", "child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; physical_abuse|child_criminal_exploitation", "", "not_in_school|"),
          norec="Makes no recommendations as the council has already set up a team for children at risk of exploitation.")
# --- B: a PDF portfolio (/Collection): a cover page and four attached one-page PDFs, one entry each
_E[5] = E("Child EXF: Child safeguarding practice review",
          "Serious harm to a 6-week-old boy in 2025 who had fractures to his ribs and both legs. His parents, aged 20 and 23, could not explain the injuries. Child EXF is White British.",
          ["a small bruise on his ear two weeks before was not seen as a warning sign", "the young parents' support network was not assessed"],
          ["health professionals to refer any bruise on a baby who is not mobile", "maternity services to ask young parents who will help them at home"],
          "Read the practice review (PDF)",
          T("Child EXF", CSPR, "practice_review", "serious_harm", "2025", "6-week-old", "0.12", "under_1", "male", "White British", "physical_abuse"))
_E[6] = E("Child FXF: Serious case review",
          "Death of a 2-year-old girl in 2017 who fell from an upstairs window of a privately rented house. The window had no restrictor and her mother, aged 31, was asleep downstairs. Child FXF is of Romanian heritage.",
          ["the family's housing conditions were not known to the health visitor", "home safety advice was only given in English"],
          ["the council to check window restrictors in private rented homes with young children", "health visitors to give home safety advice in the family's own language"],
          "Read the overview report (PDF)",
          T("Child FXF", SCR, "overview", "death", "2017", "2-year-old", "2.00", "1_5", "female", "Romanian|Romanian heritage", "neglect|neglect; other|other|"))
_E[7] = E("Child GXF: Child practice review",
          "Emotional abuse of a 9-year-old boy in Wales between 2020 and 2024 who lived with domestic abuse between his mother and her partner, aged 38. He began to wet the bed and hurt himself at school. Child GXF is White Welsh.",
          ["police reports of domestic abuse were not shared with the school", "the boy's self-harm was treated as bad behaviour"],
          ["the police to share domestic abuse incidents with schools before the next school day", "schools to refer children who hurt themselves to the school nurse"],
          "Read the child practice review (PDF)",
          T("Child GXF", CPR, "practice_review", "serious_harm", "2020|", "9-year-old", "9.00", "6_10", "male", "White Welsh|White British", "emotional_abuse|emotional_abuse; self_harm_suicide", "domestic_abuse"),
          good=["the teaching assistant who kept a diary of what the boy told her"])
_E[8] = E("Child HXF: Learning review",
          "Death of a 17-year-old girl in Scotland in 2023 from an overdose of her own prescribed medication after she left a mental health ward. She had been waiting for a community appointment for ten weeks. Child HXF is White Scottish.",
          ["her discharge plan was not shared with her GP", "her parents were not told what to look out for after discharge"],
          [],
          "Read the learning review (PDF)",
          T("Child HXF", LR, "unknown|practice_review", "death", "2023", "17-year-old", "17.00", "16_17", "female", "White Scottish", "self_harm_suicide"),
          norec="Makes no recommendations as the health board has already changed its discharge procedure.")
# --- C: ReportLab, heading, titles and labels as gradient text (render mode 7 clip, then a shading)
_E[9] = E("Child JXF: Child safeguarding practice review",
          "Death of a 3-year-old boy in 2024 who swallowed button batteries from a remote control. His mother, aged 25, had asked for help with housing the month before. Child JXF is Black British.",
          ["the dangers of button batteries were not part of home safety advice", "the family's move to temporary housing was not shared with the health visitor"],
          ["the partnership to include button batteries in its home safety campaign", "housing services to tell health visitors when a family with young children moves"],
          "Read the practice review (PDF)",
          T("Child JXF", CSPR, "practice_review", "death", "2024", "3-year-old", "3.00", "1_5", "male", "Black British", "poisoning_ingestion|poisoning_ingestion; neglect|neglect|other|"))
_E[10] = E("Child KXF: Serious case review",
           "Physical abuse of an 8-month-old girl in 2016 who had a bleed on the brain and fractured ribs. Her father, aged 33, was later convicted of causing grievous bodily harm. Child KXF is White British.",
           ["the father's history of violence to a former partner was not known", "the baby's crying was not asked about at health visits"],
           ["health visitors to ask both parents about crying at every contact", "the police to share domestic abuse history when a new baby is born"],
           "Read the overview report (PDF)",
           T("Child KXF", SCR, "overview", "serious_harm", "2016", "8-month-old", "0.67", "under_1", "female", "White British", "non_accidental_head_injury; physical_abuse|non_accidental_head_injury|physical_abuse", "parental_criminality|domestic_abuse|parental_criminality; domestic_abuse|"))
_E[11] = E("Child LXF: Child practice review",
           "Neglect of four siblings aged 1, 3, 5 and 8 in Wales in 2025 who were found in a cold house with rubbish in every room. Their parents, aged 27 and 30, both misused cannabis. The children are White Welsh.",
           ["the family's many changes of school were not noticed", "visits to the home were always arranged in advance"],
           ["children's social care to make unannounced visits where neglect is suspected", "schools to pass on concerns when a child moves school"],
           "Read the child practice review (PDF)",
           T("Child LXF", CPR, "practice_review", "serious_harm", "2025", "*", "*", "*", "*", "White Welsh|White British", "neglect", "parental_substance_misuse", "", n="4"),
           good=["the health visitor who kept visiting when the family would not answer the door"])
_E[12] = E("Child MXF: Learning review",
           "Sexual exploitation of a 13-year-old girl in Scotland in 2024 by older boys who gave her alcohol and shared videos of her online. She was in foster care at the time. Child MXF is White Scottish.",
           ["her foster carers were not told about earlier concerns", "the videos were not reported to the police straight away"],
           [],
           "Read the learning review (PDF)",
           T("Child MXF", LR, "unknown|practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "White Scottish", "child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation", "", "looked_after; foster_care|looked_after|foster_care"),
           norec="Makes no recommendations as the partnership has already changed how it shares information with foster carers.")
# --- D: a matplotlib figure saved as PDF (Type 3 fonts)
_E[13] = E("Child NXF: Child safeguarding practice review",
           "Serious harm to a 15-year-old girl in 2025 who was groomed online by a man, aged 42, who pretended to be a teenager. She travelled to meet him in another city. Child NXF is of Pakistani heritage.",
           ["her parents did not know how to set up controls on her phone", "the school did not share her change in behaviour with her parents"],
           ["schools to teach pupils about adults who pretend to be children online", "the partnership to give parents advice on online safety"],
           "Read the practice review (PDF)",
           T("Child NXF", CSPR, "practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "female", "Pakistani|Pakistani heritage", "online_harm; sexual_abuse|online_harm; child_sexual_exploitation|online_harm|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; extra_familial_harm|online_harm; sexual_abuse; extra_familial_harm|online_harm; child_sexual_exploitation; extra_familial_harm"))
_E[14] = E("Child PXF: Serious case review",
           "Death of a 12-year-old boy in 2018 who took his own life after being bullied at school. He had told his mother, aged 39, that he did not want to live. Child PXF is White British.",
           ["the bullying was dealt with by the school as a falling out", "his GP did not refer him to mental health services"],
           ["schools to record and review every report of bullying", "GPs to refer children who talk about ending their lives"],
           "Read the overview report (PDF)",
           T("Child PXF", SCR, "overview", "death", "2018", "12-year-old", "12.00", "11_15", "male", "White British", "self_harm_suicide|self_harm_suicide; other|self_harm_suicide; emotional_abuse"))
_E[15] = E("Child RXF: Child practice review",
           "Physical abuse of a 4-year-old girl in Wales in 2024 who had burns to her hands from a hot iron. Her mother's partner, aged 34, said she had touched it by accident. Child RXF is White Welsh.",
           ["the nursery accepted the explanation without asking the girl", "the partner's earlier conviction for assault was not known"],
           ["nurseries to talk to children about injuries before accepting an explanation", "children's social care to check new partners living with young children"],
           "Read the child practice review (PDF)",
           T("Child RXF", CPR, "practice_review", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "female", "White Welsh|White British", "physical_abuse", "parental_criminality|"),
           good=["the GP who saw the pattern of the burns and called the police"])
_E[16] = E("Child SXF: Learning review",
           "Neglect of a 5-year-old boy with autism in Scotland in 2021 who was not given his medication for epilepsy and had several seizures. His father, aged 48, was his only carer and was depressed. Child SXF is White Scottish.",
           ["missed prescriptions were not followed up by the pharmacy or the GP", "the father's own health was not asked about"],
           [],
           "Read the learning review (PDF)",
           T("Child SXF", LR, "unknown|practice_review", "serious_harm", "2021", "5-year-old", "5.00", "1_5", "male", "White Scottish", "neglect", "parental_mental_health", "disabled"),
           norec="Makes no recommendations as the health board has already changed how it follows up missed prescriptions.")
# --- E: ReportLab tent card, two entries a page, the upper half turned upside down
_E[17] = E("Child TXF: Child safeguarding practice review",
           "Death of a 10-month-old boy in 2025 who drowned in the bath after he was left alone with his brother, aged 3. His mother, aged 22, had gone to answer the door. Child TXF is White British.",
           ["bath safety was not part of the advice given at health visits", "the mother's own care history was not considered"],
           ["health visitors to talk about bath safety when a baby starts to sit up", "the partnership to share water safety advice with young parents"],
           "Read the practice review (PDF)",
           T("Child TXF", CSPR, "practice_review", "death", "2025", "10-month-old", "0.83", "under_1", "male", "White British", "neglect|neglect; other|other|"))
_E[18] = E("Child UXF: Serious case review",
           "Sexual abuse of a 12-year-old boy in 2019 by his swimming coach, aged 47, who sent him messages on social media. The coach had been dismissed by another club in 2014. Child UXF is White British.",
           ["the earlier dismissal was not shared with the new club", "the boy's parents did not know who to tell about the messages"],
           ["sports governing bodies to share dismissals for safeguarding concerns", "clubs to give parents the name of their safeguarding officer"],
           "Read the overview report (PDF)",
           T("Child UXF", SCR, "overview", "serious_harm", "2019", "12-year-old", "12.00", "11_15", "male", "White British", "sexual_abuse; online_harm; extra_familial_harm|sexual_abuse; online_harm|sexual_abuse; extra_familial_harm|sexual_abuse"))
_E[19] = E("Child VXF: Child practice review",
           "Serious harm to a 16-year-old girl in Wales in 2024 who was stabbed by her boyfriend, aged 19, after she ended the relationship. She had told a youth worker that he controlled her phone. Child VXF is Black British.",
           ["controlling behaviour in teenage relationships was not seen as domestic abuse", "the youth worker did not know how to refer her concern"],
           ["the partnership to train youth workers on abuse in teenage relationships", "schools to teach pupils about controlling behaviour"],
           "Read the child practice review (PDF)",
           T("Child VXF", CPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female", "Black British", "physical_abuse; extra_familial_harm|physical_abuse|physical_abuse; emotional_abuse|physical_abuse; extra_familial_harm; emotional_abuse", "domestic_abuse|"),
           good=["the hospital staff who made sure she had a safe place to go"])
_E[20] = E("Child WXF: Learning review",
           "Death of a 1-year-old girl in Scotland in 2022 from dehydration after a week of illness. Her parents, aged 24 and 26, did not take her to a doctor and both used heroin. Child WXF is White Scottish.",
           ["the family had not been seen by the health visitor for six months", "the parents' drug workers did not know there was a baby in the home"],
           [],
           "Read the learning review (PDF)",
           T("Child WXF", LR, "unknown|practice_review", "death", "2022", "1-year-old", "1.00", "1_5", "female", "White Scottish", "neglect", "parental_substance_misuse"),
           norec="Makes no recommendations as the drug service has already started asking every parent about their children.")

B69["b69-pypdf-typewriter-2025-06.pdf"] = dict(month="2025-06", heading="Case review digest: June 2025",
    intro="Four case reviews were published in June 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B69["b69-qpdf-portfolio-2025-09.pdf"] = dict(month="2025-09", heading="Case review summaries: September 2025",
    intro="Four case reviews were published in September 2025. All of the children, families and places in these summaries are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B69["b69-reportlab-gradienttext-2025-12.pdf"] = dict(month="2025-12", heading="Learning from case reviews: December 2025",
    intro="Four case reviews were published in December 2025. The children, families and places in this digest are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B69["b69-matplotlib-type3-2026-02.pdf"] = dict(month="2026-02", heading="Case reviews published in February 2026",
    intro="Four case reviews were published in February 2026. Every child, family and place on this page is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B69["b69-reportlab-tentcard-2026-04.pdf"] = dict(month="2026-04", heading="Case reviews to keep on your desk: April 2026",
    intro="Four case reviews were published in April 2026. All of the children, families and places on these cards are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
