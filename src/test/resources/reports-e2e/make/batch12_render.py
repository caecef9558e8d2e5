"""Renderers of batch 12 (see batch12.py): one producer and look per report, then the page check of batch11_render."""
import html, os, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape as x
from e2e import CHROMIUM, TAGGED_EXPORT
from batch11_render import pages_of, soffice, check
from batch12_content import REPORTS, PAGES, INVENTED

h = lambda s: html.escape(s, quote=False)
PAGE = """@page{size:A4;margin:0} body{margin:0;font-family:%s;font-size:10.5pt;line-height:1.4}
.page{position:relative;width:210mm;height:296mm;padding:18mm 22mm 26mm;box-sizing:border-box;page-break-after:always;overflow:hidden}
.foot{position:absolute;bottom:10mm;left:22mm;right:22mm;font-size:8.5pt;color:#555}"""


def chromium_pdf(doc, d):
    src, made = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(doc)
    subprocess.run(CHROMIUM + ["--print-to-pdf=" + made, "file://" + src], check=True, capture_output=True)
    return made


def simple_body(blocks, item_html):
    out = []
    for b in blocks:
        if b[0] in ("h1", "h2"):
            out.append("<%s>%s</%s>" % (b[0], h(b[1]), b[0]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "quote":
            out.append("<blockquote class='pull'>%s</blockquote>" % h(b[1]))
        elif b[0] == "items":
            out.append(item_html(b))
    return "".join(out)


def lists(b):
    tag = "ol" if b[3] in ("numbered", "enum") else "ul"
    return "<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in b[2]), tag)


def p1(rep):  # NHS-trust look: blue sidebar on every page, pull quotes
    css = PAGE % "'Liberation Sans'" + """.page{padding:18mm 18mm 26mm 68mm}
.side{position:absolute;left:0;top:0;bottom:0;width:52mm;background:#005eb8;color:#fff;padding:14mm 6mm;box-sizing:border-box;font-size:10pt}
.side b{display:block;font-size:13pt;margin-bottom:4mm} h1{color:#005eb8;font-size:17pt;margin:6mm 0 2mm}
blockquote.pull{font:italic 16pt 'Liberation Serif';color:#330072;border-left:5px solid #41b6e6;margin:6mm 0;padding:2mm 6mm}
.foot{left:68mm}"""
    side = ("<div class='side'><b>Pendleford Safeguarding Children Partnership</b>Local Child Safeguarding Practice Review<br><br>Ellis"
            "<br><br><span style='font-size:8.5pt'>Working together to keep children safe</span></div>")
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Local Child Safeguarding Practice Review: Ellis</title><style>%s</style></head><body>" % css,
           "<div class='page'>%s<div style='margin-top:50mm;font-size:26pt;font-weight:bold;color:#005eb8'>Local Child Safeguarding Practice Review: Ellis</div>"
           "<p style='font-size:13pt'>Pendleford Safeguarding Children Partnership</p><p>Published: 20 February 2025</p>"
           "<p>Independent reviewer: Priya Ashworth-Dale</p><p style='margin-top:25mm'><i>%s</i></p></div>" % (side, h(INVENTED))]
    for pg, blocks in pages_of(rep):
        out.append("<div class='page'>%s%s<div class='foot'>Pendleford SCP | Ellis | page %d</div></div>" % (side, simple_body(blocks, lists), pg))
    return "\n".join(out) + "</body></html>"


def p2(rep):  # serif, numbered paragraphs, recommendations in an appendix table
    css = PAGE % "'DejaVu Serif'" + """h1{font:bold 14pt 'DejaVu Sans';margin:6mm 0 2mm} p{margin:0 0 3mm}
table{border-collapse:collapse;width:100%;font-size:9.5pt} td,th{border:1px solid #555;padding:2mm;vertical-align:top;text-align:left} th{background:#ddd}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Child Safeguarding Practice Review: Child H</title><style>%s</style></head><body>" % css,
           "<div class='page'><p style='margin-top:30mm;font-size:13pt'>Marrowby Children's Safeguarding Partnership</p>"
           "<div style='font:bold 24pt DejaVu Sans;margin-top:10mm'>Child Safeguarding Practice Review: Child H</div>"
           "<p style='margin-top:10mm'>Publication date: 11 December 2024</p><p>Lead reviewer: Tomasz Rendell</p><p style='margin-top:25mm'><i>%s</i></p></div>" % h(INVENTED)]

    def items(b):
        if b[3] == "table":
            rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i, h(t), h(a), h(s)) for i, (t, a, s) in enumerate(zip(b[2], b[4], b[5]), 1))
            return "<table><tr><th style='width:6%%'>#</th><th>Recommendation</th><th style='width:24%%'>Lead agency</th><th style='width:14%%'>Timescale</th></tr>%s</table>" % rows
        return lists(b)
    for pg, blocks in pages_of(rep):
        body, sec, n = [], 0, 0
        for b in blocks:
            if b[0] == "h1":
                sec = b[1].split(".")[0] if b[1][0].isdigit() else ""
                n = 0
                body.append("<h1>%s</h1>" % h(b[1]))
            elif b[0] == "p":
                n += 1
                body.append("<p>%s%s</p>" % ("<b>%s.%d</b>&nbsp;&nbsp;" % (sec, n) if sec else "", h(b[1])))
            elif b[0] == "items":
                body.append(items(b))
        out.append("<div class='page'>%s<div class='foot'>CSPR Child H &ndash; page %d of %d</div></div>" % ("".join(body), pg, PAGES[rep["file"]]))
    return "\n".join(out) + "</body></html>"


BULB = ("<svg width='34' height='34' viewBox='0 0 34 34'><circle cx='17' cy='14' r='10' fill='#f9a825'/><rect x='12' y='23' width='10' height='7' rx='2' fill='#6d4c41'/></svg>")
TICK = ("<svg width='26' height='26' viewBox='0 0 26 26'><circle cx='13' cy='13' r='12' fill='#2e7d32'/><path d='M7 13 l4 4 l8 -9' stroke='#fff' stroke-width='3' fill='none'/></svg>")
HICON = "<svg width='16' height='16' viewBox='0 0 16 16'><rect width='16' height='16' rx='3' fill='#00838f'/></svg>&nbsp;"


def p3(rep):  # icons + text
    css = PAGE % "'Liberation Sans'" + """h1{font-size:16pt;color:#00838f;margin:7mm 0 3mm;display:flex;align-items:center}
.row{display:flex;align-items:center;gap:5mm;margin:3mm 0} .card{border-radius:4mm;background:#e0f2f1;padding:3mm 4mm;margin:3mm 0;display:flex;gap:4mm;align-items:center}
.badge{flex:0 0 9mm;height:9mm;border-radius:50%;background:#00838f;color:#fff;font-weight:bold;text-align:center;line-height:9mm}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Local Child Safeguarding Practice Review: Noah</title><style>%s</style></head><body>" % css,
           "<div class='page'><div style='margin-top:45mm;font-size:12pt;color:#00838f'>Thistlebrook Safeguarding Partnership</div>"
           "<div style='font-size:27pt;font-weight:bold'>Local Child Safeguarding Practice Review: Noah</div><p>Published: January 2026</p>"
           "<p style='margin-top:25mm'><i>%s</i></p></div>" % h(INVENTED)]

    def items(b):
        if b[3] == "icons":
            return "".join("<div class='row'>%s<div>%s</div></div>" % (BULB, h(t)) for t in b[2])
        if b[3] == "ticks":
            return "".join("<div class='row'>%s<div>%s</div></div>" % (TICK, h(t)) for t in b[2])
        return "".join("<div class='card'><div class='badge'>%d</div><div>%s</div></div>" % (i, h(t)) for i, t in enumerate(b[2], 1))
    for pg, blocks in pages_of(rep):
        body = simple_body(blocks, items).replace("<h1>", "<h1>" + HICON)
        out.append("<div class='page'>%s<div class='foot'>Thistlebrook Safeguarding Partnership · Noah · %d</div></div>" % (body, pg))
    return "\n".join(out) + "</body></html>"


def writer_html(rep, cover, css, item_html, title):
    """HTML for LibreOffice Writer: a page break before each printed page's first block."""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s" % (h(title), css, cover)]
    for pg, blocks in pages_of(rep):
        first = True
        for b in blocks:
            pb = " style='page-break-before:always'" if first else ""
            first = False
            if b[0] == "h1":
                out.append("<h1%s>%s</h1>" % (pb, h(b[1])))
            elif b[0] == "p":
                out.append("<p%s>%s</p>" % (pb, h(b[1])))
            elif b[0] == "items":
                out.append(item_html(b))
    return "\n".join(out) + "</body></html>"


def p4(rep):  # NI CMR, small caps headings, lettered lessons; Writer tagged
    css = ("body{font-family:'Liberation Serif';font-size:11pt} h1{font-family:'Liberation Serif';font-variant:small-caps;font-size:15pt;font-weight:normal;"
           "color:#1b3a5c;margin-top:14pt}")
    cover = ("<p style='margin-top:60pt;font-size:13pt'>SAFEGUARDING BOARD FOR NORTHERN IRELAND</p><p style='font-size:24pt;font-variant:small-caps'><b>Case Management Review: Child B</b></p>"
             "<p style='font-size:13pt'>Report of the Case Management Review Panel</p><p>Published: October 2023</p>"
             "<p>Independent Chair: Declan Ferris-Boyd</p><p><i>%s</i></p>" % h(INVENTED))
    items = lambda b: ("<ol type='a'>%s</ol>" if b[3] == "lettered" else "<ol>%s</ol>") % "".join("<li>%s</li>" % h(t) for t in b[2])
    return writer_html(rep, cover, css, items, "Case Management Review: Child B")


def p5(rep):  # rapid review document, Writer untagged
    css = ("body{font-family:'Liberation Sans';font-size:10.5pt} h1{font-size:13pt;background:#dfe7ef;padding:3pt;margin-top:12pt}"
           " table{border-collapse:collapse;width:100%} td,th{border:1px solid #333;padding:3pt;vertical-align:top;text-align:left}")
    cover = ("<p style='font-size:12pt'>Brinkley Moss Safeguarding Children Partnership</p><p style='font-size:22pt'><b>Rapid Review: Child J</b></p>"
             "<p>Multi-agency rapid review document &ndash; completed within 15 working days of notification</p>"
             "<table><tr><th>Date of incident</th><td>14 March 2025</td></tr><tr><th>Date of rapid review meeting</th><td>27 March 2025</td></tr>"
             "<tr><th>Notified to the National Panel</th><td>17 March 2025</td></tr><tr><th>Date of this document</th><td>2 April 2025</td></tr></table>"
             "<p><i>%s</i></p>" % h(INVENTED))

    def items(b):
        if b[3] == "agency":
            return "<table><tr><th>Agency</th><th>Involvement</th></tr>%s</table>" % "".join("<tr><td>%s</td><td>%s</td></tr>" % (h(a), h(t)) for a, t in zip(b[4], b[5]))
        if b[3] == "actions":
            return "<table><tr><th>Action</th><th>Owner</th><th>By when</th></tr>%s</table>" % "".join(
                "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (h(t), h(o), h(w)) for t, o, w in zip(b[2], b[4], b[5]))
        return lists(b)
    return writer_html(rep, cover, css, items, "Rapid Review: Child J")


GDOCS_CSS = """@import url('https://themes.googleusercontent.com/fonts/css?kit=none');ul.lst-kix_a1-0{list-style-type:none}.lst-kix_a1-0>li:before{content:"\\25cf   "}
ol.lst-kix_b2-0{list-style-type:none}.lst-kix_b2-0>li{counter-increment:lst-ctn-kix_b2-0}.lst-kix_b2-0>li:before{content:"" counter(lst-ctn-kix_b2-0,decimal) ". "}
ol.lst-kix_b2-0.start{counter-reset:lst-ctn-kix_b2-0 0}ol{margin:0;padding:0}ul{margin:0;padding:0}
.c0{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}
.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c2{padding-top:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;widows:2;text-align:left}
.c3{color:#434343;font-weight:400;font-size:14pt;font-family:"Arial"} .c4{color:#000000;font-weight:400;font-size:20pt;font-family:"Arial"}
.c5{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}
.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}
.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}
li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}
h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left;font-weight:400;margin:0}
h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left;font-weight:400;margin:0}
@page{size:A4;margin:0}"""


def p6(rep):  # Google Docs HTML export
    out = ["<html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\"><style type=\"text/css\">%s</style></head><body class=\"c5 doc-content\">" % GDOCS_CSS,
           "<p class=\"c2 title\" id=\"h.t1tl3\"><span class=\"c4\">Child Safeguarding Practice Review: Mia</span></p>",
           "<p class=\"c2 subtitle\" id=\"h.s2bt1\"><span class=\"c3\">Sedgecombe Safeguarding Children Partnership &ndash; published 5 March 2026</span></p>",
           "<p class=\"c2\"><span class=\"c1\">%s</span></p>" % h(INVENTED)]
    hid = [0]
    for i, (pg, blocks) in enumerate(pages_of(rep)):
        if i:
            out.append("<hr style=\"page-break-before:always;border:0;margin:0;height:0\">")
        for b in blocks:
            hid[0] += 1
            if b[0] in ("h1", "h2"):
                out.append("<%s class=\"c2\" id=\"h.x%04d\"><span class=\"c1\" style=\"font-size:%s\">%s</span></%s>" % (b[0], hid[0] * 37, "20pt" if b[0] == "h1" else "16pt", h(b[1]), b[0]))
            elif b[0] == "p":
                out.append("<p class=\"c2\"><span class=\"c1\">%s</span></p>" % h(b[1]))
            elif b[0] == "items":
                cls, tag = ("lst-kix_b2-0", "ol") if b[3] == "numbered" else ("lst-kix_a1-0", "ul")
                out.append("<%s class=\"c6 %s start\"%s>%s</%s>" % (tag, cls, " start=\"1\"" if tag == "ol" else "", "".join(
                    "<li class=\"c0 li-bullet-0\"><span class=\"c1\">%s</span></li>" % h(t) for t in b[2]), tag))
    return "\n".join(out) + "</body></html>"


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def p7_docx(rep, path):  # Heading 1 numbered 'Section N -' by Word numbering
    def wp(text, style=None, num=None, pb=False):
        ppr = ("<w:pStyle w:val='%s'/>" % style if style else "") + ("<w:pageBreakBefore/>" if pb else "") + \
              ("<w:numPr><w:ilvl w:val='0'/><w:numId w:val='%d'/></w:numPr>" % num if num else "")
        return "<w:p><w:pPr>%s</w:pPr><w:r><w:t xml:space='preserve'>%s</w:t></w:r></w:p>" % (ppr, x(text))
    c = rep["cover_lines"]
    body = [wp(c[0], "Subtitle"), wp(c[1], "Title"), wp(c[2]), wp(c[3]), wp(INVENTED)]
    for pg, blocks in pages_of(rep):
        first = True
        for b in blocks:
            if b[0] == "h1":
                body.append(wp(b[1].split(" - ", 1)[1], "Heading1", pb=first))
            elif b[0] == "p":
                body.append(wp(b[1], pb=first))
            elif b[0] == "items":
                body += [wp(t, "ListParagraph", num=3 if b[3] == "bullets" else 2) for t in b[2]]
            first = False
    doc = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document %s><w:body>%s<w:sectPr><w:headerReference w:type='default' r:id='rIdH'/>"
           "<w:footerReference w:type='default' r:id='rIdF'/><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1440' w:right='1304' w:bottom='1440' w:left='1304' "
           "w:header='600' w:footer='600' w:gutter='0'/><w:titlePg/></w:sectPr></w:body></w:document>") % (W, "".join(body))
    styles = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii='Carlito' w:hAnsi='Carlito'/>"
              "<w:sz w:val='22'/><w:lang w:val='en-GB'/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after='160' w:line='259' w:lineRule='auto'/></w:pPr></w:pPrDefault></w:docDefaults>"
              "<w:style w:type='paragraph' w:default='1' w:styleId='Normal'><w:name w:val='Normal'/></w:style>"
              "<w:style w:type='paragraph' w:styleId='Title'><w:name w:val='Title'/><w:basedOn w:val='Normal'/><w:rPr><w:sz w:val='48'/><w:color w:val='7B2C83'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Subtitle'><w:name w:val='Subtitle'/><w:basedOn w:val='Normal'/><w:pPr><w:spacing w:before='2400'/></w:pPr><w:rPr><w:sz w:val='28'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Heading1'><w:name w:val='heading 1'/><w:basedOn w:val='Normal'/><w:next w:val='Normal'/><w:pPr><w:keepNext/>"
              "<w:numPr><w:numId w:val='1'/></w:numPr><w:spacing w:before='360' w:after='120'/><w:outlineLvl w:val='0'/></w:pPr><w:rPr><w:b/><w:color w:val='7B2C83'/><w:sz w:val='30'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='ListParagraph'><w:name w:val='List Paragraph'/><w:basedOn w:val='Normal'/><w:pPr><w:ind w:left='720'/></w:pPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Header'><w:name w:val='header'/><w:basedOn w:val='Normal'/><w:pPr><w:jc w:val='center'/></w:pPr><w:rPr><w:b/><w:sz w:val='18'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Footer'><w:name w:val='footer'/><w:basedOn w:val='Normal'/><w:rPr><w:sz w:val='18'/></w:rPr></w:style></w:styles>") % W
    lvl = lambda fmt, txt, ind, hang, extra="": ("<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='%s'/><w:lvlText w:val='%s'/><w:lvlJc w:val='left'/>"
                                                  "<w:pPr><w:ind w:left='%d' w:hanging='%d'/></w:pPr>%s</w:lvl>") % (fmt, txt, ind, hang, extra)
    numbering = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:numbering %s>"
                 "<w:abstractNum w:abstractNumId='0'>%s</w:abstractNum><w:abstractNum w:abstractNumId='1'>%s</w:abstractNum><w:abstractNum w:abstractNumId='2'>%s</w:abstractNum>"
                 "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num><w:num w:numId='2'><w:abstractNumId w:val='1'/></w:num><w:num w:numId='3'><w:abstractNumId w:val='2'/></w:num></w:numbering>") % (
        W, lvl("decimal", "Section %1 -", 1700, 1700).replace("<w:lvlJc", "<w:pStyle w:val='Heading1'/><w:lvlJc", 0),
        lvl("decimal", "%1)", 720, 360), lvl("bullet", "\u2022", 720, 360))
    hdr = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:hdr %s><w:p><w:pPr><w:pStyle w:val='Header'/></w:pPr><w:r><w:t>OFFICIAL-SENSITIVE</w:t></w:r></w:p></w:hdr>" % W
    ftr = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:ftr %s><w:p><w:pPr><w:pStyle w:val='Footer'/></w:pPr><w:r><w:t xml:space='preserve'>Kenniford LCSPR Child P    </w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r></w:p></w:ftr>") % W
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    ct = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
          "<Override PartName='/word/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'/>"
          "<Override PartName='/word/numbering.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'/>"
          "<Override PartName='/word/header1.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'/>"
          "<Override PartName='/word/footer1.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'/></Types>")
    rels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Type='%sofficeDocument' Target='word/document.xml'/></Relationships>" % R)
    drels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
             "<Relationship Id='rIdS' Type='%(R)sstyles' Target='styles.xml'/><Relationship Id='rIdN' Type='%(R)snumbering' Target='numbering.xml'/>"
             "<Relationship Id='rIdH' Type='%(R)sheader' Target='header1.xml'/><Relationship Id='rIdF' Type='%(R)sfooter' Target='footer1.xml'/></Relationships>") % {"R": R}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("word/header1.xml", hdr), ("word/footer1.xml", ftr), ("word/_rels/document.xml.rels", drels)):
            z.writestr(name, data)


