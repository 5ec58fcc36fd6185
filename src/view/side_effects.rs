//! Side effects as a WAI-ARIA disclosure. The toggle is a real `<button>` (so Enter and Space
//! work) inside the heading, and its label always says how many common and serious effects
//! there are, so a collapsed section never hides that serious ones exist.

use crate::model::Effect;
use crate::view::CardContext;
use std::rc::Rc;
use yew::prelude::*;

/// The name this section has in `medcard-toggle` events.
pub const SECTION_NAME: &str = "sideEffects";

/// Properties of [`SideEffects`].
#[derive(Properties)]
pub struct SideEffectsProps {
    /// The checked card.
    pub card: Rc<crate::model::Card>,
    /// The card's words, heading level and ids.
    pub context: CardContext,
    /// Whether the section starts expanded; a change re-applies it.
    #[prop_or_default]
    pub initially_expanded: bool,
    /// Called with (section name, expanded) when the reader toggles it.
    #[prop_or_default]
    pub on_toggle: Callback<(&'static str, bool)>,
}

impl PartialEq for SideEffectsProps {
    /// The card by identity (a new card is a new `Rc`), not field by field: cheaper, and no
    /// deep comparison of the whole card compiled into the widget.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.card, &other.card)
            && self.context == other.context
            && self.initially_expanded == other.initially_expanded
            && self.on_toggle == other.on_toggle
    }
}

/// The collapsible side-effects section.
#[function_component]
pub fn SideEffects(props: &SideEffectsProps) -> Html {
    let context = &props.context;
    let expanded = use_state_eq(|| props.initially_expanded);
    {
        // Follow the host's `expanded` attribute when it changes after the first render.
        let expanded = expanded.clone();
        use_effect_with(props.initially_expanded, move |initial| {
            expanded.set(*initial)
        });
    }
    let Some(effects) = &props.card.side_effects else {
        return Html::default();
    };
    if effects.common.is_empty() && effects.serious.is_empty() && effects.note.is_none() {
        return Html::default();
    }
    let text = context.text;
    let onclick = {
        let expanded = expanded.clone();
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| {
            let now = !*expanded;
            expanded.set(now);
            on_toggle.emit((SECTION_NAME, now));
        })
    };
    let heading_id = context.id("side-effects");
    let panel_id = context.id("side-effects-panel");
    let counts = text.effect_counts(effects.common.len(), effects.serious.len());
    let group = |name: &'static str, heading: &'static str, list: &[Effect]| {
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
    html! {
        <section class="medcard__section medcard__section--side-effects">
            <@{context.heading(1)} id={heading_id} class="medcard__heading">
                <button type="button" class="medcard__toggle" part="toggle"
                    aria-expanded={expanded.to_string()} aria-controls={panel_id.clone()} {onclick}>
                    <span class="medcard__toggle-label">{ text.side_effects }</span>
                    <span class="medcard__toggle-count">{ " — " }{ counts }</span>
                </button>
            </@>
            <div id={panel_id} class="medcard__panel" hidden={!*expanded}>
                { group("serious", text.serious_effects, &effects.serious) }
                { group("common", text.common_effects, &effects.common) }
                if let Some(note) = &effects.note {
                    <p class="medcard__note">{ note.clone() }</p>
                }
            </div>
        </section>
    }
}

fn effect_view(effect: &Effect, context: &CardContext) -> Html {
    let text = context.text;
    html! {
        <li class="medcard__effect">
            <span class="medcard__effect-name">{ effect.name.clone() }</span>
            if let Some(frequency) = &effect.frequency {
                <span class="medcard__frequency">
                    { " (" }<span class="medcard__sr-only">{ format!("{}: ", text.how_common) }</span>{ format!("{frequency})") }
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
