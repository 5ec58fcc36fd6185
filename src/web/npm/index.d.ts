// Types for the npm package `medcard`: the card data (schema version 1), the API, and the
// <med-card> element with its events. The card data types, between the BEGIN and END lines, are
// made from schema/medcard.schema.json by `node scripts/card-types.mjs` (do not edit them here);
// tests/e2e/types.test.mjs fails when they are not what it makes.
//
// Optional fields also accept `null` (and, for text, blank strings): all mean "not given".

// BEGIN card types: made by scripts/card-types.mjs from schema/medcard.schema.json
/** A whole medication card. */
export interface MedicationCard {
  /** Always the number 1: the version of this schema. */
  schemaVersion: 1;
  /** BCP 47 language tag of the card's text. */
  language?: string | null;
  /** What the card is about. */
  medication: Medication;
  /** One or two plain sentences. */
  summary?: string | null;
  /**
   * One to six short statements the author writes for readers who read nothing else,
   * shown right under the summary in every layout. When given, at least one (an empty list
   * is an error); the validator warns about more than six, or one over 25 words.
   */
  keyFacts?: string[] | null;
  /** What it is used for, each with its evidence status. */
  uses?: Use[] | null;
  /** Mechanism in plain language. */
  howItWorks?: string | null;
  /** Benefits. */
  benefits?: Item[] | null;
  /** Prominent warnings; never collapsed. */
  warnings?: Warning[] | null;
  /** Safety-netting callouts; never collapsed. */
  getHelp?: Callout[] | null;
  /** How to take it. */
  dosage?: Dosage | null;
  /** Side effects; rendered collapsible. */
  sideEffects?: SideEffects | null;
  /** Precautions, rendered grouped by kind. */
  precautions?: Precaution[] | null;
  /** "See also" links. */
  related?: Link[] | null;
  /** References for the content. */
  sources?: Source[] | null;
  /**
   * When the content was last reviewed, and whether that was a clinical review or an
   * editorial check against the sources (`kind`).
   */
  reviewed?: Review | null;
  /** Who supplied the content; always visible when present. */
  attribution?: Attribution | null;
  /**
   * Replacement disclaimer text; absent or blank means the default text. The disclaimer
   * itself can never be removed.
   */
  disclaimer?: string | null;
  /**
   * For a translation: the card it translates, so its safety lists can be compared, and what
   * it deliberately leaves out.
   */
  translationOf?: Translation | null;
}

/** The medicine itself. */
export interface Medication {
  /** The medicine's name: the one text every card must have. */
  name: string;
  /** Generic (non-proprietary) name. */
  genericName?: string | null;
  /** Brand names. */
  brandNames?: string[] | null;
  /** Drug class. */
  drugClass?: string | null;
  /** Forms, such as "tablet". */
  forms?: string[] | null;
  /** How it can be obtained. */
  availability?: Availability | null;
  /** Codes in drug or clinical terminologies; not shown to readers. */
  codes?: Code[] | null;
}

/** How the medicine can be obtained. */
export type Availability = "prescription" | "pharmacy" | "general-sale" | "controlled";

/** One code: `{ system, code, display? }`, as in a FHIR `Coding`. */
export interface Code {
  /** The code system's canonical URI, such as `http://snomed.info/sct`; an absolute URI. */
  system: string;
  /** The code in that system, such as `15996`; its format is checked for the known systems. */
  code: string;
  /** What the code means, in words (not shown to readers). */
  display?: string | null;
}

/** One use of the medicine. */
export interface Use {
  /** The condition. */
  condition: string;
  /** Regulatory or evidence status. */
  status?: UseStatus | null;
  /**
   * Where the status applies: ISO 3166-1 alpha-2 country codes in capitals (`US`, `GB`),
   * or `EU` for the European Union. Shown with the status ("Approved in the US and the EU").
   * A code that is not two capital letters is an error; an `approved` use without regions is
   * a warning for authors (an approval is always some regulator's).
   */
  regions?: RegionCode[] | null;
  /** A short note, e.g. why a use is not recommended. */
  note?: string | null;
  /** Codes in drug or clinical terminologies; not shown to readers. */
  codes?: Code[] | null;
}

/** Regulatory or evidence status of a use. */
export type UseStatus = "approved" | "off-label" | "investigational" | "not-recommended";

/**
 * Where a use's status applies: an ISO 3166-1 alpha-2 country code in capitals (US, GB), or EU for the European Union.
 */
export type RegionCode = string;

