"""Batch 11 (issue 9 point 6, held out, written before it was first run): eight invented reports, content and truth.

Every child, family, area, partnership and person here is invented for software testing. Pages are set by the
content itself (each ("page", n) block starts a new printed page), so the truth is written from this file alone,
before anything is rendered; `batch11.py render` checks afterwards that each heading and item is printed on the
page given here. Footnotes are written inline as ^[text]. The renderers (one look per report) are in batch11.py.
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"

# ---------- R1: Hollowmere LCSPR Child G: Writer flat ODT, tagged; automatic outline numbering; real TOC; footnotes
R1 = {
    "file": "hollowmere-lcspr-child-g.pdf", "producer": "libreoffice",
    "features": ["flat ODT by hand, LibreOffice tagged PDF export", "Heading 1 / Heading 2 numbered by Writer's outline numbering ('1.', '1.1'), not typed",
                 "contents page as a real Writer table of contents with dot leaders and page numbers",
                 "executive summary on its own page", "real footnotes at the page foot", "learning and recommendations as Writer numbered lists"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child G", "child_name": "Child G", "review_type": CSPR,
              "area": "Hollowmere", "year": 2025, "partnership": "Hollowmere Safeguarding Children Partnership"},
    "cover_lines": ["Hollowmere Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Child G",
                    "Published: 14 May 2025", "Independent reviewer: Dr Alys Penhaligon"],
    "blocks": [
        ("page", 3),
        ("h1", "Executive summary", "summary", ["introduction"]),
        ("p", "Child G was eleven months old when she was admitted to hospital in 2024 with a fractured skull and bleeding on "
              "the brain. Her parents gave no account of the injuries. This review looked at how agencies worked with the family "
              "during the pregnancy and Child G's first year.^[The review was commissioned under the Working Together guidance in force in 2024.]"),
        ("p", "The review found that the father's history was known to probation but not to the midwife or health visitor, that "
              "two earlier marks on Child G's face were accepted as accidental, and that the family's move between two districts "
              "interrupted health visiting for four months. The learning and recommendations are set out in sections 5 and 6."),
        ("page", 4),
        ("h1", "Introduction", "introduction"),
        ("h2", "Why this review was held"),
        ("p", "The Hollowmere partnership agreed a local review after the rapid review found that more than one agency had "
              "information that was not shared.^[Rapid review meeting, July 2024.]"),
        ("h2", "Terms of reference"),
        ("p", "The review covered the period from the booking appointment in pregnancy to Child G's admission to hospital."),
        ("h1", "Methodology", "methodology"),
        ("p", "The reviewer read agency reports from seven agencies, held two practitioner events and met Child G's maternal "
              "grandmother. The parents declined to take part."),
        ("h1", "Background", "background"),
        ("p", "Child G lived with her mother, who was nineteen, and her father, who was twenty-four. The father had served a "
              "prison sentence for an assault on a former partner and was supervised by probation until early 2024."),
        ("page", 5),
        ("h1", "Learning", "learning", ["findings"]),
        ("p", "The findings of the review lead to the following learning for the partnership."),
        ("items", "learning", [
            "Probation information about a violent partner must reach the midwife before the baby is born.",
            "Any mark on the face of a baby who is not yet crawling needs a child protection medical, whatever the account.",
            "A family's move between districts is a time of higher risk, and the health visiting record must move with them the same week.",
            "Young parents under stress need a practitioner who sees both of them, not only the mother.^[See also the partnership's young parents pathway.]"],
         "numbered"),
        ("page", 6),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should agree a protocol for probation to tell maternity services about any supervised person who is expecting a child.",
            "All agencies should follow the bruising in non-mobile babies protocol for any facial mark.",
            "Health visiting services in both districts should transfer records within five working days of a move.",
            "The partnership should audit how often fathers are seen at health visiting contacts and report to the board within a year."],
         "numbered"),
        ("h1", "Glossary", "appendix", ["other"]),
        ("p", "LCSPR: local child safeguarding practice review. Rapid review: the first meeting held after a serious incident is notified."),
    ],
}

# ---------- R2: Carrow Heath CSPR Isla: hand-written DOCX (Word-like), untagged; roman numeral headings; labels generated by list numbering
R2 = {
    "file": "carrow-heath-cspr-isla.pdf", "producer": "libreoffice",
    "features": ["DOCX written by hand (raw WordprocessingML: styles, numbering, header/footer), converted by LibreOffice, untagged",
                 "Heading 1 typed with roman numerals ('I. Introduction', 'IV. Findings')", "findings as question sub-headings (Heading 2)",
                 "learning labels generated by Word numbering ('Learning 1:' is the list label, not text)", "recommendation labels 'R1.' generated by numbering",
                 "header with partnership, footer 'Page N'"],
    "cover": {"title": "Child Safeguarding Practice Review: Isla", "child_name": "Isla", "review_type": CSPR,
              "area": "Carrow Heath", "year": 2024, "partnership": "Carrow Heath Children's Safeguarding Partnership"},
    "cover_lines": ["Carrow Heath Children's Safeguarding Partnership", "Child Safeguarding Practice Review: Isla", "Final report",
                    "Date of publication: 3 October 2024", "Lead reviewer: Marcus Oyelaran"],
    "blocks": [
        ("page", 2),
        ("h1", "I. Introduction", "introduction"),
        ("p", "Isla was six years old when she was found to have been neglected over a long period. She was underweight, had "
              "untreated tooth decay and had missed most of her reception year at school. She now lives with her aunt."),
        ("h1", "II. The review process", "methodology"),
        ("p", "The review used a systems approach. Practitioners from school, health, housing and children's social care met "
              "twice with the lead reviewer. Isla's aunt contributed her views."),
        ("h1", "III. Isla and her family", "background"),
        ("p", "Isla lived with her mother and two younger brothers in temporary accommodation. Her mother had depression and "
              "was often unable to get the children up in the morning. The family moved three times in eighteen months."),
        ("page", 3),
        ("h1", "IV. Findings", "findings"),
        ("h2", "Was Isla's absence from school seen as a safeguarding concern?"),
        ("p", "Isla's attendance was 41% in her reception year. The school sent letters but no one visited the home until the "
              "summer term."),
        ("h2", "Did the moves between temporary addresses hide the neglect?"),
        ("p", "Each move closed one health visiting record and opened another, and the dental referral was lost."),
        ("h2", "How well was the mother's depression understood?"),
        ("p", "The GP treated the mother's depression but did not ask who was caring for the children when she could not."),
        ("h1", "V. Learning", "learning"),
        ("items", "learning", [
            "Poor attendance of a young child is a sign that the child may not be getting basic care.",
            "Families in temporary accommodation need one lead practitioner who stays with them through each move.",
            "When a parent has depression, practitioners should ask how the children's daily needs are met."],
         "wordnum"),
        ("page", 4),
        ("h1", "VI. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Schools should make a home visit when a child in reception or year one misses ten days in a term.",
            "The housing service should tell children's services and health visiting of every move of a family with children in temporary accommodation.",
            "GPs should record who cares for the children when treating a parent for depression.",
            "The partnership should check within twelve months that these recommendations have changed practice."],
         "wordnum"),
        ("h1", "VII. Conclusion", "conclusion"),
        ("p", "Isla's neglect built up slowly and no single agency saw all of it. The partnership has accepted all four recommendations."),
    ],
}

# ---------- R3: Afon Lwyd CPR Child U: Welsh child practice review, Chromium; CSS counter numbering; dash-marked lists
R3 = {
    "file": "afon-lwyd-cpr-child-u.pdf", "producer": "chromium",
    "features": ["Welsh concise Child Practice Review, regional safeguarding board; bilingual cover lines",
                 "section numbers printed by CSS counters (::before), not in the HTML text", "lists with en-dash markers (list-style-type string)",
                 "'Statement by Reviewer' and 'Learning event' sections", "footer with the board reference CPR/AL/2023/07 and page N of M via a fixed running element"],
    "cover": {"title": "Concise Child Practice Review: Child U", "child_name": "Child U", "review_type": "child_practice_review",
              "area": "Afon Lwyd", "year": 2023, "partnership": "Afon Lwyd Regional Safeguarding Board"},
    "blocks": [
        ("page", 2),
        ("h1", "Brief outline of circumstances resulting in the review", "introduction", ["background"]),
        ("p", "Child U, a boy aged fifteen, was taken to hospital in 2022 after taking an overdose of his mother's medication. "
              "He had been known to children's services since he was eight because of domestic abuse in the home."),
        ("h1", "Practice and organisational learning", "learning"),
        ("p", "The review identified the following learning for agencies in the region:"),
        ("items", "learning", [
            "Child U's self-harm was treated as a health matter and not linked to what was happening at home.",
            "Practitioners spoke to Child U's mother about him but rarely spoke to Child U alone.",
            "The move from the children's to the adult mental health service left a gap of three months with no worker.",
            "Schools were not invited to the strategy discussions although they saw Child U every day."],
         "dash"),
        ("page", 3),
        ("h1", "Improving systems and practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the board and its member agencies:"),
        ("items", "recommendations", [
            "The board should seek assurance that children who self-harm are asked about their home life at every contact.",
            "Agencies should make sure every child open to them is seen alone and their wishes recorded.",
            "Health boards should agree a joint plan for young people moving between child and adult mental health services.",
            "The local authority should invite the school to every strategy discussion about a child of school age."],
         "dash"),
        ("h1", "Statement by reviewer", "other", ["conclusion"]),
        ("p", "I make the following statement prior to my involvement with this learning review: I have not been directly "
              "concerned with the child or family, and I have had no line management of the practitioners involved."),
        ("h1", "Learning event", "methodology", ["other"]),
        ("p", "Twelve practitioners from health, education, police and social care took part in a learning event in March 2023."),
    ],
}

# ---------- R4: Saltcote LCSPR Sam: pandoc -> pdflatex, twocolumn; question sub-sections; footnotes
R4 = {
    "file": "saltcote-lcspr-sam.pdf", "producer": "pdflatex",
    "features": ["pandoc -> pdflatex, article class with classoption twocolumn (the whole body in two columns)",
                 "numbered sections from --number-sections ('1 Introduction'), unnumbered 'Executive summary'",
                 "findings as '4.N' sub-sections phrased as questions", "real LaTeX footnotes", "title block on page 1, no cover page"],
    "columns": True,
    "cover": {"title": "Local Child Safeguarding Practice Review: Sam", "child_name": "Sam", "review_type": CSPR,
              "area": "Saltcote", "year": 2026, "partnership": "Saltcote Safeguarding Children Partnership"},
    "blocks": [
        ("page", 1),
        ("h1", "Executive summary", "summary", ["introduction"]),
        ("p", "Sam, a boy of thirteen, was seriously injured in 2025 when he was stabbed by an older youth who had been "
              "exploiting him to sell drugs. Sam had been excluded from two schools and had been missing from home eleven times."),
        ("p", "This review asks why the signs of exploitation were not acted on together, and what the partnership should change."),
        ("h1", "Introduction", "introduction"),
        ("p", "The review was agreed by the Saltcote partnership after a rapid review in May 2025.^[The rapid review was held within fifteen working days of the notification.]"),
        ("h1", "Methodology", "methodology"),
        ("p", "An independent reviewer read agency chronologies, met practitioners and talked with Sam and his father."),
        ("page", 2),
        ("h1", "Background", "background"),
        ("p", "Sam lived with his father and older sister. His mother died when he was nine. After a permanent exclusion in "
              "year seven he attended a pupil referral unit for two hours a day."),
        ("h1", "Findings", "findings"),
        ("h2", "Why were the missing episodes not linked?"),
        ("p", "Each missing episode was recorded by the police as a separate event and the return interviews were done by "
              "different workers.^[Four of the eleven return interviews were not offered.]"),
        ("h2", "Did exclusion increase the risk to Sam?"),
        ("p", "The exclusion left Sam without a school place for six weeks, during which he was first seen with the older youth."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Repeated missing episodes are a sign of exploitation until shown otherwise.",
            "Exclusion from school removes a protective adult from a child's day.",
            "Return interviews are more useful when the same worker does them each time."],
         "enum"),
        ("page", 3),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The police and children's services should review together every child missing three times in ninety days.",
            "Schools should consult the exploitation team before permanently excluding a child known to be at risk.",
            "The partnership should commission one service to carry out all return interviews for a child."],
         "enum"),
    ],
}

# ---------- R5: Glenrothie Learning Review Eilidh: Scottish learning review; Writer flat ODT, untagged, two-column section
R5 = {
    "file": "glenrothie-learning-review-eilidh.pdf", "producer": "libreoffice",
    "features": ["Scottish Learning Review (2021 national guidance) for a Child Protection Committee and Chief Officers Group",
                 "flat ODT, LibreOffice untagged; the body in a two-column Writer section",
                 "'Key learning themes', 'Effective practice', 'Suggested strategies for improving practice and systems'",
                 "themes as bold numbered paragraphs 'Theme 1 –' (typed), strategies as a numbered list"],
    "columns": True,
    "cover": {"title": "Learning Review: Eilidh", "child_name": "Eilidh", "review_type": "learning_review",
              "area": "Glenrothie", "year": 2025, "partnership": "Glenrothie Child Protection Committee"},
    "cover_lines": ["Glenrothie Child Protection Committee", "Learning Review", "Eilidh", "Report to the Chief Officers Group",
                    "Published August 2025"],
    "blocks": [
        ("page", 2),
        ("h1", "Purpose of the learning review", "introduction"),
        ("p", "Eilidh was fourteen when she was sexually exploited by adult men she met online. The Child Protection Committee "
              "decided in 2024 that the circumstances met the criteria for a Learning Review."),
        ("h1", "The review process", "methodology"),
        ("p", "A review team of two independent reviewers used a systemic approach, with practitioner conversations and two "
              "reflective sessions. Eilidh and her mother met the reviewers."),
        ("h1", "Eilidh's story", "background"),
        ("p", "Eilidh lived with her mother and stepfather in a small town. She was looked after at home under a compulsory "
              "supervision order after concerns about neglect. From the age of thirteen she went missing at weekends and was "
              "found in the city with older men."),
        ("h1", "Key learning themes", "learning"),
        ("items", "learning", [
            "Online contact with adults was seen as Eilidh's choice rather than as grooming.",
            "The Child Protection Committee's procedures for children at risk of exploitation were not known to school staff.",
            "Information from the Scottish Children's Reporter Administration was not shared at the interagency referral discussion.",
            "Eilidh's mother asked for help several times and was told Eilidh was old enough to decide."],
         "theme"),
        ("page", 3),
        ("h1", "Effective practice", "good_practice"),
        ("items", "good_practice", [
            "The school nurse built a trusting relationship with Eilidh and kept seeing her during the summer holidays.",
            "Police Scotland's online child abuse unit acted within a day once the messages were found."],
         "bullets"),
        ("h1", "Suggested strategies for improving practice and systems", "recommendations"),
        ("items", "recommendations", [
            "The Child Protection Committee should give all school staff a short guide to its exploitation procedures.",
            "Interagency referral discussions should include the Reporter whenever a child is on a compulsory supervision order.",
            "Agencies should record online contact with unknown adults as a child protection concern.",
            "The Committee should set up a way for parents to raise exploitation concerns directly with a named lead."],
         "numbered"),
    ],
}

# ---------- R6: Fennick Dale SCR Baby O: hand-written LaTeX report class, chapters, learning in shaded boxes
R6 = {
    "file": "fennick-dale-scr-baby-o.pdf", "producer": "pdflatex",
    "features": ["hand-written LaTeX, report class: 'Chapter N' above each chapter title, each chapter on a new page",
                 "separate title page", "learning points only in grey shaded boxes (\\colorbox + \\parbox; no label or marker)",
                 "recommendations labelled 'R1.' by a renewed enumerate label", "fancyhdr header with the short title, footer 'N'"],
    "cover": {"title": "Serious Case Review: Baby O", "child_name": "Baby O", "review_type": SCR,
              "area": "Fennick Dale", "year": 2019, "partnership": "Fennick Dale Local Safeguarding Children Board"},
    "blocks": [
        ("page", 2),
        ("h1", "Introduction", "introduction"),
        ("p", "Baby O died in 2018 at the age of seven weeks. A post-mortem found rib fractures of different ages. His father "
              "was convicted of causing his death."),
        ("p", "The Fennick Dale Local Safeguarding Children Board commissioned this serious case review in line with Working Together 2015."),
        ("page", 3),
        ("h1", "Background", "background"),
        ("p", "Baby O was born prematurely and spent three weeks in the neonatal unit. His parents had a history of cannabis use "
              "and the father had been cautioned for assaulting a neighbour."),
        ("page", 4),
        ("h1", "Lessons learned", "learning"),
        ("p", "The review identified the following lessons."),
        ("items", "learning", [
            "Discharge planning from the neonatal unit should include both parents and what each knows about caring for a premature baby.",
            "A father's history of violence outside the home is relevant to the risk to a new baby.",
            "Crying in premature babies can be intense; parents need advice on coping with crying before discharge."],
         "shaded"),
        ("page", 5),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The neonatal unit should include both parents in a discharge meeting for every baby going home with concerns noted.",
            "The police should share cautions for violence with health visitors when the person lives with a baby.",
            "The board should make sure every maternity and neonatal service gives parents advice on coping with crying."],
         "renum"),
    ],
}

# ---------- R7: Wrayfield LCSPR Kyle: Chromium; typed '1.' / '1.1' headings; learning in a shaded aside; recommendations table with partnership response
R7 = {
    "file": "wrayfield-lcspr-kyle.pdf", "producer": "chromium",
    "features": ["Chromium print-to-PDF, fixed-height page divs", "headings typed '1.', '2.' with '2.1' sub-headings",
                 "learning as bullets inside a shaded aside with its own caption ('What we learned')",
                 "recommendations in a table No. | Recommendation | Partnership response | Lead, with the response text in its own column",
                 "footnote numbers in superscript with the notes set at the foot of the page"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Kyle", "child_name": "Kyle", "review_type": CSPR,
              "area": "Wrayfield", "year": 2024, "partnership": "Wrayfield Safeguarding Children Partnership"},
    "blocks": [
        ("page", 2),
        ("h1", "1. Introduction", "introduction"),
        ("h2", "1.1 Reason for the review"),
        ("p", "Kyle, who was three, was admitted to hospital in 2023 after swallowing his father's methadone. He recovered."),
        ("h2", "1.2 Scope"),
        ("p", "The review covers the year before the admission.^[The scope was agreed by the partnership's case review group.]"),
        ("h1", "2. Background", "background"),
        ("p", "Kyle lived with his father, who was in a drug treatment programme, and his father's partner. Methadone was "
              "collected daily and kept at home."),
        ("h1", "3. Analysis", "findings"),
        ("p", "Safe storage of methadone was discussed at the start of treatment only, and the treatment service did not know "
              "a young child lived in the home for the first four months."),
        ("page", 3),
        ("h1", "4. Learning", "learning"),
        ("items", "learning", [
            "Adult treatment services need to know about every child who lives with or visits the person they treat.",
            "Safe storage of medicines should be checked at each review, not only at the start of treatment.",
            "The partner of a parent in treatment is part of the safety plan and should be involved in it."],
         "aside"),
        ("h1", "5. Recommendations and the partnership's response", "recommendations"),
        ("items", "recommendations", [
            "The drug and alcohol service should ask about children in the household at every review.",
            "The drug and alcohol service should provide lockable storage boxes to every parent given take-home opioid medication.",
            "Health visitors should be told when a parent of a child under five starts opioid substitution treatment."],
         "restable", [
            "Accepted. The question is now part of the review template used since April 2024.",
            "Accepted. Boxes have been funded for two years and are given out at the first prescription.",
            "Accepted in part. A notification will be sent where the parent consents; a consent audit will follow."],
         ["Drug and alcohol service", "Drug and alcohol service", "Public health nursing"]),
        ("h1", "6. Conclusion", "conclusion"),
        ("p", "Kyle's admission was preventable. The partnership will report on the actions in its annual report."),
    ],
}

# ---------- R8: Marbury Cross CSPR Poppy: pandoc markdown -> standalone HTML (--toc --number-sections) -> Chromium; endnotes
R8 = {
    "file": "marbury-cross-cspr-poppy.pdf", "producer": "chromium",
    "features": ["pandoc markdown -> standalone HTML with --toc --number-sections, printed by Chromium",
                 "long contents list (two levels, numbered) on page 1 under the title", "numbered sections '1 Executive summary' with numbered sub-sections",
                 "pandoc footnotes collected as endnotes after the last section", "recommendations as a markdown numbered list, learning as a bullet list"],
    "cover": {"title": "Child Safeguarding Practice Review: Poppy", "child_name": "Poppy", "review_type": CSPR,
              "area": "Marbury Cross", "year": 2025, "partnership": "Marbury Cross Safeguarding Partnership"},
    "blocks": [
        ("page", 2),
        ("h1", "Executive summary", "summary", ["introduction"]),
        ("p", "Poppy was two when she was found at home with serious burns in 2024. Her mother had left her with a new "
              "boyfriend who had previous convictions for violence.^[The boyfriend was later convicted of grievous bodily harm.]"),
        ("h1", "Introduction", "introduction"),
        ("h2", "Purpose"),
        ("p", "The review seeks to understand what happened and what needs to change."),
        ("h2", "Terms of reference"),
        ("p", "The period reviewed is the twelve months before Poppy's injury."),
        ("h1", "How the review was carried out", "methodology"),
        ("p", "A panel of senior managers oversaw the review; an independent author held interviews with practitioners."),
        ("page", 3),
        ("h1", "Poppy and her family", "background"),
        ("h2", "Family history"),
        ("p", "Poppy lived with her mother and baby brother. Her mother had moved to Marbury Cross from another county to escape domestic abuse."),
        ("h2", "Agency contact"),
        ("p", "The family was known to health visiting and an early help worker. A request under the domestic violence disclosure scheme was not completed.^[The request was closed when the mother did not answer two calls.]"),
        ("h1", "What we found", "findings"),
        ("p", "Early help did not know about the new boyfriend, and the disclosure request was closed without anyone checking why the mother had made it."),
        ("page", 4),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "A disclosure request shows that a parent has doubts about a partner and should prompt a conversation, not be closed.",
            "Early help workers should ask who else looks after the children.",
            "Mothers who have fled domestic abuse may meet a new abusive partner quickly and need support to judge risk."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The police should not close a disclosure request without speaking to the person who made it.",
            "Early help assessments should record every adult who cares for the children.",
            "Domestic abuse services should offer follow-up support to mothers who move into the area."],
         "numbered"),
    ],
}

REPORTS = [R1, R2, R3, R4, R5, R6, R7, R8]
PAGES = {"hollowmere-lcspr-child-g.pdf": 6, "carrow-heath-cspr-isla.pdf": 4, "afon-lwyd-cpr-child-u.pdf": 3,
         "saltcote-lcspr-sam.pdf": 3, "glenrothie-learning-review-eilidh.pdf": 3, "fennick-dale-scr-baby-o.pdf": 5,
         "wrayfield-lcspr-kyle.pdf": 3, "marbury-cross-cspr-poppy.pdf": 4}

# ---------- R9 to R11: added after R1-R8 were measured; their truth again written and committed before rendering ----------
# ---------- R9: Stanwick CSPR Child N 7-minute briefing: Chromium, one landscape page of numbered tiles
R9 = {
    "file": "stanwick-cspr-child-n-7-minute-briefing.pdf", "producer": "chromium", "body_from": 1,
    "features": ["7-minute briefing on one A4 landscape page: a 4 x 2 grid of tiles, the first the title tile, the others numbered 1-7",
                 "tile number in a large coloured circle, a separate text element from the tile heading",
                 "short tile headings ('Why it matters', 'What you should do', 'Questions to consider')", "bullets in narrow tiles"],
    "cover": {"title": "Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
              "area": "Stanwick", "year": 2025, "partnership": "Stanwick Safeguarding Children Partnership"},
    "blocks": [
        ("page", 1),
        ("h1", "Background", "background"),
        ("p", "Child N, aged 8, was found to have been sexually abused by a lodger in 2024. The lodger had a previous conviction."),
        ("h1", "Why it matters", "introduction", ["summary", "other"]),
        ("p", "Lodgers and visitors can have unsupervised access to children without anyone knowing who they are."),
        ("h1", "Key learning", "learning"),
        ("items", "learning", [
            "Ask who else lives in or often visits the home.",
            "Changes in a child's behaviour at school may be a sign of abuse.",
            "Sexual abuse is rarely disclosed directly by young children."],
         "bullets"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The class teacher recorded Child N's words exactly.",
            "Police and social care held a joint visit the same day."],
         "bullets"),
        ("h1", "What you should do", "recommendations"),
        ("items", "recommendations", [
            "Record the name of every adult living in the household.",
            "Share any concern about a visiting adult with the police.",
            "Use the partnership's sexual abuse practice guidance."],
         "bullets"),
        ("h1", "Questions to consider", "other"),
        ("p", "Do you know who lives with the children you work with? How would you raise a worry about a visitor?"),
        ("h1", "Further information", "other", ["appendix"]),
        ("p", "The full review is on the partnership's website."),
    ],
}

# ---------- R10: Oakhurst LCSPR Riley: hand-written DOCX, LibreOffice tagged; long contents; foreword; learning table; N.M recommendations
R10 = {
    "file": "oakhurst-lcspr-riley.pdf", "producer": "libreoffice",
    "features": ["DOCX written by hand (raw WordprocessingML), LibreOffice tagged PDF export", "contents page of TOC1/TOC2 paragraphs with dot leaders (two levels, 20 lines)",
                 "foreword on its own page", "headings typed '1.' with '1.1' sub-headings", "learning in a two-column table Learning | What this means for practice (items in the first column)",
                 "recommendations as typed '6.1', '6.2' paragraphs", "'Appendix A –' / 'Appendix B –' headings"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Riley - Overview report", "child_name": "Riley", "review_type": CSPR,
              "area": "Oakhurst", "year": 2024, "partnership": "Oakhurst Children's Safeguarding Partnership"},
    "cover_lines": ["Oakhurst Children's Safeguarding Partnership", "Local Child Safeguarding Practice Review: Riley", "Overview report",
                    "Published: 19 November 2024", "Independent reviewer: Priya Castellanos"],
    "blocks": [
        ("page", 3),
        ("h1", "Foreword", "introduction", ["other"]),
        ("p", "On behalf of the Oakhurst partners I thank the practitioners and Riley's grandparents who contributed to this review. "
              "The partners accept its findings in full."),
        ("page", 4),
        ("h1", "1. Introduction", "introduction"),
        ("h2", "1.1 Summary of the incident"),
        ("p", "Riley, aged 5, was admitted to hospital in 2023 severely underweight. He lived with his father, who was a heavy drinker."),
        ("h2", "1.2 Decision to hold a review"),
        ("p", "The rapid review found that several agencies had seen Riley's weight loss."),
        ("h1", "2. The review process", "methodology"),
        ("h2", "2.1 Terms of reference"),
        ("p", "The review looked at the two years before the admission."),
        ("h2", "2.2 Family involvement"),
        ("p", "Riley's grandparents met the reviewer; his father declined."),
        ("page", 5),
        ("h1", "3. Riley's story", "background"),
        ("p", "Riley's mother left the family home when he was three. His father cared for him alone and drank heavily in the evenings."),
        ("h1", "4. Analysis", "findings"),
        ("h2", "4.1 Growth and weight"),
        ("p", "Riley's weight was recorded at three appointments but never plotted on a growth chart."),
        ("h2", "4.2 The father's drinking"),
        ("p", "The GP knew about the father's drinking but did not link it to Riley's care."),
        ("page", 6),
        ("h1", "5. Learning", "learning"),
        ("items", "learning", [
            "Faltering growth in a young child is a sign of possible neglect.",
            "A parent's alcohol misuse affects every child in their care.",
            "Children living with a lone parent who drinks need someone outside the home to notice them."],
         "table", [
            "Plot every weight on a growth chart and act on a downward trend.",
            "Ask what happens to the children when the parent has been drinking.",
            "Schools and nurseries should know which adult to contact when worried."]),
        ("page", 7),
        ("h1", "6. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should issue guidance on recording and plotting children's weight in every health setting.",
            "GPs should consider the impact on children whenever they record a parent's alcohol misuse.",
            "Early years settings should refer any child whose weight is falling to the health visitor."],
         "dotted"),
        ("h1", "Appendix A – Terms of reference", "appendix", ["methodology", "other"]),
        ("p", "The review considered agency involvement from January 2021 to Riley's admission."),
        ("h1", "Appendix B – Glossary", "appendix", ["other"]),
        ("p", "GP: general practitioner. LCSPR: local child safeguarding practice review."),
    ],
}

# ---------- R11: Kirkhaven CSPR Maisie: Chromium; top-level question headings; learning beside large circled numbers
R11 = {
    "file": "kirkhaven-cspr-maisie.pdf", "producer": "chromium",
    "features": ["Chromium print-to-PDF", "every section heading a question ('What happened to Maisie?', 'What must change?')",
                 "learning points as rows with a large circled number drawn beside the text (number and text separate elements)",
                 "recommendations as rows with circled letters A, B, C", "good practice bullets under 'What was done well?'"],
    "cover": {"title": "Child Safeguarding Practice Review: Maisie", "child_name": "Maisie", "review_type": CSPR,
              "area": "Kirkhaven", "year": 2026, "partnership": "Kirkhaven Safeguarding Partnership"},
    "blocks": [
        ("page", 2),
        ("h1", "Why did we carry out this review?", "introduction"),
        ("p", "Maisie, aged 7, was seriously injured in 2025 when her mother's ex-partner attacked the family at home."),
        ("h1", "How was the review carried out?", "methodology"),
        ("p", "An independent reviewer read agency records and met practitioners and Maisie's mother."),
        ("h1", "What happened to Maisie?", "background"),
        ("p", "Maisie's mother had a non-molestation order against her ex-partner. He breached it four times before the attack."),
        ("h1", "What did we find?", "findings"),
        ("p", "Each breach was dealt with by a different police officer and none was shared with Maisie's school."),
        ("page", 3),
        ("h1", "What have we learned?", "learning"),
        ("items", "learning", [
            "Repeated breaches of a protective order are a warning of escalating risk.",
            "Schools need to know when a child's family is at risk from a former partner.",
            "Children in the home are victims of domestic abuse in their own right."],
         "circles"),
        ("h1", "What was done well?", "good_practice"),
        ("items", "good_practice", [
            "The domestic abuse adviser supported Maisie's mother throughout.",
            "Neighbours' calls were answered within minutes on the night of the attack."],
         "bullets"),
        ("h1", "What must change?", "recommendations"),
        ("items", "recommendations", [
            "The police should treat a second breach of a protective order as high risk and review the case.",
            "The police should notify the school of every domestic abuse incident involving a pupil's household.",
            "The partnership should make sure children's views are heard at every risk assessment conference."],
         "letters"),
    ],
}

REPORTS += [R9, R10, R11]
PAGES.update({"stanwick-cspr-child-n-7-minute-briefing.pdf": 1, "oakhurst-lcspr-riley.pdf": 7, "kirkhaven-cspr-maisie.pdf": 3})
