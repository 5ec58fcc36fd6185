// What several files of behaviours use: constants, and functions that run in the page (self-
// contained: they are sent as source text; more in tests/support/page.mjs).

export const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

// The sections a compact card collapses, sorted (everything else shows without opening anything).
export const COMPACT_SECTIONS = ["benefits", "dosage", "howItWorks", "precautions", "related", "sideEffects", "sources", "uses"];

// Each section of the card #id (or the first card), by its data-section name: whether it collapses
// (a <details>), whether it is open, whether its panel shows, and its heading's text.
export function sectionsOf(id) {
  const card = id ? document.getElementById(id) : document.querySelector("med-card");
  const root = card.shadowRoot;
  return Object.fromEntries(
    [...root.querySelectorAll("[data-section]")].map((section) => {
      const collapses = section.localName === "details";
      const panel = collapses ? section.querySelector(":scope > .medcard__panel") : null;
      return [
        section.dataset.section,
        {
          collapses,
          open: collapses ? section.open : null,
          shown: collapses ? Boolean(panel) && panel.checkVisibility() && panel.getBoundingClientRect().height > 0 : null,
          heading: section.querySelector(".medcard__heading")?.textContent.replace(/\s+/g, " ").trim() ?? null,
        },
      ];
    }),
  );
}

// The summary of the section `name` of the first card (an element reference, for a real click).
export function summaryOf(name) {
  return document.querySelector("med-card").shadowRoot.querySelector(`details[data-section="${name}"] > summary`);
}

/** Runs the behaviours in `engineName` ("firefox", "webkit" or "chromium"). */
