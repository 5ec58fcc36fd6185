// The <med-card> custom element: a thin class that owns the element's lifecycle and hands
// parsing, checking and rendering to Rust (src/web/element.rs). Where its data comes from is in
// card-source.js, the shared wasm runtime and crash recovery in recovery.js, what shows without
// the wasm in placeholder.js. Nothing here ever throws into the host page, and every string is
// set as text.

import { fetchCard, integrityOf, nameOf, pickSource, timeoutOf } from "./card-source.js";
import { observeLazily } from "./lazy.js";
import { cardStyle, showFailure, showPlaceholder, showsServerCard, swapWhenRendered } from "./placeholder.js";
import {
  FAIL, FORGET, REFRESH, START, WAKE, connect, currentRuntime, isDown, live, notePanic, prefetchWords, release,
  requestRuntime, takeIdle,
} from "./recovery.js";

const OBSERVED = ["src", "timeout", "integrity", "lang", "heading-level", "expanded", "layout", "strings"];

// This copy's version, baked in at build time from Cargo.toml (scripts/build-dist.sh); the
// sources, loaded unbundled by the wasm-pack tests, say "development".
const VERSION = typeof MEDCARD_VERSION === "string" ? MEDCARD_VERSION : "development";

/**
 * Defines `<med-card>` (returns false, changing nothing, when `tag` is already defined). `wasm`
 * is `{ load(): Promise, start(hooks): CardRuntime, reset?() }`: cards show a placeholder with
 * their title and the disclaimer at once, and the wasm is loaded when the first card needs it.
 * When another medcard version defined `tag` first (two copies on one page), that one stays and
 * a console warning names both versions; nothing is thrown.
 */
export function defineMedCard(wasm, tag = "med-card") {
  connect(wasm);
  const defined = customElements.get(tag);
  if (defined) {
    if (defined.medcardVersion !== VERSION) {
      const other = defined.medcardVersion ? `medcard ${defined.medcardVersion}` : "another script";
      console.warn(`medcard: <${tag}> is already defined by ${other}; this copy, medcard ${VERSION}, is not used.`);
    }
    return false;
  }
  customElements.define(tag, MedCardElement);
  return true;
}

// Outside a browser (the npm package's `validate` in Node) there is no HTMLElement; the class is
// then never defined, but this module must still load.
class MedCardElement extends (globalThis.HTMLElement ?? Object) {
  static get observedAttributes() {
    return OBSERVED;
  }

  /** The medcard version that defined the element (two copies on a page compare it). */
  static get medcardVersion() {
    return VERSION;
  }

  #handle = null;
  #data = undefined;
  #failed = false;
  // Bumped for every new data request, so an older fetch can never win.
  #generation = 0;
  #abort = null;
  // Pending swap of a hidden, rendering container for the content already shown.
  #swap = null;
  // The container the card renders into (Yew's root), and the server-rendered card's container
  // while that stays on screen in its place (the same markup: see swapWhenRendered).
  #container = null;
  #kept = null;
  // Whether the card should start: always, unless loading="lazy" and still far from view.
  #near = false;

  constructor() {
    super();
    // `el.data = …` set before this class was defined landed on the instance itself;
    // take it over so it goes through the setter (the "lazy property" upgrade pattern).
    if (Object.prototype.hasOwnProperty.call(this, "data")) {
      const value = this.data;
      delete this.data;
      this.#data = value;
    }
  }

  get data() {
    return this.#data;
  }

  set data(value) {
    this.#data = value;
    this.#load();
  }

  // `layout="compact"` or `"full"` (README, "Layouts"), reflected to the attribute.
  get layout() {
    return this.getAttribute("layout") === "compact" ? "compact" : "full";
  }

  set layout(value) {
    this.setAttribute("layout", String(value));
  }

  /**
   * Opens the section `name` (as `medcard-toggle` names it: "sideEffects", "sources"…) if it is
   * collapsed, scrolls it into view and moves focus to it. Returns whether the card has it.
   */
  openSection(name) {
    const container = this.#handle && (this.#kept ?? this.#container);
    return Boolean(container) && openSection(container, name);
  }

