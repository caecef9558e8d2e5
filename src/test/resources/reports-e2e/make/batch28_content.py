"""Batch 28 (issue 9, a fresh held-out batch written before it was first run): eight invented case-review publications in
shapes no earlier batch uses, from mainstream producers (Chromium, WeasyPrint, python-docx DOCX -> LibreOffice, pdflatex).

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch21/24/26: ("h1", heading, type[, accept]) a section, ("h2", text) a sub-heading (no section), ("p", text),
("items", type, [texts], style) with style "ol", "ul" or "p"; and
("cases", [(child, age, circumstances, agencies)]) a table of the children a thematic review covers (no items);
("tor", [(line of enquiry, question)]) a terms of reference table (no items);
("frtable", [(finding, recommendation)]) a findings-and-recommendations table: each finding a learning item, each
recommendation a recommendation item;
("embedrec", before, n, rec) a numbered paragraph whose text carries 'Recommendation n: rec' after its findings (rec is a
recommendation item);
("plan", [(recommendation, action, lead, timescale)]) an action plan restating the body's recommendations (no items);
("quest", [questions]) reflective questions (no items);
("gloss", [(term, meaning)]) a glossary (no items).
Item texts are without their printed numbers, labels or note marks. Footnotes are written '{{note text}}' at the end of the
sentence they follow and are stripped from truth texts.
"""
import re

INVENTED = "This document and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
LR = "learning_review"
OTHER = "other"


def strip_notes(s):
    return re.sub(r"\{\{.*?\}\}", "", s)


# ---------- A: 7-minute briefing, seven boxed panels in a grid (Chromium) ----------
A = {
    "file": "brackwater-cspr-child-l-7-minute-briefing.pdf", "producer": "chromium",
    "features": ["7-minute briefing: two landscape A4 pages, seven numbered boxed panels in a CSS grid (three columns), each "
                 "panel a coloured circle with its number beside the panel title",
                 "panel titles Background, Why it matters, Information, Reflective questions, What should I do?, What worked "
                 "well, Further information; learning bullets in 'Information', actions in 'What should I do?'",
                 "masthead band with partnership name and '7-minute briefing'; no page numbers"],
    "cover": {"title": "Child Safeguarding Practice Review: Child L", "child_name": "Child L", "review_type": CSPR,
              "area": "Brackwater", "year": 2025, "partnership": "Brackwater Safeguarding Children Partnership"},
    "body_from": 1,
    "blocks": [
        ("h1", "Background", "background"),
        ("p", "Child L was a three year old girl who lived with her mother and her mother's partner. In March 2024 she was "
              "admitted to hospital with burns to her feet that doctors thought were not accidental. Child L had been known to "
              "early help for eight months because of concerns about home conditions and missed health appointments."),
        ("h1", "Why it matters", "introduction"),
        ("p", "Children under five who are not yet at nursery are seen by few practitioners. When those practitioners do not "
              "share what they see, nobody holds the whole picture of the child's daily life."),
        ("h1", "Information", "learning", ["findings", "other"]),
        ("p", "The review found:"),
        ("items", "learning", [
            "Early help plans can drift when the family agrees to every action but little changes for the child.",
            "The mother's new partner was never asked about his history or his role in caring for Child L.",
            "Missed health appointments were recorded by each service but were not seen as a pattern of neglect.",
            "Child L's own experience was rarely described in records; the focus stayed on the adults."], "ul"),
        ("h1", "Reflective questions", "other"),
        ("quest", ["Who lives in the household of the children you work with, and how do you know?",
                   "When did you last write down what a day is like for a child on your caseload?",
                   "What would make you step up from early help to a referral to children's social care?"]),
        ("h1", "What should I do?", "recommendations"),
        ("items", "recommendations", [
            "Ask about every adult who lives in or often visits the home and record their role in the child's care.",
            "Review an early help plan with your manager when nothing has changed for the child after three months.",
            "Treat three or more missed health appointments for a pre-school child as a safeguarding concern.",
            "Describe the child's day in your records in words a stranger could picture."], "ul"),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "The nursery nurse who visited at home raised the state of the kitchen with her manager on the same day.",
            "The hospital safeguarding team held a strategy discussion within four hours of Child L's admission."], "ul"),
        ("h1", "Further information", "other", ["appendix"]),
        ("p", "The full report is on the partnership website. Contact the Brackwater learning and development team to book a "
              "place on the 'Who is in the house?' workshop."),
    ],
}

