"""Batch 37 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports made by producers and layouts new to the repo: Scribus (a Python script run by `scribus -g -py`, chained text
frames); LibreOffice Writer from hand-written flat ODT (.fodt) with generated outline numbering and bookmarks, a running
head that repeats the current section name (a chapter field), headings in small caps, a findings table of two columns
with shaded header cells repeated over three pages, numbered recommendations broken across a page break mid-sentence;
LibreOffice Impress notes pages (slides with speaker notes) as a learning brief; a PDF portfolio whose report is an
attached file.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds as batch13 (h1 heading type [accept], p, items kind texts style) plus ("findtable", [(finding, analysis)]),
a two-column findings table (no items; its text belongs to the section above it). Test-fixture tooling only.
"""
from batch25_content import method
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
LR = "learning_review"


def rep(file, producer, cover, blocks, features, **opts):
    return dict({"file": file, "producer": producer, "cover": cover, "blocks": blocks, "features": features,
                 "body_from": 2}, **opts)


def h(text, kind, accept=None):
    return ("h1", text, kind, accept) if accept else ("h1", text, kind)


def items(kind, texts, style="ol"):
    return ("items", kind, texts, style)


def cover(title, child, rtype, area, year, partnership, by, date):
    return {"title": title, "child_name": child, "review_type": rtype, "area": area, "year": year,
            "partnership": partnership, "by": by, "date": date}


# ---------- 1. Askerby: Scribus, chained text frames
A_BG, A_EV, A_AN = story("Child D", "he", [
    "Child D was nine years old when he was admitted to hospital in January 2025 weighing far less than a child of his "
    "age should. He lived with his mother and his two older brothers in a rented house in Askerby.",
    "Child D had been withdrawn from school in 2022 to be educated at home. The local authority's elective home education "
    "team had visited once, in the first month, and had not seen him since.",
    "In 2023 the family's GP practice recorded three missed appointments for Child D and sent letters to his mother. No "
    "practitioner saw Child D during that year.",
    "In mid-2024 a neighbour told a housing officer that she had not seen the youngest boy outside for months. The housing "
    "officer recorded the comment on the tenancy file but did not pass it to anyone."],
    ["Elective home education removed the one setting that saw Child D every day. Once he left school, no agency held a "
     "picture of his health, growth or daily life, and nobody was asked to build one.",
     "Missed health appointments were treated as the mother's choice rather than as a child not being brought. The practice "
     "had a 'was not brought' policy but it was written for children under five."])
ASKERBY = rep(
    "askerby-cspr-child-d.pdf", "scribus",
    cover("Child Safeguarding Practice Review: Child D", "Child D", CSPR, "Askerby", 2025,
          "Askerby Safeguarding Children Partnership", "Independent reviewer: Helena Strood", "Published June 2025"),
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned after Child D was found to be seriously malnourished. He is now recovering in "
           "the care of a relative. The partnership thanks his family and the practitioners who took part."),
     h("How the review was carried out", "methodology")] + method("Askerby Safeguarding Children Partnership",
                                                                  "Helena Strood", "six")
    + [h("Background", "background")] + A_BG + [h("What happened", "background", ["findings"])] + A_EV
    + [h("Findings", "findings")] + A_AN
    + [h("Learning", "learning"),
       items("learning", [
           "A child educated at home is still a child that agencies must be able to see.",
           "Repeated missed health appointments for a child of any age should be treated as the child not being brought.",
           "Concerns from neighbours and housing staff are safeguarding information and should reach children's services."],
             "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The local authority should make sure that every child educated at home is seen at least once a year, and that "
           "the elective home education team records how the child's welfare was considered.",
           "The integrated care board should extend the 'was not brought' policy in every GP practice to children of all "
           "ages, with a prompt to consider neglect when three appointments in a row are missed.",
           "The housing provider should train its tenancy officers to recognise and report concerns about children they "
           "hear about on visits, and to record where the concern was sent.",
           "The partnership should test these changes in a multi-agency audit of children educated at home within twelve "
           "months of this report."]),
       h("Conclusion", "conclusion")] + conclusion("Child D", "Askerby Safeguarding Children Partnership"),
    ["Scribus 1.5 driven by a Python script (`scribus -g -py`), one text frame per page chained with linkTextFrames",
     "paragraph and character styles set by the script (Liberation Serif body, Liberation Sans Bold headings)",
     "running foot 'Askerby SCP | Child D | page N' drawn in its own frame on each page",
     "recommendations numbered '1.' as literal text with a hanging indent"])

