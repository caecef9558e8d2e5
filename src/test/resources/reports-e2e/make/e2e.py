"""Hand-styled end-to-end report fixtures (INVENTED content) and their truth.

Each report is a cover dict plus a list of blocks; each report has its own look (fonts, cover, heading
style, item layout). Chromium prints HTML; LibreOffice converts a flat ODT written here or HTML opened
in Writer. The truth comes from the blocks (titles, texts, types); only the page numbers are read back
from the rendered PDF with `pdftotext -f N -l N`. Test-fixture tooling only.

    python3 e2e.py OUTDIR batch1|batch2
"""
import html, json, os, re, subprocess, sys, tempfile, unicodedata

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]
TAGGED_EXPORT = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
INVENTED = "This review and every person, place and organisation in it are invented for software testing."


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def e(s):
    return html.escape(s, quote=False)


def pdf_pages(pdf, layout=True):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext"] + (["-layout"] if layout else []) + ["-f", str(i), "-l", str(i), pdf, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


def find_heading(pages, heading, after, runin=False):
    want = norm(heading)
    for i in range(after, len(pages)):
        for line in pages[i].splitlines():
            if runin and want and norm(line).startswith(want + " "):
                return i + 1
            if norm(line) == want or (want and norm(line).endswith(" " + want) and len(norm(line)) - len(want) < 6):
                return i + 1
    raise SystemExit("heading not found on a line: %r" % heading)


def find_text(pages, text, after):
    words = norm(text).split()[:7]
    probe = " ".join(words)
    for i in range(after, len(pages)):
        if probe in norm(pages[i]):
            return i + 1
    raise SystemExit("item start not found: %r" % text[:60])


def truth(rep, pdf):
    pages = pdf_pages(pdf, not rep.get("columns"))  # columns: pdftotext's reading order, not -layout
    start = rep.get("body_from", 2) - 1
    sections, items, counts, current, after = [], [], {}, None, start
    for b in rep["blocks"]:
        if b[0] in ("h1", "h1r"):
            p = find_heading(pages, b[1], after, b[0] == "h1r")
            after = p - 1
            current = b[1]
            s = {"section_type": b[2], "heading": b[1], "page_start": p}
            if len(b) > 3:
                s["accept_types"] = b[3]
            sections.append(s)
        elif b[0] == "items":
            st = b[1]
            for text in b[2]:
                p = find_text(pages, text, after)
                after = p - 1
                counts[st] = counts.get(st, 0) + 1
                items.append({"section_type": st, "item_no": counts[st], "text": text, "page": p, "in_section": current})
    for i, s in enumerate(sections):
        s["page_end"] = (sections[i + 1]["page_start"] - 1) if i + 1 < len(sections) else len(pages)
        s["page_end"] = max(s["page_end"], s["page_start"])
    c = rep["cover"]
    return {"file": rep["file"], "pages": len(pages), "title": c["title"], "child_name": c["child_name"],
            "review_type": c["review_type"], "area": c["area"], "publication_year": c["year"],
            "partnership": c["partnership"], "producer": rep["producer"], "invented": True,
            "features": rep["features"], "sections": sections, "items": items}


# ---------------- HTML (Chromium, or LibreOffice Writer) ----------------
def html_doc(rep):
    s = rep["style"]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e(rep.get("doc_title", rep["cover"]["title"])), s["css"]), s["cover"](rep["cover"])]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append(s["h1"](b[1]))
        elif k == "h1r":
            out.append(s["h1r"](b))
        elif k == "h2":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "pagebreak":
            out.append("<div class='pb'></div>")
        elif k == "items":
            out.append(s["items"][b[3]](b))
        elif k == "raw":
            out.append(b[1])
    out.append("</body></html>")
    return "\n".join(out)


def render(rep, outdir):
    pdf = os.path.join(outdir, rep["file"])
    with tempfile.TemporaryDirectory() as d:
        if rep["producer"] == "chromium":
            src = os.path.join(d, "r.html")
            open(src, "w", encoding="utf-8").write(html_doc(rep))
            subprocess.run(CHROMIUM + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
        else:
            if rep.get("latex"):
                md = os.path.join(d, "r.md")
                open(md, "w", encoding="utf-8").write(rep["markdown"](rep))
                subprocess.run(["pandoc", md, "--pdf-engine=pdflatex", "-o", os.path.join(d, "r.pdf")], check=True,
                               capture_output=True)
                cmd = None
            elif rep.get("markdown"):
                md = os.path.join(d, "r.md")
                open(md, "w", encoding="utf-8").write(rep["markdown"](rep))
                src = os.path.join(d, "r.docx")
                subprocess.run(["pandoc", md, "-o", src], check=True, capture_output=True)
                cmd = ["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", "pdf", "--outdir", d, src]
            elif rep.get("odt"):
                src = os.path.join(d, "r.fodt")
                open(src, "w", encoding="utf-8").write(rep["odt"](rep))
                cmd = ["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", "pdf", "--outdir", d, src]
            else:
                src = os.path.join(d, "r.html")
                open(src, "w", encoding="utf-8").write(html_doc(rep))
                cmd = ["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--infilter=HTML (StarWriter)",
                       "--convert-to", "pdf:writer_pdf_Export", "--outdir", d, src]
            if rep.get("tagged"):
                cmd = [c.replace("pdf:writer_pdf_Export", TAGGED_EXPORT) if c.startswith("pdf") else c for c in cmd]
                cmd = [TAGGED_EXPORT if c == "pdf" else c for c in cmd]
            if cmd:
                subprocess.run(cmd, check=True, capture_output=True)
            os.replace(os.path.join(d, "r.pdf"), pdf)
    t = truth(rep, pdf)
    json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print("%-45s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))


if __name__ == "__main__":
    outdir, batch = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    mod = __import__(batch)
    for rep in mod.REPORTS:
        render(rep, outdir)
