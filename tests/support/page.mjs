// What the browser tests share about a page with cards, for both harnesses: functions that run in
// the page (self-contained: Playwright's `page.evaluate` and WebDriver's `run` send them as source
// text), and the checks made on what they return.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices (unique landmarks, heading order…).
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
export const DISCLAIMER_START = /^Not medical advice\. This card is general information, not medical advice\./;

// ---- In the page ----

/** Every <med-card>: rendered by the wasm (not the placeholder), or showing an error panel. */
export function allCardsSettled() {
  const cards = [...document.querySelectorAll("med-card")];
  return (
    cards.length > 0 &&
    cards.every((card) => {
      const root = card.shadowRoot;
      return root?.querySelector(".medcard__title, .medcard__error") && !root.querySelector(".medcard--placeholder");
    })
  );
}

/** Sets each of `attributes` ({ layout: "compact" }…) on every <med-card>. */
export function setOnEveryCard(attributes) {
  for (const card of document.querySelectorAll("med-card")) {
    for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  }
}

/** Every <med-card> shows the `layout` layout (an error panel has none, and counts). */
export function everyCardIn(layout) {
  return [...document.querySelectorAll("med-card")].every((card) => card.shadowRoot.querySelector(`.medcard__error, .medcard__card--${layout}`));
}

/** What a reader sees of each card: title, alert, text, and whether the disclaimer is readable. */
export function inspectCards() {
  const visible = (element) => {
    if (!element) return false;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return element.getClientRects().length > 0 && style.visibility === "visible" && Number(style.opacity) > 0 && box.width > 0 && box.height > 0;
  };
  return [...document.querySelectorAll("med-card")].map((card) => {
    const root = card.shadowRoot;
    const disclaimer = root?.querySelector(".medcard__disclaimer");
    const style = disclaimer && getComputedStyle(disclaimer);
    const box = disclaimer?.getBoundingClientRect();
    const title = root?.querySelector(".medcard__title");
    const frame = root?.querySelector(".medcard") && getComputedStyle(root.querySelector(".medcard"));
    return {
      id: card.id,
      placeholder: Boolean(root?.querySelector(".medcard--placeholder")),
      title: title?.textContent.trim() ?? null,
      titleTag: title?.localName ?? null,
      alert: root?.querySelector("[role=alert]")?.textContent.replace(/\s+/g, " ").trim() ?? null,
      text: (root ?? card).textContent.replace(/\s+/g, " ").trim().slice(0, 200),
      frame: frame ? { background: frame.backgroundColor, color: frame.color, border: frame.borderTopColor, radius: frame.borderTopLeftRadius } : null,
      markupFromData: root ? root.querySelectorAll("img, script, svg, style, iframe, object").length : -1,
      disclaimer: disclaimer
        ? {
            text: disclaimer.textContent.trim(),
            visible: visible(disclaimer),
            width: box.width,
            height: box.height,
            fontSize: parseFloat(style.fontSize),
            color: style.color,
            textTransform: style.textTransform,
          }
        : null,
    };
  });
}

/**
 * Adds cards to #cards, each set up as described ({ data, src, timeout, attributes }), and
 * resolves with each one's first outcome ({ ready: name } or { problems }, with `millis`): one
 * after the other, or with `atOnce` all together (their fetches in parallel).
 */
export function addCards(cards, atOnce = false) {
  return (async () => {
    const results = [];
    for (const { data, src, timeout, attributes } of cards) {
      const element = document.createElement("med-card");
      for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
      if (timeout) element.setAttribute("timeout", String(timeout));
      if (src) element.setAttribute("src", src);
      const started = performance.now();
      const settled = new Promise((resolve) => {
        element.addEventListener("medcard-ready", (e) => resolve({ ready: e.detail.name }), { once: true });
        element.addEventListener("medcard-error", (e) => resolve({ problems: e.detail.problems }), { once: true });
      });
      if (data !== undefined) element.data = data;
      document.getElementById("cards").append(element);
      const result = settled.then((outcome) => ({ ...outcome, millis: performance.now() - started }));
      results.push(atOnce ? result : await result);
    }
    return Promise.all(results);
  })();
}

