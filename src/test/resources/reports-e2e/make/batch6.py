"""Batch 6: three more invented reports: a short 'Rapid Review' style report, a Northern Ireland case management
review with 'Findings' and 'Recommendations for the SBNI', and a place-name titled learning review ('Learning Review:
Cwm Taf', no child name) with learning numbered '1.' under 'What have we learned?' and recommendations lettered 'a)'."""
from e2e import e, INVENTED
from batch3 import BASE_CSS, bullets, numbered


def plain_h1(h):
    return "<h1>%s</h1>" % e(h)


def lettered(b):
    return "".join("<p style='margin-left:.8cm'>%s) %s</p>" % ("abcdefgh"[i], e(t)) for i, t in enumerate(b[2]))


def dotted(b):
    return "".join("<p style='margin-left:.8cm'>%d. %s</p>" % (i + 1, e(t)) for i, t in enumerate(b[2]))


# ---------- T: Rapid review, short, Chromium ----------
def t_cover(c):
    return ("<div style='font:bold 11pt Liberation Sans;color:#b35900'>Brackenmoor Safeguarding Children Partnership</div>"
            "<div style='font:bold 26pt Liberation Sans;margin-top:5cm'>Rapid Review</div>"
            "<div style='font:18pt Liberation Sans'>Baby L</div>"
            "<p style='margin-top:2cm'>Date of rapid review meeting: 9 May 2025</p><p>Published: 30 June 2025</p>"
            "<p><i>%s</i></p><div class='pb'></div>" % INVENTED)


T = {
    "file": "brackenmoor-rapid-review-baby-l.pdf", "producer": "chromium",
    "features": ["'Rapid Review' above the child name on the cover", "short report", "'Date of rapid review meeting:'",
                 "'Immediate learning' bullets", "'Decision' heading", "numbered actions"],
    "cover": {"title": "Rapid Review: Baby L", "child_name": "Baby L", "review_type": "other",
              "area": "Brackenmoor", "year": 2025, "partnership": "Brackenmoor Safeguarding Children Partnership"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Sans'", "colour": "#b35900", "header": "Brackenmoor SCP rapid review"},
              "cover": t_cover, "h1": plain_h1, "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Summary of the incident", "background", ["introduction", "summary"]),
        ("p", "Baby L, a boy of seven weeks, was taken to hospital in April 2025 with a fractured arm and rib fractures of "
              "different ages. His parents could not explain the injuries. He is now cared for by foster carers."),
        ("h1", "Agencies involved", "background", ["methodology"]),
        ("p", "Midwifery, health visiting, the GP practice, the police and children's social care provided short "
              "summaries of their contact with the family before the meeting."),
        ("h1", "Immediate learning", "learning"),
        ("items", "learning", [
            "Unexplained crying reported by a parent of a young baby should be explored as a possible sign of injury.",
            "Information about a parent's own experience of care should be shared with the health visitor before birth."],
         "bullets"),
        ("h1", "Decision", "conclusion", ["other"]),
        ("p", "The rapid review agreed that the criteria for a local child safeguarding practice review were not met, "
              "because the learning could be taken forward through the actions below."),
        ("h1", "Actions", "recommendations"),
        ("items", "recommendations", [
            "Health visiting should add questions about persistent crying to the new birth visit template.",
            "Midwifery should ask every parent about their own childhood experience of care at booking."],
         "numbered"),
    ],
}

