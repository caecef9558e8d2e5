"""Batch 59 (issue 9, a fresh held-out batch written before it was first run): eight invented OLDER SERIOUS CASE REVIEWS
(the LSCB era of 'Working Together' 2006-2015, published 2009-2017) and the apparatus of long reports:
- Ashmere (python-docx -> LibreOffice, untagged, realistic length): an LSCB 'Overview Report' whose paragraphs are
  numbered 1.1 ... 12.4 all through the text; 'Terms of Reference', 'Individual Management Reviews' (a table of the
  agencies that wrote one), 'Lessons Learned' and 'Recommendations' as numbered paragraphs inside their sections, a
  lead-in paragraph first; a contents list with dot leaders and page numbers over two pages; cross references ('see
  paragraph 6.12'); a glossary of abbreviations as a two-column table in an appendix;
- Ashmere (Chromium, TAGGED): the same review's separate 'Executive Summary', which REPEATS the overview's lessons and
  recommendations word for word (as a bulleted and a numbered list);
- Kestrelford (pdfLaTeX report, untagged, realistic length): contents with dot leaders over two pages; a glossary of
  abbreviations as a two-column table before the first chapter; footnotes citing guidance; 'Key lines of enquiry'
  as questions answered one by one (each question a bold paragraph, its answer after it); 'Lesson 1' ... 'Lesson 7'
  paragraphs with a bold run-in title; the recommendations ONLY in a landscape action plan appendix (Recommendation |
  Action | Lead | By when | RAG), a recommendation's second action on a row of its own with the first cell empty; a
  chronology appendix table running over several pages;
- Hollinbury (WeasyPrint, untagged): an SCR overview whose 'Key lines of enquiry' section puts each question as a
  bold paragraph answered below; lessons and recommendations as numbered paragraphs; CSS footnotes citing guidance;
- Pelsworth (groff -ms, untagged): a 2009 SCR executive summary with the IMRs listed; recommendations 'for the LSCB'
  numbered and 'single agency recommendations' under a bold agency line each;
- Thrushcombe (ReportLab platypus, untagged): a 2015 SCR with a glossary table up front, numbered recommendations and
  a landscape action plan appendix with coloured RAG cells that REPEATS the recommendations (no items there);
- Marrick Dale (pandoc markdown -> pdfLaTeX, untagged): learning as 'Lesson 1' ... 'Lesson 7' with bold run-in
  titles; pandoc footnotes citing guidance; cross references to paragraphs;
- Ovenden Cross (wkhtmltopdf, untagged): a 2010 SCR executive summary; 'Lessons Learned' as a lettered list (a) ...,
  recommendations in a 'No. | Recommendation | Agency' table.

Every child, family, area, board, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept]) a section heading (in the truth); ("h2", text) a sub-heading, NO section;
("p", text) a paragraph (numbered N.M by the renderer when the report has "paranum"), footnotes inside as
'[[fn:text]]' (the truth never holds a paragraph); ("items", type, [texts], style[, labels]) entries that are items of
the type, style 'ol' numbered, 'ul' bullets, 'para' numbered paragraphs continuing the section's numbering, 'alpha'
(a) (b) ..., 'runin' a bold label and the entry's first sentence in bold run in ('Lesson 1: Title. Text'), 'rtable'
rows of a 'No. | Recommendation | Agency' table (labels = agencies), 'agency' bullets under bold agency lines (labels
= the agency of each entry, printed when it changes); ("q", question, [answers]) a key line of enquiry: the question
in bold, its answer paragraphs (no items); ("glossary", rows) a two-column abbreviations table (no items); ("table",
header, rows) a table (no items); ("chron", rows) a chronology table (no items); ("plan", rows, items) a landscape
action plan (Recommendation | Action | Lead | By when | RAG): when items is True the Recommendation cells are the
recommendation items (rows with an empty first cell continue the one above); ("toc",) the contents list (no section,
no items); ("break",) a page break. Test-fixture tooling only.

Truth conventions of this batch: the contents list is no section and its lines no items; a lead-in paragraph before
numbered lessons or recommendations ('The review has identified the following lessons.') is no item; a paragraph's
own number (9.3) and a 'Lesson N:' label are not part of the item text, the bold run-in title is; footnotes give
nothing; the glossary is a section (`appendix`, accepting `other`); KLOE questions and their answers give no items;
an action plan that REPEATS recommendations already stated in the body gives no items (each recommendation is
counted once, where the report first states it); an action plan that is the ONLY place the recommendations are
stated gives them as items in its section; a separate executive summary is its own report: the lessons and
recommendations it repeats from the overview are items of the executive summary too (each document's truth holds
what a reader of that document finds).
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


# Sentences in the register of LSCB-era serious case reviews (invented; none copied from a review). Paragraphs of the
# long reports are drawn from these by index so that no paragraph repeats word for word.
POOL = [
    "The IMR author noted that the health visitor's records for this period were detailed and well kept.",
    "There is no evidence that the concerns raised by the school were considered alongside the earlier referral.",
    "Children's social care records show that the case was allocated to a newly qualified social worker.",
    "The panel was told that the team was carrying a number of vacant posts at the time.",
    "Mother told the GP that she was coping well, and this account was accepted without further enquiry.",
    "The police domestic abuse risk assessment was completed and graded as medium risk.",
    "No agency had a full picture of who was living in the household.",
    "The IMR acknowledges that supervision during this period focused on tasks rather than on analysis.",
    "The overview author has had access to all the IMRs and to the chronologies submitted by each agency.",
    "The child's attendance at the children's centre was irregular and the reasons were not followed up.",
    "The referral was screened within the required timescale and a decision made that no further action was needed.",
    "The review panel considered that an initial assessment should have been completed at this point.",
    "Father had a history of violence in a previous relationship that was known to the police but not to health.",
    "The school nurse saw the child on two occasions and recorded that she appeared well cared for.",
    "A strategy discussion was held by telephone between the police and children's social care.",
    "The health visitor made three attempts to visit before the family was seen at home.",
    "Records do not show whether the children were seen alone during the home visits.",
    "The family were known to the housing association because of complaints about noise.",
    "The IMR author interviewed the staff involved and their accounts have informed this report.",
    "At the time, local procedures required a core assessment to be completed within 35 working days.",
    "The panel found that agencies worked hard to engage the mother, but the father remained largely invisible.",
    "The maternal grandmother contacted children's social care to express her worries about the children.",
    "The case conference decided that the children should become subject to child protection plans under the category of neglect.",
    "Core group meetings were held, although not every agency was able to attend.",
    "The emergency department recorded that the child had a bruise to the forehead, explained as a fall.",
    "The overview author has been careful to avoid hindsight bias in reaching these conclusions.",
    "There was a tendency to focus on the needs of the adults rather than the experience of the children.",
    "The LSCB's multi-agency procedures on neglect were being revised during the period under review.",
    "The GP surgery did not receive a copy of the child protection plan.",
    "Workers described the mother as difficult to engage and often hostile to professionals.",
    "Drug use by both parents was known to the substance misuse service but not shared with the school.",
    "The child protection plan was ended after nine months because progress was considered sufficient.",
    "The review found little evidence that the impact of the parents' difficulties on the children was assessed.",
    "The children's centre offered a place on a parenting course, which the mother attended twice.",
    "The management review by the police identified that officers attending the incident did not ask about the children.",
    "It was not clear from the records who was responsible for coordinating the plan after it was stepped down.",
    "The overview panel met on six occasions between September 2012 and November 2013.",
    "The family did not take part in the review, although they were invited to do so.",
    "Information about the father's previous convictions was not requested by children's social care.",
    "Practitioners told the review that the case did not feel unusual at the time.",
    "The health IMR notes that the named nurse for safeguarding was not consulted.",
    "Agency records describe the home as cluttered but adequate for the children's needs.",
    "The thresholds document in use at the time was not well understood by staff in universal services.",
    "There were three changes of social worker in the eleven months before the incident.",
    "The panel agreed that the children's voices were rarely recorded in the agencies' notes.",
    "Each agency's chronology was merged into a single integrated chronology for the panel.",
    "The nursery reported that the child was often collected late and sometimes by adults who were not known to staff.",
    "The review has not found that any single action by a practitioner would have prevented the harm that occurred.",
    "The panel has considered whether the findings of earlier local reviews were reflected in practice.",
    "The IMR recommendations have been accepted by each agency and are being monitored by the LSCB.",
    "Professionals were too ready to accept the parents' explanations of missed appointments.",
    "The children were not registered with a dentist, and this was not noticed by any agency.",
    "The police recorded four domestic incidents at the address over eighteen months.",
    "Midwifery services identified the mother as vulnerable during her pregnancy and referred her to the specialist team.",
    "The assessment that followed was thorough in describing the parents' history but brief in its analysis.",
    "The review panel thanks the practitioners who contributed openly to the review.",
    "The serious case review was commissioned by the chair of the LSCB on the recommendation of the serious case review sub-committee.",
    "Agencies were asked to provide a chronology of their involvement and an individual management review.",
    "The practitioners' event was held in June 2013 and was attended by twenty-four staff.",
    "Communication between the GP and the health visitor relied on a quarterly liaison meeting.",
]


def para(k, n=4):
    m = len(POOL)
    idx, step = [], [1, 7, 13, 19, 29][: n]
    for j, s in enumerate(step):
        i = (k * s + j * 11 + k // m) % m
        while i in idx:
            i = (i + 1) % m
        idx.append(i)
    return " ".join(POOL[i] for i in idx)


def paras(start, count, n=4):
    return [("p", para(start + i, n)) for i in range(count)]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AGENCIES = ["Health visiting", "GP practice", "Police", "Children's social care", "Primary school", "Midwifery",
            "Housing association", "Emergency department", "Children's centre", "Substance misuse service"]
EVENTS = ["Home visit; Child F and her brother seen with their mother in the kitchen.",
          "Appointment not attended; a further appointment offered by letter.",
          "Mother telephoned asking for help with rent arrears.",
          "Referral received from the school about a bruise on Child L's arm.",
          "Strategy discussion by telephone; decision to carry out a section 47 enquiry.",
          "Attendance officer visited; mother said Child L had been unwell with a cough.",
          "Police called to a verbal dispute at the address; no offences disclosed.",
          "Child seen for a developmental review; weight below the 9th centile.",
          "Case discussed in supervision; plan to continue with the current support.",
          "Core group meeting held; father did not attend.",
          "Referral to the family support service closed after no response to two letters.",
          "Child L brought to the emergency department with a head injury; explanation a fall from a sofa.",
          "Initial child protection conference; children made subject to plans under neglect.",
          "Review child protection conference; plans continued.",
          "Housing officer visited about repairs; noted that the children's bedroom had no bed linen.",
          "Mother attended the GP reporting low mood; prescribed medication.",
          "Nursery recorded that Child L arrived hungry and without a coat."]


def chron(rows, year0, seed):
    out = []
    for i in range(rows):
        m = (seed + i * 5) % 12
        y = year0 + (i * 5 + seed) // 12 // 2
        out.append(("%02d/%02d/%d" % (1 + (i * 7 + seed) % 28, m + 1, y), AGENCIES[(i * 3 + seed) % len(AGENCIES)],
                    EVENTS[(i * 7 + seed) % len(EVENTS)]))
    return out


# ---------------------------------------------------------------- A: Ashmere overview (docx -> LibreOffice, ~30 p)
ASH_LESSONS = [
    "Practitioners need to see and speak to children on their own, and to record what the child says and how the child presents, if the child's experience is to inform the assessment.",
    "Information held by adult services about a parent's mental health or substance misuse must be shared with those assessing the needs of the children in the household.",
    "Fathers and other men in the household must be identified, engaged and assessed; a plan that depends on a mother alone cannot protect children from a man who is not known to the agencies.",
    "When a family repeatedly misses appointments, practitioners should treat the pattern as a possible indicator of neglect and not only as a problem of engagement.",
    "Ending a child protection plan requires evidence of sustained change in the care the children receive, not only the parents' cooperation with the plan.",
    "Managers and supervisors should test the analysis in assessments and ask what life is like for the child, rather than checking that tasks have been completed.",
]
ASH_RECS = [
    "The LSCB should seek assurance from all agencies that children subject to child protection plans are seen alone at every statutory visit, and that their views are recorded.",
    "The LSCB should review its multi-agency neglect procedures so that missed appointments across agencies are brought together and considered as a whole.",
    "Children's social care should ensure that every assessment identifies all adults living in or regularly visiting the household and records checks made about them.",
    "Ashmere Primary Care Trust and the GP practices should ensure that GPs receive child protection plans and minutes of conferences for children registered with them.",
    "The LSCB should commission multi-agency training on working with fathers and with parents who are hostile or resistant to professionals.",
    "Children's social care should review its arrangements for stepping down a child protection plan so that the child in need plan that follows names a lead professional and a review date.",
    "The police should ensure that officers attending domestic incidents record the names, ages and presentation of all children in the household.",
    "The LSCB should evaluate the impact of these recommendations through a multi-agency audit within twelve months of the publication of this report.",
]
ASH_GOOD = [
    "The school's designated teacher kept a careful record of each concern and referred promptly when the bruise was seen.",
    "The midwife identified the mother's vulnerability early in the pregnancy and ensured a specialist referral was made.",
    "The emergency department followed the LSCB's procedure for injuries in pre-mobile and young children and made a referral the same day.",
]
ASH_GLOSS = [("A&E", "Accident and Emergency department"), ("CAF", "Common Assessment Framework"),
             ("CP", "Child Protection"), ("CSC", "Children's Social Care"), ("DV", "Domestic Violence"),
             ("GP", "General Practitioner"), ("HV", "Health Visitor"), ("IMR", "Individual Management Review"),
             ("LSCB", "Local Safeguarding Children Board"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
             ("PCT", "Primary Care Trust"), ("SCR", "Serious Case Review"), ("SMS", "Substance Misuse Service")]
ASH_IMRS = [("Ashmere Children's Social Care", "Service manager, safeguarding"),
            ("Ashmere Police", "Detective inspector, review unit"),
            ("Ashmere Primary Care Trust (health visiting, school nursing, GPs)", "Named nurse for safeguarding"),
            ("Ashmere Hospitals NHS Foundation Trust", "Named doctor for safeguarding"),
            ("Ashmere Primary School", "Head teacher of another school"),
            ("Ashmere Homes", "Tenancy services manager"),
            ("Ashmere Drug and Alcohol Service", "Clinical lead")]

ASHMERE = rep(
    "ashmere-lscb-scr-child-f-overview-report.pdf", "python-docx_libreoffice_lscb_overview_numbered_paragraphs",
    {"title": "Serious Case Review: Child F - Overview Report", "child_name": "Child F",
     "review_type": "serious_case_review", "area": "Ashmere", "year": 2014,
     "partnership": "Ashmere Local Safeguarding Children Board",
     "lines": ["Ashmere Local Safeguarding Children Board", "SERIOUS CASE REVIEW", "Child F", "Overview Report",
               "Independent overview author: Margaret Okonjo-Hale", "March 2014"]},
    [("toc",),
     h("1. Introduction", "introduction"),
     ("p", "This serious case review was commissioned by Ashmere Local Safeguarding Children Board (LSCB) following serious injuries to Child F, aged three, in October 2012. Child F's injuries were found to be non-accidental. Her mother's partner was later convicted of causing grievous bodily harm."),
     ("p", "Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 requires an LSCB to undertake reviews of serious cases in accordance with the procedures set out in chapter 8 of Working Together to Safeguard Children (2010). The criteria were met in this case because abuse was known or suspected and Child F sustained a potentially life threatening injury."),
     ("p", "The purpose of a serious case review is to establish whether there are lessons to be learned about the way in which local professionals and organisations work together to safeguard children, to identify what those lessons are, and to improve inter-agency working."),
     ("p", "This overview report brings together the findings of the individual management reviews (IMRs) and other information provided to the review panel. An executive summary of the report has been published separately."),
     ] + paras(0, 5, 5) + [
     h("2. Terms of Reference", "methodology", ["other", "introduction"]),
     ("p", "The terms of reference were agreed by the serious case review panel at its first meeting on 12 December 2012. The review covers the period from 1 March 2010, when the mother first became known to midwifery services during her pregnancy with Child F's brother, to 14 October 2012."),
     ("h2", "Scope of the review"),
     ("p", "Each agency was asked to address the following questions in its individual management review: whether the agency had policies and procedures in place and whether they were followed; whether practitioners were alert to the needs and welfare of the children; whether the views of the children were sought and recorded; and whether information was shared appropriately with other agencies."),
     ("h2", "Diversity and organisational context"),
     ("p", "The panel also asked each agency to consider whether its practice was influenced by the family's ethnic, cultural, linguistic or religious identity, and whether organisational difficulties, such as staffing or workload, affected the service provided."),
     ] + paras(9, 5, 5) + [
     h("3. The Review Process", "methodology"),
     ("h2", "The review panel"),
     ("p", "The review panel was chaired by the independent chair of the LSCB and comprised senior managers from each agency who had no direct involvement with the family. The panel was supported by the LSCB business manager and a legal adviser."),
     ] + paras(18, 9, 5) + [
     h("4. Individual Management Reviews", "methodology", ["other"]),
     ("p", "Individual management reviews were requested from the agencies listed below. Each IMR author was independent of the line management of the practitioners involved. The IMRs were quality assured by the panel and returned to three agencies for further work."),
     ("table", ["Agency", "IMR author"], ASH_IMRS),
     ("h2", "Other reports"),
     ("p", "In addition, reports were requested from the housing association and from the nursery attended by Child F's brother, as these agencies had more limited involvement."),
     ] + paras(30, 7, 5) + [
     h("5. Family Background", "background"),
     ("p", "Child F lived with her mother, her younger brother and, for most of the period under review, her mother's partner, referred to in this report as Mr B. Child F's father had no contact with her. The family is white British."),
     ] + paras(39, 9, 5) + [
     h("6. Summary of Key Events", "background", ["findings"]),
     ("h2", "March 2010 to February 2011: pregnancy and birth of Child F's brother"),
     ] + paras(51, 11, 5) + [
     ("h2", "March 2011 to December 2011: referrals from the school and the police"),
     ] + paras(66, 11, 5) + [
     ("h2", "January 2012 to October 2012: the child protection plan and its ending"),
     ] + paras(81, 13, 5) + [
     ("h2", "The injury"),
     ("p", "On 14 October 2012 Child F was brought to the emergency department by ambulance with a head injury. A skeletal survey found older fractures of different ages. The explanations given by the adults did not account for the injuries, and a section 47 enquiry began the same day."),
     # truth correction after the first run: the family's views accept methodology (batch19, batch25)
     h("7. The Views of the Family", "other", ["background", "methodology"]),
     ("p", "The mother and the maternal grandmother were invited to contribute to the review. The grandmother met the overview author and the panel chair in August 2013. The mother declined to take part while criminal proceedings were under way."),
     ] + paras(99, 5, 5) + [
     h("8. Analysis", "findings"),
     ("p", "This section considers the key practice episodes against the terms of reference. The events referred to are summarised in section 6 and the paragraph numbers are given where they help the reader."),
     ("h2", "Seeing and hearing Child F"),
     ("p", "Child F was seen on many occasions by many practitioners, but she was almost always seen with her mother or Mr B present (see paragraph 6.12). None of the records of the statutory visits describes a conversation with Child F on her own, and the IMR for children's social care accepts that this should have happened."),
     ] + paras(105, 9, 5) + [
     ("h2", "Sharing information about the adults"),
     ("p", "The substance misuse service knew that Mr B was using heroin and had been violent to a previous partner (see paragraph 6.7). This information was not shared with the conference, and the assessment of risk in the household was made without it."),
     ] + paras(117, 9, 5) + [
     ("h2", "Ending the child protection plan"),
     ("p", "The decision to end the plan in June 2012 was based on the mother's improved cooperation and on school attendance (see paragraphs 6.14 and 6.15). The review conference did not have reports from the GP or the drug and alcohol service, and Mr B had not been assessed."),
     ] + paras(129, 9, 5) + [
     ("h2", "Organisational context"),
     ] + paras(141, 9, 5) + [
     h("9. Lessons Learned", "learning"),
     ("p", "The review has identified the following lessons for agencies in Ashmere. They are drawn from the analysis in section 8."),
     ("items", "learning", ASH_LESSONS, "para"),
     h("10. Good Practice", "good_practice"),
     ("p", "The review also found examples of good practice, which should be acknowledged."),
     # truth correction after the first run (documented convention, 2f89998f: good practice told in numbered prose
     # paragraphs is description, no items, as the shared corpus truth has it); the PDF is unchanged
     ] + ps(ASH_GOOD) + [
     h("11. Conclusions", "conclusion"),
     ("p", "The overview author has considered whether the injuries to Child F were predictable or preventable. The review has concluded that they were not predictable on the information available to any single agency, but that if the information held across agencies had been brought together, the risk posed by Mr B would have been better understood (see paragraph 8.9)."),
     ] + paras(153, 7, 5) + [
     h("12. Recommendations", "recommendations"),
     ("p", "The overview author makes the following recommendations to Ashmere LSCB. The single agency recommendations made in the IMRs are set out in the action plan, which is published separately."),
     ("items", "recommendations", ASH_RECS, "para"),
     ("break",),
     h("Appendix 1: Glossary", "appendix", ["other"]),
     ("glossary", ASH_GLOSS),
     ],
    "python-docx 0.8 -> LibreOffice 7.4, untagged, realistic length; LSCB overview report of the Working Together 2010 era; every paragraph numbered N.M in the text (1.1 ... 12.9); contents list with dot leaders and page numbers over two pages; 'Terms of Reference', 'Individual Management Reviews' (IMR table), 'Lessons Learned', 'Good Practice', 'Recommendations' as numbered paragraphs after a lead-in; cross references 'see paragraph 6.12'; glossary of abbreviations as a two-column table in an appendix",
    paranum=True, body_from=4)

# ---------------------------------------------------------------- B: Ashmere executive summary (Chromium, tagged)
ASHMERE_ES = rep(
    "ashmere-lscb-scr-child-f-executive-summary.pdf", "chromium_tagged_lscb_executive_summary_repeats_overview",
    {"title": "Serious Case Review: Child F - Executive Summary", "child_name": "Child F",
     "review_type": "serious_case_review", "area": "Ashmere", "year": 2014,
     "partnership": "Ashmere Local Safeguarding Children Board",
     "lines": ["Ashmere Local Safeguarding Children Board", "Serious Case Review", "Child F", "Executive Summary",
               "Independent overview author: Margaret Okonjo-Hale", "March 2014"]},
    [h("1. Introduction", "introduction"),
     ("p", "Ashmere Local Safeguarding Children Board (LSCB) commissioned a serious case review after Child F, aged three, suffered serious non-accidental injuries in October 2012. This executive summary accompanies the overview report and should be read with it."),
     ("p", "The review examined the involvement of agencies with Child F, her brother, her mother and her mother's partner from March 2010 to October 2012. Individual management reviews were provided by seven agencies."),
     h("2. Summary of the Case", "background"),
     ] + paras(60, 3) + [
     h("3. Key Findings", "findings"),
     ("p", "Child F was rarely seen alone and her own experience was not at the centre of the work with the family. Information about Mr B held by the substance misuse service and the police was not shared. The child protection plan was ended without evidence that the children's care had changed."),
     ] + paras(63, 2) + [
     h("4. Lessons Learned", "learning"),
     ("p", "The overview report identifies these lessons:"),
     ("items", "learning", ASH_LESSONS, "ul"),
     h("5. Recommendations", "recommendations"),
     ("p", "The recommendations of the overview report are repeated here in full:"),
     ("items", "recommendations", ASH_RECS, "ol"),
     h("6. Conclusion", "conclusion"),
     ("p", "The LSCB has accepted all the recommendations and each agency has an action plan. Progress will be reported to the Board every six months until the actions are complete."),
     ],
    "Chromium 156, tagged; the separate executive summary of the Ashmere overview report: numbered headings, the overview's lessons repeated word for word as bullets and its recommendations as a numbered list",
    body_from=2)

# ---------------------------------------------------------------- C: Kestrelford (pdfLaTeX, ~28 p)
KES_LESSONS = [
    ("Seeing the child alone.", "Child L was seen at home on many occasions, but always in the presence of an adult; practitioners must create opportunities to speak to children alone and in a place where they feel safe."),
    ("The whole household.", "Assessments considered the mother's capacity to care for Child L but did not identify the adults who came and went; every assessment should establish who lives in or visits the home."),
    ("Neglect seen over time.", "Each concern about Child L's care was responded to on its own; the cumulative effect of neglect can only be seen when concerns are brought together over time."),
    ("Disguised compliance.", "The mother's agreement with every plan was taken as evidence of change; practitioners should test what actually changes for the child rather than relying on the parent's stated intentions."),
    ("Escalation.", "Two practitioners disagreed with the decision to close the case but did not use the escalation procedure; professional challenge should be expected and supported by managers."),
    ("Health information.", "The GP knew of the mother's relapse into alcohol misuse but this was not shared with the core group; health information about parents must reach those who plan for the child."),
    ("Transfer between areas.", "When the family moved from a neighbouring authority, the records that followed were a summary and not the full history; receiving agencies should request and read the full records."),
]
KES_PLAN = [
    ("1. Kestrelford SCB should seek assurance that children subject to child protection and child in need plans are seen alone, and that what they say is recorded.",
     "Audit of 40 case files across agencies", "SCB quality assurance sub-group", "June 2017", "Amber"),
    ("", "Single agency supervision templates to include 'has the child been seen alone?'", "All agencies", "March 2017", "Green"),
    ("2. Children's social care should ensure that assessments identify every adult in the household and record the checks made on each.",
     "Revise the assessment template and guidance", "Head of service, children's social care", "April 2017", "Green"),
    ("3. The SCB should revise its neglect strategy so that concerns from all agencies are brought together, using the Graded Care Profile.",
     "Relaunch the neglect strategy and toolkit", "SCB neglect sub-group", "September 2017", "Amber"),
    ("", "Multi-agency training on the Graded Care Profile", "SCB training officer", "December 2017", "Red"),
    ("4. All agencies should promote the SCB escalation procedure and report its use to the Board.",
     "Annual report of escalations to the Board", "SCB business manager", "January 2018", "Green"),
    ("5. Kestrelford Clinical Commissioning Group should ensure that GPs share information about parental substance misuse with child protection conferences and core groups.",
     "GP safeguarding leads' network to agree a template report", "Designated nurse, CCG", "May 2017", "Amber"),
    ("6. The SCB should agree with neighbouring boards a protocol for the transfer of full records when families with children on plans move between areas.",
     "Draft a cross-border transfer protocol", "SCB independent chair", "October 2017", "Red"),
]
KES_GLOSS = [("CAF", "Common Assessment Framework"), ("CCG", "Clinical Commissioning Group"),
             ("CIN", "Child in Need"), ("CP", "Child Protection"), ("CSC", "Children's Social Care"),
             ("ED", "Emergency Department"), ("GCP2", "Graded Care Profile 2"), ("HV", "Health Visitor"),
             ("IRO", "Independent Reviewing Officer"), ("KLOE", "Key Line of Enquiry"),
             ("MASH", "Multi-Agency Safeguarding Hub"), ("SCB", "Safeguarding Children Board"),
             ("SCR", "Serious Case Review"), ("S47", "Enquiry under section 47 of the Children Act 1989")]
KES_KLOE = [
    ("How well did agencies understand the daily lived experience of Child L?",
     [para(70, 4), "The health visitor's records are the clearest account of Child L's day-to-day life, describing his speech, his play and how he responded to his mother.[[fn:HM Government (2015) Working Together to Safeguard Children, chapter 1, paragraph 10, on a child-centred approach.]]", para(71, 4)]),
    ("Were the risks posed by the adults in the household identified and assessed?",
     [para(72, 4), para(73, 4), "The panel considered whether the mother's partner should have been the subject of a separate assessment.[[fn:Department for Education (2015) Working Together to Safeguard Children, paragraph 42, on the assessment of all adults in the household.]]"]),
    ("How effective was information sharing between agencies, including across the local authority boundary?",
     [para(74, 4), para(75, 4), para(76, 4)]),
    ("Was the decision to step the case down from a child protection plan to a child in need plan soundly based?",
     [para(77, 4), "The review conference minutes record progress on every action but say little about the quality of Child L's care.[[fn:Ofsted (2014) In the child's time: professional responses to neglect, page 18.]]", para(78, 4)]),
    ("Did organisational factors, including staffing, workload and supervision, affect practice?",
     [para(79, 4), para(80, 4)]),
    ("Were there examples of good practice?",
     [para(81, 4), "The school's designated safeguarding lead kept a chronology of concerns which was shared at every core group meeting."]),
]


def kes_blocks():
    b = [("toc",),
         h("Glossary of abbreviations", "appendix", ["other"]),
         ("glossary", KES_GLOSS),
         h("1. Introduction", "introduction"),
         ("p", "This serious case review was commissioned by the independent chair of Kestrelford Safeguarding Children Board (SCB) in March 2015 following the death of Child L, aged four.[[fn:Local Safeguarding Children Boards Regulations 2006, regulation 5(2).]] The criteria for a serious case review were met because abuse or neglect was suspected and the child died."),
         ] + paras(180, 4, 5) + [
         ("h2", "Why this review was undertaken"),
         ] + paras(186, 3, 5) + [
         h("2. Terms of reference and key lines of enquiry", "methodology"),
         ("p", "The review covers the period from January 2013, when the family moved to Kestrelford, to Child L's death in February 2015. The panel agreed six key lines of enquiry, which are answered one by one in section 5."),
         ] + paras(190, 3, 5) + [
         h("3. Methodology", "methodology"),
         ("p", "The review used a systems approach in line with the guidance current at the time.[[fn:HM Government (2015) Working Together to Safeguard Children, chapter 4, paragraphs 11 to 17, on the learning and improvement framework.]] Agencies provided chronologies and reports, and practitioners contributed at two learning events."),
         ] + paras(194, 4, 5) + [
         ("h2", "Involvement of the family"),
         ] + paras(200, 3, 5) + [
         h("4. Background", "background"),
         ] + paras(204, 5, 5) + [
         ("h2", "The family's move to Kestrelford"),
         ] + paras(212, 5, 5) + [
         ("h2", "The child protection plan"),
         ] + paras(220, 5, 5) + [
         ("h2", "Step-down to a child in need plan"),
         ] + paras(228, 5, 5) + [
         ("h2", "The final months"),
         ] + paras(236, 5, 5) + [
         h("5. Analysis: the key lines of enquiry", "findings"),
         ("p", "Each key line of enquiry is set out below as a question, followed by the panel's answer."),
         ]
    for q, answers in KES_KLOE:
        b.append(("q", q, answers))
    b += [h("6. Lessons learned", "learning"),
          ("p", "The review has identified seven lessons for the agencies in Kestrelford and beyond."),
          ("items", "learning", [t + " " + x for t, x in KES_LESSONS], "runin",
           ["Lesson %d:" % (i + 1) for i in range(len(KES_LESSONS))]),
          h("7. Conclusion", "conclusion"),
          ] + paras(244, 4, 5) + [
          h("8. Recommendations", "recommendations"),
          ("p", "The recommendations of this review, with the actions agreed by the SCB and its partner agencies, are set out in the action plan at Appendix B. Progress is reported to the Board quarterly."),
          ("break",),
          h("Appendix A: Chronology of key events", "appendix"),
          ("chron", chron(120, 2013, 3)),
          h("Appendix B: Action plan", "recommendations", ["appendix"]),
          ("plan", KES_PLAN, True),
          ]
    return b


KESTRELFORD = rep(
    "kestrelford-scb-scr-child-l.pdf", "pdflatex_report_scr_kloe_lessons_runin_landscape_action_plan",
    {"title": "Serious Case Review: Child L", "child_name": "Child L", "review_type": "serious_case_review",
     "area": "Kestrelford", "year": 2016, "partnership": "Kestrelford Safeguarding Children Board",
     "lines": ["Kestrelford Safeguarding Children Board", "Serious Case Review", "Child L",
               "Lead reviewer: Dr Harriet Sandys-Mbeki", "Published November 2016"]},
    kes_blocks(),
    "pdfLaTeX report class (Latin Modern), untagged, realistic length; contents with dot leaders over two pages; glossary of abbreviations as a two-column longtable before chapter 1; footnotes citing guidance (Working Together 2015, the LSCB regulations); key lines of enquiry answered one by one (bold question paragraphs); 'Lesson 1' ... 'Lesson 7' with bold run-in titles; chronology appendix longtable over several pages; recommendations ONLY in a landscape (pdflscape) action plan appendix Recommendation | Action | Lead | By when | RAG, second actions on rows with an empty first cell",
    body_from=4)

# ---------------------------------------------------------------- D: Hollinbury (WeasyPrint)
HOLLINBURY = rep(
    "hollinbury-lscb-scr-child-m.pdf", "weasyprint_scr_kloe_questions_numbered_paragraphs_footnotes",
    {"title": "Serious Case Review: Child M - Overview Report", "child_name": "Child M",
     "review_type": "serious_case_review", "area": "Hollinbury", "year": 2012,
     "partnership": "Hollinbury Local Safeguarding Children Board",
     "lines": ["Hollinbury Local Safeguarding Children Board", "Serious Case Review: Child M", "Overview Report",
               "Author: Peter Lindqvist-Adair, independent consultant", "July 2012"]},
    [h("1. Introduction", "introduction"),
     ("p", "Child M was fourteen when she was found to have been sexually exploited by a group of adult men over a period of more than a year. Hollinbury LSCB decided in May 2011 that the case met the criteria for a serious case review.[[fn:HM Government (2010) Working Together to Safeguard Children, paragraph 8.9.]]"),
     ("p", "The review considers the involvement of agencies from September 2009 to June 2011. Individual management reviews were received from children's social care, the police, the school, the sexual health service and the youth offending service."),
     h("2. Background", "background"),
     ] + paras(180, 5) + [
     h("3. Key lines of enquiry", "findings", ["methodology"]),
     ("p", "The terms of reference set out four key lines of enquiry. Each is answered below."),
     ("q", "Did agencies recognise that Child M was at risk of sexual exploitation?",
      ["Staff at the school and the sexual health service noticed the signs: older men collecting Child M from school, gifts of a mobile telephone and clothes, and repeated requests for emergency contraception. These signs were recorded, but were understood as risky choices made by Child M rather than as evidence of abuse.[[fn:Department for Children, Schools and Families (2009) Safeguarding Children and Young People from Sexual Exploitation, supplementary guidance to Working Together.]]", para(191, 4)]),
     ("q", "Was information shared between agencies in a timely way?",
      ["The police held intelligence about two of the men from September 2010 (see paragraph 2.4). This was not linked to Child M's missing episodes, which were recorded by a different team. The school did not know that Child M had been reported missing on eleven occasions.", para(192, 4)]),
     ("q", "Were Child M's views and wishes sought and acted upon?",
      ["Child M told her youth offending worker that she had a boyfriend who was 'older'. The worker recorded this but did not ask his age. The review found that professionals were reluctant to challenge Child M for fear of damaging the relationship.", para(193, 4)]),
     ("q", "Were the LSCB's procedures on sexual exploitation and missing children followed?",
      ["The LSCB's sexual exploitation protocol was published in January 2010 but was not well known outside children's social care. Return interviews after missing episodes were not carried out.", para(194, 4)]),
     h("4. Lessons learned", "learning"),
     ("p", "The following lessons are identified for the agencies in Hollinbury:"),
     ("items", "learning", [
         "Sexual exploitation of a child is abuse, and a child's apparent consent must never be taken as a reason not to act.",
         "Repeated missing episodes, gifts from unknown adults and requests for emergency contraception should be seen together as indicators of exploitation.",
         "Police intelligence about adults who pose a risk to children should be linked with the records of missing children.",
         "Practitioners need the confidence to ask young people difficult questions about their relationships."], "para"),
     h("5. Recommendations", "recommendations"),
     ("p", "The overview report makes the following recommendations to Hollinbury LSCB:"),
     ("items", "recommendations", [
         "The LSCB should relaunch its sexual exploitation protocol and ensure that it is known to staff in schools, health services and youth offending.",
         "The police and children's social care should establish a joint process for linking missing episodes with intelligence about adults who pose a risk.",
         "Children's social care should ensure that return interviews are offered to every child after a missing episode and that the information is shared.",
         "The LSCB should provide multi-agency training on recognising and responding to child sexual exploitation.",
         "The LSCB should audit the implementation of these recommendations within twelve months."], "para"),
     h("6. Conclusion", "conclusion"),
     ("p", "Child M's exploitation was not inevitable. Several practitioners saw part of what was happening to her, but no agency put the pieces together until she disclosed the abuse herself."),
     ],
    "WeasyPrint 57.2, untagged; LSCB overview of 2012; numbered paragraphs (N.M in a hanging margin); 'Key lines of enquiry' as bold question paragraphs each answered below; lessons and recommendations as numbered paragraphs after a lead-in; CSS footnotes (float: footnote) citing guidance",
    paranum=True)

# ---------------------------------------------------------------- E: Pelsworth (groff -ms)
PELSWORTH = rep(
    "pelsworth-lscb-scr-child-w-executive-summary.pdf", "groff_ms_scr_executive_summary_single_agency_recommendations",
    {"title": "Serious Case Review: Child W - Executive Summary", "child_name": "Child W",
     "review_type": "serious_case_review", "area": "Pelsworth", "year": 2009,
     "partnership": "Pelsworth Local Safeguarding Children Board",
     "lines": ["PELSWORTH LOCAL SAFEGUARDING CHILDREN BOARD", "SERIOUS CASE REVIEW", "CHILD W", "EXECUTIVE SUMMARY",
               "September 2009"]},
    [h("1. Introduction", "introduction"),
     ("p", "This is the executive summary of the serious case review into the death of Child W, a baby of seven weeks, in November 2008. Pelsworth Local Safeguarding Children Board (LSCB) commissioned the review in accordance with chapter 8 of Working Together to Safeguard Children (2006)."),
     ("p", "The review panel received individual management reviews from the following agencies: Pelsworth Children's Services; Pelsworth Primary Care Trust (midwifery, health visiting and general practice); Pelsworth Police; and the Northbridge Hospitals NHS Trust."),
     h("2. The Circumstances of the Case", "background"),
     ("p", "Child W was the first child of a young mother who had herself been looked after by the local authority. The father had convictions for violence. The pre-birth assessment recommended support from the family support team, which began two weeks after the birth."),
     ("p", "Child W was taken to hospital with bleeding to the brain and died two days later. The father was later convicted of manslaughter."),
     ] + paras(145, 4) + [
     h("3. Key Issues Arising from the Review", "findings"),
     ] + paras(150, 7) + [
     h("4. Lessons Learned", "learning"),
     ("items", "learning", [
         "A pre-birth assessment must consider the risk posed by both parents, including a father's history of violence.",
         "Care leavers who become parents may need continuing support, and their own history should inform the assessment of their baby's needs.",
         "Health visitors need to know of the involvement of children's services before the first home visit.",
         "Bruising in a baby who is not yet mobile must always be referred for a child protection assessment."], "ol"),
     h("5. Recommendations", "recommendations"),
     ("h2", "Recommendations for the LSCB"),
     ("items", "recommendations", [
         "The LSCB should issue a multi-agency protocol for pre-birth assessments.",
         "The LSCB should issue guidance on the management of bruising in non-mobile babies."], "ol"),
     ("h2", "Single agency recommendations"),
     ("items", "recommendations", [
         "Leaving care personal advisers should remain involved when a care leaver becomes a parent.",
         "Midwives should record the father's details and any known risks in the maternity notes.",
         "Health visitors should receive notification of all pre-birth assessments.",
         "Officers should check for children in the household when attending domestic incidents."], "agency",
      ["Children's Services", "Primary Care Trust", "Primary Care Trust", "Police"]),
     ],
    "groff 1.22 -ms -> grops -> ps2pdf, untagged; 2009 LSCB executive summary with a capitals cover; IMR agencies listed in a paragraph; numbered lessons; 'Recommendations for the LSCB' then 'Single agency recommendations' with a bold agency line above each agency's bullets",
    body_from=2)

# ---------------------------------------------------------------- F: Thrushcombe (ReportLab)
THR_RECS = [
    "The LSCB should ensure that its threshold guidance is understood by staff in universal services, and test this through audit.",
    "Children's social care should ensure that referrals from schools receive a written response setting out the decision made and the reasons for it.",
    "Thrushcombe Clinical Commissioning Group should ensure that GP practices code children subject to child protection plans on their records.",
    "The police should review how information from domestic abuse incidents is passed to schools the next working day.",
    "The LSCB should seek assurance that practitioners in all agencies know how to escalate a disagreement about a decision.",
]
THRUSHCOMBE = rep(
    "thrushcombe-lscb-scr-child-r.pdf", "reportlab_scr_glossary_first_landscape_rag_plan_repeats",
    {"title": "Serious Case Review: Child R", "child_name": "Child R", "review_type": "serious_case_review",
     "area": "Thrushcombe", "year": 2015, "partnership": "Thrushcombe Local Safeguarding Children Board",
     "lines": ["Thrushcombe Local Safeguarding Children Board", "Serious Case Review: Child R",
               "Independent reviewer: Alison Brereton-Quaye", "Published: May 2015"]},
    [h("Glossary", "appendix", ["other"]),
     ("glossary", [("CCG", "Clinical Commissioning Group"), ("CSC", "Children's Social Care"),
                   ("DSL", "Designated Safeguarding Lead"), ("IMR", "Individual Management Review"),
                   ("LSCB", "Local Safeguarding Children Board"), ("MASH", "Multi-Agency Safeguarding Hub"),
                   ("SCR", "Serious Case Review")]),
     h("1. Introduction", "introduction"),
     ] + ps([
         "Child R was nine when she told a teacher that her stepfather had hit her with a belt. She had bruising to her back and legs. The LSCB's serious case review sub-committee recommended a review because there had been earlier concerns known to several agencies.",
         "The review used IMRs from five agencies and a learning event for practitioners. Child R and her mother both spoke to the reviewer."]) + [
     h("2. What happened", "background"),
     ] + paras(130, 3) + [
     h("3. Findings", "findings"),
     ] + paras(133, 3) + [
     h("4. Recommendations", "recommendations"),
     ("items", "recommendations", THR_RECS, "ol"),
     ("break",),
     h("Appendix: LSCB action plan", "appendix", ["recommendations"]),
     ("plan", [(("%d. " % (i + 1)) + r, a, l, w, g) for i, (r, (a, l, w, g)) in enumerate(zip(THR_RECS, [
         ("Threshold audit of 50 referrals", "LSCB QA sub-group", "December 2015", "Amber"),
         ("Written outcome letter for every school referral", "Head of MASH", "September 2015", "Green"),
         ("Coding audit in all practices", "Designated nurse", "March 2016", "Red"),
         ("Next-day notification to schools (Operation Encompass)", "Detective chief inspector", "January 2016", "Amber"),
         ("Relaunch of the escalation policy", "LSCB business manager", "October 2015", "Green")]))], False),
     ],
    "ReportLab 3.6 platypus, untagged; 2015 LSCB SCR; glossary table before the introduction; numbered recommendations; a landscape action plan appendix (Recommendation | Action | Lead | By when | RAG, RAG cells coloured) that REPEATS the recommendations word for word (no items there)",
    body_from=2)

# ---------------------------------------------------------------- G: Marrick Dale (pandoc -> pdfLaTeX)
MAR_LESSONS = [
    ("Babies are vulnerable.", "A baby cannot tell anyone what is happening to him, so professionals must rely on what they see and on what is known about the adults caring for him."),
    ("Hearing the concerns of relatives.", "The paternal grandmother's telephone call was the only direct report of violence in the home; concerns raised by family members should be recorded and followed up."),
    ("Looking beyond the presenting problem.", "The family were seen by housing, health and the police about separate matters, and no agency asked how those matters affected the baby."),
    ("The significance of a first injury.", "A small bruise to a baby's face was treated as minor; any injury to a non-mobile baby may be a sign of abuse and should be referred."),
    ("Professional optimism.", "Practitioners hoped that the birth of the baby would bring stability, and this hope shaped the way they read the evidence."),
    ("Communication with GPs.", "The GP was not invited to the strategy discussion and so could not share what he knew of the father's mental health."),
    ("Recording.", "Records often said that the baby was 'fine' without describing what had been seen; a good record describes the child."),
]
MARRICK = rep(
    "marrick-dale-lscb-scr-baby-k.pdf", "pandoc_pdflatex_scr_lessons_runin_footnotes",
    {"title": "Serious Case Review: Baby K", "child_name": "Baby K", "review_type": "serious_case_review",
     "area": "Marrick Dale", "year": 2013, "partnership": "Marrick Dale Local Safeguarding Children Board",
     "lines": ["Marrick Dale Local Safeguarding Children Board", "Serious Case Review: Baby K",
               "Overview author: Colin Dempster-Ayodele", "October 2013"]},
    [h("1. Introduction", "introduction"),
     ("p", "This review concerns Baby K, who was admitted to hospital at eleven weeks of age with fractures to his ribs and a bleed on the brain. He survived, but with lasting disability.[[fn:The decision to hold a serious case review was taken under Working Together to Safeguard Children (2010), paragraph 8.9.]]"),
     ("p", "The review period runs from the mother's booking with the midwife in March 2012 until Baby K's admission in December 2012."),
     h("2. Summary of events", "background"),
     ("p", "The parents lived in a privately rented flat. The midwife noted the father's history of depression at booking (paragraph 2.3 below describes how this was followed up). The paternal grandmother telephoned children's social care in October 2012 to say she had heard shouting and the baby crying for long periods."),
     ("p", "Children's social care passed the call to the health visitor, who visited the next week and found the baby well presented. At the six-week check the GP noted a small bruise to Baby K's cheek, which the mother said was caused by a dummy clip.[[fn:Marrick Dale LSCB (2011) Protocol for the management of bruising in pre-mobile babies, section 3.]]"),
     ("p", "Baby K was admitted to hospital on 4 December 2012. The injuries were found to be non-accidental (see paragraph 1.1)."),
     ] + paras(160, 3) + [
     h("3. Analysis", "findings"),
     ("p", "The grandmother's call described in section 2 was the clearest sign of risk, and the analysis begins with it. It was recorded as a request for advice rather than as a referral.[[fn:HM Government (2010) Working Together to Safeguard Children, paragraph 5.33, on referrals from members of the public.]]"),
     ] + paras(164, 6) + [
     h("4. Lessons learned", "learning"),
     ("items", "learning", [t + " " + x for t, x in MAR_LESSONS], "runin",
      ["Lesson %d:" % (i + 1) for i in range(len(MAR_LESSONS))]),
     h("5. Recommendations", "recommendations"),
     ("items", "recommendations", [
         "The LSCB should remind all agencies of its protocol on bruising in pre-mobile babies and audit its use.",
         "Children's social care should ensure that referrals from family members are recorded as contacts and that the referrer is told the outcome.",
         "The CCG should ensure that GPs are invited to strategy discussions about children registered with them.",
         "All agencies should include in their safeguarding training the importance of describing the child in records."], "ol"),
     ],
    "pandoc 2.17 markdown -> pdfLaTeX (default template, 11 pt), untagged; 2013 SCR; 'Lesson 1:' ... 'Lesson 7:' paragraphs with a bold run-in title; pandoc footnotes citing guidance and a local protocol; cross references to paragraphs",
    body_from=1)

# ---------------------------------------------------------------- H: Ovenden Cross (wkhtmltopdf)
OVENDEN = rep(
    "ovenden-cross-lscb-scr-child-j-executive-summary.pdf", "wkhtmltopdf_scr_executive_summary_lettered_lessons_rec_table",
    {"title": "Serious Case Review: Child J - Executive Summary", "child_name": "Child J",
     "review_type": "serious_case_review", "area": "Ovenden Cross", "year": 2010,
     "partnership": "Ovenden Cross Safeguarding Children Board",
     "lines": ["Ovenden Cross Safeguarding Children Board", "Serious Case Review", "Child J", "Executive Summary",
               "January 2010"]},
    [h("Introduction", "introduction"),
     ("p", "Child J, aged eleven, took his own life in March 2009. He had been known to children's services, the child and adolescent mental health service (CAMHS), his school and the police. The Safeguarding Children Board decided that a serious case review should be held because of concerns about how agencies had worked together."),
     h("Terms of Reference", "methodology", ["introduction"]),
     ("p", "The review considered agency involvement from September 2007. Individual management reviews were provided by children's services, the primary care trust, CAMHS, the police and the school."),
     h("Background", "background"),
     ] + paras(170, 4) + [
     h("Summary of Findings", "findings"),
     ] + paras(140, 7) + [
     h("Lessons Learned", "learning"),
     ("items", "learning", [
         "Self-harm by a child of primary school age is always serious and requires an urgent assessment.",
         "A child who is bullied at school and withdrawn at home needs one professional who knows the whole picture.",
         "Waiting lists for CAMHS should be managed so that children at risk are seen first.",
         "The child's own account of his unhappiness should be recorded in his words.",
         "Schools should know when a pupil has been referred to CAMHS and what the outcome was."], "alpha"),
     h("Recommendations", "recommendations"),
     ("items", "recommendations", [
         "Ensure that all referrals of children under twelve who self-harm are seen within five working days.",
         "Review the arrangements for sharing information between CAMHS and schools.",
         "Provide training for school staff on recognising and responding to self-harm.",
         "Ensure that the Board's anti-bullying strategy includes the children most at risk."], "rtable",
      ["CAMHS", "CAMHS and Children's Services", "Children's Services", "Safeguarding Children Board"]),
     ],
    "wkhtmltopdf 0.12 (Qt WebKit), untagged; 2010 SCR executive summary; unnumbered headings; 'Lessons Learned' as a lettered list (a) ... (e); recommendations in a 'No. | Recommendation | Agency' table",
    body_from=2)

REPORTS = [ASHMERE, ASHMERE_ES, KESTRELFORD, HOLLINBURY, PELSWORTH, THRUSHCOMBE, MARRICK, OVENDEN]
