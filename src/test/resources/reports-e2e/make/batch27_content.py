"""Batch 27 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding practice
review reports, each from a producer no earlier batch uses (groff -mm, groff -me, rst2pdf, xhtml2pdf, the `docx` npm
package -> LibreOffice, a scanned report with an OCR text layer (ocrmypdf / tesseract), a report imposed 2-up with pdfjam,
pdflatex with margin line numbers, an 'OFFICIAL' marking and a diagonal DRAFT watermark), 6-14 pages each.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch25_content.py: ("h1", heading, type[, accept]) a section heading as printed (a number the producer generates is left
out), ("h2", text) a sub-heading (no section), ("p", text), ("items", type, [texts], style) items of that type (texts
without their printed numbers or labels), ("gloss", [(term, meaning), ...]) a glossary (no items). A recommendations table
takes its lead agencies from rep["leads"] (no part of an item's text).
"""
from batch25_content import method, terms, GLOSS

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"


def story(child, who, facts, analysis):
    """Background, key events and analysis: the report's own facts, then paragraphs every review of this kind carries."""
    bg = [("p", f) for f in facts[:2]] + [
        ("p", "The family were known to universal services throughout the period under review. Practitioners described "
              "%s as a child who could be quiet and watchful with adults they did not know, and warm with those they trusted."
         % child),
        ("p", "The review has tried throughout to keep in mind what daily life was like for %s, and to ask what %s would "
              "have seen, heard and felt at the points where agencies made decisions about the family." % (child, who))]
    ev = [("p", f) for f in facts[2:]] + [
        ("p", "The chronologies show a large number of contacts with the family, most of them single-agency and most of "
              "them appropriate in themselves. What is missing, for much of the period, is a shared account of what the "
              "contacts meant when taken together.")]
    an = [("p", a) for a in analysis] + [
        ("p", "Practitioners told the review that caseloads were high during this period and that several key workers "
              "changed. Handovers were recorded but did not always pass on the worker's sense of the risks, which is often "
              "what matters most when a family is hard to engage.")]
    return bg, ev, an


def conclusion(child, partnership):
    return [("p", "It is not possible to say that what happened to %s could have been predicted or prevented. It is possible "
                  "to say that there were opportunities to understand the risks sooner, and that agencies did not always act "
                  "together on what each of them knew." % child),
            ("p", "The %s has accepted the recommendations of this review and will monitor the action plan through its "
                  "learning and improvement group. Progress will be reported in the partnership's annual report." % partnership)]


# ---------- R1: groff -mm
R1_BG, R1_EV, R1_AN = story("Child E", "he", [
    "Child E was born in March 2023, the second child of his mother and her partner. His older half-sister, then six, "
    "lived in the household. The family had moved to Brackley Moor from another area four months before his birth.",
    "Child E's mother had a history of depression and had been prescribed medication by her previous GP. This history "
    "was not transferred to the new practice until after Child E was born.",
    "At seven weeks Child E was taken to the GP with a small bruise on his cheek. His mother said his sister had "
    "dropped a toy on him. The GP recorded the explanation and did not refer the bruise to children's social care.",
    "At eleven weeks Child E was admitted to hospital with a fractured femur and bruising to his chest. A skeletal "
    "survey found older rib fractures. A strategy discussion was held the same day and Child E was placed in foster care."],
    ["The bruise seen at seven weeks was in a non-mobile baby. The partnership's bruising protocol says that any bruise "
     "in a baby who is not yet crawling must be referred, whatever the explanation given. The GP knew of the protocol but "
     "told the review that the explanation seemed credible and the mother was open about it.",
     "The health visitor's new birth visit took place when the mother's partner was out. He was never seen by a health "
     "professional and his own history, which included a caution for assault, was not known to any of the agencies "
     "working with the baby.",
     "The mother's low mood was noticed by the health visitor at the six-week review, but her previous history of "
     "depression was not yet on the GP record and the perinatal mental health team was not asked for advice."])
