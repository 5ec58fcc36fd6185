// `import type {} from "medcard/react"`: types <med-card> in React 19's JSX. React 19 sets a
// custom element's props as properties when the element has them (`data`, `layout`), as
// attributes otherwise, and turns `on` + an event's exact name into an event listener
// (`onmedcard-ready`). React 18 does neither: use a ref there (docs/frameworks.md), not this file.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { MedCardAttributes, MedCardElement, MedCardEventMap, MedicationCard } from "./index.js";

/** The props of `<med-card>` in React 19. */
export interface MedCardProps extends MedCardAttributes {
  /** Card data, set as the `data` property: an object or JSON text. */
  data?: MedicationCard | string | null;
  /** A card rendered. */
  "onmedcard-ready"?: (event: MedCardEventMap["medcard-ready"]) => void;
  /** The data could not be loaded or is invalid. */
  "onmedcard-error"?: (event: MedCardEventMap["medcard-error"]) => void;
  /** A collapsible section opened or closed. */
  "onmedcard-toggle"?: (event: MedCardEventMap["medcard-toggle"]) => void;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "med-card": DetailedHTMLProps<HTMLAttributes<MedCardElement>, MedCardElement> & MedCardProps;
    }
  }
}
