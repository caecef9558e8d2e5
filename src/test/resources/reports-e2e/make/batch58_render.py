"""Renders batch 58's invented reports (batch58_content.py). render(rep, d) returns the PDF. Producers: python-docx +
LibreOffice (untagged), pdfLaTeX, LuaLaTeX, Chromium (tagged and untagged), WeasyPrint, ReportLab platypus.
Test-fixture tooling only; every report is invented.
"""
import html, os, subprocess
from batch58_content import INVENTED, INVENTED_CY

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r58-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r58-lo"


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def labels_of(b):
    return b[4] if len(b) > 4 else [None] * len(b[2])


# ---------------- python-docx ----------------
def shade(cell, fill):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def docx_cover(doc, c, bilingual):
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    doc.add_paragraph(c["partnership"]).runs[0].font.size = Pt(13)
    for _ in range(5):
        doc.add_paragraph("")
    if bilingual:
        doc.add_paragraph(c["title_cy"], style="Title")
    doc.add_paragraph(c["title"], style="Title")
    for _ in range(3):
        doc.add_paragraph("")
    doc.add_paragraph(c["by"])
    doc.add_paragraph(c["date"])
    for _ in range(6):
        doc.add_paragraph("")
    if bilingual:
        doc.add_paragraph(INVENTED_CY).runs[0].font.size = Pt(9)
    last = doc.add_paragraph(INVENTED)
    last.runs[0].font.size = Pt(9)
    last.add_run().add_break(WD_BREAK.PAGE)


def docx_list(container, texts, style, doc):
    for t in texts:
        if hasattr(container, "add_paragraph") and container is not doc:
            p = container.add_paragraph(t, style="List Number" if style == "ol" else "List Bullet")
        else:
            p = doc.add_paragraph(t, style="List Number" if style == "ol" else "List Bullet")