  connectedCallback() {
    live.add(this);
    if (this.#handle || this.#failed) return; // moved within the page: keep the state
    if (this.getAttribute("loading") === "lazy" && !this.#near) {
      this.#placeholder();
      observeLazily(this, () => this[WAKE](true));
    } else this[WAKE](true);
  }

  disconnectedCallback() {
    // Removal and re-insertion in the same task is a move: only destroy if still detached.
    queueMicrotask(() => {
      if (this.isConnected) return;
      live.delete(this);
      this.#cancel();
      const handle = this.#handle;
      const container = this.#container;
      this.#handle = null;
      this.#container = null;
      if (handle) this.#guard(() => release(handle, container));
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#handle || oldValue === newValue) return;
    if (name === "src" || name === "timeout" || name === "integrity") this.#load();
    else this.#options();
  }

  // Starts the card if it is wanted (eager, or a lazy one near the viewport) and not started.
  [WAKE](near = false) {
    this.#near ||= near;
    if (!this.#near || this.#handle || this.#failed || !this.isConnected) return;
    prefetchWords(this);
    if (currentRuntime()) this[START]();
    else {
      this.#placeholder();
      requestRuntime();
    }
  }

  // Mounts the card; returns whether it did.
  [START]() {
    const runtime = currentRuntime();
    if (!runtime || !this.#near) return false; // recovery will start it, or it is lazy and far
    this.#guard(() => {
      const root = this.#root();
      root.adoptedStyleSheets = [cardStyle()];
      // A server-rendered or recovered card stays on screen until the new one has rendered.
      const showing = root.firstElementChild != null;
      // Sections the reader opened in a server-rendered (or recovered) card stay open.
      const opened = [...root.querySelectorAll("details[open][data-section]")].map((d) => d.dataset.section);
      const reused = takeIdle();
      // Yew mounts into an element, not a shadow root.
      const container = reused?.container ?? document.createElement("div");
      this.#container = container;
      this.#kept = null;
      if (showing) this.#swap = swapWhenRendered(this, root, container, (kept) => this.#keep(kept));
      else root.replaceChildren(container);
      if (reused) {
        reused.handle.adopt(this);
        this.#handle = reused.handle;
      } else {
        this.#handle = runtime.mount(container, this);
        listenForSections(container, this.#handle);
      }
      for (const name of opened) this.#handle.keepOpen(name);
      this.#options();
      this.#load();
    });
    return true;
  }

  // A language's words arrived or failed (words.js): a card waiting for them renders.
  [REFRESH]() {
    this.#call((handle) => handle.refresh());
  }

  [FORGET]() {
    this.#swap?.abort();
    this.#container = null;
    this.#cancel();
    this.#handle = null; // belongs to a dead instance: never call it again
  }

  // The card cannot be shown: a plain panel with the disclaimer, and one medcard-error. With
  // `keepServerCard`, a server-rendered card already on screen stays (it is complete).
  [FAIL](message, keepServerCard = false) {
    if (this.#failed) return;
    this.#swap?.abort();
    this.#failed = true;
    this.#handle = null;
    this.#cancel();
    const root = this.#root();
    if (!(keepServerCard && showsServerCard(root))) showFailure(root);
    const detail = { problems: [{ path: "", message }] };
    this.dispatchEvent(new CustomEvent("medcard-error", { bubbles: true, composed: true, detail }));
  }

  #root() {
    return this.shadowRoot ?? this.attachShadow({ mode: "open" });
  }

  // Before the wasm is ready: the title and the disclaimer (the card replaces it in one step).
  #placeholder() {
    showPlaceholder(this.#root(), nameOf(this, this.#data));
  }

  // The server-rendered card stays on screen as it is, and tells this card's handle of its
  // sections (it is the same card: swapWhenRendered compared them).
  #keep(kept) {
    this.#kept = kept;
    this.#call((handle) => listenForSections(kept, handle));
  }

  // Before the card renders anything new, its own container takes the kept server card's place,
  // with the same details open.
  #unkeep() {
    const kept = this.#kept;
    if (!kept) return;
    this.#kept = null;
    const opened = [...kept.querySelectorAll("details")].map((details) => details.open);
    this.#container.querySelectorAll("details").forEach((details, i) => (details.open = opened[i] ?? details.open));
    this.#root().replaceChildren(this.#container);
  }

  #options() {
    const options = {
      lang: this.getAttribute("lang"),
      headingLevel: this.getAttribute("heading-level"),
      expanded: this.hasAttribute("expanded"),
      layout: this.getAttribute("layout"),
      pageLang: this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? null,
      strings: this.getAttribute("strings"),
    };
    this.#unkeep();
    this.#call((handle) => handle.setOptions(options));
  }

  #load() {
    if (!this.#handle) return;
    this.#unkeep();
    this.#cancel();
    const generation = ++this.#generation;
    const source = pickSource(this, this.#data);
    if (!source) {
      // Connected before the parser reached our children: look again when it is done.
      const again = () => generation === this.#generation && this.#load();
      document.addEventListener("DOMContentLoaded", again, { once: true });
    } else if (source.url) this.#fetch(source.url, generation);
    else this.#call(source.show);
  }

  async #fetch(url, generation) {
    const controller = new AbortController();
    this.#abort = controller;
    this.#call((handle) => handle.showLoading());
    const millis = timeoutOf(this);
    const maxBytes = currentRuntime()?.maxBytes ?? 0;
    const integrity = integrityOf(this);
    const show = await fetchCard(url, { millis, maxBytes, controller, integrity });
    if (generation !== this.#generation) return; // newer data was requested meanwhile
    this.#abort = null;
    this.#call(show);
  }

  #cancel() {
    this.#abort?.abort();
    this.#abort = null;
  }

  // Calls the live handle, if any.
  #call(action) {
    const handle = this.#handle;
    if (handle) this.#guard(() => action(handle));
  }

