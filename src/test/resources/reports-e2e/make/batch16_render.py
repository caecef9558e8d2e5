"""Renderers of batch 16 (see batch16.py): wkhtmltopdf, AbiWord (RTF), asciidoctor-pdf, fpdf2, mutool create, texi2pdf,
pdfmake (node) and jsPDF (node). render(rep, d) returns the PDF made in d. NODE_PATH must reach pdfmake and jspdf
(npm install pdfmake@0.2 jspdf@2 in some folder; batch16.py takes $BATCH16_NODE_MODULES, default /tmp/m18r-node/node_modules)."""
import html, json, os, re, subprocess
from batch15_render import run, with_notes
from batch14_content import strip_notes, NOTE
from batch16_content import INVENTED

h = lambda s: html.escape(s, quote=False)
NODE_MODULES = os.environ.get("BATCH16_NODE_MODULES", "/tmp/m18r-node/node_modules")


# ---------------- X1: wkhtmltopdf, Word-like findings and recommendations table ----------------
FINDINGS = [
    "The aunt's requests for help were treated as a carer under strain, not as information about risk to Child A.",
    "Child A's online contacts were known to her social worker but were not passed on when she moved to foster care.",
    "Child A waited fourteen weeks for a mental health appointment while her situation was getting worse.",
    "Child A started at a new school with no information about her history or her needs."]


def x1_wkhtml(rep, d):
    c = rep["cover"]
    css = ("body{font-family:'Liberation Sans',Arial,sans-serif;font-size:15pt;line-height:1.4;color:#222;margin:0 8mm}"
           "h1{font-size:20pt;color:#1f4e79;font-weight:normal;border-bottom:1px solid #1f4e79;padding-bottom:2pt;margin:22pt 0 8pt}"
           ".cover{height:250mm;page-break-after:always}.cover .p{font-size:18pt;color:#1f4e79;margin-top:40mm}"
           ".cover .t{font-size:32pt;font-weight:bold;margin-top:20mm}.cover .s{font-size:18pt;margin-top:8mm}"
           ".cover .n{font-style:italic;font-size:13pt;margin-top:60mm}"
           "table{border-collapse:collapse;width:100%;font-size:14pt}thead{display:table-header-group}tr{page-break-inside:avoid}"
           "th{background:#1f4e79;color:#fff;text-align:left;padding:4pt 6pt}td{border:1px solid #9db3c8;padding:5pt 6pt;vertical-align:top}"
           "td.f{width:50%}td b{display:block;margin-bottom:3pt}")
    out = ["<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><div class='p'>%s</div><div class='t'>%s</div><div class='s'>Final report</div>"
           "<div class='s'>Published: 14 January 2026</div><div class='s'>Lead reviewer: Dr Alison Penrose-Hart</div>"
           "<div class='n'>%s</div></div>" % (h(c["partnership"]), h(c["title"]), h(INVENTED))]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h1>%s</h1>" % h(b[1]))
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[3] == "findingtable":
            out.append("<table><thead><tr><th>Finding</th><th>Recommendation</th></tr></thead><tbody>")
            for i, (f, r) in enumerate(zip(FINDINGS, b[2]), 1):
                out.append("<tr><td class='f'><b>Finding %d</b>%s</td><td>%s</td></tr>" % (i, h(f), h(r)))
            out.append("</tbody></table>")
        elif b[0] == "items":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
    out.append("</body></html>")
    src, made = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("".join(out))
    run(["wkhtmltopdf", "-q", "--disable-smart-shrinking", "--zoom", "1.3", "--page-size", "A4", "--margin-top", "20mm", "--margin-bottom", "20mm", "--footer-font-name", "Liberation Sans",
         "--footer-font-size", "8", "--footer-center", "Page [page] of [topage]", "--title", c["title"], src, made])
    return made


# ---------------- X2: AbiWord from RTF, numbered paragraphs ----------------
def rtf(s):
    return "".join(ch if ord(ch) < 128 else "\\u%d?" % ord(ch) for ch in s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}"))


