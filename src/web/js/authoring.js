// Checking card data for authors (the playground, the npm package's `validate`): the same Rust
// rules as the card, plus the checks only authors see (http links, undated sources, missing
// safety content, translations, readability on request). They live in their own wasm,
// dist/medcard_authoring_bg.wasm (feature `authoring`), so the card's download leaves them out.
// Bundled with its wasm-bindgen glue into dist/medcard-authoring.js (scripts/build-dist.sh).

import init, { initSync, validate as validateText, validateWith } from "./medcard_authoring.js";

const WASM_URL = new URL("medcard_authoring_bg.wasm", import.meta.url);

let loaded = false;
let loading = null;

/** Loads the checking WebAssembly once. Resolves when `validate` can be called; defines nothing. */
export function load() {
  loading ??= init({ module_or_path: WASM_URL }).then(
    () => {
      loaded = true;
    },
    (error) => {
      loading = null; // let a later call try again
      throw error;
    },
  );
  return loading;
}

/**
 * Checks card data with the widget's own rules (the Rust core): `[{ severity, path, message,
 * line?, column? }]`, errors first; empty when valid with no warnings. Synchronous: in Node it
 * loads the WebAssembly itself; in a browser, `await load()` first.
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
    throw new Error("medcard: call `await load()` before validate()");
  }
  initSync({ module: fs.readFileSync(WASM_URL) });
  loaded = true;
}
