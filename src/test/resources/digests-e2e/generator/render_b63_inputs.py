# Renders the inputs of batch b63 (see render_b63.py and entries_b63.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b63/source/ (run with /usr/bin/python3: cairo, docx, openpyxl):
# A: a MAGAZINE SPREAD drawn with PYCAIRO 1.20 (cairo's PDF surface): one landscape sheet (2 x A4 portrait, 1190 x 842 pt)
#    holding two portrait pages side by side, a shaded gutter between them, a running head and a folio on each; the heading,
#    intro and reviews run down the left page and OVER THE GUTTER onto the right page (a review may break there); each title
#    bold sans, summary serif, bold labels, '•' items with hanging indents, and the report link a BUTTON: a filled rounded
#    rectangle with its words in white, a link annotation over the rectangle (cairo's LINK tag with a rect).
# B: a XELATEX (fontspec, Liberation Serif / Sans) article whose report links are ENDNOTES (the `endnotes` package with
#    hyperref): a raised number after each title, the notes ('1 Read the practice review (PDF).' with the link words a
#    hyperlink) printed under a 'Notes' heading at the END of the document, on its last page.
# C: a DOCX (python-docx) printed by LIBREOFFICE 7.4 WRITER: heading, intro, then each review a bordered TABLE: a title row
#    spanning both columns, then a row per part whose first cell holds the part's label TURNED 90 DEGREES (text direction
#    bottom to top, `w:textDirection w:val="btLr"`), the second the summary, the items (Writer's 'List Bullet') or the
#    no-recommendations sentence; the link (a hyperlink) in a last row spanning both columns.
# D: an HTML page printed by CHROMIUM `--print-to-pdf` (no browser header/footer), tagged: the titles are paragraphs in
#    SYNTHESISED SMALL CAPS (`font-variant: small-caps` in Liberation Serif, which has no small capitals: Chromium draws the
#    lower-case letters as smaller capitals), bold labels, lists, links; the entries are set apart ONLY by `<hr>` rules.
# E: an .xlsx (openpyxl) printed by LIBREOFFICE 7.4 CALC, A4 portrait, with GRIDLINES printed and the HEADER ROW 'Field |
#    Entry' REPEATED on every page (print titles); ONE ROW PER FIELD OR ITEM: 'Review' | title, 'Summary' | summary, the label
#    in column A beside the first item only, each item its own cell (no marker), the link's words in a 'Link' row; the
#    entries run over the page breaks.
import os, shutil, subprocess, tempfile, math
from html import escape as h
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"
LO = "-env:UserInstallation=file:///tmp/d63-lo"


def run(cmd, cwd=None, env=None, ok=(0,)):
    e = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {}))
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=e, timeout=600)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stdout[-1500:]!r} {r.stderr[-2000:]!r}")
    return r


def x(s): return h(curly(s), quote=False)


# ---------------------------------------------------------------- A. cairo magazine spread with buttons
PW, PH, M = 595.0, 842.0, 54.0


