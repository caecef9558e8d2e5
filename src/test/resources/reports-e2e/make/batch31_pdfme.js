// Batch 31: batch31_layout's pages as a pdfme template (one text schema per paragraph box or line, rectangles as
// 'rectangle' schemas), generated with @pdfme/generator. node batch31_pdfme.js pages.json out.pdf TITLE AUTHOR.
// Test-fixture tooling only.
const fs = require('fs');
const { generate } = require('@pdfme/generator');
const { text, rectangle } = require('@pdfme/schemas');
const { BLANK_A4_PDF } = require('@pdfme/common');
const [src, out, title, author] = process.argv.slice(2);
const MM = 25.4 / 72, H = 841.89;
const hex = (c) => '#' + c.map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('');
const pages = JSON.parse(fs.readFileSync(src, 'utf8'));
const inputs = {};
let n = 0;
const schemas = pages.map((ops) => {
  const page = [];
  const addText = (x, ytop, w, h, size, col, value, lh) => {
    const name = 't' + (++n);
    inputs[name] = value;
    page.push({ name, type: 'text', position: { x: x * MM, y: (H - ytop) * MM }, width: w * MM, height: h * MM,
      fontSize: size, lineHeight: lh ? lh / size : 1.2, fontColor: hex(col) });
  };
  for (const o of ops) {
    if (o[0] === 'rect') {
      const [, x, y, w, h, fill, stroke, lw] = o;
      const name = 'r' + (++n);
      inputs[name] = '';
      page.push({ name, type: 'rectangle', position: { x: x * MM, y: (H - y - h) * MM }, width: w * MM, height: Math.max(h * MM, 0.3),
        color: fill ? hex(fill) : '', borderColor: stroke ? hex(stroke) : '', borderWidth: stroke ? lw * MM : 0, readOnly: true });
    } else if (o[0] === 'line' || o[0] === 'mark') {
      const [, x, y, size, col, segs] = o;
      const t = segs.map((s) => s[1]).join('');
      addText(x, y + size * 0.95, Math.min(520, 595 - x - 20), size * 1.45, size, col, t);
    } else if (o[0] === 'box') {
      const [, x, ytop, w, h, size, font, col, t, lh, inner, field, label] = o;
      if (label || inner.length === 1) {
        for (const i of inner) addText(i[1], i[2] + i[3] * 0.95, w + (x - i[1]), i[3] * 1.45, i[3], i[4], i[5].map((s) => s[1]).join(''));
      } else {
        addText(x, ytop, w, h, size, col, t, lh);
      }
    }
  }
  return page;
});
generate({ template: { basePdf: BLANK_A4_PDF, schemas }, inputs: [inputs], plugins: { text, rectangle },
  options: { title, author, creator: 'pdfme template', lang: 'en' } })
  .then((pdf) => fs.writeFileSync(out, pdf))
  .catch((e) => { console.error(e); process.exit(1); });
