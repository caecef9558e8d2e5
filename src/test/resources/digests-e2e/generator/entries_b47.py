# Batch b47 (issue 9, session 27; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts the repository has not seen for digests: a spreadsheet printed with
# Calc's gridlines and its column letters and row numbers (a tracker sheet: one review per row, a date column, both lists in
# one cell under in-cell labels); an InDesign-like two-column page (every line its own text object at an absolute matrix,
# justified by per-word TJ kerning, hyphenated line ends, drop caps, small-caps labels); a Chromium three-column magazine page
# with an 'In this issue' sidebar repeating the titles; a LibreOffice digest whose titles are underlined coloured links (no
# headings), small-caps labels and dash items as plain paragraphs; a Word-like print whose running head repeats the title of
# the entry on the page (StyleRef), an entry running over the page break. All 20 entries are NEW summaries in the phrasing of
# NSPCC case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B47 = {}
LR = "learning_review"; CPR = "child_practice_review"
_E = {}
# --- A: Calc tracker sheet printed with gridlines, column letters and row numbers
_E[1] = E("Child NK: Child safeguarding practice review",
          "Death of a 9-week-old boy in August 2023 from a skull fracture and bleeding on the brain. His mother, aged 19, had left care a year before and lived with the baby's father, who was 24, in a one-bedroom flat. The father said the baby had rolled off the sofa. Child NK is White British.",
          ["the mother's leaving care worker was not invited to the pre-birth meeting", "the father was not seen by any professional after the birth"],
          ["invite personal advisers to every pre-birth planning meeting for a care leaver", "record the name and role of every adult caring for a new baby"],
          "Read the practice review (PDF)",
          T("Child NK", CSPR, "practice_review", "death", "2023", "9-week-old", "0.17", "under_1", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"))
_E[2] = E("Sadie: Serious case review",
          "Sexual abuse of a 12-year-old girl between 2016 and 2018 by her stepfather, a man then in his forties. Sadie told a friend, who told a teacher, in 2018. An earlier disclosure to her mother in 2016 was not passed on. Sadie is of mixed White and Black Caribbean heritage.",
          ["the teacher's referral was made the same day and acted on well", "Sadie was not asked what she wanted to happen"],
          ["help parents know what to do when a child tells them about abuse", "ask children their wishes at every strategy discussion"],
          "Read the overview report (PDF)",
          T("Sadie", SCR, "overview", "serious_harm", "2016|", "12-year-old", "12.00", "11_15", "female", "mixed White and Black Caribbean|Mixed White and Black Caribbean|White and Black Caribbean|mixed White and Black Caribbean heritage|Mixed White and Black Caribbean heritage", "sexual_abuse"))
_E[3] = E("Children LK and MK: Learning review",
          "Neglect of two sisters, aged 2 and 4, found alone in a cold house in January 2024. Their mother, who was 31, misused cocaine and had been leaving them to go out at night. Neighbours had called the police twice. The children are White Polish.",
          ["calls from neighbours were closed without a visit", "the health visitor was not told about police call-outs"],
          ["a visit within 24 hours whenever young children are reported to be alone", "share police call-outs at a child's home with the health visitor"],
          "Read the learning review (PDF)",
          T("Children LK and MK", LR, "unknown|practice_review", "serious_harm", "2024", "*", "*", "*", "female", "White Polish|Polish|White Polish heritage|Polish heritage", "neglect", "parental_substance_misuse", n="2"))
_E[4] = E("Child PK: Child safeguarding practice review",
          "Attempted suicide of a 15-year-old boy in 2024 after months of bullying at school and online. He had autism and an education, health and care plan. His father, aged 52, had raised concerns with the school several times. It is not known whether the bullying continued after he moved school. Child PK is Black British.",
          ["the school logged each incident of bullying separately", "the child's own views were not recorded in the plan reviews"],
          [],
          "Read the practice review (PDF)",
          T("Child PK", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "Black British", "self_harm_suicide|self_harm_suicide; online_harm|self_harm_suicide; other", "", "disabled; ehcp|ehcp|disabled"),
          norec="Makes no recommendations as the school and the local authority have already changed their anti-bullying policies.")
# --- B: InDesign-like two-column page: lines as text objects, TJ kerning, hyphenation, drop caps, small caps
_E[5] = E("Baby RK: Child safeguarding practice review",
          "Sudden unexpected death of a 6-week-old girl in 2024 while sharing a sofa with her father, who had been drinking. Both parents, aged 22 and 25, had been given safer sleep advice. The family had moved house three times since the birth. Baby RK is White British.",
          ["safer sleep advice was not repeated after each move", "the risk of sleeping on a sofa after drinking was not explained to the father"],
          ["give safer sleep advice to both parents at every change of address", "use the safer sleep assessment tool at every health visitor contact"],
          "Read the practice review (PDF)",
          T("Baby RK", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "female", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"),
          good=["a housing officer who asked about a cot before the family moved"])
_E[6] = E("Kacper: Learning review",
          "Criminal exploitation of a 14-year-old boy in 2023 who was found carrying drugs in a town 80 miles from his home. He had been excluded from school the year before. His older brother, who was 19, was also known to the police. Kacper is White Polish.",
          ["the exclusion was not seen as a point of risk", "Kacper was treated as an offender rather than a victim"],
          ["consider a national referral mechanism referral for every child found carrying drugs far from home", "hold a multi-agency meeting before any permanent exclusion of a child known to children's services"],
          "Read the learning review (PDF)",
          T("Kacper", LR, "unknown|practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male", "White Polish|Polish|White Polish heritage|Polish heritage", "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm", "", "not_in_school|"))
_E[7] = E("Child SK: Child practice review",
          "Physical abuse of a 3-year-old girl in 2022 by her mother's boyfriend, who was 28. Child SK was taken to hospital with a broken arm and bruises to her ears. Her mother had told her GP that the boyfriend was controlling. Child SK is White Welsh.",
          ["the GP did not ask whether there were children in the home", "bruising to the ears was not recognised as a sign of abuse"],
          ["ask about children whenever a patient discloses controlling behaviour", "include bruising to the ears in injury training for emergency department staff"],
          "Read the child practice review (PDF)",
          T("Child SK", CPR, "practice_review", "serious_harm", "2022", "3-year-old", "3.00", "1_5", "female", "White Welsh", "physical_abuse", "domestic_abuse"))
_E[8] = E("Child TK: Serious case review",
          "Death of a 16-year-old girl in 2019 from an overdose. She had been living in supported accommodation since the age of 15 and had told staff she felt alone. Her mother, aged 40, had no contact with her. Child TK is Asian British.",
          ["the accommodation staff were not trained to work with young people who self-harm", "her leaving care plan did not mention her mental health"],
          ["commission supported accommodation only with staff trained in self-harm", "include mental health in every pathway plan"],
          "Read the overview report (PDF)",
          T("Child TK", SCR, "overview", "death", "2019", "16-year-old", "16.00", "16_17", "female", "Asian British", "self_harm_suicide|self_harm_suicide; poisoning_ingestion|poisoning_ingestion", "", "looked_after|"),
          good=["a youth worker who kept in touch with her after she moved"])
# --- C: Chromium three-column magazine page with an 'In this issue' sidebar
_E[9] = E("Baby VK: Child safeguarding practice review",
          "Serious injury to a 4-month-old boy in 2025 who was found to have fractures of different ages. His parents, aged 29 and 33, gave no explanation. The review found that the family had been seen only by universal services. Baby VK is White and Asian.",
          ["earlier bruising to his cheek was not referred", "the health visitor did not know that the father had a history of violence"],
          ["follow the bruising in non-mobile babies protocol in every setting", "share previous convictions for violence with health visitors when a baby is born"],
          "Read the practice review (PDF)",
          T("Baby VK", CSPR, "practice_review", "serious_harm", "2025", "4-month-old", "0.33", "under_1", "male", "White and Asian|Mixed White and Asian|mixed White and Asian|White and Asian heritage", "physical_abuse", "parental_criminality|"))
_E[10] = E("Child WK: Learning review",
           "Emotional abuse and neglect of a 7-year-old boy between 2020 and 2023 by his mother, who had a diagnosis of borderline personality disorder. He often missed school and was described as withdrawn. His grandmother, who was 63, later became his carer. Child WK is White British.",
           ["absence from school was not linked to his mother's mental health", "the adult mental health team did not know he lived with her"],
           ["adult mental health services to record the children of every patient", "schools to refer persistent absence of a child whose parent is unwell"],
           "Read the learning review (PDF)",
           T("Child WK", LR, "unknown|practice_review", "serious_harm", "2020|", "7-year-old", "7.00", "6_10", "male", "White British", "emotional_abuse; neglect", "parental_mental_health", "connected_carers|"))
_E[11] = E("Jaden: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2024 who was stabbed in a park. Jaden had been reported missing eleven times in the year before his death. There was no evidence that he was carrying a weapon. Jaden is Black African.",
           ["return home interviews were not always offered", "the police and the youth offending service held different information"],
           ["offer a return home interview after every missing episode", "hold one shared record of risk for each child at risk outside the home"],
           "Read the practice review (PDF)",
           T("Jaden", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "Black African", "extra_familial_harm|extra_familial_harm; child_criminal_exploitation|extra_familial_harm; physical_abuse"),
           good=["a detective who kept in touch with Jaden's mother"])
_E[12] = E("Children XK, YK and ZK: Serious case review",
           "Neglect of three siblings, aged 6, 9 and 11, between 2015 and 2019 in a home with no working toilet. Their father, who was 47, had a learning disability and struggled to manage money. The children were often hungry. The children are Gypsy, Roma and Traveller.",
           ["the father's learning disability was not assessed", "the family's home conditions were seen as cultural"],
           ["assess a parent's learning needs before any parenting plan", "train staff on neglect in Gypsy, Roma and Traveller families"],
           "Read the overview report (PDF)",
           T("Children XK, YK and ZK", SCR, "overview", "serious_harm", "2015|", "*", "*", "*", "not_stated|mixed", "Gypsy, Roma and Traveller|Gypsy, Roma or Traveller|Gypsy, Roma and Traveller heritage", "neglect", "parental_learning_disability", n="3"))
# --- D: LibreOffice, titles as underlined coloured links (no headings), small-caps labels, dash items as paragraphs
_E[13] = E("Child AL: Child safeguarding practice review",
           "Death of a 13-month-old girl in 2024 who drowned in the bath. She had been left with her brother, aged 4, while her mother, who was 27, went to answer the door. Child AL is White British.",
           ["bath safety was not discussed at the one-year review", "the family's earlier accident was not followed up"],
           ["include bath safety in health visitor contacts for children under two", "follow up every accident of a child under two seen in hospital"],
           "Read the practice review (PDF)",
           T("Child AL", CSPR, "practice_review", "death", "2024", "13-month-old", "1.08", "1_5", "female", "White British", "neglect|other|"))
_E[14] = E("Bilal: Child safeguarding practice review",
           "Forced marriage and emotional abuse of a 16-year-old boy in 2023. Bilal was taken abroad in the summer holidays and did not return to school in September. His uncle, aged 45, was later arrested. Bilal is Pakistani.",
           ["the school did not report his absence as a possible forced marriage", "staff thought forced marriage only happened to girls"],
           ["include boys in forced marriage training", "report every child who does not return from a holiday abroad"],
           "Read the practice review (PDF)",
           T("Bilal", CSPR, "practice_review", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "male", "Pakistani|Pakistani heritage", "fgm_honour_based_abuse; emotional_abuse|fgm_honour_based_abuse", "", "not_in_school|"),
           good=["a classmate who told a teacher Bilal had not come back"])
_E[15] = E("Child BL: Learning review",
           "Serious harm to a 10-year-old boy in 2022 from a fire started at home while he was alone. His parents, aged 36 and 38, worked night shifts. There had been no previous concerns about his care. Child BL is White Irish.",
           ["the family had no help with childcare at night", "the school knew he was often tired but did not ask why"],
           ["ask about a child's care at night when a child is often tired in school"],
           "Read the learning review (PDF)",
           T("Child BL", LR, "unknown|practice_review", "serious_harm", "2022", "10-year-old", "10.00", "6_10", "male", "White Irish", "neglect|other|"))
_E[16] = E("Child CL: Child safeguarding practice review",
           "Sexual exploitation of a 14-year-old girl in foster care in 2024 by a group of men aged between 20 and 35. She went missing from her placement nine times. The review could not confirm whether she was given drugs. Child CL is White British.",
           ["the foster carers were not told about the risk of exploitation", "the placement was 60 miles from her school and friends"],
           ["share risk of exploitation with carers before a placement starts", "avoid placements far from home for children at risk of exploitation"],
           "Read the practice review (PDF)",
           T("Child CL", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female", "White British", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", "", "looked_after; foster_care|foster_care|looked_after"))
# --- E: Word-like, running head repeats the current entry's title (StyleRef), one entry over the page break
_E[17] = E("Baby DL: Child safeguarding practice review",
           "Death of a 5-day-old boy in 2025 from an infection after an unplanned birth at home. His mother, aged 18, had concealed the pregnancy from her family. No one had seen her during the pregnancy. Baby DL is White British.",
           ["teenage girls were not told where to get confidential help in pregnancy", "the school nurse had seen the mother twice for stomach pains"],
           ["publicise confidential pregnancy services in schools and colleges", "school nurses to consider pregnancy when a girl has repeated stomach pains"],
           "Read the practice review (PDF)",
           T("Baby DL", CSPR, "practice_review", "death", "2025", "5-day-old", "0.01", "under_1", "male", "White British", "neglect|other|"))
_E[18] = E("Child EL: Serious case review",
           "Physical abuse and neglect of a 2-year-old boy in 2018 by his mother and her partner. He had 40 bruises when he was taken to hospital. The partner, who was 35, was later convicted of assault; the mother was not charged. Child EL is White and Black Caribbean.",
           ["bruising was seen at nursery but the partner's explanation was accepted", "the mother's own history of care was not known", "the case was closed to children's services three months before"],
           ["use the bruising protocol for all children under three", "check a family's history at every referral, even if the case is closed", "audit closures of cases where a new partner has joined the home"],
           "Read the overview report (PDF)",
           T("Child EL", SCR, "overview", "serious_harm", "2018", "2-year-old", "2.00", "1_5", "male", "White and Black Caribbean|Mixed White and Black Caribbean|mixed White and Black Caribbean|White and Black Caribbean heritage", "physical_abuse; neglect", "parental_criminality|"),
           good=["a nursery manager who called the police when the injuries were seen"])
_E[19] = E("Freya: Child practice review",
           "Death of a 15-year-old girl in 2023 from an eating disorder. Freya's weight had been falling for two years. She was on a waiting list for child and adolescent mental health services for 14 months. Her parents, aged 48 and 50, asked for help many times. Freya is White Welsh.",
           ["referrals were not reviewed while Freya waited", "her GP and her school did not share what they saw"],
           ["review every child on a waiting list for mental health services each month", "agree how GPs and schools share concerns about a child's weight"],
           "Read the child practice review (PDF)",
           T("Freya", CPR, "practice_review", "death", "2023", "15-year-old", "15.00", "11_15", "female", "White Welsh", "self_harm_suicide|other|"))
_E[20] = E("Children FL and GL: Learning review",
           "Exposure of two brothers, aged 8 and 12, to domestic abuse between 2019 and 2023. Their father, who was 41, was violent to their mother. The younger boy began to hurt his brother. The review found no evidence of physical harm by the parents. The children are White British.",
           ["the brothers were not spoken to on their own", "the older boy's fear of his brother was not recorded"],
           ["speak to each child alone in every domestic abuse assessment", "include harm between siblings in domestic abuse training"],
           "Read the learning review (PDF)",
           T("Children FL and GL", LR, "unknown|practice_review", "serious_harm", "2019|", "*", "*", "*", "male", "White British", "emotional_abuse|emotional_abuse; physical_abuse|physical_abuse|", "domestic_abuse", n="2"))

B47["b47-calc-gridheads-2025-03.pdf"] = dict(month="2025-03", heading="Case review tracker – March 2025",
    intro="Four case reviews were published in March 2025. Every child, family and place in this tracker is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]], added=["03/03/2025", "10/03/2025", "17/03/2025", "24/03/2025"])
B47["b47-indesign-justified-2025-06.pdf"] = dict(month="2025-06", heading="Case Review Digest",
    intro="June 2025. In this issue, four case reviews published in June 2025. All the children, families and places described are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B47["b47-chromium-magazine-2025-09.pdf"] = dict(month="2025-09", heading="Safeguarding Matters – September 2025",
    intro="Four case reviews were published in September 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B47["b47-writer-linktitles-2025-12.pdf"] = dict(month="2025-12", heading="Case reviews published in December 2025",
    intro="Four case reviews were published in December 2025. The children, families and places here are invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B47["b47-word-runhead-2026-02.pdf"] = dict(month="2026-02", heading="Case review summaries: February 2026",
    intro="Four case reviews were published in February 2026. All the children, families and places in these summaries are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
