// Batch b17 (invented material, test fixtures only): a digest drawn with jsPDF: the digest heading, then every review
// separated from the next only by a drawn rule; titles in the body font (not bold), an outline entry (bookmark) for
// each title; labels as plain lines; '•' items with a hanging indent; the link a text link.
// node render_b17_jspdf.js SPEC.json OUT.pdf   (NODE_PATH must reach jspdf)
const fs = require('fs');
const { jsPDF } = require('jspdf');
const d = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const doc = new jsPDF({ unit: 'mm', format: 'a4', putOnlyUsedFonts: true });
doc.setProperties({ title: d.heading, creator: 'jsPDF' });
const L = 20, W = 170, LH = 4.6, BOTTOM = 280;
let y = 24;
const need = (h) => { if (y + h > BOTTOM) { doc.addPage(); y = 20; } };
const lines = (text, x, w, size) => {
  doc.setFontSize(size);
  for (const ln of doc.splitTextToSize(text, w)) { need(LH); doc.text(ln, x, y); y += LH; }
};
doc.setFont('helvetica', 'normal');
doc.setFontSize(18); doc.text(d.heading, L, y); y += 9;
lines(d.intro, L, W, 10); y += 3;
d.entries.forEach((e, i) => {
  need(20);
  doc.setDrawColor(120); doc.setLineWidth(0.4); doc.line(L, y, L + W, y); y += 6;
  doc.setTextColor(20, 60, 120);
  doc.outline.add(null, e.title, { pageNumber: doc.getNumberOfPages() });
  lines(e.title, L, W, 10); y += 1.5;
  doc.setTextColor(0);
  lines(e.summary, L, W, 10); y += 1.5;
  for (const [lab, items] of e.groups) {
    if (lab === null) { lines(items, L, W, 10); y += 1.5; continue; }
    lines(lab, L, W, 10);
    for (const it of items) {
      const parts = doc.splitTextToSize(it, W - 6);
      parts.forEach((p, k) => { need(LH); if (k === 0) doc.text('\u2022', L + 1, y); doc.text(p, L + 6, y); y += LH; });
    }
    y += 1.5;
  }
  need(LH); doc.setTextColor(20, 60, 120); doc.textWithLink(e.link, L, y, { url: e.url }); doc.setTextColor(0); y += LH + 4;
});
fs.writeFileSync(process.argv[3], Buffer.from(doc.output('arraybuffer')));
