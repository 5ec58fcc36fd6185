//! What the medicine is used for, each with a status badge in words (and where the status
//! applies, when the card says).

use crate::model::Card;
use crate::view::section::section;
use crate::view::CardContext;
use yew::prelude::*;

/// The uses list.
pub fn uses(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
    if card.uses.is_empty() {
        return Html::default();
    }
    let uses = card.uses.iter().map(|use_| {
        html! {
            <li class="medcard__use">
                <span class="medcard__use-name">{ use_.condition.clone() }</span>
                if let Some(status) = use_.status {
                    { " " }
                    <span class={format!("medcard__badge medcard__badge--{}", status.as_str())}>
                        { text.use_status_in(status, &use_.regions) }
                    </span>
                }
                if let Some(note) = &use_.note {
                    <p class="medcard__note">{ note.clone() }</p>
                }
            </li>
        }
    });
    section(
        context,
        "uses",
        &text.uses,
        Some(card.uses.len().to_string()),
        html! { <ul class="medcard__list medcard__uses">{ for uses }</ul> },
    )
}
