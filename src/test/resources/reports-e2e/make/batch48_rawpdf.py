"""PDFs written by hand (no library) for batch 48. Test-fixture tooling only.

- scanned_report (Haverleigh): every page one greyscale image (DeviceGray, Flate), a 'scan' of the page with each
  word a dark bar, and over it an invisible text layer as OCR tools write it: render mode 3, one text object per line,
  each word placed with its own `Tm` and stretched to the bar's width with `Tz`; Helvetica not embedded.
- draft_report (Calderwick): a Word-like page: a diagonal 'DRAFT' watermark drawn first as rotated grey text, a
  running head, paragraph numbers and bullet glyphs at the left margin as text objects of their own with the text
  indented beside them, 'Recommendation N:' bold labels run into the text; every line its own text object (through
  batch47_rawpdf's Layout).
"""
import zlib
import batch47_rawpdf as r47
from batch47_rawpdf import wrap, width, pdfstr, line, Doc, Layout

W, H = 595.0, 842.0
PX = 2.0  # image pixels per point: 144 dpi


class ScanPage:
    def __init__(self):
        self.words = []  # (x, y, size, word)


def scan_lines(pages, text, size, x, room, y, lead, bold=False):
    for ln in wrap(text, size, room):
        cx = x
        for w in ln.split():
            pages[-1].words.append((cx, y, size, w, bold))
            cx += width(w, size) + width(" ", size)
        y -= lead
    return y


def scanned_layout(rep, invented):
    c, pages = rep["cover"], [ScanPage()]
    y = scan_lines(pages, c["partnership"], 13, 70, 460, 700, 18, True)
    y = scan_lines(pages, c["title"], 22, 70, 460, y - 60, 28, True)
    for t in (c["by"], c["date"]):
        y = scan_lines(pages, t, 12, 70, 460, y - 14, 16)
    scan_lines(pages, invented, 9, 70, 460, 110, 12)
    pages.append(ScanPage())
    y = 770.0
    for b in rep["blocks"]:
        chunks = [(b[1], 14, True, 0, None)] if b[0] == "h1" else [(b[1], 11, False, 0, None)] if b[0] == "p" else \
            [(t, 11, False, 18, ("\u2022" if b[3] == "ul" else "%d." % (i + 1))) for i, t in enumerate(b[2])]
        for text, size, bold, indent, label in chunks:
            need = len(wrap(text, size, 455 - indent)) * size * 1.45 + 12
            if y - need < 70:
                pages.append(ScanPage())
                y = 770.0
            if label:
                pages[-1].words.append((70, y, size, label, False))
            y = scan_lines(pages, text, size, 70 + indent, 455 - indent, y - (8 if bold else 0), size * 1.45, bold) - 6
    return pages


def page_image(page):
    w, h = int(W * PX), int(H * PX)
    img = bytearray([246]) * (w * h)
    for x, y, size, word, bold in page.words:
        x0, x1 = int(x * PX), int((x + width(word, size)) * PX)
        top, bottom = int((H - y - size * 0.72) * PX), int((H - y) * PX)
        shade = bytes([35 if bold else 70]) * (x1 - x0)
        for row in range(max(top, 0), min(bottom, h)):
            img[row * w + x0: row * w + x1] = shade
    return w, h, zlib.compress(bytes(img), 6)


def ocr_layer(page):
    lines = {}
    for x, y, size, word, bold in page.words:
        lines.setdefault((round(y, 1), size), []).append((x, word))
    ops = []
    for (y, size), words in sorted(lines.items(), key=lambda kv: -kv[0][0]):
        ops += ["BT", "3 Tr", "/F1 %.1f Tf" % size]
        for x, word in words:
            shown = word.replace("\u2022", "\u00b7")
            scale = 100.0 * width(word, size) / max(width(shown, size) * 1.04, 1.0)
            ops += ["%.1f Tz" % scale, "1 0 0 1 %.2f %.2f Tm" % (x, y), pdfstr(shown + " ") + " Tj"]
        ops.append("ET")
    return "\n".join(ops)


def write_scanned(pages, path, title):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for p in pages:
        w, h, data = page_image(p)
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
                    b"/Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data)) + data + b"\nendstream")
        img = len(objs)
        body = ("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (W, H) + ocr_layer(p)).encode("latin-1")
        data = zlib.compress(body)
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> "
                    "/XObject << /Im0 %d 0 R >> >> >>" % (len(objs), img))
        kids.append(len(objs))
    objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    objs.append("<< /Producer (Scanner OCR layer, hand-written for testing) /Title %s >>" % pdfstr(title))
    out, offs = [b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"], []
    for i, o in enumerate(objs):
        offs.append(sum(len(b) for b in out))
        o = o if isinstance(o, bytes) else o.encode("latin-1")
        out.append(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = sum(len(b) for b in out)
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs))
    out.append(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref))
    open(path, "wb").write(b"".join(out))


def scanned_report(rep, path, invented):
    write_scanned(scanned_layout(rep, invented), path, "scan0001")


WATERMARK = "q 0.82 g BT /F2 120 Tf 0.7071 0.7071 -0.7071 0.7071 150 230 Tm (DRAFT) Tj ET Q"


class DraftLayout(Layout):
    def start_page(self):
        super().start_page()
        self.page.frames["gfx"].append(WATERMARK)
        self.page.frames["footer"].append(line([("F1", 8.5, "Calderwick LSCB  -  Serious Case Review: Child B  -  DRAFT")],
                                               self.x, 800))


def draft_report(rep, path, invented):
    doc = Doc()
    r47.cover(doc, rep["cover"], invented)
    doc.pages[0].frames["gfx"].insert(0, WATERMARK)
    lay = DraftLayout(doc, 72, 466, "Page %d")
    lay.start_page()
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            lay.heading(b[1], 13)
        elif k == "np":
            lay.para(b[2], indent=36, label=b[1], lead=15, after=8)
        elif k == "items":
            lay.x += 36
            for t in b[2]:
                lay.para(t, indent=18, label="\u2022", lead=15)
            lay.x -= 36
        elif k == "recs":
            for i, t in enumerate(b[1]):
                label = "Recommendation %d:" % (i + 1)
                lay.para(label + " " + t, bold_lead=label, lead=15, after=8)
        else:
            raise ValueError(k)
    doc.write(path, ("gfx", "footer", "body"), rep["cover"]["title"])
