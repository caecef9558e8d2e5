# Batch b23 (issue 9, session 13; invented for testing; truth written and committed with the generator before the pipeline
# ran on the inputs). Eight digests in producers and layouts not in b1-b22: Paged.js (pagedjs-cli on Chromium) with CSS
# margin-box running heads carrying the current review's title and the links as CSS footnotes, Vivliostyle (vivliostyle
# CLI on Chromium) in two columns with reviews running over the column and page breaks, a LibreOffice Draw page whose
# reviews are text frames, a DOCX numbered by one multilevel list without heading styles, a DOCX whose reviews sit in
# DrawingML text boxes (with the VML fallback Word writes beside them), HTML cards marked up with schema.org microdata
# (and a JSON-LD block), markdown with Obsidian-style callouts, and a plain-text export whose labels sit in a left column.
# All 25 entries are NEW summaries (not re-used), in the phrasing of NSPCC case review summaries, coded by the conventions
# of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). New wordings on
# purpose: 'a boy of 14', 'aged 10 months', 'two-and-a-half-year-old', 'a seventeen-year-old young man', 'an infant girl
# aged 5 months', 'aged thirteen', 'a baby girl aged 8 weeks'; 'in late 2022', 'in the summer holidays of 2023', 'during the
# second national lockdown', 'in the autumn of 2024'; harms worded as scalds in a bath, a dog attack, a drowning in a
# quarry, FII, radicalisation, a filmed assault, a car-wash labour case, sharing an adult bed after drinking; review
# types SUSR (Wales), learning review, child practice review, SCR, CSPR, a thematic CSPR. Every child, family and place
# is invented. Uses E, T, CSPR, SCR from entries.py.
B23 = {}
_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_PARTNER = ("Learning includes:", "Recommendations to the partnership include:", "Identifies good practice including:")
_PD = "unknown|practice_review"

