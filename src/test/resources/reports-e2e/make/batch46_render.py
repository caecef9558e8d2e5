"""Renders batch 46's invented reports (batch46_content.py): a flat ODT written here -> LibreOffice Writer (Ashworth Vale
untagged, Glenaray PDF/UA, Brayford tagged with endnotes), Chromium (Llys Maen tagged, Carnmoney untagged landscape),
groff -me -> gropdf (Kelso Burn two-column, Hatherleigh), pod2pdf (Marston Fleet). Test-fixture tooling only.
"""
import html, os, re, subprocess
from xml.sax.saxutils import escape as x
from batch46_content import INVENTED
import batch45_render as b45

NOTE = re.compile(r"\^\[([^\]]*)\]")
TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
PDFUA = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
         '"PDFUACompliance":{"type":"boolean","value":"true"}}')


def e(s):
    return html.escape(s, quote=False)


def plain(s):
    return NOTE.sub("", s)


def sub_text(t):
    main, subs = t
    return " ".join([main] + ["(%s) %s" % ("abcdefgh"[i], s) for i, s in enumerate(subs)])


# ---------------- flat ODT -> LibreOffice Writer ----------------
EXTRA_STYLES = """
 <style:style style:name="H2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="%COLOUR%"/></style:style>
 <style:style style:name="RecLabel" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="%COLOUR%"/></style:style>
 <style:style style:name="Bul" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <text:list-style style:name="LBul"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/></style:list-level-properties>
  </text:list-level-style-bullet></text:list-style>
 <text:list-style style:name="LSub"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.6cm" fo:margin-left="1.1cm"/></style:list-level-properties>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="2.0cm" fo:text-indent="-0.8cm" fo:margin-left="2.0cm"/></style:list-level-properties>
  </text:list-level-style-number></text:list-style>
 <text:notes-configuration text:note-class="endnote" text:default-style-name="Endnote" style:num-format="i" text:start-value="0"/>
"""
EXTRA_AUTO = """
 <style:style style:name="TB" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/></style:style>
 <style:style style:name="TL" style:family="table"><style:table-properties style:width="25.7cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.25cm" fo:border="none" fo:border-left="3pt solid %COLOUR%" fo:background-color="#e8f0f6"/></style:style>
 <style:style style:name="TP" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #9aa" fo:background-color="#f3f6f1"/></style:style>
 <style:style style:name="w16" style:family="table-column"><style:table-column-properties style:column-width="16cm"/></style:style>
 <style:style style:name="w2" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="w3" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="w4" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="w8" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="w10" style:family="table-column"><style:table-column-properties style:column-width="10.2cm"/></style:style>
 <style:style style:name="w12" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
 <style:style style:name="w15" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
 <style:style style:name="w5" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
"""

LOOK = {
    "ashworth": ("#23408e", '<text:span text:style-name="Logo"> AVSCP </text:span> LCSPR: Child R',
                 'Page <text:page-number text:select-page="current"/> of <text:page-count/>'),
    "glenaray": ("#00675b", "Glenaray Child Protection Committee \u2013 Learning Review: Child S",
                 '<text:page-number text:select-page="current"/>'),
    "brayford": ("#8a1c4a", "Brayford Safeguarding Children Partnership",
                 '<text:page-number text:select-page="current"/>'),
}


class Notes(b45.Notes):
    """Writer footnotes, or endnotes (collected by Writer on a page after the text)."""
    def __init__(self, cls="footnote"):
        super().__init__()
        self.cls = cls

    def __call__(self, s):
        out = super().__call__(s)
        if self.cls == "endnote":
            out = out.replace('text:note-class="footnote"', 'text:note-class="endnote"').replace(
                'text:style-name="Footnote"', 'text:style-name="Endnote"')
        return out


def cell(text, style="TC", pstyle="Cell"):
    return ('<table:table-cell table:style-name="%s"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
            % (style, pstyle, text))


def table(name, tstyle, cols, head, rows, note):
    out = ['<table:table table:name="%s" table:style-name="%s">' % (name, tstyle)]
    out += ['<table:table-column table:style-name="%s"/>' % c for c in cols]
    if head:
        out.append("<table:table-header-rows><table:table-row>" + "".join(cell(x(h), "TH", "CellHead") for h in head)
                   + "</table:table-row></table:table-header-rows>")
    for r in rows:
        out.append("<table:table-row>" + "".join(cell(note(v)) for v in r) + "</table:table-row>")
    return "".join(out) + "</table:table>"


