# Renders batch b73: `python3 render_b73.py truth` writes the truth files; `python3 render_b73.py inputs [FILE...]` writes the
# inputs (all, or the ones named; render_b73_inputs.py: needs /usr/bin/python3 with reportlab, PyMuPDF 1.21, pdflatex + tufte-latex, soffice, pdftk).
# Invented material, test fixtures only. The batch is written to ../../digests-e2e-pending/b73 while it is pending and to ../b73
# once moved.
import os, sys
G = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(G)), "digests-e2e", "b73")
if not os.path.isdir(OUT): OUT = os.path.join(os.path.dirname(os.path.dirname(G)), "digests-e2e-pending", "b73")
exec(open(f"{G}/entries.py").read().split("DIGESTS = {}")[0]); exec(open(f"{G}/entries_b73.py").read())


def write_truth():
    rows, items = [], []
    for fname, d in B73.items():
        for i, e in enumerate(d["entries"], 1):
            month = d["months"][i - 1] if d.get("months") else d["month"]
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=e.get("pub", d["month"][:4]), digest_month=month)
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{OUT}/truth", exist_ok=True)
    open(f"{OUT}/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{OUT}/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["truth"]:
        write_truth()
    elif sys.argv[1:2] == ["variants"]:  # diagnostic variants into the folder named (never into the batch)
        sys.path.insert(0, G)
        import render_b73_inputs
        render_b73_inputs.render_variants(B73, sys.argv[2])
    else:
        sys.path.insert(0, G)
        import render_b73_inputs
        render_b73_inputs.render_inputs(B73, OUT, sys.argv[2:])
