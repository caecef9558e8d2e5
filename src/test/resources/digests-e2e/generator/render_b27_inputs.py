# Renders the inputs of batch b27 (see render_b27.py and entries_b27.py). Invented material, test fixtures only.
import glob, html, os, shutil, subprocess, tempfile, textwrap
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e, colon=True):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    lab = [l if colon or not l.endswith(":") else l[:-1] for l in e["lab"]]
    out = [(lab[0], e["learning"])]
    if e["recs"]: out.append((lab[1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((lab[2], e["good"]))
    return out


def run(cmd, cwd=None, **kw):
    subprocess.run(cmd, check=True, capture_output=True, cwd=cwd, stdin=subprocess.DEVNULL, timeout=600, **kw)


def chromium(html_path, pdf_path, header_footer=False):
    with tempfile.TemporaryDirectory() as w:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}"] + ([] if header_footer else ["--no-pdf-header-footer"])
            + [f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)])


def pdfbox_cp():
    m2 = os.path.expanduser("~/.m2/repository/org/apache/pdfbox")
    return ":".join([f"{m2}/pdfbox/3.0.8/pdfbox-3.0.8.jar", f"{m2}/fontbox/3.0.8/fontbox-3.0.8.jar", f"{m2}/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar",
                     os.path.expanduser("~/.m2/repository/commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar")])


# 1. PDFBox form: labels in a narrow left column
def form_spec(d):
    out = [f"N\t{FOOT}", f"H\t{d['heading']}", f"I\t{d['intro']}"]
    for i, e in enumerate(d["entries"], 1):
        out += ["R", f"F\tReview\t{e['title']}", f"F\tSummary\t{e['summary']}"]
        for lab, items in groups(e, colon=False):
            if lab is None: out.append(f"F\tRecommendations\t{items}")
            else:
                out.append(f"F\t{lab}\t")
                out += [f"B\t{x}" for x in items]
        out.append(f"F\tFull report\t{e['link']}\t{url(d, i)}")
    return "\n".join(out) + "\n"


# 2. Chromium landscape, three reviews side by side
def landscape_html(d):
    cards = []
    for i, e in enumerate(d["entries"], 1):
        body = [f"<h2>{h(e['title'])}</h2>", f"<p>{h(e['summary'])}</p>"]
        for lab, items in groups(e):
            if lab is None: body.append(f"<p>{h(items)}</p>")
            else: body += [f"<p class=lab>{h(lab)}</p>", "<ul>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul>"]
        body.append(f"<p><a href='{url(d, i)}'>{h(e['link'])}</a></p>")
        cards.append("<article>" + "\n".join(body) + "</article>")
    return f"""<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{h(d['heading'])}</title><style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; line-height: 1.3; color: #222; margin: 0; }}
h1 {{ font-size: 16pt; margin: 0 0 2mm; color: #1a3c6e; }} .intro {{ margin: 0 0 4mm; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; }}
article {{ border-top: 3pt solid #1a3c6e; padding-top: 2mm; }}
h2 {{ font-size: 10.5pt; margin: 0 0 2mm; }} p {{ margin: 0 0 2mm; }} .lab {{ font-weight: bold; margin-bottom: 1mm; }}
ul {{ margin: 0 0 2mm; padding-left: 4mm; }} a {{ color: #1a3c6e; }}
footer {{ margin-top: 5mm; font-size: 7pt; color: #666; }}
</style></head><body><h1>{h(d['heading'])}</h1><p class=intro>{h(d['intro'])}</p>
<div class=grid>{''.join(cards)}</div><footer>{h(FOOT)}</footer></body></html>"""


