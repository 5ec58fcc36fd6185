//! Edge: [`MedCard`], the card as a Yew component for Rust web apps.
//!
//! It renders the same [`Root`] as the `<med-card>` element, with the same inputs and outcomes,
//! inside its own shadow root with the shared stylesheet: the app's CSS can neither garble nor
//! hide the card or its disclaimer. It touches the DOM only in a browser (after mounting).
//!
//! ```no_run
//! use medcard::MedCard;
//! use yew::prelude::*;
//!
//! #[derive(Properties, PartialEq)]
//! struct MedicineProps {
//!     /// Card JSON, for example fetched by the app.
//!     json: AttrValue,
//! }
//!
//! #[function_component]
//! fn Medicine(props: &MedicineProps) -> Html {
//!     let name = use_state(|| None::<AttrValue>);
//!     let on_ready = {
//!         let name = name.clone();
//!         Callback::from(move |shown: AttrValue| name.set(Some(shown)))
//!     };
//!     html! {
//!         <>
//!             <MedCard json={props.json.clone()} lang="es" {on_ready} />
//!             <p>{ name.as_deref().unwrap_or("Loading the card…") }</p>
//!         </>
//!     }
//! }
//!
//! yew::Renderer::<Medicine>::with_props(MedicineProps { json: "{…}".into() }).render();
//! ```

use crate::browser::today;
use crate::error::{Error, LoadFailure};
use crate::model::{Card, Date};
use crate::sections::{listen, SectionEvents, ToggleReport};
use crate::validate::{parse_card, Checked, Options};
use crate::view::{CardState, HeadingLevel, Layout, OpenSections, Root, STYLE};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;

/// A card checked in Rust (by [`crate::parse_card`] or [`crate::validate_value`]), for apps that
/// build cards in code. Only a [`Checked`] card becomes one, so [`MedCard`] never shows
/// unchecked data.
#[derive(Clone, Debug)]
pub struct CheckedCard(Rc<Card>);

impl From<Checked> for CheckedCard {
    fn from(checked: Checked) -> Self {
        CheckedCard(Rc::new(checked.card))
    }
}

impl PartialEq for CheckedCard {
    /// Identity: the same card, not an equal one (cheap re-renders).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Properties of [`MedCard`]: the attributes and events of `<med-card>`, with the same meaning.
#[derive(Properties, PartialEq, Clone)]
pub struct MedCardProps {
    /// The card as JSON text, as `<med-card>` reads it; checked with the widget's rules.
    #[prop_or_default]
    pub json: Option<AttrValue>,
    /// A card already checked in Rust; wins over `json`. With neither, the card shows the
    /// "no data" error panel.
    #[prop_or_default]
    pub card: Option<CheckedCard>,
    /// The widget's language (`lang`); otherwise the card's `language`, then the page's.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// Level of the card's title heading (`heading-level`).
    #[prop_or_default]
    pub heading_level: HeadingLevel,
    /// Whether the side effects start expanded (`expanded`); a change opens or closes them.
    #[prop_or_default]
    pub expanded: bool,
    /// Which sections show open before the reader opens anything (`layout`).
    #[prop_or_default]
    pub layout: Layout,
    /// Replacements for the widget's words, a JSON object (`strings`).
    #[prop_or_default]
    pub strings: Option<AttrValue>,
    /// After a card rendered, with the medicine's name (`medcard-ready`).
    #[prop_or_default]
    pub on_ready: Callback<AttrValue>,
    /// After the error panel rendered, with the reason (`medcard-error`; its `problems()` are the
    /// event's paths and messages).
    #[prop_or_default]
    pub on_error: Callback<Rc<Error>>,
    /// When a collapsible section opens or closes: (section name, expanded) (`medcard-toggle`).
    #[prop_or_default]
    pub on_toggle: Callback<(&'static str, bool)>,
}

/// Where the card renders once mounted, and what the page tells it.
#[derive(Clone)]
struct Mounted {
    container: Element,
    page_lang: Option<AttrValue>,
    today: Option<Date>,
    _sections: Option<Rc<SectionEvents>>,
}

impl PartialEq for Mounted {
    fn eq(&self, other: &Self) -> bool {
        self.container == other.container
            && self.page_lang == other.page_lang
            && self.today == other.today
    }
}

/// The medication card as a Yew component. See the module documentation for an example.
#[function_component]
pub fn MedCard(props: &MedCardProps) -> Html {
    let host = use_node_ref();
    let mounted = use_state(|| None::<Mounted>);
    let open = use_state(OpenSections::default);
    // The app's newest `on_toggle`, read by the section listener when a section opens or closes.
    let report: ToggleReport = (*use_state(ToggleReport::default)).clone();
    *report.borrow_mut() = props.on_toggle.clone();
    {
        let host = host.clone();
        let mounted = mounted.clone();
        let open = (*open).clone();
        use_effect_with((), move |_| {
            if let Some(host) = host.cast::<Element>() {
                let mut card = mount(&host);
                card._sections = Some(Rc::new(listen(&card.container, open, report)));
                mounted.set(Some(card));
            }
        });
    }
    // Checked once per new input, never on other re-renders. Parsing is synchronous, so the
    // card always shows the newest input: an older one can never arrive later.
    let today = mounted.as_ref().and_then(|mounted| mounted.today);
    let state = use_memo(
        (props.json.clone(), props.card.clone(), today),
        |(json, card, today)| state_of(json.as_deref(), card.as_ref(), *today),
    );
    let Some(mounted) = mounted.as_ref() else {
        return html! { <div ref={host} class="medcard-host" /> };
    };
    let root = html! {
        <Root
            state={(*state).clone()}
            heading_level={props.heading_level}
            expanded={props.expanded}
            layout={props.layout}
            open={(*open).clone()}
            lang={props.lang.clone()}
            page_lang={mounted.page_lang.clone()}
            strings={props.strings.clone()}
            today={mounted.today}
            on_ready={props.on_ready.clone()}
            on_error={props.on_error.clone()}
            on_toggle={props.on_toggle.clone()}
        />
    };
    html! {
        <div ref={host} class="medcard-host">
            { create_portal(root, mounted.container.clone()) }
        </div>
    }
}

fn state_of(json: Option<&str>, card: Option<&CheckedCard>, today: Option<Date>) -> CardState {
    if let Some(CheckedCard(card)) = card {
        return CardState::Ready(card.clone());
    }
    let Some(json) = json else {
        return CardState::Failed(Rc::new(Error::Load(LoadFailure::NoData)));
    };
    let options = Options {
        today,
        ..Options::default()
    };
    match parse_card(json, &options) {
        Ok(checked) => CardState::Ready(Rc::new(checked.card)),
        Err(error) => CardState::Failed(Rc::new(error)),
    }
}

/// Gives `host` an open shadow root with the card's stylesheet and a container for Yew (Yew
/// renders into an element, not a shadow root). Where the browser refuses a shadow root, the
/// card renders in `host` itself, still styled.
fn mount(host: &Element) -> Mounted {
    let page_lang = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|element| element.get_attribute("lang"))
        .map(AttrValue::from);
    let document = host.owner_document();
    let container = document
        .as_ref()
        .and_then(|document| document.create_element("div").ok());
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let (Some(container), Ok(shadow)) = (container, host.attach_shadow(&init)) else {
        return Mounted {
            container: host.clone(),
            page_lang,
            today: today(),
            _sections: None,
        };
    };
    match shared_sheet() {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        // No constructable stylesheets: a <style> element (needs `style-src 'unsafe-inline'`
        // under a CSP, which is why it is only the fallback).
        None => {
            if let Some(style) = document.and_then(|document| document.create_element("style").ok())
            {
                style.set_text_content(Some(STYLE));
                let _ = shadow.append_child(&style);
            }
        }
    }
    let _ = shadow.append_child(&container);
    Mounted {
        container,
        page_lang,
        today: today(),
        _sections: None,
    }
}

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// One constructed stylesheet for every card on the page (works under a strict CSP).
fn shared_sheet() -> Option<CssStyleSheet> {
    SHEET.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(STYLE).ok()?;
            *slot = Some(sheet);
        }
        slot.clone()
    })
}

