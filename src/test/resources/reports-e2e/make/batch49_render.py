"""Renders batch 49's invented reports (batch49_content.py): Chromium (Kilbride Moss tagged and long, Strathallan
untagged with margin practice points), a flat ODT -> LibreOffice Writer through batch46_render's writer (Llanfair Glyn
tagged, two-column section and endnotes; Hepworth Dale untagged, icon rows and a logo header), groff -ms -> gropdf
(Carrowmore, two columns under a one-column title block) and PDFs written by hand in batch49_rawpdf.py (Ashgrove,
Fernmouth, Brackley Heath). Test-fixture tooling only.
"""
import base64, html, os, re, struct, subprocess, zlib
from xml.sax.saxutils import escape as x
from batch49_content import INVENTED
import batch45_render as b45
import batch46_render as b46
import batch49_rawpdf as raw

NOTE = re.compile(r"\^\[([^\]]*)\]")


def e(s):
    return html.escape(s, quote=False)


class Calls:
    """'^[note]' in a text becomes a superscript call; the notes are kept to be listed at the end."""
    def __init__(self, fmt="<sup>%d</sup>"):
        self.notes, self.fmt = [], fmt

    def __call__(self, s, esc=e):
        out, pos = [], 0
        for m in NOTE.finditer(s):
            self.notes.append(m.group(1))
            out += [esc(s[pos:m.start()]), self.fmt % len(self.notes)]
            pos = m.end()
        return "".join(out) + esc(s[pos:])


# ---------------- Chromium ----------------
KM_CSS = """@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-right { content: 'Kilbride Moss SCP \\2013  LCSPR Child T'; font: 8.5pt 'Liberation Sans'; color: #555; }
  @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages); font: 8.5pt 'Liberation Sans'; } }
@page :first { @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.5; color: #222; }
.cover { break-after: page; padding-top: 40mm; } .cover .band { background: #2b6e4f; color: #fff; padding: 10mm; }
.cover h1 { font-size: 26pt; margin: 4pt 0; } .cover p { font-size: 13pt; margin: 6pt 0; } .cover .inv { font-size: 9pt; margin-top: 60mm; }
h2 { font-size: 17pt; color: #2b6e4f; margin: 0 0 10pt 0; break-before: page; break-after: avoid; }
h3 { font-size: 12.5pt; color: #2b6e4f; margin: 14pt 0 6pt 0; break-after: avoid; }
.contents h2 { break-before: auto; } .toc { display: flex; margin: 6pt 0; }
.toc .t { white-space: nowrap; } .toc .d { flex: 1; border-bottom: 1.2pt dotted #777; margin: 0 4pt 4pt 4pt; }
.lbox { background: #e3f1ea; border-left: 4pt solid #2b6e4f; padding: 8pt 10pt; margin: 10pt 0; break-inside: avoid; }
.lbox .l { font-weight: bold; color: #2b6e4f; margin: 0 0 3pt 0; } .lbox p { margin: 0; }
table { border-collapse: collapse; width: 100%; } th { background: #2b6e4f; color: #fff; text-align: left; }
th, td { border: 0.6pt solid #888; padding: 4pt 5pt; vertical-align: top; } tr { break-inside: avoid; }
table.chron { font-size: 9.5pt; } table.rt { font-size: 11pt; line-height: 1.6; } table.rt td { padding: 9pt 7pt; }
table.rt td:nth-child(1) { width: 18%; } table.rt td:nth-child(2) { width: 46%; }
sup { font-size: 7pt; line-height: 0; } ol.notes { font-size: 9.5pt; }
"""
ST_CSS = """@page { size: A4; margin: 20mm 14mm 20mm 20mm;
  @bottom-left { content: 'Strathallan Child Protection Committee  |  Learning Review: Child M'; font: 8pt 'DejaVu Sans'; }
  @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans'; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.5; }
.cover { break-after: page; padding-top: 50mm; } .cover h1 { font-size: 24pt; color: #1d3f6e; } .cover p { font-size: 12pt; }
.cover .inv { font-size: 8.5pt; margin-top: 60mm; }
.main { width: 118mm; } h2 { font-size: 14pt; color: #1d3f6e; margin: 16pt 0 6pt 0; width: 118mm; }
.row { display: grid; grid-template-columns: 118mm 52mm; column-gap: 6mm; align-items: start; margin: 0 0 8pt 0; }
.row p { margin: 0; } .pp { border: 1pt solid #1d3f6e; border-top: 5pt solid #1d3f6e; padding: 5pt 6pt; font-size: 8.5pt;
  line-height: 1.35; background: #f1f5fa; } .pp .l { font-weight: bold; color: #1d3f6e; margin: 0 0 2pt 0; }
p, ol { width: 118mm; }
"""


