"""Batch 40 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in the publication shapes partnerships use today that earlier batches had not covered (shapes read from
published pages with the `search` tool, no sentence copied): a 7-minute briefing drawn as a wheel of seven numbered
segments round a centre disc with a text box beside each segment; a SILP (Significant Incident Learning Process) review
with 'Key practice episodes'; a thematic review of four young people (no one child) with a terms of reference appendix
and a glossary; an LCSPR whose recommendations stand only in an action plan table whose recommendation cells span two
action rows; a CSPR whose 'Key lines of enquiry' are questions each followed by its finding and a 'Learning point N:'
paragraph; an LCSPR with a 'Learning points' sidebar box on every body page; a child-friendly version of a review; and
practitioner briefing slides.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section; ("h2", text) a sub-heading (no section); ("p", text);
("items", type, [texts], style) with style 'ol' / 'ul' / 'lp' (a bold 'Learning point N:' lead-in, not part of the
item); ("questions", [texts]) questions for reflection (no items); ("plan", [(recommendation, [(action, lead, when)])])
an action plan table (one recommendation item per recommendation cell, the actions none); ("tor", [texts]) terms of
reference questions (no items); ("gloss", [(term, meaning)]) a glossary (no items); ("people", [(who, age, what)]) a
table of the young people in a thematic review (no items); ("side", [texts]) a page's sidebar box of learning points
(learning items, numbered on across the pages); ("page",) a page break (renderers that place pages by hand).
Test-fixture tooling only.
"""
from batch25_content import method, GLOSS
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"


