"""Batch 2: four more invented reports, each with its own hand-made look."""
from e2e import e, INVENTED
from odt import fodt

# ---------- E: Hollinsford CSPR Baby N (Chromium, dark cover band, '01' headings, bold lead-in learning bullets) ----------
E_CSS = """
@page{size:A4;margin:2.4cm 2cm 2.4cm 2cm;
 @top-right{content:"Hollinsford Safeguarding Children Partnership";font:8pt 'DejaVu Sans';color:#1d3557}
 @bottom-center{content:counter(page);font:9pt 'DejaVu Sans'}}
@page:first{margin:0;@top-right{content:none}@bottom-center{content:none}}
body{font:10pt/1.5 'DejaVu Sans';color:#111;margin:0}
.band{background:#1d3557;color:white;padding:3cm 2cm 2cm 2cm;height:12cm}
.band .k{font:16pt 'DejaVu Sans';letter-spacing:1px}
.band .n{font:bold 40pt 'DejaVu Sans';margin-top:.4cm}
.under{padding:1.5cm 2cm;font:11pt 'DejaVu Sans';line-height:1.8}
h1{font:bold 15pt 'DejaVu Sans';color:#1d3557;margin:1.4em 0 .5em}
h1 .no{font-size:22pt;color:#e63946;margin-right:10px}
h2{font:bold 10.5pt 'DejaVu Sans';color:#1d3557}
.pb{break-before:page}
li{margin-bottom:5px}
"""


def e_cover(c):
    return ("<div class='band'><div class='k'>Child Safeguarding Practice Review</div><div class='n'>Baby N</div></div>"
            "<div class='under'>Date of publication: 9 October 2022<br>Independent reviewer: Tomasz Orrin<br>"
            "Hollinsford Safeguarding Children Partnership<br><br><i>%s</i></div><div class='pb'></div>" % INVENTED)


def e_h1(h):
    no, text = h.split(" ", 1)
    return "<h1><span class='no'>%s</span>%s</h1>" % (e(no), e(text))


def e_leadin(b):
    out = []
    for t in b[2]:
        lead, rest = t.split(". ", 1)
        out.append("<li><b>%s.</b> %s</li>" % (e(lead), e(rest)))
    return "<ul>" + "".join(out) + "</ul>"


def e_bullets(b):
    return "<ul>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ul>"


def e_numbered(b):
    return "<ol>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ol>"


