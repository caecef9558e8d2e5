"""Batch 10 (issue 9, held out, written before any rule change of its round): seven invented reports from templates
and looks not yet in batch1-9: a Word-like DOCX (pandoc -> LibreOffice) with a numbered multi-level outline and
'Key Learning Point N' call-outs, a Chromium report whose recommendations are a three-column table with 'Agency' first,
a pandoc -> pdflatex report with a learning description list and running headers that repeat the section name, a
Writer report with lettered (a) (b) (c) recommendations under each 'Theme N' heading, a two-column newsletter-style
briefing with a masthead and no cover, a Welsh single unified safeguarding review with 'Action N:' labels, and a
Writer tagged Northern Ireland case management review with 'Learning point' / 'Recommendation' table rows."""
from e2e import e, INVENTED
from batch3 import BASE_CSS, bullets, numbered


def plain_h1(h):
    return "<h1>%s</h1>" % e(h)


# ---------- A: Thistlebrook LCSPR Child E (pandoc DOCX -> LibreOffice): multi-level outline, Key Learning Point call-outs ----------
def a_markdown(rep):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "subtitle: \"%s\"" % c["partnership"],
           "date: \"Published 9 September 2025\"", "---", "", "*%s*" % INVENTED, "",
           "Independent reviewer: Harriet Okonkwo-Bell", "", "```{=openxml}",
           '<w:p><w:r><w:br w:type="page"/></w:r></w:p>', "```", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["# " + b[1], ""]
        elif b[0] == "h2":
            out += ["## " + b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "items" and b[3] == "callouts":
            for n, t in zip(b[4], b[2]):
                out += ["> **Key Learning Point %d:** %s" % (n, t), ""]
                if n in b[5]:
                    out += [b[5][n], ""]
        elif b[0] == "items" and b[3] == "numbered":
            out += ["%d.  %s" % (i + 1, t) for i, t in enumerate(b[2])] + [""]
        elif b[0] == "items":
            out += ["- " + t for t in b[2]] + [""]
    return "\n".join(out)


A = {
    "file": "thistlebrook-lcspr-child-e.pdf", "producer": "libreoffice", "markdown": a_markdown,
    "features": ["Word-like DOCX written by pandoc, converted by LibreOffice (Heading 1 / Heading 2 styles)",
                 "numbered multi-level outline typed into the headings ('1.', '3.1', '4.2')",
                 "each learning point a 'Key Learning Point N:' call-out (Block Text style) after a '4.N' sub-heading",
                 "numbered recommendations"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child E", "child_name": "Child E",
              "review_type": "child_safeguarding_practice_review", "area": "Thistlebrook", "year": 2025,
              "partnership": "Thistlebrook Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("h2", "1.1 Why this review was held"),
        ("p", "Child E, a boy of four, was taken to hospital in 2024 with a broken arm and old bruising. His mother's "
              "partner was later charged with assault."),
        ("h2", "1.2 Scope"),
        ("p", "The review covers the eighteen months before the injury and the work of health, early years, police and "
              "children's social care."),
        ("h1", "2. Methodology", "methodology"),
        ("p", "The reviewer read chronologies from six agencies, met practitioners in two workshops and spoke with "
              "Child E's grandmother."),
        ("h1", "3. Background", "background"),
        ("h2", "3.1 The family"),
        ("p", "Child E lived with his mother and her new partner, who moved into the home when Child E was three. His "
              "father lived in another county and saw him rarely."),
        ("h2", "3.2 Agency involvement"),
        ("p", "The nursery recorded three small bruises in two months and accepted the mother's explanations. A "
              "police call about shouting at the home was closed without a referral."),
        ("h1", "4. Findings and learning", "learning", ["findings"]),
        ("h2", "4.1 A new adult in the household"),
        ("p", "No agency asked who the mother's partner was or checked what was known about him."),
        ("items", "learning", [
            "When a new adult joins a household, practitioners should find out who they are and what role they have "
            "in caring for the child.",
            "Minor injuries recorded one at a time can hide a pattern; settings should look back over their own "
            "records each time.",
            "A police call about a domestic incident where a young child lives should be shared with health and "
            "early years."],
         "callouts", [1, 2, 3],
         {1: "## 4.2 Patterns of minor injury", 2: "## 4.3 Information from the police"}),
        ("h1", "5. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should publish guidance on assessing new partners who join a household with young "
            "children.",
            "Early years settings should keep a body map record and review it whenever a new mark is seen.",
            "The police should notify the health visitor of every domestic incident at an address where a child "
            "under five lives."],
         "numbered"),
    ],
}


