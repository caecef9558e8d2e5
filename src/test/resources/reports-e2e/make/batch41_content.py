"""Batch 41 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in document-structure shapes real reports have that earlier batches had not covered (shapes read from published
pages with the `search` tool, no sentence copied): legal three-level numbered paragraphs (1, 1.1, 1.1.1) with a
recommendation paragraph inside each finding; an executive summary and an overview report concatenated in one PDF (two
title pages, repeated section names); a contents list with dot leaders and page numbers two pages long; a coloured
vertical side label (rotated text in the margin) naming the section on every page; learning in a two-column 'What we
found | What we will do' table without rulings; a big light section name behind every page like a watermark; endnotes
(roman numbers, collected at the end) referenced from the learning; recommendations as a hanging-indented numbered list
broken over a page with the running header between.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section (printed with its number where the renderer numbers);
("h2", text) a sub-heading (no section); ("p", text); ("items", type, [texts], style) with style 'ol' / 'ul' / 'para'
(numbered paragraphs) / 'rec' (a numbered paragraph opening with a bold 'Recommendation N:' lead-in, not item text);
("restate", type, [texts]) an executive summary's short restatement of the overview's items (no items);
("title2", cover) the second title page of a concatenated PDF; ("found", [(found, do)]) a 'What we found | What we will
do' table (the left cell a learning item, the right a recommendation item); ("pnote", text, note) a paragraph with an
endnote call at its end (the note's text gives nothing); ("page",) a page break (renderers that lay out pages by hand).
Test-fixture tooling only.
"""

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


# ---------- 1. Eldersfield: legal three-level numbered paragraphs, a recommendation inside each finding (python-docx -> LO)
ELDERSFIELD = rep(
    "eldersfield-lcspr-child-t.pdf", "python_docx_lo_legal",
    {"title": "Local Child Safeguarding Practice Review: Child T", "child_name": "Child T", "review_type": CSPR,
     "area": "Eldersfield", "year": 2025, "partnership": "Eldersfield Safeguarding Children Partnership",
     "by": "Independent reviewer: Helen Marchbank", "date": "October 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned by the Eldersfield Safeguarding Children Partnership after Child T, then "
           "four years old, was found to have suffered serious neglect over a long period."),
     ("p", "The review considers the period from Child T's birth in March 2020 to his admission to foster care in "
           "June 2024."),
     h("Methodology", "methodology"),
     ("p", "Agencies supplied chronologies and short reports. Practitioners attended two learning events and the "
           "reviewer met Child T's grandmother."),
     ("p", "Child T's mother declined to take part. Her views are described where agencies recorded them."),
     h("Background", "background"),
     ("p", "Child T lived with his mother and two older sisters in privately rented housing. His mother had a long "
           "history of depression and had been in care herself as a teenager."),
     ("p", "The family was known to children's social care from 2019, when the eldest sister's school raised "
           "concerns about her hygiene and attendance."),
     h("Findings", "findings", ["recommendations"]),
     ("p", "The review identified three findings. Each is set out below with the recommendation that follows from it."),
     ("h2", "Finding 1: Neglect was assessed episode by episode"),
     ("p", "Each referral was assessed as if it were the first. The assessments did not draw on the history held in "
           "earlier records, so the cumulative harm to the children was not seen."),
     ("p", "Practitioners described the family as 'always just below the threshold'. No agency used the neglect "
           "screening tool that the partnership adopted in 2021."),
     items("recommendations", [
         "The partnership should require every assessment of a family referred more than twice in a year to include a "
         "chronology of all earlier referrals."], "rec"),
     ("h2", "Finding 2: Child T was not seen by health services for two years"),
     ("p", "Child T missed his two-year review and three appointments at the children's centre. The missed "
           "appointments were recorded but no one followed them up."),
     ("p", "The health visiting service closed Child T's record to the universal service without a home visit."),
     items("recommendations", [
         "The health visiting service should make a home visit before closing the record of any child under five who "
         "has missed two or more planned contacts."], "rec"),
     ("h2", "Finding 3: The mother's depression was treated apart from her parenting"),
     ("p", "The GP and the talking therapies service supported Child T's mother over many months. Neither asked how her "
           "low mood affected her care of three children."),
     items("recommendations", [
         "Adult mental health services should record the children in a patient's care and ask at each review how the "
         "parent's health affects them."], "rec"),
     h("Learning", "learning"),
     ("p", "The learning from this review for all practitioners is:"),
     items("learning", [
         "Neglect is harm that builds up over time; each new concern must be weighed with everything already known.",
         "A missed appointment for a young child is a possible sign of neglect and needs to be followed up.",
         "Practitioners working with a parent need to think about the children in the household."], "para"),
     h("Conclusion", "conclusion"),
     ("p", "Child T is now thriving in foster care. The partnership has accepted the recommendations and will report on "
           "its progress within six months."),
     ("p", INVENTED)],
    ["python-docx DOCX -> LibreOffice 7.4, untagged, Carlito",
     "**legal three-level paragraph numbering typed into the text**: headings '1. Introduction', sub-headings '4.1 "
     "Finding 1: ...', body paragraphs '1.1', '1.2' and '4.1.1', '4.1.2' with a hanging tab",
     "**a recommendation inside each finding** as a numbered paragraph '4.1.3 Recommendation 1: ...' (bold lead-in); "
     "no recommendations section; learning as numbered paragraphs '5.2' .. '5.4' after a lead-in paragraph 5.1"])

