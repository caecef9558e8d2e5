"""Renders batch 55's invented reports (batch55_content.py). render(rep, d) returns the PDF. Producers: Chromium
(untagged; A5 then pdfjam 2-up), WeasyPrint, LuaLaTeX, pdfLaTeX + microtype, ReportLab, Inkscape + qpdf, python-docx +
LibreOffice. Test-fixture tooling only; every report is invented.
"""
import html, os, subprocess
from batch55_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-pdf-tagging",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r55-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r55-lo"


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def cover_lines(c):
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


def circle_svg(n, fill):
    return ("<svg class='circ' width='34' height='34' viewBox='0 0 34 34'><circle cx='17' cy='17' r='16' fill='%s'/>"
            "<text x='17' y='23' text-anchor='middle' font-size='17' font-family='Liberation Sans' font-weight='bold' "
            "fill='white'>%d</text></svg>" % (fill, n))


# ---------------------------------------------------------------- HTML (Chromium, WeasyPrint)
def html_body(rep, opts):
    c = rep["cover"]
    out = ["<div class='cover'><p class='ptn'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % tuple(e(x) for x in cover_lines(c))]
    chapter, pending_div, open_ch = 0, False, False
    for b in rep["blocks"]:
        k = b[0]
        if k == "divider":
            pending_div = True
        elif k == "h1":
            chapter += 1
            if open_ch:
                out.append("</div>")
            if pending_div:
                out.append("<div class='divider'><div class='num'>%02d</div><h2>%s</h2></div>" % (chapter, e(b[1])))
                out.append("<div class='chapter ch%d'>" % chapter)
                pending_div = False
            else:
                out.append("<div class='chapter ch%d'><h2>%s</h2>" % (chapter, e(b[1])))
            open_ch = True
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "side":
            out.append("<div class='side'><b>%s</b>%s</div>" % (e(b[1]), "".join("<span>%s</span>" % e(x) for x in b[2])))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s class='%s'>%s</%s>" % (tag, b[1], "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "circles":
            out.append("<div class='circles'>%s</div>" % "".join(
                "<div class='lp'>%s<p>%s</p></div>" % (circle_svg(i + 1, opts.get("accent", "#0b6e69")), e(t))
                for i, t in enumerate(b[1])))
        elif k == "cards":
            out.append("<div class='cards'>%s</div>" % "".join(
                "<div class='card'><b>%s</b><span>%s</span></div>" % (e(t), e(x)) for t, x in b[1]))
        elif k == "rtable":
            out.append("<table class='recs'><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (
                "".join("<th>%s</th>" % e(x) for x in b[1]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in b[2])))
        else:
            raise ValueError(k)
    if open_ch:
        out.append("</div>")
    return "\n".join(out)


def html_file(rep, d, css, opts=None):
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write(
        "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
        "<body>%s</body></html>" % (e(rep["cover"]["title"]), css, html_body(rep, opts or {})))
    return src


def chromium(src, pdf):
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


TH_COLOURS = ["#0b6e69", "#7a3b8f", "#c0571b", "#1f5fa8", "#0b6e69", "#7a3b8f", "#c0571b", "#1f5fa8"]


