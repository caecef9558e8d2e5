"""Batch 56 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports as archives HOLD them after damage (the novelty is the damage; producers vary):
- Greyfriars (Chromium, 5 p): SCANNED WHOLE as a PHOTOCOPY (grey background, speckles, a dark band along the binding
  edge, each page turned about a degree), ocrmypdf / tesseract 5 text layer on every page, no deskew;
- Hawksmoor (pandoc -> DOCX -> LibreOffice, 4 p): SCANNED WHOLE with each page SKEWED 1-2 degrees (alternating
  directions), each page OCRed by TESSERACT'S OWN PDF RENDERER (`tesseract page.png out pdf`), pages joined by qpdf;
- Millbeck (Chromium, 5 p): SCANNED WHOLE with a LANDSCAPE recommendations table on page 4 fed sideways (a portrait
  image, `/Rotate 90`) and page 3 fed UPSIDE DOWN (turned back by `ocrmypdf --rotate-pages`: `/Rotate 180`);
- Stourvale (pandoc -> pdfLaTeX, 24 p, realistic length): born-digital body and SCANNED APPENDIX PAGES (an action plan
  table and the chair's letter, printed, signed and scanned, OCRed), joined by qpdf, then ENCRYPTED with an owner
  password only (AES-256, printing allowed, copying not);
- Ashbury (Chromium, 3 p): SCANNED WITHOUT A TEXT LAYER (JPEG page images through img2pdf): unreadable;
- Kettlewick (pandoc -> DOCX -> LibreOffice, 3 p): every glyph turned into VECTOR OUTLINES (`gs -dNoOutputFonts`):
  unreadable;
- Oxenhope (Chromium, 4 p): every font's /ToUnicode map REMOVED (Type 0 Identity-H subsets: the codes are glyph ids):
  the text cannot be read back;
- Pennard (LibreOffice, 5 p): born-digital pages 1-3 and pages 4-5 PRINTED AS IMAGES without OCR (the last pages of
  the report have no text layer): a reader of the text gets only part of the report.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept]) a section heading; ("p", text); ("items", type, [texts], style) a list
(style 'ul', 'ol'); ("table", [header], [[cells]], item_type, item_column) a table whose item_column cells are items
of item_type (None: no items); ("land", bool) start / end of a landscape page; ("scan", bool) start / end of pages
scanned (Stourvale) or printed as images (Pennard). Test-fixture tooling only.
"""

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"


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


# ---------- 1. Greyfriars: Chromium, scanned whole as a photocopy, ocrmypdf
GREYFRIARS = rep("greyfriars-cspr-child-p.pdf", "chromium_scanned_photocopy_ocrmypdf", {
    "partnership": "Greyfriars Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child P",
    "by": "Independent reviewer: Moira Castellane", "date": "Published: September 2025", "child_name": "Child P",
    "review_type": CSPR, "area": "Greyfriars", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["This review was commissioned after Child P, a boy of seven, was admitted to hospital severely underweight and "
         "with untreated dental decay. He had been known to universal services throughout his life.",
         "The review asked how well agencies understood what daily life was like for Child P, and why concerns about "
         "neglect that were raised over four years did not lead to a plan that changed things for him."]),
    h("Background", "background"),
    *ps(["Child P lived with his mother and two older sisters in privately rented housing. His mother had a long history "
         "of depression and had herself been looked after as a child.",
         "Between 2020 and 2024 the school made eleven referrals about Child P's appearance, hunger and missed health "
         "appointments. Each referral was assessed on its own and closed after advice or a short period of early help.",
         "Practitioners described the mother as warm and cooperative. Home visits were arranged in advance, and the home "
         "was found to be adequate on every visit."]),
    h("Findings", "findings"),
    *ps(["Neglect was assessed episode by episode. No agency brought the referrals together to see the pattern over time, "
         "and the partnership's neglect tool was not used.",
         "Practitioners relied on what the mother told them about Child P's eating and his dental care, and did not check "
         "what they were told with the dentist, the GP or the school.",
         "Child P was rarely seen on his own. His quietness was taken as shyness rather than as a sign that something "
         "was wrong."]),
    h("Learning", "learning"),
    items("learning", [
        "Chronic neglect is seen in the accumulation of events, and each new concern needs to be weighed against the history.",
        "What parents say about their children's care should be checked with other agencies who see the child.",
        "Announced visits show a home on its best day; unannounced visits and seeing the child alone give a fuller picture.",
        "A child who is quiet and compliant may be a child who has learned that asking for help does not work.",
    ], "ol"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should require the neglect assessment tool to be used whenever a third referral about neglect is received within a year.",
        "Children's social care should make sure that assessments of neglect include a chronology of previous concerns.",
        "Schools and health services should agree how concerns about a child's weight and dental health are shared.",
    ], "ol"),
], "Chromium 156 (Liberation Serif body, bold sans headings), every page rasterised at 200 dpi grey, made to look "
   "photocopied with ImageMagick (grey background, speckles, a dark band along the left edge, turned 1 degree), "
   "img2pdf, ocrmypdf 14 / tesseract 5.3 text layer on every page (no --deskew)")