# ---------- B: Penmarsh CSPR Baby J (Chromium): recommendations table Agency | Recommendation | Timescale ----------
B_CSS = BASE_CSS % {"font": "'Liberation Sans'", "colour": "#1565c0", "header": "Penmarsh Safeguarding Partnership"} + """
h1{border-bottom:2px solid #1565c0;padding-bottom:3px}
table.recs th{background:#1565c0;color:white}
"""


def b_cover(c):
    return ("<div style='margin-top:4cm;border-left:8px solid #1565c0;padding-left:14px'><div style='font:13pt "
            "Liberation Sans'>Penmarsh Safeguarding Partnership</div><div style='font:bold 26pt Liberation Sans;"
            "margin:8mm 0'>%s</div><div>Date of publication: 21 February 2024</div><div>Lead reviewer: Tomasz "
            "Greenhalgh</div></div><p style='margin-top:2cm'><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


def agency_table(b):
    rows = "".join("<tr><td style='width:22%%'>%s</td><td>%s</td><td style='width:18%%'>%s</td></tr>" % (e(a), e(t), e(w))
                   for a, t, w in zip(b[4], b[2], b[5]))
    return "<table class='recs'><tr><th>Agency</th><th>Recommendation</th><th>Timescale</th></tr>%s</table>" % rows


B = {
    "file": "penmarsh-cspr-baby-j.pdf", "producer": "chromium",
    "features": ["recommendations in a three-column table Agency | Recommendation | Timescale (agency first)",
                 "'Date of publication:' line", "learning bullets under 'Learning from this review'",
                 "good practice bullets", "header partnership, footer Page N of M"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby J", "child_name": "Baby J",
              "review_type": "child_safeguarding_practice_review", "area": "Penmarsh", "year": 2024,
              "partnership": "Penmarsh Safeguarding Partnership"},
    "style": {"css": B_CSS, "cover": b_cover, "h1": plain_h1,
              "items": {"agency": agency_table, "bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Baby J was a girl of seven weeks who was admitted to hospital in 2023 with a skull fracture. Her parents "
              "gave no explanation for the injury."),
        ("h1", "Background", "background"),
        ("p", "Baby J's mother was nineteen and had been in care herself. Her father had a learning difficulty. The "
              "couple lived in a supported housing flat where staff visited twice a week."),
        ("p", "The health visitor saw Baby J at ten days and recorded no concerns. Housing staff noticed that the "
              "father was struggling to settle the baby but did not tell anyone."),
        ("h1", "Learning from this review", "learning"),
        ("items", "learning", [
            "Young parents who were in care themselves may need more support after the birth, and this should be "
            "planned before the baby arrives.",
            "Housing support staff see families often and need to know how to share worries about a baby.",
            "A parent's learning difficulty should lead to an assessment of the support they need, not an assumption "
            "that another adult will cope."],
         "bullets"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The hospital's child protection team held a strategy discussion within hours of the admission.",
            "The leaving care personal adviser stayed in touch with the mother throughout."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Make sure every care leaver who is pregnant has a pre-birth plan agreed with the leaving care team.",
            "Train supported housing staff to recognise and report worries about a baby's care.",
            "Offer a learning disability assessment to any parent who may need one before the baby is discharged.",
            "Check that the partnership's pre-birth protocol names the leaving care and housing services."],
         "agency", ["Children's social care", "Housing", "Health", "Partnership"],
         ["June 2024", "September 2024", "April 2024", "July 2024"]),
    ],
}


# ---------- C: Ashdown Mere SCR Child Y (pandoc -> pdflatex): description list, running section headers ----------
C_HEAD = ["header-includes:", "  - \\hyphenpenalty=10000", "  - \\exhyphenpenalty=10000", "  - \\raggedright",
          "  - \\usepackage{fancyhdr}", "  - \\pagestyle{fancy}", "  - \\fancyhead[L]{\\leftmark}",
          "  - \\fancyhead[R]{Ashdown Mere SCR Child Y}", "  - \\fancyfoot[C]{\\thepage}"]


