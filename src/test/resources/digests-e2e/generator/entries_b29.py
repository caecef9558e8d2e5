# Batch b29 (issue 9, session 17; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Seven digests as the NSPCC has published them over the years, in shapes the repository has not
# seen: a "Case reviews update" page saved from the current NSPCC Learning site (accordion items whose panels are `hidden`,
# run-in labels with ';' lists, 'Read the full review' buttons, JSON-LD, a consent-manager banner); a Word monthly digest
# with tracked changes left in (moved list items, a replaced year, a deleted sentence, an inserted item) and comments; a raw
# e-mail export whose quoted-printable body quotes the NSPCC e-mail with '> ' (soft breaks inside quoted lines, so the
# continuation lines carry no '> '); a markdown file exported from a CMS (TOML front matter, HTML fragments, '&nbsp;', '<br />',
# Hugo shortcodes, HTML comments); a PDF printed from the NSPCC Learning print view (print CSS writes each link's URL after
# its text, titles are links); a yearly round-up listing reviews under nation and area headings; and the old nspcc.org.uk
# 2017 yearly list saved by Chromium as 'Webpage, Single File' (MHTML). All 24 entries are NEW summaries in the phrasing of
# NSPCC case review summaries ('aged 15', 'Child FW (13)', 'a teenage boy', siblings' and parents' facts beside the child's,
# several children in one review, Scottish / Welsh / Northern Ireland review types, incident years in several forms), coded
# by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored).
# Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B29 = {}
_RT = ("Learning themes include:", "Recommendations include:", "Identifies good practice including:")
_RP = ("Learning themes include:", "Recommendations to the partnership include:", "Identifies good practice including:")
_OLD = ("Key issues: include:", "Recommendations: include:", "Good practice identified includes:")
LR = "learning_review"; CPR = "child_practice_review"; CMR = "case_management_review"; SUSR = "single_unified_safeguarding_review"

_E = {}
# --- A: saved NSPCC Learning page (dated headings '2025 - Area - Name'; type not stated; 'Read the full review')
_E[1] = E("2025 - Ashdown Marches - Child AW",
          "Death of a 3-month-old baby boy in February 2023 from a head injury. Child AW's father, aged 23, was convicted of manslaughter. Child AW's mother was 17 and had been in care herself; the family had been known to early help services since before the birth.",
          ["the needs of a young mother who was herself a care leaver", "the invisibility of the father to universal services", "the impact of short-term early help involvement"],
          ["ensure fathers and male carers are routinely recorded and engaged by maternity and health visiting services", "provide targeted support to young parents who are care leavers"],
          "Read the full review",
          T("Child AW", "unknown", "overview", "death", "2023", "3-month-old", "0.25", "under_1", "male", "not_stated",
            "non_accidental_head_injury|physical_abuse; non_accidental_head_injury", "|parental_criminality", area="Ashdown Marches"), lab=_RT)
_E[2] = E("2025 - Anonymous - Children BW and CW",
          "Neglect of two siblings, a girl aged 4 and a boy aged 2, in 2022. The children were found living in a flat with no food and dog faeces on the floor. Their mother had a history of depression and misused alcohol; their father was in prison.",
          ["recognising neglect in the home environment", "professional curiosity about parental drinking", "the impact of a parent's imprisonment on children"],
          ["review the use of the neglect screening tool by universal services", "ensure prison and probation services share information about children when a parent is sentenced", "audit the quality of home visits"],
          "Read the full review",
          T("Children BW and CW", "unknown", "overview", "serious_harm", "2022", "*", "*", "*", "mixed", "not_stated",
            "neglect", "parental_mental_health; parental_alcohol_misuse; parental_criminality|parental_mental_health; parental_alcohol_misuse", n="2"), lab=_RP)
_E[3] = E("2025 - Glenmorven - Child DW",
          "Child DW, aged 15, took her own life in the autumn of 2023. She had been self-harming since the age of 12 and had been referred to CAMHS three times. Child DW had an older brother who had been excluded from school and who was known to the police.",
          ["responding to repeated self-harm in adolescents", "thresholds for CAMHS", "the impact of a sibling's behaviour on family life"],
          ["develop a multi-agency pathway for young people who self-harm"],
          "Read the full review",
          T("Child DW", "unknown", "overview", "death", "2023", "aged 15", "15.00", "11_15", "female", "not_stated",
            "self_harm_suicide", area="Glenmorven"), lab=_RT)
