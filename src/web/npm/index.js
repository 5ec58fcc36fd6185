// The npm package's main entry: the typed JavaScript API. Importing it registers nothing
// (`medcard/define` does); the WebAssembly is loaded on first use, relative to this module, a
// pattern bundlers such as Vite understand without a plugin.
import { defineMedCard } from "./medcard-runtime.js";

// Defining is the shared loader's (src/web/js/loader.js), the same code the script-tag entry and
// the playground use; checking is src/web/js/authoring.js's, with its own wasm.
export { defineMedCard } from "./medcard-runtime.js";
export { load, validate } from "./medcard-authoring.js";

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
  if (options.layout != null) card.setAttribute("layout", String(options.layout));
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
