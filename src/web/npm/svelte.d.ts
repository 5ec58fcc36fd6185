// `import type {} from "medcard/svelte"`: types <med-card> in Svelte 5 markup (svelte-check).
// Svelte 5 sets `data={card}` as the property (the element has it) and listens with
// `onmedcard-ready={…}`, the event's exact name after `on` (docs/frameworks.md).
import type { HTMLAttributes } from "svelte/elements";
import type { MedCardAttributes, MedCardElement, MedCardEventMap, MedicationCard } from "./index.js";

/** The attributes and props of `<med-card>` in Svelte 5. */
export interface MedCardSvelteProps extends MedCardAttributes {
  /** Card data, set as the `data` property: an object or JSON text. */
  data?: MedicationCard | string | null;
  /** A card rendered. */
  "onmedcard-ready"?: (event: MedCardEventMap["medcard-ready"]) => void;
  /** The data could not be loaded or is invalid. */
  "onmedcard-error"?: (event: MedCardEventMap["medcard-error"]) => void;
  /** A collapsible section opened or closed. */
  "onmedcard-toggle"?: (event: MedCardEventMap["medcard-toggle"]) => void;
}

declare module "svelte/elements" {
  interface SvelteHTMLElements {
    "med-card": Omit<HTMLAttributes<MedCardElement>, keyof MedCardSvelteProps> & MedCardSvelteProps;
  }
}
