"""Batch 35 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports made by producers new to the repo: Pango laid out on a cairo PDF surface (PangoCairo through PyGObject, no
office suite); Vim's `:hardcopy` PostScript printed to PDF by ps2pdf; a page image with an hOCR text layer drawn
invisible (text render mode 3) word by word (the hocr-tools 'hocr-pdf' recipe: Tesseract hOCR, ReportLab canvas);
Java 2D printing (`java.awt.print.PrinterJob` to a PostScript StreamPrintService) turned into PDF by ps2pdf; MuPDF's
own HTML/EPUB layout engine (`mutool convert` of an XHTML file and of an EPUB); a python-docx DOCX with section breaks
(a landscape section for the action plan) exported by LibreOffice with bookmarks from the headings, as Word's 'Save as
PDF' does.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds as batch13 (h1 heading type [accept], p, items kind texts style). Test-fixture tooling only.
"""
from batch25_content import method
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
CPR = "child_practice_review"
LR = "learning_review"


def rep(file, producer, cover, blocks, features):
    return {"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features, "body_from": 2}


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def items(kind, texts, style="ol"):
    return ("items", kind, texts, style)


# ---------- 1. Pellingrove: Pango / cairo
P_BG, P_EV, P_AN = story("Child F", "she", [
    "Child F was four years old when she was admitted to hospital in August 2024 with a head injury that doctors "
    "judged to be inflicted. She lived with her mother and her mother's new partner in a flat in Pellingrove.",
    "Her mother had been a care leaver and had a personal adviser until shortly before Child F's third birthday.",
    "In February 2024 the nursery saw a bruise on Child F's forehead and was told she had fallen from a scooter. The "
    "nursery recorded the account and spoke to its designated safeguarding lead, who decided no referral was needed.",
    "In May 2024 a neighbour called the police about shouting in the flat. Officers attended, saw Child F asleep and "
    "recorded the incident as a verbal argument between adults."],
    ["The new partner was not known to any agency as a member of the household. Nobody asked who else lived in the "
     "flat, so his history of violence towards a previous partner was not linked to Child F.",
     "Each agency held one piece of the picture. The nursery's bruise and the police call were never considered together, "
     "because neither met the threshold for sharing on its own."])
PELLINGROVE = rep(
    "pellingrove-cspr-child-f.pdf", "pango_cairo",
    {"title": "Child Safeguarding Practice Review: Child F", "child_name": "Child F", "review_type": CSPR,
     "area": "Pellingrove", "year": 2025, "partnership": "Pellingrove Safeguarding Children Partnership",
     "by": "Independent author: Moira Tancred", "date": "Published March 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned after Child F, aged four, was seriously injured at home. She has recovered and now "
           "lives with her grandmother. The partnership thanks her family for speaking to the review."),
     h("Methodology", "methodology")] + method("Pellingrove Safeguarding Children Partnership", "Moira Tancred", "seven")
    + [h("Background", "background")] + P_BG + [h("Key practice episodes", "background", ["findings"])] + P_EV
    + [h("Analysis", "findings")] + P_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Practitioners should ask who lives in a child's home and who visits it, and record the answer.",
           "A bruise on a young child's face needs an account that is checked against the child's development, not only "
           "written down.",
           "A police call to a home where a young child lives is information for the agencies who know that child."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should revise its guidance on unseen men so that every agency asks about new adults in the "
           "household at each assessment.",
           "The police should share notifications of domestic incidents with the nursery or school of any child present.",
           "The partnership should audit how nurseries record and escalate injuries to young children within a year."]),
       h("Conclusion", "conclusion")] + conclusion("Child F", "Pellingrove Safeguarding Children Partnership"),
    ["PangoCairo through PyGObject on a cairo PDF surface (DejaVu Serif 10.5 pt body, Sans Bold headings)", "headings and "
     "bullets laid out by Pango, untagged, no outline", "learning bullets '•', recommendations '1.'"])

# ---------- 2. Llanfeurig: Pango / cairo, Welsh Child Practice Review shape
L_BG, L_EV, L_AN = story("Child G", "he", [
    "Child G was fourteen when he was found in a flat in another county with a quantity of drugs, in November 2023. He "
    "lived with his father and two younger sisters in Llanfeurig.",
    "Child G had been excluded from school for a fixed period twice in 2023 and was attending a pupil referral unit "
    "for three days a week.",
    "In September 2023 Child G was reported missing four times. Each time he returned within a day and a return home "
    "interview was offered; he declined three of them.",
    "In October 2023 the pupil referral unit found a second phone and a large sum of cash in his bag and told his father, "
    "who said he would deal with it."],
    ["The missing episodes were handled one at a time. The pattern, and the growing time between going missing and "
     "coming home, was not seen by anyone until after Child G was found.",
     "The phone and the cash were strong signs of criminal exploitation. The unit told the family but not the police or "
     "children's services, because staff thought the father was the right person to act."])
