# Inputs of batch b31 (see entries_b31.py). Invented material, test fixtures only. Each render_* writes one input PDF and its
# source under OUT/source. Needs pdflatex (ocgx2, beamer, pgfpages, hyperref), chromium, ghostscript (ps2pdf), java 17 and the
# PDFBox 3 jars (pdfbox, pdfbox-io, fontbox, commons-logging) named by PDFBOX_CP for render_b31_frames.java.
import json, os, re, shutil, subprocess, tempfile, html

G = os.path.dirname(os.path.abspath(__file__))
EDITOR_NOTES = []  # set by render_b31.py from entries_b31.py


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.split(":")[0].lower()).strip("-")


def link_url(month, title):
    return f"https://learning.nspcc.org.uk/media/{month.replace('-', '')}/{slug(title)}-review.pdf"


def sections(e):
    """(label, items) in digest order; the no-recommendations sentence stands in for an empty recommendations list."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]:
        out.append((e["lab"][1], e["recs"]))
    if e["good"]:
        out.append((e["lab"][2], e["good"]))
    return out


# ---------- A: pdflatex with an optional-content layer switched off
def tex(s):
    s = s.replace("\\", "\\textbackslash{}")
    for a, b in (("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_")):
        s = s.replace(a, b)
    return s.replace("’", "'").replace("'", "'")


def render_hidden_layer(name, d, out, src):
    notes = EDITOR_NOTES
    L = [r"\documentclass[11pt,a4paper]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}",
         r"\usepackage[margin=22mm]{geometry}", r"\usepackage{xcolor}", r"\usepackage{ocgx2}",
         r"\usepackage[hidelinks]{hyperref}", r"\hypersetup{pdftitle={%s}}" % tex(d["heading"]),
         r"\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}", r"\pagestyle{plain}", r"\begin{document}",
         r"{\LARGE\bfseries %s\par}" % tex(d["heading"]), tex(d["intro"]), ""]
    for i, e in enumerate(d["entries"]):
        L.append(r"\section*{%s}" % tex(e["title"]))
        L.append(tex(e["summary"]) + "\n")
        # the editor's note: a layer named 'Editor notes', initially hidden, not printed
        L.append(r"\begin{ocg}[printocg=never]{Editor notes}{ednotes}{0}\colorbox{yellow}{\parbox{0.9\linewidth}{\small %s}}\end{ocg}" % tex(notes[i % len(notes)]) + "\n")
        for lab, items in sections(e):
            L.append(r"\textbf{%s}" % tex(lab))
            L.append(r"\begin{itemize}" + "".join(r"\item %s" % tex(x) + "\n" for x in items) + r"\end{itemize}")
        if e["norec"]:
            L.append(tex(e["norec"]) + "\n")
        L.append(r"\href{%s}{%s}" % (link_url(d["month"], e["title"]), tex(e["link"])) + "\n")
    L.append(r"\end{document}")
    run_tex("\n".join(L), name, out, src, "pdflatex")


def run_tex(source, name, out, src, engine):
    base = name[:-4]
    open(f"{src}/{base}.tex", "w").write(source)
    with tempfile.TemporaryDirectory() as t:
        shutil.copy(f"{src}/{base}.tex", t)
        for _ in range(2):
            subprocess.run([engine, "-interaction=nonstopmode", f"{base}.tex"], cwd=t, check=True, stdout=subprocess.DEVNULL)
        shutil.copy(f"{t}/{base}.pdf", f"{out}/{name}")


# ---------- B: PDFBox threaded frames with an 'In this issue' sidebar
def render_frames(name, d, out, src):
    story = []
    for i, e in enumerate(d["entries"], 1):
        story.append(["title", e["title"]])
        story.append(["body", e["summary"]])
        for lab, items in sections(e):
            story.append(["label", lab])
            story += [["bullet", x] for x in items]
        if e["norec"]:
            story.append(["body", e["norec"]])
        story.append(["link", e["link"], link_url(d["month"], e["title"])])
    # one line per frame item: kind TAB text [TAB url]; the Java program threads the story through its frames
    head = [["heading", d["heading"]], ["intro", d["intro"]], ["masthead", "Safeguarding learning · newsletter"]]
    head += [["issue", e["title"]] for e in d["entries"]]
    base = name[:-4]
    open(f"{src}/{base}.txt", "w").write("\n".join("\t".join(r) for r in head + story) + "\n")
    subprocess.run(["java", "-cp", os.environ["PDFBOX_CP"], f"{G}/render_b31_frames.java", f"{src}/{base}.txt", f"{out}/{name}"], check=True)


# ---------- C: Chromium print of an accessible HTML page with open <details>
CSS = """body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0}main{max-width:none}
h1{font-size:20pt;color:#1d3c6e}details{border-top:2px solid #1d3c6e;margin:14px 0;padding-top:4px}
summary{list-style:none;cursor:pointer}summary h2{display:inline;font-size:14pt;color:#1d3c6e}summary::after{content:' ▾'}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:18px}.cols h3,.gp h3{font-size:11pt;margin:4px 0}
.cols ul,.gp ul{margin:0;padding-left:18px}.cols section{background:#f2f5fa;padding:4px 8px}
.skip{position:absolute;left:-9999px}@page{size:A4;margin:18mm}footer{font-size:8pt;color:#555;margin-top:20px}"""


def render_details(name, d, out, src):
    h = html.escape
    P = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{h(d['heading'])}</title><style>{CSS}</style></head><body>",
         "<a class='skip' href='#main'>Skip to main content</a>", "<main id='main'>", f"<h1>{h(d['heading'])}</h1>", f"<p>{h(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        P.append(f"<details open id='review-{i}'><summary><h2>{h(e['title'])}</h2></summary>")
        P.append(f"<p>{h(e['summary'])}</p>")
        P.append("<div class='cols'>")
        P.append(f"<section aria-label='Learning'><h3>{h(e['lab'][0])}</h3><ul>" + "".join(f"<li>{h(x)}</li>" for x in e["learning"]) + "</ul></section>")
        if e["recs"]:
            P.append(f"<section aria-label='Recommendations'><h3>{h(e['lab'][1])}</h3><ul>" + "".join(f"<li>{h(x)}</li>" for x in e["recs"]) + "</ul></section>")
        else:
            P.append(f"<section aria-label='Recommendations'><p>{h(e['norec'])}</p></section>")
        P.append("</div>")
        if e["good"]:
            P.append(f"<div class='gp'><h3>{h(e['lab'][2])}</h3><ul>" + "".join(f"<li>{h(x)}</li>" for x in e["good"]) + "</ul></div>")
        P.append(f"<p><a href='{link_url(d['month'], e['title'])}'>{h(e['link'])}</a></p></details>")
    P.append("</main><footer>NSPCC Learning · case review summaries</footer></body></html>")
    base = name[:-4]
    open(f"{src}/{base}.html", "w").write("\n".join(P))
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={t}", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}/{name}", f"file://{src}/{base}.html"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------- D: hand-written PostScript, footnoted URLs, a printed index of reviews
PS_MAP = {"’": "\\047", "'": "\\047", "–": "\\261", "•": "\\267", "(": "\\(", ")": "\\)", "\\": "\\\\"}


def ps(s):
    return "".join(PS_MAP.get(c, c) for c in s)


def wrap(s, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur] if cur else lines


INDEX_THEMES = {"neglect": "Neglect", "sexual": "Sexual abuse", "online": "Online abuse", "domestic": "Domestic abuse",
                "killed": "Deaths of young people", "disab": "Disabled children", "foster": "Children in care"}


def render_postscript(name, d, out, src):
    pages, fn = [], 0
    for e in d["entries"]:
        y, P = 790, []
        def line(text, font="Times-Roman", size=10.5, x=60, lead=14):
            nonlocal y
            P.append(f"/{font} findfont {size} scalefont setfont {x} {y} moveto ({ps(text)}) show"); y -= lead
        if not pages:
            line(d["heading"], "Times-Bold", 18, lead=24)
            for l in wrap(d["intro"], 92): line(l)
            y -= 8
        line(e["title"], "Times-Bold", 13, lead=18)
        for l in wrap(e["summary"], 92): line(l)
        y -= 4
        for lab, items in sections(e):
            line(lab, "Times-Bold", 10.5)
            for x in items:
                for k, l in enumerate(wrap(x, 86)):
                    if k == 0: P.append(f"/Times-Roman findfont 10.5 scalefont setfont 66 {y} moveto (\\267) show")
                    line(l, x=78)
            y -= 3
        if e["norec"]:
            for l in wrap(e["norec"], 92): line(l)
        fn += 1
        P.append(f"/Times-Italic findfont 10.5 scalefont setfont 60 {y} moveto ({ps(e['link'])}) show")
        P.append(f"/Times-Roman findfont 7 scalefont setfont currentpoint 4 add moveto ({fn}) show"); y -= 14
        P.append("0.5 setlinewidth 60 92 moveto 200 92 lineto stroke")
        P.append(f"/Times-Roman findfont 8 scalefont setfont 60 80 moveto ({fn} {ps(link_url(d['month'], e['title']))}) show")
        pages.append(P)
    # the printed index of reviews, by theme, with page numbers
    P, y = [], 790
    P.append(f"/Times-Bold findfont 15 scalefont setfont 60 {y} moveto (Index of reviews) show"); y -= 22
    for key, theme in INDEX_THEMES.items():
        hits = [(k + 1, e["title"].split(":")[0]) for k, e in enumerate(d["entries"]) if key in e["summary"].lower()]
        if not hits: continue
        P.append(f"/Times-Bold findfont 10 scalefont setfont 60 {y} moveto ({ps(theme)}) show"); y -= 13
        for pg, who in hits:
            P.append(f"/Times-Roman findfont 10 scalefont setfont 72 {y} moveto ({ps(who)} . . . . . . . . . . . . . . . . {pg}) show"); y -= 13
        y -= 4
    pages.append(P)
    doc = ["%!PS-Adobe-3.0", f"%%Title: {d['heading'].replace('–', '-')}", f"%%Pages: {len(pages)}", "%%EndComments"]
    for n, P in enumerate(pages, 1):
        doc += [f"%%Page: {n} {n}"] + P + [f"/Times-Roman findfont 9 scalefont setfont 290 50 moveto ({n}) show", "showpage"]
    doc.append("%%EOF")
    base = name[:-4]
    open(f"{src}/{base}.ps", "w", encoding="latin-1").write("\n".join(doc) + "\n")
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", f"{src}/{base}.ps", f"{out}/{name}"], check=True)


# ---------- E: beamer handout, two slides to an A4 page
def render_beamer(name, d, out, src):
    L = [r"\documentclass[handout,11pt]{beamer}", r"\usepackage[T1]{fontenc}", r"\usepackage[utf8]{inputenc}", r"\usepackage{lmodern}", r"\usepackage{pgfpages}",
         r"\pgfpagesuselayout{2 on 1}[a4paper,border shrink=6mm]", r"\usetheme{default}", r"\setbeamertemplate{navigation symbols}{}",
         r"\setbeamertemplate{footline}[frame number]", r"\title{%s}" % tex(d["heading"]), r"\date{}", r"\begin{document}",
         r"\begin{frame}\titlepage\small %s\end{frame}" % tex(d["intro"])]
    for e in d["entries"]:
        L.append(r"\begin{frame}{%s}\small %s\par\bigskip\href{%s}{%s}\end{frame}" % (tex(e["title"]), tex(e["summary"]), link_url(d["month"], e["title"]), tex(e["link"])))
        body = ""
        for lab, items in sections(e):
            body += r"\begin{block}{%s}\begin{itemize}" % tex(lab) + "".join(r"\item %s" % tex(x) for x in items) + r"\end{itemize}\end{block}"
        if e["norec"]:
            body += tex(e["norec"])
        L.append(r"\begin{frame}{%s (continued)}\footnotesize %s\end{frame}" % (tex(e["title"]), body))
    L.append(r"\end{document}")
    run_tex("\n".join(L), name, out, src, "pdflatex")


RENDER = {"hidden-layer": render_hidden_layer, "threaded-frames": render_frames, "details-sidebyside": render_details,
          "postscript-footnotes": render_postscript, "beamer-handout": render_beamer}


def render_inputs(B, OUT, names):
    os.makedirs(f"{OUT}/input", exist_ok=True); os.makedirs(f"{OUT}/source", exist_ok=True)
    for name, d in B.items():
        if names and name not in names: continue
        fn = next(f for k, f in RENDER.items() if k in name)
        fn(name, d, f"{OUT}/input", f"{OUT}/source")
        print("wrote", name)
