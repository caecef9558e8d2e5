# Batch b35 (issue 9, session 21; invented for testing; truth written and committed with the generator and the inputs before
# the pipeline ran on them). Six PDF digests in producers and layouts the repository has not seen: a Google-Slides-like deck
# (16:9, free text boxes, each slide's title box written after its body boxes); a Canva-like export (every word its own
# text object, letter-spaced capitals labels, white text on coloured shapes); a two-column grid of equal cards read down
# each column; a Chromium page whose review titles are IMAGES (the words only in the image's alt text and the bookmarks);
# a LibreOffice PDF/UA export whose items are run together in one paragraph with inline '•' separators; an e-mail printed
# to PDF from a mail client, the digest forwarded with '>' quoted lines. All 19 entries are NEW summaries in the phrasing of
# NSPCC case review summaries, coded by the conventions of src/test/resources/normalise/unseen-entries.txt ('a|b' accepted
# alternatives, '*' not scored). Every child, family and place is invented. Uses E, T, CSPR, SCR from entries.py.
B35 = {}
LR = "learning_review"; CPR = "child_practice_review"; SIG = "significant_case_review"
NAHI = "non_accidental_head_injury|physical_abuse; non_accidental_head_injury|physical_abuse"
CCE = "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse"
ONLINE_SEX = ("online_harm; sexual_abuse|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm"
              "|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm|online_harm|online_harm; child_sexual_exploitation")
_E = {}
# --- A: Google-Slides-like deck
_E[1] = E("Child AJ: Child safeguarding practice review",
          "Death of a 4-month-old baby girl in 2024 from a head injury. Her father, who was 22, said that she had rolled off a changing table. He had previously been convicted of assault.",
          ["the father's conviction for assault was not known to the health visitor", "the explanation of a fall was accepted without a child protection medical"],
          ["ask both parents about previous convictions at the first health visitor contact", "refer every injury to a baby who is not yet mobile for a child protection medical"],
          "Read practice review (PDF)",
          T("Child AJ", CSPR, "practice_review", "death", "2024", "4-month-old", "0.33", "under_1", "female", "not_stated", NAHI, "parental_criminality|"))
_E[2] = E("Child BJ: Learning review",
          "Child BJ, a 14-year-old boy, was criminally exploited in 2024 and was found carrying drugs in another county. He had stopped going to school after a managed move. Child BJ is Black British.",
          ["the managed move was agreed without a plan for Child BJ's safety", "police and the school did not share what they knew about the older boys he spent time with", "the national referral mechanism was not used"],
          ["review every managed move for children at risk of exploitation", "agree how schools and police share information about exploitation"],
          "Read learning review (PDF)",
          T("Child BJ", LR, "unknown|practice_review", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "male", "Black British", CCE, "", "not_in_school|"))
_E[3] = E("Children CJ and DJ: Serious case review",
          "Neglect of two brothers, aged 2 and 6, between 2017 and 2019. The home was dirty and the children were often not brought to medical appointments. Their mother misused alcohol.",
          ["the children's missed appointments were not seen together", "the mother's drinking was not assessed for its impact on the children"],
          [], "Read overview report (PDF)",
          T("Children CJ and DJ", SCR, "overview", "serious_harm", "2017|", "*", "*", "*", "male", "not_stated", "neglect", "parental_alcohol_misuse", n="2"),
          norec="Makes no recommendations as the partnership had already introduced a new neglect strategy.")
# --- B: Canva-like export
_E[4] = E("Baby EJ: Child safeguarding practice review",
          "Sudden unexpected death of a 9-week-old baby boy in 2024 while sleeping on a sofa with his father. The father had taken cocaine that evening. Baby EJ is White British.",
          ["safer sleep advice was given to the mother only", "the father's drug use was known to the police but not to the health visitor"],
          ["give safer sleep advice to both parents at every contact", "share information about a parent's drug use with health visitors"],
          "Read practice review (PDF)",
          T("Baby EJ", CSPR, "practice_review", "death", "2024", "9-week-old", "0.17", "under_1", "male", "White British", "sudden_unexpected_infant_death", "co_sleeping; parental_substance_misuse"))
