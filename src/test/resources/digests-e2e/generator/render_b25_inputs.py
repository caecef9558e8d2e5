# Renders the inputs of batch b25 (see render_b25.py and entries_b25.py). Invented material, test fixtures only.
import html, os, shutil, subprocess, tempfile, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def run(cmd, cwd=None, **kw):
    subprocess.run(cmd, check=True, capture_output=True, cwd=cwd, stdin=subprocess.DEVNULL, timeout=600, **kw)


# 1. groff -mm (groff -t -mm -Tpdf): 'OFFICIAL' protective marking centred in the page header and footer of every page
#    (.PH/.PF), the digest heading, intro and a boxed tbl INDEX of the month's reviews (No. | Review | Report) on page 1;
#    the details on the following pages (.bp), each review an unnumbered .HU heading, bold labels, .BL bullet lists,
#    the link text followed by its URL in angle brackets.
def groff_esc(s):
    return s.replace("\\", "\\e").replace("'", "\\(aq").replace("-", "\\-")


def groff_mm(d):
    o = [f'.\\" {FOOT}\n.nr Hy 0\n.nr Hb 2\n.nr Hs 2\n.PH "\'\'OFFICIAL\'\'"\n.PF "\'NSPCC Learning\'OFFICIAL\'Page \\\\\\\\nP\'"\n',
         f".ce\n\\s+6\\fB{groff_esc(d['heading'])}\\fP\\s0\n.SP 2\n.P\n{groff_esc(d['intro'])}\n.SP\n.ce\n\\fBIn this digest\\fP\n.SP\n",
         ".TS\nbox center tab(|);\ncb | lb | lb\nc | l | l.\nNo.|Review|Report\n_\n"]
    for i, e in enumerate(d["entries"], 1):
        o.append(f"{i}|{groff_esc(e['title'])}|{groff_esc(e['link'].replace('Read ', '').replace(' (PDF)', ''))}\n")
    o.append(".TE\n.SP 2\n.P\nThe summaries of these reviews are on the following pages.\n.bp\n")
    for i, e in enumerate(d["entries"], 1):
        o.append(f".HU \"{groff_esc(e['title'])}\"\n.P\n{groff_esc(e['summary'])}\n")
        for lab, lst in groups(e):
            if lab is None: o.append(f".P\n{groff_esc(lst)}\n"); continue
            o.append(f".P\n\\fB{groff_esc(lab)}\\fP\n.BL\n" + "".join(f".LI\n{groff_esc(it)}\n" for it in lst) + ".LE\n")
        o.append(f".P\n{groff_esc(e['link'])} <{url(d, i)}>\n.SP\n")
    o.append(f".P\n\\fI{groff_esc(FOOT)}\\fP\n")
    return "".join(o)


def groff_pdf(src, pdf):
    with open(pdf, "wb") as f:
        subprocess.run(["groff", "-t", "-mm", "-Tpdf", "-dpaper=a4", "-P-pa4", src], check=True, stdout=f, stdin=subprocess.DEVNULL, timeout=300)


# 2. rst2pdf: the digest title as the document title, the intro, then the reviews separated ONLY by transitions (horizontal
#    rules); each review's title a plain paragraph in the body font (no heading, no bold), labels plain paragraphs ending in a
#    colon, '-' bullet lists, an anonymous hyperlink; header 'NSPCC Learning · <title>' and footer 'Page N' from rst2pdf's
#    header/footer directives.
def rst(d):
    o = [f".. {FOOT}\n\n", f".. header::\n\n   NSPCC Learning - {d['heading']}\n\n.. footer::\n\n   Page ###Page###\n\n",
         "=" * len(d["heading"]) + f"\n{d['heading']}\n" + "=" * len(d["heading"]) + "\n\n", f"{d['intro']}\n\n"]
    for i, e in enumerate(d["entries"], 1):
        o.append("----------\n\n" + f"{e['title']}\n\n{e['summary']}\n\n")
        for lab, lst in groups(e):
            if lab is None: o.append(f"{lst}\n\n"); continue
            o.append(f"{lab}\n\n" + "".join(f"- {it}\n" for it in lst) + "\n")
        o.append(f"`{e['link']} <{url(d, i)}>`__\n\n")
    o.append(f"----------\n\n*{FOOT}*\n")
    return "".join(o)


def rst_pdf(src, pdf):
    run(["rst2pdf", src, "-o", pdf])


