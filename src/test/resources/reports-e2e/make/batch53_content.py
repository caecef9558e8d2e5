"""Batch 53 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports on PRODUCER PATHS no earlier batch had:
- Wrenfield (Chromium, realistic length, then `qpdf --linearize`): the findings chapter alone set in TWO CSS COLUMNS
  (`column-count: 2`), each theme's learning point a shaded box inside the column flow (`break-inside: avoid`);
- Oakhanger (ReportLab canvas, every line placed with drawString, base-14 Times / Helvetica, no tagging) with an
  APPENDED REVISION written by hand: a second xref section and trailer (/Prev) giving page 3 a new content stream (the
  recommendations re-worded, one added), the first revision's stream left in the file;
- Hexworthy (pdfLaTeX, titlesec `leftmargin` section titles): each section title set IN THE LEFT MARGIN beside the
  first lines of its text, on the same baseline;
- Kelsall Moor (Chromium parts assembled by `qpdf --empty --pages`): page 3 a SCANNED page (rasterised, img2pdf,
  ocrmypdf / tesseract text layer) between born-digital pages;
- Thistlecombe (flat ODT -> LibreOffice Writer): a diagonal 'DRAFT' watermark (a rotated Writer frame in the header),
  'OFFICIAL-SENSITIVE' markings at the top and foot of every page, tracked-change-like coloured, underlined
  INSERTIONS inside items and paragraphs;
- Brantham (flat ODP -> LibreOffice Impress): an A4 PORTRAIT report of presentation pages, every heading a title text
  frame and every paragraph and list an outline text frame (text frames, not paragraphs of a flow);
- Culmstock (hand-written PostScript -> Ghostscript): every body line JUSTIFIED by `widthshow` (word spaces widened in
  the show operator);
- Rosedale Abbey (WeasyPrint): a running header element taken out of the flow by `position: running(head)` into
  @top-center, the chapter name in @top-right from `string-set`, learning in a two-column list (`column-count: 2`).

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]) a section heading; ("h2", heading) a sub-heading, NOT a
section; ("p", text); ("items", type, [texts], style) a list (style 'ul', 'ol'); ("lpbox", text) a learning point in a
box (a learning item); ("cols", bool) start / end of a multi-column part; ("scan", bool) start / end of the scanned
page. In Thistlecombe '{+...+}' marks an inserted run (coloured, underlined); the truth reads the text without the
marks. Test-fixture tooling only.
"""
import re

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
INS = re.compile(r"\{\+|\+\}")


def plain(s):
    return INS.sub("", s)


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


# ---------- 1. Wrenfield: Chromium, realistic length, findings in two CSS columns, qpdf --linearize
WR_TOPICS = ["the pregnancy", "the first year", "the move to Wrenfield", "the nursery placement", "the mother's mental health",
             "the father's visits", "the domestic abuse notifications", "the early help assessment", "the school's concerns",
             "the strategy discussion", "the child in need plan", "the hospital admission", "the health visiting contacts",
             "the housing transfer", "the police welfare checks", "the case closure"]
WR_SAY = ["Agencies responded to each event as it arose, and no one stood back to consider what the events meant together.",
          "The records show a family who were welcoming to practitioners and who said the right things at every visit.",
          "Practitioners did not always have the time or the supervision they needed to think about Child T's experience.",
          "Information about the father's history was held by the police but was not asked for by the other agencies.",
          "Child T's speech was delayed and she was often described as quiet, which was understood as her temperament.",
          "The early help plan listed tasks for the parents but did not say how anyone would know whether things had improved.",
          "The mother's own experience of care as a teenager was known to her GP and was never discussed with her.",
          "Several practitioners told the review that they had felt uneasy but could not say exactly why at the time.",
          "Thresholds were applied consistently, but each agency applied them only to the information it held itself.",
          "The family moved three times in two years, and each move meant new practitioners starting again from the beginning."]


def wr_para(i):
    s = WR_SAY
    return "Turning to %s, %s %s %s" % (WR_TOPICS[i % len(WR_TOPICS)], s[i % 10][0].lower() + s[i % 10][1:],
                                       s[(i + 3) % 10], s[(i + 6) % 10])


def wr_paras(n, start):
    return ps([wr_para(start + i) for i in range(n)])


