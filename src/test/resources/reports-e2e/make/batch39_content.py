"""Batch 39 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports drawn by ReportLab 3.6 canvas programs (batch39_render.py) in PDF shapes no earlier batch uses: text placed glyph
by glyph, each glyph under its own text matrix (Keynote-like); words placed one by one and drawn in shuffled order, not
reading order (Pages-like); words set with no space glyphs, the gaps made by TJ displacements (InDesign-like); outline
entries that point at the foot of the page before the heading (Word-like 'page break before'); a borderless Rapid Review
form (labels and answers aligned only by position); a two-column form of boxed fields; headings in body size and bold,
ending in a colon, run in to their paragraph; a contents page with dot leaders and a running footer naming the section.
Shapes (not text) from published partnership pages (Rapid Review guides, learning summaries), no sentence copied.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section; ("h1r", heading, type) a run-in section heading; ("p",
text); ("items", type, [texts], style 'ol' / 'ul'); ("qa", n, question, [blocks]) a form question and its answer blocks
(batch38's kind: the question is no item). Test-fixture tooling only.
"""
from batch25_content import terms
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
LR = "learning_review"
SCR = "serious_case_review"


def rep(file, producer, shape, cover, blocks, features, **kw):
    r = {"file": file, "producer": producer, "shape": shape, "cover": cover, "blocks": blocks, "features": features,
         "body_from": 2}
    r.update(kw)
    return r


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def items(kind, texts, style="ol"):
    return ("items", kind, texts, style)


def cover(title, child, kind, area, year, partnership, by, date):
    return {"title": title, "child_name": child, "review_type": kind, "area": area, "year": year,
            "partnership": partnership, "by": by, "date": date}


def standard(child, who, area, partnership, period, facts, analysis, learning, recs, good=None, intro=None):
    """An England CSPR body: introduction, terms of reference, background, key events, analysis, (good practice), learning,
    recommendations, conclusion."""
    bg, ev, an = story(child, who, facts, analysis)
    out = [h("Introduction", "introduction"),
           ("p", intro or "This review was commissioned by the %s after a serious incident involving %s. The family were "
                          "told about the review and invited to take part." % (partnership, child)),
           h("Terms of reference", "methodology")] + terms(period)[:2] + [
           h("Background", "background")] + bg + [
           h("Key events", "background", ["findings"])] + ev + [
           h("Analysis", "findings")] + an
    if good:
        out += [h("Good practice", "good_practice"), items("good_practice", good, "ul")]
    out += [h("Learning", "learning"), items("learning", learning),
            h("Recommendations", "recommendations"), items("recommendations", recs),
            h("Conclusion", "conclusion")] + conclusion(child, partnership)
    return out


# ---------- 1. Quellbury: every glyph under its own text matrix (Keynote-like export), reading order kept
QUELLBURY = rep(
    "quellbury-cspr-child-h.pdf", "reportlab_glyphs", "glyph",
    cover("Child Safeguarding Practice Review: Child H", "Child H", CSPR, "Quellbury", 2025,
          "Quellbury Safeguarding Children Partnership", "Independent reviewer: Marian Toller", "Published March 2025"),
    standard("Child H", "she", "Quellbury", "Quellbury Safeguarding Children Partnership", "April 2022 to June 2024", [
        "Child H was thirteen when she was found by police in a flat in another city, where she had been taken by an adult "
        "man she had met online. She had been reported missing from her home in Quellbury two days earlier.",
        "Child H lived with her father and her younger brother. Her mother had left the family home in 2021 and had "
        "little contact with the children.",
        "During 2023 Child H was reported missing six times. Each time she returned within a day and a return home "
        "interview was offered; she took part in two of them.",
        "In March 2024 the school saw messages on Child H's phone from an adult she called a friend. The school told her "
        "father and made a referral, which was closed after a single visit."],
        ["Each missing episode was handled on its own. No one put the six episodes together and asked where Child H went "
         "and who she was with, which is the question a pattern of missing should raise."],
        ["Repeated short missing episodes are a pattern to be understood, not a series of events to be closed.",
         "Return home interviews work when the child is offered a person she already trusts to talk to.",
         "Messages from an unknown adult on a child's phone are a sign of possible grooming and need a strategy discussion."],
        ["The partnership should ensure that a third missing episode in six months leads to a multi-agency meeting.",
         "Children's social care should review how return home interviews are offered to children who decline them.",
         "The partnership should issue guidance to schools on online contact from adults that may be grooming."],
        good=["The police officer who found Child H stayed with her until her father arrived and spoke to her with care."]),
    ["ReportLab 3.6 canvas, Liberation Sans embedded", "every glyph its own BT .. Tm .. Tj .. ET (a Keynote-like export), "
     "drawn in reading order, no space glyphs (the gaps are only distances)"])

