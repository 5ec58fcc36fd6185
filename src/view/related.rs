//! "See also" links.

use crate::view::card::CardPart;
use crate::view::root::CardContext;
use crate::view::safe_link::SafeLink;
use crate::view::section::Section;
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
            <li><SafeLink title={link.title.clone()} url={Some(AttrValue::from(link.url.clone()))} /></li>
        }
    });
    html! {
        <Section name="related" heading={context.text.related}>
            <ul class="medcard__list">{ for links }</ul>
        </Section>
    }
}