WR_THEMES = [
    ("Theme 1: Seeing the whole picture",
     "No single agency held enough information to see the risk to Child T; the risk only became visible when the records were put side by side."),
    ("Theme 2: Fathers and other men in the household",
     "Practitioners should find out who the men in a child's life are and what part they play, and should invite them to every assessment."),
    ("Theme 3: Disguised compliance",
     "A family's warmth and cooperation with practitioners is not evidence that a child's daily experience has improved."),
    ("Theme 4: Moves between areas",
     "When a family moves, the receiving agencies need the history as well as the current plan, passed on by a conversation and not only a letter."),
]


def wr_blocks():
    b = [("contents",), h("Executive summary", "summary", ["introduction", "other"])]
    b += ps(["This local child safeguarding practice review concerns Child T, who was four years old when she was admitted "
             "to hospital with injuries that her doctors believed had been caused deliberately. Her mother's partner was "
             "later convicted of causing her serious harm.",
             "The review found that agencies knew a great deal about the family but that the information was spread "
             "across many records and never brought together. Its findings are set out in chapter 5 and its "
             "recommendations in chapter 7."]) + wr_paras(7, 1)
    b += [h("1 Introduction", "introduction")] + wr_paras(8, 2)
    b += [h("2 Methodology", "methodology", ["introduction"])] + wr_paras(8, 3)
    b += [h("3 Background", "background")] + wr_paras(16, 4)
    b += [h("4 Key practice episodes", "background", ["findings", "other"])] + wr_paras(16, 5)
    b += [h("5 Findings", "findings", ["learning"]), ("p", "The review's findings are grouped under four themes. The "
                                                          "learning from each theme is set out in a box at its end."),
          ("cols", True)]
    for i, (head, lp) in enumerate(WR_THEMES):
        b += [("h2", head)] + wr_paras(4, 6 + 2 * i) + [("lpbox", lp)]
    b += [("cols", False)]
    b += [h("6 Good practice", "good_practice"), ("p", "The review saw examples of careful and persistent practice.")]
    b += [items("good_practice", [
        "The nursery manager kept a detailed record of every bruise she saw and shared it with the health visitor the same day.",
        "A police officer attending a domestic abuse call asked to see Child T in her bedroom and recorded what she said.",
        "The paediatric registrar challenged the first explanation given for the injuries and made a referral that evening.",
    ], "ul")]
    b += [h("7 Recommendations", "recommendations"),
          ("p", "The review makes the following recommendations to the Wrenfield Safeguarding Children Partnership.")]
    b += [items("recommendations", [
        "The partnership should agree a way for agencies to build a shared chronology whenever a child has been the subject of three or more referrals in a year.",
        "Children's social care and health visiting should make sure that every assessment records the men living in or visiting the household and seeks their views.",
        "The partnership should deliver training on disguised compliance that uses the learning from this review.",
        "Agencies should agree a transfer protocol so that when a family moves area the new practitioners speak to the previous ones before the case is closed.",
        "The partnership should seek assurance within twelve months that these recommendations have changed practice.",
    ], "ol")]
    b += [h("8 Conclusion", "conclusion")] + wr_paras(4, 9)
    b += [h("Appendix A: Terms of reference", "appendix", ["other"])] + wr_paras(5, 11)
    return b


WRENFIELD = rep("wrenfield-lcspr-child-t.pdf", "chromium_findings_two_columns_linearized", {
    "partnership": "Wrenfield Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child T",
    "by": "Independent reviewer: Harriet Ostrowski", "date": "Published: September 2026", "child_name": "Child T",
    "review_type": CSPR, "area": "Wrenfield", "year": 2026}, wr_blocks(),
    "Chromium 156 then qpdf --linearize, untagged; realistic length; cover and a contents page; every chapter from a new "
    "page; the findings chapter alone in two CSS columns (column-count: 2) with four 'Theme N' sub-headings and a shaded "
    "learning box at the end of each theme inside the column flow", body_from=3)

