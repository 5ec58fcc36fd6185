// The script-tag build from a CDN: a plain page on one origin loads dist/ from another origin
// under a versioned path (/medcard@0.1.0/, CORS headers), with the SRI snippet taken verbatim from
// the README, under the strict CSP the README documents. The entry pins every file it loads by
// the hashes written into it (tests/engines/ serve tampered ones in three engines). Also: a wrong
// hash is refused.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";

import { startServer } from "../../scripts/serve.mjs";
import { repo } from "../support/site.mjs";
import { collectProblems, launch } from "./browser.mjs";

const distDir = path.join(repo, "dist");
const README_CDN = "https://cdn.example.org/";
const VERSIONED = "/medcard@0.1.0/";
const MIRTAZAPINE = readFileSync(path.join(repo, "www/examples/mirtazapine.json"), "utf8");
const integrity = JSON.parse(readFileSync(path.join(distDir, "integrity.json"), "utf8"));

const README = readFileSync(path.join(repo, "README.md"), "utf8");
// The README's CDN snippet, exactly as written there.
const SNIPPET = (() => {
  const found = README.match(/^<script type="module" src="https:\/\/cdn\.example\.org\/medcard@0\.1\.0\/medcard\.js"[^\n]*<\/script>$/m);
  assert.ok(found, "README shows the CDN script tag");
  return found[0];
})();
// The files the entry loads, each pinned by the hash written into it at build time.
const PINNED = ["medcard-runtime.js", "medcard-unsupported.js", "medcard_wasm_bg.wasm"];

let page_origin; // origin A: the host page
let cdn; // origin B: dist/ under /medcard@0.1.0/
let browser;
const cdnRequests = [];

function hostPage(head) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>medcard from a CDN</title><link rel="icon" href="/favicon.svg">
${head}
</head><body>
<med-card id="inline"><script type="application/json">${MIRTAZAPINE}</script></med-card>
</body></html>`;
}

// The README's policy.
function cdnCsp() {
  return (
    `default-src 'self'; script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; connect-src 'self' ${cdn.origin}; ` +
    "style-src 'self'; require-trusted-types-for 'script'"
  );
}

before(async () => {
  cdn = await startServer({
    root: distDir,
    handler(req, res) {
      cdnRequests.push(req.url);
      res.setHeader("Access-Control-Allow-Origin", "*");
      if (!req.url.startsWith(VERSIONED)) {
        res.writeHead(404).end();
        return true;
      }
      req.url = req.url.slice(VERSIONED.length - 1); // served from dist/
      return false;
    },
  });
  cdn.origin = cdn.url.replace(/\/$/, "");
  page_origin = await startServer({
    root: path.join(repo, "www"),
    csp: cdnCsp(),
    handler(req, res) {
      const url = new URL(req.url, "http://localhost");
      const head = url.searchParams.get("head");
      if (url.pathname !== "/page.html" || head === null) return false;
      res.setHeader("Content-Security-Policy", cdnCsp());
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostPage(head));
      return true;
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await page_origin?.close();
  await cdn?.close();
});

// Opens the host page with `head`, the README snippet pointed at origin B unless replaced.
async function open(head) {
  const page = await browser.newPage();
  const problems = await collectProblems(page);
  cdnRequests.length = 0;
  await page.goto(`${page_origin.url}page.html?head=${encodeURIComponent(head)}`);
  return { page, problems };
}

const fromCdn = (html) => html.replaceAll(README_CDN, `${cdn.origin}/`);

test("the README's SRI hash is the hash of dist/medcard.js", () => {
  assert.match(SNIPPET, /integrity="(sha384-[A-Za-z0-9+/]{64})" crossorigin="anonymous"/);
  assert.equal(SNIPPET.match(/integrity="([^"]+)"/)[1], integrity["medcard.js"]);
  for (const [file, hash] of Object.entries(integrity)) assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/, file);
});

test("the entry pins every file it loads with integrity.json's hash", () => {
  const entry = readFileSync(path.join(distDir, "medcard.js"), "utf8");
  // Every file a page with cards or the unsupported path loads, but the entry itself.
  const loaded = Object.keys(integrity).filter((file) => /\.(js|wasm)$/.test(file) && file !== "medcard.js" && !file.includes("authoring"));
  assert.deepEqual([...PINNED].sort(), loaded.sort());
  for (const file of PINNED) assert.ok(entry.includes(`"${file}":"${integrity[file]}"`), `medcard.js pins ${file}`);
});

test("a page on another origin renders cards from the CDN path, every file pinned, under the strict CSP", async () => {
  const head = fromCdn(SNIPPET);
  const { page, problems } = await open(head);
  try {
    // The card itself, not the error panel nor the placeholder (a locator reaches into its shadow
    // root, and waits).
    await page.locator("#inline .medcard__title:not(.medcard--placeholder *)", { hasText: "Mirtazapine" }).waitFor({ timeout: 20_000 });
    assert.equal(await problems.summary(), "");
    // Everything came from origin B, under the versioned path.
    // (medcard-unsupported.js is pinned too, but only a browser that cannot run the card asks.)
    for (const file of ["medcard.js", ...PINNED.filter((f) => f !== "medcard-unsupported.js")]) {
      assert.ok(cdnRequests.includes(`${VERSIONED}${file}`), `${file} fetched from the CDN: ${cdnRequests}`);
    }
  } finally {
    await page.close();
  }
});

// One character of the hash changed.
function corrupt(hash) {
  const last = hash.at(-3) === "A" ? "B" : "A";
  return `${hash.slice(0, -3)}${last}${hash.slice(-2)}`;
}

test("a wrong hash in the entry's integrity makes the browser refuse the script", async () => {
  const { page, problems } = await open(fromCdn(SNIPPET).replace(integrity["medcard.js"], corrupt(integrity["medcard.js"])));
  try {
    // Until the browser reports the refusal (a console error naming the integrity).
    while (!/integrity/i.test(await problems.summary())) await page.waitForEvent("console", { timeout: 10_000 });
    // The file was fetched, checked and refused: the element was never defined.
    assert.ok(cdnRequests.includes(`${VERSIONED}medcard.js`), `medcard.js was fetched: ${cdnRequests}`);
    assert.equal(await page.evaluate(() => Boolean(customElements.get("med-card"))), false);
    assert.ok(!cdnRequests.includes(`${VERSIONED}medcard_wasm_bg.wasm`), "the wasm was never requested");
    assert.doesNotMatch(await problems.summary(), /^(page error|CSP): /m, "nothing thrown into the page; refused for its hash, not by the CSP");
  } finally {
    await page.close();
  }
});
