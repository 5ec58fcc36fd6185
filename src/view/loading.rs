//! The loading state, announced politely to screen readers.

use crate::view::CardContext;
use yew::prelude::*;

/// The loading message.
pub fn loading(context: &CardContext) -> Html {
    html! {
        <p class="medcard__loading" role="status">{ &context.text.loading }</p>
    }
}
