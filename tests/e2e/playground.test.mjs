// The playground (www/playground.html on the demo site, target/site) in headless Chromium:
// it starts from a sample, a broken field shows its problem with the JSON path, selecting the
// problem jumps to that line, fixing it re-renders the card, the embed snippet holds the data, and
// the Reading level switch adds each text's reading grade.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { startServer } from "../../scripts/serve.mjs";
import { collectProblems, launch } from "./browser.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const siteDir = path.join(repo, "target", "site");

let server;
let browser;
let page;
let problems;

const editor = () => page.locator("#pg-json");
const title = () => page.locator("#pg-card .medcard__title");
const problemList = () => page.locator("#pg-problems li");

before(async () => {
  if (!existsSync(path.join(siteDir, "playground.html"))) {
    throw new Error("target/site/playground.html is missing: run make site first");
  }
  server = await startServer({ root: siteDir });
  browser = await launch();
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  page = await context.newPage();
  problems = collectProblems(page);
  await page.goto(`${server.url}playground.html`);
  await page.waitForSelector("html[data-ready]", { timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector("#pg-card")?.shadowRoot?.querySelector(".medcard__title"));
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await server?.close();
});

test("starts from a sample: valid data, the live card and its disclaimer", async () => {
  assert.match(await editor().inputValue(), /"name": "Mirtazapine"/);
  assert.equal((await title().textContent()).trim(), "Mirtazapine");
  assert.equal(await page.locator("#pg-summary").textContent(), "No problems: the card is valid.");
  assert.equal(await problemList().count(), 0);
  assert.ok(await page.locator("#pg-card .medcard__disclaimer").isVisible());
});

test("typing a broken field shows the problem with its path; selecting it jumps to the line", async () => {
  const original = await editor().inputValue();
  const line = original.split("\n").findIndex((text) => text.includes('"availability"'));
  assert.ok(line > 0, "the sample has medication.availability");
  // Select the value on that line and type a word the schema does not allow.
  await editor().evaluate((element, lineIndex) => {
    const lines = element.value.split("\n");
    const before = lines.slice(0, lineIndex).join("\n").length + 1;
    const match = /"availability":\s*"([^"]*)"/.exec(lines[lineIndex]);
    const start = before + match.index + match[0].length - match[1].length - 1;
    element.focus();
    element.setSelectionRange(start, start + match[1].length);
  }, line);
  await page.keyboard.type("over-the-counter");
  const problem = problemList().first();
  await problem.waitFor();
  const text = await problem.textContent();
  assert.match(text, /^error/);
  assert.match(text, /medication\.availability: "over-the-counter" is not allowed here/);
  assert.match(await page.locator("#pg-summary").textContent(), /^1 error, 0 warnings/);
  // The card shows the error panel (and the disclaimer), not stale data.
  await page.locator("#pg-card .medcard__error").waitFor();
  assert.equal(await title().count(), 0);
  assert.ok(await page.locator("#pg-card .medcard__disclaimer").isVisible());

  await editor().evaluate((element) => element.setSelectionRange(0, 0));
  await problem.locator("button").click();
  const selected = await editor().evaluate((element) =>
    element.value.slice(element.selectionStart, element.selectionEnd),
  );
  assert.match(selected, /"availability"/, `selected ${JSON.stringify(selected)}`);
});

test("fixing the field re-renders the card", async () => {
  const fixed = (await editor().inputValue()).replace('"over-the-counter"', '"prescription"');
  await editor().fill(fixed);
  await title().waitFor();
  assert.equal((await title().textContent()).trim(), "Mirtazapine");
  assert.equal(await problemList().count(), 0);
  assert.equal(await page.locator("#pg-summary").textContent(), "No problems: the card is valid.");
});

