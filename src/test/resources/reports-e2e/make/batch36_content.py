"""Batch 36 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports in layout shapes the repo had not used, all drawn by one InDesign-like PDFBox program (batch36_layout.java):
threaded text frames across columns and pages on a baseline grid with pull quotes and a learning-points sidebar; Welsh
and English as two separate threaded column stories side by side; a three-column council newsletter 'learning from
reviews' issue; recommendations in a table with merged (spanning) cells under a 'Lead agency | Timescale' grid;
footnote-heavy legal numbering (1.1, (a), (b), (i)); headings that are images of text with an outline giving them;
margin notes; and four privacy shapes over live text (a black filled path, a black image, a clip path that shows
nothing of the words, white text on white).

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds: ("h1", heading, type[, accept_types]) a section heading; ("h2", text) a sub-heading (no section); ("p",
text); ("items", type, [texts], style) with style 'ol' / 'ul' / 'para:N' (numbered N.1, N.2 ...); ("side", title,
[texts]) a learning-points sidebar (learning items) on the page the layout gives; ("pull", text) a pull quote repeating
words of the body (no item); ("rectable", [(theme, [(recommendation, [(lead agency, timescale), ...]), ...]), ...]) a
recommendations table (each recommendation an item). In paragraph texts: {B:..} bold, {R:..} / {I:..} / {C:..} / {W:..}
hidden words (black filled path / black image / clipped out / white on white: words a reader cannot see, so in no truth
text), ^[..] a footnote. Test-fixture tooling only.
"""
from batch25_content import method
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
CPR = "child_practice_review"
LR = "learning_review"
SCR = "serious_case_review"


def rep(file, layout, cover, blocks, features, **kw):
    r = {"file": file, "producer": "pdfbox_layout_" + layout, "layout": layout, "cover": cover, "blocks": blocks,
         "features": features, "body_from": 2, "columns": layout in ("threaded", "bilingual", "newsletter", "sidebar")}
    r.update(kw)
    return r


# ---------- 1. Kelderwick: threaded two-column frames on a baseline grid, pull quotes, filled-path redaction
K_BG, K_EV, K_AN = story("Child R", "he", [
    "Child R was nine years old when he was found at home with serious burns to his hands in November 2023. He lived with "
    "his mother and her partner, {R:Daniel Ferriby}, in a flat above a shop in the centre of Kelderwick.",
    "Child R had an education, health and care plan for a speech and language need. His school described him as a boy "
    "who wanted to please adults and who rarely complained, even when he was unwell.",
    "In the summer of 2023 the school saw small burns on Child R's fingers on two occasions. Each time Child R said he "
    "had touched the cooker, and each time the school recorded the explanation and told his mother.",
    "In September 2023 a neighbour told the housing officer that she had heard a man shouting at a child late at night. "
    "The housing officer passed the report to the police, who visited, spoke to {R:Daniel Ferriby} at the door and "
    "recorded that there were no concerns."],
    ["Each burn was recorded as a separate accident. The school's system did not show the designated safeguarding lead "
     "that the same kind of injury had been seen before, so the pattern was not noticed.",
     "The police visit in September did not include seeing Child R. The officers were not told about the school's "
     "records, and the housing officer was not told what the visit had found.",
     "Child R's communication needs made it harder for him to say what was happening. Practitioners did not use the "
     "communication aids set out in his plan when they asked him about his injuries."])
