//! Who supplied the content. Always visible when present, like the disclaimer.

use crate::view::card::CardPart;
use crate::view::safe_link::SafeLink;
use yew::prelude::*;

/// The attribution line.
#[function_component]
pub fn AttributionLine(props: &CardPart) -> Html {
    let Some(attribution) = &props.card.attribution else {
        return Html::default();
    };
    html! {
        <p class="medcard__attribution" part="attribution">
            <SafeLink title={attribution.text.clone()} url={attribution.url.clone().map(AttrValue::from)} />
        </p>
    }
}
