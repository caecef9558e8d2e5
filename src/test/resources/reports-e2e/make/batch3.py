"""Batch 3: four more invented reports: a named baby in a long title, a thematic review, a Northern Ireland
case management review and a report whose summary restates its items."""
from e2e import e, INVENTED
from odt import fodt

BASE_CSS = """
@page{size:A4;margin:2.3cm 2.2cm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8.5pt %(font)s}
 @top-left{content:"%(header)s";font:8.5pt %(font)s;color:#666}}
@page:first{@bottom-right{content:none}@top-left{content:none}}
body{font:10.5pt/1.45 %(font)s;margin:0}
h1{font:bold 14pt %(font)s;color:%(colour)s;margin:1.3em 0 .4em}
h2{font:bold 11pt %(font)s}
.pb{break-before:page}
table{border-collapse:collapse;width:100%%}td,th{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}
.toc{margin:1px 0}.toc span{float:right}
li{margin-bottom:4px}
"""


def bullets(b):
    return "<ul>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ul>"


def numbered(b):
    return "<ol>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ol>"


def coded(b):
    return "".join("<p><b>%s%d.</b> %s</p>" % (b[4], i + 1, e(t)) for i, t in enumerate(b[2]))


def toc(entries):
    return ("<h2>Contents</h2>" + "".join("<p class='toc'>%s<span>%d</span></p>" % (e(h), p) for h, p in entries)
            + "<div class='pb'></div>")


# ---------- I: Tamsworth CSPR into the death of Baby Amir (Chromium, contents page, lettered sections) ----------
def i_cover(c):
    return ("<div style='margin-top:5cm;font:bold 13pt Liberation Sans;color:#00695c'>Tamsworth Safeguarding Children Partnership</div>"
            "<div style='font:bold 24pt Liberation Sans;margin:1cm 0'>%s</div>"
            "<div>Author: Rhiannon Calloway, independent reviewer</div><div>Published: 2 May 2025</div>"
            "<p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED)
            + toc([("Section A \u2013 Introduction", 3), ("Section B \u2013 The review process", 3),
                   ("Section C \u2013 Baby Amir and his family", 3), ("Section D \u2013 Analysis", 4),
                   ("Section E \u2013 Learning", 4), ("Section F \u2013 Recommendations", 5)]))


I = {
    "file": "tamsworth-cspr-baby-amir.pdf", "producer": "chromium", "body_from": 3,
    "features": ["title 'CSPR into the death of Baby Amir'", "contents page with page numbers", "'Section A –' lettered headings",
                 "'Author: name, independent reviewer'", "learning as numbered list", "recommendations as numbered list",
                 "footer Page N of M"],
    "cover": {"title": "Child Safeguarding Practice Review into the death of Baby Amir", "child_name": "Baby Amir",
              "review_type": "child_safeguarding_practice_review", "area": "Tamsworth", "year": 2025,
              "partnership": "Tamsworth Safeguarding Children Partnership"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Sans'", "colour": "#00695c", "header": "Tamsworth SCP \u2013 Baby Amir"},
              "cover": i_cover, "h1": lambda h: "<h1>%s</h1>" % e(h), "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Section A \u2013 Introduction", "introduction"),
        ("p", "Baby Amir died in September 2023 at the age of five months. He was found unresponsive after sleeping on a "
              "sofa with his father. This review was commissioned to understand how safer sleep advice reached the family."),
        ("h1", "Section B \u2013 The review process", "methodology"),
        ("p", "The reviewer read agency records, met Baby Amir's parents with an interpreter, and held a practitioner event "
              "with midwives, health visitors, the GP practice and the housing service."),
        ("h1", "Section C \u2013 Baby Amir and his family", "background"),
        ("p", "Baby Amir's parents had arrived in the United Kingdom eighteen months before his birth. They lived in one "
              "room of temporary accommodation with his two older sisters. His father worked nights and looked after the "
              "children during the day."),
        ("p", "Safer sleep advice was given in English at the hospital and by leaflet at the new birth visit. The family's "
              "first language is Pashto and no interpreter was used at either contact."),
        ("pagebreak",),
        ("h1", "Section D \u2013 Analysis", "findings"),
        ("p", "Practitioners gave the advice that the guidance requires, but the advice did not take account of the "
              "family's circumstances: one room, one bed, a father who slept during the day, and limited English."),
        ("p", "The housing service knew that the family had no cot, but this was not shared with the health visitor."),
        ("h1", "Section E \u2013 Learning", "learning"),
        ("items", "learning", [
            "Safer sleep advice is only effective if it is understood, and professional interpreters should be used "
            "whenever parents do not speak English fluently.",
            "Advice should be tailored to the family's actual sleeping arrangements, including the risks of sofa "
            "sleeping for a parent who works at night.",
            "Families in temporary accommodation may not have a safe place for a baby to sleep, and housing staff "
            "should share this with health practitioners."],
         "numbered"),
        ("pagebreak",),
        ("h1", "Section F \u2013 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should seek assurance that interpreters are used for safer sleep conversations with "
            "parents who do not speak English fluently.",
            "The partnership should ask the housing service to check for a cot or moses basket when a family with "
            "a baby is placed in temporary accommodation.",
            "Health visiting should revisit safer sleep at every contact until a baby is six months old, covering "
            "changes in the family's circumstances."],
         "numbered"),
    ],
}

