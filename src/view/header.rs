//! Title, class, names, forms, availability and summary; and, for a shortened translation, what
//! it leaves out (`translationOf.omitted`), framed like a warning so no reader misses it.

use crate::model::Card;
use crate::text::UiString;
use crate::view::{CardContext, Layout};
use yew::prelude::*;

/// The card's header.
pub fn header(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
    let medication = &card.medication;
    let fact = |label: &UiString, value: String| {
        html! {
            <div class="medcard__fact">
                <dt>{ label }</dt>
                <dd>{ value }</dd>
            </div>
        }
    };
    let mut facts = Vec::new();
    if let Some(generic) = &medication.generic_name {
        facts.push(fact(&text.generic_name, generic.clone()));
    }
    if !medication.brand_names.is_empty() {
        facts.push(fact(&text.brand_names, medication.brand_names.join(", ")));
    }
    // Compact: the forms move into "How to take it" (see `dosage`), when the card has one.
    let forms_in_dosage = context.layout == Layout::Compact && card.dosage.is_some();
    if !medication.forms.is_empty() && !forms_in_dosage {
        facts.push(fact(&text.forms, medication.forms.join(", ")));
    }
    if let Some(availability) = medication.availability {
        facts.push(fact(
            &text.availability,
            text.availability_kind(availability).to_string(),
        ));
    }
    html! {
        <header class="medcard__header">
            <@{context.heading(0)} id={context.id("title")} class="medcard__title" part="title">
                { medication.name.clone() }
            </@>
            if let Some(class) = &medication.drug_class {
                <p class="medcard__class">
                    <span class="medcard__sr-only">{ format!("{}: ", text.drug_class) }</span>
                    { class.clone() }
                </p>
            }
            if !facts.is_empty() {
                <dl class="medcard__facts">{ for facts }</dl>
            }
            if let Some(summary) = &card.summary {
                <p class="medcard__summary">{ summary.clone() }</p>
            }
            if let Some(omitted) = card.translation_of.as_ref().and_then(|t| t.omitted.as_ref()) {
                <p class="medcard__warning" role="note">{ omitted.clone() }</p>
            }
        </header>
    }
}
