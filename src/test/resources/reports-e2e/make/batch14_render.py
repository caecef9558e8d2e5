"""Renderers of batch 14 (see batch14.py): WeasyPrint, XeLaTeX (KOMA-Script), HTML -> LibreOffice Writer, Chromium (+ qpdf),
enscript + ps2pdf (+ qpdf encryption), groff -mm + ps2pdf. render() returns (pdf to keep, pdf to read the truth pages from)."""
import html, os, subprocess, textwrap
from e2e import CHROMIUM
from batch14_content import INVENTED, NOTE, strip_notes

h = lambda s: html.escape(s, quote=False)
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]


def run(cmd, cwd=None, **kw):
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, **kw)


def chromium_pdf(doc, d, name="r"):
    src, made = os.path.join(d, name + ".html"), os.path.join(d, name + ".pdf")
    open(src, "w", encoding="utf-8").write(doc)
    run(CHROMIUM + ["--print-to-pdf=" + made, "file://" + src])
    return made


def weasy_pdf(doc, d):
    src, made = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(doc)
    run(["weasyprint", src, made])
    return made


# ---------------- U1: WeasyPrint, running head from string-set, float: footnote ----------------
def u1_html(rep):
    css = """@page{size:A4;margin:24mm 22mm 24mm;
 @top-center{content:string(sect);font:8.5pt 'DejaVu Sans';color:#5b6b7b}
 @bottom-right{content:"page " counter(page) " of " counter(pages);font:8.5pt 'DejaVu Sans';color:#5b6b7b}
}
@page:first{@top-center{content:none}@bottom-right{content:none}}
body{font:10.5pt/1.45 'DejaVu Serif';color:#1d1d1d} h1{font:bold 15pt 'DejaVu Sans';color:#24507a;string-set:sect content();margin:9mm 0 3mm}
p{margin:0 0 3mm} li{margin-bottom:2mm} .fn{float:footnote;font-size:8pt} ::footnote-call{content:counter(footnote);vertical-align:super;font-size:7pt}
::footnote-marker{content:counter(footnote) ". "} a{color:#24507a} .pb{break-before:page} dl{display:block} dt{font-weight:bold;float:left;width:25mm} dd{margin:0 0 2mm 28mm}
.cover{break-after:page;padding-top:45mm;font-family:'DejaVu Sans'}"""
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><p style='font-size:13pt;color:#24507a'>%s</p><p style='font-size:26pt;font-weight:bold;margin:20mm 0 8mm'>%s</p>"
           "<p style='font-size:13pt'>Published: 19 January 2026</p><p>Lead reviewer: Dr Harriet Oyelaran-Pike</p><p style='margin-top:70mm;font-style:italic'>%s</p></div>"
           % (h(c["partnership"]), h(c["title"]), h(INVENTED))]

    def item(t):
        t = h(t).replace("www.ashworthfold-scp.example/young-carers", "<a href='https://www.ashworthfold-scp.example/young-carers'>www.ashworthfold-scp.example/young-carers</a>")
        return NOTE.sub(lambda m: "<span class='fn'>%s</span>" % m.group(1), t)
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h1>%s</h1>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "break":
            out.append("<div class='pb'></div>")
        elif b[0] == "items":
            tag = "ol" if b[3] == "numbered" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % item(t) for t in b[2]), tag))
        elif b[0] == "gloss":
            out.append("<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (h(a), h(m)) for a, m in b[1]))
    return "\n".join(out) + "</body></html>"


# ---------------- U2: XeLaTeX, KOMA-Script scrartcl with 'Part One' headings ----------------
def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_").replace("'", "'")


def u2_tex(rep):
    c = rep["cover"]
    out = ["\\documentclass[11pt,a4paper,parskip=half]{scrartcl}\\usepackage{fontspec}\\setmainfont{C059}[Path=/usr/share/fonts/opentype/urw-base35/,Extension=.otf,UprightFont=*-Roman,BoldFont=*-Bold,ItalicFont=*-Italic,BoldItalicFont=*-BdIta]\\setsansfont{NimbusSans}[Path=/usr/share/fonts/opentype/urw-base35/,Extension=.otf,UprightFont=*-Regular,BoldFont=*-Bold,ItalicFont=*-Italic,BoldItalicFont=*-BoldItalic]",
           "\\usepackage[margin=2.5cm,left=3cm]{geometry}\\usepackage{enumitem}\\usepackage{xcolor}\\usepackage[automark,headsepline]{scrlayer-scrpage}",
           "\\definecolor{kb}{HTML}{7A2E0E}\\addtokomafont{disposition}{\\color{kb}}\\renewcommand\\thepart{\\ifcase\\value{part}\\or One\\or Two\\or Three\\fi}",
           "\\renewcommand*{\\partformat}{Part~\\thepart}\\pagestyle{scrheadings}\\clearpairofpagestyles\\ihead{Kelsey Brook LSCB}\\ohead{\\headmark}\\cfoot{\\pagemark}",
           "\\begin{document}\\begin{titlepage}\\raggedright\\sffamily\\vspace*{3cm}{\\Large %s\\par}\\vspace{2.5cm}" % tex(c["partnership"]),
           "{\\Huge\\bfseries\\color{kb} Serious Case Review:\\par\\vspace{3mm}Child W\\par}\\vspace{2cm}{\\large Overview report\\par}\\vspace{5mm}"
           "{Published: 3 April 2019\\par}{Independent author: Gareth Lonsdale-Ibe\\par}\\vfill{\\itshape %s\\par}\\end{titlepage}" % tex(INVENTED)]
    for b in rep["blocks"]:
        if b[0] == "part":
            out.append("\\part{%s}" % tex(b[1]))
        elif b[0] == "h1":
            out.append("\\section{%s}" % tex(b[1]))
        elif b[0] == "p":
            out.append("\n" + tex(b[1]) + "\n")
        elif b[0] == "items" and b[3] == "latexlp":
            out.append("\\begin{enumerate}[label=\\textbf{Learning point \\thesection.\\arabic*},align=left,leftmargin=3.6cm,labelwidth=3.4cm,labelsep=0.2cm]"
                       + "".join("\\item %s\n" % tex(t) for t in b[2]) + "\\end{enumerate}")
        elif b[0] == "items":
            out.append("\\begin{enumerate}[label=\\textbf{R\\arabic*},leftmargin=1.2cm]" + "".join("\\item %s\n" % tex(t) for t in b[2]) + "\\end{enumerate}")
    out.append("\\end{document}")
    return "\n".join(out)


def u2_xelatex(rep, d):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(u2_tex(rep))
    for _ in range(2):
        run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- U3: Writer HTML, margin headings in a borderless table ----------------
def u3_html(rep):
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>body{font-family:'Liberation Sans';font-size:11pt}"
           "td{vertical-align:top;padding:3pt 6pt} p{margin:0 0 7pt} .mh{color:#8a1538;font-weight:bold}</style></head><body>" % h(c["title"].split("|")[0]),
           "<p style='font-size:14pt;color:#8a1538;margin-top:60pt'>%s</p><p style='font-size:28pt;margin-top:80pt'><b>Child Safeguarding Practice Review:</b></p>"
           "<p style='font-size:28pt'><b>Isaac</b></p><p style='font-size:14pt;margin-top:30pt'>Final report</p><p style='font-size:12pt'>Published: 24 October 2024</p>"
           "<p style='margin-top:120pt'><i>%s</i></p>" % (h(c["partnership"]), h(INVENTED)),
           "<table width='100%' border='0' cellspacing='0' cellpadding='4' style='page-break-before:always'><col width='150'><col width='480'>"]
    row = None
    for b in rep["blocks"]:
        if b[0] == "h1":
            if row is not None:
                out.append("</td></tr>")
            out.append("<tr valign='top'><td width='24%%' valign='top'><p class='mh'><font color='#8a1538'><b>%s</b></font></p></td><td width='76%%' valign='top'>" % h(b[1]))
            row = b
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items":
            tag = "ol" if b[3] == "numbered" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li><p>%s</p></li>" % h(t) for t in b[2]), tag))
    return "\n".join(out) + "</td></tr></table></body></html>"