# ---------- 2. Wintersett: executive summary and overview report in one PDF (Chromium)
N_LEARN = [
    "Practitioners should ask young people directly about who they spend time with and where they go when missing.",
    "Going missing repeatedly is a sign of risk outside the home, not a choice to be recorded and closed.",
    "Information about adults who pose a risk to children must be shared between police and children's social care "
    "the same day."]
N_RECS = [
    "The partnership should review its missing children protocol so that a third episode in ninety days leads to a "
    "strategy discussion.",
    "Children's social care and the police should agree how intelligence about exploitation is shared with the "
    "allocated social worker.",
    "Schools should be told within one working day when a pupil has been reported missing."]
WINTERSETT_COVER = {"title": "Child Safeguarding Practice Review: Child N",
                    "title_alts": ["Child Safeguarding Practice Review: Child N - Executive Summary"],
                    "child_name": "Child N", "review_type": CSPR, "area": "Wintersett", "year": 2025,
                    "partnership": "Wintersett Children's Safeguarding Partnership",
                    "by": "Independent author: Dr Alun Ferrier", "date": "May 2025"}
WINTERSETT = rep(
    "wintersett-cspr-child-n.pdf", "chromium_two_documents",
    dict(WINTERSETT_COVER, subtitle="Executive Summary"),
    [h("Introduction", "introduction"),
     ("p", "This executive summary sets out the main points of the review into the help given to Child N, who was "
           "fifteen when she was found to have been sexually exploited by adults in Wintersett."),
     h("Summary of events", "background", ["summary"]),
     ("p", "Child N went missing from home fourteen times in six months. Each time she returned within two days and "
           "each return interview was recorded as 'no concerns disclosed'."),
     h("Learning", "learning"),
     ("restate", "learning", ["Ask young people directly where they go.", "Repeated missing episodes signal risk.",
                              "Share information about risky adults the same day."]),
     h("Recommendations", "recommendations"),
     ("restate", "recommendations", ["Review the missing children protocol.", "Agree how exploitation intelligence is "
                                     "shared.", "Tell schools when a pupil goes missing."]),
     ("title2", dict(WINTERSETT_COVER, subtitle="Overview Report")),
     h("Introduction", "introduction"),
     ("p", "This overview report is the full account of the review. The executive summary that comes before it in "
           "this document gives its main points."),
     h("Methodology", "methodology"),
     ("p", "The review used a systems approach. Seven agencies took part and the author met Child N and her father."),
     h("Background", "background"),
     ("p", "Child N lived with her father and his partner. Her mother had died when she was nine. She was a capable "
           "student until Year 10, when her attendance fell."),
     ("p", "From the autumn of 2023 she was seen with older men in cars outside the school, and her father reported "
           "her missing for the first time in November 2023."),
     h("Analysis", "findings"),
     ("p", "Each missing episode was handled on its own. The return interviews were carried out by a different worker "
           "each time and none of them asked Child N who she had been with."),
     ("p", "The police held intelligence linking two of the men to other girls, but it was not shared with the social "
           "worker until after the last episode."),
     h("Learning", "learning"),
     items("learning", N_LEARN, "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", N_RECS, "ol"),
     h("Conclusion", "conclusion"),
     ("p", "Child N is now living with her aunt and is back in education. She told the author that she wanted workers "
           "to keep asking even when she said she was fine."),
     ("p", INVENTED)],
    ["Chromium print of one HTML file holding two documents, untagged, Liberation Sans",
     "**an executive summary (title page 'Executive Summary', 'Introduction', 'Summary of events', 'Learning', "
     "'Recommendations') followed by the overview report (a second title page 'Overview Report', then 'Introduction' "
     ".. 'Conclusion')**: two title pages and repeated section names in one PDF",
     "truth: every printed heading is a section (both documents); the executive summary's short bullets restate the "
     "overview's items and give no items; the title is the first title page's (with ' - Executive Summary' accepted)"])

