//! Side effects, collapsible in every layout. The summary always says how many common and
//! serious effects there are, so a collapsed section never hides that serious ones exist.

use crate::model::{Card, Effect};
use crate::text::UiString;
use crate::view::section::disclosure_parts;
use crate::view::CardContext;
use yew::prelude::*;

/// The name this section has in `medcard-toggle` events.
pub const SECTION_NAME: &str = "sideEffects";

/// The side effects' summary and panel (the root renders the `<details>` around them), or
/// `None` when the card lists none.
pub fn side_effects(card: &Card, context: &CardContext) -> Option<Html> {
    let effects = card.side_effects.as_ref()?;
    if effects.common.is_empty() && effects.serious.is_empty() && effects.note.is_none() {
        return None;
    }
    let text = &context.text;
    let counts = text.effect_counts(effects.common.len(), effects.serious.len());
    let group = |name: &'static str, heading: &UiString, list: &[Effect]| {
        if list.is_empty() {
            return Html::default();
        }
        html! {
            <div class={format!("medcard__effects medcard__effects--{name}")}>
                <@{context.heading(2)} class="medcard__subheading">{ heading }</@>
                <ul class="medcard__list">{ for list.iter().map(|effect| effect_view(effect, context)) }</ul>
            </div>
        }
    };
    Some(disclosure_parts(
        context,
        "side-effects",
        &text.side_effects,
        Some(counts),
        html! {
            <>
                { group("serious", &text.serious_effects, &effects.serious) }
                { group("common", &text.common_effects, &effects.common) }
                if let Some(note) = &effects.note {
                    <p class="medcard__note">{ note.clone() }</p>
                }
            </>
        },
    ))
}

fn effect_view(effect: &Effect, context: &CardContext) -> Html {
    let text = &context.text;
    // The band in words with its meaning, then the author's figure: "Common: may affect up to
    // 1 in 10 people; 7 in 100 people in studies".
    let band = effect.band.map(|band| text.frequency_band(band));
    let how_often = match (band, &effect.frequency) {
        (Some(band), Some(figure)) => Some(format!("{band}; {figure}")),
        (Some(band), None) => Some(band.to_string()),
        (None, figure) => figure.clone(),
    };
    html! {
        <li class="medcard__effect">
            <span class="medcard__effect-name">{ effect.name.clone() }</span>
            if let Some(how_often) = how_often {
                <span class="medcard__frequency">
                    { " (" }<span class="medcard__sr-only">{ format!("{}: ", text.how_common) }</span>{ format!("{how_often})") }
                </span>
            }
            if let Some(detail) = &effect.detail {
                <p class="medcard__detail">{ detail.clone() }</p>
            }
            if let Some(action) = &effect.action {
                <p class="medcard__action"><strong>{ format!("{}: ", text.what_to_do) }</strong>{ action.clone() }</p>
            }
        </li>
    }
}
