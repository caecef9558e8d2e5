"""Renders batch 51's invented reports (batch51_content.py). render(rep, d, toc) returns (pdf, read_from): the PDF
shipped, and the PDF whose text gives the truth its pages (the same file, or a twin of the same layout whose text
poppler reads plainly: Penmaen's source before scanning, Hestonbury's lines with spaces). Producers: Chromium (chapters
joined by pdfunite; untagged; tagged), LibreOffice Writer (HTML, tagged), groff -ms -> gropdf, PDFs written by hand in
Python (batch51_rawpdf). Test-fixture tooling only; every report is invented.
"""
import glob, html, math, os, re, subprocess
from batch51_content import INVENTED
import batch51_rawpdf as raw

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]
TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def e(s):
    return html.escape(s, quote=False)


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def chromium(src_html, pdf, tagged):
    src = pdf[:-4] + ".html"
    open(src, "w", encoding="utf-8").write(src_html)
    flags = [] if tagged else ["--disable-pdf-tagging"]
    subprocess.run(CHROMIUM + flags + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


def page_html(title, css, body):
    return ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (e(title), css, body))


def cover_html(c):
    return ("<div class='cover'><p class='org'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
            % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))


# ---------------- 1. Thursby Vale: chapters printed one by one, joined by pdfunite ----------------
TV_CSS = """@page { size: A4; margin: 24mm 20mm 22mm 22mm;
  @top-left { content: '%s'; font: italic 9pt 'Liberation Sans'; color: #2b5d34; }
  @bottom-left { content: 'Thursby Vale LCSPR \\2013  Child T'; font: 8pt 'Liberation Sans'; color: #666; } }
body { font-family: 'Liberation Serif'; font-size: 12pt; line-height: 1.5; color: #111; text-align: justify; }
h2 { font: bold 18pt 'Liberation Sans'; color: #2b5d34; margin: 0 0 14pt 0; }
h3 { font: bold 12.5pt 'Liberation Sans'; color: #2b5d34; margin: 16pt 0 6pt 0; break-after: avoid; }
.rec { margin: 8pt 0 14pt 0; padding: 6pt 9pt; border-left: 4pt solid #2b5d34; background: #eef4ef; }
.rec b { font-family: 'Liberation Sans'; } .rec p { margin: 2pt 0; }
.toc { display: flex; margin: 7pt 0; } .toc .d { flex: 1; border-bottom: 1.2pt dotted #555; margin: 0 4pt 5pt 4pt; }
table { border-collapse: collapse; width: 100%%; font-size: 10pt; } th { background: #2b5d34; color: #fff; text-align: left; }
th, td { border: 0.6pt solid #888; padding: 3pt 5pt; vertical-align: top; } tr { break-inside: avoid; }
ul li { margin-bottom: 5pt; }
"""
TV_COVER_CSS = """@page { size: A4; margin: 0; } body { margin: 0; font-family: 'Liberation Sans'; }
.cover { height: 297mm; background: #2b5d34; color: #fff; padding: 40mm 22mm 0 22mm; box-sizing: border-box; }
.cover .org { font-size: 14pt; } .cover h1 { font-size: 30pt; margin: 60mm 0 10mm 0; } .cover p { font-size: 13pt; }
.cover .inv { font-size: 9pt; margin-top: 80mm; }"""


def tv_chapters(rep):
    """The blocks cut into chapters: [(heading or None, [blocks])], the contents its own chapter."""
    chapters = []
    for b in rep["blocks"]:
        if b[0] in ("contents", "h1"):
            chapters.append((b[1] if b[0] == "h1" else "Contents", [b]))
        else:
            chapters[-1][1].append(b)
    return chapters


