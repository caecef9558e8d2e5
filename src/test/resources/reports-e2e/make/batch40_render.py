"""Batch 40 renderers: pdflatex + TikZ (a 7-minute briefing wheel), pandoc markdown -> ODT -> LibreOffice (a SILP
review), HTML opened in LibreOffice Writer through its HTML import filter (a thematic review), WeasyPrint (an action plan
with spanning recommendation cells), python-docx -> LibreOffice (key lines of enquiry), Chromium printing hand-laid-out
pages with a sidebar on each, rsvg-convert SVG pages merged by qpdf (a child-friendly version) and pdflatex beamer
(briefing slides). Every child, family, area, partnership, agency and person rendered here is invented for software
testing. Test-fixture tooling only.
"""
import math, os, textwrap
from batch38_render import e, run, chromium, soffice, _docx_styles, _docx_cover, _page_field, _shade
from batch40_content import INVENTED


def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def pdflatex(d, body):
    src = os.path.join(d, "r.tex")
    open(src, "w", encoding="utf-8").write(body)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


def sections(blocks):
    """[(heading, [blocks])] for the blocks after each h1 (page breaks dropped)."""
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append((b[1], []))
        elif b[0] != "page" and out:
            out[-1][1].append(b)
    return out


# ---------------------------------------------------------------- 1. TikZ wheel
def _tex_box(blocks):
    parts = []
    for b in blocks:
        if b[0] == "p":
            parts.append(tex(b[1]))
        elif b[0] in ("items", "questions"):
            texts = b[2] if b[0] == "items" else b[1]
            parts.append(r"\begin{itemize}[nosep,leftmargin=1.1em]" + "".join(r"\item " + tex(t) for t in texts)
                         + r"\end{itemize}")
    return r"\par ".join(parts)


def tikz_wheel_briefing(rep, d):
    c, secs = rep["cover"], sections(rep["blocks"])
    colours = ["teal", "violet", "orange", "blue", "olive", "purple", "brown"]
    spots = [(98, 68), (98, 18), (98, -32), (0, -42), (-98, -32), (-98, 18), (-98, 68)]  # beside wedges 1 .. 7
    pic = [r"\node[font=\small] at (0,88mm) {%s};" % tex(c["partnership"]),
           r"\node[font=\LARGE\bfseries] at (0,80mm) {7-minute briefing};",
           r"\node[font=\large] at (0,72mm) {%s};" % tex(c["title"]),
           r"\node[font=\scriptsize\itshape] at (0,-92mm) {%s\quad %s};" % (tex(c["date"]), tex(INVENTED))]
    n = len(secs)
    for i, (head, blocks) in enumerate(secs):
        a0, a1 = 90 - i * 360 / n, 90 - (i + 1) * 360 / n
        mid = (a0 + a1) / 2
        pic.append(r"\fill[%s!70, draw=white, line width=1.5pt] (0,5mm) ++(%.2f:22mm) arc[start angle=%.2f, end angle=%.2f,"
                   r" radius=22mm] -- ++(%.2f:18mm) arc[start angle=%.2f, end angle=%.2f, radius=40mm] -- cycle;"
                   % (colours[i], a0, a0, a1, a1, a1, a0))
        pic.append(r"\node[white, font=\Large\bfseries] at ($(0,5mm)+(%.2f:31mm)$) {%d};" % (mid, i + 1))
        x, y = spots[i]
        width = "96mm" if x == 0 else "74mm"
        pic.append(r"\node[draw=%s, line width=1pt, rounded corners=3mm, anchor=north, text width=%s, align=left, "
                   r"font=\scriptsize, inner sep=2mm] (b%d) at (%dmm,%dmm) {{\normalsize\bfseries\color{%s}%d\quad %s}\par "
                   r"\smallskip %s};" % (colours[i], width, i, x, y, colours[i], i + 1, tex(head), _tex_box(blocks)))
        pic.append(r"\draw[%s, line width=0.8pt] ($(0,5mm)+(%.2f:40mm)$) -- (b%d);" % (colours[i], mid, i))
    pic.append(r"\fill[white] (0,5mm) circle (20mm); \node[align=center, font=\bfseries] at (0,5mm) "
               r"{%s\\[1mm]\footnotesize 7-minute\\\footnotesize briefing};" % tex(c["child_name"]))
    body = (r"""\documentclass[a4paper,landscape]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\renewcommand\familydefault{\sfdefault}
\usepackage[margin=7mm]{geometry}\usepackage{tikz}\usetikzlibrary{calc}\usepackage{enumitem}\pagestyle{empty}
\pdfinfo{/Title (%s)}
\begin{document}\centering
\begin{tikzpicture}
\useasboundingbox (-140mm,-95mm) rectangle (140mm,93mm);
%s
\end{tikzpicture}
\end{document}
""" % (tex(c["title"]) + " - 7-minute briefing", "\n".join(pic)))
    return pdflatex(d, body)


