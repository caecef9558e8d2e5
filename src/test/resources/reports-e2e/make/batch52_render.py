"""Renders batch 52's invented reports (batch52_content.py). render(rep, d) returns (pdf, read_from, body_from): the PDF
shipped, the PDF whose text gives the truth its pages (the same file), and the first page of the body (after the cover,
and after the contents where there is one). Producers: XeLaTeX (scrbook), python-docx + LibreOffice (tagged and
untagged), wkhtmltopdf, WeasyPrint, asciidoctor + Chromium, Inkscape + LuaLaTeX + qpdf, groff -mm + Ghostscript +
mutool. Test-fixture tooling only; every report is invented.
"""
import glob, html, os, re, shutil, subprocess
from batch52_content import INVENTED
from e2e import norm, pdf_pages

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r52-chrome"]
TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
LO_PROFILE = "-env:UserInstallation=file:///tmp/r52-lo"


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("$", "\\$").replace("_", "\\_")


def number_off(heading):
    """'1.0 Introduction' -> 'Introduction'; 'Part 1: Introduction' -> 'Introduction'; '1. Introduction' -> 'Introduction'."""
    return re.sub(r"^(Part \d+: |\d+(\.\d+)?\.? )", "", heading)


def cover_lines(c):
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


# ---------------- 1. Ravensholt: XeLaTeX scrbook twoside ----------------
RV_PRE = r"""\documentclass[a4paper,11pt,twoside,openany,titlepage,headings=normal]{scrbook}
\usepackage{fontspec}
\setmainfont{Liberation Serif}
\setsansfont{Liberation Sans}
\usepackage[a4paper,inner=24mm,outer=58mm,top=30mm,bottom=30mm,marginparwidth=40mm,marginparsep=7mm]{geometry}
\usepackage[automark,headsepline]{scrlayer-scrpage}
\clearpairofpagestyles
\automark[section]{chapter}
\ohead{\headmark}
\ihead{\footnotesize Ravensholt SCP}
\ofoot*{\pagemark}
\addtokomafont{pageheadfoot}{\normalfont\footnotesize\itshape}
\usepackage{xcolor}
\definecolor{rv}{RGB}{110,30,60}
\addtokomafont{disposition}{\color{rv}}
\setlength{\parskip}{5pt}
\newcommand{\lp}[1]{\marginpar{\raggedright\footnotesize\itshape #1}}
\begin{document}
\begin{titlepage}
\sffamily
{\large %s\par}
\vspace{50mm}
{\Huge\bfseries\color{rv} %s\par}
\vspace{20mm}
{\large %s\par}
\vspace{6mm}
{\large %s\par}
\vfill
{\small %s\par}
\end{titlepage}
\tableofcontents
"""


