//! Which of a card's sections can be opened and closed, by what name, and which are open now.
//!
//! A collapsible section is a native `<details>` with a `<summary>` that holds the section's
//! heading: it opens with a click, Enter or Space and with no script at all (a server-rendered
//! card), browsers' find-in-page and text-fragment links open it, and its content stays in the
//! DOM. Which sections are open is kept in [`OpenSections`], shared by the root and the edge that
//! hears the browser's `toggle` events, so a re-render of the same card (a new language, new
//! words) builds them open again; a new card starts closed.

use std::cell::Cell;
use std::rc::Rc;

/// Every section a reader can open, in reading order: (the name in `medcard-toggle` events and
/// `openSection`, the CSS modifier and id suffix).
pub const SECTIONS: [(&str, &str); 9] = [
    ("uses", "uses"),
    ("warnings", "warnings"),
    ("howItWorks", "how-it-works"),
    ("benefits", "benefits"),
    ("dosage", "dosage"),
    ("sideEffects", "side-effects"),
    ("precautions", "precautions"),
    ("related", "related"),
    ("sources", "sources"),
];

/// The event name of the section whose CSS name is `css` (`how-it-works` → `howItWorks`).
pub fn event_name(css: &str) -> &'static str {
    SECTIONS
        .iter()
        .find(|(_, name)| *name == css)
        .map_or("", |(event, _)| event)
}

fn bit(event: &str) -> Option<u16> {
    let index = SECTIONS.iter().position(|(name, _)| *name == event)?;
    Some(1 << index)
}

/// The sections open now, shared between the root (which builds them) and the edge (which hears
/// them open and close). Equal only to itself, so it never makes a view rebuild.
#[derive(Clone, Default, Debug)]
pub struct OpenSections(Rc<[Cell<u16>; 2]>);

impl PartialEq for OpenSections {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl OpenSections {
    /// Whether the section named `event` is open.
    pub fn is_open(&self, event: &str) -> bool {
        bit(event).is_some_and(|bit| self.0[0].get() & bit != 0)
    }

    /// Records that `event` opened or closed; its `'static` name when that changed anything
    /// (the browser also fires `toggle` when a section is built open).
    pub fn set(&self, event: &str, open: bool) -> Option<&'static str> {
        // The warnings never collapse as a section: a compact card's warning detail is reported
        // as "warnings" on every open and close, and not kept.
        if event == "warnings" {
            return Some("warnings");
        }
        let index = SECTIONS.iter().position(|(name, _)| *name == event)?;
        let bit = 1 << index;
        let before = self.0[0].get();
        let after = if open { before | bit } else { before & !bit };
        self.0[0].set(after);
        (after != before).then_some(SECTIONS[index].0)
    }

    /// Sections to keep open in the next card, such as those a reader opened in the
    /// server-rendered card the widget takes over.
    pub fn keep_for_next_card(&self, event: &str) {
        if let Some(bit) = bit(event) {
            self.0[1].set(self.0[1].get() | bit);
        }
    }

    /// A new card: everything closed but what was kept for it, and the side effects when
    /// `side_effects_open` (the `expanded` setting).
    pub fn start_card(&self, side_effects_open: bool) {
        let kept = self.0[1].replace(0);
        self.0[0].set(kept);
        if side_effects_open {
            self.set("sideEffects", true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_open_close_and_start_closed_for_a_new_card() {
        let open = OpenSections::default();
        assert!(!open.is_open("sources"));
        assert_eq!(open.set("sources", true), Some("sources"));
        assert_eq!(open.set("sources", true), None, "no change, no event");
        assert!(open.is_open("sources"));
        assert_eq!(open.set("nonsense", true), None);
        assert_eq!(open.set("warnings", true), Some("warnings"));
        assert_eq!(
            open.set("warnings", true),
            Some("warnings"),
            "reported, not kept"
        );
        open.keep_for_next_card("dosage");
        open.start_card(true);
        assert!(!open.is_open("sources"));
        assert!(open.is_open("dosage") && open.is_open("sideEffects"));
        open.start_card(false);
        assert!(!open.is_open("dosage"), "kept for one card only");
        assert_eq!(event_name("how-it-works"), "howItWorks");
    }
}
