"""Batch 8 (issue 9, held out): eight invented reports from producers and templates not yet in the batches:
LibreOffice Writer with tagged PDF export ('Finding N:' sections; a flat ODT with nested lists and a table),
LibreOffice untagged with learning only in shaded boxes (Word-like), a Chromium briefing whose sections are only
bold run-in labels, a pandoc DOCX with Scottish 'Key learning' / 'Areas for improvement' and 'AFI N' items, a
Chromium report whose cover is one image, a Chromium report with lettered and roman lists, and a pandoc DOCX with
two-level numbered headings and a pipe table of recommendations."""
import base64, os, subprocess, tempfile
from e2e import e, INVENTED, CHROMIUM
from batch3 import BASE_CSS, bullets, numbered


def plain_h1(h):
    return "<h1>%s</h1>" % e(h)


# ---------- A: Thornbury Fells CSPR Child H (Writer, tagged): 'Finding N:' sections with recommendations ----------
A_CSS = """
body{font-family:'Liberation Sans';font-size:10.5pt}
h1{font-family:'Liberation Sans';font-size:15pt;font-weight:bold;color:#1f4e79}
h2{font-family:'Liberation Sans';font-size:12pt;font-weight:bold;color:#1f4e79}
p.t1{font-size:22pt;font-weight:bold;margin-top:4cm}
"""


def a_cover(c):
    return ("<p>Thornbury Fells Safeguarding Children Partnership</p><p class='t1'>%s</p>"
            "<p>Date of publication: 9 September 2025</p><p>Lead reviewer: Imogen Stallard</p><p><i>%s</i></p>"
            % (e(c["title"]), INVENTED))


def a_h1(h):
    brk = " style='page-break-before:always'" if h == "Introduction" else ""
    tag = "h2" if h.startswith("Finding ") else "h1"
    return "<%s%s>%s</%s>" % (tag, brk, e(h), tag)


def rec_paras(b):
    return "".join("<p>Recommendation %d: %s</p>" % (n, e(t)) for n, t in zip(b[4], b[2]))


A = {
    "file": "thornbury-fells-cspr-child-h.pdf", "producer": "libreoffice", "tagged": True,
    "features": ["LibreOffice Writer tagged PDF (HTML opened in Writer)", "'Finding N: statement' sub-headings",
                 "'Recommendation N:' paragraphs under each finding, numbering running on", "learning as bullets"],
    "cover": {"title": "Child Safeguarding Practice Review: Child H", "child_name": "Child H",
              "review_type": "child_safeguarding_practice_review", "area": "Thornbury Fells", "year": 2025,
              "partnership": "Thornbury Fells Safeguarding Children Partnership"},
    "style": {"css": A_CSS, "cover": a_cover, "h1": a_h1, "items": {"bullets": bullets, "recs": rec_paras}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child H was a girl of thirteen who was admitted to hospital in 2024 after taking an overdose of her "
              "mother's medication. She had been known to children's social care since she was eight."),
        ("h1", "Summary of the case", "background"),
        ("p", "Child H lived with her mother, who had a long history of depression, and her younger brother. She moved "
              "secondary school twice in eighteen months and her attendance fell below sixty per cent."),
        ("h1", "Findings", "findings", ["other"]),
        ("p", "The review found three areas where practice could have been stronger."),
        ("h1", "Finding 1: Child H's voice was not heard", "findings"),
        ("p", "Child H told her school counsellor that she felt unsafe at home, but this was recorded as a comment about "
              "family arguments and was not passed to her social worker."),
        ("items", "recommendations", [
            "Schools should share with the allocated social worker any statement by a child that they feel unsafe at home."],
         "recs", [1]),
        ("h1", "Finding 2: School moves hid a pattern of absence", "findings"),
        ("p", "Each new school started its attendance monitoring afresh, so nobody saw that Child H had missed most of "
              "the previous two terms."),
        ("items", "recommendations", [
            "The local authority should send the full attendance history with every in-year school transfer.",
            "Education welfare officers should review the attendance of any child on a plan who moves school."],
         "recs", [2, 3]),
        ("h1", "Finding 3: The mother's illness was seen apart from the children", "findings"),
        ("p", "Adult mental health services treated Child H's mother for several years without asking who else lived "
              "in the household or how her illness affected the children."),
        ("items", "recommendations", [
            "Adult mental health services should record the children in every household and consider their needs at "
            "each review."],
         "recs", [4]),
        ("h1", "Learning for all agencies", "learning"),
        ("items", "learning", [
            "What a child says about feeling unsafe is a safeguarding concern, not background information.",
            "Attendance data only protects children when it follows them between schools.",
            "Think family: an adult's illness is part of the child's story."],
         "bullets"),
    ],
}


