"""Renders batch 44's invented reports (batch44_content.py): Chromium (Ashcombe, Brayfield), hand-written PostScript ->
Ghostscript (Culverton with qpdf's /Rotate 90 page, Glenholt), the Node.js writer batch44_writer.js (Dunsford, Hollinbrook),
the Perl writer batch44_writer.pl (Eskdale Moor), groff -ms + tbl -> ps2pdf (Fenby). Test-fixture tooling only.
"""
import html, json, os, re, subprocess
from batch44_content import INVENTED
from batch44_layout import Doc, Frame, cover, to_model, to_postscript, wrap, width

HERE = os.path.dirname(os.path.abspath(__file__))
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]


def e(s):
    return html.escape(s, quote=False)


def sup(s):
    return re.sub(r"\^(\d+)", r"<sup>\1</sup>", e(s))


# ---------------- Chromium ----------------
ASH_CSS = """@page { size: A4; margin: 20mm 18mm 20mm 18mm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.4; color: #222; }
.cover { page-break-after: always; padding-top: 60mm; } .cover h1 { font-size: 24pt; color: #0b6e6e; }
.cover p { font-size: 12pt; } .cover .inv { font-size: 9pt; margin-top: 40mm; }
h2.sec { font-size: 14pt; color: #0b6e6e; margin: 10pt 0 4pt 0; break-after: avoid; }
.cols { column-count: 3; column-gap: 7mm; column-rule: 0.5pt solid #9cc; page-break-after: always; }
.cols p { margin: 0 0 6pt 0; text-align: justify; hyphens: auto; }
.pull { column-span: all; font: italic 15pt 'Liberation Serif'; color: #0b6e6e; border-top: 1.5pt solid #0b6e6e;
  border-bottom: 1.5pt solid #0b6e6e; padding: 6pt 10mm; margin: 8pt 0; text-align: center; }
.float { float: right; width: 55mm; margin: 0 0 6pt 8mm; font: italic 14pt 'Liberation Serif'; color: #0b6e6e;
  border-left: 3pt solid #0b6e6e; padding-left: 6pt; }
.side { background: #e6f2f2; padding: 6pt; margin: 6pt 0; font-size: 9pt; break-inside: avoid; }
.side b { display: block; font-size: 10pt; margin-bottom: 3pt; } .side span { display: block; }
li { margin-bottom: 4pt; }
"""

BRAY_CSS = """@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-center { content: counter(page); font: 9pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.45; }
.cover { page-break-after: always; padding-top: 50mm; } .cover h1 { font: bold 22pt 'DejaVu Sans'; }
.cover .inv { font-size: 9pt; margin-top: 30mm; }
h2.sec { font: bold 14pt 'DejaVu Sans'; color: #5a2a82; margin: 14pt 0 6pt 0; }
h3 { font: bold 10.5pt 'DejaVu Sans'; margin: 10pt 0 3pt 0; }
.full { page-break-before: always; } .full .t { font: bold 16pt 'DejaVu Sans'; margin-bottom: 4pt; }
.pb { page-break-after: always; }
"""


def html_doc(rep):
    c, ash = rep["cover"], rep["file"].startswith("ashcombe")
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e(c["title"]), ASH_CSS if ash else BRAY_CSS),
           "<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
           % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED))]
    for b in rep["blocks"]:
        k = b[0]
        if k == "columns3":
            out.append("<div class='cols'>")
        elif k == "end_columns3":
            out.append("</div>")
        elif k == "h1":
            if not ash and b[1].startswith("1. "):
                out.append("<div class='full'><p class='t'>%s</p><p>Full report</p></div>" % e(c["title"]))
            out.append("<h2 class='sec'>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % sup(b[1]))
        elif k == "quote":
            inside = any(x[0] == "columns3" for x in rep["blocks"][:rep["blocks"].index(b)]) and \
                not any(x[0] == "end_columns3" for x in rep["blocks"][:rep["blocks"].index(b)])
            out.append("<div class='%s'>%s</div>" % ("pull" if inside else "float", e(b[1])))
        elif k == "sidebar":
            out.append("<div class='side'><b>%s</b>%s</div>" % (e(b[1]), "".join("<span>%s</span>" % e(x) for x in b[2])))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % sup(t) for t in b[2]), tag))
        elif k == "pagebreak":
            pass  # the full report starts on a new page (.full)
    out.append("</body></html>")
    return "\n".join(out)


