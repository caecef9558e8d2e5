"""Renders batch 62's invented reports (batch62_content.py). render(rep, d) returns the PDF. Producers: Chromium
(Google-Docs-like styles; Word review look with tracked-change balloons), Chromium + pypdf (A4, A3 fold-out and a
/Rotate 90 landscape page), ConTeXt MkIV (two columns, run-in heads), groff -mom, asciidoctor -> HTML -> Chromium,
calibre ebook-convert (HTML -> EPUB -> PDF), ReportLab (RC4 40-bit owner password). Test-fixture tooling only; every
report is invented.
"""
import html, os, re, subprocess
from batch62_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer", "--disable-pdf-tagging", "--user-data-dir=/tmp/r62-chrome"]
NUM = re.compile(r"^\d+\.?\s+")


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def chromium(html_text, d, name="r"):
    src, pdf = os.path.join(d, name + ".html"), os.path.join(d, name + ".pdf")
    open(src, "w", encoding="utf-8").write(html_text)
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def html_blocks(blocks, h1="h1", h2="h2"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<%s>%s</%s>" % (h1, e(b[1]), h1))
        elif k == "h2":
            out.append("<%s>%s</%s>" % (h2, e(b[1]), h2))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "items" and b[3] == "findlet":
            out.append('<ol class="find">%s</ol>' % "".join(
                '<li>%s<ol type="a">%s</ol></li>' % (e(f), "".join("<li>%s</li>" % e(r) for r in recs))
                for f, recs in zip(b[4], b[2])))
        elif k == "items" and b[3] == "resp":
            out.append('<table class="resp"><thead><tr><th>No.</th><th>Recommendation</th><th>Partnership response'
                       '</th></tr></thead><tbody>%s</tbody></table>' % "".join(
                           '<tr><td>%d</td><td>%s</td><td>%s</td></tr>' % (i + 1, e(r), e(s))
                           for i, (r, s) in enumerate(zip(b[2], b[4]))))
        elif k == "items":
            tag = {"ul": "ul", "ol": "ol", "alpha": 'ol type="a"'}[b[3]]
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag.split()[0]))
        elif k in ("table", "a3"):
            out.append('<table class="t"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
                "".join("<th>%s</th>" % e(x) for x in b[1]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in b[2])))
        elif k == "break":
            out.append('<div style="break-after: page"></div>')
        elif k == "balloon":
            out.append('<div class="balloon"><b>%s:</b> %s</div>' % (e(b[1]), e(b[2])))
        else:
            raise ValueError(k)
    return "\n".join(out)


def page(title, css, body):
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s</body></html>' % (e(title), css, body))


def cover_html(rep, cls="cover"):
    c = rep["cover"]
    return '<div class="%s">%s<p class="inv">%s</p></div>' % (
        cls, "".join('<p class="c%d">%s</p>' % (i, e(l)) for i, l in enumerate(c["lines"])), e(INVENTED))


# ---------------- 1: Google-Docs-like styles ----------------
DOCS_CSS = """
@page { size: A4; margin: 25.4mm; }
body { font-family: Arimo, Arial, sans-serif; font-size: 11pt; line-height: 1.15; color: #000; }
.cover { break-after: page; }
.cover .c0 { font-size: 11pt; color: #666; }
.cover .c1 { font-size: 26pt; margin: 60mm 0 3pt; }
.cover .c2 { font-size: 15pt; color: #666; margin: 0 0 16pt; }
.cover .c3 { font-size: 11pt; }
.cover .inv { margin-top: 90mm; font-size: 9pt; }
h1 { font-size: 20pt; font-weight: normal; margin: 20pt 0 6pt; }
h2 { font-size: 16pt; font-weight: normal; margin: 18pt 0 6pt; }
p { margin: 0 0 8pt; }
li { margin: 0 0 4pt; }
ol.find > li { margin-bottom: 8pt; }
ol.find ol { margin-top: 4pt; }
table.t { border-collapse: collapse; font-size: 9pt; width: 100%; }
table.t th, table.t td { border: 1px solid #000; padding: 3pt 5pt; text-align: left; vertical-align: top; }
"""


def glenmora(rep, d):
    return chromium(page(rep["cover"]["title"], DOCS_CSS, cover_html(rep) + html_blocks(rep["blocks"])), d)


