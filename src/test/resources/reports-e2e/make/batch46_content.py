"""Batch 46 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in shapes real published reviews have, in combinations earlier batches had not covered:
- a realistic-length (about 15 pages) Word-like overview report (flat ODT -> Writer, untagged): cover, contents with dot
  leaders, an executive summary restating the findings as short bullets, '1.1' numbered paragraphs, a chronology table
  running over several pages (header row repeated), '5.N Finding N: ...' sub-headings each followed by its
  recommendation in a shaded one-cell box labelled 'Recommendation N', a good practice list, a conclusion, a landscape
  appendix action plan (Rec. | Action | Lead | By when | Status) whose actions are no recommendations, a glossary table;
- a Scottish learning review exported by Writer as PDF/UA (tagged), its findings paired with what needs to change in a
  two-column table (the right cells the recommendations), key learning bullets;
- a Writer tagged report whose recommendations have lettered sub-parts '(a)', '(b)' (one recommendation each) and whose
  notes are Writer endnotes on the last page;
- a Welsh extended child practice review in tagged Chromium with the learning in a 2 x 2 CSS grid of cards (bold lead-in
  sentence run into the card text) and a header logo;
- a Northern Ireland case management review in untagged Chromium set on A4 landscape pages in two CSS columns, with a
  pull-quote sidebar in the voice of the child and 'R1.' coded recommendations;
- two groff -me reports through gropdf (-me -Tpdf was used once before, batch27 Tollgate, single-column): one two-column
  (`.2c`) with `.sh` numbered headings, `.ip` hanging 'L1' / 'R1' labels and `.(f` footnotes; one single-column with
  unnumbered `.uh` headings and `.np` auto-numbered recommendations;
- a pod2pdf report holding an executive summary (short restated recommendations, no items) and then the full report.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("contents",) a contents page; ("h1", heading, type[, accept_types]) a section; ("h2", text) a sub-heading
(no section); ("p", text) ('^[note]' in the text is a footnote, left out of the truth); ("np", "1.1", text) a numbered
paragraph; ("items", type, [texts], style) style 'ol' / 'ul' / 'recbox' (a shaded box per text with a 'Recommendation N'
label) / 'card' (2 x 2 grid of cards) / 'ip' (-me hanging label: 'L1', 'R1' ...) / 'np' (-me auto-numbered paragraph)
/ 'coded' ('R1.' typed code) / 'sub' (each text a (main, [sub-parts]) pair: one item, its text the main sentence and
the '(a)', '(b)' sub-parts); ("bullets", [texts]) a short-form list that gives no items (executive summary);
("chron", [(date, agency, event)]) a chronology table; ("pairs", [(finding, change)]) a two-column 'What we found | What
needs to change' table (each right cell a recommendation item); ("actions", [(rec, action, lead, when, status)]) an
action plan table (no items); ("glossary", [(term, meaning)]); ("quote", text) a pull quote (no item); ("landscape",)
the blocks after it on landscape pages; ("portrait",) back to portrait.
Test-fixture tooling only.
"""

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"


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


# ---------- 1. Ashworth Vale: a realistic-length Word-like overview report (flat ODT -> Writer, untagged)
CHRON = [
    ("03/01/2022", "Midwifery", "Booking appointment at twelve weeks. Mother discloses anxiety and a previous termination; no "
                                "concerns about her partner are recorded."),
    ("17/02/2022", "GP practice", "Mother prescribed sertraline for anxiety. The record notes that her partner attended and "
                                  "answered most questions."),
    ("28/04/2022", "Midwifery", "Routine enquiry about domestic abuse not asked because the partner was present throughout."),
    ("11/07/2022", "Hospital", "Richard is born at thirty-eight weeks by emergency caesarean section. He is well and goes "
                               "home after three days."),
    ("21/07/2022", "Health visiting", "New birth visit. The health visitor notes a tidy home, a calm baby and a mother "
                                      "who seems tired. Father says he works nights as a delivery driver."),
    ("02/09/2022", "Health visiting", "Six to eight week review at the clinic. Mother scores high on the depression scale "
                                      "and is advised to see her GP."),
    ("14/09/2022", "GP practice", "Mother's medication is increased. The GP does not ask who else lives in the home."),
    ("30/10/2022", "Police", "Neighbour reports shouting from the flat at 2am. Officers attend, find both parents calm and "
                             "record a verbal argument. No referral is made to children's social care."),
    ("05/11/2022", "Police", "A domestic abuse risk assessment completed after the call is graded standard. The baby is "
                             "recorded as present but asleep."),
    ("19/12/2022", "Emergency department", "Mother attends with a cut to her hand she says happened while cooking. She is "
                                           "seen alone and discharged the same evening."),
    ("09/01/2023", "Health visiting", "Planned contact cancelled by father by text. The health visitor rebooks for six "
                                      "weeks later and records no concern."),
    ("22/02/2023", "Health visiting", "Contact at home. Richard's weight has dropped from the 50th to the 25th centile. "
                                      "Feeding advice given; no referral to the GP."),
    ("13/03/2023", "Children's centre", "Mother attends a baby massage group twice and then stops. Staff note that she "
                                        "checked her phone constantly."),
    ("02/04/2023", "Police", "Second call from the same neighbour. Officers do not attend because of demand; the call is "
                             "closed after a phone conversation with the father."),
    ("27/04/2023", "GP practice", "Richard is seen with a rash. The GP records a healthy child; mother is quiet and the "
                                  "father is present."),
    ("15/05/2023", "Housing", "The landlord reports rent arrears and damage to a door. A housing officer visits and leaves "
                              "a card."),
    ("06/06/2023", "Emergency department", "Richard, ten months old, is brought in with bruising to both ears and a torn "
                                           "frenulum. A skeletal survey shows healing rib fractures."),
    ("07/06/2023", "Children's social care", "Strategy meeting held. Richard is placed with his maternal aunt under a "
                                             "police protection order."),
    ("20/06/2023", "Partnership", "Rapid review held. The partners agree that the case meets the criteria for a local "
                                  "child safeguarding practice review."),
]

