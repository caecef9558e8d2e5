# Renders the inputs of batch b16 (see render_b16.py and entries_b16.py). Invented material, test fixtures only.
import html, os, subprocess, tempfile, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/review.pdf"


def curly(s): return s.replace("'", "\u2019")


def xe(s): return h(curly(s), quote=False)


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["good"]: out.append((e["lab"][2], e["good"]))
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    return out


# 1. Apache FOP from XSL-FO: running head (region-before) and 'Page N of M' foot (region-after); each review's title in
#    white bold on a shaded band (a block with a background), labels as blocks with a rule under them, items in
#    fo:list-blocks with en-dash labels, the link an fo:basic-link.
def xslfo(d):
    def items(lst):
        return "<fo:list-block provisional-distance-between-starts='5mm' space-after='4pt'>" + "".join(
            f"<fo:list-item><fo:list-item-label end-indent='label-end()'><fo:block>\u2013</fo:block></fo:list-item-label>"
            f"<fo:list-item-body start-indent='body-start()'><fo:block>{xe(x)}</fo:block></fo:list-item-body></fo:list-item>" for x in lst) + "</fo:list-block>"
    body = []
    for i, e in enumerate(d["entries"], 1):
        parts = [f"<fo:block font-family='sans-serif' font-weight='bold' font-size='13pt' color='white' background-color='#3c1053' padding='4pt' space-before='14pt' space-after='6pt' keep-with-next='always'>{xe(e['title'])}</fo:block>",
                 f"<fo:block space-after='6pt' text-align='justify'>{xe(e['summary'])}</fo:block>"]
        for lab, lst in groups(e):
            if lab is None: parts.append(f"<fo:block space-after='6pt'>{xe(lst)}</fo:block>"); continue
            parts.append(f"<fo:block font-weight='bold' color='#3c1053' border-bottom='0.5pt solid #3c1053' space-after='3pt' keep-with-next='always'>{xe(lab)}</fo:block>{items(lst)}")
        parts.append(f"<fo:block><fo:basic-link external-destination='url({url(d, i)})' color='#0b5ea8' text-decoration='underline'>{xe(e['link'])}</fo:basic-link></fo:block>")
        body.append("\n".join(parts))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="serif" font-size="12pt" line-height="1.45">
