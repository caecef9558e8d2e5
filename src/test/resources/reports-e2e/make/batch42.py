"""Batch 42 (issue 9, a fresh held-out batch of PDF producers the repo had not used): renders the invented reports of
batch42_content.py through batch42_render.py and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch32's whole-line heading rule, itself batch21's: texts, types and metadata from the blocks,
pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch42.py ../batch42 [--truth-only] [name-prefix...]

Needs (apt-get) texlive (optex, pdftex plain, lmodern), php-cli + php-fpdf, python3-pyx, a JDK 17 and
org.jfree:org.jfree.pdf:2.0.1 in ~/.m2 (mvn dependency:get), poppler-utils.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from batch42_content import REPORTS


def truth_blocks(rep):
    """batch40's rule: an action plan gives one recommendation item per recommendation cell (its actions none);
    glossaries give nothing. FPDF's tutorial chapter bands print 'Section N : Heading', and the truth names the heading
    as printed."""
    flat, n = [], 0
    for b in rep["blocks"]:
        if b[0] == "plan":
            flat.append(("items", "recommendations", [rec for rec, _ in b[1]], "table"))
        elif b[0] == "side":
            flat.append(("items", "learning", list(b[1]), "side"))
        elif b[0] == "h1" and rep["producer"] == "fpdf_php":
            n += 1
            flat.append(("h1", "Section %d : %s" % (n, b[1])) + tuple(b[2:]))
        elif b[0] in ("h1", "h2", "p", "items"):
            flat.append(b)
    return dict(rep, blocks=flat)


if __name__ == "__main__":
    import batch42_render
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
                made = batch42_render.render(rep, d)
                t = batch13.truth(for_truth(truth_blocks(rep)), made)
                os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
