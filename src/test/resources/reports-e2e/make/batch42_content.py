"""Batch 42 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports, each made by a PDF producer the repo had not used (every README under src/test/resources grepped first), in
the producer's own defaults: OpTeX (the LuaTeX plain-TeX format: \\tit, \\maketoc, \\sec / \\chap, \\begitems), plain TeX
on pdfTeX (\\beginsection, \\item), PHP FPDF 1.8 (its tutorial's filled chapter bands, Header and Footer; a MultiCell
action-plan table), PyX 0.16 (TeX-typeset boxes placed on a PyX canvas) and JFreePDF 2.0 (Java Graphics2D drawn
straight into PDF). Section shapes read from published LCSPR / learning review pages with the `search` tool; no
sentence copied.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds (batch40's): ("h1", heading, type[, accept_types]) a section; ("h2", text) a sub-heading (no section);
("p", text); ("items", type, [texts], style) with style 'ol' / 'ul'; ("plan", [(recommendation, [(action, lead,
when)])]) an action plan table (one recommendation item per recommendation cell, its actions none); ("gloss", [(term,
meaning)]) a glossary (no items). Test-fixture tooling only.
"""
from batch25_content import method, GLOSS
from batch27_content import story, conclusion

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


def summary(child, what):
    return [("p", "This is a summary of the local child safeguarding practice review about %s. %s" % (child, what)),
            ("p", "The review found that practitioners cared about %s and worked hard with the family, but that information "
                  "held by different agencies was not brought together at the points where it mattered." % child)]


# ---------- 1. Hallowmere: OpTeX, \tit, \maketoc, numbered \sec, \begitems \style n
P_BG, P_EV, P_AN = story("Child P", "she", [
    "Child P was four when she was admitted to hospital with burns to her hands in January 2025. She lived with her "
    "mother and two older brothers in a rented flat in Hallowmere.",
    "Child P's mother had been supported by the community mental health team for anxiety since 2022. The family had "
    "a family support worker from the local children's centre until the summer of 2024.",
    "In the autumn of 2024 the nursery raised concerns about Child P's weight and her frequent absences. The nursery "
    "manager spoke to the health visitor, who planned a home visit that did not take place before Christmas.",
    "On the day of the injury a neighbour called an ambulance. The paramedics found the flat cold and without food, "
    "and made a referral to children's social care from the scene."],
    ["The nursery's concerns were clear and were shared, but they were shared by telephone and not followed by a "
     "written referral. Each agency expected another to act.",
     "The end of the family support worker's involvement was not planned with the family. Child P's mother told the "
     "review that she did not know who to ask for help after that."])
