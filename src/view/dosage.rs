//! How to take it: dose schedules as definition lists, then instructions and what-ifs.

use crate::model::{Card, Schedule};
use crate::text::UiString;
use crate::view::section::section;
use crate::view::{CardContext, Layout};
use yew::prelude::*;

/// The dosage section.
pub fn dosage(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
    let Some(dosage) = &card.dosage else {
        return Html::default();
    };
    // Compact: the forms are told here rather than in the header (see `header`).
    let forms_in_dosage = context.layout == Layout::Compact && !card.medication.forms.is_empty();
    let subheading = context.heading(2);
    let schedules = dosage
        .schedules
        .iter()
        .map(|schedule| schedule_view(schedule, context, subheading));
    let paragraph = |heading: &UiString, body: &Option<String>| match body {
        Some(body) => html! {
            <>
                <@{subheading} class="medcard__subheading">{ heading }</@>
                <p>{ body.clone() }</p>
            </>
        },
        None => Html::default(),
    };
    html! {
        { section(context, "dosage", &text.dosage, None, html! { <>
            if forms_in_dosage {
                <dl class="medcard__facts">
                    <div class="medcard__fact">
                        <dt>{ &text.forms }</dt>
                        <dd>{ card.medication.forms.join(", ") }</dd>
                    </div>
                </dl>
            }
            { for schedules }
            if !dosage.instructions.is_empty() {
                <@{subheading} class="medcard__subheading">{ &text.instructions }</@>
                <ul class="medcard__list">
                    { for dosage.instructions.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
            }
            { paragraph(&text.missed_dose, &dosage.missed_dose) }
            { paragraph(&text.overdose, &dosage.overdose) }
            { paragraph(&text.stopping, &dosage.stopping) }
        </> }) }
    }
}

fn schedule_view(schedule: &Schedule, context: &CardContext, subheading: &'static str) -> Html {
    let labels = &context.text.dose_labels;
    let values = [
        &schedule.start,
        &schedule.usual,
        &schedule.maximum,
        &schedule.frequency,
        &schedule.timing,
        &schedule.notes,
    ];
    let rows = labels
        .iter()
        .zip(values)
        .filter_map(|(label, value)| value.as_ref().map(|value| (label, value)))
        .map(|(label, value)| {
            html! {
                <div class="medcard__dose">
                    <dt>{ label }</dt>
                    <dd>{ value.clone() }</dd>
                </div>
            }
        });
    let title: Vec<&str> = [&schedule.population, &schedule.indication]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    html! {
        <div class="medcard__schedule">
            if !title.is_empty() {
                <@{subheading} class="medcard__subheading">{ title.join(" — ") }</@>
            }
            <dl class="medcard__doses">{ for rows }</dl>
        </div>
    }
}
