"""Batch 17 (issue 9 point 6, seventh fresh held-out batch, written before it was first run): eight invented reports.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch16_content.py (the truth is written by batch13.truth through batch14.for_truth): ("h1", heading, type[, accept]),
("h2", text) a sub-heading (no section of the truth), ("p", text), ("items", type, [texts], style), ("lpbox", text) one
learning point in a box, ("note", text) a footnote on the paragraph before. Item texts are without their printed
numbers or labels ('2.1', 'a)', 'Recommendation 3'). A cover's truth_title gives the title's accepted forms (bare, or with the
document-kind subtitle printed under it, as the README's convention and batch16's Ebbmoor).
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"
CMR = "case_management_review"

# ---------- Y1: Brackwater: groff mom (pdfmom), cover page, numbered heads, running head, footnotes
Y1 = {
    "file": "brackwater-lcspr-child-q.pdf", "producer": "groff 1.22.4 -mom (pdfmom / gropdf)",
    "features": ["groff mom macros through pdfmom (gropdf), untagged, mom's PDF outline from the headings",
                 "mom COVER page (partnership, title, subtitle, author, date) and a DOCTITLE running head with page numbers",
                 "numbered level-1 heads '1. Introduction' in mom's heading style (bold, body family), justified body with hyphenation",
                 "footnotes by .FOOTNOTE at the page foot, one called inside a learning item",
                 "learning as mom .LIST with bullets, recommendations as .LIST DIGIT '1.' with hanging indent"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child Q", "truth_title": "Local Child Safeguarding Practice Review: Child Q|Local Child Safeguarding Practice Review: Child Q - Final report", "child_name": "Child Q", "review_type": CSPR,
              "area": "Brackwater", "year": 2026, "partnership": "Brackwater Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This review concerns Child Q, a boy aged seven who was found by police living in a flat with no heating or food in "
              "November 2024. His mother had been admitted to hospital three days earlier and nobody had asked who was caring for "
              "him. The Brackwater Safeguarding Children Partnership decided that the criteria for a local review were met."),
        ("h1", "Terms of reference and methodology", "methodology"),
        ("p", "The review covered the two years before Child Q was found. Agencies provided chronologies and reflective "
              "reports, and the independent reviewer met the practitioners involved in two learning events. Child Q's father, who "
              "lives in another part of the country, contributed to the review; his mother chose not to take part."),
        ("note", "The learning events were held in person in March 2025 and online in April 2025."),
        ("h1", "Background and key events", "background"),
        ("p", "Child Q lived alone with his mother, who has a long history of depression and alcohol use. The school noticed in "
              "the spring of 2024 that he was often late, hungry and wearing the same clothes. A referral to early help was made in "
              "May 2024 but the family did not engage and the case was closed after six weeks with a letter to the mother."),
        ("p", "When the mother was taken to hospital by ambulance in November 2024 she told the paramedics that her son was at a "
              "friend's house. The ward staff did not ask again. Child Q stayed in the flat for three days and went to school on two "
              "of them, where staff noticed that he was tired but did not ask where his mother was."),
        ("h1", "Analysis and learning", "findings", ["learning"]),
        ("p", "The review found that each agency held part of the picture but that nobody held it all. The learning for the "
              "partnership is set out below."),
        ("items", "learning", [
            "When an adult who is the only carer of a child is admitted to hospital, staff need to establish who is caring for the child and check it.",
            "Closing an early help case because a family does not engage leaves the child's needs unmet and should prompt a review of risk.",
            "A child who arrives at school tired, hungry and unkempt is telling staff something that needs to be explored with the child.^[Keeping Children Safe in Education sets out what staff should do when they have a concern.]",
            "Practitioners working with adults who use alcohol need to think about any child in the household as part of their assessment."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The integrated care board should make sure that acute hospital admission procedures include a question about dependent children and a record of the answer.",
            "The partnership should review how early help cases are closed when a family does not engage, including a step-down discussion with the school.",
            "The local authority should offer training to school staff on talking with children about their home life.",
            "The adult substance misuse service should include questions about children in its first assessment and share concerns with children's social care."], "digits"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child Q is now living with his father and is doing well at a new school. His mother is receiving treatment. The "
              "partnership has accepted the recommendations and will report on progress in its annual report."),
    ],
}

# ---------- Y2: Glenmorie: ConTeXt MkIV, contents page, framed learning boxes, Scottish vocabulary
Y2 = {
    "file": "glenmorie-learning-review-child-r.pdf", "body_from": 3, "producer": "ConTeXt MkIV (LuaTeX)",
    "features": ["ConTeXt MkIV (context 2021.03.05 on LuaTeX), OpenType Latin Modern fonts, untagged",
                 "title page, then a contents page generated by \\placecontent, then numbered sections '1 Introduction' (ConTeXt style: number and title with no dot)",
                 "Scottish Learning Review vocabulary: Chief Officers Group, 'Areas of strength', 'Areas for development', 'Key learning'",
                 "each key learning point in a \\framed box with a grey background and a bold 'Key learning N' caption line",
                 "areas for development as an itemize n list '1.' with a hanging number; running footer with page number"],
    "cover": {"title": "Learning Review: Child R", "child_name": "Child R", "review_type": LR,
              "area": "Glenmorie", "year": 2025, "partnership": "Glenmorie Child Protection Committee"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This Learning Review was commissioned by the Glenmorie Chief Officers Group on the recommendation of the Child "
              "Protection Committee after Child R, a girl aged fifteen, was sexually exploited by a group of adult men over several "
              "months in 2024. Child R was looked after at home under a compulsory supervision order at the time."),
        ("h1", "The review process", "methodology"),
        ("p", "A review team of three senior managers from outside the services involved carried out the review using the "
              "national guidance for learning reviews. Staff from eight services took part in interviews and a reflective "
              "session, and Child R spoke to a member of the team with her advocacy worker present."),
        ("h1", "Summary of circumstances", "background"),
        ("p", "Child R had been known to social work services since early childhood because of neglect. From the age of thirteen "
              "she was reported missing from home many times, often returning with new clothes and a mobile phone. Police "
              "recorded each missing episode separately and return discussions were not always held."),
        ("p", "Her school raised concerns about older men collecting her at the gates in the spring of 2024. An inter-agency "
              "referral discussion was held, but the plan that followed focused on her attendance rather than the men."),
        ("h1", "Key learning", "learning"),
        ("lpbox", "Repeated missing episodes are a pattern of risk and need to be looked at together, not one at a time."),
        ("lpbox", "Gifts, phones and new clothes that a young person cannot explain are signs of exploitation and should be explored."),
        ("lpbox", "Plans made after an inter-agency referral discussion need to address the risk from the adults, not only the young person's behaviour."),
        ("h1", "Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "The school's guidance teacher built a trusting relationship with Child R and she turned to him when she was ready to talk.",
            "The police investigation that followed was thorough and led to the conviction of four men."], "bullets"),
        ("h1", "Areas for development", "recommendations"),
        ("items", "recommendations", [
            "The Child Protection Committee should introduce a multi-agency review of any young person reported missing three times in ninety days.",
            "Police Scotland and social work services should agree how return discussions are recorded and shared.",
            "The Child Protection Committee should make sure that inter-agency referral discussion plans name actions to disrupt adults who pose a risk.",
            "Services should train staff to recognise the signs of child sexual exploitation, including online contact."], "numbered"),
    ],
}

# ---------- Y3: Cwm Gwyrdd: LuaLaTeX with \DocumentMetadata (tagged PDF from LaTeX), Welsh extended CPR
Y3 = {
    "file": "cwm-gwyrdd-extended-cpr-child-m.pdf", "body_from": 1, "producer": "LuaLaTeX with \\DocumentMetadata tagging (TeX Live 2022)",
    "features": ["LuaLaTeX (TeX Live 2022) with \\DocumentMetadata{testphase=phase-II}: a tagged PDF (StructTreeRoot, MarkInfo) written by LaTeX itself",
                 "fontspec with DejaVu Sans (TrueType) for the whole document; bilingual Welsh / English title block on page 1 (no separate cover)",
                 "Welsh extended Child Practice Review headings, numbered by LaTeX '1 Brief outline ...'",
                 "learning as a description list with bold labels 'Learning 1' .. 'Learning 3', recommendations as an enumerate '(a)' .. '(d)'",
                 "a running head 'Extended Child Practice Review: Child M' and page numbers from fancyhdr"],
    "cover": {"title": "Extended Child Practice Review: Child M", "child_name": "Child M", "review_type": CPR,
              "area": "Cwm Gwyrdd", "year": 2025, "partnership": "Cwm Gwyrdd Regional Safeguarding Board"},
    "blocks": [
        ("h1", "Brief outline of circumstances resulting in the Review", "introduction", ["background"]),
        ("p", "The Cwm Gwyrdd Regional Safeguarding Board commissioned this extended Child Practice Review after Child M, aged "
              "nine weeks, was found to have a fractured femur and several older rib fractures in January 2025. Her parents were "
              "both under twenty and lived with the paternal grandmother."),
        ("h1", "Practice and organisational learning", "learning", ["findings"]),
        ("p", "The review panel identified three areas of learning from the period between Child M's birth and her admission to "
              "hospital."),
        ("items", "learning", [
            "Bruising to a baby who is not yet mobile is a sign of possible abuse and must always lead to a referral, whatever explanation is given.",
            "The needs of young parents who were themselves in care are not met by universal services alone and call for a planned offer of support.",
            "Fathers and other adults in the household need to be seen and assessed by midwives and health visitors, not only the mother."], "descr"),
        ("h1", "Improving systems and practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the Board and its member agencies."),
        ("items", "recommendations", [
            "The Board should make sure that every agency's bruising protocol for non-mobile babies is the same and is audited each year.",
            "The health board should provide an enhanced health visiting offer for parents under twenty-one who were looked after children.",
            "Midwifery and health visiting services should record the name and role of every adult living in the household.",
            "The Board should share the learning from this review with general practice across the region."], "alpha"),
        ("h1", "Statement by Reviewer", "other"),
        ("p", "I confirm that I have had no involvement with the family or the services discussed in this review, and that the "
              "review was carried out with the openness of the agencies and practitioners who took part."),
        ("h1", "Statement by Chair of the Review Panel", "other"),
        ("p", "As chair of the review panel I am satisfied that the review was carried out in line with the guidance for "
              "extended Child Practice Reviews and that the learning is supported by the evidence seen by the panel."),
    ],
}

# ---------- Y4: Ballykerran: scanned report (page images) with a Tesseract OCR text layer, NI case management review
Y4 = {
    "file": "ballykerran-cmr-child-s.pdf", "body_from": 1, "producer": "Tesseract 5.3 OCR (page images + invisible text layer)",
    "features": ["a scanned report: every page a 200 dpi greyscale image (rendered from groff ms and rasterised), with Tesseract 5.3's invisible GlyphLessFont text layer (render mode 3) as councils publish scans",
                 "Northern Ireland Case Management Review of the Safeguarding Board for Northern Ireland (SBNI) and a Health and Social Care Trust",
                 "headings in capitals, numbered '1.' .. '6.'; learning as '(i)' .. '(iv)' hanging paragraphs, recommendations '1.' .. '4.'",
                 "no outline, no tags, no fonts other than OCR's; word boxes and line breaks as Tesseract read them"],
    "cover": {"title": "Case Management Review: Child S", "truth_title": "Case Management Review: Child S|Case Management Review: Child S - Overview report", "child_name": "Child S", "review_type": CMR,
              "area": "Northern Ireland", "year": 2024, "partnership": "Safeguarding Board for Northern Ireland"},
    "blocks": [
        ("h1", "1. INTRODUCTION", "introduction"),
        ("p", "This Case Management Review was carried out by the Safeguarding Board for Northern Ireland after Child S, a boy "
              "aged four, was admitted to hospital with a serious head injury in the Ballykerran area in March 2023. The Health "
              "and Social Care Trust had been working with the family for a year."),
        ("h1", "2. TERMS OF REFERENCE", "methodology"),
        ("p", "The review panel examined the involvement of the Trust, the Police Service of Northern Ireland, the family's "
              "general practice and the nursery school between January 2022 and March 2023. Each agency completed an individual "
              "management review and the panel met the front-line staff."),
        ("h1", "3. SUMMARY OF AGENCY INVOLVEMENT", "background"),
        ("p", "Child S lived with his mother, his baby sister and his mother's partner. Police attended the home three times after "
              "reports of shouting and on one occasion found the partner drunk. Each incident was shared with the Trust, which "
              "completed an initial assessment and offered family support. The nursery noticed a bruise on his cheek in February "
              "2023 and accepted the mother's explanation that he had fallen."),
        ("h1", "4. LEARNING", "learning"),
        ("items", "learning", [
            "Repeated police call-outs to a home with young children need to be seen together as a pattern of domestic abuse.",
            "The role of a new partner in a household needs to be understood before a family support plan is agreed.",
            "Nursery staff should record and report injuries to a child's face, even when an explanation is given.",
            "Family support plans should be reviewed when new information about risk is received."], "roman"),
        ("h1", "5. RECOMMENDATIONS", "recommendations"),
        ("items", "recommendations", [
            "The Trust should make sure that three or more domestic incident notifications within a year lead to a strategy discussion.",
            "The SBNI should issue guidance to early years settings on recording and reporting facial injuries.",
            "The PSNI and the Trust should review how information about new partners is gathered and shared.",
            "The Trust should audit family support cases to check that plans are reviewed when new risks are reported."], "digits"),
        ("h1", "6. CONCLUSION", "conclusion"),
        ("p", "Child S has recovered from his injury and lives with his maternal grandparents. The SBNI will monitor the "
              "implementation of the recommendations through its Case Management Review Panel."),
    ],
}

# ---------- Y5: Hatherley: OpenPDF (Java), Word-like, learning in bordered text boxes, recommendations table over a page break
Y5 = {
    "file": "hatherley-cspr-child-j.pdf", "producer": "OpenPDF 1.3.43 (Java)",
    "features": ["a single-file Java program on OpenPDF 1.3.43 (the iText 4 fork), base-14 Helvetica / Times (not embedded), untagged, no outline",
                 "cover page with a coloured band, title, 'Published:' date and 'Independent reviewer:'; a page event draws a header line 'Child J - LCSPR' and footer 'Page N'",
                 "headings in dark red Helvetica-Bold 14 pt, body Times 10.5 pt",
                 "each learning point in a bordered one-cell table (a Word text box look) with a shaded 'Learning point N' title row",
                 "a recommendations table No. | Recommendation | Lead agency | Timescale with setHeaderRows(1), running over a page break with the header repeated"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child J", "child_name": "Child J", "review_type": CSPR,
              "area": "Hatherley", "year": 2026, "partnership": "Hatherley Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child J was a sixteen-year-old boy who was stabbed in a park in Hatherley in June 2025. He survived his injuries. "
              "In the months before he had been excluded from school, arrested for carrying drugs in another county and reported "
              "missing eleven times. The Hatherley Safeguarding Children Partnership commissioned this review to understand how "
              "services responded to the risks of criminal exploitation."),
        ("h1", "How the review was carried out", "methodology"),
        ("p", "The review used a systems approach. The independent reviewer read agency records, met Child J and his mother, and "
              "held two practitioner sessions with staff from youth justice, education, police, children's social care and the "
              "emergency department."),
        ("h1", "Child J's story", "background"),
        ("p", "Child J grew up with his mother and two younger sisters. He was a keen footballer until he was fourteen, when his "
              "behaviour at school changed and he began to spend time with older young people. After a permanent exclusion he "
              "attended a pupil referral unit for two hours a day."),
        ("p", "In January 2025 he was found by police in a flat in another county with drugs and cash. He was treated as a suspect "
              "rather than as a possible victim of exploitation, and no referral was made under the national referral mechanism "
              "until April. His mother asked for help with rehousing because she feared for the family's safety."),
        ("h1", "What we learned", "learning"),
        ("lpbox", "Exclusion from school can increase a child's exposure to exploitation and should trigger a multi-agency risk assessment."),
        ("lpbox", "A child found far from home with drugs and cash should be seen first as a possible victim of criminal exploitation."),
        ("lpbox", "Parents who ask for help because of threats to their family are giving important information about risk outside the home."),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should agree a protocol so that a permanent exclusion of a child known to services leads to a multi-agency meeting within five school days.",
            "The police should make sure that officers consider a referral to the national referral mechanism whenever a child is arrested for drug supply outside their home area.",
            "Children's social care should use the contextual safeguarding framework when assessing risk outside the home.",
            "The local authority housing service should have a fast-track route for families who need to move because of threats linked to exploitation.",
            "The youth justice service should share its risk assessments with the pupil referral unit.",
            "The partnership should ask the emergency department to report every knife injury to a child to children's social care on the same day."], "table"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child J has moved with his family to another area and is attending college. The partnership will ask each agency "
              "to report on its actions within six months."),
    ],
}

# ---------- Y6: Dunraven: rst2pdf (ReportLab), contents, numbered sections, footnotes, then qpdf RC4-128 owner password
Y6 = {
    "file": "dunraven-scr-child-l.pdf", "producer": "rst2pdf 0.99 (ReportLab), then qpdf --encrypt RC4 128-bit",
    "features": ["reStructuredText rendered by rst2pdf 0.99 (ReportLab underneath) with its default stylesheet: DejaVu / Helvetica, untagged, outline from the sections",
                 "title and subtitle at the top of page 1, a '.. contents::' table of contents, '.. sectnum::' numbers '1 Introduction' .. (with a non-breaking space after the number)",
                 "question headings 'What happened?', 'What did we find?', 'What needs to change?'; learning as '#.' enumerated list, recommendations as 'a.' lettered list",
                 "rst footnotes [#] collected at the end of the document (not at the page foot), one called in a learning item",
                 "header and footer from rst2pdf '.. header::' / '.. footer::' with ###Page###; then encrypted with qpdf 40-bit-free RC4 128-bit, owner password only, printing allowed, copying not"],
    "cover": {"title": "Serious Case Review: Child L", "truth_title": "Serious Case Review: Child L|Serious Case Review: Child L - Overview report", "child_name": "Child L", "review_type": SCR,
              "area": "Dunraven", "year": 2019, "partnership": "Dunraven Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Dunraven Local Safeguarding Children Board agreed to carry out this serious case review after Child L, aged two, "
              "died in hospital in August 2018 from injuries that doctors concluded were not accidental. Child L's mother's "
              "partner has since been convicted of manslaughter."),
        ("h1", "What happened?", "background"),
        ("p", "Child L lived with his mother and, from the spring of 2018, with her new partner, who had previous convictions for "
              "violence. The mother told the health visitor that she was happy, and the partner was never seen. A nursery place "
              "was arranged but Child L attended only four times."),
        ("p", "Two weeks before his death Child L was taken to the GP with a swollen hand. The GP recorded the mother's account of a "
              "fall and prescribed pain relief."),
        ("h1", "What did we find?", "findings", ["learning"]),
        ("p", "The review found that the risk from the new partner was not known to any agency working with the child, and "
              "that nobody asked about him. The learning points are:"),
        ("items", "learning", [
            "Practitioners should always ask who else lives in or visits the home and record what they are told.^[The Board's guidance on unseen men was issued in 2016.]",
            "Poor nursery attendance for a young child is a safeguarding concern when other risks are present.",
            "An injury to a toddler that does not fit the account given needs a paediatric opinion."], "enum"),
        ("h1", "What needs to change?", "recommendations"),
        ("items", "recommendations", [
            "The Board should launch a campaign on the risks from unknown adults in a child's household.",
            "Health visiting services should follow up any child who stops attending a funded nursery place.",
            "General practices should refer children under three with unexplained injuries for a paediatric assessment."], "alpha"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "The Board has accepted the recommendations. The death of Child L was not predictable, but the review shows how "
              "agencies can find out more about the adults around a young child."),
    ],
}

# ---------- Y7: Tarrock: pdf-lib (node), Word-like text boxes placed two across on page 2
Y7 = {
    "file": "tarrock-cspr-child-e-learning-brief.pdf", "body_from": 1, "producer": "pdf-lib 1.17 (node)",
    "features": ["pdf-lib 1.17 (node), base-14 Helvetica (not embedded), untagged, no outline, every line placed by the script",
                 "page 1: a coloured left sidebar with the partnership and a white-on-colour title, the invented note and the introduction",
                 "Word-like text boxes: each section a rounded-corner bordered box with a bold box title, page 2 holding two columns of boxes of different heights",
                 "learning as '•' bullets inside a box, recommendations '1.' inside a box, good practice '•' bullets",
                 "footer 'Tarrock Safeguarding Children Partnership | Learning brief | page N'"],
    "cover": {"title": "Learning Brief: Child E", "child_name": "Child E", "review_type": CSPR,
              "area": "Tarrock", "year": 2026, "partnership": "Tarrock Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "About this review", "introduction"),
        ("p", "This learning brief summarises a local child safeguarding practice review about Child E, a girl aged twelve who "
              "took her own life in 2025. It is for practitioners in every agency in Tarrock. Her family have agreed to the "
              "publication of this brief."),
        ("h1", "What happened", "background"),
        ("p", "Child E had been bullied online for a year. She told a school counsellor that she sometimes wanted to die, and "
              "the counsellor referred her to the mental health service, which judged her low risk and offered a group. Child E "
              "did not attend and the referral was closed. Her parents did not know about the referral."),
        ("h1", "What we learned", "learning"),
        ("items", "learning", [
            "A child who says she wants to die needs a safety plan that her parents know about, unless sharing would put her at risk.",
            "Closing a mental health referral when a child does not attend should be followed by a call to the referrer.",
            "Online bullying can be as harmful as bullying in person and should be part of every assessment of risk."], "bullets"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The school counsellor acted on the same day that Child E told her how she felt.",
            "The bereavement support offered to the family was described by them as kind and practical."], "bullets"),
        ("h1", "What will change", "recommendations"),
        ("items", "recommendations", [
            "Schools and the mental health service will agree how parents are involved in safety planning.",
            "The mental health service will contact the referrer before closing any referral of a child at risk of self-harm.",
            "The partnership will run briefings on online bullying for all frontline staff."], "digits"),
    ],
}

# ---------- Y8: Stainmoor: OpenHTMLtoPDF (Java, PDFBox underneath), numbered paragraphs, running element header
Y8 = {
    "file": "stainmoor-lcspr-aisha.pdf", "producer": "OpenHTMLtoPDF 1.0.10 (Java; PDFBox 2 underneath)",
    "features": ["HTML + CSS paged media printed by OpenHTMLtoPDF 1.0.10 (PDFBox 2.0 underneath), Liberation Serif / Sans embedded subsets, untagged, no outline",
                 "cover page (partnership, title, 'Overview report', 'Published:', 'Lead reviewer:'); a running header element (position: running) 'Stainmoor ... - FINAL' with a rule from page 2, footer 'Page N of M'",
                 "headings numbered '1. Introduction' .. '6. Conclusion' in bold blue sans",
                 "every paragraph numbered '1.1', '1.2' .. with a hanging indent (number in an inline-block span); learning and recommendations are the numbered paragraphs 4.1 .. and 5.1 .. (no list, no label)",
                 "justified text"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Aisha", "truth_title": "Local Child Safeguarding Practice Review: Aisha|Local Child Safeguarding Practice Review: Aisha - Overview report", "child_name": "Aisha", "review_type": CSPR,
              "area": "Stainmoor", "year": 2025, "partnership": "Stainmoor Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "1.1 This local child safeguarding practice review concerns Aisha, a girl aged six who was taken to hospital "
              "severely underweight in February 2025. Aisha lived with her parents and three older brothers."),
        ("p", "1.2 The Stainmoor Safeguarding Children Partnership commissioned the review after a rapid review found that several "
              "agencies had seen Aisha in the year before and that her weight had not been monitored."),
        ("h1", "2. Background", "background"),
        ("p", "2.1 Aisha was born prematurely and had feeding difficulties as a baby. She was seen by a dietitian until she was "
              "two and then discharged. The family moved to Stainmoor in 2023 and Aisha was home educated."),
        ("p", "2.2 The GP saw Aisha twice in 2024 for coughs and colds. Her weight was not recorded at either visit. A home "
              "education officer visited once and met Aisha's mother but did not see Aisha."),
        ("h1", "3. Findings", "findings"),
        ("p", "3.1 No agency knew Aisha well. Her history of feeding problems was not shared when the family moved, and the "
              "home education arrangements meant that no professional saw her regularly."),
        ("h1", "4. Learning", "learning"),
        ("items", "learning", [
            "A child's health history needs to follow the child when the family moves to a new area.",
            "Home education officers should see the child, not only the parent, when they visit.",
            "Weighing a child with a history of feeding difficulties is a simple check that can show neglect early."], "paranum"),
        ("h1", "5. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The integrated care board should make sure that health records of children with ongoing needs are transferred within a month of a move.",
            "The local authority should require home education officers to see the child at every visit.",
            "General practices should record the weight and height of any child under eleven with a known feeding difficulty at each appointment."], "paranum"),
        ("h1", "6. Conclusion", "conclusion"),
        ("p", "6.1 Aisha is now living with foster carers and has gained weight. The partnership has accepted all the "
              "recommendations."),
    ],
}

REPORTS = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8]
