"""Batch 5: four more invented reports: 'Part A' sections with recommendations grouped by agency, a numbered
'Learning Themes' chapter with 'Recommendation X.Y' paragraphs, a thematic review with case studies and key lines
of enquiry, and a DOCX (pandoc, converted by LibreOffice) with an 'Executive Summary' subtitle."""
from e2e import e, INVENTED
from batch3 import BASE_CSS, bullets, numbered


def plain_h1(h):
    return "<h1>%s</h1>" % e(h)


def by_agency(b):
    """b[4]: list of (agency, how many of the texts) in order; numbering runs on across agencies."""
    out, i = [], 0
    for agency, n in b[4]:
        out.append("<p><b>For %s:</b></p><ol start='%d'>" % (e(agency), i + 1))
        out.extend("<li>%s</li>" % e(t) for t in b[2][i:i + n])
        out.append("</ol>")
        i += n
    return "".join(out)


def xy_paragraphs(b):
    """b[4]: the theme number; paragraphs 'Recommendation X.Y: text'."""
    return "".join("<p><b>Recommendation %d.%d:</b> %s</p>" % (b[4], i + 1, e(t)) for i, t in enumerate(b[2]))


# ---------- Q: Ashcombe LSCB, 'Serious Case Review' above 'Overview report: Baby D', Part A.. sections (Chromium) ----------
def q_cover(c):
    return ("<div style='font:10pt Liberation Sans;color:#555;text-align:right'>Ashcombe Local Safeguarding Children Board</div>"
            "<div style='font:bold 28pt Liberation Sans;color:#8e1b3a;margin-top:6cm'>Serious Case Review</div>"
            "<div style='font:20pt Liberation Sans;margin-top:.4cm'>Overview report: Baby D</div>"
            "<div style='font:11pt Liberation Sans;margin-top:3cm'>Published: 14 June 2016</div>"
            "<div style='font:11pt Liberation Sans'>Lead reviewer: Harriet Okafor-Bell</div>"
            "<p><i>%s</i></p><div class='pb'></div>" % INVENTED)


Q = {
    "file": "ashcombe-lscb-scr-baby-d.pdf", "producer": "chromium",
    "features": ["cover 'Serious Case Review' above 'Overview report: Baby D'", "'Part A:' lettered sections",
                 "recommendations grouped under 'For the Police:' agency lines, numbering running on",
                 "learning bullets", "footer Page N of M"],
    "cover": {"title": "Serious Case Review Overview Report: Baby D", "child_name": "Baby D",
              "review_type": "serious_case_review", "area": "Ashcombe", "year": 2016,
              "partnership": "Ashcombe Local Safeguarding Children Board"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Sans'", "colour": "#8e1b3a", "header": "Ashcombe LSCB \u2013 SCR Baby D"},
              "cover": q_cover, "h1": plain_h1, "items": {"bullets": bullets, "agency": by_agency}},
    "blocks": [
        ("h1", "Part A: Introduction and process", "introduction", ["methodology"]),
        ("p", "Baby D was three months old when she was admitted to hospital with a serious head injury in 2015. Her father "
              "was later convicted of causing grievous bodily harm. The Board commissioned this serious case review."),
        ("p", "The review used agency reports, a chronology and two meetings with the practitioners involved."),
        ("h1", "Part B: The family and the agencies involved", "background"),
        ("p", "Baby D lived with her mother, aged nineteen, and her father, aged twenty-three. The father had a history of "
              "domestic abuse in a previous relationship that was known to the police but not to the midwife."),
        ("h1", "Part C: Analysis of practice", "findings"),
        ("p", "Information about the father's history was held by the police but was not shared at the pre-birth stage, "
              "because no agency asked about him. Bruising seen at six weeks was accepted as accidental."),
        ("h1", "Part D: Lessons learned", "learning"),
        ("items", "learning", [
            "Pre-birth assessments should gather information about fathers and male carers as well as mothers.",
            "Any bruising in a non-mobile baby should lead to a referral under the child protection procedures."],
         "bullets"),
        ("h1", "Part E: Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The police should share information about domestic abuse with midwifery when a partner is known to be pregnant.",
            "The police should review how previous relationships are recorded on their domestic abuse systems.",
            "Children's social care should make sure that every pre-birth assessment includes the father.",
            "The health trust should audit compliance with the bruising in non-mobile babies protocol."],
         "agency", [("the Police", 2), ("Children's Social Care", 1), ("the Health Trust", 1)]),
    ],
}

