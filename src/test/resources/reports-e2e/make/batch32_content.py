"""Batch 32 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in the publication shapes UK partnerships use (England LCSPR / CSPR overview reports with 'Background to the
review', 'Family composition', 'Key practice episodes', 'Learning for the partnership'; an SCR executive summary in the
older board template with capitals headings and 'Priorities for learning and change'; a Scottish learning review with
key learning and improvement actions; a Welsh concise child practice review in the Welsh Government template; a council
web page and a Google Docs publication of a review), rendered by the producers partnerships actually use: LibreOffice
Writer from hand-written flat ODT (new templates: header logos drawn as shapes, floating text-box call-outs, legal
paragraph numbering, footnotes and endnotes), pandoc -> DOCX with a reference document -> LibreOffice, pandoc -> ODT with
a reference ODT -> LibreOffice, a hand-written WordprocessingML DOCX (DrawingML logo and text boxes, footnotes part) ->
LibreOffice, and Chromium printing a council web page and a Google Docs 'Publish to the web' page.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept]) a section heading as printed without a number the producer generates,
("h2", text) a sub-heading (no section), ("p", text[, footnote]) a paragraph (a footnote the producer places), ("items",
type, [texts], style) items of that type (texts without their printed numbers or labels; style 'ol' numbered list, 'ul'
bullets, 'alpha' '(a)' lettered list, 'lp' a bold 'Learning point N' label line above the text, 'box' a call-out box
(text box / bordered frame) holding a 'Learning point N' label and the text, 'para' paragraphs numbered like every other
paragraph of the report), ("owners", [(recommendation, owner, timescale)]) a table No. | Recommendation | Owner |
Timescale (each recommendation an item; owner and timescale no part of it), ("tor", [question]) terms of reference as a
plain numbered list in an appendix (no items), ("timeline", [(date, event)]) a summary timeline table (no items).
"""
from batch25_content import method
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"
CPR = "child_practice_review"

TOR = ["How well did agencies understand the daily life of the child, and how did that understanding shape their decisions?",
       "How effectively was information about risk shared between agencies, and was it acted on?",
       "Did assessments take account of the family's history and of every adult who had contact with the child?",
       "How well did supervision and management oversight support practitioners to reflect and to escalate concerns?"]

# ---------- F1: Fenmarsh, flat ODT -> LibreOffice: outline numbering, logo shapes in the header, floating call-outs
F1_BG, F1_EV, F1_AN = story("Child P", "he", [
    "Child P was seven years old when he was admitted to hospital with burns to his hands in March 2024. He lived with his "
    "mother and his two younger sisters in a first-floor flat. His father lived in another part of the county.",
    "Child P had a diagnosis of autism and attended a specialist resource base attached to a mainstream primary school. "
    "His attendance had fallen to sixty per cent in the autumn term, and his mother said that he found mornings hard.",
    "In November 2023 the school nurse saw Child P after a teacher noticed a red mark on his wrist. His mother explained "
    "that he had caught it on the oven door. The explanation was recorded and no further action was taken.",
    "In January 2024 the family's support worker from an early help service closed the case after the mother said that "
    "things had settled. Two weeks later a neighbour reported hearing shouting and a child screaming late at night."],
    ["The school knew Child P well and staff had good relationships with his mother. The review found that this warmth made "
     "it harder for staff to hold on to their worries, and that each injury was considered on its own.",
     "The early help plan was built around the mother's own goals. It did not ask what Child P's days were like or how "
     "his needs as an autistic child were being met at home.",
     "The neighbour's report was passed to the police, who visited the next day. Officers did not know about the earlier "
     "injury or the early help involvement, because the records were held in separate systems."])
