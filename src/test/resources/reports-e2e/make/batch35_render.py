"""Renders batch35_content.py's invented reports with producers new to the repo: PangoCairo, Vim :hardcopy + ps2pdf, an
hOCR text layer drawn invisible over a page image (ReportLab, the hocr-pdf recipe), Java 2D PrinterJob PostScript +
ps2pdf, MuPDF's HTML and EPUB engines (mutool convert), python-docx sections -> LibreOffice with bookmarks.
Test-fixture tooling only: every report here is invented.
"""
import os, re, shutil, subprocess, textwrap, zipfile
from batch34_render import chromium, css, blocks_html, cover_html, run, e
from batch35_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))


def cover_lines(c):
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


# ---------------------------------------------------------------- 1, 2. PangoCairo through PyGObject
def pango_cairo(rep, d):
    import cairo, gi
    gi.require_version("Pango", "1.0")
    gi.require_version("PangoCairo", "1.0")
    from gi.repository import Pango, PangoCairo
    welsh = rep["cover"]["review_type"] == "child_practice_review"
    body_font, head_font = ("Liberation Sans 10", "Liberation Sans Bold 13") if welsh else ("DejaVu Serif 10.5", "DejaVu Sans Bold 13")
    head_rgb = (0.0, 0.42, 0.45) if welsh else (0.1, 0.1, 0.3)
    pdf = os.path.join(d, "final.pdf")
    W, H, M = 595.0, 842.0, 64.0
    surf = cairo.PDFSurface(pdf, W, H)
    surf.set_metadata(cairo.PDFMetadata.TITLE, rep["cover"]["title"])
    surf.set_metadata(cairo.PDFMetadata.CREATOR, "report-builder (PangoCairo)")
    cr = cairo.Context(surf)
    page = [1]

    def layout(text, font, width, markup=False):
        lay = PangoCairo.create_layout(cr)
        lay.set_font_description(Pango.FontDescription.from_string(font))
        lay.set_width(int(width * Pango.SCALE))
        lay.set_wrap(Pango.WrapMode.WORD)
        lay.set_text(text, -1)
        return lay, lay.get_size()[1] / Pango.SCALE

    def draw(lay, x, y, rgb=(0, 0, 0)):
        cr.set_source_rgb(*rgb)
        cr.move_to(x, y)
        PangoCairo.show_layout(cr, lay)

    def footer():
        lay, _ = layout("%s  |  Page %d" % (rep["cover"]["title"], page[0]), "DejaVu Sans 8", W - 2 * M)
        draw(lay, M, H - 40, (0.4, 0.4, 0.4))

    def new_page():
        footer()
        cr.show_page()
        page[0] += 1
        return M

    # cover
    y = 150
    for text, font in zip(cover_lines(rep["cover"]), ["DejaVu Sans 13", "DejaVu Sans Bold 24", "DejaVu Sans 12",
                                                      "DejaVu Sans 12", "DejaVu Sans Italic 9.5"]):
        lay, hgt = layout(text, font, W - 2 * M)
        draw(lay, M, y, head_rgb if "Bold" in font else (0, 0, 0))
        y += hgt + (60 if text == INVENTED else 26)
    y = new_page()
    for b in rep["blocks"]:
        if b[0] == "h1":
            lay, hgt = layout(b[1], head_font, W - 2 * M)
            if y + hgt + 40 > H - M:
                y = new_page()
            y += 8
            draw(lay, M, y, head_rgb)
            y += hgt + 8
        elif b[0] == "p":
            lay, hgt = layout(b[1], body_font, W - 2 * M)
            if y + hgt > H - M:
                y = new_page()
            draw(lay, M, y)
            y += hgt + 7
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                lay, hgt = layout(t, body_font, W - 2 * M - 22)
                if y + hgt > H - M:
                    y = new_page()
                mark, _ = layout("•" if b[3] == "ul" else "%d." % (i + 1), body_font, 20)
                draw(mark, M + 4, y)
                draw(lay, M + 22, y)
                y += hgt + 5
            y += 4
    footer()
    cr.show_page()
    surf.finish()
    return pdf


# ---------------------------------------------------------------- 3. Vim :hardcopy -> ps2pdf
def vim_hardcopy_ps2pdf(rep, d):
    out = ["", "", ""] + [l.center(76).rstrip() for l in cover_lines(rep["cover"])[:4]] + [""] * 6
    out += textwrap.wrap(INVENTED, 76) + ["\f"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["", b[1], "-" * len(b[1]), ""]
        elif b[0] == "p":
            out += textwrap.wrap(b[1], 76) + [""]
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                lead = "%d. " % (i + 1) if b[3] == "ol" else "*  "
                out += textwrap.wrap(t, 76, initial_indent=lead, subsequent_indent="   ") + [""]
    txt = os.path.join(d, "harkenby-lcspr-baby-h.txt")
    open(txt, "w").write("\n".join(out) + "\n")
    ps, pdf = os.path.join(d, "r.ps"), os.path.join(d, "final.pdf")
    run(["vim", "-N", "-u", "NONE", "-i", "NONE", "-n", "-es", "-c", "set printoptions=paper:A4,formfeed:y,left:15mm,right:15mm",
         "-c", "set printfont=courier:h10", "-c", "hardcopy > r.ps", "-c", "qa!", os.path.basename(txt)], cwd=d)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, pdf])
    return pdf


