
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
