# Renders the inputs of batch b61 (see render_b61.py and entries_b61.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b61/source/ (run with /usr/bin/python3: openpyxl, reportlab):
# A: an .xlsx sheet (openpyxl) printed by LIBREOFFICE CALC 7.4 (calc_pdf_Export), A4 portrait: heading and intro in A1 / A2,
#    a header row 'Review | Summary | Learning includes | Recommendations include', ONE ROW PER REVIEW (wrapped cells, '• '
#    item lines inside a cell, good practice under the recommendations in column D; the title alone in column A, the link's
#    words printed under the summary in column B, no hyperlink: Calc 7.4 draws a cell holding a hyperlink as one unwrapped
#    URL field, clipped at the cell's edge, so the first render of 13a11359 lost the titles' ends); columns A+B fill the page's width, so
#    Calc CUTS THE COLUMNS OVER PAGES: page 1 holds columns A-B, page 2 columns C-D (page order top to bottom, then right).
# B: a pdflatex BEAMER deck in `handout` mode imposed FOUR SLIDES TO A PAGE by pgfpages (`4 on 1`, A4 landscape, border
#    shrink): a title slide (heading, intro), one slide per review (frame title, summary, bold labels over itemize lists, the
#    link), a closing slide; 6 slides on 2 pages, slides read left to right, then down.
# C: an HTML page printed by WEASYPRINT 57.2 on A4 LANDSCAPE as a CARD GRID, 3 x 2 cards on the page (floats of fixed size):
#    an intro card (h1, intro), four review cards (h2 title, summary, bold labels, lists, link), an 'About' card.
# D: a REPORTLAB 3.6 canvas digest set in DejaVu Sans (embedded): every 'fi' and 'fl' drawn as the LIGATURE CHARACTER
#    (U+FB01, U+FB02), words broken at line ends after a SOFT HYPHEN (U+00AD, drawn as DejaVu's hyphen glyph), and each
#    entry's report link given only as a NUMBERED FOOTNOTE: a raised number after the title, the note ('1 Read the ... (PDF):
#    https://...', a link annotation) at the page's foot under a short rule; two entries a page.
# E: a TAGGED PDF written by a small PDFBox 3.0.8 program (`TaggedOrder.java`) in Word's tag set (Document, H1, P, H2, L, LI,
#    Lbl, LBody, Link; /MarkInfo Marked, a ParentTree), Carlito embedded, A4, 2 pages: the STRUCTURE TREE holds the reading
#    order, but each page is DRAWN BY STYLE: every heading first, then every paragraph, then every label, then every list
#    item, then the links and the footer, so the content stream's order is not the reading order.
import os, shutil, subprocess, tempfile, glob
from html import escape as h
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"
LO = "-env:UserInstallation=file:///tmp/d61-lo"


def run(cmd, cwd=None, env=None, ok=(0,)):
    e = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {}))
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=e, timeout=600)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stdout[-1500:]!r} {r.stderr[-2000:]!r}")
    return r


def x(s): return h(curly(s), quote=False)


def bullets(items): return "\n".join("\u2022 " + curly(i) for i in items)


# ---------------------------------------------------------------- A. Calc, columns cut over pages
def calc_cells(e):
    learning = bullets(e["learning"])
    d = bullets(e["recs"]) if e["recs"] else curly(e["norec"])
    if e["good"]: d += "\n" + e["lab"][2] + "\n" + bullets(e["good"])
    return [curly(e["title"]), curly(e["summary"]) + "\n" + e["link"], learning, d]


WIDTHS = [30, 56, 44, 44]


