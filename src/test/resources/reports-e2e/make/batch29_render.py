"""Renderers of batch 29 (see batch29.py): jsPDF + jspdf-autotable and pptxgenjs (node, modules in BATCH29_NODE_PATH),
pandoc -> ConTeXt, pandoc -> groff ms (pdfroff), WeasyPrint with redaction boxes, Chromium -> pdftocairo -pdf,
Chromium -> Ghostscript PDF/A-2b, pdflatex + pdflscape. render(rep, d) returns the PDF made in d."""
import html, json, os, re
from batch19_render import run, soffice, chromium
from batch29_content import INVENTED, unredacted

h = lambda s: html.escape(s, quote=False)
HERE = os.path.dirname(os.path.abspath(__file__))
NODE_PATH = os.environ.get("BATCH29_NODE_PATH", "/tmp/m33r-node/node_modules")
REDACT = re.compile(r"\[\[(.*?)\]\]")


def node(script, rep, d):
    spec = os.path.join(d, "rep.json")
    json.dump(dict(rep, invented=INVENTED), open(spec, "w", encoding="utf-8"))
    run(["node", os.path.join(HERE, script), spec, os.path.join(d, "r.pdf" if "jspdf" in script else "r.pptx")], d,
        env=dict(os.environ, NODE_PATH=NODE_PATH))


def jspdf(rep, d):
    node("batch29_jspdf.js", rep, d)
    return os.path.join(d, "r.pdf")


def pptx(rep, d):
    node("batch29_pptx.js", rep, d)
    return soffice(os.path.join(d, "r.pptx"), d, "pdf:impress_pdf_Export")


# ---------------- pandoc (ConTeXt, ms) ----------------
def markdown(rep):
    c, out = rep["cover"], []
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("# " + b[1] + (" {-}" if b[1].startswith("Appendix") else ""))
        elif k == "p":
            out.append(unredacted(b[1]))
        elif k == "items":
            mark = "1." if b[3] == "ol" else "-"
            out.append("\n".join("%s %s" % (mark, t) for t in b[2]))
        elif k == "rectable":
            out.append("| No. | Recommendation | Lead |\n|---:|:----------------------------------|:--------|\n" +
                       "\n".join("| %d | %s | %s |" % (i + 1, r, l) for i, (r, l) in enumerate(b[1])))
        elif k == "gloss":
            out.append("\n\n".join("%s\n:   %s" % (t, m) for t, m in b[1]))
    head = "---\ntitle: \"%s\"\nauthor: \"%s\"\ndate: \"%s\"\n---\n\n%s\n\n%s\n\n" % (
        c["title"], c["by"], c["date"], c["partnership"], INVENTED)
    return head + "\n\n".join(out) + "\n"


def pandoc_context(rep, d):
    open(os.path.join(d, "r.md"), "w", encoding="utf-8").write(markdown(rep).replace(
        "\n\n# Introduction", "\n\n\\page\n\n# Introduction", 1))
    run(["pandoc", "r.md", "-N", "--pdf-engine=context", "-V", "papersize=A4", "-V", "fontsize=11pt", "-o", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


def pandoc_ms(rep, d):
    open(os.path.join(d, "r.md"), "w", encoding="utf-8").write(markdown(rep).replace(
        "\n\n# Introduction", "\n\n```{=ms}\n.bp\n```\n\n# Introduction", 1))
    run(["pandoc", "r.md", "-N", "-t", "ms", "--pdf-engine=pdfroff", "-o", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- HTML (WeasyPrint redacted, Chromium re-printed, Chromium PDF/A) ----------------
def html_blocks(rep, redact, number=False):
    out, n, lp = [], 0, 0
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            n += 1
            out.append("<h2>%s%s</h2>" % ("%d. " % n if number else "", h(b[1])))
        elif k == "p":
            t = h(b[1])
            out.append("<p>%s</p>" % (REDACT.sub(lambda m: "<span class='rd' style='width:%.1fem'></span>" % (0.55 * len(m.group(1))), t)
                                      if redact else unredacted(t)))
        elif k == "items":
            st = b[3]
            if st == "boxes":
                for t in b[2]:
                    lp += 1
                    out.append("<div class='lp'><p class='lpl'>Learning point %d</p><p>%s</p></div>" % (lp, h(t)))
            elif st == "boldfirst":
                out.append("<ol>" + "".join("<li><b>%s</b> %s</li>" % (h(" ".join(t.split()[:6])), h(" ".join(t.split()[6:])))
                                            for t in b[2]) + "</ol>")
            elif st == "labels":
                out += ["<p><b>Recommendation %d</b> %s</p>" % (i + 1, h(t)) for i, t in enumerate(b[2])]
            else:
                tag = "ol" if st == "ol" else "ul"
                out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in b[2]), tag))
        elif k == "rectable":
            out.append("<table class='rt'><thead><tr><th>No.</th><th>Recommendation</th><th>Lead</th></tr></thead><tbody>" +
                       "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (i + 1, h(r), h(l)) for i, (r, l) in enumerate(b[1]))
                       + "</tbody></table>")
        elif k == "gloss":
            out.append("<table class='gl'>" + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (h(t), h(m)) for t, m in b[1])
                       + "</table>")
    return "\n".join(out)