def rep(file, producer, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def items(kind, texts, style="ol"):
    return ("items", kind, texts, style)


# ---------- 1. Bramblecote: 7-minute briefing as a wheel (pdflatex + TikZ, one landscape page)
BRAMBLECOTE = rep(
    "bramblecote-cspr-child-h-7-minute-briefing.pdf", "tikz_wheel_briefing",
    {"title": "Child Safeguarding Practice Review: Child H", "child_name": "Child H", "review_type": CSPR,
     "area": "Bramblecote", "year": 2025, "partnership": "Bramblecote Safeguarding Children Partnership",
     "by": "7-minute briefing", "date": "September 2025"},
    [h("Background", "background"),
     ("p", "Child H was eight months old when she was admitted to hospital with a skull fracture. She lived with her "
           "mother and her mother's partner, who had moved in when Child H was five months old."),
     h("Why it matters", "introduction"),
     ("p", "Babies who cannot move on their own are at the greatest risk of serious injury. A new adult joining the "
           "household changes the risks to a baby, and services need to know who is caring for her."),
     h("Information", "findings"),
     ("p", "The health visitor knew a partner had moved in but did not record his name. The GP saw Child H with a mark "
           "on her ear and accepted that she had rolled against the cot. The partner was never seen."),
     h("Learning", "learning"),
     items("learning", [
         "Ask who lives in the home and who looks after the baby, and record their names.",
         "A mark on a baby who is not yet mobile needs a referral, whatever explanation is given.",
         "Men in a baby's life should be seen and included in assessments."], "ul"),
     h("What went well", "good_practice"),
     items("good_practice", [
         "The emergency department made a referral within an hour and a strategy discussion was held that day."], "ul"),
     h("What should change", "recommendations"),
     items("recommendations", [
         "Health visiting records should include every adult in the household at each contact.",
         "GP practices should use the partnership's bruising protocol for every non-mobile baby."], "ul"),
     h("Questions to consider", "other"),
     ("questions", ["Do you know who is caring for the babies you see?",
                    "When did you last see a father or partner at a visit?"])],
    ["pdflatex (TeX Live) with **TikZ**, one A4 landscape page, untagged, Latin Modern Sans",
     "**a wheel of seven numbered wedges round a centre disc** ('Child H', '7-minute briefing') with a rounded text "
     "box for each segment placed beside its wedge (1-3 right, 4 below, 5-7 left: clockwise from the top) and a line from the wedge to its box",
     "each box headed by its number and title ('1 Background' .. '7 Questions to consider'); bullets in boxes 4 to 6"],
    body_from=1, columns=True)

# ---------- 2. Harrowden Vale: SILP review with key practice episodes (pandoc markdown -> ODT -> LibreOffice)
B_BG, B_EV, B_AN = story("Child B", "he", [
    "Child B was thirteen when he was admitted to hospital after taking an overdose of his mother's medication in "
    "November 2024. He lived with his mother and younger sister in Harrowden Vale.",
    "Child B's father had left the family home in 2022 after a period of domestic abuse. Child B had contact with him "
    "at weekends until the summer of 2024, when the contact stopped.",
    "In the months before the overdose Child B's school attendance fell to sixty per cent and he was excluded for a "
    "day after a fight."],
    ["Each agency saw part of the picture of a boy who was struggling. Nobody brought the parts together."])
HARROWDEN = rep(
    "harrowden-vale-silp-child-b.pdf", "pandoc_odt_lo",
    {"title": "Significant Incident Learning Process Review: Child B", "child_name": "Child B", "review_type": CSPR,
     "area": "Harrowden Vale", "year": 2025, "partnership": "Harrowden Vale Safeguarding Children Partnership",
     "by": "Lead reviewers: Ruth Castellan and Owen Prys", "date": "July 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review was carried out as a local child safeguarding practice review using the Significant Incident "
           "Learning Process. It looks at the help given to Child B and his family in the year before his overdose."),
     h("The SILP process", "methodology"),
     ("p", "Each agency wrote a report on its involvement. The reports were shared with all the participants before a "
           "learning event attended by practitioners and managers, followed by a recall event to test the draft report."),
     ("p", "Child B and his mother met the lead reviewers. Their views are included in the report."),
     h("Family background", "background")] + B_BG
    + [h("Key practice episodes", "findings", ["background"]),
       ("p", "The learning event agreed four key practice episodes. Each is a period when decisions were made that shaped "
             "what happened next."),
       ("h2", "KPE 1: Contact with his father stops, summer 2024"),
       ("p", "Child B told his teacher that he no longer saw his father. The school recorded the conversation on its "
             "pastoral system but did not share it with the family support worker."),
       ("h2", "KPE 2: School attendance falls, September to October 2024"),
       ("p", "The school's attendance officer sent two letters and made one home visit. Child B's mother said he had "
             "headaches. The school nurse was not asked to see him."),
       ("h2", "KPE 3: The exclusion, October 2024"),
       ("p", "Child B was excluded for one day after a fight. No one asked him why he had been fighting, and the "
             "reintegration meeting was held with his mother alone.")]
    + [h("Analysis", "findings")] + B_AN
    + [h("What went well", "good_practice"),
       items("good_practice", [
           "The school's pastoral lead knew Child B well and kept a detailed record of what he said.",
           "The hospital's mental health liaison team saw Child B within four hours and involved his mother in the plan."],
             "ul"),
       h("Learning", "learning"),
       items("learning", [
           "The loss of contact with a parent can be a significant event in a child's life and should be explored with the child.",
           "Falling attendance is a safeguarding signal as well as an education issue.",
           "A child's behaviour at school may be telling adults something about how the child is feeling."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "Schools should share changes in a child's family circumstances with the family's lead practitioner.",
           "The partnership should update its attendance guidance so that persistent absence triggers a conversation with the child.",
           "The partnership should ask schools to include the child's own account in every exclusion decision."]),
       h("Conclusion", "conclusion")] + conclusion("Child B", "Harrowden Vale Safeguarding Children Partnership"),
    ["pandoc 2.17 markdown -> **ODT (pandoc's own ODT writer and default styles)** -> LibreOffice 7.4 PDF, untagged",
     "title block from pandoc metadata (Title, Subtitle, Author, Date paragraph styles)", "SILP shape: 'The SILP "
     "process', 'Key practice episodes' with 'KPE N: ...' Heading 2 sub-headings", "learning and recommendations "
     "as pandoc ordered lists (LO list numbering), good practice bullets"], body_from=1)

