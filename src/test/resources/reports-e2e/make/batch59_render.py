"""Renders batch 59's invented reports (batch59_content.py). render(rep, d) returns the PDF. Producers: python-docx +
LibreOffice (untagged), Chromium (tagged), pdfLaTeX, WeasyPrint, groff -ms, ReportLab platypus, pandoc -> pdfLaTeX,
wkhtmltopdf. Test-fixture tooling only; every report is invented.
"""
import html, os, re, subprocess
from batch59_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r59-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r59-lo"
FN = re.compile(r"\[\[fn:(.*?)\]\]")


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def plain(s):
    return FN.sub("", s)


class Numberer:
    """Paragraph numbers N.M: N from the section heading's own number, M counting the section's paragraphs."""

    def __init__(self, on):
        self.on, self.sec, self.n = on, None, 0

    def heading(self, text):
        m = re.match(r"(\d+)\.", text)
        self.sec, self.n = (m.group(1) if m else None), 0

    def next(self):
        if not (self.on and self.sec):
            return None
        self.n += 1
        return "%s.%d" % (self.sec, self.n)


def runin_split(text):
    title, _, rest = text.partition(". ")
    return title + ".", rest


def pages_of(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdf], text=True).stdout).group(1))
    return [run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"], text=True).stdout for i in range(1, n + 1)]


def toc_entries(rep):
    out = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append((0, b[1]))
        elif b[0] == "h2":
            out.append((1, b[1]))
    return out


def find_pages(pdf, entries, body_from):
    pages, out, after = pages_of(pdf), [], body_from - 1
    for _lvl, t in entries:
        want = " ".join(t.split())
        for i in range(after, len(pages)):
            if any(" ".join(l.split()) == want for l in pages[i].splitlines()):
                after = i
                break
        out.append(after + 1)
    return out


# ---------------- A: python-docx -> LibreOffice ----------------
def docx_render(rep, d, toc_pages=None):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(11)
    st.paragraph_format.space_after = Pt(8)
    footer = sec.footer.paragraphs[0]
    footer.text = "Ashmere LSCB - Serious Case Review Child F - Overview Report - CONFIDENTIAL UNTIL PUBLICATION"
    footer.runs[0].font.size = Pt(8)
    c = rep["cover"]
    for i, line in enumerate(c["lines"]):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt([14, 26, 22, 18, 12, 12][i])
        p.runs[0].bold = i in (1, 2, 3)
        p.paragraph_format.space_before = Pt([0, 120, 12, 12, 60, 6][i])
    p = doc.add_paragraph(INVENTED)
    p.paragraph_format.space_before = Pt(150)
    p.runs[0].font.size = Pt(9)
    p.add_run().add_break(WD_BREAK.PAGE)
    num = Numberer(rep.get("paranum"))

    def numbered(text, bold_first=None):
        n = num.next()
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
        p.add_run((n or "") + "\t")
        p.add_run(text)
        return p

    for b in rep["blocks"]:
        k = b[0]
        if k == "toc":
            doc.add_heading("Contents", level=1)
            entries = toc_entries(rep)
            for j, (lvl, t) in enumerate(entries):
                p = doc.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.paragraph_format.left_indent = Cm(0.8 * lvl)
                p.paragraph_format.space_after = Pt(16)
                r = p.add_run(t + "\t" + str(toc_pages[j] if toc_pages else 99))
                r.bold = lvl == 0
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        elif k == "h1":
            num.heading(b[1])
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            numbered(plain(b[1]))
        elif k == "items":
            for t in b[2]:
                numbered(t)
        elif k in ("table", "glossary"):
            header = b[1] if k == "table" else ["Abbreviation", "Meaning"]
            rows = b[2] if k == "table" else b[1]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for cell, x in zip(t.rows[0].cells, header):
                cell.text = x
                cell.paragraphs[0].runs[0].bold = True
            for r in rows:
                for cell, x in zip(t.add_row().cells, r):
                    cell.text = x
            doc.add_paragraph("")
        elif k == "break":
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    path = os.path.join(d, "r.docx")
    doc.save(path)
    run(["soffice", "--headless", LO_PROFILE, "--convert-to", "pdf", "--outdir", d, path])
    return path[:-5] + ".pdf"


def ashmere(rep, d):
    pdf = docx_render(rep, d)
    pages = find_pages(pdf, toc_entries(rep), rep["body_from"])
    return docx_render(rep, d, pages)


# ---------------- HTML (Chromium, WeasyPrint, wkhtmltopdf) ----------------
def html_body(rep, fn_css):
    out, num = [], Numberer(rep.get("paranum"))

    def p(text, cls=""):
        n = num.next()
        body = FN.sub(lambda m: '<span class="fn">%s</span>' % e(m.group(1)), e(text)) if fn_css else e(plain(text))
        if n:
            return '<p class="np %s"><span class="pn">%s</span>%s</p>' % (cls, n, body)
        return '<p class="%s">%s</p>' % (cls, body)

    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            num.heading(b[1])
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append(p(b[1]))
        elif k == "q":
            out.append('<p class="kloe"><b>%s</b></p>' % e(b[1]))
            out += [p(a) for a in b[2]]
        elif k == "items":
            out.append(html_items(b, p))
        elif k == "break":
            out.append('<div style="page-break-after: always"></div>')
        else:
            raise ValueError(k)
    return "\n".join(out)


def html_items(b, p):
    style, texts = b[3], b[2]
    if style == "para":
        return "".join(p(t) for t in texts)
    if style in ("ol", "ul", "alpha"):
        tag = "ul" if style == "ul" else "ol"
        typ = ' type="a" class="alpha"' if style == "alpha" else ""
        return "<%s%s>%s</%s>" % (tag, typ, "".join("<li>%s</li>" % e(t) for t in texts), tag)
    if style == "rtable":
        return ('<table class="grid"><tr><th>No.</th><th>Recommendation</th><th>Agency</th></tr>%s</table>'
                % "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (i + 1, e(t), e(a))
                          for i, (t, a) in enumerate(zip(texts, b[4]))))
    raise ValueError(style)