_E[5] = E("Child FJ: Child safeguarding practice review",
          "Sexual abuse of a 12-year-old girl in 2023 by an adult she met through an online game. He persuaded her to send images and then met her in a park. Child FJ is of Bangladeshi heritage.",
          ["parents did not know how to use the safety settings of online games", "the first report of online contact was closed without a strategy discussion", "Child FJ was not spoken to alone"],
          ["hold a strategy discussion whenever an adult makes sexual contact with a child online"],
          "Read practice review (PDF)",
          T("Child FJ", CSPR, "practice_review", "serious_harm", "2023", "12-year-old", "12.00", "11_15", "female", "Bangladeshi|Bangladeshi heritage", ONLINE_SEX),
          good=["the school's designated safeguarding lead who acted on the first disclosure"])
_E[6] = E("Child GJ: Child practice review",
          "Physical abuse of a 5-year-old boy in 2023 who was hit with a belt by his mother's partner. Child GJ told his teacher about the marks on his legs. Child GJ is White Welsh.",
          ["the mother's new partner was not known to children's services", "earlier bruises had been explained as falls at play"],
          ["ask about new adults in the household at every child protection visit", "train school staff to refer every unexplained bruise"],
          "Read child practice review (PDF)",
          T("Child GJ", CPR, "practice_review", "serious_harm", "2023", "5-year-old", "5.00", "1_5", "male", "White Welsh", "physical_abuse"))
# --- C: two-column grid of cards, read down each column
_E[7] = E("Child HJ: Child safeguarding practice review",
          "Death of a 15-year-old girl in 2024 who took her own life. She had been self-harming for a year and was waiting for an appointment with CAMHS. Child HJ is White British.",
          ["the waiting list for CAMHS was not reviewed for risk", "the school did not know that Child HJ was self-harming"],
          ["review children on CAMHS waiting lists every month", "tell schools when a pupil is referred to CAMHS for self-harm"],
          "Read practice review (PDF)",
          T("Child HJ", CSPR, "practice_review", "death", "2024", "15-year-old", "15.00", "11_15", "female", "White British", "self_harm_suicide"))
_E[8] = E("Child KJ: Child safeguarding practice review",
          "Serious harm to a 2-year-old girl in 2025 who swallowed her mother's methadone. Her mother was being treated for heroin addiction and the family were on a child protection plan because of neglect.",
          ["safe storage of methadone was not checked at home visits", "the drug service did not attend child protection conferences"],
          ["drug services to check safe storage at every home visit", "invite drug services to every child protection conference where a parent is their patient"],
          "Read practice review (PDF)",
          T("Child KJ", CSPR, "practice_review", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "female", "not_stated", "poisoning_ingestion|poisoning_ingestion; neglect", "parental_substance_misuse", "child_protection_plan"))
_E[9] = E("Child LJ: Serious case review",
          "Emotional abuse of a 10-year-old boy who lived with domestic abuse between his parents from 2015 to 2018. Child LJ is of Polish heritage.",
          ["Child LJ's anxiety at school was not linked to what was happening at home", "police reports of domestic abuse were not shared with the school"],
          ["tell schools the next day when police attend a domestic abuse incident at a pupil's home"],
          "Read executive summary (PDF)",
          T("Child LJ", SCR, "executive_summary", "serious_harm", "2015|", "10-year-old", "10.00", "6_10", "male", "Polish|Polish heritage", "emotional_abuse", "domestic_abuse"))