/// Helpers for tests of apps that embed cards (feature `testing`): they find things inside a
/// card's shadow root, for `MedCard` hosts and `<med-card>` elements alike.
#[cfg(feature = "testing")]
pub mod testing {
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement, ShadowRoot};

    /// The shadow root of the first card at or inside `scope`.
    pub fn card_root(scope: &Element) -> Option<ShadowRoot> {
        const CARDS: &str = ".medcard-host, med-card";
        let host = if scope.matches(CARDS).unwrap_or(false) {
            Some(scope.clone())
        } else {
            scope.query_selector(CARDS).ok().flatten()
        };
        host?.shadow_root()
    }

    /// The first element matching `selector` inside the first card at or inside `scope`.
    pub fn find(scope: &Element, selector: &str) -> Option<Element> {
        card_root(scope)?.query_selector(selector).ok().flatten()
    }

    /// The text of [`find`]'s element.
    pub fn text(scope: &Element, selector: &str) -> Option<String> {
        find(scope, selector)?.text_content()
    }

    /// The card's title, once a card (not an error panel) has rendered.
    pub fn title(scope: &Element) -> Option<String> {
        text(scope, ".medcard__title")
    }

    /// The disclaimer's text (every state has one).
    pub fn disclaimer(scope: &Element) -> Option<String> {
        text(scope, ".medcard__disclaimer")
    }

    /// The error panel's message, if the card shows one.
    pub fn error_message(scope: &Element) -> Option<String> {
        text(scope, "[role=alert]")
    }

    /// Clicks the side-effects toggle (its `<summary>`); returns whether the card has one.
    pub fn toggle_side_effects(scope: &Element) -> bool {
        const SUMMARY: &str = "[data-section=sideEffects] > summary";
        match find(scope, SUMMARY).and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
            Some(button) => {
                button.click();
                true
            }
            None => false,
        }
    }

    /// Whether the side effects are open ("true"/"false", as `aria-expanded` would say), if the
    /// card has them.
    pub fn side_effects_expanded(scope: &Element) -> Option<String> {
        let details = find(scope, "details[data-section=sideEffects]")?;
        Some(details.has_attribute("open").to_string())
    }
}
