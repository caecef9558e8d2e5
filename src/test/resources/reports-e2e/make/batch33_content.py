"""Batch 33 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in report templates and section shapes no earlier batch uses: a Word-like DOCX (python3-docx) saved as a tagged
PDF with bookmarks from its headings, numbered sections '4.1' / '4.1.2' whose learning points are sub-sub-headings and an
appendix of terms of reference after the recommendations; a DOCX whose recommendations and action plan stand on a
landscape page inside a portrait report; recommendations in a drawn table Recommendation | Lead agency | Timescale whose
cells break across pages under 'OFFICIAL' page headers and footers; findings each followed by a 'Recommendation N' box;
a multi-column council newsletter learning brief; an SCR whose executive summary lists the recommendations in short
before the full ones; 'R1'..'R5' labelled recommendations beside their text; a diagonal 'OFFICIAL' watermark with learning
in a two-column table 'Learning point | Why it matters'.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept]) a section heading as printed without the number a template types before it,
("h2", text) a sub-heading (no section), ("h3", text) a sub-sub-heading (no section), ("p", text), ("items", type, [texts],
style) items of that type (style 'ol' numbered list, 'ul' bullets, 'rlabel' bold 'R1' labels beside the text), ("subpoints",
type, [(title, text)]) each item a numbered sub-sub-heading '4.2.1 title' over its text (the text is the item),
("rectable", [(recommendation, lead, timescale)]) a drawn table (each recommendation an item), ("finding", title, [texts],
recommendation) 'Finding N: title', its paragraphs, then a boxed 'Recommendation N' (a recommendation item),
("actionplan", [(recommendation, action, lead, by, evidence)]) a table on a landscape page (each recommendation an item),
("lptable", [(learning point, why)]) a two-column table (each learning point an item), ("tor", [question]) terms of
reference as a numbered list (no items), ("short", [text]) a summary's short list of what the recommendations ask (no items).
"""
from batch25_content import method
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"

TOR = ["How well did agencies understand what daily life was like for the child?",
       "How well was information about the adults in the household gathered, shared and used?",
       "Were the child's health needs, including missed appointments, understood as part of the safeguarding picture?",
       "How did supervision and management oversight help practitioners to think about risk?",
       "What has already changed since the incident, and what still needs to change?"]

# ---------- D1: Askerdale, python3-docx DOCX -> LibreOffice tagged PDF with bookmarks; 4.1 / 4.1.2 numbering
D1_BG, D1_EV, D1_AN = story("Child M", "she", [
    "Child M was nine years old when she was admitted to hospital in October 2024 weighing far less than a child of her "
    "age should. She lived with her mother, her mother's partner and two younger brothers in a rented house.",
    "Child M had missed most of her dental and hospital appointments since the age of five. Her school described her as "
    "bright and quiet, and noticed that she often asked for second helpings at lunch.",
    "In March 2024 the school nurse made a referral to children's social care after Child M was found eating food from "
    "the bins behind the school kitchen. A social worker visited the home, which was tidy, and the referral was closed.",
    "In July 2024 the family moved to a house in another part of Askerdale. Child M changed school in September and her "
    "new school did not receive her records until November."],
    ["Each agency saw part of the picture. The school saw hunger, the hospital saw missed appointments and the GP saw a "
     "mother who said that she was coping. No one brought these together.",
     "The home visit in March was arranged in advance. The social worker saw a clean house and a well-presented mother, "
     "and did not see Child M's bedroom or ask to speak to her alone.",
     "The mother's partner was not known to any agency by name. Agencies recorded him as 'dad' and did not ask who he was "
     "or what part he played in caring for the children."])
