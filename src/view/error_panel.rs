//! The error state: what is wrong, in plain words, inside `role="alert"`. Never half a card.
//! The problems are in the card's language ([`crate::text::UiText::problems`]); the English
//! [`Error::problems`] is for the `medcard-error` event and the CLI.

use crate::error::Error;
use crate::view::CardContext;
use yew::prelude::*;

/// The error panel for why there is no card.
pub fn error_panel(error: &Error, context: &CardContext) -> Html {
    let text = &context.text;
    // A JSON path reads left to right even inside a right-to-left card.
    let path_dir = (text.dir == "rtl").then_some("ltr");
    let problems = text.problems(error).into_iter().map(|(path, message)| {
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
            <@{context.heading(0)} class="medcard__error-title">{ &text.error_title }</@>
            <p>{ &text.error_intro }</p>
            <ul class="medcard__list medcard__problems">{ for problems }</ul>
        </div>
    }
}

/// Upper-cases the first letter of an English or Spanish message (Arabic has no case).
/// Not `char::to_uppercase`: its Unicode tables are large in the wasm (docs/performance.md), for the letters a–z and
/// à–þ that messages start with (Latin-1 keeps upper and lower case 0x20 apart, except ÷).
fn capitalise(message: &str) -> String {
    let mut chars = message.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'a'..='z' | 'à'..='þ' if first != '÷' => {
            char::from_u32(first as u32 - 0x20).unwrap_or(first)
        }
        other => other,
    };
    std::iter::once(upper).chain(chars).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn capitalises_english_and_spanish_first_letters() {
        for (message, expected) in [
            ("the data", "The data"),
            ("él dijo", "Él dijo"),
            ("ñandú", "Ñandú"),
            ("«x» no", "«x» no"),
            ("÷ x", "÷ x"),
            ("هذه", "هذه"),
            ("", ""),
        ] {
            assert_eq!(super::capitalise(message), expected);
        }
    }
}
