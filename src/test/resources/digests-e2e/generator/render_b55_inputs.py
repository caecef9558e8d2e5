# Renders the inputs of batch b55 (see render_b55.py and entries_b55.py). Invented material, test fixtures only. Every input is
# written as PDF by the small writer of render_b51_inputs (standard 14 Helvetica, widths from the AFM files of the PDFBox 3.0.8
# jar via render_b35_inputs; glyph outlines of Liberation Sans via fontTools for C), so the content stream, the fonts and the
# file structure are exactly those of the producer imitated.
# A: a PRINT-READY export ('Adobe InDesign 20.0 (Windows)', PDF/X-4 style): the A4 page sits in a larger MediaBox (667 x 914)
#    with /TrimBox and /BleedBox (no /CropBox, so a viewer shows the marks), crop marks, registration targets and a colour bar
#    outside the trim, a masthead band bleeding off the top edge, and InDesign's 'page information' SLUG line under the trim
#    ('b55_digest_feb25_v4.indd   1   03/02/2025   11:47') on every page.
# B: a printer driver that draws each page FONT BY FONT: first every run in the regular face (top to bottom), then every run in
#    the bold face (the heading, the titles, the labels and the bold child codes INSIDE the summaries' lines), then every run in
#    the oblique face (the link lines); a line that mixes faces is drawn in two or three pieces at different points of the stream.
# C: a Canva-like export: every line its own positioned run, and the heading, the titles and the labels OUTLINED (glyph paths of
#    Liberation Sans Bold, no font) inside '/Span << /ActualText <FEFF...> >> BDC ... EMC', so their words exist only as the
#    marked content's /ActualText.
# D: a Word-like print of a face without a bold: bold SIMULATED by fill-and-stroke (text render mode 2, line width 0.35, in
#    the regular font), the titles condensed by horizontal scaling (90 Tz), every font set at size 1 and scaled by the text
#    matrix ('/F1 1 Tf 10 0 0 10 x y Tm'), the heading HOLLOW (render mode 1, stroked only).
# E: ONE REVIEW PER PAGE: a cover page (heading, intro, 'In this digest' list of the four titles with page numbers), then each
#    review on its own page under a big title (22 pt, two lines), its learning list in a COLOURED SIDE PANEL on the right drawn
#    BEFORE the main column (summary, recommendations or the no-recommendations sentence, good practice, link).
import os
from render_b32_inputs import url, curly
from render_b35_inputs import width, wrap, lit
import render_b51_inputs as w51
from render_b51_inputs import Page, Flow, parts, stream, serialise, FOOT


def build(pages, title, producer, boxes=""):
    """render_b51_inputs.build with extra page-dictionary entries (boxes) on every page."""
    b = w51.build(pages, title, producer)
    if boxes:
        for k in b["kids"]:
            b["objs"][k - 1] = b["objs"][k - 1].replace(b" /Resources", f" {boxes} /Resources".encode(), 1)
    return b


def write(pages, path, title, producer, boxes=""):
    open(path, "wb").write(bytes(serialise(build(pages, title, producer, boxes))[0]))


# ---------------------------------------------------------------- A. print-ready with marks and a slug
OFF = 36.0  # trim origin inside the MediaBox
SLUG = ("b55_digest_feb25_v4.indd", "03/02/2025   11:47")


