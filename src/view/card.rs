//! The card itself: an `<article>` with every section in reading order.

use crate::model::Card;
use crate::view::attribution::attribution;
use crate::view::benefits::benefits;
use crate::view::disclaimer::disclaimer;
use crate::view::dosage::dosage;
use crate::view::get_help::get_help;
use crate::view::header::header;
use crate::view::precautions::precautions;
use crate::view::related::related;
use crate::view::review::review;
use crate::view::safe_link::new_tab_note;
use crate::view::section::section;
use crate::view::side_effects::SideEffects;
use crate::view::sources::sources;
use crate::view::uses::uses;
use crate::view::warnings::warnings;
use crate::view::CardContext;
use std::rc::Rc;
use yew::prelude::*;

/// The card's static parts, before and after the side effects: they change only with the card
/// and the context, never with what the reader does, so the root builds them once per card
/// (through [`CardContext::settle`]) and reuses them on every render.
#[derive(Clone)]
pub struct StaticParts {
    /// Header, uses, warnings, callouts, how it works, benefits, dosage.
    pub before: Html,
    /// Precautions, related links, sources and the footer with the disclaimer.
    pub after: Html,
    /// Different for every set of static parts built: the card's key. New parts (a new card, a
    /// new language) make a new card element rather than swapping nodes inside the old one
    /// under a live component, which Yew cannot follow for nodes it did not create (the side
    /// effects would keep a position next to a node that is gone).
    pub generation: u32,
}

thread_local! {
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Builds the static parts of `card`.
pub fn static_parts(card: &Card, context: &CardContext) -> StaticParts {
    let text = context.text;
    #[cfg(feature = "panic-probe")]
    if card.medication.name == "medcard panic probe" {
        panic!("panic probe: this card panics on purpose");
    }
    let before = html! {
        <>
            { header(card, context) }
            { uses(card, context) }
            { warnings(card, context) }
            { get_help(card, context) }
            if let Some(how) = &card.how_it_works {
                { section(context, "how-it-works", text.how_it_works, html! { <p>{ how.clone() }</p> }) }
            }
            { benefits(card, context) }
            { dosage(card, context) }
        </>
    };
    let after = html! {
        <>
            { precautions(card, context) }
            { related(card, context) }
            { sources(card, context) }
            { new_tab_note(context) }
            <footer class="medcard__footer">
                { review(card, context) }
                { attribution(card, context) }
                { disclaimer(card.disclaimer.as_deref(), context) }
            </footer>
        </>
    };
    StaticParts {
        before: context.settle(before),
        after: context.settle(after),
        generation: GENERATION.with(|next| next.replace(next.get().wrapping_add(1))),
    }
}

/// The card: header, safety first, then the details, then sources and the disclaimer.
/// `parts` are its [`static_parts`]; `expanded` is whether the side effects start open;
/// `on_toggle` hears them open and close.
pub fn card(
    card: &Rc<Card>,
    context: &CardContext,
    parts: &StaticParts,
    expanded: bool,
    on_toggle: &Callback<(&'static str, bool)>,
) -> Html {
    html! {
        <article key={parts.generation} class="medcard__card" aria-labelledby={context.id("title")}>
            { parts.before.clone() }
            // The one component below the root: it keeps the open/closed state.
            <SideEffects card={card.clone()} context={context.clone()} initially_expanded={expanded} on_toggle={on_toggle.clone()} />
            { parts.after.clone() }
        </article>
    }
}
