# Renders the inputs of batch b28 (see render_b28.py and entries_b28.py). Invented material, test fixtures only.
import html, os, shutil, subprocess, tempfile
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


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)])


def pdfbox_cp():
    m2 = os.path.expanduser("~/.m2/repository/org/apache/pdfbox")
    return ":".join([f"{m2}/pdfbox/3.0.8/pdfbox-3.0.8.jar", f"{m2}/fontbox/3.0.8/fontbox-3.0.8.jar", f"{m2}/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar",
                     os.path.expanduser("~/.m2/repository/commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar")])


def lualatex(src, pdf):
    with tempfile.TemporaryDirectory() as w:
        shutil.copy(src, f"{w}/d.tex")
        for _ in range(2): run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "d.tex"], cwd=w)
        shutil.copy(f"{w}/d.pdf", pdf)


# 1. Typst: a coloured metadata band (published, area, type) beside each review
def ty(s):
    for c in "\\#*_$@<>[]`~=": s = s.replace(c, "\\" + c)
    return s


def typst_src(d, B):
    out = [f'#set page(paper: "a4", margin: (x: 18mm, top: 18mm, bottom: 20mm), footer: context [#set text(size: 7pt, fill: luma(90)); {ty(FOOT)} #h(1fr) Page #counter(page).display()])',
           '#set text(size: 9.5pt, lang: "en")', '#set par(justify: false, leading: 0.55em)',
           f'#text(size: 18pt, weight: "bold", fill: rgb("#0b3d6e"))[{ty(d["heading"])}]', '', ty(d["intro"]), '', '#v(4mm)']
    for i, e in enumerate(d["entries"], 1):
        pub, area, rtype = B[e["t"]["child_name"]]
        band = (f'rect(fill: rgb("#0b3d6e"), inset: 3mm, width: 100%, height: auto)[#set text(fill: white, size: 7.5pt); '
                f'#text(weight: "bold")[PUBLISHED] \\ {ty(pub)} #v(2mm) #text(weight: "bold")[AREA] \\ {ty(area)} #v(2mm) #text(weight: "bold")[TYPE] \\ {ty(rtype)}]')
        body = [f'#text(size: 12pt, weight: "bold")[{ty(e["title"])}]', '', ty(e["summary"]), '']
        for lab, items in groups(e):
            if lab is None: body += [ty(items), '']
            else: body += [f'*{ty(lab)}*', ''] + [f'- {ty(x)}' for x in items] + ['']
        body.append(f'#link("{url(d, i)}")[#text(fill: rgb("#0b3d6e"))[{ty(e["link"])}]]')
        out += [f'#block(breakable: false, below: 6mm)[#grid(columns: (36mm, 1fr), column-gutter: 6mm, {band}, [', *body, '])]']
    return "\n".join(out) + "\n"


# 2. PDFBox AcroForm: the reviews are text field values
def acroform_spec(d):
    out = [f"N\t{FOOT}", f"H\t{d['heading']}", f"I\t{d['intro']}"]
    for i, e in enumerate(d["entries"], 1):
        out += ["R", f"F\tReview title\ttitle\t{e['title']}", f"F\tSummary\tsummary\t{e['summary']}"]
        names = iter(["learning", "recommendations", "good_practice"])
        for lab, items in groups(e, colon=False):
            name = next(names)
            if lab is None: out.append(f"F\tRecommendations include\t{name}\t{items}")
            else: out.append(f"F\t{lab}\t{name}\t" + "\\n".join("• " + x for x in items))
        out.append(f"F\tLink to full report\treport\t{e['link']}\t{url(d, i)}")
    return "\n".join(out) + "\n"


# 3 and 6. LuaLaTeX
def tex(s):
    for a, b in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_"), ("{", "\\{"), ("}", "\\}")):
        s = s.replace(a, b)
    return s


