# Renders the inputs of batch b30 (see render_b30.py and entries_b30.py). Invented material, test fixtures only.
# Needs soffice (LibreOffice 7.4), chromium, node, and NODE_PATH naming a node_modules folder that holds the npm packages
# pagedjs (0.4.3) and pdf-lib (1.17.1).
import html, json, os, quopri, re, shutil, subprocess, tempfile, textwrap, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def record(d, i):
    return f"https://library.nspcc.org.uk/HeritageScripts/Hapi.dll/search2?searchTerm0=C{d['month'].replace('-', '')}{i:02d}"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def curly(s):
    return s.replace("'", "\u2019")


def x(s):
    return h(curly(s), quote=False)


def run(cmd, cwd=None, **kw):
    subprocess.run(cmd, check=True, capture_output=True, cwd=cwd, stdin=subprocess.DEVNULL, timeout=600, **kw)


# A. LibreOffice Writer (flat ODT) exported as PDF/UA (tagged): each review one row of a real table
#    'Review | What happened | Learning and recommendations'; the title and link in the first cell, the summary in the second,
#    bold label paragraphs and bullet lists inside the third; A5 portrait, so rows break across pages (the summary cells too)
#    under a repeated header row; 'Page N of M' footer.
def writer_table_fodt(d):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    styles = """<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#1c4f8c"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="TitleCell" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold" fo:font-size="9.5pt" fo:color="#1c4f8c"/></style:style></office:styles>
<office:automatic-styles>
<style:style style:name="T1" style:family="table"><style:table-properties style:width="11.8cm" table:align="left" style:may-break-between-rows="true"/></style:style>
<style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
<style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
<style:style style:name="T1.C" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
<style:style style:name="T1.R" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>
<style:style style:name="T1.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#1c4f8c" fo:padding="0.1cm" fo:border="0.5pt solid #1c4f8c"/></style:style>
<style:style style:name="T1.C1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #7f9cc0"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm" fo:text-indent="-0.35cm" fo:margin-left="0.4cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.4cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/><style:footer-style/></style:page-layout></office:automatic-styles>"""
    master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">'
              f'{x(d["heading"])} \u00b7 Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count></text:p></style:footer></style:master-page></office:master-styles>')
    P = lambda t, st="Table_20_Contents": f'<text:p text:style-name="{st}">{t}</text:p>'
    cell = lambda inner, st="T1.C1": f'<table:table-cell table:style-name="{st}" office:value-type="string">{inner}</table:table-cell>'
    rows = []
    for i, e in enumerate(d["entries"], 1):
        c1 = P(x(e["title"]), "TitleCell") + P(f'<text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a>')
        c3 = ""
        for lab, lst in groups(e):
            if lab is None: c3 += P(x(lst)); continue
            c3 += P(f'<text:span text:style-name="Strong">{x(lab)}</text:span>') + '<text:list text:style-name="L1">' + "".join(
                f'<text:list-item>{P(x(it))}</text:list-item>' for it in lst) + "</text:list>"
        rows.append(f'<table:table-row table:style-name="T1.R">{cell(c1)}{cell(P(x(e["summary"])))}{cell(c3)}</table:table-row>')
    head = ('<table:table-header-rows><table:table-row>' + "".join(cell(P(t, "Table_20_Heading"), "T1.H") for t in ("Review", "What happened", "Learning and recommendations"))
            + '</table:table-row></table:table-header-rows>')
    table = ('<table:table table:name="Reviews" table:style-name="T1"><table:table-column table:style-name="T1.A"/><table:table-column table:style-name="T1.B"/>'
             f'<table:table-column table:style-name="T1.C"/>{head}{"".join(rows)}</table:table>')
    body = [f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(d["heading"])}</text:h>', P(x(d["intro"]), "Standard"), table, P(x(FOOT), "Standard")]
    meta = f'<office:meta><dc:title>{x(d["heading"])}</dc:title><dc:language>en-GB</dc:language></office:meta>'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            + meta + styles + master + "<office:body><office:text>" + "\n".join(body) + "</office:text></office:body></office:document>")