# ---------- 3. Pennistow: two-page contents list with dot leaders (pdflatex)
CHRON = [
    ("January 2023: Booking with the midwife", "Baby R's mother booked late, at twenty-two weeks. She told the midwife "
     "she lived alone."),
    ("March 2023: Birth", "Baby R was born at thirty-seven weeks. The ward noted that her father visited but did not "
     "record his details."),
    ("April 2023: New birth visit", "The health visitor saw Baby R at home and noted a second adult's coat and shoes."),
    ("May 2023: Domestic abuse incident", "Police attended a neighbour's call about shouting. Both adults said nothing "
     "had happened and no notification was sent."),
    ("June 2023: Six-week check", "The GP saw Baby R and her mother. Baby R was gaining weight and no concerns were "
     "raised."),
    ("August 2023: Housing transfer request", "Baby R's mother asked the housing association to move her because of "
     "'a problem with an ex'. The request was refused."),
    ("September 2023: Second police call", "Police were called to the flat again. The father had left when they "
     "arrived; the risk assessment was graded standard."),
    ("October 2023: Missed appointments", "Baby R missed her immunisations twice. A letter was sent to her mother."),
    ("November 2023: Referral to children's social care", "The health visitor referred Baby R after her mother "
     "disclosed that the father had pushed her while she held the baby."),
    ("November 2023: Assessment", "A social worker visited twice. The father was not seen and the case was closed "
     "with advice."),
    ("December 2023: Admission to hospital", "Baby R was admitted with bruising to her chest and a fractured rib. A "
     "strategy discussion was held the same evening."),
]
PENNISTOW_SUBS = [
    ("What the review asked", "The terms of reference asked how well agencies knew who was in Baby R's life and how "
     "they responded to domestic abuse."),
    ("Who took part", "The midwifery, health visiting, GP, police, housing and children's social care services took "
     "part."),
    ("The family's involvement", "Baby R's mother met the reviewer twice. The father did not reply to letters."),
]
PENNISTOW = rep(
    "pennistow-lcspr-baby-r.pdf", "pdflatex_long_toc",
    {"title": "Local Child Safeguarding Practice Review: Baby R", "child_name": "Baby R", "review_type": CSPR,
     "area": "Pennistow", "year": 2024, "partnership": "Pennistow Safeguarding Children Partnership",
     "by": "Lead reviewer: Catrin Holloway", "date": "November 2024"},
    [h("Introduction", "introduction"),
     ("p", "This review looks at the help given to Baby R and her parents from her mother's pregnancy until Baby R was "
           "admitted to hospital with serious injuries at nine months old."),
     h("The review process", "methodology")]
    + [b for t, p in PENNISTOW_SUBS for b in (("h2", t), ("p", p))]
    + [h("Chronology of key events", "background")]
    + [b for t, p in CHRON for b in (("h2", t), ("p", p))]
    + [h("Analysis", "findings"),
       ("h2", "Knowing who is in the household"),
       ("p", "Several practitioners saw signs that a man was living in the flat or visiting often. None of them asked "
             "who he was, and his history of violence was not known to the services caring for Baby R."),
       ("h2", "Domestic abuse and a baby"),
       ("p", "The two police calls were graded standard risk because Baby R's mother did not support action. The "
             "presence of a baby was not treated as raising the risk."),
       ("h2", "Closing the assessment"),
       ("p", "The assessment closed without the father being seen. The mother's account was accepted although it had "
             "changed between the two visits."),
       h("Learning", "learning"),
       items("learning", [
           "Every adult who lives with or often visits a baby should be identified and their history checked.",
           "Domestic abuse where a baby lives is a risk to the baby, whatever the adult victim says.",
           "An assessment cannot be complete while a parent who is part of the baby's life has not been seen."], "ol"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The police should include the presence of a child under one in the risk grading of every domestic abuse call.",
           "Children's social care should not close an assessment of a baby until both parents have been seen or the "
           "reason they could not be has been agreed by a manager.",
           "The partnership should run a campaign for practitioners on asking about the men in a baby's life."], "ol"),
       h("Conclusion", "conclusion"),
       ("p", "Baby R has recovered from her injuries and lives with her maternal grandparents."),
       ("p", INVENTED)],
    ["pdflatex (TeX Live 2022), article, Latin Modern, untagged, hyperref outline off",
     "**a contents list two pages long** (pages 2-3: `\\tableofcontents` with tocloft dot leaders for sections and "
     "subsections, page numbers right-aligned, wide entry spacing), the body from page 4",
     "numbered `\\section`s '1 Introduction' .. '7 Conclusion' with many `\\subsection`s (dated chronology entries, "
     "analysis themes): sub-headings, no sections"],
    body_from=4)