class Spread:
    def __init__(self, ctx):
        self.c, self.page, self.y = ctx, 0, M + 30

    def x0(self): return self.page * PW + M

    def need(self, hgt):
        if self.y + hgt > PH - M - 10:
            self.page += 1; self.y = M + 30

    def font(self, face, size, bold=False):
        import cairo
        self.c.select_font_face(face, cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        self.c.set_font_size(size)

    def wrap(self, s, w):
        lines, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.c.text_extents(t).x_advance > w: lines.append(cur); cur = word
            else: cur = t
        return lines + [cur]

    def para(self, s, face="Liberation Serif", size=10.0, bold=False, lead=13.0, indent=0.0, bullet=None, colour=(0, 0, 0), after=4.0):
        self.font(face, size, bold)
        for k, line in enumerate(self.wrap(curly(s), PW - 2 * M - indent)):
            self.need(lead)
            self.c.set_source_rgb(*colour)
            if bullet and k == 0:
                self.c.move_to(self.x0() + indent - 11, self.y + size); self.c.show_text(bullet)
            self.c.move_to(self.x0() + indent, self.y + size); self.c.show_text(line)
            self.y += lead
        self.y += after

    def button(self, words, uri):
        import cairo
        self.need(30)
        self.font("Liberation Sans", 9.5, True)
        w = self.c.text_extents(words).x_advance + 24
        x, y, hgt, r = self.x0(), self.y + 2, 20.0, 6.0
        self.c.new_sub_path()
        self.c.arc(x + w - r, y + r, r, -math.pi / 2, 0); self.c.arc(x + w - r, y + hgt - r, r, 0, math.pi / 2)
        self.c.arc(x + r, y + hgt - r, r, math.pi / 2, math.pi); self.c.arc(x + r, y + r, r, math.pi, 3 * math.pi / 2)
        self.c.close_path(); self.c.set_source_rgb(0.0, 0.42, 0.45); self.c.fill()
        self.c.tag_begin(cairo.TAG_LINK, f"uri='{uri}' rect=[{x} {y} {w} {hgt}]")
        self.c.set_source_rgb(1, 1, 1); self.c.move_to(x + 12, y + 13.6); self.c.show_text(words)
        self.c.tag_end(cairo.TAG_LINK)
        self.y += hgt + 16


def spread_chrome(c, d):
    c.set_source_rgb(0.93, 0.93, 0.93); c.rectangle(PW - 14, 0, 28, PH); c.fill()
    c.set_source_rgb(0.35, 0.35, 0.35)
    c.select_font_face("Liberation Sans"); c.set_font_size(8)
    c.move_to(M, M); c.show_text("NSPCC Learning \u00b7 Case review digest")
    t = "June 2025"; c.move_to(2 * PW - M - c.text_extents(t).x_advance, M); c.show_text(t)
    c.move_to(M, PH - M + 16); c.show_text("2")
    c.move_to(2 * PW - M - c.text_extents("3").x_advance, PH - M + 16); c.show_text("3")
    c.set_line_width(0.5); c.move_to(M, M + 6); c.line_to(PW - M, M + 6); c.move_to(PW + M, M + 6); c.line_to(2 * PW - M, M + 6); c.stroke()


def spread(d, src, pdf, stem):
    import cairo
    surf = cairo.PDFSurface(pdf, 2 * PW, PH)
    surf.set_metadata(cairo.PDF_METADATA_TITLE, d["heading"]); surf.set_metadata(cairo.PDF_METADATA_CREATE_DATE, "2025-06-30T09:00:00")
    c = cairo.Context(surf); s = Spread(c)
    spread_chrome(c, d)
    s.para(d["heading"], "Liberation Sans", 20, True, 24, after=6)
    s.para(d["intro"], size=10.5, lead=14, after=14)
    for i, e in enumerate(d["entries"], 1):
        s.need(30)
        s.para(e["title"], "Liberation Sans", 12.5, True, 15.5, colour=(0.0, 0.3, 0.33), after=3)
        s.para(e["summary"], after=6)
        for lab, items in groups(e):
            if lab is None: s.para(items, after=6); continue
            s.para(lab, "Liberation Sans", 9.5, True, 13, after=2)
            for it in items: s.para(it, indent=14, bullet="\u2022", after=1)
            s.y += 4
        s.button(e["link"], url(d, i))
    s.para(FOOT, size=8, lead=10, colour=(0.35, 0.35, 0.35))
    c.show_page(); surf.finish()
    open(f"{src}/{stem}.txt", "w").write("drawn by render_b63_inputs.spread (pycairo); no other source\n")


# ---------------------------------------------------------------- B. XeLaTeX, links as endnotes
def tex(s):
    s = curly(s)
    for a, b in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_")):
        s = s.replace(a, b)
    return s


def endnotes(d, src, pdf, stem):
    out = [r"\documentclass[11pt,a4paper]{article}", r"\usepackage{fontspec}", r"\setmainfont{Liberation Serif}",
           r"\setsansfont{Liberation Sans}", r"\usepackage[margin=2.3cm]{geometry}", r"\usepackage{endnotes}",
           r"\usepackage{enumitem}", r"\usepackage{titlesec}", r"\titleformat*{\section}{\large\bfseries\sffamily}",
           r"\usepackage[hidelinks]{hyperref}", r"\pagestyle{plain}", r"\setlength{\parindent}{0pt}",
           r"\setlength{\parskip}{4pt}", r"\renewcommand{\notesname}{Notes}", r"\begin{document}",
           r"{\sffamily\bfseries\LARGE " + tex(d["heading"]) + r"\par}\medskip", tex(d["intro"]) + r"\par"]
    for i, e in enumerate(d["entries"], 1):
        out.append(r"\section*{" + tex(e["title"]) + r"\endnote{\href{" + url(d, i) + "}{" + tex(e["link"]) + "}.}}")
        out.append(tex(e["summary"]) + r"\par")
        for lab, items in groups(e):
            if lab is None: out.append(tex(items) + r"\par"); continue
            out.append(r"\textbf{" + tex(lab) + r"}\par\vspace{-4pt}\begin{itemize}[leftmargin=16pt,itemsep=1pt,topsep=2pt]")
            out += [r"\item " + tex(it) for it in items]
            out.append(r"\end{itemize}")
    out += [r"\theendnotes", r"\vfill{\footnotesize " + tex(FOOT) + r"\par}", r"\end{document}"]
    path = f"{src}/{stem}.tex"; open(path, "w").write("\n".join(out) + "\n")
    with tempfile.TemporaryDirectory(prefix="d63-tex-") as t:
        shutil.copy(path, f"{t}/d.tex")
        for _ in range(2): run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "d.tex"], cwd=t)
        shutil.copy(f"{t}/d.pdf", pdf)