# ---------- B: thematic review of several children, a cases table, themes as sections (WeasyPrint) ----------
B = {
    "file": "orrin-fields-thematic-review-adolescent-self-harm.pdf", "producer": "weasyprint",
    "features": ["thematic review covering five young people, no child name; cover with review name and 'Thematic review' "
                 "above the partnership",
                 "'The young people in this review' as a table Young person | Age | Circumstances | Agencies involved (no items)",
                 "each theme a section 'Theme 1: ...' with a shaded 'Learning for the partnership' box of bullets at its end",
                 "recommendations numbered 'R1' .. 'R4' in a two-column list; running footer 'Orrin Fields SCP | Thematic "
                 "review | page N'"],
    "cover": {"title": "Thematic Review: Self-harm and Suicidal Thoughts in Adolescents", "child_name": "", "review_type": OTHER,
              "area": "Orrin Fields", "year": 2024, "partnership": "Orrin Fields Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "In 2023 the Orrin Fields Safeguarding Children Partnership received five rapid review notifications about young "
              "people who had seriously harmed themselves. None met the criteria for a local child safeguarding practice "
              "review on its own, but the partnership agreed that together they raised questions about how agencies respond "
              "to adolescents in emotional distress."),
        ("p", "This thematic review looked at the five young people's contact with services in the twelve months before the "
              "incident. It did not seek to apportion blame to any practitioner or agency."),
        ("h1", "How the review was carried out", "methodology"),
        ("p", "An independent reviewer read agency records, met twenty-eight practitioners in three learning events and spoke "
              "with three of the young people and four parents. A panel of senior managers from health, education, the police "
              "and children's social care oversaw the review."),
        ("h1", "The young people in this review", "background"),
        ("p", "The table below summarises each young person's circumstances. Names are not used."),
        ("cases", [("Young person A", "14", "Lived with her father after her parents separated; school refusal from Year 9",
                    "School, CAMHS, GP"),
                   ("Young person B", "15", "Known to children's social care as a child in need; online bullying",
                    "Children's social care, school nurse"),
                   ("Young person C", "16", "Care leaver in supported lodgings; alcohol use", "Leaving care team, police, A&E"),
                   ("Young person D", "13", "Autistic; on the waiting list for a neurodevelopmental assessment",
                    "School, GP, early help"),
                   ("Young person E", "17", "Young carer for a parent with depression", "College, young carers service")]),
        ("h1", "Theme 1: Waiting for a service", "findings"),
        ("p", "Four of the five young people were waiting for a CAMHS assessment or treatment at the time of the incident. "
              "While they waited, no agency held responsibility for checking how they were. Schools understood that CAMHS "
              "'had the referral' and CAMHS understood that the school was keeping an eye on the young person."),
        ("items", "learning", [
            "A referral that is waiting is not a service: someone must agree to stay in touch with the young person meanwhile.",
            "Young people on a waiting list need to know who to contact if things get worse before they are seen."], "ul"),
        ("h1", "Theme 2: Hearing the young person's voice", "findings"),
        ("p", "Records showed that practitioners often spoke to parents about the young person rather than to the young person. "
              "Two young people told the reviewer they had not been asked what they wanted to happen."),
        ("items", "learning", [
            "Adolescents should be seen alone and asked directly about self-harm and suicidal thoughts.",
            "Asking about suicidal thoughts does not put the idea into a young person's head."], "ul"),
        ("h1", "Theme 3: Transitions between services", "findings"),
        ("p", "Young person C's move from foster care to supported lodgings at seventeen and Young person E's move from school "
              "to college both led to information being lost. The new setting did not know about earlier self-harm."),
        ("items", "learning", [
            "Information about self-harm must move with the young person when they change school, college or placement."], "ul"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The ICB and CAMHS should introduce a named contact for every young person on the CAMHS waiting list.",
            "The partnership should publish a short practice guide on asking adolescents about suicidal thoughts.",
            "Schools and colleges should agree a standard transfer record that includes any history of self-harm.",
            "The leaving care service should review how emotional health is assessed in pathway plans."], "ol"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "The young people in this review were known to many services, yet each was alone at the moment of greatest risk. "
              "The partnership will report on the progress of these recommendations in its annual report."),
    ],
}

