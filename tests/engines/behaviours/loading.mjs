// Loading: the placeholder, loading="lazy", a wasm that cannot load; server-rendered cards
// adopted in place or replaced.
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { test } from "node:test";

import { assertDisclaimerReadable, ssrSnapshot } from "../../support/page.mjs";
import { summaryOf } from "./shared.mjs";

export function register({ site, browser, run, open, probe, togglesSince, cards, assertClean }) {
  test("before the wasm arrives, an inline card shows its title and the disclaimer in the card's themed frame (dark stays dark), then the card", { timeout: 60_000 }, async () => {
    const release = site.hold(/\.wasm$/);
    let waiting;
    try {
      await open("test/inline.html?theme=dark", { settled: false });
      await browser.waitFor(() => document.getElementById("first").shadowRoot?.querySelector(".medcard--placeholder"), "the placeholder shows");
      [waiting] = await cards();
      assert.equal(waiting.title, "Mirtazapine");
      assertDisclaimerReadable(waiting, "placeholder");
      assert.equal(waiting.frame.background, "rgb(20, 25, 31)", "the card's dark background, not a white box");
    } finally {
      release();
    }
    await browser.waitFor(() => document.getElementById("first").shadowRoot.querySelector("h2.medcard__title"), "the card renders");
    const [ready] = await cards();
    assert.equal(ready.placeholder, false);
    assert.deepEqual(ready.frame, waiting.frame, "nothing changes colour or frame when the card arrives");
    await assertClean("placeholder");
  });

  test('loading="lazy" fetches the wasm only when the card nears the viewport', { timeout: 60_000 }, async () => {
    const from = site.requests.length;
    await open("test/lazy.html", { settled: false });
    await browser.waitFor(() => document.getElementById("lazy").shadowRoot?.querySelector(".medcard--placeholder"), "the placeholder shows");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const wasm = () => site.requests.slice(from).filter((pathname) => pathname.endsWith(".wasm"));
    assert.deepEqual(wasm(), [], "no wasm while the only card is far below the fold");
    assert.equal((await cards())[0].title, "Mirtazapine", "its placeholder shows the title");
    await run(() => document.getElementById("lazy").scrollIntoView());
    await browser.waitFor(() => document.getElementById("lazy").shadowRoot.querySelector("h2.medcard__title"), "the lazy card renders");
    assert.equal(wasm().length, 1);
    await assertClean("lazy");
  });

  test("if the wasm cannot be loaded, the card shows the error panel with the disclaimer (which ::part(disclaimer) rules cannot hide), and medcard-error says so", { timeout: 60_000 }, async () => {
    await open("test/copy.html?copy=no-wasm", { settled: false });
    await browser.waitFor(() => document.getElementById("first").shadowRoot?.querySelector("[role=alert]"), "the error panel");
    const [card] = await cards();
    assert.equal(card.alert, "This medicine information cannot be shown");
    assertDisclaimerReadable(card, "no wasm");
    await browser.waitFor(() => window.__probe.failed.length > 0, "medcard-error");
    assert.match((await probe()).failed[0].problems[0].message, /medcard code could not be loaded/);
    // A host's ::part(disclaimer) rules cannot hide the plain panel's disclaimer either.
    await run(() => new Promise((resolve) => {
      const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/test/hidden-part.css", onload: resolve });
      document.head.append(link);
    }));
    const [hostile] = await cards();
    assertDisclaimerReadable(hostile, "no wasm, under ::part(disclaimer) rules");
    assert.ok(hostile.disclaimer.height > 20, JSON.stringify(hostile.disclaimer));
  });

  // ---- Server-rendered cards: adopted in place, or replaced in one step ----

  // Opens the server-rendered `page` (with `count` cards) holding the widget back until `prepare`
  // has run, then lets it in: the title, disclaimer, text and the page below it must not have
  // moved or changed, nor anything in any frame sampled from then on. Returns the snapshots.
  async function takeOver(page, count, prepare) {
    const release = site.hold(/^\/dist\/medcard\.js$/);
    let before;
    try {
      await open(`${page}?frames`, { settled: false });
      await browser.waitFor((count) => document.getElementById("below") && document.querySelectorAll("med-card").length === count && document.querySelector("med-card").shadowRoot?.querySelector(".medcard__disclaimer"), "the server-rendered cards show", { args: [count] });
      assert.equal(await run(() => customElements.get("med-card")), null, "the widget is still held back");
      await prepare();
      before = await run(ssrSnapshot);
      await run(() => (window.__probe.sampling = true));
    } finally {
      release();
    }
    await browser.waitFor((count) => window.__probe.ready.length === count, "medcard-ready for every card", { args: [count] });
    await run(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    const after = await run(ssrSnapshot);
    for (const key of ["host", "title", "disclaimer", "below", "text", "bodyText"]) assert.deepEqual(after[key], before[key], `${key} changed`);
    const frames = (await probe()).frames;
    assert.ok(frames.length > 0, "frames were sampled");
    const changed = frames.filter((frame) => JSON.stringify(frame) !== JSON.stringify(frames[0]));
    assert.deepEqual(changed, [], `first frame ${JSON.stringify(frames[0])}; ${frames.length} frames`);
    return { before, after };
  }

  test("a server-rendered card is adopted in place: the same nodes stay, with focus, selection, scroll and an opened section; nothing moves or flashes", { timeout: 60_000 }, async () => {
    const { after } = await takeOver("ssr/gabapentin.html", 1, async () => {
      // What a reader did before the widget arrived: opened a section, moved focus to its
      // summary, selected the title, scrolled the page.
      await run(() => {
        const root = document.querySelector("med-card").shadowRoot;
        window.__serverNodes = [...root.querySelectorAll("*")];
        const sources = root.querySelector('details[data-section="sources"]');
        sources.open = true;
        sources.querySelector(":scope > summary").focus();
        const range = document.createRange();
        range.selectNodeContents(root.querySelector(".medcard__title"));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        window.__range = range;
        scrollTo(0, 150);
      });
      await browser.waitFor(() => scrollY === 150, "the page is scrolled");
    });
    assert.deepEqual(after.containers, ["style", "div"], "the server-rendered shadow root, as it was");
    const kept = await run(() => {
      const root = document.querySelector("med-card").shadowRoot;
      const nodes = [...root.querySelectorAll("*")];
      const sources = root.querySelector('details[data-section="sources"]');
      return {
        sameNodes: nodes.length === window.__serverNodes.length && nodes.every((node, i) => node === window.__serverNodes[i]),
        sourcesOpen: sources.open,
        focusOnItsSummary: root.activeElement === sources.querySelector(":scope > summary"),
        selected: window.__range.toString() === root.querySelector(".medcard__title").textContent && !window.__range.collapsed,
        scrollY,
      };
    });
    assert.deepEqual(kept, { sameNodes: true, sourcesOpen: true, focusOnItsSummary: true, selected: true, scrollY: 150 });
    // The adopted card is the widget's: its sections report, and a new option renders it
    // afresh in its own container, with the section still open.
    const from = (await probe()).toggles.length;
    await browser.click(await run(summaryOf, "sideEffects"));
    assert.deepEqual(await togglesSince(from, 1), [{ section: "sideEffects", expanded: true }]);
    await run(() => document.querySelector("med-card").setAttribute("heading-level", "3"));
    await browser.waitFor(() => document.querySelector("med-card").shadowRoot.querySelector("h3.medcard__title"), "the card renders again with an h3 title");
    const rerendered = await run(() => {
      const root = document.querySelector("med-card").shadowRoot;
      return {
        containers: [...root.children].map((child) => child.localName),
        open: ["sources", "sideEffects"].map((name) => root.querySelector(`details[data-section="${name}"]`)?.open ?? "no section"),
      };
    });
    assert.deepEqual(rerendered, { containers: ["div"], open: [true, true] });
    await assertClean("server-rendered card adopted");
  });

  test("server-rendered cards that differ from what this version renders are replaced in one step, without moving or flashing, and the console says so once", { timeout: 60_000 }, async () => {
    const { before, after } = await takeOver("ssr/gabapentin-stale.html", 2, () =>
      run(() => (window.__serverTitle = document.querySelector("med-card").shadowRoot.querySelector(".medcard__title"))),
    );
    assert.deepEqual(before.containers, ["style", "div"], "the server-rendered shadow root");
    assert.deepEqual(after.containers, ["div"], "one shown container, nothing left over");
    const replaced = await run(() =>
      [...document.querySelectorAll("med-card")].map((card) => ({
        older: card.shadowRoot.querySelectorAll("[data-rendered-by]").length,
        titles: card.shadowRoot.querySelectorAll(".medcard__title").length,
        serverTitle: card.shadowRoot.contains(window.__serverTitle),
      })),
    );
    assert.deepEqual(replaced, [{ older: 0, titles: 1, serverTitle: false }, { older: 0, titles: 1, serverTitle: false }]);
    const seen = await probe();
    assert.equal(seen.console.length, 1, seen.console.join("\n"));
    assert.match(seen.console[0], /^console\.info: medcard: a server-rendered card differs from what this version renders/);
    assert.deepEqual([seen.errors, seen.violations, seen.failed], [[], [], []]);
  });
}