KELDERWICK = rep(
    "kelderwick-cspr-child-r.pdf", "threaded",
    {"title": "Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
     "area": "Kelderwick", "year": 2025, "partnership": "Kelderwick Safeguarding Children Partnership",
     "by": "Independent reviewer: Harriet Sowerby", "date": "Published March 2025"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review concerns Child R, a nine year old boy who suffered serious burns at home in November 2023. He has "
           "recovered and now lives with his grandparents. The partnership decided that the case met the criteria for a "
           "local child safeguarding practice review because of the seriousness of his injuries."),
     ("h1", "How the review was done", "methodology")]
    + method("Kelderwick Safeguarding Children Partnership", "Harriet Sowerby", "seven")
    + [("h1", "Background", "background")] + K_BG
    + [("pull", "Each burn was recorded as a separate accident.")]
    + [("h1", "What happened", "background", ["findings"])] + K_EV
    + [("h1", "Analysis", "findings")] + K_AN
    + [("pull", "Practitioners did not use the communication aids set out in his plan.")]
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Repeated minor injuries of the same kind should be looked at together by the designated safeguarding lead, "
           "not only recorded one by one.",
           "When police visit a home after a report about a child, the child should be seen and spoken to.",
           "Children with communication needs should be asked about injuries in the way their plan says they communicate "
           "best."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should ask schools to show how their recording systems bring together repeated injuries to "
           "the same child.",
           "Kelderwick Constabulary should remind officers that a welfare visit about a child is not complete until the "
           "child has been seen.",
           "The partnership should develop guidance on talking with children who have speech and language needs about "
           "possible harm."], "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child R", "Kelderwick Safeguarding Children Partnership"),
    ["PDFBox 3 page-layout program (Liberation Serif 10 / 13.5 pt on a 13.5 pt baseline grid, Liberation Sans headings)",
     "one story threaded through two text frames per page across pages 2-4 (a heading may end a column and its text go on "
     "at the top of the next)", "two pull quotes in 15 pt italic between rules across a column",
     "an abuser's name hidden by black FILLED PATHS (m l l l h f, no 're') drawn over text still in the text layer",
     "running head partnership name, folio 'N' at the foot"],
    hidden=["Daniel Ferriby"])

# ---------- 2. Cwm Derwen: Welsh | English, two threaded stories side by side
CY_EN_BG = [
    "Child N was two years old when she was admitted to hospital with a head injury in February 2024. She lived with her "
    "mother and her mother's partner in a rented house in Cwm Derwen.",
    "The family had moved three times in the previous year. Each move meant a new health visitor, and the records of "
    "earlier concerns about the mother's low mood reached the new team weeks after the family arrived.",
    "In December 2023 a nursery worker noticed a bruise on Child N's forehead. Her mother said she had fallen against a "
    "table. The nursery recorded the injury and the explanation but did not share it."]
CY_BG = [
    "Roedd Plentyn N yn ddwy oed pan gafodd ei derbyn i'r ysbyty gydag anaf i'w phen ym mis Chwefror 2024. Roedd hi'n byw "
    "gyda'i mam a phartner ei mam mewn tŷ ar rent yng Nghwm Derwen.",
    "Roedd y teulu wedi symud dair gwaith yn ystod y flwyddyn flaenorol. Roedd pob symudiad yn golygu ymwelydd iechyd "
    "newydd, ac fe gyrhaeddodd y cofnodion am hwyliau isel y fam y tîm newydd wythnosau ar ôl i'r teulu gyrraedd.",
    "Ym mis Rhagfyr 2023 sylwodd gweithiwr meithrinfa ar glais ar dalcen Plentyn N. Dywedodd ei mam ei bod wedi cwympo "
    "yn erbyn bwrdd. Cofnododd y feithrinfa'r anaf a'r esboniad ond ni rannodd y wybodaeth."]
