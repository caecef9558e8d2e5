"""Batch 9 (issue 9, held out): eight invented reports from producers, templates and looks not yet in the batches:
a Writer report whose headings look like body text (only the outline says they are headings) with 'N.M' numbered
paragraphs, a Chromium report in two CSS columns with bordered learning boxes, two pandoc -> LaTeX (pdflatex)
reports (numbered sections with a longtable; a description list of 'Learning point N' labels and '(a)' lists), a Welsh
extended child practice review with a recommendation table over a page break, a Scottish learning review with
labelled shaded boxes and 'Recommendation N' labels above their text, a 7-minute briefing whose question headings are
styled paragraphs, and a Writer tagged report with learning in a two-column table."""
import copy
from e2e import e, INVENTED
from odt import fodt
from batch3 import BASE_CSS, bullets, numbered


def plain_h1(h):
    return "<h1>%s</h1>" % e(h)


# ---------- A: Dunmore Vale CSPR Child B (flat ODT, untagged): headings look like body text; outline only ----------
def a_odt(rep):
    out = fodt(rep)
    # Heading 1 in the body font and size, not bold: only the outline (bookmarks) marks the headings.
    return (out.replace('style:font-name="DejaVu Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#7a1f1f"',
                        'style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:font-weight="normal" '
                        'fo:color="#000000" style:text-underline-style="solid" style:text-underline-width="auto" '
                        'style:text-underline-color="font-color"'))


A = {
    "file": "dunmore-vale-cspr-child-b.pdf", "producer": "libreoffice", "odt": a_odt,
    "features": ["flat ODT, untagged PDF with an outline (bookmarks)", "headings in the body font and size, underlined,"
                 " not bold", "every paragraph numbered 'N.M' (learning 4.1, 4.2 ...; recommendations 5.1 ...)",
                 "header and 'Page N of M' footer"],
    "cover": {"title": "Child Safeguarding Practice Review: Child B", "child_name": "Child B",
              "review_type": "child_safeguarding_practice_review", "area": "Dunmore Vale", "year": 2024,
              "partnership": "Dunmore Vale Safeguarding Children Partnership"},
    "header": "Dunmore Vale SCP - CSPR Child B",
    "cover_lines": ["Dunmore Vale Safeguarding Children Partnership", "Child Safeguarding Practice Review: Child B",
                    "Published October 2024", "Independent reviewer: Gareth Penhaligon", INVENTED],
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("np", "1.1", "Child B, a girl aged eight, was admitted to hospital in 2023 weighing less than the lowest "
                      "centile for her age. Her three younger brothers were also found to be underweight."),
        ("np", "1.2", "Dunmore Vale Safeguarding Children Partnership decided that the case met the criteria for a "
                      "local child safeguarding practice review."),
        ("h1", "2. Method", "methodology"),
        ("np", "2.1", "The reviewer read agency reports, met practitioners twice and spoke with Child B's father. The "
                      "review period runs from the birth of the youngest child to the admission."),
        ("h1", "3. Child B and her family", "background"),
        ("np", "3.1", "Child B lived with her parents and brothers in a rural village. The family had no car and the "
                      "nearest surgery was eleven miles away by an infrequent bus."),
        ("np", "3.2", "Child B was educated at home from the age of six. Nobody from education saw her for eighteen "
                      "months before the admission."),
        ("h1", "4. Learning", "learning"),
        ("items", "learning", [
            "Elective home education removes the most regular contact a child has with a trusted adult outside the "
            "family, so the local authority should know how the child is.",
            "Rural isolation and poverty made it hard for the family to attend appointments, and this was recorded as "
            "non-engagement.",
            "Growth that falls across centiles is a sign of neglect that needs an explanation from the whole family's "
            "circumstances."],
         "nm", "4"),
        ("h1", "5. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The local authority should visit every electively home educated child known to children's social care "
            "within a month of the parents' notice.",
            "Health services should offer home visits when a family cannot travel to appointments and should not "
            "close a case for non-attendance without asking why.",
            "The partnership should update its neglect toolkit to include growth charts and rural isolation."],
         "nm", "5"),
    ],
}


