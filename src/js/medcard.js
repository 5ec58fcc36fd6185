// medcard for script tags: `<script type="module" src=".../medcard.js">`.
// Defines <med-card> as soon as its code is here (cards show their title and the disclaimer
// while loading), then loads the wasm next to this file (so any CDN path works) when the first
// card needs it: at once for ordinary cards, when a loading="lazy" card nears the viewport.
//
// Nothing is imported statically: when a card on the page wants the wasm now, its download
// starts here, beside the runtime module's, not after it (docs/performance.md, "Loading order").
const wasmUrl = new URL("medcard_wasm_bg.wasm", import.meta.url);
const early = document.querySelector("med-card:not([loading=lazy])") ? fetch(wasmUrl) : null;
// Handled where it is used; this only keeps a failed early fetch from being reported unhandled.
early?.catch(() => {});

import("./medcard-runtime.js").then(
  ({ prepareMedCard }) => prepareMedCard({ wasm: early ?? wasmUrl }),
  // A module refused (an integrity mismatch) or unreachable: say so, throw nothing into the page.
  (error) => console.error("medcard: could not load its modules; <med-card> stays undefined.", error),
);
