"""Renderers of batch 13 (see batch13.py): one producer and look per report (groff, lualatex, Chromium, DOCX -> LibreOffice,
HTML -> LibreOffice, PDFBox from a single-file Java program)."""
import glob, html, os, subprocess, zipfile
from xml.sax.saxutils import escape as x
from e2e import CHROMIUM, TAGGED_EXPORT
from batch13_content import INVENTED

h = lambda s: html.escape(s, quote=False)
HERE = os.path.dirname(os.path.abspath(__file__))


def chromium_pdf(doc, d):
    src, made = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(doc)
    subprocess.run(CHROMIUM + ["--print-to-pdf=" + made, "file://" + src], check=True, capture_output=True)
    return made


# ---------------- T1: groff -ms -Tpdf ----------------
def roff(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'").replace("\u2013", "\\(en")
    return "\\&" + s if s[:1] in ".'" else s


def t1_groff(rep, d):
    c = rep["cover"]
    out = [".RP no", ".ND \"%s\"" % rep["date"], ".ds CH - %N -", ".TL", c["title"], ".AU", rep["author"].split(",")[0],
           ".AI", c["partnership"], rep["date"], ".AB no", INVENTED, ".AE"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += [".NH", b[1]]
        elif b[0] == "p":
            out += [".PP", roff(b[1])]
        elif b[0] == "note":
            out[-1] += "\\**"
            out += [".FS", roff(b[1]), ".FE"]
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                out += [".IP \\(bu 3" if b[3] == "bullets" else ".IP (%s) 4" % "abcdefgh"[i], roff(t)]
    src = os.path.join(d, "r.ms")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    pdf = subprocess.run(["groff", "-ms", "-Tpdf", "-dpaper=a4", "-P-pa4", src], check=True, capture_output=True).stdout
    made = os.path.join(d, "r.pdf")
    open(made, "wb").write(pdf)
    return made


# ---------------- T2: lualatex + fontspec ----------------
def tex(s):
    return (s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_").replace("\u2019", "'"))


def t2_tex(rep):
    c = rep["cover"]
    out = ["\\documentclass[11pt,a4paper]{article}\\usepackage{fontspec}\\setmainfont{Liberation Serif}\\setsansfont{Liberation Sans}",
           "\\usepackage[margin=2.4cm]{geometry}\\usepackage{tabularx,longtable,xcolor}\\definecolor{ov}{HTML}{1F5C4A}",
           "\\makeatletter\\renewcommand\\section{\\@startsection{section}{1}{0pt}{3ex plus 1ex}{1.2ex}{\\sffamily\\bfseries\\large\\color{ov}}}\\makeatother",
           "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{6pt}\\pagestyle{plain}",
           "\\begin{document}\\begin{titlepage}\\sffamily\\raggedright\\hyphenpenalty=10000\\vspace*{2cm}{\\large\\color{ov} %s\\par}\\vspace{2cm}" % tex(c["partnership"]),
           "{\\Huge\\bfseries Local Child Safeguarding Practice Review:\\par\\vspace{4mm} Finley\\par}\\vspace{1.5cm}",
           "{\\large Final report, published 12 February 2026\\par}\\vspace{5mm}{Independent reviewer: Dr Ffion Whitfield\\par}",
           "\\vfill{\\itshape %s\\par}\\end{titlepage}" % INVENTED]
    for b in rep["blocks"]:
        if b[0] == "h1":
            if b[2] == "appendix":
                out.append("\\clearpage\\appendix\\section*{%s}" % tex(b[1]))
            else:
                out.append("\\section{%s}" % tex(b[1]))
        elif b[0] == "p":
            out.append("\n" + tex(b[1]))
        elif b[0] == "note":
            out.append("\\footnote{%s}" % tex(b[1]))
        elif b[0] == "items" and b[3] == "table":
            rows = "".join("%s & %s \\\\ \\hline\n" % (tex(t), tex(m)) for t, m in zip(b[2], b[4]))
            out.append("\n\\renewcommand{\\arraystretch}{1.3}\\begin{tabularx}{\\textwidth}{|X|X|}\\hline\\rowcolor{ov!15}"
                       "\\textbf{Learning} & \\textbf{What this means for practice} \\\\ \\hline\n%s\\end{tabularx}\n" % rows)
        elif b[0] == "items":
            out.append("\\begin{enumerate}%s\\end{enumerate}" % "".join("\\item %s " % tex(t) for t in b[2]))
        elif b[0] == "abbr":
            out.append("\\begin{longtable}{p{3cm}p{11cm}}\\textbf{Abbreviation} & \\textbf{Meaning}\\\\\\hline\n%s\\end{longtable}"
                       % "".join("%s & %s\\\\\n" % (tex(a), tex(m)) for a, m in b[1]))
    out.append("\\end{document}")
    return "\n".join(out).replace("\\usepackage{tabularx", "\\usepackage[table]{xcolor}\\usepackage{tabularx").replace(",xcolor,", ",")


def t2_lualatex(rep, d):
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(t2_tex(rep))
    for _ in range(2):
        subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d, check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------------- T3: Chromium brochure ----------------
def t3_html(rep):
    css = """@page{size:A4;margin:0} body{margin:0;font:9.5pt/1.45 'Liberation Sans';color:#222}
.page{width:210mm;height:296mm;box-sizing:border-box;padding:14mm 12mm 18mm;position:relative;page-break-after:always;overflow:hidden}
.cover{background:#6a1b4d;color:#fff;padding:60mm 18mm}.cover h1{font-size:34pt;line-height:1.1;margin:0 0 10mm}
.cols{column-count:3;column-gap:6mm;column-fill:auto;height:250mm} .band{column-span:all;background:#e36f1e;color:#fff;font-size:15pt;font-weight:bold;padding:3mm 4mm;margin:4mm 0 3mm}
.sub{color:#6a1b4d;margin:2mm 0 1mm} p{margin:0 0 2.5mm} .panel{background:#fbe3d0;border-left:3mm solid #e36f1e;padding:3mm;margin:2mm 0 3mm;break-inside:avoid}
.quote{column-span:all;font:italic 22pt/1.2 'Liberation Serif';color:#6a1b4d;text-align:center;margin:5mm 10mm}
ul.sq{list-style:none;padding-left:4mm} ul.sq li{position:relative;margin-bottom:2mm} ul.sq li:before{content:'';position:absolute;left:-4mm;top:1.3mm;width:2mm;height:2mm;background:#e36f1e}
ol{padding-left:5mm} ol li{margin-bottom:2mm} .foot{position:absolute;bottom:8mm;left:12mm;right:12mm;font-size:8pt;color:#6a1b4d;border-top:1px solid #e36f1e;padding-top:1mm}"""
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Fernleigh CSPR Amelia final design v3</title><style>%s</style></head><body>" % css,
           "<div class='page cover'><div style='font-size:13pt;margin-bottom:20mm'>%s</div><h1>Child Safeguarding Practice Review: Amelia</h1>"
           "<div style='font-size:14pt'>Published November 2025</div><p style='margin-top:80mm;font-size:10pt'>%s</p></div>" % (h(c["partnership"]), h(INVENTED))]
    pages, cur = [[]], None
    for b in rep["blocks"]:
        if b[0] == "break":
            pages.append([])
        else:
            pages[-1].append(b)
    for n, blocks in enumerate(pages, 2):
        body = []
        for b in blocks:
            if b[0] == "h1":
                body.append("<div class='band' role='heading' aria-level='1'>%s</div>" % h(b[1]))
            elif b[0] == "h2":
                body.append("<div class='sub'>%s</div>" % h(b[1]))
            elif b[0] == "p":
                body.append("<p>%s</p>" % h(b[1]))
            elif b[0] == "quote":
                body.append("<div class='quote'>%s</div>" % h(b[1]))
            elif b[0] == "raw":
                body.append("<div class='panel'><b>Key facts</b><br>Age: 11<br>Lived with: father and stepmother<br>Agencies: school, police, GP, hospital</div>")
            elif b[0] == "items":
                tag = "ol" if b[3] == "numbered" else "ul class='sq'"
                body.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in b[2]), tag[:2]))
        out.append("<div class='page'><div class='cols'>%s</div><div class='foot'>Fernleigh Children's Safeguarding Partnership &nbsp;|&nbsp; Amelia &nbsp;|&nbsp; %d</div></div>"
                   % ("".join(body), n))
    return "\n".join(out) + "</body></html>"