# ---------- C: rapid review summary with a findings-and-recommendations table whose rows span pages (python-docx -> LO) ----
LONG = (" The panel heard that this was not a single missed step but a pattern across agencies, and that practitioners "
        "described being unsure who held the lead role once the initial enquiry had ended.")
C = {
    "file": "whitlow-rapid-review-summary-baby-o.pdf", "producer": "python-docx DOCX -> libreoffice, untagged",
    "features": ["rapid review summary in a python-docx Word template (Calibri 11 pt, Heading 1 dark blue, a coloured 'OFFICIAL "
                 "- SENSITIVE' header); LibreOffice 7.4 untagged export",
                 "'Findings and recommendations' a two-column bordered table No | Finding | Recommendation with a bold header "
                 "row repeated on each page, long cells, rows allowed to break across pages",
                 "'Decision of the safeguarding partners' closing paragraph; no cover page"],
    "cover": {"title": "Rapid Review Summary: Baby O", "child_name": "Baby O", "review_type": OTHER,
              "area": "Whitlow", "year": 2025, "partnership": "Whitlow Safeguarding Children Partnership"},
    "body_from": 1,
    "blocks": [
        ("h1", "Purpose of this summary", "introduction"),
        ("p", "This summary sets out the findings of the rapid review held by the Whitlow Safeguarding Children Partnership "
              "following a serious incident notification about Baby O, a four month old boy, in January 2025. Baby O was "
              "admitted to hospital with a fractured femur and rib fractures of different ages."),
        ("p", "A rapid review brings together the agencies who knew the child and family to establish the facts, identify any "
              "immediate action needed to keep children safe and decide whether a local child safeguarding practice review "
              "should be carried out."),
        ("h1", "Agencies involved", "background"),
        ("p", "Whitlow Hospitals NHS Trust (midwifery and emergency department), the health visiting service, two GP practices, "
              "Whitlow Police, children's social care and the adult substance misuse service contributed information."),
        ("h1", "Summary of events", "background"),
        ("p", "Baby O's mother had used cocaine in pregnancy and was referred by the midwife to children's social care at "
              "twenty-eight weeks. A single assessment closed with signposting to the substance misuse service. After the "
              "birth the health visitor saw Baby O three times. In December 2024 the father took Baby O to the GP with a "
              "swollen leg; he was referred to the emergency department, where the fractures were found."),
        ("h1", "Findings and recommendations", "findings", ["recommendations"]),
        ("p", "The rapid review panel agreed the following findings and the recommendation made for each."),
        ("frtable", [
            ("Pre-birth assessment closed without a plan for the baby after birth although the mother's drug use continued." + LONG,
             "Children's social care should ensure pre-birth assessments are not closed before a post-birth safety plan is agreed with health partners."),
            ("The father's history of violence in a previous relationship was known to the police but not shared with the midwife or health visitor." + LONG,
             "Whitlow Police should share relevant history of a parent or partner when a pre-birth referral is made."),
            ("The GP practice that saw Baby O's swelling did not check whether the baby was known to children's social care." + LONG,
             "The ICB should remind GP practices to check for safeguarding flags whenever a non-mobile baby presents with an injury."),
            ("Bruising protocols were not applied to a small mark on Baby O's ear seen at the eight week check." + LONG,
             "The partnership should relaunch the bruising in non-mobile babies protocol with health visiting teams."),
        ]),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The emergency department consultant recognised the pattern of fractures quickly and contacted children's social care the same evening.",
            "The substance misuse worker kept offering appointments to the mother after two were missed."], "ul"),
        ("h1", "Decision of the safeguarding partners", "conclusion", ["other"]),
        ("p", "The safeguarding partners agreed that the learning is clear and can be taken forward through the actions above. "
              "A local child safeguarding practice review will not be commissioned. The National Panel agreed with this "
              "decision in February 2025."),
    ],
}

