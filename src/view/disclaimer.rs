//! The clinician disclaimer. Rendered in every state and never inside a collapsible region;
//! data may replace its text, never remove it.

use crate::view::CardContext;
use yew::prelude::*;

/// The disclaimer paragraph. `text` is the data's replacement; `None` (or blank) means the
/// default text.
pub fn disclaimer(text: Option<&str>, context: &CardContext) -> Html {
    let words = match text.filter(|text| !text.trim().is_empty()) {
        Some(text) => AttrValue::from(text.to_string()),
        None => AttrValue::from(&context.text.disclaimer),
    };
    html! {
        <p class="medcard__disclaimer" part="disclaimer">
            <strong>{ &context.text.disclaimer_label }</strong>{ " " }{ words }
        </p>
    }
}