LLANFEURIG = rep(
    "llanfeurig-extended-cpr-child-g.pdf", "pango_cairo",
    {"title": "Extended Child Practice Review: Child G", "child_name": "Child G", "review_type": CPR,
     "area": "Llanfeurig", "year": 2024, "partnership": "Llanfeurig Regional Safeguarding Board",
     "by": "Reviewers: Elin Prydderch and Huw Castellan", "date": "Published September 2024"},
    [h("Introduction", "introduction"),
     ("p", "The Llanfeurig Regional Safeguarding Board commissioned this extended child practice review after Child G was "
           "found far from home with drugs. It follows the Welsh guidance for child practice reviews."),
     h("Circumstances leading to the review", "background")] + L_BG
    + [h("Practice and organisational learning", "findings", ["learning"])] + L_EV + L_AN
    + [h("Improving systems and practice", "recommendations"),
       items("recommendations", [
           "The Board should make sure that a pattern of missing episodes triggers a multi-agency meeting after the third "
           "episode in any ninety days.",
           "Education settings should report finds of cash or unexplained phones to the police and to children's services "
           "as well as to parents.",
           "Return home interviews should be offered by a worker the child already knows where that is possible.",
           "The Board should ask the regional exploitation panel to report each quarter on children placed in pupil "
           "referral units."]),
       h("Statement by reviewers", "other", ["conclusion"]),
       ("p", "We were independent of the case and of the line management of the practitioners whose work is described. "
             "We have read the agencies' records and met the practitioners, and we believe the review is accurate."),
       ("p", "Child G's father was invited to take part and met the reviewers once. His views are included where they "
             "help to explain what happened.")],
    ["PangoCairo through PyGObject, Liberation Sans 10 pt, A4, headings Sans Bold 13 pt teal", "Welsh extended child "
     "practice review shape ('Circumstances leading to the review', 'Practice and organisational learning', 'Improving "
     "systems and practice', 'Statement by reviewers')", "recommendations numbered, no learning list"])

# ---------- 3. Harkenby: Vim :hardcopy -> ps2pdf
K_BG, K_EV, K_AN = story("Baby H", "he", [
    "Baby H was seven weeks old when he died in an unsafe sleeping arrangement in April 2024. He lived with his mother, "
    "who was nineteen, in supported accommodation in Harkenby.",
    "His mother had been looked after as a teenager and had left her foster placement a year before Baby H was born.",
    "The midwife and the health visitor both gave safer sleep advice. The health visitor noted that the Moses basket was "
    "being used to store clothes and was told the baby slept there at night.",
    "On the night of his death Baby H's mother had been drinking with friends at the accommodation and fell asleep with "
    "him on a sofa."],
    ["Safer sleep advice was given as information. It did not explore what a night looked like for this young mother, or "
     "what would happen on a night that was not a usual one.",
     "The accommodation staff knew that residents gathered in the evenings but did not see that as connected to the safety "
     "of the babies who lived there."])
HARKENBY = rep(
    "harkenby-lcspr-baby-h.pdf", "vim_hardcopy_ps2pdf",
    {"title": "Local Child Safeguarding Practice Review: Baby H", "child_name": "Baby H", "review_type": CSPR,
     "area": "Harkenby", "year": 2025, "partnership": "Harkenby Safeguarding Children Partnership",
     "by": "Lead reviewer: Tom Athelward", "date": "Published January 2025"},
    [h("1. Introduction", "introduction"),
     ("p", "This review considers the help given to Baby H and his mother in the months before his death. It was carried "
           "out as a local child safeguarding practice review."),
     h("2. Methodology", "methodology")] + method("Harkenby Safeguarding Children Partnership", "Tom Athelward", "five")[:2]
    + [h("3. Background", "background")] + K_BG + [h("4. Summary of events", "background", ["findings"])] + K_EV
    + [h("5. Findings", "findings")] + K_AN
    + [h("6. Learning", "learning"),
       items("learning", [
           "Safer sleep conversations should ask parents about the nights that are not usual ones, such as after "
           "drinking or when staying elsewhere.",
           "Young parents who were looked after need the same curiosity about support as any other vulnerable parent.",
           "Supported accommodation staff are part of the network around a baby and should be told what the risks are."]),
       h("7. Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should refresh its safer sleep guidance to include planning for disrupted nights.",
           "Commissioners of supported accommodation for young parents should require staff training on safer sleep.",
           "Health visitors should record where the baby actually sleeps, not only where the parent says the baby sleeps."]),
       h("8. Conclusion", "conclusion")] + conclusion("Baby H", "Harkenby Safeguarding Children Partnership"),
    ["plain text written in Vim, printed with `:hardcopy` (Courier 10 pt PostScript, Vim's header line 'file name  Page N' "
     "on every page), then ps2pdf (Ghostscript)", "numbered headings '1. Introduction', items '1.' with hanging indent, "
     "the cover is the text's first page"])

