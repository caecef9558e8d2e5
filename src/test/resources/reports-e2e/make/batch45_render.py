"""Renders batch 45's invented reports (batch45_content.py): a flat ODT written here -> LibreOffice Writer (Ferndale
Valley tagged, Cwm Llanwern untagged), Chromium (Carrickmore tagged, Dunmarra with tagging switched off), pod2pdf
(Harbury, Westbrook), groff -mm -> gropdf (Thornleigh, Moorcross). Test-fixture tooling only.
"""
import html, os, re, subprocess
from xml.sax.saxutils import escape as x
from batch45_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]
TAGGED_EXPORT = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
NOTE = re.compile(r"\^\[([^\]]*)\]")


def e(s):
    return html.escape(s, quote=False)


def plain(s):
    return NOTE.sub("", s)


# ---------------- flat ODT -> LibreOffice Writer ----------------
ODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="125%"/></style:style>
 <style:style style:name="Num" style:family="paragraph" style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:margin-left="1.1cm" fo:text-indent="-1.1cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="%COLOUR%"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="4cm" fo:margin-bottom="0.6cm"/>
  <style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="%COLOUR%"/></style:style>
 <style:style style:name="CoverLine" style:family="paragraph"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-top="3cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="%COLOUR%"/></style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm">
  <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="CellHead" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Icon" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="18pt" fo:color="%COLOUR%"/></style:style>
 <style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt" fo:color="#444444"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Logo" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#ffffff" fo:background-color="%COLOUR%"/></style:style>
 <text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.6cm" fo:margin-left="1.1cm"/></style:list-level-properties>
  </text:list-level-style-number></text:list-style>
 <text:notes-configuration text:note-class="footnote" text:default-style-name="Footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="CoverLine" style:master-page-name="Cover"/>
 <style:style style:name="BodyFirst" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="ContentsFirst" style:family="paragraph" style:parent-style-name="Contents_20_Heading" style:master-page-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="HeadBreak" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="HeadLandscape" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Landscape"/>
 <style:style style:name="HeadPortrait" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard"/>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="%TABLEW%" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TI" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #777777"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #777777" fo:background-color="%COLOUR%"/></style:style>
 <style:style style:name="TIc" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="none" fo:background-color="#eef4e8"/></style:style>
 <style:style style:name="cw1" style:family="table-column"><style:table-column-properties style:column-width="%C1%"/></style:style>
 <style:style style:name="cw2" style:family="table-column"><style:table-column-properties style:column-width="%C2%"/></style:style>
 <style:style style:name="cw3" style:family="table-column"><style:table-column-properties style:column-width="%C3%"/></style:style>
 <style:style style:name="ci1" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="ci2" style:family="table-column"><style:table-column-properties style:column-width="14.4cm"/></style:style>
 <style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Cover" style:page-layout-name="pm1" style:next-style-name="Standard"/>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Hdr">%HEADER%</text:p></style:header>
  <style:footer><text:p text:style-name="Ftr">%FOOTER%</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="pm2" style:next-style-name="Landscape">
  <style:header><text:p text:style-name="Hdr">%HEADER%</text:p></style:header>
  <style:footer><text:p text:style-name="Ftr">%FOOTER%</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


class Notes:
    """Writer footnotes: '^[text]' in a paragraph becomes a text:note at that place."""
    def __init__(self):
        self.n = 0

    def __call__(self, s):
        out, pos = [], 0
        for m in NOTE.finditer(s):
            self.n += 1
            out.append(x(s[pos:m.start()]))
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                       '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                       % (self.n, self.n, x(m.group(1))))
            pos = m.end()
        return "".join(out) + x(s[pos:])


def odt_table(rep, rows, landscape):
    head = ("Recommendation", "Lead agency", "Agency response")
    out = ['<table:table table:name="Recs" table:style-name="T1"><table:table-column table:style-name="cw1"/>'
           '<table:table-column table:style-name="cw2"/><table:table-column table:style-name="cw3"/>'
           '<table:table-header-rows><table:table-row>' + "".join(
               '<table:table-cell table:style-name="TH"><text:p text:style-name="CellHead">%s</text:p></table:table-cell>' % c
               for c in head) + '</table:table-row></table:table-header-rows>']
    for row in rows:
        out.append("<table:table-row>" + "".join(
            '<table:table-cell table:style-name="TC"><text:p text:style-name="Cell">%s</text:p></table:table-cell>' % x(v)
            for v in row) + "</table:table-row>")
    return "".join(out) + "</table:table>"