# ---------- 2. Blackwarren: fodt, outline numbering and bookmarks
B_BG, B_EV, B_AN = story("Child T", "she", [
    "Child T was fifteen when she was seriously assaulted by a group of older young people in a park in Blackwarren in "
    "September 2024. She lived with her mother and stepfather and had one younger brother.",
    "Child T had been known to the school's pastoral team since Year 8 for low attendance and for arguments with staff.",
    "In spring 2024 Child T began spending time with young people several years older than her. Her mother reported her "
    "missing twice, and both times she came home the next morning and would not say where she had been.",
    "In July 2024 a youth worker saw Child T getting into a car with two adult men. The youth worker told her manager, "
    "who made a referral to the police and to children's services the same day."],
    ["The referral in July was good practice, but the strategy discussion that followed considered only that single "
     "event. It did not bring together the missing episodes, the change in Child T's friendships and the school's concerns.",
     "Child T told a school nurse that she felt safer with her new friends than at home. That comment was recorded but "
     "nobody asked what made home feel unsafe, and it was not shared with the social worker."])
BLACKWARREN = rep(
    "blackwarren-lcspr-child-t.pdf", "fodt_outline",
    cover("Local Child Safeguarding Practice Review: Child T", "Child T", CSPR, "Blackwarren", 2025,
          "Blackwarren Safeguarding Children Partnership", "Lead reviewer: Owen Castellan", "Published April 2025"),
    [h("Executive summary", "summary"),
     ("p", "Child T was fifteen when she was seriously assaulted by a group of older young people. This review asks how "
           "agencies understood the risks to her outside the home in the months before. It finds that each agency saw part "
           "of the picture and that the parts were not brought together."),
     h("Introduction", "introduction"),
     ("p", "The Blackwarren Safeguarding Children Partnership decided to carry out a local review after a rapid review "
           "found that there was learning about how agencies respond to risk outside the home."),
     h("Methodology", "methodology")] + method("Blackwarren Safeguarding Children Partnership", "Owen Castellan", "eight")
    + [h("Background", "background")] + B_BG + [h("Key practice episodes", "background", ["findings"])] + B_EV
    + [h("Analysis and findings", "findings")] + B_AN
    + [h("Good practice", "good_practice"),
       items("good_practice", [
           "The youth worker acted on what she saw the same day and her manager referred without delay.",
           "The school kept a place open for Child T and contacted her mother after every absence."], "ul"),
       h("Learning", "learning"),
       items("learning", [
           "Risk outside the home builds up over time; a strategy discussion should look at the whole history, not only "
           "the latest event.",
           "When a young person says a place feels unsafe, practitioners should ask why and share what they hear."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should revise its strategy discussion template so that previous missing episodes and school "
           "concerns are always considered.",
           "Health and education partners should agree how comments about feeling unsafe at home are passed to the "
           "allocated social worker.",
           "The partnership should report to its executive on the use of contextual safeguarding assessments within "
           "nine months."]),
       h("Conclusion", "conclusion")] + conclusion("Child T", "Blackwarren Safeguarding Children Partnership"),
    ["LibreOffice Writer from a hand-written flat ODT (.fodt)", "headings numbered by Writer's outline numbering "
     "('1', '2', ... generated, not typed)", "PDF bookmarks exported from the headings (ExportBookmarks), as Word's "
     "'Save as PDF' does", "good practice and learning bullets, recommendations '1.' from a list style"])

# ---------- 3. Dunsgarth: fodt, running head with the current section name
D_BG, D_EV, D_AN = story("Child A", "she", [
    "Child A was two years old when she died after swallowing her mother's prescribed medication in March 2024. She lived "
    "with her mother, who had a long history of substance misuse, in a flat in Dunsgarth.",
    "Child A's mother was engaged with the drug and alcohol service and was prescribed methadone, collected daily.",
    "In late 2023 the drug and alcohol service agreed that the mother could collect her methadone weekly instead of "
    "daily. The service was not aware that a two-year-old lived in the home for most of the week.",
    "The health visitor last saw Child A at her one-year review. Two later contacts were missed and the health visitor "
    "closed the case to the universal service."],
    ["Safe storage of medication was discussed once, at the start of the prescription, but was not revisited when the "
     "arrangements changed. No lockable box was provided.",
     "The drug and alcohol service and the health visiting service each had a different understanding of who lived in "
     "the home. Their records did not refer to each other."])
