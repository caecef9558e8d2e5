"""Batch 30 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding practice
review reports, each from a producer no earlier batch uses (JasperReports, docx4j -> LibreOffice, docx4j -> XSL-FO -> FOP,
easytable on PDFBox 3, LyX, docx4j -> XDocReport (POI + OpenPDF), iText pdfHTML), in the council-template shapes published reviews use: executive summary,
terms of reference, chronology of key events, analysis by theme, 'what went well', findings with numbered learning points,
recommendations with a partnership response table, glossary, appendices.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch29_content.py: ("h1", heading, type[, accept]) a section heading as printed without a number the producer generates,
("h2", text) a sub-heading (no section), ("p", text), ("items", type, [texts], style) items of that type (texts without
their printed numbers or labels; style 'ol' numbered list, 'ul' bullets, 'lp' a bold 'Learning point N' label line above
the text, 'rn' a bold 'Recommendation N:' run-in label), ("gloss", [(term, meaning)]) a glossary (no items),
("tor", [(no, question)]) a terms of reference table (no items), ("chron", [(date, event)]) a chronology table Date |
Key event (no items), ("rectable", [(recommendation, lead)]) No. | Recommendation | Lead, and ("resptable",
[(recommendation, response)]) No. | Recommendation | Partnership response (each recommendation an item; the lead and the
response no part of it).
"""
from batch25_content import method, GLOSS
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"

TOR = [("1", "How well did agencies share information about the risks to the child and act on it together?"),
       ("2", "How far did assessments take account of the family's history and of every adult in the household?"),
       ("3", "How was the child's lived experience understood, and how did it shape the decisions made?"),
       ("4", "Did supervision, management oversight and escalation help practitioners to reflect and to challenge?")]

# ---------- J1: JasperReports (JRXML bands, JRPdfExporter)
J1_BG, J1_EV, J1_AN = story("Child M", "she", [
    "Child M was eleven when she was admitted to hospital in a state of severe malnutrition in February 2024. She lived with "
    "her father and his partner and two younger half-brothers. Her mother had died when she was six.",
    "Child M had been electively home educated since the summer of 2022, when her father withdrew her from primary school "
    "after a dispute about her attendance. She had no contact with health services for the next eighteen months.",
    "The school made a referral to the local authority's elective home education team when Child M was withdrawn. The team "
    "sent two letters and made one visit, at which Child M was not seen because her father said she was at a relative's.",
    "In October 2023 a neighbour rang the police to say that she had not seen the girl who used to play outside for more than "
    "a year. Officers visited, saw Child M briefly at the door and recorded that she 'appeared well'."],
    ["Elective home education was lawful and, for most families, a positive choice. The review found that in Child M's case "
     "it also removed her from every adult outside the household who might have noticed that something was wrong.",
     "The police welfare check was carried out by officers who did not know about the earlier concerns. Child M was seen for "
     "less than a minute, in the presence of her father, and no one spoke to her on her own.",
     "Each agency's contact was brief and each was closed without checking what the others knew. The elective home education "
     "team, the police and the school held three parts of one picture for more than a year."])
