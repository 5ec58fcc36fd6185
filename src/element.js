// The <med-card> custom element: a thin class that owns the element lifecycle, fetching and
// crash recovery, and hands parsing, checking and rendering to Rust (element.rs).
// Nothing here ever throws into the host page, and every string is set as text.

const OBSERVED = ["src", "timeout", "lang", "heading-level", "expanded", "strings"];
const DEFAULT_TIMEOUT_MS = 10000;

// Entry points of the live wasm instance: { mount, revive, maxBytes }. A panic kills the
// instance; `notePanic` then clears this and recovery asks `revive` for a fresh instance.
let runtime = null;
// Words for the placeholder and the plain error panel, used before (or without) the wasm.
// English until Rust hands over its words; tests/element_words.rs keeps them equal to src/text.rs.
let fallback = {
  title: "This medicine information cannot be shown",
  label: "Not medical advice.",
  // prettier-ignore
  disclaimer: "This card is general information, not medical advice. It does not replace advice from your doctor, pharmacist or nurse. Always follow your prescription label and the patient leaflet, and don't start, stop or change a medicine without talking to a health professional. If you think you are having a serious reaction, or someone has taken too much, contact emergency services or a poison control centre straight away.",
};
// One constructed stylesheet shared by every card: works under a CSP without 'unsafe-inline'.
let sheet = null;
// Every connected element, for recovery after a panic.
const live = new Set();
// Cards of removed elements, kept for the next new element ({ handle, container }): Yew never
// frees an app's event listener, so reusing apps keeps add/remove cycles from leaking.
const idle = [];
const MAX_IDLE = 16;
let recovering = false;
let lastPanic = "";

// Set by `prepareElement`: asks the entry to load the wasm (the entry does it once); the new
// instance then calls `defineElement`, which starts the waiting cards.
let startRuntime = null;
// Cards with loading="lazy" start when they come within this distance of the viewport.
const LAZY_MARGIN = "300px";
let lazyObserver = null;

// Methods recovery calls on elements (symbols keep them off the public element API).
const START = Symbol("start");
const FORGET = Symbol("forget");
const FAIL = Symbol("fail");
const WAKE = Symbol("wake");

// Everything needed from Rust arrives as arguments, so this module imports nothing.
export function defineElement(tag, css, words, mount, revive, maxBytes) {
  runtime = { mount, revive, maxBytes };
  fallback = words;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  const defined = !customElements.get(tag);
  if (defined) customElements.define(tag, MedCardElement);
  // Cards that connected before the wasm was ready (see prepareElement) start now; after a
  // panic, recovery starts them one by one instead.
  if (!recovering) for (const element of live) element[WAKE]();
  return defined;
}

// Defines <med-card> before the wasm is loaded (re-exported by the glue as `prepareMedCard`):
// cards show a placeholder with their title and the disclaimer at once, and the wasm is only
// fetched and compiled, through `start`, when the first card needs it (a lazy card: when it
// nears the viewport).
export function prepareElement(tag, start) {
  startRuntime = () => {
    Promise.resolve()
      .then(start)
      .catch((error) => {
        const message = `the medcard code could not be loaded (${error?.message ?? error})`;
        for (const element of live) element[FAIL](message);
      });
  };
  if (!customElements.get(tag)) customElements.define(tag, MedCardElement);
}

// Until the card's stylesheet arrives with the wasm: just enough to look like the card's frame,
// themed like the card (same --medcard-* properties and light-dark() defaults, same theme
// attribute), so a dark page shows a dark box while it loads and nothing changes colour after.
const PLACEHOLDER_CSS =
  `:host{all:initial;display:block;max-width:max(var(--medcard-max-width,48rem),280px);color-scheme:inherit}:host([theme="auto"]){color-scheme:light dark}:host([theme="light"]){color-scheme:light}:host([theme="dark"]){color-scheme:dark}.medcard{padding:1.25rem 1.5rem;border:1px solid var(--medcard-border,light-dark(#c8d1dc,#4a5663));border-radius:var(--medcard-radius,8px);background:var(--medcard-bg,light-dark(#ffffff,#14191f));color:var(--medcard-fg,light-dark(#1d2630,#e8edf2));line-height:1.5;font-family:var(--medcard-font,system-ui,sans-serif);font-size:max(var(--medcard-font-size,1rem),12px)}.medcard__title{margin:0 0 1rem;font-size:1.6em;font-weight:700;line-height:1.25}.medcard__disclaimer{margin:0.75rem 0 0;padding:0.75rem 1rem;border-radius:4px;font-size:max(0.875rem,12px);color:light-dark(#1d2630,#e8edf2);background:light-dark(#f3f5f8,#222a33)}`;
