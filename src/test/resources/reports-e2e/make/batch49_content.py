"""Batch 49 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in shapes real published reviews have that no earlier batch had, in new combinations:
- Kilbride Moss (Chromium, tagged, realistic length): contents with dot leaders, executive summary, background,
  chronology, four findings chapters each closing with a shaded 'Learning' box, a recommendations chapter that is one
  'Agency | Action | Lead | Timescale' table running over three pages with its header row repeated (each Action cell a
  recommendation item), endnote calls in the text collected under 'Endnotes' at the end, an appendix;
- Strathallan (Chromium, untagged): a Scottish Learning Review in the 2021 national guidance template with
  'Practice point' side boxes in the outer (right) margin level with the paragraph they belong to (each a learning
  item), numbered recommendations;
- Ashgrove (a PDF written by hand, Google Docs / Skia-like, untagged): every line its own text object; the headings
  are set in the body's font, size and weight and exist as headings ONLY in the outline (bookmarks);
- Fernmouth (a PDF written by hand, 'Microsoft: Print To PDF'-like, untagged): every glyph placed on its own with its
  own text matrix, no space characters (word gaps only by position); 'fi' / 'fl' set as ligature glyphs, each one code;
- Brackley Heath (a PDF written by hand, untagged): the body font carries a broken /ToUnicode (each code mapped 29
  below its glyph, as a subset font's CMap off by the subset offset), so the body text extracts as garbage while the
  bold headings extract right: the report must come out `doubtful`;
- Llanfair Glyn (flat ODT -> Writer, tagged): Welsh extended Child Practice Review whose body after a one-column title
  block is one two-column Writer section; real endnotes collected by Writer at the end;
- Hepworth Dale (flat ODT -> Writer, untagged): Word-like report with numbered paragraphs; each learning point a row
  of a borderless two-cell table, a lightbulb icon (an image) in the first cell and the text in the second, no label;
  a logo image in the header; 'R1' coded recommendations;
- Carrowmore (groff -ms -> gropdf, untagged): NI Case Management Review; one-column title block (.TL/.AU/.AB) over a
  two-column body (.2C); numbered learning (.IP), lettered recommendations; endnote calls collected under 'Notes'.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]); ("h2", heading, type) a sub-heading that is a section
('Finding N: ...', as batch8's convention); ("p", text) (may hold '^[endnote text]'); ("np", "4.1",
text) a numbered paragraph (no item); ("items", type, [texts], 'ol' / 'ul' / 'abc'); ("lbox", text) a shaded 'Learning'
box (a learning item); ("pp", paragraph, practice point) a paragraph with a side box (the box a learning item);
("rtable", [(agency, action, lead, timescale)]) (each action a recommendation item); ("chron", rows) (no items);
("icon", text) a lightbulb-icon learning row (a learning item); ("recs", [texts]) 'R1' coded recommendations (items).
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


def ps(texts):
    return [("p", t) for t in texts]


# ---------- 1. Kilbride Moss: long CSPR, Chromium tagged
POOL = {
    "family": [
        "Child T lived with her mother and two younger brothers in a rented flat on the edge of the town.",
        "Her mother had moved to Kilbride Moss from another county after the end of a violent relationship.",
        "The family were known to the health visiting service, the GP practice and the primary school.",
        "Child T's father had no contact with the children and his whereabouts were not known to any agency.",
        "Neighbours described the children as polite and quiet, and said that the older child often looked after the younger two.",
        "The maternal grandmother lived forty miles away and visited at weekends when she could afford the fare.",
        "Mother told practitioners that money was tight and that she found the school holidays hard to manage.",
        "There were long periods when no agency had any contact with the family at all.",
    ],
    "practice": [
        "Practitioners worked hard to build relationships with the family, often in difficult circumstances.",
        "Information was held in separate systems and was not always brought together at the point of decision.",
        "Referrals were assessed against the information in the referral rather than the history of the family.",
        "The voice of the child was recorded at some contacts but was rarely used to shape the plan.",
        "Managers supervised the work regularly, but supervision records focused on tasks rather than analysis.",
        "Several agencies assumed that another agency was leading the work with the family.",
        "Where concerns were shared, the response was often proportionate to the single incident and not to the pattern.",
        "The review heard that caseloads were high and that staff turnover in the period was significant.",
        "Good practice was seen in the way the school nurse followed up missed appointments in person.",
        "Practitioners told the review that they would have welcomed a multi-agency discussion earlier.",
    ],
    "method": [
        "The review used a systems approach, looking at why things happened as well as what happened.",
        "Each agency provided a chronology and a short report on its involvement with the family.",
        "Two practitioner events were held, attended by thirty-one practitioners and managers.",
        "The lead reviewer met with Child T's mother and grandmother, whose views are reflected throughout.",
        "The review panel met five times and agreed the findings and recommendations.",
        "The period under review runs from January 2021 to the date of the serious incident in March 2023.",
    ],
}


def paras(pool, n, start=0, k=4):
    src = POOL[pool]
    out = []
    for i in range(n):
        out.append(" ".join(src[(start + i * 3 + j) % len(src)] for j in range(k)))
    return out


KM_CHRON = [
    ("11/01/2021", "GP practice", "Mother registers with the practice with the three children and discloses past domestic abuse."),
    ("02/03/2021", "Health visiting", "New birth visit for the youngest child; home conditions noted as sparse but adequate."),
    ("19/05/2021", "Primary school", "Child T joins Year 4. Her previous school sends a file that is not read until July."),
    ("07/09/2021", "Police", "A neighbour reports shouting at the flat. Officers attend; mother says she was on the phone."),
    ("10/09/2021", "Children's services", "The police notification is screened and closed with no further action."),
    ("14/12/2021", "Primary school", "Child T's attendance has fallen to 81 per cent. A letter is sent home."),
    ("03/02/2022", "Health visiting", "The youngest child misses his two-year review. Two further appointments are missed."),
    ("28/04/2022", "School nursing", "The school nurse visits at home and finds the children alone for an hour."),
    ("29/04/2022", "Children's services", "A referral is made and a single assessment begins."),
    ("16/06/2022", "Children's services", "The assessment closes with a recommendation of early help, which mother declines."),
    ("21/10/2022", "Primary school", "Child T tells a teaching assistant that she has not eaten since the day before."),
    ("09/01/2023", "Housing", "Mother is served notice on the flat for rent arrears."),
    ("15/03/2023", "Ambulance service", "Child T is taken to hospital after a fall at home; the serious incident."),
]

KM_RTABLE = [
    ("Partnership", "Publish a neglect strategy that names cumulative harm and sets out how agencies will recognise it over time.",
     "Partnership business manager", "September 2024"),
    ("Children's services", "Require the screening of every police notification to include a check of previous notifications "
     "for the same children in the last two years.", "Head of front door", "June 2024"),
    ("Children's services", "Ensure that an assessment closed with an offer of early help records what will happen if the "
     "family declines it.", "Service manager, assessment", "June 2024"),
    ("Health", "Make sure that three missed health visiting contacts in a row lead to a discussion with the named nurse for "
     "safeguarding.", "Named nurse", "July 2024"),
    ("Health", "Give school nurses access to the health visiting record of younger children living in the same household.",
     "Head of children's community health", "December 2024"),
    ("Education", "Ensure that a pupil file sent by a previous school is read by the designated safeguarding lead within "
     "five school days of arrival.", "Designated safeguarding leads", "April 2024"),
    ("Education", "Include attendance below ninety per cent as a standing item in the designated safeguarding lead's review "
     "of children on the safeguarding register.", "Education safeguarding adviser", "September 2024"),
    ("Police", "Record the names and ages of all children present or normally resident at every domestic incident attended.",
     "Detective inspector, public protection", "May 2024"),
    ("Housing", "Share notices served on families with children with the early help hub, with the tenant's consent or where "
     "the law allows.", "Head of housing management", "October 2024"),
    ("All agencies", "Use the partnership's graded care profile when neglect is suspected and share the completed profile "
     "with the lead professional.", "Safeguarding leads of each agency", "December 2024"),
    ("Partnership", "Run a multi-agency audit of families who declined early help after an assessment, six months after "
     "closure.", "Quality assurance subgroup", "March 2025"),
    ("Partnership", "Deliver learning events on this review to practitioners across the partnership, with a seven-minute "
     "briefing.", "Learning and development subgroup", "June 2024"),
    ("Partnership", "Report progress on this action plan to the executive group every quarter until every action is complete.",
     "Independent scrutineer", "Quarterly from June 2024"),
    ("Children's services", "Review the threshold guidance so that repeated low-level concerns are considered together "
     "rather than one by one.", "Principal social worker", "September 2024"),
    ("Health", "Add a prompt to the GP record so that a patient who discloses past domestic abuse and has children is "
     "asked whether the children are safe now.", "Designated doctor for safeguarding", "December 2024"),
    ("Police", "Share domestic incident notifications with the child's school by nine the next morning through the "
     "partnership's notification scheme.", "Head of public protection", "September 2024"),
    ("Education", "Give teaching assistants training on recognising young carers and on passing on what children tell "
     "them the same day.", "Education safeguarding adviser", "January 2025"),
    ("Partnership", "Ask the young carers service to contribute to the neglect strategy and to review its referral "
     "routes with schools.", "Partnership business manager", "December 2024"),
]

KILBRIDE = rep(
    "kilbride-moss-cspr-child-t.pdf", "chromium_tagged",
    {"title": "Local Child Safeguarding Practice Review: Child T", "child_name": "Child T",
     "review_type": CSPR, "area": "Kilbride Moss", "year": 2024, "partnership": "Kilbride Moss Safeguarding Children Partnership",
     "by": "Independent lead reviewer: Harriet Okonedo-Vance", "date": "Published March 2024"},
    [("contents",),
     h("1. Executive summary", "summary")] + ps(paras("practice", 3, 1)) + [
     ("p", "The review makes eighteen recommendations, set out in section 8 as a single table with the agency, the action, "
       "the lead and the timescale for each.^[The recommendations were agreed by the review panel in January 2024.]"),
     h("2. Introduction", "introduction")] + ps(paras("family", 2)) + [
     h("3. Methodology", "methodology")] + ps(paras("method", 3, 0, 3)) + [
     ("p", "Terms of reference are at Appendix A.^[The terms of reference were agreed by the partnership executive in May 2023.]"),
     h("4. Background", "background")] + ps(paras("family", 4, 2)) + [
     h("5. Chronology", "background", ["findings", "other"]),
     ("p", "The table below sets out the key events known to agencies in the period under review."),
     ("chron", KM_CHRON)] + ps(paras("practice", 2, 5)) + [
     h("6. Findings", "findings"),
     ("p", "The review has four findings. Each is followed by the learning it offers the partnership."),
     ("h2", "Finding 1: the pattern of neglect was not seen because each concern was assessed on its own", "findings")] +
    ps(paras("practice", 3, 0)) + [
     ("lbox", "When several agencies each hold a low-level concern about the same children, only a shared chronology shows "
              "the pattern of neglect."),
     ("h2", "Finding 2: early help was offered once and not offered again when the family declined it", "findings"),
     ("p", "Early help was offered in June 2022.^[Early help in Kilbride Moss is delivered by the family hubs and by "
           "schools.]")] + ps(paras("practice", 3, 4)) + [
     ("lbox", "A family that declines early help still needs a plan for what will happen if the worries continue."),
     ("h2", "Finding 3: the lived experience of Child T as a young carer was not explored", "findings")] + ps(paras("family", 2, 5)) +
    ps(paras("practice", 2, 7)) + [
     ("lbox", "Children who care for younger brothers and sisters may not describe it as a problem; practitioners need to ask "
              "what an ordinary day is like."),
     ("h2", "Finding 4: housing and money worries were known but were not linked to the risk to the children", "findings"),
     ("p", "Notice was served in January 2023.^[Housing records were provided to the review by the housing association.]")] + ps(paras("practice", 3, 2)) + [
     ("lbox", "Rent arrears, notices and benefit changes are safeguarding information when the household includes children."),
     h("7. Good practice", "good_practice"),
     items("good_practice", [
         "The school nurse visited the home in person after missed appointments and acted on what she saw.",
         "The teaching assistant listened to Child T and passed on what she said the same morning.",
     ], "ul"),
     h("8. Recommendations", "recommendations"),
     ("p", "Each recommendation names the agency that will carry it out, the action, the lead and the timescale."),
     ("rtable", KM_RTABLE),
     h("9. Conclusion", "conclusion")] + ps(paras("practice", 2, 3)) + [
     h("Endnotes", "other", ["appendix"]),
     ("endnotes",),
     h("Appendix A: Terms of reference", "appendix", ["other"])] + ps(paras("method", 3, 2, 2)),
    "realistic length (contents with dot leaders, executive summary, chronology, four findings with shaded 'Learning' "
    "boxes, conclusion, endnotes, appendix); recommendations as one 'Agency | Action | Lead | Timescale' table running over "
    "three pages with its header row repeated (each Action cell an item); endnote calls collected under 'Endnotes'; tagged "
    "Chromium; every chapter from a new page",
    body_from=3)

# ---------- 2. Strathallan: Scottish learning review 2021 template, practice point side boxes, Chromium untagged
STRATHALLAN = rep(
    "strathallan-learning-review-child-m.pdf", "chromium_untagged",
    {"title": "Learning Review: Child M", "child_name": "Child M", "review_type": "learning_review", "area": "Strathallan",
     "year": 2025, "partnership": "Strathallan Child Protection Committee",
     "by": "Lead reviewers: Ewan Drummond-Hale and Priya Sandhu", "date": "February 2025"},
    [h("Reason for the learning review", "introduction", ["background", "other"]),
     ("p", "Child M, aged fourteen, was found in a flat in another city after being missing from a residential house for "
           "nine days. The chief officers agreed that a learning review would help agencies understand how the risk of "
           "criminal exploitation was recognised and shared."),
     h("Approach to the review", "methodology"),
     ("p", "The review followed the 2021 national guidance for learning reviews. A review team of five drew on records, "
           "conversations with twenty practitioners and a meeting with Child M and his aunt."),
     h("Summary of circumstances", "background"),
     ("p", "Child M came into care at twelve after his father's death. He moved placement four times in eighteen months, "
           "and each move took him further from his school and his friends."),
     h("Key findings", "findings"),
     ("pp", "Staff in the residential house recorded that Child M came back with new clothes and a second phone, but each "
            "return interview was done by a different worker and no one saw the whole picture.",
      "Return interviews by the same worker each time let a young person build trust and let patterns show."),
     ("pp", "When Child M was found in the other city, the police there did not know he was a looked after child, and the "
            "information took two days to reach his social worker.",
      "A missing young person found in another area needs an agreed route for information back to the home authority."),
     ("pp", "Teachers noticed that Child M was tired and carrying cash, and raised it with the school's child protection "
            "coordinator, who was not invited to the planning meetings about him.",
      "Schools see young people every day; their child protection coordinator belongs in planning for a child at risk of "
      "exploitation."),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The committee should agree with residential services that return interviews are carried out by a consistent worker.",
         "Police Scotland and the social work service should agree a protocol for sharing information when a looked after "
         "child is found in another area.",
         "The education service should make sure that school child protection coordinators are invited to planning "
         "meetings for children at risk of exploitation.",
     ]),
     h("Next steps", "conclusion", ["other", "recommendations"]),
     ("p", "The committee will publish an improvement plan within three months and report progress to the chief officers "
           "group every six months.")],
    "Scottish Learning Review in the 2021 national guidance template; 'Practice point' side boxes in the outer (right) "
    "margin level with the paragraph they belong to (each a learning item); numbered recommendations; untagged Chromium")

# ---------- 3. Ashgrove: Google Docs / Skia-like, outline-only headings
ASHGROVE = rep(
    "ashgrove-lcspr-child-d.pdf", "handwritten_skia_like_outline_headings",
    {"title": "Local Child Safeguarding Practice Review: Child D", "child_name": "Child D", "review_type": CSPR,
     "area": "Ashgrove", "year": 2025, "partnership": "Ashgrove Safeguarding Children Partnership",
     "by": "Independent reviewer: Moira Castellane", "date": "January 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review looks at the help given to Child D, a two-year-old boy, and his family in the year before he was "
           "admitted to hospital with a fractured skull. The partnership commissioned the review in March 2024."),
     h("Background", "background"),
     ("p", "Child D lived with his mother, aged nineteen, and her partner, who was not his father. Both adults had been "
           "looked after children. The family moved three times in the year, twice after complaints from neighbours."),
     h("Analysis", "findings"),
     ("p", "Practitioners saw a young mother who was trying hard, and did not ask about the partner who was often in the "
           "home. The partner's own history of violence was held by probation but not known to the health visitor."),
     h("Learning", "learning"),
     items("learning", [
         "Practitioners should find out who lives in or regularly visits the home of a baby or toddler.",
         "Care leavers who become parents may need support that continues past the age at which leaving care services end.",
         "A family that moves often can fall between services unless the records move with them.",
     ]),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should publish guidance on asking about and recording the adults in a young child's household.",
         "The leaving care service should offer continued support to care leavers who are pregnant or have a young child.",
         "Health visiting should agree with neighbouring areas how records are transferred when a family moves.",
     ])],
    "Google Docs / Skia-like PDF written by hand: every line its own text object, no tags; headings in the body's "
    "font, size and weight, marked as headings ONLY by the outline (bookmarks); numbered learning and recommendations")

# ---------- 4. Fernmouth: 'Microsoft: Print To PDF'-like, every glyph placed alone, ligatures
FERNMOUTH = rep(
    "fernmouth-scr-child-h.pdf", "handwritten_print_to_pdf_like",
    {"title": "Serious Case Review: Child H", "child_name": "Child H", "review_type": "serious_case_review",
     "area": "Fernmouth", "year": 2019, "partnership": "Fernmouth Local Safeguarding Children Board",
     "by": "Overview author: Graham Effingham", "date": "November 2019"},
    [h("1. Introduction", "introduction"),
     ("p", "This serious case review was commissioned after Child H, aged six, suffered significant harm from neglect that "
           "went unidentified for a long time. The review was conducted in the first half of 2019."),
     h("2. Findings", "findings"),
     ("p", "Staff at the school identified that Child H was frequently hungry and unkempt, and filed concerns on the school "
           "system. The file was not shared with the first flat's landlord or the family support officer."),
     h("3. Lessons learned", "learning"),
     items("learning", [
         "Staff who find a child hungry at school should file a concern the same day and fill in the full picture.",
         "Official figures on attendance reflect only part of the difficulties a family faces.",
         "Professionals need confidence to challenge a finding that conflicts with what they see.",
     ]),
     h("4. Recommendations", "recommendations"),
     items("recommendations", [
         "The board should confirm that schools file neglect concerns in a way that triggers a referral after three entries.",
         "The local authority should review the first flat's conditions affecting families with young children.",
         "Agencies should offer staff reflective supervision in which difficult findings can be challenged.",
     ])],
    "'Microsoft: Print To PDF'-like PDF written by hand: every glyph placed on its own with its own text matrix, no space "
    "characters (word gaps only by position); 'fi' / 'fl' / 'ffi' set as ligature glyphs mapped to one code each "
    "(Differences /fi /fl /ffi, no ToUnicode); numbered headings, numbered lessons and recommendations")

# ---------- 5. Brackley Heath: broken ToUnicode on the body font
BRACKLEY = rep(
    "brackley-heath-lcspr-child-j.pdf", "handwritten_broken_tounicode",
    {"title": "Local Child Safeguarding Practice Review: Child J", "child_name": "Child J", "review_type": CSPR,
     "area": "Brackley Heath", "year": 2023, "partnership": "Brackley Heath Safeguarding Partnership",
     "by": "Lead reviewer: Oonagh Pritchard", "date": "June 2023"},
    [h("Introduction", "introduction"),
     ("p", "This review concerns Child J, a baby of seven weeks who was taken to hospital with bruising to his face and "
           "chest. His parents were both under twenty-one and were living with the paternal grandparents."),
     h("What happened", "background"),
     ("p", "The midwife noted a small bruise on the baby's ear at a home visit in week three, and accepted the explanation "
           "that it came from a car seat. The bruise was not seen by a doctor."),
     h("Learning", "learning"),
     items("learning", [
         "Any bruise on a baby who is not yet mobile must be seen by a paediatrician the same day.",
         "An explanation from a carer is not a reason to skip the bruising protocol.",
         "Young parents living with grandparents may hide strain from visiting professionals.",
     ], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should relaunch its bruising in non-mobile babies protocol to midwives and health visitors.",
         "The maternity service should audit its use of the protocol every six months for two years.",
     ])],
    "PDF written by hand: the body font (Helvetica, WinAnsi) carries a broken /ToUnicode CMap mapping each code 29 below "
    "its glyph, so the body text extracts as garbage ('7KLV UHYLHZ' for 'This review') while the bold headings extract "
    "right; the report must come out doubtful",
    broken=True)

# ---------- 6. Llanfair Glyn: Welsh extended CPR, Writer tagged, two-column section, endnotes
LLANFAIR = rep(
    "llanfair-glyn-extended-cpr-child-a.pdf", "libreoffice_tagged_two_column_section_endnotes",
    {"title": "Extended Child Practice Review: Child A", "child_name": "Child A", "review_type": "child_practice_review",
     "area": "Llanfair Glyn", "year": 2024, "partnership": "Llanfair Glyn Regional Safeguarding Children Board",
     "by": "Reviewers: Siân Prydderch and Tomos Reeve", "date": "October 2024"},
    [h("Brief outline of circumstances resulting in the review", "introduction", ["background"]),
     ("p", "Child A, aged eleven, died after taking an overdose of her mother's medication. She had been known to the child "
           "and adolescent mental health service for a year.^[The service is provided by the health board across three "
           "counties.] The board commissioned an extended review in line with the Welsh guidance."),
     ("p", "The review period is from September 2022 to the date of Child A's death in February 2024. It draws on agency "
           "reports, a learning event with practitioners and a conversation with Child A's father."),
     h("Practice and organisational learning", "learning"),
     ("p", "Child A was on a waiting list for eleven months. During that time she was seen by her GP four times and by "
           "the school counsellor weekly.^[School counselling is commissioned by the local authority.] No one held the whole "
           "picture, and the waiting list was treated as if it were a service."),
     items("learning", [
         "A child on a waiting list for mental health support needs someone who checks on her while she waits.",
         "Medication kept in the home of a child who self-harms is a risk that practitioners should discuss with the family.",
         "The school counsellor's knowledge of a child is part of the picture and should be shared with consent.",
     ], "ul"),
     h("Improving systems and practice", "recommendations"),
     ("p", "The board and its partner agencies should act on the following.^[Progress will be reported to the board in "
           "April 2025.]"),
     items("recommendations", [
         "The health board should contact every child waiting for a first appointment at least once a month.",
         "Practitioners should give families advice on the safe storage of medicines when a child has self-harmed.",
         "The local authority should agree consent-based information sharing between school counsellors and health.",
     ]),
     h("Statement by reviewer", "other", ["conclusion"]),
     ("p", "The reviewers were independent of the case and of the agencies involved, and were given full access to records.")],
    "Welsh extended Child Practice Review; a one-column title block, then the whole body in one two-column Writer section; "
    "real Writer endnotes collected on the last page; tagged Writer (flat ODT); learning bullets, numbered "
    "recommendations; no cover", body_from=1)

# ---------- 7. Hepworth Dale: Writer untagged, icon learning rows, numbered paragraphs, logo header, R codes
HEPWORTH = rep(
    "hepworth-dale-cspr-child-b.pdf", "libreoffice_untagged_icon_rows",
    {"title": "Child Safeguarding Practice Review: Child B", "child_name": "Child B", "review_type": CSPR,
     "area": "Hepworth Dale", "year": 2025, "partnership": "Hepworth Dale Children's Safeguarding Partnership",
     "by": "Author: Declan Moorcroft, independent reviewer", "date": "Published May 2025"},
    [h("1. Introduction", "introduction"),
     ("np", "1.1", "This review considers the circumstances of Child B, a nine-year-old girl with autism who was found "
                   "wandering alone near the canal at night in the winter of 2023."),
     ("np", "1.2", "Child B lived with her father, who was her sole carer and who had a long history of depression."),
     h("2. Key practice episodes", "findings", ["background"]),
     ("np", "2.1", "In the spring of 2023 the special school raised a concern that Child B was arriving without breakfast "
                   "and in the same clothes for several days. A referral was made to the front door."),
     ("np", "2.2", "The front door passed the referral to the disabled children's team, where it waited for six weeks "
                   "for allocation because the team had no capacity."),
     ("np", "2.3", "Father's GP increased his medication in the autumn but did not ask about his caring role."),
     h("3. Learning", "learning"),
     ("icon", "Neglect of a disabled child may look like the disability; practitioners should ask what else could "
              "explain what they see."),
     ("icon", "A referral that waits for allocation is a child with no worker; managers need to review it while it waits."),
     ("icon", "When a parent is the sole carer of a disabled child, their own health is part of the child's safety."),
     h("4. Recommendations", "recommendations"),
     ("recs", [
         "The partnership should publish guidance on recognising neglect of disabled children.",
         "Children's services should set a maximum wait for allocation in the disabled children's team and report against it.",
         "GPs should ask patients with depression whether they are the sole carer of a child.",
     ])],
    "Word-like report from untagged Writer (flat ODT): numbered paragraphs; each learning point a row of a borderless "
    "two-cell table, a lightbulb icon image in the first cell, the text in the second, no label or marker; a logo image "
    "in the header; 'R1' coded recommendations")

# ---------- 8. Carrowmore: groff -ms, NI CMR, two-column body under a one-column title block, notes at the end
CARROWMORE = rep(
    "carrowmore-cmr-child-f.pdf", "groff_ms_two_column",
    {"title": "Case Management Review: Child F", "child_name": "Child F", "review_type": "case_management_review",
     "area": "Northern Ireland", "year": 2024, "partnership": "Safeguarding Board for Northern Ireland",
     "by": "Chair of the CMR panel: Brendan McAleese", "date": "August 2024"},
    [h("Introduction", "introduction"),
     ("p", "This case management review concerns Child F, a sixteen-year-old who was the victim of a serious sexual "
           "assault by an adult he met through an online game.^[The review was notified to the SBNI in June 2023.] The "
           "Case Management Review Panel of the SBNI agreed that the case met the criteria for a review."),
     ("p", "The panel was asked to consider how agencies recognised the risk of online harm to an older boy, how they "
           "shared what they knew, and how the school, the GP practice and the youth service worked with his mother. "
           "The review covers the eighteen months before the assault."),
     ("p", "The panel met six times. Each agency provided a chronology and an analysis of its involvement, and the "
           "chair met Child F and his mother, whose wish was that other families should not go through the same."),
     h("Summary of the case", "background"),
     ("p", "Child F lived with his mother and stepfather in Carrowmore. He had been excluded from school twice and was "
           "spending long hours online. His mother reported her worries to the school and to the GP.^[The GP practice "
           "provided a written summary to the panel.]"),
     ("p", "In the spring of 2022 Child F began to stay up through the night. His mother found gifts she had not bought "
           "and a second games console, and he told her they came from a friend he had met in a game. She asked the "
           "school for advice and was given a leaflet about screen time."),
     ("p", "In the autumn Child F was excluded for five days after a fight. During the exclusion he spent most of each "
           "day online. His mother took him to the GP because he was not sleeping; the GP recorded low mood and "
           "referred him to the child and adolescent mental health service, where he was placed on a waiting list."),
     h("Findings", "findings"),
     ("p", "Agencies responded to Child F's behaviour at school, but no agency asked who he was talking to online. The "
           "school's online safety lessons had not reached pupils who were out of school."),
     ("p", "Practitioners told the panel that they thought of online grooming as a risk to girls and to younger "
           "children. The signs that Child F showed, gifts, secrecy, a new friend who was never seen, were recorded "
           "separately by three agencies and were never put together."),
     ("p", "His mother's worries were heard as a question about parenting a teenager. She was offered advice on screen "
           "time, when what she was describing was an adult building a relationship with her son."),
     h("Learning", "learning"),
     items("learning", [
         "Older boys can be groomed online, and their risk is easy to miss when attention is on their behaviour.",
         "Pupils who are excluded or out of school miss the online safety teaching that their classmates receive.",
         "A parent's worry about a child's time online is a safeguarding concern and not only a parenting question.",
     ]),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The Education Authority should provide online safety teaching to pupils who are out of school.",
         "The SBNI should produce guidance for practitioners on the online grooming of older boys.",
         "General practitioners should record and share a parent's concerns about a child's online contacts.",
     ], "abc"),
     h("Notes", "other", ["appendix"]),
     ("endnotes",)],
    "Northern Ireland CMR from groff -ms -> gropdf: a one-column title block (.TL/.AU/.AB) over a two-column body "
    "(.2C); unnumbered .SH headings; numbered learning (.IP), lettered recommendations (a) (b) (c); endnote calls "
    "collected under 'Notes' at the end; no cover", body_from=1)

REPORTS = [KILBRIDE, STRATHALLAN, ASHGROVE, FERNMOUTH, BRACKLEY, LLANFAIR, HEPWORTH, CARROWMORE]
