# Inputs of batch b14 (see render_b14.py): five layouts and producers not in b1-b13. Invented material, test fixtures only.
import glob, os, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape as xe
G = os.path.dirname(os.path.abspath(__file__))
LINK = lambda i: f"https://learning.nspcc.org.uk/media/{7400 + i}/review.pdf"
SHORT = lambda i: f"https://nspcc.li/cr{7400 + i}"


def groff_ms(d):
    # groff -ms: the digest title as .TL, every review a numbered section heading (.NH: '1. Child RA: ...'), the labels
    # 'Learning' / 'Recommendations' bold on a line of their own (no colon, no 'includes'), items as .IP bullets, and
    # the link line ending in an auto-numbered footnote whose text is a short URL; running foot 'title - page N'
    t = lambda s: "\\&" + s.replace("\\", "\\e")
    out = [".nr PS 10", ".nr VS 12", ".ds CH", f".ds CF {d['heading']} \\(en page %", ".TL", t(d["heading"]), ".LP", t(d["intro"])]
    for i, e in enumerate(d["entries"], 1):
        out += [".NH", t(e["title"]), ".PP", t(e["summary"])]
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"]), (e["lab"][2], e["good"])):
            if lst:
                out += [".LP", f".B \"{lab}\""] + sum(([".IP \\(bu 3", t(x)] for x in lst), [])
        out += [".LP", t(e["link"]) + "\\**", ".FS", t(SHORT(i)), ".FE"]
    return "\n".join(out) + "\n"


def cards_spec(d):
    # the line protocol of CardsDigest.java
    out = [f"H\t{d['heading']}", f"I\t{d['intro']}"]
    for i, e in enumerate(d["entries"], 1):
        out += [f"C\t{e['title']}", f"S\t{e['summary']}"]
        for lab, lst in (("Learning includes", e["learning"]), ("Recommendations include", e["recs"]), ("Good practice", e["good"])):
            if lst:
                out += [f"L\t{lab}"] + [f"B\t{x}" for x in lst]
        out.append(f"K\t{e['link']}\t{LINK(i)}")
    return "\n".join(out) + "\n"


def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")


def semis(lst):
    return tex("; ".join(lst[:-1]) + ("; and " if len(lst) > 1 else "") + lst[-1] + ".")


