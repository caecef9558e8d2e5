# Renders the inputs of batch b73 (see render_b73.py and entries_b73.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b73/source/ (run with /usr/bin/python3: reportlab 3.6,
# PyMuPDF 1.21 (Debian python3-fitz); pdflatex with tufte-latex; soffice; pdftk):
# A: LaTeX TUFTE-HANDOUT (pdflatex): each entry a \section*, its link and publication note as a \marginnote in the wide right
#    margin level with the title, a numbered \sidenote after the summary (a superscript mark in the text, the note in the
#    margin), bold label paragraphs over itemize lists.
# B: PyMuPDF SEVEN-MINUTE BRIEFINGS, A4, one review a page: a coloured title band, then SEVEN NUMBERED BOXES in a two-column
#    grid (number in a circle on each box's corner): background (the summary), the lists, and reflective boxes that are no
#    field ('Why it matters', 'Questions to consider', 'About this briefing'), the link last.
# C: LibreOffice Writer PDF of an HTML digest, then STAMPED by pdftk `multistamp` with a ReportLab page: a VERTICAL
#    classification line up the left margin (rotated 90 degrees) and a Bates-style number at each page's foot.
# D: PyMuPDF Story (HTML and CSS laid out by MuPDF): a FIGURES DASHBOARD (a row of tiles with big numbers) under the heading,
#    h2 entries, and a GLOSSARY after the last entry (a definition list of review types and terms).
# E: PyMuPDF TRI-FOLD LEAFLET, A4 landscape, 2 pages of three panels: page 1 is the outside (left: the inside flap with the
#    fourth review; middle: the back panel, about the leaflet; RIGHT: the COVER with the heading and intro), page 2 the
#    inside (reviews 1-3, one a panel). Each page's panels are written left to right.
import html, os, subprocess
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"
LIB = "/usr/share/fonts/truetype/liberation"


def run(cmd, cwd=None, ok=(0,), env=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {})), timeout=900)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stdout[-1500:]!r} {r.stderr[-2000:]!r}")
    return r


def x(s):
    return html.escape(curly(s), quote=False)


def tex(s):
    s = curly(s)
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- A. tufte-handout
def tufte(d, src, pdf, stem):
    t = [r"\documentclass[a4paper]{tufte-handout}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}",
         r"\usepackage{hyperref}", r"\hypersetup{pdftitle={" + tex(d["heading"]) + "}, pdfauthor={Invented for testing}}",
         r"\title{" + tex(d["heading"]) + "}", r"\author{Learning and Improvement Group}", r"\date{April 2025}",
         r"\begin{document}", r"\maketitle", tex(d["intro"]), "", r"\marginnote{" + tex(FOOT) + "}", ""]
    for i, e in enumerate(d["entries"], 1):
        t += [r"\section*{" + tex(e["title"]) + "}", r"\marginnote{Published April 2025. \href{" + url(d, i) + "}{" + tex(e["link"]) + "}}",
              tex(e["summary"]) + r"\sidenote{The review was published by an invented partnership.}", ""]
        for lab, items in groups(e):
            if lab is None: t += [tex(items), ""]; continue
            t += [r"\textbf{" + tex(lab) + "}", r"\begin{itemize}"] + [r"\item " + tex(s) for s in items] + [r"\end{itemize}", ""]
    t += [r"\end{document}"]
    open(f"{src}/{stem}.tex", "w").write("\n".join(t) + "\n")
    for _ in range(2): run(["pdflatex", "-interaction=nonstopmode", f"{stem}.tex"], cwd=src)
    os.replace(f"{src}/{stem}.pdf", pdf)
    for ext in ("aux", "log", "out"):
        if os.path.exists(f"{src}/{stem}.{ext}"): os.remove(f"{src}/{stem}.{ext}")


# ---------------------------------------------------------------- shared PyMuPDF helpers
def fz_fonts(page):
    page.insert_font(fontname="LS", fontfile=f"{LIB}/LiberationSans-Regular.ttf")
    page.insert_font(fontname="LSB", fontfile=f"{LIB}/LiberationSans-Bold.ttf")


def fz_wrap(s, size, width, bold=False):
    import fitz
    font = fitz.Font(fontfile=f"{LIB}/LiberationSans-{'Bold' if bold else 'Regular'}.ttf")
    lines, cur = [], ""
    for w in curly(s).split():
        t = (cur + " " + w).strip()
        if cur and font.text_length(t, fontsize=size) > width: lines.append(cur); cur = w
        else: cur = t
    return lines + ([cur] if cur else [])


