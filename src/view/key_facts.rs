//! The author's key facts, right under the title and summary in every layout: what a reader who
//! reads nothing else should take away. Never collapsed.

use crate::model::Card;
use crate::view::CardContext;
use yew::prelude::*;

/// The key facts box, or nothing when the card has none.
pub fn key_facts(card: &Card, context: &CardContext) -> Html {
    if card.key_facts.is_empty() {
        return Html::default();
    }
    let id = context.id("key-facts");
    html! {
        <section class="medcard__key-facts" part="key-facts">
            <@{context.heading(1)} id={id} class="medcard__key-facts-title">{ &context.text.key_facts }</@>
            <ul class="medcard__list">
                { for card.key_facts.iter().map(|fact| html! { <li>{ fact.clone() }</li> }) }
            </ul>
        </section>
    }
}
