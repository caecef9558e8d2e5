"""Renderers of batch 21 (see batch21.py): Chromium, python-docx DOCX -> LibreOffice (tagged and untagged), WeasyPrint,
pandoc -> xelatex and -> pdflatex, ReportLab Platypus and a flat ODT -> LibreOffice (tagged). render(rep, d) returns the PDF
made in d."""
import html, os, re
from batch19_render import run, soffice, chromium, WRITER_TAGGED, WRITER_PLAIN
from batch21_content import INVENTED
import odt

h = lambda s: html.escape(s, quote=False)


def unnumbered(heading):
    return re.sub(r"^\d+\.\s+", "", heading)


# ---------------- Z1: Chromium, Learning point | Why it matters | What should happen, header repeated ----------------
def z1(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:20mm 20mm 24mm;@bottom-center{content:'Ravensholm SCP - Child D - OFFICIAL';font-family:'Liberation Sans';font-size:8.5pt;color:#555}}
    body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.5;color:#1e1e1e;counter-reset:h}
    .cover{page-break-after:always;padding-top:10mm}.logo{display:inline-block;border:2pt solid #00594f;color:#00594f;font-weight:bold;font-size:12pt;padding:3mm 5mm;letter-spacing:1pt}
    .cover h1{font-size:26pt;color:#00594f;margin:45mm 0 6mm;line-height:1.2}.cover .p{font-size:13pt}.cover .m{margin-top:18mm;font-size:11pt}.cover .inv{margin-top:60mm;font-size:9pt;color:#555}
    h2{font-size:14pt;color:#00594f;margin:7mm 0 2.5mm;counter-increment:h}h2::before{content:counter(h) ". "}
    table{border-collapse:collapse;width:100%;font-size:9.5pt;line-height:1.4}thead th{background:#00594f;color:#fff;text-align:left;font-weight:bold}
    th,td{border:0.6pt solid #7b9a96;padding:2mm 2.5mm;vertical-align:top}tr{break-inside:avoid}td:first-child{width:34%}
"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><div class='logo'>RAVENSHOLM SCP</div><h1>%s</h1><div class='p'>%s</div>" % (h(c["title"]), h(c["partnership"])),
           "<div class='m'><p>Report author: Siobhan Ferrand-Lowe</p><p>Date: January 2025</p></div><div class='inv'>%s</div></div>" % h(INVENTED)]
    rows = []
    for b in rep["blocks"]:
        if b[0] != "row" and rows:
            out.append("<table><thead><tr><th>Learning point</th><th>Why it matters</th><th>What should happen</th></tr></thead><tbody>%s</tbody></table>" % "".join(rows))
            rows = []
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(unnumbered(b[1])))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "row":
            rows.append("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % tuple(h(x) for x in b[1:]))
        elif b[0] == "items":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
    out.append("</body></html>")
    return chromium("\n".join(out), d)


# ---------------- Z2 / Z5: python-docx ----------------
def page_field(run_):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText"); el.text = text
        run_._r.append(el)


def docx_doc(font, size):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = font, Pt(size)
    return doc


def z2(rep, d):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_BREAK
    c, doc = rep["cover"], docx_doc("Calibri", 11)
    for name in ("Title", "Heading 1"):
        doc.styles[name].font.name = "Calibri"
        doc.styles[name].font.color.rgb = RGBColor(0x1f, 0x3a, 0x68)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.add_run("Castlebury Safeguarding Partnership | Page ")
    page_field(fp.add_run())
    doc.add_paragraph(c["partnership"]).runs[0].font.size = Pt(14)
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph(c["title"], style="Title")
    doc.add_paragraph("Reviewer: Malcolm Ostrander-Hay")
    doc.add_paragraph("Publication date: 21 November 2024")
    for _ in range(8):
        doc.add_paragraph()
    doc.add_paragraph(INVENTED).runs[0].font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in rep["blocks"]:
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
        elif b[0] == "rec":
            doc.add_paragraph(b[1], style="List Number")
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.9)
            r = p.add_run("Partnership response: "); r.bold = True
            p.add_run(b[2]).italic = True
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_TAGGED)


def z5(rep, d):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    c, doc = rep["cover"], docx_doc("Arial", 11)
    hs = doc.styles["Heading 1"]
    hs.font.name, hs.font.size, hs.font.bold, hs.font.small_caps = "Arial", Pt(13), True, True
    hs.font.color.rgb = RGBColor(0x7a, 0x12, 0x2c)
    bdr = OxmlElement("w:pBdr"); bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "2"), ("w:color", "7A122C")):
        bottom.set(qn(k), v)
    bdr.append(bottom); hs.element.get_or_add_pPr().append(bdr)
    fp = doc.sections[0].footer.paragraphs[0]
    page_field(fp.add_run())
    p = doc.add_paragraph(); r = p.add_run(c["partnership"]); r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x7a, 0x12, 0x2c)
    p = doc.add_paragraph(); r = p.add_run(c["title"]); r.font.size, r.bold = Pt(20), True
    doc.add_paragraph("Reference: CTRSCB/ECPR/2023/02")
    doc.add_paragraph("Date of Board sign-off: 12 September 2024")
    doc.add_paragraph(INVENTED).runs[0].font.size = Pt(9)
    for b in rep["blocks"]:
        if b[0] == "h1" and b[1].startswith("Appendix"):
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
            doc.add_heading(b[1], level=1)
        elif b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number" if b[3] == "numbered" else "List Bullet")
        elif b[0] == "restated":
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("No.", "Recommendation", "Action", "Lead", "By when")):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
            trpr = t.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); trpr.append(th)
            for i, row in enumerate(b[1]):
                cells = t.add_row().cells
                for cell, text in zip(cells, ("%d" % (i + 1),) + row):
                    cell.text = text
            t.autofit = False
            grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
            for i, w in enumerate((1.2, 10.5, 6.5, 4, 3)):
                grid[i].set(qn("w:w"), str(int(w * 567)))
                for cell in t.columns[i].cells:
                    cell.width = Cm(w)
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_PLAIN)


