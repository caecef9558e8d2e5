"""Batch 14 (issue 9 point 6, fourth fresh held-out batch, written before it was first run): eight invented reports.

Every child, family, area, partnership, agency and person here is invented for software testing. Same block kinds as
batch13_content.py (the truth is written by batch13.truth from these blocks, pages read back from the rendered PDF):
("h1", heading, type[, accept_types]) a section, ("h2", text) a sub-heading inside a section (no section of the truth),
("p", text), ("items", type, [texts], style[, extra columns...]), ("break",) a page break, ("part", text) a part heading
above sections (no section of the truth), ("note", text) a footnote on the paragraph before.
Items may carry a footnote call: "text^[note]" — the truth text is the text without the call (see strip_notes).
"""
import re

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
NOTE = re.compile(r"\^\[(.*?)\]")


def strip_notes(s):
    return NOTE.sub("", s)


# ---------- U1: Ashworth Fold: WeasyPrint, CSS paged media, running head from string-set, float: footnote inside items
U1 = {
    "file": "ashworth-fold-lcspr-child-m.pdf", "producer": "weasyprint",
    "features": ["WeasyPrint 57 (CSS paged media), untagged", "running head at @top-center filled from the current section heading (string-set)",
                 "footer 'page N of M' at @bottom-right", "footnotes with float: footnote, called by superscripts inside learning items",
                 "a hyperlink inside a recommendation", "glossary as a two-column definition list"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child M", "child_name": "Child M", "review_type": CSPR,
              "area": "Ashworth Fold", "year": 2026, "partnership": "Ashworth Fold Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child M was a fourteen-year-old girl who took an overdose of her mother's prescribed medication in the spring of 2025 "
              "and spent three weeks in a paediatric intensive care unit. She had been known to the school nurse, the child and "
              "adolescent mental health service and her GP for more than a year. The partnership decided that a local child "
              "safeguarding practice review should look at how these services worked together."),
        ("h1", "Scope and method", "methodology"),
        ("p", "The review covered the eighteen months before the overdose. The lead reviewer read records from six agencies, held a "
              "learning workshop with twenty practitioners and met Child M and her mother at home. Child M asked that her own words "
              "be used where possible, and some of them appear in this report."),
        ("h1", "Background", "background"),
        ("p", "Child M lived with her mother, who has a long-term illness, and her younger brother. She cared for both of them and "
              "often missed the first lesson of the day. Her attendance fell to seventy per cent in Year 9. She told the school nurse "
              "that she could not sleep and that she sometimes scratched her arms, and she was referred to the mental health service."),
        ("p", "The referral was declined because Child M did not meet the threshold for the specialist service, and the letter "
              "suggested an online counselling service. Nobody checked whether she had used it. Four months later her GP prescribed "
              "sleeping tablets to her mother without asking who else in the house might reach them."),
        ("break",),
        ("h1", "Findings", "findings"),
        ("p", "Child M's caring role was recorded by the school but never assessed as a young carer's needs. Each service responded "
              "to the part of her distress that it saw: the school to her attendance, the nurse to her sleep, the mental health "
              "service to its threshold. No one owned the whole picture, and the declined referral was treated as the end of the "
              "matter rather than as a signal that another service should act."),
        ("p", "The review also found that professionals spoke to Child M's mother about her own health but not about the safety of "
              "medication at home. Practitioners said that they felt uncomfortable raising this with a parent who was unwell."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "A declined referral to a specialist service should lead to a plan for who will support the child instead.^[The service's letter named no alternative apart from the website.]",
            "Young carers can hide distress behind competence, and their caring role needs its own assessment.^[Carers (Recognition and Services) Act, as applied locally.]",
            "Asking who can reach medicines in the home is part of prescribing for a parent who lives with children.",
            "Self-harm disclosed to one professional should be shared with the child's GP and school, with the child told why."], "bullets"),
        ("break",),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The school nurse saw Child M weekly for two months and kept a careful record of what she said.",
            "The paramedics who attended the overdose made an immediate referral to children's social care."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The mental health service should tell the referrer and the GP what will happen next whenever it declines a referral for a child.",
            "The partnership should check that the young carers' assessment pathway at www.ashworthfold-scp.example/young-carers is used by schools.",
            "GP practices should ask about children in the household when prescribing medication that is dangerous in overdose.",
            "The partnership should publish practice guidance on sharing information about self-harm between health and education."], "numbered"),
        ("h1", "Glossary", "appendix", ["other"]),
        ("gloss", [("CAMHS", "Child and adolescent mental health service"), ("GP", "General practitioner"),
                   ("LCSPR", "Local child safeguarding practice review"), ("PICU", "Paediatric intensive care unit")]),
    ],
}

