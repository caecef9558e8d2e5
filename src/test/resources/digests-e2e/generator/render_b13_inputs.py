# Inputs of batch b13 (see render_b13.py): four layouts not in b1-b12. Invented material, test fixtures only.
import html, os, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape as xe
h = html.escape
LINK = lambda i: f"https://learning.nspcc.org.uk/media/{7300 + i}/review.pdf"


def feed_html(d):
    # an HTML page laid out as a feed: <article class='h-entry'> per review, the title a link in an <h3>, a <time> line,
    # the summary and the labelled lists inside 'e-content', 'Permalink' and 'Download' links under each entry
    def entry(i, e):
        lab = lambda l, lst: f"<p><strong>{h(l)}</strong></p><ul>" + "".join(f"<li>{h(x)}</li>" for x in lst) + "</ul>"
        return (f"<article class='h-entry'><h3 class='p-name'><a class='u-url' href='https://learning.nspcc.org.uk/case-reviews/{7300 + i}'>{h(e['title'])}</a></h3>"
                f"<p class='meta'>Published <time class='dt-published' datetime='{d['month']}-0{i}T09:00:00Z'>{i} {d['heading'].split('– ')[-1]}</time> · Case reviews</p>"
                f"<div class='e-content'><p>{h(e['summary'])}</p>{lab(e['lab'][0], e['learning'])}{lab(e['lab'][1], e['recs'])}</div>"
                f"<p class='links'><a href='{LINK(i)}'>{h(e['link'])}</a> · <a href='https://learning.nspcc.org.uk/case-reviews/{7300 + i}'>Permalink</a></p></article>")
    return ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>" + h(d["heading"]) + "</title>"
            "<link rel='alternate' type='application/atom+xml' href='/feed.atom'></head><body><header><h1>" + h(d["heading"]) + "</h1>"
            "<p><a href='/feed.atom'>Subscribe (Atom)</a> · <a href='/feed.rss'>RSS</a></p><p>" + h(d["intro"]) + "</p></header><main class='h-feed'>"
            + "".join(entry(i, e) for i, e in enumerate(d["entries"], 1)) + "</main><footer><p>Older entries &raquo;</p></footer></body></html>")


