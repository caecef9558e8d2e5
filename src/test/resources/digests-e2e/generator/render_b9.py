# Renders batch b9 (truth files first, then inputs). Needs chromium, soffice and pandoc. python3 render_b9.py
import html, os, subprocess, tempfile
G = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(G)
OUT = os.path.join(ROOT, "b9")
exec(open(f"{G}/entries.py").read().split("DIGESTS = {}")[0]); exec(open(f"{G}/entries_b9.py").read())
h = html.escape
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]
def curly(s): return s.replace("'", "\u2019")
def write_truth():
    rows, items = [], []
    for fname, d in B9.items():
        for i, e in enumerate(d["entries"], 1):
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=d["month"][:4], digest_month=d["month"])
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{OUT}/truth", exist_ok=True)
    open(f"{OUT}/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{OUT}/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")
def ul(lst): return "<ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in lst) + "</ul>"
def labelled(e):
    return "".join(f"<p><b>{h(lab)}</b></p>{ul(lst)}" for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"])) if lst)
def page(d, body, css, top=""):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{h(d['heading'])}</title><style>{css}</style>"
            f"</head><body>{top}<h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>{body}</body></html>")
def table_digest(d):
    css = ("@page{size:A4 landscape;margin:1.5cm} body{font:9.5pt 'Liberation Sans'} table{border-collapse:collapse;width:100%}"
           "th,td{border:1px solid #999;padding:4px;vertical-align:top;text-align:left} th{background:#e6e6e6} ul{margin:0;padding-left:14px}")
    rows = "".join(f"<tr><td><b>{h(e['title'])}</b><br><a href='#'>{h(e['link'])}</a></td><td>{h(curly(e['summary']))}</td>"
                   f"<td>{ul(e['learning'])}</td><td>{ul(e['recs'])}</td></tr>" for e in d["entries"])
    return page(d, "<table><thead><tr><th style='width:18%'>Review</th><th style='width:30%'>Summary</th><th>Learning</th>"
                   f"<th>Recommendations</th></tr></thead><tbody>{rows}</tbody></table>", css)
def newsletter(d):
    css = ("@page{size:A4;margin:1.8cm 1.6cm;@bottom-center{content:'Case Review Bulletin \u00b7 " + d["issue"] + " \u00b7 page ' counter(page);font:8pt 'Liberation Sans'}}"
           "body{font:10pt/1.35 'Liberation Serif'} h1{font:bold 26pt 'Liberation Sans';color:#b71c1c;margin:0}"
           ".issue{font:bold 11pt 'Liberation Sans';border-bottom:3px solid #b71c1c;padding-bottom:4px}"
           ".cols{column-count:2;column-gap:1.2cm;column-rule:1px solid #ccc} h2{font:bold 12pt 'Liberation Sans';color:#b71c1c}"
           "ul{padding-left:16px}")
    body = "<div class='cols'>" + "".join(f"<h2>{h(e['title'])}</h2><p>{h(curly(e['summary']))}</p>{labelled(e)}<p><a href='#'>{h(e['link'])}</a></p>"
                                          for e in d["entries"]) + "</div>"
    return page(d, body, css).replace("</h1>", f"</h1><p class='issue'>{h(d['issue'])}</p>", 1)
def writer_numbered(d):
    css = "body{font-family:'Liberation Sans';font-size:10.5pt} h1{font-size:18pt}"
    body = "".join(f"<p style='margin-top:14pt'><b>{i}. {h(e['title'])}</b></p><p>{h(curly(e['summary']))}</p>{labelled(e)}<p><u>{h(e['link'])}</u></p>"
                   for i, e in enumerate(d["entries"], 1))
    return page(d, body, css)
def footnote_md(d):
    out = [f"# {d['heading']}", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        slug = e["title"].split(":")[0].lower().replace(" ", "-")
        out += [f"## {e['title']}", "", curly(e["summary"]), ""]
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"])):
            out += [f"**{lab}**", ""] + [f"- {curly(x)}" for x in lst] + [""]
        out += [f"{e['link']}[^{i}]", "", f"[^{i}]: https://learning.nspcc.org.uk/media/{4100 + i}/{slug}-2025.pdf", ""]
    return "\n".join(out)
def render(fname, d, src, inp):
    base = fname.rsplit(".", 1)[0]
    with tempfile.TemporaryDirectory() as w:
        if fname.startswith("b9-chromium"):
            doc = table_digest(d) if "table" in fname else newsletter(d)
            open(f"{src}/{base}.html", "w").write(doc)
            subprocess.run(CHROMIUM + [f"--print-to-pdf={inp}/{fname}", f"file://{src}/{base}.html"], check=True, capture_output=True)
        elif fname.startswith("b9-writer"):
            open(f"{src}/{base}.html", "w").write(writer_numbered(d))
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{w}/lo", "--infilter=HTML (StarWriter)", "--convert-to",
                            "pdf:writer_pdf_Export", "--outdir", inp, f"{src}/{base}.html"], check=True, capture_output=True)
        else:
            open(f"{src}/{base}.md", "w").write(footnote_md(d))
            subprocess.run(["pandoc", f"{src}/{base}.md", "-o", f"{w}/{base}.docx"], check=True)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{w}/lo", "--convert-to", "pdf", "--outdir", inp,
                            f"{w}/{base}.docx"], check=True, capture_output=True)
write_truth()
for fname, d in B9.items():
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    render(fname, d, src, inp)
    print(fname)