FINDINGS = [
    ("5.1 Finding 1: Routine enquiry about domestic abuse was never completed",
     ["Mother was seen by midwives, health visitors, her GP and the emergency department on at least eleven occasions. On "
      "none of them was she asked about domestic abuse while she was alone. Each service knew that routine enquiry "
      "should be made and each recorded a reason why it could not be made that day.",
      "The reasons were always the same: the partner was present, the appointment was short, or the practitioner planned "
      "to ask at the next contact. No service had a way of knowing that the question had gone unasked across the whole "
      "of the pregnancy and the first year of Richard's life.^[The local maternity system's audit for 2022 found the "
      "same gap in a third of the records it sampled.]"],
     "Ashworth Vale Safeguarding Children Partnership should ask the maternity, health visiting and GP services to show "
     "how an unasked routine enquiry about domestic abuse is recorded and followed up at the next contact, and report "
     "the results of an audit within twelve months."),
    ("5.2 Finding 2: The police response to calls about shouting did not consider the baby",
     ["Two calls from a neighbour described shouting in the early hours. Officers attended the first and recorded a verbal "
      "argument; the second was closed after a phone call with the father, the person the neighbour had heard shouting.",
      "The risk assessment graded the first incident standard. It recorded that a baby was present but asleep, and that "
      "fact did not change the grading or lead to a notification to children's social care."],
     "Ashworth Vale Police should review how officers assess risk to babies and young children who are present at "
     "domestic incidents, including incidents recorded as verbal arguments, and share the learning with the partnership."),
    ("5.3 Finding 3: Fathers were present at contacts but not known to services",
     ["The father attended many of the mother's appointments and answered questions for her. Practitioners recorded his "
      "presence but never his history. Nobody asked about his work, his health or how he managed when the baby cried.",
      "The review found that the father had a caution for assault from 2017 that no agency working with the family knew "
      "about, because no agency had asked for his full name and date of birth."],
     "Health and early help services in Ashworth Vale should record the name, date of birth and relationship of every "
     "adult caring for a baby, and the partnership should check within six months that this is happening."),
    ("5.4 Finding 4: Faltering weight was treated as a feeding matter alone",
     ["Richard's weight dropped across two centile lines between February and April 2023. The health visitor gave "
      "feeding advice, which was reasonable, but did not consider what else might explain the change or share it with "
      "the GP who saw Richard a few weeks later.",
      "Faltering growth in a baby is one of the signs that the national panel has repeatedly linked with neglect and "
      "with physical abuse. It should prompt a conversation with the other professionals involved with the family."],
     "The health visiting service should update its faltering growth pathway so that a drop across two centile lines "
     "is always shared with the GP and discussed in safeguarding supervision."),
    ("5.5 Finding 5: Missed and cancelled contacts were not seen as a pattern",
     ["Four planned contacts were cancelled or missed between January and May 2023, twice by text messages from the "
      "father. Each cancellation was rebooked in good faith and recorded as a single event.",
      "Taken together the cancellations showed a family withdrawing from services at the time the baby was being hurt. "
      "No agency's system made that pattern visible."],
     "The partnership should agree a shared approach to was-not-brought contacts for children under one, so that two "
     "missed or cancelled contacts in a row lead to a conversation with the other services working with the family."),
    ("5.6 Finding 6: Housing concerns were not linked to the child",
     ["The housing officer who visited after the report of damage did not know that a baby lived in the flat. The "
      "tenancy record listed only the mother.",
      "A damaged door and rent arrears in a home with a baby under one could have been shared with the health visitor "
      "had the housing service known the household's make-up."],
     "Ashworth Vale Council's housing service should ask at every tenancy visit who lives in the home, including babies "
     "and young children, and should have a clear route for sharing concerns with health visiting."),
]


