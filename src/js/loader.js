// The one loader, shared by the script-tag entry (medcard.js), the npm package and the
// playground: loads the wasm once, connects the <med-card> element to it (with panic recovery),
// and checks card data. Bundled with the element modules and the wasm-bindgen glue into
// dist/medcard-runtime.js (scripts/build-dist.sh).

import init, { initSync, resetRuntime, startRuntime, validate as validateText, validateWith } from "./medcard_wasm.js";
import { defineMedCard as defineElement } from "./element.js";

const WASM_URL = new URL("medcard_wasm_bg.wasm", import.meta.url);

// Where the wasm comes from: a URL, or a Response (or its promise) already on its way.
let source = WASM_URL;
let loaded = false;
let loading = null;
let defining = null;

const wasm = { load, start: startRuntime, reset: resetRuntime };

/** Loads the WebAssembly once. Resolves when `validate` can be called; defines nothing. */
export function load() {
  loading ??= init({ module_or_path: source }).then(
    // The instance's exports: nothing public, but `make bench` reads the wasm memory's size.
    (exports) => {
      loaded = true;
      return exports;
    },
    (error) => {
      loading = null; // let a later call try again
      source = WASM_URL; // a failed early response cannot be read twice
      throw error;
    },
  );
  return loading;
}

/**
 * Defines `<med-card>` without loading anything yet: cards show their title and the disclaimer
 * at once, and the wasm loads when the first card needs it (a lazy card: when it nears the
 * viewport). `wasm`, if given, is where the wasm comes from (a URL or a fetch response).
 */
export function prepareMedCard({ wasm: from } = {}) {
  if (typeof customElements === "undefined") {
    throw new Error("medcard: defineMedCard() needs a browser (customElements)");
  }
  if (from && !loading) source = from;
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

/**
 * Checks card data with the widget's own rules (the Rust core): `[{ severity, path, message,
 * line?, column? }]`, errors first; empty when valid with no warnings. Synchronous: in Node it
 * loads the WebAssembly itself; in a browser, `await load()` (or `defineMedCard()`) first.
 * `{ readability: true }` adds the reading level of each text (`info` findings, and warnings
 * above grade 9), as `medcard validate --readability` does.
 */
export function validate(card, options) {
  let text = card;
  if (typeof card !== "string") {
    // Objects go to Rust as JSON text, exactly as the element reads a `data` object.
    try {
      text = JSON.stringify(card);
    } catch (error) {
      return [unreadable(error instanceof Error ? error.message : String(error))];
    }
    if (typeof text !== "string") return [unreadable("it is not a JSON value")];
  }
  loadNow();
  return options?.readability ? validateWith(text, true) : validateText(text);
}

function unreadable(why) {
  return { severity: "error", path: "", message: `the card data object could not be read: ${why}` };
}

// Without a network fetch: Node (20.16+) reads the wasm file; a browser must have awaited load().
function loadNow() {
  if (loaded) return;
  const fs = globalThis.process?.getBuiltinModule?.("node:fs");
  if (!fs) {
    throw new Error("medcard: call `await load()` (or `await defineMedCard()`) before validate()");
  }
  initSync({ module: fs.readFileSync(WASM_URL) });
  loaded = true;
}