HALLOWMERE = rep(
    "hallowmere-lcspr-child-p.pdf", "optex",
    {"title": "Local Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
     "area": "Hallowmere", "year": 2025, "partnership": "Hallowmere Safeguarding Children Partnership",
     "by": "Independent reviewer: Imogen Treharne", "date": "October 2025"},
    [h("Summary", "summary")] + summary("Child P", "Child P was four when she was badly burnt at home.")
    + [h("Introduction", "introduction"),
       ("p", "The Hallowmere Safeguarding Children Partnership decided after a rapid review that the case met the "
             "criteria for a local child safeguarding practice review. The review covers the eighteen months before "
             "Child P's injury.")]
    + [h("Methodology", "methodology")] + method("Hallowmere Safeguarding Children Partnership", "Imogen Treharne", "seven")
    + [h("Background", "background")] + P_BG
    + [h("Key events", "background")] + P_EV
    + [h("Findings", "findings"), ("h2", "Information shared by telephone")] + P_AN[:1]
    + [("h2", "Endings without a plan")] + P_AN[1:]
    + [h("Learning", "learning"),
       items("learning", [
           "A concern raised by telephone should be confirmed in writing, so that it reaches the record of every agency "
           "that needs to act on it.",
           "When a family support service ends, the family should know who to contact next and the ending should be "
           "agreed with the other agencies working with the children.",
           "Frequent nursery absences in a young child can be a sign of neglect and should be discussed with the "
           "health visitor and the family together."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should remind all agencies that telephone referrals must be followed by a written referral "
           "within one working day.",
           "The children's centre should agree a closure plan with each family and share it with the health visitor "
           "and the nursery.",
           "The partnership should audit the response to nursery absence concerns for children under five within six "
           "months."]),
       h("Conclusion", "conclusion")] + conclusion("Child P", "Hallowmere Safeguarding Children Partnership")
    + [h("Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
    ["**OpTeX 1.x** (LuaTeX plain format, `optex`), Latin Modern, untagged, outline from `\\sec`",
     "title from `\\tit` at the top of page 1 with the partnership, reviewer and invented note under it; **`\\maketoc` contents** on page 1",
     "**OpTeX's numbered `\\sec` headings ('1 Summary') and `\\secc` sub-headings ('5.1 ...')**; learning and recommendations as "
     "`\\begitems \\style n` lists ('1.' in OpTeX's item indent); glossary in `\\begitems \\style -` with bold terms"],
    body_from=1)

# ---------- 2. Lowther Fell: OpTeX, \chap chapters with \sec inside, bullets
R_BG, R_EV, R_AN = story("Child R", "he", [
    "Child R was fifteen when he was found with serious injuries after an assault in a park in March 2025. He had been "
    "reported missing from home eleven times in the previous year.",
    "Child R lived with his grandmother, who had cared for him since he was seven. His mother lived in another town "
    "and had occasional contact.",
    "From the summer of 2024 the police and the school saw signs that Child R was being exploited by older young men "
    "selling drugs. A return home interview after his fifth missing episode recorded that he had new clothes and a "
    "second phone.",
    "An exploitation screening tool was completed in November 2024 and scored medium risk. A multi-agency meeting was "
    "planned for January 2025 but was postponed twice."],
    ["The risk of exploitation was recognised by each agency. The response did not keep pace with how quickly the "
     "risk was growing, and the postponed meeting meant that no plan was in place when Child R was hurt.",
     "Child R's grandmother asked for help more than once. She told the review that she felt she was being asked to "
     "keep him safe on her own."])
LOWTHER = rep(
    "lowther-fell-learning-review-child-r.pdf", "optex_chap",
    {"title": "Learning Review: Child R", "child_name": "Child R", "review_type": "learning_review",
     "area": "Lowther Fell", "year": 2025, "partnership": "Lowther Fell Children's Safeguarding Partnership",
     "by": "Reviewer: Daniel Ashworth-Keene", "date": "November 2025"},
    [h("Introduction", "introduction"),
       ("p", "This learning review was commissioned by the Lowther Fell Children's Safeguarding Partnership after Child R "
             "was seriously injured. It asks how well agencies understood and responded to the risk of criminal "
             "exploitation in the year before the assault."),
       ("h2", "How the review was carried out")] + method("Lowther Fell Children's Safeguarding Partnership",
                                                          "Daniel Ashworth-Keene", "five")[:2]
    + [h("Child R and his family", "background")] + R_BG
    + [h("What happened", "background")] + R_EV
    + [h("Analysis", "findings")] + R_AN
    + [h("What went well", "good_practice"),
       items("good_practice", [
           "The return home interviews were completed within three days every time and were shared with the school.",
           "Child R's youth worker kept in touch with him by text message throughout and he trusted her."], "ul"),
       h("Learning for the partnership", "learning"),
       items("learning", [
           "Repeated missing episodes, new possessions and a second phone together point to criminal exploitation and "
           "call for a multi-agency plan, not a single-agency response.",
           "A postponed meeting leaves the risk unmanaged: someone must hold the plan until the meeting takes place.",
           "Kinship carers who ask for help with exploitation need a response of their own, not only advice."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should set a time limit of ten working days for a multi-agency meeting after an "
           "exploitation screening scores medium risk or higher.",
           "Children's social care should offer kinship carers of children at risk of exploitation a named worker.",
           "The police and the school should share the findings of every return home interview with the youth "
           "service."], "ul")],
    ["**OpTeX** (LuaTeX plain format), Latin Modern, untagged; **`\\chap` chapters ('1 Introduction' in OpTeX's large chapter "
     "style, no new page)** and a `\\sec` sub-heading inside the first chapter",
     "title block from `\\tit`, reviewer and invented note as plain paragraphs; no contents",
     "items as `\\begitems` bullets (OpTeX's default '•' markers)"],
    body_from=1)

# ---------- 3. Corrisdale: plain TeX on pdfTeX, \beginsection, \item{1.}
Q_BG, Q_EV, Q_AN = story("Child Q", "he", [
    "Child Q was nine weeks old when he died after being found unresponsive in his parents' bed in August 2024. He "
    "lived with his mother, his father and his sister, who was three.",
    "Both parents had used cannabis and the father had a conviction for possession. The family had been known to "
    "children's social care when Child Q's sister was a baby, and the case was closed in 2022.",
    "The midwife and the health visitor each gave safer sleep advice. The family's housing was overcrowded and the "
    "cot given by a charity was kept in the living room.",
    "On the night before Child Q died both parents had been drinking at a family party. Child Q was brought into "
    "their bed when he woke in the early hours."],
    ["Safer sleep advice was given but was not tailored to this family's circumstances, in particular the parents' "
     "substance use and the nights that were not usual ones.",
     "The earlier involvement of children's social care was known to the health visitor but did not lead her to ask "
     "again about the parents' drug use."])
CORRISDALE = rep(
    "corrisdale-lcspr-child-q.pdf", "plain_tex",
    {"title": "Local Child Safeguarding Practice Review: Child Q", "child_name": "Child Q", "review_type": CSPR,
     "area": "Corrisdale", "year": 2024, "partnership": "Corrisdale Safeguarding Children Partnership",
     "by": "Independent author: Margaret Olufemi", "date": "December 2024"},
    [h("Introduction", "introduction"),
     ("p", "The Corrisdale Safeguarding Children Partnership commissioned this review after the death of Child Q. The "
           "review considers the help offered to the family from the start of the pregnancy until Child Q died.")]
    + [h("The review process", "methodology")] + method("Corrisdale Safeguarding Children Partnership",
                                                         "Margaret Olufemi", "six")
    + [h("Background", "background")] + Q_BG + Q_EV
    + [h("Findings", "findings")] + Q_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Safer sleep advice works best when it is about this family's own nights, including parties, illness and "
           "staying with relatives.",
           "A parent's past drug use should lead practitioners to ask again, not to assume that it has stopped.",
           "Overcrowded housing makes safe sleep harder; practitioners should ask where the cot is and where the "
           "baby actually sleeps."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should update its safer sleep guidance to include planning for nights that are not usual "
           "ones.",
           "Health visiting services should record at every contact where the baby sleeps and who sleeps nearby.",
           "The housing service should consider a baby's safe sleep when it assesses overcrowding."]),
       h("Conclusion", "conclusion")] + conclusion("Child Q", "Corrisdale Safeguarding Children Partnership"),
    ["**plain TeX on pdfTeX** (`pdftex`, the plain format: no LaTeX), Computer Modern Type 1, untagged, no outline",
     "title lines with `\\centerline` in `\\bf` and `\\tenrm`; **`\\beginsection` headings** (bold, unnumbered, the plain "
     "format's own skip), paragraphs indented, no contents",
     "items as **`\\item{1.}`** hanging paragraphs (plain's `\\item` with the number as its label); plain's footline "
     "page number centred"],
    body_from=1)

