"""Renderers of batch 28 (see batch28.py): Chromium (7-minute briefing grid, LCSPR with a landscape named page, newsletter),
WeasyPrint (thematic review, banner learning review), python-docx DOCX -> LibreOffice (rapid review table untagged, audit
report with numbered paragraphs tagged) and pdflatex (footnotes and glossary). render(rep, d) returns the PDF made in d."""
import html, os, re
from batch19_render import run, soffice, chromium, WRITER_TAGGED, WRITER_PLAIN
from batch21_render import page_field, docx_doc
from batch28_content import INVENTED

h = lambda s: html.escape(s, quote=False)
NOTE = re.compile(r"\{\{(.*?)\}\}")


def plain(s):
    return NOTE.sub("", s)


def html_blocks(blocks, h1=lambda t: "<h2>%s</h2>" % h(t)):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append(h1(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % h(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % h(plain(b[1])))
        elif k == "items":
            style = b[3] if len(b) > 3 else "ul"
            if style == "labels":
                out += ["<p class='lab'><b>Recommendation %d</b></p><p>%s</p>" % (i + 1, h(t)) for i, t in enumerate(b[2])]
            elif style == "squares":
                out += ["<p class='sq'><span class='sqm'></span>%s</p>" % h(t) for t in b[2]]
            elif style == "boldlead":
                out.append("<ul>" + "".join("<li><b>%s</b>%s</li>" % (h(t.split(". ", 1)[0] + ". "), h(t.split(". ", 1)[1]))
                                            for t in b[2]) + "</ul>")
            else:
                tag = "ol" if style == "ol" else "ul"
                out.append("<%s class='%s'>%s</%s>" % (tag, b[1], "".join("<li>%s</li>" % h(t) for t in b[2]), tag))
        elif k == "quest":
            out.append("<ul class='q'>" + "".join("<li>%s</li>" % h(q) for q in b[1]) + "</ul>")
        elif k == "cases":
            out.append("<table class='cases'><thead><tr><th>Young person</th><th>Age</th><th>Circumstances</th><th>Agencies involved</th></tr></thead><tbody>"
                       + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % h(c) for c in r) for r in b[1]) + "</tbody></table>")
        elif k == "tor":
            out.append("<table class='tor'><thead><tr><th>Line of enquiry</th><th>What the review asked</th></tr></thead><tbody>"
                       + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (h(a), h(q)) for a, q in b[1]) + "</tbody></table>")
        elif k == "plan":
            out.append("<div class='plan'><table><thead><tr><th>Recommendation</th><th>Action</th><th>Lead</th><th>Timescale</th></tr></thead><tbody>"
                       + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % h(c) for c in r) for r in b[1]) + "</tbody></table></div>")
    return "\n".join(out)


def weasy(page, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(page)
    run(["weasyprint", src, pdf], d)
    return pdf


# ---------------- A: 7-minute briefing grid, Chromium ----------------
def brief(rep, d):
    c = rep["cover"]
    colours = ["#1b6ca8", "#c0392b", "#16a085", "#8e44ad", "#d35400", "#27ae60", "#2c3e50"]
    panels, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "h1":
            cur = [b[1], []]; panels.append(cur)
        else:
            cur[1].append(b)
    cells = "".join("<div class='panel' style='border-color:%s'><div class='ph'><span class='num' style='background:%s'>%d</span>"
                    "<h2>%s</h2></div>%s</div>" % (colours[i], colours[i], i + 1, h(t), html_blocks(bs))
                    for i, (t, bs) in enumerate(panels))
    css = """@page{size:A4 landscape;margin:10mm}body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;line-height:1.35;margin:0;color:#222}
    .mast{background:#1b3a5c;color:#fff;padding:4mm 6mm;display:flex;justify-content:space-between;align-items:baseline}
    .mast .t{font-size:20pt;font-weight:bold}.mast .s{font-size:12pt}.sub{font-size:10pt;margin:2mm 0 3mm}
    .grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:5mm}.panel{border:2px solid;border-radius:4mm;padding:3mm 4mm;break-inside:avoid}
    .ph{display:flex;align-items:center;gap:3mm}.num{color:#fff;border-radius:50%;width:9mm;height:9mm;display:inline-flex;align-items:center;justify-content:center;font-size:14pt;font-weight:bold}
    h2{font-size:13pt;margin:0}ul{padding-left:5mm;margin:2mm 0}p{margin:2mm 0}.inv{font-size:8pt;color:#555;margin-top:3mm}"""
    page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>7MB Child L</title><style>%s</style></head><body>"
            "<div class='mast'><span class='t'>7-minute briefing</span><span class='s'>%s</span></div>"
            "<div class='sub'><b>%s</b> &nbsp;|&nbsp; Published January 2025</div><div class='grid'>%s</div>"
            "<p class='inv'>%s</p></body></html>") % (css, h(c["partnership"]), h(c["title"]), cells, INVENTED)
    return chromium(page, d)


