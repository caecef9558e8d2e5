# Batch b71 (issue 9, session 39; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b71 section of ../../digests-e2e-pending/README.md for what was grepped): ReportLab INDEX CARDS (each entry a ruled card,
# each label in a coloured TAB sticking out of the card's left edge into the margin, the tabs drawn after the card's text);
# a CALIBRE `ebook-convert` PDF of an HTML e-book (calibre's own running header and footer templates); a ConTeXt MkIV
# digest; a ReportLab digest whose OUTLINE titles differ from the printed headings (short topic names, plus outline entries
# for the introduction and the notes); and a ReportLab KANBAN BOARD (A3 landscape, each review a column of cards, the cards
# written row by row across the columns, no rule between the columns). All entries are NEW summaries in the phrasing of
# NSPCC case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B71 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: ReportLab index cards, labels in margin tabs
_E[1] = E("Child AZK: Child safeguarding practice review",
          "Death of a 6-week-old boy in 2024 who was found unresponsive on a sofa where he had fallen asleep with his mother, aged 21, who had been smoking cannabis. Child AZK is White British.",
          ["sofa sleeping was not talked about when safer sleep advice was given", "the mother's cannabis use was recorded by the midwife but not shared"],
          ["health visitors to talk about the dangers of falling asleep on a sofa with a baby", "midwives to share a parent's drug use with the health visitor before the birth"],
          "Read the practice review (PDF)",
          T("Child AZK", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "male", "White British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect|neglect|", "co_sleeping; parental_substance_misuse|parental_substance_misuse|co_sleeping"))
_E[2] = E("Child BZK: Serious case review",
          "Neglect of a 9-year-old girl in 2017 who often came to school hungry and in dirty clothes. Her father, aged 44, drank heavily and was often asleep when she got home. Child BZK is White British.",
          ["the school's concerns were logged but never added together", "the father was not asked about his drinking when he met teachers"],
          ["schools to review their records of low-level concerns every term", "children's social care to ask about alcohol when a parent cares for a child alone"],
          "Read the overview report (PDF)",
          T("Child BZK", SCR, "overview", "serious_harm", "2017", "9-year-old", "9.00", "6_10", "female", "White British", "neglect", "parental_alcohol_misuse"))
_E[3] = E("Child CZK: Child practice review",
          "Serious harm to a 2-year-old boy in Wales in 2023 who swallowed methadone that had been left in a cup in the kitchen. His mother, aged 28, misused heroin and was on a drug treatment programme. Child CZK is White Welsh.",
          ["the drug service did not check where methadone was kept at home", "the health visitor did not know the mother was in drug treatment"],
          ["drug services to give every parent a locked box for their medicine", "drug services to tell the health visitor when a parent of a young child starts treatment"],
          "Read the child practice review (PDF)",
          T("Child CZK", CPR, "practice_review", "serious_harm", "2023", "2-year-old", "2.00", "1_5", "male", "White Welsh|White British", "poisoning_ingestion|poisoning_ingestion; neglect|neglect", "parental_substance_misuse"),
          good=["the paramedic who took the cup to hospital so doctors knew what he had swallowed"])
