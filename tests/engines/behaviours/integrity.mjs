// Integrity: card data pinned by the integrity attribute, the code by the entry's hash.
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { addCards, assertDisclaimerReadable } from "../../support/page.mjs";
import { MIRTAZAPINE, OTHER_VERSION, VERSION, sha } from "../../support/site.mjs";
import { sleep } from "./shared.mjs";

export function register({ site, browser, run, open, openEmpty, probe, cards, assertClean }) {
  describe("integrity", () => {
    test("integrity on src: a matching hash shows the card; a changed file, an unusable value or an error status shows the error panel and medcard-error, never the card", { timeout: 60_000 }, async () => {
      const cases = [
        { integrity: sha(MIRTAZAPINE), ready: "Mirtazapine" },
        { integrity: sha(MIRTAZAPINE, "sha256"), ready: "Mirtazapine" },
        { integrity: sha(MIRTAZAPINE, "sha512"), ready: "Mirtazapine" },
        { src: "/src/changed-card.json", integrity: sha(MIRTAZAPINE), message: /changed-card\.json does not match its integrity hash/ },
        { integrity: "md5-4kHe4oo8C9ltFplTWu1SRQ==", message: /card\.json does not match its integrity hash/ },
        { src: "/src/missing.json", integrity: sha(MIRTAZAPINE), message: /answered 404 \(not found\)/ },
      ];
      await openEmpty();
      const results = await run(
        addCards,
        cases.map(({ src = "/src/card.json", integrity }) => ({ src, attributes: { integrity } })),
      );
      const seen = await cards();
      cases.forEach(({ ready, message, integrity }, index) => {
        const label = `${cases[index].src ?? "card.json"} with ${integrity.slice(0, 12)}…`;
        if (ready) return assert.equal(results[index].ready, ready, `${label}: ${JSON.stringify(results[index])}`);
        const problems = results[index].problems;
        assert.ok(problems, `${label}: expected medcard-error, got ${JSON.stringify(results[index])}`);
        assert.equal(problems.length, 1);
        assert.match(problems[0].message, message, label);
        assert.ok(seen[index].alert?.toLowerCase().includes(problems[0].message.toLowerCase()), `${label}: panel says ${seen[index].alert}`);
        assert.equal(seen[index].title, null, `${label}: no part of the card is shown`);
        assert.doesNotMatch(seen[index].text, /changed\)|Remeron/, label);
        assertDisclaimerReadable(seen[index], label);
      });
      // Correcting the hash fetches again and shows the card.
      const fixed = await run(() => {
        const card = document.querySelectorAll("med-card")[3];
        const ready = new Promise((resolve) => card.addEventListener("medcard-ready", (e) => resolve(e.detail.name), { once: true }));
        card.setAttribute("src", "/src/card.json");
        return ready;
      });
      assert.equal(fixed, "Mirtazapine");
      await assertClean("integrity on src", { allowErrorEvents: true });
    });

    for (const [copy, file] of [["tampered-wasm", "medcard_wasm_bg.wasm"], ["tampered-runtime", "medcard-runtime.js"]]) {
      test(`a ${copy.replace("-", " ")} is refused by the entry's pins: the plain panel with the disclaimer, medcard-error once, nothing of it runs`, { timeout: 60_000 }, async () => {
        await open(`test/copy.html?copy=${copy}`, { settled: false });
        await browser.waitFor(() => window.__probe.failed.length > 0, "medcard-error");
        await sleep(700);
        assert.ok(site.requests.includes(`/copies/${copy}/${file}`), `${file} was fetched: ${site.requests}`);
        const seenProbe = await probe();
        assert.equal(seenProbe.failed.length, 1, `medcard-error once: ${JSON.stringify(seenProbe.failed)}`);
        assert.deepEqual(seenProbe.ready, [], "no card rendered");
        const [card] = await cards();
        assert.equal(card.title, null, `no card: ${JSON.stringify(card)}`);
        assert.ok(card.alert, `a plain message: ${JSON.stringify(card)}`);
        assertDisclaimerReadable(card, copy);
        const state = await run(() => ({ ran: Boolean(window.__tamperedRuntimeRan), defined: Boolean(customElements.get("med-card")) }));
        assert.equal(state.ran, false, "the tampered runtime never ran");
        // A refused wasm leaves the (genuine) runtime's element defined, showing the panel; a
        // refused runtime leaves <med-card> undefined.
        assert.equal(state.defined, copy === "tampered-wasm");
        assert.deepEqual(seenProbe.errors.filter((e) => !e.startsWith("resource failed to load")), [], "nothing thrown into the page");
        assert.deepEqual(seenProbe.violations, []);
      });
    }

    test("two medcard versions on one page: one working definition, a console warning naming both, nothing thrown", { timeout: 60_000 }, async () => {
      await open("test/copy.html?copy=dist&copy=other-version");
      await browser.waitFor(() => window.__probe.console.some((line) => /already defined/.test(line)), "the second copy's warning");
      await sleep(300);
      const seenProbe = await probe();
      assert.equal(seenProbe.console.length, 1, seenProbe.console.join("\n"));
      const [warning] = seenProbe.console;
      assert.match(warning, /^console\.warn: medcard: <med-card> is already defined by medcard /);
      assert.ok(warning.includes(`medcard ${VERSION}`) && warning.includes(`medcard ${OTHER_VERSION}`), warning);
      const defined = await run(() => customElements.get("med-card").medcardVersion);
      assert.ok([VERSION, OTHER_VERSION].includes(defined), defined);
      assert.ok(warning.includes(`already defined by medcard ${defined};`), warning);
      assert.deepEqual(seenProbe.ready.map((detail) => detail.name), ["Mirtazapine"]);
      assert.deepEqual([seenProbe.failed, seenProbe.errors, seenProbe.violations], [[], [], []]);
      const [card] = await cards();
      assert.equal(card.title, "Mirtazapine");
    });
  });
}