# ---------- 4. Saltmere: a vertical side label naming the section on every page (Chromium, pages laid out by hand)
SALTMERE = rep(
    "saltmere-cspr-child-k.pdf", "chromium_side_labels",
    {"title": "Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
     "area": "Saltmere", "year": 2025, "partnership": "Saltmere Safeguarding Children Partnership",
     "by": "Reviewer: Joanna Threlkeld", "date": "February 2025"},
    [("page", "Introduction"),
     h("Introduction", "introduction"),
     ("p", "This review was carried out after Child K, aged eleven, was seriously injured in a fall from the window of "
           "his family's flat while his mother was under the influence of alcohol."),
     ("p", "It looks at the work of agencies with Child K and his family in the two years before the fall."),
     h("Background", "background"),
     ("p", "Child K lived with his mother and his younger brother. His mother had misused alcohol since her early "
           "twenties and had completed two courses of treatment."),
     ("p", "Child K was a young carer. He got his brother ready for school most mornings and was often late himself."),
     ("page", "Findings"),
     h("Findings", "findings"),
     ("h2", "A young carer who was not identified"),
     ("p", "Child K's school knew he looked after his brother but did not refer him to the young carers service. "
           "Teachers saw his lateness as a behaviour problem."),
     ("h2", "Relapse was expected but not planned for"),
     ("p", "The alcohol service closed the mother's case after six months of abstinence. There was no plan for what "
           "would happen if she drank again, although relapse had followed each earlier treatment."),
     ("h2", "The children's voices"),
     ("p", "Child K told his school nurse that 'mum sleeps a lot'. The comment was recorded but not explored."),
     ("page", "Learning"),
     h("Learning", "learning"),
     items("learning", [
         "Young carers need to be identified and offered support, and their caring role may hide neglect.",
         "Treatment services should plan with families for a possible relapse before closing a case.",
         "What children say about a parent's behaviour should be followed up with the child."], "ul"),
     h("Good practice", "good_practice"),
     items("good_practice", [
         "The ambulance crew and the hospital made a referral to children's social care within the hour."], "ul"),
     ("page", "Recommendations"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Schools should refer pupils who care for a family member to the young carers service with the family's "
         "agreement.",
         "The alcohol service should agree a relapse plan with every parent before closing their case.",
         "The partnership should publish a short guide for practitioners on talking with children about a parent's "
         "drinking."], "ol"),
     ("p", INVENTED)],
    ["Chromium print of pages laid out by hand (one fixed-size block per A4 page), untagged, Liberation Sans",
     "**a coloured vertical side label in the left margin of every body page** (white bold capitals on a teal tab, "
     "`writing-mode: vertical-rl` turned 180 degrees) naming the section the page holds ('INTRODUCTION', 'FINDINGS', "
     "'LEARNING', 'RECOMMENDATIONS'); the headings are printed in the body as well",
     "findings with three sub-headings; learning and good practice bullets on one page; numbered recommendations"])

