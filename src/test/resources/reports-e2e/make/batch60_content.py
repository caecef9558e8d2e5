"""Batch 60 (issue 9, a fresh held-out batch written before it was first run): eight invented THEMATIC, MULTI-AGENCY
AND NEWER REVIEW FORMS:
- Harrowgate Moor (python-docx -> LibreOffice, untagged, realistic length): a THEMATIC review of five children
  exploited outside the home: per-child case summaries ('Child A' ... 'Child E' sub-headings under 'The children'),
  pull quotes of the children's own words between the paragraphs (indented italic, in quotation marks), then one
  section per theme, each with its own 'What we learned' bullets and 'Recommendations' numbered list; endnotes
  (superscript numbers in the text) collected under 'Notes' at the end; a chronology appendix by child;
- Carnbrae (Chromium, TAGGED, realistic length): a JOINT Domestic Homicide Review and Child Safeguarding Practice
  Review for the Community Safety Partnership and the Safeguarding Children Partnership; headings lettered 'A.' ...
  'H.'; 'Lessons to be learned' numbered; recommendations to the Community Safety Partnership and to the
  Safeguarding Children Partnership as two lists under h3 sub-headings; a long chronology table;
- Penhallow (WeasyPrint, untagged): a Significant Incident Learning Process (SILP) report: 'Appreciative inquiry:
  what went well' (good practice bullets), 'Patterns and underlying issues', learning for three audiences ('Learning
  for practitioners', 'Learning for managers', 'Learning for strategic leaders' sub-headings over bullets),
  'Considerations for the partnership' (numbered; the recommendations);
- Westerby (ReportLab platypus, untagged): a RAPID REVIEW as published (the 15-working-day form as headings):
  'Immediate safeguarding actions', 'Is the case likely to meet the criteria for a local child safeguarding practice
  review?', 'Learning identified' (numbered), 'Recommendation to the national panel' (one paragraph: the decision, no
  item);
- Kian (groff -me -> ps2pdf, untagged): a review WRITTEN TO THE CHILD in the first person ('Dear Kian, ...'): the
  letter's bold side-headings 'What we learned' (each learning a paragraph opening 'We learned that ...') and 'What
  we are going to change' (bullets 'We will ...': the recommendations);
- Dromore Glen (pdfLaTeX, `multicol` TWO COLUMNS all through, untagged): a Northern Ireland Case Management Review for
  the SBNI with 'Lessons to be learned' (numbered) and recommendations; headings numbered in ROMAN numerals 'I.'
  ... 'VII.';
- Ellerby Cross (Chromium, untagged): a local CSPR whose recommendations stand in a shaded SIDEBAR text box floated
  right beside the findings and running over two pages; learning numbered in the body;
- Silverdale Wold (XeLaTeX, untagged): a local CSPR whose findings each carry their recommendations as a bulleted
  list, each bullet followed by the partnership's response in italics ('Response: accepted; lead: ...'); endnotes
  collected at the end ('Endnotes'); headings lettered 'A.' ... 'F.' (run-in letters, not the word 'Section').

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept]) a section heading (in the truth); ("h2", text) a sub-heading, NO
section; ("p", text) a paragraph, endnotes inside as '[[en:text]]' (the truth never holds a paragraph); ("quote",
text) a pull quote of a child's words (no item); ("items", type, [texts], style[, extra]) entries that are items of
the type, style 'ol' numbered, 'ul' bullets, 'para' paragraphs with no marker, 'resp' bullets each followed by the
partnership's italic response (extra = the responses: no item text), 'sidebar' a floated box (extra = the box's
title); ("table", header, rows) a table (no items); ("endnotes",) the collected endnotes (no items); ("break",) a
page break.

Truth conventions of this batch: a per-child sub-heading ('Child A') is no section; a pull quote is no item; the
sub-headings 'What we learned' / 'Recommendations' inside a theme section are no sections, the theme section is
`findings` accepting `learning` and `recommendations` (batch58 Wychbury's); the three audiences' sub-headings
('Learning for practitioners' ...) are no sections, their bullets learning items; 'Considerations for the
partnership' is `recommendations` and its numbered entries recommendation items; the partnership's italic responses
are no item text and no items; endnotes give nothing, the 'Notes' / 'Endnotes' section is `other` accepting
`appendix`; the rapid review's decision paragraph to the national panel is no item ('Recommendation to the national
panel' `other` accepting `conclusion` and `recommendations`); 'Is the case likely to meet the criteria ...?' is
`other` accepting `conclusion`; 'Immediate safeguarding actions' `other` accepting `background` (what agencies did,
no items); in the letter, each 'We learned that ...' paragraph under 'What we learned' is a learning item and each
'We will ...' bullet under 'What we are going to change' a recommendation item; the sidebar's entries are
recommendation items in the section beside which the box starts.

Corrected after the first run (left-s38, session 38; no PDF changed): a review type is the kind of review the text
names (DATA-MODEL.md: every code traceable to words in the source): the Penhallow SILP report names only its method
(the Significant Incident Learning Process, used for serious case reviews and practice reviews alike; the SILP digest
entries of normalise/realistic-phrasings-2 are `unknown` too), so its type is `unknown` (batch40 Harrowden Vale's SILP
is a CSPR because its text says 'carried out as a local child safeguarding practice review'); a title is the title as
published (DATA-MODEL.md), so Lowmoor's title accepts the cover's 'Child Safeguarding Practice Review: A letter to
Kian' as well. A joint review naming two review types ('Joint Domestic Homicide Review and Child Safeguarding Practice
Review') is the type named first (its title names the DHR first).
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


# Sentences in the register of recent thematic and multi-agency reviews (invented; none copied from a review).
POOL = [
    "The reviewer met with the practitioners who knew the children best and heard how the work felt at the time.",
    "Several agencies held pieces of information that, taken together, would have shown a rising level of risk.",
    "Missing episodes were recorded individually but were not considered as a pattern by any one agency.",
    "The return home interviews were offered, but the young people rarely took them up.",
    "Youth workers had built the strongest relationships and were often the first to hear of new concerns.",
    "The exploitation screening tool was completed inconsistently and scores were not always acted on.",
    "Police intelligence about the adults involved was not routinely shared with children's social care.",
    "School attendance fell sharply in the months before each child was first reported missing.",
    "The multi-agency child exploitation meeting discussed four of the five children during the review period.",
    "Parents described feeling blamed rather than supported when they reported their children missing.",
    "Practitioners spoke about the difficulty of keeping a young person safe when they did not see themselves as a victim.",
    "Transport police found two of the children on trains far from home without any money.",
    "The language used in some records described the children as choosing to associate with older men.",
    "Health professionals saw the children for sexual health advice but did not ask who they were with.",
    "Housing moves disrupted the support that had been built up with the family.",
    "The contextual safeguarding pilot had only begun to work in the town centre by the end of the review period.",
    "Managers told the review that caseloads in the adolescent team were high throughout this time.",
    "Referrals were often closed after a single visit because the young person said they were fine.",
    "The children's education records were held by three different schools in as many years.",
    "The review heard that information sharing worked well when practitioners knew each other by name.",
    "Disruption activity by the police was effective for short periods but the adults returned.",
    "The national referral mechanism was used for two of the children, with long waits for a decision.",
    "Family members were invited to contribute and three of the five families chose to do so.",
    "Staff turnover meant that several of the children had a new social worker at a point of crisis.",
    "The child protection conference recognised extra-familial harm but the plan focused on parenting.",
    "The youth offending service assessment identified the risk of exploitation clearly.",
    "Records showed that the young person's own account was written down in their words on only a few occasions.",
    "A strategy discussion was held promptly after the first missing episode.",
    "The mother contacted the police on eleven occasions over a period of four months.",
    "The GP practice had no record of the domestic abuse that was known to the police.",
    "The risk assessment was completed with the victim alone and graded as standard risk.",
    "The multi-agency risk assessment conference heard the case once and agreed a safety plan.",
    "The perpetrator was subject to a suspended sentence and was supervised by the probation service.",
    "Information about the perpetrator's previous relationships was held by the police but not requested.",
    "The children were present in the house during at least four of the reported incidents.",
    "The independent domestic violence adviser made several attempts to contact the victim by telephone.",
    "Friends of the victim told the review that she had spoken to them about being frightened.",
    "Employers and neighbours were not aware of any services that could have helped.",
    "The housing provider received complaints about noise but did not consider domestic abuse as a cause.",
    "Children's social care completed an assessment that recommended a service under child in need.",
    "The health visitor asked the routine enquiry question at the new birth visit, when the partner was present.",
    "The review panel was chaired independently and included members from each statutory agency.",
    "Agencies completed individual management reviews and chronologies to an agreed template.",
    "The panel considered research on coercive control and the effect of domestic abuse on children.",
    "The family's first language was not English and interpreters were used for some, but not all, contacts.",
    "Practitioners were confident in recognising physical injury but less so in recognising controlling behaviour.",
    "Safeguarding supervision took place regularly but rarely explored the father's role in the household.",
    "The early help offer was accepted and a family support worker visited weekly for three months.",
    "At the practitioner event, staff reflected openly on what they would do differently.",
    "The review found examples of persistent and caring practice that made a difference to the children.",
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


# ---------------------------------------------------------------- A: Harrowgate Moor (docx -> LibreOffice, long)
HM_AGENCIES = ["Police", "Children's social care", "Secondary school", "Youth service", "Sexual health service",
               "Youth justice service", "Emergency department", "Transport police", "Housing", "GP practice"]
HM_EVENTS = ["Reported missing by mother overnight; found the next day in the town centre.",
             "Return home interview offered; declined by the young person.",
             "Fixed-term exclusion for carrying a knife in school.",
             "Seen at the sexual health clinic; advice and testing given.",
             "Found on a train with an older male; returned home by transport police.",
             "Strategy discussion held; decision to complete an exploitation assessment.",
             "Exploitation screening tool completed; score recorded as medium.",
             "Attended the emergency department with a cut to the hand; explanation accepted.",
             "Discussed at the multi-agency child exploitation meeting; actions agreed.",
             "Youth worker reports that the young person has a new phone and new clothes.",
             "Arrested in possession of class A drugs; released under investigation.",
             "Family moved to temporary accommodation in a neighbouring town.",
             "Referral to the national referral mechanism made by the police.",
             "Child in need meeting held; the young person did not attend.",
             "School records attendance of 34 per cent for the half term."]

HM_CHILDREN = [
    ("Child A", "Child A is a white British girl who was fourteen when she first came to the attention of agencies because of going missing.",
     "I didn't think of them as bad people. They were the only ones who listened to me."),
    ("Child B", "Child B is a boy of mixed heritage who was fifteen when he was arrested in a flat some forty miles from home.",
     "Everyone kept asking me why I went back. Nobody asked what would happen if I didn't."),
    ("Child C", "Child C is a girl of Eastern European heritage who was thirteen when her school raised concerns about older men waiting outside.",
     "I just wanted someone to notice without me having to say it."),
    ("Child D", "Child D is a white British boy who was sixteen when he was stabbed in the town centre; he survived his injuries.",
     "The youth worker was the only one who kept coming back, even when I was rude to him."),
    ("Child E", "Child E is a Black British girl who was fifteen when she disclosed that she had been sexually exploited by a group of adults.",
     "When they wrote it down they made it sound like I wanted it."),
]

HM_THEMES = [
    ("4. Theme one: Recognising exploitation as harm",
     ["Practitioners need to see repeated missing episodes as a sign of harm to the child, not as a behaviour the child has chosen.",
      "The language used in records shapes how risk is understood, and describing children as consenting to their own abuse hides the harm.",
      "A child who does not see themselves as a victim still needs protection, and the plan should not depend on the child accepting the label."],
     ["The partnership should adopt a shared language guide for describing exploitation in records and reports, and audit its use within twelve months.",
      "Children's social care and the police should ensure that every child reported missing three times in ninety days is discussed at a strategy meeting."]),
    ("5. Theme two: Sharing what agencies know",
     ["Intelligence about adults who pose a risk to children is only useful if it reaches the practitioners who are planning for those children.",
      "Each agency held a part of the picture, and no single meeting brought all the parts together before the harm escalated."],
     ["The police should agree with children's social care a protocol for sharing intelligence about exploiting adults with the practitioners working with the children concerned.",
      "The partnership should review the membership and information flow of the multi-agency child exploitation meeting so that schools and health services attend."]),
    ("6. Theme three: Relationships that keep children safe",
     ["Trusted relationships with a consistent worker were the single most protective factor described by the children and their families.",
      "Changes of worker at points of crisis undid progress that had taken months to build."],
     ["Children's social care should set out how it will keep the same lead worker for a child at risk of exploitation for at least twelve months where possible.",
      "The partnership should fund the youth service's outreach work in the town centre beyond the current pilot."]),
    ("7. Theme four: Education as a protective factor",
     ["A sharp fall in attendance was an early sign of exploitation in every case, and it was seen by schools before any other agency.",
      "Exclusions and moves between schools removed the one place where the children were seen every day."],
     ["Schools should notify the exploitation team whenever a child known to be at risk is excluded or moves to another school.",
      "The local authority should report to the partnership each term on the number of children at risk of exploitation who are out of full-time education."]),
    ("8. Theme five: Working with parents as partners",
     ["Parents were often the first to know that something was wrong, and they need to be treated as partners in protecting their children rather than as the cause of the risk.",
      "Child protection plans written for harm inside the family did not fit harm that came from outside it."],
     ["The partnership should adopt a contextual safeguarding approach to planning for children harmed outside the family, with a separate plan template.",
      "Children's social care should offer every parent of a child at risk of exploitation a named contact and written information about what will happen next."]),
]


def hm_blocks():
    out = [h("1. Introduction", "introduction"),
           ("p", "This thematic review looks at the experiences of five children who were criminally and sexually exploited by adults in and around Harrowgate Moor between 2022 and 2024. It was commissioned by the Harrowgate Moor Safeguarding Children Partnership after rapid reviews of two of the children identified common themes.[[en:The rapid reviews were held under chapter 4 of Working Together to Safeguard Children 2023.]]"),
           ("p", "The review does not repeat the detail of each child's life. It draws out what the five children's experiences together tell the partnership about how agencies recognise and respond to exploitation.")]
    out += paras(0, 4)
    out += [h("2. How the review was carried out", "methodology"),
            ("p", "The review used a systems approach. Each agency provided a chronology and a short report for each child. The reviewer read the records, met with the practitioners in five learning events and spoke to three of the families.[[en:The learning events were held in February and March 2025 and were attended by sixty-one practitioners.]]")]
    out += paras(4, 5)
    out += [("p", "The children's names have been replaced by letters. Where the children's own words are used, they are shown in quotation marks, with their permission or that of their parents.")]
    out += [h("3. The children", "background", ["introduction"]),
            ("p", "This section gives a short summary of each child's circumstances and contact with agencies during the review period.")]
    for i, (name, lead, quote) in enumerate(HM_CHILDREN):
        out += [("h2", name), ("p", lead + " " + para(10 + i * 3, 3))]
        out += paras(11 + i * 3, 2)
        out += [("quote", "\u201c" + quote + "\u201d \u2014 " + name)]
        out += paras(13 + i * 3, 3)
    for j, (title, learn, recs) in enumerate(HM_THEMES):
        out += [h(title, "findings", ["learning", "recommendations"])]
        out += paras(40 + j * 5, 3)
        if j in (0, 2, 4):
            out += [("quote", "\u201c" + HM_CHILDREN[j][2] + "\u201d \u2014 " + HM_CHILDREN[j][0])]
        out += paras(43 + j * 5, 3)
        out += [("p", "The review's analysis of this theme is informed by national research on extra-familial harm.[[en:Research in Practice (2023) Extra-familial harm: a briefing for practitioners (invented citation for this test).]]")]
        out += [("h2", "What we learned"), ("items", "learning", learn, "ul"),
                ("h2", "Recommendations"), ("items", "recommendations", recs, "ol")]
    out += [h("9. Conclusion", "conclusion")] + paras(70, 3)
    out += [("break",), h("10. Notes", "other", ["appendix"]), ("endnotes",)]
    out += [("break",), h("Appendix: Chronology of key events by child", "appendix")]
    for i, (name, _l, _q) in enumerate(HM_CHILDREN):
        out += [("h2", name), ("table", ["Date", "Agency", "Event"], chron(36, 2022, i * 4, HM_AGENCIES, HM_EVENTS))]
    return out


HARROWGATE = rep(
    "harrowgate-moor-thematic-review-five-children.pdf", "docx_libreoffice_thematic_review_five_children_pull_quotes_endnotes",
    {"title": "Thematic Review: Exploitation of Children Outside the Home", "child_name": "",
     "review_type": "other", "area": "Harrowgate Moor", "year": 2025,
     "partnership": "Harrowgate Moor Safeguarding Children Partnership",
     "lines": ["Harrowgate Moor Safeguarding Children Partnership", "Thematic Review",
               "Exploitation of Children Outside the Home", "The experiences of Child A, Child B, Child C, Child D and Child E",
               "Independent reviewer: Dr Oluwaseun Marchetti", "Published June 2025"]},
    hm_blocks(),
    "python-docx -> LibreOffice 7.4, untagged, realistic length; thematic review of five children: per-child case summaries under 'Child A' ... 'Child E' sub-headings, pull quotes of the children's words between paragraphs (indented italic), five theme sections each with 'What we learned' bullets and numbered 'Recommendations'; superscript endnote numbers collected under '10. Notes'; chronology appendix by child")

# ---------------------------------------------------------------- B: Carnbrae (Chromium tagged, long)
CB_AGENCIES = ["Police", "GP practice", "Children's social care", "Housing association", "Probation service",
               "Health visiting", "IDVA service", "Primary school", "Ambulance service", "Adult mental health"]
CB_EVENTS = ["Police called to a verbal argument; no offences disclosed; DASH completed, standard risk.",
             "Mother attended the GP with low mood; no routine enquiry about domestic abuse recorded.",
             "Referral received by children's social care from the police; no further action.",
             "Housing association received a noise complaint from a neighbour.",
             "Probation supervision appointment; father reports that the relationship is going well.",
             "Health visitor home visit; father present throughout; children seen.",
             "IDVA attempted telephone contact; no answer; letter sent.",
             "School noted that Child T was withdrawn and tired in class.",
             "Ambulance called for a fall; mother declined conveyance to hospital.",
             "Father assessed by the crisis team; discharged to the GP.",
             "Police attended after a 999 call was abandoned; both adults said all was well.",
             "MARAC heard the case; actions for housing and the IDVA agreed.",
             "Children's social care completed a child and family assessment; child in need plan."]

CB_LESSONS = [
    "Routine enquiry about domestic abuse only works when the question can be asked in private, and practitioners need a way to make that happen.",
    "A risk assessment graded on the victim's answers alone will understate the risk when the victim is frightened of the consequences of speaking.",
    "The children's experience of living with coercive control is harm in its own right and needs to be assessed even when there is no physical violence.",
    "Probation supervision of a perpetrator should take account of what other agencies know about the household he lives in.",
    "Friends, family and employers often know more than agencies, and the partnership's public messages need to tell them where to turn.",
    "An abandoned 999 call from a household with a history of domestic abuse should be treated as a sign of escalating risk.",
]

CB_CSP = [
    "The Community Safety Partnership should run a public campaign aimed at friends, family and workplaces on recognising coercive control and where to seek help.",
    "The Community Safety Partnership should ask the police to review how abandoned 999 calls from addresses with a domestic abuse history are graded.",
    "The Community Safety Partnership should commission a review of how the MARAC shares its actions with GP practices.",
]
CB_SCP = [
    "The Safeguarding Children Partnership should ensure that assessments of children living with domestic abuse describe the impact of coercive control on the children, not only incidents of violence.",
    "The Safeguarding Children Partnership should agree with the probation service how information about children in a supervised person's household is shared both ways.",
    "The Safeguarding Children Partnership should provide guidance for health visitors on creating a safe opportunity to ask about domestic abuse when a partner is always present.",
]


def cb_blocks():
    out = [h("A. Introduction", "introduction"),
           ("p", "This is the overview report of a joint Domestic Homicide Review and Child Safeguarding Practice Review into the death of Mrs Lena Varga-Holt, aged 34, and the serious harm suffered by her son, referred to as Child T, aged 7. The review was jointly commissioned by the Carnbrae Community Safety Partnership and the Carnbrae Safeguarding Children Partnership."),
           ("p", "A joint review was held so that the family, and the practitioners who knew them, would be asked to take part only once, and so that the learning about adults and about children would be considered together.")]
    out += paras(100, 3)
    out += [h("B. The joint review process", "methodology"),
            ("p", "The review followed the statutory guidance for domestic homicide reviews and the requirements of Working Together to Safeguard Children for a local child safeguarding practice review. A single independent chair and author was appointed.")]
    out += paras(103, 5)
    out += [h("C. Terms of reference", "methodology", ["introduction"]),
            ("p", "The review considered agency contact with Mrs Varga-Holt, with the perpetrator, referred to as Mr K, and with Child T and his younger sister between January 2021 and the homicide in September 2023.")]
    out += paras(108, 3)
    out += [h("D. The family and their contact with agencies", "background")]
    out += paras(111, 14)
    out += [h("E. Analysis", "findings")]
    for i, t in enumerate(["Asking about domestic abuse", "Assessing risk with the victim", "The children's experience",
                           "Supervision of the perpetrator", "What the community knew"]):
        out += [("h2", "E%d. %s" % (i + 1, t))] + paras(120 + i * 6, 8)
    out += [h("F. Lessons to be learned", "learning"),
            ("p", "The review identified the following lessons for agencies in Carnbrae."),
            ("items", "learning", CB_LESSONS, "ol")]
    out += [h("G. Conclusions", "conclusion")] + paras(160, 3)
    out += [h("H. Recommendations", "recommendations"),
            ("h2", "Recommendations to the Community Safety Partnership"), ("items", "recommendations", CB_CSP, "ol"),
            ("h2", "Recommendations to the Safeguarding Children Partnership"), ("items", "recommendations", CB_SCP, "ol")]
    out += [h("Appendix 1: Combined chronology", "appendix"),
            ("table", ["Date", "Agency", "Contact"], chron(300, 2021, 3, CB_AGENCIES, CB_EVENTS))]
    return out


CARNBRAE = rep(
    "carnbrae-joint-dhr-cspr-child-t.pdf", "chromium_tagged_joint_dhr_cspr_lettered_headings_two_partnerships",
    {"title": "Joint Domestic Homicide Review and Child Safeguarding Practice Review: Child T", "child_name": "Child T",
     "review_type": "domestic_homicide_review", "area": "Carnbrae", "year": 2025,
     "partnership": "Carnbrae Community Safety Partnership",
     "lines": ["Carnbrae Community Safety Partnership and Carnbrae Safeguarding Children Partnership",
               "Joint Domestic Homicide Review and Child Safeguarding Practice Review",
               "Mrs Lena Varga-Holt and Child T", "Overview Report",
               "Independent chair and author: Fionnuala Brennan-Adeyemi", "Published April 2025"]},
    cb_blocks(),
    "Chromium 156, TAGGED, realistic length; joint DHR and CSPR overview report for a Community Safety Partnership and a Safeguarding Children Partnership; headings lettered 'A.' ... 'H.'; 'E1.' ... 'E5.' analysis sub-headings; 'F. Lessons to be learned' numbered; 'H. Recommendations' split under 'Recommendations to the Community Safety Partnership' and 'Recommendations to the Safeguarding Children Partnership' (each numbered from 1); 150-row chronology table")

# ---------------------------------------------------------------- C: Penhallow (WeasyPrint SILP)
PENHALLOW = rep(
    "penhallow-silp-child-r.pdf", "weasyprint_silp_appreciative_inquiry_three_audiences_considerations",
    {"title": "Significant Incident Learning Process: Child R", "child_name": "Child R",
     "review_type": "unknown", "area": "Penhallow", "year": 2024,
     "partnership": "Penhallow Safeguarding Children Partnership",
     "lines": ["Penhallow Safeguarding Children Partnership", "Significant Incident Learning Process (SILP)",
               "Child R", "Lead reviewer: Morwenna Achterberg", "November 2024"]},
    [h("1. Why this review was held", "introduction"),
     ("p", "Child R, aged nine months, was admitted to hospital with a fractured femur in March 2024. The injury was found to be non-accidental. The Penhallow Safeguarding Children Partnership decided that the learning would be best drawn out through a Significant Incident Learning Process, which brings together the practitioners involved to reflect on the case."),
     h("2. The SILP approach", "methodology"),
     ("p", "A SILP is a systems-based review. Agencies write short reports, and the learning is developed with the practitioners at a learning event and a recall event. The approach is appreciative: it looks for what went well as carefully as for what could have been better."),
     ("p", "Eleven practitioners and managers from seven agencies took part. Child R's mother contributed to the review; the father declined."),
     h("3. Summary of the case", "background"),
     ("p", "Child R lived with his mother, aged nineteen, and her partner, who was not his father. The mother had been a child in care. During the pregnancy she was supported by the specialist midwife for young parents, and after the birth by the family nurse partnership."),
     ("p", "When Child R was six months old, his mother's partner moved into the household. This was not known to the family nurse until two months later. A bruise to Child R's ear was seen at a clinic in February 2024 and explained as having been caused by a cot toy."),
     h("4. Appreciative inquiry: what went well", "good_practice"),
     ("items", "good_practice", [
         "The specialist midwife built a trusting relationship with the mother and visited more often than the standard schedule required.",
         "The family nurse recognised the significance of a new adult in the household and raised it in supervision the same week.",
         "Hospital staff followed the protocol for injuries in non-mobile babies without delay and made a referral the same day."], "ul"),
     h("5. Patterns and underlying issues", "findings"),
     ("p", "Three patterns emerged from the learning event. First, agencies learned about the new partner at different times and nobody checked what was known about him. Second, the bruise to the ear was seen by a practitioner who did not know that the protocol applied to any bruise in a non-mobile baby. Third, the mother's own history as a care leaver led practitioners to focus on her needs and to see her as the person to be supported, rather than to ask who else was caring for the baby."),
     ("p", "Underneath these patterns sit two system issues: there is no routine way for universal services to find out who lives in a household, and the bruising protocol is not included in the induction of agency staff who work in clinics."),
     h("6. Learning", "learning"),
     ("h2", "Learning for practitioners"),
     ("items", "learning", [
         "Any bruise on a baby who is not yet mobile needs to be referred under the protocol, whatever explanation is given.",
         "Ask at every contact who is living in the home or regularly caring for the baby, and record the answer."], "ul"),
     ("h2", "Learning for managers"),
     ("items", "learning", [
         "Supervision should test whether the practitioner knows about every adult in the child's household, not only the parent who attends appointments."], "ul"),
     ("h2", "Learning for strategic leaders"),
     ("items", "learning", [
         "The partnership cannot be assured that staff in clinics and agency roles know the bruising protocol unless it is part of every induction.",
         "Support for young parents who were in care needs to keep the baby at the centre even while meeting the parent's own needs."], "ul"),
     h("7. Considerations for the partnership", "recommendations"),
     ("p", "The SILP model does not make formal recommendations. The review asks the partnership to consider the following."),
     ("items", "recommendations", [
         "Whether the protocol for bruising in non-mobile babies should be added to the induction of all staff, including agency and bank staff, who see babies in clinics.",
         "How universal services can be supported to ask about, and record, new adults joining a household with a baby.",
         "Whether the support offered to care leavers who become parents includes a clear focus on the safety of the baby."], "ol"),
     ],
    "WeasyPrint 57.2, untagged; SILP report: 'Appreciative inquiry: what went well' good practice bullets, 'Patterns and underlying issues', learning under three audience sub-headings ('Learning for practitioners', 'for managers', 'for strategic leaders'), 'Considerations for the partnership' as the numbered recommendations after a lead-in saying the model makes no formal recommendations")

# ---------------------------------------------------------------- D: Westerby (ReportLab rapid review)
WESTERBY = rep(
    "westerby-rapid-review-baby-n.pdf", "reportlab_rapid_review_as_published_criteria_national_panel",
    {"title": "Rapid Review: Baby N", "child_name": "Baby N", "review_type": "other", "area": "Westerby", "year": 2025,
     "partnership": "Westerby Safeguarding Children Partnership",
     "lines": ["Westerby Safeguarding Children Partnership", "Rapid Review: Baby N",
               "Published summary of the rapid review", "Completed within 15 working days of notification", "January 2025"]},
    [h("Summary of the incident", "background", ["introduction", "summary"]),
     ("p", "Baby N, aged seven weeks, was taken to hospital by ambulance on 2 December 2024 after her father reported that she had stopped breathing. Scans showed bleeding on the brain and healing rib fractures. The local authority notified the Child Safeguarding Practice Review Panel on 4 December 2024."),
     ("p", "The rapid review meeting was held on 17 December 2024 and was attended by the three safeguarding partners, the hospital trust, the GP practice, the health visiting service and the early help service."),
     h("Immediate safeguarding actions", "other", ["background"]),
     ("p", "Baby N's older brother, aged three, was placed with his maternal grandparents under a safety plan on the day of the admission. A strategy discussion was held on 3 December 2024 and section 47 enquiries began for both children. The police began a criminal investigation."),
     h("Agency involvement", "background"),
     ("p", "The family were known to universal services only. The health visitor completed the new birth visit at eleven days. The GP saw Baby N at six weeks and recorded no concerns. The father had attended the emergency department twice in the previous year with injuries to his hand after punching a wall; these attendances were not shared with the health visitor."),
     h("Is the case likely to meet the criteria for a local child safeguarding practice review?", "other", ["conclusion"]),
     ("p", "The partners agreed that the case meets the criteria for a serious child safeguarding case. They considered whether a local child safeguarding practice review would add to the learning already identified, and agreed that it would not: the learning is clear and is already the subject of national work on non-accidental injury in infants."),
     h("Learning identified", "learning"),
     ("items", "learning", [
         "Information about a parent's attendances at the emergency department for self-inflicted injury is not routinely shared with the health visitor, so the risk posed by a parent's anger is missed.",
         "Fathers and male carers are rarely seen alone by health professionals in the weeks after a birth, and little is known about their coping.",
         "The ICON programme on coping with crying was delivered to the mother in hospital but not to the father."], "ol"),
     h("Good practice", "good_practice"),
     ("items", "good_practice", [
         "The ambulance crew recognised the possibility of non-accidental injury and shared their concerns with the hospital on arrival."], "ol"),
     h("Recommendation to the national panel", "other", ["conclusion", "recommendations"]),
     ("p", "The safeguarding partners recommend to the national panel that a local child safeguarding practice review is not held. The learning identified will be taken forward through the partnership's action plan, and the partners will share the findings with the national panel's work on infants."),
     h("Actions agreed by the partners", "recommendations"),
     ("items", "recommendations", [
         "The hospital trust and the community health provider should agree a process for notifying the health visitor when a parent of a child under one attends the emergency department with a self-inflicted injury.",
         "The partnership should extend the delivery of the coping with crying programme to fathers and male carers, including at the new birth visit."], "ol"),
     ],
    "ReportLab 3.6 platypus, untagged; rapid review published as a summary in the 15-working-day form's headings: 'Immediate safeguarding actions', 'Is the case likely to meet the criteria for a local child safeguarding practice review?', 'Learning identified', 'Recommendation to the national panel' (a decision paragraph), 'Actions agreed by the partners'")

# ---------------------------------------------------------------- E: Kian (groff -me letter)
KIAN = rep(
    "lowmoor-cspr-letter-to-kian.pdf", "groff_me_review_written_to_the_child_first_person",
    {"title": "Child Safeguarding Practice Review: Kian|Child Safeguarding Practice Review: A letter to Kian",
     "child_name": "Kian",
     "review_type": "child_safeguarding_practice_review", "area": "Lowmoor", "year": 2025,
     "partnership": "Lowmoor Safeguarding Children Partnership",
     "lines": ["Lowmoor Safeguarding Children Partnership", "Child Safeguarding Practice Review",
               "A letter to Kian", "Written by the independent reviewer, Tomasz Ellingham, with the review panel",
               "March 2025"]},
    [("p", "Dear Kian,"),
     ("p", "We are the people who were asked to look back at what happened to you, and to find out what the adults who were supposed to help you could have done better. We decided to write this review as a letter to you, because it is your life we are writing about and you told us that reports about you were usually written for everyone except you."),
     h("Why we wrote this review", "introduction"),
     ("p", "When you were twelve you were badly hurt by your stepfather. You spent three weeks in hospital and you now live with your aunt Marisa. The Lowmoor Safeguarding Children Partnership asked us to find out what can be learned, so that other children are kept safer."),
     ("p", "We read the records that your school, your doctor, the police and children's social care kept about you. We talked to the people who worked with you. And we talked to you, twice, at your aunt's house, with your dog Biscuit listening in."),
     h("What happened", "background"),
     ("p", "You told us that things at home got worse after your little sister was born. Your teachers noticed you were coming to school hungry and that you had stopped playing football. Your school made a referral to children's social care in the autumn, and a social worker visited your home. Your stepfather was there, and you told the social worker that everything was fine because you were scared of what would happen if you did not."),
     ("p", "Over the next five months you saw a lot of different adults: two social workers, a school nurse, your doctor and a police officer who came to the house after a neighbour called. You told us that none of them spoke to you on your own for long enough for you to feel safe telling them what was going on."),
     h("What we learned", "learning"),
     ("items", "learning", [
         "We learned that the adults around you did not always see you on your own, and that when they did, it was often at home where you did not feel safe to talk.",
         "We learned that your school noticed the changes in you early, but the information they shared was not put together with what the police and your doctor knew.",
         "We learned that when your stepfather said you were clumsy, people believed him without checking with you or anyone else."], "para"),
     h("What we are going to change", "recommendations"),
     ("p", "You asked us to make sure this does not happen to anyone else. This is what the partnership has promised to do:"),
     ("items", "recommendations", [
         "We will make sure that every child who is visited because of worries about their safety is offered a chance to talk somewhere away from home.",
         "We will ask schools, doctors and the police to share what they know in one meeting when a school is worried about a child.",
         "We will train social workers to check an adult's explanation for a child's injury with the child and with other people who know the family."], "ul"),
     h("What happens now", "conclusion"),
     ("p", "The partnership will check in a year whether these changes have happened, and we have asked them to write to you to tell you what they found. We hope you keep playing football. You told us you are going to be a goalkeeper, and we believe you."),
     ("p", "With our very best wishes,"),
     ("p", "Tomasz Ellingham, independent reviewer, and the members of the review panel"),
     ],
    "groff 1.22 -me -> grops -> ps2pdf, untagged; the whole review written to the child as a letter in the first person ('Dear Kian,'); bold side-headings inside the letter; 'What we learned' as paragraphs opening 'We learned that ...'; 'What we are going to change' as bullets 'We will ...'; signed off")

# ---------------------------------------------------------------- F: Dromore Glen (pdfLaTeX multicol, Roman headings)
DROMORE = rep(
    "dromore-glen-cmr-child-e.pdf", "pdflatex_multicol_two_columns_cmr_roman_headings",
    {"title": "Case Management Review: Child E", "child_name": "Child E", "review_type": "case_management_review",
     "area": "Northern Ireland", "year": 2024,
     "partnership": "Safeguarding Board for Northern Ireland",
     "lines": ["Safeguarding Board for Northern Ireland", "Case Management Review", "Child E",
               "Executive summary and learning", "Case Management Review Panel, Dromore Glen", "September 2024"]},
    [h("I. Introduction", "introduction"),
     ("p", "This Case Management Review was carried out by the Safeguarding Board for Northern Ireland after the death of Child E, aged fifteen, in the Dromore Glen area in November 2023. Child E died by suicide. She had been known to the Health and Social Care Trust's gateway service, to child and adolescent mental health services and to her school."),
     ("p", "The purpose of a Case Management Review is not to apportion blame, but to identify what worked well, what could have been done differently, and the lessons to be learned for the member agencies of the Board."),
     h("II. Terms of reference", "methodology"),
     ("p", "The review panel examined agency involvement with Child E and her family from September 2021. Reports were provided by the Trust, the Education Authority, the Police Service of Northern Ireland, the GP practice and the voluntary youth counselling service."),
     ] + paras(300, 5) + [
     h("III. Summary of agency involvement", "background"),
     ("p", "Child E first disclosed self-harm to a teacher in January 2022. The school's designated teacher referred her to the gateway service, which signposted her to the youth counselling service. She attended four sessions before the service closed her case because she missed two appointments."),
     ("p", "In October 2022 Child E was taken to the emergency department after an overdose. She was seen by the CAMHS crisis team and discharged with a plan for follow-up. The follow-up appointment was sent to an old address. Child E's mother told the review that she did not know about the appointment."),
     ("p", "During 2023 Child E's attendance at school fell. The school made a second referral to the gateway service in June 2023, which was screened as not meeting the threshold because she was known to CAMHS. CAMHS had closed her case after two missed appointments in the spring."),
     ] + paras(305, 12) + [
     h("IV. Analysis", "findings"),
     ("p", "The panel found that each agency acted in line with its own procedures, but that the procedures did not fit together. Missed appointments led to closure in two services at the time Child E was least able to seek help. No agency knew the whole of her history."),
     ("p", "The panel also found good practice. The designated teacher kept in contact with Child E and her mother throughout, and her records were detailed and child-focused."),
     ] + paras(317, 10) + [
     h("V. Lessons to be learned", "learning"),
     ("items", "learning", [
         "A missed appointment by a young person who self-harms should prompt contact, not closure.",
         "Screening decisions that rely on another service being involved need to check that the service is still involved.",
         "Parents need to be told directly about follow-up appointments after a young person attends hospital for self-harm.",
         "Schools often hold the most complete picture of a young person's wellbeing and should be part of decisions to close a case."], "ol"),
     h("VI. Recommendations", "recommendations"),
     ("items", "recommendations", [
         "The Trust should revise its CAMHS and gateway policies so that no case of a young person who has self-harmed is closed because of missed appointments without a discussion with the referrer.",
         "The Trust should ensure that follow-up appointments after an emergency department attendance for self-harm are confirmed with a parent by telephone.",
         "The SBNI should issue regional guidance on involving schools in decisions to close cases of young people at risk of suicide."], "ol"),
     h("VII. Conclusion", "conclusion"),
     ("p", "The panel extends its sympathy to Child E's family. The panel believes that the learning from this review, if acted on, will help agencies to keep young people who self-harm in view when they are most at risk."),
     ],
    "pdfLaTeX (multicol, two columns all through from the first heading, 10 pt Palatino), untagged; NI Case Management Review for the SBNI; headings numbered in Roman numerals 'I.' ... 'VII.'; 'V. Lessons to be learned' numbered; recommendations numbered", body_from=1, columns=True)

# ---------------------------------------------------------------- G: Ellerby Cross (Chromium untagged, sidebar)
ELLERBY = rep(
    "ellerby-cross-lcspr-child-h.pdf", "chromium_untagged_lcspr_recommendations_sidebar_over_two_pages",
    {"title": "Local Child Safeguarding Practice Review: Child H", "child_name": "Child H",
     "review_type": "child_safeguarding_practice_review", "area": "Ellerby Cross", "year": 2025,
     "partnership": "Ellerby Cross Safeguarding Children Partnership",
     "lines": ["Ellerby Cross Safeguarding Children Partnership", "Local Child Safeguarding Practice Review",
               "Child H", "Reviewer: Annika Featherstone-Obi", "February 2025"]},
    [h("1. Introduction", "introduction"),
     ("p", "Child H, aged four, was found to have suffered long-term neglect when she was admitted to hospital with severe tooth decay and malnutrition in May 2024. She had a speech delay and had not been seen by a health professional for eighteen months. She is now living with foster carers and is making good progress."),
     ("p", "The review was commissioned by the Ellerby Cross Safeguarding Children Partnership following a rapid review. It used a hybrid methodology, combining agency reports with a practitioner learning event."),
     h("2. Background", "background"),
     ] + paras(200, 3) + [
     h("3. Findings", "findings"),
     ("items", "recommendations", [
         "The partnership should agree a process for following up children under five who are not brought to two consecutive health appointments.",
         "The health visiting service should make contact with any family who have not been seen at the two-year review within four weeks of the due date.",
         "Early years settings should report to the local authority when a funded two-year-old place is not taken up, so that the family can be offered support.",
         "The partnership should include dental neglect in its multi-agency neglect training and its neglect screening tool.",
         "Children's social care should check with the health visitor and the GP before closing a referral about a child under five.",
         "The partnership should ask the national panel to consider the learning about children who are invisible to services during its work on neglect."], "sidebar", "Recommendations"),
     ("p", "The review identified four findings. Each is set out below, with the recommendations that follow from them brought together in the box beside the text."),
     ("h2", "Finding 1: Children who are not brought to appointments"),
     ] + paras(203, 3) + [
     ("h2", "Finding 2: The two-year review"),
     ] + paras(206, 3) + [
     ("h2", "Finding 3: Dental neglect"),
     ] + paras(209, 3) + [
     ("h2", "Finding 4: Closing referrals"),
     ] + paras(212, 3) + [
     h("4. Learning", "learning"),
     ("items", "learning", [
         "A child who is not brought to health appointments is a child whose needs may be neglected, and each missed appointment should be seen from the child's point of view.",
         "Children under five who are not in early years provision may not be seen by any professional for long periods.",
         "Severe tooth decay in a young child is a sign of neglect and should be treated as a safeguarding concern."], "ol"),
     h("5. Conclusion", "conclusion"),
     ("p", "Child H was invisible to services for most of the eighteen months before her admission. The recommendations in this report aim to make sure that children like her are noticed sooner."),
     ],
    "Chromium 156, untagged (--disable-pdf-tagging); LCSPR whose six recommendations stand in a shaded, bordered sidebar box floated right beside the findings text and running over two pages; 'Finding N:' sub-headings; learning numbered after the findings",
    columns=True)

# ---------------------------------------------------------------- H: Silverdale Wold (XeLaTeX, responses, endnotes)
SW_FINDINGS = [
    ("A hidden adult",
     ["Agencies should ask about, and record, every adult who lives in or regularly visits a household where a baby lives.",
      "The health visiting service should include a question about new partners in its contacts at three, six and twelve months."],
     ["Accepted; lead: Silverdale Wold Safeguarding Children Partnership business manager; by December 2025.",
      "Accepted; lead: Head of Health Visiting, Wold Community Health Trust; by September 2025."]),
    ("Thresholds and step-down",
     ["Children's social care should ensure that a step-down from child in need to early help includes a meeting with the family and the early help worker.",
      "The partnership should audit a sample of step-down decisions within six months of this report."],
     ["Accepted; lead: Director of Children's Services; by October 2025.",
      "Accepted in part; the audit will be combined with the partnership's annual thresholds audit; lead: Quality Assurance Subgroup chair."]),
    ("Information sharing with adult services",
     ["Adult mental health services should ask at assessment whether the person cares for or lives with children, and share relevant information with children's services.",
      "The partnership should confirm that its information-sharing guidance covers adult substance misuse services."],
     ["Accepted; lead: Associate Director of Nursing, Wold Mental Health Trust; by January 2026.",
      "Accepted; lead: Partnership business manager; by July 2025."]),
]


def sw_blocks():
    out = [h("A. Introduction", "introduction"),
           ("p", "This review concerns Child M, aged eleven months, who suffered a serious head injury in October 2024 while in the care of her mother's partner.[[en:The partner has since been charged with causing grievous bodily harm with intent.]] The Silverdale Wold Safeguarding Children Partnership commissioned a local child safeguarding practice review in January 2025."),
           h("B. Methodology", "methodology"),
           ("p", "The review used a proportionate, practitioner-led approach. Agencies provided chronologies and reflective reports, and a learning event was held in March 2025.[[en:Eighteen practitioners from eight agencies attended the learning event.]] Child M's mother and maternal grandmother contributed to the review."),
           h("C. Background", "background"),
           ("p", "Child M lived with her mother and, from the summer of 2024, her mother's new partner. The family had received a child in need service after the mother's previous partner was convicted of assault. The case was stepped down to early help in May 2024.[[en:The step-down was agreed at a child in need review meeting which the early help worker did not attend.]]"),
           ("p", "The partner was known to adult mental health services and to the substance misuse service. Neither service knew that he was living with a baby."),
           h("D. Findings and recommendations", "findings", ["recommendations"])]
    for i, (title, recs, resp) in enumerate(SW_FINDINGS):
        out += [("h2", "Finding %d: %s" % (i + 1, title))] + paras(230 + i * 3, 2)
        out += [("items", "recommendations", recs, "resp", resp)]
    out += [h("E. Learning", "learning"),
            ("items", "learning", [
                "The adults who care for a baby are not always the adults who come to appointments, and practitioners need to ask who else is there.",
                "A step-down is a point of risk: support can fall away just when a family's circumstances change.",
                "Adult services hold information that children's services need, and they will only share it if they ask whether children are in the household."], "ul"),
            h("F. Conclusion", "conclusion"),
            ("p", "Child M's injuries were caused by an adult whose presence in her life was not known to the agencies working with her family. The partnership has accepted the recommendations of this review and will report on progress in its annual report.[[en:Silverdale Wold Safeguarding Children Partnership, Annual Report 2025-26 (forthcoming).]]"),
            h("Endnotes", "other", ["appendix"]), ("endnotes",)]
    return out


SILVERDALE = rep(
    "silverdale-wold-lcspr-child-m.pdf", "xelatex_lcspr_recommendations_with_italic_responses_endnotes",
    {"title": "Local Child Safeguarding Practice Review: Child M", "child_name": "Child M",
     "review_type": "child_safeguarding_practice_review", "area": "Silverdale Wold", "year": 2025,
     "partnership": "Silverdale Wold Safeguarding Children Partnership",
     "lines": ["Silverdale Wold Safeguarding Children Partnership", "Local Child Safeguarding Practice Review",
               "Child M", "Independent reviewer: Priyanka Holloway-Stein", "July 2025"]},
    sw_blocks(),
    "XeLaTeX (article, Liberation Serif / Sans via fontspec), untagged; headings lettered 'A.' ... 'F.'; 'D. Findings and recommendations' with 'Finding N:' sub-headings, each followed by its recommendations as bullets, each bullet followed by the partnership's italic response paragraph ('Response: Accepted; lead: ...'); endnotes (endnotes package) collected under 'Endnotes' at the end",
    body_from=1)

REPORTS = [HARROWGATE, CARNBRAE, PENHALLOW, WESTERBY, KIAN, DROMORE, ELLERBY, SILVERDALE]
