# Renders the inputs of batch b20 (see render_b20.py and entries_b20.py). Invented material, test fixtures only.
import html, os, subprocess, tempfile, textwrap, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries prepared for testing: every child, family and place in this digest is invented."
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/review.pdf"


def curly(s): return s.replace("'", "\u2019")


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["good"]: out.append((e["lab"][2], e["good"]))
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    return out


def x(s): return h(curly(s), quote=False)


# 1. LibreOffice Writer (flat ODT), tagged PDF: the digest title (Title style) and intro, then a table of contents
#    ('Contents', one 'Contents 1' line per review: title, dotted tab leader, page number, linked to the heading), then
#    every review on a page of its own (Heading 1 with a page break before), bold label paragraphs, bullet lists,
#    the link; footer 'digest title – page N'.
def fodt(d):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    styles = """<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#5b2a86"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#5b2a86"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#666666"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:styles>
<office:automatic-styles><style:style style:name="PB" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.5cm" fo:margin-left="0.7cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style/></style:page-layout></office:automatic-styles>"""
    master = f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">{x(d["heading"])} \u2013 page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>'
    toc = ('<text:table-of-content text:name="Table of Contents1"><text:table-of-content-source text:outline-level="1"><text:index-title-template text:style-name="Contents_20_Heading">Contents</text:index-title-template>'
           '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-link-start/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template></text:table-of-content-source>'
           '<text:index-body><text:index-title text:name="Table of Contents1_Head"><text:p text:style-name="Contents_20_Heading">Contents</text:p></text:index-title>'
           + "".join(f'<text:p text:style-name="Contents_20_1"><text:a xlink:type="simple" xlink:href="#__RefHeading___Toc{i}">{x(e["title"])}<text:tab/>{i + 1}</text:a></text:p>' for i, e in enumerate(d["entries"], 1))
           + "</text:index-body></text:table-of-content>")
    body = [f'<text:p text:style-name="Title">{x(d["heading"])}</text:p>', f'<text:p text:style-name="Standard">{x(d["intro"])}</text:p>', toc,
            f'<text:p text:style-name="Standard">{x(FOOT)}</text:p>']
    for i, e in enumerate(d["entries"], 1):
        body.append(f'<text:h text:style-name="PB" text:outline-level="1"><text:bookmark-start text:name="__RefHeading___Toc{i}"/>{x(e["title"])}<text:bookmark-end text:name="__RefHeading___Toc{i}"/></text:h>')
        body.append(f'<text:p text:style-name="Standard">{x(e["summary"])}</text:p>')
        for lab, lst in groups(e):
            if lab is None: body.append(f'<text:p text:style-name="Standard">{x(lst)}</text:p>'); continue
            body.append(f'<text:p text:style-name="Standard"><text:span text:style-name="Strong">{x(lab)}</text:span></text:p><text:list text:style-name="L1">'
                        + "".join(f'<text:list-item><text:p text:style-name="Standard">{x(it)}</text:p></text:list-item>' for it in lst) + "</text:list>")
        body.append(f'<text:p text:style-name="Standard"><text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a></text:p>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            + styles + master + "<office:body><office:text>" + "\n".join(body) + "</office:text></office:body></office:document>")


def soffice_pdf(src, outdir, tagged):
    opts = '{"UseTaggedPDF":{"type":"boolean","value":"%s"}}' % ("true" if tagged else "false")
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{w}", "--headless", "--convert-to", f"pdf:writer_pdf_Export:{opts}", "--outdir", outdir, src],
                       check=True, capture_output=True)


