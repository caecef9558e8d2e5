# Renders batch b10 (truth files first, then inputs). Needs chromium and soffice. python3 render_b10.py
import html, os, subprocess, tempfile
G = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(G)
OUT = os.path.join(ROOT, "b10")
exec(open(f"{G}/entries.py").read().split("DIGESTS = {}")[0]); exec(open(f"{G}/entries_b10.py").read())
h = html.escape
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]
TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
def curly(s): return s.replace("'", "\u2019")
def write_truth():
    rows, items = [], []
    for fname, d in B10.items():
        for i, e in enumerate(d["entries"], 1):
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=d["month"][:4], digest_month=d["month"])
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{OUT}/truth", exist_ok=True)
    open(f"{OUT}/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{OUT}/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")
def ul(lst, tag="ul"): return f"<{tag}>" + "".join(f"<li>{h(curly(x))}</li>" for x in lst) + f"</{tag}>"
def page(d, body, css, lead=""):
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{h(d['heading'])}</title><style>{css}</style>"
            f"</head><body>{lead}<h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>{body}</body></html>")
def writer_headings(d):
    # entries are numbered Heading 2 paragraphs, labels Heading 3 paragraphs without a colon, items numbered lists
    css = "body{font-family:'Liberation Serif';font-size:11pt} h2{font-size:14pt} h3{font-size:11pt}"
    body = "".join(f"<h2>{i}. {h(e['title'])}</h2><p>{h(curly(e['summary']))}</p>"
                   + "".join(f"<h3>{h(lab)}</h3>{ul(lst, 'ol')}" for lab, lst in ((e['lab'][0], e['learning']), (e['lab'][1], e['recs'])))
                   + f"<p><a href='https://learning.nspcc.org.uk/media/{5200 + i}/review.pdf'>{h(e['link'])}</a></p>"
                   for i, e in enumerate(d["entries"], 1))
    return page(d, body, css)
def writer_table(d):
    # a header row of column names; the summaries and lists are long enough that a row runs over a page break
    css = "body{font-family:'Liberation Sans';font-size:13pt} td,th{vertical-align:top;border:1px solid #000;padding:3pt}"
    rows = "".join(f"<tr><td><b>{h(e['title'])}</b><p>{h(e['link'])}</p></td><td>{h(curly(e['summary']))}</td>"
                   f"<td>{ul(e['learning'])}</td><td>{ul(e['recs'])}</td></tr>" for e in d["entries"])
    return page(d, "<table border='1' cellspacing='0' width='100%'><thead><tr><th width='20%'>Review</th><th width='28%'>What happened</th>"
                   f"<th>Learning includes</th><th>Recommendations include</th></tr></thead><tbody>{rows}</tbody></table>", css)
def cards(d):
    css = ("@page{size:A4;margin:1.6cm} body{font:10pt/1.4 'Liberation Sans';color:#222} h1{font-size:20pt;color:#0b5394}"
           ".card{border:1.5px solid #0b5394;border-radius:8px;margin:0 0 14px;break-inside:avoid;overflow:hidden}"
           ".card .top{background:#0b5394;color:#fff;font-weight:bold;font-size:12pt;padding:6px 10px}"
           ".card .body{padding:6px 12px} .lab{font-weight:bold;color:#0b5394;text-transform:uppercase;font-size:8.5pt;margin-top:6px}"
           ".card ul{margin:2px 0;padding-left:18px} .more{text-align:right;font-size:9pt}")
    body = "".join(f"<div class='card'><div class='top'>{h(e['title'])}</div><div class='body'><div>{h(curly(e['summary']))}</div>"
                   + "".join(f"<div class='lab'>{h(lab)}</div>{ul(lst)}" for lab, lst in ((e['lab'][0], e['learning']), (e['lab'][1], e['recs'])))
                   + f"<div class='more'><a href='#'>{h(e['link'])} \u2192</a></div></div></div>" for e in d["entries"])
    return page(d, body, css)
def twocol_footurls(d):
    # pages laid out by hand: a running header line, two balanced columns (a column break inside an entry), and the URLs of that page's links at its foot
    css = ("@page{size:A4;margin:0} body{margin:0;font:10pt/1.35 'Liberation Serif'}"
           ".pg{width:210mm;height:297mm;box-sizing:border-box;padding:12mm 16mm;position:relative;break-after:page}"
           ".run{font:8.5pt 'Liberation Sans';color:#555;border-bottom:1px solid #999;padding-bottom:2px;margin-bottom:8mm}"
           ".cols{column-count:2;column-gap:10mm;column-fill:balance} h1{font:bold 22pt 'Liberation Sans';margin:0 0 4mm}"
           "h2{font:bold 12pt 'Liberation Sans';margin:0 0 2mm} ul{padding-left:14px;margin:2px 0}"
           ".foot{position:absolute;bottom:10mm;left:16mm;right:16mm;font:7.5pt 'Liberation Sans';border-top:1px solid #999;padding-top:2px}")
    es = list(enumerate(d["entries"], 1))
    def entry(i, e):
        labs = "".join(f"<p><b>{h(lab)}</b></p>{ul(lst)}" for lab, lst in ((e['lab'][0], e['learning']), (e['lab'][1], e['recs'])))
        return f"<h2>{h(e['title'])}</h2><p>{h(curly(e['summary']))}</p>{labs}<p><a href='#'>{h(e['link'])}</a><sup>{i}</sup></p>"
    def pg(n, items, lead=""):
        foot = "<br>".join(f"{i} https://library.nspcc.org.uk/reviews/2025/{e['title'].split(':')[0].lower().replace(' ', '-')}.pdf" for i, e in items)
        return (f"<div class='pg'><div class='run'>{h(d['running'])} \u00b7 page {n}</div>{lead}<div class='cols'>"
                + "".join(entry(i, e) for i, e in items) + f"</div><div class='foot'>{foot}</div></div>")
    lead = f"<h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>"
    body = pg(1, es[:2], lead) + pg(2, es[2:])
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{h(d['heading'])}</title><style>{css}</style>"
            f"</head><body>{body}</body></html>")
def render(fname, d, src, inp):
    base = fname.rsplit(".", 1)[0]
    with tempfile.TemporaryDirectory() as w:
        if fname.startswith("b10-chromium"):
            doc = cards(d) if "cards" in fname else twocol_footurls(d)
            open(f"{src}/{base}.html", "w").write(doc)
            subprocess.run(CHROMIUM + [f"--print-to-pdf={inp}/{fname}", f"file://{src}/{base}.html"], check=True, capture_output=True)
        else:
            doc = writer_headings(d) if "headings" in fname else writer_table(d)
            open(f"{src}/{base}.html", "w").write(doc)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{w}/lo", "--infilter=HTML (StarWriter)", "--convert-to",
                            TAGGED, "--outdir", inp, f"{src}/{base}.html"], check=True, capture_output=True)
write_truth()
for fname, d in B10.items():
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    render(fname, d, src, inp)
    print(fname)
