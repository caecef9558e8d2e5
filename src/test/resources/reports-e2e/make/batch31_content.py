"""Batch 31 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding practice
review reports from producers and looks no earlier batch uses: Perl PDF::Builder (two layouts), a PDFBox AcroForm whose
read-only text fields hold report text, Word tracked changes and comments (the `docx` npm package -> LibreOffice, changes
shown as marked up, comments as PDF annotations), md-to-pdf (npm: Markdown -> marked -> Chromium, two templates) and
pdfme (npm, a positioned-schema template on pdf-lib).

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch30_content.py: ("h1", heading, type[, accept]), ("h2", text), ("p", text), ("items", type, [texts], style) with style
'ol', 'ul', 'rn' (bold 'Recommendation N:' run-in), 'lp' (bold 'Learning point N' label line), ("gloss", [(term, meaning)]),
("chron", [(date, event)]) (no items), ("rectable", [(recommendation, lead)]). Tracked changes: an item or paragraph text
may hold '[+inserted+]' and '[-deleted-]' marks; the truth keeps inserted text and drops deleted text (the report as
accepted), the PDF shows both, marked up.
"""
import re
from batch25_content import method, GLOSS
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"


def accepted(text):
    """The text as the report reads once its tracked changes are accepted."""
    return re.sub(r"\s{2,}", " ", re.sub(r"\[-.*?-\]", "", text).replace("[+", "").replace("+]", "")).strip()


# ---------- P1: Perl PDF::Builder, typed numbered headings, drawn chronology table, run-in recommendations
P1_BG, P1_EV, P1_AN = story("Child F", "she", [
    "Child F was nine when she disclosed to a teaching assistant in March 2024 that her stepfather had been hurting her "
    "for more than a year. She lived with her mother, her stepfather and two younger brothers in Cresswold.",
    "The family had moved between three rented homes in two years. Each move meant a new GP practice and, twice, a new "
    "school, and records followed Child F slowly or not at all.",
    "In the autumn of 2023 Child F's attendance fell to sixty per cent. The school sent standard letters and the education "
    "welfare officer made one home visit, at which the stepfather explained the absences as illness.",
    "Child F was seen twice at the urgent treatment centre with injuries to her wrist and her face. Both times the "
    "explanation was a fall, given by her stepfather, and both times the injuries were treated as accidental."],
    ["Each move reset what agencies knew. New professionals met a family who presented well and a child who said little, "
     "and the history that might have made them curious was still on its way from the last school or surgery.",
     "Falling attendance was managed as an attendance problem. The review found that no one asked what was happening to "
     "Child F on the days she was not in school, or why the absences clustered after weekends.",
     "Two injuries with the same explanation from the same adult, eight weeks apart, were not linked because the second "
     "clinician could not see the first attendance without searching a separate system."])
