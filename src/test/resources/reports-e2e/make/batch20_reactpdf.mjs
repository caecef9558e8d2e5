// Batch 20, Tremayne: @react-pdf/renderer (yoga flexbox) without JSX. Test-fixture tooling only; every name in the report
// is invented. Run by batch20_render.v5_reactpdf: node batch20_reactpdf.mjs spec.json out.pdf
import fs from 'fs';
import React from 'react';
import { Document, Page, View, Text, renderToFile } from '@react-pdf/renderer';
const h = React.createElement;
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const c = spec.cover, teal = '#0f6b73', ink = '#222222';
const body = { fontFamily: 'Helvetica', fontSize: 10.5, lineHeight: 1.45, color: ink };
const cover = h(Page, { size: 'A4', style: { padding: 0 } },
  h(View, { style: { backgroundColor: teal, marginTop: 110, paddingVertical: 36, paddingHorizontal: 60 } },
    h(Text, { style: { color: 'white', fontFamily: 'Helvetica', fontSize: 14 } }, c.partnership),
    h(Text, { style: { color: 'white', fontFamily: 'Helvetica-Bold', fontSize: 30, marginTop: 18 } }, c.title)),
  h(View, { style: { paddingHorizontal: 60, marginTop: 30 } },
    h(Text, { style: { fontSize: 13, fontFamily: 'Helvetica' } }, c.date),
    h(Text, { style: { fontSize: 12, fontFamily: 'Helvetica', marginTop: 8 } }, c.author)),
  h(Text, { style: { position: 'absolute', bottom: 60, left: 60, right: 60, fontSize: 9, fontFamily: 'Helvetica', color: '#555' } }, spec.invented));
const kids = [];
let k = 0;
for (const b of spec.blocks) {
  k++;
  if (b.k === 'h1') {
    kids.push(h(Text, { key: k, minPresenceAhead: 60, style: { fontFamily: 'Helvetica-Bold', fontSize: 14, color: teal, marginTop: 16, marginBottom: 6 } }, b.text));
  } else if (b.k === 'p') {
    kids.push(h(Text, { key: k, style: { ...body, marginBottom: 8, textAlign: 'justify' } }, b.text));
  } else if (b.k === 'items' && b.style === 'table') {
    const cell = (w, t, bold) => h(View, { style: { width: w, padding: 5, borderRightWidth: 0.5, borderRightColor: '#999' } },
      h(Text, { style: { ...body, fontSize: 10, fontFamily: bold ? 'Helvetica-Bold' : 'Helvetica', color: bold ? 'white' : ink } }, t));
    const leads = ['Safeguarding partners', 'Maternity and health visiting', 'Safeguarding partners', 'Safeguarding partners'];
    const rows = [h(View, { key: 'h', style: { flexDirection: 'row', backgroundColor: teal } },
      cell('10%', 'Ref', true), cell('62%', 'Recommendation', true), cell('28%', 'Lead', true))];
    b.texts.forEach((t, i) => rows.push(h(View, { key: i, wrap: false, style: { flexDirection: 'row', borderTopWidth: 0.5, borderTopColor: '#999' } },
      cell('10%', 'R' + (i + 1)), cell('62%', t), cell('28%', leads[i]))));
    kids.push(h(View, { key: k, style: { borderWidth: 0.5, borderColor: '#999', marginTop: 4 } }, ...rows));
  } else if (b.k === 'items') {
    b.texts.forEach((t, i) => kids.push(h(View, { key: k + '-' + i, wrap: false, style: { flexDirection: 'row', marginBottom: 6 } },
      h(View, { style: b.style === 'square'
        ? { width: 6, height: 6, backgroundColor: teal, marginTop: 5, marginRight: 10, marginLeft: 6 }
        : { width: 6, height: 6, borderRadius: 3, backgroundColor: '#e08a00', marginTop: 5, marginRight: 10, marginLeft: 6 } }),
      h(Text, { style: { ...body, flex: 1 } }, t))));
  }
}
const bodyPage = h(Page, { size: 'A4', style: { paddingTop: 70, paddingBottom: 64, paddingHorizontal: 60 } },
  h(Text, { fixed: true, style: { position: 'absolute', top: 30, left: 60, right: 60, fontSize: 9, fontFamily: 'Helvetica', color: '#555',
    borderBottomWidth: 0.5, borderBottomColor: teal, paddingBottom: 4 } }, c.partnership),
  ...kids,
  h(Text, { fixed: true, style: { position: 'absolute', bottom: 30, left: 60, right: 60, textAlign: 'center', fontSize: 9, fontFamily: 'Helvetica', color: '#555' },
    render: ({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}` }));
await renderToFile(h(Document, { title: c.title, author: c.partnership, producer: 'react-pdf' }, cover, bodyPage), process.argv[3]);
