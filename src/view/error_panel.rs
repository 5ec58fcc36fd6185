//! The error state: what is wrong, in plain words, inside `role="alert"`. Never half a card.
//! The problems are in the card's language ([`crate::text::UiText::problems`]); the English
//! [`Error::problems`] is for the `medcard-error` event and the CLI.

use crate::error::Error;
use crate::view::root::CardContext;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ErrorPanel`].
#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// Why there is no card.
    pub error: Rc<Error>,
}

/// The error panel.
#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let text = context.text;
    // A JSON path reads left to right even inside a right-to-left card.
    let path_dir = (text.dir == "rtl").then_some("ltr");
    let problems = text.problems(&props.error).into_iter().map(|(path, message)| {
        if path.is_empty() {
            html! { <li>{ capitalise(&message) }</li> }
        } else {
            html! {
                <li><code class="medcard__path" dir={path_dir}>{ path }</code>{ " " }{ message }</li>
            }
        }
    });
    html! {
        <div class="medcard__error" role="alert" part="error">
            <@{context.heading(0)} class="medcard__error-title">{ text.error_title }</@>
            <p>{ text.error_intro }</p>
            <ul class="medcard__list medcard__problems">{ for problems }</ul>
        </div>
    }
}

fn capitalise(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