def odt_items(b, note):
    if b[3] == "icon":
        rows = "".join('<table:table-row><table:table-cell table:style-name="TIc"><text:p text:style-name="Icon">\u270e</text:p>'
                       '</table:table-cell><table:table-cell table:style-name="TIc"><text:p text:style-name="Cell">%s</text:p>'
                       '</table:table-cell></table:table-row>' % note(t) for t in b[2])
        return ('<table:table table:name="Learning" table:style-name="TI"><table:table-column table:style-name="ci1"/>'
                '<table:table-column table:style-name="ci2"/>%s</table:table>' % rows)
    if b[3] == "ol":
        return '<text:list text:style-name="LNum">' + "".join(
            '<text:list-item><text:p text:style-name="Text_20_body">%s</text:p></text:list-item>' % note(t) for t in b[2]) + "</text:list>"
    raise ValueError(b[3])


def fodt(rep, toc_pages):
    c, fern = rep["cover"], rep["file"].startswith("ferndale")
    colour = "#1f5f7a" if fern else "#2e6b30"
    header = ('<text:span text:style-name="Logo"> FVSCP </text:span> Local Child Safeguarding Practice Review: Child L'
              if fern else x(c["partnership"]) + " \u2013 CPR ref. CWL/2023/04")
    footer = ('Page <text:page-number text:select-page="current"/> of <text:page-count/>' if fern
              else 'Tudalen <text:page-number text:select-page="current"/>')
    widths = ("12cm", "5cm", "8.7cm") if fern else ("8cm", "3.5cm", "4.5cm")
    head = (ODT_HEAD.replace("%COLOUR%", colour).replace("%HEADER%", header).replace("%FOOTER%", footer)
            .replace("%TABLEW%", "25.7cm" if fern else "16cm").replace("%C1%", widths[0]).replace("%C2%", widths[1])
            .replace("%C3%", widths[2]))
    note, out = Notes(), [head]
    out.append('<text:p text:style-name="CoverFirst">%s</text:p>' % x(c["partnership"]))
    out.append('<text:p text:style-name="Title">%s</text:p>' % x(c["title"]))
    for ln in (c["by"], c["date"]):
        out.append('<text:p text:style-name="CoverLine">%s</text:p>' % x(ln))
    out.append('<text:p text:style-name="Small">%s</text:p>' % x(INVENTED))
    first, landscape = True, False
    for b in rep["blocks"]:
        k = b[0]
        if k == "contents":
            out.append('<text:p text:style-name="ContentsFirst">Contents</text:p>')
            for hb in [hb for hb in rep["blocks"] if hb[0] == "h1"]:
                out.append('<text:p text:style-name="Contents_20_1">%s<text:tab/>%s</text:p>'
                           % (x(hb[1]), toc_pages.get(hb[1], "")))
            first = "break"
        elif k == "h1":
            style = "BodyFirst" if first is True else "HeadBreak" if first == "break" else "Heading_20_1"
            if landscape == "start":
                style, landscape = "HeadLandscape", "on"
            elif landscape == "on":
                style, landscape = "HeadPortrait", False
            first = False
            out.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % (style, x(b[1])))
        elif k == "landscape":
            landscape = "start"
        elif k == "np":
            out.append('<text:p text:style-name="Num">%s<text:tab/>%s</text:p>' % (x(b[1]), note(b[2])))
        elif k == "p":
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % note(b[1]))
        elif k == "cols2":
            out.append('<text:section text:style-name="Sect2" text:name="Outline">')
        elif k == "end_cols2":
            out.append("</text:section>")
        elif k == "items":
            out.append(odt_items(b, note))
        elif k == "rectable":
            out.append(odt_table(rep, b[1], fern))
        else:
            raise ValueError(k)
    out.append("</office:text></office:body></office:document>")
    return "\n".join(out)


def writer(rep, d, toc_pages):
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(fodt(rep, toc_pages))
    export = TAGGED_EXPORT if rep["producer"].startswith("libreoffice_tagged") else "pdf"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", export,
                    "--outdir", d, src], check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------------- Chromium ----------------
BULB = ("<svg class='ico' viewBox='0 0 24 24' width='26' height='26'><circle cx='12' cy='10' r='7' fill='#f2b705'/>"
        "<rect x='9' y='16' width='6' height='5' rx='1' fill='#7a6a3a'/></svg>")
LOGO = ("<svg viewBox='0 0 120 40' width='150' height='50'><rect width='120' height='40' rx='6' fill='#004c6d'/>"
        "<circle cx='20' cy='20' r='12' fill='#7fc8e6'/><rect x='40' y='12' width='70' height='6' fill='#7fc8e6'/>"
        "<rect x='40' y='24' width='50' height='6' fill='#7fc8e6'/></svg>")
