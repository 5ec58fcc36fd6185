// For a browser that cannot run the card (no custom elements, no constructable stylesheets, or a
// runtime module it cannot load): each <med-card> shows a plain message and the disclaimer, in
// its own shadow root where the browser has one, and reports one medcard-error. A server-rendered
// card (declarative shadow DOM) keeps showing. Written for old engines: no syntax newer than
// ES2017, styles set through the CSSOM (allowed under a strict CSP), text nodes only.

import { FALLBACK_WORDS } from "./words.js";

/** Fills every <med-card> on the page, now or when the page has been parsed. */
export function showUnsupported(reason) {
  const fill = () => {
    const cards = document.querySelectorAll("med-card");
    for (let i = 0; i < cards.length; i++) fillCard(cards[i], reason);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fill);
  else fill();
}

function fillCard(card, reason) {
  if (card.hasAttribute("data-medcard-unsupported")) return;
  card.setAttribute("data-medcard-unsupported", "");
  if (!card.shadowRoot) {
    const root = card.attachShadow ? card.attachShadow({ mode: "open" }) : card;
    const panel = element("div", "medcard medcard--fallback", "", {
      display: "block",
      maxWidth: "48rem",
      padding: "1rem 1.25rem",
      border: "1px solid #c8d1dc",
      borderRadius: "8px",
      background: "#ffffff",
      color: "#1d2630",
      font: "1rem/1.5 system-ui, sans-serif",
    });
    const alert = element("p", "medcard__error", `${FALLBACK_WORDS.title}. ${FALLBACK_WORDS.tooOld}`, { margin: "0" });
    alert.setAttribute("role", "alert");
    const disclaimer = element("p", "medcard__disclaimer", `${FALLBACK_WORDS.label} ${FALLBACK_WORDS.disclaimer}`, {
      display: "block",
      margin: "0.75rem 0 0",
      padding: "0.75rem 1rem",
      background: "#f3f5f8",
      color: "#1d2630",
      fontSize: "0.875rem",
    });
    disclaimer.setAttribute("part", "disclaimer");
    panel.appendChild(alert);
    panel.appendChild(disclaimer);
    root.appendChild(panel);
  }
  const detail = { problems: [{ path: "", message: reason }] };
  card.dispatchEvent(new CustomEvent("medcard-error", { bubbles: true, composed: true, detail }));
}

function element(tag, className, text, style) {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  for (const name of Object.keys(style)) node.style[name] = style[name];
  return node;
}
