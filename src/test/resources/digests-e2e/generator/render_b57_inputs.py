# Renders the inputs of batch b57 (see render_b57.py and entries_b57.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b57/source/:
# A: an SVG newsletter exported by INKSCAPE ('inkscape --export-type=pdf', cairo), two A4 pages joined by qpdf (the first
#    page's file keeps its /Info): a banner, the intro, then each review: a coloured title, the summary, and its lists with
#    every LABEL drawn as a COLOURED TAB (a filled rounded rectangle holding the label's words in white, the longest label on
#    two lines) LEFT of the items; every line a <tspan> placed absolutely (x and y of its own) inside one <text> per block,
#    the '•' its own <tspan>; the link line in a blue <a>.
# B: an HTML page printed by WKHTMLTOPDF (Qt WebKit, A5): heading, intro, then ONE BORDERED TABLE of two columns, header row
#    'Review | What we learned' (a <thead>, REPEATED on every page), one row per review: the title, summary and link in the
#    left cell, the labels and their lists in the right cell; rows break across pages.
# C: a Word document (python-docx) printed by LibreOffice Writer: heading, intro and the first review across the page, then
#    a CONTINUOUS SECTION BREAK and the other reviews in TWO COLUMNS on the same page; bold labels, Word bullets; the reports
#    linked by PRINTED SHORT URLS ONLY ('Full review: nspcc.li/...', no hyperlink).
# D: a MAIL-MERGE catalogue (python-docx: each record's merged values with Word's grey FIELD SHADING (w:shd) behind them, the
#    fixed words plain, the list fields one value each with '•' lines broken by line breaks), printed by LibreOffice Writer,
#    then made PDF/A-2b by GHOSTSCRIPT ('gs -dPDFA=2 -dPDFACompatibilityPolicy=1 -sColorConversionStrategy=RGB').
# E: a LUALATEX newsletter (article, twocolumn, fontspec TeX Gyre Heros, hyperref) whose heading and intro span both columns
#    (\twocolumn[...]) and whose LABELS ARE \marginpar NOTES beside each list's first item: in the LEFT margin beside the left
#    column, in the RIGHT margin beside the right column.
import os, shutil, subprocess, tempfile
from html import escape as h
from render_b32_inputs import groups, url, curly
from render_b35_inputs import width, wrap

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"


def run(cmd, cwd=None, env=None, ok=(0,)):
    e = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {}))
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=e, timeout=600)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stderr[-2000:]!r}")


def soffice_pdf(src, pdf):
    with tempfile.TemporaryDirectory(prefix="d57-") as t:
        run(["soffice", "-env:UserInstallation=file:///tmp/d57-lo", "--headless", "--convert-to", "pdf:writer_pdf_Export",
             "--outdir", t, src])
        shutil.move(os.path.join(t, os.path.splitext(os.path.basename(src))[0] + ".pdf"), pdf)


# ---------------------------------------------------------------- A. Inkscape SVG, tspans, coloured tab labels
TAB_W, ITEM_X, LEFT, RIGHT = 112, 180, 48, 547


def svg_text(lines, x, y, lead, size, weight="normal", fill="#1a1a1a", style=""):
    """One <text>, every line a <tspan> with its own x and y."""
    sp = "".join(f'<tspan x="{x:.1f}" y="{y + i * lead:.1f}">{h(curly(s), quote=False)}</tspan>' for i, s in enumerate(lines))
    return (f'<text xml:space="preserve" style="font-family:\'Liberation Sans\';font-size:{size}px;font-weight:{weight};'
            f'fill:{fill};{style}">{sp}</text>')