DUNSGARTH = rep(
    "dunsgarth-cspr-child-a.pdf", "fodt_runninghead",
    cover("Child Safeguarding Practice Review: Child A", "Child A", CSPR, "Dunsgarth", 2024,
          "Dunsgarth Children's Safeguarding Partnership", "Reviewer: Frances Melbury", "December 2024"),
    [h("Summary", "summary"),
     ("p", "Child A died at the age of two after swallowing medication prescribed to her mother. This review considers "
           "how agencies understood the risk that medication in the home posed to a young child."),
     h("Background", "background")] + D_BG + [h("The review process", "methodology")]
    + method("Dunsgarth Children's Safeguarding Partnership", "Frances Melbury", "seven")
    + [h("Chronology of key events", "background", ["findings"])] + D_EV
    + [h("Findings", "findings")] + D_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Changes to how a parent collects controlled drugs are moments to reassess the safety of the children in the home.",
           "Practitioners should check who lives in the home with the other services that know the family.",
           "A case should not be closed to the universal health visiting service after missed contacts without a "
           "conversation with the family."]),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The drug and alcohol service should require a home safety check, including safe storage, before take-home "
           "doses are increased for any parent of a child under five.",
           "The public health nursing service should review its policy on closing cases after missed contacts.",
           "The partnership should provide lockable medicine boxes through the drug and alcohol service and monitor their "
           "use."]),
       h("Conclusion", "conclusion")] + conclusion("Child A", "Dunsgarth Children's Safeguarding Partnership"),
    ["LibreOffice Writer from a hand-written flat ODT (.fodt)", "running head on every body page: the review title "
     "and, at the right, the current section's name from a chapter field (`text:chapter display=\"name\"`), so a section "
     "name stands at the top of every page it covers", "running foot 'Page N of M'", "numbered learning and recommendations"])

# ---------- 4. Elmwray: fodt, headings in small caps (Scottish learning review)
E_BG, E_EV, E_AN = story("Child C", "he", [
    "Child C was twelve when he was taken into police protection after a teacher saw injuries on his arms in May 2024. He "
    "lived with his father and his father's partner in Elmwray.",
    "Child C had moved schools three times in two years. Each move followed a change of address.",
    "In the autumn of 2023 Child C told a classroom assistant that his father 'goes mad' when he is drinking. The assistant "
    "passed this to the guidance teacher, who spoke to Child C and decided the comment was a figure of speech.",
    "In February 2024 a paediatric appointment for Child C's asthma was missed and the clinic discharged him back to "
    "his GP."],
    ["Child C's frequent moves meant that no school knew him for long. Records followed him, but the worries behind them "
     "were summarised so briefly that the receiving schools did not see a pattern.",
     "The Named Person role was held by a different guidance teacher in each school. None of them spoke to a previous "
     "Named Person before deciding what to do with a concern."])
ELMWRAY = rep(
    "elmwray-learning-review-child-c.pdf", "fodt_smallcaps",
    cover("Learning Review: Child C", "Child C", LR, "Elmwray", 2025,
          "Elmwray Child Protection Committee", "Lead reviewers: Isla Dunmore and Rory Pethick", "Published February 2025"),
    [h("Introduction", "introduction"),
     ("p", "The Elmwray Child Protection Committee commissioned this learning review in line with the national guidance "
           "for learning reviews in Scotland. It looks at the support offered to Child C and his family between 2022 and "
           "2024."),
     h("Methodology", "methodology")] + method("Elmwray Child Protection Committee", "Isla Dunmore", "nine")
    + [h("Background", "background")] + E_BG + [h("Key events", "background", ["findings"])] + E_EV
    + [h("Analysis", "findings")] + E_AN
    + [h("Key learning", "learning"),
       items("learning", [
           "When a child moves school, the worries about them need to move too, in words the new school can act on.",
           "A child's description of an adult's behaviour should be explored with the child before it is judged to be a "
           "figure of speech.",
           "A missed hospital appointment for a child with a long-term condition is a reason to ask why."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "Education services should agree a standard transfer summary that names current concerns, and the receiving "
           "Named Person should speak to the previous one.",
           "The Child Protection Committee should deliver training on talking with children about parental alcohol use.",
           "Health services should review how discharges after missed appointments are communicated to the Named Person."]),
       h("Concluding remarks", "conclusion")] + conclusion("Child C", "Elmwray Child Protection Committee"),
    ["LibreOffice Writer from a hand-written flat ODT (.fodt)", "every heading in small caps (fo:font-variant "
     "small-caps, 12 pt bold, dark red), so its letters after the first are drawn as small capitals", "learning bullets, "
     "recommendations '1.' from a list style", "footer with the committee's name and page number"])

