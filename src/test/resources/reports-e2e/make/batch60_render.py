"""Renders batch 60's invented reports (batch60_content.py). render(rep, d) returns the PDF. Producers: python-docx +
LibreOffice (untagged), Chromium (tagged and untagged), WeasyPrint, ReportLab platypus, groff -me, pdfLaTeX (multicol),
XeLaTeX (endnotes). Test-fixture tooling only; every report is invented.
"""
import html, os, re, subprocess
from batch60_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r60-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r60-lo"
EN = re.compile(r"\[\[en:(.*?)\]\]")


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def plain(s):
    return EN.sub("", s)


# ---------------- A: python-docx -> LibreOffice ----------------
def harrowgate(rep, d):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Carlito", Pt(11.5)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.15
    f = sec.footer.paragraphs[0]
    f.text = "Harrowgate Moor Safeguarding Children Partnership  |  Thematic review: exploitation outside the home"
    f.runs[0].font.size = Pt(8)
    c = rep["cover"]
    for i, line in enumerate(c["lines"]):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt([14, 28, 22, 13, 12, 12][i])
        p.runs[0].bold = i in (1, 2)
        p.paragraph_format.space_before = Pt([0, 110, 10, 18, 70, 6][i])
    p = doc.add_paragraph(INVENTED)
    p.paragraph_format.space_before = Pt(120)
    p.runs[0].font.size = Pt(9)
    p.add_run().add_break(WD_BREAK.PAGE)
    notes = []

    def para(text):
        p = doc.add_paragraph()
        pos = 0
        for m in EN.finditer(text):
            p.add_run(text[pos:m.start()])
            notes.append(m.group(1))
            r = p.add_run(str(len(notes)))
            r.font.superscript = True
            pos = m.end()
        p.add_run(text[pos:])
        return p

    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            para(b[1])
        elif k == "quote":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = p.paragraph_format.right_indent = Cm(1.8)
            p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(12)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.italic, r.font.size, r.font.color.rgb = True, Pt(14), RGBColor(0x6a, 0x1b, 0x9a)
        elif k == "items" and b[3] == "ul":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
        elif k == "items" and b[3] == "ol":
            for i, t in enumerate(b[2]):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1)
                p.paragraph_format.first_line_indent = Cm(-1)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(1))
                p.add_run("%d.\t%s" % (i + 1, t))
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for cell, x in zip(t.rows[0].cells, b[1]):
                cell.text = x
                cell.paragraphs[0].runs[0].bold = True
            for r in b[2]:
                for cell, x in zip(t.add_row().cells, r):
                    cell.text = x
                    cell.paragraphs[0].runs[0].font.size = Pt(10)
            doc.add_paragraph("")
        elif k == "endnotes":
            for i, n in enumerate(notes):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.8)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
                r = p.add_run("%d\t%s" % (i + 1, n))
                r.font.size = Pt(10)
        elif k == "break":
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    path = os.path.join(d, "r.docx")
    doc.save(path)
    run(["soffice", "--headless", LO_PROFILE, "--convert-to", "pdf", "--outdir", d, path])
    return path[:-5] + ".pdf"


# ---------------- HTML (Chromium, WeasyPrint) ----------------
def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(plain(b[1])))
        elif k == "items":
            style, texts = b[3], b[2]
            if style == "sidebar":
                out.append('<aside class="side"><h4>%s</h4><ol>%s</ol></aside>'
                           % (e(b[4]), "".join("<li>%s</li>" % e(t) for t in texts)))
            else:
                tag = "ul" if style == "ul" else "ol"
                out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in texts), tag))
        elif k == "table":
            out.append('<table class="grid"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
                "".join("<th>%s</th>" % e(x) for x in b[1]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in b[2])))
        elif k == "break":
            out.append('<div style="break-after: page"></div>')
        else:
            raise ValueError(k)
    return "\n".join(out)


def html_doc(rep, css):
    c = rep["cover"]
    cover = '<div class="cover">%s<p class="inv">%s</p></div>' % (
        "".join('<p class="c%d">%s</p>' % (i, e(l)) for i, l in enumerate(c["lines"])), e(INVENTED))
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s<main>%s</main></body></html>' % (e(c["title"]), css, cover, html_blocks(rep["blocks"])))


BASE_CSS = """
.cover { break-after: page; text-align: center; padding-top: 35mm; }
.cover p { margin: 6mm 0; font-size: 14pt; }
.cover .c1, .cover .c2 { font-size: 24pt; font-weight: bold; }
.cover .inv { margin-top: 60mm; font-size: 9pt; }
table.grid { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.grid th, table.grid td { border: 0.6pt solid #555; padding: 3pt 5pt; vertical-align: top; text-align: left; }
table.grid th { background: #e8e2f0; }
li { margin-bottom: 5pt; }
"""

