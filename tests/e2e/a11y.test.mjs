// Accessibility of the built widget in headless Chromium: axe-core on every state, language and
// theme; contrast computed from the real computed styles; keyboard walk-through; reflow at 320 px
// and 200% zoom; line length; print, reduced motion and forced colours.
// Needs target/site (make site). Run: node --test tests/e2e/a11y.test.mjs

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { startServer } from "../../scripts/serve.mjs";
import { launch } from "./browser.mjs";
import { cardTexts, contrastRatio, focusIndicator, setLayout, waitForCards } from "./a11y-helpers.mjs";

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve("axe-core/axe.min.js");
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const siteDir = path.join(repo, "target", "site");
// WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices (unique landmarks, heading order…).
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const GALLERY_CARDS = ["card-mirtazapine", "card-gabapentin", "card-es", "card-ar", "card-dark", "card-strings", "card-error", "card-error-ar"];

let server;
let browser;

before(async () => {
  if (!existsSync(path.join(siteDir, "gallery.html"))) {
    throw new Error("target/site/gallery.html is missing: run make site first");
  }
  server = await startServer({ root: siteDir });
  browser = await launch();
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fresh page on `file` with every card rendered; `media` goes to page.emulateMedia; `layout`
 * ("compact") is set on every card of the page before checking (the pages' own cards are full).
 */
async function open(file, { viewport = { width: 1280, height: 900 }, media = {}, layout } = {}) {
  const page = await browser.newPage({ viewport });
  await page.emulateMedia(media);
  await page.goto(`${server.url}${file}`, { waitUntil: "load" });
  await waitForCards(page);
  if (layout) await setLayout(page, layout);
  return page;
}

/** Opens every collapsed section (and a compact card's warning details) by clicking its summary. */
async function expandAll(page) {
  const toggles = page.locator("med-card details:not([open]) > summary");
  for (let count = await toggles.count(); count > 0; count = await toggles.count()) {
    await toggles.first().click();
  }
}

async function axeViolations(page, { skipRules = [] } = {}) {
  // Evaluated through DevTools, not added as a <script>: the pages run under a strict CSP with
  // Trusted Types, which (rightly) refuses injected script text.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(readFileSync(AXE_PATH, "utf8"));
  const rules = Object.fromEntries(skipRules.map((rule) => [rule, { enabled: false }]));
  const results = await page.evaluate(
    ({ tags, rules }) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, rules, resultTypes: ["violations"] }),
    { tags: AXE_TAGS, rules },
  );
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary}`),
  }));
}

// Under forced colours the browser paints every text and background in the reader's system
// colours, so the author's colours do not reach the screen; axe's color-contrast rule still reads
// them (it reported the dark theme's light text against the forced white canvas). Contrast is
// checked in the light and dark cases instead, and by the computed-style test below.
const FORCED = { skipRules: ["color-contrast"] };

const AXE_CASES = [
  ["demo page, cards collapsed", "index.html", {}, false],
  ["demo page, cards expanded", "index.html", {}, true],
  ["gallery (English, Spanish, Arabic, dark, host words, error), collapsed", "gallery.html", {}, false],
  ["gallery, expanded", "gallery.html", {}, true],
  ["gallery with the system in dark mode and every card on theme=auto", "gallery.html", { colorScheme: "dark" }, true, "auto"],
  ["gallery with every card on theme=dark", "gallery.html", {}, true, "dark"],
  ["gallery with forced colours (Windows high contrast)", "gallery.html", { forcedColors: "active" }, true, undefined, FORCED],
  // The same pages with every card in layout="compact" (the gallery has the Arabic, RTL card).
  ["compact: demo page, collapsed", "index.html", {}, false, undefined, {}, "compact"],
  ["compact: gallery (English, Spanish, Arabic RTL, dark, host words, error), collapsed", "gallery.html", {}, false, undefined, {}, "compact"],
  ["compact: gallery, every section and warning opened", "gallery.html", {}, true, undefined, {}, "compact"],
  ["compact: gallery with every card on theme=dark", "gallery.html", {}, true, "dark", {}, "compact"],
  ["compact: gallery with forced colours", "gallery.html", { forcedColors: "active" }, true, undefined, FORCED, "compact"],
];

describe("axe-core reports no WCAG 2.2 A/AA or best-practice violations", () => {
  for (const [name, file, media, expanded, theme, options, layout] of AXE_CASES) {
    test(name, async () => {
      const page = await open(file, { media, layout });
      if (theme) await page.evaluate((value) => document.querySelectorAll("med-card").forEach((card) => card.setAttribute("theme", value)), theme);
      if (expanded) await expandAll(page);
      const violations = await axeViolations(page, options);
      await page.close();
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  }
});

describe("contrast from computed styles is at least 4.5:1", () => {
  for (const theme of ["light", "dark"]) {
    test(`every text node and the disclaimer, theme=${theme}`, async () => {
      const page = await open("gallery.html");
      await page.evaluate((value) => document.querySelectorAll("med-card").forEach((card) => card.setAttribute("theme", value)), theme);
      await expandAll(page);
      const texts = await cardTexts(page);
      await page.close();
      assert.ok(texts.length > 200, `only ${texts.length} text nodes found`);
      assert.ok(texts.some((text) => text.disclaimer), "no disclaimer text measured");
      const low = texts
        .map((text) => ({ ...text, ratio: contrastRatio(text.color, text.background) }))
        .filter((text) => !(text.ratio >= 4.5));
      assert.deepEqual(low, [], `text under 4.5:1 in the ${theme} theme`);
    });
  }

  test("the dark theme really is dark, and auto follows the system", async () => {
    const page = await open("gallery.html", { media: { colorScheme: "dark" } });
    const background = (id) =>
      page.evaluate((cardId) => getComputedStyle(document.getElementById(cardId).shadowRoot.querySelector(".medcard")).backgroundColor, id);
    assert.equal(await background("card-dark"), "rgb(20, 25, 31)");
    // No attribute: the page declares no color-scheme, so the card stays light on this light page.
    assert.equal(await background("card-gabapentin"), "rgb(255, 255, 255)");
    await page.evaluate(() => document.getElementById("card-gabapentin").setAttribute("theme", "auto"));
    assert.equal(await background("card-gabapentin"), "rgb(20, 25, 31)");
    await page.evaluate(() => document.getElementById("card-dark").setAttribute("theme", "light"));
    assert.equal(await background("card-dark"), "rgb(255, 255, 255)");
    await page.close();
  });
});

describe("keyboard", () => {
  test("Tab visits every link and the toggle of a card in order, and leaves it (no trap)", async () => {
    const page = await open("gallery.html");
    const card = "card-ar";
    const expected = await page.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      // What Tab can reach: not what is inside a closed section (but its summary).
      const reachable = (element) => element.localName === "summary" || !element.closest("details:not([open])");
      return [...root.querySelectorAll("a[href], button, summary")].filter(reachable).map((element) => element.outerHTML.slice(0, 80));
    }, card);
    assert.ok(expected.length >= 3, `expected a toggle and links in #${card}: ${expected}`);
    // Start on the last focusable thing before the card: the previous card's last one.
    await page.evaluate(() => {
      const root = document.getElementById("card-es").shadowRoot;
      const reachable = (element) => element.localName === "summary" || !element.closest("details:not([open])");
      [...root.querySelectorAll("a[href], button, summary")].filter(reachable).at(-1).focus();
    });
    const visited = [];
    for (let step = 0; step < expected.length + 1; step++) {
      await page.keyboard.press("Tab");
      visited.push(
        await page.evaluate((id) => {
          const active = document.activeElement;
          if (active?.id !== id) return `outside: ${active?.id || active?.localName}`;
          return active.shadowRoot.activeElement?.outerHTML.slice(0, 80) ?? "the host";
        }, card),
      );
    }
    // The gallery's next card, which has a control of its own.
    const next = await page.evaluate((id) => {
      const cards = [...document.querySelectorAll("med-card")];
      return cards[cards.findIndex((card) => card.id === id) + 1].id;
    }, card);
    await page.close();
    assert.deepEqual(visited.slice(0, -1), expected);
    assert.equal(visited.at(-1), `outside: ${next}`, "Tab after the last control must leave the card");
  });

  test("Enter and Space toggle the side effects and focus stays on the toggle", async () => {
    const page = await open("gallery.html");
    const toggle = page.locator("#card-es [data-section=sideEffects] > summary.medcard__toggle");
    await toggle.focus();
    const state = () =>
      page.evaluate(() => {
        const root = document.getElementById("card-es").shadowRoot;
        const details = root.querySelector("details[data-section=sideEffects]");
        const panel = details.querySelector(":scope > .medcard__panel");
        return {
          open: details.open,
          panelShown: panel.checkVisibility(),
          focused: root.activeElement === details.querySelector("summary") && document.activeElement.id === "card-es",
        };
      });
    assert.deepEqual(await state(), { open: false, panelShown: false, focused: true });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#card-es").shadowRoot.querySelector("details[data-section=sideEffects][open]"));
    assert.deepEqual(await state(), { open: true, panelShown: true, focused: true });
    await page.keyboard.press("Space");
    await page.waitForFunction(() => !document.querySelector("#card-es").shadowRoot.querySelector("details[data-section=sideEffects][open]"));
    assert.deepEqual(await state(), { open: false, panelShown: false, focused: true });
    await page.close();
  });

  for (const [theme, layout] of [["light"], ["dark"], ["light", "compact"], ["dark", "compact"]]) {
    test(`the focus indicator on a section's summary is at least 2 px with 3:1 contrast, theme=${theme}${layout ? `, layout=${layout}` : ""}`, async () => {
      const page = await open("gallery.html", { layout });
      await page.evaluate((value) => document.getElementById("card-gabapentin").setAttribute("theme", value), theme);
      await page.locator("#card-gabapentin [data-section=sideEffects] > summary.medcard__toggle").focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab"); // keyboard focus, so :focus-visible applies
      const indicator = await focusIndicator(page, "card-gabapentin");
      await page.close();
      assert.equal(indicator.focused, "summary");
      const rings = [
        { width: indicator.outlineWidth, color: indicator.outlineColor },
        { width: indicator.shadowSpread - indicator.outlineOffset, color: indicator.shadowColor },
      ].filter((ring) => ring.width >= 2 && contrastRatio(ring.color, indicator.background) >= 3);
      assert.ok(rings.length > 0, JSON.stringify(indicator));
    });
  }
});

