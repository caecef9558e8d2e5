"""Renders batch 56's invented reports (batch56_content.py), then DAMAGES them as archives hold them: scanned whole as a
photocopy, scanned skewed with tesseract's own PDF output, scanned with pages fed sideways and upside down, scanned
appendix pages after a born-digital body under an owner password, scanned without a text layer, glyphs turned into
outlines, /ToUnicode maps removed, last pages printed as images. render(rep, d) returns (pdf, read_from): the PDF
shipped and the born-digital PDF before the damage (same pages) from which the truth reads its pages. Test-fixture
tooling only; every report is invented.
"""
import html, os, subprocess
from batch56_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer", "--user-data-dir=/tmp/r56-chrome"]
LO_PROFILE = "-env:UserInstallation=file:///tmp/r56-lo"


def e(s):
    return html.escape(s, quote=False)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def npages(pdf):
    out = run(["pdfinfo", pdf], text=True).stdout
    return int([ln for ln in out.splitlines() if ln.startswith("Pages:")][0].split()[1])


def cover_lines(c):
    return [c["partnership"], c["title"], c["by"], c["date"], INVENTED]


# ---------------- producers ----------------
def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "table":
            head = "".join("<th>%s</th>" % e(x) for x in b[1])
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in b[2])
            out.append("<table><tr>%s</tr>%s</table>" % (head, rows))
        elif k == "land":
            out.append('<div class="land">' if b[1] else "</div>")
        elif k == "scan":
            pass
        else:
            raise ValueError(k)
    return "\n".join(out)


def chromium(rep, d, css):
    p, t, by, date, inv = (e(x) for x in cover_lines(rep["cover"]))
    cover = ('<section class="cover"><p class="cp">%s</p><p class="ct">%s</p><p class="cb">%s</p><p class="cb">%s</p>'
             '<p class="ci">%s</p></section>' % (p, t, by, date, inv))
    src = ("<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>"
           % (e(rep["cover"]["title"]), css, cover, html_blocks(rep["blocks"])))
    path = os.path.join(d, "r.html")
    open(path, "w", encoding="utf-8").write(src)
    out = os.path.join(d, "base.pdf")
    run(CHROMIUM + ["--print-to-pdf=" + out, "file://" + path])
    return out


def md_escape(s):
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")


def md_blocks(blocks, page_break, breaks_before_h1=False):
    out, first = [], True
    for b in blocks:
        k = b[0]
        if k == "h1":
            if breaks_before_h1 and not first:
                out.append(page_break)
            first = False
            out.append("# %s" % md_escape(b[1]))
        elif k == "p":
            out.append(md_escape(b[1]))
        elif k == "items":
            out.append("\n".join(("%d. %s" % (i + 1, md_escape(t))) if b[3] == "ol" else ("- " + md_escape(t))
                                 for i, t in enumerate(b[2])))
        elif k == "table":
            rows = [b[1], ["---"] * len(b[1])] + b[2]
            out.append("\n".join("| " + " | ".join(md_escape(c) for c in r) + " |" for r in rows))
        elif k == "scan" and b[1]:
            out.append(page_break)
        elif k in ("scan", "land"):
            pass
        else:
            raise ValueError(k)
    return "\n\n".join(out) + "\n"


DOCX_BREAK = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def docx_lo(rep, d, font, extra_breaks=()):
    c = rep["cover"]
    cover = "\n\n".join("**%s**" % md_escape(x) if i == 1 else md_escape(x) for i, x in enumerate(cover_lines(c)))
    md = cover + "\n\n" + DOCX_BREAK + "\n\n" + md_blocks(rep["blocks"], DOCX_BREAK)
    for h in extra_breaks:  # a page break before these headings
        md = md.replace("\n# %s\n" % h, "\n%s\n\n# %s\n" % (DOCX_BREAK, h))
    open(os.path.join(d, "r.md"), "w", encoding="utf-8").write(md)
    run(["pandoc", "r.md", "-f", "markdown", "-t", "docx", "-o", "r.docx"], cwd=d)
    set_docx_font(os.path.join(d, "r.docx"), font)
    run(["soffice", LO_PROFILE, "--headless", "--convert-to", "pdf:writer_pdf_Export", "r.docx"], cwd=d)
    os.replace(os.path.join(d, "r.pdf"), os.path.join(d, "base.pdf"))
    return os.path.join(d, "base.pdf")