CARNBRAE_CSS = BASE_CSS + """
@page { size: A4; margin: 20mm 20mm 22mm 20mm; }
body { font-family: "Liberation Sans"; font-size: 11pt; line-height: 1.5; color: #1b1b1b; }
h2 { font-size: 15pt; color: #24476b; margin: 20pt 0 8pt; }
h3 { font-size: 12pt; color: #24476b; margin: 14pt 0 6pt; }
p { margin: 0 0 8pt; }
"""

PENHALLOW_CSS = BASE_CSS + """
@page { size: A4; margin: 22mm 20mm; @bottom-right { content: "SILP Child R  |  page " counter(page); font-size: 8pt; color: #666; } }
@page :first { @bottom-right { content: none; } }
body { font-family: "DejaVu Sans"; font-size: 10pt; line-height: 1.5; }
h2 { font-size: 13pt; color: #00607a; border-bottom: 1.5pt solid #00a0b0; padding-bottom: 2pt; margin: 18pt 0 8pt; }
h3 { font-size: 11pt; color: #00607a; margin: 10pt 0 4pt; font-style: italic; }
p { margin: 0 0 7pt; text-align: justify; }
"""

ELLERBY_CSS = BASE_CSS + """
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Liberation Serif"; font-size: 11.5pt; line-height: 1.5; }
h2 { font-family: "Liberation Sans"; font-size: 15pt; color: #7a3b00; margin: 18pt 0 8pt; }
h3 { font-family: "Liberation Sans"; font-size: 12pt; margin: 12pt 0 5pt; }
p { margin: 0 0 8pt; text-align: justify; }
aside.side { float: right; width: 44%; margin: 0 0 10pt 14pt; padding: 8pt 10pt; background: #fdf0dc;
             border: 1.2pt solid #c77a1e; font-family: "Liberation Sans"; font-size: 10.5pt; line-height: 1.55; }
aside.side h4 { margin: 0 0 6pt; font-size: 12pt; color: #7a3b00; }
aside.side ol { margin: 0; padding-left: 16pt; }
aside.side li { margin-bottom: 9pt; }
"""


def chromium(rep, d, css, tagged):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, css))
    run(CHROMIUM + ([] if tagged else ["--disable-pdf-tagging"]) + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def carnbrae(rep, d):
    return chromium(rep, d, CARNBRAE_CSS, True)


def ellerby(rep, d):
    return chromium(rep, d, ELLERBY_CSS, False)


def penhallow(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, PENHALLOW_CSS))
    run(["weasyprint", src, pdf])
    return pdf


# ---------------- ReportLab ----------------
def westerby(rep, d):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=12, spaceAfter=6,
                        textColor="#5a2d82")
    cov = ParagraphStyle("c", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=10)
    tit = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=18)
    c = rep["cover"]
    story = [Spacer(1, 40 * mm), Paragraph(e(c["lines"][0]), cov), Spacer(1, 25 * mm), Paragraph(e(c["lines"][1]), tit)]
    story += [Paragraph(e(x), cov) for x in c["lines"][2:]]
    story += [Spacer(1, 60 * mm),
              Paragraph(e(INVENTED), ParagraphStyle("i", fontName="Helvetica", fontSize=8.5, alignment=TA_CENTER)),
              PageBreak()]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            story.append(Paragraph(e(b[1]), h1))
        elif k == "p":
            story.append(Paragraph(e(plain(b[1])), body))
        elif k == "items":
            story.append(ListFlowable([ListItem(Paragraph(e(t), body)) for t in b[2]], bulletType="1",
                                      bulletFormat="%s.", leftIndent=18, bulletFontName="Helvetica", bulletFontSize=10.5))
        else:
            raise ValueError(k)
    pdf = os.path.join(d, "r.pdf")

    def footer(canvas, doc):
        if doc.page > 1:
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, "Rapid Review: Baby N  -  %d" % doc.page)

    SimpleDocTemplate(pdf, pagesize=A4, title=c["title"], leftMargin=22 * mm, rightMargin=22 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


# ---------------- groff -me ----------------
def groff_esc(s):
    s = s.replace("\\", "\\e")
    return "\\&" + s if s[:1] in (".", "'") else s


def kian(rep, d):
    c = rep["cover"]
    out = [".nr pp 11", ".nr tp 11", ".nr sp 12", ".nr ps 0.5v", ".ll 6.3i", ".po 1i", ".he ''''",
           ".fo ''A letter to Kian - %''", ".sp 1.6i", ".ce 20"]
    for i, l in enumerate(c["lines"]):
        out += [".sp 0.35i", ".sz %d" % ([14, 20, 24, 12, 12][i]), ".ft %s" % ("B" if i in (1, 2) else "R"), groff_esc(l)]
    out += [".sz 9", ".ft R", ".sp 2.6i", groff_esc(INVENTED), ".ce 0", ".sz 11", ".bp"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += [".uh \"%s\"" % b[1]]
        elif k == "p":
            out += [".pp", groff_esc(plain(b[1]))]
        elif k == "items" and b[3] == "para":
            for t in b[2]:
                out += [".pp", groff_esc(t)]
        elif k == "items" and b[3] == "ul":
            for t in b[2]:
                out += [".ip \\(bu 3n", groff_esc(t)]
        else:
            raise ValueError(k)
    src = os.path.join(d, "r.me")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    ps = os.path.join(d, "r.ps")
    with open(ps, "wb") as f:
        f.write(run(["groff", "-me", "-Tps", "-dpaper=a4", "-P-pa4", src]).stdout)
    pdf = os.path.join(d, "r.pdf")
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, pdf])
    return pdf


