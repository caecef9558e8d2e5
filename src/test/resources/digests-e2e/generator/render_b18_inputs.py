# Renders the inputs of batch b18 (see render_b18.py and entries_b18.py). Invented material, test fixtures only.
import html, os, shutil, subprocess, tempfile, textwrap
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
NOTE = "All of the children, families and places in this digest are invented for testing."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/review.pdf"


def curly(s): return s.replace("'", "\u2019")


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["good"]: out.append((e["lab"][2], e["good"]))
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    return out


def run(cmd, **kw): subprocess.run(cmd, check=True, **kw)


# 1. groff mom (pdfmom): docheader TITLE/AUTHOR, mom's default page header on page 2+, every review a HEADING 1, labels
#    as bold paragraphs, items in mom LIST BULLET, the link a PDF_WWW_LINK.
def groff_mom(d, src, pdf):
    def esc(s): return curly(s).replace("\\", "\\\\")
    L = [".\\\" " + NOTE, ".TITLE \"%s\"" % esc(d["heading"]), ".AUTHOR \"NSPCC Learning\"", ".DOCTYPE DEFAULT", ".PRINTSTYLE TYPESET",
         ".PAPER A4", ".PT_SIZE 11", ".HEADER_LEFT \"NSPCC Learning\"", ".HEADER_CENTER \"%s\"" % esc(d["heading"]), ".START", ".PP", esc(d["intro"])]
    for i, e in enumerate(d["entries"], 1):
        L += [".HEADING 1 \"%s\"" % esc(e["title"]), ".PP", esc(e["summary"])]
        for lab, lst in groups(e):
            if lab is None: L += [".PP", esc(lst)]; continue
            L += [".PP", "\\f[B]%s\\f[P]" % esc(lab), ".LIST BULLET"]
            for x in lst: L += [".ITEM", esc(x)]
            L += [".LIST OFF"]
        L += [".PP", ".PDF_WWW_LINK %s \"%s\"" % (url(d, i), esc(e["link"]))]
    open(src, "w").write("\n".join(L) + "\n")
    with open(pdf, "wb") as f: run(["pdfmom", "-k", src], stdout=f)


# 2. LibreOffice Impress (flat ODP -> PDF): a title slide with the digest heading and intro, then one slide per review
#    (16:9): the title in a coloured bar frame, the summary, bold labels over bulleted lists (text:list), the link; a
#    footer text on every slide with the digest title and the slide number.
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')


def impress(d, src, pdf):
    st = """<office:automatic-styles>
 <style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" style:print-orientation="landscape"/></style:page-layout>
 <style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff"/></style:style>
 <style:style style:name="bar" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#3b1f5b" draw:textarea-vertical-align="middle" fo:padding-left="0.6cm" draw:auto-grow-height="false"/></style:style>
 <style:style style:name="box" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding="0.1cm"/></style:style>
 <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#ffffff" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties fo:font-size="11pt" fo:color="#222222" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="P3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#3b1f5b" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="P4" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="11pt" fo:color="#222222" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="P5" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:color="#666666" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="P6" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="#ffffff" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="P7" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:color="#222222" fo:font-family="'Liberation Sans'"/></style:style>
 <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25cf"><style:list-level-properties text:space-before="0.2cm" text:min-label-width="0.4cm"/><style:text-properties fo:font-size="70%" fo:color="#c8102e"/></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>"""
    def frame(style, x, y, w, hgt, body):
        return f'<draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" svg:height="{hgt}cm"><draw:text-box>{body}</draw:text-box></draw:frame>'
    def foot(n): return frame("box", 1, 14.8, 26, 0.7, f'<text:p text:style-name="P5">NSPCC Learning \u00b7 {h(d["heading"])} \u00b7 {n}</text:p>')
    pages = [f'<draw:page draw:name="s1" draw:master-page-name="Default" draw:style-name="dp1">'
             + frame("bar", 0, 3.5, 28, 3.2, f'<text:p text:style-name="P6">{h(d["heading"])}</text:p>')
             + frame("box", 1.2, 7.5, 25, 4, f'<text:p text:style-name="P7">{h(curly(d["intro"]))}</text:p>') + foot(1) + '</draw:page>']
    for i, e in enumerate(d["entries"], 1):
        body = f'<text:p text:style-name="P2">{h(curly(e["summary"]))}</text:p>'
        for lab, lst in groups(e):
            if lab is None: body += f'<text:p text:style-name="P2">{h(curly(lst))}</text:p>'; continue
            body += f'<text:p text:style-name="P3">{h(curly(lab))}</text:p><text:list text:style-name="L1">'
            body += "".join(f'<text:list-item><text:p text:style-name="P4">{h(curly(x))}</text:p></text:list-item>' for x in lst) + '</text:list>'
        body += f'<text:p text:style-name="P3"><text:a xlink:type="simple" xlink:href="{url(d, i)}">{h(e["link"])}</text:a></text:p>'
        pages.append(f'<draw:page draw:name="s{i + 1}" draw:master-page-name="Default" draw:style-name="dp1">'
                     + frame("bar", 0, 0.6, 28, 1.8, f'<text:p text:style-name="P1">{h(curly(e["title"]))}</text:p>')
                     + frame("box", 1.2, 2.8, 25.6, 11.8, body) + foot(i + 1) + '</draw:page>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {NOTE} -->\n<office:document {ODF_NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.presentation">{st}<office:body><office:presentation>'
           + "".join(pages) + '</office:presentation></office:body></office:document>\n')
    open(src, "w").write(xml)
    soffice(src, pdf, "impress_pdf_Export")


