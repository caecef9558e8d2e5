"""Renders one batch31 report with its producer. Test-fixture tooling only.

pdf_builder: batch31_layout ops -> batch31_pdfbuilder.pl (Perl PDF::Builder); pdfbox_acroform: ops -> batch31_acroform.java
(PDFBox 3.0.8 from ~/.m2; fields, and a plain twin with the same text drawn as page text for reading the truth's pages);
pdfme: ops -> batch31_pdfme.js; md_to_pdf: Markdown -> batch31_mdtopdf.js; docx_*: a JSON description ->
batch31_docx.js -> soffice. Node packages from BATCH31_NODE_DIR (node_modules of docx 9, md-to-pdf 5, @pdfme/*)."""
import glob, json, os, re, subprocess
import batch31_layout as L
from batch31_content import INVENTED, accepted

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.environ.get("BATCH31_NODE_DIR", "")


def _m2(group, art, ver):
    return os.path.expanduser("~/.m2/repository/%s/%s/%s/%s-%s.jar" % (group.replace(".", "/"), art, ver, art, ver))


PDFBOX_CP = ":".join([_m2("org.apache.pdfbox", "pdfbox", "3.0.8"), _m2("org.apache.pdfbox", "pdfbox-io", "3.0.8"),
                      _m2("org.apache.pdfbox", "fontbox", "3.0.8"), _m2("commons-logging", "commons-logging", "1.3.5")])


def navy_h1(f, head):
    f.text_block(f.left, f.right - f.left, head, f.s["h1_size"], "B", color=f.s["accent"], gap=2)
    f.op("rect", f.left, f.y + 1, f.right - f.left, 0.8, f.s["accent"], None, 0)
    f.y -= 8


def plain_h1(f, head):
    f.text_block(f.left, f.right - f.left, head, f.s["h1_size"], "B", color=f.s["accent"], gap=4)


def bar_h1(f, head):
    size = f.s["h1_size"]
    f.op("rect", f.left - 4, f.y - size * 1.55, f.right - f.left + 8, size * 1.55, f.s["accent"], None, 0)
    f.op("line", f.left + 2, f.y - size * 1.12, size, (1, 1, 1), [("B", head)])
    f.y -= size * 1.55 + 8


def base_style(**kw):
    s = {"left": 62, "right": 62, "top": 70, "bottom": 72, "fam": "helv", "size": 10.5, "h1_size": 14, "h2_size": 11,
         "h1_before": 10, "accent": (0.1, 0.16, 0.4), "table_head": (0.86, 0.89, 0.95), "chron_cols": (110, 361),
         "rec_cols": (34, 300, 137), "h1": navy_h1, "cover": lambda f, c: L.plain_cover(f, c, (0.1, 0.16, 0.4))}
    s.update(kw)
    return s


STYLES = {
    "cresswold": base_style(),
    "hallowmere": base_style(fam="times", size=11, h1=plain_h1, h1_size=13, para_numbers=True, accent=(0, 0, 0),
                             cover=lambda f, c: L.plain_cover(f, c, None, 24)),
    "tarnbridge": base_style(h1=bar_h1, h1_size=12, accent=(0.2, 0.3, 0.45), size=9.5, rec_cols=(34, 290, 147),
                             cover=lambda f, c: L.plain_cover(f, c, (0.2, 0.3, 0.45))),
    "sallowby": base_style(fam="roboto", h1=bar_h1, h1_size=13, accent=(0.1, 0.5, 0.48), size=10,
                           cover=lambda f, c: L.plain_cover(f, c, (0.1, 0.5, 0.48))),
}


def footers(pages, rep, fmt, size=8.5, header=None):
    n = len(pages)
    for i, ops in enumerate(pages[1:], start=2):
        txt = fmt.format(n=i, m=n)
        ops.append(("line", 62, 40, size, (0.3, 0.3, 0.3), [("R", txt)]))
        if header:
            ops.append(("line", 62, L.H - 40, size, (0.3, 0.3, 0.3), [("I", header)]))


def _esc(t):
    return t.replace("\t", " ").replace("\n", " ")


def ops_tsv(pages, fields=False):
    return "\n".join(_ops_lines(pages, fields)) + "\n"


