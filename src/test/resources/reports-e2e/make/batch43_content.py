"""Batch 43 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in document-structure shapes earlier batches had not covered (shapes read from published review pages with the
`search` tool, no sentence copied): a tagged PDF whose structure tree uses custom tag names mapped through a RoleMap
(/Heading1 -> H1, /Para -> P, /ListItem -> LI) with Artifact-marked running head and footer; a tagged PDF with the same
RoleMap whose page content is written out of reading order (the structure tree holds the order); a thematic review of
three children with a sub-section per child and one combined list of recommendations, each naming the children it
comes from; a report whose headings are marked only in the outline (bookmarks) and are set exactly like body
paragraphs; a Northern Ireland case management review whose recommendations are grouped under agency sub-headings with
the numbering restarting under each; a Scottish learning review whose findings chapter ends each 'Finding N' with a
shaded box of lettered recommendations 'Recommendation Na / Nb'; an abbreviations table at the front and terms of
reference plus agencies appendices at the back; learning set in two synchronised parallel columns 'Learning | What
this means for practice' (LaTeX paracol, no table).

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section; ("h2", text) a sub-heading (no section); ("p", text);
("items", type, [texts], style) with style 'ol' / 'ul'; ("box", [(label, text)]) a shaded box of lettered
recommendations (each a recommendation item, the label not item text); ("pairs", [(learning, meaning)]) parallel
columns (the left cell a learning item, the right nothing); ("gloss", [(term, meaning)]) an abbreviations table
(nothing); ("tor", [questions]) numbered terms of reference questions (nothing).
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


# ---------- 1. Quarrendale: tagged, custom tag names through a RoleMap, Artifact furniture (Python raw PDF writer)
QUARRENDALE = rep(
    "quarrendale-lcspr-child-e.pdf", "raw_pdf_rolemap",
    {"title": "Local Child Safeguarding Practice Review: Child E", "child_name": "Child E", "review_type": CSPR,
     "area": "Quarrendale", "year": 2025, "partnership": "Quarrendale Safeguarding Children Partnership",
     "by": "Lead reviewer: Margaret Ilsley", "date": "September 2025"},
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned by the Quarrendale Safeguarding Children Partnership after Child E, aged "
           "eleven months, was admitted to hospital with a fractured femur and bruising to the face."),
     ("p", "The review looked at the work of agencies from the pregnancy booking appointment in October 2023 until "
           "Child E was discharged to the care of his paternal aunt in November 2024."),
     h("How the review was carried out", "methodology"),
     ("p", "Agencies provided chronologies and reflective reports. Two practitioner events were held, one for health "
           "staff and one for social care and police officers, and the reviewer spoke with Child E's aunt."),
     h("Background", "background"),
     ("p", "Child E lived with his mother, aged nineteen, and her partner in a flat above a shop. His mother had left "
           "care eight months before he was born and had a personal adviser from the leaving care team."),
     ("p", "The partner was not Child E's father. Agencies knew little about him beyond his name and that he worked "
           "nights at a distribution warehouse."),
     h("Findings", "findings"),
     ("h2", "The man in the household was not known to services"),
     ("p", "Midwives and health visitors met the partner on three occasions but did not record his full name or date "
           "of birth, so no checks were made. He was described in records as 'dad'."),
     ("h2", "Leaving care support ended at the point of greatest stress"),
     ("p", "The personal adviser's involvement was reduced to monthly calls when Child E was born, on the basis that "
           "health visiting was now involved. Each service assumed the other held the wider picture."),
     h("Learning", "learning"),
     items("learning", [
         "Every adult living in a baby's home should be identified by name and date of birth and their role in the "
         "baby's care understood.",
         "A young parent leaving care needs more support, not less, when a baby arrives; universal services do not "
         "replace the personal adviser.",
         "Bruising to a baby who is not yet mobile must always lead to a referral, whatever explanation is given."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should seek assurance that midwifery and health visiting records capture the details of "
         "every adult in the household at booking and at the new birth visit.",
         "Children's social care should review the leaving care pathway so that support for care leavers who become "
         "parents is increased around the birth.",
         "The partnership should repeat its briefing on the bruising in non-mobile babies protocol for all front-line "
         "health staff."], "ol")],
    ["tagged PDF written by a small Python program: StructTreeRoot with custom tag names (/Heading1 /Heading2 /Para "
     "/BulletList /ListItem /NumberedList) mapped through /RoleMap to H1 H2 P L LI; MCID marked content; running head "
     "and page footer marked /Artifact (Pagination); outline none; base-14 Helvetica"])

# ---------- 2. Elmsworth: tagged with RoleMap, content stream out of reading order (Python raw PDF writer)
ELMSWORTH = rep(
    "elmsworth-cspr-child-h.pdf", "raw_pdf_rolemap_shuffled",
    {"title": "Child Safeguarding Practice Review: Child H", "child_name": "Child H", "review_type": CSPR,
     "area": "Elmsworth", "year": 2026, "partnership": "Elmsworth Children's Safeguarding Partnership",
     "by": "Independent reviewer: Dr Rowan Pettifer", "date": "January 2026"},
    [h("Introduction", "introduction"),
     ("p", "Child H was fifteen when she was found in a house in another county with two adult men who were later "
           "charged with offences against her. She had been missing from her children's home for nine days."),
     ("p", "The Elmsworth Children's Safeguarding Partnership agreed to undertake this review after a rapid review "
           "found learning about how missing episodes and exploitation risk were shared between areas."),
     h("Scope of the review", "methodology"),
     ("p", "The review covers the eighteen months before Child H went missing. It draws on agency records, "
           "conversations with practitioners and a meeting with Child H and her social worker."),
     h("Child H's story", "background"),
     ("p", "Child H came into care at thirteen after her father's imprisonment. She moved placement four times in a "
           "year and was placed eighty miles from Elmsworth in a children's home run by a private provider."),
     ("p", "She told the reviewer that she felt nobody in the new area knew her, and that the men who groomed her were "
           "the first people who seemed interested in her life."),
     h("Analysis", "findings"),
     ("p", "Return home interviews were completed after seven of eleven missing episodes, but the information was held "
           "by the host area and did not reach the placing authority's social worker in time to change the plan."),
     ("p", "Police in the host area flagged Child H as at risk of exploitation; this flag was not visible to police in "
           "Elmsworth, where her family lived and where she was sometimes found."),
     h("What we learned", "learning"),
     items("learning", [
         "When a child is placed out of area, the placing and host authorities need one shared picture of missing "
         "episodes and exploitation risk.",
         "Frequent placement moves cut children off from the adults who know them, and exploiters look for that "
         "isolation.",
         "A child's own account of why she goes missing is the most useful evidence for a safety plan."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The partnership should agree a protocol with neighbouring partnerships for sharing return home interview "
         "findings about children placed across boundaries within five working days.",
         "Elmsworth Police should review how exploitation risk flags are shared with forces where a looked after "
         "child's family lives.",
         "Children's social care should report to the partnership every six months on the number of children placed "
         "more than twenty miles from home and their missing episodes."], "ol"),
     h("Conclusion", "conclusion"),
     ("p", "Child H is now settled in a placement nearer her family. The partnership thanks her for telling her story "
           "so that other children may be better protected.")],
    ["tagged PDF, the same RoleMap shape as Quarrendale; each page's marked-content sequences written in a shuffled "
     "order (footer, then the second half of the page, then the first; every line its own BT/ET), the structure tree "
     "in reading order; headings Helvetica-Bold at the body's 10.5 pt; artifacts for running head and footer"])

# ---------- 3. Thornbeck: thematic review of three children, a sub-section per child, combined recommendations (WeasyPrint)
THORNBECK = rep(
    "thornbeck-thematic-review-infant-injuries.pdf", "weasyprint_thematic",
    {"title": "Thematic Review: Serious Injuries to Infants", "child_name": "", "review_type": "other",
     "area": "Thornbeck", "year": 2025, "partnership": "Thornbeck Safeguarding Children Partnership",
     "by": "Review team: Alison Crake and Deepak Varma", "date": "June 2025"},
    [h("1. Introduction", "introduction"),
     ("p", "Between April 2023 and March 2024 three babies in Thornbeck suffered serious non-accidental injuries. The "
           "partnership decided to look at the three cases together rather than hold three separate reviews."),
     h("2. How we carried out the review", "methodology"),
     ("p", "The review team read the rapid reviews for each baby, held a joint practitioner workshop and met two of the "
           "three families. Each baby is described below with a letter; no names or dates are given."),
     h("3. The three children", "background"),
     ("h2", "3.1 Baby J"),
     ("p", "Baby J was six weeks old when she was taken to hospital with a skull fracture. Her parents were both "
           "twenty and lived with the maternal grandmother. Her father had a caution for assault at seventeen."),
     ("p", "The family had no involvement with children's social care before the injury. Health visitors had noted that "
           "Baby J cried a great deal and that her father seemed anxious about it."),
     ("h2", "3.2 Baby L"),
     ("p", "Baby L was four months old when he was found to have rib fractures of different ages. His mother had been "
           "supported by the perinatal mental health team during pregnancy for anxiety."),
     ("p", "His mother's partner moved into the home when Baby L was eight weeks old. This was known to the GP but "
           "not to the health visitor."),
     ("h2", "3.3 Baby P"),
     ("p", "Baby P, a twin, was three months old when bruising to his ear was seen at a baby clinic. A later skeletal "
           "survey found a healing fracture of the arm. His twin sister was unharmed."),
     ("p", "The parents had been referred to early help for housing advice. The early help worker visited twice and "
           "noted that the father did most of the night care."),
     h("4. Themes across the three reviews", "findings"),
     ("h2", "Theme A: Fathers and male carers were at the edge of practice"),
     ("p", "In all three cases the man caring for the baby was seen by services but not spoken to about his own "
           "history, his stress or his experience of the baby's crying."),
     ("h2", "Theme B: Information about new adults in the home stayed with one agency"),
     ("p", "In two cases a new partner joined the household after the birth. The agency that knew did not think to "
           "tell the others, and no one asked."),
     h("5. Learning", "learning"),
     items("learning", [
         "Male carers need to be seen, named and spoken with directly by every service that works with a new baby.",
         "Advice about coping with crying should be given to every adult who cares for the baby, not only to the "
         "mother.",
         "A change in who lives in a baby's home is information that every agency involved needs to hear."], "ul"),
     h("6. Combined recommendations", "recommendations"),
     ("p", "The recommendations below bring together what the three reviews found. Each names the children whose "
           "review it comes from."),
     items("recommendations", [
         "The partnership should commission training for midwives, health visitors and GPs on engaging fathers and "
         "male carers, with its reach reported in a year (Babies J, L and P).",
         "The health visiting service should give the coping with crying programme to both parents at the new birth "
         "visit and record who received it (Babies J and P).",
         "The partnership should agree how a new adult joining a household with a baby on a universal health caseload "
         "is shared between the GP and the health visitor (Babies L and P).",
         "Early help services should ask about night-time care and stress in every assessment of a family with a baby "
         "under six months (Baby P)."], "ol"),
     h("Appendix: Terms of reference", "appendix", ["other", "methodology"]),
     ("tor", ["What did agencies know about the adults caring for each baby?",
              "How well did agencies share information about changes in the household?",
              "How was advice about infant crying given, and to whom?"])],
    ["WeasyPrint 57 thematic review of three babies, no child named; '3. The three children' with a sub-section per "
     "child ('3.1 Baby J' ..); themes as lettered sub-headings; one combined numbered recommendations list, each "
     "ending with the children it comes from in brackets; terms of reference appendix as numbered questions; running "
     "footer 'Thornbeck thematic review | page N'"])

# ---------- 4. Ravensholt: headings only in the outline, set exactly as body paragraphs (pdflatex)
RAVENSHOLT = rep(
    "ravensholt-lcspr-child-n.pdf", "pdflatex_outline_only_headings",
    {"title": "Local Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
     "area": "Ravensholt", "year": 2024, "partnership": "Ravensholt Safeguarding Children Partnership",
     "by": "Author: Frances Lutterworth, independent reviewer", "date": "November 2024"},
    [h("Introduction", "introduction"),
     ("p", "Child N was seven when his school reported that he had arrived with a burn to his hand and said his "
           "stepfather had held it against the cooker. This review asks what agencies knew before that day."),
     h("Review process", "methodology"),
     ("p", "The review followed the partnership's local model: agency chronologies, a practitioner learning event "
           "and a meeting with Child N's mother and grandmother, who both wanted the review to be published."),
     h("Family background", "background"),
     ("p", "Child N lived with his mother, his stepfather and two younger half-siblings. The family moved to Ravensholt "
           "from another area in 2022 and was not known to local services before then."),
     ("p", "His mother told the reviewer that the stepfather controlled the family's money and decided who could "
           "visit the house."),
     h("Key practice episodes", "findings", ["background"]),
     ("p", "In March 2023 a neighbour called the police about shouting. Officers spoke to the stepfather at the door "
           "and recorded that all was well; the children were not seen."),
     ("p", "In September 2023 Child N's teacher noticed he would not change for PE. The designated safeguarding lead "
           "spoke to his mother, who said he was shy, and the concern was logged but not shared."),
     h("Learning", "learning"),
     items("learning", [
         "Police officers attending a domestic incident should see and speak with every child in the home.",
         "A child's reluctance to undress at school can be a sign of hidden injury and should be explored with the "
         "child, not only with a parent.",
         "Coercive control of money and visitors is a form of domestic abuse and raises the risk to children in the "
         "household."], "ol"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Ravensholt Police should audit attendance at domestic incidents to check that children present are seen "
         "and recorded by name.",
         "The partnership should issue guidance to schools on responding to children who avoid changing for PE.",
         "The partnership should include coercive control in its multi-agency domestic abuse training for school "
         "staff."], "ol"),
     h("Closing remarks", "conclusion"),
     ("p", "Child N now lives with his mother and half-siblings at a new address. His stepfather has been convicted.")],
    ["pdflatex article, Latin Modern; headings written as ordinary paragraphs in the body font, size and weight (no "
     "number, no bold, no extra space beyond a \\medskip), each marked only by a hyperref \\pdfbookmark in the outline; "
     "items enumerate; title page"])

# ---------- 5. Dunmallow: NI case management review, recommendations under agency sub-headings, numbering restarts (Chromium)
DUNMALLOW = rep(
    "dunmallow-cmr-child-b.pdf", "chromium_ni_cmr_agency_groups",
    {"title": "Case Management Review: Child B", "child_name": "Child B", "review_type": "case_management_review",
     "area": "Northern Ireland", "year": 2025, "partnership": "Safeguarding Board for Northern Ireland",
     "by": "Independent Chair of the CMR panel: Gerard McAlinden", "date": "Published March 2025"},
    [h("Introduction", "introduction"),
     ("p", "This Case Management Review was commissioned by the Safeguarding Board for Northern Ireland after Child B, "
           "aged two, was admitted to hospital with severe malnutrition. The family lived in the invented Dunmallow "
           "area of the Southern Health and Social Care Trust."),
     h("Terms of reference and methodology", "methodology", ["other"]),
     ("p", "The panel considered the involvement of the Trust's family and childcare service, health visiting, the GP "
           "practice, the Education Authority's early years service and the PSNI over the two years of Child B's life."),
     h("Summary of the case", "background"),
     ("p", "Child B was the fourth child of a mother who had learning difficulties. The older children had been known "
           "to the Trust under the Understanding the Needs of Children in Northern Ireland framework since 2019."),
     ("p", "Child B was not brought to six health appointments. His weight was last recorded at nine months, when it "
           "had already fallen across two centile lines."),
     h("Analysis of practice", "findings"),
     ("p", "The family was assessed as needing family support rather than child protection. Each new concern was read "
           "against the mother's learning needs and treated as a need for advice rather than a risk to the children."),
     h("Key learning", "learning"),
     items("learning", [
         "A parent's learning disability calls for adapted support and also for a clear view of whether the children's "
         "needs are being met.",
         "Children who are not brought to health appointments are missing care; repeated missed contacts need an "
         "escalation plan.",
         "A baby whose weight has not been checked for many months is a baby whose growth is unknown."], "ol"),
     h("Recommendations", "recommendations"),
     ("h2", "For the Southern Health and Social Care Trust"),
     items("recommendations", [
         "The Trust should ensure that assessments of families where a parent has a learning disability include a "
         "specialist view of parenting capacity.",
         "The Trust should introduce an escalation pathway for children under five who miss two or more health "
         "contacts."], "ol"),
     ("h2", "For the Education Authority"),
     items("recommendations", [
         "The Education Authority should ensure early years staff record and share concerns about a child's weight "
         "and appearance with the health visitor."], "ol"),
     ("h2", "For the Safeguarding Board for Northern Ireland"),
     items("recommendations", [
         "The Board should seek assurance within twelve months that the learning on neglect and parental learning "
         "disability has been shared with all member agencies.",
         "The Board should review its neglect strategy so that it addresses faltering growth in young children."], "ol")],
    ["Chromium print, Arial-like Liberation Sans, NI CMR shape (SBNI, Trust, Education Authority, PSNI, UNOCINI); "
     "recommendations grouped under three 'For the ...' agency sub-headings with the list numbering restarting at 1 "
     "under each; cover page with the SBNI name and the panel chair; footer 'CMR Child B | Page N'"])

# ---------- 6. Corriebrae: Scottish learning review, Finding N with a shaded box of lettered recommendations (LibreOffice)
CORRIEBRAE = rep(
    "corriebrae-learning-review-child-d.pdf", "fodt_lo_finding_boxes",
    {"title": "Learning Review: Child D", "child_name": "Child D", "review_type": "learning_review",
     "area": "Corriebrae", "year": 2025, "partnership": "Corriebrae Child Protection Committee",
     "by": "Lead reviewers: Fiona Drummond and Callum Reid", "date": "August 2025"},
    [h("1. Introduction", "introduction"),
     ("p", "Corriebrae Child Protection Committee commissioned this learning review on behalf of the Chief Officers "
           "Group after Child D, aged nine, disclosed sexual abuse by a family friend who had been known to police."),
     h("2. The review process", "methodology"),
     ("p", "The review was carried out under the national guidance for learning reviews. It included a review team "
           "drawn from partner agencies, a practitioner reflection session and a conversation with Child D's father."),
     h("3. Background", "background"),
     ("p", "Child D lived with his father, who worked shifts, and often stayed with a family friend after school. The "
           "friend had a previous conviction for an offence against a child in another part of Scotland."),
     h("4. Findings", "findings", ["recommendations"]),
     ("h2", "Finding 1: Information about the friend's conviction was not joined up"),
     ("p", "The police held information that the friend was a registered sex offender and that he had moved to "
           "Corriebrae. His contact with Child D was known to the school but not linked with the police record."),
     ("box", [("Recommendation 1a", "Police Scotland and the council should agree how schools can raise a concern "
               "about an adult's regular contact with a child so that it is checked against offender management "
               "information."),
              ("Recommendation 1b", "The Child Protection Committee should provide briefings for head teachers on "
               "the routes for sharing concerns about adults who are not family members.")]),
     ("h2", "Finding 2: Child D's changed behaviour was understood as grief"),
     ("p", "Child D's mother died when he was seven. When his behaviour at school deteriorated, staff and his GP saw "
           "this as grief and did not ask him about his life outside home."),
     ("box", [("Recommendation 2a", "Education services should ensure that a child's wellbeing plan after a "
               "bereavement includes regular direct conversations with the child about who they spend time with."),
              ("Recommendation 2b", "NHS Corriebrae should remind GPs that changes in a child's behaviour can have "
               "more than one cause and should be explored with the child.")]),
     ("h2", "Finding 3: Support for a single working parent was not offered"),
     ("p", "Child D's father told the review that no one had asked how he managed childcare around his shifts. Help "
           "with after-school care was available but he had not heard of it."),
     ("box", [("Recommendation 3a", "The council should publicise its after-school care support for single "
               "parents working shifts through schools and GP practices.")]),
     h("5. Conclusion", "conclusion"),
     ("p", "Child D is safe and is being supported by a specialist service. The review team thanks his father for his "
           "openness and hopes the learning will help other families.")],
    ["hand-written flat ODT -> LibreOffice 7.4, untagged, with outline; Scottish learning review shape (CPC, Chief "
     "Officers Group, national guidance); '4. Findings' chapter of 'Finding N:' sub-headings each followed by a "
     "one-cell pale-blue table (the shaded box) holding bold 'Recommendation Na' labels on their own lines, each above "
     "its text; no recommendations section of its own"])

# ---------- 7. Hartswell: abbreviations table at the front, terms of reference + agencies appendices (ReportLab platypus)
HARTSWELL = rep(
    "hartswell-cspr-child-y.pdf", "reportlab_front_abbreviations",
    {"title": "Child Safeguarding Practice Review: Child Y", "child_name": "Child Y", "review_type": CSPR,
     "area": "Hartswell", "year": 2026, "partnership": "Hartswell Safeguarding Children Partnership",
     "by": "Independent author: Patrick Oduya", "date": "February 2026"},
    [h("Abbreviations used in this report", "appendix", ["other"]),
     ("gloss", [("CAMHS", "Child and adolescent mental health services"), ("CSC", "Children's social care"),
                ("DSL", "Designated safeguarding lead"), ("ED", "Emergency department"),
                ("MASH", "Multi-agency safeguarding hub"), ("SCP", "Safeguarding children partnership")]),
     h("Introduction", "introduction"),
     ("p", "Child Y, aged fourteen, took an overdose at home in May 2025 and was admitted to hospital. She survived. "
           "The Hartswell SCP commissioned this review because of concerns about how CAMHS, the school and CSC had "
           "worked together in the months before."),
     h("Summary of events", "background"),
     ("p", "Child Y had attended the ED three times in six months after self-harm. Each time she was referred to "
           "CAMHS, and each time the referral was closed because she did not attend the first appointment."),
     ("p", "Her school's DSL made a referral to the MASH in February 2025 after Child Y told a teacher that her mother's "
           "partner was frightening. The referral led to a single home visit and no further action."),
     h("Findings", "findings"),
     ("p", "Appointments were offered by letter to an address where post was often withheld by the mother's partner. "
           "No agency tried to reach Child Y through school, although she attended every day."),
     ("p", "The MASH decision relied on the mother's account. Child Y was not spoken to alone."),
     h("Learning", "learning"),
     items("learning", [
         "A teenager who has self-harmed and does not attend an appointment has not declined help; services need to "
         "find another way to reach her.",
         "When a child says an adult at home frightens her, she needs to be spoken to on her own before a decision "
         "is made.",
         "School is often the one place a young person can be reached reliably and privately."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "CAMHS should not close a referral for a young person seen in the ED after self-harm without contacting the "
         "young person through a second route such as school.",
         "The MASH should record, for every referral about a child over twelve, whether the child was spoken to alone "
         "and why not if they were not.",
         "The SCP should ask schools to share with CAMHS a named contact for young people on a mental health "
         "waiting list."], "ol"),
     h("Appendix A: Terms of reference", "appendix", ["other", "methodology"]),
     ("tor", ["How did agencies respond to Child Y's attendances at the ED?",
              "How were concerns raised by the school assessed by the MASH?",
              "Was Child Y's voice heard in decisions about her?",
              "What got in the way of agencies working together?"]),
     h("Appendix B: Agencies that contributed", "appendix", ["other"]),
     ("gloss", [("Hartswell NHS Foundation Trust", "Emergency department and paediatric ward"),
                ("Hartswell CAMHS", "Community mental health team"), ("Hartswell Council", "Children's social care and MASH"),
                ("Hartswell Academy", "Child Y's secondary school")])],
    ["ReportLab 3.6 platypus, base-14 Helvetica; no cover page: title block on page 1 over a ruled two-column "
     "'Abbreviation | Meaning' table placed before the introduction under its own heading; appendices of numbered terms "
     "of reference questions and a two-column agencies table; footer line 'Hartswell SCP - CSPR Child Y - page N'"],
    body_from=1)

# ---------- 8. Fenwold: learning in two synchronised parallel columns, no table (LuaLaTeX paracol)
FENWOLD = rep(
    "fenwold-lcspr-child-g.pdf", "lualatex_paracol_learning",
    {"title": "Local Child Safeguarding Practice Review: Child G", "child_name": "Child G", "review_type": CSPR,
     "area": "Fenwold", "year": 2025, "partnership": "Fenwold Safeguarding Children Partnership",
     "by": "Reviewer: Naomi Ashdown", "date": "December 2025"},
    [h("Introduction", "introduction"),
     ("p", "Child G, a twelve-year-old with autism, was found by police living in a car with his mother in a lay-by "
           "outside Fenwold. He had not attended school for seven months and had lost a significant amount of weight."),
     h("Methodology", "methodology"),
     ("p", "The review used a systems approach. Agencies provided timelines, and practitioners from education, health "
           "and social care met twice to consider why Child G's situation went unseen."),
     h("Background", "background"),
     ("p", "Child G's mother withdrew him from school to educate him at home after a dispute about his support plan. "
           "The family then lost their tenancy and moved between friends' houses and the car."),
     h("Findings", "findings"),
     ("p", "Once Child G was electively home educated, no agency saw him. The elective home education officer's letters "
           "went to the old address; the school nurse and the autism team closed his case on his removal from school."),
     h("Learning", "learning"),
     ("pairs", [
         ("Elective home education can leave a disabled child without any professional who sees him.",
          "Practitioners should check who will see the child before closing a case when a child leaves school."),
         ("Loss of housing is a risk to a child's welfare, not only a housing matter.",
          "Housing officers should ask about children and their schooling when a family becomes homeless."),
         ("A dispute with school about support can lead a parent to withdraw a child who needs that support most.",
          "Schools should offer mediation and tell the local authority before a child with a support plan is "
          "taken off roll.")]),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "The local authority should see every child with an education, health and care plan within four weeks of "
         "elective home education beginning.",
         "The housing service should refer families with children who become homeless to early help on the same day.",
         "The partnership should audit case closures following a child's removal from school roll."], "ol")],
    ["LuaLaTeX (TeX Live 2022) with fontspec and Liberation Sans; the learning set in two synchronised parallel "
     "columns with paracol (column headers 'Learning' and 'What this means for practice' in bold, each pair starting "
     "level by \\switchcolumn*, no table, no rules); title page; numbered sections off, bold sans headings"])

REPORTS = [QUARRENDALE, ELMSWORTH, THORNBECK, RAVENSHOLT, DUNMALLOW, CORRIEBRAE, HARTSWELL, FENWOLD]
