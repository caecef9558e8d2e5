"""Batch 7: three more invented reports: question headings with bold lead-in learning paragraphs, a good-practice
call-out and a two-column (learning theme | recommendation) table; a report whose contents page is page 3 after a
foreword, with plain statement headings; and a LibreOffice report with real page-bottom footnotes."""
from e2e import e, INVENTED
from batch3 import BASE_CSS, bullets, numbered, toc


def plain_h1(h):
    return "<h1>%s</h1>" % e(h)


def leadin_paras(b):
    out = []
    for t in b[2]:
        lead, rest = t.split(". ", 1)
        out.append("<p><b>%s.</b> %s</p>" % (e(lead), e(rest)))
    return "".join(out)


def theme_table(b):
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (e(th), e(t)) for th, t in zip(b[4], b[2]))
    return ("<table><thead><tr><th style='width:30%'>Learning theme</th><th>Recommendation</th></tr></thead><tbody>"
            + rows + "</tbody></table>")


CALLOUT = "Good practice we saw"


def callout_h1(h):
    if h == CALLOUT:
        return ("<div style='background:#fff4d6;border-left:6px solid #e0a100;padding:6px 12px;margin:12px 0'>"
                "<div style='font:bold 12pt Liberation Sans;color:#8a6100'>%s</div>" % e(h))
    return plain_h1(h)


def callout_items(b):
    return bullets(b) + "</div>"


# ---------- W: Ravensholme LCSPR Jade (Chromium): question headings, lead-in learning, call-out, theme table ----------
def w_cover(c):
    return ("<div style='font:bold 12pt Liberation Sans;color:#2e7d32'>Ravensholme Children's Safeguarding Partnership</div>"
            "<div style='font:bold 24pt Liberation Sans;margin-top:5cm'>%s</div>"
            "<p style='margin-top:2cm'>Published: 14 October 2024</p><p>Independent reviewer: Colette Ashdown-Price</p>"
            "<p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


W = {
    "file": "ravensholme-lcspr-jade.pdf", "producer": "chromium",
    "features": ["question headings ('What was happening for Jade?', 'How well did agencies work together?')",
                 "learning as paragraphs with bold lead-in sentences", "good practice in a coloured call-out",
                 "recommendation table: learning theme | recommendation"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Jade", "child_name": "Jade",
              "review_type": "child_safeguarding_practice_review", "area": "Ravensholme", "year": 2024,
              "partnership": "Ravensholme Children's Safeguarding Partnership"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Sans'", "colour": "#2e7d32", "header": "Ravensholme CSP - Jade"},
              "cover": w_cover, "h1": callout_h1,
              "items": {"leadin": leadin_paras, "callout": callout_items, "table": theme_table}},
    "blocks": [
        ("h1", "Why was this review carried out?", "introduction"),
        ("p", "Jade was fifteen when she was admitted to hospital in 2023 after a serious assault by an older man she "
              "had met online. The partnership decided that a local review could identify learning for agencies."),
        ("h1", "What was happening for Jade?", "background"),
        ("p", "Jade lived with her mother and two younger brothers. She had stopped attending school regularly in year "
              "nine and spent long periods away from home, sometimes overnight, without saying where she had been."),
        ("h1", "How well did agencies work together?", "findings", ["learning", "other"]),
        ("p", "Agencies shared information at two strategy meetings, but no single plan drew their concerns together "
              "and nobody checked whether the actions agreed had been completed."),
        ("h1", "What have we learned?", "learning"),
        ("items", "learning", [
            "Professional curiosity. Practitioners accepted Jade's explanations of where she had been without asking "
            "who she was with or checking what she told them.",
            "Seeing the child. Meetings about Jade were held without her and her views were recorded second hand.",
            "Escalation. Concerns about drift in the plan were raised informally but never escalated to managers."],
         "leadin"),
        ("h1", CALLOUT, "good_practice"),
        ("items", "good_practice", [
            "The school nurse kept in touch with Jade by text message when she stopped attending school.",
            "The police missing person coordinator shared return interview findings within one working day."],
         "callout"),
        ("h1", "What needs to change?", "recommendations"),
        ("items", "recommendations", [
            "The partnership should ensure that strategy meetings for adolescents agree one named lead for the plan.",
            "Agencies should record the young person's own words about where they have been after every missing episode.",
            "The partnership should publish an escalation guide and test its use through a multi-agency audit."],
         "table", ["Working together", "Hearing the child", "Escalation"]),
    ],
}


# ---------- X: Hartwell Downs SCR Child P (Chromium): foreword, contents on page 3, statement headings ----------
def x_cover(c):
    return ("<div style='font:bold 26pt Liberation Serif;margin-top:6cm;color:#4a148c'>%s</div>"
            "<div style='font:13pt Liberation Serif;margin-top:1cm'>Hartwell Downs Safeguarding Children Partnership</div>"
            "<p style='margin-top:2cm'>Published: March 2024</p><p><i>%s</i></p><div class='pb'></div>"
            % (e(c["title"]), INVENTED))


def x_h1(h):
    if h == "Foreword":
        return plain_h1(h)
    if h == "Introduction":
        return ("<div class='pb'></div>" + toc([("Introduction", 4), ("Background to the review", 4),
                                                ("Learning for the partnership", 4), ("Next steps", 5)])
                + plain_h1(h))
    if h == "Next steps":
        return "<h1 style='break-before:page'>%s</h1>" % e(h)
    return plain_h1(h)


X = {
    "file": "hartwell-downs-cspr-child-p.pdf", "producer": "chromium",
    "features": ["foreword on page 2, contents page on page 3", "plain statement headings ('Learning for the partnership', "
                 "'Next steps')", "numbered learning", "bulleted next steps"],
    "cover": {"title": "Child Safeguarding Practice Review: Child P", "child_name": "Child P",
              "review_type": "child_safeguarding_practice_review", "area": "Hartwell Downs", "year": 2024,
              "partnership": "Hartwell Downs Safeguarding Children Partnership"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Serif'", "colour": "#4a148c", "header": "Hartwell Downs SCP"},
              "cover": x_cover, "h1": x_h1, "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Foreword", "introduction", ["other"]),
        ("p", "As independent scrutineer I welcome this review and thank Child P's family for speaking to the reviewer. "
              "The partnership has already begun to act on what it found."),
        ("h1", "Introduction", "introduction"),
        ("p", "Child P was a boy of eight who suffered serious neglect over several years before he was taken into care "
              "in 2022. Concerns had been raised by his school on many occasions."),
        ("h1", "Background to the review", "background", ["methodology"]),
        ("p", "The review looked at the period from Child P's entry to primary school until he came into care, and "
              "drew on records from education, health, housing and children's social care."),
        ("h1", "Learning for the partnership", "learning"),
        ("items", "learning", [
            "Repeated low level concerns from a school were each judged on their own rather than as a pattern of neglect.",
            "Housing officers saw the condition of the home but did not know how to share what they saw.",
            "Missed health appointments were not followed up with the family or the school nurse."],
         "numbered"),
        ("h1", "Next steps", "recommendations"),
        ("items", "recommendations", [
            "The partnership will introduce a neglect screening tool for schools and children's social care to use together.",
            "Housing providers will be offered training on recognising and reporting neglect seen during home visits.",
            "Health services will tell the school nurse when a child misses two consecutive appointments."],
         "bullets"),
    ],
}


