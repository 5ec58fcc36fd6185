// medcard for script tags: `<script type="module" src=".../medcard.js">`.
// Defines <med-card> as soon as its code is here (cards show their title and the disclaimer
// while loading), then loads the wasm next to this file (so any CDN path works) when the first
// card needs it: at once for ordinary cards, when a loading="lazy" card nears the viewport.
//
// Nothing is imported statically: when a card on the page wants the wasm now, its download
// starts here, beside the glue and element.js, not after them (one round trip and the glue's
// transfer less before the largest file starts; docs/performance.md, "Loading order").
const wasmUrl = new URL("medcard_wasm_bg.wasm", import.meta.url);
let early = document.querySelector("med-card:not([loading=lazy])") ? fetch(wasmUrl) : null;
// Handled where it is used; this only keeps a failed early fetch from being reported unhandled.
early?.catch(() => {});

const modules = Promise.all([
  import("./medcard_wasm.js"),
  // element.js snippet import (scripts/build-dist.sh puts it here)
]);

modules.then(
  ([{ default: init, defineMedCard, prepareMedCard, resetRuntime }]) => {
    // After a panic, element.js calls this: a fresh wasm instance, which re-registers its entry points.
    const revive = () => {
      resetRuntime();
      defineMedCard(revive);
    };
    let loading = null;
    const start = () => {
      const module_or_path = early ?? wasmUrl;
      early = null;
      return (loading ??= init({ module_or_path }).then(() => defineMedCard(revive)));
    };
    prepareMedCard("med-card", start);
  },
  // A module refused (an integrity mismatch) or unreachable: say so, throw nothing into the page.
  (error) => console.error("medcard: could not load its modules; <med-card> stays undefined.", error),
);