def cell_lines(v, width, bold):
    """Lines a wrapped cell takes (Calc 7.4 does not set the heights of an .xlsx's rows itself: they are written here)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    font = "Helvetica-Bold" if bold else "Helvetica"
    w = width * 5.25 - 8
    n = 0
    for par in v.split("\n"):
        cur = ""
        n += 1
        for word in par.split():
            t = (cur + " " + word).strip()
            if cur and stringWidth(t, font, 9) > w: n += 1; cur = word
            else: cur = t
    return n + 1


def colsplit(d, src, pdf, stem):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    wb = Workbook(); ws = wb.active; ws.title = "May 2025"
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="808080"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = curly(d["heading"]); ws["A1"].font = Font(name="Liberation Sans", size=15, bold=True)
    ws["A2"] = curly(d["intro"]); ws["A2"].alignment = wrap; ws["A2"].font = Font(name="Liberation Sans", size=10)
    ws.merge_cells("A2:B2"); ws.row_dimensions[2].height = 30
    for col, head in zip("ABCD", ["Review", "Summary", "Learning includes:", "Recommendations include:"]):
        c = ws[f"{col}4"]; c.value = head; c.font = Font(name="Liberation Sans", size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="D9E2F3"); c.border = box; c.alignment = wrap
    for r, e in enumerate(d["entries"], 5):
        for col, v in zip("ABCD", calc_cells(e)):
            c = ws[f"{col}{r}"]; c.value = v; c.alignment = wrap; c.border = box
            c.font = Font(name="Liberation Sans", size=9, bold=(col == "A"))
        ws.row_dimensions[r].height = max(cell_lines(v, w, col == "A") for col, v, w in zip("ABCD", calc_cells(e), WIDTHS)) * 11.2 + 6
    ws["A10"] = FOOT; ws["A10"].font = Font(name="Liberation Sans", size=8, italic=True)
    for col, w in zip("ABCD", WIDTHS): ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
    ws.page_setup.pageOrder = "downThenOver"
    ws.page_margins.left = ws.page_margins.right = 0.6
    path = f"{src}/{stem}.xlsx"; wb.save(path)
    with tempfile.TemporaryDirectory() as t:
        run(["soffice", LO, "--headless", "--convert-to", "pdf:calc_pdf_Export", "--outdir", t, path])
        shutil.move(f"{t}/{stem}.pdf", pdf)


# ---------------------------------------------------------------- B. beamer handout, 4 on 1
def tex(s):
    s = curly(s)
    for a, b in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_")):
        s = s.replace(a, b)
    return s


def beamer_slide(e, i, d):
    out = [f"\\begin{{frame}}{{{tex(e['title'])}}}", tex(e["summary"]), ""]
    for lab, items in groups(e):
        if lab is None: out += ["\\smallskip", tex(items), ""]; continue
        out += ["\\smallskip", f"\\textbf{{{tex(lab)}}}", "\\begin{itemize}"] + [f"\\item {tex(it)}" for it in items] + ["\\end{itemize}"]
    out += ["\\smallskip", f"\\href{{{url(d, i)}}}{{\\textcolor{{blue}}{{{tex(e['link'])}}}}}", "\\end{frame}", ""]
    return "\n".join(out)


def beamer4(d, src, pdf, stem):
    body = "\n".join(beamer_slide(e, i, d) for i, e in enumerate(d["entries"], 1))
    doc = (
        "\\documentclass[handout,9pt]{beamer}\n\\usepackage{pgfpages}\n"
        "\\pgfpagesuselayout{4 on 1}[a4paper,landscape,border shrink=5mm]\n"
        "\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage[utf8]{inputenc}\n"
        "\\setbeamertemplate{navigation symbols}{}\n\\setbeamerfont{frametitle}{size=\\normalsize}\n"
        "\\setbeamertemplate{footline}[frame number]\n"
        "\\AtBeginDocument{\\footnotesize}\n\\setbeamerfont{itemize/enumerate body}{size=\\footnotesize}\n"
        f"\\title{{{tex(d['heading'])}}}\n\\date{{}}\n\\begin{{document}}\n"
        f"\\begin{{frame}}\n\\titlepage\n\\centering {tex(d['intro'])}\n\\end{{frame}}\n\n{body}"
        f"\\begin{{frame}}{{About these summaries}}\n{tex(FOOT)}\n\n\\medskip Case reviews are published by local safeguarding "
        "partnerships.\n\\end{frame}\n\\end{document}\n")
    path = f"{src}/{stem}.tex"; open(path, "w").write(doc)
    with tempfile.TemporaryDirectory() as t:
        shutil.copy(path, t)
        for _ in range(2): run(["pdflatex", "-interaction=nonstopmode", f"{stem}.tex"], cwd=t)
        shutil.move(f"{t}/{stem}.pdf", pdf)


# ---------------------------------------------------------------- C. WeasyPrint landscape card grid
CARD_CSS = """@page { size: A4 landscape; margin: 10mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 7.4pt; line-height: 1.22; color: #1a1a1a; margin: 0; }
.card { float: left; box-sizing: border-box; width: 90mm; height: 91mm; margin: 0 3mm 3mm 0; padding: 3mm 3.5mm;
        border: 0.6pt solid #7a8ca6; border-radius: 3mm; background: #f7f9fc; overflow: hidden; }
.card:nth-child(3n) { margin-right: 0; }
h1 { font-size: 15pt; margin: 2mm 0 3mm; color: #123a6b; }
h2 { font-size: 9pt; margin: 0 0 1.5mm; color: #123a6b; }
p { margin: 0 0 1.2mm; } ul { margin: 0 0 1.2mm; padding-left: 4mm; } li { margin: 0; }
.lab { font-weight: bold; margin: 1.2mm 0 0.4mm; } a { color: #0b57a4; font-weight: bold; text-decoration: none; }
.about { background: #eef2e6; }"""


def card(e, i, d):
    out = [f"<div class='card'><h2>{x(e['title'])}</h2><p>{x(e['summary'])}</p>"]
    for lab, items in groups(e):
        if lab is None: out.append(f"<p>{x(items)}</p>"); continue
        out.append(f"<p class='lab'>{x(lab)}</p><ul>" + "".join(f"<li>{x(it)}</li>" for it in items) + "</ul>")
    out.append(f"<p><a href='{url(d, i)}'>{x(e['link'])}</a></p></div>")
    return "".join(out)


def cardgrid(d, src, pdf, stem):
    cards = [f"<div class='card'><h1>{x(d['heading'])}</h1><p>{x(d['intro'])}</p><p>Each card gives one review: a summary, "
             "what the review found and what it recommends.</p></div>"]
    cards += [card(e, i, d) for i, e in enumerate(d["entries"], 1)]
    cards.append(f"<div class='card about'><h2>About these cards</h2><p>{x(FOOT)}</p><p>Case reviews are published by "
                 "local safeguarding partnerships.</p></div>")
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{x(d['heading'])}</title><style>{CARD_CSS}"
            f"</style></head><body>{''.join(cards)}</body></html>")
    path = f"{src}/{stem}.html"; open(path, "w").write(html)
    run(["weasyprint", path, pdf])


# ---------------------------------------------------------------- D. ReportLab: ligatures, soft hyphens, footnote links
LIG = (("fi", "\ufb01"), ("fl", "\ufb02"))


def lig(s):
    s = curly(s)
    for a, b in LIG: s = s.replace(a, b)
    return s


def soft_wrap(s, font, size, w):
    """Greedy lines; a word of 6+ letters that does not fit is broken after a soft hyphen (U+00AD), 2+ letters before, 3+ after."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if not cur or stringWidth(t, font, size) <= w: cur = t; continue
        k = len(word) - 3
        while k >= 2 and (not word[:k].isalpha() or stringWidth(cur + " " + word[:k] + "\u00ad", font, size) > w): k -= 1
        if k >= 2 and word[k:].rstrip(".,;:").isalpha() and len(word) >= 6:
            lines.append(cur + " " + word[:k] + "\u00ad"); cur = word[k:]
        else:
            lines.append(cur); cur = word
    return lines + ([cur] if cur else [])


def ligfoot(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    c = canvas.Canvas(pdf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(d["heading"]); c.setAuthor("Safeguarding partnership (invented)")
    L, W = 62, 290

    def text(s, y, font="DejaVu", size=9.6, dx=0):
        c.setFont(font, size); c.drawString(L + dx, y, s)

    pages = [d["entries"][:2], d["entries"][2:]]
    n = 0
    for p, entries in enumerate(pages, 1):
        y = 790
        if p == 1:
            text(lig(d["heading"]), y, "DejaVu-Bold", 17); y -= 24
            for s in soft_wrap(lig(d["intro"]), "DejaVu", 10, W): text(s, y, size=10); y -= 13.5
            y -= 10
        notes = []
        for e in entries:
            n += 1
            tl = soft_wrap(lig(e["title"]), "DejaVu-Bold", 11.5, W - 10)
            for k, s in enumerate(tl):
                text(s, y, "DejaVu-Bold", 11.5)
                if k == len(tl) - 1:
                    from reportlab.pdfbase.pdfmetrics import stringWidth
                    c.setFont("DejaVu", 7); c.drawString(L + stringWidth(s, "DejaVu-Bold", 11.5) + 1, y + 4.5, str(n))
                y -= 15
            y -= 2
            for s in soft_wrap(lig(e["summary"]), "DejaVu", 9.6, W): text(s, y); y -= 12.6
            for lab, items in groups(e):
                y -= 5
                if lab is None:
                    for s in soft_wrap(lig(items), "DejaVu", 9.6, W): text(s, y); y -= 12.6
                    continue
                text(lig(lab), y, "DejaVu-Bold", 9.6); y -= 12.6
                for it in items:
                    for k, s in enumerate(soft_wrap(lig(it), "DejaVu", 9.6, W - 14)):
                        if k == 0: text("\u2022", y, dx=3)
                        text(s, y, dx=14); y -= 12.6
            y -= 16
            notes.append((n, e, url(d, n)))
        fy = 52 + 12 * len(notes)
        c.setLineWidth(0.5); c.line(L, fy + 10, L + 120, fy + 10)
        for k, (num, e, u) in enumerate(notes):
            yy = fy - 12 * k
            c.setFont("DejaVu", 6); c.drawString(L, yy + 3, str(num))
            s = lig(e["link"]) + ": " + u
            c.setFont("DejaVu", 8); c.drawString(L + 6, yy, s)
            c.linkURL(u, (L + 6, yy - 2, L + 6 + pdfmetrics.stringWidth(s, "DejaVu", 8), yy + 8), relative=0)
        c.setFont("DejaVu", 7.5); c.drawString(L, 30, lig(FOOT)); c.drawRightString(533, 30, f"{p}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- E. PDFBox tagged PDF drawn by style
def tagged_spec(d):
    """The blocks in reading order, one per line: ROLE<TAB>PAGE<TAB>TEXT (LI items 'LI', report links 'LINK' with a URL)."""
    rows = [("H1", 1, d["heading"]), ("P", 1, d["intro"])]
    for i, e in enumerate(d["entries"], 1):
        page = 1 if i <= 2 else 2
        rows += [("H2", page, e["title"]), ("P", page, e["summary"])]
        for lab, items in groups(e):
            if lab is None: rows.append(("P", page, items)); continue
            rows.append(("LAB", page, lab))
            rows += [("LI", page, it) for it in items]
        rows.append(("LINK", page, e["link"] + "\t" + url(d, i)))
    rows.append(("FOOT", 2, FOOT))
    return "\n".join(f"{r}\t{p}\t{curly(t)}" for r, p, t in rows) + "\n"


def no_gsub_fonts(t):
    """Carlito without its GSUB table (PDFBox 3.0.8's showText applies Carlito's 'ti' / 'ft' / 'tt' ligatures and maps them
    to nothing in the ToUnicode CMap: the words would be lost, a fault of the writer, not of the layout under test)."""
    from fontTools.ttLib import TTFont
    for style in ("Regular", "Bold"):
        f = TTFont(f"/usr/share/fonts/truetype/crosextra/Carlito-{style}.ttf")
        if "GSUB" in f: del f["GSUB"]
        f.save(f"{t}/Carlito-{style}.ttf")


def taggedorder(d, src, pdf, stem):
    spec = f"{src}/{stem}.txt"; open(spec, "w").write(tagged_spec(d))
    java = f"{src}/TaggedOrder.java"
    shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), "TaggedOrder.java"), java)
    m2 = os.path.expanduser("~/.m2/repository")
    cp = ":".join([f"{m2}/org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar", f"{m2}/org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar",
                   f"{m2}/org/apache/pdfbox/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar"] + glob.glob(f"{m2}/commons-logging/commons-logging/1.3*/*.jar")[:1])
    with tempfile.TemporaryDirectory(prefix="d61-fonts") as t:
        no_gsub_fonts(t)
        run(["java", "-cp", cp, java, spec, pdf, d["heading"], t])


MAKERS = {"colsplit": colsplit, "beamer-4up": beamer4, "cardgrid": cardgrid, "ligfoot": ligfoot, "taggedorder": taggedorder}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        stem = fname[:-4]
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", stem)
        print("wrote", fname)
