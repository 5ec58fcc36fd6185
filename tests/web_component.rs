//! Browser: the Yew component on its own, mounted with `Renderer`.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use medcard::view::{CardState, Root, RootProps};
use medcard::{parse_card, Error, LoadFailure, Options};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;
use yew::{AttrValue, Callback, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

fn props(state: CardState) -> RootProps {
    RootProps {
        id_prefix: AttrValue::Static("test"),
        ..RootProps::new(state)
    }
}

fn ready(json: &str) -> CardState {
    CardState::Ready(Rc::new(parse_card(json, &Options::default()).unwrap().card))
}

#[wasm_bindgen_test]
async fn renders_every_section_of_a_full_card() {
    let root = container();
    let _app =
        Renderer::<Root>::with_root_and_props(root.clone(), props(ready(MIRTAZAPINE))).render();
    settle().await;
    assert_eq!(
        text_of(&root, "h2.medcard__title").as_deref(),
        Some("Mirtazapine")
    );
    for section in [
        "uses",
        "warnings",
        "how-it-works",
        "dosage",
        "side-effects",
        "precautions",
        "related",
        "sources",
    ] {
        assert!(
            query(&root, &format!(".medcard__section--{section}")).is_some(),
            "{section}"
        );
    }
    assert!(query(&root, ".medcard__callout--emergency").is_some());
    assert!(query(&root, ".medcard__review").is_some());
    assert!(text_of(&root, ".medcard__disclaimer")
        .unwrap()
        .contains(DISCLAIMER_START));
    assert_eq!(
        text_of(&root, ".medcard__badge--not-recommended").as_deref(),
        Some("Not recommended")
    );
}

#[wasm_bindgen_test]
async fn side_effects_toggle_by_click_updates_aria_and_reports() {
    let root = container();
    let toggles = Rc::new(RefCell::new(Vec::new()));
    let mut p = props(ready(GABAPENTIN));
    let sink = toggles.clone();
    p.on_toggle = Callback::from(move |event: (&'static str, bool)| sink.borrow_mut().push(event));
    let _app = Renderer::<Root>::with_root_and_props(root.clone(), p).render();
    settle().await;

    let button = query(&root, "button.medcard__toggle").unwrap();
    assert_eq!(
        button.get_attribute("type").as_deref(),
        Some("button"),
        "a real button: Enter and Space work"
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let label = button.text_content().unwrap();
    assert!(
        label.contains("6 serious side effects, 7 common side effects"),
        "{label}"
    );
    let panel_id = button.get_attribute("aria-controls").unwrap();
    let panel = document().get_element_by_id(&panel_id).unwrap();
    assert!(panel.has_attribute("hidden"));

    click(&button);
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!panel.has_attribute("hidden"));
    assert!(text_of(&panel, ".medcard__effects--serious")
        .unwrap()
        .contains("What to do"));

    click(&button);
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(panel.has_attribute("hidden"));
    assert_eq!(
        *toggles.borrow(),
        vec![("sideEffects", true), ("sideEffects", false)]
    );
}

#[wasm_bindgen_test]
async fn disclaimer_is_present_in_loading_error_and_success_states() {
    let root = container();
    let mut app =
        Renderer::<Root>::with_root_and_props(root.clone(), props(CardState::Loading)).render();
    settle().await;
    assert!(query(&root, "[role=status]").is_some());
    assert!(text_of(&root, ".medcard__disclaimer")
        .unwrap()
        .contains(DISCLAIMER_START));

    app.update(props(CardState::Failed(Rc::new(Error::Load(
        LoadFailure::NoData,
    )))));
    settle().await;
    assert!(query(&root, "[role=alert]").is_some());
    assert!(query(&root, "article").is_none());
    assert!(text_of(&root, ".medcard__disclaimer")
        .unwrap()
        .contains(DISCLAIMER_START));

    app.update(props(ready(GABAPENTIN)));
    settle().await;
    assert!(query(&root, "[role=alert]").is_none());
    assert!(text_of(&root, "article .medcard__disclaimer")
        .unwrap()
        .contains(DISCLAIMER_START));
}

#[wasm_bindgen_test]
async fn invalid_data_gives_an_alert_with_paths() {
    let root = container();
    let errors = Rc::new(RefCell::new(0));
    let error = parse_card(
        r#"{"schemaVersion":1,"medication":{}}"#,
        &Options::default(),
    )
    .unwrap_err();
    let mut p = props(CardState::Failed(Rc::new(error)));
    let sink = errors.clone();
    p.on_error = Callback::from(move |_| *sink.borrow_mut() += 1);
    let _app = Renderer::<Root>::with_root_and_props(root.clone(), p).render();
    settle().await;
    let alert = query(&root, "[role=alert]").unwrap();
    assert!(alert
        .text_content()
        .unwrap()
        .contains("medication.name is required but missing"));
    assert_eq!(*errors.borrow(), 1);
}
