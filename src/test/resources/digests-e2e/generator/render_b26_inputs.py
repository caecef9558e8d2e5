# Renders the inputs of batch b26 (see render_b26.py and entries_b26.py). Invented material, test fixtures only.
import html, json, os, shutil, subprocess, tempfile
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
NODE_PATH = os.environ.get("NODE_PATH", "/tmp/m26d-npm/node_modules")
BOX = "\u2588"  # marks a redacted word in entries_b26.py


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def run(cmd, cwd=None, **kw):
    subprocess.run(cmd, check=True, capture_output=True, cwd=cwd, stdin=subprocess.DEVNULL, timeout=600, **kw)


def soffice_pdf(src, pdf, conv="pdf", infilter=None):
    with tempfile.TemporaryDirectory() as t:
        run(["soffice", f"-env:UserInstallation=file://{t}/profile", "--headless"] + ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", conv, "--outdir", t, src])
        shutil.move(os.path.join(t, os.path.splitext(os.path.basename(src))[0] + ".pdf"), pdf)


def chromium(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as w:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf_path}", html_path])


def node(script, src_path, out_pdf_or_pptx, data):
    open(src_path, "w").write(script)
    env = dict(os.environ, NODE_PATH=NODE_PATH)
    subprocess.run(["node", src_path, json.dumps(data), out_pdf_or_pptx], check=True, capture_output=True, env=env, timeout=300)


def entries_data(d):
    return dict(heading=d["heading"], intro=d["intro"], foot=FOOT, entries=[
        dict(title=e["title"], summary=e["summary"], link=e["link"], url=url(d, i),
             groups=[[lab, lst] for lab, lst in groups(e)]) for i, e in enumerate(d["entries"], 1)])


# 1. jsPDF 4 + jspdf-autotable (node): A4 landscape, the heading and intro drawn with doc.text, then ONE autoTable of the
#    reviews (striped theme): Review (title, blank line, the link text with a link annotation over it) | Summary | Learning
#    includes | Recommendations include, the items as '• ' lines inside the cells, the no-recommendations sentence in the
#    recommendations cell; header row repeated on each page; footer 'NSPCC Learning · Case reviews · page N' from didDrawPage.
JSPDF = r"""
const { jsPDF } = require('jspdf'); const { autoTable } = require('jspdf-autotable'); const fs = require('fs');
const d = JSON.parse(process.argv[2]); const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
doc.setProperties({ title: d.heading });
doc.setFont('helvetica', 'bold'); doc.setFontSize(18); doc.text(d.heading, 40, 50);
doc.setFont('helvetica', 'normal'); doc.setFontSize(10); doc.text(doc.splitTextToSize(d.intro, 760), 40, 72);
const cell = (g) => g ? (g[0] === null ? g[1] : g[1].map(x => '\u2022 ' + x).join('\n')) : '';
const body = d.entries.map(e => [e.title + '\n\n' + e.link, e.summary, cell(e.groups[0]), cell(e.groups[1])]);
autoTable(doc, { startY: 95, theme: 'striped', head: [['Review', 'Summary', 'Learning includes', 'Recommendations include']], body,
  styles: { fontSize: 9, cellPadding: 5, valign: 'top' }, headStyles: { fillColor: [0, 102, 77] },
  columnStyles: { 0: { cellWidth: 150, fontStyle: 'bold' }, 1: { cellWidth: 230 }, 2: { cellWidth: 190 }, 3: { cellWidth: 190 } },
  didDrawCell: (c) => { if (c.section === 'body' && c.column.index === 0) { const e = d.entries[c.row.index];
      doc.link(c.cell.x, c.cell.y + c.cell.height - 20, c.cell.width, 16, { url: e.url }); } },
  didDrawPage: (p) => { doc.setFontSize(8); doc.setFont('helvetica', 'normal');
      doc.text('NSPCC Learning \u00b7 Case reviews \u00b7 page ' + doc.internal.getNumberOfPages(), 40, 570); } });
doc.setFontSize(8); doc.setFont('helvetica', 'italic'); doc.text(d.foot, 40, doc.lastAutoTable.finalY + 20);
fs.writeFileSync(process.argv[3], Buffer.from(doc.output('arraybuffer')));
"""


# 2. pptxgenjs (node) -> .pptx -> LibreOffice Impress PDF export: a title slide (heading, intro, the invented-material note), then
#    ONE 16:9 slide per review: the title in a coloured title bar (a text box, not a placeholder), the summary in a left text
#    box, a right text box with the bold labels and bulleted items (pptx bullets, no typed glyph), the link as a hyperlinked
#    text box at the bottom, 'NSPCC Learning | <heading>' and the slide number in the footer.
PPTX = r"""
const pptxgen = require('pptxgenjs'); const d = JSON.parse(process.argv[2]); const p = new pptxgen(); p.layout = 'LAYOUT_16x9';
p.title = d.heading;
p.defineSlideMaster({ title: 'M', background: { color: 'FFFFFF' }, objects: [
  { text: { text: 'NSPCC Learning | ' + d.heading, options: { x: 0.4, y: 5.25, w: 6, h: 0.3, fontSize: 9, color: '666666' } } } ],
  slideNumber: { x: 9.1, y: 5.25, fontSize: 9, color: '666666' } });
let s = p.addSlide({ masterName: 'M' });
s.addText(d.heading, { x: 0.5, y: 1.4, w: 9, h: 1, fontSize: 32, bold: true, color: '00664D' });
s.addText(d.intro, { x: 0.5, y: 2.5, w: 9, h: 1, fontSize: 16 });
s.addText(d.foot, { x: 0.5, y: 4.3, w: 9, h: 0.4, fontSize: 10, italic: true });
for (const e of d.entries) {
  s = p.addSlide({ masterName: 'M' });
  s.addText(e.title, { x: 0, y: 0, w: 10, h: 0.7, fontSize: 20, bold: true, color: 'FFFFFF', fill: { color: '00664D' }, margin: 12 });
  s.addText(e.summary, { x: 0.4, y: 0.9, w: 4.2, h: 3.6, fontSize: 12, valign: 'top' });
  const runs = [];
  for (const [lab, items] of e.groups) {
    if (lab === null) { runs.push({ text: items, options: { fontSize: 11, breakLine: true, paraSpaceBefore: 6 } }); continue; }
    runs.push({ text: lab, options: { bold: true, fontSize: 11, breakLine: true, paraSpaceBefore: 6 } });
    for (const it of items) runs.push({ text: it, options: { bullet: true, fontSize: 11, breakLine: true } });
  }
  s.addText(runs, { x: 4.9, y: 0.9, w: 4.8, h: 3.8, valign: 'top' });
  s.addText([{ text: e.link, options: { hyperlink: { url: e.url }, color: '0563C1' } }], { x: 0.4, y: 4.7, w: 5, h: 0.35, fontSize: 11 });
}
p.writeFile({ fileName: process.argv[3] }).then(() => {});
"""


# 3. Markdown -> pandoc (standalone HTML5) -> Chromium print: the body in THREE CSS columns (column-count: 3, a column
#    rule), the h1 and intro spanning all columns (column-span: all); each review a '##' heading, summary, bold label
#    paragraphs, '-' lists, a [link](url). Reviews flow from column to column without breaks.
def md(d, note=True):
    o = [f"# {d['heading']}\n\n{d['intro']}\n\n"]
    for i, e in enumerate(d["entries"], 1):
        o.append(f"## {e['title']}\n\n{e['summary']}\n\n")
        for lab, lst in groups(e):
            if lab is None: o.append(f"{lst}\n\n"); continue
            o.append(f"**{lab}**\n\n" + "".join(f"- {it}\n" for it in lst) + "\n")
        o.append(f"[{e['link']}]({url(d, i)})\n\n")
    if note: o.append(f"*{FOOT}*\n")
    return "".join(o)


COLUMNS_CSS = """<style>
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 9pt; line-height: 1.35; max-width: none; margin: 0; padding: 0; column-count: 3; column-gap: 7mm; column-rule: 0.5pt solid #999; }
h1 { column-span: all; font-family: 'DejaVu Sans', sans-serif; font-size: 18pt; color: #00664d; margin: 0 0 4pt; }
h1 + p { column-span: all; font-style: italic; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; margin: 8pt 0 3pt; break-after: avoid; }
ul { padding-left: 12pt; margin: 2pt 0 4pt; } p { margin: 2pt 0 4pt; }
header#title-block-header { display: none; }
</style>
"""


def columns_pdf(src_md, pdf):
    with tempfile.TemporaryDirectory() as t:
        open(f"{t}/h.html", "w").write(COLUMNS_CSS)
        run(["pandoc", "-s", "-f", "markdown", "-t", "html5", "--metadata", "pagetitle=Case review summaries", "-H", f"{t}/h.html", src_md, "-o", f"{t}/d.html"])
        chromium(f"{t}/d.html", pdf)


# 4. A hand-written RTF (Word 97 style control words: font table, \header with the digest title right-aligned, bold headings
#    by direct formatting (no styles), labels bold run-in paragraphs, items as hanging-indent paragraphs with a typed
#    \bullet and a tab, the link a HYPERLINK field) converted to PDF by LibreOffice Writer.
def rtf_esc(s):
    out = []
    for ch in s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}"):
        out.append(ch if ord(ch) < 128 else f"\\u{ord(ch)}?")
    return "".join(out)