test("a bad code shows its path and message; selecting it jumps to that code", async () => {
  const original = await editor().inputValue();
  assert.ok(original.includes('"code": "N06AX11"'), "the sample has its ATC code");
  await editor().fill(original.replace('"code": "N06AX11"', '"code": "N06AX1"'));
  const problem = problemList().first();
  await problem.waitFor();
  assert.match(await problem.textContent(), /medication\.codes\[1\]\.code: "N06AX1" is not a valid ATC code/);
  await editor().evaluate((element) => element.setSelectionRange(0, 0));
  await problem.locator("button").click();
  const line = await editor().evaluate((element) => {
    const start = element.value.lastIndexOf("\n", element.selectionStart - 1) + 1;
    const end = element.value.indexOf("\n", element.selectionStart);
    return element.value.slice(start, end);
  });
  assert.match(line, /"code": "N06AX1"/, `jumped to ${JSON.stringify(line)}`);
  await editor().fill(original);
  await title().waitFor();
});

test("a syntax error points at its line and column", async () => {
  const broken = (await editor().inputValue()).replace('"schemaVersion": 1,', '"schemaVersion": 1');
  await editor().fill(broken);
  await problemList().first().waitFor();
  assert.match(await problemList().first().textContent(), /line \d+, column \d+: the card data is not valid JSON/);
  await editor().fill(broken.replace('"schemaVersion": 1', '"schemaVersion": 1,'));
  await title().waitFor();
});

test("the embed snippet has the script tag and the current data, and is copied", async () => {
  await page.locator("#pg-copy").click();
  await page.locator("#pg-copy-status", { hasText: "copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator("#pg-snippet").textContent());
  assert.match(copied, /^<script type="module" src="http:\/\/[^"]+\/dist\/medcard\.js"><\/script>\n<med-card>\n<script type="application\/json">/);
  const data = copied.slice(copied.indexOf("{"), copied.lastIndexOf("}") + 1);
  assert.equal(JSON.parse(data).medication.name, "Mirtazapine");
  assert.ok(!data.includes("<"), "no raw < inside the inline data");
});

test("the Reading level switch adds each text's grade; Spanish is graded, Arabic says it is not", async () => {
  const firstProblem = async () => (await problemList().first().textContent()).trim();
  await page.locator("#pg-readability").check();
  await problemList().first().waitFor();
  assert.match(await firstProblem(), /^info\(the card\): reading grade \d+\.\d \(Flesch–Kincaid, \d+ words\)$/);
  assert.match(await page.locator("#pg-summary").textContent(), / \d+ notes\.$/);
  // Readability never stops the card: it is still shown.
  assert.equal((await title().textContent()).trim(), "Mirtazapine");

  await page.locator("#pg-sample").selectOption("examples/gabapentin.es.json");
  await page.waitForFunction(() => document.querySelector("#pg-json").value.includes('"language": "es"'));
  await page.waitForFunction(() => document.querySelector("#pg-problems li")?.textContent.includes("Fernández-Huerta"));
  assert.match(await firstProblem(), /^info\(the card\): reading ease \d+\.\d \(Fernández-Huerta/);

  await page.locator("#pg-sample").selectOption("examples/gabapentin.ar.json");
  await page.waitForFunction(() => document.querySelector("#pg-json").value.includes('"language": "ar"'));
  await page.waitForFunction(() => document.querySelector("#pg-problems li")?.textContent.includes("no validated"));
  assert.equal(await problemList().count(), 1);
  assert.match(await firstProblem(), /^infolanguage: no validated readability formula for "ar"/);
  assert.equal(await page.locator("#pg-summary").textContent(), "No problems: the card is valid. 1 note.");

  await page.locator("#pg-readability").uncheck();
  await page.waitForFunction(() => document.querySelector("#pg-problems").children.length === 0);
  assert.equal(await page.locator("#pg-summary").textContent(), "No problems: the card is valid.");
  await page.locator("#pg-sample").selectOption("examples/mirtazapine.json");
  await page.waitForFunction(() => document.querySelector("#pg-json").value.includes('"name": "Mirtazapine"'));
});

test("the demo page links to the playground", async () => {
  const response = await fetch(server.url);
  assert.match(await response.text(), /<a href="playground\.html">Card playground<\/a>/);
});

test("the visit produced no console error, page error or failed request", () => {
  assert.equal(problems.summary(), "");
});
