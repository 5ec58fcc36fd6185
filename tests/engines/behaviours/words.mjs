// Languages other than English: their words files (dist/words/<lang>.json).
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

export function register({ site, run, open, probe, cards, assertClean }) {
  describe("words files: the card's wasm has English only, other languages' words are fetched when a card needs them", () => {
    // Each card's language, direction and side-effects heading, as shown.
    const shownWords = () =>
      run(() =>
        [...document.querySelectorAll("med-card")].map((card) => {
          const root = card.shadowRoot?.querySelector(".medcard");
          const heading = root?.querySelector('[data-section="sideEffects"] .medcard__heading');
          // The heading without the toggle's count ("Side effects — 7 serious side effects, …").
          return [card.id, root?.lang ?? null, root?.dir ?? null, heading?.textContent.split(" — ")[0].trim() ?? null];
        }),
      );
    let requested = 0;
    const wordRequests = () => site.requests.slice(requested).filter((pathname) => pathname.includes("/words/"));
    const openWords = (query) => {
      requested = site.requests.length;
      return open(`test/words.html${query}`);
    };

    // Spanish and Arabic cards (by their lang, and by the closest [lang]) fetch their words file
    // once and show their words; an English page fetches none.
    const pages = [
      ["?lang=es", "es", "ltr", "Efectos secundarios", ["/dist/words/es.json"]],
      ["?lang=ar", "ar", "rtl", "الأعراض الجانبية", ["/dist/words/ar.json"]],
      ["", "en", "ltr", "Side effects", []],
    ];
    for (const [query, lang, dir, heading, fetched] of pages) {
      test(`cards in ${lang} show their words (${dir}), fetching ${fetched.join(", ") || "no words file"}`, { timeout: 60_000 }, async () => {
        await openWords(query);
        assert.deepEqual(await shownWords(), [
          ["own", lang, dir, heading],
          ["closest", lang, dir, heading],
        ]);
        assert.deepEqual(wordRequests(), fetched);
        await assertClean(`cards in ${lang}`);
      });
    }

    test("a words file that fails (refused by its pinned hash) leaves its cards in English and warns once, throwing nothing", { timeout: 60_000 }, async () => {
      await openWords("?copy=tampered-words&lang=es");
      assert.deepEqual(await shownWords(), [
        ["own", "es", "ltr", "Side effects"],
        ["closest", "es", "ltr", "Side effects"],
      ]);
      assert.deepEqual(wordRequests(), ["/copies/tampered-words/words/es.json"]);
      const seenProbe = await probe();
      assert.equal(seenProbe.console.length, 1, seenProbe.console.join("\n"));
      assert.match(seenProbe.console[0], /^console\.warn: medcard: the words for "es" could not be loaded .*; its cards show English\.$/);
      assert.deepEqual(seenProbe.ready.map((detail) => detail.name).sort(), ["Gabapentin", "Mirtazapine"]);
      assert.deepEqual([seenProbe.failed, seenProbe.errors, seenProbe.violations], [[], [], []]);
    });
  });
}
