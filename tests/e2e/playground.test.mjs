// The playground's Copy button (www/playground.html on the demo site, target/site) in headless
// Chromium, which can grant a page the clipboard permissions (DevTools protocol). Everything else
// the playground does is tested in every engine by tests/engines/behaviours/playground.mjs.

import assert from "node:assert/strict";
import { test } from "node:test";

import { collectProblems, siteAndChromium } from "./browser.mjs";

const env = siteAndChromium();

test("the embed snippet has the script tag and the current data, and is copied; no console error, page error, failed request or CSP violation", async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.url });
  const page = await context.newPage();
  const problems = await collectProblems(page);
  await page.goto(`${env.site.url}playground.html`);
  await page.locator("html[data-ready] #pg-card .medcard__title").waitFor({ timeout: 20_000 });
  await page.locator("#pg-copy").click();
  await page.locator("#pg-copy-status", { hasText: "copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator("#pg-snippet").textContent());
  assert.match(copied, /^<script type="module" src="http:\/\/[^"]+\/dist\/medcard\.js"><\/script>\n<med-card>\n<script type="application\/json">/);
  const data = copied.slice(copied.indexOf("{"), copied.lastIndexOf("}") + 1);
  assert.equal(JSON.parse(data).medication.name, "Mirtazapine");
  assert.ok(!data.includes("<"), "no raw < inside the inline data");
  assert.equal(await problems.summary(), "");
  await context.close();
});