let placeholder = null;

function placeholderSheet() {
  if (sheet) return sheet;
  if (!placeholder) {
    placeholder = new CSSStyleSheet();
    placeholder.replaceSync(PLACEHOLDER_CSS);
  }
  return placeholder;
}

function observeLazily(element) {
  lazyObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        lazyObserver.unobserve(entry.target);
        entry.target[WAKE](true);
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  lazyObserver.observe(element);
}

// Called by Rust's panic hook just before the instance traps. Every card handle now belongs
// to a dead instance: forget them all, then bring the cards back on a fresh instance.
export function notePanic(message) {
  if (!runtime) return; // already noted (the trap that follows the hook lands here too)
  lastPanic = message;
  const { revive } = runtime;
  runtime = null;
  for (const element of live) element[FORGET]();
  idle.length = 0;
  if (!recovering) {
    recovering = true;
    setTimeout(() => recover(revive).finally(() => (recovering = false)));
  }
}

// Re-mounts the cards one at a time on a fresh instance. A card whose own rendering panics
// again is the culprit: it gets the error panel and the others carry on.
async function recover(revive) {
  const failed = new Set();
  for (let attempt = 0; revive && attempt <= live.size; attempt++) {
    try {
      revive();
    } catch {
      break; // no fresh instance: every card falls back below
    }
    if (!runtime) break;
    let culprit = null;
    for (const element of [...live]) {
      if (failed.has(element)) continue;
      if (!element[START]()) continue; // a lazy card still far from view starts later
      await outcome(element);
      if (!runtime) {
        culprit = element;
        break;
      }
    }
    if (!culprit) return;
    failed.add(culprit);
    culprit[FAIL](`the card stopped working (${lastPanic})`);
  }
  for (const element of live) if (!failed.has(element)) element[FAIL](lastPanic);
}

// Resolves when the element reports a result, the runtime dies, or after its fetch time limit.
function outcome(element) {
  return new Promise((resolve) => {
    const events = ["medcard-ready", "medcard-error"];
    const done = () => {
      clearInterval(poll);
      clearTimeout(limit);
      for (const name of events) element.removeEventListener(name, done);
      resolve();
    };
    for (const name of events) element.addEventListener(name, done);
    const poll = setInterval(() => runtime || done(), 10);
    const limit = setTimeout(done, timeoutOf(element) + 1000);
  });
}

function timeoutOf(element) {
  const millis = Number.parseInt(element.getAttribute("timeout") ?? "", 10);
  return millis > 0 ? millis : DEFAULT_TIMEOUT_MS;
}

// Outside a browser (the npm package's `validate` in Node) there is no HTMLElement; the class is
// then never defined, but this module must still load.
class MedCardElement extends (globalThis.HTMLElement ?? Object) {
  static get observedAttributes() {
    return OBSERVED;
  }

  #handle = null;
  #data = undefined;
  #failed = false;
  // Bumped for every new data request, so an older fetch can never win.
  #generation = 0;
  #abort = null;
  // Pending swap of a hidden, rendering container for the content already shown.
  #swap = null;
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

  connectedCallback() {
    live.add(this);
    if (this.#handle || this.#failed) return; // moved within the page: keep the state
    if (this.getAttribute("loading") === "lazy" && !this.#near) {
      this.#placeholder();
      observeLazily(this);
    } else this[WAKE](true);
  }

  // Starts the card if it is wanted (eager, or a lazy one near the viewport) and not started.
  [WAKE](near = false) {
    this.#near ||= near;
    if (!this.#near || this.#handle || this.#failed || !this.isConnected) return;
    if (runtime) this[START]();
    else {
      this.#placeholder();
      startRuntime?.();
    }
  }

  // Before the wasm is ready: the title and the disclaimer, built as text, in the space the card
  // will take. The card replaces it in one step once rendered (see START).
  #placeholder() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    if (root.firstElementChild) return;
    const title = document.createElement("p");
    title.className = "medcard__title";
    title.textContent = this.#inlineName() ?? "";
    const panel = showPanel(root, "medcard medcard--placeholder", title);
    panel.setAttribute("aria-busy", "true");
  }

  // The medication's name from inline or property data, best effort (Rust does the real parse).
  #inlineName() {
    try {
      const script = this.querySelector(':scope > script[type="application/json"]');
      const data = typeof this.#data === "string" || !this.#data ? JSON.parse(this.#data ?? script?.textContent ?? "null") : this.#data;
      const name = data?.medication?.name;
      return typeof name === "string" ? name.slice(0, 200) : null;
    } catch {
      return null;
    }
  }