def odt_items(b, note, counter):
    style = b[3]
    if style == "recbox":
        out = []
        for t in b[2]:
            counter["rec"] += 1
            out.append('<table:table table:name="Rec%d" table:style-name="TB"><table:table-column table:style-name="w16"/>'
                       '<table:table-row><table:table-cell table:style-name="TBox"><text:p text:style-name="RecLabel">'
                       'Recommendation %d</text:p><text:p text:style-name="Cell">%s</text:p></table:table-cell>'
                       '</table:table-row></table:table>' % (counter["rec"], counter["rec"], note(t)))
        return "".join(out)
    if style == "sub":
        lis = []
        for main, subs in b[2]:
            inner = ""
            if subs:
                inner = "<text:list>" + "".join('<text:list-item><text:p text:style-name="Bul">%s</text:p></text:list-item>'
                                                % note(s) for s in subs) + "</text:list>"
            lis.append('<text:list-item><text:p text:style-name="Text_20_body">%s</text:p>%s</text:list-item>'
                       % (note(main), inner))
        return '<text:list text:style-name="LSub">' + "".join(lis) + "</text:list>"
    if style in ("ol", "ul"):
        return '<text:list text:style-name="%s">' % ("LNum" if style == "ol" else "LBul") + "".join(
            '<text:list-item><text:p text:style-name="Bul">%s</text:p></text:list-item>' % note(t) for t in b[2]) + "</text:list>"
    raise ValueError(style)


def odt_block(b, note, counter):
    k = b[0]
    if k == "np":
        return '<text:p text:style-name="Num">%s<text:tab/>%s</text:p>' % (x(b[1]), note(b[2]))
    if k == "p":
        return '<text:p text:style-name="Text_20_body">%s</text:p>' % note(b[1])
    if k == "h2":
        return '<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % x(b[1])
    if k == "items":
        return odt_items(b, note, counter)
    if k == "bullets":
        return odt_items(("items", "", b[1], "ul"), note, counter)
    if k == "chron":
        return table("Chronology", "TB", ("w2", "w3", "w10"), ("Date", "Agency", "Event"), b[1], note)
    if k == "pairs":
        return table("Findings", "TB", ("w8", "w8"), ("What we found", "What needs to change"), b[1], note)
    if k == "actions":
        return table("ActionPlan", "TL", ("w15", "w12", "w5", "w3", "w4"),
                     ("Rec.", "Action", "Lead", "By when", "Status"), b[1], note)
    if k == "glossary":
        return table("Glossary", "TB", ("w4", "w12"), ("Term", "Meaning"), b[1], note)
    raise ValueError(k)


def fodt(rep, toc_pages):
    c, key = rep["cover"], rep["file"].split("-")[0]
    colour, header, footer = LOOK[key]
    head = (b45.ODT_HEAD.replace("</office:styles>", EXTRA_STYLES + "</office:styles>")
            .replace("</office:automatic-styles>", EXTRA_AUTO + "</office:automatic-styles>")
            .replace("%COLOUR%", colour).replace("%HEADER%", header).replace("%FOOTER%", footer)
            .replace("%TABLEW%", "16cm").replace("%C1%", "8cm").replace("%C2%", "4cm").replace("%C3%", "4cm"))
    note, out, counter = Notes("endnote" if key == "brayford" else "footnote"), [head], {"rec": 0}
    out.append('<text:p text:style-name="CoverFirst">%s</text:p>' % x(c["partnership"]))
    out.append('<text:p text:style-name="Title">%s</text:p>' % x(c["title"]))
    for ln in (c["by"], c["date"]):
        out.append('<text:p text:style-name="CoverLine">%s</text:p>' % x(ln))
    out.append('<text:p text:style-name="Small">%s</text:p>' % x(INVENTED))
    first, landscape = True, None
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
                style, landscape = "HeadLandscape", None
            elif landscape == "end":
                style, landscape = "HeadPortrait", None
            elif key == "ashworth" and re.match(r"\d\. ", b[1]) and first is False:
                style = "HeadBreak"  # the long report's chapters each start a page, as in a Word template
            first = False
            out.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % (style, x(b[1])))
        elif k == "landscape":
            landscape = "start"
        elif k == "portrait":
            landscape = "end"
        else:
            out.append(odt_block(b, note, counter))
    out.append("</office:text></office:body></office:document>")
    return "\n".join(out)


