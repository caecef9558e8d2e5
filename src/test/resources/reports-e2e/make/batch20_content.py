"""Batch 20 (issue 9 point 6, a fresh held-out batch of producers new to the repo, written before it was first run): eight
invented reports.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch18_content.py (the truth is written by batch13.truth through batch14.for_truth): ("h1", heading, type[, accept]),
("h2", text) a sub-heading (no section of the truth), ("p", text), ("items", type, [texts], style), ("lpbox", text) one
learning point in a box, ("note", text) a note on the paragraph before. Item texts are without their printed numbers or labels.
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"
CMR = "case_management_review"

# ---------- V1: Brackenfold: tufte-handout (pdflatex), sidenotes in a wide margin, italic unnumbered sections
V1 = {
    "file": "brackenfold-lcspr-child-p.pdf", "body_from": 1, "producer": "pdflatex, tufte-latex (tufte-handout)",
    "features": ["tufte-handout class on pdflatex: no cover, the tufte title block (large italic title, author, date) at the "
                 "top of page 1; text block narrow with a wide right margin holding numbered sidenotes and a margin note",
                 "unnumbered italic \\section headings (tufte style), 'newthought' small-caps openings",
                 "learning as an itemize list, good practice as an itemize list, recommendations as an enumerate list; "
                 "one sidenote called at the end of a learning item",
                 "running head with the short title and page number (tufte's fancyhdr), untagged, no outline"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
              "area": "Brackenfold", "year": 2025, "partnership": "Brackenfold Safeguarding Children Partnership",
              "author": "Independent reviewer: Dr Helen Marchbank", "date": "September 2025"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This local child safeguarding practice review was commissioned by Brackenfold Safeguarding Children Partnership "
              "after Child P, a boy aged two, was admitted to hospital with a fractured femur and bruising to his face in "
              "November 2024. The rapid review found that the injuries were not accidental and that several agencies had "
              "been in contact with the family in the months before.^[The rapid review met on 21 November 2024 and "
              "recommended a local review to the safeguarding partners.]"),
        ("h1", "How the review was carried out", "methodology"),
        ("p", "The review followed the systems approach favoured by the partnership. Agencies supplied chronologies and short "
              "reports, the reviewer met the practitioners in two reflective sessions, and Child P's mother and grandmother "
              "contributed their views. Child P's father did not take part; criminal proceedings were concluded in May 2025."),
        ("h1", "Background", "background"),
        ("p", "Child P lived with his mother, aged nineteen, and her partner in a privately rented flat. His mother had been "
              "a looked-after child until she was sixteen and had a personal adviser from the leaving care service. The family "
              "had moved three times in a year, and each move took them into a different health visiting team's area."),
        ("p", "In the summer of 2024 a nursery worker noticed a bruise on Child P's ear and recorded it. His mother said he had "
              "fallen against a cot. The nursery did not make a referral, and Child P stopped attending a fortnight later."),
        ("h1", "Findings", "findings"),
        ("p", "The review found that practitioners saw a young mother doing her best in difficult circumstances and did not "
              "think about the adult male in the household. Information about the partner's history of violence towards a "
              "previous partner was held by the police but was not known to the personal adviser or the health visitor."),
        ("p", "Moves between areas broke the thread of the health visiting record. Each new team began again with a "
              "'new birth' style contact and the earlier concerns were summarised in a single line."),
        ("p", "The nursery's record of the bruise on Child P's ear was accurate and dated, but the nursery manager judged that "
              "a single bruise with a plausible explanation did not meet the threshold for a referral. The partnership's "
              "bruising protocol applies to all children who are not independently mobile; at twenty-two months Child P was "
              "walking, and staff believed that the protocol no longer applied to him. Practitioners at the reflective "
              "sessions held the same belief."),
        ("p", "The personal adviser knew more about Child P's mother than any other professional. She knew that the partner "
              "had moved in and that her client was frightened of him at times. Leaving care services are not routinely "
              "invited to health or early help meetings about a care leaver's child, and the personal adviser did not think "
              "it was her role to make a referral about the child."),
        ("h2", "The voice of the child"),
        ("p", "Child P was too young to tell anyone what was happening to him. Records describe him as quiet, watchful and "
              "'no trouble'. Practitioners at the sessions reflected that a quiet toddler in a chaotic household should have "
              "made them curious rather than reassured."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "A bruise on a non-mobile or barely mobile child is a possible sign of abuse and the child protection procedure for bruising must be followed, whatever explanation is given.",
            "Practitioners need to ask who else lives in or visits the household, and to check what is known about new partners with the police.^[The partnership's guidance on 'invisible men' was revised in 2023 but few practitioners knew of it.]",
            "When a family moves, the transfer of a health visiting record should include a conversation between the two health visitors and not only the electronic file.",
            "Care leavers who become parents may need the leaving care service and children's services to plan together; the personal adviser holds knowledge no one else has."], "bullet"),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "The emergency department registrar recognised the pattern of injuries at once and made a referral the same evening.",
            "The personal adviser kept in touch with Child P's mother through every move and was the professional she trusted most."], "bullet"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should relaunch its bruising protocol for children who are not independently mobile and audit its use in early years settings within six months.",
            "The integrated care board and the police should agree how health visitors can ask for information about adults joining a household.",
            "The community health provider should require a verbal handover between health visitors whenever a child under two moves between teams.",
            "Children's services and the leaving care service should include pregnancy and parenthood in every pathway plan review for care leavers."], "enum"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child P has recovered from his injuries and lives with his maternal grandmother under a special guardianship order. "
              "The partnership thanks his family and the practitioners who gave their time to this review."),
    ],
}

# ---------- V2: Hatherden: a2ps (plain text to PostScript) -> ps2pdf, an old typed report
V2 = {
    "file": "hatherden-lscb-scr-child-k.pdf", "producer": "a2ps 4.14 (plain text) -> ps2pdf (Ghostscript)",
    "features": ["a plain-text report (78 columns, Courier) through GNU a2ps 4.14 in portrait, one page per sheet, with a2ps's "
                 "own page frame: header title, a2ps's date and page 'Page N/M' in its headers and footers, a border round the text",
                 "cover made of spaced text lines in capitals; headings as 'N. HEADING' in capitals with no underline or bold",
                 "every paragraph numbered 'N.M' with a hanging indent; learning as lettered '(a)' paragraphs, "
                 "recommendations as 'Recommendation N' lines over indented text",
                 "no fonts but Courier, untagged, no outline; the PDF title is a2ps's job name"],
    "cover": {"title": "Serious Case Review: Child K - Overview Report",
              "truth_title": "Serious Case Review: Child K|Serious Case Review: Child K - Overview Report", "child_name": "Child K", "review_type": SCR,
              "area": "Hatherden", "year": 2013, "partnership": "Hatherden Local Safeguarding Children Board",
              "author": "Independent author: Malcolm Ridley", "date": "March 2013"},
    "blocks": [
        ("h1", "INTRODUCTION", "introduction"),
        ("p", "Hatherden Local Safeguarding Children Board (the LSCB) decided on 4 July 2012 that the death of Child K met the "
              "criteria for a serious case review in chapter 8 of Working Together to Safeguard Children (2010). Child K was "
              "seven weeks old when he died. A post-mortem found a skull fracture and older rib fractures."),
        ("p", "This overview report brings together the individual management reviews of the agencies involved and the "
              "analysis of the serious case review panel."),
        ("h1", "TERMS OF REFERENCE AND PROCESS", "methodology"),
        ("p", "The review covered the period from the confirmation of the pregnancy in October 2011 to the death of Child K in "
              "June 2012. Individual management reviews were received from the acute hospital trust, the community health "
              "trust, the general practice, the police and children's social care. The panel met six times."),
        ("h1", "THE FAMILY AND THE CIRCUMSTANCES", "background"),
        ("p", "Child K's mother was twenty-two and his father twenty-five. Both parents had used cannabis daily and the father "
              "had a conviction for assault. The pregnancy was booked late, at twenty-four weeks, and the mother missed three "
              "antenatal appointments."),
        ("p", "At five weeks Child K was taken to the emergency department with a swollen wrist. An X-ray was not done because "
              "the swelling had gone down while the family waited. The attendance was notified to the health visitor by a "
              "printed slip that was filed without action."),
        ("h1", "ANALYSIS", "findings"),
        ("p", "The panel considered that the late booking, the missed appointments, the substance misuse and the father's "
              "history together should have prompted a referral to children's social care before the birth. Each agency saw "
              "part of this and none shared it."),
        ("p", "The emergency department attendance was a missed opportunity. An injury to a baby who cannot move himself "
              "needs an explanation and a skeletal survey, and the paediatric liaison system did not work as intended."),
        ("h1", "LESSONS LEARNED", "learning"),
        ("items", "learning", [
            "Late booking and missed antenatal appointments, taken together with parental substance misuse, are known risk factors and should lead to a pre-birth assessment.",
            "Any injury to a baby who is not yet mobile must be explained, and the explanation tested, before the baby leaves hospital.",
            "Paper notifications from the emergency department to community services can be lost; a system that relies on them needs to be checked.",
            "Professionals should not rely on a father's absence from appointments to conclude that he plays no part in the baby's care."], "letter"),
        ("h1", "RECOMMENDATIONS", "recommendations"),
        ("items", "recommendations", [
            "The LSCB should issue a multi-agency pre-birth protocol setting out when a referral to children's social care is required.",
            "The acute hospital trust should ensure that every infant under six months attending with an injury is seen by a paediatrician before discharge.",
            "The community health trust should replace paper attendance slips with an electronic notification that is acknowledged by the receiving health visitor.",
            "All agencies should record the details of fathers and other male carers and include them in assessments."], "labelled"),
        ("h1", "CONCLUSION", "conclusion"),
        ("p", "The panel does not consider that the death of Child K could have been predicted. It could possibly have been "
              "prevented had the signs of risk been brought together earlier. The LSCB will monitor the action plan through "
              "its serious case review sub-group."),
    ],
}

# ---------- V3: Bro Morlais: iText 8 (Java), tagged PDF, Welsh extended CPR
V3 = {
    "file": "bro-morlais-extended-cpr-child-a.pdf", "producer": "iText 8.0.5 (Java, kernel + layout), tagged",
    "features": ["iText 8 core (kernel + layout) from a small Java program: a tagged PDF (setTagged: StructTreeRoot, H1/P/L/LI/Table "
                 "roles from iText's layout elements), standard Helvetica (not embedded), an outline from the headings",
                 "cover page: bilingual board line, 'Extended Child Practice Review', child, 'Reference: BMRSB 2024/03', 'Date of "
                 "publication', invented note",
                 "Welsh extended CPR template headings numbered '1.' .. '6.', a thin rule under each heading",
                 "learning as iText List with '\u2022' symbols; recommendations in a Table 'No.' / 'Recommendation' / 'Lead agency' "
                 "with a header row (addHeaderCell), the table split over the page break with the header repeated",
                 "header 'Extended Child Practice Review - Child A' and footer 'Page N' drawn by a page event handler"],
    "cover": {"title": "Extended Child Practice Review: Child A", "child_name": "Child A", "review_type": CPR,
              "area": "Bro Morlais", "year": 2024, "partnership": "Bro Morlais Regional Safeguarding Board",
              "welsh": "Bwrdd Diogelu Rhanbarthol Bro Morlais", "ref": "Reference: BMRSB 2024/03",
              "date": "Date of publication: 12 June 2024"},
    "blocks": [
        ("h1", "1. Brief outline of circumstances resulting in the Review", "introduction", ["background"]),
        ("p", "Bro Morlais Regional Safeguarding Board commissioned this extended Child Practice Review in line with the "
              "guidance for multi-agency child practice reviews. Child A, a girl aged fourteen, was found unconscious in a "
              "park after taking a large quantity of alcohol and an unknown tablet. She had been reported missing from home "
              "eleven times in the previous six months."),
        ("p", "The review considered the period from September 2022, when Child A moved to secondary school in the area, to "
              "July 2023."),
        ("h1", "2. Practice and organisational learning", "learning"),
        ("p", "The review panel and the practitioners at the learning event identified the following learning."),
        ("items", "learning", [
            "Each missing episode was treated as a separate event; no agency put the episodes together or asked what Child A was going missing to.",
            "Return home interviews were offered by letter, and Child A was never spoken to alone about where she had been.",
            "The school saw a fall in attendance and a change of friendship group but did not connect this with the police reports of missing episodes.",
            "Child A's mother asked for help three times and was told that her daughter's behaviour was typical of a teenager.",
            "Risk assessment tools for child exploitation were completed but the scores were not shared at strategy discussions."], "bullet"),
        ("h1", "3. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The police missing persons coordinator recognised the pattern in the spring of 2023 and called the first strategy discussion.",
            "The youth worker kept contact with Child A through social media and was the person she asked for in hospital."], "bullet"),
        ("h1", "4. Improving systems and practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the Board and "
              "its member agencies."),
        ("items", "recommendations", [
            "The Board should ensure that a third missing episode in any ninety days leads to a multi-agency meeting chaired by children's services.",
            "The local authority should make return home interviews face to face, offered within seventy-two hours and by a worker the child knows.",
            "Schools in the region should be told of missing episodes of their pupils through the police education liaison scheme.",
            "Agencies should use the regional exploitation screening tool at every strategy discussion and record the score in the minutes.",
            "The Board should test the learning from this review through a multi-agency audit of missing children within twelve months."], "table"),
        ("h1", "5. Statement by Reviewer", "other", ["conclusion"]),
        ("p", "I make the following statement prior to my involvement with this learning review: I have not been directly "
              "concerned with the child or family, or have given professional advice on the case; I have no immediate line "
              "management of the practitioners involved; I have the appropriate recognised qualifications, knowledge and "
              "experience and training to undertake the review."),
        ("h1", "6. Statement by Chair of the Review Panel", "other", ["conclusion"]),
        ("p", "I make the following statement that prior to my involvement with this learning review I have not been directly "
              "concerned with the child or family. The review was conducted appropriately and was rigorous in its analysis."),
    ],
}

# ---------- V4: Ashcott: PDFKit (node), its own text flow and doc.list, an outline
V4 = {
    "file": "ashcott-lcspr-mason.pdf", "producer": "PDFKit 0.15 (node)",
    "features": ["PDFKit 0.15 used directly from node (no pdfmake): standard Helvetica / Helvetica-Bold and Times-Roman body "
                 "(not embedded), its own text flow with automatic page breaks, an outline (doc.outline) of the headings, untagged",
                 "cover page: a thick navy rule at the top, partnership, title on two lines, 'Published October 2025', 'Lead reviewer:'",
                 "headings in navy Helvetica-Bold 15 pt, unnumbered; body Times 11 pt justified",
                 "learning as bold 'Learning point N' lines beside a drawn orange bar (a filled rect), each over its text",
                 "good practice and recommendations as PDFKit doc.list (bullets drawn as circles by PDFKit; numbers '1.' for the "
                 "recommendations); footer 'Mason - LCSPR | page N' added after layout (bufferPages)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Mason", "child_name": "Mason", "review_type": CSPR,
              "area": "Ashcott", "year": 2025, "partnership": "Ashcott Children's Safeguarding Partnership",
              "author": "Lead reviewer: Priya Chandran", "date": "Published October 2025"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This review concerns Mason, who was fifteen when he was seriously injured in a stabbing in Ashcott town centre in "
              "February 2025. Mason had been known to services since he was excluded from primary school, and in the year "
              "before the incident he was arrested twice for possession of class A drugs with intent to supply."),
        ("p", "The safeguarding partners agreed that the case met the criteria for a local child safeguarding practice review "
              "because Mason was seriously harmed and there was reason to believe that he had been criminally exploited."),
        ("h1", "Scope and approach", "methodology"),
        ("p", "The review looked at agency involvement from September 2022 to February 2025. Agencies provided chronologies; "
              "the lead reviewer interviewed eleven practitioners and met Mason and his mother at home. Mason asked that his "
              "first name be used in this report."),
        ("h1", "Mason's story", "background"),
        ("p", "Mason is the eldest of four children. He was diagnosed with attention deficit hyperactivity disorder at eight and "
              "was permanently excluded from his primary school at ten. He spent most of year 7 in a pupil referral unit, "
              "where staff described him as funny, loyal and easily led."),
        ("p", "In 2023 Mason began to be missing overnight. His mother found new clothes and two mobile phones in his room. She "
              "told the police she believed older young men were using him to sell drugs in a nearby county."),
        ("h1", "Analysis", "findings"),
        ("p", "When Mason was arrested in another county he was treated as an offender. The national referral mechanism was "
              "not used until the second arrest, and the decision that he was a victim of trafficking arrived after the "
              "stabbing. Education, the youth justice service and children's social care each held a plan for Mason and none "
              "of the plans referred to the others."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Children arrested for drug supply away from home should be seen first as possible victims of criminal exploitation, and a referral to the national referral mechanism considered at the first arrest.",
            "Exclusion from school removes a protective factor; the risk of exploitation should be part of every decision to exclude a child permanently.",
            "Several plans for the same child need one lead professional who knows what each plan asks of the child and the family.",
            "Parents who report exploitation are a source of intelligence and need to be kept informed and supported, not only asked for information."], "labelled"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The pupil referral unit kept a place open for Mason and contacted him every day he was missing.",
            "The police officer who arrested Mason the second time asked for a return home interview and made a referral to children's social care that night."], "bullet"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The safeguarding partners should agree a protocol with the neighbouring counties so that a child from Ashcott arrested there is referred back the same day.",
            "The local authority should ensure that a contextual safeguarding assessment informs every permanent exclusion decision for a child already known to children's social care.",
            "Children's social care, the youth justice service and education should hold one plan for a child open to all three, with a named lead professional.",
            "The partnership should commission support for parents of exploited children and tell parents what has happened after they share information."], "enum"),
    ],
}

# ---------- V5: Tremayne: @react-pdf/renderer (node), flexbox layout, fixed header/footer, View tables
V5 = {
    "file": "tremayne-cspr-baby-r.pdf", "producer": "@react-pdf/renderer 4 (node; yoga flexbox layout)",
    "features": ["@react-pdf/renderer 4 from node (React.createElement, no JSX): every block a yoga flexbox View; standard "
                 "Helvetica (not embedded); untagged, no outline",
                 "cover page with a full-width teal band (a View with a background colour) holding white partnership and title "
                 "lines, then 'Child Safeguarding Practice Review', date and author below",
                 "fixed header 'Tremayne Safeguarding Children Partnership' and fixed footer 'Page N of M' (render prop) on every "
                 "body page; headings '1.' .. '7.' in teal",
                 "learning as rows: a teal square drawn by a View beside each text (no glyph); good practice rows beside a drawn "
                 "circle View; recommendations as a flexbox table of Views 'Ref' / 'Recommendation' / "
                 "'Lead' with borders; rows kept whole (wrap false), so the header row stands alone at the foot of page 2 and the rows "
                 "go to page 3"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby R", "child_name": "Baby R", "review_type": CSPR,
              "area": "Tremayne", "year": 2026, "partnership": "Tremayne Safeguarding Children Partnership",
              "author": "Author: Rachel Penrose, independent reviewer", "date": "January 2026"},
    "blocks": [
        ("h1", "1. Why this review was carried out", "introduction"),
        ("p", "Baby R died aged eleven weeks in April 2025 while sharing a sofa with her father, who had been drinking. The "
              "Tremayne safeguarding partners decided that a local review would help practitioners understand how advice on "
              "safer sleep reaches families where there are other risks."),
        ("h1", "2. How the review was done", "methodology"),
        ("p", "The reviewer read agency records, held a learning workshop with nineteen practitioners and spoke to Baby R's "
              "mother. The review used the Child Safeguarding Practice Review Panel's 2020 report 'Out of routine' as a "
              "framework."),
        ("h1", "3. About Baby R and her family", "background"),
        ("p", "Baby R was her parents' second child. Her father worked night shifts and her mother had postnatal depression "
              "treated by her general practitioner. The family lived in a one-bedroom flat and Baby R's cot was in the "
              "living room. Safer sleep advice was given by the midwife and the health visitor and signed for."),
        ("h1", "4. What the review found", "findings"),
        ("p", "Safer sleep advice was given as information at routine contacts. It did not explore how the family actually "
              "slept, what happened when routines changed, or the effect of alcohol, tiredness and a crowded home."),
        ("h1", "5. Learning for practice", "learning"),
        ("items", "learning", [
            "Safer sleep conversations should be about the family's own nights, including the nights that are out of routine, and not only about the ideal sleeping arrangement.",
            "Fathers and other carers who look after the baby at night need to hear safer sleep advice directly.",
            "Parental mental health, alcohol use and overcrowding increase the risk of sudden unexpected death in infancy and should prompt a fuller conversation.",
            "A signature on a leaflet checklist does not show that advice has been understood."], "square"),
        ("h1", "6. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The health visitor arranged a second-hand cot through a local charity when she saw that the family had only a Moses basket.",
            "The general practitioner reviewed Baby R's mother's medication within a week of her asking for help."], "dot"),
        ("h1", "7. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should adopt a safer sleep assessment tool that asks about out-of-routine nights and use it at every universal contact.",
            "The maternity service and the health visiting service should offer a contact with fathers and partners that includes safer sleep advice.",
            "The partnership should run a campaign with employers of shift workers about tiredness and caring for a baby at night.",
            "The partnership should audit how safer sleep advice is recorded, looking for the family's own situation rather than a signature."], "table"),
    ],
}

# ---------- V6: Kinloch Ardle: Typst (typst-ts node compiler), Scottish Learning Review with an outline page
V6 = {
    "file": "kinloch-ardle-learning-review-child-s.pdf", "body_from": 3, "producer": "Typst (typst.ts node compiler)",
    "features": ["Typst from the typst.ts node compiler (Typst's own PDF writer): its embedded Libertinus / New Computer Modern "
                 "fonts as CID subsets, untagged, an outline from the headings",
                 "title page set in Typst: committee, 'Learning Review', child, date, invented note; then a contents page made "
                 "by #outline() with dot fills and page numbers",
                 "headings numbered '1.' by set heading(numbering); running header with context and the page counter",
                 "each key learning point a filled #block with a bold 'Key learning N' line; areas of strength as a Typst list; "
                 "areas for improvement as an enum numbered 'a)'"],
    "cover": {"title": "Learning Review: Child S", "child_name": "Child S", "review_type": LR, "area": "Kinloch Ardle",
              "year": 2025, "partnership": "Kinloch Ardle Child Protection Committee", "date": "November 2025"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "Kinloch Ardle Child Protection Committee agreed in January 2025 to carry out a learning review following the "
              "serious injury of Child S, aged four, who was found by a neighbour wandering on a main road at night. Child S "
              "had a number of unexplained bruises. The review was carried out in line with the National Guidance for Child "
              "Protection Committees Undertaking Learning Reviews (2021)."),
        ("h1", "2. Review process", "methodology"),
        ("p", "A review team of senior managers from the health board, Police Scotland, education and social work oversaw the "
              "review. The lead reviewers held conversations with sixteen practitioners and with Child S's grandparents. "
              "Child S's parents were invited to take part but declined."),
        ("h1", "3. Background", "background"),
        ("p", "Child S lived with her parents and baby brother in a small rural community. Her father worked away for weeks at "
              "a time. Her mother had a long history of depression and had told the health visitor that she was drinking "
              "more since the birth of her son. Child S attended a nursery class three mornings a week, but her attendance "
              "fell to less than half in the autumn of 2024."),
        ("h1", "4. Key learning", "learning"),
        ("lpbox", "Children in rural communities can be hidden by distance; practitioners need to plan how they will see a child at home when visits are hard to arrange."),
        ("lpbox", "A named person service is only as good as the information that reaches it; the nursery's concerns about attendance did not reach the health visitor."),
        ("lpbox", "Parental alcohol use disclosed by a parent should be explored, recorded and shared with the named person, and not left to the parent to raise again."),
        ("h1", "5. Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "The nursery teacher noticed that Child S arrived hungry and arranged breakfast for her on the days she came.",
            "The police officers who attended on the night of the incident brought Child S's grandparents in as a safe place within hours."], "bullet"),
        ("h1", "6. Areas for improvement", "recommendations"),
        ("items", "recommendations", [
            "The Child Protection Committee should ask the health board and education to agree how a nursery's attendance concerns reach the health visitor.",
            "Practitioners should be reminded, through the committee's learning and development programme, how to ask about and respond to parental alcohol use.",
            "The committee should review its chronology guidance so that single agency chronologies are brought together when concerns about neglect build up."], "enum_a"),
        ("h1", "7. Conclusion", "conclusion"),
        ("p", "Child S and her brother now live with their grandparents. The review team thanks the family and the practitioners "
              "for their openness. The committee will report on progress against the improvement plan to the Chief Officers "
              "Group."),
    ],
}

# ---------- V7: Marwood Priors: KOMA-Script scrreprt (pdflatex), chapters with 'Chapter N' prefix, contents page
V7 = {
    "file": "marwood-priors-scr-baby-e.pdf", "body_from": 3, "producer": "pdflatex, KOMA-Script scrreprt (chapterprefix)",
    "features": ["KOMA-Script scrreprt on pdflatex with chapterprefix: each chapter opens a new page with a 'Chapter N' line over "
                 "a large sans chapter title; Latin Modern / Helvetica-like sans headings (KOMA's default sans), untagged, hyperref "
                 "outline",
                 "title page from \\maketitle (subject 'Serious Case Review', title, 'Overview Report', publishers and date), "
                 "invented note in the dedication; contents page (KOMA tocbasic) before chapter 1",
                 "scrlayer-scrpage running head on every page, chapter openings included: the chapter mark on the left ('Chapter N "
                 "Title', \\leftmark), the LSCB on the right, a rule under it; page number at the foot",
                 "lessons as KOMA labeling list with bold 'Lesson N' labels; recommendations enumerate '1.'; good practice "
                 "as itemize"],
    "cover": {"title": "Serious Case Review: Baby E - Overview Report",
              "truth_title": "Serious Case Review: Baby E|Serious Case Review: Baby E - Overview Report", "child_name": "Baby E", "review_type": SCR,
              "area": "Marwood Priors", "year": 2019, "partnership": "Marwood Priors Local Safeguarding Children Board",
              "author": "Independent overview author: Jennifer Astley", "date": "February 2019"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Baby E was born prematurely at thirty-one weeks and spent six weeks in a neonatal unit. At four months old she "
              "was admitted to hospital with a subdural haemorrhage and retinal haemorrhages. Her father later admitted "
              "shaking her. Marwood Priors Local Safeguarding Children Board agreed on 3 April 2018 that the case met the "
              "criteria for a serious case review."),
        ("p", "The review was carried out under Working Together to Safeguard Children (2015), in the transition period before "
              "the new arrangements for local child safeguarding practice reviews."),
        ("h1", "Methodology", "methodology"),
        ("p", "The LSCB used a learning together approach. A review team of senior managers from the agencies involved worked "
              "with the independent overview author. Case records were read, thirteen practitioners took part in group and "
              "individual conversations, and Baby E's mother met the author once."),
        ("h1", "Background and key episodes", "background"),
        ("p", "Baby E's parents were both twenty. Her mother had a learning disability and had been supported by adult social "
              "care since leaving school. Her father had no contact with services before the pregnancy. The neonatal unit "
              "noticed that Baby E's father became angry when she cried during visits and recorded it as a concern."),
        ("p", "After discharge the family was visited by the neonatal outreach nurse and the health visitor. Baby E had a "
              "small bruise on her cheek at ten weeks, which her father said was from a dummy clip. The bruise was recorded "
              "but was not discussed with a safeguarding lead."),
        ("h1", "Analysis", "findings"),
        ("p", "The review found that professionals focused on the mother's learning disability and on whether she could "
              "manage Baby E's feeding. The father was seen as the capable parent. Concerns recorded in the neonatal unit "
              "were not passed on at discharge."),
        ("p", "Professionals did not apply the bruising protocol because they had not thought of Baby E as a baby who could not "
              "move herself, although at ten weeks she plainly was."),
        ("h1", "Lessons", "learning"),
        ("items", "learning", [
            "Observations of a parent's anger or rough handling in a neonatal unit are safeguarding information and need to be shared at discharge.",
            "Where one parent has additional needs, the other parent's capacity and behaviour must be assessed as carefully.",
            "Bruising in a baby who is not independently mobile should always be discussed with a safeguarding lead, whatever the explanation.",
            "Premature babies are more demanding to care for and the stress this places on parents needs to be considered in discharge planning."], "labeling"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The adult social care worker attended the discharge planning meeting and continued to visit Baby E's mother after the birth.",
            "The paediatric team made a referral to children's social care within an hour of Baby E's admission with head injuries."], "bullet"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The LSCB should seek assurance that neonatal discharge summaries include observations of parental behaviour on the unit.",
            "The LSCB should promote a 'think family' approach that assesses both parents where one parent has a learning disability.",
            "Health agencies should include the bruising protocol in the induction of all staff working with babies, including neonatal outreach nurses.",
            "The LSCB should ensure that the ICON programme on coping with crying is offered to both parents of every baby leaving the neonatal unit."], "enum"),
    ],
}

# ---------- V8: Pennock Moor: hand-written RTF -> LibreOffice Writer (PDF), Word-like numbered paragraphs and a table
V8 = {
    "file": "pennock-moor-cspr-child-j.pdf", "producer": "hand-written RTF -> LibreOffice Writer 7.4 (PDF export, untagged)",
    "features": ["a Word-era RTF written by hand (\\rtf1\\ansi, font and colour tables, \\header / \\footer with a PAGE field, "
                 "\\trowd tables) opened and exported by LibreOffice Writer, untagged, Liberation (Arial / Times metrics) fonts",
                 "cover page from centred RTF paragraphs, a page break (\\page) before the body",
                 "headings as bold 14 pt paragraphs with a bottom border (\\brdrb), numbered 'Section N:' typed in the text",
                 "learning as 'Key Learning N' bold run-in labels ending with a colon at the start of a paragraph",
                 "recommendations in an RTF table 'No.' / 'Recommendation' / 'Agency' with a shaded header row (\\clcbpat)",
                 "header 'OFFICIAL' right-aligned, footer 'Page N' (PAGE field)"],
    "cover": {"title": "Child Safeguarding Practice Review: Child J", "child_name": "Child J", "review_type": CSPR,
              "area": "Pennock Moor", "year": 2024, "partnership": "Pennock Moor Safeguarding Partnership",
              "author": "Independent reviewer: Alan Whitcombe", "date": "July 2024"},
    "blocks": [
        ("h1", "Section 1: Introduction", "introduction"),
        ("p", "This review was commissioned by Pennock Moor Safeguarding Partnership after Child J, aged nine, disclosed to a "
              "teacher that she had been sexually abused by her mother's partner over a period of two years. The partner "
              "was convicted in 2023. The rapid review identified that Child J had been seen by several agencies who had "
              "noticed changes in her behaviour."),
        ("h1", "Section 2: Methodology", "methodology"),
        ("p", "The review was led by an independent reviewer working with a panel drawn from the three safeguarding partners "
              "and education. It used agency chronologies, a practitioner event and a conversation with Child J's father, "
              "who now cares for her. Child J was asked whether she wanted to contribute and chose to draw a picture of the "
              "people who helped her."),
        ("h1", "Section 3: Background", "background"),
        ("p", "Child J lived with her mother, her mother's partner and two half-siblings. Her parents had separated when she was "
              "four and she saw her father every other weekend. Between 2020 and 2022 Child J was seen by the school nurse for "
              "wetting, by her general practitioner for recurrent urinary infections, and by the child and adolescent mental "
              "health service for anxiety."),
        ("h1", "Section 4: Findings", "findings"),
        ("p", "Each practitioner saw one sign and looked for an explanation in their own field. The general practitioner "
              "treated the infections, the school nurse gave advice about wetting, and the mental health service offered "
              "anxiety management. No one asked Child J directly whether anyone was hurting her."),
        ("h1", "Section 5: Key learning", "learning"),
        ("items", "learning", [
            "Signs of sexual abuse in children are often physical and behavioural at once, and each on its own has other explanations; practitioners need the confidence to consider abuse and to ask.",
            "Children rarely tell in words; changes in behaviour, wetting and anxiety can be the way a child tells.",
            "A parent's new partner who takes on a caring role should be part of every assessment of the household."], "runin"),
        ("h1", "Section 6: Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should deliver multi-agency training on recognising and responding to child sexual abuse, using the Centre of Expertise on Child Sexual Abuse's signs and indicators template.",
            "The integrated care board should audit how general practices respond to recurrent urinary infections in primary school children.",
            "The child and adolescent mental health service should ensure that assessments of anxiety in children include direct questions about safety at home.",
            "Schools should record and share with the designated safeguarding lead any disclosure-like statements, however indirect."], "table"),
        ("h1", "Section 7: Conclusion", "conclusion"),
        ("p", "Child J is doing well in her father's care. She told the reviewer that the teacher who listened to her was "
              "'the bravest person'. The partnership will publish a seven-minute briefing with this review."),
    ],
}

REPORTS = [V1, V2, V3, V4, V5, V6, V7, V8]