class PrintPage(Page):
    def __init__(self):
        super().__init__(595 + 2 * OFF, 842 + 2 * OFF)
        self.ops.append(f"q 1 0 0 1 {OFF:.0f} {OFF:.0f} cm")
        self.rect(-8.5, 842 - 46, 612, 54.5, (0.08, 0.22, 0.45))  # masthead band, bleeding off the top and both sides

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        super().text(x0, y0, s, font, size, rgb, mode)

    def link(self, x0, y0, w, hgt, uri):
        super().link(x0 + OFF, y0 + OFF, w, hgt, uri)

    def marks(self, no):
        ops = ["0 0 0 RG 0.25 w"]
        for x, y, dx, dy in ((0, 0, -1, -1), (595, 0, 1, -1), (0, 842, -1, 1), (595, 842, 1, 1)):
            ops.append(f"{x} {y + dy * 9} m {x} {y + dy * 30} l S {x + dx * 9} {y} m {x + dx * 30} {y} l S")
        for cx, cy in ((297.5, -20), (297.5, 862), (-20, 421), (615, 421)):
            ops.append(f"{cx - 6} {cy} m {cx + 6} {cy} l S {cx} {cy - 6} m {cx} {cy + 6} l S")
            ops.append(f"{cx + 4} {cy} m {cx + 4} {cy + 2.2} {cx + 2.2} {cy + 4} {cx} {cy + 4} c {cx - 2.2} {cy + 4} {cx - 4} {cy + 2.2} {cx - 4} {cy} c "
                       f"{cx - 4} {cy - 2.2} {cx - 2.2} {cy - 4} {cx} {cy - 4} c {cx + 2.2} {cy - 4} {cx + 4} {cy - 2.2} {cx + 4} {cy} c S")
        self.ops.extend(ops)
        for k, rgb in enumerate(((0, 1, 1), (1, 0, 1), (1, 1, 0), (0, 0, 0), (0.5, 0.5, 0.5), (0.25, 0.25, 0.25))):
            self.rect(360 + k * 14, 848, 12, 12, (1 - rgb[0], 1 - rgb[1], 1 - rgb[2]) if k < 3 else rgb)
        super().text(0, -24, f"{SLUG[0]}   {no}", "F1", 6)
        super().text(420, -24, SLUG[1], "F1", 6)
        self.ops.append("Q")


def printmarks(d):
    f = Flow(PrintPage, d["heading"], x0=55, w=485, top=760)
    p = f.pages[-1]
    p.text(55, 808, "NSPCC Learning", "F2", 11, (1, 1, 1))
    f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    pages = f.done()
    for n, pg in enumerate(pages, 1): pg.marks(n)
    return pages


def printmarks_boxes():
    return (f"/TrimBox [{OFF} {OFF} {595 + OFF} {842 + OFF}] /BleedBox [{OFF - 8.5} {OFF - 8.5} {595 + OFF + 8.5} {842 + OFF + 8.5}]"
            " /ArtBox [36 36 631 878]")


# ---------------------------------------------------------------- B. drawn font by font
class FontPassPage(Page):
    """Runs are kept per font and written at the page's end: regular, then bold, then oblique (shapes first)."""
    ORDER = ("F1", "F2", "F3")

    def __init__(self):
        super().__init__(); self.runs = {k: [] for k in self.ORDER}

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        self.runs[font].append(f"BT /{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg 1 0 0 1 {x0:.2f} {y0:.2f} Tm {lit(s)} Tj ET")

    def flush(self):
        for k in self.ORDER: self.ops.extend(self.runs[k]); self.runs[k] = []


class FontPassFlow(Flow):
    def mixed(self, s, bold, size=10, gap=14):
        """A paragraph whose words in `bold` (a phrase) are set in the bold face, on the lines the regular face wraps to."""
        for ln in wrap(s, "F1", size, self.w - 8):
            self.need(gap); x = self.x0; rest = ln
            while rest:
                k = rest.find(bold)
                if k < 0: seg, font, rest = rest, "F1", ""
                elif k > 0: seg, font, rest = rest[:k], "F1", rest[k:]
                else: seg, font, rest = bold, "F2", rest[len(bold):]
                self.pages[-1].text(x, self.y, seg, font, size); x += width(seg, font, size)
            self.y -= gap

    def entry(self, e, d, i, after_summary=None):
        self.need(110)
        self.para(curly(e["title"]), "F2", 13, 19, (0.1, 0.2, 0.5))
        self.mixed(curly(e["summary"]), e["t"]["child_name"])
        self.y -= 4
        for lab, v in parts(e):
            if lab is None:
                self.para(v); continue
            self.para(lab, "F2", 10, 15)
            for it in v:
                for k, ln in enumerate(wrap(it, "F1", 10, self.w - 30)):
                    self.need(14)
                    if k == 0: self.pages[-1].text(self.x0 + 10, self.y, "\u2022", "F1", 10)
                    self.pages[-1].text(self.x0 + 22, self.y, ln, "F1", 10); self.y -= 14
            self.y -= 4
        lk = curly(e["link"]); self.need(26)
        self.pages[-1].text(self.x0, self.y, lk, "F3", 10, (0.1, 0.3, 0.7))
        self.pages[-1].link(self.x0, self.y - 3, width(lk, "F3", 10), 13, url(d, i)); self.y -= 26