describe("layout", () => {
  for (const width of [320, 640]) {
    test(`reflow at ${width} px (${1280 / width * 100}% zoom of 1280 px): no horizontal scrolling, nothing cut off`, async () => {
      const page = await open("gallery.html", { viewport: { width, height: 800 } });
      await expandAll(page);
      const overflow = await page.evaluate((ids) => {
        const problems = [];
        if (document.documentElement.scrollWidth > innerWidth) {
          problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
        }
        for (const id of ids) {
          const host = document.getElementById(id);
          const box = host.getBoundingClientRect();
          for (const element of host.shadowRoot.querySelectorAll("*")) {
            if (element.closest(".medcard__sr-only")) continue;
            const rect = element.getBoundingClientRect();
            if (rect.width === 0) continue;
            if (rect.left < box.left - 1 || rect.right > box.right + 1) {
              problems.push(`#${id} ${element.localName}.${element.className}: ${rect.left}–${rect.right} outside ${box.left}–${box.right}`);
            }
          }
        }
        return problems;
      }, GALLERY_CARDS);
      await page.close();
      assert.deepEqual(overflow, []);
    });
  }

  test("readable text: 16 px body, line height at least 1.5, at most 75 characters a line", async () => {
    const page = await open("gallery.html");
    await expandAll(page);
    const measured = await page.evaluate((ids) => {
      let longest = { characters: 0 };
      const fonts = new Set();
      const ratios = [];
      for (const id of ids) {
        const root = document.getElementById(id).shadowRoot;
        fonts.add(getComputedStyle(root.querySelector(".medcard")).fontSize);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const lines = new Map(); // one entry per (block, line top)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const block = node.parentElement.closest("p, li, dd, dt, h1, h2, h3, h4, h5, h6, button");
          if (!block || node.parentElement.closest(".medcard__sr-only")) continue;
          const style = getComputedStyle(block);
          if (block.localName === "p") ratios.push(parseFloat(style.lineHeight) / parseFloat(style.fontSize));
          const range = document.createRange();
          for (let index = 0; index < node.length; index++) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const rect = range.getBoundingClientRect();
            if (rect.height === 0) continue;
            const key = block;
            if (!lines.has(key)) lines.set(key, new Map());
            const top = Math.round(rect.top);
            const row = lines.get(key);
            row.set(top, (row.get(top) ?? 0) + 1);
          }
        }
        for (const [block, rows] of lines) {
          for (const characters of rows.values()) {
            if (characters > longest.characters) longest = { characters, id, text: block.textContent.slice(0, 60) };
          }
        }
      }
      return { longest, fonts: [...fonts], minLineHeight: Math.min(...ratios) };
    }, GALLERY_CARDS);
    await page.close();
    assert.deepEqual(measured.fonts, ["16px"]);
    assert.ok(measured.minLineHeight >= 1.5 - 1e-9, `line height ${measured.minLineHeight}`);
    assert.ok(measured.longest.characters <= 75, JSON.stringify(measured.longest));
  });

  test("Arabic is laid out right to left, with the marker and the list indent mirrored", async () => {
    const page = await open("gallery.html");
    const layout = await page.evaluate(() => {
      const root = document.getElementById("card-ar").shadowRoot;
      const card = root.querySelector(".medcard");
      const list = root.querySelector(".medcard__uses");
      return {
        lang: card.lang,
        dir: card.dir,
        direction: getComputedStyle(card).direction,
        marker: getComputedStyle(root.querySelector(".medcard__toggle > .medcard__heading"), "::before").content,
        paddingRight: getComputedStyle(list).paddingRight,
        paddingLeft: getComputedStyle(list).paddingLeft,
      };
    });
    await page.close();
    assert.equal(layout.lang, "ar");
    assert.equal(layout.dir, "rtl");
    assert.equal(layout.direction, "rtl");
    assert.equal(layout.marker, '"◂"');
    assert.equal(layout.paddingLeft, "0px");
    assert.notEqual(layout.paddingRight, "0px");
  });
});

