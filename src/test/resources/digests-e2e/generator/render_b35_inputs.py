# Renders the inputs of batch b35 (see render_b35.py and entries_b35.py). Invented material, test fixtures only.
# A-C are written as PDF by this script (a small PDF writer below: standard 14 Helvetica, WinAnsi, widths from the AFM files
# inside the PDFBox 3.0.8 jar in the local Maven repository) so that the content-stream order and the text objects are exactly
# those of the producer imitated; D and F are Chromium prints of HTML written here; E is a flat ODT exported by LibreOffice
# 7.4 with PDF/UA on. Helpers (groups, url, curly, x) are shared with render_b32_inputs / render_b30_inputs.
import glob, html, os, shutil, subprocess, tempfile, textwrap, zipfile, zlib
from render_b32_inputs import groups, url, curly, x
from render_b30_inputs import soffice_pdfua
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


# ---------------------------------------------------------------- a small PDF writer
def _afm(name):
    jar = glob.glob(os.path.expanduser("~/.m2/repository/org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar"))[0]
    by_code, by_name = {}, {}
    for line in zipfile.ZipFile(jar).read(f"org/apache/pdfbox/resources/afm/{name}.afm").decode("latin-1").splitlines():
        if line.startswith("C "):
            f = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip())
            by_name[f["N"]] = int(f["WX"])
            if int(f["C"]) > 0: by_code[int(f["C"])] = int(f["WX"])
    return by_code, by_name


FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}
WID = {k: _afm(v) for k, v in FONTS.items()}
SPECIAL = {"\u2019": "quoteright", "\u2018": "quoteleft", "\u2022": "bullet", "\u2013": "endash", "\u2014": "emdash", "\u201c": "quotedblleft", "\u201d": "quotedblright"}


def width(s, font, size, tc=0.0):
    code, name = WID[font]
    return sum((name[SPECIAL[c]] if c in SPECIAL else code.get(ord(c), 556)) for c in s) * size / 1000 + tc * len(s)


def wrap(s, font, size, w):
    lines, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and width(t, font, size) > w: lines.append(cur); cur = word
        else: cur = t
    return lines + ([cur] if cur else [])


def lit(s):
    b = s.encode("cp1252")
    return "(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1") + ")"


class Page:
    def __init__(self, w, hgt):
        self.w, self.h, self.ops, self.links = w, hgt, [], []

    def rect(self, x0, y0, w, hgt, fill=None, stroke=None):
        s = ""
        if fill: s += "%.3f %.3f %.3f rg " % fill
        if stroke: s += "%.3f %.3f %.3f RG 0.8 w " % stroke
        self.ops.append(s + f"{x0:.2f} {y0:.2f} {w:.2f} {hgt:.2f} re " + ("B" if fill and stroke else "f" if fill else "S"))

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), tc=0.0):
        """One text object for the string (a whole line)."""
        self.ops.append(f"BT /{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg {tc:.2f} Tc 1 0 0 1 {x0:.2f} {y0:.2f} Tm {lit(s)} Tj ET")

    def words(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), tc=0.0):
        """Canva-like: every word its own text object at its own matrix, no space glyphs."""
        for word in s.split():
            self.text(x0, y0, word, font, size, rgb, tc)
            x0 += width(word, font, size, tc) + width(" ", font, size) + tc

    def link(self, x0, y0, w, hgt, uri):
        self.links.append((x0, y0, x0 + w, y0 + hgt, uri))


def write_pdf(pages, path, title, producer):
    objs = []
    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1")); return len(objs)
    fonts = {k: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>") for k, v in FONTS.items()}
    res = "<< /Font << " + " ".join(f"/{k} {n} 0 R" for k, n in fonts.items()) + " >> >>"
    pages_no = len(objs) + 1 + 0
    add("PAGES")
    kids = []
    for p in pages:
        data = zlib.compress("\n".join(p.ops).encode("latin-1"))
        c = add(f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode("latin-1") + data + b"\nendstream")
        annots = [add(f"<< /Type /Annot /Subtype /Link /Rect [{a:.2f} {b:.2f} {c2:.2f} {d:.2f}] /Border [0 0 0] /A << /S /URI /URI {lit(u)} >> >>")
                  for a, b, c2, d, u in p.links]
        ann = f" /Annots [{' '.join(f'{n} 0 R' for n in annots)}]" if annots else ""
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 {p.w} {p.h}] /Resources {res} /Contents {c} 0 R{ann} >>"))
    objs[pages_no - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>")
    info = add(f"<< /Title {lit(title)} /Producer {lit(producer)} /Creator {lit(producer)} >>")
    out, offs = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), []
    for i, b in enumerate(objs, 1):
        offs.append(len(out)); out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(bytes(out))