# ---------- D: multi-agency audit report, every paragraph numbered 1.1 across chapters, recommendations inside paragraphs ---
D = {
    "file": "sallowmere-multi-agency-audit-neglect-under-fives.pdf", "producer": "python-docx DOCX -> libreoffice, tagged",
    "features": ["multi-agency audit report in a python-docx template (Arial 11 pt, justified); chapters 'Chapter 1 - "
                 "Introduction' as Heading 1; LibreOffice 7.4 tagged export",
                 "every paragraph numbered '1.1', '1.2' .. '5.4' by hand with a space, numbering restarting per chapter",
                 "recommendations only inside findings paragraphs, as a bold run 'Recommendation 3:' followed by the "
                 "recommendation, in the middle of the paragraph's numbered text",
                 "cover with audit name, 'A multi-agency audit report', partnership logo text and month year; footer 'Page N'"],
    "cover": {"title": "Multi-Agency Audit: Neglect of Children under Five", "child_name": "", "review_type": OTHER,
              "area": "Sallowmere", "year": 2024, "partnership": "Sallowmere Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Chapter 1 - Introduction", "introduction"),
        ("p", "This report sets out the findings of a multi-agency audit of neglect in families with children under five, "
              "carried out by the Sallowmere Safeguarding Children Partnership between April and June 2024."),
        ("p", "The audit was agreed by the safeguarding partners after two rapid reviews in 2023 identified neglect of a "
              "pre-school child that had been known to several agencies for more than a year."),
        ("h1", "Chapter 2 - Audit method", "methodology"),
        ("p", "Twelve cases were chosen at random from children under five open to early help or children's social care with "
              "neglect as the main concern. Each agency audited its own records using a common tool."),
        ("p", "Auditors from health, education, the police and children's social care then met for a half-day moderation "
              "session to agree a multi-agency grade for each case."),
        ("h1", "Chapter 3 - Findings: recognising neglect", "findings"),
        ("p", "In eight of the twelve cases the first concern about neglect was raised by a health visitor or nursery. "
              "Practitioners were good at describing home conditions."),
        ("embedrec", "In only three cases had the Graded Care Profile 2 been used, although it is the partnership's agreed "
                     "tool for assessing neglect. Practitioners said they lacked time and had not been trained.", 1,
         "The partnership should provide Graded Care Profile 2 training to every early help and health visiting team by March 2025."),
        ("embedrec", "Chronologies were present in five cases but were single-agency lists of contacts rather than an "
                     "account of the child's experience over time.", 2,
         "Children's social care should introduce a multi-agency chronology template for every child with a neglect plan."),
        ("h1", "Chapter 4 - Findings: working together", "findings"),
        ("p", "Team around the family meetings took place in ten cases. Attendance by GPs was low, and in four cases no "
              "health professional attended after the first meeting."),
        ("embedrec", "Where cases stepped up from early help to children's social care, the reasons were often the same as "
                     "those recorded a year earlier; drift was common.", 3,
         "Early help managers should review every neglect case that has been open for six months without measurable change for the child."),
        ("embedrec", "Fathers and male carers were absent from assessments in seven of the twelve cases.", 4,
         "All agencies should record the name and role of every adult caring for a child under five in the household."),
        ("h1", "Chapter 5 - Conclusion", "conclusion"),
        ("p", "The audit found committed practitioners who know the families well, but a system that is slow to act on "
              "cumulative neglect. The partnership's quality assurance subgroup will re-audit in twelve months."),
    ],
}

