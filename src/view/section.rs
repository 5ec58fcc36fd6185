//! A titled card section: a `<section>` with a heading one level below the title. It has no
//! accessible name on purpose, so it is not a landmark: with several cards on a page, named
//! sections would add a dozen same-named regions per card to screen readers' landmark lists.
//!
//! A plain function, not a component: it is a layout wrapper with no state, used eight times
//! per card, and each component instance would keep its props in memory for as long as the card
//! is shown.

use crate::view::CardContext;
use yew::prelude::*;

/// A titled card section. `name` is the CSS modifier and id suffix
/// (`uses` → `medcard__section--uses`).
pub fn section(
    context: &CardContext,
    name: &'static str,
    heading: &'static str,
    children: Html,
) -> Html {
    html! {
        <section class={format!("medcard__section medcard__section--{name}")}>
            <@{context.heading(1)} id={context.id(name)} class="medcard__heading">{ heading }</@>
            { children }
        </section>
    }
}
