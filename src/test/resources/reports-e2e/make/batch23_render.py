"""Renders batch23_content.py's reports, one producer each (see batch23.py for the tools and where they are looked for).
Test-fixture tooling only."""
import html, os, re, subprocess, textwrap
from batch23_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_MODULES = os.environ.get("BATCH23_NODE_MODULES", "/tmp/m27r-node/node_modules")
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]
NOTE = re.compile(r"\^\[(.*?)\]")


def e(s):
    return html.escape(s, quote=False)


def run(cmd, cwd, **kw):
    subprocess.run(cmd, cwd=cwd, check=True, **kw)


def plain(s):
    return NOTE.sub("", s)


# ---------- Z1: AbiWord (HTML imported)
def abiword(rep, d):
    c = rep["cover"]
    out = ['<p align="center"><font size="4">%s</font></p><p>&nbsp;</p><p>&nbsp;</p>' % e(c["partnership"]),
           '<h1 align="center">%s</h1><p>&nbsp;</p>' % e(c["title"]),
           '<p align="center">Independent reviewer: Margaret Ellison</p><p align="center">Published: March 2025</p>'
           '<p>&nbsp;</p><p align="center"><i>%s</i></p>' % e(INVENTED)]
    first = True
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append('<h2%s>%s</h2>' % (' style="page-break-before: always"' if first else "", e(b[1])))
            first = False
        elif b[0] == "p":
            out.append('<p>%s</p>' % e(b[1]))
        elif b[0] == "items" and b[3] == "runin":
            out += ['<p><b>Learning point %d:</b> %s</p>' % (i + 1, e(t)) for i, t in enumerate(b[2])]
        elif b[0] == "items" and b[3] == "bullets":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        elif b[0] == "items" and b[3] == "table":
            leads = ["Safeguarding partners", "Early help service", "Children's social care", "Mental health trust"]
            out.append('<table border="1" cellpadding="5" width="100%%"><tr><td width="75%%"><b>Recommendation</b></td>'
                       '<td><b>Lead agency</b></td></tr>%s</table>' % "".join(
                           "<tr><td>%d. %s</td><td>%s</td></tr>" % (i + 1, e(t), a) for i, (t, a) in enumerate(zip(b[2], leads))))
    open(os.path.join(d, "r.html"), "w").write(
        '<html><head><meta charset="utf-8"><title>%s</title></head><body>%s</body></html>' % (e(c["title"]), "\n".join(out)))
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run(["abiword", "--to=abw", "-o", "r.abw", "r.html"], d, **quiet)
    abw = open(os.path.join(d, "r.abw"), encoding="utf-8").read()
    # AbiWord's own document: 1.5 line spacing and paragraph space in Normal, a page break after the cover, a footer
    abw = abw.replace("line-height:1.0;", "line-height:1.5;").replace("margin-bottom:0pt; text-position", "margin-bottom:8pt; text-position")
    abw = re.sub(r'(<p style="Heading 2"[^>]*>1\. )', r'<p><pbr/></p>\1', abw, count=1)
    abw = re.sub(r'<section xid="(\d+)">', r'<section xid="\1" footer="ftr1">', abw, count=1)
    abw = abw.replace("</abiword>", '<section id="ftr1" type="footer"><p props="text-align:right">Child R - page '
                      '<field type="page_number"/></p></section></abiword>')
    open(os.path.join(d, "r.abw"), "w", encoding="utf-8").write(abw)
    run(["abiword", "--to=pdf", "-o", "r.pdf", "r.abw"], d, **quiet)
    return os.path.join(d, "r.pdf")


# ---------- Z2: Gnumeric ssconvert (a .gnumeric workbook written here)
def _lines(text, width_pt, size):
    return max(1, len(textwrap.wrap(text, max(8, int(width_pt / (size * 0.5))))))