# ---------- 2. Hawksmoor: pandoc -> DOCX -> LibreOffice, skewed scan, tesseract's own PDF output
HAWKSMOOR = rep("hawksmoor-lcspr-baby-d.pdf", "docx_lo_scanned_skewed_tesseract_pdf", {
    "partnership": "Hawksmoor Children's Safeguarding Partnership",
    "title": "Local Child Safeguarding Practice Review: Baby D",
    "by": "Lead reviewer: Anand Sealey", "date": "Published: May 2025", "child_name": "Baby D",
    "review_type": CSPR, "area": "Hawksmoor", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["Baby D was eleven weeks old when she suffered a skull fracture and bleeding on the brain. Her father later "
         "admitted that he had shaken her when she would not stop crying.",
         "This review considers the services offered to Baby D's parents during the pregnancy and the first weeks of her "
         "life, and in particular how the father was included in that work."]),
    h("Summary of events", "background"),
    *ps(["Baby D's mother was nineteen and booked late for antenatal care. Her father was twenty-three, had a conviction "
         "for assault and had been a child in need himself.",
         "The midwife and the health visitor saw the mother regularly. The father was at home for most visits but was "
         "not spoken to directly and his history was not known to health services.",
         "At the six-week check the mother said that the baby cried a great deal and that her partner found it hard. "
         "Advice about crying was given to the mother."]),
    h("Analysis", "findings"),
    *ps(["Services for babies were designed around mothers. The father was treated as a visitor in his own home, although "
         "he was caring for Baby D for much of the day.",
         "Information about the father's violence was held by the police and by children's social care, but no one "
         "working with the family asked for it.",
         "The advice about coping with crying did not reach the person who was most likely to be alone with her."]),
    h("Learning", "learning"),
    items("learning", [
        "Fathers and male carers must be seen, spoken to and assessed as carers in their own right.",
        "Practitioners should ask about the history of every adult caring for a baby, not only the mother's.",
        "Advice about infant crying and the risks of shaking should be given to both parents together.",
    ], "ul"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "Maternity and health visiting services should record the details of fathers and male carers at booking and at the new birth visit.",
        "The partnership should make the infant crying programme part of every contact with new parents in the first twelve weeks.",
        "The partnership should audit how often fathers are spoken to directly in assessments of babies under one.",
    ], "ol"),
], "pandoc 2.17 markdown -> DOCX -> LibreOffice 7.4 (Carlito); every page rasterised at 300 dpi grey, skewed "
   "+1.5, -2, +1, -1.5 degrees with ImageMagick, OCRed page by page by tesseract 5.3's own PDF renderer "
   "(`tesseract page.png page pdf`), the one-page PDFs joined by qpdf --empty --pages")