def soffice(src, pdf, filt):
    with tempfile.TemporaryDirectory() as t:
        run(["soffice", f"-env:UserInstallation=file://{t}/u", "--headless", "--convert-to", f"pdf:{filt}", "--outdir", t, src],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(t, os.path.splitext(os.path.basename(src))[0] + ".pdf"), pdf)


# 3. LibreOffice Calc (flat ODS -> PDF): a printed sheet, A4 landscape: the digest title and intro in the first cells,
#    a header row 'Review | Summary | Learning includes | Recommendations include | Link', one row per review, wrapped
#    cells with '• ' lines (one paragraph per item) inside the cells, borders; page header and 'Page N of M' footer.
def calc(d, src, pdf):
    st = """<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="7.6cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
 <style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle_Digest"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties fo:wrap-option="no-wrap"/><style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="ce3" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde4ee" fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="ce4" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top" fo:padding="0.05cm"/><style:text-properties fo:font-size="8.5pt" fo:font-family="'Liberation Sans'"/></style:style>
 <style:style style:name="ce5" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top" fo:padding="0.05cm"/><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:font-family="'Liberation Sans'"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.2cm" style:print="objects charts drawings" style:scale-to-X="1" style:scale-to-Y="0"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>"""
    ms = f"""<office:master-styles><style:master-page style:name="PageStyle_Digest" style:page-layout-name="pm1">
 <style:header><style:region-left><text:p>NSPCC Learning</text:p></style:region-left><style:region-right><text:p>{h(d["heading"])}</text:p></style:region-right></style:header>
 <style:footer><text:p>Page <text:page-number>1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>"""
    def cell(style, paras):
        return f'<table:table-cell table:style-name="{style}" office:value-type="string">' + "".join(f"<text:p>{p}</text:p>" for p in paras) + "</table:table-cell>"
    rows = [f'<table:table-row table:style-name="ro1">{cell("ce1", [h(d["heading"])])}<table:table-cell table:number-columns-repeated="4"/></table:table-row>',
            f'<table:table-row table:style-name="ro1">{cell("ce2", [h(curly(d["intro"]))])}<table:table-cell table:number-columns-repeated="4"/></table:table-row>',
            '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="5"/></table:table-row>',
            '<table:table-row table:style-name="ro1">' + "".join(cell("ce3", [x]) for x in ("Review", "Summary", "Learning includes", "Recommendations include", "Link")) + "</table:table-row>"]
    for i, e in enumerate(d["entries"], 1):
        learn = [h("\u2022 " + curly(x)) for x in e["learning"]]
        if e["good"]: learn += [h(curly(e["lab"][2]))] + [h("\u2022 " + curly(x)) for x in e["good"]]
        recs = [h("\u2022 " + curly(x)) for x in e["recs"]] or [h(curly(e["norec"] or ""))]
        link = f'<text:a xlink:type="simple" xlink:href="{url(d, i)}">{h(e["link"])}</text:a>'
        rows.append('<table:table-row table:style-name="ro1">' + cell("ce5", [h(curly(e["title"]))]) + cell("ce4", [h(curly(e["summary"]))])
                    + cell("ce4", learn) + cell("ce4", recs) + cell("ce4", [link]) + "</table:table-row>")
    body = ('<office:body><office:spreadsheet><table:table table:name="Reviews" table:style-name="ta1">'
            '<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/>'
            '<table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/>' + "".join(rows)
            + '</table:table></office:spreadsheet></office:body>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {NOTE} -->\n<office:document {ODF_NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{st}{ms}{body}</office:document>\n')
    open(src, "w").write(xml)
    soffice(src, pdf, "calc_pdf_Export")


