# Batch b57 (issue 9, session 32; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b57 section of ../../digests-e2e-pending/README.md for what was grepped): an INKSCAPE export of an SVG newsletter whose every
# line is a <tspan> placed absolutely and whose labels are COLOURED TABS (white words in filled rounded rectangles) to the left
# of the items; a WKHTMLTOPDF print of a BORDERED TWO-COLUMN TABLE (Review | What we learned) spanning pages with its HEADER
# ROW REPEATED on every page; a Word-like document (python-docx, printed by LibreOffice Writer) whose heading and intro run
# across the page and which turns TWO-COLUMN after a CONTINUOUS SECTION BREAK MID-PAGE, its reports linked by PRINTED SHORT
# URLS ONLY; a MAIL-MERGE catalogue whose merged values carry Word's grey FIELD SHADING, made PDF/A by GHOSTSCRIPT -dPDFA; and
# a LUALATEX two-column newsletter (\twocolumn) whose labels are \marginpar notes, in the LEFT margin beside the left column
# and the RIGHT margin beside the right one. All entries are NEW summaries in the phrasing of NSPCC case review summaries,
# coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored).
# Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
# Truth correction after the first measure (f5d7dbd1), under the batches' convention: 'Full review' names the review's report
# as 'Read the full review' does (practice_review for a CSPR, overview for an SCR); the four 'Full review:' entries were
# committed with document_type 'unknown'.
B57 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: Inkscape SVG newsletter, tspans, coloured tab labels
_E[1] = E("Child ALK: Child safeguarding practice review",
          "Death of a 7-week-old girl in 2024 who was found unresponsive on a sofa where she had been sleeping with her father. Her father, aged 27, had drunk alcohol that evening. Child ALK is White British.",
          ["safer sleep advice was given to the mother but not to the father", "the family's move to a one-bedroom flat was not seen as a change in risk"],
          ["midwives and health visitors to give safer sleep advice to both parents at every contact", "housing officers to tell health visitors when a family with a baby moves home"],
          "Read the practice review (PDF)",
          T("Child ALK", CSPR, "practice_review", "death", "2024", "7-week-old", "0.13", "under_1", "female", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse"))
_E[2] = E("Child BMK: Serious case review",
          "Physical abuse of a 6-year-old boy in 2018 by his mother's partner. He was taken to hospital with burns to his hands and bruising to his back. Teachers had noticed bruises on three occasions. Child BMK is Black Caribbean.",
          ["school staff recorded the bruises but did not make a referral", "the mother's partner was not asked about by any agency"],
          ["schools to refer every unexplained injury to children's social care the same day", "agencies to find out who lives in the household when a new adult moves in"],
          "Read the overview report (PDF)",
          T("Child BMK", SCR, "overview", "serious_harm", "2018", "6-year-old", "6.00", "6_10", "male", "Black Caribbean", "physical_abuse"))
_E[3] = E("Child CNK: Child practice review",
          "Sexual exploitation of a 14-year-old girl in Wales between 2021 and 2023. She was reported missing from home eleven times and was found with older men in another town. Child CNK is White Welsh.",
          ["return home interviews were not offered after most missing episodes", "the men she was found with were not identified by the police"],
          ["police to record the details of every adult found with a missing child", "the partnership to make sure every child who goes missing is offered a return home interview"],
          "Read the child practice review (PDF)",
          T("Child CNK", CPR, "practice_review", "serious_harm", "2021|", "14-year-old", "14.00", "11_15", "female", "White Welsh|White British", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse"),
          good=["the youth worker who kept in touch with her when she moved to another town"])
_E[4] = E("Baby DPK: Learning review",
          "Serious harm to a 5-month-old boy in Scotland in 2025 who had a fractured skull and rib fractures. His parents, aged 19 and 22, gave no explanation for the injuries. Baby DPK is White Scottish.",
          ["the young parents' own care histories were not shared with the health visiting team", "a small mark on the baby's cheek was accepted as a scratch"],
          [],
          "Read the learning review (PDF)",
          T("Baby DPK", LR, "unknown|practice_review", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "male", "White Scottish", "physical_abuse|physical_abuse; non_accidental_head_injury|non_accidental_head_injury"),
          norec="Makes no recommendations as the learning is being taken forward through the partnership's improvement plan.")
# --- B: wkhtmltopdf bordered two-column table, header row repeated
_E[5] = E("Child ERK: Child safeguarding practice review",
          "Neglect of a 9-year-old boy with autism in 2023. He was not brought to eleven health appointments and had not attended school for six months. His mother, aged 36, had depression. Child ERK is White British.",
          ["missed health appointments were not seen as neglect of a disabled child", "elective home education was accepted without a visit"],
          ["health services to follow up every disabled child who is not brought to an appointment", "the local authority to visit every child removed from school for home education within a month"],
          "Read the practice review (PDF)",
          T("Child ERK", CSPR, "practice_review", "serious_harm", "2023", "9-year-old", "9.00", "6_10", "male", "White British", "neglect", "parental_mental_health", "not_in_school; disabled|disabled; not_in_school|disabled|not_in_school"))
_E[6] = E("Child FSK: Serious case review",
          "Death of a 16-year-old girl in 2019 who took her own life. She had self-harmed since the age of 13 and had been waiting for a mental health assessment for nine months. Child FSK is Indian.",
          ["her self-harm was treated as a way of seeking attention", "the waiting list for a mental health assessment was not reviewed when her risk rose"],
          ["mental health services to review the risk of every child on the waiting list each month", "schools to have a named lead for pupils who self-harm"],
          "Read the executive summary (PDF)",
          T("Child FSK", SCR, "executive_summary", "death", "2019", "16-year-old", "16.00", "16_17", "female", "Indian", "self_harm_suicide"))
_E[7] = E("Children GTK and HVK: Child safeguarding practice review",
          "Serious harm to two sisters, aged 3 and 5, in 2024 who were found alone in a house fire. Their mother, aged 30, had left them to buy drugs. The children are mixed White and Asian.",
          ["the mother's relapse into drug use was known to her GP but not shared", "the children's nursery did not ask why they were often absent"],
          ["GPs to share a parent's relapse with the health visitor when there are children under 5", "nurseries to follow up every absence of a child on a child in need plan"],
          "Read the practice review (PDF)",
          T("Children GTK and HVK", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "1_5", "female", "mixed White and Asian|White and Asian", "neglect|neglect; other", "parental_substance_misuse", n="2"))
_E[8] = E("Child JWK: Child safeguarding practice review",
          "Death of a 17-year-old boy in 2025 who was shot in a street. He had been criminally exploited by a gang since 2023 and was on a child protection plan. Child JWK is Black British.",
          ["the transfer from children's services to the youth justice team lost information", "his mother's requests for a move away from the area were not acted on"],
          ["housing to treat a move away from exploitation as an emergency", "youth justice and children's services to hold joint meetings for every exploited child"],
          "Read the practice review (PDF)",
          T("Child JWK", CSPR, "practice_review", "death", "2025", "17-year-old", "17.00", "16_17", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse", "", "child_protection_plan"),
          good=["the school's family support worker who stayed in touch after he was excluded"])
# --- C: Word-like document, continuous section break to two columns mid-page, printed short URLs only
_E[9] = E("Child KXK: Child safeguarding practice review",
          "Serious harm to a 2-year-old boy in 2024 who swallowed cannabis edibles at home. His mother, aged 24, and her partner, aged 28, used cannabis daily. Child KXK is White British.",
          ["the risk of edible drugs to a toddler was not known to the health visitor", "the partner was not included in the early help assessment"],
          ["public health to give families information on the dangers of edible drugs", "early help workers to include every adult in the household in the assessment"],
          "Full review: nspcc.li/k57-101",
          T("Child KXK", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
_E[10] = E("Child LYK: Serious case review",
           "Emotional abuse and neglect of a 12-year-old girl between 2015 and 2019. She lived with her father, aged 48, who had alcohol problems and kept her from seeing friends. Child LYK is White Irish.",
           ["her quiet behaviour at school was not seen as a sign of harm", "the father's drinking was known to the police after two call-outs"],
           ["police to share every call-out to a home with a child with the school", "schools to talk to pupils alone when there are concerns about home"],
           "Full review: nspcc.li/k57-102",
           T("Child LYK", SCR, "overview", "serious_harm", "2015|", "12-year-old", "12.00", "11_15", "female", "White Irish", "emotional_abuse; neglect", "parental_alcohol_misuse"))
_E[11] = E("Baby MZK: Child safeguarding practice review",
           "Death of a 10-day-old boy in 2025 from sepsis after his parents did not seek medical help. His parents, aged 34 and 35, had refused midwife visits after the birth. Baby MZK is Romanian.",
           ["the parents' refusal of midwife visits was not escalated", "there was no plan for a baby born at home with no antenatal care"],
           ["midwives to escalate when parents refuse visits to a newborn", "the partnership to agree a plan for babies born outside hospital"],
           "Full review: nspcc.li/k57-103",
           T("Baby MZK", CSPR, "practice_review", "death", "2025", "10-day-old", "0.03", "under_1", "male", "Romanian|White Romanian", "neglect|neglect; other"))
_E[12] = E("Child NBK: Learning review",
           "Sexual abuse of a 13-year-old boy in Scotland in 2024 by a football coach, aged 42. The coach had groomed him online before meeting him. Child NBK is White Scottish.",
           ["the club had no safeguarding lead", "messages from the coach were seen by a parent but not reported"],
           [],
           "Full review: nspcc.li/k57-104",
           T("Child NBK", LR, "unknown|practice_review", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "male", "White Scottish", "sexual_abuse; online_harm; extra_familial_harm|sexual_abuse; online_harm|sexual_abuse; extra_familial_harm|sexual_abuse; online_harm; child_sexual_exploitation; extra_familial_harm|sexual_abuse; online_harm; child_sexual_exploitation"),
           norec="Makes no recommendations as the national sports body has already changed its safeguarding rules.")
# --- D: mail-merge catalogue with field shading, Ghostscript PDF/A
_E[13] = E("Child PCK: Child safeguarding practice review",
           "Death of a 4-year-old girl in 2023 who was killed by her mother. Her mother, aged 31, had severe postnatal depression and had stopped taking her medication. Child PCK is Bangladeshi.",
           ["the mother's mental health was reviewed without asking about her child", "an interpreter was not used at the mother's appointments"],
           ["mental health services to ask about children at every review of a parent", "every agency to book an interpreter when English is not a parent's first language"],
           "Read the practice review (PDF)",
           T("Child PCK", CSPR, "practice_review", "death", "2023", "4-year-old", "4.00", "1_5", "female", "Bangladeshi", "physical_abuse|other|", "parental_mental_health"))
_E[14] = E("Child QDK: Significant case review",
           "Physical abuse of an 8-year-old boy in Scotland in 2017 by his father. He was hit with a belt and told a teacher. His father, aged 39, had been violent towards the boy's mother. Child QDK is Pakistani.",
           ["the disclosure to a teacher was passed on two days later", "the domestic abuse towards the mother was not linked to the risk to the boy"],
           ["schools to pass on every disclosure of abuse on the day it is made", "police to check for children whenever they attend domestic abuse"],
           "Read the significant case review (PDF)",
           T("Child QDK", SIG, "unknown", "serious_harm", "2017", "8-year-old", "8.00", "6_10", "male", "Pakistani", "physical_abuse", "domestic_abuse"))
_E[15] = E("Child REK: Child safeguarding practice review",
           "Serious harm to a 15-year-old boy in 2024 who was stabbed by another teenager near his school. He had been excluded twice and was carrying a knife for protection. Child REK is Black African.",
           ["his fear for his own safety was not asked about", "the two exclusions were not shared with children's services"],
           ["schools to tell children's services about every exclusion of a child known to them", "youth workers to ask young people why they carry knives"],
           "Read the practice review (PDF)",
           T("Child REK", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "Black African", "physical_abuse; extra_familial_harm|extra_familial_harm|physical_abuse", "", "not_in_school|"),
           good=["the school nurse who gave first aid and stayed with him"])
_E[16] = E("Child SFK: Child safeguarding practice review",
           "Neglect of a 1-year-old girl in 2022 who weighed less than at her birth when she was admitted to hospital. Her parents, aged 21 and 23, both had learning disabilities. Child SFK is White British.",
           ["the parents' learning disabilities were not assessed before the birth", "weight checks were missed for four months"],
           ["adult services to tell midwives when a pregnant woman has a learning disability", "health visitors to weigh every baby who has missed a check"],
           "Read the practice review (PDF)",
           T("Child SFK", CSPR, "practice_review", "serious_harm", "2022", "1-year-old", "1.00", "1_5", "female", "White British", "neglect", "parental_learning_disability"))
# --- E: LuaLaTeX two-column newsletter, \marginpar labels in both margins
_E[17] = E("Child TGK: Child safeguarding practice review",
           "Death of a 3-month-old boy in 2024 from a head injury caused by shaking. His father, aged 25, had a conviction for assault in 2020. Child TGK is mixed White and Black African.",
           ["the father's conviction was not known to the midwife or health visitor", "the coping with crying advice was given only to the mother"],
           ["police to share the convictions of a new father with maternity services", "give coping with crying advice to fathers before the baby goes home"],
           "Read the practice review (PDF)",
           T("Child TGK", CSPR, "practice_review", "death", "2024", "3-month-old", "0.25", "under_1", "male", "mixed White and Black African|White and Black African", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_criminality"))
_E[18] = E("Child VHK: Serious case review",
           "Online sexual abuse of an 11-year-old girl in 2018 by a man, aged 32, she met on a gaming site. He persuaded her to send images and threatened to share them. Child VHK is Chinese.",
           ["her parents did not know about the gaming site", "the school's online safety lessons did not cover gaming"],
           ["schools to include gaming sites in online safety lessons", "the partnership to give parents advice on the games their children play"],
           "Read the overview report (PDF)",
           T("Child VHK", SCR, "overview", "serious_harm", "2018", "11-year-old", "11.00", "11_15", "female", "Chinese", "online_harm; sexual_abuse|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm"))
_E[19] = E("Child WJK: Child practice review",
           "Death of a 6-year-old boy in Wales in 2025 who drowned in a river while his mother, aged 26, was asleep at home. He had often been seen playing alone by the river. Child WJK is White Welsh.",
           ["neighbours' concerns about him playing alone were not reported", "the mother's night shifts left no one to care for him during the day"],
           ["the partnership to tell the public how to report concerns about a child", "children's services to ask about childcare when a parent works nights"],
           "Read the child practice review (PDF)",
           T("Child WJK", CPR, "practice_review", "death", "2025", "6-year-old", "6.00", "6_10", "male", "White Welsh|White British", "neglect"),
           good=["the police officer who searched the river bank through the night"])
_E[20] = E("Child XLK: Child safeguarding practice review",
           "Serious harm to a 10-year-old girl in 2023 who was starved and kept in her bedroom by her stepmother, aged 44. She had been removed from school for home education in 2021. Child XLK is White British.",
           ["no professional saw the girl after she was removed from school", "the father's account was accepted without speaking to the child"],
           ["the local authority to see every child in home education at least once a year", "practitioners to speak to the child alone"],
           "Read the practice review (PDF)",
           T("Child XLK", CSPR, "practice_review", "serious_harm", "2023", "10-year-old", "10.00", "6_10", "female", "White British", "neglect; emotional_abuse|neglect; emotional_abuse; physical_abuse|neglect", "", "not_in_school|"))

B57["b57-inkscape-tabs-2025-03.pdf"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Four case reviews were published in March 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B57["b57-wkhtml-reviewtable-2025-06.pdf"] = dict(month="2025-06", heading="Case review summaries: June 2025",
    intro="Four case reviews were published in June 2025. All the children, families and places described are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B57["b57-docx-sectionbreak-shorturl-2025-09.pdf"] = dict(month="2025-09", heading="Learning from case reviews: September 2025",
    intro="Four case reviews were published in September 2025. The children, families and places here are invented for testing. Type the short link under a review into your browser to read it.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B57["b57-mailmerge-gs-pdfa-2025-12.pdf"] = dict(month="2025-12", heading="New case reviews \u2013 December 2025",
    intro="Four case reviews were published in December 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B57["b57-lualatex-marginpar-2026-03.pdf"] = dict(month="2026-03", heading="Case reviews digest: March 2026",
    intro="Four case reviews were published in March 2026. All the children, families and places in this digest are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
