"""Batch 38 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in the section shapes the four UK nations publish today (shapes read from published summaries and guidance
pages, no sentence copied): an England CSPR whose findings are 'Finding N: ...' sub-headings each followed by a boxed
'Questions for the partnership' list and whose recommendations are unnumbered 'The partnership should ...' paragraphs; an
England Rapid Review written on the partnership's form (numbered questions in the left cell, answers in the right);
an England LCSPR laid out with side heads (each heading in a left column beside its first paragraph); an older England
serious case review with a one-column executive summary and a two-column body; a Welsh Child Practice Review whose
learning sits in a 'Learning for practice' table; a Welsh concise CPR whose learning points open with a bold lead-in;
a Scottish Learning Review whose 'Key learning points' are numbered by CSS counters in drawn discs; a Northern Ireland
Case Management Review whose heading numbers come from the word processor's outline numbering and whose chronology is a
table.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section; ("h2", text) a sub-heading (no section); ("p", text);
("items", type, [texts], style) with style 'ol' / 'ul' / 'para' (one paragraph each, no marker) / 'lead' (bold lead-in
up to the first ': ') / 'disc' (CSS-counter disc); ("questions", [texts]) a boxed 'Questions for the partnership' list
(no items); ("chron", [(date, event)]) a chronology table (no items); ("qa", n, question, [blocks]) a numbered form
question and its answer blocks; ("ltable", [(learning, meaning)]) a 'Learning for practice' table (learning items, the
left cells). Test-fixture tooling only.
"""
from batch25_content import method, terms
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
CPR = "child_practice_review"
LR = "learning_review"
SCR = "serious_case_review"
CMR = "case_management_review"


def rep(file, producer, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def items(kind, texts, style="ol"):
    return ("items", kind, texts, style)


# ---------- 1. Hollinbeck: CSPR, 'Finding N:' + 'Questions for the partnership', unnumbered recommendations (Chromium)
A_BG, A_EV, A_AN = story("Child P", "he", [
    "Child P was ten when he was admitted to hospital severely underweight in February 2024. He lived with his mother "
    "and two older brothers in a rented house in Hollinbeck.",
    "Child P has a diagnosis of autism and a feeding disorder. He ate a narrow range of foods and had been under the "
    "community paediatric service since he was four.",
    "Between 2022 and 2023 Child P missed five paediatric appointments. Each missed appointment led to a letter to his "
    "mother and a copy to the GP, and he was discharged after the fifth.",
    "In the autumn of 2023 the school saw that Child P was tired and thin and arranged a meeting with his mother, who "
    "said that he was eating well at home."],
    ["Discharge after missed appointments treated Child P's health care as his mother's choice. For a disabled child "
     "who depended on adults to take him, a missed appointment was a missed chance to see him."])
HOLLINBECK = rep(
    "hollinbeck-cspr-child-p.pdf", "chromium_findings_questions",
    {"title": "Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
     "area": "Hollinbeck", "year": 2025, "partnership": "Hollinbeck Safeguarding Children Partnership",
     "by": "Independent reviewer: Gwen Ashurst", "date": "Published May 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned after Child P, aged ten, was admitted to hospital with severe malnutrition. He "
           "is now recovering in a specialist placement. His mother and brothers were invited to contribute."),
     h("Terms of reference", "methodology")] + terms("January 2022 to February 2024")[:2]
    + [h("Background", "background")] + A_BG + A_EV
    + [h("Findings", "findings")] + A_AN[:1]
    + [("h2", "Finding 1: Was not brought was recorded as did not attend"),
       ("p", "Clinic letters described each missed appointment as a choice not to attend. The language shaped the response: "
             "discharge, rather than a question about why a disabled child was not being brought."),
       ("questions", ["How does each health provider in the partnership record a child who was not brought?",
                      "What assurance does the partnership have that discharge after missed appointments is reviewed for "
                      "disabled children?"]),
       ("h2", "Finding 2: Weight was measured but not shared"),
       ("p", "The school nurse weighed Child P twice and recorded a falling weight. The figures stayed in the school health "
             "record and did not reach the GP or the paediatric team."),
       ("questions", ["Which agencies hold growth measurements for school-age children, and who sees them?",
                      "How would a falling weight in a child with a feeding disorder reach a clinician today?"]),
       ("h2", "Finding 3: A mother's account was accepted without seeing the child eat"),
       ("p", "Professionals relied on his mother's description of meals at home. Nobody saw Child P eat or asked him, in a "
             "way he could answer, what he ate."),
       ("questions", ["How do practitioners gather the views of children who communicate without speech?"]),
       h("Learning", "learning"),
       items("learning", [
           "A disabled child who is not brought to health appointments may be a child whose needs are being neglected.",
           "Measurements of a child's growth only protect the child when they reach someone who can act on them.",
           "The account a parent gives of a child's eating should be tested by seeing the child and hearing from them."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should ask every health provider to adopt was not brought in place of did not attend for "
           "children and to review each discharge of a disabled child.",
           "The partnership should agree how growth measurements taken in schools are shared with the child's GP.",
           "The partnership should commission training on communicating with autistic children who use little speech."],
             "para"),
       h("Conclusion", "conclusion")] + conclusion("Child P", "Hollinbeck Safeguarding Children Partnership"),
    ["Chromium print of an HTML page (Liberation Sans 10.5 pt, teal cover band)", "findings as 'Finding N: ...' sub-headings "
     "each followed by a shaded 'Questions for the partnership' box (questions are no items)", "recommendations as "
     "unnumbered 'The partnership should ...' paragraphs"])