# ---------- 2. Harrowdene: words drawn out of reading order (Pages-like), each word its own text matrix
HARROWDENE = rep(
    "harrowdene-lcspr-baby-k.pdf", "reportlab_shuffled_words", "shuffled",
    cover("Local Child Safeguarding Practice Review: Baby K", "Baby K", CSPR, "Harrowdene", 2024,
          "Harrowdene Safeguarding Children Partnership", "Independent author: Desmond Rayle", "Published October 2024"),
    standard("Baby K", "he", "Harrowdene", "Harrowdene Safeguarding Children Partnership", "the pregnancy to March 2024", [
        "Baby K was four months old when he was admitted to hospital with a head injury that doctors found could not have "
        "been caused by accident. He lived with his mother and father in a flat in Harrowdene.",
        "Baby K's father had a history of violence towards a previous partner. This was known to the probation service "
        "but not to the midwives or the health visitor.",
        "During the pregnancy Baby K's mother went to three of eight antenatal appointments. The missed appointments were "
        "followed up by letter.",
        "At ten weeks the health visitor saw that Baby K's mother looked tired and low. She gave her a leaflet about "
        "crying babies and arranged to visit again in a month."],
        ["What the probation service knew about Baby K's father did not reach the services working with the baby. The "
         "partnership's information sharing agreement allows it, but no practitioner asked."],
        ["The history of a father or partner matters as much as the mother's when assessing risk to a baby.",
         "Missed antenatal appointments can be a sign of a pregnancy hidden from services and should be explored.",
         "Advice on coping with crying should be given to both parents, face to face, before the baby is born."],
        ["The partnership should make sure that probation checks are part of every pre-birth assessment.",
         "Maternity services should follow up missed antenatal appointments by a call or a visit, not only a letter.",
         "The partnership should extend its crying babies programme to fathers and partners."]),
    ["ReportLab 3.6 canvas, Helvetica base-14", "every word its own text matrix, the words of each page drawn in a "
     "shuffled order (content stream not in reading order, as some Pages / Keynote exports are)"])

# ---------- 3. Pellingford: no space glyphs, word gaps as TJ displacements (InDesign-like)
PELLINGFORD = rep(
    "pellingford-cspr-child-m.pdf", "reportlab_tj_gaps", "tjgaps",
    cover("Child Safeguarding Practice Review: Child M", "Child M", CSPR, "Pellingford", 2025,
          "Pellingford Safeguarding Children Partnership", "Independent reviewer: Alys Penhale", "Published June 2025"),
    standard("Child M", "he", "Pellingford", "Pellingford Safeguarding Children Partnership", "September 2021 to May 2024", [
        "Child M was eleven when he was admitted to hospital after taking an overdose of his mother's medication. He "
        "lived with his mother in Pellingford and spent alternate weekends with his grandparents.",
        "Child M's mother has a long-term illness and Child M had been her main carer since he was eight. He was not known "
        "to the young carers service.",
        "In 2022 Child M's attendance at school fell to seventy per cent. The school wrote to his mother twice and held "
        "one meeting with her.",
        "In early 2024 Child M told a teaching assistant that he felt tired all the time and did not want to be at home. "
        "The teaching assistant passed this on to the pastoral lead, who planned to speak to him after half term."],
        ["Child M's caring role was seen by several practitioners but was never named as such. Without a young carers "
         "assessment his tiredness, absence and low mood were treated as separate problems."],
        ["A child who looks after a parent is a young carer and is entitled to an assessment of their own needs.",
         "Falling attendance in a young carer is a sign of strain at home rather than of a lack of interest in school.",
         "When a child says that they do not want to be at home, someone should speak to them the same day."],
        ["The partnership should add a young carers question to the early help assessment.",
         "Schools should refer children with caring roles to the young carers service with the family's agreement.",
         "The partnership should remind school staff that a child's wish not to go home needs a same-day response."]),
    ["ReportLab 3.6 canvas, Times-Roman base-14", "each line one TJ array with **no space glyphs**: the gaps between words are "
     "-280 .. -330 thousandths displacements, as InDesign and Quark write justified text"])

