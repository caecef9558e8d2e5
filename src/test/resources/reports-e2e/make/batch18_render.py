"""Renderers of batch 18 (see batch18.py): latex -> dvips -> ps2pdf (Type 3 bitmap fonts), html2ps -> ps2pdf, Inkscape
multi-page SVG, pdflatex + paracol (Welsh / English columns), LibreOffice flat ODT exported as PDF/A-2b, mutool convert
(MuPDF's HTML engine) and Perl PDF::API2. render(rep, d) returns (made, plain): the PDF made in d and the PDF the truth reads
(the same file)."""
import html, os, re, subprocess, textwrap
from batch15_render import with_notes
from batch14_content import NOTE, strip_notes
from batch18_content import INVENTED, INVENTED_CY

h = lambda s: html.escape(s, quote=False)


def run(cmd, cwd, **kw):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit("%s failed: %s %s" % (cmd[0], r.stdout[-2000:], r.stderr[-2000:]))
    return r


def en_blocks(rep):
    return with_notes([b for b in rep["blocks"] if not b[0].startswith("cy")])


# ---------------- Z1: latex -> dvips -> ps2pdf, bitmap Type 3 fonts ----------------
def tex(s):
    """Plain text to LaTeX; ^[note] becomes \\footnote, \\endnote{..} is kept as written."""
    keep = []

    def hold(m):
        keep.append(m.group(0))
        return "\x00%d\x00" % (len(keep) - 1)
    s = re.sub(r"\\endnote\{[^}]*\}", hold, s)
    notes = []
    s = NOTE.sub(lambda m: notes.append(m.group(1)) or "\x01%d\x01" % (len(notes) - 1), s)
    s = s.replace("\\", "\\textbackslash{}")
    for a, b in (("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_"), ("\u2019", "'")):
        s = s.replace(a, b)
    s = re.sub("\x01(\\d+)\x01", lambda m: "\\footnote{%s}" % tex(notes[int(m.group(1))]), s)
    return re.sub("\x00(\\d+)\x00", lambda m: keep[int(m.group(1))], s)