# ---------- J: Kestrel Bay thematic review (LibreOffice flat ODT, no child name) ----------
J = {
    "file": "kestrel-bay-thematic-review-criminal-exploitation.pdf", "producer": "libreoffice", "odt": fodt,
    "odt_heading_colour": "#3b3b98", "table_columns": ("Ref", "Recommendation", "Owner"),
    "features": ["thematic review of several children (no child name)", "'Kestrel Bay Safeguarding Partnership'",
                 "flat ODT", "numbered headings", "learning as 'Lesson N' paragraphs", "three-column recommendation table"],
    "cover": {"title": "Thematic Review: Criminal Exploitation of Adolescents", "child_name": "",
              "review_type": "child_safeguarding_practice_review", "area": "Kestrel Bay", "year": 2025,
              "partnership": "Kestrel Bay Safeguarding Partnership"},
    "cover_lines": ["Kestrel Bay Safeguarding Partnership", "Thematic Review: Criminal Exploitation of Adolescents",
                    "A thematic child safeguarding practice review of four children", "Published 30 January 2025",
                    "Lead reviewer: Dr Imran Selwood", INVENTED],
    "header": "Kestrel Bay Safeguarding Partnership \u2013 Thematic Review",
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This thematic review considers four young people, aged between fourteen and sixteen, who were criminally "
              "exploited in Kestrel Bay between 2022 and 2024. Two were seriously injured, and one was convicted of "
              "offences committed while he was being exploited."),
        ("h1", "2. Methodology", "methodology"),
        ("p", "The review used a thematic approach. Case audits were completed for each young person, and the reviewer "
              "met three of the young people and their parents."),
        ("h1", "3. The young people", "background"),
        ("p", "The four young people were described by their families as funny, kind and loyal. All had been excluded from "
              "mainstream school before they were exploited, and three had been reported missing from home."),
        ("h1", "4. Findings", "findings"),
        ("p", "The review found that agencies recognised exploitation late, and that the young people were often treated "
              "as offenders rather than as victims. Transport police, schools and youth offending services each held "
              "information that was not brought together."),
        ("p", "Parents told the review that they asked for help many times and felt that they were blamed for their "
              "children's behaviour."),
        ("h1", "5. Lessons for the partnership", "learning"),
        ("items", "learning", [
            "Exclusion from school is a significant risk factor for criminal exploitation, and a safeguarding "
            "assessment should take place before a permanent exclusion.",
            "Young people found carrying drugs or cash far from home should be treated first as possible victims of "
            "exploitation.",
            "Parents are often the first to notice changes in their children, and their requests for help should be "
            "taken seriously and recorded."],
         "lessons"),
        ("h1", "6. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should agree a protocol for safeguarding assessments before any permanent exclusion of a "
            "child known to be at risk of exploitation.",
            "The police should ensure that young people found in possession of drugs away from home are referred under "
            "the National Referral Mechanism.",
            "The partnership should develop a support offer for parents of children at risk of exploitation."],
         "table", ["Education", "Kestrel Bay Police", "Partnership"]),
        ("h1", "7. Conclusion", "conclusion"),
        ("p", "The young people in this review were children. The partnership has accepted the recommendations and "
              "will report progress in its annual report."),
    ],
}

