# Batch b59 (issue 9, session 33; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts and producer paths the repository has not seen for digests (see the
# b59 section of ../README.md or ../../digests-e2e-pending/README.md for what was grepped): a REPORTLAB canvas newsletter whose
# every review is a panel with its TITLE SET VERTICALLY in a filled band at the panel's left (rotated 90 degrees, reading
# bottom to top); a REPORTLAB platypus TABLE 'Review | Part | Details' whose first cell (bold title, link under it) SPANS
# every row of its review (SPAN), a row per part ('Summary', the labels) (one page); a plain text
# digest printed by GNU A2PS two virtual pages to a landscape sheet (a2ps's title bar, file name, date and 'Page n/m' in the
# frame of every virtual page) then ps2pdf; a web page printed by CHROMIUM whose site header, navigation bar and cookie
# banner are position: fixed, so they are printed on EVERY page over the text's flow, with the browser's own date/title/URL
# header and footer; and a flat ODT printed by LIBREOFFICE WRITER whose reviews sit in TEXT FRAMES ANCHORED TO THE PAGE, two
# frames side by side on every page. All entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by
# the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored).
# Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B59 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
_E = {}
# --- A: reportlab canvas, the title in a vertical band at the panel's left
_E[1] = E("Child AMV: Child safeguarding practice review",
          "Death of a 9-week-old boy in 2024 who was found unresponsive in his parents' bed. His mother, aged 23, had taken prescribed sleeping tablets. Child AMV is White British.",
          ["safer sleep conversations did not cover the effect of medication on a parent's sleep", "the family's cot had been taken to a relative's house and this was not known"],
          ["health visitors to ask where the baby sleeps at every visit", "GPs to give safer sleep advice when they prescribe sleeping tablets to a parent of a baby"],
          "Read the practice review (PDF)",
          T("Child AMV", CSPR, "practice_review", "death", "2024", "9-week-old", "0.17", "under_1", "male", "White British", "sudden_unexpected_infant_death", "co_sleeping|co_sleeping; parental_mental_health|co_sleeping; parental_substance_misuse"))
_E[2] = E("Child BNV: Serious case review",
          "Sexual abuse of a 10-year-old girl between 2016 and 2018 by her mother's boyfriend, aged 41. She told a friend, who told a teacher. Child BNV is White British.",
          ["earlier changes in her behaviour were put down to her parents' separation", "the boyfriend's previous relationships were not checked"],
          ["schools to record and review changes in a child's behaviour over time", "children's social care to check the history of every new partner in a household"],
          "Read the overview report (PDF)",
          T("Child BNV", SCR, "overview", "serious_harm", "2016|", "10-year-old", "10.00", "6_10", "female", "White British", "sexual_abuse"))
_E[3] = E("Child CPV: Child practice review",
          "Neglect of a 4-year-old boy in Wales in 2023 who was found wandering alone at night. His mother, aged 29, misused alcohol and the home had no food. Child CPV is White Welsh.",
          ["the mother's drinking was known to her GP but not to children's services", "the nursery's concerns about his hunger were not passed on"],
          ["GPs to ask about children when a parent is treated for alcohol misuse", "nurseries to share concerns about hunger with the health visitor"],
          "Read the child practice review (PDF)",
          T("Child CPV", CPR, "practice_review", "serious_harm", "2023", "4-year-old", "4.00", "1_5", "male", "White Welsh|White British", "neglect", "parental_alcohol_misuse"),
          good=["the police officer who stayed with him until a foster carer was found"])