# ---------- 5. Farrowdene: fodt, findings in a two-column table over three pages
FINDINGS_F = [
    ("Finding 1: Information about the mother's partner was not shared",
     "The police held records of two previous domestic abuse incidents involving the mother's partner, one of them with a "
     "child present. These were not known to the health visitor or to the GP, because no agency asked the police about "
     "the new adult in the household. The partnership's information sharing protocol allows such a check, but "
     "practitioners told the review that they did not know how to request one or thought it needed the mother's consent."),
    ("Finding 2: The baby's injuries were explained away",
     "Two small bruises were seen on Baby B, the first at eight weeks and the second at ten weeks. On both occasions the "
     "explanation given was accepted. The bruising protocol for non-mobile babies was not followed, and the second bruise "
     "was not linked to the first because it was seen by a different practitioner who could not see the earlier record."),
    ("Finding 3: The mother's own needs were not assessed",
     "The mother was nineteen and had left care a year before Baby B was born. Her personal adviser was closing the case "
     "as she turned nineteen and did not share her worries about the relationship with the new partner. The midwife "
     "recorded the mother's low mood at the booking appointment but the referral to perinatal mental health was not made."),
    ("Finding 4: Escalation did not happen when it was needed",
     "A family support worker told the review that she had felt uneasy about the partner's behaviour at a home visit "
     "when he shouted at the mother. She mentioned this to her supervisor, but the concern was not recorded and was not "
     "escalated. Practitioners said they were not confident about using the escalation policy with other agencies."),
    ("Finding 5: Records did not follow the family",
     "The family moved address twice during the review period. Each move led to a new health visitor and a new GP "
     "practice, and records took several weeks to transfer. During those weeks nobody held a complete picture of the "
     "household, and the second bruise was seen during one of them."),
    ("Finding 6: The father's role was overlooked",
     "Baby B's birth father did not live with the family but saw Baby B regularly. He was never contacted by any agency, "
     "although he told the review that he had worries about the new partner and would have shared them if asked."),
]
F_BG, F_EV, _ = story("Baby B", "he", [
    "Baby B was eleven weeks old when he was admitted to hospital with a skull fracture and bleeding on the brain in "
    "October 2024. He lived with his mother and her partner in Farrowdene.",
    "Baby B's mother was a care leaver. Her pregnancy was booked late, at twenty-two weeks.",
    "At eight weeks the health visitor saw a bruise on Baby B's cheek; the mother said he had hit himself with a toy.",
    "At ten weeks a practice nurse saw a bruise on Baby B's ear at his immunisation appointment and was told it was "
    "from a car seat strap."], [])
FARROWDENE = rep(
    "farrowdene-cspr-baby-b.pdf", "fodt_findtable",
    cover("Child Safeguarding Practice Review: Baby B", "Baby B", CSPR, "Farrowdene", 2025,
          "Farrowdene Safeguarding Children Partnership", "Independent reviewer: Neil Ashgrove", "Published May 2025"),
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned after Baby B, aged eleven weeks, suffered serious head injuries. He survived "
           "and is now cared for by his paternal grandparents. The review sets out six findings, learning and "
           "recommendations for the partnership."),
     h("Review methodology", "methodology")] + method("Farrowdene Safeguarding Children Partnership", "Neil Ashgrove",
                                                      "eight")
    + [h("Background", "background")] + F_BG + [h("Summary of key events", "background", ["findings"])] + F_EV
    + [h("Findings", "findings"),
       ("p", "The findings are set out in the table below. Each names what the review found and the evidence for it."),
       ("findtable", FINDINGS_F),
       h("Learning", "learning"),
       items("learning", [
           "Any bruise on a baby who is not yet mobile must be referred, whatever explanation is given.",
           "A new adult in a baby's household is a reason to ask other agencies what they know.",
           "Practitioners should contact fathers who do not live with the child and ask what they know."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should relaunch its bruising protocol for non-mobile babies, with a single point of referral "
           "that any practitioner can use.",
           "The police and health partners should agree how a check on a new adult in a household with a baby is requested.",
           "The partnership should audit how quickly health records follow families who move within the area.",
           "All agencies should include fathers who do not live with their children in assessments and plans."]),
       h("Conclusion", "conclusion")] + conclusion("Baby B", "Farrowdene Safeguarding Children Partnership"),
    ["LibreOffice Writer from a hand-written flat ODT (.fodt)", "the six findings in a two-column table (Finding | "
     "What the review found) with shaded bold header cells, the header row repeated on every page the table crosses "
     "(three pages), rows allowed to split across pages", "learning bullets, recommendations '1.'"])

