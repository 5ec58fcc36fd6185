//! Helpers for the browser tests (yew's tests/common style).
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub const MIRTAZAPINE: &str = include_str!("../../www/examples/mirtazapine.json");
pub const GABAPENTIN: &str = include_str!("../../www/examples/gabapentin.json");
pub const DISCLAIMER_START: &str = "This card is general information, not medical advice.";

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

/// Records every event of a type dispatched on (or bubbling through) `target`.
pub struct Recorder {
    pub events: Rc<RefCell<Vec<web_sys::CustomEvent>>>,
    _listener: Closure<dyn FnMut(web_sys::Event)>,
}

impl Recorder {
    pub fn new(target: &web_sys::EventTarget, kind: &str) -> Recorder {
        let events = Rc::new(RefCell::new(Vec::new()));
        let sink = events.clone();
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            sink.borrow_mut().push(event.unchecked_into());
        });
        target
            .add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref())
            .unwrap();
        Recorder {
            events,
            _listener: listener,
        }
    }

    pub fn count(&self) -> usize {
        self.events.borrow().len()
    }

    /// `detail[key]` of the last event.
    pub fn last_detail(&self, key: &str) -> JsValue {
        let events = self.events.borrow();
        let event = events.last().expect("an event");
        js_sys::Reflect::get(&event.detail(), &JsValue::from_str(key)).unwrap()
    }
}

// The element's JavaScript, loaded as wasm-bindgen snippets of this test crate. wasm-bindgen
// copies only the files a crate names, so each module element.js imports is named here too
// (with one of its exports), or its import would fail.
// Keep the list short: with an eighth module (a separate sections.js), the test runner's server
// left one module request unanswered in about half the page loads (measured 2026-12-06 with
// wasm-bindgen-test-runner 0.2.130), and the whole binary timed out after 300 s.
#[wasm_bindgen(module = "/src/js/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineMedCard)]
    fn define_med_card(wasm: &JsValue) -> bool;
}

#[wasm_bindgen(module = "/src/js/recovery.js")]
extern "C" {
    #[wasm_bindgen(js_name = currentRuntime)]
    fn current_runtime() -> JsValue;
}

#[wasm_bindgen(module = "/src/js/card-source.js")]
extern "C" {
    #[wasm_bindgen(js_name = timeoutOf)]
    fn timeout_of(element: &Element) -> u32;
}

#[wasm_bindgen(module = "/src/js/placeholder.js")]
extern "C" {
    #[wasm_bindgen(js_name = cardStyle)]
    fn card_style() -> JsValue;
}

#[wasm_bindgen(module = "/src/js/words.js")]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = FALLBACK_WORDS)]
    static FALLBACK_WORDS: JsValue;
}

#[wasm_bindgen(module = "/src/js/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = observeLazily)]
    fn observe_lazily(element: &Element, wake: &JsValue);
}

#[wasm_bindgen(module = "/src/js/static-dom.js")]
extern "C" {
    /// `src/js/static-dom.js`'s builder of static parts.
    #[wasm_bindgen(js_name = buildStatic)]
    pub fn build_static(ops: &str) -> web_sys::Node;
}

/// Defines `<med-card>` on this test instance, as `src/js/loader.js` does on a page (without
/// `reset`: a panic here leaves the cards on the plain error panel). Tests share one page:
/// whichever runs first defines the element; returns whether this call did.
pub fn define() -> bool {
    let wasm = js_sys::Object::new();
    let load = Closure::<dyn Fn() -> js_sys::Promise>::new(|| {
        js_sys::Promise::resolve(&JsValue::UNDEFINED)
    });
    let start =
        Closure::<dyn Fn(medcard::element::ElementHooks) -> medcard::element::CardRuntime>::new(
            medcard::element::start_runtime,
        );
    js_sys::Reflect::set(&wasm, &"load".into(), &load.into_js_value()).unwrap();
    js_sys::Reflect::set(&wasm, &"start".into(), &start.into_js_value()).unwrap();
    define_med_card(&wasm)
}

/// A `<med-card>` with the given attributes and inner HTML, not yet attached.
pub fn med_card(attributes: &[(&str, &str)], inner_html: &str) -> Element {
    define();
    let element = document().create_element("med-card").unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    if !inner_html.is_empty() {
        // Test set-up only: the product never writes markup.
        element.set_inner_html(inner_html);
    }
    element
}

/// A `<med-card>` whose data is an inline JSON script child, not yet attached.
pub fn inline_card(json: &str) -> Element {
    med_card(
        &[],
        &format!(r#"<script type="application/json">{json}</script>"#),
    )
}

pub fn attach(element: &Element) {
    document().body().unwrap().append_child(element).unwrap();
}

pub fn shadow(element: &Element) -> web_sys::ShadowRoot {
    element.shadow_root().expect("an open shadow root")
}

/// Waits until the card renders its title, and returns the title.
pub async fn wait_for_title(element: &Element) -> String {
    // Not the placeholder's title, shown while the runtime starts.
    wait_until("the card title renders", || {
        let root = shadow(element);
        query(&root, ".medcard__title").is_some() && query(&root, ".medcard--placeholder").is_none()
    })
    .await;
    text_of(&shadow(element), ".medcard__title").unwrap()
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

/// Whether the side effects are open ("true"/"false"), if the card has them.
pub fn side_effects_expanded(root: &impl AsRef<web_sys::Node>) -> Option<String> {
    section_open(root, "sideEffects")
}