def th_css(rep):
    names = [b[1] for b in rep["blocks"] if b[0] == "h1"]
    pages = "".join(
        "@page ch%d { margin: 22mm 30mm 20mm 22mm; @right-middle { content: '%s'; writing-mode: vertical-rl; "
        "background: %s; color: white; font: bold 10pt 'Liberation Sans'; text-align: center; width: 12mm; "
        "margin-left: 14mm; } @bottom-left { content: 'Thrushcombe LCSPR Child N  |  ' counter(page); "
        "font: 8pt 'Liberation Sans'; color: #666; } }\n.ch%d { page: ch%d; }\n"
        % (i + 1, n.replace("'", "\\'"), TH_COLOURS[i], i + 1, i + 1) for i, n in enumerate(names))
    return pages + """
@page { size: A4; margin: 0; }
@page divider { margin: 0; }
body { font: 10.5pt/1.5 'Liberation Sans', sans-serif; color: #222; margin: 0; }
.cover { height: 297mm; box-sizing: border-box; padding: 60mm 25mm; background: #0b6e69; color: white; break-after: page; page: divider; }
.cover h1 { font-size: 30pt; line-height: 1.2; margin: 30mm 0 20mm; }
.cover .ptn { font-size: 14pt; font-weight: bold; }
.cover .inv { font-size: 9pt; margin-top: 60mm; }
.divider { page: divider; height: 297mm; box-sizing: border-box; padding: 90mm 25mm 0; background: #1f5fa8; color: white; break-before: page; break-after: page; }
.divider .num { font: bold 110pt/1 'Liberation Sans'; opacity: 0.85; }
.divider h2 { font: bold 32pt 'Liberation Sans'; margin: 8mm 0 0; }
.chapter p { margin: 0 0 8pt; }
.circles .lp { display: flex; align-items: flex-start; gap: 10pt; margin: 0 0 12pt; break-inside: avoid; }
.circles .lp svg { flex: none; }
.circles .lp p { margin: 6pt 0 0; font-size: 11pt; }
table.recs { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.recs th { background: #7a3b8f; color: white; text-align: left; padding: 6pt; }
table.recs td { padding: 8pt 6pt; vertical-align: top; }
table.recs tbody tr:nth-child(even) td { background: #efe6f3; }
table.recs tr { break-inside: avoid; }
table.recs td:first-child { width: 8mm; } table.recs td:nth-child(3) { width: 32mm; } table.recs td:nth-child(4) { width: 26mm; }
""" + "".join(".divider:nth-of-type(%d) { background: %s; }\n" % (i + 2, col) for i, col in enumerate(TH_COLOURS))


def thrushcombe(rep, d):
    src = html_file(rep, d, th_css(rep))
    return chromium(src, os.path.join(d, "r.pdf"))


DD_CSS = """
@page { size: A4; margin: 22mm 18mm 22mm 72mm;
  @left-top { content: string(side); width: 44mm; margin-right: 8mm; padding: 8mm 5mm; background: #e9f1ea; color: #234d2c;
              font: 9pt/1.45 'DejaVu Sans'; white-space: pre-line; vertical-align: top; border-top: 4pt solid #2f7d44; }
  @bottom-right { content: 'Page ' counter(page); font: 8pt 'DejaVu Sans'; color: #555; } }
@page cover { margin: 0; @left-top { content: none; } @bottom-right { content: none; } }
body { font: 10.5pt/1.5 'DejaVu Serif'; color: #1d1d1d; }
.cover { page: cover; height: 297mm; box-sizing: border-box; padding: 70mm 25mm; background: #2f7d44; color: white; }
.cover h1 { font: bold 26pt 'DejaVu Sans'; } .cover .inv { margin-top: 50mm; font-size: 9pt; }
h2 { font: bold 12pt 'DejaVu Sans'; text-transform: uppercase; letter-spacing: 0.3em; color: #2f7d44; margin: 18pt 0 10pt;
     break-before: page; }
p { text-align: justify; hyphens: auto; margin: 0 0 8pt; }
.side { display: none; }
h2 { string-set: side attr(data-side); }
.cards { margin: 6pt 0 12pt; }
.card { display: inline-block; box-sizing: border-box; width: 48%; margin: 0 1% 8pt; vertical-align: top; padding: 8pt 9pt;
        border-radius: 6pt; background: #f3efe4; border-left: 4pt solid #c78d1b; min-height: 70pt; font: 9.5pt/1.4 'DejaVu Sans'; }
.card b { display: block; color: #8a5d0b; margin-bottom: 3pt; }
li { margin-bottom: 5pt; text-align: justify; hyphens: auto; }
"""


def dunnockdale_html(rep, d):
    # each chapter heading carries its sidebar (title and lines, newline-separated) for the margin box's string-set
    body = html_body(rep, {})
    for b in rep["blocks"]:
        if b[0] == "side":
            text = html.escape("\n".join([b[1]] + b[2]), quote=True).replace("\n", "&#10;")
            body = body.replace("<h2>", "<h2 data-side='%s'>" % text, 1)
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write(
        "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
        "<body>%s</body></html>" % (e(rep["cover"]["title"]), DD_CSS, body))
    return src


def dunnockdale(rep, d):
    src = dunnockdale_html(rep, d)
    pdf = os.path.join(d, "r.pdf")
    run(["weasyprint", src, pdf])
    return pdf


