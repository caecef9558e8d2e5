"""Batch 23 (issue 9 point 6, a fresh held-out batch written before it was first run): eight invented reports, each from a
producer no earlier batch uses (AbiWord, Gnumeric ssconvert, Inkscape multipage SVG, memoir LaTeX, LibreOffice Draw,
Paged.js, Vivliostyle, calibre ebook-convert) in the template that producer naturally gives.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch21_content.py: ("h1", heading, type[, accept]) a section heading as printed (a number the producer or its stylesheet
generates is left out), ("h2", text) a sub-heading (no section of the truth), ("p", text), ("items", type, [texts], style), ("row", learning, action, owner) one row of a
No. | Learning identified | Action | Owner table (a learning and a recommendation item),
items of that type (style says how the producer lays them out; item texts are without their printed numbers or labels),
("none", [texts]) bullets that are no items (questions for reflection).
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"

# ---------- Z1: Marlingford: AbiWord (HTML imported, --to=pdf); run-in 'Learning point N:' labels, recommendation table
Z1 = {
    "file": "marlingford-cspr-child-r.pdf", "producer": "abiword", "body_from": 2,
    "features": ["AbiWord 3.0 (`abiword --to=pdf`, HTML imported), its own layout and PDF writer through cairo",
                 "cover page: partnership, title, 'Independent reviewer:', 'Published: March 2025', invented note; page break",
                 "numbered headings '1. Introduction' set by hand; learning as paragraphs with a bold run-in label "
                 "'Learning point N:'", "good practice bullets; recommendations in a bordered two-column table "
                 "Recommendation | Lead agency, numbers typed in the first cell's text"],
    "cover": {"title": "Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
              "area": "Marlingford", "year": 2025, "partnership": "Marlingford Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This review was commissioned by the Marlingford Safeguarding Children Partnership after Child R, aged seven, "
              "was found to have been living in a home without heating, working plumbing or adequate food for at least a "
              "year. The rapid review in November 2023 concluded that the case met the criteria for a local child "
              "safeguarding practice review because it raised questions about how agencies recognise long-standing neglect."),
        ("p", "The review considered the period from January 2021 to October 2023. It was led by an independent reviewer "
              "supported by a panel of senior managers from children's social care, health, education and the police."),
        ("h1", "2. Methodology", "methodology"),
        ("p", "Agencies provided chronologies and short reports analysing their involvement. The reviewer met the "
              "practitioners who knew Child R at two reflective sessions and spoke with Child R's grandmother. Child R's "
              "mother agreed to meet the reviewer and her views are included in this report. The review followed the "
              "systems approach recommended by the Child Safeguarding Practice Review Panel."),
        ("h1", "3. Background", "background"),
        ("p", "Child R lived with his mother and two younger sisters in a privately rented house. His mother had "
              "experienced depression since the birth of her second daughter and had stopped attending her GP "
              "appointments. The family was known to children's social care as a child in need case in 2019, which was "
              "closed after six months when the mother said she was coping."),
        ("p", "Child R's attendance at school fell to 71 per cent during the period under review. Teachers noticed that "
              "he was often hungry and that his uniform was dirty, and the school provided breakfast and clean clothes. "
              "A referral was made to the early help service in 2022, but the family declined support and the case was "
              "closed without a home visit."),
        ("p", "In October 2023 a housing officer visited the property about a repair and found the conditions that led to "
              "this review. The children were placed with their grandmother the same day."),
        ("h1", "4. Findings and learning", "learning", ["findings"]),
        ("p", "The review identified five areas of learning. Each is described below with the evidence that supports it."),
        ("items", "learning", [
            "Neglect is cumulative, and a series of small concerns recorded by different agencies can hide how serious "
            "the situation has become for a child.",
            "When a family declines early help, the reasons should be explored and the concerns that led to the offer "
            "should be reassessed rather than the case simply being closed.",
            "Practitioners need to see the home, including the bedrooms and the kitchen, to understand what daily life "
            "is like for a child living with neglect.",
            "A parent's mental health difficulties can reduce their capacity to meet their children's needs, and adult "
            "services should ask about children in the household.",
            "Schools that meet a child's basic needs themselves may reduce the visible signs of neglect and should still "
            "refer when they are compensating for care at home."], "runin"),
        ("h1", "5. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The school's breakfast club staff recorded what Child R ate and shared their concerns with the designated "
            "safeguarding lead each week.",
            "The housing officer acted immediately on what she saw and stayed at the property until social workers arrived."],
         "bullets"),
        ("h1", "6. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should relaunch its neglect strategy and make the use of the graded care profile expected "
            "practice for all agencies.",
            "The early help service should not close a case after a family declines support until a manager has reviewed "
            "the original concerns.",
            "Children's social care and early help should record whether the home, including bedrooms, was seen on every "
            "home visit.",
            "The adult mental health trust should audit whether practitioners record the children living with the adults "
            "they treat."], "table"),
        ("h1", "7. Conclusion", "conclusion"),
        ("p", "Child R and his sisters lived with neglect for longer than they should have. Many practitioners cared about "
              "them, but no single agency saw the whole picture. The partnership has accepted the recommendations and will "
              "report on its progress to the safeguarding partners every six months."),
    ],
}

# ---------- Z2: Quenby Ridge: Gnumeric ssconvert; a rapid review kept as a spreadsheet log
Z2 = {
    "file": "quenby-ridge-rapid-review-baby-s.pdf", "producer": "gnumeric", "body_from": 1,
    "features": ["Gnumeric 1.12 `ssconvert` from a .gnumeric workbook written by hand, its own cairo PDF export",
                 "one sheet printed portrait A4, fit to width: merged title rows, section rows in bold white on a dark fill",
                 "text in merged wrapped cells; immediate learning as rows No. | Learning identified | Action | Owner "
                 "(a learning and a recommendation item each)", "good practice rows with a '-' in the number column; "
                 "printed gridlines off, cell borders drawn; footer 'Page N of M' from the print setup"],
    "cover": {"title": "Rapid Review: Baby S", "child_name": "Baby S", "review_type": "other",
              "area": "Quenby Ridge", "year": 2024, "partnership": "Quenby Ridge Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Reason for the rapid review", "introduction"),
        ("p", "Baby S, aged four months, was taken to the emergency department in February 2024 with a skull fracture and "
              "bleeding on the brain. The consultant paediatrician considered the injuries to be non-accidental. The local "
              "authority notified the Child Safeguarding Practice Review Panel on the day after admission."),
        ("p", "This rapid review was held within fifteen working days of the notification. Its purpose was to gather the "
              "facts, identify any immediate action needed to keep children safe and decide whether a local child "
              "safeguarding practice review should be carried out."),
        ("h1", "Agencies involved", "background", ["methodology"]),
        ("p", "Children's social care; Quenby Ridge Police; the midwifery service and the health visiting service; the "
              "GP practice; the emergency department of the acute trust; the adult substance misuse service."),
        ("h1", "Summary of the case", "background"),
        ("p", "Baby S lived with his mother, aged nineteen, and his father, aged twenty-three. Both parents had been "
              "looked after as children. During the pregnancy the midwife recorded that the father had a conviction for "
              "assault and that the couple had argued loudly at an antenatal appointment. A referral to children's social "
              "care was discussed but not made because the mother said the relationship had ended."),
        ("p", "The health visitor completed the new birth visit at fourteen days and found the father living at the "
              "address. She did not know about the earlier concerns because the midwifery records were not shared with "
              "her. At the six-week check the mother said Baby S cried a great deal and that his father found this hard."),
        ("p", "Three weeks before the admission, Baby S was seen by the GP with a small bruise on his ear. The mother said "
              "his sister had hit him with a toy. The GP recorded the explanation and did not refer, although Baby S was "
              "not yet mobile."),
        ("h1", "Immediate learning and actions", "learning", ["recommendations"]),
        ("row", "A bruise on a baby who is not yet mobile must always be referred under the partnership's bruising protocol, "
                "whatever explanation is given.",
                "The GP practices should be reminded of the bruising protocol and it should be added to the practice "
                "safeguarding checklist.", "Designated GP"),
        ("row", "Concerns recorded by midwives during pregnancy need to reach the health visitor before the new birth visit.",
                "The midwifery and health visiting services should agree a written handover for every family where "
                "domestic abuse has been recorded.", "Health"),
        ("row", "Fathers and partners are part of the household and their history must be known to the professionals "
                "visiting the baby.",
                "All agencies should record the details of fathers and male carers and check what is known about them.",
                "All agencies"),
        ("row", "Parents who say their baby cries a great deal should be given advice on coping with crying and asked how "
                "each carer responds.",
                "The health visiting service should deliver the coping with crying programme to both parents at the new "
                "birth visit.", "Health"),
        ("h1", "Good practice identified", "good_practice"),
        ("items", "good_practice", [
            "The emergency department consultant made a referral to children's social care within an hour of Baby S's "
            "arrival.",
            "The police and children's social care held a strategy discussion the same evening and the sibling was "
            "placed safely with a relative."], "dash"),
        ("h1", "Decision", "conclusion", ["other"]),
        ("p", "The rapid review panel agreed that the criteria for a local child safeguarding practice review are met and "
              "recommended to the safeguarding partners that one is commissioned. The actions above are to be completed "
              "before the review reports and their progress will be tracked by the partnership's business unit."),
    ],
}

# ---------- Z3: Wendlecombe: Inkscape multipage SVG; a seven-minute briefing, one panel per page
Z3 = {
    "file": "wendlecombe-lcspr-child-k-seven-minute-briefing.pdf", "producer": "inkscape",
    "features": ["Inkscape 1.2 (`inkscape --export-type=pdf` of one SVG with seven inkscape:page pages), cairo PDF",
                 "A4 landscape pages: a numbered circle '1' .. '7' at the top left, the panel title beside it, body text "
                 "as SVG text lines wrapped by hand", "cover panel: partnership, '7-minute briefing', the review title, "
                 "'January 2025', invented note", "learning as three numbered rounded boxes on one page; good practice "
                 "and what to do next as '>' arrow lines; questions for reflection (no items)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
              "area": "Wendlecombe", "year": 2025, "partnership": "Wendlecombe Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Background", "background"),
        ("p", "Child K was fourteen when she took an overdose of her mother's prescribed medication in June 2023. She "
              "survived after treatment in intensive care. In the year before, she had self-harmed on several occasions, "
              "had stopped attending school and had been waiting for a specialist mental health assessment for seven months."),
        ("h1", "Why it matters", "introduction", ["summary", "other"]),
        ("p", "Nationally, reviews of self-harm and suicide in adolescents find that young people often wait a long time "
              "for help and that the professionals around them do not share what they know. This briefing summarises the "
              "learning from the Wendlecombe review for everyone who works with teenagers."),
        ("h1", "What we found", "findings"),
        ("p", "Child K's school, her GP and the school nurse each knew about some of the self-harm. The referral to the "
              "mental health service was accepted onto a waiting list and no one reviewed the risk while she waited. Her "
              "mother asked for help twice and was told to call the crisis line if things got worse."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Time on a waiting list is not a plan: the risk to a young person must be reviewed while they wait for a "
            "specialist service.",
            "Self-harm that is repeated or escalating needs a multi-agency response, not a series of separate contacts.",
            "Parents who ask for help are telling professionals that the risk is rising and should be listened to."],
         "boxes"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The school nurse saw Child K every week and kept a careful record of what she said.",
            "The ambulance crew and the emergency department shared information with the school within a day."], "arrows"),
        ("h1", "What you should do", "recommendations"),
        ("items", "recommendations", [
            "Check whether a young person you work with is waiting for a mental health service and ask who is reviewing "
            "the risk.",
            "Use the partnership's self-harm pathway and call a professionals meeting when self-harm is repeated.",
            "Record what parents tell you about their worries and share it with the other agencies involved."], "arrows"),
        ("h1", "Questions for reflection", "other"),
        ("none", ["How do you know what other agencies are doing for the young people on your caseload?",
                  "What would you do if a parent told you their child was getting worse while waiting for help?"]),
    ],
}

# ---------- Z4: Carnmoor: memoir LaTeX; chapters on new pages, generated contents, 'Lesson N' list labels
Z4 = {
    "file": "carnmoor-lscb-scr-child-h.pdf", "producer": "memoir", "body_from": 4,
    "features": ["pdfLaTeX with the memoir class (`\\chapterstyle{veelo}`, `openany`), Latin Modern via lmodern, untagged",
                 "memoir title page (board, title, 'Overview Report' on its own line, 'Independent author:', 'November "
                 "2018', invented note), a blank page, then a generated contents page (chapter entries, no leaders)",
                 "each chapter on a new page with memoir's veelo style: a large chapter number in the margin box and the "
                 "title right aligned in bold capitals ('INTRODUCTION')", "lessons as a list labelled 'Lesson N' by "
                 "enumitem; recommendations as a list labelled 'R1' .. 'R4'; page headers from memoir's ruled pagestyle"],
    "cover": {"title": "Serious Case Review: Child H - Overview Report", "child_name": "Child H", "review_type": SCR,
              "area": "Carnmoor", "year": 2018, "partnership": "Carnmoor Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This serious case review concerns Child H, a boy aged eleven who was seriously injured in a house fire in "
              "January 2017. He had been left at home in charge of his two younger brothers while his mother worked a night "
              "shift. Carnmoor Local Safeguarding Children Board decided in March 2017 that the criteria for a serious case "
              "review were met because neglect was a factor and agencies had worked with the family."),
        ("p", "The review covers the two years before the fire. Its aim is to understand why the concerns about the "
              "children being left alone did not lead to a change in their circumstances."),
        ("h1", "Process of the review", "methodology"),
        ("p", "The review was carried out using the Board's learning model. Agencies completed chronologies and "
              "individual reports, a practitioner event was held in June 2017 and the independent author met Child H's "
              "mother and his aunt. Child H was offered the chance to contribute and chose to send a letter, which the "
              "author has drawn on throughout this report."),
        ("h1", "The family and the events", "background"),
        ("p", "Child H's mother brought up her three sons alone and worked long hours in a care home. Neighbours reported "
              "to the police on four occasions that the children had been left alone at night. Each report led to a visit, "
              "and on each occasion the mother returned or arranged for a friend to come to the house."),
        ("p", "Children's social care completed two assessments. Both concluded that the children were well cared for "
              "during the day and that the mother needed help with childcare, and both were closed with advice about a "
              "childminding scheme that had no places at night."),
        ("p", "Child H's school described him as a responsible, tired boy who often arrived late having taken his brothers "
              "to the infant school. He told a teaching assistant that he was scared of the dark."),
        ("h1", "Analysis", "findings"),
        ("p", "The assessments looked at each incident separately and did not consider the cumulative effect of repeated "
              "nights alone on three young children. The mother's need to work was understood sympathetically, but the "
              "children's safety was not weighed against it, and no assessment asked Child H what it was like to be in "
              "charge at night."),
        ("p", "Professionals also lacked clear guidance on the age at which a child can be left in charge of others. The "
              "Board's procedures referred to the law without explaining how practitioners should judge the risk."),
        ("h1", "Lessons learned", "learning"),
        ("items", "learning", [
            "Repeated reports that children are left alone are a pattern of neglect and should be assessed together.",
            "A child who cares for younger siblings is a young carer whose own needs must be assessed.",
            "Sympathy for a parent's circumstances must not take the place of a judgement about what the children "
            "experience.",
            "Advice that depends on a service that cannot be provided does not reduce risk."], "lesson"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Board should publish practice guidance on children left home alone and children left in charge of "
            "siblings.",
            "Children's social care should ensure that an assessment following a repeat referral considers the full "
            "history of earlier referrals.",
            "Schools should be reminded of the young carers assessment and how to request one.",
            "The local authority should review the availability of childcare for parents who work at night."], "R"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child H wrote that he wanted adults to ask children what it is like at home. The Board accepts the "
              "recommendations of this review and will report on progress in its annual report."),
    ],
}

# ---------- Z5: Ellerdown: LibreOffice Draw (flat ODG); a learning review as a landscape leaflet, one text frame a page
Z5 = {
    "file": "ellerdown-learning-review-young-person-j.pdf", "producer": "lo-draw",
    "features": ["LibreOffice Draw (flat .fodg written by hand, `soffice --convert-to pdf:draw_pdf_Export`), untagged",
                 "A4 portrait drawing pages: a coloured banner rectangle with the page title in white, body text in "
                 "fixed-width text frames beside a grey side panel", "cover page: committee name, title, 'Chair of the "
                 "review team:', 'August 2024', invented note", "learning as paragraphs numbered '1.' typed in the text; "
                 "recommendations in a second frame with numbers typed as 'Recommendation 1 -'; strengths as bullets"],
    "cover": {"title": "Learning Review: Young Person J", "child_name": "Young Person J", "review_type": LR,
              "area": "Ellerdown", "year": 2024, "partnership": "Ellerdown Child Protection Committee"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Young Person J was sixteen when he was arrested in a flat in another local authority area in possession of "
              "drugs and a knife. He had been reported missing from his residential placement on twenty-two occasions "
              "in the previous eight months. The Ellerdown Child Protection Committee commissioned a learning review in "
              "line with the national guidance for learning reviews in Scotland."),
        ("h1", "Background", "background"),
        ("p", "J became looked after at the age of thirteen following the breakdown of his relationship with his father. "
              "He moved between four placements in two years, the last of them a residential house forty miles from his "
              "home town. Staff at the house described him as polite and likeable, and noticed that he often returned "
              "from missing episodes with money and new clothing."),
        ("p", "J's social worker changed three times in the period reviewed. A child protection case conference was not "
              "held because J was already looked after, and the concerns about exploitation were discussed at a looked "
              "after review that J did not attend."),
        ("h1", "Key findings", "findings"),
        ("p", "Agencies recognised that J was at risk of criminal exploitation but responded to each missing episode as a "
              "separate event. Information from the police about the adults J was seen with was not shared with the "
              "residential staff, and the distance from his home town made it hard for his family to stay in touch."),
        ("h1", "Learning for the Committee", "learning"),
        ("items", "learning", [
            "Young people who are already looked after can still need the protection of inter-agency child protection "
            "processes when they are at risk of exploitation.",
            "Frequent changes of social worker make it harder for a young person to trust professionals and to tell them "
            "what is happening.",
            "Placing a young person far from home can increase the risk of exploitation if it cuts them off from the "
            "people they care about."], "typednum"),
        ("h1", "Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "Residential staff kept a detailed log of every missing episode and the condition J returned in.",
            "The police missing persons coordinator built a good relationship with J and he asked for her by name."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Committee should revise its inter-agency child protection guidance so that looked after young people at "
            "risk of exploitation can be considered at a child protection planning meeting.",
            "The local authority should set a standard for how long a looked after young person keeps the same social "
            "worker and report against it.",
            "The police and social work services should agree how intelligence about adults linked to a young person is "
            "shared with the staff caring for them."], "reclabel"),
    ],
}

# ---------- Z6: Trevennor Bay: Paged.js polyfill printed by Chromium; CSS paged media, generated contents and counters
Z6 = {
    "file": "trevennor-bay-lcspr-child-e.pdf", "producer": "pagedjs", "body_from": 3,
    "features": ["Paged.js 0.4 polyfill (npm `pagedjs`) laying out the pages in Chromium, printed with `--print-to-pdf`",
                 "cover page with a full-bleed coloured block; a contents page whose page numbers come from "
                 "`target-counter`, floated right (no leaders)", "running header from `string-set` (the current section), footer 'Page N of M' in margin "
                 "boxes; section numbers generated by CSS counters ('Section 1')",
                 "learning in bordered boxes whose label 'Learning point N' comes from a CSS counter (::before); "
                 "recommendations as paragraphs labelled 'Recommendation N' by a counter; good practice bullets"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child E", "child_name": "Child E", "review_type": CSPR,
              "area": "Trevennor Bay", "year": 2026, "partnership": "Trevennor Bay Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child E was three years old when she was admitted to hospital in April 2025 weighing less than she had at "
              "eighteen months. She was severely malnourished and had not been seen by any professional for over a year. "
              "The safeguarding partners agreed at the rapid review that the case should be the subject of a local child "
              "safeguarding practice review."),
        ("p", "The review asked how a young child could become invisible to universal services, and what the partnership "
              "could do to make sure children who are not brought to appointments are followed up."),
        ("h1", "How the review was carried out", "methodology"),
        ("p", "The review used a rapid, proportionate approach. Agencies supplied chronologies, the lead reviewer held "
              "conversations with the practitioners involved and a learning workshop was held in September 2025. Child E's "
              "father contributed to the review through a meeting with the lead reviewer."),
        ("h1", "What happened", "background"),
        ("p", "Child E's parents moved to Trevennor Bay when she was eight months old. The health visiting record was "
              "transferred, but the family did not attend the twelve-month review and two letters were returned. The GP "
              "practice removed the family from its list after a year without contact."),
        ("p", "Child E's mother had an eating disorder and believed that her daughter needed a restricted diet. Neighbours "
              "rarely saw the children outside. Child E's older brother attended school and appeared well, and the school "
              "had no concerns about him."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "When a young child is not brought to health reviews, the health visiting service must find out why, and a "
            "returned letter is a reason to visit.",
            "Removing a family from a GP list can remove the last point of contact a young child has with universal "
            "services.",
            "Information about one child in a family can reveal concerns about a sibling, and schools should ask about "
            "younger brothers and sisters.",
            "A parent's eating disorder can shape how they feed their children and should be considered in assessments."],
         "counterbox"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The paramedics who attended Child E recognised the seriousness of her condition and made a referral before "
            "she reached hospital.",
            "The hospital ward involved the dietetic team and children's social care on the day of admission."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The health visiting service should revise its policy on children who are not brought to reviews so that two "
            "missed contacts lead to a home visit.",
            "The integrated care board should ask GP practices to notify the health visitor before removing a family with "
            "a child under five from their list.",
            "The partnership should promote the 'was not brought' guidance with schools, early years settings and health "
            "services."], "counterpara"),
    ],
}

# ---------- Z7: Ashby Cresswell: Vivliostyle; findings with a recommendation after each, footnotes at the page foot
Z7 = {
    "file": "ashby-cresswell-cspr-children-l-and-m.pdf", "producer": "vivliostyle", "body_from": 2,
    "features": ["Vivliostyle CLI (npm `@vivliostyle/cli`, the Vivliostyle.js layout engine) printing through Chromium",
                 "CSS paged media: `@page` margin boxes with the partnership bottom left and the page number bottom right, "
                 "cover page of its own", "the national panel's finding layout: each finding a sub-heading 'Finding N' "
                 "with analysis paragraphs, then a shaded 'Recommendation N' paragraph with a bold run-in label",
                 "'Findings' and 'Summary of learning' start new pages; learning summarised as a bulleted list at the end; footnotes as `float: footnote` at the foot of the page"],
    "cover": {"title": "Child Safeguarding Practice Review: Children L and M", "child_name": "Children L and M",
              "review_type": CSPR, "area": "Ashby Cresswell", "year": 2025,
              "partnership": "Ashby Cresswell Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Children L and M, brothers aged nine and six, were removed from their home in May 2024 after their father "
              "was arrested for the possession of indecent images of children. The boys had been supported through a child "
              "protection plan for emotional abuse arising from domestic abuse for a year before the arrest.^[Child protection "
              "plan under the category of emotional abuse, March 2023 to March 2024.] The partnership agreed that a local "
              "review would help it understand how risk from a parent who is not the focus of the plan is assessed."),
        ("h1", "Summary of the children's experience", "background"),
        ("p", "The boys lived with their mother and father. Their mother described her husband as controlling and told her "
              "health visitor that he monitored her phone. The plan focused on her safety and on the boys' school "
              "attendance. Their father was invited to the core group but attended once, and he refused to meet the "
              "social worker on his own."),
        ("p", "The plan ended in March 2024 after the mother said the relationship had improved. Two months later the police "
              "executed a warrant at the family home following intelligence from another force.^[The intelligence concerned "
              "an online account and was received through the national referral route.]"),
        ("h1", "Findings", "findings", ["recommendations"]),
        ("h2", "Finding 1: The father was not assessed"),
        ("p", "The assessments described the father through the mother's account. He was not seen alone, his history was "
              "not checked with other areas and his absence from meetings was recorded without being challenged."),
        ("items", "recommendations", [
            "The partnership should set out in its child protection procedures how fathers and male carers are to be "
            "assessed, including when they do not engage."], "shaded"),
        ("h2", "Finding 2: Ending the plan"),
        ("p", "The decision to end the plan relied on the mother's report that things were better. Nobody asked the boys, "
              "and the school's observation that Child L had become withdrawn was not shared with the conference."),
        ("items", "recommendations", [
            "Children's social care should ensure that the voice of each child and the views of the school are recorded "
            "before a child protection plan is ended."], "shaded"),
        ("h2", "Finding 3: Intelligence across borders"),
        ("p", "The intelligence that led to the arrest was held by another force for several weeks before it was passed to "
              "Ashby Cresswell. Local practitioners were not aware that such intelligence could exist."),
        ("items", "recommendations", [
            "The police should review how intelligence about online offending received from other forces is checked "
            "against open child protection plans."], "shaded"),
        ("h1", "Summary of learning", "learning"),
        ("items", "learning", [
            "Every adult in a child's household is part of the assessment, and a parent who avoids professionals is a "
            "reason for more curiosity, not less.",
            "Improvement reported by one parent is not evidence that risk has reduced unless it is tested with the "
            "children and the other agencies.",
            "Risk from online sexual offending may not be visible in the home and needs to be considered when a parent "
            "is controlling."], "bullets"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "The boys are now living with their mother and are doing well at school. The partnership has accepted the "
              "findings and will monitor the recommendations through its learning and improvement group."),
    ],
}

# ---------- Z8: Oxcombe Vale: calibre ebook-convert (HTML -> PDF); an executive summary as an e-book
Z8 = {
    "file": "oxcombe-vale-scr-baby-t-executive-summary.pdf", "producer": "calibre",
    "features": ["calibre 6.13 `ebook-convert` HTML -> PDF (its Qt WebEngine PDF output), with --pdf-page-numbers and a "
                 "header template carrying the title", "no cover page as such: calibre puts the book title in the header of every page; the first page holds the "
                 "board, the title, 'Executive Summary', 'Author:', 'July 2020', invented note",
                 "h2 headings, each starting a new page by calibre's --page-breaks-before (an XPath on h2)",
                 "learning as an ordered list with lower-alpha markers '(a)'; recommendations as a definition list "
                 "'Recommendation 1' / text; good practice as a blockquote of bullets"],
    "cover": {"title": "Serious Case Review: Baby T - Executive Summary", "child_name": "Baby T", "review_type": SCR,
              "area": "Oxcombe Vale", "year": 2020, "partnership": "Oxcombe Vale Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Baby T died suddenly at the age of seven weeks in October 2018. She had been sleeping on a sofa with her "
              "father, who had been drinking. The coroner recorded an open conclusion. The Board decided that a serious "
              "case review should be carried out because both parents had been known to agencies and the family had "
              "received safer sleep advice."),
        ("h1", "Family background", "background"),
        ("p", "Baby T was the third child of her parents. The older children had been subject to child protection plans "
              "in 2015 because of their father's drinking and domestic abuse. The plans ended when the father completed an "
              "alcohol treatment programme and the family moved to a new house."),
        ("p", "During the pregnancy with Baby T the mother told her midwife that her partner had started drinking again "
              "but was not violent. The midwife made a referral to children's social care, which was passed to the early "
              "help team. Early help visited twice after the birth and gave safer sleep advice."),
        ("h1", "Key findings", "findings"),
        ("p", "Safer sleep advice was given, but it was not tailored to a household in which a parent drank. The referral "
              "in pregnancy was not linked to the earlier child protection history, and the relapse was not seen as a "
              "change in risk. The father was not spoken to by any professional after Baby T's birth."),
        ("h1", "Lessons", "learning"),
        ("items", "learning", [
            "Safer sleep advice must cover the specific risks in the household, including alcohol and drug use and "
            "sleeping on a sofa.",
            "A parent's relapse into drinking after a period of recovery is a significant change in the risk to a baby.",
            "Earlier child protection history should inform how a new referral about the same family is assessed."],
         "alpha"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The midwife acted on what the mother told her and made a referral the same day.",
            "The early help worker visited within a week of the birth and spoke with the mother about sleeping "
            "arrangements."], "quote"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Board should update its safer sleep guidance so that practitioners assess the household's circumstances "
            "and record the advice given to each carer.",
            "Children's social care should check the child protection history of every family referred during pregnancy.",
            "Agencies should ensure that fathers are included in antenatal and postnatal contacts wherever possible."],
         "dl"),
    ],
}

REPORTS = [Z1, Z2, Z3, Z4, Z5, Z6, Z7, Z8]
