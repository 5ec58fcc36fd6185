//! Who supplied the content. Always visible when present, like the disclaimer.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::safe_link::safe_link;
use yew::prelude::*;

/// The attribution line.
#[function_component]
pub fn AttributionLine(props: &CardPart) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let Some(attribution) = &props.card.attribution else {
        return Html::default();
    };
    html! {
        <p class="medcard__attribution" part="attribution">
            { safe_link(&attribution.text, attribution.url.as_deref(), &context) }
        </p>
    }
}
