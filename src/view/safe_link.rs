//! A link that is only live for `http:`/`https:` URLs; anything else is plain text.

use crate::model::safe_url;
use crate::view::root::CardContext;
use yew::prelude::*;

/// Properties of [`SafeLink`].
#[derive(Properties, PartialEq)]
pub struct SafeLinkProps {
    /// Link text.
    pub title: AttrValue,
    /// Target as the author wrote it.
    #[prop_or_default]
    pub url: Option<AttrValue>,
}

/// External link, opened in a new tab without giving the target page a handle on ours.
#[function_component]
pub fn SafeLink(props: &SafeLinkProps) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    match props.url.as_deref().and_then(safe_url) {
        Some(href) => html! {
            <a class="medcard__link" href={href.to_string()} target="_blank" rel="noopener noreferrer">
                { props.title.clone() }
                <span class="medcard__sr-only">{ " " }{ context.text.new_tab }</span>
            </a>
        },
        None => html! { <span class="medcard__unlinked">{ props.title.clone() }</span> },
    }
}