def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_").replace("\u2019", "'")


def p8_tex(rep):
    out = ["\\documentclass[11pt,a4paper]{article}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\usepackage[margin=2.5cm]{geometry}",
           "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{6pt}\\renewcommand{\\labelenumi}{R.\\arabic{enumi}}",
           "\\begin{document}\\begin{titlepage}\\centering\\vspace*{3cm}{\\Large\\scshape Ashby Wold Local Safeguarding Children Board\\par}\\vspace{1.5cm}",
           "{\\huge\\bfseries Serious Case Review: Child D\\par}\\vspace{0.5cm}{\\Large Overview Report\\par}\\vspace{1cm}{\\large Published: July 2020\\par}",
           "\\vspace{0.5cm}{Independent author: Gareth Pennington-Moss\\par}\\vfill{\\itshape %s\\par}\\end{titlepage}" % INVENTED]
    for i, (pg, blocks) in enumerate(pages_of(rep)):
        if i:
            out.append("\\clearpage")
        for b in blocks:
            if b[0] == "h1":
                out.append("\\section*{\\textsc{%s}}" % tex(b[1]))
            elif b[0] == "p":
                out.append(tex(b[1]) + "\n")
            elif b[0] == "items" and b[3] == "description":
                out.append("\\begin{description}%s\\end{description}" % "".join("\\item[\\textsc{Learning point %d}] %s " % (k, tex(t)) for k, t in enumerate(b[2], 1)))
            elif b[0] == "items":
                out.append("\\begin{enumerate}%s\\end{enumerate}" % "".join("\\item %s " % tex(t) for t in b[2]))
    out.append("\\end{document}")
    return "\n".join(out)