# ---------- 2. Coldharbour Rise: Rapid Review form (Chromium, numbered questions in a two-column form)
CR_Q = [
    ("qa", 1, "Why was this case notified?",
     [("p", "Child T, aged fifteen, was stabbed in the leg in a park in Coldharbour Rise in June 2025. He has recovered. "
            "Police believe the attack was linked to a dispute between groups selling drugs.")]),
    ("qa", 2, "Which agencies knew the child and the family?",
     [("p", "Children's social care, the police, the youth justice service, his school, the school nursing service and "
            "the GP. The family had an early help plan in 2023 that closed after six months.")]),
    ("qa", 3, "What are the key facts, as far as they are known?",
     [("p", "Child T was permanently excluded in January 2025 and started at an alternative provision in March. He was "
            "reported missing twice in April. In May he was stopped by police with a large amount of cash and released "
            "without charge. No referral to children's social care followed the stop.")]),
]
COLDHARBOUR = rep(
    "coldharbour-rise-rapid-review-child-t.pdf", "chromium_rapid_review_form",
    {"title": "Rapid Review: Child T", "child_name": "Child T", "review_type": "other",
     "area": "Coldharbour Rise", "year": 2025, "partnership": "Coldharbour Rise Safeguarding Children Partnership",
     "by": "Completed by the Rapid Review panel", "date": "Published October 2025"},
    [h("Part A: Summary of the case", "summary", ["background"])] + CR_Q[:2]
    + [h("Part B: Agency involvement", "background")] + CR_Q[2:]
    + [("qa", 4, "Was there good practice?",
        [items("good_practice", [
            "The alternative provision made a home visit on the first day Child T did not arrive and told the police.",
            "The youth justice worker kept in contact with Child T through the summer holiday."], "ul")])]
    + [h("Part C: Learning identified", "learning")]
    + [("qa", 5, "What learning has been identified so far?",
        [items("learning", [
            "A permanent exclusion is a moment of high risk of exploitation and needs a plan on the day it happens.",
            "A stop and search that finds cash on a child should lead to a referral, even when no offence is charged.",
            "Missing episodes from a new placement or school should be reviewed together, not one by one."], "ul")])]
    + [h("Part D: Decision and recommendations", "recommendations", ["conclusion"])]
    + [("qa", 6, "Does the case meet the criteria for a local child safeguarding practice review?",
        [("p", "No. The safeguarding partners agreed that the learning is already known nationally and can be taken "
               "forward through the partnership's exploitation work without a further review.")]),
       ("qa", 7, "What will the partnership do now?",
        [items("recommendations", [
            "The partnership should agree a protocol for the day of a permanent exclusion that includes a referral to "
            "the exploitation team.",
            "The police should make a referral to children's social care after any stop of a child that finds cash or "
            "drugs.",
            "The partnership should hold a multi-agency review of any child reported missing three times in a term."],
               "para")])],
    ["Chromium print of an HTML form: each 'Part' a full-width shaded row, each question numbered in a narrow left cell "
     "with its answer in the right cell", "learning and recommendations inside answer cells", "no cover page: a form "
     "header block on page 1"], body_from=1)

