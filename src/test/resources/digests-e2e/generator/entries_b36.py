# Batch b36 (issue 9, session 22; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a GOV.UK Design System page
# (govuk-accordion sections, govuk-summary-list <dl> metadata, govuk-details for one list); a DOCX where each review is one
# table with merged cells (title gridSpan, label cells vMerge'd down one row per item); a DOCX whose labels are Word list
# paragraphs (multilevel numbering.xml: level 0 '%1.' label, level 1 '%1.%2' items); a Windows-1252 text file with curly
# quotes, old-Mac CR-only line endings and form feeds between pages; an AsciiDoc source saved as .txt; a bilingual
# English/Welsh markdown digest (setext headings, Obsidian callout, the Welsh text in embedded HTML <div lang="cy">,
# footnote-style links). All 19 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the
# conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child,
# family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B36 = {}
LR = "learning_review"; CPR = "child_practice_review"
_E = {}
# --- A: GOV.UK Design System page
_E[1] = E("Child AL: Child safeguarding practice review",
          "Death of a 6-week-old baby boy in January 2024 from a head injury. His mother's partner, who was not the baby's father, had convictions for assault. The family had moved between three local authority areas during the pregnancy. Child AL is White British.",
          ["the partner's convictions were not known to the midwife", "records did not follow the family when they moved", "the new birth visit by the health visitor was three weeks late"],
          ["check the history of every adult in the household before a baby is born", "transfer health records within five days when a family moves"],
          "Read practice review (PDF)",
          T("Child AL", CSPR, "practice_review", "death", "2024", "6-week-old", "0.12", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "parental_criminality|"))
_E[2] = E("Child BL: Serious case review (executive summary)",
          "Sexual exploitation of a 14-year-old girl between 2017 and 2019 by a group of men who gave her alcohol and drugs. Child BL was living with foster carers and went missing many times. Child BL is of mixed White and Asian heritage.",
          ["missing episodes were recorded but the pattern was not seen", "foster carers were not told about the men who had been seen with Child BL", "the police and social care held separate meetings about the same risks"],
          ["hold one multi-agency meeting for every child at risk of exploitation", "share information about suspected abusers with foster carers"],
          "Read executive summary (PDF)",
          T("Child BL", SCR, "executive_summary", "serious_harm", "2017|", "14-year-old", "14.00", "11_15", "female",
            "mixed White and Asian|mixed White and Asian heritage|White and Asian",
            "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse",
            "", "foster_care; looked_after|foster_care"),
          good=["a youth worker who kept in touch with Child BL when she moved placement"])
_E[3] = E("Babies with bruising: thematic child safeguarding practice review",
          "Review of four babies aged between 3 and 9 months who were found to have bruising in 2023. Three of the babies were later found to have fractures. Ethnicity or nationality not stated.",
          ["the bruising protocol was not followed by out-of-hours services", "explanations from parents were accepted without a medical opinion"],
          ["remind out-of-hours GPs of the bruising protocol", "audit referrals of bruised babies every six months"],
          "Read thematic review (PDF)",
          T("", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "under_1|unknown", "not_stated", "not_stated",
            "physical_abuse", thematic="true", n="4"))
_E[4] = E("Child DL: Child safeguarding practice review",
          "Neglect of a 3-year-old girl in 2024 who was found alone in a flat with no food. Her mother had severe depression and misused alcohol. Child DL was subject to a child in need plan. Child DL is of Lithuanian heritage.",
          ["the mother's depression was treated without asking who cared for Child DL", "the child in need plan had no date for review"],
          [],
          "Read practice review (PDF)",
          T("Child DL", CSPR, "practice_review", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "female", "Lithuanian|Lithuanian heritage",
            "neglect", "parental_mental_health; parental_alcohol_misuse", "child_in_need_plan"),
          norec="Makes no recommendations as the partnership had already changed its neglect strategy.")
# --- B: DOCX, one table per review with merged cells
_E[5] = E("Child EL: Child safeguarding practice review",
          "Serious harm to a 16-year-old boy in 2024 who was assaulted by other young people after he was drawn into selling drugs. Child EL had an education, health and care plan for a learning disability. Child EL is Black African.",
          ["Child EL's learning disability made him easier to exploit", "the education, health and care plan did not mention the risks outside school", "the youth justice service did not know about the plan"],
          ["include risks outside the home in every education, health and care plan review", "share education, health and care plans with youth justice services"],
          "Read practice review (PDF)",
          T("Child EL", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "Black African",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation|child_criminal_exploitation; physical_abuse",
            "", "ehcp; disabled|ehcp"))
