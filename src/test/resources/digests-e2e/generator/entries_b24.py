# Batch b24 (issue 9, session 14; invented for testing; truth written and committed with the generator before the pipeline
# ran on the inputs). Eight digests in producers and layouts not in b1-b23: tagged LaTeX (\DocumentMetadata, lualatex) with
# a summary table on page 1 and fancyhdr running heads naming the current review, texinfo (texi2pdf) with a title page,
# a contents page and numbered sections, a man page (mandoc -Tpdf), a DocBook article typeset by dblatex (numbered
# sections, a title block, URLs of links shown by dblatex), a DOCX built by Apache POI without any styles (a summary table, a page break, bold runs), an e-mail-builder HTML
# page of nested presentation tables, markdown with pandoc definition lists and reference links, and a plain-text e-mail
# wrapped at 72 columns with '*' bullets and numbered link references. All 25 entries are NEW summaries (not re-used), in
# the phrasing of NSPCC case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt
# ('a|b' accepted alternatives, '*' not scored). New wordings on purpose: 'Near-fatal stab wound to a 16-year-old boy',
# 'aged two years and four months', 'a girl aged 14', 'a seventeen-year-old', 'aged 7 months', 'twin girls aged 3', 'an
# 11-year-old boy'; siblings and parents whose facts must not code the child (a brother serving a sentence for drug supply,
# a sister's child protection plan, a mother who is a care leaver, a father's prison sentence, a stepbrother's exclusion).
# Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B24 = {}
_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_FOCUS = ("Learning focuses on:", "Recommendations include:", "Identifies good practice including:")
_PARTNER = ("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")
_PD = "unknown|practice_review"

