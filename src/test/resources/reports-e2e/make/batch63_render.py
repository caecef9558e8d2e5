"""Renders batch 63's invented reports (batch63_content.py). render(rep, d) returns the PDF. Producers: LibreOffice
Writer tagged -> Ghostscript PDF/A-2b; pdfLaTeX with footnotes split over pages; wkhtmltopdf with body-size headings;
PyMuPDF fitz.Story; matplotlib PdfPages; ReportLab + PyMuPDF annotations; Chromium + pdftk multibackground letterhead;
Chromium with emoji. Test-fixture tooling only; every report is invented.
"""
import html, os, subprocess, textwrap
from batch63_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer", "--disable-pdf-tagging", "--user-data-dir=/tmp/r63-chrome"]
WRITER_TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def chromium(html_text, d, name="r"):
    src, pdf = os.path.join(d, name + ".html"), os.path.join(d, name + ".pdf")
    open(src, "w", encoding="utf-8").write(html_text)
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def html_blocks(blocks, emoji=None):
    out, brk = [], False
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append('<h1%s>%s</h1>' % (' style="page-break-before: always"' if brk else "",
                                              (emoji[b[1]] + " " if emoji else "") + e(b[1])))
        elif k == "h2":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "items" and b[3] == "emoji":
            out.append("".join('<p class="em"><span class="mk">%s</span> %s</p>' % (b[4], e(t)) for t in b[2]))
        elif k == "items":
            tag = {"ul": "ul", "ol": "ol"}[b[3]]
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "table":
            out.append('<table class="t"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
                "".join("<th>%s</th>" % e(x) for x in b[1]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in b[2])))
        elif k == "contents":
            heads = [x[1] for x in blocks if x[0] == "h1"]
            out.append('<p class="ch">Contents</p>' + "".join('<p class="ce">%s</p>' % e(t) for t in heads))
        elif k == "break":
            brk = True
            continue
        elif k == "note":
            pass
        else:
            raise ValueError(k)
        brk = False
    return "\n".join(out)


def page(title, css, body):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s</body></html>' % (e(title), css, body))


def cover_html(rep):
    return '<div class="cover">%s<p class="inv">%s</p></div>' % (
        "".join('<p class="c%d">%s</p>' % (i, e(l)) for i, l in enumerate(rep["cover"]["lines"])), e(INVENTED))


# ---------------- 1: Writer tagged -> Ghostscript PDF/A-2b ----------------
WRITER_CSS = """
body { font-family: 'Liberation Sans'; font-size: 11pt; }
.cover p { font-size: 16pt; margin: 0 0 8pt; }
.cover .c1 { font-size: 26pt; font-weight: bold; color: #2e5c3a; margin-top: 120pt; }
.cover .c2 { font-size: 22pt; font-weight: bold; }
.cover .inv { font-size: 9pt; margin-top: 160pt; }
h1 { font-size: 16pt; color: #2e5c3a; margin-top: 14pt; }
h2 { font-size: 12.5pt; color: #2e5c3a; }
p { margin: 0 0 7pt; line-height: 140%; }
p.pb { page-break-before: always; margin: 0; }
p.ch { font-size: 18pt; font-weight: bold; color: #2e5c3a; page-break-before: always; }
p.ce { margin: 0 0 5pt 10pt; }
table.t { border-collapse: collapse; font-size: 9pt; width: 100%; }
table.t td, table.t th { border: 0.5pt solid #777; padding: 2pt 4pt; vertical-align: top; text-align: left; }
"""


def ardenmoor(rep, d):
    src = os.path.join(d, "ardenmoor.html")
    open(src, "w", encoding="utf-8").write(page(rep["cover"]["title"].split("|")[0], WRITER_CSS,
                                                cover_html(rep) + html_blocks(rep["blocks"])))
    run(["soffice", "-env:UserInstallation=file:///tmp/lo-r63", "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", WRITER_TAGGED, "--outdir", d, src])
    out = os.path.join(d, "pdfa.pdf")
    run(["gs", "-q", "-dPDFA=2", "-dBATCH", "-dNOPAUSE", "-dNOSAFER", "-dPDFACompatibilityPolicy=1",
         "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite", "-sOutputFile=" + out, os.path.join(d, "ardenmoor.pdf")])
    return out


# ---------------- 2: pdfLaTeX, footnotes split over pages ----------------
def tex(s):
    s = s.replace("\\", "\\textbackslash{}")
    for a, b in (("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_"), ("\u2019", "'")):
        s = s.replace(a, b)
    return s


