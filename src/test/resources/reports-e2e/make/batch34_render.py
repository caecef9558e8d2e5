"""Renders batch34_content.py's invented reports: Chromium (or LibreOffice / pdflatex for the merged report's parts) makes
the PDF, then the post-processing a partnership's publishing step applies (qpdf, Ghostscript, mutool run scripts).
Test-fixture tooling only: every report here is invented.
"""
import html, os, re, struct, subprocess, zlib
from e2e import CHROMIUM
from batch34_content import INVENTED

LOOKS = {"serif": "'Liberation Serif', serif", "sans": "'Liberation Sans', sans-serif"}


def e(s):
    return html.escape(s, quote=False)


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("%s failed: %s %s" % (cmd[0], r.stdout[-800:], r.stderr[-800:]))
    return r.stdout


def mutool_js(d, script, *args):
    path = os.path.join(d, "s.js")
    open(path, "w").write(script)
    return run(["mutool", "run", path] + list(args))


def css(rep, page="A4", extra=""):
    return """@page { size: %s; margin: 22mm 20mm 20mm 20mm; }
@page land { size: A4 landscape; margin: 18mm; }
body { font-family: %s; font-size: 11pt; line-height: 1.4; color: #111; }
.cover { page-break-after: always; padding-top: 40mm; }
.cover .org { font-size: 13pt; color: #25476b; } .cover h1 { font-size: 26pt; margin: 14mm 0 8mm; color: #25476b; }
.cover p { font-size: 12pt; } .cover .inv { margin-top: 30mm; font-size: 10pt; font-style: italic; }
h2 { font-size: 15pt; color: #25476b; margin: 9mm 0 3mm; } h3 { font-size: 12pt; margin: 5mm 0 2mm; }
.pb { page-break-after: always; } .land { page: land; }
table { border-collapse: collapse; width: 100%%; font-size: 10pt; } th, td { border: 0.6pt solid #777; padding: 4pt; vertical-align: top; }
th { background: #dfe7f0; text-align: left; } .lp { font-weight: bold; margin-bottom: 1mm; }
.x { background: #000; color: #000; }
%s""" % (page, LOOKS[rep["look"]], extra)


def cover_html(c):
    return ("<div class='cover'><p class='org'>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
            % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))


def owners(rows):
    body = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, e(r), e(o), e(t))
                   for i, (r, o, t) in enumerate(rows))
    return ("<table><thead><tr><th>No.</th><th>Recommendation</th><th>Owner</th><th>Timescale</th></tr></thead>"
            "<tbody>%s</tbody></table>" % body)


def blocks_html(blocks, para=e):
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % para(b[1]))
        elif k == "pagebreak":
            out.append("<div class='pb'></div>")
        elif k == "owners":
            out.append(owners(b[1]))
        elif k == "tor":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(q) for q in b[1]))
        elif k == "landscape":
            out.append("<div class='land'>%s</div>" % blocks_html(b[1], para))
        elif k == "items":
            if b[3] == "lp":
                out.append("".join("<p class='lp'>Learning point %d</p><p>%s</p>" % (i + 1, e(t)) for i, t in enumerate(b[2])))
            else:
                tag = "ol" if b[3] == "ol" else "ul"
                out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(t) for t in b[2]), tag))
    return "\n".join(out)


def chromium(d, name, body, style, title):
    src = os.path.join(d, name + ".html")
    open(src, "w", encoding="utf-8").write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title>"
                                          "<style>%s</style></head><body>%s</body></html>" % (e(title), style, body))
    pdf = os.path.join(d, name + ".pdf")
    run(CHROMIUM + ["--generate-pdf-document-outline", "--print-to-pdf=" + pdf, "file://" + src])
    return pdf


def plain_chromium(rep, d, name="r", extra="", para=e):
    return chromium(d, name, cover_html(rep["cover"]) + blocks_html(rep["blocks"], para), css(rep, extra=extra),
                    rep["cover"]["title"])


# ---------------------------------------------------------------- 1. qpdf linearised, object streams, AES-128 owner only
def qpdf_linearised_encrypted(rep, d):
    src = plain_chromium(rep, d)
    out = os.path.join(d, "final.pdf")
    run(["qpdf", "--linearize", "--object-streams=generate", "--encrypt", "", "Qb-owner-2025", "128", "--use-aes=y",
         "--print=full", "--modify=none", "--extract=n", "--", src, out])
    return out


