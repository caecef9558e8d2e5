"""Batch 61 (issue 9, a fresh held-out batch written before it was first run): eight invented reports on NEW PRODUCERS
AND REPORT APPARATUS:
- Brackenfold (python-docx -> LibreOffice, untagged, realistic length): a local CSPR whose headings are numbered by a
  MULTILEVEL LIST linked to the Heading 1-3 styles in numbering.xml ('4', '4.2', '4.2.1' generated, never typed), the
  recommendations stated ONLY as the rows of a SMART action table 'Recommendation | Action | Lead | By when | RAG
  status' (portrait, rows allowed to break over a page, a second action of a recommendation on a row with an empty
  first cell, RAG cells shaded); a chronology appendix table over several pages;
- Calderwick (ReportLab platypus, untagged, realistic length): an InDesign-like layout with a WIDE LEFT MARGIN COLUMN
  holding each section's name beside the first lines of its text (no heading above the text), sub-heads in the same
  column in a smaller italic; RUNNING HEADS naming the chapter on every page; learning points NUMBERED INSIDE A
  COLOURED CIRCLE (a drawn disc with a white number, the text beside it);
- Hartsholme (Chromium, TAGGED, then its structure tree rewritten the way a careless Acrobat touch-up leaves it):
  headings tagged P, list elements tagged Span, the whole findings chapter left out of the tree (its content still
  marked, no element referring to it);
- Aldermoor (WeasyPrint, untagged): an Apple Pages look-alike: display headings 24 pt in Open Sans LIGHT (not bold),
  body 10 pt with BOLD run-in labels, so no heading is bolder than the body; the recommendations in a TWO-COLUMN TABLE
  with each finding on the left and its recommendation on the right;
- Kettlewick (pdfLaTeX + tcolorbox, untagged): a 2-page '7 Minute Briefing' of a practice review: seven numbered
  tiles 'Background', 'Why it matters', 'What happened', 'What we learned', 'What to do', 'Questions to consider',
  'Find out more';
- Ormesby Fen (LuaLaTeX, untagged): a local CSPR with PAGE NUMBERS IN THE LEFT MARGIN (beside the text, half way down
  the page), LINE NUMBERS every fifth line (lineno), FOOTNOTES on most pages and ENDNOTES collected under 'Notes';
- Stainmore (pandoc -> pdfLaTeX A5, then pdfjam --booklet: A5 BOOKLET IMPOSITION, two pages per A4 landscape sheet in
  saddle-stitch order: sheet 1 holds the back cover and the front cover, sheet 2 pages 2 and 7, ...);
- Wetherden (Chromium untagged -> 300 dpi colour scan look, turned and speckled -> ocrmypdf 14 / TESSERACT 5.3
  hidden text layer): a short CSPR, sections and items only in the OCR text.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept]) a section heading (in the truth); ("h2", text) / ("h3", text) a
sub-heading, NO section; ("p", text) a paragraph, footnotes inside as '[[fn:text]]' and endnotes as '[[en:text]]' (the
truth never holds a paragraph); ("items", type, [texts], style[, extra]) entries that are items of the type, style
'ol' numbered, 'ul' bullets, 'circle' numbered in drawn circles, 'label' paragraphs with a bold run-in label (extra =
the labels: no item text), 'findrec' a two-column Finding | Recommendation table (extra = the findings: no items),
'smart' a SMART action table (extra = per recommendation a list of (action, lead, by when, RAG)); ("table", header,
rows) a table (no items); ("endnotes",) the collected endnotes (no items); ("break",) a page break; ("tile", n, title,
type[, accept]) a 7-minute briefing tile heading (a section).

Truth conventions of this batch: a heading's generated number is part of its text as printed ('4. Findings'); the
sub-headings ('4.1 ...', a margin column's italic sub-head, a bold run-in label) are no sections; the running head
that names the chapter is no heading; a SMART action table that is the only place of the recommendations gives each
Recommendation cell as a recommendation item (its printed number left out; a row with an empty first cell continues
the recommendation above and gives nothing; actions, leads, dates and RAG cells are no item text); the left cells of a
Finding | Recommendation table give no items, the right cells are recommendation items; a learning point's circle
number is no item text; in the 7-minute briefing each tile is a section ('Why it matters' `introduction`, 'What
happened' `background` accepting `findings`, 'What we learned' `learning`, 'What to do' `recommendations` with its
bullets as items (batch28 Brackwater's 'What should I do?'), 'Questions to consider' `other` with no items, 'Find out
more' `other` accepting `appendix`); footnotes and endnotes give nothing ('Notes' `other` accepting `appendix`); line
numbers and page numbers are no text; the booklet's pages are the PDF's sheets (an item on A5 page 7 is on sheet 2).
"""