def c_markdown(rep):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "author: \"%s\"" % c["partnership"], "date: \"January 2019\"",
           "numbersections: true", "geometry: margin=2.6cm", "fontsize: 11pt", "papersize: a4"] + C_HEAD + [
           "---", "", "*%s*" % INVENTED, ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["# " + b[1].split(" ", 1)[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "items" and b[3] == "described":
            for term, t in zip(b[4], b[2]):
                out += [term, ":   " + t, ""]
        elif b[0] == "items" and b[3] == "numbered":
            out += ["%d.  %s" % (i + 1, t) for i, t in enumerate(b[2])] + [""]
        elif b[0] == "items":
            out += ["- " + t for t in b[2]] + [""]
    return "\n".join(out)


C = {
    "file": "ashdown-mere-scr-child-y.pdf", "producer": "pdflatex", "latex": True, "markdown": c_markdown,
    "body_from": 1,
    "features": ["pandoc -> LaTeX -> pdflatex, numbered sections, title block on page 1",
                 "running header repeating the current section name in capitals (fancyhdr \\leftmark)",
                 "learning as a description list whose terms are theme names (no 'Learning point' label)",
                 "numbered recommendations"],
    "cover": {"title": "Serious Case Review: Child Y", "child_name": "Child Y", "review_type": "serious_case_review",
              "area": "Ashdown Mere", "year": 2019, "partnership": "Ashdown Mere Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "1 Introduction", "introduction"),
        ("p", "Child Y, a girl of fifteen, took an overdose in 2017 after months of sexual exploitation by a group of "
              "older men. She survived. The local safeguarding children board commissioned this serious case review."),
        ("p", "Child Y had been reported missing from home eleven times in the six months before the overdose, and "
              "each time she returned within two days. Her mother asked for help on several occasions. " * 2),
        ("h1", "2 Methodology", "methodology"),
        ("p", "The review used a systems approach. The lead reviewer held conversations with practitioners from the "
              "police, the school, the missing children service and the child and adolescent mental health service, "
              "and read the records of each agency. " * 3),
        ("h1", "3 Background", "background"),
        ("p", "Child Y lived with her mother and younger brother. She was doing well at school until year nine, when "
              "her attendance fell and she began spending time in the town centre late at night. Youth workers saw "
              "her in cars with older men. " * 4),
        ("p", "Return home interviews were offered after four of the missing episodes; Child Y took up one of them "
              "and said she had been with friends. " * 3),
        ("h1", "4 Learning", "learning"),
        ("p", "The review identified the following learning, grouped by theme."),
        ("items", "learning", [
            "Repeated short missing episodes are a warning sign of exploitation and should be looked at together, "
            "not one at a time.",
            "A parent who keeps asking for help is giving agencies information about risk and should be treated as a "
            "partner in the plan.",
            "Young people who are being exploited often do not see themselves as victims, and a refusal to talk is "
            "not a reason to close the case."],
         "described", ["Missing episodes", "Listening to parents", "Engagement"]),
        ("h1", "5 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The board should ask the police and children's services to review together every child missing three "
            "times in ninety days.",
            "Children's services should invite parents of exploited children to every strategy meeting.",
            "Commissioners should make sure that return home interviews can be offered more than once and by a "
            "worker the young person knows."],
         "numbered"),
    ],
}


# ---------- D: Coldharbour Reach CSPR Child F (Writer HTML): 'Theme N' headings, (a) (b) (c) recommendations ----------
D_CSS = """
body{font-family:'Liberation Serif';font-size:11.5pt}
h1{font-family:'DejaVu Sans';font-size:14pt;font-weight:bold;color:#4e342e}
p.rec{margin-left:1cm;text-indent:-0.8cm}
p.t1{font-family:'DejaVu Sans';font-size:22pt;font-weight:bold;margin-top:5cm;text-align:center}
p.c{text-align:center}
"""


def d_cover(c):
    return ("<p class='c'>Coldharbour Reach Safeguarding Children Partnership</p><p class='t1'>%s</p>"
            "<p class='c'>Published: 30 April 2025</p><p class='c'>Independent reviewer: Niamh Castellano</p>"
            "<p class='c'><i>%s</i></p>" % (e(c["title"]), INVENTED))


def d_h1(h):
    brk = " style='page-break-before:always'" if h == "Introduction" else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


def lettered(b):
    return "".join("<p class='rec'>(%s)&#160;&#160;%s</p>" % ("abcdefgh"[i + b[4]], e(t)) for i, t in enumerate(b[2]))


D = {
    "file": "coldharbour-reach-cspr-child-f.pdf", "producer": "libreoffice",
    "features": ["HTML opened in LibreOffice Writer (untagged)", "'Theme N: statement' headings, each with its own "
                 "findings paragraph and '(a)', '(b)' lettered recommendations (letters running on)",
                 "no separate recommendations section", "'Summary of learning' bullets at the end"],
    "cover": {"title": "Child Safeguarding Practice Review: Child F", "child_name": "Child F",
              "review_type": "child_safeguarding_practice_review", "area": "Coldharbour Reach", "year": 2025,
              "partnership": "Coldharbour Reach Safeguarding Children Partnership"},
    "style": {"css": D_CSS, "cover": d_cover, "h1": d_h1, "items": {"letters": lettered, "bullets": bullets}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child F, a boy of thirteen, was stabbed near his home in 2024. He had been going missing and was "
              "carrying drugs for older boys. He recovered from his injuries."),
        ("h1", "Background", "background"),
        ("p", "Child F lived with his mother and three sisters. He had been permanently excluded from his secondary "
              "school and attended a pupil referral unit for two hours a day."),
        ("h1", "Theme 1: Reduced timetables left Child F unsupervised", "findings"),
        ("p", "For five months Child F was out of education for most of each school day. Nobody was responsible for "
              "knowing where he was."),
        ("items", "recommendations", [
            "The local authority should keep a register of every child on a reduced timetable and review it monthly.",
            "Pupil referral units should agree a plan for the rest of the school day with the parent and the "
            "allocated worker."],
         "letters", 0),
        ("h1", "Theme 2: Exploitation was seen as behaviour", "findings"),
        ("p", "Agencies described Child F as choosing to associate with older boys. The word exploitation was first "
              "used in the records after the stabbing."),
        ("items", "recommendations", [
            "The partnership should use the same exploitation screening tool in every agency.",
            "Records should describe what happens to a child, not what the child is said to choose."],
         "letters", 2),
        ("h1", "Theme 3: Mother's requests for help went unanswered", "findings"),
        ("p", "Child F's mother rang the school, the police and children's services to say she was frightened for him."),
        ("items", "recommendations", [
            "Children's services should give parents of children at risk of exploitation a named contact."],
         "letters", 4),
        ("h1", "Summary of learning", "learning"),
        ("items", "learning", [
            "A reduced timetable is a safeguarding decision as well as an education decision.",
            "The language used in records shapes how risk is understood by the next reader.",
            "Parents are often the first to see exploitation and must be heard."],
         "bullets"),
    ],
}


# ---------- E: Kelderby learning briefing (Chromium): two-column newsletter, masthead, no cover ----------
E_CSS = """
@page{size:A4;margin:1.6cm 1.8cm;@bottom-center{content:counter(page);font:8pt 'DejaVu Sans'}}
body{font:9.5pt/1.4 'DejaVu Sans';margin:0}
.mast{background:#2e7d32;color:white;padding:10px 14px;margin-bottom:8px}
.mast .n{font:bold 22pt 'DejaVu Serif'}.mast .s{font:10pt 'DejaVu Sans'}
.cols{column-count:2;column-gap:8mm;column-rule:1px solid #a5d6a7}
h1{font:bold 12pt 'DejaVu Serif';color:#2e7d32;margin:10px 0 4px;break-after:avoid}
.pull{font:italic 11pt 'DejaVu Serif';color:#2e7d32;border-top:2px solid #2e7d32;border-bottom:2px solid #2e7d32;
 padding:5px 0;margin:8px 0}
li{margin-bottom:3px}
.pb{break-before:page}
"""


def e_cover(c):
    return ("<div class='mast'><div class='s'>Kelderby Safeguarding Children Partnership &#183; Learning Briefing "
            "&#183; Issue 7 &#183; Autumn 2025</div><div class='n'>%s</div></div><p><i>%s</i></p><div class='cols'>"
            % (e(c["title"]), INVENTED))


E = {
    "file": "kelderby-cspr-child-c-briefing.pdf", "producer": "chromium", "columns": True, "body_from": 1,
    "features": ["newsletter-style learning briefing: masthead band on page 1, no cover page",
                 "body in two columns with a column rule", "italic pull quote between sections",
                 "learning and good practice bullets, numbered recommendations", "bare page number footer"],
    "cover": {"title": "Child Safeguarding Practice Review: Child C", "child_name": "Child C",
              "review_type": "child_safeguarding_practice_review", "area": "Kelderby", "year": 2025,
              "partnership": "Kelderby Safeguarding Children Partnership"},
    "doc_title": "Kelderby learning briefing issue 7",
    "style": {"css": E_CSS, "cover": e_cover, "h1": plain_h1, "items": {"bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "About this briefing", "introduction"),
        ("p", "This briefing summarises a local child safeguarding practice review about Child C, a girl of eleven "
              "who was found to be living in a home with no heating, little food and a parent who was severely "
              "depressed. It is for every practitioner who works with children and families in Kelderby."),
        ("h1", "What happened", "background"),
        ("p", "Child C lived with her father, who had stopped working after a back injury. She missed school often "
              "and was described by teachers as quiet and tired. Her father missed his own health appointments and "
              "the family's benefits were stopped for several months. " * 2),
        ("p", "A neighbour called the police when Child C was seen looking for food in bins. Officers found the house "
              "cold and dirty and her father unable to get out of bed."),
        ("raw", "<div class='pull'>&#8220;Nobody asked me what it was like at home.&#8221;</div>"),
        ("h1", "What we learned", "learning"),
        ("items", "learning", [
            "A parent's mental ill health can leave a child without care even when there is no intent to harm.",
            "Persistent absence from school is often the first sign that something has changed at home.",
            "Money problems and benefit sanctions can tip a struggling family into neglect.",
            "Children are often loyal to a parent who is unwell and will not raise concerns themselves."],
         "bullets"),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "The police officers arranged emergency care for Child C with her aunt that night.",
            "Adult mental health services saw her father within a week of the referral."],
         "bullets"),
        ("h1", "What needs to happen now", "recommendations"),
        ("items", "recommendations", [
            "Schools should visit the home of any child whose attendance falls below eighty per cent for a term.",
            "Adult mental health services should ask every patient who they care for.",
            "The partnership should work with the welfare rights service to spot families whose benefits have "
            "stopped."],
         "numbered"),
        ("raw", "</div>"),
    ],
}