IX_CSS = """
@page { size: A5; margin: 14mm 13mm 16mm; @bottom-center { content: counter(page); font: 8pt 'Liberation Sans'; color: #777; } }
body { font: 9.5pt/1.45 'Liberation Sans'; color: #202020; margin: 0; }
.cover { height: 165mm; padding: 20mm 6mm 0; background: #b3264a; color: white; break-after: page; }
.cover h1 { font-size: 20pt; line-height: 1.2; } .cover .inv { margin-top: 30mm; font-size: 8pt; }
h2 { background: #b3264a; color: white; font-size: 12pt; padding: 4pt 8pt; margin: 12pt 0 8pt; }
p { margin: 0 0 6pt; }
.circles .lp { display: flex; gap: 8pt; align-items: flex-start; margin-bottom: 8pt; }
.circles .lp svg { flex: none; } .circles .lp p { margin: 5pt 0 0; }
"""


def ixworth(rep, d):
    src = html_file(rep, d, IX_CSS, {"accent": "#b3264a"})
    a5 = chromium(src, os.path.join(d, "a5.pdf"))
    pdf = os.path.join(d, "r.pdf")
    run(["pdfjam", "--nup", "2x1", "--landscape", "--paper", "a4paper", "--outfile", pdf, a5])
    return pdf


# ---------------------------------------------------------------- LaTeX
def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_"))


def latex(d, src, engine):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


def latex_body(rep, heading, circle):
    out = []
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append(heading % tex(b[1]))
        elif k == "p":
            out.append(tex(b[1]) + "\n")
        elif k == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            out.append("\\begin{%s}\n%s\\end{%s}\n" % (env, "".join("\\item %s\n" % tex(t) for t in b[2]), env))
        elif k == "circles":
            out += [circle % (i + 1, tex(t)) for i, t in enumerate(b[1])]
        else:
            raise ValueError(k)
    return "\n".join(out)


def latex_cover(c):
    return ("\\begin{titlepage}\\centering\n{\\large %s\\par}\\vspace{50mm}\n{\\LARGE\\bfseries %s\\par}\\vspace{20mm}\n"
            "{\\large %s\\par}\\vspace{5mm}{\\large %s\\par}\\vfill{\\small %s\\par}\\end{titlepage}\n"
            % tuple(tex(x) for x in cover_lines(c)))


