"""Batch 38 renderers: Chromium HTML templates (finding questions boxes, a rapid review form, side heads), pandoc with a
custom HTML template printed by Chromium (CSS counter discs), python-docx -> LibreOffice (a learning table; a two-column
body section) and flat ODT -> LibreOffice (bold lead-ins; outline numbering with a chronology table). Every child,
family, area, partnership, agency and person rendered here is invented for software testing. Test-fixture tooling only.
"""
import html, os, re, subprocess
from e2e import CHROMIUM
from batch38_content import INVENTED

WRITER_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"}}'


def e(s):
    return html.escape(s, quote=False)


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise SystemExit("%s failed: %s %s" % (cmd[0], r.stdout[-800:], r.stderr[-800:]))


def chromium(d, body, style, title):
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title>"
                                          "<style>%s</style></head><body>%s</body></html>" % (e(title), style, body))
    pdf = os.path.join(d, "r.pdf")
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def soffice(d, src):
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(d, "lo"), "--headless", "--convert-to", WRITER_PDF,
         "--outdir", d, src])
    return os.path.splitext(src)[0] + ".pdf"


def cover_html(c):
    return ("<div class='cover'><div class='band'>%s</div><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
            % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))


def items_html(b):
    kind, texts, style = b[1], b[2], b[3]
    if style == "para":
        return "".join("<p class='rec'>%s</p>" % e(t) for t in texts)
    tag = "ol" if style == "ol" else "ul"
    return "<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in texts), tag)


def blocks_html(blocks):
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items":
            out.append(items_html(b))
        elif b[0] == "questions":
            out.append("<div class='qbox'><p class='qh'>Questions for the partnership</p><ul>%s</ul></div>"
                       % "".join("<li>%s</li>" % e(q) for q in b[1]))
    return "\n".join(out)


# ---------------------------------------------------------------- 1. findings with question boxes
def chromium_findings_questions(rep, d):
    style = """@page { size: A4; margin: 20mm 20mm 22mm 20mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1b1b; }
.cover { page-break-after: always; } .cover .band { background: #0f6e6e; color: #fff; padding: 10mm 8mm; font-size: 14pt; }
.cover h1 { font-size: 25pt; color: #0f6e6e; margin: 30mm 0 8mm; } .cover .inv { margin-top: 60mm; font-style: italic; }
h2 { font-size: 16pt; color: #0f6e6e; border-bottom: 1.5pt solid #0f6e6e; padding-bottom: 1mm; margin: 8mm 0 3mm; }
h3 { font-size: 11.5pt; color: #0f6e6e; margin: 6mm 0 2mm; }
.qbox { background: #e4f1f1; border-left: 4pt solid #0f6e6e; padding: 2mm 5mm; margin: 3mm 0 5mm; }
.qbox .qh { font-weight: bold; margin: 1mm 0; } .qbox ul { margin: 1mm 0 1mm 0; padding-left: 5mm; }
p.rec { border-left: 2pt solid #999; padding-left: 4mm; }"""
    return chromium(d, cover_html(rep["cover"]) + blocks_html(rep["blocks"]), style, rep["cover"]["title"])


