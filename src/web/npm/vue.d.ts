// `import type {} from "medcard/vue"`: types <med-card> in Vue 3 templates (vue-tsc, Volar).
// Vue must also be told that it is a custom element (`compilerOptions.isCustomElement`); bind the
// data as a property (`:data.prop="card"`) and listen with `@medcard-ready` (docs/frameworks.md).
import type { HTMLAttributes } from "vue";
import type { MedCardAttributes, MedCardElement, MedCardEventMap, MedicationCard } from "./index.js";

/** The props of `<med-card>` in a Vue template; `@medcard-ready` is `onMedcardReady`. */
export interface MedCardVueProps extends MedCardAttributes {
  /** Card data, set as the `data` property (`:data.prop`): an object or JSON text. */
  data?: MedicationCard | string | null;
  /** `@medcard-ready`: a card rendered. */
  onMedcardReady?: (event: MedCardEventMap["medcard-ready"]) => void;
  /** `@medcard-error`: the data could not be loaded or is invalid. */
  onMedcardError?: (event: MedCardEventMap["medcard-error"]) => void;
  /** `@medcard-toggle`: a collapsible section opened or closed. */
  onMedcardToggle?: (event: MedCardEventMap["medcard-toggle"]) => void;
}

/** `<med-card>` as vue-tsc sees a global component: the element, with its template props. */
export type MedCardVueComponent = new () => MedCardElement & {
  /** For template type-checking only. */
  $props: Omit<HTMLAttributes, keyof MedCardVueProps> & MedCardVueProps;
};

declare module "vue" {
  interface GlobalComponents {
    "med-card": MedCardVueComponent;
  }
}