def fontpass(d):
    f = FontPassFlow(FontPassPage, d["heading"]); f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    pages = f.done()
    for p in pages: p.flush()
    return pages


# ---------------------------------------------------------------- C. outlined titles and labels with /ActualText
def utf16hex(s):
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class CanvaPage(w51.OutlinePage):
    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        if font == "F2":
            self.ops.append(f"/Span << /ActualText {utf16hex(s)} >> BDC")
            super().text(x0, y0, s, "F2", size, rgb)
            self.ops.append("EMC")
        else:
            Page.text(self, x0, y0, s, font, size, rgb, mode)


def canva(d):
    f = Flow(CanvaPage, d["heading"], x0=50, w=495); f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    return f.done()


# ---------------------------------------------------------------- D. simulated bold by fill-and-stroke, Tz, size-1 fonts
class StrokeBoldPage(Page):
    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        col = "%.3f %.3f %.3f" % rgb
        if font == "F2" and size >= 16:  # the heading: hollow letters, stroked only
            self.ops.append(f"q BT 1 Tr {col} RG 0.6 w /F1 1 Tf {size} 0 0 {size} {x0:.2f} {y0:.2f} Tm {lit(s)} Tj ET Q")
        elif font == "F2":
            tz = " 90 Tz" if size >= 12 else ""
            self.ops.append(f"q BT 2 Tr {col} rg {col} RG 0.35 w{tz} /F1 1 Tf {size} 0 0 {size} {x0:.2f} {y0:.2f} Tm {lit(s)} Tj ET Q")
        else:
            self.ops.append(f"BT {col} rg /{font} 1 Tf {size} 0 0 {size} {x0:.2f} {y0:.2f} Tm {lit(s)} Tj ET")


def strokebold(d):
    f = Flow(StrokeBoldPage, d["heading"]); f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    return f.done()


# ---------------------------------------------------------------- E. one review per page, learning in a side panel
PANEL = (0.87, 0.93, 0.97)


def folio(p, d, n, total):
    p.text(50, 36, f"{d['heading']} | page {n} of {total} | {FOOT}", "F1", 7, (0.4, 0.4, 0.4))


