"""Batch 25 (issue 9 point 6, a fresh held-out batch written before it was first run): eight invented reports, each from a
producer no earlier batch uses (tagged LaTeX through \\DocumentMetadata, texinfo texi2pdf, Sphinx latexpdf, Emacs Org mode export, mandoc
-Tpdf, boxable on PDFBox 2, Qt's QTextDocument printed to QPdfWriter, dblatex from DocBook), 8-20 pages each.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch23_content.py: ("h1", heading, type[, accept]) a section heading as printed (a number the producer generates is left
out), ("h2", text) a sub-heading (no section of the truth), ("p", text), ("items", type, [texts], style[, [agency, ...]])
items of that type (texts without their printed numbers or labels; agencies for a recommendations table), ("none",
[texts]) bullets that are no items (questions for reflection), ("gloss", [(term, meaning), ...]) a glossary list (no items).
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"
CMR = "case_management_review"


def method(partnership, reviewer, months):
    return [
        ("p", "The review was carried out in line with the statutory guidance in force at the time. The %s appointed %s as "
              "the independent reviewer, supported by a review panel of senior managers from the agencies involved. None of "
              "the panel members had line management responsibility for the practitioners whose work is discussed here."
         % (partnership, reviewer)),
        ("p", "Each agency provided a chronology of its contact with the family and a short analysis of its involvement. "
              "The reviewer read these alongside the case records and held two learning events with the practitioners and "
              "first-line managers who had worked with the family. Practitioners were open about their work and their "
              "contribution has shaped the learning in this report."),
        ("p", "The review took %s months to complete. The family were told about the review at the start and were "
              "offered the chance to contribute. Their views, where given, are included in the relevant sections." % months),
    ]


def terms(period):
    return [
        ("p", "The review was asked to consider the involvement of all agencies with the child and family during %s, and "
              "any earlier information that was relevant to understanding what happened." % period),
        ("p", "The key lines of enquiry were: how well agencies shared information about risk; whether assessments took "
              "account of the history and of the adults in the household; how the voice and lived experience of the child "
              "informed decisions; and whether supervision and escalation helped practitioners to reflect on their work."),
        ("p", "The review was not asked to decide who was responsible for the harm to the child. That is a matter for other "
              "processes. Its purpose is to identify improvements that will help to keep children safe in future."),
    ]


GLOSS = [("CSC", "Children's social care, the local authority's social work service for children and families."),
         ("DSL", "Designated safeguarding lead, the member of school staff who leads on child protection."),
         ("MASH", "Multi-agency safeguarding hub, where referrals about children are screened and information is shared."),
         ("Strategy discussion", "A meeting between social care, police and health to decide whether to start enquiries "
                                 "under section 47 of the Children Act 1989.")]

# ---------- Y1: Saltmarsh Quay: LuaLaTeX with \DocumentMetadata (tagpdf, tagged), article, numbered sections, contents
Y1 = {
    "file": "saltmarsh-quay-lcspr-child-d.pdf", "producer": "tagpdf", "body_from": 3,
    "features": ["LuaLaTeX (TeX Live 2022) with `\\DocumentMetadata{testphase=phase-II}`: tagpdf's automatic tagging "
                 "(TeX Live 2022 has phase-II: a StructTreeRoot of Document and P elements only, MarkInfo Marked), Latin Modern", "title page, then a generated contents page; "
                 "every numbered section ('1 Introduction') on a new page; running head with the short title and the "
                 "current section (myheadings / \\markright)", "learning as a description list with bold 'Learning point "
                 "N' labels hanging; recommendations an enumerate list '1.' ..; good practice itemize", "appendices lettered "
                 "'A Terms of reference', 'B Glossary' by \\appendix"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child D", "child_name": "Child D", "review_type": CSPR,
              "area": "Saltmarsh Quay", "year": 2025, "partnership": "Saltmarsh Quay Safeguarding Children Partnership",
              "by": "Independent reviewer: Marian Oakes", "date": "Published: June 2025"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This local child safeguarding practice review concerns Child D, who was fourteen when she was found by police "
              "in a flat in another city with two adult men in August 2024. She had been reported missing from home eleven "
              "times in the previous six months. Child D has since disclosed that she was sexually exploited over a period "
              "of at least a year."),
        ("p", "The Saltmarsh Quay Safeguarding Children Partnership decided, after a rapid review in September 2024, that "
              "the case met the criteria for a local review because it raised important questions about how agencies "
              "respond to children who go missing repeatedly and to signs of exploitation outside the home."),
        ("p", "Child D and her mother have both contributed to this review. Child D asked that the report should say that "
              "she wanted adults to keep asking her what was happening, even when she was rude to them."),
        ("h1", "How the review was carried out", "methodology"),
    ] + method("Saltmarsh Quay Safeguarding Children Partnership", "Marian Oakes", "seven") + [
        ("h1", "Child D and her family", "background"),
        ("p", "Child D lives with her mother and her younger brother. Her father left the family home when she was eight and "
              "has had little contact since. Her mother works shifts at a distribution centre and has described feeling "
              "that she lost control of Child D during the year before the review."),
        ("p", "At primary school Child D was described as lively and popular. Her attendance at secondary school began to "
              "fall in Year 8, when she started spending time with older young people in the town centre. By the spring "
              "of 2024 she was attending fewer than half of her lessons and had been excluded twice for fixed periods."),
        ("p", "Child D's mother reported her missing on each occasion she did not come home. On return, Child D was usually "
              "offered a return home interview, which she declined on seven occasions out of eleven."),
        ("h1", "Analysis of practice", "findings"),
        ("p", "Each missing episode was treated as a separate event. The police recorded the episodes as low risk because "
              "Child D returned within twenty-four hours, and the risk grading was not reviewed as the episodes became more "
              "frequent. Nobody drew together the information from the return home interviews that did take place."),
        ("p", "The school knew that Child D had a new phone and expensive clothes and that she had been seen getting into "
              "cars outside the school gates. These concerns were recorded on the school's system but were shared with "
              "children's social care only as part of a general referral about attendance."),
        ("p", "When a child and family assessment was completed in May 2024, it focused on the relationship between Child D "
              "and her mother. The assessment recorded that Child D was going missing but did not consider whether she was "
              "being exploited, and the exploitation screening tool was not used."),
        ("h1", "Learning", "learning"),
        ("p", "The review identified four learning points for the partnership."),
        ("items", "learning", [
            "Repeated missing episodes, even short ones, are a sign that a child may be at risk of exploitation and the "
            "pattern matters more than any single episode.",
            "A child who declines a return home interview still needs a trusted adult to follow up, and the offer should "
            "be made again by someone the child knows.",
            "Information held by schools about gifts, phones and older associates is safeguarding information and should "
            "be shared as such, not only as part of an attendance concern.",
            "Assessments of adolescents need to look outside the family home at where the child spends time and with whom."],
         "described"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "Child D's mother was supported by the police missing persons coordinator, who telephoned her after each episode.",
            "The sexual health nurse who saw Child D in July 2024 recognised the signs of exploitation and made an immediate "
            "referral."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should review its missing children protocol so that the third missing episode in ninety days "
            "triggers a multi-agency risk meeting.",
            "Children's social care should ensure that the exploitation screening tool is completed in every assessment of "
            "a child who has gone missing.",
            "The police should review the risk grading of a child's missing episodes whenever a further episode is reported.",
            "Schools should be reminded through the designated safeguarding lead network how to share concerns about "
            "exploitation directly with the front door."], "enumerate"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child D was at risk for many months before anyone recognised what was happening to her. The signs were there, "
              "but they were held in different places. The partnership has accepted the recommendations and will publish "
              "an update on its progress within twelve months."),
        ("h1", "Terms of reference", "appendix"),
    ] + terms("the period from January 2023 to August 2024") + [
        ("h1", "Glossary", "appendix", ["other"]),
        ("gloss", GLOSS),
    ],
}

# ---------- Y2: Glenbirnie: texinfo texi2pdf, Scottish learning review, @cartouche learning boxes
Y2 = {
    "file": "glenbirnie-learning-review-young-person-a.pdf", "producer": "texinfo", "body_from": 3,
    "features": ["GNU Texinfo 6.8 `texi2pdf` (pdfTeX with texinfo.tex), Computer Modern, untagged",
                 "texinfo title page (@titlepage: committee, title, subtitle, author), a generated contents page",
                 "chapters numbered '1 Introduction' each on a new page (@chapter), texinfo's running heads "
                 "(chapter name on odd pages, page numbers)", "key learning in rounded @cartouche boxes whose first line is "
                 "a bold 'Key learning N'; areas for improvement an @enumerate; strengths an @itemize", "@appendix "
                 "'Appendix A Terms of reference' and 'Appendix B Glossary' (@table)"],
    "cover": {"title": "Learning Review: Young Person A", "child_name": "Young Person A", "review_type": LR,
              "area": "Glenbirnie", "year": 2024, "partnership": "Glenbirnie Child Protection Committee",
              "by": "Chair of the review team: Iain Rennie", "date": "November 2024"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Young Person A was sixteen when he was admitted to hospital in March 2024 after taking an overdose of "
              "prescribed medication. He had been living in supported accommodation for four months after a placement with "
              "foster carers broke down. He has since recovered and has been involved in this review."),
        ("p", "The Glenbirnie Child Protection Committee commissioned a learning review following an initial case review "
              "in April 2024. The review was carried out in line with the national guidance for learning reviews in "
              "Scotland and the review team included representatives of social work, health, education and Police Scotland."),
        ("h1", "The review process", "methodology"),
    ] + method("Glenbirnie Child Protection Committee", "Iain Rennie", "six") + [
        ("h1", "Background", "background"),
        ("p", "Young Person A became looked after at the age of twelve, when his mother's alcohol use meant she could no "
              "longer care for him. He lived with the same foster carers for three years and did well at school during this "
              "time. His placement ended in November 2023 after an argument in which he damaged the carers' car."),
        ("p", "He moved to a supported accommodation service for young people aged sixteen to twenty-one. Staff were "
              "available during the day, and a concierge service at night. Young Person A was the youngest resident. He "
              "stopped attending school within a month of the move."),
        ("p", "His child and adolescent mental health service appointment, arranged before the move, was sent to the foster "
              "carers' address and he did not attend. The referral was closed after two missed appointments."),
        ("h1", "Analysis and key learning", "learning", ["findings"]),
        ("p", "The review team identified four areas of key learning from the analysis of practice."),
        ("items", "learning", [
            "A placement ending in crisis is a point of heightened risk, and a young person's plan should be reviewed "
            "before the move, not after it.",
            "Supported accommodation is not a substitute for care for a young person who still needs an adult to notice "
            "when things go wrong.",
            "Appointments and letters for looked after young people must follow them when they move, and services should "
            "check the address before closing a referral.",
            "Young people who stop attending school after a move are telling professionals something, and the school's "
            "absence procedures should connect with the young person's plan."], "cartouche"),
        ("h1", "Strengths in practice", "good_practice"),
        ("items", "good_practice", [
            "The residential worker on duty on the night of the overdose stayed with Young Person A in hospital until his "
            "social worker arrived.",
            "The former foster carers kept in touch with Young Person A by text message and were a source of support "
            "after his discharge."], "itemize"),
        ("h1", "Areas for improvement", "recommendations"),
        ("items", "recommendations", [
            "The Committee should ask the local authority to review how placement moves for young people aged fifteen and "
            "over are planned, including a review meeting before any move to supported accommodation.",
            "Health and social work should agree a process so that a looked after young person's appointments are "
            "redirected when their address changes.",
            "Education services should ensure that a looked after young person missing school for ten days is discussed "
            "with their social worker within a week.",
            "The Committee should seek assurance that supported accommodation providers know how to raise concerns about "
            "a young person's mental health out of hours."], "enumerate"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Young Person A moved from a placement where he was known well to a service where he was largely alone. The "
              "review team found that professionals cared about him but that the systems around the move did not keep his "
              "needs in view. The Committee has accepted the areas for improvement and will monitor the action plan."),
        ("h1", "Appendix A Terms of reference", "appendix"),
    ] + terms("the period from September 2023 to March 2024") + [
        ("h1", "Appendix B Glossary", "appendix", ["other"]),
        ("gloss", [("CAMHS", "Child and adolescent mental health services."),
                   ("ICR", "Initial case review, the first stage in deciding whether a learning review is needed."),
                   ("Looked after", "A child or young person in the care of the local authority."),
                   ("Supported accommodation", "Housing with some staff support for young people leaving care.")]),
    ],
}

# ---------- Y3: Hexley: Sphinx 5.3 latexpdf (manual class, fncychap Bjarne), admonition learning boxes, list-table recs
Y3 = {
    "file": "hexley-cspr-child-g.pdf", "producer": "sphinx", "body_from": 3,
    "features": ["Sphinx 5.3 `make latexpdf` from reStructuredText (Debian python3-sphinx, pdfLaTeX through latexmk), "
                 "the `manual` document class with fncychap's Bjarne chapter style", "Sphinx title page (title, partnership as author, date; the reviewer and the invented note on the first text page before chapter 1), "
                 "a generated contents page", "chapters on new pages, fancyhdr running heads "
                 "(chapter name, title), 'CHAPTER' label over the number", "learning points as `.. admonition:: Learning "
                 "point N` boxes (sphinxadmonition frames); recommendations a `list-table` Ref | Recommendation | Lead agency "
                 "(tabulary); good practice bullets"],
    "cover": {"title": "Child Safeguarding Practice Review: Child G", "child_name": "Child G", "review_type": CSPR,
              "area": "Hexley", "year": 2026, "partnership": "Hexley Safeguarding Children Partnership",
              "by": "Independent reviewer: Dr Ruth Calloway", "date": "January 2026"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child G, aged two, died in June 2025 after being found unresponsive in the bath. Her mother had left her "
              "with her four-year-old brother for several minutes while she answered the door. A post-mortem examination "
              "found no other injuries. The coroner's inquest has concluded that the death was accidental."),
        ("p", "The Hexley Safeguarding Children Partnership carried out a rapid review in July 2025. It found that the "
              "family had been known to several agencies because of concerns about neglect and decided that a local child "
              "safeguarding practice review should be undertaken to understand whether practice could have been different."),
        ("h1", "Methodology", "methodology"),
    ] + method("Hexley Safeguarding Children Partnership", "Dr Ruth Calloway", "five") + [
        ("h1", "The family", "background"),
        ("p", "Child G lived with her mother, her brother and, for part of the period, her mother's partner. Her mother had "
              "a learning disability which had been identified at school but which none of the agencies working with the "
              "family had recorded. The family moved to Hexley from a neighbouring authority in 2024."),
        ("p", "A child in need plan was in place from November 2024 because of concerns about home conditions and missed "
              "health appointments. The plan's actions included support from a family support worker twice a week and "
              "referral to a parenting programme."),
        ("p", "The parenting programme was delivered in a group setting using written materials. Child G's mother attended "
              "three sessions and then stopped going. The family support worker noted that she seemed not to understand the "
              "handouts."),
        ("h1", "Findings", "findings"),
        ("p", "Professionals worked hard with this family, but the support offered was not adapted to the mother's needs. "
              "Because her learning disability was not known, her difficulty in following advice was understood as "
              "reluctance rather than as a need for a different approach."),
        ("p", "Advice about water safety had been given by the health visitor in a leaflet at the twelve-month review. "
              "There is no record that it was discussed or that the mother's understanding was checked."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Practitioners should ask every parent whether they have difficulty with reading or understanding written "
            "information and record the answer.",
            "When a parent does not follow advice, the first question should be whether the advice was given in a way the "
            "parent could use.",
            "Records transferred from another authority may hold information about a parent's needs that is not on the "
            "family's current file.",
            "Safety advice about bath time, stairs and windows is most effective when it is demonstrated in the family's own "
            "home."], "admonition"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The family support worker recognised that Child G's mother struggled with the handouts and read them through "
            "with her.",
            "The ambulance crew and emergency department staff supported Child G's brother and arranged for him to stay "
            "with his grandmother that night."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should adopt practice guidance on working with parents with learning disabilities and promote "
            "it to all agencies.",
            "Children's social care should ensure that records from a family's previous authority are requested and read "
            "when a case transfers in.",
            "The health visiting service should review how water safety advice is given, with demonstration in the home "
            "for families receiving targeted support.",
            "Providers of parenting programmes should offer an accessible version of their materials and check "
            "understanding at each session."], "table",
         ["Partnership", "Children's social care", "Health visiting", "Early help"]),
        ("h1", "Conclusion", "conclusion"),
        ("p", "The death of Child G was a tragic accident. The review has found that the support offered to her family would "
              "have been more effective if it had been adapted to her mother's needs. The learning applies well beyond this "
              "family and the partnership will track the actions through its learning and improvement group."),
        ("h1", "Appendix: Terms of reference", "appendix"),
    ] + terms("the period from March 2024 to June 2025"),
}

# ---------- Y4: Fallowmere: Emacs Org mode export to LaTeX (org-latex-export-to-pdf, pdfLaTeX), SCR overview report
Y4 = {
    "file": "fallowmere-lscb-scr-child-w.pdf", "producer": "orgmode", "body_from": 2,
    "features": ["GNU Emacs 28.2 Org mode 9.5 `org-latex-export-to-pdf` in batch mode (Org's article template with "
                 "hyperref, T1 fontenc, pdfLaTeX), Latin Modern (lmodern added in the header), untagged", "Org's title block (\\maketitle: title, "
                 "author line, date) on page 1 with the board and the invented note, then Org's generated contents "
                 "(\\tableofcontents) on the same page; each section on a new page (#+LATEX: \\clearpage)", "headings "
                 "numbered by Org ('1 Introduction'); running foot the page number only", "lessons as an Org description "
                 "list ('- Lesson 1 :: ...', bold run-in labels); recommendations an Org table | R1 | text | Lead agency | "
                 "with p{} columns from #+ATTR_LATEX and a header row; no good practice section"],
    "cover": {"title": "Serious Case Review: Child W - Overview Report", "child_name": "Child W", "review_type": SCR,
              "area": "Fallowmere", "year": 2017, "partnership": "Fallowmere Local Safeguarding Children Board",
              "by": "Independent author: Geoffrey Marsh", "date": "Final version: April 2017"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This serious case review was commissioned by the Fallowmere Local Safeguarding Children Board after Child "
              "W, aged nine, was seriously injured in a house fire in May 2016. Child W and his two younger sisters had been "
              "left alone in the house overnight. His sisters were not hurt."),
        ("p", "The Board's serious case review subgroup decided that the criteria for a serious case review were met because "
              "the children had suffered serious harm and there was concern about how agencies had worked together to "
              "safeguard them."),
        ("h1", "Process of the review", "methodology"),
    ] + method("Fallowmere Local Safeguarding Children Board", "Geoffrey Marsh", "nine") + [
        ("h1", "Background", "background"),
        ("p", "Child W lived with his mother and two sisters in a rented house on the edge of the town. His mother worked "
              "night shifts at a care home. There was no other adult in the household and no family living nearby."),
        ("p", "The school had noticed that Child W was tired and often late. In January 2016 he told a teaching assistant "
              "that he looked after his sisters at night. The school spoke to his mother, who said that a neighbour "
              "checked on the children. No referral was made."),
        ("p", "In March 2016 a police officer attending a report of a disturbance nearby found the children alone at home. "
              "A notification was sent to children's social care, which was screened and closed with advice to the mother "
              "about childcare."),
        ("h1", "Analysis", "findings"),
        ("p", "The information that the children were regularly left alone at night was held by the school and the police "
              "separately. When the police notification was screened, the school was not contacted and so the earlier "
              "disclosure was not known."),
        ("p", "The explanation that a neighbour was checking on the children was accepted without being confirmed. The "
              "review found that the neighbour had moved away in December 2015."),
        ("h1", "Lessons learned", "learning"),
        ("items", "learning", [
            "A child's own account that he cares for younger siblings at night is a safeguarding concern and must be "
            "referred, whatever reassurance a parent gives.",
            "Screening decisions on police notifications need information from the school and health services before a "
            "case is closed.",
            "Arrangements that a parent says keep children safe must be checked with the person named before they are "
            "relied on.",
            "Working parents on low incomes may need practical help with childcare, and advice alone does not remove the "
            "risk to the children."], "description"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Board should issue guidance to schools on children left alone or left in charge of siblings, with a clear "
            "expectation of referral.",
            "Children's social care should ensure that no police notification about children left alone is closed without "
            "checks with the school.",
            "The Board should ask the local authority to review how families are helped to find childcare for night work.",
            "All agencies should ensure that safety arrangements described by parents are confirmed with the people named."],
         "orgtable", ["Board", "Children's social care", "Board", "All agencies"]),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child W and his sisters were left alone because their mother could see no other way to keep her job. The "
              "agencies that knew did not put their information together. The Board has accepted the recommendations and "
              "will monitor the action plan through its quality assurance subgroup."),
        ("h1", "Appendix 1: Terms of reference", "appendix"),
    ] + terms("the period from September 2014 to May 2016"),
}

# ---------- Y5: Orrinsby: mandoc -Tpdf from a man(7) page; .SH headings, .TP labelled learning, .IP recommendations
Y5 = {
    "file": "orrinsby-cspr-child-v.pdf", "producer": "mandoc", "body_from": 1,
    "features": ["mandoc 1.14 `-T pdf -O paper=a5` from a man(7) source: its own PDF writer, base-14 Times and Courier, "
                 "untagged", "man page running head 'ORRINSBY-CSPR(7) Child Safeguarding Practice Review ORRINSBY-CSPR(7)' "
                 "and foot (date, page number) on every page", "unnumbered bold capitals section headings (.SH) at the left "
                 "margin, body indented (mandoc ignores .bp: sections run on); no cover page, the title lines above the first "
                 "heading on page 1", "learning as .TP tagged paragraphs "
                 "'Learning point N' over indented text; recommendations as .IP 'R1.' hanging labels; good practice .IP "
                 "bullets"],
    "cover": {"title": "Child Safeguarding Practice Review: Child V", "child_name": "Child V", "review_type": CSPR,
              "area": "Orrinsby", "year": 2023, "partnership": "Orrinsby Safeguarding Partnership",
              "by": "Lead reviewer: Hannah Pryce", "date": "Published: September 2023"},
    "blocks": [
        ("h1", "INTRODUCTION", "introduction"),
        ("p", "This review concerns Child V, a baby boy who was three months old when he was admitted to hospital in "
              "December 2022 with fractures to his ribs and his left arm. The injuries were found to be non-accidental. "
              "Child V has recovered well and now lives with his paternal aunt under a special guardianship order."),
        ("p", "The Orrinsby Safeguarding Partnership notified the Child Safeguarding Practice Review Panel and held a rapid "
              "review in January 2023. The rapid review recommended a local review with a focus on pre-birth assessment "
              "and on the involvement of fathers."),
        ("h1", "METHODOLOGY", "methodology"),
    ] + method("Orrinsby Safeguarding Partnership", "Hannah Pryce", "six") + [
        ("h1", "THE FAMILY'S VIEWS", "methodology", ["other", "background"]),
        ("p", "The lead reviewer met Child V's paternal aunt, who now cares for him, on two occasions. She said that the "
              "family had not known about the father's previous offence until after Child V was injured, and that she "
              "would have offered to help if anyone had asked her."),
        ("p", "Child V's mother took part in one conversation with the lead reviewer by telephone. She said that she had "
              "told the social worker that the father was not involved because she was worried that the baby would be "
              "taken away if she said he was living with her. She said that nobody asked her about him again after the "
              "birth."),
        ("p", "Child V's father did not respond to the invitation to contribute to the review. Criminal proceedings against "
              "him have concluded and he is serving a custodial sentence."),
        ("h1", "BACKGROUND", "background"),
        ("p", "Child V's mother was twenty-two and his father twenty-five. The mother had a history of anxiety and had been "
              "referred to perinatal mental health services during the pregnancy. The father had served a prison sentence "
              "for a violent offence five years earlier, which was known to probation but not to the midwife."),
        ("p", "A pre-birth assessment was started by children's social care after a referral from the perinatal team. The "
              "assessment was completed when the mother was thirty-eight weeks pregnant. The social worker did not meet the "
              "father, who was described by the mother as not involved."),
        ("p", "After the birth the father was seen at the home by the health visitor on two occasions and introduced himself "
              "as the baby's dad. This was recorded but not shared with children's social care, which had closed the case "
              "after the assessment."),
        ("h1", "ANALYSIS", "findings"),
        ("p", "The pre-birth assessment was completed too late in the pregnancy to allow a plan to be made and tested before "
              "the birth. It relied on the mother's account of her relationship and did not include any checks on the "
              "father."),
        ("p", "The health visitor's records show that the father was living at the address from the second week after the "
              "birth. The review found that health visitors did not know that the pre-birth assessment had not included him."),
        ("p", "Probation held detailed information about the father's offending, including concerns about his temper when he "
              "was under stress. Probation was not asked for information during the pre-birth assessment because the father "
              "was not named in the referral, and the probation officer did not know that he was about to become a parent."),
        ("p", "The practitioners who took part in the learning events said that the pressure to complete assessments within "
              "timescales, and the number of pre-birth referrals received in the summer of 2022, made it difficult to "
              "follow up on adults who were described as not involved. Managers agreed that the assessment had been signed "
              "off without the gap being noticed."),
        ("p", "The review also considered whether Child V's injuries could have been identified earlier. There were no "
              "visible injuries at the six-week check, and the review found no missed opportunity in the medical care he "
              "received before his admission."),
        ("h1", "LEARNING", "learning"),
        ("items", "learning", [
            "Pre-birth assessments need to start early enough in the pregnancy for support to be put in place and tested "
            "before the baby is born.",
            "An assessment that has not included the baby's father is incomplete, and the gap should be stated in the "
            "assessment and shared with the agencies that continue to work with the family.",
            "Checks with probation and the police should be made on every adult who will be caring for a new baby when a "
            "pre-birth assessment is carried out.",
            "Health visitors who meet a father not known to them should find out what other agencies know about him."],
         "tp"),
        ("h1", "GOOD PRACTICE", "good_practice"),
        ("items", "good_practice", [
            "The perinatal mental health team made a prompt referral when the mother described her worries about coping.",
            "The paternal aunt was assessed quickly so that Child V could leave hospital to a safe family placement."],
         "bullets"),
        ("h1", "RECOMMENDATIONS", "recommendations"),
        ("items", "recommendations", [
            "The partnership should revise its pre-birth protocol so that assessments start no later than twenty weeks of "
            "pregnancy.",
            "Children's social care should ensure that every pre-birth assessment records the father's details and the "
            "checks made on him.",
            "The health visiting service should share with children's social care any information about a father or male "
            "carer living with a baby after a pre-birth assessment has closed.",
            "The probation service should be invited to every pre-birth strategy discussion where a parent is known to it."],
         "ip"),
        ("h1", "CONCLUSION", "conclusion"),
        ("p", "Child V was harmed by a carer whose history was known to one agency but was never considered in planning for "
              "his birth. The learning from this review about the assessment of fathers has been shared with the partnership "
              "and will be followed up through its audit programme."),
        ("h1", "APPENDIX: TERMS OF REFERENCE", "appendix"),
    ] + terms("the period from May 2022 to December 2022") + [
        ("h1", "APPENDIX: CHRONOLOGY OF KEY EVENTS", "appendix"),
        ("gloss", [("May 2022", "The GP refers Child V's mother to the perinatal mental health team at twelve weeks of pregnancy."),
                   ("June 2022", "The perinatal team refers the family to children's social care for a pre-birth assessment."),
                   ("July 2022", "The referral is screened and allocated to the assessment team; the first visit is booked "
                                 "for four weeks later."),
                   ("August 2022", "The social worker's first visit is cancelled because of sickness and rearranged."),
                   ("September 2022", "The pre-birth assessment is completed. The mother says the father is not involved. "
                                      "The case is closed with advice."),
                   ("September 2022", "Child V is born at thirty-nine weeks. Mother and baby are discharged after two days."),
                   ("October 2022", "New birth visit by the health visitor. A man introduces himself as the baby's father."),
                   ("November 2022", "Six-week check by the GP. No concerns are recorded."),
                   ("November 2022", "Second health visitor contact. The father is present and says he is living at the "
                                     "address."),
                   ("December 2022", "Child V is taken to the emergency department with a swollen arm. A skeletal survey "
                                     "shows rib and arm fractures of different ages."),
                   ("December 2022", "A strategy discussion is held and Child V is placed with his paternal aunt on "
                                     "discharge.")]),
        ("h1", "APPENDIX: GLOSSARY", "appendix", ["other"]),
        ("gloss", GLOSS),
    ],
}

# ---------- Y6: Penbury: boxable 1.7 (PDFBox 2.0 tables), the whole report built of tables
Y6 = {
    "file": "penbury-lcspr-child-k.pdf", "producer": "boxable", "body_from": 2,
    "features": ["boxable 1.7.0 on Apache PDFBox 2.0.24 (Java): every block a boxable table row, untagged, base-14 "
                 "Helvetica", "cover drawn with PDFBox (partnership, title, date, reviewer, invented note)", "section headings "
                 "as full-width header rows '1. Introduction' in navy bold 15 pt (a pale fill set, which boxable does not draw in a "
                 "borderless table); paragraphs in borderless one-cell "
                 "rows", "learning a two-column bordered table 'LP1' | text with a repeated header row Ref | Learning; "
                 "recommendations a four-column table No. | Recommendation | Lead agency | Timescale", "footer drawn on each "
                 "page 'Penbury LCSPR Child K - Page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
              "area": "Penbury", "year": 2024, "partnership": "Penbury Safeguarding Children Partnership",
              "by": "Independent reviewer: Colin Fairbairn", "date": "Published: May 2024"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This review concerns Child K, a boy of eleven with autism and a severe learning disability, who was found in "
              "September 2023 to have lost a third of his body weight over six months. He was living at home with his "
              "father, who had become his sole carer after his mother died in 2022."),
        ("p", "The Penbury Safeguarding Children Partnership held a rapid review in October 2023 and commissioned a local "
              "child safeguarding practice review. The review has focused on how agencies supported a disabled child whose "
              "needs changed when his family circumstances changed."),
        ("h1", "2. Methodology", "methodology"),
    ] + method("Penbury Safeguarding Children Partnership", "Colin Fairbairn", "six") + [
        ("h1", "3. Background", "background"),
        ("p", "Child K attends a special school and was known to the children with disabilities team, which provided a "
              "short break package of one weekend a month. His mother had managed his feeding, which was difficult because "
              "he ate only a small range of foods."),
        ("p", "After his mother's death the short break package continued but no reassessment of the family's needs was "
              "made. Child K's father told the school that he was managing. The school nurse weighed Child K in March 2023 "
              "and recorded a loss of weight, which was to be followed up at the next visit in six months."),
        ("p", "Child K missed two dental and one paediatric appointment in the summer of 2023. The letters about the missed "
              "appointments were sent to the family home and not copied to the school or the social worker."),
        ("h1", "4. Findings", "findings"),
        ("p", "The death of Child K's mother was a major change in his care, but it was not treated as a reason to review "
              "the support the family received. The short break plan remained the same for eighteen months."),
        ("p", "Child K could not tell anyone that he was hungry. Professionals relied on his father's reports, and the "
              "weight loss recorded by the school nurse was not shared with the paediatrician or the social worker."),
        ("h1", "5. Learning", "learning"),
        ("items", "learning", [
            "The death or departure of a parent who provides most of a disabled child's care should always lead to a "
            "reassessment of the family's needs.",
            "Disabled children who cannot speak for themselves depend on professionals to notice physical signs such as "
            "weight loss and to act on them quickly.",
            "Missed health appointments for a disabled child are a safeguarding matter and should be shared with the "
            "other professionals working with the child.",
            "A parent who says they are managing may not be able to ask for help, especially while grieving."], "lptable"),
        ("h1", "6. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The school's class teacher noticed that Child K was taking food from other children and reported it the same "
            "day.",
            "The short break carers kept a detailed diary of what Child K ate during each stay, which helped the "
            "paediatrician."], "bullets"),
        ("h1", "7. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The children with disabilities team should reassess a child's plan within four weeks of any major change in "
            "the family, including a bereavement.",
            "The school nursing service should share any significant weight loss in a disabled child with the child's GP "
            "and paediatrician within five working days.",
            "The hospital trust should copy letters about missed appointments for disabled children to the child's "
            "school and social worker.",
            "The partnership should offer training on the neglect of disabled children to special school staff and short "
            "break providers."], "rectable",
         ["Children's social care", "School nursing", "Hospital trust", "Partnership"]),
        ("h1", "8. Conclusion", "conclusion"),
        ("p", "Child K's father loved him and was struggling with his own grief. The support around the family did not "
              "change when it needed to, and the signs of Child K's weight loss were not brought together. The partnership "
              "has accepted the recommendations in full."),
        ("h1", "Appendix A: Terms of reference", "appendix"),
    ] + terms("the period from January 2022 to September 2023"),
}

# ---------- Y7: Brindlecote: Qt 6 QTextDocument (rich-text HTML subset) printed to QPdfWriter
Y7 = {
    "file": "brindlecote-lcspr-baby-f.pdf", "producer": "qt", "body_from": 3,
    "features": ["Qt 6 `QTextDocument` (Qt's rich-text HTML subset) printed with `QTextDocument.print()` to a "
                 "`QPdfWriter` (PyQt6), Qt's own PDF engine, untagged, DejaVu fonts embedded as Type 3 / CID",
                 "cover page and a contents table (heading | page) typed in HTML; `page-break-before: always` before "
                 "each section; Qt's automatic page number at the bottom right", "headings '1.' typed, in a coloured "
                 "font; learning points in shaded one-cell tables whose first line is a bold 'Learning point N'",
                 "recommendations a bordered table No. | Recommendation | Lead; good practice a bulleted list; glossary "
                 "as a two-column table"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Baby F", "child_name": "Baby F", "review_type": CSPR,
              "area": "Brindlecote", "year": 2025, "partnership": "Brindlecote Safeguarding Children Partnership",
              "by": "Lead reviewer: Anita Desai-Holt", "date": "Date of publication: 14 October 2025"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "Baby F died in February 2025, aged seven weeks, while sleeping on a sofa with his father. His father had "
              "drunk alcohol that evening. The inquest found that Baby F died of sudden unexpected death in infancy and "
              "that the unsafe sleeping arrangement was a contributory factor."),
        ("p", "The Brindlecote Safeguarding Children Partnership decided, following a rapid review, to undertake a local "
              "child safeguarding practice review because Baby F's older sibling had been subject to a child protection "
              "plan and the family were receiving support at the time of his death."),
        ("h1", "2. Methodology", "methodology"),
    ] + method("Brindlecote Safeguarding Children Partnership", "Anita Desai-Holt", "eight") + [
        ("h1", "3. Background", "background"),
        ("p", "Baby F's parents lived together with his three-year-old sister. His sister had been subject to a child "
              "protection plan for neglect in 2023, which ended when the family moved into a larger flat and home "
              "conditions improved. The parents continued to receive early help support."),
        ("p", "The midwife and health visitor gave safer sleep advice to Baby F's mother at four contacts. The father was "
              "at work on each occasion. The family had a cot, but Baby F's mother told the health visitor that he settled "
              "better on a parent's chest."),
        ("p", "On the night of his death Baby F's mother was out at a family event. His father fed him and fell asleep "
              "with him on the sofa after drinking four cans of lager."),
        ("h1", "4. Findings", "findings"),
        ("p", "Safer sleep advice was given repeatedly but only to the mother. Nobody checked whether the father had heard "
              "the advice or discussed with the family what would happen when the usual routine changed."),
        ("p", "The early help plan focused on the older sister's nursery attendance and the family's debts. It did not "
              "mention the new baby or the risks associated with alcohol and co-sleeping."),
        ("h1", "5. Learning", "learning"),
        ("items", "learning", [
            "Safer sleep advice must reach every adult who cares for a baby, including fathers and partners who are not "
            "present at routine contacts.",
            "Planning for a change in routine, such as a parent being away overnight, is when a family is most likely to "
            "depart from safe sleep practice.",
            "Early help plans for a family with a new baby should address the baby's needs as well as those of the older "
            "children.",
            "Alcohol use by a carer sharing a sofa or bed with a baby greatly increases the risk, and this message needs "
            "to be given directly to the carer who drinks."], "shaded"),
        ("h1", "6. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The health visitor used the partnership's safer sleep assessment tool at the new birth visit and recorded the "
            "sleeping arrangements.",
            "The police and the paediatrician followed the joint agency response procedure after Baby F's death and "
            "supported the family sensitively."], "bullets"),
        ("h1", "7. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should relaunch its safer sleep campaign with material written for fathers and male carers.",
            "The health visiting and midwifery services should record which carers have received safer sleep advice and "
            "plan a contact with any who have not.",
            "Early help services should include a section on the needs of any baby in the household in every family plan.",
            "The partnership should work with the local alcohol service to include safer sleep advice in brief "
            "interventions with parents of babies."], "table",
         ["Partnership", "Health", "Early help", "Partnership"]),
        ("h1", "8. Conclusion", "conclusion"),
        ("p", "Baby F's parents were given good advice by caring professionals, but the advice did not reach the parent "
              "who was with him when he died. The partnership will report on the recommendations to its executive group."),
        ("h1", "Appendix 1: Glossary", "appendix", ["other"]),
        ("gloss", GLOSS + [("SUDI", "Sudden unexpected death in infancy.")]),
    ],
}

# ---------- Y8: Lissanoure: dblatex (DocBook 4.5 article -> LaTeX -> pdfLaTeX), Northern Ireland case management review
Y8 = {
    "file": "lissanoure-cmr-child-y.pdf", "producer": "dblatex", "body_from": 5,
    "features": ["dblatex 0.3 (DocBook XML article through XSLT to LaTeX, then pdfLaTeX), its default 'db2latex' look, "
                 "untagged", "dblatex title page and generated table of contents; sections numbered '1. Introduction' by "
                 "dblatex, each starting a new page (a processing instruction), running head with the title and foot with the "
                 "page", "dblatex's collaborators / revision history page, contents, and the abstract (the invented note) on "
                 "its own page before page 1", "learning as <sidebar> boxes titled 'Learning point N'; recommendations an "
                 "<orderedlist numeration='loweralpha'> 'a.' ..; good practice an <itemizedlist>", "<appendix> 'A Terms of "
                 "reference' numbered by letter"],
    "cover": {"title": "Case Management Review: Child Y - Executive Summary", "child_name": "Child Y", "review_type": CMR,
              "area": "Lissanoure", "year": 2022, "partnership": "Lissanoure Safeguarding Panel",
              "by": "Chair of the CMR panel: Declan Mulholland", "date": "March 2022"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This executive summary sets out the findings of a case management review concerning Child Y, a girl aged "
              "thirteen, who was admitted to hospital in February 2021 with injuries consistent with a serious physical "
              "assault by her stepfather. Child Y has since been placed with her grandparents."),
        ("p", "The Lissanoure Safeguarding Panel's case management review sub-group decided that the criteria for a case "
              "management review were met because Child Y had suffered serious harm and there were concerns about how "
              "agencies had cooperated to safeguard her."),
        ("h1", "Methodology", "methodology"),
    ] + method("Lissanoure Safeguarding Panel", "Declan Mulholland", "ten") + [
        ("h1", "Background", "background"),
        ("p", "Child Y lived with her mother, her stepfather and two half-brothers. The police had attended the home four "
              "times in the two years before the assault because of arguments between the adults. On each occasion the "
              "stepfather had left before the police arrived and no offence was recorded."),
        ("p", "Child Y told her form teacher in November 2020 that she was frightened of her stepfather. The school made a "
              "referral to the gateway team, which contacted Child Y's mother. She said the family were getting on better "
              "and the referral was closed."),
        ("h1", "Findings", "findings"),
        ("p", "The domestic abuse notifications were each assessed as standard risk because there was no injury. They were "
              "not linked to the school's referral, and nobody spoke to Child Y about what she had told her teacher."),
        ("p", "Child Y's voice was clear but was not heard by the agencies that made decisions. The referral was closed on "
              "the basis of a telephone call with the adult she was frightened of living with."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "When a child says she is frightened of an adult at home, the child must be spoken to directly before any "
            "decision is taken about the referral.",
            "Repeated domestic abuse incidents without injury can describe an escalating pattern of coercive control that "
            "affects every child in the household.",
            "A referral should not be closed on the word of a parent alone when the concern is about the adults in the "
            "home."], "sidebar"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The form teacher listened to Child Y, recorded her words exactly and made a referral the same day.",
            "Child Y's grandparents were assessed quickly and supported to care for her after her discharge from hospital."],
         "itemize"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The gateway team should ensure that every referral made on the basis of a child's own words includes a "
            "conversation with the child before a decision is made.",
            "The police should review how repeated domestic incidents at one address are linked and shared with the gateway "
            "team.",
            "The Safeguarding Panel should provide training on coercive control and its impact on children for all "
            "member agencies.",
            "The education authority should remind schools of how to escalate when they disagree with a decision to close "
            "a referral."], "loweralpha"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child Y told an adult she trusted that she was frightened, but her words did not reach the people who made "
              "the decisions. The Safeguarding Panel has accepted the recommendations and will monitor them through its "
              "case management review sub-group."),
        ("h1", "Terms of reference", "appendix"),
    ] + terms("the period from January 2019 to February 2021"),
}

REPORTS = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8]
