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
let cardCss = "";
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
  cardCss = runtime.css;
  cardSheet = new CSSStyleSheet();
  cardSheet.replaceSync(cardCss);
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
 * recovered) on screen while the card renders into the hidden `container`. When `element`
 * reports the card, a server-rendered card whose markup is what was just rendered (the same
 * medcard version, data, words, options and review date) stays: its very nodes, so focus,
 * selection, scroll and opened sections are untouched, and `keep(itsContainer)` is called.
 * Anything else (an error, a recovered card, a server card that differs) is swapped in one step:
 * no flash, no layout shift. Returns the controller that cancels the swap.
 */
export function swapWhenRendered(element, root, container, keep) {
  const server = serverCard(root);
  container.hidden = true;
  root.append(container);
  const rendered = new AbortController();
  const done = (event) => {
    rendered.abort();
    container.hidden = false;
    if (event.type === "medcard-ready" && server) {
      if (sameCard(server, container)) {
        container.remove();
        keep(server.container);
        return;
      }
      noteReplaced();
    }
    root.replaceChildren(container);
  };
  element.addEventListener("medcard-ready", done, { signal: rendered.signal });
  element.addEventListener("medcard-error", done, { signal: rendered.signal });
  return rendered;
}

// A shadow root as `medcard render` writes it: the card's <style>, then its container.
function serverCard(root) {
  const [style, container] = root.children;
  const ours = style?.localName === "style" && container?.localName === "div";
  return ours && root.children.length === 2 ? { style, container } : null;
}

// Whether the server wrote what the widget has just rendered. Open sections do not count: the
// reader may have opened some before the wasm arrived (and the widget keeps them open too).
// Compared on copies, so no `toggle` fires; attribute order and text node splits do not count.
function sameCard(server, container) {
  const closed = (element) => {
    const copy = element.cloneNode(true);
    for (const details of copy.querySelectorAll("details")) details.removeAttribute("open");
    copy.normalize(); // Yew may write one text as two nodes; the server's parser makes one
    return copy;
  };
  return server.style.textContent === cardCss && closed(server.container).isEqualNode(closed(container));
}

let toldReplaced = false;

// Once per page: the host can render its cards again to keep them in place.
function noteReplaced() {
  if (toldReplaced) return;
  toldReplaced = true;
  console.info(
    "medcard: a server-rendered card differs from what this version renders (an older `medcard render`, a review now overdue, other words or options), so it was replaced. Render it again with this version to keep it in place.",
  );
}
