"""Renders batch 57's invented reports (batch57_content.py). render(rep, d) returns the PDF. Producers: Chromium,
pdfLaTeX (lineno, changebar), WeasyPrint, ReportLab + pdftk, python-docx -> LibreOffice, ReportLab AcroForm, pycairo,
pandoc -> LuaLaTeX + qpdf. Test-fixture tooling only; every report is invented.
"""
import html, math, os, re, subprocess
from batch57_content import INVENTED, accepted

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-pdf-tagging",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r57-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r57-lo"


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def cover_lines(c):
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


def pages_of(pdf):
    out = run(["pdfinfo", pdf]).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def walk(blocks):
    for b in blocks:
        if b[0] == "cb":
            yield ("cbstart",)
            yield from walk(b[1])
            yield ("cbend",)
        else:
            yield b


# ---------------------------------------------------------------- 1. Larkspur Vale: Chromium 'All markup'
def markup_html(t):
    t = e(t)
    t = re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", t)
    return re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", t)


LV_CSS = """
@page { size: A4; margin: 16mm 6mm 16mm 18mm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.38; margin: 0; padding-right: 66mm; color: #111; }
.pane { position: fixed; top: -16mm; bottom: -16mm; right: -6mm; width: 64mm; background: #eeeeee;
        border-left: 0.6pt solid #bbb; }
.panehead { position: fixed; top: -11mm; right: 2mm; width: 56mm; font: 7pt 'Liberation Sans'; color: #666; }
.cover { height: 225mm; page-break-after: always; padding-top: 50mm; }
.cover .ptn { font: bold 13pt 'Liberation Sans'; color: #2f5496; }
.cover h1 { font: bold 22pt 'Liberation Sans'; margin: 8mm 0; }
.cover p { font-size: 12pt; }
.cover .inv { font-size: 9pt; color: #555; margin-top: 20mm; }
h2 { font: bold 14pt 'Liberation Sans'; color: #2f5496; margin: 7mm 0 3mm; }
p { margin: 0 0 3mm; text-align: justify; position: relative; }
ins { color: #1f4e9c; text-decoration: underline; }
del { color: #c00000; text-decoration: line-through; }
.changed { border-left: 1.2pt solid #000; margin-left: -3.5mm; padding-left: 2.8mm; }
.anchor { background: #f7d7da; position: relative; }
.lead { position: absolute; left: 100%; top: 0.95em; width: 160mm; border-top: 0.8pt dotted #c0504d; }
.balloon { position: absolute; right: -64mm; top: -1mm; width: 55mm; font: 7.5pt/1.25 'Liberation Sans';
           border: 0.8pt solid #c0504d; background: #fbe4e4; border-radius: 2mm; padding: 1.2mm 1.8mm; text-align: left; }
.balloon b { color: #c0504d; }
li { margin-bottom: 2mm; }
"""


def larkspur(rep, d):
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e(c["title"]), LV_CSS), "<div class='pane'></div><div class='panehead'>Markup: Hesketh Marlowe (HM), "
           "Rhiannon Osei (RO), Jonah Bright (JB). Draft v0.7</div>",
           "<div class='cover'><p class='ptn'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % tuple(e(x) for x in cover_lines(c))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "p":
            text = markup_html(b[1])
            cls = " class='changed'" if ("{+" in b[1] or "[-" in b[1]) else ""
            if len(b) > 2:
                words = text.split(" ")
                code, _, say = b[2].partition(": ")
                text = ("<span class='anchor'>%s<span class='lead'></span></span> %s<span class='balloon'><b>Comment "
                        "[%s]:</b> %s</span>" % (" ".join(words[:4]), " ".join(words[4:]), code, e(say)))
            out.append("<p%s>%s</p>" % (cls, text))
        elif b[0] == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li%s>%s</li>" % (
                " class='changed'" if ("{+" in t or "[-" in t) else "", markup_html(t)) for t in b[2]), tag))
    out.append("</body></html>")
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    pdf = os.path.join(d, "r.pdf")
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src])
    return pdf


