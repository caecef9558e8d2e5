"""Batch 1: four invented reports, each with its own hand-made look."""
from e2e import e, INVENTED
from odt import fodt

# ---------- A: Calderbrook LCSPR 'Freddie' (Chromium, logo cover, learning boxes, rec table) ----------
A_CSS = """
@page{size:A4;margin:2.6cm 2.2cm 2.2cm 2.2cm;
 @top-left{content:"Calderbrook Safeguarding Children Partnership";font:8.5pt 'Liberation Sans';color:#555}
 @top-right{content:"LCSPR Freddie";font:8.5pt 'Liberation Sans';color:#555}
 @bottom-right{content:"page " counter(page);font:8.5pt 'Liberation Sans'}}
@page:first{@top-left{content:none}@top-right{content:none}@bottom-right{content:none}}
body{font:10.5pt/1.45 'Liberation Sans';color:#222;margin:0}
.cover{height:21cm}
.logo{font:bold 44pt/1 'DejaVu Sans';letter-spacing:4px;color:#0b6e69;margin-top:1cm}
.logo2{font:14pt 'DejaVu Sans';color:#0b6e69;border-top:3px solid #0b6e69;padding-top:4px;width:12cm}
.ctitle{font:bold 22pt/1.25 'Liberation Sans';margin-top:5cm}
.cmeta{font:11pt 'Liberation Sans';margin-top:1.2cm;line-height:1.7}
h1{font:bold 16pt 'Liberation Sans';color:#0b6e69;border-bottom:2px solid #0b6e69;padding-bottom:3px;break-before:page;margin-top:0}
h2{font:bold 11.5pt 'Liberation Sans';color:#333;margin:1.1em 0 .3em}
.lbox{background:#dcefee;border-left:6px solid #0b6e69;padding:8px 12px;margin:12px 0}
.lbox .lab{font-weight:bold;color:#0b6e69;display:block;margin-bottom:3px}
table{border-collapse:collapse;width:100%;font-size:9.5pt}
th{background:#0b6e69;color:white;text-align:left;padding:5px}
td{border:1px solid #9bb;padding:5px;vertical-align:top}
.pb{break-before:page}
ul.gp li{margin-bottom:6px}
"""


def a_cover(c):
    return ("<div class='cover'><div class='logo'>CALDERBROOK</div><div class='logo2'>Safeguarding Children Partnership</div>"
            "<div class='ctitle'>%s</div><div class='cmeta'>Published: 14 February 2024<br>Lead reviewer: Imogen Tratt"
            "<br><br><i>%s</i></div></div>" % (e(c["title"]), INVENTED))


def a_boxes(b):
    return "".join("<div class='lbox'><span class='lab'>Learning</span>%s</div>" % e(t) for t in b[2])


def a_bullets(b):
    return "<ul class='gp'>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ul>"


def a_table(b):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, e(t), e(ag), e(ts))
                   for i, (t, ag, ts) in enumerate(zip(b[2], b[4], b[5])))
    return ("<table><thead><tr><th style='width:6%'>No.</th><th>Recommendation</th><th style='width:20%'>Agency</th>"
            "<th style='width:14%'>Timescale</th></tr></thead><tbody>" + rows + "</tbody></table>")


