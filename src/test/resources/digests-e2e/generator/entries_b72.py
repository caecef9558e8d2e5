# Batch b72 (issue 9, session 40, d72; invented for testing; truth written and committed before any input was rendered and
# before the pipeline ran on them). Five NON-PDF digests in producers the repository has not seen: a legacy Word 97-2003
# .doc written by LibreOffice Writer; a review tracker downloaded from Google Sheets as comma-separated values (a title row
# with trailing commas, one review a row, items as lines inside quoted cells); a Slack channel export rendered to HTML by
# slack-export-viewer (one review a message, Slack's *bold* lines and typed '•' items joined by <br>, replies and joins
# between); an Emacs Org-mode HTML export (numbered section headings, a table of contents repeating every title, labels
# as numbered sub-headings in two reviews); text copied from a justified, hyphenated PDF (LaTeX, lines of about 70
# characters, words cut by hyphens at line ends, the page number between two lines of a sentence).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: entries about two
# children, other people's ages, older years, serious case reviews published years later, 'Makes no recommendations as ...'
# sentences, ages at another moment.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B72 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Good practice includes:")
L_KEY = ("Key learning includes:", "Recommendations include:", "Identifies good practice including:")
L_THM = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


WB = "White British"
# --- A: a Word 97-2003 .doc written by LibreOffice Writer (4)
_E[1] = E("Child AVJ: Child safeguarding practice review",
          "Serious harm to a 4-month-old girl in 2024 who was found to have fractured ribs and a bleed on the brain. Her mother, aged 19, had been in care herself until she was 18. Child AVJ is White British.",
          ["the mother's own history of care was not shared with the midwife", "the baby's father was not seen at any health visit"],
          ["offer care leavers who become parents a named worker from pregnancy", "invite fathers to every health visiting contact"],
          "Read practice review (PDF)",
          T("Child AVJ", CSPR, "practice_review", "serious_harm", "2024", "4-month-old", "0.33", "under_1", "female", WB,
            "physical_abuse; non_accidental_head_injury|non_accidental_head_injury|physical_abuse", ""), lab=L_STD)
_E[2] = E("Children BVJ and CVJ: Serious case review",
          "Sexual abuse of a brother and sister, aged 7 and 10, between 2015 and 2017 by their mother's partner, aged 44, who had a previous conviction for sexual offences against a child. The children are White British.",
          ["the partner's conviction was not checked when he moved into the home", "the children's changed behaviour at school was seen as a reaction to their parents' separation"],
          ["check the history of every new adult who joins a household with children on a plan", "ask what lies behind sudden changes in a child's behaviour"],
          "Read overview report (PDF)",
          T("Children BVJ and CVJ", SCR, "overview", "serious_harm", "2015|2017|", "*", "*", "*", "mixed", WB,
            "sexual_abuse", "parental_criminality|", n="2"),
          pub="2025", lab=L_STD)
_E[3] = E("Child DVJ: Child safeguarding practice review",
          "Death of a 15-year-old girl in 2024 who took her own life. She had been self-harming since she was 12 and had waited eleven months for a mental health assessment. Child DVJ is of White and Black Caribbean heritage.",
          ["no service held the risk while she was on the waiting list", "her self-harm was recorded at each hospital visit but not brought together"],
          ["review every child on the mental health waiting list who has self-harmed", "share every hospital attendance for self-harm with the child's school"],
          "Read practice review (PDF)",
          T("Child DVJ", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "female",
            "White and Black Caribbean|mixed White and Black Caribbean|White and Black Caribbean heritage|mixed White and Black Caribbean heritage",
            "self_harm_suicide", ""),
          good=["the school nurse who saw her every week while she waited"], lab=L_STD)
_E[4] = E("Child EVJ: Child safeguarding practice review",
          "Serious harm to a 2-year-old boy in 2025 who swallowed methadone at his father's flat. His father, aged 31, was on a drug treatment programme and kept his medicine in a cup by the sofa. Child EVJ is White British.",
          ["the drug service did not ask whether children visited the flat", "safe storage advice was given once and never checked"],
          [],
          "Read practice review (PDF)",
          T("Child EVJ", CSPR, "practice_review", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "male", WB,
            "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"),
          norec="Makes no recommendations as the drug service has already begun home visits to check the storage of medicines.", lab=L_STD)
