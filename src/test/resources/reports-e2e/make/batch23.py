"""Batch 23 (issue 9 point 6, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch23_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with
batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch23.py ../batch23 [name-prefix...]

Needs (apt-get) abiword, gnumeric (ssconvert), inkscape (1.2, multipage SVG), texlive with memoir and enumitem (pdflatex),
libreoffice-draw, chromium, calibre (ebook-convert), poppler-utils; the npm packages pagedjs 0.4 and @vivliostyle/cli in
$BATCH23_NODE_MODULES (default /tmp/m27r-node/node_modules). Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch23_content import REPORTS

RENDERERS = {"abiword": "abiword", "gnumeric": "gnumeric", "inkscape": "inkscape", "memoir": "memoir",
             "lo-draw": "lo_draw", "pagedjs": "pagedjs", "vivliostyle": "vivliostyle", "calibre": "calibre"}


def truth_blocks(rep):
    """batch23's block kinds as batch13.truth reads them: a table row gives a learning and a recommendation item;
    questions for reflection ('none') are no items."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "row":
            blocks += [("items", "learning", [b[1]]), ("items", "recommendations", [b[2]])]
        elif b[0] != "none":
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch23_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = getattr(batch23_render, RENDERERS[rep["producer"]])(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