def docx_restart_numbering(doc):
    """A new w:num over List Number's abstract numbering with a restart override, so each list counts from 1."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"]._element.pPr.numPr.numId.val
    abstract = [n for n in numbering.findall(qn("w:num")) if n.numId == style_num][0].abstractNumId.val
    new_id = max(n.numId for n in numbering.findall(qn("w:num"))) + 1
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        '</w:lvlOverride></w:num>' % (nsdecls("w"), new_id, abstract)))
    return new_id


def docx_numbered(par, num_id):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    par._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                             % (nsdecls("w"), num_id)))


def docx_items(doc, target, texts, style):
    num = docx_restart_numbering(doc) if style == "ol" else None
    for t in texts:
        p = target.add_paragraph(t, style="List Number" if style == "ol" else "List Bullet")
        if num:
            docx_numbered(p, num)


def docx_qa(doc, rows):
    from docx.shared import Cm
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.autofit = False
    for q, blocks in rows:
        cells = t.add_row().cells
        cells[0].text = q
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "DEEAF6")
        first = True
        for b in blocks:
            if b[0] == "p":
                if first:
                    cells[1].paragraphs[0].text = b[1]
                else:
                    cells[1].add_paragraph(b[1])
            else:
                if first:
                    cells[1]._tc.remove(cells[1].paragraphs[0]._p)
                docx_items(doc, cells[1], b[2], b[3])
            first = False
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(5.5), Cm(10.5)
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    doc.add_paragraph("")


def docx_render(rep, d):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Carlito", Pt(11)
    if rep["body_from"] > 1:
        docx_cover(doc, rep["cover"], "title_cy" in rep["cover"])
    else:
        doc.add_paragraph(rep["cover"]["partnership"]).runs[0].bold = True
        doc.add_paragraph(rep["cover"]["title"], style="Title")
        doc.add_paragraph(rep["cover"]["by"] + ". " + rep["cover"]["date"])
    for b in rep["blocks"]:
        k = b[0]
        if k in ("h1", "hx"):
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "items":
            docx_items(doc, doc, b[2], b[3])
        elif k == "xitems":
            docx_items(doc, doc, b[1], b[2])
        elif k == "qa":
            docx_qa(doc, b[1])
        elif k == "break":
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    path = os.path.join(d, "r.docx")
    doc.save(path)
    run(["soffice", "--headless", LO_PROFILE, "--convert-to", "pdf", "--outdir", d, path])
    return path[:-5] + ".pdf"


# ---------------- LaTeX ----------------
def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_"))


def latex(d, src, engine):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


def tex_body(rep, chapter):
    out = []
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("\\%s{%s}" % ("chapter" if chapter else "section", tex(b[1])))
        elif k == "h2":
            out.append("\\%s*{%s}" % ("section" if chapter else "subsection", tex(b[1])))
        elif k == "h3":
            out.append("\\%s*{%s}" % ("subsection" if chapter else "subsubsection", tex(b[1])))
        elif k == "p":
            out.append(tex(b[1]) + "\n")
        elif k == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            out.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
        elif k == "sign":
            rows = ["%s & %s & %s & %s & %s & %s \\\\ \\hline" % tuple(tex(x) for x in r) for r in b[1]]
            out.append("\\begin{center}\\small\\begin{tabular}{|l|l|l|l|l|l|}\\hline\n%s\n\\end{tabular}\\end{center}"
                       % "\n".join(rows))
        elif k == "table":
            rows = ["\\textbf{%s} & %s \\\\ \\hline" % (tex(a), tex(c)) for a, c in b[2]]
            out.append("\\begin{longtable}{|p{40mm}|p{110mm}|}\\hline\n\\textbf{%s} & \\textbf{%s} \\\\ \\hline\n%s\n"
                       "\\end{longtable}" % (tex(b[1][0]), tex(b[1][1]), "\n".join(rows)))
        elif k == "chron":
            rows = ["%s & %s & %s \\\\ \\hline" % tuple(tex(x) for x in r) for r in b[1]]
            out.append("\\begin{longtable}{|p{30mm}|p{35mm}|p{85mm}|}\\hline\n\\textbf{Date} & \\textbf{Agency} & "
                       "\\textbf{Event} \\\\ \\hline\\endhead\n%s\n\\end{longtable}" % "\n".join(rows))
        else:
            raise ValueError(k)
    return "\n".join(out)


def dyffryn(rep, d):
    c = rep["cover"]
    src = r"""\documentclass[11pt,a4paper,openany]{report}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=25mm]{geometry}
\usepackage{longtable,titlesec}
\titleformat{\chapter}{\Large\bfseries}{\thechapter.}{0.6em}{}
\titlespacing*{\chapter}{0pt}{0pt}{12pt}
\setlength{\parskip}{6pt}
\setlength{\parindent}{0pt}
\hyphenpenalty=10000
\begin{document}
\begin{titlepage}\centering
{\large %s\par}\vspace{40mm}
{\huge\bfseries %s\par}\vspace{15mm}
{\large %s\par}\vspace{8mm}{\large %s\par}\vfill
{\small %s\par}
\end{titlepage}
%s
\end{document}
""" % (tex(c["partnership"]), tex(c["title"]), tex(c["by"]), tex(c["date"]), tex(INVENTED), tex_body(rep, True))
    return latex(d, src, "pdflatex")


def kelbrook(rep, d):
    c = rep["cover"]
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{TeX Gyre Termes}
\setsansfont{TeX Gyre Heros}
\usepackage[margin=24mm]{geometry}
\usepackage{titlesec,xcolor}
\definecolor{panel}{RGB}{0,84,122}
\titleformat{\section}{\sffamily\Large\bfseries\color{panel}}{\thesection}{0.6em}{}
\titleformat{\subsection}{\sffamily\large\bfseries}{}{0em}{}
\titleformat{\subsubsection}{\sffamily\normalsize\itshape\color{panel}}{}{0em}{}
\setlength{\parskip}{5pt}
\setlength{\parindent}{0pt}
\begin{document}
\thispagestyle{empty}
\begin{center}
{\sffamily\large %s\par}\vspace{50mm}
{\sffamily\Huge\bfseries\color{panel} %s\par}\vspace{15mm}
{\large %s\par}\vspace{6mm}{\large %s\par}\vfill
{\small %s\par}
\end{center}
\newpage
%s
\end{document}
""" % (tex(c["partnership"]), tex(c["title"]), tex(c["by"]), tex(c["date"]), tex(INVENTED), tex_body(rep, False))
    return latex(d, src, "lualatex")