# ---------- B: Brightwater LCSPR Amara (Chromium): body in two CSS columns, bordered learning boxes ----------
B_CSS = BASE_CSS % {"font": "'DejaVu Sans'", "colour": "#00796b", "header": "Brightwater SCP | LCSPR Amara"} + """
body{font-size:9.5pt}.cols{column-count:2;column-gap:9mm;column-fill:auto}
h1{font-size:12.5pt;break-after:avoid}
.box{border:1.5pt solid #00796b;padding:5px 7px;margin:7px 0;break-inside:avoid}
"""


def b_cover(c):
    return ("<div style='height:3cm'></div><div style='font:bold 12pt DejaVu Sans;color:#00796b'>Brightwater "
            "Safeguarding Children Partnership</div><div style='font:bold 25pt DejaVu Sans;margin:6mm 0 12mm'>%s</div>"
            "<p>Published: 14 May 2025</p><p>Lead reviewer: Ffion Hartigan</p><p><i>%s</i></p><div class='pb'></div>"
            "<div class='cols'>" % (e(c["title"]), INVENTED))


def boxes(b):
    return "".join("<div class='box'>%s</div>" % e(t) for t in b[2])


B = {
    "file": "brightwater-lcspr-amara.pdf", "producer": "chromium", "columns": True,
    "features": ["body pages in two CSS columns (column-count)", "learning points in bordered boxes (no fill, no label)",
                 "good practice bullets under 'What went well'", "numbered recommendations in the second column"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Amara", "child_name": "Amara",
              "review_type": "child_safeguarding_practice_review", "area": "Brightwater", "year": 2025,
              "partnership": "Brightwater Safeguarding Children Partnership"},
    "style": {"css": B_CSS, "cover": b_cover, "h1": plain_h1,
              "items": {"boxes": boxes, "bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Amara was a girl of fourteen who was found to have been groomed online by an adult man in 2024. She "
              "told a teacher what had happened after a lesson about online safety."),
        ("p", "The partnership commissioned this review because several agencies had known Amara was spending long "
              "hours online at night and that her mood had changed."),
        ("h1", "Background", "background"),
        ("p", "Amara lived with her mother and two older sisters. Her mother worked night shifts as a care assistant "
              "and the sisters looked after Amara in the evenings."),
        ("p", "Amara's school noticed that she was tired in lessons and that her grades had fallen. Her GP saw her twice "
              "with headaches and low mood and referred her to the emotional wellbeing service."),
        ("h1", "Learning", "learning"),
        ("p", "The review found the following learning for practitioners."),
        ("items", "learning", [
            "A sudden change in a young person's mood and sleep can be a sign of online abuse and should lead to a "
            "conversation about who they talk to online.",
            "Referrals for low mood should say what the referrer has already asked about risks outside the home.",
            "Parents who work at night need advice on keeping children safe online that fits their working pattern."],
         "boxes"),
        ("h1", "What went well", "good_practice"),
        ("items", "good_practice", [
            "The teacher listened to Amara and made a referral on the same day.",
            "The police secured evidence from Amara's phone quickly and kept her informed."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Schools should include questions about online contacts in every pastoral conversation about tiredness or "
            "falling grades.",
            "The emotional wellbeing service should ask about online harm in its first assessment.",
            "The partnership should produce online safety advice for parents who work shifts."],
         "numbered"),
        ("raw", "</div>"),
    ],
}


# ---------- C: Ellesmere Moor SCR Child W (pandoc -> LaTeX, pdflatex): numbered sections, longtable ----------
LATEX_HEAD = ["header-includes:", "  - \\hyphenpenalty=10000", "  - \\exhyphenpenalty=10000", "  - \\raggedright"]


