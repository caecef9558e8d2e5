"""Renderers of batch 19 (see batch19.py): Chromium, python-docx DOCX -> LibreOffice (tagged and untagged), WeasyPrint,
pandoc -> pdflatex, ReportLab Platypus and a flat ODT -> LibreOffice with no outline. render(rep, d) returns (made, plain):
the PDF made in d and the PDF the truth reads (the same file)."""
import html, os, re, subprocess
from batch14_content import NOTE, strip_notes
from batch19_content import INVENTED
import odt

h = lambda s: html.escape(s, quote=False)
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--no-pdf-header-footer"]
WRITER_TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
WRITER_PLAIN = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"},"ExportBookmarks":{"type":"boolean","value":"false"}}'


def run(cmd, cwd, **kw):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit("%s failed: %s %s" % (cmd[0], r.stdout[-2000:], r.stderr[-2000:]))
    return r


def soffice(src, d, export):
    run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", export, "--outdir", d, src], d)
    return os.path.splitext(src)[0] + ".pdf"


def chromium(page, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(page)
    run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src], d)
    return pdf


# ---------------- Y1: Chromium, Theme | Learning | Action table ----------------
def y1(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:22mm 20mm 20mm 20mm}body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.45;color:#222}
    .cover{page-break-after:always}.band{background:#5a5a66;color:#fff;padding:18mm 12mm 14mm;margin-top:30mm}
    .band .p{font-size:13pt}.band h1{font-size:25pt;margin:6mm 0 0}.meta{margin-top:16mm;font-size:11pt}.inv{margin-top:70mm;font-size:9pt;color:#555}
    h2{color:#1f2f5c;font-size:15pt;margin:7mm 0 3mm}table{border-collapse:collapse;width:100%;font-size:9.5pt}th{background:#dfe3ee;text-align:left}
    th,td{border:0.6pt solid #8a8fa0;padding:2mm;vertical-align:top}td.t{font-weight:bold;width:22%}
    .foot{position:fixed;bottom:-12mm;right:0;font-size:8.5pt;color:#666}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>CSPR Child O final v3</title><style>%s</style></head><body>" % css,
           "<div class='cover'><div class='band'><div class='p'>%s</div><h1>%s</h1></div>" % (h(c["partnership"]), h(c["title"])),
           "<div class='meta'><p>Date of publication: 14 May 2025</p><p>Lead reviewer: Anwen Castellane</p></div>",
           "<div class='inv'>%s</div></div>" % h(INVENTED)]
    rows = []
    for b in rep["blocks"]:
        if b[0] != "row" and rows:
            out.append("<table><thead><tr><th>Theme</th><th>Learning</th><th>Action</th></tr></thead><tbody>%s</tbody></table>" % "".join(rows))
            rows = []
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "row":
            rows.append("<tr><td class='t'>%s</td><td>%s</td><td>%s</td></tr>" % tuple(h(x) for x in b[1:]))
    out.append("</body></html>")
    return chromium("\n".join(out), d)


# ---------------- Y2 / Y8: python-docx ----------------
def docx_base():
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    return doc


def y2(rep, d):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_BREAK
    c, doc = rep["cover"], docx_base()
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = "Arial"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    fp = sec.footer.paragraphs[0]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run_ = fp.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText"); el.text = text
        run_._r.append(el)
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph(c["title"], style="Title")
    doc.add_paragraph("Final report", style="Subtitle")
    doc.add_paragraph(c["partnership"])
    doc.add_paragraph("Author: Rhiannon Castell-Pryce, independent reviewer")
    doc.add_paragraph("Published: March 2025")
    doc.add_paragraph(INVENTED).runs[0].font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    finding = False
    for b in rep["blocks"]:
        if b[0] == "h1":
            finding = b[1].startswith("Finding ")
            doc.add_heading(b[1], level=2 if finding else 1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number" if b[3] == "numbered" else "List Bullet")
        elif b[0] == "rec":
            p = doc.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            p.add_run(b[2])
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_TAGGED)


def y8(rep, d):
    from docx.shared import Pt, RGBColor
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    c, doc = rep["cover"], docx_base()
    teal = RGBColor(0x00, 0x76, 0x7a)

    def coloured(text, size=None, bold=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.color.rgb, r.bold = teal, bold
        if size:
            r.font.size = Pt(size)
        return p
    coloured(c["title"], 20, True)
    doc.add_paragraph(c["partnership"])
    doc.add_paragraph("Reference: CTRSB/CPR/2024/03")
    doc.add_paragraph("Date of publication: 9 October 2024")
    doc.add_paragraph(INVENTED).runs[0].font.size = Pt(9)
    for b in rep["blocks"]:
        if b[0] == "h1":
            p = coloured(b[1])
            p.paragraph_format.space_before = Pt(12)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "keylearning":
            for i, t in enumerate(["Key learning"] + b[1]):
                p = doc.add_paragraph(t, style="Normal" if i == 0 else "List Bullet")
                shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "E3F1F1")
                p._p.get_or_add_pPr().append(shd)
                if i == 0:
                    p.runs[0].bold = True
        elif b[0] == "items" and b[3] == "action":
            for i, t in enumerate(b[2]):
                p = doc.add_paragraph()
                p.add_run("Action %d: " % (i + 1)).bold = True
                p.add_run(t)
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_PLAIN)


# ---------------- Y3: WeasyPrint, What we found | What this means grid ----------------
def y3(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:20mm 20mm 22mm;@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);font-size:8.5pt;color:#555}}
    body{font-family:'DejaVu Serif',serif;font-size:10pt;line-height:1.45;color:#1d1d1d}.tb{border-bottom:2pt solid #3b5e2b;padding-bottom:4mm;margin-bottom:6mm}
    .tb .p{font-family:'DejaVu Sans',sans-serif;font-size:11pt;color:#3b5e2b}.tb h1{font-family:'DejaVu Sans',sans-serif;font-size:22pt;margin:2mm 0}
    .tb .s{font-size:9pt;color:#555}h2{font-family:'DejaVu Sans',sans-serif;font-size:13pt;color:#3b5e2b;margin:6mm 0 2mm}
    .grid{display:table;width:100%;border-spacing:0 2.5mm}.r{display:table-row}.r>div{display:table-cell;width:50%;vertical-align:top}.gh{font-family:'DejaVu Sans',sans-serif;font-weight:bold;font-size:10pt;
    border-bottom:1pt solid #3b5e2b;padding-bottom:1mm}.f{background:#eef3ea;padding:2.5mm}.m{padding:2.5mm 2.5mm 2.5mm 4mm;border-left:2pt solid #3b5e2b}
    ol li,ul li{margin-bottom:1.5mm}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='tb'><div class='p'>%s</div><h1>%s</h1><div class='s'>Published August 2024 &#183; Chair of the review team: Morag Kinnaird-Reid</div>"
           "<div class='s'>%s</div></div>" % (h(c["partnership"]), h(c["title"]), h(INVENTED))]
    pairs = []
    for b in rep["blocks"]:
        if b[0] != "pair" and pairs:
            out.append("<div class='grid'><div class='r'><div class='gh'>What we found</div><div class='gh'>What this means for practice</div></div>%s</div>" % "".join(pairs))
            pairs = []
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "pair":
            pairs.append("<div class='r'><div class='f'>%s</div><div class='m'>%s</div></div>" % (h(b[1]), h(b[2])))
        elif b[0] == "items":
            tag = "ol" if b[3] == "numbered" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in b[2]), tag))
    out.append("</body></html>")
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["weasyprint", src, pdf], d)
    return pdf


# ---------------- Y4: pandoc -> pdflatex long report ----------------
def md(s):
    return s.replace("*", "\\*").replace("_", "\\_")


def y4(rep, d):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "subtitle: \"Overview Report\"",
           "author: \"%s `\\\\\\\\[1em]`{=latex} Independent author: Dr Helen Marsh-Avery `\\\\\\\\[4em]\\\\small`{=latex} %s\"" % (c["partnership"], INVENTED),
           "date: \"September 2019\"", "documentclass: article", "classoption: [titlepage, a4paper, 12pt]", "linestretch: 1.4", "geometry: margin=2.5cm",
           "toc: true", "numbersections: true", "header-includes: |",
           "  \\usepackage{fancyhdr}", "  \\pagestyle{fancy}\\fancyhf{}", "  \\fancyhead[L]{\\small Thornleigh LSCB}",
           "  \\fancyhead[R]{\\small SCR Child E}", "  \\fancyfoot[C]{\\small\\thepage}", "---", "", "\\newpage", ""]
    glossary = False
    for b in rep["blocks"]:
        if b[0] == "h1":
            glossary = b[1].endswith("Glossary")
            out.append("# %s%s\n" % (md(b[1]), " {-}" if b[1].startswith("Appendix") else ""))
        elif b[0] == "h2":
            out.append("## %s\n" % md(b[1]))
        elif b[0] == "p" and glossary:
            term, text = b[1].split(": ", 1)
            out.append("%s\n:   %s\n" % (md(term), md(text)))
        elif b[0] == "p":
            out.append(md(b[1]) + "\n")
        elif b[0] == "keylearning":
            out.append("**Key learning**\n")
            out.extend("- %s" % md(t) for t in b[1])
            out.append("")
        elif b[0] == "items" and b[3] == "lesson":
            out.extend("**Lesson %d.** %s\n" % (i + 1, md(t)) for i, t in enumerate(b[2]))
        elif b[0] == "items":
            out.extend("%d. %s" % (i + 1, md(t)) for i, t in enumerate(b[2]))
            out.append("")
    src, pdf = os.path.join(d, "r.md"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["pandoc", src, "--pdf-engine=pdflatex", "-o", pdf], d)
    return pdf


# ---------------- Y5: ReportLab 7-minute briefing ----------------
def y5(rep, d):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, Flowable, ListFlowable, ListItem, KeepTogether
    purple = colors.HexColor("#5b2a86")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=4)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=purple, spaceAfter=4)

    class Badge(Flowable):
        def __init__(self, n):
            super().__init__(); self.n = n; self.width = self.height = 26

        def draw(self):
            self.canv.setFillColor(purple); self.canv.circle(13, 13, 13, stroke=0, fill=1)
            self.canv.setFillColor(colors.white); self.canv.setFont("Helvetica-Bold", 14); self.canv.drawCentredString(13, 8, str(self.n))

    class Box(Flowable):
        def __init__(self, inner, width):
            super().__init__(); self.inner, self.width = inner, width

        def wrap(self, aw, ah):
            _, self.height = self.inner.wrap(self.width - 16, ah); self.height += 16
            return self.width, self.height

        def draw(self):
            self.canv.setStrokeColor(purple); self.canv.setLineWidth(1.2); self.canv.setFillColor(colors.HexColor("#f6f1fa"))
            self.canv.roundRect(0, 0, self.width, self.height, 10, stroke=1, fill=1)
            self.inner.drawOn(self.canv, 8, 8)

    c = rep["cover"]
    story = [Table([[Paragraph("<font color='white' size='11'>%s</font>" % h(c["partnership"]), body)],
                    [Paragraph("<font color='white' size='20'><b>7-minute briefing</b></font>", ParagraphStyle("t", leading=26))],
                    [Paragraph("<font color='white' size='13'>%s</font>" % h(c["title"]), ParagraphStyle("t2", leading=17))],
                    [Paragraph("<font color='white' size='9'>Published June 2025. %s</font>" % h(INVENTED), body)]],
                   colWidths=[170 * 2.83], style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), purple), ("LEFTPADDING", (0, 0), (-1, -1), 12)])),
             Spacer(1, 12)]
    n, content = 0, None

    def close():
        if content:
            t = Table([[Badge(n), content]], colWidths=[36, 420], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.extend([Box(t, 170 * 2.83), Spacer(1, 10)])
    for b in rep["blocks"]:
        if b[0] == "h1":
            close(); n += 1
            content = [Paragraph(h(b[1]), head)]
        elif b[0] == "p":
            content.append(Paragraph(h(b[1]), body))
        elif b[0] == "items":
            content.append(ListFlowable([ListItem(Paragraph(h(t), body), leftIndent=12) for t in b[2]], bulletType="bullet",
                                        start="\u2022", leftIndent=12, bulletFontName="Helvetica"))
    close()
    pdf = os.path.join(d, "r.pdf")

    def foot(canv, doc):
        canv.setFont("Helvetica", 8); canv.setFillColor(colors.grey)
        canv.drawRightString(A4[0] - 20 * 2.83, 12 * 2.83, "Ashmore SCP 7-minute briefing - Child J - %d" % doc.page)
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=20 * 2.83, rightMargin=20 * 2.83, topMargin=18 * 2.83, bottomMargin=20 * 2.83,
                      title="7MB Child J", author="Ashmore SCP").build(story, onFirstPage=foot, onLaterPages=foot)
    return pdf