# ---------------- LaTeX ----------------
def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_"))


def tex_en(s):
    return EN.sub(lambda m: "\\endnote{%s}" % tex(m.group(1)), tex(s))


def latex(d, src, engine="pdflatex", passes=2):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(passes):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


def tex_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("\\section*{%s}" % tex(b[1]))
        elif k == "h2":
            out.append("\\subsection*{%s}" % tex(b[1]))
        elif k == "p":
            out.append(tex_en(b[1]) + "\n")
        elif k == "items" and b[3] in ("ol", "ul"):
            env = "enumerate" if b[3] == "ol" else "itemize"
            out.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
        elif k == "items" and b[3] == "resp":
            out.append("\\begin{itemize}\n%s\n\\end{itemize}" % "\n".join(
                "\\item %s\n\n\\textit{Response: %s}" % (tex(t), tex(r)) for t, r in zip(b[2], b[4])))
        elif k == "endnotes":
            out.append("\\theendnotes")
        else:
            raise ValueError(k)
    return "\n".join(out)


def dromore(rep, d):
    c = rep["cover"]
    src = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{mathpazo}
\usepackage[margin=18mm]{geometry}
\usepackage{multicol,titlesec,enumitem}
\titleformat*{\section}{\large\bfseries\sffamily}
\titlespacing*{\section}{0pt}{10pt}{4pt}
\setlength{\columnsep}{7mm}
\setlength{\parskip}{4pt}
\setlength{\parindent}{0pt}
\setlist{leftmargin=*,itemsep=2pt}
\pagestyle{plain}
\begin{document}
\begin{center}
{\small\sffamily %s\par}\vspace{3mm}
{\LARGE\bfseries\sffamily %s: %s\par}\vspace{2mm}
{\large %s\par}\vspace{1mm}{\normalsize %s \quad %s\par}\vspace{2mm}
{\footnotesize\itshape %s\par}
\end{center}
\vspace{3mm}\hrule\vspace{4mm}
\begin{multicols}{2}
%s
\end{multicols}
\end{document}
""" % tuple([tex(x) for x in c["lines"]] + [tex(INVENTED), tex_blocks(rep["blocks"])])
    return latex(d, src)


def silverdale(rep, d):
    c = rep["cover"]
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{Liberation Serif}
\setsansfont{Liberation Sans}
\usepackage[margin=24mm]{geometry}
\usepackage{titlesec,enumitem,endnotes,xcolor}
\titleformat*{\section}{\Large\bfseries\sffamily\color[HTML]{1F5C3A}}
\titleformat*{\subsection}{\large\bfseries\sffamily}
\setlength{\parskip}{6pt}
\setlength{\parindent}{0pt}
\setlist[itemize]{itemsep=6pt}
\renewcommand{\enoteheading}{}
\renewcommand{\notesname}{}
\begin{document}
{\sffamily\small %s\par}\vspace{6mm}
{\raggedright\sffamily\huge\bfseries %s\par}\vspace{3mm}
{\sffamily\LARGE %s\par}\vspace{3mm}
{\large %s\quad\textbar\quad %s\par}\vspace{3mm}
{\footnotesize\itshape %s\par}\vspace{6mm}
%s
\end{document}
""" % tuple([tex(x) for x in c["lines"]] + [tex(INVENTED), tex_blocks(rep["blocks"])])
    return latex(d, src, "xelatex")


RENDER = {"harrowgate": harrowgate, "carnbrae": carnbrae, "penhallow": penhallow, "westerby": westerby,
          "lowmoor": kian, "dromore": dromore, "ellerby": ellerby, "silverdale": silverdale}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