# ---------- 2. Oakhanger: ReportLab canvas + a hand-appended revision replacing page 3's content
OAKHANGER = rep("oakhanger-cspr-child-m.pdf", "reportlab_canvas_incremental_revision", {
    "partnership": "Oakhanger and Selby Cross Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Child M",
    "by": "Lead reviewer: Oluwaseun Adeyemi-Hart", "date": "Published: June 2026", "child_name": "Child M",
    "review_type": CSPR, "area": "Oakhanger and Selby Cross", "year": 2026}, [
    h("Introduction", "introduction"),
    *ps(["This review concerns Child M, a fifteen year old boy who was seriously injured in a knife attack in a park near "
         "his home. In the months before the attack he had gone missing eleven times and had been excluded from school.",
         "The review was carried out using a systems approach. Practitioners from each agency took part in a learning "
         "event, and Child M and his mother spoke to the lead reviewer."]),
    h("Background", "background"),
    *ps(["Child M lived with his mother and two younger sisters. He had done well at primary school and was described by "
         "his teachers as funny and kind. In Year 9 his attendance began to fall and he was seen with older young people "
         "who were known to the police.",
         "He was arrested twice for possession of cannabis with intent to supply. On each occasion he was released under "
         "investigation and returned home, and no referral was made to children's social care.",
         "His mother asked the school, the police and her GP for help. She told the review that she felt she was asking "
         "everyone and that no one was listening."]),
    h("Findings", "findings"),
    *ps(["Child M was seen as a young person making choices rather than as a child being exploited. The language used in "
         "records, such as 'putting himself at risk', placed the responsibility on him.",
         "Each missing episode was followed by a return home interview, but the interviews were not read together and the "
         "pattern of where he went and who he was with was not recognised.",
         "The school's decision to exclude him removed the one place where adults saw him every day."]),
    h("Learning", "learning"),
    items("learning", [
        "Children who are criminally exploited are victims first, and the language used about them shapes the response they receive.",
        "Return home interviews are most useful when their information is collected and analysed across episodes and across children.",
        "Exclusion from school can increase a child's exposure to exploitation and should be considered as a safeguarding decision.",
    ], "ol"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should adopt a single exploitation screening tool that is used by every agency when a child goes missing.",
        "Children's social care should analyse return home interviews every month to identify places, people and patterns of concern.",
        "Schools should consult the child's social worker and the local exploitation team before a child known to be at risk is excluded.",
        "The police should make a referral to children's social care every time a child is arrested for a drug supply offence.",
    ], "ol"),
    h("Conclusion", "conclusion"),
    *ps(["Child M's mother was right that help was slow to come. The partnership has already begun to act on this review, "
         "and Child M has asked that it is used to help other children in his position."]),
], "ReportLab 3.6 canvas, untagged, every line placed with drawString (base-14 Times-Roman, Helvetica-Bold); "
   "then a revision appended by hand (second xref section with /Prev, new trailer) replacing page 3's content "
   "stream: recommendations re-worded and a fourth added; the first revision's stream still in the file")
OAKHANGER_FIRST_RECS = [
    "The partnership should consider a screening tool for exploitation.",
    "Children's social care should review its return home interviews.",
    "Schools should think about the risks of exclusion for children at risk of exploitation.",
]

# ---------- 3. Hexworthy: pdfLaTeX, titlesec leftmargin section titles beside the text
HEXWORTHY = rep("hexworthy-lcspr-baby-r.pdf", "pdflatex_titlesec_leftmargin", {
    "partnership": "Hexworthy Children's Safeguarding Partnership", "title": "Local Child Safeguarding Practice Review: Baby R",
    "by": "Author: Dr Catriona MacLennan", "date": "Published: April 2026", "child_name": "Baby R",
    "review_type": CSPR, "area": "Hexworthy", "year": 2026}, [
    h("Introduction", "introduction"),
    *ps(["Baby R died at eleven weeks old after an unsafe sleeping incident at home. His parents had been drinking on the "
         "evening he died, and he was sleeping on a sofa with his father.",
         "The review considered the support offered to the family from early pregnancy until Baby R's death."]),
    h("Background", "background"),
    *ps(["Baby R's mother was nineteen. She had been looked after as a child and was supported by a leaving care personal "
         "adviser. His father had a history of alcohol misuse and had been known to adult services.",
         "Safe sleep advice was given by the midwife and twice by the health visitor. Each time the parents said that they "
         "understood it and that Baby R slept in his Moses basket."]),
    h("Analysis", "findings"),
    *ps(["The advice given was accurate but it was general. It did not consider the circumstances in which this family "
         "were most likely to fall asleep with Baby R, such as after drinking or when they were exhausted.",
         "The father was not present at most contacts and was not given the advice himself. Practitioners relied on the "
         "mother to pass on what she had been told.",
         "The leaving care adviser knew that the mother was struggling with tiredness but did not know about the risks "
         "of co-sleeping and did not link her worries to safe sleep."]),
    h("Learning", "learning"),
    items("learning", [
        "Safe sleep advice works best when it is tailored to the family's own routines and to the times when the risk is highest.",
        "Fathers and partners need to be given safe sleep advice directly, not through the mother.",
        "Practitioners outside health services who support young parents need to understand the risks of unsafe sleep.",
    ], "ul"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "Health partners should adopt a safe sleep assessment that asks about alcohol, drugs, tiredness and where parents fall asleep.",
        "The partnership should make safe sleep training available to leaving care advisers and family support workers.",
        "Maternity and health visiting services should record whether both parents have received safe sleep advice.",
    ], "ol"),
], "pdfLaTeX (article, titlesec [leftmargin] section titles), untagged; each section title set in a 40 mm left "
   "margin on the same baseline as the first line of its text; learning itemize, recommendations enumerate")

