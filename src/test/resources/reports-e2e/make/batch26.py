"""Batch 26 (issue 9, a fresh held-out batch of council house templates on mainstream routes): renders the invented reports of
batch26_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with batch21's
whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch26.py ../batch26 [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer, weasyprint, python3-docx, pandoc, poppler-utils. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch26_content import REPORTS


def truth_blocks(rep):
    """batch26's block kinds as batch13.truth reads them: a SCIE findings table row gives its finding as a learning item and
    its question for the partnership as a recommendation item; an action plan that states the recommendations gives them,
    one restating the body's gives none; typed easy-read rows are items; pull quotes, key practice episodes, chronology,
    panel and glossary tables give none."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "ftable":
            for f, _, q in b[1]:
                blocks += [("items", "learning", [f]), ("items", "recommendations", [q])]
        elif b[0] == "plan":
            if not b[1]:
                blocks.append(("items", "recommendations", [r[0] for r in b[2]]))
        elif b[0] == "easy":
            if b[1]:
                blocks.append(("items", b[1], [t for _, t in b[2]]))
        elif b[0] in ("h1", "h2", "p", "items"):
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch26_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch26_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