# ---------- 4. Weybourne: PHP FPDF tutorial style (Header, filled chapter bands, Footer 'Page N/{nb}')
T_BG, T_EV, T_AN = story("Baby T", "he", [
    "Baby T was four months old when he was taken to hospital with a fractured skull in May 2025. He lived with his "
    "mother, who was nineteen, in supported accommodation in Weybourne.",
    "Baby T's mother had been looked after by the local authority from the age of fourteen and was receiving support "
    "from a personal adviser as a care leaver.",
    "The personal adviser and the health visitor both knew that Baby T's father visited the flat, although the "
    "accommodation rules did not allow overnight visitors. Neither knew that a court had made a non-molestation "
    "order against him in 2023.",
    "Two weeks before the injury the accommodation's support worker heard shouting from the flat and noted it in "
    "the daily log. The log was not read by anyone outside the service."],
    ["The personal adviser had the closest relationship with Baby T's mother but was not invited to the health "
     "visitor's reviews, and did not see herself as part of the team around the baby.",
     "The father's history was held by the police and the family court but was not known to the agencies who saw "
     "the baby."])
WEYBOURNE = rep(
    "weybourne-lcspr-baby-t.pdf", "fpdf_php",
    {"title": "Local Child Safeguarding Practice Review: Baby T", "child_name": "Baby T", "review_type": CSPR,
     "area": "Weybourne", "year": 2025, "partnership": "Weybourne Safeguarding Children Partnership",
     "by": "Lead reviewer: Alistair Penhaligon", "date": "September 2025"},
    [h("Introduction", "introduction"),
       ("p", "This review was commissioned by the Weybourne Safeguarding Children Partnership after Baby T was seriously "
             "injured. It looks at how agencies supported a young mother who was a care leaver and her baby.")]
    + [h("Methodology", "methodology")] + method("Weybourne Safeguarding Children Partnership",
                                                 "Alistair Penhaligon", "six")
    + [h("Background", "background")] + T_BG
    + [h("Key practice episodes", "background", ["findings"])] + T_EV
    + [h("Findings", "findings")] + T_AN
    + [h("Good practice", "good_practice"),
       items("good_practice", [
           "The personal adviser visited every week and helped Baby T's mother register with a GP before the birth.",
           "The emergency department recognised the injury as unexplained and made a referral the same night."], "ul"),
       h("Learning", "learning"),
       items("learning", [
           "A care leaver's personal adviser is part of the team around her baby and should be invited to the baby's "
           "reviews.",
           "The rules of supported accommodation are not a safety plan: who visits the baby matters more than who "
           "stays the night.",
           "Logs kept by supported accommodation can hold early signs of domestic abuse and should be shared when "
           "there is a baby in the household."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The leaving care service should invite the health visitor to pathway plan reviews for every care leaver "
           "who is pregnant or a parent.",
           "Supported accommodation providers should share concerns about domestic abuse with children's social care "
           "when a baby lives in the flat.",
           "The police should check for court orders when a parent of a baby under one is referred to them."]),
       h("Conclusion", "conclusion")] + conclusion("Baby T", "Weybourne Safeguarding Children Partnership"),
    ["**PHP FPDF 1.8.4** (Debian php-fpdf), core Helvetica and Times (not embedded), untagged, no outline",
     "FPDF tutorial look: **Header() with the short title centred in a bordered cell and a line break; every section a "
     "full-width filled band (light blue 200,220,255) 'Section N : Heading'; Footer() 'Page N/{nb}' italic 8 pt centred**",
     "body Times 12 in MultiCell paragraphs; items as MultiCells with a '1.' / bullet Cell to their left"],
    body_from=1)