def km_blocks(rep, toc_pages, calls):
    c, out = rep["cover"], []
    out.append("<div class='cover'><div class='band'><p>%s</p><h1>Local Child Safeguarding Practice Review</h1><h1>Child T</h1>"
               "</div><p>%s</p><p>%s</p><p class='inv'>%s</p></div>" % (e(c["partnership"]), e(c["by"]), e(c["date"]),
                                                                        e(INVENTED)))
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
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % calls(b[1]))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % calls(t) for t in b[2]), tag))
        elif k == "lbox":
            out.append("<div class='lbox'><p class='l'>Learning</p><p>%s</p></div>" % e(b[1]))
        elif k == "chron":
            out.append("<table class='chron'><thead><tr><th>Date</th><th>Agency</th><th>Event</th></tr></thead><tbody>%s"
                       "</tbody></table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(v) for v in r) for r in b[1]))
        elif k == "rtable":
            out.append("<table class='rt'><thead><tr><th>Agency</th><th>Action</th><th>Lead</th><th>Timescale</th></tr>"
                       "</thead><tbody>%s</tbody></table>"
                       % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(v) for v in r) for r in b[1]))
        elif k == "endnotes":
            out.append("<ol class='notes'>%s</ol>" % "".join("<li>%s</li>" % e(n) for n in calls.notes))
        else:
            raise ValueError(k)
    return KM_CSS, out


def st_blocks(rep, toc_pages, calls):
    c = rep["cover"]
    out = ["<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p style='margin:0 0 8pt 0'>%s</p>" % e(b[1]))
        elif k == "pp":
            out.append("<div class='row'><p>%s</p><div class='pp'><p class='l'>Practice point</p><p>%s</p></div></div>"
                       % (e(b[1]), e(b[2])))
        elif k == "items":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        else:
            raise ValueError(k)
    return ST_CSS, out


def chromium(rep, d, toc_pages):
    calls = Calls()
    css, body = (km_blocks if rep["file"].startswith("kilbride") else st_blocks)(rep, toc_pages, calls)
    doc = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
           "<body>%s</body></html>" % (e(rep["cover"]["title"]), css, "\n".join(body)))
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(doc)
    flags = ["--disable-pdf-tagging"] if "untagged" in rep["producer"] else []
    subprocess.run(b45.CHROMIUM + flags + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


# ---------------- flat ODT -> LibreOffice Writer ----------------
def png(w, h, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(i, j)) for i in range(w)) for j in range(h))

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def bulb(i, j):
    if (i - 24) ** 2 + (j - 20) ** 2 <= 16 ** 2:
        return (250, 200, 30, 255)
    if 17 <= i <= 31 and 36 <= j <= 46:
        return (110, 110, 110, 255)
    return (255, 255, 255, 0)


def logo(i, j):
    return (30, 90, 140, 255) if (i + j) % 24 < 16 else (240, 170, 40, 255)


def image(data, cm, name):
    return ('<draw:frame draw:name="%s" text:anchor-type="as-char" svg:width="%.1fcm" svg:height="%.1fcm"><draw:image>'
            '<office:binary-data>%s</office:binary-data></draw:image></draw:frame>'
            % (name, cm, cm, base64.b64encode(data).decode("ascii")))


b46.LOOK["llanfair"] = ("#8c1d40", "Bwrdd Diogelu Plant Rhanbarthol Llanfair Glyn / Llanfair Glyn Regional Safeguarding "
                        "Children Board", 'Tudalen / Page <text:page-number text:select-page="current"/>')
b46.LOOK["hepworth"] = ("#1e5a8c", image(png(48, 48, logo), 1.0, "Logo") + " Hepworth Dale Children\u2019s Safeguarding "
                        "Partnership", 'Page <text:page-number text:select-page="current"/> of <text:page-count/>')
_odt_block = b46.odt_block
BULB = png(48, 48, bulb)