A = {
    "file": "calderbrook-lcspr-freddie.pdf", "producer": "chromium",
    "features": ["logo-like cover text", "Published: date", "Lead reviewer line", "unnumbered coloured headings",
                 "learning in shaded boxes", "good practice bullets", "recommendation table with agency/timescale",
                 "running header partnership + short title", "footer 'page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review \u2013 'Freddie'", "child_name": "Freddie",
              "review_type": "child_safeguarding_practice_review", "area": "Calderbrook", "year": 2024,
              "partnership": "Calderbrook Safeguarding Children Partnership"},
    "style": {"css": A_CSS, "cover": a_cover, "h1": lambda h: "<h1>%s</h1>" % e(h),
              "items": {"box": a_boxes, "bullets": a_bullets, "table": a_table}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This local child safeguarding practice review considers the help given to Freddie, a boy of three, and his "
              "family in the eighteen months before he was admitted to hospital in March 2023 with a fractured femur and "
              "bruising to his back. Freddie made a good physical recovery and now lives with his paternal aunt."),
        ("p", "The Calderbrook Safeguarding Children Partnership commissioned the review after a rapid review concluded "
              "that the case met the criteria for a local review and that there was learning about how agencies respond "
              "to injuries in children who are not yet attending nursery."),
        ("p", "Freddie's name has been chosen by his aunt. She wanted the review to use a real name rather than a letter "
              "because she feels that Freddie is a person and not a case."),
        ("h1", "How the review was carried out", "methodology"),
        ("p", "The lead reviewer read chronologies from seven agencies, held two practitioner learning events and spoke "
              "with Freddie's aunt and with his father. Freddie's mother was invited to contribute but chose not to."),
        ("p", "The review used a systems approach. Rather than asking who was at fault, it asked why practitioners made "
              "the decisions they made and what in the wider system made those decisions more or less likely."),
        ("h2", "Scope"),
        ("p", "The review covers the period from September 2021, when Freddie's family moved to Calderbrook, to the end of "
              "March 2023. Earlier events are included where they help to explain the family's history."),
        ("h1", "Freddie and his family", "background"),
        ("p", "Freddie lived with his mother and her partner in a privately rented flat. His father lived in another town "
              "and saw him at weekends until the summer of 2022, when contact stopped after a disagreement between the "
              "adults. Freddie's mother had a history of depression and had been known to adult mental health services."),
        ("p", "Freddie was described by everyone who knew him as a lively and affectionate child who loved trains and "
              "being outside. His aunt said that he was always happiest when he was running about in the park."),
        ("h1", "Key practice episodes", "background", ["summary", "findings"]),
        ("h2", "Episode 1: the first bruise"),
        ("p", "In January 2022 a health visitor noticed a small bruise on Freddie's cheek. His mother said he had fallen "
              "against a table. The explanation was accepted and recorded, but the bruise was not discussed with the "
              "GP or with children's social care."),
        ("h2", "Episode 2: the missed appointments"),
        ("p", "Between May and November 2022 Freddie was not brought to four health appointments. Each was followed up "
              "by letter. No professional saw Freddie during this time, and the pattern was not recognised because "
              "each service saw only its own missed appointment."),
        ("h2", "Episode 3: the referral from the father"),
        ("p", "In December 2022 Freddie's father rang children's social care to say that he was worried about a new "
              "partner in the home. The referral was closed after a telephone call with the mother because no "
              "other agency had concerns on record."),
        ("h1", "What we found", "findings", ["learning"]),
        ("p", "The review identified three areas of learning. Each is described below with the learning for the "
              "partnership shown in a box."),
        ("h2", "Bruising in children who are not independently mobile or not yet in a setting"),
        ("p", "Freddie was mobile, so the partnership's protocol on bruising in immobile babies did not apply. Practitioners "
              "at the learning event said that they were unsure what was expected for toddlers who were not yet seen "
              "in any setting."),
        ("items", "learning", [
            "A bruise on the face of a young child who is not seen by any early years setting should prompt the "
            "practitioner to consider whether the explanation fits the injury and to discuss it with a safeguarding lead."],
         "box"),
        ("h2", "Not being brought to appointments"),
        ("p", "Each missed appointment was handled as a separate event. No agency held the whole picture, and no one "
              "asked what it meant that Freddie had not been seen by any professional for six months."),
        ("items", "learning", [
            "When a young child is repeatedly not brought to health appointments, practitioners should treat this as a "
            "possible sign of neglect and should share the pattern with the other agencies who know the family.",
            "Agencies should know which children are not seen by any universal service, because these children are "
            "the least visible to the safeguarding system."],
         "box"),
        ("h2", "Listening to fathers"),
        ("p", "Freddie's father was the only adult who raised a concern about the new partner. His referral was weighed "
              "against the mother's account and closed on the same day."),
        ("items", "learning", [
            "Information from a non-resident parent should be tested with the same care as information from any other "
            "source, and should not be discounted because the parents are in conflict."],
         "box"),
        ("h1", "What worked well", "good_practice"),
        ("p", "The review also found examples of practice that the partnership should recognise and build on."),
        ("items", "good_practice", [
            "The emergency department recognised that Freddie's fracture was not consistent with the explanation given "
            "and made a referral to children's social care within an hour of his arrival.",
            "Freddie's aunt was assessed and approved as a connected carer within four weeks, which meant Freddie could "
            "leave hospital to live with someone he knew.",
            "The police and children's social care held a joint strategy discussion on the day of the referral and "
            "agreed a clear plan for protecting Freddie's older half-sister."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("p", "The review makes four recommendations to the partnership. Progress will be monitored by the Practice "
              "Review Group."),
        ("items", "recommendations", [
            "The partnership should extend its bruising protocol to cover children under five who do not attend an "
            "early years setting.",
            "Health agencies should agree a shared approach to children who are not brought to appointments, so that "
            "a pattern across services is identified and acted upon.",
            "Children's social care should audit contacts from non-resident parents that were closed without a visit, "
            "and report the findings to the partnership.",
            "The partnership should run a learning campaign for practitioners on including fathers and male carers "
            "in assessments."],
         "table", ["Calderbrook SCP", "Integrated Care Board", "Children's Social Care", "Calderbrook SCP"],
         ["June 2024", "September 2024", "April 2024", "December 2024"]),
        ("h1", "Glossary", "appendix", ["other"]),
        ("p", "LCSPR: local child safeguarding practice review. SCP: safeguarding children partnership. ICB: integrated "
              "care board. Strategy discussion: a meeting of agencies held when a child may be at risk of significant harm."),
    ],
}

# ---------- B: Northam Vale SCR Child R (LibreOffice flat ODT, 1.0 numbering, lessons list, rec table) ----------
B = {
    "file": "northam-vale-scr-child-r.pdf", "producer": "libreoffice", "odt": fodt,
    "features": ["flat ODT by hand", "serif body, 1.0-style headings with 1.1 numbered paragraphs", "cover: board name,"
                 " 'Overview Report', month year, 'Independent author:'", "lessons as 'Lesson N' paragraphs",
                 "good practice bullets", "recommendation table with agency and timescale", "header board name, footer Page N of M"],
    "cover": {"title": "Serious Case Review: Child R - Overview Report", "child_name": "Child R", "review_type": "serious_case_review",
              "area": "Northam Vale", "year": 2019, "partnership": "Northam Vale Local Safeguarding Children Board"},
    "cover_lines": ["Northam Vale Local Safeguarding Children Board", "Serious Case Review: Child R", "Overview Report",
                    "March 2019", "Independent author: Dr Sefton Mabey", INVENTED],
    "header": "Northam Vale LSCB \u2013 SCR Child R \u2013 OFFICIAL",
    "blocks": [
        ("h1", "1.0 Introduction", "introduction"),
        ("np", "1.1", "This serious case review concerns Child R, a girl who was fifteen when she was admitted to hospital "
                      "in June 2017 after taking an overdose. She had been reported missing from home on eleven occasions in "
                      "the previous year and there were concerns that she was being sexually exploited by older men."),
        ("np", "1.2", "The Northam Vale Local Safeguarding Children Board decided in August 2017 that the criteria for a "
                      "serious case review were met, because Child R had suffered serious harm and there was cause for "
                      "concern about the way agencies had worked together."),
        ("np", "1.3", "Child R and her mother both met the independent author. Their views are included throughout this "
                      "report and Child R has read and agreed the summary of her experience."),
        ("h1", "2.0 The review process", "methodology"),
        ("np", "2.1", "The review was conducted using the Significant Incident Learning Process. A panel of senior "
                      "managers from each agency oversaw the work, and agencies provided individual management reviews."),
        ("np", "2.2", "Two practitioner workshops were held in November 2017. The publication of the review was delayed "
                      "until the end of a criminal trial in which two men were convicted of offences against Child R."),
        ("h1", "3.0 Family background", "background"),
        ("np", "3.1", "Child R lived with her mother and two younger brothers. Her mother worked night shifts in a care "
                      "home. Child R's father had left the family when she was six, and she had little contact with him."),
        ("np", "3.2", "Child R did well at primary school but her attendance fell sharply in Year 9. School staff described "
                      "her as bright, funny and fiercely loyal to her friends."),
        ("h1", "4.0 Summary of key events", "background", ["summary"]),
        ("np", "4.1", "From the spring of 2016 Child R began to go missing overnight. She was usually found by police in "
                      "the town centre or returned on her own the next morning. Return home interviews were offered but "
                      "Child R declined most of them."),
        ("np", "4.2", "In October 2016 a youth worker passed on information that Child R had been seen getting into cars "
                      "driven by adult men. A strategy meeting was held, but the plan relied on Child R telling "
                      "professionals what was happening."),
        ("np", "4.3", "By the spring of 2017 Child R had been excluded from school for a fixed period and was spending most "
                      "of her time with a group of older young people who were known to the police."),
        ("h1", "5.0 Analysis", "findings"),
        ("np", "5.1", "The agencies involved with Child R recognised the risk of sexual exploitation, but the response "
                      "treated her going missing as a behaviour to be managed rather than as a sign of harm."),
        ("np", "5.2", "The language used in records often placed responsibility on Child R, describing her as 'putting "
                      "herself at risk' and as making 'lifestyle choices'. This language shaped the response."),
        ("np", "5.3", "Information about the men involved was held by the police, the youth service and the school, but "
                      "it was never brought together in a way that allowed the men to be disrupted."),
        ("h1", "6.0 Lessons learned", "learning"),
        ("items", "learning", [
            "Going missing repeatedly is a sign that a child may be being harmed, and each episode should be seen as "
            "part of a pattern rather than as a separate event.",
            "Professionals should avoid language that suggests a child is responsible for the abuse they suffer, "
            "because it changes how the risk is understood and how agencies respond.",
            "Plans to protect a child from exploitation should not depend on the child disclosing abuse; they should "
            "also target the places and the adults who pose the risk.",
            "Exclusion from school can remove a key protective factor for a child at risk of exploitation, and the "
            "risk should be assessed before a decision to exclude is made."],
         "lessons"),
        ("h1", "7.0 Good practice", "good_practice"),
        ("items", "good_practice", [
            "The youth worker built a trusting relationship with Child R and shared what she learned promptly and "
            "accurately.",
            "The hospital's adolescent liaison nurse saw Child R alone and recorded her account in her own words."],
         "bullets"),
        ("h1", "8.0 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The LSCB should ensure that all agencies use a shared missing and exploitation screening tool, and should "
            "audit its use within twelve months.",
            "The LSCB should issue guidance on the language used to describe children at risk of exploitation, and "
            "agencies should include it in their induction training.",
            "Northam Vale Police and the local authority should set up a multi-agency meeting to map and disrupt "
            "adults who pose a risk of exploitation in the area.",
            "Schools should consult the designated safeguarding lead and the child's social worker before excluding a "
            "child who is known to be at risk of exploitation."],
         "table", ["LSCB", "LSCB and all agencies", "Police and local authority", "Education"],
         ["12 months", "6 months", "3 months", "From September 2019"]),
        ("h1", "9.0 Conclusion", "conclusion"),
        ("np", "9.1", "Child R was let down by a system that saw her as the problem. Since the events described in this "
                      "report, the agencies in Northam Vale have made important changes, and the recommendations above "
                      "are intended to make those changes last."),
        ("h1", "Appendix A: Glossary", "appendix", ["other"]),
        ("np", "A.1", "CSE: child sexual exploitation. LSCB: local safeguarding children board. SILP: Significant "
                      "Incident Learning Process."),
    ],
}