# ---------- 5. Ashlingford: PHP FPDF, cover page, MultiCell action plan table
U_BG, U_EV, U_AN = story("Child U", "she", [
    "Child U was twelve when she disclosed to a teacher that she had been sexually abused by an adult family friend "
    "over two years. She lived with her father and stepmother in Ashlingford.",
    "Child U had a diagnosis of autism and attended a mainstream secondary school with support from a special "
    "educational needs coordinator.",
    "In 2023 Child U told a learning support assistant that a man gave her presents. The assistant passed this to "
    "the designated safeguarding lead, who spoke to Child U's father and recorded that there were no concerns.",
    "In 2024 Child U's behaviour at school changed and she was seen by the child and adolescent mental health "
    "service, which put her changed behaviour down to her autism."],
    ["Child U's autism shaped how she told adults what was happening. The adults around her heard her words but "
     "did not ask what they meant for her.",
     "Changes in behaviour were explained by her diagnosis rather than explored as a possible sign of harm."])
U_PLAN = [
    ("Schools should make sure that staff supporting autistic pupils know how those pupils may disclose abuse.",
     [("Training for learning support staff", "Education safeguarding team", "March 2026")]),
    ("The mental health service should consider abuse as a cause of changed behaviour before putting it down to a "
     "child's diagnosis.",
     [("Update assessment guidance", "CAMHS clinical lead", "June 2026")]),
    ("Designated safeguarding leads should record the child's own words and speak to the child before speaking to "
     "a parent about a concern.",
     [("Audit of school safeguarding records", "Partnership business unit", "September 2026")])]
