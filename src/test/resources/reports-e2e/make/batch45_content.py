"""Batch 45 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in template shapes real published reports have, on producer and shape combinations earlier batches had not
covered: a Word-like tagged Writer report with a contents page of dot leaders, numbered paragraphs, page-bottom
footnotes and a landscape recommendations table with an agency response column; a Welsh concise review with learning in
a two-column icon table and a two-column section; Chromium tagged reports with learning in coloured boxes carrying an
SVG icon and numbers drawn inside SVG circles; pod2pdf (Perl POD -> PDF, new to the repo) reports with POD heading
levels and =item lists; groff -mm through gropdf (-Tpdf) with auto-numbered footnotes, a tbl agency response table and
the contents page -mm prints at the end.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section; ("h2", text) a sub-heading (no section); ("p", text)
(a '^[note]' in the text is a footnote: rendered as the producer's footnote, left out of the truth); ("items", type,
[texts], style) with style 'ol' / 'ul' / 'box' (coloured box with an icon) / 'circle' (number in a drawn circle) /
'icon' (two-column table, icon cell then text) / 'rec' (a 'Recommendation N' sub-heading above each text);
("rectable", [(recommendation, agency, response)]) a recommendations table with an agency response column (each row's
recommendation cell a recommendation item); ("cols2",) / ("end_cols2",) a two-column section; ("landscape",) the
blocks after it on a landscape page; ("pagebreak",).
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


# ---------- 1. Ferndale Valley: tagged Writer (flat ODT), contents page, numbered paragraphs, footnotes, landscape table
FERNDALE = rep(
    "ferndale-valley-lcspr-child-l.pdf", "libreoffice_tagged_word_template",
    {"title": "Local Child Safeguarding Practice Review: Child L", "child_name": "Child L", "review_type": CSPR,
     "area": "Ferndale Valley", "year": 2025, "partnership": "Ferndale Valley Safeguarding Children Partnership",
     "by": "Independent reviewer: Dr Aileen Rocksworth", "date": "September 2025"},
    [("contents",),
     h("1. Introduction", "introduction"),
     ("np", "1.1", "Child L was nine months old when she was admitted to hospital with a fractured skull and bleeding "
                   "behind both eyes. Her father later accepted that he had shaken her.^[Criminal proceedings ended in "
                   "2025; this report was published after they closed.]"),
     ("np", "1.2", "The Ferndale Valley Safeguarding Children Partnership commissioned this local review to understand "
                   "how the midwifery service, health visiting and the family's general practice had worked with the "
                   "parents before the injury."),
     h("2. Methodology", "methodology"),
     ("np", "2.1", "The review used chronologies from five agencies, two practitioner workshops and conversations with "
                   "Child L's mother and maternal grandmother. Her father did not respond to letters inviting him to "
                   "take part."),
     h("3. Background", "background"),
     ("np", "3.1", "Child L lived with her mother, who was nineteen, and her father, who was twenty-three. Her father had "
                   "been seen by the perinatal mental health team for low mood and anger after the birth."),
     ("np", "3.2", "Health visitors saw the family at home on four occasions. At each contact the father stayed in "
                   "another room and the conversation was held with the mother alone."),
     h("4. Findings", "findings"),
     ("np", "4.1", "Fathers and male carers were largely invisible to the services working with the baby. Nobody asked "
                   "the father how he coped with the baby crying, although his own records showed that he struggled."),
     ("np", "4.2", "Information about the father's mental health stayed within adult services. The health visitor did "
                   "not know that he had been referred to the perinatal team."),
     h("5. Learning", "learning"),
     items("learning", [
         "Practitioners should speak with every adult who cares for a baby, including fathers and partners who are "
         "not present at planned contacts.^[The national review of 2021 made the same point about men in the home.]",
         "Advice about coping with crying should be given to both parents and repeated at every contact in the first "
         "months.",
         "A parent's mental health difficulty is relevant to the safety of the baby and should be shared with the "
         "health visitor."], "ol"),
     ("landscape",),
     h("6. Recommendations", "recommendations"),
     ("rectable", [
         ("The partnership should ensure that agencies record the details of every adult in the household at the "
          "first contact with a new baby.", "Partnership board", "Agreed: a new template will be in use by March 2026."),
         ("Health visiting and midwifery should deliver the coping with crying programme to fathers as well as "
          "mothers.", "Community health trust", "Agreed: sessions offered at the new birth visit from January 2026."),
         ("Adult mental health services should tell the health visitor when a parent of a baby under one is "
          "referred to them.", "Mental health trust", "Partly agreed: consent process under review.")]),
     h("Appendix A: Glossary", "appendix", ["other"]),
     ("p", "GP: general practitioner. LCSPR: local child safeguarding practice review. Perinatal team: the mental "
           "health service for parents in pregnancy and the first year.")],
    ["LibreOffice Writer tagged PDF from a flat ODT written here; Word-like template: cover page, 'Contents' page with "
     "dot-leader tab entries and page numbers, Heading 1 '1. Introduction' headings, '1.1' numbered paragraphs with a "
     "hanging tab, page-bottom footnotes (one called inside a learning item), a landscape page (second page style) "
     "holding the recommendations table 'Recommendation | Lead agency | Agency response', running header with a "
     "coloured 'logo' block, footer 'Page N of M'"])

# ---------- 2. Llanwern Fach: Writer untagged, Welsh concise CPR, learning in an icon table, two-column section
LLANWERN = rep(
    "cwm-llanwern-concise-cpr-child-b.pdf", "libreoffice_welsh_icon_table",
    {"title": "Concise Child Practice Review: Child B", "child_name": "Child B", "review_type": "child_practice_review",
     "area": "Cwm Llanwern", "year": 2024, "partnership": "Cwm Llanwern Regional Safeguarding Children Board",
     "by": "Reviewer: Gwenllian Price-Hughes", "date": "Mehefin / June 2024"},
    [h("Brief outline of circumstances resulting in the review", "introduction", ["background"]),
     ("cols2",),
     ("p", "Child B was fifteen when she was found by police in a flat in another city with two adult men. She had been "
           "reported missing from her residential home eleven times in the previous six months."),
     ("p", "The Board decided that the criteria for a concise review were met. The review covered the eighteen months "
           "before she was found and was led by a reviewer independent of the agencies involved."),
     ("p", "Child B and her mother took part. Child B said that she wanted staff to have kept looking for her and to "
           "have asked where she went rather than only when she came back."),
     ("end_cols2",),
     h("Practice and organisational learning", "learning"),
     ("p", "The review identified the following learning for the agencies in the region."),
     items("learning", [
         "Return home interviews were offered by a different worker each time, so nobody built the trust that would "
         "have let Child B say where she had been.",
         "Missing episodes were counted but not mapped, and the same two addresses appeared in police logs without "
         "anyone linking them.",
         "Staff in the residential home did not know that they could ask police for a disruption notice against the "
         "adults involved."], "icon"),
     h("Improving systems and practice", "recommendations"),
     ("p", "In order to promote the learning from this case the following actions were identified."),
     items("recommendations", [
         "The Board should ensure that one named worker completes all return home interviews for a child who goes "
         "missing repeatedly.",
         "Police and children's services should map the addresses linked to missing episodes at each strategy "
         "meeting.",
         "Residential providers in the region should be trained in the use of disruption tools against adults who "
         "exploit children."], "ol"),
     h("Statement by reviewer", "other", ["conclusion"]),
     ("p", "I am satisfied that the review was conducted in an open way and that the learning reflects what "
           "practitioners and the family told me.")],
    ["LibreOffice Writer PDF (not tagged) from a flat ODT written here; Welsh concise CPR template headings; bilingual "
     "'Mehefin / June' date; the first section set in a two-column Writer section; learning in a two-column table "
     "whose left cell holds a coloured icon glyph and right cell the text, no numbers; actions as '1.' numbered "
     "paragraphs; header board name and reference, footer 'Tudalen N'"])

# ---------- 3. Carrickmore: Chromium tagged, NI CMR, learning in coloured boxes with SVG icons, agency response table
CARRICKMORE = rep(
    "carrickmore-cmr-child-d.pdf", "chromium_tagged_icon_boxes",
    {"title": "Case Management Review: Child D", "child_name": "Child D", "review_type": "case_management_review",
     "area": "Northern Ireland", "year": 2025, "partnership": "Safeguarding Board for Northern Ireland",
     "by": "Chair of the review panel: Siobhan McAlinden", "date": "Published April 2025"},
    [("contents",),
     h("Introduction", "introduction"),
     ("p", "Child D, aged six, was admitted to hospital with severe weight loss and untreated dental decay. She had "
           "not been seen by any professional outside the home for eight months after she was removed from school "
           "to be educated at home."),
     ("p", "The Safeguarding Board for Northern Ireland agreed that the case met the criteria for a case management "
           "review, with the Carrickmore health and social care trust area as the lead."),
     h("Summary of agency involvement", "background"),
     ("p", "The school had raised concerns about Child D's weight twice before she was withdrawn. The education "
           "authority's visit to check home education was cancelled by the family and not rearranged."),
     ("p", "The general practice sent two letters about missed immunisations. No professional spoke to Child D "
           "between the autumn and the following spring."),
     h("Key learning", "learning"),
     items("learning", [
         "Withdrawal from school to home education can remove the only professional who sees a child every day; "
         "concerns known before withdrawal need to travel with the child.",
         "A cancelled home education visit should be treated as information about the child, not as an "
         "administrative matter to be rebooked.",
         "Missed health appointments for a young child are a safeguarding signal when other services have already "
         "raised concerns."], "box"),
     h("Recommendations", "recommendations"),
     ("rectable", [
         ("The Education Authority should see every child within four weeks of withdrawal to home education where "
          "the school had a safeguarding concern.", "Education Authority", "Accepted; guidance revised."),
         ("Trusts should ensure that general practices are told when a child with a known concern leaves school.",
          "Health and social care trusts", "Accepted; data sharing agreement drafted."),
         ("The Board should review its policy on children missing from education with the Department.",
          "SBNI", "Accepted; review under way.")])],
    ["Chromium print, tagged PDF, Liberation Sans; cover with an SVG 'logo' and the board name; contents page with "
     "CSS dot leaders and page numbers; unnumbered coloured headings; each learning point in a coloured box with an "
     "inline SVG lightbulb icon and a small 'Learning point' caption, no numbers; recommendations table 'Recommendation "
     "| Agency | Response' with a shaded header row; running footer via @page margin boxes"])

# ---------- 4. Dunmarra: Chromium untagged, Scottish learning review, numbers drawn inside SVG circles
DUNMARRA = rep(
    "dunmarra-learning-review-child-e.pdf", "chromium_untagged_number_circles",
    {"title": "Learning Review: Child E", "child_name": "Child E", "review_type": "learning_review",
     "area": "Dunmarra", "year": 2026, "partnership": "Dunmarra Child Protection Committee",
     "by": "Lead reviewers: Morag Kinloch and Ewan Baird", "date": "January 2026"},
    [h("Background to the review", "introduction", ["background"]),
     ("p", "Child E, aged thirteen, took an overdose of her grandmother's medication and spent four days in intensive "
           "care. She had been living with her grandmother since her mother died two years earlier."),
     ("p", "The Dunmarra Child Protection Committee agreed to a learning review under the national guidance for child "
           "protection in Scotland. The review team spoke with Child E, her grandmother and nineteen practitioners."),
     h("What happened", "background"),
     ("p", "Child E had been referred to the child and adolescent mental health service by her guidance teacher. The "
           "referral was not accepted because she did not meet the threshold and was signposted to a counselling "
           "service with a waiting list of five months."),
     ("p", "In the same period her school attendance fell and she stopped attending her football club. Each agency "
           "held part of this picture."),
     h("Key learning", "learning"),
     items("learning", [
         "A child who is grieving a parent and is declined by a specialist service needs someone to hold the case "
         "while she waits.",
         "The named person should bring together changes in attendance, activities and health when they happen at "
         "the same time.",
         "Kinship carers who are grieving themselves may not recognise risk and need support in their own right."],
           "circle"),
     h("Improvement actions", "recommendations"),
     items("recommendations", [
         "The committee should agree a protocol for holding children on waiting lists, with a named practitioner who "
         "checks in at least monthly.",
         "Schools should review the role of the named person when a pupil is declined by a specialist service.",
         "The kinship care team should offer bereavement support to carers who take on a child after a death in the "
         "family."], "circle"),
     h("Conclusion", "conclusion"),
     ("p", "Many practitioners cared about Child E. The learning is about how their separate concerns could be joined "
           "up sooner.")],
    ["Chromium print with tagging switched off (--disable-pdf-tagging), DejaVu Sans; Scottish learning review; "
     "learning and improvement actions as rows whose number is SVG text inside a drawn coloured circle beside the "
     "item text (no list markers); headings in a coloured band; footer partnership and page via @page margin boxes"])

# ---------- 5. Harbury: pod2pdf, serious case review with POD heading levels
HARBURY = rep(
    "harbury-scr-child-m.pdf", "pod2pdf",
    {"title": "Serious Case Review: Child M - Overview Report", "child_name": "Child M", "review_type": SCR,
     "area": "Harbury", "year": 2019, "partnership": "Harbury Local Safeguarding Children Board",
     "by": "Overview author: Philippa Dunstan-Reeve", "date": "July 2019"},
    [h("Introduction", "introduction"),
     ("p", "Child M was three years old when she died from a head injury. Her mother's partner was convicted of her "
           "murder. Child M had been subject to a child in need plan for six weeks before her death."),
     ("p", "The Harbury Local Safeguarding Children Board commissioned this serious case review because abuse was "
           "known to have been a factor in her death and agencies may have worked together more effectively."),
     h("The family", "background"),
     ("p", "Child M lived with her mother, her baby brother and her mother's partner, who had moved in three months "
           "before she died. He had convictions for violence against a previous partner."),
     h("Analysis", "findings"),
     ("h2", "Information about the new partner"),
     ("p", "Police held information about the partner's history that was not shared at the point of the child in need "
           "referral because no check was requested."),
     ("h2", "The child in need plan"),
     ("p", "The plan focused on the mother's housing and debts. It did not name the partner or say how Child M's "
           "safety would be checked."),
     h("Lessons learned", "learning"),
     items("learning", [
         "When a new adult joins a household, checks about that adult should be part of every assessment.",
         "A child in need plan that does not name every adult in the home cannot address the risks to the child.",
         "Bruising to a pre-school child seen by any professional should be questioned and recorded."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Children's social care should ensure that police checks on every adult in the household are requested "
         "for all child in need assessments.",
         "The Board should audit child in need plans for children under five to test whether all adults are named.",
         "All agencies should remind staff of the Board's bruising protocol for children who are not yet mobile or "
         "of pre-school age."], "ol")],
    ["pod2pdf (Perl POD through PDF::API2): cover lines as the first POD paragraphs; =head1 section headings and "
     "=head2 sub-headings in the tool's fonts; =over / =item bullets for lessons and =item 1. numbered "
     "recommendations; pod2pdf's running header (title) and footer page number; A5 pages (420 x 595 pt); no cover page (pod2pdf has no page break)"], body_from=1)

# ---------- 6. Westbrook: pod2pdf, CSPR with each recommendation under its own =head2
WESTBROOK = rep(
    "westbrook-lcspr-baby-a.pdf", "pod2pdf_head2_recommendations",
    {"title": "Local Child Safeguarding Practice Review: Baby A", "child_name": "Baby A", "review_type": CSPR,
     "area": "Westbrook", "year": 2023, "partnership": "Westbrook Safeguarding Partnership",
     "by": "Author: Callum Treharne, independent reviewer", "date": "May 2023"},
    [h("Why this review was carried out", "introduction"),
     ("p", "Baby A was six weeks old when she died while sharing a sofa with her father, who had been drinking. The "
           "family had been open to early help because of the parents' housing and money problems."),
     h("What we found", "findings"),
     ("p", "Safer sleep advice was given by the midwife at the birth and by the health visitor at the new birth "
           "visit. It was given to the mother only and did not mention alcohol or sofas."),
     ("p", "The early help worker knew that the father drank heavily at weekends but did not see this as relevant to "
           "the baby's sleep."),
     h("Learning for all agencies", "learning"),
     items("learning", [
         "Safer sleep advice works best when it is about this family's own home, routines and risks, not a leaflet.",
         "Workers outside health services also need to know and repeat safer sleep messages.",
         "Changes in a family's routine, such as a weekend away or a house move, increase the risk of unsafe sleep."],
           "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should require safer sleep conversations to include both parents and to record the "
         "sleeping arrangements seen in the home.",
         "Early help workers should be trained to give safer sleep advice and to ask about alcohol use.",
         "The partnership should run a campaign on the risks of sleeping with a baby on a sofa after drinking."],
           "rec")],
    ["pod2pdf: four =head1 sections; lessons as =item bullets; each recommendation under its own =head2 "
     "'Recommendation N' (the sub-heading no section, the paragraph under it the item); A5 pages, no cover page"],
    body_from=1)

# ---------- 7. Thornleigh: groff -mm -Tpdf, numbered headings, auto-numbered footnotes, tbl agency response table
THORNLEIGH = rep(
    "thornleigh-cspr-child-c.pdf", "groff_mm_gropdf",
    {"title": "Child Safeguarding Practice Review: Child C", "child_name": "Child C", "review_type": CSPR,
     "area": "Thornleigh", "year": 2024, "partnership": "Thornleigh Children's Safeguarding Partnership",
     "by": "Independent author: Rosalind Ashdown", "date": "February 2024"},
    [h("1. Introduction", "introduction"),
     ("p", "Child C, aged eleven, disclosed to a school nurse that her stepfather had sexually abused her over two "
           "years.^[The stepfather was convicted in 2023.] She had told a friend a year earlier, and the friend's "
           "mother had contacted the school."),
     h("2. Terms of reference", "methodology"),
     ("p", "The review considered how the school responded to the first report, how agencies listened to Child C and "
           "how her mother was supported to protect her."),
     h("3. Findings", "findings"),
     ("h2", "3.1 The first report"),
     ("p", "The school recorded the call from the friend's mother but spoke to Child C with her stepfather waiting in "
           "the car outside. She denied anything had happened.^[The record was made on the school's electronic "
           "system and was not read again until the disclosure.]"),
     ("h2", "3.2 Hearing the child"),
     ("p", "Child C said later that she would have talked if someone had asked her somewhere safe, and more than "
           "once."),
     h("4. Learning", "learning"),
     items("learning", [
         "A child's denial when first asked, especially near the alleged abuser, does not close a concern about sexual "
         "abuse.",
         "Third-party reports of abuse from another child's family should be referred, not managed within the school.",
         "Children need repeated safe opportunities to speak to a trusted adult."], "ol"),
     h("5. Recommendations", "recommendations"),
     ("rectable", [
         ("Schools should refer all third-party reports of child sexual abuse to children's social care the same day.",
          "Education", "Accepted; guidance reissued to all schools."),
         ("The partnership should deliver training on responding to a child's denial in cases of sexual abuse.",
          "Partnership", "Accepted; course from spring 2024."),
         ("Children's social care should review how mothers are supported after a disclosure by a child.",
          "Children's social care", "Accepted; review due September 2024.")]),
     h("Notes", "appendix", ["other"]),
     ("p", "Footnotes appear at the foot of the page on which they are called.")],
    ["groff -mm through gropdf (-Tpdf, no PostScript step): cover page by hand; .H 1 / .H 2 numbered headings "
     "(-mm numbering, bold); auto-numbered footnotes (\\*F, .FS/.FE) set at the page foot, one inside a "
     "paragraph's sentence; learning as a .AL auto-numbered list; recommendations in a tbl box table "
     "'Recommendation | Agency | Agency response' with text blocks; -mm page header with page number"])

# ---------- 8. Moorcross: groff -mm -Tpdf, bullet lists, the contents page -mm prints at the end
MOORCROSS = rep(
    "moorcross-lcspr-child-y.pdf", "groff_mm_gropdf_toc_at_end",
    {"title": "Local Child Safeguarding Practice Review: Child Y", "child_name": "Child Y", "review_type": CSPR,
     "area": "Moorcross", "year": 2025, "partnership": "Moorcross Safeguarding Children Partnership",
     "by": "Lead reviewer: Desmond Okafor-Reid", "date": "June 2025"},
    [h("1. Introduction", "introduction"),
     ("p", "Child Y, aged sixteen, was stabbed near a railway station and survived after surgery. He had been "
           "criminally exploited by a county lines network for at least a year."),
     ("p", "The Moorcross Safeguarding Children Partnership carried out this review because of the seriousness of his "
           "injuries and concerns about how agencies had worked together."),
     h("2. The child", "background"),
     ("p", "Child Y was described by his youth worker as funny and loyal. He had been excluded from two schools and "
           "spent most of his time in Year 11 in alternative provision for two hours a day."),
     h("3. Findings", "findings"),
     ("p", "Police arrested Child Y four times with drugs and cash. On three occasions he was treated as a suspect "
           "rather than screened under the national referral mechanism."),
     ("p", "The alternative provision held important information about his contacts but was not invited to any "
           "multi-agency meeting."),
     h("4. Good practice", "good_practice"),
     items("good_practice", [
         "The youth worker kept in touch with Child Y through two moves and visited him in hospital.",
         "The emergency department made a safeguarding referral within an hour of his admission."], "ul"),
     h("5. Learning", "learning"),
     items("learning", [
         "Children found with drugs and cash should be seen first as possible victims of exploitation.",
         "Reduced timetables leave children unsupervised at the hours when exploitation happens.",
         "Alternative provision staff often know the most about a child and need a seat at the table."], "ul"),
     h("6. Recommendations", "recommendations"),
     items("recommendations", [
         "Police should ensure that every child arrested for drugs supply is considered for a referral under the "
         "national referral mechanism.",
         "The partnership should ensure that alternative provision is invited to all multi-agency meetings about "
         "children it teaches.",
         "Schools and the local authority should review every reduced timetable lasting more than six weeks."],
           "ol")],
    ["groff -mm through gropdf: .H 1 numbered headings; .BL bullet lists; .AL numbered list; the table of contents "
     "-mm's .TC prints after the body on the last page (headings with dot leaders and page numbers), so the "
     "headings appear twice"])

REPORTS = [FERNDALE, LLANWERN, CARRICKMORE, DUNMARRA, HARBURY, WESTBROOK, THORNLEIGH, MOORCROSS]
