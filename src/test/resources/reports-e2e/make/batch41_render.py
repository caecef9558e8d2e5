"""Batch 41 renderers: python-docx -> LibreOffice (legal three-level numbering; a table without rulings), Chromium (two
documents in one file; pages laid out by hand with vertical side labels), pdflatex (a two-page contents list), ReportLab
platypus (a section name behind each page), a flat ODT -> LibreOffice (endnotes) and WeasyPrint (hanging recommendations
broken over a page). Every child, family, area, partnership, agency and person rendered here is invented for software
testing. Test-fixture tooling only.
"""
import os, re, subprocess
from batch38_render import e, run, chromium, soffice, _page_field
from batch41_content import INVENTED
from e2e import norm, pdf_pages
import odt


def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"),
                 ("'", "'")):
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- python-docx helpers
def _docx(font, colour):
    import docx
    from docx.shared import Pt, RGBColor
    doc = docx.Document()
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(11)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        st = doc.styles[name]
        st.font.name, st.font.size, st.font.bold = font, Pt(size), True
        st.font.color.rgb = RGBColor.from_string(colour)
    return doc


def _docx_cover(doc, c, colour, footer):
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.text = footer + "  -  Page "
    _page_field(fp)
    for text, size, bold in ((c["partnership"], 13, False), (c["title"], 24, True), (c["by"], 12, False),
                             (c["date"], 12, False), (INVENTED, 10, False)):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(18)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        r.font.color.rgb = RGBColor.from_string(colour)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def _numbered(doc, number, text, lead=None):
    from docx.shared import Cm
    p = doc.add_paragraph()
    f = p.paragraph_format
    f.left_indent, f.first_line_indent = Cm(1.6), Cm(-1.6)
    f.tab_stops.add_tab_stop(Cm(1.6))
    p.add_run(number + "\t")
    if lead:
        p.add_run(lead).bold = True
    p.add_run(text)


# ---------------------------------------------------------------- 1. legal numbering
def python_docx_lo_legal(rep, d):
    doc = _docx("Carlito", "2E3A59")
    _docx_cover(doc, rep["cover"], "2E3A59", "Eldersfield LCSPR Child T")
    sec = sub = para = rec = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            sec, sub, para = sec + 1, 0, 0
            doc.add_heading("%d. %s" % (sec, b[1]), level=1)
        elif b[0] == "h2":
            sub, para = (sub or para) + 1, 0  # a sub-heading takes the next number after the section's own paragraphs
            doc.add_heading("%d.%d %s" % (sec, sub, b[1]), level=2)
        elif b[0] in ("p", "items"):
            texts = [b[1]] if b[0] == "p" else b[2]
            for t in texts:
                para += 1
                number = "%d.%d.%d" % (sec, sub, para) if sub else "%d.%d" % (sec, para)
                lead = None
                if b[0] == "items" and b[3] == "rec":
                    rec += 1
                    lead = "Recommendation %d: " % rec
                _numbered(doc, number, t, lead)
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(d, src)


# ---------------------------------------------------------------- 2. two documents in one file
def _cover_html(c):
    return ("<div class='cover'><p class='part'>%s</p><h1>%s</h1><p class='kind'>%s</p><p>%s</p><p>%s</p>"
            "<p class='inv'>%s</p></div>" % (e(c["partnership"]), e(c["title"]), e(c["subtitle"]), e(c["by"]),
                                             e(c["date"]), e(INVENTED)))


def chromium_two_documents(rep, d):
    out = [_cover_html(rep["cover"])]
    for b in rep["blocks"]:
        if b[0] == "title2":
            out.append(_cover_html(b[1]))
        elif b[0] == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif b[0] in ("items", "restate"):
            texts = b[2]
            tag = "ol" if b[0] == "items" and b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in texts), tag))
    style = ("@page{size:A4;margin:22mm 22mm 24mm}body{font-family:'Liberation Sans';font-size:11pt;line-height:1.45;"
             "color:#222}.cover{break-before:page;break-after:page;padding-top:60mm}.cover:first-child{break-before:"
             "auto}.cover h1{font-size:25pt;color:#5b2a86}.cover .kind{font-size:18pt;color:#5b2a86}.cover .part{"
             "font-size:13pt}.inv{font-size:9pt;margin-top:30mm}h2{font-size:15pt;color:#5b2a86;margin:16pt 0 6pt}"
             "li{margin-bottom:4pt}")
    return chromium(d, "".join(out), style, rep["cover"]["title"])