def soffice_pdfua(src, outdir):
    opts = '{"UseTaggedPDF":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}'
    with tempfile.TemporaryDirectory() as w:
        run(["soffice", f"-env:UserInstallation=file://{w}", "--headless", "--convert-to", f"pdf:writer_pdf_Export:{opts}", "--outdir", outdir, src])


# B. Paged.js (the npm package's polyfill) run by Chromium: a 'Contents' jump list ('#review-N' links, page numbers from
#    target-counter()), each review an h2 with an id, bold label paragraphs, lists, the link, and a 'Back to contents' link;
#    running foot 'Page N of M' and the digest title in @top-left.
def pagedjs_html(d):
    toc = "".join(f'<li><a href="#review-{i}">{x(e["title"])}</a></li>' for i, e in enumerate(d["entries"], 1))
    secs = []
    for i, e in enumerate(d["entries"], 1):
        s = [f'<section class="review" id="review-{i}"><h2>{x(e["title"])}</h2>', f'<p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: s.append(f"<p>{x(lst)}</p>"); continue
            s.append(f'<p class="label"><strong>{x(lab)}</strong></p><ul>' + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul>")
        s.append(f'<p class="report"><a href="{url(d, i)}">{x(e["link"])}</a></p>')
        s.append('<p class="back"><a href="#contents">Back to contents \u2191</a></p></section>')
        secs.append("\n".join(s))
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{x(d['heading'])}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left {{ content: "NSPCC Learning"; font: 8pt sans-serif; color: #555; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #555; }} }}
body {{ font: 10.5pt/1.45 "Liberation Serif", serif; color: #222; }}
h1 {{ font: bold 20pt "Liberation Sans", sans-serif; color: #3d1f6b; margin: 0 0 6pt; }}
nav#contents {{ border-top: 1.5pt solid #3d1f6b; border-bottom: 1.5pt solid #3d1f6b; margin: 12pt 0 18pt; padding: 6pt 0; break-after: page; }}
nav#contents h2 {{ font: bold 12pt "Liberation Sans", sans-serif; margin: 2pt 0 6pt; }}
nav#contents ol {{ list-style: none; padding: 0; margin: 0; }}
nav#contents li {{ margin: 3pt 0; }}
nav#contents a {{ color: #222; text-decoration: none; }}
nav#contents a::after {{ content: " \u2014 page " target-counter(attr(href), page); color: #3d1f6b; }}
h2 {{ font: bold 13pt "Liberation Sans", sans-serif; color: #3d1f6b; margin: 16pt 0 4pt; }}
p.label {{ margin: 6pt 0 2pt; }}
ul {{ margin: 0 0 4pt; }}
p.back {{ font: 8.5pt "Liberation Sans", sans-serif; text-align: right; }}
a {{ color: #1a55a0; }}
</style>
<script src="paged.polyfill.js"></script>
</head><body>
<h1>{x(d['heading'])}</h1>
<p>{x(d['intro'])}</p>
<nav id="contents" aria-label="Contents"><h2>Contents</h2><ol>{toc}</ol></nav>
{chr(10).join(secs)}
<p class="foot">{x(FOOT)}</p>
</body></html>"""


def pagedjs_pdf(html_text, src_copy, pdf):
    poly = os.path.join(os.environ["NODE_PATH"], "pagedjs", "dist", "paged.polyfill.js")
    with tempfile.TemporaryDirectory() as w:
        shutil.copy(poly, f"{w}/paged.polyfill.js")
        open(f"{w}/page.html", "w", encoding="utf-8").write(html_text)
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}/profile", "--no-pdf-header-footer",
             "--allow-file-access-from-files", "--virtual-time-budget=20000", "--run-all-compositor-stages-before-draw",
             f"--print-to-pdf={pdf}", f"file://{w}/page.html"])
    open(src_copy, "w", encoding="utf-8").write(html_text)


# C. DOCX whose Heading 1 / Heading 2 styles carry Word outline numbering (one multi-level list linked to the styles):
#    the review titles are Heading 1 ('1', '2', ...), the labels Heading 2 ('1.1 Learning includes', no colon), the points
#    level-3 items of the same list ('1.1.1'); summary, link and the no-recommendations sentence are Normal paragraphs.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def wr(t, b=False):
    return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def wp(content, style=None, numpr=""):
    pst = '<w:pStyle w:val="%s"/>' % style if style else ""
    ppr = f'<w:pPr>{pst}{numpr}</w:pPr>' if style or numpr else ""
    return f"<w:p>{ppr}{content}</w:p>"


def docx_parts(d):
    body = [wp(wr(d["heading"]), "Title"), wp(wr(d["intro"]))]
    item = lambda t: wp(wr(t), "ListParagraph", '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>')
    for i, e in enumerate(d["entries"], 1):
        body += [wp(wr(e["title"]), "Heading1"), wp(wr(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: body.append(wp(wr(lst))); continue
            body.append(wp(wr(lab.rstrip(":")), "Heading2")); body += [item(t) for t in lst]
        body.append(wp(f'<w:hyperlink r:id="rIdL{i}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{x(e["link"])}</w:t></w:r></w:hyperlink>'))
    body.append(wp(wr(FOOT)))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="48"/><w:color w:val="2F5496"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:color w:val="2F5496"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>'''
    pst = lambda style: '<w:pStyle w:val="%s"/>' % style if style else ""
    lvl = lambda n, text, style, ind: (f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{pst(style)}'
                                      f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
                 '<w:multiLevelType w:val="multilevel"/><w:styleLink w:val="OutlineList"/>'
                 + lvl(0, "%1", "Heading1", 432) + lvl(1, "%1.%2", "Heading2", 576) + lvl(2, "%1.%2.%3", None, 720)
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:defaultTabStop w:val="720"/></w:settings>'
    links = "".join(f'<Relationship Id="rIdL{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url(d, i)}" TargetMode="External"/>'
                    for i in range(1, len(d["entries"]) + 1))
    rels = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>{links}</Relationships>'''
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
    root = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
    core = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{x(d["heading"])}</dc:title><dc:creator>Library Team</dc:creator><dc:description>{x(FOOT)}</dc:description><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-24T09:00:00Z</dcterms:created></cp:coreProperties>'''
    return {"[Content_Types].xml": ct, "_rels/.rels": root, "docProps/core.xml": core, "word/document.xml": document,
            "word/styles.xml": styles, "word/numbering.xml": numbering, "word/settings.xml": settings, "word/_rels/document.xml.rels": rels}


def write_docx(parts, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            zi = zipfile.ZipInfo(name, (2025, 6, 24, 10, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))


# D. Outlook 'Save as' text of the NSPCC e-mail: header block, the body hard-wrapped at 76 columns, bullets '•<tab>', links
#    written 'text<url>'. The message had been quoted-printable; the tool that decoded it dropped each soft break's '=' but
#    kept its line break, so every line the encoder had to break (those with curly apostrophes and dashes, encoded '=E2=80=99',
#    and the long URLs) is cut where the encoder cut it, often inside a word.
def outlook_text(d):
    def para(text, first="", rest=""):
        return textwrap.wrap(curly(text), 76, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False)
    lines = [d["heading"].replace(" \u2013 ", " \u2013 "), ""]
    lines += para(d["intro"]) + [""]
    for i, e in enumerate(d["entries"], 1):
        lines += para(f"{i}. {e['title']}") + [""] + para(e["summary"]) + [""]
        for lab, lst in groups(e):
            if lab is None: lines += para(lst) + [""]; continue
            lines.append(lab)
            for it in lst: lines += para(it, "\u2022\t", "")
            lines.append("")
        lines += [f"{e['link']}<{url(d, i)}>", ""]
    lines += para(FOOT) + ["", "NSPCC Learning | learning.nspcc.org.uk", "Unsubscribe<https://learning.nspcc.org.uk/newsletter/unsubscribe?id=8f2c41d0a7>"]
    body = "\n".join(lines) + "\n"
    enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    decoded = bad_soft_breaks(enc)
    head = ["From:\tNSPCC Learning <learning@nspcc.org.uk>", "Sent:\t04 February 2025 09:12", "To:\tSafeguarding Partnership Team",
            f"Subject:\t{d['heading']}", "", ""]
    return ("\n".join(head) + decoded).replace("\n", "\r\n")


def bad_soft_breaks(enc):
    """Decodes quoted-printable text as the faulty tool did: a soft break's '=' is dropped and its line break kept (after the
    character it fell inside, when it split the bytes of one UTF-8 character)."""
    out, pending, held = [], b"", False
    for line in enc.split("\n"):
        soft = line.endswith("=")
        pending += quopri.decodestring((line[:-1] if soft else line).encode("ascii"))
        try:
            text = pending.decode("utf-8")
        except UnicodeDecodeError:
            held = held or soft
            continue
        out.append(text + ("\n" if soft or held else "\n")); pending, held = b"", False
    return "".join(out)


# E. markdown with reference-style links and pipe tables: '## [Title][cN]' headings linked to the library record, a two-row
#    facts table ('Review type', 'Report' with a reference link), the summary, then the learning and the recommendations SIDE BY
#    SIDE in one table ('| Learning includes | Recommendations include |', one point per row, empty cells where one list is
#    shorter); a review without recommendations has a one-column table and its sentence after it; definitions at the end.
def markdown_reftables(d):
    out = [f"# {d['heading']}", "", d["intro"], ""]
    defs = []
    for i, e in enumerate(d["entries"], 1):
        rtype = e["title"].split(": ", 1)[1]
        out += [f"## [{e['title']}][c{i}]", "", "| | |", "|:--|:--|", f"| **Review type** | {rtype} |", f"| **Report** | [{e['link']}][r{i}] |", "",
                e["summary"], ""]
        if e["recs"]:
            L, R = e["learning"], e["recs"]
            out += [f"| {e['lab'][0].rstrip(':')} | {e['lab'][1].rstrip(':')} |", "|---|---|"]
            for k in range(max(len(L), len(R))):
                out.append(f"| {L[k] if k < len(L) else ''} | {R[k] if k < len(R) else ''} |")
            out.append("")
        else:
            out += [f"| {e['lab'][0].rstrip(':')} |", "|---|"] + [f"| {t} |" for t in e["learning"]] + ["", e["norec"], ""]
        if e["good"]:
            out += [f"**{e['lab'][2]}** " + "; ".join(e["good"]) + ".", ""]
        out += ["---", ""]
        defs += [f'[c{i}]: {record(d, i)} "Library record"', f"[r{i}]: {url(d, i)}"]
    out += [f"_{FOOT}_", ""] + defs
    return "\n".join(out) + "\n"


# F. pdf-lib (npm) program: A4, two reviews per page as boxed cards of a fixed height; a card whose text does not fit ends
#    with 'continued overleaf' and goes on at the top of the next page under '<title> (continued)'; 'Page N of M' foot.
def cards_spec(d):
    cards = []
    for i, e in enumerate(d["entries"], 1):
        blocks = [["summary", curly(e["summary"])]]
        for lab, lst in groups(e):
            if lab is None: blocks.append(["text", curly(lst)]); continue
            blocks.append(["label", lab]); blocks += [["item", curly(it)] for it in lst]
        blocks.append(["link", e["link"], url(d, i)])
        cards.append({"title": curly(e["title"]), "blocks": blocks})
    return {"heading": d["heading"], "intro": curly(d["intro"]), "foot": FOOT, "cards": cards}


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "pdfua-table" in fname:
            src = f"{out}/source/{stem}.fodt"
            open(src, "w", encoding="utf-8").write(writer_table_fodt(d))
            soffice_pdfua(src, f"{out}/input")
        elif "pagedjs" in fname:
            pagedjs_pdf(pagedjs_html(d), f"{out}/source/{stem}.html", dst)
        elif fname.endswith(".docx"):
            parts = docx_parts(d); write_docx(parts, dst)
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
            open(f"{out}/source/{stem}.numbering.xml", "w", encoding="utf-8").write(parts["word/numbering.xml"])
        elif fname.endswith(".txt"):
            open(dst, "w", encoding="utf-8", newline="").write(outlook_text(d))
        elif fname.endswith(".md"):
            open(dst, "w", encoding="utf-8").write(markdown_reftables(d))
        elif "pdflib-cards" in fname:
            spec = f"{out}/source/{stem}.json"
            open(spec, "w", encoding="utf-8").write(json.dumps(cards_spec(d), indent=1, ensure_ascii=False))
            run(["node", f"{G}/render_b30_cards.js", spec, dst])