# ---------- K: Northern Ireland case management review (Chromium, 'Board for Northern Ireland') ----------
def k_cover(c):
    return ("<div style='font:bold 12pt DejaVu Serif;letter-spacing:1px'>SAFEGUARDING BOARD FOR NORTHERN IRELAND</div>"
            "<div style='font:bold 26pt DejaVu Serif;margin:6cm 0 .5cm'>%s</div>"
            "<div style='font:13pt DejaVu Serif'>Published: June 2022</div>"
            "<div style='font:13pt DejaVu Serif'>Chair of the review panel: Deirdre McAlinden</div>"
            "<p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


K = {
    "file": "sbni-case-management-review-child-q.pdf", "producer": "chromium",
    "features": ["Northern Ireland case management review", "board named 'Safeguarding Board for Northern Ireland'",
                 "serif, capitals board line", "'R1.' coded recommendations", "good practice bullets"],
    "cover": {"title": "Case Management Review: Child Q", "child_name": "Child Q",
              "review_type": "case_management_review", "area": "Northern Ireland", "year": 2022,
              "partnership": "Safeguarding Board for Northern Ireland"},
    "style": {"css": BASE_CSS % {"font": "'DejaVu Serif'", "colour": "#6d214f", "header": "SBNI \u2013 CMR Child Q"},
              "cover": k_cover, "h1": lambda h: "<h1>%s</h1>" % e(h),
              "items": {"bullets": bullets, "numbered": numbered, "coded": coded}},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This case management review concerns Child Q, a girl of two who suffered a serious burn in her home in "
              "2020. The Safeguarding Board for Northern Ireland's Case Management Review Panel recommended the review."),
        ("h1", "2. Terms of reference", "methodology"),
        ("p", "The review examined the involvement of the health and social care trust, the police, the GP and early "
              "years services over the eighteen months before the injury."),
        ("h1", "3. Background", "background"),
        ("p", "Child Q lived with her mother and her mother's partner. Her mother had a learning disability and had asked "
              "for help with parenting after Child Q's birth. A family support worker visited for six months."),
        ("h1", "4. Analysis", "findings"),
        ("p", "Support was withdrawn when the family support worker's post ended, and no handover took place. The mother's "
              "learning disability was known but was not considered when written advice was given to her."),
        ("h1", "5. Key learning", "learning"),
        ("items", "learning", [
            "Parents with a learning disability need advice in a form that they can understand and use, and "
            "practitioners should check that the advice has been understood.",
            "When a support service ends, the family and the other professionals involved should be told and a "
            "handover should be agreed."],
         "bullets"),
        ("h1", "6. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The family support worker built a trusting relationship with Child Q's mother and helped her to establish "
            "a daily routine.",
            "The regional burns unit recognised that the injury pattern needed explanation and made a referral the "
            "same day."],
         "bullets"),
        ("h1", "7. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The trust should ensure that parenting assessments take account of a parent's learning disability and "
            "use adapted materials.",
            "The trust should introduce a closure and handover procedure for family support services.",
            "The Board should share the learning from this review with early years providers across the region."],
         "coded", "R"),
    ],
}