_E[6] = E("Child FL: Serious case review",
          "Death of a 9-month-old girl in 2018 who drowned in a bath after she was left alone. Her mother had a learning disability and the family lived in temporary accommodation. Ethnicity or nationality not stated.",
          ["bath safety advice was given in writing only", "the housing service did not tell the health visitor when the family moved"],
          ["give safety advice in person and in easy-read form to parents with a learning disability"],
          "Read overview report (PDF)",
          T("Child FL", SCR, "overview", "death", "2018", "9-month-old", "0.75", "under_1", "female", "not_stated",
            "neglect", "parental_learning_disability"),
          good=["the family support worker who arranged a learning disability assessment for the mother"])
_E[7] = E("Child GL: Child safeguarding practice review",
          "Emotional abuse of an 11-year-old boy who saw domestic abuse between his parents for many years, until 2023. Child GL's father was later convicted of assaulting his mother. Child GL is of Pakistani heritage.",
          ["Child GL's voice was missing from the domestic abuse risk assessments", "police call-outs to the home were not shared with the school"],
          ["tell schools the next day when police attend a domestic abuse incident at a pupil's home", "speak to children alone in every domestic abuse assessment"],
          "Read practice review (PDF)",
          T("Child GL", CSPR, "practice_review", "serious_harm", "2023|", "11-year-old", "11.00", "11_15", "male", "Pakistani|Pakistani heritage",
            "emotional_abuse", "domestic_abuse|domestic_abuse; parental_criminality"))
# --- C: DOCX, labels as Word numbered list paragraphs
_E[8] = E("Child HL: Child safeguarding practice review",
          "Death of a 17-year-old girl in 2023 who took her own life while she was on an adult mental health ward. Child HL had self-harmed since she was 13 and was looked after by the local authority. Child HL is White British.",
          ["there was no bed for Child HL on a children's mental health ward", "staff on the adult ward had no training in working with children", "Child HL's social worker was not invited to the discharge planning meeting"],
          ["agree a protocol for children who are admitted to adult mental health wards", "invite the social worker of every looked after child to discharge planning"],
          "Read practice review (PDF)",
          T("Child HL", CSPR, "practice_review", "death", "2023", "17-year-old", "17.00", "16_17", "female", "White British",
            "self_harm_suicide", "", "looked_after"))
_E[9] = E("Baby JL: Learning review",
          "Serious harm to a 4-month-old boy in 2024 who had a fractured skull and bleeding on the brain. Both parents were 18 and had been in care themselves. Baby JL is of mixed White and Black Caribbean heritage.",
          ["the parents' experience of care was seen as a risk but not as a reason to offer support", "the father was not seen by any professional before the baby's birth"],
          ["offer every parent who is a care leaver a named worker during pregnancy", "include fathers in every pre-birth assessment"],
          "Read learning review (PDF)",
          T("Baby JL", LR, "unknown|practice_review", "serious_harm", "2024", "4-month-old", "0.33", "under_1", "male",
            "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse"))
_E[10] = E("Children KL and OL: Serious case review",
           "Neglect of a brother and sister aged 5 and 8 in 2022. The children often missed school and their home had no working heating. Their father misused heroin. The children are of Irish Traveller heritage.",
           ["poor school attendance was not seen as a sign of neglect", "services did not build trust with the family"],
           ["use a neglect screening tool when a child's attendance falls below 80 per cent"],
           "Read overview report (PDF)",
           T("Children KL and OL", SCR, "overview", "serious_harm", "2022", "*", "*", "*", "mixed", "Irish Traveller|Irish Traveller heritage",
             "neglect", "parental_substance_misuse", "not_in_school|", n="2"),
           good=["the education welfare officer who visited the family site every week"])
# --- D: Windows-1252 text, CR-only line endings, form feeds
_E[11] = E("Child ML: Child safeguarding practice review",
           "Physical abuse of a 2-year-old boy in 2022 who had burns to his hands and bruising to his back. His mother's new partner had been violent towards a previous partner. Child ML is White British.",
           ["the nursery's concerns were called \"low level\" and were not shared", "the new partner was not asked about his history", "Child ML's injuries were explained as accidents without checking"],
           ["ask about every new adult in the household at each home visit", "record and share every concern raised by a nursery"],
           "Read practice review (PDF)",
           T("Child ML", CSPR, "practice_review", "serious_harm", "2022", "2-year-old", "2.00", "1_5", "male", "White British",
             "physical_abuse", "domestic_abuse|"))
_E[12] = E("Child NL: Serious case review",
           "Death of a 15-year-old boy in 2016 who was stabbed near his home. Child NL had been excluded from school and was known to the youth offending service. Child NL is Black Caribbean.",
           ["the move to alternative education left Child NL without support for most of the week", "the youth offending service did not share its worries about his friends"],
           ["give every excluded child a full-time education place within six days", "share concerns about risks outside the home at a multi-agency meeting"],
           "Read overview report (PDF)",
           T("Child NL", SCR, "overview", "death", "2016", "15-year-old", "15.00", "11_15", "male", "Black Caribbean",
             "physical_abuse|extra_familial_harm|physical_abuse; extra_familial_harm|other", "", "not_in_school"))
