"""Batch 58 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports built on the TEMPLATES that national and local review bodies prescribe, in shapes no earlier batch had:
- Bro Gwyrfai (python-docx -> LibreOffice, untagged): a concise Welsh Child Practice Review published BILINGUAL as
  Welsh pages first ('Crynodeb', 'Dysgu ymarfer a sefydliadol', 'Argymhellion', 'Datganiad gan yr adolygydd'), then
  the same report in English on the following pages;
- Dyffryn Ogwr (pdfLaTeX report class, realistic length): an extended Child Practice Review in the Welsh Government's
  report template: its fixed headings, a 'Learning' section of numbered points, 'Improving systems and practice', a
  'Statement by reviewer(s)' with a signature table and a closing 'Statement by Chair of the Review Panel'; terms of
  reference and a summary timeline as appendices;
- Glenmorven (WeasyPrint, realistic length): a Scottish Learning Review for a Child Protection Committee; 'Key
  learning' as 'Learning point N' headed points, each followed by a shaded 'Practice reflections' box of questions;
- Ballykeel (ReportLab platypus): a Northern Ireland Case Management Review with 'Findings' (numbered findings) and
  recommendations split under 'Recommendations for the SBNI' and 'Recommendations for the Trust' sub-headings;
- Marlbrook (python-docx -> LibreOffice, untagged): a rapid review submitted on the national panel's form: under four
  numbered parts, two-column Word tables whose left cells are the form's questions and whose right cells hold the
  answers; the learning, good practice and recommendations are lists inside answer cells;
- Wychbury (Chromium, untagged): a thematic review of several children, one section per theme, recommendations after
  each theme numbered 'T1.1', 'T1.2', 'T2.1' ...;
- Kelbrook (LuaLaTeX article): a national panel-style report: 'Key findings', each finding a numbered sub-heading
  followed by its 'Implications for practice' bullets;
- Oakridge Vale (Chromium, tagged): a report in 'Part A: The review' and 'Part B: Agency responses and action plan';
  recommendations addressed per agency under 'Recommendations for Health', 'Recommendations for Police' and
  'Recommendations for Children's Social Care' sub-headings; Part B an action plan table.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept]) a section heading (in the truth); ("hx", text) a heading that is NO section
(the Welsh pages' headings of the bilingual report, the 'Part A' / 'Part B' division titles); ("h2", text) a
sub-heading, NO section; ("p", text); ("items", type, [texts], style[, labels]) a list whose entries are items of the
type (style 'ol', 'ul', 'head' = a bold label line above each entry, 'runin' = a bold label before each entry; labels
for 'head' / 'runin'); ("xitems", [texts], style) a list giving no items (the Welsh pages, reflective questions);
("reflect", title, [questions]) a shaded box of questions (no items); ("qa", [(question, [blocks])]) a form table:
each row a question (left cell) and its answer blocks (right cell); ("table", header, rows) a table giving no items
(an action plan, terms of reference); ("chron", rows) a chronology / timeline table (no items); ("sign", rows) a
signature table (no items); ("break",) a page break. Test-fixture tooling only.
"""

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
INVENTED_CY = "Mae'r adolygiad hwn a phob person, lle a sefydliad ynddo wedi'u dyfeisio ar gyfer profi meddalwedd."


