"""Batch 44 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in shapes real published reports have that earlier batches had not covered: endnote reference numbers glued to
words with an endnotes section; pull quotes and a sidebar beside the text on a three-column page; a landscape
recommendations table on a page turned with /Rotate 90; text drawn only inside Form XObjects (InDesign-like frames);
Word-style multi-level numbering (1., 1.1, a)) with findings and recommendations interleaved; recommendations only in an
appendix action plan table with many columns; an executive summary followed by the full report in one file; tagged PDFs
whose tags are poor (every element /P; every element /Span).

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section; ("h2", text) a sub-heading (no section); ("p", text)
(a '^N' in the text is an endnote call glued to the word before it: rendered as a superscript N, left out of the
truth); ("items", type, [texts], style) with style 'ol' / 'ul' / 'alpha' (a), b), ...) / 'rec' (bold 'Recommendation N'
label above the text, the label no item text); ("quote", text) a pull quote (no item); ("sidebar", title, [lines])
a boxed sidebar beside the text (no item); ("actions", [(no, recommendation, lead, actions, measure, by, status)]) an
appendix action plan table (each row's recommendation cell a recommendation item); ("landscape", [(no, rec, lead,
by)]) a table on its own landscape page (each row's recommendation cell a recommendation item); ("notes", [texts])
numbered endnotes (no items); ("pagebreak",); ("columns3",) / ("end_columns3",) three-column setting on.
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


# ---------- 1. Ashcombe: Chromium, page 2 in three columns, pull quotes, a sidebar beside the text
ASHCOMBE = rep(
    "ashcombe-lcspr-child-p.pdf", "chromium_three_columns",
    {"title": "Local Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
     "area": "Ashcombe", "year": 2026, "partnership": "Ashcombe Safeguarding Children Partnership",
     "by": "Independent reviewer: Helen Marchbank", "date": "March 2026"},
    [("columns3",),
     h("Introduction", "introduction"),
     ("p", "Child P was seven years old when a teacher noticed burns on both of his hands. He told her they had been "
           "held against a radiator as a punishment. He and his younger sister were placed with foster carers that day."),
     ("p", "The Ashcombe Safeguarding Children Partnership decided that a local review should look at how the school, "
           "health services and children's social care had worked with the family in the two years before."),
     ("quote", "\u201cI thought if I was quiet nobody would be cross.\u201d \u2014 Child P"),
     h("Methodology", "methodology"),
     ("p", "The reviewer read agency chronologies, met practitioners in two groups and spoke with Child P's foster "
           "carer and his class teacher. Child P's mother declined to take part."),
     ("sidebar", "About this review", ["Review type: local CSPR", "Period: May 2023 to June 2025",
                                        "Agencies: 6", "Practitioner events: 2"]),
     h("Family background", "background"),
     ("p", "Child P lived with his mother, his sister and his mother's partner. The family had moved to Ashcombe from "
           "another county in 2023 and were not known to services there."),
     ("p", "His attendance fell to seventy per cent in the year before the burns were seen, and he often arrived "
           "without a coat or breakfast."),
     ("end_columns3",),
     h("Findings", "findings"),
     ("p", "The school logged eleven low-level concerns over eighteen months, each recorded by a different member of "
           "staff. Nobody put them together until the designated lead reviewed the file after the burns were seen."),
     ("quote", "Eleven small worries, written down by eleven people, added up to one large one."),
     ("p", "A referral in 2024 about neglect was closed after a single home visit because the home was clean and the "
           "mother said the children were well. The children were not spoken to alone."),
     h("Learning", "learning"),
     items("learning", [
         "Low-level concerns only protect a child when someone reads them together and looks for a pattern.",
         "A clean home on a planned visit says little about how children are treated when nobody is watching.",
         "Children who are very quiet and compliant in school may be showing fear rather than contentment."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Schools in Ashcombe should review how concerns logged by different staff are brought together and checked "
         "by the designated safeguarding lead each half term.",
         "Children's social care should ensure that children are seen and spoken to alone before a neglect referral "
         "is closed.",
         "The partnership should include the learning from this review in its neglect training for school staff."], "ol")],
    ["Chromium print, Liberation Sans; cover page; page 2 set in three CSS columns (column-count 3, column rules) "
     "holding the first three sections, a pull quote spanning the columns (column-span: all, 15 pt italic, teal) and a "
     "shaded sidebar box 'About this review' inside the second column; later pages single column with a pull quote "
     "floated right beside the findings text"])

# ---------- 2. Brayfield: Chromium, executive summary then the full report in one file
BRAYFIELD = rep(
    "brayfield-cspr-child-s-summary-and-report.pdf", "chromium_summary_then_report",
    {"title": "Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
     "area": "Brayfield", "year": 2025, "partnership": "Brayfield Children's Safeguarding Partnership",
     "by": "Lead reviewer: Graham Tollerton", "date": "November 2025"},
    [h("Executive summary", "summary", ["introduction"]),
     ("h2", "Why this review was undertaken"),
     ("p", "Child S, aged fourteen, was seriously injured in a stabbing in a town centre car park. He had been "
           "excluded from school four months earlier and was known to be carrying drugs for older young people."),
     ("h2", "What the review found"),
     ("p", "Agencies saw Child S as a young person making choices rather than as a child being exploited. The move "
           "to part-time education left him with long unsupervised days."),
     ("h2", "What needs to change"),
     ("p", "The full report sets out four recommendations for the partnership, schools and the police. They are "
           "listed in section 6 of the full report which follows this summary."),
     ("pagebreak",),
     h("1. Introduction", "introduction"),
     ("p", "This is the full report of the review of the circumstances of Child S. The Brayfield Children's "
           "Safeguarding Partnership commissioned it in February 2025 after a rapid review."),
     h("2. Terms of reference and method", "methodology"),
     ("p", "The review covered the period from Child S's move to secondary school in September 2022 to the day of "
           "the stabbing. The reviewer read agency reports, held a practitioner workshop and met Child S and his mother."),
     h("3. Child S and his family", "background"),
     ("p", "Child S lived with his mother and two younger brothers. His father left when he was nine. He enjoyed "
           "football and had hoped to join an academy, but stopped attending training in Year 8."),
     ("p", "From the spring of 2024 he was often missing overnight and was twice found in another town with cash and "
           "cannabis. On both occasions he was treated as a suspect and released under investigation."),
     h("4. Analysis", "findings"),
     ("p", "The exclusion in November 2024 followed a fight in which Child S had a knife. No one asked who had given "
           "him the knife or why he felt he needed it. The exploitation screening tool was not completed."),
     ("p", "His mother asked for help three times, once through the school and twice through the police. Each request "
           "was passed on but no agency met her to make a plan."),
     h("5. Learning", "learning"),
     items("learning", [
         "A child found carrying drugs or cash far from home should be seen first as a possible victim of "
         "exploitation.",
         "Exclusion and reduced timetables can remove the protection that a school day gives a child at risk.",
         "A parent asking for help with a child's safety outside the home is giving agencies a chance to act "
         "together.",
         "Screening tools only help when they are completed and their results are shared."], "ul"),
     h("6. Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should make sure that every child released under investigation for drug offences is "
         "screened for criminal exploitation within two working days.",
         "Schools should consult the child's social worker or the exploitation team before any exclusion of a child "
         "known to be at risk outside the home.",
         "Brayfield Police should review how requests for help from parents about exploitation are recorded and "
         "followed up.",
         "The partnership should audit the use of the exploitation screening tool in six months' time."], "ol"),
     h("7. Conclusion", "conclusion"),
     ("p", "Child S is recovering and has moved with his family to another area. The partnership is grateful to him "
           "and his mother for their part in this review.")],
    ["Chromium print, DejaVu Serif body and DejaVu Sans headings; cover; a one-page 'Executive summary' with its own "
     "bold sub-headings (no sections) saying the full report follows; then 'Full report' restarting with a second "
     "title line and numbered headings '1. Introduction' .. '7. Conclusion'; running footer by CSS @page"],
    summary_subheads=True)

# ---------- 3. Culverton: hand-written PostScript -> Ghostscript, recommendations table on a landscape page at /Rotate 90
CULVERTON = rep(
    "culverton-lcspr-child-a.pdf", "postscript_rotate90",
    {"title": "Local Child Safeguarding Practice Review: Child A", "child_name": "Child A", "review_type": CSPR,
     "area": "Culverton", "year": 2025, "partnership": "Culverton Safeguarding Children Partnership",
     "by": "Reviewer: Patricia Hollingdrake", "date": "July 2025"},
    [h("1. Introduction", "introduction"),
     ("p", "Child A was a baby of five weeks when he was admitted to hospital with a head injury. The injury was found "
           "to be non-accidental. His father was later convicted of causing grievous bodily harm."),
     h("2. The review process", "methodology"),
     ("p", "The partnership appointed an independent reviewer. Agencies completed reports, and practitioners from "
           "maternity, health visiting, the GP surgery and the police met twice to discuss the draft findings."),
     h("3. Background", "background"),
     ("p", "Child A's parents were both twenty. His father had a history of violence towards a previous partner which "
           "was known to the police but not to the midwife or the health visitor."),
     h("4. Findings", "findings"),
     ("p", "Information about the father's violence was held by one agency and never reached the people who visited "
           "the home. Practitioners focused on the mother, who was the only parent present at most contacts."),
     ("p", "The hospital saw Child A at three weeks for a small mark on his ear. The explanation was accepted without "
           "a discussion with a senior paediatrician."),
     h("5. Learning", "learning"),
     items("learning", [
         "Fathers and other men in a baby's life must be seen, assessed and included in plans.",
         "Any mark on a baby who is not yet moving needs a senior medical opinion and a clear record.",
         "Information about domestic abuse held by police should reach the health professionals visiting a new baby."],
           "ul"),
     h("6. Recommendations", "recommendations"),
     ("p", "The recommendations are set out in the table on the next page, with the agency leading each one."),
     ("landscape", [
         ("1", "Maternity and health visiting services should record the name and role of every man in the household "
               "and ask about his history at booking and the new birth visit.", "Integrated Care Board", "Dec 2025"),
         ("2", "The hospital should audit the use of its protocol for marks on babies who are not mobile, including "
               "referral to a senior paediatrician.", "Culverton Hospital Trust", "Mar 2026"),
         ("3", "Culverton Police should agree with health partners how domestic abuse history is shared when a baby "
               "is expected.", "Culverton Police", "Jan 2026"),
         ("4", "The partnership should run a campaign for new fathers on coping with a crying baby.",
               "Partnership business unit", "Jun 2026")])],
    ["hand-written PostScript (a Python program emits the page descriptions: Times-Roman body, Helvetica-Bold "
     "headings, base-14 fonts) -> Ghostscript 10 pdfwrite (-dAutoRotatePages=/None), then qpdf --rotate=+90 on the "
     "last page: that page's content is drawn turned ('595 0 translate 90 rotate') so that with /Rotate 90 it shows "
     "a landscape four-column ruled table 'No. | Recommendation | Lead agency | By when'"])

# ---------- 4. Dunsford: Node.js raw PDF writer, tagged with every element /P; Word-style multi-level numbering
DUNSFORD = rep(
    "dunsford-lcspr-child-t.pdf", "node_raw_all_P",
    {"title": "Local Child Safeguarding Practice Review: Child T", "child_name": "Child T", "review_type": CSPR,
     "area": "Dunsford", "year": 2026, "partnership": "Dunsford Safeguarding Children Partnership",
     "by": "Author: Simon Achterberg", "date": "April 2026"},
    [h("1. Introduction", "introduction"),
     ("p", "1.1 Child T was nine years old and lived with her grandmother under a special guardianship order. She died "
           "after an asthma attack at home. The inquest found that her medication had not been collected for months."),
     ("p", "1.2 The partnership agreed that the case met the criteria for a local review because of concerns about "
           "how agencies supported the special guardian."),
     h("2. Background", "background"),
     ("p", "2.1 Child T's grandmother was seventy-one and cared for her alone. She had arthritis and limited mobility "
           "and did not drive. The nearest pharmacy was two bus rides away."),
     h("3. Findings and recommendations", "findings"),
     ("h2", "3.1 Finding 1: Missed medical appointments were not followed up"),
     ("p", "3.1.1 Child T missed four asthma reviews at the GP practice. Each was coded as 'did not attend' and a "
           "letter was sent. No one rang the grandmother or told the school nurse."),
     items("recommendations", [
         "Dunsford GP practices should treat a child's missed appointment as 'was not brought' and follow it up with "
         "the carer and the school nurse."], "alpha"),
     ("h2", "3.2 Finding 2: Special guardians were left without support"),
     ("p", "3.2.1 The special guardianship support plan ended after a year. The grandmother's health had worsened and "
           "she told a neighbour she could not manage, but did not know whom to ask."),
     items("recommendations", [
         "Children's social care should review every special guardianship support plan at least once a year for the "
         "first three years.",
         "The partnership should publish a guide for kinship carers on where to get practical help."], "alpha"),
     ("h2", "3.3 Finding 3: The school saw the signs but did not connect them"),
     ("p", "3.3.1 Child T used her inhaler at school several times a day in the last term. The school recorded this "
           "but did not tell anyone that her asthma seemed poorly controlled."),
     items("recommendations", [
         "Schools should have a way of alerting the school nursing service when a child's health condition appears "
         "to be getting worse."], "alpha"),
     h("4. Learning for all agencies", "learning"),
     items("learning", [
         "A child who is not brought to health appointments may be suffering neglect of her health needs, whatever "
         "the reason.",
         "Kinship carers often struggle quietly; support should follow their needs, not the calendar of the order.",
         "Small signs in different places, put together, can show a child's health is at risk."], "ol"),
     h("5. Conclusion", "conclusion"),
     ("p", "5.1 Child T was a lively and much-loved girl. Her death was preventable. The partnership has accepted all "
           "four recommendations.")],
    ["tagged PDF written by a small Node.js program (no packages): StructTreeRoot with every structure element /P "
     "(headings, sub-headings, list items all /P; no H, L, LI), MCID marked content; base-14 Helvetica / "
     "Helvetica-Bold; Word-style multi-level numbering: '1.', paragraph numbers '1.1' and '3.1.1', sub-headings "
     "'3.1 Finding 1: ..' and recommendations as 'a)' 'b)' lists straight after each finding; no outline"])

# ---------- 5. Eskdale Moor: Perl raw PDF writer, every text frame a Form XObject, tags /Span only, sidebar
ESKDALE = rep(
    "eskdale-moor-cspr-child-w.pdf", "perl_raw_form_xobjects",
    {"title": "Child Safeguarding Practice Review: Child W", "child_name": "Child W", "review_type": CSPR,
     "area": "Eskdale Moor", "year": 2025, "partnership": "Eskdale Moor Safeguarding Partnership",
     "by": "Independent author: Dr Fiona Lathbury", "date": "October 2025"},
    [h("Introduction", "introduction"),
     ("p", "Child W was sixteen and living in supported accommodation when she took an overdose. She survived after "
           "several days in intensive care. She had been in care since the age of twelve."),
     ("sidebar", "Key facts", ["Age at the incident: 16", "Placements since 12: 7", "Social workers: 5",
                                "Review period: 2022 to 2025"]),
     h("Scope and approach", "methodology"),
     ("p", "The review looked at the three years before the overdose. Child W met the reviewer twice and chose which "
           "parts of her story should be told."),
     h("Context", "background"),
     ("p", "Child W moved to supported accommodation at fifteen after her last foster placement ended. Staff visited "
           "for two hours a day. She had been waiting for a mental health assessment for nine months."),
     h("What we found", "findings"),
     ("p", "Her move to supported accommodation was made because no other placement was available, not because it met "
           "her needs. Her self-harm increased after the move and was recorded by staff as 'attention seeking'."),
     ("p", "Each change of social worker meant Child W had to tell her story again. She said she stopped telling "
           "anyone how she felt because nothing happened when she did."),
     h("Learning", "learning"),
     items("learning", [
         "Supported accommodation is not care; a fifteen-year-old with complex needs needs more adult support, not less.",
         "Language such as 'attention seeking' hides distress and can stop professionals acting.",
         "Frequent changes of worker cost children trust that is hard to rebuild."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The local authority should not place children under sixteen in supported accommodation unless a senior "
         "manager has agreed a plan for their emotional and mental health.",
         "The mental health service should agree a maximum waiting time for assessment of children in care who "
         "self-harm.",
         "The partnership should run practice sessions on the language used to describe self-harm."], "ol")],
    ["a small Perl program (core Perl, no PDF module) writes every text frame (a heading, a paragraph, a list, the "
     "sidebar) as its own Form XObject placed with 'cm ... Do' (InDesign-like export: no text in the page content "
     "stream itself); tagged, every structure element /Span under /Document (no P, H or L); base-14 Times-Roman body, "
     "Helvetica-Bold headings; a shaded 'Key facts' sidebar frame in a right-hand column beside the introduction"])

# ---------- 6. Fenby: groff -ms + tbl -> ps2pdf, recommendations only in an appendix action plan of seven columns
FENBY = rep(
    "fenby-learning-review-child-c.pdf", "groff_ms_tbl_action_plan",
    {"title": "Learning Review: Child C", "child_name": "Child C", "review_type": "learning_review",
     "area": "Fenby", "year": 2026, "partnership": "Fenby Safeguarding Children Partnership",
     "by": "Reviewers: Anne Pickersgill and Tom Okafor", "date": "February 2026"},
    [h("1. Purpose of the review", "introduction"),
     ("p", "Child C, aged three, was found by police alone in a flat during a welfare check. She was dehydrated and "
           "had a nappy rash so severe that it needed hospital treatment. Her mother was later found in a cell after "
           "an arrest."),
     h("2. How we did it", "methodology"),
     ("p", "This learning review used a systems approach. Practitioners from six agencies took part in two "
           "workshops, and the review team read the records of the two years before Child C was found."),
     h("3. What happened", "background"),
     ("p", "Child C's mother used heroin and was on a methadone programme. She had told her drug worker that she had a "
           "friend who would look after Child C if anything happened. Nobody had checked this."),
     h("4. What we learned", "learning"),
     items("learning", [
         "When a parent who uses drugs is arrested, the first question must be who is caring for the children.",
         "A contingency plan for a child's care that has never been checked is not a plan.",
         "Drug services are often the only agency in regular contact with a parent and need to think about the "
         "children they never see."], "ul"),
     h("5. Next steps", "conclusion", ["recommendations"]),
     ("p", "The partnership has agreed the action plan in the appendix. Progress will be reported to the partnership's "
           "executive group every quarter."),
     h("Appendix: Action plan", "recommendations", ["appendix"]),
     ("actions", [
         ("1", "Custody staff should ask every arrested adult whether they care for a child and act on the answer "
               "before the first interview.", "Fenby Police", "Add question to custody booking", "Audit of 50 records",
               "Apr 2026", "Amber"),
         ("2", "Drug and alcohol services should check each parent's contingency plan for their children with the "
               "named carer.", "Fenby Recovery Service", "Revise assessment form", "Quarterly case audit",
               "Jun 2026", "Green"),
         ("3", "Children's social care should be told when a parent on a substitute prescription misses three "
               "doses in a row.", "Pharmacy and Recovery Service", "Information sharing agreement", "Agreement signed",
               "Sep 2026", "Red"),
         ("4", "The partnership should repeat its briefing on hidden children of parents who use drugs.",
               "Partnership business unit", "Briefing and 7 minute guide", "Attendance of 200 staff", "Dec 2026",
               "Green")])],
    ["groff 1.22 -ms with tbl (grops -> Ghostscript ps2pdf), Times-Roman / Helvetica-Bold headings, untagged, no "
     "outline; numbered headings; no recommendations section in the body: the recommendations stand only in the "
     "'Appendix: Action plan' table of seven ruled columns (No. | Recommendation | Lead | Action | Measure | By | "
     "RAG) set in 8 pt text blocks"])

# ---------- 7. Glenholt: hand-written PostScript -> Ghostscript, endnote numbers glued to words, endnotes section
GLENHOLT = rep(
    "glenholt-lcspr-child-r.pdf", "postscript_endnotes",
    {"title": "Local Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
     "area": "Glenholt", "year": 2026, "partnership": "Glenholt Safeguarding Children Partnership",
     "by": "Lead reviewer: Martin Eversleigh", "date": "May 2026"},
    [h("1. Introduction", "introduction"),
     ("p", "Child R was twelve when he disclosed that his stepfather had sexually abused him over three years.^1 He "
           "told a youth worker at a holiday club, who referred him the same day."),
     h("2. Methodology", "methodology"),
     ("p", "The review followed the national guidance for local reviews^2 and used a practitioner learning event with "
           "staff from the school, the youth service, children's social care and the police."),
     h("3. Background", "background"),
     ("p", "Child R lived with his mother, his stepfather and two half-sisters. His stepfather had a conviction for "
           "indecent images that was spent under the rehabilitation rules^3 and was not known to the school."),
     h("4. Findings", "findings"),
     ("p", "Child R's behaviour changed sharply in Year 7: he stopped eating lunch, wet himself twice and became "
           "angry in class.^4 These were treated as behaviour problems and managed with sanctions."),
     ("p", "Research shows that most children who are sexually abused within the family do not tell anyone while it is "
           "happening.^5 Professionals need to notice signs rather than wait for words."),
     h("5. Learning", "learning"),
     items("learning", [
         "Sudden changes in a child's behaviour, eating or continence can be signs of sexual abuse and should be "
         "explored with curiosity, not only managed.^6",
         "Children are more likely to tell a trusted adult in an informal setting than in a formal interview.",
         "A stepparent's past offending may not show up in routine checks and should be asked about directly."], "ul"),
     h("6. Recommendations", "recommendations"),
     items("recommendations", [
         "Schools should make sure that staff understand the signs of intra-familial sexual abuse set out in the "
         "partnership's practice guidance.^7",
         "The youth service should be invited to contribute to multi-agency training on responding to disclosures.",
         "Children's social care should ask about the criminal history of every adult in the household during "
         "assessments."], "ol"),
     h("Endnotes", "appendix", ["other"]),
     ("notes", [
         "The dates of the abuse are given in the police report and are not repeated here.",
         "Working Together to Safeguard Children (invented edition used for this fixture).",
         "Rehabilitation rules as they applied at the time; no real statute is described.",
         "School behaviour log, September 2024 to March 2025.",
         "Invented research summary used for software testing only.",
         "Glenholt Partnership practice briefing on sexual abuse, 2025 (invented).",
         "Glenholt intra-familial sexual abuse practice guidance (invented)."])],
    ["hand-written PostScript (a Python program emits the page descriptions: Times-Roman body, "
     "Helvetica-Bold headings) -> Ghostscript 10 pdfwrite; endnote calls as 6.5 pt raised digits glued to the word or "
     "full stop before them (no space), one inside a learning item and one inside a recommendation; an 'Endnotes' "
     "section of seven numbered notes on the last page; footer 'Glenholt SCP - page N'"])

# ---------- 8. Hollinbrook: Node.js raw PDF writer, tagged with every element /Span, pull quote and two columns body
HOLLINBROOK = rep(
    "hollinbrook-cspr-child-j.pdf", "node_raw_all_span",
    {"title": "Child Safeguarding Practice Review: Child J", "child_name": "Child J", "review_type": CSPR,
     "area": "Hollinbrook", "year": 2025, "partnership": "Hollinbrook Safeguarding Children Partnership",
     "by": "Reviewer: Catherine Ulverscroft", "date": "August 2025"},
    [h("Introduction", "introduction"),
     ("p", "Child J was a baby girl of four months who died in an unsafe sleeping arrangement, sharing a sofa with her "
           "father who had been drinking. The coroner recorded an open conclusion."),
     h("The review", "methodology"),
     ("p", "Agencies provided reports and took part in a learning event. The reviewer met Child J's mother, who wanted "
           "other parents to understand the risks."),
     h("Background", "background"),
     ("p", "The family lived in a one-bedroom flat. The parents had been given a cot but said the flat was too small for "
           "it. Safer sleep advice was given at birth and at the new birth visit."),
     ("quote", "\u201cWe knew the advice. Nobody asked what we would do on a bad night.\u201d"),
     h("Findings", "findings"),
     ("p", "Safer sleep advice was given as a leaflet and a conversation about ideal conditions. It did not explore "
           "what the parents would do when tired, when drinking, or when the baby would not settle."),
     ("p", "Housing had been told that the family were overcrowded but the application was not prioritised."),
     h("Learning", "learning"),
     items("learning", [
         "Safer sleep conversations should plan for the nights that do not go to plan, including alcohol and exhaustion.",
         "Housing conditions are part of a baby's safety and belong in health and social care assessments.",
         "Fathers need to hear the safer sleep message directly, not only through the mother."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Health visiting should adopt a safer sleep assessment that asks parents about alcohol, tiredness and where "
         "the baby will sleep when they are away from home.",
         "The housing service should give priority to families with a baby under one who cannot fit a cot in their "
         "home.",
         "The partnership should produce safer sleep material aimed at fathers."], "ol")],
    ["tagged PDF written by the same Node.js program: every structure element /Span directly under /Document (no P, "
     "H, L); body pages in two columns, headings Helvetica-Bold 13 pt; a pull quote in 13 pt Times-Italic between "
     "two rules in the first column; MCID marked content; no outline"],
    columns=True)

REPORTS = [ASHCOMBE, BRAYFIELD, CULVERTON, DUNSFORD, ESKDALE, FENBY, GLENHOLT, HOLLINBROOK]
