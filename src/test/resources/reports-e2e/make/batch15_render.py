"""Renderers of batch 15 (see batch15.py): Apache FOP (XSL-FO), ReportLab, pdflatex memoir twocolumn, LibreOffice Impress
(flat ODP), python-docx -> LibreOffice tagged, pandoc -> HTML -> Chromium, pycairo, openpyxl -> LibreOffice Calc.
render(rep, d) returns the PDF made in d."""
import html, os, re, subprocess
from e2e import CHROMIUM, TAGGED_EXPORT
from batch15_content import INVENTED

h = lambda s: html.escape(s, quote=False)


def run(cmd, cwd=None, **kw):
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, **kw)


def soffice(src, d, export):
    run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", export, "--outdir", d, src])
    return os.path.splitext(src)[0] + ".pdf"


def with_notes(blocks):
    """Blocks with each ("note", text) attached to the paragraph before it: yields (block, note or None)."""
    out = []
    for b in blocks:
        if b[0] == "note":
            out[-1] = (out[-1][0], b[1])
        else:
            out.append((b, None))
    return out


def strip_no(s):
    return re.sub(r"^\d+\.? ", "", s)


# ---------------- V1: Apache FOP ----------------
def v1_fo(rep):
    c = rep["cover"]
    x = lambda s: html.escape(s, quote=False)
    heads = [b for b in rep["blocks"] if b[0] == "h1"]
    statics = ("<fo:static-content flow-name='xsl-region-before'><fo:block font-family='Helvetica' font-size='8pt' color='#555555' "
               "text-align-last='justify' border-bottom='0.5pt solid #999999'>%s<fo:leader leader-pattern='space'/>Child L - LCSPR</fo:block></fo:static-content>"
               "<fo:static-content flow-name='xsl-region-after'><fo:block font-family='Helvetica' font-size='8pt' text-align='center'>Page "
               "<fo:page-number/></fo:block></fo:static-content>"
               "<fo:static-content flow-name='xsl-footnote-separator'><fo:block><fo:leader leader-pattern='rule' leader-length='40mm' rule-thickness='0.5pt'/></fo:block></fo:static-content>") % x(c["partnership"])
    out = ["<?xml version='1.0' encoding='UTF-8'?><fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format' language='en'>",
           "<fo:layout-master-set><fo:simple-page-master master-name='cover' page-width='210mm' page-height='297mm' margin='25mm'>"
           "<fo:region-body/></fo:simple-page-master><fo:simple-page-master master-name='body' page-width='210mm' page-height='297mm' "
           "margin='15mm 22mm 12mm'><fo:region-body margin='14mm 0 16mm'/><fo:region-before extent='10mm'/><fo:region-after extent='10mm'/>"
           "</fo:simple-page-master></fo:layout-master-set>",
           "<fo:page-sequence master-reference='cover'><fo:flow flow-name='xsl-region-body' font-family='Helvetica'>"
           "<fo:block font-size='13pt' color='#2e5d34' space-before='30mm'>%s</fo:block>"
           "<fo:block font-size='26pt' font-weight='bold' space-before='25mm'>%s</fo:block>"
           "<fo:block font-size='12pt' space-before='12mm'>Published: 2 June 2025</fo:block>"
           "<fo:block font-size='11pt' space-before='4mm'>Lead reviewer: Margaret Ellwood-Tate</fo:block>"
           "<fo:block font-size='10pt' font-style='italic' space-before='80mm'>%s</fo:block></fo:flow></fo:page-sequence>"
           % (x(c["partnership"]), x(c["title"]), x(INVENTED)),
           "<fo:page-sequence master-reference='body'>" + statics + "<fo:flow flow-name='xsl-region-body' font-family='Helvetica'>"
           "<fo:block font-size='16pt' font-weight='bold' space-after='8mm' color='#2e5d34'>Contents</fo:block>"]
    for i, b in enumerate(heads):
        out.append("<fo:block font-size='11pt' text-align-last='justify' space-after='3mm'>%s<fo:leader leader-pattern='dots'/>"
                   "<fo:page-number-citation ref-id='s%d'/></fo:block>" % (x(b[1]), i))
    out.append("</fo:flow></fo:page-sequence><fo:page-sequence master-reference='body'>" + statics +
               "<fo:flow flow-name='xsl-region-body' font-family='Times' font-size='11pt' line-height='1.35'>")
    n_head, n_rec = 0, 0
    for b, note in with_notes(rep["blocks"]):
        fn = ""
        if note:
            fn = ("<fo:footnote><fo:inline baseline-shift='super' font-size='7pt'>1</fo:inline><fo:footnote-body><fo:block font-size='8pt'>"
                  "<fo:inline baseline-shift='super' font-size='6pt'>1</fo:inline> %s</fo:block></fo:footnote-body></fo:footnote>" % x(note))
        if b[0] == "h1":
            out.append("<fo:block id='s%d' font-family='Helvetica' font-size='15pt' font-weight='bold' color='#2e5d34' space-before='8mm' "
                       "space-after='3mm' keep-with-next='always'>%s</fo:block>" % (n_head, x(b[1])))
            n_head += 1
        elif b[0] == "h2":
            out.append("<fo:block font-family='Helvetica' font-size='11.5pt' font-weight='bold' space-before='5mm' space-after='2mm' "
                       "keep-with-next='always'>%s</fo:block>" % x(b[1]))
        elif b[0] == "p":
            out.append("<fo:block space-after='3mm' text-align='justify'>%s%s</fo:block>" % (x(b[1]), fn))
        elif b[0] == "items" and b[3] == "labelled":
            for t in b[2]:
                n_rec += 1
                out.append("<fo:block font-weight='bold' space-before='1mm' keep-with-next='always'>Recommendation %d</fo:block>"
                           "<fo:block space-after='3mm' margin-left='8mm'>%s</fo:block>" % (n_rec, x(t)))
        elif b[0] == "items":
            out.append("<fo:list-block provisional-distance-between-starts='6mm' space-after='3mm'>")
            for t in b[2]:
                out.append("<fo:list-item space-after='2mm'><fo:list-item-label end-indent='label-end()'><fo:block>&#x2022;</fo:block>"
                           "</fo:list-item-label><fo:list-item-body start-indent='body-start()'><fo:block>%s</fo:block></fo:list-item-body></fo:list-item>" % x(t))
            out.append("</fo:list-block>")
    out.append("</fo:flow></fo:page-sequence></fo:root>")
    return "\n".join(out)


