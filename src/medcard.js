// medcard for script tags: `<script type="module" src=".../medcard.js">`.
// Loads the wasm next to this file (so any CDN path works) and defines <med-card> once.
import init, { defineMedCard, resetRuntime } from "./medcard_wasm.js";

await init({ module_or_path: new URL("medcard_wasm_bg.wasm", import.meta.url) });
// After a panic, element.js calls this: a fresh wasm instance, which re-registers its entry points.
const revive = () => {
  resetRuntime();
  defineMedCard(revive);
};
defineMedCard(revive);
