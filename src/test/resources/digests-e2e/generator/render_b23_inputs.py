# Renders the inputs of batch b23 (see render_b23.py and entries_b23.py). Invented material, test fixtures only.
import html, os, shutil, subprocess, tempfile, textwrap, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
NODE_BIN = os.environ.get("NODE_BIN", "/tmp/m23d-npm/node_modules/.bin")
CHROMIUM = "/usr/bin/chromium"


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def curly(s): return s.replace("'", "\u2019")


def x(s): return h(curly(s), quote=False)


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def html_body(d, title_tag="h2", link=None):
    out = []
    for i, e in enumerate(d["entries"], 1):
        p = [f'<section class="review"><{title_tag}>{x(e["title"])}</{title_tag}><p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: p.append(f"<p>{x(lst)}</p>"); continue
            p.append(f'<p class="lab">{x(lab)}</p><ul>' + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul>")
        p.append(link(d, i, e) if link else f'<p class="more"><a href="{url(d, i)}">{x(e["link"])}</a></p>')
        out.append("".join(p) + "</section>")
    return "".join(out)


# 1. Paged.js 0.4 (pagedjs-cli on Chromium), A4: running heads from CSS margin boxes filled by string-set, the left one the
#    digest title, the right one the CURRENT REVIEW's title (string(review)); every link followed by a CSS footnote
#    (float: footnote) holding its URL, so a superscript call number ends the link line and the URL sits at the page foot;
#    'Page N of M' in the bottom margin box.
def pagedjs(d):
    css = """@page{size:A4;margin:24mm 20mm 26mm;
@top-left{content:"NSPCC Learning \\2014  " string(digest);font:8pt 'DejaVu Sans';color:#555}
@top-right{content:string(review);font:italic 8pt 'DejaVu Sans';color:#555}
@bottom-center{content:"Page " counter(page) " of " counter(pages);font:8pt 'DejaVu Sans';color:#555}
@footnote{border-top:0.5pt solid #999;padding-top:2mm}}
body{font:10pt/1.45 'DejaVu Serif',serif;color:#1d1d1d} h1{font:bold 20pt 'DejaVu Sans';color:#2b1a5a;string-set:digest content(text)}
h2{font:bold 12.5pt 'DejaVu Sans';color:#2b1a5a;margin:7mm 0 2mm;string-set:review content(text)}
.lab{font:bold 9.5pt 'DejaVu Sans';margin:3mm 0 1mm} ul{margin:0;padding-left:6mm} a{color:#2b1a5a}
.fn{float:footnote;font:7.5pt 'DejaVu Sans';color:#333} .review{break-inside:auto} .foot{font-size:8pt;color:#555;margin-top:8mm}"""
    link = lambda d, i, e: f'<p class="more"><a href="{url(d, i)}">{x(e["link"])}</a><span class="fn">{h(url(d, i))}</span></p>'
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style></head><body>'
            f'<h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p>{html_body(d, link=link)}<p class="foot">{h(FOOT)}</p></body></html>')


def pagedjs_pdf(src, pdf):
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH=CHROMIUM)
    subprocess.run([f"{NODE_BIN}/pagedjs-cli", src, "-o", pdf, "--browserArgs", "--no-sandbox,--disable-gpu", "-t", "120000"], check=True, env=env)


# 2. Vivliostyle (vivliostyle CLI on Chromium), A5: the whole digest in TWO COLUMNS (column-count on the body, a column rule),
#    so reviews run over the column break and the page break; titles as h3 in small bold sans, labels as bold run-in
#    paragraphs, items as en-dash lists; page number and digest title in margin boxes.
def vivliostyle(d):
    css = """@page{size:A5;margin:16mm 12mm 18mm;@bottom-right{content:counter(page);font:7.5pt 'DejaVu Sans'}
@top-left{content:"Case review digest";font:7.5pt 'DejaVu Sans';color:#777}}
body{font:8.4pt/1.35 'DejaVu Serif',serif;column-count:2;column-gap:6mm;column-rule:0.4pt solid #aaa;column-fill:auto}
h1{column-span:all;font:bold 14pt 'DejaVu Sans';color:#7a1f3d;margin:0 0 2mm} .intro{column-span:all;font-style:italic}
h3{font:bold 9pt 'DejaVu Sans';color:#7a1f3d;margin:3.5mm 0 1mm} .lab{font-weight:bold;margin:1.5mm 0 0.5mm}
ul{list-style:none;margin:0;padding-left:3.5mm} li{text-indent:-3.5mm} li::before{content:"\\2013\\00a0"} p{margin:0 0 1mm} a{color:#7a1f3d}
.foot{font-size:7pt;color:#555;margin-top:3mm}"""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style></head><body>'
            f'<h1>{h(d["heading"])}</h1><p class="intro">{h(d["intro"])}</p>{html_body(d, "h3")}<p class="foot">{h(FOOT)}</p></body></html>')