P1 = {
    "file": "cresswold-lcspr-child-f.pdf", "producer": "pdf_builder", "body_from": 2, "numbering": "typed",
    "features": ["Perl PDF::Builder 3.025 drawing every line itself (core fonts Helvetica / Helvetica-Bold, not embedded), "
                 "untagged, no outline", "headings typed '1. Introduction' in bold navy with a rule under them; cover page "
                 "with a navy band", "chronology of key events a drawn table Date | Key event with cell borders; learning a "
                 "numbered list with hanging indent; recommendations as bold 'Recommendation N:' run-in labels; glossary "
                 "'Term - meaning' lines; footer 'Cresswold LCSPR Child F | Page N of M'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child F", "child_name": "Child F", "review_type": CSPR,
              "area": "Cresswold", "year": 2025, "partnership": "Cresswold Safeguarding Children Partnership",
              "by": "Independent reviewer: Margaret Ellery", "date": "Published April 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This local child safeguarding practice review is about Child F, a nine year old girl who was physically "
                     "and emotionally abused by her stepfather over at least a year. Her stepfather has since been convicted "
                     "and Child F lives with her mother and brothers, who have taken part in the review."),
               ("p", "The Cresswold Safeguarding Children Partnership commissioned the review after a rapid review found that "
                     "several agencies had seen signs of harm that were not brought together."),
               ("h1", "Methodology", "methodology")]
    + method("Cresswold Safeguarding Children Partnership", "Margaret Ellery", "seven")
    + [("h1", "Background", "background")] + P1_BG
    + [("h1", "Chronology of key events", "background", ["findings", "other"]),
       ("chron", [("September 2022", "The family moves to Cresswold; Child F joins her third primary school."),
                  ("November 2023", "Child F attends the urgent treatment centre with a wrist injury; a fall is given as the "
                                    "explanation."),
                  ("January 2024", "Child F is seen with a facial injury; the same explanation is given."),
                  ("March 2024", "Child F tells a teaching assistant that her stepfather hurts her.")])] + P1_EV
    + [("h1", "Analysis", "findings")] + P1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "When a family moves often, the receiving agency should actively seek the child's history and not wait for it.",
           "Persistent absence is a safeguarding matter as well as an attendance matter, and the pattern of absence can tell "
           "practitioners something about the child's life at home.",
           "Repeated injuries explained by the same adult should be considered together, and health systems should make "
           "earlier attendances visible to the clinician treating the child.",
           "Children who say little may be waiting for an adult they trust to ask them directly and to give them time."],
        "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should agree a standard for transferring safeguarding records when a child moves school or GP "
           "practice, with a named person responsible for chasing records that have not arrived.",
           "Cresswold Council should make sure that education welfare visits include seeing the child and asking about the "
           "reasons for absence in the child's own words.",
           "The integrated care board should report to the partnership on how urgent treatment centres can see a child's "
           "previous attendances at every site.",
           "The partnership should include this review in its training on recognising and responding to physical abuse."],
        "rn"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child F", "Cresswold Safeguarding Children Partnership")
    + [("h1", "Appendix: Glossary", "appendix", ["other"]), ("gloss", GLOSS)],
}

# ---------- P2: Perl PDF::Builder, SCR, numbered paragraphs 1.1 in a left gutter, 'Recommendation N' label lines
P2_BG, P2_EV, P2_AN = story("Child K", "he", [
    "Child K was fourteen when he was found with serious stab wounds in a park in Hallowmere in August 2019. He had been "
    "reported missing from home eleven times in the previous six months.",
    "Child K lived with his mother and his older sister. He had been excluded from secondary school in Year 9 and attended "
    "a pupil referral unit for two days a week.",
    "Return home interviews after his missing episodes were offered each time, but Child K took part in only two. In both "
    "he said he had been staying with friends and would not give their names.",
    "In June 2019 the police found Child K in another county with cash and two mobile phones. He was treated as a suspect "
    "and released under investigation, and no referral was made as to whether he was being exploited."],
    ["The pattern of missing episodes, school exclusion, unexplained money and travel out of the area is now well recognised "
     "as a sign of criminal exploitation. In 2019 the partnership's tools for recognising it were new and not widely used.",
     "Child K was seen by agencies mainly as a young person who was causing problems. The review found that the language in "
     "records described his choices and his behaviour rather than the adults who were controlling him.",
     "The reduced timetable at the pupil referral unit left Child K with three unsupervised school days each week, and no "
     "agency had asked where he spent them."])
