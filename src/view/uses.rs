//! What the medicine is used for, each with a status badge in words.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::section::section;
use yew::prelude::*;

/// The uses list.
#[function_component]
pub fn Uses(props: &CardPart) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let text = context.text;
    if props.card.uses.is_empty() {
        return Html::default();
    }
    let uses = props.card.uses.iter().map(|use_| {
        html! {
            <li class="medcard__use">
                <span class="medcard__use-name">{ use_.condition.clone() }</span>
                if let Some(status) = use_.status {
                    { " " }
                    <span class={classes!("medcard__badge", format!("medcard__badge--{}", status.as_str()))}>
                        { text.use_status(status) }
                    </span>
                }
                if let Some(note) = &use_.note {
                    <p class="medcard__note">{ note.clone() }</p>
                }
            </li>
        }
    });
    section(
        &context,
        "uses",
        text.uses,
        html! { <ul class="medcard__list medcard__uses">{ for uses }</ul> },
    )
}