def lualatex_summary_first(d):
    # lualatex (fontspec, OpenType Latin Modern), untagged: each review opens with a rule and its summary in italics,
    # THEN the title (bold sans, a hyperlink to the review), then bold run-in labels over '; and' lists, then the link
    body = ""
    for i, e in enumerate(d["entries"], 1):
        body += f"\\noindent\\rule{{\\linewidth}}{{0.6pt}}\\par\\smallskip{{\\itshape {tex(e['summary'])}\\par}}\\medskip\n"
        body += f"{{\\sffamily\\bfseries\\Large \\href{{https://learning.nspcc.org.uk/case-reviews/{7400 + i}}}{{{tex(e['title'])}}}\\par}}\\medskip\n"
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"]), (e["lab"][2], e["good"])):
            if lst:
                body += f"\\textbf{{{tex(lab)}}} {semis(lst)}\\par\\smallskip\n"
        body += f"\\href{{{LINK(i)}}}{{{tex(e['link'])}}}\\par\\bigskip\n"
    return ("\\documentclass[11pt,a4paper]{article}\\usepackage{fontspec}\\usepackage[margin=2.2cm]{geometry}"
            "\\usepackage[hidelinks]{hyperref}\\setlength{\\parindent}{0pt}\\pagestyle{plain}\n"
            f"\\begin{{document}}{{\\sffamily\\bfseries\\huge {tex(d['heading'])}\\par}}\\bigskip {tex(d['intro'])}\\par\\bigskip\n{body}\\end{{document}}\n")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def docx_merged(d, path):
    # hand-written WordprocessingML: a Heading 1 and intro, then ONE table for the digest: header row 'No.' | 'Review'
    # (spanning two columns); per review four rows whose first cell is merged vertically (the review's number): the
    # title (bold, shaded, spanning two columns), the summary (spanning), 'Learning' and 'Recommendations' side by side
    # (bold label paragraph over Word-bulleted items), the link (a hyperlink, spanning)
    rels = []
    def run(text, bold=False):
        return f"<w:r><w:rPr>{'<w:b/>' if bold else ''}</w:rPr><w:t xml:space='preserve'>{xe(text)}</w:t></w:r>"
    def p(text, bold=False, style=None, num=False):
        ppr = (f"<w:pStyle w:val='{style}'/>" if style else "") + ("<w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr>" if num else "")
        return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text, bold)}</w:p>"
    def tc(content, w, span=1, vmerge=None, shade=None):
        pr = f"<w:tcW w:w='{w}' w:type='dxa'/>" + (f"<w:gridSpan w:val='{span}'/>" if span > 1 else "") + \
             (f"<w:vMerge w:val='restart'/>" if vmerge == "restart" else "<w:vMerge/>" if vmerge else "") + \
             (f"<w:shd w:val='clear' w:color='auto' w:fill='{shade}'/>" if shade else "")
        return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"
    tr = lambda cells, header=False: f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if header else ''}{''.join(cells)}</w:tr>"
    rows = [tr([tc(p("No.", True), 700, shade="D9D2E9"), tc(p("Review", True), 9000, 2, shade="D9D2E9")], True)]
    for i, e in enumerate(d["entries"], 1):
        rid = f"rIdL{i}"; rels.append((rid, LINK(i)))
        labcell = lambda lab, lst: p(lab, True) + "".join(p(x, num=True) for x in lst)
        link = f"<w:p><w:hyperlink r:id='{rid}'><w:r><w:rPr><w:color w:val='0563C1'/><w:u w:val='single'/></w:rPr><w:t>{xe(e['link'])}</w:t></w:r></w:hyperlink></w:p>"
        rows += [tr([tc(p(str(i), True), 700, vmerge="restart"), tc(p(e["title"], True), 9000, 2, shade="EFEAF6")]),
                 tr([tc("<w:p/>", 700, vmerge=True), tc(p(e["summary"]), 9000, 2)]),
                 tr([tc("<w:p/>", 700, vmerge=True), tc(labcell(e["lab"][0], e["learning"]), 4500), tc(labcell(e["lab"][1], e["recs"]), 4500)]),
                 tr([tc("<w:p/>", 700, vmerge=True), tc(link, 9000, 2)])]
    border = "".join(f"<w:{s} w:val='single' w:sz='4' w:space='0' w:color='999999'/>" for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table = (f"<w:tbl><w:tblPr><w:tblW w:w='9700' w:type='dxa'/><w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type='fixed'/></w:tblPr>"
             "<w:tblGrid><w:gridCol w:w='700'/><w:gridCol w:w='4500'/><w:gridCol w:w='4500'/></w:tblGrid>" + "".join(rows) + "</w:tbl>")
    doc = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document {W}><w:body>{p(d['heading'], style='Heading1')}{p(d['intro'])}{table}<w:p/>"
           "<w:sectPr><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1134' w:right='1134' w:bottom='1134' w:left='1134' w:header='567' w:footer='567' w:gutter='0'/></w:sectPr></w:body></w:document>")
    styles = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii='Calibri' w:hAnsi='Calibri'/>"
              "<w:sz w:val='21'/><w:lang w:val='en-GB'/></w:rPr></w:rPrDefault></w:docDefaults>"
              "<w:style w:type='paragraph' w:default='1' w:styleId='Normal'><w:name w:val='Normal'/></w:style>"
              "<w:style w:type='paragraph' w:styleId='Heading1'><w:name w:val='heading 1'/><w:basedOn w:val='Normal'/><w:pPr><w:outlineLvl w:val='0'/></w:pPr><w:rPr><w:b/><w:sz w:val='36'/></w:rPr></w:style></w:styles>")
    numbering = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:numbering {W}><w:abstractNum w:abstractNumId='0'><w:lvl w:ilvl='0'><w:start w:val='1'/>"
                 "<w:numFmt w:val='bullet'/><w:lvlText w:val='\u2022'/><w:lvlJc w:val='left'/><w:pPr><w:ind w:left='360' w:hanging='260'/></w:pPr></w:lvl></w:abstractNum>"
                 "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num></w:numbering>")
    ct = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
          "<Override PartName='/word/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'/>"
          "<Override PartName='/word/numbering.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'/></Types>")
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    top = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
           f"<Relationship Id='rId1' Type='{R}officeDocument' Target='word/document.xml'/></Relationships>")
    drels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
             f"<Relationship Id='rIdS' Type='{R}styles' Target='styles.xml'/><Relationship Id='rIdN' Type='{R}numbering' Target='numbering.xml'/>"
             + "".join(f"<Relationship Id='{rid}' Type='{R}hyperlink' Target='{url}' TargetMode='External'/>" for rid, url in rels) + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/document.xml", doc), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", drels)):
            z.writestr(name, data)
    return doc


