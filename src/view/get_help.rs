//! Safety-netting callouts ("Call emergency services now if…"). Never collapsed; the level is
//! said in words and by heading, not by colour alone.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use yew::prelude::*;

/// The callouts, each its own section with a heading (not a landmark, like [`Section`](crate::view::section::Section)).
#[function_component]
pub fn GetHelp(props: &CardPart) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let text = context.text;
    let callouts = props.card.get_help.iter().enumerate().map(|(index, callout)| {
        let id = context.id(&format!("help-{index}"));
        let level = callout.level.as_str();
        html! {
            <section class={classes!("medcard__callout", format!("medcard__callout--{level}"))}>
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