# ---------- 4. Yarnwick: outline entries point at the foot of the page before each heading
YARNWICK = rep(
    "yarnwick-cspr-child-r.pdf", "reportlab_outline_foot", "outlinefoot",
    cover("Child Safeguarding Practice Review: Child R", "Child R", CSPR, "Yarnwick", 2024,
          "Yarnwick Safeguarding Children Partnership", "Independent reviewer: Hilary Gaskin", "Published January 2024"),
    standard("Child R", "she", "Yarnwick", "Yarnwick Safeguarding Children Partnership", "January 2021 to August 2023", [
        "Child R was sixteen when she was seriously injured in a road accident as a passenger in a stolen car. She lived "
        "with foster carers in Yarnwick and had been looked after since she was twelve.",
        "Child R had lived in four foster placements and two residential homes. She had had five social workers.",
        "In 2022 Child R began spending time with a group of older young people who were known to the police. Her foster "
        "carers reported her missing on eleven occasions.",
        "In June 2023 Child R's placement ended at short notice and she moved to a home forty miles away. She returned to "
        "Yarnwick most weekends without her carers knowing."],
        ["Each move took Child R further from the people she trusted. The plans made for her safety did not follow her "
         "from one placement to the next."],
        ["Placement moves for a child at risk of exploitation can increase the risk rather than reduce it.",
         "A child who has had many social workers needs one consistent adult whose role does not end with a move.",
         "Safety plans must move with the child and be shared with new carers on the day the child arrives."],
        ["Children's social care should make a placement move for a child at risk of exploitation subject to a risk meeting.",
         "The partnership should offer every looked after child at risk of exploitation an independent advocate.",
         "The partnership should audit how safety plans are handed over when a child moves placement."]),
    ["ReportLab 3.6 canvas, Helvetica base-14, /PageMode /UseOutlines", "every section starts on a new page, but its "
     "**outline entry points at the foot of the page before** (where the previous text ended), as Word's bookmarks do "
     "for a heading with 'page break before'"], outline_foot=True)

# ---------- 5. Merecombe: borderless Rapid Review form
MC_QA = [
    ("qa", 1, "Reason for the Rapid Review",
     [("p", "Child J, aged two, was admitted to hospital in August 2025 with burns to both feet. The injuries were found "
            "to be non-accidental. Child J is now living with her grandmother.")]),
    ("qa", 2, "Agencies involved",
     [("p", "Children's social care, the health visiting service, the GP practice, the nursery and the police. The "
            "family were not open to children's social care at the time of the incident.")]),
    ("qa", 3, "Summary of agency involvement",
     [("p", "Child J's mother had been supported by early help in 2024 after a period of homelessness. The nursery "
            "raised concerns about Child J's weight and her clothing in spring 2025; a health visitor home visit was "
            "arranged but the family were not at home. No further visit took place before the injury.")]),
]
MERECOMBE = rep(
    "merecombe-rapid-review-child-j.pdf", "reportlab_borderless_form", "borderless_form",
    cover("Rapid Review: Child J", "Child J", "other", "Merecombe", 2025,
          "Merecombe Safeguarding Children Partnership", "Rapid Review panel", "Published November 2025"),
    [h("Section 1: Case summary", "summary", ["background"])] + MC_QA + [
     h("Section 2: Learning identified", "learning"),
     ("p", "The panel identified the following learning from the agency summaries and its discussion."),
     items("learning", [
         "A nursery's concern about a young child's weight and care is significant information and should be shared "
         "with the health visitor and the GP.",
         "A home visit that does not happen because the family are out should be rearranged within a week.",
         "Early help closure letters should say which signs would mean the family needs help again."], "ul"),
     ("p", "The panel also noted good practice."),
     h("Section 3: Good practice", "good_practice"),
     items("good_practice", ["The hospital team made a referral to children's social care within an hour of Child J's "
                             "admission and kept her grandmother informed."], "ul"),
     h("Section 4: Recommendations and decision", "recommendations"),
     items("recommendations", [
         "The partnership should remind early years settings how to share concerns about neglect with health visitors.",
         "The health visiting service should set a standard for rearranging home visits that do not take place."], "ul"),
     ("p", "Decision: the criteria for a local child safeguarding practice review are not met. The learning will be "
           "shared through a seven minute briefing.")],
    ["ReportLab 3.6 canvas, Helvetica base-14, no cover", "a **borderless form**: header lines with the partnership name, "
     "then section bars; each question label in a 130 pt left column, its answer in the right column, aligned only by "
     "position (no rules, no table structure)", "the invented note in a 'Status' line of the header"], body_from=1)