# ---------- 3. Sallowfield: thematic review, four young people (HTML opened in LibreOffice Writer)
SALLOWFIELD = rep(
    "sallowfield-thematic-review-adolescent-neglect.pdf", "lo_html_import",
    {"title": "Thematic Review: Neglect of Adolescents", "child_name": "", "review_type": "other",
     "area": "Sallowfield", "year": 2025, "partnership": "Sallowfield Safeguarding Children Partnership",
     "by": "Independent reviewer: Hannah Oduya", "date": "Published November 2025"},
    [h("Introduction", "introduction"),
     ("p", "This thematic review looks at the help given to four young people aged between thirteen and sixteen who "
           "experienced neglect at home. Each of them came to the attention of the partnership in 2024."),
     h("Scope and method", "methodology"),
     ("p", "The reviewer read the records of each agency, met practitioners in two learning events and spoke with two "
           "of the young people and one parent. The terms of reference are in Appendix 1."),
     h("The young people", "background"),
     ("p", "The young people are described by letters so that they cannot be identified."),
     ("people", [("Young person A", "13", "lived with his father; frequently hungry at school"),
                 ("Young person B", "14", "caring for a parent with alcohol dependency"),
                 ("Young person C", "15", "sofa-surfing after arguments at home"),
                 ("Young person D", "16", "missing health appointments for a long-term condition")]),
     h("Theme 1: Neglect of older children is harder to see", "findings"),
     ("p", "Practitioners described the young people as independent and resourceful. Their ability to cope was taken as "
           "a sign that their needs were met, when in each case it was a response to not being cared for."),
     h("Theme 2: Young carers were not recognised", "findings"),
     ("p", "Young person B was known to the adult substance misuse service as the person who collected her mother's "
           "prescriptions. No one asked whether she was a young carer or offered her an assessment."),
     h("Theme 3: Help ended at sixteen", "findings"),
     ("p", "Young person D's health care moved from children's to adult services on his sixteenth birthday. The new "
           "service wrote to him at an address where he no longer lived."),
     h("Learning", "learning"),
     items("learning", [
         "Neglect of adolescents can look like independence and needs to be asked about directly.",
         "Adult services that see a parent should ask who else lives in the home and whether a child is caring.",
         "Transitions between services are points of risk for neglected young people."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should publish practice guidance on recognising neglect in adolescents.",
         "Adult services should include a question about young carers in every assessment of a parent.",
         "Health providers should agree a transition plan for each young person with a long-term condition by age fifteen."]),
     h("Appendix 1: Terms of reference", "appendix"),
     ("tor", ["How well did agencies recognise neglect of young people aged thirteen and over?",
              "Were young carers identified and offered support?",
              "How were the young people's views sought and used in plans?"]),
     h("Appendix 2: Glossary", "appendix"),
     ("gloss", GLOSS[:3])],
    ["HTML written by the generator **opened in LibreOffice Writer 7.4 with the 'HTML (StarWriter)' import filter** "
     "and exported with writer_pdf_Export (untagged): LO's HTML page style and fonts (Liberation Serif body, h2/h3 "
     "heading styles), the HTML `<title>` a working name", "thematic review of four young people, **no child named**; a "
     "table of the young people (no items)", "'Appendix 1: Terms of reference' numbered questions and 'Appendix 2: "
     "Glossary' a definition list (neither gives items)"])

# ---------- 4. Kelmarsh: recommendations only in an action plan with spanning recommendation cells (WeasyPrint)
K_BG, K_EV, K_AN = story("Child R", "she", [
    "Child R was four when she was found by police in a flat with her mother, who was unconscious after taking drugs. "
    "Child R had not eaten for at least a day.",
    "Child R's mother had been known to the drug and alcohol service since 2021. She had a period of stable treatment "
    "after Child R's birth and relapsed in 2024.",
    "Child R attended nursery until April 2024, when her attendance stopped. The nursery made three attempts to contact "
    "her mother and then removed her from the register."],
    ["The drug and alcohol service knew the mother had relapsed and that she had a young child. It did not tell the "
     "nursery or the health visitor."])