D1 = {
    "file": "askerdale-lcspr-child-m.pdf", "producer": "python_docx_libreoffice_bookmarks", "body_from": 2, "template": "askerdale",
    "features": ["python3-docx 0.8.11 DOCX (Word's default template styles) -> LibreOffice 7.4 PDF export, tagged, with "
                 "bookmarks from the Heading 1-3 paragraphs (ExportBookmarks), like Word's 'Save as PDF'",
                 "typed section numbers '1' .. '7' on Heading 1 and '4.1' on Heading 2", "learning points as numbered "
                 "Heading 3 sub-sub-headings '4.2.1 ...' each over one paragraph (the learning point)",
                 "recommendations Word 'List Number' paragraphs", "'Appendix A: Terms of reference' after the "
                 "recommendations", "header 'OFFICIAL' and the partnership name, footer 'OFFICIAL' and 'Page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child M", "child_name": "Child M", "review_type": CSPR,
              "area": "Askerdale", "year": 2025, "partnership": "Askerdale Safeguarding Children Partnership",
              "by": "Independent reviewer: Dr Ruth Callender", "date": "Published June 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This local child safeguarding practice review concerns Child M, who was found to be seriously "
                     "malnourished in October 2024. She has since recovered well and lives with her grandparents."),
               ("p", "The review looks at the period from Child M's fifth birthday to her admission to hospital. It asks "
                     "why the signs of neglect that several agencies saw were not understood together."),
               ("h1", "The review process", "methodology")]
    + method("Askerdale Safeguarding Children Partnership", "Dr Ruth Callender", "eight")[:2]
    + [("h1", "Child M and her family", "background")] + D1_BG
    + [("h1", "Findings and learning", "learning", ["findings"]),
       ("h2", "What happened")] + D1_EV
    + [("h2", "Analysis of practice")] + D1_AN
    + [("h2", "Learning points"),
       ("subpoints", "learning", [
           ("Hunger at school", "A child who is regularly hungry at school may be neglected at home, and hunger should be "
            "shared with the other agencies who know the family, not managed by the school alone."),
           ("Missed health appointments", "Repeated missed health appointments are a sign that a child's needs are not "
            "being met, and should be followed up with the family and the school rather than closed after a letter."),
           ("Seeing the child alone", "A home visit about neglect should include seeing the child's bedroom and speaking "
            "to the child alone, whether or not the house looks clean on the day."),
           ("Knowing who lives in the home", "Practitioners should find out the name and role of every adult who lives in "
            "the home or cares for the children, and record it.")]),
       ("h1", "Recommendations", "recommendations"),
       ("p", "The review makes the following recommendations to the Askerdale Safeguarding Children Partnership."),
       ("items", "recommendations", [
           "The partnership should produce guidance for schools on responding to children who are regularly hungry, "
           "including when to share the concern with health and children's social care.",
           "Health providers should agree a shared approach to children who are not brought to appointments, so that "
           "repeated missed appointments lead to a conversation with the family and the school.",
           "Children's social care should make sure that every visit about neglect includes seeing the child alone and "
           "seeing where the child sleeps.",
           "All agencies should record the full name and role of adults living in the household, and the partnership "
           "should audit this within twelve months."], "ol"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child M", "Askerdale Safeguarding Children Partnership")
    + [("h1", "Appendix A: Terms of reference", "appendix", ["methodology", "other"]),
       ("p", "The review was asked to answer the following questions."), ("tor", TOR)],
}

# ---------- C1: Pellingham, Chromium: recommendations a drawn table whose cells break across pages, OFFICIAL margins
C1_BG, C1_EV, C1_AN = story("Child S", "he", [
    "Child S was sixteen when he was admitted to a mental health unit in May 2024 after an overdose. He had been living in "
    "supported accommodation for four months after leaving the home of his father.",
    "Child S had been known to children's social care since he was twelve, when he disclosed that his father hit him. He "
    "was the subject of a child protection plan for eighteen months and then of a child in need plan.",
    "In January 2024 Child S told his personal adviser that he was being asked to hold drugs for older young people who "
    "also lived in the accommodation. The adviser passed this on to the accommodation provider by e-mail.",
    "In April 2024 Child S was seen in the emergency department after cutting his arms. He was discharged with a referral "
    "to the child and adolescent mental health service and was placed on its waiting list."],
    ["The move to supported accommodation at sixteen was made quickly, after a crisis at home. The review found that no "
     "one assessed whether the accommodation could keep him safe from the other young people living there.",
     "The disclosure about holding drugs was treated as a matter for the accommodation provider. It was not discussed at "
     "a strategy meeting and the police were not told.",
     "The emergency department recorded Child S as a care leaver, which he was not. This meant that the hospital's "
     "safeguarding team did not contact his social worker."])
_C1_LONG = " The lead agency will report progress to the partnership's learning and improvement group each quarter, and will " \
    "set out how the change has been tested with young people and with the practitioners who work with them."
C1 = {
    "file": "pellingham-cspr-child-s.pdf", "producer": "chromium_official_margins", "body_from": 2, "template": "pellingham",
    "features": ["Chromium print of HTML with CSS @page margin boxes: 'OFFICIAL' centred at the top and foot of every "
                 "page, the partnership name top left, 'Page N of M' bottom right", "numbered headings typed '1.' .. '8.'",
                 "recommendations a drawn table Recommendation | Lead agency | Timescale with a repeated header row and "
                 "long cells that break across a page", "chronology paragraphs", "terms of reference appendix"],
    "cover": {"title": "Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
              "area": "Pellingham", "year": 2024, "partnership": "Pellingham Children's Safeguarding Partnership",
              "by": "Lead reviewer: Anita Forsyth", "date": "November 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child S, a sixteen year old young man who took an overdose while living in "
                     "supported accommodation in May 2024. He survived and is now living with a foster family."),
               ("h1", "Methodology", "methodology")]
    + method("Pellingham Children's Safeguarding Partnership", "Anita Forsyth", "six")
    + [("h1", "Background", "background")] + C1_BG
    + [("h1", "Key events", "background", ["findings"])] + C1_EV
    + [("h1", "Analysis", "findings")] + C1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "A move to supported accommodation at sixteen is a safeguarding decision, and the risks from other residents "
           "should be assessed before the move, not after it.",
           "A young person's disclosure that they are being asked to hold drugs is a disclosure of exploitation and should "
           "lead to a strategy discussion.",
           "Hospital staff should check a young person's status with children's social care rather than rely on what is "
           "recorded at the front desk."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("p", "The partnership has accepted the four recommendations below. Each names the agency that will lead the work "
             "and the time by which the partnership expects to see it done."),
       ("rectable", [
           ("Children's social care should make sure that every decision to move a young person aged sixteen or seventeen "
            "into supported accommodation includes a written assessment of the risks from other residents and of how the "
            "provider will manage them." + _C1_LONG, "Children's social care", "Six months"),
           ("The partnership should revise its child exploitation procedure so that any disclosure by a young person of "
            "being asked to store or carry drugs leads to a strategy discussion within two working days." + _C1_LONG,
            "Safeguarding partnership business unit", "Three months"),
           ("Commissioners of supported accommodation should include safeguarding standards for young people under "
            "eighteen in every contract, and should check them at each contract review." + _C1_LONG,
            "Joint commissioning team", "Twelve months"),
           ("The hospital trust should make sure that emergency department staff confirm a young person's legal status "
            "and allocated worker with children's social care before discharge." + _C1_LONG,
            "Hospital trust safeguarding team", "Six months")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child S", "Pellingham Children's Safeguarding Partnership")
    + [("h1", "Appendix: Terms of reference", "appendix", ["methodology", "other"]), ("tor", TOR)],
}

# ---------- C2: Carnhollow, Chromium: findings, each followed by a 'Recommendation N' box
C2_BG, C2_EV, C2_AN = story("Baby D", "he", [
    "Baby D was five weeks old when he was admitted to hospital with a head injury in February 2024. He lived with his "
    "mother, who was nineteen, and his father, who was twenty-two.",
    "Both parents had been in care as children. Baby D's mother had left care eighteen months before his birth and still "
    "had a personal adviser from the leaving care service.",
    "During the pregnancy the midwife recorded that Baby D's father had been violent to a previous partner. This was "
    "recorded in the maternity notes but was not shared with the health visitor.",
    "At the new birth visit the health visitor gave advice on coping with crying. The father was at work and the advice "
    "was not repeated to him."],
    [], )
C2 = {
    "file": "carnhollow-lcspr-baby-d.pdf", "producer": "chromium_finding_boxes", "body_from": 2, "template": "carnhollow",
    "features": ["Chromium print of HTML, Liberation Sans", "'Findings' section: each 'Finding N: ...' sub-heading with its "
                 "paragraphs, then a bordered, shaded box headed 'Recommendation N' holding the recommendation",
                 "no separate recommendations section", "'Appendix: Terms of reference' at the end", "footer by the page "
                 "margin box: partnership name and page number"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Baby D", "child_name": "Baby D", "review_type": CSPR,
              "area": "Carnhollow", "year": 2025, "partnership": "Carnhollow Safeguarding Children Partnership",
              "by": "Independent author: Simon Areley", "date": "January 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Baby D, who suffered a serious head injury at five weeks old. His father was "
                     "later convicted of causing him grievous bodily harm. Baby D is now cared for by his paternal aunt."),
               ("h1", "The review process", "methodology")]
    + method("Carnhollow Safeguarding Children Partnership", "Simon Areley", "seven")[:2]
    + [("h1", "Baby D and his family", "background")] + C2_BG
    + [("h1", "Summary of what happened", "background", ["findings"])] + C2_EV
    + [("h1", "Findings", "findings", ["recommendations"]),
       ("p", "The review has made three findings. Each is followed by the recommendation that comes from it."),
       ("finding", "Care leavers who become parents", [
           "Both of Baby D's parents were care leavers. The leaving care service knew the mother well, but its work with "
           "her was about housing and money, and her pregnancy was not discussed with her adviser's manager.",
           "Practitioners told the review that they did not want to treat care leavers differently from other parents. "
           "The effect was that the support the parents might have needed was not offered."],
        "The leaving care service should make sure that every care leaver who is expecting a baby has a plan for "
        "support in pregnancy and after the birth, agreed with maternity and health visiting."),
       ("finding", "Information about fathers", [
           "The midwife knew about the father's history of violence. The health visitor did not, because maternity "
           "records and health visiting records are held on different systems and the history was not in the handover.",
           "Fathers and partners are often absent from antenatal and new birth contacts, and what is known about them is "
           "easily lost between services."],
        "Maternity and health visiting services should include any known history of violence by a parent or partner "
        "in the handover at birth, and the partnership should check that this happens."),
       ("finding", "Advice about crying reaching both parents", [
           "Advice about coping with a crying baby was given to the mother only. The father, who was caring for Baby D "
           "when he was injured, was not given the advice by any service."],
        "The partnership should make sure that advice about coping with crying is given to every parent and carer, "
        "including fathers who are not present at health visits."),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Baby D", "Carnhollow Safeguarding Children Partnership")
    + [("h1", "Appendix: Terms of reference", "appendix", ["methodology", "other"]), ("tor", TOR[:4])],
}

# ---------- N1: Dunmarrow, Chromium: a council newsletter learning brief in three columns
N1 = {
    "file": "dunmarrow-learning-brief-child-k.pdf", "producer": "chromium_newsletter_columns", "body_from": 1,
    "template": "dunmarrow", "columns": True,
    "features": ["Chromium print of a council newsletter page: masthead 'Safeguarding Together' with issue number and "
                 "season, three CSS columns with rules between them, a shaded 'Key facts' box in the first column", "a learning brief from an "
                 "LCSPR: 'About the review', 'What happened', 'What we learned' (bullets), 'What we will do' (numbered), "
                 "'Questions to ask yourself'", "no cover page; title as the lead article headline", "footer with the "
                 "council's web address (invented) and 'OFFICIAL'"],
    "cover": {"title": "Learning brief: Local Child Safeguarding Practice Review Child K", "child_name": "Child K",
              "review_type": CSPR, "area": "Dunmarrow", "year": 2025,
              "partnership": "Dunmarrow Safeguarding Children Partnership", "by": "", "date": "Spring 2025"},
    "blocks": [("h1", "About the review", "introduction", ["summary"]),
               ("p", "Dunmarrow Safeguarding Children Partnership commissioned a local child safeguarding practice review "
                     "after Child K, aged three, was found at home with serious injuries in June 2024. This brief sets out "
                     "the main learning for practitioners."),
               ("p", "The full report is published on the partnership's website. Please read it with your team and talk "
                     "about what it means for your own work."),
               ("h1", "What happened", "background"),
               ("p", "Child K lived with her mother and her mother's new partner. Her nursery noticed bruises twice in "
                     "three months and each time accepted the mother's explanation that Child K had fallen."),
               ("p", "A neighbour called the police after hearing screaming. Officers found Child K with injuries that a "
                     "paediatrician later said had been caused on more than one occasion."),
               ("p", "The mother's new partner had convictions for violence. None of the agencies working with the family "
                     "knew that he had moved in."),
               ("h1", "What we learned", "learning"),
               ("items", "learning", [
                   "Bruising in a young child should be looked at together with any earlier injuries, not one at a time.",
                   "A new partner moving into the home is a significant change and practitioners should ask about it.",
                   "Nursery staff should feel confident to seek advice about an injury even when the explanation "
                   "seems reasonable."], "ul"),
               ("h1", "What we will do", "recommendations"),
               ("items", "recommendations", [
                   "Refresh the partnership's guidance on bruising and injuries in children under five and share it "
                   "with every early years setting.",
                   "Add a question about new adults in the household to the health visiting and nursery review forms.",
                   "Run a training session for early years staff on talking to parents about injuries."], "ol"),
               ("h1", "Questions to ask yourself", "other"),
               ("p", "Do I know who lives in the home of each child I work with? When did I last ask? Who would I call "
                     "for advice if I was unsure about an injury?")],
}

# ---------- D2: Eskerby, python3-docx DOCX with a landscape section for the recommendations and action plan
D2_BG, D2_EV, D2_AN = story("Child T", "he", [
    "Child T was twelve when he was found to have been sexually abused by an adult who had befriended him online. The "
    "abuse came to light in September 2024 when his mother found messages on his tablet.",
    "Child T lived with his mother and older sister. He had an education, health and care plan for a speech and language "
    "need, and attended a mainstream secondary school with support from a teaching assistant.",
    "In May 2024 the teaching assistant noticed that Child T had a new phone and said that an online friend had sent it. "
    "She told the school's designated safeguarding lead, who spoke to Child T and his mother.",
    "The designated safeguarding lead gave Child T's mother advice about online safety and recorded the conversation. "
    "No referral was made to children's social care or the police."],
    ["The gift of a phone from someone Child T had met online was a known sign of grooming. The school responded with "
     "advice to the family rather than seeing it as a possible sign of abuse.",
     "Child T's speech and language need made it harder for him to explain what was happening. Staff relied on what he "
     "said in one conversation and did not use the communication aids named in his plan.",
     "The designated safeguarding lead told the review that she had not received training on online grooming since "
     "taking up the role, and did not think to seek advice from the local authority's education safeguarding team."])
D2 = {
    "file": "eskerby-lcspr-child-t.pdf", "producer": "python_docx_libreoffice_landscape", "body_from": 2, "template": "eskerby",
    "features": ["python3-docx 0.8.11 DOCX -> LibreOffice 7.4 PDF export with bookmarks, untagged", "a new section "
                 "(WD_SECTION.NEW_PAGE) in landscape orientation holding the 'Recommendations and action plan' table "
                 "Recommendation | Action | Lead | By when | Evidence of impact, then a portrait section again",
                 "python-docx's 'Table Grid' style, bold header row", "header the partnership name left and 'OFFICIAL' "
                 "right, footer the title and the page number (a PAGE field)",
                 "learning as 'List Bullet' paragraphs"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child T", "child_name": "Child T", "review_type": CSPR,
              "area": "Eskerby", "year": 2025, "partnership": "Eskerby Safeguarding Children Partnership",
              "by": "Independent reviewer: Gail Hetherington", "date": "March 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child T, who was abused by an adult he had met online. The adult has been "
                     "convicted and is in prison. Child T and his mother have contributed to the review."),
               ("h1", "Methodology", "methodology")]
    + method("Eskerby Safeguarding Children Partnership", "Gail Hetherington", "six")[:2]
    + [("h1", "Background", "background")] + D2_BG
    + [("h1", "What happened", "background", ["findings"])] + D2_EV
    + [("h1", "Analysis", "findings")] + D2_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "A gift of a phone or other device from an online contact is a sign of possible grooming and should be "
           "treated as a safeguarding concern.",
           "Children with communication needs should be helped to tell their story using the aids and approaches "
           "that work for them.",
           "Designated safeguarding leads need regular training on online abuse and know where to get advice."], "ul"),
       ("h1", "Recommendations and action plan", "recommendations"),
       ("actionplan", [
           ("The partnership should publish guidance for schools on signs of online grooming, including gifts of devices "
            "from online contacts.", "Write and publish the guidance; brief every designated safeguarding lead",
            "Education safeguarding team", "June 2025", "Audit of school referrals for online concerns"),
           ("Schools should make sure that staff speaking to a child with communication needs about a concern use the "
            "approaches set out in the child's plan.", "Add to the model child protection policy for schools",
            "Special educational needs service", "September 2025", "Sample of records shows aids used"),
           ("The local authority should offer designated safeguarding leads annual training on online abuse.",
            "Commission and run the training", "Workforce development", "December 2025", "Attendance and feedback")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child T", "Eskerby Safeguarding Children Partnership"),
}

# ---------- C3: Fernholt, Chromium: SCR with an executive summary that lists the recommendations in short
C3_BG, C3_EV, C3_AN = story("Child J", "she", [
    "Child J was eleven when she died in a house fire in December 2018. She lived with her father and his partner and "
    "three other children. Her mother had died when she was six.",
    "The family had been known to children's social care for several years because of concerns about the condition of "
    "the home and the children's school attendance.",
    "In the summer of 2018 the fire service carried out a home safety visit and fitted smoke alarms. The officer noted "
    "that the house was very cluttered and that a bedroom door could not be closed.",
    "In October 2018 a child in need review noted that the home conditions had improved. The case was stepped down to "
    "early help two weeks before the fire."],
    ["The fire service's concerns about clutter were not shared with children's social care. Practitioners in both "
     "services told the review that they did not know how to contact each other about a family.",
     "The judgement that home conditions had improved was based on one visit to the downstairs rooms. The bedrooms were "
     "not seen.",
     "Child J's own account of her life at home was not recorded in any of the assessments."])
C3 = {
    "file": "fernholt-scr-child-j.pdf", "producer": "chromium_exec_summary", "body_from": 2, "template": "fernholt",
    "features": ["Chromium print of HTML, Liberation Serif", "an 'Executive summary' whose 'Summary of recommendations' "
                 "sub-heading lists what each recommendation asks in a few words (not the recommendations)", "the full "
                 "report after it, headings typed 'Part 1' .. 'Part 7'", "recommendations bold 'Recommendation N' label "
                 "lines over their text", "footer 'Fernholt LSCB - Serious Case Review Child J - page N'"],
    "cover": {"title": "Serious Case Review: Child J", "child_name": "Child J", "review_type": SCR, "area": "Fernholt",
              "year": 2019, "partnership": "Fernholt Local Safeguarding Children Board",
              "by": "Independent author: Peter Lanyon-Hale", "date": "September 2019"},
    "blocks": [("h1", "Executive summary", "summary", ["introduction"]),
               ("p", "Child J died in a house fire at the age of eleven. This serious case review was commissioned by "
                     "Fernholt Local Safeguarding Children Board because neglect was a factor in her death."),
               ("p", "The review found that the fire service and children's social care each held information that, "
                     "together, would have shown the risks in the home."),
               ("h2", "Summary of recommendations"),
               ("short", ["a protocol for the fire service and children's social care to share concerns",
                          "seeing every room in neglect cases",
                          "recording the child's own account",
                          "a check before a case is stepped down"]),
               ("h1", "Introduction", "introduction"),
               ("p", "The board decided to carry out a serious case review in January 2019. The review covers the two "
                     "years before Child J's death."),
               ("h1", "Methodology", "methodology")]
    + method("Fernholt Local Safeguarding Children Board", "Peter Lanyon-Hale", "nine")[:2]
    + [("h1", "Background", "background")] + C3_BG + C3_EV
    + [("h1", "Analysis", "findings")] + C3_AN
    + [("h1", "Lessons learned", "learning"),
       ("items", "learning", [
           "A fire service home safety visit can see parts of a home that other services do not, and its concerns about "
           "a child's safety should reach children's social care.",
           "A judgement that home conditions have improved should be based on seeing every room the children use.",
           "A child's own account of home life should be sought and recorded in every assessment of neglect."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The board should agree a protocol with the fire and rescue service for sharing concerns about children seen "
           "on home safety visits.",
           "Children's social care should make sure that assessments of neglect include seeing every room used by the "
           "children.",
           "All agencies should make sure that the child's own account of home life is recorded in assessments.",
           "Before a case is stepped down from children's social care to early help, a manager should check that the "
           "improvement has been seen by more than one agency."], "label"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child J", "Fernholt Local Safeguarding Children Board"),
}

# ---------- C4: Glaswick, Chromium: learning review with 'R1'..'R5' labels beside the recommendations
C4_BG, C4_EV, C4_AN = story("Child B", "she", [
    "Child B was fourteen when she was found by police in a flat in another city with two adult men in August 2024. She "
    "had been missing from her children's home for three days.",
    "Child B had been looked after by the local authority since she was eleven and had lived in five placements. Her "
    "social worker had changed four times in two years.",
    "Between March and July 2024 Child B went missing from her children's home on eleven occasions. Return home "
    "interviews were offered on each occasion and she took part in two of them.",
    "In June 2024 the home's staff reported to the police that Child B had been seen getting into cars driven by older men. "
    "The police recorded the reports as intelligence."],
    ["The many missing episodes were recorded carefully. What was not done was to put them together with the "
     "intelligence about cars and older men and to treat them as a pattern of exploitation.",
     "Frequent changes of social worker meant that no professional knew Child B well enough for her to talk to them.",
     "The children's home staff were worried but did not feel listened to when they raised concerns."])
C4 = {
    "file": "glaswick-learning-review-child-b.pdf", "producer": "chromium_rlabels", "body_from": 2, "template": "glaswick",
    "features": ["Chromium print of HTML, DejaVu Sans", "unnumbered headings in a coloured left band", "learning as "
                 "'Learning point N' bold run-in labels", "recommendations as a grid: bold 'R1' .. 'R5' labels in a "
                 "narrow left column, the text beside them", "'What has already changed' section", "header 'OFFICIAL' "
                 "and footer page number by @page margin boxes"],
    "cover": {"title": "Multi-agency Learning Review: Child B", "child_name": "Child B", "review_type": LR,
              "area": "Glaswick", "year": 2025, "partnership": "Glaswick Safeguarding Children Partnership",
              "by": "Lead reviewer: Frances Oduya", "date": "May 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This multi-agency learning review concerns Child B, a fourteen year old girl who was sexually "
                     "exploited while she was looked after. It was carried out as a learning review rather than a local "
                     "child safeguarding practice review, at the request of the partnership's case review group."),
               ("h1", "How the review was carried out", "methodology")]
    + method("Glaswick Safeguarding Children Partnership", "Frances Oduya", "five")[:2]
    + [("h1", "Background", "background")] + C4_BG + C4_EV
    + [("h1", "Analysis", "findings")] + C4_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Missing episodes and police intelligence about a child should be brought together and considered as a "
           "possible pattern of exploitation.",
           "Stable relationships with trusted adults are a protective factor, and changes of worker for a looked after "
           "child should be kept to a minimum.",
           "Children's home staff know the young people they care for well, and their concerns should be heard at "
           "planning meetings."], "lp"),
       ("h1", "What has already changed", "other", ["good_practice"]),
       ("p", "Since the review began, the police and children's social care have started a weekly meeting to review "
             "every child who has gone missing three or more times in a month."),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should make sure that missing episodes and intelligence about possible exploitation are "
           "reviewed together for every looked after child.",
           "Children's social care should set a standard for the number of changes of social worker a looked after child "
           "should experience, and report against it.",
           "Residential providers should be invited to every planning meeting for the children they care for.",
           "The police should review how intelligence about children seen with older men is assessed and acted on.",
           "The partnership should ask Child B's children's home to help design training on listening to young people."],
        "rlabel"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child B", "Glaswick Safeguarding Children Partnership"),
}