def x2_abiword(rep, d):
    c = rep["cover"]
    para = r"\pard\sa160\sl300\slmult1\fi-567\li567\tx567 "
    out = [r"{\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Liberation Sans;}{\f1\froman Liberation Serif;}}",
           r"{\colortbl;\red0\green0\blue0;\red160\green20\blue40;}",
           r"\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418",
           r"\pard\sa240\f0\fs24 Bwrdd Diogelu Rhanbarthol Llanfryn\par",
           r"\pard\sa600\f0\fs24 %s\par" % rtf(c["partnership"]),
           r"\pard\sa240\f0\b\fs44\cf2 %s\cf1\b0\par" % rtf(c["title"]),
           r"\pard\sa240\f0\fs24 Reference: LRSB/CPR/2024/11\par",
           r"\pard\sa240\f0\fs24 Date of publication: 30 September 2025\par",
           r"\pard\sa240\sb2400\f0\i\fs20 %s\i0\par\page" % rtf(INVENTED)]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(r"\pard\sb240\sa160\keepn\f0\b\fs28\cf2 %s\cf1\b0\par" % rtf(b[1]))
        elif b[0] == "p":
            no, text = b[1].split(" ", 1)
            out.append(para + r"\f1\fs23 %s\tab %s\par" % (no, rtf(text)))
        elif b[0] == "items":
            sec = [x for x in rep["blocks"] if x[0] == "h1" and x is not None]
            cur = [x for x in rep["blocks"][:rep["blocks"].index(b)] if x[0] == "h1"][-1][1].split(".")[0]
            for i, t in enumerate(b[2], 1):
                out.append(para + r"\f1\fs23 %s.%d\tab %s\par" % (cur, i, rtf(t)))
    out.append("}")
    src = os.path.join(d, "r.rtf")
    open(src, "w", encoding="ascii").write("\n".join(out))
    run(["abiword", "--to=pdf", "--to-name=" + os.path.join(d, "r.pdf"), src], cwd=d, env=dict(os.environ, HOME=d))
    return os.path.join(d, "r.pdf")