_E = {}
_E[1] = E("Child AH: Child safeguarding practice review",
          "A boy of 14 was seriously injured in March 2024 when he was hit by a car while running from two older youths who had been using him to carry drugs between towns. Child AH had been home educated since the end of Year 7 and was not known to children's services before the incident. Child AH is White British.",
          ["elective home education meant that no professional saw him for almost two years", "his parents' worries about older friends were shared with the GP and went no further"],
          ["ask the local authority to see every home-educated child at least once a term"],
          "Read practice review (PDF)",
          T("Child AH", CSPR, "practice_review", "serious_harm", "2024", "boy of 14|of 14|14", "14.00", "11_15", "male", "White British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "not_in_school"))
_E[2] = E("Baby BH: Child safeguarding practice review",
          "Baby BH, aged 10 months, suffered scalds to her legs and feet in the summer of 2023 after her mother's boyfriend put her into a bath of very hot water. Her mother was 19 and had been known to children's services as a child. Baby BH is of mixed White and Black Caribbean heritage.",
          ["the boyfriend's presence in the home was known to the nursery but not to the health visitor", "the mother's own experience of care was not considered in the pre-birth assessment", "the burns unit did not make a safeguarding referral on the day of admission"],
          ["ask about every adult who cares for a baby at each health visiting contact", "include scalds in the partnership's injuries in non-mobile and young children protocol"],
          "Read practice review (PDF)",
          T("Baby BH", CSPR, "practice_review", "serious_harm", "2023", "aged 10 months", "0.83", "under_1", "female", "mixed White and Black Caribbean|mixed White and Black Caribbean heritage",
            "physical_abuse|physical_abuse; neglect|neglect"))
_E[3] = E("Nadia: Single unified safeguarding review",
          "Nadia, a 16-year-old girl, died by suicide in October 2024, weeks after she was moved to her third residential children's home in a year. She had told staff that she was being bullied online by girls from her previous home. Nadia is of Pakistani heritage.",
          ["each move ended her contact with the one teacher she trusted", "staff recorded the online bullying but did not tell her social worker"],
          ["plan school continuity before a looked after child is moved", "include online bullying in the risk assessment when a child changes placement"],
          "Read single unified safeguarding review (PDF)",
          T("Nadia", "single_unified_safeguarding_review", _PD, "death", "2024", "16-year-old", "16.00", "16_17", "female", "Pakistani|Pakistani heritage",
            "self_harm_suicide; online_harm|self_harm_suicide", "", "looked_after"),
          good=["her independent visitor kept in touch with her after every move"])
_E[4] = E("Child CH: Child safeguarding practice review",
          "Child CH, a two-and-a-half-year-old girl, was admitted to hospital in late 2022 weighing less than she had at her first birthday. Her parents, who both had learning disabilities, had stopped attending appointments after the health visitor changed. Child CH was subject to a child in need plan at the time. Child CH is White British.",
          ["growth charts were not looked at in child in need meetings", "letters about missed appointments were sent to parents who could not read them"],
          ["use easy read letters and phone calls for parents with learning disabilities", "record a child's weight at every child in need review"],
          "Read practice review (PDF)",
          T("Child CH", CSPR, "practice_review", "serious_harm", "2022", "two-and-a-half-year-old", "2.50", "1_5", "female", "White British", "neglect",
            "parental_learning_disability", "child_in_need_plan"))
_E[5] = E("Child DH: Serious case review",
          "Child DH, a 12-year-old girl with cerebral palsy, was sexually abused by a volunteer driver who took her to and from her special school between 2016 and 2018. She communicated using a picture board and her distress on the journeys was put down to her condition. Ethnicity or nationality not stated.",
          ["the transport service had no safeguarding checks for volunteer drivers", "changes in her behaviour were not explored with her using her own communication aids", "escorts were withdrawn from the route to save money"],
          ["carry out enhanced checks on every driver who transports children alone", "train school staff to use children's communication aids when they ask about worries"],
          "Read overview report (PDF)",
          T("Child DH", SCR, "overview", "serious_harm", "2016|", "12-year-old", "12.00", "11_15", "female", "not_stated",
            "sexual_abuse|sexual_abuse; extra_familial_harm", "", "disabled"))
_E[6] = E("Tomasz: Child safeguarding practice review",
          "Tomasz, aged 7, was attacked by the family's two dogs in April 2023 and needed surgery to his face. The dogs had bitten his younger sister the year before and had not been removed. His father's drinking had increased after he lost his job. Tomasz is of Polish heritage.",
          ["the earlier bite was treated as an accident and not shared with children's services", "no agency asked where the dogs were kept when the children were at home"],
          ["add dog ownership to the partnership's home safety checklist"],
          "Read practice review (PDF)",
          T("Tomasz", CSPR, "practice_review", "serious_harm", "2023", "aged 7", "7.00", "6_10", "male", "Polish|Polish heritage", "neglect|neglect; other|other|",
            "parental_alcohol_misuse"),
          good=["the paramedic crew who asked about the earlier bite"], lab=_THEMES)
_E[7] = E("Children EH and FH: Child safeguarding practice review",
          "Two sisters, aged 9 and 13, were found living in a flat without heating or food during the winter of 2022 after their mother was admitted to a psychiatric ward. Neither school had been told of the admission, and the girls went on attending for eleven days. The family is of Black Caribbean heritage.",
          ["the mental health ward did not ask whether the mother had children at home", "the older girl hid the situation because she feared being separated from her sister"],
          ["ask every adult admitted to a mental health ward who is caring for their children"],
          "Read practice review (PDF)",
          T("Children EH and FH", CSPR, "practice_review", "serious_harm", "2022", "*", "*", "*", "female", "Black Caribbean|Black Caribbean heritage", "neglect",
            "parental_mental_health", n="2"))
_E[8] = E("Baby GH: Child safeguarding practice review",
          "Death of a newborn baby boy in February 2024 after a concealed pregnancy; he was born at home and was not breathing when paramedics arrived. His mother, aged 20, had hidden the pregnancy from her family and had not seen a midwife. Baby GH is of Bangladeshi heritage.",
          ["the mother's GP consultation for back pain did not consider that she might be pregnant", "there was no local guidance on concealed and denied pregnancy"],
          ["write partnership guidance on concealed pregnancy for primary care"],
          "Read practice review (PDF)",
          T("Baby GH", CSPR, "practice_review", "death", "2024", "newborn|newborn baby", "0.00|", "under_1", "male", "Bangladeshi|Bangladeshi heritage", "neglect|other|"))
_E[9] = E("Child JH: Child safeguarding practice review",
          "Child JH, a 15-year-old boy, was arrested in 2023 for sharing extremist material and planning an attack on a place of worship, after months in online forums with adult men who promoted violence. He had been referred to Prevent at 13 but the case was closed. Child JH has autism and an education, health and care plan. Child JH is White British.",
          ["the Prevent referral was closed without speaking to his school", "his special interest in weapons was seen as part of his autism"],
          ["hold a multi-agency meeting before any Prevent case for a disabled child is closed", "give parents advice on online radicalisation when a child is diagnosed with autism"],
          "Read practice review (PDF)",
          T("Child JH", CSPR, "practice_review", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "male", "White British",
            "other; online_harm|online_harm|other|online_harm; extra_familial_harm|other; online_harm; extra_familial_harm", "", "disabled; ehcp"),
          lab=_PARTNER)
_E[10] = E("Lacey: Serious case review",
           "Lacey, aged 17, died in 2019 after taking a mixture of drugs given to her by an older man she had met while missing from her foster home. She had been known to children's services since infancy and had been in care since she was 14. Lacey is White British.",
           ["return home interviews were offered but never took place", "the man's address was known to police from earlier missing episodes"],
           ["use disruption powers against adults who harbour missing children"],
           "Read executive summary (PDF)",
           T("Lacey", SCR, "executive_summary", "death", "2019", "aged 17", "17.00", "16_17", "female", "White British",
             "poisoning_ingestion|poisoning_ingestion; extra_familial_harm|poisoning_ingestion; child_sexual_exploitation|poisoning_ingestion; child_sexual_exploitation; extra_familial_harm",
             "", "looked_after; foster_care|foster_care|looked_after"),
           good=["her foster carer reported her missing within an hour every time"])
_E[11] = E("Child KH: Child safeguarding practice review",
           "Child KH, an 8-year-old girl, had repeated hospital tests and was fed through a tube for two years before doctors agreed in 2022 that her mother had been inventing her symptoms. Fabricated or induced illness was first raised by a school nurse in 2020. Child KH is White Irish.",
           ["the school nurse's concern was not taken up by the paediatric team", "each hospital relied on the mother's account of what the other hospital had found"],
           ["name a lead paediatrician when a child is seen by more than one hospital", "share the partnership's FII guidance with school nurses"],
           "Read practice review (PDF)",
           T("Child KH", CSPR, "practice_review", "serious_harm", "2022|2020|", "8-year-old", "8.00", "6_10", "female", "White Irish|Irish", "other|other; physical_abuse|other; emotional_abuse"))
_E[12] = E("Baby LH: Child safeguarding practice review",
           "Baby LH, a six-week-old boy, died suddenly in December 2023 after sharing an adult bed with both parents, who had been drinking at a family party that evening. The family had been given safer sleep advice by the midwife and the health visitor. Baby LH is of Romanian heritage.",
           ["safer sleep advice was given in English only", "the advice did not cover sleeping arrangements on special occasions"],
           ["offer safer sleep advice in the family's first language", "repeat safer sleep advice before holidays and celebrations"],
           "Read practice review (PDF)",
           T("Baby LH", CSPR, "practice_review", "death", "2023", "six-week-old", "0.12", "under_1", "male", "Romanian|Romanian heritage", "sudden_unexpected_infant_death",
             "co_sleeping; parental_alcohol_misuse"))
_E[13] = E("Children MH, NH and PH: Child safeguarding practice review",
           "Three siblings aged between 2 and 8 lived with domestic abuse and their mother's heroin use for several years before they were removed in May 2021, when the youngest was found alone in the street in her nappy. The children now live with their paternal grandparents under a special guardianship order. The family is White British.",
           ["police call-outs for domestic abuse were not shared with the children's schools", "the mother's drug treatment service did not ask about her children", "the older children's worries were recorded but not acted on"],
           ["ask every adult in drug treatment about the children they care for"],
           "Read practice review (PDF)",
           T("Children MH, NH and PH", CSPR, "practice_review", "serious_harm", "2021", "*", "*", "*", "not_stated|female|mixed", "White British", "neglect",
             "domestic_abuse; parental_substance_misuse", "connected_carers|", n="3"),
           good=["the neighbour who stayed with the youngest child until police arrived"])
_E[14] = E("Child QH: Child safeguarding practice review",
           "Child QH, a seventeen-year-old young man, was stabbed to death in a park in the summer holidays of 2023. He had been excluded from school in Year 10 and was later found by police in a trap house in another city. A National Referral Mechanism referral had been made but no decision was reached before his death. Child QH is of Black British heritage.",
           ["the permanent exclusion was the point at which he was most at risk", "the referral to the National Referral Mechanism did not lead to a plan to protect him"],
           ["offer a key worker to every child who is permanently excluded", "review how the partnership acts while a National Referral Mechanism decision is awaited"],
           "Read practice review (PDF)",
           T("Child QH", CSPR, "practice_review", "death", "2023", "seventeen-year-old", "17.00", "16_17", "male", "Black British|Black British heritage",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse", "", "not_in_school"))
_E[15] = E("Baby RH: Learning review",
           "Baby RH, a four-month-old girl, was taken to hospital in 2022 with a broken thigh bone and old rib fractures. Her father had served a prison sentence for violence against a former partner, which was not known to the midwife. Baby RH is White Scottish.",
           ["the father's history was held by the police and justice social work but not asked for", "the explanation that the baby had caught her leg in the cot was accepted"],
           ["check the history of both parents at the first booking appointment"],
           "Read learning review (PDF)",
           T("Baby RH", "learning_review", "unknown", "serious_harm", "2022", "four-month-old", "0.33", "under_1", "female", "White Scottish", "physical_abuse",
             "parental_criminality; domestic_abuse|parental_criminality"))
_E[16] = E("Child SH: Child practice review",
           "Child SH, aged 12, was groomed through a social media app and sexually abused by a man in his thirties who travelled to meet her in the spring of 2024. Her mother had asked the school for help after finding messages on her phone. Child SH is White Welsh.",
           ["the school passed the mother's concern to the police but did not tell children's services", "the man's other online contacts with children were not followed up"],
           ["give schools a clear route for referring online grooming to children's services"],
           "Read child practice review (PDF)",
           T("Child SH", "child_practice_review", _PD, "serious_harm", "2024", "aged 12", "12.00", "11_15", "female", "White Welsh",
             "child_sexual_exploitation; online_harm; sexual_abuse|online_harm; sexual_abuse|child_sexual_exploitation; online_harm|online_harm; sexual_abuse; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse; extra_familial_harm"),
           good=["the mother kept the messages and took them straight to the school"])
_E[17] = E("Amir: Child safeguarding practice review",
           "Amir, an unaccompanied 15-year-old from Sudan, was placed in a hotel used as emergency accommodation in 2022 and went missing within days; he was found four months later working in a car wash in another county. Amir is Sudanese.",
           ["no agency took responsibility for children placed in the hotel", "his disappearance was reported to the police two days late"],
           ["agree which local authority is responsible for every child placed in asylum hotels", "report any missing unaccompanied child to the police at once"],
           "Read practice review (PDF)",
           T("Amir", CSPR, "practice_review", "serious_harm", "2022", "15-year-old", "15.00", "11_15", "male", "Sudanese",
             "child_criminal_exploitation|other|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; other|extra_familial_harm; other", "", "looked_after|"))
_E[18] = E("Baby TH: Child safeguarding practice review",
           "Baby TH, a baby girl aged 8 weeks, died in January 2021 from a head injury. During the second national lockdown contact with the family had been by telephone only, and no professional had seen the baby at home. Her mother's partner was known to the police for drug dealing. Baby TH is White British.",
           ["telephone contacts did not allow professionals to see the baby or the home", "the partner's police record was not checked because he was not the baby's father"],
           ["see every new baby face to face, whatever the restrictions in place"],
           "Read practice review (PDF)",
           T("Baby TH", CSPR, "practice_review", "death", "2021", "aged 8 weeks", "0.15", "under_1", "female", "White British",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_criminality"))
_E[19] = E("Children UH and VH: Child safeguarding practice review",
           "Emotional abuse of a brother and sister, aged 6 and 10, who were used by their father to watch and threaten their mother after their parents separated in 2020. Contact arrangements made by the family court meant the children spent every weekend with him. The family is of mixed White and Asian heritage.",
           ["the children's wishes were not heard in the family court", "the father's coercive control was treated as a dispute between parents"],
           ["include children's views in every safeguarding letter to the family court", "train staff to recognise post-separation abuse"],
           "Read practice review (PDF)",
           T("Children UH and VH", CSPR, "practice_review", "serious_harm", "2020|", "*", "*", "*", "mixed", "mixed White and Asian|mixed White and Asian heritage",
             "emotional_abuse", "domestic_abuse", n="2"),
           good=["the school counsellor who gave the children time to talk"], lab=_THEMES)
_E[20] = E("Child WH: Child safeguarding practice review",
           "Child WH, a boy aged 11, drowned in a disused quarry in August 2024 while playing with older boys. He was often out late in the evening, and his mother worked night shifts. He was subject to a child protection plan for neglect at the time of his death. Child WH is of Gypsy Roma heritage.",
           ["the child protection plan had no actions about supervision outside the home", "the quarry was known to the council as a danger and had no fence"],
           ["include supervision outside the home in child protection plans for neglect", "ask landowners to secure sites where children are known to swim"],
           "Read practice review (PDF)",
           T("Child WH", CSPR, "practice_review", "death", "2024", "aged 11", "11.00", "11_15", "male", "Gypsy Roma|Gypsy Roma heritage|Roma", "neglect|neglect; other|other|",
             "", "child_protection_plan"))
_E[21] = E("Child XH: Serious case review",
           "Child XH, a fifteen-year-old girl, underwent female genital mutilation during a family visit abroad in 2017, which was identified by her GP two years later. Her older sister had been cut as a baby. Child XH is of Somali heritage.",
           ["the sister's FGM was recorded in her health records but not linked to the younger girl", "the school was unaware of the family's travel plans"],
           ["flag the sisters of any girl known to have had FGM in health records"],
           "Read overview report (PDF)",
           T("Child XH", SCR, "overview", "serious_harm", "2017", "fifteen-year-old", "15.00", "11_15", "female", "Somali|Somali heritage", "fgm_honour_based_abuse"))
_E[22] = E("Child YH: Child safeguarding practice review",
           "Child YH, aged thirteen, was seriously assaulted by a group of children from her school in March 2025, and a video of the attack was shared on social media. She had reported bullying to her head of year three times. Child YH is of Black African heritage.",
           ["each report of bullying was handled as a new incident", "the video stayed online for three days before it was removed"],
           [], "Read practice review (PDF)",
           T("Child YH", CSPR, "practice_review", "serious_harm", "2025", "aged thirteen", "13.00", "11_15", "female", "Black African|Black African heritage",
             "physical_abuse; extra_familial_harm|physical_abuse; online_harm; extra_familial_harm|physical_abuse|physical_abuse; online_harm"),
           norec="Makes no recommendations, as the school and the partnership had already changed how bullying is recorded.")
_E[23] = E("Child ZH: Child safeguarding practice review",
           "Child ZH, an infant girl aged 5 months, suffered a fractured skull and bleeding on the brain in the autumn of 2024. Her father admitted shaking her when she would not stop crying. He had been drinking heavily since losing his job. Child ZH is White British.",
           ["the father was never asked how he coped with the baby's crying", "the mother's call to the health visitor about his drinking was not followed up"],
           ["include fathers in every coping with crying conversation"],
           "Read practice review (PDF)",
           T("Child ZH", CSPR, "practice_review", "serious_harm", "2024", "aged 5 months", "0.42", "under_1", "female", "White British",
             "non_accidental_head_injury; physical_abuse|non_accidental_head_injury", "parental_alcohol_misuse"))
_E[24] = E("Children missing from education: thematic child safeguarding practice review",
           "Review of six children aged 8 to 15 who were taken off school rolls for home education between 2019 and 2023 and who later suffered neglect or abuse at home. In four cases children's social care was already involved when the child was taken off the roll.",
           ["schools were not required to tell social workers when a child was taken off the roll", "home education officers had no power to see the children"],
           ["tell the social worker within one day when a child with a plan is taken off a school roll", "ask the government to create a register of children not in school"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "serious_harm", "2019|", "*", "*", "*", "not_stated", "not_stated", "neglect|neglect; physical_abuse|", "", "not_in_school", thematic="true", n="6"),
           good=["one school kept a child on its roll until a social worker had visited"], lab=_PARTNER)
_E[25] = E("Ruby: Child safeguarding practice review",
           "Ruby, a 3-year-old girl, died in hospital in May 2022 from a bleed on the brain caused by a blow to the head. Her mother's new partner, who had moved in six weeks earlier, was convicted of manslaughter. Professionals did not know he lived with Ruby's family. Ruby is White British.",
           ["the nursery noticed a change in Ruby's behaviour but did not ask about new adults at home", "the partner's convictions for violence were held by probation"],
           ["ask about new adults in the household at every early years review", "tell nurseries when an adult with convictions for violence moves in with a child"],
           "Read practice review (PDF)",
           T("Ruby", CSPR, "practice_review", "death", "2022", "3-year-old", "3.00", "1_5", "female", "White British",
             "physical_abuse; non_accidental_head_injury|physical_abuse|non_accidental_head_injury", "parental_criminality|"))

_FILES23 = [("b23-pagedjs-footnotes-2025-08.pdf", "2025-08", "New case reviews: August 2025", [1, 2, 3]),
            ("b23-vivliostyle-columns-2024-09.pdf", "2024-09", "Case reviews published in September 2024", [4, 5, 6, 7]),
            ("b23-draw-frames-2025-02.pdf", "2025-02", "Case reviews update – February 2025", [8, 9, 10]),
            ("b23-docx-multilevel-2026-01.docx", "2026-01", "Case reviews published in January 2026", [11, 12, 13]),
            ("b23-docx-textboxes-2025-05.docx", "2025-05", "Learning from case reviews – May 2025", [14, 15, 16]),
            ("b23-html-microdata-2025-06.html", "2025-06", "Case reviews update: June 2025", [17, 18, 19]),
            ("b23-markdown-callouts-2025-12.md", "2025-12", "New case reviews – December 2025", [20, 21, 22]),
            ("b23-plaintext-fields-2025-07.txt", "2025-07", "Case reviews published in July 2025", [23, 24, 25])]
_MON23 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for fname, month, heading, idx in _FILES23:
    y, m = month.split("-")
    B23[fname] = dict(month=month, heading=heading, entries=[_E[i] for i in idx],
                      intro=f"{['Three', 'Four'][len(idx) - 3]} new case reviews were added to the national case review repository in {_MON23[int(m) - 1]} {y}. All of the children, families and places below are invented for testing.")
