# Batch b22 (issue 9.6, session 12; invented for testing; truth written and committed before the inputs were rendered or run).
# Eight digests in producers and layouts not in b1-b21: an openhtmltopdf (Java, PDFBox 2) newsletter with review cards two
# per row, a LuaLaTeX newsletter with every review in a tcolorbox, a poster drawn as SVG and converted by rsvg-convert
# (cairo), a plain TeX (pdftex, Knuth's plain macros) bulletin, a DOCX whose reviews are the rows of one two-column
# table without a header row, a Mailchimp-style HTML e-mail, a Jekyll blog post in markdown (YAML front matter, kramdown
# attribute lines) and a plain-text bulletin with a contents list and lettered points.
# All 25 entries are NEW summaries (not re-used), in the phrasing of NSPCC case review summaries, coded by the conventions
# of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). New wordings on
# purpose: ages in words ('aged nine weeks', 'aged eleven', 'fourteen-year-old', 'eighteen-month-old', 'aged 11 days'),
# 'infant', twins, four siblings, a sibling's age beside the child's, forced marriage, sextortion, a trafficked
# unaccompanied child, incident dates as 'in the early hours of 2 January 2024', 'in the winter of 2021', 'in the spring
# of 2022', 'ending in 2018', 'until 2020'. Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B22 = {}
_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_PARTNER = ("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")

_E = {}
_E[1] = E("Baby AX: Child safeguarding practice review",
          "Death of an infant boy aged nine weeks in the early hours of 2 January 2024, after he was found unresponsive on a sofa where his father had fallen asleep while feeding him. His father had taken cocaine earlier that night. Baby AX is White British.",
          ["the father was not seen by the health visitor at either of the two home visits", "safer sleep advice focused on the cot and did not cover sofas or drug use", "the family's move between two temporary addresses was not passed on to the GP"],
          ["make safer sleep conversations part of every contact with fathers", "ask about drug use by both parents when a baby is born"],
          "Read practice review (PDF)",
          T("Baby AX", CSPR, "practice_review", "death", "2024", "aged nine weeks", "0.17", "under_1", "male", "White British", "sudden_unexpected_infant_death",
            "co_sleeping; parental_substance_misuse"))
_E[2] = E("Child BX: Serious case review",
          "Emotional abuse and neglect of a girl aged eleven over at least six years, ending in 2018 when she went to live with her aunt. Child BX had been kept at home to care for her mother, who had multiple sclerosis and a long-standing alcohol problem. Child BX is of Irish Traveller heritage.",
          ["her role as a young carer was known to the school but never assessed", "professionals who visited the mother did not ask who looked after her"],
          ["offer a young carer's assessment whenever a parent's illness limits their care of a child"],
          "Read overview report (PDF)",
          T("Child BX", SCR, "overview", "serious_harm", "2018|", "aged eleven", "11.00", "11_15", "female", "Irish Traveller|Irish Traveller heritage", "emotional_abuse; neglect",
            "parental_alcohol_misuse", "connected_carers|"),
          good=["her aunt's persistence in raising concerns was listened to by the new social worker"])
_E[3] = E("Ellie-Mae: Child safeguarding practice review",
          "Ellie-Mae, aged 3, died in hospital in August 2023 from injuries caused by her mother's partner. She had bruises to her face and back that had been seen at nursery in the weeks before. Ellie-Mae's mother had a history of depression and had been a victim of domestic abuse in a previous relationship. Ellie-Mae is White British.",
          ["nursery staff recorded the bruises but did not ask about them", "the partner's arrival in the household was not known to any agency", "the mother's past experience of domestic abuse was not linked to the risk from a new partner"],
          ["update the early years bruising guidance to cover children who can walk", "ask about new adults in the household at every health visiting contact"],
          "Read practice review (PDF)",
          T("Ellie-Mae", CSPR, "practice_review", "death", "2023", "aged 3", "3.00", "1_5", "female", "White British", "physical_abuse",
            "domestic_abuse; parental_mental_health"))