# ---------- 6. Hathersall: fodt, recommendations broken mid-sentence across a page break
H_BG, H_EV, H_AN = story("Baby M", "she", [
    "Baby M was five months old when she died suddenly while sleeping on a sofa with her father in August 2024. She lived "
    "with her parents and her three-year-old brother in Hathersall.",
    "Both parents had grown up in the area and had support from their own families. Baby M's father worked nights.",
    "The midwife and the health visitor each gave safe sleep advice in the first weeks. The family had a cot, but Baby M "
    "often slept in a car seat or on a parent.",
    "In July 2024 the family's housing was found to be overcrowded and damp, and they were placed on the transfer list."],
    ["Safe sleep advice was given early and in a standard form. It was not repeated when the family's circumstances "
     "changed, when the father began working nights and when the home became harder to live in.",
     "Practitioners did not ask where Baby M actually slept, day and night, and so did not hear about the sofa."])
HATHERSALL = rep(
    "hathersall-lcspr-baby-m.pdf", "fodt_pagebreak",
    cover("Local Child Safeguarding Practice Review: Baby M", "Baby M", CSPR, "Hathersall", 2025,
          "Hathersall Safeguarding Children Partnership", "Author: Priya Wendell, independent reviewer", "March 2025"),
    [h("Introduction", "introduction"),
     ("p", "This review looks at the support offered to Baby M and her family before she died suddenly in an unsafe sleep "
           "situation. The partnership offers its sympathy to her family."),
     h("Methodology", "methodology")] + method("Hathersall Safeguarding Children Partnership", "Priya Wendell", "six")
    + [h("Background", "background")] + H_BG + [h("What happened", "background", ["findings"])] + H_EV
    + [h("Findings", "findings")] + H_AN
    + [h("Learning", "learning"),
       items("learning", [
           "Safe sleep advice works best when it is about where this baby really sleeps, by day and by night.",
           "Changes in a family's routine or housing are moments to talk about safe sleep again."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should adopt a safe sleep assessment tool that asks about every place the baby sleeps and is "
           "used at every contact in the first year, including contacts made by housing and early help practitioners.",
           "Health visiting and midwifery services should record safe sleep conversations in a way that shows what was "
           "discussed, who was present and what the family said about where the baby sleeps at night and during the day.",
           "Housing services should tell the health visitor when a family with a baby under one is found to be living "
           "in overcrowded or damp conditions, so that sleeping arrangements can be discussed again with the family.",
           "The partnership should run a campaign for fathers and other carers about the risks of sleeping with a baby "
           "on a sofa or armchair, and should evaluate its reach within a year."]),
       h("Conclusion", "conclusion")] + conclusion("Baby M", "Hathersall Safeguarding Children Partnership"),
    ["LibreOffice Writer from a hand-written flat ODT (.fodt)", "the space above the 'Recommendations' heading set by "
     "the generator from a first rendering so that numbered recommendation 2 breaks across a page break mid-sentence "
     "(its first line at the foot of one page, the rest at the top of the next under the running head)", "running head 'Hathersall SCP: Baby M' and foot 'Page N'",
     "recommendations '1.' from a list style"])

