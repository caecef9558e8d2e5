"""Renders batch 54's invented reports (batch54_content.py). render(rep, d, pages=None) returns the PDF; `pages` (heading
-> page, from a first rendering) fills the contents pages of the reports that type their own contents (Fellbrook,
Stanmoor). Producers: python-docx + LibreOffice (tagged and untagged), pdfLaTeX, LuaLaTeX, Chromium (tagged and
untagged), WeasyPrint. Test-fixture tooling only; every report is invented.
"""
import html, os, subprocess
from batch54_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r54-chrome"]
TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
LO_PROFILE = "-env:UserInstallation=file:///tmp/r54-lo"


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_").replace("'", "'"))


def cover_lines(c):
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


def toc_entries(rep):
    return [b[1] for b in rep["blocks"] if b[0] == "h1"]


# ---------------- python-docx helpers ----------------
def shade(cell, fill):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def docx_base(c, font="Carlito"):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(11)
    doc.add_paragraph(c["partnership"]).runs[0].font.size = Pt(14)
    for _ in range(6):
        doc.add_paragraph("")
    doc.add_paragraph(c["title"], style="Title")
    for _ in range(3):
        doc.add_paragraph("")
    doc.add_paragraph(c["by"])
    doc.add_paragraph(c["date"])
    for _ in range(8):
        doc.add_paragraph("")
    last = doc.add_paragraph(INVENTED)
    last.runs[0].font.size = Pt(9)
    last.add_run().add_break(WD_BREAK.PAGE)
    return doc