def rtf(d):
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}}\n",
         "{\\colortbl;\\red0\\green102\\blue77;\\red5\\green99\\blue193;}\n", "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\n",
         f"{{\\header\\pard\\qr\\f1\\fs16 NSPCC Learning \\endash  {rtf_esc(d['heading'])}\\par}}\n",
         f"{{\\footer\\pard\\qc\\f1\\fs16\\i {rtf_esc(FOOT)}\\par}}\n",
         f"\\pard\\sb0\\sa240\\f1\\fs36\\b\\cf1 {rtf_esc(d['heading'])}\\cf0\\b0\\par\n",
         f"\\pard\\sa200\\f0\\fs22 {rtf_esc(d['intro'])}\\par\n"]
    for i, e in enumerate(d["entries"], 1):
        o.append(f"\\pard\\sb240\\sa120\\keepn\\f1\\fs26\\b {rtf_esc(e['title'])}\\b0\\par\n")
        o.append(f"\\pard\\sa120\\f0\\fs22 {rtf_esc(e['summary'])}\\par\n")
        for lab, lst in groups(e):
            if lab is None: o.append(f"\\pard\\sa120\\f0\\fs22 {rtf_esc(lst)}\\par\n"); continue
            o.append(f"\\pard\\sa60\\keepn\\f0\\fs22\\b {rtf_esc(lab)}\\b0\\par\n")
            for it in lst:
                o.append(f"\\pard\\fi-284\\li567\\sa40\\tx567\\f0\\fs22 \\bullet\\tab {rtf_esc(it)}\\par\n")
        o.append(f"\\pard\\sa200\\f0\\fs22 {{\\field{{\\*\\fldinst HYPERLINK \"{url(d, i)}\"}}{{\\fldrslt \\cf2\\ul {rtf_esc(e['link'])}\\ulnone\\cf0}}}}\\par\n")
    o.append("}\n")
    return "".join(o)