# ---------- 3. Millbeck: Chromium, scanned whole, a landscape page fed sideways and a page fed upside down
MILLBECK = rep("millbeck-cspr-child-r.pdf", "chromium_scanned_rotated_pages_ocrmypdf", {
    "partnership": "Millbeck Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Child R",
    "by": "Independent author: Delphine Arkwright", "date": "Published: February 2026", "child_name": "Child R",
    "review_type": CSPR, "area": "Millbeck", "year": 2026}, [
    h("Purpose of the review", "introduction"),
    *ps(["Child R, a fifteen year old girl, was found to have been criminally exploited by adults who used her to carry "
         "drugs between Millbeck and two other towns over a period of eight months.",
         "The review looked at how agencies responded to Child R's episodes of going missing and to the signs that she "
         "was being exploited, and at how her own account was heard."]),
    h("Background", "background"),
    *ps(["Child R had been excluded from school in Year 9 and was attending a pupil referral unit part time. She went "
         "missing from home fourteen times in the period under review.",
         "Return home interviews were offered after most episodes but Child R declined them. The police recorded her "
         "as absent rather than missing on several occasions.",
         "When she was found in another county with cash and two mobile phones, she was arrested and charged."]),
    h("Key findings", "findings"),
    *ps(["Child R was seen as making choices rather than as a child being exploited. The language used in records "
         "described her as putting herself at risk.",
         "Each missing episode was managed on its own. The pattern of where and when she went missing was not mapped "
         "and was not shared with the other areas involved.",
         "The decision to charge Child R was made before the National Referral Mechanism was considered."]),
    h("Learning", "learning"),
    items("learning", [
        "Children who are criminally exploited are victims, and the language used about them shapes the response they receive.",
        "Repeated missing episodes are a pattern that needs to be mapped and shared across areas.",
        "A child who declines a return home interview may need a different person or a different place, not no interview at all.",
    ], "ol"),
    h("Good practice", "good_practice"),
    items("good_practice", [
        "The youth worker at the pupil referral unit kept in touch with Child R throughout and was the person she first talked to.",
        "The custody sergeant recognised the signs of exploitation and made a referral the same night.",
    ], "ul"),
    ("land", True),
    h("Recommendations", "recommendations"),
    ("table", ["No.", "Recommendation", "Lead", "By when"], [
        ["1", "The partnership should adopt a shared missing and exploitation mapping meeting for children who go missing three or more times in three months.", "Police", "June 2026"],
        ["2", "All agencies should review the language used in records about exploited children and train staff in its use.", "All agencies", "September 2026"],
        ["3", "Children's social care should offer return home interviews by a worker the child already knows where the child wishes.", "Children's social care", "June 2026"],
        ["4", "The police should make sure that the National Referral Mechanism is considered before any decision to charge a child found carrying drugs.", "Police", "April 2026"],
    ], "recommendations", 1),
    ("land", False),
], "Chromium 156 (DejaVu Sans), page 4 a landscape page (CSS named page); every page rasterised at 300 dpi grey; page "
   "3 fed upside down (image turned 180 degrees) and page 4 fed sideways (its image portrait, the text turned, the "
   "page given /Rotate 90 by img2pdf's input); ocrmypdf 14 --rotate-pages (page 3 given /Rotate 180) puts the text "
   "layer on every page")

# ---------- 4. Stourvale: pandoc -> pdfLaTeX, 24 pages, scanned appendix pages, owner password
ST_TOPICS = ["the first contact with the family", "the antenatal period", "the early help assessment", "the move to the "
             "new tenancy", "the nursery's concerns", "the first strategy discussion", "the child protection conference",
             "the core group meetings", "the paediatric assessment", "the school transition", "the police callouts",
             "the step down to child in need", "the second referral", "the mother's pregnancy", "the hospital attendance",
             "the final weeks"]
ST_SAY = ["Practitioners worked hard to build a relationship with the family and this was valued by the mother.",
          "Records show that each agency knew part of the picture, but no single agency held all of it.",
          "The plan set out what the parents should do but did not say what would happen if nothing changed.",
          "The children were seen at most visits, but they were rarely spoken to on their own.",
          "Managers supported the decisions that were made, though supervision focused on tasks rather than on analysis.",
          "The family's circumstances changed quickly, and assessments were not updated when they did.",
          "Concerns raised by the school were recorded, acted on and then closed within a few weeks.",
          "The impact of the father's drinking on the children's daily lives was described but not analysed.",
          "There was a strong sense of optimism that the family would manage once housing was resolved.",
          "Practitioners told the review that they had too many families to think deeply about any one of them."]


