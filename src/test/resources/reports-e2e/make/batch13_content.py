"""Batch 13 (issue 9 point 6, held out, written before it was first run): eight invented reports, content and truth.

Every child, family, area, partnership, agency and person here is invented for software testing. Each report is a
cover dict plus blocks; the truth (texts, types, metadata) comes from these blocks, pages are read back from the
rendered PDF (`batch13.py`). Block kinds: ("h1", heading, type[, accept_types]) a section, ("h2", text) a sub-heading
inside a section (not a section of the truth), ("p", text), ("quote", text) a pull quote (no item),
("items", type, [texts], style[, extra columns...]), ("break",) a page break, ("note", text) a footnote on the
paragraph before, ("abbr", [(short, long)...]) an abbreviations list, ("raw", producer-specific).
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"

# ---------- T1: Brackenhurst: groff -ms -Tpdf, Times with fi/fl ligatures, .NH numbered headings, lettered recommendations
T1 = {
    "file": "brackenhurst-cspr-child-r.pdf", "producer": "groff -ms -Tpdf",
    "features": ["groff ms macros (-Tpdf, gropdf), Times Roman with fi / fl ligature glyphs, untagged, no outline",
                 "report cover page (.RP) with title, author and institution lines", "numbered bold headings '1. Introduction' in the body size (.NH)",
                 "learning as hanging bullet paragraphs (.IP \\(bu)", "recommendations lettered '(a)', '(b)', '(c)' (.IP)",
                 "one footnote (.FS/.FE)", "centred page number header '- N -'"],
    "cover": {"title": "Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
              "area": "Brackenhurst", "year": 2025, "partnership": "Brackenhurst Safeguarding Children Partnership"},
    "author": "Fiona Halloway-Fleet, independent reviewer", "date": "Published: 14 October 2025",
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child R was nine years old when she was found to have been living in a home without heating, food or working "
              "sanitation for several months in the winter of 2024. Her father had a significant drinking problem and her "
              "mother had left the family home. This review was commissioned by the Brackenhurst Safeguarding Children "
              "Partnership after a rapid review found that there were lessons for the way agencies identify neglect."),
        ("h1", "Methodology", "methodology"),
        ("p", "The reviewer read chronologies from five agencies, spoke with the practitioners who knew the family and met Child R's "
              "maternal grandmother. The review followed a systems approach and looked at the reasons for the decisions made."),
        ("note", "The chronologies covered the period from January 2023 to February 2024."),
        ("h1", "Background", "background"),
        ("p", "Child R attended her local primary school, where staff noticed that she was often hungry and that her clothes were "
              "unwashed. The school offered breakfast club and filed concerns on its own system. The family's GP saw the father "
              "twice for alcohol-related illness and did not ask about his daughter. A housing officer visited the flat about "
              "a faulty boiler and found the door unanswered."),
        ("h1", "Findings", "findings"),
        ("p", "Each agency held a fragment of the picture. Concerns about Child R's hunger and hygiene were treated as school "
              "matters, the father's drinking as a health matter and the boiler as a housing matter. Nobody used the neglect "
              "toolkit, and no referral was made to children's social care until the school found Child R asleep in a cold "
              "classroom after the holidays."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Neglect is rarely one event; it is found by putting small concerns side by side over time.",
            "A parent's drinking should lead every professional to ask who else lives in the home and who looks after the children.",
            "A home visit that finds nobody in should be followed up, especially in winter, and the school told.",
            "The neglect toolkit is most useful when it is used early and shared between the agencies that know the family."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should relaunch the neglect toolkit with training for school staff, GPs and housing officers.",
            "GP practices should record whether a patient with an alcohol problem has children living with them.",
            "Housing providers should tell the school or children's social care when a family with children cannot be reached about a repair."], "lettered"),
    ],
}

# ---------- T2: Ormsby Vale: lualatex + fontspec (Liberation Serif TrueType), footnotes, learning table, long abbreviations appendix
T2 = {
    "file": "ormsby-vale-lcspr-finley.pdf", "producer": "lualatex",
    "features": ["LuaLaTeX with fontspec: Liberation Serif / Liberation Sans TrueType fonts, common ligatures (fi, fl, ff)",
                 "numbered sections and subsections (1, 2.1) in sans bold", "several real footnotes at the page bottom",
                 "learning in a two-column ruled table 'Learning | What this means for practice' (item = the Learning cell)",
                 "numbered recommendations", "long appendix of agency abbreviations (two-column table over most of a page)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Finley", "child_name": "Finley", "review_type": CSPR,
              "area": "Ormsby Vale", "year": 2026, "partnership": "Ormsby Vale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Finley was fifteen when he was seriously injured in a stabbing in the town centre in the summer of 2025. He had been "
              "excluded from school the previous year and was known to the youth justice service. This review looks at how "
              "agencies responded to the risk of criminal exploitation in the eighteen months before the incident."),
        ("note", "The review was carried out under the statutory guidance for local child safeguarding practice reviews."),
        ("h1", "Terms of reference and scope", "methodology"),
        ("p", "The review covered the period from January 2024 to July 2025. Practitioners from the school, the pupil referral unit, "
              "the youth justice service, the police and the local authority's exploitation team took part in two learning "
              "sessions. Finley's mother was offered the chance to contribute and shared her views by telephone."),
        ("h1", "The circumstances of the review", "background"),
        ("p", "Finley lived with his mother and two older brothers. After his exclusion he attended a pupil referral unit for "
              "two hours a day. He was found twice in another county with large amounts of cash, and each time he was returned "
              "home by the police without a return home interview."),
        ("note", "A return home interview is offered to every child who has been missing from home or care."),
        ("h1", "Analysis of practice", "findings"),
        ("p", "The signs of criminal exploitation were recorded by several agencies but were not brought to a multi-agency "
              "exploitation meeting until four months before the stabbing. Finley was seen as an offender rather than a child "
              "at risk, and the reduced timetable left him unsupervised for most of each school day."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "A reduced timetable leaves a child without supervision for much of the day and can increase the risk of exploitation.",
            "Being found far from home with cash is a sign of exploitation and needs a safeguarding response, not only a criminal one.",
            "Every missing episode should lead to a return home interview, even when the child is returned quickly.",
            "Language that describes children as choosing a lifestyle hides the adults who are exploiting them."], "table",
         ["Schools and alternative provision should plan what the child does for the rest of the day.",
          "Police officers should make a referral to the exploitation team each time.",
          "The missing children coordinator should check that interviews are completed.",
          "Records and meetings should describe the child as a victim of exploitation."]),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should set a limit on how long a child can be on a reduced timetable without a multi-agency review.",
            "Police custody and response officers should refer every child found out of area with cash to the exploitation team.",
            "The local authority should report each quarter on how many return home interviews are offered and completed.",
            "The partnership should publish guidance on language used about children who are exploited."], "numbered"),
        ("h1", "Appendix: Abbreviations", "appendix", ["other"]),
        ("abbr", [("AP", "Alternative provision"), ("CAMHS", "Child and adolescent mental health services"), ("CCE", "Child criminal exploitation"),
                  ("CSC", "Children's social care"), ("CSE", "Child sexual exploitation"), ("DSL", "Designated safeguarding lead"),
                  ("EHCP", "Education, health and care plan"), ("LCSPR", "Local child safeguarding practice review"),
                  ("MACE", "Multi-agency child exploitation meeting"), ("MASH", "Multi-agency safeguarding hub"), ("NRM", "National referral mechanism"),
                  ("OVSCP", "Ormsby Vale Safeguarding Children Partnership"), ("PRU", "Pupil referral unit"), ("RHI", "Return home interview"),
                  ("SEND", "Special educational needs and disabilities"), ("YJS", "Youth justice service")]),
    ],
}

# ---------- T3: Fernleigh: Chromium designed brochure, three columns, coloured full-width bands, side panels, big pull quotes
T3 = {
    "file": "fernleigh-cspr-amelia.pdf", "producer": "chromium", "columns": True,
    "features": ["Chromium; InDesign-like brochure: body in three CSS columns on every page",
                 "section headings as white text in coloured full-width bands across the three columns",
                 "sub-headings in the body size, coloured, not bold", "a 'Key facts' side panel box with a fill",
                 "big pull quotes spanning the columns (not items)", "learning bullets with coloured squares; numbered recommendations",
                 "cover: full-bleed colour with the title in white"],
    "cover": {"title": "Child Safeguarding Practice Review: Amelia", "child_name": "Amelia", "review_type": CSPR,
              "area": "Fernleigh", "year": 2025, "partnership": "Fernleigh Children's Safeguarding Partnership"},
    "blocks": [
        ("h1", "About Amelia", "background"),
        ("p", "Amelia was eleven years old and lived with her father and her stepmother. She loved drawing and was described by "
              "her teachers as quiet and kind. She had lived with her mother until she was eight, when her mother went into a "
              "psychiatric hospital."),
        ("h2", "The family's history"),
        ("p", "Her father's previous partner had reported him to the police for violence in 2019. This was not known to the "
              "school, which saw him as a caring parent who came to every meeting."),
        ("raw", "panel"),
        ("p", "In the autumn of 2024 Amelia told a teaching assistant that she was frightened of going home. The school spoke "
              "to her father, who said she was upset about a new baby. Two months later Amelia was taken to hospital with a "
              "broken arm and bruising to her back."),
        ("h1", "Why we carried out this review", "introduction"),
        ("p", "The Fernleigh Children's Safeguarding Partnership decided to carry out this review because the injuries were "
              "serious and because Amelia had told an adult that she was frightened. The review wanted to understand why what "
              "she said did not lead to a referral."),
        ("quote", "\u201cI told them I didn't want to go home. They rang my dad.\u201d"),
        ("break",),
        ("h1", "What we found", "findings"),
        ("p", "When Amelia spoke, the school's response was to ask her father. The designated safeguarding lead was on leave, "
              "and the teaching assistant did not know she could make a referral herself. The history of violence was held by "
              "the police and had never been shared, because nobody had asked."),
        ("h2", "Hearing the child"),
        ("p", "Practitioners said they did not want to make things worse for Amelia at home. The review heard that staff had no "
              "shared understanding of what to do when a child says she is frightened of a parent."),
        ("h1", "What we learned", "learning"),
        ("items", "learning", [
            "When a child says she is frightened to go home, the first call should not be to the adult she is frightened of.",
            "Every member of school staff can make a referral and should know how to do it.",
            "A parent who attends every meeting can still be a risk to the child at home.",
            "A new baby or a new partner in the household is a time to look again at what we know."], "squares"),
        ("quote", "\u201cWe all liked her dad. That was part of the problem.\u201d"),
        ("h1", "What will change", "recommendations"),
        ("items", "recommendations", [
            "Schools should make sure every member of staff has had training on making a referral in the last year.",
            "The partnership should publish a simple guide for staff on what to do when a child says she is frightened of a parent.",
            "The police should share relevant domestic abuse history with schools through the existing notification scheme.",
            "The partnership should check in a year's time that these changes have been made."], "numbered"),
    ],
}

# ---------- T4: Hadleigh Marsh: Word-like DOCX, Heading 1-3 numbered 1 / 1.1 / 1.1.1 by Word numbering, table over a page break
T4 = {
    "file": "hadleigh-marsh-cspr-child-s.pdf", "producer": "libreoffice (tagged)",
    "features": ["hand-written DOCX -> LibreOffice, tagged PDF export",
                 "Heading 1 / 2 / 3 numbered '1', '1.1', '1.1.1' by multi-level Word list numbering (the numbers are not text)",
                 "learning points as Heading 3 sub-headings '4.2.1 ...' each followed by a paragraph (item = the paragraph)",
                 "recommendations in a table 'No. | Recommendation | Lead agency | Timescale' that runs over a page break, header row repeated",
                 "Carlito asked for, DejaVu Sans substituted by LibreOffice (Carlito not installed); header 'OFFICIAL', footer 'Page N of M'"],
    "cover": {"title": "Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
              "area": "Hadleigh Marsh", "year": 2026, "partnership": "Hadleigh Marsh Safeguarding Children Partnership"},
    "cover_lines": ["Hadleigh Marsh Safeguarding Children Partnership", "Child Safeguarding Practice Review: Child S",
                    "Date of publication: 9 January 2026", "Lead reviewer: Owain Treharne"],
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("h2", "Why this review was carried out"),
        ("p", "Child S is a twelve-year-old boy with autism and a learning disability who attended a residential special school "
              "seventy miles from home. In March 2025 he was found to have been restrained by staff more than forty times in "
              "six months, and to have lost a significant amount of weight."),
        ("h2", "Scope of the review"),
        ("p", "The review considered the period from September 2024 to March 2025 and the work of the placing local authority, "
              "the school, the health services in both areas and the regulator."),
        ("h1", "Process of the review", "methodology"),
        ("p", "The reviewer held conversations with practitioners, read the school's restraint records and met Child S's parents. "
              "Child S was visited by an advocate who helped him share his views with pictures."),
        ("h1", "Background", "background"),
        ("p", "Child S's parents had asked for a placement closer to home. The school sent termly reports saying he was settled. "
              "The restraint records were sent to the local authority each month, but nobody read them against the reports. "
              "His parents noticed he had lost weight at Christmas and were told he was going through a growth spurt."),
        ("p", "The local authority's social worker visited twice in six months and saw Child S in a classroom with staff present. "
              "The health team in the school's area did not know he was there, because the placing area had not notified them."),
        ("h1", "Findings and learning", "learning", ["findings"]),
        ("h2", "Findings"),
        ("p", "The oversight of a child placed far from home depended on paperwork that was received but not read. Visits were "
              "arranged in advance and Child S was never seen alone. His parents' worries were explained away."),
        ("p", "The school's own safeguarding lead had raised the number of restraints with the head teacher, who regarded them as "
              "a sign that Child S was unsettled after the summer. The regulator's inspection in the autumn looked at a sample of "
              "records that did not include Child S. Each agency relied on another to hold the whole picture, and the placing "
              "authority's commissioning team, which monitored the contract, was not told of the restraint figures at all."),
        ("p", "Practitioners who took part in the review described a system in which the distance between home and placement "
              "made every contact harder: visits took a whole day, meetings were held by telephone and the child's voice was "
              "reported by the staff who restrained him."),
        ("h2", "Learning points"),
        ("raw", "h3 Reading records"),
        ("items", "learning", [
            "Restraint records are evidence about a child's safety and must be read by someone who knows the child, alongside the school's reports."], "h3paras"),
        ("raw", "h3 Seeing the child"),
        ("items", "learning", [
            "A disabled child who does not speak needs to be seen alone and with someone who knows how he communicates."], "h3paras"),
        ("raw", "h3 Listening to parents"),
        ("items", "learning", [
            "Parents' worries about weight loss or changes in behaviour are often the first sign that something is wrong in a placement."], "h3paras"),
        ("raw", "h3 Telling the local health team"),
        ("items", "learning", [
            "The health services where a child is placed must be told, so that someone local can act on concerns."], "h3paras"),
        ("h1", "Recommendations", "recommendations"),
        ("p", "The review makes five recommendations. They are set out below with the lead agency and the timescale agreed by the partnership."),
        ("items", "recommendations", [
            "The local authority should appoint a named officer to read and analyse restraint records for every child placed in a residential school.",
            "Social workers should see each child placed in a residential school alone at least once a term, with an advocate where the child needs one.",
            "The partnership should agree with neighbouring partnerships how health services are told when a child is placed in their area.",
            "The local authority should meet parents of children placed far from home every term to hear their views.",
            "The partnership should audit the oversight of children in residential special schools within twelve months."], "table",
         ["Hadleigh Marsh Council children's services", "Hadleigh Marsh Council children's services", "Hadleigh Marsh Safeguarding Children Partnership",
          "Hadleigh Marsh Council children's services", "Hadleigh Marsh Safeguarding Children Partnership"],
         ["3 months", "From April 2026", "6 months", "From April 2026", "12 months"]),
    ],
}

# ---------- T5: Cwm Aeron: Welsh bilingual two-column page (Welsh left, English right), Chromium tagged
T5 = {
    "file": "cwm-aeron-cpr-child-g.pdf", "producer": "chromium", "columns": True,
    "features": ["Chromium; bilingual Welsh / English report, Welsh in the left column and English in the right on every page (CSS grid, one row per block)",
                 "bilingual cover with both titles; headings side by side 'Cyflwyniad | Introduction'",
                 "Welsh concise Child Practice Review template sections", "learning and actions as bullets / numbered lists in both languages (items = the English ones)"],
    "cover": {"title": "Concise Child Practice Review: Child G", "child_name": "Child G", "review_type": CPR,
              "area": "Cwm Aeron", "year": 2024, "partnership": "Cwm Aeron Regional Safeguarding Board"},
    "cover_cy": ["Bwrdd Diogelu Rhanbarthol Cwm Aeron", "Adolygiad Ymarfer Plant Cryno: Plentyn G"],
    "blocks": [
        ("h1", "Introduction", "introduction", None, "Cyflwyniad"),
        ("p", "Cwm Aeron Regional Safeguarding Board commissioned this concise child practice review after Child G, aged four, was "
              "admitted to hospital with a head injury in 2023.",
         "Comisiynodd Bwrdd Diogelu Rhanbarthol Cwm Aeron yr adolygiad ymarfer plant cryno hwn ar \u00f4l i Blentyn G, pedair oed, "
         "gael ei dderbyn i'r ysbyty gydag anaf i'r pen yn 2023."),
        ("h1", "Legal context", "other", ["introduction"], "Cyd-destun cyfreithiol"),
        ("p", "The review was carried out under the Social Services and Well-being (Wales) Act 2014 and the Wales Safeguarding Procedures.",
         "Cynhaliwyd yr adolygiad o dan Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014 a Gweithdrefnau Diogelu Cymru."),
        ("h1", "Brief outline of circumstances", "background", None, "Amlinelliad byr o'r amgylchiadau"),
        ("p", "Child G lived with her mother and her mother's new partner. The family had moved between three local authority "
              "areas in a year, and each move closed the health visiting record in the area that was left.",
         "Roedd Plentyn G yn byw gyda'i mam a phartner newydd ei mam. Roedd y teulu wedi symud rhwng tair ardal awdurdod lleol "
         "mewn blwyddyn, a chaeodd pob symudiad y cofnod ymwelydd iechyd yn yr ardal a adawyd."),
        ("break",),
        ("h1", "Practice and organisational learning", "learning", None, "Dysgu ymarferol a sefydliadol"),
        ("items", "learning", [
            "When a family moves, the receiving health visitor needs the full record and a conversation, not only a transfer letter.",
            "A new partner in the household should be identified and checked whenever a young child is at risk.",
            "Frequent moves between areas can hide a pattern of concern that no single area sees."], "bullets",
         ["Pan fydd teulu'n symud, mae angen y cofnod llawn a sgwrs ar yr ymwelydd iechyd sy'n derbyn, nid llythyr trosglwyddo yn unig.",
          "Dylid adnabod a gwirio partner newydd ar yr aelwyd pryd bynnag y mae plentyn ifanc mewn perygl.",
          "Gall symud yn aml rhwng ardaloedd guddio patrwm o bryder nad yw unrhyw ardal unigol yn ei weld."]),
        ("h1", "Improving systems and practice", "recommendations", None, "Gwella systemau ac ymarfer"),
        ("items", "recommendations", [
            "The Board should agree a standard for the transfer of health visiting records between areas within Wales.",
            "Agencies should record the details of every adult living in the household of a child under five.",
            "The Board should ask the Welsh Government to consider a national alert for families who move frequently."], "numbered",
         ["Dylai'r Bwrdd gytuno ar safon ar gyfer trosglwyddo cofnodion ymwelwyr iechyd rhwng ardaloedd yng Nghymru.",
          "Dylai asiantaethau gofnodi manylion pob oedolyn sy'n byw ar aelwyd plentyn o dan bump oed.",
          "Dylai'r Bwrdd ofyn i Lywodraeth Cymru ystyried rhybudd cenedlaethol ar gyfer teuluoedd sy'n symud yn aml."]),
        ("h1", "Statement by reviewer", "other", ["conclusion"], "Datganiad gan yr adolygydd"),
        ("p", "I make the following statement that prior to my involvement with this learning review I had no involvement with the family.",
         "Rwy'n gwneud y datganiad canlynol nad oedd gennyf unrhyw gysylltiad \u00e2'r teulu cyn fy ngwaith ar yr adolygiad dysgu hwn."),
    ],
}

# ---------- T6: Tarnwick: executive summary, numbered paragraphs only, sections as bold first words, LibreOffice untagged
T6 = {
    "file": "tarnwick-lcspr-child-a-executive-summary.pdf", "producer": "libreoffice", "body_from": 1,
    "features": ["HTML opened in LibreOffice Writer, untagged PDF export; 'Executive summary' under the title",
                 "no headings at all: every paragraph numbered 1, 2, 3 ... by a Writer numbered list running through the document",
                 "sections marked only by bold first words of a paragraph ('Background.', 'Learning.')",
                 "learning and recommendations as the numbered paragraphs after their bold lead paragraph (numbers run on, not restarted)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child A - Executive summary", "child_name": "Child A", "review_type": CSPR,
              "area": "Tarnwick", "year": 2025, "partnership": "Tarnwick Safeguarding Children Partnership"},
    "blocks": [
        ("h1r", "Introduction", "introduction", "This executive summary sets out the findings of a local child safeguarding practice review about "
         "Child A, a baby who was six weeks old when she suffered a skull fracture in 2024."),
        ("h1r", "The review", "methodology", "The review was led by an independent reviewer, Helen Marchbank, and used a rapid "
         "appreciative inquiry with practitioners from midwifery, health visiting, the GP practice and the police."),
        ("h1r", "Background", "background", "Child A's parents were both nineteen. Her father had been a looked-after child and "
         "had a caution for assault. Her mother had told the midwife that she felt low after the birth and that the baby cried all night."),
        ("p", "The health visitor's new birth visit took place when the father was out. The ICON programme leaflet about coping "
              "with crying was given to the mother but not discussed with the father."),
        ("h1r", "Findings", "findings", "The father's history and the baby's crying were both known, but by different agencies. "
         "Practitioners assumed that a leaflet was enough, and fathers were not seen as part of the family's support or its risk."),
        ("h1r", "Learning", "learning", "The review identified three points of learning for the partnership."),
        ("items", "learning", [
            "Advice about coping with a crying baby must be given to both parents, face to face, and checked at later contacts.",
            "A young father who was in care may need support of his own, and his history may matter for the safety of his baby.",
            "A mother's low mood after birth should lead to a conversation about how the household is coping with the baby's crying."], "runon"),
        ("h1r", "Recommendations", "recommendations", "The partnership has accepted the following recommendations."),
        ("items", "recommendations", [
            "Midwives and health visitors should see fathers at the new birth visit or arrange a separate contact with them.",
            "The partnership should repeat its coping with crying campaign with material written for young fathers.",
            "Leaving care services should offer care leavers who become parents a named worker for the first year."], "runon"),
    ],
}

# ---------- T7: Penrose Bay: landscape slides exported as PDF, one slide per page, 'Recommendation One' words
T7 = {
    "file": "penrose-bay-cspr-jacob-briefing-slides.pdf", "producer": "chromium",
    "features": ["Chromium; a slide deck exported as PDF: landscape 16:9 pages, one slide per page",
                 "slide title at the top of each slide in a coloured bar, bullets below, slide number bottom right",
                 "title slide with the review name; 'Learning briefing' on the title slide",
                 "recommendations as bullets beginning 'Recommendation One:', 'Recommendation Two:' in words"],
    "cover": {"title": "Child Safeguarding Practice Review: Jacob", "child_name": "Jacob", "review_type": CSPR,
              "area": "Penrose Bay", "year": 2026, "partnership": "Penrose Bay Safeguarding Partnership"},
    "blocks": [
        ("h1", "Why we did this review", "introduction"),
        ("items", "none", ["Jacob was 16 and lived in a children's home 40 miles from Penrose Bay.",
                           "He went missing 14 times in three months and was found with older men each time.",
                           "He was seriously assaulted in March 2025."], "bullets"),
        ("h1", "What happened", "background"),
        ("items", "none", ["Jacob came into care at 14 after his grandmother died.",
                           "He moved placement four times in 18 months.",
                           "Each missing episode was reported; return interviews were offered by phone."], "bullets"),
        ("h1", "What we learned", "learning"),
        ("items", "learning", ["Placement moves broke every relationship Jacob trusted.",
                               "Missing episodes were counted but the pattern was not analysed.",
                               "Jacob was seen as streetwise rather than as a child being groomed.",
                               "Return interviews by phone did not give Jacob a safe way to talk."], "bullets"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", ["The children's home manager kept a detailed log of who collected Jacob.",
                                    "A youth worker stayed in touch with Jacob through every move."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", ["The partnership should track missing episodes for children placed out of area and review patterns monthly.",
                                      "Return home interviews should be done face to face by someone the child knows.",
                                      "Placement decisions should consider who the child trusts and how to keep those relationships."], "words"),
        ("h1", "Questions for your team", "other", ["conclusion"]),
        ("items", "none", ["Which children on your caseload are placed out of area?",
                           "Who does each child trust, and do they know it?"], "bullets"),
    ],
}

# ---------- T8: Ludford: written by a reporting system with PDFBox (standard 14 fonts), untagged, no outline
T8 = {
    "file": "ludford-scr-child-e.pdf", "producer": "pdfbox",
    "features": ["written directly with PDFBox 3 (Helvetica / Helvetica-Bold standard fonts, WinAnsi), no tags, no outline, no document title",
                 "line-by-line text placement (each line its own text object), ragged right",
                 "headings in capitals, bold, body size, with a thin rule drawn under each",
                 "'Lesson One', 'Lesson Two' and 'Recommendation One' ... bold labels on their own line above the text",
                 "header 'LUDFORD LSCB - SERIOUS CASE REVIEW - CHILD E', footer 'Page N'"],
    "cover": {"title": "Serious Case Review: Child E - Executive Summary", "child_name": "Child E", "review_type": SCR,
              "area": "Ludford", "year": 2018, "partnership": "Ludford Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "INTRODUCTION", "introduction"),
        ("p", "This is the executive summary of the serious case review about Child E, a girl of thirteen who was sexually exploited "
              "by a group of adult men in Ludford between 2015 and 2016. The review was commissioned by the Ludford Local "
              "Safeguarding Children Board in May 2017."),
        ("h1", "TERMS OF REFERENCE", "methodology"),
        ("p", "The review considered the involvement of children's social care, the police, the school, the sexual health service "
              "and the taxi licensing authority. Child E and her mother both met the lead reviewer."),
        ("h1", "SUMMARY OF EVENTS", "background"),
        ("p", "Child E was reported missing eleven times in one year. On several occasions she was brought home by taxi drivers "
              "late at night. She attended the sexual health clinic twice and gave her age as sixteen. The school noticed that she "
              "had a new phone and expensive clothes and recorded this as a behaviour concern."),
        ("h1", "LESSONS LEARNED", "learning"),
        ("items", "learning", ["A child's consent to sexual activity with adults should never be assumed, whatever age she gives.",
                               "Taxi drivers and licensing officers see exploitation first and need to know how to report it.",
                               "Gifts, phones and clothes a family cannot explain are a sign of grooming, not only of bad behaviour."], "words"),
        ("h1", "RECOMMENDATIONS", "recommendations"),
        ("items", "recommendations", ["The LSCB should make exploitation training a condition of every taxi driver's licence in Ludford.",
                                      "The sexual health service should use the exploitation screening tool with every patient under eighteen.",
                                      "The police and children's social care should hold a joint meeting after a child's third missing episode.",
                                      "Schools should record unexplained gifts as a safeguarding concern and tell the designated safeguarding lead."], "words"),
        ("h1", "CONCLUSION", "conclusion"),
        ("p", "Child E was not protected because each agency saw one part of her life. The LSCB has accepted all of the recommendations."),
    ],
}

REPORTS = [T1, T2, T3, T4, T5, T6, T7, T8]