<fo:layout-master-set><fo:simple-page-master master-name="A4" page-height="297mm" page-width="210mm" margin="12mm 22mm 12mm 22mm">
<fo:region-body margin-top="16mm" margin-bottom="16mm"/><fo:region-before extent="10mm"/><fo:region-after extent="10mm"/></fo:simple-page-master></fo:layout-master-set>
<fo:page-sequence master-reference="A4">
<fo:static-content flow-name="xsl-region-before"><fo:block font-family="sans-serif" font-size="8pt" color="#555555" border-bottom="0.5pt solid #999999">NSPCC Learning | {xe(d['heading'])}</fo:block></fo:static-content>
<fo:static-content flow-name="xsl-region-after"><fo:block font-family="sans-serif" font-size="8pt" text-align="end">Page <fo:page-number/> of <fo:page-number-citation ref-id="end"/></fo:block></fo:static-content>
<fo:flow flow-name="xsl-region-body">
<fo:block font-family="sans-serif" font-size="22pt" font-weight="bold" color="#3c1053" space-after="8pt">{xe(d['heading'])}</fo:block>
<fo:block space-after="6pt">{xe(d['intro'])}</fo:block>
{chr(10).join(body)}
<fo:block id="end"/>
</fo:flow></fo:page-sequence></fo:root>
"""


# 2. ReportLab platypus: each title a one-cell table with a tinted background and a coloured rule on its left, the summary
#    justified, bold labels, items as a numbered ListFlowable ('1)', '2)'), the link a <link>; a running head and foot drawn
#    on the canvas of every page.
def reportlab_pdf(d, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=5)
    tit = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=colors.HexColor("#004f71"))
    lab = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=3, spaceAfter=2)
    big = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=8, textColor=colors.HexColor("#004f71"))
    story = [Paragraph(xe(d["heading"]), big), Paragraph(xe(d["intro"]), body), Spacer(1, 6)]
    for i, e in enumerate(d["entries"], 1):
        t = Table([[Paragraph(xe(e["title"]), tit)]], colWidths=[166 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6f0f4")), ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor("#004f71")),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story += [Spacer(1, 8), t, Spacer(1, 4), Paragraph(xe(e["summary"]), body)]
        for lb, lst in groups(e):
            if lb is None: story.append(Paragraph(xe(lst), body)); continue
            story.append(Paragraph(xe(lb), lab))
            story.append(ListFlowable([ListItem(Paragraph(xe(x), body)) for x in lst], bulletType="1", bulletFormat="%s)", leftIndent=16, bulletFontName="Times-Roman"))
        story.append(Paragraph(f'<link href="{url(d, i)}" color="blue"><u>{xe(e["link"])}</u></link>', body))

    def furniture(c, doc):
        c.saveState(); c.setFont("Helvetica", 8); c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, 287 * mm, "NSPCC Learning"); c.drawRightString(188 * mm, 287 * mm, d["heading"])
        c.line(22 * mm, 285.5 * mm, 188 * mm, 285.5 * mm)
        c.drawCentredString(105 * mm, 10 * mm, f"{doc.page}"); c.restoreState()
    SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
                      title=d["heading"], author="Invented for testing").build(story, onFirstPage=furniture, onLaterPages=furniture)


# 3. pdflatex, two columns (\twocolumn article): every review a \paragraph whose bold title runs in, the summary going on
#    on the same line; italic own-line labels over itemize lists; the link via hyperref; TeX hyphenation in narrow columns.
def tex(s):
    s = curly(s)
    for a, b in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_"), ("\u2013", "--"), ("\u2019", "'")):
        s = s.replace(a, b)
    return s


def latex_paragraph(d):
    out = [r"\documentclass[a4paper,10pt,twocolumn]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}",
           r"\usepackage[margin=18mm]{geometry}", r"\usepackage[hidelinks]{hyperref}", r"\setlength{\columnsep}{8mm}", r"\pagestyle{plain}",
           r"\title{" + tex(d["heading"]) + "}", r"\author{}", r"\date{}", r"\begin{document}", r"\maketitle", tex(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out += [r"\paragraph{" + tex(e["title"]) + "} " + tex(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [r"\noindent " + tex(lst), ""]; continue
            out += [r"\noindent\textit{" + tex(lab) + "}", r"\begin{itemize}\setlength{\itemsep}{0pt}"] + [r"\item " + tex(x) for x in lst] + [r"\end{itemize}"]
        out += [r"\noindent\href{" + url(d, i) + "}{" + tex(e["link"]) + "}", ""]
    return "\n".join(out + [r"\end{document}", ""])


# 4 and 6. LibreOffice Writer from flat ODT.
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="%(size)s" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.18cm"/></style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CellTitle" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="20pt" fo:color="#00558c"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="10pt" fo:color="#777777" fo:text-transform="uppercase" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="14pt" fo:color="#00558c"/></style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:border-bottom="0.02cm solid #999999"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
 <text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.45cm" fo:margin-left="0.45cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
 <text:list-style style:name="LN"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
"""


def _list(items, style):
    return f"<text:list text:style-name='{style}'>" + "".join(f"<text:list-item><text:p text:style-name='Item'>{xe(x)}</text:p></text:list-item>" for x in items) + "</text:list>"