def c_markdown(rep):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "author: \"%s\"" % c["partnership"], "date: \"Published March 2020\"",
           "numbersections: true", "geometry: margin=2.5cm", "fontsize: 11pt"] + LATEX_HEAD + ["---", "",
           "*%s*" % INVENTED, ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["# " + b[1].split(" ", 1)[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "items" and b[3] == "longtable":
            out += ["| Ref | Recommendation | Lead agency |", "|---|-----------------------------|--------|"]
            out += ["| %d | %s | %s |" % (i + 1, t, a) for i, (t, a) in enumerate(zip(b[2], b[4]))] + [""]
        elif b[0] == "items" and b[3] == "numbered":
            out += ["%d.  %s" % (i + 1, t) for i, t in enumerate(b[2])] + [""]
        elif b[0] == "items":
            out += ["- " + t for t in b[2]] + [""]
    return "\n".join(out)


C = {
    "file": "ellesmere-moor-scr-child-w.pdf", "producer": "pdflatex", "latex": True, "markdown": c_markdown,
    "body_from": 1,
    "features": ["pandoc -> LaTeX -> pdflatex (Computer Modern, numbered sections '1 Introduction')",
                 "title block on page 1 (no cover page)", "learning as an enumerate list", "good practice itemize",
                 "recommendations in a pandoc table (booktabs longtable) Ref | Recommendation | Lead agency"],
    "cover": {"title": "Serious Case Review: Child W", "child_name": "Child W", "review_type": "serious_case_review",
              "area": "Ellesmere Moor", "year": 2020,
              "partnership": "Ellesmere Moor Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1 Introduction", "introduction"),
        ("p", "Child W was a boy aged eleven months who died in 2018 from a head injury. His father was later "
              "convicted of his manslaughter. This serious case review was commissioned by the local safeguarding "
              "children board and completed by its successor partnership."),
        ("h1", "2 Terms of reference", "methodology"),
        ("p", "The review looked at the work of agencies from the start of the mother's pregnancy to Child W's death. "
              "It asked how well agencies understood the role of the father and the risks he posed."),
        ("h1", "3 Family circumstances", "background"),
        ("p", "Child W's mother was twenty and his father twenty-three. The father had a history of violence towards a "
              "previous partner and had spent time in custody. The couple lived with the paternal grandmother for "
              "the first months of Child W's life, then moved to a flat of their own."),
        ("p", "Health visitors saw Child W at the expected contacts and recorded that he was a happy, well cared for "
              "baby. The father was not present at any of these visits."),
        ("h1", "4 Learning", "learning"),
        ("items", "learning", [
            "Fathers and male carers are often invisible to services that are organised around mothers and babies.",
            "A history of violence towards a partner is relevant to the safety of a baby and should be shared with "
            "health visiting.",
            "Moves away from extended family can remove protective adults at a time of increasing stress."],
         "numbered"),
        ("h1", "5 Good practice", "good_practice"),
        ("items", "good_practice", [
            "The midwife made a thorough record of the mother's support network at booking.",
            "The hospital followed the protocol for head injuries in infants without delay."],
         "bullets"),
        ("h1", "6 Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Midwifery and health visiting should record the name and background of every adult caring for the baby.",
            "Probation should tell children's services when a person with a history of domestic abuse becomes a "
            "parent.",
            "The partnership should run a campaign for fathers on coping with a crying baby."],
         "longtable", ["Health", "Probation", "Partnership"]),
    ],
}


# ---------- D: Caerwen extended CPR Child L (flat ODT, untagged): Welsh template, table over a page break ----------
D = {
    "file": "caerwen-extended-cpr-child-l.pdf", "producer": "libreoffice", "odt": lambda rep: fodt(rep),
    "odt_heading_colour": "#005a3c",
    "table_columns": ("Ref", "Recommendation", "Lead agency", "By when"),
    "features": ["Welsh extended child practice review template headings", "bilingual cover line",
                 "recommendation table whose rows run over a page break (header row repeated)",
                 "'Learning for the region' bullets", "header board name, 'Page N of M' footer"],
    "cover": {"title": "Extended Child Practice Review: Child L", "child_name": "Child L",
              "review_type": "child_practice_review", "area": "Caerwen", "year": 2022,
              "partnership": "Caerwen Safeguarding Children Board"},
    "header": "Caerwen Safeguarding Children Board - CPR Child L",
    "cover_lines": ["Caerwen Safeguarding Children Board", "Extended Child Practice Review: Child L",
                    "Adolygiad Ymarfer Plant Estynedig", "Published July 2022", INVENTED],
    "blocks": [
        ("h1", "Brief outline of circumstances resulting in the review", "introduction", ["background"]),
        ("p", "Child L, a boy of sixteen, was stabbed in 2021 while he was being criminally exploited by a drug supply "
              "line. He survived his injuries. The board commissioned an extended child practice review under the "
              "Social Services and Well-being (Wales) Act 2014."),
        ("p", "Child L had been excluded from two schools and had been reported missing nine times in the year before "
              "the stabbing. He had been stopped by police in another force area carrying cash and two phones."),
        ("p", "His mother had asked for help several times, saying that she was frightened of the people he was "
              "spending time with. She was told that he would have to agree to any support himself."),
        ("h1", "Practice and organisational learning", "learning", ["findings"]),
        ("p", "The review identified learning in three areas: education, missing episodes and the response to parents "
              "who ask for help."),
        ("p", "Child L's exclusions took him out of the daily contact with school staff who knew him well. His "
              "alternative provision offered two hours a day, leaving long periods unsupervised."),
        ("p", "Missing episodes were treated one at a time. Return interviews were offered but Child L declined them, "
              "and there was no plan for what to do when a young person refused."),
        ("h1", "Learning for the region", "learning"),
        ("items", "learning", [
            "Exclusion from school can increase a young person's exposure to exploitation and should trigger a "
            "multi-agency discussion.",
            "A refused return interview is itself information about risk and needs a plan.",
            "Parents who ask for help with exploitation should be treated as partners in safeguarding, not as the "
            "problem."],
         "bullets"),
        ("h1", "Improving systems and practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the "
              "board and its member agencies and anticipated improvement outcomes. Each action has a lead agency and "
              "a date by which the board expects a report on progress."),
        ("p", "The board will monitor the actions through its learning and review group, which meets every two months "
              "and reports to the board. Agencies are asked to provide evidence of the difference the actions have "
              "made for children, not only that they have been completed."),
        ("items", "recommendations", [
            "Schools and the local authority should hold a multi-agency meeting before excluding a pupil known to be at "
            "risk of criminal exploitation, and should record how the risk will be managed after the exclusion.",
            "The local authority should increase alternative provision for excluded pupils at risk of exploitation to "
            "a full school day, with a named adult who checks attendance every morning.",
            "Police and the local authority should agree a plan for every young person who declines a return "
            "interview, including who will try again and how the parents will be involved.",
            "The board should publish guidance for practitioners on supporting parents who ask for help because their "
            "child is being exploited, with examples of good practice.",
            "Police should share intelligence about county lines contacts with the local authority when a young person "
            "from the area is stopped in another force area.",
            "The board should audit the use of the national referral mechanism for children from the area in twelve "
            "months' time and report the findings to the regional safeguarding board."],
         "table", ["Education", "Local authority", "Police / LA", "Board", "Police", "Board"],
         ["March 2023", "April 2023", "March 2023", "June 2023", "April 2023", "July 2023"]),
        ("h1", "Statement by reviewer", "other", ["conclusion"]),
        ("p", "I confirm that I was independent of the case and of the agencies involved, and that the review was "
              "carried out in line with the guidance for extended child practice reviews."),
    ],
}


# ---------- E: Invergarry learning review Child N (Chromium): Scottish, labelled boxes, labels above text ----------
E_CSS = BASE_CSS % {"font": "'Liberation Serif'", "colour": "#283593", "header": "Invergarry CPC - Learning Review"} + """
.lbox{background:#e8eaf6;padding:6px 9px;margin:8px 0}.lbox b{display:block;color:#283593}
.rl{font-weight:bold;color:#283593;margin:8px 0 2px}
"""


def e_cover(c):
    return ("<div style='text-align:center;margin-top:5cm'><div style='font:12pt Liberation Serif'>Invergarry Child "
            "Protection Committee</div><div style='font:bold 24pt Liberation Serif;margin:1cm 0'>%s</div>"
            "<div>May 2023</div><div>Chair of the review team: Morag Lennox</div><p><i>%s</i></p></div>"
            "<div class='pb'></div>" % (e(c["title"]), INVENTED))


def labelled_boxes(b):
    return "".join("<div class='lbox'><b>Learning point %d</b>%s</div>" % (i + 1, e(t)) for i, t in enumerate(b[2]))


def labels_above(b):
    return "".join("<p class='rl'>Recommendation %d</p><p>%s</p>" % (i + 1, e(t)) for i, t in enumerate(b[2]))


E = {
    "file": "invergarry-learning-review-child-n.pdf", "producer": "chromium",
    "features": ["Scottish learning review wording (child protection committee, chair of the review team)",
                 "each learning point in a shaded box whose first line is a bold 'Learning point N' label",
                 "'Recommendation N' bold label on its own line above the recommendation text",
                 "'What worked well' good practice bullets"],
    "cover": {"title": "Learning Review: Child N", "child_name": "Child N", "review_type": "learning_review",
              "area": "Invergarry", "year": 2023, "partnership": "Invergarry Child Protection Committee"},
    "style": {"css": E_CSS, "cover": e_cover, "h1": plain_h1,
              "items": {"boxes": labelled_boxes, "above": labels_above, "bullets": bullets}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child N, a girl aged three, was found at home with her mother, who had died of an overdose some hours "
              "earlier. Child N was dehydrated but recovered. The Chief Officers Group asked for a learning review."),
        ("h1", "Key findings", "findings"),
        ("p", "The mother's drug use was known to the alcohol and drug partnership, but Child N was not recorded as "
              "living with her. Nursery staff noticed Child N's absences but believed that she was staying with her "
              "grandmother."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Adult services should always ask whether a child lives with or is cared for by the person they support.",
            "Absence from nursery should be followed up with the parent on the same day when there are known risks at "
            "home.",
            "Lone parents who use drugs need a plan for the care of their child if they become unwell."],
         "boxes"),
        ("h1", "What worked well", "good_practice"),
        ("items", "good_practice", [
            "Neighbours who heard Child N crying were given clear advice by the police call handler.",
            "The hospital ward arranged for Child N's grandmother to stay with her throughout her admission."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The alcohol and drug partnership should record the children in the household of every adult it supports.",
            "Early learning and childcare settings should contact parents on the first day of an unexplained absence "
            "for children with a plan.",
            "The child protection committee should develop guidance on contingency planning with lone parents who use "
            "drugs."],
         "above"),
    ],
}