# --- B: a review tracker downloaded from Google Sheets as CSV (4)
_E[5] = E("Baby FVJ: Child safeguarding practice review",
          "Death of a 6-week-old boy in 2025 who died after sleeping in his parents' bed. Both parents had drunk alcohol that night. Baby FVJ is of Polish heritage.",
          ["safer sleep advice was given in English only", "the parents had been told about safer sleep when the baby was born but not when they moved house"],
          ["give safer sleep advice in the family's first language", "repeat safer sleep advice whenever a family moves home"],
          "Read practice review (PDF)",
          T("Baby FVJ", CSPR, "practice_review", "death", "2025", "6-week-old", "0.12", "under_1", "male", "Polish|Polish heritage|White Polish|White other",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"), lab=L_KEY)
_E[6] = E("Child GVJ: Child safeguarding practice review",
          "Serious harm to a 14-year-old boy in 2024 who was stabbed after being groomed to sell drugs. He had been missing from home eleven times in six months. Child GVJ is Black British.",
          ["return home interviews did not ask who he was with", "the police and the school held different pieces of information"],
          ["offer every child missing more than twice a return home interview by the same worker", "hold a multi-agency meeting for every child who is missing and exploited"],
          "Read practice review (PDF)",
          T("Child GVJ", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "male", "Black British",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation", ""),
          good=["the youth offending worker who stayed in touch with his mother"], lab=L_KEY)
_E[7] = E("Child HVJ: Serious case review",
          "Neglect of a 9-year-old girl between 2016 and 2018 who had a learning disability and was left in soiled clothes for days. Her father, aged 52, cared for her alone. Child HVJ is White British.",
          ["her disability was seen as the reason for her poor care", "short breaks were stopped without a review of her needs"],
          ["assess the care of disabled children as closely as the care of any other child", "review the needs of a child whose short breaks end"],
          "Read overview report (PDF)",
          T("Child HVJ", SCR, "overview", "serious_harm|", "2016|2018|", "9-year-old", "9.00", "6_10", "female", WB,
            "neglect", "", "disabled"),
          pub="2025", lab=L_KEY)
_E[8] = E("Child IVJ: Child safeguarding practice review",
          "Serious harm to a 16-year-old girl in 2025 who was sexually exploited by a group of men she met at a fast food restaurant. She had been in foster care since she was 13. Child IVJ is of Pakistani heritage.",
          ["her foster carers' reports of older men's cars were not acted on", "she was moved to a new placement far from her school"],
          [],
          "Read practice review (PDF)",
          T("Child IVJ", CSPR, "practice_review", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "female", "Pakistani|Pakistani heritage|Asian Pakistani",
            "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "",
            "foster_care; looked_after|looked_after|foster_care"),
          norec="Makes no recommendations as the local authority has already changed how placement moves are agreed.", lab=L_KEY)
# --- C: a Slack channel export rendered to HTML by slack-export-viewer (4)
_E[9] = E("Child JVJ: Child safeguarding practice review",
          "Death of a 5-month-old boy in 2024 from a head injury. His father, aged 23, told police he had shaken the baby when he would not stop crying. Child JVJ is White British.",
          ["the coping with crying advice was given to the mother only", "the father's own childhood in care was not known to health services"],
          ["give coping with crying advice to both parents before the baby goes home", "ask about fathers' histories at the booking appointment"],
          "Read practice review (PDF)",
          T("Child JVJ", CSPR, "practice_review", "death", "2024", "5-month-old", "0.42", "under_1", "male", WB,
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse", ""), lab=L_THM)
_E[10] = E("Child KVJ: Child safeguarding practice review",
           "Serious harm to a 12-year-old girl in 2025 who was groomed online by a man, aged 27, who posed as a boy of her age. She had been out of school since she was 11. Child KVJ is of Black African heritage.",
           ["children missing education were not offered online safety lessons", "the school's concerns about her absence were closed when she was taken off roll"],
           ["include children missing education in online safety work", "see every child taken off a school roll within ten days"],
           "Read practice review (PDF)",
           T("Child KVJ", CSPR, "practice_review", "serious_harm", "2025", "12-year-old", "12.00", "11_15", "female", "Black African|Black African heritage|African",
             "online_harm; sexual_abuse|online_harm|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation", "",
             "not_in_school|"),
           good=["the librarian who noticed her messages and told the police"], lab=L_THM)
_E[11] = E("Children LVJ and MVJ: Serious case review",
           "Neglect of twin boys, aged 3, between 2014 and 2016 who lived in a home with no working heating and little food. Their mother, aged 29, misused alcohol and had a learning disability. The children are White British.",
           ["adult services and children's services did not share their assessments of the mother", "visits were always announced in advance"],
           ["make an unannounced visit whenever neglect is suspected", "hold joint assessments when a parent has a learning disability"],
           "Read overview report (PDF)",
           T("Children LVJ and MVJ", SCR, "overview", "serious_harm|", "2014|2016|", "aged 3|3", "3.00", "1_5", "male", WB,
             "neglect", "parental_alcohol_misuse; parental_learning_disability", n="2"),
           pub="2025", lab=L_THM)
_E[12] = E("Child NVJ: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2025 who drowned in a canal after taking drugs with friends. He had been living in supported accommodation since he was 16. Child NVJ is of Irish Traveller heritage.",
           ["staff at the supported accommodation did not know where he went at night", "his drug use was treated as his own choice"],
           ["check on young people in supported accommodation who do not come home", "see drug use by looked after young people as a safeguarding concern"],
           "Read practice review (PDF)",
           T("Child NVJ", CSPR, "practice_review", "death", "2025", "17-year-old", "17.00", "16_17", "male",
             "Irish Traveller|Irish Traveller heritage|White Irish Traveller|Gypsy or Irish Traveller|White Gypsy or Irish Traveller",
             "|other|poisoning_ingestion", "", "looked_after|"),
           lab=L_THM)
# --- D: an Emacs Org-mode HTML export (4)
_E[13] = E("Child OVJ: Child safeguarding practice review",
           "Serious harm to a 10-year-old boy in 2025 who was beaten by his mother's partner, aged 38. The boy had told his teacher that he was scared to go home. Child OVJ is of Somali heritage.",
           ["the teacher's referral was screened out because the boy had no marks", "the partner's violence towards the mother was known to the police but not to the school"],
           ["accept a child's words as enough reason for a strategy discussion", "tell schools about domestic abuse incidents by the next morning"],
           "Read practice review (PDF)",
           T("Child OVJ", CSPR, "practice_review", "serious_harm", "2025", "10-year-old", "10.00", "6_10", "male", "Somali|Somali heritage|Black Somali|Black African",
             "physical_abuse", "domestic_abuse"), lab=L_STD)
_E[14] = E("Child PVJ: Child safeguarding practice review",
           "Death of a 1-year-old girl in 2024 who drowned in the bath when her mother, aged 24, left her to answer the door. Child PVJ is White British.",
           ["bath safety advice was not given to the family", "the family's earlier contact with children's services had not been shared with the health visitor"],
           ["include bath safety in the health visitor's twelve-month review", "share closed children's services cases with health visitors"],
           "Read practice review (PDF)",
           T("Child PVJ", CSPR, "practice_review", "death", "2024", "1-year-old", "1.00", "1_5", "female", WB,
             "neglect", ""),
           good=["the paramedics who supported the mother at the scene"], lab=L_STD)
_E[15] = E("Children QVJ and RVJ: Serious case review",
           "Emotional abuse of two sisters, aged 13 and 15, between 2013 and 2016 whose father, aged 47, controlled the family with threats and kept them from seeing friends. The children are of Bangladeshi heritage.",
           ["the girls were never seen without their father present", "the mother's fear of her husband was not explored"],
           ["see children alone when coercive control is suspected", "offer mothers a safe place to talk about abuse at home"],
           "Read overview report (PDF)",
           T("Children QVJ and RVJ", SCR, "overview", "serious_harm|", "2013|2016|", "*", "*", "*", "female", "Bangladeshi|Bangladeshi heritage|Asian Bangladeshi",
             "emotional_abuse", "domestic_abuse|", n="2"),
           pub="2026", lab=L_STD)
_E[16] = E("Child SVJ: Child safeguarding practice review",
           "Serious harm to a 15-year-old boy in 2025 who was made to carry drugs between cities by a gang. He had been excluded from school at 14 and was in care since he was 9. Child SVJ is of Black Caribbean heritage.",
           ["the national referral mechanism referral was not made for five months", "each placement move cut him off from the adults he trusted"],
           [],
           "Read practice review (PDF)",
           T("Child SVJ", CSPR, "practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "male", "Black Caribbean|Black Caribbean heritage|Caribbean",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation", "", "looked_after; not_in_school|looked_after|not_in_school; looked_after"),
           norec="Makes no recommendations as the partnership's exploitation plan already covers the learning.", lab=L_STD)
# --- E: text copied from a justified, hyphenated PDF (4)
_E[17] = E("Child TVJ: Child safeguarding practice review",
           "Death of a 2-month-old girl in 2025 who was found unresponsive on a sofa where she had been sleeping with her mother. The mother, aged 21, had taken prescribed sedatives that evening. Child TVJ is of White and Asian heritage.",
           ["the effect of the mother's medication on safer sleep was not discussed", "the family's overcrowded home was not recorded as a risk"],
           ["include the effects of medication in safer sleep conversations", "record overcrowding as a risk at every health visiting contact"],
           "Read practice review (PDF)",
           T("Child TVJ", CSPR, "practice_review", "death", "2025", "2-month-old", "0.17", "under_1", "female",
             "White and Asian|mixed White and Asian|mixed White and Asian heritage|White and Asian heritage",
             "sudden_unexpected_infant_death", "co_sleeping"), lab=L_KEY)
_E[18] = E("Child UVJ: Child safeguarding practice review",
           "Serious harm to a 6-year-old boy in 2024 who had untreated tooth decay and was often hungry. He had a diagnosis of autism and his mother, aged 33, had depression. Child UVJ is White British.",
           ["his missed dental appointments were not followed up", "his hunger at school was put down to his autism"],
           ["treat repeated missed dental appointments as a sign of possible neglect", "ask parents with depression about the care of their children"],
           "Read practice review (PDF)",
           T("Child UVJ", CSPR, "practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", WB,
             "neglect", "parental_mental_health", "disabled"),
           good=["the dental nurse who raised the first safeguarding concern"], lab=L_KEY)
_E[19] = E("Child VVJ: Serious case review",
           "Sexual abuse of a 14-year-old girl between 2015 and 2017 by her uncle, aged 36, who lived in the family home. She told a friend in 2019, when she was 18. Child VVJ is of Indian heritage.",
           ["the family's wish to deal with the matter privately delayed the police investigation", "the girl's self-harm at 15 was not linked to abuse at home"],
           ["ask about abuse at home whenever a child self-harms", "work with faith and community leaders on telling the police about abuse"],
           "Read overview report (PDF)",
           T("Child VVJ", SCR, "overview", "serious_harm|", "2015|2017|", "14-year-old", "14.00", "11_15", "female", "Indian|Indian heritage|Asian Indian",
             "sexual_abuse", ""),
           pub="2026", lab=L_KEY)
_E[20] = E("Child WVJ: Child safeguarding practice review",
           "Death of a 13-year-old boy in 2025 who was hit by a train while playing near the railway with friends. He had been reported missing from school on three days that week. Child WVJ is White British.",
           ["the school's calls about his absence did not reach his parents", "the railway fence had been reported as broken twice"],
           [],
           "Read practice review (PDF)",
           T("Child WVJ", CSPR, "practice_review", "death", "2025", "13-year-old", "13.00", "11_15", "male", WB,
             "other|", ""),
           norec="Makes no recommendations as Network Rail has already repaired the fence and the school has changed its absence calls.", lab=L_KEY)

# --- F: a Zim Desktop Wiki page (its .txt file, as Zim stores it) (4); written after the first run, in place of A's .doc
#     (a format the project does not read: see the batch's README section), its truth committed before it was rendered
_E[21] = E("Baby XVJ: Child safeguarding practice review",
           "Serious harm to a 9-week-old boy in 2025 who was admitted to hospital with a broken arm and bruises to his chest. His parents, aged 20 and 22, could not explain the injuries. Baby XVJ is White British.",
           ["bruising seen by the GP at the baby's eight-week check was not referred", "the parents' own history of domestic abuse was not known to the GP"],
           ["refer every bruise on a baby who is not yet mobile", "share police domestic abuse notifications with GP practices"],
           "Read practice review (PDF)",
           T("Baby XVJ", CSPR, "practice_review", "serious_harm", "2025", "9-week-old", "0.17", "under_1", "male", WB,
             "physical_abuse", "domestic_abuse|"), lab=L_THM)
_E[22] = E("Child YVJ: Child safeguarding practice review",
           "Death of a 17-year-old girl in 2024 who died from an overdose of her own prescribed medication. She had an eating disorder and had been in hospital three times since she was 15. Child YVJ is of Chinese heritage.",
           ["her discharge plans did not say who would check on her at home", "the adult mental health service was not told she would soon turn 18"],
           ["agree a named lead for every young person discharged after an overdose", "start planning the move to adult services at 16"],
           "Read practice review (PDF)",
           T("Child YVJ", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "female", "Chinese|Chinese heritage|Asian Chinese",
             "self_harm_suicide", ""),
           good=["the ward staff who kept in touch with her parents after each discharge"], lab=L_THM)
_E[23] = E("Children QWJ and RWJ: Serious case review",
           "Physical abuse of two brothers, aged 4 and 6, between 2016 and 2018 by their mother's partner, aged 30, who hit them with a belt. Their mother, aged 26, misused cannabis. The children are of White and Black African heritage.",
           ["the boys' bruises were explained as rough play and accepted", "the partner was never seen by the social worker"],
           ["see and assess every adult living in the home of a child on a plan", "check injuries explained as play with the child alone"],
           "Read overview report (PDF)",
           T("Children QWJ and RWJ", SCR, "overview", "serious_harm|", "2016|2018|", "*", "*", "*", "male",
             "White and Black African|mixed White and Black African|White and Black African heritage|mixed White and Black African heritage",
             "physical_abuse", "parental_substance_misuse", n="2"),
           pub="2025", lab=L_THM)
_E[24] = E("Child ZVJ: Child safeguarding practice review",
           "Serious harm to a 15-year-old girl in 2025 who was sexually assaulted by two older boys at a party. She had been known to children's services since she was 13 because of her mother's drinking. Child ZVJ is White British.",
           ["the earlier plan had closed without asking her about her life outside the home", "the school did not know about the assault for six weeks"],
           [],
           "Read practice review (PDF)",
           T("Child ZVJ", CSPR, "practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "female", WB,
             "sexual_abuse; extra_familial_harm|sexual_abuse", "parental_alcohol_misuse"),
           norec="Makes no recommendations as the partnership's harm outside the home guidance already covers the learning.", lab=L_THM)

B72["b72-word97-doc-2025-07.doc"] = dict(month="2025-07", heading="Case reviews published in July 2025",
    intro="Four case reviews were published in July 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B72["b72-sheets-csv-2025-12.csv"] = dict(month="2025-12", heading="Case reviews published in December 2025",
    intro="Every child, family, person and place in this sheet is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B72["b72-slack-export-viewer-2025-09.html"] = dict(month="2025-09", heading="Case reviews published in September 2025",
    intro="Four case reviews were published in September 2025. Every child, family, person and place in this channel is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B72["b72-org-html-export-2026-02.html"] = dict(month="2026-02", heading="Case reviews published in February 2026",
    intro="Four case reviews were published in February 2026. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B72["b72-pdf-copy-hyphenated-2026-04.txt"] = dict(month="2026-04", heading="Case reviews published in April 2026",
    intro="Four case reviews were published in April 2026. Every child, family, person and place in this digest is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
B72["b72-zim-wiki-page-2025-11.txt"] = dict(month="2025-11", heading="Case reviews published in November 2025",
    intro="Four case reviews were published in November 2025. Every child, family, person and place in this page is invented for testing.",
    entries=[_E[21], _E[22], _E[23], _E[24]])
