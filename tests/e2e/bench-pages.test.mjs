// Smoke test for `make bench`: its pages (built from dist/ and bench/reference-card.js) render
// both cards, so the benchmark compares two working cards. Speed itself is never asserted here.
// Run: node --test tests/e2e/ (after `make dist`)

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { buildBenchSite, rendererBytes } from "../../scripts/bench.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { collectProblems, launch } from "./browser.mjs";

let dir;
let server;
let browser;

before(async () => {
  dir = buildBenchSite(mkdtempSync(path.join(os.tmpdir(), "medcard-bench-")));
  server = await startServer({ root: dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const [kind, tag] of [["reference", "ref-card"], ["medcard", "med-card"]]) {
  test(`${kind} bench page renders the sample card, fires medcard-ready and toggles`, async () => {
    const page = await browser.newPage();
    const problems = await collectProblems(page);
    await page.goto(`${server.url}${kind}-1.html`);
    await page.waitForFunction(() => window.__bench.ready === 1, null, { timeout: 20_000 });
    const card = page.locator(tag);
    assert.equal(await card.locator(".medcard__title").textContent(), "Mirtazapine");
    assert.match(await card.locator(".medcard__disclaimer").textContent(), /not medical advice/i);
    // medcard: the side effects are a <details> opened by its <summary>; the reference card
    // keeps its own button with aria-expanded.
    const panel = kind === "medcard" ? card.locator("[data-section=sideEffects] > .medcard__panel") : card.locator(".medcard__panel");
    const toggle = kind === "medcard" ? card.locator("[data-section=sideEffects] > summary.medcard__toggle") : card.locator("button.medcard__toggle");
    assert.equal(await panel.isVisible(), false);
    await toggle.click();
    await panel.waitFor({ state: "visible" });
    assert.equal(await problems.summary(), "");
    await page.close();
  });
}

// The memory row of the table reads the renderer processes' private bytes: they must be found,
// and must grow when a page adds a hundred cards (otherwise the row would compare zeros).
test("the renderer-memory probe finds the page's process and sees it grow with cards", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}reference-1.html`);
  await page.waitForFunction(() => window.__bench.ready === 1, null, { timeout: 20_000 });
  const before = await rendererBytes(browser);
  assert.ok(before > 10_000_000, `renderer private bytes: ${before}`);
  await page.evaluate(() => {
    const first = document.querySelector("ref-card");
    for (let i = 0; i < 100; i++) first.after(first.cloneNode(true));
  });
  await page.waitForFunction(() => window.__bench.ready === 101, null, { timeout: 20_000 });
  const grown = await rendererBytes(browser);
  assert.ok(grown - before > 100 * 100_000, `grew by ${grown - before} bytes for 100 cards`);
  await context.close();
});
