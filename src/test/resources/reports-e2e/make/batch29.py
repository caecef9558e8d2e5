"""Batch 29 (issue 9, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch29_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with
batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    BATCH29_NODE_PATH=/path/to/node_modules /usr/bin/python3 batch29.py ../batch29 [name-prefix...]

Needs (apt-get) chromium, libreoffice-impress, weasyprint, pandoc, context, groff, ghostscript, poppler-utils,
texlive-latex-extra (pdflscape); npm jspdf@4, jspdf-autotable@5, pptxgenjs@4 in BATCH29_NODE_PATH. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch29_content import REPORTS, unredacted


def truth_blocks(rep):
    """batch29's block kinds as batch13.truth reads them: each row of a recommendations table is a recommendation item;
    terms of reference and glossary tables give none."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "rectable":
            blocks.append(("items", "recommendations", [r for r, _ in b[1]]))
        elif b[0] in ("h1", "h2", "items"):
            blocks.append(b)
        elif b[0] == "p":
            blocks.append(("p", unredacted(b[1])))
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch29_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch29_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
