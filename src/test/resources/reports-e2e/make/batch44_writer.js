// Batch 44's tagged-PDF writer in plain Node.js (no packages): reads the page model written by batch44_render.py
// (per page an untagged artifact stream and per element its content operators) and writes a PDF whose structure tree
// gives every element the same poor tag (model.tag: 'P' or 'Span') directly under /Document, with MCID marked content
// and a ParentTree. Test-fixture tooling only: every report is invented.
'use strict';
const fs = require('fs');
const [src, out] = process.argv.slice(2);
const model = JSON.parse(fs.readFileSync(src, 'utf8'));
const objs = [];
const alloc = () => { objs.push(null); return objs.length; };
const set = (n, body) => { objs[n - 1] = body; };
const catalog = alloc(), pages = alloc(), root = alloc(), parentTree = alloc(), docElem = alloc(), info = alloc();
const fontRefs = {};
for (const [name, base] of Object.entries(model.fonts)) {
  const n = alloc();
  set(n, `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`);
  fontRefs[name] = n;
}
const fontDict = '<< ' + Object.entries(fontRefs).map(([k, n]) => `/${k} ${n} 0 R`).join(' ') + ' >>';
const pageRefs = [], docKids = [], nums = [];
model.pages.forEach((p, i) => {
  const page = alloc(), content = alloc();
  pageRefs.push(page);
  let stream = '/Artifact <</Type /Pagination>> BDC\n' + p.artifact + '\nEMC\n';
  const refs = [];
  p.elems.forEach((e, mcid) => {
    stream += `/${model.tag} <</MCID ${mcid}>> BDC\n${e.ops}\nEMC\n`;
    const el = alloc();
    set(el, `<< /Type /StructElem /S /${model.tag} /P ${docElem} 0 R /Pg ${page} 0 R /K ${mcid} >>`);
    refs.push(`${el} 0 R`);
    docKids.push(`${el} 0 R`);
  });
  nums.push(`${i} [${refs.join(' ')}]`);
  set(content, `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  set(page, `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R ` +
    `/Resources << /Font ${fontDict} >> /StructParents ${i} /Tabs /S >>`);
});
set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R /StructTreeRoot ${root} 0 R /MarkInfo << /Marked true >> /Lang (en-GB) >>`);
set(pages, `<< /Type /Pages /Kids [${pageRefs.map(n => n + ' 0 R').join(' ')}] /Count ${pageRefs.length} >>`);
set(root, `<< /Type /StructTreeRoot /K ${docElem} 0 R /ParentTree ${parentTree} 0 R /ParentTreeNextKey ${model.pages.length} >>`);
set(parentTree, `<< /Nums [${nums.join(' ')}] >>`);
set(docElem, `<< /Type /StructElem /S /Document /P ${root} 0 R /K [${docKids.join(' ')}] >>`);
const esc = s => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
set(info, `<< /Title (${esc(model.title)}) /Producer (batch44_writer.js on Node.js ${process.version}) >>`);
let pdf = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
const offsets = [];
objs.forEach((body, i) => { offsets.push(Buffer.byteLength(pdf, 'latin1')); pdf += `${i + 1} 0 obj\n${body}\nendobj\n`; });
const xref = Buffer.byteLength(pdf, 'latin1');
pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map(o => String(o).padStart(10, '0') + ' 00000 n \n').join('');
pdf += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
fs.writeFileSync(out, Buffer.from(pdf, 'latin1'));
