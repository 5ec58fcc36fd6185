// A minimal vanilla-JS medication card: the benchmark's reference (see scripts/bench.mjs).
// It renders the same sections as <med-card> from the same JSON, with the same class names and
// stylesheet, into a shadow root, and fires the same medcard-ready / medcard-toggle events.
// It does no validation beyond what it needs to not crash, so it is a lower bound, not a rival.

const DISCLAIMER =
  "This card is general information, not medical advice. It does not replace advice from your " +
  "doctor, pharmacist or nurse. Always follow your prescription label and the patient leaflet, " +
  "and don't start, stop or change a medicine without talking to a health professional. If you " +
  "think you are having a serious reaction, or someone has taken too much, contact emergency " +
  "services or a poison control centre straight away.";

const DOSE_FIELDS = [
  ["start", "Starting dose"],
  ["usual", "Usual dose"],
  ["maximum", "Maximum dose"],
  ["frequency", "How often"],
  ["timing", "When"],
  ["notes", "Notes"],
];

// Same stylesheet file as the widget, fetched once next to this script.
const sheet = new CSSStyleSheet();
sheet.replaceSync(await (await fetch(new URL("style.css", import.meta.url))).text());

let nextId = 0;

/** el("p", { class: "x" }, "text", child, …): attributes and text only, never markup. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value != null && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) node.append(child);
  }
  return node;
}

const list = (items, render) => el("ul", { class: "medcard__list" }, (items ?? []).map(render));

function section(name, heading, ...body) {
  return el(
    "section",
    { class: `medcard__section medcard__section--${name}` },
    el("h3", { class: "medcard__heading" }, heading),
    ...body,
  );
}

function safeLink(title, url) {
  return /^https?:\/\//i.test(url ?? "")
    ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, title)
    : el("span", {}, title);
}

function render(card, id, onToggle) {
  const m = card.medication ?? {};
  const effects = card.sideEffects ?? {};
  const dosage = card.dosage;
  const panelId = `refcard-${id}-effects`;
  const counts = `${effects.common?.length ?? 0} common, ${effects.serious?.length ?? 0} serious`;
  const toggle = el(
    "button",
    { type: "button", class: "medcard__toggle", "aria-expanded": "false", "aria-controls": panelId },
    el("span", { class: "medcard__toggle-label" }, "Side effects"),
    el("span", { class: "medcard__toggle-count" }, ` — ${counts}`),
  );
  const effectList = (kind, heading) =>
    el(
      "div",
      { class: `medcard__effects medcard__effects--${kind}` },
      el("h4", { class: "medcard__subheading" }, heading),
      list(effects[kind], (e) =>
        el(
          "li",
          { class: "medcard__effect" },
          el("span", { class: "medcard__effect-name" }, e.name),
          e.frequency && el("span", { class: "medcard__frequency" }, ` (${e.frequency})`),
          e.detail && el("p", { class: "medcard__detail" }, e.detail),
          e.action && el("p", { class: "medcard__action" }, el("strong", {}, "What to do: "), e.action),
        ),
      ),
    );
  const panel = el(
    "div",
    { id: panelId, class: "medcard__panel", hidden: true },
    effectList("common", "Common side effects"),
    effectList("serious", "Serious side effects"),
    effects.note && el("p", { class: "medcard__note" }, effects.note),
  );
  toggle.addEventListener("click", () => {
    const expanded = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(expanded));
    panel.hidden = !expanded;
    onToggle(expanded);
  });
  const review = card.reviewed;
  return el(
    "article",
    { class: "medcard__card" },
    el(
      "header",
      { class: "medcard__header" },
      el("h2", { class: "medcard__title" }, m.name),
      m.brandNames?.length && el("p", {}, `Brand names: ${m.brandNames.join(", ")}`),
      m.drugClass && el("p", {}, `Type of medicine: ${m.drugClass}`),
      m.forms?.length && list(m.forms, (f) => el("li", {}, f)),
      card.summary && el("p", { class: "medcard__summary" }, card.summary),
    ),
    card.uses?.length &&
      section("uses", "What it is used for", list(card.uses, (u) =>
        el("li", {}, el("strong", {}, u.condition), ` (${u.status})`, u.note && el("p", {}, u.note)),
      )),
    card.warnings?.length &&
      section("warnings", "Important warnings", card.warnings.map((w) =>
        el("div", { class: `medcard__callout medcard__callout--${w.level}`, role: "note" },
          el("strong", {}, w.title), el("p", {}, w.detail)),
      )),
    (card.getHelp ?? []).map((c) =>
      el("div", { class: `medcard__callout medcard__callout--${c.level}`, role: "note" },
        el("strong", {}, c.title), list(c.items, (i) => el("li", {}, i))),
    ),
    card.howItWorks && section("how-it-works", "How it works", el("p", {}, card.howItWorks)),
    card.benefits?.length &&
      section("benefits", "Benefits", list(card.benefits, (b) =>
        el("li", {}, el("strong", {}, b.title), b.detail && el("p", {}, b.detail)),
      )),
    dosage &&
      section("dosage", "How to take it",
        (dosage.schedules ?? []).map((s) =>
          el("dl", { class: "medcard__schedule" },
            el("dt", {}, [s.population, s.indication].filter(Boolean).join(" · ")),
            DOSE_FIELDS.filter(([key]) => s[key]).map(([key, label]) =>
              el("div", {}, el("dt", {}, label), el("dd", {}, s[key])),
            )),
        ),
        dosage.instructions?.length && list(dosage.instructions, (i) => el("li", {}, i)),
        dosage.missedDose && el("p", {}, el("strong", {}, "If you miss a dose: "), dosage.missedDose),
        dosage.overdose && el("p", {}, el("strong", {}, "If you take too much: "), dosage.overdose),
        dosage.stopping && el("p", {}, el("strong", {}, "Stopping: "), dosage.stopping),
      ),
    el("section", { class: "medcard__section medcard__section--side-effects" },
      el("h3", { class: "medcard__heading" }, toggle), panel),
    card.precautions?.length &&
      section("precautions", "Precautions", list(card.precautions, (p) =>
        el("li", {}, p.title && el("strong", {}, `${p.title}: `), p.text),
      )),
    card.related?.length &&
      section("related", "See also", list(card.related, (r) => el("li", {}, safeLink(r.title, r.url)))),
    card.sources?.length &&
      section("sources", "Sources", list(card.sources, (s) =>
        el("li", {}, safeLink(s.title, s.url), s.publisher && ` — ${s.publisher}`),
      )),
    el(
      "footer",
      { class: "medcard__footer" },
      review && el("p", {}, `Last reviewed ${review.date}${review.by ? ` by ${review.by}` : ""}`),
      card.attribution && el("p", {}, card.attribution.text),
      el("p", { class: "medcard__disclaimer", part: "disclaimer" },
        el("strong", {}, "Not medical advice."), " ", card.disclaimer ?? DISCLAIMER),
    ),
  );
}

class ReferenceCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet];
    const script = this.querySelector(':scope > script[type="application/json"]');
    const card = JSON.parse(script?.textContent ?? "{}");
    const fire = (name, detail) =>
      this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
    const onToggle = (expanded) => fire("medcard-toggle", { section: "side-effects", expanded });
    root.replaceChildren(el("div", { class: "medcard" }, render(card, nextId++, onToggle)));
    fire("medcard-ready", { name: card.medication?.name });
  }
}

customElements.define("ref-card", ReferenceCard);