_E[4] = E("Child DRV: Learning review",
          "Death of a 15-year-old girl in Scotland in 2024 who took her own life. She had been bullied online and at school for a year. Child DRV is White Scottish.",
          ["the bullying was dealt with as a behaviour matter", "her GP did not know about her earlier self-harm"],
          [],
          "Read the learning review (PDF)",
          T("Child DRV", LR, "unknown|practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "female", "White Scottish", "self_harm_suicide|self_harm_suicide; online_harm|self_harm_suicide; online_harm; emotional_abuse"),
          norec="Makes no recommendations as the school and health board have already put changes in place.")
# --- B: reportlab platypus table, the title cell spanning the review's rows
_E[5] = E("Child ESV: Child safeguarding practice review",
          "Serious harm to a 14-month-old girl in 2025 who had bleeding on the brain and fractures to her ribs. Her father, aged 32, admitted shaking her. Child ESV is mixed White and Black Caribbean.",
          ["the father's own history of being in care was not explored", "a bruise seen by a paramedic three weeks earlier was not reported"],
          ["ambulance services to refer every bruise on a baby who is not yet walking", "health visitors to ask fathers about their own childhood"],
          "Read the practice review (PDF)",
          T("Child ESV", CSPR, "practice_review", "serious_harm", "2025", "14-month-old", "1.17", "1_5", "female", "mixed White and Black Caribbean|White and Black Caribbean", "non_accidental_head_injury; physical_abuse|non_accidental_head_injury|physical_abuse"))
_E[6] = E("Child FTV: Child safeguarding practice review",
          "Criminal exploitation of a 15-year-old boy in 2024 who was found in a flat in another county with drugs and cash. He had been reported missing nine times. Child FTV is Black British.",
          ["he was treated as an offender rather than a victim of exploitation", "the two areas' police forces did not share what they knew"],
          ["police to use the national referral mechanism for every child found in a drugs flat", "the partnership to agree how missing children are shared across county borders"],
          "Read the practice review (PDF)",
          T("Child FTV", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male", "Black British", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation"),
          good=["the youth offending worker who kept visiting him at home"])
_E[7] = E("Child GWV: Serious case review",
          "Death of a 2-year-old girl in 2017 who drowned in a bath while her mother, aged 20, was in another room. The family had been on a child in need plan for neglect. Child GWV is White British.",
          ["the child in need plan was closed without checking the home", "the mother's young age and isolation were not seen as risks"],
          ["children's social care to visit the home before closing a child in need plan", "health visitors to give water safety advice to parents of toddlers"],
          "Read the executive summary (PDF)",
          T("Child GWV", SCR, "executive_summary", "death", "2017", "2-year-old", "2.00", "1_5", "female", "White British", "neglect", "", "child_in_need_plan|"))
_E[8] = E("Child HXV: Significant case review",
          "Emotional abuse of a 7-year-old boy in Scotland between 2019 and 2022. He was made to sleep in a shed and was shouted at daily by his father, aged 45. Child HXV is Polish.",
          ["his teacher's notes about his tiredness were not shared", "the father's account of the family was accepted without a home visit"],
          ["schools to share concerns with the named person the same week", "social workers to see where every child sleeps"],
          "Read the significant case review (PDF)",
          T("Child HXV", SIG, "unknown", "serious_harm", "2019|", "7-year-old", "7.00", "6_10", "male", "Polish|White Polish", "emotional_abuse|emotional_abuse; neglect"))
# --- C: plain text printed by a2ps, two virtual pages to a landscape sheet
_E[9] = E("Child JZV: Child safeguarding practice review",
          "Physical abuse of a 5-year-old boy in 2023 who was beaten by his stepfather, aged 35. He had bruises to his face and arms when he arrived at school. Child JZV is Black African.",
          ["the school accepted the stepfather's explanation of a fall", "the mother's fear of the stepfather was not asked about"],
          ["schools to refer every facial bruise to children's social care", "agencies to speak to the mother alone when there are signs of domestic abuse"],
          "Read the practice review: https://example-scp.org.uk/reviews/child-jzv",
          T("Child JZV", CSPR, "practice_review", "serious_harm", "2023", "5-year-old", "5.00", "1_5", "male", "Black African", "physical_abuse", "domestic_abuse|"))
_E[10] = E("Baby KMV: Child safeguarding practice review",
           "Death of a 4-month-old girl in 2025 from malnutrition and dehydration. Her parents, aged 26 and 27, followed a restricted diet and did not take her to her health checks. Baby KMV is White British.",
           ["missed health checks were not followed up", "the parents' diet for the baby was not discussed by the health visitor"],
           ["health visitors to see every baby who misses two health checks", "GPs to tell health visitors about babies not brought to immunisations"],
           "Read the practice review: https://example-scp.org.uk/reviews/baby-kmv",
           T("Baby KMV", CSPR, "practice_review", "death", "2025", "4-month-old", "0.33", "under_1", "female", "White British", "neglect"))
_E[11] = E("Child LNV: Serious case review",
           "Sexual exploitation of a 16-year-old girl in 2018 while she lived in a children's home. Adult men gave her alcohol and drugs and took her to parties. Child LNV is White British.",
           ["staff at the children's home did not know who she was meeting", "the police did not act on car registrations reported by staff"],
           ["children's homes to keep a record of every adult seen with a child", "police to check every car registration passed on by a children's home"],
           "Read the overview report: https://example-scp.org.uk/reviews/child-lnv",
           T("Child LNV", SCR, "overview", "serious_harm", "2018", "16-year-old", "16.00", "16_17", "female", "White British", "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse", "", "looked_after|"))
_E[12] = E("Child MPV: Child safeguarding practice review",
           "Serious harm to a 12-year-old boy in 2024 who was hit by a car after running away from his foster home. He had run away eight times since moving there in 2023. Child MPV is Irish Traveller.",
           ["his wish to return to his family was not heard", "each missing episode was dealt with on its own"],
           ["social workers to look at the pattern of every child's missing episodes", "the fostering service to match children with carers who know their culture"],
           "Read the practice review: https://example-scp.org.uk/reviews/child-mpv",
           T("Child MPV", CSPR, "practice_review", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "Irish Traveller", "other|", "", "looked_after|foster_care; looked_after|foster_care"),
           good=["the foster carer who reported him missing within an hour every time"])
# --- D: Chromium print of a web page, fixed header, navigation and cookie banner on every page
_E[13] = E("Child NRV: Child safeguarding practice review",
           "Death of a 6-month-old boy in 2024 from a head injury. His mother's partner, aged 30, has been convicted of his murder. Child NRV is White British.",
           ["the partner's history of domestic abuse was known to the police but not checked", "a health visitor's concern about a bruise was not passed on"],
           ["police to share domestic abuse history when a new partner joins a household with a baby", "health visitors to refer every bruise on a baby who is not mobile"],
           "Read the practice review (PDF)",
           T("Child NRV", CSPR, "practice_review", "death", "2024", "6-month-old", "0.50", "under_1", "male", "White British", "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", "domestic_abuse|domestic_abuse; parental_criminality"))
_E[14] = E("Children PSV and QTV: Serious case review",
           "Neglect of two brothers, aged 8 and 11, between 2015 and 2019. The home was dirty and cold and the boys were often hungry. Their father, aged 52, had depression. The children are Black Caribbean.",
           ["the neglect was seen as a housing problem", "each referral was looked at without the history of earlier ones"],
           ["use a neglect assessment tool in every case of long-term neglect", "the partnership to audit repeat referrals about the same family"],
           "Read the overview report (PDF)",
           T("Children PSV and QTV", SCR, "overview", "serious_harm", "2015|", "*", "*", "6_10|11_15|*", "male", "Black Caribbean", "neglect", "parental_mental_health", n="2"))
_E[15] = E("Child RWV: Child practice review",
           "Serious harm to a 13-year-old girl in Wales in 2025 who was assaulted by a group of older girls. A video of the assault was shared on social media. Child RWV is White Welsh.",
           ["the school did not act on earlier reports of bullying", "the video stayed online for two days"],
           ["schools to follow up every report of bullying with the child and parents", "police and the local authority to agree a way to have videos of children taken down quickly"],
           "Read the child practice review (PDF)",
           T("Child RWV", CPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "White Welsh|White British", "physical_abuse; online_harm; extra_familial_harm|physical_abuse; extra_familial_harm|physical_abuse; online_harm|extra_familial_harm; online_harm|physical_abuse"),
           good=["the bystander who called an ambulance and stayed with her"])
_E[16] = E("Child SXV: Child safeguarding practice review",
           "Serious harm to a 3-year-old boy in 2023 who swallowed his mother's methadone. His mother, aged 34, was in treatment for heroin use. Child SXV is White British.",
           ["the drug service did not check where the methadone was kept", "the health visitor did not know the mother was in treatment"],
           ["drug services to check safe storage at every review", "drug services to tell the health visitor when a parent of a young child starts treatment"],
           "Read the practice review (PDF)",
           T("Child SXV", CSPR, "practice_review", "serious_harm", "2023", "3-year-old", "3.00", "1_5", "male", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
# --- E: Writer frames anchored to the page, two side by side
_E[17] = E("Child TZV: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2024 who was stabbed in a park. He had been excluded from school in 2022 and was known to the youth justice service. Child TZV is Black British.",
           ["his exclusion was not seen as a turning point in the risk to him", "the youth justice plan did not include his safety"],
           ["schools to hold a multi-agency meeting before a permanent exclusion", "the youth justice service to include a safety plan for every child at risk of violence"],
           "Read the practice review (PDF)",
           T("Child TZV", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "Black British", "extra_familial_harm|physical_abuse; extra_familial_harm|physical_abuse|extra_familial_harm; child_criminal_exploitation", "", "not_in_school|"))
_E[18] = E("Baby WMV: Child safeguarding practice review",
           "Serious harm to a 3-week-old girl in 2025 who had a fractured arm and bruises. Her parents, aged 18 and 19, were both care leavers. Baby WMV is White British.",
           ["the pre-birth assessment was not finished before she was born", "the parents' support from the leaving care team ended at the birth"],
           ["children's social care to finish pre-birth assessments by 32 weeks", "the leaving care team to keep working with young parents after the birth"],
           "Read the practice review (PDF)",
           T("Baby WMV", CSPR, "practice_review", "serious_harm", "2025", "3-week-old", "0.06", "under_1", "female", "White British", "physical_abuse"))
_E[19] = E("Child XNV: Serious case review",
           "Death of an 11-year-old girl in 2019 from an asthma attack. Her mother, aged 38, did not collect her prescriptions and she had not seen a doctor for two years. Child XNV is Pakistani.",
           ["the pharmacy did not tell the GP that her inhalers were not collected", "her absences from school were not linked to her asthma"],
           ["pharmacies to tell the GP when a child's medicine is not collected", "school nurses to have a care plan for every child with severe asthma"],
           "Read the overview report (PDF)",
           T("Child XNV", SCR, "overview", "death", "2019", "11-year-old", "11.00", "11_15", "female", "Pakistani", "neglect"))
_E[20] = E("Child ZAV: Learning review",
           "Sexual abuse of a 9-year-old boy in Scotland in 2023 by his uncle, aged 27, who looked after him while his mother worked. Child ZAV is White Scottish.",
           ["the uncle's earlier police warning was not known to the school", "the boy's fear of going home was not explored"],
           [],
           "Read the learning review (PDF)",
           T("Child ZAV", LR, "unknown|practice_review", "serious_harm", "2023", "9-year-old", "9.00", "6_10", "male", "White Scottish", "sexual_abuse"),
           norec="Makes no recommendations as the learning will be shared through the partnership's training.")

B59["b59-reportlab-titleband-2025-04.pdf"] = dict(month="2025-04", heading="Case review round-up: April 2025",
    intro="Four case reviews were published in April 2025. Every child, family and place in this round-up is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B59["b59-reportlab-rowspan-2025-07.pdf"] = dict(month="2025-07", heading="Case reviews published in July 2025",
    intro="Four case reviews were published in July 2025. The children, families and places described are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B59["b59-a2ps-2up-2025-10.pdf"] = dict(month="2025-10", heading="CASE REVIEW DIGEST - OCTOBER 2025",
    intro="Four case reviews were published in October 2025. All the children, families and places in this digest are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B59["b59-chromium-sitechrome-2026-01.pdf"] = dict(month="2026-01", heading="Case review summaries: January 2026",
    intro="Four case reviews were published in January 2026. Every child, family and place on this page is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B59["b59-writer-frames-2026-02.pdf"] = dict(month="2026-02", heading="Learning from case reviews \u2013 February 2026",
    intro="Four case reviews were published in February 2026. The children, families and places in this briefing are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
