//! Example: a Yew app with medcard's `MedCard`. A list of medicines, the card of the one chosen,
//! a language switch and a layout switch (full or compact). `make demo` serves it at `/yew-app/`.

use medcard::{Layout, MedCard};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A medicine the app offers: a label for the list and the card's JSON.
#[derive(Clone, PartialEq)]
pub struct Medicine {
    /// What the list shows.
    pub label: AttrValue,
    /// The card data.
    pub json: AttrValue,
}

/// The sample cards of medcard's demo.
pub fn samples() -> Vec<Medicine> {
    vec![
        Medicine {
            label: "Mirtazapine".into(),
            json: include_str!("../../../www/examples/mirtazapine.json").into(),
        },
        Medicine {
            label: "Gabapentin".into(),
            json: include_str!("../../../www/examples/gabapentin.json").into(),
        },
        Medicine {
            label: "Gabapentina (español)".into(),
            json: include_str!("../../../www/examples/gabapentin.es.json").into(),
        },
    ]
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The medicines to choose from.
    pub medicines: Rc<Vec<Medicine>>,
}

/// The languages the switch offers: "" follows the card's own language.
const LANGUAGES: [(&str, &str); 4] = [
    ("", "The card's language"),
    ("en", "English"),
    ("es", "Español"),
    ("ar", "العربية"),
];

/// The app: choose a medicine and a language, see its card and what the card reported.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let chosen = use_state(|| 0usize);
    let lang = use_state(|| AttrValue::Static(""));
    let status = use_state(|| AttrValue::Static("Loading the card…"));
    let layout = use_state(Layout::default);

    let medicines = props.medicines.clone();
    let choose = |index: usize| {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(index))
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            lang.set(AttrValue::from(select.value()));
        })
    };
    let on_layout = {
        let layout = layout.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            layout.set(Layout::parse(&select.value()).unwrap_or_default());
        })
    };
    let on_ready = {
        let status = status.clone();
        Callback::from(move |name: AttrValue| status.set(format!("Showing {name}.").into()))
    };
    let on_error = {
        let status = status.clone();
        Callback::from(move |error: Rc<medcard::Error>| {
            let count = error.problems().len();
            status.set(format!("This card has {count} problem(s); see the card.").into())
        })
    };
    let current = medicines.get(*chosen).cloned();
    let card_lang = Some((*lang).clone()).filter(|lang| !lang.is_empty());

    html! {
        <main class="app">
            <h1>{ "Medicines" }</h1>
            <nav aria-label="Medicines">
                <ul class="app__list">
                    { for medicines.iter().enumerate().map(|(index, medicine)| html! {
                        <li>
                            <button type="button" class="app__medicine"
                                aria-pressed={(index == *chosen).to_string()}
                                onclick={choose(index)}>
                                { medicine.label.clone() }
                            </button>
                        </li>
                    }) }
                </ul>
            </nav>
            <label class="app__lang">
                { "Language " }
                <select onchange={on_lang}>
                    { for LANGUAGES.iter().map(|(code, name)| html! {
                        <option value={*code} selected={**lang == **code}>{ *name }</option>
                    }) }
                </select>
            </label>
            <label class="app__lang">
                { "Layout " }
                <select onchange={on_layout}>
                    { for [Layout::Full, Layout::Compact].into_iter().map(|choice| html! {
                        <option value={choice.as_str()} selected={*layout == choice}>{ choice.as_str() }</option>
                    }) }
                </select>
            </label>
            <p class="app__status" role="status">{ (*status).clone() }</p>
            if let Some(medicine) = current {
                <MedCard json={medicine.json} lang={card_lang} layout={*layout} {on_ready} {on_error} />
            }
        </main>
    }
}

/// Mounts the app on `#app` when the wasm starts (a test page has none: tests mount it themselves).
#[wasm_bindgen(start)]
pub fn start() {
    if let Some(root) = app_root() {
        let props = AppProps {
            medicines: Rc::new(samples()),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

fn app_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}