_E[4] = E("Twins CX and DX: Child safeguarding practice review",
          "Serious neglect of twin babies, a boy and a girl, who were admitted to hospital in the spring of 2022 at five months old weighing less than at birth. Their mother, aged 17, was a care leaver and lived alone. The twins are of mixed White and Asian heritage.",
          ["weight checks were missed because the mother cancelled appointments by text", "her personal adviser and the health visitor did not speak to each other", "no one asked how a 17-year-old was managing two babies alone"],
          ["make personal advisers part of the health visiting plan for care leavers who become parents"],
          "Read practice review (PDF)",
          T("Twins CX and DX", CSPR, "practice_review", "serious_harm", "2022", "*", "*", "*", "mixed", "mixed White and Asian|mixed White and Asian heritage", "neglect",
            "social_isolation|", n="2"),
          good=["the paediatric dietitian who raised the alarm the same day"], lab=_THEMES)
_E[5] = E("Child EX: Child practice review",
          "Child EX, a fourteen-year-old girl, was sexually exploited by a group of men in the winter of 2021 after being moved to a residential placement far from home. She had been in the care of the local authority since the age of ten. Child EX is White Welsh.",
          ["the placement was made in an emergency with no plan for her safety in the new area", "her disclosures to residential staff were recorded as 'risky behaviour'"],
          ["avoid language that blames children in records about exploitation", "hold a strategy meeting within five working days of any emergency placement"],
          "Read child practice review (PDF)",
          T("Child EX", "child_practice_review", "unknown|practice_review", "serious_harm", "2021", "fourteen-year-old", "14.00", "11_15", "female", "White Welsh",
            "child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse; extra_familial_harm",
            "", "looked_after"))
_E[6] = E("Child FX: Local child safeguarding practice review",
          "Child FX, a 15-year-old boy, was stabbed and seriously injured in 2024 during a dispute between rival groups selling drugs. He had been arrested twice in another county carrying large amounts of cash. He had been on a part-time school timetable for over a year. Child FX is of Black African heritage.",
          ["police in the other county did not tell his home force about the arrests", "the part-time timetable lasted fourteen months with no review"],
          ["treat a child found far from home with cash as a possible victim of exploitation", "limit part-time timetables to six weeks unless the local authority reviews them"],
          "Read practice review (PDF)",
          T("Child FX", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "Black African|Black African heritage",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse",
            "", "not_in_school|"), lab=_PARTNER)
