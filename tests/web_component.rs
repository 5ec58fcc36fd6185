//! Browser: the `MedCard` component (the Rust API) mounted with `Renderer`: its layouts, its
//! `on_toggle` for every way a section opens, and what it keeps open across re-renders. The views'
//! markup is tested natively (tests/render.rs); `on_ready` and `on_error` in an app by
//! examples/yew-app/tests/app.rs.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use medcard::{Layout, MedCard, MedCardProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::{AttrValue, Callback, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

/// `MedCard` mounted in a fresh element; its shadow root once it has rendered a card.
async fn med_card_root(
    props: MedCardProps,
) -> (Element, yew::AppHandle<MedCard>, web_sys::ShadowRoot) {
    let root = container();
    let app = Renderer::<MedCard>::with_root_and_props(root.clone(), props).render();
    let shadow = || query(&root, ".medcard-host").and_then(|host| host.shadow_root());
    wait_until("MedCard renders a card", || {
        shadow().is_some_and(|shadow| query(&shadow, ".medcard__title").is_some())
    })
    .await;
    let shadow = shadow().unwrap();
    (root, app, shadow)
}

/// The sections a compact card collapses (and the mirtazapine card has).
const COMPACT_COLLAPSED: [&str; 7] = [
    "uses",
    "howItWorks",
    "dosage",
    "sideEffects",
    "precautions",
    "related",
    "sources",
];

#[wasm_bindgen_test]
async fn med_card_compact_layout_collapses_the_sections_and_keeps_the_safety_content_open() {
    let (_root, _app, card) = med_card_root(yew::props!(MedCardProps {
        json: AttrValue::Static(MIRTAZAPINE),
        layout: Layout::Compact,
    }))
    .await;
    // Which sections collapse is tested natively (tests/render.rs); here, that the prop reaches
    // the card and what it shows takes up space.
    assert!(query(&card, "article.medcard__card--compact").is_some());
    for name in COMPACT_COLLAPSED {
        let details = section(&card, name).unwrap_or_else(|| panic!("{name} is not a <details>"));
        assert!(!details.has_attribute("open"), "{name} starts closed");
        assert!(summary(&card, name).is_some(), "{name} has a summary");
    }
    // Always open: never inside a <details>, and taking up space on the page.
    for selector in [
        "section.medcard__key-facts[part=key-facts]",
        "section.medcard__section--warnings",
        ".medcard__callout",
        ".medcard__footer",
        ".medcard__disclaimer",
    ] {
        let element = query(&card, selector).unwrap_or_else(|| panic!("no {selector}"));
        assert!(
            element.closest("details").unwrap().is_none(),
            "{selector} is inside a <details>"
        );
        let height = element.unchecked_ref::<HtmlElement>().offset_height();
        assert!(height > 0, "{selector} is {height} px high");
    }
    // The same card in the full layout (the default), with its "On this card" list.
    let (_root, _app, full) = med_card_root(yew::props!(MedCardProps {
        json: AttrValue::Static(MIRTAZAPINE),
    }))
    .await;
    assert!(query(&full, ".medcard__card--compact").is_none());
    assert!(query(&full, ".medcard__toc").is_some());
}