def gnumeric(rep, d):
    c = rep["cover"]
    widths = [30, 196, 196, 70]  # No. | Learning identified | Action | Owner
    cells, merges, styles, heights, breaks = [], [], [], {}, []
    row = [0]
    dark, light, white = "1F1F:4E4E:7979", "D9D9:E1E1:F2F2", "FFFF:FFFF:FFFF"

    def style(r0, c0, r1, c1, size=10, bold=False, fill=None, fore="0:0:0", border=True, halign=1):
        b = "".join('<gnm:%s Style="1" Color="8080:8080:8080"/>' % s for s in ("Top", "Bottom", "Left", "Right")) if border else ""
        styles.append('<gnm:StyleRegion startCol="%d" startRow="%d" endCol="%d" endRow="%d"><gnm:Style HAlign="%d" VAlign="1" '
                      'WrapText="1" Shade="%d" Back="%s" Fore="%s" PatternColor="0:0:0"><gnm:Font Unit="%g" Bold="%d" '
                      'Italic="0" Underline="0" StrikeThrough="0">Sans</gnm:Font><gnm:StyleBorder>%s</gnm:StyleBorder>'
                      '</gnm:Style></gnm:StyleRegion>' % (c0, r0, c1, r1, halign, 1 if fill else 0, fill or white, fore,
                                                            size, 1 if bold else 0, b))

    def put(col, text):
        cells.append('<gnm:Cell Row="%d" Col="%d" ValueType="60">%s</gnm:Cell>' % (row[0], col, e(text)))

    def wide(text, size=10, bold=False, fill=None, fore="0:0:0", border=True, pad=6):
        put(0, text)
        merges.append("A%d:D%d" % (row[0] + 1, row[0] + 1))
        style(row[0], 0, row[0], 3, size, bold, fill, fore, border)
        heights[row[0]] = _lines(text, sum(widths) - 8, size) * size * 1.25 + pad
        row[0] += 1

    wide(c["partnership"], 12, border=False)
    wide("Rapid Review: Baby S", 20, True, border=False)
    wide("Rapid review meeting: 6 March 2024. Report to the safeguarding partners and the national Panel, March 2024.",
         10, border=False)
    wide(INVENTED, 9, border=False)
    wide("", 10, border=False)
    for b in rep["blocks"]:
        if b[0] == "h1":
            if b[1] in ("Summary of the case", "Immediate learning and actions", "Good practice identified"):  # manual breaks
                breaks.append(row[0])
            wide(b[1], 12, True, dark, white)
            if b[2] == "learning":
                for i, h in enumerate(["No.", "Learning identified", "Action", "Owner"]):
                    put(i, h)
                style(row[0], 0, row[0], 3, 10, True, light)
                heights[row[0]] = 18
                row[0] += 1
        elif b[0] == "p":
            wide(b[1])
        elif b[0] == "row":
            for i, t in enumerate([str(sum(1 for x in rep["blocks"][:rep["blocks"].index(b) + 1] if x[0] == "row"))] + list(b[1:])):
                put(i, t)
            style(row[0], 0, row[0], 3)
            heights[row[0]] = max(_lines(b[1], widths[1] - 6, 10), _lines(b[2], widths[2] - 6, 10)) * 12.5 + 6
            row[0] += 1
        elif b[0] == "items":
            for t in b[2]:
                put(0, "-")
                put(1, t)
                merges.append("B%d:D%d" % (row[0] + 1, row[0] + 1))
                style(row[0], 0, row[0], 3)
                heights[row[0]] = _lines(t, sum(widths[1:]) - 8, 10) * 12.5 + 6
                row[0] += 1
    cols = "".join('<gnm:ColInfo No="%d" Unit="%d" HardSize="1"/>' % (i, w) for i, w in enumerate(widths))
    rows = "".join('<gnm:RowInfo No="%d" Unit="%.1f" HardSize="1"/>' % (r, h) for r, h in sorted(heights.items()))
    pb = '<gnm:hPageBreaks count="%d">%s</gnm:hPageBreaks>' % (len(breaks), "".join(
        '<gnm:break pos="%d" type="manual"/>' % r for r in breaks)) if breaks else ""
    xml = ('<?xml version="1.0" encoding="UTF-8"?><gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">'
           '<gnm:Summary><gnm:Item><gnm:name>title</gnm:name><gnm:val-string>Rapid review Baby S</gnm:val-string></gnm:Item>'
           '</gnm:Summary><gnm:SheetNameIndex><gnm:SheetName>Rapid review</gnm:SheetName></gnm:SheetNameIndex><gnm:Sheets><gnm:Sheet DisplayGrid="0"><gnm:Name>Rapid review</gnm:Name><gnm:MaxCol>4</gnm:MaxCol>'
           '<gnm:MaxRow>%d</gnm:MaxRow><gnm:PrintInformation><gnm:Margins><gnm:top Points="50" PrefUnit="mm"/>'
           '<gnm:bottom Points="60" PrefUnit="mm"/><gnm:left Points="38" PrefUnit="mm"/><gnm:right Points="38" PrefUnit="mm"/>'
           '<gnm:header Points="25" PrefUnit="mm"/><gnm:footer Points="30" PrefUnit="mm"/></gnm:Margins>'
           '<gnm:Scale type="percentage" percentage="100"/><gnm:vcenter value="0"/><gnm:hcenter value="0"/>'
           '<gnm:grid value="0"/><gnm:monochrome value="0"/><gnm:draft value="0"/><gnm:titles value="0"/>'
           '<gnm:do_not_print value="0"/><gnm:print_range value="GNM_PRINT_ACTIVE_SHEET"/><gnm:order>d_then_r</gnm:order>'
           '<gnm:orientation>portrait</gnm:orientation><gnm:Header Left="Quenby Ridge SCP" Middle="" Right="OFFICIAL-SENSITIVE"/>'
           '<gnm:Footer Left="Rapid review: Baby S" Middle="" Right="Page &amp;[PAGE] of &amp;[PAGES]"/>'
           '<gnm:paper>A4</gnm:paper>%s</gnm:PrintInformation><gnm:Styles>%s</gnm:Styles><gnm:Cols DefaultSizePts="48">%s'
           '</gnm:Cols><gnm:Rows DefaultSizePts="14">%s</gnm:Rows><gnm:MergedRegions>%s</gnm:MergedRegions><gnm:Cells>%s'
           '</gnm:Cells></gnm:Sheet></gnm:Sheets></gnm:Workbook>') % (row[0] + 1, pb, "".join(styles), cols, rows,
                                                                  "".join("<gnm:Merge>%s</gnm:Merge>" % m for m in merges),
                                                                  "".join(cells))
    open(os.path.join(d, "r.gnumeric"), "w", encoding="utf-8").write(xml)
    run(["ssconvert", "r.gnumeric", "r.pdf"], d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(d, "r.pdf")


# ---------- Z3: Inkscape multipage SVG (inkscape:page elements), text wrapped by hand
def inkscape(rep, d):
    c = rep["cover"]
    W, H, GAP = 1122.5, 793.7, 60  # A4 landscape in px
    pages, body = [], []
    teal, ink = "#0b6e69", "#222222"

    def text(x, y, s, size, weight="normal", fill=ink, anchor="start"):
        body.append('<text x="%.1f" y="%.1f" style="font-family:\'DejaVu Sans\';font-size:%gpx;font-weight:%s;fill:%s;'
                    'text-anchor:%s">%s</text>' % (x, y, size, weight, fill, anchor, e(s)))

    def para(x, y, s, size, width_chars, lead=1.4):
        for line in textwrap.wrap(s, width_chars):
            text(x, y, line, size)
            y += size * lead
        return y + size * 0.6

    def page(n):
        ox = n * (W + GAP)
        pages.append('<inkscape:page id="page%d" x="%.1f" y="0" width="%.1f" height="%.1f"/>' % (n + 1, ox, W, H))
        return ox

    ox = page(0)
    body.append('<rect x="%.1f" y="0" width="%.1f" height="%.1f" style="fill:%s"/>' % (ox, W, H, teal))
    text(ox + 80, 140, c["partnership"], 28, fill="#ffffff")
    text(ox + 80, 300, "7-minute briefing", 72, "bold", "#ffffff")
    text(ox + 80, 380, c["title"], 32, fill="#ffffff")
    text(ox + 80, 440, "January 2025", 24, fill="#ffffff")
    text(ox + 80, 700, INVENTED, 18, fill="#ffffff")
    n = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            n += 1
            ox = page(n)
            body.append('<circle cx="%.1f" cy="110" r="52" style="fill:%s"/>' % (ox + 120, teal))
            text(ox + 120, 132, str(n), 60, "bold", "#ffffff", "middle")
            text(ox + 200, 128, b[1], 44, "bold", teal)
            y = 240
        elif b[0] == "p":
            y = para(ox + 120, y, b[1], 24, 68)
        elif b[0] == "items" and b[3] == "boxes":
            bw = (W - 240 - 2 * 40) / 3
            for i, t in enumerate(b[2]):
                x = ox + 120 + i * (bw + 40)
                body.append('<rect x="%.1f" y="220" width="%.1f" height="470" rx="24" style="fill:#e3f2f1;stroke:%s;'
                            'stroke-width:3"/>' % (x, bw, teal))
                text(x + 30, 290, str(i + 1), 48, "bold", teal)
                para(x + 30, 350, t, 22, 20)
        elif b[0] == "items":
            for t in b[2]:
                text(ox + 120, y, ">", 26, "bold", teal)
                y = para(ox + 160, y, t, 24, 64)
        elif b[0] == "none":
            for t in b[1]:
                text(ox + 120, y, "?", 26, "bold", teal)
                y = para(ox + 160, y, t, 24, 64)
    svg = ('<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" '
           'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
           'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="%.1f" height="%.1f" '
           'viewBox="0 0 %.1f %.1f"><title>7-minute briefing: Child K</title><sodipodi:namedview id="nv">%s</sodipodi:namedview>'
           '<g inkscape:groupmode="layer" inkscape:label="Briefing">%s</g></svg>') % (W, H, W, H, "".join(pages), "".join(body))
    open(os.path.join(d, "r.svg"), "w", encoding="utf-8").write(svg)
    run(["inkscape", "--export-type=pdf", "--export-filename=r.pdf", "r.svg"], d,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(d, "r.pdf")


# ---------- Z4: memoir LaTeX (pdflatex)
def _tex(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"),
                 ("'", "'")):
        s = s.replace(a, b)
    return s


def memoir(rep, d):
    c = rep["cover"]
    out = [r"""\documentclass[11pt,a4paper,openany]{memoir}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{enumitem}\usepackage{graphicx}
\chapterstyle{veelo}\pagestyle{ruled}
\makeevenhead{ruled}{\small Carnmoor LSCB}{}{\small Serious Case Review: Child H}
\makeoddhead{ruled}{\small Carnmoor LSCB}{}{\small Serious Case Review: Child H}
\makeoddfoot{ruled}{}{\thepage}{}\makeevenfoot{ruled}{}{\thepage}{}
\setlength{\parskip}{6pt}
\title{Serious Case Review: Child H}
\begin{document}
\begin{titlingpage}
\centering\vspace*{2cm}{\Large %s\par}\vspace{3cm}
{\Huge\bfseries Serious Case Review: Child H\par}\vspace{1cm}{\LARGE Overview Report\par}\vspace{3cm}
{\large Independent author: Peter Lindqvist\par}\vspace{0.5cm}{\large November 2018\par}\vfill
{\itshape %s\par}
\end{titlingpage}
\tableofcontents*
""" % (_tex(c["partnership"]), _tex(INVENTED))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(r"\chapter{%s}" % _tex(b[1]))
        elif b[0] == "p":
            out.append(_tex(b[1]) + "\n")
        elif b[0] == "items":
            label = r"Lesson \arabic*" if b[3] == "lesson" else r"R\arabic*"
            out.append(r"\begin{enumerate}[label=\textbf{%s},leftmargin=*,align=left,labelsep=1em,itemsep=4pt]" % label)
            out += [r"\item %s" % _tex(t) for t in b[2]]
            out.append(r"\end{enumerate}")
    out.append(r"\end{document}")
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write("\n".join(out))
    for _ in range(2):
        run(["pdflatex", "-interaction=batchmode", "r.tex"], d, stdout=subprocess.DEVNULL)
    return os.path.join(d, "r.pdf")


# ---------- Z5: LibreOffice Draw (a flat .fodg: one drawing page per section)
def _fodg_p(style, s):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, e(s))


def lo_draw(rep, d):
    c = rep["cover"]
    pages = []

    def frame(x, y, w, h, content, style="grT"):
        return ('<draw:frame draw:style-name="%s" svg:x="%gcm" svg:y="%gcm" svg:width="%gcm" svg:height="%gcm">'
                '<draw:text-box>%s</draw:text-box></draw:frame>' % (style, x, y, w, h, content))

    cover = ('<draw:rect draw:style-name="grBand" svg:x="0cm" svg:y="0cm" svg:width="21cm" svg:height="29.7cm"/>'
             + frame(2, 4, 17, 3, _fodg_p("Pcommittee", c["partnership"]))
             + frame(2, 9, 17, 5, _fodg_p("Ptitle", c["title"]))
             + frame(2, 16, 17, 2.5, _fodg_p("Pwhite", "Chair of the review team: Fiona Baird") + _fodg_p("Pwhite", "August 2024"))
             + frame(2, 25, 17, 2, _fodg_p("Pnote", INVENTED)))
    pages.append(cover)
    cur = None
    for b in rep["blocks"]:
        if b[0] == "h1":
            if cur is not None:
                pages.append(cur)
            n = len(pages)
            cur = ('<draw:rect draw:style-name="grBand" svg:x="0cm" svg:y="0cm" svg:width="21cm" svg:height="2.8cm"/>'
                   '<draw:rect draw:style-name="grSide" svg:x="0cm" svg:y="2.8cm" svg:width="4.5cm" svg:height="26.9cm"/>'
                   + frame(1.2, 0.7, 18.6, 1.6, _fodg_p("Phead", b[1]))
                   + frame(0.5, 4, 3.6, 4, _fodg_p("Pside", "Learning Review") + _fodg_p("Pside", "Young Person J"))
                   + frame(0.5, 27.8, 3.6, 1, _fodg_p("Pside", "Page %d" % (n + 1))))
            body, y = [], 3.8
        elif b[0] == "p":
            body.append(_fodg_p("Pbody", b[1]))
        elif b[0] == "items" and b[3] == "typednum":
            body += [_fodg_p("Pbody", "%d. %s" % (i + 1, t)) for i, t in enumerate(b[2])]
        elif b[0] == "items" and b[3] == "reclabel":
            body += [_fodg_p("Pbody", "Recommendation %d - %s" % (i + 1, t)) for i, t in enumerate(b[2])]
        elif b[0] == "items":
            body.append('<text:list text:style-name="Lbul">%s</text:list>' % "".join(
                "<text:list-item>%s</text:list-item>" % _fodg_p("Pbody", t) for t in b[2]))
        if b[0] != "h1" and cur is not None:
            cur = cur.split("<!--body-->")[0] + "<!--body-->" + frame(5.5, 3.8, 14, 24, "".join(body))
        elif cur is not None:
            cur += "<!--body-->"
    pages.append(cur)
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:'
          'style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:'
          'xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:'
          'names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

    def pstyle(name, size, color="#1a1a1a", bold=False, after=0.0, align="start"):
        return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="%gcm" '
                'fo:text-align="%s"/><style:text-properties fo:font-family="\'Liberation Sans\'" fo:font-size="%gpt" '
                'fo:color="%s" fo:font-weight="%s"/></style:style>' % (name, after, align, size, color, "bold" if bold else "normal"))

    styles = ('<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
              'style:print-orientation="portrait" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" '
              'fo:margin-right="0cm"/></style:page-layout><style:style style:name="dp1" style:family="drawing-page"/>'
              '<style:style style:name="grBand" style:family="graphic"><style:graphic-properties draw:stroke="none" '
              'draw:fill="solid" draw:fill-color="#5b2c6f"/></style:style><style:style style:name="grSide" '
              'style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#ececec"/>'
              '</style:style><style:style style:name="grT" style:family="graphic"><style:graphic-properties draw:stroke="none" '
              'draw:fill="none" draw:auto-grow-height="false" draw:textarea-vertical-align="top" fo:padding-top="0cm" '
              'fo:padding-bottom="0cm" fo:padding-left="0cm" fo:padding-right="0cm"/></style:style>'
              + pstyle("Pcommittee", 20, "#ffffff") + pstyle("Ptitle", 32, "#ffffff", True) + pstyle("Pwhite", 16, "#ffffff", after=0.2)
              + pstyle("Pnote", 12, "#ffffff") + pstyle("Phead", 22, "#ffffff", True) + pstyle("Pside", 12, "#5b2c6f", True, 0.1)
              + pstyle("Pbody", 13, after=0.3, align="justify")
              + '<text:list-style style:name="Lbul"><text:list-level-style-bullet text:level="1" text:bullet-char="•">'
              '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.6cm"/></text:list-level-style-bullet>'
              '</text:list-style>')
    doc = ('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.graphics"><office:meta><dc:title>%s</dc:title></office:meta>'
           '<office:automatic-styles>%s</office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
           'style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles><office:body><office:drawing>%s'
           '</office:drawing></office:body></office:document>') % (
        ns, e(c["title"]), styles, "".join('<draw:page draw:name="page%d" draw:master-page-name="Default">%s</draw:page>'
                                           % (i + 1, p.replace("<!--body-->", "")) for i, p in enumerate(pages)))
    open(os.path.join(d, "r.fodg"), "w", encoding="utf-8").write(doc)
    run(["soffice", "-env:UserInstallation=file://%s/lo" % d, "--headless", "--convert-to", "pdf:draw_pdf_Export", "r.fodg"], d,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(d, "r.pdf")


# ---------- Z6: Paged.js polyfill, printed by Chromium
PAGED_CSS = """
@page { size: A4; margin: 25mm 22mm 25mm 22mm;
  @top-right { content: string(section); font-size: 8.5pt; color: #555; }
  @top-left { content: "Trevennor Bay SCP"; font-size: 8.5pt; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; } }
@page cover { margin: 0; @top-right { content: none; } @top-left { content: none; } @bottom-center { content: none; } }
@page :first { @top-right { content: none; } }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.55; counter-reset: sec lp rec; }
.cover { page: cover; height: 297mm; background: #7a1f3d; color: white; padding: 40mm 25mm; box-sizing: border-box; }
.cover .p { font-size: 16pt; } .cover h1 { font-size: 30pt; margin: 30mm 0 10mm; }
nav { break-before: page; break-after: page; } nav h2 { font-family: 'DejaVu Sans'; color: #7a1f3d; }
nav ol { list-style: none; padding: 0; } nav li { margin: 4pt 0; }
nav a { color: black; text-decoration: none; }
nav a::after { content: target-counter(attr(href url), page); float: right; }
h2.s { font-family: 'DejaVu Sans'; color: #7a1f3d; font-size: 16pt; string-set: section content(text); counter-increment: sec;
       break-before: page; border-bottom: 2px solid #7a1f3d; padding-bottom: 3pt; }
h2.s::before { content: "Section " counter(sec) "  "; color: #999; font-weight: normal; }
.lp { border: 1.5pt solid #7a1f3d; border-radius: 6pt; padding: 8pt 12pt; margin: 10pt 0; counter-increment: lp;
      break-inside: avoid; background: #fbf3f6; }
.lp::before { content: "Learning point " counter(lp); display: block; font-family: 'DejaVu Sans'; font-weight: bold;
              color: #7a1f3d; margin-bottom: 3pt; }
.rec { counter-increment: rec; margin: 8pt 0 8pt 0; }
.rec::before { content: "Recommendation " counter(rec) ": "; font-weight: bold; }
"""


def pagedjs(rep, d):
    c = rep["cover"]
    toc, body, k = [], [], 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            k += 1
            toc.append('<li><a href="#s%d">%s</a></li>' % (k, e(b[1])))
            body.append('<h2 class="s" id="s%d">%s</h2>' % (k, e(b[1])))
        elif b[0] == "p":
            body.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items" and b[3] == "counterbox":
            body += ['<div class="lp">%s</div>' % e(t) for t in b[2]]
        elif b[0] == "items" and b[3] == "counterpara":
            body += ['<p class="rec">%s</p>' % e(t) for t in b[2]]
        elif b[0] == "items":
            body.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
    shutil_src = os.path.join(NODE_MODULES, "pagedjs", "dist", "paged.polyfill.js")
    open(os.path.join(d, "paged.polyfill.js"), "w").write(open(shutil_src).read())
    doc = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style>'
           '<script src="paged.polyfill.js"></script></head><body><section class="cover"><div class="p">%s</div>'
           '<h1>%s</h1><p>Lead reviewer: Dr Anjali Rao</p><p>Published: February 2026</p><p style="margin-top:60mm">'
           '<i>%s</i></p></section><nav><h2>Contents</h2><ol>%s</ol></nav>%s</body></html>') % (
        e(c["title"]), PAGED_CSS, e(c["partnership"]), e(c["title"]), e(INVENTED), "".join(toc), "".join(body))
    open(os.path.join(d, "r.html"), "w", encoding="utf-8").write(doc)
    run(["node", os.path.join(HERE, "batch23_paged.js"), "r.html", "r.pdf"], d,
        env=dict(os.environ, BATCH23_NODE_MODULES=NODE_MODULES))
    return os.path.join(d, "r.pdf")


# ---------- Z7: Vivliostyle CLI (Vivliostyle.js in Chromium)
VIVLIO_CSS = """
@page { size: A4; margin: 24mm 20mm 26mm 20mm;
  @bottom-left { content: "Ashby Cresswell Safeguarding Children Partnership"; font-size: 8pt; color: #3d5a80; }
  @bottom-right { content: counter(page); font-size: 9pt; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; line-height: 1.6; }
h2.part { break-before: page; }
.cover { break-after: page; padding-top: 50mm; }
.cover .p { font-size: 14pt; color: #3d5a80; text-transform: uppercase; letter-spacing: 1pt; }
.cover h1 { font-size: 28pt; color: #3d5a80; margin: 20mm 0 12mm; }
h2 { font-size: 15pt; color: #3d5a80; margin-top: 18pt; }
h3 { font-size: 11.5pt; color: #222; margin: 14pt 0 4pt; }
.recbox { background: #e0ecf7; border-left: 4pt solid #3d5a80; padding: 6pt 10pt; margin: 8pt 0 12pt; }
.fn { float: footnote; font-size: 8pt; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7pt; }
::footnote-marker { content: counter(footnote) ". "; }
"""


def vivliostyle(rep, d):
    c = rep["cover"]
    body, rec = [], 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append('<h2%s>%s</h2>' % (' class="part"' if b[2] in ("findings", "learning") else "", e(b[1])))
        elif b[0] == "h2":
            body.append("<h3>%s</h3>" % e(b[1]))
        elif b[0] == "p":
            body.append("<p>%s</p>" % NOTE.sub(lambda m: '<span class="fn">%s</span>' % e(m.group(1)), e(b[1])))
        elif b[0] == "items" and b[3] == "shaded":
            for t in b[2]:
                rec += 1
                body.append('<p class="recbox"><b>Recommendation %d:</b> %s</p>' % (rec, e(t)))
        elif b[0] == "items":
            body.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
    doc = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
           '<section class="cover"><div class="p">%s</div><h1>%s</h1><p>Independent reviewer: Grace Adebayo-Finch</p>'
           '<p>Published: October 2025</p><p style="margin-top:40mm"><i>%s</i></p></section>%s</body></html>') % (
        e(c["title"]), VIVLIO_CSS, e(c["partnership"]), e(c["title"]), e(INVENTED), "".join(body))
    open(os.path.join(d, "r.html"), "w", encoding="utf-8").write(doc)
    run([os.path.join(NODE_MODULES, ".bin", "vivliostyle"), "build", "r.html", "-o", "r.pdf", "--executable-browser",
         "/usr/bin/chromium", "--host", "127.0.0.1", "--no-vite-config-file", "--log-level", "silent"], d,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(d, "r.pdf")


# ---------- Z8: calibre ebook-convert (HTML -> PDF)
def calibre(rep, d):
    c = rep["cover"]
    body = ['<p class="board">%s</p><h1>%s</h1><p class="kind">Executive Summary</p><p>Author: Susan Whitlock, independent '
            'author</p><p>July 2020</p><p><i>%s</i></p>' % (e(c["partnership"]), e("Serious Case Review: Baby T"), e(INVENTED))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "p":
            body.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items" and b[3] == "alpha":
            body.append('<ol type="a">%s</ol>' % "".join("<li>%s</li>" % e(t) for t in b[2]))
        elif b[0] == "items" and b[3] == "quote":
            body.append("<blockquote><ul>%s</ul></blockquote>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        elif b[0] == "items" and b[3] == "dl":
            body.append("<dl>%s</dl>" % "".join("<dt>Recommendation %d</dt><dd>%s</dd>" % (i + 1, e(t))
                                                 for i, t in enumerate(b[2])))
    css = ("body{font-family:'Liberation Serif',serif;font-size:1.05em;line-height:1.5}h1{font-size:2em;color:#254d32}"
           "h2{font-size:1.4em;color:#254d32;border-bottom:1px solid #254d32}.board{font-size:1.2em;font-variant:small-caps}"
           ".kind{font-size:1.3em}dt{font-weight:bold;margin-top:.6em}blockquote{border-left:3px solid #9bbf9e;padding-left:1em}")
    open(os.path.join(d, "r.html"), "w", encoding="utf-8").write(
        '<!doctype html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>'
        % (e(c["title"]), css, "".join(body)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox",
               CALIBRE_CONFIG_DIRECTORY=os.path.join(d, "calibre"))
    run(["ebook-convert", "r.html", "r.pdf", "--title", c["title"], "--authors", "Oxcombe Vale LSCB",
         "--paper-size", "a4", "--pdf-page-numbers", "--pdf-default-font-size", "15", "--pdf-page-margin-top", "60",
         "--pdf-page-margin-bottom", "60", "--pdf-page-margin-left", "64", "--pdf-page-margin-right", "64",
         "--pdf-header-template", '<p style="font-size:8pt;color:#666;text-align:right">_TITLE_</p>',
         "--page-breaks-before", "//*[name()='h2']", "--chapter-mark", "none", "--no-chapters-in-toc"], d,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return os.path.join(d, "r.pdf")