# ---------- F: Gorllewin Tawe SUSR (Chromium): Welsh single unified safeguarding review, 'Action N:' labels ----------
F_CSS = BASE_CSS % {"font": "'DejaVu Sans'", "colour": "#b71c1c", "header": "Gorllewin Tawe RSB - SUSR 03/2025"} + """
h1{background:#fbe9e7;padding:4px 8px}
.act{margin:6px 0}.act b{color:#b71c1c}
"""


def f_cover(c):
    return ("<div style='margin-top:3cm'><div style='font:bold 13pt DejaVu Sans;color:#b71c1c'>Gorllewin Tawe Regional "
            "Safeguarding Board</div><div style='font:12pt DejaVu Sans'>Bwrdd Diogelu Rhanbarthol Gorllewin Tawe</div>"
            "<div style='font:bold 24pt DejaVu Sans;margin:10mm 0 4mm'>%s</div><div style='font:13pt DejaVu Sans'>"
            "Adolygiad Diogelu Unedig Sengl</div><p>Reference: GTRSB SUSR 03/2025</p><p>Date published: 12 March "
            "2025</p><p><i>%s</i></p></div><div class='pb'></div>" % (e(c["title"]), INVENTED))


def actions(b):
    return "".join("<p class='act'><b>Action %d:</b> %s</p>" % (i + 1, e(t)) for i, t in enumerate(b[2]))