_E[13] = E("Baby PL: Child safeguarding practice review",
           "Sudden unexpected death of a 10-week-old girl in 2024 who was sharing a bed with her parents. Her father had drunk alcohol that evening. Baby PL is of Somali heritage.",
           ["safer sleep advice was given to the mother but not to the father", "the advice was not given in the family's first language"],
           [],
           "Read practice review (PDF)",
           T("Baby PL", CSPR, "practice_review", "death", "2024", "10-week-old", "0.19", "under_1", "female", "Somali|Somali heritage",
             "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping|parental_alcohol_misuse"),
           norec="Makes no recommendations but supports the regional safer sleep campaign.")
# --- E: AsciiDoc source saved as .txt
_E[14] = E("Child RL: Child safeguarding practice review",
           "Sexual abuse of a 13-year-old girl by her older cousin in 2023. Child RL told a teaching assistant, who did not pass on what she had said for two weeks. Child RL is of Indian heritage.",
           ["the teaching assistant did not know who the designated safeguarding lead was", "the family's wish to deal with the matter privately delayed the police"],
           ["train all support staff in schools to refer on the same day", "work with community groups on reporting sexual abuse within families"],
           "Read practice review (PDF)",
           T("Child RL", CSPR, "practice_review", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female", "Indian|Indian heritage",
             "sexual_abuse"),
           good=["the school nurse who helped Child RL to speak to the police"])
_E[15] = E("Child SL: Child safeguarding practice review",
           "Serious harm to an 8-year-old boy with autism in 2024 who was found locked in his bedroom and underweight. His mother had been a victim of domestic abuse and had stopped taking him to school.",
           ["the school's referral was closed after one phone call with the mother", "domestic abuse services did not ask about the children", "Child SL's autism made it harder for him to tell anyone"],
           ["see every child whose school raises a neglect concern", "ask about children at every domestic abuse assessment"],
           "Read practice review (PDF)",
           T("Child SL", CSPR, "practice_review", "serious_harm", "2024", "8-year-old", "8.00", "6_10", "male", "not_stated",
             "neglect|neglect; emotional_abuse|neglect; physical_abuse|neglect; emotional_abuse; physical_abuse", "domestic_abuse", "disabled; not_in_school|disabled"))
_E[16] = E("Young people and county lines: thematic learning review",
           "Review of three boys aged 14 to 16 who were criminally exploited through county lines in 2022 and 2023. Two of the boys were looked after. The boys are Black British.",
           ["the boys were treated as offenders rather than as victims", "placements far from home cut the boys off from trusted adults"],
           ["use the National Referral Mechanism for every child found in a county lines operation", "keep trusted adults involved when a child moves placement"],
           "Read learning review (PDF)",
           T("", LR, "unknown|practice_review", "serious_harm", "2022|", "*", "*", "*", "male", "Black British",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "looked_after|", thematic="true", n="3"))
# --- F: bilingual English / Welsh markdown
_E[17] = E("Child WL: Child practice review",
           "Neglect of a 4-year-old girl in 2023 in a rural area. The family had no contact with services apart from the GP, and Child WL had not started nursery. Her father had a long-term illness and her mother misused cannabis. Child WL is White Welsh.",
           ["families in rural areas were not visited when they did not come to appointments", "the GP did not ask about the children when the mother asked for help with her cannabis use"],
           ["follow up every child not brought to a health appointment in rural areas", "ask about children at every adult substance misuse contact"],
           "Read child practice review (PDF)",
           T("Child WL", CPR, "practice_review|unknown", "serious_harm", "2023", "4-year-old", "4.00", "1_5", "female", "White Welsh|White",
             "neglect", "parental_substance_misuse", "not_in_school|"))
_E[18] = E("Child XL: Extended child practice review",
           "Death of a 12-year-old boy in 2022 from an overdose of his mother's prescribed medication. Child XL had told his teacher that he felt sad and alone. His mother had a long history of mental ill health. Ethnicity or nationality not stated.",
           ["Child XL's words to his teacher were not shared with the school's safeguarding lead", "adult mental health services did not think about the child at home"],
           ["add questions about children to every adult mental health assessment"],
           "Read child practice review (PDF)",
           T("Child XL", CPR, "practice_review|unknown", "death", "2022", "12-year-old", "12.00", "11_15", "male", "not_stated",
             "self_harm_suicide; poisoning_ingestion|poisoning_ingestion|self_harm_suicide", "parental_mental_health"),
           good=["the young carers service that stayed in touch with Child XL's sister"])
