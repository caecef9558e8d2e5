# Renders the inputs of batch b59 (see render_b59.py and entries_b59.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b59/source/ (run with /usr/bin/python3: reportlab):
# A: a REPORTLAB 3.6 canvas newsletter (A4): heading, intro, then each review a bordered PANEL whose left edge is a filled BAND
#    holding the review's TITLE SET VERTICALLY (rotated 90 degrees, reading bottom to top, white bold, wrapped to the panel's
#    height), the summary, bold labels and '•' items to its right, the link under them (a link annotation).
# B: a REPORTLAB platypus document: heading, intro, then ONE TABLE 'Review | Part | Details' (grid lines, a shaded header row
#    repeated on a new page; the table fits one page here): per review a first cell holding the bold title and the link that SPANS every row of the review
#    ('SPAN'), one row per part ('Summary', each label), the summary or the '•' items in the third cell.
# C: a plain text digest printed by GNU A2PS 4.14 (two virtual pages to a landscape A4 sheet, a2ps's frame, title bar, file
#    name, date and 'Page n/m' on every virtual page), then Ghostscript ps2pdf: upper-case heading with an '=' rule, labels
#    on their own lines, '*' items with hanging indents, each link a bare URL after 'Read the ...: '.
# D: a web page printed by CHROMIUM (--print-to-pdf with the browser's header and footer: date, page title, file URL, 'n/m'):
#    the site header (logo words, search) and a NAVIGATION BAR are position: fixed at the top and a COOKIE BANNER
#    (sentence and three buttons) position: fixed at the foot, so every printed page repeats them; one review a page
#    (break-before), each an <article> padded below the fixed header.
# E: a flat ODT printed by LIBREOFFICE WRITER: heading and intro in the body, the reviews in bordered TEXT FRAMES ANCHORED TO
#    THE PAGE (text:anchor-type="page"), TWO FRAMES SIDE BY SIDE on each page (left and right, top-aligned), each frame a
#    shaded title paragraph, the summary, bold labels, bulleted lists and the link. (Without a parent graphic style 'Frame'
#    Writer 7.4 drops the paragraph styles inside page-anchored frames: every line plain Liberation Serif.)
import os, shutil, subprocess, tempfile
from html import escape as h
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"


def run(cmd, cwd=None, env=None, ok=(0,)):
    e = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {}))
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=e, timeout=600)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stderr[-2000:]!r}")
    return r


# ---------------------------------------------------------------- A. reportlab canvas, vertical title bands
def rl_wrap(s, font, size, w):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and stringWidth(t, font, size) > w: lines.append(cur); cur = word
        else: cur = t
    return lines + ([cur] if cur else [])


L, R, BAND = 48, 547, 58
BODY_X = L + BAND + 10
BODY_W = R - BODY_X - 8


def panel_lines(e):
    """(kind, text, x) rows of the panel's right part, top down."""
    rows = [("sum", s, BODY_X) for s in rl_wrap(curly(e["summary"]), "Helvetica", 9.5, BODY_W)]
    for lab, items in groups(e):
        rows.append(("gap", "", 0))
        if lab is None:
            rows += [("sum", s, BODY_X) for s in rl_wrap(curly(items), "Helvetica", 9.5, BODY_W)]; continue
        rows.append(("lab", lab, BODY_X))
        for it in items:
            for k, s in enumerate(rl_wrap(curly(it), "Helvetica", 9.5, BODY_W - 12)):
                rows.append(("item" if k == 0 else "cont", s, BODY_X + 12))
    rows += [("gap", "", 0), ("link", curly(e["link"]), BODY_X)]
    return rows


