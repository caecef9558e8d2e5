// Batch 20, Ashcott: PDFKit used directly (its text flow, doc.list and outline). Test-fixture tooling only; every name in
// the report is invented. Run by batch20_render.v4_pdfkit: node batch20_pdfkit.js spec.json out.pdf
const fs = require('fs');
const PDFDocument = require('pdfkit');
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const c = spec.cover;
const navy = '#1f2f5c', ink = '#222222', L = 70, W = 455;
const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 80, left: L, right: 70 }, bufferPages: true,
  info: { Title: c.title, Author: c.partnership } });
doc.pipe(fs.createWriteStream(process.argv[3]));
// cover
doc.rect(0, 0, 595.28, 22).fill(navy);
doc.fillColor(navy).font('Helvetica-Bold').fontSize(14).text(c.partnership, L, 150, { width: W });
const [kind, name] = c.title.split(': ');
doc.fontSize(26).text(kind + ':', L, 230, { width: W }).fontSize(34).text(name, { width: W });
doc.fillColor(ink).font('Helvetica').fontSize(13).text(c.date, L, 380).moveDown(0.4).text(c.author);
doc.fontSize(9).fillColor('#555555').text(spec.invented, L, 700, { width: W });
doc.addPage();
const room = (h) => { if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage(); };
let first = true;
for (const b of spec.blocks) {
  if (b.k === 'h1') {
    room(60);
    if (!first) doc.moveDown(0.8);
    first = false;
    doc.outline.addItem(b.text);
    doc.font('Helvetica-Bold').fontSize(15).fillColor(navy).text(b.text, L, doc.y, { width: W });
    doc.moveDown(0.4);
  } else if (b.k === 'p') {
    doc.font('Times-Roman').fontSize(11.5).fillColor(ink).text(b.text, L, doc.y, { width: W, align: 'justify', lineGap: 2 });
    doc.moveDown(0.6);
  } else if (b.k === 'items' && b.style === 'labelled') {
    b.texts.forEach((t, i) => {
      room(70);
      const y0 = doc.y;
      doc.font('Helvetica-Bold').fontSize(11).fillColor('#b85400').text('Learning point ' + (i + 1), L + 14, y0, { width: W - 14 });
      doc.font('Times-Roman').fontSize(11.5).fillColor(ink).text(t, L + 14, doc.y + 2, { width: W - 14, align: 'justify', lineGap: 2 });
      doc.rect(L, y0, 4, doc.y - y0).fill('#e07b00');
      doc.moveDown(0.8);
    });
  } else if (b.k === 'items') {
    doc.font('Times-Roman').fontSize(11.5).fillColor(ink);
    doc.list(b.texts, L + 4, doc.y, { width: W - 4, listType: b.style === 'enum' ? 'numbered' : 'bullet', bulletRadius: 2.5,
      textIndent: 18, bulletIndent: 4, paragraphGap: 6, lineGap: 2, align: 'left' });
    doc.moveDown(0.6);
  }
}
const range = doc.bufferedPageRange();
for (let i = 1; i < range.count; i++) {
  doc.switchToPage(i);
  doc.page.margins.bottom = 0;
  doc.font('Helvetica').fontSize(9).fillColor('#555555').text('Mason - LCSPR | page ' + (i + 1), L, 800, { width: W, align: 'right', lineBreak: false });
}
doc.end();