# ---------- F: Fenwick 7-minute briefing Child A (Chromium): question headings that are styled paragraphs ----------
F_CSS = BASE_CSS % {"font": "'Liberation Sans'", "colour": "#ad1457", "header": "Fenwick SCP - 7 minute briefing"} + """
.q{font:bold 13pt Liberation Sans;color:#ad1457;margin:14px 0 4px}
.arrow{margin:4px 0 4px 4mm}
"""


def f_cover(c):
    return ("<div style='background:#ad1457;color:white;padding:18px;margin-top:2cm'><div style='font:12pt Liberation "
            "Sans'>Fenwick Safeguarding Children Partnership</div><div style='font:bold 24pt Liberation Sans;"
            "margin-top:8px'>%s</div><div style='font:14pt Liberation Sans'>7 minute briefing</div></div>"
            "<p>Published: 6 January 2026</p><p><i>%s</i></p><div class='pb'></div>" % (e(c["title"]), INVENTED))


def q_heading(h):
    return "<p class='q'>%s</p>" % e(h)


def arrows(b):
    return "".join("<p class='arrow'>\u25b6 %s</p>" % e(t) for t in b[2])


F = {
    "file": "fenwick-cspr-child-a-briefing.pdf", "producer": "chromium",
    "features": ["7-minute briefing", "question headings as bold coloured paragraphs (tagged P, not H)",
                 "learning as paragraphs that start with a typed arrow glyph", "good practice bullets",
                 "numbered recommendations"],
    "cover": {"title": "Child Safeguarding Practice Review: Child A", "child_name": "Child A",
              "review_type": "child_safeguarding_practice_review", "area": "Fenwick", "year": 2026,
              "partnership": "Fenwick Safeguarding Children Partnership"},
    "style": {"css": F_CSS, "cover": f_cover, "h1": q_heading,
              "items": {"arrows": arrows, "bullets": bullets, "numbered": numbered}},
    "blocks": [
        ("h1", "Why are we sharing this review?", "introduction"),
        ("p", "Child A was a boy of two who suffered burns from a kettle in 2025 while his mother was under the "
              "influence of alcohol. This briefing shares the learning with practitioners across Fenwick."),
        ("h1", "What was life like for Child A?", "background"),
        ("p", "Child A lived with his mother and her older son in a one-bedroom flat. His mother drank heavily at "
              "weekends and the older son, aged twelve, often looked after him."),
        ("h1", "What did we learn?", "learning"),
        ("items", "learning", [
            "Older siblings who care for younger children are young carers and need to be seen and asked how they "
            "are coping.",
            "Parental alcohol use at weekends may not be visible to services that only visit on weekdays.",
            "Accidents to young children should be considered alongside what is known about supervision at home."],
         "arrows"),
        ("h1", "What went well?", "good_practice"),
        ("items", "good_practice", [
            "The ambulance crew made a safeguarding referral from the scene.",
            "The school nurse built a trusting relationship with the older brother."],
         "bullets"),
        ("h1", "What will we do differently?", "recommendations"),
        ("items", "recommendations", [
            "Practitioners should ask about weekend routines when a parent is known to misuse alcohol.",
            "The young carers service should offer an assessment to any child caring for a sibling under five.",
            "The partnership should remind agencies of the guidance on supervision and accidental injury."],
         "numbered"),
    ],
}