# 5. An HTML page (h1, h2 titles, bold label paragraphs, bullet lists, links) opened in LibreOffice Writer (filter "HTML
#    (StarWriter)") and exported to PDF, then
#    RE-PRINTED by poppler's pdftocairo -pdf (cairo rewrites every page: fonts re-embedded as cairo subsets, no tags, no
#    outline, links kept as annotations or dropped as cairo does).
def writer_html(d):
    o = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{h(d['heading'])}</title></head><body>",
         f"<h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        o.append(f"<h2>{h(e['title'])}</h2><p>{h(e['summary'])}</p>")
        for lab, lst in groups(e):
            if lab is None: o.append(f"<p>{h(lst)}</p>"); continue
            o.append(f"<p><b>{h(lab)}</b></p><ul>" + "".join(f"<li>{h(it)}</li>" for it in lst) + "</ul>")
        o.append(f"<p><a href='{url(d, i)}'>{h(e['link'])}</a></p>")
    o.append(f"<p><i>{h(FOOT)}</i></p></body></html>")
    return "".join(o)


def cairo_pdf(src_html, pdf):
    with tempfile.TemporaryDirectory() as t:
        soffice_pdf(src_html, f"{t}/w.pdf", "pdf:writer_pdf_Export", "HTML (StarWriter)")
        run(["pdftocairo", "-pdf", f"{t}/w.pdf", pdf])