F = {
    "file": "gorllewin-tawe-susr-child-x.pdf", "producer": "chromium",
    "features": ["Welsh single unified safeguarding review wording (regional safeguarding board, SUSR reference)",
                 "bilingual cover lines", "shaded heading bars", "'Practice and organisational learning' bullets",
                 "'Action N:' bold run-in labels under 'Actions to improve systems and practice'"],
    "cover": {"title": "Single Unified Safeguarding Review: Child X", "child_name": "Child X",
              "review_type": "single_unified_safeguarding_review", "area": "Gorllewin Tawe", "year": 2025,
              "partnership": "Gorllewin Tawe Regional Safeguarding Board"},
    "style": {"css": F_CSS, "cover": f_cover, "h1": plain_h1, "items": {"actions": actions, "bullets": bullets}},
    "blocks": [
        ("h1", "Circumstances resulting in the review", "introduction", ["background"]),
        ("p", "Child X, a boy of nine months, died in 2024 after being found unresponsive in a cot with bedding and "
              "a bottle propped on a pillow. His mother had been in contact with adult and children's services."),
        ("h1", "Period of the review and process", "methodology"),
        ("p", "The review considered the two years before Child X's death and followed the Wales single unified "
              "safeguarding review process, with a learning event for practitioners."),
        ("h1", "What the review found", "findings"),
        ("p", "Safer sleep advice was given at birth but not repeated after the family moved to a new address. The "
              "mother's depression was treated by her GP, who did not know that she had a baby."),
        ("h1", "Practice and organisational learning", "learning"),
        ("items", "learning", [
            "Safer sleep advice should be repeated when a family moves home or their circumstances change.",
            "GPs treating a parent's mental health need to know about the children in the household.",
            "Bottle propping is a risk that should be covered in every conversation about feeding."],
         "bullets"),
        ("h1", "Actions to improve systems and practice", "recommendations"),
        ("items", "recommendations", [
            "The health board should add a safer sleep conversation to every new birth visit after a change of "
            "address.",
            "Primary care should record dependent children on the record of every adult treated for depression.",
            "The regional board should publish a bilingual leaflet on safe feeding and bottle propping."],
         "actions"),
    ],
}


