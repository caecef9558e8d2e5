"""Batch 36 (issue 9, a fresh held-out batch of layout shapes new to the repo, all drawn by one InDesign-like PDFBox
program): renders the invented reports of batch36_content.py through batch36_render.py / batch36_layout.java and writes
their truth from the same descriptions (batch13.truth through batch14.for_truth with batch32's whole-line heading rule:
texts, types and metadata from the blocks, pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch36.py ../batch36 [name-prefix...]

Headings drawn as images of text (Thornhaugh) have no text layer: their pages are read back from the PDF's outline
(`mutool show F outline`), which names each heading and its page. Words hidden by a privacy shape ({R:..} {I:..} {C:..}
{W:..} in the descriptions) are in no truth text; the truth files are checked for them. Needs java 17 with PDFBox 3.0.8
in ~/.m2, fonts-liberation, poppler-utils, mupdf-tools. Test-fixture tooling only: every report is invented.
"""
import json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule, spaces ignored as a fallback)
from e2e import norm
from batch14 import for_truth
from batch36_content import REPORTS

TEXT_RULE = batch13.heading_page


def truth_blocks(rep):
    """Sidebar learning points are learning items; table rows' recommendations are recommendation items; pull quotes
    (words repeated from the body) give none."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "side":
            blocks.append(("items", "learning", list(b[2])))
        elif b[0] == "rectable":
            blocks.append(("items", "recommendations", [t for _, recs in b[1] for t, _ in recs]))
        elif b[0] in ("h1", "items"):
            blocks.append(b[:4] if b[0] == "h1" else b)
    return dict(rep, blocks=blocks)


def outline_pages(pdf):
    """Heading -> page from the outline: mutool prints one entry a line, '+<TAB>"Title"<TAB>#page=N...' or similar."""
    out = subprocess.run(["mutool", "show", pdf, "outline"], capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines():
        m = re.search(r'"(.*)"\s+#(?:page=)?(\d+)', line)
        if m:
            found.append((norm(m.group(1)), int(m.group(2))))
    return found


def truth(rep, pdf):
    if rep.get("outline_headings"):
        marks = outline_pages(pdf)
        batch13.heading_page = lambda pages, heading, after, runin: next(
            p for h, p in marks if h == norm(heading) and p > after)
    try:
        t = batch13.truth(for_truth(truth_blocks(rep)), pdf)
    finally:
        batch13.heading_page = TEXT_RULE
    dump = norm(json.dumps(t, ensure_ascii=False))
    for word in rep.get("hidden", []):
        assert norm(word) not in dump, (rep["file"], word)
    return t


if __name__ == "__main__":
    import batch36_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            os.replace(batch36_render.render(rep, d), pdf)
        t = truth(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
