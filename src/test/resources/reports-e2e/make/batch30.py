"""Batch 30 (issue 9, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch30_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with
batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    BATCH30_CP_DIR=/path/to/classpath-files /usr/bin/python3 batch30.py ../batch30 [name-prefix...]

Needs (apt-get) lyx, calligrawords, libreoffice-writer, poppler-utils, Java 17; the Maven artefacts
net.sf.jasperreports:jasperreports:6.21.3, org.docx4j:docx4j-JAXB-ReferenceImpl:11.4.11 with docx4j-export-fo:11.4.11,
com.github.vandeseer:easytable:1.0.2, each classpath in BATCH30_CP_DIR/<renderer>.cp (`mvn dependency:build-classpath`).
Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch30_content import REPORTS


def truth_blocks(rep):
    """batch30's block kinds as batch13.truth reads them: each row of a recommendations table (with a lead or a partnership
    response) is a recommendation item; terms of reference, chronology and glossary tables give none."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] in ("rectable", "resptable"):
            blocks.append(("items", "recommendations", [r for r, _ in b[1]]))
        elif b[0] in ("h1", "h2", "items"):
            blocks.append(b)
        elif b[0] == "p":
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch30_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch30_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