/// What `MedCard`'s `on_toggle` reports: (section, open).
type Toggle = (&'static str, bool);

/// A `MedCard` `on_toggle` that records every toggle it hears.
fn toggle_recorder() -> (Rc<RefCell<Vec<Toggle>>>, Callback<Toggle>) {
    let toggles = Rc::new(RefCell::new(Vec::new()));
    let sink = toggles.clone();
    let on_toggle = Callback::from(move |event| sink.borrow_mut().push(event));
    (toggles, on_toggle)
}

#[wasm_bindgen_test]
async fn med_card_on_toggle_hears_summary_clicks_on_every_section() {
    let (toggles, on_toggle) = toggle_recorder();
    let props = yew::props!(MedCardProps {
        json: AttrValue::Static(GABAPENTIN),
        on_toggle,
    });
    let (_root, _app, card) = med_card_root(props).await;
    settle().await;
    assert_eq!(*toggles.borrow(), vec![], "nothing opened yet");

    click(&summary(&card, "sideEffects").unwrap());
    wait_until("sideEffects opens", || toggles.borrow().len() == 1).await;
    click(&summary(&card, "sources").unwrap());
    wait_until("sources opens", || toggles.borrow().len() == 2).await;
    click(&summary(&card, "sideEffects").unwrap());
    wait_until("sideEffects closes", || toggles.borrow().len() == 3).await;
    assert_eq!(
        *toggles.borrow(),
        vec![
            ("sideEffects", true),
            ("sources", true),
            ("sideEffects", false)
        ]
    );
    assert_eq!(section_open(&card, "sources").as_deref(), Some("true"));
    assert_eq!(section_open(&card, "sideEffects").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn med_card_on_toggle_hears_an_open_caused_by_expanded() {
    let (toggles, on_toggle) = toggle_recorder();
    let props = yew::props!(MedCardProps {
        json: AttrValue::Static(GABAPENTIN),
        on_toggle,
    });
    let (_root, mut app, card) = med_card_root(props.clone()).await;
    settle().await;
    assert_eq!(section_open(&card, "sideEffects").as_deref(), Some("false"));
    // Opened by the host, not by the reader: reported all the same.
    app.update(MedCardProps {
        expanded: true,
        ..props.clone()
    });
    wait_until("expanded opens the side effects", || {
        section_open(&card, "sideEffects").as_deref() == Some("true")
    })
    .await;
    wait_until("the open is reported", || !toggles.borrow().is_empty()).await;
    app.update(props);
    wait_until("the close is reported", || toggles.borrow().len() >= 2).await;
    assert_eq!(section_open(&card, "sideEffects").as_deref(), Some("false"));
    assert_eq!(
        *toggles.borrow(),
        vec![("sideEffects", true), ("sideEffects", false)]
    );
}

#[wasm_bindgen_test]
async fn med_card_keeps_open_sections_across_a_language_change_not_for_a_new_card() {
    let props = yew::props!(MedCardProps {
        json: AttrValue::Static(GABAPENTIN),
        layout: Layout::Compact,
    });
    let (_root, mut app, card) = med_card_root(props.clone()).await;
    let label = |card: &web_sys::ShadowRoot| {
        text_of(card, "[data-section=dosage] .medcard__toggle-label").unwrap()
    };
    let english = label(&card);
    click(&summary(&card, "dosage").unwrap());
    settle().await;
    assert_eq!(section_open(&card, "dosage").as_deref(), Some("true"));

    app.update(MedCardProps {
        lang: Some(AttrValue::Static("es")),
        ..props.clone()
    });
    // The lang change rebuilds the sections (new <details> nodes): only what the card keeps of
    // the open sections can open dosage again.
    wait_until("the card re-renders in Spanish", || {
        query(&card, ".medcard[lang=es]").is_some() && label(&card) != english
    })
    .await;
    settle().await;
    assert_eq!(
        section_open(&card, "dosage").as_deref(),
        Some("true"),
        "dosage stays open in the re-rendered card"
    );
    assert_eq!(section_open(&card, "uses").as_deref(), Some("false"));

    // A new card starts closed.
    app.update(MedCardProps {
        json: Some(AttrValue::Static(MIRTAZAPINE)),
        lang: Some(AttrValue::Static("es")),
        ..props
    });
    wait_until("the new card renders", || {
        text_of(&card, ".medcard__title").as_deref() == Some("Mirtazapine")
    })
    .await;
    settle().await;
    assert_eq!(section_open(&card, "dosage").as_deref(), Some("false"));
    assert_eq!(section_open(&card, "sideEffects").as_deref(), Some("false"));
}