# ---------------- HTML (Chromium, WeasyPrint) ----------------
def html_body(rep, opts):
    out, h1n = [], 0
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            h1n += 1
            num = "%d. " % h1n if opts.get("numbered") and not b[1].startswith("Appendix") else ""
            out.append("<h2>%s%s</h2>" % (num, e(b[1])))
        elif k == "hx":
            out.append('<h1 class="part">%s</h1>' % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "h3":
            out.append("<h4>%s</h4>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "items":
            out.append(html_items(b))
        elif k == "reflect":
            out.append('<div class="reflect"><p class="rt">%s</p><ul>%s</ul></div>'
                       % (e(b[1]), "".join("<li>%s</li>" % e(q) for q in b[2])))
        elif k == "table":
            out.append('<table class="grid"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                       % ("".join("<th>%s</th>" % e(x) for x in b[1]),
                          "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in b[2])))
        elif k == "chron":
            out.append('<table class="grid chron"><thead><tr><th>Date</th><th>Agency</th><th>Event</th></tr></thead>'
                       '<tbody>%s</tbody></table>'
                       % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in b[1]))
        elif k == "break":
            out.append('<div style="break-after: page"></div>')
        else:
            raise ValueError(k)
    return "\n".join(out)


def html_items(b):
    style, texts, labels = b[3], b[2], labels_of(b)
    if style == "ol":
        return "<ol>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in texts)
    if style == "ul":
        return "<ul>%s</ul>" % "".join("<li>%s</li>" % e(t) for t in texts)
    if style == "head":
        return "".join('<p class="lphead">%s</p><p class="lp">%s</p>' % (e(l), e(t)) for l, t in zip(labels, texts))
    if style == "runin":
        return ('<table class="recs">%s</table>'
                % "".join('<tr><td class="lab">%s</td><td>%s</td></tr>' % (e(l), e(t)) for l, t in zip(labels, texts)))
    raise ValueError(style)


def html_doc(rep, css, opts):
    c = rep["cover"]
    cover = ('<div class="cover"><p class="pt">%s</p><h1 class="title">%s</h1><p>%s</p><p>%s</p><p class="inv">%s</p>'
             '</div>' % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s%s</body></html>' % (e(c["title"]), css, cover, html_body(rep, opts)))


BASE_CSS = """
.cover { break-after: page; padding-top: 60mm; }
.cover .pt { font-size: 14pt; }
.cover .title { font-size: 26pt; margin: 20mm 0 10mm; }
.cover .inv { margin-top: 60mm; font-size: 9pt; }
table.grid { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.grid th, table.grid td { border: 0.5pt solid #777; padding: 3pt 5pt; vertical-align: top; text-align: left; }
table.grid th { background: #dde6ee; }
"""

GLEN_CSS = BASE_CSS + """
@page { size: A4; margin: 22mm 22mm 24mm 22mm; @bottom-center { content: "Learning Review: Child K  |  " counter(page); font-size: 8.5pt; color: #555; } }
@page :first { @bottom-center { content: none; } }
body { font-family: "DejaVu Serif"; font-size: 10.5pt; line-height: 1.45; }
h2 { font-family: "DejaVu Sans"; font-size: 16pt; color: #004b6b; margin: 18pt 0 8pt; }
h3 { font-family: "DejaVu Sans"; font-size: 12pt; color: #004b6b; margin: 12pt 0 5pt; }
p { margin: 0 0 7pt; text-align: justify; }
.lphead { font-family: "DejaVu Sans"; font-weight: bold; color: #004b6b; margin-top: 12pt; margin-bottom: 3pt; }
.reflect { background: #e9f2f6; border-left: 4pt solid #4a90b0; padding: 6pt 10pt; margin: 4pt 0 12pt; }
.reflect .rt { font-family: "DejaVu Sans"; font-weight: bold; font-size: 9.5pt; margin: 0 0 3pt; }
.reflect ul { margin: 0; font-size: 9.5pt; }
"""

WYCH_CSS = BASE_CSS + """
@page { size: A4; margin: 20mm 20mm 22mm 20mm; }
body { font-family: "Liberation Sans"; font-size: 10.5pt; line-height: 1.4; }
h2 { font-size: 15pt; color: #6a1b4d; border-bottom: 1.5pt solid #6a1b4d; padding-bottom: 2pt; margin: 16pt 0 7pt; }
h3 { font-size: 11.5pt; color: #6a1b4d; margin: 10pt 0 4pt; }
table.recs { border-collapse: collapse; width: 100%; margin: 2pt 0 10pt; }
table.recs td { padding: 3pt 6pt; vertical-align: top; border-top: 0.5pt solid #ccc; }
table.recs td.lab { font-weight: bold; color: #6a1b4d; width: 14mm; }
"""

OAK_CSS = BASE_CSS + """
@page { size: A4; margin: 22mm; }
body { font-family: "Liberation Serif"; font-size: 11.5pt; line-height: 1.4; }
h1.part { font-family: "Liberation Sans"; font-size: 20pt; color: #fff; background: #2e5e3e; padding: 6pt 10pt; margin: 0 0 14pt; }
h2 { font-family: "Liberation Sans"; font-size: 15pt; color: #2e5e3e; margin: 16pt 0 6pt; }
h3 { font-family: "Liberation Sans"; font-size: 12pt; font-style: italic; margin: 10pt 0 4pt; }
"""


def chromium(rep, d, css, tagged, opts=None):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, css, opts or {}))
    run(CHROMIUM + ([] if tagged else ["--disable-pdf-tagging"]) + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def glenmorven(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, GLEN_CSS, {"numbered": True}))
    run(["weasyprint", src, pdf])
    return pdf


def wychbury(rep, d):
    return chromium(rep, d, WYCH_CSS, False)


def oakridge(rep, d):
    return chromium(rep, d, OAK_CSS, True)


# ---------------- ReportLab ----------------
def ballykeel(rep, d):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=12, spaceAfter=6,
                        textColor="#003a70")
    h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    cov = ParagraphStyle("c", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER)
    tit = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_CENTER, textColor="#003a70")
    c = rep["cover"]
    story = [Paragraph(e(c["partnership"]), cov), Spacer(1, 50 * mm), Paragraph(e(c["title"]), tit), Spacer(1, 15 * mm),
             Paragraph(e(c["by"]), cov), Paragraph(e(c["date"]), cov), Spacer(1, 60 * mm),
             Paragraph(e(INVENTED), ParagraphStyle("i", fontName="Helvetica", fontSize=8.5, alignment=TA_CENTER)),
             PageBreak()]
    for b in rep["blocks"]:
        if b[0] == "h1":
            story.append(Paragraph(e(b[1]), h1))
        elif b[0] == "h2":
            story.append(Paragraph(e(b[1]), h2))
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), body))
        elif b[0] == "items":
            story.append(ListFlowable([ListItem(Paragraph(e(t), body)) for t in b[2]],
                                      bulletType="1" if b[3] == "ol" else "bullet", bulletFormat="%s.",
                                      leftIndent=16, bulletFontName="Helvetica", bulletFontSize=10.5))
        else:
            raise ValueError(b[0])
    pdf = os.path.join(d, "r.pdf")

    def footer(canvas, doc):
        if doc.page > 1:
            canvas.setFont("Helvetica", 8)
            canvas.drawCentredString(A4[0] / 2, 12 * mm, "CMR Child P - page %d" % doc.page)

    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                      bottomMargin=22 * mm, title=c["title"]).build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


RENDER = {"gwyrfai": docx_render, "dyffryn": dyffryn, "glenmorven": glenmorven, "ballykeel": ballykeel,
          "marlbrook": docx_render, "wychbury": wychbury, "kelbrook": kelbrook, "oakridge": oakridge}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