describe("media", () => {
  for (const layout of ["full", "compact"]) {
    test(`print, layout=${layout}: every collapsed section prints open, no "On this card" list, links print their address, always light`, async () => {
      const page = await open("gallery.html", { layout: layout === "compact" ? "compact" : undefined });
      const measure = () =>
        page.evaluate(() => {
          const cards = [...document.querySelectorAll("med-card")].map((card) => card.shadowRoot);
          const closed = cards.flatMap((root) => [...root.querySelectorAll("details:not([open])")]);
          const toc = cards.map((root) => root.querySelector(".medcard__toc")).filter(Boolean);
          return {
            closed: closed.length,
            // The content of each closed <details> (everything but its summary): its height.
            unprinted: closed
              .filter((details) =>
                [...details.children]
                  .filter((child) => child.localName !== "summary")
                  .some((child) => !child.checkVisibility() || child.getBoundingClientRect().height === 0),
              )
              .map((details) => details.dataset.section ?? "a warning"),
            toc: toc.length,
            tocShown: toc.filter((list) => list.checkVisibility()).length,
          };
        });
      const screen = await measure();
      await page.emulateMedia({ media: "print" });
      const printed = await measure();
      const details = await page.evaluate(() => {
        const root = document.getElementById("card-dark").shadowRoot;
        const link = root.querySelector("a.medcard__link");
        return {
          after: getComputedStyle(link, "::after").content,
          href: link.getAttribute("href"),
          color: getComputedStyle(root.querySelector(".medcard")).color,
        };
      });
      await page.close();
      // On screen the sections are collapsed (nothing of them shows) and the list shows.
      assert.ok(screen.closed >= (layout === "compact" ? 30 : 8), `only ${screen.closed} closed sections`);
      assert.equal(screen.unprinted.length, screen.closed, "a closed section shows its content on screen");
      assert.equal(screen.tocShown, screen.toc, "the On this card list is hidden on screen");
      if (layout === "full") assert.ok(screen.toc > 0, "the full layout has On this card lists");
      else assert.equal(screen.toc, 0, "the compact layout has no On this card list");
      // Printed: the same sections still closed, every one's content printed, no list.
      assert.equal(printed.closed, screen.closed);
      assert.deepEqual(printed.unprinted, []);
      assert.equal(printed.tocShown, 0, "the On this card list prints");
      assert.equal(details.after, `" (${details.href})"`);
      assert.equal(details.color, "rgb(29, 38, 48)", "a dark-theme card prints dark text");
    });
  }

  test("reduced motion: the toggle marker does not animate", async () => {
    const duration = async (reducedMotion) => {
      const page = await open("gallery.html", { media: { reducedMotion } });
      const value = await page.evaluate(
        () => getComputedStyle(document.getElementById("card-es").shadowRoot.querySelector(".medcard__toggle > .medcard__heading"), "::before").transitionDuration,
      );
      await page.close();
      return value;
    };
    assert.equal(await duration("no-preference"), "0.15s");
    assert.equal(await duration("reduce"), "0s");
  });

  test("forced colours: boxes told apart by background get a border", async () => {
    const page = await open("gallery.html", { media: { forcedColors: "active" } });
    const borders = await page.evaluate(() =>
      [".medcard__disclaimer", ".medcard__callout", ".medcard__warning"].map((selector) => {
        const element = document.getElementById("card-gabapentin").shadowRoot.querySelector(selector);
        return `${selector} ${getComputedStyle(element).borderTopStyle}`;
      }),
    );
    await page.close();
    assert.deepEqual(borders, [".medcard__disclaimer solid", ".medcard__callout solid", ".medcard__warning solid"]);
  });
});