# ---------- C: Mid Glanafon concise Child Practice Review (LibreOffice Writer from HTML, Welsh template) ----------
C_CSS = """
body{font-family:'DejaVu Serif';font-size:10.5pt}
h1{font-family:'DejaVu Sans';font-size:13pt;font-weight:bold;background:#e4e4e4;padding:3px;margin-top:18pt}
h2{font-family:'DejaVu Sans';font-size:11pt;font-style:italic}
p.cov1{font-family:'DejaVu Sans';font-size:18pt;font-weight:bold;text-align:center;margin-top:3cm}
p.cov2{font-family:'DejaVu Sans';font-size:15pt;text-align:center}
p.cov3{font-size:11pt;text-align:center}
td{border:1px solid #000;padding:4px;vertical-align:top}
"""


def c_cover(c):
    return ("<p class='cov1'>Mid Glanafon Regional Safeguarding Children Board</p>"
            "<p class='cov2'>%s</p><p class='cov3'>Board reference: MGRSCB 02/2023</p>"
            "<p class='cov3'>Reviewer: Catrin Ellwood</p><p class='cov3'>Published: 3 July 2023</p>"
            "<p class='cov3'><i>%s</i></p>" % (e(c["title"]), INVENTED))


def c_h1(h):
    # Writer's HTML import honours an inline page break on the first heading (not one on an empty paragraph)
    brk = " style='page-break-before:always'" if h.startswith("Brief outline") else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


