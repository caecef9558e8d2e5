"""Renders batch 50's invented reports (batch50_content.py): Chromium tagged (Ravensworth, long, legal numbering and a
landscape RAG action plan; Larkhill, headings as PNG images with /Alt only) and untagged (Kelderby, a two-column
magazine layout with pull quotes and a sidebar band); HTML opened in LibreOffice Writer, tagged (Glanrhyd, merged-cell
table over a page break; Cairnlea, legal numbering with H2 findings) and untagged (Lisnaharra, notes between
paragraphs); groff -ms + tbl -> gropdf (Thornaby, spanning agency cells over a page break); a PDF written by hand in
Python through batch49_rawpdf (Hallowby, line-drawn icons and two-run labels). Test-fixture tooling only.
"""
import base64, glob, html, os, subprocess
from batch50_content import INVENTED
import batch49_rawpdf as raw

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]
TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
RAG = {"green": "#2e9d4a", "amber": "#f0a202", "red": "#d22f2f"}


def e(s):
    return html.escape(s, quote=False)


def spans(rows, col):
    """For each row, the rowspan of its cell in column col (0 where an equal cell above spans it)."""
    out, i = [0] * len(rows), 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col]:
            j += 1
        out[i] = j - i + 1
        i = j + 1
    return out


# ---------------- Chromium ----------------
RV_CSS = """@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-left { content: 'Ravensworth Safeguarding Children Partnership'; font: 8pt 'Liberation Serif'; color: #555; }
  @top-right { content: 'LCSPR Child L'; font: 8pt 'Liberation Serif'; color: #555; }
  @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages); font: 8.5pt 'Liberation Serif'; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
@page land { size: A4 landscape; margin: 18mm 18mm 18mm 18mm; }
body { font-family: 'Liberation Serif'; font-size: 12pt; line-height: 1.55; color: #111; }
.cover { break-after: page; padding-top: 30mm; } .cover .org { font: bold 14pt 'Liberation Sans'; color: #6b2a6b; }
.cover h1 { font: bold 28pt 'Liberation Sans'; color: #6b2a6b; margin: 40mm 0 8mm 0; } .cover p { font-size: 13pt; }
.cover .inv { font-size: 9pt; margin-top: 70mm; }
h2 { font: bold 16pt 'Liberation Sans'; color: #6b2a6b; margin: 0 0 12pt 0; break-before: page; break-after: avoid; }
h2 .n, h3 .n, .np .n { display: inline-block; width: 16mm; }
h3 { font: bold 12.5pt 'Liberation Sans'; margin: 16pt 0 6pt 0; break-after: avoid; }
.contents h2 { break-before: auto; } .toc { display: flex; margin: 5pt 0; } .toc .t { white-space: nowrap; }
.toc .d { flex: 1; border-bottom: 1.2pt dotted #555; margin: 0 4pt 5pt 4pt; }
.np { padding-left: 16mm; text-indent: -16mm; margin: 0 0 9pt 0; }
.rec { margin: 8pt 0 12pt 16mm; } .rec .l { font: bold 12pt 'Liberation Sans'; color: #6b2a6b; margin: 0; } .rec .t { margin: 0; }
table { border-collapse: collapse; width: 100%; } th { background: #6b2a6b; color: #fff; text-align: left; }
th, td { border: 0.6pt solid #777; padding: 4pt 5pt; vertical-align: top; } tr { break-inside: avoid; }
table.chron { font-size: 10.5pt; } table.chron td:nth-child(1) { width: 18%; white-space: nowrap; } table.chron td:nth-child(2) { width: 22%; }
.land { page: land; } .land h2 { break-before: page; } table.plan { font-size: 11pt; } table.plan td { height: 16mm; }
table.plan td.rag { width: 22mm; }
"""


def rv_num(text):
    first, _, rest = text.partition(" ")
    if first[:1].isdigit():
        return "<span class='n'>%s</span>%s" % (e(first), e(rest))
    return e(text)