CARR_CSS = """@page { size: A4; margin: 20mm 20mm 22mm 20mm;
  @bottom-left { content: 'SBNI Case Management Review: Child D'; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; } }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
.cover { page-break-after: always; padding-top: 30mm; } .cover h1 { font-size: 26pt; color: #004c6d; margin: 20mm 0 6mm 0; }
.cover p { font-size: 12pt; margin: 2mm 0; } .cover .inv { font-size: 9pt; margin-top: 50mm; }
.toc { page-break-after: always; } .toc h2 { font-size: 18pt; color: #004c6d; }
.toc .row { display: flex; margin: 4pt 0; } .toc .dots { flex: 1; overflow: hidden; white-space: nowrap; margin: 0 4pt; }
h2.sec { font-size: 15pt; color: #004c6d; margin: 14pt 0 6pt 0; break-after: avoid; }
.lbox { display: flex; gap: 8pt; background: #fff4cc; border-left: 5pt solid #f2b705; padding: 8pt; margin: 8pt 0;
  break-inside: avoid; } .lbox .cap { font-size: 8pt; font-weight: bold; color: #7a6a3a; text-transform: uppercase; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } th { background: #004c6d; color: white; text-align: left; }
th, td { border: 0.5pt solid #8aa; padding: 5pt; vertical-align: top; } td:first-child { width: 55%; }
"""
DUN_CSS = """@page { size: A4; margin: 22mm 22mm 24mm 22mm;
  @bottom-center { content: 'Dunmarra Child Protection Committee  |  ' counter(page); font: 8.5pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.5; }
.cover { page-break-after: always; padding-top: 60mm; text-align: center; } .cover h1 { font-size: 24pt; color: #5b2c6f; }
.cover .inv { font-size: 8.5pt; margin-top: 60mm; }
h2.sec { font-size: 13pt; color: white; background: #5b2c6f; padding: 4pt 8pt; margin: 14pt 0 8pt 0; break-after: avoid; }
.crow { display: flex; align-items: flex-start; gap: 10pt; margin: 6pt 0 8pt 0; break-inside: avoid; }
.crow svg { flex: none; } .crow div { padding-top: 3pt; }
"""


def svg_number(n):
    return ("<svg viewBox='0 0 30 30' width='28' height='28'><circle cx='15' cy='15' r='14' fill='#5b2c6f'/>"
            "<text x='15' y='20' text-anchor='middle' font-family='DejaVu Sans' font-size='14' font-weight='bold' "
            "fill='white'>%d</text></svg>" % n)