# ---------- B: Aldermoor LCSPR Ruby (Writer, untagged): Word-like, learning only in shaded boxes ----------
B_CSS = """
body{font-family:'Liberation Sans';font-size:11pt}
h1{font-family:'Liberation Sans';font-size:14pt;font-weight:normal;color:#2f5496}
p.t1{font-size:26pt;color:#2f5496;margin-top:5cm}
"""


def b_cover(c):
    return ("<p class='t1'>%s</p><p style='font-size:14pt'>Aldermoor Children's Safeguarding Partnership</p>"
            "<p>Published: 27 November 2024</p><p><i>%s</i></p>" % (e(c["title"]), INVENTED))


def b_h1(h):
    brk = " style='page-break-before:always'" if h == "Purpose of the review" else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


def shaded_boxes(b):
    return "".join("<table width='100%%' cellpadding='8' style='margin:8px 0'><tr><td bgcolor='#deeaf6'>%s</td></tr>"
                   "</table><p></p>" % e(t) for t in b[2])


def plain_numbers(b):
    return "".join("<p>%d. %s</p>" % (i + 1, e(t)) for i, t in enumerate(b[2]))


B = {
    "file": "aldermoor-lcspr-ruby.pdf", "producer": "libreoffice",
    "features": ["LibreOffice untagged (HTML opened in Writer)", "Word-like look: light blue, not bold headings",
                 "each learning point only in a shaded one-cell box (no bold, no label, no marker)",
                 "recommendations as typed '1.' paragraphs"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Ruby", "child_name": "Ruby",
              "review_type": "child_safeguarding_practice_review", "area": "Aldermoor", "year": 2024,
              "partnership": "Aldermoor Children's Safeguarding Partnership"},
    "style": {"css": B_CSS, "cover": b_cover, "h1": b_h1, "items": {"boxes": shaded_boxes, "numbers": plain_numbers}},
    "blocks": [
        ("h1", "Purpose of the review", "introduction"),
        ("p", "Ruby was a baby of seven months when she was found to have two broken ribs in 2023. This review asks "
              "what agencies knew about her family and how they worked together before her injuries."),
        ("h1", "Ruby and her family", "background"),
        ("p", "Ruby lived with her mother, aged nineteen, and her mother's partner. Her mother had been a looked after "
              "child and had left care eighteen months before Ruby was born."),
        ("h1", "Learning from this review", "learning"),
        ("p", "The review identified the following learning."),
        ("items", "learning", [
            "Young parents who have recently left care need support that continues after the birth, not only during "
            "pregnancy.",
            "A new partner joining the household is a change that should prompt a fresh assessment of risk.",
            "Bruising or injury in a baby who is not yet mobile must always be referred for a medical opinion."],
         "boxes"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should ask the leaving care service to offer support to care leavers who become parents "
            "until their child is two.",
            "Health visitors should ask at every contact whether anyone new has joined the household.",
            "The partnership should relaunch its protocol for bruising in non-mobile babies."],
         "numbers"),
    ],
}


