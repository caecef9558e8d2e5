"""Batch 39 (issue 9, a fresh held-out batch of PDF shapes no earlier batch uses, drawn by ReportLab canvas programs):
renders the invented reports of batch39_content.py through batch39_render.py and writes their truth from the same
descriptions (batch13.truth through batch14.for_truth, batch38's rule for form questions and batch32's whole-line
heading rule; a run-in heading is found by batch13's own run-in rule: texts, types and metadata from the blocks, pages
read back from the rendered PDF with poppler).

    /usr/bin/python3 batch39.py ../batch39 [name-prefix...]

Needs (apt-get) python3-reportlab, poppler-utils, fonts-liberation, fonts-dejavu-core. Test-fixture tooling only: every
report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
RUN_IN = batch13.heading_page  # batch13's rule, which knows run-in labels
import batch32  # noqa: F401,E402  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth  # noqa: E402
from batch39_content import REPORTS  # noqa: E402

WHOLE_LINE = batch13.heading_page


def heading_page(pages, heading, after, runin):
    return RUN_IN(pages, heading, after, True) if runin else WHOLE_LINE(pages, heading, after, runin)


batch13.heading_page = heading_page


def truth_blocks(rep):
    """A form question's answer blocks stand where the question does (batch38's rule; the question is no item); run-in
    headings ('h1r') are sections as batch13.truth reads them."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "qa":
            blocks += list(b[3])
        elif b[0] in ("h1", "h1r", "h2", "items"):
            blocks.append(b)
        elif b[0] == "p":
            blocks.append(b[:2])
    return dict(rep, blocks=blocks)

if __name__ == "__main__":
    import batch39_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch39_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