def runin(items):
    return "; ".join(items[:-1]) + ("; and " if len(items) > 2 else "; ") + items[-1] + "." if len(items) > 1 else items[0] + "."


def magazine_tex(d, PULL, keys):
    out = [r"\documentclass[10pt,a4paper]{article}", r"\usepackage{fontspec}", r"\usepackage[margin=17mm,bottom=22mm]{geometry}",
           r"\usepackage{lettrine,multicol,xcolor}", r"\usepackage[hidelinks]{hyperref}", r"\definecolor{mag}{HTML}{7A1F5C}",
           r"\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}\setlength{\columnsep}{7mm}", r"\pagestyle{plain}", r"\begin{document}",
           r"{\sffamily\color{mag}\fontsize{26}{30}\selectfont\bfseries Learning from case reviews\par}", r"\vspace{1mm}",
           r"{\sffamily\large Issue 41 \textbar\ December 2024\par}\vspace{1mm}\textcolor{mag}{\rule{\textwidth}{1.5pt}}\par",
           rf"{{\sffamily\bfseries\Large {tex(d['heading'])}\par}}", tex(d["intro"]) + r"\par", r"\vspace{2mm}", r"\begin{multicols}{2}"]
    for i, (k, e) in enumerate(zip(keys, d["entries"]), 1):
        s = e["summary"]
        out += [rf"{{\sffamily\bfseries\large\color{{mag}} {tex(e['title'])}\par}}\vspace{{1mm}}",
                rf"\lettrine[lines=2,lhang=0.05]{{\color{{mag}}{tex(s[0])}}}{{{tex(s[1:].split(' ')[0])}}} {tex(s[1:].split(' ', 1)[1])}\par"]
        if k in PULL:
            out.append(r"\begin{center}\textcolor{mag}{\rule{0.8\columnwidth}{0.6pt}}\\[3pt]" + rf"{{\large\itshape\color{{mag}} “{tex(PULL[k])}”}}" + r"\\[1pt]\textcolor{mag}{\rule{0.8\columnwidth}{0.6pt}}\end{center}")
        for lab, items in groups(e):
            if lab is None: out.append(tex(items) + r"\par")
            else: out.append(rf"\textit{{{tex(lab)}}} {tex(runin(items))}\par")
        out.append(rf"\href{{{url(d, i)}}}{{\textcolor{{mag}}{{\sffamily\small {tex(e['link'])} \textrightarrow}}}}\par\vspace{{4mm}}")
    out += [r"\end{multicols}", r"\vfill{\footnotesize " + tex(FOOT) + r"\par}", r"\end{document}"]
    return "\n".join(out) + "\n"


def bilingual_tex(d, WELSH, WL, keys):
    out = [r"\documentclass[10pt,a4paper]{article}", r"\usepackage{fontspec}", r"\setmainfont{DejaVu Serif}[Renderer=HarfBuzz,Scale=0.92]",
           r"\setsansfont{DejaVu Sans}[Renderer=HarfBuzz,Scale=0.92]", r"\usepackage[margin=20mm]{geometry}", r"\usepackage{xcolor,enumitem,fancyhdr}",
           r"\usepackage[hidelinks]{hyperref}", r"\definecolor{cy}{HTML}{B0122B}", r"\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}",
           r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[L]{\scriptsize " + tex(FOOT) + r"}\fancyfoot[R]{\scriptsize Tudalen / Page \thepage}",
           r"\setlist[itemize]{nosep,leftmargin=5mm}", r"\begin{document}",
           rf"{{\sffamily\color{{cy}}\Large\itshape {tex(d['welsh_heading'])}\par}}", rf"{{\sffamily\bfseries\LARGE {tex(d['heading'])}\par}}\vspace{{2mm}}",
           r"{\color{gray}\itshape Cyhoeddwyd tri adolygiad ymarfer plant ym mis Ionawr 2025. Mae’r holl blant, teuluoedd a lleoedd isod wedi’u dyfeisio ar gyfer profi.\par}",
           tex(d["intro"]) + r"\par\vspace{4mm}"]
    for i, (k, e) in enumerate(zip(keys, d["entries"]), 1):
        out += [rf"{{\sffamily\color{{cy}}\itshape {tex(WELSH[k])}\par}}", rf"{{\sffamily\bfseries\large {tex(e['title'])}\par}}", tex(e["summary"]) + r"\par"]
        for n, (lab, items) in enumerate(groups(e)):
            if lab is None: out.append(tex(items) + r"\par"); continue
            wl = WL[[e["lab"][0], e["lab"][1], e["lab"][2]].index(lab)]
            out += [rf"{{\color{{cy}}\itshape {tex(wl)}}} / \textbf{{{tex(lab)}}}\par", r"\begin{itemize}"] + [rf"\item {tex(x)}" for x in items] + [r"\end{itemize}"]
        out.append(rf"{tex(e['link'])}\footnote{{\url{{{url(d, i)}}}}}\par\vspace{{5mm}}")
    out += [r"\end{document}"]
    return "\n".join(out) + "\n"


