"""Renders batch 47's invented reports (batch47_content.py): a flat ODT -> LibreOffice Writer through batch46_render's
writer (Thornwick tagged, running head = the chapter field; Cwm Llwyd untagged, learning in a two-column section),
Chromium (Felbridge untagged, Inverallan and Harrowfield tagged), pod2pdf (Ballyroan), and the hand-written InDesign-like
PDF of batch47_rawpdf.py (Oakenshaw, Wyndle). Test-fixture tooling only.
"""
import html, os, re, subprocess
from batch47_content import INVENTED
import batch45_render as b45
import batch46_render as b46
import batch47_rawpdf as raw


def e(s):
    return html.escape(s, quote=False)


# ---------------- flat ODT -> LibreOffice Writer (batch46's writer, with this batch's blocks) ----------------
CHAPTER = '<text:chapter text:display="name" text:outline-level="1"/>'
b46.LOOK["thornwick"] = ("#5b2c6f", CHAPTER, 'Page <text:page-number text:select-page="current"/> of <text:page-count/>')
b46.LOOK["cwm"] = ("#1d6b3a", "Cwm Llwyd Regional Safeguarding Board",
                   'Tudalen <text:page-number text:select-page="current"/>')
MORE_STYLES = ('<style:style style:name="LPB" style:family="text"><style:text-properties fo:font-weight="bold" '
               'fo:color="#5b2c6f"/></style:style>'
               '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
               '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>'
               '<style:style style:name="wA" style:family="table-column"><style:table-column-properties '
               'style:column-width="1.2cm"/></style:style>')
_odt_block = b46.odt_block


def odt_block(b, note, counter):
    if b[0] == "actions":  # a portrait action plan: Rec. | Action | Lead | By when | Status
        return b46.table("ActionPlan", "TB", ("wA", "w5", "w3", "w3", "w3"),
                         ("Rec.", "Action", "Lead", "By when", "Status"), b[1], note)
    return _odt_block(b, note, counter)


b46.odt_block = odt_block


def odt_blocks(rep):
    out = []
    for b in rep["blocks"]:
        if b[0] == "lp":
            out.append(("p", "Learning point: " + b[1]))
        elif b[0] in ("tor", "short"):
            out.append(("items", "", b[1], "ol"))
        elif b[0] in ("cols", "endcols"):
            out.append(("p", "@@%s@@" % b[0].upper()))
        else:
            out.append(b)
    return dict(rep, blocks=out)


def writer(rep, d, toc_pages):
    doc = b46.fodt(odt_blocks(rep), toc_pages)
    doc = doc.replace("</office:automatic-styles>", MORE_STYLES + "</office:automatic-styles>", 1)
    doc = doc.replace(">Learning point: ", '><text:span text:style-name="LPB">Learning point:</text:span> ')
    doc = doc.replace('<text:p text:style-name="Text_20_body">@@COLS@@</text:p>',
                      '<text:section text:style-name="Sect2" text:name="Learning">')
    doc = doc.replace('<text:p text:style-name="Text_20_body">@@ENDCOLS@@</text:p>', "</text:section>")
    if rep["file"].startswith("thornwick"):  # every chapter from a new page, as in the Word template
        doc = doc.replace('<text:h text:style-name="Heading_20_1"', '<text:h text:style-name="HeadBreak"')
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(doc)
    export = b46.TAGGED if "tagged" in rep["producer"] else "pdf"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to", export,
                    "--outdir", d, src], check=True, capture_output=True)
    return os.path.join(d, "r.pdf")


# ---------------- Chromium ----------------
ICON = ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40' width='34' height='34'><circle cx='20' cy='20' "
        "r='19' fill='#0b5a7a'/><path d='M20 9a8 8 0 0 0-5 14v4h10v-4a8 8 0 0 0-5-14zM16 30h8v3h-8z' fill='#fff'/></svg>")
