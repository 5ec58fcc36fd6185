// The example Yew app as `make demo` serves it (target/site/yew-app/, built by `make site`): it
// starts under its strict CSP, shows a card with its disclaimer in the card's own shadow root,
// switches medicines by mouse, and the visit has no console error, page error or failed request.
// Its behaviour in detail is tested by its own wasm-pack tests (examples/yew-app/tests/).

import assert from "node:assert/strict";
import { test } from "node:test";

import { AXE_SOURCE, AXE_TAGS, axeInPage } from "../support/page.mjs";
import { collectProblems, siteAndChromium } from "./browser.mjs";

const env = siteAndChromium();

test("the example Yew app shows the chosen medicine's card, isolated in a shadow root, with no problems", async () => {
  const page = await env.browser.newPage();
  const problems = await collectProblems(page);
  // (Locators reach into open shadow roots, and wait for what they name.)
  const title = page.locator(".medcard-host .medcard__title");
  const disclaimer = page.locator(".medcard-host .medcard__disclaimer");
  await page.goto(`${env.site.url}yew-app/`);
  assert.equal(await title.textContent(), "Mirtazapine");
  const isolated = await page.evaluate(() => Boolean(document.querySelector(".medcard-host").shadowRoot.querySelector(".medcard__title")) && !document.querySelector(".medcard__title"));
  assert.ok(isolated, "the card is in the host's shadow root, not in the page");
  assert.match(await disclaimer.textContent(), /not medical advice/);
  assert.ok(await disclaimer.isVisible(), "the disclaimer shows");
  await page.getByRole("button", { name: "Gabapentin", exact: true }).click();
  await title.filter({ hasText: /^Gabapentin$/ }).waitFor();
  assert.match(await page.locator(".app__status").textContent(), /Showing Gabapentin\./);
  assert.equal(await problems.summary(), "");
  await page.close();
});

// The Yew component's card under axe in both layouts (the element's are in
// tests/engines): the app's layout switch sets `MedCard`'s `layout` prop.
test("the Yew component's card has no axe violations in the full and the compact layout", async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.site.url}yew-app/`);
  await page.waitForFunction(() => document.querySelector(".medcard-host")?.shadowRoot?.querySelector(".medcard__title"));
  await page.evaluate(AXE_SOURCE);
  // The card only: the example app's own page is not what this checks.
  const violations = () => page.evaluate(axeInPage, { tags: AXE_TAGS, selector: ".medcard-host" });
  assert.deepEqual(await violations(), [], "full");
  await page.getByLabel("Layout").selectOption("compact");
  await page.waitForFunction(() => document.querySelector(".medcard-host").shadowRoot.querySelector(".medcard__card--compact"));
  assert.deepEqual(await violations(), [], "compact");
  await page.close();
});
