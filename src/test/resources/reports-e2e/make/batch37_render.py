"""Batch 37 renderers (see batch37_content.py): Scribus by script, LibreOffice Writer from flat ODT in five shapes,
LibreOffice Impress notes pages from flat ODP, and a PDF portfolio made with poppler's pdfattach and qpdf.
Every report is invented. Test-fixture tooling only.
"""
import html, json, os, re, subprocess
from e2e import norm, pdf_pages
from batch37_content import INVENTED

x = lambda s: html.escape(s, quote=False)


def run(cmd, cwd, env=None):
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, timeout=600, env=env)


def soffice(src, d, filt):
    run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", filt, "--outdir", d, src], d)
    return os.path.splitext(src)[0] + ".pdf"


WRITER = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"},'
          '"ExportBookmarks":{"type":"boolean","value":"%s"}}')


# ---------------- Scribus ----------------
SCRIBUS = r'''
import scribus
PARAS = %(paras)r
COVER = %(cover)r
FOOT = %(foot)r
scribus.newDocument(scribus.PAPER_A4, (62, 62, 62, 70), scribus.PORTRAIT, 1, scribus.UNIT_POINTS,
                    scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 1)
scribus.createCharStyle(name="cH", font="Liberation Sans Bold", fontsize=14.0, fillcolor="Black")
scribus.createCharStyle(name="cB", font="Liberation Serif Regular", fontsize=10.5)
scribus.createCharStyle(name="cT", font="Liberation Sans Bold", fontsize=24.0)
scribus.createCharStyle(name="cS", font="Liberation Sans Regular", fontsize=12.0)
scribus.createParagraphStyle(name="pH", linespacingmode=0, linespacing=18, gapbefore=12, gapafter=5, charstyle="cH")
scribus.createParagraphStyle(name="pB", linespacingmode=0, linespacing=14, gapafter=6, alignment=3, charstyle="cB")
scribus.createParagraphStyle(name="pL", linespacingmode=0, linespacing=14, gapafter=4, leftmargin=22, firstindent=-22,
                             charstyle="cB", tabs=[(22.0, 0, "")])
scribus.createParagraphStyle(name="pT", linespacingmode=0, linespacing=30, gapafter=14, charstyle="cT")
scribus.createParagraphStyle(name="pS", linespacingmode=0, linespacing=16, gapafter=8, charstyle="cS")

def styled(frame, paras):
    txt = "\n".join(t for _, t in paras)
    scribus.setText(txt, frame)
    pos = 0
    for style, t in paras:
        scribus.selectText(pos, max(1, len(t)), frame)
        scribus.setParagraphStyle(style, frame)
        pos += len(t) + 1

cov = scribus.createText(62, 160, 471, 560, "cover")
styled(cov, COVER)
page, frames = 1, []
while True:
    scribus.newPage(-1)
    page += 1
    scribus.gotoPage(page)
    f = scribus.createText(62, 62, 471, 690, "body%%d" %% page)
    if frames:
        scribus.linkTextFrames(frames[-1], f)
    else:
        styled(f, PARAS)
    frames.append(f)
    foot = scribus.createText(62, 790, 471, 20, "foot%%d" %% page)
    scribus.setText(FOOT %% page, foot)
    scribus.setFont("Liberation Sans Regular", foot)
    scribus.setFontSize(8.5, foot)
    scribus.layoutText(f)
    if not scribus.textOverflows(f) or page > 12:
        break
pdf = scribus.PDFfile()
pdf.file = %(out)r
pdf.outdst = 0
pdf.save()
'''


