"""Batch 21 (issue 9 point 6, a fresh held-out batch of council templates): renders the invented reports of
batch21_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth: texts, types
and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch21.py ../batch21 [name-prefix...]

A heading's page is where the heading stands as a whole line (or a whole cell of a -layout line, or two lines of a wrapped
heading), its printed number aside; batch13's rule, which took a line that ends with the heading's words, put a heading on
the page of a body line ending with them (batch19's slip (a)). Needs (apt-get) chromium, libreoffice-writer, weasyprint,
python3-docx, python3-reportlab, pandoc, texlive-xetex, texlive-latex-extra, poppler-utils. Test-fixture tooling only.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
from e2e import norm
from batch14 import for_truth
from batch21_content import REPORTS


def _bare(n):
    return re.sub(r"^(part )?\d+(?: \d+)* ", "", n)


def heading_page(pages, heading, after, runin):
    want = norm(heading)
    for i in range(after, len(pages)):
        lines = pages[i].splitlines()
        cells = [norm(c) for line in lines for c in re.split(r"\s{3,}", line.strip()) if c.strip()]
        if any(c == want or _bare(c) == want or c == _bare(want) for c in cells):
            return i + 1
        whole = [norm(line) for line in lines if line.strip()]
        if any(a + " " + b in (want, _bare(want)) for a, b in zip(whole, whole[1:])):
            return i + 1
    raise SystemExit("heading not found as a whole line: %r" % heading)


batch13.heading_page = heading_page


def truth_blocks(rep):
    """batch21's block kinds as batch13.truth reads them: table rows give a learning and a recommendation item, call-outs
    and learning boxes a learning item; a recommendation's partnership response and a restated action plan are no items."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "row":
            blocks += [("items", "learning", [b[1]]), ("items", "recommendations", [b[3]])]
        elif b[0] == "rec":
            blocks.append(("items", "recommendations", [b[1]]))
        elif b[0] in ("callout", "learnbox"):
            blocks.append(("items", "learning", [b[1]]))
        elif b[0] != "restated":
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch21_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch21_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