def fodt_casetable(d):
    # Writer table, header row repeated on every page: Case | What happened | Key learning | Recommendations; the Case cell
    # holds the bold title and the link; labels only in the header row; exported as a tagged PDF.
    head = "".join(f"<table:table-cell table:style-name='HC' office:value-type='string'><text:p text:style-name='Table_20_Heading'>{c}</text:p></table:table-cell>" for c in ("Case", "What happened", "Key learning", "Recommendations"))
    rows = ""
    for i, e in enumerate(d["entries"], 1):
        recs = _list(e["recs"], "LB") if e["recs"] else f"<text:p text:style-name='Body'>{xe(e['norec'] or '')}</text:p>"
        rows += ("<table:table-row>"
                 f"<table:table-cell table:style-name='C' office:value-type='string'><text:p text:style-name='CellTitle'>{xe(e['title'])}</text:p><text:p text:style-name='Body'><text:a xlink:type='simple' xlink:href='{url(d, i)}'>{xe(e['link'])}</text:a></text:p></table:table-cell>"
                 f"<table:table-cell table:style-name='C' office:value-type='string'><text:p text:style-name='Body'>{xe(e['summary'])}</text:p></table:table-cell>"
                 f"<table:table-cell table:style-name='C' office:value-type='string'>{_list(e['learning'], 'LB')}</table:table-cell>"
                 f"<table:table-cell table:style-name='C' office:value-type='string'>{recs}</table:table-cell></table:table-row>")
    return FODT_HEAD % {"size": "9.5pt"} + f"""<office:automatic-styles>
 <style:style style:name="T" style:family="table"><style:table-properties style:width="17.4cm" table:align="margins"/></style:style>
 <style:style style:name="T.A" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="T.B" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
 <style:style style:name="T.C" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="HC" style:family="table-cell"><style:table-cell-properties fo:background-color="#00558c" fo:padding="0.1cm" fo:border="0.02cm solid #00558c"/></style:style>
 <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.02cm solid #8899aa"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/><style:footer-style><style:header-footer-properties fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:footer><text:p text:style-name="Footer">{xe(d['heading'])} – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">{xe(d['heading'])}</text:p><text:p text:style-name="Body">{xe(d['intro'])}</text:p>
<table:table table:name="Reviews" table:style-name="T"><table:table-column table:style-name="T.A"/><table:table-column table:style-name="T.B"/><table:table-column table:style-name="T.C" table:number-columns-repeated="2"/>
<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>
{rows}
</table:table>
</office:text></office:body></office:document>
"""


def fodt_reviewnofm(d):
    # Word-like document: title paragraph (style Title, not a heading), every review under a numbered Heading 1
    # 'Review N of M' with its title as Heading 2 under it, bold label paragraphs, numbered item lists; running head and
    # 'Page N of M' foot; 12pt body so reviews split over pages; exported untagged.
    n, body = len(d["entries"]), ""
    for i, e in enumerate(d["entries"], 1):
        body += f"<text:h text:style-name='Heading_20_1' text:outline-level='1'>Review {i} of {n}</text:h><text:h text:style-name='Heading_20_2' text:outline-level='2'>{xe(e['title'])}</text:h><text:p text:style-name='Body'>{xe(e['summary'])}</text:p>"
        for lab, lst in groups(e):
            if lab is None: body += f"<text:p text:style-name='Body'>{xe(lst)}</text:p>"; continue
            body += f"<text:p text:style-name='Label'>{xe(lab)}</text:p>{_list(lst, 'LN')}"
        body += f"<text:p text:style-name='Body'><text:a xlink:type='simple' xlink:href='{url(d, i)}'>{xe(e['link'])}</text:a></text:p>"
    return FODT_HEAD % {"size": "12pt"} + f"""<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:header><text:p text:style-name="Header">NSPCC Learning · {xe(d['heading'])}</text:p></style:header><style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">{xe(d['heading'])}</text:p><text:p text:style-name="Body">{xe(d['intro'])}</text:p>
{body}
</office:text></office:body></office:document>
"""


