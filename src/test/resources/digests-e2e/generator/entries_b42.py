# Batch b42 (issue 9, session 25; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Six NON-PDF digests in shapes the repository has not seen: text copied out of a PDF viewer and
# pasted into a .txt (no blank lines, the viewer's line ends, U+F0B7 symbol bullets, fi/fl ligature characters, running head
# and foot lines between the lines of the text); a Logseq page (markdown in which every block is an outline bullet, with
# 'key:: value' properties); a .eml composed in Gmail (multipart/alternative; Gmail's own plain-text rendering of the HTML,
# '*bold*' titles and labels, '   - ' items, 'text <URL>' links; the HTML part base64, div per line); a Ghost blog post page
# (Casper theme, Koenig cards: toggle cards, callout card, button cards, a signup form); a DOCX as Apple Pages exports it
# (styles 'Title', 'Heading', 'Body', labels and items in ONE paragraph each, separated by soft line breaks <w:br/>, the
# items typed '•<tab>'); MediaWiki wikitext sent as .txt ('== title ==', "'''label'''", '* item', '[URL text]' links,
# templates, categories). All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the
# conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child,
# family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B42 = {}
L_CL = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_LQ = ("Key learning:", "Recommendations:", "Good practice:")
L_GM = ("Learning points:", "Recommendations include:", "Good practice:")
L_GH = ("Learning:", "Recommendations:", "Good practice:")
L_PG = ("Learning:", "Recommendations:", "Good practice:")
L_MW = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
_E = {}
# --- A: text copied from a PDF viewer and pasted into a .txt (4)
_E[1] = E("Child AKW: Child safeguarding practice review",
          "Serious harm to a 7-week-old boy in January 2024 who had a skull fracture and bruising to his ear. His mother, aged 19, had been in care herself, and her partner, aged 24, had moved into the flat shortly before the injuries. Child AKW is White British.",
          ["the partner was not seen or checked by any professional", "the mother's own care history was not used to plan support for her", "bruising to the ear was first explained as a birth mark"],
          ["find out who lives in the home at every health visit to a young baby", "give care leavers who become parents a named worker until the baby is one"],
          "Read practice review (PDF)",
          T("Child AKW", CSPR, "practice_review", "serious_harm", "2024", "7-week-old", "0.13", "under_1", "male", "White British",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""),
          good=["the paediatrician who asked for a full skeletal survey on the same day"], lab=L_CL)
_E[2] = E("Children BLW and CLW: Serious case review",
          "Neglect of two sisters aged 3 and 5, identified in 2018 when the younger girl was found to have untreated burns to her hand. Their father, aged 41, had been convicted of drug offences and their mother misused alcohol. There was no evidence that either child had been sexually abused. The children are of Roma heritage.",
          ["the untreated burn was seen as a one-off accident", "the father's convictions were not known to the nursery"],
          ["share relevant convictions of parents with early years settings", "use a neglect assessment tool when an injury is not treated"],
          "Read overview report (PDF)",
          T("Children BLW and CLW", SCR, "overview", "serious_harm", "2018", "*", "*", "*", "female", "Roma|Roma heritage|Gypsy, Roma or Traveller",
            "neglect", "parental_criminality; parental_alcohol_misuse|parental_alcohol_misuse", n="2"), lab=L_CL)
_E[3] = E("Child DMW: Child safeguarding practice review",
          "Death of a 15-year-old girl in 2023 who took her own life. Child DMW had been self-harming since the age of 12 and had waited eight months for a mental health assessment. Child DMW is of Bangladeshi heritage.",
          ["self-harm had come to be seen as normal for Child DMW", "no agency held a plan while she waited for an assessment"],
          ["agree a plan to keep every child safe while they wait for a mental health assessment", "ask schools to share repeated self-harm with the child's GP"],
          "Read practice review (PDF)",
          T("Child DMW", CSPR, "practice_review", "death", "2023", "15-year-old", "15.00", "11_15", "female", "Bangladeshi|Bangladeshi heritage",
            "self_harm_suicide", ""), lab=L_CL)
_E[4] = E("Child ENW: Child safeguarding practice review",
          "Serious harm to a 10-year-old boy in 2024 who was hit and kicked by his mother's partner. Child ENW had ADHD and was on a child in need plan. It is not known whether he had been hurt before. Child ENW is of mixed White and Asian heritage.",
          ["Child ENW's behaviour at school was explained by his ADHD and not explored", "the child in need plan did not name the mother's partner"],
          [],
          "Read practice review (PDF)",
          T("Child ENW", CSPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "male",
            "mixed White and Asian|mixed White and Asian heritage|White and Asian",
            "physical_abuse", "", "child_in_need_plan|child_in_need_plan; disabled"),
          good=["a teacher who recorded each of Child ENW's accounts in his own words"],
          norec="Makes no recommendations as the partnership's own action plan was already in place.", lab=L_CL)