def u3_writer(rep, d):
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write(u3_html(rep))
    run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--infilter=HTML (StarWriter)", "--convert-to",
         "pdf:writer_pdf_Export", "--outdir", d, src])
    return os.path.join(d, "r.pdf")


# ---------------- U4: Chromium, landscape action plan, then qpdf ----------------
def u4_html(rep):
    css = """@page{size:A4;margin:20mm 20mm 22mm} @page plan{size:A4 landscape;margin:14mm 16mm}
body{font:10.5pt/1.5 'Liberation Sans';color:#222;margin:0} h1{font-size:16pt;color:#0b5563;margin:8mm 0 3mm} h2{font-size:12pt;color:#0b5563;margin:5mm 0 2mm}
p{margin:0 0 3mm} .cover{break-after:page;padding-top:40mm} .lp{margin:0 0 3mm 0;padding-left:34mm;text-indent:-34mm} .lp b{display:inline-block;width:34mm;text-indent:0}
.plan{page:plan;break-before:page} table{border-collapse:collapse;width:100%;font-size:10.5pt} th{background:#0b5563;color:#fff;text-align:left}
th,td{border:1px solid #777;padding:6mm 3mm;vertical-align:top;font-size:12pt;line-height:1.55} tr{break-inside:avoid} .Red{background:#e74c3c;color:#fff} .Amber{background:#f5b041} .Green{background:#58d68d}"""
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><p style='font-size:14pt;color:#0b5563'>%s</p><p style='font-size:28pt;font-weight:bold;margin:18mm 0'>%s</p>"
           "<p style='font-size:13pt'>Date of publication: 2 April 2025</p><p>Independent reviewer: Siobhan Achterberg</p><p style='margin-top:60mm'><i>%s</i></p></div>"
           % (h(c["partnership"]), h(c["title"]), h(INVENTED))]
    theme = 0
    for b in rep["blocks"]:
        if b[0] == "h1" and b[2] == "recommendations":
            out.append("<div class='plan'><h1>%s</h1><p>The partnership's action plan below sets out each recommendation, the action agreed, the lead agency, "
                       "the timescale and the progress rating at March 2025.</p>" % h(b[1]))
        elif b[0] == "h1":
            out.append("<h1>%s</h1>" % h(b[1]))
        elif b[0] == "h2":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[3] in ("lp1", "lp2"):
            theme += 1
            out += ["<p class='lp'><b>Learning point %d.%d</b>%s</p>" % (theme, i, h(t)) for i, t in enumerate(b[2], 1)]
        elif b[0] == "items":
            rows = "".join("<tr><td>%d. %s</td><td>%s</td><td>%s</td><td>%s</td><td class='%s'>%s</td></tr>" % (i, h(r), h(a), h(l), h(t), g, g)
                           for i, (r, a, l, t, g) in enumerate(zip(*b[2:3], *b[4:8]), 1))
            out.append("<table><colgroup><col style='width:31%%'><col style='width:31%%'><col style='width:16%%'><col style='width:12%%'><col style='width:10%%'></colgroup>"
                       "<thead><tr><th>Recommendation</th><th>Action</th><th>Lead agency</th><th>Timescale</th><th>RAG status</th></tr></thead><tbody>%s</tbody></table></div>" % rows)
    return "\n".join(out) + "</body></html>"


