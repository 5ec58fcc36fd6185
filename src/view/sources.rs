//! References, numbered.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::safe_link::SafeLink;
use crate::view::section::Section;
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
        html! {
            <li>
                <SafeLink title={source.title.clone()} url={source.url.clone().map(AttrValue::from)} />
                if let Some(publisher) = &source.publisher {
                    { ", " }{ publisher.clone() }
                }
                if let Some(accessed) = source.accessed {
                    { ", " }{ text.accessed }{ " " }{ text.date(accessed) }
                }
            </li>
        }
    });
    html! {
        <Section name="sources" heading={text.sources}>
            <ol class="medcard__list medcard__sources">{ for sources }</ol>
        </Section>
    }
}
