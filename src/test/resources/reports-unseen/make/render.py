"""Renders block lists to HTML (Chromium, LibreOffice) and flat ODF (LibreOffice); finds truth pages
in the rendered PDF with pdftotext. Test-fixture tooling only."""
import html, json, os, re, subprocess, tempfile, unicodedata

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower().replace("\u2019", "'")
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " ".join(s.split())


def esc(s):
    return html.escape(s, quote=False)


# ---------- HTML ----------
def to_html(rep, pages):
    o = rep.get("opts", {})
    css = ["body{font-family:%s;font-size:%s;line-height:1.35;margin:0}" % (o.get("font", "'DejaVu Serif'"), o.get("size", "11pt")),
           "h1{font-size:%s;margin:1.2em 0 .5em;color:%s}" % (o.get("h1size", "17pt"), o.get("h1colour", "black")), "h2{font-size:13pt}", "h3{font-size:11.5pt}",
           ".box{border:1.5px solid #335;padding:6px 10px;margin:10px 0;background:#eef}",
           ".box b{display:block}", "table{border-collapse:collapse;width:100%}",
           "td,th{border:1px solid #555;padding:4px;vertical-align:top;text-align:left}",
           ".pb{break-before:page}", ".title{font-size:24pt;font-weight:bold;margin-top:4cm}",
           "p.toc{margin:2px 0}"]
    if o.get("h1break"):
        css.append("h1{break-before:page}")
    if o.get("justify"):
        css.append("p,li,td{text-align:justify;hyphens:auto}")
    if o.get("columns"):
        css.append(".cols{column-count:2;column-gap:1cm}")
    page_css = "@page{size:A4;margin:2.2cm 2cm 2.4cm 2cm;"
    if o.get("footer"):
        page_css += "@bottom-center{content:%s;font-size:9pt}" % o["footer"]
    if o.get("header"):
        page_css += "@top-right{content:%s;font-size:9pt}" % o["header"]
    css.append(page_css + "}")
    css.append("@page wide{size:A4 landscape}.wide{page:wide}")
    out = ["<html lang='en-GB'><head><meta charset='utf-8'><style>" + "\n".join(css) + "</style></head><body>"]
    in_cols = False
    blocks = rep["blocks"]
    for bi, b in enumerate(blocks):
        k = b[0]
        if k == "pagebreak" and o.get("h1break") and bi + 1 < len(blocks) and blocks[bi + 1][0] == "h1":
            continue
        if o.get("columns") and k not in ("title", "pagebreak", "contents") and not in_cols:
            out.append("<div class='cols'>"); in_cols = True
        if k in ("title", "pagebreak", "contents") and in_cols:
            out.append("</div>"); in_cols = False
        if k == "title":
            out.append("<div class='title'>" + "<br>".join(esc(x) for x in b[1]) + "</div>")
            for line in b[2]:
                out.append("<p>" + esc(line) + "</p>")
        elif k == "pagebreak":
            out.append("<div class='pb'></div>")
        elif k == "contents":
            out.append("<h2>Contents</h2>")
            for blk in rep["blocks"]:
                if blk[0] == "h1" or blk[0] == "h2" and o.get("toc_h2"):
                    indent = " style='margin-left:1.5em'" if blk[0] == "h2" else ""
                    out.append("<p class='toc'%s>%s %s</p>" % (indent, esc(blk[1]), pages.get(blk[1], "")))
        elif k in ("h1", "h2", "h3"):
            out.append("<%s>%s</%s>" % (k, esc(b[1]), k))
        elif k == "p":
            out.append("<p>" + esc(b[1]) + "</p>")
        elif k == "filler":
            for para in b[1]:
                out.append("<p>" + esc(para) + "</p>")
        elif k == "box":
            out.append("<div class='box'><b>%s</b>%s</div>" % (esc(b[2]), esc(b[3])))
        elif k == "labelled":
            out.append("<p><b>%s</b> %s</p>" % (esc(b[2]), esc(b[3])))
        elif k == "bold":
            out.append("<p><b>%s</b></p>" % esc(b[2]))
        elif k == "p_bold":
            out.append("<p><b>%s</b></p>" % esc(b[1]))
        elif k == "rec_para":
            out.append("<p>%s</p>" % esc(b[2]))
        elif k == "headed":
            out.append("<h3>%s</h3><p>%s</p>" % (esc(b[2]), esc(b[3])))
        elif k == "list":
            tag = "ol" if b[2] else "ul"
            kind = " type='%s'" % b[4] if len(b) > 4 else ""
            out.append("<%s%s>%s</%s>" % (tag, kind, "".join("<li>" + esc(t) + "</li>" for t in b[3]), tag))
        elif k == "table":
            cls = " class='wide'" if b[3] else ""
            widths = ["8%", "52%", "22%", "18%"] if len(b[2][0]) == 4 else ["60%", "25%", "15%"]
            out.append("<div%s><table><colgroup>%s</colgroup><thead><tr>%s</tr></thead>" % (cls, "".join("<col width='%s'>" % w for w in widths), "".join("<th>%s</th>" % esc(h) for h in b[2][0])))
            for row in b[2][1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in row) + "</tr>")
            out.append("</table></div>")
    if in_cols:
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


