"""Batch 12 (issue 9 point 6, held out, written before it was first run): eight invented reports, content and truth.

Every child, family, area, partnership and person here is invented for software testing. As in batch11_content.py,
each ("page", n) block starts a printed page, so the truth is written from this file alone before anything is rendered;
`batch12.py render` checks afterwards that every heading and item is printed on the page given here.
Block kinds: ("h1", heading, type[, accept_types]), ("p", text), ("quote", text) (a pull quote, no item),
("items", type, [texts], style[, extra columns...]).
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"

# ---------- P1: Pendleford LCSPR Ellis: Chromium, NHS-trust look, coloured sidebar on every page, pull quotes
P1 = {
    "file": "pendleford-lcspr-ellis.pdf", "producer": "chromium",
    "features": ["Chromium; NHS-trust look: a blue sidebar down the left of every page with the partnership, review and child name",
                 "pull quotes from family and practitioners in large italic type between paragraphs (not items)",
                 "learning as bullets under a heading, recommendations as a numbered list", "footer 'Pendleford SCP | Ellis | page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Ellis", "child_name": "Ellis", "review_type": CSPR,
              "area": "Pendleford", "year": 2025, "partnership": "Pendleford Safeguarding Children Partnership"},
    "blocks": [
        ("page", 2),
        ("h1", "Introduction", "introduction"),
        ("p", "Ellis was fourteen years old when he was admitted to hospital after taking an overdose of his mother's medication in "
              "the spring of 2024. He had been out of school for most of the previous year. This review asks how well agencies "
              "understood his world and worked with his mother."),
        ("quote", "\u201cEveryone asked me about school. Nobody asked me how I was.\u201d \u2013 Ellis"),
        ("h1", "Background", "background"),
        ("p", "Ellis lived with his mother and two younger sisters. His mother has a long-term illness and Ellis helped to look after "
              "her. He had been bullied in Year 8 and stopped going to school in the autumn term of Year 9. The school made three "
              "referrals to the early help service and one to the child and adolescent mental health service."),
        ("p", "A family support worker visited the family for six weeks, and the case was closed when Ellis said that things were better."),
        ("page", 3),
        ("h1", "Findings", "findings"),
        ("p", "Ellis's caring role was known to the school but was never assessed. Each referral was treated as a new problem about "
              "school attendance, and the mental health referral was returned because it did not meet the threshold."),
        ("quote", "\u201cWe were all holding a piece of the picture, and nobody put it together.\u201d \u2013 practitioner at the learning event"),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "A child who stops going to school may be telling us that something is wrong at home.",
            "Young carers need an assessment of their own needs, not only of the adult they care for.",
            "A returned mental health referral must be followed by a plan agreed with the family.",
            "Closing a case because a child says things are better needs a check with the people who know the child."], "bullets"),
        ("page", 4),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The school nurse kept in touch with Ellis by text message while he was out of school.",
            "The hospital liaison team met Ellis and his mother together on the day of his admission."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should ask every school to identify young carers and offer each one a young carer's assessment.",
            "Mental health services should agree with the referrer what will happen next when a referral is returned.",
            "Early help services should not close a case without speaking to the school and the child's doctor.",
            "The partnership should review how repeated referrals about the same child are brought together."], "numbered"),
    ],
}

# ---------- P2: Marrowby CSPR Child H: Chromium, serif, recommendations only in an appendix table # | Recommendation | Lead agency | Timescale
P2 = {
    "file": "marrowby-cspr-child-h.pdf", "producer": "chromium",
    "features": ["Chromium; serif body with numbered paragraphs (1.1, 1.2 in the margin)",
                 "body 'Recommendations' section only refers the reader to the appendix",
                 "'Appendix 1: Recommendations' as a numbered table # | Recommendation | Lead agency | Timescale",
                 "learning as a numbered list", "'Appendix 2: Glossary' after it"],
    "cover": {"title": "Child Safeguarding Practice Review: Child H", "child_name": "Child H", "review_type": CSPR,
              "area": "Marrowby", "year": 2024, "partnership": "Marrowby Children's Safeguarding Partnership"},
    "blocks": [
        ("page", 2),
        ("h1", "1. Introduction", "introduction"),
        ("p", "Child H was two years old when she was admitted to hospital in 2023 with burns to her feet. Her mother's partner said that "
              "she had stepped into a hot bath. The injuries were found to be consistent with her feet being held in hot water."),
        ("h1", "2. How the review was carried out", "methodology"),
        ("p", "The reviewer read reports from the health visiting service, the GP practice, the nursery, the police and children's "
              "social care, and met the practitioners at a reflective session. Child H's grandmother contributed to the review."),
        ("h1", "3. Case summary", "background"),
        ("p", "Child H lived with her mother and her mother's partner, who moved into the home in 2022. The nursery recorded two "
              "bruises and a burn to her hand in the six months before her admission. The partner was not known to any agency."),
        ("page", 3),
        ("h1", "4. Analysis", "findings"),
        ("p", "Each injury was recorded and explained, but the explanations were not checked and the records were not read together. "
              "The partner was not seen by any practitioner, and nobody asked who else lived in the home."),
        ("h1", "5. Learning", "learning"),
        ("items", "learning", [
            "Injuries recorded by a nursery need to be read together, not one at a time.",
            "Practitioners should ask who lives in the home whenever a child has an injury.",
            "An explanation for an injury should be checked against what is seen, and by someone with medical knowledge.",
            "A new adult in the household changes the risk to a young child and should be assessed."], "numbered"),
        ("h1", "6. Recommendations", "recommendations"),
        ("p", "The review makes four recommendations to the partnership. They are set out in Appendix 1 with the lead agency and timescale for each."),
        ("page", 4),
        ("h1", "Appendix 1: Recommendations", "recommendations", ["appendix"]),
        ("items", "recommendations", [
            "The partnership should issue guidance to nurseries on keeping a single chronology of a child's injuries.",
            "Health visitors should record the name of every adult living in the household at each contact.",
            "Children's social care should seek a paediatric opinion on any burn to a child under five.",
            "The partnership should audit the use of the injuries protocol in nurseries within a year."], "table",
         ["Marrowby Early Years Service", "Marrowby Community Health Trust", "Children's social care", "Marrowby Children's Safeguarding Partnership"],
         ["3 months", "6 months", "Immediately", "12 months"]),
        ("h1", "Appendix 2: Glossary", "appendix", ["other"]),
        ("p", "CSPR: child safeguarding practice review. Chronology: a list of events in date order."),
    ],
}

# ---------- P3: Thistlebrook LCSPR Noah: Chromium, learning points as icon + text rows, good practice with drawn ticks
P3 = {
    "file": "thistlebrook-lcspr-noah.pdf", "producer": "chromium",
    "features": ["Chromium; learning points as rows of an SVG icon (drawn lightbulb, no glyph) beside the text, no bullet or number",
                 "good practice as rows with a drawn tick icon", "recommendations in rounded coloured cards numbered in a badge",
                 "section headings with a drawn icon before the text"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Noah", "child_name": "Noah", "review_type": CSPR,
              "area": "Thistlebrook", "year": 2026, "partnership": "Thistlebrook Safeguarding Partnership"},
    "blocks": [
        ("page", 2),
        ("h1", "About this review", "introduction"),
        ("p", "Noah was seven weeks old when he died in 2025. He had been sleeping on a sofa with his father, who had been drinking. "
              "Thistlebrook Safeguarding Partnership carried out this review to understand what could be learned about safer sleep "
              "advice and the support given to fathers."),
        ("h1", "What happened", "background"),
        ("p", "Noah was born early and spent two weeks in the neonatal unit. His parents were given safer sleep advice when he went "
              "home, but the advice was given to his mother while his father was at work. The family's cot was in a room that was "
              "too cold to use in winter, and the family had asked their landlord for repairs."),
        ("h1", "What we found", "findings"),
        ("p", "Safer sleep advice was given once, to one parent, and was not repeated when circumstances changed. The father's "
              "drinking was known to his GP but not to the health visitor."),
        ("page", 3),
        ("h1", "What we learned", "learning"),
        ("items", "learning", [
            "Safer sleep advice must be given to both parents and repeated when the baby's circumstances change.",
            "Cold or damp housing can push families into unsafe sleeping arrangements.",
            "A parent's drinking is relevant to safer sleep and should be shared with the health visitor.",
            "Babies born early are at greater risk and their parents need more than one conversation about sleep."], "icons"),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "The neonatal unit gave the family a written safer sleep plan before discharge.",
            "The housing officer visited within a week of the family's complaint."], "ticks"),
        ("h1", "What needs to happen now", "recommendations"),
        ("items", "recommendations", [
            "Health visitors should give safer sleep advice to both parents at every contact in the first three months.",
            "The partnership should ask housing providers to treat a cold room used by a baby as an urgent repair.",
            "GPs should tell the health visitor when a parent of a new baby is drinking at harmful levels."], "cards"),
    ],
}

# ---------- P4: Loughmoyle CMR Child B: HTML -> LibreOffice Writer, tagged; Northern Irish Case Management Review; small-caps headings
P4 = {
    "file": "loughmoyle-cmr-child-b.pdf", "producer": "libreoffice",
    "features": ["HTML opened in LibreOffice Writer, tagged PDF export", "Northern Irish Case Management Review (Safeguarding Board for Northern Ireland, Health and Social Care Trust)",
                 "headings in small caps (font-variant), unnumbered", "'Lessons to be learned' as a lettered list (a), (b), ...",
                 "recommendations as a numbered list", "cover: 'Report of the Case Management Review Panel'"],
    "cover": {"title": "Case Management Review: Child B", "child_name": "Child B", "review_type": "case_management_review",
              "area": "Northern Ireland", "year": 2023, "partnership": "Safeguarding Board for Northern Ireland"},
    "blocks": [
        ("page", 2),
        ("h1", "Introduction", "introduction"),
        ("p", "Child B was nine years old when the Loughmoyle Health and Social Care Trust learned that she had been sexually abused "
              "by a family friend over two years. The Case Management Review Panel was asked to look at how the Trust, the school, "
              "the police and the family's church responded to concerns raised about the friend."),
        ("h1", "Terms of reference", "methodology"),
        ("p", "The panel read the records of each agency from 2020 to 2022, interviewed eleven practitioners and met Child B's mother."),
        ("h1", "Summary of agency involvement", "background"),
        ("p", "The family friend had been investigated in 2015 after an allegation by another child; no charges were brought. In 2021 "
              "Child B's teacher noticed changes in her behaviour and spoke to the designated teacher, who did not make a referral."),
        ("page", 3),
        ("h1", "Analysis", "findings"),
        ("p", "Information about the friend's earlier investigation was held by the police and the Trust but was not available to "
              "the school. The designated teacher saw the change in behaviour as a reaction to the parents' separation."),
        ("h1", "Lessons to be learned", "learning"),
        ("items", "learning", [
            "Changes in a child's behaviour should prompt a question about who the child spends time with.",
            "Designated teachers need support to make referrals when they are unsure.",
            "Information about earlier allegations against an adult should be shared when that adult has contact with children.",
            "Faith groups should have clear safeguarding arrangements and know how to raise concerns."], "lettered"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Trust and the police should agree how information about earlier allegations is shared with schools.",
            "The Education Authority should provide designated teachers with a consultation line for uncertain concerns.",
            "The Safeguarding Board for Northern Ireland should work with faith groups to review their safeguarding policies."], "numbered"),
    ],
}

# ---------- P5: Brinkley Moss rapid review Child J: HTML -> LibreOffice Writer, untagged; multi-agency rapid review document
P5 = {
    "file": "brinkley-moss-rapid-review-child-j.pdf", "producer": "libreoffice",
    "features": ["HTML opened in LibreOffice Writer, untagged PDF", "multi-agency rapid review document with a form-like cover table (Date of incident, Date of rapid review, Notified to the Panel)",
                 "'Agency involvement' as a table Agency | Involvement", "immediate learning as bullets",
                 "actions in a table Action | Owner | By when", "decision on whether to hold an LCSPR"],
    "cover": {"title": "Rapid Review: Child J", "child_name": "Child J", "review_type": "other",
              "area": "Brinkley Moss", "year": 2025, "partnership": "Brinkley Moss Safeguarding Children Partnership"},
    "blocks": [
        ("page", 2),
        ("h1", "Summary of the serious incident", "background", ["introduction", "summary"]),
        ("p", "Child J, aged sixteen, was stabbed in a park in March 2025 and needed surgery. He had been reported missing four times in "
              "the previous two months and was believed to be carrying drugs for an older group."),
        ("h1", "Agency involvement", "background", ["methodology"]),
        ("items", "none", [], "agency", ["Police", "Children's social care", "Youth justice service", "School"],
         ["Four missing episodes; two return home interviews offered, one completed.",
          "Referral in January 2025; assessment open at the time of the incident.",
          "Out of court disposal in 2024 for possession of cannabis.",
          "Attendance 48%; on a reduced timetable since November 2024."]),
        ("h1", "Immediate learning identified", "learning"),
        ("items", "learning", [
            "Missing episodes were not linked to the risk of criminal exploitation.",
            "The reduced timetable left Child J unsupervised for most of each school day.",
            "The youth justice service did not know that an assessment by children's social care was open."], "bullets"),
        ("page", 3),
        ("h1", "Good practice identified", "good_practice"),
        ("items", "good_practice", [
            "The youth worker who had built a relationship with Child J visited him in hospital the next day."], "bullets"),
        ("h1", "Decision and rationale", "conclusion", ["other"]),
        ("p", "The rapid review panel agreed that the criteria for a local child safeguarding practice review are met, because the "
              "learning about reduced timetables and exploitation is relevant across the partnership. The National Panel agreed."),
        ("h1", "Actions agreed", "recommendations"),
        ("items", "recommendations", [
            "Hold a strategy discussion after a child's second missing episode in a month.",
            "Review every child on a reduced timetable for longer than six weeks.",
            "Give the youth justice service access to children's social care records of open assessments."], "actions",
         ["Police and children's social care", "Education", "Children's social care"], ["May 2025", "June 2025", "July 2025"]),
    ],
}

# ---------- P6: Sedgecombe CSPR Mia: a Google Docs HTML export (class-styled spans, lst-kix lists, hidden page-break hr) -> Chromium
P6 = {
    "file": "sedgecombe-cspr-mia.pdf", "producer": "chromium",
    "features": ["Google Docs 'Download as HTML' export (c1..c9 classes, Title / Subtitle paragraphs, h1/h2 with h.xxxx ids, lst-kix lists, page breaks as hidden hr) printed by Chromium",
                 "no cover page: title and subtitle at the top of page 1", "Heading 2 sub-sections inside Findings",
                 "learning and recommendations as Google Docs lists (bullets and numbers drawn from list-style)"],
    "cover": {"title": "Child Safeguarding Practice Review: Mia", "child_name": "Mia", "review_type": CSPR,
              "area": "Sedgecombe", "year": 2026, "partnership": "Sedgecombe Safeguarding Children Partnership"},
    "blocks": [
        ("page", 1),
        ("h1", "Introduction", "introduction"),
        ("p", "Mia was four years old when she was found to have serious tooth decay and to be severely underweight. She had not "
              "been seen by a health professional for two years, and the family had moved house three times in that period."),
        ("h1", "Background", "background"),
        ("p", "Mia lived with her father, who was a single parent, and her older brother. Her father had depression and was "
              "struggling with debt. The family were known to the health visiting service until Mia was two years old."),
        ("page", 2),
        ("h1", "Findings", "findings"),
        ("h2", "Finding one: moves between areas"),
        ("p", "Each move took the family into a new health visiting team, and the records did not follow them."),
        ("h2", "Finding two: not being brought to appointments"),
        ("p", "Mia was not brought to five health appointments. Each was recorded as 'did not attend' and nobody followed it up."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "When a young child is not brought to appointments, the question is why, and who will find out.",
            "Health records must move with a family from one area to another.",
            "A single parent with depression may need help to meet a young child's health needs."], "bullets"),
        ("page", 3),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Health services should replace 'did not attend' with 'was not brought' for children and follow up each one.",
            "The partnership should agree a protocol for transferring health records when a family moves between areas.",
            "Adult mental health services should ask about children in the home at every review."], "numbered"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Mia is now living with her aunt and her health is improving. Her father has been supported to keep in regular contact."),
    ],
}

# ---------- P7: Kenniford LCSPR Child P: hand-written DOCX, Heading 1 numbered 'Section N -' by Word numbering, LibreOffice untagged
P7 = {
    "file": "kenniford-lcspr-child-p.pdf", "producer": "libreoffice",
    "features": ["DOCX written by hand (WordprocessingML), converted by LibreOffice, untagged",
                 "Heading 1 numbered 'Section 1 -', 'Section 2 -' by Word list numbering on the style (the label is not text)",
                 "Title / Subtitle paragraphs on the cover", "learning as Word bullets, recommendations as a Word numbered list '1)'",
                 "header 'OFFICIAL-SENSITIVE', footer 'Kenniford LCSPR Child P'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
              "area": "Kenniford", "year": 2024, "partnership": "Kenniford Safeguarding Children Partnership"},
    "cover_lines": ["Kenniford Safeguarding Children Partnership", "Local Child Safeguarding Practice Review: Child P",
                    "Published: 9 September 2024", "Independent reviewer: Hannah Okafor-Lisle"],
    "blocks": [
        ("page", 2),
        ("h1", "Section 1 - Introduction", "introduction"),
        ("p", "Child P was twelve years old when she disclosed that she had been sexually abused by an adult she met through an online "
              "game. The adult had persuaded her to send images and then to meet him. This review considers how agencies responded."),
        ("h1", "Section 2 - Methodology", "methodology"),
        ("p", "The review used a systems approach. Practitioners from the school, police, children's social care and the child and "
              "adolescent mental health service took part in a learning event."),
        ("h1", "Section 3 - Background", "background"),
        ("p", "Child P lived with her mother and stepfather. She had an autism diagnosis and few friends at school, and she spent "
              "many hours each evening playing online games."),
        ("page", 3),
        ("h1", "Section 4 - Findings", "findings"),
        ("p", "The school had taught online safety lessons, but they were not adapted for pupils with autism. The first report by "
              "Child P's mother to the police was recorded as a lost phone, not as online grooming."),
        ("h1", "Section 5 - Learning", "learning"),
        ("items", "learning", [
            "Online safety teaching needs to be adapted for children with autism and other additional needs.",
            "Reports from parents about contact with unknown adults online must be treated as possible grooming.",
            "Children who are isolated at school may be more vulnerable to adults who offer friendship online."], "bullets"),
        ("h1", "Section 6 - Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should commission online safety materials adapted for children with autism.",
            "The police should review how call handlers record reports of online contact with a child.",
            "Schools should include online friendships in the support plans of pupils who are isolated."], "numbered"),
    ],
}

# ---------- P8: Ashby Wold SCR Child D: hand-written LaTeX article, untagged, small-caps unnumbered headings, title page
P8 = {
    "file": "ashby-wold-scr-child-d.pdf", "producer": "pdflatex",
    "features": ["hand-written LaTeX (article class, pdflatex, untagged)", "separate title page (titlepage) with 'Overview Report'",
                 "unnumbered section headings set in small caps (\\textsc)", "learning as a description list with small-caps run-in labels 'Learning point N'",
                 "recommendations enumerate labelled 'R.1', 'R.2'", "footer page numbers only"],
    "cover": {"title": "Serious Case Review: Child D - Overview Report", "child_name": "Child D", "review_type": SCR,
              "area": "Ashby Wold", "year": 2020, "partnership": "Ashby Wold Local Safeguarding Children Board"},
    "blocks": [
        ("page", 2),
        ("h1", "Introduction", "introduction"),
        ("p", "Child D was six months old when he was taken to hospital with a broken arm and older fractures to his ribs in 2019. "
              "His parents were both nineteen and had been care leavers. The Ashby Wold Local Safeguarding Children Board decided "
              "that the criteria for a serious case review were met."),
        ("h1", "Process of the review", "methodology"),
        ("p", "The review was led by an independent author with a panel of senior managers. Agencies provided chronologies and the "
              "author met the practitioners who had worked with the family."),
        ("h1", "The family", "background"),
        ("p", "Both parents had left care at eighteen and lived in a flat provided by the leaving care service. Neither had family "
              "support. The father had a history of self-harm and of angry outbursts at his previous placement."),
        ("page", 3),
        ("h1", "Analysis", "findings"),
        ("p", "The leaving care service and the health visitor each saw the family regularly but did not speak to each other. The "
              "father's history was known to the leaving care service and was not shared with health."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Care leavers who become parents need a plan that joins up leaving care support and health visiting.",
            "A parent's own history in care, including any violence, is relevant to the safety of a baby.",
            "Young parents without family support need practical help at night and at weekends."], "description"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The leaving care service should tell the health visitor when a care leaver is expecting a baby.",
            "The Board should ask agencies to include care leavers who are parents in their early help offer.",
            "Health visitors should offer additional contacts to parents under twenty-one without family support."], "enum"),
    ],
}

REPORTS = [P1, P2, P3, P4, P5, P6, P7, P8]
PAGES = {"pendleford-lcspr-ellis.pdf": 4, "marrowby-cspr-child-h.pdf": 4, "thistlebrook-lcspr-noah.pdf": 3, "loughmoyle-cmr-child-b.pdf": 3,
         "brinkley-moss-rapid-review-child-j.pdf": 3, "sedgecombe-cspr-mia.pdf": 3, "kenniford-lcspr-child-p.pdf": 3, "ashby-wold-scr-child-d.pdf": 3}
