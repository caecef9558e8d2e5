# Renders the inputs of batch b15 (see render_b15.py and entries_b15.py). Invented material, test fixtures only.
import glob, html, os, re, subprocess, tempfile, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
NOTE = "All of the children, families and places below are invented for testing."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/review.pdf"


def inline(items):
    if len(items) == 1: return items[0] + "."
    return "; ".join(items[:-1]) + "; and " + items[-1] + "."


def curly(s): return s.replace("'", "\u2019")


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["good"]: out.append((e["lab"][2], e["good"]))
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    return out


# 1. WeasyPrint: CSS paged media, <section> per review with a coloured left border, labels run in, in small capitals
#    (upper case at 8pt, letter-spaced, as WeasyPrint 57 does not synthesise font-variant small caps), inside
#    the summary paragraph (learning) and the next paragraph (recommendations); running head and page numbers from @page.
def weasy(d):
    css = """@page { size: A4; margin: 22mm 20mm; @top-left { content: "NSPCC Learning"; font: 8pt sans-serif; color: #666 }
 @top-right { content: "%s"; font: 8pt sans-serif; color: #666 } @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif } }
body { font: 10.5pt/1.45 "DejaVu Serif", serif } h1 { font: bold 20pt sans-serif; color: #5b2a86 }
section { border-left: 5px solid #e4007c; padding: 2pt 0 2pt 12pt; margin: 0 0 14pt 0 }
section h2 { font: bold 12.5pt sans-serif; margin: 0 0 4pt 0 } section { break-inside: auto } .lab { text-transform: uppercase; font-size: 8pt; letter-spacing: .06em; font-weight: bold; color: #5b2a86 }
p { margin: 0 0 5pt 0 } a { color: #0b5ea8 }""" % d["heading"]
    body = []
    for i, e in enumerate(d["entries"], 1):
        g = groups(e)
        first = f"{h(curly(e['summary']))} <span class=\"lab\">{h(g[0][0])}</span> {h(curly(inline(g[0][1])))}"
        rest = "".join(f"<p><span class=\"lab\">{h(lab)}</span> {h(curly(inline(lst)))}</p>\n" if lab else f"<p>{h(curly(lst))}</p>\n" for lab, lst in g[1:])
        body.append(f"<section>\n<h2>{h(e['title'])}</h2>\n<p>{first}</p>\n{rest}<p><a href=\"{url(d, i)}\">{h(e['link'])}</a></p>\n</section>")
    return f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{h(d['heading'])}</title><style>{css}</style></head><body>\n<h1>{h(d['heading'])}</h1>\n<p>{h(d['intro'])}</p>\n" + "\n".join(body) + "\n</body></html>\n"


# 2. Chromium: linked titles, the link to the report last ('Read the full report'), a fixed running header naming the
#    month on every page, two reviews on page 1 and a forced page break inside the second review's learning list.
def chromium_linked(d):
    css = """@page { size: A4; margin: 24mm 18mm 18mm 18mm } body { font: 11pt/1.5 Arial, sans-serif; margin: 0 }
.run { position: fixed; top: -16mm; left: 0; right: 0; font-size: 8pt; color: #555; border-bottom: 1px solid #ccc }
h1 { font-size: 20pt } h2 { font-size: 13pt; margin: 16pt 0 4pt } h2 a { color: #00558c; text-decoration: none }
.lab { font-weight: bold; margin: 6pt 0 2pt } ul { margin: 0 0 4pt 0 } li.brk { break-before: page }
.more a { color: #00558c }"""
    body = []
    for i, e in enumerate(d["entries"], 1):
        parts = [f"<article>\n<h2><a href=\"https://learning.nspcc.org.uk/case-reviews/{d['month']}/{i}\">{h(e['title'])}</a></h2>\n<p>{h(curly(e['summary']))}</p>"]
        for lab, lst in groups(e):
            if lab is None: parts.append(f"<p>{h(curly(lst))}</p>"); continue
            brk = ' class="brk"'
            lis = "".join(f"<li{brk if (i == 2 and lab == e['lab'][0] and k == 1) else ''}>{h(curly(it))}</li>" for k, it in enumerate(lst))
            parts.append(f"<p class=\"lab\">{h(lab)}</p>\n<ul>{lis}</ul>")
        parts.append(f"<p class=\"more\"><a href=\"{url(d, i)}\">{h(e['link'])}</a></p>\n</article>")
        body.append("\n".join(parts))
    return f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{h(d['heading'])}</title><style>{css}</style></head><body>\n<div class=\"run\">NSPCC Learning · {h(d['heading'])}</div>\n<h1>{h(d['heading'])}</h1>\n<p>{h(d['intro'])}</p>\n" + "\n".join(body) + "\n</body></html>\n"