CSS = {
    "felbridge": """@page { size: A4; margin: 18mm 18mm 20mm 18mm; @bottom-right { content: 'Felbridge SP  |  ' counter(page);
  font: 8.5pt 'Liberation Sans'; } }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.4; }
.band { background: #e35205; color: #fff; padding: 12pt 16pt; margin-bottom: 10pt; }
.band h1 { font-size: 20pt; margin: 4pt 0; } .band p { margin: 2pt 0; }
.inv { font-size: 8.5pt; color: #555; }
h2 { font-size: 14pt; color: #e35205; border-bottom: 1pt solid #e35205; margin: 14pt 0 6pt 0; break-after: avoid; }
ol.short { margin: 4pt 0 4pt 18pt; padding: 0; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; } th { background: #e35205; color: #fff; text-align: left; }
th, td { border: 0.6pt solid #999; padding: 4pt 5pt; vertical-align: top; } td ol { margin: 3pt 0 0 14pt; padding: 0; }
""",
    "inverallan": """@page { size: A4; margin: 24mm 20mm 20mm 20mm; @top-right { content: 'Inverallan Child Protection Committee';
  font: 8.5pt 'DejaVu Sans'; color: #0b5a7a; } @bottom-center { content: counter(page); font: 8.5pt 'DejaVu Sans'; } }
@page :first { @top-right { content: none; } }
body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; }
.cover { page-break-after: always; padding-top: 60mm; } .cover h1 { font-size: 26pt; color: #0b5a7a; }
.cover p { font-size: 12pt; margin: 4pt 0; } .cover .inv { font-size: 8.5pt; margin-top: 40mm; }
h2 { font-size: 14pt; color: #0b5a7a; margin: 14pt 0 6pt 0; break-after: avoid; }
ol.tor { list-style: decimal; } .row { display: flex; align-items: center; gap: 10pt; margin: 8pt 0;
  background: #eef5f8; padding: 6pt 8pt; border-radius: 6pt; } .row .ic { flex: 0 0 34pt; } .row .tx { flex: 1; }
""",
    "harrowfield": """@page { size: A4; margin: 20mm; @bottom-center { content: 'page ' counter(page) ' of ' counter(pages);
  font: 8.5pt 'Liberation Serif'; } }
body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; }
.cover { page-break-after: always; padding-top: 50mm; text-align: center; } .cover h1 { font-size: 26pt; }
.cover p { font-size: 13pt; margin: 5pt 0; } .cover .inv { font-size: 9pt; margin-top: 50mm; }
h2 { font-size: 15pt; font-family: 'Liberation Sans'; color: #3b3b6d; margin: 14pt 0 6pt 0; break-after: avoid; }
h3 { font-size: 11.5pt; font-family: 'Liberation Sans'; font-style: italic; margin: 10pt 0 4pt 0; break-after: avoid; }
""",
}


def chromium_html(rep):
    c, key = rep["cover"], rep["file"].split("-")[0]
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e(c["title"]), CSS[key])]
    if key == "felbridge":
        out.append("<div class='band'><p>%s</p><h1>%s</h1><p>%s &middot; %s</p></div><p class='inv'>%s</p>"
                   % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    else:
        out.append("<div class='cover'><p>%s</p><h1>%s</h1><p>%s</p><p>%s</p><p class='inv'>%s</p></div>"
                   % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))
    count = 0
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "agency":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k in ("short", "tor"):
            out.append("<ol class='%s'>%s</ol>" % (k, "".join("<li>%s</li>" % e(t) for t in b[1])))
        elif k == "rectable":
            rows = []
            for agency, rec, resp, when in b[1]:
                if isinstance(rec, tuple):
                    rec = "%s<ol>%s</ol>" % (e(rec[0]), "".join("<li>%s</li>" % e(s) for s in rec[1]))
                else:
                    rec = e(rec)
                rows.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (e(agency), rec, e(resp), e(when)))
            out.append("<table><thead><tr><th style='width:20%%'>Agency</th><th style='width:45%%'>Recommendation</th>"
                       "<th>Response</th><th style='width:13%%'>Timescale</th></tr></thead><tbody>%s</tbody></table>"
                       % "".join(rows))
        elif k == "items" and b[3] == "icon":
            out.append("".join("<div class='row'><div class='ic'>%s</div><div class='tx'>%s</div></div>" % (ICON, e(t))
                               for t in b[2]))
        elif k == "items" and b[3] == "ol":
            out.append("<ol start='%d'>%s</ol>" % (count + 1, "".join("<li>%s</li>" % e(t) for t in b[2])))
            count += len(b[2]) if b[1] == "recommendations" else 0
        elif k == "items" and b[3] == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        else:
            raise ValueError(k)
    out.append("</body></html>")
    return "\n".join(out)


def chromium(rep, d):
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(chromium_html(rep))
    flags = [] if "tagged" in rep["producer"] and "untagged" not in rep["producer"] else ["--disable-pdf-tagging"]
    subprocess.run(b45.CHROMIUM + flags + ["--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    return pdf


# ---------------- pod2pdf ----------------
def pod(rep):
    c = rep["cover"]
    out = ["=pod", "", "B<%s>" % c["title"], "", c["partnership"], "", c["by"], "", c["date"], "", "I<%s>" % INVENTED, ""]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out += ["=head1 " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "lp":
            out += ["B<Learning point:> " + b[1], ""]
        elif k == "items":
            out += ["=over 4", ""]
            for t in b[2]:
                agency, rest = t.split(" should ", 1)
                out += ["=item *", "", "B<%s> should %s" % (agency, rest), ""]
            out += ["=back", ""]
        else:
            raise ValueError(k)
    return "\n".join(out + ["=cut", ""])


def pod2pdf(rep, d):
    src, pdf = os.path.join(d, "r.pod"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write(pod(rep))
    subprocess.run(["pod2pdf", "--title", rep["cover"]["title"], "--footer-text", rep["cover"]["partnership"],
                    "--page-width", "420", "--page-height", "595", "--output-file", pdf, src], check=True, capture_output=True)
    return pdf


def render(rep, d, toc_pages=None):
    p, pdf = rep["producer"], os.path.join(d, "r.pdf")
    if p.startswith("libreoffice"):
        return writer(rep, d, toc_pages or {})
    if p.startswith("chromium"):
        return chromium(rep, d)
    if p.startswith("pod2pdf"):
        return pod2pdf(rep, d)
    if p == "handwritten_indesign_like_tj":
        raw.column_report(rep, pdf, INVENTED, "Oakenshaw CSP")
    else:
        raw.side_head_report(rep, pdf, INVENTED)
    return pdf