def v1_fop(rep, d):
    src, made = os.path.join(d, "r.fo"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(v1_fo(rep))
    run(["fop", "-fo", src, "-pdf", made])
    return made


# ---------------- V2: ReportLab ----------------
def v2_reportlab(rep, d):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle, ListFlowable, ListItem, KeepTogether
    c = rep["cover"]
    teal = colors.HexColor("#00646e")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=7)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=teal, spaceBefore=12, spaceAfter=8)
    cap = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=teal)
    cell = ParagraphStyle("t", fontName="Helvetica", fontSize=9.5, leading=12.5)
    th = ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5, textColor=colors.white)

    def cover(cv, doc):
        cv.saveState()
        cv.setFillColor(teal)
        cv.rect(0, 420, A4[0], 230, stroke=0, fill=1)
        cv.setFillColor(colors.white)
        cv.setFont("Helvetica", 14)
        cv.drawString(60, 610, c["partnership"])
        cv.setFont("Helvetica-Bold", 26)
        cv.drawString(60, 540, "Local Child Safeguarding")
        cv.drawString(60, 508, "Practice Review: Tyler")
        cv.setFont("Helvetica", 13)
        cv.drawString(60, 450, "Published: 27 February 2026")
        cv.setFillColor(colors.black)
        cv.setFont("Helvetica-Oblique", 10)
        cv.drawString(60, 200, INVENTED)
        cv.restoreState()

    def later(cv, doc):
        cv.saveState()
        cv.setFont("Helvetica", 8)
        cv.setFillColor(colors.HexColor("#555555"))
        cv.drawString(22 * mm, 12 * mm, c["partnership"])
        cv.drawRightString(A4[0] - 22 * mm, 12 * mm, "Page %d" % doc.page)
        cv.restoreState()

    story = [PageBreak()]
    for b in rep["blocks"]:
        if b[0] == "h1":
            story.append(Paragraph(h(b[1]), head))
        elif b[0] == "p":
            story.append(Paragraph(h(b[1]), body))
        elif b[0] == "lpbox":
            t = Table([[[Paragraph("Learning", cap), Spacer(1, 3), Paragraph(h(b[1]), body)]]], colWidths=[150 * mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f1f2")), ("LINEBEFORE", (0, 0), (0, -1), 4, teal),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story += [Spacer(1, 4), t, Spacer(1, 9)]
        elif b[0] == "items" and b[3] == "table":
            rows = [[Paragraph("No.", th), Paragraph("Recommendation", th), Paragraph("Lead agency", th)]]
            leads = ["Partnership", "Local authority", "Police / youth justice", "Exploitation meeting", "Partnership"]
            rows += [[Paragraph(str(i), cell), Paragraph(h(t), cell), Paragraph(leads[i - 1], cell)] for i, t in enumerate(b[2], 1)]
            t = Table(rows, colWidths=[14 * mm, 106 * mm, 40 * mm], repeatRows=1)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8aa")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        elif b[0] == "items":
            story.append(ListFlowable([ListItem(Paragraph(h(t), body)) for t in b[2]], bulletType="bullet", start="\u2022", leftIndent=14))
    doc = SimpleDocTemplate(os.path.join(d, "r.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title=c["title"], author=c["partnership"])
    doc.build(story, onFirstPage=cover, onLaterPages=later)
    return os.path.join(d, "r.pdf")


# ---------------- V3: pdflatex memoir twocolumn ----------------
def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")


def v3_memoir(rep, d):
    c = rep["cover"]
    out = [r"\documentclass[a4paper,11pt,twocolumn]{memoir}", r"\usepackage[T1]{fontenc}\usepackage{mathpazo}\usepackage{enumitem}\usepackage{xcolor}",
           r"\setlrmarginsandblock{20mm}{20mm}{*}\setulmarginsandblock{25mm}{25mm}{*}\setcolsepandrule{8mm}{0pt}\checkandfixthelayout",
           r"\setsecnumdepth{section}\counterwithout{section}{chapter}\setsecheadstyle{\large\bfseries\sffamily\color[rgb]{0.1,0.25,0.45}\raggedright}",
           r"\makeevenhead{ruled}{\thepage}{}{\small Learning Review: Child C}\makeoddhead{ruled}{\small Glenarden CPC}{}{\thepage}",
           r"\pdfinfo{/Title (%s)}" % c["title"], r"\begin{document}",
           r"\begin{titlingpage}\vspace*{40mm}{\Large\sffamily %s\par}\vspace{20mm}{\Huge\bfseries\sffamily %s\par}\vspace{10mm}"
           r"{\large Final report, April 2025\par}\vspace{6mm}{Chair of the review team: Dr Iona Strachan-Reid\par}\vfill{\itshape %s\par}"
           r"\end{titlingpage}" % (tex(c["partnership"]), tex(c["title"]), tex(INVENTED)), r"\pagestyle{ruled}"]
    for b, note in with_notes(rep["blocks"]):
        if b[0] == "h1":
            out.append(r"\section{%s}" % tex(strip_no(b[1])))
        elif b[0] == "p":
            out.append(tex(b[1]) + (r"\footnote{%s}" % tex(note) if note else "") + "\n")
        elif b[0] == "items":
            opt = {"afi": "[label=AFI \\arabic*,leftmargin=3.4em]", "numbered": "[label=\\arabic*.]", "bullets": ""}[b[3]]
            env = "itemize" if b[3] == "bullets" else "enumerate"
            out.append(r"\begin{%s}%s" % (env, opt) + "".join(r"\item %s" % tex(t) + "\n" for t in b[2]) + r"\end{%s}" % env)
    out.append(r"\end{document}")
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write("\n".join(out))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- V4: LibreOffice Impress, flat ODP ----------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def v4_fodp(rep):
    c = rep["cover"]
    x = lambda s: html.escape(s, quote=False)
    auto = ('<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" '
            'fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
            '<style:style style:name="gbar" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#6b2c5f" draw:stroke="none" '
            'draw:textarea-vertical-align="middle" fo:padding-left="0.6cm"/></style:style>'
            '<style:style style:name="gtext" style:family="graphic"><style:graphic-properties draw:fill="none" draw:stroke="none" draw:textarea-vertical-align="top"/></style:style>'
            '<style:style style:name="Ptitle" style:family="paragraph"><style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#ffffff" style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'"/></style:style>'
            '<style:style style:name="Pbig" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="32pt" fo:font-weight="bold" fo:color="#6b2c5f" fo:font-family="\'Liberation Sans\'"/></style:style>'
            '<style:style style:name="Pbody" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="20pt" fo:color="#222222" fo:font-family="\'Liberation Sans\'"/></style:style>'
            '<style:style style:name="Psmall" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-style="italic" fo:color="#444444" fo:font-family="\'Liberation Sans\'"/></style:style>'
            '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25cf"><style:list-level-properties '
            'text:space-before="0cm" text:min-label-width="0.8cm"/><style:text-properties fo:font-family="OpenSymbol" fo:color="#6b2c5f" style:font-size-rel="70%"/>'
            '</text:list-level-style-bullet></text:list-style>')
    pages = ['<draw:page draw:name="slide1" draw:master-page-name="Default">'
             '<draw:frame draw:style-name="gtext" svg:x="1.5cm" svg:y="2cm" svg:width="25cm" svg:height="11cm"><draw:text-box>'
             '<text:p text:style-name="Pbody">%s</text:p><text:p text:style-name="Pbig">%s</text:p><text:p text:style-name="Pbody">Practitioner briefing - January 2026</text:p>'
             '<text:p text:style-name="Psmall">%s</text:p></draw:text-box></draw:frame></draw:page>' % (x(c["partnership"]), x(c["title"]), x(INVENTED))]
    n = 1
    for b in rep["blocks"]:
        if b[0] == "h1":
            n += 1
            pages.append('<draw:page draw:name="slide%d" draw:master-page-name="Default">'
                         '<draw:frame draw:style-name="gbar" svg:x="0cm" svg:y="0cm" svg:width="28cm" svg:height="2.6cm"><draw:text-box>'
                         '<text:p text:style-name="Ptitle">%s</text:p></draw:text-box></draw:frame>' % (n, x(b[1])))
        elif b[0] == "items":
            pages[-1] += ('<draw:frame draw:style-name="gtext" svg:x="1.5cm" svg:y="3.4cm" svg:width="25cm" svg:height="11cm"><draw:text-box>'
                          '<text:list text:style-name="L1">%s</text:list></draw:text-box></draw:frame>'
                          '<draw:frame draw:style-name="gtext" svg:x="24cm" svg:y="14.6cm" svg:width="3cm" svg:height="0.9cm"><draw:text-box>'
                          '<text:p text:style-name="Psmall">%d</text:p></draw:text-box></draw:frame></draw:page>'
                          % ("".join('<text:list-item><text:p text:style-name="Pbody">%s</text:p></text:list-item>' % x(t) for t in b[2]), n))
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
            '<office:meta><dc:title>Baby K briefing v3 final</dc:title></office:meta>'
            '<office:automatic-styles>%s</office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/>'
            '</office:master-styles><office:body><office:presentation>%s</office:presentation></office:body></office:document>' % (NS, auto, "".join(pages)))


def v4_impress(rep, d):
    src = os.path.join(d, "r.fodp")
    open(src, "w", encoding="utf-8").write(v4_fodp(rep))
    return soffice(src, d, "pdf:impress_pdf_Export")


# ---------------- V5: python-docx -> LibreOffice tagged ----------------
def v5_docx(rep, d):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    c = rep["cover"]
    doc = docx.Document()
    doc.core_properties.title = c["title"]
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "CPR Report - CFRSB 2024/07"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    doc.add_paragraph(c["partnership"]).runs[0].font.size = Pt(14)
    doc.add_paragraph("Cwm Ffynnon Regional Safeguarding Board / Bwrdd Diogelu Rhanbarthol Cwm Ffynnon")
    doc.add_heading(c["title"], 0)
    doc.add_paragraph("Re: CFRSB 2024/07")
    doc.add_paragraph("Date of publication: 14 May 2025")
    p = doc.add_paragraph()
    run_ = p.add_run(INVENTED)
    run_.italic = True
    run_.add_break(WD_BREAK.PAGE)
    for b in rep["blocks"]:
        if b[0] == "h1":
            doc.add_heading(b[1], 1)
        elif b[0] == "h2":
            doc.add_heading(b[1], 2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "items" and b[3] == "listnumber":
            for t in b[2]:
                doc.add_paragraph(t, style="List Number")
        elif b[0] == "items" and b[3] == "mergedtable":
            tb = doc.add_table(rows=2 + len(b[2]), cols=3)
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, 2))
            top.text = "Recommendations agreed by the Board"
            top.paragraphs[0].runs[0].bold = True
            for i, name in enumerate(["Theme", "Recommendation", "Lead"]):
                tb.cell(1, i).text = name
                tb.cell(1, i).paragraphs[0].runs[0].bold = True
            leads = ["Board", "Health board", "Education"]
            for i, text in enumerate(b[2]):
                tb.cell(2 + i, 1).text = text
                tb.cell(2 + i, 2).text = leads[i]
            tb.cell(2, 0).merge(tb.cell(3, 0)).text = "Children not brought to appointments"
            tb.cell(4, 0).text = "Hearing the child"
            for row, w in ((0, 1.3), (1, 4.2), (2, 1.2)):
                for cl in tb.columns[row].cells:
                    cl.width = docx.shared.Inches(w)
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, TAGGED_EXPORT)


# ---------------- V6: pandoc -> HTML -> Chromium, CSS columns ----------------
def v6_pandoc(rep, d):
    c = rep["cover"]
    css = ("@page{size:A4;margin:18mm 16mm} body{font:10pt/1.45 'DejaVu Serif';column-count:2;column-gap:9mm;max-width:none;margin:0;padding:0}"
           " header,h1,table,.inv,section.footnotes{column-span:all} h1{font:bold 14pt 'DejaVu Sans';color:#7a2e0e;border-bottom:1px solid #7a2e0e;margin:5mm 0 2mm}"
           " h1.title{font-size:22pt;border:none} p.subtitle{font:12pt 'DejaVu Sans'} table{border-collapse:collapse;width:100%;font-size:9.5pt}"
           " th,td{border:1px solid #999;padding:3pt 5pt;vertical-align:top} th{background:#f1e4dc}")
    md = ["---", "title: '%s'" % c["title"], "subtitle: '%s'" % c["partnership"], "date: 'November 2018'", "lang: en-GB", "---", "",
          "<div class='inv'>*%s*</div>" % INVENTED, ""]
    n = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            md += ["# %s" % b[1], ""]
        elif b[0] == "p":
            md += [b[1] + ("[^1]" if "advocate who knew" in b[1] else ""), ""]
        elif b[0] == "items" and b[3] == "runin":
            for i, t in enumerate(b[2], 1):
                md += ["**Learning point %d.** %s" % (i, t), ""]
        elif b[0] == "items" and b[3] == "table":
            md += ["| No. | Recommendation |", "|----|------------------------------------------|"]
            md += ["| %d | %s |" % (i, t) for i, t in enumerate(b[2], 1)] + [""]
    md += ["[^1]: An independent advocate had worked with Child J in her previous placement for two years.", ""]
    src, page = os.path.join(d, "r.md"), os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("\n".join(md))
    open(os.path.join(d, "s.css"), "w").write(css)
    run(["pandoc", "-s", "-t", "html5", "--css", "s.css", "-o", page, src], cwd=d)
    doc = open(page, encoding="utf-8").read().replace("<link rel=\"stylesheet\" href=\"s.css\" />", "<style>%s</style>" % css)
    open(page, "w", encoding="utf-8").write(doc)
    made = os.path.join(d, "r.pdf")
    run(CHROMIUM + ["--print-to-pdf=" + made, "file://" + page])
    return made


# ---------------- V7: pycairo ----------------
def v7_cairo(rep, d):
    import cairo
    c = rep["cover"]
    W, H, L, R = 595.0, 842.0, 62.0, 533.0
    made = os.path.join(d, "r.pdf")
    surf = cairo.PDFSurface(made, W, H)
    surf.set_metadata(cairo.PDFMetadata.TITLE, c["title"])
    cx = cairo.Context(surf)
    state = {"y": 0.0, "page": 1}

    def font(bold, size):
        cx.select_font_face("DejaVu Sans", cairo.FONT_SLANT_NORMAL, cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
        cx.set_font_size(size)

    def width(word, bold, size):
        font(bold, size)
        return cx.text_extents(word).x_advance

    def lines_of(tokens, left, size):
        lines, cur, x = [], [], left
        for word, bold in tokens:
            w = width(word, bold, size)
            sp = width(" ", False, size)
            if cur and x + w > R:
                lines.append(cur)
                cur, x = [], left
            cur.append((x, word, bold))
            x += w + sp
        return lines + [cur] if cur else lines

    def footer():
        cx.set_source_rgb(0.4, 0.4, 0.4)
        cx.set_line_width(0.6)
        cx.move_to(L, H - 52)
        cx.line_to(R, H - 52)
        cx.stroke()
        font(False, 8)
        cx.move_to(L, H - 38)
        cx.show_text("Ashby Carr SCP - Child N - page %d" % state["page"])
        cx.set_source_rgb(0, 0, 0)

    def new_page():
        footer()
        cx.show_page()
        state["page"] += 1
        state["y"] = 72.0

    def para(tokens, left=L, size=10.5, lead=15.5, gap=8.0):
        for line in lines_of(tokens, left, size):
            if state["y"] > H - 80:
                new_page()
            for x, word, bold in line:
                font(bold, size)
                cx.move_to(x, state["y"])
                cx.show_text(word)
            state["y"] += lead
        state["y"] += gap

    words = lambda s, bold=False: [(w, bold) for w in s.split()]
    # cover
    cx.set_source_rgb(0.16, 0.36, 0.29)
    cx.rectangle(0, 250, W, 200)
    cx.fill()
    cx.set_source_rgb(1, 1, 1)
    font(False, 14)
    cx.move_to(L, 290)
    cx.show_text(c["partnership"])
    font(True, 24)
    cx.move_to(L, 350)
    cx.show_text("Local Child Safeguarding")
    cx.move_to(L, 382)
    cx.show_text("Practice Review: Child N")
    font(False, 12)
    cx.move_to(L, 425)
    cx.show_text("Published: 9 March 2026")
    cx.set_source_rgb(0, 0, 0)
    cx.select_font_face("DejaVu Sans", cairo.FONT_SLANT_ITALIC, cairo.FONT_WEIGHT_NORMAL)
    cx.set_font_size(9.5)
    cx.move_to(L, 700)
    cx.show_text(INVENTED)
    cx.show_page()
    state["page"], state["y"] = 2, 72.0
    label = None
    for b in rep["blocks"]:
        if b[0] == "h1r":
            label = b[1]
        elif b[0] == "p":
            para(words(label + ".", True) + words(b[1]) if label else words(b[1]))
            label = None
        elif b[0] == "items":
            if label:
                para(words(label + ".", True) + words("The review identified the following %s." % ("learning" if b[1] == "learning" else "recommendations")))
                label = None
            if b[3] == "dots":
                for t in b[2]:
                    y0 = state["y"]
                    para(words(t), left=L + 22, gap=6)
                    cx.arc(L + 8, y0 - 3.8, 3.4, 0, 6.2832)
                    cx.set_source_rgb(0.16, 0.36, 0.29)
                    cx.fill()
                    cx.set_source_rgb(0, 0, 0)
            else:
                top = state["y"] - 14
                for i, t in enumerate(b[2], 1):
                    para([("%d." % i, False)] + words(t), left=L + 10, gap=6)
                cx.set_line_width(1.0)
                cx.rectangle(L, top, R - L + 6, state["y"] - top - 6)
                cx.stroke()
                state["y"] += 6
    footer()
    surf.finish()
    return made


# ---------------- V8: openpyxl -> LibreOffice Calc ----------------
def v8_calc(rep, d):
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    c = rep["cover"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    for col, w in zip("ABCDEF", (7, 46, 40, 18, 12, 9)):
        ws.column_dimensions[col].width = w
    wrap = Alignment(wrap_text=True, vertical="top")
    band = PatternFill("solid", fgColor="D9E2F3")
    row = 1

    def merged(text, font=None, fill=None, height=None):
        nonlocal row
        ws.merge_cells("A%d:F%d" % (row, row))
        ws["A%d" % row] = text
        ws["A%d" % row].alignment = wrap
        if font:
            ws["A%d" % row].font = font
        if fill:
            ws["A%d" % row].fill = fill
        if height:
            ws.row_dimensions[row].height = height
        row += 1

    merged(c["title"], Font(bold=True, size=15), height=24)
    merged(c["partnership"], Font(size=12))
    merged("Review published: 20 January 2026. " + INVENTED, Font(italic=True, size=9))
    row += 1
    lines = lambda t, chars: 15 * (1 + len(t) // chars)
    for b in rep["blocks"]:
        if b[0] == "h1":
            merged(b[1], Font(bold=True, size=12), band, 20)
        elif b[0] == "p":
            merged(b[1], None, None, lines(b[1], 120))
        elif b[0] == "items" and b[3] == "rows":
            for i, t in enumerate(b[2], 1):
                ws["A%d" % row] = "L%d" % i
                ws.merge_cells("B%d:F%d" % (row, row))
                ws["B%d" % row] = t
                ws["B%d" % row].alignment = wrap
                ws.row_dimensions[row].height = lines(t, 110)
                row += 1
        elif b[0] == "items" and b[3] == "plan":
            for i, name in enumerate(["Ref", "Recommendation", "Action", "Lead", "By when", "RAG"]):
                cl = ws.cell(row=row, column=i + 1, value=name)
                cl.font = Font(bold=True)
            row += 1
            acts = ["Add a household members field to the early help and health visiting records", "Issue a body map template to all settings",
                    "Run four workshops on parental adverse childhood experiences", "Add a new-partner contact to the health visiting pathway"]
            leads = ["All agencies", "Early years", "Partnership", "Health visiting"]
            for i, t in enumerate(b[2]):
                vals = ["R%d" % (i + 1), t, acts[i], leads[i], ["Mar 2026", "Apr 2026", "Jun 2026", "Sep 2026"][i], ["Green", "Amber", "Red", "Amber"][i]]
                for j, v in enumerate(vals):
                    ws.cell(row=row, column=j + 1, value=v).alignment = wrap
                ws.row_dimensions[row].height = lines(t, 44)
                row += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "&A - Page &P"
    src = os.path.join(d, "r.xlsx")
    wb.save(src)
    return soffice(src, d, "pdf:calc_pdf_Export")


def render(rep, d):
    key = rep["file"].split("-")[0]
    return {"hebden": v1_fop, "carnford": v2_reportlab, "glenarden": v3_memoir, "dunsford": v4_impress, "cwm": v5_docx,
            "penhurst": v6_pandoc, "ashby": v7_cairo, "marlbury": v8_calc}[key](rep, d)