def ashworth_findings():
    out = []
    for i, (head, paras, rec) in enumerate(FINDINGS):
        out.append(("h2", head))
        out += [("np", "5.%d.%d" % (i + 1, j + 1), t) for j, t in enumerate(paras)]
        out.append(items("recommendations", [rec], "recbox"))
    return out


ASHWORTH = rep(
    "ashworth-vale-lcspr-child-r.pdf", "libreoffice_word_overview_long",
    {"title": "Local Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
     "area": "Ashworth Vale", "year": 2024, "partnership": "Ashworth Vale Safeguarding Children Partnership",
     "by": "Lead reviewer: Margaret Oyelaran-Finch", "date": "Published: March 2024"},
    [("contents",),
     h("Executive summary", "summary"),
     ("p", "This review looks at the help given to Richard, who is called Child R in this report, and to his parents "
           "from the start of his mother's pregnancy in January 2022 until June 2023, when Richard was ten months old "
           "and was found to have serious injuries that had been caused on more than one occasion."),
     ("p", "Richard is now safe and lives with his maternal aunt. His father has been convicted of causing him grievous "
           "bodily harm. His mother took part in this review and the reviewer is grateful to her."),
     ("p", "The review found six areas where practice and systems could be better. In short:"),
     ("bullets", ["domestic abuse enquiry was never completed with the mother alone;",
                  "police attended a domestic incident without thinking about the baby;",
                  "the father was present but unknown to services;",
                  "faltering weight was treated only as a feeding matter;",
                  "cancelled contacts were not seen as a pattern; and",
                  "housing did not know a baby lived in the flat."]),
     ("p", "Each finding in section 5 ends with a recommendation for the partnership. The partners' response is set out "
           "in the action plan in Appendix A."),
     h("1. Introduction", "introduction"),
     *nps(1, [
         "This local child safeguarding practice review was commissioned by Ashworth Vale Safeguarding Children "
         "Partnership after a rapid review held on 20 June 2023. The rapid review concluded that the case met the "
         "criteria set out in Working Together to Safeguard Children because Richard had suffered serious harm and "
         "abuse or neglect was known or suspected.",
         "The partnership appointed an independent lead reviewer in August 2023. The reviewer has not worked for any of "
         "the agencies involved with the family. A panel of senior managers from health, the police, children's social "
         "care, education and housing supported the review and met five times between September 2023 and February 2024.",
         "The purpose of the review is to identify improvements that should be made to safeguard and promote the welfare "
         "of children. It is not to hold any individual or organisation to account. Other processes exist for that, "
         "including the criminal proceedings which ended in January 2024.",
         "Richard is the name his family chose for this report. It is not his real name. Every detail that could identify "
         "him or his family has been changed or left out.^[Ages and dates are given to the nearest month where they are "
         "not needed to understand the learning.]"]),
     h("2. Terms of reference and methodology", "methodology"),
     *nps(2, [
         "The review considered the period from 3 January 2022, when the mother booked her pregnancy, to 7 June 2023, "
         "when Richard was placed with his aunt. Earlier information about the father was included where it helps "
         "explain what happened.",
         "The panel agreed five questions. How well did services identify and respond to domestic abuse? How well did "
         "services know the adults caring for Richard? How were signs of harm to a non-mobile baby recognised? How did "
         "agencies share information with each other? What got in the way of good practice?",
         "Each agency wrote a chronology of its contact with the family and a short report reflecting on its practice. "
         "The reviewer read the chronologies and reports, asked follow-up questions and met twenty-two practitioners and "
         "managers in two learning events held in November and December 2023.",
         "The reviewer met Richard's mother twice and his maternal aunt once. His father was written to in prison and "
         "did not reply. The views of the family are included throughout the report, with their agreement.",
         "The draft report was shared with the panel and the practitioners who took part, and their comments were taken "
         "into account. The partnership's executive group accepted the final report on 29 February 2024."]),
     h("3. Family background", "background"),
     *nps(3, [
         "Richard's mother was twenty-four when he was born. She grew up in Ashworth Vale and worked in a care home until "
         "the later stages of her pregnancy. She had a history of anxiety for which she had been treated by her GP since "
         "she was seventeen.",
         "Richard's father was twenty-eight. He moved to the area in 2020 and worked nights as a delivery driver. He had "
         "no contact with children's services as a child in Ashworth Vale, but the review learned that he had been known "
         "to services in another area as a teenager.",
         "The parents had been together for about eighteen months when the pregnancy was booked. They lived in a "
         "privately rented first-floor flat. Richard's maternal aunt lived nearby and saw the family most weeks until "
         "early 2023, when she told the review that the father made her feel unwelcome.",
         "Richard's mother told the reviewer that the father controlled their money and her phone, that he became angry "
         "when Richard cried at night, and that she did not feel able to tell anyone because he came to every "
         "appointment. She said: 'Nobody ever asked me on my own. If they had, I think I would have said something.'",
         "Richard was a healthy baby at birth. He was fed with formula from two weeks old. He had all his immunisations "
         "on time and was seen by the GP twice for minor illnesses."]),
     h("4. Chronology of key events", "background", ["findings", "other"]),
     ("p", "The table below sets out the events that the panel judged most important to understanding what happened. It "
           "is not a complete record of every contact."),
     ("chron", CHRON),
     h("5. Findings and recommendations", "findings", ["recommendations"]),
     ("p", "This section sets out what the review found. Each finding explains what happened, why it matters for other "
           "children and what should change. The recommendation for each finding follows it in a shaded box."),
     *ashworth_findings(),
     h("6. Good practice", "good_practice"),
     ("p", "The review also found practice that should be recognised and built upon:"),
     items("good_practice", [
         "The emergency department doctor who saw Richard in June 2023 recognised the significance of a torn frenulum "
         "in a baby and arranged a skeletal survey the same day.",
         "Children's social care and the police held a strategy meeting within twenty-four hours and found Richard a "
         "safe placement with family.",
         "The children's centre worker noticed that the mother seemed anxious and kept a careful note of what she saw."],
         "ul"),
     h("7. Conclusion", "conclusion"),
     *nps(7, [
         "Richard was seen by many professionals during his first year, and by most of them more than once. Each of them "
         "acted in good faith and in line with what their own service expected. What was missing was a way of putting "
         "the pieces together, and of hearing from his mother without his father present.",
         "The recommendations in this report are made to the partnership and to its member agencies. The partnership will "
         "publish a progress report on the action plan twelve months after this review is published."]),
     ("landscape",),
     h("Appendix A: Action plan", "appendix"),
     ("actions", [
         ("1", "Audit of routine enquiry across maternity, health visiting and two GP practices", "Integrated care board",
          "March 2025", "In progress"),
         ("2", "Briefing for response officers on babies present at domestic incidents", "Ashworth Vale Police",
          "September 2024", "Complete"),
         ("3", "Add every adult in the household to the health visiting record template", "Community health trust",
          "June 2024", "In progress"),
         ("4", "Revised faltering growth pathway launched with a practitioner guide", "Community health trust",
          "December 2024", "Not started"),
         ("5", "Multi-agency was-not-brought guidance for children under one", "Partnership business unit",
          "December 2024", "In progress"),
         ("6", "Tenancy visit checklist updated to ask who lives in the home", "Housing service", "June 2024",
          "Complete")]),
     ("portrait",),
     h("Appendix B: Glossary", "appendix", ["other"]),
     ("glossary", [
         ("Centile", "A measure used on growth charts to compare a baby's weight with other babies of the same age."),
         ("LCSPR", "Local child safeguarding practice review."),
         ("Routine enquiry", "Asking every woman, when she is alone, whether she has experienced domestic abuse."),
         ("Strategy meeting", "A meeting between children's social care, the police and health to decide how to "
                              "protect a child."),
         ("Was not brought", "A term used instead of 'did not attend' to show that a baby depends on adults to be "
                             "taken to appointments.")])],
    "**realistic length (about 15 pages)**, Word-like overview from a flat ODT, untagged: cover, contents of dot-leader "
    "tab entries, executive summary with short-form bullets (no items), '1.1' numbered paragraphs, page-foot footnotes, "
    "**chronology table of 19 rows over several pages (header row repeated)**, **'5.N Finding N: ...' numbered "
    "sub-headings each followed by its recommendation in a shaded one-cell box labelled 'Recommendation N'**, good "
    "practice bullets, conclusion, **landscape appendix action plan 'Rec. | Action | Lead | By when | Status' (actions no "
    "items)**, glossary table; header logo block + short title, footer 'Page N of M'")


