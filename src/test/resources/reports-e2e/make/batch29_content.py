"""Batch 29 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding practice
review reports, each from a producer or page treatment no earlier batch uses (jsPDF with the jspdf-autotable plugin,
pptxgenjs PPTX -> LibreOffice Impress, pandoc -> ConTeXt, pandoc -> groff ms (pdfroff), a report with redaction boxes
(black rectangles where names were, the text removed), a Chromium report re-printed by pdftocairo -pdf, a Chromium report
rewritten by Ghostscript as PDF/A-2b, pdflatex with pdflscape landscape pages (/Rotate 90)).

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch27_content.py: ("h1", heading, type[, accept]) a section heading as printed (a number the producer generates is left
out), ("h2", text) a sub-heading (no section), ("p", text), ("items", type, [texts], style) items of that type (texts
without their printed numbers or labels), ("gloss", [(term, meaning), ...]) a glossary (no items), and
("rectable", [(recommendation, lead), ...]) a recommendations table No. | Recommendation | Lead (each recommendation an
item, the lead no part of its text). In paragraphs, '[[words]]' marks words the redacted report blacks out (the words are
not in the PDF; the other renderers print them).
"""
import re
from batch25_content import method, terms, GLOSS
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"


def unredacted(s):
    return re.sub(r"\[\[(.*?)\]\]", r"\1", s)


# ---------- P1: jsPDF + jspdf-autotable (node)
P1_BG, P1_EV, P1_AN = story("Child T", "he", [
    "Child T was fifteen when he was found by police in a flat in another county with a quantity of drugs and cash. He "
    "lived with his mother and two younger sisters. His father had left the family home when Child T was nine.",
    "Child T had an education, health and care plan for social, emotional and mental health needs. He had been excluded "
    "from his secondary school twice in Year 9 and moved to an alternative provision in the autumn of 2023.",
    "Between October 2023 and March 2024 Child T was reported missing eleven times. Most episodes lasted one night. Return "
    "home interviews were offered after six of them and Child T took part in two.",
    "In January 2024 a youth worker heard Child T talking about 'going country' and passed the information to the police "
    "child exploitation team. A referral to the National Referral Mechanism was not made until after his arrest in April."],
    ["Agencies held different parts of the picture. The alternative provision knew about new clothes and a second phone; "
     "the police knew about the missing episodes; the youth service knew what Child T had said. No single meeting brought "
     "these together until after the arrest.",
     "The move to alternative provision reduced Child T's timetable to fifteen hours a week. Practitioners told the review "
     "that the afternoons without education were when he was most often seen with older young people in the town centre.",
     "Child T was sometimes described in records as 'choosing' to go missing and as 'involved in drug dealing'. This language "
     "placed the responsibility on him rather than on the adults who were exploiting him."])