def lists_of(e):
    """(label or None, items or sentence) in print order, with curly apostrophes."""
    return [(lab, curly(lst) if lab is None else [curly(t) for t in lst]) for lab, lst in groups(e)]


# ---------------------------------------------------------------- A. Google-Slides-like deck
# 16:9 (720 x 405 pt). Title slide, then one review a slide: the summary in a text box on the left, the labels and '•' items
# in a text box on the right (its first baseline a little higher than the summary's), the link at the foot, the slide number;
# the TITLE box, placed at the top of the slide, is written LAST in the content stream (as a Slides export writes boxes in
# their z-order, and the title box was added last).
NAVY, GREY, TEAL, WHITE = (0.10, 0.16, 0.32), (0.35, 0.35, 0.35), (0.0, 0.42, 0.45), (1, 1, 1)


def slides(d):
    pages = []
    p = Page(720, 405); p.rect(0, 0, 720, 405, fill=(0.95, 0.96, 0.99))
    p.text(48, 230, curly(d["heading"]), "F2", 30, NAVY)
    for k, ln in enumerate(wrap(curly(d["intro"]), "F1", 16, 600)): p.text(48, 190 - 22 * k, ln, "F1", 16, GREY)
    pages.append(p)
    for i, e in enumerate(d["entries"], 1):
        p = Page(720, 405)
        y = 300
        for ln in wrap(curly(e["summary"]), "F1", 13, 300): p.text(40, y, ln, "F1", 13); y -= 17
        y = 306
        for lab, lst in lists_of(e):
            if lab is None:
                for ln in wrap(lst, "F1", 11, 290): p.text(390, y, ln, "F1", 11); y -= 14
                y -= 6; continue
            p.text(390, y, lab, "F2", 11, TEAL); y -= 15
            for it in lst:
                for k, ln in enumerate(wrap(it, "F1", 11, 275)):
                    if k == 0: p.text(392, y, "\u2022", "F1", 11)
                    p.text(404, y, ln, "F1", 11); y -= 14
            y -= 6
        p.text(40, 36, e["link"], "F1", 11, (0.07, 0.33, 0.8)); p.link(40, 32, width(e["link"], "F1", 11), 14, url(d, i))
        p.text(680, 20, str(i + 1), "F1", 9, GREY)
        for k, ln in enumerate(wrap(curly(e["title"]), "F2", 22, 640)): p.text(40, 355 - 26 * k, ln, "F2", 22, NAVY)
        pages.append(p)
    return pages


