//! Prominent warnings. Never collapsed: the boxed warning comes first and stands out, and in the
//! compact layout every other warning still shows its level and title, with its detail one tap
//! away.

use crate::model::{Card, Warning, WarningLevel};
use crate::view::section::section;
use crate::view::{CardContext, Layout};
use yew::prelude::*;

/// The warnings list.
pub fn warnings(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
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
    // Compact: a boxed warning stays whole; any other shows its level and title, and its detail
    // opens in place (what to do about it is in the get-help callouts, which stay open).
    let compact = context.layout == Layout::Compact;
    let items = ordered.map(|warning| {
        let level = warning.level.unwrap_or(WarningLevel::Important);
        let title = html! {
            <>
                <span class="medcard__level">{ format!("{}: ", text.warning_level(level)) }</span>
                <strong>{ warning.title.clone() }</strong>
            </>
        };
        let class = format!("medcard__warning medcard__warning--{}", level.as_str());
        match &warning.detail {
            Some(detail) if compact && level != WarningLevel::Boxed => html! {
                <li {class}>
                    <details class="medcard__more" data-warning="">
                        <summary class="medcard__warning-title medcard__more-toggle">{ title }</summary>
                        <p>{ detail.clone() }</p>
                    </details>
                </li>
            },
            detail => html! {
                <li {class}>
                    <p class="medcard__warning-title">{ title }</p>
                    if let Some(detail) = detail {
                        <p>{ detail.clone() }</p>
                    }
                </li>
            },
        }
    });
    section(
        context,
        "warnings",
        &text.warnings,
        None,
        html! { <ul class="medcard__list medcard__warnings">{ for items }</ul> },
    )
}