# ---------- U2: Kelsey Brook: XeLaTeX + KOMA-Script scrartcl, 'Part One' / 'Part Two' headings over numbered sections, OpenType C059
U2 = {
    "file": "kelsey-brook-scr-child-w.pdf", "producer": "xelatex (KOMA-Script scrartcl)",
    "features": ["XeLaTeX + fontspec with the OpenType (CFF) font C059, sans headings from KOMA-Script, untagged, no outline",
                 "'Part One' / 'Part Two' part headings (a 'Part One' line above a large part title) over numbered sections '1 Introduction'",
                 "learning labelled 'Learning point 4.1', '4.2' (numbered within the section) as enumerate labels in the margin",
                 "recommendations as an enumerate labelled 'R1', 'R2' in bold", "scrlayer-scrpage running head: board name left, current section number and title right ('5 Recommendations' above the section itself)"],
    "cover": {"title": "Serious Case Review: Child W - Overview report", "child_name": "Child W", "review_type": SCR,
              "area": "Kelsey Brook", "year": 2019, "partnership": "Kelsey Brook Local Safeguarding Children Board"},
    "blocks": [
        ("part", "The review and its context"),
        ("h1", "Introduction", "introduction"),
        ("p", "This serious case review concerns Child W, a boy who was two years old when he died in 2017 after he swallowed "
              "methadone that had been prescribed to his father. The Kelsey Brook Local Safeguarding Children Board commissioned the "
              "review in October 2017 because agencies had known about the parents' drug use."),
        ("h1", "Terms of reference", "methodology"),
        ("p", "The review examined the involvement of the substance misuse service, the community pharmacy, health visiting, the GP "
              "and children's social care from Child W's birth to his death. Both parents contributed to the review."),
        ("h1", "The family", "background"),
        ("p", "Child W lived with his parents in a first-floor flat. His father had been on a methadone programme for six years and "
              "collected his dose from a pharmacy, taking weekend doses home. His mother was pregnant with their second child. The "
              "substance misuse service recorded that the father had a lockable box for his medication, but nobody saw it."),
        ("part", "Analysis and learning"),
        ("h1", "Learning from this review", "learning"),
        ("items", "learning", [
            "Take-home doses of opioid substitutes are a risk to every young child in the household and must be discussed at every review.",
            "A safe storage box that is recorded but never seen gives false reassurance to the professionals who rely on it.",
            "Health visitors need to know when a parent is prescribed methadone, and the substance misuse service needs to know there is a child.",
            "Pregnancy in a family where a parent uses drugs is a point to reassess the safety of the children already living there."], "latexlp"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The substance misuse service should see the safe storage arrangements at home before take-home doses are agreed for a parent of a child under five.",
            "The LSCB should agree an information-sharing protocol between the substance misuse service and health visiting.",
            "Community pharmacies should give every patient taking home methadone written advice on storage where children live.",
            "Children's social care should reassess the children's safety when a parent who uses drugs becomes pregnant."], "latexr"),
        ("h1", "Conclusion", "conclusion"),
        ("p", "Child W's death was preventable. Each agency knew part of the risk, and the LSCB has accepted all of the recommendations."),
    ],
}