CWM_DERWEN = rep(
    "cwm-derwen-cpr-child-n.pdf", "bilingual",
    {"title": "Child Practice Review: Child N", "title_cy": "Adolygiad Ymarfer Plant: Plentyn N", "child_name": "Child N",
     "review_type": CPR, "area": "Cwm Derwen", "year": 2024,
     "partnership": "Cwm Derwen Regional Safeguarding Board", "partnership_cy": "Bwrdd Diogelu Rhanbarthol Cwm Derwen",
     "by": "Reviewers: Eleri Prys and Tomos Gwynfor", "date": "Published October 2024 / Cyhoeddwyd Hydref 2024"},
    [("h1", "Introduction", "introduction"),
     ("p", "Cwm Derwen Regional Safeguarding Board commissioned a concise Child Practice Review following the serious "
           "injury of Child N. The review followed the Welsh child practice review guidance and held a learning event "
           "with the practitioners who worked with the family."),
     ("h1", "Brief outline of circumstances", "background")] + [("p", t) for t in CY_EN_BG]
    + [("h1", "Practice and organisational learning", "learning"),
       ("items", "learning", [
           "When a family moves, the records of concerns about a parent's mental health must travel with them and be read "
           "before the first visit.",
           "A bruise on a young child's face should be shared with the health visitor even when the explanation seems "
           "likely.",
           "Practitioners should ask who else lives in the household and record what they know about them."], "ul"),
       ("h1", "Improving systems and practice", "recommendations"),
       ("items", "recommendations", [
           "The Board should seek assurance that health records transfer between health boards within ten working days "
           "of a family's move.",
           "The Board should remind early years settings of the all-Wales procedures on bruising in young children.",
           "Agencies should audit whether assessments record every adult in the household."], "ol"),
       ("h1", "Statement by reviewer", "other", ["conclusion"]),
       ("p", "The reviewers were independent of the agencies involved and had no involvement with the family. They are "
             "satisfied that the review was carried out in line with the guidance.")],
    ["PDFBox 3 page-layout program; Welsh and English as TWO STORIES, each threaded through its own column frame on page 2 "
     "(Welsh left, English right), so the headings of the two languages do not stand on one baseline",
     "bilingual cover (both titles, both board names); Welsh letters w-circumflex and a-circumflex in Liberation Sans",
     "Welsh CPR template headings; items = the English list entries", "footer 'Tudalen / Page N'"],
    welsh=[("h1", "Cyflwyniad"),
           ("p", "Comisiynodd Bwrdd Diogelu Rhanbarthol Cwm Derwen Adolygiad Ymarfer Plant cryno yn dilyn anaf difrifol "
                 "Plentyn N. Dilynodd yr adolygiad ganllawiau Cymru a chynhaliwyd digwyddiad dysgu gyda'r ymarferwyr a "
                 "fu'n gweithio gyda'r teulu."),
           ("h1", "Amlinelliad byr o'r amgylchiadau")] + [("p", t) for t in CY_BG]
    + [("h1", "Dysgu ymarfer a sefydliadol"),
       ("items", "-", [
           "Pan fydd teulu'n symud, rhaid i'r cofnodion am iechyd meddwl rhiant symud gyda nhw a chael eu darllen cyn yr "
           "ymweliad cyntaf.",
           "Dylid rhannu clais ar wyneb plentyn ifanc gyda'r ymwelydd iechyd hyd yn oed pan fo'r esboniad yn ymddangos yn "
           "debygol.",
           "Dylai ymarferwyr ofyn pwy arall sy'n byw ar yr aelwyd a chofnodi'r hyn a wyddant amdanynt."], "ul"),
       ("h1", "Gwella systemau ac ymarfer"),
       ("items", "-", [
           "Dylai'r Bwrdd geisio sicrwydd bod cofnodion iechyd yn trosglwyddo rhwng byrddau iechyd o fewn deg diwrnod "
           "gwaith i symudiad teulu.",
           "Dylai'r Bwrdd atgoffa lleoliadau blynyddoedd cynnar o weithdrefnau Cymru gyfan ar gleisiau mewn plant ifanc.",
           "Dylai asiantaethau archwilio a yw asesiadau'n cofnodi pob oedolyn ar yr aelwyd."], "ol"),
       ("h1", "Datganiad gan yr adolygydd"),
       ("p", "Roedd yr adolygwyr yn annibynnol ar yr asiantaethau ac nid oedd ganddynt unrhyw gysylltiad â'r teulu.")])

