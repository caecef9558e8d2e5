"""Batch 32 (issue 9, a fresh held-out batch of publication shapes on the producers partnerships use): renders the invented
reports of batch32_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth,
with batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch32.py ../batch32 [name-prefix...]

Needs (apt-get) libreoffice-writer, pandoc, chromium, poppler-utils, fonts-liberation, fonts-dejavu-core.
A council web page's 'On this page' list repeats every section heading as a whole line on page 1; its lines (after the
'On this page' line, up to the page title's first body heading) are left out of the text the truth searches for headings,
so a heading's page is where the heading itself stands. A letter-spaced heading is found with its spaces ignored.
Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from e2e import norm, pdf_pages
from batch14 import for_truth
from batch32_content import REPORTS


WHOLE_LINE = batch13.heading_page


def heading_page(pages, heading, after, runin):
    """batch21's whole-line rule, then the same rule with spaces ignored: a letter-spaced capitals heading ('THE FACTS'
    with 0.05 cm tracking) is extracted as 'T H E FA C T S'."""
    try:
        return WHOLE_LINE(pages, heading, after, runin)
    except SystemExit:
        want = norm(heading).replace(" ", "")
        for i in range(after, len(pages)):
            if any(norm(line).replace(" ", "") == want for line in pages[i].splitlines()):
                return i + 1
        raise


batch13.heading_page = heading_page


def truth_blocks(rep):
    """batch32's block kinds as batch13.truth reads them: each row of an owner table is a recommendation item; terms of
    reference lists and timelines give none."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "owners":
            blocks.append(("items", "recommendations", [r for r, _, _ in b[1]]))
        elif b[0] in ("h1", "h2", "items", "p"):
            blocks.append(b[:2] if b[0] == "p" else b)
    return dict(rep, blocks=blocks)


def without_contents_list(rep):
    """pdf_pages for a page whose 'On this page' list repeats the section headings: the list's lines dropped."""
    heads = {norm(b[1]) for b in rep["blocks"] if b[0] == "h1"}

    def pages(pdf, layout=True):
        out = pdf_pages(pdf, layout)
        lines, keep, in_list, dropped = out[0].splitlines(), [], False, set()
        for line in lines:
            n = norm(line)
            if n == "on this page":
                in_list = True
                continue
            if in_list and n in heads and n not in dropped:
                dropped.add(n)
                continue
            if in_list and n:
                in_list = False
            keep.append(line)
        return ["\n".join(keep)] + out[1:]
    return pages


if __name__ == "__main__":
    import batch32_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch32_render.render(rep, d)
            batch13.pdf_pages = without_contents_list(rep) if rep["template"] == "tidewell" else pdf_pages
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            if rep["cover"].get("subtitle"):  # lead decision: a cover's document-kind subtitle may join the title
                t["title"] = "%s|%s - %s" % (t["title"], t["title"], rep["cover"]["subtitle"])
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
