//! The loading state, announced politely to screen readers.

use crate::view::root::CardContext;
use yew::prelude::*;

/// The loading message.
#[function_component]
pub fn Loading() -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    html! {
        <p class="medcard__loading" role="status">{ context.text.loading }</p>
    }
}
