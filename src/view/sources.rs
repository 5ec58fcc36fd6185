//! References, numbered.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::safe_link::safe_link;
use crate::view::section::section;
use yew::prelude::*;

/// The sources list.
#[function_component]
pub fn Sources(props: &CardPart) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let text = context.text;
    if props.card.sources.is_empty() {
        return Html::default();
    }
    let sources = props.card.sources.iter().map(|source| {
        // One text node after the link, not one per piece: fewer DOM and virtual DOM nodes.
        let mut after = String::new();
        if let Some(publisher) = &source.publisher {
            after = format!(", {publisher}");
        }
        if let Some(accessed) = source.accessed {
            after = format!("{after}, {} {}", text.accessed, text.date(accessed));
        }
        html! {
            <li>
                { safe_link(&source.title, source.url.as_deref(), &context) }
                if !after.is_empty() {
                    { after }
                }
            </li>
        }
    });
    section(
        &context,
        "sources",
        text.sources,
        html! { <ol class="medcard__list medcard__sources">{ for sources }</ol> },
    )
}