def set_docx_font(path, font):
    import docx
    doc = docx.Document(path)
    for name in ("Normal", "Body Text", "First Paragraph", "Compact", "Heading 1", "Title"):
        try:
            doc.styles[name].font.name = font
        except KeyError:
            pass
    doc.save(path)


def pdflatex(rep, d):
    c = rep["cover"]
    head = ("---\ngeometry: margin=30mm\nfontsize: 12pt\nlinestretch: 1.5\ntoc-title: Contents\n"
            "header-includes: |\n  \\usepackage{titlesec}\n  \\newcommand{\\sectionbreak}{\\clearpage}\n"
            "  \\titleformat{\\section}{\\Large\\bfseries\\sffamily}{}{0pt}{}\n---\n\n")
    cover = ("```{=latex}\n\\begin{titlepage}\\centering\\vspace*{20mm}{\\Large %s\\par}\\vspace{50mm}"
             "{\\huge\\bfseries %s\\par}\\vspace{20mm}{\\large %s\\par}\\vspace{5mm}{\\large %s\\par}\\vfill"
             "{\\small %s\\par}\\end{titlepage}\\tableofcontents\\clearpage\n```\n\n"
             % tuple(x.replace("&", "\\&") for x in cover_lines(c)))
    md = head + cover + md_blocks(rep["blocks"], "")
    open(os.path.join(d, "r.md"), "w", encoding="utf-8").write(md)
    run(["pandoc", "r.md", "-o", "base.pdf", "--pdf-engine=pdflatex"], cwd=d)
    return os.path.join(d, "base.pdf")


# ---------------- damage ----------------
def raster(pdf, d, dpi, first=1, last=None, prefix="pg"):
    last = last or npages(pdf)
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(first), "-l", str(last), pdf, os.path.join(d, prefix)])
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(prefix + "-") and f.endswith(".png"))


def magick(src, dst, *ops):
    run(["convert", src, *ops, dst])
    return dst