# ---------------------------------------------------------------- 2. pandoc markdown -> ODT -> LibreOffice
def pandoc_odt_lo(rep, d):
    c = rep["cover"]
    md = ["---", "title: \"%s\"" % c["title"], "subtitle: \"%s\"" % c["partnership"],
          "author: \"%s\"" % c["by"], "date: \"%s\"" % c["date"], "---", "", "*%s*" % INVENTED, ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            md += ["# " + b[1], ""]
        elif b[0] == "h2":
            md += ["## " + b[1], ""]
        elif b[0] == "p":
            md += [b[1], ""]
        elif b[0] == "items":
            md += [("%d. " % (i + 1) if b[3] == "ol" else "- ") + t for i, t in enumerate(b[2])] + [""]
    src = os.path.join(d, "r.md")
    open(src, "w", encoding="utf-8").write("\n".join(md))
    odt = os.path.join(d, "r.odt")
    run(["pandoc", "--standalone", "-f", "markdown-smart", "-o", odt, src])
    return soffice(d, odt)


# ---------------------------------------------------------------- 3. HTML opened in LibreOffice Writer
def lo_html_import(rep, d):
    c = rep["cover"]
    out = ["<p style='font-size:14pt; color:#6b2d5c'>%s</p><h1 style='font-size:26pt; color:#6b2d5c'>%s</h1>"
           "<p>%s</p><p>%s</p><p><i>%s</i></p>" % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]),
                                                   e(INVENTED))]
    first = True
    for b in rep["blocks"]:
        if b[0] == "h1":
            brk = " style='page-break-before: always'" if first else ""
            first = False
            out.append("<h2%s>%s</h2>" % (brk, e(b[1])))
        elif b[0] == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif b[0] == "tor":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in b[1]))
        elif b[0] == "gloss":
            out.append("<dl>%s</dl>" % "".join("<dt>%s</dt><dd>%s</dd>" % (e(t), e(m)) for t, m in b[1]))
        elif b[0] == "people":
            out.append("<table border='1' cellpadding='4' width='100%%'><tr><th>Young person</th><th>Age</th>"
                       "<th>Circumstances</th></tr>%s</table>"
                       % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(map(e, r)) for r in b[1]))
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>"
                                          "thematic review draft v4</title></head><body>%s</body></html>" % "\n".join(out))
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(d, "lo"), "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"}}', "--outdir", d, src])
    return os.path.join(d, "r.pdf")


# ---------------------------------------------------------------- 4. WeasyPrint action plan with spanning cells
def weasyprint_action_plan_rowspan(rep, d):
    c = rep["cover"]
    out = ["<div class='cover'><p class='pt'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif b[0] == "plan":
            rows = []
            for rec, acts in b[1]:
                for i, (act, lead, when) in enumerate(acts):
                    first = "<td rowspan='%d' class='rec'>%s</td>" % (len(acts), e(rec)) if i == 0 else ""
                    rows.append("<tr>%s<td>%s</td><td>%s</td><td>%s</td></tr>" % (first, e(act), e(lead), e(when)))
            out.append("<table><thead><tr><th>Recommendation</th><th>Action</th><th>Lead</th><th>Timescale</th></tr>"
                       "</thead><tbody>%s</tbody></table>" % "".join(rows))
    style = """@page { size: A4; margin: 20mm 18mm; @bottom-right { content: "Page " counter(page); font-size: 8.5pt; } }
@page :first { @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.4; }
.cover { page-break-after: always; } .cover .pt { color: #22577a; font-size: 13pt; } .cover h1 { font-size: 24pt;
color: #22577a; margin: 40mm 0 10mm; } .cover .inv { margin-top: 50mm; font-style: italic; }
h2 { font-size: 15pt; color: #22577a; margin: 7mm 0 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } th { background: #22577a; color: #fff; text-align: left; }
td, th { border: 0.6pt solid #444; padding: 1.5mm 2mm; vertical-align: top; } td.rec { width: 38%; font-weight: bold; }"""
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title>"
                                          "<style>%s</style></head><body>%s</body></html>"
                                          % (e(c["title"]), style, "\n".join(out)))
    pdf = os.path.join(d, "r.pdf")
    run(["weasyprint", src, pdf])
    return pdf