# ---------- 4. Osterleigh: hOCR text layer over a page image (hocr-pdf recipe)
O_BG, O_EV, O_AN = story("Child J", "she", [
    "Child J was twelve when she disclosed that she had been sexually abused by a family friend over two years. She "
    "lived with her mother and stepfather in Osterleigh.",
    "Child J had attended the school nurse drop-in several times in 2023 with stomach aches and headaches.",
    "In the spring of 2023 Child J's teacher noticed that she had stopped eating lunch and was staying in the library. "
    "She was referred to the school's pastoral team.",
    "The pastoral worker met Child J four times. In the fourth meeting Child J said that an adult had been making her "
    "do things she did not like."],
    ["Child J's repeated visits to the school nurse were each treated on their own. Taken together they were a sign that "
     "something was wrong, and that she was looking for an adult to tell.",
     "When Child J disclosed, the pastoral worker responded well and a referral was made the same day."])
OSTERLEIGH = rep(
    "osterleigh-cspr-child-j.pdf", "hocr_sandwich",
    {"title": "Child Safeguarding Practice Review: Child J", "child_name": "Child J", "review_type": CSPR,
     "area": "Osterleigh", "year": 2024, "partnership": "Osterleigh Safeguarding Children Partnership",
     "by": "Independent reviewer: Rachel Dunsmore", "date": "Published June 2024"},
    [h("Introduction", "introduction"),
     ("p", "This review looks at how agencies recognised and responded to the signs that Child J was being abused."),
     h("The review process", "methodology")] + method("Osterleigh Safeguarding Children Partnership", "Rachel Dunsmore", "six")
    + [h("Background", "background")] + O_BG + O_EV
    + [h("Findings", "findings")] + O_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Repeated physical complaints without a clear cause can be a child's way of asking for help.",
           "Children need time with one trusted adult before they are able to say what is happening to them."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "School nurses should review a pupil's previous visits when the same child attends three times in a term.",
           "The partnership should promote its guidance on recognising signs of child sexual abuse in schools."])],
    ["printed page scanned as a 200 dpi image; Tesseract 5 hOCR; the page image and an invisible text layer (render mode 3, "
     "one word per text object at its hOCR box, horizontal scale to fit) drawn on a ReportLab canvas, as hocr-tools' "
     "hocr-pdf does", "the only text is the OCR layer"])

# ---------- 5. Thwaiteholme: Java 2D PrinterJob -> PostScript -> ps2pdf
T_BG, T_EV, T_AN = story("Child K", "he", [
    "Child K was nine when he was found by police living in a house with no heating and very little food, in December "
    "2023. He lived with his mother, who misused alcohol, in Thwaiteholme.",
    "Child K's attendance at school had fallen to sixty per cent over the previous year.",
    "The school's attendance officer visited the home twice in the autumn term. Nobody answered the door and letters "
    "were left.",
    "In November 2023 Child K's mother told the GP that she was drinking every day. She was referred to the alcohol "
    "service and did not attend the first appointment."],
    ["Poor attendance was handled as an attendance matter. The unanswered door was recorded but not seen as a sign that "
     "the child might be at risk.",
     "The GP asked about children in the household and recorded that there was one, but the alcohol referral did not ask "
     "the service to think about Child K."])
