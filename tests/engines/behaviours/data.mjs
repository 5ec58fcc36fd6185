// Data sources, events and errors: inline, src and data; bad and hostile data; src failures; races;
// a panic; attributes; several cards; custom properties; the static parts; strings; host CSS; the CSP.
// Registered by runBehaviours (tests/engines/behaviours.mjs), with its harness.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

import { addCards, assertDisclaimerReadable } from "../../support/page.mjs";
import { GABAPENTIN, MIRTAZAPINE, repo } from "../../support/site.mjs";
import { sleep, summaryOf } from "./shared.mjs";

export function register({ site, browser, run, open, openEmpty, probe, cards, assertClean }) {
  test("data sources: inline JSON, src, the data property (object, string, and set before the upgrade), and none", { timeout: 60_000 }, async () => {
    await open("test/sources.html");
    const seen = Object.fromEntries((await cards()).map((card) => [card.id, card]));
    assert.equal(seen["by-inline"].title, "Mirtazapine");
    assert.equal(seen["by-src"].title, "Gabapentin");
    assert.match(seen["by-none"].alert ?? "", /cannot be shown/i);
    const events = await probe();
    assert.deepEqual(events.ready.map((detail) => detail.name).sort(), ["Gabapentin", "Mirtazapine"]);
    assert.equal(events.failed.length, 1);
    assert.equal(events.failed[0].problems[0].path, "");
    assert.match(events.failed[0].problems[0].message, /no card data was given/);
    // One constructed stylesheet, shared, and it applies.
    assert.deepEqual(await run(() => {
      const root = document.getElementById("by-inline").shadowRoot;
      return [root.adoptedStyleSheets.length, getComputedStyle(root.querySelector(".medcard__title")).marginTop];
    }), [1, "0px"]);
    // A new src fetches again and re-renders.
    await run(() => document.getElementById("by-src").setAttribute("src", "/src/card.json"));
    await browser.waitFor(() => document.getElementById("by-src").shadowRoot.querySelector(".medcard__title")?.textContent.trim() === "Mirtazapine", "the new src renders");
    const byData = await run(addCards, [
      { data: JSON.parse(MIRTAZAPINE) },
      { data: GABAPENTIN },
      // data wins over src (and over inline JSON, below).
      { data: { schemaVersion: 1, medication: { name: "Paracetamol" } }, src: "/src/card.json" },
    ]);
    assert.deepEqual(byData.map((result) => result.ready), ["Mirtazapine", "Gabapentin", "Paracetamol"]);
    const overInline = await run((json) => new Promise((resolve) => {
      const element = document.createElement("med-card");
      const script = document.createElement("script");
      script.type = "application/json";
      script.append(json); // a text node: what the parser makes (no Trusted Types sink)
      element.append(script);
      element.addEventListener("medcard-ready", (event) => resolve([event.detail.name, event.bubbles, event.composed]), { once: true });
      element.data = { schemaVersion: 1, medication: { name: "By data" } };
      document.getElementById("cards").append(element);
    }), GABAPENTIN);
    assert.deepEqual(overInline, ["By data", true, true], "data wins over inline JSON; medcard-ready bubbles and is composed");
    // `data` set on an element before <med-card> is defined is taken over at the upgrade.
    const release = site.hold(/^\/dist\/medcard\.js$/);
    try {
      await open("test/page.html", { settled: false });
      await run(() => {
        const element = document.createElement("med-card");
        element.id = "early";
        element.data = { schemaVersion: 1, medication: { name: "Set early" } };
        document.getElementById("cards").append(element);
      });
      assert.equal(await run(() => customElements.get("med-card")), null, "the widget is still held back");
    } finally {
      release();
    }
    await browser.waitFor(() => document.getElementById("early").shadowRoot?.querySelector("h2.medcard__title"), "the early card renders");
    assert.equal((await cards())[0].title, "Set early");
    // The value went through the element's setter: it reads back, and no own property shadows the accessor.
    assert.deepEqual(await run(() => [document.getElementById("early").data?.medication?.name, Object.hasOwn(document.getElementById("early"), "data")]), ["Set early", false]);
    // (Setting data on a rendered card re-renders it: sections.mjs, "open sections survive a re-render".)
    await assertClean("data sources", { allowErrorEvents: true });
  });

  test("bad data: every invalid fixture fires medcard-error with paths and shows the error panel with the disclaimer", { timeout: 60_000 }, async () => {
    const dir = path.join(repo, "tests/fixtures/invalid");
    const names = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
    await openEmpty();
    const results = await run(addCards, names.map((name) => ({ data: readFileSync(path.join(dir, name), "utf8") })));
    const seen = await cards();
    names.forEach((name, index) => {
      const problems = results[index].problems;
      assert.ok(problems?.length > 0, `${name}: expected medcard-error, got ${JSON.stringify(results[index])}`);
      for (const problem of problems) assert.equal(typeof problem.path, "string");
      assert.ok(seen[index].alert, `${name}: the error panel (${JSON.stringify(seen[index])})`);
      assert.equal(seen[index].title, null, `${name}: no half card`);
      assert.equal(seen[index].markupFromData, 0);
      assertDisclaimerReadable(seen[index], name);
    });
    await assertClean("bad data", { allowErrorEvents: true });
  });

  test("src failures are specific, plain messages in the panel and in medcard-error", { timeout: 60_000 }, async (t) => {
    const cases = [
      { src: "/src/connection-reset.json", message: /request for http:\/\/.*connection-reset\.json failed/ },
      { src: "/src/missing.json", message: /answered 404 \(not found\)/ },
      { src: "/src/broken.json", message: /answered 500 \(server error\)/ },
      { src: "/src/redirect.json", message: /redirected to another site \(http:\/\/127\.0\.0\.1:\d+\/src\/card\.json\)/ },
      { src: "/src/html-page.json", message: /sent text\/html; charset=utf-8, not card data in JSON/ },
      { src: "/src/image.json", message: /sent image\/png, not card data in JSON/ },
      { src: "/src/never-ends.json", timeout: 700, message: /did not answer within 1 second$/ },
      { src: "/src/declared-huge.json", message: /sent more than the limit of 262144 bytes/ },
      { src: "/src/endless.json", message: /sent more than the limit of 262144 bytes/ },
    ];
    await openEmpty();
    const results = await run(addCards, cases.map(({ src, timeout }) => ({ src, timeout })));
    const seen = await cards();
    cases.forEach(({ src, message }, index) => {
      const problems = results[index].problems;
      assert.ok(problems, `${src}: expected medcard-error, got ${JSON.stringify(results[index])}`);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, message, src);
      assert.ok(seen[index].alert?.toLowerCase().includes(problems[0].message.toLowerCase()), `${src}: panel says ${seen[index].alert}`);
      assertDisclaimerReadable(seen[index], src);
    });
    assert.ok(results[6].millis < 3_000, `the timeout attribute applies (${results[6].millis} ms)`);
    // The endless body was dropped at the limit: the browser cancelled the request long before
    // the server's 64 MiB (paced at about 50 MiB/s, tests/support/site.mjs). How far it reads
    // ahead differs: WebKit's network process reads the socket apart from the page.
    await new Promise((resolve) => setTimeout(resolve, 300));
    t.diagnostic(`the endless answer was cut off after ${(site.state.endlessBytes / 1048576).toFixed(1)} MiB`);
    assert.ok(site.state.endlessBytes < 32 * 1024 * 1024, `the reader kept reading: ${site.state.endlessBytes} bytes sent`);
    const [plain] = await run(addCards, [{ src: "/src/plain-text.json" }]);
    assert.equal(plain.ready, "Gabapentin");
    // Console messages the browser itself prints for failed fetches are not page errors; the
    // probe sees what the page's scripts report. (/src/ answers are not failed requests.)
    await assertClean("src failures", { allowErrorEvents: true });
  });

  test("host CSS cannot hide the disclaimer or make it unreadable", { timeout: 60_000 }, async () => {
    await openEmpty("test/hostile.html");
    await run(addCards, [{ data: MIRTAZAPINE }, { data: "{ not json" }]);
    const [card, failed] = await cards();
    assertDisclaimerReadable(card, "card under hostile CSS");
    assertDisclaimerReadable(failed, "error panel under hostile CSS");
    assert.equal(card.disclaimer.textTransform, "none");
    await assertClean("hostile CSS", { allowErrorEvents: true });
  });

  test("hostile data: every fixture in tests/fixtures/hostile and generated extremes end in a card or an error panel, each with the disclaimer, quickly", { timeout: 120_000 }, async () => {
    const dir = path.join(repo, "tests/fixtures/hostile");
    const nameCard = (text) => `{"schemaVersion":1,"medication":{"name":"${text}"}}`;
    const cases = [
      ...readdirSync(dir).filter((name) => name.endsWith(".json")).sort().map((name) => ({ name, card: name.startsWith("card-"), data: readFileSync(path.join(dir, name), "utf8") })),
      { name: "generated: 1 000 levels of nesting", data: `{"schemaVersion":1,"medication":{"name":"x"},"x":${"[".repeat(1000)}${"]".repeat(1000)}}` },
      { name: "generated: 6 000-character name", data: nameCard("a".repeat(6000)) },
      { name: "generated: 101 side effects", data: `{"schemaVersion":1,"medication":{"name":"x"},"sideEffects":{"common":[${Array(101).fill('{"name":"Drowsiness"}').join(",")}]}}` },
      { name: "generated: 5 MB document", generated: 5 * 1024 * 1024 }, // (made in the page)
    ];
    await openEmpty();
    const results = await run(
      `(cards) => (${addCards})(cards.map(({ data, generated }) => ({ data: data ?? '{"schemaVersion":1,"medication":{"name":"' + "a".repeat(generated) + '"}}' })))`,
      cases.map(({ data, generated }) => ({ data, generated })),
    );
    const seen = await cards();
    cases.forEach(({ name, card = false }, index) => {
      assert.equal(Boolean(results[index].ready), card, `${name}: ${JSON.stringify(results[index]).slice(0, 300)}`);
      assert.ok(results[index].millis < 5_000, `${name}: took ${results[index].millis} ms`);
      assert.ok(card ? seen[index].title : seen[index].alert, `${name}: ${JSON.stringify(seen[index]).slice(0, 300)}`);
      assert.equal(seen[index].markupFromData, 0, `${name}: markup from the data was rendered`);
      assertDisclaimerReadable(seen[index], name);
    });
    assert.equal(await run(() => document.title), "medcard engines", "the page's title was changed");
    await assertClean("hostile data", { allowErrorEvents: true });
  });

  test("hostile JavaScript values given as data (a cycle, a BigInt, 100 000 levels, a function) are clear errors", { timeout: 60_000 }, async () => {
    await openEmpty();
    const messages = await run(async () => {
      const cyclic = { schemaVersion: 1, medication: { name: "Cycle" } };
      cyclic.self = cyclic;
      let deep = {};
      for (let i = 0; i < 100_000; i++) deep = { deep };
      const messages = [];
      for (const value of [cyclic, { schemaVersion: 1, medication: { name: "Big" }, n: 10n }, deep, () => 1]) {
        const element = document.createElement("med-card");
        const settled = new Promise((resolve) => element.addEventListener("medcard-error", (e) => resolve(e.detail.problems[0].message), { once: true }));
        element.data = value;
        document.getElementById("cards").append(element);
        messages.push(await settled);
      }
      return messages;
    });
    assert.match(messages[0], /could not be read.*(circular|cyclic)/i);
    assert.match(messages[1], /could not be read.*BigInt/i);
    assert.match(messages[2], /could not be read|nested too deeply|over the limit/i);
    assert.match(messages[3], /could not be read: it is not a JSON value/);
    for (const card of await cards()) assertDisclaimerReadable(card, card.alert);
    await assertClean("hostile values", { allowErrorEvents: true });
  });

  test("an older response never wins: src and data changed while a fetch is in flight", { timeout: 60_000 }, async () => {
    await openEmpty();
    await run(() => {
      const [bySrc, byData] = [document.createElement("med-card"), document.createElement("med-card")];
      for (const card of [bySrc, byData]) card.setAttribute("src", "/src/slow-card.json"); // Gabapentin, after 1.5 s
      document.getElementById("cards").append(bySrc, byData);
      setTimeout(() => {
        bySrc.setAttribute("src", "/src/card.json"); // Mirtazapine, at once
        byData.data = { schemaVersion: 1, medication: { name: "Paracetamol" } };
      }, 200);
    });
    await sleep(2_500); // the slow answers have arrived
    assert.deepEqual((await cards()).map((card) => card.title), ["Mirtazapine", "Paracetamol"]);
    await assertClean("races");
  });

  test("a panic turns only that card into the error panel; the other cards keep working", { timeout: 60_000 }, async () => {
    await openEmpty("test/probe.html");
    const results = await run(addCards, [{ data: MIRTAZAPINE }, { data: GABAPENTIN }]);
    assert.deepEqual(results.map((r) => r.ready), ["Mirtazapine", "Gabapentin"]);
    // The probe card panics inside Yew's (asynchronous) render.
    const [panicked] = await run(addCards, [{ data: { schemaVersion: 1, medication: { name: "medcard panic probe" } } }]);
    assert.match(panicked.problems?.[0]?.message ?? "", /panic probe/, JSON.stringify(panicked));
    await browser.waitFor(() => [...document.querySelectorAll("med-card")].slice(0, 2).every((c) => c.shadowRoot.querySelector(".medcard__title")), "the other cards are back");
    const seen = await cards();
    assert.deepEqual(seen.map((card) => card.title), ["Mirtazapine", "Gabapentin", null]);
    assert.ok(seen[2].alert, "the probe card shows the error panel");
    for (const card of seen) assertDisclaimerReadable(card, card.title ?? "the probe card");
    // The survivors still work: a section opens, new data renders, and new cards can be added.
    await browser.click(await run(summaryOf, "sideEffects"));
    await run(() => (document.querySelectorAll("med-card")[1].data = { schemaVersion: 1, medication: { name: "Paracetamol" } }));
    await browser.waitFor(() => document.querySelector("med-card").shadowRoot.querySelector('details[data-section="sideEffects"]').open, "a survivor's section opens");
    await browser.waitFor(() => document.querySelectorAll("med-card")[1].shadowRoot.querySelector(".medcard__title")?.textContent.trim() === "Paracetamol", "a survivor renders new data");
    assert.equal((await run(addCards, [{ data: GABAPENTIN }]))[0].ready, "Gabapentin");
    // (The browser reports the trap itself once, as an uncaught error.)
    assert.deepEqual((await probe()).violations, []);
  });

  // (`lang` applied: pages.mjs, "language…"; re-applied: sections.mjs, "open sections survive a re-render…".)
  test("heading-level sets the title's and the sections' levels (out of range: the default, 2), and re-applies when changed", { timeout: 60_000 }, async () => {
    await openEmpty();
    await run(addCards, [{ data: GABAPENTIN, attributes: { "heading-level": "4" } }]);
    const levels = () => run(() => {
      const root = document.querySelector("med-card").shadowRoot;
      return [root.querySelector(".medcard__title").localName, root.querySelector(".medcard__heading").localName];
    });
    assert.deepEqual(await levels(), ["h4", "h5"]);
    for (const [level, title, heading] of [["3", "h3", "h4"], ["9", "h2", "h3"]]) {
      await run((level) => document.querySelector("med-card").setAttribute("heading-level", level), level);
      await browser.waitFor((title) => document.querySelector("med-card").shadowRoot.querySelector(`${title}.medcard__title`), `heading-level=${level}`, { args: [title] });
      assert.deepEqual(await levels(), [title, heading]);
    }
    await assertClean("heading-level");
  });

  test("cards on a page are independent; a moved card keeps its state; a removed card's app goes to the next new card", { timeout: 60_000 }, async () => {
    await openEmpty();
    await run(addCards, [{ data: MIRTAZAPINE }, { data: MIRTAZAPINE }]);
    const state = () => run(() => [...document.querySelectorAll("med-card")].map((card) => {
      const details = card.shadowRoot.querySelector('details[data-section="sideEffects"]');
      return { title: card.shadowRoot.querySelector(".medcard__title")?.textContent.trim() ?? null, open: details?.open ?? null };
    }));
    // (Each card's ids live in its own shadow root, the same as `medcard render` writes them.)
    await browser.click(await run(summaryOf, "sideEffects"));
    await browser.waitFor(() => document.querySelector("med-card").shadowRoot.querySelector('details[data-section="sideEffects"]').open, "the first card's side effects open");
    assert.deepEqual((await state()).map((card) => card.open), [true, false]);
    // Moved: removed and inserted again in one task.
    await run(() => document.body.append(document.querySelector("med-card")));
    await sleep(300);
    assert.deepEqual((await state()).map(({ title, open }) => [title, open]), [["Mirtazapine", false], ["Mirtazapine", true]]);
    // Removed: its card leaves it; a change to it does nothing; the next new card gets that app.
    await run(() => {
      window.__removed = document.body.lastElementChild;
      window.__container = window.__removed.shadowRoot.firstElementChild;
      window.__removed.remove();
    });
    await browser.waitFor(() => !window.__removed.shadowRoot.querySelector(".medcard"), "the card leaves the removed element");
    await run(() => window.__removed.setAttribute("heading-level", "3"));
    await sleep(200);
    assert.equal(await run(() => window.__removed.shadowRoot.querySelector(".medcard")), null);
    await run(addCards, [{ data: GABAPENTIN }]);
    assert.equal(await run(() => document.getElementById("cards").lastElementChild.shadowRoot.firstElementChild === window.__container), true, "the released app was reused");
    await assertClean("independent, moved, removed");
  });

  test("--medcard-* custom properties set on an ancestor reach the card", { timeout: 60_000 }, async () => {
    await openEmpty();
    // (A style set from script is CSSOM, which the strict CSP allows.)
    await run(() => document.getElementById("cards").style.setProperty("--medcard-accent", "rgb(1, 2, 3)"));
    await run(addCards, [{ data: GABAPENTIN }]);
    assert.equal(await run(() => getComputedStyle(document.querySelector("med-card").shadowRoot.querySelector('[data-section="sideEffects"] > summary')).color), "rgb(1, 2, 3)");
    await assertClean("custom properties");
  });

  test("the card's static parts: any text comes out exactly as written, never as markup; they stay the same nodes (focus kept) when expanded changes; a new card replaces them; a section new data adds renders in its place", { timeout: 60_000 }, async () => {
    const every = JSON.parse(readFileSync(path.join(repo, "tests/fixtures/valid/every-field.json"), "utf8"));
    // Text a length-prefixed format could get wrong: characters outside the BMP, digits and colons
    // like the format's own, markup, a tab and an isolate mark.
    const TRICKY = "Zé 😀🧪 12:34 3:abc <b>bold</b> & \u2067isolate\u2069\tE5:x 𝄞:";
    const { sideEffects, ...without } = every;
    assert.ok(sideEffects, "the fixture has side effects");
    await openEmpty();
    await run(addCards, [{ data: { ...every, medication: { ...every.medication, name: TRICKY }, summary: TRICKY + TRICKY } }, { data: every }, { data: without }]);
    const tricky = await run(() => {
      const root = document.querySelector("med-card").shadowRoot;
      const text = (selector) => root.querySelector(selector)?.textContent.trim() ?? null;
      return [text(".medcard__title"), text(".medcard__summary"), root.querySelectorAll("b").length, [".medcard__section--sources", ".medcard__footer", ".medcard__disclaimer"].every((s) => root.querySelector(s))];
    });
    assert.deepEqual(tricky, [TRICKY.trim(), (TRICKY + TRICKY).trim(), 0, true]);
    // expanded changes: the header stays the same node, and a focused link keeps focus.
    const kept = await run(() => new Promise((resolve) => {
      const card = document.querySelectorAll("med-card")[1];
      const root = card.shadowRoot;
      const header = root.querySelector(".medcard__header");
      const link = root.querySelector(".medcard__section--related a");
      link.focus();
      card.setAttribute("expanded", "");
      const check = () => root.querySelector('details[data-section="sideEffects"]').open
        ? resolve([root.querySelector(".medcard__header") === header, root.activeElement === link])
        : setTimeout(check, 50);
      check();
    }));
    assert.deepEqual(kept, [true, true], "[the header is the same node, focus stayed on the link]");
    // New data: one header and one footer; side effects added render between dosage and precautions.
    await run((json) => {
      const cards = document.querySelectorAll("med-card");
      cards[1].data = json.replace('"Example medicine"', '"Another medicine"');
      cards[2].data = json;
    }, JSON.stringify(every));
    await browser.waitFor(() => {
      const [, renamed, grown] = [...document.querySelectorAll("med-card")].map((card) => card.shadowRoot);
      return renamed.querySelector(".medcard__title").textContent.trim() === "Another medicine" && grown.querySelector('details[data-section="sideEffects"]');
    }, "the new data renders");
    const after = await run(() => {
      const [, renamed, grown] = [...document.querySelectorAll("med-card")].map((card) => card.shadowRoot);
      return {
        parts: [renamed.querySelectorAll(".medcard__header").length, renamed.querySelectorAll(".medcard__footer").length],
        order: [...grown.querySelectorAll(".medcard__section")].map((node) => node.className.match(/medcard__section--([a-z-]+)/)?.[1]).filter((name) => ["dosage", "side-effects", "precautions"].includes(name)),
      };
    });
    assert.deepEqual(after, { parts: [1, 1], order: ["dosage", "side-effects", "precautions"] });
    await assertClean("static parts");
  });

  test("200 distinct strings on one page each apply, and a new value on a customised card applies too", { timeout: 120_000 }, async () => {
    await openEmpty();
    const CARDS = 200; // more distinct `strings` than the 64 an earlier cache kept
    await run((count, data) => {
      for (let n = 0; n < count; n++) {
        const card = document.createElement("med-card");
        card.setAttribute("strings", JSON.stringify({ uses: `Uses ${n}`, side_effects: `Effects ${n}` }));
        card.data = data;
        document.getElementById("cards").append(card);
      }
    }, CARDS, GABAPENTIN);
    await browser.waitFor((count) => window.__probe.ready.length === count, `${CARDS} cards render`, { args: [CARDS], timeout: 60_000 });
    const wrong = await run(() => [...document.querySelectorAll("med-card")].flatMap((card, n) => {
      const text = (selector) => card.shadowRoot.querySelector(selector)?.textContent.trim();
      // The uses heading is in the static parts; the side effects' label is Yew's.
      return text(".medcard__section--uses .medcard__heading") === `Uses ${n}` && text(".medcard__toggle-label") === `Effects ${n}` ? [] : [n];
    }));
    assert.deepEqual(wrong, []);
    await run(() => document.querySelector("med-card").setAttribute("strings", '{"uses": "Uses again"}'));
    await browser.waitFor(() => document.querySelector("med-card").shadowRoot.querySelector(".medcard__section--uses .medcard__heading").textContent.trim() === "Uses again", "the new strings apply");
    await assertClean("200 strings");
  });

  test("the strict CSP is in force (with Trusted Types where the engine has them) and the widget needs no exception", async (t) => {
    await open("test/inline.html");
    // The policy really applies here: inline script and style are refused.
    const enforced = await run(() => {
      const before = window.__probe.violations.length;
      const style = document.createElement("style");
      style.textContent = "body { outline: 3px solid red }";
      document.head.append(style);
      const refusedStyle = getComputedStyle(document.body).outlineStyle !== "solid";
      style.remove();
      let trustedTypes = "absent";
      if (window.trustedTypes) {
        try {
          const script = document.createElement("script");
          script.textContent = "window.__ran = true";
          trustedTypes = "not enforced";
        } catch (error) {
          trustedTypes = error?.name === "TypeError" ? "enforced" : `threw ${error}`;
        }
      }
      return { refusedStyle, trustedTypes, violations: window.__probe.violations.length - before };
    });
    assert.equal(enforced.refusedStyle, true, "an inline <style> was applied");
    // Drop the violations the check itself caused.
    await run(() => (window.__probe.violations = []));
    assert.equal((await cards())[0].title, "Mirtazapine");
    await assertClean("strict CSP");
    if (enforced.trustedTypes === "absent") t.diagnostic(`${browser.engine.name} has no Trusted Types: only the CSP was checked`);
    else assert.equal(enforced.trustedTypes, "enforced");
  });
}
