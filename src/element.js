// The <med-card> custom element: a thin class that owns the element lifecycle and hands
// everything else to Rust (see element.rs). A custom element must be a real JS class.

const OBSERVED = ["src", "timeout", "lang", "heading-level", "expanded", "strings"];

// Everything needed from Rust arrives as arguments, so this module imports nothing.
export function defineElement(tag, css, fallback, mount) {
  if (customElements.get(tag)) return false;

  // One constructed stylesheet shared by every card: works under a CSP without 'unsafe-inline'.
  let sheet = null;
  const styles = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    return sheet;
  };

  class MedCardElement extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    #handle = null;
    #data = undefined;
    #failed = false;

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
      if (this.#handle || this.#failed) return; // moved within the page: keep the state
      this.#guard(() => {
        const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        root.adoptedStyleSheets = [styles()];
        // Yew mounts into an element, not a shadow root.
        const container = document.createElement("div");
        root.replaceChildren(container);
        this.#handle = mount(container, this);
        this.#options();
        this.#load();
      });
    }

    disconnectedCallback() {
      // Removal and re-insertion in the same task is a move: only destroy if still detached.
      queueMicrotask(() => {
        if (!this.isConnected && this.#handle) {
          const handle = this.#handle;
          this.#handle = null;
          this.#guard(() => {
            handle.destroy();
            handle.free();
          });
        }
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (!this.#handle || oldValue === newValue) return;
      if (name === "src" || name === "timeout") this.#load();
      else this.#options();
    }

    #options() {
      if (!this.#handle) return;
      const page = this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? null;
      this.#guard(() =>
        this.#handle.setOptions(
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
      const data = this.#data;
      const script = this.querySelector(':scope > script[type="application/json"]');
      const src = this.getAttribute("src");
      if (data == null && !script && !src && document.readyState === "loading") {
        // Connected before the parser reached our children: look again when it is done.
        document.addEventListener("DOMContentLoaded", () => this.#load(), { once: true });
        return;
      }
      this.#guard(() => {
        if (typeof data === "string") this.#handle.showJson(data);
        else if (data != null) this.#handle.showValue(data);
        else if (script) this.#handle.showJson(script.textContent);
        else if (src) {
          const timeout = Number.parseInt(this.getAttribute("timeout") ?? "", 10);
          this.#handle.load(new URL(src, document.baseURI).href, timeout > 0 ? timeout : undefined);
        } else this.#handle.showMissing();
      });
    }

    // Nothing is ever thrown into the host page. If the wasm itself fails, the card shows a
    // plain error with the disclaimer, built with text nodes only.
    #guard(action) {
      try {
        action();
      } catch (error) {
        this.#failed = true;
        this.#handle = null;
        const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        const panel = document.createElement("div");
        panel.className = "medcard";
        const alert = document.createElement("p");
        alert.setAttribute("role", "alert");
        alert.className = "medcard__error";
        alert.textContent = fallback.title;
        const disclaimer = document.createElement("p");
        disclaimer.className = "medcard__disclaimer";
        disclaimer.setAttribute("part", "disclaimer");
        disclaimer.textContent = `${fallback.label} ${fallback.disclaimer}`;
        panel.append(alert, disclaimer);
        root.replaceChildren(panel);
        this.dispatchEvent(
          new CustomEvent("medcard-error", {
            bubbles: true,
            composed: true,
            detail: { problems: [{ path: "", message: String(error?.message ?? error) }] },
          }),
        );
      }
    }
  }

  customElements.define(tag, MedCardElement);
  return true;
}