def html_doc(rep, css, fn_css=False):
    c = rep["cover"]
    cover = '<div class="cover">%s<p class="inv">%s</p></div>' % (
        "".join('<p class="c%d">%s</p>' % (i, e(l)) for i, l in enumerate(c["lines"])), e(INVENTED))
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s%s</body></html>' % (e(c["title"]), css, cover, html_body(rep, fn_css)))


COVER_CSS = """
.cover { page-break-after: always; text-align: center; padding-top: 40mm; }
.cover p { margin: 6mm 0; font-size: 14pt; }
.cover .c1, .cover .c2, .cover .c3 { font-size: 24pt; font-weight: bold; }
.cover .inv { margin-top: 70mm; font-size: 9pt; }
table.grid { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.grid th, table.grid td { border: 0.6pt solid #444; padding: 4pt 6pt; vertical-align: top; text-align: left; }
table.grid th { background: #e4e4e4; }
"""

ES_CSS = COVER_CSS + """
@page { size: A4; margin: 22mm; }
body { font-family: "Liberation Sans"; font-size: 11pt; line-height: 1.45; }
h2 { font-size: 14pt; color: #1d3f6e; margin: 16pt 0 6pt; }
li { margin-bottom: 5pt; }
"""

HOLL_CSS = COVER_CSS + """
@page { size: A4; margin: 22mm 22mm 24mm 30mm; @bottom-center { content: "Hollinbury LSCB  -  SCR Child M  -  " counter(page); font-size: 8.5pt; } }
@page :first { @bottom-center { content: none; } }
body { font-family: "DejaVu Serif"; font-size: 10.5pt; line-height: 1.45; }
h2 { font-family: "DejaVu Sans"; font-size: 13pt; margin: 16pt 0 6pt; }
p { margin: 0 0 7pt; text-align: justify; }
p.np { padding-left: 12mm; text-indent: -12mm; }
p.np .pn { display: inline-block; width: 12mm; text-indent: 0; }
p.kloe { font-family: "DejaVu Sans"; margin-top: 10pt; }
.fn { float: footnote; font-size: 8pt; text-indent: 0; }
::footnote-call { font-size: 7pt; vertical-align: super; }
::footnote-marker { font-size: 8pt; }
"""