def svg_review(e, i, d, y):
    out = []
    font_b, font = "F2", "F1"
    t = wrap(curly(e["title"]), font_b, 13, RIGHT - LEFT)
    out.append(svg_text(t, LEFT, y, 16, 13, "bold", "#7a1f5c")); y += 16 * len(t) + 4
    s = wrap(curly(e["summary"]), font, 9.5, RIGHT - LEFT)
    out.append(svg_text(s, LEFT, y, 12.5, 9.5)); y += 12.5 * len(s) + 6
    colours = ("#00856f", "#c2410c", "#3b5bdb")
    for k, (lab, items) in enumerate(groups(e)):
        if lab is None:
            n = wrap(curly(items), font, 9.5, RIGHT - LEFT)
            out.append(svg_text(n, LEFT, y, 12.5, 9.5)); y += 12.5 * len(n) + 6
            continue
        ll = wrap(lab, font_b, 8.5, TAB_W - 14)
        tab_h = 11 * len(ll) + 7
        colour = colours[("Learning", "Recommendations", "Identifies").index(lab.split()[0])]
        out.append(f'<rect x="{LEFT}" y="{y - 11:.1f}" width="{TAB_W}" height="{tab_h:.1f}" rx="5" ry="5" style="fill:{colour}"/>')
        out.append(svg_text(ll, LEFT + 7, y, 11, 8.5, "bold", "#ffffff"))
        top = y
        for it in items:
            lines = wrap(curly(it), font, 9.5, RIGHT - ITEM_X - 10)
            out.append(svg_text(["\u2022"], ITEM_X - 10, y, 12.5, 9.5, "bold", colour))
            out.append(svg_text(lines, ITEM_X, y, 12.5, 9.5)); y += 12.5 * len(lines) + 3
        y = max(y, top + tab_h) + 6
    out.append(f'<a xlink:href="{url(d, i)}">' + svg_text([curly(e["link"]) + " \u203a"], LEFT, y, 12, 9.5, "bold", "#1c4fa8",
                                                        "text-decoration:underline") + "</a>")
    return out, y + 26


def svg_page(body, pageno, pages):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'width="210mm" height="297mm" viewBox="0 0 595.28 841.89" version="1.1">\n'
            + "\n".join(body) + "\n"
            + svg_text([FOOT + f"   Page {pageno} of {pages}"], LEFT, 815, 10, 7.5, "normal", "#555555") + "\n</svg>\n")


def inkscape(d, src, pdf, stem):
    first = [f'<rect x="0" y="0" width="595.28" height="92" style="fill:#7a1f5c"/>',
             svg_text(["NSPCC Learning \u00b7 case review digest"], LEFT, 34, 12, 10, "normal", "#f3d9ea"),
             svg_text([d["heading"]], LEFT, 66, 24, 22, "bold", "#ffffff")]
    il = wrap(d["intro"], "F1", 10, RIGHT - LEFT)
    first.append(svg_text(il, LEFT, 122, 13, 10)); y = 122 + 13 * len(il) + 22
    pages, cur = [], first
    for i, e in enumerate(d["entries"], 1):
        body, y2 = svg_review(e, i, d, y)
        if y2 > 790 and cur is not first or (cur is first and i == 3):
            pages.append(cur); cur = []; y = 60
            body, y2 = svg_review(e, i, d, y)
        cur += body; y = y2
    pages.append(cur)
    with tempfile.TemporaryDirectory(prefix="d57-ink-") as t:
        parts = []
        for n, body in enumerate(pages, 1):
            svg = f"{src}/{stem}-p{n}.svg"
            open(svg, "w").write(svg_page(body, n, len(pages)))
            out = f"{t}/p{n}.pdf"
            run(["inkscape", svg, "--export-type=pdf", f"--export-filename={out}"], env={"HOME": t})
            parts.append(out)
        run(["qpdf", "--deterministic-id", parts[0], "--pages"] + parts + ["--", pdf], ok=(0, 3))  # 3: qpdf warnings only