# ---------- 4. Kelsall Moor: Chromium parts + one scanned, OCRed page, assembled by qpdf --pages
KELSALL = rep("kelsall-moor-cspr-child-h.pdf", "qpdf_pages_assembly_one_scanned_ocr_page", {
    "partnership": "Kelsall Moor Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child H",
    "by": "Independent reviewer: Graham Pettigrew", "date": "Published: July 2025", "child_name": "Child H",
    "review_type": CSPR, "area": "Kelsall Moor", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["This review concerns Child H, a thirteen year old girl with a learning disability who disclosed that she had been "
         "sexually abused by a family friend over a period of two years.",
         "The review looked at how agencies listened to Child H and how her disability affected the way her behaviour "
         "was understood."]),
    h("Summary of the case", "background"),
    *ps(["Child H attended a special school. Her behaviour changed when she was eleven: she became distressed at home time, "
         "began to self-harm and refused to go to the family friend's house where she stayed at weekends.",
         "The school recorded these changes and discussed them with her mother, who thought that Child H was reacting to "
         "a change of teacher. A referral to the community learning disability team focused on managing her behaviour.",
         "Child H told a teaching assistant what had happened using a picture board. The teaching assistant acted at once."]),
    h("Findings", "findings"),
    *ps(["Changes in Child H's behaviour were explained by her disability rather than explored as a possible sign of harm.",
         "Child H's communication needs meant that she could not tell adults what was happening in words, and no one asked "
         "her using the tools she used every day at school.",
         "The family friend was trusted by everyone and was never considered as a possible source of harm."]),
    ("scan", True),
    h("Learning", "learning"),
    items("learning", [
        "Disabled children are more likely to be abused and less likely to be asked about it.",
        "A change in behaviour should prompt the question of what the child might be trying to tell us.",
        "Children who use signs, symbols or picture boards need to be offered those tools whenever adults want to hear from them.",
    ], "ol"),
    h("Good practice", "good_practice"),
    items("good_practice", [
        "The teaching assistant who knew Child H well recognised what she was saying and reported it the same day.",
        "The police used a registered intermediary so that Child H could give her account in her own way.",
    ], "ul"),
    ("scan", False),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should include the abuse of disabled children in its core safeguarding training.",
        "Special schools should make sure that every child with communication needs has a way of raising a worry that they use regularly.",
        "The community learning disability team should consider safeguarding whenever it is asked to help with a change in a child's behaviour.",
    ], "ol"),
], "Chromium 156 parts (pages 1-2 and 4) and a SCANNED page 3 (the page rasterised at 300 dpi, img2pdf, ocrmypdf / "
   "tesseract text layer), assembled by qpdf --empty --pages; learning and good practice on the scanned page")

