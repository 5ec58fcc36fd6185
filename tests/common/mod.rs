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