# ---------------------------------------------------------------- 3. pdflatex with a two-page contents list
def pdflatex_long_toc(rep, d):
    c = rep["cover"]
    body = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append("\\section{%s}" % tex(b[1]))
        elif b[0] == "h2":
            body.append("\\subsection{%s}" % tex(b[1]))
        elif b[0] == "p":
            body.append(tex(b[1]) + "\n")
        elif b[0] == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            body.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=25mm]{geometry}
\usepackage{tocloft}\usepackage{fancyhdr}
\renewcommand{\cftsecleader}{\cftdotfill{\cftdotsep}}
\setlength{\cftbeforesecskip}{26pt}\setlength{\cftbeforesubsecskip}{19pt}
\renewcommand{\cftsecfont}{\bfseries}\renewcommand{\cftsecpagefont}{\bfseries}
\pagestyle{fancy}\fancyhf{}\fancyfoot[C]{\thepage}\fancyhead[R]{\small Pennistow LCSPR: Baby R}
\renewcommand{\headrulewidth}{0.4pt}
\begin{document}
\begin{titlepage}\centering\vspace*{40mm}{\large %s\par}\vspace{15mm}{\Huge\bfseries %s\par}\vspace{12mm}
{\large %s\par}\vspace{6mm}{\large %s\par}\vfill{\small %s\par}\end{titlepage}
\tableofcontents\clearpage
%s
\end{document}
""" % (tex(c["partnership"]), tex(c["title"]), tex(c["by"]), tex(c["date"]), tex(INVENTED), "\n".join(body))
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------------------------------------------------------- 4. vertical side labels on pages laid out by hand
def chromium_side_labels(rep, d):
    c = rep["cover"]
    pages = ["<div class='page cover'><p class='part'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
             % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED))]
    cur = None
    for b in rep["blocks"]:
        if b[0] == "page":
            if cur is not None:
                pages.append("".join(cur) + "</div></div>")
            cur = ["<div class='page'><div class='tab'>%s</div><div class='body'>" % e(b[1].upper())]
        elif b[0] == "h1":
            cur.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "h2":
            cur.append("<h3>%s</h3>" % e(b[1]))
        elif b[0] == "p":
            cur.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            cur.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
    pages.append("".join(cur) + "</div></div>")
    style = ("@page{size:A4;margin:0}body{margin:0;font-family:'Liberation Sans';font-size:11pt;line-height:1.5;"
             "color:#1d1d1d}.page{position:relative;width:210mm;height:297mm;overflow:hidden;break-after:page}"
             ".page:last-child{break-after:auto}.cover{padding:70mm 25mm 0 30mm;box-sizing:border-box}.cover h1{"
             "font-size:26pt;color:#0f6e6e}.cover .part{font-size:13pt}.inv{font-size:9pt;margin-top:40mm}"
             ".tab{position:absolute;left:0;top:45mm;width:13mm;height:95mm;background:#0f6e6e;color:#fff;"
             "font-weight:bold;font-size:13pt;letter-spacing:1pt;writing-mode:vertical-rl;transform:rotate(180deg);"
             "text-align:center;line-height:13mm}.body{position:absolute;left:32mm;right:22mm;top:25mm}"
             "h2{font-size:16pt;color:#0f6e6e;margin:14pt 0 6pt}h3{font-size:12pt;margin:10pt 0 4pt}li{margin-bottom:4pt}")
    return chromium(d, "".join(pages), style, c["title"])


# ---------------------------------------------------------------- 5. a table without rulings
def python_docx_lo_found_do(rep, d):
    from docx.shared import Pt, Cm
    doc = _docx("Liberation Sans", "7A3E00")
    _docx_cover(doc, rep["cover"], "7A3E00", "Hollinsworth LCSPR Child D")
    for b in rep["blocks"]:
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "found":
            t = doc.add_table(rows=1, cols=2)
            t.style = doc.styles["Normal Table"]
            t.autofit = False
            for cell, text in zip(t.rows[0].cells, ("What we found", "What we will do")):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for found, do in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = found, do
            for row in t.rows:
                for cell in row.cells:
                    cell.width = Cm(7.8)
                    cell.paragraphs[0].paragraph_format.space_after = Pt(10)
            doc.add_paragraph()
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(d, src)


# ---------------------------------------------------------------- 6. a section name behind each page
def _lindmere_story(rep):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, PageBreak, ListFlowable, ListItem
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=15.5, spaceAfter=8)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=10,
                          textColor=colors.HexColor("#1F3A68"))
    big = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=24,
                         textColor=colors.HexColor("#1F3A68"))
    c = rep["cover"]
    story = [Spacer(1, 150), Paragraph(c["partnership"], body), Spacer(1, 12), Paragraph(c["title"], big),
             Paragraph(c["by"], body), Paragraph(c["date"], body), Spacer(1, 120), Paragraph(INVENTED, body)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            story += [PageBreak(), Paragraph(e(b[1]), head)]
            story[-1].section = b[1]
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), body))
        elif b[0] == "items":
            kind = "1" if b[3] == "ol" else "bullet"
            story.append(ListFlowable([ListItem(Paragraph(e(t), body)) for t in b[2]], bulletType=kind,
                                      start="1" if kind == "1" else None, leftIndent=18, bulletFontName="Helvetica"))
    return story


def reportlab_section_watermark(rep, d):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    pdf = os.path.join(d, "r.pdf")
    page_section = {}

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, f):
            if getattr(f, "section", None):
                page_section[self.page] = f.section

    def section_of(page):
        names = [page_section[p] for p in sorted(page_section) if p <= page]
        return names[-1] if names else None

    def on_page(canvas, doc):
        canvas.saveState()
        name = section_of(doc.page) if doc.page > 1 else None
        if name:
            canvas.setFillGray(0.90)
            canvas.setFont("Helvetica-Bold", 64)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(40)
            canvas.drawCentredString(0, -20, name.upper())
        canvas.restoreState()
        if doc.page > 1:
            canvas.setFont("Helvetica", 8.5)
            canvas.drawString(25 * mm, 12 * mm, "Lindmere Safeguarding Partnership  -  CSPR Child P")
            canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, "%d" % doc.page)

    for _ in range(2):  # the first pass learns which section each page holds, the second draws it behind the page
        known = dict(page_section)
        page_section.clear()
        page_section.update(known)
        doc = Doc(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=22 * mm,
                  title=rep["cover"]["title"], author=rep["cover"]["partnership"])
        doc.build(_lindmere_story(rep), onFirstPage=on_page, onLaterPages=on_page)
    return pdf


# ---------------------------------------------------------------- 7. endnotes
ENDNOTE_CONF = ('<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0" '
                'text:footnotes-position="document" text:start-numbering-at="document"/>')
LEARNING_NOTES = [
    "The partnership's safer sleep guidance (2023) describes the nights when routines change (invented).",
    "National reviews of sudden unexpected infant deaths note that fathers are often not given the advice directly.",
    "The perinatal mental health pathway of the Corvenham health services (invented) sets out this expectation."]


def _note(n, text):
    return ('<text:note text:id="en%d" text:note-class="endnote"><text:note-citation>%s</text:note-citation>'
            '<text:note-body><text:p text:style-name="Standard">%s</text:p></text:note-body></text:note>'
            % (n, ["i", "ii", "iii", "iv", "v", "vi"][n - 1], odt.x(text)))


def fodt_lo_endnotes(rep, d):
    head = odt.HEAD.replace("%HEADER%", "Corvenham Safeguarding Children Partnership  -  LCSPR Child W")
    head = head.replace("</office:styles>", ENDNOTE_CONF + "\n</office:styles>")
    c = rep["cover"]
    out = [head, '<text:p text:style-name="CoverFirst">%s</text:p>' % odt.x(c["partnership"]),
           '<text:p text:style-name="CoverBig">%s</text:p>' % odt.x(c["title"])]
    out += ['<text:p text:style-name="CoverMid">%s</text:p>' % odt.x(t) for t in (c["by"], c["date"], INVENTED)]
    first, n = True, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>'
                       % ("BodyFirst" if first else "Heading_20_1", odt.x(b[1])))
            first = False
        elif b[0] == "p":
            out.append('<text:p text:style-name="Body">%s</text:p>' % odt.x(b[1]))
        elif b[0] == "pnote":
            n += 1
            out.append('<text:p text:style-name="Body">%s%s</text:p>' % (odt.x(b[1]), _note(n, b[2])))
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                call = ""
                if b[1] == "learning":
                    n += 1
                    call = _note(n, LEARNING_NOTES[i])
                out.append('<text:p text:style-name="Num">%d.<text:tab/>%s%s</text:p>' % (i + 1, odt.x(t), call))
    out.append("</office:text></office:body></office:document>")
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    return soffice(d, src)


# ---------------------------------------------------------------- 8. hanging recommendations over a page break
def _ormsgill_html(rep, gap):
    c = rep["cover"]
    out = ["<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            cls = {"recommendations": " class='recs' style='margin-top:%dmm'" % gap,
                   "learning": " class='newpage'"}.get(b[2], "")
            out.append("<h2%s>%s</h2>" % (cls, e(b[1])))
        elif b[0] == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items" and b[3] == "para":
            out.append("".join("<p class='hang'><span class='n'>%d.</span>%s</p>" % (i + 1, e(t))
                               for i, t in enumerate(b[2])))
        elif b[0] == "items":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
    style = ("@page{size:A4;margin:28mm 24mm 24mm;@top-left{content:'Ormsgill LCSPR Child F  |  ' string(sec, start);"
             "font-size:8.5pt;color:#555;border-bottom:0.5pt solid #999}@bottom-right{content:'Page ' counter(page);"
             "font-size:9pt}}@page:first{@top-left{content:none;border:none}@bottom-right{content:none}}"
             "body{font-family:'DejaVu Sans';font-size:10.5pt;line-height:1.5;orphans:1;widows:1}"
             ".cover{break-after:page;padding-top:55mm}.cover h1{font-size:24pt;color:#2f6b2f}.inv{font-size:9pt;"
             "margin-top:40mm}h2{string-set:sec content();font-size:14pt;color:#2f6b2f;font-weight:bold;"
             "margin:14pt 0 6pt}h2.newpage{break-before:page}.hang{margin:0 0 8pt 12mm;text-indent:-12mm}"
             ".hang .n{display:inline-block;width:12mm;text-indent:0}")
    return "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>" \
           "<body>%s</body></html>" % (e(c["title"]), style, "".join(out))


def _broken(pdf, text):
    pages = [norm(p) for p in pdf_pages(pdf, False)]
    words = norm(text).split()
    head, tail = " ".join(words[:6]), " ".join(words[-6:])
    return any(head in pages[i] and tail not in pages[i] and tail in pages[i + 1] for i in range(len(pages) - 1))


def weasyprint_hanging_recs(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    rec = [b for b in rep["blocks"] if b[0] == "items" and b[1] == "recommendations"][0][2][rep["rec_break"] - 1]
    for gap in range(0, 200, 3):  # push the recommendations down until the chosen one breaks over the page
        open(src, "w", encoding="utf-8").write(_ormsgill_html(rep, gap))
        run(["weasyprint", src, pdf])
        if _broken(pdf, rec):
            return pdf
    raise SystemExit("no gap breaks the recommendation over a page")


def render(rep, d):
    return globals()[rep["producer"]](rep, d)
