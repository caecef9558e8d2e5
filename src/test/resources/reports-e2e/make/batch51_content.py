"""Batch 51 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in shapes real published reviews have that no earlier batch had, in new combinations:
- Thursby Vale (Chromium, untagged, realistic length, 17+ pages): every chapter printed on its own by Chromium and the
  chapters joined with pdfunite (as a partnership assembles chapters written by several hands); a RUNNING HEAD that
  repeats the CURRENT chapter's heading on every page of the chapter (equal to the real heading on its first page);
  contents with dot leaders; an executive summary; a terms-of-reference chapter whose findings are 'Question N: ...?'
  sub-headings each answered, with a 'Recommendation N' paragraph after each answer; a LONG chronology table over
  several pages BETWEEN the findings (after Question 2, before Question 3); appendix action plan;
- Penmaen (a PDF written by hand in Python, untagged): a SCANNED Welsh Child Practice Review: every page one greyscale
  image printed slightly skewed, with an OCR text layer (render mode 3), one text object per word, the words' baselines
  drifting along the line with the skew, and the usual OCR slips in the layer ('l' read as 'I', 'rn' for 'm', a
  dropped letter);
- Corrybrack (a PDF written by hand in Python, TAGGED as Word's 'Save as PDF' writes it): custom structure types mapped
  through /RoleMap (/Heading1 -> H1, /Para -> P, /ListPara -> LI), header and footer as /Artifact; every bullet a glyph
  of a Symbol-like Type 3 font named /uniF0B7 (a private-use code point) with NO /ToUnicode;
- Hestonbury (a PDF written by hand in Python, untagged): sections lettered 'A.', 'B.'; learning points numbered '(i)',
  '(ii)' as hanging paragraphs; every body line justified by TJ kerning with NO space characters between words (each
  word its own string in the TJ array); a hidden optional content layer 'Draft notes' reached through an optional
  content MEMBERSHIP dictionary (/OCMD, /AnyOn), its notes drawn between paragraphs;
- Glenmirren (HTML opened in LibreOffice Writer, TAGGED): Scottish learning review with Roman numbered sections 'I.',
  'II.'; the recommendations a table Recommendation | Lead agency | Agency response, the responses long sentences that
  are not recommendations;
- Carrowmena (Chromium, untagged): Northern Ireland Case Management Review whose recommendations are a DIAGRAM: a
  centre box ('Keeping Child G safe', not a recommendation) joined by drawn arrows (SVG paths) to one box per
  recommendation, in two rows;
- Sedgecombe (groff -ms -> gropdf, untagged): learning points as SIDE NOTES in a narrow left margin beside the body
  paragraphs they belong to (.mk / .rt), italic 8.5 pt, the body indented;
- Kelstow (Chromium, TAGGED): 'What we learned' and 'What needs to change' as two columns SIDE BY SIDE under headings
  on the same line (a CSS grid), each with its numbered list.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]) a section heading; ("q", heading) a 'Question N:' sub-heading
(NOT a section: under a numbered chapter, as batch50's convention); ("p", text); ("items", type, [texts], style) a list
(style 'ul' bullets, 'ol' numbers, 'roman' '(i)' paragraphs, 'side' side notes, 'boxes' a diagram's boxes, 'grid' a
column of a side-by-side grid); ("rec", label, text) a labelled recommendation paragraph (an item without the label);
("rtable", [(rec, agency, response)]) (each rec an item; responses no items); ("chron", rows) (no items); ("plan", rows)
(no items); ("draft", text) a note in the hidden 'Draft notes' layer (no item, no text); ("grid2", left, right) two
h1+items pairs side by side. Test-fixture tooling only.
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


# ---------- 1. Thursby Vale: long LCSPR, Chromium chapters joined by pdfunite, running head = current chapter
TV_AGENCIES = ["Health visiting", "GP practice", "Police", "Children's social care", "School", "Housing", "Early help",
               "Midwifery", "Emergency department", "Adult mental health", "Substance misuse service", "Probation"]
TV_EVENTS = ["home visit; mother low in mood; advice on routines given", "call to a domestic argument; no crime recorded",
             "contact screened; no further action", "Child T late and hungry on three days; breakfast provided",
             "missed appointment letter filed without review", "tenancy warning about rent arrears and the state of the flat",
             "family support worker allocated; two visits", "antenatal booking for a younger sibling; history not asked",
             "attendance with a minor head injury; explanation accepted", "mother referred for assessment; did not attend",
             "father's case closed after three missed sessions", "father released on licence; address not checked",
             "referral from school about hygiene; advice and signposting", "Child T seen alone for ten minutes",
             "strategy discussion held by telephone; police not present", "case conference; child in need plan agreed"]
TV_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tv_chron():
    rows = []
    for i in range(54):
        year = 2021 + i // 18
        rows.append(("%02d %s %d" % (3 + (i * 7) % 25, TV_MONTHS[(i * 2 // 3) % 12], year),
                     TV_AGENCIES[(i * 5) % len(TV_AGENCIES)], TV_EVENTS[(i * 3) % len(TV_EVENTS)].capitalize() + "."))
    return rows


TV_TOPICS = ["the family's history", "the mother's mental health", "the father's return to the household",
             "the children's attendance at school", "the condition of the home", "the younger siblings' health",
             "the front door's screening decisions", "the quality of supervision", "information shared between agencies",
             "the voice of Child T"]
TV_SAY = ["The review read the records of every agency involved and met the practitioners who knew the family best.",
          "Practitioners described a family who were warm towards professionals but rarely followed plans through.",
          "Several agencies held pieces of the picture, but no single agency held all of it at any one time.",
          "The records are detailed about tasks completed and much thinner about what the tasks meant for the children.",
          "Managers who joined part way through accepted the existing plan without asking whether it was working.",
          "Where practitioners did raise concerns, they were often recorded in the agency's own system and not shared.",
          "The review found examples of persistent and caring work by individual practitioners, often against the odds.",
          "Thresholds were applied consistently, but each contact was judged on its own and not against the history."]


def tv_para(i, topic):
    s = TV_SAY
    return "In relation to %s, %s %s %s" % (TV_TOPICS[topic % len(TV_TOPICS)], s[i % 8][0].lower() + s[i % 8][1:],
                                          s[(i + 3) % 8], s[(i + 5) % 8])


def tv_paras(n, start):
    return ps([tv_para(start + i, start + 2 * i) for i in range(n)])


TV_QUESTIONS = [
    ("Question 1: How well did agencies understand the history of neglect in the family?",
     "The partnership should require every referral about neglect to be screened against a two-year history of contacts held by all agencies, and should audit this within six months."),
    ("Question 2: Was the father's return to the household known and assessed?",
     "The probation service and the police should agree with children's social care a standard way of checking the household of any person released on licence who has a history of violence."),
    ("Question 3: How was Child T's own experience heard and acted upon?",
     "Children's social care should ensure that a child is seen alone, and that the child's own words are recorded and carried into every assessment and plan."),
    ("Question 4: Did supervision and management oversight help practitioners to see the risk?",
     "Each partner agency should show the partnership that supervision of long-running neglect cases includes reflective discussion of cumulative harm."),
]
TV_PLAN = [("1", "Revise the screening guidance to include a two-year contact history", "Children's social care", "April 2026"),
           ("1", "Audit fifty neglect referrals against the revised guidance", "Quality assurance", "October 2026"),
           ("2", "Agree a household check protocol for people released on licence", "Probation and police", "June 2026"),
           ("3", "Add 'seen alone' and 'child's words' fields to the assessment template", "Children's social care", "May 2026"),
           ("4", "Dip sample supervision records in each agency", "Partnership business unit", "December 2026")]


def tv_blocks():
    b = [("contents",), h("Executive summary", "summary", ["introduction", "other"])]
    b += ps(["This local child safeguarding practice review concerns Child T, who was eight years old when she was found "
             "by police caring for her two younger brothers in a cold flat with no food. The children had been known to "
             "agencies in Thursby Vale for more than three years.",
             "The review was asked four questions by the partnership. Its answers are set out in chapter 5 together with "
             "four recommendations. The learning is gathered in chapter 5."]) + tv_paras(7, 1)
    b += [h("1 Introduction", "introduction")] + tv_paras(8, 2)
    b += [h("2 Terms of reference and methodology", "methodology", ["introduction"])] + tv_paras(5, 3)
    b += [h("3 Background", "background")] + tv_paras(11, 4)
    b += [h("4 Findings: answers to the review's questions", "findings", ["recommendations"])]
    for i, (q, r) in enumerate(TV_QUESTIONS):
        if i == 2:
            b += [("p", "The chronology below sets out the key events known to agencies between 2021 and 2023. It is "
                        "placed here because the answers to the remaining questions depend on it."),
                  ("chron", tv_chron())]
        b += [("q", q)] + tv_paras(3, 5 + i) + [("rec", "Recommendation %d" % (i + 1), r)]
    b += [h("5 Learning", "learning"), ("p", "The review identified the following learning for the partnership."),
          items("learning", [
              "A pattern of neglect can only be seen when each new contact is read against everything that went before it.",
              "The return of a parent to the household is a change in the child's world that must trigger a fresh look at risk.",
              "Children who care for younger siblings often present as coping, and their competence can hide their need.",
              "Supervision that checks tasks but not impact lets a plan drift for months without anybody noticing.",
          ], "ul")]
    b += [h("6 Good practice", "good_practice")] + tv_paras(1, 6) + [items("good_practice", [
        "The school's breakfast club staff noticed Child T's hunger and made sure she ate every morning.",
        "A police officer who attended in 2022 wrote a detailed and child-focused notification.",
    ], "ul")]
    b += [h("7 Conclusion", "conclusion")] + tv_paras(6, 7)
    b += [h("Appendix A: Action plan", "appendix", ["other"]), ("plan", TV_PLAN)]
    return b


THURSBY = rep("thursby-vale-lcspr-child-t.pdf", "chromium_chapters_pdfunite_running_head", {
    "partnership": "Thursby Vale Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child T",
    "by": "Independent lead reviewer: Harriet Ostley", "date": "Published: March 2025", "child_name": "Child T",
    "review_type": CSPR, "area": "Thursby Vale", "year": 2025}, tv_blocks(),
    "Chromium 156 untagged, every chapter printed on its own and the chapters joined with pdfunite; a running head that "
    "repeats the current chapter's heading on every page of the chapter; contents with dot leaders; 'Question N:' "
    "sub-headings answered, each followed by a 'Recommendation N' paragraph; a chronology table over several pages "
    "between the questions; appendix action plan")

# ---------- 2. Penmaen: scanned Welsh CPR with an OCR layer
PENMAEN = rep("penmaen-cpr-child-m.pdf", "handwritten_scan_ocr_skewed", {
    "partnership": "Penmaen and Dyfrig Regional Safeguarding Board", "title": "Concise Child Practice Review: Child M",
    "by": "Reviewer: Owain Prydderch", "date": "Published: November 2024", "child_name": "Child M",
    "review_type": "child_practice_review", "area": "Penmaen and Dyfrig", "year": 2024}, [
    h("Brief outline of circumstances resulting in the review", "introduction", ["background"]),
    *ps(["Child M was two years old when she was admitted to hospital with a fractured arm and bruising to her face. "
         "Her mother's partner later admitted causing the injuries.",
         "The family had moved into the area from another region six months before, and the records from the previous "
         "health visitor arrived after the injuries had been found.",
         "In the six months before the injuries Child M was seen by a health visitor twice, by the GP three times and "
         "once at the emergency department with a bruise on her cheek that her mother said was caused by a fall.",
         "The mother's partner was not known to any agency in the region. He had been cautioned for an assault in the "
         "previous area, which came to light only when the police made checks after the admission.",
         "The review was commissioned by the Board in March 2024 and used the concise child practice review model, with "
         "a learning event attended by practitioners from health, the police, children's services and the nursery."]),
    h("Practice and organisational learning", "learning"),
    ("p", "The panel identified the following learning, which is set out in full in the review."),
    items("learning", [
        "A new partner living in the household must be known and assessed by every agency working with the child.",
        "Records of a family who move between regions must travel with them before the first home visit takes place.",
        "Bruising on a child who is not yet walking confidently must always be discussed with a paediatrician.",
    ], "ul"),
    h("Improving systems and practice", "recommendations"),
    ("p", "In order to promote the learning from this case the review recommends:"),
    items("recommendations", [
        "The Board should ask the health boards to agree a standard for the transfer of health visiting records between regions within ten working days.",
        "The Board should remind all agencies of the regional protocol for the assessment of bruising in non-mobile and newly mobile children.",
        "Children's services should record the name and date of birth of every adult living in the household at each visit.",
    ], "ol"),
    h("Statement by reviewer", "other", ["conclusion"]),
    ("p", "I make the following statement that prior to my involvement with this learning review I had no involvement "
          "with the family and no line management responsibility for any of the practitioners involved."),
], "a scanned report written by hand in Python: every page one greyscale image of the printed page, drawn slightly "
   "skewed (0.6 degrees), with an invisible OCR text layer (render mode 3), one text object per word, Helvetica "
   "stretched to the word's box, the baselines drifting along each line with the skew; OCR slips in the layer "
   "('l' as 'I', 'rn' for 'm', a dropped letter)", body_from=2)

# ---------- 3. Corrybrack: Word 'Save as PDF' tagged, RoleMap, PUA bullets without ToUnicode
CORRYBRACK = rep("corrybrack-cspr-child-a.pdf", "handwritten_word_tagged_rolemap_pua_bullets", {
    "partnership": "Corrybrack Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child A",
    "by": "Lead reviewer: Dr Miriam Tallis", "date": "Published: 14 June 2024", "child_name": "Child A",
    "review_type": CSPR, "area": "Corrybrack", "year": 2024}, [
    h("Introduction", "introduction"),
    *ps(["This review looks at the help given to Child A, a fourteen year old boy who was criminally exploited by an "
         "older group and was seriously injured in a stabbing in the summer of 2023.",
         "The review covers the two years before the incident and was carried out with the involvement of Child A and "
         "his mother, who both spoke to the reviewer."]),
    h("What happened", "background"),
    *ps(["Child A was excluded from school twice in 2022 and was then educated in an alternative provision for part of "
         "each week. He was reported missing from home on eleven occasions.",
         "Police found him twice in another town with cash and two phones. On both occasions he was returned home and a "
         "return home interview was offered but not completed.",
         "His mother asked for help from children's services in the autumn of 2022. An assessment was completed and the "
         "case was stepped down to early help, where a family worker met Child A twice.",
         "The exploitation panel discussed Child A once, in March 2023, and agreed a disruption plan. The plan named the "
         "adults thought to be involved but did not say who would see Child A or how often.",
         "In the weeks before the stabbing Child A stopped attending the alternative provision. The provision told the "
         "school, but the school had removed him from its roll and the message went no further.",
         "Child A told the reviewer that he had wanted somebody to notice that he was frightened, and that the adults he "
         "trusted most were the youth worker and a police officer who had given him a lift home."]),
    h("Learning", "learning"),
    items("learning", [
        "Exclusion from school removes the adults who see a child every day and increases the risk of exploitation.",
        "Each missing episode should be read together with the others, not closed when the child comes home.",
        "A child found with cash and phones far from home is a victim first, and should be treated as one.",
    ], "ul"),
    h("Good practice", "good_practice"),
    items("good_practice", [
        "The youth worker at the alternative provision kept in touch with Child A through the school holidays.",
        "Child A's mother was supported to report him missing quickly on each occasion.",
    ], "ul"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should ensure that any child permanently excluded is discussed at the exploitation panel within one month.",
        "The police and children's services should agree who completes return home interviews when a child has been found out of area.",
        "The education service should share the names of children on part-time timetables with the missing children's team every month.",
    ], "ul"),
    h("Conclusion", "conclusion"),
    ("p", "Child A is now living with a relative out of the area and is attending college. He asked that this review "
          "be used to help other young people in the same position."),
], "a tagged PDF written by hand in Python as Word's 'Save as PDF' writes it: structure types /Heading1, /Para, "
   "/ListPara, /BulletList mapped through /RoleMap to H1, P, LI, L; header and footer marked /Artifact; every list "
   "bullet a glyph of a Type 3 font whose /Differences name it /uniF0B7 (a private-use code point, as Word's Symbol "
   "bullet), the font without /ToUnicode; body Helvetica WinAnsi")

# ---------- 4. Hestonbury: lettered sections, (i) learning, TJ kerning without spaces, hidden OCMD draft notes
HESTONBURY = rep("hestonbury-scr-child-w.pdf", "handwritten_tj_kerned_no_spaces_ocmd", {
    "partnership": "Hestonbury Local Safeguarding Children Board", "title": "Serious Case Review: Child W - Overview Report",
    "by": "Overview author: Graham Pellow", "date": "July 2019", "child_name": "Child W",
    "review_type": "serious_case_review", "area": "Hestonbury", "year": 2019}, [
    h("A. Introduction", "introduction"),
    *ps(["This serious case review was commissioned by Hestonbury Local Safeguarding Children Board after the death of "
         "Child W, a baby of seven weeks, who died while sharing a sofa with his father after the father had been drinking.",
         "The review considered the period from the first antenatal appointment to the death of Child W."]),
    ("draft", "Draft note (GP): check the date of the antenatal booking with the midwifery records before publication."),
    h("B. Background", "background"),
    *ps(["Child W's parents were both twenty years old. They lived in a one bedroom flat with no cot, and the family's "
         "health visitor had given advice on safe sleep at the new birth visit.",
         "The father had a history of heavy drinking at weekends that was known to his GP but not to the health visitor "
         "or the midwife.",
         "The couple had argued on the night of the death and the mother had gone to stay with her sister."]),
    ("draft", "Draft note (panel chair): police to confirm the wording of this paragraph; not for publication."),
    h("C. Findings", "findings"),
    *ps(["Safe sleep advice was given to the mother alone. The father was not present at any of the health visiting "
         "contacts, and nobody asked about the father's drinking.",
         "The GP practice knew of the father's alcohol use but did not link his record to the record of the baby.",
         "The family had no cot because they could not afford one, and did not ask for help because they were ashamed."]),
    h("D. Lessons learned", "learning"),
    ("p", "The panel identified the following lessons for the Board and its partners:"),
    items("learning", [
        "Safe sleep advice must be given to both parents and to anyone else who cares for the baby overnight.",
        "Alcohol use by either parent changes the risk of sharing a sofa or bed with a baby and must be discussed openly.",
        "Practitioners should check that a family has somewhere safe for the baby to sleep, not only that advice was given.",
    ], "roman"),
    h("E. Recommendations", "recommendations"),
    items("recommendations", [
        "The Board should ask the health visiting service to record which parent received safe sleep advice at each contact.",
        "The clinical commissioning group should ask GP practices to link the records of parents and babies at registration.",
        "The Board should fund a scheme to provide cots to families who cannot afford one.",
    ], "roman"),
], "a PDF written by hand in Python, untagged: sections lettered 'A.' to 'E.'; learning points and recommendations "
   "numbered '(i)', '(ii)' as hanging paragraphs; every body line justified by TJ kerning alone, no space characters "
   "(each word its own string in the TJ array, the gap a negative adjustment); a hidden optional content layer 'Draft "
   "notes' (off in /D) reached through an optional content membership dictionary (/OCMD /AnyOn), its two notes drawn "
   "between paragraphs in 9 pt red")

# ---------- 5. Glenmirren: Writer tagged, Roman sections, recommendation table with agency responses
GLENMIRREN = rep("glenmirren-learning-review-child-f.pdf", "libreoffice_writer_html_tagged_roman_response_table", {
    "partnership": "Glenmirren Child Protection Committee", "title": "Learning Review: Child F",
    "by": "Lead reviewers: Catriona Imrie and Ross Lennox", "date": "Published: September 2024", "child_name": "Child F",
    "review_type": "learning_review", "area": "Glenmirren", "year": 2024}, [
    h("I. Introduction", "introduction"),
    *ps(["This learning review was commissioned by Glenmirren Child Protection Committee following the serious injury of "
         "Child F, aged four, in the care of her mother and her mother's new partner.",
         "The review followed the national guidance for learning reviews in Scotland and was carried out by two lead "
         "reviewers with a review team drawn from health, education, police and social work."]),
    h("II. Background", "background"),
    *ps(["Child F lived with her mother in a rural part of Glenmirren. Her attendance at nursery was good until the "
         "mother's partner moved in, after which she was often absent.",
         "The family were known to social work because of the mother's drinking when Child F was a baby, and the case "
         "had been closed when Child F was two after a period of good progress.",
         "The partner had moved from another local authority area. He had two older children who did not live with him "
         "and had been the subject of a child protection order there.",
         "The nursery raised a concern about a bruise on Child F's ear, which was explained as a fall."]),
    h("III. Key findings", "findings"),
    *ps(["The nursery's concern was passed to social work but the explanation was accepted without a medical.",
         "No agency knew that the partner had been subject to a child protection order in another area.",
         "The health visitor's last contact was a routine review at twenty seven months, before the partner moved in, "
         "and no further contact was planned.",
         "The review team found that the nursery staff felt unsure whether their concern had been taken seriously, and "
         "did not ask what had happened to it."]),
    h("IV. Recommendations and agency responses", "recommendations"),
    ("p", "Each recommendation is set out with the lead agency and that agency's response."),
    ("rtable", [
        ("The committee should ensure that every injury to a pre-school child that is explained as a fall is discussed with a paediatrician before the explanation is accepted.",
         "Health and social care partnership", "Accepted. The partnership has written to all nurseries and duty teams and will audit the use of the pathway in six months."),
        ("Police Scotland should check the history of any new adult in a household where a child protection concern has been raised.",
         "Police Scotland", "Accepted in part. Checks are made where the adult is named; the force will remind staff to ask for the names."),
        ("The education service should ask nurseries to report a sudden fall in attendance of a child known to social work.",
         "Education service", "Accepted. A guidance note has been issued and will be reviewed with head teachers next term."),
    ]),
    h("V. Conclusion", "conclusion"),
    ("p", "Child F has recovered from her injuries and lives with her grandparents. The review thanks her family for "
          "their help."),
], "HTML opened in LibreOffice Writer 7.4, tagged: Scottish learning review; sections numbered with Roman numerals "
   "'I.' to 'V.' (Heading 1); the recommendations a three-column table Recommendation | Lead agency | Agency response, "
   "the responses long sentences ('Accepted. ...') that are not recommendations")

# ---------- 6. Carrowmena: NI CMR, recommendations as a diagram of boxes and arrows
CARROWMENA = rep("carrowmena-cmr-child-g.pdf", "chromium_untagged_svg_diagram", {
    "partnership": "Safeguarding Board for Northern Ireland", "title": "Case Management Review: Child G",
    "by": "Independent Chair: Fionnuala Devlin", "date": "Published: May 2024", "child_name": "Child G",
    "review_type": "case_management_review", "area": "Northern Ireland", "year": 2024}, [
    h("Introduction", "introduction"),
    *ps(["This Case Management Review was carried out by the Safeguarding Board for Northern Ireland after Child G, "
         "aged eleven, was admitted to hospital having taken an overdose of her mother's medication.",
         "The review panel included representatives of the Health and Social Care Trust, the Education Authority, the "
         "Police Service and the voluntary sector."]),
    h("Summary of the case", "background"),
    *ps(["Child G lived with her mother, who had a long history of depression. She was often late for school and was "
         "described by teachers as withdrawn.",
         "A school counsellor had seen Child G six times and had recorded that she was worried about her mother."]),
    h("Lessons to be learned", "learning"),
    items("learning", [
        "Young carers can be hidden in plain sight when they appear to be managing at school.",
        "A child's worry about a parent's mental health is a safeguarding concern as well as an emotional one.",
    ], "ul"),
    h("Recommendations", "recommendations"),
    ("p", "The diagram below shows the panel's recommendations around the aim they share."),
    items("recommendations", [
        "The Trust should identify young carers when an adult with a mental health condition is assessed.",
        "The Education Authority should give school counsellors a route to share worries about a parent's health.",
        "The Board should run a campaign on young carers with schools and youth services.",
        "GP practices should ask about children in the household when prescribing medication that is dangerous in overdose.",
    ], "boxes"),
    h("Conclusion", "conclusion"),
    ("p", "Child G has made a good recovery and is receiving support from the young carers service."),
], "Chromium 156 untagged: NI Case Management Review; the recommendations drawn as a diagram: a centre box 'Keeping "
   "Child G safe' (not a recommendation) joined by drawn arrows (SVG paths with arrow heads) to four boxes, one "
   "recommendation each, two above and two below the centre box")

# ---------- 7. Sedgecombe: groff -ms, learning points as side notes in the left margin
SEDGECOMBE = rep("sedgecombe-lcspr-child-r.pdf", "groff_ms_side_notes", {
    "partnership": "Sedgecombe Children's Safeguarding Partnership", "title": "Local Child Safeguarding Practice Review: Child R",
    "by": "Independent reviewer: Adrian Cottle", "date": "Published: February 2025", "child_name": "Child R",
    "review_type": CSPR, "area": "Sedgecombe", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["This review concerns Child R, a sixteen year old with autism who was found living in a hostel for adults "
         "after leaving his foster placement. He was assaulted by another resident.",
         "The partnership commissioned the review because several agencies had contact with Child R in the months before "
         "the assault and the review wanted to understand how he came to be living there."]),
    h("Background", "background"),
    *ps(["Child R had lived with the same foster carers for four years. He attended a specialist college course and had "
         "a small circle of friends he had known since primary school.",
         "In the spring of 2024 the placement came under strain after the foster carers' own son returned home. Child R "
         "found the change in routine very hard and there were several arguments.",
         "His social worker had visited every six weeks. The last visit before the placement ended recorded that Child R "
         "was 'settled'; the foster carers told the review they had asked for more support at that visit."]),
    h("Findings", "findings", ["learning"]),
    ("side", "A sixteen year old who presents as homeless must be assessed as a child in need before any other option is considered.",
     "Child R left his foster placement after an argument and presented himself to the housing service. He was offered "
     "a bed in a hostel that night because no other bed was available, and nobody contacted children's services until "
     "the following week."),
    ("side", "Autism changes how a young person understands risk and must be part of every decision about where he lives.",
     "Child R's autism diagnosis was known to his school and his foster carers but was not recorded on the housing "
     "service's system. The hostel staff did not know about it and placed him in a shared corridor with older men."),
    ("side", "A placement ending in crisis needs a plan made the same day, not a referral made the next week.",
     "The fostering service recorded the end of the placement as a planned move. In fact it ended in crisis, and the "
     "social worker was on leave. No manager reviewed the case until five days later."),
    ("side", "Accommodation for a child must be checked by somebody who will go and see it, not chosen from a list.",
     "The hostel had been used before for adults leaving prison. It was on the housing service's list of emergency "
     "accommodation but nobody from children's services had ever visited it, and nobody visited Child R there until "
     "after the assault."),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The housing service and children's services should adopt a joint protocol for sixteen and seventeen year olds who present as homeless.",
        "The fostering service should notify the duty manager on the same day whenever a placement ends without a plan.",
        "All agencies should record a young person's neurodiversity in a way that is shared with any provider of accommodation.",
    ], "ol"),
    h("Conclusion", "conclusion"),
    ("p", "Child R now lives in supported lodgings for care leavers. The review is grateful to him for explaining what "
          "those weeks were like."),
], "groff 1.22.4 -ms -> gropdf, untagged: the findings' learning points set as side notes (italic 8.5 pt) in a 3.6 cm "
   "left margin beside the body paragraph each belongs to (.mk / .rt), the body indented 4 cm; numbered "
   "recommendations; title block on page 1", body_from=1)

# ---------- 8. Kelstow: Chromium tagged, learning and recommendations side by side
KELSTOW = rep("kelstow-cspr-child-p.pdf", "chromium_tagged_side_by_side_columns", {
    "partnership": "Kelstow Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child P",
    "by": "Reviewer: Sunita Marsh", "date": "Published: October 2024", "child_name": "Child P",
    "review_type": CSPR, "area": "Kelstow", "year": 2024}, [
    h("About this review", "introduction"),
    *ps(["Child P was a nine month old baby who suffered a serious head injury at home. The review looked at the year "
         "before the injury, including the pregnancy.",
         "The parents took part in the review and the reviewer thanks them for their openness."]),
    h("What happened", "background"),
    *ps(["Child P's mother had been in care as a child. The midwife identified that she had little support, and a "
         "referral to early help was made before the birth but not followed up.",
         "Child P was taken to the GP twice with crying that would not settle. On both occasions advice was given about "
         "colic, and the parents were not asked how they were coping."]),
    ("grid2", (h("What we learned", "learning"), items("learning", [
        "A parent who was in care as a child may have no family to turn to when the baby will not stop crying.",
        "Persistent crying is a known trigger for shaking and should prompt a question about how parents are coping.",
        "An early help referral made in pregnancy needs a named person to follow it up after the birth.",
    ], "grid")), (h("What needs to change", "recommendations"), items("recommendations", [
        "The partnership should make sure every family with a new baby hears the crying plan message from at least two services.",
        "GP practices should ask parents how they are coping whenever a baby is brought in with persistent crying.",
        "Early help should confirm a named worker for every referral made in pregnancy within two weeks of the birth.",
    ], "grid"))),
    h("Next steps", "conclusion", ["other", "recommendations"]),
    ("p", "The partnership will publish a briefing for practitioners and will report on the recommendations in its "
          "annual report."),
], "Chromium 156 tagged: learning and recommendations set side by side in two columns of a CSS grid, their headings "
   "'What we learned' and 'What needs to change' on the same line, each column a numbered list; coloured column fills")

REPORTS = [THURSBY, PENMAEN, CORRYBRACK, HESTONBURY, GLENMIRREN, CARROWMENA, SEDGECOMBE, KELSTOW]
