// Batch 29 P2: pptxgenjs briefing deck (node), converted to PDF by LibreOffice Impress. node batch29_pptx.js rep.json out.pptx
// Test-fixture tooling only; every person, place and organisation in the briefing is invented.
const fs = require("fs");
const pptxgen = require("pptxgenjs");
const rep = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const pres = new pptxgen();
pres.layout = "LAYOUT_WIDE";
const NAVY = "1F2F5C";
function bar(s) { s.addShape(pres.shapes.RECTANGLE, { x: 0, y: 0, w: 0.25, h: 7.5, fill: { color: "6A2C8E" } }); }
const c = rep.cover;
let s = pres.addSlide(); bar(s);
s.addText(c.partnership, { x: 0.8, y: 0.6, w: 11.5, h: 0.6, fontFace: "Arial", fontSize: 18, color: "555555" });
s.addText([{ text: "Child Safeguarding Practice Review:", options: { breakLine: true } }, { text: c.child_name }],
  { x: 0.8, y: 1.8, w: 11.5, h: 2.0, fontFace: "Arial", fontSize: 40, bold: true, color: NAVY });
s.addText(c.by + " - " + c.date, { x: 0.8, y: 4.2, w: 11.5, h: 0.6, fontFace: "Arial", fontSize: 20, color: NAVY });
s.addText(rep.invented, { x: 0.8, y: 6.5, w: 11.5, h: 0.4, fontFace: "Arial", fontSize: 11, color: "777777" });
let paras = [];
function flush() { if (s && paras.length) { s.addText(paras, { x: 0.8, y: 1.5, w: 11.7, h: 5.4, valign: "top", fontFace: "Arial",
  fontSize: 17, color: "222222", paraSpaceAfter: 10 }); } paras = []; }
for (const b of rep.blocks) {
  if (b[0] === "h1") {
    flush(); s = pres.addSlide(); bar(s); s.slideNumber = { x: 12.3, y: 7.0, fontSize: 11, color: "777777" };
    s.addText(b[1], { x: 0.8, y: 0.4, w: 11.7, h: 0.9, fontFace: "Arial", fontSize: 26, bold: true, color: NAVY });
  } else if (b[0] === "p") {
    paras.push({ text: b[1], options: { breakLine: true } });
  } else if (b[0] === "items") {
    const bullet = b[3] === "number" ? { type: "number" } : b[3] === "tick" ? { code: "2714" } : true;
    for (const t of b[2]) paras.push({ text: t, options: { bullet, breakLine: true, indentLevel: 0 } });
  }
}
flush();
pres.writeFile({ fileName: process.argv[3] }).then(() => {});
