//! Benefits.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::section::section;
use yew::prelude::*;

/// The benefits list.
#[function_component]
pub fn Benefits(props: &CardPart) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    if props.card.benefits.is_empty() {
        return Html::default();
    }
    let items = props.card.benefits.iter().map(|item| {
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
        &context,
        "benefits",
        context.text.benefits,
        html! { <ul class="medcard__list">{ for items }</ul> },
    )
}