def rep(file, producer, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def ps(texts):
    return [("p", t) for t in texts]


# Sentences in the register of published reviews (invented; none copied from a review). Paragraphs of the two long
# reports are drawn from these by index so that no paragraph repeats word for word.
POOL = [
    "Practitioners described a family who were warm and welcoming on visits, and this shaped how risk was understood.",
    "The records show many contacts but few that asked what life was like for the children between appointments.",
    "Information was shared when it was requested, but rarely offered by an agency that held it unprompted.",
    "The review panel heard that workloads in the duty team were high throughout the period under review.",
    "Each referral was assessed on its own facts, and the history held by other agencies was not drawn together.",
    "The health visitor knew the mother well and was the professional she trusted most.",
    "School staff noticed that the child was often hungry on Monday mornings and began to provide breakfast.",
    "The father was described in several records as supportive, although no practitioner had met him.",
    "Strategy discussions took place by telephone and the notes of them were brief.",
    "At the learning event practitioners spoke openly about the uncertainty they had felt at the time.",
    "The plan set out tasks for the parents but did not say what would happen if those tasks were not done.",
    "Managers signed off assessments without asking how the child's own views had been obtained.",
    "The family moved house twice during the period, and each move led to a change of allocated worker.",
    "There were long gaps between the core group meetings that the plan required.",
    "The child's attendance at nursery fell in the spring and the reasons were not explored with the family.",
    "Police attended the home after a report of a disturbance and completed a risk assessment that was graded standard.",
    "The GP practice held information about the mother's low mood that was not known to the other agencies.",
    "The reviewers found evidence of thoughtful and persistent work by individual practitioners.",
    "Escalation procedures existed in every agency but were not used by any practitioner in this case.",
    "The language used in records often described the parents' intentions rather than what had happened.",
    "A child protection conference was considered but the threshold was judged not to be met.",
    "The children were seen together with their parents on almost every occasion.",
    "The review found no single point at which the outcome could have been predicted.",
    "Practitioners said that they would have welcomed reflective supervision when the case became more worrying.",
    "The mother told the reviewers that she had felt judged and had stopped answering the door.",
    "Records of home visits were detailed about the condition of the house and silent about the children's routines.",
    "The midwife raised a concern about the partner's drinking, and this was recorded but not shared.",
    "A referral to the early help hub was closed when the family did not respond to two letters.",
    "The review panel considered whether the family's rural location made services harder to reach.",
    "Agencies relied on the parents to pass on information between appointments.",
    "The emergency department recorded the injury accurately but did not ask who had been caring for the child.",
    "There was a shared but unspoken view among professionals that things were improving.",
    "The independent reviewers met the children's grandmother, who described her own worries at the time.",
    "The learning event brought together twenty-two practitioners from eight agencies.",
    "The review has been careful not to judge decisions with the benefit of hindsight.",
    "Changes to the structure of the children's services department during the period affected continuity.",
    "The chronology shows a pattern of missed appointments that no single agency could see in full.",
    "Housing officers visited the home about repairs and noticed the children's clothing was unsuitable for the weather.",
    "The health visiting service had moved to a targeted model, so universal contacts were fewer than before.",
    "Practitioners were not always clear which agency held lead responsibility for coordinating the plan.",
    "When the case was stepped down from child in need, the reasons recorded were brief.",
    "The school's safeguarding lead kept a careful log of concerns, which the review found helpful.",
    "Some practitioners told the review that they had not known the child had an older sibling living elsewhere.",
    "The review panel agreed that the learning applies beyond the agencies involved with this family.",
    "Interpreting services were not used at the two meetings attended by the maternal grandfather.",
    "The reviewers read over two thousand pages of agency records and spoke to the family's key professionals.",
    "The parents' accounts of the bruising were accepted without further enquiry.",
    "The learning identified by this review echoes themes found in earlier reviews in the region.",
]


def para(k, n=4):
    """Paragraph k of the long reports: n sentences of POOL chosen by index so that paragraphs do not repeat."""
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
AGENCIES = ["Health visiting", "GP practice", "Police", "Children's services", "School", "Midwifery", "Housing",
            "Emergency department", "Early help", "Nursery"]
EVENTS = ["Home visit completed; the children seen with their mother in the living room.",
          "Appointment missed; a letter sent offering a new date.",
          "Telephone call from the mother asking for help with housing repairs.",
          "Referral received about a bruise seen on the child's arm.",
          "Strategy discussion held by telephone; decision to complete a single agency assessment.",
          "Attendance concern raised with the family; the mother said the child had been unwell.",
          "Report of a disturbance at the address; no offences disclosed.",
          "Child seen for a routine review; weight recorded below the expected centile.",
          "Case discussed in supervision; plan to continue with the current level of support.",
          "Core group meeting held; the father did not attend.",
          "Referral to the early help hub closed after no response to two letters.",
          "Nursery reported that the child arrived without a coat on a cold morning.",
          "Mother attended with the younger child, who had a cough and a temperature.",
          "Joint visit by the social worker and the health visitor; the home described as cluttered.",
          "Information requested from the GP practice for the assessment; the reply arrived three weeks later."]


def chronology(first_year, n, shift=0):
    rows = []
    for i in range(n):
        y = first_year + (i // 24)
        m = (i // 2) % 12
        day = 3 + (i * 7 + shift) % 25
        rows.append(("%d %s %d" % (day, MONTHS[m], y), AGENCIES[(i * 3 + shift) % len(AGENCIES)],
                     EVENTS[(i * 5 + shift) % len(EVENTS)]))
    return rows


# ----------------------------------------------------------------------------------------------------------------------
# 1. Bro Gwyrfai: bilingual concise CPR, Welsh pages then English pages (python-docx -> LibreOffice)
# ----------------------------------------------------------------------------------------------------------------------
GWY_LEARN = [
    "Practitioners should see and speak with the child on their own at every visit where this is safe and possible.",
    "A bruise on a baby who is not yet mobile is a concern in itself and must be referred whatever explanation is given.",
    "Information about a new adult joining the household should be shared with every agency working with the family.",
]
GWY_LEARN_CY = [
    "Dylai ymarferwyr weld a siarad â'r plentyn ar ei ben ei hun ym mhob ymweliad lle mae hynny'n ddiogel ac yn bosibl.",
    "Mae clais ar fabi nad yw'n symud eto yn bryder ynddo'i hun a rhaid ei gyfeirio beth bynnag yw'r esboniad a roddir.",
    "Dylid rhannu gwybodaeth am oedolyn newydd sy'n ymuno â'r cartref gyda phob asiantaeth sy'n gweithio gyda'r teulu.",
]
GWY_RECS = [
    "The Board should seek assurance that the bruising protocol is known and used by all health and early years staff.",
    "Partner agencies should include a question about new adults in the household in every assessment template.",
    "The Board should hold a learning briefing for practitioners in both Welsh and English within six months.",
]
GWY_RECS_CY = [
    "Dylai'r Bwrdd geisio sicrwydd bod y protocol cleisio yn hysbys ac yn cael ei ddefnyddio gan holl staff iechyd a'r blynyddoedd cynnar.",
    "Dylai asiantaethau partner gynnwys cwestiwn am oedolion newydd yn y cartref ym mhob templed asesu.",
    "Dylai'r Bwrdd gynnal sesiwn friffio ar y dysgu i ymarferwyr yn Gymraeg ac yn Saesneg o fewn chwe mis.",
]

GWYRFAI = rep(
    "gwyrfai-cpr-child-m-bilingual.pdf", "python_docx_bilingual_welsh_then_english_lo_untagged",
    {"partnership": "Bwrdd Diogelu Rhanbarthol Bro Gwyrfai / Bro Gwyrfai Regional Safeguarding Board",
     "title": "Child Practice Review: Child M", "title_cy": "Adolygiad Ymarfer Plant: Plentyn M",
     "by": "Adolygydd annibynnol / Independent reviewer: Eluned Prys", "date": "Hydref / October 2026",
     "child_name": "Child M", "review_type": "child_practice_review", "area": "Bro Gwyrfai", "year": 2026},
    [("hx", "Crynodeb"),
     ("p", "Comisiynwyd yr adolygiad ymarfer plant cryno hwn gan Fwrdd Diogelu Rhanbarthol Bro Gwyrfai ar ôl i Blentyn M, "
           "babi pum mis oed, gael ei dderbyn i'r ysbyty gydag anafiadau difrifol."),
     ("p", "Roedd y teulu'n hysbys i'r gwasanaeth ymwelwyr iechyd, y meddyg teulu a'r gwasanaethau plant dros gyfnod o "
           "ddeuddeg mis."),
     ("hx", "Amlinelliad byr o'r amgylchiadau a arweiniodd at yr adolygiad"),
     ("p", "Ym mis Mawrth gwelodd yr ymwelydd iechyd glais bach ar fraich Plentyn M. Dywedodd y fam fod y babi wedi taro'r "
           "crud. Ni chafodd y clais ei gyfeirio at y gwasanaethau plant."),
     ("p", "Yn ystod yr haf symudodd partner newydd y fam i mewn i'r cartref. Nid oedd yr asiantaethau'n gwybod amdano tan "
           "i Blentyn M gael ei dderbyn i'r ysbyty ym mis Medi."),
     ("p", "Methodd y teulu ddau apwyntiad yn y clinig babanod yn ystod mis Mehefin. Anfonwyd llythyr at y fam yn cynnig "
           "dyddiad newydd, ond ni chafwyd ateb."),
     ("p", "Cynhaliwyd digwyddiad dysgu ym mis Mehefin 2026 gydag ymarferwyr o bob asiantaeth. Siaradodd yr adolygydd hefyd "
           "â mam-gu Plentyn M, a ddisgrifiodd ei phryderon ar y pryd."),
     ("p", "Mae'r adolygiad wedi bod yn ofalus i beidio â barnu penderfyniadau gyda budd ôl-ddoethineb. Nod yr adolygiad "
           "yw dysgu, nid beio."),
     ("hx", "Dysgu ymarfer a sefydliadol"),
     ("xitems", GWY_LEARN_CY, "ol"),
     ("hx", "Argymhellion"),
     ("xitems", GWY_RECS_CY, "ol"),
     ("hx", "Datganiad gan yr adolygydd"),
     ("p", "Rwy'n datgan nad oeddwn wedi ymwneud yn uniongyrchol â'r plentyn na'r teulu cyn yr adolygiad hwn, ac nad "
           "oeddwn wedi rhoi cyngor proffesiynol ar yr achos."),
     ("break",),
     h("Summary", "summary"),
     ("p", "This concise child practice review was commissioned by the Bro Gwyrfai Regional Safeguarding Board after Child "
           "M, a five-month-old baby, was admitted to hospital with serious injuries."),
     ("p", "The family were known to the health visiting service, the GP and children's services over a period of twelve "
           "months."),
     h("Brief outline of circumstances resulting in the review", "background", ["introduction"]),
     ("p", "In March the health visitor saw a small bruise on Child M's arm. The mother said the baby had knocked the cot. "
           "The bruise was not referred to children's services."),
     ("p", "During the summer the mother's new partner moved into the home. Agencies did not know about him until Child M "
           "was admitted to hospital in September."),
     ("p", "The family missed two appointments at the baby clinic during June. A letter was sent to the mother offering a "
           "new date, but no reply was received."),
     ("p", "A learning event was held in June 2026 with practitioners from every agency. The reviewer also spoke to "
           "Child M's grandmother, who described her worries at the time."),
     ("p", "The review has been careful not to judge decisions with the benefit of hindsight. Its aim is learning, not "
           "blame."),
     h("Practice and organisational learning", "learning", ["findings"]),
     ("items", "learning", GWY_LEARN, "ol"),
     h("Recommendations", "recommendations"),
     ("items", "recommendations", GWY_RECS, "ol"),
     h("Statement by reviewer", "other", ["conclusion"]),
     ("p", "I make the statement that I had no direct involvement with the child or family before this review, and had not "
           "given professional advice on the case."),
     ],
    "python-docx DOCX -> LibreOffice 7.4, untagged; a concise Welsh Child Practice Review published bilingual: a "
    "bilingual cover, then the Welsh text on pages 2-3 ('Crynodeb', 'Dysgu ymarfer a sefydliadol', 'Argymhellion', "
    "'Datganiad gan yr adolygydd', numbered lists in Welsh), then the English text from a new page; truth: the English "
    "half only (the Welsh headings are no sections and the Welsh lists give no items: each item is counted once, in English)",
    body_from=2)

# ----------------------------------------------------------------------------------------------------------------------
# 2. Dyffryn Ogwr: extended CPR in the Welsh Government template, realistic length (pdfLaTeX)
# ----------------------------------------------------------------------------------------------------------------------
OGWR_LEARN = [
    "Where a child is on the child protection register, every agency must know the plan and its part in it.",
    "Core groups need to test whether change is happening for the child, not only whether the parents are attending.",
    "A pattern of missed health appointments in a registered child should be treated as a safeguarding concern.",
    "Practitioners need to understand the history of the adults in the household, including previous relationships.",
    "Reflective supervision is most needed when a case appears to be improving and professional optimism is high.",
    "The voice of a child who does not yet speak must be found in careful observation of the child's presentation.",
    "Changes of allocated worker should include a handover visit so that the family's history is not lost.",
]
OGWR_RECS = [
    "The Regional Safeguarding Board should review how core groups record progress against the outcomes of the plan.",
    "Health boards in the region should adopt a shared response to missed appointments for children on the register.",
    "The local authority should ensure that transfers between teams include a joint handover visit to the family.",
    "All partner agencies should provide reflective supervision for cases where the child has been registered for over six months.",
    "The Board should commission a multi-agency audit of the use of the escalation protocol within twelve months.",
]
OGWR_TOR = [("Period under review", "1 January 2024 to 30 June 2025"),
            ("Agencies", "Local authority children's services, health board (health visiting, GP, emergency department), "
                         "police, education, housing association"),
            ("Key lines of enquiry", "How agencies worked together to deliver the child protection plan; how the child's "
                                     "lived experience was understood; how information about adults was shared"),
            ("Family involvement", "The mother and the maternal grandmother were invited to contribute"),
            ("Learning event", "Held on 12 November 2025 with practitioners from all agencies")]
OGWR_THEMES = ["The child protection plan and the core group", "Missed health appointments",
               "Understanding the adults in the household", "Transfers between teams", "Supervision and escalation"]


def ogwr_blocks():
    b = [h("Brief outline of circumstances resulting in the review", "background", ["introduction"])]
    b += paras(0, 14)
    b += [h("Practice and organisational learning", "findings", ["learning"])]
    for i, t in enumerate(OGWR_THEMES):
        b += [("h2", t)] + paras(14 + i * 14, 14)
    b += [h("Learning", "learning"),
          ("p", "The review identified the following learning for practice and for the organisations involved."),
          ("items", "learning", OGWR_LEARN, "ol"),
          h("Improving systems and practice", "recommendations"),
          ("p", "In order to promote the learning from this case the review identified the following actions for the "
                "Regional Safeguarding Board and its member agencies, and the anticipated improvement outcomes."),
          ("items", "recommendations", OGWR_RECS, "ol"),
          h("Statement by reviewer(s)", "other", ["conclusion"]),
          ("p", "We make the following statement that prior to our involvement with this learning review we had not been "
                "directly concerned with the child or family, or had given professional advice on the case; we had no "
                "immediate line management of the practitioners involved; we have the appropriate recognised "
                "qualifications, knowledge and experience and training to undertake the review; and the review was "
                "conducted appropriately and was rigorous in its analysis and evaluation of the issues."),
          ("sign", [("Reviewer 1", "Mererid Howells", "Signature", "M. Howells", "Date", "14 March 2026"),
                    ("Reviewer 2", "Alun Tudor", "Signature", "A. Tudor", "Date", "14 March 2026")]),
          h("Statement by Chair of the Review Panel", "other", ["conclusion"]),
          ("p", "I make the following statement that I am satisfied that the executive summary and the final review "
                "report of this child practice review have been completed in line with the guidance. The panel thanks "
                "the practitioners who took part in the learning event and the family members who spoke to the "
                "reviewers."),
          ("sign", [("Chair", "Catrin Morgan", "Signature", "C. Morgan", "Date", "21 March 2026")]),
          h("Appendix 1: Terms of reference", "appendix", ["methodology"]),
          ("table", ["Item", "Detail"], OGWR_TOR),
          h("Appendix 2: Summary timeline", "appendix", ["background"]),
          ("chron", chronology(2024, 110, 2))]
    return b


OGWR = rep(
    "dyffryn-ogwr-extended-cpr-child-j.pdf", "pdflatex_welsh_government_cpr_template",
    {"partnership": "Dyffryn Ogwr Regional Safeguarding Board", "title": "Extended Child Practice Review: Child J",
     "by": "Reviewers: Mererid Howells and Alun Tudor", "date": "March 2026", "child_name": "Child J",
     "review_type": "child_practice_review", "area": "Dyffryn Ogwr", "year": 2026},
    ogwr_blocks(),
    "pdfLaTeX report class, untagged, realistic length; an extended Welsh Child Practice Review in the Welsh "
    "Government's report template: 'Brief outline of circumstances resulting in the review', 'Practice and "
    "organisational learning' (theme sub-headings), a 'Learning' section of numbered points, 'Improving systems and "
    "practice', 'Statement by reviewer(s)' with a signature table, a closing 'Statement by Chair of the Review Panel' "
    "with its own signature table; appendices: terms of reference table, a 110-row summary timeline longtable",
    body_from=2)

# ----------------------------------------------------------------------------------------------------------------------
# 3. Glenmorven: Scottish Learning Review, realistic length (WeasyPrint)
# ----------------------------------------------------------------------------------------------------------------------
GLEN_LEARN = [
    "Professional curiosity about who lives in and visits the home is essential, and must continue after the first assessment.",
    "A child's silence or compliance is not evidence that the child is safe, and needs to be understood in context.",
    "Inter-agency referral discussions work best when every agency holding relevant information takes part.",
    "Neglect is cumulative, and single incidents must be weighed against the chronology held across agencies.",
    "The impact of parental alcohol use on the care of a young child needs to be assessed, not only the parent's account of it.",
    "Practitioners in universal services need support and confidence to share concerns that do not yet meet a threshold.",
]
GLEN_REFLECT = [
    ["How do you find out who is living in or regularly visiting a child's home?",
     "What would make you ask again after a first assessment?"],
    ["How do you understand what a quiet child is telling you?",
     "When did you last see a child on their own?"],
    ["Who should be part of an inter-agency referral discussion for a child you know?",
     "What do you do when an agency is missing from the discussion?"],
    ["How does your agency bring single concerns together over time?",
     "Do you have access to the chronology held by other agencies?"],
    ["How do you assess the impact of a parent's drinking on a young child's day?",
     "What evidence would you look for beyond the parent's account?"],
    ["What helps you to share a worry that does not meet a threshold?",
     "Who can you talk to when you are unsure?"],
]
GLEN_RECS = [
    "The Child Protection Committee should ensure that the Getting it right for every child practice model includes a prompt on household composition at every review.",
    "Health and social work services should agree a shared approach to building a single agency chronology into the child's plan.",
    "The Committee should review attendance at inter-agency referral discussions and report to the Chief Officers Group.",
    "Alcohol and drug services should be invited to every inter-agency referral discussion where parental substance use is known.",
    "The Committee should develop a learning resource on cumulative neglect for staff in universal services.",
]


def glen_blocks():
    b = [h("Summary", "summary")] + paras(100, 3)
    b += [h("Introduction", "introduction")] + paras(103, 4)
    b += [h("The Learning Review process", "methodology")] + paras(107, 6)
    b += [h("Background and family circumstances", "background")] + paras(113, 14)
    b += [h("Analysis of practice", "findings")]
    for i, t in enumerate(["Understanding the household", "The child's experience", "Inter-agency referral discussions",
                           "Recognising neglect over time", "Parental alcohol use"]):
        b += [("h2", t)] + paras(127 + i * 14, 14)
    b += [h("Key learning", "learning"),
          ("p", "The review identified six learning points. Each is followed by questions to support practice "
                "reflection in teams and supervision.")]
    for i, t in enumerate(GLEN_LEARN):
        b += [("items", "learning", [t], "head", ["Learning point %d" % (i + 1)]),
              ("reflect", "Practice reflections", GLEN_REFLECT[i])]
    b += [h("Recommendations", "recommendations"),
          ("p", "The review makes the following recommendations to the Glenmorven Child Protection Committee."),
          ("items", "recommendations", GLEN_RECS, "ol"),
          h("Conclusion", "conclusion")] + paras(197, 3)
    b += [h("Appendix: Chronology of significant events", "appendix", ["background"]),
          ("chron", chronology(2023, 100, 5))]
    return b


GLENMORVEN = rep(
    "glenmorven-learning-review-child-k.pdf", "weasyprint_scottish_learning_review_practice_reflections",
    {"partnership": "Glenmorven Child Protection Committee", "title": "Learning Review: Child K",
     "by": "Lead reviewer: Morag Sinclair", "date": "September 2026", "child_name": "Child K",
     "review_type": "learning_review", "area": "Glenmorven", "year": 2026},
    glen_blocks(),
    "WeasyPrint 57.2, untagged, realistic length; a Scottish Learning Review for a Child Protection Committee in the "
    "national guidance's shape ('The Learning Review process', 'Analysis of practice', 'Key learning'); each learning "
    "point under a bold 'Learning point N' label line, followed by a shaded 'Practice reflections' box of questions (no "
    "items); numbered recommendations to the Committee; a 100-row chronology appendix",
    body_from=2)

# ----------------------------------------------------------------------------------------------------------------------
# 4. Ballykeel: NI Case Management Review (ReportLab platypus)
# ----------------------------------------------------------------------------------------------------------------------
BALLY_RECS_SBNI = [
    "The SBNI should develop regional guidance on responding to non-attendance at health appointments for children under two.",
    "The SBNI should seek assurance that the learning from this review is shared with all member agencies within six months.",
]
BALLY_RECS_TRUST = [
    "The Trust should ensure that the family support hub refers back to the allocated social worker when a family does not engage.",
    "The Trust should audit the use of interpreters in child protection assessments and report the findings to the SBNI.",
    "The Trust should review the handover arrangements between the gateway team and the family intervention team.",
]

BALLYKEEL = rep(
    "ballykeel-cmr-child-p.pdf", "reportlab_platypus_ni_cmr_recs_per_body",
    {"partnership": "Safeguarding Board for Northern Ireland", "title": "Case Management Review: Child P",
     "by": "Independent chair: Siobhan McKeown", "date": "August 2026", "child_name": "Child P",
     "review_type": "case_management_review", "area": "Northern Ireland", "year": 2026},
    [h("Introduction", "introduction"),
     ("p", "The Case Management Review Panel of the Safeguarding Board for Northern Ireland (SBNI) agreed to undertake "
           "this review after Child P, aged eighteen months, was admitted to hospital with a fractured skull."),
     ("p", "The review considered the involvement of agencies with Child P and the family from the birth of Child P "
           "until the admission, a period of eighteen months."),
     h("Terms of reference", "methodology"),
     ("p", "The terms of reference asked the review to consider how agencies assessed the needs of Child P, how they "
           "worked with a family whose first language was not English, and how non-attendance at appointments was "
           "followed up."),
     h("Summary of agency involvement", "background"),
     ("p", "The family arrived in the Ballykeel area two months before Child P was born. The mother attended antenatal "
           "care late and an interpreter was booked for only one of her appointments."),
     ("p", "After the birth the health visitor made four visits. Three later appointments were missed, and the family "
           "support hub closed the referral when the family did not reply to letters written in English."),
     ("p", "The gateway team received a referral from the emergency department after a minor burn, and passed the case "
           "to the family intervention team, where it waited for allocation for five weeks."),
     h("Findings", "findings"),
     ("h2", "Finding 1: The family's language needs were not met"),
     ("p", "Interpreters were booked inconsistently and letters were sent in English. The family could not take part "
           "in decisions about Child P's care."),
     ("h2", "Finding 2: Non-attendance was not seen as a risk to the child"),
     ("p", "Each missed appointment was recorded, but the pattern was not recognised by any one service."),
     ("h2", "Finding 3: Handover between teams caused delay"),
     ("p", "The case waited for allocation after the gateway assessment and no interim safety plan was in place."),
     h("Recommendations", "recommendations"),
     ("h2", "Recommendations for the SBNI"),
     ("items", "recommendations", BALLY_RECS_SBNI, "ol"),
     ("h2", "Recommendations for the Trust"),
     ("items", "recommendations", BALLY_RECS_TRUST, "ol"),
     h("Conclusion", "conclusion"),
     ("p", "The review panel thanks the family and the practitioners who contributed. The SBNI will oversee the action "
           "plan arising from these recommendations."),
     ],
    "ReportLab 3.6 platypus, untagged; a Northern Ireland Case Management Review for the SBNI: 'Terms of reference', "
    "'Summary of agency involvement', 'Findings' with 'Finding N: ...' sub-headings (no items), recommendations under "
    "'Recommendations for the SBNI' and 'Recommendations for the Trust' sub-headings, each list numbered from 1",
    body_from=2)

# ----------------------------------------------------------------------------------------------------------------------
# 5. Marlbrook: rapid review on the national panel's form (python-docx -> LibreOffice)
# ----------------------------------------------------------------------------------------------------------------------
MARL_LEARN = [
    "Practitioners did not ask about the sleeping arrangements for the baby after the family moved to temporary accommodation.",
    "The safer sleep assessment was completed at the new birth visit but not repeated when the household changed.",
    "Information about the father's cannabis use was held by the GP and not shared with the health visitor.",
]
MARL_GOOD = [
    "The midwife made a timely referral to the perinatal mental health team and followed it up.",
    "The ambulance crew recorded the scene carefully and shared their observations with the police the same day.",
]
MARL_RECS = [
    "The partnership should refresh its safer sleep guidance to include a reassessment whenever the family moves home.",
    "Health partners should agree how information about parental substance use is shared with health visiting.",
]

MARLBROOK = rep(
    "marlbrook-rapid-review-baby-c.pdf", "python_docx_national_panel_rapid_review_form_lo_untagged",
    {"partnership": "Marlbrook Safeguarding Children Partnership", "title": "Rapid Review: Baby C",
     "by": "Submitted by the safeguarding partners to the Child Safeguarding Practice Review Panel",
     "date": "Submitted 2 February 2026", "child_name": "Baby C", "review_type": "other", "area": "Marlbrook",
     "year": 2026},
    [h("1. Case details and summary", "summary", ["background"]),
     ("qa", [("Date of the serious incident", [("p", "9 January 2026")]),
             ("Date of the rapid review meeting", [("p", "23 January 2026")]),
             ("Brief summary of the case",
              [("p", "Baby C, aged eleven weeks, died after an unsafe sleeping incident in temporary accommodation. The "
                     "family had moved from a relative's home three weeks earlier.")])]),
     h("2. Agency involvement", "background"),
     ("qa", [("Which agencies were involved with the child and family?",
              [("p", "Midwifery, health visiting, the GP practice, housing options and, on the day, the ambulance service "
                     "and police.")]),
             ("Summary of each agency's involvement",
              [("p", "The midwife and health visitor saw the family at home before the move. Housing placed the family "
                     "in a single room with one double bed. No agency visited after the move.")]),
             ("Midwifery", [("p", "The mother booked at twelve weeks and attended all antenatal appointments. The midwife "
                                  "recorded a history of anxiety and referred the mother to the perinatal mental health "
                                  "team, who offered two appointments before the birth.")]),
             ("Health visiting", [("p", "The health visitor completed the new birth visit at eleven days and a safer sleep "
                                        "assessment at the relative's home, where the baby slept in a cot beside the "
                                        "parents' bed. The six-week contact was booked for the week after the move.")]),
             ("GP practice", [("p", "The father attended the practice twice in the year before the birth about his "
                                    "sleep and told the GP that he used cannabis most evenings. The baby's eight-week "
                                    "check was completed and no concerns were recorded.")]),
             ("Housing options", [("p", "The family presented as homeless after a disagreement with the relative. They "
                                        "were placed in a single room in a shared house on the same day, and the placement "
                                        "was not notified to health services.")]),
             ("Ambulance service and police", [("p", "The ambulance crew attended within eight minutes of the call. The "
                                                     "police attended with them, secured the room and began a joint "
                                                     "investigation with children's services.")])]),
     h("3. Learning and good practice identified", "learning", ["good_practice", "findings"]),
     ("qa", [("What learning has been identified?", [("items", "learning", MARL_LEARN, "ul")]),
             ("What good practice has been identified?", [("items", "good_practice", MARL_GOOD, "ul")]),
             ("Immediate actions already taken",
              [("p", "Housing options now informs health visiting of every placement of a family with a baby under one.")])]),
     h("4. Decision and recommendations", "recommendations", ["conclusion"]),
     ("qa", [("Does the case meet the criteria for a local child safeguarding practice review?",
              [("p", "No. The partners consider that the learning has been identified by this rapid review and can be "
                     "taken forward without a further review.")]),
             ("Recommendations to the safeguarding partners", [("items", "recommendations", MARL_RECS, "ol")]),
             ("Does the Panel agree with the decision?",
              [("p", "To be completed by the Panel.")])]),
     ("p", INVENTED)],
    "python-docx DOCX -> LibreOffice 7.4, untagged; a rapid review on the national panel's form, no cover: four "
    "numbered part headings, under each a two-column Word table (shaded left cells holding the form's questions, right "
    "cells the answers); learning, good practice and recommendations as lists inside answer cells",
    body_from=1)

# ----------------------------------------------------------------------------------------------------------------------
# 6. Wychbury: thematic review of several children, recommendations 'T1.1' per theme (Chromium)
# ----------------------------------------------------------------------------------------------------------------------
WYCH_T = [
    ("Theme 1: Recognising injuries in non-mobile babies",
     ["Four of the six babies had a minor injury seen by a professional in the weeks before the serious incident.",
      "In each case the explanation given by the parent was accepted and the injury was not referred."],
     ["The partnership should relaunch the bruising in non-mobile babies protocol with a short briefing for all frontline staff.",
      "Health partners should add a prompt on injuries in non-mobile babies to the emergency department triage record."]),
    ("Theme 2: Fathers and male carers",
     ["In five of the six families the father or male carer was not seen by any practitioner before the incident.",
      "Records named the men but did not describe their part in caring for the baby."],
     ["All agencies should record the name, role and contact of every adult caring for a baby at each assessment.",
      "The partnership should commission training on engaging fathers for midwives and health visitors.",
      "Children's services should invite fathers to every assessment visit unless there is a recorded reason not to."]),
    ("Theme 3: Parental mental health in the first year",
     ["Three mothers had a history of anxiety or depression that was known to their GP.",
      "This information did not reach the health visitor in two of the three families."],
     ["The partnership should agree a pathway for sharing perinatal mental health information between GPs and health visitors."]),
]
WYCH_LABELS = []

WYCHBURY = rep(
    "wychbury-thematic-review-infant-injuries.pdf", "chromium_thematic_review_t_numbered_recs",
    {"partnership": "Wychbury Safeguarding Children Partnership", "title": "Thematic Review: Serious Injuries to Babies",
     "by": "Independent reviewer: Harriet Lowe", "date": "June 2026", "child_name": "", "review_type": "other",
     "area": "Wychbury", "year": 2026},
    [h("Introduction", "introduction"),
     ("p", "This thematic review considers six babies who suffered serious injuries in Wychbury between 2023 and 2025. "
           "The partnership chose a thematic review so that learning common to the six cases could be drawn together."),
     h("How the review was carried out", "methodology"),
     ("p", "The reviewer read the rapid reviews for each baby, held two practitioner workshops and met three of the "
           "families. The themes were agreed with the partnership's review group."),
     h("The children", "background"),
     ("p", "The six babies were aged between six weeks and nine months. Four were first children and two lived in "
           "households with older siblings. None had a child protection plan at the time of the incident.")]
    + sum(([h(t, "findings", ["learning", "recommendations"])] + ps(txt) + [("h2", "Recommendations")]
           + [("items", "recommendations", recs, "runin", ["T%d.%d" % (i + 1, j + 1) for j in range(len(recs))])]
           for i, (t, txt, recs) in enumerate(WYCH_T)), [])
    + [h("Conclusion", "conclusion"),
       ("p", "The three themes are not new, but this review shows how they came together in the lives of six babies. "
             "The partnership will report on progress against the recommendations in its annual report.")],
    "Chromium 156, untagged; a thematic review of six babies: one section per theme ('Theme N: ...'), each with an h3 "
    "'Recommendations' and recommendations numbered by theme 'T1.1', 'T1.2', 'T2.1' .. in a bold label column",
    body_from=2)

# ----------------------------------------------------------------------------------------------------------------------
# 7. Kelbrook: national panel-style report, 'Key findings' each with 'Implications for practice' (LuaLaTeX)
# ----------------------------------------------------------------------------------------------------------------------
KEL_F = [
    ("Key finding 1: Risk from a new partner was not understood",
     "The mother's new partner had a history of violence towards a previous partner's child. This was known to the "
     "police but was not shared with children's services when the family came to notice.",
     ["Practitioners should ask about new adults in a child's life at every contact and record what they learn.",
      "Checks on a new partner should include information held by the police and by other local authorities."]),
    ("Key finding 2: Assessments relied on the mother's account",
     "The assessments completed in the year before the incident relied largely on what the mother said. Little was "
     "checked with other agencies or with the wider family.",
     ["Assessments should test a parent's account against information from other agencies and family members.",
      "Managers should ask how a parent's account has been checked before agreeing an assessment's conclusion."]),
    ("Key finding 3: Child S was not seen on her own",
     "Child S was seen at home on nine occasions but was never spoken to alone. Her nursery noticed changes in her "
     "behaviour that were not linked to events at home.",
     ["Practitioners should plan how they will speak with a child alone and record when this has not been possible.",
      "Early years settings should be asked for their observations of the child as part of every assessment."]),
]
KEL_RECS = [
    "The partnership should seek assurance that police information about new partners is shared at the point of referral.",
    "Children's services should revise the assessment framework to require evidence of how parental accounts were checked.",
    "The partnership should include early years settings in its multi-agency safeguarding training programme.",
]

KELBROOK = rep(
    "kelbrook-cspr-child-s.pdf", "lualatex_key_findings_implications_for_practice",
    {"partnership": "Kelbrook Safeguarding Children Partnership",
     "title": "Local Child Safeguarding Practice Review: Child S", "by": "Independent reviewer: Daniel Okafor",
     "date": "November 2026", "child_name": "Child S", "review_type": "child_safeguarding_practice_review",
     "area": "Kelbrook", "year": 2026},
    [h("Introduction", "introduction"),
     ("p", "This local child safeguarding practice review was commissioned by the Kelbrook Safeguarding Children "
           "Partnership after Child S, aged four, was seriously injured by her mother's partner."),
     ("p", "The review follows the approach of the Child Safeguarding Practice Review Panel's national reviews: it sets "
           "out key findings and, after each, what the finding means for practice."),
     h("Methodology", "methodology"),
     ("p", "The reviewer read agency reports, held a practitioner event and met Child S's grandmother. The mother "
           "declined to take part."),
     h("Background", "background"),
     ("p", "Child S lived with her mother and younger brother. Her mother's new partner moved into the home in the "
           "spring, and the family came to the notice of children's services twice in the following six months."),
     h("Key findings", "findings", ["learning"])]
    + sum(([("h2", t), ("p", txt), ("h3", "Implications for practice"), ("items", "learning", imp, "ul")]
           for t, txt, imp in KEL_F), [])
    + [h("Recommendations", "recommendations"),
       ("items", "recommendations", KEL_RECS, "ol"),
       h("Conclusion", "conclusion"),
       ("p", "Child S is now living with her grandmother and is doing well. The partnership has accepted the "
             "recommendations and will publish an action plan.")],
    "LuaLaTeX article, untagged; a national panel-style local review: 'Key findings' with numbered 'Key finding N: ...' "
    "sub-headings, each followed by a paragraph and an 'Implications for practice' sub-sub-heading over bullets "
    "(learning items); numbered recommendations",
    body_from=2)

# ----------------------------------------------------------------------------------------------------------------------
# 8. Oakridge Vale: Part A / Part B, recommendations per agency (Chromium, tagged)
# ----------------------------------------------------------------------------------------------------------------------
OAK_HEALTH = [
    "The integrated care board should ensure that GP practices record and share concerns about a parent's capacity to care for a child.",
    "Health visiting should introduce a review of the family health needs assessment when a child is not brought to two appointments.",
]
OAK_POLICE = [
    "The police should ensure that every domestic abuse incident where a child is present leads to a notification to children's services within one working day.",
]
OAK_CSC = [
    "Children's social care should ensure that step-down plans name the agency responsible for monitoring the child's progress.",
    "Children's social care should provide managers with guidance on closing a case when a family has not engaged with early help.",
]
OAK_ACTIONS = [
    ("Health", "Audit GP records of parental capacity concerns", "Designated doctor", "March 2027"),
    ("Health", "Revise the not brought policy for health visiting", "Head of health visiting", "January 2027"),
    ("Police", "Daily review of domestic abuse notifications", "Detective inspector, public protection", "December 2026"),
    ("Children's social care", "Step-down plan template revised", "Service manager", "February 2027"),
    ("Children's social care", "Early help closure guidance issued", "Head of early help", "February 2027"),
]

OAKRIDGE = rep(
    "oakridge-vale-lcspr-child-d.pdf", "chromium_tagged_part_a_part_b_recs_per_agency",
    {"partnership": "Oakridge Vale Safeguarding Children Partnership",
     "title": "Local Child Safeguarding Practice Review: Child D", "by": "Independent reviewer: Ruth Abernethy",
     "date": "October 2026", "child_name": "Child D", "review_type": "child_safeguarding_practice_review",
     "area": "Oakridge Vale", "year": 2026},
    [("hx", "Part A: The review"),
     h("Introduction", "introduction"),
     ("p", "This review was commissioned after Child D, aged seven, was found to have suffered long-term neglect. The "
           "report is in two parts: Part A is the independent review, and Part B sets out the responses of the agencies "
           "and the partnership's action plan."),
     h("The family and the period under review", "background"),
     ("p", "Child D lived with his mother and two younger sisters. The family received early help for a year and the "
           "case was closed when the mother said she no longer wanted support."),
     ("p", "Over the following eighteen months there were three domestic abuse incidents at the home, two of which were "
           "not notified to children's services."),
     h("Analysis", "findings"),
     ("p", "The review found that agencies saw parts of the picture but no agency brought them together. The closure of "
           "early help was not followed by any plan to monitor the children's progress."),
     ("p", "Health practitioners recorded concerns about the mother's capacity to meet the children's needs but did not "
           "share them, believing that children's services were already involved."),
     h("Recommendations", "recommendations"),
     ("p", "The review makes the following recommendations, addressed to the agency that should lead on each."),
     ("h2", "Recommendations for Health"),
     ("items", "recommendations", OAK_HEALTH, "ol"),
     ("h2", "Recommendations for Police"),
     ("items", "recommendations", OAK_POLICE, "ol"),
     ("h2", "Recommendations for Children's Social Care"),
     ("items", "recommendations", OAK_CSC, "ol"),
     ("break",),
     ("hx", "Part B: Agency responses and action plan"),
     h("Agency responses", "other", ["conclusion"]),
     ("p", "Each agency named in Part A has accepted the recommendations addressed to it. The integrated care board has "
           "begun an audit of GP records; the police have introduced a daily review of notifications; children's social "
           "care has revised its step-down plan template."),
     h("Action plan", "other", ["recommendations", "appendix"]),
     ("table", ["Agency", "Action", "Lead", "By when"], OAK_ACTIONS)],
    "Chromium 156, tagged; a report in two parts: 'Part A: The review' and 'Part B: Agency responses and action plan' "
    "(division titles, no sections); recommendations addressed per agency under 'Recommendations for Health', "
    "'Recommendations for Police', 'Recommendations for Children's Social Care' h3 sub-headings, each an ol from 1; "
    "Part B's action plan an 'Agency | Action | Lead | By when' table (no items)",
    body_from=2)

REPORTS = [GWYRFAI, OGWR, GLENMORVEN, BALLYKEEL, MARLBROOK, WYCHBURY, KELBROOK, OAKRIDGE]
