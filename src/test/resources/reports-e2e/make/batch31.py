"""Batch 31 (issue 9, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch31_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with
batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF; for
the AcroForm report from its plain twin, the same layout with the field text drawn as page text).

    BATCH31_NODE_DIR=/path/with/node_modules /usr/bin/python3 batch31.py ../batch31 [name-prefix...]

Needs (apt-get) libpdf-builder-perl, libreoffice-writer, chromium, poppler-utils, Java 17 with PDFBox 3.0.8 in ~/.m2;
npm docx@9, md-to-pdf@5 (PUPPETEER_SKIP_DOWNLOAD=1; Debian's chromium is used), @pdfme/generator, @pdfme/schemas,
@pdfme/common. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch31_content import REPORTS, accepted


def truth_blocks(rep):
    """As batch30: each row of a recommendations table is a recommendation item (its lead no part of it); chronology and
    glossary tables give none; tracked changes accepted."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "rectable":
            blocks.append(("items", "recommendations", [r for r, _ in b[1]]))
        elif b[0] == "items":
            blocks.append((b[0], b[1], [accepted(t) for t in b[2]]) + tuple(b[3:]))
        elif b[0] in ("h1", "h2", "p"):
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch31_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made, plain = batch31_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), plain)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