_E[7] = E("Baby GX: Child safeguarding practice review",
          "A seven-month-old baby girl suffered a serious brain injury in November 2022 after being shaken by her father. Baby GX had been seen in the emergency department twice in the previous month with vomiting and irritability. Her father was a serving soldier who had recently returned from deployment. Baby GX is White Other.",
          ["the two emergency department visits were not linked", "head injury was not considered as a cause of the baby's vomiting", "support for military families after deployment was not offered"],
          ["flag repeat attendances of babies under one in the emergency department record"],
          "Read practice review (PDF)",
          T("Baby GX", CSPR, "practice_review", "serious_harm", "2022", "seven-month-old", "0.58", "under_1", "female", "White Other",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"))
_E[8] = E("Young people who self-harm: thematic learning review",
          "Review of seven young people aged 13 to 17 who died by suicide or made serious attempts to end their lives between 2019 and 2023. Five had been referred to mental health services and four were known to have self-harmed.",
          ["referrals were often closed when a young person did not attend a first appointment", "schools were not told when a young person was discharged from hospital after self-harm"],
          ["share discharge plans after self-harm with the young person's school within two days", "review the threshold for re-referral to children and young people's mental health services"],
          "Read learning review (PDF)",
          T("", "learning_review", "unknown", "death|serious_harm", "2019|", "*", "*", "*", "not_stated", "not_stated", "self_harm_suicide", thematic="true", n="7"))
_E[9] = E("Child HX: Case management review",
          "Child HX, a 13-year-old boy, was physically abused by his father over several years until 2020, when he ran away and was found sleeping in a bus station. His father was a member of a paramilitary group. His mother had left the family home in 2016. Ethnicity or nationality not stated.",
          ["fear of the father's associates stopped professionals from visiting the home", "his absences from school were recorded but never followed up"],
          ["agree a safety plan for staff who work with families linked to paramilitary groups"],
          "Read case management review (PDF)",
          T("Child HX", "case_management_review", "unknown", "serious_harm", "2020|", "13-year-old", "13.00", "11_15", "male", "not_stated", "physical_abuse",
            "parental_criminality|"),
          good=["the security guard and police officer at the bus station who took time to hear his account"])
_E[10] = E("Child JX: Significant case review",
           "Child JX, aged sixteen, was taken abroad in the summer of 2023 and forced into marriage. She had told a guidance teacher earlier that year that she was afraid of being sent away. Child JX is of Bangladeshi heritage.",
           ["the guidance teacher did not know the signs of forced marriage", "the Forced Marriage Unit was contacted only after she had left the country"],
           ["include forced marriage in child protection training for all school staff", "check the travel plans of children who say they fear being sent abroad"],
           "Read significant case review (PDF)",
           T("Child JX", "significant_case_review", "unknown", "serious_harm", "2023", "aged sixteen", "16.00", "16_17", "female", "Bangladeshi|Bangladeshi heritage",
             "fgm_honour_based_abuse"))
_E[11] = E("Kayden: Serious case review",
           "Kayden, a baby boy aged 11 days, died in 2017 from a skull fracture. His mother, who was 16 and herself subject to a child protection plan, said he had been dropped. Kayden's father, aged 24, had previous convictions for assaulting a partner.",
           ["the mother was seen as a child in need of protection but not as a parent", "the father's age and history were not shared with the mother's social worker"],
           ["assess both parents when a child on a child protection plan becomes a parent"],
           "Read executive summary (PDF)",
           T("Kayden", SCR, "executive_summary", "death", "2017", "aged 11 days", "0.03", "under_1", "male", "not_stated",
             "physical_abuse|physical_abuse; non_accidental_head_injury|non_accidental_head_injury",
             "parental_criminality|domestic_abuse; parental_criminality|domestic_abuse"))
_E[12] = E("Children KX, LX, MX and NX: Child safeguarding practice review",
           "Sexual abuse of four siblings aged between 4 and 12 by their stepfather, and neglect by their mother, from 2015 until the children disclosed the abuse in 2021. The family moved home nine times in those years. The children are of Roma heritage.",
           ["each move meant the children's records arrived months late", "the children's sexualised behaviour at school was treated as a behaviour problem", "an interpreter was rarely used with the mother"],
           ["send records within five days when a child known to services moves school", "make interpreters available for every child protection visit"],
           "Read practice review (PDF)",
           T("Children KX, LX, MX and NX", CSPR, "practice_review", "serious_harm", "2015|2021|", "*", "*", "*", "not_stated", "Roma|Roma heritage", "sexual_abuse; neglect", n="4"))
_E[13] = E("Child PX: Child safeguarding practice review",
           "Online sexual abuse of a 12-year-old boy who was coerced in 2022 into sending images of himself to a man posing as a teenage girl on a gaming platform. Child PX was then told that the images would be shared unless he paid money. Child PX has autism. Child PX is White British.",
           ["his parents did not know that boys could be targeted by sextortion", "the school's online safety lessons were not adapted for autistic pupils"],
           ["adapt online safety teaching for children with autism"],
           "Read practice review (PDF)",
           T("Child PX", CSPR, "practice_review", "serious_harm", "2022", "12-year-old", "12.00", "11_15", "male", "White British",
             "online_harm; sexual_abuse|online_harm|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; child_sexual_exploitation", "", "disabled"),
           good=["the police removed the images from the platform within a day"])
_E[14] = E("Baby QX: Learning review",
           "Baby QX, a four-week-old boy, was admitted to hospital in 2024 with a fractured arm and bruising to his ear. His parents had both grown up in care and had little support from their families. Baby QX is White Scottish.",
           ["the pre-birth assessment focused on the parents' past and not on the support they had now", "bruising to the ear was not recognised as a warning sign"],
           ["use the TEN-4 bruising rule in all health boards"],
           "Read learning review (PDF)",
           T("Baby QX", "learning_review", "unknown", "serious_harm", "2024", "four-week-old", "0.08", "under_1", "male", "White Scottish", "physical_abuse", "social_isolation|"))
_E[15] = E("Child RX: Child safeguarding practice review",
           "Death of a two-year-old girl who drowned in a garden pond in June 2023 while her mother was under the influence of alcohol. Child RX and her brother, aged 5, were often left unsupervised. Child RX is of Polish heritage.",
           ["neighbours' reports that the children played outside alone were not passed to children's services", "the mother's drinking was known to her GP but not to the health visitor"],
           ["share GP concerns about a parent's alcohol use with health visitors"],
           "Read practice review (PDF)",
           T("Child RX", CSPR, "practice_review", "death", "2023", "two-year-old", "2.00", "1_5", "female", "Polish|Polish heritage", "neglect|neglect; other", "parental_alcohol_misuse"))
_E[16] = E("Sam: Child safeguarding practice review",
           "Sam, a 6-year-old boy with Down's syndrome, was found in 2023 to have lost a fifth of his body weight and to have untreated pressure sores. His mother was his sole carer and had stopped taking her medication for bipolar disorder. Sam is Black Caribbean.",
           ["the community nursing team stopped visiting when the mother cancelled", "respite care ended during a change of provider and was never restarted", "Sam's school absences were not linked to his health needs"],
           ["never close a disabled child's case to health services because a parent cancels visits", "review respite packages whenever a provider changes"],
           "Read practice review (PDF)",
           T("Sam", CSPR, "practice_review", "serious_harm", "2023", "6-year-old", "6.00", "6_10", "male", "Black Caribbean", "neglect", "parental_mental_health", "disabled"), lab=_THEMES)
_E[17] = E("Baby SX: Child safeguarding practice review",
           "Baby SX, a three-month-old girl, died in the autumn of 2021 from a bleed on the brain. Her father, aged 22, was later convicted of her murder. The family were living with the paternal grandparents and money was a constant worry. Baby SX is White British.",
           ["the baby's crying was discussed with the mother but never with the father", "financial stress was not recognised as a risk"],
           ["give the ICON coping with crying message to both parents at every contact"],
           "Read practice review (PDF)",
           T("Baby SX", CSPR, "practice_review", "death", "2021", "three-month-old", "0.25", "under_1", "female", "White British",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse"))
_E[18] = E("Child TX: Serious case review",
           "Sexual abuse of a nine-year-old girl by a 16-year-old boy who lived next door, between 2018 and 2019. Child TX told her mother, who did not report it to the police for several months. The boy had himself been abused and was known to youth services. Ethnicity or nationality not stated.",
           ["harmful sexual behaviour by the older boy had been reported to his school a year earlier", "the mother was afraid of how neighbours would react"],
           ["make the harmful sexual behaviour framework part of youth service training"],
           "Read overview report (PDF)",
           T("Child TX", SCR, "overview", "serious_harm", "2018|", "nine-year-old", "9.00", "6_10", "female", "not_stated", "sexual_abuse|sexual_abuse; extra_familial_harm"),
           good=["the school's designated safeguarding lead supported the mother to report"])
_E[19] = E("Child UX: Child safeguarding practice review",
           "Child UX, an eighteen-month-old boy, was taken to hospital unconscious in January 2022 after swallowing ecstasy tablets left on a table during a party at the family home. His parents and their friends had been drinking and taking drugs. Child UX is of mixed White and Black African heritage.",
           ["the parents' drug use was discussed only around the time of the birth", "the family support worker closed the case after three months of improvement"],
           ["include questions about drugs kept in the home at every early help review"],
           "Read practice review (PDF)",
           T("Child UX", CSPR, "practice_review", "serious_harm", "2022", "eighteen-month-old", "1.50", "1_5", "male", "mixed White and Black African|mixed White and Black African heritage",
             "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse; parental_alcohol_misuse|parental_substance_misuse"))
_E[20] = E("Child VX: Child safeguarding practice review",
           "Child VX, a sixteen-year-old unaccompanied asylum-seeking boy, went missing from his foster placement in 2023 and was later found working in a cannabis factory. He had arrived in the UK in the back of a lorry six months earlier. Child VX is Vietnamese.",
           ["the foster carers were not told about the risk of re-trafficking", "his age was disputed for weeks, which delayed his care plan"],
           ["give every unaccompanied child a safety plan on the day they are placed", "refer to the National Referral Mechanism on arrival when trafficking is suspected"],
           "Read practice review (PDF)",
           T("Child VX", CSPR, "practice_review", "serious_harm", "2023", "sixteen-year-old", "16.00", "16_17", "male", "Vietnamese",
             "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm",
             "", "looked_after; foster_care|looked_after|foster_care"))
_E[21] = E("Child WX: Child safeguarding practice review",
           "Child WX, a 14-year-old girl, died in December 2022 after taking an overdose of her mother's antidepressants. She had told friends online that she wanted to die. Her parents were separating and her father had moved out after a violent argument. Child WX is White British.",
           ["friends who saw her messages did not know how to get help", "the school was not told about the family's crisis"],
           [], "Read practice review (PDF)",
           T("Child WX", CSPR, "practice_review", "death", "2022", "14-year-old", "14.00", "11_15", "female", "White British",
             "self_harm_suicide|self_harm_suicide; poisoning_ingestion", "domestic_abuse|"),
           norec="Makes no recommendations, because the partnership's suicide prevention strategy was refreshed during the review.")
_E[22] = E("Sexual abuse within families: thematic child safeguarding practice review",
           "Review of eight children aged 3 to 15 who were sexually abused by family members between 2016 and 2022. In most cases the abuse came to light only when a child told a friend or a teacher.",
           ["children's indirect signs of abuse were seen as behaviour problems", "professionals lacked the confidence to ask about sexual abuse"],
           ["introduce a signs and indicators template for child sexual abuse in all agencies"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "serious_harm", "2016|", "*", "*", "*", "not_stated", "not_stated", "sexual_abuse", thematic="true", n="8"),
           good=["a primary school's trusted adult scheme, which helped two children to tell"])
_E[23] = E("Child YX: Extended child practice review",
           "Chronic neglect of a 7-year-old boy living in a home with no working toilet, rats and dog faeces, identified in the spring of 2023 when he came to school with infected insect bites. Both of his parents had learning disabilities. Child YX is White Welsh.",
           ["the home was visited but the bedrooms were never seen", "support for the parents was not adapted to their learning needs"],
           ["see every room where a child sleeps during a neglect assessment", "commission advocacy for parents with learning disabilities"],
           "Read child practice review (PDF)",
           T("Child YX", "child_practice_review", "unknown|practice_review", "serious_harm", "2023", "7-year-old", "7.00", "6_10", "male", "White Welsh", "neglect", "parental_learning_disability"))
_E[24] = E("Baby ZX: Child safeguarding practice review",
           "Baby ZX, a 10-week-old girl, was found to have 23 fractures of different ages in February 2023. Her mother's partner, aged 31, was a registered sex offender who had not told his probation officer that he was living with a baby. Baby ZX is White British.",
           ["probation did not check who the partner was living with", "the mother was not told about his offending"],
           ["use the child sex offender disclosure scheme when a registered offender forms a relationship with a parent"],
           "Read practice review (PDF)",
           T("Baby ZX", CSPR, "practice_review", "serious_harm", "2023", "10-week-old", "0.19", "under_1", "female", "White British", "physical_abuse", "parental_criminality"),
           good=["the radiographer who questioned the first fracture"], lab=_PARTNER)
_E[25] = E("Children AY and BY: Child safeguarding practice review",
           "Deaths of two brothers, aged 4 and 7, who were killed by their father in a house fire he started in October 2022, days after their mother had left him. The mother had reported coercive control to the police in 2021. The family is of Indian heritage.",
           ["the risk to the children at the point of separation was not assessed", "the domestic abuse risk assessment did not include the children"],
           ["assess the risk to children at separation where there is coercive control"],
           "Read practice review (PDF)",
           T("Children AY and BY", CSPR, "practice_review", "death", "2022", "*", "*", "*", "male", "Indian|Indian heritage", "physical_abuse|other|physical_abuse; other", "domestic_abuse", n="2"))

_FILES22 = [("b22-openhtmltopdf-cards-2025-04.pdf", "2025-04", "Case reviews published in April 2025", [1, 2, 3, 4]),
            ("b22-lualatex-tcolorbox-2024-06.pdf", "2024-06", "Learning from case reviews: June 2024", [5, 6, 7]),
            ("b22-rsvg-poster-2023-11.pdf", "2023-11", "New case reviews – November 2023", [8, 9, 10]),
            ("b22-plaintex-bulletin-2022-10.pdf", "2022-10", "Case reviews bulletin: October 2022", [11, 12, 13]),
            ("b22-docx-rowtable-2025-01.docx", "2025-01", "Case reviews published in January 2025", [14, 15, 16]),
            ("b22-html-mailchimp-2026-02.html", "2026-02", "Case reviews update – February 2026", [17, 18, 19]),
            ("b22-markdown-jekyll-2025-10.md", "2025-10", "Case reviews published in October 2025", [20, 21, 22]),
            ("b22-plaintext-contents-2024-03.txt", "2024-03", "Case reviews bulletin – March 2024", [23, 24, 25])]
_MON22 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for fname, month, heading, idx in _FILES22:
    y, m = month.split("-")
    B22[fname] = dict(month=month, heading=heading, entries=[_E[i] for i in idx],
                      intro=f"{['Three', 'Four'][len(idx) - 3]} new case reviews were added to the national case review repository in {_MON22[int(m) - 1]} {y}. All of the children, families and places below are invented for testing.")
