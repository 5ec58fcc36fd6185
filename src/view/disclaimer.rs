//! The clinician disclaimer. Rendered in every state and never inside a collapsible region;
//! data may replace its text, never remove it.

use crate::view::root::CardContext;
use yew::prelude::*;

/// Properties of [`Disclaimer`].
#[derive(Properties, PartialEq)]
pub struct DisclaimerProps {
    /// Replacement text from the data; `None` (or blank) means the default text.
    pub text: Option<AttrValue>,
}

/// The disclaimer paragraph.
#[function_component]
pub fn Disclaimer(props: &DisclaimerProps) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let words = props
        .text
        .clone()
        .filter(|text| !text.trim().is_empty())
        .unwrap_or(AttrValue::Static(context.text.disclaimer));
    html! {
        <p class="medcard__disclaimer" part="disclaimer">
            <strong>{ context.text.disclaimer_label }</strong>{ " " }{ words }
        </p>
    }
}