def docx_table(doc, header, rows, widths, bold_header=True):
    from docx.shared import Cm
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.autofit = False
    for i, hd in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = hd
        cell.paragraphs[0].runs[0].bold = bold_header
        shade(cell, "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for i, w in enumerate(widths):
        for cell in t.columns[i].cells:
            cell.width = Cm(w)
    return t


def docx_contents(doc, rep, pages):
    from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt
    p = doc.add_paragraph()
    r = p.add_run("Contents")
    r.bold, r.font.size = True, Pt(16)
    for head in toc_entries(rep):
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.add_run("%s\t%s" % (head, (pages or {}).get(head, "00")))
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def docx_numbering(doc):
    """A decimal '%1.' Word numbering (abstractNum 95 / num 95) for the partnership's actions."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    root = doc.part.numbering_part.element
    a = parse_xml('<w:abstractNum %s w:abstractNumId="95"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
                  '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
                  '<w:pPr><w:ind w:left="567" w:hanging="425"/></w:pPr></w:lvl></w:abstractNum>' % nsdecls("w"))
    first = root.find(qn("w:num"))
    if first is not None:
        first.addprevious(a)
    else:
        root.append(a)
    root.append(parse_xml('<w:num %s w:numId="95"><w:abstractNumId w:val="95"/></w:num>' % nsdecls("w")))


def docx_numbered(doc, text):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p = doc.add_paragraph(text, style="List Paragraph")
    p._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="95"/></w:numPr>' % nsdecls("w")))


def docx_runin(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def docx_quote(doc, text, who):
    from docx.shared import Cm, Pt, RGBColor
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2)
    p.paragraph_format.right_indent = Cm(2)
    r = p.add_run("\u201c%s\u201d" % text)
    r.italic, r.font.size, r.font.color.rgb = True, Pt(15), RGBColor(0x1F, 0x4E, 0x79)
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(2)
    q.add_run(who).font.size = Pt(10)


def docx_summary(doc, title, texts):
    from docx.shared import Cm, Pt
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    shade(cell, "E2EFDA")
    cell.width = Cm(16)
    r = cell.paragraphs[0].add_run(title)
    r.bold, r.font.size = True, Pt(13)
    for i, s in enumerate(texts):
        p = cell.add_paragraph()
        p.add_run("Learning point %d: " % (i + 1)).bold = True
        p.add_run(s)


def docx_render(rep, d, pages, tagged, lp_style="para"):
    from docx.enum.text import WD_BREAK
    doc = docx_base(rep["cover"])
    docx_numbering(doc)
    for b in rep["blocks"]:
        k = b[0]
        if k == "contents":
            docx_contents(doc, rep, pages)
        elif k == "h1":
            if b[1].startswith("Appendix") and rep["file"].startswith("fellbrook"):
                doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            if lp_style == "runin":
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                doc.add_heading(b[1], level=2)
        elif k == "h3":
            doc.add_heading(b[1], level=3)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "quote":
            docx_quote(doc, b[1], b[2])
        elif k == "lp":
            docx_runin(doc, "Learning point %d: " % b[1], b[2])
        elif k == "rec":
            docx_runin(doc, "Recommendation %d: " % b[1], b[2])
        elif k == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number" if b[3] == "ol" else "List Bullet")
        elif k == "actions":
            for t in b[1]:
                docx_numbered(doc, t)
        elif k in ("rtable", "atable"):
            widths = [1.2, 9.0, 3.8, 2.5] if len(b[1]) == 4 else [9.5, 4.0, 2.8]
            docx_table(doc, b[1], b[2], widths)
            doc.add_paragraph("")
        elif k == "chron":
            docx_table(doc, ["Date", "Agency", "Event"], b[1], [3.0, 3.6, 9.8])
        elif k == "gloss":
            docx_table(doc, ["Abbreviation", "Meaning"], b[1], [3.5, 12.5])
            doc.add_paragraph("")
        elif k == "summary":
            docx_summary(doc, b[1], b[2])
        else:
            raise ValueError(k)
    path = os.path.join(d, "r.docx")
    doc.save(path)
    run(["soffice", "--headless", LO_PROFILE, "--convert-to", TAGGED if tagged else "pdf", "--outdir", d, path])
    return path[:-5] + ".pdf"


def fellbrook(rep, d, pages=None):
    return docx_render(rep, d, pages, False)


def cardenby(rep, d, pages=None):
    return docx_render(rep, d, pages, True)


def ravelstow(rep, d, pages=None):
    return docx_render(rep, d, pages, False, "runin")


# ---------------- LaTeX ----------------
def latex(d, src, engine):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(3):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


HW_PRE = r"""\documentclass[11pt,a4paper]{report}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=25mm]{geometry}
\usepackage{framed,longtable,xcolor}
\usepackage[hidelinks]{hyperref}
\usepackage{titlesec}
\titleformat{\chapter}{\LARGE\bfseries}{\thechapter}{0.8em}{}
\titlespacing*{\chapter}{0pt}{0pt}{18pt}
\setlength{\parskip}{5pt}
\setlength{\parindent}{0pt}
\definecolor{shadecolor}{RGB}{232,240,248}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\begin{document}
\begin{titlepage}
\centering
{\large %s\par}
\vspace{45mm}
{\huge\bfseries %s\par}
\vspace{20mm}
{\large %s\par}
\vspace{5mm}
{\large %s\par}
\vfill
{\small %s\par}
\end{titlepage}
\tableofcontents
"""


def hollinsway(rep, d, pages=None):
    out = [HW_PRE % tuple(tex(x) for x in cover_lines(rep["cover"]))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "contents":
            continue
        if k == "h1":
            head = b[1]
            if head.startswith("Appendix"):
                out.append("\\chapter*{%s}\\addcontentsline{toc}{chapter}{%s}" % (tex(head), tex(head)))
            elif head[0].isdigit():
                out.append("\\chapter{%s}" % tex(head.split(" ", 1)[1]))
            else:
                out.append("\\chapter*{%s}\\addcontentsline{toc}{chapter}{%s}" % (tex(head), tex(head)))
        elif k == "h2":
            out.append("\\section*{%s}\\addcontentsline{toc}{section}{%s}" % (tex(b[1]), tex(b[1])))
        elif k == "h3":
            out.append("\\paragraph{%s}" % tex(b[1]))
        elif k == "p":
            out.append(tex(b[1]) + "\n")
        elif k == "pfn":
            out.append(tex(b[1]) + "\\footnote{%s}\n" % tex(b[2]))
        elif k == "quote":
            out.append("\\begin{quote}\\Large\\itshape ``%s''\\par\\normalsize\\upshape --- %s\\end{quote}" % (tex(b[1]), tex(b[2])))
        elif k == "lp":
            out.append("\\begin{shaded}\\textbf{Learning point %d}\\par %s\\end{shaded}" % (b[1], tex(b[2])))
        elif k == "rec":
            out.append("\\textbf{Recommendation %d}\\par %s\n" % (b[1], tex(b[2])))
        elif k == "actions":
            out.append("\\begin{itemize}\n%s\n\\end{itemize}" % "\n".join("\\item " + tex(t) for t in b[1]))
        elif k == "chron":
            out.append("\\begin{longtable}{p{28mm}p{32mm}p{95mm}}\\hline\\textbf{Date}&\\textbf{Agency}&\\textbf{Event}\\\\"
                       "\\hline\\endhead\n%s\\hline\\end{longtable}" % "\n".join(
                           "%s&%s&%s\\\\" % tuple(tex(x) for x in r) for r in b[1]))
        elif k == "gloss":
            out.append("\\begin{description}\n%s\n\\end{description}" % "\n".join(
                "\\item[%s] %s" % (tex(t), tex(m)) for t, m in b[1]))
        elif k == "summary":
            out.append("\\vspace{10pt}\\begin{framed}\\textbf{\\large %s}\\par\n%s\\end{framed}" % (tex(b[1]), "\n".join(
                "\\textbf{Learning point %d}: %s\\par" % (i + 1, tex(t)) for i, t in enumerate(b[2]))))
        else:
            raise ValueError(k)
    out.append("\\end{document}\n")
    return latex(d, "\n".join(out), "pdflatex")


OK_PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{TeX Gyre Heros}
\usepackage[margin=24mm]{geometry}
\usepackage{tabularx,longtable,xcolor,titlesec}
\definecolor{ok}{RGB}{0,96,70}
\titleformat{\section}{\Large\bfseries\color{ok}}{}{0pt}{}
\setlength{\parskip}{5pt}
\setlength{\parindent}{0pt}
\pagestyle{plain}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\begin{document}
\thispagestyle{empty}
\vspace*{30mm}
{\large %s\par}
\vspace{30mm}
{\huge\bfseries\color{ok} %s\par}
\vspace{15mm}
{\large %s\par}
\vspace{4mm}
{\large %s\par}
\vfill
{\small %s\par}
\newpage
"""


