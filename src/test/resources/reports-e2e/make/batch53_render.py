"""Renders batch 53's invented reports (batch53_content.py). render(rep, d) returns (pdf, read_from, body_from): the PDF
shipped, the PDF whose text gives the truth its pages (the same file), and the first page of the body. Producers:
Chromium + qpdf --linearize; ReportLab canvas + a revision appended by hand; pdfLaTeX titlesec; Chromium parts + a
scanned OCRed page joined by qpdf --pages; flat ODT -> Writer; flat ODP -> Impress; hand-written PostScript ->
Ghostscript; WeasyPrint. Test-fixture tooling only; every report is invented.
"""
import html, os, re, subprocess
from batch53_content import INVENTED, INS, OAKHANGER_FIRST_RECS, plain

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r53-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r53-lo"


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def cover_lines(c):
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


def chromium(d, src, name="r"):
    path = os.path.join(d, name + ".html")
    open(path, "w", encoding="utf-8").write(src)
    out = os.path.join(d, name + ".pdf")
    run(CHROMIUM + ["--print-to-pdf=" + out, "file://" + path])
    return out


def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "contents":
            heads = [x[1] for x in blocks if x[0] == "h1"]
            out.append('<section class="toc"><h2 class="toch">Contents</h2>%s</section>'
                       % "".join("<p>%s</p>" % e(t) for t in heads))
        elif k == "h1":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "h2":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append('<%s class="%s">%s</%s>' % (tag, b[1], "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "lpbox":
            out.append('<div class="lp"><b>Learning</b><p>%s</p></div>' % e(b[1]))
        elif k == "cols":
            out.append('<div class="cols">' if b[1] else "</div>")
        elif k == "scan":
            out.append('<div class="scan">' if b[1] else "</div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def cover_html(c):
    p, t, by, date, inv = (e(x) for x in cover_lines(c))
    return ('<section class="cover"><p class="cp">%s</p><p class="ct">%s</p><p class="cb">%s</p><p class="cb">%s</p>'
            '<p class="ci">%s</p></section>' % (p, t, by, date, inv))


# ---------------- 1. Wrenfield: Chromium, findings in two columns, qpdf --linearize ----------------
WR_CSS = """@page { size: A4; margin: 22mm 22mm 24mm 22mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #222; }
.cover { height: 215mm; break-after: page; }
.cp { font-size: 15pt; color: #1d5c63; margin-top: 20mm; } .ct { font-size: 26pt; font-weight: bold; color: #1d5c63; margin-top: 60mm; }
.cb { font-size: 12pt; } .ci { font-size: 9pt; margin-top: 70mm; }
.toc { break-after: page; } .toch { font-size: 18pt; color: #1d5c63; } .toc p { margin: 3mm 0; font-size: 11pt; }
h1 { break-before: page; font-size: 18pt; color: #1d5c63; border-bottom: 2px solid #1d5c63; padding-bottom: 2mm; }
.toc + h1 { break-before: auto; }
h2 { font-size: 12pt; color: #1d5c63; margin: 3mm 0 1.5mm; }
p { margin: 0 0 2.5mm; text-align: justify; }
.cols { column-count: 2; column-gap: 8mm; }
.cols p { text-align: left; }
.lp { break-inside: avoid; background: #e3f0f1; border-left: 3px solid #1d5c63; padding: 2mm 3mm; margin: 2mm 0 4mm; }
.lp b { color: #1d5c63; } .lp p { margin: 1mm 0 0; }
li { margin-bottom: 1.5mm; }
"""


def wrenfield(rep, d):
    src = ("<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>"
           % (e(rep["cover"]["title"]), WR_CSS, cover_html(rep["cover"]), html_blocks(rep["blocks"])))
    made = chromium(d, src)
    out = os.path.join(d, "lin.pdf")
    run(["qpdf", "--linearize", made, out])
    return out


# ---------------- 2. Oakhanger: ReportLab canvas + an appended revision ----------------
def oak_pdf(rep, path, recs):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, pageCompression=0, invariant=1)
    c.setTitle(rep["cover"]["title"])
    W, H = A4
    cv = rep["cover"]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 100, cv["partnership"])
    c.setFont("Helvetica-Bold", 24)
    c.drawString(60, H - 300, cv["title"])
    c.setFont("Times-Roman", 13)
    c.drawString(60, H - 340, cv["by"])
    c.drawString(60, H - 360, cv["date"])
    c.setFont("Times-Roman", 9)
    c.drawString(60, 80, INVENTED)
    c.showPage()
    y = [H - 72]
    page = [2]

    def footer():
        c.setFont("Times-Roman", 9)
        c.drawString(W / 2 - 20, 40, "Page %d" % page[0])

    def need(h):
        if y[0] - h < 72:
            footer()
            c.showPage()
            page[0] += 1
            y[0] = H - 72

    def lines(text, font, size, x, width, lead):
        for ln in simpleSplit(text, font, size, width):
            need(lead)
            c.setFont(font, size)
            c.drawString(x, y[0], ln)
            y[0] -= lead

    for b in rep["blocks"]:
        if b[0] == "h1":
            if b[1] == "Recommendations":  # the revised page: recommendations and conclusion on page 3
                footer()
                c.showPage()
                page[0] += 1
                y[0] = H - 72
            need(40)
            y[0] -= 8
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y[0], b[1])
            y[0] -= 22
        elif b[0] == "p":
            lines(b[1], "Times-Roman", 11.5, 60, W - 120, 15)
            y[0] -= 6
        elif b[0] == "items":
            texts = recs if b[1] == "recommendations" else b[2]
            for i, t in enumerate(texts):
                need(15)
                c.setFont("Times-Roman", 11.5)
                c.drawString(66, y[0], "%d." % (i + 1))
                lines(t, "Times-Roman", 11.5, 84, W - 144, 15)
                y[0] -= 4
            y[0] -= 4
    footer()
    c.showPage()
    c.save()