def render(rep, outdir):
    pdf, f = os.path.join(outdir, rep["file"]), rep["file"]
    with tempfile.TemporaryDirectory() as d:
        key = f.split("-")[0]
        if key in ("pendleford", "marrowby", "thistlebrook", "sedgecombe"):
            made = chromium_pdf({"pendleford": p1, "marrowby": p2, "thistlebrook": p3, "sedgecombe": p6}[key](rep), d)
        elif key in ("loughmoyle", "brinkley"):
            src = os.path.join(d, "r.html")
            open(src, "w", encoding="utf-8").write(p4(rep) if key == "loughmoyle" else p5(rep))
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--infilter=HTML (StarWriter)", "--convert-to",
                            TAGGED_EXPORT if key == "loughmoyle" else "pdf:writer_pdf_Export", "--outdir", d, src], check=True, capture_output=True)
            made = os.path.join(d, "r.pdf")
        elif key == "kenniford":
            src = os.path.join(d, "r.docx")
            p7_docx(rep, src)
            made = soffice(src, d)
        else:
            open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(p8_tex(rep))
            for _ in range(2):
                subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d, check=True, capture_output=True)
            made = os.path.join(d, "r.pdf")
        os.replace(made, pdf)
    return pdf


def main(out, only=()):
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = render(rep, out)
        bad = check(rep, pdf)
        print("%-42s %s" % (rep["file"], "; ".join(bad) if bad else "pages as in the truth"))
