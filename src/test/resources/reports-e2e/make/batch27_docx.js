// batch27: writes the DOCX of one invented report with the `docx` npm package (8.x). Test-fixture tooling only.
//   NODE_PATH=.../node_modules node batch27_docx.js rep.json out.docx
const fs = require("fs");
const d = require("docx");
const rep = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const c = rep.cover;
const FONT = "Arial";
const p = (text, o = {}) => new d.Paragraph({ children: [new d.TextRun({ text, font: FONT, size: 22, ...o.run })],
  spacing: { after: 160, line: 300 }, ...o.par });
const cell = (text, o = {}) => new d.TableCell({ children: [p(text, { run: o.run })], width: o.width,
  shading: o.fill ? { type: d.ShadingType.CLEAR, fill: o.fill, color: "auto" } : undefined,
  margins: { top: 80, bottom: 80, left: 100, right: 100 } });
const kids = [
  p(c.partnership, { run: { size: 28 }, par: { spacing: { before: 1800, after: 600 } } }),
  p(c.title, { run: { size: 44, bold: true, color: "5B2C6F" }, par: { spacing: { after: 600 } } }),
  p(c.by), p(c.date),
  p(rep.invented, { run: { size: 18 }, par: { spacing: { before: 3000 } } }),
];
let lp = 0;
for (const b of rep.blocks) {
  if (b[0] === "h1") {
    const app = b[2] === "appendix";
    kids.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, pageBreakBefore: true,
      numbering: app ? undefined : { reference: "heads", level: 0 },
      children: [new d.TextRun({ text: b[1], font: FONT, size: 30, bold: true, color: "5B2C6F" })],
      spacing: { after: 240 } }));
  } else if (b[0] === "p") {
    kids.push(p(b[1]));
  } else if (b[0] === "items" && b[3] === "boxes") {
    for (const t of b[2]) {
      lp += 1;
      kids.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [new d.TableRow({ children: [
        cell("Learning point " + lp, { fill: "E8DAEF", run: { bold: true }, width: { size: 22, type: d.WidthType.PERCENTAGE } }),
        cell(t, { width: { size: 78, type: d.WidthType.PERCENTAGE } })] })] }));
      kids.push(p(""));
    }
  } else if (b[0] === "items" && b[3] === "table") {
    const rows = [new d.TableRow({ tableHeader: true, children: ["No.", "Recommendation", "Lead agency"].map(
      (h) => cell(h, { fill: "5B2C6F", run: { bold: true, color: "FFFFFF" } })) })];
    b[2].forEach((t, i) => rows.push(new d.TableRow({ children: [
      cell(String(i + 1), { width: { size: 8, type: d.WidthType.PERCENTAGE } }),
      cell(t, { width: { size: 62, type: d.WidthType.PERCENTAGE } }),
      cell(rep.leads[i] || "", { width: { size: 30, type: d.WidthType.PERCENTAGE } })] })));
    kids.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows }));
  } else if (b[0] === "gloss") {
    kids.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: b[1].map(([t, m]) =>
      new d.TableRow({ children: [cell(t, { run: { bold: true }, width: { size: 25, type: d.WidthType.PERCENTAGE } }),
        cell(m, { width: { size: 75, type: d.WidthType.PERCENTAGE } })] })) }));
  }
}
const doc = new d.Document({
  creator: "Hadleigh Fen Safeguarding Children Partnership", title: "CSPR Baby M final",
  numbering: { config: [{ reference: "heads", levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: "%1.",
    alignment: d.AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }] }] },
  sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [
      new d.TextRun({ text: "Hadleigh Fen CSPR - Baby M    ", font: FONT, size: 18 }),
      new d.TextRun({ children: [d.PageNumber.CURRENT], font: FONT, size: 18 })] })] }) },
    children: kids }],
});
d.Packer.toBuffer(doc).then((buf) => fs.writeFileSync(process.argv[3], buf));
