"""Batch 12 (issue 9 point 6): writes the truth of the eight invented reports in batch12_content.py, and renders them.

    python3 batch12.py truth ../batch12    # truth JSON from the content alone (pages as set there)
    python3 batch12.py render ../batch12 [name-prefix...]  # the PDFs, then a check that each heading / item is on its page

Needs chromium, soffice, pdflatex and poppler-utils. Test-fixture tooling only.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch11
from batch12_content import REPORTS, PAGES

if __name__ == "__main__":
    cmd, out = sys.argv[1], sys.argv[2]
    batch11.PAGES = PAGES  # batch11.truth reads the page counts from its module globals
    if cmd == "truth":
        os.makedirs(out, exist_ok=True)
        for rep in REPORTS:
            t = batch11.truth(rep)
            json.dump(t, open(os.path.join(out, rep["file"] + ".truth.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
            print("%-45s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
    else:
        import batch12_render
        batch12_render.main(out, sys.argv[3:])
