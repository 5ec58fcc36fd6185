//! "See also" links.

use crate::model::Card;
use crate::view::safe_link::safe_link;
use crate::view::section::section;
use crate::view::CardContext;
use yew::prelude::*;

/// The related links.
pub fn related(card: &Card, context: &CardContext) -> Html {
    if card.related.is_empty() {
        return Html::default();
    }
    let links = card.related.iter().map(|link| {
        html! {
            <li>{ safe_link(&link.title, Some(&link.url), context) }</li>
        }
    });
    section(
        context,
        "related",
        &context.text.related,
        Some(card.related.len().to_string()),
        html! { <ul class="medcard__list">{ for links }</ul> },
    )
}