# ---------------- 2: A4 + A3 fold-out + /Rotate 90 landscape page ----------------
TOLLERBY_CSS = """
@page { size: A4; margin: 22mm 20mm 24mm; }
body { font-family: "Liberation Sans"; font-size: 11pt; line-height: 1.45; color: #1a1a1a; }
.cover { break-after: page; padding-top: 30mm; }
.cover p { margin: 4mm 0; font-size: 14pt; }
.cover .c1 { font-size: 28pt; font-weight: bold; color: #7a1f3d; }
.cover .c2 { font-size: 24pt; font-weight: bold; }
.cover .inv { margin-top: 90mm; font-size: 9pt; }
h1 { font-size: 17pt; color: #7a1f3d; margin: 18pt 0 8pt; }
h2 { font-size: 12.5pt; color: #7a1f3d; margin: 12pt 0 5pt; }
p { margin: 0 0 8pt; }
table.t { border-collapse: collapse; font-size: 9.5pt; width: 100%; }
table.t th, table.t td { border: 0.6pt solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; }
table.t th { background: #f1dde4; }
table.resp { border-collapse: collapse; font-size: 10pt; width: 100%; }
table.resp th, table.resp td { border: 0.6pt solid #7a1f3d; padding: 5pt 6pt; text-align: left; vertical-align: top; }
table.resp th { background: #7a1f3d; color: white; }
table.resp td:first-child { width: 8mm; }
table.resp td:nth-child(2) { width: 55%; }
"""


def a3_html(block):
    """The chronology set in two halves side by side on one A3 landscape sheet (Date | Agency | Event twice)."""
    rows = block[2]
    half = (len(rows) + 1) // 2
    pairs = [tuple(rows[i]) + (tuple(rows[i + half]) if i + half < len(rows) else ("", "", "")) for i in range(half)]
    return html_blocks([("table", block[1], pairs)])


def tollerby(rep, d):
    from pypdf import PdfReader, PdfWriter, Transformation
    blocks = rep["blocks"]
    b_at = next(i for i, b in enumerate(blocks) if b[0] == "h1" and b[1].startswith("Appendix B"))
    c_at = next(i for i, b in enumerate(blocks) if b[0] == "h1" and b[1].startswith("Appendix C"))
    body = chromium(page(rep["cover"]["title"], TOLLERBY_CSS, cover_html(rep) + html_blocks(blocks[:b_at - 1])), d, "body")
    a3 = chromium(page("B", TOLLERBY_CSS.replace("size: A4;", "size: A3 landscape;"),
                       html_blocks([blocks[b_at]]) + a3_html(blocks[b_at + 1])), d, "a3")
    land = chromium(page("C", TOLLERBY_CSS.replace("size: A4;", "size: A4 landscape;"),
                         html_blocks(blocks[c_at:])), d, "land")
    w = PdfWriter()
    for p in PdfReader(body).pages:
        w.add_page(p)
    for p in PdfReader(a3).pages:
        w.add_page(p)
    for p in PdfReader(land).pages:
        width, height = float(p.mediabox.width), float(p.mediabox.height)
        # draw the landscape page turned a quarter anticlockwise on a portrait page; /Rotate 90 shows it landscape
        p.add_transformation(Transformation().rotate(90).translate(height, 0))
        p.mediabox.lower_left, p.mediabox.upper_right = (0, 0), (height, width)
        p.cropbox.lower_left, p.cropbox.upper_right = (0, 0), (height, width)
        p.rotation = 90
        w.add_page(p)
    out = os.path.join(d, "r.pdf")
    w.write(out)
    return out


# ---------------- 3: ConTeXt, two columns, run-in heads ----------------
def ctx(s):
    return (s.replace("\\", "\\letterbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_").replace("{", "\\{").replace("}", "\\}"))


