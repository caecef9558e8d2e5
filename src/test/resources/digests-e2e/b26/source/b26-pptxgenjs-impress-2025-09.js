
const pptxgen = require('pptxgenjs'); const d = JSON.parse(process.argv[2]); const p = new pptxgen(); p.layout = 'LAYOUT_16x9';
p.title = d.heading;
p.defineSlideMaster({ title: 'M', background: { color: 'FFFFFF' }, objects: [
  { text: { text: 'NSPCC Learning | ' + d.heading, options: { x: 0.4, y: 5.25, w: 6, h: 0.3, fontSize: 9, color: '666666' } } } ],
  slideNumber: { x: 9.1, y: 5.25, fontSize: 9, color: '666666' } });
let s = p.addSlide({ masterName: 'M' });
s.addText(d.heading, { x: 0.5, y: 1.4, w: 9, h: 1, fontSize: 32, bold: true, color: '00664D' });
s.addText(d.intro, { x: 0.5, y: 2.5, w: 9, h: 1, fontSize: 16 });
s.addText(d.foot, { x: 0.5, y: 4.3, w: 9, h: 0.4, fontSize: 10, italic: true });
for (const e of d.entries) {
  s = p.addSlide({ masterName: 'M' });
  s.addText(e.title, { x: 0, y: 0, w: 10, h: 0.7, fontSize: 20, bold: true, color: 'FFFFFF', fill: { color: '00664D' }, margin: 12 });
  s.addText(e.summary, { x: 0.4, y: 0.9, w: 4.2, h: 3.6, fontSize: 12, valign: 'top' });
  const runs = [];
  for (const [lab, items] of e.groups) {
    if (lab === null) { runs.push({ text: items, options: { fontSize: 11, breakLine: true, paraSpaceBefore: 6 } }); continue; }
    runs.push({ text: lab, options: { bold: true, fontSize: 11, breakLine: true, paraSpaceBefore: 6 } });
    for (const it of items) runs.push({ text: it, options: { bullet: true, fontSize: 11, breakLine: true } });
  }
  s.addText(runs, { x: 4.9, y: 0.9, w: 4.8, h: 3.8, valign: 'top' });
  s.addText([{ text: e.link, options: { hyperlink: { url: e.url }, color: '0563C1' } }], { x: 0.4, y: 4.7, w: 5, h: 0.35, fontSize: 11 });
}
p.writeFile({ fileName: process.argv[3] }).then(() => {});
