"""Renders batch 48's invented reports (batch48_content.py): Chromium (Drumcarrick untagged with a fixed rotated
watermark and hanging paragraph numbers; Penmarrow tagged, a seven-box briefing), a flat ODT -> LibreOffice Writer
through batch46_render's writer (Bro Caron tagged bilingual, Wendlebury untagged with footnotes, Lowther Bridge tagged
with line numbering), groff -mom -> gropdf with NUMBER_LINES (Glenisla), and PDFs written by hand in batch48_rawpdf.py
(Haverleigh scanned with an OCR text layer, Calderwick Word-like with a DRAFT watermark). Test-fixture tooling only.
"""
import html, os, subprocess
from xml.sax.saxutils import escape as x
from batch48_content import INVENTED
import batch45_render as b45
import batch46_render as b46
import batch47_render  # noqa: F401  (its odt_block: portrait action plan)
import batch48_rawpdf as raw


def e(s):
    return html.escape(s, quote=False)


# ---------------- flat ODT -> LibreOffice Writer ----------------
b46.LOOK["bro"] = ("#7a1f2b", "Bwrdd Diogelu Rhanbarthol Bro Caron / Bro Caron Regional Safeguarding Board",
                   'Tudalen / Page <text:page-number text:select-page="current"/>')
b46.LOOK["wendlebury"] = ("#2d5f2e", "Wendlebury Safeguarding Children Partnership \u2013 LCSPR Child S",
                          'Page <text:page-number text:select-page="current"/> of <text:page-count/>')
b46.LOOK["lowther"] = ("#1f3f77", "Lowther Bridge Safeguarding Partnership",
                       '<text:page-number text:select-page="current"/>')
CY_STYLES = ('<style:style style:name="CyText" style:family="paragraph" style:parent-style-name="Text_20_body">'
             '<style:text-properties fo:font-style="italic" fo:color="#555555"/></style:style>')
LINE_NUMBERS = ('<text:linenumbering-configuration text:number-lines="true" text:offset="0.4cm" style:num-format="1" '
                'text:number-position="left" text:increment="1" text:restart-on-page="true"/>')
_odt_block = b46.odt_block


def odt_block(b, note, counter):
    k = b[0]
    if k == "cy_h":
        return '<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % x(b[1])
    if k == "cy":
        return '<text:p text:style-name="CyText">%s</text:p>' % x(b[1])
    if k == "cy_items":
        return '<text:list text:style-name="LBul">' + "".join(
            '<text:list-item><text:p text:style-name="CyText">%s</text:p></text:list-item>' % x(t) for t in b[1]) + \
            "</text:list>"
    if k == "lr":
        return b46.table("LearningRecs", "TB", ("w8", "w8"), ("Learning", "Recommendation"), b[1], note)
    return _odt_block(b, note, counter)


b46.odt_block = odt_block


def writer(rep, d, toc_pages):
    blocks = list(rep["blocks"])
    bilingual = blocks[0][0] == "cy_h"
    if bilingual:  # the Welsh heading opens the body page; the English heading under it is a plain Heading 1
        blocks[0] = ("h1", blocks[0][1], "x")
    doc = b46.fodt(dict(rep, blocks=blocks), toc_pages)
    doc = doc.replace("</office:automatic-styles>", CY_STYLES + "</office:automatic-styles>", 1)
    if "line_numbers" in rep["producer"]:
        doc = doc.replace("</office:styles>", LINE_NUMBERS + "</office:styles>", 1)
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(doc)
    export = b46.TAGGED if "_tagged" in rep["producer"] else "pdf"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", export,
                    "--outdir", d, src], check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------------- Chromium ----------------