# ---------------- T4: DOCX, multi-level numbered headings, recommendation table over a page break ----------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def wp(text, style=None, pb=False, bold=False):
    ppr = ("<w:pStyle w:val='%s'/>" % style if style else "") + ("<w:pageBreakBefore/>" if pb else "")
    return "<w:p><w:pPr>%s</w:pPr><w:r>%s<w:t xml:space='preserve'>%s</w:t></w:r></w:p>" % (ppr, "<w:rPr><w:b/></w:rPr>" if bold else "", x(text))


def cell(text, width, bold=False, fill=None):
    return ("<w:tc><w:tcPr><w:tcW w:w='%d' w:type='dxa'/>%s</w:tcPr>%s</w:tc>"
            % (width, "<w:shd w:val='clear' w:color='auto' w:fill='%s'/>" % fill if fill else "", wp(text, bold=bold)))


def t4_docx(rep, path):
    c = rep["cover_lines"]
    body = [wp(c[0], "Subtitle"), wp(c[1], "Title"), wp(c[2]), wp(c[3]), wp(INVENTED)]
    first = True
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append(wp(b[1], "Heading1", pb=first))
            first = False
        elif b[0] == "h2":
            body.append(wp(b[1], "Heading2"))
        elif b[0] == "raw":
            body.append(wp(b[1][3:], "Heading3"))
        elif b[0] == "p":
            body.append(wp(b[1]))
        elif b[0] == "items" and b[3] == "h3paras":
            body.append(wp(b[2][0]))
        elif b[0] == "items":
            widths = (800, 4700, 2300, 1500)
            hdr = "<w:tr><w:trPr><w:tblHeader/></w:trPr>%s</w:tr>" % "".join(
                cell(t, w, True, "D9E2F3") for t, w in zip(("No.", "Recommendation", "Lead agency", "Timescale"), widths))
            rows = "".join("<w:tr><w:trPr><w:cantSplit/></w:trPr>%s</w:tr>" % "".join(cell(t, w) for t, w in zip(("%d" % i, r, a, s), widths))
                           for i, (r, a, s) in enumerate(zip(b[2], b[4], b[5]), 1))
            borders = "".join("<w:%s w:val='single' w:sz='4' w:space='0' w:color='808080'/>" % e for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
            body.append("<w:tbl><w:tblPr><w:tblW w:w='9300' w:type='dxa'/><w:tblBorders>%s</w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>%s%s</w:tbl>"
                        % (borders, "".join("<w:gridCol w:w='%d'/>" % w for w in widths), hdr, rows))
            body.append(wp(""))
    doc = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document %s><w:body>%s<w:sectPr><w:headerReference w:type='default' r:id='rIdH'/>"
           "<w:footerReference w:type='default' r:id='rIdF'/><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1440' w:right='1304' w:bottom='1440' w:left='1304' "
           "w:header='600' w:footer='600' w:gutter='0'/></w:sectPr></w:body></w:document>") % (W, "".join(body))
    hstyle = lambda n, sz, col: ("<w:style w:type='paragraph' w:styleId='Heading%d'><w:name w:val='heading %d'/><w:basedOn w:val='Normal'/><w:next w:val='Normal'/>"
                                 "<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val='%d'/><w:numId w:val='1'/></w:numPr><w:spacing w:before='%d' w:after='120'/>"
                                 "<w:outlineLvl w:val='%d'/></w:pPr><w:rPr><w:b/><w:color w:val='%s'/><w:sz w:val='%d'/></w:rPr></w:style>") % (n, n, n - 1, 360 - 80 * n, n - 1, col, sz)
    styles = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii='Carlito' w:hAnsi='Carlito'/>"
              "<w:sz w:val='22'/><w:lang w:val='en-GB'/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after='160' w:line='264' w:lineRule='auto'/></w:pPr></w:pPrDefault></w:docDefaults>"
              "<w:style w:type='paragraph' w:default='1' w:styleId='Normal'><w:name w:val='Normal'/></w:style>"
              "<w:style w:type='paragraph' w:styleId='Title'><w:name w:val='Title'/><w:basedOn w:val='Normal'/><w:rPr><w:sz w:val='52'/><w:color w:val='1F3864'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Subtitle'><w:name w:val='Subtitle'/><w:basedOn w:val='Normal'/><w:pPr><w:spacing w:before='2400'/></w:pPr><w:rPr><w:sz w:val='28'/></w:rPr></w:style>"
              "%s%s%s"
              "<w:style w:type='paragraph' w:styleId='Header'><w:name w:val='header'/><w:basedOn w:val='Normal'/><w:pPr><w:jc w:val='center'/></w:pPr><w:rPr><w:b/><w:color w:val='C00000'/><w:sz w:val='18'/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Footer'><w:name w:val='footer'/><w:basedOn w:val='Normal'/><w:pPr><w:jc w:val='right'/></w:pPr><w:rPr><w:sz w:val='18'/></w:rPr></w:style></w:styles>") % (
        W, hstyle(1, 32, "1F3864"), hstyle(2, 26, "2F5496"), hstyle(3, 23, "2F5496"))
    lvl = lambda i, txt, ind: ("<w:lvl w:ilvl='%d'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:pStyle w:val='Heading%d'/><w:lvlText w:val='%s'/>"
                               "<w:lvlJc w:val='left'/><w:pPr><w:ind w:left='%d' w:hanging='%d'/></w:pPr></w:lvl>") % (i, i + 1, txt, ind, ind)
    numbering = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:numbering %s><w:abstractNum w:abstractNumId='0'><w:multiLevelType w:val='multilevel'/>%s%s%s</w:abstractNum>"
                 "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num></w:numbering>") % (W, lvl(0, "%1", 567), lvl(1, "%1.%2", 709), lvl(2, "%1.%2.%3", 851))
    hdr = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:hdr %s><w:p><w:pPr><w:pStyle w:val='Header'/></w:pPr><w:r><w:t>OFFICIAL</w:t></w:r></w:p></w:hdr>" % W
    fld = lambda name: ("<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>%s</w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r>"
                        "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>") % name
    ftr = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:ftr %s><w:p><w:pPr><w:pStyle w:val='Footer'/></w:pPr><w:r><w:t xml:space='preserve'>Page </w:t></w:r>%s"
           "<w:r><w:t xml:space='preserve'> of </w:t></w:r>%s</w:p></w:ftr>") % (W, fld("PAGE"), fld("NUMPAGES"))
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


