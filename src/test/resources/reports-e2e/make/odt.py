"""A small hand-written flat ODT writer for the LibreOffice fixtures (serif body, header, Page N of M)."""
from xml.sax.saxutils import escape as x

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="Num" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="1.2cm" fo:text-indent="-1.2cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#7a1f1f"/></style:style>
 <style:style style:name="CoverBig" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CoverMid" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm"/>
  <style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="Lesson" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="0.8cm" fo:margin-top="0.2cm"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="CellHead" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#444444"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
 <text:list-style style:name="Bul"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25aa">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/></style:list-level-properties>
  </text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="CoverBig" style:master-page-name="Cover"><style:paragraph-properties fo:margin-top="3cm"/></style:style>
 <style:style style:name="BodyFirst" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#e8d6d6"/></style:style>
 <style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="8.8cm"/></style:style>
 <style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="c4" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Cover" style:page-layout-name="pm1" style:next-style-name="Standard"/>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Hdr">%HEADER%</text:p></style:header>
  <style:footer><text:p text:style-name="Ftr">Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def fodt(rep):
    head = HEAD.replace("%HEADER%", x(rep["header"]))
    if rep.get("odt_heading_colour"):
        head = head.replace('fo:color="#7a1f1f"', 'fo:color="%s"' % rep["odt_heading_colour"])
    columns = rep.get("table_columns", ("Ref", "Recommendation", "Lead agency", "By when"))
    out = [head]
    lines = rep["cover_lines"]
    out.append('<text:p text:style-name="CoverFirst">%s</text:p>' % x(lines[0]))
    out.append('<text:p text:style-name="CoverBig">%s</text:p>' % x(lines[1]))
    for ln in lines[2:]:
        out.append('<text:p text:style-name="CoverMid">%s</text:p>' % x(ln))
    first = True
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            style = "BodyFirst" if first else "Heading_20_1"
            first = False
            out.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % (style, x(b[1])))
        elif k == "np":
            out.append('<text:p text:style-name="Num">%s<text:tab/>%s</text:p>' % (x(b[1]), x(b[2])))
        elif k == "p":
            out.append('<text:p text:style-name="Body">%s</text:p>' % x(b[1]))
        elif k == "items" and b[3] == "lessons":
            for i, t in enumerate(b[2]):
                out.append('<text:p text:style-name="Lesson"><text:span>Lesson %d: </text:span>%s</text:p>' % (i + 1, x(t)))
        elif k == "items" and b[3] == "nm":
            for i, t in enumerate(b[2]):
                out.append('<text:p text:style-name="Num">%s.%d<text:tab/>%s</text:p>' % (b[4], i + 1, x(t)))
        elif k == "items" and b[3] == "numbered":
            for i, t in enumerate(b[2]):
                out.append('<text:p text:style-name="Num">%d.<text:tab/>%s</text:p>' % (i + 1, x(t)))
        elif k == "items" and b[3] == "bullets":
            out.append('<text:list text:style-name="Bul">' + "".join(
                '<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % x(t) for t in b[2]) + "</text:list>")
        elif k == "items" and b[3] == "table":
            rows = ['<table:table table:name="Recs" table:style-name="T1"><table:table-column table:style-name="c1"/>'
                    '<table:table-column table:style-name="c2"/><table:table-column table:style-name="c3"/><table:table-column table:style-name="c4"/>'
                    '<table:table-header-rows><table:table-row>' + "".join(
                        '<table:table-cell table:style-name="TH"><text:p text:style-name="CellHead">%s</text:p></table:table-cell>' % h
                        for h in columns) + '</table:table-row></table:table-header-rows>']
            for i, t in enumerate(b[2]):
                values = ["R%d" % (i + 1), t] + [col[i] for col in b[4:]]
                rows.append("<table:table-row>" + "".join(
                    '<table:table-cell table:style-name="TC"><text:p text:style-name="Cell">%s</text:p></table:table-cell>' % x(v)
                    for v in values[:len(columns)]) + "</table:table-row>")
            out.append("".join(rows) + "</table:table>")
        else:
            raise ValueError(k)
    out.append("</office:text></office:body></office:document>")
    return "\n".join(out)
