// The example Yew app as `make demo` serves it (target/site/yew-app/, built by `make site`): it
// starts under its strict CSP, shows a card with its disclaimer in the card's own shadow root,
// switches medicines by mouse, and the visit has no console error, page error or failed request.
// Its behaviour in detail is tested by its own wasm-pack tests (examples/yew-app/tests/).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { AXE_SOURCE, AXE_TAGS, axeInPage } from "../support/page.mjs";
import { startSite } from "../support/site.mjs";
import { collectProblems, launch } from "./browser.mjs";

let server;
let browser;

before(async () => {
  server = await startSite({ ssr: false });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const cardTitle = (page) =>
  page.evaluate(() => document.querySelector(".medcard-host")?.shadowRoot?.querySelector(".medcard__title")?.textContent ?? null);

test("the example Yew app shows the chosen medicine's card, isolated in a shadow root, with no problems", async () => {
  const page = await browser.newPage();
  const problems = await collectProblems(page);
  await page.goto(`${server.url}yew-app/`);
  await page.waitForFunction(() => document.querySelector(".medcard-host")?.shadowRoot?.querySelector(".medcard__title"));
  assert.equal(await cardTitle(page), "Mirtazapine");
  const disclaimer = await page.evaluate(() => {
    const element = document.querySelector(".medcard-host").shadowRoot.querySelector(".medcard__disclaimer");
    const style = getComputedStyle(element);
    return { text: element.textContent, display: style.display, visibility: style.visibility };
  });
  assert.match(disclaimer.text, /not medical advice/);
  assert.equal(disclaimer.display, "block");
  assert.equal(disclaimer.visibility, "visible");
  await page.getByRole("button", { name: "Gabapentin", exact: true }).click();
  await page.waitForFunction(
    () => document.querySelector(".medcard-host")?.shadowRoot?.querySelector(".medcard__title")?.textContent === "Gabapentin",
  );
  assert.match(await page.locator(".app__status").textContent(), /Showing Gabapentin\./);
  assert.equal(await problems.summary(), "");
  await page.close();
});

// The Yew component's card under axe in both layouts (the element's are in
// tests/engines): the app's layout switch sets `MedCard`'s `layout` prop.
test("the Yew component's card has no axe violations in the full and the compact layout", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}yew-app/`);
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