def st_para(i):
    s = ST_SAY
    return "In relation to %s, %s %s %s" % (ST_TOPICS[i % len(ST_TOPICS)], s[i % 10][0].lower() + s[i % 10][1:],
                                           s[(i + 3) % 10], s[(i + 7) % 10])


def st_paras(start, n):
    return ps([st_para(i) for i in range(start, start + n)])


STOURVALE = rep("stourvale-lcspr-child-l.pdf", "pdflatex_scanned_appendix_pages_owner_password", {
    "partnership": "Stourvale Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Child L",
    "by": "Independent reviewer: Rosalind Ebbage-Quarshie", "date": "Published: November 2025", "child_name": "Child L",
    "review_type": CSPR, "area": "Stourvale", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["Child L was nine years old when she was found to have been living for more than two years in a home where "
         "she was physically neglected, hit by her father and left to care for her two younger brothers.",
         "The review was commissioned by the Stourvale Safeguarding Children Partnership after a rapid review found "
         "that several agencies had been involved with the family over a long period."]),
    *st_paras(0, 4),
    h("Terms of reference and methodology", "methodology", ["introduction"]),
    *ps(["The review used a systems approach. Practitioners from every agency involved met twice with the reviewer, and "
         "the reviewer read the records of nine agencies for the period from January 2021 to March 2024.",
         "Child L and her mother were invited to contribute. Child L drew pictures of her home with the reviewer and "
         "her mother spoke to the reviewer by telephone."]),
    *st_paras(4, 4),
    h("Background and chronology", "background"),
    *st_paras(8, 24),
    h("Analysis", "findings"),
    *st_paras(32, 24),
    h("Findings", "findings"),
    *ps(["Finding one: the partnership's approach to neglect relied on episodes of concern rather than on the child's "
         "experience over time.",
         "Finding two: children who care for their siblings were not recognised as young carers by any agency.",
         "Finding three: the father's violence and drinking were known but were not part of the plan."]),
    *st_paras(56, 10),
    h("Learning", "learning"),
    items("learning", [
        "Neglect is cumulative, and the history of a family should be read before each new decision is made.",
        "A child who looks after younger brothers and sisters is a young carer and needs to be asked how that feels.",
        "Plans should name what must change, by when, and what will happen if it does not.",
        "Fathers who are violent or drinking heavily must be part of the assessment and part of the plan.",
        "Supervision should give practitioners time to think about what a child's day is like, not only to agree tasks.",
    ], "ol"),
    *st_paras(66, 4),
    h("Good practice", "good_practice"),
    items("good_practice", [
        "The school's family support worker visited the home every week and kept a careful record of what she saw.",
        "The paediatrician's report set out the neglect clearly and was used well at the child protection conference.",
    ], "ul"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should relaunch its neglect strategy with a single assessment tool used by all agencies.",
        "Children's social care should make sure that every plan for a neglected child includes a contingency.",
        "Schools should ask every child who cares for brothers or sisters whether they would like a young carer's assessment.",
        "The partnership should commission training on working with fathers who use violence or misuse alcohol.",
        "Every agency should report to the partnership within six months on how supervision supports reflection.",
    ], "ol"),
    h("Conclusion", "conclusion"),
    *st_paras(70, 6),
    ("scan", True),
    h("Appendix 1: Partnership action plan", "appendix", ["recommendations", "other"]),
    ("table", ["Recommendation", "Action", "Owner", "By when"], [
        ["1", "Relaunch the neglect strategy and tool at a partnership event.", "Partnership manager", "March 2026"],
        ["2", "Add a contingency section to the child protection plan template.", "Head of service", "January 2026"],
        ["3", "Young carers' assessment leaflet sent to every school.", "Education lead", "February 2026"],
        ["4", "Commission training on working with fathers.", "Training lead", "June 2026"],
        ["5", "Supervision reports from each agency.", "All agencies", "May 2026"],
    ], None, None),
    h("Appendix 2: Letter from the independent chair", "appendix", ["other"]),
    *ps(["Dear colleagues, I write on behalf of the safeguarding partners to accept the findings of this review in full. "
         "We are grateful to Child L and her mother for their contribution, and to the practitioners who spoke openly.",
         "The partners have agreed the action plan above and will receive a report on progress at each meeting of the "
         "executive board until every action is complete.",
         "Yours sincerely, Independent Chair, Stourvale Safeguarding Children Partnership"]),
    ("scan", False),
], "pandoc 2.17 markdown -> pdfLaTeX (article, Latin Modern), each top section from a new page; the two appendix "
   "sections printed, signed and scanned (300 dpi grey, slight noise), OCRed by ocrmypdf 14, joined to the body by "
   "qpdf --pages, then qpdf --encrypt with an owner password only (AES-256, --print=full --modify=none --extract=n)",
   body_from=3)

