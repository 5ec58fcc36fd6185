//! References, numbered.

use crate::model::Card;
use crate::view::safe_link::safe_link;
use crate::view::section::section;
use crate::view::CardContext;
use yew::prelude::*;

/// The sources list.
pub fn sources(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
    if card.sources.is_empty() {
        return Html::default();
    }
    let sources = card.sources.iter().map(|source| {
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
                { safe_link(&source.title, source.url.as_deref(), context) }
                if !after.is_empty() {
                    { after }
                }
                if let Some(via) = &source.via {
                    { " " }
                    <small class="medcard__via">
                        { format!("({} ", text.read_at) }{ safe_link(via, Some(via), context) }{ ")" }
                    </small>
                }
            </li>
        }
    });
    section(
        context,
        "sources",
        &text.sources,
        Some(card.sources.len().to_string()),
        html! { <ol class="medcard__list medcard__sources">{ for sources }</ol> },
    )
}