_E = {}
_E[1] = E("Child AQ: Child safeguarding practice review",
          "Near-fatal stab wound to a 16-year-old boy in November 2023. Child AQ had been drawn into selling drugs for a county lines network and had gone missing overnight eleven times that summer. His older brother was serving a prison sentence for drug supply. Child AQ was subject to a child in need plan. Child AQ is Black British.",
          ["missing episodes were recorded by the police but not linked to exploitation", "the child in need plan did not mention risks outside the home", "his brother's conviction was seen as a reason for concern about the family rather than about Child AQ"],
          ["hold a contextual safeguarding meeting after a child's third missing episode", "include risks outside the home in every child in need plan for an adolescent"],
          "Read practice review (PDF)",
          T("Child AQ", CSPR, "practice_review", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation", "", "child_in_need_plan"))
_E[2] = E("Baby BQ: Child safeguarding practice review",
          "Death of a 9-week-old baby boy in January 2024 from a head injury. His father, who was 23, told police he had shaken him when he would not settle. His mother had postnatal depression, and his 4-year-old sister had been on a child protection plan in 2022. Baby BQ is White British.",
          ["the father was not included in any contact with the health visitor", "the sister's earlier child protection plan was not known to the maternity team"],
          ["give every father the coping with crying advice before the baby goes home"],
          "Read practice review (PDF)",
          T("Baby BQ", CSPR, "practice_review", "death", "2024", "9-week-old", "0.17", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_mental_health"))
_E[3] = E("Children CQ and DQ: Serious case review",
          "Neglect of twin girls aged 3 over at least two years, identified in 2018 when nursery staff noticed that both had lost weight and were often hungry. Their mother had an alcohol problem and their father had been in prison for burglary. The family is of Irish Traveller heritage.",
          ["the twins' weight was not plotted after their first birthday", "professionals did not visit the site where the family lived", "the mother's drinking was not discussed at the nursery's meetings with her"],
          ["plot weight at every health contact for children under 5 who are known to children's social care"],
          "Read overview report (PDF)",
          T("Children CQ and DQ", SCR, "overview", "serious_harm", "2018", "*", "*", "*", "female", "Irish Traveller|Irish Traveller heritage", "neglect",
            "parental_alcohol_misuse; parental_criminality", n="2"),
          good=["the nursery manager who kept a daily record of what the girls ate"])
_E[4] = E("Child EQ: Child practice review",
          "Child EQ, a girl aged 14, was sexually exploited by a group of adult men in a seaside town during 2022 after meeting them through friends at a youth club. She was reported missing nineteen times. Her father had died the year before and her mother was struggling with grief. Child EQ is White Welsh.",
          ["each missing episode was treated on its own", "the youth club did not know how to raise a concern about the men who waited outside"],
          ["train youth workers to recognise and report the signs of sexual exploitation"],
          "Read child practice review (PDF)",
          T("Child EQ", "child_practice_review", _PD, "serious_harm", "2022", "aged 14", "14.00", "11_15", "female", "White Welsh",
            "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm",
            "|parental_mental_health"))
_E[5] = E("Babies bruised before six months: thematic child safeguarding practice review",
          "Review of seven babies under six months old who were found to have bruises between 2020 and 2023; two of them later suffered fractures. In five cases the bruise had been seen by a professional who did not follow the local protocol for bruising in non-mobile babies.",
          ["bruises were explained away by parents and the explanations were accepted", "GPs and emergency departments did not know the protocol applied to them"],
          ["audit the use of the bruising protocol in primary care every year", "give parents a leaflet explaining why a bruised baby is always referred"],
          "Read thematic review (PDF)",
          T("", CSPR, "practice_review", "serious_harm", "2020|", "*", "*", "under_1|unknown", "not_stated", "not_stated", "physical_abuse", thematic="true", n="7"),
          lab=_THEMES)
_E[6] = E("Leo: Child safeguarding practice review",
          "Leo, aged two years and four months, died in hospital in June 2022 after swallowing tablets prescribed to his mother's partner, who had a long history of opioid use. The tablets had been left in an open bag on the kitchen floor. Leo is White British.",
          ["the partner's drug treatment service did not ask whether he lived with children", "safe storage of medicines was not discussed when the partner moved in"],
          ["check safe storage at every drug treatment review where children are in the home"],
          "Read practice review (PDF)",
          T("Leo", CSPR, "practice_review", "death", "2022", "aged two years and four months|two years and four months", "2.33", "1_5", "male", "White British",
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse|"))
_E[7] = E("Child FQ: Learning review",
          "Child FQ, an 11-year-old boy with a learning disability, was assaulted by his stepfather in 2021 and needed surgery for a broken arm. His older half-sister had told a teacher about violence at home a year earlier, but the information was not passed to social work. Child FQ is White Scottish.",
          ["the half-sister's disclosure was treated as being about her alone", "Child FQ's communication needs meant he was never asked directly about home"],
          ["record every child in the household when a disclosure is made"],
          "Read learning review (PDF)",
          T("Child FQ", "learning_review", "unknown", "serious_harm", "2021", "11-year-old", "11.00", "11_15", "male", "White Scottish", "physical_abuse",
            "|domestic_abuse", "disabled"))
_E[8] = E("Hana: Serious case review",
          "Hana, a 15-year-old girl, was forced to marry a cousin during a family visit to Pakistan in the summer of 2015 and returned to the UK pregnant a year later. Her brothers had threatened her when she refused an earlier match. Hana is of Pakistani heritage.",
          ["her absence from school was recorded as an extended holiday", "the school's forced marriage lead had not been trained"],
          ["refer every extended unauthorised absence abroad to the forced marriage unit for advice"],
          "Read executive summary (PDF)",
          T("Hana", SCR, "executive_summary", "serious_harm", "2015", "15-year-old", "15.00", "11_15", "female", "Pakistani|Pakistani heritage",
            "fgm_honour_based_abuse|fgm_honour_based_abuse; sexual_abuse"))
_E[9] = E("Child GQ: Child safeguarding practice review",
          "Child GQ, a seventeen-year-old with autism, took his own life in March 2025 in supported accommodation, four months after he left his foster placement. His younger brother had been adopted when the children were taken into care. Ethnicity not stated.",
          ["the move to supported accommodation was planned around his birthday rather than his readiness", "his personal adviser changed twice in four months"],
          ["keep the same personal adviser for at least a year after a young person leaves care"],
          "Read practice review (PDF)",
          T("Child GQ", CSPR, "practice_review", "death", "2025", "seventeen-year-old", "17.00", "16_17", "male", "not_stated", "self_harm_suicide", "",
            "disabled; looked_after|disabled|disabled; foster_care; looked_after|disabled; foster_care"),
          good=["his foster carers stayed in contact with him after he moved"], lab=_FOCUS)
_E[10] = E("Baby HQ: Child safeguarding practice review",
           "Baby HQ, a 4-month-old boy, died in March 2023 after he was put to sleep on a sofa beside his father, who had taken cocaine that night. His mother was a care leaver aged 18. Baby HQ is of mixed White and Black African heritage.",
           ["safer sleep advice was given to the mother but not to the father", "the father's drug use was known to his probation officer only"],
           ["ask probation to share drug use concerns with health visitors when a baby is born"],
           "Read practice review (PDF)",
           T("Baby HQ", CSPR, "practice_review", "death", "2023", "4-month-old", "0.33", "under_1", "male", "mixed White and Black African|mixed White and Black African heritage",
             "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse"))
_E[11] = E("Children JQ, KQ and LQ: Child safeguarding practice review",
           "Three brothers, aged 5, 9 and 12, were physically and emotionally abused by their mother's partner over three years until 2023, when the eldest ran away to his grandmother's house. The partner had previous convictions for assault, and their mother was also a victim of his violence. The family is White British.",
           ["the boys' injuries were explained as rough play", "the partner's convictions were not checked when he moved in", "the grandmother's concerns were not heard"],
           ["check the history of any new adult in the household of a child known to social care", "invite wider family to child protection conferences"],
           "Read practice review (PDF)",
           T("Children JQ, KQ and LQ", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "*", "male", "White British", "physical_abuse; emotional_abuse",
             "domestic_abuse; parental_criminality|domestic_abuse", "|connected_carers", n="3"))
_E[12] = E("Child MQ: Child safeguarding practice review",
           "Serious harm to a 13-year-old girl who was groomed online by a man pretending to be a teenager and was raped when they met in April 2024. Her mother worked two jobs and had asked the school for advice about her daughter's phone use. Child MQ is Romanian.",
           ["the school's advice to the mother did not cover grooming", "the police did not share the man's earlier online offences with children's services"],
           ["give parents practical guidance on online grooming when a child starts secondary school"],
           "Read practice review (PDF)",
           T("Child MQ", CSPR, "practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", "Romanian",
             "online_harm; sexual_abuse|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm"),
           lab=_PARTNER)
_E[13] = E("Child NQ: Child safeguarding practice review",
           "Death of a 6-year-old boy with complex medical needs in December 2022. Child NQ had missed many hospital appointments, and his feeding equipment was found dirty and broken. His mother was also caring for his three siblings and for his grandmother, who had dementia. Ethnicity or nationality not stated.",
           ["missed appointments were closed rather than followed up", "the community nurses did not see the equipment for six months"],
           [], "Read practice review (PDF)",
           T("Child NQ", CSPR, "practice_review", "death", "2022", "6-year-old", "6.00", "6_10", "male", "not_stated", "neglect", "", "disabled"),
           norec="Makes no recommendations but asks the partnership to publish its new guidance on children with complex health needs.")
_E[14] = E("Young people harmed by knife crime: thematic child safeguarding practice review",
           "Review of four boys aged 14 to 17 who were stabbed in the city between 2021 and 2023, two of whom died. All four had been permanently excluded from mainstream school and three were known to the youth justice service.",
           ["exclusion was followed by weeks without any education", "youth justice and children's services held separate plans"],
           ["agree one plan for every child known to both youth justice and children's services"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "death|serious_harm", "2021|", "*", "*", "*", "male", "not_stated",
             "physical_abuse; extra_familial_harm|extra_familial_harm|physical_abuse|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; physical_abuse; extra_familial_harm", "", "not_in_school|", thematic="true", n="4"))
_E[15] = E("Child PQ: Serious case review",
           "Child PQ, a 10-year-old girl, was sexually abused by her grandfather between 2012 and 2016, when she told a school counsellor what was happening. Her parents had separated and she stayed with her grandparents at weekends. Child PQ is White British.",
           ["the grandfather's earlier caution was not known to the family", "Child PQ's bedwetting and withdrawal were not explored"],
           ["make information about previous cautions available when children stay regularly with relatives"],
           "Read overview report (PDF)",
           T("Child PQ", SCR, "overview", "serious_harm", "2012|2016|", "10-year-old", "10.00", "6_10", "female", "White British", "sexual_abuse"),
           good=["the school counsellor who listened and referred the same day"])
_E[16] = E("Child RQ: Child safeguarding practice review",
           "Non-fatal strangulation of a 16-year-old girl by her 19-year-old boyfriend in May 2024. Child RQ had told a friend that he checked her phone and stopped her seeing her family. Her mother had herself lived with domestic abuse when Child RQ was small. Child RQ is of Black Caribbean heritage.",
           ["teenage relationship abuse was not recognised as domestic abuse", "the boyfriend's age was not seen as a risk"],
           ["include teenage relationship abuse in the partnership's domestic abuse training"],
           "Read practice review (PDF)",
           T("Child RQ", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female", "Black Caribbean|Black Caribbean heritage",
             "physical_abuse; extra_familial_harm|physical_abuse|physical_abuse; emotional_abuse; extra_familial_harm|physical_abuse; emotional_abuse",
             "domestic_abuse|"))
_E[17] = E("Baby SQ: Child safeguarding practice review",
           "Baby SQ, aged 7 months, suffered a brain injury in September 2024 after she was left alone in the bath for several minutes while her mother answered the door. Her older stepbrother had been excluded from school that week. Baby SQ is of Turkish heritage.",
           ["bath safety was not part of the health visitor's advice after six months", "earlier accidents at home were recorded by different services"],
           ["add bath safety to the advice given at the nine-month review"],
           "Read practice review (PDF)",
           T("Baby SQ", CSPR, "practice_review", "serious_harm", "2024", "aged 7 months", "0.58", "under_1", "female", "Turkish|Turkish heritage", "neglect|neglect; other|other|"))
_E[18] = E("Child TQ: Child safeguarding practice review",
           "Child TQ, a 14-year-old boy, was privately fostered by a family friend after arriving from Nigeria in 2019. In 2022 he told a neighbour that he was made to clean and cook for the family every day and had never been enrolled at a school. Child TQ is Nigerian.",
           ["the private fostering arrangement was never notified to the local authority", "the GP registered him without asking who had parental responsibility"],
           ["run a campaign on private fostering for faith groups and community organisations"],
           "Read practice review (PDF)",
           T("Child TQ", CSPR, "practice_review", "serious_harm", "2022|2019|", "14-year-old", "14.00", "11_15", "male", "Nigerian",
             "neglect|other|neglect; other|child_criminal_exploitation|child_criminal_exploitation; neglect|emotional_abuse; neglect", "", "not_in_school|not_in_school; foster_care"))
_E[19] = E("Child UQ: Child safeguarding practice review",
           "Child UQ, a 3-year-old girl, was seriously injured in October 2021 when she fell from an open second-floor window of the family's temporary accommodation. The family had moved five times in two years. Her father had schizophrenia and had stopped taking his medication. Child UQ is of Eritrean heritage.",
           ["the housing provider did not fit window restrictors", "the family's moves meant no health visitor knew them for more than a few months"],
           ["require window restrictors in all temporary accommodation used for families", "transfer health visiting records the day a family moves"],
           "Read practice review (PDF)",
           T("Child UQ", CSPR, "practice_review", "serious_harm", "2021", "3-year-old", "3.00", "1_5", "female", "Eritrean|Eritrean heritage", "neglect|neglect; other|other|",
             "parental_mental_health"))
_E[20] = E("Child VQ: Single unified safeguarding review",
           "Child VQ, a 12-year-old boy, was found to have been physically abused and kept at home by his mother for most of 2023 after she withdrew him from school. His teachers had raised concerns about bruising in 2022. Child VQ is White Welsh.",
           ["the withdrawal from school was accepted without a visit", "bruising seen at school was not referred to the police"],
           ["visit every child within ten days of withdrawal from school where there have been safeguarding concerns"],
           "Read single unified safeguarding review (PDF)",
           T("Child VQ", "single_unified_safeguarding_review", _PD, "serious_harm", "2023|2022|", "12-year-old", "12.00", "11_15", "male", "White Welsh",
             "physical_abuse|physical_abuse; neglect|physical_abuse; emotional_abuse", "", "not_in_school"))
_E[21] = E("Baby WQ: Child safeguarding practice review",
           "Baby WQ, a girl aged 3 weeks, was admitted to hospital in the winter of 2023 with a fractured femur and bruising to her face. Her parents, both 17, had been living in a mother and baby placement until the week before. Baby WQ is White British.",
           ["the parents' move home was agreed without a plan for support", "the parents' own histories in care were not considered"],
           ["hold a planning meeting before any young parent leaves a mother and baby placement"],
           "Read practice review (PDF)",
           T("Baby WQ", CSPR, "practice_review", "serious_harm", "2023", "aged 3 weeks", "0.06", "under_1", "female", "White British", "physical_abuse"),
           good=["the ward nurse who noticed the facial bruising and asked a consultant to review"])
_E[22] = E("Child XQ: Child safeguarding practice review",
           "Child XQ, a 15-year-old girl, was seriously harmed in 2024 after taking an overdose of paracetamol. She had been self-harming since she was 12 and was waiting for a mental health assessment. Her father drank heavily and her parents argued in front of the children. Child XQ is of White and Asian heritage.",
           ["the waiting list was not reviewed for risk", "the school's worries were not shared with the mental health service"],
           ["triage all children waiting for mental health assessment who self-harm"],
           "Read practice review (PDF)",
           T("Child XQ", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "female", "White and Asian|White and Asian heritage",
             "self_harm_suicide|self_harm_suicide; poisoning_ingestion", "parental_alcohol_misuse|parental_alcohol_misuse; domestic_abuse"))
_E[23] = E("Child YQ: Child safeguarding practice review",
           "Death of a 14-year-old boy who drowned in a river in July 2022 while being chased by two young men he owed money to. Child YQ had been excluded from school and was known to the police for carrying cannabis. His mother had a learning disability. Child YQ is of Black African heritage.",
           ["his debts were not seen as a sign of exploitation", "his mother was not given information in a form she could understand"],
           ["adapt safeguarding information for parents with learning disabilities"],
           "Read practice review (PDF)",
           T("Child YQ", CSPR, "practice_review", "death", "2022", "14-year-old", "14.00", "11_15", "male", "Black African|Black African heritage",
             "child_criminal_exploitation; extra_familial_harm|extra_familial_harm|child_criminal_exploitation|extra_familial_harm; other|child_criminal_exploitation; extra_familial_harm; other",
             "parental_learning_disability", "not_in_school"),
           lab=_THEMES)
_E[24] = E("Children ZQ and AR: Child safeguarding practice review",
           "Emotional abuse and neglect of a girl aged 8 and her brother aged 4 whose mother had severe anxiety and kept them indoors for most of 2021 and 2022. Neither child was registered with a GP. The family is of Polish heritage.",
           ["the children were invisible to universal services", "the mother's own mental health service did not know she had children"],
           ["ask every adult mental health patient about the children they live with"],
           "Read practice review (PDF)",
           T("Children ZQ and AR", CSPR, "practice_review", "serious_harm", "2021|2022|", "*", "*", "*", "mixed", "Polish|Polish heritage",
             "emotional_abuse; neglect", "parental_mental_health", "|not_in_school", n="2"))
_E[25] = E("Child BR: Child safeguarding practice review",
           "Child BR, a 17-year-old girl with a child protection plan, was sexually assaulted at a party in 2023 by a man she met through her older sister's boyfriend. She had been living with her aunt since her parents were imprisoned. Child BR is White British.",
           ["the plan did not consider the people she met through her sister", "the aunt was not given support as a kinship carer"],
           ["offer a support plan to every kinship carer of a child with a child protection plan"],
           "Read practice review (PDF)",
           T("Child BR", CSPR, "practice_review", "serious_harm", "2023", "17-year-old", "17.00", "16_17", "female", "White British",
             "sexual_abuse; extra_familial_harm|sexual_abuse", "parental_criminality|", "child_protection_plan; connected_carers|child_protection_plan"))

_FILES24 = [("b24-lualatex-tagged-2025-10.pdf", "2025-10", "Case reviews published in October 2025", [1, 2, 3]),
            ("b24-texinfo-sections-2024-12.pdf", "2024-12", "New case reviews: December 2024", [4, 5, 6, 7]),
            ("b24-mandoc-manpage-2025-04.pdf", "2025-04", "Case reviews update April 2025", [8, 9, 10]),
            ("b24-dblatex-docbook-2025-03.pdf", "2025-03", "Case reviews digest: March 2025", [11, 12, 13]),
            ("b24-docx-poi-2025-06.docx", "2025-06", "Case reviews published in June 2025", [14, 15, 16]),
            ("b24-html-emailbuilder-2025-09.html", "2025-09", "Case reviews update: September 2025", [17, 18, 19]),
            ("b24-markdown-deflist-2026-02.md", "2026-02", "New case reviews - February 2026", [20, 21, 22]),
            ("b24-plaintext-email-2025-01.txt", "2025-01", "Case reviews update - January 2025", [23, 24, 25])]
_MON24 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for fname, month, heading, idx in _FILES24:
    y, m = month.split("-")
    B24[fname] = dict(month=month, heading=heading, entries=[_E[i] for i in idx],
                      intro=f"{['Three', 'Four'][len(idx) - 3]} new case reviews were added to the national case review repository in {_MON24[int(m) - 1]} {y}. All of the children, families and places below are invented for testing.")