# ---------- 5. Hollinsworth: 'What we found | What we will do' table without rulings (python-docx -> LO)
HOLLINSWORTH = rep(
    "hollinsworth-lcspr-child-d.pdf", "python_docx_lo_found_do",
    {"title": "Local Child Safeguarding Practice Review: Child D", "child_name": "Child D", "review_type": CSPR,
     "area": "Hollinsworth", "year": 2025, "partnership": "Hollinsworth Safeguarding Children Partnership",
     "by": "Reviewers: Priya Mandeville and Tom Askew", "date": "June 2025"},
    [h("Introduction", "introduction"),
     ("p", "Child D was sixteen when she was admitted to hospital after taking an overdose. She had been living in "
           "semi-independent accommodation, placed there by another local authority."),
     h("How we did this review", "methodology"),
     ("p", "We read the records of eight agencies in two areas and held a practitioner event. Child D spoke to us by "
           "video call and told us what had helped and what had not."),
     h("What happened", "background", ["findings"]),
     ("p", "Child D had been in care since she was twelve. She moved to Hollinsworth in February 2024, ninety miles "
           "from her home area, because there was no local placement."),
     ("p", "She was not registered with a GP in Hollinsworth for four months. The child and adolescent mental health "
           "service in her home area closed her case when she moved, and the local service had a waiting list."),
     ("p", "Staff at the accommodation were on site during the day only. Child D self-harmed twice in the evenings "
           "before the overdose."),
     h("What we found and what we will do", "learning", ["findings", "recommendations"]),
     ("p", "The table sets out what we found and what the partnership will do about each finding."),
     ("found", [
         ("Children placed from other areas can lose their health services when they move, and no one checks that new "
          "services are in place.",
          "The partnership will ask every placing authority to confirm GP and mental health arrangements within five "
          "days of a child arriving."),
         ("Accommodation without staff at night is not safe for a young person who is self-harming.",
          "The partnership will raise with the placing authorities the use of unstaffed evening provision for children "
          "at risk of self-harm."),
         ("Local practitioners did not know who Child D's social worker was or how to reach them.",
          "Children's social care will keep a list of children placed in Hollinsworth by other areas with their "
          "social workers' contact details.")]),
     h("Conclusion", "conclusion"),
     ("p", "Child D has now returned to her home area and lives in a staffed children's home. She asked us to say that "
           "she was 'not just a placement'."),
     ("p", INVENTED)],
    ["python-docx DOCX -> LibreOffice 7.4, untagged, Liberation Sans, Word built-in heading styles",
     "**'What we found and what we will do': a two-column table 'What we found | What we will do' with no rulings at "
     "all** (no borders, no shading; the header row bold), three rows: each left cell a learning item, each right cell "
     "a recommendation item; no other learning or recommendations section",
     "question-like headings 'How we did this review', 'What happened'"])

