# Renders the inputs of batch b37 (see render_b37.py and entries_b37.py). Invented material, test fixtures only.
# A: LaTeX through the DVI route (latex -> dvips -> ps2pdf) with T1 EC fonts that have no Type 1 version here, so dvips embeds
#    PK bitmaps and Ghostscript writes Type 3 fonts without ToUnicode; ligatures fi / fl / ff / ffi stay single glyphs.
# B: pdflatex, A4 landscape, a longtable Review | Summary | Learning | Recommendations with the header repeated on every page
#    (\endhead), 'Continued on the next page' foot, and one review continued after a page break in a second row whose Review
#    and Summary cells are empty.
# C: LuaLaTeX (fontspec, Latin Modern OpenType), one tabularx form per review: a title row across the table, then rows
#    label | text, the left column a \multirow cell ('Review' / the number) set centred down all the rows.
# D: WeasyPrint, A3 landscape poster, each review a floated box (two sizes, two rows, float left / right, clear between rows).
# E: two monthly digests, each review on a page of its own with a QR code and a 'Scan the code or go to' line; July printed by
#    Chromium (QR as SVG), August by pdflatex (qrcode package); merged into one PDF by qpdf --empty --pages.
# Helpers (groups, url, curly, x) are shared with render_b32_inputs.
import os, shutil, subprocess, tempfile
from render_b32_inputs import groups, url, curly, x
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def tex(s):
    out = []
    for c in s:
        out.append({"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
                    "~": r"\textasciitilde{}", "^": r"\^{}", "\\": r"\textbackslash{}", "\u2013": "--", "\u2019": "'"}.get(c, c))
    return "".join(out)


def tex_lists(e, env="itemize"):
    out = []
    for lab, lst in groups(e):
        if lab is None: out.append(tex(lst) + "\n"); continue
        out.append(r"\noindent\textbf{" + tex(lab) + "}\n\\begin{" + env + "}\n" + "".join(r"\item " + tex(t) + "\n" for t in lst) + "\\end{" + env + "}\n")
    return "".join(out)


# ---------------------------------------------------------------- A. latex -> dvips -> ps2pdf, Type 3 PK fonts
def dvips_type3(d, src, dst, t):
    body = []
    for i, e in enumerate(d["entries"], 1):
        body.append(r"\subsection*{" + tex(e["title"]) + "}\n" + tex(e["summary"]) + "\n\n\\medskip\n" + tex_lists(e)
                    + r"\noindent\href{" + url(d, i) + "}{" + tex(e["link"]) + "}\n")
    doc = (r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}