P2 = {
    "file": "hallowmere-lscb-scr-child-k.pdf", "producer": "pdf_builder", "body_from": 2,
    "features": ["Perl PDF::Builder 3.025, core Times-Roman / Times-Bold, untagged, no outline", "serious case review (2020) "
                 "in the numbered-paragraph style: unnumbered bold headings, every paragraph numbered '1.1', '2.3' in a "
                 "left gutter, sub-headings in italics", "lessons a bulleted list with '•' bullets; recommendations as "
                 "bold 'Recommendation N' label lines over the text; running header 'Hallowmere LSCB - Serious Case Review "
                 "Child K' and a centred page number"],
    "cover": {"title": "Serious Case Review: Child K", "child_name": "Child K", "review_type": SCR,
              "area": "Hallowmere", "year": 2020, "partnership": "Hallowmere Local Safeguarding Children Board",
              "by": "Lead reviewer: Dr Owen Pardew", "date": "February 2020"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This serious case review concerns Child K, a fourteen year old boy who was seriously injured in a "
                     "knife attack in August 2019. He survived his injuries and now lives with relatives outside the area."),
               ("p", "The Hallowmere Local Safeguarding Children Board decided that the criteria for a serious case review "
                     "were met because there was reason to believe that Child K had been exploited and that agencies could "
                     "have worked together more effectively."),
               ("h1", "Terms of reference", "methodology", ["other"]),
               ("p", "The review considered the period from September 2018 to August 2019 and asked how agencies recognised "
                     "and responded to the risk of criminal exploitation, how missing episodes were followed up and how "
                     "Child K's education was arranged after his exclusion."),
               ("h1", "Background", "background")] + P2_BG
    + [("h1", "What happened", "background", ["findings"])] + P2_EV
    + [("h1", "Analysis", "findings"),
       ("h2", "Recognising exploitation")] + P2_AN[:2]
    + [("h2", "Education after exclusion")] + P2_AN[2:]
    + [("h1", "Lessons learned", "learning"),
       ("items", "learning", [
           "A child who goes missing repeatedly, has unexplained money or phones and is found far from home should be "
           "considered at risk of criminal exploitation, whatever else is known about his behaviour.",
           "Return home interviews are most useful when they are carried out by someone the child knows and when what is "
           "learned is shared with the police and children's social care.",
           "A reduced school timetable increases the time a child is unsupervised and should be agreed only with a plan for "
           "the rest of the week.",
           "Records should describe children who are exploited as victims, and the language practitioners use shapes how "
           "others respond to the child."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The board should make sure that its child exploitation screening tool is used whenever a child has been missing "
           "three times in three months.",
           "Hallowmere Police should refer every child found in possession of cash and phones out of area to children's "
           "social care for an assessment of exploitation risk.",
           "The local authority should review all children on reduced timetables each term, with the child's safety out of "
           "school as part of that review.",
           "All agencies should audit a sample of records for victim-blaming language and report the findings to the "
           "board."], "lp_rec"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child K", "Hallowmere Local Safeguarding Children Board"),
}

# ---------- F1: PDFBox AcroForm: a review template whose read-only text fields hold the report's text
F1_BG, F1_EV, F1_AN = story("Child R", "he", [
    "Child R was seven months old when he was admitted to hospital with a skull fracture in May 2024. He lived with his "
    "mother, who was nineteen, in a supported housing flat in Tarnbridge.",
    "His mother had been in the care of the local authority until she was eighteen and had a personal adviser from the "
    "leaving care team. Child R's father was not living with them but visited most days.",
    "The personal adviser knew that the father had a caution for assaulting a previous partner. This was not known to "
    "the health visitor or to the supported housing staff.",
    "Two weeks before the injury the supported housing staff heard shouting and a baby crying from the flat late at night. "
    "They recorded the incident in their log but did not share it."],
    ["Child R's mother was seen by her personal adviser as a care leaver who needed support, and by the health visitor as a "
     "young mother who was managing well. Neither view was wrong, but neither included the father.",
     "The supported housing provider was not part of the partnership's information sharing arrangements and its staff did "
     "not know how to raise a concern about a baby.",
     "The leaving care team held information about the father's history of violence that would have changed how the health "
     "visitor assessed the household."])
F1 = {
    "file": "tarnbridge-lcspr-child-r.pdf", "producer": "pdfbox_acroform", "body_from": 2,
    "features": ["Apache PDFBox 3.0.8 (Java) AcroForm: the partnership's review template as a form, headings and labels "
                 "drawn as page text (Helvetica, not embedded), the report's paragraphs, learning and recommendations held "
                 "in read-only multiline text fields (/Tx, /Ff ReadOnly + Multiline) whose values are shown by appearance "
                 "streams PDFBox generated (NeedAppearances false)", "no outline, untagged; each field a bordered box on the "
                 "page; recommendations a two-column grid of fields Recommendation | Lead agency",
                 "the cover details (title, partnership, date) are drawn text, not fields"],
    "fields": True,
    "cover": {"title": "Local Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
              "area": "Tarnbridge", "year": 2025, "partnership": "Tarnbridge Safeguarding Children Partnership",
              "by": "Independent reviewer: Helen Marchbank", "date": "Published March 2025"},
    "blocks": [("h1", "Summary", "summary", ["introduction"]),
               ("p", "This review is about Child R, a baby who suffered a serious head injury at seven months old. His father "
                     "has been charged with causing the injury. Child R has recovered well and lives with his maternal "
                     "aunt."),
               ("p", "The review found that important information about the father was held by one agency and not shared "
                     "with the others who were supporting the mother and baby."),
               ("h1", "Background", "background")] + F1_BG
    + [("h1", "Key events", "background", ["findings"])] + F1_EV
    + [("h1", "Analysis", "findings")] + F1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Practitioners supporting a young parent who is a care leaver should find out about every adult involved in the "
           "baby's care, including fathers who do not live in the household.",
           "A history of violence towards a partner is relevant to the safety of a baby and should be shared with the "
           "health visitor and midwife.",
           "Housing and supported accommodation staff hear and see things that other agencies do not, and need to know how "
           "to raise a concern about a child."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("The leaving care service should share relevant information about partners and fathers with health visiting "
            "when a care leaver becomes a parent.", "Tarnbridge Council"),
           ("Supported housing providers commissioned by the council should be included in the partnership's training and "
            "information sharing arrangements.", "Tarnbridge Council"),
           ("The health visiting service should make sure that fathers and other carers are seen and assessed at every "
            "universal contact.", "Tarnbridge Community Health"),
           ("The partnership should seek assurance that this learning has been shared with leaving care and housing staff.",
            "Partnership business unit")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child R", "Tarnbridge Safeguarding Children Partnership"),
}

# ---------- W1: DOCX with tracked changes (docx npm) -> LibreOffice, changes shown marked up
W1_BG, W1_EV, W1_AN = story("Child P", "she", [
    "Child P was fifteen when she took an overdose of her mother's medication in December 2023 and was admitted to a "
    "paediatric ward. She lived with her mother, who has multiple sclerosis, and was her main carer.",
    "Child P had been identified as a young carer by her school in Year 7, but no young carer's assessment was completed. "
    "Her attendance had been good until she started Year 10.",
    "In the months before the overdose Child P told the school nurse that she was tired all the time and could not sleep. "
    "She was given advice about sleep and a leaflet about the local young carers' service.",
    "Child P's mother told her own GP that she was worried about her daughter. The GP recorded the conversation in the "
    "mother's notes and did not contact anyone else."],
    ["Child P's caring role was known to school, to the school nurse and to the adult social care team that supported her "
     "mother. Each agency saw it from its own side and no one looked at the whole of her life.",
     "The school nurse's response was kind and prompt but treated tiredness as the problem. The review found that "
     "practitioners did not ask young carers directly about their mood and whether they felt safe.",
     "Adult services assessed the mother's needs without asking who was meeting them. A carer's assessment for Child P "
     "would have been the natural point to bring children's and adults' services together."])
W1 = {
    "file": "lindenholt-lcspr-child-p.pdf", "producer": "docx_tracked_libreoffice", "body_from": 2,
    "features": ["`docx` npm 9 (Node) DOCX with Word tracked changes (w:ins / w:del runs by a named author, dated) -> "
                 "LibreOffice Writer 7.4 PDF export with the changes shown: inserted text underlined in the author's "
                 "colour, deleted text struck through, a change bar in the left margin", "Heading 1 styles, unnumbered; "
                 "learning a decimal list, recommendations a decimal list, glossary a two-column table; footer 'Page N'",
                 "a cover line 'Version 3 (tracked changes following family feedback)'; the truth keeps the accepted "
                 "text (inserted words in, deleted words out)"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child P", "child_name": "Child P", "review_type": CSPR,
              "area": "Lindenholt", "year": 2024, "partnership": "Lindenholt Safeguarding Children Partnership",
              "by": "Independent reviewer: Rosalind Quayle", "date": "Published October 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review is about Child P, a fifteen year old girl who was a young carer for her mother and who "
                     "took an overdose in December 2023. She [-made a full recovery-][+has recovered and is now supported "
                     "by the young carers' service+]."),
               ("p", "Child P and her mother both met the reviewer and [-agreed with-][+helped to shape+] the learning in "
                     "this report."),
               ("h1", "Methodology", "methodology")]
    + method("Lindenholt Safeguarding Children Partnership", "Rosalind Quayle", "six")
    + [("h1", "Background", "background")] + W1_BG
    + [("h1", "Key events", "background", ["findings"])] + W1_EV
    + [("h1", "Analysis", "findings")] + W1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "A young carer's assessment is a safeguarding opportunity as well as a support plan, and should [-normally-] "
           "be completed within weeks of the child being identified.",
           "Tiredness, poor sleep and falling attendance in a young carer may be signs of low mood and should prompt a "
           "direct conversation about how the child is feeling[+ and whether they have thought about harming themselves+].",
           "Adult services assessing a parent's care needs should ask who is providing the care and whether that person is "
           "a child.",
           "A parent's worry about their child, told to the parent's own GP, should be shared with the child's GP or school "
           "[-if-][+where+] it suggests the child may be at risk."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should make sure that every child identified as a young carer is offered an assessment within "
           "six weeks[+, and should audit this each year+].",
           "The school nursing service should use a standard set of questions about mood and self-harm with every young "
           "carer it sees.",
           "Adult social care should record, in every assessment of a parent, whether a child is providing care [-to them-].",
           "The integrated care board should remind GP practices how to share a parent's concern about a child with the "
           "child's own practice."], "ol"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child P", "Lindenholt Safeguarding Children Partnership")
    + [("h1", "Glossary", "appendix", ["other"]), ("gloss", GLOSS[:3])],
}

