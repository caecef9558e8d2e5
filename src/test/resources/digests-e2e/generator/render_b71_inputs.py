# Renders the inputs of batch b71 (see render_b71.py and entries_b71.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b71/source/ (run with /usr/bin/python3: reportlab 3.6,
# pypdf 3; calibre's `ebook-convert` (Debian calibre 6); ConTeXt MkIV (`context`, Debian context 2021)):
# A: REPORTLAB 3.6 INDEX CARDS, A4 portrait, two cards a page: each entry a cream card with a red headline rule and blue ruled
#    lines every line; the title on the headline, the summary, '–' items and the link on the ruled lines; EACH LABEL IN A
#    COLOURED TAB sticking out of the card's left edge into the page margin (white bold words wrapped to the tab's width,
#    at the height of the list it heads); the tabs are drawn after the card's text (as a drawing program keeps them on top).
# B: CALIBRE `ebook-convert` of an HTML e-book to PDF (calibre's Qt WebEngine PDF output): its running header template (the
#    book's title and the current section's title) and footer template (page number), each entry an h2 chapter, a table of
#    contents calibre adds at the END (`--pdf-add-toc`), and calibre's outline.
# C: CONTEXT MkIV (`context`): \startsection titles, labels as \startdescription-like bold run-in lines over \startitemize
#    lists, \goto links, ConTeXt's own page numbers at the head, a header text.
# D: REPORTLAB 3.6 digest whose OUTLINE titles DIFFER from the printed headings: the printed titles are bold 'Child XYZ:
#    ...' headings; the bookmarks are short topic names ('County lines and missing episodes'), plus bookmarks for the
#    introduction and the closing notes, each pointing at its place on the page.
# E: REPORTLAB 3.6 KANBAN BOARD, A3 landscape, 1 page: the heading and intro across the top, then FOUR COLUMNS, one review
#    each: a title card, a summary card, one card per list (label and '•' items), a link card, each a rounded filled box;
#    the cards are WRITTEN ROW BY ROW across the columns (title cards, then summary cards, ...), no rule between columns.
import html, io, os, shutil, subprocess, tempfile
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"
LIB = "/usr/share/fonts/truetype/liberation"
G = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd=None, ok=(0,), env=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {})), timeout=900)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stdout[-1500:]!r} {r.stderr[-2000:]!r}")
    return r


def x(s):
    return html.escape(curly(s), quote=False)


def fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("LS", f"{LIB}/LiberationSans-Regular.ttf"), ("LSB", f"{LIB}/LiberationSans-Bold.ttf"),
                    ("LR", f"{LIB}/LiberationSerif-Regular.ttf"), ("LRB", f"{LIB}/LiberationSerif-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames(): pdfmetrics.registerFont(TTFont(name, f))


def wrap(s, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for w in curly(s).split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width: lines.append(cur); cur = w
        else: cur = t
    return lines + ([cur] if cur else [])


# ---------------------------------------------------------------- B. calibre ebook-convert
def ebook_html(d):
    out = [f"<html><head><meta charset='utf-8'><title>{x(d['heading'])}</title>",
           "<style>body{font-family:'Liberation Serif';} h2{page-break-before:auto;margin-top:1.4em} .lab{font-weight:bold;margin-bottom:0.2em}</style>",
           f"</head><body><h1>{x(d['heading'])}</h1><p>{x(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        out.append(f"<h2>{x(e['title'])}</h2><p>{x(e['summary'])}</p>")
        for lab, items in groups(e):
            if lab is None: out.append(f"<p>{x(items)}</p>"); continue
            out.append(f"<p class='lab'>{x(lab)}</p><ul>" + "".join(f"<li>{x(it)}</li>" for it in items) + "</ul>")
        out.append(f"<p><a href='{url(d, i)}'>{x(e['link'])}</a></p>")
    out.append(f"<p><small>{x(FOOT)}</small></p></body></html>")
    return "\n".join(out)


def calibre(d, src, pdf, stem):
    page = f"{src}/{stem}.html"
    open(page, "w").write(ebook_html(d))
    head = '<div style="font-size:8pt;color:#555;border-bottom:1px solid #999">_TITLE_ &#8212; _SECTION_</div>'
    foot = '<div style="font-size:8pt;text-align:center">Page _PAGENUM_ of _TOTAL_PAGES_</div>'
    run(["ebook-convert", page, pdf, "--paper-size", "a4", "--pdf-add-toc", "--toc-title", "Contents",
         "--pdf-header-template", head, "--pdf-footer-template", foot, "--pdf-page-margin-top", "54",
         "--pdf-page-margin-bottom", "54", "--pdf-default-font-size", "15", "--title", curly(d["heading"]),
         "--authors", "NSPCC Learning (invented for testing)", "--level1-toc", "//h:h2", "--chapter", "/"],
        env=dict(QT_QPA_PLATFORM="offscreen", QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox", QTWEBENGINE_DISABLE_SANDBOX="1"))


# ---------------------------------------------------------------- C. ConTeXt MkIV
def tex(s):
    s = curly(s)
    for a, b in (("\\", "\\textbackslash{}"), ("&", "\\&"), ("%", "\\%"), ("#", "\\#"), ("_", "\\_"), ("$", "\\$")):
        s = s.replace(a, b)
    return s


def context(d, src, pdf, stem):
    t = [r"\setuppapersize[A4]", r"\setupbodyfont[dejavu,10pt]", r"\setuplayout[width=middle,margin=0pt,header=24pt]",
         r"\setupinteraction[state=start,color=darkblue,style=normal]", r"\setupwhitespace[medium]",
         r"\setuphead[section][style=\bfb,number=no,before={\blank[big]},after={\blank[small]}]",
         r"\setuphead[title][style=\bfc]", r"\setupitemize[each][packed]",
         r"\setupheadertexts[{" + tex(d["heading"]) + r"}][pagenumber]", r"\setupfootertexts[{\tfx " + tex(FOOT) + "}]",
         r"\starttext", r"\title{" + tex(d["heading"]) + "}", tex(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        t += [r"\section{" + tex(e["title"]) + "}", tex(e["summary"]), ""]
        for lab, items in groups(e):
            if lab is None: t += [tex(items), ""]; continue
            t += [r"\noindentation{\bf " + tex(lab) + "}", r"\startitemize[1]"] + [r"\item " + tex(it) for it in items] + [r"\stopitemize", ""]
        t += [r"\goto{" + tex(e["link"]) + r"}[url(" + url(d, i) + ")]", ""]
    t += [r"\stoptext"]
    open(f"{src}/{stem}.tex", "w").write("\n".join(t) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(f"{src}/{stem}.tex", tmp)
        run(["context", "--batchmode", "--noconsole", f"{stem}.tex"], cwd=tmp)
        shutil.copy(f"{tmp}/{stem}.pdf", pdf)


# ---------------------------------------------------------------- A. index cards with label tabs in the margin
def card_lines(d, i, e, width):
    """(kind, text, font, size, label_or_None) rows of one card, one ruled line each; kinds: title, text, item, link."""
    rows = [("title", ln, "LSB", 11, None) for ln in wrap(e["title"], "LSB", 11, width)]
    rows += [("text", ln, "LS", 9.5, None) for ln in wrap(e["summary"], "LS", 9.5, width)]
    for lab, items in groups(e):
        if lab is None:
            rows += [("text", ln, "LS", 9.5, None) for ln in wrap(items, "LS", 9.5, width)]; continue
        first = True
        for it in items:
            for k, ln in enumerate(wrap(it, "LS", 9.5, width - 12)):
                rows.append(("item" if k == 0 else "itemcont", ln, "LS", 9.5, lab if first else None)); first = False
    rows.append(("link", e["link"], "LS", 9.5, None))
    return rows


def indexcards(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fonts()
    W, H = A4
    c = canvas.Canvas(pdf, pagesize=A4, invariant=1)
    c.setTitle(curly(d["heading"])); c.setAuthor("Invented for testing")
    X0, CW, RULE, TABW = 130, 410, 14.5, 86
    y_top = H - 60
    page_no = 1

    def footer():
        c.setFont("LS", 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(X0, 30, curly(FOOT)); c.drawRightString(X0 + CW, 30, f"Card page {page_no}")

    c.setFont("LSB", 16); c.setFillColorRGB(0, 0, 0); c.drawString(X0, y_top, curly(d["heading"]))
    y = y_top - 18
    for ln in wrap(d["intro"], "LS", 9.5, CW):
        c.setFont("LS", 9.5); c.drawString(X0, y, ln); y -= 12.5
    y -= 12
    for i, e in enumerate(d["entries"], 1):
        rows = card_lines(d, i, e, CW - 24)
        h = RULE * (len(rows) + 1.6)
        if y - h < 50:
            footer(); c.showPage(); page_no += 1; y = H - 50
        top, bottom = y, y - h
        c.setFillColorRGB(1.0, 0.98, 0.92); c.setStrokeColorRGB(0.6, 0.6, 0.55); c.setLineWidth(0.6)
        c.rect(X0, bottom, CW, h, fill=1, stroke=1)
        base = top - RULE * 1.2
        c.setStrokeColorRGB(0.85, 0.25, 0.25); c.setLineWidth(0.8)
        c.line(X0, base - 4, X0 + CW, base - 4)
        c.setStrokeColorRGB(0.55, 0.7, 0.9); c.setLineWidth(0.4)
        for k in range(1, len(rows)):
            yy = base - 4 - k * RULE
            if yy > bottom + 4: c.line(X0, yy, X0 + CW, yy)
        tabs, links = [], []
        for k, (kind, text, font, size, lab) in enumerate(rows):
            yl = base - k * RULE
            c.setFillColorRGB(0, 0, 0); c.setFont(font, size)
            if kind == "item": c.drawString(X0 + 12, yl, "\u2013"); c.drawString(X0 + 24, yl, text)
            elif kind == "itemcont": c.drawString(X0 + 24, yl, text)
            else: c.drawString(X0 + 12, yl, text)
            if kind == "link": links.append((X0 + 12, yl - 2, X0 + 12 + stringWidth(text, font, size), yl + size))
            if lab: tabs.append((lab, yl))
        for (x0, y0, x1, y1) in links:
            c.linkURL(url(d, i), (x0, y0, x1, y1), relative=0, thickness=0)
        for lab, yl in tabs:  # the tabs, drawn last, stick out of the card's left edge into the margin
            words = wrap(lab, "LSB", 8, TABW - 12)
            th = 10 * len(words) + 8
            ty = yl + 9
            c.setFillColorRGB(0.16, 0.36, 0.6); c.roundRect(X0 - TABW, ty - th, TABW + 6, th, 4, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1); c.setFont("LSB", 8)
            for k, w in enumerate(words): c.drawString(X0 - TABW + 6, ty - 11 - 10 * k, w)
        y = bottom - 22
    footer(); c.save()
    open(f"{src}/{stem}.txt", "w").write("ReportLab canvas; see render_b71_inputs.indexcards\n")


# ---------------------------------------------------------------- D. outline titles that differ from the printed headings
def outlinediffers(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fonts()
    W, H = A4
    c = canvas.Canvas(pdf, pagesize=A4, invariant=1)
    c.setTitle(curly(d["heading"])); c.setAuthor("Invented for testing")
    c.showOutline()
    L, CW = 72, W - 144
    state = dict(y=H - 72, page=1)

    def need(h):
        if state["y"] - h < 72:
            c.setFont("LS", 8); c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawCentredString(W / 2, 40, f"{curly(d['heading'])} | {state['page']}")
            c.showPage(); state["page"] += 1; state["y"] = H - 72

    def para(s, font="LR", size=10.5, lead=14, indent=0, bullet=None, after=5, uri=None):
        lines = wrap(s, font, size, CW - indent)
        need(lead * min(len(lines), 2))
        for k, ln in enumerate(lines):
            need(lead)
            state["y"] -= lead
            c.setFillColorRGB(0, 0, 0); c.setFont(font, size)
            if k == 0 and bullet: c.drawString(L + indent - 11, state["y"], bullet)
            c.drawString(L + indent, state["y"], ln)
            if uri: c.linkURL(uri, (L + indent, state["y"] - 2, L + indent + stringWidth(ln, font, size), state["y"] + size), relative=0, thickness=0)
        state["y"] -= after

    def mark(key, title):
        c.bookmarkHorizontal(key, 0, state["y"] + 4)
        c.addOutlineEntry(title, key, level=0)

    names = d["outline"]
    mark("intro", names[0])
    para(d["heading"], font="LSB", size=17, lead=22, after=6)
    para(d["intro"])
    for i, e in enumerate(d["entries"], 1):
        need(120); state["y"] -= 8
        mark(f"r{i}", names[i])
        para(e["title"], font="LSB", size=12.5, lead=17, after=3)
        para(e["summary"])
        for lab, items in groups(e):
            if lab is None: para(items); continue
            para(lab, font="LRB", after=2)
            for it in items: para(it, indent=16, bullet="\u2022", after=1.5)
            state["y"] -= 3
        para(e["link"], uri=url(d, i), after=8)
    need(40); state["y"] -= 10
    mark("notes", names[-1])
    para(FOOT, size=8.5, lead=11)
    c.setFont("LS", 8); c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawCentredString(W / 2, 40, f"{curly(d['heading'])} | {state['page']}")
    c.save()
    open(f"{src}/{stem}.txt", "w").write("ReportLab canvas; outline: " + " / ".join(names) + "\n")


# ---------------------------------------------------------------- E. kanban board, cards written row by row
def kanban(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fonts()
    W, H = landscape(A3)
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1)
    c.setTitle(curly(d["heading"])); c.setAuthor("Invented for testing")
    M, GAP = 40, 18
    n = len(d["entries"])
    CWID = (W - 2 * M - GAP * (n - 1)) / n
    c.setFont("LSB", 22); c.drawString(M, H - 56, curly(d["heading"]))
    c.setFont("LS", 10.5); c.drawString(M, H - 76, curly(d["intro"]))
    # each column's cards: a list of (fill, rows of (text, font, size, indent, bullet), uri)
    cols = []
    for i, e in enumerate(d["entries"], 1):
        cards = [((0.85, 0.9, 0.98), [(ln, "LSB", 11, 0, None) for ln in wrap(e["title"], "LSB", 11, CWID - 20)], None),
                 ((0.97, 0.97, 0.97), [(ln, "LS", 9, 0, None) for ln in wrap(e["summary"], "LS", 9, CWID - 20)], None)]
        for lab, items in groups(e):
            if lab is None:
                cards.append(((1.0, 0.95, 0.85), [(ln, "LS", 9, 0, None) for ln in wrap(items, "LS", 9, CWID - 20)], None)); continue
            rows = [(ln, "LSB", 9, 0, None) for ln in wrap(lab, "LSB", 9, CWID - 20)]
            for it in items:
                rows += [(ln, "LS", 9, 10, "\u2022" if k == 0 else None) for k, ln in enumerate(wrap(it, "LS", 9, CWID - 30))]
            cards.append(((1.0, 0.97, 0.8) if lab.startswith("Learn") else (0.88, 0.96, 0.88) if lab.startswith("Rec") else (0.95, 0.9, 1.0), rows, None))
        cards.append(((0.97, 0.97, 0.97), [(e["link"], "LS", 9, 0, None)], url(d, i)))
        cols.append(cards)
    # lay out: heights per card, then draw row by row (card k of every column before card k+1 of any)
    tops = [H - 100] * n
    placed = [[] for _ in range(n)]
    for ci, cards in enumerate(cols):
        y = H - 100
        for fill, rows, uri in cards:
            h = 12 * len(rows) + 14
            placed[ci].append((y, h, fill, rows, uri)); y -= h + 10
    for k in range(max(len(p) for p in placed)):
        for ci in range(n):
            if k >= len(placed[ci]): continue
            y, h, fill, rows, uri = placed[ci][k]
            x0 = M + ci * (CWID + GAP)
            c.setFillColorRGB(*fill); c.setStrokeColorRGB(0.75, 0.75, 0.75); c.setLineWidth(0.5)
            c.roundRect(x0, y - h, CWID, h, 5, fill=1, stroke=1)
            c.setFillColorRGB(0, 0, 0)
            for r, (text, font, size, indent, bullet) in enumerate(rows):
                yl = y - 14 - 12 * r
                c.setFont(font, size)
                if bullet: c.drawString(x0 + 10 + indent - 9, yl, bullet)
                c.drawString(x0 + 10 + indent, yl, text)
                if uri: c.linkURL(uri, (x0 + 10, yl - 2, x0 + 10 + stringWidth(text, font, size), yl + size), relative=0, thickness=0)
    c.setFont("LS", 8); c.setFillColorRGB(0.35, 0.35, 0.35); c.drawString(M, 24, curly(FOOT))
    c.save()
    open(f"{src}/{stem}.txt", "w").write("ReportLab canvas; kanban board, cards written row by row\n")


MAKERS = {"indexcards": indexcards, "calibre": calibre, "context": context, "outlinediffers": outlinediffers, "kanban": kanban}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", fname[:-4])
        print("wrote", fname)