_E[4] = E("2025 - Pellworth and Caddon Vale - Baby EW",
          "Serious injuries to a 6-week-old baby girl in 2024, including a fractured femur and bruising to the face. Baby EW lived with her mother, aged 19, and her mother's partner, who had a history of domestic abuse in previous relationships.",
          ["bruising in non-mobile babies", "understanding the role of men in the household", "information sharing between police and health"],
          ["implement the bruising in non-mobile babies protocol across all agencies", "ensure police share domestic abuse history with health visitors when a baby is born"],
          "Read the full review",
          T("Baby EW", "unknown", "overview", "serious_harm", "2024", "6-week-old", "0.11", "under_1", "female", "not_stated",
            "physical_abuse", "domestic_abuse", area="Pellworth and Caddon Vale"), lab=_RT,
          good=["the emergency department's prompt referral to children's social care"])
# --- B: Word monthly digest with tracked changes and comments
_E[5] = E("Child FW: Child safeguarding practice review",
          "Child FW (13) was sexually exploited by a group of adult men in 2022 after going missing from her foster placement. She had been in care since the age of 9 because of neglect. Child FW is of mixed White and Black Caribbean heritage.",
          ["missing episodes from foster care were not seen as a sign of exploitation", "information about the men was held by the police but not shared", "Child FW's social worker changed five times in two years"],
          ["train foster carers to recognise the signs of child sexual exploitation", "use disruption tactics against adults who target looked after children"],
          "Read practice review (PDF)",
          T("Child FW", CSPR, "practice_review", "serious_harm", "2022", "13|(13)", "13.00", "11_15", "female",
            "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
            "child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; neglect|child_sexual_exploitation; extra_familial_harm; neglect",
            "", "foster_care; looked_after|foster_care"))
_E[6] = E("Children GW, HW and JW: Serious case review",
          "Emotional abuse and neglect of three brothers aged 6, 9 and 11 between 2017 and 2019. The children witnessed domestic abuse by their father against their mother, who also misused cannabis.",
          ["the children's lived experience of domestic abuse was not explored", "professionals relied on the mother's account", "the father was not engaged"],
          ["ensure that children are seen and spoken to alone during assessments"],
          "Read overview report (PDF)",
          T("Children GW, HW and JW", SCR, "overview", "serious_harm", "2017|", "*", "*", "*", "male", "not_stated",
            "emotional_abuse; neglect", "domestic_abuse; parental_substance_misuse", n="3"))
_E[7] = E("Child KW: Child practice review",
          "A teenage boy was seriously injured in 2023 after being stabbed. Child KW had been criminally exploited to sell drugs and had been excluded from school in Year 10. Child KW is White Welsh.",
          ["exclusion from school increased Child KW's vulnerability to exploitation", "the use of the National Referral Mechanism was delayed"],
          ["develop a regional approach to contextual safeguarding", "review the arrangements for alternative education provision"],
          "Read child practice review (PDF)",
          T("Child KW", CPR, "practice_review", "serious_harm", "2023", "teenage", "", "unknown", "male", "White Welsh",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse",
            "", "not_in_school"))