\usepackage[margin=25mm]{geometry}
\usepackage[dvips,hidelinks]{hyperref}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
\section*{""" + tex(d["heading"]) + "}\n" + tex(d["intro"]) + "\n" + "\n".join(body) + r"""
\vfill\small """ + tex(FOOT) + "\n\\end{document}\n")
    open(f"{src}/b37-dvips-type3-ligatures.tex", "w").write(doc)
    shutil.copy(f"{src}/b37-dvips-type3-ligatures.tex", f"{t}/a.tex")
    run(["latex", "-interaction=nonstopmode", "a.tex"], t); run(["latex", "-interaction=nonstopmode", "a.tex"], t)
    run(["dvips", "-q", "a.dvi", "-o", "a.ps"], t)
    run(["ps2pdf", "a.ps", dst], t)


# ---------------------------------------------------------------- B. pdflatex landscape longtable
def cell_items(items):
    return r"\begin{minipage}[t]{\linewidth}\begin{itemize}\setlength{\itemsep}{1pt}" + "".join(r"\item " + tex(t) for t in items) + r"\end{itemize}\end{minipage}"


def longtable(d, src, dst, t):
    rows = []
    for i, e in enumerate(d["entries"], 1):
        review = r"\textbf{" + tex(e["title"]) + r"}\newline\href{" + url(d, i) + "}{" + tex(e["link"]) + "}"
        recs = cell_items(e["recs"]) if e["recs"] else tex(e["norec"])
        split = e.get("b37_split")
        if split:
            rows.append(review + " & " + tex(e["summary"]) + " & " + cell_items(e["learning"][:split]) + " & " + cell_items(e["recs"][:split]) + r" \\ \pagebreak")
            rows.append(" & & " + cell_items(e["learning"][split:]) + " & " + cell_items(e["recs"][split:]) + r" \\ \hline")
        else:
            rows.append(review + " & " + tex(e["summary"]) + " & " + cell_items(e["learning"]) + " & " + recs + r" \\ \hline")
    doc = (r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[a4paper,landscape,margin=15mm]{geometry}
\usepackage{longtable,array}\usepackage[hidelinks]{hyperref}
\usepackage{enumitem}\setlist[itemize]{leftmargin=1.1em,topsep=0pt,partopsep=0pt}
\setlength{\parindent}{0pt}\renewcommand{\arraystretch}{1.2}
\begin{document}
{\Large\bfseries """ + tex(d["heading"]) + r"""\par}\medskip
""" + tex(d["intro"]) + r"""\par\medskip
\begin{longtable}{|p{45mm}|p{75mm}|p{70mm}|p{62mm}|}
\hline \textbf{Review} & \textbf{Summary} & \textbf{Learning} & \textbf{Recommendations} \\ \hline
\endfirsthead
\hline \textbf{Review} & \textbf{Summary} & \textbf{Learning} & \textbf{Recommendations} \\ \hline
\endhead
\multicolumn{4}{r}{\small\itshape Continued on the next page} \\
\endfoot
\endlastfoot
""" + "\n".join(rows) + r"""
\end{longtable}
\small """ + tex(FOOT) + "\n\\end{document}\n")
    open(f"{src}/b37-longtable-landscape.tex", "w").write(doc)
    shutil.copy(f"{src}/b37-longtable-landscape.tex", f"{t}/b.tex")
    run(["pdflatex", "-interaction=nonstopmode", "b.tex"], t); run(["pdflatex", "-interaction=nonstopmode", "b.tex"], t)
    shutil.copy(f"{t}/b.pdf", dst)