# ---------------------------------------------------------------- B. wkhtmltopdf bordered two-column table
TABLE_CSS = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;color:#222;margin:0}
h1{font-size:20pt;color:#0b4f6c;margin:0 0 6pt}
p.intro{margin:0 0 12pt}
table{border-collapse:collapse;width:100%}
thead{display:table-header-group}
th{background:#0b4f6c;color:#fff;text-align:left;padding:5pt 7pt;border:1px solid #0b4f6c;font-size:11pt}
td{border:1px solid #7a8a99;vertical-align:top;padding:6pt 7pt;width:50%}
td p{margin:0 0 6pt}
td .t{font-weight:bold;color:#0b4f6c}
td .l{font-weight:bold;margin-top:4pt}
ul{margin:0 0 6pt 0;padding-left:14pt}
li{margin:0 0 3pt}
a{color:#0b4f6c}
p.foot{font-size:8pt;color:#666;margin-top:12pt}"""


def wk_row(e, i, d):
    left = (f'<p class="t">{h(curly(e["title"]))}</p><p>{h(curly(e["summary"]))}</p>'
            f'<p><a href="{url(d, i)}">{h(curly(e["link"]))}</a></p>')
    right = ""
    for lab, items in groups(e):
        if lab is None:
            right += f"<p>{h(curly(items))}</p>"
        else:
            right += f'<p class="l">{h(lab)}</p><ul>' + "".join(f"<li>{h(curly(x))}</li>" for x in items) + "</ul>"
    return f"<tr><td>{left}</td><td>{right}</td></tr>"


def wkhtml(d, src, pdf, stem):
    rows = "\n".join(wk_row(e, i, d) for i, e in enumerate(d["entries"], 1))
    doc = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{TABLE_CSS}</style>'
           f'</head><body><h1>{h(d["heading"])}</h1><p class="intro">{h(d["intro"])}</p>'
           f'<table><thead><tr><th>Review</th><th>What we learned</th></tr></thead><tbody>\n{rows}\n</tbody></table>'
           f'<p class="foot">{h(FOOT)}</p></body></html>')
    path = f"{src}/{stem}.html"; open(path, "w").write(doc)
    run(["wkhtmltopdf", "-q", "--disable-smart-shrinking", "--page-size", "A5", "-T", "12mm", "-B", "14mm", "-L", "11mm", "-R", "11mm",
         "--footer-center", "Page [page] of [topage]", "--footer-font-size", "8", path, pdf])


# ---------------------------------------------------------------- C and D. python-docx documents printed by Writer
def docx_mod():
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return docx, Pt, RGBColor, WD_SECTION, qn, OxmlElement


def a4(doc):
    from docx.shared import Mm
    for sec in doc.sections:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = sec.bottom_margin = Mm(20)


def docx_entry(doc, e, short):
    doc.add_heading(curly(e["title"]), level=2)
    doc.add_paragraph(curly(e["summary"]))
    for lab, items in groups(e):
        if lab is None:
            doc.add_paragraph(curly(items)); continue
        doc.add_paragraph().add_run(lab).bold = True
        for x in items: doc.add_paragraph(curly(x), style="List Bullet")
    doc.add_paragraph(short)


def set_cols(section, n, qn, OxmlElement):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None: cols = OxmlElement("w:cols"); sp.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "567")


def sectionbreak(d, src, pdf, stem):
    docx, Pt, RGBColor, WD_SECTION, qn, OxmlElement = docx_mod()
    doc = docx.Document()
    doc.core_properties.author = "Partnership business unit"; doc.core_properties.title = d["heading"]
    doc.styles["Normal"].font.name = "Liberation Sans"; doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(d["heading"], level=1)
    doc.add_paragraph(d["intro"])
    es = d["entries"]
    docx_entry(doc, es[0], es[0]["link"])
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2, qn, OxmlElement)
    for e in es[1:]: docx_entry(doc, e, e["link"])
    a4(doc)
    p = doc.add_paragraph(); r = p.add_run(FOOT); r.italic = True; r.font.size = Pt(8)
    path = f"{src}/{stem}.docx"; doc.save(path); soffice_pdf(path, pdf)


def shaded(p, text, qn, OxmlElement, bold=False):
    r = p.add_run(text); r.bold = bold
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "D9D9D9")
    r._r.get_or_add_rPr().append(shd)
    return r


def merged_list(p, items, qn, OxmlElement):
    from docx.enum.text import WD_BREAK
    for k, x in enumerate(items):
        r = shaded(p, "\u2022 " + curly(x), qn, OxmlElement)
        if k < len(items) - 1: r.add_break(WD_BREAK.LINE)


def mailmerge(d, src, pdf, stem):
    docx, Pt, RGBColor, WD_SECTION, qn, OxmlElement = docx_mod()
    doc = docx.Document()
    doc.core_properties.title = d["heading"]
    doc.styles["Normal"].font.name = "Liberation Serif"; doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(d["heading"], level=1)
    doc.add_paragraph(d["intro"])
    for i, e in enumerate(d["entries"], 1):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(14)
        shaded(p, curly(e["title"]), qn, OxmlElement, bold=True).font.size = Pt(12.5)
        shaded(doc.add_paragraph(), curly(e["summary"]), qn, OxmlElement)
        for lab, items in groups(e):
            if lab is None:
                shaded(doc.add_paragraph(), curly(items), qn, OxmlElement); continue
            doc.add_paragraph().add_run(lab).bold = True
            merged_list(doc.add_paragraph(), items, qn, OxmlElement)
        shaded(doc.add_paragraph(), curly(e["link"]), qn, OxmlElement)
    a4(doc)
    p = doc.add_paragraph(); r = p.add_run(FOOT); r.italic = True; r.font.size = Pt(8)
    path = f"{src}/{stem}.docx"; doc.save(path)
    with tempfile.TemporaryDirectory(prefix="d57-gs-") as t:
        soffice_pdf(path, f"{t}/w.pdf")
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-dPDFA=2", "-dPDFACompatibilityPolicy=1",
             "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite", f"-sOutputFile={pdf}", f"{t}/w.pdf"])


