# Renders the inputs of batch b22 (see render_b22.py and entries_b22.py). Invented material, test fixtures only.
import glob, html, os, subprocess, tempfile, textwrap, zipfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
M2 = os.path.expanduser("~/.m2/repository")
OHTP_JARS = ["com/openhtmltopdf/openhtmltopdf-core/1.0.10", "com/openhtmltopdf/openhtmltopdf-pdfbox/1.0.10", "org/apache/pdfbox/pdfbox/2.0.24",
             "org/apache/pdfbox/fontbox/2.0.24", "org/apache/pdfbox/xmpbox/2.0.24", "de/rototor/pdfbox/graphics2d/0.32", "commons-logging/commons-logging/1.2"]


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def curly(s): return s.replace("'", "\u2019")


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def x(s): return h(curly(s), quote=False)


# 1. openhtmltopdf 1.0.10 (Java, PDFBox 2.0.24), untagged, A4: a newsletter page whose reviews are cards two per row
#    (a layout table of two cells a row, each holding a bordered card: a coloured type line, the title as a bold div, the
#    summary, bold label paragraphs, disc lists drawn by the renderer, the link); running head and 'Page N of M' foot
#    from @page margin boxes; built-in base-14 fonts (Helvetica), not embedded.
def ohtp(d):
    css = """@page{size:A4;margin:20mm 14mm 18mm;@top-left{content:"NSPCC Learning \\2022  Case reviews";font:8pt Helvetica;color:#666}
@bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt Helvetica;color:#666}}
body{font:8.8pt/1.35 Helvetica,sans-serif;color:#222} h1{font-size:18pt;color:#00548b;margin:0 0 2mm}
table.cards{width:100%;border-collapse:separate;border-spacing:4mm 4mm;margin-left:-4mm} td.slot{width:50%;vertical-align:top;padding:0}
.card{border:0.8pt solid #9fbfd6;border-radius:2mm;padding:3mm;page-break-inside:avoid} .kind{font-size:7pt;color:#00548b;text-transform:uppercase;letter-spacing:0.5pt}
.ttl{font-weight:bold;font-size:10.5pt;color:#00548b;margin:1mm 0 2mm} .lab{font-weight:bold;margin:2mm 0 0.5mm} ul{margin:0;padding-left:4mm}
a{color:#00548b} .foot{font-size:7.5pt;color:#555;border-top:0.5pt solid #bbb;padding-top:1.5mm}"""
    cards = []
    for i, e in enumerate(d["entries"], 1):
        kind = e["title"].split(": ", 1)[1]
        p = [f'<div class="kind">{x(kind)}</div><div class="ttl">{x(e["title"])}</div><p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: p.append(f"<p>{x(lst)}</p>"); continue
            p.append(f'<p class="lab">{x(lab)}</p><ul>' + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul>")
        p.append(f'<p><a href="{url(d, i)}">{x(e["link"])} \u00bb</a></p>')
        cards.append('<td class="slot"><div class="card">' + "".join(p) + "</div></td>")
    rows = "".join("<tr>" + "".join(cards[k:k + 2]) + ("" if len(cards[k:k + 2]) == 2 else '<td class="slot"></td>') + "</tr>" for k in range(0, len(cards), 2))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>{h(d["heading"])}</title><style>{css}</style></head><body>'
            f'<h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p><table class="cards">{rows}</table><p class="foot">{h(FOOT)}</p></body></html>')


def ohtp_pdf(src, pdf):
    cp = ":".join(glob.glob(f"{M2}/{j}/*.jar")[0] for j in OHTP_JARS)
    subprocess.run(["java", "-cp", cp, f"{G}/OhtpDigest.java", src, pdf], check=True, capture_output=True)


def tex(s):
    s = curly(s)
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


# 2. LuaLaTeX (fontspec, Latin Modern Sans OpenType), untagged, A5: a newsletter whose masthead is a filled tcolorbox; every review a
#    breakable tcolorbox with its title in the box's coloured title bar, labels as small coloured capitals (no colon),
#    bullet lists, the link as \href; fancyhdr foot; 2 pages.
def lualatex_tcb(d):
    out = [r"\documentclass[9pt]{extarticle}", r"\usepackage[a5paper,margin=13mm,bottom=16mm]{geometry}", r"\usepackage{fontspec}",
           r"\setmainfont{Latin Modern Sans}", r"\usepackage[most]{tcolorbox}", r"\usepackage{xcolor}", r"\usepackage{hyperref}",
           r"\definecolor{nb}{HTML}{4B2E83}", r"\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}",
           r"\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[C]{\scriptsize\color{gray} Safeguarding newsletter \textbullet\ page \thepage}",
           r"\newcommand{\lab}[1]{\par\smallskip{\color{nb}\footnotesize\bfseries\MakeUppercase{#1}}\par}",
           r"\begin{document}",
           r"\begin{tcolorbox}[colback=nb,colframe=nb,coltext=white,arc=0mm,boxrule=0pt]{\Large\bfseries " + tex(d["heading"]) + r"}\\[1mm]{\footnotesize The safeguarding newsletter for practitioners}\end{tcolorbox}",
           tex(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        out.append(r"\begin{tcolorbox}[enhanced,breakable,colback=white,colframe=nb,colbacktitle=nb,arc=1.5mm,boxrule=0.6pt,fonttitle=\bfseries\normalsize,title={" + tex(e["title"]) + "}]")
        out.append(tex(e["summary"]))
        for lab, lst in groups(e):
            if lab is None: out.append(r"\par " + tex(lst)); continue
            out.append(r"\lab{" + tex(lab.rstrip(":")) + r"}\begin{itemize}\setlength{\itemsep}{0pt}\setlength{\parskip}{0pt}" + "".join(f"\\item {tex(it)}" for it in lst) + r"\end{itemize}")
        out.append(r"\par\smallskip\href{" + url(d, i) + "}{" + tex(e["link"]) + r"}")
        out.append(r"\end{tcolorbox}")
    out += [r"\vfill{\scriptsize " + tex(FOOT) + "}", r"\end{document}"]
    return "\n".join(out)


# 3. SVG poster converted by rsvg-convert (librsvg / cairo), untagged, A3 landscape, 1 page: a banner with the digest
#    title, the intro, then three panels side by side (one review each): a coloured header band with the title in white
#    (wrapped by hand over 2 lines), the summary and lists as <text> lines placed by x/y, labels bold, '•' items with a
#    hanging indent, the link an <a> round its text; a footer line.
def svg_poster(d):
    W, H, M, GAP = 1190, 842, 40, 24
    cw = (W - 2 * M - 2 * GAP) / 3
    chars = int(cw / 5.3)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{W}pt" height="{H}pt" viewBox="0 0 {W} {H}">',
           '<style>text{font-family:"DejaVu Sans";fill:#222} .b{font-weight:bold} .w{fill:#fff} .l{fill:#0b5d8c}</style>',
           f'<rect x="0" y="0" width="{W}" height="90" fill="#0b5d8c"/>', f'<text x="{M}" y="55" class="b w" font-size="30">{x(d["heading"])}</text>',
           f'<text x="{M}" y="78" class="w" font-size="11">Safeguarding partnership poster \u2013 please display in staff rooms</text>']
    y = 118
    for ln in textwrap.wrap(d["intro"], 190):
        out.append(f'<text x="{M}" y="{y}" font-size="10.5">{x(ln)}</text>'); y += 14
    top = y + 12
    for i, e in enumerate(d["entries"], 1):
        x0 = M + (i - 1) * (cw + GAP)
        out.append(f'<rect x="{x0}" y="{top}" width="{cw:.1f}" height="{H - top - 60}" rx="8" fill="#f3f8fb" stroke="#0b5d8c" stroke-width="1"/>')
        out.append(f'<path d="M{x0},{top + 8} a8,8 0 0 1 8,-8 h{cw - 16:.1f} a8,8 0 0 1 8,8 v44 h-{cw:.1f} z" fill="#0b5d8c"/>')
        ty = top + 22
        for ln in textwrap.wrap(e["title"], int(cw / 7.2)):
            out.append(f'<text x="{x0 + 10}" y="{ty}" class="b w" font-size="12.5">{x(ln)}</text>'); ty += 16
        ty = top + 72
        for ln in textwrap.wrap(e["summary"], chars):
            out.append(f'<text x="{x0 + 10}" y="{ty}" font-size="9.5">{x(ln)}</text>'); ty += 12.5
        for lab, lst in groups(e):
            ty += 6
            if lab is None:
                for ln in textwrap.wrap(lst, chars):
                    out.append(f'<text x="{x0 + 10}" y="{ty}" font-size="9.5">{x(ln)}</text>'); ty += 12.5
                continue
            out.append(f'<text x="{x0 + 10}" y="{ty}" class="b l" font-size="10">{x(lab)}</text>'); ty += 13.5
            for it in lst:
                for k, ln in enumerate(textwrap.wrap(it, chars - 4)):
                    if k == 0: out.append(f'<text x="{x0 + 14}" y="{ty}" font-size="9.5">\u2022</text>')
                    out.append(f'<text x="{x0 + 24}" y="{ty}" font-size="9.5">{x(ln)}</text>'); ty += 12.5
        ty += 8
        out.append(f'<a xlink:href="{url(d, i)}"><text x="{x0 + 10}" y="{ty}" class="b l" font-size="10" text-decoration="underline">{x(e["link"])}</text></a>')
    out.append(f'<text x="{M}" y="{H - 30}" font-size="8.5" fill="#555">{x(FOOT)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def plain_tex_text(s):
    s = s.replace("\u2013", "--").replace("\u2014", "---")
    for a, b in (("\\", r"$\backslash$"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


# 4. plain TeX (Knuth's plain macros, pdftex, no LaTeX), untagged, Computer Modern Type 1: \beginsection titles,
#    italic labels with a colon on their own line, items as \item{$\bullet$} with plain's hanging indent, the link a
#    \pdfstartlink URI annotation; \footline with the bulletin name and page number; TeX's own hyphenation.
def plain_tex(d):
    out = [r"\pdfoutput=1 \pdfpagewidth=210truemm \pdfpageheight=297truemm \hoffset=-0.4truemm \voffset=-0.4truemm",
           r"\hsize=150truemm \vsize=240truemm \parindent=0pt \parskip=4pt plus 1pt",
           r"\font\titlefont=cmbx12 at 18pt \font\smallrm=cmr8",
           r"\footline={\hfil\smallrm " + plain_tex_text(d["heading"]) + r" \quad page \folio\hfil}",
           r"\def\link#1#2{\leavevmode\pdfstartlink attr{/Border[0 0 0]} user{/Subtype/Link/A<</Type/Action/S/URI/URI(#1)>>}{\it #2}\pdfendlink\par}",
           r"{\titlefont " + plain_tex_text(d["heading"]) + r"\par}\medskip", plain_tex_text(d["intro"]) + r"\par"]
    for i, e in enumerate(d["entries"], 1):
        out.append(r"\beginsection " + plain_tex_text(e["title"]) + "\n")
        out.append(plain_tex_text(e["summary"]) + r"\par")
        for lab, lst in groups(e):
            if lab is None: out.append(plain_tex_text(lst) + r"\par"); continue
            out.append(r"{\it " + plain_tex_text(lab) + r"}\par")
            out += [r"\item{$\bullet$}" + plain_tex_text(it) + r"\par" for it in lst]
        out.append(r"\link{" + url(d, i) + "}{" + plain_tex_text(e["link"]) + "}")
    out += [r"\vfill{\smallrm " + plain_tex_text(FOOT) + r"\par}", r"\bye"]
    return "\n".join(out)


# 5. DOCX (hand-written WordprocessingML): Title paragraph and intro, then ONE bordered table of two columns and no header
#    row, a row per review: the left cell (30%) holds the bold title and the link (w:hyperlink), the right cell the summary,
#    bold label paragraphs and Word-bulleted items (numPr); the footer line after the table.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def para(text, style=None, num=False, bold=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "")
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'


def docx(d, path):
    body = [para(d["heading"], "Title"), para(d["intro"])]
    rels, rows = [], []
    for i, e in enumerate(d["entries"], 1):
        rels.append(f'<Relationship Id="rIdL{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        left = para(e["title"], bold=True) + f'<w:p><w:hyperlink r:id="rIdL{i}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{x(e["link"])}</w:t></w:r></w:hyperlink></w:p>'
        right = [para(e["summary"])]
        for lab, lst in groups(e):
            if lab is None: right.append(para(lst)); continue
            right.append(para(lab, bold=True))
            right += [para(it, num=True) for it in lst]
        rows.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2700" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/></w:tcPr>{left}</w:tc>'
                    f'<w:tc><w:tcPr><w:tcW w:w="6326" w:type="dxa"/></w:tcPr>{"".join(right)}</w:tc></w:tr>')
    bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="8EA9C1"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    body.append(f'<w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
                f'<w:tblGrid><w:gridCol w:w="2700"/><w:gridCol w:w="6326"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")
    body.append(para(FOOT))
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + "\n".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    based = '<w:basedOn w:val="Normal"/>'
    st = lambda sid, name, extra="", kind="paragraph": f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based if kind == "paragraph" else ""}{extra}</w:style>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              + st("Title", "Title", '<w:rPr><w:sz w:val="44"/></w:rPr>')
              + st("Hyperlink", "Hyperlink", '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>', "character") + "</w:styles>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    root = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' + "".join(rels) + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", root), ("word/document.xml", doc), ("word/styles.xml", styles), ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", docrels)):
            z.writestr(zipfile.ZipInfo(name, (2025, 1, 31, 12, 0, 0)), data)
    return doc


# 6. HTML e-mail in the Mailchimp classic template: bodyTable / templateContainer tables, hidden mcnPreviewText,
#    'View this email in your browser', an mcnImageBlock logo, an mcnTextBlock with the h1 and intro, then per review an
#    mcnBoxedTextBlock (h3 title, summary, <strong> labels over <ul>) followed by an mcnButtonBlock (the link as a
#    button table) and an mcnDividerBlock; footer with the list address, 'unsubscribe from this list' and preferences.
def mailchimp(d):
    t = lambda cls, inner: f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="{cls}" style="min-width:100%;"><tbody class="{cls}Outer"><tr><td valign="top" class="{cls}Inner">{inner}</td></tr></tbody></table>'
    blocks = [t("mcnImageBlock", '<img align="center" alt="NSPCC Learning" src="https://mcusercontent.com/0f1e2d/images/logo.png" width="180" style="max-width:180px;" class="mcnImage">'),
              t("mcnTextBlock", f'<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;"><h1>{h(d["heading"])}</h1><p>{h(d["intro"])}</p></td></tr></tbody></table>')]
    for i, e in enumerate(d["entries"], 1):
        inner = [f'<h3>{x(e["title"])}</h3>', f'<p style="text-align:left;">{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: inner.append(f"<p>{x(lst)}</p>"); continue
            inner.append(f"<p><strong>{x(lab)}</strong></p><ul>" + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul>")
        blocks.append(t("mcnBoxedTextBlock", '<!--[if gte mso 9]><table align="center" border="0" cellspacing="0" cellpadding="0" width="100%"><td align="center" valign="top" ><![endif]-->'
                        '<table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" class="mcnBoxedTextContentContainer"><tbody><tr><td style="padding:9px 18px;">'
                        '<table border="0" cellspacing="0" class="mcnTextContentContainer" width="100%" style="min-width:100%!important;background-color:#F4F7FA;border:1px solid #D0DCE6;"><tbody><tr>'
                        '<td valign="top" class="mcnTextContent" style="padding:18px;color:#222222;font-family:Helvetica;font-size:14px;">' + "".join(inner)
                        + '</td></tr></tbody></table></td></tr></tbody></table><!--[if gte mso 9]></td></table><![endif]-->'))
        blocks.append(t("mcnButtonBlock", f'<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse:separate!important;border-radius:3px;background-color:#00548B;"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="font-family:Arial;font-size:14px;padding:12px;"><a class="mcnButton" title="{h(e["link"])}" href="{url(d, i)}" target="_blank" style="font-weight:bold;letter-spacing:normal;line-height:100%;text-align:center;text-decoration:none;color:#FFFFFF;">{h(e["link"])}</a></td></tr></tbody></table>'))
        blocks.append(t("mcnDividerBlock", '<table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;border-top:2px solid #EAEAEA;"><tbody><tr><td><span></span></td></tr></tbody></table>'))
    footer = t("mcnTextBlock", '<div class="mcnTextContent" style="padding:9px 18px;color:#656565;font-size:12px;text-align:center;"><em>Copyright \u00a9 2026 NSPCC Learning, All rights reserved.</em><br>'
               f'{h(FOOT)}<br><br><strong>Our mailing address is:</strong><br>NSPCC Learning, 1 Example Street, London, EC0A 0AA<br><br>'
               'Want to change how you receive these emails?<br>You can <a href="https://example.us1.list-manage.com/profile?u=0f1e2d">update your preferences</a> or <a href="https://example.us1.list-manage.com/unsubscribe?u=0f1e2d">unsubscribe from this list</a>.</div>')
    return ('<!doctype html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<!-- NAME: 1 COLUMN - BANDED -->\n<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->\n'
            f'<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{h(d["heading"])}</title>\n'
            '<style type="text/css">p{margin:10px 0;padding:0;} table{border-collapse:collapse;} h1,h2,h3{display:block;margin:0;padding:0;} .mcnPreviewText{display:none !important;} #outlook a{padding:0;}</style>\n</head>\n'
            '<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA;">\n'
            f'<!--*|IF:MC_PREVIEW_TEXT|*-->\n<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">Three new reviews: safer care for babies, sexual abuse by a neighbour and drugs at home</span><!--<![endif]-->\n<!--*|END:IF|*-->\n'
            '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">\n'
            '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td align="center" valign="top" id="templatePreheader"><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" class="templateContainer"><tr><td valign="top" class="preheaderContainer">'
            + t("mcnTextBlock", '<div class="mcnTextContent" style="text-align:right;font-size:11px;"><a href="https://mailchi.mp/example/case-reviews-update-feb-2026" target="_blank">View this email in your browser</a></div>')
            + '</td></tr></table></td></tr>\n<tr><td align="center" valign="top" id="templateBody"><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" class="templateContainer"><tr><td valign="top" class="bodyContainer">\n'
            + "\n".join(blocks) + '\n</td></tr></table></td></tr>\n<tr><td align="center" valign="top" id="templateFooter"><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" class="templateContainer"><tr><td valign="top" class="footerContainer">'
            + footer + '</td></tr></table></td></tr></table>\n</td></tr></table></center>\n</body>\n</html>\n')


# 7. Markdown blog post for Jekyll (kramdown): YAML front matter holding the digest title and date (no '#' heading in the
#    body), an excerpt separator, kramdown's '* TOC' / '{:toc}' contents marker, '###' titles with an attribute list line
#    '{: #id .review}', bold labels each followed by '{: .label}', '1.' numbered points, the link with a '{: .btn}' IAL.
def jekyll(d):
    out = ["---", "layout: post", f'title: "{d["heading"]}"', f"date: {d['month']}-28 09:30:00 +0000", "categories: [case-reviews, monthly-update]",
           "author: NSPCC Learning", "excerpt_separator: <!--more-->", "---", "", d["intro"], "", "<!--more-->", "", "* TOC", "{:toc}", ""]
    for i, e in enumerate(d["entries"], 1):
        slug = e["title"].split(":")[0].lower().replace(" ", "-")
        out += [f"### {curly(e['title'])}", f"{{: #{slug} .review}}", "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [curly(lst), ""]; continue
            out += [f"**{lab}**", "{: .label}", ""] + [f"{k}. {curly(it)}" for k, it in enumerate(lst, 1)] + [""]
        out += [f"[{e['link']}]({url(d, i)}){{: .btn .btn-primary target=\"_blank\"}}", ""]
    out += ["", f"_{FOOT}_", ""]
    return "\n".join(out)


# 8. Plain text bulletin: upper-case title, an 'IN THIS BULLETIN' contents list of '[N] Title' lines, reviews separated by
#    a row of '*' and opened by '[N] Title', summaries wrapped at 72 columns, upper-case labels, lettered points '(a)',
#    '(b)' with hanging indents, the link as 'Read ... (PDF) <https://...>'.
def plaintext(d):
    w = lambda s, a="", b="": textwrap.fill(s, 72, initial_indent=a, subsequent_indent=b, break_on_hyphens=False)
    out = [d["heading"].upper(), "", w(d["intro"]), "", "IN THIS BULLETIN", ""]
    out += [f"  [{i}] {e['title']}" for i, e in enumerate(d["entries"], 1)]
    out.append("")
    for i, e in enumerate(d["entries"], 1):
        out += ["*" * 72, "", f"[{i}] {e['title']}", "", w(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [w(lst), ""]; continue
            out.append(lab.upper())
            out += [w(it, f"  ({'abcdefgh'[k]}) ", "      ") for k, it in enumerate(lst)]
            out.append("")
        out += [f"{e['link']} <{url(d, i)}>", ""]
    out += ["*" * 72, "", w(FOOT), ""]
    return "\n".join(out)


def render_inputs(B22, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B22.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "openhtmltopdf" in fname:
            open(f"{src}/{base}.xhtml", "w").write(ohtp(d))
            ohtp_pdf(f"{src}/{base}.xhtml", f"{inp}/{fname}")
        elif "lualatex" in fname:
            open(f"{src}/{base}.tex", "w").write(lualatex_tcb(d))
            with tempfile.TemporaryDirectory() as w:
                for _ in range(2):
                    subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={w}", f"{src}/{base}.tex"], check=True, capture_output=True)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        elif "rsvg" in fname:
            open(f"{src}/{base}.svg", "w").write(svg_poster(d))
            subprocess.run(["rsvg-convert", "-f", "pdf", "-o", f"{inp}/{fname}", f"{src}/{base}.svg"], check=True, capture_output=True)
        elif "plaintex-" in fname:
            open(f"{src}/{base}.tex", "w").write(plain_tex(d))
            with tempfile.TemporaryDirectory() as w:
                subprocess.run(["pdftex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={w}", f"{src}/{base}.tex"], check=True, capture_output=True)
                os.replace(f"{w}/{base}.pdf", f"{inp}/{fname}")
        elif fname.endswith(".docx"):
            open(f"{src}/{base}.document.xml", "w").write(docx(d, f"{inp}/{fname}"))
        elif fname.endswith(".html"):
            open(f"{inp}/{fname}", "w").write(mailchimp(d))
        elif fname.endswith(".md"):
            open(f"{inp}/{fname}", "w").write(jekyll(d))
        elif fname.endswith(".txt"):
            open(f"{inp}/{fname}", "w").write(plaintext(d))
        print(fname)
