// Layouts and the collapsible sections (issue 21): native <details>, openSection, On this card,
// text fragments; server-rendered compact cards. (The height budget: tests/e2e/a11y.test.mjs.)
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { describeFocus, layoutOf } from "../../support/page.mjs";
import { GABAPENTIN } from "../../support/site.mjs";
import { COMPACT_SECTIONS, sectionsOf, summaryOf } from "./shared.mjs";

// Text fragments (`#:~:text=`, what a search engine's "jump to the text" links and a shared
// highlight use) whose text is only inside a closed <details> of a card: whether each engine
// opens that section (find-in-page and text fragments "auto-expand" details in Chromium).
// Observed with the versions printed at the start of each run, and asserted, so a change in an
// engine shows up as a failure to look at, not as a silent pass.
const TEXT_FRAGMENT_CASES = [
  // The widget's full card (from src, rendered after the page loads): a source's title.
  { where: "widget card, full layout", page: "test/card.html", section: "sources", phrase: "Rissardo JP", acts: { chromium: true, firefox: false, webkit: false } },
  // A server-rendered compact card with no script (declarative shadow DOM): a precaution.
  { where: "server-rendered compact card", page: "ssr/mirtazapine-compact-noscript.html", section: "precautions", phrase: "other ingredients in the tablets", acts: { chromium: true, firefox: true, webkit: false } },
  // The control: text in the same card's footer, outside every closed section, below the fold.
  // Whether the engine acts on a text fragment here at all (scrolls to it).
  { where: "control: footer text, not collapsed", page: "ssr/mirtazapine-compact-noscript.html", section: null, phrase: "Sample content written for the medcard demo", acts: { chromium: true, firefox: true, webkit: false } },
  // The control outside the card: the page's own paragraph below it (light DOM).
  { where: "control: the page's text below the card", page: "ssr/mirtazapine-compact-noscript.html", section: null, phrase: "Below the card.", acts: { chromium: true, firefox: true, webkit: true } },
];
// What was observed (Chromium 156, Firefox ESR 153, WebKitGTK 2.50 MiniBrowser), as `acts` above
// (true: the section opened; for a control: the page scrolled to the text):
// - Chromium opens the closed section, in the widget's card (rendered after the load) and in the
//   server-rendered one, and scrolls to the text.
// - Firefox ESR opens the section in the server-rendered card (its text is there as the page
//   loads) but neither opens nor scrolls to text in a card the widget renders after the load.
// - WebKitGTK finds text fragments in the page's own text (the last control) but not inside a
//   shadow root at all, collapsed or not (the first control): it leaves sections closed.
// Find-in-page (Ctrl+F) itself cannot be driven through WebDriver, so it is not tested here.
const ENGINE_NAMES = { chromium: "Chromium", firefox: "Firefox ESR", webkit: "WebKitGTK" };
const textFragmentTitle = ({ section, acts }) =>
  Object.entries(acts)
    .map(([engine, yes]) => `${ENGINE_NAMES[engine]} ${section ? (yes ? "opens it" : "leaves it closed") : yes ? "scrolls to it" : "does not scroll"}`)
    .join("; ");