# ---------------- B: thematic review, WeasyPrint ----------------
def thematic(rep, d):
    c = rep["cover"]
    body, i, bl = [], 0, rep["blocks"]
    # learning bullets in a theme go in a shaded box headed 'Learning for the partnership'
    for b in bl:
        if b[0] == "items" and b[1] == "learning":
            body.append("<div class='lbox'><p class='lh'>Learning for the partnership</p>%s</div>" % html_blocks([b]))
        elif b[0] == "items" and b[1] == "recommendations":
            body.append("<div class='recs'>%s</div>" % "".join("<p><b>R%d</b> %s</p>" % (n + 1, h(t)) for n, t in enumerate(b[2])))
        else:
            body.append(html_blocks([b]))
    css = """@page{size:A4;margin:22mm 20mm 24mm;@bottom-center{content:'Orrin Fields SCP | Thematic review | page ' counter(page);font-size:8.5pt;color:#666}}
    @page:first{@bottom-center{content:none}}body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.5;color:#222}
    .cover{page-break-after:always;padding-top:50mm}.cover .k{font-size:14pt;color:#7a1f5c;text-transform:uppercase;letter-spacing:1pt}
    .cover h1{font-size:26pt;margin:4mm 0 10mm;color:#7a1f5c}.cover .p{font-size:13pt}.cover .inv{margin-top:90mm;font-size:8.5pt}
    h2{font-size:15pt;color:#7a1f5c;margin:8mm 0 3mm}table{border-collapse:collapse;width:100%;font-size:9pt}th{background:#7a1f5c;color:#fff;text-align:left}
    th,td{border:1px solid #bbb;padding:2mm;vertical-align:top}.lbox{background:#f3e6ef;padding:3mm 5mm;margin:4mm 0}.lh{font-weight:bold;margin:0 0 1mm}
    .recs{columns:2;column-gap:8mm}.recs p{break-inside:avoid;margin:0 0 3mm}"""
    page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Thematic review - self-harm</title><style>%s</style></head><body>"
            "<div class='cover'><div class='k'>Thematic review</div><h1>Self-harm and Suicidal Thoughts in Adolescents</h1>"
            "<div class='p'>%s</div><div class='p'>March 2024</div><div class='inv'>%s</div></div>%s</body></html>") % (
        css, h(c["partnership"]), INVENTED, "\n".join(body))
    return weasy(page, d)


