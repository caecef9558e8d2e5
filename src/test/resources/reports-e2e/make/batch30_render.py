"""Renderers of batch 30 (see batch30.py): JasperReports, docx4j (-> LibreOffice, -> XSL-FO/FOP), easytable (PDFBox 3),
LyX, docx4j -> XDocReport. (A Calligra Words renderer from an ODT package is kept below: calligraconverter 3.2
segfaulted on every PDF export here, even of a one-line document, so no report uses it.) The Java renderers are single-file programs run on a classpath of the Maven artefacts
(BATCH30_CP_<NAME> environment variables, or the classpath files written by `mvn dependency:build-classpath`).
Test-fixture tooling only.
"""
import os, shutil, zipfile
from xml.sax.saxutils import escape as x
from batch19_render import run, soffice
from batch30_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))
CP_DIR = os.environ.get("BATCH30_CP_DIR", "/tmp/m34r/cp")


def classpath(name):
    return os.environ.get("BATCH30_CP_" + name.upper()) or open(os.path.join(CP_DIR, name + ".cp")).read().strip()


def java(name, args, d, **kw):
    run(["java", "-cp", classpath(name), os.path.join(HERE, "batch30_%s.java" % name)] + args, d, **kw)


def numbered_headings(rep):
    """Heading texts as printed: 'N. Heading' when the report types its numbers (appendices unnumbered)."""
    n, out = 0, {}
    for b in rep["blocks"]:
        if b[0] == "h1":
            if rep["numbering"] == "typed" and not b[1].startswith("Appendix"):
                n += 1
                out[id(b)] = "%d. %s" % (n, b[1])
            else:
                out[id(b)] = b[1]
    return out


def tsv_rows(rep):
    """The blocks as kind/a/b/c rows for the Java renderers."""
    heads, rows = numbered_headings(rep), []
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            rows.append(("H", heads[id(b)]))
        elif k == "h2":
            rows.append(("H2", b[1]))
        elif k == "p":
            rows.append(("P", b[1]))
        elif k == "items":
            style = b[3]
            for i, t in enumerate(b[2], 1):
                rows.append({"ol": ("OL", "%d." % i, t), "ul": ("UL", t), "rlist": ("RL", t),
                             "lp": ("LP", "Learning point %d" % i, t), "rn": ("RN", "Recommendation %d:" % i, t)}[style])
        elif k == "tor":
            rows += [("TH2", "No.", "Question for the review")] + [("TR2", n, q) for n, q in b[1]]
        elif k == "chron":
            rows += [("TH2", "Date", "Key event")] + [("TR2", dt, e) for dt, e in b[1]]
        elif k == "rectable":
            rows += [("TH3", "No.", "Recommendation", "Lead")] + [("TR3", str(i), r, l) for i, (r, l) in enumerate(b[1], 1)]
        elif k == "resptable":
            rows += [("TH3", "No.", "Recommendation", "Partnership response")] + \
                    [("TR3", str(i), r, s) for i, (r, s) in enumerate(b[1], 1)]
        elif k == "gloss":
            rows += [("GL", t, m) for t, m in b[1]]
    return rows