# ---------- G: Marshgate CSPR Child G (Writer, tagged): learning in a two-column table ----------
G_CSS = """
body{font-family:'Liberation Sans';font-size:10.5pt}
h1{font-family:'Liberation Sans';font-size:14pt;font-weight:bold;color:#37474f}
p.t1{font-size:24pt;font-weight:bold;margin-top:4cm}
"""


def g_cover(c):
    return ("<p>Marshgate Children's Safeguarding Partnership</p><p class='t1'>%s</p><p>Published: 2 December 2024</p>"
            "<p>Independent author: Priya Vantongeren</p><p><i>%s</i></p>" % (e(c["title"]), INVENTED))


def g_h1(h):
    brk = " style='page-break-before:always'" if h == "Introduction" else ""
    return "<h1%s>%s</h1>" % (brk, e(h))


def theme_table(b):
    rows = "".join("<tr><td width='25%%'>%s</td><td>%s</td></tr>" % (e(th), e(t)) for th, t in zip(b[4], b[2]))
    return ("<table width='100%%' border='1' cellpadding='5' cellspacing='0'><tr><th>Theme</th><th>What we learned"
            "</th></tr>%s</table>" % rows)


def g_bullets(b):
    return "<ul>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ul>"


G = {
    "file": "marshgate-cspr-child-g.pdf", "producer": "libreoffice", "tagged": True,
    "features": ["LibreOffice Writer tagged PDF (HTML opened in Writer)",
                 "learning in a two-column table Theme | What we learned (items in the second column)",
                 "recommendations as bullets", "'Independent author:' line"],
    "cover": {"title": "Child Safeguarding Practice Review: Child G", "child_name": "Child G",
              "review_type": "child_safeguarding_practice_review", "area": "Marshgate", "year": 2024,
              "partnership": "Marshgate Children's Safeguarding Partnership"},
    "style": {"css": G_CSS, "cover": g_cover, "h1": g_h1, "items": {"themes": theme_table, "bullets": g_bullets}},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child G, a boy of nine with autism, was locked in his bedroom for long periods by his stepmother. A "
              "neighbour reported hearing him screaming in 2023."),
        ("h1", "Background", "background"),
        ("p", "Child G attended a special school and had a plan for his special educational needs. His father and "
              "stepmother told the school that his behaviour at home was very difficult to manage."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Restrictive practices at home should be explored when parents describe a disabled child as hard to "
            "manage.",
            "Disabled children may not be able to tell anyone what is happening, so their behaviour must be "
            "understood as communication.",
            "Short breaks for families of disabled children can relieve pressure and give another adult sight of the "
            "child."],
         "themes", ["Restrictive practice", "Communication", "Support for families"]),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "Special schools should ask parents how they manage difficult behaviour at home and record the answers.",
            "The disabled children's team should assess the need for short breaks at every review of a child's plan.",
            "The partnership should train practitioners on the signs of restrictive practices in the home."],
         "bullets"),
    ],
}


