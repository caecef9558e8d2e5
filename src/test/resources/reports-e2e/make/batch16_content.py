"""Batch 16 (issue 9 point 6, sixth fresh held-out batch, written before it was first run): eight invented reports.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch15_content.py (the truth is written by batch13.truth through batch14.for_truth): ("h1", heading, type[, accept]),
("h2", text) a sub-heading (no section of the truth), ("p", text), ("items", type, [texts], style), ("lpbox", text) one
learning point in a box, ("note", text) a footnote on the paragraph before. Item texts are without their printed
numbers or labels ('2.1', 'AFI 1', 'Recommendation 3').
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"

# ---------- X1: Ferncliffe: wkhtmltopdf, Word-like 'Findings and recommendations' table, header row repeated
X1 = {
    "file": "ferncliffe-lcspr-child-a.pdf", "producer": "wkhtmltopdf 0.12 (Qt WebKit)",
    "features": ["HTML printed by Debian's wkhtmltopdf 0.12.6 on unpatched Qt 5.15 (producer 'Qt 5.15.8'), untagged, no outline, no page header or footer (the unpatched build ignores them)",
                 "Word-like look: Liberation Sans body, blue headings with a rule under them", "cover with partnership, title, 'Final report', date and lead reviewer",
                 "a 'Findings and recommendations' table Finding | Recommendation, one row per finding with a bold 'Finding N' label line over the finding in its cell; the table runs over a page break, one row split across it, the header row not repeated",
                 "learning and good practice as bullets"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child A", "child_name": "Child A", "review_type": CSPR,
              "area": "Ferncliffe", "year": 2026, "partnership": "Ferncliffe Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child A was a thirteen-year-old girl who was admitted to hospital in April 2025 after taking an overdose. She had been "
              "living with foster carers for two months after a placement with her aunt broke down. The Ferncliffe Safeguarding "
              "Children Partnership carried out this review because Child A had been seen by many services in the year before and "
              "because her wish to return to her mother was never fully explored."),
        ("h1", "Scope and method", "methodology"),
        ("p", "The review looked at the eighteen months before the overdose. Seven agencies sent chronologies and the lead reviewer "
              "held a practitioner workshop attended by sixteen people. Child A met the lead reviewer twice with her advocate, and "
              "her aunt and her mother each spoke to the reviewer by telephone."),
        ("h1", "Background", "background"),
        ("p", "Child A came into care at the age of eleven after her mother's mental health deteriorated. She lived first with her "
              "aunt under a kinship arrangement. The aunt asked for help several times, saying that Child A was staying out late and "
              "talking to older boys online. A referral to the child and adolescent mental health service was made by the GP in "
              "October 2024 and Child A waited fourteen weeks for a first appointment."),
        ("p", "When the kinship placement ended Child A moved to foster carers on the other side of the county and changed school. "
              "Her social worker changed twice in the same period. The foster carers were not told about her online contacts, and the "
              "new school received her file three weeks after she started."),
        ("h1", "Findings and recommendations", "findings", ["recommendations"]),
        ("p", "The review made four findings. Each is set out below with the recommendation that follows from it."),
        ("items", "recommendations", [
            "The partnership should make sure that kinship carers who ask for help receive an assessment of support within ten working days.",
            "Children's social care should share a child's known online risks with new carers before a placement starts.",
            "The integrated care board should report to the partnership on waiting times for children in care referred to mental health services.",
            "The local authority should set a standard that a child's school file reaches the new school before the child's first day."], "findingtable"),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Kinship carers who ask for help are often describing risk, not only their own stress.",
            "Every move of placement and school is a moment when information about a child can be lost.",
            "A child's wish to see a parent needs to be heard and planned for, even when it cannot be granted at once."], "bullets"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The foster carers sought medical help immediately and stayed with Child A throughout her time in hospital.",
            "The school nurse at the new school saw Child A within a week of her arrival."], "bullets"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child A is now back in a settled placement and sees her mother every fortnight. The partnership has accepted all four "
              "recommendations and will check progress in six months."),
    ],
}

# ---------- X2: Llanfryn: AbiWord, Welsh concise CPR with numbered paragraphs 1.1, 1.2 ...
X2 = {
    "file": "llanfryn-concise-cpr-child-g.pdf", "producer": "AbiWord 3.0 (RTF, abiword --to=pdf)",
    "features": ["RTF written by the script, converted with abiword --to=pdf (cairo 1.16), Liberation Sans headings and Liberation Serif body, untagged, no outline",
                 "Welsh concise Child Practice Review headings, numbered '1.' .. '4.'",
                 "every paragraph numbered '1.1', '1.2' ..: learning points are the numbered paragraphs 2.1 .. 2.3 of 'Practice and organisational learning', recommendations the paragraphs 3.1 .. 3.3 of 'Improving systems and practice'",
                 "a bilingual board line on the cover, no running head or page numbers"],
    "cover": {"title": "Concise Child Practice Review: Child G", "child_name": "Child G", "review_type": CPR,
              "area": "Llanfryn", "year": 2025, "partnership": "Llanfryn Regional Safeguarding Board"},
    "blocks": [
        ("h1", "1. Brief outline of circumstances resulting in the Review", "introduction", ["background"]),
        ("p", "1.1 The Llanfryn Regional Safeguarding Board commissioned this concise Child Practice Review after Child G, aged "
              "three, was taken to hospital with burns to her hands in August 2024. Her mother said that she had touched an oven door."),
        ("p", "1.2 Child G lived with her mother and her mother's partner in a rented flat. The family had moved three times in a year "
              "and Child G was not registered with a nursery. The health visitor had last seen her at the two-year review, which was "
              "held at a clinic and not in the home."),
        ("h1", "2. Practice and organisational learning", "learning"),
        ("items", "learning", [
            "A young child who is not in any early years setting is seen by few professionals, so each contact with her matters more.",
            "Families who move often can lose their health visitor, and records need to follow them on the day they move.",
            "The home is where the risks to a young child are, and a review held at a clinic cannot show them."], "paranum"),
        ("h1", "3. Improving systems and practice", "recommendations"),
        ("items", "recommendations", [
            "The Board should ask health boards to make sure that a family's health visiting record transfers within five working days of a move.",
            "Health visitors should carry out the two-year review at home when a family has moved in the past year.",
            "Local authorities should offer a funded nursery place to every two-year-old known to children's services."], "paranum"),
        ("h1", "4. Statement by Reviewer", "other"),
        ("p", "4.1 I make the following statement: I have not been directly concerned with the child or family, and I have not "
              "given professional advice on the case. I believe the terms of reference have been met."),
    ],
}

# ---------- X3: Inverbrae: asciidoctor-pdf, Scottish Learning Review, learning in sidebar boxes, AFI labels, outline only
X3 = {
    "file": "inverbrae-learning-review-child-e.pdf", "producer": "asciidoctor-pdf 2.3 (Prawn)",
    "features": ["AsciiDoc rendered by asciidoctor-pdf 2.3 (Prawn 2.4), default theme (Noto Serif TrueType), untagged, with an outline (bookmarks) for every section",
                 "no title page: the document title at the top of page 1 over a bold partnership line and the invented note; page number in the footer",
                 "numbered sections '1. Introduction' (sectnums)", "Scottish Learning Review vocabulary: Child Protection Committee, 'Key learning', 'Areas of strength', 'Areas for improvement'",
                 "each learning point in a shaded sidebar box with the title 'Learning point N'", "areas for improvement as paragraphs with bold run-in labels 'AFI 1.' .."],
    "cover": {"title": "Learning Review: Child E", "child_name": "Child E", "review_type": LR,
              "area": "Inverbrae", "year": 2025, "partnership": "Inverbrae Child Protection Committee"},
    "body_from": 1,
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This Learning Review was commissioned by the Inverbrae Child Protection Committee after Child E, a boy of nine, was "
              "found to have been living in a house without heating or food for several weeks while his father was unwell. The Chief "
              "Officers Group agreed the remit in February 2024."),
        ("h1", "2. Background", "background"),
        ("p", "Child E lived with his father in a small town. His mother had died when he was six. His father had a long history of "
              "depression and stopped taking his medication after losing his job. The school noticed that Child E was wearing the same "
              "clothes and falling asleep in class, and the headteacher, as named person, arranged a home visit that did not happen."),
        ("h1", "3. Key learning", "learning"),
        ("lpbox", "When a parent's mental health declines, the named person should ask how the child is being cared for at home."),
        ("lpbox", "A planned home visit that does not take place should be rearranged within days and escalated if it fails again."),
        ("lpbox", "Adult mental health services should ask every patient whether children live with them and who cares for them."),
        ("h1", "4. Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "The class teacher kept a careful record of what she saw and shared it with the headteacher the same day.",
            "Police Scotland officers who found Child E took him to his grandmother, whom he knew and trusted."], "bullets"),
        ("h1", "5. Areas for improvement", "recommendations"),
        ("items", "recommendations", [
            "The Committee should agree how adult mental health services tell the named person that a parent has stopped treatment.",
            "Schools should have a clear route to escalate a home visit that has not happened.",
            "Health and social work should review how they identify young carers in single-parent households."], "afi"),
        ("h1", "6. Conclusion", "conclusion"),
        ("p", "Child E now lives with his grandmother and is doing well at school. The Committee has accepted the areas for improvement."),
    ],
}

# ---------- X4: Pellbrook: fpdf2, landscape learning summary in two columns, headings only by colour
X4 = {
    "file": "pellbrook-cspr-riley-learning-summary.pdf", "producer": "fpdf2 (PyFPDF)",
    "features": ["drawn with fpdf2, untagged, no outline, base-14 Helvetica", "A4 landscape 'learning summary', two columns on every page",
                 "headings told apart only by colour: same font, size and weight as the body text", "learning points with a dash '-' marker, recommendations numbered '1.'",
                 "a title block over both columns on page 1 (partnership, title, 'Learning summary', invented note); footer 'Pellbrook SCP | page N'"],
    "cover": {"title": "Child Safeguarding Practice Review: Riley", "child_name": "Riley", "review_type": CSPR,
              "area": "Pellbrook", "year": 2026, "partnership": "Pellbrook Safeguarding Children Partnership"},
    "body_from": 1,
    "columns": True,
    "blocks": [
        ("h1", "Why we did this review", "introduction"),
        ("p", "Riley was sixteen when he was found seriously injured after a fall from a car park roof in September 2025. He had "
              "been reported missing from home eleven times in the year before and was known to the youth justice service. The "
              "partnership carried out this review to learn how services responded to his missing episodes and to his mental health."),
        ("h1", "What happened", "background"),
        ("p", "Riley lived with his mother and step-father and two younger sisters. He stopped going to school in Year 10 and spent "
              "most nights with older friends. Return home interviews were offered after each missing episode but were held by phone, "
              "and Riley said little. His GP referred him to the mental health service twice; both referrals were closed when he did "
              "not attend. His mother told the police that she felt no one was listening to her."),
        ("p", "In the summer of 2025 Riley was arrested in a town forty miles away with a quantity of cannabis and a knife. He was "
              "released under investigation and returned home the same night. The youth justice worker who met him the next week "
              "thought he was frightened of someone but could not find out who. The case was discussed at the exploitation panel, "
              "which agreed to gather more information and to meet again in a month."),
        ("h1", "What we learned", "learning"),
        ("items", "learning", [
            "Return home interviews by phone rarely reach the reasons a young person goes missing.",
            "A referral closed because a young person did not attend leaves the risk with no one.",
            "Parents who keep reporting their child missing are asking for help and should be part of the plan.",
            "Older teenagers are still children, and their choices can be shaped by exploitation."], "dash"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The youth justice worker kept in touch with Riley by text message and visited him in hospital.",
            "The police missing persons coordinator noticed the pattern of Riley's episodes and raised it with the panel."], "dash"),
        ("h1", "What will change", "recommendations"),
        ("items", "recommendations", [
            "The partnership should ask that return home interviews are held face to face unless the young person refuses.",
            "Mental health services should not close a referral for a young person who is missing without speaking to the referrer.",
            "The police and children's social care should hold a strategy discussion after the third missing episode in ninety days."], "numbered"),
    ],
}

# ---------- X5: Ebbmoor: mutool create from hand-written content streams, two columns, no outline or tags
X5 = {
    "file": "ebbmoor-scr-child-v.pdf", "producer": "mutool create (MuPDF 1.21), hand-written content streams",
    "features": ["content streams written by hand and assembled with mutool create, base-14 Times-Roman / Helvetica-Bold, untagged, no outline",
                 "a journal-like body in two columns on each page after the cover (gutter 24 pt)", "numbered bold sans headings '1 Introduction' inside the column",
                 "learning points as hanging paragraphs '(a)', '(b)' ..", "recommendations as 'R1.' .. hanging paragraphs",
                 "running head: board name left, 'Child V' right, with a drawn rule; page number centred at the foot"],
    "cover": {"title": "Serious Case Review: Child V", "child_name": "Child V", "review_type": SCR,
              "area": "Ebbmoor", "year": 2019, "partnership": "Ebbmoor Local Safeguarding Children Board"},
    "columns": True,
    "blocks": [
        ("h1", "1 Introduction", "introduction"),
        ("p", "This serious case review concerns Child V, a baby boy who died at eleven weeks of age in January 2018 from a head injury. "
              "His father was later convicted of causing his death. The Ebbmoor Local Safeguarding Children Board commissioned the review "
              "because both parents had been known to children's services as children themselves."),
        ("h1", "2 Methodology", "methodology"),
        ("p", "The review used agency chronologies, individual management reviews from five agencies and two learning events for "
              "practitioners. Child V's mother met the lead reviewer; his father did not respond to letters."),
        ("p", "The review panel was chaired by the independent author and met five times between June and December 2018. Its "
              "members were senior managers from health, the police, children's social care and education, none of whom had "
              "managed the case. The criminal trial delayed the final report by three months."),
        ("h1", "3 Background", "background"),
        ("p", "Child V's mother was eighteen and had left foster care a year before he was born. His father was twenty and had a "
              "history of violence towards a previous partner, recorded by the police. The pre-birth assessment described the couple "
              "as loving and committed and did not refer to the father's history, which was not asked for. After the birth the "
              "health visitor saw Child V four times, always with his mother, and noted that the father was often asleep upstairs."),
        ("p", "Two weeks before his death Child V was seen at the GP practice with a small bruise on his cheek, which his mother said "
              "was caused by a toy. The GP recorded the explanation and did not refer to children's social care."),
        ("h1", "4 Learning", "learning"),
        ("items", "learning", [
            "Pre-birth assessments must seek the history of both parents, including police information about violence.",
            "Care leavers who become parents need support that continues after the baby is born, not only during pregnancy.",
            "A father who is present in the home but never seen is a gap in the assessment, not a detail.",
            "A bruise on a baby who is not mobile needs a safeguarding referral, whatever the explanation offered."], "paren"),
        ("h1", "5 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The LSCB should revise its pre-birth assessment protocol so that police checks on both parents are routine.",
            "Children's social care should extend leaving care support to every care leaver who becomes a parent.",
            "Health visitors should record every adult in the household and see the father at least once before the baby is eight weeks old.",
            "GP practices should adopt the LSCB's bruising protocol for babies who are not mobile."], "rcode"),
        ("h1", "6 Conclusion", "conclusion"),
        ("p", "Child V's death could not have been predicted, but the risk from his father could have been known and planned for. "
              "The LSCB has accepted all four recommendations and will report on them in its next annual report."),
    ],
}

# ---------- X6: Wexcombe: Texinfo (texi2pdf), question headings, footnotes at the page foot
X6 = {
    "file": "wexcombe-cspr-baby-t.pdf", "producer": "texi2pdf (Texinfo 6.8, pdfTeX)",
    "features": ["Texinfo source typeset by texi2pdf (texinfo.tex on pdfTeX), Computer Modern Type 1 fonts, untagged, outline from the chapters",
                 "@titlepage cover with title, subtitle and author, a copyright-style verso with the invented note; contents page",
                 "unnumbered chapters with question headings ('What did we learn?', 'What needs to change?')",
                 "@footnote notes at the page foot, one called inside a learning item", "learning as @enumerate, good practice as @itemize bullets, recommendations as @enumerate"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby T", "child_name": "Baby T", "review_type": CSPR,
              "area": "Wexcombe", "year": 2026, "partnership": "Wexcombe Safeguarding Partnership"},
    "body_from": 3,
    "blocks": [
        ("h1", "Why was this review carried out?", "introduction"),
        ("p", "Baby T was five months old when she was admitted to hospital in March 2025 with a skull fracture and older rib "
              "fractures. Her parents were both nineteen. The Wexcombe Safeguarding Partnership carried out this review because the "
              "family had been referred to early help twice and the referrals had not led to any service."),
        ("note", "The rapid review was held within fifteen working days, as national guidance requires."),
        ("h1", "What happened?", "background"),
        ("p", "Baby T lived with her mother and father in a one-bedroom flat above a shop. Her father had lost his job during the "
              "pregnancy and the couple were in debt. The midwife referred the family to early help because of the debt and because "
              "the mother seemed low. The early help service wrote to the family twice and closed the case when they did not reply. "
              "A second referral, from the health visitor when Baby T was eight weeks old, was closed in the same way."),
        ("h1", "What did we learn?", "learning"),
        ("items", "learning", [
            "A family who do not answer letters may be the family who most need someone to knock on the door.^[Early help services in the area made contact by letter only until 2025.]",
            "Money worries, low mood and a crying baby together raise the risk of harm and should be seen together.",
            "Closing a referral should always be shared with the professional who made it."], "enumerate"),
        ("h1", "What went well?", "good_practice"),
        ("items", "good_practice", [
            "The emergency department consultant recognised the pattern of injuries quickly and referred the same day.",
            "The health visitor followed up her referral and asked why it had been closed."], "itemize"),
        ("h1", "What needs to change?", "recommendations"),
        ("items", "recommendations", [
            "The early help service should try at least one home visit before closing a referral for a baby under one.",
            "The partnership should make sure that referrers are told when and why a referral is closed.",
            "Health visitors should use a single assessment of parental stress that includes money, mood and the baby's crying."], "enumerate"),
    ],
}

# ---------- X7: Brindlecombe: pdfmake (node), recommendations table over a page break with the header repeated
X7 = {
    "file": "brindlecombe-lcspr-child-f.pdf", "producer": "pdfmake 0.2 (node, PDFKit)",
    "features": ["document definition rendered by pdfmake in node (PDFKit underneath), Roboto TrueType subsets, untagged, no outline",
                 "numbered headings '1. Introduction' in bold purple, body Roboto 10.5 pt", "learning as an ordered list (ol) numbered by pdfmake",
                 "an eight-row recommendations table No. | Recommendation | Lead | By, headerRows: 1, running over a page break with the header row repeated",
                 "page header with the partnership, footer 'N / M' from pdfmake's footer function; cover page with a drawn canvas band"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child F", "child_name": "Child F", "review_type": CSPR,
              "area": "Brindlecombe", "year": 2026, "partnership": "Brindlecombe Children's Safeguarding Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "Child F was fourteen when she disclosed that she had been sexually exploited by a group of men she met through a "
              "social media app. She had been missing from school for most of Year 9. The Brindlecombe Children's Safeguarding "
              "Partnership commissioned this review in June 2025 to understand why the signs were not acted on sooner."),
        ("h1", "2. What happened", "background"),
        ("p", "Child F lived with her mother and her younger brother. Her mother worked nights and asked the school twice for help with "
              "Child F's attendance. The school's attendance officer issued a fixed penalty notice. Child F was found by police in a "
              "flat in another town in February 2025 and returned home. The return home interview recorded that she had been with "
              "friends. A referral to children's social care was assessed as not meeting the threshold because her mother was "
              "thought to be protective."),
        ("p", "In April 2025 a youth worker at a drop-in centre saw Child F with an older man in a car and reported it. This report "
              "led to a strategy discussion and an investigation that identified five men."),
        ("h1", "3. Learning", "learning"),
        ("items", "learning", [
            "A parent asking for help with attendance may be describing a child at risk outside the home.",
            "Being found in another town with adults she does not name is a sign of exploitation, not of a friendship.",
            "A protective parent cannot protect a child from risks she has not been told about.",
            "Fixed penalty notices do not address why a child is missing school."], "ol"),
        ("h1", "4. Recommendations", "recommendations"),
        ("p", "The partnership has agreed the following recommendations and will monitor them through its exploitation subgroup."),
        ("items", "recommendations", [
            "The partnership should revise its threshold guidance so that a parent's willingness to protect is weighed against the risk outside the home.",
            "Schools should consult the designated safeguarding lead before issuing a fixed penalty notice for a child with unexplained absence.",
            "The police should share the address where a missing child is found with children's social care on the same day.",
            "Return home interviews should be carried out by a worker the child already knows wherever possible.",
            "The exploitation subgroup should map the locations linked to missing episodes each quarter.",
            "Children's social care should ask for the youth service's view when assessing a referral about exploitation.",
            "The partnership should offer training on online grooming through social media apps to all school staff.",
            "The youth service should keep its drop-in centre open on two evenings a week in the town centre."], "table"),
        ("h1", "5. Conclusion", "conclusion"),
        ("p", "Child F has been supported by a specialist service and is back in school. The partnership thanks her and her mother "
              "for their help with this review."),
    ],
}

# ---------- X8: Kettlebury: jsPDF (node), grey heading bands, 'Learning point N' / 'Recommendation N' label lines, footnote
X8 = {
    "file": "kettlebury-cspr-child-s.pdf", "producer": "jsPDF 2.5 (node)",
    "features": ["drawn with jsPDF in node, base-14 Helvetica, untagged, no outline; text placed line by line by the script",
                 "headings in capitals, white on a filled grey band drawn under them",
                 "learning as bold 'Learning point N' label lines, each followed by its text in plain type",
                 "recommendations as bold 'Recommendation N' label lines with the text under them",
                 "a footnote at the foot of page 2 called by a superscript number; header line 'Kettlebury SP - CSPR Child S' and 'Page N of M' footer"],
    "cover": {"title": "Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
              "area": "Kettlebury", "year": 2025, "partnership": "Kettlebury Safeguarding Partnership"},
    "blocks": [
        ("h1", "INTRODUCTION", "introduction"),
        ("p", "Child S was a seven-year-old boy with autism who was found wandering alone on a main road at night in January 2025. "
              "He had left the family home through an unlocked window. The Kettlebury Safeguarding Partnership carried out this "
              "review because it was the fourth time Child S had been found outside alone, and because his family had asked many "
              "times for help."),
        ("note", "Two of the earlier incidents were recorded by the police only as a found child."),
        ("h1", "BACKGROUND", "background"),
        ("p", "Child S lived with his mother and his two older sisters. His mother had asked for a short break service and for an "
              "assessment of adaptations to the house. The disabled children's team put the family on a waiting list. The school "
              "knew that Child S did not sleep and often arrived exhausted, and it made a referral to the sleep clinic, which had a "
              "waiting time of nine months."),
        ("h1", "LEARNING", "learning"),
        ("items", "learning", [
            "A disabled child who is repeatedly found outside alone is at risk of serious harm and needs a safeguarding response, not only a service.",
            "Families of disabled children who ask for help again and again may be close to breaking point.",
            "Waiting lists need a way to move a child up when new risks appear."], "labelled"),
        ("h1", "RECOMMENDATIONS", "recommendations"),
        ("items", "recommendations", [
            "The police should share every found-child incident involving a disabled child with children's social care.",
            "The disabled children's team should review its waiting list every month and record the reason for each priority.",
            "The partnership should ask housing services to fast-track safety adaptations where a child is at risk of leaving the home."], "labelled"),
        ("h1", "CONCLUSION", "conclusion"),
        ("p", "Child S now has a short break service and the house has been adapted. His family told the review that they felt heard "
              "for the first time after the January incident."),
    ],
}

REPORTS = [X1, X2, X3, X4, X5, X6, X7, X8]