# ---------- G: Lisnaharra CMR Child D (Writer HTML, tagged): NI case management review, two-row-type table ----------
G_CSS = """
body{font-family:'Liberation Sans';font-size:10.5pt}
h1{font-family:'Liberation Sans';font-size:13pt;font-weight:bold;color:#004d40;text-transform:uppercase}
p.t1{font-size:22pt;font-weight:bold;margin-top:4cm}
"""


def g_cover(c):
    return ("<p>SAFEGUARDING BOARD FOR NORTHERN IRELAND</p><p class='t1'>%s</p><p>Lisnaharra Health and Social Care "
            "Trust area</p><p>Published: November 2022</p><p>Chair of the CMR panel: Declan Fairweather</p>"
            "<p><i>%s</i></p>" % (e(c["title"]), INVENTED))


def g_h1(h):
    brk = " style='page-break-before:always'" if h.startswith("1.") else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


def paired_table(b):
    rows = "".join("<tr><td width='22%%'><b>%s %d</b></td><td>%s</td></tr>" % (b[4], i + 1, e(t))
                   for i, t in enumerate(b[2]))
    return "<table width='100%%' border='1' cellpadding='5' cellspacing='0'>%s</table>" % rows


G = {
    "file": "lisnaharra-cmr-child-d.pdf", "producer": "libreoffice", "tagged": True,
    "features": ["LibreOffice Writer tagged PDF (HTML opened in Writer)", "Northern Ireland case management review "
                 "wording ('Chair of the CMR panel', trust area line)", "headings in capitals via CSS text-transform",
                 "learning and recommendations as two-column tables with no header row, bold 'Learning point N' / "
                 "'Recommendation N' in the first column"],
    "cover": {"title": "Case Management Review: Child D", "child_name": "Child D",
              "review_type": "case_management_review", "area": "Northern Ireland", "year": 2022,
              "partnership": "Safeguarding Board for Northern Ireland"},
    "style": {"css": G_CSS, "cover": g_cover, "h1": g_h1, "items": {"paired": paired_table}},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "Child D, a girl of six, was admitted to hospital in 2021 with severe dental decay and head lice, and "
              "was found to be well below the expected weight for her age."),
        ("h1", "2. Background", "background"),
        ("p", "Child D lived with her father and grandmother. The family had been known to the trust's family support "
              "service for three years, and the case had been opened and closed four times."),
        ("h1", "3. Learning", "learning"),
        ("items", "learning", [
            "Repeated referrals that are closed after short pieces of work should trigger a review of the whole "
            "history.",
            "Dental neglect is a form of neglect and should be recorded and shared as such.",
            "School nurses should be told when a child on their caseload has been referred to social services."],
         "paired", "Learning point"),
        ("h1", "4. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The trust should review every family referred four or more times in three years.",
            "Dental services should use the regional neglect pathway when a child has untreated decay.",
            "The SBNI should ask schools and the trust to agree how referrals are shared with school nurses."],
         "paired", "Recommendation"),
    ],
}

REPORTS = [A, B, C, D, E, F, G]