J1 = {
    "file": "ketterby-lcspr-child-m.pdf", "producer": "jasperreports", "body_from": 2,
    "features": ["JasperReports 6.21 (Java) from a JRXML template: a title band as the cover page, one detail band per block kind "
                 "(heading, paragraph, numbered learning point, table row) chosen by printWhenExpression, a page footer "
                 "'Page N of M'", "base-14 Helvetica (not embedded), untagged, no outline; headings typed '1. Executive "
                 "summary', white on a navy band", "terms of reference and a chronology of key events as bordered band rows "
                 "(No. | Question, Date | Key event); analysis by theme with 'Theme N' sub-headings; learning as bold "
                 "'Learning point N' label lines over the text; recommendations in a response table No. | Recommendation | "
                 "Partnership response"],
    "numbering": "typed",
    "cover": {"title": "Local Child Safeguarding Practice Review: Child M", "child_name": "Child M", "review_type": CSPR,
              "area": "Ketterby", "year": 2025, "partnership": "Ketterby Safeguarding Children Partnership",
              "by": "Independent reviewer: Alison Threlkeld", "date": "Published June 2025"},
    "blocks": [("h1", "Executive summary", "summary", ["introduction"]),
               ("p", "This local child safeguarding practice review is about Child M, an eleven year old girl who was found to "
                     "be severely malnourished in February 2024 after eighteen months of elective home education. She has "
                     "since made a good recovery and is living with foster carers."),
               ("p", "The review found that Child M became invisible to services once she left school, and that the few "
                     "contacts agencies had with the family were not joined up. It makes four recommendations, which the "
                     "partnership has accepted; its response is set out in section 8."),
               ("h1", "Terms of reference", "methodology", ["other"]),
               ("p", "The partnership agreed these questions for the review at its scoping meeting in April 2024."),
               ("tor", TOR),
               ("h1", "Background", "background")] + J1_BG
    + [("h1", "Chronology of key events", "background", ["findings", "other"]),
       ("p", "The table sets out the key events the review considered. It is not a full chronology of agency involvement."),
       ("chron", [("July 2022", "Child M's father withdraws her from Ketterby Junior School and tells the school she will be "
                                "educated at home."),
                  ("September 2022", "The elective home education team writes to the father asking for information about "
                                     "the education provided. No reply is recorded."),
                  ("January 2023", "An elective home education officer visits. Child M is not seen; the father says she is "
                                   "staying with an aunt."),
                  ("October 2023", "A neighbour reports to the police that Child M has not been seen for a year. Officers "
                                   "see her briefly at the door."),
                  ("February 2024", "Child M is taken to the emergency department by ambulance and admitted with severe "
                                    "malnutrition.")])] + J1_EV
    + [("h1", "Analysis by theme", "findings"),
       ("h2", "Theme 1: Children who are not seen")] + J1_AN[:1]
    + [("h2", "Theme 2: Welfare checks")] + J1_AN[1:2]
    + [("h2", "Theme 3: Joining up what agencies know")] + J1_AN[2:]
    + [("h1", "What went well", "good_practice"),
       ("items", "good_practice", [
           "The neighbour's call was taken seriously and officers attended on the same day.",
           "The emergency department made a child protection referral within an hour of Child M's admission and kept her "
           "half-brothers' safety in mind."], "ul"),
       ("h1", "Findings and learning points", "learning", ["findings"]),
       ("p", "The review's findings are summarised as learning points for all agencies."),
       ("items", "learning", [
           "When a child is withdrawn from school after a dispute about attendance, the decision to home educate should prompt "
           "a check of what is already known about the child and family.",
           "A child who is not seen at a home education visit has not been seen; a further visit should be arranged and the "
           "child seen and spoken to.",
           "A welfare check on a child should include seeing the child away from the adult about whom the concern was raised.",
           "A child with no contact with school, health or any other service for a long period is at greater risk, and their "
           "invisibility is itself a reason to act."], "lp"),
       ("h1", "Recommendations and partnership response", "recommendations"),
       ("resptable", [
           ("The local authority should make sure that every elective home education notification is checked against "
            "children's social care and early help records within ten working days.",
            "Accepted. A checking step was added to the notification process in January 2025."),
           ("The elective home education team should see every child at least once a year and record the child's own views.",
            "Accepted. Annual visits now include time with the child on their own where the child agrees."),
           ("Ketterby Police should include seeing and speaking to the child alone in the guidance for officers carrying out "
            "welfare checks on children.", "Accepted. Guidance reissued in March 2025 and included in probationer training."),
           ("The partnership should raise with the Child Safeguarding Practice Review Panel the absence of any requirement for "
            "home educated children to be seen by a health professional.",
            "Accepted. The chair wrote to the Panel in May 2025.")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child M", "Ketterby Safeguarding Children Partnership")
    + [("h1", "Appendix 1: Glossary", "appendix", ["other"]),
       ("gloss", GLOSS + [("EHE", "Elective home education, when parents choose to educate a child at home instead of "
                                  "sending them to school.")])],
}

# ---------- D1: docx4j DOCX (numbering definitions, styles) -> LibreOffice
D1_BG, D1_EV, D1_AN = story("Child D", "he", [
    "Child D was three years old when he was admitted to hospital with a fractured femur in November 2023. He lived with his "
    "mother and her new partner. His father had supervised contact every fortnight at a family centre.",
    "Child D's mother had been a victim of domestic abuse from Child D's father. A multi-agency risk assessment conference "
    "discussed the family in 2021 and the father was convicted of assault later that year.",
    "The mother's new partner moved into the household in June 2023. The nursery noticed that Child D had become withdrawn "
    "and flinched when adults raised their voices, and recorded this in his learning journal.",
    "Two weeks before the injury, the health visitor carried out a review at home. The partner was present and answered "
    "most of the questions. The health visitor noted a bruise on Child D's shin, which the mother said came from the park."],
    ["The focus of every agency remained on the risk from Child D's father, who was well known to services. The review found "
     "that the arrival of a new adult in the household was not recognised as a change that needed to be understood.",
     "The nursery's observations were detailed and accurate but stayed within the nursery. The designated safeguarding lead "
     "told the review that on their own they had not seemed to reach the threshold for a referral.",
     "Professional curiosity about new partners is difficult when the parent is a survivor of abuse who has worked hard to "
     "make a new start. Practitioners said they did not want to appear to doubt the mother's judgement."])
D1 = {
    "file": "brockhurst-cspr-child-d.pdf", "producer": "docx4j_libreoffice", "body_from": 2,
    "features": ["docx4j 11.4 (Java) WordprocessingML package: a styles part with Heading 1 / Heading 2, a numbering part with "
                 "an outline numbering linked to Heading 1 ('1.', not typed) and decimal and 'R%1.' list definitions; cover "
                 "paragraphs then a page break -> LibreOffice Writer 7.4 PDF export, untagged", "Liberation Sans "
                 "(Arial metrics) TrueType; footer 'Page N' from a PAGE field", "learning a Word decimal list; recommendations "
                 "a Word list with the level text 'R%1.' ('R1.' .. 'R5.' generated, not typed); 'Appendix A: Chronology of "
                 "key events' a Word table with a shaded header row; glossary a two-column table"],
    "numbering": "generated", "foot": "Brockhurst CSPR Child D - Page",
    "cover": {"title": "Child Safeguarding Practice Review: Child D", "child_name": "Child D", "review_type": CSPR,
              "area": "Brockhurst", "year": 2024, "partnership": "Brockhurst Children's Safeguarding Partnership",
              "by": "Lead reviewer: Dr Fiona Castellane", "date": "September 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child D, a three year old boy who suffered a serious injury in November 2023. The "
                     "Brockhurst Children's Safeguarding Partnership decided after a rapid review that a local child "
                     "safeguarding practice review should be carried out because of the learning about how agencies "
                     "understood the adults in his life."),
               ("p", "Child D's mother's partner has since been convicted of causing grievous bodily harm. Child D lives with his "
                     "mother, who has taken part in this review, and is doing well at nursery."),
               ("h1", "Methodology", "methodology")]
    + method("Brockhurst Children's Safeguarding Partnership", "Dr Fiona Castellane", "eight")
    + [("h1", "Background", "background")] + D1_BG
    + [("h1", "Key events", "background", ["findings"])] + D1_EV
    + [("h1", "Analysis", "findings")] + D1_AN
    + [("h1", "Learning", "learning"),
       ("p", "The review identified the following learning for the partnership."),
       ("items", "learning", [
           "A new adult joining a household is a significant change and should prompt practitioners to ask who the person is "
           "and what their history might be.",
           "Observations of a young child's behaviour, recorded over time, can show a change that no single observation "
           "reveals, and should be shared even when each one seems minor.",
           "A bruise on a pre-mobile or very young child, or an injury with an explanation given by an adult other than the "
           "child, needs to be considered against what else is known about the household.",
           "Respecting a parent's recovery from domestic abuse does not mean avoiding questions about the new relationships "
           "that parent forms."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should produce practice guidance on understanding and assessing new adults in a household, "
           "including how to ask about them respectfully.",
           "Early years settings should be reminded to share patterns of concern with the health visitor and, where needed, "
           "with children's social care, and not only single incidents.",
           "The health visiting service should make sure that every review includes time with the parent on their own.",
           "The partnership's training on domestic abuse should include the risks that can follow when a survivor starts a "
           "new relationship.",
           "The partnership should seek assurance within twelve months that the learning from this review has been shared "
           "with front-line staff in every agency."], "rlist"),
       ("h1", "Appendix A: Chronology of key events", "appendix", ["background"]),
       ("chron", [("June 2023", "The mother's partner moves into the household."),
                  ("August 2023", "Nursery records that Child D has become withdrawn and flinches at raised voices."),
                  ("October 2023", "Health visitor review at home; a bruise on Child D's shin is noted."),
                  ("November 2023", "Child D is admitted to hospital with a fractured femur.")]),
       ("h1", "Appendix B: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- D2: docx4j DOCX -> docx4j's XSL-FO export -> Apache FOP
D2_BG, D2_EV, D2_AN = story("Baby J", "he", [
    "Baby J was born at thirty-four weeks in January 2024 and spent three weeks in the neonatal unit. He lived with his "
    "mother, aged twenty-three, and his father, aged twenty-six, in a privately rented flat.",
    "Both parents had grown up in care in other local authority areas. Neither had family nearby. The father worked night "
    "shifts at a distribution centre and the mother cared for Baby J alone for much of the day.",
    "At the neonatal unit the nurses noticed that the mother found it hard to settle Baby J and seemed exhausted. A referral "
    "to the perinatal mental health team was discussed but not made before discharge.",
    "At eleven weeks Baby J was brought to the emergency department with a subdural haemorrhage. His father said he had "
    "shaken him when he would not stop crying after a night shift."],
    ["The discharge planning meeting focused on Baby J's feeding and weight. The mother's low mood and the family's isolation "
     "were known to the nurses but did not feature in the discharge summary sent to the health visitor.",
     "Information about crying and how to cope with it was given once, in a leaflet, while the mother was caring for a "
     "premature baby on the unit. Neither parent remembered receiving it.",
     "Fathers were seldom seen by the professionals working with the family. The health visitor met the father once and "
     "knew little about his shift pattern or how tired he was."])
D2 = {
    "file": "elmthorpe-lcspr-baby-j.pdf", "producer": "docx4j_fo", "body_from": 2,
    "features": ["docx4j 11.4 WordprocessingML package exported by docx4j-export-fo 11.4 (its XSLT writes XSL-FO from the "
                 "DOCX) and rendered by Apache FOP 2.x inside docx4j; untagged, no outline", "unnumbered Heading 1 "
                 "paragraphs, bold 14 pt dark green; cover paragraphs then a page break", "good practice a Word bullet list, "
                 "learning a Word decimal list (the numbers laid out by FOP as list-block labels); recommendations a Word "
                 "table No. | Recommendation | Partnership response with cell borders"],
    "numbering": "none", "foot": "Elmthorpe LCSPR Baby J - page",
    "cover": {"title": "Local Child Safeguarding Practice Review: Baby J", "child_name": "Baby J", "review_type": CSPR,
              "area": "Elmthorpe", "year": 2025, "partnership": "Elmthorpe Safeguarding Children Partnership",
              "by": "Author: Patrick Oyelaran, independent reviewer", "date": "January 2025"},
    "blocks": [("h1", "Summary", "summary", ["introduction"]),
               ("p", "Baby J suffered a serious head injury at eleven weeks old. His father has accepted that he caused the "
                     "injury. This review looks at the support the family received after Baby J's premature birth and asks "
                     "what could help other families under similar pressure."),
               ("h1", "Why this case was chosen for review", "introduction"),
               ("p", "The Elmthorpe Safeguarding Children Partnership carried out a rapid review in April 2024. The National "
                     "Panel agreed that a local review would help the partnership to understand how the needs of parents of "
                     "premature babies, and of fathers in particular, are recognised."),
               ("h1", "How the review was carried out", "methodology")]
    + method("Elmthorpe Safeguarding Children Partnership", "Patrick Oyelaran", "seven")
    + [("h1", "Baby J and his family", "background")] + D2_BG
    + [("h1", "What happened", "background", ["findings"])] + D2_EV
    + [("h1", "Findings", "findings")] + D2_AN
    + [("h1", "What went well", "good_practice"),
       ("items", "good_practice", [
           "The neonatal nurses recognised the mother's exhaustion and talked about it with her openly.",
           "The emergency department and the police worked together quickly and kept the mother informed at every stage.",
           "The father was candid with the review about the pressures he had been under."], "ul"),
       ("h1", "Learning", "learning"),
       ("items", "learning", [
           "Discharge from a neonatal unit is a point of transition where concerns about parents' wellbeing need to be passed "
           "on, not only information about the baby's health.",
           "Advice about infant crying is best given more than once, to both parents, and at times when they are able to take "
           "it in.",
           "Fathers and male carers need to be seen, known and supported by the services working with a new baby."], "ol"),
       ("h1", "Recommendations and response", "recommendations"),
       ("resptable", [
           ("The neonatal unit should include parental mental health and support networks in every discharge summary sent to "
            "the health visiting service.", "Agreed. Discharge template changed in November 2024."),
           ("The partnership should adopt a programme for talking to both parents about infant crying at several points "
            "before and after birth.", "Agreed. The ICON programme is being introduced from April 2025."),
           ("All agencies working with new babies should record who the father or male carer is and make sure he is offered "
            "the same information as the mother.", "Agreed in principle; an audit is planned for autumn 2025.")]),
       ("h1", "Glossary", "appendix", ["other"]), ("gloss", GLOSS[:3])],
}

# ---------- E1: easytable 1.0 on PDFBox 3
E1_BG, E1_EV, E1_AN = story("Child S", "she", [
    "Child S was fourteen when she took an overdose in March 2024 and was admitted to a paediatric ward. She lived with her "
    "mother and her mother's partner. She had an older brother who had left home.",
    "Child S had been known to the child and adolescent mental health service since she was twelve. She was on the waiting "
    "list for therapy for anxiety and self-harm for eleven months.",
    "In the six months before her overdose Child S attended the emergency department four times after self-harm. Each "
    "attendance was followed by a letter to her GP and to the mental health service.",
    "Child S told a school nurse in January 2024 that she did not feel safe at home because of her mother's partner's "
    "drinking. The school nurse passed this to the designated safeguarding lead, who spoke to Child S's mother."],
    ["Each emergency department attendance was managed well in itself. Taken together, four attendances in six months "
     "showed an escalating risk that none of the letters described.",
     "Child S's words to the school nurse were a disclosure about her home life. Speaking to her mother about it, without a "
     "plan, left Child S feeling that she had made things worse.",
     "Child S was seen by services as a young person with mental health needs. Her experience at home, and what it might be "
     "telling practitioners about why she was self-harming, was not explored."])
E1 = {
    "file": "quarrendon-lcspr-child-s.pdf", "producer": "easytable", "body_from": 2,
    "features": ["easytable 1.0.2 on Apache PDFBox 3.0 (Java): the whole body ONE easytable table of four columns "
                 "(30 | 170 | 148 | 135 pt) drawn by its TableDrawer over pages: every heading and paragraph a borderless "
                 "row spanning the four columns, lists and tables rows with spans", "base-14 Helvetica (not embedded), "
                 "untagged, no outline; cover lines drawn with PDFBox; headings typed '1. Introduction' bold 13 pt teal in a "
                 "light grey cell", "terms of reference and the chronology bordered two-column rows with a grey header "
                 "(No. | Question for the review, Date | Key event); learning '1.' in the narrow first column; glossary "
                 "term | meaning borderless; recommendations bordered No. | Recommendation | Lead; footer 'Quarrendon "
                 "LCSPR Child S | page N'"],
    "numbering": "typed", "foot": "Quarrendon LCSPR Child S",
    "cover": {"title": "Local Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
              "area": "Quarrendon", "year": 2025, "partnership": "Quarrendon Safeguarding Children Partnership",
              "by": "Independent reviewer: Helen Marchbank", "date": "March 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review considers the help given to Child S, a fourteen year old girl, in the year before she took "
                     "a serious overdose. Child S has recovered and has contributed to the review with the help of her "
                     "advocate. Her words appear throughout the report with her agreement."),
               ("h1", "Terms of reference", "methodology", ["other"]),
               ("tor", TOR[:3]),
               ("h1", "Background", "background")] + E1_BG
    + [("h1", "Chronology of key events", "background", ["findings", "other"]),
       ("chron", [("April 2023", "Child S is placed on the waiting list for therapy at the mental health service."),
                  ("September 2023", "First attendance at the emergency department after self-harm."),
                  ("November 2023", "Second and third attendances; letters to the GP and mental health service."),
                  ("January 2024", "Child S tells the school nurse she does not feel safe at home."),
                  ("February 2024", "Fourth attendance at the emergency department."),
                  ("March 2024", "Child S takes an overdose and is admitted to the paediatric ward.")])] + E1_EV
    + [("h1", "Analysis", "findings")] + E1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Repeated self-harm is a sign of increasing risk, and the pattern needs to be seen and acted on as a whole.",
           "When a child says they do not feel safe at home, the first step is a plan made with the child, not a conversation "
           "with the adults they are worried about.",
           "A long wait for mental health treatment needs active management, with someone keeping in touch with the child "
           "and reviewing risk while they wait."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("The emergency department should flag a third attendance for self-harm within six months to the hospital's "
            "safeguarding team for a multi-agency discussion.", "Acute trust"),
           ("The partnership should issue guidance for schools on responding to a child's disclosure about home, including "
            "when not to speak to parents first.", "Partnership"),
           ("The mental health service should make sure that every child on its waiting list has a named contact and a "
            "review of risk at least every three months.", "Mental health trust"),
           ("The partnership should hear directly from young people about what helps when they are waiting for support.",
            "Partnership")]),
       ("h1", "Glossary", "appendix", ["other"]),
       ("gloss", GLOSS[:2] + [("CAMHS", "Child and adolescent mental health services.")])],
}

# ---------- L1: LyX (tex2lyx import of the body, lyx --export pdf2)
L1_BG, L1_EV, L1_AN = story("Child B", "he", [
    "Child B was eight years old when he died in a house fire in December 2017. He lived with his mother and two younger "
    "sisters, who survived. The fire started in a bedroom where Child B and his sisters had been left alone overnight.",
    "The family had been known to children's social care since 2014 because of neglect. Child B and his sisters had been "
    "subject to child protection plans twice, most recently for eight months in 2016.",
    "After the second plan ended, the family were supported by an early help worker. Home conditions deteriorated again in "
    "the autumn of 2017 and the school noticed that Child B was often tired and hungry.",
    "The mother was drinking heavily in the months before the fire. This was known to her GP, who had referred her to the "
    "alcohol service, but not to the early help worker or to the school."],
    ["The review found a pattern common in neglect cases: improvement while a plan was in place, followed by a decline after "
     "it ended. The step down to early help was made on the basis of progress that had not yet lasted.",
     "Neglect was assessed as a series of episodes rather than as a chronic condition. Each new concern was measured against "
     "the last one rather than against the whole history.",
     "The mother's alcohol use was the main reason for the neglect in 2017 but was held only by health services. Adult "
     "services and children's services did not share what each knew about the parent."])
L1 = {
    "file": "whitmore-bay-lscb-scr-child-b.pdf", "producer": "lyx", "body_from": 2,
    "features": ["LyX 2.3 (Debian): the body written as LaTeX, imported with tex2lyx into a LyX document (article class), "
                 "exported with `lyx --export pdf2` (LyX's own LaTeX through pdflatex), Latin Modern, hyperref outline", "LyX "
                 "title page (Title, Author, Date layouts); numbered sections '1 Introduction' from LyX's Section layout; "
                 "'Executive summary' an unnumbered Section*", "'Summary of key events' background; lessons a LyX Enumerate list; good "
                 "practice an Itemize; recommendations a LyX tabular (longtable, ruled grid) No. | Recommendation | Partnership "
                 "response; 'Glossary' an unnumbered Section* with a Description list; page number centred at the foot"],
    "numbering": "generated",
    "cover": {"title": "Serious Case Review: Child B", "child_name": "Child B", "review_type": SCR,
              "area": "Whitmore Bay", "year": 2019, "partnership": "Whitmore Bay Local Safeguarding Children Board",
              "by": "Overview report author: Graham Ellacott", "date": "May 2019"},
    "blocks": [("h1", "Executive summary", "summary", ["introduction"]),
               ("p", "This serious case review was commissioned by the Whitmore Bay Local Safeguarding Children Board after "
                     "the death of Child B in a house fire in December 2017. The review has looked at the work of all "
                     "agencies with Child B and his family over the four years before his death."),
               ("p", "The review concludes that the fire itself could not have been predicted, but that Child B and his "
                     "sisters lived with chronic neglect that agencies recognised and then lost sight of."),
               ("h1", "Introduction", "introduction"),
               ("p", "Serious case reviews are carried out under Regulation 5 of the Local Safeguarding Children Boards "
                     "Regulations 2006 when abuse or neglect is known or suspected and a child has died. The purpose is to "
                     "learn lessons, not to apportion blame."),
               ("h1", "Methodology", "methodology")]
    + method("Whitmore Bay Local Safeguarding Children Board", "Graham Ellacott", "eleven")
    + [("h1", "Background", "background")] + L1_BG
    + [("h1", "Summary of key events", "background", ["findings"])] + L1_EV
    + [("h1", "Analysis", "findings")] + L1_AN
    + [("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The school provided breakfast for Child B every day in the autumn term and kept careful records of what it saw.",
           "The fire service's home safety visit in 2016 was thorough and the smoke alarms it fitted were working on the "
           "night of the fire."], "ul"),
       ("h1", "Lessons learned", "learning"),
       ("items", "learning", [
           "Neglect needs to be assessed against the whole history of a family, using a recognised tool, so that a decline "
           "after a period of improvement is seen for what it is.",
           "Stepping down from a child protection plan should depend on change that has been sustained, with a clear plan "
           "for what will happen if things get worse again.",
           "Information about a parent's alcohol or drug use held by adult services needs to reach the practitioners working "
           "with the children."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("resptable", [
           ("The LSCB should require all agencies to use the Graded Care Profile 2 when neglect is a concern.",
            "Accepted. Training for 400 practitioners completed by March 2019."),
           ("Children's social care should review its step-down procedure so that a plan ends only after six months of "
            "sustained progress.", "Accepted. Procedure revised."),
           ("The clinical commissioning group should remind GPs to ask about children in the household when a parent is "
            "referred to the alcohol service.", "Accepted. GP safeguarding bulletin, February 2019.")]),
       ("h1", "Glossary", "appendix", ["other"]),
       ("gloss", GLOSS[:2] + [("GCP2", "Graded Care Profile 2, a tool for assessing the quality of care a child receives."),
                              ("LSCB", "Local Safeguarding Children Board, replaced by safeguarding partnerships in 2019.")])],
}

# ---------- C1: docx4j DOCX -> XDocReport (POI XWPF + OpenPDF)
C1_BG, C1_EV, C1_AN = story("Child C", "she", [
    "Child C was nine when she disclosed to a teacher in June 2024 that she had been sexually abused by an uncle who often "
    "looked after her. She lived with her mother and grandmother. Her uncle lived in the same street.",
    "Child C had a diagnosis of autism and attended a mainstream school with support from a teaching assistant. She "
    "communicated well in writing and with pictures but found it hard to talk about feelings.",
    "In the eighteen months before the disclosure, Child C's behaviour at school changed. She became distressed at the end "
    "of the school day and twice refused to leave with her uncle when he collected her.",
    "The school's special educational needs coordinator discussed these changes with Child C's mother, who said that Child C "
    "found transitions difficult because of her autism. No referral was made."],
    ["Changes in Child C's behaviour were explained by her autism. The review calls this diagnostic overshadowing: the "
     "diagnosis became the explanation for everything, and other explanations were not considered.",
     "Child C's refusals to leave school with her uncle were recorded as behaviour incidents. They were not seen as "
     "communication about a particular adult.",
     "Child C could have told someone sooner if she had been asked in a way that suited her. She told the review that she "
     "wrote about what was happening because writing was easier than saying."])
C1 = {
    "file": "hartsdyke-lcspr-child-c.pdf", "producer": "docx4j_xdocreport", "body_from": 2,
    "features": ["a DOCX built with docx4j 11.4 (as Brockhurst's) converted to PDF by **XDocReport 2.0.4** "
                 "(fr.opensagres.poi.xwpf.converter.pdf: Apache POI XWPF read, laid out and written with OpenPDF), untagged, "
                 "no outline", "unnumbered Heading 1 paragraphs (bold 14 pt dark red) with no Word numbering; cover "
                 "paragraphs then a page break; footer with a PAGE field", "what went well a Word bullet list; learning as "
                 "bold 'Learning point N' paragraphs above the text; recommendations as bold 'Recommendation N:' run-in "
                 "labels; glossary paragraphs 'Term: meaning' with the term bold"],
    "numbering": "none", "foot": "Hartsdyke LCSPR Child C - page",
    "cover": {"title": "Local Child Safeguarding Practice Review: Child C", "child_name": "Child C", "review_type": CSPR,
              "area": "Hartsdyke", "year": 2025, "partnership": "Hartsdyke Safeguarding Children Partnership",
              "by": "Independent reviewer: Nadia Brightwell", "date": "April 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child C, a nine year old girl with autism who disclosed sexual abuse by a family "
                     "member. It asks why the signs that something was wrong were not recognised sooner, and what would "
                     "help practitioners to hear children who communicate differently."),
               ("h1", "Scope and methodology", "methodology")]
    + method("Hartsdyke Safeguarding Children Partnership", "Nadia Brightwell", "six")
    + [("h1", "Background", "background")] + C1_BG
    + [("h1", "What happened", "background", ["findings"])] + C1_EV
    + [("h1", "Analysis", "findings")] + C1_AN
    + [("h1", "What went well", "good_practice"),
       ("items", "good_practice", [
           "The teacher who received Child C's written disclosure kept it safe, did not question her and made a referral "
           "within the hour.",
           "The joint investigation used an intermediary and visual aids so that Child C could give her account in her own "
           "way."], "ul"),
       ("h1", "Learning", "learning"),
       ("items", "learning", [
           "A child's diagnosis should never be the only explanation considered for a change in their behaviour.",
           "A child's reluctance to be with a particular adult is a form of communication and should be explored with the "
           "child.",
           "Children with communication differences need to be offered ways of telling that suit them, such as writing or "
           "pictures, as a matter of routine."], "lp"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should include diagnostic overshadowing in its multi-agency training on children with special "
           "educational needs and disabilities.",
           "Schools should record and review patterns in a child's distress around particular people or times of day.",
           "The partnership should develop simple resources to help children with autism tell an adult they trust about "
           "worries at home."], "rn"),
       ("h1", "Glossary", "appendix", ["other"]),
       ("gloss", [("SENCo", "Special educational needs coordinator, the teacher responsible for support for children with "
                            "special educational needs in a school."),
                  ("Intermediary", "A communication specialist who helps a child or vulnerable witness to give evidence.")]
        + GLOSS[2:3])],
}

