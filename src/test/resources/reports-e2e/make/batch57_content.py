"""Batch 57 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports whose novelty is the FURNITURE real published (and not yet published) reports carry over their text:
- Larkspur Vale (Chromium, realistic length): a draft printed with Word's 'All markup' look: a grey markup pane down the
  right of every page holding comment balloons ('Comment [HM1]: ...') joined to their anchors in the text by dotted
  lines, insertions underlined in colour, deletions struck through in colour (one whole recommendation deleted);
- Fernhollow (pdfLaTeX, realistic length): a consultation draft with line numbers every fifth line at the body size,
  running on through the whole report (lineno, modulo 5), footnote-heavy pages (long notes taking a third of the page
  and running on to the next), change bars in the right margin beside revised passages (changebar);
- Quenby Marsh (WeasyPrint): legal style, every paragraph numbered in the margin (1.1, 1.2 ... hanging) and the page's
  paragraph range in the running head ('paras 4.3-4.9', string-set first / last); learning and recommendations as
  lettered sub-paragraphs (a), (b) ... inside numbered paragraphs;
- Cobbleford (ReportLab platypus + pdftk): an 'OFFICIAL - SENSITIVE' diagonal watermark stamped OVER the text of every
  page (pdftk multistamp, grey, translucent), a red 'PUBLISHED VERSION' box stamped on page 1 and a signature block
  with a drawn signature image on the last page;
- Penhallow (python-docx -> LibreOffice): 'OFFICIAL - SENSITIVE' protective markings at the top and foot of every page,
  a bordered 'Distribution' list box on page 1, Word line numbering every fifth line restarting on each page;
- Ashgrove Lees (ReportLab canvas + AcroForm): a tear-off 'Action plan' form on the last page (a dashed cut line, form
  fields drawn as labelled boxes, some AcroForm text fields filled: their values in the widgets' appearance streams);
- Brindlecote (pycairo PDF surface, hand-set lines): redactions, black boxes drawn OVER names (the words still in the
  text layer under the box) and elsewhere the words removed and replaced by '[REDACTED]';
- Tarrowby (pandoc -> LuaLaTeX + qpdf --underlay): a TILED watermark, 'OFFICIAL - SENSITIVE' repeated twelve times per
  page in a turned grid (45 degrees, light grey) under the text, from a ReportLab page laid under by qpdf.

Every child, family, area, partnership, agency and person here is invented for software testing.

Markup inside texts: '{+words+}' an insertion (kept by the truth), '[-words-]' a deletion (struck through: not in the
truth), '<<words>>' a redaction box drawn over the words (the words stay in the text layer; not in the truth, the box
hides them), '[REDACTED]' printed as is (in the truth as printed), '{^note^}' a footnote (its call and its note not in
the truth). accepted(text) gives the truth's text.

Block kinds: ("h1", heading, type[, accept]) a section heading; ("h2", text) a sub-heading (no section); ("p", text
[, comment]) a paragraph (a comment balloon for the markup report); ("items", type, [texts], style) a list ('ul', 'ol',
'alpha'); ("cb", [blocks]) blocks inside change bars; ("dist", title, [lines]) a distribution list box; ("sign", name,
role, date) a signature block; ("form", title, [(label, value)]) the tear-off form; ("pb",) a page break. Test-fixture
tooling only.
"""
import re

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"


def accepted(text):
    t = re.sub(r"\[-.*?-\]", "", text)
    t = re.sub(r"\{\+(.*?)\+\}", r"\1", t)
    t = re.sub(r"<<.*?>>", "", t)
    t = re.sub(r"\{\^.*?\^\}", "", t)
    return re.sub(r"\s+([.,;:])", r"\1", re.sub(r"\s{2,}", " ", t)).strip()


