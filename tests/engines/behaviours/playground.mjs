// The playground.
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { test } from "node:test";

export function register({ browser, run, open, assertClean }) {
  const openPlayground = async () => {
    await open("playground.html", { settled: false });
    await browser.waitFor(() => document.documentElement.hasAttribute("data-ready") && document.querySelector("#pg-card")?.shadowRoot?.querySelector(".medcard__title"), "the playground is ready");
  };

  test("the playground: a broken field shows its problem and path, selecting it jumps there, fixing it re-renders", { timeout: 60_000 }, async () => {
    await openPlayground();
    const state = () =>
      run(() => ({
        title: document.querySelector("#pg-card").shadowRoot.querySelector(".medcard__title")?.textContent.trim() ?? null,
        error: Boolean(document.querySelector("#pg-card").shadowRoot.querySelector(".medcard__error")),
        summary: document.getElementById("pg-summary").textContent,
        problems: [...document.querySelectorAll("#pg-problems li")].map((li) => li.textContent),
      }));
    // The sample has no errors; its warnings (undated sources, issue 25) are what the playground
    // shows before the edit and again after the fix.
    const sample = await state();
    assert.equal(sample.title, "Mirtazapine");
    assert.equal(sample.error, false);
    assert.deepEqual(sample.problems.filter((problem) => problem.startsWith("error")), []);
    // Select the availability value and type over it, through the keyboard.
    const editor = await run(() => {
      const element = document.getElementById("pg-json");
      const match = /"availability":\s*"([^"]*)"/.exec(element.value);
      const start = match.index + match[0].length - match[1].length - 1;
      element.focus();
      element.setSelectionRange(start, start + match[1].length);
      return element;
    });
    await browser.send("POST", `/element/${Object.values(editor)[0]}/value`, { text: "over-the-counter" });
    await browser.waitFor(() => [...document.querySelectorAll("#pg-problems li")].some((li) => li.textContent.startsWith("error")), "an error is listed");
    const broken = await state();
    assert.match(broken.problems[0], /^error/);
    assert.match(broken.problems[0], /medication\.availability: "over-the-counter" is not allowed here/);
    assert.match(broken.summary, /^1 error, \d+ warnings?/);
    await browser.waitFor(() => document.querySelector("#pg-card").shadowRoot.querySelector(".medcard__error"), "the card shows the error panel");
    assert.equal((await state()).title, null);
    await run(() => document.getElementById("pg-json").setSelectionRange(0, 0));
    await browser.click(await run(() => document.querySelector("#pg-problems li button")));
    const selected = await run(() => {
      const element = document.getElementById("pg-json");
      return element.value.slice(element.selectionStart, element.selectionEnd);
    });
    assert.match(selected, /"availability"/);
    // Fix it: select the wrong word and type the right one.
    await run(() => {
      const element = document.getElementById("pg-json");
      const start = element.value.indexOf('"over-the-counter"') + 1;
      element.focus();
      element.setSelectionRange(start, start + "over-the-counter".length);
    });
    await browser.send("POST", `/element/${Object.values(editor)[0]}/value`, { text: "prescription" });
    await browser.waitFor(() => document.querySelector("#pg-card").shadowRoot.querySelector(".medcard__title"), "the card renders again");
    assert.deepEqual(await state(), sample);
    const snippet = await run(() => document.getElementById("pg-snippet").textContent);
    assert.match(snippet, /^<script type="module" src="http:\/\/[^"]+\/dist\/medcard\.js"><\/script>\n<med-card>\n<script type="application\/json">/);
    await assertClean("playground", { allowErrorEvents: true });
  });

  test("the playground: a bad code and a syntax error show where they are; the Reading level switch grades English and Spanish, and says Arabic has no formula", { timeout: 60_000 }, async () => {
    await openPlayground();
    const edit = (from, to) => run((from, to) => {
      const editor = document.getElementById("pg-json");
      editor.value = editor.value.replace(from, to);
      editor.dispatchEvent(new Event("input", { bubbles: true }));
    }, from, to);
    const first = (includes) => browser.waitFor((includes) => ((text) => text?.includes(includes) && text)(document.querySelector("#pg-problems li")?.textContent), `a problem with "${includes}"`, { args: [includes] });
    const selectedLine = () => run(() => {
      const element = document.getElementById("pg-json");
      return element.value.slice(element.value.lastIndexOf("\n", element.selectionStart - 1) + 1, element.value.indexOf("\n", element.selectionStart));
    });
    await edit('"code": "N06AX11"', '"code": "N06AX1"');
    assert.match(await first("N06AX1"), /medication\.codes\[1\]\.code: "N06AX1" is not a valid ATC code/);
    await run(() => document.getElementById("pg-json").setSelectionRange(0, 0));
    await browser.click(await run(() => document.querySelector("#pg-problems li button")));
    assert.match(await selectedLine(), /"code": "N06AX1"/, "selecting the problem jumps to the code");
    await edit('"code": "N06AX1"', '"code": "N06AX11"');
    await edit('"schemaVersion": 1,', '"schemaVersion": 1');
    assert.match(await first("not valid JSON"), /line \d+, column \d+: the card data is not valid JSON/);
    await edit('"schemaVersion": 1', '"schemaVersion": 1,');
    await browser.waitFor(() => document.querySelector("#pg-card").shadowRoot.querySelector(".medcard__title"), "the card renders again");
    // Reading levels: each text's grade; readability never stops the card.
    const choose = (selector, value) => run((selector, value) => {
      const element = document.querySelector(selector);
      if (element.type === "checkbox") element.checked = value;
      else element.value = value;
      element.dispatchEvent(new Event("change", { bubbles: true }));
    }, selector, value);
    const summary = () => run(() => document.getElementById("pg-summary").textContent);
    await choose("#pg-readability", true);
    assert.match(await first("reading grade"), /^info\(the card\): reading grade \d+\.\d \(Flesch–Kincaid, \d+ words\)$/);
    assert.match(await summary(), / \d+ notes\.$/);
    assert.ok(await run(() => document.querySelector("#pg-card").shadowRoot.querySelector(".medcard__title")), "the card still shows");
    await choose("#pg-sample", "examples/gabapentin.es.json");
    assert.match(await first("Fernández-Huerta"), /^info\(the card\): reading ease \d+\.\d \(Fernández-Huerta/);
    await choose("#pg-sample", "examples/gabapentin.ar.json");
    assert.match(await first("no validated"), /^infolanguage: no validated readability formula for "ar"/);
    assert.equal(await run(() => document.querySelectorAll("#pg-problems li").length), 1);
    assert.equal(await summary(), "No problems: the card is valid. 1 note.");
    await choose("#pg-readability", false);
    await browser.waitFor(() => document.querySelector("#pg-problems").children.length === 0, "no notes without the switch");
    assert.equal(await summary(), "No problems: the card is valid.");
    await assertClean("playground, codes and reading levels", { allowErrorEvents: true });
  });
}