def cover_html(rep, redact):
    c = rep["cover"]
    by = REDACT.sub(lambda m: "<span class='rd' style='width:%.1fem'></span>" % (0.55 * len(m.group(1))), h(c["by"])) \
        if redact else h(unredacted(c["by"]))
    return ("<section class='cover'><p class='part'>%s</p><h1>%s</h1><p class='by'>%s</p><p class='date'>%s</p>%s"
            "<p class='inv'>%s</p></section>" % (h(c["partnership"]), h(c["title"]).replace(": ", ":<br>"), by, h(c["date"]),
                                                  "<p class='rv'>Redacted version for publication</p>" if redact else "",
                                                  h(INVENTED)))


def redacted(rep, d):
    css = """@page { size: A4; margin: 22mm 20mm 24mm;
      @bottom-center { content: "Corran Bridge LCSPR Child R - redacted - page " counter(page); font: 8pt 'DejaVu Sans'; } }
    body { font: 10pt/1.45 'DejaVu Sans'; } h1 { font-size: 24pt; color: #7a1020; margin-top: 50mm; }
    h2 { color: #7a1020; font-size: 14pt; border-bottom: 1px solid #7a1020; margin-top: 1.4em; }
    .cover { page-break-after: always; } .part { font-size: 13pt; } .inv { margin-top: 60mm; font-size: 9pt; }
    .rv { font-weight: bold; color: #555; }
    .rd { display: inline-block; height: 1.05em; background: #000; vertical-align: -0.2em; }
    table { border-collapse: collapse; width: 100%; } td, th { border: 0.6pt solid #444; padding: 4pt; vertical-align: top; }
    th { background: #eee; text-align: left; }"""
    page = "<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>" % (
        h(rep["cover"]["title"]), css, cover_html(rep, True), html_blocks(rep, True, number=True))
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(page)
    run(["weasyprint", src, pdf], d)
    return pdf


def reprinted(rep, d):
    css = """@page { size: A4; margin: 20mm 22mm; } body { font: 11pt/1.5 'Liberation Serif'; }
    h1 { font: bold 30pt 'Liberation Sans'; color: #0d6e6e; margin-top: 60mm; } h1 small { display: block; font-size: 16pt; }
    h2 { font: bold 15pt 'Liberation Sans'; color: #0d6e6e; margin-top: 1.3em; }
    .cover { page-break-after: always; } .inv { margin-top: 70mm; font-size: 9pt; }
    .lp { background: #e3f2f1; padding: 6pt 10pt; margin: 8pt 0; break-inside: avoid; } .lpl { font-weight: bold; margin: 0; }
    table { border-collapse: collapse; width: 100%; } td { border-bottom: 0.5pt solid #888; padding: 3pt; vertical-align: top; }"""
    c = rep["cover"]
    cover = ("<section class='cover'><p>%s</p><h1><small>A learning review</small>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s"
             "</p></section>" % (h(c["partnership"]), h(c["child_name"]), h(c["by"]), h(c["date"]), h(INVENTED)))
    page = "<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>" % (
        h(c["title"]), css, cover, html_blocks(rep, False))
    made = chromium(page, d)
    out = os.path.join(d, "cairo.pdf")
    run(["pdftocairo", "-pdf", made, out], d)
    return out


