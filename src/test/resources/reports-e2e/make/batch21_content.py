"""Batch 21 (issue 9 point 6, a fresh held-out batch written before it was first run): eight invented reports from
mainstream producers (Chromium, LibreOffice Writer from DOCX and from a flat ODT, WeasyPrint, pandoc -> xelatex and
pdflatex, ReportLab) in council report templates no earlier batch uses.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch19_content.py: ("h1", heading, type[, accept]), ("h2", text) a sub-heading (no section of the truth), ("p", text),
("items", type, [texts], style); and ("row", learning point, why it matters, what should happen) one row of a
Learning point | Why it matters | What should happen table (learning and recommendation items); ("rec", text, response) a
recommendation followed by its indented 'Partnership response:' paragraph (the response is not an item); ("restated",
[(recommendation, action, lead, by when)]) an appendix action plan restating the recommendations (not in the truth);
("callout", text) a numbered full-width 'Learning point N' box and ("learnbox", text) a shaded 'Learning:' box (learning
items).
Item texts are without their printed numbers or labels.
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"

# ---------- Z1: Ravensholm: Chromium tagged; Learning point | Why it matters | What should happen, header repeated
Z1 = {
    "file": "ravensholm-lcspr-child-d.pdf", "producer": "chromium, tagged",
    "features": ["Chromium headless print-to-PDF (tagged); council report cover: logo block drawn in CSS, title, 'Report author:', 'Date:'",
                 "headings numbered by CSS counters (the number is generated content, '1. ')", "learning as a table Learning point | "
                 "Why it matters | What should happen, five rows over a page break with the header row repeated (thead)",
                 "good practice bullets; footer 'Ravensholm SCP - Child D - OFFICIAL' on every page (fixed element)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child D", "child_name": "Child D", "review_type": CSPR,
              "area": "Ravensholm", "year": 2025, "partnership": "Ravensholm Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This local child safeguarding practice review was commissioned by the Ravensholm Safeguarding Children Partnership "
              "following the death of Child D, aged sixteen, in March 2024. Child D died after taking an overdose of prescribed "
              "medication while living in semi-independent accommodation. The rapid review found that several agencies had worked "
              "with Child D over the previous two years and that there were lessons for the partnership about the care of older "
              "children with poor mental health."),
        ("p", "The partnership wishes to express its sympathy to Child D's mother and grandmother, who met the reviewer and "
              "described a young man who was funny, kind to his younger cousins and proud of his football."),
        ("h1", "2. How the review was carried out", "methodology"),
        ("p", "The review used a systems approach. Agencies provided chronologies and short reports for the period from September "
              "2022 to March 2024. The lead reviewer held a learning event with twenty-two practitioners and their managers, and "
              "spoke separately with the staff of the accommodation provider and with Child D's family."),
        ("h1", "3. What happened", "background"),
        ("p", "Child D became looked after in September 2022 after the breakdown of his relationship with his stepfather. He had "
              "three placements in eight months before moving, at his own request, to semi-independent accommodation in the "
              "north of the borough. He was open to child and adolescent mental health services for low mood and self-harm, "
              "and he attended the emergency department on four occasions after taking tablets."),
        ("p", "After each attendance a safety plan was written, but the plans were not shared with the accommodation staff, who "
              "held Child D's medication and did not know the number of tablets he was prescribed. His social worker changed "
              "three times in the last year of his life, and the review of his care plan due in January 2024 did not take place."),
        ("h1", "4. Learning and what should happen", "learning", ["findings", "recommendations"]),
        ("p", "The table sets out each learning point, why it matters for children in Ravensholm, and what the partnership "
              "expects to happen as a result."),
        ("row", "Safety plans written after a hospital attendance only protect a child when everyone caring for the child knows what is in them.",
         "Accommodation staff held Child D's medication but had not seen any of the four safety plans written for him.",
         "Health and children's social care should share every safety plan with the child's placement on the day it is written."),
        ("row", "Semi-independent accommodation is not a setting that can meet the needs of a child with active self-harm without extra support.",
         "Child D's move was agreed because he asked for it, without an assessment of whether staff could keep him safe.",
         "The local authority should complete a written assessment of risk before any child who self-harms moves to semi-independent accommodation."),
        ("row", "Changes of social worker break the relationship through which a teenager's feelings are noticed and understood.",
         "Child D told his family he had 'stopped bothering' to explain himself to new workers, and the last worker met him twice.",
         "Children's social care should arrange a joint visit with the outgoing worker whenever a looked after child's social worker changes."),
        ("row", "A missed statutory review removes the point at which a care plan that is not working is noticed by someone independent.",
         "The review due in January 2024 was postponed twice and had not been rearranged when Child D died.",
         "The independent reviewing service should escalate to a head of service any child's review that is more than four weeks overdue."),
        ("row", "Repeated attendances at the emergency department are a pattern of risk and should be treated as such, not as separate events.",
         "Each attendance was seen by a different clinician, and no one looked at the four together.",
         "The hospital trust should flag a child's third attendance for self-harm within a year to the named nurse for safeguarding."),
        ("h1", "5. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The accommodation key worker built a trusting relationship with Child D and took him to his football training every week.",
            "Child and adolescent mental health services offered appointments flexibly and followed up quickly when he did not attend."],
         "bullets"),
        ("h1", "6. Conclusion", "conclusion"),
        ("p", "Child D's death was not predictable from any single event, but the review has shown how risks that were known "
              "separately were never brought together. The partnership will monitor the actions above through its learning and "
              "improvement group and report on progress within twelve months."),
    ],
}

# ---------- Z2: Castlebury: python-docx -> LibreOffice tagged; 'Part N:' headings; recommendation + 'Partnership response:'
Z2 = {
    "file": "castlebury-cspr-baby-t.pdf", "producer": "python-docx DOCX -> libreoffice, tagged",
    "features": ["Word document written with python-docx (Heading 1 for 'Part N:' headings, List Number, List Bullet), "
                 "LibreOffice 7.4 tagged export", "cover with partnership, title, 'Reviewer:', 'Publication date:'",
                 "sections 'Part 1: Introduction' .. 'Part 6: Recommendations and partnership response'",
                 "each recommendation a numbered paragraph followed by an indented, italic paragraph with a bold run-in "
                 "'Partnership response:' (not an item)", "footer 'Castlebury Safeguarding Partnership | Page N'"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby T", "child_name": "Baby T", "review_type": CSPR,
              "area": "Castlebury", "year": 2024, "partnership": "Castlebury Safeguarding Partnership"},
    "blocks": [
        ("h1", "Part 1: Introduction", "introduction"),
        ("p", "Baby T was six weeks old when she was admitted to hospital with a serious head injury in June 2023. Medical "
              "opinion was that the injury had been caused by shaking. Both parents were arrested, and criminal proceedings "
              "concluded in 2024. Baby T survived but has lasting disabilities and now lives with foster carers."),
        ("h1", "Part 2: The review process", "methodology"),
        ("p", "The review covered the period from the booking appointment in October 2022 to Baby T's admission. Practitioners "
              "from midwifery, health visiting, general practice, the police and children's social care took part in "
              "conversations with the reviewer. Baby T's mother contributed to the review; her father declined."),
        ("h1", "Part 3: Background", "background"),
        ("p", "Baby T's mother was nineteen and had been known to children's social care as a child. Her father was twenty-four "
              "and had a history of domestic abuse towards a previous partner, which the police held but which was not known to "
              "the midwife or the health visitor. The family lived in a privately rented flat and had moved twice in pregnancy."),
        ("p", "During the pregnancy the mother told the midwife that she felt low and that her partner was 'stressed'. A referral "
              "to the perinatal mental health team was made but not accepted because it did not meet the threshold. The father "
              "attended one antenatal appointment."),
        ("h1", "Part 4: Findings", "findings"),
        ("p", "Practitioners knew the mother well but knew almost nothing about the father. No agency asked him directly about "
              "his history, his mental health or how he coped with a crying baby, and the information the police held was not "
              "requested because no one thought to ask."),
        ("p", "The mother's low mood was treated as a health matter alone. The referral that was declined was not followed by "
              "any other offer of support, and the health visitor was not told that it had been declined."),
        ("h1", "Part 5: Learning", "learning"),
        ("items", "learning", [
            "Fathers and male carers must be seen, known and assessed in their own right, not through the mother's account.",
            "A declined referral is a decision that needs to be communicated to the professional who made it and to the next practitioner involved.",
            "Safer sleeping and coping with crying conversations should happen with both parents, more than once, and be recorded."],
         "bullets"),
        ("h1", "Part 6: Recommendations and partnership response", "recommendations"),
        ("p", "The reviewer made four recommendations. The partnership's response to each is set out beneath it."),
        ("rec", "The partnership should develop a practice standard for engaging fathers and male carers in universal health services from the first antenatal appointment.",
         "Agreed. A task and finish group led by the designated nurse will publish the standard by March 2025."),
        ("rec", "Maternity services should ask every pregnant woman's partner about previous involvement with the police and children's services, and record the answer.",
         "Agreed in part. The trust will add the question to the booking template and will audit its use after six months."),
        ("rec", "The perinatal mental health team should write to the referrer and the health visitor when a referral is not accepted, with advice on other support.",
         "Agreed. This has been in place since January 2024."),
        ("rec", "The partnership should check, through a multi-agency audit, that the coping with crying programme is being delivered to both parents.",
         "Agreed. The audit will be reported to the partnership's quality assurance subgroup in the autumn."),
    ],
}

# ---------- Z3: Wendlebury: WeasyPrint; findings as questions and answers; 'Learning 1.' bold run-ins
Z3 = {
    "file": "wendlebury-lcspr-siblings-a-and-b.pdf", "producer": "weasyprint",
    "features": ["WeasyPrint 57.2, Liberation Sans body, navy headings", "title page with the partnership, title, 'Independent reviewer:', 'Published:'",
                 "'Findings' set out as questions (bold, 11 pt, no heading style) each followed by the answer paragraph",
                 "learning as 'Learning 1.' .. 'Learning 4.' bold run-ins continuing as the paragraph",
                 "recommendations as an ordered list; bottom centre page number from @page"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Siblings A and B", "child_name": "Siblings A and B", "review_type": CSPR,
              "area": "Wendlebury", "year": 2025, "partnership": "Wendlebury Children's Safeguarding Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This review concerns two brothers, A (aged nine) and B (aged six), who were found living in a home without heating, "
              "working toilets or enough food in February 2024. Both children were underweight, had untreated dental decay and had "
              "missed more than a third of their schooling. They now live with their paternal aunt."),
        ("h1", "Background", "background"),
        ("p", "The boys lived with their mother, who has a learning disability and experienced long periods of depression. The "
              "family had been supported under child in need plans twice, in 2019 and 2022, and both plans were closed when "
              "school attendance improved for a few weeks. The family's social housing landlord had attempted to gain access "
              "for a gas safety check on nine occasions."),
        ("h1", "Findings", "findings"),
        ("h2", "Was the neglect of the children recognised?"),
        ("p", "Partly. School staff recognised that the boys were often hungry and arranged breakfast for them, but each concern "
              "was recorded as a single incident. No one used the neglect screening tool the partnership had introduced in 2021."),
        ("h2", "Did agencies understand the mother's needs?"),
        ("p", "No. Her learning disability was recorded by her GP but not known to children's social care, and written plans were "
              "given to her that she could not read. She told the reviewer she had agreed to things she did not understand."),
        ("h2", "Were the landlord's concerns heard?"),
        ("p", "No. The housing officer did not know that the children were open to children's social care, and housing is not "
              "invited to child in need meetings in Wendlebury unless there is a tenancy enforcement issue."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Neglect is cumulative, and a series of small concerns recorded separately can hide the overall picture of a child's life.",
            "Plans that close when things improve for a short time leave children at risk of the same harm returning.",
            "A parent's learning disability changes how a plan must be explained and checked, and should be known to every agency.",
            "Housing providers often see the conditions of a home first and should be treated as partners in protecting children."],
         "runin"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should relaunch the neglect screening tool with schools and health visitors and audit its use within a year.",
            "Children's social care should not close a child in need plan for neglect until improvement has been sustained for at least three months.",
            "All agencies should record whether a parent has a learning disability and adapt written plans to the parent's needs.",
            "Social housing landlords should be invited to child in need and child protection meetings where the home's condition is a concern."],
         "numbered"),
    ],
}

# ---------- Z4: Elmscar: pandoc -> xelatex, KOMA scrartcl, two-column body (multicol) with full-width numbered call-out boxes
Z4 = {
    "file": "elmscar-lcspr-child-k.pdf", "body_from": 1, "columns": True, "producer": "pandoc -> xelatex (KOMA scrartcl, multicol, tcolorbox)",
    "features": ["pandoc 2.17 -> xelatex, KOMA-Script scrartcl, Liberation Serif / Liberation Sans", "title block (no title page) with "
                 "'Lead reviewer:' and the invented note in the date field", "body in two columns (multicol), interrupted by "
                 "full-width tcolorbox call-outs 'Learning point N' (numbered, shaded, titled bar) spanning both columns",
                 "recommendations as an enumerate inside the two columns", "scrlayer-scrpage running head 'Elmscar LCSPR Child K'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
              "area": "Elmscar", "year": 2025, "partnership": "Elmscar Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child K was fifteen when she was seriously assaulted by a group of older young people in a park in October 2023. "
              "She had been reported missing from home eight times in the previous six months, and agencies were aware that she "
              "was spending time with young people who were linked to the supply of drugs in the town centre."),
        ("p", "The Elmscar Safeguarding Children Partnership commissioned this review to understand how well agencies recognised "
              "and responded to the risks Child K faced outside her home, and how her family was supported to keep her safe."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review covered January 2022 to October 2023. Agencies completed chronologies and the lead reviewer met Child K, "
              "her mother and twenty practitioners in two workshops. The review was supported by a panel of senior managers from "
              "the police, health, education and children's social care."),
        ("h1", "Key practice episodes", "findings", ["background"]),
        ("p", "Child K's first missing episode was reported by her mother in April 2023. The return home interview was held nine days "
              "later by a worker who had not met her before, and Child K said little. The information she gave about a new group "
              "of friends was not shared with the police missing person coordinator."),
        ("p", "In June 2023 Child K was found by the police in a flat with two adult men and a quantity of cannabis. She was taken "
              "home and a referral was made to children's social care, which led to an assessment but not a strategy discussion."),
        ("callout", "Return home interviews are most useful when they are held quickly by someone the child already trusts."),
        ("p", "The school moved Child K onto a reduced timetable in September 2023 because of her behaviour. The decision was not "
              "shared with her social worker, and on her afternoons out of school she was most often reported missing."),
        ("p", "Her mother asked for help several times and was told that Child K was 'making choices'. She told the reviewer that "
              "she felt blamed, and that no one explained what a contextual safeguarding plan was or what it could do."),
        ("callout", "Language that describes exploited children as making choices hides the adults who are harming them and the help they need."),
        ("callout", "A reduced timetable for a child at risk of exploitation is a safeguarding decision and needs to be made with the social worker."),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should agree a standard that return home interviews are offered within seventy-two hours by a worker known to the child.",
            "Children's social care should hold a strategy discussion whenever a child is found with adults in circumstances that suggest exploitation.",
            "Schools should consult the child's social worker before placing a child open to children's social care on a reduced timetable.",
            "The partnership should deliver training on the language used about exploited children to all frontline staff."],
         "numbered"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child K has told the reviewer that she wants other young people to be listened to sooner. The partnership has "
              "accepted all four recommendations and will report on them in its next annual report."),
    ],
}

# ---------- Z5: Cwm Tawelan: Welsh CPR, python-docx -> LibreOffice untagged; landscape appendix action plan
Z5 = {
    "file": "cwm-tawelan-cpr-child-w.pdf", "body_from": 1, "producer": "python-docx DOCX -> libreoffice, untagged",
    "features": ["Welsh extended Child Practice Review (regional safeguarding board, 'Reference:', 'Date of Board sign-off:')",
                 "headings: Heading 1 restyled maroon small bold capitals with a bottom border; no outline, untagged",
                 "'Learning for the region' as bullets and 'Improving systems and practice' as numbered paragraphs",
                 "'Statement by Reviewer'", "a landscape Word section for 'Appendix A: "
                 "Action plan', a table Recommendation | Action | Lead | By when restating the recommendations (not in the truth)"],
    "cover": {"title": "Extended Child Practice Review: Child W", "child_name": "Child W", "review_type": CPR,
              "area": "Cwm Tawelan", "year": 2024, "partnership": "Cwm Tawelan Regional Safeguarding Children Board"},
    "blocks": [
        ("h1", "Brief outline of circumstances resulting in the review", "background", ["introduction"]),
        ("p", "A Child Practice Review was commissioned by the Cwm Tawelan Regional Safeguarding Children Board on the "
              "recommendation of the Child Practice Review Sub Group, in accordance with the guidance for multi-agency child "
              "practice reviews. Child W, a boy aged four, was admitted to hospital in May 2023 with burns to both feet consistent "
              "with being held in hot water. Child W and his two older sisters had been on the child protection register under the "
              "category of neglect for fourteen months."),
        ("h1", "Practice and organisational learning", "learning", ["findings"]),
        ("p", "The review identified that core group meetings were frequent but focused on the tasks parents had agreed to complete "
              "rather than on the children's experience. Child W, who had limited speech, was rarely seen on his own, and his "
              "nursery's observations of his fear at nappy changes were not discussed at the core group."),
        ("p", "Practitioners described feeling that the family was 'engaging' because the parents attended every meeting. The "
              "review panel considered that attendance had been taken as evidence of change."),
        ("h1", "Learning for the region", "learning"),
        ("items", "learning", [
            "Attendance at meetings is not the same as change, and plans need measures that show what is different for the child.",
            "Very young children and children with limited speech communicate through their behaviour, which must be observed and recorded.",
            "Nursery staff see a child daily and their observations should shape the child protection plan."],
         "bullets"),
        ("h1", "Improving systems and practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the Board and its "
              "member agencies:"),
        ("items", "recommendations", [
            "The Board should revise its core group guidance so that each meeting records the change seen for each child against the plan.",
            "Agencies should ensure that children under five on the register are seen alone or observed in a setting at least every four weeks.",
            "The Board should ensure that early years settings are invited to and supported to contribute to every core group."],
         "numbered"),
        ("h1", "Statement by Reviewer", "other", ["conclusion"]),
        ("p", "I make the following statement that prior to my involvement with this learning review I have not been directly "
              "concerned with the child or family, or have given professional advice on the case. I have no line management "
              "responsibility for the practitioners involved. Reviewer: Gwenllian Prothero-Hale."),
        ("h1", "Appendix A: Action plan", "appendix", ["recommendations"]),
        ("restated", [
            ("The Board should revise its core group guidance so that each meeting records the change seen for each child against the plan.",
             "Revise guidance and template; brief chairs", "Board business unit", "March 2025"),
            ("Agencies should ensure that children under five on the register are seen alone or observed in a setting at least every four weeks.",
             "Audit of visits to under-fives on the register", "Children's services", "June 2025"),
            ("The Board should ensure that early years settings are invited to and supported to contribute to every core group.",
             "Early years safeguarding network to share guidance", "Education", "April 2025")]),
    ],
}

# ---------- Z6: Strathannan: ReportLab, Scottish learning review, 'Key practice issues', shaded learning boxes
Z6 = {
    "file": "strathannan-learning-review-child-c.pdf", "body_from": 1, "producer": "reportlab",
    "features": ["ReportLab 3.6 Platypus with embedded DejaVu TTF fonts, a teal sidebar band drawn down the left of every page",
                 "Scottish Learning Review (Child Protection Committee, Chief Officers, 'Lead reviewers:')", "headings 14 pt teal "
                 "with a drawn rule above", "'Key practice issues' with numbered bold issue sub-headings '1. ...', each issue followed by "
                 "a one-cell shaded table 'Learning:' (the learning point)", "'Strengths in practice' bullets, 'Recommendations' numbered",
                 "footer 'Strathannan CPC Learning Review - Child C' and page number"],
    "cover": {"title": "Learning Review: Child C", "child_name": "Child C", "review_type": LR,
              "area": "Strathannan", "year": 2024, "partnership": "Strathannan Child Protection Committee"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This Learning Review was commissioned by the Strathannan Child Protection Committee on behalf of the Chief Officers "
              "Group following the death of Child C, aged two, in December 2022. Child C died from an ingestion of methadone. "
              "The review was carried out in line with the National Guidance for Child Protection Committees Undertaking Learning "
              "Reviews (2021)."),
        ("h1", "Background", "background"),
        ("p", "Child C lived with her mother and father in a rented flat in the east of Strathannan. Both parents had used heroin "
              "for several years before Child C was born, and both had been in treatment with the alcohol and drug recovery "
              "service since the pregnancy. A pre-birth child protection case conference in 2020 decided that registration "
              "was not needed, and the family were supported through a child's plan led by the health visitor."),
        ("p", "In the months before Child C's death the family moved to a new flat, the father lost his job, and the maternal "
              "grandmother, who had provided much of the day-to-day care of Child C, became unwell. None of these changes was "
              "known to all of the agencies working with the family."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review team, two lead reviewers and a review team of senior practitioners, examined records from health, "
              "social work, police and the alcohol and drug recovery service. Practitioners took part in individual conversations "
              "and a reflective group session. Child C's father contributed to the review."),
        ("h1", "Key practice issues", "findings"),
        ("h2", "1. Safe storage of substitute medication"),
        ("p", "Both parents were prescribed methadone, dispensed daily and later weekly. The decision to move to weekly dispensing "
              "was made by the prescribing service without asking whether a young child lived in the home, and without checking "
              "whether the family had a locked box."),
        ("learnbox", "Decisions about take-home doses of substitute medication must take account of the children in the household."),
        ("h2", "2. Seeing the child within adult services"),
        ("p", "Adult services knew the parents had a child but saw their role as supporting the parents' recovery. Child C was not "
              "mentioned in the recovery plans, and the health visitor did not know the parents were in treatment."),
        ("learnbox", "Adult services need to hold the child in mind and share information with the health visitor when a parent is in treatment."),
        ("h2", "3. Professional optimism"),
        ("p", "The parents' progress in treatment was described positively in every record, and this optimism was shared across "
              "agencies. A missed appointment and a positive test for street drugs in October 2022 were not seen as signs that "
              "things were changing."),
        ("learnbox", "Relapse is part of recovery, and any sign of relapse should prompt a review of the risks to the children."),
        ("h1", "Strengths in practice", "good_practice"),
        ("items", "good_practice", [
            "The health visitor made frequent home visits and developed a warm relationship with Child C's mother.",
            "The pharmacy raised a concern with the prescriber when a dose was collected late, which was followed up the same day."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The alcohol and drug recovery service should record, at every review of take-home doses, the children living in or visiting the household.",
            "NHS Strathannan should ensure that health visitors are told when a parent of a child under five starts or changes substitute medication.",
            "The Child Protection Committee should provide multi-agency training on professional optimism and working with parents in recovery."],
         "numbered"),
    ],
}

# ---------- Z7: Ashby Marren: pandoc -> pdflatex, 'R1' enumitem labels, learning as a description list
Z7 = {
    "file": "ashby-marren-scr-child-h.pdf", "producer": "pandoc -> pdflatex (enumitem, titlesec)",
    "features": ["pandoc 2.17 -> pdflatex, article, Palatino (mathpazo), titlesec sans headings in small caps with a rule above",
                 "title page (title, 'Serious Case Review', board, 'Overview author:', invented note, 'July 2020')",
                 "numbered sections '1 Introduction' .. '8 Recommendations'", "learning as a LaTeX description list with bold terms "
                 "'Learning point 1' ..", "recommendations as an enumerate labelled 'R1.' .. 'R4.' (enumitem)",
                 "page number bottom centre"],
    "cover": {"title": "Serious Case Review: Child H", "child_name": "Child H", "review_type": SCR,
              "area": "Ashby Marren", "year": 2020, "partnership": "Ashby Marren Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "1 Introduction", "introduction"),
        ("p", "This serious case review was commissioned by the Ashby Marren Local Safeguarding Children Board after Child H, aged "
              "thirteen, disclosed that she had been sexually abused by her mother's partner over a period of three years. The "
              "partner has since been convicted. The Board's serious case review panel agreed that the criteria for a review were "
              "met because there were concerns about how agencies had worked together."),
        ("h1", "2 Terms of reference", "methodology"),
        ("p", "The review considered agency involvement from January 2016 to the disclosure in March 2019, and in particular how "
              "agencies responded to Child H's changes in behaviour, and what was known about the mother's partner."),
        ("h1", "3 The family", "background"),
        ("p", "Child H lived with her mother, her mother's partner and two younger half-brothers. Her mother worked night shifts "
              "at a care home. Child H's father lived abroad and had little contact with her."),
        ("h1", "4 Agency involvement", "background"),
        ("p", "From the age of eleven Child H's behaviour at school changed. She became withdrawn, her attendance fell, and she "
              "was twice found self-harming in the school toilets. She was referred to the school counsellor and then to child "
              "and adolescent mental health services, where she was assessed as having anxiety."),
        ("p", "In 2018 Child H told a friend that she did not like being at home when her mother was at work. The friend's "
              "mother told the school, which spoke to Child H, who said everything was fine. The conversation was recorded but "
              "not passed to children's social care."),
        ("p", "The mother's partner had moved into the household in 2015. He had a conviction from 2009 for an offence of "
              "indecent exposure, which was held on the police national computer. No agency had reason to check his history, "
              "because none of them had been told that he was living with the family, and the GP practice recorded him only as "
              "a temporary resident at the address."),
        ("p", "Child H was seen by the school nurse in 2017 after she fainted in a physical education lesson. The nurse noted that "
              "she was tired and had lost weight, and advised her mother to take her to the GP. The GP saw Child H with her "
              "mother's partner, who explained that she had been 'staying up late on her phone'. Blood tests were normal."),
        ("p", "In the autumn of 2018 the child and adolescent mental health service offered Child H six sessions of cognitive "
              "behavioural therapy for anxiety. She attended four. The therapist recorded that Child H 'does not want to talk "
              "about home', but this was understood as a normal wish for privacy in a teenager and was not explored further."),
        ("p", "Early in 2019 Child H's younger half-brother told his nursery teacher that his sister 'cries at night when mummy "
              "is at work'. The nursery recorded the comment and shared it with the health visitor, who had closed the family "
              "to her caseload. The comment did not reach the school or the mental health service."),
        ("h1", "5 Analysis", "findings"),
        ("p", "The review found that professionals treated each sign of distress as a separate problem with its own service, "
              "rather than asking what might be causing it. The possibility of sexual abuse was not considered by any agency "
              "before Child H's disclosure."),
        ("p", "Information about the household was held in pieces. The police knew the partner's history; the GP knew he was "
              "present; the nursery knew a younger child's worry about night times; the school knew Child H was unhappy at home. "
              "No single agency held enough of these pieces to see the pattern, and there was no moment at which they were put "
              "together."),
        ("p", "Professionals also relied on the adults in the household to explain what was happening to Child H. Her mother "
              "worked nights and was not at home when the abuse happened, and the partner was present at the appointments where "
              "explanations were given. Child H was rarely spoken to alone."),
        ("h1", "6 Learning", "learning"),
        ("items", "learning", [
            "Changes in a child's behaviour are communication, and professionals should ask what the child might be telling them.",
            "Children rarely disclose sexual abuse directly; indirect signs, such as not wanting to be at home, need to be explored and shared.",
            "A mental health diagnosis can explain a child's distress without explaining its cause."],
         "description"),
        ("h1", "7 Good practice", "good_practice"),
        ("items", "good_practice", [
            "The school counsellor saw Child H every week for two terms and was the person she eventually told."],
         "bullets"),
        ("h1", "8 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Board should ensure that training on child sexual abuse includes the indirect signs of abuse within the family.",
            "Schools should pass to children's social care any information from a third party suggesting a child is unhappy or unsafe at home.",
            "Child and adolescent mental health services should include a consideration of possible abuse in every assessment of self-harm.",
            "The Board should seek assurance that agencies are using the Centre of Expertise signs and indicators template."],
         "rlabels"),
    ],
}

# ---------- Z8: Linthorpe Vale: flat ODT -> LibreOffice tagged; headings small caps with a rule above; 'Learning 1.' run-ins
Z8 = {
    "file": "linthorpe-vale-cspr-child-g.pdf", "producer": "flat ODT -> libreoffice, tagged",
    "features": ["flat ODT written by hand, LibreOffice 7.4 tagged export (H1 from Heading 1, outline on)", "Heading 1 restyled: "
                 "small capitals (fo:font-variant), Liberation Sans 13 pt, a 1 pt rule above (paragraph top border)",
                 "cover page: partnership, 'Child Safeguarding Practice Review', 'Child G', 'Author:', 'Published:'",
                 "learning as paragraphs opening with a bold run-in 'Learning 1.' .. and continuing as the paragraph",
                 "recommendations as typed '1.' paragraphs with a hanging tab; header 'Linthorpe Vale SCP', footer 'Page N of M'"],
    "cover": {"title": "Child Safeguarding Practice Review: Child G", "child_name": "Child G", "review_type": CSPR,
              "area": "Linthorpe Vale", "year": 2025, "partnership": "Linthorpe Vale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Summary", "summary"),
        ("p", "Child G, a boy aged eleven with autism, was found by the police sleeping in a car park in January 2024, having left "
              "home after an argument. He told officers that he was frightened of his older brother, who had hit him many times. "
              "This review looks at how agencies responded to the violence between siblings in Child G's home."),
        ("h1", "Why this case was chosen", "introduction"),
        ("p", "The rapid review identified that harm from siblings is rarely recognised locally, and that Child G's needs as an "
              "autistic child had been the focus of every plan at the expense of his safety."),
        ("h1", "The child", "background"),
        ("p", "Child G lives with his mother and his brother, who is seventeen. He attends a specialist school and enjoys trains "
              "and drawing. His mother cared for both boys alone after their father left in 2019, and told the reviewer that "
              "she had asked for help with her older son's anger for years."),
        ("h1", "Analysis", "findings"),
        ("p", "School staff noticed bruises on Child G's arms on three occasions and accepted explanations that he had fallen "
              "or had hurt himself during a meltdown. Each explanation was plausible, and no one spoke to Child G alone using "
              "the communication supports his school used every day."),
        ("p", "When the older brother was arrested for an assault outside the home, the youth justice service assessed him but "
              "did not consider the risk he might pose to his younger brother. The family's early help worker was not told."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Violence between siblings can be abuse, and should be assessed as such rather than as normal conflict or challenging behaviour.",
            "Explanations for injuries to a disabled child need the same professional curiosity as for any other child.",
            "Disabled children need to be spoken to in the way they communicate best, by someone who knows how to do so.",
            "An assessment of a young person who harms others should always consider the children he lives with."],
         "runin"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should publish guidance for practitioners on recognising and responding to sibling abuse.",
            "Schools should record the child's own account of any injury and how it was obtained, including for children who communicate non-verbally.",
            "The youth justice service should include in every assessment the risk to other children in the young person's household."],
         "numbered"),
        ("h1", "Acknowledgements", "other"),
        ("p", "The partnership thanks Child G and his mother, and the practitioners who took part in this review with openness "
              "and care."),
    ],
}

REPORTS = [Z1, Z2, Z3, Z4, Z5, Z6, Z7, Z8]