def _ops_lines(pages, fields):
    out = []
    for ops in pages:
        out.append("P")
        for o in ops:
            if o[0] in ("line", "mark"):
                _, x, y, size, col, segs = o
                out.append("\t".join(["S", "%.2f" % x, "%.2f" % y, "%.2f" % size, "%.3f %.3f %.3f" % col]
                                     + [s for seg in segs for s in (seg[0], _esc(seg[1]))]))
            elif o[0] == "rect":
                _, x, y, w, h, fill, stroke, lw = o
                out.append("\t".join(["R"] + ["%.2f" % v for v in (x, y, w, h, lw)]
                                     + ["%.3f %.3f %.3f" % fill if fill else "-", "%.3f %.3f %.3f" % stroke if stroke else "-"]))
            elif o[0] == "box":
                _, x, ytop, w, h, size, font, col, text, lh, inner, field, label = o
                if fields and field and not label:
                    out.append("\t".join(["F", "%.2f" % (x - 2), "%.2f" % (ytop - h - 1), "%.2f" % (w + 4), "%.2f" % (h + 2),
                                          "%.2f" % size, _esc(text)]))
                else:
                    out += _ops_lines([inner], False)[1:]
    return out


def render_layout(rep, d):
    key = rep["file"].split("-")[0]
    style = STYLES[key]
    pages = L.flow(rep, style)
    short = {"cresswold": "Cresswold LCSPR Child F | Page {n} of {m}", "hallowmere": "{n}",
             "tarnbridge": "Tarnbridge LCSPR Child R - page {n} of {m}", "sallowby": "Sallowby LCSPR Child N - page {n}"}[key]
    footers(pages, rep, short, header="Hallowmere LSCB - Serious Case Review Child K" if key == "hallowmere" else None)
    if key == "hallowmere":  # the page number centred
        for ops in pages[1:]:
            o = ops[-2]
            ops[-2] = ("line", L.W / 2 - 4, 40, o[3], o[4], o[5])
    out = os.path.join(d, rep["file"])
    meta = [rep["cover"]["title"], rep["cover"]["partnership"]]
    if rep["producer"] == "pdf_builder":
        src = os.path.join(d, "ops.tsv")
        open(src, "w", encoding="utf-8").write(ops_tsv(pages))
        subprocess.run(["perl", os.path.join(HERE, "batch31_pdfbuilder.pl"), src, out, style["fam"]] + meta, check=True)
        return out, out
    if rep["producer"] == "pdfbox_acroform":
        plain = os.path.join(d, "plain.pdf")
        for fields, dest in ((True, out), (False, plain)):
            src = os.path.join(d, "ops%d.tsv" % fields)
            open(src, "w", encoding="utf-8").write(ops_tsv(pages, fields))
            subprocess.run(["java", "-cp", PDFBOX_CP, os.path.join(HERE, "batch31_acroform.java"), src, dest] + meta,
                           check=True)
        return out, plain
    if rep["producer"] == "pdfme":
        src = os.path.join(d, "pages.json")
        json.dump(pages, open(src, "w", encoding="utf-8"))
        subprocess.run(["node", os.path.join(HERE, "batch31_pdfme.js"), src, out] + meta, check=True,
                       env=dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules")))
        return out, out
    raise SystemExit("no layout producer " + rep["producer"])


# ---------- Markdown for md-to-pdf
def markdown(rep, css_numbers):
    c = rep["cover"]
    md = ['<div class="cover">', '<p class="t">%s</p>' % c["title"], '<p class="p">%s</p>' % c["partnership"],
          "<p>%s</p>" % c["by"], "<p>%s</p>" % c["date"], '<p class="inv"><em>%s</em></p>' % INVENTED, "</div>", "",
          '<div class="page-break"></div>', ""]
    n_h1, counts = 0, {}
    hmark = "##" if css_numbers else "#"
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            appendix = b[1].lower().startswith(("appendix", "glossary"))
            n_h1 += 0 if appendix else 1
            head = "%d. %s" % (n_h1, b[1]) if rep.get("numbering") == "typed" and not appendix else b[1]
            md += ["%s %s" % (hmark, head), ""]
        elif k == "h2":
            md += ["%s# %s" % (hmark, b[1]), ""]
        elif k == "p":
            md += [accepted(b[1]), ""]
        elif k == "items":
            for t in b[2]:
                counts[b[1]] = counts.get(b[1], 0) + 1
                n, t = counts[b[1]], accepted(t)
                if b[3] == "ol":
                    md.append("%d. %s" % (n, t))
                elif b[3] == "ul":
                    md.append("- " + t)
                elif b[3] == "rn":
                    md += ["**Recommendation %d:** %s" % (n, t), ""]
                elif b[3] == "lp":
                    md += ["> **Learning point %d**" % n, ">", "> " + t, ""]
            md.append("")
        elif k == "chron":
            md += ["| Date | Key event |", "|---|---|"] + ["| %s | %s |" % r for r in b[1]] + [""]
        elif k == "rectable":
            md += ["| No. | Recommendation | Lead |", "|---|---|---|"] + [
                "| %d | %s | %s |" % (i + 1, r, lead) for i, (r, lead) in enumerate(b[1])] + [""]
        elif k == "gloss":
            md += ["**%s**: %s" % g + "  " for g in b[1]] + [""]
    return "\n".join(md) + "\n"


MD_CSS = {
    "westerhithe": ".cover{margin-top:60mm} .cover .t{font-size:26pt;font-weight:bold;color:#17365d;line-height:1.2} "
                   ".cover .p{font-size:14pt} .inv{color:#555}",
    "moorgarth": "body{font-family:serif;font-size:11pt;line-height:1.45;counter-reset:sec} "
                 ".cover{margin-top:50mm;border-left:8px solid #6b2d5c;padding-left:14px} .cover .t{font-size:24pt;"
                 "font-weight:bold;color:#6b2d5c} .page-break{page-break-after:always} h2{font-size:15pt;color:#6b2d5c;"
                 "border-bottom:1px solid #c9a6c0;padding-bottom:3px;margin-top:18px} h2::before{counter-increment:sec;"
                 "content:counter(sec) '. '} h3{font-size:12pt;font-style:italic} blockquote{background:#f4ecf2;"
                 "border-left:5px solid #6b2d5c;margin:8px 0;padding:6px 12px} blockquote p{margin:3px 0}",
}


def render_md(rep, d):
    key = rep["file"].split("-")[0]
    src = os.path.join(d, "report.md")
    open(src, "w", encoding="utf-8").write(markdown(rep, key == "moorgarth"))
    cfg = {"css": MD_CSS[key], "own": key == "moorgarth",
           "header": "Westerhithe Safeguarding Children Partnership" if key == "westerhithe" else "",
           "footer": "Page {n} of {m}" if key == "westerhithe" else "Moorgarth CSPR Child G \u00a0 {n} / {m}"}
    json.dump(cfg, open(os.path.join(d, "cfg.json"), "w"))
    out = os.path.join(d, rep["file"])
    subprocess.run(["node", os.path.join(HERE, "batch31_mdtopdf.js"), src, os.path.join(d, "cfg.json"), out], check=True,
                   env=dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules")))
    return out, out


# ---------- DOCX (docx npm) with tracked changes / comments -> LibreOffice
def runs(text):
    """'[+x+]' / '[-x-]' marks to (kind, text) runs."""
    out = []
    for part in re.split(r"(\[\+.*?\+\]|\[-.*?-\])", text):
        if part.startswith("[+"):
            out.append(("ins", part[2:-2]))
        elif part.startswith("[-"):
            out.append(("del", part[2:-2]))
        elif part:
            out.append(("t", part))
    return out


def render_docx(rep, d):
    desc = {"cover": rep["cover"], "invented": INVENTED, "comments": rep.get("comments", {}), "blocks": [],
            "version": "Version 3 (tracked changes following family feedback)" if rep["file"].startswith("lindenholt") else
            "Final draft for publication, with the panel's comments",
            "footer": "Page " if rep["file"].startswith("lindenholt") else "Brackenfold learning review - Child Z - page "}
    for b in rep["blocks"]:
        if b[0] in ("h1", "h2"):
            desc["blocks"].append({"k": b[0], "text": b[1]})
        elif b[0] == "p":
            desc["blocks"].append({"k": "p", "runs": runs(b[1])})
        elif b[0] == "items":
            desc["blocks"].append({"k": "items", "style": b[3], "items": [runs(t) for t in b[2]]})
        elif b[0] == "rectable":
            desc["blocks"].append({"k": "table", "head": ["No.", "Recommendation", "Lead"],
                                   "rows": [[str(i + 1), r, lead] for i, (r, lead) in enumerate(b[1])]})
        elif b[0] == "gloss":
            desc["blocks"].append({"k": "table", "head": ["Term", "Meaning"], "rows": [list(g) for g in b[1]]})
    src = os.path.join(d, "desc.json")
    json.dump(desc, open(src, "w", encoding="utf-8"))
    docx = os.path.join(d, rep["file"][:-4] + ".docx")
    subprocess.run(["node", os.path.join(HERE, "batch31_docx.js"), src, docx], check=True,
                   env=dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules")))
    notes = "true" if rep.get("comments") else "false"
    filt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"%s"}}' % notes
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(d, "lo"), "--convert-to", filt,
                    "--outdir", d, docx], check=True, capture_output=True)
    out = os.path.join(d, rep["file"])
    return out, out


def render(rep, d):
    """Returns (the PDF, the PDF whose text the truth reads: a plain twin for the form)."""
    p = rep["producer"]
    if p in ("pdf_builder", "pdfbox_acroform", "pdfme"):
        return render_layout(rep, d)
    if p == "md_to_pdf":
        return render_md(rep, d)
    return render_docx(rep, d)
