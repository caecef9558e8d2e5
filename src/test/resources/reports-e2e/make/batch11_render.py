"""Renderers of batch 11 (see batch11.py): one producer and look per report, then a page check against the truth."""
import html, json, os, re, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape as x
from e2e import CHROMIUM, TAGGED_EXPORT, norm, pdf_pages
from batch11_content import REPORTS, PAGES, INVENTED

FN = re.compile(r"\^\[(.*?)\]")
h = lambda s: html.escape(s, quote=False)


def pages_of(rep):
    """The blocks grouped by printed page: [(page, [blocks])]."""
    out = []
    for b in rep["blocks"]:
        if b[0] == "page":
            out.append((b[1], []))
        else:
            out[-1][1].append(b)
    return out


def soffice(src, d, tagged=False):
    target = TAGGED_EXPORT if tagged else "pdf:writer_pdf_Export"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", target, "--outdir", d, src],
                   check=True, capture_output=True)
    return os.path.splitext(src)[0] + ".pdf"


# ---------------- R1 / R5: flat ODT ----------------
ODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'%(font)s'"/><style:font-face style:name="H" svg:font-family="'%(hfont)s'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="F" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="115%%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties style:font-name="H" fo:color="%(colour)s" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:list-style-name="">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="15pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:list-style-name="">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph"><style:text-properties style:font-name="H" fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm"><style:tab-stops><style:tab-stop style:position="15.2cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.5cm"/><style:text-properties style:font-name="H" fo:font-size="14pt"/></style:style>
 <style:style style:name="CoverBig" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties style:font-name="H" fo:font-size="26pt" fo:font-weight="bold" fo:color="%(colour)s"/></style:style>
 <style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Theme" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="0.3cm" fo:padding="0.15cm" fo:border-left="2.5pt solid %(colour)s"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="%(numfmt)s" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="%(numfmt)s" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/></style:list-level-properties></text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.6cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
 <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.6cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="H1PB" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="FirstBody" style:family="paragraph" style:parent-style-name="%(firststyle)s" style:master-page-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="Cover" style:master-page-name="First"><style:paragraph-properties fo:margin-top="4cm"/></style:style>
 <style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="true"><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Body"/>
 <style:master-page style:name="Body" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Hdr">%(header)s</text:p></style:header>
  <style:footer><text:p text:style-name="Ftr">%(footer)s</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def odt_text(s, counter):
    out, last = [], 0
    for m in FN.finditer(s):
        counter[0] += 1
        out.append(x(s[last:m.start()]))
        out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation><text:note-body>'
                   '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>' % (counter[0], counter[0], x(m.group(1))))
        last = m.end()
    return "".join(out) + x(s[last:])


def odt_blocks(blocks, first_style, counter, theme_word="Theme"):
    out, first = [], first_style
    for b in blocks:
        if b[0] in ("h1", "h2"):
            lvl = 1 if b[0] == "h1" else 2
            style = first or ("Heading_20_%d" % lvl)
            first = None
            out.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (style, lvl, x(b[1])))
        elif b[0] == "p":
            out.append('<text:p text:style-name="%s">%s</text:p>' % (first or "Text_20_body", odt_text(b[1], counter)))
            first = None
        elif b[0] == "items" and b[3] == "theme":
            out += ['<text:p text:style-name="Theme"><text:span text:style-name="B">%s %d – </text:span>%s</text:p>' % (theme_word, i, x(t))
                    for i, t in enumerate(b[2], 1)]
        elif b[0] == "items":
            ls = "Numbers" if b[3] == "numbered" else "Bullets"
            out.append('<text:list text:style-name="%s">%s</text:list>' % (ls, "".join(
                '<text:list-item><text:p text:style-name="Text_20_body">%s</text:p></text:list-item>' % odt_text(t, counter) for t in b[2])))
    return out


