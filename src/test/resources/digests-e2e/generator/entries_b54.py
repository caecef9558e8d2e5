# Batch b54 (issue 9, session 31; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: a Microsoft Teams channel conversation
# copied from the browser and saved as text (one review per post, each post opened by its author and a timestamp, reactions,
# 'N replies from ...' lines, a reply post after one review); Emacs Org-mode SOURCE sent as .txt ('#+TITLE:' keywords, '*'
# headline stars with TODO keywords and :tags:, PROPERTIES drawers, '**' label headlines, '[[url][text]]' links, a '* COMMENT'
# draft subtree that Org never exports); a DOCX saved by Word as 'Strict Open XML Document' (ISO 29500 Strict namespaces
# purl.oclc.org, w:conformance="strict"); an Umbraco page whose rich-text editor body is built of <br>-separated lines with
# the titles and labels only in <strong> (no heading, no list element, items with no marker, &nbsp; spacer paragraphs, <hr>
# between reviews); a newsletter e-mail whose quoted-printable text/plain part is a SHORTER, different version of its
# text/html part (summaries cut to their first sentence, learning kept, recommendations only in the HTML: the HTML is the
# digest the reader sees); a Google Docs 'Download > Markdown (.md)' export (backslash escapes everywhere, '## **bold**'
# headings, trailing two-space hard breaks, images as base64 data-URI reference definitions at the end).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: five entries about two
# children of different ages, an adult's death next to a child's injury (outcome serious_harm), other people's ages, older
# years, hedged and negated harms, a title naming an area and a year that is not the incident's, and one entry whose
# recommendations are printed BEFORE its learning (field `order`). Every child, family, person and place is invented.
# Uses E, T, CSPR, SCR from entries.py.
B54 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_BARE = ("Learning includes", "Recommendations include", "Good practice")
_E = {}
_E_BASE = E


def E(*a, order="lr", pub=None, **k):  # order "rl": the recommendations printed before the learning
    d = _E_BASE(*a, **k); d["order"] = order
    if pub: d["pub"] = pub
    return d


# --- A: Microsoft Teams channel conversation copied as text (4)
_E[1] = E("Children AVR and BVR: Child safeguarding practice review",
          "Neglect of a brother and sister, aged 3 and 11, who were found living in a flat with no food and no heating in January 2025. Their mother, aged 34, misused heroin and their father, aged 37, was in prison. The older girl had been getting her brother ready for nursery for months. The children are White British.",
          ["the girl's caring role was praised at school rather than questioned", "the father's release date was not shared with children's social care"],
          ["ask about who gets a young child ready for nursery when attendance is poor", "share prison release dates of parents with children's social care"],
          "Read practice review (PDF)",
          T("Children AVR and BVR", CSPR, "practice_review", "serious_harm|", "2025", "*", "*", "*", "mixed", "White British",
            "neglect", "parental_substance_misuse|parental_substance_misuse; parental_criminality", n="2"), lab=L_STD)
_E[2] = E("Child CVR: Child safeguarding practice review",
          "Death of a 10-week-old girl in 2024 who was found not breathing in a baby bouncer where she had been left to sleep overnight. Her parents, aged 19 and 21, were living in a hostel. There was no evidence that she had been harmed on purpose. Child CVR is of Romanian heritage.",
          ["safer sleep advice did not cover bouncers or car seats", "the hostel staff did not know a baby was living there"],
          ["include sleeping in bouncers and car seats in safer sleep advice", "tell hostel managers when a baby is born to a resident"],
          "Read practice review (PDF)",
          T("Child CVR", CSPR, "practice_review", "death", "2024", "10-week-old", "0.19", "under_1", "female", "Romanian|Romanian heritage",
            "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect|", ""), lab=L_STD)
