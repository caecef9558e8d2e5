"""Batch 50 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in shapes real published reviews have that no earlier batch had, in new combinations:
- Ravensworth (Chromium, tagged, realistic length, 18+ pages): contents with dot leaders; an executive summary that
  repeats the recommendations word for word before the full report; chapters with Word 'legal' numbering whose number is
  a separate run in a hanging column ('1' + 'Introduction'); numbered paragraphs 1.1 / 5.1.1; findings as level-2
  numbered sub-headings '5.1 ...' (number a separate run), each with 'Recommendation 5.1' paragraphs inside; chronology
  table; a LANDSCAPE appendix action plan whose only status is a RAG colour (no status words);
- Glanrhyd (HTML opened in LibreOffice Writer, tagged): Welsh Child Practice Review template; the recommendations are a
  table Theme | Recommendation | Lead agency | Timescale with MERGED cells (a Theme cell and an agency cell each spanning
  several rows) running over a page break with its header row repeated;
- Larkhill (Chromium, tagged): every section heading is a PNG image of its words with /Alt text only (no text layer,
  no outline); body text normal;
- Kelderby (Chromium, untagged): InDesign-like magazine layout: the body threaded through two columns, pull quotes
  that repeat body sentences, a coloured sidebar band on every page with the partnership name, a learning list whose
  items run from the foot of one column to the top of the next;
- Lisnaharra (HTML opened in LibreOffice Writer, untagged): Northern Ireland Case Management Review whose notes are set
  in small type BETWEEN body paragraphs (mid-page, including between learning items), not at the page foot;
- Hallowby (a PDF written by hand in Python, untagged): each learning point opens with a line-drawn lightbulb icon (a
  stroked path) and a label of two runs in two fonts ('Learning' bold + ' point 3' regular); recommendations the same
  ('Recommendation' bold + ' 2' regular);
- Thornaby (groff -ms + tbl -> gropdf, untagged): a recommendations table with an Agency column whose cells span several
  action rows (tbl '^'), running over a page break with its header repeated (.TS H / .TH);
- Cairnlea (HTML opened in LibreOffice Writer, tagged): Scottish Learning Review with Word 'legal' numbering 1 / 1.1 /
  1.1.1: chapter headings H1, findings as numbered H2 '4.2 ...' sub-headings with 'Recommendation 4.2' paragraphs inside
  them, '4.2.1' numbered paragraphs between.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]) a section heading (a number printed as its own run is the
first word of the heading); ("sub", heading) a numbered sub-heading that is NOT a section (under numbered chapters, as
the code's and batch49's convention: only a finding carrying its own learning box is one); ("p", text); ("np", number,
text) a numbered paragraph (no item); ("items", type, [texts], 'ol' / 'ul'); ("rec", label, text) a labelled
recommendation paragraph (an item, text without the label); ("esrecs", [(label, text)]) the executive summary's word for
word repetition of the recommendations (NO items: the full report's are the items, as batch19's restated lists);
("lp", label_bold, label_regular, text) a two-run labelled learning point (an item); ("rp", ...) the same for a
recommendation; ("note", text) a note in small type between paragraphs (no item); ("pull", text) a pull quote repeating
a body sentence (no item); ("mtable", rows) a merged-cells table of (theme, recommendation, agency, timescale) (each
recommendation an item; equal neighbouring theme / agency cells are one merged cell); ("plan", rows) an action plan of
(ref, action, lead, date, rag) (no items); ("chron", rows) (no items). Test-fixture tooling only.
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


def nps(chapter, texts, start=1):
    return [("np", "%s.%d" % (chapter, start + i), t) for i, t in enumerate(texts)]


# ---------- 1. Ravensworth: long LCSPR, Chromium tagged
RV_FINDINGS = [
    ("5.1", "Neglect was assessed one incident at a time and the pattern was not seen", [
        "Between 2021 and 2023 eleven separate concerns about the home conditions and Child L's presentation were shared with children's social care.",
        "Each contact was screened on the information in the referral and closed with advice or signposting to universal services.",
        "No practitioner brought the history together, and the screening tool in use at the front door did not ask for it.",
        "Practitioners told the review that they were aware of earlier contacts but did not feel it was their role to count them.",
    ], [("Recommendation 5.1", "The partnership should require the front door to review the last two years of contacts before any decision to close a referral about neglect, and should audit compliance within six months.")]),
    ("5.2", "Child L's school absence was treated as an attendance matter rather than a safeguarding concern", [
        "Child L's attendance fell to 71 per cent in the autumn term of 2022 and to 58 per cent by the spring.",
        "The school followed its attendance procedure carefully, with letters, a meeting and a referral to the education welfare service.",
        "The education welfare officer visited twice and saw the home conditions but recorded the visits as attendance work.",
        "The link between missed school, the state of the home and the younger children's health was not made by any agency.",
    ], [("Recommendation 5.2", "The education service should revise its attendance procedure so that persistent absence of a child already known to children's social care triggers a safeguarding discussion with the designated safeguarding lead.")]),
    ("5.3", "Health appointments that were missed were not followed up across services", [
        "Child L missed three dental appointments, two hearing checks and a community paediatric review in eighteen months.",
        "Each service discharged Child L after the missed appointments in line with its own policy.",
        "The GP practice received the discharge letters but they were filed without review by a clinician.",
        "The review found that no health professional had an overview of what had been missed or why.",
    ], [("Recommendation 5.3", "The integrated care board should ensure that discharge for non-attendance of a child on a child in need or child protection plan is never made without a conversation with the child's named GP."),
        ("Recommendation 5.4", "The GP practices in Ravensworth should adopt a shared protocol for the clinical review of letters reporting that a child was not brought to an appointment.")]),
    ("5.4", "The voice of Child L was recorded but did not shape the plan", [
        "Child L told a teaching assistant that there was often no food in the house at weekends and that she looked after her brothers.",
        "The comment was recorded on the school's system and passed to the designated safeguarding lead.",
        "It was included in a referral, but the referral was summarised at the front door without the child's words.",
        "Child L was seen alone only once by a social worker, and on that occasion the conversation was about school.",
    ], [("Recommendation 5.5", "Children's social care should ensure that the child's own words are carried into every screening decision and every assessment summary, and should test this through its quality assurance framework.")]),
    ("5.5", "Supervision did not challenge the drift in the case", [
        "Supervision took place regularly and was recorded in all of the agencies involved with the family.",
        "The records show a focus on tasks to be completed rather than on the analysis of risk and the impact on the children.",
        "Managers changed four times in the period under review, and each new manager accepted the existing plan.",
        "Nobody asked whether the plan was working for Child L or whether a different response was needed.",
    ], [("Recommendation 5.6", "Each partner agency should confirm to the partnership that its supervision policy requires reflective discussion of cumulative harm in long-running neglect cases, with evidence from a dip sample of records.")]),
]
RV_CHRON = [("Mar 2021", "Health visitor", "Home visit; poor home conditions noted; advice given on safe sleep and hygiene."),
            ("May 2021", "Police", "Call to a neighbour dispute; officers note the children unsupervised; notification to children's social care."),
            ("Jun 2021", "Children's social care", "Contact screened; closed with signposting to early help."),
            ("Sep 2021", "School", "Child L arrives without lunch on several days; school provides breakfast club place."),
            ("Nov 2021", "GP", "Child L not brought to a paediatric review; letter filed."),
            ("Feb 2022", "Children's social care", "Referral from school about hygiene; screened and closed; no visit."),
            ("Apr 2022", "Early help", "Family support worker allocated; three visits; case closed when mother declines further help."),
            ("Jul 2022", "Dental service", "Third missed appointment; Child L discharged."),
            ("Oct 2022", "Education welfare", "Attendance meeting; home visit records cluttered home, no food in kitchen."),
            ("Jan 2023", "School", "Child L tells teaching assistant there is no food at weekends; referral made."),
            ("Jan 2023", "Children's social care", "Child and family assessment opened; Child L seen once alone."),
            ("Mar 2023", "Children's social care", "Assessment concludes with a child in need plan; no strategy discussion."),
            ("May 2023", "Police", "Child L found walking alone at night with her youngest brother; police protection used."),
            ("Jun 2023", "Children's social care", "Strategy discussion; child protection conference convened."),
            ("Jul 2023", "Partnership", "Rapid review held; decision to undertake a local child safeguarding practice review.")]
RV_PLAN = [("5.1", "Revise the front door screening guidance to require a two-year contact history", "Head of children's social care", "March 2026", "green"),
           ("5.1", "Audit fifty closed neglect referrals against the revised guidance", "Quality assurance manager", "September 2026", "amber"),
           ("5.2", "Rewrite the attendance procedure and brief every designated safeguarding lead", "Head of education inclusion", "April 2026", "green"),
           ("5.3", "Agree the not-brought discharge standard with every provider", "Designated nurse", "June 2026", "red"),
           ("5.4", "Adopt the shared GP protocol for not-brought letters", "Named GP for safeguarding", "June 2026", "amber"),
           ("5.5", "Add the child's words field to the screening record and assessment template", "Principal social worker", "May 2026", "green"),
           ("5.5", "Test the use of the child's words in the next two thematic audits", "Quality assurance manager", "December 2026", "amber"),
           ("5.6", "Collect supervision policies and a dip sample from each agency", "Partnership business manager", "July 2026", "red"),
           ("5.6", "Hold a multi-agency learning event on cumulative harm and drift", "Partnership training lead", "October 2026", "amber")]
RV_RECS = [r for f in RV_FINDINGS for r in f[3]]

RAVENSWORTH = rep(
    "ravensworth-lcspr-child-l.pdf", "chromium_tagged",
    {"partnership": "Ravensworth Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child L",
     "child_name": "Child L", "review_type": CSPR, "area": "Ravensworth", "year": 2025,
     "by": "Independent lead reviewer: Dr Imogen Fairclough", "date": "Published November 2025"},
    [("contents",),
     h("Executive summary", "summary"),
     *ps(["This review concerns Child L, who was eleven years old when she was found walking alone at night with her youngest brother in May 2023.",
          "Child L had lived with her mother and two younger brothers in Ravensworth throughout the period under review.",
          "Over two years eleven concerns about neglect were shared with children's social care, and each was closed without a visit or with a short piece of early help.",
          "The review found that the pattern of neglect was not seen because each concern was considered on its own, and that the child's own words did not reach the people making decisions.",
          "The recommendations of the review are set out in full in section 5 and are repeated here for readers of this summary."]),
     ("esrecs", RV_RECS),
     h("1 Introduction", "introduction"),
     *nps(1, ["The Ravensworth Safeguarding Children Partnership decided to undertake a local child safeguarding practice review after a rapid review held in July 2023.",
              "The rapid review found that several agencies had been involved with the family over a long period and that there were likely to be lessons about the response to neglect.",
              "The National Panel agreed with the decision and asked to receive the final report.",
              "This report is written for practitioners and managers in all the partner agencies, and for the partnership's executive group.",
              "Child L and her brothers are now living with their maternal aunt under a special guardianship order."]),
     h("2 Methodology", "methodology"),
     *nps(2, ["The review was led by an independent reviewer with the support of a panel of senior managers from the partner agencies.",
              "Each agency provided a chronology and a short report analysing its involvement with the family.",
              "The reviewer held two learning events with the practitioners who had worked with Child L and her family.",
              "Child L's mother and aunt were invited to contribute; her aunt met the reviewer twice, and her mother chose not to take part.",
              "Child L met the reviewer with her aunt and talked about what school and home had been like for her.",
              "The period under review is March 2021 to July 2023."]),
     h("3 Background", "background"),
     *nps(3, ["Child L is the eldest of three children; her brothers were aged seven and three at the end of the review period.",
              "The family moved to Ravensworth in 2019 after the children's mother separated from the father of the younger boys.",
              "The children's mother had a history of depression and told her GP in 2020 that she was drinking more than she wanted to.",
              "The family lived in privately rented accommodation which the landlord did not maintain, and there was damp in the children's bedroom.",
              "Child L was described by her teachers as quiet, polite and tired, and as a child who seldom asked for help.",
              "Her aunt told the review that Child L had been 'the adult in the house' from the age of eight."]),
     h("4 Chronology of key events", "background", ["findings", "other"]),
     ("p", "The table below sets out the key events in the period under review; it is drawn from the agencies' chronologies."),
     ("chron", RV_CHRON),
     h("5 Findings and recommendations", "findings", ["recommendations"]),
     ("p", "The review identified five findings; each is set out below with the evidence for it and the recommendation that follows from it."),
     *[b for f in RV_FINDINGS for b in [("sub", f[0] + " " + f[1])] + nps(f[0], f[2]) + [("rec", l, t) for l, t in f[3]]],
     h("6 Good practice", "good_practice"),
     ("p", "The review also found practice that should be recognised and built on:"),
     items("good_practice", ["The school provided breakfast and lunch for Child L without being asked and kept a careful record of what it saw.",
                             "The police officers who found Child L in May 2023 took time to listen to her and recorded her words exactly.",
                             "The family support worker kept in touch with Child L's mother by text after the early help case was closed."], "ul"),
     h("7 Conclusion", "conclusion"),
     *nps(7, ["Child L's experience of neglect was known in part to many practitioners, and in full to none of them.",
              "The findings of this review are not new, but the recommendations are designed to change the systems that let the pattern stay hidden.",
              "The partnership will monitor the action plan in Appendix A and will report progress in its annual report."]),
     h("Appendix A: Action plan", "appendix", ["other"]),
     ("p", "Status: green complete, amber in progress, red not started (shown by colour only)."),
     ("plan", RV_PLAN)],
    "realistic length (18+ pages): contents with dot leaders; executive summary repeating the recommendations word for word "
    "(no items there); Word 'legal' numbering with the chapter number a separate run in a hanging column; numbered "
    "paragraphs; findings as '5.N' numbered sub-headings (not sections) each with 'Recommendation 5.N' paragraphs (items); "
    "chronology table; landscape appendix action plan with RAG colour as the only status; Chromium tagged")

# ---------- 2. Glanrhyd: Welsh CPR, Writer tagged, merged-cell recommendations table over a page break
GLANRHYD = rep(
    "glanrhyd-cpr-child-c.pdf", "libreoffice_html_tagged",
    {"partnership": "Glanrhyd Regional Safeguarding Children Board", "title": "Child Practice Review: Child C",
     "child_name": "Child C", "review_type": "child_practice_review", "area": "Glanrhyd", "year": 2024,
     "by": "Reviewers: Owain Pritchard and Helen Morgan-Davies", "date": "Date of publication: 12 March 2024"},
    [h("Brief outline of circumstances resulting in the Review", "introduction", ["background"]),
     *ps(["Child C was fourteen when she was admitted to hospital after taking an overdose of her mother's prescribed medication.",
          "In the two years before the admission Child C had been known to her school's wellbeing team, to the child and adolescent mental health service and to the youth justice service.",
          "The Board commissioned a Child Practice Review because the agencies had not worked together in the way the Wales Safeguarding Procedures expect.",
          "The review used the learning event model, with practitioners, managers and the family contributing.",
          "Child C and her mother met the reviewers and their views are included throughout this report."]),
     h("Practice and organisational learning", "learning"),
     *ps(["The learning event identified the following learning for practice and for the organisations involved."]),
     items("learning", ["Referrals between mental health services and schools were sent by secure email but were not acknowledged, so each service believed the other was acting.",
                        "Child C's self-harm was described in records as attention seeking, a phrase that reduced the concern in the minds of the people who read it later.",
                        "The youth justice worker had the strongest relationship with Child C but was not invited to the professionals' meetings.",
                        "Welsh was Child C's first language at home and she was never offered a conversation with a practitioner in Welsh."], "ul"),
     *ps(["Practitioners said that the learning event was the first time they had met each other, although all of them had worked with Child C for more than a year.",
          "The reviewers heard that waiting times in the mental health service were long, and that schools were told to manage risk in the meantime without clear guidance on how.",
          "Child C's mother said that she had told several people that she was frightened for her daughter and that she felt nobody was listening.",
          "The reviewers found that the threshold documents in use across the region were interpreted in different ways by each agency.",
          "The absence of a single plan meant that Child C was asked the same questions by different practitioners in the same month."]),
     h("Improving systems and practice", "recommendations"),
     ("p", "In order to promote the learning from this case the review identified the following actions for the Board and its member agencies to address, grouped by theme."),
     ("mtable", [
         ("Communication between services", "Every referral between the mental health service and a school is acknowledged within two working days by a named person.", "Health board", "Six months"),
         ("Communication between services", "Acknowledged referrals are tracked on a shared list reviewed monthly by both services.", "Health board", "Six months"),
         ("Communication between services", "Schools are told in writing who holds the risk while a child waits for a mental health assessment.", "Education service", "Three months"),
         ("Language in records", "Agencies remove 'attention seeking' and similar phrases from their recording guidance and training.", "All agencies", "Three months"),
         ("Language in records", "The Board runs a briefing for practitioners on how the words used in records shape later decisions.", "All agencies", "Six months"),
         ("Working together", "Youth justice workers are invited to every professionals' meeting about a child they are working with.", "Youth justice service", "Immediately"),
         ("Working together", "The Board agrees one multi-agency plan format for children with self-harm known to three or more agencies.", "Safeguarding Board", "Nine months"),
         ("Working together", "The Board tests the use of the single plan format in an audit of ten cases.", "Safeguarding Board", "Twelve months"),
         ("Welsh language", "Every agency records a child's language of choice and offers a Welsh-speaking practitioner when it is Welsh.", "All agencies", "Six months"),
         ("Welsh language", "The Board reports to the Welsh Government on how the active offer is met in safeguarding work.", "Safeguarding Board", "Twelve months")]),
     h("Statement by Reviewer(s)", "other", ["conclusion"]),
     *ps(["We confirm that we have had no involvement with Child C or her family and no line management of the practitioners involved.",
          "We believe that the conclusions reached are fair and are supported by the evidence we have seen and heard."])],
    "Welsh Child Practice Review template (HTML opened in LibreOffice Writer, tagged export); learning bullets; the "
    "recommendations a Theme | Recommendation | Lead agency | Timescale table with MERGED cells (theme and agency cells "
    "spanning rows) running over a page break with its header row repeated (each recommendation cell an item)")

# ---------- 3. Larkhill: image headings with /Alt only, Chromium tagged
LARKHILL = rep(
    "larkhill-cspr-child-s.pdf", "chromium_tagged_image_headings",
    {"partnership": "Larkhill and Downley Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Child S",
     "child_name": "Child S", "review_type": CSPR, "area": "Larkhill and Downley", "year": 2024,
     "by": "Lead reviewer: Martin Oyelaran", "date": "July 2024"},
    [h("About this review", "introduction"),
     *ps(["This review looks at the help given to Child S, a baby who suffered a serious head injury at the age of ten weeks.",
          "Child S lived with her parents, both aged nineteen, in a flat above a shop in Downley.",
          "The review was carried out using a systems approach and a learning event attended by sixteen practitioners."]),
     h("What happened", "background", ["findings"]),
     *ps(["Child S's mother was supported by the family nurse partnership during her pregnancy and attended most antenatal appointments.",
          "Child S's father had been known to the youth offending service as a teenager and had been violent towards a previous partner.",
          "This history was known to the police but was not shared with the midwife or the family nurse.",
          "At six weeks Child S was taken to the GP with a small bruise on her cheek, which was thought to have been caused by a dummy clip.",
          "Four weeks later she was admitted to hospital with a head injury that the paediatricians said had been inflicted."]),
     h("What we learned", "learning"),
     items("learning", ["A bruise on a baby who is not yet mobile must always be referred to a paediatrician, whatever explanation is offered.",
                        "Practitioners working with young parents need to ask about both parents, including any history of violence, from the first contact.",
                        "Information held by the police about a parent's violence should be shared with health practitioners when a pregnancy is known."], "ul"),
     h("What went well", "good_practice"),
     items("good_practice", ["The family nurse built a trusting relationship with Child S's mother and visited more often than the programme requires.",
                             "The hospital's safeguarding team acted quickly and made sure the other children in the extended family were safe."], "ul"),
     h("What needs to change", "recommendations"),
     items("recommendations", ["The partnership should relaunch its bruising in non-mobile babies protocol and check that GP practices are using it.",
                               "The police should agree with the health trust how information about a parent's violence is shared when a pregnancy becomes known.",
                               "Family nurses and midwives should be trained to include fathers and partners in every assessment of a new baby's safety."]),
     h("Next steps", "conclusion", ["other", "recommendations"]),
     *ps(["The partnership will publish a briefing on this review and will check the progress of the recommendations at its meeting in January 2025."])],
    "every section heading a PNG image of its words with /Alt text only (tagged Figure inside the H2, no text layer, "
    "no outline); body text normal; learning and good practice bullets; numbered recommendations; Chromium tagged")

# ---------- 4. Kelderby: InDesign-like two columns, pull quotes, coloured sidebar per page; Chromium untagged
KELDERBY = rep(
    "kelderby-cspr-child-e.pdf", "chromium_untagged_magazine",
    {"partnership": "Kelderby Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child E",
     "child_name": "Child E", "review_type": CSPR, "area": "Kelderby", "year": 2025,
     "by": "Independent reviewer: Ruth Abernethy", "date": "February 2025"},
    [h("Introduction", "introduction"),
     *ps(["Child E was a sixteen-year-old boy who was stabbed in a park in Kelderby in the summer of 2023 and survived his injuries.",
          "In the year before the attack Child E had been excluded from school, reported missing eleven times and arrested twice in another county.",
          "The partnership commissioned this review to understand how agencies recognised and responded to the signs that he was being criminally exploited."]),
     ("pull", "Each missing episode was treated as a separate event rather than as part of a pattern."),
     h("How we did the review", "methodology"),
     *ps(["The review was led by an independent reviewer working with a small panel drawn from police, education, health and children's social care.",
          "The reviewer read the agencies' records, met the practitioners in a learning event and spoke with Child E and his mother.",
          "Child E asked that his views be written in his own words, and they appear throughout the report."]),
     h("What happened to Child E", "background", ["findings"]),
     *ps(["Child E's mother described him as funny, loyal and protective of his younger sisters.",
          "After his permanent exclusion in Year 10 he spent his days with older young people he met at a youth club.",
          "He began to go missing overnight and came back with new clothes and a second phone.",
          "Each missing episode was treated as a separate event rather than as part of a pattern.",
          "Return home interviews were offered but Child E was seen by a different worker each time and said little.",
          "When he was arrested in a flat in another county the police there recorded him as a suspect and not as a possible victim of exploitation.",
          "The national referral mechanism referral was made four months after the arrest."]),
     ("pull", "I did not think anybody would believe me, so I stopped saying anything at all."),
     h("What we learned", "learning"),
     ("p", "The review identified five areas of learning for the partnership."),
     items("learning", ["Exclusion from school removed the one setting where trusted adults saw Child E every day, and the risk that followed the exclusion was not planned for by anyone.",
                        "Repeated missing episodes, new possessions and a second phone are recognised signs of criminal exploitation and should lead to a strategy discussion, not a series of separate responses.",
                        "Return home interviews work best when the same worker sees the young person each time and has time to build a relationship with him.",
                        "A child found in a drug supply setting in another area must be treated as a possible victim first, and the home area must be told on the same day.",
                        "Child E's mother asked for help many times and was told that she needed to set firmer boundaries, which left her feeling blamed for the harm her son suffered."], "ol"),
     h("Recommendations", "recommendations"),
     items("recommendations", ["The partnership should agree a protocol under which any permanent exclusion of a child known to children's social care is preceded by a multi-agency risk meeting.",
                               "The police and children's social care should hold a strategy discussion after a child's third missing episode in any ninety-day period.",
                               "The partnership should commission return home interviews from one provider so that the same worker can see a young person each time.",
                               "The police should confirm that officers in the force treat children found in drug supply settings as possible victims and notify the home area within twenty-four hours."]),
     h("Conclusion", "conclusion"),
     *ps(["Child E said that he wanted other young people to be listened to sooner than he was.",
          "The partnership has accepted all of the recommendations and will report on them in a year."])],
    "InDesign-like magazine layout: body threaded through two CSS columns; pull quotes repeating body sentences "
    "(no items); a coloured sidebar band on every page with the partnership name set vertically; a numbered learning "
    "list whose items run from the foot of one column to the top of the next; untagged Chromium", columns=True)

# ---------- 5. Lisnaharra: NI CMR with notes between paragraphs, Writer untagged
LISNAHARRA = rep(
    "lisnaharra-cmr-child-b.pdf", "libreoffice_html_untagged",
    {"partnership": "Safeguarding Board for Northern Ireland", "title": "Case Management Review: Child B",
     "child_name": "Child B", "review_type": "case_management_review", "area": "Northern Ireland", "year": 2023,
     "by": "Chair of the CMR panel: Siobhan McAleese", "date": "October 2023"},
    [h("Terms of reference", "introduction", ["methodology"]),
     ("p", "The Case Management Review Panel of the Safeguarding Board for Northern Ireland agreed to undertake this review on the recommendation of its Case Management Review Panel in January 2022."),
     ("note", "1 Co-operating to Safeguard Children and Young People in Northern Ireland, Department of Health (invented edition for this test), section 14."),
     ("p", "The review considered the involvement of the Health and Social Care Trust, the Police Service, the Education Authority and two voluntary organisations between April 2020 and December 2021."),
     ("note", "2 The two voluntary organisations are a family support project and a youth counselling service; both are invented."),
     h("Summary of the case", "background"),
     ("p", "Child B was thirteen when she disclosed to a school counsellor that she had been sexually abused by a man who was a family friend."),
     ("p", "The man had a previous conviction for a sexual offence against a child in another jurisdiction, which was known to the police but not to the family."),
     ("note", "3 The conviction was recorded under a different spelling of his name; see the learning below."),
     ("p", "Child B had told a youth worker about 'an older friend' a year earlier, and the youth worker had recorded the comment but had not asked more."),
     h("Learning", "learning"),
     ("p", "The panel identified the following learning."),
     items("learning", ["Information about a person who poses a risk to children must be checked against every spelling and alias held, and the checks must be recorded.",
                        "Youth workers need supervision that helps them to notice and explore comments about older friends, gifts and secrets."], "ol"),
     ("note", "4 The youth counselling service has since introduced monthly group supervision for all of its workers."),
     items("learning", ["Child B's parents were not told about the risk because the agencies could not agree who should tell them, and the disagreement lasted eleven weeks."], "ol3"),
     ("note", "5 The public protection arrangements for Northern Ireland set out who discloses; this was not followed."),
     h("Recommendations", "recommendations"),
     items("recommendations", ["The Police Service should audit its name-checking practice for persons posing a risk to children and report the results to the Board.",
                               "The youth counselling service should include the signs of grooming in the induction of every new worker.",
                               "The Board should issue guidance on which agency tells a family about a person who poses a risk to their child, and by when."]),
     h("Conclusion", "conclusion"),
     ("p", "The panel thanks Child B and her parents for their courage in contributing to this review.")],
    "Northern Ireland Case Management Review (HTML opened in LibreOffice Writer, untagged); notes in 8 pt type set "
    "BETWEEN body paragraphs and between learning items (mid-page, not at the page foot); numbered learning running on "
    "across a note; numbered recommendations")

# ---------- 6. Hallowby: hand-written PDF, two-run labels and line-drawn icons
HALLOWBY = rep(
    "hallowby-lcspr-child-n.pdf", "handwritten_two_run_labels_icons",
    {"partnership": "Hallowby Children's Safeguarding Partnership", "title": "Local Child Safeguarding Practice Review: Child N",
     "child_name": "Child N", "review_type": CSPR, "area": "Hallowby", "year": 2024,
     "by": "Author: Patience Okonkwo-Hale, independent reviewer", "date": "May 2024"},
    [h("Introduction", "introduction"),
     *ps(["Child N was a four-year-old boy who was admitted to hospital severely underweight in the spring of 2023.",
          "He lived with his father and stepmother; his two older half-siblings lived with their mother in the next town.",
          "This review looks at how agencies understood Child N's daily life in the eighteen months before the admission."]),
     h("Background", "background"),
     *ps(["Child N did not attend nursery and was not registered with a dentist.",
          "His father told the health visitor that Child N was a fussy eater and that the family preferred to manage it themselves.",
          "The family moved house three times in the period, each time to a different GP practice area."]),
     h("Learning", "learning"),
     ("lp", "Learning", " point 1", "A child who is not seen in any universal setting is invisible to the system, and the absence of contact should itself be treated as information."),
     ("lp", "Learning", " point 2", "Growth measurements taken by different practitioners must be plotted on the same chart so that faltering growth can be seen over time."),
     ("lp", "Learning", " point 3", "When a family moves, the receiving health visitor needs the whole record and a conversation, not only a transfer letter."),
     h("Recommendations", "recommendations"),
     ("rp", "Recommendation", " 1", "The partnership should ask the local authority to check that every child who does not take up a funded nursery place is known to a health visitor."),
     ("rp", "Recommendation", " 2", "The community health trust should make the electronic growth chart the single record of a child's measurements across all its services."),
     ("rp", "Recommendation", " 3", "Health visiting services should agree a standard for handover calls when a child under five on a caseload moves between areas."),
     h("Conclusion", "conclusion"),
     *ps(["Child N is now thriving in foster care and attends nursery every day.",
          "The partnership will publish a practitioner briefing alongside this report."])],
    "a PDF written by hand in Python (Helvetica, WinAnsi, untagged): each learning point opens with a line-drawn "
    "lightbulb icon (stroked paths, no image) beside a label of two runs in two fonts ('Learning' bold + ' point 3' "
    "regular, two text objects); recommendations labelled the same way ('Recommendation' bold + ' 2' regular)")

# ---------- 7. Thornaby: groff -ms + tbl, agency cells spanning action rows, table over a page break
THORNABY = rep(
    "thornaby-scr-child-k.pdf", "groff_ms_tbl",
    {"partnership": "Thornaby Local Safeguarding Children Board", "title": "Serious Case Review: Child K",
     "child_name": "Child K", "review_type": "serious_case_review", "area": "Thornaby", "year": 2019,
     "by": "Overview author: Graham Lindqvist", "date": "April 2019"},
    [h("Introduction", "introduction"),
     *ps(["This serious case review concerns Child K, a seven-month-old baby who died in an unsafe sleeping arrangement in 2017.",
          "The Board decided that the criteria for a serious case review were met because there were concerns about how agencies had worked together.",
          "The review followed a systems methodology and was supported by a panel of senior managers from the agencies involved.",
          "Child K's parents took part in the review and the Board is grateful to them."]),
     h("Background", "background"),
     *ps(["Child K's mother was twenty-two and had a history of anxiety and cannabis use that was known to her GP.",
          "Child K's father worked nights and the family lived in a one-bedroom flat with no cot for the baby.",
          "Midwives and health visitors gave safe sleep advice on five occasions, and the mother signed to say she understood it.",
          "The family was referred twice to children's centre services but did not take up the offer.",
          "The family had moved twice in the year before Child K's birth, both times after disputes with landlords about rent arrears.",
          "The police had attended the flat once after a neighbour reported shouting; no offence was recorded and no notification was made.",
          "Child K was a healthy baby who was gaining weight well and had been seen by the health visitor at eight weeks and again at four months.",
          "On the night of Child K's death both parents had been drinking and Child K was asleep with them on a sofa."]),
     h("Findings", "findings"),
     *ps(["Safe sleep advice was given as information rather than explored as a plan for this family's circumstances.",
          "Practitioners did not ask where the baby would actually sleep on nights when the father was at work or when the parents had been drinking.",
          "The absence of a cot was noted by the health visitor at the new birth visit but not followed up.",
          "The referrals to the children's centre did not explain why the family needed help, so the centre sent a standard letter.",
          "Agencies did not know about each other's involvement and there was no forum in which the concerns could be brought together.",
          "Child K's father was not seen by any practitioner after the birth, and his views and working pattern were never considered.",
          "The mother's cannabis use was recorded by her GP but the health visitor was not told of it."]),
     h("Lessons learned", "learning"),
     items("learning", ["Safe sleep advice is most effective when it is tailored to the family's real circumstances, including nights that are different from usual.",
                        "Fathers and partners must be seen and included in assessments of a baby's safety.",
                        "A referral that does not say why help is needed is unlikely to lead to help being given."], "ul"),
     h("Recommendations", "recommendations"),
     ("p", "The Board's recommendations and the actions agreed with each agency are set out below."),
     ("atable", [("Health visiting service", "Introduce a safe sleep assessment tool that asks where the baby will sleep on every night of the week."),
                 ("Health visiting service", "Check that a cot or a safe sleeping space is in place at the new birth visit and record the outcome."),
                 ("Health visiting service", "Include fathers in the new birth visit wherever possible and record when they are not seen."),
                 ("Midwifery service", "Give safe sleep advice as a conversation about the family's plans, not a leaflet to sign."),
                 ("Midwifery service", "Share information about parental substance use with the health visitor before the handover."),
                 ("Children's centres", "Follow up every referral that does not say why help is needed with a call to the referrer."),
                 ("Children's centres", "Offer a home visit to families who do not respond to a first letter."),
                 ("GP practices", "Tell the health visitor about any parental substance use recorded in a parent's notes during pregnancy."),
                 ("GP practices", "Flag the records of babies whose parents have a history of substance use."),
                 ("Police", "Share information about domestic incidents at addresses where a baby lives with the health visitor within a week."),
                 ("Police", "Include a question about where the baby sleeps in the checklist used at domestic incidents."),
                 ("Housing service", "Give priority to families with a baby who have no space for a cot when they apply for a transfer."),
                 ("Housing service", "Tell the health visitor when a family with a baby under one moves into temporary accommodation."),
                 ("Housing service", "Provide a cot through the welfare fund to any family with a baby that does not have one."),
                 ("Safeguarding Board", "Run a safe sleep campaign aimed at fathers and wider family members."),
                 ("Safeguarding Board", "Audit the use of the safe sleep assessment tool in twelve months.")]),
     h("Conclusion", "conclusion"),
     *ps(["Child K's death could not have been predicted, but the review found that opportunities to reduce the risk were missed.",
          "The Board will monitor the action plan through its learning and improvement group."])],
    "groff -ms with tbl (gropdf, untagged): a recommendations table Agency | Action whose Agency cells span several action "
    "rows (tbl '^'), running over a page break with its header repeated (.TS H / .TH; each Action cell an item); .SH "
    "headings; bullet learning; title block and body from page 1", body_from=1)

# ---------- 8. Cairnlea: Scottish Learning Review, Writer tagged, legal numbering with H2 findings
CL_FINDINGS = [
    ("4.1", "Concerns about domestic abuse were not linked to the risk to the children", [
        "Police attended the family home four times in 2022 after reports of arguments and on one occasion found a broken door.",
        "Each incident was assessed with the risk assessment tool in use at the time and graded as standard risk.",
        "Notifications were sent to the named person service but the school was not told until the fourth incident."],
     [("Recommendation 4.1", "Police Scotland and the named person service should agree that every domestic abuse notification about a household with children is shared with the child's school within one working day.")]),
    ("4.2", "The children's views were sought but not acted on", [
        "Child R told her guidance teacher that she was scared when her stepfather was drunk and that she slept in her brother's room.",
        "The guidance teacher recorded the conversation and raised it at a team around the child meeting.",
        "The meeting minutes record the concern but no action was agreed to follow it up."],
     [("Recommendation 4.2", "The chief officers group should ensure that every team around the child meeting records what the child has said and what will be done about it."),
      ("Recommendation 4.3", "Education services should give guidance staff protected time to follow up concerns raised by children in their care.")]),
    ("4.3", "Information about the stepfather was not shared between areas", [
        "Child R's stepfather had been subject to a domestic abuse disclosure scheme application in another local authority.",
        "The information was held by the police in that area but was not linked to the Cairnlea records because of a different address.",
        "Practitioners in Cairnlea were not aware of his history when they assessed the children's safety."],
     [("Recommendation 4.4", "Police Scotland should review how domestic abuse disclosure scheme information is linked to new addresses when a person moves between local authority areas.")]),
]
CAIRNLEA = rep(
    "cairnlea-learning-review-child-r.pdf", "libreoffice_html_tagged_legal",
    {"partnership": "Cairnlea Child Protection Committee", "title": "Learning Review: Child R",
     "child_name": "Child R", "review_type": "learning_review", "area": "Cairnlea", "year": 2024,
     "by": "Lead reviewer: Fiona MacRitchie", "date": "September 2024"},
    [h("1 Introduction", "introduction"),
     *nps(1, ["This learning review was commissioned by the Cairnlea Child Protection Committee under the national guidance for child protection committees undertaking learning reviews.",
              "It concerns Child R, who was twelve, and her younger brother, who were removed from the family home after their mother was seriously assaulted by her partner.",
              "The review was carried out between March and July 2024."]),
     h("2 Methodology", "methodology"),
     *nps(2, ["The review team read the records of the agencies involved and met the practitioners in two reflective sessions.",
              "Child R and her mother were offered the chance to contribute and both met the lead reviewer."]),
     h("3 Background", "background"),
     *nps(3, ["Child R lived with her mother, her younger brother and her mother's partner in a council house in Cairnlea.",
              "Her mother's partner moved into the household in 2021, shortly after moving to the area from another part of Scotland.",
              "The children attended the local primary and secondary schools and were described as doing well until the autumn of 2022."]),
     h("4 Findings", "findings", ["recommendations"]),
     ("p", "The review makes three findings; the recommendations that follow from each are set out under it."),
     *[b for f in CL_FINDINGS for b in [("sub", f[0] + " " + f[1])] + nps(f[0], f[2]) + [("rec", l, t) for l, t in f[3]]],
     h("5 Conclusion", "conclusion"),
     *nps(5, ["The children are now safe and living with their mother in a new home.",
              "The committee has accepted the findings and will oversee the recommendations through its learning and development subgroup."])],
    "Scottish Learning Review (HTML opened in LibreOffice Writer, tagged); Word 'legal' numbering 1 / 1.1 / 1.1.1: "
    "chapter headings H1 '1 Introduction', findings as H2 '4.N ...' sub-headings (not sections, under numbered "
    "chapters) with '4.N.M' numbered paragraphs and 'Recommendation 4.N' paragraphs (items) inside them")

REPORTS = [RAVENSWORTH, GLANRHYD, LARKHILL, KELDERBY, LISNAHARRA, HALLOWBY, THORNABY, CAIRNLEA]