E = {
    "file": "hollinsford-cspr-baby-n.pdf", "producer": "chromium",
    "doc_title": "Hollinsford CSPR Baby N final v3",
    "features": ["cover band with review type and big child name on separate lines", "document title is a working file name",
                 "'01 Introduction' headings with a coloured number", "learning bullets with bold lead-in phrases",
                 "good practice bullets", "numbered recommendations", "header partnership, footer bare number"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby N", "child_name": "Baby N",
              "review_type": "child_safeguarding_practice_review", "area": "Hollinsford", "year": 2022,
              "partnership": "Hollinsford Safeguarding Children Partnership"},
    "style": {"css": E_CSS, "cover": e_cover, "h1": e_h1,
              "items": {"leadin": e_leadin, "bullets": e_bullets, "numbered": e_numbered}},
    "blocks": [
        ("h1", "01 Introduction", "introduction"),
        ("p", "Baby N was eleven weeks old when she died in March 2021. The cause of death was found to be a head injury. "
              "Her father was later convicted of manslaughter. This review was commissioned by the Hollinsford "
              "Safeguarding Children Partnership after a rapid review in April 2021."),
        ("p", "The partnership extends its sympathy to Baby N's wider family, and thanks the practitioners who took part."),
        ("h1", "02 Terms of reference", "methodology"),
        ("p", "The review considered the period from the booking appointment in pregnancy to Baby N's death. It asked how "
              "well agencies understood the risks posed by Baby N's father, and how well the parents were supported to "
              "cope with a crying baby."),
        ("p", "The independent reviewer read agency reports and met practitioners from midwifery, health visiting, general "
              "practice, the police and children's social care."),
        ("h1", "03 Baby N's story", "background"),
        ("p", "Baby N's mother was nineteen and her father was twenty-three. They lived with the paternal grandmother in a "
              "two-bedroom flat. Baby N's father had been cautioned for assaulting a former partner, but this was not "
              "known to the midwife or the health visitor."),
        ("p", "Baby N was born at thirty-six weeks and spent four days on the neonatal unit. At home she was described as "
              "an unsettled baby who cried for long periods in the evenings."),
        ("p", "At the eight-week check the GP noted that Baby N's mother seemed exhausted. She said that Baby N's father "
              "found the crying hard and sometimes went out to get away from it."),
        ("h1", "04 Analysis of practice", "findings"),
        ("h2", "Knowing about fathers"),
        ("p", "Health practitioners did not ask about Baby N's father's history, and the police caution was not shared. "
              "Fathers were seldom present at appointments and were not invited to them."),
        ("h2", "Coping with crying"),
        ("p", "Both parents received a leaflet about coping with crying on the neonatal unit, but nobody talked it through "
              "with Baby N's father, and it was not revisited when the crying was mentioned at the GP check."),
        ("h1", "05 Key learning", "learning"),
        ("items", "learning", [
            "Professional curiosity. Practitioners should ask about every adult in a baby's household, including fathers "
            "and partners who do not come to appointments.",
            "Coping with crying. Advice on coping with a crying baby should be given to both parents in person and "
            "repeated when a parent says that the crying is difficult to manage.",
            "Sharing history. Information about a parent's history of violence should reach the health practitioners who "
            "visit the home, so that risk can be assessed when a baby is born."],
         "leadin"),
        ("h1", "06 Good practice", "good_practice"),
        ("items", "good_practice", [
            "The neonatal unit gave both parents written advice about safe sleep and coping with crying before discharge.",
            "The GP recorded the mother's exhaustion and arranged a follow-up appointment for the following week."],
         "bullets"),
        ("h1", "07 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should ask maternity and health visiting services to show how they record information "
            "about fathers and other adults in the household.",
            "The partnership should launch an ICON-style coping with crying programme that includes fathers and is "
            "repeated at the eight-week check.",
            "The police should share information about domestic abuse convictions and cautions with the health visiting "
            "service when a pregnancy is known."],
         "numbered"),
        ("h1", "08 Conclusion", "conclusion"),
        ("p", "Baby N's death could not have been predicted, but the review found that her father was largely invisible to "
              "the agencies involved, and that the support offered to her parents did not reach him."),
    ],
}

