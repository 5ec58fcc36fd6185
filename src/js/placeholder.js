// What a card shows without the wasm: a placeholder with its title and the disclaimer while the
// wasm loads, and a plain error with the disclaimer if the wasm cannot render at all. Built from
// text nodes only; themed like the card (same --medcard-* properties and light-dark() defaults,
// same `theme` attribute), so a dark page shows a dark box while it loads.

import { FALLBACK_WORDS } from "./words.js";

// English until the wasm hands over its words.
let words = FALLBACK_WORDS;

// Until the card's stylesheet arrives with the wasm: just enough to look like the card's frame,
// taken from src/style.css by the build (scripts/placeholder-css.mjs); unstyled in the unbundled
// sources (the wasm-pack tests).
const PLACEHOLDER_CSS = typeof MEDCARD_PLACEHOLDER_CSS === "string" ? MEDCARD_PLACEHOLDER_CSS : "";

// Constructed stylesheets, shared by every card: they work under a CSP without 'unsafe-inline'.
let cardSheet = null;
let placeholderSheet = null;

/**
 * Whether this browser has constructable stylesheets (Safari 16.4, Firefox 101). Without them the
 * card cannot be styled under a strict CSP: its panels are shown plain, and the wasm never loads.
 */
export const canStyle = (() => {
  try {
    return "adoptedStyleSheets" in ShadowRoot.prototype && Boolean(new CSSStyleSheet());
  } catch {
    return false;
  }
})();

/** Takes the card's stylesheet and words from a started runtime (once; they never change). */
export function useRuntime(runtime) {
  if (cardSheet) return;
  words = runtime.words;
  cardSheet = new CSSStyleSheet();
  cardSheet.replaceSync(runtime.css);
}

/** The card's stylesheet, once a runtime has started. */
export function cardStyle() {
  return cardSheet;
}

/** Whether `root` shows a server-rendered card (`medcard render`): content that is not ours. */
export function showsServerCard(root) {
  const first = root.firstElementChild;
  return Boolean(first) && !root.querySelector(".medcard--placeholder, .medcard--fallback");
}

/** The title (best effort) and the disclaimer, in the space the card will take. */
export function showPlaceholder(root, name) {
  if (root.firstElementChild) return; // a server-rendered card, or the placeholder already
  const title = document.createElement("p");
  title.className = "medcard__title";
  title.textContent = name ?? "";
  const panel = showPanel(root, "medcard medcard--placeholder", title);
  panel.setAttribute("aria-busy", "true");
}

/** A plain error panel with the disclaimer, for when the wasm cannot render the card. */
export function showFailure(root) {
  const alert = document.createElement("p");
  alert.setAttribute("role", "alert");
  alert.className = "medcard__error";
  alert.textContent = words.title;
  showPanel(root, "medcard medcard--fallback", alert);
}

// Fills `root` with `first`, then the disclaimer.
function showPanel(root, className, first) {
  if (canStyle && !cardSheet && !placeholderSheet) {
    placeholderSheet = new CSSStyleSheet();
    placeholderSheet.replaceSync(PLACEHOLDER_CSS);
  }
  if (canStyle) root.adoptedStyleSheets = [cardSheet ?? placeholderSheet];
  const panel = document.createElement("div");
  panel.className = className;
  const disclaimer = document.createElement("p");
  disclaimer.className = "medcard__disclaimer";
  disclaimer.setAttribute("part", "disclaimer");
  disclaimer.textContent = `${words.label} ${words.disclaimer}`;
  panel.append(first, disclaimer);
  root.replaceChildren(panel);
  return panel;
}

/**
 * Keeps what `root` already shows (a server-rendered card from `medcard render`, or a card being
 * recovered) on screen while the card renders into the hidden `container`, then swaps in one
 * step when `element` reports the card or an error: no flash, no layout shift. Returns the
 * controller that cancels the swap.
 */
export function swapWhenRendered(element, root, container) {
  container.hidden = true;
  root.append(container);
  const rendered = new AbortController();
  const swap = () => {
    rendered.abort();
    container.hidden = false;
    root.replaceChildren(container);
  };
  element.addEventListener("medcard-ready", swap, { signal: rendered.signal });
  element.addEventListener("medcard-error", swap, { signal: rendered.signal });
  return rendered;
}