def pdfa(rep, d):
    css = """@page { size: A4; margin: 20mm 20mm 22mm; } body { font: 10.5pt/1.5 'DejaVu Sans'; counter-reset: h; }
    h2 { color: #1b2a5c; font-size: 15pt; margin-top: 1.3em; } h2::before { counter-increment: h; content: counter(h) ". "; }
    .cover { page-break-after: always; background: #4b2a7b; color: white; padding: 30mm 15mm; height: 170mm; }
    .cover h1 { font-size: 28pt; } .inv { margin-top: 50mm; font-size: 9pt; }
    table { border-collapse: collapse; width: 100%; } td { padding: 3pt; vertical-align: top; border-bottom: 0.5pt solid #bbb; }"""
    page = "<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s%s</body></html>" % (
        h(rep["cover"]["title"]), css, cover_html(rep, False), html_blocks(rep, False))
    made = chromium(page, d)
    out = os.path.join(d, "pdfa.pdf")
    run(["gs", "-q", "-dPDFA=2", "-dBATCH", "-dNOPAUSE", "-dNOSAFER", "-dPDFACompatibilityPolicy=1",
         "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite", "-sOutputFile=" + out, made], d)
    return out


# ---------------- pdflatex + pdflscape ----------------
def tex(s):
    s = unredacted(s).replace("\\", "\\textbackslash{}")
    for a, b in (("&", "\\&"), ("%", "\\%"), ("$", "\\$"), ("#", "\\#"), ("_", "\\_")):
        s = s.replace(a, b)
    return s


def lscape(rep, d):
    c, body = rep["cover"], []
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            body.append(("\\section*{%s}\\addcontentsline{toc}{section}{%s}" if b[1].startswith("Appendix") else "\\section{%s}")
                        % ((tex(b[1]),) * (2 if b[1].startswith("Appendix") else 1)))
        elif k == "p":
            body.append(tex(b[1]) + "\n")
        elif k == "items":
            env = "enumerate" if b[3] == "ol" else "itemize"
            body.append("\\begin{%s}\n%s\n\\end{%s}" % (env, "\n".join("\\item " + tex(t) for t in b[2]), env))
        elif k == "rectable":
            rows = "\n".join("%d & %s & %s & %s \\\\ \\hline" % (i + 1, tex(r), tex(l), "Within 12 months")
                             for i, (r, l) in enumerate(b[1]))
            body.append("\\begin{landscape}\n\\begin{longtable}{|p{1cm}|p{13cm}|p{3.5cm}|p{3.5cm}|}\\hline\n"
                        "\\textbf{No.} & \\textbf{Recommendation} & \\textbf{Lead agency} & \\textbf{Timescale} \\\\ \\hline"
                        "\\endhead\n%s\n\\end{longtable}\n\\end{landscape}" % rows)
        elif k == "gloss":
            body.append("\\begin{description}\n%s\n\\end{description}" % "\n".join("\\item[%s] %s" % (tex(t), tex(m)) for t, m in b[1]))
        if k == "h1" and b[1] == "Recommendations":
            body[-1] = ""  # the heading goes on the landscape page, above the table
            body.append("%RECHEAD")
    src = "\n\n".join(body)
    src = src.replace("%RECHEAD\n\n\\begin{landscape}\n", "\\begin{landscape}\n\\section{Recommendations}\n"
                      "The review makes the following recommendations to the partnership.\n\n")
    doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{mathptmx}\usepackage[margin=2.5cm]{geometry}\usepackage{pdflscape,longtable}
\usepackage[hidelinks]{hyperref}\hypersetup{pdftitle={%(title)s}}
\setlength{\parskip}{0.5em}\setlength{\parindent}{0pt}
\begin{document}
\begin{titlepage}\centering\vspace*{3cm}
{\large %(part)s\par}\vspace{2cm}
{\LARGE\bfseries Local Child Safeguarding Practice Review\par}\vspace{0.6cm}
{\huge\bfseries Child G\par}\vspace{1.5cm}
{\large %(by)s\par}\vspace{0.4cm}{\large %(date)s\par}\vfill
{\small %(inv)s\par}
\end{titlepage}
%(body)s
\end{document}
""" % {"title": c["title"], "part": c["partnership"], "by": c["by"], "date": c["date"], "inv": INVENTED, "body": src}
    open(os.path.join(d, "r.tex"), "w", encoding="utf-8").write(doc)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], d)
    return os.path.join(d, "r.pdf")


RENDERERS = {"jspdf_autotable": jspdf, "pptxgenjs_impress": pptx, "pandoc_context": pandoc_context, "pandoc_ms": pandoc_ms,
             "weasyprint_redacted": redacted, "chromium_pdftocairo": reprinted, "chromium_ghostscript_pdfa": pdfa,
             "pdflatex_pdflscape": lscape}


def render(rep, d):
    return RENDERERS[rep["producer"]](rep, d)