# ---------- U3: Tollerton: margin headings (a borderless two-column Writer table, heading left, text right), Writer untagged
U3 = {
    "file": "tollerton-cspr-isaac.pdf", "producer": "libreoffice (Writer HTML, untagged)",
    "features": ["HTML opened in LibreOffice Writer, untagged PDF", "Word-like 'margin headings': a borderless two-column table, the "
                 "heading in the narrow left cell on the same baseline as the text in the wide right cell",
                 "headings bold, coloured, in the body size", "learning bullets and numbered recommendations inside the right cell",
                 "cover page: partnership, title, 'Final report', date"],
    "cover": {"title": "Child Safeguarding Practice Review: Isaac|Child Safeguarding Practice Review: Isaac - Final report", "child_name": "Isaac", "review_type": CSPR,
              "area": "Tollerton", "year": 2024, "partnership": "Tollerton Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Isaac was seven months old when he was admitted to hospital with a fractured femur and rib fractures of different "
              "ages in February 2024. His parents gave no explanation for the injuries. The Tollerton Safeguarding Children "
              "Partnership commissioned this review in March 2024."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review used a hybrid model: agency reports, a practitioner event and a conversation with Isaac's maternal aunt, "
              "who now cares for him. His parents declined to take part while criminal proceedings were under way."),
        ("h1", "Background", "background"),
        ("p", "Isaac was his mother's first child. His father worked night shifts and slept during the day. The family had moved to "
              "Tollerton from another city when Isaac was three months old, and the health visiting records arrived six weeks "
              "after the move. Isaac was taken to the GP twice with a sore leg and once to an urgent care centre with a bruise on "
              "his cheek, which was explained as a fall from the sofa."),
        ("h1", "Findings", "findings"),
        ("p", "A bruise on a baby who is not yet mobile is a sign of possible abuse, and the local protocol requires a referral. The "
              "urgent care centre did not follow the protocol because the clinician did not know that Isaac could not yet roll over. "
              "The GP saw a baby who was fretful and examined him without undressing him fully."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Any bruise on a baby who is not independently mobile must be referred under the bruising protocol, whatever the explanation given.",
            "A baby who is repeatedly brought to health services with minor complaints may be showing signs of injury that need a full examination.",
            "When a family moves, a delay in transferring records leaves the new health visitor without the history she needs."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The urgent care centre should include the bruising protocol in the induction of every clinician.",
            "The clinical commissioning group should remind GPs to undress and examine a baby fully when a limb is sore.",
            "The partnership should ask health visiting services to agree a five-day standard for transferring records of babies."], "numbered"),
    ],
}

# ---------- U4: Harlow Moor: Chromium, landscape action plan pages (named @page), 'Learning point 1.1' under themes, qpdf linearised
U4 = {
    "file": "harlow-moor-cspr-child-b.pdf", "producer": "chromium + qpdf (linearised, object streams)",
    "features": ["Chromium, then qpdf --linearize --object-streams=generate (compressed object streams, cross-reference stream)",
                 "portrait body, then landscape pages (CSS named page) for the action plan",
                 "learning as 'Learning point 1.1', '1.2', '2.1' (nested numbering) under 'Theme 1:' / 'Theme 2:' sub-headings",
                 "recommendations as an action plan table Recommendation | Action | Lead agency | Timescale | RAG status over two pages, header row repeated",
                 "RAG status as coloured cells with the words Red / Amber / Green"],
    "cover": {"title": "Child Safeguarding Practice Review: Child B", "child_name": "Child B", "review_type": CSPR,
              "area": "Harlow Moor", "year": 2025, "partnership": "Harlow Moor Safeguarding Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child B was a sixteen-year-old boy with a diagnosis of attention deficit hyperactivity disorder who was found in a "
              "cannabis factory during a police raid in 2024. He had been missing from home for eleven days. The Harlow Moor "
              "Safeguarding Partnership carried out this review because he had been identified as at risk of exploitation a year earlier."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review followed the partnership's learning review model: a chronology, two practitioner workshops and meetings "
              "with Child B and his father. The review period was January 2023 to May 2024."),
        ("h1", "Background", "background"),
        ("p", "Child B's father brought him up alone after his mother died. Child B was permanently excluded from school at fifteen "
              "and attended alternative provision for three mornings a week. He was stopped twice by the police in another town "
              "and was the subject of a national referral mechanism referral that was still awaiting a decision when he went missing."),
        ("h1", "Key findings", "findings"),
        ("p", "The exploitation screening tool identified Child B as at high risk, but the multi-agency plan was not reviewed after his "
              "exclusion. His father asked for help on four occasions and was told that his son's behaviour was a matter for the school."),
        ("h1", "Learning", "learning"),
        ("h2", "Theme 1: Education as a protective factor"),
        ("items", "learning", [
            "Exclusion from school removes daily contact with trusted adults and should trigger a review of any exploitation plan.",
            "Part-time alternative provision leaves a child unsupervised for most of the week unless the rest of the time is planned."], "lp1"),
        ("h2", "Theme 2: Working with parents"),
        ("items", "learning", [
            "A parent who repeatedly asks for help is a partner in protecting the child, not a sign that the family is coping.",
            "Parents need to be told when their child has been identified as at risk of exploitation and what the plan is."], "lp2"),
        ("h1", "Recommendations and action plan", "recommendations"),
        ("items", "recommendations", [
            "The partnership should make sure that any child on an exploitation plan who is excluded from school has the plan reviewed within five days.",
            "The local authority should set out what a child in part-time alternative provision does for the rest of the week.",
            "Children's services should offer parents of exploited children a named worker and a parents' support group.",
            "The police should tell the child's social worker within one day whenever a child on an exploitation plan is stopped out of area.",
            "The partnership should audit the timeliness of national referral mechanism decisions for local children."], "actionplan",
         ["Amend the exclusion procedure and the exploitation plan template; brief head teachers and the exploitation panel chairs.",
          "Publish a minimum offer for alternative provision that includes supervised activity for afternoons and school holidays.",
          "Recruit two parent support workers and set up a monthly group with the voluntary sector partner.",
          "Add an automatic notification to the police missing and stop-search systems for children flagged on the exploitation register.",
          "Sample twenty cases from the last year and report the average time from referral to decision to the partnership board."],
         ["Harlow Moor Council education services", "Harlow Moor Council education services", "Harlow Moor Council children's services",
          "Harlow Moor Police", "Harlow Moor Safeguarding Partnership"],
         ["By June 2025", "By September 2025", "By December 2025", "By March 2025", "By July 2025"],
         ["Amber", "Red", "Amber", "Green", "Amber"]),
    ],
}