def append_revision(first, final, out):
    """Appends to `first` a revision whose page 3 has `final`'s page 3 content stream: a new stream object, the page
    object rewritten with it, an xref section for the two and a trailer pointing back (/Prev) at the first xref."""
    from pypdf import PdfReader
    data = open(first, "rb").read()
    r1, r2 = PdfReader(first), PdfReader(final)
    pref = r1.pages[2].indirect_reference.idnum
    stream = r2.pages[2].get_contents().get_data()
    m = re.search(rb"\n%d 0 obj\s*(<<.*?>>)\s*endobj" % pref, data, re.S)
    page_dict = re.sub(rb"/Contents \d+ 0 R", b"/Contents %d 0 R" % int(r1.trailer["/Size"]), m.group(1))
    size = int(r1.trailer["/Size"])
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    body = bytearray(data if data.endswith(b"\n") else data + b"\n")
    off_page = len(body)
    body += b"%d 0 obj\n" % pref + page_dict + b"\nendobj\n"
    off_stream = len(body)
    body += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (size, len(stream)) + stream + b"\nendstream\nendobj\n"
    xref = len(body)
    body += b"xref\n%d 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n" % (pref, off_page, size, off_stream)
    root, info = r1.trailer.raw_get("/Root").idnum, r1.trailer.raw_get("/Info").idnum
    body += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + 1, root, info, prev, xref)
    open(out, "wb").write(bytes(body))


def oakhanger(rep, d):
    first, final, out = (os.path.join(d, n) for n in ("first.pdf", "final.pdf", "r.pdf"))
    recs = [b for b in rep["blocks"] if b[0] == "items" and b[1] == "recommendations"][0][2]
    oak_pdf(rep, first, OAKHANGER_FIRST_RECS)
    oak_pdf(rep, final, recs)
    append_revision(first, final, out)
    return out


# ---------------- 3. Hexworthy: pdfLaTeX, titlesec leftmargin ----------------
def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("$", "\\$").replace("_", "\\_")