def z1_latex(rep, d):
    c = rep["cover"]
    out = [r"\documentclass[11pt,a4paper]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage{endnotes}",
           r"\usepackage[margin=2.5cm]{geometry}", r"\usepackage{enumitem}", r"\usepackage{fancyhdr}",
           r"\pagestyle{fancy}\fancyhf{}\fancyhead[L]{\small Sandmere LSCB}\fancyhead[R]{\small SCR Child C -- Overview Report}",
           r"\fancyfoot[C]{\small \thepage}", r"\renewcommand{\notesname}{Notes}", r"\begin{document}",
           r"\begin{titlepage}\centering\vspace*{3cm}{\Large %s\par}\vspace{2cm}" % tex(c["partnership"]),
           r"{\huge\bfseries %s\par}\vspace{1cm}{\LARGE Overview Report\par}\vspace{3cm}" % tex(c["title"]),
           r"{\large Independent author: Margaret Quayle-Hendry\par}\vspace{0.5cm}{\large June 2018\par}\vfill",
           r"{\small %s\par}\end{titlepage}" % tex(INVENTED), r"\setcounter{page}{2}"]
    for b, note in en_blocks(rep):
        if b[0] == "h1":
            if b[1] == "Notes":
                out.append(r"\theendnotes")
            else:
                out.append(r"\section{%s}" % tex(b[1]) if not b[1].startswith("Appendix") else
                           r"\section*{%s}" % tex(b[1]))
        elif b[0] == "p":
            out.append(tex(b[1] + ("^[%s]" % note if note else "")) + "\n")
        elif b[0] == "items":
            lab = r"label={\bfseries Lesson \arabic*:},leftmargin=6em,labelwidth=5em,align=left" if b[3] == "lesson" \
                else r"label=\arabic*.,leftmargin=2em"
            out.append(r"\begin{enumerate}[%s]" % lab)
            out += [r"\item %s" % tex(t) for t in b[2]]
            out.append(r"\end{enumerate}")
    out.append(r"\end{document}")
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    for _ in range(2):
        run(["latex", "-interaction=nonstopmode", "r.tex"], d)
    run(["dvips", "-q", "r.dvi", "-o", "r.ps"], d)
    run(["ps2pdf", "-sPAPERSIZE=a4", "r.ps", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- Z4: pdflatex + paracol, Welsh left, English right ----------------
def z4_paracol(rep, d):
    c = rep["cover"]
    out = [r"\documentclass[11pt,a4paper]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}",
           r"\usepackage{lmodern}", r"\usepackage[margin=2cm]{geometry}", r"\usepackage{paracol}", r"\usepackage{enumitem}",
           r"\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
           r"\fancyfoot[C]{\small Tudalen / Page \thepage}", r"\setlength{\columnseprule}{0.4pt}",
           r"\newcommand{\hd}[1]{\par\vspace{1ex}{\large\bfseries\raggedright #1\par}\vspace{0.5ex}}",
           r"\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000", r"\begin{document}",
           r"\begin{center}{\large Bwrdd Diogelu Rhanbarthol Afon Cleddau\\ %s\par}\vspace{4mm}" % tex(c["partnership"]),
           r"{\LARGE\bfseries Adolygiad Ymarfer Plant: Plentyn W\par}\vspace{2mm}",
           r"{\LARGE\bfseries %s\par}\vspace{3mm}" % tex(c["title"]),
           r"Cyfeirnod / Reference: ACRSB 3/2025 \quad Dyddiad cyhoeddi / Date of publication: 9 June 2025\par\vspace{2mm}",
           r"{\small %s\\ %s\par}\end{center}\vspace{4mm}" % (tex(INVENTED_CY), tex(INVENTED)),
           r"\begin{paracol}{2}"]
    blocks = rep["blocks"]
    i = 0
    while i < len(blocks):  # each English block is followed by its Welsh one: Welsh goes left, English right
        b, cy = blocks[i], blocks[i + 1]
        i += 2
        if b[0] == "h1":
            out += [r"\hd{%s}" % tex(cy[1]), r"\switchcolumn", r"\hd{%s}" % tex(b[1]), r"\switchcolumn*"]
        elif b[0] == "p":
            out += [tex(cy[1]) + r"\par", r"\switchcolumn", tex(b[1]) + r"\par", r"\switchcolumn*"]
        elif b[0] == "items":
            for ct, et in zip(cy[1], b[2]):
                n = b[2].index(et) + 1
                out += [r"\begin{enumerate}[label=\arabic*.,start=%d,leftmargin=1.8em]\item %s\end{enumerate}" % (n, tex(ct)),
                        r"\switchcolumn",
                        r"\begin{enumerate}[label=\arabic*.,start=%d,leftmargin=1.8em]\item %s\end{enumerate}" % (n, tex(et)),
                        r"\switchcolumn*"]
    out += [r"\end{paracol}", r"\end{document}"]
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "r.tex"], d)
    return os.path.join(d, "r.pdf")


RENDER = {"sandmere": z1_latex, "afon-cleddau": z4_paracol}


def render(rep, d):
    for k, f in RENDER.items():
        if rep["file"].startswith(k):
            pdf = f(rep, d)
            return pdf, pdf
    raise SystemExit("no renderer for " + rep["file"])


# ---------------- Z2: html2ps -> ps2pdf ----------------
HTML2PS_RC = """@html2ps {
  paper { type: A4; }
  option { titlepage: 1; toc: "bh"; number: 1; hyphenate: 0; }
  package { Ghostscript: 1; }
  seq-number: 1;
  extrapage: 0;
  header { left: "Fairley Cross SCP"; right: "$T"; font-size: 9pt; }
  footer { center: "$N"; }
  titlepage { content: "<DIV align=center><P>$[partnership]</P><H1><BIG>$T</BIG></H1><H2>Final report</H2>
    <P>Publication date: $[published]</P><P>Lead reviewer: $[author]</P><P><SMALL>$[note]</SMALL></P></DIV>"; margin-top: 5cm; }
  toc { heading: "<H2>Contents</H2>"; level: 1; }
  BODY { font-family: Times; font-size: 11pt; }
  H1 { font-family: Helvetica; font-size: 15pt; font-weight: bold; }
  H2 { font-family: Helvetica; font-size: 13pt; }
}
"""


