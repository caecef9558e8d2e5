# Renders the inputs of batch b39 (see render_b39.py and entries_b39.py). Invented material, test fixtures only.
# A: PDFBox 3 (render_b39_rolemap.java), tagged, the structure tree's element types all CUSTOM names mapped by the /RoleMap.
# B: pdflatex on A5 (one review a page), then imposed as a booklet (pdfpages, as pdfjam --booklet does) onto A4 landscape:
#    sheet sides 4|1 and 2|3.
# C: WeasyPrint, each review a bordered panel with a coloured header strip holding the title in white; the labels a short word
#    ('Learning', 'Recommendations', 'Good practice') UNDER an inline SVG icon in a left column beside the list.
# D: Chromium --print-to-pdf, A4 landscape, two comparison tables with ONE COLUMN PER REVIEW (titles in the header row) and
#    one row per section (row headers 'Summary', 'Learning includes:', 'Recommendations include:', ..., 'Full review').
# E: pdflatex twocolumn, entries numbered '1.' to '4.', the 'Read ...' link text followed by a superscript marker '[n]' and
#    the URLs in a 'References' list at the end.
# Helpers (groups, url, curly, x) are shared with render_b32_inputs; tex and tex_lists with render_b37_inputs.
import os, shutil, subprocess, tempfile
from render_b32_inputs import groups, url, curly, x
from render_b37_inputs import tex, tex_lists, run
G = os.path.dirname(os.path.abspath(__file__))
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


# ---------------------------------------------------------------- A. PDFBox, custom structure types + RoleMap
def rolemap(d, src, dst, t):
    lines = [f"heading\t{d['heading']}", f"intro\t{curly(d['intro'])}"]
    for i, e in enumerate(d["entries"], 1):
        lines += [f"title\t{e['title']}", f"summary\t{curly(e['summary'])}"]
        for lab, lst in groups(e):
            if lab is None: lines.append(f"norec\t{curly(lst)}"); continue
            lines.append(f"label\t{lab}"); lines += [f"item\t{curly(it)}" for it in lst]
        lines.append(f"link\t{e['link']}\t{url(d, i)}")
    lines.append(f"foot\t{FOOT}")
    spec = f"{src}/b39-pdfbox-rolemap-tags.txt"
    open(spec, "w").write("\n".join(lines) + "\n")
    subprocess.run(["java", "-cp", os.environ["PDFBOX_CP"], f"{G}/render_b39_rolemap.java", spec, dst], check=True)