# ---------- L: Farrowdale LCSPR with a summary that restates its items (Chromium) ----------
def l_cover(c):
    return ("<div style='text-align:right;font:bold 11pt Liberation Sans;color:#b33939'>FARROWDALE<br>SAFEGUARDING CHILDREN PARTNERSHIP</div>"
            "<div style='font:bold 28pt Liberation Serif;margin:7cm 0 .3cm'>%s</div>"
            "<div style='font:12pt Liberation Serif'>Publication date: 18 November 2024</div>"
            "<div style='font:12pt Liberation Serif'>Independent lead reviewer: Sanjay Whitcombe</div>"
            "<p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


L_LEARN = [
    "Practitioners should recognise that a teenager who self-harms may be trying to communicate distress at home, and "
    "should explore the child's relationships with the adults they live with.",
    "Schools should share concerns about a pupil's emotional wellbeing with the school nurse and the GP when the pupil "
    "has been referred to mental health services.",
    "Waiting lists for mental health services should be managed so that risk is reviewed while a child is waiting."]
L_RECS = [
    "The partnership should produce guidance for practitioners on responding to self-harm in young people.",
    "The integrated care board should ensure that children on the mental health waiting list have their risk "
    "reviewed at least monthly.",
    "Schools should be reminded of the referral pathway to the school nursing service for emotional wellbeing."]

L = {
    "file": "farrowdale-lcspr-maya.pdf", "producer": "chromium",
    "features": ["summary restating learning and recommendations in short form", "'Publication date:' and"
                 " 'Independent lead reviewer:'", "partnership in capitals top right", "learning with 'Learning point N'"
                 " labels", "recommendations as numbered list", "title 'Local Child Safeguarding Practice Review: Maya'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Maya", "child_name": "Maya",
              "review_type": "child_safeguarding_practice_review", "area": "Farrowdale", "year": 2024,
              "partnership": "Farrowdale Safeguarding Children Partnership"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Serif'", "colour": "#b33939", "header": "Farrowdale SCP"},
              "cover": l_cover, "h1": lambda h: "<h1>%s</h1>" % e(h),
              "items": {"bullets": bullets, "numbered": numbered,
                        "labelled": lambda b: "".join("<p><b>Learning point %d</b> \u2013 %s</p>" % (i + 1, e(t))
                                                      for i, t in enumerate(b[2]))}},
    "blocks": [
        ("h1", "Summary", "summary"),
        ("p", "Maya was fifteen when she was admitted to hospital after a serious act of self-harm in February 2024. This "
              "summary gives the main points of the review. In short, the review found that:"),
        ("raw", "<ul><li>Maya's self-harm was a sign of distress at home.</li><li>Information held by school was not shared "
                "with health.</li><li>Risk was not reviewed while Maya waited for mental health support.</li></ul>"),
        ("p", "The review makes three recommendations about guidance, waiting lists and referral pathways."),
        ("h1", "Introduction", "introduction"),
        ("p", "The Farrowdale Safeguarding Children Partnership commissioned this review in March 2024. Maya has recovered "
              "and contributed to the review with her father."),
        ("h1", "Background", "background"),
        ("p", "Maya lived with her father and his partner. Her mother had died when she was nine. From the age of thirteen "
              "Maya told school staff that she felt unhappy at home, and she was referred to mental health services "
              "after she disclosed self-harm to a teacher."),
        ("p", "She waited seven months for an assessment. During that time school recorded eleven further concerns."),
        ("pagebreak",),
        ("h1", "Findings", "findings"),
        ("p", "The school responded kindly to Maya but treated each concern as a pastoral matter. Nobody asked Maya about "
              "her relationship with her father's partner, which Maya later said was the main cause of her distress."),
        ("items", "learning", L_LEARN, "labelled"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", L_RECS, "numbered"),
        ("h1", "Glossary", "appendix", ["other"]),
        ("p", "CAMHS: child and adolescent mental health services. ICB: integrated care board."),
    ],
}

REPORTS = [I, J, K, L]
for rep in REPORTS:
    rep.setdefault("body_from", 2)