# ---------- 6. Lindmere: a big light section name behind every page (ReportLab platypus)
LINDMERE = rep(
    "lindmere-cspr-child-p.pdf", "reportlab_section_watermark",
    {"title": "Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
     "area": "Lindmere", "year": 2024, "partnership": "Lindmere Safeguarding Partnership",
     "by": "Author: Graham Oyelaran", "date": "August 2024"},
    [h("Introduction", "introduction"),
     ("p", "This review concerns Child P, a boy of seven with autism who was found to have suffered physical abuse "
           "at home over several months."),
     ("p", "It asks how agencies understood Child P's behaviour and whether his injuries could have been recognised "
           "sooner."),
     ("p", "The review was carried out between January and June 2024 and was overseen by a panel of senior managers "
           "from the three safeguarding partners."),
     h("Background", "background"),
     ("p", "Child P lived with his father and his father's partner. He attended a special school and had few words. "
           "His mother lived in another part of the country and saw him twice a year."),
     ("p", "From the spring of 2023 Child P's teachers noticed that he became distressed at home time and hit himself. "
           "They put this down to his autism."),
     ("p", "In October 2023 a teaching assistant saw a bruise shaped like a hand on his upper arm. The school made a "
           "referral the same day."),
     h("Findings", "findings"),
     ("p", "Changes in a disabled child's behaviour were explained by his disability. Nobody asked whether he might be "
           "telling them something about home."),
     ("p", "Two earlier marks had been recorded in the school's body map log but the log was not reviewed as a whole."),
     ("p", "Child P could not tell anyone what was happening. No one considered how he could be helped to communicate "
           "about his life at home, although the school used picture cards with him every day."),
     h("Learning", "learning"),
     items("learning", [
         "Disabled children are more likely to be abused and less likely to be able to tell anyone.",
         "A change in a disabled child's behaviour should not be explained by the disability until other causes have "
         "been considered.",
         "Records of marks and injuries should be looked at together so that patterns can be seen."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Special schools should review their body map records each half term and share any pattern with the "
         "designated safeguarding lead.",
         "The partnership should train practitioners in using a child's own communication methods to ask about home.",
         "Children's social care should involve a communication specialist in every assessment of a child who does "
         "not use speech."], "ol"),
     ("p", INVENTED)],
    ["ReportLab 3.6 platypus, untagged, Helvetica (base-14, not embedded)",
     "**a big light-grey section name drawn behind each page like a watermark** (the name of the section the page "
     "holds, 64 pt Helvetica-Bold capitals turned 40 degrees across the middle of the page, drawn before the body text); "
     "each section starts a new page",
     "headings 15 pt bold dark blue; learning bullets; numbered recommendations"])

# ---------- 7. Corvenham: endnotes referenced from the learning (flat ODT -> LibreOffice)
CORVENHAM = rep(
    "corvenham-lcspr-child-w.pdf", "fodt_lo_endnotes",
    {"title": "Local Child Safeguarding Practice Review: Child W", "child_name": "Child W", "review_type": CSPR,
     "area": "Corvenham", "year": 2025, "partnership": "Corvenham Safeguarding Children Partnership",
     "by": "Independent reviewer: Moira Feltham", "date": "March 2025"},
    [h("Introduction", "introduction"),
     ("pnote", "This review was commissioned after Child W, a baby of ten weeks, died suddenly while sleeping on a sofa "
               "with her father.", "The rapid review was held within fifteen working days of the notification, as "
               "the partnership's procedures require."),
     ("p", "The review considers the advice the family received about safer sleep and how agencies responded to the "
           "parents' circumstances."),
     h("Methodology", "methodology"),
     ("pnote", "The review followed the partnership's model for local reviews, with agency reports, a practitioner "
               "event and a meeting with the parents.", "The model is described in the partnership's case review "
               "procedure, section 4 (invented for this fixture)."),
     h("Background", "background"),
     ("p", "Child W's parents were both twenty. They lived with the paternal grandmother in a two-bedroom house. The "
           "father worked nights and the mother had postnatal depression."),
     ("p", "Safer sleep advice was given by the midwife before the birth and by the health visitor at the new birth "
           "visit. Both recorded that the parents 'understood the advice'."),
     h("Findings", "findings"),
     ("pnote", "Safer sleep advice was given as a one-off conversation. It did not explore what the family would do on "
               "nights when the usual plan broke down.", "Research on sudden infant death shows most deaths happen when "
               "the family's normal routine is disrupted."),
     ("p", "The father's tiredness from night work and the mother's depression were known to different services but "
           "were never considered together."),
     h("Learning", "learning"),
     ("p", "The notes at the end of this report give the sources for the learning."),
     items("learning", [
         "Safer sleep conversations should plan for the nights that are different, such as illness, tiredness or a "
         "change of house.",
         "Fathers and other carers should be given safer sleep advice directly, not through the mother.",
         "The effect of a parent's depression on the family's routines should be considered in safer sleep planning."],
           "ol"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The health visiting service should use a safer sleep assessment tool at every contact until a baby is six "
         "months old.",
         "Maternity services should offer safer sleep advice to fathers at the antenatal appointments they attend.",
         "The partnership should ask adult mental health services to include safer sleep in their work with new "
         "parents."], "ol"),
     h("Conclusion", "conclusion"),
     ("p", "Child W's parents asked that this review helps other families. The partnership has agreed an action plan "
           "to take the recommendations forward."),
     ("p", INVENTED)],
    ["flat ODT written by hand -> LibreOffice 7.4 writer_pdf_Export, untagged, Liberation Serif",
     "**endnotes** (`text:note-class=\"endnote\"`, roman numbers i, ii, iii .. as superscript calls at paragraph ends; "
     "LibreOffice collects them on a page of their own after the last section, no heading); each learning item ends with "
     "an endnote call ('... change of house.iv'); the notes' text gives no items",
     "headings 'Introduction' .. 'Conclusion' (Heading 1, maroon DejaVu Sans), numbered learning and recommendations"])