  disconnectedCallback() {
    // Removal and re-insertion in the same task is a move: only destroy if still detached.
    queueMicrotask(() => {
      if (this.isConnected) return;
      live.delete(this);
      this.#cancel();
      const handle = this.#handle;
      const container = this.shadowRoot?.firstElementChild;
      this.#handle = null;
      if (!handle) return;
      this.#guard(() => {
        if (idle.length < MAX_IDLE && container) {
          handle.park();
          container.remove();
          idle.push({ handle, container });
        } else {
          handle.destroy();
          handle.free();
        }
      });
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#handle || oldValue === newValue) return;
    if (name === "src" || name === "timeout") this.#load();
    else this.#options();
  }

  // Mounts the card; returns whether it did.
  [START]() {
    if (!runtime || !this.#near) return false; // recovery will start it, or it is lazy and far
    this.#guard(() => {
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [sheet];
      // A server-rendered card (`medcard render`) arrives with a declarative shadow root that
      // already shows it (so does a card being recovered): keep that on screen while Yew
      // renders into a hidden container, then swap in one step once the card (or an error) is
      // rendered. No flash, no layout shift.
      const showing = root.firstElementChild != null;
      const reused = idle.pop();
      // Yew mounts into an element, not a shadow root.
      const container = reused?.container ?? document.createElement("div");
      if (showing) {
        container.hidden = true;
        root.append(container);
        const rendered = new AbortController();
        this.#swap = rendered;
        const swap = () => {
          rendered.abort();
          container.hidden = false;
          root.replaceChildren(container);
        };
        this.addEventListener("medcard-ready", swap, { signal: rendered.signal });
        this.addEventListener("medcard-error", swap, { signal: rendered.signal });
      } else root.replaceChildren(container);
      if (reused) {
        reused.handle.adopt(this);
        this.#handle = reused.handle;
      } else this.#handle = runtime.mount(container, this);
      this.#options();
      this.#load();
    });
    return true;
  }

  [FORGET]() {
    this.#swap?.abort();
    this.#cancel();
    this.#handle = null; // belongs to a dead instance: never call it again
  }

  #options() {
    const page = this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? null;
    this.#call((handle) =>
      handle.setOptions(
        this.getAttribute("lang"),
        this.getAttribute("heading-level"),
        this.hasAttribute("expanded"),
        page,
        this.getAttribute("strings"),
      ),
    );
  }

  // Priority: the data property, then an inline JSON script child, then src.
  #load() {
    if (!this.#handle) return;
    this.#cancel();
    const generation = ++this.#generation;
    const data = this.#data;
    const script = this.querySelector(':scope > script[type="application/json"]');
    const src = this.getAttribute("src");
    if (data == null && !script && !src && document.readyState === "loading") {
      // Connected before the parser reached our children: look again when it is done.
      document.addEventListener(
        "DOMContentLoaded",
        () => generation === this.#generation && this.#load(),
        { once: true },
      );
      return;
    }
    if (typeof data === "string") this.#call((handle) => handle.showJson(data));
    else if (data != null) this.#showObject(data);
    else if (script) this.#call((handle) => handle.showJson(script.textContent));
    else if (src) this.#fetch(new URL(src, document.baseURI).href, generation);
    else this.#call((handle) => handle.showMissing());
  }

  // Objects go to Rust as JSON text: one parser, its nesting limit, and its error positions.
  #showObject(data) {
    let json;
    try {
      json = JSON.stringify(data);
    } catch (error) {
      // Cycles, BigInt values, or a throwing toJSON.
      const message = error instanceof Error ? error.message : String(error);
      this.#call((handle) => handle.showUnreadable(message));
      return;
    }
    if (typeof json !== "string") {
      this.#call((handle) => handle.showUnreadable("it is not a JSON value"));
    } else this.#call((handle) => handle.showJson(json));
  }

  async #fetch(url, generation) {
    const controller = new AbortController();
    this.#abort = controller;
    const millis = timeoutOf(this);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, millis);
    this.#call((handle) => handle.showLoading());
    let result;
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: "same-origin" });
      result = await readCardText(response, url, runtime?.maxBytes ?? 0, controller);
    } catch {
      result = timedOut ? { failure: "timeout", detail: String(millis) } : { failure: "network" };
    } finally {
      clearTimeout(timer);
    }
    if (generation !== this.#generation) return; // newer data was requested meanwhile
    this.#abort = null;
    if (result.text !== undefined) this.#call((handle) => handle.showJson(result.text));
    else this.#call((handle) => handle.showLoadFailure(result.failure, url, result.detail ?? ""));
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
      if (!runtime) return; // a panic was noted and recovery is on its way
      this[FAIL](error instanceof Error ? error.message : String(error));
    }
  }

  [FAIL](message) {
    this.#swap?.abort();
    this.#failed = true;
    this.#handle = null;
    this.#cancel();
    const alert = document.createElement("p");
    alert.setAttribute("role", "alert");
    alert.className = "medcard__error";
    alert.textContent = fallback.title;
    showPanel(this.shadowRoot ?? this.attachShadow({ mode: "open" }), "medcard", alert);
    this.dispatchEvent(
      new CustomEvent("medcard-error", {
        bubbles: true,
        composed: true,
        detail: { problems: [{ path: "", message }] },
      }),
    );
  }
}

