// End-to-end test of the demo site (target/site, built by `make site`) in headless Chromium.
// Run: node --test tests/e2e/
//
// One page load is shared by all tests; they run in order, and the last one checks that the
// whole visit (load, rendering, the toggle click and key presses) produced no console error or
// warning, no page error and no failed request.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { startServer } from "../../scripts/serve.mjs";
import { collectProblems, launch, recordViolations, violations } from "./browser.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const siteDir = path.join(repo, "target", "site");
const RENDER_TIMEOUT_MS = 20_000;

let server;
let browser;
let page;
let problems;

// Records the widget's events from before any page script runs.
function recordMedcardEvents() {
  window.__medcardEvents = [];
  window.__medcardErrors = [];
  window.__medcardToggles = [];
  window.addEventListener("medcard-ready", (event) => window.__medcardEvents.push(event.detail));
  window.addEventListener("medcard-error", (event) => window.__medcardErrors.push(event.detail));
  window.addEventListener("medcard-toggle", (event) => window.__medcardToggles.push(event.detail));
}

// What the page looks like, for failure messages.
async function describePage() {
  const state = await page
    .evaluate(() => ({
      defined: Boolean(customElements.get("med-card")),
      cards: [...document.querySelectorAll("med-card")].map((card) =>
        card.shadowRoot
          ? `shadow root: ${JSON.stringify(card.shadowRoot.textContent.replace(/\s+/g, " ").trim().slice(0, 300))}`
          : "no shadow root",
      ),
      errors: window.__medcardErrors,
    }))
    .catch((error) => ({ evaluateFailed: error.message }));
  return [
    `page state: ${JSON.stringify(state, null, 2)}`,
    `problems so far:\n${problems?.summary() || "(none)"}`,
  ].join("\n");
}

async function waitUntil(condition, what, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting until ${what}\n${await describePage()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const cards = () => page.locator("med-card");
const mirtazapineCard = () => cards().nth(0);
const gabapentinCard = () => cards().nth(1);

// Where keyboard focus is, through shadow roots: "med-card[1] > summary.medcard__toggle" means the
// second card's host is document.activeElement and the toggle is its shadowRoot.activeElement.
function describeFocus() {
  return page.evaluate(() => {
    const name = (element) =>
      element ? `${element.localName}${element.classList.length ? `.${[...element.classList].join(".")}` : ""}` : "nothing";
    const outer = document.activeElement;
    if (outer?.localName !== "med-card") return name(outer === document.body ? null : outer);
    const index = [...document.querySelectorAll("med-card")].indexOf(outer);
    return `med-card[${index}] > ${name(outer.shadowRoot?.activeElement)}`;
  });
}

before(async () => {
  if (!existsSync(path.join(siteDir, "index.html"))) {
    throw new Error(`${path.relative(repo, siteDir)}/index.html is missing: run make site first`);
  }
  server = await startServer({ root: siteDir });
  browser = await launch();
  page = await browser.newPage();
  problems = collectProblems(page);
  await page.addInitScript(recordMedcardEvents);
  await recordViolations(page);
  await page.goto(server.url, { waitUntil: "load" });

  try {
    await page.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll("med-card")];
        return elements.length === 2 && elements.every((card) => card.shadowRoot?.querySelector("h3.medcard__title"));
      },
      null,
      { timeout: RENDER_TIMEOUT_MS },
    );
  } catch (error) {
    throw new Error(
      `the two cards did not render an h3.medcard__title within ${RENDER_TIMEOUT_MS} ms (${error.message.split("\n")[0]})\n${await describePage()}`,
    );
  }
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the demo page renders both cards with their titles and a visible disclaimer", async () => {
  assert.equal(await cards().count(), 2);

  const titles = await cards().evaluateAll((elements) =>
    elements.map((card) => {
      const title = card.shadowRoot.querySelector("h3.medcard__title");
      return title.textContent.replace(/\s+/g, " ").trim();
    }),
  );
  assert.deepEqual(titles, ["Mirtazapine", "Gabapentin"]);

  for (let index = 0; index < 2; index++) {
    const disclaimer = cards().nth(index).locator(".medcard__disclaimer");
    assert.equal(await disclaimer.count(), 1, `card ${titles[index]}: expected one .medcard__disclaimer`);
    assert.ok(await disclaimer.isVisible(), `card ${titles[index]}: the disclaimer is not visible`);
    const box = await disclaimer.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `card ${titles[index]}: the disclaimer has no size (${JSON.stringify(box)})`);
    const text = (await disclaimer.innerText()).trim();
    assert.ok(text.length > 0, `card ${titles[index]}: the disclaimer has no text`);
  }
});

test("the mirtazapine card marks restless legs as not recommended", async () => {
  // The innermost list items that mention restless legs, then their badges.
  const badges = mirtazapineCard()
    .locator("li")
    .filter({ hasNot: page.locator("li") })
    .filter({ hasText: /restless legs/i })
    .locator(".medcard__badge");
  // textContent: in the demo's compact card the uses are a closed section (in the DOM, not shown).
  const texts = (await badges.allTextContents()).map((text) => text.replace(/\s+/g, " ").trim());
  assert.ok(
    texts.length > 0,
    `no list item mentioning "Restless legs" with a .medcard__badge in the mirtazapine card\n${await describePage()}`,
  );
  for (const text of texts) assert.match(text, /^not recommended$/i);
  // A reader of the compact card opens "What it is used for" to see it.
  const uses = mirtazapineCard().locator("details[data-section=uses]:not([open]) > summary");
  if (await uses.count()) await uses.click();
  assert.ok(await badges.first().isVisible(), "the Not recommended badge is not visible");
});