TL_PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{TeX Gyre Pagella}
\newfontfamily\headfont{TeX Gyre Heros}
\usepackage[margin=27mm]{geometry}
\usepackage{tikz,xcolor}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\fancyfoot[C]{\thepage}\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\definecolor{acc}{RGB}{176,58,46}
\newcommand{\circlept}[2]{\par\noindent\begin{minipage}[t]{12mm}\vspace{0pt}\tikz\node[circle,fill=acc,text=white,minimum size=9mm,font=\headfont\bfseries\large]{#1};\end{minipage}%
\begin{minipage}[t]{\dimexpr\linewidth-12mm}\vspace{1mm}#2\end{minipage}\par\medskip}
\begin{document}
"""


def tollesby(rep, d):
    body = latex_body(rep, "\\par\\bigskip{\\headfont %s\\par}\\smallskip\n", "\\circlept{%d}{%s}\n")
    return latex(d, TL_PRE + latex_cover(rep["cover"]) + body + "\n\\end{document}\n", "lualatex")


KW_PRE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[letterspace=300]{microtype}
\usepackage[margin=30mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
"""


def kettlewick(rep, d):
    body = latex_body(rep, "\\par\\bigskip\\noindent\\textls[300]{\\MakeUppercase{%s}}\\par\\smallskip\n", "")
    return latex(d, KW_PRE + latex_cover(rep["cover"]) + body + "\n\\end{document}\n", "pdflatex")


# ---------------------------------------------------------------- ReportLab
def yarrowford(rep, d):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle,
                                    ListFlowable, ListItem)
    pdf = os.path.join(d, "r.pdf")
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=15, alignment=TA_JUSTIFY,
                          hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3, spaceAfter=7)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=colors.HexColor("#25507a"),
                          spaceBefore=14, spaceAfter=8)
    card = ParagraphStyle("c", fontName="Helvetica", fontSize=9.5, leading=12.5)
    big = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=18)
    c = rep["cover"]
    story = [Paragraph(e(c["partnership"]), head), Spacer(1, 40 * mm), Paragraph(e(c["title"]), big),
             Paragraph(e(c["by"]), body), Paragraph(e(c["date"]), body), Spacer(1, 60 * mm),
             Paragraph(e(INVENTED), body), PageBreak()]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            story.append(Paragraph(e(b[1]), head))
        elif k == "p":
            story.append(Paragraph(e(b[1]), body))
        elif k == "cards":
            cells = [Paragraph("<b>%s</b><br/>%s" % (e(t), e(x)), card) for t, x in b[1]]
            rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
            t = Table(rows, colWidths=[78 * mm, 78 * mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6eef6")),
                                   ("LINEABOVE", (0, 0), (-1, -1), 3, colors.HexColor("#25507a")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 7),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("LINEAFTER", (0, 0), (0, -1), 8, colors.white),
                                   ("LINEBELOW", (0, 0), (-1, -1), 8, colors.white)]))
            story += [t, Spacer(1, 6)]
        elif k == "items":
            lst = ListFlowable([ListItem(Paragraph(e(t), body), leftIndent=14) for t in b[2]],
                               bulletType="1" if b[3] == "ol" else "bullet", start=None if b[3] == "ol" else "\u2022",
                               leftIndent=14)
            if b[1] == "learning":
                panel = Table([[lst]], colWidths=[160 * mm])
                panel.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1d9")),
                                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                story.append(panel)
            else:
                story.append(lst)
        else:
            raise ValueError(k)

    def footer(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(25 * mm, 12 * mm, "Yarrowford CSPR Child M")
        canvas.drawRightString(185 * mm, 12 * mm, str(doc.page))

    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                      bottomMargin=22 * mm, title=c["title"]).build(story, onLaterPages=footer)
    return pdf


# ---------------------------------------------------------------- Inkscape: every line its own text object
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return lines + ([cur] if cur else [])


def vexley(rep, d):
    W, H, X, TOP, BOTTOM = 595, 842, 62, 70, 780
    pages, cur, y = [], [], TOP

    def need(h):
        nonlocal cur, y
        if y + h > BOTTOM:
            pages.append(cur)
            cur, y = [], TOP

    def text(x, yy, s, size=10.5, weight="normal", fill="#222", family="Liberation Sans"):
        cur.append("<text x='%.1f' y='%.1f' font-family='%s' font-size='%s' font-weight='%s' fill='%s' "
                   "xml:space='preserve'>%s</text>" % (x, yy, family, size, weight, fill, e(s)))
    c = rep["cover"]
    cur.append("<rect x='0' y='0' width='%d' height='300' fill='#3c2a6e'/>" % W)
    text(X, 90, c["partnership"], 13, "bold", "white")
    for i, ln in enumerate(wrap(c["title"], 30)):
        text(X, 180 + 34 * i, ln, 28, "bold", "white")
    text(X, 360, c["by"], 12)
    text(X, 380, c["date"], 12)
    text(X, 720, INVENTED, 9, fill="#555")
    pages.append(cur)
    cur, y = [], TOP
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            need(60)
            y += 14
            cur.append("<rect x='%d' y='%.1f' width='6' height='22' fill='#3c2a6e'/>" % (X, y - 17))
            text(X + 14, y, b[1], 16, "bold", "#3c2a6e")
            y += 24
        elif k == "p":
            for ln in wrap(b[1], 92):
                need(15)
                text(X, y, ln)
                y += 15
            y += 8
        elif k == "circles":
            for i, t in enumerate(b[1]):
                ls = wrap(t, 78)
                need(15 * len(ls) + 26)
                cur.append("<circle cx='%d' cy='%.1f' r='14' fill='#d9822b'/>" % (X + 14, y + 2))
                text(X + 14, y + 8, str(i + 1), 15, "bold", "white")
                cur[-1] = cur[-1].replace("<text ", "<text text-anchor='middle' ")
                for j, ln in enumerate(ls):
                    text(X + 40, y + 6 + 15 * j, ln)
                y += 15 * len(ls) + 22
        elif k == "items":
            for i, t in enumerate(b[2]):
                ls = wrap(t, 86)
                need(15 * len(ls) + 6)
                text(X, y, "%d." % (i + 1), 10.5, "bold")
                for j, ln in enumerate(ls):
                    text(X + 20, y + 15 * j, ln)
                y += 15 * len(ls) + 6
        else:
            raise ValueError(k)
    pages.append(cur)
    parts = []
    for n, objs in enumerate(pages):
        svg = os.path.join(d, "p%d.svg" % n)
        foot = "" if n == 0 else ("<text x='%d' y='815' font-family='Liberation Sans' font-size='8' fill='#777'>"
                                  "Vexley learning review: Baby S    %d</text>" % (X, n + 1))
        open(svg, "w", encoding="utf-8").write(
            "<svg xmlns='http://www.w3.org/2000/svg' width='%dpt' height='%dpt' viewBox='0 0 %d %d'>%s%s</svg>"
            % (W, H, W, H, "".join(objs), foot))
        out = os.path.join(d, "p%d.pdf" % n)
        run(["inkscape", "--export-type=pdf", "--export-filename=" + out, svg],
            env=dict(os.environ, HOME="/tmp/r55-inkscape"))
        parts.append(out)
    pdf = os.path.join(d, "r.pdf")
    run(["qpdf", "--empty", "--pages"] + parts + ["--", pdf])
    return pdf