# 3. Chromium, then Ghostscript pdfwrite (drops the tags): a borderless two-column grid per review, the title in the left
#    column and everything else in the right one; entries run over page breaks.
def chromium_grid(d):
    css = """@page { size: A4; margin: 20mm } body { font: 12pt/1.6 Georgia, serif }
h1 { font: bold 22pt Arial, sans-serif } .r { display: grid; grid-template-columns: 30% 70%; column-gap: 14pt; margin: 0 0 22pt 0 }
.t { font: bold 12pt Arial, sans-serif; color: #1d3f6e } .b p { margin: 0 0 6pt 0 } .b ul { margin: 0 0 6pt 0; padding-left: 16pt }
.lab { font-style: italic }"""
    body = []
    for i, e in enumerate(d["entries"], 1):
        parts = [f"<p>{h(curly(e['summary']))}</p>"]
        for lab, lst in groups(e):
            if lab is None: parts.append(f"<p>{h(curly(lst))}</p>"); continue
            parts.append(f"<p class=\"lab\">{h(lab)}</p><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in lst) + "</ul>")
        parts.append(f"<p><a href=\"{url(d, i)}\">{h(e['link'])}</a></p>")
        body.append(f"<div class=\"r\"><div class=\"t\">{h(e['title'])}</div><div class=\"b\">{''.join(parts)}</div></div>")
    return f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{h(d['heading'])}</title><style>{css}</style></head><body>\n<h1>{h(d['heading'])}</h1>\n<p>{h(d['intro'])}</p>\n" + "\n".join(body) + "\n</body></html>\n"


def tj_spec(d):
    out = [f"H\t{d['heading']}", f"I\t{d['intro']}"]
    for i, e in enumerate(d["entries"], 1):
        out += [f"C\t{e['title']}", f"S\t{curly(e['summary'])}"]
        for lab, lst in groups(e):
            if lab is None: out.append(f"P\t{curly(lst)}"); continue
            out.append(f"L\t{lab}"); out += [f"B\t{curly(x)}" for x in lst]
        out.append(f"K\t{e['link']}\t{url(d, i)}")
    return "\n".join(out) + "\n"


# 5. DOCX by hand: every review in a block content control (w:sdt), titles Heading 2, items Word-numbered (w:numPr, decimal),
#    the link a w:hyperlink, and tracked changes: deleted words (w:delText) in a summary and an item, an inserted item
#    (w:ins), and a whole deleted item paragraph (its text and paragraph mark deleted) that must not be read.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REV = 'w:author="A. Editor" w:date="2025-11-20T10:00:00Z"'


def x(s): return h(curly(s), quote=False)


def para(text, style=None, num=None, bold=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'


def docx(d, path):
    body, rels, rid = [para(d["heading"], "Heading1"), para(d["intro"])], [], 0
    for i, e in enumerate(d["entries"], 1):
        num = i  # a numbering instance per list start
        inner = [para(e["title"], "Heading2")]
        if i == 2:  # tracked deletion inside the summary: 'and cannabis' was deleted, 'alcohol' stays
            a, b = e["summary"].split("misused alcohol", 1)
            inner.append(f'<w:p><w:r><w:t xml:space="preserve">{x(a)}misused alcohol </w:t></w:r><w:del w:id="{i}1" {REV}><w:r><w:delText xml:space="preserve">and cannabis </w:delText></w:r></w:del><w:r><w:t xml:space="preserve">{x(b.lstrip())}</w:t></w:r></w:p>')
        else:
            inner.append(para(e["summary"]))
        for gi, (lab, lst) in enumerate(groups(e)):
            if lab is None: inner.append(para(lst)); continue
            inner.append(para(lab, bold=True))
            nid = 10 * i + gi + 1
            for k, it in enumerate(lst):
                if i == 1 and gi == 0 and k == len(lst) - 1:  # the last learning item was inserted with tracked changes on
                    inner.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr><w:rPr><w:ins w:id="{i}2" {REV}/></w:rPr></w:pPr><w:ins w:id="{i}3" {REV}><w:r><w:t xml:space="preserve">{x(it)}</w:t></w:r></w:ins></w:p>')
                elif i == 3 and gi == 0 and k == 0:  # a word replaced: the deleted word must not be read
                    a, b = it.split("the risks", 1)
                    inner.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">{x(a)}</w:t></w:r><w:del w:id="{i}4" {REV}><w:r><w:delText xml:space="preserve">dangers</w:delText></w:r></w:del><w:ins w:id="{i}5" {REV}><w:r><w:t xml:space="preserve">the risks</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">{x(b)}</w:t></w:r></w:p>')
                else:
                    inner.append(para(it, num=nid))
                if i == 2 and gi == 0 and k == 0:  # a whole item deleted, paragraph mark and all
                    inner.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr><w:rPr><w:del w:id="{i}6" {REV}/></w:rPr></w:pPr><w:del w:id="{i}7" {REV}><w:r><w:delText>the GP was not invited to the strategy discussion</w:delText></w:r></w:del></w:p>')
        rid += 1; rels.append(f'<Relationship Id="rId{rid + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        inner.append(f'<w:p><w:hyperlink r:id="rId{rid + 10}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{x(e["link"])}</w:t></w:r></w:hyperlink></w:p>')
        body.append(f'<w:sdt><w:sdtPr><w:alias w:val="Review {i}"/><w:tag w:val="review-{i}"/><w:id w:val="{9000 + i}"/></w:sdtPr><w:sdtContent>' + "".join(inner) + "</w:sdtContent></w:sdt>")
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "\n".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
    nums = sorted({10 * i + g + 1 for i in range(1, len(d["entries"]) + 1) for g in range(3)})
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' for n in nums) + "</w:numbering>"
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    docrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' + "".join(rels) + "</Relationships>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", docrels)):
            z.writestr(name, data)
    return doc


# 6. Markdown with setext headings, HTML fragments mixed in (an HTML label and list for one review, a <details> block and a
#    raw <a> link for another, plain markdown for the third), '+' bullets.
def markdown_setext(d):
    out = [d["heading"], "=" * len(d["heading"]), "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += [e["title"], "-" * len(e["title"]), "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [curly(lst), ""]; continue
            if i == 1:
                out += [f"<p><strong>{h(lab)}</strong></p>", "<ul>"] + [f"  <li>{h(curly(it))}</li>" for it in lst] + ["</ul>", ""]
            elif i == 2 and lab == e["lab"][1]:
                out += ["<details open>", f"<summary>{h(lab)}</summary>", ""] + [f"+ {curly(it)}" for it in lst] + ["", "</details>", ""]
            else:
                out += [f"__{lab}__", ""] + [f"+ {curly(it)}" for it in lst] + [""]
        out += [f"<a href=\"{url(d, i)}\">{h(e['link'])}</a>" if i != 3 else f"[{e['link']}]({url(d, i)})", ""]
    return "\n".join(out)


# 7. Plain text wrapped at 64 columns by a program that hyphenates words at line ends between two consonants
#    ('chil-' / 'dren', 'at-' / 'tending'), never inside th, ch, sh, ph, ck, and leaving 3 letters or more each side.
def _points(w):
    core = w.rstrip(".,;:")
    if not re.fullmatch(r"[A-Za-z\u2019]{6,}", core):
        return [w]
    v = "aeiouy"
    cuts = [i for i in range(3, len(core) - 2) if core[i - 1].lower() not in v and core[i].lower() not in v
            and core[i - 1:i + 1].lower() not in ("th", "ch", "sh", "ph", "ck", "gh", "wh")]
    out, last = [], 0
    for c in cuts: out.append(w[last:c]); last = c
    return out + [w[last:]]


def wrap64(text, first="", rest=""):
    lines, line = [], first
    for w in text.split(" "):
        room = 64 - len(line) - (0 if line == first else 1)
        sep = "" if line == first else " "
        if len(w) <= room:
            line += sep + w; continue
        parts = _points(w)
        fit = max((k for k in range(1, len(parts)) if len("".join(parts[:k])) + 1 <= room), default=0)
        if fit:
            lines.append(line + sep + "".join(parts[:fit]) + "-"); line = rest + "".join(parts[fit:]); continue
        lines.append(line); line = rest + w
    lines.append(line)
    return lines


def plaintext(d):
    out = [d["heading"], "", *wrap64(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"{i}. {e['title']}", ""] + wrap64(curly(e["summary"]), "   ", "   ") + [""]
        for lab, lst in groups(e):
            if lab is None: out += wrap64(curly(lst), "   ", "   ") + [""]; continue
            out += ["   " + lab]
            for it in lst: out += wrap64(curly(it), "   - ", "     ")
            out += [""]
        out += [f"   {e['link']}: {url(d, i)}", "", ""]
    return "\n".join(out)


def cp():
    m2 = os.path.expanduser("~/.m2/repository")
    jars = [f"{m2}/org/apache/pdfbox/{a}/3.0.8/{a}-3.0.8.jar" for a in ("pdfbox", "fontbox", "pdfbox-io")]
    jars += sorted(glob.glob(f"{m2}/commons-logging/commons-logging/1.3.*/commons-logging-1.3.*.jar"))[-1:]
    return ":".join(jars)


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", html_path], check=True, capture_output=True)


def render_inputs(B15, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B15.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "weasyprint" in fname:
            open(f"{src}/{base}.html", "w").write(weasy(d))
            subprocess.run(["weasyprint", f"{src}/{base}.html", f"{inp}/{fname}"], check=True, capture_output=True)
        elif "linkedtitles" in fname:
            open(f"{src}/{base}.html", "w").write(chromium_linked(d))
            chromium(f"{src}/{base}.html", f"{inp}/{fname}")
        elif "grid-gs" in fname:
            open(f"{src}/{base}.html", "w").write(chromium_grid(d))
            with tempfile.TemporaryDirectory() as w:
                chromium(f"{src}/{base}.html", f"{w}/c.pdf")
                subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={inp}/{fname}", f"{w}/c.pdf"], check=True, capture_output=True)
        elif "pdfbox" in fname:
            open(f"{src}/{base}.spec.tsv", "w").write(tj_spec(d))
            subprocess.run(["java", "-cp", cp(), f"{G}/TjDigest.java", f"{src}/{base}.spec.tsv", f"{inp}/{fname}"], check=True)
        elif "docx" in fname:
            open(f"{src}/{base}.document.xml", "w").write(docx(d, f"{inp}/{fname}"))
        elif fname.endswith(".md"):
            open(f"{inp}/{fname}", "w").write(markdown_setext(d))
        elif fname.endswith(".txt"):
            open(f"{inp}/{fname}", "w").write(plaintext(d))
        print(fname)