P1 = {
    "file": "ravensclough-lcspr-child-t.pdf", "producer": "jspdf_autotable", "body_from": 2,
    "features": ["jsPDF 4.2 (node) with the jspdf-autotable 5.0 plugin: base-14 Helvetica, untagged, no outline, every text "
                 "line placed by the script", "cover page text only (partnership, title over two lines, reviewer, date); "
                 "numbered headings '1. Introduction' in Helvetica-Bold 14 pt with a thin rule under them; footer 'Page N "
                 "of M' centred", "terms of reference questions an autoTable (grid theme) of two columns; learning a '1.' "
                 "list drawn line by line; good practice '-' bullets", "recommendations an autoTable 'striped' No. | "
                 "Recommendation | Lead with a dark blue header row repeated on the next page; glossary an autoTable "
                 "(plain theme)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child T", "child_name": "Child T", "review_type": CSPR,
              "area": "Ravensclough", "year": 2024, "partnership": "Ravensclough Safeguarding Children Partnership",
              "by": "Independent reviewer: Marcus Fenwright", "date": "Published October 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This local child safeguarding practice review concerns Child T, a fifteen year old boy who was found by "
                     "police in April 2024 in a property used to supply drugs, more than eighty miles from his home. He was "
                     "later recognised as a victim of criminal exploitation."),
               ("p", "The Ravensclough Safeguarding Children Partnership decided to carry out this review after a rapid "
                     "review in May 2024. The rapid review found that several agencies had known about signs of exploitation "
                     "for some months and that there was learning about how those signs were brought together."),
               ("h1", "Terms of reference", "methodology", ["other"]),
               ("p", "The partnership agreed the following questions for the review."),
               ("tor", [("1", "How well did agencies recognise and share the signs that Child T was being exploited?"),
                        ("2", "Was Child T seen as a child in need of protection, or as a young person making choices?"),
                        ("3", "How did the move to alternative provision affect the support around Child T?"),
                        ("4", "Were missing episodes and return home interviews used to understand what was happening?")]),
               ("h1", "Methodology", "methodology")]
    + method("Ravensclough Safeguarding Children Partnership", "Marcus Fenwright", "seven")
    + [("h1", "Background", "background")] + P1_BG
    + [("h1", "Summary of events", "background", ["findings"])] + P1_EV
    + [("h1", "Analysis", "findings")] + P1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Repeated missing episodes in a teenager are a sign of possible exploitation and should lead to a multi-agency "
           "discussion, not only a return home interview.",
           "A reduced timetable can leave a young person without adults around them for much of the day and needs a plan for "
           "the hours out of education.",
           "Language that describes a child as choosing to be exploited hides the risk and shifts responsibility away from the "
           "adults who harm them.",
           "Information from youth workers and other community practitioners is as important as information from statutory "
           "services and needs a clear route into the multi-agency system."], "ol"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The youth worker recorded Child T's words exactly and passed them to the police on the same evening.",
           "The custody sergeant recognised Child T as a possible victim of exploitation and asked for an appropriate adult "
           "from the youth offending service rather than a volunteer."], "dash"),
       ("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("The partnership should make sure that every child reported missing three times in ninety days is discussed at "
            "the multi-agency child exploitation meeting.", "Police and CSC"),
           ("The local authority should review how children on reduced timetables in alternative provision are supported "
            "for the hours they are not in education.", "Education"),
           ("The partnership should publish guidance on the language used to describe exploited children and include it in "
            "all safeguarding training.", "Partnership"),
           ("The youth service and voluntary sector partners should agree a single route for sharing exploitation "
            "intelligence with the police and children's social care.", "Youth service"),
           ("Children's social care should make sure that a referral to the National Referral Mechanism is considered at the "
            "first strategy discussion about a child at risk of criminal exploitation.", "CSC")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child T", "Ravensclough Safeguarding Children Partnership")
    + [("h1", "Glossary", "appendix", ["other"]), ("gloss", GLOSS + [("NRM", "National Referral Mechanism, the framework "
                                                                               "for identifying victims of modern slavery.")])],
}

# ---------- P2: pptxgenjs -> LibreOffice Impress (short slide texts, one slide a section)
P2 = {
    "file": "fellbrook-cspr-baby-a-practitioner-briefing.pdf", "producer": "pptxgenjs_impress", "body_from": 2,
    "features": ["pptxgenjs 4.0 PPTX (LAYOUT_WIDE 13.33 x 7.5 in) -> LibreOffice Impress 7.4 PDF export, untagged, an outline of "
                 "'Slide N' bookmarks; one slide a page", "title slide (partnership, title, 'Practitioner briefing', date, invented note); every other slide "
                 "a title placeholder-like text box (Arial bold 26 pt, navy) over a text box of paragraphs or bullets; "
                 "a coloured bar at the left edge of every slide", "learning as pptxgenjs bullets (bullet: true), "
                 "recommendations as numbered bullets (bullet: {type: 'number'}), good practice bullets with a tick "
                 "character code", "slide number bottom right (slideNumber)"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby A", "child_name": "Baby A", "review_type": CSPR,
              "area": "Fellbrook", "year": 2025, "partnership": "Fellbrook Children's Safeguarding Partnership",
              "by": "Practitioner briefing", "date": "March 2025"},
    "blocks": [("h1", "About this briefing", "introduction"),
               ("p", "This briefing summarises the learning from the child safeguarding practice review about Baby A. It is "
                     "for practitioners and managers in all agencies who work with babies and their families. Please use it "
                     "in team meetings and supervision."),
               ("h1", "Who was Baby A?", "background"),
               ("p", "Baby A was a five month old boy who lived with his mother, aged nineteen, and her partner. His mother "
                     "had been a looked after child until she was eighteen and was supported by a personal adviser from the "
                     "leaving care service."),
               ("p", "In August 2024 Baby A was admitted to hospital with a head injury that doctors judged to be "
                     "non-accidental. He has since recovered well and lives with his maternal aunt."),
               ("h1", "What happened", "background", ["findings"]),
               ("p", "During the pregnancy the midwife and the personal adviser both noticed that the mother's partner "
                     "answered for her and that she seemed anxious when he was present. Neither knew that the other had "
                     "the same worry."),
               ("p", "After the birth, the family missed two health visitor contacts. The personal adviser's visits moved to "
                     "telephone calls because of staff shortages. Baby A was last seen by a professional nine weeks before "
                     "his injury."),
               ("h1", "What we learned", "learning"),
               ("items", "learning", [
                   "Care leavers who become parents may have few people to turn to and need professionals who talk to each "
                   "other about the baby.",
                   "Controlling behaviour by a partner during pregnancy is a risk to the baby as well as to the mother.",
                   "When contact moves to the telephone, nobody is seeing the baby; this should be a conscious decision "
                   "agreed with a manager."], "bullet"),
               ("h1", "What worked well", "good_practice"),
               ("items", "good_practice", [
                   "The paediatric registrar completed a full child protection medical and shared the findings with "
                   "children's social care the same day.",
                   "The maternal aunt was assessed quickly as a kinship carer so that Baby A could leave hospital to a "
                   "family home."], "tick"),
               ("h1", "What needs to change", "recommendations"),
               ("items", "recommendations", [
                   "Midwifery and leaving care services should agree how they share concerns about a care leaver's "
                   "pregnancy.",
                   "The partnership should add coercive control in pregnancy to its domestic abuse training for health "
                   "practitioners.",
                   "Agencies should record a manager's agreement whenever a baby will not be seen face to face for more "
                   "than four weeks."], "number"),
               ("h1", "Questions for your team", "other"),
               ("p", "Do you know who else is working with the families on your caseload? When did you last see the baby, "
                     "not just hear about the baby? What would you do if a partner always answered for a parent?"),
               ("h1", "Further information", "other", ["appendix"]),
               ("p", "The full report and a seven-minute briefing are on the Fellbrook partnership website. For training "
                     "dates contact the partnership's learning and development officer.")],
}

