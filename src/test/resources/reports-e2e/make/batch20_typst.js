// Batch 20, Kinloch Ardle: compiles a Typst file with the typst.ts node compiler. Test-fixture tooling only.
// Run by batch20_render.v6_typst: node batch20_typst.js report.typ out.pdf
const fs = require('fs');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const pdf = NodeCompiler.create().pdf({ mainFileContent: fs.readFileSync(process.argv[2], 'utf8') });
fs.writeFileSync(process.argv[3], pdf);