# ---------- C: Kingsmere briefing Leo (Chromium): sections only as bold run-in labels ----------
def c_cover(c):
    return ("<div style='background:#6a1b9a;color:white;padding:14px;font:bold 13pt Liberation Sans'>Kingsmere "
            "Safeguarding Partnership | Practitioner briefing</div>"
            "<div style='font:bold 22pt Liberation Sans;margin:1.2cm 0 .5cm'>%s</div>"
            "<p>Published: 3 March 2025</p><p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


def runin(b):
    return "<p><b>%s</b> %s</p>" % (e(b[1]), e(b[4]))


def leadin_items(b):
    out = []
    for t in b[2]:
        lead, rest = t.split(". ", 1)
        out.append("<p><b>%s.</b> %s</p>" % (e(lead), e(rest)))
    return "".join(out)


C = {
    "file": "kingsmere-practitioner-briefing-leo.pdf", "producer": "chromium",
    "features": ["practitioner briefing whose sections are only bold run-in labels ('What happened?' text on the same "
                 "line)", "learning as bold lead-in paragraphs", "recommendations as bullets", "no headings at all"],
    "cover": {"title": "Learning from the Child Safeguarding Practice Review: Leo", "child_name": "Leo",
              "review_type": "child_safeguarding_practice_review", "area": "Kingsmere", "year": 2025,
              "partnership": "Kingsmere Safeguarding Partnership"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Sans'", "colour": "#6a1b9a", "header": "Kingsmere briefing - Leo"},
              "cover": c_cover, "h1": plain_h1, "h1r": runin,
              "items": {"leadin": leadin_items, "bullets": bullets}},
    "blocks": [
        ("h1r", "Why this briefing?", "introduction", [],
         "This briefing shares the learning from a review about Leo, a boy of ten who was seriously injured by his "
         "stepfather in 2024. It is for every practitioner who works with children and families in Kingsmere."),
        ("h1r", "What happened?", "background", [],
         "Leo's teachers noticed that he was often hungry and tired. His stepfather had convictions for violence "
         "against a previous partner, which the police knew but children's social care did not."),
        ("h1r", "What did we learn?", "learning", [],
         "The review found three lessons for practice."),
        ("items", "learning", [
            "Know who lives with the child. Nobody asked who the adults in Leo's home were or checked their history.",
            "Hunger is a safeguarding sign. Repeated hunger at school was treated as a welfare matter for the school "
            "alone.",
            "Share what you hold. The police held information that would have changed the assessment but were not "
            "asked for it."],
         "leadin"),
        ("h1r", "What will change?", "recommendations", [],
         "The partnership has agreed the following actions."),
        ("items", "recommendations", [
            "Children's social care will request police checks on every adult in the household at the start of an "
            "assessment.",
            "Schools will be given guidance on when repeated hunger should lead to a referral.",
            "The partnership will audit information sharing at strategy discussions in six months."],
         "bullets"),
    ],
}


# ---------- D: Glenlochy learning review Child Z (pandoc DOCX -> LibreOffice): Scottish wording, AFI items ----------
def d_markdown(rep):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "subtitle: \"Glenlochy Child Protection Committee\"",
           "date: \"June 2025\"", "---", "", "*%s*" % INVENTED, ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["# " + b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "items" and b[3] == "afi":
            for i, t in enumerate(b[2]):
                out += ["**AFI %d** %s" % (i + 1, t), ""]
        elif b[0] == "items":
            out += ["- " + t for t in b[2]] + [""]
    return "\n".join(out)


D = {
    "file": "glenlochy-learning-review-child-z.pdf", "producer": "libreoffice", "markdown": d_markdown, "body_from": 1,
    "features": ["DOCX written by pandoc (Title/Subtitle/Date styles), converted by LibreOffice (untagged)",
                 "Scottish learning review wording: 'Key learning', 'Areas for improvement'",
                 "items 'AFI N' with a bold label", "child protection committee as partnership", "no cover page"],
    "cover": {"title": "Learning Review: Child Z", "child_name": "Child Z", "review_type": "learning_review",
              "area": "Glenlochy", "year": 2025, "partnership": "Glenlochy Child Protection Committee"},
    "blocks": [
        ("h1", "Background", "background", ["introduction"]),
        ("p", "Child Z, a boy aged two, was admitted to hospital in 2024 with a fractured skull. The Chief Officers "
              "Group commissioned a learning review under the national guidance for Scotland."),
        ("h1", "Review process", "methodology"),
        ("p", "The review team read agency chronologies and spoke with practitioners from health, education, social "
              "work and police. Child Z's parents chose not to take part."),
        ("h1", "Key learning", "learning"),
        ("items", "learning", [
            "The named person service was not told that Child Z's father had returned to the family home.",
            "Practitioners relied on the mother's account because she had engaged well in the past.",
            "Child Z's nursery absences were not linked to the concerns held by health visiting."],
         "bullets"),
        ("h1", "Areas for improvement", "recommendations"),
        ("items", "recommendations", [
            "The child protection committee should strengthen the sharing of information with the named person "
            "service when a parent returns home.",
            "Single agency supervision should test practitioners' reliance on a parent's previous engagement.",
            "Early learning and childcare settings should report unexplained absences of children on the child "
            "protection register on the same day."],
         "afi"),
    ],
}


# ---------- E: Larchfield CSPR Child V (Chromium): the cover is one image ----------
COVER_HTML = """<html><body style='margin:0;width:794px;height:1123px;background:#0b4f6c;font-family:Liberation Sans;
color:white'><div style='padding:120px 70px'><div style='font-size:26px'>Larchfield Safeguarding Children Partnership
</div><div style='font-size:52px;font-weight:bold;margin-top:220px'>Child Safeguarding Practice Review</div>
<div style='font-size:40px;margin-top:20px'>Child V</div><div style='font-size:22px;margin-top:80px'>January 2026</div>
</div></body></html>"""


def cover_png():
    with tempfile.TemporaryDirectory() as d:
        src, png = os.path.join(d, "c.html"), os.path.join(d, "c.png")
        open(src, "w").write(COVER_HTML)
        subprocess.run(CHROMIUM + ["--screenshot=" + png, "--window-size=794,1123", "file://" + src], check=True,
                       capture_output=True)
        return base64.b64encode(open(png, "rb").read()).decode()


def e_cover(c):
    return ("<img src='data:image/png;base64,%s' style='width:100%%;height:24cm;display:block'>"
            "<div class='pb'></div><p style='font-size:8pt'><i>%s</i></p>" % (cover_png(), INVENTED))


E_CSS = BASE_CSS % {"font": "'DejaVu Serif'", "colour": "#0b4f6c",
                    "header": "Larchfield SCP \u2013 Child Safeguarding Practice Review: Child V"}

E = {
    "file": "larchfield-cspr-child-v.pdf", "producer": "chromium", "doc_title": "LSCP_CSPR_V_final_v3",
    "features": ["cover page is a single image (no text on page 1)", "title and partnership only in the running "
                 "header of the body pages", "document title a working file name", "numbered learning, bulleted "
                 "recommendations"],
    "cover": {"title": "Child Safeguarding Practice Review: Child V", "child_name": "Child V",
              "review_type": "child_safeguarding_practice_review", "area": "Larchfield", "year": 2026,
              "partnership": "Larchfield Safeguarding Children Partnership"},
    "style": {"css": E_CSS, "cover": e_cover, "h1": plain_h1, "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child V, a girl of fifteen, was sexually exploited by a group of adult men over several months in 2024. "
              "Larchfield Safeguarding Children Partnership commissioned this review in January 2025."),
        ("h1", "What happened", "background"),
        ("p", "Child V went missing from her foster placement eleven times. On each return she was offered an interview "
              "but she spoke to a different worker each time."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Return interviews work best when the same trusted adult carries them out each time.",
            "Patterns across missing episodes were not analysed, so the links between the men were missed.",
            "Foster carers were not told enough about the risks to Child V to keep her safe."],
         "numbered"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Return interviews for a child who goes missing repeatedly should be carried out by one named worker.",
            "The missing and exploitation panel should map the associates named across all of a child's episodes.",
            "Placement plans should give foster carers the known risks of exploitation for the child placed."],
         "bullets"),
    ],
}


