"""Batch 55 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in DESIGNED publication looks (laid out as a designer would, InDesign-like, or as briefings) on producer paths
not used for these looks before:
- Thrushcombe (Chromium, realistic length): a full-width coloured chapter DIVIDER page per chapter (big '01' number and
  the chapter title, nothing else), the chapter's text from the next page; the running chapter name in a coloured SIDE
  TAB on the right edge of every text page (named pages, Chromium's @page margin boxes); learning points as numbered
  circles drawn as inline SVG vectors with the text beside; recommendations a coloured table with white header text and
  zebra rows running over two pages (header repeated);
- Dunnockdale (WeasyPrint, realistic length): a SIDEBAR column on every page (an @page left margin box holding the
  chapter's 'At a glance' / key facts / definitions through string-set); headings in ALL CAPS with wide letter-spacing;
  findings in a two-column grid of cards; justified, hyphenated paragraphs (hyphens: auto);
- Tollesby (LuaLaTeX): headings set in the BODY SIZE, not bold, in a different font family only (TeX Gyre Heros over a
  TeX Gyre Pagella body); learning points as TikZ numbered circles with the text beside;
- Kettlewick (pdfLaTeX + microtype): headings in ALL CAPS tracked with \\textls at the body size; justified and
  hyphenated body;
- Yarrowford (ReportLab platypus): paragraphs justified with word spacing (Tw) and hyphenated (pyphen); findings in a
  two-column grid of cards (shaded table cells); a coloured learning panel;
- Vexley (Inkscape 1.2, one SVG per page, each text line its own placed <text> object, pages joined by qpdf): learning
  points as vector numbered circles with the text beside;
- Ulverholme (python-docx -> LibreOffice 7.4): an 'At a glance' sidebar cell beside the main text of each chapter (a
  two-column borderless table, the narrow cell shaded); recommendations a coloured table with white bold header text and
  zebra rows over two pages (header row repeated);
- Ixworth Green (Chromium A5 briefing -> pdfjam --nup 2x1 --landscape): a designed briefing printed 2-up, two A5 pages
  on each A4 landscape sheet, coloured section banners, learning as numbered circles.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("divider",) nothing (the divider page comes from the renderer); ("h1", heading, type[, accept]) a section
heading; ("p", text); ("side", title, [lines]) a sidebar / 'At a glance' / key facts panel (no items, no section);
("items", type, [texts], style) a list (style 'ul' / 'ol'); ("circles", [texts]) learning points as numbered circles
with the text beside (each a learning item); ("cards", [(title, text)]) findings as a grid of cards (no items);
("rtable", header, rows, col) a recommendations table (column col of each row a recommendations item). Test-fixture
tooling only.
"""

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"


