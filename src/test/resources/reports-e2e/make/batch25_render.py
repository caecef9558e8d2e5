"""Renderers of batch25 (one function per producer; each returns the path of the PDF it made in directory d).
Test-fixture tooling only."""
import html, os, re, subprocess, textwrap
from batch25_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd, **kw):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def e(s):
    return html.escape(s, quote=False)


def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s.replace("'", "'")


def cover_lines(rep):
    c = rep["cover"]
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


# ---------- tagged LaTeX (tagpdf through \DocumentMetadata), LuaLaTeX
def tagpdf(rep, d):
    c = rep["cover"]
    out = [r"\DocumentMetadata{testphase=phase-II, lang=en-GB}", r"\documentclass[11pt,a4paper]{article}",
           r"\usepackage[margin=2.5cm]{geometry}", r"\usepackage{enumitem}",
           r"\pagestyle{myheadings}\markright{Child D LCSPR}",
           r"\begin{document}", r"\begin{titlepage}\centering\vspace*{3cm}",
           r"{\large %s\par}\vspace{2cm}{\LARGE\bfseries %s\par}\vspace{1.5cm}{\large %s\par}\vspace{0.5cm}{%s\par}"
           % tuple(tex(x) for x in (c["partnership"], c["title"], c["by"], c["date"])),
           r"\vfill{\small %s\par}\end{titlepage}" % tex(INVENTED), r"\tableofcontents\clearpage"]
    appendix = False
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(r"\clearpage")
            if b[2] == "appendix":
                if not appendix:
                    out.append(r"\appendix")
                    appendix = True
            out.append(r"\section{%s}\markright{Child D LCSPR \quad %s}" % (tex(b[1]), tex(b[1])))
        elif b[0] == "p":
            out.append(tex(b[1]) + "\n")
        elif b[0] == "items":
            if b[3] == "described":
                out.append(r"\begin{description}[style=nextline]")
                out += [r"\item[Learning point %d] %s" % (i, tex(t)) for i, t in enumerate(b[2], 1)]
                out.append(r"\end{description}")
            else:
                env = "enumerate" if b[3] == "enumerate" else "itemize"
                out += [r"\begin{%s}" % env] + [r"\item %s" % tex(t) for t in b[2]] + [r"\end{%s}" % env]
        elif b[0] == "gloss":
            out.append(r"\begin{description}")
            out += [r"\item[%s] %s" % (tex(t), tex(m)) for t, m in b[1]]
            out.append(r"\end{description}")
    out.append(r"\end{document}")
    open(os.path.join(d, "r.tex"), "w").write("\n".join(out))
    for _ in range(2):
        run(["lualatex", "-interaction=nonstopmode", "r.tex"], d)
    return os.path.join(d, "r.pdf")


# ---------- texinfo texi2pdf
def ti(s):
    return s.replace("@", "@@").replace("{", "@{").replace("}", "@}")


def texinfo(rep, d):
    c = rep["cover"]
    out = [r"\input texinfo", "@setfilename review.info", "@settitle %s" % ti(c["title"]), "@afourpaper",
           "@titlepage", "@title %s" % ti(c["title"]), "@subtitle %s" % ti(c["partnership"]),
           "@subtitle %s" % ti(c["date"]), "@author %s" % ti(c["by"]), "@page", "@vskip 0pt plus 1filll",
           ti(INVENTED), "@end titlepage", "@contents", "@node Top", "@top %s" % ti(c["title"]), ""]
    lp = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            name = b[1].split(" ", 2)[2] if b[1].startswith("Appendix ") else b[1]
            out.append("@node %s" % ti(name))
            out.append(("@appendix %s" if b[1].startswith("Appendix ") else "@chapter %s") % ti(name))
        elif b[0] == "p":
            out += [ti(b[1]), ""]
        elif b[0] == "items":
            if b[3] == "cartouche":
                for t in b[2]:
                    lp += 1
                    out += ["@cartouche", "@strong{Key learning %d}" % lp, "", ti(t), "@end cartouche", ""]
            elif b[3] == "enumerate":
                out += ["@enumerate"] + ["@item\n%s" % ti(t) for t in b[2]] + ["@end enumerate", ""]
            else:
                out += ["@itemize @bullet"] + ["@item\n%s" % ti(t) for t in b[2]] + ["@end itemize", ""]
        elif b[0] == "gloss":
            out += ["@table @strong"] + ["@item %s\n%s" % (ti(t), ti(m)) for t, m in b[1]] + ["@end table", ""]
    out.append("@bye")
    open(os.path.join(d, "review.texi"), "w").write("\n".join(out))
    run(["texi2pdf", "--batch", "-q", "review.texi"], d)
    return os.path.join(d, "review.pdf")