# ---------- F: Ardlochan Significant Case Review (LibreOffice flat ODT, ALL CAPS headings, numbered paragraphs) ----------
F = {
    "file": "ardlochan-significant-case-review-child-k.pdf", "producer": "libreoffice", "odt": fodt,
    "odt_heading_colour": "#000000",
    "table_columns": ("No.", "Recommendation"),
    "features": ["Scottish significant case review", "cover in capitals (SIGNIFICANT CASE REVIEW / CHILD K)",
                 "ALL CAPS unnumbered headings", "learning as a numbered list", "two-column recommendation table",
                 "'Published June 2017' without colon", "header OFFICIAL, footer Page N of M"],
    "cover": {"title": "SIGNIFICANT CASE REVIEW: CHILD K", "child_name": "Child K",
              "review_type": "significant_case_review", "area": "Ardlochan", "year": 2017,
              "partnership": "Ardlochan Child Protection Committee"},
    "cover_lines": ["ARDLOCHAN CHILD PROTECTION COMMITTEE", "SIGNIFICANT CASE REVIEW: CHILD K",
                    "Published June 2017", "Lead reviewer: Alasdair Kinnell", INVENTED],
    "header": "OFFICIAL \u2013 Ardlochan CPC",
    "blocks": [
        ("h1", "INTRODUCTION", "introduction"),
        ("p", "This significant case review concerns Child K, a boy of seven who was admitted to hospital in August 2016 "
              "severely malnourished and with untreated dental disease. He had not attended school for most of the "
              "previous year."),
        ("p", "The Ardlochan Child Protection Committee agreed to hold a significant case review in October 2016 because "
              "Child K had been known to several agencies and the neglect had not been recognised."),
        ("h1", "METHODOLOGY", "methodology"),
        ("p", "A review team of four senior managers was supported by the lead reviewer. Records were read from education, "
              "health, social work and the police, and conversations were held with fourteen staff."),
        ("h1", "BACKGROUND", "background"),
        ("p", "Child K lived with his mother and her two older children in a rural village. His mother had a long history "
              "of depression and rarely left the house. The family had moved three times in two years."),
        ("p", "Child K's school noticed that he was often hungry and that his clothes were too small. His attendance fell "
              "to thirty per cent before his mother said that she would educate him at home."),
        ("p", "A health visitor had last seen Child K when he was three. His dental appointments had not been kept since "
              "he was four, and no agency followed this up."),
        ("h1", "KEY FINDINGS", "findings"),
        ("p", "Each agency saw a part of Child K's life, but nobody put the parts together. The school's concerns were "
              "recorded as welfare issues and not shared with social work until he had left the school roll."),
        ("p", "Withdrawal to home education was accepted without any check on Child K's wellbeing, and his mother's "
              "mental health was not considered in terms of its impact on her children."),
        ("p", "The review found that the named person role was not understood by staff, and that there was no single "
              "record of the concerns held about Child K."),
        ("h1", "LEARNING POINTS", "learning"),
        ("items", "learning", [
            "Signs of neglect such as hunger, poor clothing and missed health appointments should be seen together, and "
            "one agency should hold the whole picture.",
            "A request to educate a child at home should prompt a check on the child's wellbeing when there are existing "
            "concerns about the child or the family.",
            "The impact of a parent's mental illness on the children should be assessed, even when the parent is not "
            "in contact with adult mental health services."],
         "numbered"),
        ("h1", "GOOD PRACTICE", "good_practice"),
        ("items", "good_practice", [
            "The class teacher kept a careful log of Child K's hunger and clothing which later helped the review team.",
            "The paediatric team made a prompt referral to social work and arranged a dental assessment under "
            "anaesthetic within a week."],
         "bullets"),
        ("h1", "RECOMMENDATIONS", "recommendations"),
        ("items", "recommendations", [
            "The Child Protection Committee should issue guidance on the use of the chronology of significant events "
            "for children where neglect is suspected.",
            "Education services should review the procedure for withdrawal to home education so that wellbeing is "
            "considered before a child is removed from the school roll.",
            "NHS Ardlochan should ensure that children who are not brought to dental appointments are followed up "
            "by the health visiting or school nursing service."],
         "table"),
        ("h1", "CONCLUSION", "conclusion"),
        ("p", "Child K is now thriving in the care of his grandparents. The Committee has accepted all of the "
              "recommendations and will report on their progress in its annual report."),
    ],
}

# ---------- G: Dyffryn Teifi Extended Child Practice Review (Chromium, bilingual cover, labelled recommendations) ----------
G_CSS = """
@page{size:A4;margin:2.2cm 2.3cm;
 @bottom-left{content:"Tudalen / Page " counter(page);font:8.5pt 'Liberation Serif'}
 @top-left{content:"DTRSB 1/2024";font:8.5pt 'Liberation Serif'}}
@page:first{@bottom-left{content:none}@top-left{content:none}}
body{font:11pt/1.4 'Liberation Serif';margin:0}
.cy{font:italic 13pt 'Liberation Serif';color:#555;text-align:center}
.en{font:bold 16pt 'Liberation Sans';text-align:center;margin-bottom:.9cm}
.cvbox{border-top:4px double #2a6f2a;border-bottom:4px double #2a6f2a;padding:1cm 0;margin-top:3cm}
h1{font:bold 13pt 'Liberation Sans';color:#2a6f2a;margin:1.2em 0 .4em;border-bottom:1px solid #2a6f2a}
h2{font:italic bold 11pt 'Liberation Serif'}
.pb{break-before:page}
p.lab{margin-left:.6cm}
"""


def g_cover(c):
    return ("<div class='cvbox'><div class='cy'>Bwrdd Diogelu Rhanbarthol Dyffryn Teifi</div>"
            "<div class='en'>Dyffryn Teifi Regional Safeguarding Board</div>"
            "<div class='cy'>Adolygiad Ymarfer Plant Estynedig \u2013 Plentyn T</div>"
            "<div class='en'>%s</div>"
            "<div class='cy'>Cyhoeddwyd / Published: 21 March 2024</div>"
            "<p style='text-align:center'>Reviewers: Owain Pryce and Hannah Lusk</p>"
            "<p style='text-align:center'><i>%s</i></p></div><div class='pb'></div>" % (e(c["title"]), INVENTED))