def r1_odt(rep):
    head = ODT_HEAD % {"font": "Carlito", "hfont": "Carlito", "colour": "#1f4e79", "numfmt": "1", "firststyle": "Contents_20_Heading",
                       "header": "Hollowmere Safeguarding Children Partnership – LCSPR Child G",
                       "footer": 'Page <text:page-number text:select-page="current"/>'}
    head = head.replace('style:name="Outline">', 'style:name="Outline">', 1)
    c = rep["cover_lines"]
    out = [head, '<text:p text:style-name="CoverFirst">%s</text:p>' % x(c[0]), '<text:p text:style-name="CoverBig">%s</text:p>' % x(c[1]),
           '<text:p text:style-name="CoverBig">%s</text:p>' % x(c[2])] + ['<text:p text:style-name="Cover">%s</text:p>' % x(l) for l in c[3:]]
    out.append('<text:p text:style-name="Cover">%s</text:p>' % x(INVENTED))
    # the contents page: a real Writer index, its body filled in as Writer would (numbers, dot leaders, pages)
    toc, n1 = [], 0
    for pg, blocks in pages_of(rep):
        for b in blocks:
            if b[0] == "h1":
                n1, n2 = n1 + 1, 0
                toc.append('<text:p text:style-name="Contents_20_1">%d.\t%s<text:tab/>%d</text:p>' % (n1, x(b[1]), pg))
            elif b[0] == "h2":
                n2 += 1
                toc.append('<text:p text:style-name="Contents_20_2">%d.%d\t%s<text:tab/>%d</text:p>' % (n1, n2, x(b[1]), pg))
    out.append('<text:table-of-content text:name="Contents"><text:table-of-content-source text:outline-level="2"><text:index-title-template text:style-name="Contents_20_Heading">Contents</text:index-title-template></text:table-of-content-source>'
               '<text:index-body><text:index-title text:name="Contents_Head"><text:p text:style-name="FirstBody">Contents</text:p></text:index-title>%s</text:index-body></text:table-of-content>' % "".join(toc))
    counter = [0]
    for pg, blocks in pages_of(rep):
        out += odt_blocks(blocks, "H1PB", counter)
    out.append("</office:text></office:body></office:document>")
    return "\n".join(out)


def r5_odt(rep):
    head = ODT_HEAD % {"font": "Liberation Sans", "hfont": "Liberation Sans", "colour": "#5b2c6f", "numfmt": "", "firststyle": "Heading_20_1",
                       "header": "Glenrothie Child Protection Committee · Learning Review: Eilidh",
                       "footer": '<text:page-number text:select-page="current"/>'}
    c = rep["cover_lines"]
    out = [head, '<text:p text:style-name="CoverFirst">%s</text:p>' % x(c[0]), '<text:p text:style-name="CoverBig">%s</text:p>' % x(c[1]),
           '<text:p text:style-name="CoverBig">%s</text:p>' % x(c[2])] + ['<text:p text:style-name="Cover">%s</text:p>' % x(l) for l in c[3:]]
    out.append('<text:p text:style-name="Cover">%s</text:p>' % x(INVENTED))
    out.append('<text:section text:style-name="Sect2" text:name="Body">')
    counter = [0]
    for i, (pg, blocks) in enumerate(pages_of(rep)):
        out += odt_blocks(blocks, "FirstBody" if i == 0 else "H1PB", counter)
    out.append("</text:section></office:text></office:body></office:document>")
    return "\n".join(out)


# ---------------- R2: hand-written DOCX ----------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DOCX_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Carlito" w:hAnsi="Carlito"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="1800" w:after="300"/></w:pPr><w:rPr><w:rFonts w:ascii="Carlito" w:hAnsi="Carlito"/><w:color w:val="2E5E4E"/><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="595959"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:color w:val="2E5E4E"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:i/><w:color w:val="2E5E4E"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
</w:styles>""" % W
DOCX_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Learning %%1:"/><w:lvlJc w:val="left"/>
 <w:pPr><w:ind w:left="1560" w:hanging="1560"/></w:pPr><w:rPr><w:b/><w:color w:val="2E5E4E"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="R%%1."/><w:lvlJc w:val="left"/>
 <w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>""" % W