def draw_panel(c, e, i, d, top):
    rows = panel_lines(e)
    height = sum(5 if k == "gap" else 12.5 for k, _, _ in rows) + 16
    title = rl_wrap(curly(e["title"]), "Helvetica-Bold", 11, height - 16)
    height = max(height, 30)
    bottom = top - height
    c.setStrokeColor("#8a5a9e"); c.setLineWidth(0.8); c.rect(L, bottom, R - L, height, stroke=1, fill=0)
    c.setFillColor("#5b2a6e"); c.rect(L, bottom, BAND, height, stroke=0, fill=1)
    c.saveState(); c.translate(L + 18, bottom + 8); c.rotate(90)
    c.setFillColor("#ffffff"); c.setFont("Helvetica-Bold", 11)
    for k, s in enumerate(title): c.drawString(0, -k * 14, s)
    c.restoreState()
    y = top - 18
    for kind, s, x in rows:
        if kind == "gap": y -= 5; continue
        c.setFillColor("#1a1a1a")
        if kind == "lab": c.setFont("Helvetica-Bold", 9.5)
        elif kind == "link": c.setFont("Helvetica-Bold", 9.5); c.setFillColor("#1f4fa0")
        else: c.setFont("Helvetica", 9.5)
        if kind == "item":
            c.setFillColor("#5b2a6e"); c.drawString(x - 10, y, "\u2022"); c.setFillColor("#1a1a1a")
        c.drawString(x, y, s)
        if kind == "link":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            c.linkURL(url(d, i), (x, y - 2, x + stringWidth(s, "Helvetica-Bold", 9.5), y + 9), relative=0)
        y -= 12.5
    return bottom


def titleband(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(pdf, pagesize=A4, invariant=1)
    c.setTitle(d["heading"]); c.setAuthor("Safeguarding partnership"); c.setCreator("ReportLab")
    c.setFillColor("#5b2a6e"); c.setFont("Helvetica-Bold", 20); c.drawString(L, 790, d["heading"])
    c.setFillColor("#1a1a1a"); c.setFont("Helvetica", 10)
    y = 768
    for s in rl_wrap(d["intro"], "Helvetica", 10, R - L): c.drawString(L, y, s); y -= 13
    top, page = y - 10, 1
    for i, e in enumerate(d["entries"], 1):
        need = sum(5 if k == "gap" else 12.5 for k, _, _ in panel_lines(e)) + 16
        if top - need < 60:
            foot(c, page); c.showPage(); page += 1; top = 800
        top = draw_panel(c, e, i, d, top) - 14
    foot(c, page); c.save()
    open(f"{src}/{stem}.txt", "w").write("Drawn by render_b59_inputs.titleband (reportlab canvas); no other source.\n")


def foot(c, page):
    c.setFont("Helvetica", 7.5); c.setFillColor("#555555")
    c.drawString(L, 30, FOOT); c.drawRightString(R, 30, f"Page {page}")


# ---------------------------------------------------------------- B. reportlab platypus table with row spans
def rowspan(d, src, pdf, stem):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.5)
    bold = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor="#0d4a3a")
    item = ParagraphStyle("i", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=2)
    story = [Paragraph(h(d["heading"]), ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=18, leading=22, textColor="#0d4a3a")),
             Spacer(1, 6), Paragraph(h(d["intro"]), body), Spacer(1, 10)]
    data, style = [["Review", "Part", "Details"]], [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6b7f78")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0d4a3a")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTNAME", (1, 1), (1, -1), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9)]
    for i, e in enumerate(d["entries"], 1):
        first = len(data)
        head = [Paragraph(h(curly(e["title"])), bold), Spacer(1, 4),
                Paragraph(f'<link href="{url(d, i)}" color="#1f4fa0"><u>{h(curly(e["link"]))}</u></link>', body)]
        data.append([head, "Summary", Paragraph(h(curly(e["summary"])), body)])
        for lab, items in groups(e):
            if lab is None: data.append(["", "Recommendations", Paragraph(h(curly(items)), body)]); continue
            data.append(["", Paragraph(h(lab), ParagraphStyle("l", parent=body, fontName="Helvetica-Bold")),
                         [Paragraph(h(curly(x)), item, bulletText="\u2022") for x in items]])
        style.append(("SPAN", (0, first), (0, len(data) - 1)))
        style.append(("BACKGROUND", (0, first), (0, first), colors.HexColor("#e6f0ec")))
    t = Table(data, colWidths=[128, 102, 250], repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 10), Paragraph(h(FOOT), ParagraphStyle("f", parent=body, fontSize=7.5, textColor="#555555"))]
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=48, bottomMargin=48, title=d["heading"],
                            author="Safeguarding partnership", invariant=1)
    doc.build(story, onFirstPage=page_no, onLaterPages=page_no)
    open(f"{src}/{stem}.txt", "w").write("Built by render_b59_inputs.rowspan (reportlab platypus Table with SPAN); no other source.\n")


def page_no(c, doc):
    c.saveState(); c.setFont("Helvetica", 7.5); c.setFillColor("#555555"); c.drawRightString(545, 28, f"Page {doc.page}"); c.restoreState()