# 4. SharePoint-style intranet news page, printed by Chromium
def sharepoint_html(d):
    secs = []
    for i, e in enumerate(d["entries"], 1):
        b = [f"<h2>{h(e['title'])}</h2>", f"<p>{h(e['summary'])}</p>"]
        for lab, items in groups(e):
            if lab is None: b.append(f"<p>{h(items)}</p>")
            else: b += [f"<p><strong>{h(lab)}</strong></p>", "<ul>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul>"]
        b.append(f"<p><a href='{url(d, i)}' data-interception='off'>{h(e['link'])}</a></p>")
        secs.append("<div class='ControlZone'><div class='rte'>" + "\n".join(b) + "</div></div>")
    quick = ("<div class='ControlZone quick'><h3>Quick links</h3><ul class=ql><li><a href='https://example.sharepoint.com/sites/lscp/report'>Report a concern</a></li>"
             "<li><a href='https://example.sharepoint.com/sites/lscp/training'>Multi-agency training</a></li><li><a href='https://example.sharepoint.com/sites/lscp/library'>Case review library</a></li></ul></div>")
    return f"""<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{h(d['heading'])}</title><style>
@page {{ size: A4; margin: 12mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #323130; margin: 0; }}
.suite {{ background: #0078d4; color: white; padding: 2mm 4mm; font-size: 8.5pt; display: flex; gap: 6mm; }}
.suite .search {{ background: white; color: #605e5c; padding: 0 3mm; flex: 1; }}
.sitehead {{ padding: 3mm 4mm; border-bottom: 1px solid #edebe9; display: flex; align-items: center; gap: 4mm; }}
.logo {{ background: #004e8c; color: white; font-weight: bold; padding: 2mm 3mm; }} .sitename {{ font-size: 14pt; }}
nav {{ padding: 1.5mm 4mm; font-size: 8.5pt; border-bottom: 1px solid #edebe9; }} nav span {{ margin-right: 5mm; }}
.cmd {{ font-size: 8pt; color: #605e5c; padding: 1.5mm 4mm; text-align: right; }}
.banner {{ background: #f3f2f1; padding: 6mm 8mm; }} .banner h1 {{ font-size: 22pt; font-weight: 600; margin: 0 0 2mm; }}
.byline {{ font-size: 8.5pt; color: #605e5c; }}
.section {{ display: grid; grid-template-columns: 2fr 1fr; gap: 8mm; padding: 4mm 8mm; }}
.rte h2 {{ font-size: 13pt; font-weight: 600; margin: 5mm 0 2mm; }} .rte p {{ margin: 0 0 2mm; line-height: 1.4; }}
.rte ul {{ margin: 0 0 2mm; }} a {{ color: #0078d4; }}
.quick h3 {{ font-size: 11pt; margin: 5mm 0 2mm; }} .ql {{ list-style: none; padding: 0; }} .ql li {{ border: 1px solid #edebe9; padding: 2mm; margin-bottom: 2mm; }}
.social {{ padding: 3mm 8mm; border-top: 1px solid #edebe9; font-size: 8.5pt; color: #605e5c; display: flex; gap: 6mm; }}
.comments {{ padding: 2mm 8mm; font-size: 8.5pt; }} .comments h3 {{ font-size: 10.5pt; }}
.foot {{ padding: 2mm 8mm; font-size: 7.5pt; color: #605e5c; }}
</style></head><body>
<div class=suite><span>&#9783;</span><span>SharePoint</span><span class=search>Search this site</span><span>JB</span></div>
<div class=sitehead><span class=logo>LSCP</span><span class=sitename>Safeguarding Partnership Hub</span></div>
<nav><span>Home</span><span>News</span><span>Documents</span><span>Training</span><span>Pages</span><span>Site contents</span><span>Edit</span></nav>
<div class=cmd>+ New &nbsp; Promote &nbsp; Page details &nbsp; Analytics &nbsp; Share &nbsp; ☆ Not following</div>
<div class=banner><h1>{h(d['heading'])}</h1><div class=byline>LD &nbsp; Learning and Development Team &nbsp;·&nbsp; Published 3 February 2026 &nbsp;·&nbsp; 4 min read</div></div>
<div class=section><div><div class='ControlZone'><div class='rte'><p>{h(d['intro'])}</p></div></div>
{secs[0]}</div>{quick}</div>
<div class=section style='grid-template-columns: 1fr'>{''.join(secs[1:])}</div>
<div class=social><span>♡ Like</span><span>Comment</span><span>Save for later</span><span>57 Views</span></div>
<div class=comments><h3>Comments</h3><p>Add a comment</p><p><strong>Sam Okafor</strong> 4 February 2026<br>Thanks, these are useful for our team meeting.</p></div>
<div class=foot>{h(FOOT)}</div></body></html>"""