/** A titled item with optional detail (benefits). */
export interface Item {
  /** Short title. */
  title: string;
  /** More detail. */
  detail?: string | null;
}

/** A prominent warning. */
export interface Warning {
  /** Short title. */
  title: string;
  /** More detail. */
  detail?: string | null;
  /** How strong the warning is. */
  level?: WarningLevel | null;
}

/** How strong a warning is: boxed is the strongest. */
export type WarningLevel = "boxed" | "important";

/** A safety-netting callout ("Call your doctor now if…"). */
export interface Callout {
  /** Urgent or emergency. */
  level: CalloutLevel;
  /** The callout's heading. */
  title: string;
  /** The signs to act on. */
  items?: string[] | null;
}

/**
 * How urgent a callout is: urgent (contact a doctor now) or emergency (call emergency services).
 */
export type CalloutLevel = "urgent" | "emergency";

/** How to take the medicine. */
export interface Dosage {
  /** Dose schedules. */
  schedules?: Schedule[] | null;
  /** General instructions. */
  instructions?: string[] | null;
  /** What to do after a missed dose. */
  missedDose?: string | null;
  /** What to do after taking too much. */
  overdose?: string | null;
  /** How to stop safely. */
  stopping?: string | null;
}

/**
 * One dose schedule. Free text per field, because real dosing text has no closed vocabulary;
 * validation guarantees at least one of `start`, `usual` and `maximum`.
 */
export interface Schedule {
  /** Who it is for. */
  population?: string | null;
  /** What it is for. */
  indication?: string | null;
  /** Starting dose. */
  start?: string | null;
  /** Usual dose. */
  usual?: string | null;
  /** Maximum dose. */
  maximum?: string | null;
  /** How often. */
  frequency?: string | null;
  /** When. */
  timing?: string | null;
  /** Anything else. */
  notes?: string | null;
}

/** Side effects, in two groups. */
export interface SideEffects {
  /** Common side effects. */
  common?: Effect[] | null;
  /** Serious side effects. */
  serious?: Effect[] | null;
  /** A note shown with the list. */
  note?: string | null;
}

/** One side effect. */
export interface Effect {
  /** The effect. */
  name: string;
  /** More detail. */
  detail?: string | null;
  /**
   * How often, in words: free text, such as a label's figure ("54 in 100 people in
   * studies"). May stand with `band`.
   */
  frequency?: string | null;
  /**
   * How often, as one of the frequency bands of EU product information (SmPC section 4.8,
   * package leaflet section 4): shown in the card's language with its meaning ("Common: may
   * affect up to 1 in 10 people").
   */
  band?: FrequencyBand | null;
  /** What to do about it. */
  action?: string | null;
  /** Codes in drug or clinical terminologies; not shown to readers. */
  codes?: Code[] | null;
}

/**
 * How often a side effect happens, in the bands of EU product information: very-common (more than 1 in 10 people), common (up to 1 in 10), uncommon (up to 1 in 100), rare (up to 1 in 1,000), very-rare (up to 1 in 10,000), not-known (cannot be estimated from the available data).
 */
export type FrequencyBand =
  | "very-common"
  | "common"
  | "uncommon"
  | "rare"
  | "very-rare"
  | "not-known";

/** One precaution. */
export interface Precaution {
  /** The group it is listed under. */
  kind?: PrecautionKind | null;
  /** Optional short title. */
  title?: string | null;
  /** The precaution. */
  text: string;
  /** Codes in drug or clinical terminologies; not shown to readers. */
  codes?: Code[] | null;
}

/** The group a precaution is listed under. */
export type PrecautionKind =
  | "contraindication"
  | "interaction"
  | "condition"
  | "pregnancy"
  | "breastfeeding"
  | "driving"
  | "alcohol"
  | "stopping"
  | "other";

/** A "see also" link. The URL is the author's; see [`safe_url`] before linking it. */
export interface Link {
  /** Link text. */
  title: string;
  /** Target, as written. */
  url: string;
}

/** A reference. */
export interface Source {
  /** Title of the reference. */
  title: string;
  /** Where to read it, as written: the source's own (canonical) address. */
  url?: string | null;
  /**
   * Where the cited text was actually read, when that was a copy at another address (an
   * archive, a mirror, a reprint): shown in small print as "read at …". `accessed` is the
   * date it was read there.
   */
  via?: string | null;
  /** Who published it. */
  publisher?: string | null;
  /**
   * When the cited text was read (at `via` when given, else at `url`). Give only a date on
   * which it was really read.
   */
  accessed?: CardDate | null;
}

