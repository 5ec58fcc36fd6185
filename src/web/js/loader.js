// The one loader, shared by the script-tag entry (medcard.js), the npm package and the
// playground: loads the card's wasm once and connects the <med-card> element to it (with panic
// recovery). Bundled with the element modules and the wasm-bindgen glue into
// dist/medcard-runtime.js (scripts/build-dist.sh). Checking card data is authoring.js's.

import init, { resetRuntime, startRuntime } from "./medcard_wasm.js";
import { defineMedCard as defineElement } from "./element.js";
import { provideWords } from "./words.js";

const WASM_URL = new URL("medcard_wasm_bg.wasm", import.meta.url);

// Where the wasm comes from: a URL, or a Response (or its promise) already on its way; and what
// to fetch if that fails (the script-tag entry's Request carries the wasm's integrity hash).
let source = WASM_URL;
let retry = WASM_URL;
let loading = null;
let defining = null;

const wasm = { load, start: startRuntime, reset: resetRuntime };

/** Loads the card's WebAssembly once; defines nothing. */
export function load() {
  loading ??= init({ module_or_path: source }).then(
    // The instance's exports: nothing public, but `make bench` reads the wasm memory's size.
    (exports) => exports,
    (error) => {
      loading = null; // let a later call try again
      source = retry; // a failed early response cannot be read twice
      throw error;
    },
  );
  return loading;
}

/**
 * Defines `<med-card>` without loading anything yet: cards show their title and the disclaimer
 * at once, and the wasm loads when the first card needs it (a lazy card: when it nears the
 * viewport). `wasm`, if given, is where the wasm comes from (a URL or a fetch response);
 * `wasmRequest` (a URL or a `Request`, with its `integrity`) is fetched if that fails; `words`,
 * where each language's words file comes from (src/web/js/words.js).
 */
export function prepareMedCard({ wasm: from, wasmRequest, words } = {}) {
  if (typeof customElements === "undefined") {
    throw new Error("medcard: defineMedCard() needs a browser (customElements)");
  }
  if (from && !loading) source = from;
  if (wasmRequest && !loading) retry = wasmRequest;
  // "./": Vite turns this pattern into a glob of the package's words files, and wants it relative.
  provideWords(words, (lang) => new URL(`./words/${lang}.json`, import.meta.url));
  defineElement(wasm);
}

/** Registers `<med-card>` (once, however often it is called); resolves when it is usable. */
export function defineMedCard(options) {
  defining ??= (async () => {
    prepareMedCard(options);
    await load();
    await customElements.whenDefined("med-card");
  })().catch((error) => {
    defining = null; // let a later call try again
    throw error;
  });
  return defining;
}