DRUM_CSS = """@page { size: A4; margin: 22mm 20mm 22mm 14mm;
  @top-left { content: 'Case Management Review \\2013  Child N'; font: 8.5pt 'Liberation Sans'; color: #444; }
  @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font: 8.5pt 'Liberation Sans'; } }
@page :first { @top-left { content: none; } }
body { font-family: 'Liberation Sans'; font-size: 11.5pt; line-height: 1.55; padding-left: 14mm; }
.wm { position: fixed; top: 118mm; left: -10mm; width: 190mm; text-align: center; transform: rotate(-45deg);
  font: bold 44pt 'Liberation Sans'; color: rgba(200, 0, 0, 0.16); z-index: -1; }
.cover { break-after: page; padding-top: 55mm; } .cover h1 { font-size: 28pt; color: #004b87; margin: 6pt 0; }
.cover p { font-size: 13pt; margin: 5pt 0; } .cover .inv { font-size: 9pt; margin-top: 45mm; }
h2 { font-size: 16pt; color: #004b87; margin: 0 0 10pt 0; break-before: page; break-after: avoid; }
.contents h2 { break-before: auto; } .toc { display: flex; margin: 5pt 0; }
.toc .t { white-space: nowrap; } .toc .d { flex: 1; border-bottom: 1.2pt dotted #777; margin: 0 4pt 4pt 4pt; }
.np { position: relative; margin: 0 0 8pt -14mm; padding-left: 14mm; } .np .n { position: absolute; left: 0; top: 0; width: 12mm; }
.np p { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; } th { background: #004b87; color: #fff; text-align: left; }
th, td { border: 0.6pt solid #888; padding: 4pt 5pt; vertical-align: top; } tr { break-inside: avoid; }
"""
PEN_CSS = """@page { size: A4; margin: 12mm; @bottom-center { content: 'Penmarrow Safeguarding Children Partnership  |  '
  counter(page); font: 8pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; grid-template-rows: auto auto auto; gap: 6mm; height: 255mm; }
.box { border: 1.5pt solid #6a2c91; border-radius: 8pt; padding: 6pt 8pt; position: relative; }
.box h2 { font-size: 12pt; color: #6a2c91; margin: 0 0 4pt 26pt; line-height: 22pt; }
.box .num { position: absolute; left: 6pt; top: 6pt; width: 22pt; height: 22pt; border-radius: 11pt; background: #6a2c91;
  color: #fff; text-align: center; font: bold 13pt/22pt 'DejaVu Sans'; }
.box ul { margin: 2pt 0 0 12pt; padding: 0; } .box li { margin: 2pt 0; } .box p { margin: 2pt 0; }
.centre { background: #6a2c91; color: #fff; border-radius: 8pt; padding: 10pt; display: flex; flex-direction: column;
  justify-content: center; text-align: center; } .centre .big { font: bold 22pt 'DejaVu Sans'; }
.centre h1 { font-size: 15pt; margin: 6pt 0; } .centre p { margin: 3pt 0; } .centre .inv { font-size: 7.5pt; }
.after { break-before: page; } .after h2 { font-size: 15pt; color: #6a2c91; }
"""
# grid cells in reading order of the page: boxes 1-3 across the top, 4 left and 5 right of the centre, 6-7 below
PEN_PLACE = {1: (1, 1), 2: (1, 2), 3: (1, 3), 4: (2, 1), 5: (2, 3), 6: (3, 1), 7: (3, 2)}


def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "np":
            out.append("<div class='np'><span class='n'>%s</span><p>%s</p></div>" % (e(b[1]), e(b[2])))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k in ("chron", "actions", "glossary", "lr"):
            head = {"chron": ("Date", "Agency", "Event"), "actions": ("Rec.", "Action", "Lead", "By when", "Status"),
                    "glossary": ("Term", "Meaning"), "lr": ("Learning", "Recommendation")}[k]
            out.append("<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (
                "".join("<th>%s</th>" % e(c) for c in head),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in b[1])))
        else:
            raise ValueError(k)
    return out


def drumcarrick_html(rep, toc_pages):
    c = rep["cover"]
    out = ["<div class='wm'>OFFICIAL - SENSITIVE</div>",
           "<div class='cover'><p>%s</p><h1>Case Management Review</h1><h1>Child N</h1><p>Overview report</p><p>%s</p>"
           "<p>%s</p><p class='inv'>%s</p></div>" % (e(c["partnership"]), e(c["by"]), e(c["date"]), e(INVENTED)),
           "<div class='contents'><h2 class='c'>Contents</h2>"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<div class='toc'><span class='t'>%s</span><span class='d'></span><span>%s</span></div>"
                       % (e(b[1]), toc_pages.get(b[1], "")))
    out.append("</div>")
    out += html_blocks([b for b in rep["blocks"] if b[0] != "contents"])
    return DRUM_CSS, out


