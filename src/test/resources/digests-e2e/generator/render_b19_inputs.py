# Renders the inputs of batch b19 (see render_b19.py and entries_b19.py). Invented material, test fixtures only.
import html, os, subprocess, tempfile, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries prepared for testing: every child, family and place in this digest is invented."


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


# 1. reStructuredText -> docutils rst2html5: the digest title is the document title, every review a section, labels as
#    `.. rubric::` directives (a <p class="rubric">), items '-' bullets, the link an anonymous hyperlink; a `.. note::`
#    admonition with the invented-material line; a field list (Published / Source) under the title.
def rst(d):
    t = d["heading"]
    out = ["=" * len(t), t, "=" * len(t), "", ":Published: " + d["month"], ":Source: NSPCC Learning, case review summaries", "",
           d["intro"], "", ".. note::", "", "   " + FOOT, ""]
    for i, e in enumerate(d["entries"], 1):
        out += [e["title"], "-" * len(e["title"]), "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [curly(lst), ""]; continue
            out += [f".. rubric:: {lab}", ""] + [f"- {curly(x)}" for x in lst] + [""]
        out += [f"`{e['link']} <{url(d, i)}>`__", ""]
    return "\n".join(out)


# 2. AsciiDoc -> asciidoctor 2.0 (standalone HTML, default stylesheet, table of contents on the left): reviews as `==`
#    sections, each list carrying its label as a block title ('.Learning includes:' -> <div class="title">), '*' items,
#    the link as `link:url[text]`, a sidebar block '****' holding the invented-material note.
def adoc(d):
    out = [f"= {d['heading']}", "NSPCC Learning", ":toc: left", ":toc-title: In this update", ":sectanchors:", "", d["intro"], "",
           ".About these summaries", "****", FOOT, "****", ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"== {e['title']}", "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [curly(lst), ""]; continue
            out += [f".{lab}"] + [f"* {curly(x)}" for x in lst] + [""]
        out += [f"link:{url(d, i)}[{e['link']}]", ""]
    return "\n".join(out)


# 3. UTF-16LE text with a BOM and CRLF line ends (as saved by Notepad 'Unicode'): the heading underlined with '=',
#    titles preceded by a '—' rule line, summaries tab-indented, own-line labels, items '\t•\t' bullets, 'Read ...: <url>'.
def utf16(d):
    out = [d["heading"], "=" * len(d["heading"]), "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += ["\u2014" * 40, e["title"], "", "\t" + curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += ["\t" + curly(lst), ""]; continue
            out += [lab] + [f"\t\u2022\t{curly(x)}" for x in lst] + [""]
        out += [f"{e['link']}: <{url(d, i)}>", ""]
    out += ["\u2014" * 40, FOOT, ""]
    return "\ufeff" + "\r\n".join(out)


# 4. HTML newsletter of CSS grid cards: an 'In this issue' list of the review titles (links to the cards) first, then a
#    two-column grid of <article class="card">; each card's title a <div class="card__title"> inside a link, a coloured
#    tag line ('Practice review · 2026'), labels as <span class="pill"> pills, items <ul>, a 'Read' button link.
def gridcards(d):
    css = """body{font-family:Arial,sans-serif;background:#f4f1f8;margin:0} .wrap{max-width:980px;margin:auto;padding:24px}
.masthead{background:#5b2a86;color:#fff;padding:18px 24px;font-size:26px;font-weight:bold}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:20px}
.card{background:#fff;border-radius:10px;box-shadow:0 2px 6px #0002;padding:18px} .card__title{font-size:19px;font-weight:bold;color:#5b2a86}
.tag{font-size:12px;color:#777;text-transform:uppercase} .pill{display:inline-block;background:#e7dcf2;border-radius:12px;padding:2px 10px;font-size:13px;font-weight:bold;margin-top:10px}
.btn{display:inline-block;background:#5b2a86;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none;margin-top:12px}"""
    toc = "".join(f'<li><a href="#r{i}">{h(e["title"])}</a></li>' for i, e in enumerate(d["entries"], 1))
    cards = []
    for i, e in enumerate(d["entries"], 1):
        body = [f'<article class="card" id="r{i}"><div class="tag">Case review &middot; {d["month"][:4]}</div>',
                f'<a href="{url(d, i)}" style="text-decoration:none"><div class="card__title">{h(e["title"])}</div></a>',
                f'<p>{h(curly(e["summary"]))}</p>']
        for lab, lst in groups(e):
            if lab is None: body.append(f"<p>{h(curly(lst))}</p>"); continue
            body.append(f'<span class="pill">{h(lab)}</span><ul>' + "".join(f"<li>{h(curly(x))}</li>" for x in lst) + "</ul>")
        body.append(f'<a class="btn" href="{url(d, i)}">{h(e["link"])}</a></article>')
        cards.append("\n".join(body))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style></head><body>'
            f'<div class="masthead">NSPCC Learning</div><div class="wrap"><h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p>'
            f'<nav class="toc"><strong>In this issue</strong><ol>{toc}</ol></nav><section class="grid">' + "\n".join(cards) +
            f'</section><footer><p><small>{h(FOOT)} You are receiving this newsletter because you subscribed to NSPCC Learning updates. <a href="#">Unsubscribe</a></small></p></footer></div></body></html>')


# 5. Markdown with closed ATX headings ('### Title ###'), HTML entities for quotes and dashes (&rsquo; &ndash; &amp;),
#    bold labels, '1)' ordered lists, the link as an autolinked URL after the link text.
def ent(s): return s.replace("&", "&amp;").replace("'", "&rsquo;").replace(" – ", " &ndash; ")


def md_entities(d):
    out = [f"# {ent(d['heading'])} #", "", ent(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"### {ent(e['title'])} ###", "", ent(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [ent(lst), ""]; continue
            out += [f"**{ent(lab)}**", ""] + [f"{k}) {ent(x)}" for k, x in enumerate(lst, 1)] + [""]
        out += [f"{ent(e['link'])}: <{url(d, i)}>", "", "- - -", ""]
    out += [f"_{ent(FOOT)}_", ""]
    return "\n".join(out)


# 6. Hand-written DOCX: the digest title and intro inside a floating text box (VML v:textbox / w:txbxContent, the way
#    Word writes a legacy text box), reviews as Heading 2, bold labels, bullet items (w:numPr), w:hyperlink links, and Word
#    comments (comments.xml; commentRangeStart/End + commentReference) on a title, a summary and an item.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
COMMENTS = ["Check the title against the library record before this goes out.", "Can we shorten this summary? It is longer than the others.", "Is this wording agreed with the partnership?"]


def x(s): return h(curly(s), quote=False)


def para(text, style=None, num=None, bold=False, cid=None):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'
    if cid is not None:
        run = f'<w:commentRangeStart w:id="{cid}"/>{run}<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>'


def docx(d, path):
    box = (f'<w:p><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:450pt;height:90pt;z-index:1" fillcolor="#5b2a86" stroked="f">'
           f'<v:textbox><w:txbxContent>{para(d["heading"], "Title")}{para(d["intro"])}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    body, rels, cidx = [box, para(""), para(""), para("")], [], 0
    for i, e in enumerate(d["entries"], 1):
        body.append(para(e["title"], "Heading2", cid=0 if i == 1 else None))
        body.append(para(curly(e["summary"]), cid=1 if i == 2 else None))
        for gi, (lab, lst) in enumerate(groups(e)):
            if lab is None: body.append(para(lst)); continue
            body.append(para(lab, bold=True))
            for k, it in enumerate(lst):
                body.append(para(it, num=1, cid=2 if (i == 3 and gi == 0 and k == 0) else None))
        rels.append(f'<Relationship Id="rId{10 + i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        body.append(f'<w:p><w:hyperlink r:id="rId{10 + i}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{x(e["link"])}</w:t></w:r></w:hyperlink></w:p>')
    body.append(para(FOOT))
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "\n".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
    comments = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>' + "".join(
        f'<w:comment w:id="{k}" w:author="Editor" w:date="2025-12-01T09:00:00Z" w:initials="ED"><w:p><w:r><w:t xml:space="preserve">{x(c)}</w:t></w:r></w:p></w:comment>' for k, c in enumerate(COMMENTS)) + "</w:comments>"
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style></w:styles>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    docrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' + "".join(rels) + "</Relationships>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering), ("word/comments.xml", comments), ("word/_rels/document.xml.rels", docrels)):
            z.writestr(name, data)
    return doc


# 7. LaTeX beamer (default theme, 4:3, navigation symbols on): a title frame (digest title, 'NSPCC Learning', the month),
#    an intro frame, then every review over two frames: the first has the title as frame title and the summary, the
#    second is titled '<title> (continued)' and holds the lists in beamer `block`s whose titles are the labels.
def tex(s):
    s = curly(s)
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def beamer(d):
    out = [r"\documentclass[11pt]{beamer}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}",
           r"\usepackage{hyperref}", f"\\title{{{tex(d['heading'])}}}", r"\author{NSPCC Learning}", f"\\date{{{d['month']}}}",
           r"\begin{document}", r"\begin{frame}\titlepage\end{frame}", r"\begin{frame}{About this briefing}" + tex(d["intro"]) + r"\end{frame}"]
    for i, e in enumerate(d["entries"], 1):
        out.append(f"\\begin{{frame}}{{{tex(e['title'])}}}\\small {tex(e['summary'])}\\end{{frame}}")
        blocks = []
        for lab, lst in groups(e):
            if lab is None: blocks.append(tex(lst)); continue
            blocks.append(f"\\begin{{block}}{{{tex(lab)}}}\\begin{{itemize}}" + "".join(f"\\item {tex(x)}" for x in lst) + r"\end{itemize}\end{block}")
        out.append(f"\\begin{{frame}}{{{tex(e['title'])} (continued)}}\\footnotesize " + "".join(blocks) + f"\\href{{{url(d, i)}}}{{{tex(e['link'])}}}\\end{{frame}}")
    out += [r"\begin{frame}{About these summaries}" + tex(FOOT) + r"\end{frame}", r"\end{document}"]
    return "\n".join(out)


# 8. Chromium PDF, A4, a page grid with a 58 mm shaded sidebar on the left of page 1 ('In this issue' with the numbered
#    review titles, 'About these summaries', 'Contact us') and the reviews in the main column (h2 titles, bold labels,
#    bullet lists, link last); the sidebar is in the HTML before the main column.
def sidebar(d):
    css = """@page{size:A4;margin:14mm} body{font:10pt/1.4 "DejaVu Sans",sans-serif;margin:0} .page{display:grid;grid-template-columns:58mm 1fr;gap:8mm}
aside{background:#efe8f6;padding:5mm;font-size:9pt;align-self:start} aside h3{font-size:10pt;color:#5b2a86;margin:3mm 0 1mm}
h1{font-size:20pt;color:#5b2a86;margin:0 0 3mm} h2{font-size:13pt;color:#5b2a86;margin:6mm 0 2mm} .lab{font-weight:bold;margin:2mm 0 0}"""
    toc = "".join(f"<li>{h(e['title'])}</li>" for e in d["entries"])
    main = [f"<h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        main.append(f"<h2>{h(e['title'])}</h2><p>{h(curly(e['summary']))}</p>")
        for lab, lst in groups(e):
            if lab is None: main.append(f"<p>{h(curly(lst))}</p>"); continue
            main.append(f'<p class="lab">{h(lab)}</p><ul>' + "".join(f"<li>{h(curly(x))}</li>" for x in lst) + "</ul>")
        main.append(f'<p><a href="{url(d, i)}">{h(e["link"])}</a></p>')
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style></head><body><div class="page">'
            f'<aside><h3>In this issue</h3><ol>{toc}</ol><h3>About these summaries</h3><p>{h(FOOT)} The summaries give the key points of each review; read the full report for the detail.</p>'
            f'<h3>Contact us</h3><p>NSPCC Learning<br>Weston House<br>learning@example.org</p></aside><main>' + "".join(main) + "</main></div></body></html>")


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", html_path], check=True, capture_output=True)


def render_inputs(B19, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B19.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "rst-docutils" in fname:
            open(f"{src}/{base}.rst", "w").write(rst(d))
            subprocess.run(["rst2html5", "--no-generator", "--no-datestamp", "--no-source-link", f"{src}/{base}.rst", f"{inp}/{fname}"], check=True)
        elif "asciidoctor" in fname:
            open(f"{src}/{base}.adoc", "w").write(adoc(d))
            subprocess.run(["asciidoctor", "-a", "reproducible", "-o", f"{inp}/{fname}", f"{src}/{base}.adoc"], check=True)
        elif "utf16" in fname:
            open(f"{inp}/{fname}", "wb").write(utf16(d).encode("utf-16-le"))
        elif "gridcards" in fname:
            open(f"{inp}/{fname}", "w").write(gridcards(d))
        elif fname.endswith(".md"):
            open(f"{inp}/{fname}", "w").write(md_entities(d))
        elif "docx" in fname:
            open(f"{src}/{base}.document.xml", "w").write(docx(d, f"{inp}/{fname}"))
        elif "beamer" in fname:
            open(f"{src}/{base}.tex", "w").write(beamer(d))
            with tempfile.TemporaryDirectory() as w:
                for _ in range(2):
                    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={w}", f"{src}/{base}.tex"], check=True, capture_output=True)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        elif "sidebar" in fname:
            open(f"{src}/{base}.html", "w").write(sidebar(d))
            chromium(f"{src}/{base}.html", f"{inp}/{fname}")
        print(fname)