# ---------- F: Penhallow CSPR Baby Nia (Chromium): lettered learning, roman recommendations, call-out summary ----------
def lettered(b):
    return "<ol type='a'>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ol>"


def roman(b):
    return "<ol type='i'>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ol>"


def f_cover(c):
    return ("<div style='border-top:10px solid #c62828;margin-top:3cm;padding-top:1cm;font:bold 12pt Liberation Sans'>"
            "Penhallow Safeguarding Children Partnership</div><div style='font:26pt Liberation Sans;margin:8mm 0'>%s</div>"
            "<p>Report author: Dr Tamsin Oakridge</p><p>Publication: 12/02/2025</p><p><i>%s</i></p><div class='pb'></div>"
            % (e(c["title"]), INVENTED))


F = {
    "file": "penhallow-cspr-baby-nia.pdf", "producer": "chromium",
    "features": ["learning as a lettered list (a, b, c)", "recommendations as a roman list (i, ii, iii)",
                 "'Publication: dd/mm/yyyy' date", "'Report author: Dr' line", "summary headings in sentence case"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby Nia", "child_name": "Baby Nia",
              "review_type": "child_safeguarding_practice_review", "area": "Penhallow", "year": 2025,
              "partnership": "Penhallow Safeguarding Children Partnership"},
    "style": {"css": BASE_CSS % {"font": "'Liberation Sans'", "colour": "#c62828", "header": "Penhallow SCP"},
              "cover": f_cover, "h1": plain_h1, "items": {"lettered": lettered, "roman": roman}},
    "blocks": [
        ("h1", "Scope and terms of reference", "methodology", ["introduction"]),
        ("p", "The review considered agency involvement with Baby Nia and her parents from the booking of the pregnancy "
              "in 2023 until her death at the age of eleven weeks."),
        ("h1", "Baby Nia's story", "background"),
        ("p", "Baby Nia was born prematurely and spent three weeks in the neonatal unit. Her parents were both under "
              "twenty and lived with her maternal grandmother in a two-bedroom flat."),
        ("h1", "Analysis of practice", "findings"),
        ("p", "Discharge planning from the neonatal unit did not include a home visit, and the community midwife and the "
              "health visitor each believed that the other had given safer sleep advice."),
        ("h1", "Lessons learned", "learning"),
        ("items", "learning", [
            "Discharge from a neonatal unit is a point of high risk and needs a shared plan between hospital and "
            "community services.",
            "When two services share a task, each must know who has done it.",
            "Grandparents who care for a baby overnight should be included in safer sleep conversations."],
         "lettered"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The neonatal unit should hold a discharge planning meeting with community health services for every "
            "baby born before 34 weeks.",
            "Midwifery and health visiting should record safer sleep advice in a shared record.",
            "Safer sleep materials should be offered to every adult who cares for the baby overnight."],
         "roman"),
    ],
}