# ---------- 7. Kestlemoor: Impress notes pages as a learning brief
KESTLEMOOR = rep(
    "kestlemoor-learning-brief-child-p.pdf", "impress_notes",
    cover("Learning Brief: Child Safeguarding Practice Review Child P", "Child P", CSPR, "Kestlemoor", 2025,
          "Kestlemoor Safeguarding Partnership", "Presented by the partnership's learning and improvement group",
          "Briefing, July 2025"),
    [h("About this review", "introduction", ["summary"]),
     ("p", "This briefing sets out the learning from the local child safeguarding practice review about Child P, a "
           "thirteen-year-old boy who was seriously harmed by a family member in 2024."),
     h("Background", "background"),
     ("p", "Child P lived with his grandmother under a special guardianship order. His uncle moved into the home in 2023 "
           "after leaving prison."),
     h("Findings", "findings"),
     ("p", "No agency assessed the risk posed by the uncle when he moved in. The special guardianship support plan had "
           "not been reviewed since it was made."),
     h("Learning", "learning"),
     items("learning", [
         "Special guardianship plans need review when the household changes.",
         "Probation should ask who lives at a release address and share it.",
         "Children in kinship care need to be seen and heard on their own."], "ul"),
     h("Recommendations", "recommendations"),
     items("recommendations", [
         "Review every special guardianship support plan at least yearly.",
         "Probation to check release addresses with children's services.",
         "Audit how often children in kinship care are seen alone."], "ol"),
     h("Good practice", "good_practice"),
     items("good_practice", [
         "The school nurse saw Child P alone and acted on what he said.",
         "The police shared information with the school the same day."], "ul")],
    ["LibreOffice Impress from a hand-written flat ODP (.fodp), exported as notes pages only (ExportNotesPages, "
     "ExportOnlyNotesPages): each page is a slide picture at the top and the speaker's notes under it",
     "the headings are the slide titles, the learning and recommendations are slide bullets; the notes carry the text",
     "cover slide with the title, the partnership and the date"])

# ---------- 8. Nethercombe: PDF portfolio, the report an attached file
N_BG, N_EV, N_AN = story("Child S", "she", [
    "Child S was seven when she was found to have been sexually abused by a lodger in her mother's home in Nethercombe "
    "Vale in 2024. She lived with her mother and her younger sister.",
    "Child S's mother took in a lodger in 2023 to help pay the rent. The lodger had a previous conviction that no agency "
    "knew about.",
    "In January 2024 Child S's teacher noticed that she had become withdrawn and was reluctant to go home at the end of "
    "the day. The teacher recorded this on the school's safeguarding system.",
    "In March 2024 Child S told a friend's mother that the lodger 'plays secret games'. The friend's mother told the "
    "school, which referred to children's services the same day."],
    ["The school's early record of Child S's change in behaviour was good practice, but it did not lead to a conversation "
     "with Child S or her mother about who was in the home.",
     "Agencies had no reason to know about the lodger, because no practitioner asked about the adults living in the home."])
NETHERCOMBE = rep(
    "nethercombe-vale-cspr-child-s.pdf", "portfolio",
    cover("Child Safeguarding Practice Review: Child S", "Child S", CSPR, "Nethercombe Vale", 2025,
          "Nethercombe Vale Safeguarding Children Partnership", "Independent author: Tamsin Holloway",
          "Published January 2025"),
    [h("Introduction", "introduction"),
     ("p", "This review was commissioned after Child S disclosed sexual abuse by a lodger in her home. She and her sister "
           "are now safe and are being supported."),
     h("Methodology", "methodology")] + method("Nethercombe Vale Safeguarding Children Partnership", "Tamsin Holloway",
                                               "seven")
    + [h("Background", "background")] + N_BG + [h("Key events", "background", ["findings"])] + N_EV
    + [h("Analysis", "findings")] + N_AN
    + [h("Learning", "learning"),
       items("learning", [
           "A change in a child's behaviour is a reason to talk to the child and the family about who is in the home.",
           "Practitioners should ask about all adults living in or visiting a child's home, including lodgers."], "ul"),
       h("Recommendations", "recommendations"),
       items("recommendations", [
           "The partnership should add lodgers and other non-family adults to the household questions in every "
           "assessment template.",
           "Schools should be reminded how to escalate a change in behaviour that has no explanation.",
           "The partnership should publish a short guide for parents on the risks of taking in lodgers."]),
       h("Conclusion", "conclusion")] + conclusion("Child S", "Nethercombe Vale Safeguarding Children Partnership"),
    ["a PDF portfolio (catalog /Collection, initial view the file list): the outer PDF is one cover page that names "
     "the review and says the report is attached; the report itself (LibreOffice Writer from .fodt, with bookmarks) is "
     "an embedded file in the catalog's /EmbeddedFiles name tree", "truth pages are the attached report's pages"])

REPORTS = [ASKERBY, BLACKWARREN, DUNSGARTH, ELMWRAY, FARROWDENE, HATHERSALL, KESTLEMOOR, NETHERCOMBE]
