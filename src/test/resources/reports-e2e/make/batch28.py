"""Batch 28 (issue 9, a fresh held-out batch of publication shapes new to the repo on mainstream producers): renders the
invented reports of batch28_content.py and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from
the rendered PDF).

    /usr/bin/python3 batch28.py ../batch28 [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer, weasyprint, python3-docx, texlive-latex-base/recommended (enumitem), poppler-utils.
Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch28_content import REPORTS, strip_notes


def truth_blocks(rep):
    """batch28's block kinds as batch13.truth reads them: a findings-and-recommendations row gives a learning and a
    recommendation item; a recommendation inside a numbered paragraph is a recommendation item; cases, terms of reference,
    restated action plan, reflective questions and glossary give none; note marks leave item texts."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "frtable":
            for f, r in b[1]:
                blocks += [("items", "learning", [f]), ("items", "recommendations", [r])]
        elif b[0] == "embedrec":
            blocks.append(("items", "recommendations", [b[3]]))
        elif b[0] == "items":
            blocks.append(("items", b[1], [strip_notes(t) for t in b[2]]))
        elif b[0] in ("h1", "h2", "p"):
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch28_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch28_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