def c_bullets(b):
    return "<ul>" + "".join("<li><p>%s</p></li>" % e(t) for t in b[2]) + "</ul>"


def c_numbered(b):
    return "<ol>" + "".join("<li><p>%s</p></li>" % e(t) for t in b[2]) + "</ol>"


C = {
    "file": "mid-glanafon-concise-cpr-child-s.pdf", "producer": "libreoffice",
    "features": ["Welsh concise Child Practice Review template headings", "HTML opened in LibreOffice Writer",
                 "shaded heading bars", "no page numbers", "board reference on cover", "Learning for the region bullets",
                 "Improving systems and practice numbered list", "Statement by reviewer"],
    "cover": {"title": "Concise Child Practice Review: Child S", "child_name": "Child S",
              "review_type": "child_practice_review", "area": "Mid Glanafon", "year": 2023,
              "partnership": "Mid Glanafon Regional Safeguarding Children Board"},
    "style": {"css": C_CSS, "cover": c_cover, "h1": c_h1,
              "items": {"bullets": c_bullets, "numbered": c_numbered}},
    "blocks": [
        ("h1", "Brief outline of circumstances resulting in the Review", "background", ["introduction"]),
        ("p", "A concise child practice review was commissioned by the Mid Glanafon Regional Safeguarding Children Board "
              "on the recommendation of the Review Sub Group in accordance with the Social Services and Well-being "
              "(Wales) Act 2014 and the Working Together to Safeguard People guidance."),
        ("p", "Child S was a nine-month-old baby who was found unresponsive in the family home in November 2021. She was "
              "taken to hospital where a CT scan showed a skull fracture and bleeding on the brain. Her parents were "
              "unable to explain the injuries. Child S survived but has lasting developmental needs."),
        ("p", "The family had been known to the health visiting service and to the flying start programme. Child S's "
              "older brother had been subject to care and support planning two years earlier because of concerns about "
              "domestic abuse between the parents."),
        ("h1", "Practice and organisational learning", "findings", ["learning"]),
        ("p", "The reviewer, the panel and the practitioners identified the following themes. Practitioners spoke "
              "openly at the learning event and their willingness to reflect is acknowledged."),
        ("h2", "Recognising the impact of previous domestic abuse"),
        ("p", "When the care and support plan for the older brother ended, the domestic abuse was described as historic. "
              "No agency revisited this when Child S was born, although her father's probation officer knew that he "
              "had been arrested again in another area."),
        ("h2", "The voice of the baby"),
        ("p", "Records describe the parents' views in detail, but say little about Child S herself: how she presented, "
              "how she responded to her parents, and who cared for her when her mother returned to work."),
        ("h2", "Information held by adult services"),
        ("p", "Adult services held information about the father's escalating alcohol use which was not shared with "
              "health visiting. Practitioners were unsure whether they could share it without his consent."),
        ("h1", "Learning for the region", "learning"),
        ("items", "learning", [
            "Domestic abuse that is recorded as historic should be reconsidered when a new baby is born into the family, "
            "because the arrival of a baby is a time of increased risk.",
            "Practitioners should describe what they see of a baby's presentation and care in their records, so that "
            "the baby's lived experience is visible to everyone involved.",
            "Adult services should share information about a parent's alcohol use with children's services when a "
            "baby lives in the household, and guidance on consent should make this clear.",
            "The region's pre-birth protocol should be used whenever a family has previously had a care and support "
            "plan because of domestic abuse."],
         "bullets"),
        ("h1", "Effective practice", "good_practice"),
        ("items", "good_practice", [
            "The flying start health visitor completed every planned contact and recorded the home conditions carefully.",
            "The hospital's safeguarding team made a referral on the day of admission and arranged a skeletal survey "
            "within the recommended timescale."],
         "bullets"),
        ("h1", "Improving Systems and Practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the "
              "Board and its member agencies."),
        ("items", "recommendations", [
            "The Board should seek assurance that the pre-birth protocol is applied to all families where domestic "
            "abuse has been recorded within the previous five years.",
            "Health boards should update their record-keeping standards so that the presentation of babies is "
            "described at every contact.",
            "The Board should publish a short guide for adult services on sharing information about parents when a "
            "baby is in the household.",
            "Probation services should notify the local authority when a parent with a history of domestic abuse is "
            "arrested for a further offence."],
         "numbered"),
        ("h1", "Statement by Reviewer", "other", ["conclusion"]),
        ("p", "I confirm that I have been independent of the case and of the agencies involved, and that the review has "
              "been conducted in line with the guidance. Catrin Ellwood, reviewer."),
        ("h1", "Appendix 1: Terms of Reference", "appendix"),
        ("p", "The review covers the period from the birth of Child S in February 2021 to her admission to hospital in "
              "November 2021. It considers how agencies shared information and assessed risk."),
    ],
}