# ---------------- T5: Welsh / English side by side ----------------
def t5_html(rep):
    css = """@page{size:A4;margin:16mm 15mm 18mm} body{font:10pt/1.4 'DejaVu Sans';margin:0}
.row{display:grid;grid-template-columns:1fr 1fr;column-gap:9mm;break-inside:avoid} .cy{color:#444}
h2{font-size:12.5pt;color:#00594c;margin:5mm 0 2mm} ul,ol{padding-left:5mm;margin:0 0 2mm} li{margin-bottom:1.5mm} p{margin:0 0 2.5mm}
.pb{break-before:page} .cover{text-align:center;padding-top:40mm;break-after:page}"""
    c, cy = rep["cover"], rep["cover_cy"]
    out = ["<!DOCTYPE html><html lang='cy'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><p style='font-size:13pt'>%s<br>%s</p><p style='font-size:19pt;color:#00594c;margin-top:25mm'><b>%s</b></p>"
           "<p style='font-size:19pt;color:#00594c'><b>%s</b></p><p style='margin-top:15mm'>Cyfeirnod / Reference: CAR 2023/07</p>"
           "<p>Cyhoeddwyd / Published: Mai / May 2024</p><p style='margin-top:40mm'><i>Mae'r adolygiad hwn wedi'i ddyfeisio ar gyfer profi meddalwedd.<br>%s</i></p></div>"
           % (h(cy[0]), h(c["partnership"]), h(cy[1]), h(c["title"]), h(INVENTED))]
    page = 2
    for b in rep["blocks"]:
        if b[0] == "break":
            out.append("<div class='pb'></div>")
        elif b[0] == "h1":
            out.append("<div class='row'><h2 lang='cy'>%s</h2><h2>%s</h2></div>" % (h(b[4]), h(b[1])))
        elif b[0] == "p":
            out.append("<div class='row'><p class='cy' lang='cy'>%s</p><p>%s</p></div>" % (h(b[2]), h(b[1])))
        elif b[0] == "items":
            tag = "ol" if b[3] == "numbered" else "ul"
            li = lambda ts: "".join("<li>%s</li>" % h(t) for t in ts)
            out.append("<div class='row'><%s class='cy' lang='cy'>%s</%s><%s>%s</%s></div>" % (tag, li(b[4]), tag, tag, li(b[2]), tag))
    return "\n".join(out) + "</body></html>"