def scribus(rep, d):
    c, paras, n = rep["cover"], [], 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            paras.append(("pH", b[1]))
        elif b[0] == "p":
            paras.append(("pB", b[1]))
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                paras.append(("pL", ("%d.\t" % (i + 1) if b[3] == "ol" else "\u2022\t") + t))
    cover = [("pS", c["partnership"]), ("pT", c["title"]), ("pS", c["by"]), ("pS", c["date"]), ("pS", INVENTED)]
    out = os.path.join(d, "report.pdf")
    script = os.path.join(d, "make.py")
    open(script, "w", encoding="utf-8").write(SCRIBUS % {"paras": paras, "cover": cover, "out": out,
                                                          "foot": "Askerby SCP  |  Child D  |  page %d"})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=d)
    run(["scribus", "-g", "-ns", "-py", script], d, env)
    return out


# ---------------- LibreOffice Writer, flat ODT ----------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def heading_style(shape):
    if shape == "smallcaps":
        return ('<style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:font-weight="bold" '
                'fo:font-variant="small-caps" fo:letter-spacing="0.03cm" fo:color="#7a1f1f"/>')
    return '<style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f3b5a"/>'


def outline(shape):
    fmt = 'style:num-format="1" style:num-suffix="."' if shape == "outline" else 'style:num-format=""'
    return ('<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" %s>'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" '
            'fo:text-indent="-1cm" fo:margin-left="%s"/></style:list-level-properties></text:outline-level-style>'
            '</text:outline-style>' % (fmt, "1cm" if shape == "outline" else "0cm"))


LISTS = ('<text:list-style style:name="Lnum"><text:list-level-style-number text:level="1" style:num-format="1" '
         'style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
         '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" '
         'fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number>'
         '</text:list-style>'
         '<text:list-style style:name="Lbul"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">'
         '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
         '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" '
         'fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-bullet>'
         '</text:list-style>')


def header_footer(rep, shape):
    c = rep["cover"]
    if shape == "runninghead":
        head = ('<text:p text:style-name="Header">%s<text:tab/><text:chapter text:display="name" text:outline-level="1">'
                '</text:chapter></text:p>' % x(c["title"]))
        foot = ('<text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of '
                '<text:page-count>1</text:page-count></text:p>')
    elif shape == "pagebreak":
        head = '<text:p text:style-name="Header">Hathersall SCP: %s</text:p>' % x(c["child_name"])
        foot = '<text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number></text:p>'
    elif shape == "smallcaps":
        head = ""
        foot = ('<text:p text:style-name="Footer">%s<text:tab/><text:page-number text:select-page="current">1'
                '</text:page-number></text:p>' % x(c["partnership"]))
    else:
        head = ""
        foot = ('<text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number>'
                '</text:p>')
    return ((('<style:header>%s</style:header>' % head) if head else "") + '<style:footer>%s</style:footer>' % foot)