# ---------- D: Strathmorven Learning Review (Chromium, Scottish, narrow font, numbered headings, numbered items) ----------
D_CSS = """
@page{size:A4;margin:2cm 2.4cm 2.4cm 2.4cm;
 @bottom-left{content:"Strathmorven Child Protection Committee";font:8pt 'Liberation Sans Narrow'}
 @bottom-right{content:counter(page) " / " counter(pages);font:8pt 'Liberation Sans Narrow'}}
@page:first{@bottom-left{content:none}@bottom-right{content:none}}
body{font:11pt/1.5 'Liberation Serif';margin:0}
.cv{border:2px solid #4a2d6b;padding:1.5cm;margin-top:2cm;height:20cm}
.cvorg{font:bold 13pt 'Liberation Sans Narrow';text-transform:uppercase;letter-spacing:2px;color:#4a2d6b}
.cvt{font:bold 26pt/1.2 'Liberation Serif';margin:4cm 0 1cm}
.cvd{font:12pt 'Liberation Sans Narrow'}
h1{font:bold 15pt 'Liberation Sans Narrow';color:#4a2d6b;margin:1.6em 0 .4em}
h2{font:bold italic 12pt 'Liberation Serif'}
.pb{break-before:page}
ol.num li{margin-bottom:7px}
p.rec{margin-left:1cm}
"""