# ---------------------------------------------------------------- 2. rapid review form
def chromium_rapid_review_form(rep, d):
    c = rep["cover"]
    head = ("<table class='hdr'><tr><td class='logo'>%s</td><td class='ttl'>RAPID REVIEW<br><span>%s</span></td></tr>"
            "<tr><td>Child</td><td>%s</td></tr><tr><td>Date of meeting</td><td>%s</td></tr>"
            "<tr><td>Status</td><td>%s %s</td></tr></table>"
            % (e(c["partnership"]), e(c["title"]), e(c["child_name"]), e(c["date"]), e(c["by"]), e(INVENTED)))
    rows = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            rows.append("<tr class='part'><td colspan='2'><h2>%s</h2></td></tr>" % e(b[1]))
        elif b[0] == "qa":
            rows.append("<tr><td class='qn'>%d.</td><td><p class='q'>%s</p>%s</td></tr>" % (b[1], e(b[2]), blocks_html(b[3])))
    style = """@page { size: A4; margin: 15mm 15mm 18mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; } td { border: 0.75pt solid #555; padding: 2.5mm; vertical-align: top; }
.hdr td { border: 0.75pt solid #555; } .hdr .logo { width: 55mm; font-weight: bold; color: #4b2a6b; }
.hdr .ttl { font-size: 16pt; font-weight: bold; color: #4b2a6b; } .hdr .ttl span { font-size: 11pt; color: #000; }
.form { margin-top: 6mm; } tr.part td { background: #4b2a6b; color: #fff; } tr.part h2 { font-size: 11.5pt; margin: 0; }
td.qn { width: 9mm; font-weight: bold; text-align: right; } p.q { font-weight: bold; margin: 0 0 2mm; }
td p { margin: 0 0 2mm; } td ul { margin: 0 0 2mm; padding-left: 5mm; } tr { break-inside: avoid; }"""
    return chromium(d, head + "<table class='form'>%s</table>" % "".join(rows), style, c["title"])


# ---------------------------------------------------------------- 3. side heads
def chromium_side_heads(rep, d):
    sections, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "h1":
            cur = [b[1], []]
            sections.append(cur)
        else:
            cur[1].append(b)
    body = "".join("<section><h2>%s</h2><div class='txt'>%s</div></section>" % (e(t), blocks_html(bs))
                   for t, bs in sections)
    style = """@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-right { content: "%s"; font: 8pt 'Liberation Serif', serif; color: #666; } }
@page :first { @top-right { content: none; } }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.4; }
.cover { page-break-after: always; text-align: right; } .cover .band { font-variant: small-caps; font-size: 14pt; color: #7a1f2b; }
.cover h1 { font-size: 24pt; margin: 50mm 0 10mm; color: #7a1f2b; } .cover .inv { margin-top: 60mm; font-style: italic; }
section { display: grid; grid-template-columns: 46mm 1fr; column-gap: 6mm; margin-bottom: 5mm; }
section h2 { font-size: 11pt; font-weight: bold; color: #7a1f2b; margin: 0; padding-top: 0.5mm; text-align: left; }
.txt p { margin: 0 0 2.5mm; } .txt ol, .txt ul { margin: 0 0 2.5mm; padding-left: 6mm; }""" % e(rep["cover"]["title"])
    return chromium(d, cover_html(rep["cover"]) + body, style, rep["cover"]["title"])