# ---------- C5: Hollinmere, Chromium: diagonal OFFICIAL watermark, learning a two-column table
C5_BG, C5_EV, C5_AN = story("Child A", "he", [
    "Child A was four years old when he drowned in the bath at home in November 2023. He lived with his mother, who had "
    "a long history of alcohol misuse, and his baby sister.",
    "Child A's mother had been supported by the adult drug and alcohol service for two years. She had told her key "
    "worker that she was drinking less since Child A's sister was born.",
    "In August 2023 the nursery reported that Child A had been collected by his mother when she appeared to be drunk. A "
    "social worker visited and the mother agreed to a safety plan naming her sister as a support.",
    "The adult drug and alcohol service was not invited to the meetings about the safety plan and did not know about the "
    "nursery's concern."],
    ["The safety plan depended on the mother's sister, who lived forty minutes away and was not asked whether she could "
     "help.",
     "The drug and alcohol service held information about the mother's drinking that would have changed the view of the "
     "risk, but the two services did not speak.",
     "The review heard that practitioners found it hard to talk to the mother about her drinking because she became "
     "upset, and conversations often ended early."])
C5 = {
    "file": "hollinmere-cspr-child-a.pdf", "producer": "chromium_watermark_lptable", "body_from": 2, "template": "hollinmere",
    "features": ["Chromium print of HTML, Liberation Sans", "a large diagonal light grey 'OFFICIAL' watermark on every page "
                 "(fixed-position rotated text drawn behind the body)", "learning a two-column table 'Learning point | "
                 "Why it matters' (each learning point an item; the reason no part of it)", "recommendations a numbered "
                 "list", "'Appendix: Terms of reference' after the recommendations"],
    "cover": {"title": "Child Safeguarding Practice Review: Child A", "child_name": "Child A", "review_type": CSPR,
              "area": "Hollinmere", "year": 2024, "partnership": "Hollinmere Safeguarding Children Partnership",
              "by": "Independent reviewer: Colin Beresford", "date": "July 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child A, who died at the age of four. His mother was convicted of child "
                     "neglect. Child A's sister lives with her father."),
               ("h1", "Methodology", "methodology")]
    + method("Hollinmere Safeguarding Children Partnership", "Colin Beresford", "six")[:2]
    + [("h1", "Background", "background")] + C5_BG
    + [("h1", "Key events", "background", ["findings"])] + C5_EV
    + [("h1", "Analysis", "findings")] + C5_AN
    + [("h1", "Learning", "learning"),
       ("lptable", [
           ("A safety plan that depends on a relative should be agreed with that relative.",
            "The plan for Child A rested on an aunt who had not been asked and could not have reached the home quickly."),
           ("Adult services working with a parent should be part of planning for the children.",
            "The drug and alcohol service knew more about the mother's drinking than anyone else."),
           ("Practitioners need support to have difficult conversations about a parent's drinking.",
            "Conversations that ended early left the risks unknown.")]),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "Children's social care should make sure that anyone named in a safety plan has agreed to their part in it.",
           "The partnership should agree a protocol for adult drug and alcohol services to be invited to child "
           "protection and child in need meetings.",
           "The partnership should offer practitioners training and supervision on talking to parents about alcohol."],
        "ol"),
       ("h1", "Appendix: Terms of reference", "appendix", ["methodology", "other"]), ("tor", TOR[:3])],
}

REPORTS = [D1, C1, C2, N1, D2, C3, C4, C5]
