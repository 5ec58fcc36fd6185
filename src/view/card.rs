//! The card itself: an `<article>` with every section in reading order.

use crate::model::Card;
use crate::view::attribution::attribution;
use crate::view::benefits::benefits;
use crate::view::disclaimer::disclaimer;
use crate::view::dosage::dosage;
use crate::view::get_help::get_help;
use crate::view::header::header;
use crate::view::key_facts::key_facts;
use crate::view::precautions::precautions;
use crate::view::related::related;
use crate::view::review::review;
use crate::view::safe_link::new_tab_note;
use crate::view::section::section;
use crate::view::side_effects::{side_effects, SECTION_NAME};
use crate::view::sources::sources;
use crate::view::toc::toc;
use crate::view::uses::uses;
use crate::view::warnings::warnings;
use crate::view::CardContext;
use yew::prelude::*;

/// The card's static parts, before, in and after the side effects: they change only with the
/// card and the context, never with what the reader does, so the root builds them once per card
/// (through [`CardContext::settle`]) and reuses them on every render.
#[derive(Clone)]
pub struct StaticParts {
    /// Header, key facts, "On this card", uses, warnings, callouts, how it works, benefits,
    /// dosage.
    pub before: Html,
    /// The side effects' summary and panel, if the card lists any; [`card`] puts them in a
    /// `<details>` whose `open` follows the `expanded` setting.
    pub side_effects: Option<Html>,
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
    let text = &context.text;
    #[cfg(feature = "panic-probe")]
    if card.medication.name == "medcard panic probe" {
        panic!("panic probe: this card panics on purpose");
    }
    let before = html! {
        <>
            { header(card, context) }
            { key_facts(card, context) }
            { toc(card, context) }
            { uses(card, context) }
            { warnings(card, context) }
            { get_help(card, context) }
            if let Some(how) = &card.how_it_works {
                { section(context, "how-it-works", &text.how_it_works, None, html! { <p>{ how.clone() }</p> }) }
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
        side_effects: side_effects(card, context).map(|parts| context.settle(parts)),
        after: context.settle(after),
        generation: GENERATION.with(|next| next.replace(next.get().wrapping_add(1))),
    }
}

/// The card: header and key facts, safety first, then the details, then sources and the
/// disclaimer. `parts` are its [`static_parts`]; the side effects are open when `context.open`
/// says so (the root keeps that in step with the `expanded` setting).
pub fn card(context: &CardContext, parts: &StaticParts) -> Html {
    let class = match context.layout {
        crate::view::Layout::Full => "medcard__card",
        crate::view::Layout::Compact => "medcard__card medcard__card--compact",
    };
    html! {
        <article key={parts.generation} {class} aria-labelledby={context.id("title")}>
            { parts.before.clone() }
            if let Some(effects) = &parts.side_effects {
                <details class="medcard__section medcard__section--side-effects" data-section={SECTION_NAME}
                    open={context.open.is_open(SECTION_NAME)}>
                    { effects.clone() }
                </details>
            }
            { parts.after.clone() }
        </article>
    }
}