_E[19] = E("Baby YL: Child practice review",
           "Serious harm to a 7-month-old boy in 2024 who had rib fractures. His parents said he had been hurt by an older brother. Baby YL is of Bangladeshi heritage.",
           ["the explanation that an older child caused the injury was accepted too quickly", "a skeletal survey was not done until the third hospital visit"],
           [],
           "Read child practice review (PDF)",
           T("Baby YL", CPR, "practice_review|unknown", "serious_harm", "2024", "7-month-old", "0.58", "under_1", "male", "Bangladeshi|Bangladeshi heritage",
             "physical_abuse"),
           norec="Makes no recommendations as the learning was shared with the regional safeguarding board.")
# Welsh versions (not scored: the truth holds the English text; the Welsh block is a translation of the same review).
WELSH = {
    17: dict(title="Plentyn WL: Adolygiad ymarfer plant",
             summary="Esgeulustod merch 4 oed yn 2023 mewn ardal wledig. Nid oedd gan y teulu gysylltiad \u00e2 gwasanaethau heblaw'r meddyg teulu.",
             learning=["ni chafodd teuluoedd mewn ardaloedd gwledig eu gweld pan na ddaethant i apwyntiadau", "ni holodd y meddyg teulu am y plant"],
             recs=["dilyn i fyny pob plentyn na chaiff ei ddod i apwyntiad iechyd", "holi am blant ym mhob cyswllt camddefnyddio sylweddau"],
             link="Darllen yr adolygiad ymarfer plant (PDF)"),
    18: dict(title="Plentyn XL: Adolygiad ymarfer plant estynedig",
             summary="Marwolaeth bachgen 12 oed yn 2022 ar \u00f4l gorddos o feddyginiaeth ei fam.",
             learning=["ni rannwyd geiriau Plentyn XL \u00e2'r arweinydd diogelu", "ni feddyliodd gwasanaethau iechyd meddwl oedolion am y plentyn"],
             recs=["ychwanegu cwestiynau am blant at bob asesiad iechyd meddwl oedolion"],
             good=["y gwasanaeth gofalwyr ifanc a gadwodd mewn cysylltiad \u00e2 chwaer Plentyn XL"],
             link="Darllen yr adolygiad ymarfer plant (PDF)"),
    19: dict(title="Baban YL: Adolygiad ymarfer plant",
             summary="Niwed difrifol i fachgen 7 mis oed yn 2024 a gafodd asennau wedi torri.",
             learning=["derbyniwyd yr esboniad yn rhy gyflym", "ni wnaed arolwg ysgerbydol tan yr trydydd ymweliad \u00e2'r ysbyty"],
             norec="Nid yw'n gwneud unrhyw argymhellion gan fod y dysgu wedi'i rannu \u00e2'r bwrdd diogelu rhanbarthol.",
             link="Darllen yr adolygiad ymarfer plant (PDF)"),
}
WELSH_LABELS = ("Mae'r dysgu yn cynnwys:", "Mae'r argymhellion yn cynnwys:", "Mae'n nodi arfer da gan gynnwys:")

B36["b36-govuk-frontend-2025-06.html"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="Four case reviews were added to the national case review repository in June 2025. Every child, family and place on this page is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B36["b36-docx-merged-cells-2025-08.docx"] = dict(month="2025-08", heading="NSPCC Repository \u2013 August 2025",
    intro="In August 2025 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B36["b36-docx-numbered-labels-2024-12.docx"] = dict(month="2024-12", heading="NSPCC Repository \u2013 December 2024",
    intro="In December 2024 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B36["b36-cp1252-cr-formfeed-2023-11.txt"] = dict(month="2023-11", heading="NSPCC Repository \u2013 November 2023",
    intro="In November 2023 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[11], _E[12], _E[13]])
B36["b36-asciidoc-source-2025-04.txt"] = dict(month="2025-04", heading="NSPCC Repository \u2013 April 2025",
    intro="In April 2025 three case reviews were published to the NSPCC Repository. All of the children, families and places below are invented for testing.",
    entries=[_E[14], _E[15], _E[16]])
B36["b36-markdown-cymraeg-2025-09.md"] = dict(month="2025-09", heading="Case reviews update \u2013 September 2025 / Diweddariad adolygiadau achos \u2013 Medi 2025",
    intro="Three child practice reviews were published in Wales in September 2025. Every child, family and place in this update is invented for testing.",
    intro_cy="Cyhoeddwyd tri adolygiad ymarfer plant yng Nghymru ym mis Medi 2025. Mae pob plentyn, teulu a lle yn y diweddariad hwn wedi'u dyfeisio ar gyfer profi.",
    entries=[_E[17], _E[18], _E[19]])
