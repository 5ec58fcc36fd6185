#!/usr/bin/env node
// How long each sample card is, in both layouts, on a phone (390 × 844) and a desktop (1280):
// the height of the whole card with nothing opened, and where the key facts, the first emergency
// callout and the disclaimer start (y within the card, in CSS pixels). Headless Chromium on the
// built site (`make site`), the card in a page with the browser's default 8 px margin (so 374 px
// wide on the phone); prints a Markdown table. A measurement for the docs, not a test:
// tests/e2e/a11y.test.mjs checks the compact card's height budget.
//
//   node scripts/card-heights.mjs [--json] [--site DIR]
//
// --site serves another build (a folder with dist/ and examples/), e.g. an older commit's, to
// compare.

import { launch } from "../tests/e2e/browser.mjs";
import { startServer } from "./serve.mjs";

const CARDS = ["mirtazapine", "gabapentin", "gabapentin.es", "gabapentin.ar"];
const WIDTHS = [390, 1280];
const LAYOUTS = ["full", "compact"];

const page = (card, layout) =>
  `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<script type="module" src="/dist/medcard.js"></script>` +
  `<med-card layout="${layout}" src="/examples/${card}.json"></med-card>`;

const siteAt = process.argv.indexOf("--site");
const server = await startServer({
  root: siteAt > 0 ? process.argv[siteAt + 1] : "target/site",
  handler(request, response) {
    const match = /^\/heights\/([\w.]+)\/(\w+)$/.exec(request.url);
    if (!match) return false;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    response.end(page(match[1], match[2]));
    return true;
  },
});
const browser = await launch();
const rows = [];
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const tab = await context.newPage();
    for (const card of CARDS) {
      for (const layout of LAYOUTS) {
        await tab.goto(`${server.url}heights/${card}/${layout}`);
        await tab.waitForFunction(() => document.querySelector("med-card")?.shadowRoot?.querySelector(".medcard__title") && !document.querySelector("med-card").shadowRoot.querySelector("[aria-busy]"));
        const measured = await tab.evaluate(() => {
          const host = document.querySelector("med-card");
          const root = host.shadowRoot;
          const top = host.getBoundingClientRect().top + scrollY;
          const y = (selector) => {
            const element = root.querySelector(selector);
            return element ? Math.round(element.getBoundingClientRect().top + scrollY - top) : null;
          };
          return {
            height: Math.round(host.getBoundingClientRect().height),
            keyFacts: y("[part=key-facts]"),
            emergency: y(".medcard__callout--emergency"),
            disclaimer: y(".medcard__disclaimer"),
          };
        });
        rows.push({ card, layout, width, ...measured });
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log("| card | layout | width | height | key facts y | emergency y | disclaimer y |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const n = (v) => (v == null ? "—" : v.toLocaleString("en"));
    console.log(`| ${r.card} | ${r.layout} | ${r.width} | ${n(r.height)} | ${n(r.keyFacts)} | ${n(r.emergency)} | ${n(r.disclaimer)} |`);
  }
}