# 5. Quarto-style HTML (title block, 'On this page' contents, numbered sections, callouts), printed by Chromium
def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")


def quarto_html(d):
    toc = "".join(f"<li><a href='#{slug(e['title'])}'><span class=header-section-number>{i}</span> {h(e['title'])}</a></li>" for i, e in enumerate(d["entries"], 1))
    secs = []
    for i, e in enumerate(d["entries"], 1):
        b = [f"<h2 data-number='{i}' class=anchored><span class=header-section-number>{i}</span> {h(e['title'])}</h2>", f"<p>{h(e['summary'])}</p>"]
        for n, (lab, items) in enumerate(groups(e)):
            if lab is None: b.append(f"<p>{h(items)}</p>"); continue
            kind = ("note", "important", "tip")[n]
            b.append(f"<div class='callout callout-style-default callout-{kind} callout-titled'><div class=callout-header><div class=callout-icon-container><i class=callout-icon></i></div>"
                     f"<div class=callout-title-container>{h(lab)}</div></div><div class=callout-body><ul>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul></div></div>")
        b.append(f"<p><a href='{url(d, i)}'>{h(e['link'])}</a></p>")
        secs.append(f"<section id='{slug(e['title'])}' class='level2' data-number='{i}'>" + "\n".join(b) + "</section>")
    return f"""<!DOCTYPE html><html lang=en><head><meta charset=utf-8><meta name=generator content="quarto-1.6.40"><title>{h(d['heading'])}</title><style>
@page {{ size: A4; margin: 16mm 14mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.45; color: #212529; margin: 0; }}
.page {{ display: grid; grid-template-columns: 1fr 45mm; gap: 8mm; }}
h1.title {{ font-size: 20pt; margin: 0 0 3mm; }} .quarto-title-meta {{ display: flex; gap: 12mm; font-size: 8.5pt; margin-bottom: 4mm; }}
.quarto-title-meta-heading {{ text-transform: uppercase; font-size: 7pt; color: #6c757d; margin-bottom: 1mm; }} .quarto-title-meta p {{ margin: 0; }}
#TOC {{ font-size: 8pt; border-left: 1px solid #dee2e6; padding-left: 3mm; align-self: start; }} #TOC h2 {{ font-size: 9pt; margin: 0 0 2mm; }}
#TOC ul {{ list-style: none; padding: 0; margin: 0; }} #TOC li {{ margin-bottom: 2mm; }} #TOC a {{ color: #495057; text-decoration: none; }}
h2.anchored {{ font-size: 13pt; border-bottom: 1px solid #dee2e6; padding-bottom: 1mm; margin: 6mm 0 2mm; }}
.header-section-number {{ color: #6c757d; margin-right: 2mm; }}
.callout {{ border: 1px solid #dee2e6; border-left: 4px solid #0d6efd; border-radius: 3px; margin: 2mm 0 3mm; break-inside: avoid; }}
.callout-important {{ border-left-color: #dc3545; }} .callout-tip {{ border-left-color: #198754; }}
.callout-header {{ display: flex; gap: 2mm; background: #f0f5ff; padding: 1mm 2mm; font-weight: 600; }}
.callout-important .callout-header {{ background: #fdf0f1; }} .callout-tip .callout-header {{ background: #eef8f2; }}
.callout-icon {{ display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; background: #0d6efd; }}
.callout-body ul {{ margin: 1mm 0; padding-left: 6mm; }} a {{ color: #0d6efd; }}
footer {{ font-size: 7.5pt; color: #6c757d; border-top: 1px solid #dee2e6; margin-top: 6mm; padding-top: 2mm; }}
</style></head><body><div class=page><main id=quarto-document-content>
<header id=title-block-header class='quarto-title-block default'><div class=quarto-title><h1 class=title>{h(d['heading'])}</h1></div>
<div class=quarto-title-meta><div><div class=quarto-title-meta-heading>Author</div><div class=quarto-title-meta-contents><p>Learning and Improvement Team</p></div></div>
<div><div class=quarto-title-meta-heading>Published</div><div class=quarto-title-meta-contents><p class=date>June 30, 2025</p></div></div></div></header>
<p>{h(d['intro'])}</p>
{''.join(secs)}
<footer>{h(FOOT)}</footer></main>
<nav id=TOC role=doc-toc><h2 id=toc-title>On this page</h2><ul>{toc}</ul></nav></div></body></html>"""


