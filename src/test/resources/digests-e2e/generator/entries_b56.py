# Batch b56 (issue 9, session 32; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five NON-PDF digests in shapes the repository has not seen: a Thunderbird 'File > Save As > File
# (HTML)' of a format=flowed plain-text e-mail (moz-header table, moz-text-flowed body of <br> lines, '*bold*' as moz-txt-star
# spans, auto-linked URLs, a '-- ' signature); an Excel 'Save As > Unicode Text (*.txt)' sheet (UTF-16LE, tab-separated, a
# title row, a header row, one review per row, quoted cells holding Alt+Enter line breaks); a Marp slide deck in markdown
# (front matter 'marp: true', slides split by '---', directives and speaker notes in HTML comments, a review continued over a
# second slide under its title with '(continued)'); a DOCX written by LibreOffice Writer from an ODT (custom paragraph styles:
# the titles in a 'Review Title' style with an outline level and no 'Heading' name, the labels in a 'Review Label' style);
# Word's 'Save As > Plain Text' with the MS-DOS encoding (code page 850: accented letters and the pound sign as OEM bytes,
# bullets written as the middle dot, CRLF).
# All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Traps: five entries about two
# children, other people's ages, older years, a serious case review overview report published years later, a 'Makes no
# recommendations as ...' sentence, name-first titles with accented names (Aimée), the pound sign and 'café' in items.
# Every child, family, person and place is invented. Uses E, T, CSPR, SCR from entries.py.
B56 = {}
L_STD = ("Learning includes:", "Recommendations include:", "Identifies good practice including:")
L_THEMES = ("Learning themes include:", "Recommendations include:", "Good practice identified includes:")
_E = {}
_E_BASE = E


def E(*a, pub=None, **k):
    d = _E_BASE(*a, **k)
    if pub: d["pub"] = pub
    return d


# --- A: Thunderbird 'Save As > File (HTML)' of a format=flowed plain-text e-mail (4)
_E[1] = E("Child AKS: Child safeguarding practice review",
          "Death of a 3-month-old boy in 2024 who was found unresponsive in his parents' bed after they had been drinking alcohol. His mother, aged 20, and his father, aged 23, had been given safer sleep advice by the midwife. Child AKS is White British.",
          ["safer sleep advice did not mention the risks of sharing a bed after drinking alcohol", "the father was not included in antenatal appointments"],
          ["give safer sleep advice to both parents at every contact", "ask about alcohol use before a baby is discharged home"],
          "Read practice review (PDF)",
          T("Child AKS", CSPR, "practice_review", "death", "2024", "3-month-old", "0.25", "under_1", "male", "White British",
            "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|co_sleeping"), lab=L_STD)
_E[2] = E("Children BKS and CKS: Child safeguarding practice review",
          "Neglect of two brothers, aged 5 and 9, between 2020 and 2023 who were often left alone at home at night while their mother, aged 31, worked night shifts. The younger boy was found on the street at night by a neighbour in 2023. The children are of Lithuanian heritage.",
          ["no agency asked who looked after the children at night", "the school's worries about the boys' tiredness were not shared"],
          ["ask working parents about childcare when there are concerns about supervision", "share worries about a child's tiredness with the school nurse"],
          "Read practice review (PDF)",
          T("Children BKS and CKS", CSPR, "practice_review", "serious_harm|", "2020|2023|", "*", "*", "*", "male", "Lithuanian|Lithuanian heritage",
            "neglect", "", n="2"),
          good=["the neighbour who called the police and stayed with the younger boy"], lab=L_STD)
_E[3] = E("Child DKS: Serious case review",
          "Sexual abuse of a 13-year-old girl by her stepfather, aged 39, between 2014 and 2016. She told her school nurse in 2016 and the stepfather was later convicted. Child DKS is of Black African heritage.",
          ["the girl's withdrawal at school was seen as part of puberty", "the stepfather's earlier allegation in another area was not known"],
          ["check police records in every area a new partner has lived", "train school staff to ask about changes in a child's behaviour"],
          "Read overview report (PDF)",
          T("Child DKS", SCR, "overview", "serious_harm", "2014|2016|", "13-year-old", "13.00", "11_15", "female", "Black African|Black African heritage",
            "sexual_abuse", "parental_criminality|"), pub="2025", lab=L_STD)
_E[4] = E("Child EKS: Child safeguarding practice review",
          "Serious harm to a 16-year-old boy in 2024 who was criminally exploited and stabbed after going missing from his children's home. He had been in care since he was 12. Child EKS is of Eritrean heritage.",
          ["return home interviews were not offered after each missing episode", "his move to a children's home far from his family was not reviewed"],
          [],
          "Read practice review (PDF)",
          T("Child EKS", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male", "Eritrean|Eritrean heritage",
            "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse|child_criminal_exploitation",
            "", "looked_after"),
          norec="Makes no recommendations as the children's home provider had already changed its missing from care procedures.", lab=L_STD)
