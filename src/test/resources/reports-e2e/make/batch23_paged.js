// Prints an HTML file laid out by the Paged.js polyfill once it has finished (Chromium over a pipe, no port).
// node batch23_paged.js in.html out.pdf   (puppeteer-core from $BATCH23_NODE_MODULES). Test-fixture tooling only.
const path = require("path");
const puppeteer = require(path.join(process.env.BATCH23_NODE_MODULES || "/tmp/m27r-node/node_modules", "puppeteer-core"));
(async () => {
  const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", pipe: true,
    args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"] });
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.PagedConfig = { after: () => { window.pagedDone = true; } };
  });
  await page.goto("file://" + path.resolve(process.argv[2]), { waitUntil: "load" });
  await page.waitForFunction("window.pagedDone === true", { timeout: 120000 });
  await page.pdf({ path: process.argv[3], preferCSSPageSize: true, printBackground: true });
  await browser.close();
})();
