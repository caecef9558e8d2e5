"""Renderers of batch 17 (see batch17.py): groff mom (pdfmom), ConTeXt MkIV, LuaLaTeX with \\DocumentMetadata tagging,
a scan (groff ms -> 200 dpi page images -> Tesseract OCR PDF), OpenPDF (Java), rst2pdf + qpdf RC4 encryption, pdf-lib
(node) and OpenHTMLtoPDF (Java). render(rep, d) returns (made, plain): the PDF made in d and the PDF whose pages the truth
reads (the same file but for the encrypted one, read before encryption: same pages and text)."""
import html, json, os, re, subprocess
from batch15_render import run, with_notes
from batch14_content import strip_notes, NOTE
from batch17_content import INVENTED

h = lambda s: html.escape(s, quote=False)
NODE_MODULES = os.environ.get("BATCH17_NODE_MODULES", "/tmp/m21r-node/node_modules")
JAVA_CP = os.environ.get("BATCH17_JAVA_CP", "/tmp/m21r-ohtp/cp.txt")  # a file holding the classpath (mvn dependency:build-classpath)


def blocks(rep):
    return with_notes(rep["blocks"])


# ---------------- Y1: groff mom ----------------
def troff(s):
    s = s.replace("\\", "\\e").replace("\u2019", "'")
    return "\n".join(("\\&" + ln if ln[:1] in ".'" else ln) for ln in s.split("\n"))


def mom_text(s):
    """A paragraph or item with ^[note] calls: the text up to a call ends in \\c, then the footnote."""
    out, pos = [], 0
    for m in NOTE.finditer(s):
        out += [troff(s[pos:m.start()]) + "\\c", ".FOOTNOTE", troff(m.group(1)), ".FOOTNOTE OFF"]
        pos = m.end()
    rest = s[pos:]
    if rest:
        out.append(troff(rest))
    return out


def y1_mom(rep, d):
    c = rep["cover"]
    out = [".PAPER A4", ".PRINTSTYLE TYPESET", ".TITLE \"%s\"" % c["title"], ".SUBTITLE \"Final report\"",
           ".AUTHOR \"Dr Helen Marsh-Okafor, independent reviewer\"", ".DOCTYPE DEFAULT",
           ".MISC \"%s\" \"Published: 12 February 2026\" \"%s\"" % (c["partnership"], INVENTED),
           ".COVER TITLE SUBTITLE AUTHOR MISC", ".FAMILY T", ".PT_SIZE 11", ".LS 14", ".JUSTIFY",
           ".HEADING_STYLE 1 FONT B SIZE +2 NUMBER", ".HEADER_LEFT \"Brackwater SCP\"", ".HEADER_CENTER \"Child Q\"",
           ".HEADER_RIGHT \"LCSPR\"", ".START"]
    for b, note in blocks(rep):
        if b[0] == "h1":
            out.append(".HEADING 1 \"%s\"" % b[1])
        elif b[0] == "p":
            out += [".PP"] + mom_text(b[1] + ("^[%s]" % note if note else ""))
        elif b[0] == "items":
            out.append(".LIST BULLET" if b[3] == "bullets" else ".LIST DIGIT .")
            out.append(".SHIFT_LIST 18p")
            for t in b[2]:
                out += [".ITEM"] + mom_text(t)
            out.append(".LIST OFF")
    src = os.path.join(d, "r.mom")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    pdf = os.path.join(d, "r.pdf")
    with open(pdf, "wb") as f:
        subprocess.run(["pdfmom", "-k", src], cwd=d, check=True, stdout=f, stderr=subprocess.PIPE)
    return pdf, pdf


# ---------------- Y2: ConTeXt ----------------
def ctx(s):
    return re.sub(r"([#$%&_{}])", r"\\\1", s).replace("~", "\\~{}")