# ---------------------------------------------------------------- B. Canva-like export
# A4. Every word its own text object (own Tm, no space glyphs); white heading words on a coloured band; each review a card:
# a coloured title band with the title in white words, the summary, the labels in LETTER-SPACED capitals (Tc 1.6) on a pale
# tinted strip, '•' glyphs as their own objects, items wrapped; the link; the invented note at the foot.
def canva(d):
    pages, W, M = [], 595, 42
    p = Page(595, 842); p.rect(0, 752, 595, 90, fill=TEAL)
    p.words(M, 800, curly(d["heading"]), "F2", 20, WHITE)
    y = 770
    for ln in wrap(curly(d["intro"]), "F1", 10, W - 2 * M): p.words(M, y, ln, "F1", 10, WHITE); y -= 13
    y = 720
    for i, e in enumerate(d["entries"], 1):
        need = 60 + 13 * len(wrap(e["summary"], "F1", 10, W - 2 * M - 20)) + sum(
            22 + (13 * sum(len(wrap(t, "F1", 10, W - 2 * M - 40)) for t in lst) if lab else 13 * len(wrap(lst, "F1", 10, W - 2 * M - 20)))
            for lab, lst in lists_of(e)) + 30
        if y - need < 60:
            p.words(M, 30, FOOT, "F1", 8, GREY); pages.append(p); p = Page(595, 842); y = 800
        tl = wrap(curly(e["title"]), "F2", 14, W - 2 * M - 20)
        p.rect(M, y - 10 - 18 * len(tl), W - 2 * M, 16 + 18 * len(tl), fill=NAVY)
        for ln in tl: p.words(M + 10, y - 14, ln, "F2", 14, WHITE); y -= 18
        y -= 24
        for ln in wrap(curly(e["summary"]), "F1", 10, W - 2 * M - 20): p.words(M + 10, y, ln, "F1", 10); y -= 13
        y -= 6
        for lab, lst in lists_of(e):
            if lab is None:
                for ln in wrap(lst, "F1", 10, W - 2 * M - 20): p.words(M + 10, y, ln, "F1", 10); y -= 13
                y -= 6; continue
            p.rect(M + 6, y - 5, W - 2 * M - 12, 17, fill=(0.86, 0.94, 0.94))
            p.words(M + 10, y, lab.upper(), "F2", 9, TEAL, tc=1.6); y -= 18
            for it in lst:
                for k, ln in enumerate(wrap(it, "F1", 10, W - 2 * M - 40)):
                    if k == 0: p.text(M + 14, y, "\u2022", "F1", 10, TEAL)
                    p.words(M + 26, y, ln, "F1", 10); y -= 13
            y -= 6
        p.words(M + 10, y, e["link"], "F2", 10, (0.07, 0.33, 0.8)); p.link(M + 10, y - 3, width(e["link"], "F2", 10), 13, url(d, i))
        y -= 34
    p.words(M, 30, FOOT, "F1", 8, GREY); pages.append(p)
    return pages


# ---------------------------------------------------------------- C. two-column grid of equal cards, read down each column
# A4. Four cards in a 2 x 2 grid, every card the same height and the two cards of a row at the same top, so their lines stand
# level across the gutter; the content stream writes the LEFT column's two cards, then the right column's (cards 1-2 left,
# 3-4 right), each card: tinted fill and border, title, summary, bold labels, '•' items, link.
def grid_cards(d):
    p, M, G = Page(595, 842), 36, 18
    cw = (595 - 2 * M - G) / 2
    p.text(M, 800, curly(d["heading"]), "F2", 18, NAVY)
    y = 782
    for ln in wrap(curly(d["intro"]), "F1", 9.5, 595 - 2 * M): p.text(M, y, ln, "F1", 9.5); y -= 12

    def card_lines(e):
        out = [("F2", 10.5, ln, 0) for ln in wrap(curly(e["title"]), "F2", 10.5, cw - 16)] + [("gap", 4, "", 0)]
        out += [("F1", 8.5, ln, 0) for ln in wrap(curly(e["summary"]), "F1", 8.5, cw - 16)] + [("gap", 4, "", 0)]
        for lab, lst in lists_of(e):
            if lab is None: out += [("F1", 8.5, ln, 0) for ln in wrap(lst, "F1", 8.5, cw - 16)]; continue
            out.append(("F2", 8.5, lab, 0))
            for it in lst: out += [("F1", 8.5, ln, 1 if k == 0 else 2) for k, ln in enumerate(wrap(it, "F1", 8.5, cw - 28))]
            out.append(("gap", 3, "", 0))
        return out + [("link", 8.5, e["link"], 0)]

    cards = [card_lines(e) for e in d["entries"]]
    hgt = lambda ls: sum(4 if f == "gap" else s * 1.3 for f, s, _, _ in ls) + 16
    row_h = max(hgt(c) for c in cards)
    top = y - 10
    for i, (col, row) in enumerate([(0, 0), (0, 1), (1, 0), (1, 1)][:len(cards)], 1):
        x0, y0 = M + col * (cw + G), top - row * (row_h + G)
        p.rect(x0, y0 - row_h, cw, row_h, fill=(0.96, 0.97, 0.99), stroke=(0.6, 0.68, 0.8))
        yy = y0 - 14
        for f, s, t, ind in cards[i - 1]:
            if f == "gap": yy -= s; continue
            if f == "link":
                p.text(x0 + 8, yy, t, "F1", s, (0.07, 0.33, 0.8)); p.link(x0 + 8, yy - 2, width(t, "F1", s), s + 2, url(d, i)); continue
            if ind == 1: p.text(x0 + 10, yy, "\u2022", "F1", s)
            p.text(x0 + (20 if ind else 8), yy, t, f, s, NAVY if f == "F2" else (0, 0, 0)); yy -= s * 1.3
    p.text(M, 30, FOOT, "F1", 8, GREY)
    return [p]