def ravensholt(rep, d):
    out = [RV_PRE % tuple(tex(x) for x in cover_lines(rep["cover"]))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "contents":
            continue
        if k == "h1":
            head = b[1]
            out.append("\\chapter{%s}" % tex(number_off(head)) if re.match(r"\d", head)
                       else "\\addchap{%s}" % tex(head))
        elif k == "h2":
            out.append("\\section{%s}" % tex(number_off(b[1])))
        elif k == "p":
            out.append(tex(b[1]) + "\n")
        elif k == "margin":
            out.append("\\lp{%s}" % tex(b[1]))
        elif k == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            out.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
        elif k == "gloss":
            out.append("\\begin{description}\n%s\n\\end{description}"
                       % "\n".join("\\item[%s] %s" % (tex(t), tex(m)) for t, m in b[1]))
        else:
            raise ValueError(k)
    out.append("\\end{document}\n")
    return latex(d, "\n".join(out), "xelatex")


def ravensholt_body_from(pdf):
    pages = pdf_pages(pdf, True)
    for i, p in enumerate(pages):
        if "executive summary" in norm(p) and "contents" not in norm(p):
            return i + 1
    raise SystemExit("no body page")


def latex(d, src, engine):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- 2 and 3. python-docx -> LibreOffice ----------------
def numbering(doc):
    """A real Word numbering part: abstractNum 90 (decimal '%1.' at ilvl 0, lowerLetter '%2)' at ilvl 1) and
    abstractNum 91 (decimal '%1.'), with nums 90 and 91; abstractNums placed before the first w:num, as Word requires."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    root = doc.part.numbering_part.element

    def lvl(i, fmt, text, left):
        return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="425"/></w:pPr></w:lvl>' % (i, fmt, text, left))
    abstracts = [
        '<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>%s%s</w:abstractNum>'
        % (nsdecls("w"), lvl(0, "decimal", "%1.", 567), lvl(1, "lowerLetter", "%2)", 1134)),
        '<w:abstractNum %s w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>%s</w:abstractNum>'
        % (nsdecls("w"), lvl(0, "decimal", "%1.", 567))]
    first_num = root.find(qn("w:num"))
    for a in abstracts:
        el = parse_xml(a)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            root.append(el)
    for n in (90, 91):
        root.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), n, n)))


def numbered(doc, text, num_id, level):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p = doc.add_paragraph(text, style="List Paragraph")
    p._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                           % (nsdecls("w"), level, num_id)))
    return p


def docx_cover(doc, c):
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
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


def docx_base(c):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Carlito", Pt(11)
    docx_cover(doc, c)
    return doc


def table(doc, rows, header, widths):
    from docx.shared import Cm
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.autofit = False
    for i, hd in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = hd
        cell.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        for cell in t.columns[i].cells:
            cell.width = Cm(w)
    return t


def lo_pdf(d, docx_path, tagged):
    fmt = TAGGED if tagged else "pdf"
    run(["soffice", "--headless", LO_PROFILE, "--convert-to", fmt, "--outdir", d, docx_path])
    return docx_path[:-5] + ".pdf"


def ashcombe(rep, d):
    doc = docx_base(rep["cover"])
    numbering(doc)
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "items":
            for t in b[2]:
                numbered(doc, t, 91, 0)
        elif k == "ml":
            for t, subs in b[2]:
                numbered(doc, t, 90, 0)
                for s in subs:
                    numbered(doc, s, 90, 1)
        else:
            raise ValueError(k)
    path = os.path.join(d, "r.docx")
    doc.save(path)
    return lo_pdf(d, path, True)


def brackenfold(rep, d):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    doc = docx_base(rep["cover"])
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1" and b[2] == "recommendations":
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.orientation, sec.page_width, sec.page_height = WD_ORIENT.LANDSCAPE, sec.page_height, sec.page_width
            doc.add_heading(b[1], level=1)
        elif k == "h1" and b[2] == "conclusion":
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.orientation, sec.page_width, sec.page_height = WD_ORIENT.PORTRAIT, sec.page_height, sec.page_width
            doc.add_heading(b[1], level=1)
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "whtable":
            table(doc, b[1], ["What happened", "What we learned"], [7.5, 8.5])
            doc.add_paragraph("")
        elif k == "rtable":
            table(doc, [(str(i + 1),) + r for i, r in enumerate(b[1])], ["No.", "Recommendation", "Lead", "By when"],
                  [1.2, 14.5, 5.5, 3.5])
        else:
            raise ValueError(k)
    path = os.path.join(d, "r.docx")
    doc.save(path)
    return lo_pdf(d, path, False)


# ---------------- 4. Dunmere: wkhtmltopdf ----------------
DM_CSS = """body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
.cover { page-break-after: always; padding-top: 60mm; } .cover h1 { font-size: 26pt; color: #00594f; margin: 30mm 0 12mm 0; }
.cover p { font-size: 13pt; } .cover .inv { font-size: 9pt; margin-top: 90mm; }
h2 { font-size: 15pt; color: #00594f; border-bottom: 1.5pt solid #00594f; padding-bottom: 3pt; margin-top: 22pt; }
.lfp { font-weight: bold; color: #00594f; margin: 10pt 0 2pt 0; } li { margin-bottom: 4pt; }
.sub b { color: #00594f; }"""


def dunmere(rep, d):
    c = rep["cover"]
    out = ["<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>" % tuple(
        e(x) for x in cover_lines(c))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p" and b[1] == "Learning for the partnership":
            out.append("<p class='lfp'>%s</p>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "sub":
            out.append("<p class='sub'><b>%s</b> %s</p>" % (e(b[1]), e(b[2])))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        else:
            raise ValueError(k)
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s"
                                           "</style></head><body>%s</body></html>" % (e(c["title"]), DM_CSS, "\n".join(out)))
    pdf = os.path.join(d, "r.pdf")
    run(["wkhtmltopdf", "--quiet", "-s", "A4", "-T", "22mm", "-B", "22mm", "-L", "22mm", "-R", "22mm", src, pdf])
    return pdf


# ---------------- 5. Westerleigh: WeasyPrint ----------------
WL_CSS = """@page { size: A4; margin: 26mm 22mm 26mm 22mm;
  @top-right { content: 'Westerleigh Safeguarding Children Partnership'; font: 8pt 'DejaVu Sans'; color: #555; }
  @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages); font: 8pt 'DejaVu Sans'; color: #555; }
  @footnote { border-top: 0.5pt solid #888; padding-top: 4pt; } }
@page :first { @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.5; counter-reset: h c; }
.cover { break-after: page; padding-top: 50mm; font-family: 'DejaVu Sans'; } .cover h1 { font-size: 24pt; color: #1f5f8b; margin: 30mm 0 14mm 0; }
.cover .inv { font-size: 9pt; margin-top: 80mm; }
h2 { font: bold 14pt 'DejaVu Sans'; color: #1f5f8b; counter-increment: h; margin-top: 20pt; }
h2::before { content: counter(h) '.0\\2003'; }
.fn { float: footnote; font-size: 8pt; } ::footnote-call { font-size: 7pt; vertical-align: super; }
.callout { counter-increment: c; margin: 8pt 0 8pt 34pt; padding: 6pt 9pt; background: #e6f0f7; border-radius: 4pt;
  position: relative; }
.callout::before { content: counter(c); position: absolute; left: -32pt; top: 3pt; width: 22pt; height: 22pt;
  border-radius: 11pt; background: #1f5f8b; color: #fff; font: bold 12pt/22pt 'DejaVu Sans'; text-align: center; }
li { margin-bottom: 4pt; }"""


def westerleigh(rep, d):
    c = rep["cover"]
    out = ["<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>" % tuple(
        e(x) for x in cover_lines(c))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(number_off(b[1])))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "pfn":
            out.append("<p>%s<span class='fn'>%s</span></p>" % (e(b[1]), e(b[2])))
        elif k == "callout":
            out.append("<div class='callout'>%s</div>" % e(b[1]))
        elif k == "items":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        else:
            raise ValueError(k)
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title>"
                                           "<style>%s</style></head><body>%s</body></html>"
                                           % (e(c["title"]), WL_CSS, "\n".join(out)))
    pdf = os.path.join(d, "r.pdf")
    run(["weasyprint", src, pdf])
    return pdf


# ---------------- 6. Kirkhallam: asciidoctor -> HTML -> Chromium ----------------
def kirkhallam(rep, d):
    c = rep["cover"]
    out = ["= %s" % c["title"], ":sectnums:", ":nofooter:", "", c["partnership"], "", c["by"], "", c["date"], "",
           "_%s_" % INVENTED, "", "<<<", ""]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += ["== %s" % number_off(b[1]), ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "adm":
            out += [".%s" % b[1], "TIP: %s" % b[2], ""]
        elif k == "items":
            out += [". %s" % t for t in b[2]] + [""]
        else:
            raise ValueError(k)
    src = os.path.join(d, "r.adoc")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["asciidoctor", "-o", os.path.join(d, "r.html"), src])
    pdf = os.path.join(d, "r.pdf")
    run(CHROMIUM + ["--disable-pdf-tagging", "--print-to-pdf=" + pdf, "file://" + os.path.join(d, "r.html")])
    return pdf


# ---------------- 7. Lowther Bridge: Inkscape cover + LuaLaTeX body + qpdf ----------------
LB_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297">
<rect x="0" y="0" width="210" height="297" fill="#f4efe6"/>
<path d="M0,0 L210,0 L210,95 C150,120 60,70 0,105 Z" fill="#5b2a86"/>
<circle cx="170" cy="240" r="38" fill="#e0b84c" opacity="0.6"/>
<text x="18" y="40" font-family="DejaVu Sans" font-size="7" fill="#ffffff">%s</text>
<text x="18" y="135" font-family="DejaVu Sans" font-size="8.5" font-weight="bold" fill="#5b2a86">%s</text>
<text x="18" y="147" font-family="DejaVu Sans" font-size="8.5" font-weight="bold" fill="#5b2a86">%s</text>
<text x="18" y="165" font-family="DejaVu Sans" font-size="6" fill="#333333">%s</text>
<text x="18" y="175" font-family="DejaVu Sans" font-size="6" fill="#333333">%s</text>
<text x="18" y="280" font-family="DejaVu Sans" font-size="3.5" fill="#333333">%s</text>
</svg>"""
LB_PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{DejaVu Serif}
\setsansfont{DejaVu Sans}
\usepackage[margin=25mm]{geometry}
\usepackage{xcolor}
\definecolor{lb}{RGB}{91,42,134}
\usepackage{titlesec}
\titleformat{\section}{\sffamily\Large\bfseries\color{lb}}{Part \thesection:}{0.4em}{}
\usepackage{enumitem}
\setlength{\parskip}{5pt}
\setlength{\parindent}{0pt}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[R]{\footnotesize\sffamily Lowther Bridge Safeguarding Partnership}
\fancyfoot[C]{\footnotesize\thepage}
\setcounter{page}{2}
\begin{document}
"""


def lowther(rep, d):
    c = rep["cover"]
    svg = os.path.join(d, "cover.svg")
    lines = cover_lines(c)
    lines[1:2] = c["title"].split(": ")
    lines[1] += ":"
    open(svg, "w", encoding="utf-8").write(LB_SVG % tuple(e(x) for x in lines))
    run(["inkscape", "--export-type=pdf", "--export-filename=" + os.path.join(d, "cover.pdf"), svg])
    out, counts = [LB_PRE], {}
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("\\section{%s}" % tex(number_off(b[1])))
        elif k == "p":
            out.append(tex(b[1]) + "\n")
        elif k == "items":
            letter = "L" if b[1] == "learning" else "R"
            out.append("\\begin{description}[leftmargin=2.4em,labelwidth=2em,style=sameline]\n%s\n\\end{description}"
                       % "\n".join("\\item[%s%d] %s" % (letter, i + 1, tex(t)) for i, t in enumerate(b[2])))
        else:
            raise ValueError(k)
    out.append("\\end{document}\n")
    body = latex(d, "\n".join(out), "lualatex")
    pdf = os.path.join(d, "joined.pdf")
    run(["qpdf", "--empty", "--pages", os.path.join(d, "cover.pdf"), body, "--", "--object-streams=generate", pdf])
    return pdf


# ---------------- 8. Harrowgate Mill: groff -mm -> PostScript -> Ghostscript PDF/A-1b -> mutool clean ----------------
def mm_text(s):
    s = s.replace("\\", "\\e")
    return ("\\&" + s) if s[:1] in ".'" else s


def harrowgate(rep, d):
    c = rep["cover"]
    out = [".S 11 14", ".PH \"''''\"", ".SA 1", ".sp 8", ".ce", mm_text(c["partnership"]), ".sp 6", ".S 20 24", ".ce",
           ".B \"%s\"" % c["title"], ".S 11 14", ".sp 4", ".ce", mm_text(c["by"]), ".ce", mm_text(c["date"]), ".sp 14",
           ".S 9 11", ".ce", mm_text(INVENTED), ".S 11 14", ".SK",
           ".PH \"'Harrowgate Mill LSCB''Serious Case Review: Child C'\"", ".nr Hb 1", ".nr Hs 1"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append(".H 1 \"%s\"" % number_off(b[1]))
        elif k == "p":
            out += [".P", mm_text(b[1])]
        elif k == "items":
            out += [".AL"] + sum(([".LI", mm_text(t)] for t in b[2]), []) + [".LE"]
        elif k == "gloss":
            out += [".VL 12"] + sum(([".LI \"%s\"" % t, mm_text(m)] for t, m in b[1]), []) + [".LE"]
        else:
            raise ValueError(k)
    src = os.path.join(d, "r.mm")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    ps = run(["groff", "-mm", "-Tps", "-dpaper=a4", "-P-pa4", src]).stdout
    open(os.path.join(d, "r.ps"), "wb").write(ps)
    pdfa, pdfa_def = os.path.join(d, "a.pdf"), os.path.join(d, "PDFA_def.ps")
    defs = open(glob.glob("/usr/share/ghostscript/*/lib/PDFA_def.ps")[0]).read()  # its sRGB output intent, the
    open(pdfa_def, "w").write(defs)  # profile copied beside it: gs 10 opens it relative to the working directory
    shutil.copy("/usr/share/color/icc/ghostscript/srgb.icc", d)
    run(["gs", "-dPDFA=1", "--permit-file-read=srgb.icc", "-dBATCH", "-dNOPAUSE", "-dQUIET", "-sDEVICE=pdfwrite",
         "-sColorConversionStrategy=RGB", "-dPDFACompatibilityPolicy=1", "-sOutputFile=a.pdf", "PDFA_def.ps", "r.ps"],
        cwd=d)
    pdf = os.path.join(d, "r.pdf")
    run(["mutool", "clean", "-gggz", pdfa, pdf])
    return pdf


RENDER = {"ravensholt": ravensholt, "ashcombe": ashcombe, "brackenfold": brackenfold, "dunmere": dunmere,
          "westerleigh": westerleigh, "kirkhallam": kirkhallam, "lowther": lowther, "harrowgate": harrowgate}


def render(rep, d):
    pdf = RENDER[rep["file"].split("-")[0]](rep, d)
    body_from = ravensholt_body_from(pdf) if rep["file"].startswith("ravensholt") else rep["body_from"]
    return pdf, pdf, body_from