# ---------------------------------------------------------------- C. a2ps, plain text, two virtual pages a sheet
def para(s, width, first="", rest=""):
    import textwrap
    return textwrap.wrap(s, width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False)


def plain(d):
    out = [d["heading"], "=" * len(d["heading"]), ""] + para(d["intro"], 72) + [""]
    for i, e in enumerate(d["entries"], 1):
        out += [e["title"], "-" * len(e["title"]), ""] + para(e["summary"], 72) + [""]
        for lab, items in groups(e):
            if lab is None: out += para(items, 72) + [""]; continue
            out.append(lab)
            for it in items: out += para(it, 72, "  * ", "    ")
            out.append("")
        out += [e["link"], "", ""]
    return "\n".join(out + para(FOOT, 72) + [""])


def a2ps(d, src, pdf, stem):
    path = f"{src}/{stem}.txt"; open(path, "w").write(plain(d))
    with tempfile.TemporaryDirectory(prefix="d59-a2ps-") as t:
        open(f"{t}/digest-{d['month']}.txt", "w").write(plain(d))
        run(["a2ps", "-2", "--medium=A4", "--landscape", "--pretty-print=plain", "--encoding=latin1", "--borders=yes",
             "--center-title=Case review digest", "--header=Safeguarding partnership", f"--footer=digest-{d['month']}.txt", "-o", f"{t}/d.ps", f"digest-{d['month']}.txt"],
            cwd=t, env={"HOME": t, "LC_ALL": "C"})
        run(["ps2pdf", "-sPAPERSIZE=a4", f"{t}/d.ps", pdf])


# ---------------------------------------------------------------- D. Chromium, fixed site chrome on every page
CHROME_CSS = """@page{size:A4;margin:14mm 12mm 14mm 12mm}
body{font:10.5pt/1.45 'Liberation Sans',Arial,sans-serif;color:#222;margin:0}
.site{position:fixed;top:0;left:0;right:0;height:26mm;background:#fff;border-bottom:1px solid #ccc}
.site .brand{display:flex;justify-content:space-between;align-items:center;height:13mm;padding:0 2mm}
.site .brand b{font-size:15pt;color:#2d7a3e} .site .brand span{font-size:9pt;color:#555;border:1px solid #999;padding:1mm 3mm}
.site nav{background:#2d7a3e;height:9mm;display:flex;gap:6mm;padding:0 3mm;align-items:center}
.site nav a{color:#fff;font-size:9.5pt;text-decoration:none;font-weight:bold}
.cookies{position:fixed;bottom:0;left:0;right:0;background:#1b1b1b;color:#fff;font-size:8.5pt;padding:2.5mm 3mm;display:flex;gap:4mm;align-items:center}
.cookies p{margin:0;flex:1} .cookies a{background:#fff;color:#1b1b1b;padding:1mm 2.5mm;font-weight:bold;text-decoration:none}
article,.top{padding-top:30mm;padding-bottom:18mm} article{break-before:page}
h1{font-size:21pt;color:#2d7a3e;margin:0 0 3mm} h2{font-size:14pt;color:#2d7a3e;margin:0 0 2mm}
h3{font-size:10.5pt;margin:3mm 0 1mm} ul{margin:0 0 2mm;padding-left:6mm} li{margin:0 0 1mm}
.crumbs{font-size:8.5pt;color:#555;margin:0 0 3mm} a{color:#1a5fa8}
.foot{font-size:8pt;color:#555;margin-top:6mm}"""