# --- B: Excel 'Unicode Text (*.txt)': UTF-16LE, tab-separated, one review per row (4)
_E[5] = E("Child FKS: Child safeguarding practice review",
          "Death of a 14-year-old girl in 2024 by suicide. She had been self-harming since she was 12 and was waiting for an appointment with mental health services. Her parents, aged 44 and 46, had separated the year before. Child FKS is White British.",
          ["the waiting list was not reviewed when her self-harm got worse", "the school did not know she was waiting for mental health services"],
          ["review the risk to children on mental health waiting lists every month", "tell the school when a child is referred to mental health services"],
          "Read practice review (PDF)",
          T("Child FKS", CSPR, "practice_review", "death", "2024", "14-year-old", "14.00", "11_15", "female", "White British",
            "self_harm_suicide", ""), lab=L_STD)
_E[6] = E("Baby GKS: Child safeguarding practice review",
          "Serious injury to a 7-week-old girl in 2025 who had a skull fracture and bleeding on the brain. Her father, aged 25, said he had dropped her. Her mother, aged 19, was living with the father's family. Baby GKS is of mixed White and Asian heritage.",
          ["the father's explanation was accepted before the medical findings were known", "the young mother was not asked about her own support"],
          ["do not accept an explanation for an injury to a baby until the medical assessment is complete", "offer young parents a named family nurse"],
          "Read practice review (PDF)",
          T("Baby GKS", CSPR, "practice_review", "serious_harm", "2025", "7-week-old", "0.13", "under_1", "female",
            "mixed White and Asian|mixed White and Asian heritage|White and Asian",
            "non_accidental_head_injury|non_accidental_head_injury; physical_abuse|physical_abuse", ""), lab=L_STD)
_E[7] = E("Children HKS and IKS: Child safeguarding practice review",
          "Physical abuse of a sister and brother, aged 4 and 7, by their father, aged 35, in 2023. The children had bruises that were explained as falls. Their father had been violent to their mother, aged 32. The children are of Albanian heritage.",
          ["bruises on both children were looked at one at a time", "the mother's fear of the father was not explored"],
          ["consider all the children in a family when one child has an unexplained injury", "ask mothers about domestic abuse when children are seen with bruises"],
          "Read practice review (PDF)",
          T("Children HKS and IKS", CSPR, "practice_review", "serious_harm|", "2023", "*", "*", "*", "mixed", "Albanian|Albanian heritage",
            "physical_abuse", "domestic_abuse", n="2"), lab=L_STD)
_E[8] = E("Child JKS: Child safeguarding practice review",
          "Death of a 17-year-old boy in 2025 who was stabbed in a park by another young person. He had been excluded from school at 15 and was known to the police for carrying drugs. Child JKS is Black British.",
          ["his exclusion from school was not seen as a risk of exploitation", "the police intelligence about the park was not shared with youth services"],
          ["treat a permanent exclusion as a trigger for a multi-agency meeting", "share intelligence about places where young people are at risk"],
          "Read practice review (PDF)",
          T("Child JKS", CSPR, "practice_review", "death", "2025", "17-year-old", "17.00", "16_17", "male", "Black British",
            "extra_familial_harm|extra_familial_harm; child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|extra_familial_harm; physical_abuse|child_criminal_exploitation; extra_familial_harm",
            "", "not_in_school|"),
          good=["the youth worker who kept in touch with him after his exclusion"], lab=L_STD)
# --- C: Marp slide deck in markdown (4; Child LKS's lists continue on a second slide)
_E[9] = E("Child KKS: Child safeguarding practice review",
          "Neglect of a 2-year-old girl in 2024 who was admitted to hospital with severe weight loss. Her mother, aged 29, had anxiety and depression and rarely left the house. Child KKS is of Turkish heritage.",
          ["missed health visitor appointments were not followed up", "the mother's mental health was not linked to the child's care"],
          ["follow up every missed developmental review", "ask adult mental health services to consider the children of their patients"],
          "Read practice review (PDF)",
          T("Child KKS", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "female", "Turkish|Turkish heritage",
            "neglect", "parental_mental_health|parental_mental_health; social_isolation"), lab=L_THEMES)
_E[10] = E("Child LKS: Serious case review",
           "Death of a 10-year-old boy in 2018 who was killed by his father, aged 42, who then took his own life. His parents had separated and there were long disputes about contact. Child LKS is White British.",
           ["the father's threats during the court proceedings were not shared with the police", "the boy's wish not to see his father was not heard", "the risk from a parent who is in crisis after a separation"],
           ["share threats made during family court proceedings with the police", "record a child's wishes about contact in his own words"],
           "Read overview report (PDF)",
           T("Child LKS", SCR, "overview", "death", "2018", "10-year-old", "10.00", "6_10", "male", "White British",
             "physical_abuse", "|domestic_abuse"), pub="2025", lab=L_THEMES)
