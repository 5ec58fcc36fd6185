//! Browser: the card's static parts, which the element builds as DOM in one call
//! (`src/view/static_ops.rs` writes them, `src/element.rs` hands them to `buildStatic` in
//! `src/js/static-dom.js`) instead of through Yew.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const EVERY_FIELD: &str = include_str!("fixtures/valid/every-field.json");

/// The card of `json`, attached, once it has rendered; and its shadow root.
async fn rendered(json: &str) -> (Element, ShadowRoot) {
    let element = inline_card(json);
    attach(&element);
    wait_for_title(&element).await;
    let root = shadow(&element);
    (element, root)
}

/// Text that a length-prefixed format could get wrong: characters outside the BMP (two UTF-16
/// units each), digits and colons like the format's own, markup, a tab and an isolate mark (the
/// checker removes other control and bidi characters before anything renders).
const TRICKY: &str = "Zé 😀🧪 12:34 3:abc <b>bold</b> & \u{2067}isolate\u{2069}\tE5:x 𝄞:";

#[wasm_bindgen_test]
async fn any_text_comes_out_exactly_as_written_and_never_as_markup() {
    let json = EVERY_FIELD
        .replacen(
            "\"Example medicine\"",
            &serde_json::to_string(TRICKY).unwrap(),
            1,
        )
        .replacen(
            "\"A summary.\"",
            &serde_json::to_string(&format!("{TRICKY}{TRICKY}")).unwrap(),
            1,
        );
    let (_element, root) = rendered(&json).await;
    assert_eq!(text_of(&root, ".medcard__title").as_deref(), Some(TRICKY));
    assert_eq!(
        text_of(&root, ".medcard__summary"),
        Some(format!("{TRICKY}{TRICKY}"))
    );
    assert!(query(&root, "b").is_none(), "text never becomes markup");
    // Everything after the tricky text was read in step: the sections and the footer are there.
    for selector in [
        ".medcard__section--sources",
        ".medcard__footer",
        ".medcard__disclaimer",
    ] {
        assert!(query(&root, selector).is_some(), "{selector}");
    }
}

#[wasm_bindgen_test]
async fn static_parts_stay_the_same_nodes_and_keep_focus_when_expanded_changes() {
    let (element, root) = rendered(EVERY_FIELD).await;
    let header = query(&root, ".medcard__header").unwrap();
    // A link that shows without opening anything (the sources are collapsed now).
    let link = query(&root, ".medcard__section--related a").unwrap();
    link.unchecked_ref::<HtmlElement>().focus().unwrap();

    element.set_attribute("expanded", "").unwrap();
    wait_until("the side effects expand", || {
        side_effects_expanded(&root).as_deref() == Some("true")
    })
    .await;
    let header_after = query(&root, ".medcard__header").unwrap();
    assert!(
        header.is_same_node(Some(&header_after)),
        "the header was rebuilt"
    );
    let focused = root.active_element().expect("focus stayed in the card");
    assert!(focused.is_same_node(Some(&link)), "focus left the link");
}

#[wasm_bindgen_test]
async fn a_card_that_gains_side_effects_renders_them_between_its_static_parts() {
    // The side effects render after the static parts before them: with a new card, the
    // component must find its place among nodes that were just replaced.
    let without: String = {
        let mut card: serde_json::Value = serde_json::from_str(EVERY_FIELD).unwrap();
        let removed = card.as_object_mut().unwrap().remove("sideEffects");
        assert!(removed.is_some(), "the fixture has side effects");
        card.to_string()
    };
    let (element, root) = rendered(&without).await;
    assert!(section(&root, "sideEffects").is_none());
    js_sys::Reflect::set(&element, &"data".into(), &EVERY_FIELD.into()).unwrap();
    wait_until("the side effects appear", || {
        summary(&root, "sideEffects").is_some()
    })
    .await;
    // Sections are <section> or, when they collapse, <details>: both carry the class.
    let sections = root.query_selector_all(".medcard__section").unwrap();
    let names: Vec<String> = (0..sections.length())
        .filter_map(|i| sections.item(i))
        .map(|node| node.unchecked_into::<Element>().class_name())
        .collect();
    let position = |name: &str| names.iter().position(|class| class.contains(name)).unwrap();
    assert!(position("--dosage") < position("--side-effects"));
    assert!(position("--side-effects") < position("--precautions"));
}

#[wasm_bindgen_test]
async fn a_new_card_replaces_the_static_parts() {
    let (element, root) = rendered(EVERY_FIELD).await;
    let json = EVERY_FIELD.replacen("\"Example medicine\"", "\"Another medicine\"", 1);
    js_sys::Reflect::set(&element, &"data".into(), &json.into()).unwrap();
    wait_until("the new card renders", || {
        text_of(&root, ".medcard__title").as_deref() == Some("Another medicine")
    })
    .await;
    assert_eq!(
        root.query_selector_all(".medcard__header")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(
        root.query_selector_all(".medcard__footer")
            .unwrap()
            .length(),
        1
    );
}