# ---------- H: Kilbrannan SCR Child M (pandoc -> LaTeX): description list labels, (a) list, Scottish ----------
def h_markdown(rep):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "subtitle: \"%s\"" % c["partnership"], "date: \"November 2017\"",
           "fontsize: 12pt", "geometry: margin=3cm", "papersize: a4"] + LATEX_HEAD + ["---", "", "*%s*" % INVENTED, ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["# %s {-}" % b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "items" and b[3] == "described":
            for i, t in enumerate(b[2]):
                out += ["Learning point %d" % (i + 1), ":   " + t, ""]
        elif b[0] == "items" and b[3] == "letters":
            out += ["(%s) %s" % ("abcdefgh"[i], t) for i, t in enumerate(b[2])] + [""]
        elif b[0] == "items":
            out += ["- " + t for t in b[2]] + [""]
    return "\n".join(out)


H = {
    "file": "kilbrannan-scr-child-m.pdf", "producer": "pdflatex", "latex": True, "markdown": h_markdown,
    "body_from": 1,
    "features": ["pandoc -> LaTeX -> pdflatex, 12pt, unnumbered sections", "Scottish significant case review",
                 "learning as a LaTeX description list with bold run-in 'Learning point N' labels",
                 "recommendations as an '(a)' lettered enumerate", "'Areas of good practice' bullets"],
    "cover": {"title": "Significant Case Review: Child M", "child_name": "Child M",
              "review_type": "significant_case_review", "area": "Kilbrannan", "year": 2017,
              "partnership": "Kilbrannan Child Protection Committee"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child M, a girl of six, was seriously injured in 2016 when she was hit by a car after leaving her home "
              "alone at night. Her parents had both been drinking. Kilbrannan Child Protection Committee decided to "
              "hold a significant case review."),
        ("h1", "Background", "background"),
        ("p", "The family had been known to social work services for four years because of concerns about neglect. "
              "Child M's name had been placed on the child protection register twice and removed twice."),
        ("h1", "Key learning", "learning"),
        ("items", "learning", [
            "Registration and deregistration without lasting change in the home is a pattern that should be "
            "recognised and challenged.",
            "Parental alcohol misuse needs to be assessed for its effect on supervision at night, not only during the "
            "day.",
            "The views of the child's school should be sought before a child's name is removed from the register."],
         "described"),
        ("h1", "Areas of good practice", "good_practice"),
        ("items", "good_practice", [
            "The head teacher kept detailed records of Child M's presentation each morning.",
            "The police response on the night of the accident was swift and compassionate."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The committee should audit cases where a child has been registered more than once in three years.",
            "Social work assessments should include the supervision of children at night when parents misuse alcohol.",
            "Case conferences considering deregistration should have a written report from the child's school."],
         "letters"),
    ],
}

REPORTS = [A, B, C, D, E, F, G, H]