# ---------------- C: rapid review summary, python-docx -> LibreOffice untagged ----------------
def rapid(rep, d):
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    c, doc = rep["cover"], docx_doc("Calibri", 11)
    blue = RGBColor(0x1f, 0x3a, 0x6e)
    st = doc.styles["Heading 1"]
    st.font.name, st.font.size, st.font.color.rgb = "Calibri", Pt(14), blue
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hr = sec.header.paragraphs[0].add_run("OFFICIAL - SENSITIVE"); hr.bold = True; hr.font.color.rgb = RGBColor(0xc0, 0, 0)
    fp = sec.footer.paragraphs[0]; fp.add_run("Whitlow SCP rapid review summary - page "); page_field(fp.add_run())
    t = doc.add_paragraph(); r = t.add_run(c["partnership"]); r.font.size = Pt(12); r.bold = True
    t = doc.add_paragraph(); r = t.add_run(c["title"]); r.font.size = Pt(20); r.bold = True; r.font.color.rgb = blue
    doc.add_paragraph("Date of rapid review: 22 January 2025. Published: 3 March 2025.")
    doc.add_paragraph(INVENTED).runs[0].font.size = Pt(8)
    for b in rep["blocks"]:
        if b[0] == "h1":
            doc.add_heading(b[1], 1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items":
            for x in b[2]:
                doc.add_paragraph(x, style="List Bullet")
        elif b[0] == "frtable":
            tb = doc.add_table(rows=1, cols=3); tb.style = "Table Grid"
            hdr = tb.rows[0]
            trPr = hdr._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
            for cell, text in zip(hdr.cells, ("No", "Finding", "Recommendation")):
                cell.text = ""; rr = cell.paragraphs[0].add_run(text); rr.bold = True
            for n, (f, rec) in enumerate(b[1]):
                row = tb.add_row().cells
                row[0].text, row[1].text, row[2].text = str(n + 1), f, rec
            for row in tb.rows:
                for w, cell in zip((Cm(1.2), Cm(8.6), Cm(6.8)), row.cells):
                    cell.width = w
    src = os.path.join(d, "r.docx"); doc.save(src)
    return soffice(src, d, WRITER_PLAIN)


# ---------------- D: audit report, numbered paragraphs, recommendations inside paragraphs; tagged ----------------
def audit(rep, d):
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
    c, doc = rep["cover"], docx_doc("Arial", 11)
    green = RGBColor(0x2e, 0x6b, 0x30)
    st = doc.styles["Heading 1"]
    st.font.name, st.font.size, st.font.color.rgb = "Arial", Pt(15), green
    fp = doc.sections[0].footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; fp.add_run("Page "); page_field(fp.add_run())
    for text, size, bold in (("Sallowmere Safeguarding Children Partnership", 13, True), ("", 11, False), ("", 11, False),
                             ("Multi-Agency Audit: Neglect of Children under Five", 24, True),
                             ("A multi-agency audit report", 14, False), ("", 11, False), ("September 2024", 12, False),
                             ("", 11, False), ("", 11, False), ("", 11, False), (INVENTED, 8, False)):
        p = doc.add_paragraph(); r = p.add_run(text); r.font.size, r.bold = Pt(size), bold
        if size == 24:
            r.font.color.rgb = green
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    chap, para = 0, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            chap, para = chap + 1, 0
            doc.add_heading(b[1], 1)
        elif b[0] in ("p", "embedrec"):
            para += 1
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run("%d.%d " % (chap, para))
            p.add_run(b[1])
            if b[0] == "embedrec":
                p.add_run(" ")
                rr = p.add_run("Recommendation %d:" % b[2]); rr.bold = True
                p.add_run(" " + b[3] + " This will be monitored by the quality assurance subgroup.")
    src = os.path.join(d, "r.docx"); doc.save(src)
    return soffice(src, d, WRITER_TAGGED)


# ---------------- E: LCSPR, Chromium, landscape named page for the action plan ----------------
def lcspr(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:22mm 22mm 22mm;@bottom-right{content:counter(page)}}@page plan{size:A4 landscape;margin:15mm 18mm}
    body{font-family:'DejaVu Serif',Georgia,serif;font-size:10.5pt;line-height:1.5;color:#111}.cover{page-break-after:always;padding-top:40mm}
    .cover .p{font-size:14pt;color:#204060}.cover h1{font-size:26pt;margin:12mm 0 4mm}.cover .m{font-size:11pt;margin-top:3mm}.cover .inv{margin-top:80mm;font-size:8.5pt}
    h2{font-size:15pt;color:#204060;border-bottom:1px solid #204060;margin:8mm 0 3mm}table{border-collapse:collapse;width:100%}
    th,td{border:1px solid #888;padding:2mm 3mm;vertical-align:top;text-align:left}th{background:#dfe7ef}
    .lab{margin:4mm 0 0;color:#204060}.plan{page:plan;break-before:page}.plan table{font-size:10pt}.apx{page:plan}"""
    blocks = rep["blocks"]
    k = next(i for i, b in enumerate(blocks) if b[0] == "h1" and b[1].startswith("Appendix"))
    main = html_blocks(blocks[:k])
    apx = "<div class='plan'><h2>%s</h2>%s</div>" % (h(blocks[k][1]), html_blocks(blocks[k + 1:]).replace("<div class='plan'>", "<div>"))
    page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
            "<div class='cover'><div class='p'>%s</div><h1>Local Child Safeguarding Practice Review<br>Child V</h1>"
            "<div class='m'>Lead reviewer: Marcus Oyelaran-Fitch</div><div class='m'>Published: 9 October 2024</div>"
            "<div class='inv'>%s</div></div>%s%s</body></html>") % (h(c["title"]), css, h(c["partnership"]), INVENTED, main, apx)
    return chromium(page, d)


# ---------------- F: pdflatex, footnotes and glossary ----------------
def tex_esc(s):
    s = s.replace("\\", "\\textbackslash{}")
    for a, b in (("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_")):
        s = s.replace(a, b)
    s = s.replace("'", "'")
    return NOTE.sub(lambda m: "\\footnote{%s}" % m.group(1), s)


def latex(rep, d):
    c = rep["cover"]
    body = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append("\\section*{%s}\\vspace{-1.5ex}\\hrule\\vspace{1.5ex}" % tex_esc(b[1]))
        elif b[0] == "p":
            body.append(tex_esc(b[1]) + "\n")
        elif b[0] == "items":
            lab = "[label=(\\alph*)]" if b[3] == "alpha" else "[label=\\arabic*.]"
            body.append("\\begin{enumerate}%s\n%s\n\\end{enumerate}" % (lab, "\n".join("\\item " + tex_esc(t) for t in b[2])))
        elif b[0] == "gloss":
            body.append("\\begin{description}\n%s\n\\end{description}" % "\n".join("\\item[%s] %s" % (tex_esc(t), tex_esc(m)) for t, m in b[1]))
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=2.5cm]{geometry}\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}\hypersetup{pdftitle={%(title)s}}
\setlength{\parskip}{0.6em}\setlength{\parindent}{0pt}
\begin{document}
\begin{titlepage}\centering\vspace*{3cm}
{\large %(part)s\par}\vspace{2cm}
{\Huge\bfseries Local Child Safeguarding\\[0.3em] Practice Review\par}\vspace{0.8cm}
{\huge Baby S\par}\vspace{1.5cm}
{\large Independent reviewer: Dr Helena Quartermaine\par}\vspace{0.4cm}
{\large February 2025\par}\vfill
{\small %(inv)s\par}
\end{titlepage}
%(body)s
\end{document}
""" % {"title": c["title"], "part": c["partnership"], "inv": INVENTED, "body": "\n\n".join(body)}
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], d)
    return os.path.join(d, "r.pdf")


# ---------------- G: banners, WeasyPrint ----------------
def banners(rep, d):
    c = rep["cover"]
    colours = iter(["#5b2a86", "#00796b", "#e65100", "#2e7d32", "#1a237e", "#6a1b9a"])
    blocks = [("items", b[1], b[2], "boldlead") if b[0] == "items" and b[1] == "learning" else b for b in rep["blocks"]]
    body = html_blocks(blocks, h1=lambda t: "<h2 class='ban' style='background:%s'>%s</h2>" % (next(colours), h(t)))
    css = """@page{size:A4;margin:20mm 20mm 22mm;@bottom-right{content:counter(page);font-size:9pt}}@page:first{@bottom-right{content:none}}
    body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.5;color:#222}
    .cover{page-break-after:always;padding-top:60mm;text-align:center}.cover .k{font-size:16pt;color:#5b2a86}.cover .n{font-size:40pt;font-weight:bold;color:#5b2a86;margin:4mm 0 10mm}
    .cover .p{font-size:13pt}.cover .inv{margin-top:90mm;font-size:8.5pt}
    .ban{color:#fff;font-size:15pt;margin:9mm -20mm 4mm;padding:3mm 20mm}.sq{padding-left:7mm;position:relative}
    .sqm{position:absolute;left:0;top:1.6mm;width:3.5mm;height:3.5mm;background:#1a237e}"""
    page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Learning Review: Jordan</title><style>%s</style></head><body>"
            "<div class='cover'><div class='k'>A learning review</div><div class='n'>Jordan</div><div class='p'>%s</div>"
            "<div class='p'>April 2025</div><div class='inv'>%s</div></div>%s</body></html>") % (css, h(c["partnership"]), INVENTED, body)
    return weasy(page, d)


# ---------------- H: newsletter, Chromium ----------------
def newsletter(rep, d):
    c = rep["cover"]
    heads = [b[1] for b in rep["blocks"] if b[0] == "h1"]
    body = html_blocks(rep["blocks"])
    quote = ("<blockquote>&#8220;Child M showed us in many small ways that something was wrong. Our job is to put those "
             "small pieces together.&#8221; <span>- the independent reviewer</span></blockquote>")
    body = body.replace("<h2>Key learning</h2>", quote + "<h2>Key learning</h2>")
    css = """@page{size:A4;margin:12mm 12mm 16mm;@bottom-center{content:'Dunlaith SCP - Learning from reviews - ' counter(page);font-size:8pt;color:#555}}
    body{font-family:'Liberation Sans',sans-serif;font-size:9.5pt;line-height:1.4;margin:0;color:#222}
    .mast{background:#0b6e4f;color:#fff;padding:5mm 7mm}.mast .t{font-size:28pt;font-weight:bold}.mast .i{font-size:11pt}
    .lead{font-size:12pt;font-weight:bold;margin:4mm 0}.wrap{display:grid;grid-template-columns:38mm 1fr;gap:6mm}
    .side{background:#e3f1ec;padding:4mm;font-size:9pt}.side h4{margin:0 0 2mm;color:#0b6e4f}.side ol{padding-left:4mm}
    .main{column-count:2;column-gap:6mm}h2{font-size:11.5pt;color:#0b6e4f;margin:3mm 0 1.5mm;break-after:avoid}p{margin:1.5mm 0}ul,ol{padding-left:5mm;margin:1.5mm 0}
    blockquote{font-size:13pt;font-style:italic;color:#0b6e4f;margin:3mm 0;border-top:2px solid #0b6e4f;border-bottom:2px solid #0b6e4f;padding:2mm 0;break-inside:avoid}
    blockquote span{display:block;font-size:9pt;font-style:normal;color:#444}.inv{font-size:7.5pt;color:#555}"""
    page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Learning from reviews issue 9</title><style>%s</style></head><body>"
            "<div class='mast'><div class='t'>Learning from reviews</div><div class='i'>%s &nbsp;|&nbsp; Issue 9 &nbsp;|&nbsp; Winter 2024</div></div>"
            "<p class='lead'>In this issue: %s</p>"
            "<div class='wrap'><div class='side'><h4>In this issue</h4><ol>%s</ol><p class='inv'>%s</p></div><div class='main'>%s</div></div>"
            "</body></html>") % (css, h(c["partnership"]), h(c["title"]), "".join("<li>%s</li>" % h(x) for x in heads), INVENTED, body)
    return chromium(page, d)


RENDER = {"brackwater": brief, "orrin": thematic, "whitlow": rapid, "sallowmere": audit, "hartsedge": lcspr, "penhale": latex,
          "kelmscote": banners, "dunlaith": newsletter}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