# ---------------------------------------------------------------- 2. Fernhollow: pdfLaTeX lineno + footnotes + changebar
def tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s.replace("'", "'")


def tex_notes(s):
    return re.sub(r"\{\^(.*?)\^\}", lambda m: r"\footnote{%s}" % m.group(1), tex(s))


def latex(d, src, engine="pdflatex"):
    p = os.path.join(d, "r.tex")
    open(p, "w", encoding="utf-8").write(src)
    for _ in range(3):
        subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d, capture_output=True)
    pdf = os.path.join(d, "r.pdf")
    if not os.path.exists(pdf):
        raise SystemExit(open(os.path.join(d, "r.log"), encoding="latin-1").read()[-3000:])
    return pdf


def fernhollow(rep, d):
    c = rep["cover"]
    body = [r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{mathptmx}\usepackage[a4paper,margin=26mm,footskip=12mm]{geometry}
\usepackage[rightbars,pdftex]{changebar}\setlength{\changebarwidth}{1.6pt}\setlength{\changebarsep}{8mm}
\usepackage{lineno}\renewcommand\linenumberfont{\normalfont\normalsize}\modulolinenumbers[5]
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[C]{\small CONSULTATION DRAFT -- NOT FOR CIRCULATION}\fancyfoot[C]{\small Page \thepage}
\interfootnotelinepenalty=0 \setlength{\footnotesep}{9pt}
\renewcommand{\footnotesize}{\small}
\setlength{\parskip}{5pt}\setlength{\parindent}{0pt}
\begin{document}
\begin{titlepage}\centering\vspace*{40mm}
{\large\bfseries %s\par}\vspace{12mm}{\LARGE\bfseries %s\par}\vspace{10mm}{\large %s\par}\vspace{4mm}{\large %s\par}
\vfill{\small %s\par}\end{titlepage}
\linenumbers
""" % tuple(tex(x) for x in cover_lines(c))]
    for b in walk(rep["blocks"]):
        k = b[0]
        if k == "h1":
            body.append(r"\section*{%s}" % tex(b[1]))
        elif k == "p":
            body.append(tex_notes(b[1]) + "\n")
        elif k == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            body.append(r"\begin{%s}%s\end{%s}" % (env, "".join(r"\item " + tex_notes(t) + "\n" for t in b[2]), env))
        elif k == "cbstart":
            body.append(r"\cbstart")
        elif k == "cbend":
            body.append(r"\cbend")
    body.append(r"\end{document}")
    return latex(d, "\n".join(body))


# ---------------------------------------------------------------- 3. Quenby Marsh: WeasyPrint legal numbering
QM_CSS = """
@page { size: A4; margin: 24mm 20mm 22mm 30mm;
  @top-left { content: "Quenby Marsh CSPR: Child K"; font: 8.5pt 'DejaVu Sans'; color: #444; }
  @top-right { content: "paras " string(pfirst, first) "\\2013" string(plast, last); font: 8.5pt 'DejaVu Sans'; color: #444; }
  @bottom-center { content: counter(page); font: 8.5pt 'DejaVu Sans'; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font: 10.5pt/1.45 'DejaVu Serif'; color: #111; }
.cover { page-break-after: always; padding-top: 60mm; }
.cover h1 { font: bold 20pt 'DejaVu Sans'; }
h2 { font: bold 12pt 'DejaVu Sans'; margin: 6mm 0 2mm -14mm; }
p.np { margin: 0 0 2.5mm 0; text-align: justify; string-set: pfirst attr(data-n), plast attr(data-n); }
.pn { float: left; margin-left: -14mm; width: 12mm; font-weight: bold; }
.sub { margin: 0 0 2mm 10mm; text-align: justify; }
.lt { float: left; margin-left: -10mm; width: 9mm; }
"""


def quenby(rep, d):
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e(c["title"]), QM_CSS),
           "<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p>%s</p></div>" % tuple(e(x) for x in cover_lines(c))]
    chapter, n = 0, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            chapter, n = chapter + 1, 0
            out.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "p":
            n += 1
            num = "%d.%d" % (chapter, n)
            out.append("<p class='np' data-n='%s'><span class='pn'>%s</span>%s</p>" % (num, num, e(b[1])))
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                out.append("<p class='sub'><span class='lt'>(%s)</span>%s</p>" % ("abcdefgh"[i], e(t)))
    out.append("</body></html>")
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    pdf = os.path.join(d, "r.pdf")
    run(["weasyprint", src, pdf])
    return pdf


# ---------------------------------------------------------------- ReportLab helpers
def rl_styles():
    from reportlab.lib.styles import ParagraphStyle
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
    return {"body": body, "h": ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18,
                                              spaceBefore=10, spaceAfter=6, textColor="#1d4e6b"),
            "title": ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=14),
            "li": ParagraphStyle("li", parent=body, leftIndent=18, bulletIndent=4)}


def rl_story(rep, extra=None):
    from reportlab.platypus import Paragraph, PageBreak, Spacer
    st, c = rl_styles(), rep["cover"]
    story = [Spacer(1, 120), Paragraph(e(c["partnership"]), st["body"]), Paragraph(e(c["title"]), st["title"]),
             Paragraph(e(c["by"]), st["body"]), Paragraph(e(c["date"]), st["body"]), Spacer(1, 60),
             Paragraph(e(INVENTED), st["body"]), PageBreak()]
    for b in rep["blocks"]:
        if b[0] == "h1":
            story.append(Paragraph(e(b[1]), st["h"]))
        elif b[0] == "p":
            story.append(Paragraph(e(b[1]), st["body"]))
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                story.append(Paragraph(e(t), st["li"], bulletText=("%d." % (i + 1)) if b[3] == "ol" else "\u2022"))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif extra:
            story += extra(b, st)
    return story


def signature_png(path):
    import cairo
    s = cairo.ImageSurface(cairo.FORMAT_ARGB32, 420, 120)
    g = cairo.Context(s)
    g.set_source_rgb(0.05, 0.1, 0.35)
    g.set_line_width(3.2)
    g.move_to(20, 80)
    for k in range(9):
        x = 30 + k * 40
        g.curve_to(x, 10 + (k % 3) * 12, x + 18, 110 - (k % 2) * 30, x + 34, 60 + (k % 4) * 6)
    g.stroke()
    g.move_to(60, 100)
    g.curve_to(160, 88, 260, 112, 390, 92)
    g.stroke()
    s.write_to_png(path)
    return path


def cobbleford(rep, d):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Image, Spacer
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as rlcanvas

    def sign(b, st):
        png = signature_png(os.path.join(d, "sig.png"))
        return [Spacer(1, 16), Paragraph("Signed on behalf of the partnership:", st["body"]),
                Image(png, width=150, height=43, hAlign="LEFT"), Paragraph(e(b[1]), st["body"]),
                Paragraph(e(b[2]), st["body"]), Paragraph(e(b[3]), st["body"])]

    body = os.path.join(d, "body.pdf")
    SimpleDocTemplate(body, pagesize=A4, leftMargin=62, rightMargin=62, topMargin=60, bottomMargin=60,
                      title=rep["cover"]["title"]).build(rl_story(rep, sign))
    n = pages_of(body)
    wm = os.path.join(d, "wm.pdf")
    cv = rlcanvas.Canvas(wm, pagesize=A4)
    for i in range(n):
        if i == 0:
            cv.saveState()
            cv.translate(400, 760)
            cv.rotate(8)
            cv.setStrokeColorRGB(0.8, 0.1, 0.1)
            cv.setFillColorRGB(0.8, 0.1, 0.1)
            cv.setLineWidth(2.5)
            cv.rect(0, 0, 150, 34)
            cv.setFont("Helvetica-Bold", 15)
            cv.drawCentredString(75, 11, "PUBLISHED VERSION")
            cv.restoreState()
        cv.saveState()
        cv.setFillColorRGB(0.45, 0.45, 0.45, alpha=0.35)
        cv.translate(297, 421)
        cv.rotate(45)
        cv.setFont("Helvetica-Bold", 58)
        cv.drawCentredString(0, -20, "OFFICIAL - SENSITIVE")
        cv.restoreState()
        cv.showPage()
    cv.save()
    pdf = os.path.join(d, "r.pdf")
    run(["pdftk", body, "multistamp", wm, "output", pdf])
    return pdf


# ---------------------------------------------------------------- 5. Penhallow: python-docx -> LibreOffice
def penhallow(rep, d):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    for part in (sec.header, sec.footer):
        p = part.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("OFFICIAL - SENSITIVE")
        r.bold, r.font.size, r.font.color.rgb = True, Pt(11), RGBColor(0xC0, 0, 0)
    ln = OxmlElement("w:lnNumType")
    ln.set(qn("w:countBy"), "5")
    ln.set(qn("w:restart"), "newPage")
    ln.set(qn("w:distance"), "340")
    sec._sectPr.insert(0, ln)
    c = rep["cover"]
    for i, x in enumerate(cover_lines(c)):
        p = doc.add_paragraph()
        r = p.add_run(x)
        r.bold = i < 2
        r.font.size = Pt(20 if i == 1 else 12)
    for b in rep["blocks"]:
        k = b[0]
        if k == "dist":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.rows[0].cells[0]
            cell.paragraphs[0].add_run(b[1]).bold = True
            for x in b[2]:
                cell.add_paragraph(x)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number" if b[3] == "ol" else "List Bullet")
    src = os.path.join(d, "r.docx")
    doc.save(src)
    run(["soffice", "--headless", LO_PROFILE, "--convert-to", "pdf", "--outdir", d, src])
    return os.path.join(d, "r.pdf")


# ---------------------------------------------------------------- 6. Ashgrove Lees: ReportLab + AcroForm tear-off form
def ashgrove(rep, d):
    from reportlab.platypus import SimpleDocTemplate, Flowable
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors

    class Form(Flowable):
        def __init__(self, fields):
            super().__init__()
            self.fields = fields

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 560

        def draw(self):
            cv = self.canv
            cv.setDash(4, 3)
            cv.line(-30, 555, self.aw + 30, 555)
            cv.setDash()
            cv.setFont("Helvetica-Oblique", 8)
            cv.drawString(0, 543, "Cut along this line and return the form to the partnership business unit.")
            y = 530
            for i, (label, value) in enumerate(self.fields):
                h = 46 if label.startswith(("Action to", "How will")) else 26
                y -= h + 12
                cv.setFont("Helvetica-Bold", 9)
                cv.drawString(0, y + h - 12, label)
                cv.rect(150, y, self.aw - 150, h)
                cv.acroForm.textfield(name="f%d" % i, tooltip=label, value=value, x=152, y=y + 2, width=self.aw - 154,
                                      height=h - 4, borderWidth=0, fontName="Helvetica", fontSize=9,
                                      fillColor=colors.white, textColor=colors.black,
                                      fieldFlags="multiline" if h > 30 else "", relative=True)

    def form(b, st):
        return [Form(b[2])]

    pdf = os.path.join(d, "r.pdf")
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=64, rightMargin=64, topMargin=64, bottomMargin=64,
                      title=rep["cover"]["title"]).build(rl_story(rep, form))
    return pdf


# ---------------------------------------------------------------- 7. Brindlecote: pycairo, redaction boxes
def brindlecote(rep, d):
    import cairo
    pdf = os.path.join(d, "r.pdf")
    surf = cairo.PDFSurface(pdf, 595.28, 841.89)
    g = cairo.Context(surf)
    L, R, TOP, BOTTOM = 68, 527, 72, 780
    state = {"y": TOP}

    def face(bold, size):
        g.select_font_face("DejaVu Sans", cairo.FONT_SLANT_NORMAL,
                           cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        g.set_font_size(size)

    def newpage():
        face(False, 8)
        g.set_source_rgb(0.3, 0.3, 0.3)
        g.move_to(L, 815)
        g.show_text("Brindlecote LCSPR Child E - redacted for publication")
        surf.show_page()
        state["y"] = TOP

    def tokens(text):
        out = []
        for part in re.split(r"(<<.*?>>)", text):
            hidden = part.startswith("<<")
            for w in part.strip("<>").split():
                out.append((w, hidden))
        return out

    def para(text, size=10.5, bold=False, indent=0, label=None, lead=15.5, after=7):
        face(bold, size)
        space = g.text_extents(" ").x_advance
        line, x = [], L + indent
        lines = []
        for w, hidden in tokens(text):
            wd = g.text_extents(w).x_advance
            if line and x + wd > R:
                lines.append(line)
                line, x = [], L + indent
            line.append((w, hidden, x, wd))
            x += wd + space
        if line:
            lines.append(line)
        for j, ln in enumerate(lines):
            if state["y"] > BOTTOM:
                newpage()
                face(bold, size)
            y = state["y"]
            g.set_source_rgb(0.07, 0.07, 0.07)
            if j == 0 and label:
                g.move_to(L + indent - 16, y)
                g.show_text(label)
            for w, hidden, x0, wd in ln:
                g.move_to(x0, y)
                g.show_text(w)
            g.set_source_rgb(0, 0, 0)
            boxes = [(x0, wd) for w, hidden, x0, wd in ln if hidden]
            for x0, wd in boxes:
                g.rectangle(x0 - 1.5, y - size * 0.85, wd + space + 1, size * 1.15)
                g.fill()
            state["y"] += lead
        state["y"] += after

    c = rep["cover"]
    state["y"] = 260
    para(c["partnership"], 13, True)
    para(c["title"], 20, True, lead=26)
    for x in cover_lines(c)[2:]:
        para(x, 11)
    newpage()
    for b in rep["blocks"]:
        if b[0] == "h1":
            if state["y"] > BOTTOM - 60:
                newpage()
            state["y"] += 8
            para(b[1], 14, True, after=4)
        elif b[0] == "p":
            para(b[1])
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                para(t, indent=20, label=("%d." % (i + 1)) if b[3] == "ol" else "\u2022", after=5)
    newpage()
    surf.finish()
    return pdf


# ---------------------------------------------------------------- 8. Tarrowby: pandoc -> LuaLaTeX + qpdf --underlay
def tarrowby(rep, d):
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.lib.pagesizes import A4
    c = rep["cover"]
    md = ["---", "title: \"%s\"" % c["title"], "author: \"%s\"" % c["by"], "date: \"%s\"" % c["date"],
          "papersize: a4", "geometry: margin=27mm", "fontsize: 11pt", "---", "", c["partnership"], "", INVENTED, "",
          "\\newpage", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            md += ["# " + b[1], ""]
        elif b[0] == "p":
            md += [b[1], ""]
        elif b[0] == "items":
            md += [("%d. " % (i + 1) if b[3] == "ol" else "- ") + t for i, t in enumerate(b[2])] + [""]
    src = os.path.join(d, "r.md")
    open(src, "w", encoding="utf-8").write("\n".join(md))
    body = os.path.join(d, "body.pdf")
    run(["pandoc", src, "--pdf-engine=lualatex", "-o", body], cwd=d)
    wm = os.path.join(d, "wm.pdf")
    cv = rlcanvas.Canvas(wm, pagesize=A4)
    cv.setFillColorRGB(0.82, 0.82, 0.82)
    cv.setFont("Helvetica-Bold", 17)
    for row in range(4):
        for col in range(3):
            cv.saveState()
            cv.translate(100 + col * 200, 120 + row * 200)
            cv.rotate(45)
            cv.drawCentredString(0, 0, "OFFICIAL - SENSITIVE")
            cv.restoreState()
    cv.showPage()
    cv.save()
    pdf = os.path.join(d, "r.pdf")
    run(["qpdf", body, "--underlay", wm, "--from=", "--repeat=1", "--", pdf])
    return pdf


RENDER = {"larkspur": larkspur, "fernhollow": fernhollow, "quenby": quenby, "cobbleford": cobbleford,
          "penhallow": penhallow, "ashgrove": ashgrove, "brindlecote": brindlecote, "tarrowby": tarrowby}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
