// Degradation: a browser without one of the features the widget uses.
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { assertDisclaimerReadable } from "../../support/page.mjs";
import { sleep } from "./shared.mjs";

export function register({ browser, open, probe, cards }) {
  describe("a browser without a feature shows the disclaimer and a plain message (or the server-rendered card), never a blank box or a half card", () => {
    for (const feature of ["WebAssembly", "adoptedStyleSheets", "customElements"]) {
      test(`without ${feature}: every card shows a plain message and the disclaimer${feature === "WebAssembly" ? ", and reports medcard-error once" : ""}`, { timeout: 60_000 }, async () => {
        await open(`test/sources.html?without=${feature}`, { settled: false });
        await sleep(1_000);
        await browser.waitFor(
          () =>
            [...document.querySelectorAll("med-card")].every((card) =>
              /medical advice/.test((card.shadowRoot ?? card).textContent) && !(card.shadowRoot ?? card).querySelector(".medcard--placeholder")),
          "every card shows its disclaimer, not a placeholder",
          { timeout: 5_000 },
        );
        const seen = await cards();
        for (const card of seen) {
          assert.ok(card.alert || card.title, `${card.id}: a plain message or a title: ${JSON.stringify(card)}`);
          assert.ok(card.disclaimer?.visible, `${card.id}: visible disclaimer: ${JSON.stringify(card)}`);
        }
        if (feature === "WebAssembly") {
          await browser.waitFor(() => window.__probe.failed.length >= 3, "medcard-error from the three cards");
          await sleep(500);
          assert.equal((await probe()).failed.length, 3, "each card reports medcard-error once");
        }
        assert.deepEqual((await probe()).errors, [], "nothing thrown into the page");
      });
    }

    test("without WebAssembly, a server-rendered card stays as rendered", { timeout: 60_000 }, async () => {
      await open("ssr/gabapentin.html?without=WebAssembly", { settled: false });
      await browser.waitFor(() => window.__probe.failed.length > 0, "medcard-error (the wasm cannot start)");
      await sleep(300);
      const [card] = await cards();
      assert.equal(card.title, "Gabapentin", JSON.stringify(card));
      assertDisclaimerReadable(card, "server-rendered card without WebAssembly");
    });

    test("without custom elements, a server-rendered card still shows (declarative shadow DOM)", { timeout: 60_000 }, async () => {
      await open("ssr/gabapentin.html?without=customElements", { settled: false });
      await browser.waitFor(() => document.readyState === "complete", "the page has loaded");
      const [card] = await cards();
      assert.equal(card.title, "Gabapentin", JSON.stringify(card));
      assertDisclaimerReadable(card, "server-rendered card without custom elements");
    });
  });
}