def write_tsv(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")


def cover_lines(rep):
    c = rep["cover"]
    return [(c["partnership"], "13")] + [(t, "24") for t in split_title(c["title"])] + \
           [(c["by"], "12"), (c["date"], "12"), (INVENTED, "9")]


def split_title(title):
    head, _, child = title.partition(": ")
    return [head + ":", child] if child else [title]


# ---------------- JasperReports ----------------
def jasper(rep, d):
    c, title = rep["cover"], split_title(rep["cover"]["title"])
    rows = [("COVER", c["partnership"], title[0], title[1]), ("COVER2", c["by"], c["date"], INVENTED)] + tsv_rows(rep)
    write_tsv(rows, os.path.join(d, "r.tsv"))
    java("jasper", [os.path.join(HERE, "batch30_jasper.jrxml"), "r.tsv", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- docx4j ----------------
def docx4j_rows(rep):
    return [("CV",) + line for line in cover_lines(rep)] + [("BREAK",)] + tsv_rows(rep) + [("FOOT", rep["foot"])]


def docx4j_lo(rep, d):
    write_tsv(docx4j_rows(rep), os.path.join(d, "r.tsv"))
    java("docx4j", ["r.tsv", "r.docx", str(rep["numbering"] == "generated").lower()], d)
    return soffice(os.path.join(d, "r.docx"), d, "pdf:writer_pdf_Export")


def docx4j_fo(rep, d):
    write_tsv(docx4j_rows(rep), os.path.join(d, "r.tsv"))
    java("docx4j", ["r.tsv", "r.pdf", "false"], d)
    return os.path.join(d, "r.pdf")


def docx4j_xdocreport(rep, d):
    write_tsv(docx4j_rows(rep), os.path.join(d, "r.tsv"))
    java("docx4j", ["r.tsv", "r.docx", "false"], d)
    java("xdocreport", ["r.docx", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- iText pdfHTML ----------------
PDFHTML_CSS = """@page { size: A4; margin: 22mm 20mm 24mm;
  @bottom-left { content: "%s"; font-size: 8.5pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; color: #555; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.45; }
.cover { background: #0f6b6b; color: white; padding: 25mm 12mm; height: 200mm; page-break-after: always; }
.cover .part { font-size: 14pt; } .cover h1 { font-size: 26pt; margin: 30mm 0 10mm; } .cover .inv { font-size: 9pt; margin-top: 40mm; }
h2 { color: #0f6b6b; font-size: 15pt; border-left: 5pt solid #0f6b6b; padding-left: 6pt; margin-top: 18pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
.lp { background: #e3f1f1; padding: 6pt 8pt; margin: 6pt 0 10pt; } .lpl { font-weight: bold; color: #0f6b6b; margin: 0 0 2pt; } .lpt { margin: 0; }
table { border-collapse: collapse; width: 100%%; } th { background: #0f6b6b; color: white; text-align: left; }
th, td { border: 0.6pt solid #777; padding: 4pt; vertical-align: top; } dt { font-weight: bold; } dd { margin: 0 0 6pt 18pt; }"""


def pdfhtml(rep, d):
    import html as H
    h, c, heads, out, lp = H.escape, rep["cover"], numbered_headings(rep), [], 0
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % h(heads[id(b)]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % h(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif k == "items" and b[3] == "lpbox":
            for t in b[2]:
                lp += 1
                out.append("<div class='lp'><p class='lpl'>Learning point %d</p><p class='lpt'>%s</p></div>" % (lp, h(t)))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in b[2]), tag))
        elif k == "rectable":
            out.append("<table><thead><tr><th>No.</th><th>Recommendation</th><th>Lead agency</th></tr></thead><tbody>%s</tbody></table>"
                       % "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (i, h(r), h(l)) for i, (r, l) in enumerate(b[1], 1)))
        elif k == "tor":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % h(q) for _, q in b[1]))
        elif k == "gloss":
            out.append("<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (h(t), h(m)) for t, m in b[1]))
    cover = ("<div class='cover'><div class='part'>%s</div><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
             % (h(c["partnership"]), h(c["title"]), h(c["by"]), h(c["date"]), h(INVENTED)))
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>"
            % (h(c["title"]), PDFHTML_CSS % rep["foot"], cover, "".join(out)))
    open(os.path.join(d, "r.html"), "w", encoding="utf-8").write(page)
    java("pdfhtml", ["r.html", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- easytable ----------------
def easytable(rep, d):
    write_tsv([("CV",) + line for line in cover_lines(rep)] + tsv_rows(rep) + [("FOOT", rep["foot"])], os.path.join(d, "r.tsv"))
    java("easytable", ["r.tsv", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- LyX ----------------
def tex(s):
    s = s.replace("\\", "\\textbackslash{}")
    for a, b in (("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_")):
        s = s.replace(a, b)
    return s.replace("'", "'")


def lyx(rep, d):
    c, body = rep["cover"], []
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            star = b[1] == "Executive summary" or b[1] in ("Glossary",) or b[1].startswith("Appendix")
            body.append("\\section%s{%s}" % ("*" if star else "", tex(b[1])))
        elif k == "h2":
            body.append("\\subsection*{%s}" % tex(b[1]))
        elif k == "p":
            body.append(tex(b[1]))
        elif k == "items":
            env = "itemize" if b[3] == "ul" else "enumerate"
            body.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item %s" % tex(t) for t in b[2]), env))
        elif k in ("resptable", "rectable"):
            head = "Partnership response" if k == "resptable" else "Lead"
            rows = "\n".join("%d & %s & %s\\tabularnewline\n\\hline" % (i, tex(r), tex(s)) for i, (r, s) in enumerate(b[1], 1))
            body.append("\\begin{longtable}{|p{0.6cm}|p{8.4cm}|p{5cm}|}\n\\hline\n\\textbf{No.} & \\textbf{Recommendation} & "
                        "\\textbf{%s}\\tabularnewline\n\\hline\n\\endhead\n%s\n\\end{longtable}" % (head, rows))
        elif k == "gloss":
            body.append("\\begin{description}\n%s\n\\end{description}" % "\n".join("\\item [{%s}] %s" % (tex(t), tex(m)) for t, m in b[1]))
    src = r"""\documentclass[11pt,a4paper,english]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{geometry}
\geometry{margin=2.5cm}
\usepackage{longtable}
\usepackage{babel}
\setlength{\parskip}{\medskipamount}
\setlength{\parindent}{0pt}
\begin{document}
\title{%(t)s\\[1ex]\large %(part)s}
\author{%(by)s}
\date{%(date)s\\[8ex]\small %(inv)s}
\maketitle
\thispagestyle{empty}
\newpage
%(body)s
\end{document}
""" % {"t": tex(c["title"]), "part": tex(c["partnership"]), "by": tex(c["by"]), "date": tex(c["date"]), "inv": tex(INVENTED),
       "body": "\n\n".join(body)}
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    home = os.path.join(d, "home")
    user = os.path.join(home, ".lyx")
    os.makedirs(user, exist_ok=True)
    env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
    run(["tex2lyx", "-f", "-userdir", user, "r.tex", "r.lyx"], d, env=env)
    os.remove(os.path.join(d, "r.tex"))
    run(["lyx", "-userdir", user, "-batch", "--export-to", "pdf2", "r.pdf", "r.lyx"], d, env=env)
    return os.path.join(d, "r.pdf")


# ---------------- Calligra Words (ODT package) ----------------
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"')

ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles %s>
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.22cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:line-height="135%%"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.55cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#8b1a1a"/></style:style>
 <style:style style:name="Label" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="CoverBig" style:family="paragraph"><style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="#8b1a1a"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-top="5cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Bul"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
  <style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.6cm"/></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>""" % ODT_NS


def odt_body(rep):
    c, out = rep["cover"], []
    out.append('<text:p text:style-name="Cover">%s</text:p>' % x(c["partnership"]))
    out += ['<text:p text:style-name="CoverBig">%s</text:p>' % x(t) for t in split_title(c["title"])]
    out += ['<text:p text:style-name="Cover">%s</text:p>' % x(t) for t in (c["by"], c["date"])]
    out.append('<text:p text:style-name="Small">%s</text:p>' % x(INVENTED))
    first = True
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % ("H1Break" if first else "Heading_20_1", x(b[1])))
            first = False
        elif k == "p":
            out.append('<text:p text:style-name="Body">%s</text:p>' % x(b[1]))
        elif k == "items" and b[3] == "ul":
            out.append('<text:list text:style-name="Bul">%s</text:list>' %
                       "".join('<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % x(t) for t in b[2]))
        elif k == "items" and b[3] == "lp":
            for i, t in enumerate(b[2], 1):
                out.append('<text:p text:style-name="Label">Learning point %d</text:p><text:p text:style-name="Body">%s</text:p>' % (i, x(t)))
        elif k == "items" and b[3] == "rn":
            for i, t in enumerate(b[2], 1):
                out.append('<text:p text:style-name="Body"><text:span text:style-name="Strong">Recommendation %d:</text:span> %s</text:p>'
                           % (i, x(t)))
        elif k == "gloss":
            rows = "".join('<table:table-row><table:table-cell table:style-name="Cell"><text:p><text:span text:style-name="Strong">'
                           '%s</text:span></text:p></table:table-cell><table:table-cell table:style-name="Cell"><text:p>%s</text:p>'
                           '</table:table-cell></table:table-row>' % (x(t), x(m)) for t, m in b[1])
            out.append('<table:table table:name="Glossary"><table:table-column table:style-name="ColA"/>'
                       '<table:table-column table:style-name="ColB"/>%s</table:table>' % rows)
        else:
            raise SystemExit("calligra renderer: no %s blocks" % k)
    return "".join(out)


def calligra(rep, d):
    auto = ('<office:automatic-styles><style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">'
            '<style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>'
            '<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="12.4cm"/></style:style>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" '
            'fo:border="0.5pt solid #999999"/></style:style></office:automatic-styles>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>%s<office:body><office:text>%s</office:text>'
               '</office:body></office:document-content>' % (ODT_NS, auto, odt_body(rep)))
    src = os.path.join(d, "r.odt")
    with zipfile.ZipFile(src, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", ODT_STYLES, zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s><office:meta/></office:document-meta>'
                   % ODT_NS, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                   '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>',
                   zipfile.ZIP_DEFLATED)
    home = os.path.join(d, "home")
    os.makedirs(home, exist_ok=True)
    env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=home)
    run(["calligraconverter", "--batch", "--mimetype", "application/pdf", src, os.path.join(d, "r.pdf")], d, env=env)
    return os.path.join(d, "r.pdf")


RENDERERS = {"jasperreports": jasper, "docx4j_libreoffice": docx4j_lo, "docx4j_fo": docx4j_fo, "easytable": easytable,
             "lyx": lyx, "docx4j_xdocreport": docx4j_xdocreport,
             "itext_pdfhtml": pdfhtml}


def render(rep, d):
    return RENDERERS[rep["producer"]](rep, d)