def vivliostyle_pdf(src, pdf):
    subprocess.run([f"{NODE_BIN}/vivliostyle", "build", src, "-o", pdf, "--executable-browser", CHROMIUM, "--host", "127.0.0.1", "-t", "240"],
                   check=True, cwd=os.path.dirname(src))


# 3. LibreOffice Draw (flat ODG -> soffice --convert-to pdf, Draw's PDF export, untagged), one A3 landscape page: a heading
#    frame and an intro frame across the top, then three rounded rectangles side by side, each holding ONE REVIEW as the
#    shape's own text (draw:custom-shape with text:p / text:list inside): bold title, summary, bold labels, bullet lists
#    (an ODF list style with the • glyph), the link as text:a; a footer frame.
def draw_fodg(d):
    def ps(name, size, bold=False, color="#1a1a1a", above="0cm", below="0.12cm", left="0cm", indent="0cm"):
        w = ' fo:font-weight="bold"' if bold else ""
        return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-top="{above}" '
                f'fo:margin-bottom="{below}" fo:margin-left="{left}" fo:text-indent="{indent}"/><style:text-properties fo:font-size="{size}pt"{w} '
                f'fo:color="{color}" style:font-name="DejaVu Sans"/></style:style>')
    styles = "".join([ps("PH", 26, True, "#0d4f4a"), ps("PI", 11), ps("PT", 14, True, "#0d4f4a", below="0.25cm"), ps("PS", 11),
                      ps("PL", 11, True, above="0.3cm", below="0.08cm"), ps("PB", 11, below="0.06cm"), ps("PA", 11, above="0.3cm", color="#0d4f4a"), ps("PF", 8, color="#555555")])
    gs = ('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#0d4f4a" svg:stroke-width="0.04cm" '
          'draw:fill="solid" draw:fill-color="#eef6f5" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding-top="0.35cm" fo:padding-bottom="0.3cm" '
          'fo:padding-left="0.4cm" fo:padding-right="0.4cm" fo:wrap-option="wrap"/></style:style>'
          '<style:style style:name="gr2" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top" '
          'draw:auto-grow-height="true" fo:wrap-option="wrap" fo:padding-top="0cm" fo:padding-left="0cm"/></style:style>')
    lst = ('<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties '
           'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" '
           'text:list-tab-stop-position="0.45cm" fo:text-indent="-0.45cm" fo:margin-left="0.45cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>')

    def frame(xcm, ycm, wcm, hcm, paras, style="gr2"):
        return (f'<draw:frame draw:style-name="{style}" svg:x="{xcm}cm" svg:y="{ycm}cm" svg:width="{wcm}cm" svg:height="{hcm}cm">'
                f'<draw:text-box>{paras}</draw:text-box></draw:frame>')
    shapes = [frame(1.5, 1.2, 39, 1.6, f'<text:p text:style-name="PH">{x(d["heading"])}</text:p>'),
              frame(1.5, 3.0, 39, 1.2, f'<text:p text:style-name="PI">{x(d["intro"])}</text:p>')]
    W = 12.4
    for i, e in enumerate(d["entries"], 1):
        p = [f'<text:p text:style-name="PT">{x(e["title"])}</text:p>', f'<text:p text:style-name="PS">{x(e["summary"])}</text:p>']
        for lab, items in groups(e):
            if lab is None: p.append(f'<text:p text:style-name="PL">{x(items)}</text:p>'); continue
            p.append(f'<text:p text:style-name="PL">{x(lab)}</text:p><text:list text:style-name="LB">'
                     + "".join(f'<text:list-item><text:p text:style-name="PB">{x(it)}</text:p></text:list-item>' for it in items) + "</text:list>")
        p.append(f'<text:p text:style-name="PA"><text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a></text:p>')
        shapes.append(f'<draw:custom-shape draw:style-name="gr1" svg:x="{1.5 + (i - 1) * (W + 0.9):.2f}cm" svg:y="4.8cm" svg:width="{W}cm" svg:height="22.6cm">'
                      + "".join(p) + '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="round-rectangle" '
                      'draw:modifiers="1400" draw:enhanced-path="M ?f7 0 X 0 ?f8 L 0 ?f9 Y ?f7 21600 L ?f10 21600 X 21600 ?f9 L 21600 ?f8 Y ?f10 0 Z N">'
                      '<draw:equation draw:name="f0" draw:formula="45"/><draw:equation draw:name="f1" draw:formula="$0 *sin(?f0 *(pi/180))"/>'
                      '<draw:equation draw:name="f2" draw:formula="?f1 *3163/7636"/><draw:equation draw:name="f3" draw:formula="left+?f2 "/>'
                      '<draw:equation draw:name="f4" draw:formula="top+?f2 "/><draw:equation draw:name="f5" draw:formula="right-?f2 "/>'
                      '<draw:equation draw:name="f6" draw:formula="bottom-?f2 "/><draw:equation draw:name="f7" draw:formula="left+$0 "/>'
                      '<draw:equation draw:name="f8" draw:formula="top+$0 "/><draw:equation draw:name="f9" draw:formula="bottom-$0 "/>'
                      '<draw:equation draw:name="f10" draw:formula="right-$0 "/><draw:handle draw:handle-position="$0 top" draw:handle-switched="true" draw:handle-range-x-minimum="0" draw:handle-range-x-maximum="10800"/>'
                      '</draw:enhanced-geometry></draw:custom-shape>')
    shapes.append(frame(1.5, 27.9, 39, 0.8, f'<text:p text:style-name="PF">{x(FOOT)}</text:p>'))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.graphics">'
            '<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'"/></office:font-face-decls>'
            f'<office:styles>{gs}</office:styles>'
            f'<office:automatic-styles>{styles}{lst}<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
            'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="42cm" fo:page-height="29.7cm" style:print-orientation="landscape"/></style:page-layout>'
            '<style:style style:name="dp1" style:family="drawing-page"/></office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>'
            f'<office:body><office:drawing><draw:page draw:name="Digest" draw:master-page-name="Default">{"".join(shapes)}</draw:page></office:drawing></office:body></office:document>')