ASHLINGFORD = rep(
    "ashlingford-cspr-child-u.pdf", "fpdf_php_plan",
    {"title": "Child Safeguarding Practice Review: Child U", "child_name": "Child U", "review_type": CSPR,
     "area": "Ashlingford", "year": 2026, "partnership": "Ashlingford Safeguarding Children Partnership",
     "by": "Independent reviewer: Helen Marchbank", "date": "January 2026"},
    [h("Executive summary", "summary")] + summary("Child U", "Child U was twelve when she disclosed sexual abuse.")
    + [h("Background", "background")] + U_BG + U_EV
    + [h("Analysis and findings", "findings")] + U_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Autistic children may disclose abuse indirectly, through talk of presents or rules; adults should ask "
           "what the child means.",
           "A diagnosis can overshadow signs of harm: changed behaviour needs to be explored before it is explained."],
             "ul"),
       h("Recommendations and action plan", "recommendations"),
       ("plan", U_PLAN)],
    ["**PHP FPDF 1.8.4**, core Arial (Helvetica, not embedded), untagged, no outline",
     "**a cover page drawn with FPDF Cells** (partnership, title 20 pt bold, reviewer, date, invented note); body headings "
     "bold 14 pt Cells with a drawn line under them; footer 'Page N' centred",
     "**recommendations only in an FPDF action-plan table: rows of MultiCells ('Recommendation | Action | Lead | By "
     "when') with a grey filled header row, each cell drawn with Rect to the row's height**; learning bullets chr(149)"])

# ---------- 6. Tolverton: PyX canvas, TeX-typeset parboxes placed by the program
V_BG, V_EV, V_AN = story("Child V", "she", [
    "Child V was seven when she was admitted to hospital malnourished and with untreated dental decay in February "
    "2025. She lived with her father and his partner in Tolverton.",
    "Child V had been home educated since the age of five. The local authority's elective home education officer "
    "had visited once, in 2023, and received a written report from her father in 2024.",
    "Child V was not registered with a dentist and had not seen her GP since her pre-school immunisations, which "
    "were incomplete.",
    "A neighbour contacted the police in December 2024 after seeing Child V outside alone in the cold. The police "
    "made a welfare visit and recorded that the child appeared well."],
    ["Once Child V was educated at home, no agency saw her regularly. The home education officer's role was to "
     "look at her education, and no one looked at her health.",
     "The police welfare visit looked at the moment, not at the history: a check of records would have shown that "
     "Child V was not seen by any service."])