# 3. An A5 booklet (pdflatex article on a5paper, running head with the digest title and the A5 page number) imposed 2-up,
#    in reading order, on A4 landscape sheets by pdfjam (--nup 2x1): each PDF page holds two A5 pages side by side.
def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "\u2019").replace("#", "\\#")


def a5_tex(d):
    b = []
    for i, e in enumerate(d["entries"], 1):
        b.append(f"\\subsection*{{{tex_esc(e['title'])}}}\n{tex_esc(e['summary'])}\n")
        for lab, lst in groups(e):
            if lab is None: b.append(f"\n{tex_esc(lst)}\n"); continue
            b.append(f"\n\\noindent\\textbf{{{tex_esc(lab)}}}\n\\begin{{itemize}}\n" + "".join(f"\\item {tex_esc(it)}\n" for it in lst) + "\\end{itemize}\n")
        b.append(f"\n\\noindent\\href{{{url(d, i)}}}{{{tex_esc(e['link'])}}}\n")
    return (f"% {FOOT}\n\\documentclass[10pt,a5paper]{{article}}\n\\usepackage[T1]{{fontenc}}\\usepackage{{lmodern}}\n"
            "\\usepackage[a5paper,margin=16mm]{geometry}\n\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}"
            f"\\fancyhead[L]{{\\footnotesize {tex_esc(d['heading'])}}}\\fancyhead[R]{{\\footnotesize\\thepage}}\n"
            "\\usepackage{hyperref}\n\\begin{document}\n"
            f"\\begin{{center}}{{\\Large\\bfseries {tex_esc(d['heading'])}}}\\\\[2mm]{{\\small NSPCC Learning}}\\end{{center}}\n\n{tex_esc(d['intro'])}\n\n"
            + "".join(b) + f"\n\\vspace{{4mm}}\\noindent{{\\footnotesize\\itshape {tex_esc(FOOT)}}}\n\\end{{document}}\n")


def booklet_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        shutil.copy(src, f"{t}/digest.tex")
        for _ in range(2): run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "digest.tex"], cwd=t)
        run(["pdfjam", "--nup", "2x1", "--landscape", "--a4paper", "--outfile", f"{t}/out.pdf", f"{t}/digest.pdf"], cwd=t)
        shutil.move(f"{t}/out.pdf", pdf)


# 4. A scanned digest: typeset by groff -me (two-line masthead, section-like bold titles, bullets drawn as \(bu), rasterised
#    at 200 dpi in grey, slightly rotated and speckled as a photocopy would be (ImageMagick), wrapped as image-only PDF pages (img2pdf)
#    and given an OCR text layer by ocrmypdf (tesseract, eng). The text layer is the only text the file holds.
def groff_me(d):
    o = [f'.\\" {FOOT}\n.nr pp 11\n.nr tp 11\n.nr hm 3v\n.he \'\'NSPCC Learning\'\'\n.fo \'\'- % -\'\'\n',
         f".ce\n\\s16\\fB{groff_esc(d['heading'])}\\fP\\s0\n.sp 1\n.pp\n{groff_esc(d['intro'])}\n"]
    for i, e in enumerate(d["entries"], 1):
        o.append(f".sp 1\n.lp\n\\s13\\fB{groff_esc(e['title'])}\\fP\\s0\n.pp\n{groff_esc(e['summary'])}\n")
        for lab, lst in groups(e):
            if lab is None: o.append(f".pp\n{groff_esc(lst)}\n"); continue
            o.append(f".lp\n\\fB{groff_esc(lab)}\\fP\n" + "".join(f".ip \\(bu 3n\n{groff_esc(it)}\n" for it in lst))
        o.append(f".lp\n{groff_esc(e['link'])}: {url(d, i)}\n")
    o.append(f".sp 1\n.lp\n\\fI{groff_esc(FOOT)}\\fP\n")
    return "".join(o)


def scanned_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        with open(f"{t}/clean.pdf", "wb") as f:
            subprocess.run(["groff", "-me", "-Tpdf", "-dpaper=a4", "-P-pa4", src], check=True, stdout=f, stdin=subprocess.DEVNULL, timeout=300)
        run(["pdftoppm", "-r", "200", "-gray", "-png", f"{t}/clean.pdf", f"{t}/p"])
        pages = sorted(p for p in os.listdir(t) if p.startswith("p") and p.endswith(".png"))
        for k, p in enumerate(pages):
            run(["convert", f"{t}/{p}", "-rotate", ["0.6", "-0.4", "0.3"][k % 3], "-background", "white", "-attenuate", "0.25", "+noise", "Gaussian",
                 "-level", "8%,95%", "-units", "PixelsPerInch", "-density", "200", f"{t}/s{k}.png"])
        run(["/usr/bin/python3", "-c", "import sys, img2pdf\nopen(sys.argv[1], 'wb').write(img2pdf.convert(sys.argv[2:]))", f"{t}/scan.pdf"] + [f"{t}/s{k}.png" for k in range(len(pages))])
        run(["ocrmypdf", "-l", "eng", "--output-type", "pdf", "--optimize", "0", f"{t}/scan.pdf", pdf])


