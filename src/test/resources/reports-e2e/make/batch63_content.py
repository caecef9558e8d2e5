"""Batch 63 (issue 9, a fresh held-out batch written before it was first run): eight invented reports on PRODUCER PATHS
AND TEMPLATES new to the batches:
- Ardenmoor (LibreOffice Writer 7.4 TAGGED PDF from HTML, then REWRITTEN BY GHOSTSCRIPT 10 as PDF/A-2b, realistic
  length): Ghostscript's pdfwrite keeps the page content and drops the structure tree; the report has the apparatus of
  a long review: a contents page, terms of reference, a glossary and a chronology appendix;
- Harrowby (pdfLaTeX `article`, realistic length): an older serious case review overview report whose LONG FOOTNOTES
  RUN OVER PAGE BREAKS (a footnote begun at the foot of one page is continued at the foot of the next, under the next
  page's body text), with \\tableofcontents, a glossary, terms of reference and a chronology longtable;
- Kilnsey (wkhtmltopdf 0.12.6, then an outline added by PyMuPDF `set_toc`, as a PDF editor's 'add bookmarks' does: the
  unpatched-Qt build writes none): headings set in the BODY'S SIZE, WEIGHT AND FONT (only a little space above them);
  the OUTLINE BOOKMARKS are the only thing marking them as headings;
- Marrick (PyMuPDF 1.21 `fitz.Story` HTML layout, DocumentWriter): MuPDF's own HTML engine driven from Python, base-14
  fonts, a Scottish learning review with the 2021 national guidance headings;
- Thurlstone (matplotlib 3.6 `PdfPages`, default Type 3 fonts): a 'learning on a page' poster, A4 landscape, six
  drawn rounded boxes with title bars in a 3 x 2 grid, every line its own text object;
- Lisburn Road (ReportLab 3.6 body, then PyMuPDF ANNOTATIONS: FreeText call-outs with the reviewer's comments, Text
  'sticky notes' and an Ink mark over the page): an NI case management review whose comments live only in annotations;
- Wyebridge (Chromium body, then `pdftk multibackground` with a LETTERHEAD PDF made by ReportLab): partnership name,
  an address block top right and a charity-style footer drawn UNDER every page's text from a separate file;
- Fenwick (Chromium): a practitioner briefing whose headings begin with EMOJI pictograms (Noto Color Emoji) and whose
  learning and recommendation entries are paragraphs led by an emoji marker, with no list markup.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds (batch62's): ("h1", heading, type[, accept]) a section heading (in the truth); ("h2", text) a sub-heading,
NO section; ("p", text) a paragraph (no item), with a footnote as ("p", text, footnote); ("items", type, [texts], style)
item entries: 'ol' numbered, 'ul' bullets, 'emoji' paragraphs led by an emoji (extra = the emoji); ("table", header,
rows) a table (no items); ("contents",) a contents list of the h1 headings (no section); ("break",) a page break;
("note", kind, text) an annotation (FreeText / Text / Ink), no text of the body.

Truth conventions of this batch: a heading's printed number is part of its text ('3. Background'); a heading's emoji
is no part of its text; a contents page is no section and its entries no headings; footnotes give nothing, a footnote
continued on the next page gives nothing; terms of reference in an appendix are `appendix` accepting `methodology`; a
glossary is `appendix` accepting `other`; a chronology appendix is `appendix` accepting `background`; annotations
(comments, sticky notes, ink) are no text and no items; the letterhead (name, address block, footer) is no text; in
the poster each box's title is a section and its bullets items of the box's type; an emoji marker is no item text.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch61_content import INVENTED, POOL, para, paras, chron, AGENCIES, EVENTS, rep, h, cover  # noqa: F401

SCOT_AGENCIES = ["Police Scotland", "Social work", "Primary school", "Health visiting", "GP practice",
                 "Emergency department", "Housing", "Third sector family support", "Midwifery", "Community mental health"]
NI_AGENCIES = ["PSNI", "Health and Social Care Trust", "Primary school", "Health visiting", "GP practice",
               "Emergency department", "Housing Executive", "Family support hub", "Midwifery", "Education Authority"]

FOOTNOTES = [
    "Working Together to Safeguard Children (2015) set out the arrangements that applied at the time of these events. "
    "The Local Safeguarding Children Board's procedures followed that guidance closely, and the review has measured "
    "practice against the procedures that were in force at the time rather than against those that replaced them. "
    "Where the procedures were revised during the period under review the revision is noted in the chronology, and "
    "practitioners were asked in the learning events which version they had been working to. Several were not sure, "
    "which is itself a finding about how procedural changes were communicated to front-line staff across agencies.",
    "The review team was told that the threshold document was being rewritten during the period and that an interim "
    "version circulated by email was in use for some months. The interim version was not published on the Board's "
    "website and not every agency received it. The review has not been able to establish which agencies were using "
    "which version on any given date, and has therefore not drawn conclusions about whether individual referrals "
    "met the threshold. It has instead considered whether the practitioners' decisions were reasonable on the "
    "information available to them and explained in their records.",
    "The health visiting service used two electronic record systems during the period, one for the universal service "
    "and one for targeted work. Records of contacts with the family are split between them. The chronology in Appendix "
    "C draws on both systems. The service has since moved to a single system, but practitioners told the review that "
    "information held on the older system is hard to search and is not always looked at when a family is transferred "
    "between teams or when a new concern is raised about a child already known to the service.",
    "The police domestic abuse risk assessment in use at the time gave a score that decided whether a case was heard "
    "at the multi-agency risk assessment conference. The mother's score was one point below the threshold on each of "
    "the three occasions on which it was completed. Practitioners who attended the learning event said that a score "
    "just below the threshold was often treated as a reason for reassurance, although the assessment's own guidance "
    "says that professional judgement should be used to refer cases that fall below it where there are concerns.",
    "The review asked each agency for its records of contact with Child F's father. Only the police and the probation "
    "service held information about him, and neither agency was asked for it by children's social care during the "
    "assessments. The father was not seen by any practitioner from children's services during the period. The review "
    "has considered the national learning about 'hidden men' and refers to it in the findings, where it explains why "
    "the absence of the father from the assessments mattered for the safety of Child F and the younger children.",
    "Attendance figures are taken from the school's register and from the local authority's attendance service. They "
    "differ for two terms because the school recorded some absences as authorised after the family gave reasons for "
    "them later. The review has used the school's figures in the text and the attendance service's in the chronology. "
    "The difference does not change the finding that Child F's attendance fell steadily from the autumn of year four, "
    "and that the fall was not seen by any agency as part of a wider pattern of concern about the care of the children.",
]


def fp(k, n, note):
    return ("p", para(k, n), note)


# ---------------------------------------------------------------- 1: Ardenmoor (Writer tagged -> Ghostscript PDF/A-2b, long)
AM_LEARNING = [
    "Practitioners need to see a baby's injury in the context of everything that is known about the household, not as a single event.",
    "When a mother discloses domestic abuse and then withdraws what she said, the risk has not gone away and the plan should say so.",
    "Pre-birth assessments should begin early enough to include the father and any other adult who will care for the baby.",
    "Managers need to ask what has changed for the child, not only whether the actions in the plan have been completed.",
    "Information held by adult services about a parent's mental health is essential to judging the risk to a baby.",
]
AM_GOOD = [
    "The midwife shared her concerns about the father's behaviour with the health visitor before the baby was born.",
    "The emergency department followed the procedure for injuries in non-mobile babies without delay.",
    "The family support worker kept a clear record of what the mother said and when she said it.",
]
AM_RECS = [
    "The partnership should review its pre-birth assessment procedure so that assessments start by twenty weeks of pregnancy.",
    "Children's social care should make sure that every assessment of an unborn baby includes a meeting with the father.",
    "The partnership should ask adult mental health services to share relevant information at every child protection conference.",
    "All agencies should include the withdrawal of a domestic abuse disclosure as a prompt for review in their supervision policies.",
    "The partnership should audit a sample of child in need plans for babies under one year within nine months.",
]
AM_TOR = [
    "To consider how agencies worked together to assess the risks to Child E before and after her birth.",
    "To examine how information about domestic abuse and parental mental health was shared between agencies.",
    "To identify what the partnership can learn about pre-birth assessment and the care of non-mobile babies.",
    "To consider the period from the first midwifery booking in March 2023 to the incident in May 2024.",
]
AM_GLOSSARY = [("CIN", "Child in need"), ("CP", "Child protection"), ("DASH", "Domestic abuse, stalking and harassment risk assessment"),
               ("ED", "Emergency department"), ("MARAC", "Multi-agency risk assessment conference"),
               ("MASH", "Multi-agency safeguarding hub"), ("LCSPR", "Local child safeguarding practice review"),
               ("PLO", "Public law outline")]


def ardenmoor():
    b = [("contents",)]
    b += [("break",), h("1. Introduction", "introduction")] + paras(700, 3)
    b += [h("2. Methodology", "methodology")]
    b += [("h2", "The review panel")] + paras(703, 3)
    b += [("h2", "Involvement of practitioners")] + paras(706, 3)
    b += [("h2", "Involvement of the family")] + paras(709, 2)
    b += [h("3. Child E and her family", "background")] + paras(711, 5)
    b += [h("4. Key practice episodes", "findings")]
    for i, t in enumerate(["Episode 1: the first midwifery booking", "Episode 2: the police call-out in August 2023",
                           "Episode 3: the pre-birth assessment", "Episode 4: discharge from hospital",
                           "Episode 5: the mother's withdrawal of her account", "Episode 6: the bruise in May 2024"]):
        b += [("h2", t)] + paras(716 + i * 12, 12)
    b += [h("5. Analysis", "findings", ["learning"])]
    for i, t in enumerate(["Pre-birth assessment", "Domestic abuse", "Parental mental health", "Supervision and management oversight"]):
        b += [("h2", t)] + paras(790 + i * 10, 10)
    b += [h("6. Learning", "learning"), ("p", "The review identified the following learning for the partnership.")]
    b += [("items", "learning", AM_LEARNING, "ol")]
    b += [h("7. Good practice", "good_practice"), ("items", "good_practice", AM_GOOD, "ul")]
    b += [h("8. Recommendations", "recommendations"), ("items", "recommendations", AM_RECS, "ol")]
    b += [h("9. Conclusion", "conclusion")] + paras(840, 3)
    b += [("break",), h("Appendix A: Terms of reference", "appendix", ["methodology"])]
    b += [("p", "The partnership agreed the following terms of reference for the review in June 2024.")]
    b += [("items", "none", AM_TOR, "ol")]
    b += [h("Appendix B: Glossary", "appendix", ["other"]), ("table", ["Term", "Meaning"], AM_GLOSSARY)]
    b += [("break",), h("Appendix C: Chronology", "appendix", ["background"])]
    b += [("table", ["Date", "Agency", "Event"], chron(150, 2023, 3, AGENCIES, EVENTS))]
    return b


# ---------------------------------------------------------------- 2: Harrowby (pdfLaTeX, footnotes over page breaks, long)
HB_LESSONS = [
    "Neglect is cumulative, and agencies need to look at the whole history of a family rather than at each concern on its own.",
    "A father who is absent from the assessment is not absent from the child's life, and his history must be known.",
    "Domestic abuse risk scores are a guide, and professional judgement must decide whether a case needs a multi-agency response.",
    "Falling school attendance is often the first sign that a child's care at home is getting worse.",
    "Changes to procedures need to be communicated to front-line staff in a way that tells them what they must now do differently.",
]
HB_RECS = [
    "The LSCB should make sure that every assessment of a family known to two or more agencies includes a multi-agency chronology.",
    "Children's social care should require assessments to record what is known about every adult in the household, including fathers who live elsewhere.",
    "The LSCB should issue guidance on referring domestic abuse cases to the risk assessment conference on professional judgement.",
    "The local authority attendance service should alert the school's designated safeguarding lead when a child's attendance falls below ninety per cent.",
    "The LSCB should publish a short briefing whenever its procedures change, setting out what practitioners must do differently.",
    "The LSCB should report to its members on progress with these recommendations within twelve months.",
]
HB_GLOSSARY = [("CAF", "Common assessment framework"), ("CIN", "Child in need"), ("DSL", "Designated safeguarding lead"),
               ("IRO", "Independent reviewing officer"), ("LSCB", "Local Safeguarding Children Board"),
               ("MARAC", "Multi-agency risk assessment conference"), ("SCR", "Serious case review")]


def harrowby():
    b = [h("1. Introduction", "introduction")] + [fp(820, 4, FOOTNOTES[0])] + paras(821, 2)
    b += [h("2. Terms of reference and methodology", "methodology")] + paras(823, 3) + [fp(826, 5, FOOTNOTES[1])] + paras(827, 2)
    b += [h("3. Glossary", "other", ["appendix"]), ("table", ["Term", "Meaning"], HB_GLOSSARY)]
    b += [h("4. The family", "background")] + paras(829, 4)
    b += [h("5. Summary of agency involvement", "background", ["findings"])]
    for i, t in enumerate(["2012 to 2013", "2014", "2015", "January to June 2016"]):
        b += [("h2", t)] + paras(833 + i * 8, 5) + [fp(838 + i * 8, 5, FOOTNOTES[2 + i])] + paras(839 + i * 8, 2)
    b += [h("6. Analysis", "findings")]
    for i, t in enumerate(["Seeing the pattern", "The father", "Domestic abuse", "School attendance", "Procedures"]):
        b += [("h2", t)] + paras(870 + i * 8, 4) + [fp(874 + i * 8, 5, FOOTNOTES[(i + 1) % 6])] + paras(875 + i * 8, 2)
        b += [fp(877 + i * 8, 4, FOOTNOTES[(i + 3) % 6])]
    b += [h("7. Lessons learned", "learning"), ("items", "learning", HB_LESSONS, "ol")]
    b += [h("8. Recommendations", "recommendations"), ("items", "recommendations", HB_RECS, "ol")]
    b += [h("9. Conclusion", "conclusion")] + paras(915, 2)
    b += [("break",), h("Appendix A: Chronology of agency involvement", "appendix", ["background"])]
    b += [("table", ["Date", "Agency", "Event"], chron(140, 2012, 5, AGENCIES, EVENTS))]
    return b


# ---------------------------------------------------------------- 3: Kilnsey (wkhtmltopdf, body-size headings, outline only)
KN_LEARNING = [
    "A child who is frequently late or hungry at school may be telling practitioners about life at home.",
    "Practitioners should not accept a parent's explanation for a child's absence from medical appointments without checking it.",
    "When several agencies have small worries about a family, someone needs to bring them together.",
]
KN_RECS = [
    "Schools should record lateness and hunger as safeguarding information and not only as matters of behaviour.",
    "The community paediatric service should telephone a family after a child misses two appointments in a row.",
    "The partnership should name a lead practitioner for every family receiving early help from more than one agency.",
]


def kilnsey():
    b = [h("1. Introduction", "introduction")] + paras(910, 2, 3)
    b += [h("2. Background", "background")] + paras(912, 3, 3)
    b += [h("3. Findings", "findings")] + paras(915, 3, 3)
    b += [h("4. Learning", "learning"), ("items", "learning", KN_LEARNING, "ol")]
    b += [h("5. Recommendations", "recommendations"), ("items", "recommendations", KN_RECS, "ol")]
    b += [h("6. Conclusion", "conclusion")] + paras(918, 1, 3)
    return b


# ---------------------------------------------------------------- 4: Marrick (PyMuPDF Story, Scottish learning review)
MK_LEARNING = [
    "Practitioners should ask young people who self-harm about their online lives as well as their lives at home and school.",
    "A young person's move between child and adult mental health services needs a plan agreed with the young person.",
    "Concerns shared by friends of a young person should be treated as seriously as concerns from adults.",
]
MK_RECS = [
    "The Child Protection Committee should include online harm in its guidance on responding to self-harm.",
    "Child and adolescent mental health services should agree a transition plan with every young person six months before they turn eighteen.",
    "Education services should make sure that pupils know how to pass on a worry about a friend.",
]


def marrick():
    b = [h("1. Reason for the learning review", "introduction")] + paras(930, 2, 3)
    b += [h("2. Approach to the review", "methodology")] + paras(932, 2, 3)
    b += [h("3. Summary of circumstances", "background")] + paras(934, 3, 3)
    b += [h("4. Analysis of practice", "findings")] + paras(937, 3, 3)
    b += [h("5. Key learning", "learning"), ("items", "learning", MK_LEARNING, "ul")]
    b += [h("6. Recommendations", "recommendations"), ("items", "recommendations", MK_RECS, "ol")]
    return b


# ---------------------------------------------------------------- 5: Thurlstone (matplotlib poster)
TH_LEARNING = [
    "Bruising on a baby who cannot crawl must always be referred.",
    "Ask who else cares for the baby, and write it down.",
    "A parent's tiredness is a reason to offer help, not to wait.",
]
TH_GOOD = [
    "The GP saw the baby on the same day the family called.",
    "The health visitor's notes were detailed and clear.",
]
TH_RECS = [
    "Re-launch the bruising protocol for non-mobile babies.",
    "Add 'who cares for the baby' to every contact record.",
    "Train reception staff to offer same-day appointments.",
]


def thurlstone():
    return [h("About this review", "introduction"), ("p", para(950, 2)),
            h("What happened", "background"), ("p", para(951, 2)),
            h("What we learned", "learning"), ("items", "learning", TH_LEARNING, "ul"),
            h("What worked well", "good_practice"), ("items", "good_practice", TH_GOOD, "ul"),
            h("What needs to change", "recommendations"), ("items", "recommendations", TH_RECS, "ol"),
            h("Find out more", "other", ["appendix"]),
            ("p", "Read the full report on the partnership's website. Speak to your agency's safeguarding lead.")]


# ---------------------------------------------------------------- 6: Lisburn Road (ReportLab + PyMuPDF annotations, NI CMR)
LR_LESSONS = [
    "Practitioners need to hear the voice of a teenager who is caring for younger brothers and sisters.",
    "When a parent's alcohol use increases, agencies should expect the care of the children to be affected.",
    "Referrals between Trust teams must be followed up until the receiving team has confirmed that it has taken the case.",
]
LR_RECS = [
    "The Health and Social Care Trust should make sure that transfers between its teams are confirmed in writing within five days.",
    "The SBNI should include young carers in its next training programme on parental alcohol misuse.",
    "The Education Authority should remind schools to record a pupil's caring responsibilities on the pupil's file.",
]


def lisburn_road():
    b = [h("1. Introduction", "introduction"), ("note", "FreeText", "Reviewer: please check the dates in this section against the chronology.")]
    b += paras(960, 2, 3)
    b += [h("2. Terms of reference", "methodology", ["other"])] + paras(962, 1, 3)
    b += [("note", "Text", "Panel chair: agreed at the meeting on 12 March.")]
    b += [h("3. Summary of the case", "background")] + paras(963, 3, 3)
    b += [("note", "Ink", "")]
    b += [h("4. Lessons to be learned", "learning"), ("items", "learning", LR_LESSONS, "ol")]
    b += [("note", "FreeText", "Should lesson 2 mention the GP? Discuss with the panel.")]
    b += [h("5. Recommendations", "recommendations"), ("items", "recommendations", LR_RECS, "ol")]
    return b


# ---------------------------------------------------------------- 7: Wyebridge (Chromium + pdftk multibackground letterhead)
WB_LEARNING = [
    "Practitioners should check whether a young person reported missing is also known to have gone missing from school.",
    "Older children who are exploited may present as angry and hard to engage, and need persistent and patient workers.",
    "Information from a young person's friends and their families can show the risks that adults cannot see.",
]
WB_GOOD = [
    "The youth offending team worker kept in touch with Child A every week, even when he did not reply.",
]
WB_RECS = [
    "The partnership should make sure that schools are told within one working day when a pupil has been reported missing.",
    "The exploitation panel should consider every young person who has been found in another county more than once.",
    "Agencies should include the views of young people who have been exploited in the design of their services.",
]


def wyebridge():
    b = [h("1. Introduction", "introduction")] + paras(970, 2, 3)
    b += [h("2. The review process", "methodology")] + paras(972, 2, 3)
    b += [h("3. Background", "background")] + paras(974, 3, 3)
    b += [h("4. Findings", "findings")] + paras(977, 3, 3)
    b += [h("5. Learning", "learning"), ("items", "learning", WB_LEARNING, "ul")]
    b += [h("6. Good practice", "good_practice"), ("items", "good_practice", WB_GOOD, "ul")]
    b += [h("7. Recommendations", "recommendations"), ("items", "recommendations", WB_RECS, "ol")]
    return b


# ---------------------------------------------------------------- 8: Fenwick (Chromium, emoji headings and markers)
FW_LEARNING = [
    "Babies who are not yet crawling should not have bruises, and any bruise needs a referral.",
    "Practitioners need to ask about every adult who spends time with a baby, including visitors.",
    "A parent's low mood after a birth is a reason to check how the baby is being cared for.",
]
FW_RECS = [
    "The partnership should share the bruising protocol with every GP practice and nursery in the area.",
    "Health visitors should record the names of all adults who care for a baby at every visit.",
    "Adult mental health services should ask every parent of a baby who looks after the baby when they are unwell.",
]


FW_EMOJI = {"Background": "\U0001F4CB", "What we found": "\U0001F50D", "What we learned": "\U0001F4A1",
            "What needs to change": "\u27A1\uFE0F", "Questions to consider": "\U0001F4AC"}


def fenwick():
    b = [h("Background", "background")] + paras(990, 2, 3)
    b += [h("What we found", "findings")] + paras(992, 2, 3)
    b += [h("What we learned", "learning"), ("items", "learning", FW_LEARNING, "emoji", "\u2705")]
    b += [h("What needs to change", "recommendations"), ("items", "recommendations", FW_RECS, "emoji", "\U0001F449")]
    b += [h("Questions to consider", "other"), ("p", "How do you find out who cares for a baby? "
                                                 "What would you do if you saw a bruise on a baby in your care?")]
    return b


REPORTS = [
    rep("ardenmoor-lcspr-child-e.pdf", "libreoffice_writer_tagged_ghostscript_pdfa2b_rewrite_contents_glossary_terms_of_reference",
        cover(["Ardenmoor Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Child E",
               "Overview report", "Published November 2024"],
              "Local Child Safeguarding Practice Review: Child E|Local Child Safeguarding Practice Review: Child E - Overview report",
              "Child E", "Ardenmoor", 2024, "Ardenmoor Safeguarding Children Partnership"),
        ardenmoor(),
        "HTML opened in LibreOffice Writer 7.4, exported as tagged PDF, then rewritten by Ghostscript 10 as PDF/A-2b "
        "(structure tree dropped); contents page, terms of reference and glossary appendices, a 150-row chronology",
        body_from=3),
    rep("harrowby-lscb-scr-child-f-overview-report.pdf", "pdflatex_report_footnotes_split_over_page_breaks_longtable",
        cover(["Harrowby Local Safeguarding Children Board", "Serious Case Review", "Child F", "Overview Report",
               "Published March 2017"],
              "Serious Case Review: Child F - Overview Report|Serious Case Review: Child F", "Child F", "Harrowby",
              2017, "Harrowby Local Safeguarding Children Board", "serious_case_review"),
        harrowby(),
        "pdfLaTeX article class, untagged; \\tableofcontents; long footnotes that LaTeX splits over page breaks; a "
        "glossary table, a 140-row chronology longtable", body_from=3),
    rep("kilnsey-lcspr-child-r.pdf", "wkhtmltopdf_body_size_headings_outline_only",
        cover(["Kilnsey Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Child R",
               "June 2025"],
              "Local Child Safeguarding Practice Review: Child R", "Child R", "Kilnsey", 2025,
              "Kilnsey Safeguarding Children Partnership"),
        kilnsey(),
        "wkhtmltopdf 0.12.6 (unpatched Qt), untagged, then an outline added by PyMuPDF set_toc; headings in the "
        "body's size, weight and font; only the outline bookmarks name the headings"),
    rep("marrick-learning-review-young-person-s.pdf", "pymupdf_story_html_layout_scottish_learning_review",
        cover(["Marrick Child Protection Committee", "Learning Review", "Young Person S", "Published August 2025"],
              "Learning Review: Young Person S", "Young Person S", "Marrick", 2025, "Marrick Child Protection Committee",
              "learning_review"),
        marrick(),
        "PyMuPDF 1.21 fitz.Story (MuPDF's HTML layout) with DocumentWriter, base-14 fonts, untagged; Scottish learning "
        "review headings (2021 national guidance)"),
    rep("thurlstone-cspr-baby-j-learning-on-a-page.pdf", "matplotlib_pdfpages_type3_fonts_poster_boxes",
        cover(["Thurlstone Safeguarding Children Partnership", "Learning on a page",
               "Child Safeguarding Practice Review: Baby J", "January 2026"],
              "Child Safeguarding Practice Review: Baby J|Learning on a page: Child Safeguarding Practice Review: Baby J",
              "Baby J", "Thurlstone", 2026, "Thurlstone Safeguarding Children Partnership"),
        thurlstone(),
        "matplotlib 3.6 PdfPages, Type 3 DejaVu fonts, untagged; one A4 landscape poster page with six rounded boxes "
        "(title bar and text) in a 3 x 2 grid", body_from=1, columns=True),
    rep("lisburn-road-cmr-child-c.pdf", "reportlab_pymupdf_freetext_sticky_ink_annotations_ni_cmr",
        cover(["Safeguarding Board for Northern Ireland", "Case Management Review", "Child C", "September 2025"],
              "Case Management Review: Child C", "Child C", "Northern Ireland", 2025,
              "Safeguarding Board for Northern Ireland", "case_management_review"),
        lisburn_road(),
        "ReportLab 3.6 platypus, then PyMuPDF 1.21 annotations: FreeText call-outs, Text sticky notes and an Ink mark "
        "(comments only in annotations), untagged"),
    rep("wyebridge-cspr-child-a.pdf", "chromium_pdftk_multibackground_reportlab_letterhead",
        cover(["Wyebridge Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Child A",
               "April 2025"],
              "Child Safeguarding Practice Review: Child A", "Child A", "Wyebridge", 2025,
              "Wyebridge Safeguarding Children Partnership"),
        wyebridge(),
        "Chromium 156 body, then pdftk multibackground with a ReportLab letterhead (name, address block, footer) drawn "
        "under every page, untagged"),
    rep("fenwick-lcspr-baby-m-practitioner-briefing.pdf", "chromium_emoji_headings_and_item_markers",
        cover(["Fenwick Safeguarding Children Partnership", "Practitioner briefing",
               "Local Child Safeguarding Practice Review: Baby M", "February 2025"],
              "Local Child Safeguarding Practice Review: Baby M|Practitioner briefing: Local Child Safeguarding Practice Review: Baby M",
              "Baby M", "Fenwick", 2025, "Fenwick Safeguarding Children Partnership"),
        fenwick(),
        "Chromium 156, untagged; Noto Color Emoji pictograms before each heading; learning and recommendations as "
        "paragraphs led by an emoji, no list markup", body_from=1, heading_emoji=FW_EMOJI),
]