# ---------- 3. Fenwardine: three-column council newsletter 'Learning from reviews'
FENWARDINE = rep(
    "fenwardine-learning-from-reviews-child-f.pdf", "newsletter",
    {"title": "Learning from reviews: Child F", "child_name": "Child F", "review_type": CSPR, "area": "Fenwardine",
     "year": 2025, "partnership": "Fenwardine Safeguarding Children Partnership", "by": "", "date": "Issue 7, Summer 2025"},
    [("h1", "About this review", "introduction", ["summary"]),
     ("p", "This issue looks at the local child safeguarding practice review about Child F, a thirteen year old girl who "
           "went missing from home eleven times in four months in 2024 and was found to have been sexually exploited. "
           "The full report is on the partnership website."),
     ("h1", "What happened", "background", ["findings"]),
     ("p", "Child F lived with her father and two older brothers. After her mother died in 2022 her attendance at school "
           "fell and she began to spend time with older young people in the town centre."),
     ("p", "Each time Child F went missing the police recorded the episode and a return home interview was offered. She "
           "declined four of the interviews and the others were held at home with her father present."),
     ("p", "In June 2024 a youth worker saw Child F getting into a car with two adult men. The youth worker reported it "
           "and a strategy discussion followed, but by then she had been exploited for several months."),
     ("h1", "What we found", "findings"),
     ("p", "Agencies treated each missing episode on its own. No one brought the episodes together to ask what they "
           "meant, and the exploitation screening tool was not used until June."),
     ("p", "Return home interviews held with a parent present did not give Child F a safe chance to talk. The service "
           "did not offer to see her at school or somewhere else she chose."),
     ("h1", "Learning for practice", "learning"),
     ("items", "learning", [
         "Three or more missing episodes in a short time should trigger an exploitation screening, whatever the reason "
         "given for each one.",
         "A return home interview should be offered somewhere the child feels safe to talk, and without a parent present "
         "unless the child asks for one.",
         "Bereavement can make a child more vulnerable to exploitation; schools should share what they know about a "
         "child's loss."], "ul"),
     ("h1", "What we will do", "recommendations"),
     ("items", "recommendations", [
         "Review the missing children protocol so that repeated episodes are reviewed together by a named manager.",
         "Commission return home interviews that can take place at school or in another place the child chooses.",
         "Add bereavement to the exploitation screening tool as a factor that increases risk."], "ol"),
     ("h1", "Dates for your diary", "other"),
     ("p", "Exploitation briefing for schools, 14 October 2025, online. Missing children workshop, 5 November 2025, "
           "Fenwardine Civic Centre. Book through the partnership training pages.")],
    ["PDFBox 3 page-layout program: no cover; a masthead band 'Learning Lens' with the issue line, the title as the "
     "headline, a standfirst", "one page: one story threaded through THREE COLUMN FRAMES with column rules", "a 'Did you know?' box across the foot of page 1 (other text, no items)",
     "footer partnership web address and page number"],
    body_from=1)

# ---------- 4. Pridwell: recommendations in a table with merged cells and a 'Lead agency | Timescale' grid
P_BG, P_EV, P_AN = story("Baby H", "he", [
    "Baby H was ten weeks old when he died in August 2023 after being found unresponsive while sleeping on a sofa with "
    "his father. He lived with his parents in a first-floor flat {W:on Corrow Lane} in Pridwell.",
    "Both parents had grown up in care. Baby H's mother was eighteen and had been supported by the leaving care service "
    "throughout her pregnancy.",
    "The midwife and the health visitor each gave safe sleep advice. Neither asked where Baby H slept when the family "
    "stayed with his paternal grandmother at weekends, which they often did.",
    "On the night Baby H died his father had been drinking. The flat had a Moses basket, but Baby H was asleep on his "
    "father's chest on the sofa."],
    ["Safe sleep advice was given in the same way to every family. It did not take account of the family's routines or "
     "of the father's drinking, which was known to the leaving care service.",
     "Baby H's father was rarely seen. The services working with the mother did not see him as part of the plan for the "
     "baby's care."])