OVEN_CSS = COVER_CSS + """
body { font-family: "DejaVu Sans"; font-size: 11pt; line-height: 1.4; }
h2 { font-size: 14pt; color: #5b2a86; border-bottom: 1pt solid #5b2a86; margin: 18pt 0 6pt; }
ol.alpha { list-style-type: lower-alpha; }
li { margin-bottom: 5pt; }
"""


def chromium_es(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, ES_CSS))
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def hollinbury(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, HOLL_CSS, True))
    run(["weasyprint", src, pdf])
    return pdf


def ovenden(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, OVEN_CSS))
    run(["wkhtmltopdf", "-q", "--page-size", "A4", "--footer-center", "Page [page] of [topage]", "--footer-font-size",
         "8", src, pdf])
    return pdf


# ---------------- LaTeX ----------------
def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_"))


def tex_fn(s):
    return FN.sub(lambda m: "\\footnote{%s}" % m.group(1), tex(s))


def latex(d, src, engine="pdflatex", passes=3):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(passes):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


RAG = {"Red": "red!55", "Amber": "orange!60", "Green": "green!45"}


def kes_body(rep):
    out = []
    for b in rep["blocks"]:
        k = b[0]
        if k == "toc":
            out.append("\\tableofcontents\n\\clearpage")
        elif k == "h1":
            out.append("\\chapter*{%s}\\addcontentsline{toc}{chapter}{%s}" % (tex(b[1]), tex(b[1])))
        elif k == "h2":
            out.append("\\section*{%s}\\addcontentsline{toc}{section}{%s}" % (tex(b[1]), tex(b[1])))
        elif k == "p":
            out.append(tex_fn(b[1]) + "\n")
        elif k == "q":
            out.append("\\addcontentsline{toc}{section}{%s}\\textbf{%s}\n\n%s\n" % (
                tex(b[1]), tex(b[1]), "\n\n".join(tex_fn(a) for a in b[2])))
        elif k == "items":
            assert b[3] == "runin"
            for lab, t in zip(b[4], b[2]):
                title, rest = runin_split(t)
                out.append("\\textbf{%s %s} %s\n" % (tex(lab), tex(title), tex(rest)))
        elif k == "glossary":
            out.append("\\begin{longtable}{|p{30mm}|p{110mm}|}\\hline\n\\textbf{Abbreviation} & \\textbf{Meaning} "
                       "\\\\ \\hline\\endhead\n%s\n\\end{longtable}"
                       % "\n".join("%s & %s \\\\ \\hline" % (tex(a), tex(m)) for a, m in b[1]))
        elif k == "chron":
            out.append("\\begin{longtable}{|p{24mm}|p{40mm}|p{86mm}|}\\hline\n\\textbf{Date} & \\textbf{Agency} & "
                       "\\textbf{Event} \\\\ \\hline\\endhead\n%s\n\\end{longtable}"
                       % "\n".join("%s & %s & %s \\\\ \\hline" % tuple(tex(x) for x in r) for r in b[1]))
        elif k == "plan":
            rows = "\n".join("%s & %s & %s & %s & \\cellcolor{%s}%s \\\\ \\hline" % (
                tex(r[0]), tex(r[1]), tex(r[2]), tex(r[3]), RAG[r[4]], r[4]) for r in b[1])
            out.append("\\begin{landscape}\n\\begin{longtable}{|p{78mm}|p{60mm}|p{42mm}|p{22mm}|p{14mm}|}\\hline\n"
                       "\\textbf{Recommendation} & \\textbf{Action} & \\textbf{Lead} & \\textbf{By when} & "
                       "\\textbf{RAG} \\\\ \\hline\\endhead\n%s\n\\end{longtable}\n\\end{landscape}" % rows)
        elif k == "break":
            out.append("\\clearpage")
        else:
            raise ValueError(k)
    return "\n".join(out)


