//! Browser: the `<med-card>` custom element's API, as a host page uses it: data sources and
//! their priority, attributes, properties, the three events, the error panel for bad data,
//! moving and removing elements. Pages, networks (every `src` failure), CSP, layout and host-CSS
//! attacks belong to the Playwright layer (tests/e2e/), which loads the built dist/.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn json_blob_url(json: &str, content_type: &str) -> String {
    let parts = js_sys::Array::of1(&JsValue::from_str(json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(content_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

async fn wait_for_alert(element: &Element) -> String {
    wait_until("the error panel renders", || {
        query(&shadow(element), "[role=alert]").is_some()
    })
    .await;
    text_of(&shadow(element), "[role=alert]").unwrap()
}

fn set_data(element: &Element, value: &JsValue) {
    js_sys::Reflect::set(element, &JsValue::from_str("data"), value).unwrap();
}

#[wasm_bindgen_test]
async fn defining_twice_is_harmless() {
    define();
    assert!(!define(), "second definition is a no-op");
    assert!(web_sys::window()
        .unwrap()
        .custom_elements()
        .get("med-card")
        .is_truthy());
}

#[wasm_bindgen_test]
async fn reads_inline_json_and_fires_ready() {
    let element = inline_card(GABAPENTIN);
    let ready = Recorder::new(&document(), "medcard-ready");
    attach(&element);
    assert_eq!(wait_for_title(&element).await, "Gabapentin");
    wait_until("medcard-ready bubbles to the document", || {
        ready.count() == 1
    })
    .await;
    assert_eq!(
        ready.last_detail("name").as_string().as_deref(),
        Some("Gabapentin")
    );
    let event = ready.events.borrow()[0].clone();
    assert!(event.bubbles() && event.composed());
    // Styles come from the one constructed stylesheet.
    let sheets =
        js_sys::Reflect::get(&shadow(&element), &JsValue::from_str("adoptedStyleSheets")).unwrap();
    assert_eq!(js_sys::Array::from(&sheets).length(), 1);
    let title = query(&shadow(&element), ".medcard__title").unwrap();
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&title)
        .unwrap()
        .unwrap();
    assert_eq!(
        style.get_property_value("margin-top").unwrap(),
        "0px",
        "card CSS applies"
    );
}

#[wasm_bindgen_test]
async fn data_property_accepts_objects_and_json_strings() {
    let element = med_card(&[], "");
    attach(&element);
    let object = js_sys::JSON::parse(MIRTAZAPINE).unwrap();
    set_data(&element, &object);
    assert_eq!(wait_for_title(&element).await, "Mirtazapine");
    // A JSON string works too, and a new value re-renders.
    set_data(&element, &JsValue::from_str(GABAPENTIN));
    wait_until("re-render", || {
        text_of(&shadow(&element), ".medcard__title").as_deref() == Some("Gabapentin")
    })
    .await;
}

#[wasm_bindgen_test]
async fn data_object_with_a_bigint_is_an_error_not_a_blank() {
    let element = med_card(&[], "");
    attach(&element);
    let object = js_sys::JSON::parse(MIRTAZAPINE).unwrap();
    let version = js_sys::BigInt::from(1u32);
    js_sys::Reflect::set(&object, &JsValue::from_str("schemaVersion"), &version).unwrap();
    set_data(&element, &object);
    let message = wait_for_alert(&element).await;
    assert!(message.contains("could not be read"), "{message}");
}

#[wasm_bindgen_test]
async fn data_property_wins_over_inline_json_and_src() {
    let element = med_card(
        &[("src", "/does-not-exist.json")],
        &format!(r#"<script type="application/json">{GABAPENTIN}</script>"#),
    );
    set_data(&element, &js_sys::JSON::parse(MIRTAZAPINE).unwrap());
    attach(&element);
    assert_eq!(wait_for_title(&element).await, "Mirtazapine");
}

#[wasm_bindgen_test]
async fn fetches_src() {
    let url = json_blob_url(MIRTAZAPINE, "application/json");
    let element = med_card(&[("src", &url)], "");
    attach(&element);
    assert_eq!(wait_for_title(&element).await, "Mirtazapine");
    // Changing src re-renders with the new data.
    element
        .set_attribute("src", &json_blob_url(GABAPENTIN, "application/json"))
        .unwrap();
    wait_until("src change re-renders", || {
        text_of(&shadow(&element), ".medcard__title").as_deref() == Some("Gabapentin")
    })
    .await;
}

#[wasm_bindgen_test]
async fn invalid_data_shows_problems_with_paths() {
    let element = med_card(
        &[],
        r#"<script type="application/json">{"schemaVersion":1,"medication":{"name":""},"uses":[{"status":"approved"}]}</script>"#,
    );
    let errors = Recorder::new(&element, "medcard-error");
    attach(&element);
    let message = wait_for_alert(&element).await;
    assert!(message.contains("medication.name is empty"), "{message}");
    assert!(
        message.contains("uses[0].condition is required"),
        "{message}"
    );
    assert!(
        query(&shadow(&element), ".medcard__title").is_none(),
        "never half a card"
    );
    assert!(text_of(&shadow(&element), ".medcard__disclaimer")
        .unwrap()
        .contains(DISCLAIMER_START));
    wait_until("medcard-error fires", || errors.count() == 1).await;
    let problems = js_sys::Array::from(&errors.last_detail("problems"));
    assert_eq!(problems.length(), 2);
    let path = js_sys::Reflect::get(&problems.get(1), &JsValue::from_str("path")).unwrap();
    assert_eq!(path.as_string().as_deref(), Some("uses[0].condition"));
}

#[wasm_bindgen_test]
async fn no_data_at_all_is_an_error_not_a_blank() {
    let element = med_card(&[], "");
    attach(&element);
    let message = wait_for_alert(&element).await;
    assert!(message.contains("no card data was given"), "{message}");
}

#[wasm_bindgen_test]
async fn attributes_set_heading_level_language_and_expansion() {
    let element = med_card(
        &[("heading-level", "4"), ("expanded", ""), ("lang", "en-GB")],
        &format!(r#"<script type="application/json">{GABAPENTIN}</script>"#),
    );
    attach(&element);
    wait_for_title(&element).await;
    let root = shadow(&element);
    assert!(query(&root, "h4.medcard__title").is_some());
    assert!(query(&root, "h5.medcard__heading").is_some());
    assert_eq!(
        query(&root, ".medcard")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en-GB")
    );
    assert_eq!(side_effects_expanded(&root).as_deref(), Some("true"));

    element.set_attribute("heading-level", "3").unwrap();
    element.remove_attribute("expanded").unwrap();
    wait_until("attributes re-apply", || {
        query(&root, "h3.medcard__title").is_some()
    })
    .await;
    // The heading (and the summary around it) may be new elements after a level change: query again.
    wait_until("expanded attribute removal collapses", || {
        side_effects_expanded(&root).as_deref() == Some("false")
    })
    .await;
    // Out-of-range levels fall back to the default.
    element.set_attribute("heading-level", "9").unwrap();
    wait_until("fallback level", || {
        query(&root, "h2.medcard__title").is_some()
    })
    .await;
}

#[wasm_bindgen_test]
async fn toggle_fires_medcard_toggle() {
    let element = inline_card(MIRTAZAPINE);
    let toggles = Recorder::new(&element, "medcard-toggle");
    attach(&element);
    wait_for_title(&element).await;
    click(&summary(&shadow(&element), "sideEffects").unwrap());
    wait_until("medcard-toggle fires", || toggles.count() == 1).await;
    assert_eq!(
        toggles.last_detail("section").as_string().as_deref(),
        Some("sideEffects")
    );
    assert_eq!(toggles.last_detail("expanded").as_bool(), Some(true));
}

#[wasm_bindgen_test]
async fn cards_on_one_page_are_independent() {
    let first = inline_card(MIRTAZAPINE);
    let second = inline_card(MIRTAZAPINE);
    attach(&first);
    attach(&second);
    wait_for_title(&first).await;
    wait_for_title(&second).await;
    // Each card's ids live in its own shadow root (the same ids as `medcard render` writes, so
    // a server-rendered card can stay in place), and no card reaches into the other's.
    click(&summary(&shadow(&first), "sideEffects").unwrap());
    settle().await;
    assert_eq!(
        side_effects_expanded(&shadow(&first)).as_deref(),
        Some("true")
    );
    assert_eq!(
        side_effects_expanded(&shadow(&second)).as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn moved_element_keeps_state() {
    let element = inline_card(GABAPENTIN);
    attach(&element);
    wait_for_title(&element).await;
    click(&summary(&shadow(&element), "sideEffects").unwrap());
    wait_until("the side effects open", || {
        side_effects_expanded(&shadow(&element)).as_deref() == Some("true")
    })
    .await;
    let elsewhere = container();
    elsewhere.append_child(&element).unwrap(); // remove + insert in one task
    settle().await;
    assert!(query(&shadow(&element), ".medcard__title").is_some());
    assert_eq!(
        side_effects_expanded(&shadow(&element)).as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn removing_the_element_releases_its_card_for_the_next_element() {
    let element = inline_card(GABAPENTIN);
    attach(&element);
    wait_for_title(&element).await;
    let container = shadow(&element).first_element_child().unwrap();
    element.remove();
    wait_until("the card leaves the removed element", || {
        query(&shadow(&element), ".medcard").is_none()
    })
    .await;
    // Changing attributes on a removed element does nothing and throws nothing.
    element.set_attribute("heading-level", "3").unwrap();
    settle().await;
    assert!(query(&shadow(&element), ".medcard").is_none());
    // The next element reuses the released card (Yew apps cannot be freed completely).
    let next = inline_card(MIRTAZAPINE);
    attach(&next);
    assert_eq!(wait_for_title(&next).await, "Mirtazapine");
    let reused = shadow(&next).first_element_child().unwrap();
    assert!(
        reused.is_same_node(Some(&container)),
        "the released card was reused"
    );
}

/// Adds page CSS, as a host page would (test set-up only).
fn host_css(css: &str) -> Element {
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(css));
    document().head().unwrap().append_child(&style).unwrap();
    style
}

#[wasm_bindgen_test]
async fn theme_properties_inherit_from_ancestors() {
    let style = host_css(".themed { --medcard-accent: rgb(1, 2, 3); }");
    let wrapper = container();
    wrapper.set_class_name("themed");
    let element = inline_card(GABAPENTIN);
    wrapper.append_child(&element).unwrap();
    wait_for_title(&element).await;
    let toggle = summary(&shadow(&element), "sideEffects").unwrap();
    let computed = web_sys::window()
        .unwrap()
        .get_computed_style(&toggle)
        .unwrap()
        .unwrap();
    assert_eq!(
        computed.get_property_value("color").unwrap(),
        "rgb(1, 2, 3)"
    );
    style.remove();
}