def soffice_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{t}/profile", "--headless", "--convert-to", "pdf", "--outdir", t, src], check=True, capture_output=True)
        shutil.move(os.path.join(t, os.path.splitext(os.path.basename(src))[0] + ".pdf"), pdf)


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14 wps"')


def wr(text, bold=False, size=None, color=None):
    rpr = ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def wp(runs, num=None, ind=None, after=120, keep=False):
    ppr = ""
    if keep: ppr += "<w:keepNext/>"
    if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += f'<w:spacing w:after="{after}"/>'
    if ind: ppr += f'<w:ind w:left="{ind}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def whyper(rid, text):
    return f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{x(text)}</w:t></w:r></w:hyperlink>'


def lvl(i, fmt, text, left, hanging, bold=False):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{"<w:rPr><w:b/></w:rPr>" if bold else ""}</w:lvl>')


def docx_pack(path, body, numbering, links):
    rels = "".join(f'<Relationship Id="rL{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{h(u)}" TargetMode="External"/>' for k, u in links)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Case review digest (invented for testing)</dc:title><dc:creator>Safeguarding partnership</dc:creator></cp:coreProperties>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' + rels + "</Relationships>",
        "word/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style></w:styles>',
        "word/numbering.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + numbering + "</w:numbering>",
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1247" w:bottom="1304" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml"]:
            z.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), files[n])


# 4. DOCX numbered by ONE MULTILEVEL LIST and no heading styles (every paragraph 'Normal' or direct formatting): the review
#    titles are level 1 of the list ('1.', '2.', '3.' from w:numPr, bold by the level's run properties, no typed number), the
#    labels level 2 ('1.1', '1.2' ... continuing across the labels of one review), the points level 3 ('a)', 'b)'); the
#    summary and the link are un-numbered paragraphs indented to the text; the digest title is a bold 16pt Normal paragraph.
def docx_multilevel(d, path):
    num = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>' + lvl(0, "decimal", "%1.", 425, 425, True)
           + lvl(1, "decimal", "%1.%2", 992, 567, True) + lvl(2, "lowerLetter", "%3)", 1418, 426) + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = [wp(wr(d["heading"], True, 32, "1F3864"), after=200), wp(wr(d["intro"]))]
    links = []
    for i, e in enumerate(d["entries"], 1):
        body.append(wp(wr(e["title"], True, 24, "1F3864"), num=(1, 0), keep=True, after=80))
        body.append(wp(wr(e["summary"]), ind=425))
        for lab, items in groups(e):
            if lab is None: body.append(wp(wr(items), ind=425)); continue
            body.append(wp(wr(lab, True), num=(1, 1), keep=True, after=60))
            body += [wp(wr(it), num=(1, 2), after=40) for it in items]
        links.append((i, url(d, i)))
        body.append(wp(whyper(f"rL{i}", e["link"]), ind=425, after=240))
    body.append(wp(wr(FOOT, size=16, color="595959")))
    docx_pack(path, "".join(body), num, links)


