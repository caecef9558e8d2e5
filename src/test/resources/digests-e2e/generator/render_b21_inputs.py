# Renders the inputs of batch b21 (see render_b21.py and entries_b21.py). Invented material, test fixtures only.
import html, os, subprocess, tempfile, textwrap, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def curly(s): return s.replace("'", "\u2019")


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def x(s): return h(curly(s), quote=False)


# 1. LibreOffice Writer (flat ODT), untagged PDF: digest title and intro, then every review inside its own bordered
#    text frame (draw:frame + draw:text-box anchored to a paragraph, 0.5pt border, shaded title bar paragraph); bold label
#    paragraphs, '–' bullet lists, the link; a 'Page N' footer.
def fodt(d):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
    styles = """<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="19pt" fo:font-weight="bold" fo:color="#1d4f6e"/></style:style>
<style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:background-color="#dbe8f0" fo:padding="0.1cm" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#1d4f6e"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph"/></style:style></office:styles>
<office:automatic-styles><style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties draw:fill="solid" draw:fill-color="#ffffff" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="0.5pt solid #1d4f6e" fo:padding="0.25cm" fo:margin-top="0.2cm" fo:margin-bottom="0.35cm" fo:background-color="#ffffff"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2013"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:footer-style/></style:page-layout></office:automatic-styles>"""
    master = '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>'
    body = [f'<text:p text:style-name="Title">{x(d["heading"])}</text:p>', f'<text:p text:style-name="Standard">{x(d["intro"])}</text:p>']
    for i, e in enumerate(d["entries"], 1):
        inner = [f'<text:p text:style-name="BoxTitle">{x(e["title"])}</text:p>', f'<text:p text:style-name="Standard">{x(e["summary"])}</text:p>']
        for lab, lst in groups(e):
            if lab is None: inner.append(f'<text:p text:style-name="Standard">{x(lst)}</text:p>'); continue
            inner.append(f'<text:p text:style-name="Standard"><text:span text:style-name="Strong">{x(lab)}</text:span></text:p><text:list text:style-name="L1">'
                         + "".join(f'<text:list-item><text:p text:style-name="Standard">{x(it)}</text:p></text:list-item>' for it in lst) + "</text:list>")
        inner.append(f'<text:p text:style-name="Standard"><text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a></text:p>')
        body.append(f'<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="Review{i}" text:anchor-type="paragraph" svg:width="16.6cm" draw:z-index="{i}">'
                    f'<draw:text-box fo:min-height="1cm">' + "".join(inner) + "</draw:text-box></draw:frame></text:p>")
    body.append(f'<text:p text:style-name="Footer">{x(FOOT)}</text:p>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            + styles + master + "<office:body><office:text>" + "\n".join(body) + "</office:text></office:body></office:document>")


def soffice_pdf(src, outdir, tagged):
    opts = '{"UseTaggedPDF":{"type":"boolean","value":"%s"}}' % ("true" if tagged else "false")
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{w}", "--headless", "--convert-to", f"pdf:writer_pdf_Export:{opts}", "--outdir", outdir, src],
                       check=True, capture_output=True)


def tex(s):
    s = curly(s)
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def pdflatex(src, base, workdir):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={workdir}", src], check=True, capture_output=True)
    return f"{workdir}/{base}.pdf"


