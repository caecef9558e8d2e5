"""Batch 52 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in template shapes and producer paths no earlier batch had:
- Ravensholt (XeLaTeX, KOMA-Script scrbook, twoside, realistic length): RUNNING HEADS ON ALTERNATE PAGES (the chapter on
  verso pages, the section on recto pages, scrlayer-scrpage), a GLOSSARY chapter in the MIDDLE (before the findings),
  findings chapter with numbered 'Theme N' sections, each theme's learning point a \\marginpar in the OUTER margin (so
  the notes stand right of the text on recto pages and left of it on verso pages), contents page from LaTeX;
- Ashcombe (python-docx DOCX -> LibreOffice, tagged): REAL Word list numbering (numbering.xml abstractNum, numPr on the
  paragraphs, not typed numbers) and a MULTI-LEVEL list: recommendations '1.' with 'a)' sub-points at ilvl 1;
- Brackenfold (python-docx DOCX -> LibreOffice, untagged): learning as a two-column table 'What happened | What we
  learned'; the recommendations a table on a LANDSCAPE section (Word section orientation) between portrait pages;
- Dunmere (wkhtmltopdf): findings as 'Theme N:' headings, each with 'Finding N.M' bold sub-findings and its own
  'Learning for the partnership' bullets;
- Westerleigh (WeasyPrint): headings numbered '1.0', '2.0' by a CSS counter, learning as numbered CALLOUT ICONS (a
  white number in a coloured circle beside a shaded box), CSS footnotes called from body paragraphs, margin boxes;
- Kirkhallam (asciidoctor -> HTML -> Chromium): learning points as asciidoctor TIP admonition blocks titled 'Learning
  point N' (the icon cell carries the word 'Tip'), sectnums headings, an ordered list of recommendations;
- Lowther Bridge (Inkscape-drawn cover + LuaLaTeX body, joined by qpdf with --object-streams=generate): 'Part N:'
  section titles set by titlesec, 'L1'/'R1' labelled description lists;
- Harrowgate Mill (groff -mm -> PostScript -> Ghostscript PDF/A-1b -> mutool clean): mm numbered headings, a glossary
  in the middle, auto-numbered lists.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]) a section heading; ("h2", heading) a sub-heading, NOT a
section (under a numbered chapter, batch50's convention); ("p", text); ("pfn", text, note) a paragraph with a footnote
(no item); ("items", type, [texts], style) a list (style 'ul', 'ol', 'lab' labelled 'L1'/'R1'); ("ml", type,
[(text, [subs])]) a multi-level numbered list (each top entry one item, its 'a)' sub-points part of its text, batch46
Brayford's convention); ("margin", text) a learning point as a margin note (a learning item); ("sub", label, text) a
bold run-in sub-finding (no item); ("whtable", [(happened, learned)]) (each learned cell a learning item);
("rtable", [(rec, lead, when)]) a recommendations table (each rec a recommendations item); ("callout", text) a
numbered callout (a learning item); ("adm", title, text) an admonition (a learning item, without its title);
("gloss", [(term, meaning)]) glossary entries (no items). Test-fixture tooling only.
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


def ml_text(top, subs):
    """The truth text of a multi-level entry: its own text, then each sub-point with its letter."""
    return " ".join([top] + ["%s) %s" % (chr(97 + i), s) for i, s in enumerate(subs)])


# ---------- 1. Ravensholt: XeLaTeX scrbook twoside, recto/verso heads, glossary in the middle, marginpar learning
RV_TOPICS = ["the family's history", "the mother's own childhood", "Child K's health", "the home conditions",
             "the stepfather's role", "school attendance", "the referrals made", "the child in need plan",
             "the voice of Child K", "management oversight", "information sharing", "the escalation policy"]
RV_SAY = ["The review read the records of each agency and spoke to the practitioners who knew the family.",
          "There was an over-reliance on what the parents said, and little attempt to check it with other sources.",
          "Practitioners were warm and committed, but their optimism about change was not tested against the evidence.",
          "Each contact was judged on its own merits and not against the long history held by other agencies.",
          "Records describe the tasks completed in detail and say much less about what daily life was like for Child K.",
          "Managers who took over the case accepted the plan they inherited without asking whether it was working.",
          "Where concerns were raised they were often held in one agency's system and never reached the others.",
          "The review also found persistent and caring work by individual practitioners, often against the odds.",
          "Professional challenge between agencies was rare, and the escalation policy was not used at any point.",
          "The male carers in the household were not seen, assessed or asked about their part in caring for the children."]


def rv_para(i):
    s = RV_SAY
    return "In relation to %s, %s %s %s" % (RV_TOPICS[i % len(RV_TOPICS)], s[i % 10][0].lower() + s[i % 10][1:],
                                          s[(i + 3) % 10], s[(i + 7) % 10])


def rv_paras(n, start):
    return ps([rv_para(start + i) for i in range(n)])


RV_THEMES = [
    ("5.1 Theme 1: Seeing the pattern of neglect",
     "A chronology shared between agencies is the only way a slow pattern of neglect becomes visible to all of them."),
    ("5.2 Theme 2: The men in Child K's life",
     "Every adult who cares for a child overnight must be known, seen and assessed, whatever their legal status."),
    ("5.3 Theme 3: Hearing what Child K said and did",
     "A child's behaviour at school is often the clearest account the child can give of life at home."),
    ("5.4 Theme 4: Supervision, challenge and escalation",
     "Supervision should ask what has changed for the child, not only which actions on the plan have been completed."),
]
RV_GLOSSARY = [("CIN", "Child in need: a child whose development is likely to be impaired without the provision of services."),
               ("CP plan", "Child protection plan, agreed at an initial child protection conference."),
               ("EHA", "Early help assessment, completed with a family who agree to receive support."),
               ("MASH", "Multi-agency safeguarding hub, where contacts about children are screened."),
               ("Strategy discussion", "A meeting of police, health and children's social care to decide whether to make enquiries."),
               ("Team around the family", "A meeting of the practitioners supporting a family with early help."),
               ("Was not brought", "The term used when a child misses a health appointment because an adult did not take them."),
               ("Escalation policy", "The partnership's procedure for resolving professional disagreement between agencies.")]


def rv_blocks():
    b = [("contents",), h("Executive summary", "summary", ["introduction", "other"])]
    b += ps(["This local child safeguarding practice review concerns Child K, who was nine years old when she was admitted "
             "to hospital underweight and with untreated dental disease. She and her two brothers had been known to "
             "agencies in Ravensholt for most of their lives.",
             "The review found that agencies saw parts of the picture but rarely put them together. Its learning is set "
             "out in chapter 6 and its recommendations in chapter 8."]) + rv_paras(8, 1)
    b += [h("1 Introduction", "introduction")] + rv_paras(9, 2)
    b += [h("2 Scope and methodology", "methodology", ["introduction"])] + rv_paras(8, 3)
    b += [h("3 Background", "background")] + rv_paras(20, 4)
    b += [h("4 Glossary", "appendix", ["other"]), ("p", "The following terms and abbreviations are used in this report."),
          ("gloss", RV_GLOSSARY)]
    b += [h("5 Findings", "findings", ["learning"]), ("p", "The review's findings are grouped under four themes. The key "
                                                          "learning point of each theme is set beside it.")]
    for i, (head, note) in enumerate(RV_THEMES):
        b += [("h2", head)] + rv_paras(3, 5 + i) + [("margin", note)] + rv_paras(4, 8 + i)
    b += [h("6 Learning", "learning"), ("p", "Drawing the themes together, the review identified the following learning."),
          items("learning", [
              "Neglect is cumulative, and its impact on a child can only be judged by looking back across the whole history.",
              "Over-optimism about a parent's capacity to change must be tested against what has actually changed for the child.",
              "Health appointments that a child was not brought to are a sign of neglect, not a matter of parental choice.",
              "Practitioners need the confidence and the time to challenge each other when a plan is not working.",
          ], "ol")]
    b += [h("7 Good practice", "good_practice")] + rv_paras(1, 6) + [items("good_practice", [
        "The school nurse persisted in offering appointments and kept a careful record of Child K's weight.",
        "A housing officer reported the state of the home to children's social care on the day of the visit.",
    ], "ul")]
    b += [h("8 Recommendations", "recommendations"), ("p", "The review makes five recommendations to the partnership."),
          items("recommendations", [
              "The partnership should adopt a multi-agency chronology for every child subject to a plan for neglect for more than six months.",
              "Children's social care should ensure that every adult living in the household is seen and assessed during a child and family assessment.",
              "Health partners should apply the 'was not brought' policy to dental and school nursing appointments as well as to hospital clinics.",
              "Each agency should audit a sample of supervision records to test whether supervision considers the impact of the plan on the child.",
              "The partnership should relaunch its escalation policy and report to the executive each quarter on how often it is used.",
          ], "ol")]
    b += [h("9 Conclusion", "conclusion")] + rv_paras(5, 7)
    return b


RAVENSHOLT = rep("ravensholt-lcspr-child-k.pdf", "xelatex_scrbook_twoside_marginpar", {
    "partnership": "Ravensholt Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child K",
    "by": "Independent reviewer: Dr Imogen Farrant", "date": "Published: February 2026", "child_name": "Child K",
    "review_type": CSPR, "area": "Ravensholt", "year": 2026}, rv_blocks(),
    "XeLaTeX (KOMA-Script scrbook, twoside, openany), untagged; running heads on alternate pages (chapter on verso, "
    "section on recto, scrlayer-scrpage); LaTeX contents page; a glossary chapter in the middle; findings chapter with "
    "numbered 'Theme N' sections, each theme's learning point a \\marginpar in the outer margin (right on recto, left on "
    "verso pages); realistic length", body_from=3)

# ---------- 2. Ashcombe: python-docx -> LibreOffice tagged, real Word numbering, multi-level recommendations
ASHCOMBE = rep("ashcombe-cspr-child-d.pdf", "python_docx_word_numbering_multilevel_lo_tagged", {
    "partnership": "Ashcombe and Wenlow Safeguarding Children Partnership", "title": "Child Safeguarding Practice Review: Child D",
    "by": "Lead reviewer: Samuel Okonjo", "date": "Date of publication: 9 October 2025", "child_name": "Child D",
    "review_type": CSPR, "area": "Ashcombe and Wenlow", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["This review concerns Child D, a sixteen year old who was found with serious injuries after being held in a flat "
         "used for dealing drugs. He had been reported missing from his children's home four days earlier.",
         "The review was carried out using a systems approach. Practitioners and managers from seven agencies took part in "
         "two learning events, and Child D's grandmother met the reviewer twice."]),
    h("Summary of the circumstances", "background"),
    *ps(["Child D came into care at the age of fourteen after a long period of neglect. He moved placement four times in "
         "eighteen months, twice at short notice and once to a home more than sixty miles from his school.",
         "He was reported missing twenty three times. Return home interviews were offered on most occasions but completed "
         "on only five, and the information from them was not shared with the police.",
         "A referral to the national referral mechanism was made after he was arrested with drugs in another county. The "
         "decision took eleven months, during which he was treated in the criminal case as an offender.",
         "His social worker changed three times. Each new worker built a relationship with him, and each change set back "
         "the trust he had begun to show."]),
    h("Analysis", "findings"),
    *ps(["Placement moves at short notice broke the links with the adults Child D trusted and moved him closer to the "
         "people who were exploiting him.",
         "Agencies recognised the exploitation but the plans made to disrupt it focused on Child D's behaviour rather than "
         "on the adults who were harming him.",
         "The missing episodes were treated as separate events. Nobody brought together what was known about where he "
         "went, who he was with and how he travelled."]),
    h("Learning", "learning"),
    ("p", "The review identified the following learning for the partnership:"),
    items("learning", [
        "Placement decisions for a child at risk of exploitation must weigh the risk of moving the child closer to those who harm them.",
        "Return home interviews are most useful when they are completed by someone the child trusts and their content is shared.",
        "A child who is criminally exploited is a victim, and the language used in records should say so.",
    ], "wordnum"),
    h("Recommendations", "recommendations"),
    ("p", "The review makes the following recommendations:"),
    ("ml", "recommendations", [
        ("The partnership should agree a protocol for placement moves of children at risk of exploitation, which sets out:",
         ["who must be consulted before the move", "how the child's links with trusted adults will be kept"]),
        ("The police and children's social care should review the return home interview service so that interviews are completed within three working days.", []),
        ("The partnership should ask each agency to check its recording guidance, so that records:",
         ["describe exploitation as abuse", "avoid language that blames the child for the harm done to them"]),
        ("The partnership should write to the Home Office about the time taken by national referral mechanism decisions for children.", []),
    ]),
    h("Conclusion", "conclusion"),
    ("p", "Child D is now living with his grandmother and attends a college course in motor mechanics. He told the reviewer "
          "that the thing that helped most was an adult who kept turning up."),
], "python-docx DOCX (Word styles Title, Heading 1, List Paragraph) with a real numbering part: an abstractNum of "
   "decimal '%1.' at ilvl 0 and lowerLetter '%2)' at ilvl 1, numPr on each list paragraph (no typed numbers); "
   "converted by LibreOffice 7.4, tagged; recommendations a multi-level list, two of them with 'a)' sub-points")

# ---------- 3. Brackenfold: python-docx -> LO untagged, What happened / What we learned table, landscape recs section
BRACKENFOLD = rep("brackenfold-cspr-baby-n.pdf", "python_docx_landscape_section_two_column_learning_lo_untagged", {
    "partnership": "Brackenfold Children's Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Baby N",
    "by": "Author: Ruth Castellane, independent reviewer", "date": "November 2025", "child_name": "Baby N",
    "review_type": CSPR, "area": "Brackenfold", "year": 2025}, [
    h("Why this review was carried out", "introduction"),
    *ps(["Baby N was ten weeks old when she suffered a serious head injury at home. Her father was later convicted of "
         "causing grievous bodily harm.",
         "The partnership decided that the case met the criteria for a local child safeguarding practice review because "
         "there was potential learning about how agencies work with fathers and male carers."]),
    h("Background", "background"),
    *ps(["Baby N was her mother's first child. Her mother was nineteen and had been in care herself as a teenager. Her "
         "father was twenty three and had a conviction for an assault on a previous partner.",
         "The midwife, the health visitor and the GP all met the mother several times. The father was present at two of "
         "these contacts, but was not spoken to directly, and his history was not known to the health services.",
         "The mother told the health visitor that the father was 'brilliant with the baby' and did most of the night feeds.",
         "A police domestic abuse notification about an argument between the parents, six weeks after the birth, was "
         "screened and no further action was taken because no child was thought to be present."]),
    h("Learning", "learning"),
    ("p", "The table sets what happened beside what the review learned from it."),
    ("whtable", [
        ("The father was in the room at two health visiting contacts but was not spoken to.",
         "Fathers and male carers must be seen as part of the family and asked directly about their own history and needs."),
        ("The father's conviction for assault was not known to the midwife or health visitor.",
         "Health practitioners should ask about the history of every adult caring for a baby, not only the mother's."),
        ("A notification about an argument was screened as though no child lived at the address.",
         "Screening of a domestic abuse notification must check whether a baby lives at the address, even if no child was seen."),
        ("The mother's own care history was recorded but did not change the support offered.",
         "A young parent's own experience of care should prompt an offer of extra support, made with the parent and not to them."),
    ]),
    h("Recommendations", "recommendations"),
    ("rtable", [
        ("The partnership should launch a campaign for practitioners on engaging fathers and male carers in the first year of a baby's life.",
         "Partnership business unit", "June 2026"),
        ("The health visiting and midwifery services should add questions about every adult in the household to their antenatal and new birth templates.",
         "Community health trust", "April 2026"),
        ("The police should check whether a baby is registered at an address before closing a domestic abuse notification.",
         "Police public protection unit", "March 2026"),
        ("Children's social care should offer every care leaver who becomes a parent a meeting with their personal adviser before the birth.",
         "Leaving care service", "September 2026"),
    ]),
    h("Conclusion", "conclusion"),
    ("p", "Baby N has made a good recovery and lives with her maternal aunt. The partnership has accepted all four "
          "recommendations and will report on its progress to the executive in a year."),
], "python-docx DOCX converted by LibreOffice 7.4, untagged; a two-column learning table 'What happened | What we "
   "learned' (the learned cells the learning); the recommendations a 'No. | Recommendation | Lead | By when' table on "
   "a landscape section (next-page section breaks, orientation set on the section) between portrait pages")

# ---------- 4. Dunmere: wkhtmltopdf, 'Theme N:' headings with 'Finding N.M' sub-findings and per-theme learning
DUNMERE = rep("dunmere-lcspr-child-b.pdf", "wkhtmltopdf_theme_subfindings", {
    "partnership": "Dunmere Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child B",
    "by": "Reviewer: Fiona Achterberg", "date": "Published: May 2025", "child_name": "Child B",
    "review_type": CSPR, "area": "Dunmere", "year": 2025}, [
    h("Introduction", "introduction"),
    *ps(["Child B was twelve when she took an overdose at home. She survived and is now recovering. She had been known "
         "to children's services, the school and the child and adolescent mental health service for two years.",
         "The review's findings are arranged under three themes. Each theme is set out with the findings that support it "
         "and the learning for the partnership that follows from them."]),
    h("Theme 1: Understanding Child B's lived experience", "findings", ["learning"]),
    ("sub", "Finding 1.1", "Practitioners knew a great deal about the adults in the household and much less about what a "
                           "day was like for Child B, who was caring for her mother most evenings."),
    ("sub", "Finding 1.2", "Child B's withdrawal at school was seen as adolescent behaviour rather than as a sign of "
                           "distress, and was not shared with her social worker."),
    ("p", "Learning for the partnership"),
    items("learning", ["Young carers can appear mature and capable while their own needs go unseen by everyone around them.",
                       "A change in a child's behaviour at school should be shared with the other agencies working with the family."], "ul"),
    h("Theme 2: Access to mental health support", "findings", ["learning"]),
    ("sub", "Finding 2.1", "Two referrals to the child and adolescent mental health service were declined because Child "
                           "B did not meet the threshold, and on both occasions the referrer was not told what else could help."),
    ("sub", "Finding 2.2", "The school counsellor saw Child B six times but the sessions ended at the end of term and "
                           "were not picked up by anyone else."),
    ("p", "Learning for the partnership"),
    items("learning", ["When a referral is declined, the child still needs a plan for who will support them and how.",
                       "Support that ends with the school term leaves a child without help at the time risk is often highest."], "ul"),
    h("Theme 3: Working with the whole family", "findings", ["learning"]),
    ("sub", "Finding 3.1", "Adult mental health services treated Child B's mother for depression and did not ask who "
                           "else lived in the household or who cared for her when she was unwell."),
    ("p", "Learning for the partnership"),
    items("learning", ["Adult services must ask about the children in the household and what those children are doing to help."], "ul"),
    h("Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should commission a young carers' assessment pathway that begins in schools.",
        "The mental health trust should ensure that every declined referral for a child includes advice on other support and a named contact.",
        "Adult mental health services should record the children in the household at every assessment and review.",
    ], "ol"),
], "wkhtmltopdf 0.12.6 (Qt 5.15), untagged; 'Theme N:' headings (sections typed findings) each with bold run-in "
   "'Finding N.M' sub-findings and a 'Learning for the partnership' bullet list; numbered recommendations")

# ---------- 5. Westerleigh: WeasyPrint, '1.0' counters, numbered callout icons, footnotes in paragraphs
WESTERLEIGH = rep("westerleigh-lcspr-child-s.pdf", "weasyprint_counters_callout_icons_footnotes", {
    "partnership": "Westerleigh Safeguarding Children Partnership", "title": "Local Child Safeguarding Practice Review: Child S",
    "by": "Independent author: Prof. Alun Merriweather", "date": "Published: January 2026", "child_name": "Child S",
    "review_type": CSPR, "area": "Westerleigh", "year": 2026}, [
    h("1.0 Introduction", "introduction"),
    ("pfn", "This review concerns Child S, a six year old boy with autism who was found in a locked bedroom in a poor "
            "state of health after a neighbour raised concerns with the police.", "The neighbour's call was made on a Sunday evening and was answered by the police control room."),
    ("p", "The review was commissioned in line with statutory guidance and used a learning event with practitioners and "
          "an interview with Child S's father, who does not live with the family."),
    h("2.0 The family and the period under review", "background"),
    ("pfn", "Child S lived with his mother and two older sisters. He attended a special school until the pandemic and "
            "did not return when schools reopened.", "The school removed Child S from its roll after a period of elective home education was declared."),
    ("p", "His mother declared that she would educate him at home. The local authority's elective home education officer "
          "wrote to the family twice and visited once, speaking to the mother on the doorstep."),
    ("p", "Child S's health visitor had left the area, and he was not registered with a dentist. His annual review of "
          "his education, health and care plan did not take place."),
    h("3.0 Findings", "findings"),
    ("p", "The review found that Child S became invisible to services once he left school. No single agency was "
          "responsible for seeing him, and each assumed another was doing so."),
    ("pfn", "Services for disabled children worked from the mother's account and did not ask to see Child S himself.",
     "Two short breaks assessments were closed after the mother declined the service."),
    h("4.0 Learning", "learning"),
    ("p", "The review draws out four learning points, numbered below."),
    ("callout", "A child with a disability who leaves school must have a named professional who sees them regularly."),
    ("callout", "Elective home education of a child with an education, health and care plan must be reviewed with the child seen."),
    ("callout", "Practitioners should see and hear the child, however difficult communication with the child may be."),
    ("callout", "When a parent declines a service for a disabled child, the reasons should be explored and the decision reviewed."),
    h("5.0 Recommendations", "recommendations"),
    items("recommendations", [
        "The local authority should ensure that every child with an education, health and care plan who is electively home educated is seen within four weeks.",
        "The partnership should review its guidance on children missing education to include children with disabilities who are not seen.",
        "The disabled children's service should review every case closed after a parent declined a service within the last year.",
    ], "ol"),
], "WeasyPrint 57, untagged; headings numbered '1.0', '2.0' by a CSS counter; learning as numbered callout icons (a "
   "white number in a coloured circle, floated beside a shaded box); CSS footnotes (float: footnote) called from body "
   "paragraphs; margin boxes: @top-right the partnership, @bottom-center 'Page N of M'")

# ---------- 6. Kirkhallam: asciidoctor -> HTML -> Chromium, TIP admonitions as learning points
KIRKHALLAM = rep("kirkhallam-learning-review-child-j.pdf", "asciidoctor_html_chromium_admonitions", {
    "partnership": "Kirkhallam Child Protection Committee", "title": "Learning Review: Child J",
    "by": "Lead reviewer: Morag Ballantyne", "date": "Published: August 2025", "child_name": "Child J",
    "review_type": "learning_review", "area": "Kirkhallam", "year": 2025}, [
    h("1. Introduction", "introduction"),
    *ps(["This learning review was commissioned by Kirkhallam Child Protection Committee after Child J, aged three, was "
         "admitted to hospital having swallowed methadone at home.",
         "The review was carried out in line with the national guidance for learning reviews and was informed by a "
         "practitioner event, a review of records and a meeting with Child J's grandparents."]),
    h("2. Background", "background"),
    *ps(["Child J lived with both parents, who were each receiving a methadone prescription from the community drug "
         "service. The service's records show that the parents had been given advice about safe storage.",
         "The health visitor had visited the home four times and had seen a lockable box in the kitchen. Nobody asked "
         "whether the box was used or where the keys were kept.",
         "The parents' prescriptions were changed to take-home doses during a period when the pharmacy was closed, and "
         "the change was not shared with the health visitor."]),
    h("3. Key learning", "learning"),
    ("p", "The review team identified three learning points."),
    ("adm", "Learning point 1", "Advice on the safe storage of medicines is only effective if practitioners check how the advice is being followed at home."),
    ("adm", "Learning point 2", "A change in a parent's prescription that brings more medicine into the home should be shared with the health visitor."),
    ("adm", "Learning point 3", "Substance misuse services must consider the children in the household at every review of a parent's treatment."),
    h("4. Recommendations", "recommendations"),
    items("recommendations", [
        "The Committee should ask the alcohol and drug partnership to introduce a home safety check for every parent prescribed take-home doses.",
        "NHS Kirkhallam should agree how changes to a parent's prescription are shared with health visiting and school nursing.",
        "The Committee should publish a short guide for families on storing medicines safely.",
    ], "ol"),
], "asciidoctor 2.0 -> HTML (default stylesheet, embedded; :sectnums:) -> Chromium 156, untagged; learning points as "
   "TIP admonition blocks titled 'Learning point N' (a two-cell table, the icon cell the word 'Tip'); ordered list of "
   "recommendations")

# ---------- 7. Lowther Bridge: Inkscape cover + LuaLaTeX body, 'Part N:' titles, joined by qpdf with object streams
LOWTHER = rep("lowther-bridge-cspr-child-e.pdf", "inkscape_cover_lualatex_qpdf_object_streams", {
    "partnership": "Lowther Bridge Safeguarding Partnership", "title": "Child Safeguarding Practice Review: Child E",
    "by": "Lead reviewer: Patrick Dunleavy", "date": "Published: July 2025", "child_name": "Child E",
    "review_type": CSPR, "area": "Lowther Bridge", "year": 2025}, [
    h("Part 1: Introduction", "introduction"),
    *ps(["Child E was fourteen when she disclosed that she had been sexually abused by her stepfather over a period of "
         "three years. She made her disclosure to a teaching assistant at school.",
         "This review considers how agencies responded to the signs of abuse in the years before Child E was able to "
         "tell anyone, and how they supported her after she did."]),
    h("Part 2: Background", "background"),
    *ps(["Child E lived with her mother, her stepfather and two younger half-siblings. She was described by her teachers "
         "as quiet and hard working.",
         "Between the ages of eleven and fourteen she attended her GP on six occasions with abdominal pain and headaches. "
         "She was seen alone once.",
         "At the age of thirteen she was referred to the school nurse because she was self-harming. The referral noted "
         "that she did not want her parents to be told."]),
    h("Part 3: What the review found", "findings"),
    *ps(["The signs of Child E's distress were seen by several practitioners, but each explained them in a different way "
         "and none asked her directly whether something was happening to her at home.",
         "After her disclosure the joint investigation was well coordinated, but the support offered to Child E ended when "
         "the criminal case was closed."]),
    h("Part 4: Learning", "learning"),
    items("learning", [
        "Repeated physical symptoms without a clear cause can be a child's way of showing distress and should prompt a direct question.",
        "Children rarely disclose sexual abuse in a single conversation, and need to be asked more than once by someone they trust.",
        "Support for a child after disclosure must continue for as long as the child needs it, not only while an investigation lasts.",
    ], "lab"),
    h("Part 5: Recommendations", "recommendations"),
    items("recommendations", [
        "The partnership should include the signs of child sexual abuse in the family in its core multi-agency training.",
        "The clinical commissioning group should remind GPs to offer a consultation alone to every child aged twelve and over.",
        "The partnership should commission a therapeutic service for children after disclosure that is not tied to the criminal process.",
    ], "lab"),
], "a cover drawn in Inkscape (SVG, exported to PDF by Inkscape 1.2) and a LuaLaTeX body (article, titlesec 'Part N:' "
   "section titles, learning and recommendations as description lists labelled 'L1'.. and 'R1'..), the two joined by "
   "qpdf --empty --pages with --object-streams=generate, untagged")

# ---------- 8. Harrowgate Mill: groff -mm -> PostScript -> Ghostscript PDF/A-1b -> mutool clean; glossary in the middle
HARROWGATE = rep("harrowgate-mill-scr-child-c.pdf", "groff_mm_ghostscript_pdfa1b_mutool_clean", {
    "partnership": "Harrowgate Mill Local Safeguarding Children Board", "title": "Serious Case Review: Child C",
    "by": "Overview author: Bernadette Quayle", "date": "June 2018", "child_name": "Child C",
    "review_type": "serious_case_review", "area": "Harrowgate Mill", "year": 2018}, [
    h("1. Introduction", "introduction"),
    *ps(["This serious case review concerns Child C, who died aged four months. The cause of death was a head injury, "
         "and his mother's partner was convicted of his manslaughter.",
         "The review was commissioned by the Board because Child C's older sibling had been subject to a child "
         "protection plan and there was concern about how agencies had worked together."]),
    h("2. Glossary", "appendix", ["other"]),
    ("gloss", [("ICPC", "Initial child protection conference."), ("LADO", "Local authority designated officer."),
               ("MARAC", "Multi-agency risk assessment conference for victims of domestic abuse at high risk."),
               ("PLO", "Public law outline, the pre-proceedings process.")]),
    h("3. Background", "background"),
    *ps(["Child C's mother had a son aged five who had been subject to a child protection plan for neglect, which ended "
         "shortly before Child C was born.",
         "The mother's partner was not Child C's father. He had moved into the household during the pregnancy and was "
         "known to the police for domestic abuse against a previous partner, whose case was heard at MARAC.",
         "At the pre-birth assessment the mother said she was single. The assessment was not shared with the midwife, "
         "and the partner was seen by the health visitor at the new birth visit without being asked who he was."]),
    h("4. Analysis", "findings"),
    *ps(["The end of the sibling's child protection plan was seen as a sign of progress, and the arrival of a new baby "
         "and a new partner was not treated as a change that needed a fresh assessment.",
         "Information about the partner's history was held by the police and by the MARAC, but the link between the "
         "partner and the mother's household was never made."]),
    h("5. Lessons learned", "learning"),
    items("learning", [
        "The end of a child protection plan should not end professional curiosity about a family's circumstances.",
        "A new adult joining a household with a baby must be identified and checked by the agencies involved.",
        "Pre-birth assessments should be shared with the midwife and the health visitor before the birth.",
    ], "ol"),
    h("6. Recommendations", "recommendations"),
    items("recommendations", [
        "The Board should seek assurance that step-down plans from child protection include a review when a new baby is born.",
        "Children's social care should share every pre-birth assessment with the named midwife and health visitor.",
        "The police should include the names of new partners in their checks before a child protection plan ends.",
    ], "ol"),
], "groff 1.22 -mm (numbered headings '.H 1', auto-numbered '.AL' lists, page header from '.PH') -> grops PostScript "
   "-> Ghostscript 10.00 -dPDFA=1 (PDF/A-1b, output intent) -> mutool clean -gggz, untagged; a glossary section "
   "between the introduction and the background")

REPORTS = [RAVENSHOLT, ASHCOMBE, BRACKENFOLD, DUNMERE, WESTERLEIGH, KIRKHALLAM, LOWTHER, HARROWGATE]