def render_inputs(B, out, only, S):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        stem = fname.rsplit(".", 1)[0]; inp = f"{out}/input/{fname}"
        keys = [k for e in d["entries"] for k, v in S.E.items() if v is e]
        if "typst" in fname:
            src = f"{out}/source/{stem}.typ"
            band = {S.E[k]["t"]["child_name"]: S.BAND[k] for k in keys}
            open(src, "w").write(typst_src(d, band))
            run(["node", f"{G}/render_b28_typst.js", src, inp])
        elif "acroform" in fname:
            src = f"{out}/source/{stem}.spec.tsv"; open(src, "w").write(acroform_spec(d))
            run(["java", "-cp", pdfbox_cp(), f"{G}/AcroFormDigest.java", src, inp])
        elif "magazine" in fname:
            src = f"{out}/source/{stem}.tex"; open(src, "w").write(magazine_tex(d, S.PULL, keys)); lualatex(src, inp)
        elif "bilingual" in fname:
            src = f"{out}/source/{stem}.tex"; open(src, "w").write(bilingual_tex(d, S.WELSH, S.WELSH_LABELS, keys)); lualatex(src, inp)
        elif "sharepoint" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(sharepoint_html(d)); chromium(src, inp)
        elif "quarto" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(quarto_html(d)); chromium(src, inp)
        print("wrote", inp)
