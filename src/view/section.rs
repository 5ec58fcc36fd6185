//! A titled card section: a `<section>` with a heading one level below the title, or, where the
//! layout collapses it, a native `<details>` whose `<summary>` holds that heading and says what
//! the section holds (see [`crate::view::disclosure`]). It has no accessible name on purpose, so
//! it is not a landmark: with several cards on a page, named sections would add a dozen
//! same-named regions per card to screen readers' landmark lists.
//!
//! A plain function, not a component: it is a layout wrapper with no state, used eight times
//! per card, and each component instance would keep its props in memory for as long as the card
//! is shown.

use crate::text::UiString;
use crate::view::context::Layout;
use crate::view::disclosure::event_name;
use crate::view::CardContext;
use yew::prelude::*;

/// Whether the section `name` (its CSS name) is a disclosure in this context's layout. The
/// full layout collapses only what few readers need whole (side effects, which say their counts,
/// and the sources); compact keeps open only what every reader needs (the header, key facts,
/// warnings, the get-help callouts and the footer).
pub fn collapses(context: &CardContext, name: &str) -> bool {
    match context.layout {
        Layout::Full => matches!(name, "side-effects" | "sources"),
        Layout::Compact => name != "warnings",
    }
}

/// A titled card section. `name` is the CSS modifier and id suffix
/// (`uses` → `medcard__section--uses`); `holds`, what a collapsed section's summary says it
/// holds after its heading (a count, say).
pub fn section(
    context: &CardContext,
    name: &'static str,
    heading: &UiString,
    holds: Option<String>,
    children: Html,
) -> Html {
    let class = format!("medcard__section medcard__section--{name}");
    let event = event_name(name);
    if !collapses(context, name) {
        return html! {
            <section {class} data-section={event}>
                <@{context.heading(1)} id={context.id(name)} class="medcard__heading">{ heading }</@>
                { children }
            </section>
        };
    }
    html! {
        <details {class} data-section={event} open={context.open.is_open(event)}>
            { disclosure_parts(context, name, heading, holds, children) }
        </details>
    }
}

/// A disclosure's summary (with the heading inside it) and panel, without the `<details>`
/// itself: the side effects' `<details>` is rendered by the root, which keeps its `open` in step
/// with the `expanded` setting.
pub fn disclosure_parts(
    context: &CardContext,
    name: &'static str,
    heading: &UiString,
    holds: Option<String>,
    children: Html,
) -> Html {
    html! {
        <>
            <summary class="medcard__toggle" part="toggle">
                <@{context.heading(1)} id={context.id(name)} class="medcard__heading">
                    <span class="medcard__toggle-label">{ heading }</span>
                    if let Some(holds) = holds {
                        <span class="medcard__toggle-count">{ " — " }{ holds }</span>
                    }
                </@>
            </summary>
            <div id={context.id(&format!("{name}-panel"))} class="medcard__panel">{ children }</div>
        </>
    }
}