PRIDWELL = rep(
    "pridwell-lcspr-baby-h.pdf", "table",
    {"title": "Local Child Safeguarding Practice Review: Baby H", "child_name": "Baby H", "review_type": CSPR,
     "area": "Pridwell", "year": 2024, "partnership": "Pridwell Children's Safeguarding Partnership",
     "by": "Lead reviewer: Oonagh Trevellick", "date": "Published November 2024"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review was commissioned after the death of Baby H, a ten week old boy, in an unsafe sleeping situation. "
           "His parents have been told about the review and his mother spoke to the reviewer."),
     ("h1", "Review process", "methodology")] + method("Pridwell Children's Safeguarding Partnership", "Oonagh Trevellick", "five")[:2]
    + [("h1", "Background", "background")] + P_BG + P_EV
    + [("h1", "Findings", "findings")] + P_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Safe sleep conversations should be about where this baby sleeps on every night of the week, including when "
           "the family stays elsewhere.",
           "Fathers and partners should be seen and included in plans for a baby's care."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("p", "The recommendations are set out below with the agencies that will lead on them and when they should be "
             "complete. Where two agencies share a recommendation, each has its own timescale."),
       ("rectable", [
           ("Theme 1: Safe sleep", [
               ("The partnership should adopt a safe sleep assessment that asks about every place the baby sleeps, "
                "including at relatives' homes.", [("Pridwell Integrated Care Board", "6 months")]),
               ("Midwives and health visitors should ask about alcohol and drug use by both parents when giving safe "
                "sleep advice.", [("Pridwell Hospitals Trust", "3 months"), ("Pridwell Community Health", "3 months")])]),
           ("Theme 2: Fathers and partners", [
               ("Agencies should record the details of fathers and partners and invite them to every contact about the "
                "baby.", [("All partner agencies", "6 months")]),
               ("The leaving care service should share what it knows about a care leaver's partner when a baby is "
                "expected.", [("Pridwell Council leaving care service", "3 months"), ("Pridwell Community Health", "6 months")])])]),
       ("h1", "Conclusion", "conclusion")] + conclusion("Baby H", "Pridwell Children's Safeguarding Partnership"),
    ["PDFBox 3 page-layout program (Liberation Sans 10 pt, single column)",
     "recommendations in a drawn table No. | Recommendation | Responsibility, the last header cell SPANNING two columns "
     "over a second header row 'Lead agency | Timescale'; theme rows spanning all four columns; a recommendation cell "
     "SPANNING two agency rows where two agencies share it", "white text on white (a street name) inside the background"],
    hidden=["Corrow Lane"])

