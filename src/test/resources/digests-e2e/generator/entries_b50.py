# Batch b50 (issue 9, session 29; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a Sphinx-built HTML page (alabaster
# theme: a '¶' headerlink inside every heading, the labels as a reST field list rendered <dl class="field-list"> with the
# colon in its own <span>, <p> inside every <li>, a 'Related topics' / 'Quick search' sidebar and a 'Powered by Sphinx' footer);
# a GitLab wiki page in markdown ('[[_TOC_]]', a ':warning:' shortcode, a '>>>' multi-line blockquote around one review's
# recommendations, a commented-out draft review inside '<!-- -->', '**Label**' with no colon); a Gmail .eml that forwards the
# digest inline ('---------- Forwarded message ---------'), multipart/alternative, the text part quoted-printable with soft
# line breaks inside words and inside encoded characters, '*Label:*' for bold; an .eml whose body only says 'please see the
# attached' and whose digest is an attached DOCX; a DOCX in two newspaper columns with the digest's title in a header part, a
# PAGE field in the footer, hidden text (w:vanish: a whole hidden learning item and an editor's hidden note in a summary) and
# labels typed in lower case shown in capitals (w:caps); a LinkedIn post copied into a .txt (titles and labels in Unicode
# 'mathematical bold' letters, emoji bullets, lnkd.in links, '…see more', hashtags, reaction counts).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: several entries about
# two or three children of different ages, adults who died next to a child who was injured (outcome serious_harm), other
# people's ages and older years, hedged and negated harms, and one entry whose recommendations are printed BEFORE its
# learning (field `order`). Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B50 = {}
L_SP = ("Learning includes", "Recommendations include", "Identifies good practice including")
L_GL = ("Learning", "Recommendations", "Good practice")
L_GM = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_AT = ("Learning includes:", "Recommendations include:", "Good practice identified includes:")
L_DX = ("learning includes:", "recommendations include:", "good practice:")
L_LI = ("Learning includes:", "Recommendations include:", "Good practice:")
_E = {}
_E_BASE = E
CMR = "case_management_review"


def E(*a, order="lr", hidden=None, note=None, **k):  # order "rl": the recommendations are printed before the learning
    d = _E_BASE(*a, **k); d["order"] = order; d["hidden"] = hidden; d["note"] = note; return d


# --- A: Sphinx (alabaster) HTML page, field-list labels, headerlinks, sidebar (3)
_E[1] = E("Children AZJ and BZJ: Child safeguarding practice review",
          "Neglect of two brothers, aged 2 and 7, between 2022 and 2024, who lived in a privately rented flat with damp and no working heating. Their mother, aged 24, had depression and their father, aged 29, worked away for weeks at a time. The younger boy was admitted to hospital with pneumonia in 2024. The children are White British.",
          ["housing officers did not tell children's social care about the condition of the flat", "the mother's depression was treated without asking how she was managing the children", "the father was not included in the early help plan"],
          ["include housing providers in early help meetings for families with young children", "ask about the care of children at every adult mental health review"],
          "Read practice review (PDF)",
          T("Children AZJ and BZJ", CSPR, "practice_review", "serious_harm", "2022|2024|", "*", "*", "*", "male", "White British",
            "neglect", "parental_mental_health", n="2"), lab=L_SP)