def d_cover(c):
    return ("<div class='cv'><div class='cvorg'>Strathmorven Child Protection Committee</div><div class='cvt'>%s</div>"
            "<div class='cvd'>September 2025</div><div class='cvd'>Chair of the review team: Morag Dunleith</div>"
            "<div class='cvd' style='margin-top:2cm'><i>%s</i></div></div><div class='pb'></div>" % (e(c["title"]), INVENTED))


def d_learning(b):
    return "<ol class='num'>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ol>"


def d_bullets(b):
    return "<ul>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ul>"


def d_recs(b):
    return "".join("<p class='rec'><b>Recommendation %d \u2013</b> %s</p>" % (i + 1, e(t)) for i, t in enumerate(b[2]))


D = {
    "file": "strathmorven-learning-review-child-j.pdf", "producer": "chromium",
    "features": ["Scottish learning review", "bordered cover with month year and 'Chair of the review team'",
                 "narrow sans headings 'N Heading'", "footer partnership + N / M", "learning numbered list",
                 "areas of strength bullets", "'Recommendation N –' paragraphs"],
    "cover": {"title": "Learning Review: Child J", "child_name": "Child J", "review_type": "learning_review",
              "area": "Strathmorven", "year": 2025, "partnership": "Strathmorven Child Protection Committee"},
    "style": {"css": D_CSS, "cover": d_cover, "h1": lambda h: "<h1>%s</h1>" % e(h),
              "items": {"numbered": d_learning, "bullets": d_bullets, "recs": d_recs}},
    "blocks": [
        ("h1", "1 Introduction", "introduction"),
        ("p", "This learning review was commissioned by the Strathmorven Child Protection Committee following the death "
              "of Child J, a sixteen-year-old boy, in January 2024. Child J died from an overdose of prescription "
              "medication that had not been prescribed to him."),
        ("p", "The review was carried out under the National Guidance for Child Protection Committees Undertaking "
              "Learning Reviews. Its purpose is to learn, not to apportion blame."),
        ("h1", "2 Scope and approach", "methodology"),
        ("p", "The review team examined records from education, social work, health, the police and the third sector "
              "for the two years before Child J's death. The team met Child J's mother and grandmother and held "
              "conversations with twenty practitioners."),
        ("p", "The review looked particularly at the transition from children's to adult mental health services, and "
              "at how agencies responded to Child J's use of drugs."),
        ("h1", "3 Circumstances leading to the review", "background"),
        ("p", "Child J lived with his mother and younger sister in a small town. He had been diagnosed with ADHD at the "
              "age of eight and was described as a talented footballer who found school difficult. From the age of "
              "fourteen his attendance fell and he began to spend time with older young people."),
        ("p", "In 2023 Child J was referred to child and adolescent mental health services after he told a teacher that "
              "he did not see the point in living. He was placed on a waiting list. He was later found in possession "
              "of tablets and was referred to the youth justice service."),
        ("p", "In the months before his death Child J had contact with eleven different practitioners, but there was no "
              "single plan that brought their work together."),
        ("div", ""),
        ("h1", "4 Key findings", "findings"),
        ("h2", "Transitions between services"),
        ("p", "Child J was approaching his sixteenth birthday when the referral to mental health services was made. "
              "Practitioners were unclear whether child or adult services should see him, and the referral moved "
              "between teams for eleven weeks."),
        ("h2", "Seeing drug use as a welfare concern"),
        ("p", "Child J's possession of tablets was handled mainly as an offending matter. The link between his drug use, "
              "his low mood and his vulnerability to older young people was not explored in a multi-agency meeting."),
        ("h2", "A team around the child"),
        ("p", "Each agency worked hard with Child J but nobody had the role of lead professional, and his mother was "
              "left to pass information between services."),
        ("h1", "5 Learning", "learning"),
        ("items", "learning", [
            "Young people approaching sixteen need a clear route into mental health support, and no referral should be "
            "left without an owner while services decide which of them should respond.",
            "Drug use by a young person should be considered as a possible indicator of harm and exploitation, and "
            "not only as offending behaviour.",
            "When several agencies are working with a young person, a lead professional should be agreed so that "
            "there is one plan and the family does not have to coordinate the services themselves."],
         "numbered"),
        ("h1", "6 Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "Child J's football coach kept in touch with him throughout and encouraged him to attend appointments.",
            "The school nurse persisted in contacting Child J after he missed sessions and offered to see him at home.",
            "The police officer who found the tablets made a concern report on the same day so that social work were aware."],
         "bullets"),
        ("h1", "7 Recommendations", "recommendations"),
        ("p", "The review team makes the following recommendations to the Child Protection Committee."),
        ("items", "recommendations", [
            "The Committee should agree a protocol for mental health referrals of young people aged fifteen to "
            "eighteen, setting out who is responsible while a decision about the service is made.",
            "The Committee should ensure that young people found in possession of drugs are considered under the "
            "local child protection procedures for exploitation.",
            "Partner agencies should agree how a lead professional is appointed for young people with several "
            "services involved, in line with Getting it right for every child."],
         "recs"),
        ("h1", "8 Conclusion", "conclusion"),
        ("p", "Child J was known to many people who cared about him. The learning in this review is about the system "
              "around him, and the Committee has accepted all of the recommendations."),
    ],
}
# D: a page break before Key findings so the report spans several pages
D["blocks"] = [("pagebreak",) if b[0] == "div" else b for b in D["blocks"]]
A["body_from"] = 2
B["body_from"] = 2
C["body_from"] = 2
D["body_from"] = 2

REPORTS = [A, B, C, D]