/** A real calendar date, written YYYY-MM-DD. */
export type CardDate = string;

/** When and by whom the content was last reviewed, and what kind of review it was. */
export interface Review {
  /** Date of the review. */
  date: CardDate;
  /**
   * `clinical`: a clinician reviewed the content ("Clinically reviewed … by …").
   * `editorial`: the content was checked against its sources, which is not a clinical review,
   * and the card says so. Absent: not stated; the card shows the neutral "Last reviewed … by …"
   * line it always showed (it claims no clinical review), and `medcard validate` warns.
   */
  kind?: ReviewKind | null;
  /** Reviewer. */
  by?: string | null;
  /** When the next review is due. */
  nextReview?: CardDate | null;
}

/**
 * What kind of review: clinical (a clinician reviewed the content) or editorial (checked against its sources; not a clinical review).
 */
export type ReviewKind = "clinical" | "editorial";

/** Who supplied the content. */
export interface Attribution {
  /** Credit text. */
  text: string;
  /** Link for the credit, as written. */
  url?: string | null;
}

/**
 * The original card of a translation.
 *
 * `medcard validate` compares the translation's safety lists (warnings, get-help callouts,
 * serious side effects, precautions, dosage) with the original's: the file at `url` when it is a
 * relative path (from the translation's own folder), or the file given with `--original`. It
 * never fetches a web address, and neither the widget nor the playground can compare: they see
 * one card.
 */
export interface Translation {
  /**
   * Where the original card's JSON is: a path relative to this card's file (such as
   * `gabapentin.json`), or a web address. Not shown to readers.
   */
  url?: string | null;
  /** The original card's language (BCP 47), such as `en`. */
  language?: string | null;
  /**
   * In the card's own language, shown to readers under the title: what safety content of the
   * original this translation deliberately leaves out, and where to read it. Only for a
   * shortened translation; with it, the validator does not warn that the lists are shorter.
   */
  omitted?: string | null;
}

// END card types

/** One finding of `validate`, the same the widget and `medcard validate` report. */
export interface Problem {
  /**
   * `error`: the card cannot be shown; `warning`: it is shown anyway; `info`: not a problem (a
   * reading level, with `{ readability: true }`).
   */
  severity: "error" | "warning" | "info";
  /** JSON path such as `sideEffects.serious[2].name`, or `""` for the whole document. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** For JSON syntax errors: where, counting from 1. */
  line?: number;
  column?: number;
}

/** A problem as the `medcard-error` event reports it. */
export interface CardProblem {
  path: string;
  message: string;
}

/** Presentation options of `render`, the element's attributes. */
export interface RenderOptions {
  /** The card's `lang` and UI language (the `lang` attribute). */
  lang?: string;
  /** 2–6: level of the card's title heading (the `heading-level` attribute). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The side effects section starts open (the `expanded` attribute). */
  expanded?: boolean;
  /** Which sections show open: "full" (default) or "compact" (the `layout` attribute). */
  layout?: MedCardLayout;
}

/** A card mounted by `render`. */
export interface CardHandle {
  /** The `<med-card>` element. */
  readonly element: MedCardElement;
  /** Empty when a card is shown; otherwise why not (as in `medcard-error`). */
  readonly problems: CardProblem[];
  /** Shows other data; resolves with the new `problems` once rendered. */
  update(data: MedicationCard | string): Promise<CardProblem[]>;
  /** Removes the card. */
  destroy(): void;
}

/**
 * Loads the checking WebAssembly (`medcard_authoring_bg.wasm`, once). Resolves when `validate` can
 * be called; defines nothing. The card itself uses its own, smaller wasm.
 */
export function load(): Promise<void>;

/** Options of `defineMedCard`. */
export interface DefineOptions {
  /**
   * Where the WebAssembly comes from, when not from `medcard_wasm_bg.wasm` beside the package's
   * modules: its URL, or a `fetch` of it already under way. Only the first call's value counts.
   */
  wasm?: string | URL | Response | Promise<Response>;
  /**
   * Where each language's words file comes from, by primary language subtag
   * (`{ es: "/assets/medcard/words/es.json" }`), when not from `words/<lang>.json` beside the
   * package's modules (a bundler that does not copy them, such as esbuild). English needs none;
   * a card whose file cannot be loaded shows English words and warns once in the console.
   */
  words?: Record<string, string | URL | Request | Response | Promise<Response>>;
}

/**
 * Registers `<med-card>` (once, however often it is called; cards show their title and the
 * disclaimer at once); resolves when it is usable.
 */