_E[3] = E("Child DVR: Serious case review",
          "Sexual abuse of a 12-year-old girl by her mother's boyfriend, aged 43, between 2016 and 2018. Child DVR told a youth worker in 2018. The boyfriend had been convicted of offences against children in 2009. She is of Irish Traveller heritage.",
          ["the boyfriend's conviction was known to the police but not to the school", "Child DVR's absences from school were put down to her family's way of life"],
          ["check whether adults joining a household have convictions for offences against children", "train staff on the experiences of Gypsy, Roma and Traveller children"],
          "Read overview report (PDF)",
          T("Child DVR", SCR, "overview", "serious_harm", "2016|2018|", "12-year-old", "12.00", "11_15", "female",
            "Irish Traveller|Irish Traveller heritage|Traveller",
            "sexual_abuse", "parental_criminality|"), pub="2025",
          good=["the youth worker who kept in touch with Child DVR after the family moved"], lab=L_STD)
_E[4] = E("Child EVR: Child safeguarding practice review",
          "Serious harm to a 17-year-old boy in 2025 who was found with stab wounds after being made to carry drugs between two cities. He had been excluded from school at 14 and lived with his aunt, aged 52. Child EVR is of Somali heritage.",
          ["the boy was arrested twice before anyone asked who he was working for", "his aunt's requests for help were not answered"],
          ["treat a child found carrying drugs in another city as a possible victim of exploitation", "give kinship carers a named worker to call"],
          "Read practice review (PDF)",
          T("Child EVR", CSPR, "practice_review", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "male", "Somali|Somali heritage",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse|child_criminal_exploitation",
            "", "not_in_school|not_in_school; connected_carers|connected_carers|"), order="rl", lab=L_STD)
# --- B: Org-mode source sent as .txt (3; a COMMENT subtree is a draft and not an entry)
_E[5] = E("Child FVR: Child safeguarding practice review",
          "Death of a 15-year-old boy in 2024 who drowned in a river after drinking alcohol with friends. He had been reported missing from home three times that summer. There was no evidence that anyone else was involved in his death. Child FVR is White British.",
          ["return home conversations did not ask where he went or who with", "the school did not know he had been missing"],
          ["tell the school each time a pupil is reported missing", "record the places a missing child is found"],
          "Read practice review (PDF)",
          T("Child FVR", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "male", "White British",
            "other||extra_familial_harm", ""), lab=L_BARE)
_E[6] = E("Children GVR and HVR: Child safeguarding practice review",
          "Physical abuse of two sisters, aged 2 and 8, by their mother's partner, aged 26, in 2023. The younger girl had a broken arm and bruises to her face. The older girl said she had been told to lie about how it happened. Their mother, aged 24, had a learning disability. The children are of Pakistani heritage.",
          ["the older girl was interviewed with her mother's partner in the room", "the mother's learning disability was not known to the hospital"],
          ["see children alone when an injury to a sibling is being explained", "share a parent's learning disability with health staff when a child is admitted"],
          "Read practice review (PDF)",
          T("Children GVR and HVR", CSPR, "practice_review", "serious_harm", "2023", "*", "*", "*", "female", "Pakistani|Pakistani heritage",
            "physical_abuse", "parental_learning_disability|parental_learning_disability; domestic_abuse", n="2"), lab=L_BARE)
_E[7] = E("Baby IVR: Child safeguarding practice review",
          "Serious injury to a 5-month-old boy in 2025 who had fractures to his ribs and legs of different ages. His father, aged 30, was charged. His mother, aged 28, had told her health visitor that the father had a temper. Baby IVR is of Ghanaian heritage.",
          ["the mother's comment about the father's temper was not followed up", "a bruise seen at 3 months was not reported"],
          ["follow the bruising protocol for every baby who is not yet mobile", "ask both parents about stress and anger at every visit"],
          "Read practice review (PDF)",
          T("Baby IVR", CSPR, "practice_review", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "male", "Ghanaian|Ghanaian heritage",
            "physical_abuse", "|domestic_abuse"), lab=L_BARE)