def kestrelford(rep, d):
    c = rep["cover"]
    src = r"""\documentclass[11pt,a4paper,openany]{report}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=25mm]{geometry}
\usepackage{longtable,titlesec,pdflscape,tocloft}
\usepackage[table]{xcolor}
\titleformat{name=\chapter,numberless}{\Large\bfseries}{}{0em}{}
\titlespacing*{\chapter}{0pt}{0pt}{14pt}
\titleformat{name=\section,numberless}{\large\bfseries\itshape}{}{0em}{}
\setlength{\cftbeforechapskip}{14pt}
\setlength{\cftbeforesecskip}{9pt}
\renewcommand{\cftchapleader}{\cftdotfill{\cftdotsep}}
\setlength{\parskip}{6pt}
\setlength{\parindent}{0pt}
\linespread{1.15}
\hyphenpenalty=10000
\begin{document}
\begin{titlepage}\centering
{\large %s\par}\vspace{45mm}
{\huge\bfseries %s\par}\vspace{6mm}{\LARGE %s\par}\vspace{20mm}
{\large %s\par}\vspace{6mm}{\large %s\par}\vfill
{\small %s\par}
\end{titlepage}
%s
\end{document}
""" % tuple([tex(x) for x in c["lines"]] + [tex(INVENTED), kes_body(rep)])
    return latex(d, src)


def marrick(rep, d):
    c = rep["cover"]
    md = ["---", "title: \"%s\"" % c["lines"][1], "subtitle: \"%s\"" % c["lines"][0],
          "author: \"%s\"" % c["lines"][2], "date: \"%s\"" % c["lines"][3], "geometry: margin=25mm",
          "fontsize: 11pt", "---", "", "*%s*" % INVENTED, ""]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            md.append("# %s {-}\n" % b[1].replace("1.", "1\\.", 0))
        elif k == "p":
            md.append(FN.sub(lambda m: "^[%s]" % m.group(1), b[1]) + "\n")
        elif k == "items" and b[3] == "runin":
            for lab, t in zip(b[4], b[2]):
                title, rest = runin_split(t)
                md.append("**%s %s** %s\n" % (lab, title, rest))
        elif k == "items" and b[3] == "ol":
            md += ["%d. %s" % (i + 1, t) for i, t in enumerate(b[2])] + [""]
        else:
            raise ValueError(k)
    src = os.path.join(d, "r.md")
    open(src, "w", encoding="utf-8").write("\n".join(md))
    pdf = os.path.join(d, "r.pdf")
    run(["pandoc", src, "-o", pdf, "--pdf-engine=pdflatex"], cwd=d)
    return pdf


# ---------------- groff -ms ----------------
def groff_esc(s):
    s = s.replace("\\", "\\e")
    return "\\&" + s if s[:1] in (".", "'") else s


