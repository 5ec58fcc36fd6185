//! A link that is only live for `http:`/`https:` URLs; anything else is plain text.
//!
//! A plain function, not a component: a card has dozens of links, and each component instance
//! costs memory (its props and state) for nothing here.

use crate::model::safe_url;
use crate::view::CardContext;
use yew::prelude::*;

/// The id-suffix of the card's one hidden "(opens in a new tab)" text, which every live link
/// names as its description (see [`new_tab_note`]).
pub const NEW_TAB_NOTE: &str = "new-tab";

/// External link, opened in a new tab without giving the target page a handle on ours.
/// Screen readers announce the card's [`new_tab_note`] after the link text.
pub fn safe_link(title: &str, url: Option<&str>, context: &CardContext) -> Html {
    match url.and_then(safe_url) {
        Some(href) => html! {
            <a class="medcard__link" href={href.to_string()} target="_blank" rel="noopener noreferrer"
                aria-describedby={context.id(NEW_TAB_NOTE)}>
                { title.to_string() }
            </a>
        },
        None => html! { <span class="medcard__unlinked">{ title.to_string() }</span> },
    }
}

/// "(opens in a new tab)", once per card and hidden: links point to it with `aria-describedby`
/// (a hidden element still gives its text to a description), rather than each carrying its own
/// copy, which was two DOM nodes per link.
pub fn new_tab_note(context: &CardContext) -> Html {
    html! {
        <span id={context.id(NEW_TAB_NOTE)} hidden=true>{ &context.text.new_tab }</span>
    }
}
