//! The card itself: an `<article>` with every section in reading order.

use crate::model::Card;
use crate::view::attribution::attribution_line;
use crate::view::benefits::benefits;
use crate::view::disclaimer::disclaimer;
use crate::view::dosage::dosage;
use crate::view::get_help::get_help;
use crate::view::header::header;
use crate::view::precautions::precautions;
use crate::view::related::related;
use crate::view::review::review_line;
use crate::view::safe_link::new_tab_note;
use crate::view::section::section;
use crate::view::side_effects::SideEffects;
use crate::view::sources::sources;
use crate::view::uses::uses;
use crate::view::warnings::warnings;
use crate::view::CardContext;
use std::rc::Rc;
use yew::prelude::*;

/// The card: header, safety first, then the details, then sources and the disclaimer.
/// `expanded` is whether the side effects start open; `on_toggle` hears them open and close.
pub fn card(
    card: &Rc<Card>,
    context: &CardContext,
    expanded: bool,
    on_toggle: &Callback<(&'static str, bool)>,
) -> Html {
    let text = context.text;
    #[cfg(feature = "panic-probe")]
    if card.medication.name == "medcard panic probe" {
        panic!("panic probe: this card panics on purpose");
    }
    html! {
        <article class="medcard__card" aria-labelledby={context.id("title")}>
            { header(card, context) }
            { uses(card, context) }
            { warnings(card, context) }
            { get_help(card, context) }
            if let Some(how) = &card.how_it_works {
                { section(context, "how-it-works", text.how_it_works, html! { <p>{ how.clone() }</p> }) }
            }
            { benefits(card, context) }
            { dosage(card, context) }
            // The one component below the root: it keeps the open/closed state.
            <SideEffects card={card.clone()} context={context.clone()} initially_expanded={expanded} on_toggle={on_toggle.clone()} />
            { precautions(card, context) }
            { related(card, context) }
            { sources(card, context) }
            { new_tab_note(context) }
            <footer class="medcard__footer">
                { review_line(card, context) }
                { attribution_line(card, context) }
                { disclaimer(card.disclaimer.as_deref(), context) }
            </footer>
        </article>
    }
}
