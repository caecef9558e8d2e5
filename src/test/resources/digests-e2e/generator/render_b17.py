# Renders batch b17: `python3 render_b17.py truth` writes the truth files (committed before any input existed);
# `python3 render_b17.py inputs [FILE...]` writes the inputs (all, or the ones named) (render_b17_inputs.py; needs node with
# pdfmake 0.2 and jspdf (npm, NODE_PATH), wkhtmltopdf, abiword, enscript, gs). Invented material, test fixtures only.
# The batch is written to ../b17 (it was ../../digests-e2e-pending/b17 while it was pending).
import os, sys
G = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(G)), "digests-e2e", "b17")
if not os.path.isdir(OUT): OUT = os.path.join(os.path.dirname(G), "b17")
E2E = G
exec(open(f"{E2E}/entries.py").read().split("DIGESTS = {}")[0]); exec(open(f"{E2E}/entries_b12.py").read()); exec(open(f"{E2E}/entries_b11.py").read()); exec(open(f"{E2E}/entries_b14.py").read()); exec(open(f"{G}/entries_b15.py").read()); exec(open(f"{G}/entries_b16.py").read()); exec(open(f"{G}/entries_b17.py").read())


# Session 40 (d74-formats): RTF is read as a digest now, so the RTF the AbiWord PDF was made from has the PDF's truth
# (the same source, the same entries); before, it was a reject-only input with no truth rows. Its rows were appended to
# the committed truth files as written here (a full rewrite would undo a later hand correction of enscript #3's row).
SAME_TRUTH = {"b17-rtf-2025-01.rtf": "b17-abiword-rtf-2025-01.pdf"}


def write_truth():
    rows, items = [], []
    for fname, d in list(B17.items()) + [(f, B17[src]) for f, src in SAME_TRUTH.items()]:
        for i, e in enumerate(d["entries"], 1):
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=d["month"][:4], digest_month=d["month"])
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{OUT}/truth", exist_ok=True)
    open(f"{OUT}/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{OUT}/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["truth"]:
        write_truth()
    else:
        sys.path.insert(0, G)
        import render_b17_inputs
        render_b17_inputs.render_inputs(B17, OUT, sys.argv[2:])
