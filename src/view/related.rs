//! "See also" links.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::safe_link::safe_link;
use crate::view::section::section;
use yew::prelude::*;

/// The related links.
#[function_component]
pub fn Related(props: &CardPart) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    if props.card.related.is_empty() {
        return Html::default();
    }
    let links = props.card.related.iter().map(|link| {
        html! {
            <li>{ safe_link(&link.title, Some(&link.url), &context) }</li>
        }
    });
    section(
        &context,
        "related",
        context.text.related,
        html! { <ul class="medcard__list">{ for links }</ul> },
    )
}