_E[10] = E("Children MJ and NJ: Learning review",
           "Sexual abuse of two sisters, aged 8 and 11, by their grandfather between 2019 and 2022. The girls told a friend's mother, who called the police. The children are of mixed White and Asian heritage.",
           ["the grandfather's unsupervised care of the girls was never questioned", "the younger girl's behaviour at school was seen as a learning need"],
           ["help schools to recognise the signs of sexual abuse in younger children", "ask who cares for the children when assessing a family"],
           "Read learning review (PDF)",
           T("Children MJ and NJ", LR, "unknown|practice_review", "serious_harm", "2019|", "*", "*", "*", "female", "mixed White and Asian|mixed White and Asian heritage|White and Asian", "sexual_abuse", n="2"))
# --- D: Chromium, review titles as images (alt text + bookmarks)
_E[11] = E("Child PJ: Child safeguarding practice review",
           "Death of a 17-year-old boy in 2024 who was stabbed by another young person. Child PJ had been criminally exploited by a local gang. Child PJ is Black African.",
           ["Child PJ's arrests were not shared with his social worker", "his family's fears for his safety were not acted on"],
           ["share every arrest of a child known to children's services the same day", "listen to families who raise concerns about exploitation"],
           "Read practice review (PDF)",
           T("Child PJ", CSPR, "practice_review", "death", "2024", "17-year-old", "17.00", "16_17", "male", "Black African", CCE))
_E[12] = E("Baby QJ: Child safeguarding practice review",
           "Serious harm to a 5-month-old baby boy in 2025 who had fractures to his ribs and legs. His mother had postnatal depression and his father misused alcohol. Baby QJ is White British.",
           ["the mother's depression was treated without asking who else cared for the baby", "the father's drinking was not known to the GP"],
           ["ask about every carer of a baby when a parent is treated for depression", "carry out a skeletal survey on every baby with an unexplained fracture"],
           "Read practice review (PDF)",
           T("Baby QJ", CSPR, "practice_review", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "male", "White British", "physical_abuse", "parental_mental_health; parental_alcohol_misuse"))
_E[13] = E("Child RJ: Significant case review",
           "Neglect of a 7-year-old girl with a learning disability in 2022. She was often absent from school and had lost weight.",
           ["the school's concerns about weight loss were not escalated", "no agency saw Child RJ at home"],
           [], "Read significant case review (PDF)",
           T("Child RJ", SIG, "unknown", "serious_harm", "2022", "7-year-old", "7.00", "6_10", "female", "not_stated", "neglect", "", "disabled; not_in_school|disabled"),
           norec="Makes no recommendations but asks agencies to use the new neglect toolkit.")
# --- E: LibreOffice PDF/UA, items run together with inline bullets
_E[14] = E("Child SJ: Child safeguarding practice review",
           "Death of a 13-year-old boy in 2023 from an asthma attack. His parents had not collected his inhalers and he had missed several hospital appointments. Child SJ is of Pakistani heritage.",
           ["missed hospital appointments were not followed up", "the GP did not notice that prescriptions were not collected", "Child SJ's voice was not heard"],
           ["follow up every child not brought to a hospital appointment", "GPs to check when a child's inhaler prescriptions are not collected"],
           "Read practice review (PDF)",
           T("Child SJ", CSPR, "practice_review", "death", "2023", "13-year-old", "13.00", "11_15", "male", "Pakistani|Pakistani heritage", "neglect"))
_E[15] = E("Child TJ: Child safeguarding practice review",
           "Sexual exploitation of a 16-year-old girl living in a children's home in 2024. Child TJ was given alcohol and drugs by older men and went missing many times. Child TJ is White British.",
           ["missing episodes were recorded but not analysed", "staff at the children's home were not told about the men who were known to police"],
           ["analyse every missing episode for signs of exploitation", "share police intelligence about adults who target children with children's homes"],
           "Read practice review (PDF)",
           T("Child TJ", CSPR, "practice_review", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female", "White British",
             "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm", "", "looked_after"))
_E[16] = E("Baby UJ: Serious case review",
           "Death of a 3-week-old baby girl in 2018 after she was shaken by her father. The parents were both 19 and had little support from their families.",
           ["the parents' young age and isolation were not seen as a risk", "advice on coping with crying was not given"],
           ["give every new parent advice on coping with crying before they leave hospital"],
           "Read overview report (PDF)",
           T("Baby UJ", SCR, "overview", "death", "2018", "3-week-old", "0.06", "under_1", "female", "not_stated", NAHI, "social_isolation|"))