# ---------------- T6: Writer HTML, one numbered list through the whole document ----------------
def t6_html(rep):
    c = rep["cover"]
    css = "body{font-family:'Liberation Serif';font-size:12pt} li{margin-bottom:8pt;text-align:justify}"
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>Tarnwick LCSPR exec summary FINAL</title><style>%s</style></head><body>" % css,
           "<p align='center' style='font-size:13pt'>%s</p><p align='center' style='font-size:18pt'><b>Local Child Safeguarding Practice Review: Child A</b></p>"
           "<p align='center' style='font-size:14pt'>Executive summary</p><p align='center'>Published: 30 June 2025</p><p align='center'><i>%s</i></p><ol>"
           % (h(c["partnership"]), h(INVENTED))]
    for b in rep["blocks"]:
        if b[0] == "h1r":
            out.append("<li><b>%s.</b> %s</li>" % (h(b[1]), h(b[3])))
        elif b[0] == "p":
            out.append("<li>%s</li>" % h(b[1]))
        elif b[0] == "items":
            out += ["<li>%s</li>" % h(t) for t in b[2]]
    return "\n".join(out) + "</ol></body></html>"


# ---------------- T7: slides ----------------
WORDS = ["One", "Two", "Three", "Four", "Five", "Six"]


def t7_html(rep):
    css = """@page{size:254mm 142.9mm;margin:0} body{margin:0;font-family:'Liberation Sans'}
.s{width:254mm;height:142.9mm;position:relative;box-sizing:border-box;page-break-after:always;overflow:hidden;background:#fff}
.t{background:#123c69;color:#fff;font-size:26pt;padding:7mm 14mm;font-weight:bold} ul{font-size:17pt;margin:8mm 14mm 0 8mm;line-height:1.3} li{margin-bottom:3mm}
.n{position:absolute;right:8mm;bottom:5mm;font-size:10pt;color:#666} .logo{position:absolute;left:14mm;bottom:5mm;font-size:9pt;color:#123c69}"""
    c = rep["cover"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>PowerPoint Presentation</title><style>%s</style></head><body>" % css,
           "<div class='s' style='background:#123c69;color:#fff;padding:25mm 18mm'><div style='font-size:14pt'>%s</div>"
           "<div style='font-size:32pt;font-weight:bold;margin:8mm 0'>Child Safeguarding Practice Review: Jacob</div><div style='font-size:18pt'>Learning briefing &ndash; January 2026</div>"
           "<div style='font-size:10pt;margin-top:14mm'>%s</div></div>" % (h(c["partnership"]), h(INVENTED))]
    n = 1
    for b in rep["blocks"]:
        if b[0] == "h1":
            title = b[1]
        elif b[0] == "items":
            n += 1
            lis = "".join("<li>%s</li>" % (("<b>Recommendation %s:</b> " % WORDS[i]) + h(t) if b[3] == "words" else h(t)) for i, t in enumerate(b[2]))
            out.append("<div class='s'><div class='t'>%s</div><ul>%s</ul><div class='logo'>Penrose Bay Safeguarding Partnership</div><div class='n'>%d</div></div>" % (h(title), lis, n))
    return "\n".join(out) + "</body></html>"


