"""Renders batch22_content.py's reports, one producer each (see batch22.py for the tools and where they are looked for).
Test-fixture tooling only."""
import html, json, os, re, shutil, subprocess
from batch22_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_MODULES = os.environ.get("BATCH22_NODE_MODULES", "/tmp/m26r-node/node_modules")
JAVA_CP = os.environ.get("BATCH22_JAVA_CP", "/tmp/m26r-fs/cp.txt")
ITEXT5_CP = os.environ.get("BATCH22_ITEXT5_CP", "/tmp/m26r-it5/cp.txt")
NOTE = re.compile(r"\^\[(.*?)\]")


def e(s):
    return html.escape(s, quote=False)


def run(cmd, cwd, **kw):
    subprocess.run(cmd, cwd=cwd, check=True, **kw)


def blocks_of(rep):
    return rep["blocks"] if "blocks" in rep else [b for page in rep["pages"] for b in page]


def bare(h):
    return re.sub(r"^(\d+\.|Chapter \d+:)\s*", "", h)


# ---------- Y1: HTMLDOC
def htmldoc(rep, d):
    c = rep["cover"]
    body = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            body.append("<h1>%s</h1>" % e(b[1]))
        elif b[0] == "p":
            body.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "items" and b[3] == "numbered":
            body.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        elif b[0] == "items" and b[3] == "table":
            rows = "".join("<tr><td align=center>%d</td><td>%s</td><td>%s</td></tr>" % (i + 1, e(t), a)
                           for i, (t, a) in enumerate(zip(b[2], ["LSCB", "Children's social care", "Early years", "Police / health"])))
            body.append("<table border=1 cellpadding=4 cellspacing=0 width=100%%><tr bgcolor=#dddddd><th width=8%%>No.</th>"
                        "<th>Recommendation</th><th width=22%%>Agency</th></tr>%s</table>" % rows)
    open(os.path.join(d, "r.html"), "w").write(
        "<html><head><title>%s</title><meta name=author content='Dr Helen Marsh, independent author'>"
        "<meta name=copyright content='Gatterby LSCB'></head><body>%s</body></html>" % (e(c["title"]), "\n".join(body)))
    open(os.path.join(d, "title.html"), "w").write(
        "<html><body><center><p><font size=+2><b>%s</b></font></p><br><p><font size=+4><b>%s</b></font></p>"
        "<p><font size=+2>Overview Report</font></p><br><br><p>Independent author: Dr Helen Marsh</p><p>Published: June 2019</p>"
        "<br><br><p><i>%s</i></p></center></body></html>" % (e(c["partnership"]), e(c["title"]), e(INVENTED)))
    run(["htmldoc", "--book", "--numbered", "--toclevels", "1", "--titlefile", "title.html", "--size", "a4",
         "--bodyfont", "times", "--fontsize", "11", "--headfootsize", "9", "--header", "t..", "--footer", "..1",
         "--tocheader", "...", "--toctitle", "Contents", "--no-compression", "-f", "r.pdf", "r.html"], d,
        stdout=subprocess.DEVNULL)
    return os.path.join(d, "r.pdf")


