# Renders batch b8 (truth files first, then inputs). Run from any directory: python3 render_b8.py
import html, os
G = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(G)
src_py = open(f"{G}/entries.py").read().split("DIGESTS = {}")[0]
exec(src_py); exec(open(f"{G}/entries_b8.py").read())
h = html.escape
def curly(s): return s.replace("'", "\u2019")
def inline(items): return items[0] + "." if len(items) == 1 else "; ".join(items[:-1]) + "; and " + items[-1] + "."
def write_truth():
    rows, items = [], []
    for fname, d in B8.items():
        for i, e in enumerate(d["entries"], 1):
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=d.get("pubyear", d["month"][:4]), digest_month=d["month"])
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{ROOT}/b8/truth", exist_ok=True)
    open(f"{ROOT}/b8/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{ROOT}/b8/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")
def text_list(d):
    out = [d["heading"], "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += [e["title"], curly(e["summary"])]
        if i == 3: out += ["", "NSPCC Knowledge and Information Service          Page 1 of 2", "\f"]
        out.append(f"{e['lab'][0]} {curly(inline(e['learning']))}")
        if e["good"]: out.append(f"{e['lab'][2]} {curly(inline(e['good']))}")
        out.append(f"{e['lab'][1]} {curly(inline(e['recs']))}")
        out += [e["link"], ""]
    out += ["NSPCC Knowledge and Information Service          Page 2 of 2", ""]
    return "\r\n".join(out)
def update_page(d):
    parts = []
    for e in d["entries"]:
        p = [f"<h3>{h(e['title'])}</h3>", f"<p>{h(curly(e['summary']))}</p>", f"<p><strong>{h(e['lab'][0])}</strong></p><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in e["learning"]) + "</ul>"]
        if e["norec"]:
            p.append(f"<p>{h(e['norec'])}</p><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in e["good"]) + "</ul>")
        else:
            if e["good"]: p.append(f"<p><strong>{h(e['lab'][2])}</strong></p><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in e["good"]) + "</ul>")
            p.append(f"<p><strong>{h(e['lab'][1])}</strong></p><ul>" + "".join(f"<li>{h(curly(x))}</li>" for x in e["recs"]) + "</ul>")
        p.append(f"<p><a href=\"#\">{h(e['link'])} &gt;</a></p>")
        parts.append("<article class=\"case-review\">\n" + "\n".join(p) + "\n</article>")
    nav = "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Research and resources</a></li><li><a href=\"#\">Training</a></li></ul></nav>"
    return f"<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{h(d['heading'])} | NSPCC Learning</title></head>\n<body>\n{nav}\n<main>\n<h1>{h(d['heading'])}</h1>\n<p>{h(d['intro'])}</p>\n" + "\n".join(parts) + "\n</main>\n<footer><p>\u00a9 NSPCC 2025. Registered charity England and Wales 216401.</p></footer>\n</body></html>\n"
def md(d):
    out = [f"# {d['heading']}", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        out += [f"**{i}. {e['title']}**", "", curly(e["summary"]), ""]
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][2], e["good"]), (e["lab"][1], e["recs"])):
            if lst: out += [f"{lab} {curly(inline(lst))}", ""]
        out += [f"Other resources [{e['link']}](#)", ""]
    return "\n".join(out)
write_truth()
inp, src = f"{ROOT}/b8/input", f"{ROOT}/b8/source"
os.makedirs(inp, exist_ok=True); os.makedirs(src, exist_ok=True)
for fname, d in B8.items():
    base = fname.rsplit(".", 1)[0]
    if fname.endswith(".txt"): open(f"{inp}/{fname}", "w", newline="").write(text_list(d))
    elif fname.endswith(".html"): open(f"{inp}/{fname}", "w").write(update_page(d))
    else:
        open(f"{src}/{base}.md", "w").write(md(d))
        os.system(f"pandoc {src}/{base}.md -o {inp}/{fname}")
