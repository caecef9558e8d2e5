"""Batch 45 (issue 9, a fresh held-out batch of template shapes and producer combinations not covered before): renders
the invented reports of batch45_content.py through batch45_render.py (a flat ODT -> LibreOffice Writer, tagged and not;
Chromium, tagged and with tagging switched off; pod2pdf; groff -mm -> gropdf) and writes their truth from the same
descriptions (batch13.truth through batch14.for_truth, with batch32's whole-line heading rule: texts, types and metadata
from the blocks, pages read back from the rendered PDF with poppler). A report with a contents page is rendered twice:
the second time its contents entries carry the heading pages the first rendering gave.

    /usr/bin/python3 batch45.py ../batch45 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer(-nogui), pod2pdf, groff, poppler-utils, fonts-liberation,
fonts-dejavu-core. Test-fixture tooling only: every report is invented.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from batch45_content import REPORTS

NOTE = re.compile(r"\^\[[^\]]*\]")


def truth_blocks(rep):
    """Footnotes ('^[text]') are no item text; each row of a recommendations table gives one recommendation item (its
    recommendation cell, not the agency or its response); numbered paragraphs, sub-headings and contents give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] == "items":
            flat.append(("items", b[1], [NOTE.sub("", t) for t in b[2]], b[3]))
        elif b[0] == "rectable":
            flat.append(("items", "recommendations", [r[0] for r in b[1]], "table"))
        elif b[0] in ("h1", "h2"):
            flat.append(b)
    return dict(rep, blocks=flat, body_from=3 if any(b[0] == "contents" for b in rep["blocks"][:1]) else rep["body_from"])


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory() as d:
        made = render(rep, d)
        t = batch13.truth(for_truth(truth_blocks(rep)), made)
        if any(b[0] == "contents" for b in rep["blocks"]):
            pages = {s["heading"]: s["page_start"] for s in t["sections"]}
            made = render(rep, d, pages)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch45_render
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
            t = make(rep, pdf, batch45_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
