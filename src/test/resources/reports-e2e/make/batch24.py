"""Batch 24 (issue 9 point 6, a fresh held-out batch of council templates on mainstream producers): renders the invented
reports of batch24_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth,
with batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch24.py ../batch24 [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer, weasyprint, python3-docx, python3-reportlab, pandoc, texlive-latex-extra
(memoir, enumitem), poppler-utils. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch24_content import REPORTS


def truth_blocks(rep):
    """batch24's block kinds as batch13.truth reads them: a numbered paragraph is body text, a bold numbered paragraph a
    learning item, an appendix action plan, a theme's lettered recommendations and a rotated-header table recommendation
    items; a 'Summary of learning' box restating the learning in short form gives none (the full points are counted once)."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "np":
            blocks.append(("p", b[1]))
        elif b[0] == "bold":
            blocks.append(("items", "learning", [b[1]]))
        elif b[0] == "plan":
            blocks.append(("items", "recommendations", [r[0] for r in b[1]]))
        elif b[0] == "theme":
            blocks += [("h2", b[1]), ("items", "recommendations", b[2])]
        elif b[0] == "agencyrecs":
            blocks.append(("items", "recommendations", [r[0] for r in b[1]]))
        elif b[0] != "summarybox":
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch24_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch24_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
