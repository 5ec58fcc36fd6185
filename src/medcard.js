// medcard for script tags: `<script type="module" src=".../medcard.js">`.
// Defines <med-card> at once (cards show their title and the disclaimer while loading), then
// loads the wasm next to this file (so any CDN path works) when the first card needs it:
// at once for ordinary cards, when a loading="lazy" card nears the viewport.
import init, { defineMedCard, prepareMedCard, resetRuntime } from "./medcard_wasm.js";
// element.js snippet import (scripts/build-dist.sh puts it here)

// After a panic, element.js calls this: a fresh wasm instance, which re-registers its entry points.
const revive = () => {
  resetRuntime();
  defineMedCard(revive);
};

let loading = null;
const start = () =>
  (loading ??= init({ module_or_path: new URL("medcard_wasm_bg.wasm", import.meta.url) }).then(() => {
    defineMedCard(revive);
  }));

prepareMedCard("med-card", start);