# ---------------- X3: asciidoctor-pdf ----------------
def x3_asciidoctor(rep, d):
    c = rep["cover"]
    out = ["= %s" % c["title"], "Inverbrae Child Protection Committee", ":sectnums:", ":doctype: article", ":notitle!:", "",
           "*%s* | Final report | March 2025 | Chair of the review team: Dr Morag Ishbel Drummond" % c["partnership"], "",
           "_%s_" % INVENTED, ""]
    n_lp = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            out += ["== " + re.sub(r"^\d+\. ", "", b[1]), ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "lpbox":
            n_lp += 1
            out += [".Learning point %d" % n_lp, "****", b[1], "****", ""]
        elif b[0] == "items" and b[3] == "afi":
            for i, t in enumerate(b[2], 1):
                out += ["*AFI %d.* %s" % (i, t), ""]
        elif b[0] == "items":
            out += ["* " + t for t in b[2]] + [""]
    src = os.path.join(d, "r.adoc")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["asciidoctor-pdf", "-o", os.path.join(d, "r.pdf"), src], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- X4: fpdf2 landscape, two columns, headings by colour only ----------------
def x4_fpdf(rep, d):
    from fpdf import FPDF
    c = rep["cover"]
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title(c["title"])
    pdf.set_author(c["partnership"])
    L, G, TOP, BOT, LH = 15, 12, 15, 190, 5.6
    W = (297 - 2 * L - G) / 2
    state = {"col": 0, "y": TOP}

    def footer():
        pdf.set_font("helvetica", size=8)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(L, 200)
        pdf.cell(267, 4, "Pellbrook SCP | page %d" % pdf.page_no(), align="R")

    def new_page():
        pdf.add_page()
        footer()
        state.update(col=0, y=TOP)

    def line(x_off, text, width, colour=(30, 30, 30)):
        if state["y"] + LH > BOT:
            if state["col"] == 0:
                state.update(col=1, y=state["top"])
            else:
                new_page()
                state["top"] = TOP
        pdf.set_text_color(*colour)
        pdf.set_xy(L + state["col"] * (W + G) + x_off, state["y"])
        pdf.cell(width, LH, text)
        state["y"] += LH

    def para(text, indent=0, marker=None, colour=(30, 30, 30)):
        pdf.set_font("helvetica", size=11)
        lines = pdf.multi_cell(W - indent, LH, text, dry_run=True, output="LINES")
        for i, ln in enumerate(lines):
            if i == 0 and marker:
                line(indent - 5, marker, 5, colour)
                state["y"] -= LH
            line(indent, ln, W - indent, colour)
        state["y"] += 2.2

    new_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_text_color(0, 110, 100)
    pdf.set_xy(L, TOP)
    pdf.cell(267, 6, c["partnership"])
    pdf.set_font("helvetica", "B", 20)
    pdf.set_text_color(20, 20, 20)
    pdf.set_xy(L, TOP + 9)
    pdf.cell(267, 9, c["title"])
    pdf.set_font("helvetica", size=12)
    pdf.set_xy(L, TOP + 20)
    pdf.cell(267, 6, "Learning summary - published February 2026")
    pdf.set_font("helvetica", "I", 9)
    pdf.set_xy(L, TOP + 28)
    pdf.cell(267, 5, INVENTED)
    pdf.set_draw_color(0, 110, 100)
    pdf.line(L, TOP + 36, 297 - L, TOP + 36)
    state.update(y=TOP + 42, top=TOP + 42)
    for b in rep["blocks"]:
        if b[0] == "h1":
            if state["y"] + 3 * LH > BOT and state["col"] == 0:
                state.update(col=1, y=state["top"])
            state["y"] += 1.5
            para(b[1], colour=(200, 60, 20))
            state["y"] -= 2.2
        elif b[0] == "p":
            para(b[1])
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                para(t, indent=5, marker="-" if b[3] == "dash" else "%d." % i)
    made = os.path.join(d, "r.pdf")
    pdf.output(made)
    return made


# ---------------- X5: mutool create, hand-written content streams, two columns ----------------
def x5_mutool(rep, d):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = rep["cover"]
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def wrap(text, font, size, width):
        lines, cur = [], ""
        for w in text.split():
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        return lines + [cur]

    head = "%%MediaBox 0 0 595 842\n%%Font TR Times-Roman\n%%Font HB Helvetica-Bold\n%%Font HR Helvetica\n"
    cover = [head, "BT /HR 14 Tf 70 700 Td (%s) Tj ET" % esc(c["partnership"]), "BT /HB 26 Tf 70 620 Td (%s) Tj ET" % esc(c["title"]),
             "BT /HR 13 Tf 70 585 Td (Overview report) Tj ET", "BT /HR 12 Tf 70 560 Td (Published: 5 March 2019) Tj ET",
             "BT /HR 12 Tf 70 540 Td (Independent author: Graham Fettes-Lowe) Tj ET",
             "BT /TR 10 Tf 70 150 Td (%s) Tj ET" % esc(INVENTED)]
    pages = ["\n".join(cover)]
    COLS, TOP, BOT, W, LEAD = (56, 309), 770, 70, 230, 14
    st = {"ops": None, "col": 0, "y": TOP}

    def start():
        n = len(pages) + 1
        st.update(ops=[head, "BT /HR 8 Tf 56 800 Td (%s) Tj ET" % esc(c["partnership"]), "BT /HR 8 Tf 508 800 Td (Child V) Tj ET",
                       "0.5 w 56 794 m 539 794 l S", "BT /HR 8 Tf 294 40 Td (%d) Tj ET" % n], col=0, y=TOP)
        pages.append(st["ops"])

    def put(font, size, x_off, text):
        if st["y"] < BOT:
            if st["col"] == 0:
                st.update(col=1, y=TOP)
            else:
                pages[-1] = "\n".join(st["ops"])
                start()
        st["ops"].append("BT /%s %s Tf %.1f %.1f Td (%s) Tj ET" % (font, size, COLS[st["col"]] + x_off, st["y"], esc(text)))
        st["y"] -= LEAD if size <= 11 else size + 3

    start()
    for b in rep["blocks"]:
        if b[0] == "h1":
            if st["y"] < BOT + 50:
                st["y"] = BOT - 1
            st["y"] -= 6
            put("HB", 11, 0, b[1])
            st["y"] -= 1
        elif b[0] == "p":
            for ln in wrap(b[1], "Times-Roman", 11, W):
                put("TR", 11, 0, ln)
            st["y"] -= 5
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                label = "(%s)" % "abcdefgh"[i] if b[3] == "paren" else "R%d." % (i + 1)
                for j, ln in enumerate(wrap(t, "Times-Roman", 11, W - 22)):
                    if j == 0:
                        put("TR", 11, 0, label)
                        st["y"] += LEAD
                    put("TR", 11, 22, ln)
                st["y"] -= 5
    pages[-1] = "\n".join(st["ops"])
    files = []
    for i, p in enumerate(pages):
        f = os.path.join(d, "p%d.txt" % i)
        open(f, "w", encoding="latin-1").write(p + "\n")
        files.append(f)
    made = os.path.join(d, "r.pdf")
    run(["mutool", "create", "-o", made] + files)
    return made


# ---------------- X6: texi2pdf ----------------
def texi(s):
    s = s.replace("@", "@@").replace("{", "@{").replace("}", "@}")
    return NOTE.sub(lambda m: "@footnote{%s}" % m.group(1), s)


def x6_texinfo(rep, d):
    c = rep["cover"]
    out = ["\\input texinfo", "@setfilename r.info", "@settitle %s" % texi(c["title"]), "@setchapternewpage off", "@paragraphindent 0",
           "@titlepage", "@title %s" % texi(c["title"]), "@subtitle %s" % c["partnership"], "@subtitle Published February 2026",
           "@author Lead reviewer: Dr Rachel Oduya-Finch", "@sp 4", "@noindent", "@i{%s}" % INVENTED, "@page", "@vskip 0pt plus 1filll",
           "Published by the partnership for practitioners. Copies may be made for training.", "@end titlepage", "@contents", ""]
    for b, note in with_notes(rep["blocks"]):
        if b[0] == "h1":
            out += ["@unnumbered %s" % texi(b[1]), ""]
        elif b[0] == "p":
            out += [texi(b[1]) + ("@footnote{%s}" % texi(note) if note else ""), ""]
        elif b[0] == "items":
            env = "enumerate" if b[3] == "enumerate" else "itemize @bullet"
            out += ["@" + env] + ["@item\n" + texi(t) for t in b[2]] + ["@end " + env.split()[0], ""]
    out.append("@bye")
    open(os.path.join(d, "r.texi"), "w", encoding="utf-8").write("\n".join(out))
    run(["texi2pdf", "--batch", "-q", "r.texi"], cwd=d)
    return os.path.join(d, "r.pdf")


# ---------------- X7 and X8: node ----------------
def node(script, data, d):
    js, js_data = os.path.join(d, "r.js"), os.path.join(d, "r.json")
    open(js, "w", encoding="utf-8").write(script)
    json.dump(data, open(js_data, "w", encoding="utf-8"))
    run(["node", js, js_data, os.path.join(d, "r.pdf")], cwd=d, env=dict(os.environ, NODE_PATH=NODE_MODULES))
    return os.path.join(d, "r.pdf")


PDFMAKE = r"""
const fs = require('fs'), path = require('path');
const PdfPrinter = require('pdfmake');
const vfs = require('pdfmake/build/vfs_fonts.js');
const files = (vfs.pdfMake && vfs.pdfMake.vfs) || vfs;
const dir = path.dirname(process.argv[3]);
for (const f of Object.keys(files)) fs.writeFileSync(path.join(dir, f), Buffer.from(files[f], 'base64'));
const F = f => path.join(dir, f);
const printer = new PdfPrinter({Roboto: {normal: F('Roboto-Regular.ttf'), bold: F('Roboto-Medium.ttf'), italics: F('Roboto-Italic.ttf'), bolditalics: F('Roboto-MediumItalic.ttf')}});
const R = JSON.parse(fs.readFileSync(process.argv[2]));
const purple = '#5b2a86';
const content = [
  {canvas: [{type: 'rect', x: -40, y: 0, w: 595, h: 180, color: purple}]},
  {text: R.partnership, color: 'white', fontSize: 14, relativePosition: {x: 0, y: -160}},
  {text: R.title, color: 'white', bold: true, fontSize: 24, relativePosition: {x: 0, y: -130}},
  {text: 'Published: 9 March 2026', fontSize: 12, margin: [0, 40, 0, 0]},
  {text: 'Independent reviewer: Sandra Okonkwo-Bell', fontSize: 12, margin: [0, 8, 0, 0]},
  {text: R.invented, italics: true, fontSize: 10, margin: [0, 300, 0, 0], pageBreak: 'after'}];
for (const b of R.blocks) {
  if (b[0] === 'h1') content.push({text: b[1], bold: true, color: purple, fontSize: 14, margin: [0, 14, 0, 6]});
  else if (b[0] === 'p') content.push({text: b[1], margin: [0, 0, 0, 7], lineHeight: 1.25});
  else if (b[0] === 'items' && b[3] === 'ol') content.push({ol: b[2], margin: [0, 0, 0, 8], lineHeight: 1.25});
  else if (b[0] === 'items') {
    const leads = ['Partnership', 'Schools', 'Police', 'Children\'s social care', 'Exploitation subgroup', 'Children\'s social care', 'Partnership', 'Youth service'];
    const by = ['Jun 2026', 'Apr 2026', 'Apr 2026', 'Sep 2026', 'Quarterly', 'May 2026', 'Dec 2026', 'Sep 2026'];
    const body = [['No.', 'Recommendation', 'Lead', 'By'].map(t => ({text: t, bold: true, color: 'white', fillColor: purple}))];
    b[2].forEach((t, i) => body.push([String(i + 1), t, leads[i], by[i]]));
    content.push({table: {headerRows: 1, widths: [25, '*', 100, 55], body}, layout: 'lightHorizontalLines', fontSize: 10, lineHeight: 1.2, margin: [0, 4, 0, 8]});
  }
}
const doc = {info: {title: R.title, author: R.partnership}, pageSize: 'A4', pageMargins: [56, 60, 56, 60], defaultStyle: {font: 'Roboto', fontSize: 10.5},
  header: (p) => p === 1 ? null : {text: R.partnership, fontSize: 8, color: '#666', margin: [56, 30, 56, 0]},
  footer: (p, n) => p === 1 ? null : {text: p + ' / ' + n, fontSize: 8, alignment: 'right', margin: [56, 20, 56, 0]}, content};
const pdf = printer.createPdfKitDocument(doc);
pdf.pipe(fs.createWriteStream(process.argv[3]));
pdf.end();
"""


def x7_pdfmake(rep, d):
    c = rep["cover"]
    return node(PDFMAKE, {"title": c["title"], "partnership": c["partnership"], "invented": INVENTED, "blocks": rep["blocks"]}, d)


JSPDF = r"""
const fs = require('fs');
const { jsPDF } = require('jspdf');
const R = JSON.parse(fs.readFileSync(process.argv[2]));
const doc = new jsPDF({unit: 'pt', format: 'a4'});
doc.setProperties({title: R.title, author: R.partnership});
const L = 64, W = 467, TOP = 90, BOT = 760, LH = 15;
let y = TOP, notes = [], noteNo = 0;
doc.setFont('helvetica', 'normal'); doc.setFontSize(14); doc.text(R.partnership, L, 200);
doc.setFont('helvetica', 'bold'); doc.setFontSize(24); doc.text(doc.splitTextToSize(R.title, W), L, 260);
doc.setFont('helvetica', 'normal'); doc.setFontSize(12); doc.text('Published: 18 November 2025', L, 340);
doc.text('Lead reviewer: Paul Ashdown-Reyes', L, 360);
doc.setFont('helvetica', 'italic'); doc.setFontSize(10); doc.text(R.invented, L, 700);
function flushNotes() {
  if (!notes.length) return;
  doc.setDrawColor(0); doc.setLineWidth(0.5); doc.line(L, 775, L + 120, 775);
  doc.setFont('helvetica', 'normal'); doc.setFontSize(8);
  notes.forEach((n, i) => doc.text(n, L, 787 + i * 10)); notes = [];
}
function newPage() { flushNotes(); doc.addPage(); y = TOP; }
function need(h) { if (y + h > BOT) newPage(); }
function para(text, font, size, note) {
  doc.setFont('helvetica', font); doc.setFontSize(size);
  const lines = doc.splitTextToSize(text, W);
  lines.forEach((ln, i) => {
    need(LH); doc.setFont('helvetica', font); doc.setFontSize(size); doc.text(ln, L, y);
    if (note && i === lines.length - 1) {
      noteNo++; const x = L + doc.getTextWidth(ln) + 1; doc.setFontSize(7); doc.text(String(noteNo), x, y - 4);
      notes.push(noteNo + ' ' + note);
    }
    y += LH;
  });
}
doc.addPage();
for (let i = 0; i < R.blocks.length; i++) {
  const b = R.blocks[i], next = R.blocks[i + 1];
  const note = next && next[0] === 'note' ? next[1] : null;
  if (b[0] === 'h1') {
    need(70); y += 8;
    doc.setFillColor(96, 96, 96); doc.rect(L - 6, y - 14, W + 12, 22, 'F');
    doc.setTextColor(255, 255, 255); doc.setFont('helvetica', 'bold'); doc.setFontSize(12); doc.text(b[1], L, y + 1);
    doc.setTextColor(0, 0, 0); y += 26;
  } else if (b[0] === 'p') { para(b[1], 'normal', 10.5, note); y += 7; }
  else if (b[0] === 'items') {
    const label = b[1] === 'learning' ? 'Learning point ' : 'Recommendation ';
    b[2].forEach((t, k) => { need(3 * LH); para(label + (k + 1), 'bold', 10.5); para(t, 'normal', 10.5); y += 7; });
  }
}
flushNotes();
const n = doc.getNumberOfPages();
for (let p = 2; p <= n; p++) {
  doc.setPage(p); doc.setFont('helvetica', 'normal'); doc.setFontSize(8); doc.setTextColor(90, 90, 90);
  doc.text('Kettlebury SP - CSPR Child S', L, 50); doc.text('Page ' + p + ' of ' + n, L + W, 815, {align: 'right'});
  doc.setTextColor(0, 0, 0);
}
fs.writeFileSync(process.argv[3], Buffer.from(doc.output('arraybuffer')));
"""


def x8_jspdf(rep, d):
    c = rep["cover"]
    return node(JSPDF, {"title": c["title"], "partnership": c["partnership"], "invented": INVENTED, "blocks": rep["blocks"]}, d)


def render(rep, d):
    key = rep["file"].split("-")[0]
    return {"ferncliffe": x1_wkhtml, "llanfryn": x2_abiword, "inverbrae": x3_asciidoctor, "pellbrook": x4_fpdf, "ebbmoor": x5_mutool,
            "wexcombe": x6_texinfo, "brindlecombe": x7_pdfmake, "kettlebury": x8_jspdf}[key](rep, d)
