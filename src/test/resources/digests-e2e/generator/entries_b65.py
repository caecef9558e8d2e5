# Batch b65 (issue 9, session 36; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b65 section of ../../digests-e2e-pending/README.md for what was grepped): a Chromium print of a 'PAGE-LESS' document (one
# very long page, as Google Docs' pageless layout prints it); a ReportLab canvas that draws EVERY GLYPH IN ITS OWN BT/ET with
# its own Tm, the glyphs of a page written in RANDOM ORDER (the order only from the positions); a man page formatted by
# groff -man -Tascii (bold as X<BS>X overstrikes) and printed by GNU enscript (Courier, each bold letter DRAWN TWICE at one
# place); a one-page COVER PDF (ReportLab) whose digest is an ATTACHED HTML FILE (qpdf --add-attachment) (/EmbeddedFiles, a PDF portfolio's way); and a ReportLab
# digest with EVERY ENTRY ON ITS OWN PAGE, each title only in the OUTLINE (bookmarks) while the page shows the title as an
# IMAGE. All entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B65 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: Chromium page-less print (one long page)
_E[1] = E("Child AYF: Child safeguarding practice review",
          "Death of a 7-week-old girl in 2024 who was found unresponsive on a sofa where she had been sleeping with her father, aged 26, after he had been drinking. Child AYF is White British.",
          ["safer sleep advice was given to the mother but not to the father", "the father's drinking was known to his GP but not to the health visitor"],
          ["midwives and health visitors to give safer sleep advice to both parents", "GPs to tell the health visitor when a parent of a baby is drinking heavily"],
          "Read the practice review",
          T("Child AYF", CSPR, "practice_review", "death", "2024", "7-week-old", "0.13", "under_1", "female", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse; co_sleeping"))
_E[2] = E("Child BZF: Serious case review",
          "Physical abuse of a 10-month-old boy in 2018 who was found to have a fractured skull and older fractures to both legs. His mother, aged 23, and her partner, aged 30, gave no explanation. Child BZF is White British.",
          ["a bruise to his ear two months earlier was accepted as an accident", "the partner's previous conviction for assault was not known to the health visitor", "the baby was not seen by a paediatrician after the bruise"],
          ["all bruising to a baby who is not mobile to be referred to children's social care", "police to share a new partner's convictions when a baby is on a child in need plan"],
          "Read the overview report",
          T("Child BZF", SCR, "overview", "serious_harm", "2018", "10-month-old", "0.83", "under_1", "male", "White British", "physical_abuse|physical_abuse; non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_criminality|"))
_E[3] = E("Child CYF: Child practice review",
          "Neglect of a 12-year-old girl with type 1 diabetes in Wales between 2021 and 2023. She was admitted to hospital four times because her insulin was not given. Her mother, aged 41, was depressed and rarely left the house. Child CYF is White Welsh.",
          ["repeated hospital admissions were treated as a medical problem and not as neglect", "the girl's own account of home was not asked for"],
          ["health services to consider neglect when a child's condition is not managed at home", "schools to be told about a child's medical plan"],
          "Read the child practice review",
          T("Child CYF", CPR, "practice_review", "serious_harm", "2021|", "12-year-old", "12.00", "11_15", "female", "White Welsh|White British", "neglect", "parental_mental_health; social_isolation|parental_mental_health"),
          good=["the diabetes nurse who kept asking to see the girl at home"])
_E[4] = E("Child DZF: Learning review",
          "Sexual abuse of a 13-year-old boy in Scotland in 2023 by a football coach, aged 44. The coach gave him gifts and sent him messages on social media. Child DZF is White Scottish.",
          ["the club had no safeguarding lead and no one to report concerns to", "messages sent late at night were not seen as grooming"],
          [],
          "Read the learning review",
          T("Child DZF", LR, "unknown|practice_review", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "male", "White Scottish", "sexual_abuse; online_harm; extra_familial_harm|sexual_abuse; extra_familial_harm|sexual_abuse; online_harm|sexual_abuse"),
          norec="Makes no recommendations as the sports governing body has already changed its safeguarding standards.")
# --- B: ReportLab canvas, every glyph its own BT/ET, written in random order
_E[5] = E("Child EYF: Child safeguarding practice review",
          "Serious harm to a 16-year-old boy in 2025 who was shot in the leg after he had been reported missing five times. He was thought to be carrying drugs for an older man. Child EYF is mixed White and Black Caribbean.",
          ["his missing episodes were not shared with the school", "the referral to the national referral mechanism was made too late"],
          ["police to hold a strategy meeting after a child's third missing episode", "schools to be told every time a pupil is reported missing"],
          "Read the practice review (PDF)",
          T("Child EYF", CSPR, "practice_review", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "male", "mixed White and Black Caribbean|White and Black Caribbean", "child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; physical_abuse|child_criminal_exploitation"))
_E[6] = E("Child FZF: Serious case review",
          "Death of a 2-year-old girl in 2016 who drowned in the bath while her mother, aged 20, was downstairs. The family had moved house three times that year. Child FZF is White British.",
          ["the family's moves meant no health visitor had met the girl", "the mother's own care history was not known to the housing service"],
          ["health visitors to find a family who moves before the transfer of records", "the partnership to publish advice on bath safety for young parents"],
          "Read the overview report (PDF)",
          T("Child FZF", SCR, "overview", "death", "2016", "2-year-old", "2.00", "1_5", "female", "White British", "neglect|neglect; other|other"))
_E[7] = E("Child GYF: Child safeguarding practice review",
          "Emotional abuse of a 9-year-old girl in 2024 who lived with her parents' domestic abuse. Her father, aged 38, controlled the family's money and would not let her mother see friends. Child GYF is British Pakistani.",
          ["coercive control was not recognised because there was no violence", "the girl's worries at school were put down to friendship problems"],
          ["the partnership to train staff to recognise coercive control", "schools to ask children about home when their behaviour changes"],
          "Read the practice review (PDF)",
          T("Child GYF", CSPR, "practice_review", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "female", "British Pakistani|Pakistani", "emotional_abuse", "domestic_abuse"),
          good=["the teaching assistant who wrote down what the girl said"])
_E[8] = E("Child HZF: Significant case review",
          "Death of a 15-year-old boy in Scotland in 2020 from an overdose of prescription drugs bought online. He had been bullied at school and had talked about ending his life. Child HZF is White Scottish.",
          ["his online purchases were not known to anyone", "the school counsellor did not share what he said about ending his life"],
          ["schools to share a child's thoughts of suicide with the parents and the GP", "the partnership to raise awareness of drugs sold online"],
          "Read the significant case review (PDF)",
          T("Child HZF", SIG, "unknown", "death", "2020", "15-year-old", "15.00", "11_15", "male", "White Scottish", "self_harm_suicide; poisoning_ingestion; online_harm|self_harm_suicide; poisoning_ingestion|self_harm_suicide; online_harm|self_harm_suicide|poisoning_ingestion"))
# --- C: groff -man -Tascii, printed by enscript (overstrike bold)
_E[9] = E("Child JYF: Child safeguarding practice review",
          "Serious harm to a 4-year-old boy in 2025 who was bitten on the face by the family's dog. His mother, aged 29, had been told the dog was dangerous. Child JYF is White British.",
          ["the warning about the dog was not passed to the health visitor", "the family's dog was not part of the home assessment"],
          ["health visitors to ask about dogs in the home at every visit", "police to share warnings about dangerous dogs with children's social care"],
          "Read the practice review",
          T("Child JYF", CSPR, "practice_review", "serious_harm", "2025", "4-year-old", "4.00", "1_5", "male", "White British", "neglect|neglect; other|other|"))
_E[10] = E("Child KZF: Serious case review",
           "Neglect of four siblings aged 1, 3, 6 and 9 in 2019. The children were found in a home with no food and no electricity. Their father, aged 35, used cocaine and their mother, aged 32, had left. Child KZF is White British.",
           ["the electricity had been cut off for a month and no one asked why", "the father's drug use was not assessed after the mother left"],
           ["children's social care to visit within a week when one parent leaves", "energy companies to tell the local authority when a family with children is cut off"],
           "Read the overview report",
           T("Child KZF", SCR, "overview|unknown", "serious_harm", "2019", "*", "*", "*", "*", "White British", "neglect", "parental_substance_misuse", "", n="4"))
_E[11] = E("Child LYF: Child practice review",
           "Sexual abuse of an 8-year-old girl in Wales in 2022 by her uncle, aged 57, who looked after her after school. She told her mother, who told the police. Child LYF is White Welsh.",
           ["the uncle's caution for indecent exposure was not known to the family", "the girl waited three weeks for a medical examination"],
           ["police to check the history of relatives who look after children when a concern is raised", "health boards to offer a medical examination within a week"],
           "Read the child practice review",
           T("Child LYF", CPR, "practice_review", "serious_harm", "2022", "8-year-old", "8.00", "6_10", "female", "White Welsh|White British", "sexual_abuse"),
           good=["the mother who believed her daughter and called the police at once"])
_E[12] = E("Child MZF: Learning review",
           "Death of a 17-year-old girl in Scotland in 2024 who had anorexia. She had been discharged from an eating disorder unit a month before. Child MZF is White Scottish.",
           ["the move from children's to adult mental health services left her without a worker", "her weight was not checked after discharge"],
           [],
           "Read the learning review",
           T("Child MZF", LR, "unknown|practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female", "White Scottish", "other|self_harm_suicide|"),
           norec="Makes no recommendations as the health board has already changed its transition procedure.")
# --- D: one-page cover PDF, the digest an attached HTML file
_E[13] = E("Child NYF: Child safeguarding practice review",
           "Serious harm to a 5-month-old boy in 2024 who had a bleed on the brain. His father, aged 22, said he had shaken him when he would not stop crying. Child NYF is White British.",
           ["the father had not been given advice on coping with crying", "the baby's weight loss was not followed up"],
           ["hospitals to give coping with crying advice to fathers before discharge", "health visitors to see a baby again within a week when weight is lost"],
           "Read the practice review (PDF)",
           T("Child NYF", CSPR, "practice_review", "serious_harm", "2024", "5-month-old", "0.42", "under_1", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"))
_E[14] = E("Child PZF: Serious case review",
           "Death of a 14-year-old boy in 2018 who was hit by a train. He had been living in a children's home for six months and went missing often. Child PZF is Black Caribbean.",
           ["his missing episodes were not analysed together", "the children's home did not tell the police about the older boys he met"],
           ["children's homes to share information about the people a missing child meets", "the partnership to review every child who goes missing more than three times"],
           "Read the overview report (PDF)",
           T("Child PZF", SCR, "overview", "death", "2018", "14-year-old", "14.00", "11_15", "male", "Black Caribbean", "other|self_harm_suicide|", "", "looked_after"))
_E[15] = E("Child RYF: Child safeguarding practice review",
           "Female genital mutilation of a 9-year-old girl in 2023 while she was on holiday with her grandmother abroad. The family is of Somali heritage.",
           ["the school was not told about the risk before the holiday", "the GP did not know about her older sister's FGM"],
           ["GPs to record FGM in the family in every child's record", "schools to speak to families about FGM before long holidays abroad"],
           "Read the practice review (PDF)",
           T("Child RYF", CSPR, "practice_review", "serious_harm", "2023", "9-year-old", "9.00", "6_10", "female", "Somali|Black African", "fgm_honour_based_abuse"),
           good=["the school nurse who noticed that the girl was in pain"])
_E[16] = E("Child SZF: Learning review",
           "Neglect of a 6-year-old boy in Scotland between 2020 and 2024 who was not taken to the dentist and had eleven teeth removed. His parents, aged 31 and 34, missed every appointment. Child SZF is White Scottish.",
           ["missed dental appointments were not shared with the health visitor", "the boy's pain was not seen by the school"],
           [],
           "Read the learning review (PDF)",
           T("Child SZF", LR, "unknown|practice_review", "serious_harm", "2020|", "6-year-old", "6.00", "6_10", "male", "White Scottish", "neglect"),
           norec="Makes no recommendations as the dental service has already changed its procedure for children not brought.")
# --- E: ReportLab, every entry on its own page, titles only in the outline (the page shows the title as an image)
_E[17] = E("Child TYF: Child safeguarding practice review",
           "Death of a 3-year-old boy in 2025 in a house fire. He had been left at home alone while his mother, aged 24, went to the shop. Child TYF is White British.",
           ["the family had no smoke alarm and no one checked", "the mother's previous leaving of the children was not known to the nursery"],
           ["the fire service to fit smoke alarms in the homes of families on child in need plans", "health visitors to talk about leaving young children alone"],
           "Read the practice review (PDF)",
           T("Child TYF", CSPR, "practice_review", "death", "2025", "3-year-old", "3.00", "1_5", "male", "White British", "neglect"))
_E[18] = E("Child UZF: Serious case review",
           "Sexual exploitation of a 16-year-old girl in 2017 who was moved between hotels by a group of men. She had told her social worker that she had a boyfriend, aged 25. Child UZF is White British.",
           ["the hotel staff did not know how to report concerns", "the older boyfriend was not seen as a risk"],
           ["the partnership to train hotel staff to spot exploitation", "social workers to check the age of every boyfriend of a looked after child"],
           "Read the overview report (PDF)",
           T("Child UZF", SCR, "overview", "serious_harm", "2017", "16-year-old", "16.00", "16_17", "female", "White British", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse"))
_E[19] = E("Child VYF: Child practice review",
           "Physical abuse of a 2-year-old girl in Wales in 2024 who had burns to her feet from hot water. Her mother's partner, aged 28, was convicted. Child VYF is White Welsh.",
           ["the partner's violence to a previous partner was not known", "the nursery did not record a burn to her hand a month earlier"],
           ["nurseries to record and share every burn", "police to use the domestic violence disclosure scheme when a partner moves in"],
           "Read the child practice review (PDF)",
           T("Child VYF", CPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "female", "White Welsh|White British", "physical_abuse", "domestic_abuse|"),
           good=["the paediatrician who asked for a skeletal survey"])
_E[20] = E("Child WZF: Learning review",
           "Serious harm to a 14-year-old boy in Scotland in 2025 who was radicalised online and found with instructions for making a weapon. He is autistic and spent most nights gaming alone. Child WZF is White Scottish.",
           ["his online contacts were not known to his parents", "the Prevent referral was closed without a plan"],
           [],
           "Read the learning review (PDF)",
           T("Child WZF", LR, "unknown|practice_review", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "male", "White Scottish", "other; online_harm|online_harm|other", "", "disabled"),
           norec="Makes no recommendations as the partnership has already changed its Prevent procedure.")

B65["b65-chromium-pageless-2025-04.pdf"] = dict(month="2025-04", heading="Case review digest: April 2025",
    intro="Four case reviews were published in April 2025. Every child, family and place in this document is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B65["b65-reportlab-glyphshuffle-2025-07.pdf"] = dict(month="2025-07", heading="Recently published case reviews: July 2025",
    intro="Four case reviews were published in July 2025. All of the children, families and places in this digest are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B65["b65-enscript-manpage-2025-10.pdf"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were published in October 2025. Every child, family and place on these pages is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B65["b65-qpdf-attached-2026-01.pdf"] = dict(month="2026-01", heading="Learning from case reviews: January 2026",
    intro="Four case reviews were published in January 2026. The children, families and places in this digest are invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B65["b65-reportlab-outlinetitles-2026-03.pdf"] = dict(month="2026-03", heading="Case reviews this month: March 2026",
    intro="Four case reviews were published in March 2026. Every child, family and place in this digest is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