# ---------- 3. Wendlebury: LCSPR with side heads (Chromium, CSS grid)
W_BG, W_EV, W_AN = story("Baby M", "she", [
    "Baby M was five months old when she was found to have a fractured skull and bleeding on the brain in March 2024. "
    "She lived with her mother and father in a flat in Wendlebury.",
    "Both parents had grown up in care. Her father had a conviction for assaulting a previous partner.",
    "At ten weeks Baby M was seen in the emergency department with a swollen wrist. Her parents said she had caught it in "
    "the cot bars. An x-ray was normal and she was sent home.",
    "At four months the health visitor noticed a small bruise behind her ear. Her mother said it was from a dummy clip."],
    ["Each injury was explained and each explanation was accepted by the professional who heard it. The injuries were "
     "never put side by side, although both were recorded in the health record.",
     "Her father's history was known to the police and to probation. Neither agency knew that he had become a father."])
WENDLEBURY = rep(
    "wendlebury-lcspr-baby-m.pdf", "chromium_side_heads",
    {"title": "Local Child Safeguarding Practice Review: Baby M", "child_name": "Baby M", "review_type": CSPR,
     "area": "Wendlebury", "year": 2024, "partnership": "Wendlebury Safeguarding Children Partnership",
     "by": "Lead reviewer: Simon Farrowby", "date": "Published November 2024"},
    [h("Executive summary", "summary"),
     ("p", "Baby M suffered a serious head injury at five months. This summary sets out what happened, what the review "
           "found and what the partnership will change."),
     h("The review", "methodology")] + method("Wendlebury Safeguarding Children Partnership", "Simon Farrowby", "eight")[:2]
    + [h("Background", "background")] + W_BG + [h("What happened", "background", ["findings"])] + W_EV
    + [h("Analysis", "findings")] + W_AN
    + [h("What we have learned", "learning"),
       items("learning", [
           "Two explained injuries in a baby who cannot move about need to be seen together, whoever saw them.",
           "A new baby in a household changes the meaning of a parent's past violence, and the agencies who know that "
           "past need to know about the baby.",
           "Care leavers who become parents should be offered support as parents, not only as young adults."], "ol"),
       h("What needs to change", "recommendations"),
       items("recommendations", [
           "Emergency departments should check the child protection information system for every injury to a baby under "
           "six months.",
           "Probation and the police should ask about new babies when they supervise or visit a person with a history "
           "of domestic abuse.",
           "The leaving care service should offer parenting support to every care leaver who becomes a parent."], "ol"),
       h("What went well", "good_practice"),
       items("good_practice", [
           "The radiologist who read the skull scan raised the alarm within an hour and a strategy discussion followed "
           "the same day."], "ul")],
    ["Chromium print with side heads: a CSS grid puts each section heading in a 46 mm left column on the baseline of "
     "its first paragraph", "plain-English section names ('What we have learned', 'What needs to change', 'What went "
     "well')", "running title in a page margin box"])

# ---------- 4. Tullochard: Scottish Learning Review, pandoc custom template -> Chromium, CSS counter discs
S_BG, S_EV, S_AN = story("Child D", "he", [
    "Child D was three when he was found alone in the family home by a neighbour in January 2024, cold and hungry. He "
    "lived with his mother in a village in Tullochard.",
    "His mother had a long history of heroin use and was on a methadone programme.",
    "Child D was on the child protection register under the category of neglect from 2022 to 2023, when he was removed "
    "from the register after a period of improvement.",
    "In the months after de-registration the core group stopped meeting and the health visitor moved to a less frequent "
    "schedule of visits."],
    ["The decision to remove Child D from the register rested on a few months of good progress in a history of many "
     "years. The plan for what would happen after de-registration was thin.",
     "Nursery attendance fell after de-registration and the nursery did not know whom to tell."])
