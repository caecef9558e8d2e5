"""Batch 46 (issue 9, a fresh held-out batch of report shapes and producer combinations not covered before): renders the
invented reports of batch46_content.py through batch46_render.py (a flat ODT -> LibreOffice Writer untagged, PDF/UA and
tagged with endnotes; Chromium tagged and untagged; groff -me -> gropdf; pod2pdf) and writes their truth from the same
descriptions (batch13.truth through batch14.for_truth, with batch32's whole-line heading rule: texts, types and metadata
from the blocks, pages read back from the rendered PDF with poppler). A report with a contents page is rendered twice:
the second time its contents entries carry the heading pages the first rendering gave.

    /usr/bin/python3 batch46.py ../batch46 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer(-nogui), pod2pdf, groff, poppler-utils, fonts-liberation,
fonts-dejavu-core. Test-fixture tooling only: every report is invented.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from batch46_content import REPORTS

NOTE = re.compile(r"\^\[[^\]]*\]")


def item_text(t):
    if isinstance(t, tuple):  # a recommendation with lettered sub-parts: one item, the lead-in and its parts
        main, subs = t
        return " ".join([main] + ["(%s) %s" % ("abcdefgh"[i], s) for i, s in enumerate(subs)])
    return NOTE.sub("", t)


def truth_blocks(rep):
    """Footnotes and endnotes ('^[text]') are no item text; each right cell of a 'What we found | What needs to change'
    table is one recommendation item; short-form summary bullets, chronology, action plan and glossary tables, pull
    quotes, numbered paragraphs and sub-headings give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] == "items":
            flat.append(("items", b[1], [item_text(t) for t in b[2]], b[3]))
        elif b[0] == "pairs":
            flat.append(("items", "recommendations", [r[1] for r in b[1]], "table"))
        elif b[0] == "h1":
            flat.append(b)
    body_from = 3 if rep["blocks"][:1] == [("contents",)] else rep["body_from"]
    return dict(rep, blocks=flat, body_from=body_from)


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
    import batch46_render
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
            t = make(rep, pdf, batch46_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