# ---------- 5. Thistlecombe: flat ODT -> Writer, DRAFT watermark, OFFICIAL-SENSITIVE markings, coloured insertions
THISTLECOMBE = rep("thistlecombe-lcspr-child-f.pdf", "writer_draft_watermark_markings_insertions", {
    "partnership": "Thistlecombe Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child F",
    "by": "Independent author: Beatrix Holloway-Nkemelu", "date": "Draft for partnership sign-off: March 2025", "child_name": "Child F",
    "review_type": CSPR, "area": "Thistlecombe", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["This review concerns Child F, who was seven when she was found to have been left alone at home for several days "
         "while her mother was in custody. She was dehydrated but recovered {+fully in hospital+}.",
         "This draft includes changes made after the family and the practitioners read the first version; the changes "
         "are shown {+underlined in colour+} so that the partnership can see them before signing the report off."]),
    h("Background", "background"),
    *ps(["Child F lived with her mother, who used drugs and had been arrested several times. Her father lived abroad and "
         "had no contact with her. {+Her grandmother lived nearby but the two households had fallen out.+}",
         "When Child F's mother was remanded in custody she told the police that Child F was staying with a friend. This "
         "was not checked."]),
    h("Findings", "findings"),
    *ps(["Custody staff asked about dependants as required, but the answer given was recorded and not verified.",
         "The school noticed Child F's absence on the first day and made calls to her mother's phone, which was in police "
         "property. {+The school's attendance officer visited on the third day and found the house in darkness.+}"]),
    h("Learning", "learning"),
    items("learning", [
        "When a parent is arrested, the question of who is caring for the children {+must be checked with the carer named+}, not only asked.",
        "A child who is absent from school without explanation may be at home alone{+ and in danger+}.",
        "{+Wider family members can be a source of safety even when relationships are strained.+}",
    ], "ol"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The police should verify the care arrangements for any dependent child {+within two hours+} of a parent being detained.",
        "Schools should make a home visit on the second day of an unexplained absence for any child known to children's social care.",
        "Children's social care should {+offer a family group conference+} when a parent who is a sole carer is remanded.",
    ], "ol"),
    h("Next steps", "conclusion", ["other", "recommendations"]),
    *ps(["The partnership will publish the final report once the family have seen it. An action plan will follow."]),
], "flat ODT -> LibreOffice Writer 7.4, untagged; a diagonal 'DRAFT' watermark (a rotated frame anchored in the "
   "header, pale grey 110 pt), 'OFFICIAL-SENSITIVE' bold red at the top and foot of every page, insertions shown as "
   "coloured underlined runs (inside paragraphs and items, one a whole item)")

# ---------- 6. Brantham: flat ODP -> Impress, A4 portrait pages of title and outline text frames
BRANTHAM = rep("brantham-rapid-review-child-w.pdf", "impress_fodp_a4_portrait_text_frames", {
    "partnership": "Brantham Safeguarding Partnership", "title": "Rapid Review: Child W",
    "by": "Prepared by the partnership's case review group", "date": "November 2025", "child_name": "Child W",
    "review_type": "other", "area": "Brantham", "year": 2025}, [
    h("Why we carried out this review", "introduction"),
    *ps(["Child W, aged two, was taken to hospital with a fractured arm. The explanation given did not fit the injury.",
         "A rapid review was held within fifteen working days, and the partnership decided to publish its local learning."]),
    h("What happened", "background"),
    *ps(["Child W's family had moved to Brantham from another county. Their health records took six weeks to arrive.",
         "Child W had been seen at an urgent treatment centre twice in the previous three months with minor injuries."]),
    h("What we learned", "learning"),
    items("learning", [
        "Repeated attendances for minor injuries in a child who is not yet walking well should prompt a safeguarding conversation.",
        "When a family moves, the receiving health visitor should ask for the records and speak to the previous health visitor.",
        "Urgent treatment centres need to be able to see a child's previous attendances at other sites.",
    ], "ul"),
    h("What we will do", "recommendations"),
    items("recommendations", [
        "The integrated care board will make attendance histories from every urgent care site visible to clinicians.",
        "Health visiting will chase missing records for children who move in within two weeks of their arrival.",
        "The partnership will publish a seven minute briefing on injuries in non-mobile and newly mobile children.",
    ], "ul"),
], "hand-written flat ODP -> LibreOffice Impress 7.4 (impress_pdf_Export), untagged; A4 portrait presentation pages, "
   "every heading a title text frame and every paragraph and list an outline text frame (Impress bullets); a coloured "
   "band across the top of each page")