def g_labelled(b):
    word = b[4]
    return "".join("<p class='lab'><b>%s %d:</b> %s</p>" % (word, i + 1, e(t)) for i, t in enumerate(b[2]))


def g_bullets(b):
    return "<ul>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ul>"


G = {
    "file": "dyffryn-teifi-extended-cpr-child-t.pdf", "producer": "chromium",
    "features": ["bilingual Welsh/English cover", "Welsh template numbered headings", "'Recommendation N:' labels",
                 "learning as 'Learning point N:' labels", "good practice bullets under a sub-heading of learning",
                 "header board reference, footer 'Tudalen / Page N'"],
    "cover": {"title": "Extended Child Practice Review: Child T", "child_name": "Child T",
              "review_type": "child_practice_review", "area": "Dyffryn Teifi", "year": 2024,
              "partnership": "Dyffryn Teifi Regional Safeguarding Board"},
    "style": {"css": G_CSS, "cover": g_cover, "h1": lambda h: "<h1>%s</h1>" % e(h),
              "items": {"labelled": g_labelled, "bullets": g_bullets}},
    "blocks": [
        ("h1", "1. Brief outline of circumstances resulting in the Review", "background", ["introduction"]),
        ("p", "An extended child practice review was commissioned by the Dyffryn Teifi Regional Safeguarding Board after "
              "Child T, a fourteen-year-old girl, was found to have been sexually exploited by adults she had met online. "
              "Child T was living in a residential children's home at the time."),
        ("p", "Child T had been looked after by the local authority since the age of eleven and had lived in five "
              "placements, two of them outside the region."),
        ("h1", "2. Practice and organisational learning", "findings", ["learning"]),
        ("h2", "Placement moves"),
        ("p", "Each placement move was made for good reasons, but together they meant that Child T lost her school, her "
              "friends and her trusted adults. Practitioners did not always consider the impact of a move on her safety."),
        ("h2", "Online harm"),
        ("p", "Residential staff noticed that Child T spent long periods on her phone at night and that she received "
              "gifts. These signs were recorded in daily logs but were not linked to a risk of exploitation."),
        ("p", "The learning identified by the review is set out below."),
        ("items", "learning", [
            "Decisions to move a looked after child should include an assessment of the risks to the child's safety "
            "that a move may create, including the loss of trusted adults.",
            "Staff in residential settings need the knowledge and confidence to recognise the signs of online grooming "
            "and to act on them.",
            "Daily logs should be reviewed by managers so that patterns of concern are recognised and shared."],
         "labelled", "Learning point"),
        ("h2", "Good practice"),
        ("items", "good_practice", [
            "Child T's independent reviewing officer visited her in every placement and made sure that her views were "
            "recorded in her care plan.",
            "The police digital forensics team identified the adults involved quickly and all were charged."],
         "bullets"),
        ("h1", "3. Improving systems and practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the "
              "Board and its member agencies."),
        ("items", "recommendations", [
            "The Board should seek assurance that placement decisions for looked after children include a safety "
            "assessment of the proposed move.",
            "The Board should commission training on online grooming and exploitation for residential care staff "
            "across the region.",
            "Providers of residential care should ensure that managers review daily logs each week and record the "
            "action taken on any concern."],
         "labelled", "Recommendation"),
        ("h1", "4. Statement by Reviewers", "other", ["conclusion"]),
        ("p", "We confirm that we have been independent of the case and of the agencies involved, and that the review "
              "has been conducted openly, thoroughly and in line with the guidance."),
        ("h1", "Appendix 1: Terms of Reference", "appendix"),
        ("p", "The review covers the period from Child T becoming looked after to the arrest of the adults involved."),
    ],
}

# ---------- H: Westcombe and Pell LCSPR 'Olivia' (LibreOffice Writer from HTML, question headings, name-first title) ----------
H_CSS = """
body{font-family:'Liberation Sans';font-size:11pt}
h1{font-family:'Liberation Serif';font-size:17pt;color:#8a4b08;margin-top:16pt}
p.t1{font-family:'Liberation Serif';font-size:30pt;margin-top:4cm;color:#8a4b08}
p.t2{font-family:'Liberation Sans';font-size:14pt}
p.t3{font-size:10.5pt}
"""