def oneperpage(d):
    es, total = d["entries"], len(d["entries"]) + 1
    cover = Page(); y = 760
    for ln in wrap(d["heading"], "F2", 26, 480): cover.text(50, y, ln, "F2", 26, (0.1, 0.2, 0.5)); y -= 34
    for ln in wrap(curly(d["intro"]) + " " + FOOT, "F1", 11, 480): y -= 16; cover.text(50, y, ln, "F1", 11)
    y -= 36; cover.text(50, y, "In this digest", "F2", 14); y -= 24
    for k, e in enumerate(es, 2):
        t = curly(e["title"]); cover.text(50, y, t, "F1", 11)
        cover.text(520, y, str(k), "F1", 11); y -= 18
    folio(cover, d, 1, total)
    pages = [cover]
    for i, e in enumerate(es, 1):
        p = Page(); pages.append(p)
        y = 780
        for ln in wrap(curly(e["title"]), "F2", 22, 490): p.text(50, y, ln, "F2", 22, (0.1, 0.2, 0.5)); y -= 28
        top = y - 14
        pr = parts(e)
        # the side panel first: its shape, then the learning label and items
        p.rect(375, 120, 175, top - 120 + 12, PANEL)
        py = top - 10
        lab, items = pr[0]
        p.text(387, py, lab, "F2", 10); py -= 17
        for it in items:
            for k, ln in enumerate(wrap(it, "F1", 9.5, 140)):
                if k == 0: p.text(387, py, "\u2022", "F1", 9.5)
                p.text(398, py, ln, "F1", 9.5); py -= 13
            py -= 5
        # then the main column
        my = top - 10
        for ln in wrap(curly(e["summary"]), "F1", 10.5, 300): p.text(50, my, ln, "F1", 10.5); my -= 15
        my -= 10
        for lab, v in pr[1:]:
            if lab is None:
                for ln in wrap(v, "F1", 10.5, 300): p.text(50, my, ln, "F1", 10.5); my -= 15
                my -= 10; continue
            p.text(50, my, lab, "F2", 10.5); my -= 16
            for it in v:
                for k, ln in enumerate(wrap(it, "F1", 10.5, 285)):
                    if k == 0: p.text(54, my, "\u2022", "F1", 10.5)
                    p.text(66, my, ln, "F1", 10.5); my -= 15
                my -= 3
            my -= 10
        lk = curly(e["link"]) + " \u203a"
        p.text(50, my, lk, "F2", 10.5, (0.1, 0.3, 0.7))
        p.link(50, my - 3, width(lk, "F2", 10.5), 14, url(d, i))
        folio(p, d, i + 1, total)
    return pages


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = os.path.abspath(f"{out}/input/{fname}")
        if "printmarks" in fname:
            write(printmarks(d), dst, d["heading"], "Adobe PDF Library 17.0 (Adobe InDesign 20.0 (Windows))", printmarks_boxes())
        elif "fontpass" in fname:
            write(fontpass(d), dst, d["heading"], "Canon iR-ADV C5550 PDF driver 2.10")
        elif "outlined" in fname:
            write(canva(d), dst, d["heading"], "Canva")
        elif "strokebold" in fname:
            write(strokebold(d), dst, d["heading"], "Microsoft\u00ae Word 2016 (simulated bold)")
        elif "oneperpage" in fname:
            write(oneperpage(d), dst, d["heading"], "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
        print("wrote", fname)


# ---------------------------------------------------------------- diagnostic variants (not part of the set; see the README)
def render_variants(B, out):
    """V1 font by font without bold words inside lines; V2 bold words inside lines in reading order; O1 only the labels
    outlined; O2 only the heading and titles outlined. Written to out/input, never into the batch."""
    os.makedirs(f"{out}/input", exist_ok=True)
    d = B["b55-fontpass-driver-2025-05.pdf"]

    class NoBold(FontPassFlow):
        def mixed(self, s, bold, size=10, gap=14): self.para(s)
    for name, flow, page in (("v1-fontpass-nobold-2025-05.pdf", NoBold, FontPassPage), ("v2-inlinebold-streamorder-2025-05.pdf", FontPassFlow, Page)):
        f = flow(page, d["heading"]); f.head(d)
        for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
        ps = f.done()
        for p in ps:
            if hasattr(p, "flush"): p.flush()
        write(ps, f"{out}/input/{name}", d["heading"], "variant")
    d = B["b55-outlined-actualtext-2025-08.pdf"]

    def only(outline_big):
        class P(CanvaPage):
            def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
                if font == "F2" and (size > 10.5) != outline_big: Page.text(self, x0, y0, s, font, size, rgb, mode)
                else: super().text(x0, y0, s, font, size, rgb, mode)
        return P
    for name, page in (("o1-outlined-labels-2025-08.pdf", only(False)), ("o2-outlined-titles-2025-08.pdf", only(True))):
        f = Flow(page, d["heading"], x0=50, w=495); f.head(d)
        for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
        write(f.done(), f"{out}/input/{name}", d["heading"], "Canva")