  // Nothing is ever thrown into the host page. If the wasm itself fails, the card shows a
  // plain error with the disclaimer, built with text nodes only.
  #guard(action) {
    try {
      action();
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) {
        // A trap: the instance is dead. Recovery re-mounts every card and finds the culprit.
        notePanic(error.message);
        return;
      }
      if (isDown()) return; // a panic was noted and recovery is on its way
      this[FAIL](error instanceof Error ? error.message : String(error));
    }
  }
}

// The card's sections in the page: one capture listener per card container hears every
// <details> open and close (`toggle` does not bubble, and the static parts carry no listeners)
// and tells the card's handle, which keeps them open across re-renders and fires medcard-toggle;
// the "On this card" links move the reader to a section (a fragment link cannot reach into a
// shadow root). `MedCard` does the same in Rust (src/web/sections.rs); here it costs fewer bytes.

/** Listens on `container` (a card's Yew root) for its sections, on behalf of `handle`. */
function listenForSections(container, handle) {
  container.addEventListener(
    "toggle",
    (event) => {
      const details = event.target;
      // A compact card's warning detail is reported as "warnings"; it is no section.
      const name = "warning" in details.dataset ? "warnings" : details.dataset.section;
      if (!name) return;
      try {
        handle.toggled(name, details.open);
      } catch {
        // The handle's instance died (recovery re-mounts the card): nothing to tell.
      }
    },
    true,
  );
  container.addEventListener("click", (event) => {
    const link = event.target.closest?.("a[data-jump]");
    if (!link) return;
    event.preventDefault();
    openSection(container, link.dataset.jump);
  });
}

/**
 * Opens the section `name` inside `container` if it is collapsed, scrolls it into view and
 * moves focus to it (its summary, or its heading); false when there is no such section.
 */
function openSection(container, name) {
  const section = container.querySelector(`[data-section="${CSS.escape(String(name))}"]`);
  if (!section) return false;
  if (section.localName === "details") section.open = true;
  const target = section.querySelector("summary, .medcard__heading");
  if (target) {
    if (target.tabIndex < 0) target.tabIndex = -1;
    section.scrollIntoView();
    target.focus();
  }
  return true;
}