# ---------- W2: DOCX with comments and tracked changes -> LibreOffice, comments exported as PDF annotations
W2_BG, W2_EV, W2_AN = story("Child Z", "he", [
    "Child Z was twelve when he was found to have been living in a home with severe neglect in January 2024. He lived with "
    "his father, who had a long history of alcohol misuse, and his older brother, who was seventeen.",
    "Child Z had autism and attended a special school in Brackenfold. School transport collected him each morning and the "
    "drivers were often the only adults outside the family who saw him every day.",
    "The school noticed that Child Z's uniform was dirty and that he was hungry on Mondays. These concerns were raised "
    "with the father at annual review meetings and were recorded as resolved when he agreed to do better.",
    "In January 2024 a transport driver saw Child Z's father collapsed in the doorway and called an ambulance. Officers who "
    "attended found the home without heating or food."],
    ["The school's concerns about neglect were real and recurring, but each was raised and closed on its own. The review "
     "found that no chronology was kept that would have shown how long the neglect had gone on.",
     "Child Z's autism meant he did not tell anyone about his home life, and practitioners relied on what they could see. "
     "Changes in his presentation were sometimes put down to his diagnosis.",
     "The father's drinking was known to his GP and to the alcohol service. Neither knew that he was the sole carer of a "
     "disabled child."])