# ---------- E: English LCSPR with terms of reference table and a landscape action plan appendix (Chromium named pages) -----
E = {
    "file": "hartsedge-lcspr-child-v.pdf", "producer": "chromium",
    "features": ["LCSPR with a Georgia-like serif body; contents-free; cover with partnership, title, 'Lead reviewer:' and "
                 "'Published: 9 October 2024'",
                 "'Terms of reference' a two-column table Line of enquiry | What the review asked (no items)",
                 "learning as an ordered list; recommendations as 'Recommendation N' bold labels on their own line above the text",
                 "'Appendix 1: Action plan' on a CSS named page in landscape (@page plan { size: A4 landscape }) restating the "
                 "recommendations in a table Recommendation | Action | Lead | Timescale (no items)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child V", "child_name": "Child V", "review_type": CSPR,
              "area": "Hartsedge", "year": 2024, "partnership": "Hartsedge Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child V was a fifteen year old boy who was stabbed in a park in Hartsedge in February 2024. He survived his "
              "injuries. Child V had been excluded from school and was known to be carrying drugs for an older group."),
        ("p", "The Hartsedge Safeguarding Children Partnership commissioned this review because several agencies had worked "
              "with Child V and there were concerns about how the risk of criminal exploitation was understood."),
        ("h1", "Terms of reference", "methodology"),
        ("p", "The safeguarding partners set the following lines of enquiry."),
        ("tor", [("Exploitation", "How well did agencies recognise and respond to signs that Child V was being criminally exploited?"),
                 ("Education", "What was the impact of the permanent exclusion and the move to alternative provision?"),
                 ("Family", "How were Child V's mother and grandmother supported to keep him safe?"),
                 ("Contextual safeguarding", "Were places and peer groups of concern mapped and acted upon?")]),
        ("h1", "Background", "background"),
        ("p", "Child V lived with his mother and younger sister. He did well at primary school but his attendance fell sharply "
              "in Year 9. In 2023 he was found twice in another county with cash and cannabis and was referred through the "
              "National Referral Mechanism."),
        ("h1", "Findings", "findings"),
        ("p", "Agencies saw Child V as a young person making choices rather than as a child being exploited. Police records "
              "described him as a 'suspect' after both county incidents. The exclusion removed the one setting where adults "
              "saw him every day."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Exclusion from school can increase the risk of exploitation and should trigger a multi-agency risk review.",
            "Language that describes exploited children as offenders shapes the response they receive.",
            "A National Referral Mechanism decision is not a safety plan; agencies still need to act together."], "ol"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The local authority should ensure every permanent exclusion of a child known to be at risk of exploitation is considered at the exploitation panel before it takes effect.",
            "Hartsedge Police should audit the language used in records about children found in county lines activity.",
            "The partnership should develop a contextual safeguarding map of the town centre and parks with the community safety partnership."], "labels"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child V's story is a reminder that exploitation is abuse. The partnership will monitor the action plan at Appendix 1 "
              "through its learning and improvement subgroup."),
        ("h1", "Appendix 1: Action plan", "appendix", ["recommendations"]),
        ("plan", [("1. Exclusions considered at the exploitation panel", "Add exclusions to the panel's standing agenda",
                   "Director of Education", "January 2025"),
                  ("2. Audit of language in police records", "Dip sample of 30 records and briefing to officers",
                   "Hartsedge Police", "March 2025"),
                  ("3. Contextual safeguarding map", "Joint mapping exercise with the community safety partnership",
                   "Partnership business manager", "June 2025")]),
    ],
}