# 5. A DOCX (HTML -> LibreOffice 'MS Word 2007 XML') whose reviews are each a two-column key/value TABLE (shaded bold key
#    cells: Title | ..., Summary | ..., Learning | bullets, Recommendations | bullets, Good practice | bullets, Report | link),
#    exported to PDF by LibreOffice from the DOCX (writer_pdf_Export, untagged).
def keyvalue_html(d):
    o = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{h(d['heading'])}</title><style>body{{font-family:'Liberation Sans';font-size:10.5pt}}"
         "table{border-collapse:collapse;width:15.5cm;margin-bottom:14pt}td{border:1px solid #777;padding:4pt;vertical-align:top}"
         "td.k{background:#e4e9f2;font-weight:bold;width:3.6cm}</style></head><body>",
         f"<p style='font-size:18pt;font-weight:bold'>{h(d['heading'])}</p><p>{h(d['intro'])}</p>"]
    keys = {"Learning": "Learning", "Recommendations": "Recommendations", "Identifies": "Good practice", "Good": "Good practice"}
    for i, e in enumerate(d["entries"], 1):
        rows = [("Title", f"<b>{h(e['title'])}</b>"), ("Summary", h(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: rows.append(("Recommendations", h(lst))); continue
            rows.append((keys[lab.split()[0]], "<ul>" + "".join(f"<li>{h(it)}</li>" for it in lst) + "</ul>"))
        rows.append(("Report", f"<a href='{url(d, i)}'>{h(e['link'])}</a>"))
        o.append("<table width='587'><col width='136'><col width='451'>" + "".join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
    o.append(f"<p><i>{h(FOOT)}</i></p></body></html>")
    return "".join(o)


def keyvalue_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        shutil.copy(src, f"{t}/digest.html")
        prof = f"-env:UserInstallation=file://{t}/lo"
        run(["soffice", prof, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", t, f"{t}/digest.html"])
        run(["soffice", prof, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", f"{t}/pdf", f"{t}/digest.docx"])
        shutil.move(f"{t}/pdf/digest.pdf", pdf)


# 6. xhtml2pdf (Debian python3-xhtml2pdf, ReportLab underneath): @page frames — an 'OFFICIAL' marking frame at the top and
#    a footer frame on every page, a narrow left SIDEBAR frame 'In this issue' listing the reviews' titles (and a helpline
#    box), the main frame with the heading, intro and the reviews (h2 titles, bold labels, bullet lists), each review's
#    link a shaded 'Read the full report' button (a one-cell table).
def xhtml(d):
    side = "".join(f"<p class='si'>{h(e['title'])}</p>" for e in d["entries"])
    o = ["<html><head><meta charset='utf-8'><style>"
         "@page{size:a4 portrait;@frame mark{-pdf-frame-content:markc;left:40pt;right:40pt;top:18pt;height:20pt}"
         "@frame side{-pdf-frame-content:sidec;left:40pt;width:130pt;top:60pt;height:400pt}"
         "@frame main{left:190pt;right:40pt;top:60pt;bottom:60pt}"
         "@frame foot{-pdf-frame-content:footc;left:40pt;right:40pt;bottom:20pt;height:24pt}}"
         "body{font-family:Helvetica;font-size:10pt}h1{font-size:18pt}h2{font-size:12.5pt;color:#1d3f6e;margin-top:12pt}"
         "#markc{text-align:center;font-weight:bold;font-size:9pt}#footc{font-size:8pt;color:#555}"
         "#sidec{background-color:#eef2f7;padding:6pt}.sh{font-weight:bold;font-size:11pt}.si{font-size:8.5pt;margin-bottom:5pt}"
         "td.btn{background-color:#1d3f6e;padding:4pt;text-align:center}td.btn a{color:#ffffff;font-weight:bold;text-decoration:none}"
         "</style></head><body>",
         "<div id='markc'>OFFICIAL</div>",
         f"<div id='footc'>NSPCC Learning | {h(d['heading'])} | learning.nspcc.org.uk</div>",
         f"<div id='sidec'><p class='sh'>In this issue</p>{side}<p class='si'>Worried about a child? Contact the NSPCC Helpline on 0808 800 5000.</p></div>",
         f"<h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        o.append(f"<h2>{h(e['title'])}</h2><p>{h(e['summary'])}</p>")
        for lab, lst in groups(e):
            if lab is None: o.append(f"<p>{h(lst)}</p>"); continue
            o.append(f"<p><b>{h(lab)}</b></p><ul>" + "".join(f"<li>{h(it)}</li>" for it in lst) + "</ul>")
        o.append(f"<table width='40%'><tr><td class='btn'><a href='{url(d, i)}'>Read the full report</a></td></tr></table>")
    o.append(f"<p><i>{h(FOOT)}</i></p></body></html>")
    return "".join(o)


def xhtml_pdf(src, pdf):
    run(["/usr/bin/python3", "-c", "import sys\nfrom xhtml2pdf import pisa\nr=pisa.CreatePDF(open(sys.argv[1],encoding='utf-8').read(),dest=open(sys.argv[2],'wb'),encoding='utf-8')\nsys.exit(1 if r.err else 0)", src, pdf])


# 7. A DOCX written by this script (zipfile + WordprocessingML) as a form template fills it: every review a block-level CONTENT
#    CONTROL (w:sdt, tag 'Review') holding nested content controls — Title (Heading 2 paragraph), Summary, Learning and
#    Recommendations (rich text controls holding a label paragraph and bullet paragraphs), Report link — plus an unfilled
#    'Keywords' control still showing its placeholder text ('Click or tap here to enter text.').
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def wp(text, style=None, bold=False, num=False):
    ppr = (f"<w:pStyle w:val='{style}'/>" if style else "") + ("<w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr>" if num else "")
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}<w:r>{'<w:rPr><w:b/></w:rPr>' if bold else ''}<w:t xml:space='preserve'>{h(text)}</w:t></w:r></w:p>"


_IDS = iter(range(501001, 599999))


def sdt(tag, inner, alias=None, placeholder=False):
    return (f"<w:sdt><w:sdtPr><w:alias w:val='{alias or tag}'/><w:tag w:val='{tag}'/>{'<w:showingPlcHdr/>' if placeholder else ''}"
            f"<w:id w:val='{next(_IDS)}'/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>")


def contentcontrols_docx(d, path):
    body, rels = [wp(d["heading"], "Heading1"), wp(d["intro"])], []
    for i, e in enumerate(d["entries"], 1):
        parts = [sdt("Title", wp(e["title"], "Heading2")), sdt("Summary", wp(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: parts.append(sdt("Recommendations", wp(lst))); continue
            tag = {"L": "Learning", "R": "Recommendations"}.get(lab[0], "GoodPractice")
            parts.append(sdt(tag, wp(lab, bold=True) + "".join(wp(it, num=True) for it in lst)))
        rels.append(f"<Relationship Id='rIdL{i}' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink' Target='{url(d, i)}' TargetMode='External'/>")
        parts.append(sdt("Report", f"<w:p><w:hyperlink r:id='rIdL{i}'><w:r><w:rPr><w:rStyle w:val='Hyperlink'/></w:rPr><w:t>{h(e['link'])}</w:t></w:r></w:hyperlink></w:p>"))
        parts.append(sdt("Keywords", wp("Click or tap here to enter text.", "PlaceholderPara"), placeholder=True))
        body.append(sdt("Review", "".join(parts), alias=f"Review {i}"))
    body.append(wp(FOOT))
    doc = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document xmlns:w='{W}' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
           f"<w:body>{''.join(body)}<w:sectPr><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1440' w:right='1300' w:bottom='1440' w:left='1300' w:header='708' w:footer='708' w:gutter='0'/></w:sectPr></w:body></w:document>")
    styles = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:styles xmlns:w='{W}'>"
              "<w:style w:type='paragraph' w:default='1' w:styleId='Normal'><w:name w:val='Normal'/><w:rPr><w:sz w:val='22'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Heading1'><w:name w:val='heading 1'/><w:basedOn w:val='Normal'/><w:pPr><w:outlineLvl w:val='0'/></w:pPr><w:rPr><w:b/><w:sz w:val='36'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Heading2'><w:name w:val='heading 2'/><w:basedOn w:val='Normal'/><w:pPr><w:outlineLvl w:val='1'/></w:pPr><w:rPr><w:b/><w:sz w:val='28'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='PlaceholderPara'><w:name w:val='Placeholder Paragraph'/><w:basedOn w:val='Normal'/><w:rPr><w:color w:val='808080'/></w:rPr></w:style>"
              "<w:style w:type='character' w:styleId='Hyperlink'><w:name w:val='Hyperlink'/><w:rPr><w:color w:val='0563C1'/><w:u w:val='single'/></w:rPr></w:style></w:styles>")
    numbering = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:numbering xmlns:w='{W}'><w:abstractNum w:abstractNumId='0'><w:lvl w:ilvl='0'>"
                 "<w:start w:val='1'/><w:numFmt w:val='bullet'/><w:lvlText w:val='\u2022'/><w:lvlJc w:val='left'/><w:pPr><w:ind w:left='720' w:hanging='360'/></w:pPr></w:lvl></w:abstractNum>"
                 "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num></w:numbering>")
    ct = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
          "<Override PartName='/word/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'/>"
          "<Override PartName='/word/numbering.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'/></Types>")
    root = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/></Relationships>")
    drels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
             "<Relationship Id='rIdS' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles' Target='styles.xml'/>"
             "<Relationship Id='rIdN' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering' Target='numbering.xml'/>" + "".join(rels) + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", drels)):
            z.writestr(zipfile.ZipInfo(name, (2025, 8, 1, 9, 0, 0)), data)


# 8. A feed reader's HTML export of the digest feed: reader chrome (export header, feed URL, item count), the channel title
#    (the digest heading) and description (the intro), then one <article class='entry'> per feed item: the title as a
#    link in an h3, a 'Published ... · learning.nspcc.org.uk' meta line, and the item's content as the reader flattens it —
#    the summary paragraph, then each label and its items in ONE paragraph joined by <br> with typed '• ' bullets.
def feed_html(d):
    o = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Export - NSPCC Learning case reviews feed</title></head><body>",
         f"<!-- {h(FOOT)} -->",
         "<header class='reader'><p>Exported from Feedbox Reader on 3 August 2024 &middot; 3 items</p>"
         "<p>Feed: <a href='https://learning.nspcc.org.uk/feeds/case-reviews.xml'>https://learning.nspcc.org.uk/feeds/case-reviews.xml</a></p></header>",
         f"<main><h2 class='channel'>{h(d['heading'])}</h2><p class='channel-desc'>{h(d['intro'])}</p>"]
    y, m = d["month"].split("-")
    for i, e in enumerate(d["entries"], 1):
        c = [f"<p>{h(e['summary'])}</p>"]
        for lab, lst in groups(e):
            if lab is None: c.append(f"<p>{h(lst)}</p>"); continue
            c.append("<p>" + h(lab) + "<br>" + "<br>".join(f"\u2022 {h(it)}" for it in lst) + "</p>")
        c.append(f"<p><a href='{url(d, i)}'>{h(e['link'])}</a></p>")
        o.append(f"<article class='entry'><h3><a href='{url(d, i)}'>{h(e['title'])}</a></h3>"
                 f"<div class='meta'>Published {2 + 7 * i} {['January','February','March','April','May','June','July','August','September','October','November','December'][int(m) - 1]} {y} &middot; learning.nspcc.org.uk</div>"
                 f"<div class='content'>{''.join(c)}</div></article>")
    o.append(f"</main><footer><p>{h(FOOT)}</p></footer></body></html>")
    return "".join(o)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        stem, inp = fname.rsplit(".", 1)[0], f"{out}/input/{fname}"
        if "groff-mm" in fname:
            src = f"{out}/source/{stem}.mm"; open(src, "w").write(groff_mm(d)); groff_pdf(src, inp)
        elif "rst2pdf" in fname:
            src = f"{out}/source/{stem}.rst"; open(src, "w").write(rst(d)); rst_pdf(src, inp)
        elif "pdfjam" in fname:
            src = f"{out}/source/{stem}.tex"; open(src, "w").write(a5_tex(d)); booklet_pdf(src, inp)
        elif "ocr-scanned" in fname:
            src = f"{out}/source/{stem}.me"; open(src, "w").write(groff_me(d)); scanned_pdf(src, inp)
        elif "keyvalue" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(keyvalue_html(d)); keyvalue_pdf(src, inp)
        elif "xhtml2pdf" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(xhtml(d)); xhtml_pdf(src, inp)
        elif "contentcontrols" in fname:
            contentcontrols_docx(d, inp)
        elif "feedreader" in fname:
            open(inp, "w").write(feed_html(d))