TOLVERTON = rep(
    "tolverton-learning-review-child-v.pdf", "pyx",
    {"title": "Safeguarding Learning Review: Child V", "child_name": "Child V", "review_type": "learning_review",
     "area": "Tolverton", "year": 2025, "partnership": "Tolverton Safeguarding Children Partnership",
     "by": "Reviewers: Grace Oyelaran and Peter Vance", "date": "December 2025"},
    [h("Introduction", "introduction"),
     ("p", "The Tolverton Safeguarding Children Partnership carried out this learning review after Child V was found to "
           "be seriously neglected. It asks what can be learned about children who are educated at home and are not "
           "seen by other services.")]
    + [h("Background", "background")] + V_BG
    + [h("Summary of events", "background")] + V_EV
    + [h("Findings", "findings")] + V_AN
    + [h("Learning", "learning"),
       items("learning", [
           "A child educated at home may be seen by no service at all; missing health contacts are a warning sign.",
           "A welfare visit should include a check of what other services know about the child."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The local authority should share its list of electively home educated children with the health visiting "
           "and school nursing services each term.",
           "The police should check children's social care and health records before closing a welfare concern about "
           "a child under ten.",
           "The partnership should write to the Department for Education about the lack of any duty to see home "
           "educated children."])],
    ["**PyX 0.16** (python3-pyx): every paragraph and heading **typeset by TeX as a `parbox` and placed by the program on "
     "a PyX canvas**, one `document.page` per A4 page; LaTeX 12pt with lmodern T1 (Type 1, embedded by PyX), untagged, no outline",
     "headings `\\large\\bf` (15 pt), title `\\LARGE\\bf`, a PyX-drawn rule under the title; items as a number box and a "
     "text parbox side by side; page number drawn at the foot"],
    body_from=1)

# ---------- 7. Brackenhurst: JFreePDF (Java Graphics2D straight to PDF)
W_BG, W_EV, W_AN = story("Child W", "he", [
    "Child W was eleven when he took an overdose of paracetamol in April 2025. He lived with his mother, who has "
    "multiple sclerosis, and he was her main carer.",
    "Child W was not known to the young carers' service. His school knew that his mother was ill but had not "
    "asked whether he cared for her.",
    "In the winter of 2024 Child W was often late for school and fell asleep in lessons. The school put him on an "
    "attendance plan and sent letters home.",
    "His mother's adult social care assessment in January 2025 recorded that 'her son helps'. No referral was made "
    "for a young carer's assessment."],
    ["Adult services assessed the mother and children's services assessed the child, but no one assessed the family. "
     "Child W's caring role fell between the two.",
     "The school's attendance response treated lateness as a behaviour to change rather than a sign to understand."])
BRACKENHURST = rep(
    "brackenhurst-cspr-child-w.pdf", "jfreepdf",
    {"title": "Child Safeguarding Practice Review: Child W", "child_name": "Child W", "review_type": CSPR,
     "area": "Brackenhurst", "year": 2025, "partnership": "Brackenhurst Safeguarding Children Partnership",
     "by": "Independent reviewer: Simon Kettleborough", "date": "August 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned by the Brackenhurst Safeguarding Children Partnership after Child W was admitted "
           "to hospital. It considers how agencies identified and supported a child who was caring for his mother.")]
    + [h("Methodology", "methodology")] + method("Brackenhurst Safeguarding Children Partnership",
                                                 "Simon Kettleborough", "five")[:2]
    + [h("Background", "background")] + W_BG + W_EV
    + [h("Analysis", "findings")] + W_AN
    + [h("Learning", "learning"),
       items("learning", [
           "When an adult's assessment records that a child helps, the child may be a young carer and is entitled to "
           "an assessment of his own.",
           "Lateness and tiredness in a child whose parent is ill should lead to a conversation about home, not only "
           "an attendance plan."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "Adult social care should ask about children in the household at every care assessment and refer young "
           "carers for an assessment.",
           "Schools should ask pupils whose parents are ill whether they care for them, and record the answer.",
           "The young carers' service should offer training to school attendance officers."]),
       h("Conclusion", "conclusion")] + conclusion("Child W", "Brackenhurst Safeguarding Children Partnership"),
    ["**JFreePDF 2.0.1** (org.jfree.pdf, Maven Central): a Java program draws each line with **Graphics2D.drawString on a "
     "PDFGraphics2D** (its own writer; Java's logical fonts mapped to the base-14 Helvetica / Times, not embedded), "
     "untagged, no outline, no document info title",
     "cover page drawn with a filled navy band and white 22 pt title; headings Helvetica Bold 14 in navy; body Times 11 "
     "wrapped by FontMetrics; items '1.' with a hanging indent; footer 'Brackenhurst SCP | Page N' and a rule"])