def chromium_html(rep, toc_pages):
    c, carr = rep["cover"], rep["file"].startswith("carrickmore")
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e(c["title"]), CARR_CSS if carr else DUN_CSS)]
    out.append("<div class='cover'>%s<p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
               % (LOGO if carr else "", e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    for b in rep["blocks"]:
        k = b[0]
        if k == "contents":
            rows = "".join("<div class='row'><span>%s</span><span class='dots'>%s</span><span>%s</span></div>"
                           % (e(hb[1]), ". " * 150, toc_pages.get(hb[1], "")) for hb in rep["blocks"] if hb[0] == "h1")
            out.append("<div class='toc'><h2>Contents</h2>%s</div>" % rows)
        elif k == "h1":
            out.append("<h2 class='sec'>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(plain(b[1])))
        elif k == "items" and b[3] == "box":
            out.extend("<div class='lbox'>%s<div><div class='cap'>Learning point</div>%s</div></div>" % (BULB, e(t))
                       for t in b[2])
        elif k == "items" and b[3] == "circle":
            out.extend("<div class='crow'>%s<div>%s</div></div>" % (svg_number(i + 1), e(t)) for i, t in enumerate(b[2]))
        elif k == "rectable":
            out.append("<table><thead><tr><th>Recommendation</th><th>Agency</th><th>Response</th></tr></thead><tbody>%s"
                       "</tbody></table>" % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(map(e, r))
                                                    for r in b[1]))
        else:
            raise ValueError(k)
    out.append("</body></html>")
    return "\n".join(out)


def chromium(rep, d, toc_pages):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(chromium_html(rep, toc_pages))
    flags = [] if rep["producer"].startswith("chromium_tagged") else ["--disable-pdf-tagging"]
    subprocess.run(CHROMIUM + flags + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


# ---------------- pod2pdf ----------------
def pod(rep):
    c = rep["cover"]
    out = ["=pod", "", c["partnership"], "", "B<%s>" % c["title"], "", c["by"], "", c["date"], "", "I<%s>" % INVENTED, ""]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += ["=head1 " + b[1], ""]
        elif k == "h2":
            out += ["=head2 " + b[1], ""]
        elif k == "p":
            out += [plain(b[1]), ""]
        elif k == "items" and b[3] == "rec":
            for i, t in enumerate(b[2]):
                out += ["=head2 Recommendation %d" % (i + 1), "", t, ""]
        elif k == "items":
            out += ["=over 4", ""]
            for i, t in enumerate(b[2]):
                out += ["=item %s" % ("*" if b[3] == "ul" else "%d." % (i + 1)), "", t, ""]
            out += ["=back", ""]
        else:
            raise ValueError(k)
    out += ["=cut", ""]
    return "\n".join(out)


def pod2pdf(rep, d):
    src, pdf = os.path.join(d, "r.pod"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(pod(rep))
    c = rep["cover"]
    subprocess.run(["pod2pdf", "--title", c["title"], "--footer-text", c["partnership"], "--page-width", "420",
                    "--page-height", "595", "--output-file", pdf, src], check=True, capture_output=True)
    return pdf


# ---------------- groff -mm -> gropdf ----------------
def troff(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'")
    return "\n".join(("\\&" + ln) if ln[:1] in ".'" else ln for ln in s.split("\n"))


def mm_text(s):
    """A paragraph with '^[note]' footnotes: -mm's auto-numbered \\*F with .FS / .FE after the sentence's line."""
    parts, pos, out = [], 0, []
    for m in NOTE.finditer(s):
        parts.append((s[pos:m.start()], m.group(1)))
        pos = m.end()
    for text, note in parts:
        out += [troff(text.strip()) + "\\*F", ".FS", troff(note), ".FE"]
    tail = s[pos:].strip()
    if tail:
        out.append(troff(tail))
    return out


def mm(rep):
    c = rep["cover"]
    out = [".nr Hb 2", ".nr Hs 2", ".nr Hy 0", ".nr Cl 2", ".ds HF B B B", ".ds HP 14 12 11", ".SA 0",
           ".PH \"''%s''\"" % troff(c["title"]), ".PF \"''- % -''\"",
           ".sp 6", ".ce 1", "\\s12%s\\s0" % troff(c["partnership"]), ".sp 2", ".ce 1", "\\s20\\fB%s\\fP\\s0" % troff(c["title"]),
           ".sp 2", ".ce 2", troff(c["by"]), troff(c["date"]), ".sp 8", ".ce 1", "\\s9%s\\s0" % troff(INVENTED), ".SK"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            m = re.match(r"(\d+)\. (.*)", b[1])
            out.append('.H 1 "%s"' % troff(m.group(2)) if m else '.HU "%s"' % troff(b[1]))
        elif k == "h2":
            out.append('.H 2 "%s"' % troff(re.sub(r"^\d+\.\d+ ", "", b[1])))
        elif k == "p":
            out += [".P"] + mm_text(b[1])
        elif k == "items":
            out.append(".AL" if b[3] == "ol" else ".BL")
            for t in b[2]:
                out += [".LI"] + mm_text(t)
            out.append(".LE")
        elif k == "rectable":
            out += [".TS", "box tab(@);", "cb | cb | cb", "lw(2.9i) | lw(1.0i) | lw(1.5i) .",
                    "Recommendation@Agency@Agency response", "_"]
            for i, row in enumerate(b[1]):
                out.append("@".join("T{\n%s\nT}" % troff(v) for v in row))
                if i + 1 < len(b[1]):
                    out.append("_")
            out.append(".TE")
        else:
            raise ValueError(k)
    if rep["file"].startswith("moorcross"):
        out.append(".TC")
    return "\n".join(out) + "\n"


def groff(rep, d):
    src, pdf = os.path.join(d, "r.mm"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(mm(rep))
    with open(pdf, "wb") as f:
        subprocess.run(["groff", "-mm", "-t", "-Tpdf", "-dpaper=a4", "-P-pa4", src], check=True, stdout=f)
    return pdf


def render(rep, d, toc_pages=None):
    p = rep["producer"]
    if p.startswith("libreoffice"):
        return writer(rep, d, toc_pages or {})
    if p.startswith("chromium"):
        return chromium(rep, d, toc_pages or {})
    if p.startswith("pod2pdf"):
        return pod2pdf(rep, d)
    return groff(rep, d)