# ---------- U5: Oldcastle: typewriter report, Courier via enscript -> ps2pdf, then encrypted with an owner password only
U5 = {
    "file": "oldcastle-scr-child-d.pdf", "producer": "enscript + ps2pdf + qpdf (owner password)",
    "features": ["plain text set in Courier by GNU enscript, PostScript -> PDF by Ghostscript ps2pdf", "every line at a fixed pitch, ragged right, no bold",
                 "headings in capitals underlined by a line of dashes", "items as '(i)', '(ii)' hanging paragraphs",
                 "encrypted by qpdf with an owner password only (opens without a password; printing allowed, changes and copying not)",
                 "typed footer '- N -' and a header 'OLDCASTLE SCR - CHILD D - CONFIDENTIAL'"],
    "cover": {"title": "Serious Case Review: Child D - Executive Summary", "child_name": "Child D", "review_type": SCR,
              "area": "Oldcastle", "year": 2014, "partnership": "Oldcastle Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "INTRODUCTION", "introduction"),
        ("p", "This is the executive summary of the serious case review into the circumstances of Child D, a girl of eight who was "
              "found to have been severely neglected and kept out of school by her mother and stepfather for almost two years. "
              "The Oldcastle Local Safeguarding Children Board commissioned the review in January 2013."),
        ("h1", "TERMS OF REFERENCE", "methodology"),
        ("p", "The review considered the period from September 2010 to November 2012 and the involvement of the education welfare "
              "service, the school, the GP practice, the health visiting service and children's social care."),
        ("h1", "SUMMARY OF THE CASE", "background"),
        ("p", "Child D was withdrawn from school to be educated at home in 2010. The education welfare officer visited once and was "
              "shown a room with books. No further visit took place. The family did not register with a new GP after a move, and "
              "Child D missed her routine health checks. A neighbour telephoned children's social care in 2012 to say she had not "
              "seen the child outside for months."),
        ("h1", "LESSONS LEARNED", "learning"),
        ("items", "learning", [
            "Elective home education is a parental right, but a single visit cannot show that a child is safe and well.",
            "A child who disappears from health records when a family moves should prompt enquiries, not closure of the file.",
            "A neighbour's call about a child not seen should be treated as a referral about the child's welfare."], "roman"),
        ("h1", "RECOMMENDATIONS", "recommendations"),
        ("items", "recommendations", [
            "The local authority should visit every child educated at home at least once a year and see the child.",
            "Health services should follow up any child under ten who leaves a GP list without registering elsewhere.",
            "Children's social care should record every call from a member of the public about a child as a contact."], "roman"),
        ("h1", "CONCLUSION", "conclusion"),
        ("p", "Child D was invisible to services for two years. The LSCB has accepted the recommendations and will monitor them."),
    ],
}