# ---------------- Y6: flat ODT, untagged, no outline ----------------
def y6(rep, d):
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "items" and b[3] == "lettered":
            blocks.extend(("np", "(%s)" % "abcdefgh"[i], t) for i, t in enumerate(b[2]))
        else:
            blocks.append(b)
    c = rep["cover"]
    r = dict(rep, blocks=blocks, header="CMR Child M",
             cover_lines=[c["partnership"], "CASE MANAGEMENT REVIEW", "Child M", "Report of the Review Panel",
                          "Independent Chair: Declan McAteer-Boyle", "Published November 2023", INVENTED])
    text = odt.fodt(r).replace('style:font-name="DejaVu Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#7a1f1f"',
                               'style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#000000"')
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(text)
    return soffice(src, d, WRITER_PLAIN)


# ---------------- Y7: Chromium, rounded coloured heading boxes and theme cards ----------------
def y7(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:20mm 18mm 22mm}body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.5;color:#262626}
    .cover{height:200mm;page-break-after:always;text-align:center;padding-top:40mm}.cover .p{font-size:13pt;color:#b0406b}
    .cover .name{font-size:48pt;font-weight:bold;color:#b0406b;margin:14mm 0 4mm}.cover .t{font-size:16pt}.cover .s{margin-top:30mm;font-size:10pt;color:#555}
    h2{background:#b0406b;color:#fff;border-radius:9px;padding:2.5mm 5mm;font-size:13pt;margin:7mm 0 3mm}
    .card{border:1.2pt solid #b0406b;border-radius:12px;padding:0 0 3mm;margin:6mm 0;break-inside:avoid}.card h2{margin:0 0 2mm;border-radius:11px 11px 0 0}
    .lab{font-variant:small-caps;font-weight:bold;color:#b0406b;margin:2mm 5mm 1mm;font-size:10.5pt}.card p,.card ul{margin:0 5mm 2mm}
    .foot{position:fixed;bottom:-14mm;left:0;right:0;text-align:center;font-size:8.5pt;color:#777}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><div class='p'>%s</div><div class='name'>Tia</div><div class='t'>A local child safeguarding practice review</div>"
           "<div class='s'>Published February 2026<br>Independent reviewer: Priya Lomas-Achterberg</div><div class='s'>%s</div></div>"
           % (h(c["partnership"]), h(INVENTED))]
    card, recs = False, []

    def end_recs():
        if recs:
            out.append("<div class='lab'>What we recommend</div><ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in recs))
            recs.clear()
    for b in rep["blocks"]:
        if b[0] == "h1":
            end_recs()
            if card:
                out.append("</div>")
            card = b[1].startswith("Theme ")
            out.append(("<div class='card'><h2>%s</h2>" if card else "<h2>%s</h2>") % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "lpcard" and b[1] == "learning":
            out.append("<div class='lab'>What we learned</div><p>%s</p>" % h(b[2]))
        elif b[0] == "lpcard":
            recs.append(b[2])
    end_recs()
    if card:
        out.append("</div>")
    out.append("</body></html>")
    return chromium("\n".join(out), d)


RENDER = {"greyfriars": y1, "pentreath": y2, "kinloch": y3, "thornleigh": y4, "ashmore": y5, "lough": y6, "hallbrook": y7, "dowlais": y8}


def render(rep, d):
    pdf = RENDER[rep["file"].split("-")[0]](rep, d)
    return pdf, pdf