# ---------- P3: pandoc -> ConTeXt
P3_BG, P3_EV, P3_AN = story("Child K", "she", [
    "Child K was seven when she died in a house fire in February 2024. She lived with her father, who had sole care of her "
    "and her brother after their mother died in 2021. Her father had a long history of alcohol misuse.",
    "Child K attended the local primary school, where she was described as bright and sociable. Her attendance fell to 84 "
    "per cent in the year before her death and she often arrived hungry and in the same clothes.",
    "In the summer of 2023 a neighbour called the police twice to report that the children were alone in the house late at "
    "night. On both occasions the father returned while officers were there and said he had gone to the shop.",
    "The school's designated safeguarding lead made a referral to the front door service in November 2023. It was closed "
    "with advice to the school after a telephone conversation with the father, who agreed to contact a drug and alcohol "
    "service."],
    ["The referral in November 2023 was assessed on the information it contained. The two police contacts in the summer "
     "were on police systems but were not sought, because the screening social worker did not carry out a police check "
     "for a referral graded as universal plus.",
     "The father's agreement to contact the alcohol service was treated as a protective factor. Nobody followed up whether "
     "he had done so; he had not.",
     "Child K's own account of her home life was not sought. Her teacher told the review that Child K often talked about "
     "making tea for her brother, which the teacher had found sweet rather than worrying."])
