"""Batch 54 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in the STRUCTURES of real published child safeguarding practice reviews that no earlier batch had in these
combinations:
- Fellbrook (python-docx DOCX -> LibreOffice, untagged, realistic length): a contents page of typed entries with a dot
  leader tab and page numbers; terms of reference and methodology before any learning; 'Key practice episodes' with
  'KPE N ...' Heading 2 sub-headings, each episode followed by bold 'Learning point N' paragraphs; findings as 'Finding N:'
  sub-headings with 'Why does this matter?' / 'What needs to change?' Heading 3 sub-parts; the recommendations a table
  'No. | Recommendation | Lead agency | Timescale'; a family's voice section with indented pull quotes; a chronology
  appendix table over pages; a glossary table; the partnership's response with its own numbered actions; a 'Summary of
  learning' box (a one-cell shaded table) at the end that REPEATS the learning points word for word;
- Hollinsway (pdfLaTeX report class, realistic length): LaTeX contents with dot leaders; footnotes with long references;
  KPEs as unnumbered sections each followed by a framed 'Learning point N' box; findings each with run-in 'Why does this
  matter?' / 'What needs to change?' paragraphs and 'Recommendation N' numbered INSIDE the finding; a family's voice
  chapter with display quotations; a longtable chronology appendix over pages; glossary; the partnership's response
  with numbered actions 'Action 1' ..; a 'Summary of learning' framed box at the end repeating the learning points;
- Stanmoor (Chromium, untagged): contents with CSS dot leaders; KPE h3 sub-headings each with an aside 'Learning point N';
  a 'Summary of learning' box at the end repeating them; glossary of abbreviations;
- Cardenby (python-docx -> LibreOffice, tagged): 'Findings and recommendations' with 'Finding N' Heading 2, bold
  'Why does this matter?' / 'What needs to change?' paragraphs and 'Recommendation N:' run-ins inside each finding;
  the partnership's response with its own Word-numbered actions (not recommendations);
- Wrenhurst (WeasyPrint): contents page with target-counter dot leaders; footnotes with long references; a family's
  voice section with floated pull quotes; recommendations as an 'Action | Owner | By when' table;
- Oakhanger (LuaLaTeX): 'Learning from the review' with 'Learning point N' run-in paragraphs; recommendations table
  'No. | Recommendation | Lead agency | Timescale' (tabularx); a chronology appendix (longtable) over two pages; a
  glossary of abbreviations;
- Pellingham (Chromium, tagged): findings with h3 'Why does this matter?' / 'What needs to change?' and recommendations
  numbered inside findings (an ol continuing its numbers across findings); pull quotes from the family between
  paragraphs; the partnership's response as an 'Action | Owner | By when' table (no items);
- Ravelstow (python-docx -> LibreOffice, untagged): KPE bold run-in paragraphs each followed by 'Learning point N'; a
  'Summary of learning' box repeating the learning; recommendations as an 'Action | Owner | By when' table.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]) a section heading; ("h2", text) a sub-heading, NOT a section
('KPE N ...', 'Finding N: ...'; batch26 / batch50's conventions); ("h3", text) a sub-part ('Why does this matter?',
'What needs to change?'), NOT a section; ("p", text); ("pfn", text, note) a paragraph with a footnote (no item);
("quote", text, who) a pull quote (no item); ("lp", n, text) a 'Learning point N' (a learning item, without its
label); ("rec", n, text) a 'Recommendation N' inside a finding (a recommendations item, without its label);
("items", type, [texts], style) a list; ("actions", [texts]) the partnership's own numbered actions (no items);
("rtable", header, rows, col) a recommendations table (column col of each row a recommendations item); ("atable",
header, rows) a table giving no items (the partnership's action plan); ("chron", rows) a chronology table (no items);
("gloss", rows) a glossary (no items); ("summary", title, [texts]) a box repeating the learning points word for word
(no items: each point is counted once, where it is first stated). Test-fixture tooling only.
"""

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
LCSPR = CSPR


