//! Precautions as lists grouped by kind, in the schema's order of kinds.

use crate::model::{Card, PrecautionKind};
use crate::view::section::section;
use crate::view::CardContext;
use yew::prelude::*;

/// The grouped precautions.
pub fn precautions(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
    let precautions = &card.precautions;
    if precautions.is_empty() {
        return Html::default();
    }
    let groups = PrecautionKind::ALL.iter().filter_map(|&kind| {
        // A precaution without a kind is listed under "other".
        let items: Vec<Html> = precautions
            .iter()
            .filter(|p| p.kind.unwrap_or(PrecautionKind::Other) == kind)
            .map(|p| {
                html! {
                    <li>
                        if let Some(title) = &p.title {
                            <strong>{ title.clone() }</strong>{ format!(" {}", p.text) }
                        } else {
                            { p.text.clone() }
                        }
                    </li>
                }
            })
            .collect();
        (!items.is_empty()).then(|| {
            html! {
                <div class={format!("medcard__group medcard__group--{}", kind.as_str())}>
                    <@{context.heading(2)} class="medcard__subheading">{ text.precaution_kind(kind) }</@>
                    <ul class="medcard__list">{ for items }</ul>
                </div>
            }
        })
    });
    html! {
        { section(context, "precautions", &text.precautions, Some(precautions.len().to_string()), html! { <>
            { for groups }
        </> }) }
    }
}
