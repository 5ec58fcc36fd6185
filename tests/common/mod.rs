//! Helpers for the browser tests of the Rust API (yew's tests/common style).
#![allow(dead_code)]

use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub const MIRTAZAPINE: &str = include_str!("../../www/examples/mirtazapine.json");
pub const GABAPENTIN: &str = include_str!("../../www/examples/gabapentin.json");

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh `<div>` attached to the body.
pub fn container() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// Lets Yew render and pending promises (fetches, microtasks) settle.
pub async fn settle() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(Duration::from_millis(5)).await;
    yew::scheduler::flush().await;
}

/// Waits (up to about 5 s) until `ready` holds.
pub async fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        settle().await;
    }
    panic!("timed out waiting until {what}");
}

pub fn query(root: &impl AsRef<web_sys::Node>, selector: &str) -> Option<Element> {
    let node: &web_sys::Node = root.as_ref();
    if let Some(element) = node.dyn_ref::<Element>() {
        element.query_selector(selector).unwrap()
    } else if let Some(fragment) = node.dyn_ref::<web_sys::DocumentFragment>() {
        fragment.query_selector(selector).unwrap()
    } else {
        None
    }
}

pub fn text_of(root: &impl AsRef<web_sys::Node>, selector: &str) -> Option<String> {
    query(root, selector).and_then(|e| e.text_content())
}

pub fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
}

/// The collapsible section `name` (`sideEffects`, `sources`…): its `<details>`, if the card has it.
pub fn section(root: &impl AsRef<web_sys::Node>, name: &str) -> Option<Element> {
    query(root, &format!("details[data-section={name}]"))
}

/// The `<summary>` that opens and closes the section `name`, if the card has it collapsible.
pub fn summary(root: &impl AsRef<web_sys::Node>, name: &str) -> Option<Element> {
    query(
        root,
        &format!("details[data-section={name}] > summary.medcard__toggle"),
    )
}

/// Whether the section `name` is open ("true"/"false", from `details.open`), if it collapses.
pub fn section_open(root: &impl AsRef<web_sys::Node>, name: &str) -> Option<String> {
    section(root, name).map(|details| details.has_attribute("open").to_string())
}