describe("languages in the element", () => {
  test("lang attribute, then the data's language, then the page's, then English", async () => {
    const page = await open("gallery.html");
    const resolved = await page.evaluate(async () => {
      const data = { schemaVersion: 1, medication: { name: "Paracetamol" }, sideEffects: { serious: [{ name: "x" }] } };
      const wrapper = document.createElement("div");
      wrapper.lang = "ar";
      document.body.append(wrapper);
      const make = (attributes, cardData) => {
        const card = document.createElement("med-card");
        for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
        card.data = cardData;
        wrapper.append(card);
        return card;
      };
      const cards = [
        make({ lang: "es" }, { ...data, language: "ar" }),
        make({}, { ...data, language: "es-MX" }),
        make({}, data),
        make({ lang: "fr" }, data),
      ];
      await new Promise((resolve) => setTimeout(resolve, 200));
      return cards.map((card) => {
        const root = card.shadowRoot.querySelector(".medcard");
        return [root.lang, root.dir, card.shadowRoot.querySelector(".medcard__toggle-count").textContent];
      });
    });
    await page.close();
    assert.deepEqual(resolved, [
      ["es", "ltr", " — 1 efecto secundario grave"],
      ["es-MX", "ltr", " — 1 efecto secundario grave"],
      ["ar", "rtl", " — عرض جانبي خطير واحد"],
      ["fr", "ltr", " — 1 serious side effect"],
    ]);
  });

  test("the error panel lists the problems in the card's language, paths left to right", async () => {
    const page = await open("gallery.html");
    const problems = await page.locator("#card-error-ar .medcard__problems li").evaluateAll((items) =>
      items.map((item) => {
        const path = item.querySelector("code");
        return [path.textContent, path.dir, item.textContent.slice(path.textContent.length)];
      }),
    );
    await page.close();
    assert.deepEqual(problems, [
      ["medication.name", "ltr", " الحقل فارغ؛ اكتب فيه نصًا"],
      ["uses[0].condition", "ltr", " حقل مطلوب لكنه غير موجود"],
    ]);
  });

  test("the strings attribute replaces the widget's words", async () => {
    const page = await open("gallery.html");
    const label = await page.locator("#card-strings [data-section=sideEffects] > summary.medcard__toggle").textContent();
    await page.close();
    assert.match(label, /^Unwanted effects — \d+ serious unwanted effects, \d+ common unwanted effects$/);
  });
});