# 2. pdflatex article with two-level numbering: '1 Reviews of individual children' / '2 Reviews of more than one child'
#    as \section, each review a \subsection ('1.1 Kacey: Child safeguarding practice review'); inside it a description list
#    whose item labels are 'Summary', the list labels and 'Full report'; nested itemize for the points.
def latex_numbered(d):
    out = [r"\documentclass[10pt,a4paper]{article}", r"\usepackage[margin=22mm]{geometry}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}",
           r"\usepackage{lmodern}", r"\usepackage{hyperref}", r"\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}",
           r"\begin{document}", f"{{\\LARGE\\bfseries {tex(d['heading'])}\\par}}\\medskip", tex(d["intro"]), ""]
    single = [(i, e) for i, e in enumerate(d["entries"], 1) if not e["title"].startswith("Children")]
    multi = [(i, e) for i, e in enumerate(d["entries"], 1) if e["title"].startswith("Children")]
    for sec, lst in (("Reviews of individual children", single), ("Reviews of more than one child", multi)):
        if not lst: continue
        out.append(f"\\section{{{sec}}}")
        for i, e in lst:
            out.append(f"\\subsection{{{tex(e['title'])}}}")
            out.append(r"\begin{description}\setlength{\itemsep}{2pt}")
            out.append(f"\\item[Summary] {tex(e['summary'])}")
            for lab, items in groups(e):
                if lab is None: out.append(f"\\item[Recommendations] {tex(items)}"); continue
                out.append(f"\\item[{tex(lab)}]\\mbox{{}}\\begin{{itemize}}\\setlength{{\\itemsep}}{{0pt}}" + "".join(f"\\item {tex(it)}" for it in items) + r"\end{itemize}")
            out.append(f"\\item[Full report] \\href{{{url(d, i)}}}{{{tex(e['link'])}}}")
            out.append(r"\end{description}")
    out += [r"\vfill\footnotesize " + tex(FOOT), r"\end{document}"]
    return "\n".join(out)


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", html_path], check=True, capture_output=True)


