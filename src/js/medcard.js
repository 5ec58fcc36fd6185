// medcard for script tags: `<script type="module" src=".../medcard.js">`.
// Defines <med-card> as soon as its code is here (cards show their title and the disclaimer
// while loading), then loads the wasm next to this file (so any CDN path works) when the first
// card needs it: at once for ordinary cards, when a loading="lazy" card nears the viewport.
//
// Nothing is imported statically: when a card on the page wants the wasm now, its download
// starts here, beside the runtime module's, not after it (docs/performance.md, "Loading order").
// A browser without what the card needs gets a plain message and the disclaimer in each card
// from a small module of its own (this file keeps to ES2017 syntax so that old engines run it).
function canRun() {
  try {
    return Boolean(window.customElements) && "adoptedStyleSheets" in ShadowRoot.prototype && Boolean(new CSSStyleSheet());
  } catch (error) {
    return false;
  }
}

function unsupported(reason) {
  import("./medcard-unsupported.js").then(
    (module) => module.showUnsupported(reason),
    (error) => console.error("medcard: could not load its modules.", error),
  );
}

if (!canRun()) {
  unsupported("this browser lacks custom elements or constructable stylesheets");
} else {
  const wasmUrl = new URL("medcard_wasm_bg.wasm", import.meta.url);
  const early = document.querySelector("med-card:not([loading=lazy])") ? fetch(wasmUrl) : null;
  // Handled where it is used; this only keeps a failed early fetch from being reported unhandled.
  if (early) early.catch(() => {});
  import("./medcard-runtime.js").then(
    (runtime) => runtime.prepareMedCard({ wasm: early || wasmUrl }),
    // A module refused (an integrity mismatch), unreachable, or too new for this engine: say so,
    // show the disclaimer, throw nothing into the page.
    (error) => {
      console.error("medcard: could not load its modules; <med-card> stays undefined.", error);
      unsupported(`the medcard code could not be loaded (${error && error.message})`);
    },
  );
}