# ---------- 5. Ashbury: scanned, no text layer
ASHBURY = rep("ashbury-scr-child-n.pdf", "chromium_scanned_jpeg_no_text_layer", {
    "partnership": "Ashbury Local Safeguarding Children Board", "title": "Serious Case Review: Child N",
    "by": "Author: Hamish Oyelaran", "date": "Published: October 2019", "child_name": "Child N",
    "review_type": SCR, "area": "Ashbury", "year": 2019}, [
    h("Introduction", "introduction"),
    *ps(["Child N was four when she died from injuries inflicted by her mother's partner. The family had moved to "
         "Ashbury six weeks earlier and had not yet been registered with a GP."]),
    h("Findings", "findings"),
    *ps(["Information from the family's previous area arrived after Child N had died. The new partner was not known "
         "to any agency in Ashbury."]),
    h("Learning", "learning"),
    items("learning", [
        "When a family with a child protection history moves, the receiving area must be told before the family arrives.",
        "New adults in a household should be identified and checked as soon as practitioners become aware of them.",
    ], "ol"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The board should agree a protocol for transferring cases between areas with neighbouring boards.",
        "Health visitors should confirm GP registration within two weeks of a family moving into the area.",
    ], "ol"),
], "Chromium 156, every page rasterised at 200 dpi, JPEG, put back into a PDF by img2pdf: page images only, NO text "
   "layer (a scan never OCRed)", unreadable="no_text_layer")

# ---------- 6. Kettlewick: vector outlines
KETTLEWICK = rep("kettlewick-lcspr-child-e.pdf", "docx_lo_gs_no_output_fonts", {
    "partnership": "Kettlewick Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Child E",
    "by": "Reviewer: Siobhan Marchetti", "date": "Published: April 2025", "child_name": "Child E",
    "review_type": CSPR, "area": "Kettlewick", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["Child E, aged twelve, took an overdose after months of bullying online. She survived and contributed to this "
         "review with her parents."]),
    h("Findings", "findings"),
    *ps(["The school dealt with each incident of bullying as a behaviour matter. The mental health referral was returned "
         "because it did not meet the threshold."]),
    h("Learning", "learning"),
    items("learning", [
        "Online bullying can be relentless and follows a child home; its impact needs to be assessed, not only the incidents.",
        "A referral that is returned should come with a plan for what happens next.",
    ], "ul"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "Schools should record the impact of bullying on the child as well as the incidents.",
        "Mental health services should offer a consultation to the referrer whenever a referral is not accepted.",
    ], "ol"),
], "pandoc 2.17 markdown -> DOCX -> LibreOffice 7.4, then Ghostscript 10 pdfwrite -dNoOutputFonts: every glyph a "
   "filled vector path, no text", unreadable="no_text_layer")