# 3. Chromium print of a newsletter page: masthead, h1, intro, then the reviews as cards in a three-column CSS grid
#    (one row of three narrow cards, each with a coloured top band holding a tag line 'Serious case review · 2026',
#    an h3 title, summary, labels as small upper-case h4 headings, lists, a link button); a footer.
def grid3(d):
    css = """@page{size:A4;margin:10mm} body{font:8.6pt/1.38 "DejaVu Sans",sans-serif;color:#222;margin:0}
.mast{display:flex;justify-content:space-between;border-bottom:3px solid #0a6e5c;padding-bottom:2mm;margin-bottom:3mm} .mast b{font-size:13pt;color:#0a6e5c} .mast span{font-size:8pt;color:#555}
h1{font-size:17pt;margin:1mm 0 2mm;color:#0a6e5c} .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:4mm;margin-top:4mm}
.card{border:1px solid #c8d8d4;border-radius:3mm;overflow:hidden} .band{background:#0a6e5c;color:#fff;font-size:7pt;letter-spacing:.04em;padding:1.2mm 3mm;text-transform:uppercase}
.body{padding:2mm 3mm} .card h3{font-size:10pt;margin:1mm 0 2mm;color:#0a6e5c} .card h4{font-size:7pt;text-transform:uppercase;letter-spacing:.06em;margin:2.5mm 0 1mm;color:#444}
.card ul{margin:0;padding-left:4mm} .btn{display:inline-block;margin-top:2mm;border:1px solid #0a6e5c;border-radius:2mm;padding:1mm 2mm;color:#0a6e5c;text-decoration:none;font-weight:bold}
footer{margin-top:5mm;border-top:1px solid #ccc;padding-top:2mm;font-size:7.5pt;color:#555}"""
    cards = []
    for i, e in enumerate(d["entries"], 1):
        kind = e["title"].split(": ", 1)[1] if ": " in e["title"] else "Case review"
        p = [f'<p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: p.append(f"<p>{x(lst)}</p>"); continue
            p.append(f"<h4>{h(lab)}</h4><ul>" + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul>")
        p.append(f'<a class="btn" href="{url(d, i)}">{h(e["link"])}</a>')
        cards.append(f'<article class="card"><div class="band">{h(kind)} \u00b7 {d["month"][:4]}</div><div class="body"><h3>{h(e["title"])}</h3>' + "".join(p) + "</div></article>")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style></head><body>'
            '<div class="mast"><b>Safeguarding Learning Bulletin</b><span>Issue 41 \u00b7 for professionals working with children</span></div>'
            f'<h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p><div class="grid">' + "".join(cards) + f'</div><footer>{h(FOOT)}</footer></body></html>')


# 4. WeasyPrint (CSS paged media) print of HTML where every review is an h2 title over a two-column table whose left
#    cells are <th scope="row"> labels ('Summary', 'Learning includes', 'Recommendations include', 'Good practice',
#    'Full report') and the right cells the text or a list; a running foot 'N / M' from @page.
def thlabels(d):
    css = """@page{size:A4;margin:18mm 16mm 20mm;@bottom-right{content:counter(page) " / " counter(pages);font:8pt sans-serif;color:#666}}
body{font:9.5pt/1.4 "DejaVu Serif",serif;color:#111} h1{font:bold 18pt "DejaVu Sans",sans-serif;color:#7a1f3d;margin:0 0 3mm}
h2{font:bold 11.5pt "DejaVu Sans",sans-serif;color:#7a1f3d;margin:6mm 0 1.5mm;break-after:avoid} table{border-collapse:collapse;width:100%}
th{width:34mm;text-align:left;vertical-align:top;background:#f2e6ea;font:bold 8.5pt "DejaVu Sans",sans-serif;padding:1.5mm 2mm;border:0.5pt solid #b98a9a}
td{vertical-align:top;padding:1.5mm 2mm;border:0.5pt solid #b98a9a} td ul{margin:0;padding-left:4mm} tr{break-inside:avoid} .foot{font-size:8pt;color:#555;margin-top:6mm}"""
    names = {0: "Learning includes", 1: "Recommendations include", 2: "Good practice"}
    parts = []
    for i, e in enumerate(d["entries"], 1):
        rows = [f'<tr><th scope="row">Summary</th><td>{x(e["summary"])}</td></tr>']
        for lab, lst in groups(e):
            if lab is None: rows.append(f'<tr><th scope="row">Recommendations</th><td>{x(lst)}</td></tr>'); continue
            rows.append(f'<tr><th scope="row">{names[e["lab"].index(lab)]}</th><td><ul>' + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul></td></tr>")
        rows.append(f'<tr><th scope="row">Full report</th><td><a href="{url(d, i)}">{h(e["link"])}</a></td></tr>')
        parts.append(f'<h2>{h(e["title"])}</h2><table>' + "".join(rows) + "</table>")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style></head><body>'
            f'<h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p>' + "".join(parts) + f'<p class="foot">{h(FOOT)}</p></body></html>')


# 5. DOCX (hand-written WordprocessingML): Title paragraph, intro, month Heading 1s ('Published in September 2025',
#    'Published in August 2025, added this month'), each review a Heading 2, summary, bold labels, bullet items (numPr),
#    the link a w:hyperlink with an external relationship.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def para(text, style=None, num=False, bold=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "")
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'


def docx(d, path):
    body = [para(d["heading"], "Title"), para(d["intro"])]
    rels = []
    heads = {0: "Published in September 2025", 2: "Published in August 2025, added this month"}
    for i, e in enumerate(d["entries"], 1):
        if i - 1 in heads: body.append(para(heads[i - 1], "Heading1"))
        body.append(para(e["title"], "Heading2"))
        body.append(para(e["summary"]))
        for lab, lst in groups(e):
            if lab is None: body.append(para(lst)); continue
            body.append(para(lab, bold=True))
            body += [para(it, num=True) for it in lst]
        rels.append(f'<Relationship Id="rIdL{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        body.append(f'<w:p><w:hyperlink r:id="rIdL{i}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{x(e["link"])}</w:t></w:r></w:hyperlink></w:p>')
    body.append(para(FOOT))
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "\n".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    based = '<w:basedOn w:val="Normal"/>'
    st = lambda sid, name, extra="", kind="paragraph": f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based if kind == "paragraph" else ""}{extra}</w:style>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              + st("Title", "Title", '<w:rPr><w:sz w:val="44"/></w:rPr>') + st("Heading1", "heading 1", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>')
              + st("Heading2", "heading 2", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>')
              + st("Hyperlink", "Hyperlink", '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>', "character") + "</w:styles>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' + "".join(rels) + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", docrels)):
            z.writestr(zipfile.ZipInfo(name, (2025, 9, 30, 12, 0, 0)), data)
    return doc


# 6. HTML: every review a <section> with an h2 title and one definition list: <dt>Summary</dt><dd><p>..</p></dd>,
#    <dt>Learning includes</dt><dd><ul>..</ul></dd>, ..., <dt>Full report</dt><dd><a>..</a></dd>; labels without colons.
def deflist(d):
    names = {0: "Learning includes", 1: "Recommendations include", 2: "Good practice identified"}
    secs = []
    for i, e in enumerate(d["entries"], 1):
        dl = [f"<dt>Summary</dt>\n<dd><p>{x(e['summary'])}</p></dd>"]
        for lab, lst in groups(e):
            if lab is None: dl.append(f"<dt>Recommendations</dt>\n<dd><p>{x(lst)}</p></dd>"); continue
            dl.append(f"<dt>{names[e['lab'].index(lab)]}</dt>\n<dd><ul>" + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul></dd>")
        dl.append(f'<dt>Full report</dt>\n<dd><a href="{url(d, i)}">{h(e["link"])}</a></dd>')
        secs.append(f'<section id="review-{i}">\n<h2>{h(e["title"])}</h2>\n<dl class="review">\n' + "\n".join(dl) + "\n</dl>\n</section>")
    return (f'<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>{h(d["heading"])}</title>\n<style>dl.review dt{{font-weight:bold;margin-top:.6em}} dl.review dd{{margin-left:1.5em}}</style>\n</head>\n<body>\n'
            f'<h1>{h(d["heading"])}</h1>\n<p>{h(d["intro"])}</p>\n' + "\n".join(secs) + f'\n<footer><p><small>{h(FOOT)}</small></p></footer>\n</body>\n</html>\n')


# 7. Markdown: ATX title, intro, every review an '##' heading followed by a two-column GFM table whose first column holds
#    the bold labels and the second the text; list points inside a cell as '• point<br>• point'.
def md_tables(d):
    names = {0: "Learning includes", 1: "Recommendations include", 2: "Good practice"}
    out = [f"# {d['heading']}", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"## {e['title']}", "", "| | |", "|---|---|", f"| **Summary** | {e['summary']} |"]
        for lab, lst in groups(e):
            if lab is None: out.append(f"| **Recommendations** | {lst} |"); continue
            out.append(f"| **{names[e['lab'].index(lab)]}** | " + "<br>".join(f"\u2022 {it}" for it in lst) + " |")
        out += [f"| **Full report** | [{e['link']}]({url(d, i)}) |", ""]
    out += ["---", "", f"*{FOOT}*", ""]
    return "\n".join(out)


# 8. Plain text: the digest title underlined with '=', every review title underlined with '-' (setext style in a .txt),
#    summaries wrapped at 74 columns, labels on their own lines, '  o ' points with hanging indents, 'Full report: <url>'.
def plaintext(d):
    w = lambda s, a="", b="": textwrap.fill(s, 74, initial_indent=a, subsequent_indent=b, break_on_hyphens=False)
    out = [d["heading"].upper(), "=" * len(d["heading"]), "", w(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out += ["", e["title"], "-" * len(e["title"]), "", w(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [w(lst), ""]; continue
            out.append(lab)
            out += [w(it, "  o ", "    ") for it in lst]
            out.append("")
        out += [f"{e['link']}: {url(d, i)}", ""]
    out += ["", "-" * 74, w(FOOT), ""]
    return "\n".join(out)


def render_inputs(B21, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B21.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "writer-frames" in fname:
            open(f"{src}/{base}.fodt", "w").write(fodt(d))
            soffice_pdf(f"{src}/{base}.fodt", inp, tagged=False)
        elif "latex-numbered" in fname:
            open(f"{src}/{base}.tex", "w").write(latex_numbered(d))
            with tempfile.TemporaryDirectory() as w:
                os.replace(pdflatex(f"{src}/{base}.tex", base, w), f"{inp}/{fname}")
        elif "grid3" in fname:
            open(f"{src}/{base}.html", "w").write(grid3(d))
            chromium(f"{src}/{base}.html", f"{inp}/{fname}")
        elif "thlabels" in fname:
            open(f"{src}/{base}.html", "w").write(thlabels(d))
            subprocess.run(["weasyprint", f"{src}/{base}.html", f"{inp}/{fname}"], check=True, capture_output=True)
        elif "docx" in fname:
            open(f"{src}/{base}.document.xml", "w").write(docx(d, f"{inp}/{fname}"))
        elif "deflist" in fname:
            open(f"{inp}/{fname}", "w").write(deflist(d))
        elif fname.endswith(".md"):
            open(f"{inp}/{fname}", "w").write(md_tables(d))
        elif fname.endswith(".txt"):
            open(f"{inp}/{fname}", "w").write(plaintext(d))
        print(fname)