def tv_body(blocks, toc):
    out = []
    for b in blocks:
        k = b[0]
        if k == "contents":
            out.append("<h2>Contents</h2>")
            out += ["<div class='toc'><span>%s</span><span class='d'></span><span>%s</span></div>" % (e(t), toc.get(t, ""))
                    for t in toc.get("order", [])]
        elif k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "q":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "rec":
            out.append("<div class='rec'><p><b>%s</b></p><p>%s</p></div>" % (e(b[1]), e(b[2])))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        elif k == "chron":
            out.append("<table><thead><tr><th style='width:18%%'>Date</th><th style='width:24%%'>Agency</th><th>Event</th>"
                       "</tr></thead><tbody>%s</tbody></table>"
                       % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(v) for v in r) for r in b[1]))
        elif k == "plan":
            out.append("<table><thead><tr><th>Rec.</th><th>Action</th><th>Lead</th><th>Target date</th></tr></thead>"
                       "<tbody>%s</tbody></table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(v) for v in r)
                                                            for r in b[1]))
        else:
            raise ValueError(k)
    return "\n".join(out)


def thursby(rep, d, toc_pages):
    parts = [chromium(page_html(rep["cover"]["title"], TV_COVER_CSS, cover_html(rep["cover"])), os.path.join(d, "c00.pdf"), False)]
    chapters = tv_chapters(rep)
    counts, page = {}, 2
    for i, (head, blocks) in enumerate(chapters):
        pdf = os.path.join(d, "c%02d.pdf" % (i + 1))
        toc = dict(toc_pages or {}, order=[b[1] for b in rep["blocks"] if b[0] == "h1"])
        css = TV_CSS % head.replace("'", "\\'")
        parts.append(chromium(page_html(rep["cover"]["title"], css, tv_body(blocks, toc)), pdf, False))
        counts[head] = page
        page += pages_of(pdf)
    out = os.path.join(d, "r.pdf")
    subprocess.run(["pdfunite"] + parts + [out], check=True, capture_output=True)
    return out, out


# ---------------- 2. Penmaen: scanned, skewed, OCR layer ----------------
PM_CSS = """@page { size: A4; margin: 22mm 22mm 24mm 22mm; @bottom-center { content: counter(page); font: 9pt 'DejaVu Sans'; } }
@page :first { @bottom-center { content: none; } }
body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; }
.cover { break-after: page; padding-top: 40mm; } .cover h1 { font-size: 22pt; margin-top: 40mm; } .cover p { font-size: 12pt; }
.cover .inv { font-size: 9pt; margin-top: 70mm; } h2 { font-size: 13pt; background: #ddd; padding: 3pt 6pt; margin: 16pt 0 6pt 0; }
li { margin-bottom: 4pt; }"""


def simple_body(blocks, box_items=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "items" and b[3] == "boxes":
            out.append(box_items(b[2]))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
        else:
            raise ValueError(k)
    return "\n".join(out)


def ocr_slips(word, n):
    """The usual OCR slips, by the word's running number: 'l' read as 'I', 'm' as 'rn', a letter dropped."""
    if n % 11 == 5 and "l" in word[1:]:
        i = word.index("l", 1)
        return word[:i] + "I" + word[i + 1:]
    if n % 19 == 7 and "m" in word:
        return word.replace("m", "rn", 1)
    if n % 29 == 3 and len(word) > 7:
        return word[:4] + word[5:]
    return word


def bbox_words(pdf):
    """Per page, the words poppler finds with their boxes (points, y from the top)."""
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    pages = []
    for chunk in xml.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(dd), html.unescape(w)) for a, b, c, dd, w in
                      re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', chunk)])
    return pages