# ---------- Sphinx latexpdf
def rst_heading(s, ch):
    return [s, ch * len(s), ""]


def sphinx(rep, d):
    c = rep["cover"]
    src = os.path.join(d, "src")
    os.makedirs(src)
    conf = ["project = %r" % c["title"], "author = %r" % c["by"], "release = ''", "version = ''",
            "language = 'en'", "today = %r" % c["date"],
            "latex_documents = [('index', 'review.tex', %r, %r, 'manual')]" % (c["title"], c["partnership"]),
            "latex_elements = {'papersize': 'a4paper', 'releasename': '', 'extraclassoptions': 'openany,oneside', 'fncychap': r'\\usepackage[Bjarne]{fncychap}'}"]
    open(os.path.join(src, "conf.py"), "w").write("\n".join(conf) + "\n")
    out = rst_heading(c["title"], "#") + [c["partnership"], "", c["by"], "", "*%s*" % INVENTED, "", ".. toctree::", ""]
    body = []
    lp = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            body += rst_heading(b[1], "=")
        elif b[0] == "p":
            body += [b[1], ""]
        elif b[0] == "items":
            if b[3] == "admonition":
                for t in b[2]:
                    lp += 1
                    body += [".. admonition:: Learning point %d" % lp, "", "   " + t, ""]
            elif b[3] == "table":
                body += [".. list-table::", "   :header-rows: 1", "   :widths: 8 62 30", "",
                         "   * - Ref", "     - Recommendation", "     - Lead agency"]
                for i, (t, a) in enumerate(zip(b[2], b[4]), 1):
                    body += ["   * - R%d" % i, "     - " + t, "     - " + a]
                body.append("")
            else:
                body += ["* " + t for t in b[2]] + [""]
    open(os.path.join(src, "index.rst"), "w").write("\n".join(out) + "\n" + "\n".join(body) + "\n")
    run(["sphinx-build", "-M", "latexpdf", src, os.path.join(d, "build")], d)
    return os.path.join(d, "build", "latex", "review.pdf")


# ---------- Emacs Org mode export to LaTeX and PDF (paps 0.6.8 and CUPS texttopdf were tried first: paps draws every
# glyph as a path, texttopdf's fonts carry no ToUnicode map, so neither PDF has text a reader or pdftotext can use)
def org_text(s):
    return s.replace("\\", "")