# ---------- Y2: TCPDF
def tcpdf(rep, d):
    c = rep["cover"]
    out = ['<table cellpadding="10"><tr><td bgcolor="#1f3864" color="#ffffff"><font size="11">%s</font><br/>'
           '<font size="20"><b>%s</b></font></td></tr></table>' % (e(c["partnership"]), e(c["title"])),
           '<p>Lead reviewer: Sarah Okafor<br/>Published: April 2025<br/><i>%s</i></p>' % e(INVENTED)]
    rag = {"Red": "#e06666", "Amber": "#f6b26b", "Green": "#93c47d"}
    rows = []
    for b in rep["blocks"]:
        if b[0] != "rag" and rows:
            out.append('<table border="1" cellpadding="4"><tr bgcolor="#d9e2f3"><th width="6%"><b>No.</b></th>'
                       '<th width="33%"><b>Learning</b></th><th width="33%"><b>Recommended action</b></th>'
                       '<th width="15%"><b>Lead</b></th><th width="13%"><b>RAG</b></th></tr>' + "".join(rows) + "</table>")
            rows = []
        if b[0] == "h1":
            out.append('<h2 style="color:#1f3864;font-size:14pt;border-bottom:1px solid #1f3864">%s</h2>' % e(b[1]))
        elif b[0] == "p":
            out.append('<p style="text-align:justify">%s</p>' % e(b[1]))
        elif b[0] == "items":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(t) for t in b[2]))
        elif b[0] == "rag":
            rows.append('<tr nobr="true"><td width="6%%">%d</td><td width="33%%">%s</td><td width="33%%">%s</td><td width="15%%">%s</td>'
                        '<td width="13%%" bgcolor="%s">%s</td></tr>' % (len(rows) + 1, e(b[1]), e(b[2]), e(b[3]), rag[b[4]], b[4]))
    php = r"""<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
class R extends TCPDF {
  public function Header() { $this->SetFont('helvetica', '', 8); $this->SetTextColor(90, 90, 90);
    $this->Cell(0, 8, 'Brackmoor Safeguarding Children Partnership - CSPR Child F', 'B', 0, 'R'); }
  public function Footer() { $this->SetY(-15); $this->SetFont('helvetica', '', 8);
    $this->Cell(0, 10, 'Page '.$this->getAliasNumPage().' of '.$this->getAliasNbPages(), 0, 0, 'C'); }
}
$p = new R('P', 'mm', 'A4', true, 'UTF-8', false);
$p->SetTitle('%s'); $p->SetAuthor('Brackmoor SCP'); $p->SetMargins(20, 22, 20); $p->SetAutoPageBreak(true, 22);
$p->SetFont('helvetica', '', 10.5); $p->AddPage();
$p->writeHTML(file_get_contents('r.html'), true, false, true, false, '');
$p->Output(__DIR__.'/r.pdf', 'F');
""" % c["title"]
    open(os.path.join(d, "r.html"), "w").write("\n".join(out))
    open(os.path.join(d, "r.php"), "w").write(php)
    run(["php", "r.php"], d)
    return os.path.join(d, "r.pdf")


# ---------- Y3: Dompdf
def dompdf(rep, d):
    c = rep["cover"]
    pages = ['<div class="cover"><p class="pship">%s</p><p class="title">%s</p><p>Independent reviewer: Mark Tennant</p>'
             '<p>Date of publication: November 2024</p><p class="inv">%s</p></div>' % (e(c["partnership"]), e(c["title"]), e(INVENTED))]
    n = 0
    for i, page in enumerate(rep["pages"]):
        notes, body = [], []

        def calls(t):
            nonlocal n
            def one(m):
                nonlocal n
                n += 1
                notes.append("<p><sup>%d</sup> %s</p>" % (n, e(m.group(1))))
                return "\x00%d\x01" % n
            return e(NOTE.sub(one, t)).replace("\x00", "<sup>").replace("\x01", "</sup>")
        for b in page:
            if b[0] == "h1":
                body.append("<h1>%s</h1>" % e(b[1]))
            elif b[0] == "p":
                body.append("<p>%s</p>" % calls(b[1]))
            elif b[0] == "items":
                body.append("<ol>%s</ol>" % "".join("<li>%s</li>" % calls(t) for t in b[2]))
        pages.append('<div class="page">%s<div class="notes">%s</div><div class="foot">Wyvern Cross LCSPR - Baby M - page %d</div></div>'
                     % ("".join(body), "".join(notes), i + 2))
    css = ("@page{margin:18mm 20mm 0 20mm} body{font-family:serif;font-size:10pt;line-height:1.45}"
           ".page{position:relative;height:270mm;page-break-after:always}.page:last-child{page-break-after:auto}"
           ".cover{text-align:center;page-break-after:always}.pship{font-size:15pt;margin-top:60mm}.title{font-size:22pt;font-weight:bold;margin:14mm 0}"
           ".inv{font-style:italic;margin-top:30mm}h1{font-size:13pt;color:#1e5631;margin:12pt 0 4pt}p{text-align:justify;margin:0 0 6pt}"
           "li{margin-bottom:4pt}sup{font-size:7pt}.notes{position:absolute;bottom:16mm;left:0;right:0;border-top:0.5pt solid #555;"
           "width:55mm;padding-top:2pt}.notes p{font-size:8pt;width:170mm;margin:0 0 2pt;line-height:1.2}"
           ".foot{position:absolute;bottom:6mm;right:0;font-size:8pt;color:#555}")
    open(os.path.join(d, "r.html"), "w").write("<html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s</body></html>"
                                               % (e(c["title"]), css, "".join(pages)))
    open(os.path.join(d, "r.php"), "w").write(r"""<?php
require_once('/usr/share/php/dompdf/autoload.php');
$d = new Dompdf\Dompdf(); $d->loadHtml(file_get_contents('r.html')); $d->setPaper('A4'); $d->render();
file_put_contents('r.pdf', $d->output());
""")
    run(["php", "r.php"], d)
    return os.path.join(d, "r.pdf")


