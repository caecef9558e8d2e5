// Batch 29 P1: jsPDF + jspdf-autotable (node). node batch29_jspdf.js rep.json out.pdf (NODE_PATH: jspdf, jspdf-autotable).
// Test-fixture tooling only; every person, place and organisation in the report is invented.
const fs = require("fs");
const { jsPDF } = require("jspdf");
const autoTable = require("jspdf-autotable").default || require("jspdf-autotable");
const rep = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const doc = new jsPDF({ unit: "pt", format: "a4" });
const L = 62, W = 595.28 - 2 * L, TOP = 70, BOTTOM = 770;
let y = TOP;
const unred = (s) => s.replace(/\[\[(.*?)\]\]/g, "$1");
function need(h) { if (y + h > BOTTOM) { doc.addPage(); y = TOP; } }
function lines(text, size, style, x, width, gap) {
  doc.setFont("helvetica", style); doc.setFontSize(size);
  const ls = doc.splitTextToSize(text, width);
  for (const l of ls) { need(size * 1.4); doc.text(l, x, y); y += size * 1.4; }
  y += gap;
}
// cover
const c = rep.cover;
doc.setFont("helvetica", "normal"); doc.setFontSize(13); doc.text(c.partnership, L, 150);
doc.setFont("helvetica", "bold"); doc.setFontSize(26);
doc.text("Local Child Safeguarding", L, 260); doc.text("Practice Review: " + c.child_name, L, 292);
doc.setFont("helvetica", "normal"); doc.setFontSize(13); doc.text(c.by, L, 360); doc.text(c.date, L, 380);
doc.setFontSize(9); doc.text(rep.invented, L, 760);
doc.addPage(); y = TOP;
let n = 0;
for (const b of rep.blocks) {
  const k = b[0];
  if (k === "h1") {
    n += 1; need(60); y += 8;
    const head = b[1].startsWith("Glossary") ? b[1] : n + ". " + b[1];
    doc.setDrawColor(40, 60, 120); doc.setLineWidth(0.6);
    lines(head, 14, "bold", L, W, 0); doc.line(L, y - 10, L + W, y - 10); y += 6;
  } else if (k === "p") {
    lines(unred(b[1]), 10.5, "normal", L, W, 6);
  } else if (k === "items") {
    b[2].forEach((t, i) => {
      const mark = b[3] === "ol" ? (i + 1) + "." : "-";
      doc.setFont("helvetica", "normal"); doc.setFontSize(10.5);
      const ls = doc.splitTextToSize(t, W - 22);
      need(10.5 * 1.4 * Math.min(ls.length, 2));
      doc.text(mark, L + 4, y);
      for (const l of ls) { need(14.7); doc.text(l, L + 22, y); y += 14.7; }
      y += 4;
    });
    y += 4;
  } else if (k === "tor" || k === "rectable" || k === "gloss") {
    let head, body, opts;
    if (k === "tor") { head = [["No.", "Question for the review"]]; body = b[1]; opts = { theme: "grid" }; }
    else if (k === "rectable") {
      head = [["No.", "Recommendation", "Lead"]]; body = b[1].map((r, i) => [String(i + 1), r[0], r[1]]);
      opts = { theme: "striped", headStyles: { fillColor: [28, 45, 95] }, columnStyles: { 0: { cellWidth: 34 }, 2: { cellWidth: 90 } } };
    } else { head = [["Term", "Meaning"]]; body = b[1]; opts = { theme: "plain", columnStyles: { 0: { cellWidth: 110, fontStyle: "bold" } } }; }
    autoTable(doc, Object.assign({ head, body, startY: y, margin: { left: L, right: L, top: TOP, bottom: 842 - BOTTOM },
      styles: { font: "helvetica", fontSize: 10, cellPadding: 4 } }, opts));
    y = doc.lastAutoTable.finalY + 14;
  }
}
const pages = doc.getNumberOfPages();
for (let i = 1; i <= pages; i++) {
  doc.setPage(i); doc.setFont("helvetica", "normal"); doc.setFontSize(9);
  doc.text("Page " + i + " of " + pages, 297.64, 815, { align: "center" });
}
fs.writeFileSync(process.argv[3], Buffer.from(doc.output("arraybuffer")));
