// The demo page, the gallery (every state, language and theme) and accessibility in it.
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { before, describe, test } from "node:test";

import { GALLERY_CARDS, cardTexts, contrastRatio, focusIndicator } from "../../support/a11y.mjs";
import { addCards, assertDisclaimerReadable, everyCardIn, setOnEveryCard } from "../../support/page.mjs";

export function register({ browser, run, open, openEmpty, probe, cards, assertClean, axeViolations, expandAll }) {
  const setAll = (attributes) => run(setOnEveryCard, attributes);
  const setLayout = async (layout) => {
    await setAll({ layout });
    await browser.waitFor(everyCardIn, `every card is ${layout}`, { args: [layout] });
  };

  describe("the demo page", () => {
    before(() => open(""), { timeout: 60_000 });

    test("both cards render with their titles and a visible disclaimer, medcard-ready once each; opening mirtazapine's uses shows its Not recommended badge on restless legs; the link to the playground; no console error, page error, CSP violation or failed request", async () => {
      const seen = await cards();
      // Inline data (the first card) and src (the second) both arrived.
      assert.deepEqual(seen.map((card) => [card.title, card.titleTag]), [["Mirtazapine", "h3"], ["Gabapentin", "h3"]]);
      for (const card of seen) assertDisclaimerReadable(card, card.title);
      const closed = await run(() => document.querySelector("med-card").shadowRoot.querySelector("details[data-section=uses]:not([open]) > summary"));
      if (closed) await browser.click(closed);
      await browser.waitFor(() => document.querySelector("med-card").shadowRoot.querySelector("[data-section=uses]").matches("section, details[open]"), "the uses show");
      const badges = await run(() =>
        [...document.querySelector("med-card").shadowRoot.querySelectorAll("li")]
          .filter((li) => !li.querySelector("li") && /restless legs/i.test(li.textContent))
          .flatMap((li) => [...li.querySelectorAll(".medcard__badge")])
          .map((badge) => [badge.textContent.replace(/\s+/g, " ").trim(), badge.checkVisibility() && badge.getBoundingClientRect().height > 0]),
      );
      assert.ok(badges.length > 0, "a Not recommended badge on restless legs");
      for (const [text, shown] of badges) assert.ok(/^not recommended$/i.test(text) && shown, JSON.stringify(badges));
      assert.deepEqual((await probe()).ready.map((detail) => detail.name).sort(), ["Gabapentin", "Mirtazapine"]);
      assert.equal(await run(() => document.querySelector('a[href="playground.html"]')?.textContent), "Card playground", "the demo links to the playground");
      await assertClean("demo page");
    });

    test("axe-core: no violations, cards collapsed and expanded", { timeout: 120_000 }, async () => {
      await open("");
      assert.deepEqual(await axeViolations(), [], "collapsed");
      await expandAll();
      assert.deepEqual(await axeViolations(), [], "expanded");
      await assertClean("demo page under axe");
    });
  });

  // ---- The gallery: every state, language and theme ----

  describe("the gallery", () => {
    before(() => open("gallery.html"), { timeout: 60_000 });

    test("every card renders or shows its error panel, each with the disclaimer; the two error cards fire medcard-error; no console error, page error, CSP violation or failed request", async () => {
      const seen = await cards();
      const byId = Object.fromEntries(seen.map((card) => [card.id, card]));
      assert.deepEqual(Object.keys(byId).sort(), [
        "card-ar", "card-ar-compact", "card-dark", "card-error", "card-error-ar", "card-es", "card-gabapentin", "card-mirtazapine", "card-mirtazapine-compact", "card-strings",
      ]);
      for (const card of seen) {
        if (card.id.startsWith("card-error")) assert.ok(card.alert, `${card.id}: error panel`);
        else assert.ok(card.title, `${card.id}: title`);
        // The Arabic and Spanish cards carry their own translated disclaimer.
        if (["card-ar", "card-ar-compact", "card-es", "card-error-ar"].includes(card.id)) {
          assert.ok(card.disclaimer?.visible && card.disclaimer.text.length > 40, `${card.id}: ${JSON.stringify(card.disclaimer)}`);
        } else assertDisclaimerReadable(card, card.id);
      }
      const seenProbe = await probe();
      assert.equal(seenProbe.failed.length, 2, JSON.stringify(seenProbe.failed));
      assert.equal(seenProbe.ready.length, 8);
      await assertClean("gallery", { allowErrorEvents: true });
    });

    test("Arabic is laid out right to left", async () => {
      const layout = await run(() => {
        const root = document.getElementById("card-ar").shadowRoot;
        const card = root.querySelector(".medcard");
        const list = root.querySelector(".medcard__uses");
        return {
          lang: card.lang,
          dir: card.dir,
          direction: getComputedStyle(card).direction,
          marker: getComputedStyle(root.querySelector(".medcard__toggle > .medcard__heading"), "::before").content,
          paddingLeft: getComputedStyle(list).paddingLeft,
          paddingRight: getComputedStyle(list).paddingRight,
        };
      });
      assert.deepEqual(
        { ...layout, paddingRight: layout.paddingRight !== "0px" },
        { lang: "ar", dir: "rtl", direction: "rtl", marker: '"◂"', paddingLeft: "0px", paddingRight: true },
      );
    });

    test("theme: dark is dark, light is light, and no attribute follows the page's color-scheme", async () => {
      const background = () =>
        run(() => Object.fromEntries([...document.querySelectorAll("med-card")].map((card) => [card.id, getComputedStyle(card.shadowRoot.querySelector(".medcard")).backgroundColor])));
      const before = await background();
      assert.equal(before["card-dark"], "rgb(20, 25, 31)");
      assert.equal(before["card-gabapentin"], "rgb(255, 255, 255)");
      await run(() => {
        document.getElementById("card-dark").setAttribute("theme", "light");
        document.getElementById("card-gabapentin").setAttribute("theme", "dark");
      });
      const swapped = await background();
      assert.equal(swapped["card-dark"], "rgb(255, 255, 255)");
      assert.equal(swapped["card-gabapentin"], "rgb(20, 25, 31)");
      // The page opts into dark: cards without the attribute follow it (this machine's system
      // setting is light, so theme="auto" cannot be told apart from light here).
      await run(() => {
        document.getElementById("card-gabapentin").removeAttribute("theme");
        document.documentElement.style.colorScheme = "dark";
      });
      const darkPage = await background();
      await run(() => (document.documentElement.style.colorScheme = ""));
      // A style attribute set from script is not an inline style for the CSP (CSSOM is allowed).
      assert.equal(darkPage["card-gabapentin"], "rgb(20, 25, 31)");
      assert.equal(darkPage["card-mirtazapine"], "rgb(20, 25, 31)");
    });

    for (const layout of ["as the page sets it", "compact"]) {
      test(`axe-core: no violations, every card ${layout}: collapsed, expanded, and on theme=dark`, { timeout: 180_000 }, async () => {
        await open("gallery.html");
        if (layout === "compact") await setLayout("compact");
        assert.deepEqual(await axeViolations(), [], "collapsed");
        await expandAll();
        assert.deepEqual(await axeViolations(), [], "expanded");
        await setAll({ theme: "dark" });
        assert.deepEqual(await axeViolations(), [], "every card on theme=dark");
      });
    }
  });

  // ---- Accessibility in the gallery: contrast, keyboard, text, languages ----

  describe("accessibility in the gallery", () => {
    for (const theme of ["light", "dark"]) {
      test(`contrast from computed styles is at least 4.5:1 for every text node and the disclaimer, theme=${theme}`, { timeout: 120_000 }, async () => {
        await open("gallery.html");
        await setAll({ theme });
        await expandAll();
        const texts = await run(cardTexts);
        assert.ok(texts.length > 200, `only ${texts.length} text nodes found`);
        assert.ok(texts.some((text) => text.disclaimer), "no disclaimer text measured");
        const low = texts.map((text) => ({ ...text, ratio: contrastRatio(text.color, text.background) })).filter((text) => !(text.ratio >= 4.5));
        assert.deepEqual(low, [], `text under 4.5:1 in the ${theme} theme`);
      });
    }

    test("Tab visits every link and summary of a card in order and leaves it (no trap); Shift+Tab walks back in", { timeout: 60_000 }, async () => {
      await open("gallery.html");
      // What Tab can reach: not what is inside a closed section (but its summary).
      const reachable = (id) => {
        const root = document.getElementById(id).shadowRoot;
        return [...root.querySelectorAll("a[href], button, summary")].filter((element) => element.localName === "summary" || !element.closest("details:not([open])"));
      };
      const expected = await run(`(id) => (${reachable})(id).map((element) => element.outerHTML.slice(0, 80))`, "card-ar");
      assert.ok(expected.length >= 3, `expected summaries and links in #card-ar: ${expected}`);
      // Start on the last focusable thing before the card: the previous card's last one.
      await run(`() => (${reachable})("card-es").at(-1).focus()`);
      const visited = [];
      for (let step = 0; step <= expected.length; step++) {
        await browser.press("Tab");
        visited.push(await run(() => {
          const active = document.activeElement;
          if (active?.id !== "card-ar") return `outside: ${active?.id || active?.localName}`;
          return active.shadowRoot.activeElement?.outerHTML.slice(0, 80) ?? "the host";
        }));
      }
      assert.deepEqual(visited.slice(0, -1), expected);
      assert.equal(visited.at(-1), "outside: card-mirtazapine-compact", "Tab after the last control must leave the card");
      // Shift+Tab walks back in, onto the card's last control.
      await browser.press(["Shift", "Tab"]);
      assert.equal(await run(() => document.getElementById("card-ar").shadowRoot.activeElement?.outerHTML.slice(0, 80) ?? null), expected.at(-1));
    });

    for (const [theme, layout] of [["light"], ["dark"], ["light", "compact"], ["dark", "compact"]]) {
      test(`the focus indicator on a section's summary is at least 2 px with 3:1 contrast, theme=${theme}${layout ? `, layout=${layout}` : ""}`, { timeout: 60_000 }, async () => {
        await open("gallery.html");
        if (layout) await setLayout(layout);
        await run((theme) => document.getElementById("card-gabapentin").setAttribute("theme", theme), theme);
        await run(() => document.getElementById("card-gabapentin").shadowRoot.querySelector("[data-section=sideEffects] > summary").focus());
        await browser.press(["Shift", "Tab"]);
        await browser.press("Tab"); // keyboard focus, so :focus-visible applies
        const indicator = await run(focusIndicator, "card-gabapentin");
        assert.equal(indicator.focused, "summary");
        const rings = [
          { width: indicator.outlineWidth, color: indicator.outlineColor },
          { width: indicator.shadowSpread - indicator.outlineOffset, color: indicator.shadowColor },
        ].filter((ring) => ring.width >= 2 && contrastRatio(ring.color, indicator.background) >= 3);
        assert.ok(rings.length > 0, JSON.stringify(indicator));
      });
    }

    test("readable text: 16 px body, line height at least 1.5, at most 75 characters a line", { timeout: 120_000 }, async () => {
      await open("gallery.html");
      await expandAll();
      const measured = await run((ids) => {
        let longest = { characters: 0 };
        const fonts = new Set();
        const ratios = [];
        for (const id of ids) {
          const root = document.getElementById(id).shadowRoot;
          fonts.add(getComputedStyle(root.querySelector(".medcard")).fontSize);
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const lines = new Map(); // block → (line top → characters)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const block = node.parentElement.closest("p, li, dd, dt, h1, h2, h3, h4, h5, h6, button");
            if (!block || node.parentElement.closest(".medcard__sr-only")) continue;
            const style = getComputedStyle(block);
            if (block.localName === "p") ratios.push(parseFloat(style.lineHeight) / parseFloat(style.fontSize));
            const range = document.createRange();
            if (!lines.has(block)) lines.set(block, new Map());
            const row = lines.get(block);
            for (let index = 0; index < node.length; index++) {
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const rect = range.getBoundingClientRect();
              if (rect.height === 0) continue;
              const top = Math.round(rect.top);
              row.set(top, (row.get(top) ?? 0) + 1);
            }
          }
          for (const [block, rows] of lines) {
            for (const characters of rows.values()) if (characters > longest.characters) longest = { characters, id, text: block.textContent.slice(0, 60) };
          }
        }
        return { longest, fonts: [...fonts], minLineHeight: Math.min(...ratios) };
      }, GALLERY_CARDS);
      assert.deepEqual(measured.fonts, ["16px"]);
      assert.ok(measured.minLineHeight >= 1.5 - 1e-9, `line height ${measured.minLineHeight}`);
      assert.ok(measured.longest.characters <= 75, JSON.stringify(measured.longest));
    });

    test("language: the lang attribute, then the data's language, then the page's, then English", { timeout: 60_000 }, async () => {
      await openEmpty();
      await run(() => (document.getElementById("cards").lang = "ar"));
      const data = { schemaVersion: 1, medication: { name: "Paracetamol" }, sideEffects: { serious: [{ name: "x" }] } };
      await run(addCards, [
        { data: { ...data, language: "ar" }, attributes: { lang: "es" } },
        { data: { ...data, language: "es-MX" } },
        { data },
        { data, attributes: { lang: "fr" } },
      ]);
      const resolved = await run(() => [...document.querySelectorAll("med-card")].map((card) => {
        const root = card.shadowRoot.querySelector(".medcard");
        return [root.lang, root.dir, card.shadowRoot.querySelector(".medcard__toggle-count").textContent];
      }));
      assert.deepEqual(resolved, [
        ["es", "ltr", " — 1 efecto secundario grave"],
        ["es-MX", "ltr", " — 1 efecto secundario grave"],
        ["ar", "rtl", " — عرض جانبي خطير واحد"],
        ["fr", "ltr", " — 1 serious side effect"],
      ]);
    });

    test("the error panel lists the problems in the card's language, paths left to right; the strings attribute replaces the widget's words", { timeout: 60_000 }, async () => {
      await open("gallery.html");
      const seen = await run(() => ({
        problems: [...document.getElementById("card-error-ar").shadowRoot.querySelectorAll(".medcard__problems li")].map((item) => {
          const path = item.querySelector("code");
          return [path.textContent, path.dir, item.textContent.slice(path.textContent.length)];
        }),
        label: document.getElementById("card-strings").shadowRoot.querySelector("[data-section=sideEffects] > summary.medcard__toggle").textContent,
      }));
      assert.deepEqual(seen.problems, [
        ["medication.name", "ltr", " الحقل فارغ؛ اكتب فيه نصًا"],
        ["uses[0].condition", "ltr", " حقل مطلوب لكنه غير موجود"],
      ]);
      assert.match(seen.label, /^Unwanted effects — \d+ serious unwanted effects, \d+ common unwanted effects$/);
    });
  });
}
