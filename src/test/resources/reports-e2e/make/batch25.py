"""Batch 25 (issue 9 point 6, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch25_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with
batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch25.py ../batch25 [name-prefix...]

Needs (apt-get) texlive-luatex (tagpdf, TeX Live 2022), texinfo, python3-sphinx + latexmk + texlive-latex-extra, paps,
mandoc, dblatex, python3-pyqt6 (/usr/bin/python3), poppler-utils, a JDK; boxable 1.7.0 and PDFBox 2.0.24 from Maven
Central in ~/.m2 (`mvn dependency:get -Dartifact=com.github.dhorions:boxable:1.7.0`). Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch25_content import REPORTS


def truth_blocks(rep):
    """batch25's block kinds as batch13.truth reads them: a glossary and questions give no items; a recommendations
    table's agency column is no part of an item's text."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "items":
            blocks.append(b[:4])
        elif b[0] not in ("gloss", "none"):
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch25_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = getattr(batch25_render, rep["producer"])(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
