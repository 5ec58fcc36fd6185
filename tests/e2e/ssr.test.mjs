// Server-rendered cards (`medcard render`, served by tests/support/site.mjs under /ssr/) where
// only Chromium's DevTools protocol can look: with JavaScript disabled the declarative shadow root
// shows the styled card and its disclaimer; the widget adopts the card with zero cumulative layout
// shift, also while it renders slowly. Adoption itself (the same nodes, focus, selection, nothing
// moving in any frame) is tested in every engine by tests/engines/behaviours/loading.mjs.
// Needs target/site (make site) and cargo (the site runs `cargo run --features cli -- render`).

import assert from "node:assert/strict";
import { test } from "node:test";

import { DISCLAIMER_START, ssrSnapshot } from "../support/page.mjs";
import { siteAndChromium } from "./browser.mjs";

const env = siteAndChromium({ ssr: true });

test("with JavaScript disabled the rendered card and its disclaimer show, styled", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${env.site.url}ssr/gabapentin.html`);
    const title = page.locator("med-card h2.medcard__title");
    assert.equal((await title.textContent()).trim(), "Gabapentin");
    assert.ok(await title.isVisible(), "title visible");
    const disclaimer = page.locator("med-card .medcard__disclaimer");
    assert.equal(await disclaimer.count(), 1);
    assert.ok(await disclaimer.isVisible(), "disclaimer visible");
    assert.match(await disclaimer.innerText(), DISCLAIMER_START);
    // The stylesheet inside the shadow root applies: its :host rule caps the card's width
    // (48rem) on this 1280 px wide page.
    const host = await page.locator("med-card").boundingBox();
    assert.ok(host.width > 0 && host.width <= 48 * 16, JSON.stringify(host));
  } finally {
    await context.close();
  }
});

// `slow` defers the widget's rendering work (wasm-bindgen-futures schedules it with
// queueMicrotask) by 50 ms per step, as on a slow device: frames pass between the element's
// upgrade and its first card render, and the server-rendered card must stay up meanwhile.
for (const slow of [false, true]) {
  test(`the widget adopts the card${slow ? " while it renders slowly" : ""} with zero layout shift, nothing moving in any frame`, async () => {
    const page = await env.browser.newPage();
    const release = env.site.hold(/^\/dist\/medcard\.js$/);
    try {
      if (slow) await page.addInitScript(() => (window.queueMicrotask = (task) => setTimeout(task, 50)));
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
      });
      // A held module script also holds DOMContentLoaded: wait for the parsed card instead.
      await page.goto(`${env.site.url}ssr/gabapentin.html?frames`, { waitUntil: "commit" });
      await page.waitForFunction(() => document.getElementById("below") && document.querySelector("med-card")?.shadowRoot?.querySelector(".medcard__disclaimer"));
      const before = await page.evaluate(ssrSnapshot);
      // Sample frames from here (the probe's, tests/support/site.mjs): earlier ones may show the
      // card half parsed, which is the browser streaming HTML, not a shift.
      await page.evaluate(() => (window.__probe.sampling = true));
      release();
      await page.waitForFunction(() => window.__probe.ready.length > 0, null, { timeout: 20_000 });
      // The swap happens in the ready event's task; let one frame pass.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      const after = await page.evaluate(ssrSnapshot);
      for (const key of ["host", "title", "disclaimer", "below", "text", "bodyText"]) assert.deepEqual(after[key], before[key], `${key} changed`);
      const { frames, errors, console, violations } = await page.evaluate(() => window.__probe);
      assert.ok(frames.length > 0, "frames were sampled");
      const changed = frames.filter((frame) => JSON.stringify(frame) !== JSON.stringify(frames[0]));
      assert.deepEqual(changed, [], `first frame ${JSON.stringify(frames[0])}; ${frames.length} frames`);
      const shift = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
      assert.equal(shift, 0, "cumulative layout shift");
      assert.deepEqual([errors, console, violations], [[], [], []]);
    } finally {
      release();
      await page.close();
    }
  });
}
