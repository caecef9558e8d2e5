"""Renderers of batch 24 (see batch24.py): python-docx DOCX -> LibreOffice (a Word multilevel list, tagged; caps headings,
untagged), Chromium (an appendix RAG action plan with a two-row header; rotated agency headers), pandoc -> pdflatex with
memoir, a flat ODT -> LibreOffice (headings as list items, tagged), WeasyPrint (Welsh concise CPR) and ReportLab (Scottish
learning review of numbered paragraphs). render(rep, d) returns the PDF made in d."""
import html, os, re
from batch19_render import run, soffice, chromium, WRITER_TAGGED, WRITER_PLAIN
from batch21_render import page_field, docx_doc, tex
from batch24_content import INVENTED

h = lambda s: html.escape(s, quote=False)


def unnumbered(heading):
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", heading)


# ---------------- W1: python-docx, one multilevel list numbering headings, findings paragraphs and points ----------------
def multilevel(doc):
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = "".join(
        '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="%d"/></w:tabs><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
        % (i, text, ind, ind, ind) for i, (text, ind) in enumerate((("%1.", 567), ("%1.%2", 851), ("%1.%2.%3", 1134))))
    numbering = doc.part.numbering_part.element
    abstract = parse_xml('<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (ns, levels))
    first_num = numbering.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num')
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % ns))


def numbered(p, level):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    num_pr = OxmlElement("w:numPr")
    ilvl, num_id = OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), str(level)); num_id.set(qn("w:val"), "90")
    num_pr.append(ilvl); num_pr.append(num_id)
    p._p.get_or_add_pPr().insert(0, num_pr)
    return p


def w1(rep, d):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_BREAK
    c, doc = rep["cover"], docx_doc("Calibri", 12)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.4
    multilevel(doc)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        doc.styles[name].font.name, doc.styles[name].font.size = "Calibri", Pt(size)
        doc.styles[name].font.color.rgb = RGBColor(0x2e, 0x4a, 0x1e)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.add_run("Harrowgate Marsh Safeguarding Children Partnership - Page ")
    page_field(fp.add_run())
    p = doc.add_paragraph(); r = p.add_run(c["partnership"]); r.font.size, r.bold = Pt(16), True
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(); r = p.add_run("Local Child Safeguarding Practice Review"); r.font.size = Pt(26)
    p = doc.add_paragraph(); r = p.add_run("Child N"); r.font.size, r.bold = Pt(26), True
    doc.add_paragraph("Independent reviewer: Annika Strand-Whitlow")
    doc.add_paragraph("Published: June 2025")
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph(INVENTED).runs[0].font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in rep["blocks"]:
        if b[0] == "h1":
            numbered(doc.add_heading(unnumbered(b[1]), level=1), 0)
        elif b[0] == "h2":
            numbered(doc.add_heading(unnumbered(b[1]), level=2), 1)
        elif b[0] == "np":
            numbered(doc.add_paragraph(b[1]), 2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items" and b[3] == "level2":
            for t in b[2]:
                numbered(doc.add_paragraph(t, style="List Paragraph"), 1)
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_TAGGED)


# ---------------- W2: python-docx, caps body-size headings, 'LP 1' / 'Rec 1' labels, untagged ----------------
def w2(rep, d):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
    c, doc = rep["cover"], docx_doc("Arial", 12)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.5
    hs = doc.styles["Heading 1"]
    hs.font.name, hs.font.size, hs.font.bold, hs.font.all_caps = "Arial", Pt(12), True, True
    hs.font.color.rgb = RGBColor(0, 0, 0)
    hs.paragraph_format.space_before, hs.paragraph_format.space_after = Pt(14), Pt(6)
    doc.sections[0].header.paragraphs[0].add_run("OFFICIAL")
    doc.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(fp.add_run())
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(c["partnership"].upper()); r.font.size, r.bold = Pt(13), True
    for _ in range(4):
        doc.add_paragraph()
    for text in ("SERIOUS CASE REVIEW", "Child L"):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text); r.font.size, r.bold = Pt(22), True
    for text in ("Overview author: Gregory Pennick-Haigh", "Published: March 2019"):
        p = doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(INVENTED).font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in rep["blocks"]:
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items" and b[3] in ("lp", "rec"):
            for i, t in enumerate(b[2]):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(1.8), Cm(-1.8)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(1.8))
                p.add_run(("LP %d" if b[3] == "lp" else "Rec %d") % (i + 1)).bold = True
                p.add_run("\t" + t)
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_PLAIN)


