"""Batch 31's own page layout for the producers that only place text (PDF::Builder, the PDFBox AcroForm, pdfme): the
blocks of batch31_content.py flowed onto A4 pages as ops, wrapped with generous average glyph widths so that a producer
that wraps again (a form field, a pdfme text box) never needs more lines than were allowed. Test-fixture tooling only."""
from batch31_content import INVENTED, accepted

W, H = 595.28, 841.89
AVG = {"helv": 0.53, "times": 0.49, "roboto": 0.54}


def wrap(text, width, size, fam, first_indent=0.0):
    per = lambda avail: max(10, int(avail / (size * AVG[fam])))
    lines, cur, avail = [], "", width - first_indent
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > per(avail):
            lines.append(cur)
            cur, avail = word, width
        else:
            cur = word if not cur else cur + " " + word
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self, style):
        self.s, self.pages, self.y = style, [], 0
        self.left, self.right, self.top, self.bottom = style["left"], W - style["right"], style["top"], style["bottom"]

    def new_page(self):
        self.pages.append([])
        self.y = H - self.top

    def op(self, *o):
        self.pages[-1].append(o)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def text_block(self, x, width, text, size, font="R", color=(0, 0, 0), lead=None, label=None, gap=6, field=None):
        """A paragraph: optional bold run-in label, wrapped lines; as ops 'box' (whole text, for fields and pdfme) holding
        its 'line' ops."""
        fam, lh = self.s["fam"], size * 1.38
        lab = (label + " ") if label else ""
        lines = wrap(lab + text, width, size, fam)
        h = len(lines) * lh + 2
        self.need(min(h, 3 * lh))
        chunks, rest = [], lines
        while rest:
            room = max(1, int((self.y - self.bottom) // lh))
            part, rest = rest[:room], rest[room:]
            ops, y = [], self.y - size
            for i, ln in enumerate(part):
                if i == 0 and lab and not chunks:
                    segs = [("B", label), (font, ln[len(label):])]
                else:
                    segs = [(font, ln)]
                ops.append(("line", x, y, size, color, segs))
                y -= lh
            words = " ".join(part)
            if lab and not chunks:
                words = words[len(lab):]
            self.op("box", x, self.y, width, len(part) * lh + 2, size, font, color, words, lh, ops,
                    field or "", label if (lab and not chunks) else "")
            chunks.append(part)
            self.y -= len(part) * lh + 2
            if rest:
                self.new_page()
        self.y -= gap


def flow(rep, style):
    """Flow rep's cover and blocks; returns the pages as op lists (a footer line added per page by the caller)."""
    f = Flow(style)
    f.new_page()
    c, fam = rep["cover"], style["fam"]
    style["cover"](f, c)
    f.new_page()
    n_h1, counts, para = 0, {}, [0, 0]
    body_w = f.right - f.left
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            appendix = b[1].lower().startswith(("appendix", "glossary"))
            if not appendix:
                n_h1 += 1
            para[:] = [n_h1, 0]
            head = ("%d. %s" % (n_h1, b[1])) if rep.get("numbering") == "typed" and not appendix else b[1]
            f.y -= style["h1_before"]
            f.need(style["h1_size"] * 1.4 + 60)
            style["h1"](f, head)
        elif k == "h2":
            f.y -= 4
            f.need(50)
            f.text_block(f.left, body_w, b[1], style["h2_size"], style.get("h2_font", "BI"), gap=3)
        elif k == "p":
            if style.get("para_numbers"):
                para[1] += 1
                f.need(30)
                f.op("line", f.left, f.y - style["size"], style["size"], (0, 0, 0), [("R", "%d.%d" % tuple(para))])
                f.text_block(f.left + 36, body_w - 36, accepted(b[1]), style["size"], field="p")
            else:
                f.text_block(f.left, body_w, accepted(b[1]), style["size"], field="p")
        elif k == "items":
            kind, texts, how = b[1], b[2], b[3]
            for t in texts:
                counts[kind] = counts.get(kind, 0) + 1
                n, t = counts[kind], accepted(t)
                if how in ("ol", "ul"):
                    mark = "%d." % n if how == "ol" else "\u2022"
                    f.need(30)
                    f.op("mark", f.left + 4, f.y - style["size"], style["size"], (0, 0, 0), [("R", mark)])
                    f.text_block(f.left + 24, body_w - 24, t, style["size"], field="item")
                elif how == "rn":
                    f.text_block(f.left, body_w, t, style["size"], label="Recommendation %d:" % n, field="item")
                elif how in ("lp", "lp_rec"):
                    f.need(44)
                    lab = ("Learning point %d" if how == "lp" else "Recommendation %d") % n
                    f.text_block(f.left, body_w, lab, style["size"], "B", gap=1)
                    f.text_block(f.left, body_w, t, style["size"], field="item")
        elif k in ("chron", "rectable"):
            cols = style["chron_cols"] if k == "chron" else style["rec_cols"]
            head = ("Date", "Key event") if k == "chron" else ("No.", "Recommendation", "Lead agency")
            rows = b[1] if k == "chron" else [(str(i + 1), r, lead) for i, (r, lead) in enumerate(b[1])]
            table(f, cols, head, rows, style, k)
        elif k == "gloss":
            for term, meaning in b[1]:
                f.text_block(f.left, body_w, "- " + meaning, style["size"], label=term, gap=3)
    return f.pages


def table(f, cols, head, rows, style, kind):
    size, lh = style["size"] - 0.5, (style["size"] - 0.5) * 1.38
    fam = style["fam"]
    for ri, row in enumerate([head] + list(rows)):
        cells = [wrap(str(v), w - 8, size, fam) for v, w in zip(row, cols)]
        h = max(len(c) for c in cells) * lh + 8
        f.need(h + (lh + 8 if ri == 0 else 0))
        x = f.left
        for ci, (v, w, lines) in enumerate(zip(row, cols, cells)):
            fill = style["table_head"] if ri == 0 else None
            f.op("rect", x, f.y - h, w, h, fill, (0.45, 0.45, 0.45), 0.6)
            font = "B" if ri == 0 else "R"
            ops = [("line", x + 4, f.y - 4 - size - i * lh, size, (0, 0, 0), [(font, ln)]) for i, ln in enumerate(lines)]
            field = "cell" if ri > 0 and (kind == "rectable" and ci > 0) else ""
            f.op("box", x + 4, f.y - 3, w - 8, h - 6, size, font, (0, 0, 0), str(v), lh, ops, field, "")
            x += w
        f.y -= h
    f.y -= 8


def plain_cover(f, c, band=None, title_size=22):
    if band:
        f.op("rect", 0, H - 180, W, 180, band, None, 0)
    x, w = f.left, f.right - f.left
    f.y = H - 240
    for ln in wrap(c["title"], w, title_size, f.s["fam"]):
        f.op("line", x, f.y, title_size, (0.05, 0.1, 0.3), [("B", ln)])
        f.y -= title_size * 1.3
    f.y -= 20
    for t in (c["partnership"], c["by"], c["date"]):
        f.op("line", x, f.y, 12, (0, 0, 0), [("R", t)])
        f.y -= 20
    f.y -= 30
    for ln in wrap(INVENTED, w, 10, f.s["fam"]):
        f.op("line", x, f.y, 10, (0.3, 0.3, 0.3), [("I", ln)])
        f.y -= 14