def y2_context(rep, d):
    c = rep["cover"]
    out = [r"\mainlanguage[en]", r"\setuppapersize[A4]", r"\setupbodyfont[modern,11pt]",
           r"\setuplayout[backspace=25mm,width=middle,topspace=15mm,header=12mm,footer=12mm]",
           r"\setupwhitespace[medium]", r"\setupindenting[no]",
           r"\setuphead[section][style={\ss\bfb},before={\blank[big]},after={\blank[medium]}]",
           r"\setupheadertexts[{\ss\tfx Glenmorie Child Protection Committee}][{\ss\tfx Learning Review: Child R}]",
           r"\setupfootertexts[{\ss\tfx page \pagenumber}]",
           r"\definecolor[boxgray][s=.88]",
           r"\defineframedtext[learningbox][width=broad,frame=on,framecolor=darkgray,background=color,backgroundcolor=boxgray,align=normal,offset=6pt,before={\blank[medium]},after={\blank[medium]}]",
           r"\starttext",
           r"\startstandardmakeup[headerstate=empty,footerstate=empty]",
           r"\vskip 30mm {\ss\tfb %s}\par\vskip 25mm {\ss\bfd %s}\par\vskip 10mm {\ss\tfa Report of the review team}\par"
           % (ctx(c["partnership"]), ctx(c["title"])),
           r"\vskip 6mm {\ss\tfa Published September 2025}\par\vskip 6mm {\ss\tfa Chair of the review team: Fiona Mhairi Lindsay}\par",
           r"\vfill {\it %s}\par" % ctx(INVENTED), r"\stopstandardmakeup",
           r"\completecontent", r"\page"]
    n_lp = 0
    for b, note in blocks(rep):
        if b[0] == "h1":
            out.append(r"\section{%s}" % ctx(b[1]))
        elif b[0] == "p":
            out.append(ctx(b[1]) + "\n")
        elif b[0] == "lpbox":
            n_lp += 1
            out.append(r"\startlearningbox {\bf Key learning %d}\par %s \stoplearningbox" % (n_lp, ctx(b[1])))
        elif b[0] == "items":
            out.append(r"\startitemize[%s]" % ("n,packed" if b[3] == "numbered" else "1"))
            out += [r"\item " + ctx(t) for t in b[2]]
            out.append(r"\stopitemize")
    out.append(r"\stoptext")
    src = os.path.join(d, "r.tex")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    run(["context", "--batchmode", "--noconsole", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf"), os.path.join(d, "r.pdf")


# ---------------- Y3: LuaLaTeX tagged ----------------
def tex(s):
    return re.sub(r"([#$%&_{}])", r"\\\1", s).replace("~", r"\textasciitilde{}")


def y3_lualatex(rep, d):
    c = rep["cover"]
    out = [r"\DocumentMetadata{testphase=phase-II,pdfversion=1.7,lang=en-GB}",
           r"\documentclass[11pt,a4paper]{article}", r"\usepackage{fontspec}", r"\setmainfont{DejaVu Sans}",
           r"\usepackage[margin=25mm,headheight=14pt]{geometry}", r"\usepackage{fancyhdr}", r"\pagestyle{fancy}", r"\fancyhf{}",
           r"\fancyhead[L]{\small %s}" % tex(c["title"]), r"\fancyfoot[C]{\small \thepage}",
           r"\renewcommand\labelenumi{(\alph{enumi})}", r"\setlength\parskip{6pt}", r"\setlength\parindent{0pt}",
           r"\usepackage{hyperref}", r"\hypersetup{pdftitle={%s}}" % tex(c["title"]),
           r"\begin{document}", r"\thispagestyle{empty}",
           r"{\large Bwrdd Diogelu Rhanbarthol Cwm Gwyrdd\par %s\par}\vspace{14pt}" % tex(c["partnership"]),
           r"{\LARGE\bfseries Adolygiad Estynedig o Ymarfer Plant: Plentyn M\par\vspace{4pt}%s\par}\vspace{10pt}" % tex(c["title"]),
           r"Cyfeirnod / Reference: CGRSB 3/2025\par Dyddiad cyhoeddi / Date of publication: 18 July 2025\par",
           r"\textit{%s}\par\vspace{12pt}" % tex(INVENTED)]
    for b, note in blocks(rep):
        if b[0] == "h1":
            out.append(r"\section{%s}" % tex(b[1]))
        elif b[0] == "p":
            out.append(tex(b[1]) + "\n")
        elif b[0] == "items" and b[3] == "descr":
            out.append(r"\begin{description}")
            out += [r"\item[Learning %d] %s" % (i, tex(t)) for i, t in enumerate(b[2], 1)]
            out.append(r"\end{description}")
        elif b[0] == "items":
            out.append(r"\begin{enumerate}")
            out += [r"\item " + tex(t) for t in b[2]]
            out.append(r"\end{enumerate}")
    out.append(r"\end{document}")
    src = os.path.join(d, "r.tex")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    for _ in range(2):
        run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], cwd=d)
    return os.path.join(d, "r.pdf"), os.path.join(d, "r.pdf")