def h_cover(c):
    return ("<p class='t3'>WESTCOMBE AND PELL SAFEGUARDING CHILDREN PARTNERSHIP</p><p class='t1'>%s</p>"
            "<p class='t2'>Executive summary</p><p class='t3'>Date: November 2021</p>"
            "<p class='t3'>Report author: Beatrix Conlan</p><p class='t3'><i>%s</i></p>" % (e(PRINTED_H), INVENTED))


PRINTED_H = "Olivia: a Local Child Safeguarding Practice Review"


def h_h1(h):
    brk = " style='page-break-before:always'" if h.startswith("Why") else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


def h_bullets(b):
    return "<ul>" + "".join("<li><p>%s</p></li>" % e(t) for t in b[2]) + "</ul>"


def h_numbered(b):
    return "<ol>" + "".join("<li><p>%s</p></li>" % e(t) for t in b[2]) + "</ol>"


H = {
    "file": "westcombe-pell-lcspr-olivia-executive-summary.pdf", "producer": "libreoffice", "doc_title": PRINTED_H,
    "features": ["name-first title 'Olivia: a local child safeguarding practice review'", "partnership in capitals on cover",
                 "question headings", "executive summary subtitle", "learning bullets under 'What can we learn?'",
                 "good practice under 'What went well?'", "numbered recommendations under 'What needs to change?'",
                 "no page numbers"],
    "cover": {"title": "Olivia: a Local Child Safeguarding Practice Review - Executive summary", "child_name": "Olivia",
              "review_type": "child_safeguarding_practice_review", "area": "Westcombe and Pell", "year": 2021,
              "partnership": "Westcombe and Pell Safeguarding Children Partnership"},
    "style": {"css": H_CSS, "cover": h_cover, "h1": h_h1, "items": {"bullets": h_bullets, "numbered": h_numbered}},
    "blocks": [
        ("h1", "Why was this review carried out?", "introduction"),
        ("p", "Olivia was twelve when she was seriously injured after falling from the roof of a disused building in "
              "July 2020. She had been missing from home for two days. The partnership decided that a local child "
              "safeguarding practice review should be carried out because Olivia had been known to several agencies."),
        ("p", "Olivia and her mother have both read this summary and agreed that it can be published."),
        ("h1", "What happened?", "background"),
        ("p", "Olivia lived with her mother and stepfather. During the first national lockdown she stopped attending "
              "online lessons and began to spend nights away from home with older friends. Her mother reported her "
              "missing four times."),
        ("p", "After each missing episode Olivia was offered a return home interview, which she declined. An early help "
              "assessment was started but was closed when the family did not respond to letters."),
        ("h1", "What did the review find?", "findings"),
        ("p", "Agencies responded to each missing episode, but the response was shaped by the lockdown and by the "
              "assumption that Olivia was staying with friends. Nobody asked who the friends were."),
        ("p", "The early help assessment closed at the point when Olivia's risk was increasing."),
        ("h1", "What can we learn?", "learning"),
        ("items", "learning", [
            "When a child goes missing repeatedly, practitioners should find out where the child has been and who they "
            "have been with, and should not assume that the child is safe because they return.",
            "An early help assessment should not be closed because a family does not reply to letters when there are "
            "continuing concerns about a child.",
            "Periods of restriction such as lockdown make children less visible, and agencies should plan how they will "
            "keep in touch with children who are known to be vulnerable."],
         "bullets"),
        ("h1", "What went well?", "good_practice"),
        ("items", "good_practice", [
            "Olivia's mother reported her missing promptly every time and the police searched for her quickly.",
            "The ambulance crew and the trauma unit gave Olivia excellent care, and a hospital youth worker stayed in "
            "touch with her after discharge."],
         "bullets"),
        ("h1", "What needs to change?", "recommendations"),
        ("items", "recommendations", [
            "The partnership should review its missing children protocol so that repeat episodes trigger a multi-agency "
            "meeting.",
            "Early help services should set a standard for attempts to engage a family before an assessment is closed.",
            "The partnership should agree a plan for keeping in contact with vulnerable children during any future "
            "period of restriction."],
         "numbered"),
    ],
}

for rep in (E, F, G, H):
    rep["body_from"] = 2
REPORTS = [E, F, G, H]
