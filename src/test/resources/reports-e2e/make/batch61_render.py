"""Renders batch 61's invented reports (batch61_content.py). render(rep, d) returns the PDF. Producers: python-docx +
LibreOffice (multilevel heading numbering), ReportLab platypus (margin column), Chromium tagged + pypdf (structure tree
rewritten), WeasyPrint (Pages look-alike), pdfLaTeX + tcolorbox, LuaLaTeX (lineno, eso-pic, endnotes), pandoc ->
pdfLaTeX -> pdfjam --booklet, Chromium -> scan look -> ocrmypdf. Test-fixture tooling only; every report is invented.
"""
import glob, html, os, re, subprocess
from batch61_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r61-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r61-lo"
NOTE = re.compile(r"\[\[(fn|en):(.*?)\]\]")
NUM = re.compile(r"^\d+\.\s+")


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def plain(s):
    return NOTE.sub("", s)


# ---------------- 1: python-docx -> LibreOffice, multilevel list numbering of the heading styles ----------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def multilevel(doc):
    """Writes an abstractNum whose three levels are linked to Heading 1-3 and numbers the styles through it."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    levels = "".join(
        '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading%d"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
        % (i, i + 1, t, ind, ind) for i, (t, ind) in enumerate([("%1.", 567), ("%1.%2", 709), ("%1.%2.%3", 851)]))
    numbering.insert(0, parse_xml('<w:abstractNum xmlns:w="%s" w:abstractNumId="61"><w:multiLevelType '
                                  'w:val="multilevel"/>%s</w:abstractNum>' % (W, levels)))
    numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="61"><w:abstractNumId w:val="61"/></w:num>' % W))
    for lvl in range(3):
        ppr = doc.styles["Heading %d" % (lvl + 1)].element.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="61"/></w:numPr>' % (W, lvl)))


def unnumbered(p):
    from docx.oxml import parse_xml
    p._p.get_or_add_pPr().insert(0, parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="0"/><w:numId w:val="0"/>'
                                              '</w:numPr>' % W))


def shade(cell, fill):
    from docx.oxml import parse_xml
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd xmlns:w="%s" w:val="clear" w:color="auto" w:fill="%s"/>'
                                                % (W, fill)))


def brackenfold(rep, d):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor
    doc = Document()
    multilevel(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(11)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.2
    for lvl, size in ((1, 16), (2, 13), (3, 11.5)):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.name, hs.font.size, hs.font.color.rgb = "Liberation Sans", Pt(size), RGBColor(0x1f, 0x3a, 0x5f)
    f = sec.footer.paragraphs[0]
    f.text = "Brackenfold Safeguarding Children Partnership  |  LCSPR Child T  |  Official"
    f.runs[0].font.size = Pt(8)
    for i, line in enumerate(rep["cover"]["lines"]):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.runs[0].font.size = Pt([14, 26, 22, 14, 12][i])
        p.runs[0].bold = i in (1, 2)
        p.paragraph_format.space_before = Pt([0, 120, 8, 16, 80][i])
    p = doc.add_paragraph(INVENTED)
    p.paragraph_format.space_before = Pt(140)
    p.runs[0].font.size = Pt(9)
    p.add_run().add_break(WD_BREAK.PAGE)
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            p = doc.add_heading(NUM.sub("", b[1]), level=1)
            if not NUM.match(b[1]):
                unnumbered(p)
        elif k in ("h2", "h3"):
            doc.add_heading(b[1], level=int(k[1]))
        elif k == "p":
            doc.add_paragraph(plain(b[1]))
        elif k == "items" and b[3] == "ul":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
        elif k == "items" and b[3] == "smart":
            smart_table(doc, b[2], b[4], Cm, Pt)
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for cell, x in zip(t.rows[0].cells, b[1]):
                cell.text = x
                cell.paragraphs[0].runs[0].bold = True
            for r in b[2]:
                for cell, x in zip(t.add_row().cells, r):
                    cell.text = x
                    cell.paragraphs[0].runs[0].font.size = Pt(9.5)
        elif k == "break":
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    path = os.path.join(d, "r.docx")
    doc.save(path)
    run(["soffice", "--headless", LO_PROFILE, "--convert-to", "pdf", "--outdir", d, path])
    return path[:-5] + ".pdf"


RAG = {"Green": "92D050", "Amber": "FFC000", "Red": "FF5050"}


def smart_table(doc, recs, actions, Cm, Pt):
    widths = [Cm(5.2), Cm(4.4), Cm(2.8), Cm(2.4), Cm(1.8)]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for cell, x, w in zip(t.rows[0].cells, ["Recommendation", "Action", "Lead", "By when", "RAG status"], widths):
        cell.text, cell.width = x, w
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9E2F3")
    for n, (rec, acts) in enumerate(zip(recs, actions)):
        for j, (act, lead, when, rag) in enumerate(acts):
            row = t.add_row().cells
            for cell, x, w in zip(row, ["%d. %s" % (n + 1, rec) if j == 0 else "", act, lead, when, rag], widths):
                cell.text, cell.width = x, w
                if cell.paragraphs[0].runs:
                    cell.paragraphs[0].runs[0].font.size = Pt(9.5)
            shade(row[4], RAG[rag])
    doc.add_paragraph("")


# ---------------- 2: ReportLab platypus, section names in a wide left margin column ----------------
def calderwick(rep, d):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)
    teal = colors.HexColor("#00747a")
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=15.5, spaceAfter=7, alignment=4)
    sect = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=teal)
    sub = ParagraphStyle("u", fontName="Helvetica-Oblique", fontSize=9.5, leading=12, textColor=colors.HexColor("#333333"))
    left, text_x, gutter = 16 * mm, 66 * mm, 6 * mm
    state = {"chapter": ""}

    class MarginHead(Flowable):
        """A zero-height flowable drawing its text in the margin column, level with the next line of text."""
        def __init__(self, text, style, chapter):
            Flowable.__init__(self)
            self.p, self.chapter = Paragraph(e(text), style), chapter

        def wrap(self, aw, ah):
            self.p.wrap(text_x - left - gutter, 200)
            return aw, 0

        def draw(self):
            if self.chapter:
                state["chapter"] = self.chapter
            self.p.drawOn(self.canv, left - text_x, -self.p.height + body.fontSize + 2)

    class Circled(Flowable):
        def __init__(self, n, text):
            Flowable.__init__(self)
            self.n, self.p = n, Paragraph(e(text), body)

        def wrap(self, aw, ah):
            w, hgt = self.p.wrap(aw - 30, ah)
            self.height = max(hgt, 22) + 4
            return aw, self.height

        def draw(self):
            c = self.canv
            c.setFillColor(teal)
            c.circle(10, self.height - 14, 10, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(10, self.height - 18, str(self.n))
            c.setFillColor(colors.black)
            self.p.drawOn(c, 30, self.height - 4 - self.p.height)

    def cover_page(c, doc):
        c.setFillColor(teal)
        c.rect(0, A4[1] - 90 * mm, A4[0], 90 * mm, stroke=0, fill=1)

    def running(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(left, A4[1] - 14 * mm, "Calderwick Safeguarding Children Partnership")
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 14 * mm, state["chapter"])
        c.setStrokeColor(teal)
        c.line(left, A4[1] - 16 * mm, A4[0] - 18 * mm, A4[1] - 16 * mm)
        c.drawRightString(A4[0] - 18 * mm, 12 * mm, str(doc.page))
        c.restoreState()

    doc = BaseDocTemplate(os.path.join(d, "r.pdf"), pagesize=A4, title=rep["cover"]["title"])
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(left, 20 * mm, A4[0] - left - 18 * mm, A4[1] - 40 * mm)], onPage=cover_page),
        PageTemplate("body", [Frame(text_x, 20 * mm, A4[0] - text_x - 18 * mm, A4[1] - 42 * mm)], onPageEnd=running)])
    c = rep["cover"]["lines"]
    white = lambda size, bold=False: ParagraphStyle("c", fontName="Helvetica-Bold" if bold else "Helvetica",
                                                    fontSize=size, leading=size * 1.25, textColor=colors.white)
    story = [Spacer(1, 12 * mm), Paragraph(e(c[0]), white(13)), Spacer(1, 10 * mm), Paragraph(e(c[1]), white(24, True)),
             Spacer(1, 4 * mm), Paragraph(e(c[2]), white(30, True)), Spacer(1, 60 * mm),
             Paragraph(e(c[3]), ParagraphStyle("d", fontName="Helvetica", fontSize=13)), Spacer(1, 90 * mm),
             Paragraph(e(INVENTED), ParagraphStyle("i", fontName="Helvetica", fontSize=9)),
             NextPageTemplate("body"), PageBreak()]
    blocks, i = rep["blocks"], 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] in ("h1", "h2"):
            head = MarginHead(b[1], sect if b[0] == "h1" else sub, b[1] if b[0] == "h1" else None)
            nxt = blocks[i + 1]
            if nxt[0] == "p":
                story.append(KeepTogether([Spacer(1, 6), head, Paragraph(e(plain(nxt[1])), body)]))
                i += 2
                continue
            story += [Spacer(1, 6), head, Spacer(1, 18)]
        elif b[0] == "p":
            story.append(Paragraph(e(plain(b[1])), body))
        elif b[0] == "items" and b[3] == "circle":
            story += [Circled(n + 1, t) for n, t in enumerate(b[2])]
        elif b[0] == "items":
            for n, t in enumerate(b[2]):
                story.append(Paragraph(e(t), ParagraphStyle("l", parent=body, leftIndent=18, bulletIndent=2),
                                       bulletText="\u2022" if b[3] == "ul" else "%d." % (n + 1)))
        elif b[0] == "table":
            small = ParagraphStyle("t", fontName="Helvetica", fontSize=8.5, leading=10.5)
            data = [[Paragraph("<b>%s</b>" % e(x), small) for x in b[1]]] + [[Paragraph(e(x), small) for x in r] for r in b[2]]
            t = Table(data, colWidths=[26 * mm, 32 * mm, None], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7eeee"))]))
            story.append(t)
        else:
            raise ValueError(b[0])
        i += 1
    doc.build(story)
    return os.path.join(d, "r.pdf")


# ---------------- HTML (Chromium, WeasyPrint) ----------------
def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(plain(b[1])))
        elif k == "items" and b[3] == "label":
            out += ['<p><b>%s</b> %s</p>' % (e(lab), e(t)) for lab, t in zip(b[4], b[2])]
        elif k == "items" and b[3] == "findrec":
            out.append('<table class="fr"><thead><tr><th>Finding</th><th>Recommendation</th></tr></thead><tbody>%s'
                       '</tbody></table>' % "".join('<tr><td>%s</td><td>%s</td></tr>' % (e(f), e(r))
                                                    for f, r in zip(b[4], b[2])))
        elif k == "items":
            tag = "ul" if b[3] == "ul" else "ol"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        else:
            raise ValueError(k)
    return "\n".join(out)


def html_doc(rep, css):
    c = rep["cover"]
    cover = '<div class="cover">%s<p class="inv">%s</p></div>' % (
        "".join('<p class="c%d">%s</p>' % (i, e(l)) for i, l in enumerate(c["lines"])), e(INVENTED))
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s<main>%s</main></body></html>' % (e(c["title"]), css, cover, html_blocks(rep["blocks"])))


BASE_CSS = """
.cover { break-after: page; padding-top: 40mm; }
.cover p { margin: 5mm 0; font-size: 14pt; }
.cover .c1, .cover .c2 { font-size: 26pt; font-weight: bold; }
.cover .inv { margin-top: 80mm; font-size: 9pt; }
li { margin-bottom: 6pt; }
"""

HARTSHOLME_CSS = BASE_CSS + """
@page { size: A4; margin: 22mm 22mm; }
body { font-family: "Liberation Sans"; font-size: 11pt; line-height: 1.5; }
h2 { font-size: 16pt; color: #5b2a86; margin: 20pt 0 8pt; }
h3 { font-size: 12pt; color: #5b2a86; margin: 12pt 0 6pt; }
p { margin: 0 0 8pt; }
"""

ALDERMOOR_CSS = BASE_CSS + """
@page { size: A4; margin: 24mm 24mm 26mm 24mm;
        @bottom-center { content: counter(page); font-family: "Open Sans"; font-weight: 300; font-size: 9pt; } }
@page :first { @bottom-center { content: none; } }
body { font-family: "Open Sans"; font-size: 10pt; line-height: 1.55; color: #222; }
.cover p { font-weight: 300; }
.cover .c1, .cover .c2 { font-weight: 300; font-size: 34pt; }
h2 { font-family: "Open Sans"; font-weight: 300; font-size: 24pt; color: #333; margin: 26pt 0 10pt; }
p { margin: 0 0 8pt; }
b { font-weight: bold; }
table.fr { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.fr th { text-align: left; font-weight: 300; font-size: 13pt; border-bottom: 0.8pt solid #999; padding: 4pt 6pt; }
table.fr td { vertical-align: top; padding: 6pt; border-bottom: 0.5pt solid #ccc; width: 50%; }
"""


def chromium(html_text, d, tagged):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_text)
    run(CHROMIUM + ([] if tagged else ["--disable-pdf-tagging"]) + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def hartsholme(rep, d):
    pdf = chromium(html_doc(rep, HARTSHOLME_CSS), d, True)
    return mistag(pdf, d, "3. Findings")


def mistag(pdf, d, chapter):
    """Rewrites the structure tree as a careless touch-up leaves it: headings P, list elements Span, and the
    elements from the chapter heading `chapter` up to the next heading taken out of the tree."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    w = PdfWriter()
    w.clone_reader_document_root(PdfReader(pdf))
    root = w._root_object["/StructTreeRoot"].get_object()

    def walk(el):
        if not hasattr(el, "get"):
            return
        s = el.get("/S")
        if s in ("/H1", "/H2", "/H3", "/H4"):
            el[NameObject("/S")] = NameObject("/P")
        elif s in ("/L", "/LI", "/Lbl", "/LBody"):
            el[NameObject("/S")] = NameObject("/Span")
        kids = el.get("/K")
        if kids is None:
            return
        for k in (kids if isinstance(kids, list) else [kids]):
            k = k.get_object() if hasattr(k, "get_object") else k
            walk(k)

    kids = container_of_headings(root)
    # the headings in order: drop the elements from the chapter's heading to the next heading
    heads = [i for i, k in enumerate(kids) if k.get_object().get("/S") in ("/H2",)]
    start = heads[CHAPTER_INDEX]
    end = heads[CHAPTER_INDEX + 1]
    del kids[start:end]
    walk(root)
    out = os.path.join(d, "t.pdf")
    with open(out, "wb") as f:
        w.write(f)
    return out


CHAPTER_INDEX = 2  # the third h2: '3. Findings'


def container_of_headings(el):
    """The kids array of the first structure element that holds H2 elements (Chromium: Document / NonStruct)."""
    kids = el.get("/K")
    if not isinstance(kids, list):
        kids = [kids] if kids is not None else []
    objs = [k.get_object() for k in kids if hasattr(k, "get_object")]
    if any(hasattr(o, "get") and o.get("/S") == "/H2" for o in objs):
        return el["/K"]
    for o in objs:
        if hasattr(o, "get"):
            found = container_of_headings(o)
            if found is not None:
                return found
    return None


def aldermoor(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep, ALDERMOOR_CSS))
    run(["weasyprint", src, pdf])
    return pdf


WETHERDEN_CSS = BASE_CSS + """
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "Liberation Serif"; font-size: 12pt; line-height: 1.45; }
h2 { font-family: "Liberation Sans"; font-size: 16pt; color: #1d5c2e; margin: 20pt 0 8pt; }
p { margin: 0 0 9pt; }
"""


def wetherden(rep, d):
    pdf = chromium(html_doc(rep, WETHERDEN_CSS), d, False)
    run(["pdftoppm", "-r", "300", "-png", pdf, os.path.join(d, "pg")])
    pngs = sorted(glob.glob(os.path.join(d, "pg-*.png")))
    scans = []
    for n, png in enumerate(pngs):
        out = os.path.join(d, "scan-%d.jpg" % n)
        run(["convert", png, "-background", "white", "-rotate", "%.2f" % (0.3 + 0.1 * (n % 3)), "-attenuate", "0.03",
             "+noise", "Impulse", "-modulate", "100,90", "-quality", "85", "-density", "300", out])
        scans.append(out)
    raw = os.path.join(d, "scan.pdf")
    run(["img2pdf", "--pagesize", "A4"] + scans + ["-o", raw])
    ocr = os.path.join(d, "ocr.pdf")
    run(["ocrmypdf", "-l", "eng", "--output-type", "pdf", "--jobs", "1", raw, ocr])
    return ocr


# ---------------- LaTeX ----------------
def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("$", "\\$").replace("_", "\\_"))


def tex_notes(s):
    return NOTE.sub(lambda m: "\\%s{%s}" % ("footnote" if m.group(1) == "fn" else "endnote", tex(m.group(2))), tex(s))


def latex(d, src, engine="pdflatex", passes=2):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(src)
    for _ in range(passes):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


def kettlewick(rep, d):
    c = rep["cover"]["lines"]
    tiles, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "tile":
            cur = [b[1], b[2], []]
            tiles.append(cur)
        elif b[0] == "p":
            cur[2].append(tex(b[1]))
        elif b[0] == "items":
            cur[2].append("\\begin{itemize}\\setlength\\itemsep{2pt}%s\\end{itemize}"
                          % "".join("\\item %s" % tex(t) for t in b[2]))
    def tile(n, title, body):
        return ("\\begin{tcolorbox}[colback=teal!6,colframe=teal!70!black,fonttitle=\\bfseries\\large,"
                "title={\\tikz[baseline=(x.base)]\\node[circle,fill=white,text=teal!70!black,inner sep=2pt](x){%d};"
                "\\ %s}]\n%s\n\\end{tcolorbox}\n" % (n, tex(title), "\n\n".join(body)))
    first = "".join(tile(*t) for t in tiles[:4])
    second = "".join(tile(*t) for t in tiles[4:])
    src = r"""\documentclass[10pt]{article}
\usepackage[a4paper,margin=14mm]{geometry}
\usepackage[T1]{fontenc}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[none]{hyphenat}\usepackage{tikz}\usepackage[most]{tcolorbox}\usepackage{multicol}
\pagestyle{empty}\setlength\parindent{0pt}\setlength\parskip{4pt}
\begin{document}
\begin{tcolorbox}[colback=teal!70!black,coltext=white,arc=0mm]
{\large %s}\par\medskip {\Huge\bfseries %s}\par\medskip {\LARGE %s}\par {\small %s}
\end{tcolorbox}
{\footnotesize %s}
\begin{multicols}{2}
%s
\end{multicols}
\newpage
\begin{multicols}{2}
%s
\end{multicols}
\end{document}
""" % (tex(c[0]), tex(c[1]), tex(c[2]), tex(c[3]), tex(INVENTED), first, second)
    return latex(d, src)


def ormesby(rep, d):
    c = rep["cover"]["lines"]
    body = []
    for b in rep["blocks"]:
        if b[0] == "h1" and b[1] == "Notes":
            continue
        if b[0] == "h1":
            body.append("\\section*{%s}" % tex(b[1]))
        elif b[0] == "p":
            body.append(tex_notes(b[1]) + "\n")
        elif b[0] == "items":
            body.append("\\begin{enumerate}%s\\end{enumerate}" % "".join("\\item %s\n" % tex(t) for t in b[2]))
        elif b[0] == "endnotes":
            body.append("\\theendnotes")
    src = r"""\documentclass[11pt]{article}
\usepackage[a4paper,left=32mm,right=25mm,top=25mm,bottom=28mm]{geometry}
\usepackage{fontspec}\setmainfont{TeX Gyre Heros}
\usepackage[none]{hyphenat}\usepackage{lineno}\usepackage{endnotes}\usepackage{eso-pic}\usepackage{xcolor}
\renewcommand\notesname{Notes}
\renewcommand\enoteheading{\section*{\notesname}}
\modulolinenumbers[5]
\pagestyle{empty}
\setlength\parskip{6pt}\setlength\parindent{0pt}
\begin{document}
\begin{titlepage}
\vspace*{40mm}{\large %s}\par\vspace{12mm}{\huge\bfseries %s}\par\vspace{6mm}{\Huge\bfseries %s}\par\vspace{20mm}{\large %s}\par
\vfill{\small %s}
\end{titlepage}
\AddToShipoutPictureBG{\AtPageLowerLeft{\put(\LenToUnit{12mm},\LenToUnit{0.5\paperheight}){\color{gray}\large\bfseries\thepage}}}
\linenumbers
%s
\end{document}
""" % (tex(c[0]), tex(c[1]), tex(c[2]), tex(c[3]), tex(INVENTED), "\n".join(body))
    return latex(d, src, "lualatex")


def stainmore(rep, d, pad=0):
    c = rep["cover"]["lines"]
    md = ["---", "geometry: a5paper, margin=18mm", "fontsize: 11pt", "pagestyle: plain", "header-includes:",
          "  - \\usepackage[none]{hyphenat}", "---", "",
          "\\begin{titlepage}\\centering\\vspace*{20mm}{\\large %s}\\par\\vspace{15mm}{\\LARGE\\bfseries %s}\\par"
          "\\vspace{8mm}{\\Huge\\bfseries %s}\\par\\vspace{15mm}{\\large %s}\\par\\vfill{\\small %s}\\end{titlepage}"
          % tuple(tex(x) for x in c + [INVENTED]), ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            md += ["# %s {-}" % b[1], ""]
        elif b[0] == "p":
            md += [b[1], ""]
        elif b[0] == "items":
            md += [("- " if b[3] == "ul" else "%d. " % (n + 1)) + t for n, t in enumerate(b[2])] + [""]
    md += ["\\newpage\\thispagestyle{empty}\\mbox{}" * pad,
           "\\newpage\\thispagestyle{empty}\\vspace*{\\fill}\\begin{center}%s\\\\Contact the partnership's learning "
           "and development team\\\\learning@stainmore-scp.example\\end{center}\\vspace*{\\fill}" % tex(c[0]), ""]
    open(os.path.join(d, "r.md"), "w", encoding="utf-8").write("\n".join(md))
    a5 = os.path.join(d, "a5.pdf")
    run(["pandoc", "r.md", "-o", "a5.pdf", "--pdf-engine=pdflatex"], cwd=d)
    n = pdf_page_count(a5)
    if n % 4:
        return stainmore(rep, d, pad + 4 - n % 4)
    out = os.path.join(d, "booklet.pdf")
    run(["pdfjam", "--booklet", "true", "--landscape", "--a4paper", "--outfile", out, a5], cwd=d)
    return out


def pdf_page_count(pdf):
    out = run(["pdfinfo", pdf]).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def render(rep, d):
    name = rep["file"].split("-")[0]
    return {"brackenfold": brackenfold, "calderwick": calderwick, "hartsholme": hartsholme, "aldermoor": aldermoor,
            "kettlewick": kettlewick, "ormesby": ormesby, "stainmore": stainmore, "wetherden": wetherden}[name](rep, d)