# --- B: Logseq page, every block an outline bullet (3)
_E[5] = E("Baby FPW: Child safeguarding practice review",
          "Death of a 3-month-old girl in 2024 who was found unresponsive on a sofa where she had been sleeping with her father. The father had smoked cannabis that evening. Baby FPW is of Black African heritage.",
          ["safer sleep advice was given to the mother only", "the father's cannabis use was known to his GP but not to the health visitor"],
          ["give safer sleep advice to every adult who cares for a baby overnight"],
          "Read practice review (PDF)",
          T("Baby FPW", CSPR, "practice_review", "death", "2024", "3-month-old", "0.25", "under_1", "female", "Black African|Black African heritage",
            "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse|co_sleeping"), lab=L_LQ)
_E[6] = E("Child GQW: Serious case review",
          "Sexual abuse of a 12-year-old boy by a sports coach between 2015 and 2017. The coach, who was 38, had been dismissed by another club after a complaint that was never passed on. Child GQW is White British.",
          ["the first club did not refer the complaint to the local authority designated officer", "volunteers at the second club were not asked for references"],
          ["check references for every volunteer who coaches children", "remind sports clubs how to refer concerns about adults who work with children"],
          "Read overview report (PDF)",
          T("Child GQW", SCR, "overview", "serious_harm", "2015|", "12-year-old", "12.00", "11_15", "male", "White British",
            "sexual_abuse|sexual_abuse; extra_familial_harm", ""),
          good=["Child GQW's mother, who went to the police as soon as he told her"], lab=L_LQ)
_E[7] = E("Child HRW: Child safeguarding practice review",
          "Serious harm to a 16-year-old girl in 2024 who was trafficked to several cities for sexual exploitation. Child HRW was looked after and had gone missing from her children's home 14 times in the year before. Child HRW is of Vietnamese heritage.",
          ["each missing episode was dealt with on its own", "return home interviews were not offered in Vietnamese"],
          ["review the pattern of missing episodes after the third in any year", "offer return home interviews in the child's first language"],
          "Read practice review (PDF)",
          T("Child HRW", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female", "Vietnamese|Vietnamese heritage",
            "child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation",
            "", "looked_after"), lab=L_LQ)
# --- C: e-mail composed in Gmail, .eml (3)
_E[8] = E("Child JSW: Child safeguarding practice review",
          "Death of a 2-year-old boy in June 2024 after he fell from a first-floor window. The window had no restrictor and the family had asked their landlord to fit one. Child JSW is of Afghan heritage.",
          ["housing officers did not treat the missing restrictor as a safety risk", "the family's request was not recorded in English"],
          ["check window restrictors in every temporary home for families with young children", "record requests made through interpreters"],
          "Read practice review (PDF)",
          T("Child JSW", CSPR, "practice_review", "death", "2024", "2-year-old", "2.00", "1_5", "male", "Afghan|Afghan heritage",
            "neglect|other|", ""), lab=L_GM)
_E[9] = E("Child KTW: Local child safeguarding practice review",
          "Emotional abuse and neglect of a 13-year-old girl in 2023 who was living with her grandmother under a special guardianship order. Her grandmother, aged 72, was unwell and could not meet her needs. Child KTW is White British.",
          ["support for special guardians stopped after the first year", "the grandmother's health was not reviewed"],
          ["offer every special guardian a yearly review of support"],
          "Read practice review (PDF)",
          T("Child KTW", CSPR, "practice_review", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female", "White British",
            "emotional_abuse; neglect", "", "connected_carers|"),
          good=["the school's pastoral lead who kept in touch over the summer holidays"], lab=L_GM)
_E[10] = E("Children LUW, MUW and NUW: Child safeguarding practice review",
           "Neglect of three siblings aged 1, 4 and 8 in 2024, whose mother had severe depression and whose father worked away. The eldest often missed school to look after the younger two. The children are of Indian heritage.",
           ["the eldest child's caring role was not noticed", "adult mental health services did not ask about the children"],
           ["ask every parent with severe depression who looks after the children", "share school absence of a young carer with children's social care"],
           "Read practice review (PDF)",
           T("Children LUW, MUW and NUW", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "not_stated", "Indian|Indian heritage",
             "neglect", "parental_mental_health", "not_in_school|", n="3"), lab=L_GM)