# ---------- 2. Glenaray: Scottish learning review, Writer PDF/UA (tagged), findings paired with changes in a table
GLENARAY = rep(
    "glenaray-learning-review-child-s.pdf", "libreoffice_pdfua",
    {"title": "Learning Review: Child S", "child_name": "Child S", "review_type": "learning_review",
     "area": "Glenaray", "year": 2025, "partnership": "Glenaray Child Protection Committee",
     "by": "Chair of the review team: Fiona MacAskill", "date": "May 2025"},
    [h("Introduction", "introduction"),
     ("p", "This learning review was commissioned by Glenaray Child Protection Committee under the National Guidance for "
           "Child Protection Committees Undertaking Learning Reviews. It concerns Child S, a fourteen-year-old girl who "
           "was found by police in a flat in another city after being missing from her residential placement for six "
           "days."),
     ("p", "Child S is safe and is now living in a new placement nearer her family. She spoke to the review team and "
           "her words appear in this report with her permission."),
     h("The review process", "methodology"),
     ("p", "A review team of five senior staff from social work, education, health and Police Scotland read the records "
           "of seven agencies, held two practitioner conversations and met Child S and her mother. The review covered "
           "the eighteen months before she was found."),
     h("Summary of circumstances", "background"),
     ("p", "Child S had been looked after since she was eleven. She moved placement four times in eighteen months. She "
           "went missing from her residential house on twenty-three occasions, usually for one night, and on each return "
           "she was offered a return interview which she declined."),
     ("p", "In the months before she was found she had been seen getting into cars with older men, and a teacher had "
           "noticed that she had new clothes and two mobile phones. These concerns were recorded by different services "
           "but were not brought together."),
     h("Key learning", "learning"),
     items("learning", [
         "A child who goes missing often is telling adults something, and each return is a chance to understand why.",
         "Concerns about exploitation held by different services need one place where they are brought together.",
         "Placement moves can break the relationships that a child at risk of exploitation most needs."], "ul"),
     h("Findings and areas for improvement", "recommendations", ["findings"]),
     ("p", "The review team agreed four findings. For each, the table sets out what needs to change."),
     ("pairs", [
         ("Return interviews were offered by a worker Child S did not know, and she declined every one.",
          "The committee should ensure that return discussions are offered by a trusted adult the child chooses, and "
          "that a declined interview is followed up within a week."),
         ("Information about cars, older men and new phones sat in three separate agency records.",
          "Police Scotland and Glenaray Council should agree a single exploitation screening record that every agency "
          "can add to when a child is missing or exploited."),
         ("Four placement moves in eighteen months were each made for good reasons, but none considered the risk of "
          "exploitation.",
          "Placement decisions for a child known to be at risk of exploitation should include an assessment of how the "
          "move will affect that risk, agreed by a senior manager."),
         ("Child S told the team that nobody asked her what would help.",
          "Every child protection plan for a child at risk of exploitation should record the child's own view of what "
          "would keep them safe, in their own words.")]),
     h("Next steps", "conclusion", ["other", "recommendations"]),
     ("p", "The committee accepted the findings and will publish its improvement plan within six months. Progress will "
           "be reported to the chief officers group.")],
    "Scottish learning review; **Writer PDF/UA export (tagged, PDF/UA-1 flag)**, flat ODT; **findings paired with what "
    "needs to change in a two-column table 'What we found | What needs to change'** (right cells the recommendations, "
    "left cells no items); 'Key learning' bullets; unnumbered headings; 'Chair of the review team'")


