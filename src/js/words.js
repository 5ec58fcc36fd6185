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