W2 = {
    "file": "brackenfold-learning-review-child-z.pdf", "producer": "docx_comments_libreoffice", "body_from": 2,
    "features": ["`docx` npm 9 DOCX with Word comments (w:comment ranges by the partnership's business manager) and "
                 "tracked changes -> LibreOffice Writer 7.4 PDF export with ExportNotes: each comment a PDF /Text "
                 "annotation (a note icon beside the commented text, its words in the annotation, not on the page)",
                 "tracked changes shown marked up; Heading 1 / Heading 2 styles, unnumbered; learning as bold 'Learning "
                 "point N' paragraphs over the text; recommendations as a bordered table No. | Recommendation | Lead",
                 "footer 'Brackenfold learning review - Child Z - page N'"],
    "cover": {"title": "Learning Review: Child Z", "child_name": "Child Z", "review_type": LR,
              "area": "Brackenfold", "year": 2025, "partnership": "Brackenfold Children's Safeguarding Partnership",
              "by": "Reviewer: Peter Ansley-Gault", "date": "Published January 2025"},
    "comments": {"Child Z's autism meant": "Family asked that his diagnosis be described in his own words; agreed at panel.",
                 "The father's drinking": "Checked with the alcohol service's manager, November 2024."},
    "blocks": [("h1", "Summary", "summary", ["introduction"]),
               ("p", "This learning review looks at the neglect of Child Z, a twelve year old autistic boy, over several "
                     "years. The partnership chose a learning review because the case did not meet the criteria for a local "
                     "child safeguarding practice review but raised important questions about neglect of disabled children."),
               ("p", "Child Z now lives with his aunt and attends the same school. His father is receiving treatment."),
               ("h1", "Background", "background")] + W2_BG
    + [("h1", "What happened", "background", ["findings"])] + W2_EV
    + [("h1", "Analysis", "findings"),
       ("h2", "Neglect that builds up over time")] + W2_AN[:1]
    + [("h2", "Seeing the child behind the diagnosis")] + W2_AN[1:2]
    + [("h2", "Adults' services and the children they care for")] + W2_AN[2:]
    + [("h1", "Learning points", "learning"),
       ("items", "learning", [
           "Concerns about neglect need to be seen together and over time; a chronology held by the school would have shown "
           "the pattern.",
           "Changes in a disabled child's presentation should not be put down to the child's condition without first "
           "considering whether the child is being harmed.",
           "Services working with a parent who misuses alcohol should ask whether the parent cares for a child, and [-what-]"
           "[+how+] that child's needs are being met."], "lp"),
       ("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("Special schools should keep a neglect chronology for any child about whom two or more concerns have been "
            "raised in a year.", "Brackenfold Council education"),
           ("The partnership's neglect toolkit should include guidance on disabled children and on children who do not "
            "communicate verbally.", "Partnership business unit"),
           ("The alcohol service should ask every adult it works with about children in their care and share concerns "
            "with children's social care.", "Brackenfold Recovery Service"),
           ("School transport staff should receive safeguarding training and know how to raise a concern.",
            "Brackenfold Council transport")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child Z", "Brackenfold Children's Safeguarding Partnership"),
}

# ---------- M1: md-to-pdf (Markdown -> marked -> Chromium), default GitHub-like stylesheet, header/footer templates
M1_BG, M1_EV, M1_AN = story("Baby L", "she", [
    "Baby L was six weeks old when she died in February 2024 while sleeping on a sofa with her father, who had been "
    "drinking. She lived with her parents and her two year old brother in a flat in Westerhithe.",
    "Both parents had been given safer sleep advice by the midwife and the health visitor, and the advice was recorded as "
    "given and understood at each contact.",
    "The family had moved into temporary accommodation three weeks before Baby L's birth. The flat had one bedroom and the "
    "cot had been left at the previous address.",
    "The health visitor's new birth visit took place at the flat. The health visitor noticed that there was no cot and "
    "gave the family the number of a local charity."],
    ["Safer sleep advice was given in the usual way, but the review found that it did not take account of what the "
     "family's circumstances made likely: a crowded flat, no cot and a tired father caring for the baby at night.",
     "The move into temporary accommodation was a change in the family's circumstances that was known to housing but "
     "not to the midwife or the health visitor until the new birth visit.",
     "The father's use of alcohol was known to his GP. He had not been asked about it by maternity or health visiting "
     "services, whose contacts were mainly with the mother."])
M1 = {
    "file": "westerhithe-lcspr-baby-l.pdf", "producer": "md_to_pdf", "body_from": 2, "numbering": "typed",
    "features": ["md-to-pdf 5 (npm): Markdown converted by marked, styled by md-to-pdf's GitHub-like default stylesheet and "
                 "printed by Chromium through puppeteer-core, tagged (Chromium's default), A4 with 20 mm margins",
                 "header template 'Westerhithe Safeguarding Children Partnership' and footer template 'Page N of M' "
                 "(puppeteer's pageNumber / totalPages)", "ATX headings '# 1. Introduction' typed numbers; a Markdown "
                 "table for the chronology and for the recommendations (No. | Recommendation | Lead); learning a "
                 "Markdown ordered list; a cover made of HTML within the Markdown with a page break"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Baby L", "child_name": "Baby L", "review_type": CSPR,
              "area": "Westerhithe", "year": 2025, "partnership": "Westerhithe Safeguarding Children Partnership",
              "by": "Independent reviewer: Catrin Oldroyd", "date": "Published May 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review is about Baby L, who died suddenly at six weeks old in an unsafe sleeping situation. The "
                     "partnership extends its sympathy to Baby L's family, who have contributed to the review."),
               ("h1", "Methodology", "methodology")]
    + method("Westerhithe Safeguarding Children Partnership", "Catrin Oldroyd", "five")
    + [("h1", "Background", "background")] + M1_BG
    + [("h1", "Key events", "background", ["findings"]),
       ("chron", [("December 2023", "The family move into a one-bedroom temporary flat."),
                  ("January 2024", "Baby L is born; safer sleep advice is given on the postnatal ward."),
                  ("January 2024", "New birth visit at the flat; the health visitor notes that there is no cot."),
                  ("February 2024", "Baby L dies while sleeping on a sofa with her father.")])] + M1_EV
    + [("h1", "Analysis", "findings")] + M1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Safer sleep advice works best when it is tailored to the family's actual home and routines, including what "
           "happens at night and when parents have been drinking.",
           "A move into temporary accommodation around the time of a birth should be shared with maternity and health "
           "visiting services.",
           "Fathers should be asked about their own health, including alcohol use, and given safer sleep advice directly."],
        "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("rectable", [
           ("The partnership should adopt a safer sleep assessment that is completed with both parents and updated when "
            "circumstances change.", "Westerhithe Community Health"),
           ("Housing services should notify the health visiting service when a pregnant woman or a family with a new baby "
            "is placed in temporary accommodation.", "Westerhithe Council housing"),
           ("Maternity services should record the father's details and offer him safer sleep advice in person.",
            "Westerhithe Hospitals NHS Trust")]),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Baby L", "Westerhithe Safeguarding Children Partnership"),
}