# --- C: DOCX saved as Strict Open XML (4)
_E[8] = E("Child JVR: Child safeguarding practice review",
          "Death of a 16-year-old girl in 2024 by suicide. She had been bullied about her sexuality at school and online. In 2023 she told a counsellor that she had thought about ending her life. Her father, aged 49, had died the year before. Child JVR is of Chinese heritage.",
          ["the counsellor's notes were not shared with her GP", "the school dealt with the bullying without asking how she was feeling"],
          ["share a child's thoughts of suicide with the GP with the child's agreement", "ask about self-harm when a child reports bullying about their sexuality"],
          "Read practice review (PDF)",
          T("Child JVR", CSPR, "practice_review", "death", "2024", "16-year-old", "16.00", "16_17", "female", "Chinese|Chinese heritage",
            "self_harm_suicide|self_harm_suicide; online_harm", ""), lab=L_STD)
_E[9] = E("Children KVR and LVR: Child safeguarding practice review",
          "Emotional abuse of two brothers, aged 6 and 15, who lived with domestic abuse from their father, aged 41, towards their mother between 2019 and 2024. The older boy began carrying a knife to protect his mother. The children are of Bangladeshi heritage.",
          ["police call-outs to the home were not shared with the schools", "the older boy's knife carrying was treated as a behaviour problem"],
          ["tell schools the morning after police attend a domestic abuse incident", "ask why a child carries a knife before deciding how to respond"],
          "Read practice review (PDF)",
          T("Children KVR and LVR", CSPR, "practice_review", "serious_harm|", "2019|2024|", "*", "*", "*", "male", "Bangladeshi|Bangladeshi heritage",
            "emotional_abuse|emotional_abuse; domestic_abuse", "domestic_abuse", n="2"), lab=L_STD)
_E[10] = E("Child MVR: Child safeguarding practice review",
           "Serious injury to a 9-year-old girl in 2025 who was stabbed when she tried to protect her mother, aged 38, who was killed by her former partner, aged 42. The former partner was subject to a non-molestation order. Child MVR is of Kurdish heritage.",
           ["breaches of the non-molestation order were not linked together", "Child MVR was not asked about her own safety"],
           ["record every breach of a protective order on one police record", "speak to children alone when their parent is at high risk of domestic abuse"],
           "Read practice review (PDF)",
           T("Child MVR", CSPR, "practice_review", "serious_harm", "2025", "9-year-old", "9.00", "6_10", "female", "Kurdish|Kurdish heritage",
             "physical_abuse|physical_abuse; domestic_abuse", "domestic_abuse"), lab=L_STD)
_E[11] = E("2026 – Wrenford Vale – Child NVR",
           "Neglect of a 13-year-old boy with cerebral palsy in 2022 who was found in a soiled bed with pressure sores. His mother, aged 45, was his only carer and had stopped letting professionals into the home. Child NVR is White British.",
           ["cancelled visits were accepted without anyone seeing the child", "his school place was removed when he stopped attending"],
           [],
           "Read practice review (PDF)",
           T("Child NVR", "unknown|" + CSPR, "practice_review", "serious_harm", "2022", "13-year-old", "13.00", "11_15", "male", "White British",
             "neglect", "", "disabled|disabled; not_in_school", area="Wrenford Vale"), pub="2026",
           norec="Makes no recommendations as the partnership had already changed its guidance on disabled children who are not seen.", lab=L_STD)
# --- D: Umbraco page, rich text of <br> lines, labels only in <strong> (3)
_E[12] = E("Child OVR: Child safeguarding practice review",
           "Serious harm to a 14-year-old girl in 2024 who was sexually exploited by a group of men she met through a social media app. One of the men, aged 27, gave her alcohol and drugs. Child OVR is of mixed White and Black Caribbean heritage.",
           ["the girl's new phone and clothes were not seen as signs of grooming", "the police did not use the information her mother gave about the cars"],
           ["train school staff in the signs of child sexual exploitation", "record information given by parents about vehicles and share it with the police"],
           "Read practice review (PDF)",
           T("Child OVR", CSPR, "practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female",
             "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; online_harm|child_sexual_exploitation; extra_familial_harm; online_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; online_harm; sexual_abuse|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse",
             ""), lab=L_STD)