def rep(file, producer, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


# Sentences in the register of published reviews (invented; read against real reviews' wording, none copied).
SAY = ["The purpose of this review is to identify improvements that can be made to how agencies work together.",
       "It is not the role of the review to hold any practitioner or agency to account for what happened.",
       "Records show that the family moved address three times in the year before the incident.",
       "Each move meant a new GP practice, and the health records did not always follow the children promptly.",
       "The school knew the children well and noticed when their attendance began to fall in the spring term.",
       "Practitioners told the review that they found the mother open and willing to accept advice.",
       "That openness was genuine, but it was not tested against what the children were saying and showing.",
       "The stepfather was described in several records as supportive, although no agency had met him in person.",
       "The early help assessment listed the family's strengths in detail and said less about the risks.",
       "When concerns were raised about bruising, the explanation given by the mother was accepted on the same day.",
       "A body map was completed by the nursery, but it was not shared with the health visitor or the GP.",
       "The review heard that caseloads in the assessment team were high throughout the period under review.",
       "Managers were aware of the pressures and had put in place a plan to recruit additional staff.",
       "The strategy discussion was held by telephone and did not include the school or the health visiting service.",
       "Information that would have changed the decision was held by an agency that was not invited to take part.",
       "The child's wishes and feelings were recorded once, by a teaching assistant who knew her well.",
       "Practitioners did not always feel confident to challenge the decisions of colleagues in other agencies.",
       "The escalation procedure was known to managers but was less well understood by frontline staff.",
       "The family's housing was overcrowded and damp, and the landlord had not responded to repeated complaints.",
       "Financial hardship was a constant pressure on the family and affected the parents' capacity to cope.",
       "Domestic abuse notifications from the police reached children's services but were not passed to the school.",
       "The review found examples of practitioners going beyond what was expected of them to help the family.",
       "The health visitor made extra visits when she was worried and recorded her concerns clearly.",
       "The police officer who attended the second incident made a prompt and detailed referral.",
       "Learning from previous reviews in the area had not yet changed the way that referrals were screened.",
       "The panel met five times and considered written reports from each agency involved with the family.",
       "Practitioners were invited to a learning event, and their views are reflected throughout this report.",
       "The mother and grandmother both contributed to the review, and the reviewer is grateful for their time.",
       "The child protection conference was quorate, but two agencies sent apologies and no written report.",
       "Plans were reviewed on time, but the review meetings focused on attendance rather than on change."]


def para(topics, i):
    s, n = SAY, len(SAY)
    a, b, c, d = s[i % n], s[(i + 7) % n], s[(i + 13) % n], s[(i + 19) % n]
    return "In respect of %s, %s %s %s %s" % (topics[i % len(topics)], a[0].lower() + a[1:], b, c, d)


_NEXT = [0]


def paras(topics, n, start=0):
    """n paragraphs, each continuing where the last call left off (no paragraph repeats another in a report)."""
    out = []
    for i in range(n):
        _NEXT[0] += 1
        out.append(("p", para(topics, start + _NEXT[0] * 3 + i)))
    return out


def with_comments(blocks, comments, every=3):
    """Give every `every`-th paragraph one of the comment balloons in turn."""
    out, k, j = [], 0, 0
    for b in blocks:
        if b[0] == "p" and len(b) == 2:
            k += 1
            if k % every == 0 and j < len(comments):
                b = ("p", b[1], comments[j])
                j += 1
        out.append(b)
    return out


# ---------- 1. Larkspur Vale: Chromium, Word 'All markup' look (realistic length)
LV_TOPICS = ["the referral from the nursery", "the first home visit", "the family's move to Larkspur Vale",
             "the health visiting service", "the strategy discussion", "the child protection plan",
             "the stepfather", "the school's concerns", "the police notifications", "supervision", "the GP practice"]
LV_COMMENTS = ["HM1: Please check the dates against the police chronology before the next panel meeting.",
               "RO2: Children's services would like this sentence to name the team rather than the worker.",
               "HM3: Agreed with the family on 3 March. No further change needed.",
               "JB4: Health colleagues ask whether the GP was invited to the meeting. Reviewer to confirm.",
               "HM5: This finding has been reworded after the practitioner event.",
               "RO6: Consider moving this paragraph to the analysis section.",
               "JB7: The panel agreed this wording at its meeting on 12 May.",
               "HM8: Please add the number of visits once the audit is complete.",
               "RO9: Legal advice received. This paragraph can remain as drafted.",
               "JB10: Formatted: Font: Bold. Not bold in the final version.",
               "HM11: The mother asked for this to be said more plainly.",
               "RO12: Police comments incorporated.",
               "JB13: Check spelling of the agency's name.",
               "HM14: Deleted recommendation agreed by the panel: it is covered by recommendation 2.",
               "RO15: Publication date to be confirmed by the business manager."]
LV_LEARNING = [
    "A parent's account of an injury should be checked with {+at least+} one other agency before it is accepted [-as true-].",
    "Practitioners need to see and speak with every adult in the household, including {+a new partner who+} [-partners who-] may not live there all the time.",
    "A strategy discussion is only as good as the information brought to it, so every agency that knows the child should be invited.",
    "The child's own words and behaviour are evidence and should be recorded and {+weighed+} [-considered-] alongside the accounts of adults.",
]
LV_RECS = [
    "Larkspur Vale Safeguarding Children Partnership should {+seek assurance+} [-ask-] that strategy discussions include health and education in every case where a child attends a setting.",
    "The local authority should review how body maps completed by early years settings are shared with health partners {+within one working day+}.",
    "[-The partnership should write to the Department for Education about the national guidance on body maps.-]",
    "All agencies should remind practitioners that a new partner in the household must be identified, seen and {+checked+} [-recorded-] in every assessment.",
    "{+The partnership should audit the use of the escalation procedure by frontline staff and report the findings to the board within six months.+}",
]


def lv_blocks():
    b = [h("Executive summary", "summary")] + paras(LV_TOPICS, 6)
    b += [h("1. Introduction", "introduction")] + paras(LV_TOPICS, 10, 1)
    b += [h("2. Terms of reference and methodology", "methodology", ["introduction"])] + paras(LV_TOPICS, 13, 2)
    b += [h("3. Background", "background")] + paras(LV_TOPICS, 28, 3)
    b += [h("4. Key practice episodes", "background", ["findings"])] + paras(LV_TOPICS, 37, 4)
    b += [h("5. Analysis", "findings")] + paras(LV_TOPICS, 46, 5)
    b += [h("6. Learning", "learning"),
          ("p", "The review has identified the following learning for the {+partnership and for+} practitioners."),
          ("items", "learning", LV_LEARNING, "ul")] + paras(LV_TOPICS, 3, 6)
    b += [h("7. Recommendations", "recommendations"),
          ("p", "The review makes [-five-] {+four+} recommendations to the partnership. A fifth was withdrawn after the panel's meeting."),
          ("items", "recommendations", LV_RECS, "ol")]
    b += [h("8. Conclusion", "conclusion")] + paras(LV_TOPICS, 6, 7)
    return with_comments(b, LV_COMMENTS, 7)


LARKSPUR = rep("larkspur-vale-lcspr-child-d-markup.pdf", "chromium_word_all_markup", {
    "partnership": "Larkspur Vale Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Child D", "by": "Independent reviewer: Hesketh Marlowe",
    "date": "Draft v0.7 for panel comment, May 2026", "child_name": "Child D", "review_type": CSPR, "area": "Larkspur Vale",
    "year": 2026}, lv_blocks(),
    "Chromium 156, untagged; a draft printed with Word's 'All markup' look: a grey markup pane down the right of every "
    "page with comment balloons joined to their anchors by dotted lines; insertions underlined in blue, deletions struck "
    "through in red (one whole recommendation deleted); truth: the accepted text (insertions kept, deletions left out), "
    "the balloons give nothing")

# ---------- 2. Fernhollow: pdfLaTeX consultation draft, line numbers every fifth line running on, footnotes, change bars
FH_TOPICS = ["the pre-birth period", "the baby's first weeks", "the mother's mental health", "the father's history",
             "the midwifery service", "the health visitor's contacts", "the neonatal unit", "the children's centre",
             "the housing service", "the police referral", "the GP's records", "the multi-agency meeting"]
FH_NOTES = [
    "Working Together to Safeguard Children (invented edition for this fixture), chapter 4, which sets out the duties of "
    "the safeguarding partners when a serious incident is notified and the purpose of a local review. The reviewer has "
    "read the guidance as it stood at the time of the events, not as it has since been revised.",
    "The agency reports were written by senior managers who had no direct involvement with the family. Each report was "
    "quality assured by the panel before the practitioner event, and two were returned for further information about "
    "supervision and about the records of telephone contacts that had not been entered on the case file.",
    "Fernhollow Safeguarding Children Partnership, Pre-birth Assessment Protocol (invented), section 3.2. The protocol "
    "expects an assessment to begin no later than the twentieth week of pregnancy where a previous child has been "
    "removed from a parent's care, and to be completed in time for a pre-birth conference to be held before the birth.",
    "The reviewer met the mother twice, once at home and once at a family centre, with her advocate present. The father "
    "declined to take part. The maternal grandmother spoke to the reviewer by telephone and her views are included in "
    "the section on the family's perspective, with her agreement and in words she has approved.",
    "The national panel's thematic reports on sudden unexpected infant death and on men in the lives of babies are "
    "referred to throughout. Their findings about risk in families where there is parental mental ill health, alcohol "
    "use and overcrowding are reflected in the learning of this review and are not repeated at length here.",
    "Records of the neonatal unit were incomplete for two days in March, when the unit moved to a new electronic system. "
    "The trust has confirmed that no information about the family was lost, but the notes of one discharge planning "
    "conversation could not be found and the account given here relies on the memory of the nurse who led it.",
]
FH_LEARNING = [
    "Pre-birth assessment should start early enough for its conclusions to be tested before the baby is discharged home.",
    "Where a previous child has been removed, the history must be read and understood by every practitioner who joins the plan.",
    "Fathers should be assessed in their own right, with their history checked and their role in the baby's care understood.",
    "Discharge planning for a baby from a neonatal unit should include the community services that will support the family.",
    "Practitioners need support to stay curious when a parent presents well and is eager to cooperate with the plan.",
]
FH_RECS = [
    "The partnership should revise the pre-birth protocol so that assessments where a previous child has been removed begin by twenty weeks of pregnancy.",
    "The hospital trust should make sure that discharge planning meetings for babies on the neonatal unit include the health visitor and, where one is allocated, the social worker.",
    "Children's services should check that chronologies from previous proceedings are read and summarised in every new assessment.",
    "All agencies should use the partnership's guidance on working with fathers and report on its use through the annual audit programme.",
    "The partnership should test the effect of these recommendations through a multi-agency audit of pre-birth cases within twelve months.",
]


def fh_noted(blocks, every=2):
    """Give every `every`-th paragraph a long footnote, the notes in turn (repeated notes say 'see also')."""
    out, k = [], 0
    for b in blocks:
        if b[0] == "p":
            k += 1
            if k % every == 0:
                note = FH_NOTES[(k // every) % len(FH_NOTES)]
                if k // every >= len(FH_NOTES):
                    note = "See also, for the same point made in a different context, note %d. %s" % (k // every % 5 + 1, note)
                b = ("p", b[1] + " {^" + note + "^}")
        out.append(b)
    return out


def fh_blocks():
    b = [h("Executive summary", "summary")] + paras(FH_TOPICS, 3)
    b += [h("1 Introduction", "introduction")] + paras(FH_TOPICS, 6, 1)
    b += [h("2 How the review was carried out", "methodology")] + paras(FH_TOPICS, 7, 2)
    b += [("cb", paras(FH_TOPICS, 2, 3))]
    b += [h("3 The family", "background")] + paras(FH_TOPICS, 14, 3)
    b += [h("4 Summary of events", "background")] + paras(FH_TOPICS, 24, 4)
    b += [("cb", paras(FH_TOPICS, 2, 4))] + paras(FH_TOPICS, 8, 4)
    b += [h("5 Analysis and findings", "findings")] + paras(FH_TOPICS, 24, 5)
    b += [("cb", paras(FH_TOPICS, 2, 5))] + paras(FH_TOPICS, 6, 5)
    b += [h("6 Learning", "learning"),
          ("p", "The review identifies five points of learning for the partnership and for practitioners in every agency."),
          ("items", "learning", FH_LEARNING, "ol")]
    b += [h("7 Recommendations", "recommendations"),
          ("p", "The following recommendations are made to Fernhollow Safeguarding Children Partnership.")]
    b += [("cb", [("items", "recommendations", FH_RECS, "ol")])]
    b += [h("8 Conclusion", "conclusion")] + paras(FH_TOPICS, 7, 6)
    return fh_noted(b, 1)


FERNHOLLOW = rep("fernhollow-lcspr-baby-r-consultation.pdf", "pdflatex_lineno_modulo_footnotes_changebar", {
    "partnership": "Fernhollow Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Baby R", "by": "Lead reviewer: Dr Annwen Castellane",
    "date": "Consultation draft, March 2026", "child_name": "Baby R", "review_type": CSPR, "area": "Fernhollow",
    "year": 2026}, fh_blocks(),
    "pdfLaTeX article, untagged; a consultation draft: line numbers every fifth line at the body size, running on "
    "through the report (lineno, modulo 5, left margin); footnote-heavy pages (long notes take about a third of a "
    "page and run on to the next); change bars in the right margin beside revised passages (changebar)")

# ---------- 3. Quenby Marsh: WeasyPrint legal style, paragraph numbers in the margin, 'paras 4.3-4.9' running head
QM_TOPICS = ["the referral", "the assessment", "the child's school", "the youth offending service", "the police",
             "the child's mother", "the child's friends", "the community safety team", "the emergency department"]
QM_LEARNING = [
    "Exploitation of a child outside the home should be recognised as a safeguarding concern and not only as offending.",
    "A child who goes missing repeatedly is telling practitioners something, and return interviews should be used to find out what.",
    "Information held by the police about the adults around a child should be brought to every multi-agency meeting.",
]
QM_RECS = [
    "the partnership should make sure that the contextual safeguarding panel receives every return interview in which exploitation is mentioned;",
    "the youth offending service and children's services should agree a joint plan for any child known to both;",
    "the police should share intelligence about adults linked to a child with the allocated social worker within two working days; and",
    "the partnership should review the impact of these changes after twelve months and publish what it finds.",
]


def qm_blocks():
    b = [h("1. Introduction", "introduction")] + paras(QM_TOPICS, 4)
    b += [h("2. Methodology", "methodology")] + paras(QM_TOPICS, 3, 1)
    b += [h("3. Background", "background")] + paras(QM_TOPICS, 7, 2)
    b += [h("4. Analysis", "findings")] + paras(QM_TOPICS, 9, 3)
    b += [h("5. Learning", "learning"),
          ("p", "The panel has identified three points of learning, which are set out below:"),
          ("items", "learning", QM_LEARNING, "alpha")] + paras(QM_TOPICS, 1, 4)
    b += [h("6. Recommendations", "recommendations"),
          ("p", "The panel recommends that:"), ("items", "recommendations", QM_RECS, "alpha")]
    b += [h("7. Conclusion", "conclusion")] + paras(QM_TOPICS, 2, 5)
    return b


QUENBY = rep("quenby-marsh-cspr-child-k.pdf", "weasyprint_legal_margin_paragraph_numbers", {
    "partnership": "Quenby Marsh Safeguarding Children Partnership",
    "title": "Child Safeguarding Practice Review: Child K", "by": "Reviewer: Ottoline Prewitt",
    "date": "Published: February 2026", "child_name": "Child K", "review_type": CSPR, "area": "Quenby Marsh",
    "year": 2026}, qm_blocks(),
    "WeasyPrint 57.2, untagged; legal style: every paragraph numbered in the left margin (1.1, 1.2 ..., hanging); the "
    "running head gives the page's paragraph range ('paras 4.3-4.9', string-set with first / last); learning and "
    "recommendations as lettered sub-paragraphs (a), (b) ... inside numbered paragraphs")

# ---------- 4. Cobbleford: ReportLab + pdftk stamps (watermark over the text, PUBLISHED VERSION box, signature)
CB_TOPICS = ["the baby's father", "the maternity service", "the health visitor", "the GP", "the police", "the family's housing"]
CB_LEARNING = [
    "Safe sleep advice should be repeated and adapted when the family's circumstances change, such as a move or a new partner.",
    "Practitioners should ask about alcohol and drug use by every adult who cares for a baby, not only by the mother.",
    "Where a parent misses appointments, practitioners should consider what this means for the baby rather than close the case.",
]
CB_RECS = [
    "Cobbleford Safeguarding Partnership should make sure that the safe sleep assessment tool is used at every contact after a change in the household.",
    "The integrated care board should report on how GP practices follow up babies who are not brought to appointments.",
    "The partnership should share the learning from this review with the housing service and the voluntary sector.",
]


def cb_blocks():
    b = [h("Introduction", "introduction")] + paras(CB_TOPICS, 3)
    b += [h("Background", "background")] + paras(CB_TOPICS, 5, 1)
    b += [h("Findings", "findings")] + paras(CB_TOPICS, 5, 2)
    b += [h("Learning", "learning"), ("items", "learning", CB_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", CB_RECS, "ol")]
    b += [h("Conclusion", "conclusion")] + paras(CB_TOPICS, 2, 3)
    b += [("sign", "Imelda Farrant-Oduya", "Independent Scrutineer, Cobbleford Safeguarding Partnership", "20 January 2026")]
    return b


COBBLEFORD = rep("cobbleford-lcspr-baby-t.pdf", "reportlab_pdftk_stamped", {
    "partnership": "Cobbleford Safeguarding Partnership",
    "title": "Local Child Safeguarding Practice Review: Baby T", "by": "Author: Crispin Annesley",
    "date": "January 2026", "child_name": "Baby T", "review_type": CSPR, "area": "Cobbleford", "year": 2026},
    cb_blocks(),
    "ReportLab 3.6 platypus, then pdftk 3.3 multistamp: a grey translucent 'OFFICIAL - SENSITIVE' diagonal watermark "
    "drawn OVER the text of every page, and a red 'PUBLISHED VERSION' box stamped on page 1; a signature block with a "
    "drawn signature image on the last page")

# ---------- 5. Penhallow: python-docx -> LibreOffice, markings, distribution box, line numbers every 5th restarting per page
PH_TOPICS = ["the child's disability", "the respite service", "the special school", "the community paediatrician",
             "the short breaks team", "the mother's health", "the transition to secondary school"]
PH_LEARNING = [
    "Disabled children should be seen and communicated with in the way that works for them, using the tools their school uses.",
    "Concerns about a disabled child's injuries should be considered in the same way as for any other child.",
    "Parents who care for a disabled child around the clock need their own needs assessed and met.",
]
PH_RECS = [
    "The partnership should make sure that communication passports are shared with every agency working with a disabled child.",
    "Children's services should review how the short breaks team escalates concerns about a child's safety.",
    "The community paediatric service should record who was present and how the child communicated at each appointment.",
    "The partnership should ask for assurance that carers' assessments are offered to parents of disabled children.",
]


def ph_blocks():
    b = [("dist", "Distribution", ["Chair, Penhallow Safeguarding Children Partnership", "Director of Children's Services",
                                   "Chief Nurse, Integrated Care Board", "Detective Superintendent, Public Protection",
                                   "Not for onward circulation without the chair's agreement."])]
    b += [h("Introduction", "introduction")] + paras(PH_TOPICS, 3)
    b += [h("The review process", "methodology")] + paras(PH_TOPICS, 3, 1)
    b += [h("Background", "background")] + paras(PH_TOPICS, 5, 2)
    b += [h("Findings", "findings")] + paras(PH_TOPICS, 6, 3)
    b += [h("Learning", "learning"), ("items", "learning", PH_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", PH_RECS, "ol")]
    b += [h("Conclusion", "conclusion")] + paras(PH_TOPICS, 2, 4)
    return b


PENHALLOW = rep("penhallow-lcspr-child-w.pdf", "docx_libreoffice_markings_distribution_line_numbers", {
    "partnership": "Penhallow Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Child W", "by": "Independent reviewer: Seraphina Goldthorpe",
    "date": "April 2026", "child_name": "Child W", "review_type": CSPR, "area": "Penhallow", "year": 2026},
    ph_blocks(),
    "python-docx -> LibreOffice 7.4, untagged; 'OFFICIAL - SENSITIVE' bold red in the header and footer of every page; "
    "a bordered 'Distribution' list box on page 1; Word line numbering (w:lnNumType countBy 5, restart each page)")

# ---------- 6. Ashgrove Lees: ReportLab canvas with a tear-off AcroForm 'Action plan' form
AG_TOPICS = ["the child's mother", "the school", "the school nurse", "the child and adolescent mental health service",
             "the police", "the child's older brother"]
AG_LEARNING = [
    "Self-harm by a young child is always a safeguarding concern and should lead to a conversation about life at home.",
    "Schools should be part of the plan when a child is referred to mental health services, not only told of the referral.",
    "Waiting times for specialist help should not mean that no agency is responsible for the child while they wait.",
]
AG_RECS = [
    "Ashgrove Lees Safeguarding Partnership should agree who holds responsibility for a child while they wait for a mental health assessment.",
    "The mental health trust should share its triage decision with the child's school and GP on the day it is made.",
    "Schools should be invited to every review of a plan for a child who has harmed themselves.",
]
AG_FORM = [("Agency", "Ashgrove Lees Academy Trust"), ("Lead officer", "Head of safeguarding"),
           ("Recommendation number", "3"), ("Action to be taken", "Add school attendance to the mental health triage form"),
           ("By when", "30 June 2026"), ("How will you know it has worked?", ""), ("Signed", ""), ("Date", "")]


def ag_blocks():
    b = [h("Introduction", "introduction")] + paras(AG_TOPICS, 3)
    b += [h("Background", "background")] + paras(AG_TOPICS, 4, 1)
    b += [h("Analysis", "findings")] + paras(AG_TOPICS, 5, 2)
    b += [h("Learning", "learning"), ("items", "learning", AG_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", AG_RECS, "ol")]
    b += [h("Conclusion", "conclusion")] + paras(AG_TOPICS, 2, 3)
    b += [("pb",), h("Action plan", "other", ["appendix", "recommendations"]), ("form", "Action plan", AG_FORM)]
    return b


ASHGROVE = rep("ashgrove-lees-cspr-child-n.pdf", "reportlab_canvas_acroform_tear_off", {
    "partnership": "Ashgrove Lees Safeguarding Partnership",
    "title": "Child Safeguarding Practice Review: Child N", "by": "Reviewer: Benedikt Harrowgate",
    "date": "March 2026", "child_name": "Child N", "review_type": CSPR, "area": "Ashgrove Lees", "year": 2026},
    ag_blocks(),
    "ReportLab 3.6 canvas, untagged; a tear-off 'Action plan' form on the last page: a dashed cut line, form fields drawn "
    "as labelled boxes, five AcroForm text fields filled (their values only in the widgets' appearance streams and /V), "
    "three empty; the form gives no item")

# ---------- 7. Brindlecote: pycairo, redaction boxes over names (text still under) and '[REDACTED]'
BC_TOPICS = ["the family's arrival in Brindlecote", "the children's centre", "the school", "the police",
             "the social worker's visits", "the paternal uncle", "the interpreter service"]
BC_LEARNING = [
    "When a family needs an interpreter, practitioners should use a professional interpreter and not <<Mr Idris Kaya>> or any other relative.",
    "A child who is [REDACTED] should be seen alone, with an interpreter the child has chosen, before any decision is made.",
    "Practitioners should record who else lives in the home, including visiting relatives such as <<Mr Idris Kaya>>, and check what is known about them.",
]
BC_RECS = [
    "Brindlecote Children's Safeguarding Partnership should make sure that professional interpreters are used in every assessment where a family's first language is not English.",
    "The police and children's services should agree how information about adults who visit a household, such as <<Mr Idris Kaya>>, is shared.",
    "[REDACTED] school should review its attendance procedures with the local authority's education welfare service.",
]


def bc_blocks():
    b = [h("Introduction", "introduction"),
         ("p", "This review was commissioned after <<Amira Kaya>>, known in this report as Child E, was seriously harmed "
               "at home in the spring of 2025. " + SAY[0] + " " + SAY[1])] + paras(BC_TOPICS, 2)
    b += [h("Background", "background"),
          ("p", "Child E lived with her mother, <<Selin Kaya>>, and two younger brothers. Her paternal uncle, <<Idris "
                "Kaya>>, often stayed with the family. The family came to Brindlecote from [REDACTED] in 2023. " + SAY[2])]
    b += paras(BC_TOPICS, 4, 1)
    b += [h("Findings", "findings"),
          ("p", "The social worker, <<Ms Okafor>>, visited four times. On two of those visits <<Mr Idris Kaya>> acted "
                "as interpreter. " + SAY[14] + " " + SAY[16])] + paras(BC_TOPICS, 5, 2)
    b += [h("Learning", "learning"), ("items", "learning", BC_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", BC_RECS, "ol")]
    b += [h("Conclusion", "conclusion")] + paras(BC_TOPICS, 2, 3)
    return b


BRINDLECOTE = rep("brindlecote-lcspr-child-e-redacted.pdf", "pycairo_redaction_boxes", {
    "partnership": "Brindlecote Children's Safeguarding Partnership",
    "title": "Local Child Safeguarding Practice Review: Child E", "by": "Reviewer: Cordelia Marchbanks",
    "date": "Redacted for publication, December 2025", "child_name": "Child E", "review_type": CSPR,
    "area": "Brindlecote", "year": 2025}, bc_blocks(),
    "pycairo 1.20 PDF surface, every line set by hand (DejaVu Sans), untagged; redactions: black boxes drawn over names "
    "AFTER their text (the words stay in the text layer under the box) and elsewhere the words removed and '[REDACTED]' "
    "printed; truth: the words a reader sees ('[REDACTED]' kept, the boxed words left out)")

# ---------- 8. Tarrowby: pandoc -> LuaLaTeX, tiled OFFICIAL - SENSITIVE watermark laid under by qpdf
TW_TOPICS = ["the child's neglect", "the school's attendance team", "the health visitor", "the early help worker",
             "the family's dog", "the child in need plan", "the mother's partner"]
TW_LEARNING = [
    "Neglect should be judged by its impact on the child over time, not by the condition of the home on the day of a visit.",
    "Early help plans should have clear goals and should be stepped up when they are not met within the agreed time.",
    "Poor school attendance is often the first sign of neglect and should be shared with the other agencies in the plan.",
]
TW_RECS = [
    "Tarrowby Safeguarding Children Partnership should relaunch the neglect screening tool and check its use through audit.",
    "The local authority should make sure that early help plans are reviewed by a manager when goals have not been met after three months.",
    "Schools should share attendance below ninety per cent with the lead professional for any child with an early help plan.",
]


def tw_blocks():
    b = [h("Introduction", "introduction")] + paras(TW_TOPICS, 3)
    b += [h("Methodology", "methodology")] + paras(TW_TOPICS, 2, 1)
    b += [h("Background", "background")] + paras(TW_TOPICS, 5, 2)
    b += [h("Analysis", "findings")] + paras(TW_TOPICS, 5, 3)
    b += [h("Learning", "learning"), ("items", "learning", TW_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", TW_RECS, "ol")]
    b += [h("Conclusion", "conclusion")] + paras(TW_TOPICS, 2, 4)
    return b


TARROWBY = rep("tarrowby-lcspr-child-h.pdf", "pandoc_lualatex_qpdf_tiled_watermark", {
    "partnership": "Tarrowby Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Child H", "by": "Independent author: Lysander Whitcombe",
    "date": "November 2025", "child_name": "Child H", "review_type": CSPR, "area": "Tarrowby", "year": 2025},
    tw_blocks(),
    "pandoc 2.17 -> LuaLaTeX (default template), then qpdf --underlay of a ReportLab page: 'OFFICIAL - SENSITIVE' "
    "tiled twelve times per page in a grid turned 45 degrees, light grey, under the text")

REPORTS = [LARKSPUR, FERNHOLLOW, QUENBY, COBBLEFORD, PENHALLOW, ASHGROVE, BRINDLECOTE, TARROWBY]