TEX_HEAD = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[utf8]{inputenc}
\usepackage[margin=25mm]{geometry}\usepackage{longtable}\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\setlength{\parskip}{5pt}\setlength{\parindent}{0pt}
\interfootnotelinepenalty=0
\setcounter{secnumdepth}{0}
\begin{document}
"""


def harrowby(rep, d):
    c = rep["cover"]["lines"]
    body = [TEX_HEAD, "\\begin{titlepage}\\centering\\vspace*{30mm}{\\Large %s\\par}\\vspace{20mm}"
            "{\\Huge\\bfseries %s\\par}\\vspace{8mm}{\\huge %s\\par}\\vspace{6mm}{\\LARGE %s\\par}\\vspace{20mm}"
            "{\\large %s\\par}\\vfill{\\small %s\\par}\\end{titlepage}" % tuple(map(tex, c + [INVENTED])),
            "\\tableofcontents\\clearpage"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            body.append("\\section{%s}" % tex(b[1]))
        elif k == "h2":
            body.append("\\subsection{%s}" % tex(b[1]))
        elif k == "p" and len(b) > 2:
            body.append("%s\\footnote{%s}\n" % (tex(b[1]), tex(b[2])))
        elif k == "p":
            body.append(tex(b[1]) + "\n")
        elif k == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            body.append("\\begin{%s}%s\\end{%s}" % (env, "".join("\\item %s\n" % tex(t) for t in b[2]), env))
        elif k == "table":
            cols = "p{30mm}p{45mm}p{80mm}" if len(b[1]) == 3 else "p{30mm}p{110mm}"
            body.append("{\\small\\begin{longtable}{%s}\\hline %s\\\\\\hline\\endhead %s\\hline\\end{longtable}}" % (
                cols, " & ".join("\\textbf{%s}" % tex(x) for x in b[1]),
                "".join(" & ".join(tex(x) for x in r) + "\\\\\n" for r in b[2])))
        elif k == "break":
            body.append("\\clearpage")
    body.append("\\end{document}\n")
    src = os.path.join(d, "harrowby.tex")
    open(src, "w", encoding="utf-8").write("\n".join(body))
    for _ in range(3):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "harrowby.tex"], cwd=d)
    return os.path.join(d, "harrowby.pdf")


# ---------------- 3: wkhtmltopdf, body-size headings ----------------
KILNSEY_CSS = """
body { font-family: 'Liberation Serif'; font-size: 12pt; line-height: 1.4; }
.cover { page-break-after: always; padding-top: 60mm; }
.cover p { font-size: 16pt; margin: 0 0 10pt; }
.cover .c1 { font-size: 22pt; } .cover .inv { font-size: 10pt; margin-top: 80mm; }
h1 { font: inherit; margin: 16pt 0 4pt; }
p { margin: 0 0 8pt; } li { margin: 0 0 4pt; }
"""


def kilnsey(rep, d):
    src, made, out = os.path.join(d, "kilnsey.html"), os.path.join(d, "wk.pdf"), os.path.join(d, "kilnsey.pdf")
    open(src, "w", encoding="utf-8").write(page(rep["cover"]["title"], KILNSEY_CSS,
                                                cover_html(rep) + html_blocks(rep["blocks"])))
    run(["wkhtmltopdf", "-q", "--enable-local-file-access", "--page-size", "A4",
         "-T", "25mm", "-B", "25mm", "-L", "25mm", "-R", "25mm", src, made])
    # this wkhtmltopdf build (unpatched Qt) writes no outline: the bookmarks are added afterwards, one per heading on
    # the page where it stands, as a PDF editor's 'add bookmarks' does
    import fitz
    doc, toc = fitz.open(made), []
    for b in rep["blocks"]:
        if b[0] == "h1":
            for pg in doc:
                hits = [r for r in pg.search_for(b[1]) if r.x0 < 100]
                if hits and not any(t[1] == b[1] for t in toc):
                    toc.append([1, b[1], pg.number + 1, hits[0].y0])
                    break
    doc.set_toc([[lvl, title, pno, {"kind": fitz.LINK_GOTO, "page": pno - 1, "to": fitz.Point(72, y), "zoom": 0}]
                 for lvl, title, pno, y in toc])
    doc.save(out)
    return out


# ---------------- 4: PyMuPDF Story ----------------
STORY_CSS = """
body { font-family: sans-serif; font-size: 10.5pt; }
h1 { font-size: 15pt; color: #143d6b; margin-top: 12pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 1.35; }
li { margin-bottom: 4pt; }
.cover p { font-size: 14pt; } .cover .c1 { font-size: 28pt; font-weight: bold; color: #143d6b; }
.cover .c2 { font-size: 22pt; } .cover .inv { font-size: 9pt; }
"""


def marrick(rep, d):
    import fitz
    out = os.path.join(d, "marrick.pdf")
    writer = fitz.DocumentWriter(out)
    box = fitz.paper_rect("a4")
    where = box + (64, 64, -64, -64)
    for htm in (cover_html(rep), html_blocks(rep["blocks"])):
        story, more = fitz.Story(html=htm, user_css=STORY_CSS), 1
        while more:
            dev = writer.begin_page(box)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    return out


# ---------------- 5: matplotlib poster ----------------
def thurlstone(rep, d):
    import matplotlib
    matplotlib.use("pdf")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.patches import FancyBboxPatch, Rectangle
    out = os.path.join(d, "thurlstone.pdf")
    fig = plt.figure(figsize=(11.69, 8.27))
    ax = fig.add_axes([0, 0, 1, 1]); ax.set_xlim(0, 297); ax.set_ylim(0, 210); ax.axis("off")
    c = rep["cover"]["lines"]
    ax.add_patch(Rectangle((0, 182), 297, 28, color="#5b2a86"))
    ax.text(10, 200, c[2], color="white", fontsize=20, weight="bold", va="center")
    ax.text(10, 189, c[1] + "  |  " + c[0] + "  |  " + c[3], color="white", fontsize=11, va="center")
    ax.text(10, 4, INVENTED, fontsize=7, color="#444")
    boxes, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "h1":
            cur = [b[1], []]
            boxes.append(cur)
        elif b[0] == "p":
            cur[1] += textwrap.wrap(b[1], 52)
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                mark = "%d. " % (i + 1) if b[3] == "ol" else "\u2022 "
                lines = textwrap.wrap(t, 48)
                cur[1] += [mark + lines[0]] + ["    " + x for x in lines[1:]]
    w, hgt = 88, 80
    for n, (title, lines) in enumerate(boxes):
        x, y = 8 + (n % 3) * 96, 96 - (n // 3) * 86
        ax.add_patch(FancyBboxPatch((x, y), w, hgt, boxstyle="round,pad=0,rounding_size=4", fc="#f3eef8", ec="#5b2a86"))
        ax.add_patch(Rectangle((x, y + hgt - 12), w, 12, color="#5b2a86"))
        ax.text(x + 4, y + hgt - 6, title, color="white", fontsize=12, weight="bold", va="center")
        for j, line in enumerate(lines):
            ax.text(x + 4, y + hgt - 18 - j * 5.2, line, fontsize=9, va="top")
    with PdfPages(out, metadata={"Title": "Learning on a page"}) as pp:
        pp.savefig(fig)
    return out


# ---------------- 6: ReportLab + PyMuPDF annotations ----------------
def lisburn_road(rep, d):
    import fitz
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, ListFlowable, ListItem
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10,
                          textColor="#003b5c")
    big = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=24, leading=30)
    story = [Spacer(1, 60 * mm)]
    for i, l in enumerate(rep["cover"]["lines"]):
        story.append(Paragraph(e(l), big if i in (1, 2) else ParagraphStyle("s", parent=body, fontSize=14, leading=20)))
    story += [Spacer(1, 60 * mm), Paragraph(e(INVENTED), body), PageBreak()]
    notes = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            story.append(Paragraph(e(b[1]), head))
            last = b[1]
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), body))
        elif b[0] == "items":
            story.append(ListFlowable([ListItem(Paragraph(e(t), body)) for t in b[2]],
                                      bulletType="1" if b[3] == "ol" else "bullet", leftIndent=18))
        elif b[0] == "note":
            notes.append((last, b[1], b[2]))
    made = os.path.join(d, "body.pdf")
    SimpleDocTemplate(made, pagesize=A4, leftMargin=22 * mm, rightMargin=60 * mm, topMargin=22 * mm,
                      bottomMargin=22 * mm, title=rep["cover"]["title"]).build(story)
    doc = fitz.open(made)
    for heading, kind, text in notes:
        for pg in doc:
            hits = pg.search_for(heading)
            if not hits:
                continue
            r = hits[0]
            if kind == "FreeText":
                a = pg.add_freetext_annot(fitz.Rect(455, r.y0, 580, r.y0 + 60), text, fontsize=8, fontname="Helv",
                                          text_color=(0.6, 0, 0), fill_color=(1, 1, 0.8))
            elif kind == "Text":
                a = pg.add_text_annot(fitz.Point(r.x1 + 10, r.y0), text)
            else:
                a = pg.add_ink_annot([[(r.x0, r.y1 + 2), (r.x0 + 60, r.y1 + 5), (r.x0 + 120, r.y1 + 1)]])
                a.set_colors(stroke=(0.8, 0, 0))
            a.set_info(title="Reviewer")
            a.update()
            break
    out = os.path.join(d, "annotated.pdf")
    doc.save(out)
    return out


# ---------------- 7: Chromium + pdftk multibackground letterhead ----------------
WYE_CSS = """
@page { size: A4; margin: 48mm 22mm 30mm 30mm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; }
.cover { break-after: page; padding-top: 20mm; }
.cover p { font-size: 15pt; margin: 0 0 8pt; } .cover .c1 { font-size: 24pt; font-weight: bold; }
.cover .c2 { font-size: 22pt; } .cover .inv { font-size: 9pt; margin-top: 60mm; }
h1 { font-size: 14pt; color: #00664f; margin: 14pt 0 5pt; }
p { margin: 0 0 7pt; } li { margin: 0 0 4pt; }
"""


def wyebridge(rep, d):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    made = chromium(page(rep["cover"]["title"], WYE_CSS, cover_html(rep) + html_blocks(rep["blocks"])), d, "wye")
    lh = os.path.join(d, "letterhead.pdf")
    cv = canvas.Canvas(lh, pagesize=A4)
    W, H = A4
    cv.setFillColor("#00664f"); cv.rect(0, 0, 14, H, fill=1, stroke=0)
    cv.setFont("Helvetica-Bold", 15); cv.drawString(85, H - 62, "Wyebridge Safeguarding")
    cv.drawString(85, H - 80, "Children Partnership")
    cv.setFont("Helvetica", 8.5); cv.setFillColor("#333333")
    for i, t in enumerate(["Civic Offices", "Market Street", "Wyebridge WB1 2AA", "Tel: 01632 960 418",
                           "wscp@wyebridge.example"]):
        cv.drawRightString(W - 62, H - 50 - i * 11, t)
    cv.setStrokeColor("#00664f"); cv.line(85, H - 112, W - 62, H - 112)
    cv.setFont("Helvetica", 7)
    cv.drawString(85, 40, "Wyebridge Safeguarding Children Partnership is a partnership of Wyebridge Council, "
                          "Wyebridge Police and NHS Wyebridge.")
    cv.drawString(85, 31, "Registered office: Civic Offices, Market Street, Wyebridge WB1 2AA")
    cv.showPage(); cv.save()
    out = os.path.join(d, "wyebridge.pdf")
    run(["pdftk", made, "multibackground", lh, "output", out])
    return out


# ---------------- 8: Chromium with emoji ----------------
FEN_CSS = """
@page { size: A4; margin: 20mm; }
body { font-family: 'Liberation Sans', 'Noto Color Emoji'; font-size: 11pt; line-height: 1.45; }
.cover { background: #ffe9c7; padding: 10mm; margin-bottom: 8mm; }
.cover p { margin: 0 0 4pt; } .cover .c1 { font-size: 13pt; text-transform: uppercase; letter-spacing: 1pt; }
.cover .c2 { font-size: 22pt; font-weight: bold; } .cover .inv { font-size: 8.5pt; }
h1 { font-size: 16pt; color: #b3541e; margin: 14pt 0 5pt; }
p { margin: 0 0 7pt; } p.em { margin-left: 2mm; } .mk { font-size: 13pt; }
"""


def fenwick(rep, d):
    body = cover_html(rep) + html_blocks(rep["blocks"], rep["heading_emoji"])
    return chromium(page(rep["cover"]["title"].split("|")[0], FEN_CSS, body), d, "fenwick")


RENDER = {"ardenmoor": ardenmoor, "harrowby": harrowby, "kilnsey": kilnsey, "marrick": marrick,
          "thurlstone": thurlstone, "lisburn": lisburn_road, "wyebridge": wyebridge, "fenwick": fenwick}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