_E[13] = E("Children PVR and QVR: Child safeguarding practice review",
           "Neglect of twin boys, aged 4, and their sister, aged 12, between 2021 and 2024. The home was full of rubbish and dog mess and the children had head lice for long periods. Their father, aged 46, had depression. The children are of Polish heritage.",
           ["each agency saw a small part of the family's life", "the older girl's wish to talk to someone was not acted on"],
           ["use a neglect assessment tool when more than one agency is worried", "give older siblings a chance to speak to a practitioner alone"],
           "Read practice review (PDF)",
           T("Children PVR and QVR", CSPR, "practice_review", "serious_harm|", "2021|2024|", "*", "*", "*", "mixed|male", "Polish|Polish heritage",
             "neglect", "parental_mental_health", n="2|3"),
           good=["the nursery worker who kept a diary of the twins' appearance"], lab=L_STD)
_E[14] = E("Child RVR: Serious case review",
           "Death of a 2-year-old girl in 2017 from a head injury. Her mother's partner, aged 23, was convicted of her murder in 2019. The family had moved between three local authorities in the year before her death. Child RVR is White British.",
           ["records did not follow the family when they moved", "the partner was not asked about his own childhood in care"],
           ["transfer records within five days when a family with a child in need plan moves area"],
           "Read overview report (PDF)",
           T("Child RVR", SCR, "overview", "death", "2017", "2-year-old", "2.00", "1_5", "female", "White British",
             "physical_abuse|non_accidental_head_injury|non_accidental_head_injury; physical_abuse", "parental_criminality|", "child_in_need_plan|"),
           pub="2025", lab=L_STD)
# --- E: e-mail, text/plain a shorter different version of text/html (3)
_E[15] = E("Child SVR: Child safeguarding practice review",
           "Death of a 6-week-old boy in 2025 who stopped breathing while asleep on a sofa with his mother, aged 22, who had taken diazepam. The family had been told about safer sleep at the birth. Child SVR is of Latvian heritage.",
           ["the mother's use of diazepam was not known to the health visitor", "safer sleep advice was not given in Latvian"],
           ["give safer sleep advice in the parents' first language", "ask about prescribed and street drugs at every postnatal visit"],
           "Read practice review (PDF)",
           T("Child SVR", CSPR, "practice_review", "death", "2025", "6-week-old", "0.12", "under_1", "male", "Latvian|Latvian heritage",
             "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|co_sleeping"), lab=L_STD)
_E[16] = E("Child TVR: Child safeguarding practice review",
           "Serious harm to an 11-year-old boy in 2024 who was groomed through an online game by a man, aged 35, who later travelled to meet him. The boy's parents did not know he was talking to the man. Child TVR is of Indian heritage.",
           ["the game's reporting tools were not known to the school", "the boy's younger sister's worries were not listened to"],
           ["include online games in the school's online safety lessons", "tell parents how to check who their child talks to in online games"],
           "Read practice review (PDF)",
           T("Child TVR", CSPR, "practice_review", "serious_harm", "2024", "11-year-old", "11.00", "11_15", "male", "Indian|Indian heritage",
             "online_harm|online_harm; sexual_abuse|online_harm; child_sexual_exploitation|online_harm; extra_familial_harm|online_harm; extra_familial_harm; sexual_abuse", ""),
           good=["the police officer who arranged a visit from a family liaison officer within hours"], lab=L_STD)