def fz_block(page, x0, y, width, rows, lead=1.3, color=(0, 0, 0)):
    """rows: (text, size, bold, indent, bullet, uri); returns the y under the last line."""
    import fitz
    for text, size, bold, indent, bullet, uri in rows:
        for k, line in enumerate(fz_wrap(text, size, width - indent, bold)):
            y += size * lead
            if bullet and k == 0: page.insert_text((x0 + indent - 9, y), bullet, fontname="LS", fontsize=size)
            page.insert_text((x0 + indent, y), line, fontname="LSB" if bold else "LS", fontsize=size, color=color)
            if uri:
                w = fitz.Font(fontfile=f"{LIB}/LiberationSans-Regular.ttf").text_length(line, fontsize=size)
                page.insert_link({"kind": fitz.LINK_URI, "from": fitz.Rect(x0 + indent, y - size, x0 + indent + w, y + 2), "uri": uri})
        y += size * 0.35
    return y


def entry_rows(d, i, e, size=9.5):
    rows = [(e["title"], size + 2, True, 0, None, None), (e["summary"], size, False, 0, None, None)]
    for lab, items in groups(e):
        if lab is None: rows.append((items, size, False, 0, None, None)); continue
        rows.append((lab, size, True, 0, None, None))
        rows += [(s, size, False, 10, "\u2022", None) for s in items]
    rows.append((e["link"], size, False, 0, None, url(d, i)))
    return rows


# ---------------------------------------------------------------- B. seven-minute briefings
def sevenminute(d, src, pdf, stem):
    import fitz
    doc = fitz.open(); W, H = fitz.paper_size("a4")
    doc.set_metadata({"title": curly(d["heading"]), "author": "Invented for testing", "producer": "PyMuPDF 1.21"})
    for i, e in enumerate(d["entries"], 1):
        page = doc.new_page(width=W, height=H); fz_fonts(page)
        top = 40
        if i == 1:
            page.insert_text((40, 58), curly(d["heading"]), fontname="LSB", fontsize=20)
            top = fz_block(page, 40, 66, W - 80, [(d["intro"], 10, False, 0, None, None)]) + 8
        page.draw_rect(fitz.Rect(40, top, W - 40, top + 46), color=None, fill=(0.16, 0.33, 0.55))
        page.insert_text((52, top + 16), "Seven-minute briefing", fontname="LS", fontsize=9, color=(1, 1, 1))
        page.insert_text((52, top + 36), curly(e["title"]), fontname="LSB", fontsize=15, color=(1, 1, 1))
        boxes = [("Background", [(e["summary"], 9.5, False, 0, None, None)])]
        for lab, items in groups(e):
            if lab is None: boxes.append(("Recommendations", [(items, 9.5, False, 0, None, None)])); continue
            boxes.append((lab, [(s, 9.5, False, 10, "\u2022", None) for s in items]))
        boxes.append(("Why it matters", [(d["why"][i - 1], 9.5, False, 0, None, None)]))
        boxes.append(("Questions to consider", [(q, 9.5, False, 10, "?", None) for q in d["questions"][i - 1]]))
        boxes.append(("Read the review", [(e["link"], 9.5, False, 0, None, url(d, i))]))
        if len(boxes) < 7: boxes.append(("About this briefing", [(FOOT, 9.5, False, 0, None, None)]))
        colw = (W - 80 - 16) / 2; y = top + 60
        for r in range(0, 7, 2):
            pair = boxes[r:r + 2]; wide = len(pair) == 1
            hs = []
            for k, (head, rows) in enumerate(pair):
                tmp = fitz.open(); tp = tmp.new_page(width=W, height=H); fz_fonts(tp)
                hs.append(fz_block(tp, 0, 0, (W - 80 if wide else colw) - 36, [(head, 10.5, True, 0, None, None)] + rows) + 12)
            h = max(hs)
            for k, (head, rows) in enumerate(pair):
                x0 = 40 + k * (colw + 16); bw = W - 80 if wide else colw
                page.draw_rect(fitz.Rect(x0, y, x0 + bw, y + h), color=(0.16, 0.33, 0.55), fill=(0.93, 0.96, 1.0), width=0.8)
                page.draw_circle((x0 + 14, y + 14), 10, color=None, fill=(0.16, 0.33, 0.55))
                n = str(r + k + 1)
                page.insert_text((x0 + 11, y + 18), n, fontname="LSB", fontsize=11, color=(1, 1, 1))
                fz_block(page, x0 + 30, y + 2, bw - 36, [(head, 10.5, True, 0, None, None)] + rows)
            y += h + 12
        page.insert_text((40, H - 30), curly(FOOT), fontname="LS", fontsize=7.5, color=(0.4, 0.4, 0.4))
        page.insert_text((W - 90, H - 30), f"Briefing {i} of 4", fontname="LS", fontsize=7.5, color=(0.4, 0.4, 0.4))
    doc.save(pdf, garbage=3, deflate=True)
    open(f"{src}/{stem}.txt", "w").write("PyMuPDF 1.21; seven numbered boxes a page, two columns\n")


