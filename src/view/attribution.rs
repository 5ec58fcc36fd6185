//! Who supplied the content. Always visible when present, like the disclaimer.

use crate::model::Card;
use crate::view::safe_link::safe_link;
use crate::view::CardContext;
use yew::prelude::*;

/// The attribution line.
pub fn attribution(card: &Card, context: &CardContext) -> Html {
    let Some(attribution) = &card.attribution else {
        return Html::default();
    };
    html! {
        <p class="medcard__attribution" part="attribution">
            { safe_link(&attribution.text, attribution.url.as_deref(), context) }
        </p>
    }
}
