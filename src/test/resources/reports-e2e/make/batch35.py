"""Batch 35 (issue 9, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch35_content.py through batch35_render.py and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth and batch32's truth_blocks and heading rule: texts, types and metadata from the blocks, pages read back
from the final PDF with poppler; for the hOCR report that is the invisible OCR layer, the only text it has).

    /usr/bin/python3 batch35.py ../batch35 [name-prefix...]

Needs (apt-get) python3-gi + gir1.2-pango-1.0 + python3-cairo, vim (+postscript), ghostscript (ps2pdf), chromium,
poppler-utils, tesseract-ocr (eng), python3-reportlab, java 17, mupdf-tools (mutool convert), python3-docx,
libreoffice-writer, fonts-dejavu-core, fonts-liberation, fonts-sil-gentium, fonts-crosextra-carlito.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule, spaces ignored as a fallback)
from batch14 import for_truth
from batch35_content import REPORTS


# What a viewer shows of Thwaiteholme's items: Java 2D's PrinterJob clips every page to the imageable area (x 36 to
# 559.3), and the letter-spaced lines run past it, so their ends are cut (pdftoppm, session 20; a glyph the clip cuts
# through is kept, one wholly outside it is not). The truth holds what the page shows, not the text layer's whole line.
VIEWER_CUT = {
    "thwaiteholme-lcspr-child-k.pdf": {
        "Falling attendance and an unanswered door together are a welfare concern, not only an attendance one.":
            "Falling attendance and an unanswered door together are a welfare concern, not on attendance one.",
        "When a parent seeks help for alcohol use, the children in the household should be part of the referral.":
            "When a parent seeks help for alcohol use, the children in the household should be referral.",
        "A missed first appointment at an alcohol service is an opportunity to contact the family's GP.":
            "A missed first appointment at an alcohol service is an opportunity to contact the fam",
        "The local authority should add a welfare check to its attendance procedure when home visits are unanswered.":
            "The local authority should add a welfare check to its attendance procedure when h unanswered.",
        "The alcohol service should ask about children at referral and tell the GP when a parent does not attend.":
            "The alcohol service should ask about children at referral and tell the GP when a pa attend.",
        "The partnership should seek assurance that schools escalate persistent absence to the family help service.":
            "The partnership should seek assurance that schools escalate persistent absence to service.",
    },
}


def viewer_cut(t):
    """The truth's items as a viewer shows them where the producer's clip cuts their lines (VIEWER_CUT)."""
    cut = VIEWER_CUT.get(t["file"], {})
    for item in t["items"]:
        item["text"] = cut.get(item["text"], item["text"])
    return t


def truth_blocks(rep):
    """Landscape runs flattened; owner rows are recommendation items; terms of reference and page breaks give none."""
    flat = []
    for b in rep["blocks"]:
        flat += list(b[1]) if b[0] == "landscape" else [b]
    return batch32.truth_blocks(dict(rep, blocks=flat))


if __name__ == "__main__":
    import batch35_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch35_render.render(rep, d)
            t = viewer_cut(batch13.truth(for_truth(truth_blocks(rep)), made))
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
