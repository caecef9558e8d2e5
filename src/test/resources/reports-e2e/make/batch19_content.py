"""Batch 19 (issue 9 point 6, ninth fresh held-out batch, written before it was first run): eight invented reports from
mainstream producers (LibreOffice Writer from DOCX and ODT, Chromium, WeasyPrint, pandoc -> pdflatex, ReportLab) in report
templates no earlier batch uses.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch18_content.py (the truth is written by batch13.truth through batch14.for_truth): ("h1", heading, type[, accept]),
("h2", text) a sub-heading (no section of the truth), ("p", text), ("items", type, [texts], style); ("row", theme, learning,
action) one row of a Theme | Learning | Action table (learning and recommendation items); ("pair", found, means) one row of a
What we found | What this means layout (the second cell a learning item); ("rec", label, text) a labelled recommendation
paragraph; ("keylearning", [texts]) an executive summary's key learning bullets that the body restates (not in the truth).
Item texts are without their printed numbers or labels.
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"
CMR = "case_management_review"

# ---------- Y1: Greyfriars Wharf: Chromium; learning summary table Theme | Learning | Action
Y1 = {
    "file": "greyfriars-wharf-lcspr-child-o.pdf", "producer": "chromium, tagged",
    "features": ["Chromium headless print-to-PDF (tagged, Chromium's default); cover page with a grey band, 'Date of publication:' and 'Lead reviewer:'",
                 "sections numbered in the heading text ('1. Introduction'), navy 15 pt", "no separate learning or recommendations "
                 "sections: a 'Summary of learning and actions' table Theme | Learning | Action, each row one learning point and "
                 "the action the partnership agreed (both items), header row shaded", "no running head or footer; the last table row splits over the page break"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child O", "child_name": "Child O", "review_type": CSPR,
              "area": "Greyfriars Wharf", "year": 2025, "partnership": "Greyfriars Wharf Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This review was commissioned by the Greyfriars Wharf Safeguarding Children Partnership after Child O, a girl aged "
              "fourteen, was found with serious injuries after a fall from the balcony of a flat where she had been staying with "
              "adults she had met online. The rapid review in November 2024 agreed that a local child safeguarding practice "
              "review would add to what was already known about the exploitation of girls in the borough."),
        ("h1", "2. How the review was carried out", "methodology"),
        ("p", "The lead reviewer read agency chronologies covering January 2023 to October 2024, met the practitioners in two "
              "reflective sessions, and spoke with Child O and her father. The review set four key lines of enquiry, about "
              "missing episodes, school attendance, information sharing and the family's own voice."),
        ("h1", "3. What happened", "background"),
        ("p", "Child O lived with her father and her younger brother. From the spring of 2023 she went missing eleven times, each "
              "time for one or two nights. Return home interviews were offered on four occasions and took place once. Her school "
              "recorded a fall in attendance to 61% and moved her onto a reduced timetable in the autumn term."),
        ("p", "In the summer of 2024 the police received information that Child O was being given alcohol and cannabis by older "
              "men. A strategy discussion was held, but a section 47 enquiry was not started because Child O said she was safe."),
        ("h1", "4. Summary of learning and actions", "learning", ["findings", "recommendations"]),
        ("p", "The table sets out the learning from this review and the action the partnership has agreed for each theme."),
        ("row", "Missing episodes",
         "Repeated missing episodes are a sign of harm outside the home and need a plan that looks at the pattern, not each night alone.",
         "The partnership should ensure that a child missing three times in ninety days is discussed at the multi-agency exploitation meeting."),
        ("row", "Return home interviews",
         "A return home interview that is offered but not held gives no protection, and the child's reasons for refusing need to be understood.",
         "The local authority should report monthly to the partnership on return home interviews offered, held and declined."),
        ("row", "Reduced timetables",
         "A reduced timetable removes a child from a safe place for part of the day and should be treated as a safeguarding decision.",
         "Schools should tell the designated safeguarding lead and the child's social worker before a reduced timetable begins."),
        ("row", "Hearing the child",
         "When a child says she is safe while the evidence shows otherwise, practitioners need to act on the evidence and keep talking with her.",
         "Police and children's social care should record the reasons when a strategy discussion ends without a section 47 enquiry."),
        ("h1", "5. Conclusion", "conclusion"),
        ("p", "Child O is recovering and now lives with her aunt outside the borough. The partnership thanks her, her father and "
              "the practitioners who gave their time to this review."),
    ],
}

# ---------- Y2: Pentreath Cross: python-docx DOCX -> LibreOffice tagged; findings with lettered recommendations 2a/2b
Y2 = {
    "file": "pentreath-cross-cspr-baby-l.pdf", "producer": "python-docx DOCX -> libreoffice, tagged",
    "features": ["Word document written with python-docx (styles Title, Subtitle, Heading 1, Heading 2, List Number), converted by "
                 "LibreOffice 7.4 with tagged PDF export; Word look (Carlito, blue headings)", "cover page: Title, Subtitle, "
                 "partnership, 'Author:', 'Published: March 2025'", "'Key lines of enquiry' as a numbered Word list (no items)",
                 "'Findings and recommendations' chapter: each 'Finding N: statement' a Heading 2, followed by analysis and "
                 "bold run-in labels 'Recommendation 1a:', 'Recommendation 1b:' (lettered within the finding)",
                 "good practice as Word bullets; header 'OFFICIAL', footer page number"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby L", "child_name": "Baby L", "review_type": CSPR,
              "area": "Pentreath Cross", "year": 2025, "partnership": "Pentreath Cross Safeguarding Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Baby L was nine weeks old when she was taken to hospital with a fractured skull and rib fractures of different ages. "
              "The Pentreath Cross Safeguarding Partnership decided that a child safeguarding practice review should be held. "
              "Baby L is now cared for by her maternal grandparents."),
        ("h1", "Key lines of enquiry", "methodology", ["other"]),
        ("p", "The panel agreed the following key lines of enquiry:"),
        ("items", "none", [
            "How well did agencies understand the risks posed by each parent before Baby L was born?",
            "How were fathers and other male carers included in antenatal and postnatal care?",
            "How did practitioners respond to the bruise seen at the six week check?"], "numbered"),
        ("h1", "Summary of the case", "background"),
        ("p", "Baby L's mother was nineteen and had been in care herself. Her father had convictions for violence towards a "
              "previous partner, which the police knew of but which were not shared with the midwife. The couple lived "
              "together from the seventh month of the pregnancy."),
        ("p", "At the six week check the general practitioner saw a small bruise on Baby L's cheek. The mother said it was "
              "caused by a dummy clip. No referral was made. Three weeks later Baby L was brought to the emergency department "
              "by ambulance."),
        ("h1", "Findings and recommendations", "findings", ["other"]),
        ("h1", "Finding 1: The father was invisible to the services working with the family", "findings"),
        ("p", "Midwifery and health visiting records named the father but recorded nothing about him. Nobody asked about his "
              "history or his part in caring for Baby L, although he was at home at most visits."),
        ("rec", "Recommendation 1a:", "The maternity service should record the name, date of birth and role of every adult living in the household at booking."),
        ("rec", "Recommendation 1b:", "Health visitors should speak with fathers and male carers at the new birth visit and record what they learned."),
        ("h1", "Finding 2: A bruise on a non-mobile baby was not treated as a safeguarding concern", "findings"),
        ("p", "The partnership's bruising protocol says that any bruise on a baby who is not yet mobile must lead to a referral. "
              "The general practitioner was not aware of the protocol and accepted the mother's explanation."),
        ("rec", "Recommendation 2a:", "The integrated care board should remind all general practices of the bruising protocol for non-mobile babies."),
        ("rec", "Recommendation 2b:", "The partnership should audit the use of the bruising protocol in primary care within six months."),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The ambulance crew noticed the older bruising and told the emergency department at handover.",
            "The hospital social worker arranged a placement with the grandparents within one day."], "bullets"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "The partnership accepts the findings and has asked each agency for an action plan by the end of June 2025."),
    ],
}

# ---------- Y3: Kinloch Ardrie: WeasyPrint; Scottish learning review; What we found / What this means side by side
Y3 = {
    "file": "kinloch-ardrie-learning-review-child-s.pdf", "producer": "weasyprint",
    "features": ["WeasyPrint 57 (CSS paged media), untagged", "Scottish Learning Review (Child Protection Committee, Chief "
                 "Officers Group); no cover: a title block at the top of page 1", "learning set out as div rows laid out with display: table-row / table-cell (WeasyPrint 57 has no CSS grid), "
                 "'What we found' left on a tint and 'What this means for practice' right beside a rule (the right cell the learning "
                 "point), no table markup", "'Areas for development' as a numbered list", "'Page N of M' at the bottom right"],
    "cover": {"title": "Learning Review: Child S", "child_name": "Child S", "review_type": LR, "area": "Kinloch Ardrie",
              "year": 2024, "partnership": "Kinloch Ardrie Child Protection Committee"},
    "body_from": 1,
    "blocks": [
        ("h1", "Purpose of the review", "introduction"),
        ("p", "Kinloch Ardrie Child Protection Committee commissioned this learning review in line with the national guidance for "
              "learning reviews. Child S, a boy aged seven, was admitted to hospital in January 2024 severely underweight after "
              "a long period of neglect. The Chief Officers Group endorsed the review in March 2024."),
        ("h1", "Background", "background"),
        ("p", "Child S lived with his mother and his two older sisters in a rural part of the area. His mother had long-standing "
              "depression. The family was known to the health visiting service and to the school, and had been referred to the "
              "Reporter once, in 2021, when Child S was not brought to a hospital appointment."),
        ("p", "During 2023 the school saw Child S arrive hungry on most days and gave him breakfast. Staff did not share this with "
              "the named person service because they saw it as support rather than a concern."),
        ("h1", "What we found", "learning", ["findings"]),
        ("pair", "The school fed Child S every morning for most of a year and recorded it as support.",
         "Meeting a child's basic needs in school can hide neglect at home; a pattern of hunger should be shared as a wellbeing concern."),
        ("pair", "His mother's depression was treated by adult services who did not know she cared for three children.",
         "Adult services need to ask about the children in the household and think about how a parent's illness affects their care."),
        ("pair", "No single agency weighed Child S, and his weight was last recorded when he started school.",
         "Growth is one of the clearest signs of neglect and should be measured when there are concerns about a child's care."),
        ("h1", "Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "The school nurse visited the home quickly once the head teacher raised concerns.",
            "The paediatric team involved the mother in the plan for Child S's recovery."], "bullets"),
        ("h1", "Areas for development", "recommendations"),
        ("items", "recommendations", [
            "The Child Protection Committee should issue guidance to schools on recording and sharing concerns about hunger.",
            "NHS Kinloch Ardrie should ensure that adult mental health assessments record the children a patient cares for.",
            "The Committee should promote the use of the neglect toolkit in every school in the area."], "numbered"),
    ],
}

EPISODES = [
    ("Practice episode 1: Pregnancy and birth", [
        "Ms Ward booked with the midwifery service at fourteen weeks of pregnancy. She told the midwife that she had used "
        "cannabis daily until she found out she was pregnant and that her partner, Mr Doyle, was supportive. The midwife "
        "completed the routine enquiry about domestic abuse while Mr Doyle was in the room; Ms Ward said there was none.",
        "The police held records of three incidents between Ms Ward and Mr Doyle in 2015, all graded as standard risk. These were "
        "not known to the midwife, as there was no routine check with the police at booking. At thirty weeks Ms Ward missed two "
        "appointments and was visited at home; she was well and the pregnancy was progressing normally.",
        "Child E was born at thirty-eight weeks. The postnatal ward recorded that Mr Doyle was 'very protective' and would not "
        "leave the bedside, which staff saw as a sign of a caring father rather than a possible sign of control."]),
    ("Practice episode 2: The first year", [
        "The health visitor completed the new birth visit at twelve days and the six to eight week review on time. At both "
        "contacts Mr Doyle answered most of the questions. The health visitor offered Ms Ward a contact on her own, which she "
        "declined. The family was placed on the universal service.",
        "At seven months Child E was taken to the emergency department with a burn to his hand, which his parents said had "
        "happened when he touched a radiator. The explanation was accepted. The hospital sent a notification to the health "
        "visitor, who rang Ms Ward and was told that all was well.",
        "In the same month a neighbour called the police to report shouting from the flat. Officers attended, spoke to both "
        "adults together and recorded that there was a baby present and asleep. A notification was sent to children's social "
        "care, where it was screened and closed with no further action, as the family was not known."]),
    ("Practice episode 3: Nursery and the move", [
        "Child E started at a private nursery at fourteen months. Nursery staff noted that he was often hungry at arrival and "
        "that he flinched when adults raised their voices. They discussed this with Ms Ward, who said that he was a poor sleeper. "
        "The nursery did not make a referral but began a log of its observations.",
        "In the summer of 2018 the family moved to a privately rented house in the north of the county. The health visiting "
        "record was transferred after six weeks; the nursery place ended without a transfer of the log to any other setting. "
        "The new general practice registered the family but did not receive the child's records for three months.",
        "Child E was not brought to a developmental review arranged by the new health visiting team. Two letters were sent. The health visiting service closed the contact "
        "as 'did not attend' and, in line with the policy at that time, took no further action."]),
    ("Practice episode 4: The weeks before the incident", [
        "In October 2018 Ms Ward told her general practitioner that she was feeling low and not sleeping. She was prescribed an "
        "antidepressant. She did not mention Child E, and the general practitioner did not ask about the children in the home.",
        "Three weeks later Child E was brought to hospital by ambulance with a head injury. Mr Doyle said that the child had "
        "fallen from a sofa. The injuries were not consistent with the account, and a child protection medical found older "
        "bruising and healing fractures. The police began a criminal investigation and children's social care started a "
        "section 47 enquiry the same day."]),
]

ANALYSIS_EXTRA = [
    ("h2", "Seeing the mother alone"),
    ("p", "Every agency that met Ms Ward in the first year met her with Mr Doyle present. The midwife, the health visitor, the "
          "emergency department and the police officers who attended the flat all asked their questions in front of him. Ms "
          "Ward told the review that she would not have answered differently if he had been absent, because she did not yet see "
          "what was happening as abuse, but that she might have begun to think about it."),
    ("p", "The review found no policy in any agency that required a mother to be seen alone at a set point. Practitioners relied "
          "on finding a moment, and in a household where one adult controls the other such moments do not come by chance."),
    ("h2", "Explanations for injuries"),
    ("p", "The burn at seven months was accepted as an accident by a busy emergency department on a Saturday evening. The doctor "
          "recorded the explanation but did not record whether it fitted the pattern of the burn. The notification to the health "
          "visitor said 'accidental burn, advice given', and the health visitor had no reason to doubt it."),
    ("p", "Practitioners at the learning event said that it feels unkind to question a parent's account when a baby has just "
          "been hurt. The review understands this, but an account that is tested and found to fit is also the best protection "
          "for parents who have done nothing wrong."),
    ("h2", "Information lost in transition"),
    ("p", "The family's move in the summer of 2018 was a turning point. The nursery log stayed in a drawer, the health visiting "
          "record took six weeks to arrive, and the general practice received the child's records after three months. For that "
          "time nobody who knew Child E was in contact with the family."),
    ("p", "The review found that each transfer followed the rules of the agency that made it. The rules themselves did not "
          "recognise that a move is often a sign of change in a family, and sometimes a way of avoiding scrutiny."),
    ("h2", "The voice and daily life of Child E"),
    ("p", "Very little is recorded about what life was like for Child E. The nursery's observations that he was hungry and that "
          "he flinched at raised voices are the clearest account of his experience, and they were never seen by anyone who "
          "could act on them. Records from other agencies describe his development in terms of milestones rather than of his "
          "day-to-day life at home."),
    ("h1", "Views of the family", "other", ["background"]),
    ("p", "Ms Ward met the independent author twice. She said that she wanted the review to help other young mothers to be "
          "asked the right questions at the right time, by someone they could trust. She said that she had liked her health "
          "visitor and wished that she had been able to tell her what was happening at home."),
    ("p", "Ms Ward's mother, Child E's grandmother, now shares his care. She told the review that the family had noticed Ms Ward "
          "becoming isolated but did not know who to tell."),
]

# ---------- Y4: Thornleigh: pandoc -> pdflatex long report: contents, running heads, footnotes, ToR and glossary appendices
Y4 = {
    "file": "thornleigh-scr-child-e.pdf", "producer": "pandoc -> pdflatex", "body_from": 3,
    "features": ["pandoc 2.17 markdown -> pdflatex (report class, 11 pt, Latin Modern), untagged, outline from pandoc's hyperref",
                 "title page (board, title, 'Overview Report', author, 'September 2019'), contents page from --toc (page 2)",
                 "fancyhdr running heads: board left, 'SCR Child E' right, page number centred in the foot",
                 "executive summary with 'Key learning' bullets restated later in the 'Learning' chapter (the truth counts the "
                 "chapter's items only)", "'Practice episode N' sub-headings in the chronology; real LaTeX footnotes",
                 "learning as numbered 'Lesson N' paragraphs, recommendations numbered", "appendices 'Appendix 1: Terms of "
                 "reference' and 'Appendix 2: Glossary' (a definition list)", "long report (about ten pages)"],
    "cover": {"title": "Serious Case Review: Child E",
              "truth_title": "Serious Case Review: Child E|Serious Case Review: Child E - Overview Report",
              "child_name": "Child E", "review_type": SCR, "area": "Thornleigh", "year": 2019,
              "partnership": "Thornleigh Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "Executive summary", "summary", ["introduction", "other"]),
        ("p", "This serious case review concerns Child E, who was twenty-two months old when he suffered a serious head injury at "
              "home in November 2018. He survived but has lasting disabilities. His mother's partner was later convicted of "
              "causing grievous bodily harm.^[The criminal trial concluded in May 2019; the review waited for it to end before "
              "publication.]"),
        ("p", "The review found that the risk posed by the mother's partner was never assessed, because the information that "
              "would have shown it was held by different agencies and never brought together."),
        ("keylearning", [
            "Domestic abuse enquiries need to be made when the mother is alone.",
            "Injuries to babies need an explanation that fits the injury.",
            "Moves of address break the chain of information about a child."]),
        ("h1", "Introduction", "introduction"),
        ("p", "Thornleigh Local Safeguarding Children Board decided in December 2018 that the criteria for a serious case review "
              "were met.^[Regulation 5 of the Local Safeguarding Children Boards Regulations 2006.] The review was led by an "
              "independent author and a panel of senior managers from the agencies that knew the family."),
        ("p", "This report sets out what happened, what the review found and what the Board and its partners will do. It is "
              "written for practitioners and managers across Thornleigh and for the public."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review used the Board's systems model. Each agency provided a chronology and an analysis of its own "
              "involvement. The independent author met twenty-three practitioners in two learning events and interviewed Ms "
              "Ward, Child E's mother, in her home. Mr Doyle declined to take part."),
        ("p", "The period under review ran from the booking appointment in August 2016 to the day of the injury in November 2018. "
              "Events before that period are mentioned where they help to understand the family.^[The police history from "
              "2015 is included for this reason.]"),
        ("h1", "The family", "background", ["other"]),
        ("p", "Child E lived with his mother, Ms Ward, and her partner, Mr Doyle, who is his father. Ms Ward was twenty at his "
              "birth. She had grown up in Thornleigh and had been known to children's services as a teenager, when she was "
              "supported by a youth worker after her own mother's death. Mr Doyle had moved to the area for work in 2014."),
        ("p", "Ms Ward told the review that she loved being a mother but that she felt alone, and that Mr Doyle decided who she "
              "could see and how money was spent. She did not think of this as abuse at the time."),
        ("h1", "Chronology of agency involvement", "background", ["findings", "other"]),
    ] + [b for title, paras in EPISODES for b in [("h2", title)] + [("p", p) for p in paras]] + [
        ("h1", "Analysis", "findings"),
        ("p", "Agencies worked with the family as each saw it: a young mother with a supportive partner, a baby who was growing "
              "well and an ordinary accident. No agency had the whole picture, and none was expected to put the pieces together."),
        ("p", "The review heard that practitioners often feel unable to ask a father or partner to leave the room. Health visitors "
              "said that they had no safe way to do this in a small flat, and that asking could put a mother at risk."),
        ("p", "The transfer of records on a move to another part of the county took weeks. The nursery's log, which held the "
              "most telling observations, went nowhere at all.^[Early years settings had no agreed route for passing on such "
              "records until 2019.]"),
    ] + ANALYSIS_EXTRA + [
        ("h1", "Learning", "learning"),
        ("p", "The review identified the following lessons for the Board and its partners."),
        ("items", "learning", [
            "Routine enquiry about domestic abuse only works when it is made with the mother alone, and services need a way to make that happen.",
            "An injury to a baby who is not yet walking needs an explanation that fits, and the explanation should be tested, not accepted.",
            "A family's move to a new address is a point of risk at which information about a child is most easily lost.",
            "A child who is not brought to health appointments is a child whose needs are not being met, and this should not close a case."], "lesson"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Board should ask the maternity and health visiting services to set out how a mother is seen alone at least once before and after the birth.",
            "Thornleigh Hospitals NHS Trust should audit the response of its emergency department to injuries in children under two.",
            "The Board should agree a protocol for passing early years safeguarding records when a child leaves a setting.",
            "The health visiting service should replace its 'did not attend' closure with a 'was not brought' follow-up."], "numbered"),
        ("h1", "Appendix 1: Terms of reference", "appendix"),
        ("p", "The review was asked to consider how agencies identified and assessed risk to Child E before his birth and in his "
              "first two years; how information was shared between agencies, including when the family moved; how the voice and "
              "lived experience of Child E were understood; and how the mother's experience of control was recognised."),
        ("h1", "Appendix 2: Glossary", "appendix", ["other"]),
        ("p", "Routine enquiry: questions about domestic abuse asked of every pregnant woman, whatever her circumstances."),
        ("p", "Section 47 enquiry: an enquiry by children's social care into whether a child is suffering, or likely to suffer, "
              "significant harm."),
        ("p", "Was not brought: the term used for a child who misses an appointment, since a young child cannot take themselves."),
    ],
}

# ---------- Y5: Ashmore: ReportLab portrait 7-minute briefing: numbered rounded boxes 1-7
Y5 = {
    "file": "ashmore-cspr-child-j-7-minute-briefing.pdf", "producer": "reportlab", "body_from": 1,
    "features": ["ReportLab 3.6 Platypus (python3-reportlab), untagged, no outline; base-14 Helvetica", "portrait 7-minute "
                 "briefing: a title band on page 1, then seven boxes stacked down the page, each a rounded rectangle with its "
                 "number in a filled circle at the left and a bold heading beside it", "the number and heading are separate "
                 "flowables (a Table row), the box drawn as a canvas roundRect", "items as bullets inside boxes 3-5"],
    "cover": {"title": "Child Safeguarding Practice Review: Child J", "child_name": "Child J", "review_type": CSPR,
              "area": "Ashmore", "year": 2025, "partnership": "Ashmore Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Background", "background"),
        ("p", "Child J, a boy of fifteen, was stabbed in a park in Ashmore in March 2025 and survived. He had been excluded from "
              "school in the autumn and was known to youth justice services. This briefing summarises the local child "
              "safeguarding practice review published by the Ashmore Safeguarding Children Partnership."),
        ("h1", "Why it matters", "introduction", ["summary", "other"]),
        ("p", "Permanent exclusion is one of the strongest predictors of serious youth violence. Child J's story shows how quickly "
              "a child can move from the edge of school to the edge of danger."),
        ("h1", "Key learning", "learning"),
        ("items", "learning", [
            "Exclusion from school removes the adults who know a child best at the moment the child most needs them.",
            "Knife carrying by a child is often about fear, and practitioners need to ask what the child is afraid of.",
            "Youth justice and children's social care need a shared plan when a child is both a victim and an offender."], "bullets"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The youth justice worker kept in touch with Child J every week, including in the school holidays.",
            "The emergency department made a safeguarding referral within the hour."], "bullets"),
        ("h1", "What needs to change", "recommendations"),
        ("items", "recommendations", [
            "Schools should hold a multi-agency meeting before any permanent exclusion of a child known to children's social care.",
            "The partnership should agree a single plan for children open to both youth justice and children's social care.",
            "Community safety partners should share intelligence about knife carrying with schools each half term."], "bullets"),
        ("h1", "Questions for practitioners", "other"),
        ("p", "Do you know which of the children you work with are at risk of exclusion? Who would you tell if a child said "
              "he carried a knife for protection? How would you find out who else is working with the family?"),
        ("h1", "Further information", "other", ["appendix"]),
        ("p", "The full report is published on the partnership website, with the partnership's response and action plan. "
              + INVENTED),
    ],
}

# ---------- Y6: Lough Carra: flat ODT -> LibreOffice untagged, no bookmarks; numbered paragraphs, lettered sub-paragraphs
Y6 = {
    "file": "lough-carra-cmr-child-m.pdf", "producer": "libreoffice (flat ODT), untagged, no outline", "body_from": 2,
    "features": ["flat ODT written by hand, LibreOffice 7.4 PDF export with bookmarks off (no outline) and untagged",
                 "Northern Ireland Case Management Review (SBNI, Health and Social Care Trust, 'Independent Chair')",
                 "every paragraph numbered '1.1', '1.2' by typed numbers with a hanging indent; headings '1.0 INTRODUCTION' in "
                 "capitals, bold, body size", "lessons as lettered sub-paragraphs '(a)', '(b)', '(c)' after the lead-in "
                 "paragraph '6.2 The Panel identified the following lessons:'", "recommendations as lettered sub-paragraphs "
                 "'(a)' .. after '7.1'", "footer 'Page N of M', header 'CMR Child M'"],
    "cover": {"title": "Case Management Review: Child M", "child_name": "Child M", "review_type": CMR,
              "area": "Northern Ireland", "year": 2023, "partnership": "Safeguarding Board for Northern Ireland"},
    "blocks": [
        ("h1", "1.0 INTRODUCTION", "introduction"),
        ("np", "1.1", "The Safeguarding Board for Northern Ireland convened this Case Management Review after Child M, a girl "
                      "aged thirteen, took an overdose of her mother's medication in June 2022. She recovered after a period in "
                      "intensive care."),
        ("np", "1.2", "The Review Panel was led by an Independent Chair and included senior staff from the Health and Social "
                      "Care Trust, the Education Authority and the Police Service of Northern Ireland."),
        ("h1", "2.0 TERMS OF REFERENCE", "methodology", ["other"]),
        ("np", "2.1", "The Panel was asked to examine the involvement of agencies with Child M and her family from January 2020 "
                      "to June 2022, and how well Child M's emotional health was understood and supported."),
        ("h1", "3.0 SUMMARY OF THE CASE", "background"),
        ("np", "3.1", "Child M lived with her mother, who had bipolar disorder, and her stepfather. She was referred to child and "
                      "adolescent mental health services in 2021 after disclosing self-harm to a teacher, and waited nineteen "
                      "weeks for a first appointment."),
        ("np", "3.2", "During the wait the school counsellor saw Child M six times. The counsellor's notes were not shared with "
                      "the mental health service because the school had no consent form that covered it."),
        ("h1", "4.0 ANALYSIS", "findings"),
        ("np", "4.1", "The Panel found that each service acted within its own procedures but that no one held the whole picture. "
                      "Child M's mother's illness and the medication kept in the home were never considered together with "
                      "Child M's self-harm."),
        ("h1", "5.0 LESSONS TO BE LEARNED", "learning"),
        ("np", "5.1", "The Panel identified the following lessons:"),
        ("items", "learning", [
            "A child waiting for a mental health service is a child who needs a plan for the wait, agreed by the services already involved.",
            "Access to a parent's medication is a risk to a child who self-harms and should be part of every safety plan.",
            "Consent to share information between a school counsellor and health services should be sought early and recorded."], "lettered"),
        ("h1", "6.0 RECOMMENDATIONS", "recommendations"),
        ("np", "6.1", "The Panel makes the following recommendations:"),
        ("items", "recommendations", [
            "The Health and Social Care Trust should offer every child on the mental health waiting list a named contact and a safety plan.",
            "The Education Authority should issue a model consent form for sharing counselling information with health services.",
            "The SBNI should remind adult mental health services to consider the safe storage of medication where children live in the home."], "lettered"),
    ],
}

# ---------- Y7: Hallbrook: Chromium; each theme a coloured rounded card with 'What we learned' / 'What we recommend'
Y7 = {
    "file": "hallbrook-lcspr-tia.pdf", "producer": "chromium, tagged",
    "features": ["Chromium headless (tagged, Chromium's default), cover page with the child's first name large", "every section "
                 "heading white text in a coloured rounded box (border-radius, h2 elements)", "'Learning themes': each theme a "
                 "rounded card whose heading is the section heading, with a small-capitals 'What we learned' sub-block (the "
                 "learning point) and a 'What we recommend' sub-block (one or two recommendations as bullets)", "no running head or footer"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Tia",
              "truth_title": "Local Child Safeguarding Practice Review: Tia|Tia: A local child safeguarding practice review", "child_name": "Tia", "review_type": CSPR,
              "area": "Hallbrook", "year": 2026, "partnership": "Hallbrook Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "About this review", "introduction"),
        ("p", "Tia was four years old when she died in August 2025 from injuries caused by her mother's partner. This review was "
              "commissioned by the Hallbrook Safeguarding Children Partnership to understand how agencies worked with Tia and "
              "her family and what needs to change."),
        ("h1", "Tia's story", "background"),
        ("p", "Tia lived with her mother and, from early 2025, her mother's new partner. She attended a nursery class three "
              "mornings a week. In May 2025 nursery staff saw a bruise on her arm and made a referral; a social worker visited, "
              "spoke to her mother and closed the case after a single assessment that did not include the partner."),
        ("p", "Tia's attendance at nursery fell to one morning a week in June and July. The nursery tried to contact her mother "
              "four times. Tia was taken to hospital in August and died two days later."),
        ("h1", "Theme 1: Unknown adults in the household", "findings", ["learning"]),
        ("lpcard", "learning", "When a new adult joins a household, practitioners need to find out who they are and what their history is before judging a child's safety."),
        ("lpcard", "recommendations", "Children's social care should include every adult in the household in a single assessment."),
        ("lpcard", "recommendations", "The partnership should publish practice guidance on unknown and unseen adults."),
        ("h1", "Theme 2: Falling attendance in the early years", "findings", ["learning"]),
        ("lpcard", "learning", "A young child's falling attendance at nursery can be the first sign that something is wrong at home and needs the same attention as school absence."),
        ("lpcard", "recommendations", "Early years settings should tell the child's health visitor when a child known to children's social care stops attending."),
        ("h1", "Theme 3: Closing cases after one visit", "findings", ["learning"]),
        ("lpcard", "learning", "A case closed after one announced visit may miss what the child's daily life is like, and the child should be seen and heard before it closes."),
        ("lpcard", "recommendations", "Managers should not close a single assessment about an injury until the child has been seen alone."),
        ("h1", "Next steps", "conclusion", ["other"]),
        ("p", "The partnership will report progress on these recommendations in its yearly report and will check their impact "
              "through a multi-agency audit in 2027."),
    ],
}

# ---------- Y8: Dowlais Fawr: python-docx, untagged, headings only coloured Normal paragraphs; key learning restated
Y8 = {
    "file": "dowlais-fawr-cpr-child-r.pdf", "producer": "python-docx DOCX -> libreoffice, untagged", "body_from": 1,
    "features": ["Word document written with python-docx using only the Normal and List Bullet styles (no heading styles, so no "
                 "outline), converted by LibreOffice 7.4 untagged", "Welsh Child Practice Review (regional safeguarding board, "
                 "'Reference: CTRSB/CPR/2024/03'); no cover: title, board and invented note at the top of page 1",
                 "headings are Normal paragraphs whose runs are coloured teal: same font, size and weight as the body",
                 "'Key learning' bullets in a shaded summary near the top, restated in full under 'Practice and organisational "
                 "learning' (the truth counts those only)", "recommendations as 'Action N' numbered paragraphs typed by hand"],
    "cover": {"title": "Child Practice Review: Child R", "child_name": "Child R", "review_type": CPR, "area": "Cwm Taf Rhondda",
              "year": 2024, "partnership": "Cwm Taf Rhondda Regional Safeguarding Board"},
    "blocks": [
        ("h1", "Summary", "summary", ["introduction", "other"]),
        ("p", "This concise Child Practice Review was commissioned by the Cwm Taf Rhondda Regional Safeguarding Board after Child R, "
              "a boy aged two, was admitted to hospital having swallowed part of a battery. He recovered. The review looked at "
              "the period from his birth to his admission."),
        ("keylearning", [
            "Home conditions need to be seen, not described.",
            "Short-term housing can hide risks to a young child.",
            "Parents with learning disabilities need advice in a form they can use."]),
        ("h1", "Brief outline of circumstances resulting in the Review", "background"),
        ("p", "Child R lived with his parents in emergency accommodation for eight months. Both parents have a mild learning "
              "disability. The health visitor saw the family at the housing office rather than in their room, because the "
              "accommodation had no space to meet."),
        ("p", "The room the family lived in was cluttered and had no safe place to store medicines, cleaning products or small "
              "objects. Nobody from health or social care saw it before the incident."),
        ("h1", "Practice and organisational learning", "learning"),
        ("items", "learning", [
            "Practitioners need to see where a young child lives and sleeps; a description of home conditions from a parent is not enough.",
            "Emergency and temporary accommodation can hide risks to young children, and housing staff should share concerns with health visitors.",
            "Safety advice for parents with a learning disability needs to be given in a form they can understand and use, and checked."], "bullets"),
        ("h1", "Improving systems and practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the Board and its member agencies:"),
        ("items", "recommendations", [
            "The health board should ensure that health visitors see the room or home where a child under five lives at least once in each period of temporary accommodation.",
            "The local authority housing service should tell the health visiting service when a family with a child under five is placed in emergency accommodation.",
            "The Board should publish accessible home safety information for parents with a learning disability."], "action"),
        ("h1", "Statement by Reviewer", "other"),
        ("p", "I confirm that I have been independent of the case and of the agencies involved, and that the review has been "
              "carried out in line with the guidance for Child Practice Reviews."),
    ],
}

REPORTS = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8]