def u4_chromium_qpdf(rep, d):
    made = chromium_pdf(u4_html(rep), d)
    out = os.path.join(d, "q.pdf")
    run(["qpdf", "--linearize", "--object-streams=generate", made, out])
    return out


# ---------------- U5: enscript Courier typewriter, ps2pdf, qpdf owner password ----------------
def u5_text(rep):
    c, width, per_page = rep["cover"], 72, 54
    cover = [""] * 8 + [l.center(width).rstrip() for l in ("OLDCASTLE LOCAL SAFEGUARDING CHILDREN BOARD", "", "", "SERIOUS CASE REVIEW: CHILD D", "",
                                                           "EXECUTIVE SUMMARY", "", "", "Published: July 2014", "", "Independent author: R. J. Penhaligon")]
    cover += [""] * 6 + textwrap.wrap(INVENTED, width)
    body = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            body += ["", b[1], "-" * len(b[1]), ""]
        elif b[0] == "p":
            body += textwrap.wrap(b[1], width) + [""]
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                lab = "(%s)" % ROMAN[i]
                body += textwrap.wrap(t, width, initial_indent="    %-6s" % lab, subsequent_indent=" " * 10) + [""]
    pages, cur = [cover], []
    for line in body:  # keep a heading with the lines after it
        if len(cur) >= per_page or (len(cur) >= per_page - 5 and line and set(line) == {"-"}):
            pages.append(cur)
            cur = cur[-2:] if line and set(line) == {"-"} else []
            if cur:
                pages[-1] = pages[-1][:-2]
        cur.append(line)
    pages.append(cur)
    out = []
    for n, lines in enumerate(pages, 1):
        while lines and not lines[0]:
            lines = lines[1:]
        head = ["OLDCASTLE SCR - CHILD D - CONFIDENTIAL".rjust(width), "", ""] if n > 1 else ["", "", ""]
        body_lines = head + lines + [""] * (per_page + 2 - len(lines))
        out.append("\n".join(body_lines + ["", ("- %d -" % n).center(width).rstrip()]))
    return "\f".join(out) + "\n"