# --- D: Ghost blog post page (4)
_E[11] = E("Child PVW: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2024 who was shot. Child PVW had been groomed into carrying drugs for a gang since he was 14 and had been permanently excluded from school. Child PVW is Black British.",
           ["the exclusion removed the last adult Child PVW trusted", "police intelligence about the gang was not shared with his school"],
           ["share intelligence about exploitation with schools through a named lead", "review every permanent exclusion of a child known to be exploited"],
           "Read practice review (PDF)",
           T("Child PVW", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "Black British",
             "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse", "", "not_in_school"), lab=L_GH)
_E[12] = E("Baby QWW: Child safeguarding practice review",
           "Serious harm to a 4-month-old girl in 2025 who had a bleed on the brain and bleeding behind her eyes. Her parents, both aged 23, gave no explanation. Baby QWW is of Pakistani heritage.",
           ["a small bruise seen two weeks before was not referred", "the father was not included in any health visit"],
           ["refer every bruise on a baby who is not yet mobile", "invite fathers to every health visit"],
           "Read practice review (PDF)",
           T("Baby QWW", CSPR, "practice_review", "serious_harm", "2025", "4-month-old", "0.33", "under_1", "female", "Pakistani|Pakistani heritage",
             "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""),
           good=["the GP who rang the hospital before sending the baby there"], lab=L_GH)
_E[13] = E("Child RXW: Serious case review (executive summary)",
           "Physical abuse of a 6-year-old girl in 2017 whose mother's boyfriend burned her with a cigarette. Her mother had been a victim of domestic abuse in earlier relationships. Child RXW is White British.",
           ["the mother's history of domestic abuse was not linked to risk to Child RXW", "a burn seen at school was accepted as an accident"],
           ["train school staff to recognise the pattern of cigarette burns"],
           "Read executive summary (PDF)",
           T("Child RXW", SCR, "executive_summary", "serious_harm", "2017", "6-year-old", "6.00", "6_10", "female", "White British",
             "physical_abuse", "domestic_abuse"), lab=L_GH)
_E[14] = E("Unborn Baby SYW: Child safeguarding practice review",
           "Death of an unborn baby in 2024 after the mother, who was 17 and was herself looked after, was assaulted by her partner when she was 30 weeks pregnant. Unborn Baby SYW is White British.",
           ["the partner's violence to an earlier girlfriend was known to the police but not shared", "the mother's midwife did not know she was looked after"],
           ["tell the midwife when a looked after young person is pregnant", "share domestic abuse history when a pregnant young person has a new partner"],
           "Read practice review (PDF)",
           T("Unborn Baby SYW", CSPR, "practice_review", "death", "2024", "unborn|unborn baby", "", "unborn", "not_stated", "White British",
             "physical_abuse|", "domestic_abuse"), lab=L_GH)
# --- E: DOCX as Apple Pages exports it, lists in one paragraph split by soft line breaks (3)
_E[15] = E("Child TZW: Child safeguarding practice review",
           "Serious harm to a 9-year-old boy in 2024 who was found to weigh less than at his last check two years before. Child TZW was educated at home and had not been seen by a doctor since 2021. Child TZW is of Turkish heritage.",
           ["no agency had seen Child TZW for over two years", "the parents' refusal of home visits was accepted"],
           ["visit every child in elective home education at least once a year", "follow up any child who has not seen a GP for two years"],
           "Read practice review (PDF)",
           T("Child TZW", CSPR, "practice_review", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "male", "Turkish|Turkish heritage",
             "neglect", "", "not_in_school|"), lab=L_PG)
_E[16] = E("Child UBW: Child safeguarding practice review",
           "Sexual abuse of a 14-year-old girl in 2023 by a 20-year-old man she had met online. She was groomed over several months through a gaming app. Child UBW is White British.",
           ["her parents did not know the app allowed chat with adults", "the school's online safety lessons did not cover gaming"],
           ["include gaming apps in online safety teaching", "give parents advice on the chat settings of games"],
           "Read practice review (PDF)",
           T("Child UBW", CSPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "female", "White British",
             "sexual_abuse; online_harm|online_harm|sexual_abuse; online_harm; child_sexual_exploitation|online_harm; child_sexual_exploitation|sexual_abuse; online_harm; extra_familial_harm", ""),
           good=["the police officer who kept Child UBW informed throughout the trial"], lab=L_PG)
_E[17] = E("Child VCW: Child safeguarding practice review",
           "Death of a 1-year-old girl in 2023 who drowned in the bath when she was left with her 4-year-old brother. Her mother had gone downstairs to answer the door. Child VCW is of Nigerian heritage.",
           ["bath safety was not part of the advice given to the family", "the health visitor did not know the mother was alone with four children"],
           [],
           "Read practice review (PDF)",
           T("Child VCW", CSPR, "practice_review", "death", "2023", "1-year-old", "1.00", "1_5", "female", "Nigerian|Nigerian heritage",
             "neglect|other|", ""),
           norec="Makes no recommendations but the partnership will share bath safety advice with all families of young children.", lab=L_PG)
# --- F: MediaWiki wikitext sent as .txt (3)
_E[18] = E("Child WDW: Serious case review",
           "Serious harm to a 15-year-old boy in 2016 who was sexually exploited by men who gave him drugs and money. Child WDW was living in foster care after his mother's death. Child WDW is of Kurdish heritage.",
           ["boys were not seen as at risk of sexual exploitation", "the foster carers were not told about the men he met"],
           ["include boys in every child sexual exploitation screening", "share concerns about exploitation with foster carers the same day"],
           "Read overview report (PDF)",
           T("Child WDW", SCR, "overview", "serious_harm", "2016", "15-year-old", "15.00", "11_15", "male", "Kurdish|Kurdish heritage",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse",
             "", "foster_care|looked_after|foster_care; looked_after"), lab=L_MW)
_E[19] = E("Child XEW: Child safeguarding practice review",
           "Death of a 6-month-old boy in 2024 from a head injury. His father, aged 28, said the baby had rolled off a bed, but doctors found older fractures. Child XEW is White British.",
           ["the father's account was not tested against the baby's stage of development", "the older fractures showed earlier harm that no one had seen"],
           ["check that an account of an injury fits what a baby can do"],
           "Read practice review (PDF)",
           T("Child XEW", CSPR, "practice_review", "death", "2024", "6-month-old", "0.50", "under_1", "male", "White British",
             "non_accidental_head_injury; physical_abuse|non_accidental_head_injury|physical_abuse", ""),
           good=["the ambulance crew who recorded what the father said word for word"], lab=L_MW)
_E[20] = E("Children missing from care: thematic child safeguarding practice review",
           "Thematic review of six looked after children aged 13 to 16 who went missing from care between 2022 and 2024 and were exploited by adults. Four of them were placed outside their home area.",
           ["placements far from home cut children off from people they trusted", "the two areas did not share what they knew about the same adults"],
           ["agree one plan between areas for every child placed out of area who goes missing", "hold a joint meeting after the second missing episode"],
           "Read thematic review (PDF)",
           T("", CSPR, "practice_review", "serious_harm", "2022|", "*", "*", "*", "*", "not_stated",
             "child_criminal_exploitation; child_sexual_exploitation; extra_familial_harm|extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_sexual_exploitation; extra_familial_harm",
             "", "looked_after", thematic="true", n="6"), lab=L_MW)

B42["b42-pdf-viewer-paste-2025-03.txt"] = dict(month="2025-03", heading="NSPCC Learning \u2013 Case reviews published in March 2025",
    intro="Four case reviews were published in March 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B42["b42-logseq-outline-2025-07.md"] = dict(month="2025-07", heading="Case reviews \u2013 July 2025",
    intro="Three case reviews were published in July 2025. All of the children, families, people and places on this page are invented for testing.",
    entries=[_E[5], _E[6], _E[7]])
B42["b42-gmail-sent-2025-10.eml"] = dict(month="2025-10", heading="Case review round-up \u2013 October 2025",
    intro="Three case reviews were published in October 2025. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[8], _E[9], _E[10]])
B42["b42-ghost-post-2025-05.html"] = dict(month="2025-05", heading="New case reviews: May 2025",
    intro="Four case reviews were published in May 2025. All of the children, families, people and places in this post are invented for testing.",
    entries=[_E[11], _E[12], _E[13], _E[14]])
B42["b42-pages-softbreaks-2025-01.docx"] = dict(month="2025-01", heading="Case reviews published in January 2025",
    intro="Three case reviews were published in January 2025. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[15], _E[16], _E[17]])
B42["b42-mediawiki-source-2024-12.txt"] = dict(month="2024-12", heading="Case reviews published in December 2024",
    intro="In December 2024 three case reviews were published. All of the children, families, people and places on this wiki page are invented for testing.",
    entries=[_E[18], _E[19], _E[20]])
