//! A link that is only live for `http:`/`https:` URLs; anything else is plain text.
//!
//! A plain function, not a component: a card has dozens of links, and each component instance
//! costs memory (its state, hooks and a context subscription) for nothing here.

use crate::model::safe_url;
use yew::prelude::*;

/// External link, opened in a new tab without giving the target page a handle on ours.
/// `new_tab` is the screen-reader hint ("opens in a new tab") in the card's language.
pub fn safe_link(title: &str, url: Option<&str>, new_tab: &str) -> Html {
    match url.and_then(safe_url) {
        Some(href) => html! {
            <a class="medcard__link" href={href.to_string()} target="_blank" rel="noopener noreferrer">
                { title.to_string() }
                <span class="medcard__sr-only">{ format!(" {new_tab}") }</span>
            </a>
        },
        None => html! { <span class="medcard__unlinked">{ title.to_string() }</span> },
    }
}