def strathcoe(rep, d):
    c = rep["cover"]
    out = [r"""\setuppapersize[A4]
\setuplayout[backspace=20mm, width=170mm, topspace=15mm, header=8mm, footer=10mm, height=middle]
\setupbodyfont[dejavu,10pt]
\setupinterlinespace[line=13pt]
\setupwhitespace[medium]
\setuphead[section][alternative=text, style=\bf, number=no, distance=1em]
\setupfootertexts[Strathcoe Child Protection Committee][pagenumber]
\setupitemize[each][packed]
\starttext
\startalignment[middle]
{\tfb %s}\blank[big]
{\tfd\bf %s}\blank[medium]
{\tfc %s}\blank[medium]
{\tfa %s}\blank[medium]
{\tfx %s}
\stopalignment
\blank[big]
\startcolumns[n=2, balance=yes]
""" % tuple(ctx(x) for x in c["lines"] + [INVENTED])]
    for b in rep["blocks"]:
        if b[0] == "h1r":
            out.append("\\section{%s}" % ctx(b[1]))
            continue
        if b[0] == "p":
            out.append(ctx(b[1]) + "\n")
        elif b[0] == "items":
            kind = "n" if b[3] == "ol" else "a"
            out.append("\\startitemize[%s]\n%s\\stopitemize\n" % (kind, "".join("\\item %s\n" % ctx(t) for t in b[2])))
    out.append("\\stopcolumns\n\\stoptext\n")
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write("\n".join(out))
    run(["context", "--batchmode", "--nonstopmode", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- 4: groff -mom ----------------
def mom_text(s):
    s = s.replace("\\", "\\e")
    return "\\&" + s if s[:1] in ".'" else s


def wrayholme(rep, d):
    c = rep["cover"]
    out = [".TITLE \"%s\"" % c["lines"][1], ".SUBTITLE \"%s\"" % c["lines"][2], ".AUTHOR \"%s\"" % c["lines"][0],
           ".DOCTYPE DEFAULT", ".PRINTSTYLE TYPESET", ".PAPER A4", ".FAMILY T", ".PT_SIZE 11", ".AUTO_LEAD 135",
           ".HEADER_LEFT \"%s\"" % c["lines"][0], ".HEADER_CENTER \"\"", ".HEADER_RIGHT \"Child M\"",
           ".HEADING_STYLE 1 FONT B SIZE +2", ".START",
           ".PP", "%s. %s" % (c["lines"][3], INVENTED)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += [".HEADING 1 \"%s\"" % b[1]]
        elif b[0] == "p":
            out += [".PP", mom_text(b[1])]
        elif b[0] == "items":
            out += [".LIST %s" % ("DIGIT" if b[3] == "ol" else "ALPHA"), ".SHIFT_LIST 18p"]
            for t in b[2]:
                out += [".ITEM", mom_text(t)]
            out += [".LIST OFF"]
    open(os.path.join(d, "r.mom"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    pdf = os.path.join(d, "r.pdf")
    with open(pdf, "wb") as f:
        subprocess.run(["groff", "-mom", "-Tpdf", "-k", os.path.join(d, "r.mom")], check=True, stdout=f)
    return pdf


# ---------------- 5: asciidoctor -> HTML -> Chromium ----------------
def adoc_text(s):
    return s.replace("*", "\\*").replace("_", "\\_")


def penrick(rep, d):
    c = rep["cover"]
    out = ["= %s" % c["lines"][1], ":toc:", ":toc-title: Contents", ":nofooter:", "",
           "*%s* | %s" % (c["lines"][0], c["lines"][2]), "", "_%s_" % INVENTED, ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["== %s" % b[1], ""]
        elif b[0] == "p":
            out += [adoc_text(b[1]), ""]
        elif b[0] == "items" and b[3] == "qanda":
            out += ["[qanda]"] + ["%s::\n%s" % (adoc_text(q), adoc_text(a)) for q, a in zip(b[2], b[4])] + [""]
        elif b[0] == "items" and b[3] == "dl":
            out += ["[horizontal]"] + ["R%d:: %s" % (i + 1, adoc_text(t)) for i, t in enumerate(b[2])] + [""]
        elif b[0] == "items":
            out += ["* %s" % adoc_text(t) for t in b[2]] + [""]
    src = os.path.join(d, "r.adoc")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["asciidoctor", "-a", "linkcss!", "-o", os.path.join(d, "r.html"), src])
    pdf = os.path.join(d, "r.pdf")
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + os.path.join(d, "r.html")])
    return pdf


# ---------------- 6: calibre HTML -> EPUB -> PDF ----------------
COLDWATER_CSS = """
body { font-family: "Liberation Serif"; }
h1 { page-break-before: always; font-family: "Liberation Sans"; color: #234f7d; }
.cover p { text-align: center; }
.cover .c1 { font-size: 2em; font-weight: bold; }
"""


def coldwater(rep, d):
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write(page(rep["cover"]["title"], COLDWATER_CSS,
                                               cover_html(rep) + html_blocks(rep["blocks"])))
    epub, pdf = os.path.join(d, "r.epub"), os.path.join(d, "r.pdf")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox", CALIBRE_CONFIG_DIRECTORY=os.path.join(d, "calibre"))
    run(["ebook-convert", src, epub, "--title", rep["cover"]["title"], "--authors", rep["cover"]["partnership"],
         "--chapter", "//h:h1", "--level1-toc", "//h:h1"], env=env)
    run(["ebook-convert", epub, pdf, "--pdf-add-toc", "--paper-size", "a4", "--pdf-default-font-size", "16",
         "--pdf-page-margin-top", "60", "--pdf-page-margin-bottom", "60",
         "--pdf-header-template", '<p style="font-size: 9pt; color: #666">_SECTION_</p>',
         "--pdf-footer-template", '<p style="text-align: center; font-size: 9pt">_PAGENUM_</p>'], env=env)
    return pdf


# ---------------- 7: ReportLab, RC4 40-bit owner password ----------------
def lisnaharry(rep, d):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer
    green = colors.HexColor("#00594f")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=7)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=green, spaceBefore=12,
                          spaceAfter=6)
    cov = [ParagraphStyle("c%d" % i, fontName="Helvetica-Bold" if i in (1, 2) else "Helvetica", fontSize=s,
                          leading=s * 1.3, alignment=TA_CENTER, spaceAfter=10)
           for i, s in enumerate([14, 26, 22, 16, 12])]
    story = [Spacer(1, 40 * mm)] + [Paragraph(e(l), cov[i]) for i, l in enumerate(rep["cover"]["lines"])]
    story += [Spacer(1, 70 * mm), Paragraph(e(INVENTED), body), PageBreak()]
    for b in rep["blocks"]:
        if b[0] == "h1":
            story.append(Paragraph(e(b[1]), head))
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), body))
        elif b[0] == "items":
            kind = "bullet" if b[3] == "ul" else "1"
            story.append(ListFlowable([ListItem(Paragraph(e(t), body)) for t in b[2]], bulletType=kind,
                                      start="\u2022" if kind == "bullet" else None, leftIndent=16))

    def foot(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 12 * mm, "SBNI Case Management Review - Child B - Executive Summary")
        canvas.drawRightString(190 * mm, 12 * mm, str(doc.page))

    pdf = os.path.join(d, "r.pdf")
    enc = StandardEncryption("", ownerPassword="sbni-owner-62", canPrint=1, canModify=0, canCopy=0, canAnnotate=0,
                             strength=40)
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                      bottomMargin=22 * mm, encrypt=enc, title=rep["cover"]["title"]).build(
        story, onFirstPage=lambda c, dd: None, onLaterPages=foot)
    return pdf


