// Batch 31: a DOCX with Word tracked changes (w:ins / w:del) and comments, written with the `docx` npm package from
// batch31_render's JSON description. node batch31_docx.js desc.json out.docx. Test-fixture tooling only.
const fs = require('fs');
const d = require('docx');
const [src, out] = process.argv.slice(2);
const desc = JSON.parse(fs.readFileSync(src, 'utf8'));
const AUTHOR = 'Partnership business manager', DATE = '2024-09-12T10:00:00Z';
let rev = 1;
const runsOf = (rs) => rs.map(([k, t]) => k === 'ins' ? new d.InsertedTextRun({ text: t, id: rev++, author: AUTHOR, date: DATE })
  : k === 'del' ? new d.DeletedTextRun({ text: t, id: rev++, author: AUTHOR, date: DATE }) : new d.TextRun(t));
const comments = [];
const withComment = (rs) => {
  const plain = rs.map((r) => r[1]).join('');
  const key = Object.keys(desc.comments).find((k) => plain.startsWith(k));
  if (key === undefined) return runsOf(rs);
  const id = comments.length;
  comments.push({ id, author: AUTHOR, date: new Date(DATE), children: [new d.Paragraph(desc.comments[key])] });
  return [new d.CommentRangeStart(id), ...runsOf(rs), new d.CommentRangeEnd(id), new d.TextRun({ children: [new d.CommentReference(id)] })];
};
const cell = (t, bold) => new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text: t, bold })] })] });
const c = desc.cover;
const body = [
  new d.Paragraph({ spacing: { before: 2400 }, children: [new d.TextRun({ text: c.title, bold: true, size: 48, color: '1F3864' })] }),
  new d.Paragraph({ spacing: { before: 400 }, children: [new d.TextRun({ text: c.partnership, size: 28 })] }),
  new d.Paragraph(c.by), new d.Paragraph(c.date),
  new d.Paragraph({ spacing: { before: 400 }, children: [new d.TextRun({ text: desc.version, italics: true })] }),
  new d.Paragraph({ spacing: { before: 400 }, children: [new d.TextRun({ text: desc.invented, italics: true })] }),
  new d.Paragraph({ children: [new d.PageBreak()] }),
];
const lists = [];
for (const b of desc.blocks) {
  if (b.k === 'h1') body.push(new d.Paragraph({ text: b.text, heading: d.HeadingLevel.HEADING_1 }));
  else if (b.k === 'h2') body.push(new d.Paragraph({ text: b.text, heading: d.HeadingLevel.HEADING_2 }));
  else if (b.k === 'p') body.push(new d.Paragraph({ spacing: { after: 120 }, children: withComment(b.runs) }));
  else if (b.k === 'items') {
    const ref = 'list' + lists.length;
    lists.push({ reference: ref, levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.', alignment: d.AlignmentType.START,
      style: { paragraph: { indent: { left: 560, hanging: 360 } } } }] });
    b.items.forEach((rs, i) => {
      if (b.style === 'lp') {
        body.push(new d.Paragraph({ spacing: { before: 120 }, children: [new d.TextRun({ text: 'Learning point ' + (i + 1), bold: true })] }));
        body.push(new d.Paragraph({ spacing: { after: 120 }, children: withComment(rs) }));
      } else {
        body.push(new d.Paragraph({ numbering: { reference: ref, level: 0 }, spacing: { after: 80 }, children: withComment(rs) }));
      }
    });
  } else if (b.k === 'table') {
    const widths = b.head.length === 3 ? [8, 62, 30] : [25, 75];
    body.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, columnWidths: widths.map((w) => w * 90),
      rows: [new d.TableRow({ tableHeader: true, children: b.head.map((h) => cell(h, true)) }),
        ...b.rows.map((r) => new d.TableRow({ children: r.map((t) => cell(t, false)) }))] }));
    body.push(new d.Paragraph(''));
  }
}
const doc = new d.Document({
  creator: AUTHOR, title: c.title, description: desc.invented,
  features: { trackRevisions: true },
  comments: { children: comments },
  numbering: { config: lists },
  styles: { default: { document: { run: { font: 'Liberation Sans', size: 21 } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT,
      children: [new d.TextRun({ children: [desc.footer, d.PageNumber.CURRENT], size: 16 })] })] }) },
    children: body }],
});
d.Packer.toBuffer(doc).then((buf) => fs.writeFileSync(out, buf));