# 4. A scan: the digest printed by groff -ms to PostScript, rasterised by Ghostscript at 300 dpi, turned by 0.4 degrees,
#    greyed and given noise by ImageMagick (a photocopy), then tesseract 5 writes a PDF of the images with an invisible
#    OCR text layer (GlyphLessFont). No link annotations: the 'Read ... (PDF)' lines are only printed.
def ocr_scan(d, src, pdf):
    def esc(s): return curly(s).replace("\\", "\\\\")
    L = [".\\\" " + NOTE, ".nr PS 11", ".nr VS 13", ".TL", esc(d["heading"]), ".LP", esc(d["intro"])]
    for e in d["entries"]:
        L += [".SH", esc(e["title"]), ".LP", esc(e["summary"])]
        for lab, lst in groups(e):
            if lab is None: L += [".LP", esc(lst)]; continue
            L += [".LP", "\\fB%s\\fP" % esc(lab)]
            for x in lst: L += [".IP \\(bu 2", esc(x)]
        L += [".LP", "\\fI%s\\fP" % esc(e["link"])]
    open(src, "w").write("\n".join(L) + "\n")
    with tempfile.TemporaryDirectory() as t:
        with open(f"{t}/d.ps", "wb") as f: run(["groff", "-k", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", src], stdout=f)
        run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r300", f"-sOutputFile={t}/p%d.png", f"{t}/d.ps"])
        pages = sorted(x for x in os.listdir(t) if x.endswith(".png"))
        for p in pages:
            run(["/usr/bin/convert", f"{t}/{p}", "-rotate", "0.4", "-background", "white", "-flatten", "-attenuate", "0.25", "+noise", "Gaussian",
                 "-level", "8%,96%", "-density", "300", "-units", "PixelsPerInch", f"{t}/s{p}"])
        open(f"{t}/list.txt", "w").write("".join(f"{t}/s{p}\n" for p in pages))
        run(["tesseract", f"{t}/list.txt", f"{t}/out", "-l", "eng", "pdf"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(f"{t}/out.pdf", pdf)


# 5. Hand-written PostScript (standard Times and Helvetica, lines wrapped by a PostScript procedure measuring each word
#    with stringwidth, every word its own show), titles in white Helvetica-Bold on a drawn dark band, labels in
#    Helvetica-Oblique, items with a bullet glyph and hanging indent, a running foot; Ghostscript ps2pdf, then qpdf
#    encrypts it with AES-256 (R6), an empty user password and an owner password that forbids extraction and changes.
PS_PROLOG = r"""%!PS-Adobe-3.0
%%Title: (TITLE)
%%Creator: hand-written PostScript (invented test fixture)
%%DocumentMedia: A4 595 842 0 () ()
% NOTE
/L 62 def /R 533 def /BOT 70 def /y 790 def /pg 1 def
/lat { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def
/TR /Times-Roman lat /TB /Times-Bold lat /HB /Helvetica-Bold lat /HO /Helvetica-Oblique lat /HR /Helvetica lat
/foot { /HR findfont 8 scalefont setfont L 40 moveto FOOT show R 40 moveto (Page ) pg 3 string cvs concatstr dup stringwidth pop neg 0 rmoveto show } def
/concatstr { exch dup length 2 index length add string dup dup 4 2 roll copy length 4 -1 roll putinterval } def
/newpage { foot showpage /pg pg 1 add def /y 790 def } def
/need { y exch sub BOT lt { newpage } if } def
% str x0 width size font  -> wraps words, every word its own show
/para { /fnt exch def /sz exch def /w exch def /x0 exch def /cx x0 def
  fnt findfont sz scalefont setfont /sp ( ) stringwidth pop def
  sz 1.25 mul need /y y sz 1.25 mul sub def
  { ( ) search { exch pop word } { word exit } ifelse } loop
  /y y sz 0.45 mul sub def } def
/word { /wd exch def wd stringwidth pop cx add x0 w add gt { /y y sz 1.25 mul sub def y BOT lt { newpage fnt findfont sz scalefont setfont } if /cx x0 def } if
  cx y moveto wd show /cx cx wd stringwidth pop add sp add def } def
/band { /t exch def 34 need /y y 30 sub def 0.17 0.24 0.31 setrgbcolor L y 6 sub R L sub 24 rectfill 1 setgray
  /HB findfont 12 scalefont setfont L 8 add y 2 add moveto t show 0 setgray /y y 16 sub def } def
/bullet { 14 need /Times-Roman findfont 10.5 scalefont setfont L 10 add y 13.1 sub moveto (\267) show } def
"""


def postscript_qpdf(d, src, pdf):
    def ps(s): return "(" + curly(s).replace("\u2019", "\u0027").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("\u2013", "-") + ")"
    out = PS_PROLOG.replace("TITLE", d["heading"]).replace("NOTE", NOTE)
    out += "/FOOT %s def\n" % ps("NSPCC Learning \u00b7 " + d["heading"]).replace("\u00b7", "\\267")
    out += "%s L R L sub 20 /TB para\n%s L R L sub 10.5 /TR para\n" % (ps(d["heading"]), ps(d["intro"]))
    for i, e in enumerate(d["entries"], 1):
        out += "%s band\n%s L R L sub 10.5 /TR para\n" % (ps(e["title"]), ps(e["summary"]))
        for lab, lst in groups(e):
            if lab is None: out += "%s L R L sub 10.5 /TR para\n" % ps(lst); continue
            out += "%s L R L sub 10 /HO para\n" % ps(lab)
            for x in lst: out += "bullet %s L 22 add R L sub 22 sub 10.5 /TR para\n" % ps(x)
        out += "%s L R L sub 10 /HO para\n" % ps(e["link"])
    out += "foot showpage\n%%EOF\n"
    open(src, "w", encoding="latin-1").write(out.replace("\u2013", "-"))
    with tempfile.TemporaryDirectory() as t:
        run(["ps2pdf", "-sPAPERSIZE=a4", src, f"{t}/plain.pdf"])
        run(["qpdf", "--encrypt", "", "owner-b18-invented", "256", "--extract=n", "--modify=none", "--print=full", "--", f"{t}/plain.pdf", pdf])


# 6. An HTML e-mail built for Outlook: MSO conditional comments (a fixed-width ghost table for Outlook,
#    `<!--[if !mso]><!-->` blocks for other clients), inline styles only, role="presentation" tables, a hidden preheader,
#    titles as linked text in a styled cell, labels as styled <p>, items as rows of a two-cell table (a '•' cell and the
#    text cell), a 'Read ...' button made of a table cell with a link (VML roundrect for Outlook).
def html_mso(d, out):
    P = '<p style="margin:0 0 10px 0;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#333333;">'
    LAB = '<p style="margin:12px 0 4px 0;font-family:Arial,sans-serif;font-size:13px;line-height:18px;color:#6a1b9a;font-weight:bold;">'
    rows = []
    for i, e in enumerate(d["entries"], 1):
        u = url(d, i)
        b = [f'<tr><td style="padding:20px 24px 4px 24px;"><a href="{u}" style="font-family:Arial,sans-serif;font-size:19px;line-height:24px;color:#6a1b9a;font-weight:bold;text-decoration:none;">{h(curly(e["title"]))}</a></td></tr>',
             f'<tr><td style="padding:6px 24px 0 24px;">{P}{h(curly(e["summary"]))}</p>']
        for lab, lst in groups(e):
            if lab is None: b.append(f'{P}{h(curly(lst))}</p>'); continue
            b.append(f'{LAB}{h(curly(lab))}</p>\n<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%">')
            for x in lst:
                b.append(f'<tr><td width="18" valign="top" style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#6a1b9a;">&#8226;</td><td style="font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#333333;padding-bottom:4px;">{h(curly(x))}</td></tr>')
            b.append('</table>')
        b.append(f'''</td></tr>
<tr><td style="padding:10px 24px 20px 24px;">
<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="{u}" style="height:36px;v-text-anchor:middle;width:240px;" arcsize="10%" fillcolor="#6a1b9a" stroke="f"><center style="color:#ffffff;font-family:Arial,sans-serif;font-size:14px;">{h(e["link"])}</center></v:roundrect><![endif]-->
<!--[if !mso]><!--><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#6a1b9a;border-radius:4px;padding:9px 18px;"><a href="{u}" style="font-family:Arial,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;">{h(e["link"])}</a></td></tr></table><!--<![endif]-->
</td></tr>
<tr><td style="padding:0 24px;"><div style="border-top:1px solid #dddddd;font-size:1px;line-height:1px;">&nbsp;</div></td></tr>''')
        rows.append("\n".join(b))
    doc = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{h(d["heading"])}</title>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<!--[if mso]><style type="text/css">body, table, td, p, a {{font-family: Arial, sans-serif !important;}}</style><![endif]-->
</head>
<!-- {NOTE} -->
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">New case reviews this month: neglect, home education and babies' safety.&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;"><tr><td align="center" style="padding:16px 8px;">
<!--[if mso]><table role="presentation" align="center" width="640" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="max-width:640px;background-color:#ffffff;">
<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777777;text-align:right;"><a href="https://learning.nspcc.org.uk/email/view" style="color:#777777;">View this email in your browser</a></td></tr>
<tr><td style="background-color:#6a1b9a;padding:22px 24px;"><h1 style="margin:0;font-family:Arial,sans-serif;font-size:26px;line-height:32px;color:#ffffff;font-weight:bold;">{h(d["heading"])}</h1></td></tr>
<tr><td style="padding:18px 24px 0 24px;">{P}{h(curly(d["intro"]))}</p></td></tr>
{chr(10).join(rows)}
<tr><td style="padding:20px 24px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#777777;">You are receiving this email because you signed up to NSPCC Learning updates. <a href="https://learning.nspcc.org.uk/email/unsubscribe" style="color:#777777;">Unsubscribe</a> | <a href="https://learning.nspcc.org.uk/email/preferences" style="color:#777777;">Update your preferences</a></td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body>
</html>
'''
    open(out, "w").write(doc)


# 7. Markdown with footnotes and definition lists (PHP Markdown Extra / pandoc style): '## ' titles; the report link as a
#    footnote reference after the 'Read ... (PDF)' line ('[^r1]'), the footnote definitions with the URLs at the end; labels as
#    definition-list terms with each item a ': ' definition; an HTML comment; '***' between reviews.
def markdown_footnotes(d, out):
    L = [f"# {d['heading']}", "", f"<!-- {NOTE} -->", "", curly(d["intro"]), ""]
    notes = []
    for i, e in enumerate(d["entries"], 1):
        L += [f"## {curly(e['title'])}", "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L += [curly(lab).rstrip(":")] + [f":   {curly(x)}" for x in lst] + [""]
        L += [f"{e['link']}[^r{i}]", ""]
        L += ["***", ""] if i < len(d["entries"]) else []
        notes.append(f"[^r{i}]: <{url(d, i)}>")
    L += ["---", ""] + notes
    open(out, "w").write("\n".join(L) + "\n")


# 8. A plain-text e-mail saved as text: RFC 822 headers (From, To, Subject, Date, MIME-Version, Content-Type text/plain
#    utf-8, Content-Transfer-Encoding: quoted-printable), then the body quoted-printable encoded: '=' soft line breaks
#    at 76 columns inside long lines, UTF-8 bytes as =E2=80=99 / =E2=80=93, '=3D' for '='; a signature block.
def email_qp(d, out):
    import quopri
    B = [d["heading"], "", curly(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        B += [f"{i}. {curly(e['title'])}", "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: B += [curly(lst), ""]; continue
            B += [curly(lab)] + [f"* {curly(x)}" for x in lst] + [""]
        B += [f"{e['link']}: {url(d, i)}", ""]
    B += ["-- ", "NSPCC Learning \u2013 case reviews team", "You are receiving this email because you subscribed to case review updates."]
    body = quopri.encodestring("\n".join(B).encode("utf-8")).decode("ascii")
    head = ["From: NSPCC Learning <learning@example.org.uk>", "To: Safeguarding leads <leads@example.org.uk>",
            f"Subject: {d['heading']}", "Date: Tue, 12 Mar 2024 09:15:02 +0000", "Message-ID: <b18-invented-0312@example.org.uk>",
            "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
            f"X-Note: {NOTE}", ""]
    open(out, "w").write("\n".join(head) + "\n" + body + "\n")


def render_inputs(B18, OUT, only):
    os.makedirs(f"{OUT}/input", exist_ok=True); os.makedirs(f"{OUT}/source", exist_ok=True)
    for f, d in B18.items():
        if only and f not in only: continue
        base, inp, srcd = os.path.splitext(f)[0], f"{OUT}/input/{f}", f"{OUT}/source"
        if f.startswith("b18-groff-mom"): groff_mom(d, f"{srcd}/{base}.mom", inp)
        elif f.startswith("b18-impress"): impress(d, f"{srcd}/{base}.fodp", inp)
        elif f.startswith("b18-calc"): calc(d, f"{srcd}/{base}.fods", inp)
        elif f.startswith("b18-ocr"): ocr_scan(d, f"{srcd}/{base}.ms", inp)
        elif f.startswith("b18-postscript"): postscript_qpdf(d, f"{srcd}/{base}.ps", inp)
        elif f.startswith("b18-html-mso"): html_mso(d, inp)
        elif f.startswith("b18-markdown"): markdown_footnotes(d, inp)
        elif f.startswith("b18-email"): email_qp(d, inp)
        print("wrote", f)