_E[4] = E("Child DZK: Learning review",
          "Sexual exploitation of a 15-year-old girl in Scotland in 2022 who went missing from her residential children's home many times and was found with older men. Child DZK is White Scottish.",
          ["each missing episode was dealt with on its own", "staff at the home did not know who to call out of hours"],
          [],
          "Read the learning review (PDF)",
          T("Child DZK", LR, "unknown|practice_review", "serious_harm", "2022", "15-year-old", "15.00", "11_15", "female", "White Scottish", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation", "", "looked_after"),
          norec="Makes no recommendations as the council has already set up a team for children who go missing.")
# --- B: calibre ebook-convert, HTML e-book to PDF
_E[5] = E("Child EZK: Child safeguarding practice review",
          "Serious harm to a 3-month-old girl in 2025 who had a fractured skull and bruises to her face. Her father, aged 26, said she had rolled off the bed. Child EZK is of Polish heritage.",
          ["a baby who cannot roll was not seen as unable to fall from a bed", "the bruises were not checked by a paediatrician"],
          ["emergency departments to refer every head injury in a baby who is not mobile", "the partnership to remind staff of its bruising protocol"],
          "Read the practice review (PDF)",
          T("Child EZK", CSPR, "practice_review", "serious_harm", "2025", "3-month-old", "0.25", "under_1", "female", "Polish|Polish heritage", "non_accidental_head_injury; physical_abuse|non_accidental_head_injury|physical_abuse"))
_E[6] = E("Child FZK: Serious case review",
          "Death of a 16-year-old boy in 2016 who was stabbed in a park by a group of older teenagers. He had been excluded from school and was selling drugs for a local gang. Child FZK is Black British.",
          ["his exclusion from school left him with nothing to do all day", "the police intelligence about the gang was not shared with the youth offending team"],
          ["schools to hold a multi-agency meeting before any permanent exclusion", "the police to share intelligence about gangs with youth offending teams"],
          "Read the overview report (PDF)",
          T("Child FZK", SCR, "overview", "death", "2016", "16-year-old", "16.00", "16_17", "male", "Black British", "child_criminal_exploitation; physical_abuse; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; physical_abuse|child_criminal_exploitation|physical_abuse; extra_familial_harm", "", "not_in_school|"))
_E[7] = E("Child GZK: Child practice review",
          "Neglect of a 7-year-old boy in Wales between 2019 and 2023 who had many untreated dental problems and missed most of his health appointments. His mother, aged 33, had depression. Child GZK is White Welsh.",
          ["missed appointments were recorded but not seen as a pattern", "the mother's depression was not asked about by the school"],
          ["health services to follow up a child who misses two appointments in a row", "schools to ask parents if they need help getting children to appointments"],
          "Read the child practice review (PDF)",
          T("Child GZK", CPR, "practice_review", "serious_harm", "2019|", "7-year-old", "7.00", "6_10", "male", "White Welsh|White British", "neglect", "parental_mental_health"),
          good=["the dentist who wrote to the school when the boy missed his treatment"])
_E[8] = E("Child HZK: Learning review",
          "Death of a 14-year-old girl in Scotland in 2023 who took her own life after images of her were shared around her school. She had told a guidance teacher she was being bullied. Child HZK is White Scottish.",
          ["the shared images were treated as a matter for the school only", "her parents were not told what she had said to the guidance teacher"],
          [],
          "Read the learning review (PDF)",
          T("Child HZK", LR, "unknown|practice_review", "death", "2023", "14-year-old", "14.00", "11_15", "female", "White Scottish", "self_harm_suicide; online_harm|self_harm_suicide|self_harm_suicide; online_harm; sexual_abuse|self_harm_suicide; online_harm; emotional_abuse"),
          norec="Makes no recommendations as the school has already changed how it responds to reports of shared images.")
# --- C: ConTeXt MkIV
_E[9] = E("Child JZK: Child safeguarding practice review",
          "Death of a 5-year-old girl in 2024 who drowned in a garden pond while her mother, aged 30, was inside the house. The family had moved to the house two weeks before. Child JZK is White British.",
          ["water safety was not talked about when the family moved", "the health visitor had not seen the family since the girl was two"],
          ["the partnership to share water safety advice with families who move house", "health visitors to offer a visit when a family with young children moves"],
          "Read the practice review (PDF)",
          T("Child JZK", CSPR, "practice_review", "death", "2024", "5-year-old", "5.00", "1_5", "female", "White British", "neglect|neglect; other|other|"))
_E[10] = E("Child KZK: Serious case review",
           "Sexual abuse of an 11-year-old girl in 2018 by her stepfather, aged 52, over two years. She told a friend, whose mother called the police. Child KZK is White British.",
           ["the girl's withdrawn behaviour at school was put down to her age", "the stepfather's past was not checked when he moved in"],
           ["schools to ask children who become withdrawn what is happening at home", "children's social care to check the history of new adults in a family's home"],
           "Read the overview report (PDF)",
           T("Child KZK", SCR, "overview", "serious_harm", "2018", "11-year-old", "11.00", "11_15", "female", "White British", "sexual_abuse"))
_E[11] = E("Child LZK: Child practice review",
           "Physical abuse of a 6-year-old boy in Wales in 2025 who was hit with a belt by his father, aged 37, as a punishment. A teacher saw the marks on his legs during a PE lesson. Child LZK is of Bangladeshi heritage.",
           ["the family had not been told that hitting children is against the law in Wales", "an earlier mark on the boy's arm was not recorded"],
           ["the partnership to tell families about the law on physical punishment", "schools to record every mark or injury they see on a child"],
           "Read the child practice review (PDF)",
           T("Child LZK", CPR, "practice_review", "serious_harm", "2025", "6-year-old", "6.00", "6_10", "male", "Bangladeshi|Bangladeshi heritage", "physical_abuse"),
           good=["the teacher who talked to the boy on his own before calling children's social care"])
_E[12] = E("Child MZK: Learning review",
           "Neglect of twin babies aged 9 months in Scotland in 2021 who were found underweight in a flat with no heating. Their parents, aged 19 and 20, had little support from their own families. The children are White Scottish.",
           ["the babies' weights were not plotted after they left hospital", "the young parents were not offered a family nurse"],
           [],
           "Read the learning review (PDF)",
           T("Child MZK", LR, "unknown|practice_review", "serious_harm", "2021", "*", "*", "*", "*", "White Scottish", "neglect", "social_isolation|", "", n="2"),
           norec="Makes no recommendations as the health board has already changed how it follows up babies who are not gaining weight.")
# --- D: ReportLab, outline titles that differ from the printed headings
_E[13] = E("Child NZK: Child safeguarding practice review",
           "Serious harm to a 13-year-old boy in 2025 who was criminally exploited by a county lines gang and found with drugs in another town. He had been reported missing four times. Child NZK is Black British.",
           ["each missing episode was treated as running away", "the boy was seen as choosing to sell drugs"],
           ["the police to hold a return home interview after every missing episode", "the partnership to train staff to see exploited children as victims"],
           "Read the practice review (PDF)",
           T("Child NZK", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation"))
_E[14] = E("Child PZK: Serious case review",
           "Death of a 4-year-old boy in 2016 from head injuries caused by his mother's partner, aged 29. The partner had a history of domestic abuse against former partners. Child PZK is White British.",
           ["the partner's history was not known when he moved in", "the boy's bruises at nursery were explained as falls"],
           ["the police to use the domestic violence disclosure scheme when a new partner moves in with children", "nurseries to record every explanation given for an injury"],
           "Read the overview report (PDF)",
           T("Child PZK", SCR, "overview", "death", "2016", "4-year-old", "4.00", "1_5", "male", "White British", "non_accidental_head_injury; physical_abuse|physical_abuse|non_accidental_head_injury", "domestic_abuse|domestic_abuse; parental_criminality|"))
_E[15] = E("Child RZK: Child practice review",
           "Emotional abuse of a 10-year-old girl in Wales in 2024 who lived with her father's coercive control of her mother. Her father, aged 42, was later convicted of controlling behaviour. Child RZK is White Welsh.",
           ["the girl was not seen as a victim of the domestic abuse in her own right", "her mother's fear of her father was not explored"],
           ["children's social care to speak to children alone in every domestic abuse case", "the police to tell schools when a child's parent is arrested for domestic abuse"],
           "Read the child practice review (PDF)",
           T("Child RZK", CPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "female", "White Welsh|White British", "emotional_abuse", "domestic_abuse|domestic_abuse; parental_criminality"),
           good=["the school counsellor who helped the girl to say what was happening at home"])
_E[16] = E("Child SZK: Learning review",
           "Serious harm to a 17-year-old boy with a learning disability in Scotland in 2023 who was befriended online by adults who took his money and made him carry drugs. Child SZK is White Scottish.",
           ["his learning disability made it hard for him to see that he was being used", "adult and children's services did not plan his move to adult services together"],
           [],
           "Read the learning review (PDF)",
           T("Child SZK", LR, "unknown|practice_review", "serious_harm", "2023", "17-year-old", "17.00", "16_17", "male", "White Scottish", "child_criminal_exploitation; online_harm; extra_familial_harm|child_criminal_exploitation; online_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; online_harm; financial_abuse", "", "disabled"),
           norec="Makes no recommendations as the council has already set up a transitions team for disabled young people.")
# --- E: ReportLab kanban board, each review a column of cards
_E[17] = E("Child TZK: Child safeguarding practice review",
           "Death of a 7-month-old girl in 2025 who was found under a pile of blankets and pillows in her cot. Her parents, aged 23 and 25, had been told not to put bedding in the cot. Child TZK is Black British.",
           ["safer sleep advice was given once and not checked at later visits", "the cold flat was the reason the parents used so many blankets"],
           ["health visitors to check the baby's sleeping place at every home visit", "the council to help families with young babies to heat their homes"],
           "Read the practice review (PDF)",
           T("Child TZK", CSPR, "practice_review", "death", "2025", "7-month-old", "0.58", "under_1", "female", "Black British", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect|neglect|"))
_E[18] = E("Child UZK: Serious case review",
           "Sexual abuse of a 14-year-old girl in 2017 by a youth worker, aged 31, who met her at a church youth club. He was later sent to prison. Child UZK is White British.",
           ["the youth club had no safeguarding lead", "messages from the youth worker on the girl's phone were not seen as grooming"],
           ["faith groups to name a safeguarding lead for every youth activity", "the partnership to share guidance on grooming with community groups"],
           "Read the overview report (PDF)",
           T("Child UZK", SCR, "overview", "serious_harm", "2017", "14-year-old", "14.00", "11_15", "female", "White British", "sexual_abuse; extra_familial_harm|sexual_abuse|sexual_abuse; online_harm|sexual_abuse; online_harm; extra_familial_harm"))
_E[19] = E("Child VZK: Child practice review",
           "Neglect of a 12-year-old boy with cerebral palsy in Wales in 2024 who was left in his wheelchair for long periods and developed pressure sores. His mother, aged 46, was caring for him alone. Child VZK is White Welsh.",
           ["the pressure sores were not reported by the school nurse", "the mother's request for respite care was not answered"],
           ["school nurses to refer any pressure sore on a disabled child", "children's social care to answer requests for short breaks within four weeks"],
           "Read the child practice review (PDF)",
           T("Child VZK", CPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "White Welsh|White British", "neglect", "social_isolation|", "disabled"),
           good=["the occupational therapist who visited at home and saw the sores"])
_E[20] = E("Child WZK: Learning review",
           "Death of a 2-year-old boy in Scotland in 2022 who was hit by a car after he left the house through an unlocked door. His mother, aged 27, had taken heroin and was asleep. Child WZK is White Scottish.",
           ["the mother's relapse was not known to children's services", "the home had not been visited since the boy was a baby"],
           [],
           "Read the learning review (PDF)",
           T("Child WZK", LR, "unknown|practice_review", "death", "2022", "2-year-old", "2.00", "1_5", "male", "White Scottish", "neglect", "parental_substance_misuse"),
           norec="Makes no recommendations as the drug service has already started telling children's services about every relapse.")

B71["b71-reportlab-indexcards-2025-05.pdf"] = dict(month="2025-05", heading="Case review cards: May 2025",
    intro="Four case reviews were published in May 2025. Every child, family and place on these cards is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B71["b71-calibre-ebook-2025-08.pdf"] = dict(month="2025-08", heading="Case review summaries: August 2025",
    intro="Four case reviews were published in August 2025. All of the children, families and places in this e-book are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B71["b71-context-digest-2025-11.pdf"] = dict(month="2025-11", heading="Learning from case reviews: November 2025",
    intro="Four case reviews were published in November 2025. The children, families and places in this digest are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B71["b71-reportlab-outlinediffers-2026-01.pdf"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Four case reviews were published in January 2026. Every child, family and place in this digest is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]],
    outline=["Introduction", "County lines and missing episodes", "A new partner's history", "Coercive control at home", "Exploitation of a disabled young man", "About these summaries"])
B71["b71-reportlab-kanban-2026-03.pdf"] = dict(month="2026-03", heading="Case review board: March 2026",
    intro="Four case reviews were published in March 2026. All of the children, families and places on this board are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
