//! Benefits.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::section::Section;
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
    html! {
        <Section name="benefits" heading={context.text.benefits}>
            <ul class="medcard__list">{ for items }</ul>
        </Section>
    }
}