def wp(text, style=None, num=None, pb=False):
    ppr = ("<w:pStyle w:val='%s'/>" % style if style else "") + ("<w:pageBreakBefore/>" if pb else "") + \
          ("<w:numPr><w:ilvl w:val='0'/><w:numId w:val='%d'/></w:numPr>" % num if num else "")
    return "<w:p><w:pPr>%s</w:pPr><w:r><w:t xml:space='preserve'>%s</w:t></w:r></w:p>" % (ppr, x(text))


def r2_docx(rep, path):
    c = rep["cover_lines"]
    body = [wp(c[0], "Subtitle"), wp(c[1], "Title"), wp(c[2], "Subtitle"), wp(c[3]), wp(c[4]), wp(INVENTED)]
    for pg, blocks in pages_of(rep):
        first = True
        for b in blocks:
            if b[0] == "h1":
                body.append(wp(b[1], "Heading1", pb=first)); first = False
            elif b[0] == "h2":
                body.append(wp(b[1], "Heading2"))
            elif b[0] == "p":
                body.append(wp(b[1]))
            elif b[0] == "items":
                num = 1 if b[1] == "learning" else 2
                body += [wp(t, "ListParagraph", num=num) for t in b[2]]
    write_docx(path, body, "Carrow Heath Children's Safeguarding Partnership | CSPR Isla", DOCX_NUMBERING, DOCX_STYLES)


def write_docx(path, body, header, numbering, styles):
    doc = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document %s><w:body>%s<w:sectPr><w:headerReference w:type='default' r:id='rIdH'/>"
           "<w:footerReference w:type='default' r:id='rIdF'/><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1440' w:right='1440' w:bottom='1440' "
           "w:left='1440' w:header='708' w:footer='708' w:gutter='0'/><w:titlePg/></w:sectPr></w:body></w:document>") % (W, "".join(body))
    hdr = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:hdr %s><w:p><w:pPr><w:pStyle w:val='Header'/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p></w:hdr>" % (W, x(header))
    ftr = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:ftr %s><w:p><w:pPr><w:pStyle w:val='Footer'/></w:pPr><w:r><w:t xml:space='preserve'>Page </w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>1</w:t></w:r>"
           "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p></w:ftr>") % W
    ct = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
          "<Override PartName='/word/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'/>"
          "<Override PartName='/word/numbering.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'/>"
          "<Override PartName='/word/header1.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml'/>"
          "<Override PartName='/word/footer1.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml'/></Types>")
    rels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/></Relationships>")
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    drels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
             "<Relationship Id='rIdS' Type='%sstyles' Target='styles.xml'/><Relationship Id='rIdN' Type='%snumbering' Target='numbering.xml'/>"
             "<Relationship Id='rIdH' Type='%sheader' Target='header1.xml'/><Relationship Id='rIdF' Type='%sfooter' Target='footer1.xml'/></Relationships>") % (R, R, R, R)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", drels), ("word/header1.xml", hdr), ("word/footer1.xml", ftr)):
            z.writestr(name, data)



TOC_STYLES = DOCX_STYLES.replace("</w:styles>", """<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:ind w:left="440"/><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="2E5E4E"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>""").replace("2E5E4E", "8B3A0F")