def writer(rep, d, toc_pages):
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(fodt(rep, toc_pages))
    p = rep["producer"]
    export = PDFUA if p == "libreoffice_pdfua" else TAGGED if p.startswith("libreoffice_tagged") else "pdf"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", export,
                    "--outdir", d, src], check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------------- Chromium ----------------
DRAGON = ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 60 40' width='36' height='24'><rect width='60' height='40' rx='5' fill='#c8102e'/>"
          "<path d='M8 30 L20 10 L30 24 L40 12 L52 30 Z' fill='#ffffff'/></svg>")
LLYS_CSS = """@page { size: A4; margin: 30mm 20mm 22mm 20mm;
  @top-left { content: url("data:image/svg+xml;utf8,%DRAGON%") '  Llys Maen Regional Safeguarding Board';
    font: 9pt 'Liberation Sans'; color: #c8102e; vertical-align: bottom; border-bottom: 1pt solid #c8102e; }
  @bottom-right { content: 'Tudalen ' counter(page); font: 8.5pt 'Liberation Sans'; } }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; }
.band { background: #c8102e; color: white; padding: 10pt 14pt; margin-bottom: 12pt; }
.band h1 { font-size: 21pt; margin: 4pt 0; } .band p { margin: 2pt 0; font-size: 10.5pt; }
.inv { font-size: 8.5pt; color: #555; }
h2 { font-size: 14pt; color: #c8102e; margin: 14pt 0 6pt 0; break-after: avoid; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 10pt; margin: 8pt 0; }
.card { border-top: 5pt solid #c8102e; background: #f7ecee; padding: 8pt 10pt; break-inside: avoid; }
.card b { color: #7d0a1d; }
"""
CARN_CSS = """@page { size: A4 landscape; margin: 16mm 18mm 18mm 18mm;
  @bottom-center { content: 'SBNI  |  page ' counter(page); font: 8pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.45; }
.cover { page-break-after: always; } .cover .band { background: #00573f; height: 28mm; margin-bottom: 20mm; }
.cover h1 { font-size: 28pt; color: #00573f; } .cover p { font-size: 12pt; margin: 3pt 0; }
.cover .inv { font-size: 8.5pt; margin-top: 25mm; }
.body { column-count: 2; column-gap: 12mm; column-rule: 0.5pt solid #b5c9c0; }
h2 { font-size: 13pt; color: #00573f; margin: 10pt 0 5pt 0; break-after: avoid; }
.quote { column-span: all; background: #e3f1ea; border-left: 6pt solid #00573f; font-size: 13pt; font-style: italic;
  padding: 8pt 14pt; margin: 10pt 0; }
ol.coded { list-style: none; padding-left: 0; } ol.coded li { margin: 4pt 0 4pt 26pt; text-indent: -26pt; }
"""