# ---------------------------------------------------------------- C. Writer tables, labels turned 90 degrees
def add_link(par, text, uri):
    from docx.oxml.shared import OxmlElement, qn
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    rid = par.part.relate_to(uri, RT.HYPERLINK, is_external=True)
    hl = OxmlElement("w:hyperlink"); hl.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    for tag, val in (("w:color", "1F5C99"), ("w:u", "single")):
        el = OxmlElement(tag); el.set(qn("w:val"), val); rpr.append(el)
    r.append(rpr); t = OxmlElement("w:t"); t.text = text; r.append(t); hl.append(r); par._p.append(hl)


def turn(cell):
    from docx.oxml.shared import OxmlElement, qn
    td = OxmlElement("w:textDirection"); td.set(qn("w:val"), "btLr"); cell._tc.get_or_add_tcPr().append(td)


def review_table(doc, e, i, d):
    from docx.shared import Pt, Cm
    from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_CELL_VERTICAL_ALIGNMENT
    parts = [("Summary", [curly(e["summary"])], False)]
    for lab, items in groups(e):
        if lab is None: parts.append(("Recommendations", [curly(items)], False))
        else: parts.append((lab.rstrip(":"), [curly(it) for it in items], True))
    tb = doc.add_table(rows=len(parts) + 2, cols=2); tb.style = "Table Grid"; tb.autofit = False
    top = tb.cell(0, 0).merge(tb.cell(0, 1)); r = top.paragraphs[0].add_run(curly(e["title"])); r.bold = True; r.font.size = Pt(12)
    for k, (lab, texts, listed) in enumerate(parts, 1):
        row = tb.rows[k]; row.height = Cm(max(2.2, 0.19 * len(lab) + 0.5)); row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        lc = row.cells[0]; turn(lc); lc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        lr = lc.paragraphs[0].add_run(lab); lr.bold = True; lr.font.size = Pt(9)
        body = row.cells[1]
        for n, t in enumerate(texts):
            p = body.paragraphs[0] if n == 0 else body.add_paragraph()
            if listed: p.style = doc.styles["List Bullet"]
            p.add_run(t).font.size = Pt(10)
    last = tb.cell(len(parts) + 1, 0).merge(tb.cell(len(parts) + 1, 1)); add_link(last.paragraphs[0], e["link"], url(d, i))
    tb.columns[0].width = Cm(1.3); tb.columns[1].width = Cm(15.2)
    for row in tb.rows:
        row.cells[0].width = Cm(1.3); row.cells[1].width = Cm(15.2)
    doc.add_paragraph()