# ---------- U: SBNI case management review (Chromium) ----------
def u_cover(c):
    return ("<div style='font:bold 12pt Liberation Serif;letter-spacing:2px'>SAFEGUARDING BOARD FOR NORTHERN IRELAND</div>"
            "<div style='font:bold 24pt Liberation Serif;margin-top:6cm'>%s</div>"
            "<p style='margin-top:2cm'>Published: November 2022</p><p>Chair of the CMR panel: Deirdre McAleese-Boyd</p>"
            "<p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


U = {
    "file": "sbni-cmr-child-f-findings.pdf", "producer": "chromium",
    "features": ["Northern Ireland case management review", "'Findings' paragraphs", "'Recommendations for the SBNI'",
                 "'Recommendations for agencies' second list", "serif"],
    "cover": {"title": "Case Management Review: Child F - Executive Summary", "child_name": "Child F",
              "review_type": "case_management_review", "area": "Northern Ireland", "year": 2022,
              "partnership": "Safeguarding Board for Northern Ireland"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Serif'", "colour": "#003b5c", "header": "SBNI CMR Child F"},
              "cover": u_cover, "h1": plain_h1, "items": {"numbered": numbered, "bullets": bullets}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child F was a thirteen-year-old girl who died in 2021 after taking her own life. She had been known to "
              "child and adolescent mental health services and to her school's pastoral team."),
        ("h1", "Terms of reference", "methodology"),
        ("p", "The panel considered agency records from January 2020 until Child F's death and met her parents twice."),
        ("h1", "Findings", "findings", ["learning"]),
        ("p", "Referrals to mental health services were declined three times without a discussion with the school."),
        ("p", "Child F's online contact with older young people was known to her friends but not to any professional."),
        ("h1", "Recommendations for the SBNI", "recommendations"),
        ("items", "recommendations", [
            "The SBNI should seek assurance that declined mental health referrals are discussed with the referrer.",
            "The SBNI should commission training for schools on online harm and self-harm in young adolescents."],
         "numbered"),
        ("h1", "Recommendations for agencies", "recommendations"),
        ("items", "recommendations", [
            "The Education Authority should include online risk in every pastoral support plan.",
            "Health and Social Care Trusts should offer a follow-up call to families after a declined referral."],
         "numbered"),
    ],
}

# ---------- V: 'Learning Review: Cwm Taf' (LibreOffice HTML), thematic, no child name ----------
V_CSS = """
body{font-family:'DejaVu Sans';font-size:10pt}
h1{font-family:'DejaVu Sans';font-size:14pt;font-weight:bold;color:#6a1b9a}
p.t1{font-size:26pt;font-weight:bold;margin-top:5cm}
"""


def v_cover(c):
    return ("<p>Cwm Taf Regional Safeguarding Board</p><p class='t1'>%s</p>"
            "<p>A review of practice with adolescents at risk of exploitation</p><p>March 2021</p><p><i>%s</i></p>"
            % (e(c["title"]), INVENTED))


def v_h1(h):
    brk = " style='page-break-before:always'" if h == "Why we did this review" else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


V = {
    "file": "cwm-taf-learning-review.pdf", "producer": "libreoffice", "doc_title": "",
    "features": ["place-name title 'Learning Review: Cwm Taf' (no child name)", "question headings",
                 "learning as '1.' paragraphs under 'What have we learned?'",
                 "recommendations as 'a)' lettered paragraphs", "HTML opened in LibreOffice Writer"],
    "cover": {"title": "Learning Review: Cwm Taf", "child_name": "", "review_type": "learning_review",
              "area": "Cwm Taf", "year": 2021, "partnership": "Cwm Taf Regional Safeguarding Board"},
    "style": {"css": V_CSS, "cover": v_cover, "h1": v_h1, "items": {"dotted": dotted, "lettered": lettered}},
    "blocks": [
        ("h1", "Why we did this review", "introduction"),
        ("p", "The Board asked for a review of how agencies worked with four young people aged fourteen to sixteen who "
              "were exploited by adults selling drugs in 2019 and 2020."),
        ("h1", "What happened?", "background"),
        ("p", "All four young people went missing repeatedly and were found in other towns. Each had been excluded "
              "from school in the months before the exploitation was recognised."),
        ("h1", "What have we learned?", "learning"),
        ("items", "learning", [
            "Exclusion from school removed the adults who knew the young people best at the time they were most at risk.",
            "Young people found in other towns were treated as missing children rather than as victims of exploitation.",
            "Parents who asked for help were often told that their child was making choices."],
         "dotted"),
        ("h1", "What should happen next?", "recommendations"),
        ("items", "recommendations", [
            "The Board should agree a protocol with schools before any young person at risk of exploitation is excluded.",
            "Police and social services should use the national referral mechanism whenever a young person is found "
            "in another town in circumstances suggesting exploitation.",
            "The Board should publish guidance for practitioners on the language used about exploited young people."],
         "lettered"),
    ],
}

REPORTS = [T, U, V]