# ---------- 5. Strathavie: legal style, numbered paragraphs with (a), (b), (i), many footnotes, clipped-out name
STRATHAVIE = rep(
    "strathavie-learning-review-child-s.pdf", "legal",
    {"title": "Learning Review: Child S", "child_name": "Child S", "review_type": LR, "area": "Strathavie and Glenmorra", "year": 2025,
     "partnership": "Strathavie and Glenmorra Child Protection Committee", "by": "Lead reviewer: Morag Kinnell",
     "date": "Published January 2025"},
    [("h1", "1. Introduction", "introduction"),
     ("p", "1.1 This Learning Review was commissioned by the Strathavie and Glenmorra Child Protection Committee^[The "
           "Committee's decision was taken at its meeting of 4 May 2023 on the recommendation of its review group.] after "
           "Child S, then fourteen, was seriously injured in an assault by an adult known to the family."),
     ("p", "1.2 The review was carried out in line with the national guidance for learning reviews^[National guidance "
           "for child protection committees undertaking learning reviews (2021, updated 2024).] and its purpose is "
           "learning, not the attribution of blame."),
     ("h1", "2. The review process", "methodology"),
     ("p", "2.1 The review team comprised the lead reviewer and three senior managers from social work, education and "
           "health. The team: (a) read the records of each agency for the period from January 2022 to the assault; (b) "
           "met the practitioners involved, individually and at a reflective session^[Eleven practitioners and four "
           "managers took part.]; and (c) offered Child S and her mother the chance to contribute."),
     ("p", "2.2 The terms of reference asked the team to consider: (i) how concerns about Child S's contact with adults "
           "were shared; (ii) how her voice informed the plan for her; and (iii) whether the child's plan meetings "
           "worked as intended."),
     ("h1", "3. Background", "background"),
     ("p", "3.1 Child S lived with her mother and younger brother in Strathavie. From early 2022 she was known to spend "
           "time at the home of an adult man, {C:Mr Alasdair Quennell}, who was not related to the family^[He was later "
           "convicted of the assault. He is not named in this report.]."),
     ("p", "3.2 In September 2022 the school raised a wellbeing concern under the named person arrangements^[At that "
           "time the school's depute head acted as named person for pupils in the senior phase.]. A child's plan was "
           "agreed in November 2022 and reviewed twice before the assault in May 2023."),
     ("h1", "4. Analysis", "findings"),
     ("p", "4.1 The review found three areas where practice or systems made it harder to protect Child S:"),
     ("p", "(a) the police held information about the adult that was not shared with the child's plan meeting, because "
           "it did not reach the threshold set out in the local information sharing protocol^[Strathavie and Glenmorra "
           "Information Sharing Protocol, version 3 (2021), section 5.];"),
     ("p", "(b) the child's plan described the risks in general terms and did not say what each agency would do if "
           "Child S was seen with the adult again; and"),
     ("p", "(c) Child S was asked for her views at every meeting, but always with her mother present, and she told the "
           "review that she did not feel able to say what was happening."),
     ("p", "4.2 The team also saw effective practice. The school's pastoral teacher kept in touch with Child S throughout "
           "and it was to her that Child S first disclosed what had happened."),
     ("h1", "5. Key learning", "learning"),
     ("items", "learning", [
         "Information held by one agency about an adult's risk to children should be brought to the child's plan "
         "meeting, even when it falls short of a formal threshold.",
         "A child's plan should say what each agency will do if a known risk happens again, not only describe the risk.",
         "Children should be offered a way to give their views that does not depend on a parent being present."], "para:5"),
     ("h1", "6. Recommendations", "recommendations"),
     ("items", "recommendations", [
         "The Committee should revise the information sharing protocol so that concerns about an adult's contact with a "
         "child can be shared with the child's plan meeting.^[The revision should be completed within six months.]",
         "The Committee should ask the multi-agency quality assurance group to audit a sample of child's plans for "
         "clear contingency actions.",
         "Agencies should ensure that children subject to a child's plan are offered time to speak to a trusted "
         "professional on their own."], "para:6"),
     ("h1", "7. Conclusion", "conclusion"),
     ("p", "7.1 The Committee has accepted the learning and recommendations of this review and will report on progress "
           "to the Chief Officers Group^[Progress reports are due in June and December 2025.].")],
    ["PDFBox 3 page-layout program (Liberation Serif 10.5 pt, single column)", "every paragraph numbered 1.1, 2.1 .. "
     "with a hanging indent; lettered sub-paragraphs (a), (b), (c) as their own hanging paragraphs; roman (i), (ii) "
     "inside a paragraph", "eleven FOOTNOTES (superscript calls, notes under a short rule at the foot of the page that "
     "calls them), two inside items", "Scottish learning review headings; learning and recommendations as numbered "
     "paragraphs 5.1 .., 6.1 ..", "a man's name drawn inside a CLIP PATH that shows none of it (a gap in the line)"],
    hidden=["Alasdair Quennell"])

# ---------- 6. Thornhaugh: headings as images of text, an outline (bookmarks) giving the headings
T_BG, T_EV, T_AN = story("Child W", "she", [
    "Child W was six when she was admitted to hospital with a fractured arm and signs of long-standing neglect in April "
    "2024. She lived with her mother and three younger siblings in Thornhaugh.",
    "The family were supported by an early help worker from 2022 because of poor school attendance and the state of "
    "the home. The early help plan was closed in the summer of 2023 when attendance improved.",
    "In the autumn of 2023 Child W's attendance fell again. The school made two home visits and found the house cold "
    "and without food, and referred the family to children's social care.",
    "The referral led to a single assessment that concluded the family needed early help again. The new early help "
    "offer had not started when Child W was injured."],
    ["Closing the first early help plan when attendance improved meant that the other concerns, about the home and the "
     "children's care, were no longer watched by anyone.",
     "The assessment in the autumn of 2023 did not read the history of the first plan. It treated the family's "
     "difficulties as new, and the pattern of improvement and decline was missed."])