# ---------- U6: Brackley Heath: groff -mm (memorandum macros) -Tps -> ps2pdf, .H numbered headings, .AL lists, contents at the end
U6 = {
    "file": "brackley-heath-lcspr-noah.pdf", "producer": "groff -mm -Tps + ps2pdf",
    "features": ["groff mm (memorandum) macros, -Tps then Ghostscript ps2pdf: Type 1 Times fonts embedded, untagged, no outline",
                 "'.H 1' numbered headings ('1. Introduction') in italic, body size (groff mm's default heading font; no bold, size or colour)", "learning as an .AL numbered list; good practice as a .BL bullet list",
                 "recommendations as an .AL a lettered list 'a.' 'b.'", "page header: partnership left, '- N -' centred",
                 "table of contents printed by .TC at the END of the document (mm's default place)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Noah", "child_name": "Noah", "review_type": CSPR,
              "area": "Brackley Heath", "year": 2023, "partnership": "Brackley Heath Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Noah was a five-week-old baby who died in his parents' bed in December 2022. His parents had been drinking alcohol on "
              "the evening before his death. The partnership commissioned this review because the family was known to several services "
              "and because safe sleeping advice had been given more than once."),
        ("h1", "Methodology", "methodology"),
        ("p", "The reviewer analysed records from midwifery, health visiting, the GP, the housing service and the police, and held a "
              "reflective session with the practitioners involved. Noah's parents met the reviewer twice."),
        ("h1", "Background", "background"),
        ("p", "Noah's parents lived in a one-bedroom flat with no space for a cot in the bedroom. The housing service had the family "
              "on its waiting list for a larger home. Midwives and health visitors gave safe sleeping advice and recorded that the "
              "parents had a Moses basket, which was later found in the living room full of clothes."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Safe sleeping advice works best when it is planned with parents for their real home and the nights when their routine changes.",
            "Alcohol and drug use by parents greatly increases the risk of sharing a bed with a baby and should be discussed openly.",
            "Overcrowded housing makes safe sleep harder, and housing officers are part of the safe sleeping conversation."], "AL"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The midwife completed a safe sleep assessment before discharge and shared it with the health visitor.",
            "The police treated the parents with sensitivity while gathering evidence after Noah's death."], "BL"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should replace its safe sleeping leaflet with a conversation tool that plans for changes in routine.",
            "The housing service should treat a family with a baby and no space for a cot as a priority for advice and equipment.",
            "Health visitors should ask about alcohol use at every contact where safe sleeping is discussed."], "ALa"),
    ],
}