KELMARSH = rep(
    "kelmarsh-lcspr-child-r.pdf", "weasyprint_action_plan_rowspan",
    {"title": "Local Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
     "area": "Kelmarsh", "year": 2026, "partnership": "Kelmarsh Safeguarding Children Partnership",
     "by": "Reviewer: Peter Anselm", "date": "January 2026"},
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned after Child R was found alone with her unconscious mother. She is now safe and "
           "living with her grandmother."),
     h("Background", "background")] + K_BG + K_EV
    + [h("Findings", "findings")] + K_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Relapse by a parent who uses drugs is a time of raised risk for the child and should be shared.",
           "When a young child stops attending nursery, removing her from the register closes a window on her life.",
           "Adult services need to think about the children of the adults they treat."]),
       h("Recommendations and action plan", "recommendations"),
       ("p", "The partnership has accepted the review's recommendations. The actions below will be monitored by the "
             "learning and improvement group."),
       ("plan", [
           ("The drug and alcohol service should tell the child's lead professional when a parent relapses.",
            [("Update the service's safeguarding procedure", "Drug and alcohol service", "March 2026"),
             ("Audit ten cases of relapse for evidence of sharing", "Drug and alcohol service", "September 2026")]),
           ("Early years settings should not remove a child from the register until a welfare check has been made.",
            [("Issue guidance to all early years settings", "Early years team", "April 2026"),
             ("Include the guidance in designated lead training", "Partnership training team", "June 2026")]),
           ("The partnership should raise awareness of hidden harm among practitioners in adult services.",
            [("Run two hidden harm workshops", "Partnership training team", "July 2026"),
             ("Add a hidden harm question to adult assessment forms", "Adult social care", "October 2026")])]),
       h("Conclusion", "conclusion")] + conclusion("Child R", "Kelmarsh Safeguarding Children Partnership"),
    ["WeasyPrint (Debian build), A4, untagged, Liberation Sans", "**recommendations only in the 'Recommendations and "
     "action plan' table Recommendation | Action | Lead | Timescale, each recommendation cell spanning its two action "
     "rows (rowspan=2)**, shaded header row", "learning an ordered list"],
    columns=True)  # truth fix: item pages from the raw text (a spanning cell's lines are not adjacent in -layout text)

# ---------- 5. Thornbury Moss: key lines of enquiry as questions, each with its finding and learning point (python-docx)
C_BG, C_EV, C_AN = story("Child C", "he", [
    "Child C was eleven when he disclosed that he had been sexually abused by an older cousin over two years. He "
    "lived with his mother, stepfather and two younger sisters in Thornbury Moss.",
    "The cousin, then seventeen, often stayed with the family at weekends and looked after the children.",
    "In 2023 Child C's school noticed that he had become withdrawn and referred him to the school counsellor."],
    ["Child C's withdrawal was understood as anxiety about moving to secondary school."])
THORNBURY = rep(
    "thornbury-moss-cspr-child-c.pdf", "python_docx_lo_kloe",
    {"title": "Child Safeguarding Practice Review: Child C", "child_name": "Child C", "review_type": CSPR,
     "area": "Thornbury Moss", "year": 2025, "partnership": "Thornbury Moss Safeguarding Children Partnership",
     "by": "Independent reviewer: Sadia Marchant", "date": "Published October 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review looks at the help given to Child C before he told a teacher about the abuse he had suffered. "
           "Child C and his mother were offered the chance to contribute and his mother met the reviewer.")]
    + [h("Background", "background")] + C_BG + C_EV
    + [h("Key lines of enquiry", "findings"),
       ("p", "The partnership set three key lines of enquiry. Each is set out below with what the review found."),
       ("h2", "KLOE 1: Did practitioners notice the changes in Child C's behaviour?"),
       ("p", "Yes. The school noticed that Child C had become withdrawn and made a referral to the counsellor. The "
             "counsellor's notes record that he did not want to go to his aunt's house."),
       items("learning", ["When a child does not want to be with a particular person, practitioners should ask why."], "lp"),
       ("h2", "KLOE 2: Were the risks from older children in the family understood?"),
       ("p", "No. Practitioners did not think of a teenage relative as a possible source of harm. The cousin was seen "
             "only as a helpful babysitter."),
       items("learning", ["Harmful sexual behaviour by older children in the family is a risk practitioners should "
                          "keep in mind."], "lp"),
       ("h2", "KLOE 3: Was Child C helped to talk about what was happening?"),
       ("p", "Partly. The counsellor built a good relationship with Child C but her sessions ended at the end of the "
             "school year, before he was ready to talk."),
       items("learning", ["Support for a withdrawn child should not end at a fixed point if the cause of the "
                          "withdrawal is not yet understood."], "lp"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should include harmful sexual behaviour within families in its multi-agency training.",
           "Schools should review counselling that ends before a child's concerns are understood."]),
       h("Conclusion", "conclusion")] + conclusion("Child C", "Thornbury Moss Safeguarding Children Partnership")
    + [h("Appendix A: Terms of reference", "appendix"),
       ("tor", ["Did practitioners notice the changes in Child C's behaviour?",
                "Were the risks from older children in the family understood?",
                "Was Child C helped to talk about what was happening?"]),
       h("Appendix B: Glossary", "appendix"),
       ("gloss", GLOSS)],
    ["python-docx DOCX -> LibreOffice 7.4 PDF, untagged, Carlito", "**'Key lines of enquiry': each KLOE a bold "
     "Heading 2 question ('KLOE 1: Did ...?') followed by the finding (opening 'Yes.' / 'No.' / 'Partly.') and a "
     "'Learning point N:' paragraph with a bold lead-in**", "'Appendix A: Terms of reference' restating the KLOE "
     "questions as a numbered list (no items); 'Appendix B: Glossary' a two-column table"])