THORNHAUGH = rep(
    "thornhaugh-cspr-child-w.pdf", "imghead",
    {"title": "Child Safeguarding Practice Review: Child W", "child_name": "Child W", "review_type": CSPR,
     "area": "Thornhaugh", "year": 2025, "partnership": "Thornhaugh Safeguarding Children Partnership",
     "by": "Author: Ruth Abernethy, independent reviewer", "date": "Published May 2025"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review concerns Child W, a six year old girl who was found to have been neglected over a long period. "
           "She and her siblings are now cared for by relatives."),
     ("h1", "Methodology", "methodology")] + method("Thornhaugh Safeguarding Children Partnership", "Ruth Abernethy", "six")[:2]
    + [("h1", "Background", "background")] + T_BG
    + [("h1", "Key practice episodes", "background", ["findings"])] + T_EV
    + [("h1", "Analysis", "findings")] + T_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "An improvement in one area, such as school attendance, is not a reason to close a plan that was about wider "
           "neglect.",
           "Every new assessment should start from the family's history, including earlier early help plans.",
           "Neglect is often a pattern of improvement and decline; practitioners should look at the whole pattern."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should agree criteria for closing early help plans that were opened because of neglect.",
           "Children's social care should make sure that assessments include a summary of earlier plans and their "
           "outcomes.",
           "The partnership should relaunch its neglect toolkit with training on patterns of improvement and decline."],
        "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child W", "Thornhaugh Safeguarding Children Partnership"),
    ["PDFBox 3 page-layout program (Liberation Sans 10.5 pt, single column)", "every section heading an IMAGE OF TEXT "
     "(a white-on-teal banner drawn by java.awt, no text layer) and an OUTLINE entry with the heading's words pointing "
     "at it (/PageMode /UseOutlines)", "learning bullets, numbered recommendations; running head, 'Page N' footer"],
    outline_headings=True)

# ---------- 7. Brantingley: margin notes beside the text, black-image redaction
B_BG, B_EV, B_AN = story("Child E", "he", [
    "Child E was fifteen when he was stabbed near his home in March 2024. He survived. He lived with his mother and her "
    "partner at {I:14 Pelloe Street} in Brantingley, and had been excluded from school in the autumn of 2023.",
    "Child E had been known to the youth justice service since he was thirteen, after he was found carrying drugs for "
    "older young people. He told his youth justice worker that he owed money and was frightened.",
    "After his exclusion Child E attended a pupil referral unit for two hours a day. The unit reported his absences to "
    "the local authority but the reports were not linked to the youth justice plan.",
    "In February 2024 Child E's mother told the police that men had come to {I:14 Pelloe Street} looking for her son. "
    "The police logged the call as a threat and gave advice about home security."],
    ["Child E was seen as a young person who offended rather than as a child who was being exploited. The referral "
     "route under the national referral mechanism was not used.",
     "The exclusion removed the one place where adults saw Child E every day. No multi-agency meeting was held before or "
     "after it to ask what it meant for his safety.",
     "The threat reported in February was not shared with the youth justice service or the pupil referral unit."])