# ---------- F: footnote-heavy SCR-style review with a glossary (pdflatex) ----------
F = {
    "file": "penhale-lcspr-baby-s.pdf", "producer": "pdflatex (article class)",
    "features": ["pdflatex article class, Latin Modern 11 pt, \\section* headings with a rule under them (titlesec not used: "
                 "a hand-drawn \\hrule), title page with \\maketitle-like block",
                 "heavy footnotes (fourteen, several per page, one ending a learning point and one ending a recommendation)",
                 "learning as an enumerate list with (a) (b) labels, recommendations as enumerate 1. 2.",
                 "'Glossary' as a description list with bold terms; footer page number centred"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Baby S", "child_name": "Baby S", "review_type": CSPR,
              "area": "Penhale", "year": 2025, "partnership": "Penhale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Baby S died aged seven weeks in August 2024 in circumstances described by the pathologist as a sudden unexpected "
              "death in infancy.{{Sudden unexpected death in infancy (SUDI) is the term used when a baby dies suddenly and the cause is not immediately obvious.}} "
              "Baby S was sleeping on a sofa with her father, who had drunk alcohol.{{Information from the police investigation, shared with the consent of the senior investigating officer.}}"),
        ("p", "The Penhale Safeguarding Children Partnership decided to carry out a local review after the rapid review found "
              "that safer sleep advice had been given inconsistently.{{Rapid review held on 2 September 2024.}}"),
        ("h1", "Methodology", "methodology"),
        ("p", "The review followed the approach in Working Together to Safeguard Children.{{HM Government (2023) Working Together to Safeguard Children, chapter 5.}} "
              "Agencies provided chronologies and the reviewer met practitioners in two groups.{{Fourteen practitioners attended; the GP practice sent written answers.}} "
              "Baby S's mother contributed to the review; her father did not.{{The father was offered a meeting on three occasions.}}"),
        ("h1", "Background", "background"),
        ("p", "Baby S was the second child of her parents. Her older brother had been subject to a child in need plan in 2022 "
              "because of domestic abuse.{{The plan ended in October 2022 when the father moved out.}} "
              "The father returned to the home during the pregnancy, which the midwife recorded but did not share.{{Midwifery record, 31 weeks' gestation.}}"),
        ("h1", "Analysis", "findings"),
        ("p", "Safer sleep advice was given by the midwife and the health visitor, but it was given to the mother only.{{The Lullaby Trust's guidance advises that safer sleep messages are shared with every carer.}} "
              "Nobody asked where Baby S would sleep when her father was caring for her at night.{{The father worked shifts and often cared for the baby between 2am and 6am.}} "
              "The family's housing was overcrowded and a cot had been requested but not provided.{{Request made to the baby bank on 12 July 2024.}}"),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Safer sleep conversations must include fathers and every other adult who cares for the baby overnight.{{See also the National Panel's report Out of Routine (2020).}}",
            "Practitioners should ask about alcohol and drug use by any carer as part of safer sleep advice.",
            "A plan for where the baby will sleep is needed before discharge from the maternity unit."], "alpha"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The maternity unit should record the name of each overnight carer given safer sleep advice before discharge.",
            "Health visiting should add a question on alcohol use by any carer to the new birth visit template.{{The template is due for review in April 2025.}}",
            "The partnership should work with the baby bank so that a cot is provided within a week of a request."], "ol"),
        ("h1", "Glossary", "other", ["appendix"]),
        ("gloss", [("Rapid review", "A meeting of agencies held within fifteen working days of a serious incident notification."),
                   ("SUDI", "Sudden unexpected death in infancy."),
                   ("Safer sleep", "Advice on how to reduce the risk of sudden infant death, including sleeping the baby on its back in its own cot."),
                   ("Child in need plan", "A plan of support under section 17 of the Children Act 1989.")]),
    ],
}

# ---------- G: learning review with full-width coloured banner headings (WeasyPrint) ----------
G = {
    "file": "kelmscote-learning-review-jordan.pdf", "producer": "weasyprint",
    "features": ["learning review whose headings are white text on full-width coloured banners (a different colour each: "
                 "purple, teal, orange, green, navy) bleeding to the page edge",
                 "'What happened', 'What we found', 'What needs to change' banners; found points as bullets with a bold "
                 "first sentence; recommendations as paragraphs beginning with a coloured square",
                 "cover with the young person's first name in 40 pt and 'A learning review' above it; footer page number right"],
    "cover": {"title": "Learning Review: Jordan", "child_name": "Jordan", "review_type": LR,
              "area": "Kelmscote", "year": 2025, "partnership": "Kelmscote Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Why we did this review", "introduction"),
        ("p", "Jordan was sixteen when he was seriously assaulted in a flat where he had been staying with adults he met online. "
              "Kelmscote Safeguarding Children Partnership carried out a learning review to understand how agencies worked "
              "with Jordan in the year before the assault."),
        ("h1", "What happened", "background"),
        ("p", "Jordan lived with his mother and two younger brothers. He went missing from home eleven times between March and "
              "November 2024. After each episode a return home interview was offered; Jordan took part in two."),
        ("p", "Jordan's school raised concerns about older men collecting him at the gate. A referral was made to children's "
              "social care in September 2024 and a strategy discussion was held, but the assessment focused on his behaviour "
              "at home."),
        ("h1", "What we found", "findings", ["learning"]),
        ("items", "learning", [
            "Missing episodes were counted but not connected. Each agency saw a few of Jordan's missing episodes; no one looked at all eleven together.",
            "Online contact was not explored. Practitioners did not ask Jordan how he met the adults he stayed with.",
            "Jordan's mother asked for help and was not heard. She told three services she was frightened for him and was offered parenting support."], "ul"),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "The youth worker at the sports club kept in touch with Jordan by text throughout the year.",
            "The police missing person coordinator shared a risk summary with the school within a day."], "ul"),
        ("h1", "What needs to change", "recommendations"),
        ("items", "recommendations", [
            "The partnership should ensure that a young person missing three times in ninety days is discussed at the multi-agency exploitation meeting.",
            "Return home interviews should always include questions about online contact and who the young person was with.",
            "Children's social care should seek the views of parents who raise concerns about exploitation and record them in the assessment."], "squares"),
    ],
}

