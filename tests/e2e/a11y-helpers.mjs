// Playwright helpers for pages of cards (tests/e2e/a11y.test.mjs, scripts/screenshots.mjs).

import { allCardsSettled } from "../support/page.mjs";

/** Waits until every <med-card> on the page shows a title or an error panel (not the placeholder). */
export async function waitForCards(page) {
  await page.waitForFunction(allCardsSettled, null, { timeout: 20_000 });
}

/**
 * Sets `layout` on every card of `page` and waits until each has re-rendered in it (an error
 * panel has no layout and counts as done).
 */
export async function setLayout(page, layout) {
  await page.evaluate((value) => document.querySelectorAll("med-card").forEach((card) => card.setAttribute("layout", value)), layout);
  await page.waitForFunction(
    (value) =>
      [...document.querySelectorAll("med-card")].every(
        (card) => card.shadowRoot.querySelector(".medcard__error") || card.shadowRoot.querySelector(`.medcard__card--${value}`),
      ),
    layout,
  );
}