# ---------- Y4: Flying Saucer
def flying_saucer(rep, d):
    c = rep["cover"]
    out, sec, para = [], 0, 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            sec, para = sec + 1, 0
            out.append("<h1>%s</h1>" % e(b[1]))
        else:
            for t in ([b[1]] if b[0] == "p" else b[2]):
                para += 1
                out.append('<p class="np"><span class="n">%d.%d</span>%s</p>' % (sec, para, e(t)))
    css = ("@page{size:A4;margin:25mm 22mm 25mm 22mm;@bottom-left{content:'Child Safeguarding Practice Review: Child B';font:8pt serif}"
           "@bottom-right{content:'Page ' counter(page);font:8pt serif}} @page :first{@bottom-left{content:none}@bottom-right{content:none}}"
           "body{font-family:serif;font-size:11pt;line-height:1.35}.cover{text-align:center;page-break-after:always;padding-top:50mm}"
           ".cover .ps{font-size:14pt;letter-spacing:1pt}.cover .t{font-size:24pt;font-weight:bold;margin:12mm 0 4mm}"
           "h1{font-size:12pt;font-weight:bold;margin:14pt 0 6pt}p.np{padding-left:13mm;margin:0 0 7pt;text-align:justify}"
           ".n{float:left;margin-left:-13mm;width:13mm}")
    xhtml = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title>'
             '<style type="text/css">%s</style></head><body><div class="cover"><p class="ps">%s</p><p class="t">%s</p>'
             '<p>Overview report</p><p>Author: Jane Aldred, independent reviewer</p><p>September 2023</p><p><i>%s</i></p></div>%s'
             '</body></html>' % (e(c["title"]), css, e(c["partnership"].upper()), e(c["title"]), e(INVENTED), "".join(out)))
    open(os.path.join(d, "r.xhtml"), "w").write(xhtml)
    open(os.path.join(d, "Fs.java"), "w").write("""
import org.xhtmlrenderer.pdf.ITextRenderer; import java.io.*; import java.nio.file.*;
public class Fs { public static void main(String[] a) throws Exception {
  ITextRenderer r = new ITextRenderer(); r.setDocumentFromString(Files.readString(Path.of(a[0])));
  r.layout(); try (OutputStream o = new FileOutputStream(a[1])) { r.createPDF(o); } } }
""")
    run(["java", "-cp", open(JAVA_CP).read().strip(), "Fs.java", "r.xhtml", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------- Y5: pdfjs (npm)
def pdfjs(rep, d):
    c = rep["cover"]
    slides = [["title", c["partnership"], "Practitioner briefing", c["title"], "May 2025", INVENTED]]
    for b in rep["blocks"]:
        if b[0] == "h1":
            slides.append([b[1]])
        elif b[0] == "items":
            slides[-1].append({"style": b[3], "items": b[2]})
    json.dump(slides, open(os.path.join(d, "slides.json"), "w"))
    open(os.path.join(d, "r.js"), "w").write(r"""
const pdf = require('pdfjs'), fs = require('fs');
const H = require('pdfjs/font/Helvetica'), HB = require('pdfjs/font/Helvetica-Bold');
const slides = JSON.parse(fs.readFileSync('slides.json'));
const doc = new pdf.Document({font: H, width: 842, height: 595, padding: 0, properties: {title: 'Sealby CSPR Child T briefing'}});
doc.footer().pageNumber(p => 'Sealby SCP | slide ' + p, {fontSize: 10, color: 0x555555, textAlign: 'right', paddingRight: 40, paddingBottom: 20});
slides.forEach((s, i) => {
  if (i > 0) doc.pageBreak();
  if (s[0] === 'title') {
    const band = doc.cell({backgroundColor: 0x00696b, padding: 40, paddingTop: 110, paddingBottom: 50});
    band.text(s[1], {fontSize: 18, color: 0xffffff});
    band.text(s[2], {fontSize: 34, font: HB, color: 0xffffff});
    band.text(s[3], {fontSize: 22, color: 0xffffff});
    const b = doc.cell({padding: 40});
    b.text(s[4], {fontSize: 16}); b.text(s[5], {fontSize: 12, color: 0x555555});
    return;
  }
  doc.cell({backgroundColor: 0x00696b, padding: 30, paddingLeft: 40}).text(s[0], {fontSize: 24, font: HB, color: 0xffffff});
  const body = doc.cell({paddingLeft: 50, paddingRight: 60, paddingTop: 30});
  s.slice(1).forEach(block => block.items.forEach(t => {
    if (block.style === 'slide') body.text(t, {fontSize: 22, lineHeight: 1.4});
    else { const row = body.table({widths: [24, null], paddingBottom: 12}).row(); row.cell('\u2022', {fontSize: 16}); row.cell(t, {fontSize: 16}); }
  }));
});
doc.pipe(fs.createWriteStream('r.pdf'));
doc.end().then(() => {});
""")
    run(["node", "r.js"], d, env=dict(os.environ, NODE_PATH=NODE_MODULES))
    return os.path.join(d, "r.pdf")


# ---------- Y6: Halibut
def halibut(rep, d):
    c = rep["cover"]
    lines = ["\\cfg{pdf-filename}{r.pdf}", "", "\\cfg{paper-page-width}{595}", "", "\\cfg{paper-page-height}{842}", "",
             "\\title %s" % c["title"], "",
             "\\preamble %s. Overview report by Peter Crane, independent author. Published December 2018." % c["partnership"], "",
             "\\preamble \\e{%s}" % INVENTED, "", "\\copyright Cradley Fen Local Safeguarding Children Board, 2018.", ""]
    for i, b in enumerate(rep["blocks"]):
        if b[0] == "h1":
            lines += ["\\C{c%d} %s" % (i, bare(b[1])), ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "items" and b[3] == "bullets":
            lines += [x for t in b[2] for x in ("\\b %s" % t, "")]
        elif b[0] == "items":
            label = "LP%d:" if b[3] == "lp" else "Rec %d:"
            for n, t in enumerate(b[2]):
                lines += ["\\s{%s} %s" % (label % (n + 1), t), ""]
    open(os.path.join(d, "r.but"), "w").write("\n".join(lines))
    run(["halibut", "--pdf=r.pdf", "r.but"], d)
    return os.path.join(d, "r.pdf")


# ---------- Y7: iText 5 (Java)
def itext5(rep, d):
    c = rep["cover"]
    spec = ["C\t", "C\t" + c["partnership"].upper(), "C\tLEARNING REVIEW\tbig", "C\tChild L\tbig",
            "C\tReport of the independent reviewer, Alan Pryce", "C\tOctober 2022", "C\t" + INVENTED + "\tit"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            spec.append("H\t" + b[1])
        elif b[0] == "p":
            spec.append("P\t" + b[1])
        elif b[0] == "items":
            spec += [("B\t" if b[3] == "bullets" else "R\t") + t for t in b[2]]
    open(os.path.join(d, "spec.tsv"), "w").write("\n".join(spec) + "\n")
    shutil.copy(os.path.join(HERE, "batch22_itext5.java"), os.path.join(d, "Itext5Report.java"))
    run(["java", "-cp", open(ITEXT5_CP).read().strip(), "Itext5Report.java", "spec.tsv", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------- Y8: libHaru (C)
def libharu(rep, d):
    c = rep["cover"]
    spec = ["T\t" + c["partnership"], "B\t" + c["title"], "S\tLead reviewer: Fiona MacLeod", "S\tJune 2024", "I\t" + INVENTED]
    for b in rep["blocks"]:
        if b[0] == "h1":
            spec.append("H\t" + b[1])
        elif b[0] == "p":
            spec.append("P\t" + b[1])
        elif b[0] == "items":
            spec += ["L\t" + t for t in b[2]]
        elif b[0] == "fr":
            spec.append("R\t%s\t%s" % (b[1], b[2]))
    open(os.path.join(d, "spec.tsv"), "w").write("\n".join(spec) + "\n")
    shutil.copy(os.path.join(HERE, "batch22_haru.c"), d)
    run(["cc", "-O1", "-o", "haru", "batch22_haru.c", "-lhpdf", "-lm"], d)
    run(["./haru", "spec.tsv", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


RENDER = {"htmldoc": htmldoc, "tcpdf": tcpdf, "dompdf": dompdf, "flying saucer": flying_saucer, "pdfjs": pdfjs,
          "halibut": halibut, "itext5": itext5, "libharu": libharu}


def render(rep, d):
    return RENDER[rep["producer"]](rep, d)
