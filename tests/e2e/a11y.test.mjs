// Accessibility that needs Chromium's DevTools protocol to emulate media and the viewport: axe-core
// with the system in dark mode and with forced colours, theme="auto" following the system, reflow
// at 320 and 640 px (WebDriver windows are at least 500 px wide in Firefox, 447 px in WebKitGTK),
// the height budget on a phone, print, reduced motion and forced colours. axe on every other state, contrast,
// the keyboard, line length and languages are tested in every engine (tests/engines/behaviours/pages.mjs).
// Needs target/site (make site). Run: node --test tests/e2e/a11y.test.mjs

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { GALLERY_CARDS } from "../support/a11y.mjs";
import { AXE_SOURCE, AXE_TAGS, allCardsSettled, axeInPage, everyCardIn, layoutOf, setOnEveryCard } from "../support/page.mjs";
import { siteAndChromium } from "./browser.mjs";

const env = siteAndChromium();

/**
 * A fresh page on `file` with every card rendered; `media` goes to page.emulateMedia; `layout`
 * ("compact") is set on every card of the page before checking (the pages' own cards are full).
 */
async function open(file, { viewport = { width: 1280, height: 900 }, media = {}, layout } = {}) {
  const page = await env.browser.newPage({ viewport });
  await page.emulateMedia(media);
  await page.goto(`${env.site.url}${file}`, { waitUntil: "load" });
  await page.waitForFunction(allCardsSettled, null, { timeout: 20_000 });
  if (layout) {
    await page.evaluate(setOnEveryCard, { layout });
    await page.waitForFunction(everyCardIn, layout);
  }
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
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(axeInPage, { tags: AXE_TAGS, skipRules });
}

// Under forced colours the browser paints every text and background in the reader's system
// colours, so the author's colours do not reach the screen; axe's color-contrast rule still reads
// them (it reported the dark theme's light text against the forced white canvas). Contrast is
// checked in the light and dark cases instead, and from computed styles in every engine.
const FORCED = { skipRules: ["color-contrast"] };

// Each on the gallery with every section expanded: [name, media, theme, axe options, layout].
const AXE_CASES = [
  ["gallery with the system in dark mode and every card on theme=auto", { colorScheme: "dark" }, "auto"],
  ["gallery with forced colours (Windows high contrast)", { forcedColors: "active" }, undefined, FORCED],
  ["compact: gallery with forced colours", { forcedColors: "active" }, undefined, FORCED, "compact"],
];

describe("axe-core reports no WCAG 2.2 A/AA or best-practice violations", () => {
  for (const [name, media, theme, options, layout] of AXE_CASES) {
    test(name, async () => {
      const page = await open("gallery.html", { media, layout });
      if (theme) await page.evaluate(setOnEveryCard, { theme });
      await expandAll(page);
      const violations = await axeViolations(page, options);
      await page.close();
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  }
});

describe("theme", () => {
  test("theme=auto follows the system's dark mode; no attribute follows the light page", async () => {
    const page = await open("gallery.html", { media: { colorScheme: "dark" } });
    const background = () =>
      page.evaluate(() => getComputedStyle(document.getElementById("card-gabapentin").shadowRoot.querySelector(".medcard")).backgroundColor);
    // No attribute: the page declares no color-scheme, so the card stays light on this light page.
    assert.equal(await background(), "rgb(255, 255, 255)");
    await page.evaluate(() => document.getElementById("card-gabapentin").setAttribute("theme", "auto"));
    assert.equal(await background(), "rgb(20, 25, 31)");
    await page.close();
  });
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
});

// The budget is defined on Chromium at a phone's 390 × 844 px (scripts/card-heights.mjs).
test("height budget: compact mirtazapine at 390 px ≤ 3,400 px, key facts in the first 844 px, the emergency callout and the disclaimer outside closed sections; the full layout's key facts in the first 844 px too", async () => {
  for (const layout of ["compact", "full"]) {
    const page = await open(`test/card.html?layout=${layout}`, { viewport: { width: 390, height: 844 } });
    const measured = await page.evaluate(() => {
      const host = document.getElementById("card");
      const keyFacts = host.shadowRoot.querySelector("[part=key-facts]");
      return {
        width: document.documentElement.clientWidth,
        height: Math.round(host.getBoundingClientRect().height),
        keyFactsTop: keyFacts ? Math.round(keyFacts.getBoundingClientRect().top + scrollY) : null,
      };
    });
    const shown = await page.evaluate(layoutOf, "card");
    assert.equal(measured.width, 390);
    assert.ok(measured.keyFactsTop !== null && measured.keyFactsTop < 844, `${layout}: key facts start at ${measured.keyFactsTop} px`);
    if (layout === "compact") {
      assert.ok(measured.height <= 3_400, `the compact card is ${measured.height} px tall`);
      assert.deepEqual([shown.emergency, shown.disclaimer], [true, true], "the emergency callout and the disclaimer show, outside any closed section");
    }
    await page.close();
  }
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