# ---------- U7: Wyndham Cross: WeasyPrint, headings only coloured (body size and weight), justified text, drop cap, learning boxes floated beside the text
U7 = {
    "file": "wyndham-cross-lcspr-ellie.pdf", "producer": "weasyprint",
    "features": ["WeasyPrint 57, untagged", "section headings in the body font, size and weight, told apart only by colour and spacing",
                 "justified body text with a three-line drop cap at the start of the introduction",
                 "learning points only in boxes floated to the right beside the findings text ('Learning point 1' caption in each box), no learning heading",
                 "good practice bullets; recommendations numbered '1)'", "footer with the partnership and the page number"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Ellie", "child_name": "Ellie", "review_type": CSPR,
              "area": "Wyndham Cross", "year": 2025, "partnership": "Wyndham Cross Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Ellie was thirteen when she was found at a house in another county with two adult men who had contacted her through a "
              "social media app. She had been reported missing seven times in the previous three months. The partnership "
              "commissioned this review to understand how her online contact with adults had been missed."),
        ("h1", "The review process", "methodology"),
        ("p", "The review used records from the school, the police, children's social care and the mental health service, and a "
              "workshop with the practitioners. Ellie and her mother were both interviewed by the independent reviewer."),
        ("h1", "Background", "background"),
        ("p", "Ellie lived with her mother and two younger sisters. She was doing well at school until Year 8, when she began to "
              "stay up all night on her phone and fell asleep in class. Her mother took the phone away several times, and each "
              "time Ellie was given a new one by someone she would not name."),
        ("break",),
        ("h1", "Findings", "findings"),
        ("p", "The missing episodes were each treated as a single event. Return home interviews were offered but Ellie declined them, "
              "and no one asked why. The school's filtering system flagged contact with unknown adults twice, but the alerts went to "
              "an inbox that was not monitored during the holidays."),
        ("lpbox", "A child who is given phones by someone she will not name is very likely being groomed, and this is a safeguarding concern."),
        ("p", "The police found Ellie quickly on each occasion, which reassured everyone. Her pattern of going missing late at night "
              "and returning in the morning with new things was recorded in the police system but not shared with her school or with "
              "her social worker. The exploitation screening tool was not used until the seventh episode."),
        ("lpbox", "Missing episodes need to be looked at together, because the pattern tells more than any one episode."),
        ("p", "Ellie's mother said that she had asked the school for help with the phones and was given a leaflet. She felt that she "
              "was being blamed for not controlling her daughter and stopped asking for help."),
        ("lpbox", "Online safety alerts are only useful if somebody reads them every day, including in school holidays."),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "The police missing person coordinator recognised the risk of exploitation after the sixth episode.",
            "Ellie's form tutor kept in touch with her throughout and was the person she trusted most."], "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should ask schools to make sure online safety alerts are monitored every day of the year.",
            "The police should share the pattern of missing episodes with the school and the social worker after the third episode.",
            "Children's social care should use the exploitation screening tool after any second missing episode.",
            "Practitioners should work with parents as partners and not give them a leaflet in place of help."], "paren"),
    ],
}

# ---------- U8: Pelham Vale: a one-page-a-side 'learning summary' in portrait, one rounded box per learning point (Impress-like), Chromium
U8 = {
    "file": "pelham-vale-cspr-child-k-learning-summary.pdf", "producer": "chromium", "body_from": 1,
    "features": ["Chromium, tagged; a 'learning summary' laid out like a presentation handout: portrait pages of absolutely positioned boxes",
                 "no cover page: a coloured title banner on page 1 with the review name, the partnership and 'Learning summary'",
                 "headings as white text in coloured box headers", "each learning point in its own rounded box with a large number in a circle",
                 "good practice and recommendations as lists in boxes; 'Contact' box at the foot"],
    "cover": {"title": "Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
              "area": "Pelham Vale", "year": 2026, "partnership": "Pelham Vale Safeguarding Partnership"},
    "blocks": [
        ("h1", "About this review", "introduction"),
        ("p", "Child K was a ten-week-old baby who suffered a serious head injury in 2025. His father was later convicted of causing "
              "the injury. This summary sets out what the review found for practitioners in every agency."),
        ("h1", "What happened", "background"),
        ("p", "Child K's mother was seventeen and lived with Child K's father, who was twenty-four. The health visitor saw Child K "
              "four times, always with his mother. His father was present at every visit but was never spoken to directly."),
        ("break",),
        ("h1", "What we learned", "learning"),
        ("items", "learning", [
            "Fathers and male partners need to be seen, named and spoken to at every contact with a new baby.",
            "A large age gap between young parents can hide control and needs to be talked about with the mother alone.",
            "Crying is the most common trigger for shaking a baby, and both parents need to hear the coping with crying advice.",
            "Practitioners should be curious about who else cares for the baby when the mother is at college or at work."], "boxes"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The emergency department recognised the injury quickly and made an immediate referral.",
            "The college kept a place open for Child K's mother and supported her throughout."], "bullets"),
        ("h1", "What needs to change", "recommendations"),
        ("items", "recommendations", [
            "Health services should record the name and details of every father and male carer.",
            "The partnership should run its coping with crying programme for fathers as well as mothers.",
            "Colleges should be told how to raise a concern about a young parent with the health visitor."], "numbered"),
    ],
}

REPORTS = [U1, U2, U3, U4, U5, U6, U7, U8]