# ---------- flat ODF ----------
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="%(font)s" svg:font-family="%(font)s" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="%(font)s" fo:font-size="%(size)s"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="4cm"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:border="0.06cm solid #333355" fo:padding="0.2cm" fo:background-color="#eeeeff"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="PLW"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="H2Break" style:family="paragraph" style:parent-style-name="H2"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="H1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="ToWide" style:family="paragraph" style:parent-style-name="H1" style:master-page-name="Wide"/>
<style:style style:name="ToNormal" style:family="paragraph" style:parent-style-name="H1" style:master-page-name="Normal"/>
<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="%(tablewidth)s" table:align="left"/></style:style>
<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="%(recwidth)s"/></style:style>
<style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.03cm solid #000000" fo:padding="0.1cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Normal" style:page-layout-name="PL">%(header)s<style:footer><text:p text:style-name="Footer">%(footer)s</text:p></style:footer></style:master-page>
<style:master-page style:name="Wide" style:page-layout-name="PLW"><style:footer><text:p text:style-name="Footer">%(footer)s</text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def xesc(s):
    return html.escape(s, quote=False)


def to_fodt(rep, pages):
    o = rep.get("opts", {})
    footer = o.get("odf_footer", "Page <text:page-number text:select-page=\"current\"/>")
    header = ("<style:header><text:p text:style-name=\"Head\">%s</text:p></style:header>" % o["odf_header"]) if o.get("odf_header") else ""
    out = [FODT_HEAD % {"font": o.get("font", "Liberation Serif"), "size": o.get("size", "11pt"), "footer": footer, "header": header,
                        "tablewidth": "16.6cm", "recwidth": "8.4cm"}]
    pending = None
    first_h1 = True
    for b in rep["blocks"]:
        k = b[0]
        if k == "title":
            out.append("<text:p text:style-name=\"Title\">%s</text:p>" % "<text:line-break/>".join(xesc(x) for x in b[1]))
            for line in b[2]:
                out.append("<text:p>%s</text:p>" % xesc(line))
        elif k == "pagebreak":
            pending = "PBreak"
        elif k == "landscape":
            pending = "ToWide" if b[1] else "ToNormal"
        elif k == "cols":
            out.append("<text:section text:style-name=\"Sect\" text:name=\"S%d\">" % len(out) if b[1] else "</text:section>")
        elif k == "contents":
            out.append("<text:p text:style-name=\"%s\">Contents</text:p>" % ("H2Break" if pending else "H2"))
            pending = None
            for blk in rep["blocks"]:
                if blk[0] == "h1":
                    out.append("<text:p>%s .......... %s</text:p>" % (xesc(blk[1]), pages.get(blk[1], "")))
        elif k in ("h1", "h2", "h3"):
            style = {"h1": "H1", "h2": "H2", "h3": "H3"}[k]
            if k == "h1" and o.get("h1break"):
                style = "H1Break"
            if pending and k == "h1":
                style = "H1Break" if pending == "PBreak" else pending
                pending = None
            if o.get("outline"):
                level = {"h1": 1, "h2": 2, "h3": 3}[k]
                out.append("<text:h text:style-name=\"%s\" text:outline-level=\"%d\">%s</text:h>" % (style, level, xesc(b[1])))
            else:
                out.append("<text:p text:style-name=\"%s\">%s</text:p>" % (style, xesc(b[1])))
        elif k in ("p", "filler"):
            for para in ([b[1]] if k == "p" else b[1]):
                st = pending or "Standard"; pending = None
                out.append("<text:p text:style-name=\"%s\">%s</text:p>" % (st, xesc(para)))
        elif k == "box":
            out.append("<text:p text:style-name=\"Box\"><text:span text:style-name=\"B\">%s</text:span><text:line-break/>%s</text:p>" % (xesc(b[2]), xesc(b[3])))
        elif k == "headed":
            out.append("<text:p text:style-name=\"H3\">%s</text:p><text:p>%s</text:p>" % (xesc(b[2]), xesc(b[3])))
        elif k == "noted":
            note = "<text:note text:id=\"n%d\" text:note-class=\"footnote\"><text:note-citation>%d</text:note-citation><text:note-body><text:p>%s</text:p></text:note-body></text:note>" % (len(out), b[3], xesc(b[2]))
            out.append("<text:p>%s%s</text:p>" % (xesc(b[1]), note))
        elif k == "subs":
            for i, (t, subs) in enumerate(b[2], 1):
                out.append("<text:p>%d.\t%s</text:p>" % (i, xesc(t)))
                for j, sub in enumerate(subs):
                    out.append("<text:p text:style-name=\"Sub\">(%s)\t%s</text:p>" % ("abcdef"[j], xesc(sub)))
        elif k == "bold":
            out.append("<text:p><text:span text:style-name=\"B\">%s</text:span></text:p>" % xesc(b[2]))
        elif k == "labelled":
            out.append("<text:p><text:span text:style-name=\"B\">%s</text:span> %s</text:p>" % (xesc(b[2]), xesc(b[3])))
        elif k == "list":
            for i, t in enumerate(b[3], 1):
                mark = "%d." % i if b[2] else "\u2022"
                out.append("<text:p>%s\t%s</text:p>" % (mark, xesc(t)))
        elif k == "table":
            cols = len(b[2][0])
            out.append("<table:table table:style-name=\"Tbl\"><table:table-column table:style-name=\"C1\"/><table:table-column table:style-name=\"C2\"/>"
                       + "<table:table-column table:style-name=\"C3\"/>" * (cols - 2))
            for r, row in enumerate(b[2]):
                cells = "".join("<table:table-cell table:style-name=\"Cell\"><text:p>%s</text:p></table:table-cell>" % (
                    ("<text:span text:style-name=\"B\">%s</text:span>" % xesc(c)) if r == 0 else xesc(c)) for c in row)
                out.append("<table:table-row>%s</table:table-row>" % cells)
            out.append("</table:table>")
    out.append("</office:text></office:body></office:document>")
    return "\n".join(out)