def z2_html2ps(rep, d):
    c = rep["cover"]
    out = ["<HTML><HEAD><TITLE>%s</TITLE>" % h(c["title"]),
           '<META name="partnership" content="%s">' % h(c["partnership"]),
           '<META name="published" content="14 March 2024">', '<META name="author" content="Dr Paul Ferreira-Lyle">',
           '<META name="note" content="%s">' % h(INVENTED), "</HEAD><BODY>"]
    for b, note in en_blocks(rep):
        if b[0] == "h1":
            out.append("<H1>%s</H1>" % h(b[1]))
        elif b[0] == "p":
            out.append("<P>%s</P>" % h(b[1]))
        elif b[0] == "items" and b[3] in ("ol", "ul"):
            t = b[3].upper()
            out.append("<%s>%s</%s>" % (t, "".join("<LI>%s" % h(x) for x in b[2]), t))
        elif b[0] == "items":
            out.append('<TABLE border=1 cellpadding=4 cellspacing=0 width="100%"><TR><TH>No.</TH><TH>Recommendation</TH>'
                       "<TH>Lead agency</TH></TR>")
            leads = ["Drug and alcohol service", "Partnership business unit", "Health visiting service"]
            for i, (x, lead) in enumerate(zip(b[2], leads), 1):
                out.append("<TR><TD valign=top>%d</TD><TD>%s</TD><TD valign=top>%s</TD></TR>" % (i, h(x), lead))
            out.append("</TABLE>")
    out.append("</BODY></HTML>")
    open(os.path.join(d, "r.html"), "w", encoding="latin-1").write("\n".join(out) + "\n")
    open(os.path.join(d, "rc"), "w").write(HTML2PS_RC)
    run(["html2ps", "-f", "rc", "-o", "r.ps", "r.html"], d)
    run(["ps2pdf", "-sPAPERSIZE=a4", "r.ps", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


RENDER["fairley"] = z2_html2ps


# ---------------- shared: word wrap measured with the real font ----------------
FONTS = {"sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
         "sans-bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"}


def wrap(text, font, size, width):
    from PIL import ImageFont
    f = ImageFont.truetype(FONTS[font], int(size * 10))
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and f.getlength(t) / 10 > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    return lines + ([cur] if cur else [])


# ---------------- Z3: Inkscape multi-page SVG ----------------
TEAL, PAGE_W, PAGE_H, GAP = "#1d6f73", 595, 842, 40


class Svg:
    def __init__(self):
        self.items, self.page = [], 0

    def ox(self):
        return self.page * (PAGE_W + GAP)

    def text(self, x, y, s, size=10.5, bold=False, fill="#222222"):
        self.items.append('<text x="%.1f" y="%.1f" style="font-family:\'Liberation Sans\';font-size:%spx;font-weight:%s;fill:%s">%s</text>'
                          % (self.ox() + x, y, size, "bold" if bold else "normal", fill, h(s)))

    def rect(self, x, y, w, hh, fill):
        self.items.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" style="fill:%s;stroke:none"/>' % (self.ox() + x, y, w, hh, fill))

    def circle(self, x, y, r, fill):
        self.items.append('<circle cx="%.1f" cy="%.1f" r="%.1f" style="fill:%s;stroke:none"/>' % (self.ox() + x, y, r, fill))

    def svg(self, pages):
        pg = "".join('<inkscape:page x="%d" y="0" width="%d" height="%d" id="page%d"/>' % (i * (PAGE_W + GAP), PAGE_W, PAGE_H, i + 1)
                     for i in range(pages))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
                'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
                'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="%dpt" height="%dpt" viewBox="0 0 %d %d">'
                '<sodipodi:namedview id="nv" inkscape:document-units="pt">%s</sodipodi:namedview><g inkscape:label="Layer 1" '
                'inkscape:groupmode="layer">%s</g></svg>\n' % (PAGE_W, PAGE_H, PAGE_W, PAGE_H, pg, "\n".join(self.items)))


def z3_inkscape(rep, d):
    c, s = rep["cover"], Svg()
    blocks = [b for b, _ in en_blocks(rep)]

    def footer():
        s.rect(40, 805, 515, 0.8, TEAL)
        s.text(40, 820, c["partnership"] + "  |  Learning brief", 8, fill="#555555")
        s.text(545, 820, str(s.page + 1), 8, fill="#555555")

    def heading(x, y, w, t):
        s.rect(x, y - 14, w, 21, TEAL)
        s.text(x + 8, y + 1, t, 12.5, True, "#ffffff")
        return y + 22

    def para(x, y, w, t, size=10.5):
        for ln in wrap(t, "sans", size, w):
            s.text(x, y, ln, size)
            y += size * 1.35
        return y + 6

    def items(x, y, w, texts, style):
        for i, t in enumerate(texts, 1):
            if style == "circled":
                s.circle(x + 7, y - 3.5, 7.5, TEAL)
                s.text(x + 4.2, y, str(i), 9, True, "#ffffff")
            else:
                s.circle(x + 4, y - 3.5, 2.3, TEAL)
            y = para(x + 18, y, w - 18, t) + 2
        return y

    # page 1: title band, introduction, background
    s.rect(0, 0, PAGE_W, 190, TEAL)
    s.text(40, 50, c["partnership"], 13, True, "#ffffff")
    s.text(40, 100, c["title"], 30, True, "#ffffff")
    s.text(40, 130, "What practitioners need to know from a local child safeguarding practice review", 11.5, fill="#ffffff")
    s.text(40, 165, "November 2025", 11, fill="#ffffff")
    y = 225
    y = para(40, y, 515, INVENTED, 9) + 4
    for b in blocks[:4]:
        y = heading(40, y + 10, 515, b[1]) if b[0] == "h1" else para(40, y, 515, b[1])
    footer()
    # page 2: two columns
    s.page = 1
    yl = heading(40, 60, 250, blocks[4][1])
    yl = items(40, yl, 250, blocks[5][2], blocks[5][3])
    yr = heading(305, 60, 250, blocks[6][1])
    yr = items(305, yr, 250, blocks[7][2], blocks[7][3])
    yr = heading(305, yr + 16, 250, blocks[8][1])
    items(305, yr, 250, blocks[9][2], blocks[9][3])
    footer()
    open(os.path.join(d, "r.svg"), "w", encoding="utf-8").write(s.svg(2))
    run(["inkscape", "--export-type=pdf", "--export-filename=r.pdf", "r.svg"], d, env=dict(os.environ, HOME=d))
    return os.path.join(d, "r.pdf")


RENDER["tolworth"] = z3_inkscape


# ---------------- Z5: LibreOffice flat ODT, the report in table cells, a landscape action plan page, PDF/A-2b ----------------
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>%TITLE%</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Lbl" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CoverTitle" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#3b2a6b"/></style:style>
 <style:style style:name="AppHead" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#3b2a6b"/></style:style>
 <style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <text:list-style style:name="Bul"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.5cm" fo:margin-left="0.6cm"/></style:list-level-properties>
  </text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="BodyStart" style:family="paragraph" style:master-page-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="LandStart" style:family="paragraph" style:parent-style-name="AppHead" style:master-page-name="Landscape"/>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="T2" style:family="table"><style:table-properties style:width="25.7cm" table:align="left"/></style:style>
 <style:style style:name="L" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #3b2a6b" fo:background-color="#3b2a6b"/></style:style>
 <style:style style:name="R" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #3b2a6b"/></style:style>
 <style:style style:name="H" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #3b2a6b" fo:background-color="#d9d2ea"/></style:style>
 <style:style style:name="cl" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="cr" style:family="table-column"><style:table-column-properties style:column-width="12.8cm"/></style:style>
 <style:style style:name="a1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="a2" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="a3" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="a4" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="a5" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Cover" style:page-layout-name="pm1" style:next-style-name="Standard"/>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Hdr">%HEADER%</text:p></style:header>
  <style:footer><text:p text:style-name="Ftr"><text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="pm2">
  <style:header><text:p text:style-name="Hdr">%HEADER%</text:p></style:header>
  <style:footer><text:p text:style-name="Ftr"><text:page-number text:select-page="current"/></text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
"""
ACTIONS = [("Commission an e-learning module and a face-to-face session on autism and suicide risk.", "Partnership business unit", "March 2026"),
           ("Agree a written protocol naming the lead professional within ten school days.", "Education and CAMHS", "April 2026"),
           ("Set up a waiting-list support offer with the parent carer forum.", "Integrated care board", "June 2026"),
           ("Add an autism and school absence prompt to the front door screening tool.", "Children's social care", "February 2026")]


def z5_fodt(rep, d):
    from xml.sax.saxutils import escape as x
    c = rep["cover"]
    p = lambda t, st="Standard": '<text:p text:style-name="%s">%s</text:p>' % (st, x(t))
    cell = lambda st, inner: '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (st, inner)
    out = [p(c["partnership"], "Small"), '<text:p text:style-name="Standard"/>' * 6, p(c["title"], "CoverTitle"), p("Final report"),
           '<table:table table:name="Cover" table:style-name="T1"><table:table-column table:style-name="cl"/><table:table-column table:style-name="cr"/>']
    for k, v in (("Date of publication", "15 January 2026"), ("Lead reviewer", "Sarah Bellamy-Oduya"),
                 ("Status", "Final, approved by the safeguarding partners"), ("Note", INVENTED)):
        out.append("<table:table-row>%s%s</table:table-row>" % (cell("L", p(k, "Lbl")), cell("R", p(v))))
    out.append("</table:table>")
    out.append('<text:p text:style-name="BodyStart"/>')
    out.append('<table:table table:name="Report" table:style-name="T1"><table:table-column table:style-name="cl"/><table:table-column table:style-name="cr"/>')
    blocks, i, land = [b for b, _ in en_blocks(rep)], 0, None
    while i < len(blocks):
        b = blocks[i]
        if b[1].startswith("Appendix"):
            land = (b, blocks[i + 1])
            break
        body = []
        i += 1
        while i < len(blocks) and blocks[i][0] != "h1":
            bb = blocks[i]
            if bb[0] == "p":
                body.append(p(bb[1]))
            else:
                body.append('<text:list text:style-name="Bul">%s</text:list>' % "".join("<text:list-item>%s</text:list-item>" % p(t) for t in bb[2]))
            i += 1
        out.append("<table:table-row>%s%s</table:table-row>" % (cell("L", p(b[1], "Lbl")), cell("R", "".join(body))))
    out.append("</table:table>")
    h1, recs = land
    out.append(p(h1[1], "LandStart"))
    out.append('<table:table table:name="Actions" table:style-name="T2">' + "".join('<table:table-column table:style-name="a%d"/>' % k for k in range(1, 6)))
    out.append("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>"
               % "".join(cell("H", p(t, "Small")) for t in ("No.", "Recommendation", "Action", "Lead", "By when")))
    for n, (t, (a, lead, when)) in enumerate(zip(recs[2], ACTIONS), 1):
        out.append("<table:table-row>%s</table:table-row>" % "".join(cell("R", p(v)) for v in (str(n), t, a, lead, when)))
    out.append("</table:table>")
    doc = FODT_HEAD.replace("%TITLE%", x(c["title"])).replace("%HEADER%", x("Ashbury Vale SCP | LCSPR Child T")) + "\n".join(out) + \
        "\n</office:text></office:body></office:document>\n"
    open(os.path.join(d, "r.fodt"), "w", encoding="utf-8").write(doc)
    run(["soffice", "-env:UserInstallation=file://" + d + "/lo", "--headless", "--convert-to",
         'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}', "r.fodt"], d)
    return os.path.join(d, "r.pdf")


RENDER["ashbury"] = z5_fodt


# ---------------- Z6: mutool convert (MuPDF's HTML engine) ----------------
MUPDF_CSS = """
body { font-family: serif; font-size: 11pt; line-height: 1.35; }
.part { font-family: sans-serif; font-size: 10pt; color: #5a2d82; font-weight: bold; margin: 0; }
h1.title { font-family: sans-serif; font-size: 21pt; color: #5a2d82; margin: 4pt 0 2pt 0; }
.meta { font-size: 9.5pt; color: #444444; margin: 0; }
h2 { font-family: sans-serif; font-variant: small-caps; font-size: 14pt; color: #5a2d82; border-bottom: 1pt solid #5a2d82;
     margin: 16pt 0 6pt 0; padding-bottom: 2pt; page-break-after: avoid; }
div.lp { border-left: 3pt solid #5a2d82; padding-left: 8pt; margin: 8pt 0 8pt 0; }
div.lp p { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th { background-color: #e6dcf0; text-align: left; font-family: sans-serif; font-size: 10pt; }
th, td { border: 0.75pt solid #888888; padding: 4pt; vertical-align: top; font-size: 10pt; }
"""
WHO = [("Children's social care", "By March 2026"), ("Partnership business unit", "By January 2026"), ("All local authorities in the region", "By April 2026")]


def z6_mutool(rep, d):
    c = rep["cover"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title>' % h(c["title"]),
           '<style type="text/css">%s</style></head><body>' % MUPDF_CSS,
           '<p class="part">%s</p><h1 class="title">%s</h1>' % (h(c["partnership"]), h(c["title"])),
           '<p class="meta">Published 22 October 2025 &#183; Independent reviewer: Tom Achterberg</p>',
           '<p class="meta"><i>%s</i></p>' % h(INVENTED)]
    for b, note in en_blocks(rep):
        if b[0] == "h1":
            out.append("<h2>%s</h2>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[3] == "leadin":
            for t in b[2]:
                first, rest = t.split(". ", 1)
                out.append('<div class="lp"><p><b>%s.</b> %s</p></div>' % (h(first), h(rest)))
        elif b[0] == "items":
            out.append("<table><tr><th>Recommendation</th><th>Who</th><th>When</th></tr>")
            out += ["<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (h(t), h(w), h(n)) for t, (w, n) in zip(b[2], WHO)]
            out.append("</table>")
    out.append("</body></html>")
    open(os.path.join(d, "r.xhtml"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    run(["mutool", "convert", "-F", "pdf", "-O", "compress", "-o", "r.pdf", "r.xhtml"], d)
    return os.path.join(d, "r.pdf")


RENDER["brantham"] = z6_mutool


# ---------------- Z7: Perl PDF::API2, numbers and labels hung in the left margin ----------------
PERL = r'''use strict; use warnings; use PDF::API2;
my $pdf = PDF::API2->new(); $pdf->info(Title => $ARGV[1], Creator => 'holmesdale-report.pl', Producer => 'PDF::API2 ' . $PDF::API2::VERSION);
my %f = (r => $pdf->corefont('Helvetica'), b => $pdf->corefont('Helvetica-Bold'));
my ($page, $t, $g);
open(my $in, '<:encoding(UTF-8)', $ARGV[0]) or die;
while (my $line = <$in>) {
  chomp $line; my @a = split /\t/, $line, -1;
  if ($a[0] eq 'page') { $page = $pdf->page(); $page->mediabox('A4'); $g = $page->gfx(); $t = $page->text(); }
  elsif ($a[0] eq 't') { $t->font($f{$a[1]}, $a[2]); $t->fillcolor($a[3]); $t->translate($a[4], $a[5]); $t->text($a[6]); }
  elsif ($a[0] eq 'line') { $g->strokecolor($a[1]); $g->linewidth($a[2]); $g->move($a[3], $a[4]); $g->line($a[5], $a[6]); $g->stroke(); }
}
$pdf->saveas($ARGV[2]);
'''
NAVY, GREY = "#1f3b5c", "#222222"


def z7_perl(rep, d):
    c, ops, y, page = rep["cover"], [], 0, [0]

    def t(font, size, colour, x, yy, s):
        ops.append("\t".join(["t", font, str(size), colour, "%.1f" % x, "%.1f" % yy, s.replace("\t", " ")]))

    def new_page():
        page[0] += 1
        ops.append("page")
        if page[0] > 1:
            t("r", 8.5, "#555555", 100, 806, c["partnership"])
            ops.append("\t".join(["line", NAVY, "0.6", "100", "800", "545", "800"]))
            t("r", 8.5, "#555555", 100, 30, "Baby R  |  %d" % page[0])
        return 770

    def para(x, yy, s, size=10.5, width=445):
        for ln in wrap(s, "sans", size, width):
            if yy < 60:
                yy = new_page()
            t("r", size, GREY, x, yy, ln)
            yy -= size * 1.4
        return yy - 6

    new_page()  # cover
    t("b", 12, NAVY, 70, 700, c["partnership"])
    ops.append("\t".join(["line", NAVY, "1.5", "70", "690", "525", "690"]))
    t("b", 24, NAVY, 70, 620, "Child Safeguarding Practice Review:")
    t("b", 24, NAVY, 70, 590, "Baby R")
    t("r", 16, GREY, 70, 555, "Overview report")
    t("r", 11, GREY, 70, 480, "Published: 3 March 2026")
    t("r", 11, GREY, 70, 462, "Reviewer: Dr Niamh Castellano, independent reviewer")
    t("r", 9, GREY, 70, 120, INVENTED)
    y, n, labels = new_page(), 0, {"learning": "L%d", "recommendations": "R%d", "good_practice": "+"}
    for b, note in en_blocks(rep):
        if b[0] == "h1":
            if y < 120:
                y = new_page()
            n += 1
            y -= 10
            t("b", 13, NAVY, 50, y, "%d." % n)
            t("b", 13, NAVY, 100, y, b[1])
            y -= 22
        elif b[0] == "p":
            y = para(100, y, b[1])
        elif b[0] == "items":
            for i, s in enumerate(b[2], 1):
                if y < 90:
                    y = new_page()
                lab = labels[b[1]]
                t("b", 10.5, NAVY, 62, y, lab % i if "%" in lab else lab)
                y = para(100, y, s)
    open(os.path.join(d, "ops.tsv"), "w", encoding="utf-8").write("\n".join(ops) + "\n")
    open(os.path.join(d, "r.pl"), "w").write(PERL)
    run(["perl", "r.pl", "ops.tsv", c["title"], "r.pdf"], d)
    return os.path.join(d, "r.pdf")


RENDER["holmesdale"] = z7_perl


# ---------------- Z8: Scribus 1.5.8 through its Python scripter ----------------
SCRIBUS = r'''import scribus, json
spec = json.load(open(SPEC))
scribus.newDocument(scribus.PAPER_A4, (40, 40, 40, 40), scribus.PORTRAIT, 1, scribus.UNIT_POINTS, scribus.PAGE_1, 0, 1)
scribus.defineColorRGB("Moss", 46, 94, 62)
scribus.defineColorRGB("Mist", 228, 238, 230)
scribus.defineColorRGB("Ink", 34, 34, 34)
SERIF, SANS, BOLD = "Liberation Serif Regular", "Liberation Sans Regular", "Liberation Sans Bold"


def frame(x, y, w, h, text, font, size, colour="Ink", cols=1, fill=None, pad=0):
    f = scribus.createText(x, y, w, h)
    if fill:
        scribus.setFillColor(fill, f)
    if pad:
        scribus.setTextDistances(pad, pad, pad, pad, f)
    scribus.setColumns(cols, f)
    scribus.setColumnGap(18, f)
    scribus.setText(text, f)
    scribus.setFont(font, f)
    scribus.setFontSize(size, f)
    scribus.setLineSpacing(size * 1.3, f)
    scribus.setTextColor(colour, f)
    return f


def runs(f, spans):
    for start, length, font, size, colour in spans:
        scribus.selectText(start, length, f)
        scribus.setFont(font, f)
        scribus.setFontSize(size, f)
        scribus.setTextColor(colour, f)
    scribus.deselectAll()


r = scribus.createRect(0, 0, 595.28, 175)
scribus.setFillColor("Moss", r)
scribus.setLineColor("None", r)
m = frame(40, 30, 515, 140, spec["masthead"], SANS, 11, "White")
runs(m, spec["masthead_runs"])
a = frame(40, 195, 515, spec["page1_story_h"], spec["story"], SERIF, 10.5, cols=2)
runs(a, spec["story_runs"])
frame(40, 805, 400, 16, spec["footer"], SANS, 8, "Moss")
frame(500, 805, 55, 16, "1", SANS, 8, "Moss")
scribus.newPage(-1)
scribus.gotoPage(2)
b = scribus.createText(40, 40, 515, spec["page2_story_h"])
scribus.setColumns(2, b)
scribus.setColumnGap(18, b)
scribus.linkTextFrames(a, b)
x = frame(40, 60 + spec["page2_story_h"], 515, 150, spec["box"], SANS, 10, fill="Mist", pad=10)
runs(x, spec["box_runs"])
frame(40, 805, 400, 16, spec["footer"], SANS, 8, "Moss")
frame(500, 805, 55, 16, "2", SANS, 8, "Moss")
pdf = scribus.PDFfile()
pdf.file = OUT
pdf.save()
'''


def z8_scribus(rep, d):
    import json
    c = rep["cover"]
    blocks = [b for b, _ in en_blocks(rep)]
    rec_at = max(i for i, b in enumerate(blocks) if b[0] == "h1")

    def story(bs, body_font, body_size):
        text, spans = [], []
        pos = 0

        def add(s, font=None, size=None, colour="Ink"):
            nonlocal pos
            if font:
                spans.append((pos, len(s), font, size, colour))
            text.append(s)
            pos += len(s)
        for b in bs:
            if b[0] == "h1":
                add(b[1], "Liberation Sans Bold", 13, "Moss")
                add("\r")
            elif b[0] == "p":
                add(b[1] + "\r")
            elif b[0] == "items":
                for i, t in enumerate(b[2], 1):
                    if b[3] == "lplabel":
                        add("Learning point %d: " % i, "Liberation Serif Bold", body_size)
                    elif b[3] == "tick":
                        add("\u2713 ", "DejaVu Sans Bold", body_size, "Moss")
                    else:
                        add("%d. " % i, "Liberation Sans Bold", body_size)
                    add(t + "\r")
        return "".join(text).rstrip("\r"), spans

    s_text, s_runs = story(blocks[:rec_at], "serif", 10.5)
    b_text, b_runs = story(blocks[rec_at:], "sans", 10)
    masthead = "%s\r\r%s\rLearning from a local review: summary report\rPublished January 2026\r%s" % (
        c["partnership"], c["title"], INVENTED)
    title_at = len(c["partnership"]) + 2
    m_runs = [(0, len(c["partnership"]), "Liberation Sans Bold", 11, "White"), (title_at, len(c["title"]), "Liberation Sans Bold", 19, "White"),
              (len(masthead) - len(INVENTED), len(INVENTED), "Liberation Sans Regular", 8.5, "White")]
    spec = {"masthead": masthead, "masthead_runs": m_runs, "story": s_text, "story_runs": s_runs, "box": b_text, "box_runs": b_runs,
            "footer": "Orrisdale Vale SCP  |  LCSPR Child D", "page1_story_h": 290, "page2_story_h": 330}
    open(os.path.join(d, "spec.json"), "w", encoding="utf-8").write(json.dumps(spec))
    out = os.path.join(d, "r.pdf")
    open(os.path.join(d, "s.py"), "w", encoding="utf-8").write("SPEC = %r\nOUT = %r\n" % (os.path.join(d, "spec.json"), out) + SCRIBUS)
    run(["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", "s.py"], d, env=dict(os.environ, HOME=d), timeout=300)
    return out


RENDER["orrisdale"] = z8_scribus