# ---------------------------------------------------------------- 5. python-docx key lines of enquiry
def python_docx_lo_kloe(rep, d):
    import docx
    from docx.enum.text import WD_BREAK
    doc = docx.Document()
    _docx_styles(doc, "Carlito", "1F4E79")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Thornbury Moss CSPR Child C  -  Page "
    _page_field(fp)
    _docx_cover(doc, rep["cover"], "1F4E79")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    lp = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "h2":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items" and b[3] == "lp":
            for t in b[2]:
                lp += 1
                p = doc.add_paragraph()
                p.add_run("Learning point %d: " % lp).bold = True
                p.add_run(t)
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number" if b[3] == "ol" else "List Bullet")
        elif b[0] == "tor":
            doc.add_paragraph("The key lines of enquiry were:")
            for t in b[1]:
                doc.add_paragraph(t, style="List Number 2")
        elif b[0] == "gloss":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("Term", "Meaning")):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "DDE6F0")
            for term, meaning in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = term, meaning
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(d, src)


# ---------------------------------------------------------------- 6. Chromium pages with a sidebar on each
def chromium_sidebar_pages(rep, d):
    c = rep["cover"]
    pages, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "page":
            cur = {"main": [], "side": []}
            pages.append(cur)
        elif b[0] == "side":
            cur["side"] += b[1]
        elif b[0] == "h1":
            cur["main"].append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "p":
            cur["main"].append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items":
            cur["main"].append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
    html, n = ["<div class='page cover'><div class='band'>%s</div><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p>"
               "</div>" % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED))], 0
    for pg in pages:
        side = []
        for t in pg["side"]:
            n += 1
            side.append("<p class='lpn'>Learning point %d</p><p>%s</p>" % (n, e(t)))
        html.append("<div class='page'><div class='head'>%s</div><div class='grid'><div class='main'>%s</div>"
                    "<div class='side'><p class='st'>Learning points</p>%s</div></div></div>"
                    % (e(c["title"]), "".join(pg["main"]), "".join(side)))
    style = """@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.42; color: #222; }
.page { width: 210mm; height: 296mm; box-sizing: border-box; padding: 14mm 16mm; page-break-after: always; overflow: hidden; }
.cover .band { background: #3d5a3a; color: #fff; padding: 8mm; font-size: 14pt; } .cover h1 { font-size: 26pt;
color: #3d5a3a; margin: 40mm 0 8mm; } .cover .inv { margin-top: 60mm; font-style: italic; }
.head { font-size: 8pt; color: #666; border-bottom: 0.5pt solid #999; padding-bottom: 1mm; margin-bottom: 6mm; }
.grid { display: grid; grid-template-columns: 1fr 58mm; column-gap: 8mm; }
h2 { font-size: 15pt; color: #3d5a3a; margin: 0 0 3mm; } .main p { margin: 0 0 3mm; }
.side { background: #e8efe3; border-top: 3pt solid #3d5a3a; padding: 3mm 4mm; align-self: start; font-size: 9pt; }
.side .st { font-weight: bold; font-size: 11pt; color: #3d5a3a; margin: 0 0 2mm; } .side .lpn { font-weight: bold; margin: 2mm 0 0; }
.side p { margin: 0 0 2mm; }"""
    return chromium(d, "".join(html), style, c["title"])


# ---------------------------------------------------------------- 7. rsvg-convert SVG pages, qpdf merge
def _svg_lines(x, y, text, size, width_mm, weight="normal", fill="#222"):
    chars = max(10, int(width_mm / (size * 0.19)))
    out = []
    for line in textwrap.wrap(text, chars):
        out.append("<text x='%.1f' y='%.1f' font-size='%.1f' font-weight='%s' fill='%s'>%s</text>"
                   % (x, y, size * 0.3528, weight, fill, e(line)))
        y += size * 0.3528 * 1.45
    return out, y


