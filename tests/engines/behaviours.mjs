// The end-to-end behaviours a site owner relies on, written once and run in each engine through
// WebDriver (tests/engines/<engine>.test.mjs call `runBehaviours`), Chromium among them;
// tests/e2e/ keeps only what needs Chromium's DevTools protocol. The served site and
// its probe (which stands in for Playwright's page events) are tests/support/site.mjs.
//
// Where an engine cannot do something, its test says so (a skip with the reason, or a todo that
// names the product fix still to make): nothing passes without having run.
//
// This file is the harness (the site, the session, opening pages, the checks every file uses) and
// the last check, the running element's API against its source; the behaviours are in
// tests/engines/behaviours/, a file per concern, each registering its tests with the harness.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { loadApi } from "../../scripts/element-api.mjs";
import { AXE_SOURCE, AXE_TAGS, allCardsSettled, axeInPage, inspectCards } from "../support/page.mjs";
import { startSite } from "../support/site.mjs";
import { startSession } from "./webdriver.mjs";
import { register as pages } from "./behaviours/pages.mjs";
import { register as sections } from "./behaviours/sections.mjs";
import { register as playground } from "./behaviours/playground.mjs";
import { register as data } from "./behaviours/data.mjs";
import { register as loading } from "./behaviours/loading.mjs";
import { register as integrity } from "./behaviours/integrity.mjs";
import { register as words } from "./behaviours/words.mjs";
import { register as degradation } from "./behaviours/degradation.mjs";

export function runBehaviours(engineName) {
  // Filled in by `before` (the files below take them at registration): the served site and the
  // browser session.
  const site = {};
  const browser = {};
  let failuresSeen = 0;

  before(async () => {
    Object.setPrototypeOf(site, await startSite());
    Object.setPrototypeOf(browser, await startSession(engineName));
    console.log(`# ${browser.engine.name}: ${browser.version}`);
  }, { timeout: 600_000 });

  after(async () => {
    await browser.quit?.();
    await site.close?.();
  });

  const run = (fn, ...args) => browser.run(fn, ...args);

  // What the running element showed of its API on every page the behaviours opened: the events
  // its elements dispatched and the parts their shadow roots hold (the last test compares them
  // with src/web/npm/element-api.json).
  const shown = { events: new Set(), parts: new Set() };
  let opened = false;
  async function harvest() {
    const seen = await run(() => ({
      events: window.__probe?.dispatched ?? [],
      parts: [...document.querySelectorAll("med-card")].flatMap((card) =>
        card.shadowRoot ? [...card.shadowRoot.querySelectorAll("[part]")].flatMap((node) => node.getAttribute("part").split(/\s+/)) : []),
    })).catch(() => ({ events: [], parts: [] }));
    for (const type of seen.events) shown.events.add(type);
    for (const part of seen.parts) shown.parts.add(part);
  }

  /** Opens a page of the test server (path relative to its root) and waits for every card. */
  async function open(page, { settled = true } = {}) {
    if (opened) await harvest();
    opened = true;
    failuresSeen = site.failures.length;
    await browser.goto(`${site.url}${page}`);
    if (settled) await browser.waitFor(allCardsSettled, `every card on ${page} has rendered or shows an error`);
  }

  /** Opens `page` (the empty test page unless named) once <med-card> is defined, cards or not. */
  async function openEmpty(page = "test/page.html") {
    await open(page, { settled: false });
    await browser.waitFor(() => customElements.get("med-card"), "med-card is defined");
  }

  const probe = () => run(() => window.__probe);
  // The medcard-toggle events since the `from`-th, once `count` have come (or 5 s passed).
  const togglesSince = async (from, count) => {
    await browser.waitFor((n) => window.__probe.toggles.length >= n, `${count} medcard-toggle events`, { timeout: 5_000, args: [from + count] }).catch(() => {});
    return (await probe()).toggles.slice(from);
  };
  const cards = () => run(inspectCards);

  /** Nothing went wrong on the current page since `open`. */
  async function assertClean(label, { allowErrorEvents = false } = {}) {
    const seen = await probe();
    assert.ok(seen, `${label}: the probe did not run`);
    assert.deepEqual(seen.errors, [], `${label}: uncaught errors or unhandled rejections`);
    assert.deepEqual(seen.console, [], `${label}: console errors or warnings`);
    assert.deepEqual(seen.violations, [], `${label}: CSP or Trusted Types violations`);
    assert.deepEqual(site.failures.slice(failuresSeen), [], `${label}: failed requests`);
    if (!allowErrorEvents) assert.deepEqual(seen.failed, [], `${label}: medcard-error events`);
  }

  // `selector`: only that element (a bare test page's own landmarks and headings are not the
  // card's); the whole document otherwise.
  async function axeViolations(selector = null) {
    if (!(await run(() => Boolean(window.axe)))) await browser.runSource(AXE_SOURCE);
    return run(axeInPage, { tags: AXE_TAGS, selector });
  }

  // Opens every closed <details> of every card (sections, and a compact card's warnings) by
  // clicking its summary, as a reader would.
  async function expandAll() {
    for (;;) {
      const summary = await run(() => {
        for (const card of document.querySelectorAll("med-card")) {
          const closed = card.shadowRoot?.querySelector("details:not([open]) > summary");
          if (closed) return closed;
        }
        return null;
      });
      if (!summary) return;
      await browser.click(summary);
    }
  }

  const harness = { engineName, site, browser, run, open, openEmpty, probe, togglesSince, cards, assertClean, axeViolations, expandAll };

  for (const register of [pages, sections, playground, data, loading, integrity]) register(harness);

  // ---- The element's API, as it runs, against its one source (src/web/npm/element-api.json) ----

  test("the element's API: the attributes it observes, the events it fired, the parts it rendered and the custom properties its stylesheet reads are the manifest's, and nothing else", { timeout: 60_000 }, async () => {
    const api = loadApi();
    // The gallery fires medcard-ready and medcard-error and renders every part; opening a
    // section fires medcard-toggle. Together with what the behaviours above showed.
    await open("gallery.html");
    await run(() => document.querySelector("med-card").openSection("sources"));
    await browser.waitFor(() => window.__probe.dispatched.includes("medcard-toggle"), "medcard-toggle");
    await harvest();
    const running = await run(() => {
      const card = document.querySelector("med-card");
      const css = [...card.shadowRoot.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n");
      return {
        observed: [...customElements.get("med-card").observedAttributes],
        properties: [...new Set(css.match(/--medcard-[a-z0-9-]+/g))],
      };
    });
    const names = (list) => list.map((entry) => entry.name).sort();
    assert.deepEqual(running.observed.sort(), names(api.attributes.filter((a) => a.observed)), "observedAttributes");
    assert.deepEqual([...shown.events].sort(), names(api.events), "events fired");
    assert.deepEqual([...shown.parts].sort(), names(api.cssParts), "parts rendered");
    assert.deepEqual(running.properties.sort(), names(api.cssProperties), "custom properties the stylesheet reads");
  });

  // (After the API check: these pages take a feature or a words file away.)
  for (const register of [words, degradation]) register(harness);
}