BRANTINGLEY = rep(
    "brantingley-lcspr-child-e.pdf", "margin",
    {"title": "Local Child Safeguarding Practice Review: Child E", "child_name": "Child E", "review_type": CSPR,
     "area": "Brantingley", "year": 2024, "partnership": "Brantingley Safeguarding Children Partnership",
     "by": "Independent reviewer: Clifford Ashdown", "date": "Published December 2024"},
    [("h1", "Introduction", "introduction", [], "Why this review"),
     ("p", "This review was commissioned after Child E, a fifteen year old boy, was seriously injured in a knife attack. "
           "He and his mother took part in the review, and his words are quoted where he agreed."),
     ("h1", "Scope and methodology", "methodology", [], "Period: March 2022 to March 2024")]
    + method("Brantingley Safeguarding Children Partnership", "Clifford Ashdown", "eight")[:2]
    + [("h1", "Background", "background")] + B_BG
    + [("h1", "Analysis", "findings", [], "See also the contextual safeguarding strategy")] + B_AN
    + [("h1", "Learning", "learning", [], "Key point"),
       ("items", "learning", [
           "A child who is carrying drugs for others should be considered for a referral as a possible victim of "
           "exploitation.",
           "A permanent or part-time exclusion of a child known to be at risk of exploitation needs a multi-agency "
           "meeting first.",
           "Threats made against a child at home should be shared with every service working with that child."], "ol"),
       ("h1", "Recommendations", "recommendations", [], "Action plan: see appendix"),
       ("items", "recommendations", [
           "The partnership should make sure that youth justice and children's social care workers know how to use the "
           "national referral mechanism.",
           "Schools and the local authority should hold a multi-agency meeting before excluding a child who is known to "
           "be at risk of exploitation.",
           "Brantingley Police should share threat reports about a child with youth justice and education settings "
           "within one working day."], "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child E", "Brantingley Safeguarding Children Partnership"),
    ["PDFBox 3 page-layout program (Liberation Serif 10.5 pt in a 330 pt column, a 120 pt left margin column)",
     "MARGIN NOTES in 8 pt italic Liberation Sans beside the first line of a heading or paragraph ('Key point', "
     "'Period: ...', a cross-reference)", "an address hidden by BLACK IMAGES (an 8 x 8 black picture scaled over the "
     "words, still in the text layer)", "learning and recommendations numbered"],
    hidden=["Pelloe Street"],
    margin_notes={"Child E had been known to the youth justice service": "Youth justice involvement from 2022",
                  "Child E was seen as a young person who offended": "Exploitation not recognised"})

# ---------- 8. Marrowgate: two-column threaded layout with learning-points sidebars, white-on-white text
M_BG, M_EV, M_AN = story("Child L", "she", [
    "Child L was three when she was taken to hospital after swallowing her mother's methadone in January 2024. She "
    "recovered. She lived with her mother and her mother's partner, {W:Mr Ottaway}, in Marrowgate.",
    "Child L's mother had been prescribed methadone by the community drug service for two years. The service's records "
    "showed that she had been given a lockable box and advice about safe storage.",
    "The health visitor saw Child L at her two year review and noted that the home was cluttered. She was not told by "
    "the drug service that the mother was on a substitute prescription.",
    "Two weeks before the incident the drug service agreed that the mother could take home a week's supply at a time, "
    "because she had been stable for six months."],
    ["The decision to allow take-home doses did not consider that a young child lived in the home. The drug service's "
     "risk assessment asked whether there were children but did not ask how old they were.",
     "The health visitor and the drug service each held part of the picture. Neither knew what the other knew, and no "
     "one checked that the lockable box was in use."])
MARROWGATE = rep(
    "marrowgate-cspr-child-l.pdf", "sidebar",
    {"title": "Child Safeguarding Practice Review: Child L", "child_name": "Child L", "review_type": CSPR,
     "area": "Marrowgate", "year": 2024, "partnership": "Marrowgate Safeguarding Partnership",
     "by": "Independent author: Priya Harcastle", "date": "Published September 2024"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review looks at the help given to Child L and her family before she swallowed a dose of methadone "
           "prescribed to her mother. Child L made a full recovery."),
     ("h1", "The review", "methodology")] + method("Marrowgate Safeguarding Partnership", "Priya Harcastle", "five")[:2]
    + [("h1", "Background", "background")]
    + [("side", "Learning points", [
           "Take-home doses of substitute medication should only be agreed after asking about the ages of the children "
           "in the home.",
           "Drug services should tell the health visitor when a parent of a child under five is prescribed a substitute.",
           "Safe storage advice should be checked on a home visit, not only given."])]
    + M_BG + M_EV
    + [("h1", "Findings", "findings")] + M_AN
    + [("pull", "Neither knew what the other knew.")]
    + [("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The community drug service should revise its take-home dose risk assessment to include the ages of children "
           "in the household.",
           "The partnership should agree an information sharing pathway between drug services and health visiting.",
           "The partnership should publish a safe storage leaflet for parents who are prescribed substitute "
           "medication."], "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child L", "Marrowgate Safeguarding Partnership"),
    ["PDFBox 3 page-layout program, one story threaded through two columns per page (Liberation Sans 9.5 pt on a "
     "12 pt baseline grid)", "a shaded 'Learning points' SIDEBAR box (its own story, three numbered points) at the foot of "
     "page 2's right column, the column shortened above it; a pull quote", "the partner's name in WHITE TEXT ON THE WHITE "
     "page (a gap a reader sees)", "learning only in the sidebar; recommendations numbered"],
    hidden=["Mr Ottaway"])

REPORTS = [KELDERWICK, CWM_DERWEN, FENWARDINE, PRIDWELL, STRATHAVIE, THORNHAUGH, BRANTINGLEY, MARROWGATE]