F1 = {
    "file": "fenmarsh-lcspr-child-p.pdf", "producer": "fodt_libreoffice", "body_from": 2, "template": "fenmarsh",
    "features": ["hand-written flat ODT -> LibreOffice Writer 7.4 PDF export, untagged", "Writer outline numbering (text:outline-style) "
                 "generates '1' / '1.1' before Heading 1 / Heading 2 (not typed)", "page header with a partnership logo drawn as "
                 "shapes (a filled circle and a rounded rectangle with 'FSCP' in it) beside the partnership's name; footer 'Page N'",
                 "key practice episodes as Heading 2 sub-headings", "learning points in floating text-box frames "
                 "(draw:frame / draw:text-box, wrap parallel) set right of their explanation paragraph", "recommendations a "
                 "table No. | Recommendation | Owner | Timescale", "two real footnotes", "'Appendix: Terms of reference' a numbered list"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
              "area": "Fenmarsh", "year": 2025, "partnership": "Fenmarsh Safeguarding Children Partnership",
              "by": "Independent reviewer: Helen Marchbank", "date": "Published April 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This local child safeguarding practice review concerns Child P, a seven year old boy who suffered burns to "
                     "his hands at home in March 2024. His mother was later charged with a criminal offence in relation to "
                     "the injuries.", "The criminal proceedings ended before this report was published."),
               ("p", "Child P and his sisters now live with their father. Child P's father has contributed to the review and "
                     "said that he wanted other children to be noticed sooner than his son had been."),
               ("h1", "Background to the review", "introduction", ["background"]),
               ("p", "The local authority notified the Child Safeguarding Practice Review Panel of the incident within five "
                     "working days. The partnership held a rapid review, which recommended a local review because of the "
                     "learning about how agencies respond to repeated minor injuries in disabled children.",
                "Notification and rapid review as set out in Working Together to Safeguard Children 2023, chapter 5."),
               ("h1", "Methodology", "methodology")]
    + method("Fenmarsh Safeguarding Children Partnership", "Helen Marchbank", "seven")[:2]
    + [("h1", "Family composition", "background")] + F1_BG
    + [("h1", "Key practice episodes", "background", ["findings"]),
       ("h2", "Key practice episode 1: the mark on Child P's wrist"), F1_EV[0],
       ("h2", "Key practice episode 2: closing the early help plan"), F1_EV[1],
       ("h2", "Key practice episode 3: the neighbour's report"), F1_EV[2],
       ("h1", "Analysis", "findings")] + F1_AN
    + [("h1", "Learning for the partnership", "learning"),
       ("p", "The review identified four learning points. Each is set out beside the practice it comes from."),
       ("items", "learning", [
           "Minor injuries to a disabled child should be considered together, not one at a time, because a pattern can only "
           "be seen when the earlier explanations are remembered.",
           "An early help plan should record what a day in the child's life is like, in the child's own terms where that is "
           "possible, and not only the parent's goals.",
           "Closing a case because a parent says things have settled should be checked with the other agencies who know "
           "the child before the decision is made.",
           "Officers responding to a report about a child should be able to see early help and school concerns before "
           "they visit."], "box"),
       ("h1", "Recommendations", "recommendations"),
       ("p", "The partnership has accepted the following recommendations and will monitor the action plan."),
       ("owners", [
           ("Produce a short practice guide on responding to injuries in disabled children, including children who cannot "
            "easily say how an injury happened.", "Safeguarding partnership business unit", "Six months"),
           ("Make sure that early help closure summaries record the views of the child and of the school.",
            "Head of early help", "Three months"),
           ("Give police officers responding to concerns about children access to early help records through the "
            "multi-agency safeguarding hub.", "Detective Chief Inspector, public protection", "Twelve months"),
           ("Seek assurance that schools with resource bases have a named lead for safeguarding disabled children.",
            "Education safeguarding lead", "Nine months")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child P", "Fenmarsh Safeguarding Children Partnership")
    + [("h1", "Appendix: Terms of reference", "appendix", ["methodology", "other"]),
       ("p", "The review addressed the following questions."), ("tor", TOR)],
}

# ---------- S1: Corriebank, flat ODT -> LibreOffice tagged: Scottish learning review, cover drawn as a full-page shape
S1_BG, S1_EV, S1_AN = story("Child F", "she", [
    "Child F was fourteen when she was found unconscious in a park in Corriebank after taking a large quantity of alcohol "
    "and tablets in August 2023. She lived with her grandmother, who had cared for her since she was four.",
    "Child F had been known to the school's pupil support team since she moved to secondary school. She had been excluded "
    "twice for fighting and had told a guidance teacher that she did not want to go home.",
    "In the spring of 2023 Child F was reported missing on four occasions. Each time she returned within a day and was "
    "seen by a police officer for a return discussion, and each time she said that she had been with friends.",
    "A child's plan was agreed in May 2023 under the Getting it right for every child approach. The named person was her "
    "guidance teacher and a lead professional was not appointed."],
    ["Each missing episode was treated as a separate event. The return discussions were recorded carefully but were not "
     "brought together, and no one asked who the friends were or where they met.",
     "The child's plan focused on Child F's behaviour in school. Her grandmother's age and health, and the strain of "
     "caring for a teenager alone, were not part of the assessment.",
     "Child F told the review team that adults asked her the same questions again and again, and that she stopped "
     "answering because nothing seemed to happen afterwards."])
S1 = {
    "file": "corriebank-learning-review-child-f.pdf", "producer": "fodt_libreoffice_tagged", "body_from": 2, "template": "corriebank",
    "features": ["hand-written flat ODT -> LibreOffice Writer 7.4 PDF export, tagged (UseTaggedPDF)", "cover page a full-page "
                 "navy rectangle drawn as a shape (draw:rect, wrap run-through, behind the text) with white title lines",
                 "unnumbered Heading 1 with a teal bottom border", "Scottish learning review: Child Protection Committee, "
                 "Chief Officers Group, 'The learning review process'", "key learning as bold 'Learning point N' label "
                 "paragraphs", "improvement actions a table No. | Recommendation | Owner | Timescale", "a footnote"],
    "cover": {"title": "Learning Review: Child F", "child_name": "Child F", "review_type": LR, "area": "Corriebank",
              "year": 2024, "partnership": "Corriebank Child Protection Committee",
              "by": "Review team lead: Morag Tullis", "date": "Published October 2024"},
    "blocks": [("h1", "Summary", "summary", ["introduction"]),
               ("p", "This learning review was commissioned by Corriebank Child Protection Committee on behalf of the Chief "
                     "Officers Group after Child F, then aged fourteen, was found seriously unwell in August 2023. She has "
                     "recovered and now lives in a residential house in another part of Scotland."),
               ("p", "The review found that the many contacts agencies had with Child F were not brought together into an "
                     "understanding of the risks she faced outside her home. It identifies four learning points and five "
                     "recommendations."),
               ("h1", "The learning review process", "methodology"),
               ("p", "The review followed the national guidance for child protection committees undertaking learning "
                     "reviews. A review team of four senior practitioners was supported by an independent lead reviewer.",
                "National guidance for child protection committees undertaking learning reviews, 2021, updated 2024."),
               ("p", "The team read the records of education, social work, police and health, held two practitioner "
                     "reflective sessions and met Child F and her grandmother."),
               ("h1", "Background", "background")] + S1_BG + S1_EV
    + [("h1", "Key findings", "findings")] + S1_AN
    + [("h1", "Key learning", "learning"),
       ("items", "learning", [
           "Repeated missing episodes should be considered together, and the places and people a young person goes missing "
           "with should be mapped across agencies.",
           "A kinship carer's own health and support needs are part of the child's world and belong in the assessment.",
           "When a young person stops answering questions, practitioners should ask what has happened to earlier answers, "
           "not conclude that the young person will not engage.",
           "A child's plan for a young person at risk outside the home needs a lead professional who can bring the "
           "agencies together."], "lp"),
       ("h1", "Areas of good practice", "good_practice"),
       ("items", "good_practice", [
           "The guidance teacher kept in touch with Child F during two exclusions and was the adult she trusted most.",
           "Return discussions were carried out within a day on every occasion and recorded in detail."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("owners", [
           ("Develop a multi-agency approach to mapping locations and associates for young people who go missing "
            "repeatedly.", "Child Protection Committee", "March 2025"),
           ("Include the needs of kinship carers in the child's plan template.", "Head of children's services",
            "December 2024"),
           ("Review the guidance on appointing a lead professional for young people at risk outside the home.",
            "Chief Social Work Officer", "March 2025"),
           ("Share the learning from this review with every secondary school's pupil support team.",
            "Education service", "January 2025"),
           ("Report progress on this action plan to the Chief Officers Group within twelve months.",
            "Child Protection Committee chair", "October 2025")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child F", "Corriebank Child Protection Committee"),
}

# ---------- P1: Stowbridge, pandoc markdown -> DOCX with a reference document -> LibreOffice
P1_BG, P1_EV, P1_AN = story("Child H", "he", [
    "Child H was fifteen when he was stabbed in a town centre in Stowbridge in June 2024. He survived his injuries. He "
    "lived with his mother and his younger brother; his older brother was in custody.",
    "Child H had been permanently excluded from school in year nine and attended a pupil referral unit, where staff "
    "described him as funny, loyal and frightened of appearing weak in front of his friends.",
    "In February 2024 Child H was arrested in another county with cash and drugs. He was released under investigation "
    "and returned home. A referral was made to the local authority's exploitation team.",
    "The exploitation team held a strategy meeting in March 2024, which agreed a safety plan. Child H's mother said that "
    "she had asked for the family to be moved away from the area and had not been answered."],
    ["Child H was seen as both a victim of exploitation and a young person who posed a risk to others. The review found "
     "that the second view tended to shape what agencies did, especially the police and the housing service.",
     "The safety plan relied on Child H staying at home in the evenings. No one asked whether home was safe, given that "
     "the people exploiting him knew where he lived.",
     "The mother's request for a move was passed between housing and children's services for three months. Neither "
     "agency saw the decision as its own."])
P1 = {
    "file": "stowbridge-cspr-child-h.pdf", "producer": "pandoc_docx_reference_libreoffice", "body_from": 2, "template": "stowbridge",
    "features": ["pandoc markdown -> DOCX with --reference-doc (a reference DOCX whose styles.xml was rewritten: Title, "
                 "Heading 1 in dark red small capitals with a bottom border, Heading 2 italic, body Liberation Serif, and a "
                 "custom paragraph style 'Learning Box' with a border and shading) -> LibreOffice Writer PDF export, untagged",
                 "learning points in custom-style 'Learning Box' divs: a bold 'Learning point N' line and the text",
                 "pandoc footnotes as Word footnotes at the page foot", "recommendations a pipe table No. | Recommendation "
                 "| Owner | Timescale", "'Voice of the child' section; 'Appendix A: Terms of reference'"],
    "cover": {"title": "Child Safeguarding Practice Review: Child H", "child_name": "Child H", "review_type": CSPR,
              "area": "Stowbridge", "year": 2025, "partnership": "Stowbridge Children's Safeguarding Partnership",
              "by": "Lead reviewer: Dr Samuel Okonjo", "date": "February 2025"},
    "blocks": [("h1", "Executive summary", "summary", ["introduction"]),
               ("p", "This review is about Child H, a fifteen year old boy who was seriously injured in a knife attack in "
                     "June 2024, four months after agencies had recognised that he was being criminally exploited."),
               ("p", "The review found that agencies saw the risk clearly but did not agree who should act on the most "
                     "important part of it, the family's safety in their own home. It makes four recommendations."),
               ("h1", "Why this case was chosen for review", "introduction", ["background"]),
               ("p", "The partnership's rapid review concluded that the case might highlight improvements needed in how "
                     "agencies respond to families asking to move because of exploitation risks.",
                "Rapid review meeting held in July 2024; the Panel agreed with the decision to carry out a local review."),
               ("h1", "Methodology", "methodology")]
    + method("Stowbridge Children's Safeguarding Partnership", "Dr Samuel Okonjo", "six")[:2]
    + [("h1", "The child and family", "background")] + P1_BG
    + [("h1", "Voice of the child", "background", ["findings", "other"]),
       ("p", "Child H spoke to the reviewer twice. He said that he had known for weeks that he would be hurt, and that the "
             "adults who wanted to help him could not stop the people who wanted to hurt him."),
       ("h1", "What happened", "background", ["findings"])] + P1_EV
    + [("h1", "Findings", "findings")] + P1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "A child who is criminally exploited is a victim first, and the response of every agency should start from "
           "that view even when the child has also harmed others.",
           "A safety plan that depends on the child staying at home should test whether home is a safe place.",
           "A family's request to move because of exploitation risk needs one agency to own the decision and to answer "
           "the family quickly."], "box"),
       ("h1", "Recommendations", "recommendations"),
       ("owners", [
           ("Agree a joint protocol between housing and children's services for families who need to move because of "
            "risks outside the home.", "Director of housing and director of children's services", "Six months"),
           ("Review exploitation safety plans so that each one records whether the home is known to those exploiting the "
            "child.", "Head of the exploitation team", "Three months"),
           ("Deliver training to custody officers on identifying children who are being criminally exploited.",
            "Stowbridge Police", "Twelve months"),
           ("Report to the partnership on the use of the national referral mechanism for children in the area.",
            "Exploitation sub-group", "Six months")]),
       ("h1", "Appendix A: Terms of reference", "appendix", ["methodology", "other"]), ("tor", TOR)],
}

# ---------- K1: Kingsholme, pandoc markdown -> ODT with a reference ODT -> LibreOffice: SCR executive summary (board template)
K1_BG, K1_EV, K1_AN = story("Child B", "she", [
    "Child B was two years old when she died in hospital in November 2015 from a head injury. She lived with her mother, "
    "who was nineteen, in a flat provided by a housing association.",
    "Child B's mother had herself been looked after by the local authority between the ages of twelve and sixteen. She "
    "was supported by a leaving care personal adviser until she was eighteen.",
    "In the summer of 2015 the mother began a relationship with a man who had a conviction for violence against a "
    "previous partner. The personal adviser's service had ended by then and no agency knew about him.",
    "The health visitor saw Child B at her two year review in September 2015 and noted that she had a cut lip. Her mother "
    "said she had fallen on the stairs, and the health visitor arranged a follow-up visit which did not take place."],
    ["The review found that the end of leaving care support, when the mother turned eighteen, removed the one "
     "professional who knew her well and whom she trusted.",
     "The cut lip was a minor injury in a mobile toddler, and the explanation was plausible. The missed follow-up visit "
     "was not escalated because the service was carrying vacancies.",
     "No agency asked who else was part of Child B's life. The man's history was known to the police and probation, but "
     "no one connected him to a child."])
K1 = {
    "file": "kingsholme-scr-child-b-executive-summary.pdf", "producer": "pandoc_odt_reference_libreoffice", "body_from": 2,
    "template": "kingsholme",
    "features": ["pandoc markdown -> ODT with --reference-doc (a reference ODT whose styles.xml was rewritten: Heading 1 "
                 "Liberation Sans bold 12 pt, Title 22 pt) -> LibreOffice Writer PDF export, untagged", "SCR executive summary "
                 "in the older LSCB template: headings in capitals 'INTRODUCTION', 'THE FACTS', 'KEY ISSUES ARISING FROM THE "
                 "REVIEW', 'PRIORITIES FOR LEARNING AND CHANGE', 'RECOMMENDATIONS'", "priorities for learning a '(a)' "
                 "lettered list (pandoc fancy lists)", "recommendations a numbered list", "a cover from the pandoc title "
                 "block (title, subtitle, author, date) then a page break"],
    "cover": {"title": "Serious Case Review: Child B", "child_name": "Child B", "review_type": SCR, "area": "Kingsholme",
              "year": 2017, "partnership": "Kingsholme Local Safeguarding Children Board",
              "by": "Overview author: Patricia Wenlock", "date": "March 2017", "subtitle": "Executive Summary"},
    "blocks": [("h1", "INTRODUCTION", "introduction"),
               ("p", "Kingsholme Local Safeguarding Children Board decided in December 2015 to carry out a serious case "
                     "review following the death of Child B. The criteria in the regulations were met because abuse was "
                     "suspected and Child B had died."),
               ("p", "The review was led by an independent overview author and a panel of senior managers. Individual "
                     "management reviews were provided by six agencies, and the author met the practitioners involved."),
               ("h1", "THE FACTS", "background")] + K1_BG + K1_EV
    + [("h1", "KEY ISSUES ARISING FROM THE REVIEW", "findings")] + K1_AN
    + [("h1", "PRIORITIES FOR LEARNING AND CHANGE", "learning"),
       ("p", "The board has identified the following priorities for learning and change."),
       ("items", "learning", [
           "Young parents who were looked after need support that does not stop abruptly at eighteen, especially when "
           "they have very young children.",
           "Professionals should ask about every adult in a young child's life, including new partners who do not live in "
           "the household.",
           "A follow-up visit arranged because of an injury should not be allowed to lapse without a decision by a manager.",
           "Information held by the police and probation about a violent adult should reach the services supporting a "
           "child he has contact with."], "alpha"),
       ("h1", "RECOMMENDATIONS", "recommendations"),
       ("items", "recommendations", [
           "The local authority should extend the offer of a personal adviser to care leavers who are parents until the "
           "age of twenty-one.",
           "The board should issue guidance on asking about and recording new partners and other significant adults.",
           "The health visiting service should report to the board on how missed follow-up visits are escalated.",
           "The police and probation service should review how they share information about violent offenders who form "
           "relationships with parents of young children."], "ol"),
       ("h1", "CONCLUSION", "conclusion")]
    + conclusion("Child B", "Kingsholme Local Safeguarding Children Board"),
}

# ---------- W1: Tidewell, Chromium print of a council web page
W1 = {
    "file": "tidewell-cspr-child-t-web.pdf", "producer": "chromium_council_page", "body_from": 1, "template": "tidewell",
    "features": ["Chromium headless print of a council website page with no print stylesheet (--no-pdf-header-footer), "
                 "tagged", "site header with a council logo drawn in CSS, a navigation bar, a breadcrumb trail and a search "
                 "box on page 1", "an 'On this page' list of links repeating every section heading before the body",
                 "'Published: 14 March 2024' and 'Last updated' lines under the page title", "sections as h2 headings; "
                 "learning a numbered list; good practice bullets; recommendations an HTML table No. | Recommendation | "
                 "Owner | Timescale", "a fixed cookie banner repeated at the foot of every printed page; a site footer "
                 "and 'Was this page helpful?' after the body"],
    "cover": {"title": "Child safeguarding practice review: Child T", "child_name": "Child T", "review_type": CSPR,
              "area": "Tidewell", "year": 2024, "partnership": "Tidewell Safeguarding Children Partnership",
              "by": "", "date": "Published: 14 March 2024"},
    "blocks": [("h1", "Summary", "summary", ["introduction"]),
               ("p", "This page sets out the findings of a child safeguarding practice review about Child T, a nine month "
                     "old girl who suffered a skull fracture in April 2023. The full report can be requested from the "
                     "partnership."),
               ("h1", "About the review", "methodology", ["introduction"]),
               ("p", "The review was led by an independent reviewer, Martin Ashdown, and looked at the involvement of "
                     "health, police, children's social care and a family centre between Child T's birth and her injury."),
               ("p", "Child T's parents were invited to take part. Her father met the reviewer; her mother chose not to."),
               ("h1", "Child T and her family", "background"),
               ("p", "Child T lived with her mother and father in a rented house. Her mother had a history of depression and "
                     "her father worked long hours as a delivery driver. The family had moved to Tidewell from abroad two "
                     "years before Child T was born and had no relatives in the country."),
               ("h1", "What happened", "background", ["findings"]),
               ("p", "At her eight week check Child T's mother told the GP that she was not sleeping and felt she could not "
                     "cope. She was prescribed medication and referred for talking therapy, which had a waiting list of "
                     "four months."),
               ("p", "In March 2023 Child T was seen at the family centre with a small bruise on her forehead. Staff asked "
                     "about it and were told that she had rolled against the cot bars. The bruise was not discussed with "
                     "the health visitor or referred under the partnership's bruising protocol."),
               ("h1", "What we learned", "learning"),
               ("items", "learning", [
                   "Any bruise on a baby who is not yet crawling must be referred under the bruising protocol, whatever "
                   "explanation is given.",
                   "A parent's request for help with their mental health is an opportunity to ask about the baby's care and "
                   "about support at home.",
                   "Families without relatives nearby may need more help to find support, and practitioners should ask "
                   "who helps them."], "ol"),
               ("h1", "What went well", "good_practice"),
               ("items", "good_practice", [
                   "The GP saw Child T's mother on the same day she asked for an appointment.",
                   "Hospital staff recognised the injury as suspicious at once and made a referral within an hour."], "ul"),
               ("h1", "Recommendations", "recommendations"),
               ("owners", [
                   ("Relaunch the bruising protocol for non-mobile babies across all early years and family centre staff.",
                    "Partnership training lead", "June 2024"),
                   ("Agree a fast-track route to perinatal mental health support for parents of babies under one.",
                    "Integrated care board", "September 2024"),
                   ("Add a question about family and community support to the health visiting new birth visit.",
                    "Health visiting service", "June 2024")]),
               ("h1", "Next steps", "other", ["conclusion", "recommendations"]),
               ("p", "The partnership will publish an update on these recommendations in its annual report. If you work "
                     "with children in Tidewell, a seven minute briefing on this review is available from the learning "
                     "and development team.")],
}

# ---------- G1: Oakhanger, Chromium print of a Google Docs 'Publish to the web' page
G1_BG, G1_EV, G1_AN = story("Child N", "he", [
    "Child N was four years old when he was found to have serious injuries consistent with physical abuse in October "
    "2022. He lived with his mother, her partner and his baby half-sister.",
    "Child N had been on a child protection plan under the category of neglect for six months in 2021. The plan ended "
    "after his mother moved to a new house and his nursery attendance improved.",
    "After the plan ended, Child N's case was stepped down to a child in need plan and then to early help. His mother's "
    "partner, who moved in during the child in need period, was never assessed.",
    "In September 2022 the nursery saw a large bruise on Child N's back. It was reported to the designated safeguarding "
    "lead, who telephoned the front door service and was told to ask the mother for an explanation."],
    ["Stepping down a case is a decision that needs the same care as stepping it up. The review found that each step "
     "down was made on progress against the plan's tasks, not on what had changed for Child N.",
     "The mother's partner was recorded as a household member but was never spoken to. Agencies told the review that "
     "they assumed another agency had done so.",
     "The advice given to the nursery did not follow the partnership's procedures, which say that an unexplained bruise "
     "on a child with a child protection history should lead to a strategy discussion."])
G1 = {
    "file": "oakhanger-lcspr-child-n.pdf", "producer": "chromium_google_docs", "body_from": 1, "template": "oakhanger",
    "features": ["Chromium headless print of a Google Docs 'Publish to the web' page (--no-pdf-header-footer), tagged",
                 "Google Docs published HTML: a 'Published using Google Docs' bar with 'Report abuse' / 'Learn more' and "
                 "'Updated automatically every 5 minutes'; every paragraph a <p class='c3'><span class='c1'>, headings "
                 "<h1 class='c5' id='h.xxxx'>, lists <ol class='lst-kix_...-0 start'>, the title a 'title' class paragraph",
                 "classic LCSPR sections: 'Background to the review', 'Methodology', 'Family composition', 'Key practice "
                 "episodes', 'Analysis', 'Findings', 'Learning for the partnership', 'Recommendations', 'Conclusion'",
                 "findings as bold 'Finding N:' sub-headings (no items); recommendations a Google Docs table No. | "
                 "Recommendation | Owner | Timescale"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
              "area": "Oakhanger", "year": 2023, "partnership": "Oakhanger Safeguarding Children Partnership",
              "by": "Author: Dr Ruth Pelham, independent reviewer", "date": "Published September 2023"},
    "blocks": [("h1", "Background to the review", "introduction", ["background"]),
               ("p", "This review was commissioned by Oakhanger Safeguarding Children Partnership after Child N was "
                     "admitted to hospital with multiple injuries in October 2022. Both adults in the household have since "
                     "been convicted of offences against him."),
               ("h1", "Methodology", "methodology")]
    + method("Oakhanger Safeguarding Children Partnership", "Dr Ruth Pelham", "nine")[:2]
    + [("h1", "Family composition", "background")] + G1_BG
    + [("h1", "Key practice episodes", "background", ["findings"])] + G1_EV
    + [("h1", "Analysis", "findings")] + G1_AN[:2]
    + [("h1", "Findings", "findings", ["learning"]),
       ("h2", "Finding 1: Step-down decisions were based on tasks completed, not on change for the child"),
       ("p", "Plans were closed when their actions were done. Whether Child N's life was safer was not asked."),
       ("h2", "Finding 2: New adults in the household were recorded but not assessed"),
       G1_AN[2],
       ("h1", "Learning for the partnership", "learning"),
       ("items", "learning", [
           "Decisions to step a case down should be based on evidence that the child's circumstances have changed, "
           "checked with the agencies who see the child.",
           "Every adult who joins a household where a child has been on a protection plan should be seen and assessed.",
           "Front door advice about a bruise on a child with a child protection history should follow the procedures for "
           "a strategy discussion."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("owners", [
           ("Audit a sample of step-down decisions to check that they record evidence of change for the child.",
            "Principal social worker", "Six months"),
           ("Update the procedure on new adults in the household so that every such adult is seen.",
            "Partnership policy group", "Three months"),
           ("Review front door advice on bruising and make sure it matches the partnership's procedures.",
            "Head of the front door service", "Three months"),
           ("Repeat the audit after twelve months and report to the partnership's executive.",
            "Quality assurance sub-group", "Eighteen months")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child N", "Oakhanger Safeguarding Children Partnership"),
}

# ---------- D1: Llanhowel, hand-written WordprocessingML DOCX -> LibreOffice: Welsh concise child practice review
D1 = {
    "file": "llanhowel-concise-cpr-child-j.pdf", "producer": "docx_wordml_libreoffice", "body_from": 2, "template": "llanhowel",
    "features": ["hand-written WordprocessingML DOCX (document.xml, styles.xml, numbering.xml, footnotes.xml, header1.xml "
                 "zipped by Python, no library) -> LibreOffice Writer 7.4 PDF export, untagged", "header logo drawn as "
                 "DrawingML shapes (wps: a green ellipse and a rectangle holding 'LRSB') anchored in the header",
                 "Welsh Government concise CPR template headings: 'Brief outline of circumstances resulting in the review', "
                 "'Practice and organisational learning', 'Improving systems and practice', 'Statement by Reviewer', "
                 "'Statement by Review Panel Chair', appendices 'Terms of reference' and 'Summary timeline'",
                 "learning as floating DrawingML text boxes (wps:txbx, wrap square) each holding 'Learning point N' and the "
                 "text", "actions a Word decimal list (numbering.xml, '%1.' generated)", "a Word footnote"],
    "cover": {"title": "Concise Child Practice Review: Child J", "child_name": "Child J", "review_type": CPR,
              "area": "Llanhowel", "year": 2024, "partnership": "Llanhowel Regional Safeguarding Board",
              "by": "Reviewer: Gwenllian Price", "date": "Re: LRSB 03/2023. Published July 2024"},
    "blocks": [("h1", "Brief outline of circumstances resulting in the review", "background", ["introduction"]),
               ("p", "A concise child practice review was commissioned by Llanhowel Regional Safeguarding Board on the "
                     "recommendation of the case review group, in line with the Social Services and Well-being (Wales) Act "
                     "2014 and the guidance on single unified safeguarding reviews.",
                "Working Together to Safeguard People, Volume 2, Child Practice Reviews."),
               ("p", "Child J was a twelve year old girl who was admitted to hospital in May 2023 after an overdose of "
                     "prescribed medication. She had been living with her father since her mother's imprisonment in 2022 "
                     "and had not been on the child protection register in the six months before the incident."),
               ("p", "Child J had told a school counsellor in March 2023 that she sometimes thought about ending her life. "
                     "The counsellor completed a risk assessment, informed the head of year and made a referral to the "
                     "child and adolescent mental health service, which was returned because the form was incomplete."),
               ("h1", "Practice and organisational learning", "learning", ["findings"]),
               ("p", "The review panel identified the following learning from the practitioner learning event."),
               ("items", "learning", [
                   "A referral returned as incomplete leaves a child without help; the service returning it should "
                   "contact the referrer and agree the next step.",
                   "Children whose parent is in prison carry a hidden loss, and schools should know which of their "
                   "pupils are affected.",
                   "When a child discloses thoughts of suicide, their parent or carer should be told the same day and "
                   "helped to keep medicines safe."], "box"),
               ("h1", "Improving systems and practice", "recommendations"),
               ("p", "In order to promote the learning from this case the review identified the following actions for the "
                     "Board and its member agencies."),
               ("items", "recommendations", [
                   "The health board should make sure that no referral to the child and adolescent mental health service "
                   "is returned without a conversation with the referrer.",
                   "The Board should work with schools to identify and support children affected by parental "
                   "imprisonment.",
                   "The Board should publish guidance for schools on informing parents and carers after a disclosure of "
                   "suicidal thoughts, including advice on safe storage of medicines."], "ol"),
               ("h1", "Statement by Reviewer", "other"),
               ("p", "I make the following statement that prior to my involvement with this learning review I have not been "
                     "directly concerned with the child or family, and I have not given professional advice on the case."),
               ("h1", "Statement by Review Panel Chair", "other"),
               ("p", "I make the following statement that I am satisfied that the executive summary and the review report "
                     "are of a standard expected under the guidance."),
               ("h1", "Appendix 1: Terms of reference", "appendix", ["methodology", "other"]), ("tor", TOR[:3]),
               ("h1", "Appendix 2: Summary timeline", "appendix", ["background"]),
               ("timeline", [("June 2022", "Child J's mother is sentenced to custody; Child J moves to live with her father."),
                             ("March 2023", "Child J tells the school counsellor about thoughts of ending her life."),
                             ("April 2023", "The mental health referral is returned as incomplete."),
                             ("May 2023", "Child J is admitted to hospital after an overdose.")])],
}

# ---------- L1: Blackwater Hythe, flat ODT -> LibreOffice: every paragraph numbered by a Writer list, endnotes
L1_BG, L1_EV, L1_AN = story("Baby R", "he", [
    "Baby R was five weeks old when he died in June 2023 after being found unresponsive in his parents' bed. His parents "
    "had both been drinking alcohol on the evening before he died.",
    "Baby R's mother had two older children who lived with their paternal grandmother under a special guardianship order. "
    "Children's social care had carried out a pre-birth assessment, which concluded that no plan was needed.",
    "The midwife and the health visitor each gave safer sleep advice and recorded that a Moses basket was in the home. "
    "Neither asked where Baby R would sleep if the parents were tired, unwell or had been drinking.",
    "Three weeks before Baby R's death the police attended the home after a neighbour reported an argument. The officers "
    "completed a domestic abuse risk assessment, graded it as standard risk and shared it with the health visitor."],
    ["The pre-birth assessment weighed the mother's progress since her older children were removed. It did not ask "
     "what circumstances might put a new baby at risk, including alcohol and tiredness.",
     "Safer sleep advice was given in the standard way. The review found that advice works better when it is linked to "
     "the family's own circumstances, such as drinking or a parent's night shift.",
     "The police notification reached the health visitor, who planned to discuss it at the next visit. Baby R died "
     "before that visit took place."])
L1 = {
    "file": "blackwater-hythe-lcspr-baby-r.pdf", "producer": "fodt_libreoffice_legal", "body_from": 2, "template": "blackwater",
    "features": ["hand-written flat ODT -> LibreOffice Writer 7.4 PDF export, untagged", "one Writer list style numbers the "
                 "whole report: headings at level 1 ('1.'), every body paragraph at level 2 ('1.1', '1.2', generated, not "
                 "typed), the numbers hanging in the left margin", "learning points are numbered paragraphs of the "
                 "'Findings and learning' section after a lead-in paragraph", "recommendations a four-column table "
                 "Recommendation | Owner | Timescale | Measure of success (no number column)", "endnotes on the last page "
                 "(Writer text:note-class endnote) under 'Notes'", "running header in small capitals 'Blackwater Hythe "
                 "LCSPR | Baby R | Final report', footer 'N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Baby R", "child_name": "Baby R", "review_type": CSPR,
              "area": "Blackwater Hythe", "year": 2024, "partnership": "Blackwater Hythe Safeguarding Children Partnership",
              "by": "Independent author: Jonathan Greaves", "date": "Final report, May 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This local child safeguarding practice review was commissioned after the death of Baby R, a five week "
                     "old boy, in June 2023. The coroner has concluded that his death was unexplained, with co-sleeping "
                     "after parental alcohol use a likely factor.", "Inquest concluded in March 2024."),
               ("p", "The purpose of the review is to identify improvements to practice. It does not seek to blame any "
                     "parent or practitioner."),
               ("h1", "Methodology", "methodology")]
    + method("Blackwater Hythe Safeguarding Children Partnership", "Jonathan Greaves", "eight")[:2]
    + [("h1", "Background", "background")] + L1_BG + L1_EV
    + [("h1", "Analysis", "findings")] + L1_AN
    + [("h1", "Findings and learning", "learning", ["findings"]),
       ("p", "The review has identified the following learning for practitioners and agencies across the partnership."),
       ("items", "learning", [
           "Pre-birth assessments for parents whose older children have been removed should consider the specific risks "
           "to a newborn, including alcohol use, tiredness and unsafe sleep.",
           "Safer sleep advice should be tailored to the family's own circumstances and should include a plan for nights "
           "when the usual arrangements break down.",
           "Domestic abuse notifications about a household with a baby should prompt contact with the family before the "
           "next routine visit.",
           "Practitioners should ask about alcohol use as part of every safer sleep conversation, without judgement."], "para"),
       ("h1", "Recommendations", "recommendations"),
       ("owners", [
           ("Revise the pre-birth assessment guidance to include a section on risks to a newborn in the first months.",
            "Head of children's social care", "Six months"),
           ("Introduce a safer sleep plan, agreed with parents, for every family where a risk factor is identified.",
            "Midwifery and health visiting leads", "Nine months"),
           ("Agree a response time for health visitors receiving domestic abuse notifications about households with a "
            "baby under one.", "Health visiting service", "Three months")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Baby R", "Blackwater Hythe Safeguarding Children Partnership"),
}

REPORTS = [F1, S1, P1, K1, W1, G1, D1, L1]