def odt_block(b, note, counter):
    k = b[0]
    if k == "icon":
        counter["icon"] = counter.get("icon", 0) + 1
        return ('<table:table table:name="Learning%d" table:style-name="TB"><table:table-column table:style-name="ci1"/>'
                '<table:table-column table:style-name="ci2"/><table:table-row><table:table-cell table:style-name="TIc">'
                '<text:p text:style-name="Icon">%s</text:p></table:table-cell><table:table-cell table:style-name="TIc">'
                '<text:p text:style-name="Cell">%s</text:p></table:table-cell></table:table-row></table:table>'
                % (counter["icon"], image(BULB, 1.1, "Bulb%d" % counter["icon"]), note(b[1])))
    if k == "recs":
        return "".join('<text:p text:style-name="Num">R%d<text:tab/>%s</text:p>' % (i + 1, note(t))
                       for i, t in enumerate(b[1]))
    return _odt_block(b, note, counter)


b46.odt_block = odt_block
NS = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:office=')


def writer(rep, d, toc_pages):
    doc = b46.fodt(rep, toc_pages).replace("xmlns:office=", NS, 1)
    if rep["file"].startswith("llanfair"):
        doc = doc.replace('text:note-class="footnote"', 'text:note-class="endnote"').replace(
            '<text:p text:style-name="Footnote">', '<text:p text:style-name="Endnote">')
        doc = doc.replace('<text:h text:style-name="BodyFirst"', '<text:section text:style-name="Sect2" text:name="Body">'
                          '<text:h text:style-name="Heading_20_1"', 1)
        doc = doc.replace("</office:text>", "</text:section></office:text>", 1)
        doc = doc.replace('<text:p text:style-name="Small">', '<text:p text:style-name="Standard">', 1)
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(doc)
    export = b46.TAGGED if "_tagged" in rep["producer"] else "pdf"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", export,
                    "--outdir", d, src], check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------------- groff -ms -> gropdf ----------------
def ms_text(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'")
    return "\\&" + s if s[:1] in ".'" else s


def ms(rep):
    c, calls = rep["cover"], Calls("\\*{%d\\*}")
    out = [".nr PS 11", ".nr VS 14", ".nr LL 17c", ".nr PO 2c", ".nr HM 2c", ".nr FM 2.5c",
           '.ds CH \\- % \\-', '.ds LH SBNI', '.ds RH Case Management Review: Child F', ".TL", ms_text(c["title"]),
           ".AU", ms_text(c["by"]), ".AI", ms_text(c["partnership"]), ms_text(c["date"]), ".AB no", ms_text(INVENTED), ".AE",
           ".2C"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += [".SH", ms_text(b[1])]
        elif k == "p":
            out += [".PP", calls(b[1], ms_text)]
        elif k == "items":
            for i, t in enumerate(b[2]):
                label = "(%s)" % "abcdefgh"[i] if b[3] == "abc" else "%d." % (i + 1)
                out += [".IP %s 4n" % label, ms_text(t)]
        elif k == "endnotes":
            for i, n in enumerate(calls.notes):
                out += [".IP %d. 3n" % (i + 1), ".ps -1", ms_text(n), ".ps +1"]
        else:
            raise ValueError(k)
    return "\n".join(out) + "\n"


def groff_ms(rep, d):
    src, pdf = os.path.join(d, "r.ms"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(ms(rep))
    data = subprocess.run(["groff", "-ms", "-Tpdf", "-k", "-dpaper=a4", "-P-pa4", src], check=True, capture_output=True).stdout
    open(pdf, "wb").write(data)
    return pdf


def render(rep, d, toc_pages=None):
    """The PDF's path; for Brackley Heath also a copy without the broken CMap (r-plain.pdf), read for the truth's pages."""
    p, pdf = rep["producer"], os.path.join(d, "r.pdf")
    if p.startswith("libreoffice"):
        return writer(rep, d, toc_pages or {})
    if p.startswith("chromium"):
        return chromium(rep, d, toc_pages or {})
    if p.startswith("groff"):
        return groff_ms(rep, d)
    if p == "handwritten_skia_like_outline_headings":
        raw.skia_like(rep, pdf, INVENTED)
    elif p == "handwritten_print_to_pdf_like":
        raw.print_to_pdf_like(rep, pdf, INVENTED)
    else:
        raw.broken_tounicode(rep, pdf, INVENTED, os.path.join(d, "r-plain.pdf"))
    return pdf