def penmaen(rep, d, _toc):
    src = chromium(page_html(rep["cover"]["title"], PM_CSS, cover_html(rep["cover"]) + simple_body(rep["blocks"])),
                   os.path.join(d, "src.pdf"), False)
    subprocess.run(["pdftoppm", "-gray", "-r", "100", src, os.path.join(d, "scan")], check=True)
    scans = sorted(glob.glob(os.path.join(d, "scan-*.pgm")))
    words = bbox_words(src)
    angle = math.radians(0.6)
    ca, sa = math.cos(angle), math.sin(angle)
    cx, cy = raw.W / 2, raw.H / 2

    def turn(x, y):
        return cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca

    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids, n = [], 0
    for scan, page_words in zip(scans, words):
        data = open(scan, "rb").read()
        head = data.split(b"\n", 3)
        w, h = map(int, head[1].split())
        pixels = head[3][-w * h:]
        objs.append(raw.stream(pixels, " /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                       "/BitsPerComponent 8" % (w, h)))
        img = len(objs)
        ops = ["q %.4f %.4f %.4f %.4f %.2f %.2f cm /Im0 Do Q" % (raw.W * ca, raw.W * sa, -raw.H * sa, raw.H * ca,
                                                                  *turn(0, 0))]
        for x0, y0, x1, y1, word in page_words:
            n += 1
            size = (y1 - y0) * 0.82
            bx, by = turn(x0, raw.H - (y0 + (y1 - y0) * 0.78))
            ops.append(raw.word_ops(ocr_slips(word, n), bx, by, round(size, 1), x1 - x0))
        objs.append(raw.stream("\n".join(ops)))
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> "
                    "/XObject << /Im0 %d 0 R >> >> >>" % (len(objs), img))
        kids.append(len(objs))
    objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    out = os.path.join(d, "r.pdf")
    raw.write_pdf(out, objs, 1, "<< /Producer (ScanPro OCR 4.2 \\(hand-written for testing\\)) /Title (Scan_0041.pdf) >>")
    return out, src


# ---------------- 3. Corrybrack: Word-like tagged, RoleMap, PUA bullets ----------------
class Tagged:
    """Pages of marked content and a structure tree of (type, parent index, [(page, mcid)])."""

    def __init__(self):
        self.pages, self.elems, self.y = [], [("Document", None, [])], None

    def page(self, furniture):
        self.pages.append([])
        self.mcid = 0
        for font, size, text, x, y in furniture:
            self.pages[-1].append("/Artifact BMC BT /%s %.1f Tf %.2f %.2f Td %s Tj ET EMC" % (font, size, x, y, raw.pdfstr(text)))

    def elem(self, kind, parent=0):
        self.elems.append((kind, parent, []))
        return len(self.elems) - 1

    def mark(self, elem, tag, ops):
        self.pages[-1].append("/%s <</MCID %d>> BDC %s EMC" % (tag, self.mcid, ops))
        self.elems[elem][2].append((len(self.pages) - 1, self.mcid))
        self.mcid += 1


def corrybrack(rep, d, _toc):
    c, t = rep["cover"], Tagged()
    head = [("F1", 8, "Corrybrack Safeguarding Children Partnership - CSPR Child A", 72, 806)]
    t.page([])
    y = 720
    for font, size, text in (("F2", 14, c["partnership"]), ("F2", 26, "Child Safeguarding"), ("F2", 26, "Practice Review:"),
                             ("F2", 26, "Child A"), ("F1", 12, c["by"]), ("F1", 12, c["date"]), ("F1", 9, INVENTED)):
        y -= size * 1.9 + (60 if text == "Child Safeguarding" or text == c["by"] else 0) + (140 if text == INVENTED else 0)
        t.mark(t.elem("Title" if size == 26 else "Para"), "P", "BT /%s %.1f Tf 72 %.2f Td %s Tj ET" % (font, size, y, raw.pdfstr(text)))
    state = {"y": 0}

    def new_page():
        t.page(head + [("F1", 9, "Page %d" % (len(t.pages) + 1), 280, 40)])
        state["y"] = 770

    def need(hgt):
        if state["y"] - hgt < 72:
            new_page()

    new_page()
    for b in rep["blocks"]:
        if b[0] == "h1":
            need(60)
            state["y"] -= 14
            t.mark(t.elem("Heading1"), "H1", "BT /F2 14 Tf 0.12 0.25 0.55 rg 72 %.2f Td %s Tj ET" % (state["y"], raw.pdfstr(b[1])))
            state["y"] -= 22
        elif b[0] == "p":
            e_ = t.elem("Para")
            for ln in raw.wrap(b[1], 11, 451):
                need(15)
                t.mark(e_, "P", "BT /F1 11 Tf 72 %.2f Td %s Tj ET" % (state["y"], raw.pdfstr(ln)))
                state["y"] -= 15
            state["y"] -= 8
        elif b[0] == "items":
            lst = t.elem("BulletList")
            for text in b[2]:
                li = t.elem("ListPara", lst)
                lines = raw.wrap(text, 11, 415)
                need(15 * min(2, len(lines)))
                t.mark(t.elem("Lbl", li), "Lbl", "BT /F3 11 Tf 86 %.2f Td <B7> Tj ET" % state["y"])
                body = t.elem("LBody", li)
                for ln in lines:
                    need(15)
                    t.mark(body, "LBody", "BT /F1 11 Tf 108 %.2f Td %s Tj ET" % (state["y"], raw.pdfstr(ln)))
                    state["y"] -= 15
                state["y"] -= 4
            state["y"] -= 6
        else:
            raise ValueError(b[0])
    out = os.path.join(d, "r.pdf")
    write_tagged(out, t, c["title"])
    return out, out


def write_tagged(path, t, title):
    font3, proc = raw.type3_bullet()
    objs = [None, None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>", font3 % 6, proc]
    kids = []
    for i, ops in enumerate(t.pages):
        objs.append(raw.stream("\n".join(ops)))
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /StructParents %d /Tabs /S "
                    "/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>" % (len(objs), i))
        kids.append(len(objs))
    objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    base = len(objs) + 1  # element i is object base + i; the StructTreeRoot and the ParentTree follow them
    root, ptree = base + len(t.elems), base + len(t.elems) + 1
    children = {i: [] for i in range(len(t.elems))}
    for i, (_, parent, _) in enumerate(t.elems):
        if parent is not None:
            children[parent].append(i)
    per_page = {}
    for i, (kind, parent, marks) in enumerate(t.elems):
        k = ["%d 0 R" % (base + c) for c in children[i]]
        for page, mcid in marks:
            k.append("<< /Type /MCR /Pg %d 0 R /MCID %d >>" % (kids[page], mcid))
            per_page.setdefault(page, {})[mcid] = base + i
        objs.append("<< /Type /StructElem /S /%s /P %d 0 R /K [%s]%s >>"
                    % (kind, root if parent is None else base + parent, " ".join(k),
                       " /Pg %d 0 R" % kids[marks[0][0]] if marks else ""))
    objs.append("<< /Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R /ParentTreeNextKey %d /RoleMap << /Heading1 /H1 "
                "/Para /P /ListPara /LI /BulletList /L /Title /P >> >>" % (base, ptree, len(t.pages)))
    nums = " ".join("%d [%s]" % (p, " ".join("%d 0 R" % per_page[p][m] for m in sorted(per_page[p])))
                    for p in sorted(per_page))
    objs.append("<< /Nums [%s] >>" % nums)
    objs[0] = ("<< /Type /Catalog /Pages 2 0 R /StructTreeRoot %d 0 R /MarkInfo << /Marked true >> /Lang (en-GB) "
               "/ViewerPreferences << /DisplayDocTitle true >> >>" % root)
    raw.write_pdf(path, objs, 1, "<< /Producer (Microsoft\\256 Word for Microsoft 365) /Creator (Microsoft\\256 Word for "
                                  "Microsoft 365) /Title %s >>" % raw.pdfstr(title))


# ---------------- 4. Hestonbury: TJ kerning, no spaces, hidden OCMD layer ----------------
def hestonbury(rep, d, _toc):
    made, twin = os.path.join(d, "r.pdf"), os.path.join(d, "r-plain.pdf")
    for path, line, drafts in ((made, raw.tj_line, True), (twin, raw.plain_line, False)):
        hb_write(rep, path, line, drafts)
    return made, twin


def hb_write(rep, path, line, drafts):
    c, pages, st = rep["cover"], [], {"y": 0}
    pages.append([])
    y = 700
    for font, size, text in (("F2", 13, c["partnership"]), ("F2", 24, "Serious Case Review: Child W"), ("F1", 16, "Overview Report"),
                             ("F1", 12, c["by"]), ("F1", 12, c["date"]), ("F1", 9, INVENTED)):
        y -= size * 2 + (80 if size == 24 else 0) + (200 if text == INVENTED else 0)
        pages[-1].append("BT /%s %.1f Tf 72 %.2f Td %s Tj ET" % (font, size, y, raw.pdfstr(text)))

    def new_page():
        pages.append(["BT /F1 8 Tf 72 806 Td (Hestonbury LSCB - Serious Case Review Child W - Overview Report) Tj ET",
                      "BT /F1 9 Tf 290 40 Td (%d) Tj ET" % (len(pages) + 1)])
        st["y"] = 770

    def need(hgt):
        if st["y"] - hgt < 72:
            new_page()

    def para(text, x, room, size=11.0, lead=15.0):
        lines = raw.wrap(text, size, room)
        for i, ln in enumerate(lines):
            need(lead)
            pages[-1].append(line("F1", size, ln.split(), x, st["y"], room, i < len(lines) - 1))
            st["y"] -= lead

    new_page()
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            need(60)
            st["y"] -= 10
            pages[-1].append(line("F2", 13, b[1].split(), 72, st["y"], 451, False))
            st["y"] -= 22
        elif k == "p":
            para(b[1], 72, 451)
            st["y"] -= 8
        elif k == "draft":
            need(30)
            if drafts:
                pages[-1].append("/OC /MC0 BDC q 1 0 0 rg BT /F1 9 Tf 90 %.2f Td %s Tj ET Q EMC" % (st["y"] - 2, raw.pdfstr(b[1])))
            st["y"] -= 22
        elif k == "items":
            for i, text in enumerate(b[2]):
                need(30)
                label = "(%s)" % ["i", "ii", "iii", "iv", "v"][i]
                pages[-1].append("BT /F1 11 Tf 72 %.2f Td %s Tj ET" % (st["y"], raw.pdfstr(label)))
                para(text, 102, 421)
                st["y"] -= 6
        else:
            raise ValueError(k)
    objs = [None, None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            "<< /Type /OCG /Name (Draft notes) /Intent /View >>", "<< /Type /OCMD /OCGs [5 0 R] /P /AnyOn >>"]
    kids = []
    for ops in pages:
        objs.append(raw.stream("\n".join(ops)))
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 3 0 R "
                    "/F2 4 0 R >> /Properties << /MC0 6 0 R >> >> >>" % len(objs))
        kids.append(len(objs))
    objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    objs[0] = ("<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [5 0 R] /D << /Name (Published) /Order [5 0 R] "
               "/OFF [5 0 R] >> >> >>")
    raw.write_pdf(path, objs, 1, "<< /Producer (PDF Writer 2.4 \\(hand-written for testing\\)) /Title %s >>"
                  % raw.pdfstr(c["title"]))