# ---------- 3. Brayford: Writer tagged, recommendations with lettered sub-parts, endnotes at the end
BRAYFORD = rep(
    "brayford-cspr-baby-e.pdf", "libreoffice_tagged_endnotes",
    {"title": "Child Safeguarding Practice Review: Baby E", "child_name": "Baby E", "review_type": CSPR,
     "area": "Brayford", "year": 2025, "partnership": "Brayford Safeguarding Children Partnership",
     "by": "Independent reviewer: Tom Akinwale-Hurst", "date": "January 2025"},
    [h("1. Why this review was carried out", "introduction"),
     ("p", "Baby E died when she was seven weeks old. She was found unresponsive in her parents' bed after a night in "
           "which both parents had been drinking.^[The coroner's inquest concluded in October 2024.] The partnership "
           "carried out this review because Baby E's family had been known to children's social care during the "
           "pregnancy."),
     h("2. What happened", "background"),
     ("p", "Baby E's mother had two older children who lived with their grandmother under a special guardianship order. "
           "During the pregnancy a pre-birth assessment concluded that the risks were manageable with a child in need "
           "plan. The plan included advice on safer sleep, which the parents said they understood."),
     ("p", "The family's case was closed to children's social care three weeks after the birth. The health visitor "
           "visited twice. The second visit took place four days before Baby E died.^[The family have asked that no "
           "further detail about the night of Baby E's death is published.]"),
     h("3. Findings", "findings"),
     ("p", "Safer sleep advice was given but was not tailored to a family where both parents drank alcohol and where "
           "the baby was often brought into the parents' bed in the early hours."),
     ("p", "The decision to close the child in need plan was made without the health visitor's view, and the plan's "
           "outcomes had not been reviewed."),
     h("4. Recommendations", "recommendations"),
     items("recommendations", [
         ("The partnership should refresh its safer sleep guidance so that it:",
          ["asks about alcohol, drugs and smoking at every contact with a family with a new baby;",
           "sets out a conversation about what the family will do at night when plans go wrong."]),
         ("Children's social care should not close a child in need plan for a baby under three months without:",
          ["the view of the health visitor and the GP; and",
           "a review of whether the plan's outcomes have been met."]),
         ("The health visiting service should offer an extra contact in the first month to every family where a "
          "pre-birth assessment has been completed.", [])], "sub"),
     h("5. The partnership's response", "other", ["conclusion"]),
     ("p", "The partnership has accepted all three recommendations. Its safer sleep guidance will be relaunched in the "
           "spring with training for practitioners across health, social care and early help.")],
    "Writer **tagged**, flat ODT; '1. Why this review was carried out' numbered headings; **recommendations with lettered "
    "sub-parts '(a)', '(b)' as a nested Writer list under a lead-in sentence ending with a colon** (one item each, its "
    "text the lead-in and the sub-parts); **Writer endnotes collected on the last page** under the response section; "
    "no contents; footer 'N'")