THWAITEHOLME = rep(
    "thwaiteholme-lcspr-child-k.pdf", "java2d_printerjob_ps2pdf",
    {"title": "Local Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
     "area": "Thwaiteholme", "year": 2024, "partnership": "Thwaiteholme Children's Safeguarding Partnership",
     "by": "Author: Dr Neil Hawkridge", "date": "Published November 2024"},
    [h("Introduction", "introduction"),
     ("p", "This review concerns Child K, who was living in neglectful conditions at home. He now lives with his aunt."),
     h("Scope and methodology", "methodology", ["introduction"])]
    + method("Thwaiteholme Children's Safeguarding Partnership", "Dr Neil Hawkridge", "six")[:2]
    + [h("Background", "background")] + T_BG + T_EV
    + [h("Analysis", "findings")] + T_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Falling attendance and an unanswered door together are a welfare concern, not only an attendance one.",
           "When a parent seeks help for alcohol use, the children in the household should be part of the referral.",
           "A missed first appointment at an alcohol service is an opportunity to contact the family's GP."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The local authority should add a welfare check to its attendance procedure when home visits are unanswered.",
           "The alcohol service should ask about children at referral and tell the GP when a parent does not attend.",
           "The partnership should seek assurance that schools escalate persistent absence to the family help service."]),
       h("Conclusion", "conclusion")] + conclusion("Child K", "Thwaiteholme Children's Safeguarding Partnership"),
    ["Java 17 `java.awt.print.PrinterJob` with a Printable drawing each line by `Graphics2D.drawString` (logical fonts "
     "Serif 11 and SansSerif bold 14), printed to a PostScript StreamPrintService, then ps2pdf", "lines placed by the "
     "program, no paragraphs or tags; learning and recommendations numbered"])

# ---------- 6. Marrowdene: MuPDF HTML engine (mutool convert of XHTML)
M_BG, M_EV, M_AN = story("Child L", "she", [
    "Child L was sixteen when she was admitted to hospital after taking an overdose, in February 2024. She had lived in "
    "a children's home in Marrowdene for eight months, placed there from a neighbouring authority.",
    "Child L had been in care since she was eleven and had had six placements.",
    "In the weeks before the overdose Child L told staff at the home that she felt nobody would notice if she was gone. "
    "Staff recorded the remark and told her social worker by e-mail.",
    "Her social worker, who was based ninety miles away, was on leave. The e-mail was read a week later."],
    ["The home's staff knew Child L well and recorded what she said. The system relied on one distant social worker to "
     "act, and there was no cover when she was away.",
     "Child L's placement in another area meant that local mental health services did not know her, and her care "
     "plan did not say how she could get help quickly."])
MARROWDENE = rep(
    "marrowdene-lcspr-child-l.pdf", "mupdf_html",
    {"title": "Local Child Safeguarding Practice Review: Child L", "child_name": "Child L", "review_type": CSPR,
     "area": "Marrowdene", "year": 2025, "partnership": "Marrowdene Safeguarding Children Partnership",
     "by": "Reviewer: Sunita Okafor-Reeve", "date": "Published April 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review is about Child L, a young person in care who was placed away from her home area. She has given "
           "permission for her story to be used so that other young people are helped sooner."),
     h("How the review was carried out", "methodology")]
    + method("Marrowdene Safeguarding Children Partnership", "Sunita Okafor-Reeve", "five")[:2]
    + [h("Child L's story", "background")] + M_BG + M_EV
    + [h("What we found", "findings")] + M_AN
    + [h("Learning for the partnership", "learning"),
       items("learning", [
           "A young person's words about not being missed are a warning that must reach someone who can act that day.",
           "Children placed out of area need a local route to mental health help written into their care plan."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "Children's homes should have a named local contact for urgent concerns about a child placed from elsewhere.",
           "Placing authorities should make sure that messages to an absent social worker are seen by a manager.",
           "The partnership should raise the findings with the regional group that commissions placements."]),
       h("Conclusion", "conclusion")] + conclusion("Child L", "Marrowdene Safeguarding Children Partnership"),
    ["XHTML laid out by MuPDF's own HTML engine (`mutool convert -o out.pdf report.xhtml`, MuPDF 1.21; `-W 595 -H 842 -S 11`, "
     "an A4 page; Gentium asked for, MuPDF's built-in Charis used; h2 headings)", "no producer string in the Info dictionary, untagged, no outline",
     "learning bullets, recommendations numbered"])

# ---------- 7. Kilbrannoch: MuPDF EPUB (mutool convert of an EPUB, one chapter per section), Scottish learning review
B_BG, B_EV, B_AN = story("Child M", "he", [
    "Child M was two years old when he was taken to hospital with a serious burn to his hand, in July 2024. He lived with "
    "his mother and her partner in Kilbrannoch.",
    "Child M's name had been placed on the child protection register at birth and removed when he was eight months old.",
    "After the registration ended, the health visitor continued to visit. She noted that the flat was cluttered and that "
    "Child M was often in the same clothes.",
    "In June 2024 his mother's partner was released from prison. Nobody working with the family was told."],
    ["Removing Child M's name from the register was reasonable at the time. The plan that followed relied on the mother's "
     "engagement and had no way of noticing that the household had changed.",
     "Information about the partner's release was held by justice services and was not shared with health or social work "
     "staff who knew the child."])