# ---------------------------------------------------------------- 4. hOCR layer, invisible, over a page image
def hocr_sandwich(rep, d):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    import html as h
    src = chromium(d, "src", cover_html(rep["cover"]) + blocks_html(rep["blocks"]), css(dict(rep, look="serif")),
                   rep["cover"]["title"])
    run(["pdftoppm", "-r", "200", "-gray", "-png", src, os.path.join(d, "pg")])
    pages = sorted(f for f in os.listdir(d) if f.startswith("pg") and f.endswith(".png"))
    pdf = os.path.join(d, "final.pdf")
    c = canvas.Canvas(pdf, pagesize=(595.276, 841.89))
    c.setCreator("hocr-pdf")
    k = 72.0 / 200
    for png in pages:
        base = os.path.join(d, png[:-4])
        run(["tesseract", os.path.join(d, png), base, "-l", "eng", "--dpi", "200", "hocr"])
        hocr = open(base + ".hocr", encoding="utf-8").read()
        c.drawImage(os.path.join(d, png), 0, 0, width=595.276, height=841.89)
        for line in re.finditer(r"<span class='ocr_(?:line|header|caption|textfloat)'[^>]*title=\"bbox (\d+) (\d+) (\d+) (\d+)[^\"]*?x_size ([\d.]+)[^>]*>(.*?)</span>\s*(?=<span class='ocr_|</p>)", hocr, re.S):
            size = float(line.group(5)) * k * 0.85
            for w in re.finditer(r"class='ocrx_word'[^>]*title='bbox (\d+) (\d+) (\d+) (\d+)[^']*'[^>]*>(.*?)</span>", line.group(6), re.S):
                word = h.unescape(re.sub(r"<[^>]+>", "", w.group(5))).strip()
                if not word:
                    continue
                x0, y0, x1, y1 = (int(v) for v in w.groups()[:4])
                t = c.beginText()
                t.setTextRenderMode(3)
                t.setFont("Helvetica", size)
                sw = stringWidth(word, "Helvetica", size)
                t.setHorizScale(100.0 * (x1 - x0) * k / sw if sw else 100)
                t.setTextOrigin(x0 * k, 841.89 - int(line.group(4)) * k + size * 0.2)
                t.textOut(word)
                c.drawText(t)
        c.showPage()
    c.save()
    return pdf


# ---------------------------------------------------------------- 5. Java 2D PrinterJob -> PostScript -> ps2pdf
def java2d_printerjob_ps2pdf(rep, d):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, M, top, bottom = 595, 72, 80, 770
    cmds, y = [], [top]

    def wrap(text, font, size, width):
        lines, cur = [], ""
        for word in text.split():
            t = (cur + " " + word).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = word
            else:
                cur = t
        return lines + [cur]

    def put(x, style, size, text, lead):
        if y[0] + lead > bottom:
            cmds.append("P")
            y[0] = top
        y[0] += lead
        cmds.append("T\t%d\t%d\t%s\t%d\t%s" % (x, y[0], style, size, text))

    for i, text in enumerate(cover_lines(rep["cover"])):
        for ln in wrap(text, "Helvetica-Bold" if i == 1 else "Times-Roman", 20 if i == 1 else 12, W - 2 * M):
            put(M, "SB" if i == 1 else "S", 20 if i == 1 else 12, ln, 60 if i else 200)
    cmds.append("P")
    y[0] = top
    for b in rep["blocks"]:
        if b[0] == "h1":
            if y[0] + 60 > bottom:
                cmds.append("P")
                y[0] = top
            put(M, "SB", 14, b[1], 30)
            y[0] += 6
        elif b[0] == "p":
            for ln in wrap(b[1], "Times-Roman", 11, W - 2 * M):
                put(M, "S", 11, ln, 14)
            y[0] += 6
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                for j, ln in enumerate(wrap(t, "Times-Roman", 11, W - 2 * M - 22)):
                    if j == 0:
                        put(M, "S", 11, "%d." % (i + 1), 14)
                        cmds.append("T\t%d\t%d\tS\t11\t%s" % (M + 22, y[0], ln))
                    else:
                        put(M + 22, "S", 11, ln, 14)
                y[0] += 5
    lst = os.path.join(d, "draw.tsv")
    open(lst, "w", encoding="utf-8").write("\n".join(cmds) + "\n")
    ps, pdf = os.path.join(d, "r.ps"), os.path.join(d, "final.pdf")
    run(["java", "-Djava.awt.headless=true", os.path.join(HERE, "batch35_java2d.java"), lst, ps])
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, pdf])
    return pdf


