// The words shown without the wasm, and the words files of languages other than English.
//
// The English words shown before (or without) the wasm: the placeholder's disclaimer and the plain
// error panel. tests/element_words.rs keeps them equal to the Rust word table (src/text/en.rs).
export const FALLBACK_WORDS = {
  title: "This medicine information cannot be shown",
  label: "Not medical advice.",
  // prettier-ignore
  disclaimer: "This card is general information, not medical advice. It does not replace advice from your doctor, pharmacist or nurse. Always follow your prescription label and the patient leaflet, and don't start, stop or change a medicine without talking to a health professional. If you think you are having a serious reaction, or someone has taken too much, contact emergency services or a poison control centre straight away.",
  // Only without the wasm: a browser that lacks what the card needs.
  tooOld: "This browser cannot show it: please update your browser, or ask your pharmacist for the patient leaflet.",
};

// The card's wasm has English only (dist/'s build leaves the feature `languages` out); each other
// language's words are a small file beside it, dist/words/<lang>.json, written from the Rust
// tables at build time (scripts/build-dist.sh). A file is fetched the first time a card needs it,
// or as soon as a card's language is known from the markup (its `lang`, or the closest `[lang]`
// around it), in parallel with the wasm; the script-tag entry fetches those itself with their
// pinned hashes (src/web/js/medcard.js). A file that cannot be loaded leaves its cards in English and
// says so once in the console.

// The languages with a file, baked in at build time (scripts/build-dist.sh). None in the sources,
// which the wasm-pack tests load unbundled with every language compiled into their wasm.
const FILES = typeof MEDCARD_WORD_FILES === "object" ? MEDCARD_WORD_FILES : [];

// What the script-tag entry gave, by language: a Request with the file's integrity, or the
// promise of a response it already asked for.
const given = new Map();
// The files' text by language; null for one that could not be loaded.
const words = new Map();
const loading = new Set();
let arrived = () => {};
// A language's file next to the runtime (set by loader.js, which knows its own URL).
let fileUrl = (lang) => `words/${lang}.json`;

/**
 * Where each language's file is (`urlOf(lang)`), and where some come from already
 * (`{ es: Request | Promise<Response> }`: the script-tag entry's, with their pinned hashes).
 */
export function provideWords(sources = {}, urlOf = fileUrl) {
  fileUrl = urlOf;
  for (const [lang, source] of Object.entries(sources)) if (!words.has(lang) && !loading.has(lang)) given.set(lang, source);
}

/** `callback` runs whenever a file has arrived or failed (the cards waiting for it render again). */
export function whenWordsArrive(callback) {
  arrived = callback;
}

/**
 * For Rust (src/web/element.rs, `wordsFor`), for a language with no table in the wasm: its file's
 * text when it is here; `true` while it is on its way (the card waits); `false` when the card
 * should show English (no such file, or it failed).
 */
export function wordsFor(lang) {
  if (words.has(lang)) return words.get(lang) ?? false;
  if (!FILES.includes(lang)) return false;
  load(lang);
  return true;
}

/** Starts fetching the file of `element`'s language, if its markup tells it and there is one. */
export function prefetchWords(element) {
  const tag = element.getAttribute("lang") || element.parentElement?.closest("[lang]")?.getAttribute("lang") || "";
  const lang = tag.trim().split(/[-_]/)[0].toLowerCase();
  if (FILES.includes(lang) && !words.has(lang)) load(lang);
}

function load(lang) {
  if (loading.has(lang)) return;
  loading.add(lang);
  const source = given.get(lang) ?? fileUrl(lang);
  given.delete(lang);
  Promise.resolve(source instanceof Request || source instanceof URL || typeof source === "string" ? fetch(source) : source)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
    .then((text) => {
      JSON.parse(text); // a broken file fails here, not in the card
      words.set(lang, text);
    })
    .catch((error) => {
      words.set(lang, null);
      console.warn(`medcard: the words for "${lang}" could not be loaded (${error?.message ?? error}); its cards show English.`);
    })
    .finally(() => {
      loading.delete(lang);
      arrived();
    });
}