def chrome_article(e, i, d):
    out = [f'<h2>{h(curly(e["title"]))}</h2>', f'<p>{h(curly(e["summary"]))}</p>']
    for lab, items in groups(e):
        if lab is None: out.append(f"<p>{h(curly(items))}</p>"); continue
        out.append(f"<h3>{h(lab)}</h3><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in items) + "</ul>")
    out.append(f'<p><a href="{url(d, i)}">{h(curly(e["link"]))}</a></p>')
    return "\n".join(out)


def sitechrome(d, src, pdf, stem):
    es = d["entries"]
    nav = "".join(f'<a href="#">{x}</a>' for x in ("Safeguarding and child protection", "Research and resources", "Training", "News", "About us"))
    doc = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])} | NSPCC Learning</title>'
           f'<style>{CHROME_CSS}</style></head><body>'
           f'<div class="site"><div class="brand"><b>NSPCC Learning</b><span>Search</span></div><nav>{nav}</nav></div>'
           f'<div class="cookies"><p>We use cookies to make this website work and to understand how you use it.</p>'
           f'<a href="#">Accept all cookies</a><a href="#">Reject optional cookies</a><a href="#">Cookie settings</a></div>'
           f'<div class="top"><p class="crumbs">Home \u203a Research and resources \u203a Case reviews \u203a Summaries</p>'
           f'<h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p>' + chrome_article(es[0], 1, d) + "</div>"
           + "".join(f"<article>{chrome_article(e, i, d)}" + (f'<p class="foot">{h(FOOT)}</p>' if i == len(es) else "") + "</article>"
                     for i, e in enumerate(es[1:], 2))
           + "</body></html>")
    path = f"{src}/{stem}.html"; open(path, "w").write(doc)
    web = "/tmp/d59-web"  # a fixed folder: the browser prints the page's file URL in its footer
    os.makedirs(web, exist_ok=True); shutil.copy(path, f"{web}/case-review-summaries.html")
    with tempfile.TemporaryDirectory(prefix="d59-chrome-") as t:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/d59-chrome", f"--print-to-pdf={t}/p.pdf",
             f"file://{web}/case-review-summaries.html"])
        shutil.copy(f"{t}/p.pdf", pdf)


# ---------------------------------------------------------------- E. Writer, frames anchored to the page, two side by side
def x(s): return h(curly(s), quote=False)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
FSTYLES = """<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Carlito" fo:font-size="10pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#8a3b12"/></style:style>
<style:style style:name="FrameTitle" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:background-color="#f6e3d6" fo:padding="0.1cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#8a3b12"/></style:style>
<style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" fo:color="#555555" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph"/></style:style></office:styles>
<office:automatic-styles><style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="0.5pt solid #8a3b12" fo:padding="0.25cm" fo:background-color="#ffffff" draw:fill="solid" draw:fill-color="#ffffff"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25aa"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.35cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>"""


def frame(e, i, d, page, left, top):
    inner = [f'<text:p text:style-name="FrameTitle">{x(e["title"])}</text:p>', f'<text:p text:style-name="Standard">{x(e["summary"])}</text:p>']
    for lab, lst in groups(e):
        if lab is None: inner.append(f'<text:p text:style-name="Standard">{x(lst)}</text:p>'); continue
        inner.append(f'<text:p text:style-name="Standard"><text:span text:style-name="Strong">{x(lab)}</text:span></text:p><text:list text:style-name="L1">'
                     + "".join(f'<text:list-item><text:p text:style-name="Standard">{x(it)}</text:p></text:list-item>' for it in lst) + "</text:list>")
    inner.append(f'<text:p text:style-name="Standard"><text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a></text:p>')
    return (f'<draw:frame draw:style-name="fr1" draw:name="Review{i}" text:anchor-type="page" text:anchor-page-number="{page}" '
            f'svg:x="{left}cm" svg:y="{top}cm" svg:width="8.2cm" draw:z-index="{i}"><draw:text-box fo:min-height="3cm">'
            + "".join(inner) + "</draw:text-box></draw:frame>")


def frames(d, src, pdf, stem):
    es = d["entries"]
    pos = [(1, 2.0, 5.6), (1, 10.8, 5.6), (2, 2.0, 2.0), (2, 10.8, 2.0)]
    fr = "".join(frame(e, i, d, *pos[i - 1]) for i, e in enumerate(es, 1))
    body = (f'<text:p text:style-name="Title">{fr}{x(d["heading"])}</text:p><text:p text:style-name="Standard">{x(d["intro"])}</text:p>'
            f'<text:p text:style-name="Foot">{x(FOOT)}</text:p><text:p text:style-name="P2"/>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
           + FSTYLES + "<office:body><office:text>" + body + "</office:text></office:body></office:document>")
    path = f"{src}/{stem}.fodt"; open(path, "w").write(doc)
    with tempfile.TemporaryDirectory(prefix="d59-lo-") as t:
        run(["soffice", "-env:UserInstallation=file:///tmp/d59-lo", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", t, path])
        shutil.move(f"{t}/{stem}.pdf", pdf)


MAKERS = {"titleband": titleband, "rowspan": rowspan, "a2ps": a2ps, "sitechrome": sitechrome, "frames": frames}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        stem = fname[:-4]
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", stem)
        print("wrote", fname)