# ---------------------------------------------------------------- D. Chromium, titles as images
# Each review title is a PNG (white words on a purple band, made by a headless Chromium screenshot) inside the <h2>, the
# title's words only in its alt text; Chromium prints tagged PDF (Figure /Alt inside H2) with a document outline from the
# headings (--generate-pdf-document-outline). Summary, bold labels over lists, link.
def chromium(args, t):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={t}"] + args, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def title_images_html(d, src, stem):
    P = [f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{x(d["heading"])}</title><style>'
         '@page{size:A4;margin:1.6cm 0} body{font-family:"DejaVu Sans",sans-serif;font-size:10.5pt;margin:0 1.2cm} h2{margin:1.1em 0 .3em} h2 img{display:block;width:15cm}'
         ' .lab{font-weight:bold;margin:.5em 0 .1em} ul{margin:.1em 0}</style></head><body>',
         f'<h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    with tempfile.TemporaryDirectory() as t:
        for i, e in enumerate(d["entries"], 1):
            png = f"{stem}-title-{i}.png"
            band = (f'<html><body style="margin:0"><div style="background:#5b2a86;color:#fff;font:bold 30px \'DejaVu Sans\';'
                    f'padding:14px 18px;width:1064px;height:44px">{x(e["title"])}</div></body></html>')
            open(f"{t}/band.html", "w", encoding="utf-8").write(band)
            chromium(["--hide-scrollbars", "--window-size=1100,72", f"--screenshot={src}/{png}", f"file://{t}/band.html"], t + "/u")
            P.append(f'<h2><img src="{png}" alt="{x(e["title"])}"></h2><p>{x(e["summary"])}</p>')
            for lab, lst in groups(e):
                if lab is None: P.append(f"<p>{x(lst)}</p>"); continue
                P.append(f'<p class="lab">{x(lab)}</p><ul>' + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul>")
            P.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
    P.append(f"<footer><p>{x(FOOT)}</p></footer></body></html>")
    return "\n".join(P)


# ---------------------------------------------------------------- E. LibreOffice PDF/UA, inline bullet separators
# A flat ODT: Heading 1, intro, per review a Heading 2 title, the summary, then for each list ONE paragraph: the bold label
# run in, followed by the items each after a ' • ' separator in the same paragraph (no list structure); the link.
def inline_bullets_fodt(d):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    styles = ('<office:styles><style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>'
              '<style:text-properties fo:font-size="10.5pt" style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>'
              '<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:styles>'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>')
    P = lambda t, st="Standard": f'<text:p text:style-name="{st}">{t}</text:p>'
    body = [f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(d["heading"])}</text:h>', P(x(d["intro"]))]
    for i, e in enumerate(d["entries"], 1):
        body += [f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{x(e["title"])}</text:h>', P(x(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: body.append(P(x(lst))); continue
            body.append(P(f'<text:span text:style-name="Strong">{x(lab)}</text:span>' + "".join(f" \u2022 {x(it)}" for it in lst)))
        body.append(P(f'<text:a xlink:type="simple" xlink:href="{url(d, i)}">{x(e["link"])}</text:a>'))
    body.append(P(x(FOOT)))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:meta><dc:title>{x(d["heading"])}</dc:title><dc:language>en-GB</dc:language></office:meta>{styles}'
            "<office:body><office:text>" + "\n".join(body) + "</office:text></office:body></office:document>")


# ---------------------------------------------------------------- F. e-mail printed to PDF (mail client print)
# The print of a plain-text message as a mail client lays it out: a header block (Subject, From, Date, To) under a rule,
# then the body in a fixed font: a short note, '-------- Forwarded Message --------' with its own header lines, and the
# digest QUOTED with '> ' on every line, wrapped at 72 columns; items as '> - ' lines; the link '<url>' after its words.
def email_text(d):
    q = [d["heading"], "", *textwrap.wrap(d["intro"], 68), ""]
    for i, e in enumerate(d["entries"], 1):
        q += [e["title"], "", *textwrap.wrap(curly(e["summary"]), 68), ""]
        for lab, lst in groups(e):
            if lab is None: q += [*textwrap.wrap(curly(lst), 68), ""]; continue
            q.append(lab)
            for it in lst: q += textwrap.wrap(curly(it), 68, initial_indent="- ", subsequent_indent="  ")
            q.append("")
        q += [f"{e['link']} <{url(d, i)}>", ""]
    body = ["Hi all,", "", "Forwarding this month's digest for Thursday's team meeting. Please read", "the summaries before we meet.",
            "", "Dana", "", "-------- Forwarded Message --------", f"Subject:\t{d['heading']}", "Date:\tMon, 1 Dec 2025 08:02:11 +0000",
            "From:\tNSPCC Learning <learning-updates@example.org>", "To:\tdana.whitlow@example.org", ""]
    body += [("> " + ln).rstrip() for ln in q] + ["", "-- ", "Dana Whitlow", "Safeguarding lead (invented for testing)"]
    return "\n".join(body)


def email_html(d):
    hdr = [("Subject:", f"Fwd: {d['heading']}"), ("From:", "Dana Whitlow &lt;dana.whitlow@example.org&gt;"),
           ("Date:", "03/12/2025, 09:14"), ("To:", "Safeguarding team &lt;safeguarding-team@example.org&gt;")]
    rows = "".join(f'<tr><th>{k}</th><td>{v if "&lt;" in v else x(v)}</td></tr>' for k, v in hdr)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fwd: {x(d["heading"])}</title><style>'
            '@page{size:A4;margin:1.5cm} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:10pt} table.hdr{border-collapse:collapse;margin-bottom:6px}'
            ' table.hdr th{text-align:right;padding:1px 8px 1px 0;font-weight:bold;vertical-align:top} hr{border:0;border-top:1px solid #999}'
            ' pre{font-family:"DejaVu Sans Mono",monospace;font-size:9.5pt;white-space:pre-wrap;margin:0}</style></head><body>'
            f'<table class="hdr">{rows}</table><hr><div class="moz-text-plain"><pre class="moz-quote-pre">{h(email_text(d))}</pre></div></body></html>')


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "slides" in fname:
            write_pdf(slides(d), dst, d["heading"], "Google Slides-like deck (b35 generator)")
        elif "canva" in fname:
            write_pdf(canva(d), dst, d["heading"], "Canva-like export (b35 generator)")
        elif "grid-cards" in fname:
            write_pdf(grid_cards(d), dst, d["heading"], "Cards grid (b35 generator)")
        elif "title-images" in fname:
            src = f"{out}/source"
            open(f"{src}/{stem}.html", "w", encoding="utf-8").write(title_images_html(d, src, stem))
            with tempfile.TemporaryDirectory() as t:
                chromium(["--no-pdf-header-footer", "--generate-pdf-document-outline", f"--print-to-pdf={dst}", f"file://{src}/{stem}.html"], t)
        elif "pdfua" in fname:
            src = f"{out}/source/{stem}.fodt"
            open(src, "w", encoding="utf-8").write(inline_bullets_fodt(d))
            tmp = tempfile.mkdtemp(prefix="b35-")
            soffice_pdfua(src, tmp); shutil.move(f"{tmp}/{stem}.pdf", dst); shutil.rmtree(tmp, ignore_errors=True)
        elif "email-print" in fname:
            src = f"{out}/source/{stem}.html"
            open(src, "w", encoding="utf-8").write(email_html(d))
            with tempfile.TemporaryDirectory() as t:
                chromium(["--no-pdf-header-footer", f"--print-to-pdf={dst}", f"file://{src}"], t)