def fodt(rep, shape, body_pt=11.0, cell_extra=0, gap=None):
    c = rep["cover"]
    styles = (
        '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" '
        'fo:font-size="%.1fpt" fo:language="en" fo:country="GB"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties '
        'fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="128%%" fo:text-align="justify"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
        'style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" '
        'style:class="text"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" '
        'fo:keep-with-next="always" fo:text-align="start"/>%s</style:style>'
        '<style:style style:name="Header" style:family="paragraph" style:class="extra"><style:paragraph-properties '
        'fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm"><style:tab-stops><style:tab-stop '
        'style:position="16.6cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties '
        'style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#555555"/></style:style>'
        '<style:style style:name="Footer" style:family="paragraph" style:class="extra"><style:paragraph-properties '
        'fo:text-align="center"><style:tab-stops><style:tab-stop style:position="16.6cm" style:type="right"/>'
        '</style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="Liberation Sans" '
        'fo:font-size="8.5pt"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.6cm" fo:text-align="start"/><style:text-properties '
        'style:font-name="Liberation Sans" fo:font-size="24pt" fo:font-weight="bold" fo:color="#1f3b5a"/></style:style>'
        '<style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="start"/><style:text-properties '
        'style:font-name="Liberation Sans" fo:font-size="12pt"/></style:style>'
        '<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="start" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" '
        'fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="TD" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties '
        'fo:text-align="start" fo:margin-bottom="0.15cm"/></style:style>'
        '<style:style style:name="TDb" style:family="paragraph" style:parent-style-name="TD"><style:text-properties '
        'fo:font-weight="bold"/></style:style>' % (body_pt, heading_style(shape))
        + outline(shape) + LISTS)
    auto = (
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/>'
        '</style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" '
        'fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>'
        '<style:style style:name="Pcover" style:family="paragraph" style:parent-style-name="Sub" '
        'style:master-page-name="First_20_Page"><style:paragraph-properties fo:margin-top="5cm"/></style:style>'
        '<style:style style:name="Hbody" style:family="paragraph" style:parent-style-name="Heading_20_1" '
        'style:master-page-name="Standard"><style:paragraph-properties style:page-number="auto"/></style:style>'
        '<style:style style:name="Hgap" style:family="paragraph" style:parent-style-name="Heading_20_1">'
        '<style:paragraph-properties fo:margin-top="%.1fpt"/></style:style>'
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.6cm" '
        'table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/></style:style>'
        '<style:style style:name="TcA" style:family="table-column"><style:table-column-properties '
        'style:column-width="5.4cm"/></style:style>'
        '<style:style style:name="TcB" style:family="table-column"><style:table-column-properties '
        'style:column-width="11.2cm"/></style:style>'
        '<style:style style:name="Thead" style:family="table-cell"><style:table-cell-properties '
        'fo:background-color="#c9d7e8" fo:padding="0.15cm" fo:border="0.5pt solid #1f3b5a"/></style:style>'
        '<style:style style:name="Tcell" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" '
        'fo:border="0.5pt solid #1f3b5a"/></style:style>' % (14.2 + (gap[1] if gap else 0)))
    masters = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page>'
               '<style:master-page style:name="First_20_Page" style:display-name="First Page" '
               'style:page-layout-name="pm1" style:next-style-name="Standard"/>' % header_footer(rep, shape))
    body = ['<text:p text:style-name="Pcover">%s</text:p>' % x(c["partnership"]),
            '<text:p text:style-name="Title">%s</text:p>' % x(c["title"]),
            '<text:p text:style-name="Sub">%s</text:p>' % x(c["by"]),
            '<text:p text:style-name="Sub">%s</text:p>' % x(c["date"]),
            '<text:p text:style-name="Sub">%s</text:p>' % x(INVENTED)]
    first = True
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>'
                        % ("Hbody" if first else "Hgap" if gap and b[1] == gap[0] else "Heading_20_1", x(b[1])))
            first = False
        elif b[0] == "p":
            body.append('<text:p text:style-name="Standard">%s</text:p>' % x(b[1]))
        elif b[0] == "items":
            body.append('<text:list text:style-name="%s">%s</text:list>' % (
                "Lnum" if b[3] == "ol" else "Lbul",
                "".join('<text:list-item><text:p text:style-name="Standard">%s</text:p></text:list-item>' % x(t)
                        for t in b[2])))
        elif b[0] == "findtable":
            body.append(find_table(b[1], cell_extra))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><dc:title>%s</dc:title></office:meta>'
            '<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" '
            'style:font-family-generic="roman"/><style:font-face style:name="Liberation Sans" '
            'svg:font-family="\'Liberation Sans\'" style:font-family-generic="swiss"/></office:font-face-decls>'
            '<office:styles>%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
            '<office:master-styles>%s</office:master-styles><office:body><office:text>%s</office:text></office:body>'
            '</office:document>' % (NS, x(c["title"]), styles, auto, masters, "\n".join(body)))


EXTRA = ["Practitioners who took part in the learning events recognised this finding. They described how hard it is, in "
         "a busy week, to stop and ask what another agency might know, and how easy it is to assume that someone else "
         "has already asked.",
         "The agency reports written for the review reached the same view. Each agency has since begun to act on it, and "
         "the partnership will ask for evidence of the difference this makes to children."]