def rsvg_svg_pages(rep, d):
    c = rep["cover"]
    pages, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "page":
            cur = []
            pages.append(cur)
        else:
            cur.append(b)
    svgs = []
    cover = ["<rect x='0' y='0' width='210' height='80' fill='#f4a261'/>"]
    y = 40
    for text, size, weight in ((c["partnership"], 13, "normal"), (c["title"], 24, "bold"), (c["by"], 16, "normal"),
                               (c["date"], 13, "normal")):
        lines, y = _svg_lines(18, y, text, size, 175, weight)
        cover += lines
        y += 8
    cover += _svg_lines(18, 270, INVENTED, 10, 175, "normal", "#555")[0]
    svgs.append(cover)
    colours = ["#2a9d8f", "#e76f51", "#264653"]
    for pg in pages:
        out, y, k = [], 25, 0
        for b in pg:
            if b[0] == "h1":
                col = colours[k % 3]
                k += 1
                out.append("<rect x='15' y='%.1f' width='180' height='14' rx='5' fill='%s'/>" % (y, col))
                out.append("<text x='21' y='%.1f' font-size='%.1f' font-weight='bold' fill='#fff'>%s</text>"
                           % (y + 9.8, 20 * 0.3528, e(b[1])))
                y += 24
            elif b[0] == "p":
                lines, y = _svg_lines(20, y, b[1], 14, 170)
                out += lines
                y += 6
            elif b[0] == "items":
                for t in b[2]:
                    out.append("<circle cx='23' cy='%.1f' r='2.2' fill='%s'/>" % (y - 1.6, col))
                    lines, y = _svg_lines(30, y, t, 14, 160)
                    out += lines
                    y += 4
                y += 4
        svgs.append(out)
    parts = []
    for i, body in enumerate(svgs):
        svg = os.path.join(d, "p%d.svg" % i)
        open(svg, "w", encoding="utf-8").write(
            "<svg xmlns='http://www.w3.org/2000/svg' width='210mm' height='297mm' viewBox='0 0 210 297' "
            "font-family='DejaVu Sans'><rect width='210' height='297' fill='#fffdf7'/>%s"
            "<text x='105' y='288' font-size='3.2' text-anchor='middle' fill='#777'>%d</text></svg>" % ("".join(body), i + 1))
        pdf = os.path.join(d, "p%d.pdf" % i)
        run(["rsvg-convert", "-f", "pdf", "-o", pdf, svg])
        parts.append(pdf)
    out = os.path.join(d, "r.pdf")
    run(["qpdf", "--empty", "--pages"] + parts + ["--", out])
    return out


# ---------------------------------------------------------------- 8. beamer slides
def beamer_slides(rep, d):
    c = rep["cover"]
    frames = []
    for head, blocks in sections(rep["blocks"]):
        body = []
        for b in blocks:
            if b[0] == "items":
                env = "enumerate" if b[3] == "ol" else "itemize"
                body.append(r"\begin{%s}%s\end{%s}" % (env, "".join(r"\item " + tex(t) for t in b[2]), env))
            elif b[0] == "questions":
                body.append(r"\begin{itemize}%s\end{itemize}" % "".join(r"\item " + tex(t) for t in b[1]))
            elif b[0] == "p":
                body.append(tex(b[1]))
        frames.append(r"\begin{frame}{%s}%s\end{frame}" % (tex(head), "\n".join(body)))
    doc = r"""\documentclass[aspectratio=169,11pt]{beamer}
\usetheme{default}\usecolortheme{seahorse}\setbeamertemplate{navigation symbols}{}
\setbeamertemplate{footline}{\hspace{4mm}\tiny Wyrelands LCSPR Child S\hfill\insertframenumber{} / \inserttotalframenumber\hspace{4mm}\vspace{2mm}}
\title{%s}\subtitle{%s}\institute{%s}\date{%s}\author{}\titlegraphic{\tiny\itshape %s}
\begin{document}
\begin{frame}\titlepage\end{frame}
%s
\end{document}
""" % (tex(c["title"]), tex(c["by"]), tex(c["partnership"]), tex(c["date"]), tex(INVENTED), "\n".join(frames))
    return pdflatex(d, doc)


def render(rep, d):
    return globals()[rep["producer"]](rep, d)