# 2. Chromium print of an NSPCC-style web page: site header and menu, breadcrumbs, h1 and intro, an 'On this page'
#    list of anchors (the titles), then an accordion: each review a <div class="accordion__item"> whose <button
#    aria-expanded="true"> holds the h2 title and a '−' icon, its panel expanded (summary, bold labels, lists, link);
#    'Related resources' and 'Share this page' boxes after it, a site footer, and a cookie banner above the site header
#    (as a page printed before the banner was dismissed).
def accordion(d):
    css = """@page{size:A4;margin:12mm 14mm} body{font:10pt/1.45 "DejaVu Sans",sans-serif;margin:0;color:#222}
.site{background:#2e1a47;color:#fff;padding:4mm 5mm;display:flex;justify-content:space-between} .site b{font-size:14pt}
.menu{font-size:8.5pt} .menu span{margin-left:4mm} .crumbs{font-size:8pt;color:#555;margin:3mm 0}
h1{font-size:20pt;color:#2e1a47;margin:2mm 0 3mm} .onpage{border-left:3px solid #6b3fa0;padding-left:4mm;margin:4mm 0} .onpage h4{margin:0 0 1mm}
.accordion__item{border-top:1px solid #bbb} .accordion__toggle{display:flex;justify-content:space-between;width:100%;background:none;border:0;padding:2mm 0;text-align:left;font:inherit}
.accordion__toggle h2{font-size:12.5pt;color:#2e1a47;margin:0} .icon{font-size:14pt;color:#6b3fa0} .accordion__panel{padding:0 0 3mm} .lab{font-weight:bold;margin:2mm 0 0}
.related{background:#f3eff8;padding:4mm;margin-top:6mm} .share{font-size:8.5pt;color:#555;margin:3mm 0} footer{font-size:8pt;color:#555;border-top:1px solid #ccc;margin-top:5mm;padding-top:2mm}
.cookies{background:#111;color:#fff;font-size:8pt;padding:2mm 4mm;margin-bottom:2mm}"""
    onpage = "".join(f'<li><a href="#review-{i}">{h(e["title"])}</a></li>' for i, e in enumerate(d["entries"], 1))
    items = []
    for i, e in enumerate(d["entries"], 1):
        p = [f'<p>{h(curly(e["summary"]))}</p>']
        for lab, lst in groups(e):
            if lab is None: p.append(f"<p>{h(curly(lst))}</p>"); continue
            p.append(f'<p class="lab">{h(lab)}</p><ul>' + "".join(f"<li>{h(curly(it))}</li>" for it in lst) + "</ul>")
        p.append(f'<p><a href="{url(d, i)}">{h(e["link"])}</a></p>')
        items.append(f'<div class="accordion__item" id="review-{i}"><button class="accordion__toggle" aria-expanded="true" aria-controls="panel-{i}"><h2>{h(e["title"])}</h2><span class="icon" aria-hidden="true">\u2212</span></button>'
                     f'<div class="accordion__panel" id="panel-{i}" role="region">' + "".join(p) + "</div></div>")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])} | NSPCC Learning</title><style>{css}</style></head><body>'
            '<div class="cookies">We use cookies to make our website work and to understand how people use it. <b>Accept all cookies</b> \u00b7 <b>Manage cookies</b></div>'
            '<header class="site"><b>NSPCC Learning</b><nav class="menu"><span>Safeguarding and child protection</span><span>Research and resources</span><span>Training</span><span>Search</span></nav></header>'
            '<div class="crumbs">Home \u203a Research and resources \u203a Case reviews \u203a Recently published case reviews</div><main>'
            f'<h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p><p>Each summary gives the key learning and recommendations; select a review to expand it.</p>'
            f'<nav class="onpage"><h4>On this page</h4><ul>{onpage}</ul></nav><div class="accordion">' + "".join(items) + "</div>"
            '<aside class="related"><h3>Related resources</h3><ul><li>Learning from case reviews: briefings on key themes</li><li>How to search the national case review repository</li><li>Sign up to our newsletter for the latest case reviews</li></ul></aside>'
            f'<div class="share">Share this page: Email \u00b7 LinkedIn \u00b7 Copy link</div></main><footer>{h(FOOT)} \u00a9 NSPCC Learning (invented page for testing). Accessibility \u00b7 Privacy \u00b7 Terms and conditions</footer></body></html>')


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", html_path], check=True, capture_output=True)


def tex(s):
    s = curly(s)
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def pdflatex(src, base, workdir):
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={workdir}", src], check=True, capture_output=True)
    return f"{workdir}/{base}.pdf"