def orgmode(rep, d):
    c = rep["cover"]
    out = ["#+TITLE: %s" % c["title"], "#+AUTHOR: %s" % c["by"], "#+DATE: %s" % c["date"],
           "#+OPTIONS: toc:t num:t ^:nil", "#+LATEX_CLASS_OPTIONS: [11pt,a4paper]",
           "#+LATEX_HEADER: \\usepackage[margin=2.5cm]{geometry}", "#+LATEX_HEADER: \\usepackage{lmodern}", "",
           "#+BEGIN_CENTER", c["partnership"], "", "/%s/" % INVENTED, "#+END_CENTER", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["#+LATEX: \\clearpage", "* " + b[1]]
        elif b[0] == "p":
            out += [org_text(b[1]), ""]
        elif b[0] == "items" and b[3] == "description":
            out += ["- Lesson %d :: %s" % (i, org_text(t)) for i, t in enumerate(b[2], 1)] + [""]
        elif b[0] == "items" and b[3] == "orgtable":
            out += ["#+ATTR_LATEX: :environment longtable :align p{1cm}p{10cm}p{3.5cm}", "| Ref | Recommendation | Lead agency |",
                    "|-"] + ["| R%d | %s | %s |" % (i, org_text(t), a) for i, (t, a) in enumerate(zip(b[2], b[4]), 1)] + [""]
        elif b[0] == "items":
            out += ["- " + org_text(t) for t in b[2]] + [""]
    open(os.path.join(d, "review.org"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    run(["emacs", "--batch", "review.org", "--eval", "(setq org-latex-pdf-process '(\"pdflatex -interaction nonstopmode %f\" "
         "\"pdflatex -interaction nonstopmode %f\"))", "-f", "org-latex-export-to-pdf"], d)
    return os.path.join(d, "review.pdf")


# ---------- mandoc -Tpdf from man(7)
def roff(s):
    s = s.replace("\\", "\\e").replace("-", "\\-")
    return ("\\&" + s) if s.startswith((".", "'")) else s


def mandoc(rep, d):
    c = rep["cover"]
    out = ['.TH ORRINSBY\\-CSPR 7 "%s" "Orrinsby Safeguarding Partnership" "Child Safeguarding Practice Review"'
           % c["date"].split(": ")[1]]
    out += [".PP", "\\fB%s\\fR" % roff(c["partnership"]), ".PP", "\\fB%s\\fR" % roff(c["title"]), ".PP", roff(c["by"]),
            ".PP", roff(c["date"]), ".PP", "\\fI%s\\fR" % roff(INVENTED)]
    lp = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += [".bp", ".SH %s" % b[1]]
        elif b[0] == "p":
            out += [".PP", roff(b[1])]
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                if b[3] == "tp":
                    out += [".TP", "\\fBLearning point %d\\fR" % i, roff(t)]
                elif b[3] == "ip":
                    out += [".IP R%d. 5" % i, roff(t)]
                else:
                    out += [".IP \\(bu 3", roff(t)]
        elif b[0] == "gloss":
            for t, m in b[1]:
                out += [".TP", "\\fB%s\\fR" % roff(t), roff(m)]
    open(os.path.join(d, "review.7"), "w").write("\n".join(out) + "\n")
    with open(os.path.join(d, "review.pdf"), "wb") as f:
        subprocess.run(["mandoc", "-man", "-T", "pdf", "-O", "paper=a5", "review.7"], cwd=d, check=True, stdout=f)
    return os.path.join(d, "review.pdf")


# ---------- boxable 1.7 on PDFBox 2 (batch25_boxable.java, run as a single-file Java program)
M2 = os.path.expanduser("~/.m2/repository")
BOXABLE_CP = ["com/github/dhorions/boxable/1.7.0/boxable-1.7.0.jar", "org/apache/pdfbox/pdfbox/2.0.26/pdfbox-2.0.26.jar",
              "org/apache/pdfbox/fontbox/2.0.26/fontbox-2.0.26.jar", "commons-logging/commons-logging/1.2/commons-logging-1.2.jar",
              "org/jsoup/jsoup/1.15.1/jsoup-1.15.1.jar", "org/apache/commons/commons-csv/1.9.0/commons-csv-1.9.0.jar",
              "commons-io/commons-io/2.11.0/commons-io-2.11.0.jar", "org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar"]


def boxable(rep, d):
    c = rep["cover"]
    rows = ["COVER\t%s\t14" % c["partnership"], "COVER\t \t14", "COVER\t%s\t22" % c["title"], "COVER\t \t14",
            "COVER\t%s\t13" % c["date"], "COVER\t%s\t13" % c["by"], "COVER\t \t14", "COVER\t%s\t9" % INVENTED,
            "FOOT\tPenbury LCSPR Child K"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            rows.append("H\t" + b[1])
        elif b[0] == "p":
            rows.append("P\t" + b[1])
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                if b[3] == "lptable":
                    rows.append("LP\tLP%d\t%s" % (i, t))
                elif b[3] == "rectable":
                    rows.append("REC\t%d\t%s\t%s\t%s" % (i, t, b[4][i - 1], ("6 months", "3 months", "6 months", "12 months")[i - 1]))
                else:
                    rows.append("GP\t" + t)
    open(os.path.join(d, "in.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")
    cp = ":".join(os.path.join(M2, j) for j in BOXABLE_CP)
    run(["java", "-cp", cp, os.path.join(HERE, "batch25_boxable.java"), "in.tsv", "review.pdf"], d)
    return os.path.join(d, "review.pdf")


# ---------- Qt 6 QTextDocument printed to QPdfWriter (needs /usr/bin/python3 with PyQt6)
QT_SCRIPT = r'''
import sys
from PyQt6.QtCore import QMarginsF
from PyQt6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
app = QGuiApplication(["x", "-platform", "offscreen"])
w = QPdfWriter(sys.argv[2])
w.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
w.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
w.setResolution(300)
w.setTitle(sys.argv[3])
w.setCreator("Brindlecote SCP")
doc = QTextDocument()
doc.setDefaultStyleSheet("body { font-family: 'DejaVu Sans'; font-size: 10pt; } h1 { color: #6a1b4d; font-size: 17pt; }")
doc.setHtml(open(sys.argv[1], encoding="utf-8").read())
doc.print(w)
'''


def qt(rep, d):
    c = rep["cover"]
    heads = [b[1] for b in rep["blocks"] if b[0] == "h1"]
    h = ["<html><body>", "<p align='right' style='font-size:12pt; color:#6a1b4d'><b>%s</b></p>" % e(c["partnership"]),
         "<p style='margin-top:180px; font-size:26pt; color:#6a1b4d'><b>%s</b></p>" % e(c["title"]),
         "<p style='font-size:13pt'>%s</p><p style='font-size:13pt'>%s</p>" % (e(c["by"]), e(c["date"])),
         "<p style='margin-top:200px; font-size:9pt'><i>%s</i></p>" % e(INVENTED),
         "<p style='page-break-before: always; font-size:17pt; color:#6a1b4d'><b>Contents</b></p>",
         "<table width='100%' cellpadding='4'>"]
    h += ["<tr><td>%s</td><td align='right'>%d</td></tr>" % (e(x), i + 3) for i, x in enumerate(heads)]
    h.append("</table>")
    for b in rep["blocks"]:
        if b[0] == "h1":
            h.append("<h1 style='page-break-before: always'>%s</h1>" % e(b[1]))
        elif b[0] == "p":
            h.append("<p style='margin-bottom:8px'>%s</p>" % e(b[1]))
        elif b[0] == "items" and b[3] == "shaded":
            for i, t in enumerate(b[2], 1):
                h.append("<table width='100%%' cellpadding='8' bgcolor='#f3e5ee' style='margin-bottom:10px'><tr><td>"
                         "<b>Learning point %d</b><br/>%s</td></tr></table>" % (i, e(t)))
        elif b[0] == "items" and b[3] == "table":
            h.append("<table width='100%' border='1' cellspacing='0' cellpadding='5'><tr bgcolor='#6a1b4d'>"
                     "<th><font color='white'>No.</font></th><th><font color='white'>Recommendation</font></th>"
                     "<th><font color='white'>Lead</font></th></tr>")
            h += ["<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (i, e(t), e(a)) for i, (t, a) in enumerate(zip(b[2], b[4]), 1)]
            h.append("</table>")
        elif b[0] == "items":
            h.append("<ul>" + "".join("<li style='margin-bottom:6px'>%s</li>" % e(t) for t in b[2]) + "</ul>")
        elif b[0] == "gloss":
            h.append("<table width='100%' border='1' cellspacing='0' cellpadding='5'>")
            h += ["<tr><td width='25%%'><b>%s</b></td><td>%s</td></tr>" % (e(t), e(m)) for t, m in b[1]]
            h.append("</table>")
    h.append("</body></html>")
    open(os.path.join(d, "r.html"), "w", encoding="utf-8").write("\n".join(h))
    open(os.path.join(d, "qt.py"), "w").write(QT_SCRIPT)
    run(["/usr/bin/python3", "qt.py", "r.html", "review.pdf", c["title"]], d, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return os.path.join(d, "review.pdf")


# ---------- dblatex: DocBook 4.5 article
def dblatex(rep, d):
    c = rep["cover"]
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">',
         '<article lang="en"><articleinfo><title>%s</title><corpauthor>%s</corpauthor>' % (e(c["title"]), e(c["partnership"])),
         '<subtitle>%s</subtitle><author><othername>%s</othername></author><date>%s</date>' % (e(c["partnership"]), e(c["by"]), e(c["date"])),
         '<abstract><para>%s</para></abstract></articleinfo>' % e(INVENTED)]
    open_tag, lp = None, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            if open_tag:
                x.append("<?latex \\clearpage?></%s>" % open_tag)  # a PI takes effect inside a section's body
            open_tag = "appendix" if b[2] == "appendix" else "section"
            x.append('<%s><title>%s</title>' % (open_tag, e(b[1])))
        elif b[0] == "p":
            x.append("<para>%s</para>" % e(b[1]))
        elif b[0] == "items" and b[3] == "sidebar":
            for t in b[2]:
                lp += 1
                x.append("<sidebar><title>Learning point %d</title><para>%s</para></sidebar>" % (lp, e(t)))
        elif b[0] == "items" and b[3] == "loweralpha":
            x.append('<orderedlist numeration="loweralpha">' + "".join("<listitem><para>%s</para></listitem>" % e(t)
                                                                      for t in b[2]) + "</orderedlist>")
        elif b[0] == "items":
            x.append("<itemizedlist>" + "".join("<listitem><para>%s</para></listitem>" % e(t) for t in b[2]) + "</itemizedlist>")
    x += ["</%s>" % open_tag, "</article>"]
    open(os.path.join(d, "review.xml"), "w", encoding="utf-8").write("\n".join(x))
    run(["dblatex", "-q", "-o", "review.pdf", "review.xml"], d)
    return os.path.join(d, "review.pdf")