# ---------------- T8: PDFBox ----------------
JAVA = r'''
import org.apache.pdfbox.pdmodel.*; import org.apache.pdfbox.pdmodel.common.PDRectangle; import org.apache.pdfbox.pdmodel.font.*;
import java.nio.file.*; import java.util.*;
public class Gen {
  static PDDocument doc = new PDDocument(); static PDPageContentStream cs; static float y; static int pageNo = 0;
  static PDType1Font REG = new PDType1Font(Standard14Fonts.FontName.HELVETICA), BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  static void page() throws Exception { if (cs != null) cs.close(); PDPage p = new PDPage(PDRectangle.A4); doc.addPage(p); pageNo++;
    cs = new PDPageContentStream(doc, p); y = 770;
    if (pageNo > 1) { text(BOLD, 8, 72, 800, "LUDFORD LSCB - SERIOUS CASE REVIEW - CHILD E"); text(REG, 8, 280, 40, "Page " + pageNo); } }
  static void text(PDFont f, float size, float x, float yy, String s) throws Exception { cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, yy); cs.showText(s); cs.endText(); }
  static void para(PDFont f, float size, String s, float indent) throws Exception {
    StringBuilder line = new StringBuilder(); float width = 451 - indent;
    for (String w : s.split(" ")) { String t = line.length() == 0 ? w : line + " " + w;
      if (f.getStringWidth(t) / 1000 * size > width) { emit(f, size, line.toString(), indent); line = new StringBuilder(w); } else { line = new StringBuilder(t); } }
    if (line.length() > 0) emit(f, size, line.toString(), indent); y -= 6; }
  static void emit(PDFont f, float size, String s, float indent) throws Exception { if (y < 70) page(); text(f, size, 72 + indent, y, s); y -= size * 1.35f; }
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(a[0])); page();
    for (String l : lines) { String k = l.substring(0, 2), s = l.substring(2);
      switch (k) {
        case "C1" -> { y -= 4; para(BOLD, 13, s, 0); }
        case "C2" -> para(REG, 12, s, 0);
        case "CB" -> { if (cs != null) page(); }
        case "H:" -> { if (y < 130) page(); y -= 10; para(BOLD, 10.5f, s, 0); cs.moveTo(72, y + 12); cs.lineTo(523, y + 12); cs.setLineWidth(0.5f); cs.stroke(); y -= 2; }
        case "L:" -> { if (y < 110) page(); para(BOLD, 10.5f, s, 18); y += 4; }
        case "I:" -> para(REG, 10.5f, s, 18);
        default -> para(REG, 10.5f, s, 0);
      } }
    cs.close(); doc.save(a[1]); doc.close(); } }
'''


