"""Batch 4: four more invented reports: an LSCB abbreviation and a quoted name after a document kind, bilingual
Welsh/English headings, a key-messages briefing and a 'concerning Child D' title spread over three lines."""
from e2e import e, INVENTED
from odt import fodt
from batch3 import BASE_CSS, bullets, numbered, coded


def plain_h1(h):
    return "<h1>%s</h1>" % e(h)


# ---------- M: Harcombe LSCB SCR 'Daniel' (Chromium) ----------
def m_cover(c):
    return ("<div style='font:bold 30pt Liberation Serif;color:#2c3e50;margin-top:2cm'>Harcombe LSCB</div>"
            "<div style='font:bold 22pt Liberation Serif;margin:5cm 0 .5cm'>%s</div>"
            "<div style='font:12pt Liberation Serif'>Final version: 12 March 2015</div>"
            "<div style='font:12pt Liberation Serif'>Overview author: Gillian Thorne</div>"
            "<p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


M = {
    "file": "harcombe-lscb-scr-daniel.pdf", "producer": "chromium",
    "features": ["partnership only as 'Harcombe LSCB'", "title 'Serious Case Review \u2013 Overview Report \u2013 \u2018Daniel\u2019'",
                 "'Final version:' date", "'Overview author:'", "learning 'Lesson N' via R-coded list", "good practice numbered"],
    "cover": {"title": "Serious Case Review \u2013 Overview Report \u2013 \u2018Daniel\u2019", "child_name": "Daniel",
              "review_type": "serious_case_review", "area": "Harcombe", "year": 2015, "partnership": "Harcombe LSCB"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Serif'", "colour": "#2c3e50", "header": "Harcombe LSCB \u2013 SCR Daniel"},
              "cover": m_cover, "h1": plain_h1, "items": {"bullets": bullets, "numbered": numbered, "coded": coded}},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "Daniel was a boy of ten who was found to have been neglected over several years. He was removed from his "
              "mother's care in 2013 weighing less than a typical six-year-old. This serious case review was "
              "commissioned by Harcombe LSCB."),
        ("h1", "2. Methodology", "methodology"),
        ("p", "The review followed the SCIE Learning Together model. A case group of practitioners met four times."),
        ("h1", "3. Background", "background"),
        ("p", "Daniel lived with his mother and three younger siblings. The family had been known to children's social "
              "care since Daniel was two, with five referrals about home conditions, all closed after an assessment."),
        ("h1", "4. Findings", "findings"),
        ("p", "Each assessment looked at the family at a single point in time. Improvement after each referral was "
              "accepted as evidence that the concerns had been resolved, and the pattern of drift was not seen."),
        ("h1", "5. Lessons learned", "learning"),
        ("items", "learning", [
            "Assessments of neglect should consider the history of the family and not only the current presentation.",
            "Short-lived improvement after a referral is a common pattern in neglect and should not by itself close a case."],
         "numbered"),
        ("h1", "6. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The school nurse recorded Daniel's height and weight at each contact, which made the faltering growth visible.",
            "The family support worker advocated strongly for Daniel at the final child protection conference."],
         "numbered"),
        ("h1", "7. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Harcombe LSCB should adopt a graded care profile for use by all agencies in cases of suspected neglect.",
            "Children's social care should ensure that assessments of repeat referrals include a chronology of previous concerns."],
         "coded", "R"),
    ],
}

# ---------- N: Bro Hafren concise CPR with bilingual headings (LibreOffice flat ODT) ----------
N = {
    "file": "bro-hafren-concise-cpr-child-e.pdf", "producer": "libreoffice", "odt": fodt,
    "odt_heading_colour": "#1e6b52",
    "features": ["bilingual Welsh / English headings", "flat ODT", "Welsh template", "learning bullets", "numbered actions"],
    "cover": {"title": "Concise Child Practice Review: Child E", "child_name": "Child E",
              "review_type": "child_practice_review", "area": "Bro Hafren", "year": 2022,
              "partnership": "Bro Hafren Regional Safeguarding Board"},
    "cover_lines": ["Bro Hafren Regional Safeguarding Board", "Concise Child Practice Review: Child E",
                    "Published: 7 September 2022", "Reviewer: Elin Prosser", INVENTED],
    "header": "BHRSB 3/2022",
    "blocks": [
        ("h1", "1. Cefndir / Circumstances of the review", "background", ["introduction"]),
        ("p", "Child E was a girl of four who was admitted to hospital in 2021 having swallowed methadone prescribed to her "
              "mother's partner. She recovered fully. The Board commissioned a concise child practice review."),
        ("p", "The family was known to the substance misuse service and to health visiting. Safe storage of medication "
              "had been discussed once, at the start of the partner's treatment."),
        ("h1", "2. Dysgu / Organisational learning", "findings", ["learning"]),
        ("p", "The substance misuse service did not know that a young child lived in the household, because the partner "
              "gave a different address. Safe storage boxes were available but had not been offered."),
        ("items", "learning", [
            "Substance misuse services should establish which children live in or visit the household of every person "
            "prescribed opioid substitutes.",
            "Safe storage of medication should be discussed and checked at every review, not only at the start of treatment."],
         "bullets"),
        ("h1", "3. Gwella / Improving systems and practice", "recommendations"),
        ("items", "recommendations", [
            "The Board should ask substance misuse services to record children in the household at every review.",
            "The health board should provide safe storage boxes to all patients prescribed methadone who live with children."],
         "numbered"),
        ("h1", "4. Datganiad yr adolygydd / Statement by reviewer", "other", ["conclusion"]),
        ("p", "I confirm that the review was conducted independently and in line with the guidance."),
    ],
}