# ---------- J2: JasperReports again, a second template shape (numbered-column learning, styled-markup run-in labels)
J2_BG, J2_EV, J2_AN = story("Child H", "he", [
    "Child H was sixteen when he was stabbed in a park near his home in July 2024. He survived after surgery. He lived with "
    "his mother and three younger siblings in a two-bedroom flat.",
    "Child H had been permanently excluded from school in Year 10 and had not been offered a full-time place anywhere else. "
    "He spent most days with older boys from a neighbouring estate.",
    "In the spring of 2024 Child H was arrested twice, once for possession of a knife. On both occasions he was released "
    "under investigation and a referral was made to the youth justice service.",
    "His mother asked the school, the police and her housing officer for help with moving away from the area because she "
    "was frightened for Child H. Each told her to contact another agency."],
    ["Child H's exclusion removed the one place where adults saw him every day. Alternative provision was offered for two "
     "hours a day and he attended rarely.",
     "The knife arrest was treated as an offence to be investigated. The review found little evidence that anyone asked why "
     "a sixteen year old felt he needed to carry a knife.",
     "Child H's mother was clear about the danger her son was in. Her requests for a move were heard by three agencies, and "
     "none of them took ownership of the request or brought the others together."])
J2 = {
    "file": "pendlebrook-learning-review-child-h.pdf", "producer": "jasperreports", "body_from": 2,
    "features": ["JasperReports 6.21 with the same JRXML as Ketterby (band per block kind, OpenPDF 1.3 underneath), base-14 "
                 "Helvetica, untagged, no outline, 'Page N of M' footer", "unnumbered headings white on a navy band "
                 "(numbering 'none'); 'Summary' first", "learning a numbered band (the number in its own 20 pt text field, "
                 "the text beside it); **recommendations as 'Recommendation N:' run-in labels made bold by JasperReports "
                 "styled-text markup inside one text field**; terms of reference and chronology as bordered band rows; "
                 "glossary term | meaning"],
    "numbering": "none",
    "cover": {"title": "Learning Review: Child H", "child_name": "Child H", "review_type": LR,
              "area": "Pendlebrook", "year": 2025, "partnership": "Pendlebrook Safeguarding Children Partnership",
              "by": "Independent reviewer: Samuel Okonjo-Reid", "date": "Published February 2025"},
    "blocks": [("h1", "Summary", "summary", ["introduction"]),
               ("p", "This is a learning review about Child H, a sixteen year old boy who was seriously injured in a knife "
                     "attack in July 2024. The Pendlebrook Safeguarding Children Partnership decided that the case did not "
                     "meet the criteria for a local child safeguarding practice review but that there was important learning "
                     "about extra-familial harm."),
               ("h1", "Terms of reference", "methodology", ["other"]),
               ("tor", [("1", "How well did agencies understand the risks to Child H outside his family?"),
                        ("2", "What was the effect of his exclusion from school on the support around him?"),
                        ("3", "How did agencies respond to his mother's requests for help?")]),
               ("h1", "Background", "background")] + J2_BG
    + [("h1", "Chronology of key events", "background", ["findings", "other"]),
       ("chron", [("November 2023", "Child H is permanently excluded from school."),
                  ("March 2024", "Child H is arrested for possession of a knife and released under investigation."),
                  ("May 2024", "Child H's mother asks her housing officer for a move; she is referred to the council's housing "
                               "options team."),
                  ("July 2024", "Child H is stabbed in a park and taken to the major trauma centre.")])] + J2_EV
    + [("h1", "Analysis by theme", "findings"),
       ("h2", "Education as a protective factor")] + J2_AN[:1]
    + [("h2", "Seeing the child behind the offence")] + J2_AN[1:2]
    + [("h2", "Listening to parents")] + J2_AN[2:]
    + [("h1", "What went well", "good_practice"),
       ("items", "good_practice", [
           "The youth justice worker built a trusting relationship with Child H and visited him in hospital the day after "
           "the attack.",
           "The major trauma centre's youth worker saw Child H within hours of his admission and helped the family to plan "
           "for his discharge."], "ul"),
       ("h1", "Learning", "learning"),
       ("items", "learning", [
           "Permanent exclusion is a point of high risk for a teenager already spending time with older peers, and should "
           "trigger a multi-agency plan for safety as well as for education.",
           "A child found carrying a knife is a child at risk; the response needs to ask why, as well as what offence was "
           "committed.",
           "A parent asking for help to keep their child safe is giving agencies vital information, and someone needs to take "
           "ownership of the request."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The local authority should make sure that every permanently excluded pupil known to youth justice or children's "
           "social care is discussed at the exploitation panel within ten days.",
           "Pendlebrook Police and the youth justice service should agree a welfare response to every child arrested for "
           "carrying a weapon.",
           "The partnership should agree a protocol for housing moves requested because of extra-familial risk to a child, "
           "with a named lead agency."], "rn"),
       ("h1", "Glossary", "appendix", ["other"]),
       ("gloss", [("Extra-familial harm", "Harm to a child from people or places outside the family, such as exploitation "
                                          "or serious youth violence."),
                  ("RUI", "Released under investigation, when a suspect is released without bail while police enquiries "
                          "continue.")])],
}