# ---------------- 5. Glenmirren: HTML opened in LibreOffice Writer, tagged ----------------
def glenmirren(rep, d, _toc):
    colour, c, out = "#3b2a6e", rep["cover"], []
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h1 style='color:%s'>%s</h1>" % (colour, e(b[1])))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "rtable":
            out.append("<table border='1' cellpadding='5' cellspacing='0' width='100%%'><thead><tr>%s</tr></thead><tbody>%s"
                       "</tbody></table>" % ("".join("<th bgcolor='%s' align='left' width='%s'><font color='#ffffff'>%s</font></th>"
                                                     % (colour, w, t) for t, w in (("Recommendation", "42%"), ("Lead agency", "18%"),
                                                                                   ("Agency response", "40%"))),
                                             "".join("<tr>%s</tr>" % "".join("<td valign='top'>%s</td>" % e(v) for v in r)
                                                     for r in b[1])))
        else:
            raise ValueError(k)
    cover = ("<p style='font-size:13pt;color:%s'><b>%s</b></p><p style='margin-top:50mm;font-size:26pt;color:%s'><b>%s</b></p>"
             "<p style='font-size:13pt'>%s</p><p style='font-size:13pt'>%s</p><p style='margin-top:60mm;font-size:9pt'>%s</p>"
             % (colour, e(c["partnership"]), colour, e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    doc = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>"
           "body { font-family: 'Liberation Sans'; font-size: 11pt; } h1 { font-size: 15pt; margin-top: 14pt; }"
           "p { margin-bottom: 6pt; } th, td { font-size: 9.5pt; }</style></head><body>%s"
           "<p style='page-break-before: always'></p>%s</body></html>" % (e(c["title"]), cover, "\n".join(out)))
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write(doc)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--infilter=HTML (StarWriter)",
                    "--convert-to", TAGGED, "--outdir", d, src], check=True, capture_output=True)
    return os.path.join(d, "r.pdf"), os.path.join(d, "r.pdf")