def fodt_threecol(d):
    # flat ODT for LibreOffice Writer, A4 landscape: Heading 1 title and intro across the page, then a section in three
    # columns: each review a Heading 2, its summary, the labels 'Learning' / 'Recommendations' as Heading 3 (no colon),
    # bulleted lists, the link a hyperlink paragraph; footer 'title - page N'. Exported as a tagged PDF.
    def lst(items):
        return "<text:list text:style-name='LB'>" + "".join(f"<text:list-item><text:p text:style-name='Item'>{xe(x)}</text:p></text:list-item>" for x in items) + "</text:list>"
    body = ""
    for i, e in enumerate(d["entries"], 1):
        body += f"<text:h text:style-name='Heading_20_2' text:outline-level='2'>{xe(e['title'])}</text:h><text:p text:style-name='Body'>{xe(e['summary'])}</text:p>"
        for lab, items in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"]), (e["lab"][2], e["good"])):
            if items:
                body += f"<text:h text:style-name='Heading_20_3' text:outline-level='3'>{xe(lab)}</text:h>{lst(items)}"
        body += f"<text:p text:style-name='Body'><text:a xlink:type='simple' xlink:href='{LINK(i)}'>{xe(e['link'])}</text:a></text:p>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="9.5pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="20pt" fo:color="#4a148c"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt" fo:color="#4a148c"/></style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3"><style:paragraph-properties fo:margin-top="0.15cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
 <text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm" fo:text-indent="-0.4cm" fo:margin-left="0.4cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect3" style:family="section"><style:section-properties><style:columns fo:column-count="3" fo:column-gap="0.8cm"><style:column-sep style:width="0.02cm" style:color="#999999" style:height="100%"/></style:columns></style:section-properties></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/><style:footer-style><style:header-footer-properties fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:footer><text:p text:style-name="Footer">{xe(d['heading'])} – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
<text:h text:style-name="Heading_20_1" text:outline-level="1">{xe(d['heading'])}</text:h><text:p text:style-name="Body">{xe(d['intro'])}</text:p>
<text:section text:style-name="Sect3" text:name="Reviews">{body}</text:section>
</office:text></office:body></office:document>
"""


def cp():
    m2 = os.path.expanduser("~/.m2/repository")
    jars = [f"{m2}/org/apache/pdfbox/{a}/3.0.8/{a}-3.0.8.jar" for a in ("pdfbox", "fontbox", "pdfbox-io")]
    jars += sorted(glob.glob(f"{m2}/commons-logging/commons-logging/1.3.*/commons-logging-1.3.*.jar"))[-1:]
    return ":".join(jars)


def render_inputs(B14, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B14.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "groff" in fname:
            t = groff_ms(d); open(f"{src}/{base}.ms", "w").write(t)
            pdf = subprocess.run(["groff", "-k", "-ms", "-Tpdf"], input=t.encode(), check=True, capture_output=True).stdout
            open(f"{inp}/{fname}", "wb").write(pdf)
        elif "pdfbox" in fname:
            open(f"{src}/{base}.spec.tsv", "w").write(cards_spec(d))
            subprocess.run(["java", "-cp", cp(), f"{G}/CardsDigest.java", f"{src}/{base}.spec.tsv", f"{inp}/{fname}"], check=True)
        elif "lualatex" in fname:
            t = lualatex_summary_first(d); open(f"{src}/{base}.tex", "w").write(t)
            with tempfile.TemporaryDirectory() as w:
                open(f"{w}/d.tex", "w").write(t)
                for _ in range(2):
                    subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "d.tex"], cwd=w, check=True, capture_output=True)
                os.replace(f"{w}/d.pdf", f"{inp}/{fname}")
        elif "merged-untagged" in fname:
            # the merged-cell DOCX layout printed by LibreOffice Writer, tagged PDF off
            with tempfile.TemporaryDirectory() as w:
                open(f"{src}/{base}.document.xml", "w").write(docx_merged(d, f"{w}/{base}.docx"))
                subprocess.run(["soffice", f"-env:UserInstallation=file://{w}/profile", "--headless", "--convert-to",
                                'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"}}', "--outdir", w, f"{w}/{base}.docx"],
                               check=True, capture_output=True)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        elif "docx" in fname:
            open(f"{src}/{base}.document.xml", "w").write(docx_merged(d, f"{inp}/{fname}"))
        else:
            t = fodt_threecol(d); open(f"{src}/{base}.fodt", "w").write(t)
            with tempfile.TemporaryDirectory() as w:
                open(f"{w}/{base}.fodt", "w").write(t)
                subprocess.run(["soffice", f"-env:UserInstallation=file://{w}/profile", "--headless", "--convert-to",
                                'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}', "--outdir", w, f"{w}/{base}.fodt"],
                               check=True, capture_output=True)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        print(fname)