# ---------------- 8: Word review look, tracked-change balloons ----------------
BRAMCOTE_CSS = """
@page { size: A4; margin: 20mm 0 20mm 0; }
body { margin: 0; font-family: Carlito, Calibri, sans-serif; font-size: 11pt; line-height: 1.35; }
.pane { position: fixed; top: -20mm; bottom: -20mm; right: 0; width: 68mm; background: #ececec;
        border-left: 0.5pt solid #c8c8c8; }
main { margin: 0 76mm 0 22mm; position: relative; }
.cover { break-after: page; padding-top: 30mm; }
.cover p { font-size: 14pt; margin: 4mm 0; }
.cover .c1, .cover .c2 { font-size: 24pt; font-weight: bold; color: #2e4a7d; }
.cover .c3 { color: #c00000; }
.cover .inv { margin-top: 80mm; font-size: 9pt; }
h1 { font-size: 14pt; color: #2e4a7d; margin: 16pt 0 6pt; }
p { margin: 0 0 8pt; }
.balloon { float: right; clear: right; width: 56mm; margin-right: -72mm; font-size: 7.5pt; line-height: 1.2;
           border: 0.8pt solid #c00000; border-radius: 4pt; background: #fff; padding: 3pt 4pt; position: relative; }
.balloon::before { content: ""; position: absolute; left: -16mm; width: 16mm; top: 6pt;
                   border-top: 0.8pt dotted #c00000; }
"""


def bramcote(rep, d):
    body = cover_html(rep) + html_blocks(rep["blocks"])
    return chromium(page(rep["cover"]["title"], BRAMCOTE_CSS, '<div class="pane"></div><main>%s</main>' % body), d)


def render(rep, d):
    name = rep["file"].split("-")[0]
    return {"glenmora": glenmora, "tollerby": tollerby, "strathcoe": strathcoe, "wrayholme": wrayholme,
            "penrick": penrick, "coldwater": coldwater, "lisnaharry": lisnaharry, "bramcote": bramcote}[name](rep, d)