# ---------------- 6. Carrowmena: Chromium untagged, recommendations as boxes and arrows ----------------
CG_CSS = """@page { size: A4; margin: 20mm 20mm 22mm 20mm; @bottom-right { content: 'Page ' counter(page); font: 9pt 'Liberation Sans'; } }
@page :first { @bottom-right { content: none; } }
body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.45; }
.cover { break-after: page; padding-top: 30mm; } .cover .org { font-weight: bold; color: #00563f; }
.cover h1 { font-size: 26pt; color: #00563f; margin-top: 50mm; } .cover .inv { font-size: 9pt; margin-top: 80mm; }
h2 { font-size: 15pt; color: #00563f; border-bottom: 1.5pt solid #00563f; margin: 16pt 0 6pt 0; }
.diagram { position: relative; width: 170mm; height: 150mm; break-inside: avoid; margin-top: 6mm; }
.diagram svg { position: absolute; left: 0; top: 0; }
.box { position: absolute; width: 68mm; height: 34mm; border: 1.2pt solid #00563f; border-radius: 3mm; background: #e8f3ee;
  padding: 3mm; box-sizing: border-box; font-size: 10pt; line-height: 1.3; }
.centre { position: absolute; left: 55mm; top: 62mm; width: 60mm; height: 22mm; background: #00563f; color: #fff;
  border-radius: 11mm; text-align: center; font: bold 12pt/22mm 'Liberation Sans'; }"""