# ---------- G: Wexcombe SCR Child T (flat ODT, Writer tagged): table of recommendations, lessons ----------
G = {
    "file": "wexcombe-scr-child-t.pdf", "producer": "libreoffice", "odt": None, "tagged": True,
    "features": ["flat ODT with real Heading 1 styles, exported as tagged PDF", "'Lesson N:' learning paragraphs",
                 "recommendation table Ref | Recommendation | Lead agency | By when", "header and 'Page N of M' footer"],
    "cover": {"title": "Serious Case Review: Child T - Overview report", "child_name": "Child T", "review_type": "serious_case_review",
              "area": "Wexcombe", "year": 2019, "partnership": "Wexcombe Local Safeguarding Children Board"},
    "header": "Wexcombe LSCB - Serious Case Review Child T - OFFICIAL",
    "cover_lines": ["Wexcombe Local Safeguarding Children Board", "Serious Case Review: Child T", "Overview report",
                    "Published April 2019", INVENTED],
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child T, a boy of four, was admitted to hospital in 2017 with severe burns caused by a hot bath. His "
              "mother's partner was later convicted of neglect."),
        ("h1", "Family background", "background"),
        ("p", "Child T lived with his mother and her partner in privately rented accommodation. The family moved three "
              "times in two years and were not registered with a GP after the second move."),
        ("h1", "Lessons from this review", "learning"),
        ("items", "learning", [
            "Families who move often can fall out of universal services without anyone noticing.",
            "Registration with a GP should be checked whenever a family with young children moves into an area.",
            "Injuries to young children need an explanation that fits the injury."],
         "lessons"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Housing services should notify health visiting when a family with a child under five moves into the area.",
            "GP practices should follow up any child under five who is removed from their list.",
            "The board should audit the use of its protocol for unexplained injuries in young children."],
         "table", ["Housing", "Primary care", "LSCB"], ["June 2019", "September 2019", "December 2019"]),
    ],
}


