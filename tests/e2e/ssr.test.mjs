// Server-rendered cards (`medcard render`) in headless Chromium: with JavaScript disabled the
// declarative shadow root shows the styled card and its disclaimer; with the widget loaded, the
// element adopts the card in place without moving anything and without duplicating it.
// Needs dist/ (make dist) and cargo (it runs `cargo run --features cli -- render`).

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { createHash } from "node:crypto";

import { STRICT_CSP, startServer } from "../../scripts/serve.mjs";
import { ssrSnapshot } from "../support/page.mjs";
import { collectProblems, launch } from "./browser.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const workDir = path.join(repo, "tests", "e2e", ".tmp", "ssr");
const DISCLAIMER_START = "This card is general information, not medical advice.";

let server;
let browser;

function renderPage(card, ...options) {
  const today = new Date().toISOString().slice(0, 10); // the widget's "today" too
  return execFileSync(
    "cargo",
    ["run", "--quiet", "--features", "cli", "--", "render", "--page", "--today", today, ...options, card],
    { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
}

before(async () => {
  if (!existsSync(path.join(repo, "dist", "medcard.js"))) {
    throw new Error("dist/medcard.js is missing: run make dist first");
  }
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  cpSync(path.join(repo, "dist"), path.join(workDir, "dist"), { recursive: true });
  let styleHash = "";
  for (const name of ["gabapentin", "mirtazapine"]) {
    const html = renderPage(`www/examples/${name}.json`);
    // The strict CSP, plus the hash of the server-rendered <style> (what the README tells hosts).
    const style = html.slice(html.indexOf("<style>") + "<style>".length, html.indexOf("</style>"));
    styleHash = createHash("sha256").update(style).digest("base64");
    writeFileSync(path.join(workDir, `${name}.html`), html);
    // Text below the card would move if the card changed height while upgrading.
    const widget = '<p id="below">Below the card.</p>\n<script type="module" src="dist/medcard.js"></script>\n</body>';
    writeFileSync(path.join(workDir, `${name}-widget.html`), html.replace("</body>", widget));
  }
  server = await startServer({
    root: workDir,
    csp: STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${styleHash}'`),
  });
  browser = await launch();
}, { timeout: 300_000 });

after(async () => {
  await browser?.close();
  await server?.close();
});

test("with JavaScript disabled the rendered card and its disclaimer show, styled", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}gabapentin.html`);
    const title = page.locator("med-card h2.medcard__title");
    assert.equal((await title.textContent()).trim(), "Gabapentin");
    assert.ok(await title.isVisible(), "title visible");
    const disclaimer = page.locator("med-card .medcard__disclaimer");
    assert.equal(await disclaimer.count(), 1);
    assert.ok(await disclaimer.isVisible(), "disclaimer visible");
    assert.ok((await disclaimer.innerText()).includes(DISCLAIMER_START));
    const box = await disclaimer.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, JSON.stringify(box));
    // The stylesheet inside the shadow root applies: its :host rule caps the card's width
    // (48rem) on this 1280 px wide page.
    const host = await page.locator("med-card").boundingBox();
    assert.ok(host.width > 0 && host.width <= 48 * 16, JSON.stringify(host));
    // Search engines read the JSON-LD in the light DOM.
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    assert.equal(ld["@type"], "Drug");
    assert.equal(ld.name, "Gabapentin");
  } finally {
    await context.close();
  }
});

function snapshot(page) {
  return page.evaluate(ssrSnapshot);
}

// `slow` defers the widget's rendering work (wasm-bindgen-futures schedules it with
// queueMicrotask) by 50 ms per step, as on a slow device: frames pass between the element's
// upgrade and its first card render, and the server-rendered card must stay up meanwhile.
for (const [name, slow] of [["gabapentin", false], ["mirtazapine", false], ["gabapentin", true]]) {
  const how = slow ? " while the widget renders slowly" : "";
  test(`${name}: the widget adopts the card${how} with zero layout shift and no duplicated content`, async () => {
    const page = await browser.newPage();
    const problems = collectProblems(page);
    try {
      if (slow) await page.addInitScript(() => (window.queueMicrotask = (task) => setTimeout(task, 50)));
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
        // Every frame until the end: where the title is and how tall the card is.
        window.__frames = [];
        const sample = () => {
          const card = document.querySelector("med-card");
          if (card?.shadowRoot) {
            const title = card.shadowRoot.querySelector(".medcard__title");
            const top = title?.checkVisibility() ? title.getBoundingClientRect().top : "no visible title";
            window.__frames.push({ top, height: card.offsetHeight });
          }
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
        window.__ready = false;
        window.addEventListener("medcard-ready", () => (window.__ready = true));
      });
      // Hold the widget back until the server-rendered card has been measured.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route("**/dist/medcard.js", async (route) => {
        await held;
        await route.continue();
      });
      // A held module script also holds DOMContentLoaded: wait for the parsed card instead.
      await page.goto(`${server.url}${name}-widget.html`, { waitUntil: "commit" });
      await page.waitForFunction(() => document.querySelector("med-card")?.shadowRoot?.querySelector(".medcard__disclaimer"));
      const before = await snapshot(page);
      // Count frames from here: earlier ones may show the server-rendered card half parsed (the
      // parser yields on a loaded machine), which is the browser streaming HTML, not a shift.
      await page.evaluate(() => (window.__frames = []));
      assert.equal(await page.evaluate(() => customElements.get("med-card")), undefined);
      release();
      await page.waitForFunction(() => window.__ready, null, { timeout: 20_000 });
      // The swap happens in the ready event's task; let one frame pass.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      const after = await snapshot(page);

      assert.deepEqual(after.host, before.host, "host box moved");
      assert.deepEqual(after.title, before.title, "title moved");
      assert.deepEqual(after.disclaimer, before.disclaimer, "disclaimer moved");
      assert.deepEqual(after.below, before.below, "the page below the card moved");
      assert.equal(after.text, before.text, "card text changed");
      assert.equal(after.titles, 1);
      assert.equal(after.disclaimers, 1);
      assert.equal(after.cards, 1);
      assert.deepEqual(before.containers, ["style", "div"], "server-rendered shadow root");
      assert.deepEqual(after.containers, ["style", "div"], "the server-rendered card stays, adopted in place");
      assert.equal(after.bodyText, before.bodyText, "visible text changed");
      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames.length > 0);
      const changed = frames.filter((frame) => JSON.stringify(frame) !== JSON.stringify(frames[0]));
      assert.deepEqual(changed, [], `first frame ${JSON.stringify(frames[0])}; ${frames.length} frames`);
      const shift = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
      assert.equal(shift, 0, "cumulative layout shift");
      assert.equal(problems.summary(), "");
    } finally {
      await page.close();
    }
  });
}