# ---------------------------------------------------------------- C. LuaLaTeX tabularx forms with a \multirow left column
def multirow_form(d, src, dst, t):
    tables = []
    for i, e in enumerate(d["entries"], 1):
        rows = [("Summary", tex(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: rows.append(("Recommendations", tex(lst)))
            else: rows.append((tex(lab), cell_items(lst)))
        rows.append(("Full review", r"\href{" + url(d, i) + "}{" + tex(e["link"]) + "}"))
        n = len(rows)
        body = []
        for k, (lab, val) in enumerate(rows):
            first = r"\multirow{" + str(n) + r"}{14mm}{\centering Review\\[2pt] {\Large\bfseries " + str(i) + "}}" if k == 0 else ""
            body.append(first + r" & \textbf{" + lab + "} & " + val + r" \\ " + (r"\cline{2-3}" if k < n - 1 else r"\hline"))
        tables.append(r"""\noindent\begin{tabularx}{\textwidth}{|p{14mm}|p{36mm}|X|}
\hline \multicolumn{3}{|l|}{\cellcolor{teal!15}\large\bfseries """ + tex(e["title"]) + r"""} \\ \hline
""" + "\n".join(body) + "\n\\end{tabularx}\n\n\\bigskip\n")
    doc = (r"""\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}\usepackage[margin=20mm]{geometry}
\usepackage{tabularx,multirow,array}\usepackage[table]{xcolor}\usepackage[hidelinks]{hyperref}
\usepackage{enumitem}\setlist[itemize]{leftmargin=1.1em,topsep=0pt,partopsep=0pt,itemsep=1pt}
\setlength{\parindent}{0pt}\renewcommand{\arraystretch}{1.25}
\begin{document}
{\LARGE\bfseries """ + tex(d["heading"]) + r"""\par}\medskip
""" + tex(d["intro"]) + r"""\par\bigskip
""" + "".join(tables) + r"""\small """ + tex(FOOT) + "\n\\end{document}\n")
    open(f"{src}/b37-lualatex-multirow-form.tex", "w").write(doc)
    shutil.copy(f"{src}/b37-lualatex-multirow-form.tex", f"{t}/c.tex")
    run(["lualatex", "-interaction=nonstopmode", "c.tex"], t); run(["lualatex", "-interaction=nonstopmode", "c.tex"], t)
    shutil.copy(f"{t}/c.pdf", dst)


# ---------------------------------------------------------------- D. WeasyPrint A3 poster, floated boxes of two sizes
def html_lists(e):
    out = []
    for lab, lst in groups(e):
        if lab is None: out.append(f"<p>{x(lst)}</p>")
        else: out.append(f"<p class=\"lab\">{x(lab)}</p><ul>" + "".join(f"<li>{x(t)}</li>" for t in lst) + "</ul>")
    return "".join(out)


def poster(d, src, dst, t):
    css = """@page { size: A3 landscape; margin: 12mm; background: #f4f1ea; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; margin: 0; }
header { background: #3a1f5d; color: white; padding: 8mm 10mm; margin-bottom: 6mm; }
header h1 { font-size: 34pt; margin: 0 0 3mm 0; } header p { font-size: 13pt; margin: 0; }
.box { background: white; border: 1.5pt solid #3a1f5d; border-radius: 4mm; padding: 0 6mm 4mm 6mm; margin-bottom: 6mm; box-sizing: border-box; }
.big { width: 61%; font-size: 12.5pt; } .small { width: 36%; font-size: 10pt; }
.left { float: left; } .right { float: right; } .row-end { clear: both; }
.box h2 { background: #e8602c; color: white; margin: 0 -6mm 3mm -6mm; padding: 3mm 6mm; border-radius: 3mm 3mm 0 0; font-size: 1.35em; }
.lab { font-weight: bold; color: #3a1f5d; margin: 3mm 0 1mm 0; } ul { margin: 0; padding-left: 5mm; }
a { color: #3a1f5d; font-weight: bold; } footer { clear: both; font-size: 9pt; color: #555; }"""
    sides = [("big", "left"), ("small", "right"), ("small", "left"), ("big", "right")]
    boxes = []
    for i, e in enumerate(d["entries"], 1):
        size, side = sides[i - 1]
        boxes.append(f"<div class=\"box {size} {side}\"><h2>{x(e['title'])}</h2><p>{x(e['summary'])}</p>{html_lists(e)}"
                     f"<p><a href=\"{url(d, i)}\">{x(e['link'])}</a></p></div>")
        if i % 2 == 0: boxes.append("<div class=\"row-end\"></div>")
    page = (f"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{x(d['heading'])}</title><style>{css}</style></head><body>"
            f"<header><h1>{x(d['heading'])}</h1><p>{x(d['intro'])} Read the poster row by row.</p></header>"
            + "".join(boxes) + f"<footer>{x(FOOT)}</footer></body></html>")
    open(f"{src}/b37-weasyprint-a3-poster.html", "w").write(page)
    run(["weasyprint", f"{src}/b37-weasyprint-a3-poster.html", dst], t)


# ---------------------------------------------------------------- E. two months, one review a page with a QR code, qpdf merge
def qr_svg(link, t, name):
    open(f"{t}/{name}.tex", "w").write(r"\documentclass[border=0pt]{standalone}\usepackage{qrcode}\begin{document}\qrcode[height=30mm]{" + link + r"}\end{document}")
    run(["pdflatex", "-interaction=nonstopmode", f"{name}.tex"], t)
    run(["pdftocairo", "-svg", f"{name}.pdf", f"{name}.svg"], t)
    return f"{t}/{name}.svg"


def short(link):
    return link.replace("https://", "")


def july_chromium(p, d, first, src, t):
    css = """@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 11pt; }
h1 { color: #00594f; font-size: 22pt; } section { break-before: page; } h2 { color: #00594f; font-size: 16pt; border-bottom: 1pt solid #00594f; }
.lab { font-weight: bold; margin-bottom: 2pt; } ul { margin-top: 0; }
.qr { margin-top: 14mm; display: flex; align-items: center; gap: 8mm; border-top: 0.8pt dotted #999; padding-top: 6mm; }
.qr img { width: 30mm; height: 30mm; } .qr p { margin: 0; } footer { margin-top: 10mm; font-size: 9pt; }"""
    secs = []
    for k, e in enumerate(p["entries"]):
        i = first + k
        svg = qr_svg(url(p, i), t, f"qr{i}")
        shutil.copy(svg, f"{src}/qr{i}.svg")
        secs.append(f"<section><h2>{x(e['title'])}</h2><p>{x(e['summary'])}</p>{html_lists(e)}"
                    f"<div class=\"qr\"><img src=\"qr{i}.svg\" alt=\"QR code\"><p><a href=\"{url(p, i)}\">{x(e['link'])}</a><br>"
                    f"Scan the code or go to {x(short(url(p, i)))}</p></div></section>")
    page = (f"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{x(p['heading'])}</title><style>{css}</style></head><body>"
            f"<h1>{x(p['heading'])}</h1><p>{x(p['intro'])}</p><p>Each review is on its own page.</p><footer>{x(FOOT)}</footer>" + "".join(secs) + "</body></html>")
    open(f"{src}/b37-july-chromium.html", "w").write(page)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={t}/profile", "--no-pdf-header-footer",
                    f"--print-to-pdf={t}/july.pdf", f"file://{src}/b37-july-chromium.html"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return f"{t}/july.pdf"


def august_pdflatex(p, d, first, src, t):
    pages = []
    for k, e in enumerate(p["entries"]):
        i = first + k
        pages.append(r"\newpage\section*{" + tex(e["title"]) + "}\n" + tex(e["summary"]) + "\n\n\\medskip\n" + tex_lists(e)
                     + r"""\vspace{12mm}\noindent\begin{minipage}[c]{34mm}\qrcode[height=30mm]{""" + url(p, i) + r"""}\end{minipage}\hspace{6mm}
\begin{minipage}[c]{110mm}\href{""" + url(p, i) + "}{" + tex(e["link"]) + r"""}\\Scan the code or go to \nolinkurl{""" + short(url(p, i)) + r"""}\end{minipage}
""")
    doc = (r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=20mm]{geometry}
\usepackage[hidelinks]{hyperref}\usepackage{qrcode}\pagestyle{empty}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\LARGE\bfseries """ + tex(p["heading"]) + r"""\par}\medskip
""" + tex(p["intro"]) + "\n\nEach review is on its own page.\n\n\\small " + tex(FOOT) + "\\normalsize\n" + "".join(pages) + "\\end{document}\n")
    open(f"{src}/b37-august-pdflatex.tex", "w").write(doc)
    shutil.copy(f"{src}/b37-august-pdflatex.tex", f"{t}/aug.tex")
    run(["pdflatex", "-interaction=nonstopmode", "aug.tex"], t); run(["pdflatex", "-interaction=nonstopmode", "aug.tex"], t)
    return f"{t}/aug.pdf"


def two_months(d, src, dst, t):
    july, aug = d["parts"]
    a = july_chromium(july, d, 1, src, t)
    b = august_pdflatex(aug, d, 1 + len(july["entries"]), src, t)
    run(["qpdf", "--empty", "--pages", a, b, "--", dst], t)


RENDER = {"b37-dvips-type3-ligatures-2025-02.pdf": dvips_type3, "b37-longtable-landscape-2025-06.pdf": longtable,
          "b37-lualatex-multirow-form-2025-09.pdf": multirow_form, "b37-weasyprint-a3-poster-2025-12.pdf": poster,
          "b37-qpdf-two-months-qr-2025-07.pdf": two_months}


def render_inputs(batch, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    src = os.path.abspath(f"{out}/source")
    for fname, d in batch.items():
        if only and fname not in only: continue
        with tempfile.TemporaryDirectory() as t:
            RENDER[fname](d, src, os.path.abspath(f"{out}/input/{fname}"), t)