# 3. flat ODT for Writer: typed '1.' + bold title + run-in summary in one paragraph
def fodt(d):
    x = lambda s: h(s, quote=False)
    paras = [f'<text:p text:style-name="Head">{x(d["heading"])}</text:p>', f'<text:p text:style-name="Body">{x(d["intro"])}</text:p>']
    for i, e in enumerate(d["entries"], 1):
        paras.append(f'<text:p text:style-name="Entry">{i}.<text:tab/><text:span text:style-name="B">{x(e["title"])}.</text:span> {x(e["summary"])}</text:p>')
        for lab, items in groups(e):
            if lab is None: paras.append(f'<text:p text:style-name="Ind">{x(items)}</text:p>')
            else:
                paras.append(f'<text:p text:style-name="Lab">{x(lab)}</text:p>')
                paras += [f'<text:p text:style-name="Item">\u2013<text:tab/>{x(it)}</text:p>' for it in items]
        paras.append(f'<text:p text:style-name="Ind"><text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a></text:p>')
    paras.append(f'<text:p text:style-name="Note">{x(FOOT)}</text:p>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/></style:style>
<style:style style:name="Entry" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.8cm" fo:margin-top="0.35cm" fo:text-align="justify"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Lab" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.4cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Ind" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm"/></style:style>
<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{chr(10).join(paras)}
</office:text></office:body></office:document>
"""


def soffice_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        run(["soffice", f"-env:UserInstallation=file://{t}/profile", "--headless", "--convert-to", "pdf", "--outdir", t, src])
        shutil.move(os.path.join(t, os.path.splitext(os.path.basename(src))[0] + ".pdf"), pdf)


# 4. a web page printed by Chromium with its header and footer, a cookie banner, navigation and breadcrumbs
def webpage_html(d):
    body = []
    for i, e in enumerate(d["entries"], 1):
        body += [f"<h2>{h(e['title'])}</h2>", f"<p>{h(e['summary'])}</p>"]
        for lab, items in groups(e):
            if lab is None: body.append(f"<p>{h(items)}</p>")
            else: body += [f"<p><strong>{h(lab)}</strong></p>", "<ul>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul>"]
        body.append(f"<p><a class=dl href='{url(d, i)}'>{h(e['link'])}</a></p>")
    return f"""<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{h(d['heading'])} | NSPCC Learning</title><style>
body {{ font-family: Arial, sans-serif; font-size: 10.5pt; margin: 0; color: #222; }}
.top {{ background: #00833e; color: #fff; padding: 8px 20px; font-size: 9pt; }} .top a {{ color: #fff; margin-right: 14px; text-decoration: none; }}
nav.main {{ border-bottom: 1px solid #ccc; padding: 10px 20px; font-size: 10pt; }} nav.main a {{ margin-right: 18px; color: #00833e; }}
.crumbs {{ padding: 6px 20px; font-size: 8.5pt; color: #555; }} main {{ display: flex; gap: 28px; padding: 0 20px; }}
article {{ flex: 3; }} aside {{ flex: 1; font-size: 9pt; border-left: 1px solid #ddd; padding-left: 14px; }}
h1 {{ font-size: 20pt; }} h2 {{ font-size: 13pt; margin-top: 18px; }} ul {{ margin-top: 0; }}
.cookies {{ position: fixed; bottom: 0; left: 0; right: 0; background: #222; color: #fff; padding: 12px 20px; font-size: 9pt; }}
.cookies button {{ margin-right: 8px; }} footer {{ margin-top: 20px; padding: 14px 20px; background: #eee; font-size: 8.5pt; }}
</style></head><body>
<div class=top><a href="#">Skip to main content</a><a href="#">NSPCC</a><a href="#">Childline</a><a href="#">Donate</a><a href="#">Sign in</a></div>
<nav class=main><a href="#">Safeguarding and child protection</a><a href="#">Research and resources</a><a href="#">Training</a><a href="#">Case reviews</a><a href="#">Search</a></nav>
<div class=crumbs>Home &gt; Research and resources &gt; Case reviews &gt; Recently published case reviews</div>
<main><article><h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>
{chr(10).join(body)}
</article><aside><p><strong>Related content</strong></p><p><a href="#">How to search the national case review repository</a></p><p><a href="#">Learning from case reviews briefings</a></p><p>Sign up to our newsletter to hear about new case reviews.</p></aside></main>
<footer><p>{h(FOOT)}</p><p>About us · Contact us · Privacy notice · Accessibility · Terms and conditions</p><p>© NSPCC 2026. Registered charity England and Wales 216401. Scotland SC037717.</p></footer>
<div class=cookies><p><strong>We use cookies on this website</strong></p><p>Some cookies are essential to make our site work. We'd also like to use analytics cookies to help us improve it.</p>
<p><button>Accept all cookies</button><button>Reject analytics cookies</button><a href="#" style="color:#fff">Manage cookie settings</a></p></div>
</body></html>"""


# 5. Google-Docs-style HTML export
def gdocs_html(d):
    g = lambda u: h(f"https://www.google.com/url?q={u}&sa=D&source=editors&ust=1749110400000000&usg=AOvVaw3k9XbQ0Jx7c2F1pL0mNq4R")
    blank = '<p class="c3 c6"><span class="c0"></span></p>'
    out = [f'<p class="c3"><span class="c9">{h(d["heading"])}</span></p>', f'<p class="c3"><span class="c0">{h(d["intro"])}</span></p>', blank]
    for i, e in enumerate(d["entries"], 1):
        out += [f'<p class="c3"><span class="c7">{h(e["title"])}</span></p>', f'<p class="c3"><span class="c0">{h(e["summary"])}</span></p>']
        for k, (lab, items) in enumerate(groups(e)):
            if lab is None: out.append(f'<p class="c3"><span class="c0">{h(items)}</span></p>')
            else:
                out.append(f'<p class="c3"><span class="c1">{h(lab)}</span></p>')
                out.append(f'<ul class="c5 lst-kix_q{i}{k}x7m2-0 start">' + "".join(f'<li class="c2 li-bullet-0"><span class="c0">{h(x)}</span></li>' for x in items) + "</ul>")
        out.append(f'<p class="c3"><span class="c4"><a class="c8" href="{g(url(d, i))}">{h(e["link"])}</a></span></p>')
        out.append(blank)
    out.append(f'<p class="c3"><span class="c10">{h(FOOT)}</span></p>')
    css = ('ul.lst-kix_q10x7m2-0{list-style-type:none}.lst-kix_q10x7m2-0>li:before{content:"\\0025cf   "}ol{margin:0;padding:0}table td,table th{padding:0}'
           '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
           '.c1{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
           '.c2{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
           '.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
           '.c4{color:#1155cc;text-decoration:underline;font-size:11pt;font-family:"Arial"}.c5{padding:0;margin:0}.c6{height:11pt}'
           '.c7{color:#1f4e79;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:13pt;font-family:"Arial";font-style:normal}'
           '.c8{color:inherit;text-decoration:inherit}.c9{color:#000000;font-weight:700;font-size:20pt;font-family:"Arial"}'
           '.c10{color:#666666;font-size:9pt;font-family:"Arial";font-style:italic}'
           '.c11{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}')
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">' + css +
            '</style></head><body class="c11 doc-content">' + "".join(out) + "</body></html>")


# 6. pdflatex, an outline entry per review, titles in body type
def latex_esc(s):
    return s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#").replace("_", "\\_").replace("'", "'")


def outline_tex(d):
    L = latex_esc
    out = [r"\documentclass[11pt,a4paper]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}",
           r"\usepackage[margin=25mm]{geometry}", r"\usepackage{enumitem}", r"\usepackage[bookmarks=true,bookmarksopen=true,hidelinks]{hyperref}",
           r"\pagestyle{plain}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}", r"\begin{document}",
           r"\pdfbookmark[0]{" + L(d["heading"]) + "}{top}", r"{\Large " + L(d["heading"]) + r"\par}\medskip", L(d["intro"]) + r"\par\bigskip"]
    for i, e in enumerate(d["entries"], 1):
        out += [r"\pdfbookmark[1]{" + L(e["title"]) + "}{r" + str(i) + "}", L(e["title"]) + r"\par", L(e["summary"]) + r"\par"]
        for lab, items in groups(e):
            if lab is None: out.append(L(items) + r"\par")
            else: out += [r"\emph{" + L(lab) + r"}", r"\begin{itemize}[nosep,label=\textbullet]"] + [r"\item " + L(x) for x in items] + [r"\end{itemize}"]
        out.append(r"\href{" + url(d, i) + "}{" + L(e["link"]) + r"}\par\bigskip")
    out += [r"\vfill{\footnotesize " + L(FOOT) + r"\par}", r"\end{document}"]
    return "\n".join(out) + "\n"


# 7. mutool create: a hand-written content stream, each title white on a dark banner
def pdf_str(s):
    b = s.encode("cp1252")
    return "".join(chr(c) if 32 <= c < 127 and chr(c) not in "()\\" else ("\\" + chr(c) if chr(c) in "()\\" else "\\%03o" % c) for c in b)


def mutool_page(d):
    ops, y = [], 800
    T = lambda font, size, x, yy, s: ops.append(f"BT /{font} {size} Tf {x} {yy} Td ({pdf_str(s)}) Tj ET")
    T("F2", 16, 50, y, d["heading"]); y -= 20
    for l in textwrap.wrap(d["intro"], 98): T("F1", 9.5, 50, y, l); y -= 12
    y -= 10
    for i, e in enumerate(d["entries"], 1):
        ops.append(f"0.1 0.24 0.43 rg 45 {y - 5} 505 19 re f 1 1 1 rg"); T("F2", 11, 52, y, e["title"]); ops.append("0 0 0 rg"); y -= 22
        for l in textwrap.wrap(e["summary"], 100): T("F1", 9.5, 50, y, l); y -= 12
        y -= 4
        for lab, items in groups(e):
            if lab is None:
                for l in textwrap.wrap(items, 100): T("F1", 9.5, 50, y, l); y -= 12
            else:
                T("F2", 9.5, 50, y, lab); y -= 12
                for it in items:
                    for k, l in enumerate(textwrap.wrap(it, 92)):
                        if k == 0: T("F1", 9.5, 58, y, "\u2022")
                        T("F1", 9.5, 68, y, l); y -= 12
            y -= 4
        T("F1", 9.5, 50, y, e["link"]); y -= 28
    T("F1", 7.5, 50, 40, FOOT)
    return "%%MediaBox 0 0 595 842\n%%Font F1 Helvetica\n%%Font F2 Helvetica-Bold\n" + "\n".join(ops) + "\n"


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        stem, inp = os.path.splitext(fname)[0], f"{out}/input/{fname}"
        with tempfile.TemporaryDirectory() as t:
            if "pdfbox-form" in fname:
                src = f"{out}/source/{stem}.spec.tsv"; open(src, "w").write(form_spec(d))
                run(["java", "-cp", pdfbox_cp(), f"{G}/FormDigest.java", src, inp])
            elif "landscape3" in fname:
                src = f"{out}/source/{stem}.html"; open(src, "w").write(landscape_html(d)); chromium(src, inp)
            elif "fodt" in fname:
                src = f"{out}/source/{stem}.fodt"; open(src, "w").write(fodt(d)); soffice_pdf(src, inp)
            elif "webprint" in fname:
                src = f"{out}/source/{stem}.html"; open(src, "w").write(webpage_html(d))
                site = "/tmp/learning-nspcc-site"; os.makedirs(site, exist_ok=True)  # a fixed path: it is printed in the browser's footer
                page = f"{site}/recently-published-case-reviews.html"; shutil.copy(src, page); chromium(page, inp, header_footer=True)
            elif "gdocs" in fname:
                open(inp, "w").write(gdocs_html(d))
            elif "pdflatex-outline" in fname:
                src = f"{out}/source/{stem}.tex"; open(src, "w").write(outline_tex(d))
                shutil.copy(src, f"{t}/d.tex")
                for _ in range(2): run(["pdflatex", "-interaction=nonstopmode", "d.tex"], cwd=t)
                shutil.move(f"{t}/d.pdf", inp)
            elif "mutool" in fname:
                src = f"{out}/source/{stem}.txt"; open(src, "w", encoding="latin-1").write(mutool_page(d))
                run(["mutool", "create", "-o", inp, src])
            else:
                raise ValueError(fname)
