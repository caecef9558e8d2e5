# Renders batches b6 and b7 (truth files first, then inputs). Run from any directory: python3 render.py
import html, os, sys, tempfile
G = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(G)
WORK = tempfile.mkdtemp(prefix="e2e-digests-")
exec(open(f"{G}/entries.py").read())
def inline(items):
    if len(items) == 1: return items[0] + "."
    return "; ".join(items[:-1]) + "; and " + items[-1] + "."
def curly(s): return s.replace("'", "’")
h = html.escape
def write_truth(batch):
    rows, items = [], []
    for fname, d in DIGESTS.items():
        if not fname.startswith(batch): continue
        for i, e in enumerate(d["entries"], 1):
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=d["month"][:4], digest_month=d["month"])
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{ROOT}/{batch}/truth", exist_ok=True)
    open(f"{ROOT}/{batch}/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{ROOT}/{batch}/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")
def sections_html(e, bullets):
    out = []
    for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][2], e["good"]), (e["lab"][1], e["recs"])):
        if not lst: 
            if lab == e["lab"][1] and e["norec"]: out.append(f"<p>{h(curly(e['norec']))}</p>")
            continue
        if bullets:
            out.append(f"<p><strong>{h(lab)}</strong></p>\n<ul>\n" + "\n".join(f"<li>{h(curly(x))}</li>" for x in lst) + "\n</ul>")
        else:
            out.append(f"<p><strong>{h(lab)}</strong> {h(curly(inline(lst)))}</p>")
    return "\n".join(out)
def page(d, body, css=""):
    return f"""<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{h(d['heading'])}</title><style>{css}</style></head>\n<body>\n<h1>{h(d['heading'])}</h1>\n<p>{h(d['intro'])}</p>\n{body}\n</body></html>\n"""
def entry_block(d, i, e, bullets, tag="h2"):
    title = f"{i}. {e['title']}" if d.get("numbered") else e["title"]
    return f"<{tag}>{h(title)}</{tag}>\n<p>{h(curly(e['summary']))}</p>\n{sections_html(e, bullets)}\n<p><a href=\"#\">{h(e['link'])}</a></p>"
def md(d):
    out = [f"# {d['heading']}", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"## {e['title']}", "", e["summary"], ""]
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][2], e["good"]), (e["lab"][1], e["recs"])):
            if not lst:
                if lab == e["lab"][1] and e["norec"]: out += [e["norec"], ""]
                continue
            out += [f"**{lab}**", ""] + [f"- {x}" for x in lst] + [""]
        out += [f"[{e['link']}](#)", ""]
    return "\n".join(out)
def render(fname, d, src, inp):
    base = fname.rsplit(".", 1)[0]
    if fname.startswith("b6-chromium"):
        css = "body{font-family:serif;font-size:12pt;column-count:2;column-gap:2em} h1{column-span:all} h2{font-size:11pt}"
        open(f"{src}/{base}.html", "w").write(page(d, "\n".join(entry_block(d, i, e, False) for i, e in enumerate(d["entries"], 1)), css))
        os.system(f"chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf={inp}/{fname} {src}/{base}.html 2>/dev/null")
    elif fname.startswith("b6-libreoffice"):
        open(f"{src}/{base}.md", "w").write(md(d))
        os.system(f"cd {WORK} && pandoc {src}/{base}.md -o {WORK}/{base}.docx && soffice --headless --convert-to pdf --outdir {inp} {WORK}/{base}.docx >/dev/null 2>&1")
    elif fname.startswith("b6-docx"):
        open(f"{src}/{base}.html", "w").write(page(d, "\n".join(entry_block(d, i, e, True, "h3") for i, e in enumerate(d["entries"], 1))))
        os.system(f"soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir {inp} {src}/{base}.html >/dev/null 2>&1")
    elif fname.startswith("b7-chromium"):
        css = "body{font-family:sans-serif;font-size:15pt;line-height:1.5} h2{font-size:16pt}"
        open(f"{src}/{base}.html", "w").write(page(d, "\n".join(entry_block(d, i, e, True) for i, e in enumerate(d["entries"], 1)), css))
        os.makedirs(f"{WORK}/nspcc-learning", exist_ok=True); os.system(f"cp {src}/{base}.html {WORK}/nspcc-learning/case-reviews-repository.html && chromium --headless --no-sandbox --disable-gpu --print-to-pdf={inp}/{fname} {WORK}/nspcc-learning/case-reviews-repository.html 2>/dev/null")
    elif fname.startswith("b7-web-table"):
        rows = []
        for e in d["entries"]:
            learn = "<strong>" + h(e["lab"][0]) + "</strong><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in e["learning"]) + "</ul>"
            rec = ("<strong>" + h(e["lab"][1]) + "</strong> " + h(curly(inline(e["recs"])))) if e["recs"] else h(curly(e["norec"] or ""))
            rows.append(f"<tr>\n<td><strong>{h(e['title'])}</strong></td>\n<td>{h(curly(e['summary']))}</td>\n<td>{learn}</td>\n<td>{rec}</td>\n<td><a href=\"#\">{h(e['link'])}</a></td>\n</tr>")
        body = "<table class=\"reviews\">\n<thead><tr><th>Review</th><th>Summary</th><th>Learning</th><th>Recommendations</th><th>Report</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n<footer><p>© NSPCC 2023. Registered charity England and Wales 216401.</p></footer>"
        open(f"{inp}/{fname}", "w").write(page(d, body))
    elif fname.startswith("b7-web-dl"):
        parts = []
        for i, e in enumerate(d["entries"], 1):
            dds = [f"<dd><p>{h(curly(e['summary']))}</p></dd>"]
            for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][2], e["good"]), (e["lab"][1], e["recs"])):
                if lst: dds.append(f"<dd><strong>{h(lab)}</strong> {h(curly(inline(lst)))}</dd>")
                elif lab == e["lab"][1] and e["norec"]: dds.append(f"<dd>{h(curly(e['norec']))}</dd>")
            dds.append(f"<dd><a href=\"#\">{h(e['link'])}</a></dd>")
            parts.append(f"<dt>{i}. {h(e['title'])}</dt>\n" + "\n".join(dds))
        open(f"{inp}/{fname}", "w").write(page(d, "<dl class=\"case-reviews\">\n" + "\n".join(parts) + "\n</dl>"))
for batch in ("b6", "b7"):
    write_truth(batch)
    for fname, d in DIGESTS.items():
        if fname.startswith(batch):
            src, inp = f"{ROOT}/{batch}/source", f"{ROOT}/{batch}/input"
            os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
            render(fname, d, src, inp)
