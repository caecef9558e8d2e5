// Batch b28: compiles a Typst file with the typst.ts node compiler (Typst's own PDF writer). Test-fixture tooling only.
// Run by render_b28_inputs.py: node render_b28_typst.js digest.typ out.pdf (NODE_PATH holding @myriaddreamin/typst-ts-node-compiler)
const fs = require('fs');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const pdf = NodeCompiler.create().pdf({ mainFileContent: fs.readFileSync(process.argv[2], 'utf8') });
fs.writeFileSync(process.argv[3], pdf);
