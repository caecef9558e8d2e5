// Batch 31: a Markdown report through md-to-pdf (marked + puppeteer) on Debian's Chromium.
// node batch31_mdtopdf.js report.md cfg.json out.pdf. Test-fixture tooling only.
const fs = require('fs');
const { mdToPdf } = require('md-to-pdf');
const [src, cfgPath, out] = process.argv.slice(2);
const cfg = JSON.parse(fs.readFileSync(cfgPath, 'utf8'));
const small = 'font-size:8px;width:100%;margin:0 15mm;color:#555;font-family:sans-serif;';
const fmt = (s) => s.replace('{n}', '<span class="pageNumber"></span>').replace('{m}', '<span class="totalPages"></span>');
const opts = {
  dest: out,
  launch_options: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
  css: cfg.css,
  pdf_options: { format: 'A4', margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' }, printBackground: true,
    displayHeaderFooter: true, headerTemplate: '<div style="' + small + '">' + (cfg.header || '') + '</div>',
    footerTemplate: '<div style="' + small + 'text-align:right">' + fmt(cfg.footer) + '</div>' },
};
if (cfg.own) opts.stylesheet = [];
mdToPdf({ path: src }, opts).then(() => process.exit(0)).catch((e) => { console.error(e); process.exit(1); });