_E[17] = E("Child UVR: Child safeguarding practice review",
           "Physical abuse of a 7-year-old girl in 2024 by her grandmother, aged 61, who was her special guardian. Child UVR had bruises on her arms that the school photographed. The grandmother said she had only smacked her. Child UVR is Black British.",
           ["the special guardianship support plan had not been reviewed for three years", "the school's photographs were not shared with the paediatrician"],
           ["review special guardianship support plans every year", "share photographs of injuries with the paediatrician before a medical"],
           "Read practice review (PDF)",
           T("Child UVR", CSPR, "practice_review", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "female", "Black British",
             "physical_abuse", "", "connected_carers|"), lab=L_STD)
# --- F: Google Docs 'Download > Markdown (.md)' export (3)
_E[18] = E("Child WVR: Child safeguarding practice review",
           "Serious harm to a 15-year-old girl in 2025 who was taken abroad by her parents to be married. Her mother, aged 40, and her uncle, aged 36, arranged the marriage. Child WVR is of Afghan heritage.",
           ["the school did not know what to do when she said she was going on a long holiday", "the forced marriage unit was contacted only after she had left the country"],
           ["tell schools how to contact the forced marriage unit", "ask about a planned long holiday when a girl says she is worried about it"],
           "Read practice review (PDF)",
           T("Child WVR", CSPR, "practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "female", "Afghan|Afghan heritage",
             "fgm_honour_based_abuse|fgm_honour_based_abuse; emotional_abuse|other", ""), lab=L_STD)
_E[19] = E("Children XVR and YVR: Child safeguarding practice review",
           "Serious injury to a 1-year-old boy and his sister, aged 5, in 2024 who were burned when a heater fell over in their bedroom. Their mother, aged 27, was asleep after drinking alcohol. The children are of Eritrean heritage.",
           ["the landlord's gas heater had not been checked", "the mother's drinking was known to her GP but not to the health visitor"],
           ["check heating in homes with young children during home visits", "share a parent's alcohol misuse with the health visitor"],
           "Read practice review (PDF)",
           T("Children XVR and YVR", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "mixed", "Eritrean|Eritrean heritage",
             "neglect|other|", "parental_alcohol_misuse", n="2"), lab=L_STD)
_E[20] = E("Child ZVR: Child safeguarding practice review",
           "Death of a 4-year-old boy in 2023 from sepsis after an infection was not treated. His parents, aged 33 and 35, did not take him to the doctor because of their religious beliefs. Child ZVR had not been seen by a health professional since he was 1. He is White British.",
           ["the family's absence from health checks was not followed up", "the parents' beliefs were not discussed with them"],
           ["follow up children who have not had their health reviews by the age of 3", "talk to families about their beliefs about medical treatment"],
           "Read practice review (PDF)",
           T("Child ZVR", CSPR, "practice_review", "death", "2023", "4-year-old", "4.00", "1_5", "male", "White British",
             "neglect", ""), lab=L_STD)

B54["b54-teams-channel-copy-2025-10.txt"] = dict(month="2025-10", heading="Case reviews published in October 2025",
    intro="Four case reviews were published in October 2025. Every child, family, person and place in this channel is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B54["b54-org-source-2025-07.txt"] = dict(month="2025-07", heading="Case reviews published in July 2025",
    intro="Three case reviews were published in July 2025. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B54["b54-docx-strict-ooxml-2026-02.docx"] = dict(month="2026-02", heading="Case reviews published in February 2026",
    intro="Four case reviews were published in February 2026. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[8], _E[9], _E[10], _E[11]])
B54["b54-umbraco-rte-br-2025-04.html"] = dict(month="2025-04", heading="Case reviews published in April 2025",
    intro="Three case reviews were published in April 2025. Every child, family, person and place on this page is invented for testing.",
    entries=[_E[12], _E[13], _E[14]])
B54["b54-eml-plain-shorter-qp-2025-12.eml"] = dict(month="2025-12", heading="Case reviews published in December 2025",
    intro="Three case reviews were published in December 2025. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B54["b54-gdocs-markdown-export-2026-05.md"] = dict(month="2026-05", heading="Case reviews published in May 2026",
    intro="Three case reviews were published in May 2026. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