def photocopy(png, i, dpi):
    """Grey paper, toner speckles, a dark band along the binding edge, the sheet a little turned."""
    out = png[:-4] + "-pc.jpg"
    angle = "1" if i % 2 == 0 else "-0.8"
    return magick(png, out, "+level", "12%,82%", "-attenuate", "0.25", "+noise", "Impulse",
                  "-fill", "gray(35)", "-draw", "rectangle 0,0 %d,100000" % (dpi // 8),
                  "-background", "gray(200)", "-rotate", angle, "-gravity", "center",
                  "-extent", "%dx%d" % (round(8.27 * dpi), round(11.69 * dpi)),
                  "-blur", "0x0.6", "-density", str(dpi), "-units", "PixelsPerInch", "-quality", "70")


def scanned(png, angle, dpi, rotate=0, noise="0.1", quality="75"):
    out = png[:-4] + "-sc.jpg"
    ops = ["-attenuate", noise, "+noise", "Gaussian", "-background", "white", "-rotate", str(angle)]
    if rotate:
        ops += ["-rotate", str(rotate)]
    return magick(png, out, *ops, "-density", str(dpi), "-units", "PixelsPerInch", "-quality", quality)


def img2pdf(images, out, rotation=None):
    cmd = ["img2pdf", "-o", out] + (["--rotation", str(rotation)] if rotation is not None else []) + images
    run(cmd)
    return out


def ocrmypdf(src, out, *opts):
    run(["ocrmypdf", "-l", "eng", "--output-type", "pdf", "-q", *opts, src, out])
    return out


def join(parts, out):
    run(["qpdf", "--empty", "--pages", *parts, "--", out])
    return out


# ---------------- reports ----------------
GF_CSS = """@page { size: A4; margin: 25mm 24mm; }
body { font-family: 'Liberation Serif', serif; font-size: 12pt; line-height: 1.4; }
.cover { height: 230mm; break-after: page; } .cp { font-size: 16pt; margin-top: 10mm; }
.ct { font-family: 'Liberation Sans', sans-serif; font-size: 24pt; font-weight: bold; margin-top: 60mm; }
.cb { font-size: 13pt; } .ci { font-size: 10pt; margin-top: 60mm; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 17pt; margin: 8mm 0 3mm; }
p { margin: 0 0 3mm; } li { margin-bottom: 2mm; }
"""


def greyfriars(rep, d):
    base = chromium(rep, d, GF_CSS)
    pngs = raster(base, d, 200)
    jpgs = [photocopy(p, i, 200) for i, p in enumerate(pngs)]
    img = img2pdf(jpgs, os.path.join(d, "img.pdf"))
    return ocrmypdf(img, os.path.join(d, "out.pdf")), base


def hawksmoor(rep, d):
    base = docx_lo(rep, d, "Carlito", extra_breaks=("Learning",))
    pngs = raster(base, d, 300)
    angles = [1.5, -2, 1, -1.5, 2]
    parts = []
    for i, p in enumerate(pngs):
        jpg = scanned(p, angles[i % len(angles)], 300)
        stem = os.path.join(d, "t%d" % i)
        run(["tesseract", jpg, stem, "-l", "eng", "pdf"])
        parts += [stem + ".pdf", "1"]
    return join(parts, os.path.join(d, "out.pdf")), base


MB_CSS = """@page { size: A4; margin: 22mm 20mm; } @page land { size: A4 landscape; margin: 18mm 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
.cover { height: 200mm; break-after: page; } .cp { font-size: 14pt; margin-top: 15mm; }
.ct { font-size: 22pt; font-weight: bold; margin-top: 55mm; } .cb { font-size: 12pt; } .ci { font-size: 9pt; margin-top: 60mm; }
h1:nth-of-type(4) { break-before: page; }
h1 { font-size: 15pt; font-weight: bold; margin: 7mm 0 2mm; }
p { margin: 0 0 2.5mm; } li { margin-bottom: 1.5mm; }
.land { page: land; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; } th, td { border: 1px solid #444; padding: 2mm; vertical-align: top; text-align: left; }
th { background: #ddd; }
"""


def millbeck(rep, d):
    base = chromium(rep, d, MB_CSS)
    pngs = raster(base, d, 200)
    parts = []
    for i, p in enumerate(pngs):
        landscape = i == 3
        turn = 180 if i == 2 else (-90 if landscape else 0)  # page 3 upside down; page 4 fed sideways
        jpg = scanned(p, 0.4 if i % 2 else -0.3, 200, turn)
        one = img2pdf([jpg], os.path.join(d, "i%d.pdf" % i), 90 if landscape else None)
        parts += [one, "1"]
    img = join(parts, os.path.join(d, "img.pdf"))
    return ocrmypdf(img, os.path.join(d, "out.pdf"), "--rotate-pages"), base


def stourvale(rep, d):
    base = pdflatex(rep, d)
    first = appendix_page(base, "Appendix 1: Partnership action plan", rep["body_from"])
    n = npages(base)
    pngs = raster(base, d, 200, first, n, "ap")
    jpgs = [scanned(p, 0.5 if i % 2 else -0.7, 200, noise="0.03", quality="60") for i, p in enumerate(pngs)]
    ocr = ocrmypdf(img2pdf(jpgs, os.path.join(d, "ap.pdf")), os.path.join(d, "apocr.pdf"))
    joined = join([base, "1-%d" % (first - 1), ocr, "1-z"], os.path.join(d, "joined.pdf"))
    out = os.path.join(d, "out.pdf")
    run(["qpdf", "--encrypt", "", "stourvale-owner-7Q", "256", "--print=full", "--modify=none", "--extract=n", "--",
         joined, out])
    return out, base


def appendix_page(pdf, heading, body_from=1):
    """The first page from the body on whose text the heading stands (not the contents page)."""
    for i in range(body_from, npages(pdf) + 1):
        text = run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], text=True).stdout
        if heading in " ".join(text.split()):
            return i
    raise SystemExit("not found: " + heading)