KILBRANNOCH = rep(
    "kilbrannoch-learning-review-child-m.pdf", "mupdf_epub",
    {"title": "Learning Review: Child M", "child_name": "Child M", "review_type": LR,
     "area": "Kilbrannoch", "year": 2025, "partnership": "Kilbrannoch Child Protection Committee",
     "by": "Lead reviewers: Fiona Baird-Lennox and Callum Strachan", "date": "Published May 2025"},
    [h("Introduction", "introduction"),
     ("p", "Kilbrannoch Child Protection Committee decided to carry out a learning review after Child M was seriously "
           "injured. The review followed the national guidance for learning reviews in Scotland."),
     h("Background", "background")] + B_BG + B_EV
    + [h("Key findings", "findings")] + B_AN
    + [h("Learning", "learning"),
       items("learning", [
           "The end of registration should be followed by a plan that can detect changes in who lives in the home.",
           "Release of an adult with a history of violence to a household with a young child must be shared.",
           "Neglect seen in clothing and home conditions needs to be weighed over time, not visit by visit."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The Committee should ask justice social work to notify children's services when a person is released to a "
           "household with a child who was recently registered.",
           "Health visiting should use the neglect toolkit at every contact for children removed from the register in "
           "the previous year."])],
    ["an EPUB 3 (one XHTML chapter per section, Gentium) converted by MuPDF's EPUB engine (`mutool convert` with its default "
     "e-reader page, 420 x 595 pt), so every chapter starts a new page; the cover chapter's page-break-after leaves page 2 "
     "blank", "Scottish learning review shape, Child Protection Committee"])

# ---------- 8. Cressbury Vale: python-docx with section breaks (landscape action plan) -> LibreOffice, bookmarks on
C_BG, C_EV, C_AN = story("Child N", "she", [
    "Child N was seven when she was seriously injured by her father during a contact visit, in March 2024. She lived "
    "with her mother and younger brother in Cressbury Vale.",
    "Her parents had separated in 2022 after a period of domestic abuse reported to the police three times.",
    "The family court ordered supervised contact in 2023. In January 2024 contact became unsupervised after a review "
    "report said the father had completed a parenting course.",
    "Child N told her teacher in February 2024 that she did not want to go to her dad's. The teacher passed this on "
    "to the mother."],
    ["The court review report relied on the father's account and on his course certificate. It did not include the "
     "police history or the views of the school.",
     "Child N's words to her teacher were her voice in the decision about contact, and there was no route for them to "
     "reach the court."])
CRESSBURY = rep(
    "cressbury-vale-cspr-child-n.pdf", "python_docx_lo_sections",
    {"title": "Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
     "area": "Cressbury Vale", "year": 2025, "partnership": "Cressbury Vale Safeguarding Partnership",
     "by": "Independent reviewer: Janet Morwood", "date": "Published February 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned after Child N was seriously injured during contact with her father. He has been "
           "convicted. Child N's mother has contributed to the review."),
     h("Methodology", "methodology")] + method("Cressbury Vale Safeguarding Partnership", "Janet Morwood", "eight")[:2]
    + [h("Background", "background")] + C_BG + C_EV
    + [h("Analysis", "findings")] + C_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Reports to the family court about contact should include the history known to every agency.",
           "What a child says about contact to a trusted adult should be recorded and passed to those deciding it."]),
       h("Conclusion", "conclusion")] + conclusion("Child N", "Cressbury Vale Safeguarding Partnership")
    + [h("Recommendations and action plan", "recommendations"),
       items("recommendations", [
           "The partnership should agree with the local family justice board how agency histories reach court reviews.",
           "Schools should record a child's views about contact and share them with children's social care.",
           "The police should check domestic abuse history when asked for information about a parent seeking contact."])],
    ["python-docx DOCX (Heading 1 styles, Normal asks for Carlito 11 pt, which LibreOffice replaced by DejaVu Sans) with **three sections**: portrait body, a "
     "next-page section break to a **landscape** section holding the recommendations and action plan (the action plan "
     "a table of recommendation / lead / by when), exported by LibreOffice with `ExportBookmarks` on (an outline from "
     "the headings, as Word's 'Save as PDF' makes)", "recommendations after the conclusion, on a landscape page"])

REPORTS = [PELLINGROVE, LLANFEURIG, HARKENBY, OSTERLEIGH, THWAITEHOLME, MARROWDENE, KILBRANNOCH, CRESSBURY]