def rep(file, producer, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


# Sentences in the register of published reviews and briefings (invented; no sentence copied from a review).
SAY = ["The review was asked to consider how well agencies understood what life was like for the child at home.",
       "Practitioners described a family who were warm and welcoming, and this made it harder to hold on to concerns.",
       "The mother's account of events was accepted at each contact and was rarely checked with another agency.",
       "When the school raised its worries, the referral was treated as a request for advice rather than for help.",
       "The plan focused on tasks for the parents and said little about how the child's daily experience would improve.",
       "Practitioners worked hard to keep the family engaged, sometimes at the cost of keeping the child in view.",
       "Information about previous children in the family was held by one agency and was not known to the others.",
       "The review heard that staff turnover meant the family had four social workers in eighteen months.",
       "Health professionals saw the injuries as minor and did not consider them against the history of the family.",
       "The father was spoken to only once, by telephone, and his role in caring for the children was never assessed.",
       "Meetings were well attended, but decisions were not always recorded and actions were often carried forward.",
       "Supervision records show that practitioners were asked what they had done rather than what they thought.",
       "The child's own words were recorded twice in the period under review, both times by the school nurse.",
       "Escalation was considered by the health visitor but not pursued, because she was unsure of the route to use.",
       "The review found good examples of curiosity, persistence and kindness by individual practitioners.",
       "Agencies shared information when asked, but no agency held a complete picture of the concerns.",
       "The threshold for a strategy discussion was applied narrowly, and the cumulative harm was not recognised.",
       "Neglect was seen as a series of separate episodes rather than as a pattern that was getting worse over time.",
       "Poverty and poor housing shaped the family's circumstances, and practitioners did not always say so in their records.",
       "The family told the reviewer that they had felt judged by some professionals and supported by others.",
       "Domestic abuse was disclosed to the police but the information did not reach the child's school for six weeks.",
       "The review team met twice with the practitioners involved, and their reflections shaped the findings."]


def para(topics, i):
    s, n = SAY, len(SAY)
    a, b, c, d = s[i % n], s[(i + 7) % n], s[(i + 13) % n], s[(i + 17) % n]
    return "Turning to %s, %s %s %s %s" % (topics[i % len(topics)], a[0].lower() + a[1:], b, c, d)


_NEXT = [0]


def paras(topics, n, start):
    """n paragraphs; each call continues where the last left off (start only staggers the topic), so no paragraph
    repeats another word for word inside a report."""
    out = []
    for i in range(n):
        _NEXT[0] += 1
        out.append(("p", para(topics, start + _NEXT[0] * 5 + i)))
    return out


# ---------- 1. Thrushcombe: Chromium, divider pages, side tabs, circles, zebra table (realistic length)
TH_TOPICS = ["the family's history", "the early help offer", "the school's concerns", "the health visiting service",
             "the first strategy discussion", "the child protection plan", "the father's involvement",
             "the voice of the child", "the housing service", "supervision and oversight", "the police response"]
TH_LEARNING = [
    "Practitioners need to hold the whole history in mind when a family presents well on the day of a visit.",
    "A referral from a school about hunger and tiredness is a referral about neglect and should be treated as one.",
    "Fathers and male carers must be seen, assessed and included in every plan that concerns their children.",
    "The child's lived experience should be the measure of every plan, not the number of tasks the parents complete.",
    "Escalation is part of good practice, and practitioners should feel able to use it without fear of conflict.",
]
TH_RECS = [
    ("Thrushcombe Safeguarding Children Partnership should ask each agency to show how the full family history is read before an assessment is completed.", "All agencies", "June 2026"),
    ("The local authority should revise the neglect toolkit so that school referrals about hunger prompt a neglect screening.", "Children's services", "April 2026"),
    ("Health partners should make sure that every father or male carer is recorded and invited to take part in health visiting contacts.", "Integrated care board", "September 2026"),
    ("The partnership should commission training on measuring progress in child protection plans by the child's daily experience.", "Partnership business unit", "December 2026"),
    ("All agencies should remind staff of the escalation policy and report on its use to the partnership every six months.", "All agencies", "March 2026"),
    ("The police should share domestic abuse notifications with the child's school by the next school day.", "Thrushcombe Police", "February 2026"),
    ("Children's services should audit supervision records to check that they show reflection and not only case progress.", "Children's services", "October 2026"),
    ("The partnership should publish a briefing on cumulative harm and test its use through a multi-agency audit.", "Partnership business unit", "November 2026"),
]


def th_blocks():
    b = [("divider",), h("Introduction", "introduction")] + paras(TH_TOPICS, 8, 0)
    b += [("divider",), h("The review process", "methodology")] + paras(TH_TOPICS, 9, 1)
    b += [("divider",), h("Family background", "background")] + paras(TH_TOPICS, 14, 2)
    b += [("divider",), h("What happened", "background", ["findings"])] + paras(TH_TOPICS, 14, 3)
    b += [("divider",), h("Analysis", "findings")] + paras(TH_TOPICS, 18, 4)
    b += [("divider",), h("Learning", "learning"),
          ("p", "The review identified five points of learning for the partnership. Each is numbered below.")]
    b += [("circles", TH_LEARNING)] + paras(TH_TOPICS, 2, 5)
    b += [("divider",), h("Recommendations", "recommendations"),
          ("p", "The review makes eight recommendations. Each names the agency that will lead and the date by which "
                "the partnership expects to see progress.")]
    b += [("rtable", ["No.", "Recommendation", "Lead", "By when"], [(str(i + 1),) + r for i, r in enumerate(TH_RECS)], 1)]
    b += [("divider",), h("Conclusion", "conclusion")] + paras(TH_TOPICS, 3, 6)
    return b


THRUSHCOMBE = rep("thrushcombe-lcspr-child-n.pdf", "chromium_designed_dividers_side_tabs", {
    "partnership": "Thrushcombe Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Child N", "by": "Independent reviewer: Marguerite Oyelaran",
    "date": "Published: November 2025", "child_name": "Child N", "review_type": CSPR, "area": "Thrushcombe",
    "year": 2025}, th_blocks(),
    "Chromium 156, untagged; designed report: a full-width coloured divider page per chapter (big '0N' number and the "
    "title), the text from the next page; the running chapter name in a coloured side tab on every text page (named "
    "pages, @page @right-middle margin boxes); learning points as numbered circles (inline SVG) with the text beside; "
    "recommendations a coloured table with white header text and zebra rows over two pages")

# ---------- 2. Dunnockdale: WeasyPrint, sidebar on every page, tracked capitals, cards, hyphenation (realistic length)
DD_TOPICS = ["the mother's mental health", "the baby's birth", "the pre-birth assessment", "the discharge from hospital",
             "the health visitor's visits", "the GP's contact", "the father's drinking", "the family's housing",
             "the multi-agency meetings", "the voice of the older sibling", "the safe sleep advice"]
DD_LEARNING = [
    "Pre-birth assessments should begin early enough for the plan to be tested before the baby is born.",
    "Safe sleep advice must be adapted to the family's circumstances, including alcohol use and overcrowding.",
    "A parent's mental health history should be shared with the health visitor before the first new birth visit.",
    "Older siblings should be spoken to on their own, because they often know most about life at home.",
]
DD_RECS = [
    "The partnership should set a standard that pre-birth assessments start no later than twenty weeks of pregnancy.",
    "Maternity and health visiting services should agree a shared safe sleep assessment for families where risk factors are present.",
    "The integrated care board should make sure that perinatal mental health information is shared with health visiting at booking.",
    "All agencies should record the views of siblings in assessments and plans, in the children's own words.",
    "The partnership should test the impact of these changes through a multi-agency audit within twelve months.",
]
DD_CARDS = [("Finding 1", "The pre-birth assessment started too late for its conclusions to shape the plan for the baby's discharge."),
            ("Finding 2", "Safe sleep advice was given as a leaflet and was not discussed with either parent in the home."),
            ("Finding 3", "The mother's history of post-natal depression was known to her GP but not to the health visitor."),
            ("Finding 4", "The older sibling was never spoken to alone, although he was the person most often caring for the baby.")]


def dd_blocks():
    b = [h("Introduction", "introduction"), ("side", "At a glance", [
        "Review type: local child safeguarding practice review", "Child: Baby F, seven weeks old",
        "Period reviewed: March 2023 to January 2024", "Agencies: eight"])] + paras(DD_TOPICS, 10, 0)
    b += [h("How the review was done", "methodology"), ("side", "Key terms", [
        "Rapid review: the first look at a serious incident, within fifteen working days.",
        "Practitioner event: a facilitated meeting with the staff who knew the family."])] + paras(DD_TOPICS, 9, 1)
    b += [h("The family", "background"), ("side", "Key facts", [
        "Baby F lived with her mother, father and brother, aged nine.", "The family lived in a one-bedroom flat.",
        "The father was the main carer at night."])] + paras(DD_TOPICS, 12, 2)
    b += [h("Summary of events", "background"), ("side", "Timeline", [
        "May 2023: booking appointment", "October 2023: birth of Baby F", "December 2023: Baby F found unresponsive"])]
    b += paras(DD_TOPICS, 13, 3)
    b += [h("Findings", "findings"), ("side", "Definitions", [
        "Co-sleeping: a parent sleeping with a baby on a bed or sofa.", "Perinatal: the period before and after birth."]),
          ("p", "The review makes four findings. Each is set out below and explained in the text that follows.")]
    b += [("cards", DD_CARDS)] + paras(DD_TOPICS, 20, 4)
    b += [h("Learning", "learning"), ("side", "Use this learning", [
        "Discuss the points in team meetings.", "Ask how each applies to your own caseload."]),
          ("p", "The review identified four points of learning for the partnership and for every practitioner."),
          ("items", "learning", DD_LEARNING, "ul")] + paras(DD_TOPICS, 6, 5)
    b += [h("Recommendations", "recommendations"), ("side", "What happens next", [
        "The partnership will publish an action plan within three months."]),
          ("p", "The review makes five recommendations to Dunnockdale Children's Safeguarding Partnership."),
          ("items", "recommendations", DD_RECS, "ol")]
    b += [h("Conclusion", "conclusion"), ("side", "Contact", ["Partnership business unit, Dunnockdale"])]
    b += paras(DD_TOPICS, 3, 6)
    return b


DUNNOCKDALE = rep("dunnockdale-lcspr-baby-f.pdf", "weasyprint_sidebar_tracked_caps_cards", {
    "partnership": "Dunnockdale Children's Safeguarding Partnership",
    "title": "Local Child Safeguarding Practice Review: Baby F", "by": "Lead reviewer: Tobias Einarsson-Clarke",
    "date": "Published: 14 January 2026", "child_name": "Baby F", "review_type": CSPR, "area": "Dunnockdale",
    "year": 2026}, dd_blocks(),
    "WeasyPrint 57.2, untagged; a sidebar column on every page (@page @left-top margin box filled from string-set: "
    "'At a glance', key facts, definitions for each chapter); headings in ALL CAPS with 0.3 em letter-spacing; findings "
    "in a two-column grid of cards; justified, hyphenated paragraphs (hyphens: auto); learning bullets, numbered "
    "recommendations")

# ---------- 3. Tollesby: LuaLaTeX, body-size headings in another family, TikZ circles
TL_TOPICS = ["the referral", "the home visits", "Child A's nursery", "the child in need plan", "the grandparents"]
TL_LEARNING = [
    "A child in need plan must say what will happen if the family does not engage.",
    "Nursery staff see a child more often than anyone else and their observations should be sought at every review.",
    "Grandparents who provide regular care should be part of the assessment of the household.",
]
TL_RECS = [
    "Children's services should add a contingency section to the child in need plan template.",
    "The partnership should ask early years settings to contribute a written report to every child in need review.",
    "All agencies should record the names and roles of family members who provide regular care.",
]


def tl_blocks():
    b = [h("Introduction", "introduction")] + paras(TL_TOPICS, 2, 0)
    b += [h("Methodology", "methodology")] + paras(TL_TOPICS, 2, 1)
    b += [h("Background", "background")] + paras(TL_TOPICS, 5, 2)
    b += [h("Findings", "findings")] + paras(TL_TOPICS, 5, 3)
    b += [h("Learning", "learning"), ("p", "Three points of learning emerged from the review."), ("circles", TL_LEARNING)]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", TL_RECS, "ol")]
    return b


TOLLESBY = rep("tollesby-cspr-child-a.pdf", "lualatex_bodysize_family_headings_tikz_circles", {
    "partnership": "Tollesby Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Child A",
    "by": "Reviewer: Hannelore Baptiste", "date": "Published: March 2026", "child_name": "Child A",
    "review_type": CSPR, "area": "Tollesby", "year": 2026}, tl_blocks(),
    "LuaLaTeX article, untagged; headings set at the body size (11 pt), not bold, in TeX Gyre Heros over a TeX Gyre "
    "Pagella body (the family the only difference); learning points as TikZ numbered circles with the text beside; "
    "numbered recommendations")

# ---------- 4. Kettlewick: pdfLaTeX + microtype \textls tracked capitals at body size
KW_TOPICS = ["the young person's exclusion", "the missing episodes", "the police contacts", "the youth justice service",
             "the mother's requests for help"]
KW_LEARNING = [
    "Exclusion from school removes a protective adult from a young person's life and should prompt a safeguarding review.",
    "Each missing episode should be seen as part of a pattern, and return home interviews should be shared with the school.",
    "A parent who asks for help with a teenager's safety outside the home is giving agencies important information.",
]
KW_RECS = [
    "Schools should notify children's services when a child open to them is at risk of permanent exclusion.",
    "The partnership should review how return home interviews are shared between agencies.",
    "The contextual safeguarding panel should invite parents to contribute to plans for their children.",
]


def kw_blocks():
    b = [h("Introduction", "introduction")] + paras(KW_TOPICS, 2, 0)
    b += [h("Scope of the review", "methodology", ["introduction"])] + paras(KW_TOPICS, 2, 1)
    b += [h("Background", "background")] + paras(KW_TOPICS, 5, 2)
    b += [h("Analysis", "findings")] + paras(KW_TOPICS, 5, 3)
    b += [h("Learning", "learning"), ("items", "learning", KW_LEARNING, "ul")] + paras(KW_TOPICS, 1, 4)
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", KW_RECS, "ol")]
    return b


KETTLEWICK = rep("kettlewick-cspr-child-j.pdf", "pdflatex_microtype_tracked_caps_headings", {
    "partnership": "Kettlewick Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child J",
    "by": "Author: Desmond Achterberg", "date": "Published: October 2025", "child_name": "Child J",
    "review_type": CSPR, "area": "Kettlewick", "year": 2025}, kw_blocks(),
    "pdfLaTeX article with microtype, untagged; headings in ALL CAPS tracked with \\textls[300] at the body size "
    "(10 pt, not bold, each glyph placed apart); justified, hyphenated body; learning itemize, recommendations enumerate")

# ---------- 5. Yarrowford: ReportLab, Tw justification, pyphen hyphenation, card grid
YF_TOPICS = ["the family's arrival", "the school's attendance concerns", "the interpreter", "the GP registration",
             "the private fostering arrangement", "the community health service"]
YF_LEARNING = [
    "A child living with adults who are not their parents may be privately fostered, and this must be checked.",
    "Professional interpreters should be used for every conversation about a child's safety.",
    "Poor school attendance by a newly arrived child should be followed up by a home visit within a week.",
]
YF_RECS = [
    "The local authority should run an awareness campaign about private fostering for schools and GP practices.",
    "All agencies should confirm that their policies forbid the use of family members as interpreters in safeguarding work.",
    "Schools should complete a home visit when a newly arrived child has missed five days of school.",
]
YF_CARDS = [("Finding 1", "No agency asked who the adults caring for Child M were, or how they were related to her."),
            ("Finding 2", "Conversations about Child M's care were interpreted by the adult she lived with."),
            ("Finding 3", "Child M's absences from school were recorded but never followed up at home."),
            ("Finding 4", "Child M was not registered with a GP for the first nine months after her arrival.")]


def yf_blocks():
    b = [h("Introduction", "introduction")] + paras(YF_TOPICS, 2, 0)
    b += [h("Background", "background")] + paras(YF_TOPICS, 6, 1)
    b += [h("Findings", "findings"), ("p", "The review makes four findings, summarised in the cards below.")]
    b += [("cards", YF_CARDS)] + paras(YF_TOPICS, 5, 2)
    b += [h("Learning", "learning"), ("items", "learning", YF_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", YF_RECS, "ol")]
    return b


YARROWFORD = rep("yarrowford-cspr-child-m.pdf", "reportlab_tw_justified_hyphenated_cards", {
    "partnership": "Yarrowford Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child M",
    "by": "Independent author: Priyanka Lindqvist", "date": "Published: 2 February 2026", "child_name": "Child M",
    "review_type": CSPR, "area": "Yarrowford", "year": 2026}, yf_blocks(),
    "ReportLab 3.6 platypus, untagged; paragraphs justified by word spacing (Tw) and hyphenated (pyphen en_GB); "
    "findings as a two-column grid of shaded cards; learning bullets in a coloured panel; numbered recommendations")

# ---------- 6. Vexley: Inkscape, every line its own text object, vector circles
VX_TOPICS = ["the bruising", "the hospital attendance", "the parents' separation", "the contact arrangements"]
VX_LEARNING = [
    "Bruising in a child who is not independently mobile must always lead to a child protection medical.",
    "Contact arrangements agreed in private law proceedings should be known to the agencies working with the child.",
    "Practitioners should ask each parent separately about the care of the child when parents have separated.",
]
VX_RECS = [
    "Health partners should audit compliance with the bruising protocol in emergency departments.",
    "The partnership should agree how information about private law contact is shared with health visitors.",
]


def vx_blocks():
    b = [h("Introduction", "introduction")] + paras(VX_TOPICS, 2, 0)
    b += [h("What happened", "background")] + paras(VX_TOPICS, 5, 1)
    b += [h("What we learned", "learning"), ("circles", VX_LEARNING)]
    b += [h("What needs to change", "recommendations"), ("items", "recommendations", VX_RECS, "ol")]
    return b


VEXLEY = rep("vexley-learning-review-baby-s.pdf", "inkscape_line_objects_vector_circles", {
    "partnership": "Vexley Safeguarding Children Partnership", "title": "Learning Review: Baby S",
    "by": "Prepared by the Vexley partnership learning group", "date": "Published: July 2025", "child_name": "Baby S",
    "review_type": "learning_review", "area": "Vexley", "year": 2025}, vx_blocks(),
    "Inkscape 1.2 (one SVG per page, exported to PDF, joined by qpdf), untagged; every text line its own placed text "
    "object; learning points as vector numbered circles with the text beside; numbered recommendations")

# ---------- 7. Ulverholme: python-docx -> LibreOffice, sidebar cells, zebra table over two pages
UV_TOPICS = ["the young person's self-harm", "the CAMHS referral", "the school's pastoral support", "the online contact",
             "the family's separation", "the GP's involvement"]
UV_LEARNING = [
    "Self-harm by a young person should always be followed by a conversation about their safety outside the home.",
    "A rejected referral should be discussed with the referrer, not closed by letter.",
    "Online contact with unknown adults is a safeguarding concern and should be shared with the police.",
]
UV_RECS = [
    ("CAMHS should telephone every referrer whose referral does not meet the threshold for the service.", "CAMHS", "Three months"),
    ("Schools should record pastoral conversations about self-harm on their safeguarding system.", "Education", "Three months"),
    ("The police should provide training to schools on reporting online contact with unknown adults.", "Police", "Six months"),
    ("The GP federation should add self-harm to its list of presentations that prompt a safeguarding enquiry.", "GP federation", "Six months"),
    ("The partnership should publish guidance for parents on online safety and grooming.", "Partnership", "Nine months"),
    ("Children's services should review how contacts about older children are screened at the front door.", "Children's services", "Six months"),
    ("All agencies should include the young person's own account in every referral they make.", "All agencies", "Three months"),
    ("The partnership should audit the impact of these recommendations after twelve months.", "Partnership", "Twelve months"),
    ("Schools should make sure that pastoral staff know how to escalate when a referral is refused.", "Education", "Six months"),
    ("The integrated care board should report on waiting times for young people referred after self-harm.", "Integrated care board", "Quarterly"),
]


def uv_blocks():
    b = [h("Introduction", "introduction"), ("side", "At a glance", ["Child R, aged 14", "Review period: 2023-2024",
                                                                   "Seven agencies took part"])] + paras(UV_TOPICS, 2, 0)
    b += [h("Background", "background"), ("side", "Key facts", ["Three referrals to CAMHS", "Two online contacts reported",
                                                              "One strategy discussion"])] + paras(UV_TOPICS, 3, 1)
    b += [h("Findings", "findings"), ("side", "Definitions", ["CAMHS: child and adolescent mental health services",
                                                            "Front door: the first point of contact"])] + paras(UV_TOPICS, 3, 2)
    b += [h("Learning", "learning"), ("items", "learning", UV_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"),
          ("p", "The review makes ten recommendations, set out in the table below with the lead agency and timescale."),
          ("rtable", ["No.", "Recommendation", "Lead", "Timescale"], [(str(i + 1),) + r for i, r in enumerate(UV_RECS)], 1)]
    return b


ULVERHOLME = rep("ulverholme-cspr-child-r.pdf", "docx_libreoffice_sidebar_cells_zebra_table", {
    "partnership": "Ulverholme Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child R",
    "by": "Independent reviewer: Cormac Delacroix-Adeyemi", "date": "Published: 30 September 2025", "child_name": "Child R",
    "review_type": CSPR, "area": "Ulverholme", "year": 2025}, uv_blocks(),
    "python-docx DOCX -> LibreOffice 7.4, untagged; each chapter's text beside an 'At a glance' / key facts sidebar "
    "(a borderless two-column table, the narrow left cell shaded); recommendations a table with a coloured header row "
    "in white bold text and zebra rows running over two pages (header repeated)")

# ---------- 8. Ixworth Green: Chromium A5 briefing, 2-up
IX_LEARNING = [
    "Practitioners should be curious about who is caring for a baby when a parent works at night.",
    "A health visitor's concern about a baby's weight should be shared with the GP on the same day.",
    "Practitioners should check that parents understand and can act on safe sleep advice.",
]
IX_RECS = [
    "The partnership should remind practitioners to ask about all carers of a baby at every contact.",
    "Health visiting and GP services should agree a same-day route for sharing concerns about weight.",
    "The partnership should add a safe sleep conversation to every new birth visit.",
]
IX_TOPICS = ["the baby's weight", "the night-time care", "the mother's work", "the new birth visit"]


def ix_blocks():
    b = [h("Why we did this review", "introduction")] + paras(IX_TOPICS, 2, 0)
    b += [h("What happened", "background")] + paras(IX_TOPICS, 3, 1)
    b += [h("What we found", "findings")] + paras(IX_TOPICS, 2, 2)
    b += [h("What we learned", "learning"), ("circles", IX_LEARNING)]
    b += [h("What we will do", "recommendations"), ("items", "recommendations", IX_RECS, "ol")]
    return b


IXWORTH = rep("ixworth-green-lcspr-baby-d-2up.pdf", "chromium_a5_briefing_pdfjam_2up", {
    "partnership": "Ixworth Green Safeguarding Partnership", "title": "Local Child Safeguarding Practice Review: Baby D",
    "by": "Learning briefing", "date": "Published: May 2025", "child_name": "Baby D", "review_type": CSPR,
    "area": "Ixworth Green", "year": 2025}, ix_blocks(),
    "Chromium 156 A5 briefing (coloured section banners, learning as numbered circles) -> pdfjam --nup 2x1 --landscape: "
    "two A5 pages on each A4 landscape sheet in reading order, the cover on the first sheet's left half", body_from=1)

REPORTS = [THRUSHCOMBE, DUNNOCKDALE, TOLLESBY, KETTLEWICK, YARROWFORD, VEXLEY, ULVERHOLME, IXWORTH]
