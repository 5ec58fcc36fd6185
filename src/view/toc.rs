//! "On this card": in the full layout, a link to each section the card has. A link moves the
//! reader to its section (opening it if it is collapsed) and focus with it; the edge does the
//! moving (`data-jump`), since a fragment link cannot reach into a shadow root.

use crate::model::Card;
use crate::view::context::Layout;
use crate::view::disclosure::SECTIONS;
use crate::view::CardContext;
use yew::prelude::*;

/// The list of links, or nothing in the compact layout.
pub fn toc(card: &Card, context: &CardContext) -> Html {
    if context.layout != Layout::Full {
        return Html::default();
    }
    let text = &context.text;
    let effects = card.side_effects.as_ref();
    let dosage = card.dosage.as_ref();
    let present = [
        (!card.uses.is_empty(), &text.uses),
        (!card.warnings.is_empty(), &text.warnings),
        (card.how_it_works.is_some(), &text.how_it_works),
        (!card.benefits.is_empty(), &text.benefits),
        (dosage.is_some(), &text.dosage),
        (
            effects
                .is_some_and(|e| !e.common.is_empty() || !e.serious.is_empty() || e.note.is_some()),
            &text.side_effects,
        ),
        (!card.precautions.is_empty(), &text.precautions),
        (!card.related.is_empty(), &text.related),
        (!card.sources.is_empty(), &text.sources),
    ];
    let links = SECTIONS
        .iter()
        .zip(present)
        .filter(|(_, (shown, _))| *shown)
        .map(|((event, css), (_, label))| {
            html! {
                <li><a class="medcard__toc-link" href={format!("#{}", context.id(css))} data-jump={*event}>{ label }</a></li>
            }
        });
    let label = context.id("toc");
    html! {
        <div class="medcard__toc">
            <p id={label.clone()} class="medcard__toc-title">{ &text.on_this_card }</p>
            <ul class="medcard__toc-list" aria-labelledby={label}>{ for links }</ul>
        </div>
    }
}