export function defineMedCard(options?: DefineOptions): Promise<void>;

/**
 * Mounts a card into `element` (which must be in the document) as a `<med-card>` child.
 * Resolves once a card or an error panel has rendered.
 */
export function render(
  element: Element,
  data: MedicationCard | string,
  options?: RenderOptions,
): Promise<CardHandle>;

/** Options of `validate`. */
export interface ValidateOptions {
  /**
   * Also report the reading level of each text of 10 words or more and of the whole card
   * (`info`), and warn above grade 9: Flesch–Kincaid for English, Fernández-Huerta for Spanish;
   * other languages get one `info` saying they are not graded.
   */
  readability?: boolean;
}

/**
 * Checks card data (JSON text or a value) with the widget's rules; `[]` when valid with no
 * warnings. In Node it loads the WebAssembly itself; in a browser `await load()` first.
 */
export function validate(card: unknown, options?: ValidateOptions): Problem[];

/**
 * How much of the card shows before the reader opens anything (the `layout` attribute).
 * `full`: every section open but the side effects and the sources, with "On this card" links.
 * `compact`: the header, key facts, warnings, get-help callouts and footer open; every other
 * section collapsed, its summary saying what it holds.
 */
export type MedCardLayout = "full" | "compact";

/** A section that can be opened and closed: its name in `medcard-toggle` and `openSection`. */
export type MedCardSection =
  | "uses"
  | "warnings"
  | "howItWorks"
  | "benefits"
  | "dosage"
  | "sideEffects"
  | "precautions"
  | "related"
  | "sources";

/**
 * The `<med-card>` element. Attributes: `src`, `timeout`, `integrity`, `lang`, `theme`,
 * `strings`, `heading-level`, `expanded`, `layout`, `loading` (every one described in the
 * package's custom-elements.json, which editors read; tests/e2e/element-api.test.mjs keeps this
 * list, the members and the events below equal to it).
 */
export interface MedCardElement extends HTMLElement {
  /** Card data: an object or JSON text. Wins over inline JSON and `src`; setting it re-renders. */
  data: MedicationCard | string | null | undefined;
  /** The `layout` attribute, reflected: anything but `"compact"` reads as `"full"`. */
  layout: MedCardLayout;
  /**
   * Opens the section `name` if it is collapsed, scrolls it into view and moves focus to it.
   * `false` when the card has no such section, or has not rendered yet.
   */
  openSection(name: MedCardSection | string): boolean;
}

/**
 * The element's attributes as markup writes them, for typing `<med-card>` in a framework's
 * templates (`medcard/react`, `medcard/vue` and `medcard/svelte` build on it). `data` is not an
 * attribute: set the property (see docs/frameworks.md for each framework's way).
 */
export interface MedCardAttributes {
  /** URL of the card JSON to fetch. */
  src?: string;
  /** Time limit for fetching `src`, in milliseconds (default 10000). */
  timeout?: number | string;
  /** The card's `lang` and UI language. */
  lang?: string;
  /** Colour theme; without it the card follows the page's `color-scheme`. */
  theme?: "light" | "dark" | "auto";
  /** JSON object text replacing any of the widget's words. */
  strings?: string;
  /** Level of the card's title heading, 2–6 (default 2). */
  "heading-level"?: 2 | 3 | 4 | 5 | 6 | "2" | "3" | "4" | "5" | "6";
  /** Present: the side effects section starts open. */
  expanded?: boolean | "";
  /** How much of the card shows before the reader opens anything. */
  layout?: MedCardLayout;
  /** `lazy`: start the card when it nears the viewport. */
  loading?: "lazy" | "eager";
}

export interface MedCardReadyDetail {
  /** `medication.name` of the card shown. */
  name: string;
}

export interface MedCardErrorDetail {
  problems: CardProblem[];
}

export interface MedCardToggleDetail {
  /** The section that opened or closed (`warnings`: a compact card's warning detail). */
  section: MedCardSection;
  /** Whether it is open now. */
  expanded: boolean;
}

/** The element's events; all bubble and are composed. */
export interface MedCardEventMap {
  "medcard-ready": CustomEvent<MedCardReadyDetail>;
  "medcard-error": CustomEvent<MedCardErrorDetail>;
  "medcard-toggle": CustomEvent<MedCardToggleDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    "med-card": MedCardElement;
  }
  interface HTMLElementEventMap extends MedCardEventMap {}
  interface DocumentEventMap extends MedCardEventMap {}
  interface WindowEventMap extends MedCardEventMap {}
}