CG_BOX = [(0, 0), (102, 0), (0, 116), (102, 116)]


def cg_diagram(texts):
    mm = 96 / 25.4  # CSS px per mm (the SVG's user unit)
    arrows = []
    for (x, y) in CG_BOX[:len(texts)]:
        bx, by = (x + 34) * mm, (y + (34 if y == 0 else 0)) * mm
        cx, cy = (85 + (-12 if x == 0 else 12)) * mm, (62 if y == 0 else 84) * mm
        arrows.append("<path d='M%.1f %.1f L%.1f %.1f' stroke='#00563f' stroke-width='1.6' fill='none' marker-end='url(#a)'/>"
                      % (cx, cy, bx, by + (4 if y == 0 else -4)))
    svg = ("<svg width='%.1f' height='%.1f' viewBox='0 0 %.1f %.1f'><defs><marker id='a' markerWidth='8' markerHeight='8' "
           "refX='6' refY='4' orient='auto'><path d='M0 0 L8 4 L0 8 z' fill='#00563f'/></marker></defs>%s</svg>"
           % (170 * mm, 150 * mm, 170 * mm, 150 * mm, "".join(arrows)))
    boxes = "".join("<div class='box' style='left:%dmm;top:%dmm'>%s</div>" % (x, y, e(t)) for (x, y), t in zip(CG_BOX, texts))
    return "<div class='diagram'>%s<div class='centre'>Keeping Child G safe</div>%s</div>" % (svg, boxes)


def carrowmena(rep, d, _toc):
    body = cover_html(rep["cover"]) + simple_body(rep["blocks"], cg_diagram)
    pdf = chromium(page_html(rep["cover"]["title"], CG_CSS, body), os.path.join(d, "r.pdf"), False)
    return pdf, pdf