# ---------- 8. Ferncastle: plain TeX, two-level numbered headings written by hand, \item bullets, \headline
X_BG, X_EV, X_AN = story("Baby X", "she", [
    "Baby X was six weeks old when she was admitted to hospital with bleeding on the brain in October 2024. She lived "
    "with her mother and father in Ferncastle.",
    "Baby X was born at thirty-four weeks and spent two weeks in the neonatal unit. Her parents visited less often "
    "than the unit expected and the nurses recorded their worry.",
    "The neonatal unit's discharge meeting was held without the health visitor, who received a discharge summary "
    "that did not mention the nurses' worry.",
    "At home Baby X cried a great deal. Her father told the GP that he found the crying hard, and was given advice "
    "about colic."],
    ["The worry of the neonatal nurses did not travel with Baby X when she went home. The health visitor started "
     "from a summary that described a well baby.",
     "A father who says the crying is hard is telling practitioners something important about the risk to the "
     "baby."])
FERNCASTLE = rep(
    "ferncastle-cspr-baby-x.pdf", "plain_tex_numbered",
    {"title": "Child Safeguarding Practice Review: Baby X", "child_name": "Baby X", "review_type": CSPR,
     "area": "Ferncastle", "year": 2025, "partnership": "Ferncastle Safeguarding Children Partnership",
     "by": "Author: Rosalind Achterberg", "date": "March 2025"},
    [h("1. Introduction", "introduction"),
     ("p", "This review was commissioned by the Ferncastle Safeguarding Children Partnership after Baby X was seriously "
           "injured. It considers the care of Baby X and her family from her birth to her admission to hospital.")]
    + [h("2. Background", "background")] + X_BG + X_EV
    + [h("3. Findings", "findings")] + X_AN
    + [h("4. Good practice", "good_practice"),
       items("good_practice", [
           "The neonatal nurses recorded their concerns about the parents' visits clearly and in detail."], "ul"),
       h("5. Learning", "learning"),
       items("learning", [
           "Concerns held by a neonatal unit should be part of the discharge plan and shared with the health visitor "
           "in person.",
           "A parent who finds a baby's crying hard to bear should be offered help with coping, not only advice about "
           "colic."], "ul"),
       h("6. Recommendations", "recommendations"),
       items("recommendations", [
           "The neonatal unit should invite the health visitor to every discharge planning meeting for a baby born "
           "before thirty-seven weeks.",
           "GP practices should use the partnership's crying babies guidance when a parent says the crying is hard to "
           "manage."], "ul")],
    ["**plain TeX on pdfTeX**, Computer Modern, untagged, no outline; a `\\headline` running title (8 pt, right) on "
     "pages after the first and plain's centred folio",
     "headings **numbered by hand ('1. Introduction') set with plain's `\\beginsection`**, items as **`\\item{$\\bullet$}`** "
     "bullets; title block `\\centerline` in `\\bf` at 14.4 pt"],
    body_from=1)

REPORTS = [HALLOWMERE, LOWTHER, CORRISDALE, WEYBOURNE, ASHLINGFORD, TOLVERTON, BRACKENHURST, FERNCASTLE]