_E[11] = E("Children MKS and NKS: Child safeguarding practice review",
           "Sexual exploitation of two girls, aged 14 and 15, in 2025 who were groomed by men they met online and taken to hotels. Both girls were living in the same children's home. The children are White British.",
           ["hotel staff did not know the signs of child sexual exploitation", "information about the men's cars was not passed to the police"],
           ["train hotel staff to recognise and report child sexual exploitation", "give children's home staff a way to share information with the police"],
           "Read practice review (PDF)",
           T("Children MKS and NKS", CSPR, "practice_review", "serious_harm", "2025", "*", "*", "*", "female", "White British",
             "child_sexual_exploitation|child_sexual_exploitation; online_harm|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; extra_familial_harm; online_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse|child_sexual_exploitation; extra_familial_harm; online_harm; sexual_abuse",
             "", "looked_after", n="2"),
           good=["the residential worker who kept a record of every car that collected the girls"], lab=L_THEMES)
_E[12] = E("Child OKS: Child safeguarding practice review",
           "Serious harm to a 6-year-old boy with autism in 2024 who was found locked in his bedroom with no food or water. His mother, aged 37, misused cocaine. Child OKS is of Irish heritage.",
           ["the boy's weight loss was put down to his autism", "his mother's drug use was known to her GP but not to the school"],
           ["ask about a disabled child's diet and sleep at every review", "share a parent's drug use with the child's school"],
           "Read practice review (PDF)",
           T("Child OKS", CSPR, "practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", "Irish|Irish heritage",
             "neglect|neglect; emotional_abuse|emotional_abuse; neglect|emotional_abuse", "parental_substance_misuse", "disabled"), lab=L_THEMES)
# --- D: DOCX written by LibreOffice Writer from an ODT (4)
_E[13] = E("Child PKS: Child safeguarding practice review",
           "Death of a 15-month-old boy in 2024 who drowned in a garden pond while his father, aged 28, was indoors. The family had moved into the house a week before. Child PKS is of Nigerian heritage.",
           ["home safety advice was not given when the family moved", "the health visitor did not know the family had moved"],
           ["give water safety advice to families with young children who move house", "tell the health visitor when a family with a baby moves"],
           "Read practice review (PDF)",
           T("Child PKS", CSPR, "practice_review", "death", "2024", "15-month-old", "1.25", "1_5", "male", "Nigerian|Nigerian heritage",
             "neglect|", ""), lab=L_STD)
_E[14] = E("Child QKS: Child safeguarding practice review",
           "Physical abuse of an 8-year-old girl in 2023 by her mother, aged 36, who hit her with a belt. Child QKS told a teacher after marks were seen during a PE lesson. Child QKS is of Ghanaian heritage.",
           ["the teacher did not know who to tell", "the mother's views on discipline were not discussed with her"],
           ["remind school staff how to report an injury to the designated safeguarding lead", "talk to parents about the law on physical punishment"],
           "Read practice review (PDF)",
           T("Child QKS", CSPR, "practice_review", "serious_harm", "2023", "8-year-old", "8.00", "6_10", "female", "Ghanaian|Ghanaian heritage",
             "physical_abuse", ""), lab=L_STD)
_E[15] = E("Children RKS and SKS: Child safeguarding practice review",
           "Emotional abuse of two sisters, aged 11 and 13, between 2021 and 2024 who were kept at home and not allowed to see friends by their father, aged 50. The girls were electively home educated. The children are of Pakistani heritage.",
           ["no agency saw the girls for more than two years", "the local authority's visits to home educated children were not made"],
           ["see children who are electively home educated at least once a year", "share concerns about isolated children with the local authority"],
           "Read practice review (PDF)",
           T("Children RKS and SKS", CSPR, "practice_review", "serious_harm|", "2021|2024|", "*", "*", "*", "female", "Pakistani|Pakistani heritage",
             "emotional_abuse", "|social_isolation", "not_in_school|", n="2"),
           good=["the GP receptionist who asked why the girls were never seen"], lab=L_STD)