# 5. DOCX whose reviews sit in TEXT BOXES: each review one floating DrawingML text box (wps:wsp / wps:txbx / w:txbxContent,
#    anchored top-and-bottom in its own empty paragraph), written as Word writes it: inside mc:AlternateContent with the
#    same content again in the VML fallback (w:pict / v:rect / v:textbox / w:txbxContent). Inside: bold title, summary, bold
#    labels, Word bullets (w:numPr), the w:hyperlink. Title and intro are ordinary paragraphs in the body.
def docx_textboxes(d, path):
    num = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
           '<w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
           '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = [wp(wr(d["heading"], True, 36, "2E5E4E"), after=160), wp(wr(d["intro"]), after=240)]
    links = []
    for i, e in enumerate(d["entries"], 1):
        inner = [wp(wr(e["title"], True, 24, "2E5E4E"), after=80), wp(wr(e["summary"]))]
        for lab, items in groups(e):
            if lab is None: inner.append(wp(wr(items))); continue
            inner.append(wp(wr(lab, True), after=40))
            inner += [wp(wr(it), num=(1, 0), after=20) for it in items]
        links.append((i, url(d, i)))
        inner.append(wp(whyper(f"rL{i}", e["link"]), after=0))
        content = "<w:txbxContent>" + "".join(inner) + "</w:txbxContent>"
        cx, cy = 5760000, 3400000 + 150000 * len(e["learning"] + e["recs"] + e["good"])
        choice = (f'<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + i}" '
                  'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
                  f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                  f'<wp:wrapTopAndBottom/><wp:docPr id="{i}" name="Text Box {i}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                  f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                  '<a:solidFill><a:srgbClr val="F2F7F5"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="2E5E4E"/></a:solidFill></a:ln></wps:spPr>'
                  f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>'
                  '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
        fallback = (f'<mc:Fallback><w:pict><v:rect id="Text Box {i}" o:spid="_x0000_s10{i:02d}" style="position:absolute;margin-left:0;margin-top:0;width:453.5pt;height:{cy / 12700:.1f}pt;'
                    'z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" fillcolor="#f2f7f5" strokecolor="#2e5e4e">'
                    f'<v:textbox style="mso-fit-shape-to-text:t">{content}</v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:rect></w:pict></mc:Fallback>')
        body.append(f'<w:p><w:pPr><w:spacing w:after="240"/></w:pPr><w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r></w:p>')
    body.append(wp(wr(FOOT, size=16, color="595959")))
    docx_pack(path, "".join(body), num, links)


# 6. HTML cards marked up with schema.org MICRODATA: each review an <article itemscope itemtype="https://schema.org/Report">
#    whose title is a <div itemprop="name"> (no heading element), a genre line above it, the summary in itemprop="abstract",
#    labels as <div class="card__label">, <ul> items, the link <a itemprop="url">, a <meta itemprop="datePublished">; a JSON-LD
#    ItemList of the same reviews in the head; site header, breadcrumb and footer.
def html_microdata(d):
    import json
    ld = {"@context": "https://schema.org", "@type": "ItemList", "name": d["heading"],
          "itemListElement": [{"@type": "ListItem", "position": i, "item": {"@type": "Report", "name": e["title"], "url": url(d, i)}} for i, e in enumerate(d["entries"], 1)]}
    cards = []
    for i, e in enumerate(d["entries"], 1):
        kind = e["title"].split(": ", 1)[1]
        p = [f'<article class="card" itemscope itemtype="https://schema.org/Report" id="review-{i}"><meta itemprop="datePublished" content="{d["month"]}">',
             f'<div class="card__genre" itemprop="genre">{x(kind)}</div><div class="card__title" itemprop="name">{x(e["title"])}</div>',
             f'<div class="card__body"><p itemprop="abstract">{x(e["summary"])}</p>']
        for lab, items in groups(e):
            if lab is None: p.append(f"<p>{x(items)}</p>"); continue
            p.append(f'<div class="card__label">{x(lab)}</div><ul>' + "".join(f"<li>{x(it)}</li>" for it in items) + "</ul>")
        p.append(f'</div><div class="card__footer"><a itemprop="url" class="card__link" href="{url(d, i)}">{x(e["link"])}</a></div></article>')
        cards.append("".join(p))
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{h(d["heading"])} | NSPCC Learning</title><script type="application/ld+json">{json.dumps(ld)}</script>'
            '<style>.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:16px}.card{border:1px solid #ccd;border-radius:6px;padding:14px}'
            '.card__genre{font-size:.8em;text-transform:uppercase;color:#5a3}.card__title{font-weight:700;font-size:1.2em;margin:4px 0 8px}.card__label{font-weight:700;margin-top:8px}</style></head>'
            '<body><header class="site-header"><a href="/">NSPCC Learning</a><nav><a href="/research-resources">Research and resources</a> <a href="/case-reviews">Case reviews</a> '
            '<a href="/training">Training</a></nav></header><nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/case-reviews">Case reviews</a> &gt; '
            f'<span>{h(d["heading"])}</span></nav><main><h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p><div class="cards">{"".join(cards)}</div></main>'
            f'<footer class="site-footer"><p>{h(FOOT)}</p><p>\u00a9 NSPCC (test fixture). <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></p></footer></body></html>\n')


