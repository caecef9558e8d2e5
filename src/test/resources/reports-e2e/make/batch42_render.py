"""Batch 42 renderers: one function per producer (batch42_content.py's `producer`), each writing the PDF into a
temporary folder and returning its path. OpTeX and plain TeX sources are written here and run with `optex` / `pdftex`;
PHP FPDF through make/batch42_fpdf.php (the report as JSON on stdin); PyX in this process (/usr/bin/python3 with
python3-pyx); JFreePDF through make/batch42_jfreepdf.java (java single-file launch, org.jfree.pdf 2.0.1 from ~/.m2).
Test-fixture tooling only: every report is invented.
"""
import json, os, re, subprocess
from batch42_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))


def tex(s):
    s = s.replace("\\", r"\textbackslash ")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s.replace("'", "'")


def cover_lines(c):
    return [c["partnership"], c["by"], c["date"], INVENTED]


# ---------- OpTeX
def optex(rep, d):
    c, chap = rep["cover"], rep["producer"] == "optex_chap"
    out = [r"\fontfam[LMfonts]", r"\margins/1 a4 (2.5,2.5,2.5,2.5)cm", r"\typosize[11/14]",
           r"\tit " + tex(c["title"]), "", r"\noindent " + tex(c["partnership"]) + r"\par",
           r"\noindent " + tex(c["by"]) + r" \quad " + tex(c["date"]) + r"\par", r"\noindent{\it " + INVENTED + r"}\par", ""]
    if not chap:
        out += [r"\maketoc", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += [(r"\chap " if chap else r"\sec ") + tex(b[1]), ""]
        elif b[0] == "h2":
            out += [(r"\sec " if chap else r"\secc ") + tex(b[1]), ""]
        elif b[0] == "p":
            out += [tex(b[1]), ""]
        elif b[0] == "items":
            out += [r"\begitems" + (r" \style n" if b[3] == "ol" else "")] + ["* " + tex(t) for t in b[2]] + [r"\enditems", ""]
        elif b[0] == "gloss":
            out += [r"\begitems \style -"] + ["* {\\bf %s}: %s" % (tex(k), tex(v)) for k, v in b[1]] + [r"\enditems", ""]
    out.append(r"\bye")
    src = os.path.join(d, "r.tex")
    open(src, "w").write("\n".join(out) + "\n")
    for _ in range(2):  # the contents need a second run
        subprocess.run(["optex", "-interaction=nonstopmode", "r.tex"], cwd=d, check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------- plain TeX
def plain_tex(rep, d):
    c, numbered = rep["cover"], rep["producer"] == "plain_tex_numbered"
    out = [r"\pdfpagewidth=210truemm \pdfpageheight=297truemm \hsize=160truemm \vsize=240truemm",
           r"\hoffset=-0.4truein \voffset=-0.2truein", r"\font\titlefont=cmbx12 at 14.4pt \font\eightrm=cmr8",
           r"\parskip=3pt plus 1pt"]
    if numbered:
        out.append(r"\headline={\ifnum\pageno>1 \hfil\eightrm %s\else\hfil\fi}" % tex(c["title"]))
    out += [r"\centerline{\titlefont %s}" % tex(c["title"]), r"\medskip",
            r"\centerline{%s}" % tex(c["partnership"]), r"\centerline{%s}" % tex(c["by"]),
            r"\centerline{%s}" % tex(c["date"]), r"\smallskip", r"\centerline{\it %s}" % INVENTED, r"\bigskip", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += [r"\beginsection " + tex(b[1]), ""]
        elif b[0] == "h2":
            out += [r"\medskip\noindent{\it %s}\par\nobreak" % tex(b[1]), ""]
        elif b[0] == "p":
            out += [tex(b[1]), ""]
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                out += [r"\item{%s} %s" % ("%d." % i if b[3] == "ol" else r"$\bullet$", tex(t)), ""]
    out.append(r"\bye")
    open(os.path.join(d, "r.tex"), "w").write("\n".join(out) + "\n")
    subprocess.run(["pdftex", "-interaction=nonstopmode", "r.tex"], cwd=d, check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------- PHP FPDF
def fpdf(rep, d):
    pdf = os.path.join(d, "r.pdf")
    subprocess.run(["php", os.path.join(HERE, "batch42_fpdf.php"), pdf], input=json.dumps(dict(rep, invented=INVENTED)),
                   text=True, check=True)
    return pdf


# ---------- PyX
def pyx(rep, d):
    from pyx import canvas, document, text, unit, style, path, color
    unit.set(defaultunit="pt")
    text.set(text.LatexEngine, docopt="12pt")
    text.preamble(r"\usepackage[T1]{fontenc}\usepackage{lmodern}")
    W, H, L, TOP, BOT, width = 595.28, 841.89, 72, 841.89 - 72, 80, 595.28 - 144
    pages, state = [], {}

    def new_page():
        c = canvas.canvas()
        pages.append(c)
        state.update(c=c, y=TOP)
        c.text(W / 2, 40, r"\small %d" % len(pages), [text.halign.center])

    def place(src, x, w, gap_after, extra=None):
        t = text.text(x, 0, src, [text.parbox(w), text.valign.top] + (extra or []))
        hgt = t.bbox().height()
        if state["y"] - hgt < BOT:
            new_page()
        state["c"].insert(t, [__import__("pyx").trafo.translate(0, state["y"])])
        state["y"] -= hgt + gap_after
        return t

    new_page()
    c = rep["cover"]
    place(r"\LARGE\bfseries " + tex(c["title"]), L, width, 10)
    state["c"].stroke(path.line(L, state["y"], L + width, state["y"]), [style.linewidth(1)])
    state["y"] -= 14
    for line in cover_lines(c):
        place(tex(line), L, width, 4)
    state["y"] -= 14
    for b in rep["blocks"]:
        if b[0] == "h1":
            if state["y"] < BOT + 90:
                new_page()
            place(r"\large\bfseries " + tex(b[1]), L, width, 8)
        elif b[0] == "p":
            place(r"\noindent " + tex(b[1]), L, width, 8)
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                y0 = state["y"]
                body = place(r"\noindent " + tex(t), L + 22, width - 22, 6)
                if state["y"] + body.bbox().height() + 6 != y0:  # moved to a new page
                    y0 = state["y"] + body.bbox().height() + 6
                state["c"].text(L, y0, "%d." % i, [text.valign.top])
    doc = document.document([document.page(p, paperformat=document.paperformat.A4, centered=0, fittosize=0) for p in pages])
    out = os.path.join(d, "r.pdf")
    doc.writePDFfile(out)
    return out


# ---------- JFreePDF
def jfreepdf(rep, d):
    lines = ["T\t" + rep["cover"]["title"]] + ["C\t" + x for x in cover_lines(rep["cover"])]
    for b in rep["blocks"]:
        if b[0] == "h1":
            lines.append("H\t" + b[1])
        elif b[0] == "p":
            lines.append("P\t" + b[1])
        elif b[0] == "items":
            lines += ["I\t%d.\t%s" % (i, t) for i, t in enumerate(b[2], 1)]
    src = os.path.join(d, "r.txt")
    open(src, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    jar = os.path.expanduser("~/.m2/repository/org/jfree/org.jfree.pdf/2.0.1/org.jfree.pdf-2.0.1.jar")
    out = os.path.join(d, "r.pdf")
    subprocess.run(["java", "-Djava.awt.headless=true", "-cp", jar, os.path.join(HERE, "batch42_jfreepdf.java"), src, out,
                    rep["cover"]["area"] + " SCP"], check=True)
    return out


RENDER = {"optex": optex, "optex_chap": optex, "plain_tex": plain_tex, "plain_tex_numbered": plain_tex,
          "fpdf_php": fpdf, "fpdf_php_plan": fpdf, "pyx": pyx, "jfreepdf": jfreepdf}


def render(rep, d):
    return RENDER[rep["producer"]](rep, d)