_E[16] = E("Child TKS: Child safeguarding practice review",
           "Serious harm to a 12-year-old boy in 2025 who was sent sexual images and blackmailed by someone he met on a gaming site. He tried to take his own life. Child TKS is of Indian heritage.",
           ["the boy was afraid to tell his parents about the blackmail", "the school's online safety lessons did not cover sextortion"],
           ["teach children that they will not be blamed for telling an adult about online blackmail", "tell parents how to report online blackmail"],
           "Read practice review (PDF)",
           T("Child TKS", CSPR, "practice_review", "serious_harm", "2025", "12-year-old", "12.00", "11_15", "male", "Indian|Indian heritage",
             "online_harm|online_harm; self_harm_suicide|online_harm; sexual_abuse|online_harm; self_harm_suicide; sexual_abuse|online_harm; extra_familial_harm|online_harm; extra_familial_harm; self_harm_suicide|child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; self_harm_suicide",
             ""), lab=L_STD)
# --- E: Word 'Plain Text' saved with the MS-DOS encoding (code page 850) (4)
_E[17] = E("Aimée: Child safeguarding practice review",
           "Death of a 4-year-old girl in 2023 from an asthma attack. Her mother, aged 27, had not collected her inhaler prescriptions for several months and had missed five hospital appointments. Aimée is of Portuguese heritage.",
           ["the missed hospital appointments were not shared with the GP", "the pharmacy's worries about uncollected prescriptions were not passed on"],
           ["follow up children with asthma who miss hospital appointments", "tell the GP when prescriptions for a child are not collected"],
           "Read practice review (PDF)",
           T("Aimée", CSPR, "practice_review", "death", "2023", "4-year-old", "4.00", "1_5", "female", "Portuguese|Portuguese heritage",
             "neglect", ""), lab=L_STD)
_E[18] = E("Child UKS: Child safeguarding practice review",
           "Sexual abuse of a 9-year-old boy in 2022 by a man, aged 58, who ran a café near his school. The man had given him money, up to £20 at a time, and sweets. Child UKS is White British.",
           ["the café owner's gifts to children were reported but not followed up", "the boy's new money was not questioned at home or at school"],
           ["act on reports of adults giving gifts or money to children", "include grooming by adults in the community in school safeguarding training"],
           "Read practice review (PDF)",
           T("Child UKS", CSPR, "practice_review", "serious_harm", "2022", "9-year-old", "9.00", "6_10", "male", "White British",
             "sexual_abuse|sexual_abuse; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm; sexual_abuse", ""), lab=L_STD)
_E[19] = E("Child VKS: Serious case review",
           "Death of a 16-year-old girl in 2016 from an overdose of her own prescribed medication. She had been in foster care since she was 13 and had moved placement five times. Child VKS is of mixed White and Black African heritage.",
           ["each placement move ended her work with her counsellor", "her social worker changed four times in two years"],
           ["keep therapeutic support in place when a looked after child moves placement", "limit changes of social worker for children in care"],
           "Read overview report (PDF)",
           T("Child VKS", SCR, "overview", "death", "2016", "16-year-old", "16.00", "16_17", "female",
             "mixed White and Black African|mixed White and Black African heritage|White and Black African",
             "self_harm_suicide", "", "looked_after|looked_after; foster_care|foster_care"), pub="2024", lab=L_STD)
_E[20] = E("Children WKS and XKS: Child safeguarding practice review",
           "Neglect of a brother and sister, aged 1 and 3, in 2024 who were found in a cold house with no electricity. Their parents, aged 22 and 24, had debts of more than £3,000 and used cannabis. The children are of Romanian heritage.",
           ["the family's debts were known to the housing officer but not to the health visitor", "the parents' use of cannabis was not asked about"],
           ["ask families with young children about money worries and heating", "include questions about cannabis use in health visitor assessments"],
           "Read practice review (PDF)",
           T("Children WKS and XKS", CSPR, "practice_review", "serious_harm|", "2024", "*", "*", "*", "mixed", "Romanian|Romanian heritage",
             "neglect", "parental_substance_misuse", n="2"),
           good=["the energy company's worker who reported the family's disconnection"], lab=L_STD)

B56["b56-thunderbird-saved-flowed-2025-03.html"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Four case reviews were published in March 2025. Every child, family, person and place in this e-mail is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B56["b56-excel-unicode-text-2025-08.txt"] = dict(month="2025-08", heading="Case reviews published in August 2025",
    intro="Four case reviews were published in August 2025. Every child, family, person and place in this sheet is invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]])
B56["b56-marp-slides-2025-11.md"] = dict(month="2025-11", heading="Case reviews published in November 2025",
    intro="Four case reviews were published in November 2025. Every child, family, person and place in these slides is invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B56["b56-libreoffice-odt-docx-2026-01.docx"] = dict(month="2026-01", heading="Case reviews published in January 2026",
    intro="Four case reviews were published in January 2026. Every child, family, person and place in this document is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B56["b56-word-msdos-cp850-2024-10.txt"] = dict(month="2024-10", heading="Case reviews published in October 2024",
    intro="Four case reviews were published in October 2024. Every child, family, person and place in this file is invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