# ---------------------------------------------------------------- C. Writer + pdftk stamp
def stamped(d, src, pdf, stem):
    out = [f"<html><head><meta charset='utf-8'><title>{x(d['heading'])}</title>",
           "<style>body{font-family:'Liberation Serif';font-size:11pt} h2{font-size:14pt;margin-top:1.2em}</style></head><body>",
           f"<h1>{x(d['heading'])}</h1><p>{x(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        out.append(f"<h2>{x(e['title'])}</h2><p>{x(e['summary'])}</p>")
        for lab, items in groups(e):
            if lab is None: out.append(f"<p>{x(items)}</p>"); continue
            out.append(f"<p><b>{x(lab)}</b></p><ul>" + "".join(f"<li>{x(s)}</li>" for s in items) + "</ul>")
        out.append(f"<p><a href='{url(d, i)}'>{x(e['link'])}</a></p>")
    out.append(f"<p><i>{x(FOOT)}</i></p></body></html>")
    open(f"{src}/{stem}.html", "w").write("\n".join(out))
    prof = "file:///tmp/lo-d73"
    run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", src, f"{src}/{stem}.html"])
    base = f"{src}/{stem}-base.pdf"; os.replace(f"{src}/{stem}.pdf", base)
    from pypdf import PdfReader
    n = len(PdfReader(base).pages); w, h = (float(v) for v in PdfReader(base).pages[0].mediabox.upper_right)
    from reportlab.pdfgen import canvas
    stamp = f"{src}/{stem}-stamp.pdf"; c = canvas.Canvas(stamp, pagesize=(w, h))
    for p in range(1, n + 1):
        c.saveState(); c.translate(22, 120); c.rotate(90); c.setFont("Helvetica-Bold", 9); c.setFillColorRGB(0.6, 0.1, 0.1)
        c.drawString(0, 0, "OFFICIAL \u2013 invented material for training \u2013 do not circulate"); c.restoreState()
        c.setFont("Courier", 9); c.setFillColorRGB(0, 0, 0); c.drawRightString(w - 30, 18, f"LSCP-TRG-{230 + p:06d}")
        c.showPage()
    c.save()
    run(["pdftk", base, "multistamp", stamp, "output", pdf])
    os.remove(base); os.remove(stamp)


# ---------------------------------------------------------------- D. PyMuPDF Story, dashboard and glossary
GLOSSARY = [("Child safeguarding practice review", "A review in England of a serious incident, led by the local safeguarding partners."),
            ("Child practice review", "The Welsh review of a case where a child has died or been seriously harmed."),
            ("Learning review", "The Scottish review of a case, led by the chief officers' group."),
            ("Serious case review", "The review used in England before 2019."),
            ("Early help", "Support given to a family before problems get worse.")]


def story(d, src, pdf, stem):
    import fitz
    es = d["entries"]
    deaths = sum(1 for e in es if e["t"]["outcome"] == "death")
    tiles = [(str(len(es)), "reviews published"), (str(deaths), "reviews after a death"), ("1", "review from Wales"), ("1", "review from Scotland")]
    top = ["<h1>" + x(d["heading"]) + "</h1>", "<p>" + x(d["intro"]) + "</p>"]
    out = []
    for i, e in enumerate(es, 1):
        out.append(f"<h2>{x(e['title'])}</h2><p>{x(e['summary'])}</p>")
        for lab, items in groups(e):
            if lab is None: out.append(f"<p>{x(items)}</p>"); continue
            out.append(f"<p><b>{x(lab)}</b></p><ul>" + "".join(f"<li>{x(s)}</li>" for s in items) + "</ul>")
        out.append(f"<p><a href='{url(d, i)}'>{x(e['link'])}</a></p>")
    out.append("<h2>Glossary</h2><dl>" + "".join(f"<dt><b>{x(t)}</b></dt><dd>{x(v)}</dd>" for t, v in GLOSSARY) + "</dl>")
    out.append(f"<p class='small'>{x(FOOT)}</p>")
    css = "body{font-family:sans-serif;font-size:10pt} h1{font-size:18pt} h2{font-size:13pt;color:#1c4f82;margin-top:12pt} .small{font-size:8pt}"
    open(f"{src}/{stem}.html", "w").write(f"<html><head><style>{css}</style></head><body>" + "\n".join(top)
                                         + "<!-- the figures dashboard is drawn here by PyMuPDF -->" + "\n".join(out) + "</body></html>")
    W, H = fitz.paper_size("a4"); TOP = 128
    wr = fitz.DocumentWriter(pdf)
    dev = wr.begin_page(fitz.Rect(0, 0, W, H))
    head = fitz.Story(html="\n".join(top), user_css=css); head.place(fitz.Rect(50, 40, W - 50, TOP)); head.draw(dev)
    st = fitz.Story(html="\n".join(out), user_css=css); more, _ = st.place(fitz.Rect(50, TOP + 70, W - 50, H - 60)); st.draw(dev)
    wr.end_page()
    while more:
        dev = wr.begin_page(fitz.Rect(0, 0, W, H)); more, _ = st.place(fitz.Rect(50, 50, W - 50, H - 60)); st.draw(dev); wr.end_page()
    wr.close()
    doc = fitz.open(pdf); doc.set_metadata({"title": curly(d["heading"]), "author": "Invented for testing"})
    for k, page in enumerate(doc, 1):
        page.wrap_contents(); fz_fonts(page)
        if k == 1:
            tw = (W - 100 - 3 * 10) / 4
            for j, (n, t) in enumerate(tiles):
                x0 = 50 + j * (tw + 10)
                page.draw_rect(fitz.Rect(x0, TOP + 6, x0 + tw, TOP + 60), color=None, fill=(0.91, 0.94, 0.97))
                page.insert_text((x0 + 10, TOP + 36), n, fontname="LSB", fontsize=22, color=(0.11, 0.31, 0.51))
                page.insert_text((x0 + 10, TOP + 52), t, fontname="LS", fontsize=8.5)
        page.insert_text((50, H - 30), f"{curly(d['heading'])}  |  page {k}", fontname="LS", fontsize=8, color=(0.4, 0.4, 0.4))
    doc.save(pdf + ".tmp", garbage=3, deflate=True); doc.close(); os.replace(pdf + ".tmp", pdf)


# ---------------------------------------------------------------- E. tri-fold leaflet
def trifold(d, src, pdf, stem):
    import fitz
    doc = fitz.open(); W, H = fitz.paper_size("a4-l"); PW = W / 3; M = 24
    doc.set_metadata({"title": curly(d["heading"]), "author": "Invented for testing", "producer": "PyMuPDF 1.21"})
    es = d["entries"]
    outside = doc.new_page(width=W, height=H); fz_fonts(outside)
    fz_block(outside, 0 * PW + M, M, PW - 2 * M, entry_rows(d, 4, es[3]))
    outside.draw_rect(fitz.Rect(PW + M, M, 2 * PW - M, M + 120), color=None, fill=(0.95, 0.92, 0.85))
    fz_block(outside, PW + M + 10, M + 4, PW - 2 * M - 20, [("About this leaflet", 11, True, 0, None, None), (FOOT, 9, False, 0, None, None),
             ("Westmoor Safeguarding Children Partnership (invented), Market Street, Westmoor", 9, False, 0, None, None)])
    outside.draw_rect(fitz.Rect(2 * PW, 0, W, 150), color=None, fill=(0.16, 0.33, 0.55))
    fz_block(outside, 2 * PW + M, 50, PW - 2 * M, [(d["heading"], 20, True, 0, None, None)], color=(1, 1, 1))
    fz_block(outside, 2 * PW + M, 170, PW - 2 * M, [(d["intro"], 11, False, 0, None, None)])
    inside = doc.new_page(width=W, height=H); fz_fonts(inside)
    for k in range(3):
        fz_block(inside, k * PW + M, M, PW - 2 * M, entry_rows(d, k + 1, es[k]))
    doc.save(pdf, garbage=3, deflate=True)
    open(f"{src}/{stem}.txt", "w").write("PyMuPDF 1.21; tri-fold: page 1 flap | back | cover, page 2 three inside panels\n")


MAKERS = {"tufte": tufte, "sevenminute": sevenminute, "stamped": stamped, "story": story, "trifold": trifold}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", fname[:-4])
        print("wrote", fname)
