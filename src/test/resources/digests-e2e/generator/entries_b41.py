# Batch b41 (issue 9, session 24; invented for testing; truth written and committed before any input was rendered and before
# the pipeline ran on them). Five PDF digests in layouts the repository has not seen for digests: a table digest whose pages
# are stored portrait with /Rotate 90 (the table drawn turned, read landscape); a three-column newsletter whose column frames
# are Form XObjects placed out of reading order, with entries threaded from column to column and page to page and a pull
# quote; entries as bordered cards where one card is split by a page break and goes on under a repeated '(continued)' title
# band; a forwarded digest printed from a webmail client (browser header/footer, message header block, the digest as
# '> ' quoted plain text); an A5 digest with one review a page whose title is ONLY in the running head at the top of its
# page(s). All 20 entries are NEW summaries in the phrasing of NSPCC case review summaries, coded by the conventions of
# src/test/resources/normalise/unseen-entries.txt ('a|b' accepted alternatives, '*' not scored). Every child, family and
# place is invented. Uses E, T, CSPR, SCR from entries.py.
B41 = {}
LR = "learning_review"; CPR = "child_practice_review"
NAHI = "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"
CCE = "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse"
_E = {}
# --- A: PDFBox, pages stored portrait with /Rotate 90, one ruled table row per review
_E[1] = E("Child AT: Child safeguarding practice review",
          "Serious harm to a 2-year-old girl in 2024 who swallowed her mother's methadone. The medicine was kept in an open kitchen cupboard and her mother was on a drug treatment programme. Child AT is White British.",
          ["safe storage was discussed when the mother started treatment but never checked again", "the drug service did not know a toddler lived in the home"],
          ["check safe storage at every home visit by drug services", "ask every adult in treatment which children live with them"],
          "Read practice review (PDF)",
          T("Child AT", CSPR, "practice_review", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "female", "White British", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse"))
_E[2] = E("Baby BT: Child safeguarding practice review",
          "Death of a 10-week-old baby girl in 2023 who was found unresponsive in an adult bed with both parents. Her parents had been drinking alcohol at a family party. Baby BT is of Romanian heritage.",
          ["safer sleep advice did not cover times when the family's routine changed", "the health visitor had no interpreter at the new birth visit"],
          ["talk about safer sleep at celebrations and holidays", "book an interpreter for every new birth visit where one is needed"],
          "Read practice review (PDF)",
          T("Baby BT", CSPR, "practice_review", "death", "2023", "10-week-old", "0.19", "under_1", "female", "Romanian|Romanian heritage", "sudden_unexpected_infant_death", "co_sleeping; parental_alcohol_misuse|parental_alcohol_misuse|co_sleeping"))
_E[3] = E("Child CT: Serious case review",
          "Neglect of a 13-year-old boy between 2016 and 2019 who cared for his mother, who had severe depression. He often missed school and lost weight. Child CT is White British.",
          ["Child CT's caring role was not recognised by any agency", "adult mental health services did not ask who was caring for the mother"],
          ["identify young carers at every school admission", "adult services to ask about children whenever a parent is unwell"],
          "Read overview report (PDF)",
          T("Child CT", SCR, "overview", "serious_harm", "2016|", "13-year-old", "13.00", "11_15", "male", "White British", "neglect", "parental_mental_health", "|not_in_school"),
          good=["a school attendance officer who visited the home and listened to Child CT"])
_E[4] = E("Child DT: Learning review",
          "Serious harm to a 16-year-old girl in 2025 who was assaulted by her boyfriend, who was 19. She had told a school counsellor that he checked her phone and controlled who she saw. Child DT is of Pakistani heritage.",
          ["controlling behaviour in a teenage relationship was not seen as abuse", "the counsellor did not share what Child DT told her"],
          ["train school staff on abuse in teenage relationships"],
          "Read learning review (PDF)",
          T("Child DT", LR, "unknown|practice_review", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "female", "Pakistani|Pakistani heritage", "physical_abuse|physical_abuse; extra_familial_harm|extra_familial_harm", "|domestic_abuse"))
# --- B: PDFBox, three columns, each column frame a Form XObject placed out of order; entries threaded across frames; pull quote
_E[5] = E("Child ET: Child safeguarding practice review",
          "Physical abuse of a 6-year-old boy in 2024 who was hit with a cable by his father. The father said it was how he had been disciplined as a child. Child ET is Black African.",
          ["cultural explanations for physical punishment were accepted", "Child ET's younger siblings were not seen"],
          ["challenge physical punishment whatever the explanation given", "see every child in the household during a section 47 enquiry"],
          "Read practice review (PDF)",
          T("Child ET", CSPR, "practice_review", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", "Black African", "physical_abuse"))
_E[6] = E("Children FT and GT: Child safeguarding practice review",
          "Neglect of two brothers, aged 4 and 7, in 2024. The family lived in a caravan with no running water and moved often between areas. Their father had been in prison. The children are of Irish Traveller heritage.",
          ["records did not follow the family when they moved", "services were not offered in a way that fitted the family's way of life"],
          ["share records quickly when a family moves between areas"],
          "Read practice review (PDF)",
          T("Children FT and GT", CSPR, "practice_review", "serious_harm", "2024", "*", "*", "*", "male", "Irish Traveller|Irish Traveller heritage|White Irish Traveller|Gypsy or Irish Traveller", "neglect", "parental_criminality|", n="2"),
          good=["a Traveller education worker who kept in touch with the family"])
_E[7] = E("Child HT: Child practice review",
          "Death of a 14-year-old girl in 2023 who took an overdose of her mother's tablets. She had been bullied online and had stopped going to school. Child HT is White Welsh.",
          ["online bullying was dealt with as a school matter only", "her absence from school was not followed up for six weeks"],
          ["follow up any absence of more than five days with a home visit"],
          "Read child practice review (PDF)",
          T("Child HT", CPR, "practice_review", "death", "2023", "14-year-old", "14.00", "11_15", "female", "White Welsh", "self_harm_suicide|self_harm_suicide; poisoning_ingestion|self_harm_suicide; online_harm|self_harm_suicide; poisoning_ingestion; online_harm", "", "not_in_school|"))
_E[8] = E("Child JT: Child safeguarding practice review",
          "Sexual abuse of a 10-year-old girl in 2024 by a lodger who had rented a room from her mother. The lodger was a registered sex offender. Child JT is of Black Caribbean heritage.",
          ["the probation service did not know the lodger lived with a child", "the mother was not told about the risk he posed"],
          ["check where registered sex offenders are living at every visit"],
          "Read practice review (PDF)",
          T("Child JT", CSPR, "practice_review", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "female", "Black Caribbean|Black Caribbean heritage", "sexual_abuse"))
# --- C: PDFBox, bordered cards with a title band; the third card split by the page break, a '(continued)' band on page 2
_E[9] = E("Baby KT: Child safeguarding practice review",
          "Death of a 5-week-old baby boy in 2024 from a skull fracture. His mother was 17 and had been in care herself; his father was not known to services. Baby KT is White British.",
          ["the father was not included in any assessment", "the mother's leaving care worker was not invited to the pre-birth meeting"],
          ["assess every father before a baby is born", "invite leaving care workers to pre-birth meetings"],
          "Read practice review (PDF)",
          T("Baby KT", CSPR, "practice_review", "death", "2024", "5-week-old", "0.10", "under_1", "male", "White British", NAHI))
_E[10] = E("Child LT: Child safeguarding practice review",
           "Serious harm to a 15-year-old boy in 2025 who was stabbed after being groomed by an older gang to carry drugs. He was living in a children's home out of area. Child LT is of mixed White and Black African heritage.",
           ["the placement was made without knowing the risks in the new area", "the police in the two areas did not share intelligence", "Child LT's missing episodes were not linked to the exploitation"],
           ["assess the risks of an area before placing a child there", "share exploitation intelligence across area boundaries"],
           "Read practice review (PDF)",
           T("Child LT", CSPR, "practice_review", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "male", "mixed White and Black African|mixed White and Black African heritage|White and Black African", CCE, "", "looked_after"),
           good=["a residential worker who reported every missing episode at once"])
_E[11] = E("Child MT: Learning review",
           "Emotional abuse of an 8-year-old girl in 2022 whose mother made up illnesses for her and took her to many hospital appointments. Child MT is White British.",
           ["doctors in different hospitals did not share their concerns", "Child MT's own view of her health was not asked for"],
           [],
           "Read learning review (PDF)",
           T("Child MT", LR, "unknown|practice_review", "serious_harm", "2022", "8-year-old", "8.00", "6_10", "female", "White British", "emotional_abuse|emotional_abuse; physical_abuse|emotional_abuse; other|other"),
           norec="Makes no recommendations as the health board has already set up a shared record for children with many hospital visits.")
_E[12] = E("Child NT: Child safeguarding practice review",
           "Sexual exploitation of a 15-year-old girl in 2024 who was groomed through social media and taken to hotels by adult men. She was subject to a child protection plan. Child NT is White British.",
           ["hotels were not asked to report concerns about children", "the child protection plan did not address the risk from outside the family"],
           ["work with hotels to spot the signs of exploitation"],
           "Read practice review (PDF)",
           T("Child NT", CSPR, "practice_review", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "female", "White British", "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; online_harm; sexual_abuse; extra_familial_harm|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", "", "child_protection_plan"))
# --- D: Chromium print of a webmail message: the digest forwarded as plain text, every line quoted '> '
_E[13] = E("Child PT: Child safeguarding practice review",
           "Death of a 3-year-old boy in 2024 who drowned in a garden pond while his mother was asleep. His mother had been prescribed strong painkillers and was misusing them. Child PT is White British.",
           ["the mother's use of painkillers was not linked to her care of Child PT", "the GP and the pain clinic did not share information"],
           ["GPs to think about children when prescribing strong painkillers to parents"],
           "Read practice review (PDF)",
           T("Child PT", CSPR, "practice_review", "death", "2024", "3-year-old", "3.00", "1_5", "male", "White British", "neglect|other|neglect; other|", "parental_substance_misuse|"))
_E[14] = E("Child QT: Serious case review",
           "Sexual abuse of a 12-year-old boy by a football coach between 2015 and 2018. Other boys at the club had made complaints. Child QT is White British.",
           ["earlier complaints about the coach were handled by the club alone", "the coach had not had a criminal records check"],
           ["sports clubs to refer every concern about an adult to the local authority designated officer"],
           "Read executive summary (PDF)",
           T("Child QT", SCR, "executive_summary", "serious_harm", "2015|", "12-year-old", "12.00", "11_15", "male", "White British", "sexual_abuse|sexual_abuse; extra_familial_harm"),
           good=["a parent who reported the coach to the police"])
_E[15] = E("Baby RT: Child safeguarding practice review",
           "Serious harm to a 7-month-old baby girl in 2025 who had bruising and a broken arm. Her parents had separated and her mother's new partner was often caring for her. Baby RT is of Bangladeshi heritage.",
           ["bruising in a baby who was not crawling was not referred", "the new partner's history was not checked"],
           ["refer every bruise in a non-mobile baby for a child protection medical"],
           "Read practice review (PDF)",
           T("Baby RT", CSPR, "practice_review", "serious_harm", "2025", "7-month-old", "0.58", "under_1", "female", "Bangladeshi|Bangladeshi heritage", "physical_abuse"))
_E[16] = E("Child ST: Learning review",
           "Neglect of an 11-year-old boy with cerebral palsy in 2023 who was left in soiled clothes and missed many health appointments. His parents both had learning disabilities. Child ST is Black British.",
           ["the parents' learning disabilities were not taken into account in how information was given", "missed appointments were not seen as neglect"],
           [],
           "Read learning review (PDF)",
           T("Child ST", LR, "unknown|practice_review", "serious_harm", "2023", "11-year-old", "11.00", "11_15", "male", "Black British", "neglect", "parental_learning_disability", "disabled"),
           norec="Makes no recommendations but asks partners to report on their progress in six months.")
# --- E: PDFBox A5, one review a page, the title ONLY in the running head at the top of its page(s)
_E[17] = E("Child UT: Child safeguarding practice review",
           "Physical abuse of a 9-year-old boy in 2024 who was beaten by his older brother, who was 17. Their mother worked nights and the boys were often alone. Child UT is of Turkish heritage.",
           ["harm from a sibling was not seen as abuse", "no one asked who cared for the boys at night"],
           ["include harm by siblings in child protection training"],
           "Read practice review (PDF)",
           T("Child UT", CSPR, "practice_review", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "male", "Turkish|Turkish heritage", "physical_abuse"))
_E[18] = E("Baby VT: Child safeguarding practice review",
           "Death of a 2-month-old baby boy in 2024 who was found face down on a sofa after a night feed. His mother was 22 and had postnatal depression. Baby VT is of mixed White and Black Caribbean heritage.",
           ["the mother's depression was not shared with the health visitor", "safer sleep advice did not mention sofas"],
           ["give safer sleep advice that covers sofas and armchairs", "midwives to pass on concerns about a mother's mood"],
           "Read practice review (PDF)",
           T("Baby VT", CSPR, "practice_review", "death", "2024", "2-month-old", "0.17", "under_1", "male", "mixed White and Black Caribbean|mixed White and Black Caribbean heritage|White and Black Caribbean", "sudden_unexpected_infant_death", "parental_mental_health|co_sleeping; parental_mental_health"))
_E[19] = E("Child WT: Child safeguarding practice review",
           "Serious harm to a 14-year-old girl in 2023 who was subjected to female genital mutilation during a family trip abroad. She had told a friend she was worried about the trip. Child WT is of Somali heritage.",
           ["the school did not act on Child WT's worry about the trip", "the risk of FGM was not discussed with her GP", "no FGM protection order was considered"],
           ["use FGM risk assessments before long holidays abroad", "train school staff on the signs that a child may be at risk of FGM"],
           "Read practice review (PDF)",
           T("Child WT", CSPR, "practice_review", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "female", "Somali|Somali heritage", "fgm_honour_based_abuse"),
           good=["a school nurse who noticed Child WT's distress after the trip"])
_E[20] = E("Children XT and YT: Serious case review",
           "Neglect of a brother and sister, aged 5 and 8, between 2017 and 2019. The children were left alone for long periods while their mother drank. The children are of Polish heritage.",
           ["the children's reports of being alone were not believed", "the mother's drinking was not assessed"],
           ["ask children directly about who looks after them at home"],
           "Read overview report (PDF)",
           T("Children XT and YT", SCR, "overview", "serious_harm", "2017|", "*", "*", "*", "mixed", "Polish|Polish heritage", "neglect", "parental_alcohol_misuse", n="2"))

B41["b41-pdfbox-rotate90-table-2025-02.pdf"] = dict(month="2025-02", heading="NSPCC Repository – February 2025",
    intro="Four case reviews were published in February 2025; they are set out in the table below. Every child, family and place in this digest is invented for testing.",
    entries=[_E[1], _E[2], _E[3], _E[4]])
B41["b41-pdfbox-xobject-columns-2025-04.pdf"] = dict(month="2025-04", heading="Case review round-up: April 2025",
    intro="Four case reviews added to the repository in April 2025. The children, families and places in this round-up are invented for testing.",
    entries=[_E[5], _E[6], _E[7], _E[8]], pull=(1, "“Services were not offered in a way that fitted the family’s way of life.”"))
B41["b41-pdfbox-split-cards-2025-06.pdf"] = dict(month="2025-06", heading="NSPCC Learning – case reviews, June 2025",
    intro="Four case reviews were published in June 2025. All of the children, families and places in them are invented for testing.",
    entries=[_E[9], _E[10], _E[11], _E[12]])
B41["b41-chromium-webmail-print-2025-09.pdf"] = dict(month="2025-09", heading="NSPCC Repository – September 2025",
    intro="In September 2025 four case reviews were published. Every child, family and place below is invented for testing.",
    entries=[_E[13], _E[14], _E[15], _E[16]])
B41["b41-pdfbox-running-head-titles-2025-11.pdf"] = dict(month="2025-11", heading="Case reviews published in November 2025",
    intro="One review a page. The children, families and places in these summaries are invented for testing.",
    entries=[_E[17], _E[18], _E[19], _E[20]])