# ---------- 4. Llys Maen: Welsh extended CPR in tagged Chromium, learning cards in a 2 x 2 CSS grid
LLYS = rep(
    "llys-maen-extended-cpr-child-g.pdf", "chromium_tagged_cards",
    {"title": "Extended Child Practice Review: Child G", "child_name": "Child G", "review_type": "child_practice_review",
     "area": "Llys Maen", "year": 2024, "partnership": "Llys Maen Regional Safeguarding Board",
     "by": "Reviewers: Eleri Pughe-Rowlands and David Marchetti", "date": "Tachwedd / November 2024"},
    [h("Brief outline of circumstances resulting in the review", "introduction", ["background"]),
     ("p", "Child G was twelve when she disclosed to a school nurse that her stepfather had sexually abused her over "
           "three years. She had been known to children's services since she was six because of neglect and her "
           "mother's alcohol use. The Board commissioned an extended child practice review in March 2023."),
     ("p", "The review covered the period from January 2019 to December 2022 and used the Welsh child practice review "
           "learning event model. Fourteen practitioners took part, and Child G and her grandmother were seen by the "
           "reviewers."),
     h("Practice and organisational learning", "learning"),
     ("p", "The learning event identified four themes. Each is summarised in a card below."),
     items("learning", [
         "Children tell in small pieces. Child G made three partial disclosures at school that were each recorded as "
         "worries about home rather than passed on as possible abuse.",
         "A new adult in the home needs to be known. Her stepfather moved in during a child in need plan, and no agency "
         "checked who he was or asked Child G about him.",
         "Neglect can hide other harm. Professionals focused on the state of the house and school attendance, which "
         "improved, and the plan was closed.",
         "Welsh-language conversations matter. Child G's first language is Welsh and she said she could explain "
         "things better to the one practitioner who spoke Welsh with her."], "card"),
     h("Improving systems and practice", "recommendations"),
     ("p", "In order to promote the learning from this case the review identified the following actions for the Board "
           "and its member agencies:"),
     items("recommendations", [
         "The Board should ensure that training on sexual abuse includes how children make partial disclosures and how "
         "to record and share them (Education and Health).",
         "Agencies should check the identity and history of any new adult joining a household where there is a child "
         "in need or child protection plan (Children's Services and Police).",
         "The Board should seek assurance that children are offered the chance to speak in the language of their choice "
         "in every assessment (all agencies)."], "ol"),
     h("Statement by reviewer(s)", "other", ["conclusion"]),
     ("p", "We confirm that we have been independent of the case and of the agencies involved, and that the review has "
           "been carried out in line with the Welsh Government's guidance for child practice reviews.")],
    "Welsh extended CPR template headings; **tagged Chromium**; bilingual date 'Tachwedd / November 2024'; **learning as "
    "four cards in a 2 x 2 CSS grid** (reading order across then down, each card opening with a bold lead-in sentence "
    "run into its text, a coloured top border); actions '1.' list with the agencies in brackets; header with an SVG "
    "logo and the board name on every page from an @page margin box (SVG data URL over a rule), footer 'Tudalen N'; no cover page (title band on page 1)",
    body_from=1)