# ---------------- Y4: scan: groff ms -> page images -> tesseract ----------------
def y4_scan(rep, d):
    c = rep["cover"]
    out = [".nr PS 12", ".nr VS 16", ".nr LL 6.3i", ".nr PO 1i", ".nr HM 0.8i", ".nr FM 0.9i", ".ds CH", ".ds CF \\- % \\-",
           ".ad l", ".LP", ".ce 7", "\\s+2SAFEGUARDING BOARD FOR NORTHERN IRELAND\\s0", "", "\\fB\\s+6%s\\s0\\fP" % troff(c["title"]),
           "", "Southern Health and Social Care Trust, Ballykerran locality", "Overview report \\(em May 2024", "",
           ".sp", ".ce", "\\fI%s\\fP" % troff(INVENTED), ".sp 2"]
    for b, note in blocks(rep):
        if b[0] == "h1":
            out += [".SH", troff(b[1])]
        elif b[0] == "p":
            out += [".LP", troff(b[1])]
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                label = "(%s)" % ["i", "ii", "iii", "iv", "v", "vi"][i - 1] if b[3] == "roman" else "%d." % i
                out += [".IP \"%s\" 6n" % label, troff(t)]
    src = os.path.join(d, "r.ms")
    open(src, "w", encoding="utf-8").write("\n".join(out) + "\n")
    pdf0 = os.path.join(d, "src.pdf")
    with open(pdf0, "wb") as f:
        subprocess.run(["groff", "-ms", "-Tpdf", "-P-pa4", "-dpaper=a4", src], check=True, stdout=f, stderr=subprocess.PIPE)
    run(["pdftoppm", "-r", "200", "-gray", "-png", pdf0, os.path.join(d, "pg")])
    pages = sorted(x for x in os.listdir(d) if x.startswith("pg") and x.endswith(".png"))
    open(os.path.join(d, "list.txt"), "w").write("\n".join(os.path.join(d, x) for x in pages) + "\n")
    run(["tesseract", os.path.join(d, "list.txt"), os.path.join(d, "r"), "-l", "eng", "--dpi", "200", "pdf"],
        env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    return os.path.join(d, "r.pdf"), os.path.join(d, "r.pdf")


# ---------------- Y5: OpenPDF (Java) ----------------
def jstr(s):
    return json.dumps(s)  # a JSON string is a valid Java string literal for this text


Y5_LEADS = [("Education", "June 2026"), ("Police", "April 2026"), ("Children's social care", "March 2026"),
            ("Housing", "September 2026"), ("Youth justice", "March 2026"), ("Partnership", "May 2026")]

Y5_JAVA = r"""
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;

public class Hatherley {
  static final Color RED = new Color(128, 20, 30), SHADE = new Color(232, 226, 214), BAND = new Color(128, 20, 30);
  static Font body = FontFactory.getFont(FontFactory.TIMES_ROMAN, 10.5f), head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, RED),
    small = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY), bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10),
    cell = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
  static Document doc;

  static void h1(String s) throws Exception { Paragraph p = new Paragraph(s, head); p.setSpacingBefore(14); p.setSpacingAfter(6); p.setKeepTogether(true); doc.add(p); }
  static void p(String s) throws Exception { Paragraph p = new Paragraph(s, body); p.setSpacingAfter(5); p.setLeading(13.5f); p.setAlignment(Element.ALIGN_JUSTIFIED); doc.add(p); }
  static void box(int n, String s) throws Exception {
    PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); t.setSpacingBefore(4); t.setSpacingAfter(8);
    PdfPCell c1 = new PdfPCell(new Phrase("Learning point " + n, bold)); c1.setBackgroundColor(SHADE); c1.setPadding(5); c1.setBorderColor(RED);
    PdfPCell c2 = new PdfPCell(new Phrase(s, body)); c2.setPadding(6); c2.setBorderColor(RED); c2.setLeading(0, 1.3f);
    t.addCell(c1); t.addCell(c2); t.setKeepTogether(true); doc.add(t);
  }
  static PdfPTable recs;
  static void recHead() {
    recs = new PdfPTable(new float[] {0.7f, 5f, 1.8f, 1.5f}); recs.setWidthPercentage(100); recs.setHeaderRows(1); recs.setSpacingBefore(4);
    for (String s : new String[] {"No.", "Recommendation", "Lead agency", "Timescale"}) {
      PdfPCell c = new PdfPCell(new Phrase(s, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f, Color.WHITE))); c.setBackgroundColor(RED); c.setPadding(5); recs.addCell(c);
    }
  }
  static void rec(int n, String text, String lead, String when) {
    for (String s : new String[] {n + ".", text, lead, when}) { PdfPCell c = new PdfPCell(new Phrase(s, cell)); c.setPadding(5); c.setLeading(0, 1.25f); recs.addCell(c); }
  }

  public static void main(String[] a) throws Exception {
    doc = new Document(PageSize.A4, 62, 62, 56, 50);
    PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[0]));
    w.setPageEvent(new PdfPageEventHelper() {
      public void onEndPage(PdfWriter wr, Document d) {
        if (wr.getPageNumber() == 1) return;
        PdfContentByte cb = wr.getDirectContent();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("Child J - LCSPR", small), 62, 810, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("Hatherley Safeguarding Children Partnership", small), 533, 810, 0);
        cb.setColorStroke(RED); cb.setLineWidth(0.5f); cb.moveTo(62, 805); cb.lineTo(533, 805); cb.stroke();
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Page " + wr.getPageNumber(), small), 297, 28, 0);
      }
    });
    doc.addTitle(TITLE);
    doc.open();
    PdfContentByte cb = w.getDirectContentUnder();
    cb.setColorFill(BAND); cb.rectangle(0, 560, 595, 180); cb.fill();
    Paragraph sp = new Paragraph(" "); sp.setSpacingBefore(90); doc.add(sp);
    doc.add(new Paragraph(PARTNERSHIP, FontFactory.getFont(FontFactory.HELVETICA, 13, Color.WHITE)));
    Paragraph t = new Paragraph(TITLE, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24, Color.WHITE)); t.setSpacingBefore(18); t.setLeading(30); doc.add(t);
    Paragraph m = new Paragraph("Published: 27 January 2026", FontFactory.getFont(FontFactory.HELVETICA, 12)); m.setSpacingBefore(120); doc.add(m);
    doc.add(new Paragraph("Independent reviewer: Marcus Adeyemi-Clarke", FontFactory.getFont(FontFactory.HELVETICA, 12)));
    Paragraph inv = new Paragraph(INVENTED, FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10)); inv.setSpacingBefore(150); doc.add(inv);
    doc.newPage();
BODY
    doc.close();
  }
  static final String TITLE = TITLE_S, PARTNERSHIP = PARTNERSHIP_S, INVENTED = INVENTED_S;
}
"""


def java_cp():
    return open(JAVA_CP).read().strip()


def y5_openpdf(rep, d):
    c = rep["cover"]
    body, n_lp = [], 0
    for b, note in blocks(rep):
        if b[0] == "h1":
            body.append("    h1(%s);" % jstr(b[1]))
        elif b[0] == "p":
            body.append("    p(%s);" % jstr(b[1]))
        elif b[0] == "lpbox":
            n_lp += 1
            body.append("    box(%d, %s);" % (n_lp, jstr(b[1])))
        elif b[0] == "items":
            body.append("    recHead();")
            body += ["    rec(%d, %s, %s, %s);" % (i, jstr(t), jstr(lead), jstr(when))
                     for i, (t, (lead, when)) in enumerate(zip(b[2], Y5_LEADS), 1)]
            body.append("    doc.add(recs);")
    src = (Y5_JAVA.replace("BODY", "\n".join(body)).replace("TITLE_S", jstr(c["title"]))
           .replace("PARTNERSHIP_S", jstr(c["partnership"])).replace("INVENTED_S", jstr(INVENTED)))
    open(os.path.join(d, "Hatherley.java"), "w", encoding="utf-8").write(src)
    run(["java", "-cp", java_cp(), "Hatherley.java", os.path.join(d, "r.pdf")], cwd=d)
    return os.path.join(d, "r.pdf"), os.path.join(d, "r.pdf")


# ---------------- Y6: rst2pdf, then qpdf RC4-128 ----------------
def y6_rst2pdf(rep, d):
    c = rep["cover"]
    out = ["=" * len(c["title"]), c["title"], "=" * len(c["title"]), "", "-" * 15, "Overview report", "-" * 15, "",
           ".. header::", "", "   %s - Serious Case Review: Child L" % c["partnership"], "",
           ".. footer::", "", "   Page ###Page### of ###Total###", "",
           "**%s**" % c["partnership"], "", "Published: 14 March 2019. Independent author: Gareth Lloyd-Pryce.", "",
           "*%s*" % INVENTED, "", ".. contents:: Contents", "", ".. sectnum::", "", ".. raw:: pdf", "", "   PageBreak", ""]
    def rst(s):
        return NOTE.sub(" [#]_", s)
    notes = []
    for b, note in blocks(rep):
        if b[0] == "h1":
            out += [b[1], "=" * len(b[1]), ""]
        elif b[0] == "p":
            out += [rst(b[1]), ""]
        elif b[0] == "items":
            for i, t in enumerate(b[2], 1):
                notes += NOTE.findall(t)
                out += [("#. " if b[3] == "enum" else "%s. " % "abcdefgh"[i - 1]) + rst(t), ""]
    out += [".. [#] " + n for n in notes] + [""]
    src = os.path.join(d, "r.rst")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    plain = os.path.join(d, "plain.pdf")
    run(["rst2pdf", src, "-o", plain], cwd=d)
    made = os.path.join(d, "r.pdf")
    run(["qpdf", "--allow-weak-crypto", "--encrypt", "", "dunraven-owner", "128", "--use-aes=n", "--print=full", "--modify=none", "--extract=n",
         "--", plain, made])
    return made, plain


# ---------------- Y7: pdf-lib (node), text boxes ----------------
Y7_JS = r"""
const fs = require('fs');
const { PDFDocument, StandardFonts, rgb } = require('pdf-lib');
const R = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
(async () => {
  const doc = await PDFDocument.create();
  doc.setTitle(R.title); doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  const F = await doc.embedFont(StandardFonts.Helvetica), B = await doc.embedFont(StandardFonts.HelveticaBold),
        I = await doc.embedFont(StandardFonts.HelveticaOblique);
  const TEAL = rgb(0.0, 0.40, 0.45), INK = rgb(0.12, 0.12, 0.12);
  const wrap = (text, font, size, width) => {
    const lines = []; let cur = '';
    for (const w of text.split(' ')) {
      const t = cur ? cur + ' ' + w : w;
      if (font.widthOfTextAtSize(t, size) > width && cur) { lines.push(cur); cur = w; } else cur = t;
    }
    if (cur) lines.push(cur); return lines;
  };
  const rounded = (x, y, w, h, r) => `M ${x + r} ${y} H ${x + w - r} Q ${x + w} ${y} ${x + w} ${y + r} V ${y + h - r} Q ${x + w} ${y + h} ${x + w - r} ${y + h} H ${x + r} Q ${x} ${y + h} ${x} ${y + h - r} V ${y + r} Q ${x} ${y} ${x + r} ${y} Z`;
  // a box: title + content rows; returns the y under it
  const box = (page, x, top, w, b) => {
    const pad = 10, size = 10, lead = 13.5, rows = [];
    rows.push({ font: B, size: 12.5, text: b.title, dx: 0, gap: 6 });
    for (const part of b.parts) {
      if (part.kind === 'p') wrap(part.text, F, size, w - 2 * pad).forEach((l, i, a) => rows.push({ font: F, size, text: l, dx: 0, gap: i === a.length - 1 ? 5 : 0 }));
      else part.items.forEach((t, n) => {
        const mark = part.kind === 'digits' ? (n + 1) + '.' : '\u2022';
        wrap(t, F, size, w - 2 * pad - 14).forEach((l, i, a) => rows.push({ font: F, size, text: l, dx: 14, mark: i === 0 ? mark : null, gap: i === a.length - 1 ? 4 : 0 }));
      });
    }
    let h = pad + 4; rows.forEach(r => h += lead + r.gap); h += pad - 4;
    const path = rounded(0, 0, w, h, 9);
    page.drawSvgPath(path, { x, y: top, color: rgb(0.94, 0.97, 0.97), borderColor: TEAL, borderWidth: 1.2 });
    let y = top - pad - 10;
    for (const r of rows) {
      if (r.mark) page.drawText(r.mark, { x: x + pad, y, size: r.size, font: F, color: INK });
      page.drawText(r.text, { x: x + pad + r.dx, y, size: r.size, font: r.font, color: r.font === B ? TEAL : INK });
      y -= lead + r.gap;
    }
    return top - h - 14;
  };
  const footer = (page, n, x) => page.drawText(R.partnership + ' | Learning brief | page ' + n, { x, y: 24, size: 8, font: F, color: rgb(0.35, 0.35, 0.35) });
  const p1 = doc.addPage([595.28, 841.89]);
  p1.drawRectangle({ x: 0, y: 0, width: 175, height: 841.89, color: TEAL });
  let y = 760;
  for (const l of wrap(R.partnership, B, 13, 140)) { p1.drawText(l, { x: 18, y, size: 13, font: B, color: rgb(1, 1, 1) }); y -= 17; }
  y -= 30;
  for (const l of wrap(R.title, B, 22, 140)) { p1.drawText(l, { x: 18, y, size: 22, font: B, color: rgb(1, 1, 1) }); y -= 27; }
  y -= 16;
  for (const l of ['A summary of a local child', 'safeguarding practice review', '', 'March 2026']) { p1.drawText(l, { x: 18, y, size: 10.5, font: F, color: rgb(1, 1, 1) }); y -= 14; }
  y = 780;
  for (const l of wrap(R.invented, I, 9.5, 360)) { p1.drawText(l, { x: 195, y, size: 9.5, font: I, color: INK }); y -= 12.5; }
  y -= 14;
  for (const b of R.page1) y = box(p1, 195, y, 360, b);
  footer(p1, 1, 195);
  const p2 = doc.addPage([595.28, 841.89]);
  let yl = 800, yr = 800;
  for (const b of R.left) yl = box(p2, 40, yl, 250, b);
  for (const b of R.right) yr = box(p2, 305, yr, 250, b);
  footer(p2, 2, 40);
  fs.writeFileSync(process.argv[3], await doc.save({ useObjectStreams: false }));
})();
"""


def y7_pdflib(rep, d):
    c = rep["cover"]
    boxes, cur = [], None
    for b, note in blocks(rep):
        if b[0] == "h1":
            cur = {"title": b[1], "parts": []}
            boxes.append(cur)
        elif b[0] == "p":
            cur["parts"].append({"kind": "p", "text": b[1]})
        elif b[0] == "items":
            cur["parts"].append({"kind": b[3], "items": b[2]})
    data = {"title": c["title"], "partnership": c["partnership"], "invented": INVENTED,
            "page1": boxes[:2], "left": boxes[2:4], "right": boxes[4:]}
    json.dump(data, open(os.path.join(d, "r.json"), "w"))
    open(os.path.join(d, "r.js"), "w").write(Y7_JS)
    run(["node", "r.js", "r.json", "r.pdf"], cwd=d, env=dict(os.environ, NODE_PATH=NODE_MODULES))
    return os.path.join(d, "r.pdf"), os.path.join(d, "r.pdf")


# ---------------- Y8: OpenHTMLtoPDF (Java), CSS counters numbering paragraphs ----------------
Y8_JAVA = r"""
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.*;
import java.nio.file.*;

public class Stainmoor {
  public static void main(String[] a) throws Exception {
    String html = Files.readString(Path.of(a[0]));
    try (OutputStream os = new FileOutputStream(a[1])) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"), "Liberation Serif");
      b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"), "Liberation Serif", 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"), "Liberation Serif", 400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.ITALIC, true);
      b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"), "Liberation Sans", 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(new File("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"), "Liberation Sans");
      b.withHtmlContent(html, new File(a[0]).toURI().toString());
      b.toStream(os);
      b.run();
    }
  }
}
"""


def y8_openhtml(rep, d):
    c = rep["cover"]
    css = ("@page{size:A4;margin:28mm 24mm 24mm 24mm;@top-left{content:element(head)}"
           "@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);font:9pt 'Liberation Sans';color:#555}}"
           "@page :first{@top-left{content:none}}"
           "#head{position:running(head);font:9pt 'Liberation Sans';color:#555;border-bottom:0.5pt solid #999;width:100%}"
           "body{font:11pt/1.45 'Liberation Serif';color:#111}"
           ".cover{page-break-after:always;text-align:center;padding-top:50mm}.cover .pt{font:bold 14pt 'Liberation Sans';color:#2b4a6f}"
           ".cover .t{font:bold 24pt 'Liberation Sans';margin-top:30mm}.cover .m{font-size:12pt;margin-top:8mm}.cover .n{font-style:italic;margin-top:60mm}"
           "h1{font:bold 13pt 'Liberation Sans';color:#2b4a6f;margin:18pt 0 6pt 0;page-break-after:avoid}"
           "p.n{margin:0 0 7pt 0;padding-left:12mm;text-indent:-12mm;text-align:justify}"
           "p.n span.no{display:inline-block;width:12mm;text-indent:0}")
    out = ["<html><head><meta charset='utf-8'/><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div id='head'>Stainmoor Safeguarding Children Partnership - LCSPR Aisha - FINAL</div>",
           "<div class='cover'><div class='pt'>%s</div><div class='t'>%s</div><div class='m'>Overview report</div>"
           "<div class='m'>Published: 9 October 2025</div><div class='m'>Lead reviewer: Siobhan Achterberg</div>"
           "<div class='n'>%s</div></div>" % (h(c["partnership"]), h(c["title"]), h(INVENTED))]
    sec = 0
    for b, note in blocks(rep):
        if b[0] == "h1":
            sec = int(b[1].split(".")[0])
            out.append("<h1>%s</h1>" % h(b[1]))
        elif b[0] == "p":
            no, text = b[1].split(" ", 1)
            out.append("<p class='n'><span class='no'>%s</span>%s</p>" % (no, h(text)))
        elif b[0] == "items":
            out += ["<p class='n'><span class='no'>%d.%d</span>%s</p>" % (sec, i, h(t)) for i, t in enumerate(b[2], 1)]
    out.append("</body></html>")
    src = os.path.join(d, "r.html")
    open(src, "w", encoding="utf-8").write("".join(out))
    open(os.path.join(d, "Stainmoor.java"), "w").write(Y8_JAVA)
    run(["java", "-cp", java_cp(), "Stainmoor.java", src, os.path.join(d, "r.pdf")], cwd=d)
    return os.path.join(d, "r.pdf"), os.path.join(d, "r.pdf")


RENDER = {"brackwater": y1_mom, "glenmorie": y2_context, "cwm-gwyrdd": y3_lualatex, "ballykerran": y4_scan,
          "hatherley": y5_openpdf, "dunraven": y6_rst2pdf, "tarrock": y7_pdflib, "stainmoor": y8_openhtml}


def render(rep, d):
    for k, f in RENDER.items():
        if rep["file"].startswith(k):
            return f(rep, d)
    raise SystemExit("no renderer for " + rep["file"])