def find_table(rows, extra):
    cell = lambda style, paras: ('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                                 % (style, "".join(paras)))
    head = ('<table:table-header-rows><table:table-row>%s%s</table:table-row></table:table-header-rows>'
            % (cell("Thead", ['<text:p text:style-name="TH">Finding</text:p>']),
               cell("Thead", ['<text:p text:style-name="TH">What the review found</text:p>'])))
    body = "".join('<table:table-row>%s%s</table:table-row>' % (
        cell("Tcell", ['<text:p text:style-name="TDb">%s</text:p>' % x(f)]),
        cell("Tcell", ['<text:p text:style-name="TD">%s</text:p>' % x(t)
                       for t in [a] + EXTRA[:extra]])) for f, a in rows)
    return ('<table:table table:name="Findings" table:style-name="Tbl"><table:table-column table:style-name="TcA"/>'
            '<table:table-column table:style-name="TcB"/>%s%s</table:table>' % (head, body))


def writer(rep, d, shape, bookmarks=False, **kw):
    src = os.path.join(d, "report.fodt")
    open(src, "w", encoding="utf-8").write(fodt(rep, shape, **kw))
    return soffice(src, d, WRITER % ("true" if bookmarks else "false"))


def fodt_outline(rep, d):
    return writer(rep, d, "outline", bookmarks=True)


def fodt_runninghead(rep, d):
    return writer(rep, d, "runninghead")


def fodt_smallcaps(rep, d):
    return writer(rep, d, "smallcaps")


def fodt_findtable(rep, d):
    """The findings table is made to cross three pages: the cells take more paragraphs until the header row is printed
    on three pages."""
    for extra in range(0, len(EXTRA) + 1):
        pdf = writer(rep, d, "findtable", cell_extra=extra)
        if sum("what the review found" in norm(p) for p in pdf_pages(pdf, True)) >= 3:
            return pdf
    raise SystemExit("findings table does not cross three pages")


def straddles(pdf, texts):
    flat = [norm(p) for p in pdf_pages(pdf, False)]
    for t in texts:
        words = norm(t).split()
        head, tail = " ".join(words[:6]), " ".join(words[-6:])
        for i in range(len(flat) - 1):
            if head in flat[i] and tail not in flat[i] and tail in flat[i + 1]:
                return True
    return False


def line_top(pdf, text):
    """(page, top y in pt) of the first line of text, from pdftotext -bbox; and the top of that page's foot line."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    want = norm(text).split()[:4]
    for n, page in enumerate(out.split("<page ")[1:]):
        words = [(norm(html.unescape(w)), float(y)) for y, w in re.findall(r'yMin="([0-9.]+)"[^>]*>([^<]*)</word>', page)]
        for i in range(len(words) - 3):
            if [w for w, _ in words[i:i + 4]] == want:
                foot = max(y for w, y in words if w == "page")
                return n + 1, words[i][1], foot
    raise SystemExit("line not found: %r" % text[:40])


def fodt_pagebreak(rep, d):
    """The space above the 'Recommendations' heading is set from a first rendering so that recommendation 2 starts on
    the last line of a page and ends on the next (measured with pdftotext -bbox, then checked)."""
    recs = [t for b in rep["blocks"] if b[0] == "items" and b[1] == "recommendations" for t in b[2]]
    pdf = writer(rep, d, "pagebreak")
    page, top, foot = line_top(pdf, recs[1])
    gap = (foot - 11.3 - 14.1 * 1.5) - top
    pdf = writer(rep, d, "pagebreak", gap=("Recommendations", max(0.0, gap)))
    if not straddles(pdf, recs):
        raise SystemExit("no recommendation breaks across a page (gap %.1f pt)" % gap)
    return pdf


# ---------------- Impress notes pages ----------------
def fodp(rep):
    c = rep["cover"]
    auto = ('<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
            'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" '
            'style:print-orientation="landscape"/></style:page-layout>'
            '<style:page-layout style:name="PMN"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
            'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" fo:page-height="29.7cm" '
            'style:print-orientation="portrait"/></style:page-layout>'
            '<style:style style:name="gbar" style:family="graphic"><style:graphic-properties draw:fill="solid" '
            'draw:fill-color="#20606a" draw:stroke="none" draw:textarea-vertical-align="middle" fo:padding-left="0.6cm"/>'
            '</style:style><style:style style:name="gtext" style:family="graphic"><style:graphic-properties '
            'draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top"/></style:style>'
            '<style:style style:name="Ptitle" style:family="paragraph"><style:text-properties fo:font-size="30pt" '
            'fo:font-weight="bold" fo:color="#ffffff" fo:font-family="\'Liberation Sans\'"/></style:style>'
            '<style:style style:name="Pbig" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/>'
            '<style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="#20606a" '
            'fo:font-family="\'Liberation Sans\'"/></style:style>'
            '<style:style style:name="Pbody" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.35cm"/>'
            '<style:text-properties fo:font-size="20pt" fo:color="#222222" fo:font-family="\'Liberation Sans\'"/></style:style>'
            '<style:style style:name="Pnote" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/>'
            '<style:text-properties fo:font-size="11pt" fo:color="#000000" fo:font-family="\'Liberation Serif\'"/></style:style>'
            '<text:list-style style:name="Lb"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25aa">'
            '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.8cm"/><style:text-properties '
            'fo:font-family="OpenSymbol" fo:color="#20606a"/></text:list-level-style-bullet></text:list-style>'
            '<text:list-style style:name="Ln"><text:list-level-style-number text:level="1" style:num-format="1" '
            'style:num-suffix="."><style:list-level-properties text:space-before="0cm" text:min-label-width="0.9cm"/>'
            '</text:list-level-style-number></text:list-style>')

    def notes(paras, n):
        return ('<presentation:notes><draw:page-thumbnail draw:layer="layout" svg:width="17cm" '
                'svg:height="9.56cm" svg:x="2cm" svg:y="2cm" draw:page-number="%d" presentation:class="page"/>'
                '<draw:frame draw:style-name="gtext" draw:layer="layout" svg:width="17cm" svg:height="14cm" svg:x="2cm" '
                'svg:y="13cm" presentation:class="notes"><draw:text-box>%s</draw:text-box></draw:frame></presentation:notes>'
                % (n, "".join('<text:p text:style-name="Pnote">%s</text:p>' % x(p) for p in paras)))

    slides = ['<draw:page draw:name="slide1" draw:master-page-name="Default">'
              '<draw:frame draw:style-name="gtext" svg:x="1.5cm" svg:y="2cm" svg:width="25cm" svg:height="11cm">'
              '<draw:text-box><text:p text:style-name="Pbody">%s</text:p><text:p text:style-name="Pbig">%s</text:p>'
              '<text:p text:style-name="Pbody">%s</text:p><text:p text:style-name="Pbody">%s</text:p></draw:text-box>'
              '</draw:frame>%s</draw:page>' % (x(c["partnership"]), x(c["title"]), x(c["date"]), x(c["by"]),
                                              notes(["Welcome and purpose of the briefing. " + INVENTED], 1))]
    blocks = rep["blocks"]
    for i, b in enumerate(blocks):
        if b[0] != "h1":
            continue
        nxt = blocks[i + 1]
        body = ('<text:list text:style-name="%s">%s</text:list>' % (
            "Ln" if nxt[3] == "ol" else "Lb", "".join('<text:list-item><text:p text:style-name="Pbody">%s</text:p>'
                                                     '</text:list-item>' % x(t) for t in nxt[2]))
                if nxt[0] == "items" else '<text:p text:style-name="Pbody">See the notes below.</text:p>')
        said = [nxt[1]] if nxt[0] == "p" else ["Talk through each point and ask the group how it applies to their "
                                               "own service. Invite examples from recent cases."]
        slides.append('<draw:page draw:name="slide%d" draw:master-page-name="Default">'
                      '<draw:frame draw:style-name="gbar" svg:x="0cm" svg:y="0cm" svg:width="28cm" svg:height="2.6cm">'
                      '<draw:text-box><text:p text:style-name="Ptitle">%s</text:p></draw:text-box></draw:frame>'
                      '<draw:frame draw:style-name="gtext" svg:x="1.5cm" svg:y="3.4cm" svg:width="25cm" svg:height="11cm">'
                      '<draw:text-box>%s</draw:text-box></draw:frame>%s</draw:page>'
                      % (len(slides) + 1, x(b[1]), body, notes(said, len(slides) + 1)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.presentation"><office:meta><dc:title>%s</dc:title>'
            '</office:meta><office:automatic-styles>%s</office:automatic-styles><office:master-styles>'
            '<style:master-page style:name="Default" style:page-layout-name="PM1"><presentation:notes '
            'style:page-layout-name="PMN"><draw:page-thumbnail svg:width="17cm" svg:height="9.56cm" svg:x="2cm" '
            'svg:y="2cm" presentation:class="page"/><draw:frame svg:width="17cm" svg:height="14cm" svg:x="2cm" '
            'svg:y="13cm" presentation:class="notes"><draw:text-box/></draw:frame></presentation:notes>'
            '</style:master-page></office:master-styles><office:body><office:presentation>%s</office:presentation>'
            '</office:body></office:document>' % (NS, x(c["title"]), auto, "".join(slides)))


def impress_notes(rep, d):
    src = os.path.join(d, "brief.fodp")
    open(src, "w", encoding="utf-8").write(fodp(rep))
    return soffice(src, d, 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},'
                           '"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}')


# ---------------- PDF portfolio ----------------
def portfolio(rep, d):
    """Returns (portfolio, attached report): the report from Writer with bookmarks, the outer cover from Writer, the
    report attached with pdfattach, then the catalog given /Collection (the portfolio view), qpdf rewriting the file."""
    inner_dir, outer_dir = os.path.join(d, "in"), os.path.join(d, "out")
    os.makedirs(inner_dir), os.makedirs(outer_dir)
    slug = rep["file"].replace(".pdf", "-report.pdf")
    inner = os.path.join(inner_dir, slug)
    os.replace(writer(rep, inner_dir, "plain", bookmarks=True), inner)
    c = rep["cover"]
    cover_rep = dict(rep, blocks=[("h1", "About this portfolio", "other"),
                                  ("p", "This PDF portfolio holds the published report of the %s. Open the attached "
                                        "file '%s' to read the report. %s" % (c["title"], slug, INVENTED))])
    outer = writer(cover_rep, outer_dir, "plain")
    attached = os.path.join(d, "attached.pdf")
    run(["pdfattach", outer, inner, attached], d)
    flat = os.path.join(d, "flat.pdf")  # no object streams, every stream compressed (the attached PDF included)
    run(["qpdf", "--object-streams=disable", "--compress-streams=y", attached, flat], d)
    raw = open(flat, "rb").read()
    raw, n = re.subn(rb"/Type /Catalog", b"/Collection << /Type /Collection /View /D >> /PageMode /UseAttachments "
                                         b"/Type /Catalog", raw, count=1)
    assert n == 1
    open(flat, "wb").write(raw)
    out = os.path.join(d, "portfolio.pdf")
    done = subprocess.run(["qpdf", flat, out], cwd=d, capture_output=True, timeout=120)
    if done.returncode not in (0, 3):  # 3: warnings only (the cross-reference table rebuilt after the edit)
        raise SystemExit("qpdf failed on the portfolio: %s" % done.stderr[-300:])
    return out, inner


def render(rep, d):
    """(final PDF, PDF whose text the truth is read from)."""
    made = globals()[rep["producer"]](rep, d)
    return made if isinstance(made, tuple) else (made, made)