# 7. Markdown for Obsidian: YAML front matter with tags, '# ' title, then every review a foldable CALLOUT
#    ('> [!review]- Title' and every line of the review inside the blockquote: summary, bold labels, '-' items, the link);
#    a '%% ... %%' comment and a tag line; the footer in italics.
def markdown_callouts(d):
    out = ["---", "tags: [case-reviews, digest]", f"created: {d['month']}-01", "---", "", f"# {d['heading']}", "", curly(d["intro"]), "",
           "%% source: repository export, edited by the learning team %%", ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"> [!review]- {curly(e['title'])}", f"> {curly(e['summary'])}", ">"]
        for lab, items in groups(e):
            if lab is None: out += [f"> {curly(items)}", ">"]; continue
            out += [f"> **{lab}**"] + [f"> - {curly(it)}" for it in items] + [">"]
        out += [f"> [{e['link']}]({url(d, i)})", ""]
    out += ["#safeguarding #case-reviews", "", f"*{FOOT}*", ""]
    return "\n".join(out)


# 8. Plain text exported from a library database: one record per review, 'Record N of M' over a row of '-', every field a
#    left-column name padded with DOT LEADERS to column 19 ('Title ............ Child ZH: ...', 'Learning .........'),
#    values wrapped at 78 with continuation lines indented to column 19, points as '- ' in the value column, the link as
#    'Report ........... Read ... (PDF) <url>'.
def plaintext_fields(d):
    W, C = 78, 19
    def field(name, lines):
        out, first = [], True
        for ln in lines:
            out.append(((name + " ").ljust(C - 1, ".") + " " if first else " " * C) + ln); first = False
        return out
    def wrap(s, lead=""):
        return textwrap.wrap(curly(s), W - C, initial_indent=lead, subsequent_indent=" " * len(lead), break_on_hyphens=False, break_long_words=False)
    out = [d["heading"].upper(), f"Export from the case review library: {len(d['entries'])} records", curly(d["intro"]), ""]
    names = {0: "Learning", 1: "Recommendations", 2: "Good practice"}
    n = len(d["entries"])
    for i, e in enumerate(d["entries"], 1):
        out += [f"Record {i} of {n}", "-" * W]
        out += field("Title", wrap(e["title"])) + field("Summary", wrap(e["summary"]))
        for lab, items in groups(e):
            if lab is None: out += field("Recommendations", wrap(items)); continue
            kind = [k for k, v in enumerate(e["lab"]) if v == lab][0]
            out += field(names[kind], [ln for it in items for ln in wrap(it, "- ")])
        out += field("Report", wrap(f"{e['link']} <{url(d, i)}>")) + [""]
    out += [FOOT, ""]
    return "\n".join(out)


def render_inputs(batch, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        stem, target = os.path.splitext(fname)[0], f"{out}/input/{fname}"
        if "pagedjs" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(pagedjs(d)); pagedjs_pdf(src, target)
        elif "vivliostyle" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(vivliostyle(d)); vivliostyle_pdf(src, target)
        elif "draw" in fname:
            src = f"{out}/source/{stem}.fodg"; open(src, "w").write(draw_fodg(d)); soffice_pdf(src, target)
        elif "multilevel" in fname:
            docx_multilevel(d, target)
        elif "textboxes" in fname:
            docx_textboxes(d, target)
        elif fname.endswith(".html"):
            open(target, "w").write(html_microdata(d))
        elif fname.endswith(".md"):
            open(target, "w").write(markdown_callouts(d))
        else:
            open(target, "w").write(plaintext_fields(d))
        print("wrote", target)