# ---------------------------------------------------------------- 6. MuPDF HTML engine
MUPDF_CSS = """body { font-family: 'Gentium', serif; font-size: 11pt; line-height: 1.35; margin: 1.5em; }
h1 { font-size: 22pt; color: #5a2a5a; } h2 { font-size: 14pt; color: #5a2a5a; margin-top: 14pt; }
.cover { page-break-after: always; } .org { font-size: 13pt; margin-top: 80pt; } .inv { font-style: italic; font-size: 9.5pt; margin-top: 60pt; }
li { margin-bottom: 4pt; }"""


def xhtml(title, body):
    return ("<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='en-GB'><head>"
            "<title>%s</title><style>%s</style></head><body>%s</body></html>" % (e(title), MUPDF_CSS, body))


def mupdf_html(rep, d):
    src, pdf = os.path.join(d, "report.xhtml"), os.path.join(d, "final.pdf")
    open(src, "w", encoding="utf-8").write(xhtml(rep["cover"]["title"], cover_html(rep["cover"]) + blocks_html(rep["blocks"])))
    run(["mutool", "convert", "-W", "595", "-H", "842", "-S", "11", "-o", pdf, "-O", "compress", src])
    return pdf


def mupdf_epub(rep, d):
    chapters, cur = [cover_html(rep["cover"])], []
    for b in rep["blocks"]:
        if b[0] == "h1" and cur:
            chapters.append(blocks_html(cur))
            cur = []
        cur.append(b)
    chapters.append(blocks_html(cur))
    epub, pdf = os.path.join(d, "report.epub"), os.path.join(d, "final.pdf")
    with zipfile.ZipFile(epub, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", "<?xml version='1.0'?><container version='1.0' xmlns='urn:oasis:names:tc:opendocument:"
                   "xmlns:container'><rootfiles><rootfile full-path='OEBPS/content.opf' media-type='application/oebps-package+xml'/>"
                   "</rootfiles></container>")
        man = "".join("<item id='c%d' href='c%d.xhtml' media-type='application/xhtml+xml'/>" % (i, i) for i in range(len(chapters)))
        spine = "".join("<itemref idref='c%d'/>" % i for i in range(len(chapters)))
        z.writestr("OEBPS/content.opf", "<?xml version='1.0'?><package xmlns='http://www.idpf.org/2007/opf' version='3.0' "
                   "unique-identifier='id'><metadata xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:identifier id='id'>invented-"
                   "kilbrannoch</dc:identifier><dc:title>%s</dc:title><dc:language>en-GB</dc:language></metadata><manifest>%s"
                   "</manifest><spine>%s</spine></package>" % (e(rep["cover"]["title"]), man, spine))
        for i, ch in enumerate(chapters):
            z.writestr("OEBPS/c%d.xhtml" % i, xhtml(rep["cover"]["title"], ch))
    run(["mutool", "convert", "-o", pdf, epub])
    return pdf


# ---------------------------------------------------------------- 7. python-docx sections (landscape) -> LibreOffice, bookmarks
WRITER_BOOKMARKS = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"},'
                    '"ExportBookmarks":{"type":"boolean","value":"true"}}')


def python_docx_lo_sections(rep, d):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, Mm
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Carlito", Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for i, text in enumerate(cover_lines(rep["cover"])):
        if i == 1:
            doc.add_heading(text, 0)
        else:
            doc.add_paragraph(text)
    doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)
    blocks, land = rep["blocks"], None
    for n, b in enumerate(blocks):
        if b[0] == "h1" and b[2] == "recommendations" and n == len(blocks) - 2:
            land = doc.add_section(WD_SECTION.NEW_PAGE)
            land.orientation = WD_ORIENT.LANDSCAPE
            land.page_width, land.page_height = Mm(297), Mm(210)
        if b[0] == "h1":
            doc.add_heading(b[1], 1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items" and land is not None:
            doc.add_paragraph("The partnership's action plan for each recommendation is set out below.")
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ["No.", "Recommendation", "Lead", "By when"]):
                cell.text = text
            for i, text in enumerate(b[2]):
                row = t.add_row().cells
                for cell, v in zip(row, [str(i + 1), text, ["Partnership business unit", "Education safeguarding lead",
                                                            "Police public protection"][i % 3], "March 2026"]):
                    cell.text = v
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number" if b[3] == "ol" else "List Bullet")
    back = doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Mm(210), Mm(297)
    doc.add_paragraph("Cressbury Vale Safeguarding Partnership business unit. " + INVENTED)
    src = os.path.join(d, "report.docx")
    doc.save(src)
    run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", WRITER_BOOKMARKS,
         "--outdir", d, src])
    pdf = os.path.join(d, "final.pdf")
    os.replace(os.path.join(d, "report.pdf"), pdf)
    return pdf


def render(rep, d):
    return globals()[rep["producer"]](rep, d)