# ---------- 6. Wrenfold: two-column form of boxed fields
WRENFOLD = rep(
    "wrenfold-learning-review-child-b.pdf", "reportlab_two_column_form", "twocol_form",
    cover("Learning Review: Child B", "Child B", LR, "Wrenfold", 2024,
          "Wrenfold Child Protection Committee", "Learning review team", "Published September 2024"),
    [h("Summary of the case", "summary", ["background"]),
     ("p", "Child B, aged seven, was admitted to hospital with severe dental decay and a chest infection. He lived with "
           "his father and his father's partner in Wrenfold. He had not been seen by a dentist since he was three."),
     h("Why a learning review", "introduction"),
     ("p", "The Wrenfold Child Protection Committee decided on a learning review because several agencies had seen signs "
           "of neglect over two years and none had started child protection processes."),
     h("How the review was done", "methodology"),
     ("p", "The review team read agency records for January 2022 to March 2024 and held a reflective session with "
           "practitioners. Child B's father spoke to the team."),
     h("What happened", "background", ["findings"]),
     ("p", "School staff noticed that Child B often came to school hungry and in the same clothes. The school nurse "
           "referred him to a dentist twice; neither appointment was kept. A social work assessment in 2023 found that "
           "his father was struggling and offered support that the family did not take up."),
     h("Key learning", "learning"),
     items("learning", [
         "Untreated dental decay is a sign of neglect and should be seen alongside other signs.",
         "When support is offered and not taken up, the child's needs remain and must be reviewed.",
         "Chronologies that bring together small concerns from several agencies show the pattern of neglect."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The Committee should adopt a neglect screening tool for use by all agencies.",
         "Health services should follow up missed dental referrals for children with other signs of neglect.",
         "Social work managers should review any case closed after support was declined within three months."])],
    ["ReportLab 3.6 canvas, DejaVu Sans embedded, no cover page", "a **two-column form**: a header band, then six boxed "
     "fields with shaded label bars, three in the left column and three in the right, each field's answer wrapped inside "
     "its box", "Scottish learning review (Child Protection Committee)"], body_from=1)

