"""Batch 44 (issue 9, a fresh held-out batch of report shapes not covered before): renders the invented reports of
batch44_content.py through batch44_render.py (Chromium; hand-written PostScript -> Ghostscript, qpdf; batch44_writer.js
on Node.js; batch44_writer.pl on Perl; groff -ms + tbl -> ps2pdf) and writes their truth from the same descriptions
(batch13.truth through batch14.for_truth, with batch32's whole-line heading rule: texts, types and metadata from the
blocks, pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch44.py ../pending-batch44 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, ghostscript, qpdf, groff, poppler-utils, python3-reportlab (base-14 widths), nodejs, perl,
fonts-liberation, fonts-dejavu-core. Test-fixture tooling only: every report is invented.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from batch44_content import REPORTS

NOTE = re.compile(r"\^\d+")


def truth_blocks(rep):
    """Endnote calls ('^N') are no item text; an action plan's or a landscape table's rows give one recommendation item
    each (the recommendation cell); pull quotes, sidebars, endnotes and sub-headings give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] == "items":
            flat.append(("items", b[1], [NOTE.sub("", t) for t in b[2]], b[3]))
        elif b[0] == "actions":
            flat.append(("items", "recommendations", [r[1] for r in b[1]], "table"))
        elif b[0] == "landscape":
            flat.append(("items", "recommendations", [r[1] for r in b[1]], "table"))
        elif b[0] in ("h1", "h2"):
            flat.append(b)
    return dict(rep, blocks=flat)


if __name__ == "__main__":
    import batch44_render
    truth_only = "--truth-only" in sys.argv
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
                made = batch44_render.render(rep, d)
                t = batch13.truth(for_truth(truth_blocks(rep)), made)
                os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
