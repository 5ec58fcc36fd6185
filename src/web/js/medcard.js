// medcard for script tags: `<script type="module" src=".../medcard.js">`.
// Defines <med-card> as soon as its code is here (cards show their title and the disclaimer
// while loading), then loads the wasm next to this file (so any CDN path works) when the first
// card needs it: at once for ordinary cards, when a loading="lazy" card nears the viewport.
//
// Nothing is imported statically: when a card on the page wants the wasm now, its download
// starts here, beside the runtime module's, not after it (docs/performance.md, "Loading order").
// A browser without what the card needs gets a plain message and the disclaimer in each card
// from a small module of its own (this file keeps to ES2017 syntax so that old engines run it).
//
// Every file this entry loads is pinned by its hash, written in below at build time, so the one
// `integrity` on the script tag pins every byte the card runs (docs/security.md, "Pinning"):
// the wasm is fetched with fetch's `integrity`; each module is first loaded by a
// <script type="module" integrity> element, and only imported (from the module map, where the
// checked module already is) once that element has loaded.

// The SRI hash of each file, by name; written by scripts/build-dist.sh. Empty in the sources.
const PINS = {}; // medcard:pins

function canRun() {
  try {
    return Boolean(window.customElements) && "adoptedStyleSheets" in ShadowRoot.prototype && Boolean(new CSSStyleSheet());
  } catch (error) {
    return false;
  }
}

// A Trusted Types policy that only lets this entry's own pinned modules become script URLs.
let policy = null;
function scriptUrl(url) {
  if (!window.trustedTypes) return url;
  try {
    policy = policy || window.trustedTypes.createPolicy("medcard", {
      createScriptURL(value) {
        const file = value.slice(value.lastIndexOf("/") + 1);
        if (PINS[file] && value === new URL(file, import.meta.url).href) return value;
        throw new TypeError(`medcard: ${value} is not one of its modules`);
      },
    });
  } catch (error) {
    return url; // the page allows no policy named "medcard": its default policy, if any, decides
  }
  return policy.createScriptURL(url);
}

// One of our modules, checked against its pinned hash before any of it runs.
function importPinned(file) {
  const url = new URL(file, import.meta.url).href;
  const integrity = PINS[file];
  if (!integrity) return import(url);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.type = "module";
    script.integrity = integrity;
    script.onload = () => {
      script.remove();
      resolve(import(url));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${file} was refused: it does not match its integrity hash, or could not be fetched`));
    };
    try {
      script.src = scriptUrl(url);
    } catch (error) {
      reject(error);
      return;
    }
    (document.head || document.documentElement).appendChild(script);
  });
}

// Each language's words file (words/<lang>.json: every language but English, whose words are in
// the wasm) as a Request with its pinned hash; the files of the languages that `cards` are in
// (their `lang`, or the closest [lang] around them) are fetched now, beside the wasm.
function wordFiles(cards) {
  const words = {};
  Object.keys(PINS).forEach((file) => {
    const match = /^words\/([a-z]+)\.json$/.exec(file);
    if (match) words[match[1]] = new Request(new URL(file, import.meta.url), { integrity: PINS[file] });
  });
  Array.prototype.forEach.call(cards, (card) => {
    const owner = card.getAttribute("lang") ? card : card.parentElement && card.parentElement.closest("[lang]");
    const lang = owner ? owner.getAttribute("lang").trim().split(/[-_]/)[0].toLowerCase() : "";
    if (words[lang] instanceof Request) {
      words[lang] = fetch(words[lang]);
      words[lang].catch(() => {}); // handled where it is used (src/web/js/words.js)
    }
  });
  return words;
}

function unsupported(reason) {
  importPinned("medcard-unsupported.js").then(
    (module) => module.showUnsupported(reason),
    (error) => console.error("medcard: could not load its modules.", error),
  );
}

if (!canRun()) {
  unsupported("this browser lacks custom elements or constructable stylesheets");
} else {
  const wasmUrl = new URL("medcard_wasm_bg.wasm", import.meta.url);
  const wasmHash = PINS["medcard_wasm_bg.wasm"];
  // Every fetch of the wasm, now or after a failed try, checks its hash.
  const wasmRequest = wasmHash ? new Request(wasmUrl, { integrity: wasmHash }) : wasmUrl;
  const early = document.querySelector("med-card:not([loading=lazy])") ? fetch(wasmRequest) : null;
  // Handled where it is used; this only keeps a failed early fetch from being reported unhandled.
  if (early) early.catch(() => {});
  const words = wordFiles(document.querySelectorAll("med-card:not([loading=lazy])"));
  importPinned("medcard-runtime.js").then(
    (runtime) => runtime.prepareMedCard({ wasm: early || wasmRequest, wasmRequest, words }),
    // A module refused (an integrity mismatch), unreachable, or too new for this engine: say so,
    // show the disclaimer, throw nothing into the page.
    (error) => {
      console.error("medcard: could not load its modules; <med-card> stays undefined.", error);
      unsupported(`the medcard code could not be loaded (${error && error.message})`);
    },
  );
}