TULLOCHARD = rep(
    "tullochard-learning-review-child-d.pdf", "pandoc_template_chromium",
    {"title": "Learning Review: Child D", "child_name": "Child D", "review_type": LR,
     "area": "Tullochard", "year": 2025, "partnership": "Tullochard Child Protection Committee",
     "by": "Lead reviewers: Morag Craigie and Euan Lathrisk", "date": "Published February 2025"},
    [h("Summary", "summary"),
     ("p", "Tullochard Child Protection Committee undertook this learning review after Child D was found alone and "
           "neglected. He now lives with his aunt. The review follows the national guidance for learning reviews."),
     h("The learning review process", "methodology")] + method("Tullochard Child Protection Committee", "Morag Craigie", "six")[:2]
    + [h("Background", "background")] + S_BG + S_EV
    + [h("Analysis of practice", "findings")] + S_AN
    + [h("Key learning points", "learning"),
       items("learning", [
           "Removing a child's name from the register is a change of plan, not an end to risk, and needs its own plan.",
           "A parent's recovery from drug use is rarely steady, and a plan built on a few good months should expect "
           "setbacks.",
           "Nurseries need to know who to contact when a child's attendance falls after a child protection plan ends."],
             "disc"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The Child Protection Committee should issue guidance on planning for the first six months after a child's "
           "name is removed from the register.",
           "The Alcohol and Drug Partnership and children's services should agree how a lapse in treatment is shared.",
           "Early learning and childcare settings should be invited to every review case conference."], "ol")],
    ["pandoc 2.17 markdown -> HTML5 through a custom template (fenced divs for the learning points), printed by "
     "Chromium", "Scottish learning review shape ('Key learning points', Child Protection Committee)", "learning points "
     "numbered by a CSS counter drawn in a filled disc beside the text (the number is generated content)"])

# ---------- 5. Cwm Ystrad: Welsh CPR with a 'Learning for practice' table (python-docx -> LibreOffice)
Y_BG, Y_EV, Y_AN = story("Child L", "she", [
    "Child L was thirteen when she took an overdose in October 2023 and was admitted to a paediatric ward. She lived with "
    "her father and stepmother in Cwm Ystrad.",
    "Child L had been self-harming since the age of eleven. She was on the waiting list for specialist child and "
    "adolescent mental health services.",
    "Between March and September 2023 Child L told her school counsellor three times that she felt unsafe at home.",
    "The counsellor passed each disclosure to the designated safeguarding person, who spoke to Child L's father."],
    ["Child L's words about feeling unsafe were heard as part of her mental health difficulties. The question of what "
     "was happening at home was asked of her father, not of her.",
     "The waiting list for specialist help became the plan. While she waited, nobody held a plan for her safety."])
CWM = rep(
    "cwm-ystrad-cpr-child-l.pdf", "python_docx_lo_learning_table",
    {"title": "Child Practice Review: Child L", "child_name": "Child L", "review_type": CPR,
     "area": "Cwm Ystrad", "year": 2024, "partnership": "Cwm Ystrad Regional Safeguarding Board",
     "by": "Reviewer: Nia Penhallow", "date": "Published July 2024"},
    [h("Brief outline of circumstances resulting in the review", "background", ["introduction"]),
     ("p", "The Cwm Ystrad Regional Safeguarding Board commissioned a concise child practice review after Child L was "
           "admitted to hospital following an overdose.")] + Y_BG
    + [h("Practice and organisational learning", "findings", ["learning"])] + Y_EV + Y_AN[:2]
    + [("ltable", [
           ("A child who says she feels unsafe at home is telling practitioners about her home, not only about her mood.",
            "Ask the child what happens at home before speaking to the parents."),
           ("A place on a waiting list is not a safety plan.",
            "Agree who will see the child and how often while she waits."),
           ("Repeated disclosures to one worker need to be seen as a pattern.",
            "Keep a single record of disclosures and review it with a manager.")]),
       h("Improving systems and practice", "recommendations"),
       items("recommendations", [
           "The Board should make sure schools seek advice from children's services when a child makes a second "
           "disclosure of feeling unsafe at home.",
           "The health board should offer every child on the specialist waiting list a named contact and a safety plan.",
           "The Board should share this review's learning through its practitioner events."], "ol"),
       h("Statement by reviewer", "other", ["conclusion"]),
       ("p", "I was independent of the case and of the practitioners involved. I have read the agencies' records and met "
             "the practitioners, and I believe the review is an accurate account.")],
    ["python-docx DOCX exported by LibreOffice 7.4 (untagged)", "Welsh concise child practice review shape", "learning "
     "for practice as a two-column table (learning | what this means for practice), header row shaded and repeated",
     "recommendations numbered under 'Improving systems and practice'"])