// Fills `root` with a panel built from text nodes only: `first`, then the disclaimer. Used while
// the wasm is loading and when it cannot render at all.
function showPanel(root, className, first) {
  root.adoptedStyleSheets = [placeholderSheet()];
  const panel = document.createElement("div");
  panel.className = className;
  const disclaimer = document.createElement("p");
  disclaimer.className = "medcard__disclaimer";
  disclaimer.setAttribute("part", "disclaimer");
  disclaimer.textContent = `${fallback.label} ${fallback.disclaimer}`;
  panel.append(first, disclaimer);
  root.replaceChildren(panel);
  return panel;
}

// Reads a fetch response as card text, checking where it came from, what it is and how big
// it is. The body is read in chunks and dropped at the size limit, so an endless or huge
// answer is never buffered whole.
async function readCardText(response, url, maxBytes, controller) {
  const finalUrl = response.url || url;
  if (new URL(finalUrl).origin !== new URL(url).origin) {
    controller.abort();
    return { failure: "redirected", detail: finalUrl };
  }
  if (!response.ok) {
    controller.abort();
    return { failure: "status", detail: String(response.status) };
  }
  const type = (response.headers.get("content-type") ?? "").toLowerCase();
  if (type && !type.includes("json") && !type.startsWith("text/plain")) {
    controller.abort();
    return { failure: "not-json", detail: type };
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    controller.abort();
    return { failure: "too-large" };
  }
  // Read whole when the length is known and exact (same origin, not compressed): Chromium shows a
  // no-store fetch read in pieces that arrive apart as cancelled, though it was not.
  if (response.type === "basic" && !response.headers.get("content-encoding") && Number.isInteger(declared)) {
    return { text: new TextDecoder().decode(await response.arrayBuffer()) };
  }
  if (!response.body) return { text: "" };
  const chunks = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      return { failure: "too-large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes) };
}

/**
 * Builds the static part of a card that Rust's `static_dom.rs` describes in `ops`: `E` tag,
 * `A` name value, `T` text, `C` close; each string is `length:` then that many UTF-16 units.
 * Only createElement, setAttribute and text nodes: the card's text is never parsed as markup.
 */
export function buildStatic(ops) {
  const doc = document;
  let at = 0;
  // Hot: runs for every string of every card, so digits by char code, not slice + Number.
  const read = () => {
    let units = 0;
    for (let code = ops.charCodeAt(at++); code !== 58; code = ops.charCodeAt(at++)) {
      units = units * 10 + code - 48;
    }
    const text = ops.slice(at, at + units);
    at += units;
    return text;
  };
  const open = [];
  let root = null;
  let parent = null;
  while (at < ops.length) {
    const op = ops.charCodeAt(at++);
    if (op === 69) {
      // E: an element, which later ops fill until its C.
      const element = doc.createElement(read());
      if (parent) parent.appendChild(element);
      else root = element;
      open.push(element);
      parent = element;
    } else if (op === 65) {
      // A: an attribute of the open element.
      const name = read();
      parent.setAttribute(name, read());
    } else if (op === 84) {
      // T: a text node.
      parent.appendChild(doc.createTextNode(read()));
    } else {
      // C: the open element is complete.
      open.pop();
      parent = open[open.length - 1] ?? null;
    }
  }
  return root;
}
