// Batch b17 (invented material, test fixtures only): renders a pdfmake 0.2 document definition read from a JSON file.
// node render_b17_pdfmake.js SPEC.json OUT.pdf   (NODE_PATH must reach pdfmake; fonts: Liberation Sans)
const fs = require('fs');
const PdfPrinter = require('pdfmake');
const F = '/usr/share/fonts/truetype/liberation/LiberationSans-';
const printer = new PdfPrinter({ Sans: { normal: F + 'Regular.ttf', bold: F + 'Bold.ttf', italics: F + 'Italic.ttf', bolditalics: F + 'BoldItalic.ttf' } });
const dd = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
dd.defaultStyle = Object.assign({ font: 'Sans' }, dd.defaultStyle || {});
if (dd.runningHead) {
  const head = dd.runningHead;
  dd.header = () => ({ text: head, fontSize: 7, color: '#666666', margin: [40, 16, 40, 0] });
  dd.footer = (page, pages) => ({ text: `Page ${page} of ${pages}`, fontSize: 7, alignment: 'right', margin: [40, 8, 40, 0] });
  delete dd.runningHead;
}
dd.info = { title: dd.title || '', producer: 'pdfmake', creator: 'pdfmake' };
const doc = printer.createPdfKitDocument(dd);
doc.pipe(fs.createWriteStream(process.argv[3]));
doc.end();
