//! Safety-netting callouts ("Call emergency services now if…"). Never collapsed; the level is
//! said in words and by heading, not by colour alone.

use crate::model::Card;
use crate::view::CardContext;
use yew::prelude::*;

/// The callouts, each its own section with a heading (not a landmark, like
/// [`section`](crate::view::section::section)).
pub fn get_help(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
    let callouts = card.get_help.iter().enumerate().map(|(index, callout)| {
        let id = context.id(&format!("help-{index}"));
        let level = callout.level.as_str();
        html! {
            <section class={format!("medcard__callout medcard__callout--{level}")}>
                <@{context.heading(1)} id={id} class="medcard__callout-title">
                    <span class="medcard__level">{ format!("{}: ", text.callout_level(callout.level)) }</span>
                    { callout.title.clone() }
                </@>
                if !callout.items.is_empty() {
                    <ul class="medcard__list">
                        { for callout.items.iter().map(|item| html! { <li>{ item.clone() }</li> }) }
                    </ul>
                }
            </section>
        }
    });
    html! { <>{ for callouts }</> }
}