# ---------- R: Wrenfield LCSPR Child M, numbered 'Learning Themes' chapter with 'Recommendation X.Y' (LibreOffice HTML) ----------
R_CSS = """
body{font-family:'DejaVu Serif';font-size:10.5pt}
h1{font-family:'DejaVu Sans';font-size:15pt;font-weight:bold;color:#1f4e79}
h2{font-family:'DejaVu Sans';font-size:12pt;font-weight:bold;color:#1f4e79}
h3{font-family:'DejaVu Sans';font-size:10.5pt;font-weight:bold;font-style:italic}
p.t1{font-family:'DejaVu Sans';font-size:24pt;font-weight:bold;margin-top:5cm}
p.t2{font-family:'DejaVu Sans';font-size:30pt;font-weight:bold;color:#1f4e79}
"""


def r_cover(c):
    return ("<p>Wrenfield Safeguarding Children Partnership</p>"
            "<p class='t1'>Local Child Safeguarding Practice Review</p><p class='t2'>Child M</p>"
            "<p>October 2023</p><p>Independent reviewer: Dr Simone Achterberg</p><p><i>%s</i></p>" % INVENTED)


def r_h1(h):
    brk = " style='page-break-before:always'" if h.startswith("1.") else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


R = {
    "file": "wrenfield-lcspr-child-m.pdf", "producer": "libreoffice", "doc_title": "",
    "features": ["cover title and child name on separate lines", "month-year date 'October 2023'",
                 "numbered 'Learning Themes' chapter, each theme with 'Findings' then 'Recommendation X.Y' paragraphs",
                 "HTML opened in LibreOffice Writer", "no page numbers"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child M", "child_name": "Child M",
              "review_type": "child_safeguarding_practice_review", "area": "Wrenfield", "year": 2023,
              "partnership": "Wrenfield Safeguarding Children Partnership"},
    "style": {"css": R_CSS, "cover": r_cover, "h1": r_h1, "items": {"xy": xy_paragraphs}},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "Child M was a fifteen-year-old boy who was stabbed in a park in 2022 and survived. He had been out of "
              "school for most of the previous year. The partnership commissioned this review to learn how agencies "
              "worked with him and his family."),
        ("h1", "2. Background", "background"),
        ("p", "Child M moved schools twice in Year 10. He was reported missing from home five times and was found each "
              "time in another town. Return home interviews were offered but not completed."),
        ("h1", "3. Learning Themes", "learning", ["findings"]),
        ("h2", "Theme 1: Education as a protective factor"),
        ("raw", "<h3>Findings</h3>"),
        ("p", "When Child M moved to a part-time timetable, no agency treated the loss of education as a safeguarding "
              "concern. The second school did not receive his file for eight weeks."),
        ("items", "recommendations", [
            "The local authority should treat a move to a part-time timetable as a trigger for a multi-agency discussion.",
            "Schools should request and chase the previous school's safeguarding file within five working days of transfer."],
         "xy", 1),
        ("h2", "Theme 2: Missing episodes and return home interviews"),
        ("raw", "<h3>Findings</h3>"),
        ("p", "Each missing episode was handled on its own, and the pattern of travel to the same town was not noticed."),
        ("items", "recommendations", [
            "The partnership should review how patterns across missing episodes are identified and shared with the police."],
         "xy", 2),
        ("h1", "4. Conclusion", "conclusion"),
        ("p", "Child M's family asked for help on several occasions. The themes in this review show how that help could "
              "have been better joined up."),
    ],
}

# ---------- S: Marlow Fen thematic review, 'Case studies' and 'Key lines of enquiry' (Chromium) ----------
def s_cover(c):
    return ("<div style='border-left:10px solid #2e7d32;padding-left:1cm;margin-top:4cm'>"
            "<div style='font:bold 13pt DejaVu Sans;color:#2e7d32'>Marlow Fen Safeguarding Children Partnership</div>"
            "<div style='font:bold 24pt DejaVu Sans;margin-top:1cm'>%s</div></div>"
            "<p style='margin-top:2cm'>Date of publication: 3 March 2024</p><p><i>%s</i></p><div class='pb'></div>"
            % (e(c["title"]), INVENTED))