P3 = {
    "file": "wyndmoor-lcspr-child-k.pdf", "producer": "pandoc_context", "body_from": 2,
    "features": ["pandoc 2.17 markdown -> ConTeXt MkIV (--pdf-engine=context), Latin Modern, untagged, outline of the numbered headings; pandoc's ConTeXt "
                 "template with `numbersections` (headings '1 Introduction' numbered by ConTeXt), title block on page 1 "
                 "(title, author, date) then a page break", "learning an ordered list, good practice a bullet list "
                 "(ConTeXt's bullet symbol), recommendations a pandoc pipe table No. | Recommendation | Lead (xtables, "
                 "horizontal rules only)", "glossary a pandoc definition list (ConTeXt `\\startdescription`)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
              "area": "Wyndmoor", "year": 2025, "partnership": "Wyndmoor Safeguarding Children Partnership",
              "by": "Independent reviewer: Dr Priya Castellane", "date": "January 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review was commissioned by the Wyndmoor Safeguarding Children Partnership after the death of "
                     "Child K in a house fire in February 2024. Her father was convicted of manslaughter by gross "
                     "negligence in October 2024. Her brother survived and now lives with relatives."),
               ("p", "The partnership extends its sympathy to Child K's family. The review has been written so that it can "
                     "be published without identifying her brother, whose wishes about publication were sought."),
               ("h1", "Scope and method", "methodology")]
    + method("Wyndmoor Safeguarding Children Partnership", "Dr Priya Castellane", "eight")
    + terms("the period from September 2022 to February 2024")
    + [("h1", "Family background", "background")] + P3_BG
    + [("h1", "Key practice episodes", "background", ["findings"])] + P3_EV
    + [("h1", "Findings", "findings")] + P3_AN
    + [("h1", "Learning for the partnership", "learning"),
       ("items", "learning", [
           "Children left alone at night is a form of neglect that needs to be seen alongside any other concerns, even when "
           "each incident seems to have an explanation.",
           "Screening decisions need the information other agencies already hold; a referral should not be graded on the "
           "referrer's information alone.",
           "A parent's agreement to seek help is not the same as help being received and needs to be checked.",
           "Young carers can be hidden in plain sight; what a child says about looking after a sibling should prompt curiosity."],
        "ol"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The designated safeguarding lead kept a detailed record of Child K's presentation and used it to make a clear "
           "referral.",
           "The fire service and the police supported the family and the school sensitively after Child K's death."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("The front door service should carry out police and health checks on every referral about neglect before it is "
            "graded.", "CSC"),
           ("The partnership should relaunch the neglect toolkit with a section on children left home alone.", "Partnership"),
           ("Agencies should follow up within four weeks when a plan depends on a parent contacting another service.",
            "All agencies"),
           ("Schools should be supported to identify young carers and to record what children say about caring for "
            "siblings.", "Education")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child K", "Wyndmoor Safeguarding Children Partnership")
    + [("h1", "Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- P4: pandoc -> groff ms (pdfroff)
P4_BG, P4_EV, P4_AN = story("Child P", "he", [
    "Child P was a two year old boy who lived with his mother and her new partner in a rented house on the edge of "
    "Ashcombe Vale. His mother had two older children who lived with their paternal grandmother under a special "
    "guardianship order.",
    "The older children had been removed in 2013 after concerns about neglect and domestic abuse. This history was known "
    "to children's social care but was not shared with the health visitor when Child P was born.",
    "In the spring of 2016 Child P's nursery noticed bruising to his ear and a scratch to his neck. His mother said he had "
    "fallen against a cot. The nursery recorded the injury on a body map and informed the health visitor by letter.",
    "Child P was admitted to hospital in July 2016 with a serious head injury. Her partner was later convicted of causing "
    "grievous bodily harm."],
    ["The family's history with the older children was the most important piece of information about risk to Child P. "
     "It was held in a closed social care file that was not checked when the health visitor made an enquiry in 2015.",
     "The nursery's letter to the health visitor took nine days to arrive and was filed without action because the "
     "health visitor was on leave. Bruising to the ear is a recognised indicator of abuse in young children.",
     "The mother's partner was not known to any agency in Ashcombe Vale. No one asked where he had lived before or whether "
     "he had children of his own."])
P4 = {
    "file": "ashcombe-vale-lscb-scr-child-p.pdf", "producer": "pandoc_ms", "body_from": 2,
    "features": ["pandoc 2.17 markdown -> groff ms (pandoc's ms writer) -> pdfroff (groff 1.22.4 -ms to PostScript, then Ghostscript 10 pdfwrite: Creator groff, Producer Ghostscript), base-14 "
                 "Times, untagged, PDF outline from pandoc's `.pdfhref O` marks", "pandoc title block (title, author, "
                 "date centred on page 1, an invented-note paragraph) then `.bp`; numbered '.NH' headings '1 "
                 "Introduction' from `-N` (bold body-size Times)", "learning as an ordered list ('.IP 1.'), good practice "
                 "bullets ('.IP \\(bu'), recommendations an ordered list; glossary a definition list ('.IP' with the term "
                 "as the label, bold)", "page number at the foot (pandoc's ms template)"],
    "cover": {"title": "Serious Case Review: Child P", "child_name": "Child P", "review_type": SCR,
              "area": "Ashcombe Vale", "year": 2017, "partnership": "Ashcombe Vale Local Safeguarding Children Board",
              "by": "Lead reviewer: Graham Tolley", "date": "Published June 2017"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This serious case review was commissioned by the Ashcombe Vale Local Safeguarding Children Board "
                     "after Child P suffered a serious head injury in July 2016. The criteria in Working Together to "
                     "Safeguard Children 2015 were met because abuse was known and Child P was seriously harmed."),
               ("p", "Child P has made a partial recovery. He lives with foster carers and has continuing health needs. "
                     "The board is grateful to the practitioners who took part in the review."),
               ("h1", "Process of the review", "methodology")]
    + method("Ashcombe Vale Local Safeguarding Children Board", "Graham Tolley", "ten")
    + [("h1", "Background", "background")] + P4_BG
    + [("h1", "Key events", "background", ["findings"])] + P4_EV
    + [("h1", "Analysis of practice", "findings")] + P4_AN
    + [("h1", "Lessons learned", "learning"),
       ("items", "learning", [
           "When a parent has had children removed, that history must be known to every professional working with a new "
           "baby in the family.",
           "Body maps and written notifications of injury need to reach a named professional who will act on them, not an "
           "inbox.",
           "New partners in a household are a gap in the picture unless practitioners ask who they are and where they have "
           "lived."], "ol"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The nursery recorded the injury carefully on a body map with the mother's explanation in her own words.",
           "The hospital's safeguarding nurse made sure the older children's special guardian was told of Child P's "
           "admission."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("p", "The review makes the following recommendations to the board."),
       ("items", "recommendations", [
           "Children's social care should flag the records of parents whose children have been removed so that checks on a "
           "new baby find the history.",
           "The board should agree how early years settings report injuries to health visitors, with a telephone call as "
           "well as a letter.",
           "Health visiting should ask about every adult in the household at the new birth visit and at each core contact.",
           "The board should seek assurance that closed social care files are searched when an agency asks about a family."],
        "ol"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child P", "Ashcombe Vale Local Safeguarding Children Board")
    + [("h1", "Appendix: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- P5: redaction boxes (WeasyPrint, names blacked out, the text removed)
P5 = {
    "file": "corran-bridge-lcspr-child-r-redacted.pdf", "producer": "weasyprint_redacted", "body_from": 2,
    "features": ["WeasyPrint 57.2 HTML, DejaVu Sans 10 pt, untagged; **redaction boxes: practitioners' names, the school and "
                 "two addresses replaced by black filled rectangles (inline-block spans, no text under them)**, 'Redacted "
                 "version for publication' line on the cover", "headings '1. Introduction' (numbers typed) dark red with a "
                 "rule; learning a numbered list; good practice bullets; recommendations a bordered table No. | "
                 "Recommendation | Lead", "footer 'Corran Bridge LCSPR Child R - redacted - page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
              "area": "Corran Bridge", "year": 2025, "partnership": "Corran Bridge Safeguarding Children Partnership",
              "by": "Independent reviewer: [[Eleanor Wisbech]]", "date": "Published May 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child R, a thirteen year old girl who was sexually exploited by a group of adult "
                     "men between the summer of 2023 and March 2024. The men were convicted in January 2025. Some names and "
                     "places have been redacted in this published version to protect Child R and her family."),
               ("p", "The review was commissioned by the Corran Bridge Safeguarding Children Partnership following a rapid "
                     "review in April 2024, led by an independent reviewer, [[Eleanor Wisbech]], and overseen by a panel of "
                     "senior managers."),
               ("h1", "How the review was done", "methodology"),
               ("p", "Each agency provided a chronology and an analysis of its involvement. The reviewer met the "
                     "practitioners at two learning events held at [[Riverside House, Corran Bridge]] and spoke with Child "
                     "R's mother and with Child R herself, who chose to contribute through a letter."),
               ("p", "The review took eight months. Criminal proceedings delayed some conversations with practitioners; "
                     "the police and the Crown Prosecution Service were consulted before each learning event."),
               ("h1", "Background", "background"),
               ("p", "Child R lived with her mother and her younger brother. Her parents separated when she was ten. She "
                     "attended [[St Ninian's Academy]] and was described as a quiet, able student who had few close friends."),
               ("p", "In Year 8 Child R's attendance fell and staff noticed that she was being collected from school by an "
                     "older man in a car. The head of year, [[Mr Hallam]], spoke to Child R, who said the man was her "
                     "cousin."),
               ("p", "In the autumn of 2023 Child R was reported missing four times. After the third episode a police "
                     "officer, [[PC Dorrington]], found her at an address in [[Quarry Lane]] with two adult men. She was "
                     "taken home and the incident was recorded as a missing episode only."),
               ("h1", "Analysis", "findings"),
               ("p", "The school had information that suggested grooming from the start of the autumn term. It was "
                     "recorded on the safeguarding system but was not referred, because Child R's explanation was accepted "
                     "without checking who the man was."),
               ("p", "The police response to the missing episode at [[Quarry Lane]] focused on returning Child R home. The "
                     "adults at the address were not identified and no intelligence report was submitted until a month "
                     "later, when [[DS Mortlake]] of the exploitation team reviewed the missing episodes."),
               ("p", "Child R's mother asked the school and children's social care for help on several occasions. She told "
                     "the review that she felt blamed for her daughter's behaviour and was told that Child R was "
                     "'making her own choices'."),
               ("p", "Once the exploitation team became involved, the response was strong. A strategy discussion was held "
                     "within a day, a safety plan was agreed with Child R and her mother, and disruption notices were "
                     "served on two of the men."),
               ("h1", "Learning", "learning"),
               ("items", "learning", [
                   "An adult who collects a child from school and is not a known carer needs to be identified, whatever the "
                   "child says about him.",
                   "Finding a child with unknown adults during a missing episode is an exploitation concern, not only a "
                   "missing person matter.",
                   "Parents of exploited children are often the first to ask for help and need to be treated as partners, "
                   "not blamed.",
                   "Children cannot consent to their own exploitation; records should describe what adults did to them."],
                "ol"),
               ("h1", "Good practice", "good_practice"),
               ("items", "good_practice", [
                   "The exploitation team reviewed every missing episode for Child R and recognised the pattern quickly.",
                   "Child R's letter to the review was read aloud at the second learning event with her permission and "
                   "shaped the recommendations."], "ul"),
               ("h1", "Recommendations", "recommendations"),
               ("rectable", [
                   ("Schools should have a clear process to identify any adult collecting a child who is not a known "
                    "carer, and to refer when a child's explanation cannot be checked.", "Education"),
                   ("The police should treat any child found with unknown adults during a missing episode as a possible "
                    "victim of exploitation and submit intelligence the same day.", "Police"),
                   ("The partnership should develop a parent support offer for families of exploited children.",
                    "Partnership"),
                   ("All agencies should audit records for language that blames children for their exploitation.",
                    "All agencies")]),
               ("h1", "Conclusion", "conclusion"),
               ("p", "Child R was let down in the first months of her exploitation by responses that saw her behaviour and "
                     "not the adults behind it. The partnership has accepted every recommendation and will report on "
                     "progress in its annual report.")],
}

# ---------- P6: Chromium -> pdftocairo -pdf re-print
P6_BG, P6_EV, P6_AN = story("Amira", "she", [
    "Amira was eleven when she was admitted to hospital after an overdose of her mother's medication. She lived with her "
    "mother, who has a long-term physical illness, and she was her mother's main carer for much of the week.",
    "Amira's family came to the UK in 2019. Amira speaks English and Arabic fluently; her mother speaks little English and "
    "Amira often interpreted for her at medical appointments.",
    "In Year 6 Amira told a teaching assistant that she was tired because she helped her mother at night. The school "
    "referred her to the young carers service, which placed her on a waiting list.",
    "After her transition to secondary school Amira's attendance and behaviour changed. She was given two detentions for "
    "lateness and was seen by the school counsellor once before the overdose in March 2024."],
    ["Amira was used as an interpreter for her mother in health appointments where her mother's prognosis was discussed. "
     "This placed an adult burden on a child and meant that Amira heard frightening news without support.",
     "The young carers referral was the right response but the waiting list was seven months long. Nobody checked on "
     "Amira while she waited, and the referral did not transfer with her to secondary school.",
     "At secondary school Amira's lateness was managed through the behaviour policy. Staff did not know she was a young "
     "carer because the primary school's transfer record did not say so."])
P6 = {
    "file": "lindhurst-learning-review-amira.pdf", "producer": "chromium_pdftocairo", "body_from": 2,
    "features": ["HTML printed by Chromium 156 (tagged), then **re-printed by `pdftocairo -pdf` (poppler 22, cairo 1.16)**: "
                 "tags, outline and link annotations gone, fonts re-embedded by cairo as subsets, every glyph run placed "
                 "again", "Liberation Serif body, headings Liberation Sans bold teal, unnumbered; cover 'A learning review' "
                 "over the name 'Amira'", "learning points as shaded boxes with a bold 'Learning point N' label line; "
                 "good practice bullets; recommendations a numbered list", "appendix 'Appendix: Glossary' as a two-column "
                 "table"],
    "cover": {"title": "Learning Review: Amira", "child_name": "Amira", "review_type": LR,
              "area": "Lindhurst", "year": 2024, "partnership": "Lindhurst Safeguarding Children Partnership",
              "by": "Reviewer: Joanna Beck", "date": "November 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This learning review looks at the support given to Amira, an eleven year old young carer, in the year "
                     "before she took an overdose in March 2024. Amira recovered physically and is now supported by child "
                     "and adolescent mental health services."),
               ("p", "The Lindhurst Safeguarding Children Partnership chose a learning review rather than a local child "
                     "safeguarding practice review because Amira was not abused or neglected. The review follows the same "
                     "principles: it looks for learning, not blame."),
               ("h1", "How we carried out the review", "methodology")]
    + method("Lindhurst Safeguarding Children Partnership", "Joanna Beck", "six")
    + [("h1", "Amira and her family", "background")] + P6_BG
    + [("h1", "What happened", "background", ["findings"])] + P6_EV
    + [("h1", "What we found", "findings")] + P6_AN
    + [("h1", "Learning points", "learning"),
       ("items", "learning", [
           "Children should not be used to interpret for their parents in health appointments, least of all when serious "
           "news is given.",
           "A child on a waiting list is still a child in need of support; someone needs to stay in touch while they wait.",
           "A child's young carer status needs to travel with them at transition to secondary school.",
           "Changes in behaviour and lateness in a young carer may be signs of strain rather than defiance."], "boxes"),
       ("h1", "What went well", "good_practice"),
       ("items", "good_practice", [
           "The primary school listened to Amira and made a young carers referral on the same day she spoke.",
           "The hospital arranged a professional interpreter for Amira's mother throughout Amira's admission."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "Health providers should remind all staff that children must not act as interpreters and should audit the use "
           "of professional interpreters.",
           "The young carers service should contact every child on its waiting list at least once a month.",
           "The local authority should add young carer status to the primary to secondary transfer record.",
           "Secondary schools should review the behaviour policy's response to lateness for pupils known to be young "
           "carers."], "ol"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Amira", "Lindhurst Safeguarding Children Partnership")
    + [("h1", "Appendix: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- P7: Chromium -> Ghostscript PDF/A-2b
P7_BG, P7_EV, P7_AN = story("Child W", "he", [
    "Child W was four months old when he died suddenly in March 2024 while sleeping on a sofa with his father. He lived "
    "with both parents and his sister, aged three, in a two-bedroom flat in Stanmoor.",
    "Both parents had used cannabis daily since their teens. His mother had been open about this with the midwife at "
    "booking and had been referred to the substance misuse service, which she attended twice.",
    "The health visitor discussed safer sleep at the new birth visit and left a leaflet. At the six to eight week review "
    "the family had no cot for Child W, who slept in a car seat or with his parents.",
    "A charity provided a cot in January 2024. On the night of Child W's death his father had been drinking and fell asleep "
    "on the sofa with Child W on his chest."],
    ["Safer sleep advice was given, but it was given as information rather than as a conversation about this family's "
     "nights. Practitioners did not ask where Child W actually slept or what would happen when his parents had used "
     "cannabis or alcohol.",
     "The substance misuse service closed the mother's case after two missed appointments. The father was never offered "
     "support and his use was not recorded by any agency.",
     "The family's housing was overcrowded and damp. Practitioners knew this but saw it as a housing matter rather than as "
     "something that affected where the baby could safely sleep."])
P7 = {
    "file": "stanmoor-cspr-child-w-pdfa.pdf", "producer": "chromium_ghostscript_pdfa", "body_from": 2,
    "features": ["HTML printed by Chromium 156, then **rewritten by Ghostscript 10 as PDF/A-2b** (`-dPDFA=2 "
                 "-dPDFACompatibilityPolicy=1`, sRGB output intent, XMP metadata): tags dropped, fonts re-embedded by gs "
                 "as Type 1C / CID subsets", "Source-like sans (DejaVu Sans) body; headings numbered '1.' by CSS counters "
                 "(`::before`, so the numbers are real text), navy; cover with a purple block and white title", "learning "
                 "a numbered list with the first six words bold; good practice bullets; recommendations 'Recommendation N' "
                 "bold run-in labels in paragraphs", "A4, no page numbers"],
    "cover": {"title": "Child Safeguarding Practice Review: Child W", "child_name": "Child W", "review_type": CSPR,
              "area": "Stanmoor", "year": 2024, "partnership": "Stanmoor Safeguarding Children Partnership",
              "by": "Independent author: Ruth Pellow", "date": "December 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "Child W died suddenly and unexpectedly in March 2024 at four months old. The Stanmoor Safeguarding "
                     "Children Partnership carried out this review because the circumstances raised questions about how "
                     "agencies work with families where a baby is at risk of sudden unexpected death in infancy."),
               ("p", "The review was completed as a child safeguarding practice review under Working Together to Safeguard "
                     "Children 2023. It has been shared with the family before publication."),
               ("h1", "The review process", "methodology")]
    + method("Stanmoor Safeguarding Children Partnership", "Ruth Pellow", "seven")
    + [("h1", "Background", "background")] + P7_BG
    + [("h1", "Key episodes", "background", ["findings"])] + P7_EV
    + [("h1", "Analysis and findings", "findings")] + P7_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Safer sleep advice works best as a conversation about where this baby sleeps on an ordinary night and on a night "
           "when things are different.",
           "Fathers' substance use matters as much as mothers' and needs to be asked about and recorded.",
           "Overcrowded housing is a safer sleep issue and should be treated as part of the baby's safety plan.",
           "Closing a parent's case after missed appointments can remove the only service holding the risk."], "boldfirst"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The health visitor recognised the lack of a cot and arranged for a charity to provide one.",
           "The police and paediatrician followed the joint agency response to sudden unexpected death in childhood "
           "promptly and sensitively."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should replace its safer sleep leaflet with a safer sleep assessment tool used at every health "
           "visiting contact.",
           "Adult substance misuse services should ask about children in the household at every closure and record the "
           "reason for closing.",
           "Midwifery and health visiting should record fathers' and partners' substance use at booking and at the new "
           "birth visit.",
           "The housing service should give priority to families where overcrowding prevents a baby from sleeping safely."],
        "labels"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child W", "Stanmoor Safeguarding Children Partnership")
    + [("h1", "Glossary", "appendix", ["other"]), ("gloss", GLOSS + [("SUDI", "Sudden unexpected death in infancy.")])],
}

# ---------- P8: pdflatex + pdflscape (the recommendations table on landscape pages, /Rotate 90)
P8_BG, P8_EV, P8_AN = story("Child G", "she", [
    "Child G was nine when she disclosed to a teacher that her stepfather had sexually abused her over two years. She lived "
    "with her mother, her stepfather and two half-brothers in Thornwick.",
    "Child G had been known to children's social care as a child in need in 2020, when her mother left a violent "
    "relationship with Child G's father. The case was closed after six months when the family moved.",
    "In 2022 Child G's school noticed that she had become withdrawn and was reluctant to go home on Fridays. A teacher "
    "recorded this on the school's system; the designated safeguarding lead spoke with her mother, who said Child G missed "
    "her father at weekends.",
    "In the autumn of 2023 Child G told her class teacher what was happening at home. A referral was made the same day, a "
    "joint investigation followed and the stepfather was arrested. He was convicted in 2024."],
    ["The school's concern in 2022 was explained by the mother and the explanation was accepted. Child G was not spoken to "
     "alone and the stepfather's role in her care was not considered.",
     "Signs of sexual abuse in children are often indirect: changes in mood, reluctance to go home, problems with sleep. "
     "Practitioners told the review that they lacked confidence in recognising these signs and in talking with children "
     "about them.",
     "When Child G disclosed, the response was child-centred. Her teacher listened, did not question her, and recorded her "
     "words. The achieving best evidence interview was held within three days."])
P8 = {
    "file": "thornwick-lcspr-child-g.pdf", "producer": "pdflatex_pdflscape", "body_from": 2,
    "features": ["pdflatex (article, 11 pt, Times via mathptmx), untagged, hyperref outline; `\\section` numbered '1 "
                 "Introduction'", "**the recommendations as a longtable No. | Recommendation | Lead agency | Timescale "
                 "inside a `landscape` environment (pdflscape): the page is portrait in the file, its content drawn turned "
                 "90 degrees and the page given `/Rotate 90`, so a viewer shows it landscape**", "learning an enumerate "
                 "list, good practice itemize; appendix 'Appendix A: Glossary' (unnumbered \\section*) a description list",
                 "footer page number centred"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child G", "child_name": "Child G", "review_type": CSPR,
              "area": "Thornwick", "year": 2025, "partnership": "Thornwick Safeguarding Children Partnership",
              "by": "Independent reviewer: Anne-Marie Costigan", "date": "April 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child G, who was sexually abused by her stepfather between the ages of seven and "
                     "nine. The Thornwick Safeguarding Children Partnership commissioned it after a rapid review in "
                     "December 2023 identified learning about the recognition of child sexual abuse within the family."),
               ("p", "Child G and her mother have been told about the review and Child G's mother met the reviewer. Child G "
                     "asked that the review should help other children to be heard sooner."),
               ("h1", "Methodology", "methodology")]
    + method("Thornwick Safeguarding Children Partnership", "Anne-Marie Costigan", "eight")
    + [("h1", "Background", "background")] + P8_BG
    + [("h1", "Summary of key events", "background", ["findings"])] + P8_EV
    + [("h1", "Analysis", "findings")] + P8_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Indirect signs of sexual abuse, such as a child not wanting to go home, need to be explored with the child alone "
           "before a parent's explanation is accepted.",
           "Every adult in a child's household, including step-parents, should be part of the assessment when there are "
           "concerns.",
           "Practitioners need training and supervision that builds confidence in talking with children about sexual "
           "abuse.",
           "A previous closed child in need episode is part of the child's history and should be read when new concerns "
           "arise."], "ol"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "Child G's class teacher responded to her disclosure calmly, recorded her words exactly and referred the same "
           "day.",
           "The joint investigation was planned well and Child G was interviewed within three days by a trained "
           "officer."], "ul"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child G", "Thornwick Safeguarding Children Partnership")
    + [("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("The partnership should commission training on recognising and responding to indicators of child sexual abuse "
            "in the family for all school staff.", "Education"),
           ("Schools should speak with a child alone, where it is safe, before accepting a parent's explanation for a "
            "change in the child's behaviour.", "Education"),
           ("Children's social care should check closed records for previous involvement at every new contact about a "
            "child.", "CSC"),
           ("The partnership should seek assurance that assessments include all adults in the household.", "Partnership"),
           ("The partnership should publish a practice guide on talking with children about sexual abuse, drawing on the "
            "national centre of expertise.", "Partnership")]),
       ("h1", "Appendix A: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

REPORTS = [P1, P2, P3, P4, P5, P6, P7, P8]
