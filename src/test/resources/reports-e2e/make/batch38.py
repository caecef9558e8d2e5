"""Batch 38 (issue 9, a fresh held-out batch of the four nations' review shapes): renders the invented reports of
batch38_content.py through batch38_render.py and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth and batch32's truth_blocks and whole-line heading rule, itself batch21's: texts, types and metadata from
the blocks, pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch38.py ../batch38 [name-prefix...]

Needs (apt-get) chromium, pandoc, python3-docx, libreoffice-writer, poppler-utils, fonts-liberation, fonts-dejavu-core,
fonts-crosextra-carlito. Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from batch38_content import REPORTS


def truth_blocks(rep):
    """A form question's answer blocks stand where the question does; a 'Learning for practice' table gives a learning
    item per row (its left cell); question boxes and chronology tables give none."""
    flat = []
    for b in rep["blocks"]:
        if b[0] == "qa":
            flat += list(b[3])
        elif b[0] == "ltable":
            flat.append(("items", "learning", [left for left, _ in b[1]], "table"))
        else:
            flat.append(b)
    return batch32.truth_blocks(dict(rep, blocks=flat))


if __name__ == "__main__":
    import batch38_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch38_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