# ---------------------------------------------------------------- 2. qpdf --pages merge of three producers
def latex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")


def latex_appendix(blocks, d):
    body = []
    for b in blocks:
        if b[0] == "h1":
            body.append("\\section*{%s}" % latex_escape(b[1]))
        elif b[0] == "p":
            body.append(latex_escape(b[1]) + "\n")
        elif b[0] == "tor":
            body.append("\\begin{enumerate}\n%s\n\\end{enumerate}" % "\n".join("\\item " + latex_escape(q) for q in b[1]))
    tex = ("\\documentclass[11pt,a4paper]{article}\n\\usepackage[margin=25mm]{geometry}\n\\pagestyle{plain}\n"
           "\\setcounter{page}{9}\n\\begin{document}\n%s\n\\end{document}\n" % "\n".join(body))
    open(os.path.join(d, "app.tex"), "w").write(tex)
    run(["pdflatex", "-interaction=nonstopmode", "app.tex"], cwd=d)
    return os.path.join(d, "app.pdf")


def lo_cover(rep, d):
    c = rep["cover"]
    src = os.path.join(d, "cover.html")
    open(src, "w", encoding="utf-8").write(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title></head><body style=\"font-family: 'Liberation Sans'\">"
        "<p style='font-size:14pt'>%s</p><p>&nbsp;</p><p>&nbsp;</p><p style='font-size:28pt'><b>%s</b></p><p>&nbsp;</p>"
        "<p style='font-size:13pt'>%s</p><p style='font-size:13pt'>%s</p><p>&nbsp;</p><p>&nbsp;</p>"
        "<p style='font-size:10pt'><i>%s</i></p></body></html>"
        % (e(c["title"]), e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--infilter=HTML (StarWriter)",
         "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, src])
    return os.path.join(d, "cover.pdf")


def qpdf_pages_merge(rep, d):
    cut = next(i for i, b in enumerate(rep["blocks"]) if b[0] == "h1" and b[1].startswith("Appendix"))
    cover = lo_cover(rep, d)
    body = chromium(d, "body", blocks_html(rep["blocks"][:cut]),
                    css(rep, "letter", "body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; }"
                        " @page { @bottom-right { content: counter(page); font-size: 9pt; } }"), rep["cover"]["title"])
    app = latex_appendix(rep["blocks"][cut:], d)
    out = os.path.join(d, "final.pdf")
    run(["qpdf", "--empty", "--pages", cover, "1", body, app, "--", out])
    return out


# ---------------------------------------------------------------- 3. proof sheet, CropBox offset from the MediaBox
PROOF_JS = r"""
var doc = new PDFDocument(scriptArgs[0]);
var B = 34, font = doc.addObject(doc.newDictionary());
font.put("Type", doc.newName("Font")); font.put("Subtype", doc.newName("Type1"));
font.put("BaseFont", doc.newName("Helvetica")); font.put("Encoding", doc.newName("WinAnsiEncoding"));
for (var i = 0; i < doc.countPages(); i++) {
  var p = doc.findPage(i), mb = p.get("MediaBox");
  var w = mb.get(2).valueOf(), h = mb.get(3).valueOf(), W = w + 2 * B, H = h + 2 * B;
  var box = function (a, b, c, d) { var r = doc.newArray(); r.push(a); r.push(b); r.push(c); r.push(d); return r; };
  p.put("MediaBox", box(0, 0, W, H)); p.put("CropBox", box(B, B, B + w, B + h)); p.put("TrimBox", box(B, B, B + w, B + h));
  var res = p.get("Resources"), fonts = res.get("Font");
  if (!fonts || !fonts.isDictionary()) { fonts = doc.newDictionary(); res.put("Font", fonts); }
  fonts.put("FSlug", font);
  var marks = "0 G 0.3 w " + [[B, 0, B, B - 6], [0, B, B - 6, B], [B + w, 0, B + w, B - 6], [B + w + 6, B, W, B],
      [B, H, B, H - B + 6], [0, H - B, B - 6, H - B], [B + w, H, B + w, H - B + 6], [B + w + 6, H - B, W, H - B]]
      .map(function (l) { return l[0] + " " + l[1] + " m " + l[2] + " " + l[3] + " l S"; }).join(" ");
  var slug = "BT /FSlug 6 Tf " + (B + 10) + " 12 Td (PROOF 3  Selworth SCP LCSPR Baby S  page " + (i + 1) +
      "  printed 2024-11-04 09:12  plate K) Tj ET";
  var pre = doc.addStream("q 1 0 0 1 " + B + " " + B + " cm\n", {});
  var post = doc.addStream("\nQ\nq " + marks + " " + slug + " Q\n", {});
  var c = p.get("Contents"), arr = doc.newArray();
  arr.push(pre);
  if (c.isArray()) { for (var k = 0; k < c.length; k++) arr.push(c.get(k)); } else { arr.push(c); }
  arr.push(post);
  p.put("Contents", arr);
}
doc.save(scriptArgs[1], "compress");
"""


def cropbox_offset_proof(rep, d):
    src = plain_chromium(rep, d)
    out = os.path.join(d, "final.pdf")
    mutool_js(d, PROOF_JS, src, out)
    return out


# ---------------------------------------------------------------- 4. landscape pages stored portrait with /Rotate 270
ROTATE_JS = r"""
var doc = new PDFDocument(scriptArgs[0]);
for (var i = 0; i < doc.countPages(); i++) {
  var p = doc.findPage(i), mb = p.get("MediaBox");
  var w = mb.get(2).valueOf(), h = mb.get(3).valueOf();
  if (w <= h) continue;
  var r = doc.newArray(); r.push(0); r.push(0); r.push(h); r.push(w);
  p.put("MediaBox", r); p.delete("CropBox");
  var pre = doc.addStream("q 0 -1 1 0 0 " + w + " cm\n", {}), post = doc.addStream("\nQ\n", {});
  var c = p.get("Contents"), arr = doc.newArray();
  arr.push(pre);
  if (c.isArray()) { for (var k = 0; k < c.length; k++) arr.push(c.get(k)); } else { arr.push(c); }
  arr.push(post);
  p.put("Contents", arr); p.put("Rotate", 270);
  print("rotated page " + (i + 1));
}
doc.save(scriptArgs[1], "compress");
"""


def rotate270_landscape(rep, d):
    src = plain_chromium(rep, d)
    out = os.path.join(d, "final.pdf")
    mutool_js(d, ROTATE_JS, src, out)
    return out


# ---------------------------------------------------------------- 5. incremental-update redaction boxes
REMOVED = ["evening shifts", "2022"]  # words printed as black boxes with no text beneath (truly removed)
COVERED = re.compile(r"^(Mr|Corbell('s)?,?)$")  # words a later update covers with boxes


def removed(text):
    s = e(text)
    for w in REMOVED:
        s = s.replace(w, "<span class='x'>%s</span>" % ("&#x2003;" * len(w.split())))
    return s


REDACT_JS = r"""
var doc = new PDFDocument(scriptArgs[0]);
var boxes = JSON.parse(scriptArgs[2]);
for (var i = 0; i < doc.countPages(); i++) {
  var list = boxes[String(i)];
  if (!list) continue;
  var p = doc.findPage(i), h = p.get("MediaBox").get(3).valueOf();
  var ops = "q 0 g " + list.map(function (b) { return (b[0] - 1) + " " + (h - b[3] - 1.5) + " " + (b[2] - b[0] + 2) + " " +
      (b[3] - b[1] + 3) + " re f"; }).join(" ") + " Q\n";
  var c = p.get("Contents"), arr = doc.newArray();
  arr.push(doc.addStream("q\n", {}));
  if (c.isArray()) { for (var k = 0; k < c.length; k++) arr.push(c.get(k)); } else { arr.push(c); }
  arr.push(doc.addStream("\nQ\n" + ops, {}));
  p.put("Contents", arr);
}
doc.save(scriptArgs[1], "incremental");
"""


def word_boxes(pdf):
    xml = run(["pdftotext", "-bbox", pdf, "-"])
    boxes, page = {}, -1
    for line in xml.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', line)
        if m and COVERED.match(html.unescape(m.group(5))):
            boxes.setdefault(str(page), []).append([float(m.group(i)) for i in range(1, 5)])
    return boxes


def incremental_redaction(rep, d):
    import json, shutil
    src = plain_chromium(rep, d, para=removed)
    boxes = word_boxes(src)
    out = os.path.join(d, "final.pdf")
    shutil.copy(src, out)
    mutool_js(d, REDACT_JS, out, out, json.dumps(boxes))
    return out


# ---------------------------------------------------------------- 6. optional content group 'Draft watermark' off
OCG_JS = r"""
var doc = new PDFDocument(scriptArgs[0]);
var ocg = doc.addObject(doc.newDictionary());
ocg.put("Type", doc.newName("OCG")); ocg.put("Name", doc.newString("Draft watermark"));
var ocgs = doc.newArray(); ocgs.push(ocg);
var off = doc.newArray(); off.push(ocg);
var order = doc.newArray(); order.push(ocg);
var dflt = doc.newDictionary(); dflt.put("Name", doc.newString("Published")); dflt.put("OFF", off); dflt.put("Order", order);
var props = doc.newDictionary(); props.put("OCGs", ocgs); props.put("D", dflt);
doc.getTrailer().get("Root").put("OCProperties", props);
var font = doc.addObject(doc.newDictionary());
font.put("Type", doc.newName("Font")); font.put("Subtype", doc.newName("Type1"));
font.put("BaseFont", doc.newName("Helvetica")); font.put("Encoding", doc.newName("WinAnsiEncoding"));
for (var i = 0; i < doc.countPages(); i++) {
  var p = doc.findPage(i), res = p.get("Resources");
  var fonts = res.get("Font"); if (!fonts || !fonts.isDictionary()) { fonts = doc.newDictionary(); res.put("Font", fonts); }
  fonts.put("FDraft", font);
  var pr = res.get("Properties"); if (!pr || !pr.isDictionary()) { pr = doc.newDictionary(); res.put("Properties", pr); }
  pr.put("oc1", ocg);
  var ops = "\nQ\n/OC /oc1 BDC q 0.75 g BT /FDraft 54 Tf 0.7071 0.7071 -0.7071 0.7071 110 190 Tm (DRAFT - NOT FOR PUBLICATION) Tj ET " +
      "BT /FDraft 9 Tf 1 0 0 1 57 24 Tm (Draft v0.7 - comments to the business unit by 30 September, please) Tj ET Q EMC\n";
  var c = p.get("Contents"), arr = doc.newArray();
  arr.push(doc.addStream("q\n", {}));
  if (c.isArray()) { for (var k = 0; k < c.length; k++) arr.push(c.get(k)); } else { arr.push(c); }
  arr.push(doc.addStream(ops, {}));
  p.put("Contents", arr);
}
doc.save(scriptArgs[1], "compress");
"""


def ocg_draft_watermark_off(rep, d):
    src = plain_chromium(rep, d)
    out = os.path.join(d, "final.pdf")
    mutool_js(d, OCG_JS, src, out)
    return out


# ---------------------------------------------------------------- 7. attached executive summary, roman page labels
LABELS_JS = r"""
var doc = new PDFDocument(scriptArgs[0]);
var front = parseInt(scriptArgs[2]);
var r = doc.newDictionary(); r.put("S", doc.newName("r"));
var dd = doc.newDictionary(); dd.put("S", doc.newName("D")); dd.put("St", 1);
var nums = doc.newArray(); nums.push(0); nums.push(r); nums.push(front); nums.push(dd);
var labels = doc.newDictionary(); labels.put("Nums", nums);
var root = doc.getTrailer().get("Root");
root.put("PageLabels", labels); root.put("PageMode", doc.newName("UseAttachments"));
doc.save(scriptArgs[1], "compress");
"""

FRONT = 3


def contents_page(rep, pages):
    rows = "".join("<tr><td style='border:0'>%s</td><td style='border:0;text-align:right'>%s</td></tr>"
                   % (e(b[1]), pages.get(b[1], "00")) for b in rep["blocks"] if b[0] == "h1" and b[1] != "Foreword")
    return "<h2>Contents</h2><table style='font-size:11pt'>%s</table><div class='pb'></div>" % rows


def attachment_page_labels(rep, d):
    """Front matter (cover, contents, foreword; roman numbers) and the report (numbered from 1) are printed apart, as a
    Word section break restarting the numbering would, and joined by qpdf; the contents page gives the report's pages."""
    from e2e import norm, pdf_pages
    cut = next(i for i, b in enumerate(rep["blocks"]) if b[0] == "pagebreak")
    body = chromium(d, "body", blocks_html(rep["blocks"][cut + 1:]),
                    css(rep, extra="@page { @bottom-center { content: counter(page); font-size: 9pt; } }"), rep["cover"]["title"])
    texts, pages = pdf_pages(body), {}
    for b in rep["blocks"][cut + 1:]:
        if b[0] == "h1":
            pages[b[1]] = next(str(i + 1) for i, t in enumerate(texts) if any(norm(x) == norm(b[1]) for x in t.splitlines()))
    front = chromium(d, "front", cover_html(rep["cover"]) + contents_page(rep, pages) + blocks_html(rep["blocks"][:cut]),
                     css(rep, extra="@page { @bottom-center { content: counter(page, lower-roman); font-size: 9pt; } }"),
                     rep["cover"]["title"])
    src = os.path.join(d, "joined.pdf")
    run(["qpdf", "--empty", "--pages", front, body, "--", src])
    summary = chromium(d, "summary",
                       "<h2>Executive summary: Child L</h2><p>%s</p><h2>Summary</h2><p>This summary sets out the main points of "
                       "the review about Child L, a six year old girl found living in severe neglect in November 2023.</p>"
                       "<h2>Key learning</h2><ul><li>Practical help in school can hide neglect at home.</li><li>See the whole "
                       "home when assessing a parent's drinking.</li><li>A lone parent's grief is a risk factor for the "
                       "child.</li></ul>" % e(INVENTED), css(rep), "Executive summary: Child L")
    labelled = os.path.join(d, "labelled.pdf")
    mutool_js(d, LABELS_JS, src, labelled, str(FRONT))
    out = os.path.join(d, "final.pdf")
    run(["qpdf", labelled, "--add-attachment", summary, "--key=executive-summary.pdf", "--filename=executive-summary.pdf",
         "--mimetype=application/pdf", "--description=Executive summary: Child L", "--", out])
    return out


# ---------------------------------------------------------------- 8. Ghostscript /screen, bullet font without ToUnicode
def png(path, w=480, h=160):
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in ((x * 255 // w), (y * 255 // h), 140))
                   for y in range(h))

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    open(path, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


STRIP_JS = r"""
var doc = new PDFDocument(scriptArgs[0]), seen = 0;
for (var i = 0; i < doc.countPages(); i++) {
  var fonts = doc.findPage(i).get("Resources").get("Font");
  if (!fonts || !fonts.isDictionary()) continue;
  fonts.forEach(function (a, b) {
    var f = typeof a.get === "function" ? a : b;
    if (String(f.get("BaseFont")).indexOf("DejaVu") >= 0 && f.get("ToUnicode").isStream()) { f.delete("ToUnicode"); seen++; }
  });
}
print("stripped " + seen);
doc.save(scriptArgs[1], "compress");
"""


def gs_screen_bullets_no_tounicode(rep, d):
    png(os.path.join(d, "logo.png"))
    extra = ("ul { list-style: none; padding-left: 7mm; } ul li { position: relative; margin-bottom: 2mm; } "
             "ul li::before { content: '\\25aa'; font-family: 'DejaVu Sans'; position: absolute; left: -6mm; }")
    c = dict(rep["cover"])
    src = chromium(d, "r", "<img src='logo.png' style='width:60mm'>" + cover_html(c) + blocks_html(rep["blocks"]),
                   css(rep, extra=extra), c["title"])
    screen = os.path.join(d, "screen.pdf")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/screen",
         "-dCompatibilityLevel=1.4", "-sOutputFile=" + screen, src])
    out = os.path.join(d, "final.pdf")
    print(mutool_js(d, STRIP_JS, screen, out).strip())
    return out


def render(rep, d):
    return globals()[rep["post"]](rep, d)