# ---------------------------------------------------------------- E. LuaLaTeX twocolumn, \marginpar labels
def tex(s):
    s = curly(s)
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def tex_entry(e, i, d):
    out = [r"\section*{" + tex(e["title"]) + "}", tex(e["summary"]), ""]
    for lab, items in groups(e):
        if lab is None:
            out += [tex(items), ""]; continue
        out.append(r"\begin{itemize}")
        for k, x in enumerate(items):
            mp = r"\marginpar{\labelnote " + tex(lab) + "}" if k == 0 else ""
            out.append(r"\item " + mp + tex(x))
        out.append(r"\end{itemize}")
    out += [r"\noindent\href{" + url(d, i) + "}{" + tex(e["link"]) + "}", ""]
    return "\n".join(out)


def lualatex(d, src, pdf, stem):
    body = "\n".join(tex_entry(e, i, d) for i, e in enumerate(d["entries"], 1))
    t = r"""\documentclass[10pt,twocolumn]{article}
\usepackage[a4paper,top=22mm,bottom=24mm,left=36mm,right=36mm,marginparwidth=26mm,marginparsep=4mm,columnsep=7mm]{geometry}
\usepackage{fontspec}
\setmainfont{TeX Gyre Heros}
\usepackage{xcolor}
\usepackage[hidelinks,pdfcreator={LaTeX with hyperref}]{hyperref}
\usepackage{titlesec}
\titleformat*{\section}{\large\bfseries\color[HTML]{1F5E3B}\raggedright}
\titlespacing*{\section}{0pt}{10pt}{3pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\usepackage{enumitem}\setlist[itemize]{leftmargin=10pt,itemsep=1pt,topsep=2pt}
\newcommand{\labelnote}{\raggedright\footnotesize\bfseries\color[HTML]{1F5E3B}}
\pagestyle{plain}
\begin{document}
\twocolumn[{\noindent{\Huge\bfseries\color[HTML]{1F5E3B} """ + tex(d["heading"]) + r"""\par}\vspace{6pt}
\noindent """ + tex(d["intro"]) + r"""\par\vspace{10pt}}]
""" + body + r"""
\vfill\noindent{\footnotesize\itshape """ + tex(FOOT) + r"""}
\end{document}
"""
    path = f"{src}/{stem}.tex"; open(path, "w").write(t)
    with tempfile.TemporaryDirectory(prefix="d57-tex-") as w:
        shutil.copy(path, f"{w}/d.tex")
        for _ in range(2):
            run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "d.tex"], cwd=w)
        shutil.copy(f"{w}/d.pdf", pdf)


MAKERS = {"inkscape": inkscape, "wkhtml": wkhtml, "sectionbreak": sectionbreak, "mailmerge": mailmerge, "lualatex": lualatex}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        stem = fname[:-4]
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", stem)
        print("wrote", fname)