AB_CSS = GF_CSS.replace("Liberation Serif", "DejaVu Serif") + "h1 { break-before: page; } .cover + h1 { break-before: auto; }\n"


def ashbury(rep, d):
    base = chromium(rep, d, AB_CSS)
    run(["pdftoppm", "-r", "200", "-jpeg", "-jpegopt", "quality=70", base, os.path.join(d, "j")])
    jpgs = sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith("j-") and f.endswith(".jpg"))
    return img2pdf(jpgs, os.path.join(d, "out.pdf")), base


def kettlewick(rep, d):
    base = docx_lo(rep, d, "Liberation Sans", extra_breaks=("Findings", "Learning"))
    out = os.path.join(d, "out.pdf")
    run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dNoOutputFonts", "-o", out, base])
    return out, base


OX_CSS = GF_CSS.replace("Liberation Serif", "Liberation Sans") + "h1 { break-before: page; } .cover + h1 { break-before: auto; }\n"


def oxenhope(rep, d):
    """Every font's /ToUnicode deleted AND its embedded TrueType's cmap replaced by one that maps each glyph to a
    private-use code point (U+E000 + glyph id), as symbolic fonts carry: no reader can get letters back."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject, NumberObject
    base = chromium(rep, d, OX_CSS)
    w = PdfWriter()
    w.clone_document_from_reader(PdfReader(base))
    done = set()
    for page in w.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for name in list(fonts.keys()):
            font = fonts[name].get_object()
            if "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
            for desc in font.get("/DescendantFonts", []):
                fd = desc.get_object()["/FontDescriptor"].get_object()
                if id(fd) not in done:
                    done.add(id(fd))
                    data = private_use_cmap(fd["/FontFile2"].get_object().get_data())
                    new = DecodedStreamObject()
                    new.set_data(data)
                    new[NameObject("/Length1")] = NumberObject(len(data))
                    fd[NameObject("/FontFile2")] = w._add_object(new.flate_encode())
    out = os.path.join(d, "out.pdf")
    with open(out, "wb") as f:
        w.write(f)
    return out, base


def private_use_cmap(data):
    import io
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.tables._c_m_a_p import cmap_format_4
    font = TTFont(io.BytesIO(data))
    sub = cmap_format_4(4)
    sub.platformID, sub.platEncID, sub.language = 3, 1, 0
    sub.cmap = {0xE000 + i: g for i, g in enumerate(font.getGlyphOrder()) if i}
    table = newTable("cmap")
    table.tableVersion, table.tables = 0, [sub]
    font["cmap"] = table
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def pennard(rep, d):
    base = docx_lo(rep, d, "Liberation Serif", extra_breaks=("Findings", "Conclusion"))
    first = appendix_page(base, "Recommendations")
    pngs = raster(base, d, 150, first, npages(base), "pi")
    jpgs = [magick(p, p[:-4] + ".jpg", "-quality", "70", "-density", "150", "-units", "PixelsPerInch") for p in pngs]
    img = img2pdf(jpgs, os.path.join(d, "img.pdf"))
    return join([base, "1-%d" % (first - 1), img, "1-z"], os.path.join(d, "out.pdf")), base


def render(rep, d):
    return {"greyfriars": greyfriars, "hawksmoor": hawksmoor, "millbeck": millbeck, "stourvale": stourvale,
            "ashbury": ashbury, "kettlewick": kettlewick, "oxenhope": oxenhope,
            "pennard": pennard}[rep["file"].split("-")[0]](rep, d)