// Which layout the card #id shows, and whether each part a reader must see without opening
// anything is there, rendered, and outside every closed <details>.
export function layoutOf(id) {
  const card = document.getElementById(id);
  const root = card.shadowRoot;
  const seen = (element) =>
    Boolean(element) && !element.closest("details:not([open])") && element.checkVisibility() && element.getBoundingClientRect().height > 0;
  const article = root.querySelector("article.medcard__card");
  return {
    property: card.layout,
    attribute: card.getAttribute("layout"),
    compact: Boolean(article?.classList.contains("medcard__card--compact")),
    toc: Boolean(root.querySelector("div.medcard__toc a.medcard__toc-link[data-jump]")),
    header: seen(root.querySelector(".medcard__header .medcard__title")),
    keyFacts: seen(root.querySelector('section[part="key-facts"].medcard__key-facts li')),
    warnings: seen(root.querySelector('[data-section="warnings"] .medcard__warning')),
    emergency: seen(root.querySelector(".medcard__callout--emergency li")),
    disclaimer: seen(root.querySelector(".medcard__footer .medcard__disclaimer")),
  };
}

/**
 * axe-core's violations (it must be loaded: AXE_SOURCE) for `tags`, in the element `selector`
 * names or the whole document, with the rules `skipRules` names turned off.
 */
export function axeInPage({ tags, selector = null, skipRules = [] }) {
  const rules = Object.fromEntries(skipRules.map((rule) => [rule, { enabled: false }]));
  const context = selector ? document.querySelector(selector) : document;
  return window.axe.run(context, { runOnly: { type: "tag", values: tags }, rules, resultTypes: ["violations"] }).then((results) =>
    results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`) })),
  );
}

/**
 * Where keyboard focus is, through shadow roots: "med-card[1] > summary.medcard__toggle" means the
 * second card's host is document.activeElement and the summary is its shadowRoot.activeElement.
 */
export function describeFocus() {
  const name = (element) =>
    element ? `${element.localName}${element.classList.length ? `.${[...element.classList].join(".")}` : ""}` : "nothing";
  const outer = document.activeElement;
  if (outer?.localName !== "med-card") return name(outer === document.body ? null : outer);
  const index = [...document.querySelectorAll("med-card")].indexOf(outer);
  return `med-card[${index}] > ${name(outer.shadowRoot?.activeElement)}`;
}

// ---- Checks ----

/** The disclaimer of a card `inspectCards` saw is there, in English, visible and readable. */
export function assertDisclaimerReadable(card, label) {
  const d = card.disclaimer;
  assert.ok(d, `${label}: no disclaimer (${JSON.stringify(card)})`);
  assert.match(d.text, DISCLAIMER_START, `${label}: disclaimer text`);
  assert.ok(d.visible && d.width > 100 && d.height >= 12, `${label}: disclaimer not visible ${JSON.stringify(d)}`);
  assert.ok(d.fontSize >= 12, `${label}: disclaimer font size ${d.fontSize}`);
  assert.doesNotMatch(d.color, /rgba\(.*, 0\)|transparent/, `${label}: disclaimer colour ${d.color}`);
}

// Where the host, the title and the disclaimer of the first card are, and what its shadow root
// holds: the server-rendered card tests of both harnesses compare it before and after the widget.
export function ssrSnapshot() {
  const card = document.querySelector("med-card");
  const root = card.shadowRoot;
  const rect = (element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  return {
    host: rect(card),
    title: rect(root.querySelector(".medcard__title")),
    disclaimer: rect(root.querySelector(".medcard__disclaimer")),
    below: rect(document.getElementById("below")),
    text: root.querySelector(".medcard").textContent.replace(/\s+/g, " ").trim(),
    titles: root.querySelectorAll(".medcard__title").length,
    disclaimers: root.querySelectorAll(".medcard__disclaimer").length,
    cards: root.querySelectorAll(".medcard").length,
    containers: [...root.children].map((child) => `${child.localName}${child.hidden ? "[hidden]" : ""}`),
    bodyText: document.body.innerText.replace(/\s+/g, " ").trim(),
  };
}
