"""Batch 14 (issue 9 point 6, fourth fresh held-out batch): renders the eight invented reports of batch14_content.py and writes
their truth from the same descriptions (batch13.truth: texts, types and metadata from the blocks, pages read back from the PDF).

    python3 batch14.py ../batch14 [name-prefix...]

Needs weasyprint (Debian 'weasyprint'), xelatex (texlive-xetex, KOMA-Script), soffice, chromium, groff, ghostscript (ps2pdf),
enscript, qpdf, poppler-utils. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
from batch14_content import REPORTS, strip_notes


def for_truth(rep):
    """The description as batch13.truth reads it: boxed learning points are learning items, footnote calls leave item texts."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "lpbox":
            blocks.append(("items", "learning", [b[1]], "box"))
        elif b[0] == "items":
            blocks.append(("items", b[1], [strip_notes(t) for t in b[2]]) + tuple(b[3:]))
        else:
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch14_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made, plain = batch14_render.render(rep, d)
            t = batch13.truth(for_truth(rep), plain)  # pages read from the PDF before encryption (same pages and text)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