# ---------- 6. Aberfenni: Welsh concise CPR, learning with bold lead-ins (flat ODT -> LibreOffice)
F_BG, F_EV, F_AN = story("Baby R", "he", [
    "Baby R was born prematurely in May 2023 and died at eleven weeks in August 2023 after being found unresponsive in "
    "his parents' bed. The family lived in Aberfenni.",
    "His mother had postnatal depression and his father worked nights.",
    "The neonatal unit gave safe sleep advice on discharge and recorded that the family had a cot.",
    "At the health visitor's six-week contact the mother said she was exhausted and that the baby settled better in "
    "her bed. The health visitor repeated the advice."],
    ["Advice was repeated, but the reasons the family were sharing a bed, exhaustion and a baby who would not settle, "
     "were not explored or addressed.",
     "A premature baby is at higher risk in an adult bed, and that extra risk was not explained in terms the family "
     "could use at three in the morning."])
ABERFENNI = rep(
    "aberfenni-cpr-baby-r.pdf", "fodt_lo_lead_ins",
    {"title": "Concise Child Practice Review: Baby R", "child_name": "Baby R", "review_type": CPR,
     "area": "Aberfenni and Usk Vale", "year": 2024, "partnership": "Aberfenni and Usk Vale Regional Safeguarding Board",
     "by": "Reviewer: Dylan Morcombe", "date": "Published April 2024"},
    [h("Introduction", "introduction"),
     ("p", "This concise child practice review was commissioned by the Aberfenni and Usk Vale Regional Safeguarding Board "
           "after the death of Baby R. The Board offers its sympathy to his family.")]
    + [h("Circumstances resulting in the review", "background")] + F_BG + F_EV
    + [h("Practice and organisational learning", "findings", ["learning"])] + F_AN
    + [h("Learning for practice", "learning"),
       items("learning", [
           "Understanding the reasons: safe sleep conversations should ask why a family shares a bed and help with the "
           "reason, such as exhaustion or a baby who will not settle.",
           "Premature babies: parents of babies born early should hear that the risk of sharing a bed is higher for "
           "their baby.",
           "Fathers: advice should be given to both parents, including a parent who works at night."], "lead"),
       h("Improving systems and practice", "recommendations"),
       items("recommendations", [
           "The health board should add questions about night-time routines to the health visitor's six-week contact.",
           "The neonatal unit should give safe sleep advice to both parents before discharge and record who received it."],
             "ol"),
       h("Statement by reviewer", "other", ["conclusion"]),
       ("p", "I was independent of the agencies and practitioners involved and I am satisfied that this review is a fair "
             "account of their work with Baby R and his family.")],
    ["flat ODT (.fodt) written by the generator, exported by LibreOffice 7.4 (untagged)", "learning points with a bold "
     "lead-in ending in a colon, in a bulleted list", "page footer with 'Page N of M' fields"])

# ---------- 7. Dromkeen: NI Case Management Review, outline numbering + chronology table (flat ODT -> LibreOffice)
N_BG, N_EV, N_AN = story("Child E", "she", [
    "Child E was seven when she was seriously injured by her mother's partner in September 2023. She lived with her "
    "mother and baby brother in Dromkeen.",
    "The family had been known to the Health and Social Care Trust's family support service since 2021 because of "
    "domestic abuse by Child E's father.",
    "In 2023 her mother began a relationship with a man who had been the subject of two previous referrals for domestic "
    "abuse in another Trust area.",
    "Child E's school reported in June 2023 that she had said she was scared of the new man in the house."],
    ["The family support plan was built around the risk from Child E's father. When a new partner arrived, the plan did "
     "not change, because nobody asked who he was.",
     "The school's referral was screened as low risk because the mother said the relationship had ended."])