# --- F: e-mail printed to PDF, the digest forwarded and quoted with '>'
_E[17] = E("Child VJ: Child safeguarding practice review",
           "Death of a 1-year-old boy in 2024 who drowned in the bath while his mother was in another room. His mother had been drinking alcohol. Child VJ is White British.",
           ["water safety advice was not given to the family", "the mother's drinking was known to her GP but not to the health visitor"],
           ["include water safety in health visitor contacts", "share information about a parent's alcohol misuse with health visitors"],
           "Read practice review (PDF)",
           T("Child VJ", CSPR, "practice_review", "death", "2024", "1-year-old", "1.00", "1_5", "male", "White British", "neglect", "parental_alcohol_misuse"))
_E[18] = E("Child WJ: Child safeguarding practice review",
           "Physical abuse of an 11-year-old girl in 2024 by her father, who was also violent towards her mother. Child WJ is of Romanian heritage.",
           ["interpreters were not used when Child WJ's mother was spoken to", "the father's violence towards the mother was not linked to the risk to Child WJ"],
           ["use an independent interpreter in every domestic abuse enquiry where one is needed"],
           "Read practice review (PDF)",
           T("Child WJ", CSPR, "practice_review", "serious_harm", "2024", "11-year-old", "11.00", "11_15", "female", "Romanian|Romanian heritage", "physical_abuse", "domestic_abuse"),
           good=["a teacher who noticed Child WJ's injuries and referred the same day"])
_E[19] = E("Child YJ: Learning review",
           "Online sexual abuse of a 14-year-old boy in 2025 who was blackmailed after sending images to someone he thought was a girl of his own age. Child YJ is White British.",
           ["Child YJ was too ashamed to tell his parents", "the police response was slow because the offender was abroad"],
           ["tell children that being blackmailed for images is never their fault", "agree a fast police response to sextortion reports"],
           "Read learning review (PDF)",
           T("Child YJ", LR, "unknown|practice_review", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "male", "White British", ONLINE_SEX))

B35["b35-slides-textboxes-2025-07.pdf"] = dict(month="2025-07", heading="Case reviews briefing – July 2025",
    intro="Three case reviews published this month, one a slide. All of the children, families and places in this deck are invented for testing.",
    entries=[_E[1], _E[2], _E[3]])
B35["b35-canva-words-2025-04.pdf"] = dict(month="2025-04", heading="NSPCC Learning: new case reviews, April 2025",
    intro="Three case reviews were added to the repository in April 2025. Every child, family and place in this digest is invented for testing.",
    entries=[_E[4], _E[5], _E[6]])
B35["b35-grid-cards-columns-2025-10.pdf"] = dict(month="2025-10", heading="NSPCC Repository – October 2025",
    intro="In October 2025 four case reviews were published. Read the cards down the left column, then down the right. All of the children, families and places below are invented for testing.",
    entries=[_E[7], _E[8], _E[9], _E[10]])
B35["b35-chromium-title-images-2025-03.pdf"] = dict(month="2025-03", heading="Case reviews published in March 2025",
    intro="Summaries of three case reviews recently added to the repository. The children, families and places are invented for testing.",
    entries=[_E[11], _E[12], _E[13]])
B35["b35-lo-pdfua-inline-bullets-2024-11.pdf"] = dict(month="2024-11", heading="NSPCC Repository – November 2024",
    intro="In November 2024 three case reviews were published. All of the children, families and places below are invented for testing.",
    entries=[_E[14], _E[15], _E[16]])
B35["b35-email-print-quoted-2025-12.pdf"] = dict(month="2025-12", heading="NSPCC Repository – December 2025",
    intro="In December 2025 three case reviews were published. All of the children, families and places below are invented for testing.",
    entries=[_E[17], _E[18], _E[19]])