# ---------------- 7. Sedgecombe: groff -ms, side notes in the left margin ----------------
def ms_text(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'")
    return "\\&" + s if s[:1] in ".'" else s


def sedgecombe(rep, d, _toc):
    c = rep["cover"]
    out = [".nr PS 11", ".nr VS 14", ".nr HY 0", ".nr LL 12.6c", ".nr PO 5.9c", ".nr HM 2.2c", ".nr FM 2.5c",
           ".ds LH Sedgecombe CSP", ".ds CH", ".ds RH LCSPR Child R", ".ds CF Page %",
           ".TL", ms_text(c["title"]), ".AU", ms_text(c["by"]), ".AI", ms_text(c["partnership"]), ms_text(c["date"]),
           ".AB no", ms_text(INVENTED), ".AE", ".nh"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += [".SH", ms_text(b[1])]
        elif k == "p":
            out += [".PP", ms_text(b[1])]
        elif k == "side":  # the paragraph first, then the note set back beside its first line in the left margin
            out += [".ne 9v", ".LP", ".mk a", ms_text(b[2]), ".br", ".mk b", ".sp |\\nau", ".po 2.2c", ".ll 3.4c", ".ft I",
                    ".ps 8.5", ".vs 10.5p", ".na", ms_text(b[1]), ".br", ".mk c", ".ad b", ".ft R", ".ps \\n[PS]",
                    ".vs \\n[VS]p", ".po \\n[PO]u", ".ll \\n[LL]u", ".sp |\\nbu", ".if \\nc>\\nb .sp |\\ncu"]
        elif k == "items":
            for i, t in enumerate(b[2]):
                out += [".IP %d. 3n" % (i + 1), ms_text(t)]
        else:
            raise ValueError(k)
    src, pdf = os.path.join(d, "r.ms"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    data = subprocess.run(["groff", "-ms", "-Tpdf", "-dpaper=a4", "-P-pa4", src], check=True, capture_output=True).stdout
    open(pdf, "wb").write(data)
    return pdf, pdf


# ---------------- 8. Kelstow: Chromium tagged, side-by-side learning and recommendations ----------------
KS_CSS = """@page { size: A4; margin: 20mm 18mm 22mm 18mm; @bottom-center { content: counter(page) ' of ' counter(pages); font: 9pt 'DejaVu Sans'; } }
@page :first { @bottom-center { content: none; } }
body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.5; }
.cover { break-after: page; padding-top: 30mm; } .cover .org { font-weight: bold; color: #8a1c4a; }
.cover h1 { font-size: 24pt; color: #8a1c4a; margin-top: 50mm; } .cover .inv { font-size: 9pt; margin-top: 80mm; }
h2 { font-size: 14pt; color: #8a1c4a; margin: 16pt 0 6pt 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; margin-top: 8pt; break-inside: avoid; }
.grid > div { padding: 2mm 4mm; } .grid .l { background: #f6e9ef; } .grid .r { background: #e9eef6; }
.grid h2 { margin-top: 4pt; } .grid li { margin-bottom: 6pt; }"""


def kelstow(rep, d, _toc):
    out = [cover_html(rep["cover"])]
    for b in rep["blocks"]:
        if b[0] == "grid2":
            cols = []
            for cls, (hd, it) in zip(("l", "r"), b[1:]):
                cols.append("<div class='%s'><h2>%s</h2><ol>%s</ol></div>" % (cls, e(hd[1]), "".join("<li>%s</li>" % e(t) for t in it[2])))
            out.append("<div class='grid'>%s</div>" % "".join(cols))
        else:
            out.append(simple_body([b]))
    pdf = chromium(page_html(rep["cover"]["title"], KS_CSS, "\n".join(out)), os.path.join(d, "r.pdf"), True)
    return pdf, pdf


RENDER = {"thursby": thursby, "penmaen": penmaen, "corrybrack": corrybrack, "hestonbury": hestonbury,
          "glenmirren": glenmirren, "carrowmena": carrowmena, "sedgecombe": sedgecombe, "kelstow": kelstow}


def render(rep, d, toc=None):
    return RENDER[rep["file"].split("-")[0]](rep, d, toc)