_E[2] = E("Child CZJ: Serious case review",
          "Death of a 5-week-old girl in 2019 from a head injury. Her father, aged 19, told the police that he had dropped her. Her half-sister, aged 3, had been subject to a child protection plan in 2017. Child CZJ is of Romanian heritage.",
          ["the father's own experience of care was not known to the midwife", "the closure of the half-sister's child protection plan was not revisited when the mother became pregnant"],
          ["review pre-birth assessments where an older child has been on a child protection plan", "give the coping with crying programme to both parents before discharge"],
          "Read overview report (PDF)",
          T("Child CZJ", SCR, "overview", "death", "2019", "5-week-old", "0.10", "under_1", "female", "Romanian|Romanian heritage",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", ""),
          good=["the health visitor who arranged an interpreter for every contact with the mother"], lab=L_SP)
_E[3] = E("Child DZJ: Child safeguarding practice review",
          "Serious harm to a 14-year-old boy in 2025 who was criminally exploited to carry drugs between two towns. He was stabbed in the leg by an older boy, aged 17. His mother, aged 38, had reported him missing eleven times. Child DZJ is Black British.",
          ["each missing episode was closed without a return home interview", "the school's concerns about older boys waiting at the gate were not shared with the police"],
          ["hold a return home interview after every missing episode", "share intelligence about people waiting outside schools through a single contextual safeguarding meeting"],
          "Read practice review (PDF)",
          T("Child DZJ", CSPR, "practice_review", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse", ""),
          order="rl", lab=L_SP)
# --- B: GitLab wiki markdown page (4)
_E[4] = E("Child EZJ: Child safeguarding practice review",
          "Death of a 16-year-old girl in 2024 who took her own life while living in a semi-independent placement 40 miles from her home area. She had been looked after since she was 11. Her mother, aged 43, was not told that she had moved. Child EZJ is of mixed White and Black Caribbean heritage.",
          ["the placement was chosen because it was the only one available, not because it met her needs", "her mental health referral was closed when she moved out of the area"],
          ["keep a child's mental health referral open when a looked after child moves area", "tell parents when their looked after child moves placement unless it is unsafe to do so"],
          "Read practice review (PDF)",
          T("Child EZJ", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "female",
            "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean|Mixed White and Black Caribbean",
            "self_harm_suicide", "", "looked_after"), lab=L_GL)
_E[5] = E("Baby FZJ: Child safeguarding practice review",
          "Serious injury to a 3-month-old boy in 2025 who was found to have fractures to his ribs and arm. His parents, aged 21 and 23, gave no explanation for the injuries. A bruise to his ear had been seen by a GP two weeks earlier but was not thought to be a concern. Baby FZJ is White British.",
          ["bruising in a baby who is not yet mobile was not acted on", "the GP did not know the family had been referred to early help"],
          ["train all GP staff in the bruising protocol for non-mobile babies", "give GPs access to early help records"],
          "Read practice review (PDF)",
          T("Baby FZJ", CSPR, "practice_review", "serious_harm", "2025", "3-month-old", "0.25", "under_1", "male", "White British",
            "physical_abuse", ""), lab=L_GL)
_E[6] = E("Children GZJ and HZJ: Child safeguarding practice review",
          "Sexual abuse of two sisters, aged 6 and 12, by their mother's partner between 2021 and 2024. The partner, aged 52, had a conviction for possessing indecent images of children in 2009. He was convicted of offences against both girls in 2025. The children are of Irish Traveller heritage.",
          ["the partner's conviction was not checked when he moved into the family home", "the older girl's worries were shared with her school but were not recorded"],
          [],
          "Read practice review (PDF)",
          T("Children GZJ and HZJ", CSPR, "practice_review", "serious_harm", "2021|", "*", "*", "*", "female", "Irish Traveller|Irish Traveller heritage",
            "sexual_abuse", "parental_criminality|", n="2"),
          norec="Makes no recommendations as the learning has already been taken into the partnership's work on new partners.", lab=L_GL)
_E[7] = E("Child JZJ: Child safeguarding practice review",
          "Serious injury to a 10-year-old boy in 2025 who was shot by his father, aged 47, who then killed the boy's mother, aged 39, and himself. The police had been called to the home twice in 2023 after reports of domestic abuse. Child JZJ is White British.",
          ["the two police call-outs in 2023 were not shared with the school", "the father's licence to hold a shotgun was renewed without asking about domestic abuse"],
          ["check police domestic abuse records whenever a firearms licence is granted or renewed", "send every domestic abuse call-out to the child's school the next working day"],
          "Read practice review (PDF)",
          T("Child JZJ", CSPR, "practice_review", "serious_harm", "2025", "10-year-old", "10.00", "6_10", "male", "White British",
            "physical_abuse", "domestic_abuse"),
          good=["the neighbour who sheltered Child JZJ until the police arrived"], lab=L_GL)
# --- C: Gmail inline forward, multipart/alternative, QP soft breaks inside words (3)
_E[8] = E("Child KZJ: Child safeguarding practice review",
          "Death of a 19-month-old girl in 2024 who drowned in the bath after her mother, aged 26, left her to answer the door. It is not known how long Child KZJ was alone. Her brother, aged 4, was in the bathroom with her. Child KZJ is of Somali heritage.",
          ["advice on bath safety was not given in the family's first language", "the mother's isolation after moving to the area was not recognised"],
          ["give bath safety advice in the main community languages at every health visitor contact"],
          "Read practice review (PDF)",
          T("Child KZJ", CSPR, "practice_review", "death", "2024", "19-month-old", "1.58", "1_5", "female", "Somali|Somali heritage",
            "neglect|other|neglect; other|", ""), lab=L_GM)
_E[9] = E("Children LZJ, MZJ and NZJ: Child safeguarding practice review",
          "Emotional abuse of three siblings, two girls and a boy, aged 9, 11 and 15, who lived with their father's domestic abuse of their mother between 2018 and 2024. Their mother, aged 41, left the family home with the children in 2024 when a refuge place was found. The children are of Pakistani heritage.",
          ["the children's experience of the abuse was not asked about directly", "the mother's fear of losing her immigration status stopped her asking for help"],
          ["see each child on their own in every domestic abuse assessment", "give advice on immigration status to every victim of domestic abuse who asks for it"],
          "Read practice review (PDF)",
          T("Children LZJ, MZJ and NZJ", CSPR, "practice_review", "serious_harm", "2018|2024|", "*", "*", "*", "mixed", "Pakistani|Pakistani heritage",
            "emotional_abuse", "domestic_abuse", n="3"),
          good=["the refuge worker who found places at the same school for all three children"], lab=L_GM)
_E[10] = E("Child PZJ: Case management review",
           "Serious harm to a 14-year-old boy in 2023 who was sexually abused by his youth football coach, aged 44. Child PZJ told his mother, who reported the abuse to the police. The coach had been dismissed by another club in 2019 but no referral was made. Child PZJ is White Irish.",
           ["the first club did not refer the coach to the designated officer", "sports clubs were not clear who to tell about concerns"],
           ["make the designated officer's details known to every sports club in the area", "include volunteers and coaches in safeguarding training"],
           "Read case management review (PDF)",
           T("Child PZJ", CMR, "unknown", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male", "White Irish",
             "sexual_abuse|sexual_abuse; extra_familial_harm", ""), lab=L_GM)
# --- D: .eml whose digest is an attached DOCX (3)
_E[11] = E("Child QZJ: Child safeguarding practice review",
           "Serious harm to a 12-year-old girl with cerebral palsy in 2025 who was found with pressure sores and weighing less than 20kg. Her father, aged 50, was her main carer and had declined visits from the community nursing team since 2023. Child QZJ is of Nigerian heritage.",
           ["the father's refusal of visits was accepted without anyone seeing Child QZJ", "her weight was not checked at her last two appointments"],
           ["escalate to a strategy discussion whenever a carer refuses visits to a disabled child", "weigh disabled children at every clinic appointment"],
           "Read practice review (PDF)",
           T("Child QZJ", CSPR, "practice_review", "serious_harm", "2025", "12-year-old", "12.00", "11_15", "female", "Nigerian|Nigerian heritage",
             "neglect", "", "disabled"), lab=L_AT)
_E[12] = E("Child RZJ: Child safeguarding practice review",
           "Death of a 6-month-old boy in 2025 who was found unresponsive on a sofa where he had been sleeping with his father, aged 30, who had been drinking alcohol. There were no injuries. Child RZJ had been born at 32 weeks. Child RZJ is White British.",
           ["safer sleep advice was given to the mother but not to the father", "the risk of sleeping on a sofa after drinking was not discussed"],
           ["give safer sleep advice to every adult who cares for a baby overnight"],
           "Read practice review (PDF)",
           T("Child RZJ", CSPR, "practice_review", "death", "2025", "6-month-old", "0.50", "under_1", "male", "White British",
             "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse; co_sleeping"), lab=L_AT)
_E[13] = E("Children SZJ and TZJ: Child safeguarding practice review",
           "Neglect of a brother and sister, aged 5 and 13, in 2024, whose mother, aged 36, misused cocaine. The older child looked after her brother and missed most of Year 8. There is no evidence that either child was physically harmed. The children are of Portuguese heritage.",
           ["the older child's absence from school was not seen as a sign of neglect", "young carers were not identified by the school"],
           ["ask about caring at home whenever a child's attendance falls"],
           "Read practice review (PDF)",
           T("Children SZJ and TZJ", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "mixed", "Portuguese|Portuguese heritage",
             "neglect", "parental_substance_misuse", "not_in_school|", n="2"),
           good=["the attendance officer who visited the home on the third day of absence"], lab=L_AT)
# --- E: DOCX in two columns, header part title, PAGE footer, hidden text, caps labels (4)
_E[14] = E("Child UZJ: Child safeguarding practice review",
           "Physical abuse of a 4-year-old boy in 2024 by his mother's partner, aged 25, who was later convicted of causing him grievous bodily harm. Child UZJ had been seen at the emergency department twice in 2023 with a burn and a broken collarbone. Child UZJ is of Kurdish heritage.",
           ["the two emergency department visits were not linked", "the mother's new partner was not known to the health visitor"],
           ["flag repeat attendances of children under five at the emergency department", "ask about new adults in the household at every health visitor contact"],
           "Read practice review (PDF)",
           T("Child UZJ", CSPR, "practice_review", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "male", "Kurdish|Kurdish heritage",
             "physical_abuse", ""),
           hidden="the health visitor did not check the emergency department record", lab=L_DX)
_E[15] = E("Child VZJ: Serious case review",
           "Death of a 15-year-old girl in 2017 who took her own life. She had told a school counsellor that she was being bullied online, but this was not shared with her parents or her GP. Her brother, aged 18, had died in a road traffic collision in 2016. Child VZJ is White British.",
           ["the counsellor's notes were kept apart from the school's safeguarding records", "the family's grief after the brother's death was not offered support"],
           ["bring school counselling concerns into the school's safeguarding records", "offer bereavement support to brothers and sisters after a sudden death"],
           "Read overview report (PDF)",
           T("Child VZJ", SCR, "overview", "death", "2017", "15-year-old", "15.00", "11_15", "female", "White British",
             "self_harm_suicide|self_harm_suicide; online_harm", ""),
           note="[Editor: check the year of the brother's death with the partnership, 2015 or 2016?]", lab=L_DX)
_E[16] = E("Child WZJ: Child safeguarding practice review",
           "Serious harm to a 17-year-old boy in 2025 who was sexually exploited by a group of men after he was placed in an unregistered children's home. He had been looked after since he was 14. There is no evidence that staff at the home knew about the abuse. Child WZJ is of Eritrean heritage and came to the UK as an unaccompanied asylum-seeking child.",
           ["the placement was made without checking that the home was registered", "the boy's account of men offering him work was not explored"],
           ["never place a looked after child in an unregistered home", "include boys and asylum-seeking children in all child sexual exploitation screening"],
           "Read practice review (PDF)",
           T("Child WZJ", CSPR, "practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "male", "Eritrean|Eritrean heritage",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse",
             "", "looked_after"), lab=L_DX)
_E[17] = E("Child XZJ: Child safeguarding practice review",
           "Death of a 2-year-old girl in 2024 after she swallowed a button battery at her grandmother's home. Her grandmother, aged 61, called an ambulance straight away. Child XZJ is of Chinese heritage.",
           ["families were not told about the dangers of button batteries", "the delay in diagnosis at the first hospital was not escalated"],
           [],
           "Read practice review (PDF)",
           T("Child XZJ", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "female", "Chinese|Chinese heritage",
             "poisoning_ingestion|other|poisoning_ingestion; neglect|", ""),
           norec="Makes no recommendations but shares the national advice on button batteries with all early years settings.", lab=L_DX)
# --- F: LinkedIn post copied into a .txt (3)
_E[18] = E("Child YZJ: Child safeguarding practice review",
           "Sexual abuse of a 13-year-old girl in 2025 by a man, aged 32, she met online, who travelled to meet her. Her brother, aged 8, was at home at the time. Child YZJ is White British.",
           ["her parents did not know which apps she used", "the school's online safety lessons did not cover adults posing as children"],
           ["teach online safety to parents as well as pupils", "report every adult who arranges to meet a child they met online to the police"],
           "Read practice review (PDF)",
           T("Child YZJ", CSPR, "practice_review", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female", "White British",
             "online_harm; sexual_abuse|sexual_abuse; online_harm|child_sexual_exploitation; online_harm; sexual_abuse|online_harm; sexual_abuse; extra_familial_harm|child_sexual_exploitation; extra_familial_harm; online_harm; sexual_abuse", ""), lab=L_LI)
_E[19] = E("Children ZZJ and AYJ: Child safeguarding practice review",
           "Physical abuse of a 1-year-old boy and his 6-year-old sister in 2025 by their father, aged 34, who had a history of violence towards previous partners. The boy had a fractured skull. The children are of Bangladeshi heritage.",
           ["the father's history was known to the probation service but not to children's social care", "the sister's bruises were explained as falls at play"],
           ["share probation records of domestic abuse when an offender lives with children", "see both children whenever one child is injured"],
           "Read practice review (PDF)",
           T("Children ZZJ and AYJ", CSPR, "practice_review", "serious_harm", "2025", "*", "*", "*", "mixed", "Bangladeshi|Bangladeshi heritage",
             "physical_abuse|physical_abuse; non_accidental_head_injury|non_accidental_head_injury", "domestic_abuse|domestic_abuse; parental_criminality|", n="2"),
           good=["the nursery worker who photographed and reported the sister's bruises"], lab=L_LI)
_E[20] = E("Child BYJ: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2024 who was stabbed in a park by two other teenagers, aged 16 and 18. Child BYJ had been excluded from school in Year 10 and was known to the youth justice service. Child BYJ is Black British.",
           ["his exclusion from school was not shared with the youth justice service", "the threats he reported to the police a week earlier were not linked to the people who attacked him"],
           ["offer a place in alternative education on the day a child is excluded", "review how threats to children are recorded and shared by the police"],
           "Read practice review (PDF)",
           T("Child BYJ", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "Black British",
             "extra_familial_harm|extra_familial_harm; physical_abuse|physical_abuse", "", "not_in_school|"), lab=L_LI)

B50["b50-sphinx-alabaster-2025-09.html"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Three case reviews were published in September 2025. Every child, family, person and place on this page is invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B50["b50-gitlab-wiki-2026-01.md"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Four case reviews were published in January 2026. Every child, family, person and place on this wiki page is invented for testing.",
    entries=[_E[4], _E[5], _E[6], _E[7]])
B50["b50-gmail-forward-qp-2025-11.eml"] = dict(month="2025-11", heading="Case reviews update: November 2025",
    intro="Three case reviews were added to the collection in November 2025. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B50["b50-eml-docx-attached-2026-04.eml"] = dict(month="2026-04", heading="Case reviews published in April 2026",
    intro="Three case reviews were published in April 2026. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[11], _E[12], _E[13]])
B50["b50-docx-twocol-hidden-2025-06.docx"] = dict(month="2025-06", heading="Case reviews published in June 2025",
    intro="Four case reviews were published in June 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[14], _E[15], _E[16], _E[17]])
B50["b50-linkedin-post-2025-12.txt"] = dict(month="2025-12", heading="Case reviews published in December 2025",
    intro="Three case reviews were published in December 2025. Every child, family, person and place in this post is invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