def plaintext(d):
    # plain text: the digest title underlined with '=', each review title underlined with '-', labels on their own line,
    # items as '  o ' lines, the link on a 'Link:' line
    out = [d["heading"], "=" * len(d["heading"]), "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += [e["title"], "-" * len(e["title"]), "", e["summary"], ""]
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"])):
            out += [lab] + [f"  o {x}" for x in lst] + [""]
        out += [f"{e['link']}: {LINK(i)}", "", ""]
    return "\n".join(out)


def fods(d):
    # a flat ODS spreadsheet: a title row, a header row, one row per review; Learning / Recommendations cells hold one
    # line per item ('- item'); printed by Calc, A4 landscape, untagged
    def cell(text_lines, style="Wrap"):
        return f"<table:table-cell table:style-name='{style}' office:value-type='string'>" + "".join(f"<text:p>{xe(t)}</text:p>" for t in text_lines) + "</table:table-cell>"
    rows = ["<table:table-row>" + cell([d["heading"]], "Big") + "</table:table-row>", "<table:table-row>" + cell([d["intro"]], "Plain") + "</table:table-row>",
            "<table:table-row>" + "".join(cell([c], "Head") for c in ("Review", "Summary", "Learning includes", "Recommendations include", "Link")) + "</table:table-row>"]
    for i, e in enumerate(d["entries"], 1):
        rows.append("<table:table-row>" + cell([e["title"]], "Bold") + cell([e["summary"]]) + cell(["- " + x for x in e["learning"]])
                    + cell(["- " + x for x in e["recs"]]) + cell([e["link"], LINK(i)]) + "</table:table-row>")
    widths = ["4cm", "8.3cm", "6cm", "6cm", "3.4cm"]
    cols = "".join(f"<table:table-column table:style-name='co{k}'/>" for k in range(5))
    colstyles = "".join(f"<style:style style:name='co{k}' style:family='table-column'><style:table-column-properties style:column-width='{w}'/></style:style>" for k, w in enumerate(widths))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{colstyles}
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="27.7cm" table:align="left"/></style:style>
 <style:style style:name="Wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Bold" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Big" style:family="table-cell"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Plain" style:family="table-cell"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pl"/></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Reviews" table:style-name="Tbl">{cols}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>
"""


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def docx_labeltable(d, path):
    # hand-written DOCX: a Heading 1 digest title, intro, then one bordered two-column table per review: rows
    # Review | title, Summary | text, Learning | one paragraph per item (Word bullets), Recommendations | ..., Link | text
    p = lambda t, bold=False, num=False, style=None: ("<w:p><w:pPr>" + (f"<w:pStyle w:val='{style}'/>" if style else "")
                                                      + ("<w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr>" if num else "") + "</w:pPr>"
                                                      + f"<w:r><w:rPr>{'<w:b/>' if bold else ''}</w:rPr><w:t xml:space='preserve'>{xe(t)}</w:t></w:r></w:p>")
    tc = lambda inner, w: f"<w:tc><w:tcPr><w:tcW w:w='{w}' w:type='dxa'/></w:tcPr>{inner}</w:tc>"
    row = lambda label, inner: f"<w:tr>{tc(p(label, bold=True), 2200)}{tc(inner, 7400)}</w:tr>"
    borders = "<w:tblBorders>" + "".join(f"<w:{s} w:val='single' w:sz='4' w:space='0' w:color='808080'/>" for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    body = [p(d["heading"], style="Heading1"), p(d["intro"])]
    for e in d["entries"]:
        body.append(f"<w:tbl><w:tblPr><w:tblW w:w='9600' w:type='dxa'/>{borders}</w:tblPr><w:tblGrid><w:gridCol w:w='2200'/><w:gridCol w:w='7400'/></w:tblGrid>"
                    + row("Review", p(e["title"], bold=True)) + row("Summary", p(e["summary"]))
                    + row("Learning", "".join(p(x, num=True) for x in e["learning"])) + row("Recommendations", "".join(p(x, num=True) for x in e["recs"]))
                    + row("Link", p(e["link"])) + "</w:tbl>")
        body.append(p(""))
    doc = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document {W}><w:body>{''.join(body)}"
           "<w:sectPr><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1134' w:right='1134' w:bottom='1134' w:left='1134' w:header='567' w:footer='567' w:gutter='0'/></w:sectPr></w:body></w:document>")
    styles = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii='Calibri' w:hAnsi='Calibri'/>"
              "<w:sz w:val='21'/><w:lang w:val='en-GB'/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type='paragraph' w:default='1' w:styleId='Normal'><w:name w:val='Normal'/></w:style>"
              "<w:style w:type='paragraph' w:styleId='Heading1'><w:name w:val='heading 1'/><w:basedOn w:val='Normal'/><w:pPr><w:outlineLvl w:val='0'/></w:pPr><w:rPr><w:b/><w:sz w:val='32'/></w:rPr></w:style></w:styles>")
    numbering = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:numbering {W}><w:abstractNum w:abstractNumId='0'><w:lvl w:ilvl='0'><w:start w:val='1'/>"
                 "<w:numFmt w:val='bullet'/><w:lvlText w:val='\u2022'/><w:lvlJc w:val='left'/><w:pPr><w:ind w:left='360' w:hanging='360'/></w:pPr></w:lvl></w:abstractNum>"
                 "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num></w:numbering>")
    ct = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
          "<Override PartName='/word/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'/>"
          "<Override PartName='/word/numbering.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'/></Types>")
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            f"<Relationship Id='rId1' Type='{R}officeDocument' Target='word/document.xml'/></Relationships>")
    drels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
             f"<Relationship Id='rIdS' Type='{R}styles' Target='styles.xml'/><Relationship Id='rIdN' Type='{R}numbering' Target='numbering.xml'/></Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", drels)):
            z.writestr(name, data)
    return doc


def ods_from_flat(flat, path):
    """The same document as a zipped .ods: content.xml (cells, automatic styles) and styles.xml (the landscape page)."""
    head = flat[flat.index("<office:document"):flat.index(">", flat.index("<office:document")) + 1]
    ns = head.replace("<office:document", "").replace("office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\"", "").rstrip(">")
    auto = flat[flat.index("<office:automatic-styles>"):flat.index("</office:automatic-styles>")]
    page = auto[auto.index(" <style:page-layout"):]
    cells = auto.replace(page, "")
    master = flat[flat.index("<office:master-styles>"):flat.index("</office:master-styles>") + len("</office:master-styles>")]
    body = flat[flat.index("<office:body>"):flat.index("</office:body>") + len("</office:body>")]
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content{ns}>{cells}</office:automatic-styles>{body}</office:document-content>'
    styles = f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles{ns}><office:automatic-styles>{page}</office:automatic-styles>{master}</office:document-styles>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)


def render_inputs(B13, OUT):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B13.items():
        base = fname.rsplit(".", 1)[0]
        if "feed" in fname:
            open(f"{inp}/{fname}", "w").write(feed_html(d))
        elif "plaintext" in fname:
            open(f"{inp}/{fname}", "w").write(plaintext(d))
        elif "spreadsheet" in fname:
            flat = fods(d)
            open(f"{src}/{base}.fods", "w").write(flat)
            with tempfile.TemporaryDirectory() as w:
                # Calc is not installed here: the same sheet as a Writer table (flat ODT, same cells, landscape page), untagged
                fodt = (flat.replace("opendocument.spreadsheet", "opendocument.text").replace("office:spreadsheet>", "office:text>")
                        .replace('style:name="Default"', 'style:name="Standard"'))
                open(f"{w}/{base}.fodt", "w").write(fodt)
                subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + w + "/lo", "--convert-to", "pdf:writer_pdf_Export", "--outdir", w,
                                f"{w}/{base}.fodt"], check=True, capture_output=True)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        else:
            open(f"{src}/{base}.document.xml", "w").write(docx_labeltable(d, f"{inp}/{fname}"))
        print(fname)