def turnedlabels(d, src, pdf, stem):
    import docx
    from docx.shared import Pt
    from docx.shared import Mm
    doc = docx.Document()
    sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297); sec.left_margin = sec.right_margin = Mm(22)
    st = doc.styles["Normal"]; st.font.name = "Carlito"; st.font.size = Pt(10.5)
    doc.add_heading(curly(d["heading"]), level=1); doc.add_paragraph(curly(d["intro"]))
    for i, e in enumerate(d["entries"], 1): review_table(doc, e, i, d)
    doc.add_paragraph(FOOT).runs[0].italic = True
    path = f"{src}/{stem}.docx"; doc.save(path)
    with tempfile.TemporaryDirectory(prefix="d63-lo-") as t:
        run(["soffice", LO, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", t, path])
        shutil.move(f"{t}/{stem}.pdf", pdf)


# ---------------------------------------------------------------- D. Chromium, small-caps titles, rules between entries
SC_CSS = """@page { size: A4; margin: 18mm 20mm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.35; }
.masthead { font-family: 'Liberation Sans'; font-size: 20pt; font-weight: bold; margin: 0 0 6pt; }
.t { font-variant: small-caps; font-weight: bold; font-size: 13.5pt; letter-spacing: 0.3pt; margin: 10pt 0 4pt; }
.l { font-weight: bold; margin: 6pt 0 2pt; }
ul { margin: 0 0 4pt; padding-left: 18pt; } li { margin: 0; }
hr { border: 0; border-top: 1.2px solid #555; margin: 12pt 0; }
a { color: #1f4e79; } .foot { font-size: 8.5pt; color: #444; }"""


def smallcaps(d, src, pdf, stem):
    parts = [f'<p class="masthead">{x(d["heading"])}</p><p>{x(d["intro"])}</p><hr>']
    for i, e in enumerate(d["entries"], 1):
        p = [f'<p class="t">{x(e["title"])}</p><p>{x(e["summary"])}</p>']
        for lab, items in groups(e):
            if lab is None: p.append(f"<p>{x(items)}</p>"); continue
            p.append(f'<p class="l">{x(lab)}</p><ul>' + "".join(f"<li>{x(it)}</li>" for it in items) + "</ul>")
        p.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p><hr>')
        parts.append("".join(p))
    doc = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{SC_CSS}</style>'
           f'</head><body>{"".join(parts)}<p class="foot">{x(FOOT)}</p></body></html>')
    path = f"{src}/{stem}.html"; open(path, "w").write(doc)
    with tempfile.TemporaryDirectory(prefix="d63-chrome-") as t:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/d63-chrome", "--no-pdf-header-footer",
             f"--print-to-pdf={t}/p.pdf", f"file://{path}"])
        shutil.copy(f"{t}/p.pdf", pdf)


# ---------------------------------------------------------------- E. Calc, gridlines, header row repeated on every page
def sheet_rows(e):
    rows = [("Review", curly(e["title"]), True), ("Summary", curly(e["summary"]), False)]
    for lab, items in groups(e):
        if lab is None: rows.append(("Recommendations", curly(items), False)); continue
        rows += [(lab if k == 0 else "", curly(it), False) for k, it in enumerate(items)]
    return rows + [("Link", e["link"], False)]


def lines_in(v, chars): return sum(max(1, math.ceil(len(p) / chars)) for p in v.split("\n"))


def repeatrows(d, src, pdf, stem):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook(); ws = wb.active; ws.title = "Case reviews"
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = curly(d["heading"]); ws["A1"].font = Font(name="Liberation Sans", size=14, bold=True)
    ws["A2"] = curly(d["intro"]); ws["A2"].alignment = wrap; ws.merge_cells("A2:B2"); ws.row_dimensions[2].height = 30
    for col, head in zip("AB", ["Field", "Entry"]):
        c = ws[f"{col}4"]; c.value = head; c.font = Font(name="Liberation Sans", size=10, bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 5
    for e in d["entries"]:
        for lab, v, bold in sheet_rows(e):
            ws[f"A{r}"] = lab; ws[f"A{r}"].alignment = wrap; ws[f"A{r}"].font = Font(name="Liberation Sans", size=10, bold=True)
            ws[f"B{r}"] = v; ws[f"B{r}"].alignment = wrap; ws[f"B{r}"].font = Font(name="Liberation Sans", size=10, bold=bold)
            ws.row_dimensions[r].height = max(lines_in(v, 70), lines_in(lab, 20)) * 13.0 + 4
            r += 1
        r += 1
    ws[f"A{r}"] = FOOT; ws[f"A{r}"].font = Font(name="Liberation Sans", size=8, italic=True)
    ws.column_dimensions["A"].width = 22; ws.column_dimensions["B"].width = 74
    ws.print_title_rows = "$4:$4"; ws.print_options.gridLines = True
    ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    path = f"{src}/{stem}.xlsx"; wb.save(path)
    with tempfile.TemporaryDirectory(prefix="d63-lo-") as t:
        run(["soffice", LO, "--headless", "--convert-to", "pdf:calc_pdf_Export", "--outdir", t, path])
        shutil.move(f"{t}/{stem}.pdf", pdf)


MAKERS = {"cairo-spread": spread, "xelatex-endnotes": endnotes, "writer-turnedlabels": turnedlabels,
          "chromium-smallcaps": smallcaps, "calc-repeatrows": repeatrows}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        stem = fname[:-4]
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", stem)
        print("wrote", fname)
