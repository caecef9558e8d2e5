# Renders batch b74: `python3 render_b74.py truth` writes the truth files; `python3 render_b74.py inputs [FILE...]` writes the
# inputs (all, or the ones named) (render_b74_inputs.py: LibreOffice Writer for the .doc and the .fodt, AbiWord for the .rtf,
# pandoc for the .odt). Invented material, test fixtures only. The batch is written to
# ../../digests-e2e-pending/b74 while it is pending and to ../b74 once it is moved.
import os, sys
G = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(G)), "digests-e2e", "b74")
if not os.path.isdir(OUT): OUT = os.path.join(os.path.dirname(os.path.dirname(G)), "digests-e2e-pending", "b74")
exec(open(f"{G}/entries.py").read().split("DIGESTS = {}")[0]); exec(open(f"{G}/entries_b74.py").read())


def write_truth():
    rows, items = [], []
    for fname, d in B74.items():
        if d.get("reject_only"): continue  # a format the job does not read: a clear reject, no truth rows
        for i, e in enumerate(d["entries"], 1):
            month = "*" if d.get("year_only") else d["month"]
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
    else:
        sys.path.insert(0, G)
        import render_b74_inputs
        render_b74_inputs.render_inputs(B74, OUT, sys.argv[2:])