# 5. An e-mail newsletter printed by Chromium: 600px layout tables, a preheader and 'View in browser' line, each review a
#    rounded card (a table) with a coloured type pill, the title as a bold cell (no heading), small-caps labels, items
#    with check-mark glyphs separated by <br>, a button-styled link; unsubscribe footer.
def email_cards(d):
    cards = []
    for i, e in enumerate(d["entries"], 1):
        kind = e["title"].split(": ", 1)[-1]
        rows = [f"<tr><td style='padding:0 0 6px 0'><span style='display:inline-block;background:#fde7f1;color:#a0005a;font:bold 10px Arial;padding:3px 8px;border-radius:10px'>{xe(kind)}</span></td></tr>",
                f"<tr><td style='font:bold 19px/1.3 Arial,sans-serif;color:#222;padding:0 0 8px 0'>{xe(e['title'])}</td></tr>",
                f"<tr><td style='font:14px/1.55 Georgia,serif;color:#333;padding:0 0 10px 0'>{xe(e['summary'])}</td></tr>"]
        for lab, lst in groups(e):
            if lab is None: rows.append(f"<tr><td style='font:14px/1.55 Georgia,serif;color:#333;padding:0 0 10px 0'>{xe(lst)}</td></tr>"); continue
            rows.append(f"<tr><td style='font:bold 11px Arial;letter-spacing:1px;color:#a0005a;font-variant:small-caps;padding:4px 0 3px 0'>{xe(lab)}</td></tr>")
            rows.append("<tr><td style='font:14px/1.55 Georgia,serif;color:#333;padding:0 0 8px 0'>" + "<br>".join(f"\u2714 {xe(x)}" for x in lst) + "</td></tr>")
        rows.append(f"<tr><td style='padding:6px 0 0 0'><a href='{url(d, i)}' style='display:inline-block;background:#a0005a;color:#fff;font:bold 13px Arial;padding:9px 16px;border-radius:4px;text-decoration:none'>{xe(e['link'])}</a></td></tr>")
        cards.append("<tr><td style='padding:0 0 18px 0'><table role='presentation' width='100%' cellpadding='0' cellspacing='0' style='border:1px solid #e2d6e6;border-radius:10px;background:#ffffff;break-inside:avoid'><tr><td style='padding:18px 20px'><table role='presentation' width='100%' cellpadding='0' cellspacing='0'>" + "".join(rows) + "</table></td></tr></table></td></tr>")
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{h(d['heading'])}</title><style>@page {{ size: A4; margin: 12mm }} body {{ margin:0; background:#f4eef6 }}</style></head>
<body><div style="display:none;max-height:0;overflow:hidden">{h(d['intro'])}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4eef6"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0">
<tr><td style="font:11px Arial;color:#777;text-align:center;padding:8px">Having trouble reading this email? <a href="https://learning.nspcc.org.uk/email/view">View it in your browser</a></td></tr>
<tr><td style="background:#3c1053;color:#fff;font:bold 24px Arial;padding:22px 20px">{h(d['heading'])}</td></tr>
<tr><td style="font:14px/1.5 Georgia,serif;color:#333;padding:16px 0 18px 0">{h(d['intro'])}</td></tr>
{''.join(cards)}
<tr><td style="font:11px/1.5 Arial;color:#777;text-align:center;padding:12px">You are receiving this email because you signed up to NSPCC Learning updates.<br><a href="https://learning.nspcc.org.uk/email/unsubscribe">Unsubscribe</a> · <a href="https://learning.nspcc.org.uk/email/preferences">Manage preferences</a></td></tr>
</table></td></tr></table></body></html>
"""


# 7. DOCX by hand: title in the Word 'Title' style, review titles in a custom paragraph style 'Review Title' (basedOn
#    Heading2, outline level 1), labels in a custom 'Label' style basedOn Heading3; learning items in the 'List Bullet'
#    style, whose numbering (numbering.xml, Symbol-font bullet U+F0B7) comes from the style, not from the paragraph;
#    recommendations and good practice numbered '1)' by direct w:numPr; the link a w:hyperlink.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def wpara(text, style=None, num=None):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t xml:space="preserve">{xe(text)}</w:t></w:r></w:p>'


def docx_numbering(d, path):
    body, rels, nums = [wpara(d["heading"], "Title"), wpara(d["intro"])], [], []
    for i, e in enumerate(d["entries"], 1):
        body.append(wpara(e["title"], "ReviewTitle"))
        body.append(wpara(e["summary"]))
        for gi, (lab, lst) in enumerate(groups(e)):
            if lab is None: body.append(wpara(lst)); continue
            body.append(wpara(lab.rstrip(":"), "Label"))
            if gi == 0:
                body += [wpara(x, "ListBullet") for x in lst]
            else:
                nid = 10 * i + gi; nums.append(nid)
                body += [wpara(x, "ListParagraph", nid) for x in lst]
        rels.append(f'<Relationship Id="rId{20 + i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        body.append(f'<w:p><w:hyperlink r:id="rId{20 + i}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{xe(e["link"])}</w:t></w:r></w:hyperlink></w:p>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "\n".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
    lvl_bullet = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
    lvl_dec = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
                 f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>{lvl_bullet}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>{lvl_dec}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' for n in nums) + "</w:numbering>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewTitle"><w:name w:val="Review Title"/><w:basedOn w:val="Heading2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:color w:val="00558C"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Label"><w:name w:val="Label"/><w:basedOn w:val="Heading3"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>')
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    docrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' + "".join(rels) + "</Relationships>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", docrels)):
            z.writestr(name, data)
    return doc


# 8. HTML: every review a <details> whose <summary> is the title (the first open, the others closed), the summary
#    paragraph, then a <dl>: labels as <dt> without a colon, items as a <ul> inside one <dd> (review 1) or one <dd> per
#    item (reviews 2-3); the link after the list.
def html_details(d):
    arts = []
    for i, e in enumerate(d["entries"], 1):
        dl = []
        for lab, lst in groups(e):
            if lab is None: dl.append(f"<dt>Recommendations</dt><dd>{h(curly(lst))}</dd>"); continue
            dt = f"<dt>{h(lab.rstrip(':'))}</dt>"
            dl.append(dt + ("<dd><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in lst) + "</ul></dd>" if i == 1 else "".join(f"<dd>{h(curly(x))}</dd>" for x in lst)))
        arts.append(f"<details{' open' if i == 1 else ''} class=\"review\">\n<summary>{h(e['title'])}</summary>\n<p>{h(curly(e['summary']))}</p>\n<dl>\n" + "\n".join(dl)
                    + f"\n</dl>\n<p class=\"more\"><a href=\"{url(d, i)}\">{h(e['link'])}</a></p>\n</details>")
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{h(d['heading'])} | NSPCC Learning</title>
<style>details {{ border-bottom: 1px solid #ccc; padding: 8px 0 }} summary {{ font: bold 1.2em Arial; cursor: pointer }} dt {{ font-weight: bold; margin-top: .5em }}</style></head>
<body><main>
<h1>{h(d['heading'])}</h1>
<p>{h(d['intro'])}</p>
<p><button type="button" onclick="document.querySelectorAll('details').forEach(x=>x.open=true)">Expand all</button></p>
{chr(10).join(arts)}
</main>
<footer><p>© NSPCC – invented page for testing.</p></footer></body></html>
"""


# 9. Markdown pipe table: Case | Summary | Learning includes | Recommendations include, one row per review; the Case cell
#    holds the bold title, <br> and the link; items in a cell separated by <br> ('- ' before each in row 1, '• ' in rows 2-3).
def markdown_table(d):
    out = [f"# {d['heading']}", "", d["intro"], "", "| Case | Summary | Learning includes | Recommendations include |", "|:--|:--|:--|:--|"]
    for i, e in enumerate(d["entries"], 1):
        mark = "- " if i == 1 else "• "
        cell = lambda lst: "<br>".join(mark + curly(x) for x in lst)
        recs = cell(e["recs"]) if e["recs"] else curly(e["norec"] or "")
        out.append(f"| **{e['title']}**<br>[{e['link']}]({url(d, i)}) | {curly(e['summary'])} | {cell(e['learning'])} | {recs} |")
    return "\n".join(out + [""])


# 10. Plain text as printed to a file: wrapped at 70 columns (no hyphenation), 'Review N' lines over the titles, labels on
#     their own line, '*' bullets with continuation lines indented; pages of PAGE_LINES lines, each ended by a centred
#     '- N -' foot and a form feed, and each later page opened by a running head; the breaks fall where they fall
#     (inside a summary sentence and inside an item here).
PAGE_LINES = 27


def wrap(text, first, rest, width=70):
    lines, line = [], first
    for w in text.split(" "):
        if len(line) + 1 + len(w) > width and line.strip():
            lines.append(line); line = rest + w
        else:
            line = line + ("" if line == first else " ") + w if line != first else first + w
    return lines + [line]


def plaintext_formfeed(d):
    body = [d["heading"], "=" * len(d["heading"]), ""] + wrap(d["intro"], "", "") + [""]
    for i, e in enumerate(d["entries"], 1):
        body += [f"Review {i}", e["title"], ""] + wrap(curly(e["summary"]), "", "") + [""]
        for lab, lst in groups(e):
            if lab is None: body += wrap(curly(lst), "", "") + [""]; continue
            body.append(lab)
            for it in lst: body += wrap(curly(it), "  * ", "    ")
            body.append("")
        body += [f"{e['link']}: {url(d, i)}", "", ""]
    pages = [body[k:k + PAGE_LINES] for k in range(0, len(body), PAGE_LINES)]
    month = d["heading"].rsplit(" ", 2)[-2:]
    out = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out += [f"Case reviews published {' '.join(month).title()} (continued)".ljust(62) + f"page {n}", ""]
        out += page + ["", f"- {n} -".center(70), "\f"]
    return "\r\n".join(out).replace("\f\r\n", "\f") + "\r\n"


def soffice(src_path, outdir, tagged):
    opt = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"%s"}}' % ("true" if tagged else "false")
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{w}/profile", "--headless", "--convert-to", opt, "--outdir", outdir, src_path], check=True, capture_output=True)


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", html_path], check=True, capture_output=True)


