// Batch b30, 'pdflib-cards': draws a digest with pdf-lib (npm) from the JSON spec written by render_b30_inputs.py.
// A4 pages, two boxed cards per page (a fixed height each, shorter on page 1 under the heading); a card whose text does not fit ends with 'continued overleaf'
// and goes on in a card at the top of the next page headed '<title> (continued)'. Invented material, test fixtures only.
// Usage: NODE_PATH=<node_modules holding pdf-lib> node render_b30_cards.js SPEC.json OUT.pdf
const fs = require('fs');
const { PDFDocument, StandardFonts, rgb, PDFName, PDFString } = require('pdf-lib');

const W = 595.28, H = 841.89, M = 48, CARD_H = 212, GAP = 16, PAD = 12, SIZE = 10.5, LEAD = 14, STRIP = 84;
const BLUE = rgb(0.11, 0.31, 0.55), GREY = rgb(0.35, 0.35, 0.35);

function wrap(text, font, size, width) {
  const lines = []; let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? line + ' ' + word : word;
    if (font.widthOfTextAtSize(next, size) > width && line) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

(async () => {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const doc = await PDFDocument.create();
  doc.setTitle(spec.heading); doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  const reg = await doc.embedFont(StandardFonts.Helvetica), bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ital = await doc.embedFont(StandardFonts.HelveticaOblique);
  const inner = W - 2 * M - 2 * PAD - STRIP;
  // every card's lines: [font, size, text, indent, gapBefore, link]
  const cardLines = spec.cards.map((c, n) => {
    const out = [];
    for (const b of c.blocks) {
      if (b[0] === 'summary' || b[0] === 'text') wrap(b[1], reg, SIZE, inner).forEach((t, k) => out.push([reg, SIZE, t, 0, k === 0 ? 4 : 0]));
      else if (b[0] === 'label') out.push([bold, SIZE, b[1], 0, 6]);
      else if (b[0] === 'item') wrap(b[1], reg, SIZE, inner - 12).forEach((t, k) => out.push([reg, SIZE, (k === 0 ? '\u2022 ' : '') + t, k === 0 ? 2 : 12, 0]));
      else if (b[0] === 'link') out.push([bold, SIZE, b[1] + ' \u203a', 0, 8, b[2]]);
    }
    return { title: c.title, tag: `Review ${n + 1} of ${spec.cards.length}`, lines: out };
  });
  const pages = []; let page, slot = 0;
  const newPage = () => { page = doc.addPage([W, H]); pages.push(page); slot = 0; };
  newPage();
  page.drawText(spec.heading, { x: M, y: H - M - 16, size: 18, font: bold, color: BLUE });
  let y0 = H - M - 40;
  wrap(spec.intro, reg, 9.5, W - 2 * M).forEach(t => { page.drawText(t, { x: M, y: y0, size: 9.5, font: reg, color: GREY }); y0 -= 12.5; });
  let top = y0 - 10;
  // page 1 holds the heading, so its two cards are shorter than the half pages of the pages after it
  const cardHeight = () => Math.min(pages.length === 1 ? CARD_H : (H - 2 * M - 20 - GAP) / 2, top - M - 20);
  for (const card of cardLines) {
    let title = card.title, rest = card.lines;
    while (rest.length) {
      if (slot === 2) { newPage(); top = H - M; }
      const need = 26 + PAD + 14 + PAD + rest.reduce((a, l) => a + l[4] + LEAD, 0);
      const ch = title === card.title ? cardHeight() : Math.min(cardHeight(), need);
      page.drawRectangle({ x: M, y: top - ch, width: W - 2 * M, height: ch, borderColor: BLUE, borderWidth: 1.2, color: rgb(0.97, 0.98, 1) });
      page.drawRectangle({ x: M, y: top - 26, width: W - 2 * M, height: 26, color: BLUE });
      page.drawText(title, { x: M + PAD, y: top - 18, size: 11.5, font: bold, color: rgb(1, 1, 1) });
      page.drawRectangle({ x: M, y: top - ch, width: STRIP, height: ch - 26, color: rgb(0.86, 0.9, 0.96) });
      page.drawText(card.tag, { x: M + 10, y: top - 44, size: 8, font: bold, color: BLUE });
      let y = top - 26 - PAD - SIZE + 2; const bottom = top - ch + PAD + 14;
      let k = 0;
      for (; k < rest.length; k++) {
        const [font, size, text, ind, gap, link] = rest[k];
        if (y - gap < bottom) break;
        if (font === bold && !link && k + 1 < rest.length && y - gap - LEAD - rest[k + 1][4] < bottom) break; // a label stays with its first point
        y -= gap;
        page.drawText(text, { x: M + STRIP + PAD + ind, y, size, font, color: link ? rgb(0.1, 0.33, 0.63) : rgb(0.1, 0.1, 0.1) });
        if (link) {
          const w = font.widthOfTextAtSize(text, size);
          const annot = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [M + STRIP + PAD, y - 2, M + STRIP + PAD + w, y + size], Border: [0, 0, 0],
            A: { Type: 'Action', S: 'URI', URI: PDFString.of(link) } });
          page.node.set(PDFName.of('Annots'), doc.context.obj([...(page.node.Annots() ? page.node.Annots().asArray() : []), doc.context.register(annot)]));
        }
        y -= LEAD;
      }
      rest = rest.slice(k);
      if (rest.length) {
        const note = 'continued overleaf';
        page.drawText(note, { x: W - M - PAD - ital.widthOfTextAtSize(note, 8.5), y: top - ch + 8, size: 8.5, font: ital, color: GREY });
        title = card.title + ' (continued)';
        slot = 2;
      } else { slot += 1; top = top - ch - GAP; }
    }
  }
  pages.forEach((p, i) => {
    const t = `${spec.foot}    Page ${i + 1} of ${pages.length}`;
    p.drawText(t, { x: W - M - reg.widthOfTextAtSize(t, 7.5), y: M - 22, size: 7.5, font: reg, color: GREY });
  });
  fs.writeFileSync(process.argv[3], await doc.save({ useObjectStreams: false }));
})();
