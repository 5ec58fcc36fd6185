// The card's sections in the page: one capture listener per card container hears every
// <details> open and close (`toggle` does not bubble, and the static parts carry no listeners)
// and tells the card's handle, which keeps them open across re-renders and fires medcard-toggle;
// the "On this card" links move the reader to a section (a fragment link cannot reach into a
// shadow root). `MedCard` does the same in Rust (src/sections.rs); here it costs fewer bytes.

/** Listens on `container` (a card's Yew root) for its sections, on behalf of `handle`. */
export function listenForSections(container, handle) {
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
export function openSection(container, name) {
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
