"""Renderers of batch27 (one function per producer; each returns the path of the PDF it made in directory d).
Test-fixture tooling only."""
import html, json, os, subprocess
from batch27_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd, **kw):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=kw.pop("stdout", subprocess.DEVNULL), stderr=subprocess.DEVNULL, **kw)


def e(s):
    return html.escape(s, quote=False)


def cover_lines(rep):
    c = rep["cover"]
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


def leads(rep, n):
    return (rep.get("leads") or [""] * n)


# ---------- groff (-mm, -me, and -ms for the scanned report)
def roff(s):
    s = s.replace("\\", "\\e")
    return "\\&" + s if s[:1] in ".'" else s


def groff_mm(rep, d):
    c = rep["cover"]
    out = [".nr Hb 7", ".nr Hs 7", ".nr Hps 1", ".sp 6", ".ce 1", roff(c["partnership"]), ".sp 3", ".ft B", ".ps 16",
           ".ce 1", roff(c["title"]), ".ps 10", ".ft R", ".sp 2", ".ce 2", roff(c["by"]), roff(c["date"]), ".sp 10",
           ".ce 1", roff(INVENTED)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(".SK")
            out.append('.HU "%s"' % b[1] if b[2] == "appendix" else '.H 1 "%s"' % b[1])
        elif b[0] == "p":
            out += [".P", roff(b[1])]
        elif b[0] == "items":
            out.append(".BL" if b[3] == "BL" else ".AL 1")
            for t in b[2]:
                out += [".LI", roff(t)]
            out.append(".LE")
        elif b[0] == "gloss":
            out.append(".VL 12")
            for t, m in b[1]:
                out += ['.LI "%s"' % t, roff(m)]
            out.append(".LE")
    open(os.path.join(d, "r.mm"), "w").write("\n".join(out) + "\n")
    with open(os.path.join(d, "r.pdf"), "wb") as f:
        run(["groff", "-mm", "-Tpdf", "r.mm"], d, stdout=f)
    return os.path.join(d, "r.pdf")


def groff_me(rep, d):
    c = rep["cover"]
    out = [".fo ''- % -''", ".sp 8", ".ce 1", roff(c["partnership"]), ".sp 3", ".ft B", ".ps 16", ".ce 2",
           roff(c["title"].split(" - ")[0]), roff(c["title"].split(" - ")[1]), ".ps 10", ".ft R", ".sp 2", ".ce 2",
           roff(c["by"]), roff(c["date"]), ".sp 8", ".ce 1", roff(INVENTED)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(".bp")
            out.append('.uh "%s"' % b[1] if b[2] == "appendix" else '.sh 1 "%s"' % b[1])
        elif b[0] == "p":
            out += [".pp", roff(b[1])]
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                out += ['.ip "Lesson %d" 10n' % i, roff(t)] if b[3] == "ip" else [".np", roff(t)]
        elif b[0] == "gloss":
            for t, m in b[1]:
                out += ['.ip "%s" 12n' % t, roff(m)]
    open(os.path.join(d, "r.me"), "w").write("\n".join(out) + "\n")
    with open(os.path.join(d, "r.pdf"), "wb") as f:
        run(["groff", "-me", "-Tpdf", "r.me"], d, stdout=f)
    return os.path.join(d, "r.pdf")


def groff_ms_scan_source(rep, d):
    c = rep["cover"]
    out = [".nr PS 12", ".nr VS 15", ".ds CH", ".ds CF - \\\\n% -", ".sp 6", ".ce 1", roff(c["partnership"].upper()),
           ".sp 3", ".ce 3", "\\fB\\s+4SERIOUS CASE REVIEW\\s0\\fP", "\\fB\\s+4CHILD J\\s0\\fP", "OVERVIEW REPORT",
           ".sp 2", ".ce 2", roff(c["by"]), roff(c["date"]), ".sp 8", ".ce 1", roff(INVENTED)]
    n = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(".bp")
            if b[2] == "appendix":
                out += [".LP", "\\fB%s\\fP" % b[1]]
            else:
                n += 1
                out += [".LP", "\\fB%d. %s\\fP" % (n, b[1])]
        elif b[0] == "p":
            out += [".LP", roff(b[1])]
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                out += ['.IP "%d." 4' % i, roff(t)]
        elif b[0] == "gloss":
            for t, m in b[1]:
                out += ['.IP "%s" 10' % t, roff(m)]
    open(os.path.join(d, "s.ms"), "w").write("\n".join(out) + "\n")
    with open(os.path.join(d, "s.pdf"), "wb") as f:
        run(["groff", "-ms", "-Tpdf", "s.ms"], d, stdout=f)
    return os.path.join(d, "s.pdf")


def scanned(rep, d):
    src = groff_ms_scan_source(rep, d)
    run(["pdftoppm", "-r", "240", "-gray", "-png", src, "pg"], d)
    pages = sorted(p for p in os.listdir(d) if p.startswith("pg") and p.endswith(".png"))
    imgs = []
    for i, p in enumerate(pages):
        o = "sc%02d.png" % i
        angle = ("0.3", "-0.2", "0.15", "-0.35")[i % 4]
        run(["convert", p, "-background", "white", "-rotate", angle, "-attenuate", "0.03", "+noise", "Impulse",
             "-level", "8%,92%", "-density", "240", "-units", "PixelsPerInch", o], d)
        imgs.append(o)
    run(["/usr/bin/python3", "-c", "import img2pdf, sys; open('img.pdf', 'wb').write(img2pdf.convert(sys.argv[1:]))"] + imgs, d)
    run(["ocrmypdf", "-l", "eng", "--output-type", "pdf", "--optimize", "0", "img.pdf", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------- rst2pdf
def rst(s):
    return s.replace("*", "\\*").replace("`", "\\`")


def rst2pdf(rep, d):
    c = rep["cover"]
    out = [".. footer::", "", "   Westerleigh LCSPR Harvey - page ###Page###", ""]
    out += ["", "", c["partnership"], "", "", ".. class:: title-big", "", "**%s**" % c["title"], "", c["by"], "",
            c["date"], "", "*%s*" % INVENTED, "", ".. raw:: pdf", "", "   PageBreak", ""]
    first = True
    for b in rep["blocks"]:
        if b[0] == "h1":
            if not first:
                out += [".. raw:: pdf", "", "   PageBreak", ""]
            first = False
            out += [b[1], "=" * len(b[1]), ""]
        elif b[0] == "p":
            out += [rst(b[1]), ""]
        elif b[0] == "items":
            if b[3] == "admonition":
                for i, t in enumerate(b[2], 1):
                    out += [".. admonition:: Learning point %d" % i, "", "   " + rst(t), ""]
            elif b[3] == "table":
                out += [".. list-table::", "   :header-rows: 1", "   :widths: 8 62 30", "", "   * - No.",
                        "     - Recommendation", "     - Lead"]
                for i, (t, l) in enumerate(zip(b[2], leads(rep, len(b[2]))), 1):
                    out += ["   * - %d" % i, "     - " + rst(t), "     - " + l]
                out.append("")
            else:
                out += ["- " + rst(t) for t in b[2]] + [""]
        elif b[0] == "gloss":
            for t, m in b[1]:
                out += [t, "   " + rst(m), ""]
    open(os.path.join(d, "r.rst"), "w").write("\n".join(out) + "\n")
    open(os.path.join(d, "s.style"), "w").write(json.dumps({"styles": [
        ["title-big", {"parent": "normal", "fontSize": 20, "leading": 26, "spaceBefore": 40, "spaceAfter": 30}]]}))
    run(["rst2pdf", "-s", "s.style", "r.rst", "-o", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------- xhtml2pdf
def xhtml2pdf(rep, d):
    c = rep["cover"]
    css = """@page { size: a4; margin: 2.5cm 2cm 2.5cm 2cm;
      @frame header { -pdf-frame-content: hdr; top: 1cm; left: 2cm; width: 17cm; height: 1cm; }
      @frame footer { -pdf-frame-content: ftr; bottom: 1cm; left: 2cm; width: 17cm; height: 1cm; } }
    body { font-family: Helvetica; font-size: 11pt; line-height: 1.4; }
    h1 { font-size: 15pt; color: #1f4e79; margin-top: 0; }
    p { margin: 0 0 8pt 0; }
    table.lt { border: 0.5pt solid #1f4e79; } table.lt td { padding: 4pt; border: 0.5pt solid #1f4e79; vertical-align: top; }
    table.lt th { background-color: #dde7f0; padding: 4pt; border: 0.5pt solid #1f4e79; text-align: left; }
    #hdr { font-size: 9pt; color: #555555; text-align: right; } #ftr { font-size: 9pt; text-align: center; }"""
    h = ["<html><head><meta charset='utf-8'/><title>%s</title><style>%s</style></head><body>" % (e(c["title"]), css),
         "<div id='hdr'>%s</div>" % e(c["partnership"]),
         "<div id='ftr'>Page <pdf:pagenumber/> of <pdf:pagecount/></div>",
         "<p style='font-size:14pt; margin-top:3cm'>%s</p>" % e(c["partnership"]),
         "<p style='font-size:24pt; font-weight:bold; color:#1f4e79; margin-top:1.5cm'>%s</p>" % e(c["title"]),
         "<p style='margin-top:1cm'>%s</p><p>%s</p>" % (e(c["by"]), e(c["date"])),
         "<p style='margin-top:5cm; font-size:9pt'>%s</p>" % e(INVENTED)]
    n = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            h.append("<pdf:nextpage/>")
            if b[2] == "appendix":
                h.append("<h1>%s</h1>" % e(b[1]))
            else:
                n += 1
                h.append("<h1>%d. %s</h1>" % (n, e(b[1])))
        elif b[0] == "p":
            h.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items":
            if b[3] == "table":
                h.append("<table class='lt' width='100%'><tr><th width='25%'>Theme</th><th>Learning</th></tr>")
                h += ["<tr><td>%s</td><td>%s</td></tr>" % (e(th), e(t)) for th, t in zip(rep["themes"], b[2])]
                h.append("</table>")
            else:
                h.append("<ol>" + "".join("<li>%s</li>" % e(t) for t in b[2]) + "</ol>")
        elif b[0] == "gloss":
            h.append("<table class='lt' width='100%'>" + "".join(
                "<tr><td width='20%%'><b>%s</b></td><td>%s</td></tr>" % (e(t), e(m)) for t, m in b[1]) + "</table>")
    h.append("</body></html>")
    open(os.path.join(d, "r.html"), "w").write("\n".join(h))
    run(["xhtml2pdf3", "r.html", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------- docx npm -> LibreOffice
def docx_npm(rep, d):
    spec = dict(rep, invented=INVENTED, leads=leads(rep, 9))
    open(os.path.join(d, "rep.json"), "w").write(json.dumps(spec))
    env = dict(os.environ, NODE_PATH=os.environ.get("DOCX_NODE_PATH", "/tmp/m31r-npm/node_modules"))
    run(["node", os.path.join(HERE, "batch27_docx.js"), "rep.json", "r.docx"], d, env=env)
    run(["soffice", "--headless", "--convert-to", "pdf", "r.docx"], d)
    return os.path.join(d, "r.pdf")


# ---------- LaTeX (the 2-up source and the marked draft)
def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def latex_body(rep, numbered):
    out = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(r"\clearpage")
            star = "*" if (not numbered or b[2] == "appendix") else ""
            out.append(r"\section%s{%s}" % (star, tex(b[1])))
        elif b[0] == "p":
            out.append(tex(b[1]) + "\n")
        elif b[0] == "items":
            st = b[3]
            if st == "runin":
                out += [r"\paragraph{Learning point %d.} %s" % (i, tex(t)) + "\n" for i, t in enumerate(b[2], 1)]
            elif st == "described":
                out.append(r"\begin{description}")
                out += [r"\item[Learning point %d] %s" % (i, tex(t)) for i, t in enumerate(b[2], 1)]
                out.append(r"\end{description}")
            elif st == "table":
                out.append(r"\begin{longtable}{|p{1cm}|>{\raggedright\arraybackslash}p{9cm}|>{\raggedright\arraybackslash}p{3cm}|}\hline \textbf{Rec} & \textbf{Recommendation} & "
                           r"\textbf{Lead}\\ \hline")
                out += [r"R%d & %s & %s\\ \hline" % (i, tex(t), tex(l))
                        for i, (t, l) in enumerate(zip(b[2], leads(rep, len(b[2]))), 1)]
                out.append(r"\end{longtable}")
            else:
                env = "enumerate" if st == "enumerate" else "itemize"
                out += [r"\begin{%s}" % env] + [r"\item %s" % tex(t) for t in b[2]] + [r"\end{%s}" % env]
        elif b[0] == "gloss":
            out.append(r"\begin{description}")
            out += [r"\item[%s] %s" % (tex(t), tex(m)) for t, m in b[1]]
            out.append(r"\end{description}")
    return out


def pdfjam(rep, d):
    c = rep["cover"]
    out = [r"\documentclass[10pt]{article}", r"\usepackage[a5paper,margin=1.6cm]{geometry}", r"\usepackage{mathpazo}",
           r"\usepackage[T1]{fontenc}", r"\usepackage{longtable}", r"\pagestyle{plain}", r"\begin{document}",
           r"\begin{titlepage}\centering\vspace*{1.5cm}{\large %s\par}\vspace{1.5cm}{\LARGE\bfseries %s\par}"
           r"\vspace{1cm}{%s\par}\vspace{0.3cm}{%s\par}\vfill{\small %s\par}\end{titlepage}"
           % tuple(tex(x) for x in cover_lines(rep)), r"\tableofcontents"]
    out += latex_body(rep, True) + [r"\end{document}"]
    open(os.path.join(d, "s.tex"), "w").write("\n".join(out))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "s.tex"], d)
    run(["pdfjam", "--nup", "2x1", "--landscape", "--a4paper", "--outfile", "r.pdf", "s.pdf"], d)
    return os.path.join(d, "r.pdf")


def marked(rep, d):
    c = rep["cover"]
    out = [r"\documentclass[11pt,a4paper]{article}", r"\usepackage[margin=2.5cm]{geometry}", r"\usepackage[scaled]{helvet}",
           r"\renewcommand{\familydefault}{\sfdefault}", r"\usepackage[T1]{fontenc}", r"\usepackage{longtable}", r"\usepackage{array}",
           r"\usepackage{xcolor}", r"\usepackage{fancyhdr}", r"\usepackage{draftwatermark}",
           r"\SetWatermarkText{DRAFT}\SetWatermarkScale{1.2}\SetWatermarkColor[gray]{0.85}\SetWatermarkAngle{45}",
           r"\usepackage[mathlines]{lineno}", r"\pagestyle{fancy}\fancyhf{}",
           r"\fancyhead[C]{\textcolor{red}{\textbf{OFFICIAL}}}\fancyfoot[C]{\textcolor{red}{\textbf{OFFICIAL}}\\ \thepage}",
           r"\renewcommand{\headrulewidth}{0pt}", r"\begin{document}", r"\thispagestyle{fancy}",
           r"\begin{center}\vspace*{2cm}{\large %s\par}\vspace{2cm}{\LARGE\bfseries %s\par}\vspace{1.5cm}{\large %s\par}"
           r"\vspace{0.5cm}{%s\par}\vspace{5cm}{\small %s\par}\end{center}" % tuple(tex(x) for x in cover_lines(rep)),
           r"\clearpage\section*{Contents}\begin{tabular}{@{}p{11cm}@{}}"]
    out += [tex(b[1]) + r"\\" for b in rep["blocks"] if b[0] == "h1"]
    out += [r"\end{tabular}", r"\linenumbers"] + latex_body(rep, False) + [r"\end{document}"]
    open(os.path.join(d, "r.tex"), "w").write("\n".join(out))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "r.tex"], d)
    return os.path.join(d, "r.pdf")