def u5_enscript(rep, d):
    txt, ps, plain, enc = (os.path.join(d, n) for n in ("r.txt", "r.ps", "plain.pdf", "r.pdf"))
    open(txt, "w", encoding="latin-1").write(u5_text(rep))
    run(["enscript", "-B", "-q", "-f", "Courier10", "--media=A4", "--margins=72:72:40:40", "-o", ps, txt])
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, plain])
    run(["qpdf", "--encrypt", "", "oldcastle-owner", "256", "--modify=none", "--extract=n", "--", plain, enc])
    return enc, plain


# ---------------- U6: groff -mm -Tps, ps2pdf ----------------
def roff(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'")
    return "\\&" + s if s[:1] in ".'" else s


def u6_mm(rep, d):
    c = rep["cover"]
    out = [".nr Hb 1", ".nr Hs 1", ".nr Hu 1", ".PH \"''''\"", ".S 12", ".sp 6", ".ce", "Brackley Heath Safeguarding Children Partnership", ".sp 5", ".S 20",
           ".ce 2", "\\fBLocal Child Safeguarding Practice Review:", "Noah\\fP", ".S 12", ".sp 3", ".ce 2", "Published: September 2023",
           "Author: Priya Venkataraman-Shaw, independent reviewer", ".sp 8", ".S 10", ".ce", "\\fI" + INVENTED + "\\fP", ".S D",
           ".PH \"'Brackley Heath Safeguarding Children Partnership''- % -'\"", ".SK"]
    lists = {"AL": (".AL", ".LE"), "BL": (".BL", ".LE"), "ALa": (".AL a", ".LE")}
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += [".H 1 \"%s\"" % b[1]]
        elif b[0] == "p":
            out += [".P", roff(b[1])]
        elif b[0] == "items":
            start, end = lists[b[3]]
            out.append(start)
            for t in b[2]:
                out += [".LI", roff(t)]
            out.append(end)
    out.append(".TC")
    src, ps, made = (os.path.join(d, n) for n in ("r.mm", "r.ps", "r.pdf"))
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    open(ps, "wb").write(run(["groff", "-mm", "-Tps", "-dpaper=a4", "-P-pa4", src]).stdout)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, made])
    return made


# ---------------- U7: WeasyPrint, colour-only headings, drop cap, learning boxes floated beside the text ----------------
def u7_html(rep):
    css = """@page{size:A4;margin:22mm 20mm 24mm;@bottom-center{content:"Wyndham Cross Safeguarding Children Partnership  \\2022  " counter(page);font:8pt 'Liberation Sans';color:#777}}
@page:first{@bottom-center{content:none}}
body{font:10.5pt/1.5 'Liberation Serif';color:#222;text-align:justify;hyphens:manual} h2{font:inherit;color:#0f7c6b;margin:6mm 0 1.5mm;text-align:left;clear:both}
p{margin:0 0 3mm} .drop::first-letter{float:left;font-size:3.6em;line-height:0.85;padding:1mm 2mm 0 0;color:#0f7c6b}
aside{float:right;clear:right;width:62mm;margin:1mm 0 3mm 5mm;padding:3mm 3.5mm;background:#e3f2ef;border-top:2pt solid #0f7c6b;text-align:left;font:9.5pt/1.4 'Liberation Sans'}
aside b{display:block;color:#0f7c6b;margin-bottom:1mm} ol{list-style:none;counter-reset:r;padding-left:7mm} ol li{counter-increment:r;margin-bottom:2mm}
ol li::before{content:counter(r) ")";display:inline-block;width:7mm;margin-left:-7mm} ul li{margin-bottom:2mm} .pb{break-before:page}
.cover{break-after:page;font-family:'Liberation Sans';padding-top:50mm;text-align:left}"""
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><p style='font-size:12pt;color:#0f7c6b'>%s</p><p style='font-size:24pt;margin:14mm 0 4mm'>Local Child Safeguarding Practice Review</p>"
           "<p style='font-size:24pt;color:#0f7c6b'>Ellie</p><p style='margin-top:14mm'>Published: 8 December 2025</p><p style='margin-top:80mm'><i>%s</i></p></div>"
           % (h(c["partnership"]), h(INVENTED))]
    first, box = True, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p%s>%s</p>" % (" class='drop'" if first else "", h(b[1])))
            first = False
        elif b[0] == "lpbox":
            box += 1
            out.insert(len(out) - 1, "<aside><b>Learning point %d</b>%s</aside>" % (box, h(b[1])))  # floated beside the paragraph it follows
        elif b[0] == "break":
            out.append("<div class='pb'></div>")
        elif b[0] == "items":
            tag = "ol" if b[3] == "paren" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in b[2]), tag))
    return "\n".join(out) + "</body></html>"