# ---------- O: Pellingham 'Key messages' briefing (Chromium) ----------
def o_cover(c):
    return ("<div style='background:#f1c40f;padding:1cm;margin-top:1cm'><div style='font:bold 12pt DejaVu Sans'>"
            "Pellingham Safeguarding Children Partnership</div><div style='font:bold 24pt DejaVu Sans;margin-top:2cm'>%s</div>"
            "<div style='font:12pt DejaVu Sans;margin-top:.5cm'>7-minute briefing</div></div>"
            "<p>Published: 1 August 2023</p><p><i>%s</i></p><div class='pb'></div>" % (e("Learning Review: Jayden"), INVENTED))


O = {
    "file": "pellingham-learning-review-jayden-briefing.pdf", "producer": "chromium",
    "features": ["briefing with 'Key messages' summary", "'7-minute briefing' subtitle", "first-name child",
                 "questions for practitioners (no items)", "learning and good practice bullets", "numbered recommendations"],
    "cover": {"title": "Learning Review: Jayden", "child_name": "Jayden", "review_type": "learning_review",
              "area": "Pellingham", "year": 2023, "partnership": "Pellingham Safeguarding Children Partnership"},
    "style": {"css": BASE_CSS % {"font": "'DejaVu Sans'", "colour": "#7d6608", "header": "Pellingham SCP briefing"},
              "cover": o_cover, "h1": plain_h1, "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Key messages", "summary"),
        ("p", "Jayden was seven when he was seriously injured by a dog at a relative's home. This briefing sets out what "
              "practitioners need to know from the learning review."),
        ("h1", "Background", "background"),
        ("p", "Jayden often stayed with his uncle, who kept two large dogs. A neighbour had reported one of the dogs to the "
              "police after it bit a delivery driver, but this information did not reach children's services."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Practitioners should ask about dogs in the homes where a child lives or stays, as part of every assessment "
            "of the home environment.",
            "Reports of a dangerous dog at an address where children stay should be shared with children's services."],
         "bullets"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The paramedics and the trauma team provided outstanding care that saved Jayden's life."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should add questions about dogs to its home environment assessment tools.",
            "The police should notify children's services when a dangerous dog is reported at an address where "
            "children are known to live or stay."],
         "numbered"),
        ("h1", "Questions for practitioners", "other"),
        ("raw", "<ul><li>Do you ask about animals in the home?</li><li>Who would you tell about a dangerous dog?</li></ul>"),
    ],
}

# ---------- P: Colbridge LCSPR 'concerning Child D', title over three lines (LibreOffice Writer HTML) ----------
P_CSS = """
body{font-family:'Liberation Sans Narrow';font-size:11.5pt}
h1{font-family:'Liberation Sans Narrow';font-size:16pt;font-weight:bold;text-transform:none;color:#444}
p.big{font-family:'Liberation Sans Narrow';font-size:26pt;font-weight:bold;margin:0}
p.small{font-size:10pt;margin-top:2cm}
"""


def p_cover(c):
    return ("<p class='big' style='margin-top:4cm'>A Local Child Safeguarding</p><p class='big'>Practice Review</p>"
            "<p class='big'>concerning Child D</p><p class='small'>Colbridge Safeguarding Children Partnership</p>"
            "<p>November 2020</p><p>Independent reviewer: Kwame Asante-Lyle</p><p><i>%s</i></p>" % INVENTED)


def p_h1(h):
    brk = " style='page-break-before:always'" if h == "Introduction" else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


P = {
    "file": "colbridge-lcspr-concerning-child-d.pdf", "producer": "libreoffice", "doc_title": "",
    "features": ["title over three cover lines 'A Local Child Safeguarding / Practice Review / concerning Child D'",
                 "no document title", "partnership small under the title", "month-year date only", "narrow font",
                 "learning and good practice bullets", "numbered recommendations"],
    "cover": {"title": "A Local Child Safeguarding Practice Review concerning Child D", "child_name": "Child D",
              "review_type": "child_safeguarding_practice_review", "area": "Colbridge", "year": 2020,
              "partnership": "Colbridge Safeguarding Children Partnership"},
    "style": {"css": P_CSS, "cover": p_cover, "h1": p_h1, "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child D was a baby of six weeks who was admitted to hospital with rib fractures in January 2020. This review "
              "considers how agencies responded to the family during the pregnancy and after the birth."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review used a rapid appreciative inquiry with practitioners and a conversation with Child D's mother."),
        ("h1", "Findings", "findings"),
        ("p", "The mother's partner was not known to be living in the home. Pre-birth assessment considered only the mother."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Pre-birth assessments should include every adult who will be caring for the baby, including new partners.",
            "Practitioners should be curious about adults who are present during home visits."],
         "bullets"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The emergency department carried out a skeletal survey promptly and made a same-day referral."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should update its pre-birth assessment guidance to include all adults in the household.",
            "Health visiting should record the details of any adult present at a home visit."],
         "numbered"),
    ],
}

REPORTS = [M, N, O, P]
for rep in REPORTS:
    rep.setdefault("body_from", 2)