def chromium(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(html_doc(rep))
    subprocess.run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


# ---------------- the programs' layout ----------------
def lay_out(rep, footer, cols=1, main_right=523.0, head_font="HB", head_size=13.0):
    doc = Doc(footer=footer)
    cover(doc, rep["cover"], INVENTED)
    doc.new_page()
    fr = Frame(doc, cols, 770, 72, 72, main_right)
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            doc.text(fr, "H1", b[1], font=head_font, size=head_size, lead=head_size + 4, before=8, after=4)
        elif k == "h2":
            doc.text(fr, "H2", b[1], font="HB", size=10.5, lead=14, before=4, after=3)
        elif k == "p":
            doc.text(fr, "P", b[1])
        elif k == "quote":
            fr.need(50)
            top = fr.y - 4
            el = doc.text(fr, "P", b[1].replace("\u201c", '"').replace("\u201d", '"'), font="TI", size=13, lead=17,
                          before=8, after=8)
            el["gfx"] += [("line", fr.x, top, fr.x + fr.colw, top, 1.2), ("line", fr.x, fr.y + 2, fr.x + fr.colw, fr.y + 2, 1.2)]
        elif k == "sidebar":
            x, w, y = main_right + 18, 523 - main_right - 18 + 72 if main_right < 400 else 0, fr.y
            w = 595 - 40 - x
            el = doc.elem("P")
            h = 16 + 13 * len(b[2]) + 8
            el["gfx"].append(("rect", x, y - h, w, h, 0.9, True))
            doc.runs(el, "HB", 10, x + 6, y - 14, b[1])
            for i, line in enumerate(b[2]):
                doc.runs(el, "H", 8.5, x + 6, y - 28 - 13 * i, line)
        elif k == "items":
            for i, t in enumerate(b[2]):
                label = {"ol": "%d." % (i + 1), "ul": "\u2022", "alpha": "%s)" % "abcdefgh"[i]}[b[3]]
                doc.text(fr, "LI", t, indent=18, label=label, after=4)
            fr.y -= 4
        elif k == "notes":
            for i, t in enumerate(b[1]):
                doc.text(fr, "P", t, size=9, lead=12, indent=14, label="%d" % (i + 1), after=2)
        elif k == "landscape":
            landscape_table(doc, rep, b[1])
    return doc


def landscape_table(doc, rep, rows):
    """A page drawn in landscape co-ordinates (842 x 595): a ruled four-column table."""
    doc.pages.append({"elems": [], "gfx": [], "rotate": True, "footer": None})
    xs, widths = [50.0, 90.0, 560.0, 700.0], [40.0, 470.0, 140.0, 92.0]
    right = 792.0
    y = 540.0
    el = doc.elem("P")
    doc.runs(el, "HB", 13, 50, y, "Recommendations and lead agencies")
    y -= 24
    head = ["No.", "Recommendation", "Lead agency", "By when"]
    rows_lines = [[wrap(c, "T", 10, widths[j] - 8) for j, c in enumerate(r)] for r in rows]
    el = doc.elem("P")
    el["gfx"].append(("rect", 50, y - 18, right - 50, 18, 0.85, True))
    for j, t in enumerate(head):
        doc.runs(el, "HB", 10, xs[j] + 4, y - 13, t)
    top, y = y, y - 18
    lines_y = [top, y]
    for r in rows_lines:
        n = max(len(c) for c in r)
        for j, c in enumerate(r):
            el = doc.elem("P")
            for i, line in enumerate(c):
                doc.runs(el, "T", 10, xs[j] + 4, y - 13 - 13 * i, line)
        y -= 13 * n + 8
        lines_y.append(y)
    g = doc.pages[-1]["gfx"]
    for ly in lines_y:
        g.append(("line", 50, ly, right, ly, 0.6))
    for x in xs + [right]:
        g.append(("line", x, top, x, y, 0.6))
    el = doc.elem("P")
    doc.runs(el, "H", 8, 50, 30, "%s - recommendations - page %d" % (rep["cover"]["area"], len(doc.pages)))


def postscript(rep, d, footer):
    doc = lay_out(rep, footer)
    ps, pdf = os.path.join(d, "r.ps"), os.path.join(d, "r0.pdf")
    open(ps, "w", encoding="latin-1").write(to_postscript(doc, rep["cover"]["title"]))
    subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dAutoRotatePages=/None",
                    "-sOutputFile=" + pdf, ps], check=True, capture_output=True)
    rotated = [i + 1 for i, p in enumerate(doc.pages) if p["rotate"]]
    out = os.path.join(d, "r.pdf")
    if rotated:
        subprocess.run(["qpdf", pdf, out, "--rotate=+90:" + ",".join(map(str, rotated))], check=True, capture_output=True)
    else:
        os.replace(pdf, out)
    return out