# ---------- rendering ----------
def run_producer(rep, src_text, ext, pdf):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, rep["name"] + ext)
        with open(src, "w", encoding="utf-8") as f:
            f.write(src_text)
        if rep["producer"] == "chromium":
            flags = ["--generate-pdf-document-outline"] if rep.get("opts", {}).get("outline") else []
            subprocess.run(CHROMIUM + flags + ["--print-to-pdf=" + pdf, src], check=True, capture_output=True, timeout=120)
        else:
            conv = src
            if rep["producer"] == "pandoc-docx":
                conv = os.path.join(d, rep["name"] + ".docx")
                subprocess.run(["pandoc", src, "-o", conv], check=True)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", d, conv], check=True,
                           capture_output=True, timeout=180)
            os.replace(os.path.join(d, rep["name"] + ".pdf"), pdf)


def page_lines(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    pages = []
    for p in range(1, n + 1):
        txt = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout
        pages.append([norm(l) for l in txt.splitlines() if norm(l)])
    return pages


def locate(rep, pdf):
    """Pages of h1 headings (whole lines) and of items (text start), in document order."""
    pages = page_lines(pdf)
    stream, starts = "", []  # (offset, page, line)
    for pi, lines in enumerate(pages, 1):
        for l in lines:
            starts.append((len(stream), pi, l))
            stream += l + " "
    contents_page = 0
    if any(b[0] == "contents" for b in rep["blocks"]):
        contents_page = next(pi for pi, ls in enumerate(pages, 1) if "contents" in ls)
    cursor = 0
    found = {}
    sections, items = [], []
    def page_at(off):
        p = 1
        for s, pi, _ in starts:
            if s > off:
                break
            p = pi
        return p
    counters = {}
    def page_start(page):
        return next(s for s, pi, _ in starts if pi == page)
    for b in rep["blocks"]:
        if b[0] in ("h1", "h2", "h3"):
            key = norm(b[1])
            hit = next(((s, pi) for s, pi, l in starts if s >= cursor and pi > contents_page and l == key), None)
            if hit is None:
                # a heading wrapped over two lines
                hit = next(((s, pi) for s, pi, l in starts if s >= cursor and pi > contents_page and key.startswith(l) and len(l) > 8), None)
            assert hit, (rep["name"], b[1])
            cursor = page_start(hit[1])
            found[b[1]] = hit[1]
            if b[0] == "h1":
                sec = {"section_type": b[2], "heading": b[1], "page_start": hit[1]}
                if len(b) > 3:
                    sec["accept_types"] = b[3]
                sections.append(sec)
        item_texts = []
        if b[0] in ("box", "labelled"):
            item_texts = [(b[1], b[3], b[2])] if b[1] else []
        elif b[0] == "subs":
            item_texts = [(b[1], t + " " + " ".join(subs), None) for t, subs in b[2]]
        elif b[0] == "rec_para":
            item_texts = [(b[1], b[2], None)]
        elif b[0] == "headed":
            item_texts = [(b[1], b[3], b[2])]
        elif b[0] == "bold" and b[1]:
            item_texts = [(b[1], b[2], None)]
        elif b[0] == "list" and b[1]:
            item_texts = [(b[1], t, None) for t in b[3]]
        elif b[0] == "table" and b[1]:
            item_texts = [(b[1], row[b[4]], row[0]) for row in b[2][1:]]
        for typ, text, label in item_texts:
            key = " ".join(norm(text).split()[:10])
            off = stream.find(key, cursor)
            if off < 0:  # table cells share lines with their neighbours
                off = stream.find(" ".join(key.split()[:4]), cursor)
            assert off >= 0, (rep["name"], text)
            cursor = page_start(page_at(off))  # within a page, pdftotext's order of columns is not reliable
            counters[typ] = counters.get(typ, 0) + 1
            it = {"section_type": typ, "item_no": counters[typ], "text": text, "page": page_at(off),
                  "in_section": sections[-1]["heading"] if sections else ""}
            if label:
                it["printed_label"] = label
            items.append(it)
    for i, s in enumerate(sections):
        nxt = sections[i + 1]["page_start"] if i + 1 < len(sections) else len(pages)
        s["page_end"] = max(s["page_start"], nxt - (0 if i + 1 == len(sections) else 1))
    return found, sections, items, len(pages)


def build(rep, outdir):
    pdf = os.path.join(outdir, rep["name"] + ".pdf")
    fmt = rep.get("format", "html")
    render = to_fodt if fmt == "fodt" else to_html
    ext = ".fodt" if fmt == "fodt" else ".html"
    pages = {}
    for _ in range(2):  # second pass prints the contents page numbers
        run_producer(rep, render(rep, pages), ext, pdf)
        pages, sections, items, n = locate(rep, pdf)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    producer = re.search(r"Producer:\s+(.*)", info)
    truth = {"file": rep["name"] + ".pdf", "pages": n, "invented": True, "producer": rep["producer"],
             "pdf_producer": producer.group(1).strip() if producer else "", "features": rep.get("features", []),
             "sections": sections, "items": items,
             "truth_method": "render.py: pdftotext -f N -l N per page; level-1 headings as whole lines after the "
                             "contents page; items by the page where their first ten words start"}
    with open(os.path.join(outdir, rep["name"] + ".pdf.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    return truth
