// Before the wasm is ready: the placeholder (title + disclaimer), loading="lazy", and a wasm that
// cannot be loaded at all. Against the built dist/ in headless Chromium, under the strict CSP.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { startServer } from "../../scripts/serve.mjs";
import { launch, recordViolations, violations } from "./browser.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const siteDir = path.join(repo, "target", "site");
const MIRTAZAPINE = readFileSync(path.join(repo, "www/examples/mirtazapine.json"), "utf8");

let server;
let browser;

// Inline data is escaped the way build-site.mjs does it: "<" never appears raw in the script.
const inline = (json) => `<script type="application/json">${json.replaceAll("<", "\\u003c")}</script>`;

const PAGES = {
  "/test/inline.html": `<med-card id="first">${inline(MIRTAZAPINE)}</med-card>`,
  "/test/dark.html": `<med-card id="first" theme="dark">${inline(MIRTAZAPINE)}</med-card>`,
  "/test/lazy.html": `<p id="top">Top of the page.</p>
    <div class="spacer"></div>
    <med-card id="lazy" loading="lazy">${inline(MIRTAZAPINE)}</med-card>`,
  "/test/hidden-part.html": `<link rel="stylesheet" href="/test/hidden-part.css">
    <med-card id="first">${inline(MIRTAZAPINE)}</med-card>`,
};

before(async () => {
  if (!existsSync(path.join(siteDir, "dist/medcard.js"))) throw new Error("run make site first");
  server = await startServer({
    root: siteDir,
    handler: (req, res) => {
      const pathname = new URL(req.url, "http://localhost").pathname;
      if (pathname === "/test/loading.css") {
        // A stylesheet, not a style attribute: the strict CSP refuses inline styles.
        res.writeHead(200, { "Content-Type": "text/css" });
        res.end(".spacer { height: 3000px; }");
        return true;
      }
      if (pathname === "/test/hidden-part.css") {
        res.writeHead(200, { "Content-Type": "text/css" });
        res.end("med-card::part(disclaimer) { display: none !important; visibility: hidden !important; opacity: 0 !important; }");
        return true;
      }
      const body = PAGES[pathname];
      if (!body) return false;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loading</title><link rel="stylesheet" href="/test/loading.css">
        <script type="module" src="/dist/medcard.js"></script></head><body>${body}</body></html>`);
      return true;
    },
  });
  browser = await launch();
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(page, name) {
  await recordViolations(page);
  await page.goto(`${server.url}test/${name}`);
}

function cardState(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const disclaimer = root?.querySelector(".medcard__disclaimer");
    return {
      placeholder: Boolean(root?.querySelector(".medcard--placeholder")),
      title: root?.querySelector(".medcard__title")?.textContent.trim() ?? null,
      alert: root?.querySelector("[role=alert]")?.textContent.trim() ?? null,
      disclaimer: disclaimer?.textContent.trim() ?? "",
      disclaimerHeight: disclaimer?.getBoundingClientRect().height ?? 0,
      height: document.getElementById(id).getBoundingClientRect().height,
    };
  }, id);
}

/** Holds the page's wasm request until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("before the wasm arrives, an inline card shows its title and the disclaimer", { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const releaseWasm = await holdWasm(page);
  await openPage(page, "inline.html");
  await page.waitForFunction(() => document.getElementById("first").shadowRoot?.querySelector(".medcard--placeholder"));
  const waiting = await cardState(page, "first");
  assert.equal(waiting.title, "Mirtazapine");
  assert.match(waiting.disclaimer, /^Not medical advice\. This card is general information/);
  assert.ok(waiting.disclaimerHeight > 20, `the disclaimer takes space: ${JSON.stringify(waiting)}`);
  releaseWasm();
  await page.waitForFunction(() => document.getElementById("first").shadowRoot.querySelector("h2.medcard__title"), null, { timeout: 20_000 });
  const ready = await cardState(page, "first");
  assert.equal(ready.placeholder, false, "the placeholder was replaced");
  assert.equal(ready.title, "Mirtazapine");
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test("the placeholder is themed like the card: a dark card is dark while it loads, in the card's frame", { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const releaseWasm = await holdWasm(page);
  await openPage(page, "dark.html");
  const frame = () =>
    page.evaluate(() => {
      const box = getComputedStyle(document.getElementById("first").shadowRoot.querySelector(".medcard"));
      return { background: box.backgroundColor, color: box.color, border: box.borderTopColor, radius: box.borderTopLeftRadius };
    });
  await page.waitForFunction(() => document.getElementById("first").shadowRoot?.querySelector(".medcard--placeholder"));
  const loading = await frame();
  assert.equal(loading.background, "rgb(20, 25, 31)", "the card's dark background, not a white box");
  releaseWasm();
  await page.waitForFunction(() => document.getElementById("first").shadowRoot.querySelector("h2.medcard__title"), null, { timeout: 20_000 });
  assert.deepEqual(await frame(), loading, "nothing changes colour or frame when the card arrives");
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('loading="lazy" fetches the wasm only when the card nears the viewport', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const wasmRequests = [];
  page.on("request", (request) => request.url().endsWith(".wasm") && wasmRequests.push(request.url()));
  await openPage(page, "lazy.html");
  await page.waitForFunction(() => document.getElementById("lazy").shadowRoot?.querySelector(".medcard--placeholder"));
  await page.waitForTimeout(500);
  assert.deepEqual(wasmRequests, [], "no wasm while the only card is far below the fold");
  assert.equal((await cardState(page, "lazy")).title, "Mirtazapine", "its placeholder is ready");
  await page.evaluate(() => document.getElementById("lazy").scrollIntoView());
  await page.waitForFunction(() => document.getElementById("lazy").shadowRoot.querySelector("h2.medcard__title"), null, { timeout: 20_000 });
  assert.equal(wasmRequests.length, 1);
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test("if the wasm cannot be loaded, cards show the error panel with the disclaimer", { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  const errors = [];
  await page.exposeFunction("recordError", (detail) => errors.push(detail));
  await page.addInitScript(() =>
    window.addEventListener("medcard-error", (event) => window.recordError(event.detail)),
  );
  await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
  await openPage(page, "inline.html");
  await page.waitForFunction(() => document.getElementById("first").shadowRoot?.querySelector("[role=alert]"), null, { timeout: 20_000 });
  const state = await cardState(page, "first");
  assert.equal(state.alert, "This medicine information cannot be shown");
  assert.ok(state.disclaimerHeight > 20, JSON.stringify(state));
  assert.match(errors[0]?.problems?.[0]?.message ?? "", /medcard code could not be loaded/);
  await page.close();
});

test("without the wasm, a host's ::part(disclaimer) rules cannot hide the fallback panel's disclaimer", { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  await page.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
  await openPage(page, "hidden-part.html");
  await page.waitForFunction(() => document.getElementById("first").shadowRoot?.querySelector("[role=alert]"), null, { timeout: 20_000 });
  const shown = await page.evaluate(() => {
    const style = getComputedStyle(document.getElementById("first").shadowRoot.querySelector(".medcard__disclaimer"));
    return { display: style.display, visibility: style.visibility, opacity: style.opacity };
  });
  assert.deepEqual(shown, { display: "block", visibility: "visible", opacity: "1" });
  assert.ok((await cardState(page, "first")).disclaimerHeight > 20);
  await page.close();
});