# ---------- H: partnership newsletter 'learning from reviews' issue covering one review (Chromium) ----------
H = {
    "file": "dunlaith-learning-from-reviews-newsletter-child-m.pdf", "producer": "chromium",
    "features": ["partnership newsletter 'Learning from reviews', Issue 9, Winter 2024: masthead with issue line, an 'In this "
                 "issue' sidebar listing the articles, body in two CSS grid columns",
                 "one review covered (Child M), articles with headings 'About the review', 'What was happening for Child M?', "
                 "'Key learning', 'What went well', 'What will change'",
                 "non-review news articles after it ('Training dates', 'Meet the team') that are no review sections; a pull "
                 "quote from the reviewer in large italics; footer 'Dunlaith SCP - Learning from reviews - N'"],
    "cover": {"title": "Child Safeguarding Practice Review: Child M", "child_name": "Child M", "review_type": CSPR,
              "area": "Dunlaith", "year": 2024, "partnership": "Dunlaith Safeguarding Children Partnership"},
    "body_from": 1,
    "blocks": [
        ("h1", "About the review", "introduction"),
        ("p", "This issue looks at the local child safeguarding practice review about Child M, published in November 2024. "
              "Child M was a nine year old girl who was found to have been sexually abused by a family friend over two years."),
        ("p", "The review was led by an independent reviewer and involved practitioners from school, health, the police and "
              "children's social care, and Child M's mother."),
        ("h1", "What was happening for Child M?", "background"),
        ("p", "Child M lived with her mother, who worked nights. A family friend often looked after Child M and her brother in "
              "the evenings. Child M's behaviour at school changed; she became withdrawn and was often tired. Her teacher "
              "noticed sexualised drawings in Year 4."),
        ("h1", "Key learning", "learning"),
        ("items", "learning", [
            "Changes in a child's behaviour can be the way a child tells us something is wrong.",
            "Adults who care informally for children, such as family friends, should be known and considered in assessments.",
            "A single concern, such as a drawing, needs to be seen alongside everything else that is known."], "ul"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The designated safeguarding lead spoke to Child M alone and made a referral the same day."], "ul"),
        ("h1", "What will change", "recommendations"),
        ("items", "recommendations", [
            "Schools will record patterns of behaviour change on a single chronology held by the designated safeguarding lead.",
            "The partnership will add informal carers to the multi-agency assessment guidance.",
            "Children's social care and health will develop a joint training session on recognising sexual abuse in primary school children."], "ol"),
        ("h1", "Training dates", "other"),
        ("p", "Recognising child sexual abuse: 14 January, 11 March. Working with fathers: 4 February. Book on the partnership "
              "learning hub."),
        ("h1", "Meet the team", "other"),
        ("p", "The partnership's new learning and improvement officer joined in October. She previously worked as a school "
              "nurse and will coordinate future issues of this newsletter."),
    ],
}

REPORTS = [A, B, C, D, E, F, G, H]