# ---------- Y: Lowmarsh learning review Kai (LibreOffice HTML), real footnotes, statement headings ----------
Y_CSS = """
body{font-family:'DejaVu Sans';font-size:10pt}
h1{font-family:'DejaVu Sans';font-size:13pt;font-weight:bold;color:#00558c}
p.t1{font-size:24pt;font-weight:bold;margin-top:5cm}
"""
FOOTNOTES = ["HM Government (2023) Working Together to Safeguard Children, chapter 4.",
             "The names of practitioners are not given in this report."]


def y_cover(c):
    return ("<p>Lowmarsh Safeguarding Children Partnership</p><p class='t1'>%s</p><p>January 2025</p><p><i>%s</i></p>"
            % (e(c["title"]), INVENTED))


def y_h1(h):
    brk = " style='page-break-before:always'" if h == "Scope of the review" else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


def fn(n):
    return "<a class='sdfootnoteanc' name='sdfootnote%danc' href='#sdfootnote%dsym'><sup>%d</sup></a>" % (n, n, n)


def footnote_bodies():
    return "".join("<div id='sdfootnote%d'><p class='sdfootnote'><a class='sdfootnotesym' name='sdfootnote%dsym' "
                   "href='#sdfootnote%danc'>%d</a> %s</p></div>" % (i + 1, i + 1, i + 1, i + 1, e(t))
                   for i, t in enumerate(FOOTNOTES))


def y_bullets(b):
    return bullets(b) + (footnote_bodies() if b[1] == "recommendations" else "")


Y = {
    "file": "lowmarsh-learning-review-kai.pdf", "producer": "libreoffice", "doc_title": "",
    "features": ["real page-bottom footnotes (LibreOffice)", "statement headings ('Key findings', 'Learning for the "
                 "partnership', 'Next steps')", "HTML opened in LibreOffice Writer"],
    "cover": {"title": "Learning Review: Kai", "child_name": "Kai", "review_type": "learning_review",
              "area": "Lowmarsh", "year": 2025, "partnership": "Lowmarsh Safeguarding Children Partnership"},
    "style": {"css": Y_CSS, "cover": y_cover, "h1": y_h1, "items": {"bullets": y_bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Scope of the review", "methodology", ["introduction"]),
        ("raw", "<p>The review followed the statutory guidance%s and considered the eighteen months before Kai, aged "
                "four, was found with serious burns at home in 2024.</p>" % fn(1)),
        ("h1", "Key findings", "findings", ["learning"]),
        ("raw", "<p>Practitioners%s knew that Kai's father had returned to the home but did not ask about his history "
                "of violence.</p>" % fn(2)),
        ("h1", "Learning for the partnership", "learning"),
        ("items", "learning", [
            "Fathers and other men in the household should be assessed as carefully as mothers.",
            "A change of household membership should trigger a review of the safety plan."],
         "bullets"),
        ("h1", "Next steps", "recommendations"),
        ("items", "recommendations", [
            "The partnership should issue guidance on assessing men who join a household where a child is on a plan.",
            "Children's social care should review safety plans within ten days of any change in household membership."],
         "bullets"),
    ],
}

REPORTS = [W, X, Y]