# ---------- 8. Ormsgill: hanging-indented recommendations broken over a page with the running header between (WeasyPrint)
ORMSGILL = rep(
    "ormsgill-lcspr-child-f.pdf", "weasyprint_hanging_recs",
    {"title": "Local Child Safeguarding Practice Review: Child F", "child_name": "Child F", "review_type": CSPR,
     "area": "Ormsgill", "year": 2025, "partnership": "Ormsgill Safeguarding Children Partnership",
     "by": "Independent reviewer: Sandra Kettlewell", "date": "January 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review looks at the help given to Child F, aged three, who was admitted to hospital severely "
           "malnourished in May 2024. It covers the eighteen months before the admission."),
     h("Background", "background"),
     ("p", "Child F lived with his mother, his father and a baby sister. The family had moved to Ormsgill from another "
           "area in 2022 and had no relatives nearby."),
     ("p", "The family had been known to early help services since Child F's first year, when his weight was noted to "
           "be on a low centile. A dietitian saw him twice and his weight was described as 'stable but low'."),
     h("Findings", "findings"),
     ("p", "Child F's weight was recorded at five contacts but never plotted on a chart that all services could see. "
           "Each practitioner saw a single figure."),
     ("p", "The early help plan focused on the parents' debts and housing. Child F's diet and growth were not part of "
           "it."),
     ("p", "When the family stopped attending the nursery, the nursery's attempts to reach them were not shared with "
           "the early help worker."),
     ("p", "The parents told practitioners that Child F was a fussy eater. This was accepted without anyone seeing him "
           "eat a meal."),
     ("p", "The health visitor's last contact was by telephone during a period when face-to-face visits had been "
           "reduced, and no home visit followed."),
     h("Learning", "learning"),
     items("learning", [
         "A child's growth should be seen over time on a shared chart, not as single measurements.",
         "Early help plans should include the child's own health and development, not only the family's practical "
         "needs.",
         "Seeing a young child eat is part of assessing concerns about feeding."], "ul"),
     h("Recommendations", "recommendations"),
     ("p", "The review makes the following recommendations to the Ormsgill Safeguarding Children Partnership and its "
           "member agencies."),
     items("recommendations", [
         "Health visiting and the GP practices should agree how a child's weight measurements are shared and plotted on "
         "one growth chart that every practitioner involved with the child can see.",
         "The early help service should revise its plan template so that every plan records the child's health, growth "
         "and development and who is responsible for checking them at each review.",
         "Nurseries should tell the lead professional within two working days when a child with an early help plan "
         "stops attending, and record the steps taken to contact the family and the result.",
         "Practitioners working with a child where there are feeding concerns should arrange to see the child eating "
         "a meal, at home or in a setting, and record what they saw.",
         "The partnership should audit twenty early help plans for children under five within twelve months to test "
         "whether these changes have been made."], "para"),
     h("Conclusion", "conclusion"),
     ("p", "Child F has gained weight steadily in foster care and is now on a healthy centile."),
     ("p", INVENTED)],
    ["WeasyPrint 57, untagged, DejaVu Sans",
     "**recommendations as a hanging-indented numbered list** (the number 'N.' in a 12 mm gutter, the text hanging) "
     "**broken over a page**: recommendation 3 starts at the foot of one page and ends on the next, with the running "
     "header ('Ormsgill LCSPR Child F  |  Recommendations', from `string-set`) and the page footer between its lines",
     "headings 14 pt bold green; learning bullets"],
    rec_break=3)

REPORTS = [ELDERSFIELD, WINTERSETT, PENNISTOW, SALTMERE, HOLLINSWORTH, LINDMERE, CORVENHAM, ORMSGILL]