DROMKEEN = rep(
    "dromkeen-cmr-child-e.pdf", "fodt_lo_outline_numbering",
    {"title": "Case Management Review: Child E", "child_name": "Child E", "review_type": CMR,
     "area": "Dromkeen", "year": 2025, "partnership": "Safeguarding Board for the Dromkeen Region",
     "by": "Independent chair: Fionnuala McAtasney", "date": "Published January 2025"},
    [h("Executive summary", "summary"),
     ("p", "The Case Management Review Panel recommended this review after Child E was seriously injured. It looks at how "
           "the agencies worked together to protect her in the two years before her injury."),
     h("Terms of reference", "methodology")] + terms("September 2021 to September 2023")[:2]
    + [h("Chronology", "background"),
       ("chron", [("March 2021", "Referral to the family support service after a domestic incident"),
                  ("January 2023", "Mother tells her social worker she has a new partner"),
                  ("June 2023", "School referral: Child E says she is scared of the new man"),
                  ("September 2023", "Child E admitted to hospital with serious injuries")])] + N_BG
    + [h("Analysis", "findings")] + N_EV + N_AN
    + [h("Learning", "learning"),
       items("learning", [
           "A new adult in a household where there has been domestic abuse is a change that needs a new assessment.",
           "A child's fear of an adult at home should be weighed on its own, whatever a parent says about the "
           "relationship."], "ul"),
       h("Recommendations", "recommendations"),
       ("h2", "Regional recommendations"),
       items("recommendations", [
           "The Board should ask the Department to include checks on new partners in the regional domestic abuse "
           "procedures."], "ol"),
       ("h2", "Trust recommendations"),
       items("recommendations", [
           "The Trust should audit the screening of school referrals where a child names a fear of an adult at home.",
           "The Trust should make sure family support plans are reviewed whenever the household changes."], "ol")],
    ["flat ODT written by the generator with the word processor's **outline numbering** (the heading numbers '1' .. '7' "
     "are generated, not in the text), exported by LibreOffice 7.4 (untagged)", "NI Case Management Review shape with "
     "a chronology table (date | event)", "recommendations split under 'Regional' and 'Trust' sub-headings, numbered "
     "again from 1 under each"])

# ---------- 8. Hadleigh Cross: SCR, one-column executive summary then a two-column body (python-docx -> LibreOffice)
X_BG, X_EV, X_AN = story("Child G", "she", [
    "Child G was sixteen when she was found to have been sexually exploited by a group of adults over eighteen months. "
    "She was living in a children's home in Hadleigh Cross, placed there by another local authority.",
    "Child G had been in care since she was twelve and had lived in five placements.",
    "Staff at the home reported her missing nineteen times in 2017. Most episodes ended when she returned late at night "
    "in a car driven by an adult.",
    "The placing authority held a review every six months. The host authority's services were not invited."],
    ["Child G's missing episodes were recorded as individual events by the home and reported to the placing authority. "
     "Neither authority brought the pattern together.",
     "Being placed far from home left Child G without the local services who knew the risks in the area."])
HADLEIGH = rep(
    "hadleigh-cross-scr-child-g.pdf", "python_docx_lo_two_columns",
    {"title": "Serious Case Review: Child G", "child_name": "Child G", "review_type": SCR,
     "area": "Hadleigh Cross", "year": 2019, "partnership": "Hadleigh Cross Local Safeguarding Children Board",
     "by": "Overview author: Kathryn Merridew", "date": "Published March 2019"},
    [h("Executive summary", "summary"),
     ("p", "This serious case review concerns Child G, a young woman who was sexually exploited while living in a "
           "children's home in Hadleigh Cross. It was commissioned by the Local Safeguarding Children Board in 2018."),
     ("p", "The review found that the pattern of her missing episodes was clear in the records but was not seen by "
           "either authority responsible for her.")]
    + [h("Terms of reference", "methodology")] + terms("January 2016 to June 2018")[:2]
    + [h("Key events", "background")] + X_BG + X_EV
    + [h("Findings", "findings")] + X_AN
    + [h("Lessons learned", "learning"),
       items("learning", [
           "Children placed out of area need the services of the host area, and those services need to know the child "
           "is there.",
           "A pattern of missing episodes tells a story that no single episode tells.",
           "Adults who collect children from placements late at night should be identified and their details shared "
           "with the police."], "ol"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The Board should agree with neighbouring boards a protocol for notifying host authorities of children placed "
           "in their area.",
           "The police should record vehicle details reported by children's homes and check them against exploitation "
           "intelligence.",
           "Children's homes should send a monthly summary of missing episodes to the placing and host authorities."], "ol")],
    ["python-docx DOCX: a one-column section (cover and executive summary) then a continuous section break into **two "
     "newspaper columns** (w:cols num=2) for the body, exported by LibreOffice 7.4 (untagged)", "older LSCB serious "
     "case review shape ('Key events', 'Lessons learned')"], columns=True)

REPORTS = [HOLLINBECK, COLDHARBOUR, WENDLEBURY, TULLOCHARD, CWM, ABERFENNI, DROMKEEN, HADLEIGH]