def render_inputs(B16, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B16.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "fop" in fname:
            open(f"{src}/{base}.fo", "w").write(xslfo(d))
            subprocess.run(["fop", "-fo", f"{src}/{base}.fo", "-pdf", f"{inp}/{fname}"], check=True, capture_output=True)
        elif "reportlab" in fname:
            reportlab_pdf(d, f"{inp}/{fname}")
        elif "latex" in fname:
            open(f"{src}/{base}.tex", "w").write(latex_paragraph(d))
            with tempfile.TemporaryDirectory() as w:
                for _ in range(2):
                    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", w, f"{src}/{base}.tex"], check=True, capture_output=True)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        elif "casetable" in fname or "reviewnofm" in fname:
            open(f"{src}/{base}.fodt", "w").write(fodt_casetable(d) if "casetable" in fname else fodt_reviewnofm(d))
            with tempfile.TemporaryDirectory() as w:
                soffice(f"{src}/{base}.fodt", w, "casetable" in fname)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        elif "emailcards" in fname:
            open(f"{src}/{base}.html", "w").write(email_cards(d))
            chromium(f"{src}/{base}.html", f"{inp}/{fname}")
        elif fname.endswith(".docx"):
            open(f"{src}/{base}.document.xml", "w").write(docx_numbering(d, f"{inp}/{fname}"))
        elif fname.endswith(".html"):
            open(f"{inp}/{fname}", "w").write(html_details(d))
        elif fname.endswith(".txt"):
            open(f"{inp}/{fname}", "w", newline="").write(plaintext_formfeed(d))
        elif fname.endswith(".md"):
            open(f"{inp}/{fname}", "w").write(markdown_table(d))
        print(fname)