def oakhanger(rep, d, pages=None):
    out = [OK_PRE % tuple(tex(x) for x in cover_lines(rep["cover"]))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("\\section*{%s}" % tex(b[1]))
        elif k == "p":
            out.append(tex(b[1]) + "\n")
        elif k == "lp":
            out.append("\\textbf{Learning point %d.} %s\n" % (b[1], tex(b[2])))
        elif k == "rtable":
            out.append("\\begin{tabularx}{\\textwidth}{|l|>{\\raggedright\\arraybackslash}X|p{28mm}|p{22mm}|}\\hline %s\\\\\\hline\n%s\\end{tabularx}" % (
                "&".join("\\textbf{%s}" % tex(x) for x in b[1]),
                "\n".join("%s\\\\\\hline" % "&".join(tex(x) for x in r) for r in b[2])))
        elif k == "chron":
            out.append("\\begin{longtable}{p{30mm}p{34mm}p{95mm}}\\textbf{Date}&\\textbf{Agency}&\\textbf{Event}\\\\"
                       "\\hline\\endhead\n%s\\end{longtable}" % "\n".join(
                           "%s&%s&%s\\\\" % tuple(tex(x) for x in r) for r in b[1]))
        elif k == "gloss":
            out.append("\\begin{tabular}{ll}\n%s\n\\end{tabular}" % "\n".join(
                "\\textbf{%s} & %s\\\\" % (tex(t), tex(m)) for t, m in b[1]))
        else:
            raise ValueError(k)
    out.append("\\end{document}\n")
    return latex(d, "\n".join(out), "lualatex")


# ---------------- HTML: Chromium and WeasyPrint ----------------
SM_CSS = """@page { size: A4; margin: 22mm 20mm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; color: #222; }
.cover { break-after: page; padding-top: 50mm; } .cover h1 { font-size: 26pt; color: #6b2d5c; margin: 25mm 0 12mm 0; }
.cover .inv { font-size: 9pt; margin-top: 80mm; }
.toc { break-after: page; } .toc h2 { font-size: 16pt; color: #6b2d5c; }
.toc div { display: flex; margin: 5pt 0; } .toc .t { white-space: nowrap; }
.toc .dots { flex: 1; border-bottom: 1.5pt dotted #444; margin: 0 4pt 4pt 4pt; } .toc .n { white-space: nowrap; }
h2 { font-size: 15pt; color: #6b2d5c; margin-top: 20pt; } h3 { font-size: 12pt; color: #333; margin-top: 14pt; }
aside.lp { border-left: 5pt solid #6b2d5c; background: #f5eef3; padding: 6pt 10pt; margin: 10pt 0; }
aside.lp b { display: block; color: #6b2d5c; }
.summary { border: 1.5pt solid #6b2d5c; background: #f5eef3; padding: 8pt 12pt; margin-top: 18pt; break-inside: avoid; }
.summary h4 { margin: 0 0 6pt 0; font-size: 13pt; color: #6b2d5c; }
dl { display: grid; grid-template-columns: 25mm auto; } dt { font-weight: bold; } dd { margin: 0 0 4pt 0; }"""

PL_CSS = """@page { size: A4; margin: 24mm 22mm; }
body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.5; }
.cover { break-after: page; padding-top: 40mm; font-family: 'DejaVu Sans'; } .cover h1 { font-size: 24pt; color: #8a3b12; margin: 30mm 0 12mm 0; }
.cover .inv { font-size: 9pt; margin-top: 90mm; }
h2 { font: bold 15pt 'DejaVu Sans'; color: #8a3b12; margin-top: 20pt; } h3 { font: bold 12pt 'DejaVu Sans'; margin-top: 14pt; }
h4 { font: bold italic 11pt 'DejaVu Sans'; color: #8a3b12; margin: 10pt 0 4pt 0; }
blockquote { font-size: 15pt; font-style: italic; color: #8a3b12; border-left: 4pt solid #e0a060; margin: 14pt 30pt; padding-left: 12pt; }
blockquote cite { display: block; font-size: 9.5pt; font-style: normal; color: #333; margin-top: 4pt; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.75pt solid #888; padding: 4pt 6pt; text-align: left; vertical-align: top; }
th { background: #f3e3d6; }"""

WH_CSS = """@page { size: A4; margin: 25mm 22mm;
  @bottom-right { content: counter(page); font: 9pt 'DejaVu Sans'; } @footnote { border-top: 0.5pt solid #888; padding-top: 4pt; } }
@page :first { @bottom-right { content: none; } }
body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.5; }
.cover { break-after: page; padding-top: 50mm; } .cover h1 { font-size: 24pt; color: #2b5d34; margin: 30mm 0 14mm 0; }
.cover .inv { font-size: 9pt; margin-top: 80mm; }
.toc { break-after: page; } .toc h2 { font-size: 16pt; color: #2b5d34; } .toc a { display: block; color: #000; text-decoration: none; margin: 6pt 0; }
.toc a::after { content: leader('.') target-counter(attr(href), page); }
h2 { font-size: 14pt; color: #2b5d34; margin-top: 20pt; }
.fn { float: footnote; font-size: 8pt; } ::footnote-call { font-size: 7pt; vertical-align: super; }
blockquote { float: right; width: 55mm; margin: 4pt 0 8pt 12pt; font-size: 13pt; font-style: italic; color: #2b5d34;
  border-top: 2pt solid #2b5d34; border-bottom: 2pt solid #2b5d34; padding: 6pt 0; }
blockquote cite { display: block; font-size: 8.5pt; font-style: normal; color: #333; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.75pt solid #777; padding: 4pt 6pt; text-align: left; vertical-align: top; }
th { background: #dcebdf; }"""


def html_cover(c):
    return "<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>" % tuple(
        e(x) for x in cover_lines(c))


def html_table(header, rows):
    return "<table><tr>%s</tr>%s</table>" % ("".join("<th>%s</th>" % e(x) for x in header), "".join(
        "<tr>%s</tr>" % "".join("<td>%s</td>" % e(x) for x in r) for r in rows))


def html_body(rep, pages):
    out, ids, rec_open = [html_cover(rep["cover"])], {}, False
    for i, head in enumerate(toc_entries(rep)):
        ids[head] = "s%d" % i
    for b in rep["blocks"]:
        k = b[0]
        if rec_open and k != "rec":
            out.append("</ol>")
            rec_open = False
        if k == "contents":
            if rep["file"].startswith("wrenhurst"):
                out.append("<div class='toc'><h2>Contents</h2>%s</div>" % "".join(
                    "<a href='#%s'>%s</a>" % (ids[h_], e(h_)) for h_ in toc_entries(rep)))
            else:
                out.append("<div class='toc'><h2>Contents</h2>%s</div>" % "".join(
                    "<div><span class='t'>%s</span><span class='dots'></span><span class='n'>%s</span></div>"
                    % (e(h_), (pages or {}).get(h_, "0")) for h_ in toc_entries(rep)))
        elif k == "h1":
            out.append("<h2 id='%s'>%s</h2>" % (ids[b[1]], e(b[1])))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "h3":
            out.append("<h4>%s</h4>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "pfn":
            out.append("<p>%s<span class='fn'>%s</span></p>" % (e(b[1]), e(b[2])))
        elif k == "quote":
            out.append("<blockquote>\u201c%s\u201d<cite>%s</cite></blockquote>" % (e(b[1]), e(b[2])))
        elif k == "lp":
            out.append("<aside class='lp'><b>Learning point %d</b>%s</aside>" % (b[1], e(b[2])))
        elif k == "rec":
            if not rec_open:
                out.append("<ol start='%d'>" % b[1])
                rec_open = True
            out.append("<li>%s</li>" % e(b[2]))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k in ("rtable", "atable"):
            out.append(html_table(b[1], b[2]))
        elif k == "gloss":
            out.append("<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (e(t), e(m)) for t, m in b[1]))
        elif k == "summary":
            out.append("<div class='summary'><h4>%s</h4><ol>%s</ol></div>" % (e(b[1]), "".join(
                "<li>%s</li>" % e(t) for t in b[2])))
        else:
            raise ValueError(k)
    if rec_open:
        out.append("</ol>")
    return "\n".join(out)


def html_file(rep, d, css, pages):
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title>"
                                           "<style>%s</style></head><body>%s</body></html>"
                                           % (e(rep["cover"]["title"]), css, html_body(rep, pages)))
    return src


def chromium(rep, d, css, pages, tagged):
    src = html_file(rep, d, css, pages)
    pdf = os.path.join(d, "r.pdf")
    run(CHROMIUM + ([] if tagged else ["--disable-pdf-tagging"]) + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def stanmoor(rep, d, pages=None):
    return chromium(rep, d, SM_CSS, pages, False)


def pellingham(rep, d, pages=None):
    return chromium(rep, d, PL_CSS, pages, True)


def wrenhurst(rep, d, pages=None):
    src = html_file(rep, d, WH_CSS, pages)
    pdf = os.path.join(d, "r.pdf")
    run(["weasyprint", src, pdf])
    return pdf


RENDER = {"fellbrook": fellbrook, "hollinsway": hollinsway, "stanmoor": stanmoor, "cardenby": cardenby,
          "wrenhurst": wrenhurst, "oakhanger": oakhanger, "pellingham": pellingham, "ravelstow": ravelstow}


def render(rep, d, pages=None):
    return RENDER[rep["file"].split("-")[0]](rep, d, pages)