def r10_docx(rep, path):
    c = rep["cover_lines"]
    body = [wp(c[0], "Subtitle"), wp(c[1], "Title"), wp(c[2], "Subtitle"), wp(c[3]), wp(c[4]), wp(INVENTED)]
    toc = [wp("Contents", "TOCHeading", pb=True)]
    for pg, blocks in pages_of(rep):
        for b in blocks:
            if b[0] in ("h1", "h2"):
                toc.append("<w:p><w:pPr><w:pStyle w:val='TOC%d'/></w:pPr><w:r><w:t xml:space='preserve'>%s</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>%d</w:t></w:r></w:p>"
                           % (1 if b[0] == "h1" else 2, x(b[1]), pg))
    body += toc
    for pg, blocks in pages_of(rep):
        first = True
        for b in blocks:
            if b[0] == "h1":
                body.append(wp(b[1], "Heading1", pb=first)); first = False
            elif b[0] == "h2":
                body.append(wp(b[1], "Heading2"))
            elif b[0] == "p":
                body.append(wp(b[1]))
            elif b[0] == "items" and b[3] == "table":
                cell = lambda t, bold=False: ("<w:tc><w:tcPr><w:tcW w:w='4500' w:type='dxa'/>%s</w:tcPr><w:p><w:r>%s<w:t xml:space='preserve'>%s</w:t></w:r></w:p></w:tc>"
                                              % ("<w:shd w:val='clear' w:fill='F3E3D8'/>" if bold else "", "<w:rPr><w:b/></w:rPr>" if bold else "", x(t)))
                rows = "<w:tr><w:trPr><w:tblHeader/></w:trPr>%s%s</w:tr>" % (cell("Learning", True), cell("What this means for practice", True))
                rows += "".join("<w:tr>%s%s</w:tr>" % (cell(a), cell(m)) for a, m in zip(b[2], b[4]))
                body.append("<w:tbl><w:tblPr><w:tblStyle w:val='TableGrid'/><w:tblW w:w='9000' w:type='dxa'/></w:tblPr><w:tblGrid><w:gridCol w:w='4500'/><w:gridCol w:w='4500'/></w:tblGrid>%s</w:tbl>" % rows)
                body.append(wp(""))
            elif b[0] == "items":
                body += [wp("6.%d\t%s" % (i, t)).replace("\\t", "</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space='preserve'>") for i, t in enumerate(b[2], 1)]
    write_docx(path, body, "Oakhurst Children's Safeguarding Partnership – LCSPR Riley – OFFICIAL", DOCX_NUMBERING, TOC_STYLES)


# ---------------- R3 / R7: Chromium, one fixed-height div per printed page ----------------
PAGE_CSS = """@page{size:A4;margin:0} body{margin:0;font-family:%s;font-size:10.5pt;line-height:1.4}
.page{position:relative;width:210mm;height:296mm;padding:18mm 22mm 26mm;box-sizing:border-box;page-break-after:always;overflow:hidden}
.foot{position:absolute;bottom:10mm;left:22mm;right:22mm;font-size:8.5pt;color:#555;border-top:1px solid #bbb;padding-top:2mm}
.notes{position:absolute;bottom:20mm;left:22mm;right:22mm;font-size:8pt;border-top:1px solid #888;width:60mm;padding-top:1mm}
.notes p{width:166mm;margin:1mm 0} sup{font-size:7pt}
"""


def html_text(s, notes):
    def sub(m):
        notes.append(m.group(1))
        return "<sup>%d</sup>" % len(notes)
    return FN.sub(sub, h(s).replace("^[", "^[")) if "^[" in s else h(s)


