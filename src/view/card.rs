//! The card itself: an `<article>` with every section in reading order.

use crate::model::Card;
use crate::view::attribution::AttributionLine;
use crate::view::benefits::Benefits;
use crate::view::disclaimer::Disclaimer;
use crate::view::dosage::DosageSection;
use crate::view::get_help::GetHelp;
use crate::view::header::Header;
use crate::view::precautions::Precautions;
use crate::view::related::Related;
use crate::view::review::ReviewLine;
use crate::view::root::CardContext;
use crate::view::safe_link::new_tab_note;
use crate::view::section::section;
use crate::view::side_effects::SideEffectsSection;
use crate::view::sources::Sources;
use crate::view::uses::Uses;
use crate::view::warnings::Warnings;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`CardView`].
#[derive(Properties, PartialEq)]
pub struct CardViewProps {
    /// The checked card.
    pub card: Rc<Card>,
    /// Whether the side effects start expanded.
    #[prop_or_default]
    pub expanded: bool,
    /// Called when a collapsible section opens or closes.
    #[prop_or_default]
    pub on_toggle: Callback<(&'static str, bool)>,
}

/// The card: header, safety first, then the details, then sources and the disclaimer.
#[function_component]
pub fn CardView(props: &CardViewProps) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let text = context.text;
    let card = &props.card;
    #[cfg(feature = "panic-probe")]
    if card.medication.name == "medcard panic probe" {
        panic!("panic probe: this card panics on purpose");
    }
    html! {
        <article class="medcard__card" aria-labelledby={context.id("title")}>
            <Header card={card.clone()} />
            <Uses card={card.clone()} />
            <Warnings card={card.clone()} />
            <GetHelp card={card.clone()} />
            if let Some(how) = &card.how_it_works {
                { section(&context, "how-it-works", text.how_it_works, html! { <p>{ how.clone() }</p> }) }
            }
            <Benefits card={card.clone()} />
            <DosageSection card={card.clone()} />
            <SideEffectsSection card={card.clone()} initially_expanded={props.expanded} on_toggle={props.on_toggle.clone()} />
            <Precautions card={card.clone()} />
            <Related card={card.clone()} />
            <Sources card={card.clone()} />
            { new_tab_note(&context) }
            <footer class="medcard__footer">
                <ReviewLine card={card.clone()} />
                <AttributionLine card={card.clone()} />
                <Disclaimer text={card.disclaimer.clone().map(AttrValue::from)} />
            </footer>
        </article>
    }
}

/// Properties shared by the section components: the whole card, from which each takes its part.
#[derive(Properties, PartialEq)]
pub struct CardPart {
    /// The checked card.
    pub card: Rc<Card>,
}