# ---------- 5. Carnmoney: NI CMR in untagged Chromium, landscape pages, two CSS columns, pull quote
CARNMONEY = rep(
    "carnmoney-cmr-child-j.pdf", "chromium_landscape_columns",
    {"title": "Case Management Review: Child J", "child_name": "Child J", "review_type": "case_management_review",
     "area": "Northern Ireland", "year": 2025, "partnership": "Safeguarding Board for Northern Ireland",
     "by": "Chair of the CMR panel: Dr Niamh Devlin-Hart", "date": "Published June 2025"},
    [h("Introduction", "introduction"),
     ("p", "This case management review was carried out by the Safeguarding Board for Northern Ireland after Child J, a "
           "fifteen-year-old boy, was seriously injured in an assault linked to a paramilitary-style group. Child J had "
           "been known to the Trust's family support service and his school's pastoral team for two years."),
     ("p", "The review panel looked at records from the Trust, the Education Authority, the Police Service of Northern "
           "Ireland and the youth justice agency from September 2022 to the date of the assault."),
     h("Background", "background"),
     ("p", "Child J lived with his mother and two younger sisters. His father had left the family when he was nine. From "
           "the age of thirteen he spent more time away from home, missed school and was seen with older young people "
           "who were believed to be involved in selling drugs."),
     ("p", "In the months before the assault Child J told a youth worker that he owed money and was frightened. The "
           "youth worker passed this to the school, which recorded it as a behaviour concern."),
     ("quote", "\u201cI told them I was scared. I thought they would do something but nobody did.\u201d \u2014 Child J"),
     h("Key findings", "findings"),
     ("p", "Threats from paramilitary-style groups were understood by practitioners as a community matter rather than "
           "as a child protection concern. The regional child protection procedures for such threats were not used."),
     ("p", "Information from the youth worker, the school and the police was held separately. A single multi-agency "
           "meeting was planned but did not take place before the assault."),
     h("Learning", "learning"),
     items("learning", [
         "Threats of violence against a child from any group are a child protection matter and need a child protection "
         "response.",
         "A child who says he owes money may be being exploited and needs to be asked who he owes it to.",
         "Youth workers often hear first what a child is afraid of, and their information needs a clear route to the "
         "people who can act."], "ol"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The SBNI should reissue its guidance on responding to threats against children from paramilitary-style groups "
         "and ensure that it is included in single-agency training.",
         "The Education Authority should ensure that disclosures of fear or debt by a pupil are recorded as safeguarding "
         "concerns and shared with the designated teacher the same day.",
         "The Trust and the PSNI should agree how youth workers can request a multi-agency meeting when a young person "
         "tells them they are in danger."], "coded")],
    "Northern Ireland CMR; **untagged Chromium (`--disable-pdf-tagging`) on A4 landscape pages with the body in two CSS "
    "columns** (a heading at a column top, sections running across the column break); **a pull quote in the voice of "
    "the child in a coloured sidebar box spanning both columns** (no item); 'R1.' coded recommendations; cover page with "
    "a coloured band; footer 'SBNI | page N'")


# ---------- 6. Kelso Burn: groff -me through gropdf, two columns, .sh numbered headings, .ip L1/R1 labels, footnotes
KELSO = rep(
    "kelso-burn-scr-child-p.pdf", "groff_me_gropdf_2c",
    {"title": "Significant Case Review: Child P", "child_name": "Child P", "review_type": "significant_case_review",
     "area": "Kelso Burn", "year": 2023, "partnership": "Kelso Burn Child Protection Committee",
     "by": "Lead reviewer: Alasdair Mowbray-King", "date": "August 2023"},
    [h("1. Introduction", "introduction"),
     ("p", "Kelso Burn Child Protection Committee commissioned this significant case review after Child P, aged three, "
           "was admitted to hospital with a head injury and signs of long-term neglect.^[The review was commissioned "
           "under the 2015 interim guidance, before learning reviews replaced significant case reviews.] His mother's "
           "partner was later convicted of assault."),
     h("2. Methodology", "methodology"),
     ("p", "The review used the systems model. Records from six agencies were analysed, and the lead reviewer met "
           "practitioners individually and as a group. Child P's mother contributed to the review."),
     h("3. Background", "background"),
     ("p", "Child P lived with his mother and her partner in a rural village. He attended nursery irregularly. His "
           "health visitor had raised concerns about his speech and about home conditions twice in the year before the "
           "injury, and a named person referral had been made by the nursery."),
     ("p", "The family moved house twice in six months, once across the boundary of two health board areas, and records "
           "did not follow them promptly.^[The records transfer took eleven weeks.]"),
     h("4. Learning", "learning"),
     items("learning", [
         "Neglect of a young child's speech, health and home is cumulative and needs to be seen over time, not one "
         "visit at a time.",
         "When a family moves, the child's history must move with them and be read by the new team.",
         "A named person referral from a nursery deserves the same weight as one from a health visitor."], "ip"),
     h("5. Recommendations", "recommendations"),
     items("recommendations", [
         "The Committee should ensure that chronologies are used in every case where neglect is a concern, and that "
         "they are shared between health boards when a family moves.",
         "NHS boards should agree a maximum of ten working days for transferring a pre-school child's health records.",
         "The Committee should audit how nursery referrals to the named person service are responded to."], "ip"),
     h("6. Conclusion", "conclusion"),
     ("p", "Child P is now thriving in foster care. The learning from his review is about how services see neglect "
           "over time, and how they keep hold of a child's story when the family moves.")],
    "groff -me -> gropdf (as batch27 Tollgate, there one column A4), **A5**, Scottish SCR; title block on page 1 "
    "over one column, **body in two columns (`.2c`)**; **`.sh 1` numbered headings** ('1. Introduction'); **`.ip` hanging "
    "labels 'L1'..'L3' for learning and 'R1'..'R3' for recommendations**; **-me footnotes `.(f` with `\\**` numbers** at "
    "the foot of a column; no cover page; page header title, footer '- N -'", body_from=1, columns=True)