test("the side effects toggle says serious effects exist and opens its region", async () => {
  const details = mirtazapineCard().locator("details[data-section=sideEffects]");
  const toggle = details.locator(":scope > summary.medcard__toggle");
  assert.equal(await toggle.count(), 1, "expected one side-effects summary in the mirtazapine card");
  const isOpen = () => details.evaluate((element) => element.open);
  assert.equal(await isOpen(), false);
  assert.match(await toggle.innerText(), /serious/i);

  const controls = await details.locator(":scope > .medcard__panel").getAttribute("id");
  assert.ok(controls, "the panel has no id");
  const region = mirtazapineCard().locator(`[id="${controls}"]`);
  assert.equal(await region.isVisible(), false, `#${controls} is visible before the toggle is opened`);

  await toggle.click();
  await waitUntil(isOpen, "the side effects <details> is open");
  await region.waitFor({ state: "visible", timeout: 5_000 }).catch(async (error) => {
    assert.fail(`#${controls} did not become visible after the click (${error.message.split("\n")[0]})\n${await describePage()}`);
  });
  const box = await region.boundingBox();
  assert.ok(box && box.height > 0, `#${controls} has no height after opening`);

  const toggles = await page.evaluate(() => window.__medcardToggles);
  assert.ok(
    toggles.some((detail) => detail?.expanded === true),
    `no medcard-toggle event with expanded: true (got ${JSON.stringify(toggles)})`,
  );
});

test("side effects toggle works from the keyboard", async () => {
  // The gabapentin card: the previous test leaves the mirtazapine card's section open.
  const details = gabapentinCard().locator("details[data-section=sideEffects]");
  const toggle = details.locator(":scope > summary.medcard__toggle");
  const onToggle = "med-card[1] > summary.medcard__toggle";
  const expanded = async () => String(await details.evaluate((element) => element.open));
  assert.equal(await toggle.count(), 1, "expected one side-effects summary in the gabapentin card");
  assert.equal(await expanded(), "false");
  const region = details.locator(":scope > .medcard__panel");

  // Reachable with Tab: focus it, step back with Shift+Tab, and Tab forward onto it again.
  await toggle.focus();
  assert.equal(await describeFocus(), onToggle);
  await page.keyboard.press("Shift+Tab");
  assert.notEqual(await describeFocus(), onToggle, "Shift+Tab did not move focus off the toggle");
  await page.keyboard.press("Tab");
  assert.equal(await describeFocus(), onToggle, "Tab did not bring focus back to the toggle");

  const togglesBefore = (await page.evaluate(() => window.__medcardToggles)).length;
  await page.keyboard.press("Enter");
  await waitUntil(async () => (await expanded()) === "true", "open after Enter");
  assert.ok(await region.isVisible(), "the side effects region is not visible after Enter");
  assert.equal(await describeFocus(), onToggle, "focus left the toggle after Enter");
  // The browser fires `toggle` in a later task and folds a second change into a pending one
  // (HTML's "details toggle task tracker"): wait for this event before the next key.
  await waitUntil(async () => (await page.evaluate(() => window.__medcardToggles)).length >= togglesBefore + 1, "a medcard-toggle event after Enter");

  await page.keyboard.press("Space");
  await waitUntil(async () => (await expanded()) === "false", "closed after Space");
  assert.equal(await region.isVisible(), false, "the side effects region is still visible after Space");
  assert.equal(await describeFocus(), onToggle, "focus left the toggle after Space");

  await waitUntil(async () => (await page.evaluate(() => window.__medcardToggles)).length >= togglesBefore + 2, "two medcard-toggle events");
  const toggles = (await page.evaluate(() => window.__medcardToggles)).slice(togglesBefore);
  assert.deepEqual(toggles, [
    { section: "sideEffects", expanded: true },
    { section: "sideEffects", expanded: false },
  ]);
});

test("medcard-ready fires for both cards", async () => {
  const readyNames = () => page.evaluate(() => window.__medcardEvents.map((detail) => detail?.name));
  await waitUntil(async () => {
    const names = await readyNames();
    return names.includes("Mirtazapine") && names.includes("Gabapentin");
  }, "medcard-ready has fired for Mirtazapine and Gabapentin");
  assert.deepEqual(await page.evaluate(() => window.__medcardErrors), [], "unexpected medcard-error events");
});

test("the demo works under the strict CSP with Trusted Types, with zero violations", async () => {
  const response = await page.request.get(server.url);
  assert.match(response.headers()["content-security-policy"], /require-trusted-types-for 'script'/);
  assert.deepEqual(await violations(page), []);
});

test("the visit produced no console errors or warnings, page errors or failed requests", async () => {
  // Context for a failure: which cards reported ready, and how often (a card that started twice
  // would cancel its first fetch).
  const ready = await page.evaluate(() => window.__medcardEvents.map((detail) => detail?.name));
  const summary = `${problems.summary()}\nmedcard-ready from: ${JSON.stringify(ready)}`;
  assert.deepEqual(problems.pageErrors, [], `page errors:\n${summary}`);
  assert.deepEqual(problems.requests, [], `failed requests:\n${summary}`);
  assert.deepEqual(
    problems.console.filter((message) => message.type === "error"),
    [],
    `console errors:\n${summary}`,
  );
  assert.deepEqual(
    problems.console.filter((message) => message.type === "warning"),
    [],
    `console warnings:\n${summary}`,
  );
});