INVENTED = "This review and every person, place and organisation in it are invented for software testing."


def rep(file, producer, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def ps(texts):
    return [("p", t) for t in texts]


# Sentences in the register of recent local child safeguarding practice reviews (invented; none copied from a review).
POOL = [
    "The reviewer spoke with the practitioners who had worked most closely with the family during the period.",
    "Agencies each held part of the picture, but no single meeting brought those parts together.",
    "The health visitor recorded that the home was cluttered but noted no concerns about the care of the baby.",
    "The school designated safeguarding lead made a referral after the child arrived with a bruise to the cheek.",
    "The strategy discussion took place by telephone and the police were not part of the call.",
    "The single assessment was completed within timescales and recommended support through early help.",
    "Father was not seen by any professional during the assessment, although he was living in the household.",
    "Records described the mother as guarded, without exploring what made it hard for her to speak.",
    "The family support worker visited weekly and built a warm relationship with the older children.",
    "The child protection conference heard reports from five agencies and agreed a plan under the category of neglect.",
    "Core group meetings were held regularly, but the actions were carried from one meeting to the next.",
    "The general practice held information about the father's mental health that other agencies did not know.",
    "Missed health appointments were followed up by letter rather than by a conversation with the family.",
    "The review heard that caseloads in the assessment team were high throughout this period.",
    "Supervision records show that the case was discussed, but the discussion focused on tasks rather than risk.",
    "Practitioners described the family as difficult to engage and the language of the records reflects this.",
    "The police attended the address twice following calls from neighbours about shouting.",
    "A domestic abuse risk assessment was completed on one occasion and graded as medium risk.",
    "The child's own words were recorded in only a small number of the contacts reviewed.",
    "Housing officers visited to inspect a repair and noticed that there was little food in the kitchen.",
    "Information sharing worked best where practitioners knew each other and spoke by telephone.",
    "The midwife completed the routine enquiry about domestic abuse at the booking appointment.",
    "The case was stepped down from child protection to child in need after six months.",
    "Nobody asked the children what a typical day at home was like for them.",
    "The early help assessment identified the right needs but the plan did not say who would do what.",
    "The family moved across the local authority boundary and the transfer meeting was delayed by five weeks.",
    "The emergency department completed a safeguarding checklist and shared it with the health visitor.",
    "Practitioners told the review that they were worried but did not feel able to challenge the decision.",
    "The independent reviewing officer raised a concern about drift which was escalated to a manager.",
    "The review found examples of persistent, caring work that made a real difference to the children.",
    "At the practitioner event, staff reflected openly on what they would now do differently.",
    "Agencies completed chronologies and short reports to an agreed template and met the deadline set.",
    "The review panel was chaired independently and met five times over the course of the review.",
    "The family were invited to contribute and the mother met the reviewer on two occasions.",
    "The baby was brought to two appointments by a grandparent, and this was not explored.",
    "A referral to the substance misuse service was made but the father did not attend.",
    "The thresholds document was applied correctly, but the decision did not consider the history.",
    "Police intelligence about the father's associates was not shared with children's social care.",
    "The education welfare officer visited the home on three occasions and saw the children once.",
    "The review considered national research on neglect and on the hidden men in children's lives.",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def para(k, n=4):
    m = len(POOL)
    idx = []
    for j in range(n):
        i = (k * 7 + j * 13 + k // m) % m
        while i in idx:
            i = (i + 1) % m
        idx.append(i)
    return " ".join(POOL[i] for i in idx)


def paras(start, count, n=4):
    return [("p", para(start + i, n)) for i in range(count)]


def chron(rows, year0, seed, agencies, events):
    out = []
    for i in range(rows):
        day, month = 1 + (i * 7 + seed) % 27, (i * 5 // 4 + seed) % 12
        out.append(("%d %s %d" % (day, MONTHS[month], year0 + (i * 5 // 4 + seed) // 12),
                    agencies[(i * 3 + seed) % len(agencies)], events[(i * 5 + seed) % len(events)]))
    return out


AGENCIES = ["Police", "Children's social care", "Primary school", "Health visiting", "General practice",
            "Emergency department", "Housing", "Early help", "Midwifery", "Adult mental health"]
EVENTS = ["Home visit by the health visitor; the baby was seen asleep and described as well cared for.",
          "Referral from the school after the child arrived with a bruise to the cheek.",
          "Police attended after neighbours reported shouting; no offences identified.",
          "Early help assessment completed and a family support worker allocated.",
          "Missed appointment at the child development clinic; letter sent to the family.",
          "Strategy discussion held by telephone; decision to complete a child protection enquiry.",
          "Initial child protection conference; plan agreed under the category of neglect.",
          "Core group meeting; actions from the previous meeting carried forward.",
          "Father seen at the GP practice for low mood; prescribed medication.",
          "Housing officer visited to inspect a repair and reported little food in the home.",
          "Child attended the emergency department with a burn to the hand; explanation accepted.",
          "Review conference; plan stepped down to child in need.",
          "Family moved to a new address across the local authority boundary.",
          "Transfer-in meeting held five weeks after the move.",
          "School attendance recorded at 71 per cent for the term."]


# ---------------------------------------------------------------- 1: Brackenfold (docx multilevel headings, long)
BF_LEARNING = [
    "When a baby is brought to appointments by different adults, practitioners need to ask who is caring for the baby day to day and record the answer.",
    "Men living in or visiting the household need to be seen, assessed and included in plans, and their absence from meetings should itself be a concern.",
    "A plan that carries the same actions from one core group to the next is a plan that is not working, and that should trigger a review of the plan.",
    "Information held by adult services about a parent's mental health is relevant to the safety of the children and should be shared at the first strategy discussion.",
    "Moving across a local authority boundary is a time of increased risk, and the receiving authority needs the full history before the first visit.",
]
BF_GOOD = [
    "The family support worker kept visiting through a difficult period and the older children told the review that she was the person they trusted.",
    "The emergency department completed a thorough safeguarding checklist and shared it the same day with the health visitor and the GP.",
    "The independent reviewing officer recognised drift in the plan and escalated the concern in writing to a senior manager.",
]
BF_RECS = [
    ("The partnership should make sure that practitioners in every agency ask about and record the identity of any adult who brings a baby to a health appointment.",
     [("Add a prompt on the identity of the accompanying adult to the health visiting and GP appointment templates.", "Designated nurse", "June 2025", "Green"),
      ("Audit fifty records of appointments for babies under one year to test the use of the prompt.", "Designated nurse", "December 2025", "Amber")]),
    ("Children's social care should ensure that every assessment of a child names the men in the household, records whether each was seen and explains any decision not to assess them.",
     [("Revise the single assessment template so that each adult in the household has a section of their own.", "Head of service, assessment", "May 2025", "Green"),
      ("Deliver briefings to all assessment teams on including fathers and male carers.", "Principal social worker", "September 2025", "Amber")]),
    ("The partnership should introduce a requirement that a child protection plan whose actions have not been completed by two consecutive core groups is reviewed by the chair of the conference.",
     [("Amend the child protection procedures and the core group guidance to include the escalation.", "Partnership business manager", "July 2025", "Red")]),
    ("Adult mental health services and the general practices should agree how information about a parent's mental health is shared with children's social care at the start of a child protection enquiry.",
     [("Agree an information sharing protocol between the mental health trust and children's social care.", "Trust safeguarding lead", "October 2025", "Amber"),
      ("Include the GP practice in every strategy discussion about a child under five, by telephone if necessary.", "Designated doctor", "October 2025", "Amber")]),
    ("The partnership should write to the National Panel and to neighbouring partnerships to propose a shared standard for the transfer of child protection and child in need cases across local authority boundaries.",
     [("Draft the proposed standard and share it with the four neighbouring partnerships.", "Independent scrutineer", "November 2025", "Green")]),
    ("All partner agencies should review their guidance on missed appointments for children under five so that a missed appointment leads to a conversation with the family and not only to a letter.",
     [("Each agency to report its revised guidance to the partnership's learning and improvement group.", "Agency safeguarding leads", "January 2026", "Red")]),
]


def brackenfold():
    b = [h("Introduction", "introduction")]
    b += paras(0, 3)
    b += [("h2", "Why this review was held")] + paras(3, 3)
    b += [("h2", "The family")] + paras(6, 2)
    b += [h("Terms of reference and methodology", "methodology")]
    b += [("h2", "Scope of the review")] + paras(8, 3)
    b += [("h2", "How the review was carried out")] + paras(11, 4)
    b += [("h3", "The practitioner event")] + paras(15, 2)
    b += [("h3", "Involvement of the family")] + paras(17, 2)
    b += [h("Background", "background")]
    b += [("h2", "Child T and the family")] + paras(19, 4)
    b += [("h2", "Agency involvement before the review period")] + paras(23, 5)
    b += [h("Key practice episodes", "findings", ["background"])]
    for i, ep in enumerate(["The birth of Child T and the first months", "The referral from school",
                            "The child protection plan", "Step down and the move across the boundary"]):
        b += [("h2", ep), ("h3", "What happened")] + paras(28 + i * 9, 5)
        b += [("h3", "Analysis of practice")] + paras(33 + i * 9, 4)
    b += [h("Findings", "findings")]
    for i, f in enumerate(["Who was caring for the baby", "The hidden men", "Plans that did not change",
                           "Adult mental health information", "Moving between areas"]):
        b += [("h2", "Finding %d: %s" % (i + 1, f))] + paras(70 + i * 6, 6)
    b += [h("Learning for the partnership", "learning")]
    b += [("p", "The review has identified the following learning for practitioners and managers across the partnership.")]
    b += [("items", "learning", BF_LEARNING, "ul")]
    b += [h("Good practice", "good_practice")]
    b += [("items", "good_practice", BF_GOOD, "ul")]
    b += [h("Recommendations and action plan", "recommendations")]
    b += [("p", "The partnership accepted each recommendation. The actions agreed, their leads, the dates by which they "
                "will be completed and their status at the time of publication are set out in the table below.")]
    b += [("p", "Progress against each action is reported to the partnership's learning and improvement group every "
                "quarter, and the RAG status shows the position in the quarter before publication: green where the "
                "action is complete, amber where it is on track and red where it is delayed.")]
    b += [("items", "recommendations", [r[0] for r in BF_RECS], "smart", [r[1] for r in BF_RECS])]
    b += [h("Conclusion", "conclusion")] + paras(90, 3)
    b += [("break",), h("Appendix A: Chronology of significant events", "appendix")]
    b += [("table", ["Date", "Agency", "Event"], chron(150, 2021, 3, AGENCIES, EVENTS))]
    return numbered(b)


def numbered(blocks):
    """The headings as printed: the multilevel list numbers each Heading 1 but the appendix ('1. Introduction')."""
    out, n = [], 0
    for b in blocks:
        if b[0] == "h1" and not b[1].startswith("Appendix"):
            n += 1
            b = (b[0], "%d. %s" % (n, b[1])) + tuple(b[2:])
        out.append(b)
    return out


# ---------------------------------------------------------------- 2: Calderwick (ReportLab margin column, long)
CW_LEARNING = [
    "Practitioners should hold in mind that a teenager who is hostile to services may be telling us that earlier help did not work, not that help is unwanted.",
    "Professional curiosity about who a young person spends time with needs to continue after the first assessment, because risk outside the home changes quickly.",
    "A young person's repeated attendance at the emergency department is a pattern to be shared, even when each single attendance has a plausible explanation.",
    "Schools hold a unique view of a young person's day to day wellbeing, and the decision to move a pupil to alternative provision should include a safeguarding review.",
    "Parents who ask for help with a teenager's behaviour are often describing harm from outside the family, and the response should look beyond parenting.",
    "Where a young person is known to several services, one practitioner should be named as the lead who holds the whole picture and is known to the young person.",
]
CW_GOOD = [
    "The youth worker kept in contact with Jayden by text message through the months when he would not meet anyone else.",
    "The police missing persons coordinator recognised the pattern of missing episodes and called a strategy meeting.",
    "The alternative provision kept detailed daily records that helped the review to understand Jayden's last year.",
]
CW_RECS = [
    "The partnership should commission a review of how the emergency department shares information about repeat attendances by adolescents with the child's school and social worker.",
    "Children's social care should ensure that every assessment of a young person at risk outside the home names a lead practitioner and records how the young person can contact them.",
    "The education service should introduce a safeguarding review, attended by the child's social worker, before any pupil with a social worker moves to alternative provision.",
    "The partnership should develop guidance for practitioners on responding to parents who ask for help with a teenager's behaviour, so that the possibility of exploitation is always considered.",
    "The police and children's social care should evaluate the effectiveness of return home interviews for young people who go missing repeatedly, and report to the partnership within nine months.",
]


def calderwick():
    b = [h("Introduction", "introduction")] + paras(100, 4)
    b += [("h2", "About this review")] + paras(104, 3)
    b += [h("The review process", "methodology")] + paras(107, 4)
    b += [("h2", "Hearing from Jayden's family")] + paras(111, 3)
    b += [h("Jayden's story", "background")] + paras(114, 8)
    b += [("h2", "Early childhood")] + paras(122, 7)
    b += [("h2", "Secondary school")] + paras(129, 8)
    b += [("h2", "The final year")] + paras(137, 8)
    b += [h("What we found", "findings")] + paras(137, 3)
    for i, f in enumerate(["Help that came too late", "A pattern nobody saw", "Moving schools",
                           "Listening to parents", "Who held the whole picture"]):
        b += [("h2", f)] + paras(145 + i * 8, 8)
    b += [h("Learning points", "learning")]
    b += [("p", "The review identified six learning points for the partnership and for practitioners in every agency.")]
    b += [("items", "learning", CW_LEARNING, "circle")]
    b += [h("What worked well", "good_practice")]
    b += [("items", "good_practice", CW_GOOD, "ul")]
    b += [h("Recommendations", "recommendations")]
    b += [("p", "The review makes the following recommendations to the Calderwick Safeguarding Children Partnership.")]
    b += [("items", "recommendations", CW_RECS, "ol")]
    b += [h("Conclusion", "conclusion")] + paras(185, 6)
    b += [h("Timeline of agency contact", "appendix", ["background"])]
    b += [("table", ["Date", "Agency", "Contact"], chron(200, 2019, 5, AGENCIES, EVENTS))]
    return b


# ---------------------------------------------------------------- 3: Hartsholme (tagged, wrong tags)
HS_LEARNING = [
    "Practitioners should ask directly about the care of a baby when a parent's mental health deteriorates, rather than assume that another adult is providing it.",
    "A referral that is closed after a single visit should record what the child said and what the referrer was told about the decision.",
    "The voice of a pre-verbal child is heard through careful observation, and records should describe what was seen, not only what parents said.",
    "Health and social care chronologies need to be brought together early in a child protection enquiry so that patterns are seen.",
]
HS_RECS = [
    "The partnership should issue practice guidance on assessing the care of babies when a parent is known to adult mental health services.",
    "Children's social care should audit referrals closed after a single visit to test whether the child's voice and the referrer's view were recorded.",
    "The partnership should provide multi-agency training on observing and recording the lived experience of babies and pre-verbal children.",
    "Health agencies should agree with children's social care a way of sharing a combined chronology within five working days of a strategy discussion.",
]


def hartsholme():
    b = [h("1. Introduction", "introduction")] + paras(200, 2)
    b += [h("2. Background", "background")] + paras(202, 3)
    b += [h("3. Findings", "findings")]
    for i, f in enumerate(["Finding 1: Mother's mental health", "Finding 2: The closed referral",
                           "Finding 3: Seeing the baby"]):
        b += [("h2", f)] + paras(205 + i * 2, 2)
    b += [h("4. Learning", "learning"), ("items", "learning", HS_LEARNING, "ul")]
    b += [h("5. Recommendations", "recommendations"), ("items", "recommendations", HS_RECS, "ol")]
    b += [h("6. Next steps", "conclusion", ["recommendations", "other"])] + paras(212, 1)
    return b


# ---------------------------------------------------------------- 4: Aldermoor (Pages look-alike)
AM_LEARNING = [
    "Children who are home educated can become invisible to services, and a change of education arrangements is a moment to check on their welfare.",
    "Practitioners should not rely on a parent's account of a child's health needs when the child has not been seen for several months.",
    "A child's special educational needs do not explain every change in behaviour, and each change should be understood on its own terms.",
]
AM_FINDINGS = [
    "Sam was withdrawn from school to be educated at home and no agency saw him in the following eight months.",
    "The paediatric appointments were cancelled by his mother and the clinic discharged Sam without speaking to his GP.",
    "Sam's weight loss was noticed by a community nurse, but the concern was not shared with the school nurse team.",
    "Agencies did not know that Sam's father had moved back into the family home.",
]
AM_RECS = [
    "The local authority should visit every child with an education, health and care plan within four weeks of the child's withdrawal from school for home education.",
    "Paediatric services should not discharge a child with a disability for non-attendance without first speaking with the child's GP and any allocated practitioner.",
    "The partnership should make sure that community nursing teams share concerns about a child's weight with the school nursing service and the GP.",
    "All agencies should ask, at every contact, who is living in the household and record any change.",
]


def aldermoor():
    b = [h("Introduction", "introduction")] + paras(220, 2)
    b += [h("About Sam", "background")] + paras(222, 3)
    b += [h("How the review was done", "methodology")] + paras(225, 2)
    b += [h("What we found", "findings")]
    b += [("items", "none", [para(227 + i, 3) for i in range(3)], "label",
           ["Home education.", "Health appointments.", "The household."])]
    b += [h("What we learned", "learning"), ("items", "learning", AM_LEARNING, "ul")]
    b += [h("Findings and recommendations", "recommendations", ["findings"])]
    b += [("p", "Each finding of the review is set out below beside the recommendation that responds to it.")]
    b += [("items", "recommendations", AM_RECS, "findrec", AM_FINDINGS)]
    b += [h("Next steps", "conclusion", ["recommendations", "other"])] + paras(232, 1)
    return b


# ---------------------------------------------------------------- 5: Kettlewick (7-minute briefing)
KW_LEARNING = [
    "Bruising in a baby who is not yet mobile is rare and must always lead to a referral, whatever the explanation given.",
    "The partner of a parent who is not the baby's father may be a significant adult in the baby's life and needs to be known to services.",
    "Parents under stress need to be asked how they cope with a crying baby before the baby is born and again in the early weeks.",
]
KW_TODO = [
    "Follow the partnership's bruising protocol for every baby who is not independently mobile.",
    "Ask who lives in the household and who cares for the baby at every contact.",
    "Talk to both parents about crying and coping, using the partnership's coping with crying leaflet.",
]


def kettlewick():
    return [
        ("tile", 1, "Background", "background"),
        ("p", "Baby R was eleven weeks old when she was admitted to hospital with a head injury and bruising. Her "
              "mother and her mother's partner were arrested; the partnership agreed to carry out a local review."),
        ("tile", 2, "Why it matters", "introduction"),
        ("p", "Babies under one year are the age group most at risk of serious harm. Most of the babies reviewed "
              "nationally were known to at least one agency before the injury."),
        ("tile", 3, "What happened", "background", ["findings"]),
        ("p", "A small bruise on Baby R's ear was seen by a practitioner at six weeks. The explanation given was "
              "accepted and no referral was made. The mother's partner was not known to the health visitor."),
        ("tile", 4, "What we learned", "learning"),
        ("items", "learning", KW_LEARNING, "ul"),
        ("tile", 5, "What to do", "recommendations"),
        ("items", "recommendations", KW_TODO, "ul"),
        ("tile", 6, "Questions to consider", "other"),
        ("items", "none", ["Do you know who lives in the homes of the babies you work with?",
                           "When did you last use the bruising protocol, and what happened?",
                           "How do you ask fathers and partners about crying?"], "ul"),
        ("tile", 7, "Find out more", "other", ["appendix"]),
        ("p", "The full review, the bruising protocol and the coping with crying leaflet are on the Kettlewick "
              "Safeguarding Children Partnership website. Contact the partnership's learning team with any questions."),
    ]


# ---------------------------------------------------------------- 6: Ormesby Fen (footnotes, endnotes, margin page nos)
OF_LEARNING = [
    "Assessments of children living with parental substance misuse should describe the effect of the drug use on the daily care of each child.",
    "A period of stability in a family where a parent misuses substances should be tested with the children and not taken from the parent's account alone.",
    "Practitioners in adult treatment services have a role in safeguarding children and should be invited to every child protection meeting.",
    "Decisions to close a case should take account of the whole history of the family and not only of the last episode of involvement.",
]
OF_RECS = [
    "The substance misuse service should ensure that each adult in treatment who cares for children has a record of those children and of the practitioners working with them.",
    "Children's social care should include a direct conversation with each child about a parent's drug use in every assessment where drug use is known.",
    "The partnership should review the guidance on closing cases where a parent misuses substances so that the history is considered before closure.",
    "The partnership should seek assurance that drug treatment practitioners are invited to, and attend, child protection conferences and core groups.",
]


def fn(k):
    return "[[fn:%s]]" % ["Working Together to Safeguard Children (invented edition), chapter 4.",
                          "Ormesby Fen Safeguarding Children Partnership, Neglect Strategy 2022-2025.",
                          "The service's case management system was changed during the period under review.",
                          "Figures provided by the substance misuse service for the purposes of this review.",
                          "See the partnership's escalation policy, section 3.",
                          "The reviewer met the mother and the maternal grandmother."][k % 6]


def en(k):
    return "[[en:%s]]" % ["The rapid review was held within fifteen working days of the notification.",
                          "The review's terms of reference are available from the partnership on request.",
                          "Ofsted's joint targeted area inspection of the partnership took place in the same year.",
                          "Research on parental substance misuse is summarised in the partnership's briefing."][k % 4]


def ormesby():
    def p(k, n=4, note=""):
        return ("p", para(k, n) + note)
    b = [h("1. Introduction", "introduction"), p(240, 4, fn(0)), p(241, 3, en(0))]
    b += [h("2. Scope and methodology", "methodology"), p(242, 4, fn(1)), p(243, 3, en(1))]
    b += [h("3. Background", "background"), p(244, 4, fn(2)), p(245, 4), p(246, 3, fn(3))]
    b += [h("4. Analysis", "findings"), p(247, 4, fn(4)), p(248, 4, en(2)), p(249, 4), p(250, 4, fn(5)), p(251, 3)]
    b += [h("5. Learning", "learning"), ("items", "learning", OF_LEARNING, "ol")]
    b += [h("6. Recommendations", "recommendations"), ("items", "recommendations", OF_RECS, "ol"), p(252, 2, fn(0))]
    b += [h("7. Conclusion", "conclusion"), p(253, 3, en(3))]
    b += [h("Notes", "other", ["appendix"]), ("endnotes",)]
    return b


# ---------------------------------------------------------------- 7: Stainmore (A5 booklet imposition)
SM_LEARNING = [
    "Young carers may not tell anyone about their caring role, so practitioners should ask every child whether they look after someone at home.",
    "A child's good school attendance can hide the pressure they are under outside school.",
    "When a parent's physical health declines, the plan for the children needs to be reviewed at the same time.",
]
SM_RECS = [
    "Schools should ask every pupil once a year whether they help to look after someone at home, and record the answer.",
    "Adult social care should ask every adult whose needs are assessed whether children live with them and help to care for them.",
    "The partnership should make sure that the young carers service is known to all practitioners working with families.",
]


def stainmore():
    b = [h("Introduction", "introduction")] + paras(260, 4, 4)
    b += [h("About Child P", "background")] + paras(264, 7, 4)
    b += [h("What the review found", "findings")] + paras(271, 9, 4)
    b += [h("What we have learned", "learning"), ("items", "learning", SM_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", SM_RECS, "ol")]
    b += [h("What happens next", "conclusion", ["recommendations"])] + paras(280, 3, 4)
    return b


# ---------------------------------------------------------------- 8: Wetherden (scan + OCR)
WD_LEARNING = [
    "Practitioners should be curious about the reasons a family gives for declining services.",
    "Disguised compliance is best recognised by checking whether change has happened, not whether appointments were kept.",
    "Children with a disability need to be seen and communicated with in the way that suits them.",
]
WD_RECS = [
    "Children's social care should ensure that each plan for a disabled child sets out how the child's views will be gathered.",
    "The partnership should deliver training on recognising and responding to disguised compliance.",
    "Health and education partners should share attendance information for disabled children at every core group.",
]


def wetherden():
    b = [h("1. Introduction", "introduction")] + paras(280, 2, 3)
    b += [h("2. Background", "background")] + paras(282, 2, 3)
    b += [h("3. Findings", "findings")] + paras(284, 3, 3)
    b += [h("4. Learning", "learning"), ("items", "learning", WD_LEARNING, "ul")]
    b += [h("5. Recommendations", "recommendations"), ("items", "recommendations", WD_RECS, "ol")]
    return b


def cover(lines, title, child, area, year, partnership, rtype="child_safeguarding_practice_review"):
    return {"lines": lines, "title": title, "child_name": child, "review_type": rtype, "area": area, "year": year,
            "partnership": partnership}


REPORTS = [
    rep("brackenfold-lcspr-child-t.pdf", "python_docx_libreoffice_multilevel_heading_numbering_smart_action_table",
        cover(["Brackenfold Safeguarding Children Partnership", "Local Child Safeguarding Practice Review",
               "Child T", "Overview report", "Published March 2025"],
              "Local Child Safeguarding Practice Review: Child T|Local Child Safeguarding Practice Review: Child T - Overview report",
              "Child T", "Brackenfold", 2025,
              "Brackenfold Safeguarding Children Partnership"),
        brackenfold(),
        "python-docx 0.8.11 -> LibreOffice 7.4, untagged; headings numbered by a multilevel list in numbering.xml linked "
        "to Heading 1-3 ('4', '4.2', '4.2.1' generated); recommendations only in a SMART action table 'Recommendation | "
        "Action | Lead | By when | RAG status' with rows breaking over pages and continuation rows; chronology appendix"),
    rep("calderwick-cspr-jayden.pdf", "reportlab_margin_column_section_names_running_heads_circled_numbers",
        cover(["Calderwick Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Jayden",
               "June 2024"],
              "Child Safeguarding Practice Review: Jayden", "Jayden", "Calderwick", 2024,
              "Calderwick Safeguarding Children Partnership"),
        calderwick(),
        "ReportLab 3.6 platypus, untagged; InDesign-like: section names in a 50 mm left margin column beside their first "
        "lines, italic sub-heads in the same column; running heads naming the chapter; learning points numbered in "
        "drawn teal circles with white numbers"),
    rep("hartsholme-lcspr-baby-d.pdf", "chromium_tagged_structure_tree_rewritten_headings_p_lists_span_chapter_untagged",
        cover(["Hartsholme Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Baby D",
               "Published October 2024"],
              "Local Child Safeguarding Practice Review: Baby D", "Baby D", "Hartsholme", 2024,
              "Hartsholme Safeguarding Children Partnership"),
        hartsholme(),
        "Chromium 156 tagged, then the structure tree rewritten with pypdf: every H2 / H3 element retyped P, every L / LI "
        "/ Lbl / LBody retyped Span, the findings chapter's elements taken out of the tree (its content still marked)"),
    rep("aldermoor-lcspr-sam.pdf", "weasyprint_pages_lookalike_light_display_headings_finding_recommendation_table",
        cover(["Aldermoor Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Sam",
               "Published January 2025"],
              "Local Child Safeguarding Practice Review: Sam", "Sam", "Aldermoor", 2025,
              "Aldermoor Safeguarding Children Partnership"),
        aldermoor(),
        "WeasyPrint 57.2, untagged; Apple Pages look-alike: 24 pt Open Sans Light display headings, 10 pt body with "
        "bold run-in labels (no heading bolder than the body); recommendations in a two-column table, finding left, "
        "recommendation right"),
    rep("kettlewick-7-minute-briefing-baby-r.pdf", "pdflatex_tcolorbox_seven_minute_briefing_tiles",
        cover(["Kettlewick Safeguarding Children Partnership", "7 Minute Briefing", "Practice Review: Baby R",
               "November 2024"],
              "7 Minute Briefing: Practice Review Baby R", "Baby R", "Kettlewick", 2024,
              "Kettlewick Safeguarding Children Partnership"),
        kettlewick(),
        "pdfLaTeX + tcolorbox, untagged; a 2-page 7 Minute Briefing: seven numbered tiles in two columns ('Why it matters', "
        "'What to do', 'Questions to consider' ...)", body_from=1),
    rep("ormesby-fen-lcspr-child-j.pdf", "lualatex_left_margin_page_numbers_lineno_footnotes_endnotes",
        cover(["Ormesby Fen Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Child J",
               "Published September 2024"],
              "Local Child Safeguarding Practice Review: Child J", "Child J", "Ormesby Fen", 2024,
              "Ormesby Fen Safeguarding Children Partnership"),
        ormesby(),
        "LuaLaTeX (TeX Gyre Heros), untagged; page numbers in the left margin half way down the page, lineno numbers every "
        "fifth line, footnotes on most pages, endnotes collected under 'Notes'"),
    rep("stainmore-lcspr-child-p-booklet.pdf", "pandoc_pdflatex_a5_pdfjam_booklet_imposition",
        cover(["Stainmore Safeguarding Children Partnership", "Learning from a Local Child Safeguarding Practice Review",
               "Child P", "2025"],
              "Learning from a Local Child Safeguarding Practice Review: Child P", "Child P", "Stainmore", 2025,
              "Stainmore Safeguarding Children Partnership"),
        stainmore(),
        "pandoc 2.17 markdown -> pdfLaTeX A5 (8 pages), then pdfjam --booklet: two A5 pages per A4 landscape sheet in "
        "saddle-stitch order (sheet 1 the back and front covers, sheet 2 pages 2 and 7, ...), untagged"),
    rep("wetherden-cspr-child-l-scanned.pdf", "chromium_scan_ocrmypdf_tesseract5",
        cover(["Wetherden Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Child L",
               "Published May 2024"],
              "Child Safeguarding Practice Review: Child L", "Child L", "Wetherden", 2024,
              "Wetherden Safeguarding Children Partnership"),
        wetherden(),
        "Chromium untagged -> pdftoppm 300 dpi colour -> ImageMagick (turned 0.4 degrees, speckled) -> img2pdf -> "
        "ocrmypdf 14.0.1 / tesseract 5.3.0: every page one image, the text tesseract's invisible layer"),
]
