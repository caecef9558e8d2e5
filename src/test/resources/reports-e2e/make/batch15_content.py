"""Batch 15 (issue 9 point 6, fifth fresh held-out batch, written before it was first run): eight invented reports.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch14_content.py (the truth is written by batch13.truth through batch14.for_truth): ("h1", heading, type[, accept]),
("h1r", label, type) a run-in bold label opening a paragraph, ("h2", text) a sub-heading (no section of the truth),
("p", text), ("items", type, [texts], style), ("lpbox", text) one learning point in a call-out box, ("break",),
("note", text) a footnote on the paragraph before; "text^[note]" a footnote call inside an item.
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"

# ---------- V1: Hebden Moss: Apache FOP from XSL-FO; findings each followed by its recommendation; contents page; footnotes
V1 = {
    "file": "hebden-moss-lcspr-child-l.pdf", "producer": "Apache FOP 2.x (XSL-FO)",
    "features": ["XSL-FO rendered by Apache FOP, untagged, base-14 Helvetica / Times", "contents page built from fo:page-number-citation with dot leaders",
                 "running head (partnership left, short title right) and footer 'Page N' in fo:static-content, none on the cover",
                 "'Findings' chapter of numbered sub-findings 'Finding 1 ...', each followed by a bold 'Recommendation 1' paragraph",
                 "footnotes by fo:footnote at the page foot", "keep-with-next headings, one finding split over a page break"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child L", "child_name": "Child L", "review_type": CSPR,
              "area": "Hebden Moss", "year": 2025, "partnership": "Hebden Moss Safeguarding Children Partnership"},
    "body_from": 3,
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "Child L was a nine-month-old baby who was admitted to hospital in March 2024 with a fractured femur and bruising to "
              "his face. His parents gave no explanation for the injuries. The Hebden Moss Safeguarding Children Partnership decided "
              "to carry out a local child safeguarding practice review because several agencies had seen the family in the weeks "
              "before the admission."),
        ("note", "The rapid review was held eleven working days after the admission, within the national timescale."),
        ("h1", "2. How the review was carried out", "methodology"),
        ("p", "The review used a systems approach. Agencies provided chronologies and short reports, and the lead reviewer held two "
              "practitioner events and spoke to Child L's mother. His father declined to take part. The review period ran from the "
              "first antenatal booking to the day of the admission."),
        ("h1", "3. Child L and his family", "background"),
        ("p", "Child L lived with his mother, who was nineteen, and his father, who was twenty-three. The couple had moved to Hebden "
              "Moss from another county during the pregnancy and were not registered with a GP until Child L was three months old. "
              "Child L was seen at the emergency department twice with minor injuries that were recorded as accidental. His father "
              "had a caution for assault on a former partner that no health practitioner knew about."),
        ("h1", "4. Findings", "findings"),
        ("h2", "Finding 1: Injuries to a non-mobile baby were not seen as a safeguarding concern"),
        ("p", "At the second emergency department attendance Child L had a bruise on his ear. The department's guidance on bruising in "
              "babies who are not yet mobile was not followed, and no referral to children's social care was made. Staff told the "
              "review that the department was very busy and that the explanation offered by the parents seemed reasonable."),
        ("items", "recommendations", [
            "The acute trust should audit the use of its guidance on bruising in non-mobile babies in the emergency department and report the findings to the partnership."], "labelled"),
        ("h2", "Finding 2: Records from the family's previous area did not follow them"),
        ("p", "The midwifery service in the family's previous area held information about domestic abuse that was never passed on. "
              "The health visiting service in Hebden Moss started from nothing and assessed the family as needing a universal "
              "service only. The father's caution was known to the police but was not shared at any point."),
        ("items", "recommendations", [
            "The partnership should ask the integrated care board to ensure that maternity records are transferred in full when a pregnant woman moves between areas."], "labelled"),
        ("h2", "Finding 3: Fathers were invisible to the services working with the family"),
        ("p", "No practitioner spoke to Child L's father alone, and his history was never asked about. Health visitors visited when "
              "he was at work and recorded the mother's account of him. This reflects a pattern found in national reviews of harm "
              "to babies, where men in the household are often unknown to the services around the baby."),
        ("items", "recommendations", [
            "Health visiting and midwifery services should record the details of every adult living in the household and ask about their history at the first contact."], "labelled"),
        ("h1", "5. Learning for the partnership", "learning"),
        ("items", "learning", [
            "Any bruise on a baby who is not yet mobile must be treated as a possible sign of abuse, however convincing the explanation.",
            "When a family moves area during pregnancy, practitioners must seek the full history rather than start again.",
            "Knowing who the men in a baby's life are is as important as knowing the mother's history."], "bullets"),
        ("h1", "6. Conclusion", "conclusion"),
        ("p", "The injuries to Child L could not have been predicted with certainty, but there were opportunities to protect him. The "
              "partnership has accepted the three recommendations and will report on progress in its annual report."),
    ],
}

# ---------- V2: Carnford: ReportLab Platypus; learning in call-out boxes; recommendations table; heading wrapped over two lines
V2 = {
    "file": "carnford-lcspr-tyler.pdf", "producer": "ReportLab (Platypus)",
    "features": ["ReportLab Platypus, base-14 Helvetica (not embedded), untagged, no outline", "cover page drawn on the canvas (coloured band, title in white)",
                 "18 pt section headings, one wrapping over two lines", "each learning point in its own shaded call-out box (a one-cell Table with a coloured left rule) headed 'Learning'",
                 "recommendations as a Table No. | Recommendation | Lead agency, the header row repeated over a page break",
                 "footer drawn by onPage: partnership left, 'Page N' right"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Tyler", "child_name": "Tyler", "review_type": CSPR,
              "area": "Carnford", "year": 2026, "partnership": "Carnford Children's Safeguarding Partnership"},
    "blocks": [
        ("h1", "Why this review was carried out", "introduction"),
        ("p", "Tyler was fifteen when he was stabbed near a shopping centre in Carnford in June 2025. He survived after surgery. "
              "Tyler had been excluded from school, was known to the youth justice service and had been reported missing nine times "
              "in the previous year. The partnership carried out this review to understand how agencies responded to signs that he "
              "was being criminally exploited."),
        ("h1", "What happened", "background"),
        ("p", "Tyler lived with his mother and two sisters. In Year 9 he began to arrive late, then to miss whole days, and he was "
              "found in another town carrying cash and two phones. The police recorded each missing episode, and return home "
              "interviews were offered but Tyler refused all except one. He was permanently excluded in January 2025 after a fight "
              "and spent five months waiting for a place at an alternative provision."),
        ("p", "The youth justice service worked with Tyler after an arrest for possession of cannabis with intent to supply. His "
              "worker saw him as a young person at risk, but the court papers described him as an offender, and the referral for a "
              "National Referral Mechanism decision was not made until after the stabbing."),
        ("h1", "What the review found about the way agencies understood exploitation and shared information", "findings"),
        ("p", "Agencies each held a part of the picture and named it differently: the school as behaviour, the police as missing "
              "episodes, the youth justice service as offending. The multi-agency exploitation meeting discussed Tyler twice but "
              "closed its actions when he was charged, as if the criminal process would protect him."),
        ("lpbox", "Repeated missing episodes with cash, phones or travel to other towns are a sign of criminal exploitation and should lead to a strategy discussion."),
        ("p", "The exclusion left Tyler with no daytime structure for five months. The review heard that the local alternative "
              "provision was full and that a tuition offer of five hours a week was made but not taken up."),
        ("lpbox", "Exclusion from school removes the most protective adult contact a child has and should trigger a review of exploitation risk."),
        ("lpbox", "A child who is charged with an offence linked to exploitation is still a victim, and the multi-agency plan should continue."),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The youth justice worker visited Tyler at home every week and built a relationship with his mother.",
            "The hospital's youth worker saw Tyler on the ward on the day after his surgery."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should agree that three missing episodes in ninety days lead to a strategy discussion about exploitation.",
            "The local authority should make sure that every permanently excluded child has a full-time education offer within six school days.",
            "The police and the youth justice service should make National Referral Mechanism referrals at the point of charge where exploitation is suspected.",
            "The exploitation meeting should keep a child on its list while a criminal case is open.",
            "The partnership should review its return home interview service and find out why so many are refused."], "table"),
    ],
}

# ---------- V3: Glenarden: LaTeX memoir, two columns, Scottish Learning Review vocabulary
V3 = {
    "file": "glenarden-learning-review-child-c.pdf", "producer": "pdflatex (memoir, twocolumn)",
    "features": ["LaTeX memoir class, pdflatex, twocolumn, Palatino (mathpazo)", "Scottish Learning Review: Child Protection Committee, 'Key learning', 'Areas for improvement', 'Areas of strength'",
                 "numbered \\section headings in the column, one wrapping over two lines", "'Areas for improvement' as an enumerate labelled 'AFI 1', 'AFI 2'",
                 "memoir 'ruled' page style: running head with the title, page number in the head", "a memoir \\footnote in the column, split over the column foot", "titlingpage cover followed by a blank page (page 2)"],
    "cover": {"title": "Learning Review: Child C", "child_name": "Child C", "review_type": LR,
              "area": "Glenarden", "year": 2025, "partnership": "Glenarden Child Protection Committee"},
    "columns": True,
    "blocks": [
        ("h1", "1 Introduction", "introduction"),
        ("p", "This Learning Review was commissioned by the Glenarden Child Protection Committee after Child C, a girl of eleven, "
              "disclosed that she had been sexually abused by her mother's partner over two years. The Chief Officers Group "
              "approved the terms of reference in May 2024."),
        ("note", "The review followed the national guidance for Learning Reviews published in 2021."),
        ("h1", "2 Review process", "methodology"),
        ("p", "A review team of four, chaired by an independent reviewer, read records from social work, education, health and Police "
              "Scotland, and held conversations with eleven practitioners. Child C and her grandmother contributed through an advocate."),
        ("h1", "3 Background", "background"),
        ("p", "Child C lived with her mother, her mother's partner and two younger half-brothers in a rural village. She was a quiet, "
              "able pupil. In Primary 6 her teacher noticed that she had stopped eating lunch and that she did not want to go home on "
              "Fridays. A named person meeting was held and a wellbeing assessment started, but it was not completed when the family "
              "moved to a new house in the same area. The partner had a conviction for indecent exposure from another part of "
              "Scotland, which was held by the police but not shared at the time."),
        ("h1", "4 Key learning", "learning"),
        ("items", "learning", [
            "Changes in a child's eating and reluctance to go home are signs that need a conversation with the child on her own.",
            "A wellbeing assessment should follow the child when the family moves, not close with the address.",
            "Information about an adult's past offences is needed by the named person to understand the risk in the household."], "numbered"),
        ("h1", "5 Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "The class teacher recorded her observations in detail and raised them with the named person promptly.",
            "The joint investigative interview was planned well and Child C said she felt listened to."], "bullets"),
        ("h1", "6 Areas for improvement in multi-agency practice and in the systems that support it", "recommendations"),
        ("items", "recommendations", [
            "The Child Protection Committee should make sure that open wellbeing assessments transfer with a child who changes address.",
            "Police Scotland and the named person service should agree when information about an adult's convictions is shared.",
            "Education should give staff in rural primary schools access to training on signs of sexual abuse.",
            "The Committee should ask children who have been part of a review how the process felt to them."], "afi"),
        ("h1", "7 Conclusion", "conclusion"),
        ("p", "Child C is now living with her grandmother and is doing well at school. The Committee has accepted the areas for "
              "improvement and will monitor the action plan."),
    ],
}

# ---------- V4: Dunsford: LibreOffice Impress briefing deck exported to PDF
V4 = {
    "file": "dunsford-cspr-baby-k-briefing.pdf", "producer": "libreoffice impress (flat ODP)",
    "features": ["LibreOffice Impress slide deck (flat ODP written by hand) exported to PDF, one 16:9 slide per page",
                 "title slide with partnership, 'Practitioner briefing' and the invented note", "slide titles in presentation title frames, content in outline frames with Impress bullets",
                 "two slides of learning ('What we learned (1 of 2)', '(2 of 2)')", "recommendations slide, 'Questions to consider' slide (no items)"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby K", "child_name": "Baby K", "review_type": CSPR,
              "area": "Dunsford", "year": 2026, "partnership": "Dunsford Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "About this review", "introduction"),
        ("items", "none", [
            "Baby K was six weeks old when she died after co-sleeping with her father on a sofa in October 2024.",
            "The partnership carried out a review because the family were known to children's social care.",
            "This briefing is for practitioners who work with parents of babies."], "bullets"),
        ("h1", "What happened", "background"),
        ("items", "none", [
            "Baby K's parents both used alcohol and her father had been drinking on the night she died.",
            "The midwife gave safer sleep advice to her mother but the father was not present.",
            "A social worker visited the week before and saw a Moses basket but did not ask where the baby slept at night."], "bullets"),
        ("h1", "What we learned (1 of 2)", "learning", ["other"]),
        ("items", "learning", [
            "Safer sleep advice must reach every adult who cares for the baby, including fathers and grandparents.",
            "Alcohol and exhaustion make sofa sleeping much more dangerous, and practitioners should say so plainly."], "bullets"),
        ("h1", "What we learned (2 of 2)", "learning", ["other"]),
        ("items", "learning", [
            "Seeing a cot or basket does not tell you where a baby actually sleeps; ask the parents to show you.",
            "Changes in the household, such as a new partner or a move, are a time to repeat the advice."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "All agencies should use the partnership's safer sleep assessment tool at every home visit to a baby under one.",
            "Maternity services should offer safer sleep advice to fathers before discharge.",
            "Children's social care should include sleeping arrangements in every assessment of a family with a baby."], "bullets"),
        ("h1", "Questions to consider", "other"),
        ("items", "none", [
            "How do you make sure fathers hear the advice you give?",
            "When did you last ask a parent to show you where their baby sleeps?"], "bullets"),
    ],
}

# ---------- V5: Cwm Ffynnon: python-docx, Word styles, merged-cell tables, LibreOffice tagged, Welsh Child Practice Review
V5 = {
    "file": "cwm-ffynnon-cpr-child-h.pdf", "producer": "python-docx -> libreoffice (tagged)",
    "features": ["DOCX built by python-docx (Title, Heading 1, Heading 2, List Bullet, List Number styles), converted by LibreOffice with tagged PDF",
                 "Welsh concise Child Practice Review headings ('Brief outline of circumstances resulting in the Review', 'Practice and organisational learning', 'Improving Systems and Practice')",
                 "learning under Heading 2 themes inside 'Practice and organisational learning'", "recommendations in a table Theme | Recommendation | Lead, the Theme cell merged down over two rows, a title row merged across all columns",
                 "header 'CPR Report' with the board's reference, footer with a page field"],
    "cover": {"title": "Concise Child Practice Review: Child H", "child_name": "Child H", "review_type": CPR,
              "area": "Cwm Ffynnon", "year": 2025, "partnership": "Cwm Ffynnon Regional Safeguarding Board"},
    "blocks": [
        ("h1", "Brief outline of circumstances resulting in the Review", "introduction", ["background"]),
        ("p", "The Cwm Ffynnon Regional Safeguarding Board commissioned a concise Child Practice Review in line with the Social "
              "Services and Well-being (Wales) Act 2014 after Child H, aged seven, was found to have been neglected over a long "
              "period. Child H was underweight, had untreated dental decay and had missed most of Year 2 at school."),
        ("h1", "Practice and organisational learning", "learning"),
        ("h2", "Theme 1: Attendance and health"),
        ("p", "The school's attendance officer sent letters and made two home visits but did not see Child H. The dental service "
              "removed Child H from its list after three missed appointments without telling anyone."),
        ("items", "learning", [
            "Persistent absence of a young child is a welfare concern first and an attendance matter second.",
            "Missed health appointments for a child are a sign of possible neglect and should be followed up with the family's health visitor or school nurse."], "listnumber"),
        ("h2", "Theme 2: Hearing the child"),
        ("p", "Child H told a lunchtime supervisor that there was no food at home. This was written in a daybook and not passed to "
              "the designated safeguarding person."),
        ("items", "learning", [
            "Everything a child says about hunger or care at home must reach the designated safeguarding person on the same day."], "listnumber"),
        ("h1", "Improving Systems and Practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the Board and its "
              "member agencies."),
        ("items", "recommendations", [
            "The Board should agree a protocol for following up children who are not brought to health appointments.",
            "Dental services should tell the school nurse before removing a child from the list.",
            "Schools should review how lunchtime and support staff record and pass on what children say."], "mergedtable"),
        ("h1", "Statement by Reviewer", "other"),
        ("p", "I make the following statement prior to my involvement with this learning review: I have not been directly concerned "
              "with the child or family, and I have not given professional advice on the case."),
    ],
}

# ---------- V6: Penhurst: pandoc -> HTML5 -> Chromium, CSS multi-column body, spanning headings, run-in bold labels
V6 = {
    "file": "penhurst-scr-child-j.pdf", "producer": "pandoc -> HTML5 -> chromium",
    "features": ["markdown -> pandoc standalone HTML5 -> Chromium print, tagged", "body in two CSS columns (column-count), h2 headings spanning the columns (column-span: all)",
                 "learning as paragraphs with bold run-in labels 'Learning point N.'", "recommendations as a pipe table spanning the columns",
                 "pandoc footnotes as endnotes after the last section", "no cover page: title block, then the invented note"],
    "cover": {"title": "Serious Case Review: Child J", "child_name": "Child J", "review_type": SCR,
              "area": "Penhurst", "year": 2018, "partnership": "Penhurst Local Safeguarding Children Board"},
    "body_from": 1,
    "columns": True,
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This serious case review concerns Child J, a sixteen-year-old young woman with a learning disability who was found to "
              "have been sexually exploited by a group of adult men over eight months in 2016. The Penhurst Local Safeguarding "
              "Children Board commissioned the review in January 2017."),
        ("h1", "Summary of the case", "background"),
        ("p", "Child J lived in a residential children's home placed out of her home area. She often went missing overnight and "
              "returned with gifts and alcohol. Staff at the home reported each episode to the police, and the police recorded them "
              "as a young person absent from care. Her social worker changed four times in a year."),
        ("p", "Child J's learning disability meant that she struggled to describe what had happened to her. An advocate who knew her "
              "well was not involved in any of the meetings about her, and her own view of the men as her friends was accepted."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "A child placed far from home needs both authorities to take responsibility for her safety, with one of them in the lead.",
            "Going missing overnight and returning with gifts is a pattern of exploitation, not a behaviour problem.",
            "A child with a learning disability needs an advocate who knows her in every meeting where decisions are made about her."], "runin"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The LSCB should agree a protocol with placing authorities for children placed in Penhurst from elsewhere.",
            "The police should review how missing episodes from children's homes are categorised.",
            "Children's social care should make sure that a child with a disability has an advocate at every review meeting."], "table"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child J was failed by a system that saw each missing episode on its own. The LSCB has accepted all the recommendations."),
    ],
}

# ---------- V7: Ashby Carr: cairo-drawn layout, sections as bold run-in labels only
V7 = {
    "file": "ashby-carr-lcspr-child-n.pdf", "producer": "python3-cairo (PDFSurface, hand layout)",
    "features": ["every page drawn with pycairo's toy text API (DejaVu Sans / DejaVu Sans Bold subsets), untagged, no outline",
                 "no headings: each section opens with a bold run-in label ('Background.') on the first line of its paragraph",
                 "learning points as indented paragraphs beside a drawn filled circle (no glyph)", "recommendations numbered '1.' .. in a drawn bordered box",
                 "running footer with a drawn rule above it: 'Ashby Carr SCP - Child N - page N'", "cover: drawn coloured band with the title over it"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
              "area": "Ashby Carr", "year": 2026, "partnership": "Ashby Carr Safeguarding Children Partnership"},
    "blocks": [
        ("h1r", "Introduction", "introduction"),
        ("p", "Child N was a twelve-year-old boy who was seriously injured when he fell from the window of a flat where he had been "
              "living with his father for three weeks. The partnership carried out this review because Child N had moved between "
              "his parents several times and was known to several agencies."),
        ("h1r", "Background", "background"),
        ("p", "Child N's parents separated when he was five. He lived with his mother until she was admitted to hospital for her "
              "mental health, then with his grandmother, then with his father, who had no home of his own and was staying with a "
              "friend. Each move meant a new school. No agency knew all of his addresses, and his school records arrived weeks "
              "after he did."),
        ("h1r", "Findings", "findings"),
        ("p", "The review found that Child N's moves were treated as private family arrangements. Nobody asked whether the father's "
              "accommodation was safe, and the school where he spent his last three weeks had not yet received his file."),
        ("h1r", "Learning", "learning"),
        ("items", "learning", [
            "Children who move between relatives are at risk of falling between services, and every move is a moment to check on them.",
            "Asking where a child is sleeping and who else lives there should be routine when a child changes carer.",
            "Schools should chase records for a new pupil who arrives mid-year and speak to the previous school by phone."], "dots"),
        ("h1r", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should publish guidance on children who move between family members outside any court order.",
            "The local authority should speed up the transfer of school records for pupils who move mid-year.",
            "Housing services should ask about children when an adult seeks help while staying with friends."], "numbered"),
    ],
}

# ---------- V8: Marlbury: Calc spreadsheet 'learning and action plan' (xlsx by openpyxl -> LibreOffice Calc PDF)
V8 = {
    "file": "marlbury-cspr-child-y-action-plan.pdf", "producer": "openpyxl xlsx -> libreoffice calc",
    "features": ["a spreadsheet 'learning and action plan' (xlsx written by openpyxl, exported by LibreOffice Calc), landscape, fitted to the page width",
                 "title, partnership and invented note in merged cells above the grid", "section bands: shaded rows merged across all columns ('Summary of the review', 'Key learning', 'Recommendations and actions')",
                 "learning as numbered rows 'L1' .. of a two-column grid", "action plan columns Ref | Recommendation | Action | Lead | By when | RAG, wrapped cells, gridlines printed",
                 "sheet name and 'Page N' in the Calc footer"],
    "cover": {"title": "Child Safeguarding Practice Review: Child Y - learning and action plan", "child_name": "Child Y", "review_type": CSPR,
              "area": "Marlbury", "year": 2026, "partnership": "Marlbury Safeguarding Partnership"},
    "body_from": 1,
    "blocks": [
        ("h1", "Summary of the review", "summary"),
        ("p", "Child Y, aged four, was admitted to hospital with a head injury in July 2025 while living with her mother and her mother's new partner. This plan sets out the learning and the actions agreed by the partnership."),
        ("h1", "Key learning", "learning"),
        ("items", "learning", [
            "A new partner joining the household of a young child should prompt practitioners to find out who he is.",
            "Nursery staff who see repeated minor injuries should look at the pattern, not each injury alone.",
            "Parents' own childhood experience of care can be a strength and a risk, and both should be explored."], "rows"),
        ("h1", "Recommendations and actions", "recommendations"),
        ("items", "recommendations", [
            "Agencies should record the details of any new adult in the household of a child under five.",
            "Early years settings should use a body map and a running record of injuries for each child.",
            "The partnership should train practitioners to ask about a parent's own experience of care.",
            "Health visitors should review the family at a new-partner contact within four weeks."], "plan"),
    ],
}

REPORTS = [V1, V2, V3, V4, V5, V6, V7, V8]