def program(rep, d, writer, mode, footer, cols=1, main_right=523.0):
    doc = lay_out(rep, footer, cols=cols, main_right=main_right)
    model = to_model(doc)
    model.update(tag=mode, title=rep["cover"]["title"])
    src, pdf = os.path.join(d, "model.json"), os.path.join(d, "r.pdf")
    json.dump(model, open(src, "w", encoding="utf-8"))
    cmd = ["node", os.path.join(HERE, "batch44_writer.js")] if writer == "node" else ["perl", os.path.join(HERE, "batch44_writer.pl")]
    subprocess.run(cmd + [src, pdf], check=True)
    return pdf


# ---------------- groff -ms + tbl ----------------
def troff(s):
    s = s.replace("\u2019", "'").replace("\\", "\\e")
    return ("\\&" + s) if s[:1] in ".'" else s


def groff(rep, d):
    c = rep["cover"]
    out = [".nr PS 11", ".nr VS 14", ".nr HM 1i", ".nr FM 1i", ".nr HY 0", ".ds CH", ".ds CF \\\\n%", ".nh", ".fam T",
           ".sp 2i", ".ps 13", c["partnership"], ".sp 0.5i", ".ps 22", ".vs 28", ".ft HB", c["title"], ".ft R",
           ".ps 12", ".vs 16", ".sp 0.5i", c["by"], ".br", c["date"], ".sp 1i", ".ps 9", INVENTED, ".ps 11", ".vs 14",
           ".bp"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += [".SH", ".ps 13", ".ft HB", troff(b[1]), ".ft R", ".ps 11"]
        elif k == "p":
            out += [".PP", troff(b[1])]
        elif k == "items":
            for i, t in enumerate(b[2]):
                out += [".IP \\(bu 2" if b[3] == "ul" else ".IP %d. 3" % (i + 1), troff(t)]
        elif k == "actions":
            out += [".ps 8", ".vs 10", ".TS", "allbox tab(|);",
                    "cb cb cb cb cb cb cb", "l lw(2.1i) lw(0.9i) lw(0.9i) lw(0.8i) l l.",
                    "No.|Recommendation|Lead|Action|Measure|By|RAG"]
            for row in b[1]:
                out.append("|".join([row[0]] + ["T{\n%s\nT}" % troff(x) for x in row[1:5]] + list(row[5:])))
            out += [".TE", ".ps 11", ".vs 14"]
    src, ps, pdf = os.path.join(d, "r.ms"), os.path.join(d, "r.ps"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    with open(ps, "wb") as f:
        f.write(subprocess.run(["groff", "-t", "-ms", "-Tps", src], check=True, capture_output=True).stdout)
    subprocess.run(["ps2pdf", ps, pdf], check=True, capture_output=True)
    return pdf


def render(rep, d):
    f = rep["file"]
    if f.startswith(("ashcombe", "brayfield")):
        return chromium(rep, d)
    if f.startswith("culverton"):
        return postscript(rep, d, "Culverton SCP - Child A - page %d")
    if f.startswith("glenholt"):
        return postscript(rep, d, "Glenholt SCP - page %d")
    if f.startswith("dunsford"):
        return program(rep, d, "node", "P", "Dunsford Safeguarding Children Partnership | LCSPR Child T | %d")
    if f.startswith("hollinbrook"):
        return program(rep, d, "node", "Span", "Hollinbrook SCP  -  CSPR Child J  -  page %d", cols=2)
    if f.startswith("eskdale"):
        return program(rep, d, "perl", "Span", "Eskdale Moor Safeguarding Partnership - page %d", main_right=390.0)
    if f.startswith("fenby"):
        return groff(rep, d)
    raise SystemExit("no renderer for " + f)