def pelsworth(rep, d):
    c = rep["cover"]
    out = [".nr PS 11", ".nr VS 14", ".nr PO 1i", ".nr LL 6.3i", ".ds CH", ".ds CF Page %",
           ".sp 1.5i", ".ce 20"]
    for i, l in enumerate(c["lines"]):
        out += ([".sp 0.4i", ".ps 20", ".ft B"] if i in (1, 2, 3) else [".sp 0.4i", ".ps 13", ".ft R"]) + [groff_esc(l)]
    out += [".ps 9", ".ft R", ".sp 2.5i", groff_esc(INVENTED), ".ce 0", ".ps 11", ".bp"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += [".SH", groff_esc(b[1])]
        elif k == "h2":
            out += [".LP", "\\f(BI%s\\fP" % groff_esc(b[1])]
        elif k == "p":
            out += [".PP", groff_esc(plain(b[1]))]
        elif k == "items" and b[3] == "ol":
            for i, t in enumerate(b[2]):
                out += [".IP %d. 4" % (i + 1), groff_esc(t)]
        elif k == "items" and b[3] == "agency":
            last = None
            for a, t in zip(b[4], b[2]):
                if a != last:
                    out += [".LP", "\\fB%s\\fP" % groff_esc(a)]
                    last = a
                out += [".IP \\(bu 4", groff_esc(t)]
        else:
            raise ValueError(k)
    src = os.path.join(d, "r.ms")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    ps = os.path.join(d, "r.ps")
    with open(ps, "wb") as f:
        f.write(run(["groff", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", src]).stdout)
    pdf = os.path.join(d, "r.pdf")
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, pdf])
    return pdf


# ---------------- ReportLab ----------------
def thrushcombe(rep, d):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=7)
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=12)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6,
                        textColor="#0b5345")
    cov = ParagraphStyle("c", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=10)
    tit = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=20)
    c = rep["cover"]
    story = [Spacer(1, 40 * mm), Paragraph(e(c["lines"][0]), cov), Spacer(1, 30 * mm), Paragraph(e(c["lines"][1]), tit),
             Paragraph(e(c["lines"][2]), cov), Paragraph(e(c["lines"][3]), cov), Spacer(1, 60 * mm),
             Paragraph(e(INVENTED), ParagraphStyle("i", fontName="Helvetica", fontSize=8.5, alignment=TA_CENTER)),
             PageBreak()]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d5e8e4"))])
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            story.append(Paragraph(e(b[1]), h1))
        elif k == "p":
            story.append(Paragraph(e(plain(b[1])), body))
        elif k == "items":
            story.append(ListFlowable([ListItem(Paragraph(e(t), body)) for t in b[2]], bulletType="1",
                                      bulletFormat="%s.", leftIndent=18, bulletFontName="Times-Roman", bulletFontSize=11))
        elif k == "glossary":
            t = Table([[Paragraph("<b>Abbreviation</b>", cell), Paragraph("<b>Meaning</b>", cell)]] +
                      [[Paragraph(e(a), cell), Paragraph(e(m), cell)] for a, m in b[1]], colWidths=[35 * mm, 120 * mm])
            t.setStyle(grid)
            story += [t, Spacer(1, 6 * mm)]
        elif k == "break":
            story += [NextPageTemplate("land"), PageBreak()]
        elif k == "plan":
            head = ["Recommendation", "Action", "Lead", "By when", "RAG"]
            data = [[Paragraph("<b>%s</b>" % x, cell) for x in head]] + [[Paragraph(e(x), cell) for x in r] for r in b[1]]
            t = Table(data, colWidths=[95 * mm, 65 * mm, 45 * mm, 28 * mm, 18 * mm], repeatRows=1)
            style = list(grid.getCommands())
            for i, r in enumerate(b[1]):
                style.append(("BACKGROUND", (4, i + 1), (4, i + 1),
                              {"Red": colors.HexColor("#f1948a"), "Amber": colors.HexColor("#f8c471"),
                               "Green": colors.HexColor("#82e0aa")}[r[4]]))
            t.setStyle(TableStyle(style))
            story.append(t)
        else:
            raise ValueError(k)
    pdf = os.path.join(d, "r.pdf")

    def footer(canvas, doc):
        if doc.page > 1:
            canvas.setFont("Helvetica", 8)
            w = canvas._pagesize[0]
            canvas.drawCentredString(w / 2, 10 * mm, "Thrushcombe LSCB  |  SCR Child R  |  %d" % doc.page)

    doc = BaseDocTemplate(pdf, pagesize=A4, title=c["title"])
    pw, ph = A4
    doc.addPageTemplates([
        PageTemplate("port", [Frame(22 * mm, 20 * mm, pw - 44 * mm, ph - 42 * mm)], onPage=footer, pagesize=A4),
        PageTemplate("land", [Frame(18 * mm, 18 * mm, ph - 36 * mm, pw - 36 * mm)], onPage=footer,
                     pagesize=landscape(A4))])
    doc.build(story)
    return pdf


RENDER = {"ashmere-lscb-scr-child-f-overview-report.pdf": ashmere,
          "ashmere-lscb-scr-child-f-executive-summary.pdf": chromium_es, "kestrelford": kestrelford,
          "hollinbury": hollinbury, "pelsworth": pelsworth, "thrushcombe": thrushcombe, "marrick": marrick,
          "ovenden": ovenden}


def render(rep, d):
    return (RENDER.get(rep["file"]) or RENDER[rep["file"].split("-")[0]])(rep, d)
