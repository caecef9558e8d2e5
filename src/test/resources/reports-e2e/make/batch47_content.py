"""Batch 47 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in shapes real published reviews have, in combinations earlier batches had not covered:
- a realistic-length (about 14 pages) overview report, flat ODT -> Writer **tagged**, whose **running head is the current
  chapter's name** (Writer chapter field, so it changes chapter by chapter), a contents page with dot leaders, an
  executive summary restating the recommendations in short form (no items), a 'Terms of reference' chapter of numbered
  questions (no items, no findings), a chronology table, a findings chapter whose learning is given only as
  'Learning point:' paragraphs after each finding's narrative, numbered recommendations, an appendix action plan;
- Chromium untagged: recommendations in an 'Agency | Recommendation | Response | Timescale' table, one recommendation
  cell holding a numbered sub-list (one item: its lead-in and the numbered parts), an executive summary that repeats the
  recommendations as a short numbered list (no items, by the convention of batch3 Farrowdale and batch46 Marston Fleet);
- an InDesign-like PDF written by hand here (Python, no library): every line its own text object placed absolutely
  with a kerning TJ array, frames written out of reading order (footer, sidebar, then body), base-14 fonts;
  learning as 'Learning point:' paragraphs inside a findings narrative;
- Chromium tagged: a Scottish learning review with numbered 'Terms of reference' questions (not findings) and learning
  given in icon rows (an SVG icon cell beside the text, no bullets or numbers);
- pod2pdf: a Northern Ireland case management review whose findings chapter holds 'Learning point:' paragraphs and
  whose recommendations are '=item' paragraphs led by an agency name in bold;
- flat ODT -> Writer untagged: a Welsh concise child practice review whose learning sits in a **two-column Writer
  section** (bullets flowing from the left column to the right) between one-column sections;
- Chromium tagged: a thematic review with agency-grouped recommendations (an agency sub-heading, then a numbered list
  whose numbering runs on) and a 'Next steps' paragraph;
- a second hand-written InDesign-like PDF, two text frames per page (a narrow left frame of headings, the body on the
  right; headings set beside their first paragraph), recommendations as 'R1' .. 'R4' lines.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",); ("h1", heading, type[, accept]); ("h2", text) a sub-heading (no section); ("p", text);
("np", "1.1", text) a numbered paragraph; ("lp", text) a 'Learning point:' paragraph (one learning item, its text
without the label); ("tor", [questions]) numbered terms-of-reference questions (no items); ("items", type, [texts],
style) style 'ol' / 'ul' / 'icon' / 'bagency' (pod2pdf: '=item' bullet whose agency, the words before ' should ', is bold; the item the whole text) /
'R' ('R1' labels); ("short", [texts]) a short-form numbered restatement (no items); ("rectable", [(agency, text or
(lead, [parts]), response, timescale)]) (each recommendation cell one item); ("agency", name) an agency sub-heading
inside a recommendations list; ("chron", rows); ("actions", rows) (no items); ("glossary", rows); ("cols",) / ("endcols",)
a two-column Writer section.
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


# ---------- 1. Thornwick: realistic-length overview, Writer tagged, running head = chapter name
THORN_CHRON = [
    ("06/03/2022", "Midwifery", "Booking appointment. Mother, aged nineteen, says she has no support from her own family "
                                "and lives with her partner in a one-bedroom flat."),
    ("22/05/2022", "Midwifery", "Mother misses two antenatal appointments. A letter is sent; no home visit is made."),
    ("14/08/2022", "Hospital", "Daisy is born at thirty-seven weeks. Father is not present; mother says he is working."),
    ("25/08/2022", "Health visiting", "New birth visit. The flat is cold; the health visitor gives advice on heating "
                                      "grants and safe sleep."),
    ("03/10/2022", "Police", "Call from a neighbour about shouting. Officers speak to father at the door; mother is not "
                             "seen. No record is made of a baby in the home."),
    ("19/10/2022", "Health visiting", "Six to eight week review missed. The health visitor leaves a card."),
    ("07/11/2022", "GP practice", "Daisy brought for immunisations by father. The nurse notes a small bruise on her ear "
                                  "and father's explanation that she rolled against the cot side."),
    ("08/11/2022", "GP practice", "The GP reviews the nurse's note the next day and does not act on it."),
    ("29/11/2022", "Children's social care", "A referral from the housing association about rent arrears and a report of "
                                             "a man shouting at a baby is screened and closed with signposting."),
    ("12/12/2022", "Health visiting", "Home visit. Mother seems low. Daisy is asleep in a car seat. A depression screening "
                                      "is planned for the next visit."),
    ("02/01/2023", "Emergency department", "Daisy, aged four months, is brought in unresponsive. Scans show head "
                                           "injuries of different ages."),
]

THORNWICK = rep(
    "thornwick-lcspr-baby-daisy.pdf", "libreoffice_tagged_chapter_running_heads",
    {"title": "Local Child Safeguarding Practice Review: Baby Daisy", "child_name": "Baby Daisy", "review_type": CSPR,
     "area": "Thornwick", "year": 2024, "partnership": "Thornwick Safeguarding Children Partnership",
     "by": "Independent lead reviewer: Dr Helen Marchbank", "date": "Published September 2024"},
    [("contents",),
     h("Executive summary", "summary"),
     ("p", "Baby Daisy was four months old when she suffered serious head injuries at home in January 2023. Her father "
           "was later convicted of causing her injuries. She has since recovered well and lives with relatives."),
     ("p", "This review looked at how the agencies that knew Daisy and her parents worked together from the start of "
           "her mother's pregnancy until the day of her injury. It found that practitioners were kind and worked hard, "
           "but that information about the father and about a bruise to a young baby was not brought together."),
     ("p", "The review makes five recommendations to the partnership. In short, they ask for:"),
     ("short", ["a single pathway for bruising in babies who are not yet mobile;",
                "fathers and other men in the household to be seen and recorded;",
                "screening decisions to weigh a report about a baby above the presenting issue;",
                "missed health contacts for babies under one to be followed up in person;",
                "the partnership to check within a year that these changes are in place."]),
     h("1. Introduction", "introduction"),
     *nps(1, [
         "Thornwick Safeguarding Children Partnership decided in February 2023 that this case met the criteria for a "
         "local child safeguarding practice review. The rapid review had found that several agencies held information "
         "that, taken together, might have shown that Daisy was at risk.",
         "The review was led by an independent reviewer with a panel of senior managers from health, the police, "
         "children's social care and the housing association. None of them had any direct involvement with the family.",
         "The review's purpose is learning. It does not decide whether anyone was to blame for Daisy's injuries; that "
         "was a matter for the criminal court.",
         "Daisy's mother took part in the review and met the reviewer twice. Her father did not respond to letters. "
         "Daisy's great-aunt, who now cares for her, shared what she knew of the family's life."]),
     h("2. Terms of reference", "other", ["introduction", "methodology"]),
     ("p", "The partnership asked the review to answer the following questions:"),
     ("tor", ["How well did agencies understand who lived in Daisy's home and who cared for her?",
              "How were the bruise on Daisy's ear and the father's explanation considered, and by whom?",
              "What happened to the referral made by the housing association in November 2022?",
              "How did health services respond when appointments for a young baby were missed?",
              "What can the partnership learn about seeing and hearing from fathers?"]),
     ("p", "The review covers the period from March 2022, when Daisy's mother booked for antenatal care, until 2 January "
           "2023. Earlier information about either parent was included where agencies held it."),
     h("3. Methodology", "methodology"),
     *nps(3, [
         "The review used a systems approach. Each agency provided a chronology and a short report. The reviewer read "
         "the records, met the practitioners who had contact with the family at two learning events and spoke to their "
         "managers.",
         "The practitioners' events were held in June 2023. Eighteen practitioners took part. They were open about "
         "the pressures they were under and about what they would now do differently.",
         "A draft of this report was shared with the panel, with the practitioners' managers and with Daisy's mother, "
         "whose comments are included where she agreed to them."]),
     h("4. Background", "background"),
     *nps(4, [
         "Daisy's mother grew up in Thornwick and was herself known to children's social care as a teenager. She left "
         "school at sixteen and worked in a café until she became pregnant. She told the review that she felt she "
         "could not ask anyone for help because she was afraid Daisy would be taken from her.",
         "Daisy's father was twenty-four. He worked irregular shifts in a warehouse. Police held records of two "
         "incidents of violence towards a previous partner, neither of which led to charges. No other agency knew of "
         "them.",
         "The family lived in a one-bedroom flat rented from the housing association. Rent arrears built up from "
         "the summer of 2022 and the housing officer visited three times."]),
     h("5. Chronology of key events", "background", ["findings", "other"]),
     ("p", "The table below sets out the key contacts with Daisy and her family. It is a summary; the agencies' full "
           "chronologies were read by the panel."),
     ("chron", THORN_CHRON),
     h("6. Findings and learning", "findings"),
     ("p", "This chapter takes each question in the terms of reference in turn. Each finding ends with the learning the "
           "review draws from it."),
     ("h2", "Finding 1: The men in Daisy's life were not seen"),
     *nps(6, [
         "Daisy's father was mentioned in fourteen records but was spoken to only twice, once at the door by police "
         "officers and once at the GP surgery. No agency asked about his history or recorded what part he played in "
         "Daisy's care.",
         "Practitioners told the review that visits were arranged with the mother, usually in the daytime, and that the "
         "father's shifts meant he was rarely there. Nobody planned a visit when he would be at home.",
         "When police attended in October 2022 they recorded the incident as a verbal argument between adults. They did "
         "not see the mother and did not record that a baby lived at the address, so the incident was never linked to "
         "Daisy."]),
     ("lp", "A father or partner who is rarely seen is not a reason to leave him out of an assessment; it is a reason to "
            "find out more about him, and the visit should be arranged for a time when he is at home."),
     ("h2", "Finding 2: The bruise was seen but not acted on"),
     *nps(6, [
         "The practice nurse saw a small bruise on Daisy's ear when she was twelve weeks old. She recorded the father's "
         "explanation and passed the note to the GP. The GP read the note the next morning and, knowing the family as "
         "pleasant and engaged, did not follow it up.",
         "The partnership's bruising protocol says that any bruise on a baby who is not independently mobile must be "
         "referred to children's social care and seen by a paediatrician. Neither the nurse nor the GP remembered the "
         "protocol, and the practice had not been told when it was last updated.",
         "A baby of twelve weeks cannot roll against a cot side with enough force to cause a bruise. This was the "
         "single clearest sign that Daisy was being harmed."], 4),
     ("lp", "Any bruise on a baby who is not yet mobile must be treated as a possible sign of abuse and referred the "
            "same day, whatever the explanation and however well the family is known."),
     ("h2", "Finding 3: The referral was screened on its presenting issue"),
     *nps(6, [
         "The housing association's referral in November 2022 was mainly about rent arrears, but its last line "
         "reported that a neighbour had heard a man shouting at a baby. The screening social worker saw the referral "
         "as a housing matter and signposted the family to debt advice.",
         "Managers told the review that the front door received more than two hundred contacts that week and that the "
         "screening tool asked first about the presenting issue. No checks were made with health or the police."], 7),
     ("lp", "Information about a baby, even when it is given in passing inside a referral about something else, should "
            "be weighed on its own and checked with the agencies that know the family before a decision is made."),
     ("h2", "Finding 4: Missed appointments were not followed up"),
     *nps(6, [
         "Daisy missed her six to eight week review and two of her mother's antenatal appointments were missed. Each "
         "time a letter or a card was left. The health visitor planned a depression screening for a visit that never "
         "took place.",
         "Health visitors told the review that their caseloads had risen by a third in a year and that a card through "
         "the door had become the usual response to a missed contact."], 9),
     ("lp", "For a baby under one, a missed health contact is itself information; it needs a follow-up visit in person "
            "and a conversation with the other professionals who know the family."),
     h("7. Good practice", "good_practice"),
     ("p", "The review also found examples of good practice:"),
     items("good_practice", [
         "The health visitor gave the mother clear, practical advice on safe sleep and helped her apply for a heating "
         "grant within a week of Daisy's birth.",
         "Emergency department staff recognised Daisy's injuries at once, involved the police and children's social "
         "care within the hour and kept her mother informed throughout."], "ul"),
     h("8. Recommendations", "recommendations"),
     ("p", "The review makes the following recommendations to Thornwick Safeguarding Children Partnership:"),
     items("recommendations", [
         "The partnership should relaunch its bruising protocol for babies who are not independently mobile, with "
         "briefings for every GP practice, and should check within six months that practices know and use it.",
         "The partnership should ensure that assessments by every agency record who lives in a baby's home and that "
         "practitioners plan contact with fathers and other men in the household.",
         "Children's social care should change its screening tool so that any information about harm to a baby is "
         "considered separately from the presenting issue and checked with health and the police.",
         "The health visiting service should follow up any missed contact for a baby under one with a home visit within "
         "ten working days.",
         "The partnership should report to its executive within twelve months on the progress made against these "
         "recommendations."], "ol"),
     h("9. Conclusion", "conclusion"),
     ("p", "Daisy's injuries might not have been prevented, but the review found several points at which a different "
           "response could have brought what agencies knew together. The partnership has accepted all five "
           "recommendations and the learning from this review has already been shared at briefings across Thornwick."),
     h("Appendix A: Action plan", "appendix", ["other"]),
     ("p", "The partnership's response to each recommendation is set out below."),
     ("actions", [
         ("1", "Relaunch the bruising protocol; briefing for every GP practice; audit of practice awareness", "Designated nurse", "March 2025", "In progress"),
         ("2", "Add household members to assessment templates; practice guidance on engaging fathers", "Partnership business unit", "January 2025", "Complete"),
         ("3", "Revise the front door screening tool and test it with practitioners", "Children's social care", "December 2024", "In progress"),
         ("4", "Standard operating procedure for missed contacts for babies under one", "Health visiting service", "November 2024", "Complete"),
         ("5", "Twelve-month progress report to the partnership executive", "Independent scrutineer", "September 2025", "Not started")]),
     h("Appendix B: Glossary", "appendix", ["other"]),
     ("glossary", [("GP", "General practitioner (family doctor)"),
                   ("Rapid review", "A review carried out within fifteen working days of a serious incident being "
                                    "notified, to decide whether a local review is needed"),
                   ("Not independently mobile", "A baby who cannot yet crawl, cruise or walk")])],
    "**realistic length**; flat ODT -> **Writer tagged**; cover; **running head = the current chapter's name (Writer "
    "chapter field), changing chapter by chapter**; contents of dot-leader entries; **executive summary restating the five "
    "recommendations as a short numbered-looking list** (no items); **'2. Terms of reference' a numbered list of five "
    "questions** (no items, no findings); '1.1' numbered paragraphs; chronology table; **'6. Findings and learning' with "
    "'Finding N:' sub-headings, each ending with a 'Learning point:' paragraph** (the learning only there); good practice "
    "bullets; numbered recommendations; action plan and glossary appendices; footer 'Page N of M'")


# ---------- 2. Felbridge: Chromium untagged, Agency | Recommendation | Response | Timescale with a numbered sub-list
FELBRIDGE = rep(
    "felbridge-cspr-child-o.pdf", "chromium_untagged_rec_response_table",
    {"title": "Child Safeguarding Practice Review: Child O", "child_name": "Child O", "review_type": CSPR,
     "area": "Felbridge", "year": 2025, "partnership": "Felbridge Safeguarding Partnership",
     "by": "Reviewer: Matthew Okonkwo-Laird", "date": "March 2025"},
    [h("Executive summary", "summary"),
     ("p", "Child O is a fourteen-year-old boy who was stabbed near his school in May 2024 and survived. In the year "
           "before, he had been excluded twice, reported missing six times and found carrying cannabis in another town."),
     ("p", "The review's recommendations, in short:"),
     ("short", ["joint planning for every child excluded who is also reported missing;",
                "a named worker after a return home interview;",
                "exploitation screening in pupil referral units."]),
     h("Why this review was carried out", "introduction"),
     ("p", "Felbridge Safeguarding Partnership commissioned this review because the rapid review found that several "
           "agencies were worried about Child O being exploited but that no single plan drew their worries together."),
     h("What happened", "background"),
     ("p", "Child O lived with his mother and two younger sisters. After a permanent exclusion in Year 9 he attended a "
           "pupil referral unit for three hours a day. He began to go missing overnight and was found twice in a town "
           "forty miles away."),
     ("p", "Return home interviews were offered after each missing episode. Child O took part in two. He told the "
           "interviewer he was 'doing jobs' for older boys and was paid in clothes."),
     h("What we found", "findings"),
     ("p", "The pupil referral unit, the missing team and the youth justice service each held part of the picture. The "
           "missing team's interviews were sent to children's social care but did not reach the pupil referral unit. "
           "The police treated the cannabis find as a possession offence and did not record it as a possible sign of "
           "exploitation."),
     h("Recommendations and responses", "recommendations"),
     ("p", "The agencies' responses to the recommendations are set out in the table."),
     ("rectable", [
         ("Felbridge Safeguarding Partnership",
          ("The partnership should set up a joint planning pathway for children who are both excluded and reported "
           "missing, which should:", ["name the agency that leads the plan;",
                                       "meet within five working days of the second missing episode;",
                                       "include the school or unit the child attends."]),
          "Accepted. A pathway is being drafted by the exploitation sub-group.", "September 2025"),
         ("Children's social care",
          "Children's social care should ensure that every child who discloses exploitation at a return home interview "
          "is allocated a named worker within two working days.",
          "Accepted. The missing team now refers directly to the exploitation hub.", "June 2025"),
         ("Felbridge Pupil Referral Service",
          "The pupil referral service should screen every new pupil for signs of criminal exploitation and share the "
          "result with the child's social worker.",
          "Accepted in part. Screening starts in April; sharing needs consent work.", "April 2025"),
         ("Felbridge Police",
          "The police should record drugs found on a child away from home as a possible sign of exploitation and refer "
          "the child to the exploitation hub.",
          "Accepted. Briefing to all response officers completed.", "Complete")]),
     h("Next steps", "conclusion", ["other", "recommendations"]),
     ("p", "The partnership will publish its action plan with this report and will ask each agency to report on progress "
           "at its quarterly meeting.")],
    "**Chromium, untagged**; cover-less first page with a coloured title band; **executive summary restating the "
    "recommendations as a short numbered list** (no items); **'Recommendations and responses' table Agency | "
    "Recommendation | Response | Timescale** whose **first recommendation cell holds a lead-in ending with a colon and a "
    "numbered sub-list** (one item: lead-in and '1.', '2.', '3.' parts); response and timescale cells give no items; "
    "footer 'Felbridge SP | N'", body_from=1)


# ---------- 3. Oakenshaw: hand-written InDesign-like PDF, lines as absolute text objects with kerning TJ arrays
OAKENSHAW = rep(
    "oakenshaw-lcspr-child-b.pdf", "handwritten_indesign_like_tj",
    {"title": "Local Child Safeguarding Practice Review: Child B", "child_name": "Child B", "review_type": CSPR,
     "area": "Oakenshaw", "year": 2024, "partnership": "Oakenshaw Children's Safeguarding Partnership",
     "by": "Lead reviewer: Anita Sorensen", "date": "November 2024"},
    [h("Introduction", "introduction"),
     ("p", "This review concerns Child B, a six-year-old girl who was admitted to hospital severely underweight in "
           "January 2024. She had not been seen by a health professional for eighteen months and had been withdrawn "
           "from school to be educated at home."),
     h("Background", "background"),
     ("p", "Child B lived with her mother and her mother's partner. The family moved into Oakenshaw in 2022 from another "
           "county. Records from the previous area showed a child protection plan for neglect that had ended when the "
           "family moved."),
     h("Findings", "findings"),
     ("p", "The first finding is about the transfer of information. The previous local authority closed its plan when "
           "the family moved and sent a short letter, which was filed without being read by a social worker."),
     ("lp", "When a family with a recent child protection plan moves into the area, the receiving authority should "
            "read the full records and decide for itself whether the child needs a plan."),
     ("p", "The second finding is about elective home education. The school accepted the mother's letter withdrawing "
           "Child B and passed it to the local authority's home education officer, who wrote twice and received no "
           "reply. Nobody visited."),
     ("lp", "A child withdrawn from school who is already known to children's services should be seen at home within "
            "a month, and a refusal to engage should lead to a safeguarding discussion."),
     ("p", "The third finding is about health. Child B was not registered with a GP in Oakenshaw. Her missed school "
           "nurse checks were recorded as 'moved away' and nobody looked for her."),
     ("lp", "A child who is not registered with a GP and not in school can become invisible to every service; a "
            "missing registration is itself a reason to ask questions."),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Children's social care should ensure that records transferred with a family are read by a qualified social "
         "worker within five working days of arrival.",
         "The local authority should visit every child withdrawn for home education who is known to children's services "
         "within four weeks of withdrawal.",
         "The integrated care board should work with GP practices to identify children in the area who are not "
         "registered with a GP."], "ol")],
    "**hand-written InDesign-like PDF** (Python, no library): base-14 Helvetica / Helvetica-Bold (not embedded); **every "
    "line its own `BT .. Tm [..] TJ ET` text object placed absolutely, with kerning adjustments inside words**; **the "
    "page's frames written out of reading order** (footer, then a coloured sidebar frame with the partnership name, then "
    "the body lines); cover page; **learning only as 'Learning point:' paragraphs inside the findings narrative**; numbered "
    "recommendations; no outline, no tags")


# ---------- 4. Inverallan: Chromium tagged, Scottish learning review, ToR questions, learning in icon rows
INVERALLAN = rep(
    "inverallan-learning-review-child-f.pdf", "chromium_tagged_icon_rows",
    {"title": "Learning Review: Child F", "child_name": "Child F", "review_type": "learning_review",
     "area": "Inverallan", "year": 2025, "partnership": "Inverallan Child Protection Committee",
     "by": "Lead reviewers: Fiona Dalgleish and Ross McCardle", "date": "January 2025"},
    [h("Introduction", "introduction"),
     ("p", "Child F, aged eleven, disclosed sexual abuse by a family friend in the spring of 2023. Inverallan Child "
           "Protection Committee agreed that a learning review should be carried out under the national guidance."),
     h("Terms of reference", "other", ["introduction", "methodology"]),
     ("p", "The review team agreed the following questions with the committee:"),
     ("tor", ["How did agencies respond to Child F's earlier changes in behaviour at school?",
              "Was the family friend's access to children known to any agency?",
              "How was Child F supported to tell her story once she had disclosed?"]),
     h("Key findings", "findings"),
     ("p", "Child F's school noticed that she had become withdrawn and was afraid of changing for PE. Staff spoke to her "
           "mother, who put it down to puberty. No wellbeing concern was logged."),
     ("p", "Police held intelligence that the family friend had been investigated for similar behaviour in another "
           "area. The intelligence was not linked to his address because he was not the householder."),
     h("Key learning", "learning"),
     items("learning", [
         "A change in a child's behaviour is a message; staff should record it as a wellbeing concern even when a parent "
         "offers an explanation.",
         "Intelligence about a person who poses a risk to children should be linked to the places where he spends time, "
         "not only to where he is registered.",
         "Children need to be able to choose the adult they tell; Child F chose her swimming coach, who knew what to do."],
           "icon"),
     h("Areas for improvement", "recommendations"),
     items("recommendations", [
         "Schools should log changes in a child's behaviour as wellbeing concerns and review them with the child's named "
         "person.",
         "Police Scotland should review how intelligence about a person of concern is linked to addresses he frequents.",
         "The committee should extend its safeguarding training to sports clubs and youth organisations."], "ol")],
    "**Chromium, tagged**; Scottish learning review; **'Terms of reference' section with three numbered questions** (no "
    "items, no findings); **key learning as icon rows: an inline SVG icon cell beside each learning text** (flex rows, "
    "no bullet or number); areas for improvement as a numbered list; header committee name")


# ---------- 5. Ballyroan: pod2pdf, NI CMR, learning points and agency-led recommendations
BALLYROAN = rep(
    "ballyroan-cmr-child-l.pdf", "pod2pdf_ni_cmr",
    {"title": "Case Management Review: Child L", "child_name": "Child L", "review_type": "case_management_review",
     "area": "Northern Ireland", "year": 2024, "partnership": "Safeguarding Board for Northern Ireland",
     "by": "Chair of the CMR panel: Declan Fitzsimons", "date": "June 2024"},
    [h("INTRODUCTION", "introduction"),
     ("p", "This case management review was carried out for the Safeguarding Board for Northern Ireland after Child L, "
           "aged two, was found alone in a flat in Ballyroan for more than a day in 2023."),
     h("SUMMARY OF THE CASE", "background"),
     ("p", "Child L's mother has a learning disability and was supported by an adult learning disability team. Child L "
           "was known to the family support hub. The mother's support worker left her post and was not replaced for "
           "three months."),
     h("ANALYSIS AND FINDINGS", "findings"),
     ("p", "The adult team knew that the mother was struggling to manage money and food after her support worker left. "
           "The team did not think of the effect on Child L."),
     ("lp", "Support for a parent with a learning disability is also support for the child; when it stops, the "
            "professionals working with the child must be told."),
     ("p", "The family support hub closed its involvement after the mother missed three appointments, without telling "
           "the health visitor."),
     ("lp", "A family that stops engaging with early help may be a family in crisis, and closure should always be "
            "discussed with the health visitor and the referrer."),
     h("RECOMMENDATIONS", "recommendations"),
     items("recommendations", [
         "The Western Health and Social Care Trust should ensure that adult learning disability teams ask about dependent children at every review and share "
         "changes in support with children's services.",
         "The Family Support Hub network should agree that no family is closed after missed appointments without a conversation with the health "
         "visitor.",
         "The Safeguarding Board for Northern Ireland should produce guidance on supporting parents with a learning disability across adult and children's "
         "services."], "bagency"),
     h("CONCLUSION", "conclusion"),
     ("p", "Child L was unharmed physically but had been without food and water for many hours. The panel thanks the "
           "practitioners and Child L's mother for their honesty.")],
    "**pod2pdf** on A5; Northern Ireland CMR; no cover, title paragraph in bold; `=head1` capitals headings; **learning as "
    "'Learning point:' paragraphs inside 'ANALYSIS AND FINDINGS'**; **recommendations as `=item` bullets opening with a "
    "bold agency name** ('B<The Western Health and Social Care Trust> should ...'; the item text the whole bullet, agency "
    "included); footer board name", body_from=1)


# ---------- 6. Cwm Llwyd: Writer untagged, Welsh concise CPR, learning in a two-column section
CWM = rep(
    "cwm-llwyd-concise-cpr-child-h.pdf", "libreoffice_two_column_section",
    {"title": "Concise Child Practice Review: Child H", "child_name": "Child H", "review_type": "child_practice_review",
     "area": "Cwm Llwyd", "year": 2024, "partnership": "Cwm Llwyd Regional Safeguarding Board",
     "by": "Reviewer: Gwenllian Pryce", "date": "May 2024"},
    [h("Brief outline of circumstances resulting in the review", "introduction", ["background"]),
     ("p", "Child H, a fifteen-year-old girl, was admitted to hospital after taking an overdose in August 2023. She had "
           "been living with a friend's family for four months after falling out with her father. The Board commissioned "
           "a concise review."),
     h("Practice and organisational learning", "findings", ["learning"]),
     ("p", "Child H's living arrangement was never assessed as a private fostering arrangement. Her school knew she had "
           "moved but thought it was temporary. The learning identified by the review is:"),
     ("cols",),
     items("learning", [
         "When a young person moves in with a friend's family for more than twenty-eight days, the arrangement may be "
         "private fostering and must be notified to the local authority.",
         "A young person's change of address is safeguarding information; schools should ask who is caring for her and "
         "whether her parent agrees.",
         "Self-harm by a young person living away from home needs an assessment of the home as well as of her mental "
         "health.",
         "A young person who says she is fine should still be offered a trusted adult to talk to, and asked again."],
           "ul"),
     ("endcols",),
     h("Improving systems and practice", "recommendations"),
     ("p", "The review recommends that the Board:"),
     items("recommendations", [
         "runs a campaign with schools and colleges on recognising and notifying private fostering;",
         "asks the health board to include the young person's living arrangement in every self-harm assessment;",
         "checks through audit that children living away from their parents are seen alone."], "ol"),
     h("Statement by reviewer", "other", ["conclusion"]),
     ("p", "I am satisfied that the review was carried out independently and that its findings are supported by the "
           "information provided by the agencies.")],
    "flat ODT -> **Writer, untagged**; Welsh concise CPR template headings; **the learning bullets in a two-column Writer "
    "section** (text:section with two columns: bullets flow from the left column into the right) between one-column "
    "paragraphs; numbered 'Improving systems and practice' list after a lead-in; running head the Board's name; footer "
    "'Tudalen N'")


# ---------- 7. Harrowfield: Chromium tagged, thematic review, agency-grouped recommendations, numbering runs on
HARROWFIELD = rep(
    "harrowfield-thematic-review-neglect.pdf", "chromium_tagged_agency_groups",
    {"title": "Thematic Review: Neglect of Teenagers", "child_name": "", "review_type": "other",
     "area": "Harrowfield", "year": 2025, "partnership": "Harrowfield Safeguarding Children Partnership",
     "by": "Authors: Priya Ramaswamy and Colin Ashdown", "date": "April 2025"},
    [h("Summary", "summary"),
     ("p", "This thematic review looked at four young people aged thirteen to sixteen whose neglect was recognised late. "
           "Each had come to the notice of services through behaviour, not through their home circumstances."),
     h("The young people", "background"),
     ("p", "Young Person A was excluded for fighting; Young Person B was found shoplifting food; Young Person C missed "
           "most of Year 10; Young Person D was admitted to hospital with an untreated infection."),
     h("Themes", "findings"),
     ("p", "Across the four cases, practitioners saw teenagers as able to look after themselves. Neglect tools were "
           "designed for younger children and did not ask about food, money or medical care for teenagers."),
     h("What the partnership has learned", "learning"),
     items("learning", [
         "Neglect of teenagers is often hidden behind behaviour that adults find difficult.",
         "Teenagers need someone to notice when they are hungry, tired or unwell, just as younger children do."], "ul"),
     h("Recommendations", "recommendations"),
     ("agency", "For the partnership"),
     items("recommendations", [
         "The partnership should adapt its neglect tool for use with young people aged eleven to seventeen.",
         "The partnership should include adolescent neglect in its multi-agency training programme."], "ol"),
     ("agency", "For schools and colleges"),
     items("recommendations", [
         "Schools should record hunger, poor hygiene and untreated illness in teenagers as safeguarding concerns.",
         "Schools should make sure that each excluded pupil's home circumstances are known before a decision to "
         "exclude."], "ol"),
     ("agency", "For health services"),
     items("recommendations", [
         "The integrated care board should remind GPs to consider neglect when a teenager attends alone with a "
         "long-standing untreated condition."], "ol"),
     h("Next steps", "conclusion", ["other", "recommendations"]),
     ("p", "The partnership will hold a learning event on adolescent neglect in the summer and report on progress in "
           "its annual report.")],
    "**Chromium, tagged**; thematic review (no child name, review_type other); **recommendations grouped under agency "
    "sub-headings ('For the partnership', 'For schools and colleges', 'For health services'), three ordered lists whose "
    "numbering runs on (1-2, 3-4, 5)** via `start`; learning bullets; cover page; footer 'page N of M'")


# ---------- 8. Wyndle: hand-written InDesign-like PDF, heading frame beside the body, R1..R4 lines
WYNDLE = rep(
    "wyndle-cspr-child-y.pdf", "handwritten_indesign_like_side_heads",
    {"title": "Child Safeguarding Practice Review: Child Y", "child_name": "Child Y", "review_type": CSPR,
     "area": "Wyndle", "year": 2025, "partnership": "Wyndle Safeguarding Children Partnership",
     "by": "Independent reviewer: Thomas Egerton-Bell", "date": "February 2025"},
    [h("About this review", "introduction"),
     ("p", "Child Y, a three-year-old boy, was seriously injured by the family's dog in June 2024. His mother had been "
           "given advice about the dog by a housing officer three months earlier. The partnership asked for a review of "
           "how agencies recognised the risk."),
     h("Family background", "background"),
     ("p", "Child Y lived with his mother and his older brother in a private rented house. The dog belonged to the "
           "mother's brother, who had left it with the family while he was in prison."),
     h("What we found", "findings"),
     ("p", "The housing officer, the health visitor and the nursery all knew about the dog. Only the housing officer "
           "asked about it, and the advice he gave was about the tenancy, not about the children's safety."),
     ("p", "Agencies did not have guidance on assessing risk from dogs in homes with young children."),
     h("What went well", "good_practice"),
     items("good_practice", [
         "The nursery manager made a referral to children's social care the day the mother mentioned the dog's "
         "aggression."], "R"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should publish guidance on assessing the risk from dogs in homes with babies and young "
         "children.",
         "Housing providers should share concerns about a dangerous dog with the health visitor when there are young "
         "children in the home.",
         "Health visitors should ask about dogs at every home visit and record the answer.",
         "The partnership should run a public campaign with the police on dog safety around young children."], "R")],
    "**hand-written InDesign-like PDF** (Python, no library); **two text frames per page: headings set in a narrow left "
    "frame beside the first line of their section, the body in a wider right frame**; every line its own text object with "
    "a kerning TJ array; **recommendations as 'R1' .. 'R4' labels in the heading frame beside each item**; good practice "
    "one item with 'G1'; cover page; footer page number only")


REPORTS = [THORNWICK, FELBRIDGE, OAKENSHAW, INVERALLAN, BALLYROAN, CWM, HARROWFIELD, WYNDLE]