# 6. Markdown -> pandoc -t ms -> groff -ms (pdfroff, pandoc's --pdf-engine=pdfroff): ms section headings (.SH), labels as bold
#    run-in text, ms bullet lists (.IP \[bu]), the link as text with the URL in the ms output, pdfroff page headers.
def ms_pdf(src_md, pdf):
    run(["pandoc", "-f", "markdown", "-t", "ms", "--pdf-engine=pdfroff", src_md, "-o", pdf])


# 7. Chromium, tagged PDF: a digest with REDACTION BOXES: each redacted word is a black inline-block (a filled rectangle,
#    the word is not in the file); a grey 'REDACTED COPY' line in the running head; h2 titles, bold labels, lists, links.
def redacted_html(d):
    box = "<span style='display:inline-block;width:4.2em;height:0.95em;background:#000;vertical-align:-0.12em'></span>"
    o = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>" + h(d["heading"]) + "</title><style>",
         "@page{size:A4;margin:18mm 18mm 20mm} body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.4}",
         "h1{font-size:20pt;margin:0 0 6pt} h2{font-size:13pt;margin:14pt 0 4pt;border-bottom:1px solid #888}",
         ".mark{color:#888;font-size:8pt;letter-spacing:0.2em;text-align:right;margin-bottom:10pt} ul{margin:2pt 0 6pt}</style></head><body>",
         "<div class='mark'>REDACTED COPY \u2013 FOR PUBLICATION</div>",
         f"<h1>{h(d['heading'])}</h1><p>{h(d['intro'])}</p>"]
    for i, e in enumerate(d["entries"], 1):
        o.append(f"<h2>{h(e['title'])}</h2><p>{h(e['summary']).replace(BOX, box)}</p>")
        for lab, lst in groups(e):
            if lab is None: o.append(f"<p>{h(lst)}</p>"); continue
            o.append(f"<p><strong>{h(lab)}</strong></p><ul>" + "".join(f"<li>{h(it)}</li>" for it in lst) + "</ul>")
        o.append(f"<p><a href='{url(d, i)}'>{h(e['link'])}</a></p>")
    o.append(f"<p style='font-size:8pt'><em>{h(FOOT)}</em></p></body></html>")
    return "".join(o)