# ---------- H1: iText pdfHTML 5.0 (HTML + CSS -> iText 8 layout)
H1_BG, H1_EV, H1_AN = story("Child A", "she", [
    "Child A was thirteen when she was admitted to a children's ward in September 2024 with injuries from an assault by her "
    "mother's former partner. She lived with her mother and her younger brother. The family had moved to Cauldmoor from "
    "temporary accommodation in another county eight months earlier.",
    "Child A's mother had a long history of domestic abuse from this man. A non-molestation order had expired shortly "
    "before the family moved, and he found their new address through social media.",
    "The family's records did not follow them when they moved. The new school received Child A's file three months after "
    "she started, and the GP practice registered the family as new patients with no history.",
    "In June 2024 Child A told a teaching assistant that 'he knows where we are now'. The teaching assistant recorded this "
    "on the school's safeguarding system; the designated safeguarding lead was on leave and the entry was not read for "
    "nine days."],
    ["Moves across local authority boundaries are common for families fleeing domestic abuse. Each move risks the loss of "
     "what earlier agencies knew, and the family are left to tell their story again to people who do not know them.",
     "Child A's words were clear and urgent, but they reached no one who could act on them for more than a week. The "
     "school's system relied on one person.",
     "Child A's mother told the review that she had not known whom to tell when she saw her former partner near the flat. "
     "No agency in Cauldmoor had explained to her what help was available."])