# ---------- 6. Oakenshaw: learning points in a sidebar box on every body page (Chromium, pages laid out by hand)
F_BG, F_EV, F_AN = story("Baby F", "she", [
    "Baby F was born at thirty-four weeks in February 2024 and spent three weeks in the neonatal unit. She lived with "
    "her parents in a one-bedroom flat in Oakenshaw.",
    "Both parents had grown up in care. Her father had a conviction for violence against a former partner.",
    "At ten weeks Baby F was brought to hospital with bleeding on the brain. Her father later admitted shaking her."],
    ["The father's history was known to the police and probation but not to the midwife or the health visitor."])
OAKENSHAW = rep(
    "oakenshaw-lcspr-baby-f.pdf", "chromium_sidebar_pages",
    {"title": "Local Child Safeguarding Practice Review: Baby F", "child_name": "Baby F", "review_type": CSPR,
     "area": "Oakenshaw", "year": 2025, "partnership": "Oakenshaw Safeguarding Children Partnership",
     "by": "Independent author: Clare Whitlow", "date": "Published June 2025"},
    [("page",),
     h("Introduction", "introduction"),
     ("p", "This review was commissioned after Baby F suffered a serious head injury at ten weeks old. She is now cared "
           "for by her paternal aunt."),
     h("How the review was done", "methodology")] + method("Oakenshaw Safeguarding Children Partnership",
                                                            "Clare Whitlow", "eight")[:2]
    + [("side", ["Parents who grew up in care may need extra support when they become parents themselves."]),
       ("page",),
       h("Background", "background")] + F_BG[:3]
    + [("side", ["A father's history of violence is relevant to every practitioner working with his baby.",
                 "Premature babies are more vulnerable to harm and their parents to stress."]),
       ("page",),
       h("What happened", "findings", ["background"])] + F_EV
    + [h("Analysis", "findings")] + F_AN[:1]
    + [("side", ["Information held by the police and probation should reach the midwife and health visitor."]),
       ("page",),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The police and probation service should share a parent's history of violence with maternity services when a "
           "pregnancy is known.",
           "The partnership should commission support for care-experienced parents in the first year of their baby's life.",
           "Neonatal units should give every family the partnership's coping with crying leaflet before discharge."]),
       h("Conclusion", "conclusion")] + conclusion("Baby F", "Oakenshaw Safeguarding Children Partnership")
    + [("side", ["Coping with a crying baby is a skill every parent should be helped to plan for."])],
    ["Chromium print of hand-laid-out HTML pages (one grid per A4 page, Liberation Sans)", "**a tinted 'Learning points' "
     "sidebar box in a right-hand column on every body page, holding the learning points of that page's text, numbered "
     "on through the report** ('Learning point 1' .. '5'); no learning section in the body", "recommendations an ordered "
     "list; running title in a page header div on pages 2-5"], columns=True)