HX_PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[a4paper,left=62mm,right=22mm,top=28mm,bottom=28mm]{geometry}
\usepackage{xcolor}
\definecolor{hx}{RGB}{40,80,40}
\usepackage{titlesec}
\titleformat{\section}[leftmargin]{\normalfont\sffamily\bfseries\small\color{hx}\raggedleft}{}{0pt}{}
\titlespacing*{\section}{38mm}{3ex}{5mm}
\setlength{\parskip}{5pt}
\setlength{\parindent}{0pt}
\pagestyle{plain}
\begin{document}
\begin{titlepage}
\sffamily
{\large %s\par}
\vspace{40mm}
{\huge\bfseries\color{hx} %s\par}
\vspace{15mm}
{\large %s\par}
\vspace{4mm}
{\large %s\par}
\vfill
{\small %s\par}
\end{titlepage}
"""


def hexworthy(rep, d):
    out = [HX_PRE % tuple(tex(x) for x in cover_lines(rep["cover"]))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("\\section*{%s}" % tex(b[1]))
        elif b[0] == "p":
            out.append(tex(b[1]) + "\n")
        elif b[0] == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            out.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
    out.append("\\end{document}\n")
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write("\n".join(out))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- 4. Kelsall Moor: Chromium parts + one scanned OCRed page, qpdf --pages ----------------
KM_CSS = """@page { size: A4; margin: 20mm 24mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.4; }
.cover { height: 225mm; break-after: page; } .cp { font-size: 14pt; margin-top: 25mm; } .ct { font-size: 24pt; font-weight: bold; margin-top: 50mm; }
.cb { font-size: 12pt; } .ci { font-size: 9pt; margin-top: 80mm; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; color: #6b2d0f; margin: 5mm 0 2mm; }
.scan { break-before: page; break-after: page; }
p { margin: 0 0 2.5mm; } li { margin-bottom: 2mm; }
"""


def kelsall(rep, d):
    src = ("<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>"
           % (e(rep["cover"]["title"]), KM_CSS, cover_html(rep["cover"]), html_blocks(rep["blocks"])))
    made = chromium(d, src, "parts")
    run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", "3", "-l", "3", made, os.path.join(d, "scan")])
    png = [f for f in sorted(os.listdir(d)) if f.startswith("scan") and f.endswith(".png")][0]
    run(["img2pdf", "--pagesize", "A4", "-o", os.path.join(d, "img.pdf"), os.path.join(d, png)])
    run(["ocrmypdf", "-l", "eng", "--output-type", "pdf", "-q", os.path.join(d, "img.pdf"), os.path.join(d, "ocr.pdf")])
    out = os.path.join(d, "r.pdf")
    run(["qpdf", "--empty", "--pages", made, "1-2", os.path.join(d, "ocr.pdf"), "1", made, "4-z", "--", out])
    return out


# ---------------- 5. Thistlecombe: flat ODT -> Writer ----------------
def odt_runs(s):
    parts = re.split(r"(\{\+.*?\+\})", s)
    return "".join('<text:span text:style-name="Ins">%s</text:span>' % e(p[2:-2]) if p.startswith("{+") else e(p)
                   for p in parts)


TC_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:'
         'xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:'
         'opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
         'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
         'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
TC_STYLES = """<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:color="#2e4a1f"/></style:style>
<style:style style:name="Mark" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold" fo:color="#c00000"/></style:style>
<style:style style:name="CoverP" style:family="paragraph"><style:paragraph-properties fo:margin-top="1cm"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt"/></style:style>
<style:style style:name="CoverT" style:family="paragraph"><style:paragraph-properties fo:margin-top="4cm" fo:margin-bottom="1cm"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold" fo:color="#2e4a1f"/></style:style>
<style:style style:name="CoverN" style:family="paragraph"><style:paragraph-properties fo:margin-top="6cm" fo:break-after="page"/>
<style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Ins" style:family="text"><style:text-properties fo:color="#1f5fbf" style:text-underline-style="solid"
 style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<style:style style:name="WmText" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="110pt" fo:font-weight="bold" fo:color="#d9d9d9"/></style:style>
<style:style style:name="WmSpan" style:family="text"><style:text-properties style:font-name="Liberation Sans" fo:font-size="110pt" fo:font-weight="bold" fo:color="#d9d9d9"/></style:style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment
 text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/>
</style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
<style:style style:name="WmP" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="110pt" fo:font-weight="bold" fo:color="#d9d9d9"/></style:style>
<style:style style:name="WmSpan" style:family="text"><style:text-properties style:font-name="Liberation Sans" fo:font-size="110pt" fo:font-weight="bold" fo:color="#d9d9d9"/></style:style>
<style:style style:name="grWm" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"
 style:run-through="background" style:wrap="run-through" style:vertical-pos="from-top" style:vertical-rel="page"
 style:horizontal-pos="from-left" style:horizontal-rel="page" fo:padding="0cm" draw:auto-grow-height="false"
 draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="110pt" fo:font-weight="bold" fo:color="#d9d9d9"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Mark">OFFICIAL-SENSITIVE<draw:custom-shape draw:style-name="grWm" draw:text-style-name="WmP" draw:name="Watermark"
 text:anchor-type="char" svg:width="20cm" svg:height="6cm" draw:z-index="0"
 draw:transform="rotate (0.785398) translate (2.5cm 22.5cm)"><text:p text:style-name="WmP"><text:span text:style-name="WmSpan">DRAFT</text:span></text:p>
<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle" draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 Z N"/></draw:custom-shape></text:p></style:header>
<style:footer><text:p text:style-name="Mark">OFFICIAL-SENSITIVE</text:p></style:footer>
</style:master-page></office:master-styles>"""


def thistlecombe(rep, d):
    body = ['<text:p text:style-name="CoverP">%s</text:p>' % e(rep["cover"]["partnership"]),
            '<text:p text:style-name="CoverT">%s</text:p>' % e(rep["cover"]["title"]),
            '<text:p text:style-name="Body">%s</text:p>' % e(rep["cover"]["by"]),
            '<text:p text:style-name="Body">%s</text:p>' % e(rep["cover"]["date"]),
            '<text:p text:style-name="CoverN">%s</text:p>' % e(INVENTED)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % e(b[1]))
        elif b[0] == "p":
            body.append('<text:p text:style-name="Body">%s</text:p>' % odt_runs(b[1]))
        elif b[0] == "items":
            body.append('<text:list text:style-name="LNum">%s</text:list>' % "".join(
                '<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % odt_runs(t) for t in b[2]))
    doc = ('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><dc:title>%s</dc:title></office:meta>'
           '%s<office:body><office:text>%s</office:text></office:body></office:document>'
           % (TC_NS, e(rep["cover"]["title"]), TC_STYLES, "\n".join(body)))
    open(os.path.join(d, "r.fodt"), "w", encoding="utf-8").write(doc)
    run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf:writer_pdf_Export", "r.fodt"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- 6. Brantham: flat ODP -> Impress, A4 portrait text frames ----------------
def _p(style, s):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, e(s))


def est_height(texts, chars=88, line=0.56, gap=0.3):
    return sum((len(t) // chars + 1) * line + gap for t in texts)


def brantham(rep, d):
    c = rep["cover"]

    def frame(x, y, w, h, content, style="grG", cls=None):
        pc = ' presentation:class="%s" presentation:style-name="grT"' % cls if cls else ' draw:style-name="%s"' % style
        return ('<draw:frame%s svg:x="%gcm" svg:y="%gcm" svg:width="%gcm" svg:height="%gcm">'
                '<draw:text-box>%s</draw:text-box></draw:frame>' % (pc, x, y, w, h, content))

    band = '<draw:rect draw:style-name="grBand" svg:x="0cm" svg:y="0cm" svg:width="21cm" svg:height="1.6cm"/>'
    pages = [band + frame(2, 4, 17, 2, _p("Pcommittee", c["partnership"])) + frame(2, 9, 17, 4, _p("Ptitle", c["title"]))
             + frame(2, 15, 17, 2, _p("Pbody", c["by"])) + frame(2, 17, 17, 2, _p("Pbody", c["date"]))
             + frame(2, 25, 17, 3, _p("Pnote", INVENTED))]
    # (the empty office:styles makes Impress take the A4 page layout; without it every page was 28 x 15.75 cm)
    groups = [[0, 1], [2], [3]]  # sections per page: two on page 2, one on each of pages 3 and 4
    secs, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "h1":
            cur = [b[1], []]
            secs.append(cur)
        else:
            cur[1].append(b)
    for g in groups:
        y, page = 2.6, band
        for i in g:
            head, content = secs[i]
            page += frame(2, y, 17, 1.4, _p("Phead", head), cls="title")
            y += 1.6
            xml, texts = "", []
            for b in content:
                if b[0] == "p":
                    xml += _p("Pbody", b[1])
                    texts.append(b[1])
                elif b[0] == "items":
                    xml += '<text:list text:style-name="Lbul">%s</text:list>' % "".join(
                        "<text:list-item>%s</text:list-item>" % _p("Pbody", t) for t in b[2])
                    texts += b[2]
            hgt = est_height(texts)
            page += frame(2, y, 17, hgt, xml, cls="outline")
            y += hgt + 1.0
        pages.append(page)
    ns = TC_NS + ' xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'

    def pstyle(name, size, color="#1a1a1a", bold=False, after=0.0):
        return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="%gcm"/>'
                '<style:text-properties fo:font-family="\'Liberation Sans\'" fo:font-size="%gpt" fo:color="%s" '
                'fo:font-weight="%s"/></style:style>' % (name, after, size, color, "bold" if bold else "normal"))

    styles = ('<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
              'style:print-orientation="portrait" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" '
              'fo:margin-right="0cm"/></style:page-layout><style:style style:name="dp1" style:family="drawing-page"/>'
              '<style:style style:name="grBand" style:family="graphic"><style:graphic-properties draw:stroke="none" '
              'draw:fill="solid" draw:fill-color="#00677f"/></style:style>'
              '<style:style style:name="grT" style:family="presentation"><style:graphic-properties draw:stroke="none" '
              'draw:fill="none" draw:shadow="hidden" draw:auto-grow-height="false" draw:textarea-vertical-align="top" fo:padding-top="0cm" '
              'fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"/></style:style>'
              '<style:style style:name="grG" style:family="graphic"><style:graphic-properties draw:stroke="none" '
              'draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="top"/></style:style>'
              + pstyle("Pcommittee", 18, "#00677f") + pstyle("Ptitle", 30, "#00677f", True) + pstyle("Pnote", 10)
              + pstyle("Phead", 20, "#00677f", True) + pstyle("Pbody", 12, after=0.25)
              + '<text:list-style style:name="Lbul"><text:list-level-style-bullet text:level="1" text:bullet-char="●">'
              '<style:list-level-properties text:space-before="0.2cm" text:min-label-width="0.7cm"/>'
              '<style:text-properties fo:color="#00677f"/></text:list-level-style-bullet></text:list-style>')
    doc = ('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.presentation"><office:meta><dc:title>%s</dc:title></office:meta>'
           '<office:styles/><office:automatic-styles>%s</office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
           'style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles><office:body><office:presentation>%s'
           '</office:presentation></office:body></office:document>') % (
        ns, e(c["title"]), styles, "".join('<draw:page draw:name="page%d" draw:master-page-name="Default">%s</draw:page>'
                                           % (i + 1, p) for i, p in enumerate(pages)))
    open(os.path.join(d, "r.fodp"), "w", encoding="utf-8").write(doc)
    run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf:impress_pdf_Export", "r.fodp"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- 7. Culmstock: hand-written PostScript, widthshow justification ----------------
def ps_str(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def culmstock(rep, d):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H, L, R = 595, 842, 72, 72
    width = W - L - R
    out = ["%!PS-Adobe-3.0", "%%Pages: (atend)", "/F { findfont exch scalefont setfont } def",
           "/T { 11 /Times-Roman F } def /B { 13 /Helvetica-Bold F } def"]
    c = rep["cover"]
    out.append("<< /PageSize [595 842] >> setpagedevice")
    out += ["20 /Helvetica-Bold F 72 700 moveto %s show" % ps_str(c["partnership"][:40]),
            "20 /Helvetica-Bold F 72 676 moveto %s show" % ps_str(c["partnership"][40:] or ""),
            "26 /Helvetica-Bold F 72 520 moveto %s show" % ps_str(c["title"]),
            "13 /Times-Roman F 72 480 moveto %s show 72 462 moveto %s show" % (ps_str(c["by"]), ps_str(c["date"])),
            "9 /Times-Roman F 72 90 moveto %s show" % ps_str(INVENTED), "showpage"]
    st = {"y": H - 80, "page": 2}

    def need(h):
        if st["y"] - h < 80:
            out.append("9 /Times-Roman F 290 50 moveto (%d) show showpage" % st["page"])
            st["page"] += 1
            st["y"] = H - 80

    def para(text, x, w, size=11, lead=14.5):
        words, line = text.split(), []
        lines = []
        for wd in words:
            if line and stringWidth(" ".join(line + [wd]), "Times-Roman", size) > w:
                lines.append(line)
                line = []
            line.append(wd)
        lines.append(line)
        for i, ln in enumerate(lines):
            need(lead)
            s = " ".join(ln)
            gaps = len(ln) - 1
            extra = 0 if i == len(lines) - 1 or gaps == 0 else (w - stringWidth(s, "Times-Roman", size)) / gaps
            out.append("T %g %g moveto %.3f 0 32 %s widthshow" % (x, st["y"], extra, ps_str(s)))
            st["y"] -= lead

    for b in rep["blocks"]:
        if b[0] == "h1":
            need(44)
            st["y"] -= 10
            out.append("B %g %g moveto %s show" % (L, st["y"], ps_str(b[1])))
            st["y"] -= 20
        elif b[0] == "p":
            para(b[1], L, width)
            st["y"] -= 6
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                need(14.5)
                out.append("T %g %g moveto (%d.) show" % (L + 4, st["y"], i + 1))
                para(t, L + 24, width - 24)
                st["y"] -= 4
    out.append("9 /Times-Roman F 290 50 moveto (%d) show showpage" % st["page"])
    out.append("%%EOF")
    open(os.path.join(d, "r.ps"), "w", encoding="latin-1").write("\n".join(out) + "\n")
    pdf = os.path.join(d, "r.pdf")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + pdf, "r.ps"], cwd=d)
    return pdf


# ---------------- 8. Rosedale Abbey: WeasyPrint running element ----------------
RA_CSS = """@page { size: A4; margin: 26mm 22mm 22mm 22mm;
  @top-center { content: element(head); } @top-right { content: string(chap); font-size: 8.5pt; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; } }
@page :first { @top-center { content: none; } @top-right { content: none; } }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.4; }
.runhead { position: running(head); font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #7a2048; }
.cover { height: 230mm; break-after: page; } .cp { font-size: 15pt; color: #7a2048; } .ct { font-size: 24pt; font-weight: bold; margin-top: 55mm; color: #7a2048; }
.cb { font-size: 12pt; } .ci { font-size: 9pt; margin-top: 70mm; }
h1 { string-set: chap content(); font-family: 'Liberation Sans', sans-serif; font-size: 15pt; color: #7a2048; margin: 6mm 0 2mm; }
p { margin: 0 0 2.5mm; text-align: justify; }
ul.learning { column-count: 2; column-gap: 9mm; } li { margin-bottom: 2mm; break-inside: avoid; }
"""


def rosedale(rep, d):
    c = rep["cover"]
    src = ("<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           "<div class='runhead'>%s &#8212; %s</div>%s%s</body></html>"
           % (e(c["title"]), RA_CSS, e(c["partnership"]), e(c["title"]), cover_html(c), html_blocks(rep["blocks"])))
    open(os.path.join(d, "r.html"), "w", encoding="utf-8").write(src)
    pdf = os.path.join(d, "r.pdf")
    run(["weasyprint", os.path.join(d, "r.html"), pdf])
    return pdf


RENDER = {"wrenfield": wrenfield, "oakhanger": oakhanger, "hexworthy": hexworthy, "kelsall": kelsall,
          "thistlecombe": thistlecombe, "brantham": brantham, "culmstock": culmstock, "rosedale": rosedale}


def render(rep, d):
    fn = RENDER[rep["file"].split("-")[0]]
    made = fn(rep, d)
    return made, made, rep.get("body_from", 2)
