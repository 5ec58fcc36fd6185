// `import "medcard/define"`: registers <med-card> as a side effect (the package's only one,
// besides the script-tag entry medcard.js). `defined` resolves when the element is usable.
import { defineMedCard } from "./index.js";

export const defined = defineMedCard();