R1 = {
    "file": "brackley-moor-lcspr-child-e.pdf", "producer": "groff_mm", "body_from": 2,
    "features": ["groff 1.22.4 -mm -Tpdf (memorandum macros): '.H 1' numbered headings '1. Introduction' in Times-Bold "
                 "body size, every chapter after '.SK' (new page); page header '- N -' centred at the top",
                 "cover set with '.ce' lines; learning points an '.AL' numbered list; good practice '.BL' bullets; "
                 "recommendations '.AL 1' numbered list", "'.HU' unnumbered 'Appendix A: Terms of reference' and "
                 "'Appendix B: Glossary' (a '.VL' variable-item list)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child E", "child_name": "Child E", "review_type": CSPR,
              "area": "Brackley Moor", "year": 2024, "partnership": "Brackley Moor Safeguarding Children Partnership",
              "by": "Independent reviewer: Helen Ashdown", "date": "Published: November 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child E, who was eleven weeks old when he was admitted to hospital with a fractured "
                     "femur and older rib fractures in June 2023. His injuries were found to be non-accidental. Criminal "
                     "proceedings have concluded and the review has waited for them before publication."),
               ("p", "The Brackley Moor Safeguarding Children Partnership commissioned this local child safeguarding "
                     "practice review after a rapid review in July 2023, because the case raised questions about the "
                     "response to bruising in a non-mobile baby and about how agencies see fathers and male partners."),
               ("h1", "How the review was carried out", "methodology")]
    + method("Brackley Moor Safeguarding Children Partnership", "Helen Ashdown", "nine")
    + [("h1", "Child E and his family", "background")] + R1_BG
    + [("h1", "Key events", "background", ["findings"])] + R1_EV
    + [("h1", "Analysis", "findings")] + R1_AN
    + [("h1", "Learning", "learning"),
       ("p", "The review draws the following learning from Child E's experience."),
       ("items", "learning", [
           "A bruise on a baby who is not yet mobile is never a minor matter and must be referred under the bruising "
           "protocol, even when the explanation offered seems plausible.",
           "Male partners and fathers living in the household need to be seen, named and assessed by the professionals "
           "working with a new baby.",
           "When a family moves into the area during pregnancy, a parent's mental health history needs to follow them "
           "quickly, before the birth if at all possible.",
           "Low maternal mood at the six-week review is a reason to ask about the support the mother has at home and "
           "who else cares for the baby."], "AL"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The emergency department registrar arranged a skeletal survey without delay and explained the reasons to the "
           "mother carefully.",
           "Children's social care and the police held a strategy discussion within four hours of the referral."], "BL"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should relaunch its bruising protocol for non-mobile babies with primary care and seek "
           "assurance from practices that it is being followed.",
           "Health visiting and midwifery services should record the name and details of every adult in the household at "
           "the booking appointment and the new birth visit.",
           "The integrated care board should agree a process for the timely transfer of maternal mental health records "
           "when a pregnant woman registers with a new GP.",
           "The partnership should include work with fathers and male carers in its multi-agency training programme."],
        "AL"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child E", "Brackley Moor Safeguarding Children Partnership")
    + [("h1", "Appendix A: Terms of reference", "appendix", ["methodology"])] + terms("the period from March 2022 to June 2023")
    + [("h1", "Appendix B: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- R2: groff -me
R2_BG, R2_EV, R2_AN = story("Child F", "she", [
    "Child F was fourteen at the time of the incident that led to this review. She lived with her father and his "
    "partner after her mother moved abroad in 2012. She had a statement of special educational needs for a language "
    "disorder.",
    "Child F attended a special school until the summer of 2014, when she moved to a mainstream academy with support. "
    "Her father said that the move was her own wish and that she wanted to be with friends from her street.",
    "In the autumn of 2014 Child F began to miss school on Mondays and Fridays. The academy's attendance officer wrote "
    "to her father twice and a fixed penalty notice was issued in January 2015.",
    "In March 2015 Child F told a teaching assistant that she was staying with a man in his twenties at weekends. The "
    "teaching assistant passed this to the designated teacher, who telephoned the father but made no referral."],
    ["The academy treated Child F's absence as an attendance matter. The pattern of Mondays and Fridays was noticed but "
     "was not linked to what was happening at weekends, and no one asked Child F where she spent her time.",
     "Child F's language disorder meant that she found it hard to explain events in order. Practitioners who spoke to her "
     "did not use the communication strategies set out in her statement, and her account was judged vague.",
     "The designated teacher was new in post and told the review that she was unsure whether the information met the "
     "threshold for a referral. She did not seek advice from the local authority's education safeguarding team."])
R2 = {
    "file": "tollgate-lscb-scr-child-f.pdf", "producer": "groff_me", "body_from": 2,
    "features": ["groff 1.22.4 -me -Tpdf: '.sh 1' numbered section headings '1.  Introduction' in bold, a '.bp' before "
                 "each; paragraphs '.pp' indented", "lessons as '.ip \"Lesson N\"' hanging labels; recommendations '.np' "
                 "numbered paragraphs '(1)' .. under an unnumbered lead-in", "'.uh' unnumbered 'Appendix 1: Terms of "
                 "reference' and 'Appendix 2: Glossary'; footer with the page number"],
    "cover": {"title": "Serious Case Review: Child F - Overview Report", "child_name": "Child F",
              "review_type": SCR, "area": "Tollgate", "year": 2016,
              "partnership": "Tollgate Local Safeguarding Children Board",
              "by": "Overview author: Robert Kell", "date": "Final version: February 2016"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This serious case review concerns Child F, who was seriously harmed in May 2015 when she was "
                     "sexually assaulted by an adult man she had met through friends. The Tollgate Local Safeguarding "
                     "Children Board decided that the criteria for a serious case review were met in June 2015."),
               ("p", "The review has considered how agencies understood the risks to a teenager with a communication "
                     "difficulty, and how information about her weekends reached, or did not reach, those who could act."),
               ("h1", "Process of the review", "methodology")]
    + method("Tollgate Local Safeguarding Children Board", "Robert Kell", "ten")
    + [("h1", "Family background", "background")] + R2_BG
    + [("h1", "Summary of events", "background", ["findings"])] + R2_EV
    + [("h1", "Analysis of agency involvement", "findings")] + R2_AN
    + [("h1", "Lessons learnt", "learning"),
       ("items", "learning", [
           "Persistent absence on particular days of the week can be a sign of what is happening in a child's life outside "
           "school and should prompt a conversation with the child.",
           "Children with a communication difficulty need adults who will use the strategies that help them to tell their "
           "story, rather than judging their account as unclear.",
           "A disclosure about an adult who is much older than a child must be treated as a safeguarding concern and "
           "referred, whatever the child says about consent."], "ip"),
       ("h1", "Recommendations", "recommendations"),
       ("p", "The Board is asked to agree the following recommendations."),
       ("items", "recommendations", [
           "The Board should ask schools to review their attendance procedures so that patterns of absence are considered "
           "alongside safeguarding information.",
           "The local authority should provide guidance to designated teachers on when and how to seek advice from the "
           "education safeguarding team.",
           "The Board should commission training on communicating with children who have speech, language and "
           "communication needs.",
           "The police and children's social care should audit their response to reports of children staying with adults "
           "who are not family members."], "np"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child F", "Tollgate Local Safeguarding Children Board")
    + [("h1", "Appendix 1: Terms of reference", "appendix", ["methodology"])] + terms("the period from September 2013 to May 2015")
    + [("h1", "Appendix 2: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- R3: rst2pdf
R3_BG, R3_EV, R3_AN = story("Harvey", "he", [
    "Harvey was nine when he died. He lived with his mother and two younger siblings in a privately rented house. His "
    "mother has a long-term heart condition and Harvey often helped to look after his brothers.",
    "Harvey had asthma, diagnosed when he was three. He had been admitted to hospital twice with severe attacks and was "
    "prescribed a preventer inhaler and a reliever inhaler.",
    "Between 2020 and 2022 the GP practice issued far fewer preventer inhalers than Harvey needed. The pharmacy and the "
    "practice both had this information but it was not reviewed.",
    "In November 2022 Harvey had an asthma attack at home in the evening. His mother called an ambulance, which arrived "
    "within twelve minutes, but Harvey could not be revived."],
    ["Harvey's asthma was treated as a medical matter rather than one that could also be about the care he received. "
     "Missed appointments at the asthma clinic were followed by letters to his mother and then by discharge.",
     "The school knew that Harvey often had no inhaler in school and reminded his mother by text. The school nurse was "
     "not told, and the school's own asthma register did not record how often the inhaler was missing.",
     "Harvey's role as a young carer was known to the school but had not been assessed, and the family were not referred "
     "to the young carers service."])
R3 = {
    "file": "westerleigh-lcspr-harvey.pdf", "producer": "rst2pdf", "body_from": 2,
    "features": ["rst2pdf 0.99 from reStructuredText (its default stylesheet, DejaVu Sans via a custom style), unnumbered "
                 "headings, each top-level section after a PageBreak", "learning points as admonition boxes titled "
                 "'Learning point N' (a framed box with a title bar)", "recommendations a list-table No. | Recommendation "
                 "| Lead (header row)", "good practice bullets; 'Appendix: Glossary' as a definition list; footer "
                 "'Westerleigh LCSPR Harvey - page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Harvey", "child_name": "Harvey", "review_type": CSPR,
              "area": "Westerleigh", "year": 2023, "partnership": "Westerleigh Safeguarding Children Partnership",
              "by": "Lead reviewer: Anita Moreland", "date": "Published: September 2023"},
    "leads": ["ICB", "ICB / GP practices", "Education", "Local authority"],
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review is about Harvey, who died at home in November 2022 after a severe asthma attack. He was "
                     "nine years old. His family chose the name Harvey for this report and asked that it should help other "
                     "children with asthma to get the care they need."),
               ("p", "The Westerleigh Safeguarding Children Partnership decided to undertake a local review because "
                     "Harvey's asthma had been poorly controlled for some time and there were questions about whether "
                     "agencies recognised this as possible neglect of his health needs."),
               ("h1", "Methodology", "methodology")]
    + method("Westerleigh Safeguarding Children Partnership", "Anita Moreland", "six")
    + [("h1", "Harvey and his family", "background")] + R3_BG
    + [("h1", "What happened", "background", ["findings"])] + R3_EV
    + [("h1", "Findings", "findings")] + R3_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Poorly controlled asthma in a child can be a sign of neglect of health needs and should be considered as "
           "such when prescriptions and appointments are repeatedly missed.",
           "Discharging a child from a clinic because appointments are missed moves the risk back to a parent who may "
           "already be struggling.",
           "Schools hold important information about a child's health condition and need a route to share it with health "
           "colleagues.",
           "Children who care for a parent or siblings should be identified and offered a young carer's assessment."],
        "admonition"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The ambulance crew arrived quickly and supported Harvey's mother and brothers with great care.",
           "The bereavement support offered by the school was described by the family as kind and practical."], "bullets"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The integrated care board should ensure that paediatric asthma reviews include a check of prescription "
           "collection and inhaler technique.",
           "GP practices should adopt a 'was not brought' approach to missed appointments for children with long-term "
           "conditions.",
           "Schools should keep an up-to-date asthma register and share concerns about missing medication with the school "
           "nursing service.",
           "The local authority should review how young carers are identified through schools and health services."],
        "table"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Harvey", "Westerleigh Safeguarding Children Partnership")
    + [("h1", "Appendix: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- R4: xhtml2pdf (Scottish learning review)
R4_BG, R4_EV, R4_AN = story("Young Person C", "he", [
    "Young Person C was fifteen when he was admitted to hospital after taking an overdose in a supported flat. He had "
    "been looked after since the age of eleven and had lived in five placements in four years.",
    "Young Person C had a diagnosis of attention deficit hyperactivity disorder and had been excluded from two schools. "
    "At the time of the incident he was attending a part-time education programme for three mornings a week.",
    "In the months before the overdose Young Person C was reported missing from his residential house nine times. He "
    "was twice found in the company of adults known to the police for supplying drugs.",
    "A child protection planning meeting in February 2024 agreed that Young Person C should move to a supported flat. "
    "He moved three days later, before the planned support package was in place."],
    ["The move to a supported flat was decided in response to the risks in the residential house rather than as part of "
     "a plan for Young Person C. He told the review that he felt he had been 'moved on again'.",
     "The interagency referral discussion about the risk of criminal exploitation took place but was not reconvened when "
     "the missing episodes increased, and the plan it agreed was not reviewed.",
     "Young Person C's mental health needs were assessed by CAMHS in 2022, but he was discharged after missing two "
     "appointments and was not referred back when his self-harm increased."])
R4 = {
    "file": "kilmory-learning-review-young-person-c.pdf", "producer": "xhtml2pdf", "body_from": 2,
    "features": ["xhtml2pdf (pisa, Debian python3-xhtml2pdf) from XHTML with ReportLab underneath: @page frames with a "
                 "static header 'Kilmory Child Protection Committee' and a footer frame 'Page N of M' (pdf:pagenumber / "
                 "pdf:pagecount; xhtml2pdf 0.2.5 prints the count twice, 'Page 2 of 1010')", "Scottish learning review (Chief Officers, IRD, child protection planning meeting); "
                 "headings numbered by hand '1. Introduction', each after pdf:nextpage", "learning in a two-column table "
                 "Theme | Learning (items in the second column); 'Areas for improvement' an ordered list"],
    "cover": {"title": "Learning Review: Young Person C", "child_name": "Young Person C", "review_type": LR,
              "area": "Kilmory", "year": 2024, "partnership": "Kilmory Child Protection Committee",
              "by": "Lead reviewers: Fiona Gilchrist and Alasdair Brodie", "date": "Published: December 2024"},
    "themes": ["Planning moves", "Exploitation", "Mental health"],
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This learning review was commissioned by the Kilmory Child Protection Committee on behalf of the "
                     "Chief Officers Group after Young Person C took an overdose in March 2024. It follows the national "
                     "guidance for learning reviews in Scotland."),
               ("p", "The review looks at the care and protection of a looked after young person at risk of criminal "
                     "exploitation, and at how his moves between placements were planned."),
               ("h1", "The review process", "methodology")]
    + method("Kilmory Child Protection Committee", "Fiona Gilchrist and Alasdair Brodie", "eight")
    + [("h1", "Background", "background")] + R4_BG
    + [("h1", "Key episodes", "background", ["findings"])] + R4_EV
    + [("h1", "Analysis", "findings")] + R4_AN
    + [("h1", "Key learning", "learning"),
       ("items", "learning", [
           "Moves for looked after young people should be planned around the young person's needs and relationships, "
           "not only as a response to risk in the current placement.",
           "An interagency referral discussion about exploitation needs to be reconvened when the risks change, and its "
           "plan needs a named lead.",
           "Young people who miss mental health appointments are often the ones most in need of them; discharge should "
           "follow a conversation with the lead professional."], "table"),
       ("h1", "Areas for improvement", "recommendations"),
       ("items", "recommendations", [
           "The Child Protection Committee should seek assurance that every planned move of a looked after young person "
           "includes a support plan agreed before the move.",
           "Police Scotland and the health and social care partnership should agree when an interagency referral "
           "discussion about exploitation must be reconvened.",
           "CAMHS should consult the lead professional before discharging a looked after young person who has not "
           "attended.",
           "The Committee should develop a multi-agency response to young people missing from care, linked to the "
           "national missing persons framework."], "ol"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Young Person C", "Kilmory Child Protection Committee")
    + [("h1", "Appendix 1: Glossary", "appendix", ["other"]),
       ("gloss", [("CAMHS", "Child and adolescent mental health services."),
                  ("IRD", "Interagency referral discussion, where police, social work and health share information and "
                          "plan the response to a child protection concern."),
                  ("CPPM", "Child protection planning meeting.")])],
}

# ---------- R5: docx npm -> LibreOffice
R5_BG, R5_EV, R5_AN = story("Baby M", "she", [
    "Baby M was born at thirty-four weeks in April 2024 and spent two weeks on the neonatal unit. Her parents were both "
    "nineteen. Her father had been looked after as a child and had left care a year before her birth.",
    "The parents lived in a one-bedroom flat provided by a housing association. They had debts and the electricity was "
    "on a prepayment meter, which ran out several times in the winter.",
    "The neonatal unit gave the parents safer sleep advice before discharge. A bedside cot was provided by a charity, but "
    "the health visitor noticed at the ten-day visit that it had not been assembled.",
    "In January 2025 Baby M was found unresponsive in the morning after sleeping on the sofa with her father. She died "
    "in hospital later that day."],
    ["Safer sleep advice was given, and given well, but it did not take account of the family's circumstances: a cold "
     "flat, one bedroom and a father who often fell asleep on the sofa after night shifts.",
     "The father's care leaver status was known to the leaving care service but not to the health visitor, and the "
     "personal adviser was not invited to the discharge planning meeting.",
     "Housing staff knew about the prepayment meter and the debt but did not see this as information relevant to the "
     "baby's safety."])
R5 = {
    "file": "hadleigh-fen-cspr-baby-m.pdf", "producer": "docx_npm", "body_from": 2,
    "features": ["DOCX written by the `docx` npm package (8.x) in Node, converted by LibreOffice 7.4 (untagged)",
                 "Heading 1 with Word multilevel numbering ('1.' from a numbering definition, not typed), page break "
                 "before each", "learning points as one-row two-cell tables: a shaded label cell 'Learning point N' and "
                 "the text", "recommendations a bordered table No. | Recommendation | Lead agency with a shaded header "
                 "row", "footer 'Hadleigh Fen CSPR - Baby M' and a PAGE field; 'Appendix 1: Glossary' a two-column table"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby M", "child_name": "Baby M", "review_type": CSPR,
              "area": "Hadleigh Fen", "year": 2025, "partnership": "Hadleigh Fen Safeguarding Children Partnership",
              "by": "Independent author: Gareth Pryce", "date": "Date of publication: 12 August 2025"},
    "leads": ["Health visiting service", "Leaving care service", "Housing associations", "Partnership"],
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This child safeguarding practice review concerns Baby M, who died in January 2025 at nine months old "
                     "after sleeping on a sofa with her father. There is no suggestion that either parent intended her any "
                     "harm."),
               ("p", "The Hadleigh Fen Safeguarding Children Partnership undertook the review because the circumstances "
                     "were similar to those in two other infant deaths in the area in the previous three years."),
               ("h1", "Scope and methodology", "methodology")]
    + method("Hadleigh Fen Safeguarding Children Partnership", "Gareth Pryce", "seven")
    + [("h1", "Background", "background")] + R5_BG
    + [("h1", "Summary of agency involvement", "background", ["findings"])] + R5_EV
    + [("h1", "Analysis and findings", "findings")] + R5_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Safer sleep advice is most effective when it is tailored to the family's home and routines, including how "
           "the family will manage on a tired night.",
           "A parent who is a care leaver may have little support from family, and their personal adviser is an important "
           "partner in planning for the baby.",
           "Poverty, cold housing and debt affect where and how a baby sleeps and are part of the safeguarding picture."],
        "boxes"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The health visiting service should use a safer sleep assessment at every contact until the baby is one year old.",
           "The leaving care service should tell the midwife and the health visitor, with consent, when a care leaver "
           "becomes a parent.",
           "Housing associations should include questions about a new baby's sleeping arrangements in tenancy support "
           "visits.",
           "The partnership should run a campaign on safer sleep for fathers and other male carers."], "table"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Baby M", "Hadleigh Fen Safeguarding Children Partnership")
    + [("h1", "Appendix 1: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- R6: scanned report with an OCR text layer
R6_BG, R6_EV, R6_AN = story("Child J", "she", [
    "Child J was two years old when she died in August 2011. She lived with her mother and her mother's boyfriend in a "
    "flat on the edge of the town centre. Her mother had herself been subject to a child protection plan as a teenager.",
    "The family moved three times in the eighteen months before Child J's death and registered with two different GP "
    "practices. The health visiting records were transferred slowly on each occasion.",
    "In April 2011 a neighbour telephoned the police to report shouting and a child crying. Officers attended, found "
    "the mother and her boyfriend calm, and recorded the incident as a verbal argument.",
    "In June 2011 Child J was seen at the walk-in centre with a burn to her hand. The explanation that she had touched "
    "the oven door was accepted and a routine notification was sent to the health visitor."],
    ["No agency had a complete picture of the family. Each move reset the professional relationships, and the new "
     "practitioners did not have the history that would have helped them to interpret what they saw.",
     "The police attendance in April 2011 was not shared with children's social care because no crime was recorded. "
     "The presence of a young child in the flat was noted but not acted upon.",
     "The notification of the burn reached the health visitor three weeks after the event. The health visitor tried to "
     "visit twice and then wrote to the mother, who did not reply."])
R6 = {
    "file": "ramsgill-lscb-scr-child-j-scanned.pdf", "producer": "scanned", "body_from": 2,
    "features": ["a scanned report: the pages were typeset (groff -ms, Times 12 pt), printed to 240 dpi grey images, "
                 "skewed by a fraction of a degree with speckle noise, then OCRed by ocrmypdf / tesseract 4.1 (English) "
                 "into an image PDF with an invisible text layer (the text the pipeline reads is tesseract's)",
                 "older LSCB serious case review: headings in capitals numbered '1. INTRODUCTION'; lessons learnt and "
                 "recommendations numbered lists; 'APPENDIX A: GLOSSARY'", "truth pages read from the OCR text layer "
                 "(first seven words, or the closest line when OCR changed a word)"],
    "cover": {"title": "Serious Case Review: Child J - Overview Report", "child_name": "Child J", "review_type": SCR,
              "area": "Ramsgill", "year": 2012, "partnership": "Ramsgill Local Safeguarding Children Board",
              "by": "Independent overview author: Margaret Thewlis", "date": "October 2012"},
    "blocks": [("h1", "INTRODUCTION", "introduction"),
               ("p", "This overview report concerns Child J, who died in August 2011 aged two years and four months. The "
                     "post-mortem examination found head injuries and older bruising. Her mother's boyfriend was later "
                     "convicted of her manslaughter."),
               ("p", "The Ramsgill Local Safeguarding Children Board decided that the criteria for a serious case review "
                     "were met. The review was conducted under chapter 8 of Working Together to Safeguard Children."),
               ("h1", "METHODOLOGY", "methodology")]
    + method("Ramsgill Local Safeguarding Children Board", "Margaret Thewlis", "eleven")
    + [("h1", "FAMILY BACKGROUND", "background")] + R6_BG
    + [("h1", "SUMMARY OF AGENCY INVOLVEMENT", "background", ["findings"])] + R6_EV
    + [("h1", "ANALYSIS", "findings")] + R6_AN
    + [("h1", "LESSONS LEARNT", "learning"),
       ("items", "learning", [
           "Families who move often can lose the professional history that would help practitioners to understand risk, "
           "and records must follow them promptly.",
           "Police attendance at a domestic incident where a young child lives should be shared with children's social "
           "care even when no offence is recorded.",
           "An injury to a toddler with an explanation that is accepted at the time should still be shared quickly with "
           "the health visitor and the GP."], "numbered"),
       ("h1", "RECOMMENDATIONS", "recommendations"),
       ("items", "recommendations", [
           "The Primary Care Trust should ensure that health visiting records are transferred within ten working days of "
           "a family moving.",
           "The police should notify children's social care of every domestic incident at which a child is present.",
           "The walk-in centre should send notifications of injuries to children under five to the health visitor and GP "
           "within two working days.",
           "The LSCB should audit the transfer of information between agencies for families who move within the area."],
        "numbered"),
       ("h1", "CONCLUSION", "conclusion")]
    + conclusion("Child J", "Ramsgill Local Safeguarding Children Board")
    + [("h1", "APPENDIX A: GLOSSARY", "appendix", ["other"]), ("gloss", GLOSS[:3])],
}

# ---------- R7: pdfjam 2-up imposition of a pdflatex report
R7_BG, R7_EV, R7_AN = story("Child N", "he", [
    "Child N was six when he was made subject to a child protection plan under the category of emotional abuse. He "
    "lived with his mother and his maternal grandmother. His father lived nearby and had contact every weekend.",
    "Child N's parents separated in 2019 after several police call-outs for domestic abuse. There were court "
    "proceedings about contact in 2020 and a non-molestation order was made in favour of the mother.",
    "Child N's school noticed in 2021 that he was withdrawn on Mondays and reluctant to talk about his weekends. The "
    "class teacher recorded this on the school's safeguarding system on four occasions.",
    "In March 2022 Child N told a teaching assistant that his father had hurt his mother at the handover. A strategy "
    "discussion was held and a section 47 enquiry followed."],
    ["The domestic abuse was seen as something in the past, ended by the separation. Contact handovers were arranged by "
     "the parents themselves and no agency asked how they went or how Child N experienced them.",
     "The school's four records each described a worried child, but they were not read together until the disclosure, "
     "and the designated safeguarding lead had not been asked to review them.",
     "Child N's grandmother was an important source of safety for him. She was not invited to the child protection "
     "conference and her view of the father was never sought."])
R7 = {
    "file": "castlebrook-cspr-child-n-2up.pdf", "producer": "pdfjam", "body_from": 2, "columns": True,
    "features": ["pdflatex article (A5 pages, 10 pt Palatino via mathpazo), numbered sections '1 Introduction' each on a "
                 "new page, then imposed two A5 pages side by side on each A4 landscape sheet with pdfjam --nup 2x1 "
                 "(pdfpages): the cover and the contents share sheet 1", "learning as paragraphs with a bold run-in "
                 "'Learning point N.' label; recommendations an enumerate list; good practice itemize",
                 "truth pages are sheets of the imposed PDF"],
    "cover": {"title": "Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
              "area": "Castlebrook", "year": 2022, "partnership": "Castlebrook Safeguarding Children Partnership",
              "by": "Independent reviewer: Sunita Lal", "date": "Published: October 2022"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child N, a six-year-old boy who experienced domestic abuse between his parents "
                     "for much of his early life, and whose distress at school was recorded but not understood for more "
                     "than a year."),
               ("p", "The Castlebrook Safeguarding Children Partnership undertook a local review because the case showed "
                     "how the effects of domestic abuse on a child can continue after parents separate."),
               ("h1", "Methodology", "methodology")]
    + method("Castlebrook Safeguarding Children Partnership", "Sunita Lal", "five")
    + [("h1", "Background", "background")] + R7_BG
    + [("h1", "Key events", "background", ["findings"])] + R7_EV
    + [("h1", "Findings", "findings")] + R7_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Separation does not end domestic abuse; contact arrangements can become the place where it continues and "
           "where children witness it.",
           "Repeated small concerns recorded by a school need to be read together by someone with the authority to act "
           "on the pattern.",
           "Grandparents and other relatives who care for a child day to day can tell professionals a great deal and "
           "should be asked."], "runin"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The teaching assistant listened calmly to Child N's disclosure and recorded his words exactly.",
           "The independent domestic violence adviser kept in touch with Child N's mother throughout the enquiry."],
        "itemize"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should issue guidance on assessing the risks to children at contact handovers where there "
           "has been domestic abuse.",
           "Schools should ensure that the designated safeguarding lead reviews the chronology of any child with three or "
           "more safeguarding records in a term.",
           "Children's social care should invite relatives who provide regular care to child protection conferences, "
           "with the parents' knowledge.",
           "The family court liaison group should consider how information about domestic abuse is shared with schools "
           "after a child arrangements order."], "enumerate"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child N", "Castlebrook Safeguarding Children Partnership")
    + [("h1", "Appendix A: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- R8: pdflatex with margin line numbers, OFFICIAL marking and a DRAFT watermark
R8_BG, R8_EV, R8_AN = story("Child S", "she", [
    "Child S was twelve when she disclosed that she had been sexually abused by a family friend over two years. She "
    "lived with her parents and her older brother. The family were not known to children's social care.",
    "Child S had an education, health and care plan for autism. She attended a mainstream secondary school with a "
    "resource base and was described as bright and anxious, with a strong interest in drawing.",
    "The family friend was a regular visitor to the home and sometimes looked after Child S after school. He had been "
    "the subject of a police investigation in another force area in 2015 which did not lead to charges.",
    "In the summer of 2023 Child S's drawings at school became sexualised. The resource base teacher showed them to the "
    "designated safeguarding lead, who spoke to Child S's mother."],
    ["The school recognised that the drawings were a concern, but the conversation with Child S's mother took place "
     "before anyone had spoken to Child S, and the mother reassured the school that the drawings came from the internet.",
     "Child S's autism shaped how she showed her distress. Practitioners who knew her well noticed changes in her "
     "behaviour but put them down to the transition to secondary school.",
     "The earlier investigation of the family friend was held on police systems in another area and was not found by "
     "the local force's checks until after the disclosure."])
R8 = {
    "file": "pendle-rise-lcspr-child-s-draft.pdf", "producer": "marked", "body_from": 3,
    "features": ["pdflatex article (Helvetica via helvet, 11 pt) with lineno: every body line numbered in the left margin "
                 "(1, 2, 3 .. running through the document)", "protective marking 'OFFICIAL' centred at the top and "
                 "foot of every page (fancyhdr), and a light grey diagonal 'DRAFT' watermark (draftwatermark) behind "
                 "the text on every page", "unnumbered \\section* headings each on a new page; contents page by hand; "
                 "learning as a description list of bold 'Learning point N' labels; recommendations a tabular Rec | "
                 "Recommendation | Lead with 'R1' .. codes", "'Appendix 1: Glossary'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
              "area": "Pendle Rise", "year": 2025, "partnership": "Pendle Rise Safeguarding Children Partnership",
              "by": "Independent reviewer: Jonathan Mercer", "date": "Final draft for publication: May 2025"},
    "leads": ["Education", "Partnership", "Police"],
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child S, who disclosed in October 2023 that she had been sexually abused by a "
                     "family friend. He has since been convicted. Child S and her parents have read this report and agreed "
                     "to its publication."),
               ("p", "The Pendle Rise Safeguarding Children Partnership commissioned the review because it raised "
                     "questions about recognising signs of sexual abuse in autistic children and about police checks "
                     "across force areas."),
               ("h1", "Methodology", "methodology")]
    + method("Pendle Rise Safeguarding Children Partnership", "Jonathan Mercer", "eight")
    + [("h1", "Child S and her family", "background")] + R8_BG
    + [("h1", "Key practice episodes", "background", ["findings"])] + R8_EV
    + [("h1", "Analysis", "findings")] + R8_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "When a child's drawings or play suggest sexual harm, the first conversation should be with the child, in a "
           "way that suits how the child communicates.",
           "Autistic children may show distress through changes in routine, interests or behaviour, and these changes "
           "should not be explained away too quickly.",
           "Police checks on adults who have close access to a child need to include information held by other force "
           "areas."], "described"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "Schools should be given guidance on responding to sexualised drawings or play, including who should speak to "
           "the child first.",
           "The partnership should commission training on recognising abuse in autistic children for education and "
           "health staff.",
           "The police should confirm that checks on adults connected to a child protection enquiry include the Police "
           "National Database."], "table"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child S", "Pendle Rise Safeguarding Children Partnership")
    + [("h1", "Appendix 1: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

REPORTS = [R1, R2, R3, R4, R5, R6, R7, R8]