H1 = {
    "file": "cauldmoor-lcspr-child-a.pdf", "producer": "itext_pdfhtml", "body_from": 2,
    "features": ["iText pdfHTML 5.0.5 (com.itextpdf:html2pdf, on iText 8.0.5 kernel and layout, Java) from an HTML page with "
                 "CSS: page margin boxes for the footer ('Cauldmoor LCSPR Child A' left, 'Page N of M' right, "
                 "`counter(pages)`), untagged, no outline; pdfHTML's default FreeSans fonts embedded",
                 "cover a full-width teal block (partnership, title, reviewer, date, invented note) and `page-break-after`; "
                 "headings typed '1. Introduction' h2 with a teal left border", "findings as h3 'Finding N: ...' "
                 "sub-headings each followed by its paragraph and a pale box with a bold 'Learning point N' line and the "
                 "learning; good practice bullets; recommendations a bordered HTML table No. | Recommendation | Lead agency "
                 "with a teal header row; appendices 'Appendix 1: Terms of reference' (an ordered list of questions, no "
                 "items) and 'Appendix 2: Glossary' (a definition list)"],
    "numbering": "typed", "foot": "Cauldmoor LCSPR Child A",
    "cover": {"title": "Local Child Safeguarding Practice Review: Child A", "child_name": "Child A", "review_type": CSPR,
              "area": "Cauldmoor", "year": 2025, "partnership": "Cauldmoor Safeguarding Children Partnership",
              "by": "Independent reviewer: Rosalind Achterberg", "date": "Published July 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review is about Child A, a thirteen year old girl who was seriously assaulted by her mother's "
                     "former partner in September 2024, eight months after the family moved to Cauldmoor to escape him. "
                     "Child A has recovered from her physical injuries and has been supported to take part in this review."),
               ("h1", "Methodology", "methodology")]
    + method("Cauldmoor Safeguarding Children Partnership", "Rosalind Achterberg", "nine")
    + [("h1", "Background", "background")] + H1_BG
    + [("h1", "Key events", "background", ["findings"])] + H1_EV
    + [("h1", "Findings", "findings", ["learning"]),
       ("h2", "Finding 1: Families who move lose their history"), H1_AN[0],
       ("items", "learning", ["When a family who have fled domestic abuse move into an area, the receiving agencies should "
                              "actively seek the history from the area they left, and not wait for records to arrive."], "lpbox"),
       ("h2", "Finding 2: Safeguarding systems that depend on one person"), H1_AN[1],
       ("items", "learning", ["A child's words about a known risk need to reach someone who can act the same day, whoever is "
                              "on leave."], "lpbox"),
       ("h2", "Finding 3: Telling parents where help is"), H1_AN[2],
       ("items", "learning", ["A parent who has left an abusive partner needs to know, from the first contact, whom to call "
                              "if the partner finds them."], "lpbox")]
    + H1_AN[3:]
    + [("h1", "What went well", "good_practice"),
       ("items", "good_practice", [
           "The teaching assistant wrote down Child A's exact words and the time she said them.",
           "The police domestic abuse team arranged emergency accommodation for the family on the night of the assault and "
           "kept Child A and her brother together."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("The partnership should agree a protocol with neighbouring partnerships for transferring information when a "
            "family fleeing domestic abuse moves between areas.", "Partnership"),
           ("Schools should make sure that safeguarding records are read and acted on the same day when the designated "
            "safeguarding lead is absent.", "Education"),
           ("The domestic abuse service should offer every family who move into the area because of abuse a named contact "
            "and a written safety plan.", "Domestic abuse service")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child A", "Cauldmoor Safeguarding Children Partnership")
    + [("h1", "Appendix 1: Terms of reference", "appendix", ["methodology", "other"]),
       ("tor", TOR[:3]),
       ("h1", "Appendix 2: Glossary", "appendix", ["other"]),
       ("gloss", GLOSS[:2] + [("Non-molestation order", "A civil court order that forbids a person from using or threatening "
                                                         "violence against another person or harassing them.")])],
}

REPORTS = [J1, D1, D2, E1, L1, C1, J2, H1]