def rep(file, producer, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def ps(texts):
    return [("p", t) for t in texts]


# A pool of sentences in the register of published reviews (invented; no sentence copied from a review).
SAY = ["The review read the records of each agency and spoke to the practitioners who knew the family.",
       "There was an over-reliance on what the parents said, and little attempt to check it with other sources.",
       "Practitioners were committed and caring, but their optimism about change was not tested against the evidence.",
       "Each contact was judged on its own merits and not against the history held by other agencies.",
       "Records describe the tasks completed in detail and say much less about what daily life was like for the child.",
       "Managers who took over the case accepted the plan they inherited without asking whether it was working.",
       "Where concerns were raised they were often held in one agency's system and never reached the others.",
       "The review also found persistent and thoughtful work by individual practitioners, often against the odds.",
       "Professional challenge between agencies was rare, and the escalation policy was not used at any point.",
       "The men in the household were not seen, assessed or asked about their part in caring for the children.",
       "The child was rarely seen alone, and when the child was seen the conversation was led by an adult.",
       "Strategy discussions were held by telephone and did not always include health or education.",
       "Practitioners told the review that high caseloads left little time to reflect on the whole picture.",
       "Information about the mother's mental health was known to her GP but was not shared with the health visitor.",
       "The plan set out what the parents should do but not what would happen if nothing changed.",
       "Home visits were announced in advance, and the home was usually tidy when practitioners arrived.",
       "The school noticed the child's hunger and tiredness and recorded it carefully, but the pattern was not escalated.",
       "Agencies did not always understand each other's thresholds, and referrals were closed without a conversation."]


def para(topics, i):
    s = SAY
    n = len(s)
    a, b, c = s[i % n], s[(i + 5) % n], s[(i + 11) % n]
    return "In relation to %s, %s %s %s" % (topics[i % len(topics)], a[0].lower() + a[1:], b, c)


def paras(topics, n, start):
    return ps([para(topics, start + i) for i in range(n)])


def chron_rows(n, year, agencies, events):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    rows = []
    for i in range(n):
        rows.append(("%d %s %d" % (1 + (i * 7) % 27, months[(i * 2 // 3) % 12], year + (i * 2 // 3) // 12),
                     agencies[i % len(agencies)], events[i % len(events)]))
    return rows


CHRON_EVENTS = ["Home visit by the health visitor; the home was cluttered and the child was asleep upstairs.",
                "Referral from the school after the child arrived hungry and asked staff for food.",
                "Child and family assessment completed; the case was stepped down to early help.",
                "The child was not brought to a paediatric appointment; a letter was sent to the mother.",
                "Police attended a report of a verbal argument at the address; no further action.",
                "Team around the family meeting; the mother did not attend and the meeting went ahead.",
                "GP consultation with the mother about low mood; a referral to talking therapies was made.",
                "Strategy discussion by telephone between police and children's social care.",
                "The school nurse weighed the child; the weight had fallen from the 25th to the 9th centile.",
                "Housing officer visited about rent arrears and noted an unknown man at the property."]
CHRON_AGENCIES = ["Health visiting", "Primary school", "Children's social care", "Police", "GP practice", "Housing",
                  "School nursing", "Early help"]

# ---------- 1. Fellbrook: python-docx -> LibreOffice untagged, realistic length
FB_TOPICS = ["the family's circumstances", "the first referral", "the early help plan", "the mother's health",
             "the home conditions", "Child T's attendance at nursery", "the new partner", "the health visiting service",
             "the child protection conference", "the core group", "the voice of Child T", "supervision"]
FB_LEARNING = [
    "When a family moves between areas, the receiving agencies must ask for and read the full history, not only the latest assessment.",
    "A child who is not brought to health appointments is telling practitioners something about the care they receive at home.",
    "Every adult who lives in or regularly visits the household must be known to the agencies working with the child.",
    "Practitioners need to see the child alone and record what the child says and does in the child's own words.",
    "Step-down from a child protection plan should only happen when change has been sustained, not when it has only been promised.",
]
FB_RECS = [
    ("The partnership should agree a transfer protocol so that the full case history follows a family who moves into or out of Fellbrook.",
     "Children's social care", "Six months"),
    ("Health partners should extend the 'was not brought' policy to health visiting, school nursing and dental appointments.",
     "Integrated care board", "Nine months"),
    ("All agencies should ask about and record every adult living in or regularly visiting the household at each assessment.",
     "All partner agencies", "Three months"),
    ("The partnership should audit a sample of step-down decisions to test whether change had been sustained before the plan ended.",
     "Partnership business unit", "Twelve months"),
]
FB_GLOSS = [("CAMHS", "Child and adolescent mental health services"), ("CIN", "Child in need"),
            ("CP", "Child protection"), ("EHA", "Early help assessment"), ("GP", "General practitioner"),
            ("ICB", "Integrated care board"), ("ICPC", "Initial child protection conference"),
            ("KPE", "Key practice episode"), ("MASH", "Multi-agency safeguarding hub"),
            ("RCPC", "Review child protection conference"), ("TAF", "Team around the family")]
FB_KPES = [
    ("KPE 1: The family moves to Fellbrook (March to June 2023)", 0),
    ("KPE 2: The referral from nursery (September 2023)", 1),
    ("KPE 3: The new partner (November 2023 to January 2024)", 2),
    ("KPE 4: Child protection planning (February to May 2024)", 3),
    ("KPE 5: Step-down to child in need (June to August 2024)", 4),
]
FB_FINDINGS = ["Finding 1: Histories that did not travel with the family", "Finding 2: Appointments the child was not brought to",
               "Finding 3: The unseen adults in the household", "Finding 4: Ending plans before change was sustained"]


def fb_blocks():
    b = [("contents",), h("Executive summary", "summary", ["introduction"])]
    b += ps(["This local child safeguarding practice review concerns Child T, who was three years old when he was taken "
             "to hospital with a fractured arm and bruising to his face and back. The injuries were found to be "
             "non-accidental. His mother's partner was later convicted of causing him grievous bodily harm.",
             "The review found that Child T's family was known to agencies in two areas, that the history held in the "
             "first area did not reach the practitioners in Fellbrook, and that the man who harmed him was never "
             "assessed. The learning is set out after each key practice episode and brought together at the end."])
    b += paras(FB_TOPICS, 6, 0)
    b += [h("1. Introduction", "introduction")] + paras(FB_TOPICS, 7, 1)
    b += [h("2. Terms of reference", "methodology", ["introduction"]),
          ("p", "The safeguarding partners agreed the following terms of reference for the review."),
          ("items", "other", [
              "To what extent did agencies share and use the history of the family when it moved into the area?",
              "How well did practitioners identify and assess the adults living in or visiting the household?",
              "How was Child T's lived experience understood and recorded?",
              "Was the decision to end the child protection plan based on evidence of sustained change?"], "ol")]
    b += paras(FB_TOPICS, 3, 2)
    b += [h("3. Methodology", "methodology")] + paras(FB_TOPICS, 7, 3)
    b += [h("4. The family's voice", "methodology", ["background", "other"]),
          ("p", "The reviewer met Child T's grandmother and his father. Their words are included with their permission.")]
    b += paras(FB_TOPICS, 2, 4)
    b += [("quote", "Nobody asked me who was living in that house. I could have told them.", "Child T's grandmother")]
    b += paras(FB_TOPICS, 2, 5)
    b += [("quote", "Every new worker started from the beginning. We had to tell our story again and again.",
           "Child T's father")]
    b += paras(FB_TOPICS, 2, 6)
    b += [h("5. Background", "background")] + paras(FB_TOPICS, 12, 7)
    b += [h("6. Key practice episodes", "background", ["findings"]),
          ("p", "The review identified five key practice episodes. Each is described below and followed by the learning "
                "it offers.")]
    for head, k in FB_KPES:
        b += [("h2", head)] + paras(FB_TOPICS, 5, 8 + k) + [("lp", k + 1, FB_LEARNING[k])]
    b += [h("7. Findings", "findings"), ("p", "The review makes four findings. Each explains why it matters and what "
                                              "needs to change.")]
    for i, head in enumerate(FB_FINDINGS):
        b += [("h2", head)] + paras(FB_TOPICS, 3, 9 + i) + [("h3", "Why does this matter?")] + paras(FB_TOPICS, 2, 10 + i)
        b += [("h3", "What needs to change?")] + paras(FB_TOPICS, 1, 11 + i)
    b += [h("8. Recommendations", "recommendations"),
          ("p", "The review makes four recommendations to the Fellbrook Safeguarding Children Partnership."),
          ("rtable", ["No.", "Recommendation", "Lead agency", "Timescale"],
           [(str(i + 1),) + r for i, r in enumerate(FB_RECS)], 1)]
    b += [h("9. The partnership's response", "other", ["conclusion"]),
          ("p", "The safeguarding partners accept the findings of the review. They have already taken the following "
                "actions, which are separate from the recommendations above."),
          ("actions", [
              "A briefing on the review was given to more than four hundred practitioners across the partnership in March 2025.",
              "The partnership's threshold document was rewritten to include a section on adults in the household.",
              "A new transfer-in checklist was introduced by children's social care in April 2025.",
          ])]
    b += [h("10. Conclusion", "conclusion")] + paras(FB_TOPICS, 4, 12)
    b += [h("Appendix A: Chronology of key events", "appendix", ["background"]),
          ("chron", chron_rows(64, 2023, CHRON_AGENCIES, CHRON_EVENTS))]
    b += [h("Appendix B: Glossary", "appendix", ["other"]), ("gloss", FB_GLOSS)]
    b += [("summary", "Summary of learning", FB_LEARNING)]
    return b


FELLBROOK = rep("fellbrook-lcspr-child-t.pdf", "python_docx_kpe_learning_points_lo_untagged", {
    "partnership": "Fellbrook Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child T",
    "by": "Independent reviewer: Margaret Ellingham", "date": "Published: March 2026", "child_name": "Child T",
    "review_type": LCSPR, "area": "Fellbrook", "year": 2026}, fb_blocks(),
    "python-docx DOCX -> LibreOffice 7.4, untagged; contents page of typed entries with a right tab and dot leader; "
    "terms of reference and methodology before the learning; a family's voice section with indented italic pull quotes; "
    "'Key practice episodes' with 'KPE N:' Heading 2 sub-headings, each followed by a bold 'Learning point N' paragraph; "
    "findings with 'Finding N:' Heading 2 and 'Why does this matter?' / 'What needs to change?' Heading 3 sub-parts; "
    "recommendations table 'No. | Recommendation | Lead agency | Timescale'; the partnership's response with its own "
    "numbered actions; chronology appendix table over pages; glossary table; a 'Summary of learning' box at the end "
    "repeating the five learning points word for word; realistic length", body_from=3)

# ---------- 2. Hollinsway: pdfLaTeX report, realistic length
HW_TOPICS = ["Child R's early years", "the pre-birth assessment", "the father's history", "domestic abuse",
             "the MARAC referral", "the health visitor's visits", "the children's centre", "the police call-outs",
             "information sharing", "the voice of Child R", "the child protection conference", "management oversight"]
HW_LEARNING = [
    "A pre-birth assessment must consider the history of both parents, including any previous children who were removed from their care.",
    "When domestic abuse is reported, the impact on the baby must be assessed even when the baby was asleep at the time.",
    "A risk assessment that is shared only within one agency leaves the others working without the most important information.",
    "Fathers and male carers must be invited to meetings and assessments, and their absence must be followed up.",
]
HW_RECS = [
    "The partnership should make sure that pre-birth assessments include a review of the history of both parents held by every agency.",
    "Police and children's social care should agree how the impact of each domestic abuse incident on a baby in the home is assessed.",
    "The partnership should ask the MARAC steering group to report on how risk assessments are shared with health visitors and GPs.",
    "All agencies should record the name and role of every father and male carer, and whether he was invited to each meeting.",
    "The partnership should test through a multi-agency audit whether the changes made after this review have improved practice.",
]
HW_FINDINGS = [("Finding 1: The history of both parents", [0]), ("Finding 2: Seeing the baby in the domestic abuse", [1]),
               ("Finding 3: Sharing risk assessments", [2]), ("Finding 4: Engaging fathers", [3, 4])]
HW_KPES = ["KPE 1: Pregnancy and the pre-birth assessment", "KPE 2: The first domestic abuse incident",
           "KPE 3: The MARAC and what followed", "KPE 4: The last six weeks"]
HW_REFS = [
    "Child Safeguarding Practice Review Panel (invented reference for testing), The myth of invisible men: safeguarding "
    "children under one from non-accidental injury caused by male carers, London, 2021, pp. 14-27.",
    "Invented Author, A. and Invented Author, B., 'Assessing risk to unborn babies: what the research tells us', "
    "Journal of Invented Child Welfare Studies, vol. 12, no. 3, 2022, pp. 201-219.",
    "Hollinsway Safeguarding Children Partnership, Multi-agency procedures: pre-birth assessment and planning, "
    "section 4.3, revised edition (invented), 2023.",
    "Home Office (invented citation for testing), Domestic Abuse Statutory Guidance, chapter 3, 'The impact of domestic "
    "abuse on children', 2022.",
]


def hw_blocks():
    b = [("contents",), h("Executive summary", "summary", ["introduction"])]
    b += ps(["This review concerns Child R, who died at the age of eleven weeks from a head injury. Her father was "
             "convicted of her manslaughter. Both parents had a history known to agencies in Hollinsway and elsewhere.",
             "The review found that the history of Child R's father was known to some agencies but was not brought into "
             "the pre-birth assessment, and that the impact of domestic abuse on a young baby was underestimated."])
    b += paras(HW_TOPICS, 5, 0)
    b += [h("1 Introduction", "introduction")] + paras(HW_TOPICS, 5, 1)
    b += [("pfn", para(HW_TOPICS, 2), HW_REFS[0])] + paras(HW_TOPICS, 2, 3)
    b += [h("2 Terms of reference", "methodology", ["introduction"])] + paras(HW_TOPICS, 4, 4)
    b += [h("3 Methodology", "methodology")] + paras(HW_TOPICS, 3, 5) + [("pfn", para(HW_TOPICS, 6), HW_REFS[1])]
    b += paras(HW_TOPICS, 3, 7)
    b += [h("4 The family's voice", "methodology", ["background", "other"])] + paras(HW_TOPICS, 2, 6)
    b += [("quote", "I told the health visitor I was frightened of him. She wrote it down and then nothing happened.",
           "Child R's mother")] + paras(HW_TOPICS, 2, 7)
    b += [("quote", "They never once asked to speak to me about the baby. It was as if I was not there.", "Child R's father")]
    b += paras(HW_TOPICS, 2, 8)
    b += [h("5 Background", "background")] + paras(HW_TOPICS, 12, 8)
    b += [h("6 Key practice episodes", "background", ["findings"])] + paras(HW_TOPICS, 1, 9)
    for i, head in enumerate(HW_KPES):
        b += [("h2", head)] + paras(HW_TOPICS, 5, 10 + i)
        if i == 1:
            b += [("pfn", para(HW_TOPICS, 20 + i), HW_REFS[3])]
        b += [("lp", i + 1, HW_LEARNING[i])]
    b += [h("7 Findings and recommendations", "findings", ["recommendations"])] + paras(HW_TOPICS, 1, 11)
    for head, recs in HW_FINDINGS:
        b += [("h2", head)] + paras(HW_TOPICS, 3, 12 + recs[0]) + [("h3", "Why does this matter?")]
        b += paras(HW_TOPICS, 2, 13 + recs[0])
        if recs[0] == 0:
            b += [("pfn", para(HW_TOPICS, 30), HW_REFS[2])]
        b += [("h3", "What needs to change?")] + paras(HW_TOPICS, 1, 14 + recs[0])
        b += [("rec", r + 1, HW_RECS[r]) for r in recs]
    b += [h("8 The partnership's response", "other", ["conclusion"]),
          ("p", "The Hollinsway safeguarding partners accept all five recommendations. In addition, they have agreed the "
                "following actions of their own."),
          ("actions", [
              "Action 1: The partnership will publish a seven-minute briefing on this review for all practitioners.",
              "Action 2: The pre-birth pathway will be relaunched with the local maternity service in the spring.",
              "Action 3: The partnership will hold a practitioner event on working with fathers before the end of the year.",
          ])]
    b += [h("9 Conclusion", "conclusion")] + paras(HW_TOPICS, 4, 15)
    b += [h("Appendix A Chronology", "appendix", ["background"]),
          ("chron", chron_rows(70, 2022, CHRON_AGENCIES[:6], CHRON_EVENTS))]
    b += [h("Appendix B Glossary", "appendix", ["other"]), ("gloss", FB_GLOSS[:4] + [
        ("IDVA", "Independent domestic violence adviser"), ("MARAC", "Multi-agency risk assessment conference"),
        ("PLO", "Public law outline")])]
    b += [("summary", "Summary of learning", HW_LEARNING)]
    return b


HOLLINSWAY = rep("hollinsway-lcspr-child-r.pdf", "pdflatex_report_kpe_boxes_findings_recs", {
    "partnership": "Hollinsway Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child R",
    "by": "Lead reviewer: Dr Owen Castellane", "date": "Date of publication: 14 January 2026", "child_name": "Child R",
    "review_type": CSPR, "area": "Hollinsway", "year": 2026}, hw_blocks(),
    "pdfLaTeX (report class, Latin Modern), untagged; LaTeX contents with dot leaders; footnotes with long references; "
    "a family's voice chapter with display quotations; KPEs as unnumbered sections each followed by a framed 'Learning "
    "point N' box; 'Findings and recommendations' with 'Finding N:' sections, run-in 'Why does this matter?' / 'What "
    "needs to change?' paragraphs and bold 'Recommendation N' paragraphs inside the findings; the partnership's response "
    "with 'Action N:' items; longtable chronology appendix over pages; glossary; a framed 'Summary of learning' at the end "
    "repeating the four learning points word for word; realistic length", body_from=3)

# ---------- 3. Stanmoor: Chromium untagged, CSS dot leaders, KPE asides, summary box
SM_TOPICS = ["Child J's school", "the missing episodes", "the children's home", "the police", "the youth offending service",
             "exploitation screening", "the return home interviews", "the move out of area"]
SM_LEARNING = [
    "A child who goes missing repeatedly is at risk of exploitation until it is shown otherwise.",
    "Return home interviews are only useful when what the child says is read by the people making the plan.",
    "Moving a child out of the area can move them closer to the people who exploit them, not further away.",
]


def sm_blocks():
    b = [("contents",), h("Introduction", "introduction")] + paras(SM_TOPICS, 3, 0)
    b += [h("Terms of reference", "methodology", ["introduction"])] + paras(SM_TOPICS, 2, 1)
    b += [h("How the review was carried out", "methodology")] + paras(SM_TOPICS, 2, 2)
    b += [h("Key practice episodes", "background", ["findings"])]
    kpes = ["KPE 1 (January to April 2024): The first missing episodes",
            "KPE 2 (May 2024): The return home interviews",
            "KPE 3 (June to September 2024): The move to a placement out of area"]
    for i, head in enumerate(kpes):
        b += [("h2", head)] + paras(SM_TOPICS, 3, 3 + i) + [("lp", i + 1, SM_LEARNING[i])]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", [
        "The partnership should make exploitation screening mandatory after a child's third missing episode in any three months.",
        "Children's social care should ensure that each return home interview is read and signed by the child's social worker within two working days.",
        "Placement decisions for children at risk of exploitation should be agreed at a multi-agency meeting that includes the police.",
    ], "ol")]
    b += [h("Glossary of abbreviations", "other", ["appendix"]), ("gloss", [
        ("CCE", "Child criminal exploitation"), ("NRM", "National referral mechanism"),
        ("RHI", "Return home interview"), ("YOS", "Youth offending service")])]
    b += [("summary", "Summary of learning", SM_LEARNING)]
    return b


STANMOOR = rep("stanmoor-cspr-child-j.pdf", "chromium_css_leaders_kpe_asides", {
    "partnership": "Stanmoor Children's Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Child J",
    "by": "Author: Rachel Ibbotson, independent reviewer", "date": "Published: September 2025", "child_name": "Child J",
    "review_type": CSPR, "area": "Stanmoor", "year": 2025}, sm_blocks(),
    "Chromium 156, untagged; contents with CSS dot leaders (flex) and page numbers; 'Key practice episodes' with 'KPE N "
    "(dates): ...' h3 sub-headings each followed by an aside 'Learning point N'; numbered recommendations; glossary of "
    "abbreviations (dl); a shaded 'Summary of learning' box at the end repeating the three learning points", body_from=3)

# ---------- 4. Cardenby: python-docx -> LibreOffice tagged, findings with sub-parts and recommendations inside
CD_TOPICS = ["the baby's birth", "the parents' learning needs", "the pre-birth conference", "the discharge plan",
             "the midwife's visits", "safe sleep advice", "the father's drinking"]


def cd_blocks():
    b = [h("Introduction", "introduction")] + paras(CD_TOPICS, 2, 0)
    b += [h("Terms of reference and methodology", "methodology")] + paras(CD_TOPICS, 2, 1)
    b += [h("Background", "background")] + paras(CD_TOPICS, 3, 2)
    b += [h("Findings and recommendations", "findings", ["recommendations"])]
    fs = [("Finding 1: Parents with learning needs were given advice they could not use",
           "Maternity and health visiting services should check that safe sleep advice is given in a form each parent can understand and use."),
          ("Finding 2: The discharge plan did not say who would do what",
           "The partnership should require a written multi-agency discharge plan for every baby subject to a pre-birth child protection plan."),
          ("Finding 3: The father's drinking was known but not assessed",
           "Adult substance misuse services should be invited to every child protection conference where a parent is known to them.")]
    for i, (head, rec) in enumerate(fs):
        b += [("h2", head)] + paras(CD_TOPICS, 2, 3 + i) + [("h3", "Why does this matter?")] + paras(CD_TOPICS, 1, 4 + i)
        b += [("h3", "What needs to change?"), ("rec", i + 1, rec)]
    b += [h("The partnership's response", "other", ["conclusion"]),
          ("p", "Cardenby Safeguarding Partnership has accepted the recommendations. It has also agreed these actions:"),
          ("actions", [
              "The safe sleep leaflet will be published in an easy read version by June 2026.",
              "The partnership will run two briefings on working with parents who have learning disabilities.",
              "The learning from this review will be added to the multi-agency safeguarding training programme.",
          ])]
    return b


CARDENBY = rep("cardenby-cspr-baby-h.pdf", "python_docx_findings_subparts_lo_tagged", {
    "partnership": "Cardenby Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Baby H",
    "by": "Reviewer: Thomas Aldwinckle", "date": "Date of publication: 2 February 2026", "child_name": "Baby H",
    "review_type": CSPR, "area": "Cardenby", "year": 2026}, cd_blocks(),
    "python-docx DOCX -> LibreOffice 7.4, tagged; 'Findings and recommendations' with 'Finding N:' Heading 2, "
    "'Why does this matter?' / 'What needs to change?' Heading 3 sub-parts and a bold 'Recommendation N:' run-in inside "
    "each finding; the partnership's response with its own Word-numbered actions (numPr, not recommendations)")

# ---------- 5. Wrenhurst: WeasyPrint, target-counter contents, footnotes, pull quotes, Action | Owner | By when
WH_TOPICS = ["the family's housing", "Child M's disability", "the short breaks service", "the paediatrician",
             "the special school", "respite care", "the mother's exhaustion", "the annual review"]


def wh_blocks():
    b = [("contents",), h("1. Introduction", "introduction")] + paras(WH_TOPICS, 2, 0)
    b += [("pfn", para(WH_TOPICS, 2), "Child Safeguarding Practice Review Panel (invented citation for testing), Safeguarding "
           "children with disabilities and complex health needs in residential settings, phase 2 report, London, 2023, "
           "chapter 4, pp. 33-51.")]
    b += [h("2. Terms of reference", "methodology", ["introduction"])] + paras(WH_TOPICS, 2, 3)
    b += [h("3. Child M and her family", "background")] + paras(WH_TOPICS, 2, 4)
    b += [("quote", "She was the happiest little girl when she was in the water. That is what I want people to know about her.",
           "Child M's mother")] + paras(WH_TOPICS, 2, 5)
    b += [h("4. Analysis", "findings")] + paras(WH_TOPICS, 3, 6)
    b += [("pfn", para(WH_TOPICS, 9), "Invented Author, C., 'Disabled children and the child protection system: a review of "
           "the evidence', Invented Review of Social Work Research, vol. 7, no. 2, 2021, pp. 88-104; see also the "
           "partnership's own practice guidance (invented), section 2.")]
    b += [h("5. Learning", "learning"), ("items", "learning", [
        "The needs of a disabled child can hide signs of neglect when practitioners explain every concern by the child's condition.",
        "Parents caring for a disabled child around the clock need their own needs assessed, and exhaustion is a safeguarding risk.",
        "A child who cannot speak still communicates, and practitioners must learn the child's way of telling them how they feel.",
    ], "ul")]
    b += [h("6. Recommendations", "recommendations"),
          ("rtable", ["Action", "Owner", "By when"], [
              ("Commission a carer's assessment for every parent of a child who receives short breaks.", "Adult social care", "June 2026"),
              ("Train practitioners in special schools to use each child's communication plan when asking about harm.", "Education safeguarding team", "September 2026"),
              ("Add a neglect screening question to the annual review of every education, health and care plan.", "SEND service", "December 2026"),
          ], 0)]
    return b


WRENHURST = rep("wrenhurst-lcspr-child-m.pdf", "weasyprint_target_counter_contents_footnotes", {
    "partnership": "Wrenhurst Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child M",
    "by": "Independent author: Helen Stroud-Maddox", "date": "Published: November 2025", "child_name": "Child M",
    "review_type": LCSPR, "area": "Wrenhurst", "year": 2025}, wh_blocks(),
    "WeasyPrint 57.2, untagged; contents page from target-counter() with leader('.'); footnotes (float: footnote) with "
    "long references; a floated pull quote from the mother; learning bullets; recommendations an 'Action | Owner | By "
    "when' table", body_from=3)

# ---------- 6. Oakhanger: LuaLaTeX, Learning point N run-ins, No. | Recommendation | Lead agency | Timescale, chronology
OK_TOPICS = ["Child S's home", "the neighbours' concerns", "the police welfare checks", "the GP's referral",
             "the health visitor", "the family's isolation", "the older siblings"]
OK_LEARNING = [
    "Concerns from neighbours and relatives are evidence and should be tested, not dismissed because of a dispute between families.",
    "Welfare checks must include seeing every child in the home and the rooms where they sleep.",
    "Isolation of a family from services is itself a risk factor and should prompt curiosity rather than closure.",
]


def ok_blocks():
    b = [h("Introduction", "introduction")] + paras(OK_TOPICS, 2, 0)
    b += [h("Terms of reference", "methodology", ["introduction"])] + paras(OK_TOPICS, 1, 1)
    b += [h("Summary of events", "background")] + paras(OK_TOPICS, 3, 2)
    b += [h("Learning from the review", "learning", ["findings"])] + paras(OK_TOPICS, 1, 3)
    b += [("lp", i + 1, t) for i, t in enumerate(OK_LEARNING)]
    b += [h("Recommendations", "recommendations"),
          ("rtable", ["No.", "Recommendation", "Lead agency", "Timescale"], [
              ("1", "Police should see every child in the home during a welfare check and record where each child sleeps.", "Police", "3 months"),
              ("2", "The partnership should publish guidance on responding to concerns raised by neighbours and relatives.", "Partnership", "6 months"),
              ("3", "GP practices should be reminded how to make a referral to the front door when a family stops attending.", "ICB", "3 months"),
          ], 1)]
    b += [h("Appendix 1: Chronology", "appendix", ["background"]),
          ("chron", chron_rows(44, 2024, CHRON_AGENCIES, CHRON_EVENTS))]
    b += [h("Appendix 2: Glossary of abbreviations", "appendix", ["other"]), ("gloss", FB_GLOSS[:6])]
    return b


OAKHANGER = rep("oakhanger-cspr-child-s.pdf", "lualatex_learning_point_runins_longtable", {
    "partnership": "Oakhanger Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child S",
    "by": "Independent reviewer: Fiona Marchbank", "date": "Published: April 2026", "child_name": "Child S",
    "review_type": CSPR, "area": "Oakhanger", "year": 2026}, ok_blocks(),
    "LuaLaTeX (article, TeX Gyre Heros), untagged; 'Learning from the review' with bold 'Learning point N.' run-in "
    "paragraphs; recommendations a tabularx 'No. | Recommendation | Lead agency | Timescale' table; chronology appendix "
    "longtable over two pages; glossary of abbreviations")

# ---------- 7. Pellingham: Chromium tagged, findings with h3 sub-parts, recommendations numbered inside, response table
PL_TOPICS = ["Child B's mental health", "the self-harm", "the emergency department", "CAMHS", "the school counsellor",
             "the waiting list", "the parents' separation"]


def pl_blocks():
    b = [h("Introduction", "introduction")] + paras(PL_TOPICS, 2, 0)
    b += [h("The review process", "methodology")] + paras(PL_TOPICS, 2, 1)
    b += [("quote", "She kept telling people she was not safe, and they kept sending her home with a leaflet.", "Child B's father")]
    b += [h("Background", "background")] + paras(PL_TOPICS, 2, 2)
    b += [h("Findings", "findings", ["recommendations"])]
    fs = [("Finding 1: Each attendance at the emergency department was treated as a new event",
           ["The hospital trust should flag repeat attendances for self-harm by a child so that the pattern is reviewed by a senior clinician.",
            "The trust should share a summary of each attendance with the child's GP and school nurse within one working day."]),
          ("Finding 2: The wait for CAMHS left no one holding the risk",
           ["The ICB should agree who holds clinical responsibility for a child while they wait for a CAMHS assessment."]),
          ("Finding 3: The school knew most about Child B but was asked least",
           ["CAMHS should seek the views of the school before closing a referral for a child who self-harms."])]
    n = 0
    for i, (head, recs) in enumerate(fs):
        b += [("h2", head)] + paras(PL_TOPICS, 2, 3 + i) + [("h3", "Why does this matter?")] + paras(PL_TOPICS, 1, 4 + i)
        b += [("h3", "What needs to change?")]
        for r in recs:
            n += 1
            b.append(("rec", n, r))
        if i == 0:
            b += [("quote", "Nobody ever asked me what it was like at home.", "Child B, in a letter to the reviewer")]
    b += [h("The partnership's response", "other", ["conclusion"]),
          ("p", "The Pellingham safeguarding partners have agreed the following action plan."),
          ("atable", ["Action", "Owner", "By when"], [
              ("Brief all designated safeguarding leads on the findings of this review.", "Education safeguarding lead", "March 2026"),
              ("Publish the review and a seven-minute briefing on the partnership website.", "Business manager", "February 2026"),
              ("Report progress on every recommendation to the executive group.", "Independent scrutineer", "Quarterly"),
          ])]
    return b


PELLINGHAM = rep("pellingham-cspr-child-b.pdf", "chromium_tagged_findings_recs_inside_response_table", {
    "partnership": "Pellingham Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child B",
    "by": "Reviewer: Joseph Nwachukwu-Hale", "date": "Date of publication: 20 January 2026", "child_name": "Child B",
    "review_type": CSPR, "area": "Pellingham", "year": 2026}, pl_blocks(),
    "Chromium 156, tagged; pull quotes from the family (large italic, left rule) between paragraphs and inside a finding; "
    "findings with 'Finding N:' h3, 'Why does this matter?' / 'What needs to change?' h4 sub-parts and recommendations "
    "as an ol continuing its numbers across findings; the partnership's response an 'Action | Owner | By when' table "
    "(no items)")

# ---------- 8. Ravelstow: python-docx -> LibreOffice untagged, KPE run-ins, learning points, summary box, action table
RS_TOPICS = ["the family's move", "the older brother", "the baby's bruise", "the GP surgery", "the health visitor",
             "the mother's new partner"]
RS_LEARNING = [
    "Any bruise on a baby who is not yet mobile must be referred, whatever explanation is given.",
    "Practitioners should ask who else cares for the baby, and record the answer.",
]


def rs_blocks():
    b = [h("Why this review was carried out", "introduction")] + paras(RS_TOPICS, 2, 0)
    b += [h("Key practice episodes", "background", ["findings"])]
    kpes = [("KPE 1 - The bruise seen at the baby clinic.", 1), ("KPE 2 - The visit by the new partner.", 2)]
    for i, (head, k) in enumerate(kpes):
        b += [("h2", head)] + paras(RS_TOPICS, 2, 2 + k) + [("lp", i + 1, RS_LEARNING[i])]
    b += [h("What needs to change", "recommendations"),
          ("rtable", ["Action", "Owner", "By when"], [
              ("Re-issue the bruising in non-mobile babies protocol to every GP practice and baby clinic.", "ICB designated nurse", "April 2026"),
              ("Add a question about who else cares for the baby to the health visitor's contact template.", "Health visiting service", "June 2026"),
          ], 0)]
    b += [("summary", "Summary of learning", RS_LEARNING)]
    return b


RAVELSTOW = rep("ravelstow-rapid-cspr-baby-l.pdf", "python_docx_kpe_runins_summary_box_lo_untagged", {
    "partnership": "Ravelstow Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Baby L",
    "by": "Reviewer: Anita Vasquez-Lyle", "date": "Published: 5 March 2026", "child_name": "Baby L",
    "review_type": CSPR, "area": "Ravelstow", "year": 2026}, rs_blocks(),
    "python-docx DOCX -> LibreOffice 7.4, untagged; 'KPE N - ...' bold run-in sub-headings each followed by a bold "
    "'Learning point N' paragraph; recommendations an 'Action | Owner | By when' table under 'What needs to change'; a "
    "shaded one-cell 'Summary of learning' table repeating the two learning points word for word")

REPORTS = [FELLBROOK, HOLLINSWAY, STANMOOR, CARDENBY, WRENHURST, OAKHANGER, PELLINGHAM, RAVELSTOW]