# ---------- M2: md-to-pdf with its own stylesheet: headings numbered by CSS counters, learning in blockquote call-outs
M2_BG, M2_EV, M2_AN = story("Child G", "she", [
    "Child G was sixteen when she was found to have been sexually exploited by a group of adult men over a period of at "
    "least eight months. She lived with her grandparents in Moorgarth under a special guardianship order.",
    "Child G had been placed with her grandparents at the age of four after her mother's death. The arrangement was stable "
    "and the grandparents were described by every agency as loving and committed.",
    "From the summer of 2023 Child G began to come home late, and then not at all on some nights. Her grandparents reported "
    "her missing to the police on nine occasions.",
    "A youth worker saw Child G getting into cars outside the town's bus station and recorded the registration numbers. "
    "The information was passed to the police but did not reach the missing persons coordinator."],
    ["The grandparents asked for help many times. The review found that because the placement was a special guardianship "
     "arrangement and not a looked after placement, they were passed between services and no one took the lead.",
     "The information from the youth worker was exactly the intelligence the police needed. It was recorded on a system "
     "that the officers dealing with Child G's missing episodes did not search.",
     "Child G was described in several records as being in a relationship with an older man. The language obscured the "
     "fact that she was a child who could not consent."])
M2 = {
    "file": "moorgarth-cspr-child-g.pdf", "producer": "md_to_pdf", "body_from": 2,
    "features": ["md-to-pdf 5 (npm) with its own stylesheet: Markdown headings numbered by CSS counters (the '1.' "
                 "drawn from `h2::before` content, not typed in the Markdown), Georgia-like serif (Chromium's default "
                 "serif, DejaVu Serif here)", "learning points as Markdown blockquotes with a bold 'Learning point N' "
                 "first line, drawn as shaded call-out boxes with a left border", "recommendations as bold "
                 "'Recommendation N:' run-in labels; footer template with the report's short title and 'N / M'"],
    "cover": {"title": "Child Safeguarding Practice Review: Child G", "child_name": "Child G", "review_type": CSPR,
              "area": "Moorgarth", "year": 2024, "partnership": "Moorgarth Safeguarding Partnership",
              "by": "Lead reviewer: Dr Samuel Whitcombe", "date": "November 2024"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review concerns Child G, a sixteen year old girl who was sexually exploited by adult men. Several "
                     "men have since been convicted of offences against her and other girls. Child G continues to live with "
                     "her grandparents and has been supported by a specialist service."),
               ("h1", "Terms of reference", "methodology", ["other"]),
               ("p", "The review looked at how agencies responded to Child G's missing episodes, how intelligence about "
                     "possible exploitation was shared, and what support her special guardians were offered."),
               ("h1", "Background", "background")] + M2_BG
    + [("h1", "Key events", "background", ["findings"])] + M2_EV
    + [("h1", "Findings", "findings", ["learning"])] + M2_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Special guardians who ask for help with a child at risk of exploitation should have a named lead professional "
           "and the same access to support as foster carers.",
           "Intelligence about adults who may be exploiting children must reach the officers responsible for the child's "
           "safety, and systems should make it searchable by the child's name.",
           "A child cannot consent to exploitation, and records should never describe abuse by an adult as a relationship."],
        "lp"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The local authority should offer every special guardianship family a named contact for support when a child is "
           "at risk of exploitation.",
           "Moorgarth Police should make sure that community intelligence about child exploitation is linked to missing "
           "person records.",
           "The partnership should publish guidance on the language used to describe children who are exploited and check "
           "its use through multi-agency audit."], "rn"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child G", "Moorgarth Safeguarding Partnership"),
}

