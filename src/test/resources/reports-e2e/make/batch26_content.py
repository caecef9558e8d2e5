"""Batch 26 (issue 9, a fresh held-out batch written before it was first run): eight invented case-review reports in council
house templates no earlier batch uses, from mainstream routes (python-docx DOCX -> LibreOffice tagged and untagged, pandoc
DOCX -> LibreOffice, pandoc ODT -> LibreOffice, Chromium print of an HTML report with and without its own header/footer,
WeasyPrint).

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch21/24: ("h1", heading, type[, accept]), ("h2", text) a sub-heading (no section), ("p", text), ("items", type, [texts],
style); and
("quote", text, who) a family member's words set as a pull quote (no item);
("kpe", title, text) a key practice episode: a sub-heading and its paragraph (no section, no item);
("chron", [(date, agency, event)]) a chronology table (no items);
("ftable", [(finding, why it matters, question for the partnership)]) a SCIE-style findings table: each finding a learning
item, each question the partnership is asked to answer a recommendation item (the report's only recommendations);
("plan", [(recommendation, action, lead, timescale, evidence of impact)]) a multi-agency action plan; with restated=True it
restates recommendations stated in the body (no items), else its Recommendation column gives the recommendation items;
("easy", type or None, [(icon, text)]) easy-read rows, a picture beside one or two short sentences (items when typed);
("panel", [(name, role)]) a review panel membership table (no items);
("gloss", [(term, meaning)]) a glossary (no items).
Item texts are without their printed numbers or labels.
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CMR = "case_management_review"
DHR = "domestic_homicide_review"

GLOSSARY = [
    ("CAMHS", "Child and Adolescent Mental Health Services"),
    ("Child in need", "A child whose health or development is likely to suffer without the provision of services (section 17, Children Act 1989)"),
    ("Child protection plan", "A plan drawn up at a child protection conference setting out how a child will be kept safe"),
    ("EHCP", "Education, Health and Care Plan"),
    ("Early help", "Support offered to a family by one or more agencies before problems become more serious"),
    ("GP", "General practitioner"),
    ("ICB", "Integrated Care Board"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("MARAC", "Multi-Agency Risk Assessment Conference, a meeting about victims of domestic abuse at high risk of serious harm"),
    ("Strategy discussion", "A discussion between children's social care, the police and health, and others as needed, when there is reason to suspect a child is suffering significant harm"),
    ("Team around the family", "A meeting of the practitioners working with a family, with the family, under an early help plan"),
]


def chronology(rows):
    return ("chron", rows)


# ---------- X1: Ashwell Brook: python-docx tagged; every body paragraph numbered by hand '3.14'; key practice episodes;
# landscape appendix action plan restating the recommendations
X1 = {
    "file": "ashwell-brook-lcspr-child-g.pdf", "producer": "python-docx DOCX -> libreoffice, tagged",
    "features": ["python-docx DOCX in a council house template (Arial 11 pt, 'Numbered para' style with a typed 'N.M' and a tab, "
                 "hanging 1.27 cm); Heading 1 '1. Introduction' teal 14 pt with the number typed; LibreOffice 7.4 tagged export",
                 "'Key Practice Episodes' as shaded Heading 2 'KPE 1: ...' sub-headings, each a numbered paragraph",
                 "'Analysis by theme' with plain Heading 2 themes (no label)",
                 "learning points and recommendations are numbered paragraphs like every other paragraph ('6.2', '8.3'), "
                 "introduced by an unnumbered lead-in",
                 "'Appendix A: Multi-agency action plan' in a landscape section: a five-column table Recommendation | Action | "
                 "Lead | Timescale | Evidence of impact restating the recommendations (no items)",
                 "cover with a partnership block and 'Date of publication:'; footer 'OFFICIAL - Ashwell Brook LCSPR Child G' "
                 "and 'Page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child G", "child_name": "Child G", "review_type": CSPR,
              "area": "Ashwell Brook", "year": 2025, "partnership": "Ashwell Brook Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This local child safeguarding practice review was commissioned by the Ashwell Brook Safeguarding Children Partnership "
              "following the serious injury of Child G, a boy aged eleven months, in November 2023. Child G was taken to hospital by "
              "ambulance with a skull fracture and bleeding on the brain. Medical opinion was that the injuries were inflicted."),
        ("p", "The rapid review held in December 2023 concluded that the case met the criteria for a local review because of "
              "concerns about the way agencies had worked together to understand the risks to Child G in the months before he "
              "was hurt. The National Child Safeguarding Practice Review Panel agreed with that decision."),
        ("p", "The partnership wishes to express its sympathy to Child G's wider family. Child G has recovered better than was first "
              "feared and now lives with his paternal grandparents under a special guardianship order."),
        ("h1", "2. Terms of reference and methodology", "methodology"),
        ("p", "The review covered the period from the mother's booking for antenatal care in July 2022 to Child G's admission to "
              "hospital. Earlier information about either parent was considered where it helped to understand what happened."),
        ("p", "The key lines of enquiry were: how well agencies understood the history of each parent; whether the father's role "
              "in Child G's care was known and assessed; how the move between local authorities affected the help offered; and "
              "how concerns raised by the wider family were heard and acted upon."),
        ("p", "The independent reviewer read agency chronologies and records from eight agencies, held a learning event with "
              "twenty-three practitioners and managers in February 2024, and spoke to Child G's paternal grandmother and to "
              "the mother. The father declined to take part. Criminal proceedings concluded in May 2024."),
        ("h1", "3. Background", "background"),
        ("p", "Child G's mother was nineteen when he was born. She had been looked after by a neighbouring local authority from "
              "the age of thirteen and was supported by a personal adviser from its leaving care service. Child G's father was "
              "twenty-four. He had a conviction for an assault on a previous partner in 2020 and had served a community order."),
        ("p", "The parents lived together in a one-bedroom flat in the neighbouring authority until Child G was five months old, "
              "when they moved to Ashwell Brook to be nearer the father's family. Child G had an older half-sibling on his "
              "father's side who lived with her own mother and had no contact with the father."),
        ("h1", "4. Key Practice Episodes", "background", ["findings"]),
        ("p", "The review identified five key practice episodes: periods or events that were significant to the way the case "
              "unfolded and that offer learning for the partnership."),
        ("kpe", "KPE 1: Antenatal care, July to December 2022",
         "The midwife booked the mother at ten weeks and recorded that she was a care leaver. She asked about domestic abuse when "
         "the mother attended alone and the mother said there was none. The father's name was recorded but no enquiry was made "
         "about his history. A referral for additional antenatal support was made and the mother attended most appointments."),
        ("kpe", "KPE 2: The birth and the first weeks, January to February 2023",
         "Child G was born at thirty-eight weeks. The health visitor completed the new birth visit at home and noted that the "
         "father answered most of the questions. She rated the family as needing universal plus support. The leaving care "
         "personal adviser visited twice and recorded that the mother seemed tired but was coping well with the baby."),
        ("kpe", "KPE 3: The police call-out, April 2023",
         "Neighbours called the police after hearing shouting and a baby crying. Officers attended, saw Child G asleep in a cot and "
         "spoke to both parents separately. The mother said there had been an argument about money. A domestic abuse risk "
         "assessment was completed and graded standard. A notification was sent to the neighbouring authority's front door and "
         "was closed with no further action because the family had been seen and the risk was graded standard."),
        ("kpe", "KPE 4: The move to Ashwell Brook, June to July 2023",
         "The family moved to a privately rented flat in Ashwell Brook. The health visiting record was transferred electronically "
         "but the receiving health visitor did not hold a transfer-in contact for six weeks. The leaving care service continued "
         "to support the mother at a distance, by telephone. The GP registration was completed in July."),
        ("kpe", "KPE 5: The grandmother's concerns, September to November 2023",
         "Child G's paternal grandmother telephoned the Ashwell Brook front door in September 2023. She said the father was "
         "drinking heavily and was 'rough' with the baby, and that she had seen a bruise on Child G's arm. The call was recorded "
         "as information only because the grandmother did not want to be named to the parents, and an early help offer was sent "
         "to the mother by letter. Nine weeks later Child G was admitted to hospital."),
        ("h1", "5. Analysis by theme", "findings"),
        ("h2", "Knowing about fathers and other men in the household"),
        ("p", "Practitioners in the antenatal and postnatal periods knew the father's name and saw him at home, but no agency "
              "asked about his history. The police national computer would have shown his conviction for assaulting a previous "
              "partner. The learning event heard that practitioners feel it is intrusive to ask a father about his past when the "
              "mother is the patient or the client, and that there is no routine prompt to do so."),
        ("p", "National reviews have repeatedly found that men who are caring for babies are invisible to services. In this case "
              "the father was visible, present and talkative, but what was known about him was not brought together."),
        ("h2", "The effect of moving between local authorities"),
        ("p", "The move to Ashwell Brook took place shortly after the only police call-out. The neighbouring authority's decision "
              "to close the notification meant that nothing followed the family across the border except a health visiting "
              "record. Practitioners at the learning event described the first weeks after a move as a period when families "
              "can fall between services, particularly where the family is not open to children's social care."),
        ("h2", "Hearing the concerns of relatives"),
        ("p", "The grandmother's call was the clearest warning in the case. Her wish not to be named was respected, but it became "
              "a reason not to act. The practice guidance in use at the time did not say how to respond to anonymous or "
              "protected information from a family member, and the call handler did not consult a social worker."),
        ("p", "Bruising on a baby who is not yet walking is rare and is always a cause for concern. The partnership's guidance on "
              "bruising in non-mobile children was written for practitioners who see a bruise themselves, not for reports made "
              "by others, and so it was not applied."),
        ("h2", "Care leavers as young parents"),
        ("p", "The mother's personal adviser knew her well and was a trusted source of support. The adviser was not invited to "
              "any meeting about Child G and was not told of the police call-out. Young parents who have been in care may be "
              "reluctant to share worries with professionals who have the power to start child protection procedures."),
        ("h1", "6. Learning", "learning"),
        ("p", "The review identified the following learning for the partnership and its agencies."),
        ("items", "learning", [
            "Every practitioner working with a pregnant woman or a new baby should find out who else is caring for the baby and what is known about them.",
            "A domestic abuse incident in a household with a baby under one year old is a significant event even when the risk is graded standard and the baby is seen.",
            "The weeks after a family moves to a new area are a time of heightened risk, when what one authority knew may not reach the next.",
            "Information from a relative about harm to a baby must be assessed by a qualified social worker, whether or not the relative agrees to be named.",
            "Reports of bruising on a non-mobile baby made by someone other than a practitioner should be treated in the same way as bruising seen directly.",
            "Leaving care personal advisers hold knowledge about young parents that other agencies need and do not always ask for."],
         "numpara"),
        ("h1", "7. Good practice", "good_practice"),
        ("p", "The review also found examples of practice that the partnership wishes to recognise."),
        ("items", "good_practice", [
            "The midwife made a timely referral for additional antenatal support for a young mother who had been in care.",
            "The police officers who attended in April 2023 saw Child G and spoke to each parent separately.",
            "The hospital's child protection team and the police worked closely together from the first day of Child G's admission."],
         "bullets"),
        ("h1", "8. Recommendations", "recommendations"),
        ("p", "The review makes five recommendations to the Ashwell Brook Safeguarding Children Partnership."),
        ("items", "recommendations", [
            "The partnership should ensure that midwifery and health visiting records prompt practitioners to ask about, and record, every adult caring for a baby.",
            "The police and children's social care should agree with neighbouring authorities how notifications about babies under one are followed up when a family moves.",
            "The partnership should revise its front door practice guidance so that information from relatives who ask not to be named is reviewed by a social worker on the same day.",
            "The partnership's guidance on bruising in non-mobile babies should be extended to cover bruising reported by family members or members of the public.",
            "Children's social care should ensure that leaving care personal advisers are told of, and invited to contribute to, any safeguarding enquiry about a young parent they support."],
         "numpara"),
        ("h1", "9. Conclusion", "conclusion"),
        ("p", "Child G's injuries could not have been predicted with certainty. But there were missed chances to understand his "
              "father's history and to act on a clear warning from a relative. The learning from this review is relevant to every "
              "agency that works with babies and their parents, and the partnership has accepted all five recommendations."),
        ("h1", "Appendix A: Multi-agency action plan", "appendix", ["recommendations"]),
        ("plan", True, [
            ("The partnership should ensure that midwifery and health visiting records prompt practitioners to ask about, and record, every adult caring for a baby.",
             "Add a mandatory 'adults caring for the baby' field to the maternity and health visiting templates", "ICB designated nurse", "March 2025",
             "Audit of 50 records shows the field completed in 90% or more"),
            ("The police and children's social care should agree with neighbouring authorities how notifications about babies under one are followed up when a family moves.",
             "Write a cross-border protocol with the three neighbouring partnerships", "Head of MASH", "June 2025",
             "Protocol signed; dip sample of cross-border notifications"),
            ("The partnership should revise its front door practice guidance so that information from relatives who ask not to be named is reviewed by a social worker on the same day.",
             "Revise the front door guidance and brief call handlers", "Service manager, front door", "January 2025",
             "Monthly audit of information-only contacts"),
            ("The partnership's guidance on bruising in non-mobile babies should be extended to cover bruising reported by family members or members of the public.",
             "Revise the bruising protocol; seven-minute briefing for all agencies", "Partnership business manager", "February 2025",
             "Protocol published; briefing attendance figures"),
            ("Children's social care should ensure that leaving care personal advisers are told of, and invited to contribute to, any safeguarding enquiry about a young parent they support.",
             "Add a prompt to the strategy discussion record; include personal advisers in MASH training", "Head of service, leaving care", "April 2025",
             "Survey of personal advisers after six months"),
        ]),
        ("h1", "Appendix B: Glossary", "appendix", ["other"]),
        ("gloss", GLOSSARY),
    ],
}

# ---------- X2: Merrowfield: SCIE Learning Together; pandoc DOCX -> LibreOffice untagged; findings table whose questions are
# the only recommendations
X2 = {
    "file": "merrowfield-scr-child-c.pdf", "producer": "pandoc DOCX -> libreoffice, untagged",
    "features": ["pandoc 2.17 DOCX (its reference styles) with --number-sections (the '1' typed by pandoc), LibreOffice 7.4 "
                 "untagged export with no outline",
                 "a serious case review in the SCIE 'Learning Together' systems model: 'Appraisal of professional practice' then "
                 "'Systems findings'",
                 "the systems findings are a three-column pipe table Finding | Why it matters | Question for the partnership: "
                 "each finding a learning item and each question the partnership is asked to answer a recommendation item (the "
                 "report has no other recommendations)",
                 "cover as the DOCX title block (Title, Subtitle, Author, Date styles)", "'Appendix 1: Terms of reference' and "
                 "'Appendix 2: Glossary' as numbered-off headings"],
    "cover": {"title": "Serious Case Review: Child C", "child_name": "Child C", "review_type": SCR,
              "area": "Merrowfield", "year": 2019, "partnership": "Merrowfield Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This serious case review concerns Child C, a girl who was fifteen when she died in March 2018 after taking an "
              "overdose of prescribed medication that belonged to a relative. Child C had been known to children's social care, "
              "child and adolescent mental health services and her school for more than three years."),
        ("p", "The Merrowfield Local Safeguarding Children Board decided in April 2018 that the criteria for a serious case review "
              "were met, because Child C had died, abuse or neglect was suspected to have been a factor, and there was cause for "
              "concern about the way the agencies had worked together."),
        ("p", "The Board chose to use the Social Care Institute for Excellence (SCIE) Learning Together model, which looks beyond "
              "what happened in one case to the features of the local system that make good practice more or less likely."),
        ("h1", "The Learning Together model", "methodology"),
        ("p", "The Learning Together model is a systems approach. It treats the case as a window on the system: the aim is to "
              "understand why practitioners acted as they did, what made sense to them at the time, and which patterns in the "
              "way the system works would be likely to affect other children too."),
        ("p", "A review team of senior managers from each agency, none of whom had direct involvement in the case, worked with two "
              "lead reviewers accredited by SCIE. The team held individual conversations with eighteen practitioners and "
              "managers (the case group), who then met twice to check the emerging findings."),
        ("p", "The review team met Child C's mother and her aunt. They spoke about a bright and funny girl who loved animals and "
              "who, in her last year, told her family that nobody could help her. Their views are reflected throughout."),
        ("h1", "The case in brief", "background"),
        ("p", "Child C lived with her mother and two younger brothers. Her father had left the family when she was six; there had "
              "been domestic abuse. From the age of twelve Child C self-harmed by cutting and was referred to CAMHS three times. "
              "Twice the referral was closed after she did not attend a first appointment."),
        ("p", "In 2016 Child C disclosed to a teacher that an older boy had pressured her into sending images of herself. The "
              "school referred to children's social care and the police. A child and family assessment concluded that she was a "
              "child in need, and a plan was in place for seven months before the case was closed when Child C said she no "
              "longer wanted a social worker."),
        ("p", "In the autumn of 2017 Child C's attendance at school fell to fifty per cent. She was seen twice in the emergency "
              "department after taking overdoses of paracetamol. On both occasions she was assessed by the liaison psychiatry "
              "team and discharged with a CAMHS follow-up appointment. She died three weeks after the second attendance."),
        ("h1", "Appraisal of professional practice", "findings"),
        ("p", "The review team found much that was done well. The school's designated safeguarding lead knew Child C well and "
              "referred promptly every time she disclosed harm. The emergency department staff were kind to Child C and her "
              "mother and followed the self-harm pathway."),
        ("p", "However, each agency saw a part of Child C's life and none saw the whole. CAMHS saw missed appointments; the school "
              "saw a falling attendance and a girl who was withdrawn in lessons; the emergency department saw two separate "
              "overdoses, each treated as an episode. Children's social care saw a teenager who did not want a social worker."),
        ("p", "The practitioners the review team spoke to were committed and thoughtful. Several described feeling that they were "
              "holding a great deal of worry about Child C with nowhere to take it once the child in need plan had closed."),
        ("p", "Child C's mother told the review that she had been asked to bring her daughter to appointments that her daughter "
              "refused to attend, and that she had felt blamed when Child C did not go."),
        ("h1", "Systems findings", "findings", ["learning"]),
        ("p", "The review identified five systems findings. Each is set out below with the reasons it matters beyond this case and "
              "the question the Board is asked to answer. In keeping with the Learning Together model, the review does not make "
              "recommendations: the Board is asked to decide how to respond to each question and to publish its response."),
        ("ftable", [
            ("Referrals to CAMHS for young people who self-harm are routinely closed when a first appointment is missed, so the young people least able to engage are the most likely to lose help.",
             "Missing appointments is itself a sign of distress in a young person who self-harms, and closure sends the case back to the referrer.",
             "How will the Board be assured that young people who self-harm and do not attend are followed up rather than discharged?"),
            ("Child in need plans for adolescents are closed when the young person withdraws consent, without a plan for who will keep the risks under review.",
             "Teenagers often reject help when they most need it, and a closed plan leaves practitioners holding risk alone.",
             "What should happen, and who should decide, when an older child says they no longer want a social worker?"),
            ("Repeat attendances at the emergency department for self-harm are assessed as separate episodes, and the pattern is not shared with the school or the GP.",
             "A second overdose within weeks is a known marker of increased risk of suicide.",
             "How can the hospital, the GP and the school be told of a pattern of repeat self-harm in time to act together?"),
            ("Falling school attendance in a child known to have self-harmed is managed as an attendance matter rather than a safeguarding one.",
             "School is often the one place where a withdrawn teenager is seen every day by adults who know them.",
             "How will the Board make sure that attendance procedures take account of a child's known mental health and safeguarding history?"),
            ("Parents are expected to secure their teenager's attendance at mental health appointments, and are seen as the reason for non-attendance.",
             "Parents of distressed teenagers often have little power over attendance and can feel blamed and shut out.",
             "How will agencies involve parents in planning for a teenager who self-harms, rather than relying on them to ensure attendance?"),
        ]),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child C's death was a tragedy for her family and for the practitioners who knew her. The review has not found a "
              "single point at which her death could have been prevented. It has found ways in which the local system made it "
              "harder for practitioners to see the whole of Child C's life and to keep help in place when she pushed it away."),
        ("h1", "Appendix 1: Terms of reference", "appendix", ["methodology"]),
        ("p", "The review was asked to consider: how well agencies understood Child C's mental health and the risks she faced; how "
              "the child in need plan was made, reviewed and closed; how information about self-harm was shared between the "
              "hospital, CAMHS, the GP and the school; and how Child C's mother was supported and involved."),
        ("p", "The period under review was January 2015 to March 2018. The review team met between June and November 2018 and the "
              "report was presented to the Board in February 2019."),
        ("h1", "Appendix 2: Glossary", "appendix", ["other"]),
        ("gloss", GLOSSARY[:7]),
    ],
}

# ---------- X3: Pellow Vale easy read: Chromium tagged; a picture beside each idea; 'What happened' / 'What we learned' /
# 'What we will do'
EASY_HAPPENED = [
    ("house", "Child A is a boy. He was 9 years old."),
    ("house", "He lived with his mum and his two sisters."),
    ("school", "Child A went to a special school. He has autism and he does not use many words."),
    ("sad", "Child A's mum was often very unwell. She found it hard to look after the children."),
    ("house", "The house was very untidy and there was not always food."),
    ("doctor", "In 2023 Child A was very ill. He had not been eating properly for a long time."),
    ("hospital", "He went to hospital and stayed there for three weeks."),
    ("people", "Child A is getting better now. He lives with foster carers."),
]
X3 = {
    "file": "pellow-vale-cspr-child-a-easy-read.pdf", "producer": "chromium, tagged",
    "features": ["easy read version of a local child safeguarding practice review, printed by Chromium headless (tagged)",
                 "Arial-like 16 pt body, one idea per row: a drawn picture (inline SVG) in a 30 mm cell beside one or two short "
                 "sentences (CSS flex rows, no table, no list)",
                 "question-free statement headings 'What happened', 'What we learned', 'What we will do', 'What went well'",
                 "learning, good practice and recommendations are the picture rows of their sections",
                 "'Words to know' glossary with bold words; 'Who can help' page; footer 'Easy read - Page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child A - Easy read", "child_name": "Child A", "review_type": CSPR,
              "area": "Pellow Vale", "year": 2024, "partnership": "Pellow Vale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "About this booklet", "introduction"),
        ("easy", None, [
            ("book", "This booklet is about a review. A review means looking carefully at what happened."),
            ("people", "The review was done by the Pellow Vale Safeguarding Children Partnership."),
            ("people", "The partnership is the council, the police and the health services working together to keep children safe."),
            ("book", "This is the easy read version. There is a longer report too."),
            ("help", "We explain some words on the page called Words to know.")]),
        ("h1", "What happened", "background"),
        ("easy", None, EASY_HAPPENED),
        ("h1", "How we did the review", "methodology"),
        ("easy", None, [
            ("people", "A reviewer called Hannah led the review. She does not work for any of the services."),
            ("book", "Hannah read what the services wrote down about Child A and his family."),
            ("talk", "She talked to 20 people who worked with the family."),
            ("talk", "She talked to Child A's mum and his grandad."),
            ("heart", "Child A cannot tell us in words what he thinks. Hannah met him with his foster carer and watched him play.")]),
        ("h1", "What went well", "good_practice"),
        ("easy", "good_practice", [
            ("school", "Child A's teachers knew him well and noticed when he was hungry."),
            ("doctor", "The hospital team looked after Child A well and made sure he was safe."),
            ("people", "The foster carers learned how Child A tells them what he needs.")]),
        ("h1", "What we learned", "learning"),
        ("easy", "learning", [
            ("eye", "Workers did not see what life was like for Child A at home every day."),
            ("talk", "Workers talked to Child A's mum but did not find other ways to hear from Child A."),
            ("sad", "Workers were kind to mum but forgot to think about the children first."),
            ("clock", "The family's problems went on for a long time. Nobody stepped back to look at the whole picture."),
            ("school", "The school was worried but did not know how to make other services listen."),
            ("people", "Services did not meet together often enough to share what they knew.")]),
        ("h1", "What we will do", "recommendations"),
        ("easy", "recommendations", [
            ("book", "We will make new guidance to help workers see what a child's day is really like at home."),
            ("heart", "We will train workers to understand children who do not use words to tell us how they feel."),
            ("eye", "We will check that workers think about the children first when a parent is ill."),
            ("school", "We will make it easier for schools to tell other services when they are worried, and be heard."),
            ("people", "We will make sure services meet together when a child has been worried about for a long time.")]),
        ("h1", "Words to know", "appendix", ["other"]),
        ("easy", None, [
            ("book", "Autism - a difference in how a person's brain works. It can make talking and new places hard."),
            ("house", "Foster carers - people who look after a child when the child cannot live at home."),
            ("people", "Partnership - services working together."),
            ("book", "Review - looking carefully at what happened so we can learn.")]),
        ("h1", "Who can help", "other"),
        ("easy", None, [
            ("talk", "If you are worried about a child, call the Children's Front Door on 01000 111222."),
            ("help", "In an emergency call 999."),
            ("talk", "Childline is for children and young people. Call 0800 1111. It is free.")]),
    ],
}

# ---------- X4: Bannmore CMR: pandoc DOCX -> LibreOffice tagged; footnoted references; a family's words in pull quotes;
# paragraphs numbered '3.14' typed throughout
X4 = {
    "file": "bannmore-cmr-child-k.pdf", "producer": "pandoc DOCX -> libreoffice, tagged",
    "features": ["pandoc 2.17 DOCX with a reference document whose Block Text style is a 13 pt italic teal pull quote with a "
                 "left rule; LibreOffice 7.4 tagged export",
                 "Northern Ireland Case Management Review (SBNI, Health and Social Care Trust, PSNI, Gateway team, UNOCINI)",
                 "every body paragraph numbered with its section number typed ('3.4'), headings typed '3.0 Background'",
                 "footnoted references (pandoc footnotes -> Word footnotes at the page foot), none inside an item",
                 "the mother's and the aunt's words in pull quotes between paragraphs (no items)",
                 "learning and recommendations as numbered paragraphs ('7.2', '8.1') under an unnumbered lead-in"],
    "cover": {"title": "Case Management Review: Child K - Executive Summary", "child_name": "Child K", "review_type": CMR,
              "area": "Northern Ireland", "year": 2022, "partnership": "Safeguarding Board for Northern Ireland"},
    "blocks": [
        ("h1", "1.0 Introduction", "introduction"),
        ("p", "This is the executive summary of a Case Management Review (CMR) carried out under the Safeguarding Board for "
              "Northern Ireland (Case Management Reviews) Regulations. Child K was a boy of two years and four months who was "
              "admitted to hospital in January 2021 with severe malnutrition and injuries consistent with neglect.[^1]"),
        ("p", "The Case Management Review Panel of the SBNI recommended that a CMR be undertaken because Child K had suffered "
              "serious harm and there were concerns about the way in which agencies had worked together."),
        ("h1", "2.0 Terms of reference and process", "methodology"),
        ("p", "The review examined the involvement of the Bannmore Health and Social Care Trust, the PSNI, the Education Authority, "
              "the family's GP practice and a voluntary sector family support project from the start of the mother's pregnancy in "
              "2018 until Child K's admission to hospital."),
        ("p", "The independent chair and the panel read the agencies' reports, met practitioners in two reflective sessions and "
              "met Child K's mother and maternal aunt. The work took place during the COVID-19 pandemic, which also shaped the "
              "events under review.[^2]"),
        ("h1", "3.0 Background", "background"),
        ("p", "Child K is the youngest of four children. His mother cared for the children alone after the father returned to "
              "live in England in 2019. The family lived in a rural area eleven miles from the nearest town and did not have a car."),
        ("p", "The older children attended a small primary school. Child K had been seen by the health visitor at his one-year "
              "review, when his weight was on the ninth centile. The next planned contact, the two-year review, was delayed and "
              "then held by telephone because of restrictions."),
        ("quote", "Nobody came to the house for a year. I kept saying we were fine because I thought they would take them off me.", "Child K's mother"),
        ("p", "In October 2020 the school made a referral to the Gateway team because the older children were arriving hungry and "
              "in the same clothes for days. A UNOCINI assessment was started.[^3] The social worker visited once, on the doorstep, "
              "and saw Child K in his mother's arms. The assessment concluded that the family needed family support."),
        ("p", "The family support project offered telephone calls and food parcels. Between November 2020 and January 2021 the "
              "project worker spoke to the mother nine times by telephone but did not see the children."),
        ("quote", "I rang three times to say something was wrong with the wee one. Every time they said a worker was involved.", "Child K's aunt"),
        ("h1", "4.0 Analysis", "findings"),
        ("p", "The panel found that the pandemic restrictions explain some, but not all, of what happened. Guidance at the time "
              "allowed face-to-face visits where a child was at risk of harm, and other families in the same Trust area were "
              "visited at home.[^4]"),
        ("p", "The assessment relied on the mother's account and on a sight of Child K on the doorstep. Nobody weighed him or saw "
              "him move around. The school's information about the older children was the clearest sign of neglect but it was not "
              "connected with the health visitor's knowledge of Child K's faltering weight."),
        ("p", "The aunt's three calls were each logged as a contact on an open case and passed to the allocated worker. No one "
              "called her back. The panel heard that family members are not routinely seen as a source of information about "
              "children, and that calls about open cases go to busy workers without being weighed by a manager."),
        ("p", "Practitioners described working under great pressure, with staff absent through illness and a large number of new "
              "referrals. The panel recognises this. It also notes that the tools practitioners had, in particular the neglect "
              "assessment tool, were not used."),
        ("h1", "5.0 Good practice", "good_practice"),
        ("p", "The panel identified the following good practice."),
        ("items", "good_practice", [
            "The school's principal made a clear and detailed referral, and followed it up when she had heard nothing after two weeks.",
            "Ward staff at the hospital recognised the signs of long-standing neglect immediately and called the Gateway team on the day of admission."],
         "numpara"),
        ("h1", "6.0 Learning", "learning"),
        ("p", "The panel identified four key areas of learning for the SBNI and its member agencies."),
        ("items", "learning", [
            "Seeing a young child only briefly, on a doorstep or in a parent's arms, is not seeing the child; practitioners need to see the child's body, weight and development.",
            "Neglect is cumulative, and information from schools about older siblings can be the first sign that a younger child at home is at risk.",
            "Relatives who raise concerns are an important source of information and should be spoken to directly, even when a case is already open.",
            "When services are restricted, the families who are hardest to reach need more contact, not less, and managers need to know which families those are."],
         "numpara"),
        ("h1", "7.0 Recommendations", "recommendations"),
        ("p", "The panel makes the following recommendations."),
        ("items", "recommendations", [
            "The Bannmore Health and Social Care Trust should ensure that every UNOCINI assessment of a child under five includes a face-to-face sighting of the child in the home.",
            "The SBNI should promote the use of the neglect assessment tool across all member agencies, with refresher training for practitioners in the Gateway teams.",
            "The Trust should introduce a process by which calls from relatives about open cases are reviewed by a senior practitioner within one working day.",
            "The Health and Social Care Board should review how health visiting contacts missed during the pandemic were identified and recovered.",
            "The SBNI should seek assurance from member agencies that business continuity plans identify children who must continue to be seen in person."],
         "numpara"),
        ("h1", "8.0 Conclusion", "conclusion"),
        ("p", "Child K has made a good recovery in the care of his aunt. His mother has engaged well with the support now offered. "
              "The SBNI has accepted the recommendations and will monitor the action plan through its Case Management Review "
              "Panel."),
        ("h1", "Appendix 1: Membership of the CMR panel", "appendix", ["methodology"]),
        ("panel", [("Independent chair", "Dr Niamh Quigley-Arkwright"), ("Assistant Director, Family and Childcare", "Bannmore HSC Trust"),
                   ("Detective Chief Inspector, Public Protection Branch", "PSNI"), ("Designated Nurse, Safeguarding", "Public Health Agency"),
                   ("Head of Child Protection Support Service", "Education Authority"), ("Service Manager", "Voluntary sector family support project"),
                   ("CMR Manager", "SBNI")]),
        ("h1", "Appendix 2: Glossary", "appendix", ["other"]),
        ("gloss", [("CMR", "Case Management Review"), ("Gateway team", "The Trust's first point of contact for referrals about children"),
                   ("HSC Trust", "Health and Social Care Trust"), ("PSNI", "Police Service of Northern Ireland"),
                   ("SBNI", "Safeguarding Board for Northern Ireland"),
                   ("UNOCINI", "Understanding the Needs of Children in Northern Ireland, the regional assessment framework")]),
    ],
    "notes": {
        "1": "The Safeguarding Board for Northern Ireland (Case Management Reviews) Regulations (Northern Ireland) 2019.",
        "2": "Department of Health, 'COVID-19: Guidance for children's social care services', issued March 2020 and updated.",
        "3": "UNOCINI: Understanding the Needs of Children in Northern Ireland, the assessment framework used by all agencies.",
        "4": "Bannmore HSC Trust, business continuity plan for family and childcare services, April 2020.",
    },
}

# ---------- X5: Irish National Review Panel: WeasyPrint; chronology table; footnotes; roman-numbered key findings
X5 = {
    "file": "nrp-review-young-person-ciara.pdf", "producer": "weasyprint",
    "features": ["WeasyPrint 57.2 (untagged), Liberation Serif 11.5 pt; an Irish National Review Panel review (Tusla, An Garda "
                 "Síochána, HSE, Children First, aftercare)",
                 "cover title 'Review of a serious incident concerning a young person in receipt of aftercare services: Ciara'",
                 "headings numbered by CSS counters (generated '5.'), a chronology table Date | Agency | Event over two pages "
                 "with its header row repeated",
                 "footnotes by `float: footnote` at the page foot", "'Key findings and learning' as a roman-numbered list "
                 "'(i)' .. '(v)'; recommendations a numbered list"],
    "cover": {"title": "Review of a serious incident concerning a young person in receipt of aftercare services: Ciara",
              "child_name": "Ciara", "review_type": "other", "area": "Slievebrack and Moyne", "year": 2023,
              "partnership": "National Review Panel"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This review was carried out by the National Review Panel (NRP), which reviews the deaths and serious incidents "
              "involving children in care, children known to the child protection system and young people in receipt of aftercare "
              "services.[[NOTE:Tusla - Child and Family Agency, Guidance for the National Review Panel, 2019.]]"),
        ("p", "Ciara was eighteen when she was found seriously injured in a flat in a town in the Slievebrack and Moyne area in "
              "June 2022. She had been in the care of the Child and Family Agency from the age of eleven and had left care six "
              "months before the incident. She survived, and she agreed to meet the reviewers."),
        ("h1", "Terms of reference", "methodology"),
        ("p", "The terms of reference were to review the involvement of Tusla and other relevant agencies with Ciara; to examine "
              "the quality of the services provided, in particular aftercare planning; and to identify any learning for the "
              "Agency and for partner agencies."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review was conducted by two members of the panel. They read the social work file and the aftercare file, "
              "met the social workers, aftercare worker, the foster carers and the principal social worker, and received "
              "written information from An Garda Síochána and the HSE mental health services. They met Ciara twice."),
        ("h1", "Background", "background"),
        ("p", "Ciara came into care with her younger brother after a long period of neglect and exposure to parental alcohol misuse. "
              "She lived with one foster family for five years and then, after the placement broke down when she was sixteen, in "
              "two residential centres. She completed her Leaving Certificate while living in the second centre."),
        ("p", "From the age of fifteen there were concerns that Ciara was being exploited by older men. She was reported missing "
              "from care on twenty-three occasions. A child sexual exploitation concern was notified to An Garda Síochána in 2020."
              "[[NOTE:Children First: National Guidance for the Protection and Welfare of Children, 2017, chapter 3.]]"),
        ("h1", "Chronology of involvement", "background"),
        ("chron", [
            ("March 2015", "Tusla", "Ciara and her brother received into care under an interim care order."),
            ("May 2015", "Tusla", "Placed together with a relative foster family; full care order granted in November."),
            ("2016-2019", "Tusla / school", "Stable placement; good school attendance; contact with mother supervised monthly."),
            ("April 2020", "Tusla", "Placement breaks down after conflict with foster carers; Ciara moves to a residential centre."),
            ("July 2020", "An Garda Síochána", "First of twenty-three missing reports; found in a flat with two adult men."),
            ("September 2020", "Tusla", "Notification of suspected child sexual exploitation to An Garda Síochána."),
            ("November 2020", "HSE", "Referred to CAMHS after self-harm; attends two appointments."),
            ("March 2021", "Tusla", "Moves to a second residential centre nearer her school."),
            ("June 2021", "Tusla", "Aftercare worker allocated; first needs assessment meeting held."),
            ("September 2021", "Tusla", "Aftercare plan agreed: supported lodgings to be sought; none available."),
            ("December 2021", "Tusla", "Ciara turns eighteen and moves into a private rented flat found by a relative."),
            ("February 2022", "Tusla", "Aftercare worker visits; Ciara reports a new boyfriend aged thirty-four."),
            ("April 2022", "An Garda Síochána", "Called to the flat after a report of a disturbance; no complaint made."),
            ("May 2022", "Tusla", "Aftercare worker on extended leave; cases held by the team leader."),
            ("June 2022", "An Garda Síochána / HSE", "Ciara found seriously injured; admitted to hospital; a man is arrested."),
        ]),
        ("h1", "Analysis", "findings"),
        ("p", "The care Ciara received from her foster family and from the staff of the second residential centre was consistent "
              "and warm, and she spoke of them with affection. The reviewers were struck by what she achieved in school during a "
              "difficult time."),
        ("p", "The concerns about exploitation were recognised and notified, but the response focused on Ciara's missing episodes "
              "rather than on the men she went missing with. There was no strategy for disrupting the men's contact with her."),
        ("p", "Aftercare planning began late, six months before Ciara turned eighteen, and the plan depended on a supported lodging "
              "that did not exist. When she moved to a private flat there was no assessment of the risks in the new area or of "
              "the new relationship she disclosed."),
        ("p", "When the aftercare worker went on leave, no one contacted Ciara for five weeks. The Garda call-out in April 2022 was "
              "not shared with Tusla because Ciara was an adult and had not made a complaint."),
        ("h1", "Key findings and learning", "learning", ["findings"]),
        ("items", "learning", [
            "Young people who have been exploited while in care remain at risk after they turn eighteen, and aftercare plans need to address that risk directly.",
            "Aftercare planning that starts late and relies on accommodation that is not available leaves a young person to find their own way.",
            "Responses to missing episodes should focus on the people and places a young person goes missing to, not only on finding them.",
            "Cover arrangements for aftercare workers on leave must include contact with young people assessed as vulnerable.",
            "Information about domestic incidents involving care leavers under twenty-one is not routinely shared with aftercare services."],
         "roman"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Tusla should ensure that aftercare planning for young people with a history of exploitation begins no later than sixteen and includes a safety plan for the transition to adulthood.",
            "Tusla should review the availability of supported lodgings and step-down placements in the Slievebrack and Moyne area.",
            "Tusla and An Garda Síochána should agree a joint protocol for the disruption of adults who exploit children in care.",
            "Tusla should put in place cover arrangements so that every young person in aftercare who is assessed as vulnerable has a named contact at all times.",
            "Tusla and An Garda Síochána should explore how information about incidents involving care leavers under twenty-one can be shared with aftercare services, with the young person's consent where possible."],
         "numbered"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Ciara told the reviewers that leaving care felt like 'falling off a cliff'. She is now living in supported "
              "accommodation and has returned to college. The panel thanks her for her courage in taking part in this review."),
    ],
}

# ---------- X6: Kestle Moor: python-docx untagged; the body in a two-column Word section; unnumbered coloured headings
X6 = {
    "file": "kestle-moor-lcspr-siblings-t.pdf", "producer": "python-docx DOCX -> libreoffice, untagged",
    "features": ["python-docx DOCX in a council template: single-column cover and 'Summary' section, then a continuous section "
                 "break to a two-column Word section (w:cols num=2, 8 mm gap, separator line) for the body; LibreOffice 7.4 "
                 "untagged export, no outline",
                 "unnumbered Heading 1 in dark red small caps 13 pt; Georgia-like serif body 10.5 pt",
                 "learning as List Number items '1.' .. inside the column; good practice List Bullet; recommendations as "
                 "List Number items restarting at 1",
                 "children named 'Siblings T' on the cover; header 'Kestle Moor Safeguarding Partnership', footer "
                 "'Page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Siblings T", "child_name": "Siblings T", "review_type": CSPR,
              "area": "Kestle Moor", "year": 2024, "partnership": "Kestle Moor Safeguarding Partnership"},
    "blocks": [
        ("h1", "Foreword", "introduction", ["other"]),
        ("p", "As the independent scrutineer for the Kestle Moor Safeguarding Partnership, I introduce this review with a heavy "
              "heart. The four children at its centre lived for most of their lives in conditions that no child should "
              "experience, while many caring and committed professionals were involved with their family."),
        ("p", "The review does not look for someone to blame. It asks why eight years of help did not lead to lasting change, "
              "and what the partnership must do differently. I am grateful to the children's father and to the two eldest "
              "children, who told the reviewer what life was like for them, and to the practitioners who took part so openly."),
        ("p", "The partners have accepted every recommendation. I will ask for evidence, not assurance, that the changes have "
              "made a difference for children living with neglect in Kestle Moor. Rev. Alun Pryce-Denholm, Independent Scrutineer"),
        ("h1", "Summary", "summary"),
        ("p", "This review concerns four brothers and sisters, referred to as Siblings T, aged between three and twelve. In May 2023 "
              "the children were removed from their home under police protection after a teacher found the eldest child, aged "
              "twelve, caring alone for the youngest overnight. The house was found to be in a very poor condition, with no "
              "working heating and little food. The children had been known to services for eight years."),
        ("p", "The review found that agencies had repeatedly recognised neglect but had not acted on what they knew, that plans "
              "were closed when things briefly improved, and that the eldest child's role as a young carer went unseen."),
        ("h1", "Why we did this review", "introduction"),
        ("p", "The Kestle Moor Safeguarding Partnership decided to carry out a local child safeguarding practice review because "
              "the children had suffered serious harm through long-standing neglect, and because the partnership wanted to "
              "understand why eight years of involvement had not changed the children's lives."),
        ("h1", "How we did the review", "methodology"),
        ("p", "An independent reviewer worked with a panel of senior managers from children's social care, education, health, "
              "the police and housing. Agencies completed chronologies. Twenty-six practitioners took part in two learning "
              "events. The reviewer met the children's father and spoke to the eldest two children with their foster carers."),
        ("h1", "About the children", "background"),
        ("p", "The children lived with their mother and, for some of the time, their father. The mother has a learning disability "
              "and was diagnosed with depression after the birth of her third child. The father worked long hours away from home."),
        ("p", "The family were the subject of three child protection plans for neglect between 2015 and 2022, each ended after "
              "between six and eleven months when conditions at home improved. In between, the family were supported through "
              "early help and child in need plans."),
        ("p", "The eldest child took on more and more of the care of her younger brothers and sister. Her school attendance fell to "
              "seventy per cent in year 7, and she was often late. She told a teaching assistant that she had to 'do the little "
              "ones' in the mornings."),
        ("h1", "What we found", "findings"),
        ("p", "Each time a plan was closed the family's history was, in effect, set to zero. Assessments described the current "
              "position well but did not look back at the pattern, so improvements that had come and gone before were treated "
              "as new progress."),
        ("p", "Practitioners were sympathetic to the mother and worked hard to support her. But the support was designed around "
              "what she could manage, and the children's daily experience was not always the measure of whether it was working."),
        ("p", "The mother's learning disability was known, but no assessment was made of how it affected her ability to parent or "
              "of what kind of help she could use. Written agreements were used that she could not read."),
        ("p", "The eldest child was not identified as a young carer. Her lateness was dealt with through the school's attendance "
              "procedures, and a fixed penalty notice was considered."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Neglect must be judged over time: each assessment should set out the family's history and ask whether past improvements lasted.",
            "Plans for neglect should be measured by what has changed for the children day to day, not by whether parents have engaged with services.",
            "Parents with a learning disability need an assessment of how they can best be helped to parent, and support in a form they can use.",
            "Older children in neglectful families may be caring for their siblings and need to be recognised and supported as young carers.",
            "Lateness and poor attendance can be a sign of caring responsibilities at home and should lead to curiosity, not only to sanctions."],
         "numbered"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The family's health visitor kept in touch with the family for many years and built a trusting relationship with the mother.",
            "The teacher who found the eldest child alone with her brother acted immediately and stayed with the children until the police arrived.",
            "The foster carers have kept the four children in touch with each other and with their father."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should require that assessments of neglect include a chronology of previous plans and their outcomes.",
            "The partnership should adopt a neglect tool that measures the child's lived experience, and use it at the start and end of every plan.",
            "Children's social care and adult services should agree a joint pathway for assessing and supporting parents with a learning disability.",
            "Schools should be supported to identify young carers, and the young carers service should be told of every child identified."],
         "numbered"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Siblings T were let down not by a lack of involvement but by involvement that did not add up to change. The "
              "partnership has accepted the recommendations and will report progress to its executive group."),
        ("h1", "Appendix A: Key events", "appendix", ["background"]),
        ("chron", [
            ("2015", "Children's social care", "First child protection plan (neglect) after the health visitor finds the baby underweight and the house cold."),
            ("2016", "Children's social care", "Plan ended after ten months; conditions improved; step-down to early help."),
            ("2017", "Early help", "Team around the family meetings; the mother stops attending after four months; case closed."),
            ("2018", "School", "The eldest child's attendance falls; school nurse referral about head lice and weight."),
            ("2019", "Children's social care", "Second child protection plan (neglect); written agreement signed by both parents."),
            ("2020", "Children's social care", "Plan ended after six months during the first lockdown; child in need plan follows."),
            ("2021", "Health visiting", "Youngest child's development review: speech delay; referral to speech and language therapy not taken up."),
            ("2021", "Children's social care", "Third child protection plan (neglect) after police find the children alone at night."),
            ("2022", "Children's social care", "Plan ended after eleven months; the father has returned to the home."),
            ("2022", "School", "Fixed penalty notice considered for the eldest child's lateness; not issued."),
            ("2023", "School / police", "The eldest child found caring for the youngest overnight; police protection."),
        ]),
        ("h1", "Appendix B: Glossary", "appendix", ["other"]),
        ("gloss", GLOSSARY),
    ],
}

# ---------- X7: Harnley Cross DHR: pandoc ODT -> LibreOffice tagged; Home Office template sub-headings; review panel table
X7 = {
    "file": "harnley-cross-dhr-joanne.pdf", "producer": "pandoc ODT -> libreoffice, tagged",
    "features": ["pandoc 2.17 ODT writer (its own styles), converted by LibreOffice 7.4 with tagged export",
                 "Domestic Homicide Review overview report in the Home Office template: '1. Introduction' with many '1.N' "
                 "sub-headings (Timescales, Confidentiality, Dissemination ...), '2. Terms of reference and methodology' with "
                 "a review panel membership table",
                 "numbered headings typed ('1.', '1.1'); the children's experience of the abuse in the analysis",
                 "'7. Lessons to be learnt' as a numbered list; '8. Recommendations' split into 'Overview report "
                 "recommendations' and 'Single agency recommendations' sub-headings, numbering running on"],
    "cover": {"title": "Domestic Homicide Review: Joanne - Overview Report", "child_name": "", "review_type": DHR,
              "area": "Harnley Cross", "year": 2024, "partnership": "Harnley Cross Community Safety Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This domestic homicide review examines the response of agencies to Joanne, a woman aged thirty-six who was killed by "
              "her former partner at her home in Harnley Cross in February 2023. Joanne was the mother of two children, aged eight "
              "and thirteen, who were at home at the time."),
        ("p", "The Harnley Cross Community Safety Partnership extends its deepest sympathy to Joanne's children, her parents and "
              "her sister. The review has been carried out in memory of Joanne, who is described by her family as generous, "
              "determined and the centre of their lives. The name Joanne was chosen by her family."),
        ("h2", "1.1 Timescales"),
        ("p", "The Community Safety Partnership was notified of the homicide in February 2023 and decided to commission a review in "
              "March 2023. The review was delayed until the criminal trial had concluded in November 2023 and was completed in "
              "May 2024."),
        ("h2", "1.2 Confidentiality"),
        ("p", "The findings of the review are confidential until the Home Office Quality Assurance Panel has approved publication. "
              "Pseudonyms have been used for Joanne and the perpetrator, who is referred to as Mr P."),
        ("h2", "1.3 Dissemination"),
        ("p", "The report will be shared with Joanne's family, the agencies represented on the review panel, the Domestic Abuse "
              "Commissioner, the Harnley Cross Safeguarding Children Partnership and the Safeguarding Adults Board."),
        ("h1", "2. Terms of reference and methodology", "methodology"),
        ("p", "The review considered agency contact with Joanne, Mr P and the children from January 2018 to the date of the "
              "homicide. It asked how agencies identified and responded to domestic abuse, how risk was assessed, and how the "
              "children's experience was understood."),
        ("h2", "2.1 The review panel"),
        ("panel", [("Independent chair and author", "Dr Rosalind Achterberg"), ("Detective Inspector, Public Protection", "Harnley Cross Police"),
                   ("Head of Safeguarding", "Harnley Cross Integrated Care Board"), ("Service Manager", "Children's Social Care"),
                   ("Head of Service", "Harnley Cross Domestic Abuse Service"), ("Senior Probation Officer", "Probation Service"),
                   ("Designated Safeguarding Lead", "Harnley Cross Academy Trust"), ("Housing Options Manager", "Harnley Cross Council")]),
        ("h2", "2.2 Involvement of family and friends"),
        ("p", "The chair met Joanne's parents and sister three times and spoke with a close friend. Joanne's elder child chose to "
              "share his views through a letter, which is quoted with his permission."),
        ("h1", "3. Background information", "background"),
        ("p", "Joanne and Mr P were in a relationship for six years and separated in September 2022. They had no children together; "
              "Joanne's children were from an earlier relationship. Mr P had a history of violence towards two previous partners."),
        ("p", "Joanne worked as a teaching assistant. Her family describe how, over time, Mr P controlled her money, her phone and "
              "who she saw. She hid much of this from them."),
        ("h1", "4. Chronology", "background"),
        ("p", "In 2019 the police attended a report of a domestic incident at Joanne's home; Mr P had left before they arrived and "
              "Joanne declined to make a statement. A DASH risk assessment was graded medium and a notification was sent to the "
              "children's school."),
        ("p", "In 2021 Joanne disclosed to her GP that she was frightened of her partner. She was given the number of the local "
              "domestic abuse service but did not contact it. In 2022 she was referred to MARAC after Mr P threatened her with a "
              "knife; a safety plan was agreed, and an independent domestic violence adviser (IDVA) supported her for eight weeks."),
        ("p", "After the separation, Mr P breached a non-molestation order twice. On the second occasion he was arrested and "
              "released on bail. Eleven days later he entered Joanne's home and killed her."),
        ("h1", "5. Analysis", "findings"),
        ("p", "Agencies recognised that Joanne was a victim of domestic abuse, but risk was assessed incident by incident. The "
              "separation was not recognised as a time of increased danger, and the breaches of the order were treated as "
              "low-level offences."),
        ("p", "The children were seen as witnesses rather than as victims of domestic abuse in their own right. Neither child was "
              "spoken to by any agency about what was happening at home. The school received notifications but did not know "
              "about the MARAC or the safety plan."),
        ("p", "The IDVA support ended when Joanne said she felt safer. There was no agreed way of checking in with her when Mr P's "
              "behaviour escalated after the separation."),
        ("h1", "6. Conclusions", "conclusion"),
        ("p", "The panel concluded that Joanne's death could not have been predicted with certainty, but that the risk she faced was "
              "higher than agencies recognised, and that opportunities to understand and reduce it were missed."),
        ("h1", "7. Lessons to be learnt", "learning"),
        ("items", "learning", [
            "Separation from an abusive partner is a time of heightened risk, and risk assessments must be reviewed when a victim separates.",
            "Breaches of protective orders are a sign of escalating risk and should be responded to as such.",
            "Children living with domestic abuse are victims in their own right and need to be seen and heard by the agencies involved.",
            "Schools that receive domestic abuse notifications need to know enough about the safety plan to support the children.",
            "Specialist support should not end without a plan for re-engagement if the risk changes."],
         "numbered"),
        ("h1", "8. Recommendations", "recommendations"),
        ("h2", "8.1 Overview report recommendations"),
        ("items", "recommendations", [
            "The Community Safety Partnership should ensure that all agencies' domestic abuse training addresses separation as a high-risk time.",
            "Harnley Cross Police should review how breaches of non-molestation orders are risk assessed and how victims are informed of bail decisions.",
            "The Safeguarding Children Partnership should ensure that children in households referred to MARAC are spoken to by a practitioner."],
         "numbered"),
        ("h2", "8.2 Single agency recommendations"),
        ("items", "recommendations", [
            "The domestic abuse service should introduce a re-engagement call for every client whose IDVA support closes after a MARAC referral.",
            "The Academy Trust should ensure that designated safeguarding leads are told when a pupil's parent is subject to a MARAC safety plan."],
         "numbered_on"),
        ("h1", "Appendix: Glossary", "appendix", ["other"]),
        ("gloss", [("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
                   ("IDVA", "Independent Domestic Violence Adviser"),
                   ("MARAC", "Multi-Agency Risk Assessment Conference"),
                   ("Non-molestation order", "A civil court order protecting a person from harassment or violence by another person")]),
    ],
}

# ---------- X8: Daneford: a council web page printed by Chromium with its own header and footer; the recommendations are
# a multi-agency action plan Recommendation | Action | Lead | Timescale | Evidence of impact
X8 = {
    "file": "daneford-lcspr-child-r-web.pdf", "producer": "chromium (print of a web page, browser header and footer)",
    "features": ["a council web page (site header, breadcrumb 'Home > Children and families > ...', 'On this page' anchor list, "
                 "'Back to top' links, feedback box) printed by Chromium headless with its own header and footer (date and "
                 "page title at the top, the file URL and 'N/M' at the foot)",
                 "h2 sections, learning as an ordered list under 'Learning'",
                 "recommendations stated only as a multi-agency action plan table Recommendation | Action | Lead | Timescale | "
                 "Evidence of impact (the Recommendation cells are the items)",
                 "good practice in a green-bordered call-out list"],
    "body_from": 1,
    "cover": {"title": "Local child safeguarding practice review: Child R", "child_name": "Child R", "review_type": CSPR,
              "area": "Daneford", "year": 2025, "partnership": "Daneford Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Summary", "summary"),
        ("p", "This page sets out the findings of a local child safeguarding practice review about Child R, a sixteen-year-old "
              "boy who was seriously injured in a stabbing in the town centre in August 2024. Child R had been excluded from "
              "school and was believed to be involved in the supply of drugs for an organised crime group."),
        ("p", "The review was published on 3 March 2025 by the Daneford Safeguarding Children Partnership. A printable version of "
              "the full report is available on request."),
        ("h1", "Background", "background"),
        ("p", "Child R lived with his mother and stepfather and two younger half-brothers. He did well at primary school. In "
              "year 9 he was permanently excluded after bringing a knife into school, and he was placed in the pupil referral "
              "unit, where he attended for mornings only."),
        ("p", "From the spring of 2023 Child R was reported missing eleven times. He was twice found in another county with large "
              "amounts of cash. He was referred to the exploitation hub and was the subject of a child in need plan."),
        ("p", "In September 2023 Child R was arrested in possession of a quantity of class A drugs and a knife. He was "
              "released under investigation. The National Referral Mechanism referral made by the police in October 2023 led "
              "to a positive reasonable grounds decision in January 2024, but the conclusive grounds decision had not been "
              "made by the time he was injured."),
        ("p", "During the spring of 2024 the pupil referral unit reported that Child R had stopped attending altogether. His "
              "mother reported that he was coming home late at night with new clothes and two mobile phones, and that he had "
              "been threatened by older boys at the bus station."),
        ("p", "In June 2024 a strategy meeting agreed to consider a move out of the area for Child R's safety. The plan was not "
              "carried out because no placement could be found that Child R would agree to, and he said he would return "
              "home in any case."),
        ("p", "His mother told the review that she asked repeatedly for help to keep him at home and that she felt she was treated "
              "as the problem. She said that the one person Child R trusted was a youth worker he met at the boxing club."),
        ("h1", "The review", "methodology"),
        ("p", "The review was led by an independent reviewer with experience in extra-familial harm. It used the partnership's "
              "hybrid learning model: agency reports, a practitioner workshop, and conversations with Child R, his mother and "
              "the youth worker. Child R asked that the review say that 'nobody asked me what I wanted until it was too late'."),
        ("h1", "What we found", "findings"),
        ("p", "The permanent exclusion was the turning point. Afternoons without education gave the people exploiting Child R "
              "time and opportunity, and the pupil referral unit did not have the information the school held about him."),
        ("p", "Child R was treated at different times as a victim, an offender and a missing child, by different teams using "
              "different plans. The exploitation hub, the youth justice service and children's social care each held a plan; "
              "none of them was in charge."),
        ("p", "Meetings about Child R were frequent but were held by different teams with different attendees. Between "
              "March and August 2024 there were four strategy meetings, two exploitation panels, a youth justice planning "
              "meeting and two child in need reviews. The minutes show the same concerns recorded each time, with actions "
              "that were not followed up because no one was responsible for the whole plan."),
        ("p", "Child R's mother was seen by some practitioners as not doing enough to keep him at home. The review found that "
              "she had asked for help many times and that her requests for a move of house, for a respite placement and for "
              "a parenting programme for parents of exploited teenagers were not answered."),
        ("p", "The language used in records changed over time. In 2023 Child R was described as 'at risk of exploitation'; in "
              "2024 records more often said he was 'involved in drug dealing' or 'choosing' to go missing. This shift made it "
              "harder to see him as a child who was being harmed."),
        ("p", "Return home interviews were offered on only four of the eleven occasions he was missing, and he declined three. "
              "The youth worker he trusted was not invited to any meeting."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Exclusion from school sharply increases a child's exposure to exploitation and should itself trigger a multi-agency response.",
            "Children who are exploited need one plan and one lead professional, however many services are involved.",
            "The adults children trust most are often outside statutory services and should be part of planning.",
            "Children affected by exploitation are victims first, whatever offences they may also have committed."],
         "numbered"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The police officers who found Child R in another county treated him as a victim and arranged a place of safety.",
            "The youth worker at the boxing club kept in contact with Child R throughout, and encouraged him to take part in this review."],
         "bullets"),
        ("h1", "Recommendations and action plan", "recommendations"),
        ("plan", False, [
            ("The partnership should agree that a permanent exclusion, or a move to part-time education, of a child known to be at risk of exploitation triggers a multi-agency meeting within five days.",
             "Add the trigger to the exclusions protocol; brief head teachers", "Director of Education", "April 2025",
             "Number of meetings held within five days of an exclusion"),
            ("Children's social care, youth justice and the exploitation hub should agree a single plan and lead professional for every child at risk of exploitation.",
             "Write a single planning protocol; pilot in the north locality", "Head of Safeguarding", "September 2025",
             "Audit: one plan per child in the pilot"),
            ("The partnership should ensure that return home interviews are offered after every missing episode, by a worker the child knows where possible.",
             "Recommission the return home interview service", "Commissioning manager", "July 2025",
             "Percentage of missing episodes followed by an offer"),
            ("Agencies should invite trusted adults from community and youth services to planning meetings for children at risk of exploitation, with the child's agreement.",
             "Amend the meeting guidance and the invitation template", "Partnership business manager", "May 2025",
             "Feedback from children and youth workers"),
        ]),
        ("p", "The partnership accepted all four recommendations. Progress on the action plan will be reported to the "
              "partnership's executive board every quarter and published on this page. The partnership will also hold a "
              "learning event on exploitation and school exclusion for practitioners from all agencies in the summer of 2025."),
        ("h1", "Contact us", "other"),
        ("p", "If you are worried about a child, contact the Daneford Children's Advice Line on 01000 555900. If a child is in "
              "immediate danger, call 999."),
    ],
}

REPORTS = [X1, X2, X3, X4, X5, X6, X7, X8]