export function register({ engineName, site, browser, run, open, probe, togglesSince, assertClean, axeViolations }) {
  describe("layouts, sections as native <details>, openSection and On this card", () => {
    const isOpen = (name) => run((name) => document.querySelector("med-card").shadowRoot.querySelector(`details[data-section="${name}"]`).open, name);
    const waitOpen = (name, open, what) =>
      browser.waitFor((name, open) => document.querySelector("med-card").shadowRoot.querySelector(`details[data-section="${name}"]`)?.open === open, what ?? `${name} is ${open ? "open" : "closed"}`, { timeout: 5_000, args: [name, open] });

    test("layout: the attribute and the property (reflected) switch between the compact and the full card; key facts show in both", { timeout: 60_000 }, async () => {
      // What a reader sees in both layouts without opening anything.
      const shown = { header: true, keyFacts: true, warnings: true, emergency: true, disclaimer: true };
      await open("test/card.html?layout=compact");
      assert.deepEqual(await run(layoutOf, "card"), { property: "compact", attribute: "compact", compact: true, toc: false, ...shown });
      assert.equal(await run(() => document.createElement("med-card").layout), "full", "the property's default");
      await run(() => (document.getElementById("card").layout = "full"));
      await browser.waitFor(() => document.getElementById("card").shadowRoot.querySelector(".medcard__toc"), "the full card (with On this card) renders");
      assert.deepEqual(await run(layoutOf, "card"), { property: "full", attribute: "full", compact: false, toc: true, ...shown });
      const full = await run(sectionsOf, "card");
      assert.deepEqual(Object.keys(full).filter((name) => full[name].collapses).sort(), ["sideEffects", "sources"], "the full layout collapses side effects and sources only");
      await run(() => document.getElementById("card").setAttribute("layout", "compact"));
      await browser.waitFor(() => document.getElementById("card").shadowRoot.querySelector(".medcard__card--compact"), "the compact card renders again");
      assert.equal(await run(() => document.getElementById("card").layout), "compact");
      await assertClean("layout");
    });

    test("the expanded attribute opens side effects, in both layouts, and removing it closes them", { timeout: 60_000 }, async () => {
      for (const layout of ["compact", "full"]) {
        await open(`test/card.html?layout=${layout}`);
        assert.equal(await isOpen("sideEffects"), false, `${layout}: closed at first`);
        await run(() => document.getElementById("card").setAttribute("expanded", ""));
        await waitOpen("sideEffects", true, `${layout}: expanded opens side effects`);
        await run(() => document.getElementById("card").removeAttribute("expanded"));
        await waitOpen("sideEffects", false, `${layout}: removing expanded closes side effects`);
        await assertClean(`expanded, ${layout}`);
      }
    });

    test("compact: every collapsible section starts closed; a non-boxed warning's detail is a closed <details> under its shown title", { timeout: 60_000 }, async () => {
      await open("test/card.html?layout=compact");
      const sections = await run(sectionsOf, "card");
      assert.deepEqual(Object.keys(sections).filter((name) => sections[name].collapses).sort(), COMPACT_SECTIONS);
      for (const name of COMPACT_SECTIONS) assert.deepEqual([sections[name].open, sections[name].shown], [false, false], `${name}: ${JSON.stringify(sections[name])}`);
      assert.equal(sections.warnings.collapses, false, "the warnings section itself never collapses");
      // (What shows without opening anything: the layout test.) Each non-boxed warning's title
      // shows; its detail is a closed <details data-warning>.
      const warnings = await run(() =>
        [...document.getElementById("card").shadowRoot.querySelectorAll(".medcard__warning")].map((li) => {
          const more = li.querySelector(":scope > details[data-warning].medcard__more");
          return { boxed: li.classList.contains("medcard__warning--boxed"), more: Boolean(more), open: more?.open ?? null, title: Boolean(more?.querySelector(":scope > summary .medcard__level")) };
        }),
      );
      assert.ok(warnings.some((w) => w.more), JSON.stringify(warnings));
      for (const w of warnings) assert.deepEqual(w, w.boxed ? { boxed: true, more: false, open: null, title: false } : { boxed: false, more: true, open: false, title: true });
      await assertClean("compact, closed");
    });

    test("compact: dosage opens and closes by mouse click and by keyboard (Enter, then Space, on its summary), focus staying on it, each time with medcard-toggle; a warning's summary opens its detail", { timeout: 60_000 }, async () => {
      await open("test/card.html?layout=compact");
      // The browser fires toggle in a later task and folds a second change into a pending one
      // (HTML's "details toggle task tracker"), so each step waits for its own event.
      let seen = (await probe()).toggles.length;
      const reported = async (expanded) => {
        assert.deepEqual(await togglesSince(seen, 1), [{ section: "dosage", expanded }]);
        seen += 1;
      };
      await browser.click(await run(summaryOf, "dosage"));
      await waitOpen("dosage", true, "dosage opens on a click");
      assert.equal((await run(sectionsOf, "card")).dosage.shown, true, "its panel shows");
      await reported(true);
      await browser.click(await run(summaryOf, "dosage"));
      await waitOpen("dosage", false, "dosage closes on a second click");
      await reported(false);
      const onSummary = "med-card[0] > summary.medcard__toggle";
      await run(() => document.querySelector("med-card").shadowRoot.querySelector('details[data-section="dosage"] > summary').focus());
      assert.equal(await run(describeFocus), onSummary);
      await browser.press("Enter");
      await waitOpen("dosage", true, "dosage opens on Enter");
      assert.equal(await run(describeFocus), onSummary, "focus stays on the summary after Enter");
      await reported(true);
      await browser.press("Space");
      await waitOpen("dosage", false, "dosage closes on Space");
      assert.equal(await run(describeFocus), onSummary, "focus stays on the summary after Space");
      await reported(false);
      // A compact warning: its summary (level and title) opens the detail.
      const warning = await run(() => document.querySelector("med-card").shadowRoot.querySelector("details[data-warning] > summary"));
      const before = (await probe()).toggles.length;
      await browser.click(warning);
      await browser.waitFor(() => {
        const details = document.querySelector("med-card").shadowRoot.querySelector("details[data-warning]");
        const detail = details.querySelector(":scope > p");
        return details.open && detail.checkVisibility() && detail.getBoundingClientRect().height > 0;
      }, "the warning's detail shows", { timeout: 5_000 });
      assert.deepEqual(await togglesSince(before, 1), [{ section: "warnings", expanded: true }]);
      const sections = await run(sectionsOf, "card");
      for (const name of COMPACT_SECTIONS) assert.equal(sections[name].open, false, `${name} stayed closed`);
      await assertClean("compact toggles");
    });

    test("openSection(name) opens a compact card's section, scrolls to it and focuses its summary; an unknown name returns false", { timeout: 60_000 }, async () => {
      await open("test/card.html?layout=compact");
      const from = (await probe()).toggles.length;
      const returned = await run(() => {
        const card = document.getElementById("card");
        return { precautions: card.openSection("precautions"), nope: card.openSection("nope") };
      });
      assert.deepEqual(returned, { precautions: true, nope: false });
      await browser.waitFor(() => {
        const root = document.getElementById("card").shadowRoot;
        const details = root.querySelector('details[data-section="precautions"]');
        return details.open && root.activeElement === details.querySelector(":scope > summary");
      }, "precautions is open and shadowRoot.activeElement is its summary", { timeout: 5_000 });
      assert.equal(await run(describeFocus), "med-card[0] > summary.medcard__toggle");
      await browser.waitFor(() => ((box) => box.bottom > 0 && box.top < innerHeight && box.height > 0)(document.getElementById("card").shadowRoot.querySelector('details[data-section="precautions"] > summary').getBoundingClientRect()), "the summary is scrolled into view", { timeout: 5_000 });
      assert.deepEqual(await togglesSince(from, 1), [{ section: "precautions", expanded: true }]);
      const sections = await run(sectionsOf, "card");
      for (const name of COMPACT_SECTIONS) assert.equal(sections[name].open, name === "precautions", name);
      await assertClean("openSection");
    });

    test('full layout: an "On this card" link moves focus to a plain section\'s heading (dosage), and opens and focuses a collapsed one (sources)', { timeout: 60_000 }, async () => {
      await open("test/card.html");
      const links = await run(() => [...document.getElementById("card").shadowRoot.querySelectorAll("div.medcard__toc a.medcard__toc-link")].map((a) => ({ jump: a.dataset.jump, href: a.getAttribute("href") })));
      assert.ok(links.some((l) => l.jump === "dosage") && links.some((l) => l.jump === "sources"), JSON.stringify(links));
      for (const { href } of links) assert.match(href, /^#./);
      const link = (name) => run((name) => document.getElementById("card").shadowRoot.querySelector(`a.medcard__toc-link[data-jump="${name}"]`), name);
      await browser.click(await link("dosage"));
      await browser.waitFor(() => {
        const active = document.getElementById("card").shadowRoot.activeElement;
        return active?.matches(".medcard__heading") && active.closest("[data-section]")?.dataset.section === "dosage";
      }, "focus is on the dosage heading", { timeout: 5_000 });
      const heading = await run(() => {
        const active = document.getElementById("card").shadowRoot.activeElement;
        return { tag: active.localName, tabindex: active.getAttribute("tabindex"), section: active.closest("[data-section]").localName };
      });
      assert.deepEqual(heading, { tag: "h3", tabindex: "-1", section: "section" });
      await browser.waitFor(() => ((box) => box.bottom > 0 && box.top < innerHeight && box.height > 0)(document.getElementById("card").shadowRoot.activeElement.getBoundingClientRect()), "the dosage heading is in view", { timeout: 5_000 });
      const from = (await probe()).toggles.length;
      assert.equal(await isOpen("sources"), false);
      await browser.click(await link("sources"));
      await browser.waitFor(() => {
        const root = document.getElementById("card").shadowRoot;
        const details = root.querySelector('details[data-section="sources"]');
        return details.open && root.activeElement === details.querySelector(":scope > summary");
      }, "sources is open and its summary has focus", { timeout: 5_000 });
      await browser.waitFor(() => ((box) => box.bottom > 0 && box.top < innerHeight && box.height > 0)(document.getElementById("card").shadowRoot.activeElement.getBoundingClientRect()), "the sources summary is in view", { timeout: 5_000 });
      assert.deepEqual(await togglesSince(from, 1), [{ section: "sources", expanded: true }]);
      await assertClean("On this card");
    });

    test("open sections survive a re-render of the same card (lang changed to es); new data starts closed", { timeout: 60_000 }, async () => {
      await open("test/card.html?layout=compact");
      await browser.click(await run(summaryOf, "dosage"));
      await waitOpen("dosage", true);
      const english = (await run(sectionsOf, "card")).dosage.heading;
      await run(() => document.getElementById("card").setAttribute("lang", "es"));
      await browser.waitFor((english) => {
        const heading = document.getElementById("card").shadowRoot.querySelector('[data-section="dosage"] .medcard__heading');
        return heading && heading.textContent.replace(/\s+/g, " ").trim() !== english;
      }, "the headings are in Spanish", { args: [english] });
      const spanish = await run(sectionsOf, "card");
      assert.equal(await run(() => document.getElementById("card").shadowRoot.querySelector(".medcard").lang), "es");
      assert.deepEqual([spanish.dosage.open, spanish.dosage.shown], [true, true], `dosage is still open: ${JSON.stringify(spanish.dosage)} (was "${english}")`);
      for (const name of COMPACT_SECTIONS) if (name !== "dosage") assert.equal(spanish[name].open, false, name);
      await run((json) => (document.getElementById("card").data = json), GABAPENTIN);
      await browser.waitFor(() => document.getElementById("card").shadowRoot.querySelector(".medcard__title")?.textContent.trim() === "Gabapentin", "the new card renders");
      const fresh = await run(sectionsOf, "card");
      assert.ok(fresh.dosage?.collapses, JSON.stringify(fresh));
      for (const [name, section] of Object.entries(fresh)) if (section.collapses) assert.equal(section.open, false, `${name} starts closed in the new card`);
      await assertClean("re-render");
    });

    // Text fragments aimed at text only inside a closed <details> (TEXT_FRAGMENT_CASES, at the top).
    for (const fragment of TEXT_FRAGMENT_CASES) {
      const { where, page, section, phrase } = fragment;
      const expected = fragment.acts[engineName];
      const title = section ? `text fragment into a closed ${section} section (${where})` : `text fragment (${where})`;
      test(`${title}: ${textFragmentTitle(fragment)}`, { timeout: 60_000 }, async (t) => {
        await open("test/page.html", { settled: false });
        await run(() => (window.__leaving = true));
        // (Not goto: location.href never shows the :~: directive, so goto could not tell it arrived.)
        const url = `${site.url}${page}#:~:text=${encodeURIComponent(phrase)}`;
        await browser.send("POST", "/url", { url });
        await browser.waitFor((pathname) => !window.__leaving && location.pathname === pathname && document.readyState === "complete", "the page has loaded", { args: [new URL(url).pathname] });
        await browser.waitFor(() => document.querySelector("med-card")?.shadowRoot?.querySelector(".medcard__disclaimer") && !document.querySelector("med-card").shadowRoot.querySelector(".medcard--placeholder"), "the card shows");
        // Where the phrase is: in that section only (the control: in no closed <details>).
        const found = await run((phrase) => {
          const root = document.querySelector("med-card").shadowRoot;
          return {
            sections: [...root.querySelectorAll("[data-section]")].filter((s) => s.textContent.includes(phrase)).map((s) => s.dataset.section),
            inClosed: [...root.querySelectorAll("details:not([open])")].some((d) => d.textContent.includes(phrase)),
            inCard: root.textContent.includes(phrase) || document.body.textContent.includes(phrase),
            scrollY: Math.round(scrollY),
          };
        }, phrase);
        if (section) assert.deepEqual(found.sections, [section]);
        else assert.deepEqual([found.inCard, found.inClosed], [true, false]);
        // Give the browser time to act on the fragment (it may search again as the page changes).
        const outcome = section
          ? await browser.waitFor((section) => document.querySelector("med-card").shadowRoot.querySelector(`details[data-section="${section}"]`).open, `${section} opens`, { timeout: 4_000, args: [section] }).catch(() => false)
          : await browser.waitFor(() => scrollY > 0, "the page scrolls", { timeout: 4_000 }).catch(() => false);
        const scrolled = await run(() => Math.round(scrollY));
        const what = section ? `${outcome ? "opened" : "left closed"} ${section}` : outcome ? "scrolled to it" : "did not scroll";
        t.diagnostic(`${browser.engine.name}: ${where}, "${phrase}": ${what}; scrollY ${scrolled}`);
        assert.equal(Boolean(outcome), expected, `${browser.engine.name} ${what}`);
      });
    }
  });

  // ---- Server-rendered compact cards ----

  test("a server-rendered compact card opens its sections with no script (native <details>)", { timeout: 60_000 }, async () => {
    await open("ssr/mirtazapine-compact-noscript.html", { settled: false });
    await browser.waitFor(() => document.readyState === "complete" && document.querySelector("med-card")?.shadowRoot?.querySelector(".medcard__disclaimer"), "the server-rendered card shows");
    assert.deepEqual(await run(() => ({ defined: customElements.get("med-card") ?? null, scripts: [...document.scripts].filter((s) => s.src && !s.src.includes("/__engines/")).length })), { defined: null, scripts: 0 }, "no widget on the page");
    const before = await run(sectionsOf, null);
    assert.deepEqual(Object.keys(before).filter((name) => before[name].collapses).sort(), COMPACT_SECTIONS);
    for (const [name, section] of Object.entries(before)) if (section.collapses) assert.equal(section.open, false, `${name} closed`);
    assert.deepEqual(await axeViolations("med-card"), [], "the server-rendered compact card under axe");
    await browser.click(await run(summaryOf, "dosage"));
    await browser.waitFor(() => document.querySelector("med-card").shadowRoot.querySelector('details[data-section="dosage"]').open, "dosage opens", { timeout: 5_000 });
    assert.equal((await run(sectionsOf, null)).dosage.shown, true);
    await browser.click(await run(() => document.querySelector("med-card").shadowRoot.querySelector("details[data-warning] > summary")));
    await browser.waitFor(() => document.querySelector("med-card").shadowRoot.querySelector("details[data-warning]").open, "a warning's detail opens", { timeout: 5_000 });
    assert.deepEqual((await probe()).toggles, [], "no medcard-toggle without the widget");
    assert.deepEqual(await axeViolations("med-card"), [], "the server-rendered compact card, sections opened");
    await assertClean("server-rendered compact card, no script");
  });

  test("sections opened in a server-rendered compact card while the wasm is still on its way stay open when the widget adopts the card", { timeout: 60_000 }, async () => {
    const release = site.hold(/\.wasm$/);
    try {
      await open("ssr/mirtazapine-compact.html", { settled: false });
      await browser.waitFor(() => document.getElementById("below") && document.querySelector("med-card")?.shadowRoot?.querySelector(".medcard__disclaimer"), "the server-rendered card shows");
      // The element is defined (the script ran); only the wasm is held, so the card is the server's.
      await browser.waitFor(() => customElements.get("med-card"), "med-card is defined");
      for (const name of ["dosage", "sources"]) {
        await browser.click(await run(summaryOf, name));
        await browser.waitFor((name) => document.querySelector("med-card").shadowRoot.querySelector(`details[data-section="${name}"]`).open, `${name} opens in the server card`, { timeout: 5_000, args: [name] });
      }
      assert.deepEqual((await probe()).ready, [], "the widget has not taken over yet");
    } finally {
      release();
    }
    await browser.waitFor(() => window.__probe.ready.length > 0, "medcard-ready");
    await run(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    const after = await run(sectionsOf, null);
    for (const name of COMPACT_SECTIONS) {
      const shouldBeOpen = name === "dosage" || name === "sources";
      assert.deepEqual([after[name]?.open, after[name]?.shown], [shouldBeOpen, shouldBeOpen], `${name} after the takeover: ${JSON.stringify(after[name])}`);
    }
    assert.equal(await run(() => document.querySelector("med-card").shadowRoot.querySelector(".medcard__card--compact") !== null), true, "still the compact layout");
    await assertClean("server-rendered compact takeover");
  });
}