# ---------- 7. Hatherleigh: groff -me one column, .uh unnumbered headings, .np numbered recommendations
HATHERLEIGH = rep(
    "hatherleigh-cspr-child-w.pdf", "groff_me_gropdf",
    {"title": "Child Safeguarding Practice Review: Child W", "child_name": "Child W", "review_type": CSPR,
     "area": "Hatherleigh", "year": 2024, "partnership": "Hatherleigh Safeguarding Children Partnership",
     "by": "Author: Rebecca Holloway-Stone", "date": "October 2024"},
    [h("Summary", "summary"),
     ("p", "Child W is a nine-year-old boy with autism who was left alone at home for long periods by his father, his "
           "sole carer. He was found by police wandering on a main road at night in February 2024. This review looks at "
           "how services supported Child W and his father in the two years before."),
     h("Background", "background"),
     ("p", "Child W's mother died when he was five. His father gave up work to care for him. Child W attended a "
           "special school and had an education, health and care plan. His father asked for short breaks twice and was "
           "told he did not meet the threshold."),
     ("p", "School recorded that Child W was often hungry, wore the same clothes for several days, and had been found "
           "with a house key on a string around his neck. These concerns were discussed with the father, who said he "
           "was struggling, and a referral to early help was made in autumn 2023."),
     h("Analysis", "findings"),
     ("p", "The father's requests for help were assessed as requests for a service, not as signs that Child W's needs "
           "were not being met. Early help offered a parenting course which the father could not attend because he had "
           "no one to look after Child W."),
     ("p", "The disabled children's team and early help did not speak to each other. Each assumed that the other was "
           "the right service to help."),
     h("Good practice", "good_practice"),
     items("good_practice", [
         "The special school kept a clear and detailed record of every concern and shared it with early help.",
         "The police officers who found Child W used his communication passport to help him feel safe."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should ensure that a parent carer's request for short breaks is treated as information about "
         "the child's needs and considered together with any safeguarding concerns.",
         "Early help and the disabled children's team should agree a joint pathway so that a family is never passed "
         "between them without a decision.",
         "Early help should offer parenting support in ways that a sole carer of a disabled child can use, including at "
         "home and online."], "np")],
    "**groff -me -> gropdf**, single column; cover page set with `.bp`; **unnumbered `.uh` headings**; good practice "
    "`.bu` bullets; **recommendations as -me `.np` auto-numbered paragraphs** ('(1)' hanging); page header title and "
    "footer 'page N'")


# ---------- 8. Marston Fleet: pod2pdf, executive summary then the full report in one file
MARSTON = rep(
    "marston-fleet-lcspr-child-k.pdf", "pod2pdf_exec_summary_and_report",
    {"title": "Local Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
     "area": "Marston Fleet", "year": 2025, "partnership": "Marston Fleet Safeguarding Partnership",
     "by": "Independent author: Samuel Achterberg", "date": "February 2025"},
    [h("EXECUTIVE SUMMARY", "summary"),
     ("p", "Child K, a sixteen-year-old girl, took an overdose while in the care of the local authority and survived. "
           "This summary gives the main points of the review. The full report follows it."),
     ("p", "The review makes three recommendations, in short:"),
     ("bullets", ["mental health assessment within five days after self-harm;",
                  "a lead professional for every looked after child with self-harm;",
                  "a shared safety plan that the young person has seen."]),
     h("INTRODUCTION", "introduction"),
     ("p", "Marston Fleet Safeguarding Partnership commissioned this review in May 2024. It covers the year before Child "
           "K's overdose in April 2024, during which she lived in two foster placements and attended three emergency "
           "departments."),
     h("BACKGROUND", "background"),
     ("p", "Child K came into care aged fourteen after her mother's mental health broke down. She self-harmed from the "
           "age of fifteen. She was referred to child and adolescent mental health services three times and waited "
           "fourteen weeks for a first assessment."),
     h("FINDINGS", "findings"),
     ("p", "After each emergency attendance Child K was discharged with a letter to her GP. The letters did not reach "
           "her social worker, who learned of two of the attendances from her foster carer."),
     ("p", "There were three safety plans written by three services. Child K had seen none of them."),
     h("LEARNING", "learning"),
     items("learning", [
         "Self-harm by a child in care should be treated as a safeguarding concern as well as a health need.",
         "A safety plan is only useful if the young person knows it exists and agrees with it."], "ul"),
     h("RECOMMENDATIONS", "recommendations"),
     items("recommendations", [
         "The integrated care board should ensure that every child who attends an emergency department after self-harm "
         "is offered a mental health assessment within five working days.",
         "Children's social care should name a lead professional for every looked after child who self-harms, to hold "
         "one shared safety plan.",
         "The partnership should ensure that safety plans are written with the young person and that they have a copy."],
         "ol")],
    "**pod2pdf (A5)**, **executive summary and full report in one file**: 'EXECUTIVE SUMMARY' with the recommendations "
    "restated in short form as bullets (no items) before the full report's sections; `=head1` headings in capitals; no "
    "cover page, bold body-size title paragraph; learning `=item *`, recommendations `=item 1.`", body_from=1)


REPORTS = [ASHWORTH, GLENARAY, BRAYFORD, LLYS, CARNMONEY, KELSO, HATHERLEIGH, MARSTON]