# ---------------- Z3: WeasyPrint, questions and answers, 'Learning N.' run-ins ----------------
def z3(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:22mm 22mm 24mm;@bottom-center{content:counter(page);font-size:9pt;color:#444}}@page:first{@bottom-center{content:none}}
    body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.5;color:#222}.tp{page-break-after:always;padding-top:50mm}
    .tp .p{font-size:14pt;color:#23395d}.tp h1{font-size:24pt;color:#23395d;margin:8mm 0 14mm}.tp .m{font-size:11pt;margin:2mm 0}.tp .inv{margin-top:70mm;font-size:9pt;color:#555}
    h2{font-size:15pt;color:#23395d;margin:8mm 0 3mm}.q{font-weight:bold;font-size:11pt;margin:5mm 0 1mm}ol li{margin-bottom:2mm}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='tp'><div class='p'>%s</div><h1>%s</h1><div class='m'>Independent reviewer: Dr Imogen Saltash</div>"
           "<div class='m'>Published: 3 April 2025</div><div class='inv'>%s</div></div>" % (h(c["partnership"]), h(c["title"]), h(INVENTED))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "h2":
            out.append("<p class='q'>%s</p>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[3] == "runin":
            out.extend("<p><b>Learning %d.</b> %s</p>" % (i + 1, h(t)) for i, t in enumerate(b[2]))
        elif b[0] == "items":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
    out.append("</body></html>")
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["weasyprint", src, pdf], d)
    return pdf


# ---------------- Z4: pandoc -> xelatex, two columns with full-width call-outs ----------------
def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")


def z4(rep, d):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"], "subtitle: \"%s\"" % c["partnership"], "author: \"Lead reviewer: Tomasz Wyburn-Ellis\"",
           "date: \"May 2025. %s\"" % INVENTED, "documentclass: scrartcl", "classoption: [a4paper, 10pt]", "geometry: margin=2cm",
           "mainfont: Liberation Serif", "sansfont: Liberation Sans", "header-includes: |",
           "  \\usepackage{multicol}\\setlength{\\columnsep}{7mm}", "  \\usepackage[most]{tcolorbox}",
           "  \\usepackage[automark]{scrlayer-scrpage}\\pagestyle{scrheadings}\\clearpairofpagestyles",
           "  \\ihead{\\small Elmscar LCSPR Child K}\\ohead{\\small\\pagemark}",
           "  \\newcounter{lp}\\newcommand{\\bmc}{\\begin{multicols}{2}}\\newcommand{\\emc}{\\end{multicols}}",
           "  \\newcommand{\\callout}[1]{\\emc\\stepcounter{lp}\\begin{tcolorbox}[colback=orange!8,colframe=orange!70!black,fonttitle=\\sffamily\\bfseries,"
           "title={Learning point \\thelp}]#1\\end{tcolorbox}\\bmc}",
           "---", "", "\\bmc", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("# %s\n" % b[1])
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "callout":
            out.append("\\callout{%s}\n" % tex(b[1]))
        elif b[0] == "items":
            out.extend("%d. %s" % (i + 1, t) for i, t in enumerate(b[2]))
            out.append("")
    out.append("\\emc\n")
    src, pdf = os.path.join(d, "r.md"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["pandoc", src, "--pdf-engine=xelatex", "-o", pdf], d)
    return pdf


# ---------------- Z6: ReportLab, Scottish learning review ----------------
def z6(rep, d):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, ListFlowable, ListItem, KeepTogether
    from reportlab.platypus.flowables import HRFlowable
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    teal, mm = colors.HexColor("#00656b"), 2.8346
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=14, spaceAfter=6)
    head = ParagraphStyle("h", fontName="DVB", fontSize=14, leading=18, textColor=teal, spaceBefore=2, spaceAfter=6)
    sub = ParagraphStyle("s", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
    c = rep["cover"]
    story = [Paragraph(h(c["partnership"]), ParagraphStyle("p", fontName="DV", fontSize=12, leading=16, textColor=teal)), Spacer(1, 6),
             Paragraph(h(c["title"]), ParagraphStyle("t", fontName="DVB", fontSize=22, leading=28)), Spacer(1, 4),
             Paragraph("Lead reviewers: Eilidh Strachan-Moir and Callum Brodie", body),
             Paragraph("Published: November 2024", body), Paragraph(h(INVENTED), ParagraphStyle("i", parent=body, fontSize=8, textColor=colors.grey)),
             Spacer(1, 10)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            story += [Spacer(1, 6), HRFlowable(width="100%", thickness=1.2, color=teal, spaceAfter=4), Paragraph(h(b[1]), head)]
        elif b[0] == "h2":
            story.append(Paragraph(h(b[1]), sub))
        elif b[0] == "p":
            story.append(Paragraph(h(b[1]), body))
        elif b[0] == "learnbox":
            story += [Table([[Paragraph("<font name='DVB'>Learning:</font> %s" % h(b[1]), body)]], colWidths=[160 * mm],
                            style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e2f0f0")), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("LINEBEFORE", (0, 0), (0, -1), 3, teal)])), Spacer(1, 6)]
        elif b[0] == "items":
            kw = dict(bulletType="1", bulletFormat="%s.") if b[3] == "numbered" else dict(bulletType="bullet", start="\u2022")
            story.append(ListFlowable([ListItem(Paragraph(h(t), body)) for t in b[2]], leftIndent=16, bulletFontName="DV", bulletFontSize=9.5, **kw))
    pdf = os.path.join(d, "r.pdf")

    def page(canv, doc):
        canv.setFillColor(teal); canv.rect(0, 0, 9 * mm, A4[1], stroke=0, fill=1)
        canv.setFont("DV", 8); canv.setFillColor(colors.grey)
        canv.drawString(25 * mm, 12 * mm, "Strathannan CPC Learning Review - Child C")
        canv.drawRightString(A4[0] - 20 * mm, 12 * mm, str(doc.page))
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
                      title=c["title"], author=c["partnership"]).build(story, onFirstPage=page, onLaterPages=page)
    return pdf


# ---------------- Z7: pandoc -> pdflatex, small-caps headings with a rule above, description list, R1 labels ----------------
def z7(rep, d):
    c = rep["cover"]
    out = ["---", "title: \"%s\"" % c["title"],
           "author: \"%s `\\\\\\\\[1em]`{=latex} Overview author: Bernadette Quayle-Norris `\\\\\\\\[4em]\\\\small`{=latex} %s\"" % (c["partnership"], INVENTED),
           "date: \"July 2020\"", "documentclass: article", "classoption: [titlepage, a4paper, 11pt]", "geometry: margin=2.6cm", "linestretch: 1.25",
           "header-includes: |", "  \\usepackage[sc]{mathpazo}", "  \\usepackage{enumitem}", "  \\usepackage{titlesec}",
           "  \\titleformat{\\section}[block]{\\vspace{2pt}\\titlerule[0.8pt]\\vspace{5pt}\\large\\scshape}{}{0pt}{}",
           "  \\titlespacing*{\\section}{0pt}{16pt}{8pt}", "---", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("# %s\n" % b[1])
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "items" and b[3] == "description":
            out.extend("Learning point %d\n:   %s\n" % (i + 1, t) for i, t in enumerate(b[2]))
        elif b[0] == "items" and b[3] == "rlabels":
            out.append("\\begin{enumerate}[label=\\textbf{R\\arabic*.},leftmargin=2.2em]\n%s\n\\end{enumerate}\n"
                       % "\n".join("\\item %s" % tex(t) for t in b[2]))
        elif b[0] == "items":
            out.extend("- %s" % t for t in b[2])
            out.append("")
    src, pdf = os.path.join(d, "r.md"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["pandoc", src, "--pdf-engine=pdflatex", "-o", pdf], d)
    return pdf


# ---------------- Z8: flat ODT, tagged, small-caps headings with a rule above, 'Learning N.' run-ins ----------------
def z8(rep, d):
    c = rep["cover"]
    blocks = [("items", b[1], b[2], "lessons") if b[0] == "items" and b[3] == "runin" else b for b in rep["blocks"]]
    r = dict(rep, blocks=blocks, header="Linthorpe Vale SCP",
             cover_lines=[c["partnership"], "Child Safeguarding Practice Review", "Child G", "Author: Francesca Idle-Baptiste",
                          "Published: April 2025", INVENTED])
    text = odt.fodt(r)
    text = text.replace('<style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>\n'
                        '  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#7a1f1f"/>',
                        '<style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always" '
                        'fo:border-top="1pt solid #2f4f2f" fo:padding-top="0.12cm"/>\n'
                        '  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-variant="small-caps" fo:color="#2f4f2f"/>')
    assert "small-caps" in text
    text = text.replace("</office:automatic-styles>", ' <style:style style:name="RB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>\n</office:automatic-styles>')
    text = re.sub(r"<text:span>Lesson (\d+): </text:span>", r'<text:span text:style-name="RB">Learning \1.</text:span> ', text)
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(text)
    return soffice(src, d, WRITER_TAGGED)


RENDER = {"ravensholm": z1, "castlebury": z2, "wendlebury": z3, "elmscar": z4, "cwm": z5, "strathannan": z6, "ashby": z7, "linthorpe": z8}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