def t8_pdfbox(rep, d):
    c = rep["cover"]
    lines = ["CB", "C2" + "LUDFORD LOCAL SAFEGUARDING CHILDREN BOARD", "C2", "C2", "C1SERIOUS CASE REVIEW: CHILD E", "C1Executive Summary", "C2",
             "C2Published: March 2018", "C2Lead reviewer: Martin Oakhampton", "C2", "C2" + INVENTED, "CB"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            lines.append("H:" + b[1])
        elif b[0] == "p":
            lines.append("P:" + b[1])
        elif b[0] == "items":
            word = "Lesson" if b[1] == "learning" else "Recommendation"
            for i, t in enumerate(b[2]):
                lines += ["L:%s %s" % (word, WORDS[i]), "I:" + t]
    lines = lines[1:]  # the first page is opened by the program
    src = os.path.join(d, "in.txt")
    open(src, "w", encoding="utf-8").write("\n".join(l if len(l) >= 2 else l + " " for l in lines) + "\n")
    open(os.path.join(d, "Gen.java"), "w").write(JAVA)
    m2 = os.path.expanduser("~/.m2/repository")
    cp = ":".join(glob.glob(m2 + "/org/apache/pdfbox/pdfbox/3.0.8/*.jar") + glob.glob(m2 + "/org/apache/pdfbox/fontbox/3.0.8/*.jar")
                  + glob.glob(m2 + "/org/apache/pdfbox/pdfbox-io/3.0.8/*.jar") + glob.glob(m2 + "/commons-logging/commons-logging/1.3.*/*.jar")[:1])
    made = os.path.join(d, "r.pdf")
    subprocess.run(["java", "-cp", cp, os.path.join(d, "Gen.java"), src, made], check=True, capture_output=True)
    return made


def render(rep, d):
    key = rep["file"].split("-")[0]
    if key == "brackenhurst":
        return t1_groff(rep, d)
    if key == "ormsby":
        return t2_lualatex(rep, d)
    if key == "fernleigh":
        return chromium_pdf(t3_html(rep), d)
    if key == "hadleigh":
        src = os.path.join(d, "r.docx")
        t4_docx(rep, src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", TAGGED_EXPORT, "--outdir", d, src],
                       check=True, capture_output=True)
        return os.path.join(d, "r.pdf")
    if key == "cwm":
        src, made = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
        open(src, "w", encoding="utf-8").write(t5_html(rep))
        subprocess.run(CHROMIUM + ["--print-to-pdf=" + made, "--generate-pdf-document-outline", "file://" + src], check=True, capture_output=True)
        return made
    if key == "tarnwick":
        src = os.path.join(d, "r.html")
        open(src, "w", encoding="utf-8").write(t6_html(rep))
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", d, src], check=True, capture_output=True)
        return os.path.join(d, "r.pdf")
    if key == "penrose":
        return chromium_pdf(t7_html(rep), d)
    return t8_pdfbox(rep, d)