# ---------- 7. Tansley: headings in body size, bold, ending in a colon, run in to the paragraph
TANSLEY = rep(
    "tansley-scr-child-d.pdf", "reportlab_runin_colon", "runin",
    cover("Serious Case Review: Child D", "Child D", SCR, "Tansley", 2019,
          "Tansley Local Safeguarding Children Board", "Independent author: Rowan Kettle", "Published July 2019"),
    [("h1r", "Introduction", "introduction"),
     ("p", "This serious case review was commissioned by the Tansley Local Safeguarding Children Board after Child D, "
           "aged nine, was found to have been sexually abused by a family friend over a period of two years."),
     ("h1r", "Scope of the review", "methodology"),
     ("p", "The review covered agency involvement from January 2016 to December 2018. Agencies provided chronologies "
           "and the author met practitioners in two learning events."),
     ("h1r", "Background", "background"),
     ("p", "Child D lived with his mother and two sisters. A friend of his mother's, who had a previous conviction for "
           "an offence against a child in another area, often looked after the children. The conviction was known to "
           "the police but had not been shared with children's social care."),
     ("h1r", "Findings", "findings"),
     ("p", "Child D's behaviour at school changed in 2017. He became withdrawn and anxious and his teacher noticed "
           "sexualised play. The school discussed this with his mother, who thought it was a reaction to her separation "
           "from his father. The change was not referred."),
     ("h1r", "Lessons learned", "learning"),
     items("learning", [
         "Sexualised behaviour that is unusual for a child's age needs to be explored with the child and may need a "
         "referral.",
         "Information about adults with a conviction for offences against children must be shared when they have "
         "access to children.",
         "A parent's explanation for a change in a child's behaviour should be considered alongside other possibilities."]),
     ("h1r", "Recommendations", "recommendations"),
     items("recommendations", [
         "The Board should provide training for school staff on harmful sexual behaviour and when to refer.",
         "The police should review how convictions of adults with access to children are shared.",
         "The Board should audit the use of the sexual behaviours traffic light tool in schools."]),
     ("h1r", "Conclusion", "conclusion"),
     ("p", "Child D's abuse was not known to agencies until he told his sister. The review found opportunities to ask "
           "him sooner about the change in his behaviour. The Board has accepted the recommendations.")],
    ["ReportLab 3.6 canvas, Times-Roman base-14", "every heading in the body's size (11 pt), bold, ending in a colon, run in "
     "to the first line of its paragraph ('Background: Child D lived ...'); no numbers, no space above"])

# ---------- 8. Ferrisham: contents page with dot leaders, running footer naming the current section
FERRISHAM = rep(
    "ferrisham-cspr-child-e.pdf", "reportlab_contents_footer", "contents_footer",
    cover("Child Safeguarding Practice Review: Child E", "Child E", CSPR, "Ferrisham", 2025,
          "Ferrisham Safeguarding Children Partnership", "Independent reviewer: Nadia Corrish", "Published August 2025"),
    standard("Child E", "she", "Ferrisham", "Ferrisham Safeguarding Children Partnership", "March 2022 to January 2025", [
        "Child E was fourteen when she was admitted to a paediatric ward after a period of severe self-harm. She lived "
        "with her mother and stepfather in Ferrisham and attended the local secondary school.",
        "Child E had been waiting for a child and adolescent mental health assessment for eleven months.",
        "In 2023 Child E went to the emergency department three times after cutting herself. Each time she was assessed "
        "and discharged with advice to her mother.",
        "In 2024 Child E told the school counsellor that she was being bullied online. The counsellor saw her weekly for "
        "six weeks, which was the limit of the service."],
        ["Each service saw part of Child E's distress and did what its own rules allowed. While she waited for a mental "
         "health assessment, no one held the whole picture or checked that she was safer."],
        ["A child on a waiting list for mental health services still needs a named professional checking on her safety.",
         "Repeat attendances at the emergency department after self-harm should lead to a multi-agency discussion.",
         "Online bullying can drive self-harm and should be part of every risk assessment."],
        ["The partnership should ensure that children waiting for mental health assessment have a named contact.",
         "Hospital trusts should refer a child's second self-harm attendance in a year to the safeguarding team.",
         "Schools should include online bullying in their self-harm risk assessment."],
        good=["The school counsellor kept detailed notes and shared them with the ward team when Child E was admitted."]),
    ["ReportLab 3.6 canvas, Helvetica base-14, two passes", "a **contents page** (page 2) listing every section with dot "
     "leaders and its page number", "a **running footer naming the current section** ('Child E | Analysis | Page 5')"],
    contents=True, body_from=3)

REPORTS = [QUELLBURY, HARROWDENE, PELLINGFORD, YARNWICK, MERECOMBE, WRENFOLD, TANSLEY, FERRISHAM]