# ---------- H: Rowanbridge CSPR Child K (pandoc DOCX -> LibreOffice): two-level numbers, pipe table ----------
def h_markdown(rep):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "subtitle: \"Rowanbridge Safeguarding Children Partnership\"",
           "date: \"Published 18 July 2025\"", "---", "", "*%s*" % INVENTED, ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["# " + b[1], ""]
        elif b[0] == "h2":
            out += ["## " + b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "items" and b[3] == "pipe":
            out += ["| No. | Recommendation |", "|----|------------------------------------------|"]
            out += ["| %d | %s |" % (i + 1, t) for i, t in enumerate(b[2])] + [""]
        elif b[0] == "items":
            out += ["%d.  %s" % (i + 1, t) for i, t in enumerate(b[2])] + [""]
    return "\n".join(out)


H = {
    "file": "rowanbridge-cspr-child-k.pdf", "producer": "libreoffice", "markdown": h_markdown, "body_from": 1,
    "features": ["DOCX written by pandoc, converted by LibreOffice", "numbered headings '1 Introduction', '2.1 ...'",
                 "sub-headings under the findings chapter", "recommendations in a pipe table No. | Recommendation",
                 "'Published dd Month yyyy' as the date line"],
    "cover": {"title": "Child Safeguarding Practice Review: Child K", "child_name": "Child K",
              "review_type": "child_safeguarding_practice_review", "area": "Rowanbridge", "year": 2025,
              "partnership": "Rowanbridge Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1 Introduction", "introduction"),
        ("p", "Child K, aged six, was found by police living in a home without heating or food in the winter of 2024. "
              "His mother was in hospital and he had been alone for two days."),
        ("h1", "2 Findings", "findings"),
        ("h2", "2.1 Early help"),
        ("p", "The family had been offered early help twice but the offers were closed when the mother did not reply."),
        ("h2", "2.2 School attendance"),
        ("p", "Child K's school attendance dropped sharply in the term before he was found, but no home visit was made."),
        ("h1", "3 Learning", "learning"),
        ("items", "learning", [
            "Closing early help because a parent does not reply leaves the child without support.",
            "A sudden fall in attendance for a young child should lead to a home visit.",
            "Parents with a single point of support are vulnerable when that support is lost."],
         "numbered"),
        ("h1", "4 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Early help services should not close a referral for a child under eight without seeing the child.",
            "Schools should make a home visit within three days when a young child's attendance falls sharply.",
            "The partnership should publish guidance on planning for children of lone parents admitted to hospital."],
         "pipe"),
    ],
}


def g_odt(rep):
    from odt import fodt
    return fodt(rep)


G["odt"] = g_odt

REPORTS = [A, B, C, D, E, F, G, H]