def chromium_html(rep):
    c, llys = rep["cover"], rep["file"].startswith("llys")
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e(c["title"]), LLYS_CSS.replace("%DRAGON%", DRAGON.replace("#", "%23")) if llys else CARN_CSS)]
    if llys:
        out.append("<div class='band'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p></div><p class='inv'>%s</p>"
                   % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    else:
        out.append("<div class='cover'><div class='band'></div><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p>"
                   "</div><div class='body'>" % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]),
                                                 e(INVENTED)))
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(plain(b[1])))
        elif k == "quote":
            out.append("<div class='quote'>%s</div>" % e(b[1]))
        elif k == "items" and b[3] == "card":
            cards = []
            for t in b[2]:
                lead, rest = t.split(". ", 1)
                cards.append("<div class='card'><b>%s.</b> %s</div>" % (e(lead), e(rest)))
            out.append("<div class='grid'>%s</div>" % "".join(cards))
        elif k == "items" and b[3] == "coded":
            out.append("<ol class='coded'>%s</ol>" % "".join("<li>R%d.&nbsp;&nbsp;%s</li>" % (i + 1, e(t))
                                                             for i, t in enumerate(b[2])))
        elif k == "items":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        else:
            raise ValueError(k)
    out.append("" if llys else "</div>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(chromium_html(rep))
    flags = [] if rep["producer"].startswith("chromium_tagged") else ["--disable-pdf-tagging"]
    subprocess.run(b45.CHROMIUM + flags + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


# ---------------- groff -me -> gropdf ----------------
troff = b45.troff


def me_text(s):
    """A paragraph with '^[note]' footnotes: -me's \\** auto-number and .(f \\** text .)f after the sentence."""
    out, pos = [], 0
    for m in NOTE.finditer(s):
        out += [troff(s[pos:m.start()].strip()) + "\\**", ".(f", "\\** " + troff(m.group(1)), ".)f"]
        pos = m.end()
    tail = s[pos:].strip()
    if tail:
        out.append(troff(tail))
    return out


def me(rep):
    c, kelso = rep["cover"], rep["file"].startswith("kelso")
    out = [".hy 0", ".nr pp 10", ".nr sp 12", ".nr fp 8", ".nr ps 0.6v", ".nr si 0", ".nr sf 3", ".nr tf 3",
           ".he '''%s'" % troff(c["title"]).replace("'", "\\(aq"), ".fo ''- % -''" if kelso else ".fo '''page %'"]
    if kelso:  # A5: page offset and line length for a 148 mm page
        out += [".po 0.55i", ".ll 4.7i", ".lt 4.7i", ".(l C", "\\s10%s\\s0" % troff(c["partnership"]), ".sp 0.5", "\\s16\\fB%s\\fP\\s0" % troff(c["title"]),
                ".sp 0.5", troff(c["by"]), ".br", troff(c["date"]), ".sp 0.5", "\\s8\\fI%s\\fP\\s0" % troff(INVENTED),
                ".)l", ".sp", ".2c"]
    else:
        out += [".sp 8", ".ce 1", "\\s12%s\\s0" % troff(c["partnership"]), ".sp 2", ".ce 1",
                "\\s20\\fB%s\\fP\\s0" % troff(c["title"]), ".sp 2", ".ce 2", troff(c["by"]), troff(c["date"]), ".sp 10",
                ".ce 1", "\\s9\\fI%s\\fP\\s0" % troff(INVENTED), ".bp"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            m = re.match(r"(\d+)\. (.*)", b[1])
            out.append('.sh 1 "%s"' % troff(m.group(2)) if m else '.uh "%s"' % troff(b[1]))
        elif k == "p":
            out += [".pp"] + me_text(b[1])
        elif k == "items" and b[3] == "ip":
            code = "L" if b[1] == "learning" else "R"
            for i, t in enumerate(b[2]):
                out += ['.ip "\\fB%s%d\\fP" 4n' % (code, i + 1)] + me_text(t)
        elif k == "items" and b[3] == "np":
            out.append(".nr $p 0")
            for t in b[2]:
                out += [".np"] + me_text(t)
        elif k == "items" and b[3] == "ul":
            for t in b[2]:
                out += [".bu"] + me_text(t)
        else:
            raise ValueError(k)
    return "\n".join(out) + "\n"


def groff(rep, d):
    src, pdf = os.path.join(d, "r.me"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(me(rep))
    paper = "a5" if rep["file"].startswith("kelso") else "a4"  # two columns on A5, as a pocket-sized briefing
    with open(pdf, "wb") as f:
        subprocess.run(["groff", "-me", "-Tpdf", "-dpaper=" + paper, "-P-p" + paper, src], check=True, stdout=f)
    return pdf


# ---------------- pod2pdf ----------------
def pod(rep):
    c = rep["cover"]
    out = ["=pod", "", c["partnership"], "", "B<%s>" % c["title"], "", c["by"], "", c["date"], "", "I<%s>" % INVENTED, ""]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += ["=head1 " + b[1], ""]
        elif k == "p":
            out += [plain(b[1]), ""]
        elif k in ("items", "bullets"):
            texts, numbered = (b[2], b[3] == "ol") if k == "items" else (b[1], False)
            out += ["=over 4", ""]
            for i, t in enumerate(texts):
                out += ["=item %s" % ("%d." % (i + 1) if numbered else "*"), "", t, ""]
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


def render(rep, d, toc_pages=None):
    p = rep["producer"]
    if p.startswith("libreoffice"):
        return writer(rep, d, toc_pages or {})
    if p.startswith("chromium"):
        return chromium(rep, d)
    if p.startswith("pod2pdf"):
        return pod2pdf(rep, d)
    return groff(rep, d)
