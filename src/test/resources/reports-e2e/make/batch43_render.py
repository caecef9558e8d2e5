"""Batch 43 renderers: a Python program writing tagged PDF objects with a RoleMap (batch43_rawpdf.py, twice), WeasyPrint
(a thematic review of three children), pdflatex (headings only in the outline), Chromium (an NI CMR with recommendations
under agency sub-headings), a flat ODT -> LibreOffice (findings with shaded boxes of lettered recommendations), ReportLab
platypus (abbreviations table at the front, appendices) and LuaLaTeX paracol (parallel learning columns). Every child,
family, area, partnership, agency and person rendered here is invented for software testing. Test-fixture tooling only.
"""
import os, subprocess
from xml.sax.saxutils import escape as x
from batch38_render import e, run, chromium, soffice
from batch41_render import tex
from batch43_content import INVENTED
import batch43_rawpdf


def raw_pdf_rolemap(rep, d):
    return batch43_rawpdf.render(rep, os.path.join(d, "r.pdf"), False)


def raw_pdf_rolemap_shuffled(rep, d):
    return batch43_rawpdf.render(rep, os.path.join(d, "r.pdf"), True)


def _html_blocks(blocks):
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif b[0] == "tor":
            out.append("<ol class='tor'>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in b[1]))
        else:
            raise ValueError(b[0])
    return "".join(out)


# ---------------------------------------------------------------- 3. WeasyPrint thematic review
def weasyprint_thematic(rep, d):
    c = rep["cover"]
    cover = ("<div class='cover'><p class='kind'>Thematic review</p><h1>%s</h1><p class='pt'>%s</p><p>%s</p><p>%s</p>"
             "<p class='inv'>%s</p></div>" % (e(c["title"]), e(c["partnership"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    style = """@page { size: A4; margin: 22mm 22mm 25mm 22mm;
  @bottom-left { content: "Thornbeck thematic review | page " counter(page); font: 8.5pt 'DejaVu Sans'; color: #555; } }
@page :first { @bottom-left { content: none; } }
body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.5; }
.cover { page-break-after: always; padding-top: 50mm; } .cover .kind { font: bold 12pt 'DejaVu Sans'; color: #6b3d00;
  letter-spacing: 1pt; } .cover h1 { font: bold 24pt 'DejaVu Sans'; color: #6b3d00; } .cover .pt { font-size: 13pt; }
.cover .inv { margin-top: 70mm; font-size: 9pt; font-style: italic; }
h2 { font: bold 14pt 'DejaVu Sans'; color: #6b3d00; margin: 9mm 0 3mm; }
h3 { font: bold 11pt 'DejaVu Sans'; color: #333; margin: 5mm 0 2mm; } li { margin-bottom: 2mm; }
ol.tor { list-style-type: lower-roman; }"""
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title>"
                                          "<style>%s</style></head><body>%s%s</body></html>"
                                          % (e(c["title"]), style, cover, _html_blocks(rep["blocks"])))
    run(["weasyprint", src, pdf])
    return pdf


# ---------------------------------------------------------------- 4. pdflatex, headings only in the outline
def pdflatex_outline_only_headings(rep, d):
    c = rep["cover"]
    body, n = [], 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            n += 1
            body.append("\\medskip\\noindent\\pdfbookmark[1]{%s}{s%d}%s\\par" % (tex(b[1]), n, tex(b[1])))
        elif b[0] == "p":
            body.append("\\noindent " + tex(b[1]) + "\\par")
        elif b[0] == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            body.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=28mm]{geometry}
\usepackage[bookmarks=true,bookmarksopen=true,hidelinks,pdftitle={%s},pdfauthor={%s}]{hyperref}
\setlength{\parskip}{6pt}\setlength{\parindent}{0pt}
\begin{document}
\begin{titlepage}\vspace*{35mm}{\LARGE %s\par}\vspace{10mm}{\large %s\par}\vspace{4mm}{%s\par}\vspace{4mm}{%s\par}
\vfill{\small %s\par}\end{titlepage}
%s
\end{document}
""" % (tex(c["title"]), tex(c["partnership"]), tex(c["title"]), tex(c["partnership"]), tex(c["by"]), tex(c["date"]),
       tex(INVENTED), "\n".join(body))
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------------------------------------------------------- 5. Chromium NI CMR, agency-grouped recommendations
def chromium_ni_cmr_agency_groups(rep, d):
    c = rep["cover"]
    cover = ("<div class='cover'><p class='board'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
             % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    style = """@page { size: A4; margin: 20mm 22mm 24mm 22mm; }
body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.45; color: #1a1a1a; }
.cover { page-break-after: always; padding-top: 40mm; } .cover .board { font-size: 14pt; color: #00594f; font-weight: bold; }
.cover h1 { font-size: 26pt; margin: 20mm 0 10mm; } .cover .inv { margin-top: 80mm; font-size: 9pt; }
h2 { font-size: 15pt; color: #00594f; margin: 8mm 0 3mm; } h3 { font-size: 11.5pt; font-style: italic; margin: 5mm 0 2mm; }
li { margin-bottom: 2mm; }"""
    return chromium(d, cover + _html_blocks(rep["blocks"]), style, c["title"])


# ---------------------------------------------------------------- 6. flat ODT -> LibreOffice, shaded recommendation boxes
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%TITLE%</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.22cm"/>
  <style:text-properties style:font-name="Carlito" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:line-height="125%"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#3b2a6b"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#3b2a6b"/></style:style>
 <style:style style:name="BoxLabel" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-weight="bold" fo:color="#3b2a6b"/></style:style>
 <style:style style:name="BoxText" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="CoverBig" style:family="paragraph"><style:paragraph-properties fo:margin-top="5cm" fo:margin-bottom="1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold" fo:color="#3b2a6b"/></style:style>
 <style:style style:name="CoverMid" style:family="paragraph"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="CoverInv" style:family="paragraph"><style:paragraph-properties fo:margin-top="6cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="CoverInv"><style:paragraph-properties fo:break-after="page"/></style:style>
 <style:style style:name="Box" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="BoxCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6e1f2" fo:padding="0.25cm" fo:border-left="2.5pt solid #3b2a6b" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:footer><text:p text:style-name="Ftr">%FOOTER% <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def fodt_lo_finding_boxes(rep, d):
    c = rep["cover"]
    out = [FODT_HEAD.replace("%TITLE%", x(c["title"])).replace("%FOOTER%", x("%s | Learning Review: Child D |" % c["partnership"]))]
    out.append('<text:p text:style-name="CoverBig">%s</text:p>' % x(c["title"]))
    for ln in (c["partnership"], c["by"], c["date"]):
        out.append('<text:p text:style-name="CoverMid">%s</text:p>' % x(ln))
    out.append('<text:p text:style-name="PB">%s</text:p>' % x(INVENTED))
    for b in rep["blocks"]:
        if b[0] in ("h1", "h2"):
            lvl = 1 if b[0] == "h1" else 2
            out.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (lvl, lvl, x(b[1])))
        elif b[0] == "p":
            out.append('<text:p text:style-name="Body">%s</text:p>' % x(b[1]))
        elif b[0] == "box":
            paras = "".join('<text:p text:style-name="BoxLabel">%s</text:p><text:p text:style-name="BoxText">%s</text:p>'
                            % (x(label), x(text)) for label, text in b[1])
            out.append('<table:table table:style-name="Box"><table:table-column/><table:table-row>'
                       '<table:table-cell table:style-name="BoxCell">%s</table:table-cell></table:table-row></table:table>' % paras)
        else:
            raise ValueError(b[0])
    out.append("</office:text></office:body></office:document>")
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    return soffice(d, src)


# ---------------------------------------------------------------- 7. ReportLab platypus, abbreviations first
def reportlab_front_abbreviations(rep, d):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem,
                                    HRFlowable)
    c = rep["cover"]
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    cell = ParagraphStyle("c", parent=body, spaceAfter=0)
    h1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=5,
                        textColor=colors.HexColor("#8a1538"))
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=19, leading=24, spaceAfter=6)
    story = [Paragraph(x(c["title"]), title)]
    for ln in (c["partnership"], c["by"] + " | " + c["date"]):
        story.append(Paragraph(x(ln), body))
    story += [Paragraph("<i>%s</i>" % x(INVENTED), body), HRFlowable(width="100%", thickness=1, color=colors.HexColor("#8a1538")),
              Spacer(1, 4 * mm)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            story.append(Paragraph(x(b[1]), h1))
        elif b[0] == "p":
            story.append(Paragraph(x(b[1]), body))
        elif b[0] == "gloss":
            head = ("Abbreviation", "Meaning") if b[1][0][0].isupper() and len(b[1][0][0]) < 8 else ("Agency", "Service")
            rows = [[Paragraph("<b>%s</b>" % h, cell) for h in head]] + [[Paragraph(x(a), cell), Paragraph(x(m), cell)] for a, m in b[1]]
            t = Table(rows, colWidths=[55 * mm, 105 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1e3e8")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 4 * mm)]
        elif b[0] in ("items", "tor"):
            texts = b[2] if b[0] == "items" else b[1]
            ordered = b[0] == "tor" or b[3] == "ol"
            story.append(ListFlowable([ListItem(Paragraph(x(t), body)) for t in texts],
                                      bulletType="1" if ordered else "bullet", start=1 if ordered else None,
                                      leftIndent=16, bulletFontName="Helvetica"))
        else:
            raise ValueError(b[0])

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
        canvas.drawString(20 * mm, 10 * mm, "Hartswell SCP - CSPR Child Y - page %d" % doc.page)
        canvas.restoreState()
    pdf = os.path.join(d, "r.pdf")
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
                      title=c["title"], author=c["partnership"]).build(story, onFirstPage=footer, onLaterPages=footer)
    return pdf


# ---------------------------------------------------------------- 8. LuaLaTeX paracol learning columns
def lualatex_paracol_learning(rep, d):
    c = rep["cover"]
    body = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append("\\section*{%s}" % tex(b[1]))
        elif b[0] == "p":
            body.append(tex(b[1]) + "\n")
        elif b[0] == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            body.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
        elif b[0] == "pairs":
            rows = ["\\begin{paracol}{2}\\textbf{Learning}\\switchcolumn\\textbf{What this means for practice}\\switchcolumn*"]
            for learn, mean in b[1]:
                rows.append("%s\\switchcolumn\n%s\\switchcolumn*" % (tex(learn), tex(mean)))
            rows[-1] = rows[-1][:-len("\\switchcolumn*")]
            body.append("\n".join(rows) + "\n\\end{paracol}")
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}\setmainfont{Liberation Sans}\usepackage[margin=24mm]{geometry}
\usepackage{paracol}\usepackage{titlesec}\titleformat*{\section}{\large\bfseries\sffamily}
\usepackage[hidelinks,pdftitle={%s}]{hyperref}
\setlength{\parskip}{5pt}\setlength{\parindent}{0pt}\setlength{\columnsep}{10mm}
\begin{document}
\begin{titlepage}\vspace*{30mm}{\Large %s\par}\vspace{12mm}{\huge\bfseries %s\par}\vspace{10mm}{%s\par}\vspace{3mm}{%s\par}
\vfill{\small %s\par}\end{titlepage}
%s
\end{document}
""" % (tex(c["title"]), tex(c["partnership"]), tex(c["title"]), tex(c["by"]), tex(c["date"]), tex(INVENTED), "\n".join(body))
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


def render(rep, d):
    return globals()[rep["producer"]](rep, d)