# ---------------------------------------------------------------- B. pdflatex A5, imposed as a booklet by pdfjam
def booklet(d, src, dst, t):
    body = []
    for i, e in enumerate(d["entries"], 1):
        body.append(("" if i == 1 else "\\newpage\n") + r"\subsection*{" + tex(e["title"]) + "}\n" + tex(e["summary"]) + "\n\n" + tex_lists(e)
                    + r"\noindent\href{" + url(d, i) + "}{" + tex(e["link"]) + "}\n")
    doc = (r"""\documentclass[10pt,a5paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=14mm,bottom=18mm]{geometry}
\usepackage[hidelinks]{hyperref}
\usepackage{enumitem}\setlist[itemize]{leftmargin=1.2em,topsep=2pt,itemsep=1pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\Large\bfseries """ + tex(d["heading"]) + r"""\par}\medskip
""" + tex(d["intro"]) + "\n\n" + "\n".join(body) + r"""
\vfill\footnotesize """ + tex(FOOT) + "\n\\end{document}\n")
    open(f"{src}/b39-pdflatex-a5-booklet.tex", "w").write(doc)
    shutil.copy(f"{src}/b39-pdflatex-a5-booklet.tex", f"{t}/b.tex")
    run(["pdflatex", "-interaction=nonstopmode", "b.tex"], t); run(["pdflatex", "-interaction=nonstopmode", "b.tex"], t)
    n = int(subprocess.run(["pdfinfo", "b.pdf"], cwd=t, capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    assert n == 4, f"the A5 digest should have 4 pages, has {n}"
    # the imposition pdfjam --booklet makes (pdfpages, 2x1 on A4 landscape, sheet sides 4|1 then 2|3), written out because
    # pdfjam 3.03's --booklet turns the first side upside down (short-edge duplex)
    open(f"{t}/book.tex", "w").write("\\documentclass{article}\\usepackage[a4paper,landscape]{geometry}\\usepackage{pdfpages}"
                                     "\\begin{document}\\includepdf[pages={4,1,2,3},nup=2x1]{b.pdf}\\end{document}\n")
    run(["pdflatex", "-interaction=nonstopmode", "book.tex"], t)
    shutil.copy(f"{t}/book.pdf", dst)


# ---------------------------------------------------------------- C. WeasyPrint panels, header strip, icon-over-word labels
ICONS = {
    "Learning": '<svg width="22" height="22" viewBox="0 0 24 24"><circle cx="12" cy="9" r="6" fill="#f2b705"/><rect x="9" y="15" width="6" height="5" fill="#555"/></svg>',
    "Recommendations": '<svg width="22" height="22" viewBox="0 0 24 24"><path d="M4 12l5 5L20 6" stroke="#1b7f3b" stroke-width="3" fill="none"/></svg>',
    "Good practice": '<svg width="22" height="22" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-6 4 2 8-6-5-6 5 2-8-6-4h7z" fill="#c0392b"/></svg>',
}


def icon_labels(d, src, dst, t):
    panels = []
    for i, e in enumerate(d["entries"], 1):
        rows = []
        for lab, lst in groups(e):
            if lab is None: rows.append(f'<p class="norec">{x(lst)}</p>'); continue
            rows.append(f'<div class="row"><div class="lab">{ICONS[lab]}<span>{x(lab)}</span></div>'
                        f'<div class="list"><ul>{"".join(f"<li>{x(it)}</li>" for it in lst)}</ul></div></div>')
        panels.append(f'<section class="panel"><h2>{x(e["title"])}</h2><div class="in"><p>{x(e["summary"])}</p>{"".join(rows)}'
                      f'<p class="link"><a href="{url(d, i)}">{x(e["link"])}</a></p></div></section>')
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{x(d['heading'])}</title><style>
@page {{ size: A4; margin: 16mm 16mm 18mm; @bottom-center {{ content: counter(page); font: 8pt sans-serif; color: #666; }} }}
body {{ font: 9.5pt/1.35 "DejaVu Sans", sans-serif; color: #222; }}
h1 {{ font-size: 18pt; color: #20436b; margin: 0 0 4pt; }}
.panel {{ border: 1pt solid #20436b; border-radius: 4pt; margin: 10pt 0; page-break-inside: avoid; }}
.panel h2 {{ background: #20436b; color: #fff; font-size: 11.5pt; margin: 0; padding: 5pt 8pt; }}
.in {{ padding: 4pt 10pt 6pt; }}
.row {{ display: table; width: 100%; margin: 5pt 0; }}
.lab {{ display: table-cell; width: 28mm; vertical-align: top; text-align: center; font-size: 7.5pt; font-weight: bold; color: #20436b; text-transform: uppercase; letter-spacing: 0.3pt; }}
.lab svg {{ display: block; margin: 0 auto 3pt; }}
.lab span {{ display: block; }}
.list {{ display: table-cell; vertical-align: top; padding-left: 4mm; }}
ul {{ margin: 0; padding-left: 12pt; }}
.link a {{ color: #0b5fa5; }}
.foot {{ font-size: 8pt; color: #555; margin-top: 14pt; }}
</style></head><body><h1>{x(d['heading'])}</h1><p>{x(d['intro'])}</p>{"".join(panels)}<p class="foot">{x(FOOT)}</p></body></html>"""
    open(f"{src}/b39-weasyprint-icon-labels.html", "w").write(html)
    subprocess.run(["weasyprint", f"{src}/b39-weasyprint-icon-labels.html", dst], check=True, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- D. Chromium, transposed comparison tables
def transposed(d, src, dst, t):
    tables = []
    ents = list(enumerate(d["entries"], 1))
    for k in range(0, len(ents), 2):
        pair = ents[k:k + 2]
        head = "".join(f"<th scope=\"col\">{x(e['title'])}</th>" for _, e in pair)
        def cell(e, which):
            lst = {"l": e["learning"], "r": e["recs"], "g": e["good"]}[which]
            if which == "r" and not lst and e["norec"]: return f"<td>{x(e['norec'])}</td>"
            return "<td>" + (f"<ul>{''.join(f'<li>{x(it)}</li>' for it in lst)}</ul>" if lst else "") + "</td>"
        rows = [("Summary", "".join(f"<td>{x(e['summary'])}</td>" for _, e in pair)),
                ("Learning includes:", "".join(cell(e, "l") for _, e in pair)),
                ("Recommendations include:", "".join(cell(e, "r") for _, e in pair))]
        if any(e["good"] for _, e in pair):
            rows.append(("Identifies good practice including:", "".join(cell(e, "g") for _, e in pair)))
        rows.append(("Full review", "".join(f'<td><a href="{url(d, i)}">{x(e["link"])}</a></td>' for i, e in pair)))
        body = "".join(f"<tr><th scope=\"row\">{x(lab)}</th>{cells}</tr>" for lab, cells in rows)
        tables.append(f"<table><thead><tr><th class=\"corner\">Review</th>{head}</tr></thead><tbody>{body}</tbody></table>")
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{x(d['heading'])}</title><style>
@page {{ size: A4 landscape; margin: 12mm; }}
body {{ font: 9pt/1.3 "Liberation Sans", Arial, sans-serif; color: #222; }}
h1 {{ font-size: 17pt; color: #4b1d6b; margin: 0 0 3pt; }}
table {{ width: 100%; border-collapse: collapse; margin: 8pt 0 4pt; table-layout: fixed; break-after: page; }}
table:last-of-type {{ break-after: auto; }}
col.c0 {{ width: 34mm; }}
th, td {{ border: 0.75pt solid #999; padding: 4pt 6pt; vertical-align: top; text-align: left; }}
thead th {{ background: #4b1d6b; color: #fff; font-size: 10pt; }}
thead th.corner {{ width: 34mm; background: #e9e1f0; color: #4b1d6b; }}
tbody th {{ background: #f3eff7; color: #4b1d6b; font-weight: bold; width: 34mm; }}
ul {{ margin: 0; padding-left: 12pt; }}
a {{ color: #0b5fa5; }}
.foot {{ font-size: 8pt; color: #555; }}
</style></head><body><h1>{x(d['heading'])}</h1><p>{x(d['intro'])}</p>{"".join(tables)}<p class="foot">{x(FOOT)}</p></body></html>"""
    open(f"{src}/b39-chromium-transposed-table.html", "w").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={dst}", f"file://{src}/b39-chromium-transposed-table.html"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- E. pdflatex two columns, numbered entries, references list
def twocol_refs(d, src, dst, t):
    body, refs = [], []
    for i, e in enumerate(d["entries"], 1):
        body.append(r"\noindent{\large\bfseries " + f"{i}." + r"~" + tex(e["title"]) + r"\par}\smallskip" + "\n" + tex(e["summary"]) + "\n\n"
                    + tex_lists(e) + r"\noindent " + tex(e["link"]) + r"\textsuperscript{[" + str(i) + "]}\n\n\\bigskip\n")
        name = e["t"]["child_name"]
        refs.append(r"\item[{[" + str(i) + "]}] " + tex(name) + ", " + tex(e["link"][5:]) + r". \url{" + url(d, i) + "}")
    doc = (r"""\documentclass[10pt,a4paper,twocolumn]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=18mm,columnsep=8mm]{geometry}
\usepackage[hidelinks]{hyperref}\urlstyle{same}
\usepackage{enumitem}\setlist[itemize]{leftmargin=1.2em,topsep=2pt,itemsep=1pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\begin{document}
\twocolumn[{\noindent{\LARGE\bfseries """ + tex(d["heading"]) + r"""\par}\medskip
\noindent """ + tex(d["intro"]) + r"""\par\bigskip}]
""" + "\n".join(body) + r"""
\section*{References}
\begin{description}[leftmargin=2.2em,labelwidth=2em,font=\normalfont,itemsep=2pt]
""" + "\n".join(refs) + r"""
\end{description}
\bigskip\footnotesize """ + tex(FOOT) + "\n\\end{document}\n")
    open(f"{src}/b39-pdflatex-twocol-references.tex", "w").write(doc)
    shutil.copy(f"{src}/b39-pdflatex-twocol-references.tex", f"{t}/e.tex")
    run(["pdflatex", "-interaction=nonstopmode", "e.tex"], t); run(["pdflatex", "-interaction=nonstopmode", "e.tex"], t)
    shutil.copy(f"{t}/e.pdf", dst)


RENDER = {"b39-pdfbox-rolemap-tags-2025-03.pdf": rolemap, "b39-pdflatex-a5-booklet-2025-05.pdf": booklet,
          "b39-weasyprint-icon-labels-2025-08.pdf": icon_labels, "b39-chromium-transposed-table-2025-10.pdf": transposed,
          "b39-pdflatex-twocol-references-2025-12.pdf": twocol_refs}


def render_inputs(b39, out, names):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for name, d in b39.items():
        if names and name not in names: continue
        with tempfile.TemporaryDirectory() as t:
            RENDER[name](d, os.path.abspath(f"{out}/source"), os.path.abspath(f"{out}/input/{name}"), t)
        print("wrote", name)
