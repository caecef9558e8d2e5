"""Batch 18 (issue 9 point 6, eighth fresh held-out batch, written before it was first run): eight invented reports.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch17_content.py (the truth is written by batch13.truth through batch14.for_truth): ("h1", heading, type[, accept]),
("h2", text) a sub-heading (no section of the truth), ("p", text), ("items", type, [texts], style), ("lpbox", text) one
learning point in a box, ("note", text) a footnote on the paragraph before; ^[text] inside a text is a note called there.
Item texts are without their printed numbers or labels. Welsh blocks ("cy", ...) of the bilingual report are printed
beside the English ones and are not in the truth (the truth holds the English sections and items).
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
INVENTED_CY = "Mae'r adolygiad hwn a phob person, lle a sefydliad ynddo wedi'u dyfeisio ar gyfer profi meddalwedd."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"

# ---------- Z1: Sandmere: LaTeX -> dvips -> ps2pdf with bitmap (Type 3) fonts; footnotes and endnotes
Z1 = {
    "file": "sandmere-scr-child-c.pdf", "producer": "latex + dvips + ps2pdf (Type 3 bitmap fonts)",
    "features": ["LaTeX (report-like article) through latex -> dvips -> ps2pdf (Ghostscript pdfwrite): T1-encoded EC fonts with no "
                 "Type 1 version installed, so every glyph is a Type 3 bitmap font (PK, 600 dpi) as in older published reviews",
                 "cover page (board, title, 'Overview Report', 'Independent author:', month year, invented note); no outline, untagged",
                 "numbered LaTeX sections '1 Introduction' in bold; footnotes at the page foot and endnotes (endnotes package) "
                 "collected under 'Notes' before the appendix",
                 "lessons as an enumerate list 'Lesson 1' .. labels, recommendations as an enumerate list '1.' ..",
                 "an 'Appendix A: Terms of reference' at the end"],
    "cover": {"title": "Serious Case Review: Child C",
              "truth_title": "Serious Case Review: Child C|Serious Case Review: Child C - Overview Report", "child_name": "Child C",
              "review_type": SCR, "area": "Sandmere", "year": 2018, "partnership": "Sandmere Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Sandmere Local Safeguarding Children Board decided in March 2017 that the circumstances of Child C met the criteria for "
              "a serious case review. Child C, a girl aged eleven, was admitted to hospital with severe malnutrition and untreated "
              "dental decay; she had not attended school for most of the previous year.^[Regulation 5 of the Local Safeguarding "
              "Children Boards Regulations 2006.]"),
        ("h1", "Methodology", "methodology"),
        ("p", "The review used a hybrid model. Each agency provided an individual management review and a chronology, and the "
              "independent author held a learning event with the practitioners who had worked with the family. Child C's mother "
              "met the author twice; her father did not respond to letters.^[The learning event took place on 14 September 2017.]"),
        ("h1", "Background", "background"),
        ("p", "Child C lived with her mother and two younger brothers. She was withdrawn from school in September 2016 for home "
              "education after a dispute about her attendance. The education welfare service closed its case when the letter of "
              "withdrawal was received, and the school nurse was not told.\\endnote{Home education was registered on the day the "
              "letter arrived; no visit was made until February 2017.}"),
        ("p", "The family's general practice saw the younger children for routine immunisations, but Child C was not brought to "
              "two dental appointments or to an asthma review. Each missed appointment was recorded as 'did not attend'."),
        ("h1", "Analysis", "findings"),
        ("p", "The review found that Child C became invisible to services once she left school. Each agency held a small part of "
              "the picture and none of them put it together.\\endnote{The term 'was not brought' is now used in Sandmere in place of "
              "'did not attend' for children.}"),
        ("h1", "Lessons learned", "learning"),
        ("items", "learning", [
            "Withdrawal from school for home education can remove a child from the view of every professional and should lead to a check on the child's welfare.",
            "A child who is repeatedly not brought to health appointments may be experiencing neglect, and the pattern needs to be looked at as a whole.",
            "Information about a child's health needs should be shared with the education service when a child leaves school."], "lesson"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The LSCB should ask the local authority to visit every child within four weeks of withdrawal from school for home education.",
            "The clinical commissioning group should issue guidance to general practices on children who are not brought to appointments.",
            "The school nursing service should be told whenever a child of school age is removed from a school roll.",
            "The LSCB should audit the progress of these recommendations within twelve months."], "enum"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child C is now living with her maternal aunt and attends a local secondary school. Her health has improved. The LSCB "
              "thanks her mother and the practitioners who took part in the review."),
        ("h1", "Notes", "other", ["appendix"]),
        ("h1", "Appendix A: Terms of reference", "appendix"),
        ("p", "The review considered the period from January 2015 to March 2017 and asked how agencies identified and responded to "
              "signs of neglect, how information was shared when Child C left school, and what the voice of the child told "
              "practitioners."),
    ],
}

# ---------- Z2: Fairley Cross: html2ps (Perl) -> ps2pdf, numbered headings and contents by html2ps
Z2 = {
    "file": "fairley-cross-cspr-child-b.pdf", "body_from": 3, "producer": "html2ps 1.0b7 -> ps2pdf (Ghostscript)",
    "features": ["plain HTML 3.2-style markup converted by html2ps 1.0 beta7 (Perl) to PostScript, then ps2pdf: standard Times / "
                 "Helvetica (not embedded), untagged, no outline",
                 "html2ps title page from the HTML (title, partnership, date, invented note), then a table of contents it generates "
                 "(page 2) with page numbers, then the body",
                 "headings numbered by html2ps ('1 Introduction'), running header with the document title and footer page number",
                 "learning as an <ol>, good practice as a <ul>, recommendations in a bordered <table> Recommendation | Lead agency "
                 "(html2ps draws the borders)"],
    "cover": {"title": "Child Safeguarding Practice Review: Child B", "child_name": "Child B", "review_type": CSPR,
              "area": "Fairley Cross", "year": 2024, "partnership": "Fairley Cross Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This local child safeguarding practice review was commissioned by the Fairley Cross Safeguarding Children Partnership "
              "after Child B, a boy aged three, was admitted to hospital in a coma in June 2023 having swallowed methadone at home. "
              "He made a full recovery."),
        ("h1", "Scope and methodology", "methodology"),
        ("p", "The review looked at agency involvement from Child B's birth to his admission. It followed the partnership's "
              "learning review model: agency reports, a practitioner workshop and a conversation with Child B's parents."),
        ("h1", "The family and the events", "background"),
        ("p", "Both of Child B's parents were in treatment for opiate use and were prescribed methadone to take at home. The drug "
              "service gave them a lockable box in 2021 but did not ask whether it was being used. The health visitor knew about the "
              "prescriptions and had discussed safe storage once, when Child B was a baby."),
        ("p", "In the spring of 2023 the family moved to a smaller flat. Their new key worker did not visit the home, and the "
              "health visiting service was not told of the move for three months."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Safe storage of prescribed opiates needs to be checked at home visits throughout a child's early years, not discussed once.",
            "A change of address is a time of raised risk in families where parents use substances, and agencies need to share it promptly.",
            "Adult treatment services should see the children of the adults they treat as part of their own responsibility."], "ol"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The ambulance crew recognised the signs of opiate poisoning quickly and gave naloxone at the scene.",
            "The paediatric team made a referral to children's social care on the day of admission."], "ul"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The drug and alcohol service should check safe storage at a home visit every six months for any parent prescribed take-home medication.",
            "The partnership should agree how a change of address for a family known to the drug service is shared with health visiting.",
            "Health visitors should ask to see where medicines are kept at every contact with a family where a parent is in treatment."], "table"),
    ],
}

# ---------- Z3: Tolworth Heath: Inkscape multi-page SVG learning brief
Z3 = {
    "file": "tolworth-heath-cspr-child-n-learning-brief.pdf", "body_from": 1, "producer": "Inkscape 1.2.2 (multi-page SVG)",
    "features": ["a learning brief drawn in Inkscape 1.2.2 as one multi-page SVG (inkscape:page) and exported with "
                 "'inkscape --export-type=pdf' (cairo): every line its own <text>, Liberation Sans embedded, untagged, no outline",
                 "page 1: a full-width coloured title band (white title, partnership, date), then section headings as white text "
                 "on coloured bars (a drawn rect behind each heading)",
                 "bullets drawn as filled circles (paths), not glyphs; numbered recommendations as numbers in drawn circles",
                 "page 2 in two columns of fixed width (learning left, good practice and recommendations right)",
                 "footer line with the partnership name and page number on each page"],
    "cover": {"title": "Learning Brief: Child N", "child_name": "Child N", "review_type": CSPR,
              "area": "Tolworth Heath", "year": 2025, "partnership": "Tolworth Heath Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Why we did this review", "introduction"),
        ("p", "Child N was fourteen when she was seriously assaulted by an older boy she had met online. She had been known to "
              "children's social care since the age of nine. This brief sets out the learning from the local child safeguarding "
              "practice review for everyone who works with children in Tolworth Heath."),
        ("h1", "What happened", "background"),
        ("p", "Child N's school made four referrals about her in 2024, each about a different worry: self-harm, missing lessons, "
              "an older boyfriend and images shared on her phone. Each referral was screened on its own and did not meet the "
              "threshold for an assessment. Her mother asked for help twice and was signposted to a parenting course."),
        ("h1", "What we learned", "learning"),
        ("items", "learning", [
            "Referrals about the same child need to be read together so that the pattern of concern is seen.",
            "A parent who asks for help with a teenager's safety outside the home is a partner in protecting the child.",
            "Harm that starts online can move offline quickly, and practitioners need to ask young people about their online lives."], "dots"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The school's designated safeguarding lead kept a clear record that let the review see the whole picture.",
            "The police gathered digital evidence quickly and the boy was charged within a week."], "dots"),
        ("h1", "What we will do", "recommendations"),
        ("items", "recommendations", [
            "The front door service will look at the last twelve months of contacts before deciding on any new referral.",
            "The partnership will publish guidance on working with parents when risk comes from outside the home.",
            "Schools will include online safety in every conversation about a child's wellbeing plan."], "circled"),
    ],
}

# ---------- Z4: Afon Cleddau: Welsh / English parallel columns (pdflatex + paracol)
Z4 = {
    "file": "afon-cleddau-cpr-child-w.pdf", "body_from": 1, "producer": "pdflatex + paracol (Welsh / English parallel columns)",
    "features": ["a bilingual Child Practice Review as Welsh public bodies publish it: Welsh on the left, English on the right, "
                 "paragraph by paragraph in parallel columns (LaTeX paracol, \\switchcolumn*), pdflatex, Latin Modern, untagged",
                 "no cover page: a bilingual title block spanning both columns (board, 'Adolygiad Ymarfer Plant / Child Practice "
                 "Review', child, reference, date of publication)",
                 "Welsh concise CPR template headings numbered '1', '2' .. in each language at the same height",
                 "learning and actions as numbered lists in both columns; footer 'Tudalen / Page N'",
                 "the truth holds the English sections and items; the Welsh column says the same"],
    "cover": {"title": "Child Practice Review: Child W", "child_name": "Child W", "review_type": CPR,
              "area": "Afon Cleddau", "year": 2025, "partnership": "Afon Cleddau Regional Safeguarding Board"},
    "blocks": [
        ("h1", "1 Brief outline of circumstances resulting in the Review", "introduction", ["background"]),
        ("cy", "1 Amlinelliad byr o'r amgylchiadau a arweiniodd at yr Adolygiad"),
        ("p", "The Afon Cleddau Regional Safeguarding Board commissioned this concise Child Practice Review after Child W, aged "
              "eight months, was admitted to hospital with a skull fracture in October 2024. Her parents gave no explanation."),
        ("cyp", "Comisiynodd Bwrdd Diogelu Rhanbarthol Afon Cleddau yr Adolygiad Ymarfer Plant cryno hwn ar \u00f4l i Blentyn W, "
                "wyth mis oed, gael ei derbyn i'r ysbyty gyda thoriad i'r benglog ym mis Hydref 2024."),
        ("p", "Child W lived with her mother, aged nineteen, and her father, aged twenty-three, in a one-bedroom flat. The family "
              "had been moved there by the housing service two months before her birth. Her father had been in care as a child "
              "and had a conviction for assault in 2019, which was not known to the midwife or the health visitor."),
        ("cyp", "Roedd Plentyn W yn byw gyda'i mam, pedair ar bymtheg oed, a'i thad, tair ar hugain oed, mewn fflat un ystafell "
                "wely. Roedd y gwasanaeth tai wedi symud y teulu yno ddeufis cyn ei geni. Roedd ei thad wedi bod mewn gofal "
                "fel plentyn ac roedd ganddo euogfarn am ymosod yn 2019, nad oedd y fydwraig na'r ymwelydd iechyd yn gwybod amdani."),
        ("p", "The mother told the health visitor at the six-week check that the family were behind with the rent and that the "
              "baby cried a great deal. She was given advice about crying and coping, and a leaflet. The father was at work and "
              "was not seen by any health professional after the birth."),
        ("cyp", "Dywedodd y fam wrth yr ymwelydd iechyd yn yr archwiliad chwe wythnos fod y teulu ar ei h\u00f4l hi gyda'r rhent a "
                "bod y babi'n crio llawer. Cafodd gyngor am grio ac ymdopi, a thaflen. Roedd y tad yn y gwaith ac ni welodd "
                "unrhyw weithiwr iechyd proffesiynol ef ar \u00f4l y geni."),
        ("h1", "2 Practice and organisational learning", "learning", ["findings"]),
        ("cy", "2 Dysgu ymarfer a sefydliadol"),
        ("p", "The review panel identified the following learning."),
        ("cyp", "Nododd panel yr adolygiad y dysgu canlynol."),
        ("items", "learning", [
            "Stress in the household, such as debt and overcrowding, should be discussed openly with parents of babies.",
            "A baby's father needs to be included in antenatal and postnatal contacts and his history known.",
            "Professionals need to share what they know about a family's housing and money problems with the health visitor."], "enum"),
        ("cyitems", [
            "Dylid trafod straen yn y cartref, fel dyled a gorlenwi, yn agored gyda rhieni babanod.",
            "Mae angen cynnwys tad y babi mewn cysylltiadau cyn ac ar \u00f4l y geni a gwybod ei hanes.",
            "Mae angen i weithwyr proffesiynol rannu'r hyn a wyddant am broblemau tai ac arian teulu gyda'r ymwelydd iechyd."]),
        ("h1", "3 Improving systems and practice", "recommendations"),
        ("cy", "3 Gwella systemau ac ymarfer"),
        ("p", "In order to promote the learning from this case the review identified the following actions."),
        ("cyp", "Er mwyn hybu'r dysgu o'r achos hwn nododd yr adolygiad y camau gweithredu canlynol."),
        ("items", "recommendations", [
            "The health board should make sure that midwives and health visitors record the father's details at every contact.",
            "The Board should produce a short guide for practitioners on talking with parents about money worries.",
            "The local authority housing service should tell the health visitor when a family with a baby is placed in temporary housing."], "enum"),
        ("cyitems", [
            "Dylai'r bwrdd iechyd sicrhau bod bydwragedd ac ymwelwyr iechyd yn cofnodi manylion y tad ym mhob cyswllt.",
            "Dylai'r Bwrdd gynhyrchu canllaw byr i ymarferwyr ar siarad \u00e2 rhieni am bryderon ariannol.",
            "Dylai gwasanaeth tai'r awdurdod lleol ddweud wrth yr ymwelydd iechyd pan fydd teulu \u00e2 babi yn cael ei roi mewn llety dros dro."]),
        ("h1", "4 Statement by Reviewer", "other"),
        ("cy", "4 Datganiad gan yr Adolygydd"),
        ("p", "I confirm that I have had no involvement with the family or the agencies in this review and that the review was "
              "carried out in line with the guidance."),
        ("cyp", "Rwy'n cadarnhau nad wyf wedi ymwneud \u00e2'r teulu na'r asiantaethau yn yr adolygiad hwn a bod yr adolygiad wedi'i "
                "gynnal yn unol \u00e2'r canllawiau."),
    ],
}

# ---------- Z5: Ashbury Vale: Word-like form template, everything in table cells, landscape action plan appendix, PDF/A
Z5 = {
    "file": "ashbury-vale-lcspr-child-t.pdf", "producer": "LibreOffice 7.4 (flat ODT, tables), PDF/A-2b export",
    "features": ["a Word-form look: every section of the report is a row of a two-column table, the heading in a shaded left "
                 "cell and the text in the right cell (flat ODT written by hand, LibreOffice 7.4)",
                 "exported by LibreOffice as PDF/A-2b (SelectPdfVersion 2: XMP metadata, embedded fonts, tagged as PDF/A requires)",
                 "cover table with the partnership, title, 'Date of publication' and 'Lead reviewer' in label / value cells",
                 "learning as bullets inside the right-hand cell",
                 "recommendations only in an A4 landscape appendix page: an action plan table No. | Recommendation | Action | "
                 "Lead | By when"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child T", "child_name": "Child T", "review_type": CSPR,
              "area": "Ashbury Vale", "year": 2026, "partnership": "Ashbury Vale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This review concerns Child T, a boy aged thirteen with autism, who was found by his mother with a ligature in his "
              "bedroom in May 2025. He survived. The Ashbury Vale Safeguarding Children Partnership agreed a local child "
              "safeguarding practice review after a rapid review in June 2025."),
        ("h1", "Methodology", "methodology"),
        ("p", "The lead reviewer read agency records, met Child T and his mother at home, and held a reflective session with "
              "practitioners from the school, the neurodevelopmental service, the mental health service and children's social care."),
        ("h1", "Background", "background"),
        ("p", "Child T was diagnosed with autism at the age of ten. He found the move to secondary school very hard and stopped "
              "attending in the autumn of 2024. His mother asked the school, the GP and the mental health service for help. Each "
              "service thought that another was leading, and the family waited eleven weeks for an assessment."),
        ("h1", "Findings and learning", "learning", ["findings"]),
        ("items", "learning", [
            "Autistic children may show distress and suicidal thoughts differently, and practitioners need training to recognise it.",
            "When a child stops attending school because of anxiety, the school and health services need to agree who leads.",
            "Waiting times for mental health assessment are a risk in themselves and families need support while they wait."], "bullets"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child T now attends a specialist provision part time and is supported by the mental health service. The partnership "
              "has accepted the recommendations in the action plan at Appendix 1."),
        ("h1", "Appendix 1: Action plan", "recommendations", ["appendix"]),
        ("items", "recommendations", [
            "The partnership should make training on autism and suicide risk available to all frontline practitioners.",
            "Schools and the mental health service should agree a lead professional when a child is out of school because of anxiety.",
            "The integrated care board should offer support to families while a child waits for a mental health assessment.",
            "Children's social care should consider an early help assessment for any child with autism who is out of school for four weeks."], "table"),
    ],
}

# ---------- Z6: Brantham Marsh: MuPDF's own HTML layout engine (mutool convert from XHTML)
Z6 = {
    "file": "brantham-marsh-lcspr-jacob.pdf", "body_from": 1, "producer": "mutool convert 1.21 (MuPDF HTML/CSS engine)",
    "features": ["XHTML + CSS laid out by MuPDF's own HTML engine (the one it uses for EPUB) via 'mutool convert -o x.pdf r.xhtml', "
                 "untagged, no outline, Charis SIL / Noto fonts built into MuPDF",
                 "no cover: title, partnership, 'Published' and invented note at the top of page 1",
                 "question headings in small capitals with a bottom border ('What was life like for Jacob?')",
                 "learning as paragraphs each opening with a bold lead-in sentence inside a left-bordered block; recommendations as a "
                 "table Recommendation | Who | When with a shaded header row",
                 "no running header or page numbers (MuPDF convert prints none)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Jacob", "child_name": "Jacob", "review_type": CSPR,
              "area": "Brantham Marsh", "year": 2025, "partnership": "Brantham Marsh Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Why was this review carried out?", "introduction"),
        ("p", "Jacob was seventeen when he died in a road traffic collision in January 2025 while being chased by young men who "
              "had threatened him. He had been a child in care for two years. The Brantham Marsh Safeguarding Children Partnership "
              "carried out this review to understand how the risks to Jacob were known and managed."),
        ("h1", "What was life like for Jacob?", "background"),
        ("p", "Jacob loved music and was proud of his younger sister. He moved placement six times in two years, twice to other "
              "counties, and each move took him away from the youth worker he trusted. He told his social worker that he owed money "
              "to people in the town and was frightened of them."),
        ("p", "A strategy discussion about exploitation was held in October 2024. It agreed a plan, but Jacob was moved again "
              "before the plan started, and the receiving area was not told about the risks."),
        ("h1", "What did we learn?", "learning"),
        ("items", "learning", [
            "Moving a child to keep him safe can cut him off from the adults he trusts. Placement decisions should weigh the loss of those relationships.",
            "A debt to people who exploit a child is a serious threat to his safety. It should be treated as a risk of harm, not as a money problem.",
            "Plans must travel with the child. The area a child moves to needs the full picture of risk on the day he arrives."], "leadin"),
        ("h1", "What needs to change?", "recommendations"),
        ("items", "recommendations", [
            "Children's social care should hold a placement stability meeting before any move of a child at risk of exploitation.",
            "The partnership should issue guidance on responding when a child says he is in debt to others.",
            "Local authorities should share the exploitation risk assessment with the receiving area before a child moves."], "table"),
    ],
}

# ---------- Z7: Holmesdale: Perl PDF::API2, numbers and item labels hung in the left margin
Z7 = {
    "file": "holmesdale-cspr-baby-r.pdf", "producer": "PDF::API2 2.044 (Perl)",
    "features": ["a Perl program on PDF::API2 2.044, core fonts Helvetica / Helvetica-Bold (not embedded), untagged, no outline; "
                 "every line placed by the script",
                 "cover page: partnership line over a drawn rule, title, 'Overview report', 'Published:' and 'Reviewer:' lines",
                 "headings with their number hung in the left margin (number at x = 50, heading text at x = 100, 13 pt bold)",
                 "learning items labelled 'L1' .. 'L3' and recommendations 'R1' .. 'R4' in the left margin beside the text "
                 "(text block at x = 100); good practice items '+' in the margin",
                 "header 'Holmesdale Safeguarding Children Partnership' and footer 'Baby R | N' from page 2"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby R",
              "truth_title": "Child Safeguarding Practice Review: Baby R|Child Safeguarding Practice Review: Baby R - Overview report",
              "child_name": "Baby R", "review_type": CSPR, "area": "Holmesdale", "year": 2026,
              "partnership": "Holmesdale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Baby R died suddenly at the age of seven weeks in September 2025 while sleeping on a sofa with her father, who had "
              "been drinking. The Holmesdale Safeguarding Children Partnership decided that a local child safeguarding practice "
              "review would help agencies understand how safer sleep advice is given to families under stress."),
        ("h1", "How the review was done", "methodology"),
        ("p", "The reviewer read the records of the maternity service, the health visiting service, the GP practice and the "
              "police, and met the practitioners in two workshops. Baby R's mother contributed to the review."),
        ("h1", "Baby R and her family", "background"),
        ("p", "Baby R was her parents' first child. Her father had lost his job during the pregnancy and the family had rent arrears. "
              "Safer sleep advice was given by the midwife on the postnatal ward and again by the health visitor at the new birth "
              "visit, both times to the mother alone. The father told the review that nobody had talked to him about it."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Safer sleep advice needs to be given to both parents and to anyone else who cares for the baby at night.",
            "Advice works best when it is linked to the family's actual circumstances, including alcohol use and where the baby sleeps when plans change.",
            "Financial stress and loss of work increase the risks around infant sleep and should prompt a fresh conversation."], "margin"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The ambulance service and police followed the sudden unexpected death in infancy protocol carefully and kindly.",
            "The health visitor made a follow-up call to the mother on the day after the death."], "margin"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Maternity and health visiting services should give safer sleep advice to both parents and record who was present.",
            "The partnership should update its safer sleep guidance to cover planned and unplanned changes to sleeping arrangements.",
            "Health visitors should ask about alcohol and drug use by both parents at the new birth visit.",
            "The partnership should run a campaign aimed at fathers about safer sleep."], "margin"),
    ],
}

# ---------- Z8: Orrisdale Vale: Scribus 1.5.8 (desktop publishing), two-column linked text frames, a recommendations box
Z8 = {
    "file": "orrisdale-vale-lcspr-child-d.pdf", "body_from": 1, "producer": "Scribus 1.5.8 (Python scripter, headless under Xvfb)",
    "features": ["desktop-published in Scribus 1.5.8, built by its Python scripter ('scribus -g -ns -py', under xvfb-run) and "
                 "exported by the Scribus PDF library: Liberation Sans / Serif embedded, untagged, no outline",
                 "no cover: a masthead text frame over a coloured rectangle (partnership, title, subtitle, date) on page 1",
                 "the body one story flowing through two linked two-column text frames (page 1 under the masthead, page 2)",
                 "headings are runs set bold, coloured and larger by character formatting inside the story (no styles, no tags)",
                 "learning as paragraphs starting 'Learning point N:' in bold; good practice as '\u2713' tick paragraphs",
                 "recommendations in a separate shaded text frame (a sidebar box) at the foot of page 2, outside the story's flow",
                 "footer frames 'Orrisdale Vale SCP' and the page number"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child D", "child_name": "Child D", "review_type": CSPR,
              "area": "Orrisdale Vale", "year": 2026, "partnership": "Orrisdale Vale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This review was commissioned by the Orrisdale Vale Safeguarding Children Partnership after Child D, a girl aged "
              "five, was found to have been living with serious neglect in a home that several professionals had visited. She had "
              "head lice, untreated eczema and speech far below what is expected at her age, and the house had no working cooker."),
        ("h1", "How the review was carried out", "methodology"),
        ("p", "The independent reviewer read the records of nine agencies, met Child D's grandmother, and held a learning event "
              "attended by twenty-two practitioners. Child D's parents did not wish to take part."),
        ("h1", "Background", "background"),
        ("p", "Child D lived with her parents and her older brother. Both parents have learning difficulties. The family were "
              "known to early help from 2021, when the nursery raised concerns about Child D's hygiene and speech. Three "
              "assessments were completed in three years, each by a different worker, and each was closed when the family's "
              "circumstances seemed to improve for a short time."),
        ("p", "Housing officers visited the home four times about repairs. They saw the state of the kitchen and the children's "
              "bedrooms but did not think it was their role to report it. The school nurse offered a health assessment that the "
              "parents did not take up."),
        ("h1", "Findings", "findings"),
        ("p", "The review found a familiar pattern of start-again assessments. Each worker saw a family who were trying, and no one "
              "looked at the history to see that improvements did not last."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Neglect is usually cumulative, and assessments need to look at the family's history, not only the present.",
            "Parents with learning difficulties may need support adapted to their needs to make lasting changes.",
            "Every practitioner who enters a family home, including housing staff, has a part to play in noticing neglect."], "lplabel"),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "The nursery kept careful records of Child D's presentation over time.",
            "Her grandmother was involved quickly once the concerns were escalated and Child D now lives with her."], "tick"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should make the graded care profile the expected tool for assessing neglect.",
            "Children's social care and early help should read the full history before starting any new assessment.",
            "The housing service should train its officers to recognise and report signs of neglect.",
            "Adult learning disability services should be invited to child protection meetings where a parent has a learning disability."], "boxnum"),
    ],
}

REPORTS = [Z1, Z2, Z3, Z4, Z5, Z6, Z7, Z8]
