"""Batch 48 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in shapes real published reviews have that no earlier batch had, in new combinations:
- Drumcarrick (Chromium, untagged, 16 pages): a Northern Ireland Case Management Review overview report of realistic
  length; a diagonal 'OFFICIAL - SENSITIVE' watermark (real text, rotated, fixed on every page); paragraph numbers
  '4.1', '4.2' in a hanging left margin (their own boxes, so their own text objects); contents with dot leaders;
  every chapter from a new page; learning and recommendations given together as a two-column table
  'Learning | Recommendation' (each learning cell a learning item, each recommendation cell a recommendation item);
  an appendix action plan (no items);
- Bro Caron (flat ODT -> Writer, tagged): a bilingual Welsh / English concise Child Practice Review written in
  alternate paragraphs, Welsh first: each Welsh heading a Heading 1 of its own above the English one, Welsh bullets
  above the English bullets. The truth is the English text (the published English reading of the report): English
  headings are the sections, English bullets the items; the Welsh headings and bullets give nothing;
- Penmarrow (Chromium, tagged): a one-page '7-minute briefing' with seven numbered boxes set around a central title
  box on a 3 x 3 grid (box numbers in circles of their own), learning and actions as bullets inside the boxes, then a
  second page 'About this briefing';
- Glenisla (groff -mom -> gropdf, untagged): a Scottish Learning Review with the 2021 national guidance headings and
  **line numbers in the left margin** on every line (mom's NUMBER_LINES), numbered key learning and recommendations;
- Haverleigh (a PDF written by hand here, untagged): a **scanned** report: every page one greyscale image with an
  invisible text layer (render mode 3, every word its own positioned string, horizontally scaled, as OCR tools write);
- Wendlebury (flat ODT -> Writer, untagged): real footnotes, one **running over the page break** (Writer's footnote
  continuation); recommendations as a two-column table 'Learning | Recommendation';
- Calderwick (a PDF written by hand here, Word-like, untagged): a diagonal 'DRAFT' watermark drawn first on each page
  as rotated text; **hanging paragraph numbers '3.1' as separate text objects** left of the text; learning bullets with
  the bullet glyph its own text object; 'Recommendation N:' bold labels;
- Lowther Bridge (flat ODT -> Writer, tagged): **Writer line numbering** in the left margin, numbered headings,
  learning as numbered list, good practice bullets, recommendations numbered.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]); ("p", text) (may hold '^[footnote]'); ("np", "4.1", text)
a numbered paragraph (no item); ("items", type, [texts], style 'ol' / 'ul'); ("lr", [(learning, recommendation)]) a
'Learning | Recommendation' table (both cells items); ("chron", rows); ("actions", rows) (no items); ("glossary", rows);
("cy_h", text) a Welsh heading (no section); ("cy", text) a Welsh paragraph; ("cy_items", [texts]) Welsh bullets (no
items); ("box", n, heading, type, [blocks]) a numbered briefing box (the heading is the section, its blocks inside);
("recs", [texts]) 'Recommendation N:' labelled paragraphs (recommendation items).
Test-fixture tooling only.
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


def nps(chapter, texts, start=1):
    return [("np", "%d.%d" % (chapter, i + start), t) for i, t in enumerate(texts)]


# ---------- 1. Drumcarrick: NI Case Management Review, 16 pages, Chromium untagged, watermark, hanging numbers
DRUM_CHRON = [
    ("04/01/2021", "GP practice", "Mother tells the GP she is low after moving to Drumcarrick; she is prescribed medication "
                                  "and offered counselling, which she does not take up."),
    ("19/03/2021", "School", "Child N, aged nine, is late eleven times in one term. The school writes to mother."),
    ("02/06/2021", "PSNI", "Police attend a report of a disturbance at the home. Mother's partner has left before they "
                           "arrive. Child N and her brother are seen asleep."),
    ("07/06/2021", "Gateway service", "A notification from the police is screened. No further action; a letter is sent."),
    ("15/09/2021", "School", "Child N tells a classroom assistant that she makes the dinners at home. This is recorded "
                             "in the pastoral log but not passed to the designated teacher."),
    ("11/11/2021", "Health visiting", "Health visitor sees Child N's baby brother for his two-year review; the home is "
                                      "untidy and cold; mother says the heating has broken."),
    ("20/01/2022", "PSNI", "A second domestic incident. Mother's partner is arrested and bailed away from the home."),
    ("24/01/2022", "Gateway service", "Child N and her brothers are assessed. The case is closed after four weeks "
                                      "because mother's partner is no longer living there."),
    ("03/05/2022", "School", "Child N's attendance falls to sixty per cent. A referral is made to the education welfare "
                             "service."),
    ("16/08/2022", "Emergency department", "Child N, aged ten, is brought in with a burn to her forearm from a pan. "
                                           "She says she was cooking tea. A safeguarding referral is made."),
]

DRUMCARRICK = rep(
    "drumcarrick-cmr-child-n.pdf", "chromium_untagged_watermark_hanging_numbers",
    {"title": "Case Management Review: Child N - Overview Report", "child_name": "Child N",
     "review_type": "case_management_review", "area": "Northern Ireland", "year": 2024,
     "partnership": "Safeguarding Board for Northern Ireland", "by": "Independent chair of the review panel: Mr Ciaran Loughlin",
     "date": "Published March 2024"},
    [("contents",),
     h("Executive summary", "summary"),
     ("p", "This Case Management Review concerns Child N, who was ten years old when she was burned while cooking a "
           "meal for her younger brothers at home in Drumcarrick in August 2022. She recovered from her injury and now "
           "lives with her grandmother."),
     ("p", "The review found that Child N had been caring for her brothers for more than a year. Several agencies held "
           "part of the picture: late arrivals and falling attendance at school, her own words to a classroom "
           "assistant, two domestic incidents, and a cold and untidy home seen by the health visitor. Nobody put these "
           "together or asked Child N what her days were like."),
     ("p", "The panel sets out four learning points, each with its recommendation, in Section 9, and an action plan "
           "agreed by the agencies in Appendix 1."),
     h("1. Introduction", "introduction"),
     *nps(1, [
         "The Safeguarding Board for Northern Ireland decided in October 2022 that the circumstances of Child N met the "
         "criteria for a Case Management Review, because the case gave rise to concerns about the way in which local "
         "professionals and services worked together to safeguard a child.",
         "The Board appointed an independent chair who had no involvement with the family or with the agencies "
         "concerned. The panel was made up of senior representatives of the health and social care trust, the "
         "Police Service of Northern Ireland, the Education Authority and the GP federation.",
         "The purpose of a Case Management Review is to identify learning and to improve the way agencies work "
         "together. It is not an inquiry into how Child N was injured and it does not apportion blame.",
         "Child N, her mother and her grandmother each met the chair. Their views are included in this report with "
         "their agreement. Child N's words are used where she wished them to be."]),
     h("2. Terms of reference", "other", ["introduction", "methodology"]),
     *nps(2, [
         "The panel was asked to consider how well agencies recognised that Child N was acting as a young carer, how "
         "information about the domestic incidents was shared and acted on, how the school's concerns about lateness "
         "and attendance were escalated, and whether Child N's own voice was heard.",
         "The period under review runs from January 2021, when the family moved to Drumcarrick, to the date of Child "
         "N's injury in August 2022. Earlier records were read where they helped to understand the family's history.",
         "The panel did not consider the quality of the medical treatment Child N received after her injury, which was "
         "prompt and of a good standard."]),
     h("3. Process and involvement of the family", "methodology"),
     *nps(3, [
         "Each agency that had contact with the family provided an individual management review and a chronology. The "
         "chair and two panel members read the records and met the practitioners involved, singly and at a learning "
         "event held in Drumcarrick in March 2023.",
         "Twenty-two practitioners and managers attended the learning event. They spoke openly about their workloads, "
         "the thresholds they were working to and what they knew of the family at the time.",
         "Child N met the chair at her grandmother's home, with her grandmother present. She said that she liked "
         "cooking but that she was tired all the time and that nobody at school ever asked why she was late.",
         "Child N's mother met the chair twice. She said that she had been ashamed to admit how much she relied on her "
         "daughter and that she had been frightened of her partner."]),
     h("4. Summary of the case", "background"),
     *nps(4, [
         "Child N lived with her mother and her two younger brothers, aged six and two at the start of the period. "
         "Her mother's partner lived with the family for most of 2021. He is the father of the youngest child.",
         "The family moved to Drumcarrick from another trust area in late 2020. They had been known to children's "
         "services there because of domestic abuse, but no transfer of information took place because the case had "
         "been closed before the move.",
         "Mother experienced periods of low mood and took medication prescribed by her GP. She told the review that on "
         "bad days she could not get out of bed and that Child N got her brothers up, dressed and fed.",
         "Child N was a bright pupil who had done well at her previous school. Her teachers in Drumcarrick described her "
         "as quiet, polite and often tired."]),
     h("5. Chronology of key events", "background", ["findings", "other"]),
     ("p", "The table summarises the contacts that the panel considered most significant. The full agency chronologies "
           "were available to the panel."),
     ("chron", DRUM_CHRON),
     h("6. Analysis: recognising a young carer", "findings"),
     *nps(6, [
         "The clearest sign that Child N was caring for her brothers came from Child N herself. In September 2021 she "
         "told a classroom assistant that she made the dinners at home. The assistant recorded this in the pastoral log "
         "but did not see it as a safeguarding matter and the designated teacher did not read the log.",
         "Lateness and falling attendance were treated as matters of school discipline and were followed with letters "
         "to mother. No one spoke with Child N about why she was late. At the learning event, staff said that the "
         "school's attendance procedure did not prompt them to ask the child.",
         "The health visitor who saw the youngest child at home in November 2021 noted that the home was cold and "
         "untidy, and that Child N, who should have been at school, answered the door. The visit record did not "
         "mention Child N again.",
         "Practitioners did not know that young carers' assessments could be requested for a child of Child N's age, "
         "and the referral pathway was described by several of them as unclear."]),
     h("7. Analysis: sharing information about domestic abuse", "findings"),
     *nps(7, [
         "Police attended two domestic incidents at the home. On both occasions the notification to the Gateway "
         "service described the children as present but asleep and unharmed. Neither notification was shared with "
         "the school or the GP.",
         "After the second incident the family was assessed. The assessment focused on mother's partner, and the case "
         "was closed when he moved out. It did not consider mother's mental health, or who was caring for the children.",
         "Information held in the previous trust area about domestic abuse was never requested. The panel found that "
         "the Gateway service's checks did not routinely include other trusts in Northern Ireland."]),
     h("8. Analysis: the voice of the child", "findings"),
     *nps(8, [
         "Child N was seen by at least six practitioners during the period under review. None of them spoke with her on "
         "her own about her life at home.",
         "When she was asked, at the emergency department, she explained in detail how she cooked, cleaned and took "
         "her brothers to school. The nurse who took her account said she was matter of fact, as if it were normal.",
         "Practitioners told the panel that they had assumed that a child of her age would tell them if something was "
         "wrong. Child N said she thought she would get her mother into trouble."]),
     h("9. Learning and recommendations", "recommendations", ["learning"]),
     ("p", "The panel's learning and its recommendations to the Board are set out together below."),
     ("lr", [
         ("When a child tells a member of staff about caring for others at home, this is a safeguarding matter and "
          "should reach the designated teacher the same day.",
          "The Education Authority should ensure that every school's pastoral log is reviewed by the designated teacher "
          "each week and that staff are trained to pass on disclosures about caring."),
         ("Lateness and poor attendance can be signs of a child caring at home; a letter to the parent is not enough "
          "without a conversation with the child.",
          "Schools should revise their attendance procedures so that a pupil whose attendance falls below ninety per "
          "cent is spoken with, on their own, about the reasons."),
         ("Closing a case because an abusive partner has left does not address the needs of the children who remain "
          "or the parent's capacity to care for them.",
          "The trust should audit the closure of family support cases after domestic abuse to check that the remaining "
          "parent's health and the children's care have been assessed."),
         ("Information held by another trust area is part of a family's history and should be sought when a family "
          "new to the area is screened.",
          "The Gateway service should add checks with other trusts in Northern Ireland to its screening of every "
          "notification about a family that has moved within the last three years."),
     ]),
     h("10. Good practice", "good_practice"),
     ("p", "The panel also noted practice that was of a good standard:"),
     items("good_practice", [
         "The emergency department nurse took a careful account from Child N in her own words and made a referral the "
         "same evening.",
         "The education welfare officer visited the home within a week of the referral and built a good relationship "
         "with mother.",
         "Child N's grandmother was supported quickly to care for the children after the injury."], "ul"),
     h("11. Conclusion", "conclusion"),
     *nps(11, [
         "Child N carried responsibilities that no ten-year-old should carry, for more than a year, in plain sight of "
         "the agencies around her. Each practitioner saw a small part of her life and none of them asked her about "
         "the whole of it.",
         "The panel is grateful to Child N, her mother and her grandmother for their help, and to the practitioners who "
         "spoke so honestly about their work."]),
     h("Appendix 1: Action plan", "appendix", ["other"]),
     ("actions", [
         ("1", "Weekly review of pastoral logs by designated teachers; training on disclosures about caring",
          "Education Authority", "September 2024", "In progress"),
         ("2", "Attendance procedures revised to include a conversation with the pupil", "Education Authority",
          "December 2024", "Not started"),
         ("3", "Audit of case closures after domestic abuse", "Trust", "June 2024", "In progress"),
         ("4", "Checks with other trusts added to Gateway screening", "Trust", "April 2024", "Complete"),
     ]),
     h("Appendix 2: Glossary", "appendix", ["other"]),
     ("glossary", [
         ("Case Management Review", "A review held by the Safeguarding Board for Northern Ireland when a child has died "
                                    "or been seriously harmed and there are concerns about how agencies worked together."),
         ("Gateway service", "The trust's first point of contact for referrals about children."),
         ("PSNI", "Police Service of Northern Ireland."),
         ("Young carer", "A child or young person who looks after a family member who is ill, disabled or misuses "
                         "substances, or who takes on practical or emotional care beyond what is expected for their age."),
     ])],
    "NI Case Management Review of realistic length (16 p); diagonal 'OFFICIAL - SENSITIVE' watermark on every page (rotated "
    "real text); hanging paragraph numbers in their own boxes; contents with dot leaders; every chapter from a new page; "
    "Learning | Recommendation table (both cells items); chronology, action plan and glossary tables (no items)")


# ---------- 2. Bro Caron: bilingual Welsh / English concise CPR, alternate paragraphs, Writer tagged
BRO_CARON = rep(
    "bro-caron-concise-cpr-child-w.pdf", "libreoffice_tagged_bilingual_alternate",
    {"title": "Concise Child Practice Review: Child W", "child_name": "Child W", "review_type": "child_practice_review",
     "area": "Bro Caron", "year": 2025, "partnership": "Bro Caron Regional Safeguarding Board",
     "by": "Adolygydd / Reviewer: Ms Elen Pritchard", "date": "Chwefror / February 2025"},
    [("cy_h", "Amlinelliad byr o'r amgylchiadau a arweiniodd at yr adolygiad"),
     h("Brief outline of circumstances resulting in the review", "introduction", ["background"]),
     ("cy", "Roedd Plentyn W yn bedair oed pan gafodd ei dderbyn i'r ysbyty gyda diffyg maeth difrifol. Roedd yn byw "
            "gyda'i fam a'i lystad mewn pentref gwledig."),
     ("p", "Child W was four years old when he was admitted to hospital with serious malnutrition. He lived with his "
           "mother and stepfather in a rural village."),
     ("cy", "Roedd y teulu wedi symud tŷ dair gwaith mewn dwy flynedd ac nid oedd Plentyn W wedi'i gofrestru gyda "
            "meddyg teulu na meithrinfa."),
     ("p", "The family had moved house three times in two years and Child W was not registered with a GP or a nursery."),
     ("cy_h", "Dysgu ymarfer a sefydliadol"),
     h("Practice and organisational learning", "findings", ["learning"]),
     ("cy", "Nododd yr adolygiad y dysgu canlynol:"),
     ("cy_items", ["Pan fydd plentyn yn symud ardal, dylai'r ymwelydd iechyd drosglwyddo'r cofnodion a siarad â'r tîm "
                   "newydd.",
                   "Nid yw plentyn nad yw wedi'i gofrestru gyda meddyg teulu yn weladwy i wasanaethau iechyd.",
                   "Dylid gweld a phwyso plentyn ifanc pan fydd pryderon am ei fwyta."]),
     ("p", "The review identified the following learning:"),
     items("learning", [
         "When a child moves area, the health visitor should transfer the records and speak with the new team.",
         "A child who is not registered with a GP is invisible to health services.",
         "A young child should be seen and weighed when there are worries about his eating."], "ul"),
     ("cy_h", "Gwella systemau ac ymarfer"),
     h("Improving systems and practice", "recommendations"),
     ("cy", "Mae'r Bwrdd yn cytuno i'r camau canlynol:"),
     ("cy_items", ["Bydd y byrddau iechyd yn cytuno ar drefn i drosglwyddo cofnodion plant dan bump rhwng ardaloedd.",
                   "Bydd yr awdurdodau lleol yn gwirio cofrestru gyda meddyg teulu wrth roi tŷ i deulu gyda phlant ifanc."]),
     ("p", "The Board agrees to the following actions:"),
     items("recommendations", [
         "The health boards will agree a procedure for transferring the records of children under five between areas.",
         "The local authorities will check registration with a GP when they house a family with young children."]),
     ("cy_h", "Datganiad gan yr adolygydd"),
     h("Statement by reviewer", "other", ["conclusion"]),
     ("cy", "Rwy'n fodlon bod yr adolygiad wedi'i gynnal yn annibynnol a bod y teulu wedi cael cyfle i gyfrannu."),
     ("p", "I am satisfied that the review was carried out independently and that the family were given the chance to "
           "take part.")],
    "bilingual Welsh / English concise CPR in alternate paragraphs, Welsh first: each Welsh heading a Heading 1 of its "
    "own above the English one; Welsh bullets above the English bullets; truth = the English text")


# ---------- 3. Penmarrow: 7-minute briefing, seven numbered boxes around a title box, Chromium tagged
PENMARROW = rep(
    "penmarrow-7-minute-briefing-child-r.pdf", "chromium_tagged_seven_boxes",
    {"title": "7-minute briefing: Child R", "child_name": "Child R", "review_type": CSPR, "area": "Penmarrow", "year": 2025,
     "partnership": "Penmarrow Safeguarding Children Partnership",
     "by": "Local Child Safeguarding Practice Review", "date": "June 2025"},
    [("box", 1, "Background", "background", [
        ("p", "Child R, aged fourteen, was found to be carrying drugs for an older man in another town. He had been "
              "missing from home eleven times in four months.")]),
     ("box", 2, "Why it matters", "introduction", [
        ("p", "Children who go missing repeatedly may be being exploited. Each missing episode is a chance to find out "
              "what is happening.")]),
     ("box", 3, "What we found", "findings", [
        ("p", "Return home interviews were offered but not done. The police saw each episode on its own, and the school "
              "did not know he had been missing.")]),
     ("box", 4, "Learning", "learning", [
        items("learning", [
            "Repeat missing episodes are a pattern to be looked at together.",
            "A return home interview is most useful within three days.",
            "Schools need to know when a pupil has been missing."], "ul")]),
     ("box", 5, "What went well", "good_practice", [
        items("good_practice", [
            "The youth worker kept in touch with Child R throughout.",
            "The police made a quick referral after the arrest."], "ul")]),
     ("box", 6, "Actions", "recommendations", [
        items("recommendations", [
            "Hold a multi-agency meeting after the third missing episode.",
            "Tell the school of every missing episode the next day."], "ul")]),
     ("box", 7, "Reflect", "other", [
        ("p", "Which children on your caseload have been missing more than once this year? Who else knows?")]),
     h("About this briefing", "other", ["introduction"]),
     ("p", "Seven-minute briefings are short summaries of learning from reviews, written to be read and discussed in a "
           "team meeting. This one summarises the local child safeguarding practice review about Child R."),
     ("p", "The full report, the partnership's response and a set of slides are on the partnership's website.")],
    "7-minute briefing: seven numbered boxes around a central title box on a 3 x 3 grid, box number in a circle of its "
    "own, learning, good practice and actions as bullets inside boxes; an 'About this briefing' page", body_from=1)


# ---------- 4. Glenisla: Scottish Learning Review, 2021 guidance headings, groff -mom with line numbers
GLENISLA = rep(
    "glenisla-learning-review-child-c.pdf", "groff_mom_line_numbers",
    {"title": "Learning Review: Child C", "child_name": "Child C", "review_type": "learning_review", "area": "Glenisla",
     "year": 2024, "partnership": "Glenisla Child Protection Committee", "by": "Lead reviewer: Dr Morag Keillor",
     "date": "November 2024"},
    [h("1 Introduction", "introduction"),
     ("p", "This Learning Review was commissioned by Glenisla Child Protection Committee in line with the national "
           "guidance for child protection committees undertaking learning reviews published in 2021. It concerns "
           "Child C, who was thirteen months old when she was admitted to hospital with a fractured skull."),
     h("2 Reason for the learning review", "introduction", ["background", "other"]),
     ("p", "The initial case review found that Child C had been seen by several services in the weeks before her injury, "
           "that concerns about her father's drinking had been raised by a neighbour, and that there might be learning "
           "about how such concerns were weighed."),
     h("3 Approach to the review", "methodology"),
     ("p", "The review team read agency records, held conversations with eleven practitioners and their supervisors, "
           "and met Child C's mother. The team used the guidance's questions: what happened, why, and what should "
           "change."),
     h("4 Summary of circumstances", "background"),
     ("p", "Child C lived with her mother and father in a flat in Glenisla. Her mother returned to work when Child C "
           "was nine months old and her father cared for her during the day. A neighbour twice phoned the social work "
           "duty team to say that she had heard a baby crying for hours and that the father seemed drunk. Both calls "
           "were recorded as information only."),
     h("5 Key findings", "findings"),
     ("p", "Anonymous concerns from neighbours were not checked with the health visitor, who had recorded worries about "
           "the father's drinking at the nine-month review. The health visitor's worries were shared with the GP but "
           "not with social work. The duty team's recording system did not show that a second call was about the same "
           "child."),
     h("6 Key learning", "learning"),
     items("learning", [
         "A second concern from the same source about the same child should prompt a check with health and a visit.",
         "Worries about a parent's drinking matter most when that parent is the main carer of a baby.",
         "Information only is not a safe outcome for a report about a baby left crying for hours."]),
     h("7 Recommendations", "recommendations"),
     items("recommendations", [
         "The social work duty system should link every contact about a child to that child's previous contacts.",
         "Health visitors should share concerns about a carer's alcohol use with social work when the carer looks after "
         "a baby alone.",
         "The committee should audit contacts closed as information only that concern children under two."]),
     h("8 Next steps", "conclusion", ["other", "recommendations"]),
     ("p", "The committee will publish an action plan within three months and report on progress to the chief officers' "
           "group in a year.")],
    "Scottish Learning Review with the 2021 national guidance headings; groff -mom: line numbers in the left margin on "
    "every line (NUMBER_LINES), headings numbered too; numbered key learning and recommendations", body_from=1)


# ---------- 5. Haverleigh: a scanned report, page images with an invisible OCR text layer
HAVERLEIGH = rep(
    "haverleigh-cspr-child-e.pdf", "handwritten_scanned_ocr_layer",
    {"title": "Child Safeguarding Practice Review: Child E", "child_name": "Child E", "review_type": CSPR,
     "area": "Haverleigh", "year": 2023, "partnership": "Haverleigh Safeguarding Children Partnership",
     "by": "Independent reviewer: Mr Paul Ashdown", "date": "Published May 2023"},
    [h("Introduction", "introduction"),
     ("p", "This review concerns Child E, aged seven, who was found to have been living in a home without working "
           "heating, lighting or a usable kitchen for most of one winter. The partnership decided that a review was "
           "needed because several agencies had visited the home."),
     h("Background", "background"),
     ("p", "Child E lived with his father, who has a learning disability, in a privately rented house. His mother died "
           "when he was four. Father's support worker visited weekly and the school nurse had seen Child E twice about "
           "head lice."),
     h("Findings", "findings"),
     ("p", "Practitioners who visited the home saw only the front room, which was kept tidy. Nobody went upstairs or "
           "into the kitchen. Father's support worker was commissioned to help him with money and did not see the "
           "child's welfare as part of her role. The school noticed that Child E was hungry on Mondays but treated this "
           "as a matter for the breakfast club."),
     h("Learning", "learning"),
     items("learning", [
         "Practitioners who visit a family home should see where the child sleeps, eats and washes.",
         "Adult services staff are also responsible for noticing the needs of children in the home.",
         "Hunger at school after a weekend can be a sign of neglect and should be shared."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should issue guidance that home visits to families with children include the child's bedroom.",
         "Adult social care should add a question about children in the household to every support plan review.",
         "Schools should record and share patterns of hunger with the designated safeguarding lead."])],
    "scanned report: every page one greyscale image with an invisible text layer (render mode 3, each word its own "
    "positioned and horizontally scaled string, as OCR tools write), no fonts visible, untagged, cover page")


# ---------- 6. Wendlebury: Writer untagged, footnotes (one over the page break), Learning | Recommendation table
WEND_PARA = ("Practitioners described a busy period, with a new case management system introduced in the same month and "
             "several vacancies in the team. Managers told the review that supervision was sometimes cancelled and that "
             "caseloads were higher than the service's own standard.")
WENDLEBURY = rep(
    "wendlebury-lcspr-child-s.pdf", "libreoffice_untagged_footnotes_over_break",
    {"title": "Local Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
     "area": "Wendlebury", "year": 2024, "partnership": "Wendlebury Safeguarding Children Partnership",
     "by": "Lead reviewer: Ms Janet Oduya", "date": "Published July 2024"},
    [h("1. Introduction", "introduction"),
     ("p", "This review concerns Child S, aged fifteen, who took an overdose in March 2023 after months of being bullied "
           "online and at school.^[The partnership's rapid review was held on 14 April 2023; its minutes were "
           "available to the reviewer.] She recovered and has helped the review."),
     ("p", "The review was commissioned by Wendlebury Safeguarding Children Partnership under the statutory guidance "
           "Working Together to Safeguard Children.^[HM Government, Working Together to Safeguard Children, 2018, "
           "chapter 4.]"),
     h("2. Background", "background"),
     ("p", "Child S lived with her mother and stepfather and attended a large secondary school. She had been referred "
           "to the child and adolescent mental health service twice, in 2021 and 2022, and was on a waiting list at the "
           "time of her overdose."),
     ("p", WEND_PARA),
     ("p", WEND_PARA.replace("Practitioners described", "School staff also described")),
     h("3. Findings", "findings"),
     ("p", "The school knew of the bullying from September 2022 and took steps against the pupils involved, but it did "
           "not share what it knew with the mental health service, which assessed Child S's risk as moderate on the "
           "basis of what she told them."),
     ("p", "The waiting list letters sent to Child S's mother did not say whom to contact if things got worse. Mother "
           "told the review that she did not know she could ask for an earlier appointment."),
     ("p", WEND_PARA.replace("Practitioners described", "Clinicians in the triage team described")),
     ("p", "Mother said that she had phoned the service once, in January 2023, and had been told that Child S was "
           "still on the list and that she should go to her GP if she was worried."),
     ("p", "When the mental health service triaged the second referral, the clinician relied on the referral form "
           "alone.^[The referral form in use at the time had a free text box of 500 characters and no question about "
           "bullying, self-harm or online harm; the service's own audit in 2022 had found that forms completed by "
           "schools were often shorter than those completed by GPs and that the triage clinicians rarely telephoned "
           "the referrer for more information, because the triage standard allowed fifteen minutes for each referral "
           "and the service received around ninety referrals a week at that time. The form has since been replaced "
           "by an online form with required questions about self-harm, bullying and online contact, and the triage "
           "standard now requires a call to the referrer when the form leaves the level of risk unclear. The review "
           "welcomes both changes, which the service made before the review began, and has not made a recommendation "
           "about them. The reviewer also read the service's waiting list policy, which at the time set a target of eighteen "
           "weeks from referral to first appointment and did not give any priority to referrals that described "
           "bullying or online harm; the policy was under review when this report was written and the partnership "
           "will follow its outcome through its quality assurance group.] The school's fuller account was not sought."),
     h("4. Learning and recommendations", "recommendations", ["learning"]),
     ("lr", [
         ("What a school knows about bullying is part of a young person's risk and needs to reach the mental health "
          "service that is assessing her.",
          "The partnership should agree with schools and the mental health service that a school is asked for its "
          "account whenever a pupil is triaged."),
         ("Families waiting for a mental health service need to know what to do if things get worse.",
          "The mental health service should include a named contact and crisis numbers in every waiting list letter."),
         ("Online bullying follows a young person home and can continue all night.",
          "Schools should include online bullying in their safeguarding training for all staff this year."),
     ]),
     h("5. Conclusion", "conclusion"),
     ("p", "Child S was let down by a system that held the pieces of her story in different places. She told the review "
           "that she wanted other young people to be asked, and believed, sooner than she was.")],
    "Writer untagged; real page-bottom footnotes, one long footnote running over the page break onto the next page; "
    "recommendations as a two-column table 'Learning | Recommendation' (both cells items); cover page")


# ---------- 7. Calderwick: Word-like PDF by hand, DRAFT watermark, hanging paragraph numbers as separate objects
CALDERWICK = rep(
    "calderwick-scr-child-b.pdf", "handwritten_wordlike_draft_watermark",
    {"title": "Serious Case Review: Child B", "child_name": "Child B", "review_type": "serious_case_review",
     "area": "Calderwick", "year": 2020, "partnership": "Calderwick Local Safeguarding Children Board",
     "by": "Independent author: Ms Ruth Hallam", "date": "Final draft for publication: January 2020"},
    [h("1. Introduction", "introduction"),
     *nps(1, [
         "This serious case review concerns Child B, who was eight weeks old when he died in an unsafe sleeping "
         "arrangement in December 2018. His parents had both been drinking on the evening before his death.",
         "The Board agreed that the criteria for a serious case review were met because the parents had been known to "
         "several agencies and there were questions about how advice on safe sleep had been given."]),
     h("2. Background", "background"),
     *nps(2, [
         "Child B's mother was twenty-two and his father twenty-five. Both had used alcohol heavily in the past. The "
         "family lived in a two-bedroom flat with Child B's half-sister, aged four.",
         "The midwife and the health visitor each gave safe sleep advice. Neither asked about alcohol after the birth, "
         "although the midwife's booking notes recorded father's past drinking."]),
     h("3. Analysis", "findings"),
     *nps(3, [
         "Safe sleep advice was given as a leaflet and a short conversation at the new birth visit. It was not linked to "
         "the family's own circumstances, such as drinking, or to times when routines change, such as Christmas.",
         "Information about father's drinking was held by the midwifery service and by the GP but did not reach the "
         "health visitor, whose records showed no risk factors.",
         "Child B's half-sister attended a nursery where staff had noticed that she was often collected by a parent who "
         "smelled of alcohol. This was not recorded as a concern."]),
     h("4. Learning", "learning"),
     items("learning", [
         "Safe sleep advice works best when it is about the family's own home, habits and plans.",
         "A parent's alcohol use is a risk factor for sudden infant death and belongs in the health visitor's record.",
         "Nursery staff who notice a parent under the influence of alcohol should record and share it."], "ul"),
     h("5. Recommendations", "recommendations"),
     ("recs", [
         "The Board should ask health services to replace leaflet-based safe sleep advice with a conversation about the "
         "family's own sleeping arrangements, repeated at each contact in the first six months.",
         "Midwifery services should pass information about parental alcohol use to the health visitor at handover.",
         "The Board should remind early years settings of their duty to record and share concerns about parents who "
         "appear to be under the influence when collecting children."])],
    "Word-like PDF written by hand: a diagonal 'DRAFT' watermark drawn first on each page as rotated text; hanging "
    "paragraph numbers '3.1' as separate text objects at the left margin; bullet glyphs as text objects of their own; "
    "'Recommendation N:' bold labels; cover page; untagged")


# ---------- 8. Lowther Bridge: Writer tagged with line numbering in the margin
LOWTHER = rep(
    "lowther-bridge-lcspr-child-a.pdf", "libreoffice_tagged_line_numbers",
    {"title": "Local Child Safeguarding Practice Review: Child A", "child_name": "Child A", "review_type": CSPR,
     "area": "Lowther Bridge", "year": 2025, "partnership": "Lowther Bridge Safeguarding Partnership",
     "by": "Independent reviewer: Dr Samir Kaleem", "date": "Published October 2025"},
    [h("1. Introduction", "introduction"),
     ("p", "Child A, aged eleven, was seriously injured by a dog at the home of a family friend who was looking after "
           "her while her mother was in hospital. This review looks at how arrangements for her care were made and "
           "checked."),
     h("2. Background", "background"),
     ("p", "Child A lived with her mother, who has multiple sclerosis. When her mother was admitted to hospital for "
           "three weeks, the ward social worker agreed that a friend of the family would look after Child A. No visit "
           "was made to the friend's home, where two large dogs were kept."),
     h("3. Findings", "findings"),
     ("p", "The arrangement was treated as a private matter between the family and their friend, although the ward "
           "social worker had helped to make it. Nobody checked the home or told Child A's school. The friend had "
           "reported one of the dogs to the council for biting a neighbour's child the year before."),
     h("4. Learning", "learning"),
     items("learning", [
         "When a professional helps to arrange care for a child, they share responsibility for checking it is safe.",
         "A home visit before a child moves in should include pets, other adults and sleeping arrangements.",
         "The child's school should be told who is caring for her and how to reach them."]),
     h("5. Good practice", "good_practice"),
     items("good_practice", [
         "The ward staff made sure Child A could visit her mother every day.",
         "The school's family liaison officer supported Child A on her return to school."], "ul"),
     h("6. Recommendations", "recommendations"),
     items("recommendations", [
         "Adult and children's services should agree a protocol for children whose only carer is admitted to hospital.",
         "The protocol should require a visit to any home where a child is to stay for more than three nights.",
         "The partnership should share this learning with hospital discharge and ward social work teams."])],
    "Writer tagged with line numbering in the left margin (every line, headings and the running head included, restarting on each page); numbered headings; "
    "learning numbered, good practice bullets, recommendations numbered; cover page")


REPORTS = [DRUMCARRICK, BRO_CARON, PENMARROW, GLENISLA, HAVERLEIGH, WENDLEBURY, CALDERWICK, LOWTHER]