# ---------- 7. Oxenhope: Chromium, every /ToUnicode removed
OXENHOPE = rep("oxenhope-cspr-child-g.pdf", "chromium_tounicode_removed", {
    "partnership": "Oxenhope Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child G",
    "by": "Independent reviewer: Tobias Wainhouse", "date": "Published: June 2025", "child_name": "Child G",
    "review_type": CSPR, "area": "Oxenhope", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["Child G was fourteen months old when he was admitted to hospital with a fractured femur. The explanation given "
         "by his parents did not fit the injury.",
         "The review considered the contact that universal services had with the family and how an earlier bruise was "
         "responded to."]),
    h("What happened", "background"),
    *ps(["At nine months Child G was seen by a GP with a bruise on his cheek. His mother said that he had fallen against "
         "a toy. The GP accepted the explanation and did not refer.",
         "Bruising in a baby who is not yet mobile is rare, and the partnership's protocol says that it must be referred "
         "for a paediatric assessment."]),
    h("Findings", "findings"),
    *ps(["The protocol for bruising in non-mobile babies was not known to the locum GP.",
         "Child G was crawling at nine months, and there was uncertainty about whether the protocol applied to him."]),
    h("Learning", "learning"),
    items("learning", [
        "Bruising in babies is rare and should always lead to careful thought about how it happened.",
        "Protocols need to be known by locum and temporary staff as well as by permanent staff.",
        "Where there is doubt about whether a protocol applies, the safer course is to follow it.",
    ], "ol"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should make sure that every GP practice includes the bruising protocol in its induction for locums.",
        "The partnership should revise the bruising protocol to make clear how it applies to babies who are starting to move.",
    ], "ol"),
], "Chromium 156 (Liberation Sans, Type 0 Identity-H subsets), then every font's /ToUnicode deleted with pypdf: the "
   "page shows the right text, the codes are glyph ids", unreadable="garbled")

# ---------- 8. Pennard: LibreOffice, pages 4-5 printed as images
PENNARD = rep("pennard-lcspr-child-a.pdf", "docx_lo_last_pages_printed_as_images", {
    "partnership": "Pennard Safeguarding Children Partnership",
    "title": "Local Child Safeguarding Practice Review: Child A",
    "by": "Lead reviewer: Gwenllian Ashdown", "date": "Published: January 2026", "child_name": "Child A",
    "review_type": CSPR, "area": "Pennard", "year": 2026}, [
    h("Introduction", "introduction"),
    *ps(["Child A, a sixteen year old boy, was seriously injured in a knife attack near his home. He had been out of "
         "education for most of the previous year.",
         "The review looked at how agencies responded after Child A was permanently excluded from school, and at what "
         "was known about his contact with older young people."]),
    h("Background", "background"),
    *ps(["Child A was excluded in the spring of Year 10 after bringing a knife into school. He was offered a place at "
         "an alternative provision but attended only twelve sessions in six months.",
         "His mother asked for help several times. She told children's social care that her son was frightened and "
         "that he was carrying a knife for protection.",
         "An early help worker was allocated but Child A would not meet her, and the case was closed after three "
         "months because he had not engaged."]),
    h("Findings", "findings"),
    *ps(["Exclusion removed the one place where Child A was seen every day by adults who knew him.",
         "Closing the early help case because a teenager would not engage left his mother without support at the time "
         "the risks to him were greatest.",
         "Child A's fear was not explored. Carrying a knife was seen as a risk he posed, not as a sign of the risk he faced."]),
    h("Learning", "learning"),
    items("learning", [
        "Exclusion from school is a point of increased risk for a child, and agencies should plan together before it happens.",
        "When a teenager will not engage, practitioners should find another way to reach him rather than close the case.",
        "A child who carries a knife for protection is telling us that he does not feel safe.",
    ], "ol"),
    ("scan", True),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should agree a protocol for multi-agency planning before the permanent exclusion of a child known to services.",
        "Early help services should not close a case for non-engagement without a discussion with the family and a manager.",
        "The youth justice service should offer an assessment to every child found carrying a knife, whether or not they are charged.",
    ], "ol"),
    h("Conclusion", "conclusion"),
    *ps(["Child A survived, and is now back in education. He told the reviewer that he wished someone had asked him why "
         "he was scared. This review has tried to answer that question on his behalf."]),
    ("scan", False),
], "pandoc 2.17 markdown -> DOCX -> LibreOffice 7.4 (Liberation Serif), pages 4-5 replaced by their images "
   "(rasterised at 150 dpi, img2pdf, no OCR) joined by qpdf --pages: the last two pages have no text layer",
   expect_quality="doubtful")

REPORTS = [GREYFRIARS, HAWKSMOOR, MILLBECK, STOURVALE, ASHBURY, KETTLEWICK, OXENHOPE, PENNARD]
