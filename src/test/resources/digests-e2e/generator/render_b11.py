# Renders batch b11 (truth files first, then inputs). Needs pdflatex, pandoc and soffice. python3 render_b11.py
import html, os, subprocess, tempfile
G = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(G)
OUT = os.path.join(ROOT, "b11")
E2E = G
exec(open(f"{E2E}/entries.py").read().split("DIGESTS = {}")[0]); exec(open(f"{G}/entries_b11.py").read())
h = html.escape
UNTAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"}}'
def write_truth():
    rows, items = [], []
    for fname, d in B11.items():
        for i, e in enumerate(d["entries"], 1):
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=d["month"][:4], digest_month=d["month"])
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{OUT}/truth", exist_ok=True)
    open(f"{OUT}/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{OUT}/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")
def tex(s): return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")
def litems(lst): return "\\begin{itemize}\\setlength{\\itemsep}{0pt}" + "".join(f"\\item {tex(x)}" for x in lst) + "\\end{itemize}"
PRE = ("\\documentclass[10pt,a4paper]{article}\\usepackage[utf8]{inputenc}\\usepackage[T1]{fontenc}\\usepackage{lmodern}"
       "\\usepackage[margin=1.8cm]{geometry}\\usepackage{array,longtable}\\pagestyle{plain}\\setlength{\\parindent}{0pt}\n")
def latex_table(d):
    # untagged longtable with rules, one row per review: Review | Summary | Learning | Recommendations; rows split over pages
    head = "\\textbf{Review} & \\textbf{Summary} & \\textbf{Learning} & \\textbf{Recommendations}\\\\\\hline"
    rows = "".join(f"\\textbf{{{tex(e['title'])}}}\\par\\smallskip {tex(e['link'])} & {tex(e['summary'])} & {litems(e['learning'])} & {litems(e['recs'])}\\\\\\hline\n"
                   for e in d["entries"])
    return (PRE + "\\begin{document}" + f"{{\\Large\\bfseries {tex(d['heading'])}\\par}}\\medskip {tex(d['intro'])}\\par\\bigskip\n"
            "\\begin{longtable}{|>{\\raggedright}p{0.17\\textwidth}|>{\\raggedright}p{0.25\\textwidth}|>{\\raggedright}p{0.24\\textwidth}|p{0.24\\textwidth}|}\\hline\n"
            + head + "\\endhead\n" + rows + "\\end{longtable}\\end{document}\n")
def latex_boxes(d):
    # untagged: one framed box per review, title in bold sans, labels in small upper case, no headings
    box = lambda e: ("\\noindent\\fbox{\\begin{minipage}{\\dimexpr\\linewidth-2\\fboxsep-2\\fboxrule}"
                     f"{{\\sffamily\\bfseries\\large {tex(e['title'])}\\par}}\\smallskip {tex(e['summary'])}\\par\\smallskip"
                     + "".join(f"{{\\footnotesize\\bfseries\\MakeUppercase{{{tex(lab.rstrip(':'))}}}\\par}}{litems(lst)}"
                               for lab, lst in ((e['lab'][0], e['learning']), (e['lab'][1], e['recs'])))
                     + f"\\hfill{{\\small {tex(e['link'])} $\\rightarrow$}}\\end{{minipage}}}}\\par\\bigskip\n")
    return (PRE + "\\begin{document}" + f"{{\\LARGE\\sffamily\\bfseries {tex(d['heading'])}\\par}}\\medskip {tex(d['intro'])}\\par\\bigskip\n"
            + "".join(box(e) for e in d["entries"]) + "\\end{document}\n")
def pandoc_numbered(d):
    # each review is an item of one numbered list: bold title, summary, labels as plain paragraphs, nested bullet lists
    md = f"# {d['heading']}\n\n{d['intro']}\n\n"
    for i, e in enumerate(d["entries"], 1):
        md += f"{i}.  **{e['title']}**\n\n    {e['summary']}\n\n"
        for lab, lst in ((e['lab'][0], e['learning']), (e['lab'][1], e['recs'])):
            md += f"    {lab}\n\n" + "".join(f"    -   {x}\n" for x in lst) + "\n"
        md += f"    [{e['link']}](https://learning.nspcc.org.uk/media/{6100 + i}/review.pdf)\n\n"
    return md
def writer_runin(d):
    # bold title paragraphs (no heading style, no number), labels bold run-in at the start of a paragraph, items separated by semicolons
    css = "body{font-family:'Liberation Serif';font-size:11pt} p.t{font-size:13pt;margin-top:14pt}"
    body = "".join(f"<p class='t'><b>{h(e['title'])}</b></p><p>{h(e['summary'])}</p>"
                   + "".join(f"<p><b>{h(lab)}</b> {h('; '.join(lst))}.</p>" for lab, lst in ((e['lab'][0], e['learning']), (e['lab'][1], e['recs'])))
                   + f"<p><a href='https://learning.nspcc.org.uk/media/{6000 + i}/review.pdf'>{h(e['link'])}</a></p>"
                   for i, e in enumerate(d["entries"], 1))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{h(d['heading'])}</title><style>{css}</style>"
            f"</head><body><p style='font-size:18pt'><b>{h(d['heading'])}</b></p><p>{h(d['intro'])}</p>{body}</body></html>")
def docx_table(d):
    ul = lambda lst: "<ul>" + "".join(f"<li>{h(x)}</li>" for x in lst) + "</ul>"
    rows = "".join(f"<tr><td><b>{h(e['title'])}</b><p>{h(e['link'])}</p></td><td>{h(e['summary'])}</td><td>{ul(e['learning'])}</td><td>{ul(e['recs'])}</td></tr>"
                   for e in d["entries"])
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{h(d['heading'])}</title></head><body><h1>{h(d['heading'])}</h1>"
            f"<p>{h(d['intro'])}</p><table border='1' cellspacing='0' width='100%'><tr><th>Review</th><th>Summary</th><th>Learning</th>"
            f"<th>Recommendations</th></tr>{rows}</table></body></html>")
def pdflatex(texsrc, inp, fname, w):
    open(f"{w}/d.tex", "w").write(texsrc)
    for _ in range(2): subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "d.tex"], cwd=w, check=True, capture_output=True)
    os.replace(f"{w}/d.pdf", f"{inp}/{fname}")
def soffice(src_file, target, inp, w):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{w}/lo", "--infilter=HTML (StarWriter)", "--convert-to", target,
                    "--outdir", inp, src_file], check=True, capture_output=True)
def render(fname, d, src, inp):
    base = fname.rsplit(".", 1)[0]
    with tempfile.TemporaryDirectory() as w:
        if "latex-table" in fname or "latex-boxes" in fname:
            t = latex_table(d) if "table" in fname else latex_boxes(d)
            open(f"{src}/{base}.tex", "w").write(t); pdflatex(t, inp, fname, w)
        elif "pandoc" in fname:
            open(f"{src}/{base}.md", "w").write(pandoc_numbered(d))
            subprocess.run(["pandoc", f"{src}/{base}.md", "--pdf-engine=pdflatex", "-V", "geometry:margin=2cm", "-o", f"{inp}/{fname}"], check=True, capture_output=True)
        elif "writer-runin" in fname:
            open(f"{src}/{base}.html", "w").write(writer_runin(d)); soffice(f"{src}/{base}.html", UNTAGGED, inp, w)
        else:
            open(f"{src}/{base}.html", "w").write(docx_table(d)); soffice(f"{src}/{base}.html", 'docx:MS Word 2007 XML', inp, w)
write_truth()
for fname, d in B11.items():
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    render(fname, d, src, inp)
    print(fname)
