//! A titled card section: a `<section>` with a heading one level below the title. It has no
//! accessible name on purpose, so it is not a landmark: with several cards on a page, named
//! sections would add a dozen same-named regions per card to screen readers' landmark lists.

use crate::view::root::CardContext;
use yew::prelude::*;

/// Properties of [`Section`].
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// Short name: the CSS modifier and id suffix (`uses` → `medcard__section--uses`).
    pub name: &'static str,
    /// The heading text.
    pub heading: AttrValue,
    /// The section's content.
    #[prop_or_default]
    pub children: Html,
}

/// A titled card section.
#[function_component]
pub fn Section(props: &SectionProps) -> Html {
    let context = use_context::<CardContext>().unwrap_or_default();
    let id = context.id(props.name);
    html! {
        <section class={classes!("medcard__section", format!("medcard__section--{}", props.name))}>
            <@{context.heading(1)} id={id} class="medcard__heading">{ props.heading.clone() }</@>
            { props.children.clone() }
        </section>
    }
}
