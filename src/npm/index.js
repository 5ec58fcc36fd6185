// The npm package's main entry: the typed JavaScript API. Importing it registers nothing
// (`medcard/define` does); the WebAssembly is loaded on first use, relative to this module, a
// pattern bundlers such as Vite understand without a plugin.
import init, {
  defineMedCard as defineElement,
  initSync,
  resetRuntime,
  validate as validateText,
} from "./medcard_wasm.js";

const WASM_URL = new URL("medcard_wasm_bg.wasm", import.meta.url);

let loaded = false;
let loading = null;
let defining = null;

/** Loads the WebAssembly once. Resolves when `validate` can be called; defines nothing. */
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

// After a panic, element.js calls this: a fresh wasm instance, which re-registers its entry points.
function revive() {
  resetRuntime();
  defineElement(revive);
}

/** Registers `<med-card>` (once, however often it is called); resolves when it is usable. */
export function defineMedCard() {
  defining ??= defineOnce().catch((error) => {
    defining = null; // let a later call try again
    throw error;
  });
  return defining;
}

async function defineOnce() {
  if (typeof customElements === "undefined") {
    throw new Error("medcard: defineMedCard() needs a browser (customElements)");
  }
  await load();
  defineElement(revive);
  await customElements.whenDefined("med-card");
}

/**
 * Mounts a card for `data` into `element` (as a `<med-card>` child; `element` must be in the
 * document). Resolves once it has rendered a card or an error panel, with a handle to update or
 * remove it; `problems` is empty for a card, the `medcard-error` problems otherwise.
 */
export async function render(element, data, options = {}) {
  // A detached card never connects, so it would never render or settle.
  if (!element?.isConnected) throw new TypeError("medcard: render() needs an element in the document");
  await defineMedCard();
  const card = document.createElement("med-card");
  if (options.lang != null) card.setAttribute("lang", options.lang);
  if (options.headingLevel != null) card.setAttribute("heading-level", String(options.headingLevel));
  if (options.expanded) card.setAttribute("expanded", "");
  const first = settled(card);
  card.data = data;
  element.append(card);
  const handle = {
    element: card,
    problems: await first,
    update(next) {
      const done = settled(card);
      card.data = next;
      return done.then((problems) => (handle.problems = problems));
    },
    destroy() {
      card.remove();
    },
  };
  return handle;
}

// Resolves with the problems of the next medcard-error, or [] on the next medcard-ready.
function settled(card) {
  return new Promise((resolve) => {
    const controller = new AbortController();
    const finish = (problems) => {
      controller.abort();
      resolve(problems);
    };
    const { signal } = controller;
    card.addEventListener("medcard-ready", () => finish([]), { signal });
    card.addEventListener("medcard-error", (event) => finish(event.detail.problems), { signal });
  });
}

/**
 * Checks card data with the widget's own rules (the Rust core): `[{ severity, path, message,
 * line?, column? }]`, errors first; empty when valid with no warnings. Synchronous: in Node it
 * loads the WebAssembly itself; in a browser, `await load()` (or `defineMedCard()`) first.
 */
export function validate(card) {
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
  return validateText(text);
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