# ---------------------------------------------------------------- 4. pandoc custom template -> Chromium
TEMPLATE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>$title$</title>
<style>
@page { size: A4; margin: 24mm 22mm; @bottom-center { content: counter(page); font: 9pt 'Liberation Sans', sans-serif; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.5; color: #222; }
header.title-block { page-break-after: always; border-top: 8mm solid #2e4d8f; padding-top: 30mm; }
header h1 { font-size: 26pt; color: #2e4d8f; } header p.sub { font-size: 13pt; } header p.inv { margin-top: 70mm; font-style: italic; }
h1 { font-size: 15pt; color: #2e4d8f; margin: 8mm 0 3mm; }
div.klps { counter-reset: klp; }
div.klp { counter-increment: klp; position: relative; padding: 2mm 0 2mm 14mm; margin: 2mm 0; min-height: 10mm; }
div.klp::before { content: counter(klp); position: absolute; left: 0; top: 1.5mm; width: 9mm; height: 9mm;
  border-radius: 50%; background: #2e4d8f; color: #fff; font-weight: bold; text-align: center; line-height: 9mm; }
div.klp p { margin: 0; }
</style></head><body>
<header class="title-block"><p class="sub">$partnership$</p><h1>$title$</h1><p class="sub">$by$</p><p class="sub">$date$</p>
<p class="inv">$invented$</p></header>
$body$
</body></html>
"""


def pandoc_template_chromium(rep, d):
    c, md = rep["cover"], []
    for b in rep["blocks"]:
        if b[0] == "h1":
            md.append("# %s {-}" % b[1])
        elif b[0] == "p":
            md.append(b[1])
        elif b[0] == "items" and b[3] == "disc":
            md.append("::: klps\n" + "\n\n".join("::: klp\n%s\n:::" % t for t in b[2]) + "\n:::")
        elif b[0] == "items":
            md.append("\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(b[2])))
    src, tpl = os.path.join(d, "r.md"), os.path.join(d, "t.html")
    open(src, "w", encoding="utf-8").write("\n\n".join(md) + "\n")
    open(tpl, "w", encoding="utf-8").write(TEMPLATE)
    out = os.path.join(d, "r.html")
    run(["pandoc", src, "-f", "markdown", "-t", "html5", "--template", tpl, "-o", out,
         "-M", "title=" + c["title"], "-M", "partnership=" + c["partnership"], "-M", "by=" + c["by"],
         "-M", "date=" + c["date"], "-M", "invented=" + INVENTED])
    pdf = os.path.join(d, "r.pdf")
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + out])
    return pdf


# ---------------------------------------------------------------- 5, 8. python-docx -> LibreOffice
def _page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        r = OxmlElement("w:r")
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "t":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r.append(el)
        paragraph._p.append(r)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(sh)


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _docx_cover(doc, c, colour):
    from docx.shared import Pt, RGBColor
    for text, size, bold in ((c["partnership"], 13, False), (c["title"], 24, True), (c["by"], 12, False),
                             (c["date"], 12, False), (INVENTED, 10, False)):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(18)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        r.font.color.rgb = RGBColor.from_string(colour)


def _docx_blocks(doc, blocks):
    from docx.shared import Pt
    for b in blocks:
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "h2":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number" if b[3] == "ol" else "List Bullet")
        elif b[0] == "ltable":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("Learning for practice", "What this means for practitioners")):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "D9E8D2")
            _repeat_header(t.rows[0])
            for left, right in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = left, right
                for cell in cells:
                    for r in cell.paragraphs[0].runs:
                        r.font.size = Pt(10)
            doc.add_paragraph()


def _docx_styles(doc, font, colour):
    from docx.shared import Pt, RGBColor
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(10.5)
    for name, size in (("Heading 1", 15), ("Heading 2", 12)):
        st = doc.styles[name]
        st.font.name, st.font.size, st.font.bold = font, Pt(size), True
        st.font.color.rgb = RGBColor.from_string(colour)


def python_docx_lo_learning_table(rep, d):
    import docx
    from docx.enum.text import WD_BREAK
    doc = docx.Document()
    _docx_styles(doc, "Carlito", "2F5F3A")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.text = rep["cover"]["title"] + "  |  Page "
    _page_field(fp)
    _docx_cover(doc, rep["cover"], "2F5F3A")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _docx_blocks(doc, rep["blocks"])
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(d, src)


def python_docx_lo_two_columns(rep, d):
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = docx.Document()
    _docx_styles(doc, "Liberation Serif", "1F1F5F")
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Hadleigh Cross LSCB  Serious Case Review  Child G  "
    _page_field(fp)
    _docx_cover(doc, rep["cover"], "1F1F5F")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    blocks = rep["blocks"]
    split = next(i for i, b in enumerate(blocks) if b[0] == "h1" and i > 0)
    _docx_blocks(doc, blocks[:split])
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = body._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        body._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    _docx_blocks(doc, blocks[split:])
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(d, src)


# ---------------------------------------------------------------- 6, 7. flat ODT -> LibreOffice
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="%(font)s" svg:font-family="'%(font)s'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="%(font)s" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.22cm" fo:line-height="135%%"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="%(colour)s"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic" fo:color="%(colour)s"/></style:style>
 <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="13pt" fo:color="%(colour)s"/></style:style>
 <style:style style:name="CoverTitle" style:family="paragraph"><style:paragraph-properties fo:margin-top="4cm" fo:margin-bottom="1cm"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="%(colour)s"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Lead" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="%(outline)s" style:num-suffix="%(suffix)s"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="%(outline)s" text:display-levels="2" style:num-suffix=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-1.2cm" fo:margin-left="1.2cm"/></style:list-level-properties></text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="&#x25AA;"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
 <text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.6cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/><style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde3ea" fo:border="0.5pt solid #555555" fo:padding="0.1cm"/></style:style>
 <style:style style:name="BodyCell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #555555" fo:padding="0.1cm"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="12.8cm"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.4cm" table:align="left"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">%(footer)s</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
"""


def x(s):
    return html.escape(s, quote=False)


def _fodt_items(b):
    out = []
    for t in b[2]:
        if b[3] == "lead" and ": " in t:
            lead, rest = t.split(": ", 1)
            inner = "<text:span text:style-name='Lead'>%s:</text:span> %s" % (x(lead), x(rest))
        else:
            inner = x(t)
        out.append("<text:list-item><text:p text:style-name='Standard'>%s</text:p></text:list-item>" % inner)
    style = "Numbers" if b[3] == "ol" else "Bullets"
    return "<text:list text:style-name='%s'>%s</text:list>" % (style, "".join(out))


def _fodt_chron(rows):
    cell = lambda s, st, ps="Cell": ("<table:table-cell table:style-name='%s' office:value-type='string'>"
                                     "<text:p text:style-name='%s'>%s</text:p></table:table-cell>" % (st, ps, x(s)))
    body = "".join("<table:table-row>%s%s</table:table-row>" % (cell(a, "BodyCell"), cell(b, "BodyCell")) for a, b in rows)
    return ("<table:table table:name='Chronology' table:style-name='Tbl'><table:table-column table:style-name='ColA'/>"
            "<table:table-column table:style-name='ColB'/><table:table-header-rows><table:table-row>%s%s</table:table-row>"
            "</table:table-header-rows>%s</table:table>" % (cell("Date", "HeadCell"), cell("Event", "HeadCell"), body))


def fodt(rep, d, font, colour, outline):
    c = rep["cover"]
    footer = ("%s <text:tab/>Page <text:page-number text:select-page='current'>1</text:page-number> of "
              "<text:page-count>1</text:page-count>" % x(c["title"]))
    parts = [FODT_HEAD % {"font": font, "colour": colour, "outline": "1" if outline else "", "suffix": "" if outline else "",
                          "footer": footer}]
    parts.append("<text:p text:style-name='Cover'>%s</text:p><text:p text:style-name='CoverTitle'>%s</text:p>"
                 "<text:p text:style-name='Cover'>%s</text:p><text:p text:style-name='Cover'>%s</text:p>"
                 "<text:p text:style-name='Cover'>%s</text:p>"
                 % (x(c["partnership"]), x(c["title"]), x(c["by"]), x(c["date"]), x(INVENTED)))
    first = True
    for b in rep["blocks"]:
        if b[0] in ("h1", "h2"):
            lvl = 1 if b[0] == "h1" else 2
            if first:
                parts.append("<text:p text:style-name='PB'/>")
                first = False
            parts.append("<text:h text:style-name='Heading_20_%d' text:outline-level='%d'>%s</text:h>" % (lvl, lvl, x(b[1])))
        elif b[0] == "p":
            parts.append("<text:p text:style-name='Standard'>%s</text:p>" % x(b[1]))
        elif b[0] == "items":
            parts.append(_fodt_items(b))
        elif b[0] == "chron":
            parts.append(_fodt_chron(b[1]) + "<text:p text:style-name='Standard'/>")
    parts.append("</office:text></office:body></office:document>\n")
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write("".join(parts))
    return soffice(d, src)


def fodt_lo_lead_ins(rep, d):
    return fodt(rep, d, "Liberation Sans", "#7b3f00", outline=False)


def fodt_lo_outline_numbering(rep, d):
    return fodt(rep, d, "Liberation Serif", "#0b4f6c", outline=True)


def render(rep, d):
    return globals()[rep["producer"]](rep, d)