def penmarrow_html(rep, toc_pages):
    c, cells = rep["cover"], []
    for b in rep["blocks"]:
        if b[0] == "box":
            row, col = PEN_PLACE[b[1]]
            cells.append("<div class='box' style='grid-row:%d;grid-column:%d'><span class='num'>%d</span><h2>%s</h2>%s</div>"
                         % (row, col, b[1], e(b[2]), "".join(html_blocks(b[4]))))
    cells.append("<div class='centre' style='grid-row:2;grid-column:2'><div class='big'>7-minute briefing</div><h1>Child R</h1>"
                 "<p>%s</p><p>%s</p><p>%s</p><p class='inv'>%s</p></div>" % (e(c["by"]), e(c["partnership"]), e(c["date"]),
                                                                              e(INVENTED)))
    rest = html_blocks([b for b in rep["blocks"] if b[0] != "box"])
    return PEN_CSS, ["<div class='grid'>%s</div>" % "".join(cells), "<div class='after'>%s</div>" % "".join(rest)]


def chromium(rep, d, toc_pages):
    css, body = (drumcarrick_html if rep["file"].startswith("drumcarrick") else penmarrow_html)(rep, toc_pages)
    doc = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
           "<body>%s</body></html>" % (e(rep["cover"]["title"]), css, "\n".join(body)))
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(doc)
    flags = ["--disable-pdf-tagging"] if "untagged" in rep["producer"] else []
    subprocess.run(b45.CHROMIUM + flags + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


# ---------------- groff -mom -> gropdf, line numbers ----------------
def mom_text(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'")
    return "\\&" + s if s[:1] in ".'" else s


def mom(rep):
    c = rep["cover"]
    out = ['.TITLE "%s"' % c["title"], '.AUTHOR "%s"' % c["by"], ".DOCTYPE DEFAULT", ".PRINTSTYLE TYPESET",
           ".PAPER A4", ".L_MARGIN 3c", ".R_MARGIN 2.5c", ".FAMILY T", ".PT_SIZE 11", ".AUTOLEAD 2",
           '.HEADER_LEFT "%s"' % c["partnership"], '.HEADER_RIGHT "%s"' % c["date"], ".START",
           ".PP", mom_text(c["partnership"] + ", " + c["date"] + "."), ".PP", "\\f[I]%s\\f[P]" % INVENTED,
           ".NUMBER_LINES 1 1"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += ['.HEADING 1 "%s"' % b[1]]
        elif k == "p":
            out += [".PP", mom_text(b[1])]
        elif k == "items":
            out += [".LIST %s" % ("DIGIT ." if b[3] == "ol" else "BULLET")]
            for t in b[2]:
                out += [".ITEM", mom_text(t)]
            out += [".LIST OFF"]
        else:
            raise ValueError(k)
    return "\n".join(out) + "\n"


def groff_mom(rep, d):
    src, pdf = os.path.join(d, "r.mom"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(mom(rep))
    data = subprocess.run(["groff", "-mom", "-Tpdf", "-k", src], check=True, capture_output=True).stdout
    open(pdf, "wb").write(data)
    return pdf


def render(rep, d, toc_pages=None):
    p, pdf = rep["producer"], os.path.join(d, "r.pdf")
    if p.startswith("libreoffice"):
        return writer(rep, d, toc_pages or {})
    if p.startswith("chromium"):
        return chromium(rep, d, toc_pages or {})
    if p.startswith("groff"):
        return groff_mom(rep, d)
    if p == "handwritten_scanned_ocr_layer":
        raw.scanned_report(rep, pdf, INVENTED)
    else:
        raw.draft_report(rep, pdf, INVENTED)
    return pdf
