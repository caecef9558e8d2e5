"""Batch 43 (issue 9, a fresh held-out batch of document-structure shapes not covered before): renders the invented
reports of batch43_content.py through batch43_render.py (and batch43_rawpdf.py) and writes their truth from the same
descriptions (batch13.truth through batch14.for_truth, with batch32's whole-line heading rule, itself batch21's: texts,
types and metadata from the blocks, pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch43.py ../batch43 [--truth-only] [name-prefix...]

Needs (apt-get) python3-reportlab, libreoffice-writer, chromium, weasyprint, texlive (pdflatex, lualatex, paracol,
hyperref, lmodern), poppler-utils, fonts-liberation, fonts-dejavu-core, fonts-crosextra-carlito.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from batch43_content import REPORTS


def truth_blocks(rep):
    """A shaded box's lettered recommendations are recommendation items (the 'Recommendation Na' label is not item text);
    a parallel-columns pair gives one learning item (the left cell; 'what this means' nothing, batch17's convention for
    'Learning | What this means for practice'); abbreviations / agencies tables and terms of reference give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] == "box":
            flat.append(("items", "recommendations", [t for _, t in b[1]], "box"))
        elif b[0] == "pairs":
            flat.append(("items", "learning", [learn for learn, _ in b[1]], "columns"))
        elif b[0] in ("h1", "h2", "p", "items"):
            flat.append(b)
    return dict(rep, blocks=flat)


if __name__ == "__main__":
    import batch43_render
    truth_only = "--truth-only" in sys.argv  # rewrite the truth from the PDFs already in OUT (no re-render)
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if truth_only:
            t = batch13.truth(for_truth(truth_blocks(rep)), pdf)
        else:
            with tempfile.TemporaryDirectory() as d:
                made = batch43_render.render(rep, d)
                t = batch13.truth(for_truth(truth_blocks(rep)), made)
                os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