# 3. pdflatex A5 digest (bold sans titles, bold labels, itemize, \href link, fancyhdr foot 'title · page N') imposed
#    two A5 pages side by side on landscape A4 sheets with pdfpages (nup=2x1, a frame round each page), as printed
#    for a handout; the reviews run from the left page to the right one.
def a5(d):
    out = [r"\documentclass[10pt]{article}", r"\usepackage[a5paper,margin=14mm,bottom=18mm]{geometry}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}",
           r"\usepackage{lmodern}", r"\usepackage{fancyhdr}", r"\usepackage{hyperref}", r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
           f"\\cfoot{{\\footnotesize {tex(d['heading'])} \\textperiodcentered{{}} page \\thepage}}", r"\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}",
           r"\begin{document}", f"{{\\LARGE\\bfseries {tex(d['heading'])}\\par}}\\medskip", tex(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out.append(f"\\bigskip{{\\large\\sffamily\\bfseries {tex(e['title'])}\\par}}\\smallskip")
        out.append(tex(e["summary"]) + "\n")
        for lab, lst in groups(e):
            if lab is None: out.append(tex(lst) + "\n"); continue
            out.append(f"\\textbf{{{tex(lab)}}}\\vspace{{-4pt}}\\begin{{itemize}}\\setlength{{\\itemsep}}{{0pt}}" + "".join(f"\\item {tex(it)}" for it in lst) + r"\end{itemize}")
        out.append(f"\\href{{{url(d, i)}}}{{{tex(e['link'])}}}\n")
    out += [r"\bigskip\footnotesize " + tex(FOOT), r"\end{document}"]
    return "\n".join(out)


def nup(a5pdf):
    return "\n".join([r"\documentclass[a4paper,landscape]{article}", r"\usepackage{pdfpages}", r"\begin{document}",
                      f"\\includepdf[pages=-,nup=2x1,frame,delta=8mm 0mm]{{{a5pdf}}}", r"\end{document}"])


# 4. pdflatex digest with a wide left margin: titles and text in the main column, every label set in the left margin
#    beside its list (marginnote, \reversemarginpar, small bold sans, right-aligned), the link
#    under a 'Full report' margin label too; running foot with the page.
def marginlabels(d):
    out = [r"\documentclass[10pt]{article}", r"\usepackage[a4paper,left=62mm,right=18mm,top=20mm,bottom=22mm,marginparwidth=40mm,marginparsep=6mm]{geometry}",
           r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}", r"\usepackage{marginnote}", r"\usepackage{hyperref}",
           r"\reversemarginpar\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}",
           r"\newcommand{\lab}[1]{\marginnote{\raggedleft\sffamily\small\bfseries #1}}",
           r"\begin{document}", f"\\hspace*{{-46mm}}{{\\Huge\\bfseries {tex(d['heading'])}\\par}}\\medskip", tex(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out.append(f"\\bigskip{{\\Large\\bfseries {tex(e['title'])}\\par}}\\smallskip")
        out.append(r"\lab{Summary}" + tex(e["summary"]) + "\n")
        for lab, lst in groups(e):
            if lab is None: out.append(tex(lst) + "\n"); continue
            out.append(r"\begin{itemize}\setlength{\itemsep}{0pt}" + "".join((f"\\item \\lab{{{tex(lab)}}}" if k == 0 else r"\item ") + tex(it) for k, it in enumerate(lst)) + r"\end{itemize}")
        out.append(f"\\lab{{Full report}}\\href{{{url(d, i)}}}{{{tex(e['link'])}}}\n")
    out += [r"\vfill\footnotesize " + tex(FOOT), r"\end{document}"]
    return "\n".join(out)


# 5. HTML table, one block of rows per review: the first cell (title in bold and the link under it) spans the review's
#    rows (rowspan), a row header cell per part ('Summary', the labels) and the text or a <ul> in the third cell.
def rowspan(d):
    rows = []
    for i, e in enumerate(d["entries"], 1):
        parts = [("Summary", f"<p>{h(curly(e['summary']))}</p>")]
        for lab, lst in groups(e):
            if lab is None: parts.append(("Recommendations", f"<p>{h(curly(lst))}</p>")); continue
            parts.append((lab, "<ul>" + "".join(f"<li>{h(curly(it))}</li>" for it in lst) + "</ul>"))
        first = f'<td rowspan="{len(parts)}" class="review"><strong>{h(e["title"])}</strong><br><a href="{url(d, i)}">{h(e["link"])}</a></td>'
        for k, (lab, cell) in enumerate(parts):
            rows.append("<tr>" + (first if k == 0 else "") + f'<th scope="row">{h(lab)}</th><td>{cell}</td></tr>')
    css = "body{font-family:Georgia,serif;max-width:960px;margin:20px auto} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:6px;vertical-align:top;text-align:left} th[scope=row]{background:#eee;width:160px} td.review{width:230px;background:#f6f2fa}"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style></head><body>'
            f'<h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p><table><thead><tr><th>Review</th><th>Section</th><th>Details</th></tr></thead><tbody>'
            + "\n".join(rows) + f'</tbody></table><p><small>{h(FOOT)}</small></p></body></html>')


# 6. Markdown: every review one item of a single numbered list ('1. **Title**'), the summary an indented paragraph of
#    that item, the labels nested bullet items with the review's items nested one level deeper, the link a last nested item.
def md_nested(d):
    out = [f"# {d['heading']}", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"{i}. **{e['title']}**", "", "   " + curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [f"   - {curly(lst)}"]; continue
            out += [f"   - {lab}"] + [f"     - {curly(it)}" for it in lst]
        out += [f"   - [{e['link']}]({url(d, i)})", ""]
    out += ["---", "", f"*{FOOT}*", ""]
    return "\n".join(out)


# 7. A forwarded plain-text e-mail saved as .txt: RFC 5322 headers with 'Content-Type: text/plain; format=flowed',
#    the forwarder's note, a '-------- Forwarded Message --------' block, then the digest quoted with '> ', wrapped at
#    72 columns with flowed soft breaks (a space before the line end); upper-case digest title, titles in plain lines,
#    own-line labels, '* ' items with two-space continuation lines, 'Read ... (PDF): <url>'.
def email(d):
    y, m = d["month"].split("-")
    def wrap(text, first="", rest=""):
        lines = textwrap.wrap(text, width=70, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False, break_long_words=False)
        return [ln + " " for ln in lines[:-1]] + lines[-1:]
    q = [d["heading"].upper(), "", *wrap(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        q += [e["title"], "", *wrap(curly(e["summary"])), ""]
        for lab, lst in groups(e):
            if lab is None: q += [*wrap(curly(lst)), ""]; continue
            q += [lab]
            for it in lst: q += wrap(curly(it), "* ", "  ")
            q += [""]
        q += [f"{e['link']}: <{url(d, i)}>", ""]
    q += [FOOT]
    head = ["From: Dawn Ellery <d.ellery@example.org>", "To: Safeguarding practice group <practice-group@example.org>",
            f"Subject: Fwd: {d['heading']}", f"Date: Mon, 3 Nov {y} 08:42:17 +0000", f"Message-ID: <fwd-{y}{m}-0342@example.org>",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit", "",
            "Hi all, ", "", "Forwarding this month's case review summaries for Thursday's learning ", "session. Please read the first two before we meet.", "",
            "Dawn", "", "", "-------- Forwarded Message --------", f"Subject: \t{d['heading']}", f"Date: \tFri, 31 Oct {y} 16:05:00 +0000",
            "From: \tNSPCC Learning <newsletter@example.org>", "To: \td.ellery@example.org", "", ""]
    return "\n".join(head + [("> " + ln).rstrip("\n") if ln else ">" for ln in q]) + "\n"


# 8. Hand-written DOCX: Title-style digest title and intro, a Word table of contents (a block content control of the
#    'Table of Contents' gallery holding a TOC field: 'TOC1' paragraphs with hyperlinks to the headings' bookmarks, a
#    dotted right tab and PAGEREF fields), then reviews as Heading 1 (bookmarked), bold labels, bullet items, and the
#    link line 'Read ... (PDF)' ending in an endnote reference whose endnote holds the URL.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def para(text, style=None, num=None, bold=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'


def fld(kind): return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def docx(d, path):
    toc = ['<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>',
           '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Contents</w:t></w:r></w:p>']
    n = len(d["entries"])
    for i, e in enumerate(d["entries"], 1):
        start = (fld("begin") + '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>' + fld("separate")) if i == 1 else ""
        end = fld("end") if i == n else ""
        toc.append(f'<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs></w:pPr>{start}'
                   f'<w:hyperlink w:anchor="_Toc20{i:02d}" w:history="1"><w:r><w:t xml:space="preserve">{x(e["title"])}</w:t></w:r><w:r><w:tab/></w:r>'
                   + fld("begin") + f'<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc20{i:02d} \\h </w:instrText></w:r>' + fld("separate")
                   + f'<w:r><w:t>{i + 1}</w:t></w:r>' + fld("end") + f"</w:hyperlink>{end}</w:p>")
    toc.append("</w:sdtContent></w:sdt>")
    body = [para(d["heading"], "Title"), para(d["intro"]), *toc, para(FOOT)]
    notes = []
    for i, e in enumerate(d["entries"], 1):
        body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pageBreakBefore/></w:pPr><w:bookmarkStart w:id="{i}" w:name="_Toc20{i:02d}"/><w:r><w:t xml:space="preserve">{x(e["title"])}</w:t></w:r><w:bookmarkEnd w:id="{i}"/></w:p>')
        body.append(para(e["summary"]))
        for lab, lst in groups(e):
            if lab is None: body.append(para(lst)); continue
            body.append(para(lab, bold=True))
            body += [para(it, num=1) for it in lst]
        body.append(f'<w:p><w:r><w:t xml:space="preserve">{x(e["link"])}</w:t></w:r><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{i}"/></w:r></w:p>')
        notes.append(f'<w:endnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> {url(d, i)}</w:t></w:r></w:p></w:endnote>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "\n".join(body) + '<w:sectPr><w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
    endnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {W}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
                '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>' + "".join(notes) + "</w:endnotes>")
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    based = '<w:basedOn w:val="Normal"/>'
    st = lambda sid, name, extra="", kind="paragraph": f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based if kind == "paragraph" else ""}{extra}</w:style>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              + st("Title", "Title", '<w:rPr><w:sz w:val="48"/></w:rPr>') + st("Heading1", "heading 1", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr>')
              + st("TOCHeading", "TOC Heading", '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>') + st("TOC1", "toc 1") + st("EndnoteText", "endnote text", '<w:rPr><w:sz w:val="18"/></w:rPr>')
              + st("EndnoteReference", "endnote reference", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', "character") + "</w:styles>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering), ("word/endnotes.xml", endnotes), ("word/_rels/document.xml.rels", docrels)):
            z.writestr(name, data)
    return doc


def render_inputs(B20, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B20.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "writer-toc" in fname:
            open(f"{src}/{base}.fodt", "w").write(fodt(d))
            soffice_pdf(f"{src}/{base}.fodt", inp, tagged=True)
        elif "accordion" in fname:
            open(f"{src}/{base}.html", "w").write(accordion(d))
            chromium(f"{src}/{base}.html", f"{inp}/{fname}")
        elif "2up" in fname:
            open(f"{src}/{base}.a5.tex", "w").write(a5(d))
            with tempfile.TemporaryDirectory() as w:
                a5pdf = pdflatex(f"{src}/{base}.a5.tex", f"{base}.a5", w)
                open(f"{w}/{base}.tex", "w").write(nup(a5pdf))
                os.replace(pdflatex(f"{w}/{base}.tex", base, w), f"{inp}/{fname}")
        elif "marginlabels" in fname:
            open(f"{src}/{base}.tex", "w").write(marginlabels(d))
            with tempfile.TemporaryDirectory() as w:
                os.replace(pdflatex(f"{src}/{base}.tex", base, w), f"{inp}/{fname}")
        elif "rowspan" in fname:
            open(f"{inp}/{fname}", "w").write(rowspan(d))
        elif fname.endswith(".md"):
            open(f"{inp}/{fname}", "w").write(md_nested(d))
        elif "email" in fname:
            open(f"{inp}/{fname}", "w").write(email(d))
        elif "docx" in fname:
            open(f"{src}/{base}.document.xml", "w").write(docx(d, f"{inp}/{fname}"))
        print(fname)