S = {
    "file": "marlow-fen-thematic-review-online-harm.pdf", "producer": "chromium",
    "features": ["thematic review (no child name)", "'Key lines of enquiry' as a numbered list of questions",
                 "'Case studies' section with sub-headings per child", "learning bullets", "numbered recommendations"],
    "cover": {"title": "Thematic Review: Online Sexual Harm to Children", "child_name": "",
              "review_type": "other", "area": "Marlow Fen", "year": 2024,
              "partnership": "Marlow Fen Safeguarding Children Partnership"},
    "style": {"css": BASE_CSS % {"font": "'DejaVu Sans'", "colour": "#2e7d32", "header": "Marlow Fen SCP thematic review"},
              "cover": s_cover, "h1": plain_h1, "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This thematic review looks at four children who were harmed by adults they met online during 2022 and 2023. "
              "None of the children died, but each experienced serious harm."),
        ("h1", "Key lines of enquiry", "methodology", ["introduction", "other"]),
        ("raw", "<ol><li>How well did agencies recognise online harm?</li><li>Were parents supported to keep their "
                "children safe online?</li></ol>"),
        ("h1", "Case studies", "background", ["findings"]),
        ("h2", "Child A"),
        ("p", "Child A, aged thirteen, was groomed through a gaming platform over six months. Her school noticed that she "
              "was tired and withdrawn but did not ask about her online life."),
        ("h2", "Child B"),
        ("p", "Child B, aged fourteen, shared images after being threatened. He told a youth worker, who reported it the "
              "same day."),
        ("h1", "Findings", "findings"),
        ("p", "Practitioners were confident about risks in the community but much less confident about online harm."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Online harm should be considered in every assessment of a child who is withdrawn or whose behaviour changes.",
            "Children are more likely to disclose to a trusted adult who asks directly about their online contacts."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should provide training on online harm for all practitioners who work with children.",
            "Schools should include questions about online contacts in their pastoral support conversations."],
         "numbered"),
    ],
}


# ---------- T: Elmstead CSPR Harry, Executive Summary, DOCX by pandoc converted by LibreOffice ----------
def t_markdown(rep):
    out = ["---", "title: 'Child Safeguarding Practice Review: Harry'", "subtitle: 'Executive Summary'", "---", "",
           "Elmstead Safeguarding Children Partnership", "", "Published: 21 November 2024", "", "*" + INVENTED + "*", "",
           "```{=openxml}", "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>", "```", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["# " + b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "items":
            out += ["%d. %s" % (i + 1, t) if b[3] == "numbered" else "- " + t for i, t in enumerate(b[2])] + [""]
    return "\n".join(out)


T = {
    "file": "elmstead-cspr-harry-executive-summary.pdf", "producer": "libreoffice", "markdown": t_markdown,
    "features": ["DOCX written by pandoc, converted by LibreOffice", "Title and Subtitle styles 'Executive Summary'",
                 "partnership line under the title", "learning numbered, recommendations numbered"],
    "cover": {"title": "Child Safeguarding Practice Review: Harry \u2013 Executive Summary", "child_name": "Harry",
              "review_type": "child_safeguarding_practice_review", "area": "Elmstead", "year": 2024,
              "partnership": "Elmstead Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Background to the review", "background", ["introduction"]),
        ("p", "Harry was a two-year-old boy who was admitted to hospital in 2023 with severe malnutrition. His parents had "
              "stopped attending health appointments and had withdrawn from contact with the nursery."),
        ("h1", "Key findings", "findings"),
        ("p", "Missed appointments were recorded by each service, but no service knew that the others were also being missed."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Repeated missed health appointments for a young child should be treated as a possible indicator of neglect.",
            "Services should check with each other when a family withdraws from contact."],
         "numbered"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should publish a was-not-brought policy for children under five that applies to all health services.",
            "Nurseries should notify the health visitor when a child under three stops attending without explanation."],
         "numbered"),
    ],
}

REPORTS = [Q, R, S, T]
for rep in REPORTS:
    rep.setdefault("body_from", 2)