# ---------------- U8: Chromium, learning summary of boxes ----------------
def u8_html(rep):
    css = """@page{size:A4;margin:12mm} body{margin:0;font:10.5pt/1.4 'DejaVu Sans';color:#1f1f1f}
.banner{background:#3b1f6b;color:#fff;padding:8mm 9mm;border-radius:4mm;margin-bottom:6mm} .banner .t{font-size:17pt;font-weight:bold;margin:2mm 0}
.box{border:1.2pt solid #3b1f6b;border-radius:4mm;margin-bottom:5mm;overflow:hidden;break-inside:avoid} .box .hd{background:#3b1f6b;color:#fff;font-weight:bold;font-size:13pt;padding:2.5mm 5mm}
.box .bd{padding:3mm 5mm} .grid{display:grid;grid-template-columns:1fr 1fr;gap:4mm;padding:4mm} .lp{border:1pt solid #b9a7dc;border-radius:4mm;padding:3mm 3mm 3mm 15mm;position:relative;background:#f4f0fb;min-height:24mm}
.lp .n{position:absolute;left:3mm;top:3mm;width:9mm;height:9mm;border-radius:50%;background:#e07a1f;color:#fff;font-weight:bold;font-size:14pt;text-align:center;line-height:9mm}
.pb{break-before:page} li{margin-bottom:1.5mm} .contact{font-size:9pt;color:#555;border-top:1pt solid #ccc;padding-top:2mm;margin-top:4mm}"""
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='banner'><div>%s</div><div class='t'>%s</div><div>Learning summary &middot; February 2026</div>"
           "<div style='font-size:8.5pt;margin-top:2mm'>%s</div></div>" % (h(c["partnership"]), h(c["title"]), h(INVENTED))]
    open_box = False
    for b in rep["blocks"]:
        if b[0] in ("h1", "break") and open_box:
            out.append("</div></div>")
            open_box = False
        if b[0] == "h1":
            out.append("<div class='box'><div class='hd'>%s</div><div class='bd'>" % h(b[1]))
            open_box = True
        elif b[0] == "break":
            out.append("<div class='pb'></div>")
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[3] == "boxes":
            out.append("<div class='grid'>%s</div>" % "".join("<div class='lp'><div class='n'>%d</div>%s</div>" % (i, h(t)) for i, t in enumerate(b[2], 1)))
        elif b[0] == "items":
            tag = "ol" if b[3] == "numbered" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in b[2]), tag))
    if open_box:
        out.append("</div></div>")
    out.append("<div class='contact'>Contact: Pelham Vale Safeguarding Partnership business unit &middot; the full report is on the partnership's website</div>")
    return "\n".join(out) + "</body></html>"


def render(rep, d):
    key = rep["file"].split("-")[0]
    if key == "ashworth":
        made = weasy_pdf(u1_html(rep), d)
    elif key == "kelsey":
        made = u2_xelatex(rep, d)
    elif key == "tollerton":
        made = u3_writer(rep, d)
    elif key == "harlow":
        made = u4_chromium_qpdf(rep, d)
    elif key == "oldcastle":
        return u5_enscript(rep, d)
    elif key == "brackley":
        made = u6_mm(rep, d)
    elif key == "wyndham":
        made = weasy_pdf(u7_html(rep), d)
    else:
        made = chromium_pdf(u8_html(rep), d)
    return made, made