# --- C: raw e-mail export, quoted-printable, the NSPCC e-mail quoted with '> '
_E[8] = E("Child LW: Case management review",
          "Death of a 22-month-old girl in 2021 who ingested methadone that had been prescribed to her father. Child LW's parents were both in a drug treatment programme and the family were receiving support from family intervention services.",
          ["safe storage of opioid substitutes in homes with young children", "the need for drug treatment services to consider the children of service users"],
          ["ensure safe storage advice and lockable boxes are provided to all parents prescribed opioid substitutes", "include children's needs in drug treatment care plans"],
          "Read case management review summary (PDF)",
          T("Child LW", CMR, "unknown|executive_summary", "death", "2021", "22-month-old", "1.83", "1_5", "female", "not_stated",
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"), lab=("Learning includes:", "Recommendations include:", ""))
_E[9] = E("Child MW: Learning review",
          "Child MW, a 14-year-old boy, died in 2022 after taking an overdose of his mother's medication. He had been on the child protection register because of neglect and his mother's mental health.",
          ["the voice of the child", "the focus on parental mental health at the expense of Child MW's own emotional wellbeing", "transitions between child and adult services"],
          ["review child protection planning processes to ensure a focus on the emotional needs of young people"],
          "Read learning review (PDF)",
          T("Child MW", LR, "unknown|practice_review", "death", "2022", "14-year-old", "14.00", "11_15", "male", "not_stated",
            "self_harm_suicide|self_harm_suicide; poisoning_ingestion|self_harm_suicide; neglect|self_harm_suicide; poisoning_ingestion; neglect",
            "parental_mental_health", "child_protection_plan|"), lab=("Learning includes:", "Recommendations include:", ""))
_E[10] = E("Ruby: Serious case review",
           "Serious sexual abuse of a 7-year-old girl by her grandfather between 2015 and 2018. Ruby's older sister had made a disclosure about the grandfather in 2014 that was not acted on.",
           ["the response to earlier allegations made by a sibling", "the role of extended family members as carers"],
           [], "Read full overview (PDF)",
           T("Ruby", SCR, "full_overview", "serious_harm", "2015|", "7-year-old", "7.00", "6_10", "female", "not_stated", "sexual_abuse"),
           norec="Makes no recommendations as the learning is being taken forward through the partnership's sexual abuse strategy.",
           lab=("Learning includes:", "Recommendations include:", ""))
# --- D: CMS markdown export
_E[11] = E("Child NW: Child safeguarding practice review",
           "Child NW, aged 16, was seriously assaulted in 2024 by a 19-year-old man she had met online who was controlling her. Child NW was looked after and living in semi-independent accommodation. Child NW's mother had a history of domestic abuse.",
           ["coercive control in teenage relationships", "online safety for looked after young people", "the suitability of semi-independent accommodation for 16- and 17-year-olds"],
           ["commission training on adolescent relationship abuse for residential and supported accommodation staff"],
           "Read the full review",
           T("Child NW", CSPR, "practice_review", "serious_harm", "2024", "aged 16", "16.00", "16_17", "female", "not_stated",
             "physical_abuse; online_harm; extra_familial_harm|physical_abuse; online_harm|physical_abuse; extra_familial_harm|physical_abuse|online_harm; extra_familial_harm",
             "domestic_abuse|", "looked_after"), lab=_RT)
_E[12] = E("Baby PW: Child safeguarding practice review",
           "Sudden unexpected death of a 10-week-old baby boy in the early hours of 2 January 2024. Baby PW was sleeping in an adult bed with both parents, who had been drinking alcohol on New Year's Eve. Baby PW's 4-year-old sister was also in the bed.",
           ["safer sleep advice at times of celebration or disruption to routine", "engaging fathers in safer sleep conversations"],
           ["run a safer sleep campaign over the festive period", "include fathers in all safer sleep discussions"],
           "Read the full review",
           T("Baby PW", CSPR, "practice_review", "death", "2024", "10-week-old", "0.19", "under_1", "male", "not_stated",
             "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse"), lab=_RT)
_E[13] = E("Child QW: Single unified safeguarding review",
           "Child QW, a 9-year-old girl with cerebral palsy and a learning disability, died in 2023 from complications of malnutrition. She had not been seen by a paediatrician for two years. Her parents were her full-time carers.",
           ["was not brought to appointments", "recognising neglect of disabled children", "professional deference to parents who are carers"],
           ["ensure a named professional coordinates the health care of children with complex needs", "develop guidance on responding when disabled children are not brought to appointments"],
           "Read the full review",
           T("Child QW", SUSR, "overview", "death", "2023", "9-year-old", "9.00", "6_10", "female", "not_stated",
             "neglect", "", "disabled"), lab=_RT, good=["the school nurse who escalated concerns about Child QW's weight"])
_E[14] = E("Serious youth violence: thematic child safeguarding practice review",
           "Review of four boys aged between 14 and 17 who were seriously injured or killed in knife attacks in 2023 and 2024. Three of the boys had been excluded from school and two were known to youth justice services.",
           ["school exclusion as a trigger for risk", "the response to young people carrying knives"],
           ["ensure children at risk of exclusion have a multi-agency assessment"],
           "Read the full review",
           T("", CSPR, "practice_review", "death|serious_harm", "2023|", "*", "*", "*", "male", "not_stated",
             "extra_familial_harm|extra_familial_harm; physical_abuse|extra_familial_harm; child_criminal_exploitation|physical_abuse",
             "", "not_in_school|", thematic="true", n="4"), lab=_RT)
# --- E: print view of the NSPCC Learning page (Chromium), link URLs printed after the link text
_E[15] = E("Child SW: Child safeguarding practice review",
           "Physical abuse of a 2-year-old boy by his mother's partner in May 2024. Child SW was admitted to hospital with a fractured arm and burns to his hands. His mother, aged 20, had been in care as a child and was pregnant at the time.",
           ["the mother's partner was not known to any agency", "the explanation for the burns was accepted without challenge", "pre-birth assessment did not consider the risk to Child SW"],
           ["ensure that all adults living in a household are identified during assessments", "review the pre-birth assessment protocol"],
           "Read practice review (PDF)",
           T("Child SW", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male", "not_stated", "physical_abuse"),
           lab=("Learning includes:", "Recommendations include:", ""))
_E[16] = E("Child TW: Extended child practice review",
           "Serious neglect of a 5-month-old baby girl in 2022 who was admitted to hospital with severe nappy rash and failure to thrive. Child TW's parents both had learning disabilities and the family lived in an isolated rural area.",
           ["adapting parenting support for parents with learning disabilities", "the impact of rural isolation on access to services"],
           ["commission a specialist parenting service for parents with learning disabilities"],
           "Read child practice review (PDF)",
           T("Child TW", CPR, "practice_review", "serious_harm", "2022", "5-month-old", "0.42", "under_1", "female", "not_stated",
             "neglect", "parental_learning_disability; social_isolation|parental_learning_disability"), lab=("Learning includes:", "Recommendations include:", ""))
_E[17] = E("Kacper: Serious case review (executive summary)",
           "Death of an 11-year-old boy in 2019 who was hit by a car while riding his bike. Kacper had been left without adult supervision for long periods and had been the subject of a child in need plan for neglect. Kacper is Polish.",
           ["neglect of older children can be overlooked", "the child in need plan was closed without evidence of change"],
           ["review the closure of child in need plans where neglect is a concern"],
           "Read executive summary (PDF)",
           T("Kacper", SCR, "executive_summary", "death", "2019", "11-year-old", "11.00", "11_15", "male", "Polish",
             "neglect; other|neglect|other", "", "child_in_need_plan"), lab=("Learning includes:", "Recommendations include:", ""))
# --- F: yearly round-up under nation and area headings
_E[18] = E("Child UW: Child safeguarding practice review",
           "Child UW, aged 17, was seriously injured in a stabbing in March 2023. He had been criminally exploited since the age of 14 and had been reported missing more than 30 times. Child UW's younger brother was also known to children's services.",
           ["missing episodes as an indicator of exploitation", "the use of trauma-informed approaches with adolescents"],
           ["strengthen return home interviews", "develop a transitional safeguarding approach for young people aged 16 to 25"],
           "Read practice review (PDF)",
           T("Child UW", CSPR, "practice_review", "serious_harm", "2023", "aged 17", "17.00", "16_17", "male", "not_stated",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse",
             area="East Wrexley"), lab=("Learning includes:", "Recommendations include:", ""))
_E[19] = E("Baby VW: Child safeguarding practice review",
           "Death of a 3-week-old baby boy in 2023 while bed-sharing with his mother, who had taken prescribed medication that made her drowsy. The mother had been diagnosed with postnatal depression.",
           ["safer sleep advice when parents take medication that causes drowsiness", "perinatal mental health"],
           ["update safer sleep guidance to include the effects of prescribed medication"],
           "Read practice review (PDF)",
           T("Baby VW", CSPR, "practice_review", "death", "2023", "3-week-old", "0.06", "under_1", "male", "not_stated",
             "sudden_unexpected_infant_death", "co_sleeping; parental_mental_health", area="Hollins Cross and Marl"),
           lab=("Learning includes:", "Recommendations include:", ""))
_E[20] = E("Child XW: Learning review",
           "Child XW, a 12-year-old girl, was sexually abused by a 15-year-old boy she met through an online game in 2022. Child XW had autism and spent long periods online. Child XW lived with her grandparents under a kinship care order.",
           ["online safety for autistic children", "support for kinship carers"],
           ["develop online safety resources for children with additional support needs"],
           "Read learning review (PDF)",
           T("Child XW", LR, "unknown|practice_review", "serious_harm", "2022", "12-year-old", "12.00", "11_15", "female", "not_stated",
             "sexual_abuse; online_harm|sexual_abuse; online_harm; extra_familial_harm|online_harm|online_harm; extra_familial_harm",
             "", "disabled; connected_carers|connected_carers|disabled; connected_carers; looked_after", area="Strathlorn"),
           lab=("Learning includes:", "Recommendations include:", ""))
_E[21] = E("Child YW: Child practice review",
           "Neglect of Child YW, a 14-month-old boy, in 2021. Child YW's mother was a victim of domestic abuse and had a history of substance misuse. Child YW was on the child protection register under the category of neglect.",
           ["the voice of the child", "the impact of domestic abuse on parenting capacity"],
           ["ensure core groups focus on the child's lived experience"],
           "Read child practice review (PDF)",
           T("Child YW", CPR, "practice_review", "serious_harm", "2021", "14-month-old", "1.17", "1_5", "male", "not_stated",
             "neglect", "domestic_abuse; parental_substance_misuse", "child_protection_plan", area="Bro Tegid"),
           lab=("Learning includes:", "Recommendations include:", ""))
# --- G: the 2017 yearly list of the old nspcc.org.uk, saved as MHTML (Background / Key issues / Keywords)
_E[22] = E("2017 - Thornbury Fells - Child ZW",
           "Death of a 4-year-old girl in 2015 from head injuries inflicted by her mother's partner. Child ZW had been subject to a child protection plan which ended six months before her death.",
           ["lack of challenge when the child protection plan ended", "the partner's history was not checked", "the focus was on the mother's mental health rather than on the child"],
           ["review the process for ending child protection plans", "ensure checks are made on new partners who join a household"],
           "Read the overview report",
           T("Child ZW", "unknown", "overview", "death", "2015", "4-year-old", "4.00", "1_5", "female", "not_stated",
             "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse",
             "parental_mental_health; domestic_abuse; parental_criminality|parental_mental_health; domestic_abuse|parental_mental_health; parental_criminality",
             "child_protection_plan|", area="Thornbury Fells"), lab=_OLD)
_E[22]["background"] = "Mother had a history of depression and of violent relationships. Mother's partner had previous convictions for assault."
_E[22]["keywords"] = "physical abuse, child protection plans, mothers' partners"
_E[23] = E("2017 - Anonymous - Sam and Alfie",
           "Physical abuse and neglect of two brothers, aged 3 and 5, in 2016. Sam was found with a broken arm and Alfie with bruising to his back.",
           ["the parents' explanations for injuries were accepted", "the impact of parental alcohol misuse on the children was not assessed"],
           ["ensure that injuries to children under 5 are discussed with a paediatrician", "provide training on the impact of parental alcohol misuse"],
           "Read the executive summary",
           T("Sam and Alfie", "unknown", "executive_summary", "serious_harm", "2016", "*", "*", "*", "male", "not_stated",
             "physical_abuse; neglect", "parental_alcohol_misuse", n="2"), lab=_OLD)
_E[23]["background"] = "Family known to children's social care since 2012. Both parents misused alcohol."
_E[23]["keywords"] = "physical abuse, neglect, parents who misuse alcohol"
_E[24] = E("2017 - Marrick and Swale Vale - Child AX",
           "Sexual abuse of a 15-year-old adolescent by her older brother between 2013 and 2015.",
           ["professionals did not consider the possibility of sibling sexual abuse", "Child AX's self-harm was not explored"],
           ["develop guidance on responding to harmful sexual behaviour between siblings"],
           "Read the overview report",
           T("Child AX", "unknown", "overview", "serious_harm", "2013|", "15-year-old", "15.00", "11_15", "female", "not_stated",
             "sexual_abuse", area="Marrick and Swale Vale"), lab=_OLD, good=["the school counsellor's response to Child AX's disclosure"])
_E[24]["keywords"] = "sibling abuse, harmful sexual behaviour, adolescents"

B29["b29-saved-webpage-2025-11.html"] = dict(month="2025-11", heading="Case reviews update",
    intro="The NSPCC Library hosts the national collection of case reviews. This update highlights case reviews recently added to the collection. All of the children, families and places on this page are invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B29["b29-docx-tracked-2024-06.docx"] = dict(month="2024-06", heading="NSPCC Repository – June 2024",
    intro="In June 2024 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B29["b29-email-quoted-qp-2025-03.txt"] = dict(month="2025-03", heading="NSPCC Repository – March 2025",
    intro="In March 2025 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B29["b29-cms-markdown-2025-08.md"] = dict(month="2025-08", heading="Case reviews published in August 2025",
    intro="Summaries of the case reviews added to the national case review repository in August 2025. Every child, family and place in this file is invented for testing.",
    entries=[_E[11], _E[12], _E[13], _E[14]])
B29["b29-printview-2025-05.pdf"] = dict(month="2025-05", heading="Case reviews published in May 2025",
    intro="A list of the case reviews added to the national case review repository in May 2025. All of the children, families and places below are invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B29["b29-yearly-areas-2024.pdf"] = dict(month="2024-12", year_only=True, heading="Case reviews published in 2024",
    intro="A list of case reviews published in 2024, arranged by nation and by the area that published them. All of the children, families and places below are invented for testing.",
    entries=[_E[18], _E[19], _E[20], _E[21]],
    nations=[("England", "East Wrexley"), ("England", "Hollins Cross and Marl"), ("Scotland", "Strathlorn"), ("Wales", "Bro Tegid")])
B29["b29-singlefile-2017.mhtml"] = dict(month="2017-12", year_only=True, heading="Case reviews published in 2017",
    intro="A chronological list of the executive summaries or full overview reports of serious case reviews published in 2017. All of the children, families and places below are invented for testing.",
    entries=[_E[22], _E[23], _E[24]])
