//! Benefits.

use crate::model::Card;
use crate::view::section::section;
use crate::view::CardContext;
use yew::prelude::*;

/// The benefits list.
pub fn benefits(card: &Card, context: &CardContext) -> Html {
    if card.benefits.is_empty() {
        return Html::default();
    }
    let items = card.benefits.iter().map(|item| {
        html! {
            <li>
                <strong>{ item.title.clone() }</strong>
                if let Some(detail) = &item.detail {
                    { format!(" {detail}") }
                }
            </li>
        }
    });
    section(
        context,
        "benefits",
        &context.text.benefits,
        Some(card.benefits.len().to_string()),
        html! { <ul class="medcard__list">{ for items }</ul> },
    )
}