# ---------------- W3: Chromium, appendix action plan with a two-row header and RAG cells ----------------
def w3(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:20mm 20mm 22mm;@bottom-left{content:'Pendlesworth Safeguarding Partnership';font-size:8pt;color:#555}
    @bottom-right{content:'Page ' counter(page) ' of ' counter(pages);font-size:8pt;color:#555}}@page:first{@bottom-left{content:none}@bottom-right{content:none}}
    body{font-family:'Liberation Sans',Arial,sans-serif;font-size:12pt;line-height:1.6;color:#222}
    .cover{page-break-after:always}.band{background:#5b2a86;color:#fff;padding:14mm 10mm;margin-top:30mm}.band .t{font-size:24pt;font-weight:bold;line-height:1.2}
    .band .p{font-size:13pt;margin-top:5mm}.cover .m{margin:12mm 10mm 0;font-size:11pt}.cover .inv{margin:70mm 10mm 0;font-size:9pt;color:#555}
    h2{font-size:15pt;color:#5b2a86;margin:7mm 0 2.5mm}h2.app{page-break-before:always}li{margin-bottom:2mm}
    table{border-collapse:collapse;width:100%;font-size:9pt;line-height:1.35}th{background:#e4dced;text-align:left;vertical-align:bottom}
    th,td{border:0.6pt solid #777;padding:1.8mm 2mm;vertical-align:top}tr{break-inside:avoid}
    td.Red{background:#d9534f;color:#fff;font-weight:bold}td.Amber{background:#f0ad4e;font-weight:bold}td.Green{background:#5cb85c;color:#fff;font-weight:bold}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><div class='band'><div class='t'>Child Safeguarding Practice Review<br>Baby R</div><div class='p'>%s</div></div>" % h(c["partnership"]),
           "<div class='m'><p>Independent reviewer: Dr Lorna Ashdown-Mews</p><p>Date of publication: October 2024</p></div><div class='inv'>%s</div></div>" % h(INVENTED)]
    updates = {"Green": "Complete: prompt in use since November", "Amber": "In progress", "Red": "Not started: awaiting system change"}
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2%s>%s</h2>" % (" class='app'" if b[1].startswith("Appendix") else "", h(b[1])))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
        elif b[0] == "plan":
            rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class='%s'>%s</td><td>%s</td></tr>"
                           % (i + 1, h(r[0]), h(r[1]), h(r[2]), h(r[3]), r[4], r[4], updates[r[4]]) for i, r in enumerate(b[1]))
            out.append("<table><thead><tr><th rowspan='2' style='width:5%%'>No.</th><th rowspan='2' style='width:30%%'>Recommendation</th>"
                       "<th rowspan='2'>Action</th><th rowspan='2'>Lead</th><th rowspan='2'>Target date</th><th colspan='2' style='text-align:center'>Progress</th></tr>"
                       "<tr><th>RAG</th><th>Update</th></tr></thead><tbody>%s</tbody></table>" % rows)
    out.append("</body></html>")
    return chromium("\n".join(out), d)


# ---------------- W4: pandoc -> pdflatex, memoir, themes with lettered recommendations ----------------
def w4(rep, d):
    c = rep["cover"]
    out = ["---", "title: \"Local Child Safeguarding Practice Review `\\\\\\\\[0.5em]`{=latex} Child S\"",
           "author: \"%s `\\\\\\\\[1em]`{=latex} Lead reviewer: Fergus Holroyd-Penn `\\\\\\\\[4em]\\\\small`{=latex} %s\"" % (c["partnership"], INVENTED),
           "date: \"August 2023\"", "documentclass: memoir", "classoption: [a4paper, 12pt, article, oneside]", "geometry: margin=2.5cm",
           "header-includes: |", "  \\usepackage{enumitem}", "  \\OnehalfSpacing", "  \\pagestyle{plain}", "  \\setsecheadstyle{\\Large\\bfseries\\sffamily}",
           "  \\setsubsecheadstyle{\\large\\itshape}", "  \\setsecnumdepth{none}", "---", "", "\\thispagestyle{empty}\\newpage", ""]
    theme_no, pending = 0, []
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("# %s\n" % b[1])
        elif b[0] == "p":
            out.append(b[1] + "\n")
            out.extend(pending)  # a theme's recommendations follow its findings paragraph
            pending = []
        elif b[0] == "theme":
            theme_no += 1
            out.append("## %s\n" % b[1])
            pending.append("\\begin{enumerate}[label=\\textbf{%d(\\alph*)},leftmargin=3em]\n%s\n\\end{enumerate}\n"
                       % (theme_no, "\n".join("\\item %s" % tex(t) for t in b[2])))
        elif b[0] == "items":
            out.extend("- %s" % t for t in b[2])
            out.append("")
    src, pdf = os.path.join(d, "r.md"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["pandoc", src, "--top-level-division=section", "--pdf-engine=pdflatex", "-o", pdf], d)
    return pdf


# ---------------- W5: flat ODT, headings as numbered list items (no outline level), 'Summary of learning' box ----------------
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.22cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#8a3b12"/></style:style>
 <style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:background-color="#fbeee6" fo:border="0.8pt solid #8a3b12" fo:padding="0.15cm" fo:margin-left="0.3cm" fo:margin-right="0.3cm" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Box"><style:text-properties fo:font-weight="bold" fo:color="#8a3b12"/></style:style>
 <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm"/><style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="CoverBig" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="#8a3b12"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <text:list-style style:name="HeadNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.9cm" fo:margin-left="0.9cm"/></style:list-level-properties>
  </text:list-level-style-number></text:list-style>
 <text:list-style style:name="Bul"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.5cm" fo:text-indent="-0.6cm" fo:margin-left="1.5cm"/></style:list-level-properties>
  </text:list-level-style-bullet></text:list-style>
 <text:list-style style:name="Let"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.7cm" fo:text-indent="-0.8cm" fo:margin-left="1.7cm"/></style:list-level-properties>
  </text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="Cover" style:master-page-name="CoverPage"><style:paragraph-properties fo:margin-top="4cm"/></style:style>
 <style:style style:name="BodyFirst" style:family="paragraph" style:parent-style-name="Head" style:master-page-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="CoverPage" style:page-layout-name="pm1" style:next-style-name="Standard"/>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Ftr">Thornwick Dale SCP<text:tab/>Page <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def w5(rep, d):
    from xml.sax.saxutils import escape as x
    c = rep["cover"]
    out = [FODT_HEAD, '<text:p text:style-name="CoverFirst">%s</text:p>' % x(c["partnership"])]
    out += ['<text:p text:style-name="CoverBig">Child Safeguarding Practice Review</text:p>', '<text:p text:style-name="CoverBig">Child E</text:p>',
            '<text:p text:style-name="Cover">Independent reviewer: Dr Marcus Ellery-Quinn</text:p>',
            '<text:p text:style-name="Cover">Published: 14 February 2025</text:p>', '<text:p text:style-name="Cover"/>' * 6,
            '<text:p text:style-name="Cover">%s</text:p>' % x(INVENTED)]
    first, heads = True, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            heads += 1
            style = "BodyFirst" if first else "Head"
            first = False
            cont = ' xml:id="hl%d"' % heads + ("" if heads == 1 else ' text:continue-list="hl%d"' % (heads - 1))
            out.append('<text:list text:style-name="HeadNum"%s><text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item></text:list>'
                       % (cont, style, x(unnumbered(b[1]))))
        elif b[0] == "p":
            out.append('<text:p text:style-name="Body">%s</text:p>' % x(b[1]))
        elif b[0] == "summarybox":
            out.append('<text:p text:style-name="BoxTitle">Summary of learning</text:p>')
            out.extend('<text:p text:style-name="Box">\u2013 %s</text:p>' % x(t) for t in b[1])
            out.append('<text:p text:style-name="Body"/>')
        elif b[0] == "items":
            style = "Let" if b[3] == "lettered" else "Bul"
            out.append('<text:list text:style-name="%s">%s</text:list>' % (style, "".join(
                '<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % x(t) for t in b[2])))
    out.append("</office:text></office:body></office:document>\n")
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    return soffice(src, d, WRITER_TAGGED)


# ---------------- W6: WeasyPrint, Welsh concise Child Practice Review in shaded heading bars ----------------
def w6(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:20mm 20mm 24mm;@bottom-left{content:'CARSB/CPR/2022/05';font-size:8.5pt;color:#444}
    @bottom-right{content:'Tudalen / Page ' counter(page);font-size:8.5pt;color:#444}}@page:first{@bottom-left{content:none}@bottom-right{content:none}}
    body{font-family:'Liberation Sans',sans-serif;font-size:12pt;line-height:1.7;color:#1a1a1a}.cv{page-break-after:always;text-align:center;padding-top:30mm}
    .cv .cy{font-size:20pt;color:#0b5d3b;font-weight:bold}.cv .en{font-size:20pt;font-weight:bold;margin-bottom:10mm}.cv .ch{font-size:26pt;font-weight:bold;margin:10mm 0}
    .cv .m{font-size:11pt;margin:2mm 0}.cv .inv{margin-top:60mm;font-size:9pt;color:#555}
    h2{background:#d6e9df;border:0.8pt solid #0b5d3b;font-size:12pt;font-weight:bold;padding:2mm 3mm;margin:7mm 0 3mm}li{margin-bottom:2mm}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cv'><div class='m'>Bwrdd Diogelu Rhanbarthol Cwm Aeron</div><div class='m'>%s</div>" % h(c["partnership"]),
           "<div class='cy' style='margin-top:25mm'>Adolygiad Ymarfer Plant Cryno</div><div class='en'>Concise Child Practice Review</div>",
           "<div class='ch'>Child M</div><div class='m'>Reference: CARSB/CPR/2022/05</div><div class='m'>Date of publication: 9 March 2023</div>",
           "<div class='inv'>%s</div></div>" % h(INVENTED)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[3] == "actions":
            out.extend("<p><b>Action %d:</b> %s</p>" % (i + 1, h(t)) for i, t in enumerate(b[2]))
        elif b[0] == "items":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
    out.append("</body></html>")
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["weasyprint", src, pdf], d)
    return pdf


# ---------------- W7: ReportLab, Scottish learning review of numbered paragraphs, bold learning paragraphs ----------------
def w7(rep, d):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, ListFlowable, ListItem, PageBreak
    base = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LS", base + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", base + "LiberationSerif-Bold.ttf"))
    purple, mm = colors.HexColor("#4b2c6f"), 2.8346
    body = ParagraphStyle("b", fontName="LS", fontSize=12, leading=18, spaceAfter=8, leftIndent=12 * mm, firstLineIndent=-12 * mm)
    bold = ParagraphStyle("bb", parent=body, fontName="LSB")
    bullet = ParagraphStyle("bl", fontName="LS", fontSize=12, leading=18, spaceAfter=4)
    head = ParagraphStyle("h", fontName="LSB", fontSize=13, leading=17, textColor=purple, spaceBefore=10, spaceAfter=6)
    c = rep["cover"]
    big = ParagraphStyle("t", fontName="LSB", fontSize=26, leading=32)
    story = [Spacer(1, 60 * mm), Paragraph(h(c["partnership"]), ParagraphStyle("p", fontName="LS", fontSize=14, leading=18, textColor=purple)),
             Spacer(1, 14), Paragraph("Learning Review", big), Paragraph("Child B", big), Spacer(1, 14),
             Paragraph("Lead reviewers: Morag Finlayson and Dr Ewan Calder-Rae", bullet), Paragraph("Published: May 2024", bullet),
             Spacer(1, 60 * mm), Paragraph(h(INVENTED), ParagraphStyle("i", parent=bullet, fontSize=8.5, textColor=colors.grey)), PageBreak()]
    sec, para = 0, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            sec, para = sec + 1, 0
            story.append(Paragraph(h(b[1]), head))
        elif b[0] in ("np", "bold"):
            para += 1
            story.append(Paragraph("%d.%d&nbsp;&nbsp;&nbsp;&nbsp;%s" % (sec, para, h(b[1])),
                                   bold if b[0] == "bold" else body))
        elif b[0] == "items" and b[3] == "numpara":
            for t in b[2]:
                para += 1
                story.append(Paragraph("%d.%d&nbsp;&nbsp;&nbsp;&nbsp;%s" % (sec, para, h(t)), body))
        elif b[0] == "items":
            story.append(ListFlowable([ListItem(Paragraph(h(t), bullet)) for t in b[2]], bulletType="bullet", start="\u2022",
                                      leftIndent=16, bulletFontName="LS", bulletFontSize=11))
    pdf = os.path.join(d, "r.pdf")

    def cover(canv, doc):
        canv.setFillColor(purple); canv.rect(0, A4[1] - 40 * mm, A4[0], 40 * mm, stroke=0, fill=1)

    def page(canv, doc):
        canv.setFont("LS", 9); canv.setFillColor(colors.grey)
        canv.drawCentredString(A4[0] / 2, 12 * mm, str(doc.page))
    SimpleDocTemplate(pdf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
                      title=c["title"], author=c["partnership"]).build(story, onFirstPage=cover, onLaterPages=page)
    return pdf


# ---------------- W8: Chromium, 'LP1' label grid, recommendation table with rotated agency headers ----------------
def w8(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:22mm 20mm 20mm;@top-center{content:'Ashcott Rise LCSPR - Twins J and K';font-size:8pt;color:#666}
    @bottom-center{content:counter(page);font-size:8.5pt}}@page:first{@top-center{content:none}@bottom-center{content:none}}
    body{font-family:'Liberation Sans',Arial,sans-serif;font-size:12pt;line-height:1.7;color:#1c1c1c}
    .cover{page-break-after:always;padding-top:40mm}.cover .k{font-size:14pt;color:#1d3557;text-transform:uppercase;letter-spacing:1pt}
    .cover h1{font-size:30pt;color:#1d3557;margin:4mm 0 12mm}.cover .p{font-size:13pt}.cover .m{font-size:11pt;margin-top:3mm}.cover .inv{margin-top:70mm;font-size:9pt;color:#555}
    h2{font-size:15pt;color:#1d3557;border-left:4pt solid #e63946;padding-left:3mm;margin:8mm 0 3mm}
    .lp{display:grid;grid-template-columns:16mm 1fr;gap:3mm;margin-bottom:3mm}.lp .l{background:#1d3557;color:#fff;font-weight:bold;text-align:center;padding:1mm 0;height:6mm}
    table{border-collapse:collapse;width:100%;font-size:10pt;line-height:1.35}th,td{border:0.6pt solid #8a9bb0;padding:2mm}
    th{background:#e8eef5;vertical-align:bottom}th.rot{writing-mode:vertical-rl;transform:rotate(180deg);height:34mm;width:9mm;text-align:left;white-space:nowrap}
    td.a{text-align:center;vertical-align:middle;color:#1d3557}tr{break-inside:avoid}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><div class='k'>Local Child Safeguarding Practice Review</div><h1>Twins J and K</h1><div class='p'>%s</div>" % h(c["partnership"]),
           "<div class='m'>Lead reviewer: Priya Oduya-Lambert</div><div class='m'>Published: July 2025</div><div class='inv'>%s</div></div>" % h(INVENTED)]
    agencies = ["Police", "Health", "Education", "Children's social care"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[3] == "lp":
            out.extend("<div class='lp'><div class='l'>LP%d</div><div>%s</div></div>" % (i + 1, h(t)) for i, t in enumerate(b[2]))
        elif b[0] == "items":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
        elif b[0] == "agencyrecs":
            head = "<tr><th>No.</th><th>Recommendation</th>%s</tr>" % "".join("<th class='rot'>%s</th>" % h(a) for a in agencies)
            rows = "".join("<tr><td>R%d</td><td>%s</td>%s</tr>" % (i + 1, h(t), "".join("<td class='a'>%s</td>" % ("\u25cf" if a in ags else "")
                                                                                        for a in agencies)) for i, (t, ags) in enumerate(b[1]))
            out.append("<table><thead>%s</thead><tbody>%s</tbody></table>" % (head, rows))
    out.append("</body></html>")
    return chromium("\n".join(out), d)


RENDER = {"harrowgate": w1, "brenthurst": w2, "pendlesworth": w3, "kilbarrow": w4, "thornwick": w5, "cwm": w6, "glenmorrow": w7, "ashcott": w8}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