# ---------- T1: pdfme (npm): a positioned-schema template on pdf-lib, one schema per line block
T1_BG, T1_EV, T1_AN = story("Child N", "he", [
    "Child N was five when he was admitted to hospital in September 2023 with injuries consistent with having been "
    "beaten. He lived with his mother and her partner in Sallowby and attended a reception class.",
    "Child N had been subject to a child in need plan for six months in 2022 because of domestic abuse between his mother "
    "and his father. The plan was closed when his father left the area.",
    "In the summer term of 2023 Child N's teacher noticed marks on his arms on two occasions. The designated safeguarding "
    "lead spoke to his mother, who said that he bruised easily, and a note was made on the school's system.",
    "A week before his admission, a neighbour called the council's out of hours service to report a child screaming. The "
    "call was passed to the police, who visited the next day and found no one at home."],
    ["The child in need plan was closed because the risk was thought to have left with the father. The review found that "
     "no assessment was made of the mother's new partner, who moved in two months later.",
     "The school's concerns were recorded but not referred. The designated safeguarding lead accepted the mother's "
     "explanation without speaking to Child N or seeking advice.",
     "The neighbour's call was not followed up after the unanswered visit. No one checked whether a child lived at the "
     "address or was known to children's social care."])
T1 = {
    "file": "sallowby-lcspr-child-n.pdf", "producer": "pdfme", "body_from": 2,
    "features": ["pdfme 5 (npm @pdfme/generator with @pdfme/schemas): a JSON template of absolutely positioned schemas on "
                 "pdf-lib, each heading, paragraph and list item its own 'text' schema box (Roboto embedded, pdfme's "
                 "default font), untagged, no outline", "headings in a teal bar drawn by a 'rectangle' schema under the "
                 "text; learning and recommendations with their numbers in their own narrow text boxes beside the text",
                 "footer text schema 'Sallowby LCSPR Child N - page N' per page; no Creator beyond pdfme's"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
              "area": "Sallowby", "year": 2025, "partnership": "Sallowby Safeguarding Children Partnership",
              "by": "Independent reviewer: Janet Coldridge", "date": "Published July 2025"},
    "blocks": [("h1", "Introduction", "introduction"),
               ("p", "This review is about Child N, a five year old boy who was seriously injured by his mother's partner in "
                     "September 2023. The partner has been convicted. Child N is now living with his maternal grandmother."),
               ("h1", "Background", "background")] + T1_BG
    + [("h1", "Key events", "background", ["findings"])] + T1_EV
    + [("h1", "Analysis", "findings")] + T1_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "When a child in need plan is closed because a risky adult has left, practitioners should plan for what will "
           "happen if a new adult joins the household.",
           "Marks on a young child should be discussed with the child, and the designated safeguarding lead should seek "
           "advice when an explanation is uncertain.",
           "A report of a child screaming that cannot be followed up at the first visit should be checked against children's "
           "social care records."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "Children's social care should include a contingency plan for new partners in every child in need closure "
           "summary where domestic abuse was the reason for the plan.",
           "The partnership should provide refresher training for designated safeguarding leads in primary schools on "
           "responding to marks and bruises.",
           "Sallowby Police and the out of hours service should agree a process for following up reports about children "
           "when no one is found at home."], "ol"),
       ("h1", "Conclusion", "conclusion")]
    + conclusion("Child N", "Sallowby Safeguarding Children Partnership"),
}

REPORTS = [P1, P2, F1, W1, W2, M1, M2, T1]