def rv_blocks(rep, toc_pages):
    c, out = rep["cover"], []
    out.append("<div class='cover'><p class='org'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
               % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    land = False
    for b in rep["blocks"]:
        k = b[0]
        if k == "contents":
            out.append("<div class='contents'><h2>Contents</h2>")
            for hb in rep["blocks"]:
                if hb[0] == "h1":
                    out.append("<div class='toc'><span class='t'>%s</span><span class='d'></span><span>%s</span></div>"
                               % (e(hb[1]), toc_pages.get(hb[1], "")))
            out.append("</div>")
        elif k == "h1":
            if b[1].startswith("Appendix"):
                out.append("<div class='land'>")
                land = True
            out.append("<h2>%s</h2>" % rv_num(b[1]))
        elif k == "sub":
            out.append("<h3>%s</h3>" % rv_num(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "np":
            out.append("<p class='np'><span class='n'>%s</span>%s</p>" % (e(b[1]), e(b[2])))
        elif k == "rec":
            out.append("<div class='rec'><p class='l'>%s</p><p class='t'>%s</p></div>" % (e(b[1]), e(b[2])))
        elif k == "esrecs":
            out += ["<div class='rec'><p class='l'>%s</p><p class='t'>%s</p></div>" % (e(l), e(t)) for l, t in b[1]]
        elif k == "items":
            tag = "ol" if b[3].startswith("ol") else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "chron":
            out.append("<table class='chron'><thead><tr><th>Date</th><th>Agency</th><th>Event</th></tr></thead><tbody>%s"
                       "</tbody></table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(v) for v in r) for r in b[1]))
        elif k == "plan":
            out.append("<table class='plan'><thead><tr><th>Rec.</th><th>Action</th><th>Lead</th><th>Target date</th>"
                       "<th>Status</th></tr></thead><tbody>%s</tbody></table>"
                       % "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class='rag' style='background:%s'>"
                                 "</td></tr>" % (e(r[0]), e(r[1]), e(r[2]), e(r[3]), RAG[r[4]]) for r in b[1]))
        else:
            raise ValueError(k)
    if land:
        out.append("</div>")
    return RV_CSS, out


LK_CSS = """@page { size: A4; margin: 20mm 22mm 20mm 22mm;
  @bottom-right { content: counter(page); font: 9pt 'DejaVu Sans'; color: #0b5563; } }
@page :first { @bottom-right { content: none; } }
body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.5; }
.cover { break-after: page; padding-top: 45mm; } .cover h1 { font-size: 24pt; color: #0b5563; } .cover p { font-size: 12pt; }
.cover .inv { font-size: 8.5pt; margin-top: 80mm; }
h2 { height: 10mm; margin: 14pt 0 6pt 0; padding: 0; break-after: avoid; }
h2 img { height: 10mm; display: block; }
h2.plain { font: bold 19pt/10mm 'Liberation Sans'; color: #0b5563; white-space: nowrap; overflow: hidden; }
"""
HEAD_CSS = """@page { size: 170mm 12mm; margin: 0; } body { margin: 0; }
div { height: 12mm; font: bold 22pt/12mm 'Liberation Sans'; color: #fff; background: #0b5563; padding: 0 4mm;
  white-space: nowrap; break-after: page; width: fit-content; }"""


def heading_images(rep, d):
    """Each h1 of the report drawn as a PNG (Chromium prints one page per heading, pdftoppm rasterises it)."""
    heads = [b[1] for b in rep["blocks"] if b[0] == "h1"]
    src, pdf = os.path.join(d, "heads.html"), os.path.join(d, "heads.pdf")
    open(src, "w", encoding="utf-8").write("<html><head><style>%s</style></head><body>%s</body></html>"
                                           % (HEAD_CSS, "".join("<div>%s</div>" % e(t) for t in heads)))
    subprocess.run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    subprocess.run(["pdftoppm", "-png", "-r", "150", pdf, os.path.join(d, "head")], check=True)
    files = sorted(glob.glob(os.path.join(d, "head-*.png")))
    return {t: base64.b64encode(open(f, "rb").read()).decode("ascii") for t, f in zip(heads, files)}


def lk_blocks(rep, images):
    c = rep["cover"]
    out = ["<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            if images:
                out.append("<h2><img alt='%s' src='data:image/png;base64,%s'></h2>" % (html.escape(b[1]), images[b[1]]))
            else:
                out.append("<h2 class='plain'>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "items":
            tag = "ol" if b[3].startswith("ol") else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        else:
            raise ValueError(k)
    return LK_CSS, out


KD_CSS = """@page { size: A4; margin: 16mm 14mm 18mm 0;
  @bottom-right { content: 'Child E  |  ' counter(page); font: bold 8.5pt 'DejaVu Sans'; color: #b4461b; } }
@page :first { @bottom-right { content: none; } }
body { font-family: 'DejaVu Serif'; font-size: 9.6pt; line-height: 1.45; color: #222; margin: 0; padding-left: 30mm; }
.band { position: fixed; left: 0; top: 0; width: 13mm; height: 263mm; background: #b4461b; }
.band span { position: absolute; left: 4mm; top: 200mm; transform: rotate(-90deg); transform-origin: left top; color: #fff;
  font: bold 9pt 'DejaVu Sans'; letter-spacing: 1.5pt; white-space: nowrap; }
.cover { break-after: page; padding-top: 40mm; } .cover h1 { font: bold 30pt 'DejaVu Sans'; color: #b4461b; }
.cover p { font: 12pt 'DejaVu Sans'; } .cover .inv { font-size: 8.5pt; margin-top: 70mm; }
.story { column-count: 2; column-gap: 7mm; }
h2 { font: bold 13pt 'DejaVu Sans'; color: #b4461b; margin: 10pt 0 4pt 0; break-after: avoid; } h2:first-child { margin-top: 0; }
p { margin: 0 0 6pt 0; text-align: justify; } ol { padding-left: 14pt; margin: 0 0 6pt 0; } li { margin-bottom: 4pt; text-align: justify; }
.pull { font: italic 14.5pt/1.3 'DejaVu Serif'; color: #b4461b; border-top: 2pt solid #b4461b; border-bottom: 2pt solid #b4461b;
  padding: 6pt 0; margin: 8pt 0; break-inside: avoid; }
"""


def kd_blocks(rep, _):
    c = rep["cover"]
    out = ["<div class='band'><span>%s</span></div>" % e(c["partnership"].upper()),
           "<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)), "<div class='story'>"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "pull":
            out.append("<p class='pull'>\u201c%s\u201d</p>" % e(b[1]))
        elif k == "items":
            tag = "ol" if b[3].startswith("ol") else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "break":
            out.append("</div><div class='story'>")
        else:
            raise ValueError(k)
    out.append("</div>")
    return KD_CSS, out


def chromium(rep, d, toc_pages, plain=False):
    f = rep["file"]
    if f.startswith("ravensworth"):
        css, body = rv_blocks(rep, toc_pages)
    elif f.startswith("larkhill"):
        css, body = lk_blocks(rep, None if plain else heading_images(rep, d))
    else:
        css, body = kd_blocks(rep, toc_pages)
    doc = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
           "<body>%s</body></html>" % (e(rep["cover"]["title"]), css, "\n".join(body)))
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r-plain.pdf" if plain else "r.pdf")
    open(src, "w", encoding="utf-8").write(doc)
    flags = ["--disable-pdf-tagging"] if "untagged" in rep["producer"] else []
    subprocess.run(CHROMIUM + flags + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


# ---------------- HTML opened in LibreOffice Writer ----------------
WR_HEAD = {"glanrhyd": ("#0f5c3a", "Glanrhyd Regional Safeguarding Children Board \u2013 Child Practice Review: Child C", "Liberation Sans"),
           "lisnaharra": ("#1f3a68", "SBNI \u2013 Case Management Review: Child B", "Liberation Serif"),
           "cairnlea": ("#4a2d73", "Cairnlea Child Protection Committee \u2013 Learning Review: Child R", "DejaVu Sans")}


def wr_cover(rep, colour):
    c = rep["cover"]
    return ("<p style='font-size:13pt;color:%s'><b>%s</b></p><p style='margin-top:50mm;font-size:26pt;color:%s'><b>%s</b></p>"
            "<p style='font-size:13pt'>%s</p><p style='font-size:13pt'>%s</p><p style='margin-top:60mm;font-size:9pt'>%s</p>"
            % (colour, e(c["partnership"]), colour, e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))


def wr_mtable(rows, colour):
    th, ag = spans(rows, 0), spans(rows, 2)
    out = ["<table border='1' cellpadding='5' cellspacing='0' width='100%%'><thead><tr>%s</tr></thead><tbody>"
           % "".join("<th bgcolor='%s' align='left'><font color='#ffffff'>%s</font></th>" % (colour, t)
                     for t in ("Theme", "Recommendation", "Lead agency", "Timescale"))]
    for r, a, b in zip(rows, th, ag):
        cells = []
        if a:
            cells.append("<td rowspan='%d' valign='top' bgcolor='#e4f0ea'><b>%s</b></td>" % (a, e(r[0])))
        cells.append("<td valign='top'>%s</td>" % e(r[1]))
        if b:
            cells.append("<td rowspan='%d' valign='top'>%s</td>" % (b, e(r[2])))
        cells.append("<td valign='top'>%s</td>" % e(r[3]))
        out.append("<tr>%s</tr>" % "".join(cells))
    return "".join(out) + "</tbody></table>"


def wr_blocks(rep, colour):
    out, blocks = [], rep["blocks"]
    for i, b in enumerate(blocks):
        k = b[0]
        call = blocks[i + 1][1].split(" ", 1)[0] if i + 1 < len(blocks) and blocks[i + 1][0] == "note" else None
        if k == "h1":
            first, _, rest = b[1].partition(" ")
            if first.isdigit():
                out.append("<h1 style='color:%s'><font color='#8a8a8a'>%s</font>&nbsp;&nbsp;&nbsp;%s</h1>" % (colour, first, e(rest)))
            else:
                out.append("<h1 style='color:%s'>%s</h1>" % (colour, e(b[1])))
        elif k == "sub":
            first, _, rest = b[1].partition(" ")
            out.append("<h2><font color='#8a8a8a'>%s</font>&nbsp;&nbsp;&nbsp;%s</h2>" % (first, e(rest)))
        elif k == "p":
            out.append("<p>%s%s</p>" % (e(b[1]), "<sup>%s</sup>" % call if call else ""))
        elif k == "np":
            out.append("<p style='margin-left:1.6cm;text-indent:-1.6cm'>%s&nbsp;&nbsp;&nbsp;&nbsp;%s</p>" % (b[1], e(b[2])))
        elif k == "rec":
            out.append("<p style='margin-left:1.6cm'><b><font color='%s'>%s</font></b> %s</p>" % (colour, e(b[1]), e(b[2])))
        elif k == "note":
            out.append("<p style='font-size:7.5pt;margin-left:0.6cm'><sup>%s</sup> %s</p>" % tuple(e(x) for x in b[1].split(" ", 1)))
        elif k == "items":
            start = " start='3'" if b[3] == "ol3" else ""
            tag = "ol" if b[3].startswith("ol") else "ul"
            out.append("<%s%s>%s</%s>" % (tag, start, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "mtable":
            out.append(wr_mtable(b[1], colour))
        else:
            raise ValueError(k)
    return out


def writer(rep, d):
    key = rep["file"].split("-")[0]
    colour, head, font = WR_HEAD[key]
    body = wr_blocks(rep, colour)
    doc = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>"
           "body { font-family: '%s'; font-size: 11pt; } h1 { font-size: 15pt; margin-top: 14pt; } h2 { font-size: 12pt; }"
           "p { margin-bottom: 6pt; } th, td { font-size: 10pt; }</style></head><body>"
           "<div title='header'><p style='font-size:8pt;color:#666'>%s</p></div>%s"
           "<p style='page-break-before: always'></p>%s</body></html>"
           % (e(rep["cover"]["title"]), font, e(head), wr_cover(rep, colour), "\n".join(body)))
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write(doc)
    export = TAGGED if "_tagged" in rep["producer"] else "pdf:writer_pdf_Export"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--infilter=HTML (StarWriter)",
                    "--convert-to", export, "--outdir", d, src], check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------------- groff -ms + tbl ----------------
def ms_text(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'")
    return "\\&" + s if s[:1] in ".'" else s


def ms(rep):
    c = rep["cover"]
    out = [".nr PS 11", ".nr VS 14", ".nr HY 0", ".nr LL 16c", ".nr PO 2.5c", ".nr HM 2.2c", ".nr FM 2.5c",
           ".ds LH Thornaby LSCB", ".ds CH", ".ds RH Serious Case Review: Child K", ".ds CF \\- % \\-",
           ".TL", ms_text(c["title"]), ".AU", ms_text(c["by"]), ".AI", ms_text(c["partnership"]), ms_text(c["date"]),
           ".AB no", ms_text(INVENTED), ".AE", ".nh"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += [".SH", ms_text(b[1])]
        elif k == "p":
            out += [".PP", ms_text(b[1])]
        elif k == "items":
            for t in b[2]:
                out += [".IP \\(bu 3n", ms_text(t)]
        elif k == "atable":
            out += [".TS H", "allbox tab(@);", "cb cb", "lw(4.2c) lw(10.6c).", "Agency@Action", ".TH"]
            sp = spans(b[1], 0)
            for r, n in zip(b[1], sp):
                out.append("%s@T{\n%s\nT}" % ("T{\n" + ms_text(r[0]) + "\nT}" if n else "\\^", ms_text(r[1])))
            out.append(".TE")
        else:
            raise ValueError(k)
    return "\n".join(out) + "\n"


def groff_ms(rep, d):
    src, pdf = os.path.join(d, "r.ms"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(ms(rep))
    data = subprocess.run(["groff", "-t", "-ms", "-Tpdf", "-dpaper=a4", "-P-pa4", src], check=True, capture_output=True).stdout
    open(pdf, "wb").write(data)
    return pdf


# ---------------- a PDF written by hand: line-drawn icons, two-run labels ----------------
def bulb_ops(x, y):
    """A lightbulb drawn with stroked paths: a circle of four Bezier arcs, a neck, two base lines and three rays."""
    k, r, cx, cy = 0.5523, 6.0, x + 7, y + 6
    return ("q 0.1 0.35 0.55 RG 1.1 w %.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
            "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S "
            "%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f l S %.2f %.2f m %.2f %.2f l S "
            "%.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q"
            % (cx + r, cy, cx + r, cy + k * r, cx + k * r, cy + r, cx, cy + r,
               cx - k * r, cy + r, cx - r, cy + k * r, cx - r, cy,
               cx - r, cy - k * r, cx - k * r, cy - r, cx, cy - r,
               cx + k * r, cy - r, cx + r, cy - k * r, cx + r, cy,
               cx - 3, cy - 5.2, cx - 3, cy - 9, cx + 3, cy - 9, cx + 3, cy - 5.2, cx - 2.4, cy - 11, cx + 2.4, cy - 11,
               cx, cy + r + 2, cx, cy + r + 5, cx - r - 2, cy + 2, cx - r - 5, cy + 3, cx + r + 2, cy + 2, cx + r + 5, cy + 3))


def labelled(flow, bold, regular, text, icon):
    flow.need(15 * 3)
    flow.y -= 4
    x = flow.x + (24 if icon else 0)
    if icon:
        flow.doc.pages[-1].append(bulb_ops(flow.x, flow.y - 2))
    flow.doc.text("F2", 11, bold, x, flow.y)
    flow.doc.text("F1", 11, regular, x + raw.width(bold, 11, True), flow.y)
    flow.y -= 15
    for ln in raw.wrap(text, 11, flow.room - (x - flow.x)):
        flow.need(15)
        flow.doc.text("F1", 11, ln, x, flow.y)
        flow.y -= 15
    flow.y -= 6


def hallowby(rep, path):
    doc = raw.RawDoc()
    raw.cover(doc, rep["cover"], INVENTED)
    flow = raw.Flow(doc, footer="Hallowby CSP  |  LCSPR Child N  |  %d")
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            flow.heading(b[1], size=14.0)
        elif k == "p":
            flow.para(b[1])
        elif k in ("lp", "rp"):
            labelled(flow, b[1], b[2], b[3], k == "lp")
        else:
            raise ValueError(k)
    doc.write(path, "Hallowby report writer 2.1", rep["cover"]["title"])


def render(rep, d, toc_pages=None, plain=False):
    p = rep["producer"]
    if p.startswith("chromium"):
        return chromium(rep, d, toc_pages or {}, plain)
    if p.startswith("libreoffice"):
        return writer(rep, d)
    if p.startswith("groff"):
        return groff_ms(rep, d)
    pdf = os.path.join(d, "r.pdf")
    hallowby(rep, pdf)
    return pdf