# ---------------------------------------------------------------- python-docx -> LibreOffice
def shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tc = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tc.append(s)


def repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def ulverholme(rep, d):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, Mm, RGBColor
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Carlito", Pt(10.5)
    h1 = doc.styles["Heading 1"]
    h1.font.name, h1.font.size, h1.font.color.rgb = "Carlito", Pt(18), RGBColor(0x00, 0x5a, 0x8c)
    c = rep["cover"]
    for text, size, bold in [(c["partnership"], 14, True), ("", 60, False), (c["title"], 26, True), (c["by"], 12, False),
                             (c["date"], 12, False), ("", 80, False), (INVENTED, 9, False)]:
        r = doc.add_paragraph().add_run(text)
        r.font.size, r.bold = Pt(size), bold
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    blocks, i = rep["blocks"], 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "side":
            texts = []
            while i + 1 < len(blocks) and blocks[i + 1][0] == "p":
                i += 1
                texts.append(blocks[i][1])
            t = doc.add_table(rows=1, cols=2)
            t.autofit = False
            left, right = t.rows[0].cells
            left.width, right.width = Mm(50), Mm(120)
            shade(left, "DCEBF5")
            left.paragraphs[0].add_run(b[1]).bold = True
            for x in b[2]:
                left.add_paragraph(x).runs[0].font.size = Pt(9)
            right.paragraphs[0].add_run(texts[0])
            for x in texts[1:]:
                right.add_paragraph(x)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items":
            for x in b[2]:
                doc.add_paragraph(x, style="List Number" if b[3] == "ol" else "List Bullet")
        elif b[0] == "rtable":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.autofit = False
            widths = [Mm(12), Mm(100), Mm(32), Mm(26)]
            for j, x in enumerate(b[1]):
                cell = t.rows[0].cells[j]
                cell.width = widths[j]
                r = cell.paragraphs[0].add_run(x)
                r.bold, r.font.color.rgb = True, RGBColor(0xff, 0xff, 0xff)
                shade(cell, "005A8C")
            repeat_header(t.rows[0])
            for n, row in enumerate(b[2]):
                cells = t.add_row().cells
                for j, x in enumerate(row):
                    cells[j].width = widths[j]
                    cells[j].paragraphs[0].add_run(x)
                    cells[j].add_paragraph("")
                    if n % 2:
                        shade(cells[j], "E4EFF6")
        i += 1
    src = os.path.join(d, "r.docx")
    doc.save(src)
    run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", d, src])
    return os.path.join(d, "r.pdf")


RENDER = {"thrushcombe": thrushcombe, "dunnockdale": dunnockdale, "tollesby": tollesby, "kettlewick": kettlewick,
          "yarrowford": yarrowford, "vexley": vexley, "ulverholme": ulverholme, "ixworth": ixworth}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