# ---------- 7. Culmstock: hand-written PostScript, lines justified by widthshow -> Ghostscript
CULMSTOCK = rep("culmstock-scr-child-j.pdf", "handwritten_postscript_widthshow_justified", {
    "partnership": "Culmstock Local Safeguarding Children Board", "title": "Serious Case Review: Child J",
    "by": "Overview author: Peter Vandermeulen", "date": "Published: October 2017", "child_name": "Child J",
    "review_type": "serious_case_review", "area": "Culmstock", "year": 2017}, [
    h("1. Introduction", "introduction"),
    *ps(["This serious case review was commissioned by the Culmstock Local Safeguarding Children Board after Child J, "
         "aged sixteen, died by suicide in a supported accommodation placement.",
         "Child J had been in the care of the local authority since he was twelve. He had lived in nine placements and "
         "had been reported missing on more than forty occasions."]),
    h("2. Background", "background"),
    *ps(["Child J's early childhood was marked by neglect and by domestic abuse between his parents. He was placed with "
         "foster carers after his mother was unable to keep him safe, and that placement ended after four months.",
         "In the year before his death Child J moved into supported accommodation for young people aged sixteen and "
         "seventeen. Staff there were not trained in mental health and visited him for two hours a day."]),
    h("3. Analysis", "findings"),
    *ps(["Each placement move was made in response to a crisis, and there was no plan for stability. Child J told his "
         "independent reviewing officer that he did not expect any placement to last.",
         "His self-harm was known to his social worker and to the accommodation staff, but he was not referred to the "
         "child and adolescent mental health service because he had previously declined appointments."]),
    h("4. Lessons learned", "learning"),
    items("learning", [
        "Placement instability is itself a risk to a child's mental health and should be treated as such.",
        "A young person's refusal to attend appointments should lead professionals to find another way to offer help.",
        "Supported accommodation must be able to meet the emotional needs of the young people placed there.",
    ], "ol"),
    h("5. Recommendations", "recommendations"),
    items("recommendations", [
        "The local authority should review its sufficiency strategy to reduce the number of placement moves for older children.",
        "The board should seek assurance that mental health support is offered in a way that suits young people who have declined clinic appointments.",
        "Commissioners should require providers of supported accommodation to have staff trained in mental health first aid.",
    ], "ol"),
], "hand-written PostScript -> Ghostscript 10 pdfwrite, untagged, base-14 Times-Roman and Helvetica-Bold; every body "
   "line but a paragraph's last justified with widthshow (the space character widened in the show operator); hanging "
   "list numbers")

# ---------- 8. Rosedale Abbey: WeasyPrint, position: running() header, string-set chapter, two-column learning
ROSEDALE = rep("rosedale-abbey-lcspr-child-p.pdf", "weasyprint_running_element_string_set_column_list", {
    "partnership": "Rosedale Abbey Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child P",
    "by": "Reviewer: Annika Lindqvist-Bell", "date": "Published: December 2025", "child_name": "Child P",
    "review_type": CSPR, "area": "Rosedale Abbey", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["Child P was fourteen when she was admitted to hospital after taking an overdose. She had been living with her "
         "father and his new partner after her mother moved away.",
         "The review considered the period of eighteen months before her admission and the work of six agencies."]),
    h("Methodology", "methodology", ["introduction"]),
    *ps(["The reviewer read the agencies' reports, held a learning event with twenty practitioners and met Child P twice.",
         "Child P chose the words used in this report to describe her experience."]),
    h("Findings", "findings"),
    *ps(["Child P told three different adults that she was unhappy at home. Each adult responded kindly but treated the "
         "conversation as a one-off and did not record it in a way that others could see.",
         "Her father was seen as a protective parent, and his new partner's harsh treatment of Child P was not explored.",
         "The school's pastoral team were stretched, and Child P was placed on a waiting list for counselling for five months."]),
    h("Learning", "learning"),
    items("learning", [
        "Children often test adults with a small disclosure before they say more, and the response they receive decides whether they do.",
        "A stepparent's relationship with a child should be part of any assessment of the home.",
        "Waiting lists for emotional support need to be managed with the risk to each child in mind.",
        "Recording a child's words exactly helps other practitioners to understand how serious a concern is.",
    ], "ul"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should deliver training on responding to partial disclosures from adolescents.",
        "Children's social care should include every adult in the household in its assessments of family functioning.",
        "Schools and the mental health trust should agree how children on waiting lists are reviewed and supported.",
    ], "ol"),
    h("Conclusion", "conclusion"),
    *ps(["Child P is now living with her aunt and is back at school. She wanted practitioners to know that being listened "
         "to properly made the difference for her."]),
], "WeasyPrint 57, untagged; a running header element (partnership and title) taken out of the flow by position: "
   "running(head) into @top-center, the current chapter in @top-right from string-set, 'Page N of M' at "
   "@bottom-center; learning a bullet list in two CSS columns (column-count: 2)")

REPORTS = [WRENFIELD, OAKHANGER, HEXWORTHY, KELSALL, THISTLECOMBE, BRANTHAM, CULMSTOCK, ROSEDALE]