def r3_html(rep):
    css = PAGE_CSS % "'DejaVu Sans'" + """body{counter-reset:sec} h1{font-size:13pt;color:#b5121b;counter-increment:sec;margin:6mm 0 2mm}
h1::before{content:counter(sec) ". "} ul.dash{list-style-type:"– ";padding-left:7mm} ul.dash li{margin-bottom:2mm}
.cover div{margin:3mm 0} .cy{color:#b5121b}"""
    out = ["<!DOCTYPE html><html lang='cy-GB'><head><meta charset='utf-8'><title>CPR AL 2023 07 final</title><style>%s</style></head><body>" % css,
           "<div class='page cover'><div style='margin-top:40mm;font-size:13pt' class='cy'>Bwrdd Diogelu Rhanbarthol Afon Lwyd</div>"
           "<div style='font-size:13pt'>Afon Lwyd Regional Safeguarding Board</div><div style='margin-top:14mm;font-size:20pt' class='cy'>Adolygiad Ymarfer Plant Cryno</div>"
           "<div style='font-size:22pt;font-weight:bold'>Concise Child Practice Review: Child U</div><div style='margin-top:10mm'>Cyfeirnod / Reference: CPR/AL/2023/07</div>"
           "<div>Cyhoeddwyd / Published: November 2023</div><p style='margin-top:30mm'><i>%s</i></p><div class='foot'>CPR/AL/2023/07 · Page 1 of 3</div></div>" % h(INVENTED)]
    for pg, blocks in pages_of(rep):
        body = []
        for b in blocks:
            if b[0] == "h1":
                body.append("<h1>%s</h1>" % h(b[1]))
            elif b[0] == "p":
                body.append("<p>%s</p>" % h(b[1]))
            elif b[0] == "items":
                body.append("<ul class='dash'>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
        out.append("<div class='page'>%s<div class='foot'>CPR/AL/2023/07 · Page %d of %d</div></div>" % ("".join(body), pg, PAGES[rep["file"]]))
    return "\n".join(out) + "</body></html>"


def r7_html(rep):
    css = PAGE_CSS % "'Liberation Sans'" + """h1{font-size:15pt;color:#00577a;margin:7mm 0 2mm} h2{font-size:11.5pt;margin:4mm 0 1mm}
aside{background:#e3eef3;padding:4mm 6mm;margin:3mm 0} aside .cap{font-weight:bold;color:#00577a;margin-bottom:1mm}
table{border-collapse:collapse;width:100%;font-size:9.5pt} td,th{border:1px solid #7aa;padding:1.5mm;vertical-align:top;text-align:left} th{background:#00577a;color:#fff}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Wrayfield LCSPR Kyle</title><style>%s</style></head><body>" % css,
           "<div class='page'><div style='background:#00577a;color:#fff;padding:8mm;margin-top:30mm'><div style='font-size:12pt'>Wrayfield Safeguarding Children Partnership</div>"
           "<div style='font-size:24pt;font-weight:bold;margin-top:6mm'>Local Child Safeguarding Practice Review: Kyle</div></div>"
           "<p style='margin-top:8mm'>Published: 28 June 2024</p><p>Independent reviewer: Gwen Mallory-Sandhu</p><p style='margin-top:20mm'><i>%s</i></p></div>" % h(INVENTED)]
    for pg, blocks in pages_of(rep):
        body, notes = [], []
        for b in blocks:
            if b[0] in ("h1", "h2"):
                body.append("<%s>%s</%s>" % (b[0], h(b[1]), b[0]))
            elif b[0] == "p":
                body.append("<p>%s</p>" % html_text(b[1], notes))
            elif b[0] == "items" and b[3] == "aside":
                body.append("<aside><div class='cap'>What we learned</div><ul>%s</ul></aside>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
            elif b[0] == "items":
                rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i, h(t), h(r), h(l))
                               for i, (t, r, l) in enumerate(zip(b[2], b[4], b[5]), 1))
                body.append("<table><tr><th style='width:8%%'>No.</th><th style='width:36%%'>Recommendation</th><th>Partnership response</th>"
                            "<th style='width:18%%'>Lead</th></tr>%s</table>" % rows)
        nt = "<div class='notes'>%s</div>" % "".join("<p><sup>%d</sup> %s</p>" % (i, h(n)) for i, n in enumerate(notes, 1)) if notes else ""
        out.append("<div class='page'>%s%s<div class='foot'>Wrayfield SCP · LCSPR Kyle · %d</div></div>" % ("".join(body), nt, pg))
    return "\n".join(out) + "</body></html>"


def r9_html(rep):
    css = """@page{size:A4 landscape;margin:8mm} body{margin:0;font-family:'Liberation Sans';font-size:9.5pt}
.grid{display:grid;grid-template-columns:repeat(4,1fr);grid-auto-rows:92mm;gap:4mm} .tile{border:2px solid #00796b;border-radius:4mm;padding:3mm;position:relative}
.num{width:11mm;height:11mm;border-radius:50%;background:#00796b;color:#fff;font:bold 15pt 'Liberation Sans';text-align:center;line-height:11mm;float:left;margin-right:2mm}
.th{font-weight:bold;font-size:12pt;color:#00796b;padding-top:2mm;min-height:10mm} ul{padding-left:4mm;margin:1mm 0} .title{background:#00796b;color:#fff}"""
    tiles = ["<div class='tile title'><div style='font-size:22pt;font-weight:bold'>7 Minute Briefing</div><p style='font-size:13pt'>Child Safeguarding "
             "Practice Review: Child N</p><p>Stanwick Safeguarding Children Partnership</p><p>Published April 2025</p><p style='font-size:8pt'><i>%s</i></p></div>" % h(INVENTED)]
    n = 0
    for pg, blocks in pages_of(rep):
        for b in blocks:
            if b[0] == "h1":
                n += 1
                tiles.append("<div class='tile'><div class='num'>%d</div><div class='th'>%s</div>" % (n, h(b[1])))
            elif b[0] == "p":
                tiles[-1] += "<p>%s</p>" % h(b[1])
            elif b[0] == "items":
                tiles[-1] += "<ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2])
    return ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>7MB Child N</title><style>%s</style></head><body><div class='grid'>%s</div></body></html>"
            % (css, tiles[0] + "".join(t + "</div>" for t in tiles[1:])))


def r11_html(rep):
    css = PAGE_CSS % "'DejaVu Serif'" + """h1{font:bold 16pt 'DejaVu Sans';color:#ad1457;margin:8mm 0 2mm} .row{display:flex;align-items:center;margin:3mm 0}
.circ{flex:0 0 14mm;height:14mm;border-radius:50%;border:2px solid #ad1457;color:#ad1457;font:bold 18pt 'DejaVu Sans';text-align:center;line-height:14mm;margin-right:5mm}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Kirkhaven CSPR Maisie</title><style>%s</style></head><body>" % css,
           "<div class='page'><div style='margin-top:50mm;font:bold 28pt DejaVu Sans;color:#ad1457'>Child Safeguarding Practice Review: Maisie</div>"
           "<p style='font-size:14pt'>Kirkhaven Safeguarding Partnership</p><p>March 2026</p><p style='margin-top:30mm'><i>%s</i></p></div>" % h(INVENTED)]
    for pg, blocks in pages_of(rep):
        body = []
        for b in blocks:
            if b[0] == "h1":
                body.append("<h1>%s</h1>" % h(b[1]))
            elif b[0] == "p":
                body.append("<p>%s</p>" % h(b[1]))
            elif b[0] == "items" and b[3] in ("circles", "letters"):
                marks = [str(i) for i in range(1, 10)] if b[3] == "circles" else list("ABCDEFG")
                body += ["<div class='row'><div class='circ'>%s</div><div>%s</div></div>" % (m, h(t)) for m, t in zip(marks, b[2])]
            elif b[0] == "items":
                body.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
        out.append("<div class='page'>%s<div class='foot'>Kirkhaven Safeguarding Partnership &nbsp;|&nbsp; Maisie &nbsp;|&nbsp; %d</div></div>" % ("".join(body), pg))
    return "\n".join(out) + "</body></html>"


# ---------------- R4 / R8: pandoc markdown ----------------
def md_text(s):
    return s  # pandoc's own ^[inline footnote] syntax


def md_blocks(rep, pb, heading_attr=""):
    out = []
    for i, (pg, blocks) in enumerate(pages_of(rep)):
        for j, b in enumerate(blocks):
            first = j == 0 and i > 0
            if b[0] == "h1":
                attrs = " {-}" if b[1] == "Executive summary" and heading_attr == "nonum" else ""
                if first and pb == "class":
                    attrs = " {.pb}"
                if first and pb == "latex":
                    out += ["\\clearpage", ""]
                out += ["# " + b[1] + attrs, ""]
            elif b[0] == "h2":
                out += ["## " + b[1], ""]
            elif b[0] == "p":
                out += [md_text(b[1]), ""]
            elif b[0] == "items" and b[3] in ("enum", "numbered"):
                out += ["%d.  %s" % (k, t) for k, t in enumerate(b[2], 1)] + [""]
            elif b[0] == "items":
                out += ["-   " + t for t in b[2]] + [""]
    return out


def r4_md(rep):
    return "\n".join(["---", "title: \"Local Child Safeguarding Practice Review: Sam\"", "author: \"Saltcote Safeguarding Children Partnership\"",
                      "date: \"Published 12 March 2026\"", "classoption: [twocolumn]", "geometry: margin=2cm", "fontsize: 10pt", "---", "",
                      "*%s*" % INVENTED, ""] + md_blocks(rep, "latex", "nonum"))


def r8_md(rep):
    return "\n".join(["---", "title: \"Child Safeguarding Practice Review: Poppy\"", "subtitle: \"Marbury Cross Safeguarding Partnership\"",
                      "date: \"Published 17 January 2025\"", "lang: en-GB", "---", "", "*%s*" % INVENTED, ""] + md_blocks(rep, "class"))


R8_CSS = "<style>.pb{break-before:page} nav#TOC{break-after:page} body{max-width:none;margin:0;padding:0 8mm;font-size:10.5pt} h1{font-size:15pt}</style>"


# ---------------- R6: hand-written LaTeX report class ----------------
def tex(s):
    s = s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_").replace("'", "'")
    return FN.sub(lambda m: "\\footnote{%s}" % m.group(1), s)


def r6_tex(rep):
    out = ["\\documentclass[11pt,a4paper]{report}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\usepackage[margin=2.5cm]{geometry}",
           "\\usepackage{xcolor}\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\\fancyhead[R]{\\small\\itshape SCR Baby O -- overview report}",
           "\\fancyfoot[C]{\\thepage}\\renewcommand{\\headrulewidth}{0.4pt}\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{6pt}",
           "\\renewcommand{\\labelenumi}{R\\arabic{enumi}.}",
           "\\title{Fennick Dale Local Safeguarding Children Board\\\\[1cm]\\textbf{Serious Case Review: Baby O}}",
           "\\author{Independent author: Rosalind Achterberg}\\date{Published: June 2019\\\\[2cm]\\emph{%s}}" % INVENTED,
           "\\begin{document}\\maketitle"]
    for pg, blocks in pages_of(rep):
        for b in blocks:
            if b[0] == "h1":
                out.append("\\chapter{%s}\\thispagestyle{fancy}" % tex(b[1]))
            elif b[0] == "p":
                out.append(tex(b[1]) + "\n")
            elif b[0] == "items" and b[3] == "shaded":
                out += ["\\noindent\\colorbox{black!10}{\\parbox{\\dimexpr\\linewidth-2\\fboxsep}{%s}}\\par\\medskip" % tex(t) for t in b[2]]
            elif b[0] == "items":
                out.append("\\begin{enumerate}%s\\end{enumerate}" % "".join("\\item %s " % tex(t) for t in b[2]))
    out.append("\\end{document}")
    return "\n".join(out)


def render(rep, outdir):
    pdf = os.path.join(outdir, rep["file"])
    f = rep["file"]
    with tempfile.TemporaryDirectory() as d:
        if f.startswith("hollowmere") or f.startswith("glenrothie"):
            src = os.path.join(d, "r.fodt")
            open(src, "w", encoding="utf-8").write(r1_odt(rep) if f.startswith("hollowmere") else r5_odt(rep))
            made = soffice(src, d, tagged=f.startswith("hollowmere"))
        elif f.startswith("carrow") or f.startswith("oakhurst"):
            src = os.path.join(d, "r.docx")
            (r2_docx if f.startswith("carrow") else r10_docx)(rep, src)
            made = soffice(src, d, tagged=f.startswith("oakhurst"))
        elif f.startswith(("afon", "wrayfield", "stanwick", "kirkhaven")):
            src = os.path.join(d, "r.html")
            maker = {"afon": r3_html, "wrayfield": r7_html, "stanwick": r9_html, "kirkhaven": r11_html}[f.split("-")[0]]
            open(src, "w", encoding="utf-8").write(maker(rep))
            made = os.path.join(d, "r.pdf")
            subprocess.run(CHROMIUM + ["--print-to-pdf=" + made, "file://" + src], check=True, capture_output=True)
        elif f.startswith("saltcote"):
            src = os.path.join(d, "r.md")
            open(src, "w", encoding="utf-8").write(r4_md(rep))
            made = os.path.join(d, "r.pdf")
            subprocess.run(["pandoc", src, "--number-sections", "--pdf-engine=pdflatex", "-o", made], check=True, capture_output=True)
        elif f.startswith("marbury"):
            src = os.path.join(d, "r.md")
            open(src, "w", encoding="utf-8").write(r8_md(rep))
            open(os.path.join(d, "css.html"), "w").write(R8_CSS)
            page = "/tmp/marbury-cross-cspr-poppy/poppy.html"  # a fixed name: Chromium prints the page's URL in its footer
            os.makedirs(os.path.dirname(page), exist_ok=True)
            subprocess.run(["pandoc", src, "-s", "--toc", "--toc-depth=2", "--number-sections", "-H", os.path.join(d, "css.html"), "-o", page],
                           check=True, capture_output=True)
            made = os.path.join(d, "r.pdf")
            chromium = [c for c in CHROMIUM if c != "--no-pdf-header-footer"]  # Chromium's own date/title header and URL/page footer
            subprocess.run(chromium + ["--print-to-pdf=" + made, "file://" + page], check=True, capture_output=True)
        else:
            src = os.path.join(d, "r.tex")
            open(src, "w", encoding="utf-8").write(r6_tex(rep))
            for _ in range(2):
                subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d, check=True, capture_output=True)
            made = os.path.join(d, "r.pdf")
        os.replace(made, pdf)
    return pdf


def check(rep, pdf):
    """Each heading and item where the truth (written before) says it is: a mismatch is a rendering fault to fix."""
    t = json.load(open(pdf + ".truth.json", encoding="utf-8"))
    pages = [norm(p) for p in pdf_pages(pdf, not rep.get("columns"))]
    raw = pdf_pages(pdf, not rep.get("columns"))
    bad = [] if len(pages) == t["pages"] else ["%d pages, truth %d" % (len(pages), t["pages"])]
    for s in t["sections"]:
        p = s["page_start"]
        lines = [norm(l) for l in raw[p - 1].splitlines()] if p <= len(raw) else []
        if not any(l == norm(s["heading"]) or l.endswith(" " + norm(s["heading"])) for l in lines):
            if norm(s["heading"]) not in " ".join(lines):  # a heading wrapped in a narrow column is still on its page
                bad.append("heading %r not on p%d" % (s["heading"], p))
    for it in t["items"]:
        probe = " ".join(norm(it["text"]).split()[:7])
        words = set(pages[it["page"] - 1].split()) if it["page"] <= len(pages) else set()
        if probe not in (pages[it["page"] - 1] if it["page"] <= len(pages) else "") and not set(probe.split()) <= words:  # a table cell wraps its text between other cells
            bad.append("item %r not on p%d" % (it["text"][:40], it["page"]))
    return bad


def main(out, only=()):
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = render(rep, out)
        bad = check(rep, pdf)
        print("%-42s %s" % (rep["file"], "; ".join(bad) if bad else "pages as in the truth"))