# ---------- 7. Fenmoor: child-friendly version (SVG pages by rsvg-convert, merged with qpdf)
FENMOOR = rep(
    "fenmoor-cspr-jamie-child-friendly.pdf", "rsvg_svg_pages",
    {"title": "Child Safeguarding Practice Review: Jamie", "child_name": "Jamie", "review_type": CSPR,
     "area": "Fenmoor", "year": 2025, "partnership": "Fenmoor Safeguarding Children Partnership",
     "by": "A version for children and young people", "date": "August 2025"},
    [("page",),
     h("Why did we write this?", "introduction"),
     ("p", "Jamie is twelve. Last year he was hurt at home. Jamie asked us to write a short version of our review so "
           "that other children can read it."),
     h("What happened to Jamie", "background"),
     ("p", "Jamie lived with his mum and her boyfriend. The boyfriend shouted and hit Jamie. Jamie told a dinner lady, "
           "but she did not know what to do next."),
     ("page",),
     h("What did grown-ups do well?", "good_practice"),
     items("good_practice", ["Jamie's teacher listened to him and wrote down what he said.",
                             "The police came quickly when Jamie's neighbour called them."], "ul"),
     h("What have we learned?", "learning"),
     items("learning", ["Every adult in a school needs to know who to tell when a child says they are hurt.",
                        "Children should be asked what they want to happen next.",
                        "Grown-ups should check that a child feels safe after they have told someone."], "ul"),
     ("page",),
     h("What are we going to do now?", "recommendations"),
     items("recommendations", ["We will train all school staff, including dinner staff, in what to do when a child "
                               "tells them something.",
                               "We will make a card for children about who they can talk to."], "ul"),
     h("Who can help?", "other"),
     ("p", "You can talk to a teacher, a school nurse or Childline on 0800 1111.")],
    ["**rsvg-convert (librsvg, cairo) from one SVG per page** written by the generator, merged with `qpdf --empty "
     "--pages`; untagged, DejaVu Sans; text lines wrapped by the generator, one `<text>` per line",
     "child-friendly version: question headings 20 pt in coloured rounded bands; **bullets drawn as filled circles** "
     "(no glyph); first-name child, 'A version for children and young people' subtitle"])

# ---------- 8. Wyrelands: practitioner briefing slides (pdflatex beamer)
WYRELANDS = rep(
    "wyrelands-lcspr-child-s-briefing-slides.pdf", "beamer_slides",
    {"title": "Local Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
     "area": "Wyrelands", "year": 2026, "partnership": "Wyrelands Safeguarding Children Partnership",
     "by": "Practitioner briefing", "date": "February 2026"},
    [("page",),
     h("About the review", "introduction"),
     items("none", ["Child S, aged fifteen, was found to be at risk of criminal exploitation in 2024.",
                    "The review looked at the help given to Child S between 2022 and 2024."], "ul"),
     ("page",),
     h("What happened", "background"),
     items("none", ["Child S moved school three times in two years.",
                    "He was reported missing seven times; each return interview was done by a different worker.",
                    "He was arrested carrying drugs in another county."], "ul"),
     ("page",),
     h("Learning", "learning"),
     items("learning", ["Repeated school moves can leave a child without a trusted adult.",
                        "Return interviews work best when the same worker builds a relationship.",
                        "A child found in possession of drugs far from home should be seen as a possible victim."], "ul"),
     ("page",),
     h("What worked well", "good_practice"),
     items("good_practice", ["The youth worker stayed in touch with Child S after his case was closed."], "ul"),
     ("page",),
     h("Recommendations", "recommendations"),
     items("recommendations", ["The partnership should ensure that return interviews are done by a consistent worker.",
                               "Schools should agree a handover for every child who moves school mid-year.",
                               "The police should make a referral under the national referral mechanism for children "
                               "found carrying drugs out of area."]),
     ("page",),
     h("Questions to consider", "other"),
     ("questions", ["Who is the trusted adult for the children you work with?",
                    "How do you record what a child tells you after a missing episode?"])],
    ["pdflatex **beamer** (default theme, 16:9, `aspectratio=169`), untagged, Latin Modern Sans", "title frame "
     "(title, subtitle 'Practitioner briefing', partnership as institute, date, invented note), then **one frame per "
     "section, the frame title the heading**; itemize with beamer's triangle item marks; recommendations enumerate; "
     "footline 'Wyrelands LCSPR Child S' and 'N / M'"])

REPORTS = [BRAMBLECOTE, HARROWDEN, SALLOWFIELD, KELMARSH, THORNBURY, OAKENSHAW, FENMOOR, WYRELANDS]