# 8. An HTML e-mail newsletter as e-mail builders write it: a hidden preheader, nested layout tables 600px wide, every style
#    inline, <font> tags, the heading in a coloured header cell (no h1), each review a table whose title is a bold styled
#    <td> (no heading tag), the summary a <td>, each label a <td> with an upper-case letter-spaced style, each item a
#    two-cell row ('&bull;' cell + text cell), the link a styled button <a>; 'View in browser', unsubscribe and postal
#    address in the footer.
def email_html(d):
    td = "font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#333333"
    o = ["<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
         f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{h(d['heading'])}</title></head>",
         "<body style='margin:0;padding:0;background-color:#eeeeee'>",
         "<span style='display:none;font-size:1px;color:#eeeeee;max-height:0;overflow:hidden'>Three new case reviews this month, with learning and recommendations.</span>",
         "<table width='100%' cellpadding='0' cellspacing='0' border='0' bgcolor='#eeeeee'><tr><td align='center'>",
         "<table width='600' cellpadding='0' cellspacing='0' border='0' bgcolor='#ffffff'>",
         f"<tr><td align='right' style='{td};font-size:11px;padding:6px 20px'><a href='https://learning.nspcc.org.uk/newsletter/view' style='color:#666666'>View in browser</a></td></tr>",
         f"<tr><td bgcolor='#00664d' style='padding:24px 20px'><font face='Arial' size='5' color='#ffffff'><b>{h(d['heading'])}</b></font></td></tr>",
         f"<tr><td style='{td};padding:16px 20px'>{h(d['intro'])}</td></tr>"]
    for i, e in enumerate(d["entries"], 1):
        o.append("<tr><td style='padding:8px 20px 16px'><table width='100%' cellpadding='0' cellspacing='0' border='0' style='border-top:3px solid #00664d'>")
        o.append(f"<tr><td colspan='2' style='font-family:Arial,sans-serif;font-size:18px;font-weight:bold;color:#00664d;padding:10px 0 6px'>{h(e['title'])}</td></tr>")
        o.append(f"<tr><td colspan='2' style='{td};padding-bottom:8px'>{h(e['summary'])}</td></tr>")
        for lab, lst in groups(e):
            if lab is None: o.append(f"<tr><td colspan='2' style='{td};padding:4px 0'>{h(lst)}</td></tr>"); continue
            o.append(f"<tr><td colspan='2' style='{td};font-size:12px;font-weight:bold;text-transform:uppercase;letter-spacing:1px;padding:6px 0 2px'>{h(lab)}</td></tr>")
            for it in lst:
                o.append(f"<tr><td width='18' valign='top' style='{td}'>&bull;</td><td style='{td}'>{h(it)}</td></tr>")
        o.append(f"<tr><td colspan='2' style='padding:10px 0 0'><a href='{url(d, i)}' style='display:inline-block;background-color:#00664d;color:#ffffff;font-family:Arial,sans-serif;font-size:13px;font-weight:bold;text-decoration:none;padding:8px 14px;border-radius:3px'>{h(e['link'])}</a></td></tr>")
        o.append("</table></td></tr>")
    o.append(f"<tr><td bgcolor='#f4f4f4' style='{td};font-size:11px;line-height:16px;padding:16px 20px'>{h(FOOT)}<br>You are receiving this e-mail because you signed up to NSPCC Learning updates. "
             "<a href='https://learning.nspcc.org.uk/newsletter/unsubscribe' style='color:#666666'>Unsubscribe</a><br>NSPCC, Weston House, 42 Curtain Road, London EC2A 3NH</td></tr>")
    o.append("</table></td></tr></table></body></html>\n")
    return "".join(o)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        stem, inp = fname.rsplit(".", 1)[0], f"{out}/input/{fname}"
        if "jspdf" in fname:
            node(JSPDF, f"{out}/source/{stem}.js", inp, entries_data(d))
        elif "pptxgenjs" in fname:
            with tempfile.TemporaryDirectory() as t:
                node(PPTX, f"{out}/source/{stem}.js", f"{t}/{stem}.pptx", entries_data(d))
                soffice_pdf(f"{t}/{stem}.pptx", inp)
        elif "csscolumns" in fname:
            src = f"{out}/source/{stem}.md"; open(src, "w").write(md(d)); columns_pdf(src, inp)
        elif "rtf-writer" in fname:
            src = f"{out}/source/{stem}.rtf"; open(src, "w").write(rtf(d)); soffice_pdf(src, inp)
        elif "pdftocairo" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(writer_html(d)); cairo_pdf(src, inp)
        elif "pandoc-ms" in fname:
            src = f"{out}/source/{stem}.md"; open(src, "w").write(md(d)); ms_pdf(src, inp)
        elif "redacted" in fname:
            src = f"{out}/source/{stem}.html"; open(src, "w").write(redacted_html(d)); chromium(src, inp)
        elif "email" in fname:
            open(inp, "w").write(email_html(d))
