//! Prominent warnings. Never collapsed; the boxed warning comes first and stands out.

use crate::model::{Card, Warning, WarningLevel};
use crate::view::section::section;
use crate::view::CardContext;
use yew::prelude::*;

/// The warnings list.
pub fn warnings(card: &Card, context: &CardContext) -> Html {
    let text = context.text;
    if card.warnings.is_empty() {
        return Html::default();
    }
    // Boxed warnings first, otherwise in the author's order. Two passes, not a stable sort:
    // a sort's code is large in the wasm for lists of a few items (docs/performance.md).
    let boxed = |w: &&Warning| w.level == Some(WarningLevel::Boxed);
    let warnings = card.warnings.iter();
    let ordered = warnings
        .clone()
        .filter(boxed)
        .chain(warnings.filter(|w| !boxed(w)));
    let items = ordered.map(|warning| {
        let level = warning.level.unwrap_or(WarningLevel::Important);
        html! {
            <li class={format!("medcard__warning medcard__warning--{}", level.as_str())}>
                <p class="medcard__warning-title">
                    <span class="medcard__level">{ format!("{}: ", text.warning_level(level)) }</span>
                    <strong>{ warning.title.clone() }</strong>
                </p>
                if let Some(detail) = &warning.detail {
                    <p>{ detail.clone() }</p>
                }
            </li>
        }
    });
    section(
        context,
        "warnings",
        text.warnings,
        html! { <ul class="medcard__list medcard__warnings">{ for items }</ul> },
    )
}
