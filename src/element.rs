//! The browser edge: the `<med-card>` custom element's Rust half, fetching, events and the
//! wasm exports. This is the only module that knows about `web_sys` and `JsValue`.
//!
//! The element class itself lives in `element.js` (a custom element must be a real JS class);
//! it calls [`define_med_card`] once and then talks to one [`CardHandle`] per element.

use crate::error::{Error, LoadFailure};
use crate::model::Date;
use crate::text::EN;
use crate::validate::{parse_card, Checked, Options};
use crate::view::{CardState, Root, RootProps, STYLE};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback, Renderer};

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(tag: &str, css: &str, fallback: &JsValue, mount: &JsValue) -> bool;
}

/// The element's tag name.
const TAG: &str = "med-card";

/// Default time limit for fetching `src`, when the element has no `timeout` attribute.
const DEFAULT_TIMEOUT_MS: u32 = 10_000;

/// Registers `<med-card>`. Returns `false` (and changes nothing) when it is already defined,
/// for example because the script was included twice.
#[wasm_bindgen(js_name = defineMedCard)]
pub fn define_med_card() -> bool {
    let mount = Closure::<dyn Fn(Element, HtmlElement) -> CardHandle>::new(CardHandle::mount);
    // The element needs these words if the wasm itself ever fails, so it gets them up front.
    let fallback = object(&[
        ("title", EN.error_title),
        ("label", EN.disclaimer_label),
        ("disclaimer", EN.disclaimer),
    ]);
    // The closure lives as long as the element definition: hand it to JS's garbage collector.
    define_element(TAG, STYLE, &fallback, &mount.into_js_value())
}

/// One mounted card. `element.js` owns it and calls [`CardHandle::destroy`] on removal.
#[wasm_bindgen]
pub struct CardHandle {
    shared: Rc<RefCell<Shared>>,
}

struct Shared {
    app: Option<AppHandle<Root>>,
    props: RootProps,
    /// Bumped whenever new data is requested, so an older response can never win.
    generation: u64,
    in_flight: Option<AbortController>,
}

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

impl CardHandle {
    fn mount(container: Element, host: HtmlElement) -> CardHandle {
        let id = NEXT_ID.with(|next| next.replace(next.get().wrapping_add(1)));
        let props = RootProps {
            today: today(),
            id_prefix: AttrValue::from(format!("medcard-{id}")),
            on_ready: ready_events(host.clone()),
            on_error: error_events(host.clone()),
            on_toggle: toggle_events(host),
            ..RootProps::new(CardState::Loading)
        };
        let app = Renderer::<Root>::with_root_and_props(container, props.clone()).render();
        CardHandle {
            shared: Rc::new(RefCell::new(Shared {
                app: Some(app),
                props,
                generation: 0,
                in_flight: None,
            })),
        }
    }

    /// Starts a new request for data: cancels the one in flight and returns its generation.
    fn begin(&self) -> u64 {
        let mut shared = self.shared.borrow_mut();
        if let Some(controller) = shared.in_flight.take() {
            controller.abort();
        }
        shared.generation += 1;
        shared.generation
    }

    fn show(shared: &RefCell<Shared>, state: CardState) {
        let mut shared = shared.borrow_mut();
        shared.props.state = state;
        let props = shared.props.clone();
        if let Some(app) = shared.app.as_mut() {
            app.update(props);
        }
    }

    fn show_result(shared: &RefCell<Shared>, result: Result<Checked, Error>) {
        let state = match result {
            Ok(checked) => CardState::Ready(Rc::new(checked.card)),
            Err(error) => CardState::Failed(Rc::new(error)),
        };
        Self::show(shared, state);
    }
}

#[wasm_bindgen]
impl CardHandle {
    /// Shows card data given as JSON text.
    #[wasm_bindgen(js_name = showJson)]
    pub fn show_json(&self, json: &str) {
        self.begin();
        Self::show_result(&self.shared, parse_card(json, &options()));
    }

    /// Shows card data given as a JavaScript object. The browser's `JSON.stringify` turns it into
    /// text for the same parser as `showJson`: one deserializer in the wasm instead of two
    /// (dropping serde-wasm-bindgen saved 12 KB brotli).
    #[wasm_bindgen(js_name = showValue)]
    pub fn show_value(&self, value: JsValue) {
        self.begin();
        let unreadable = |message: String| Error::Unreadable { message };
        let result = js_sys::JSON::stringify(&value)
            .map_err(|error| unreadable(js_error_message(&error)))
            // `undefined` and functions stringify to `undefined`, not to text.
            .and_then(|text| {
                text.as_string()
                    .ok_or_else(|| unreadable("it is not a JSON value".to_string()))
            })
            .and_then(|json| parse_card(&json, &options()));
        Self::show_result(&self.shared, result);
    }

    /// Shows the error for "no data source at all".
    #[wasm_bindgen(js_name = showMissing)]
    pub fn show_missing(&self) {
        self.begin();
        Self::show(
            &self.shared,
            CardState::Failed(Rc::new(Error::Load(LoadFailure::NoData))),
        );
    }

    /// Fetches card JSON from `url` (already absolute) and shows it; shows loading meanwhile.
    pub fn load(&self, url: String, timeout_ms: Option<u32>) {
        let generation = self.begin();
        let Ok(controller) = AbortController::new() else {
            Self::show(
                &self.shared,
                CardState::Failed(Rc::new(Error::Load(LoadFailure::Network { url }))),
            );
            return;
        };
        self.shared.borrow_mut().in_flight = Some(controller.clone());
        Self::show(&self.shared, CardState::Loading);
        let shared = self.shared.clone();
        let millis = timeout_ms
            .filter(|ms| *ms > 0)
            .unwrap_or(DEFAULT_TIMEOUT_MS);
        wasm_bindgen_futures::spawn_local(async move {
            let limit = options().limits.max_bytes;
            let fetched = fetch_text(&url, millis, &controller, limit).await;
            if shared.borrow().generation != generation {
                return; // newer data was requested meanwhile; this answer is stale
            }
            shared.borrow_mut().in_flight = None;
            let result = fetched
                .map_err(Error::Load)
                .and_then(|json| parse_card(&json, &options()));
            Self::show_result(&shared, result);
        });
    }

    /// Applies the element's presentation attributes.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(
        &self,
        lang: Option<String>,
        heading_level: Option<String>,
        expanded: bool,
        page_lang: Option<String>,
    ) {
        let mut shared = self.shared.borrow_mut();
        let props = &mut shared.props;
        props.lang = lang.map(AttrValue::from);
        props.page_lang = page_lang.map(AttrValue::from);
        props.heading_level = heading_level
            .and_then(|level| level.trim().parse::<u8>().ok())
            .filter(|level| (2..=6).contains(level))
            .unwrap_or(2);
        props.expanded = expanded;
        let props = props.clone();
        if let Some(app) = shared.app.as_mut() {
            app.update(props);
        }
    }

    /// Unmounts the card and cancels any fetch. Safe to call twice.
    pub fn destroy(&self) {
        let mut shared = self.shared.borrow_mut();
        shared.generation += 1;
        if let Some(controller) = shared.in_flight.take() {
            controller.abort();
        }
        if let Some(app) = shared.app.take() {
            app.destroy();
        }
    }
}

fn options() -> Options {
    Options {
        today: today(),
        ..Options::default()
    }
}

fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}

/// Fetches text with a time limit and a size limit, mapping every failure to plain words.
async fn fetch_text(
    url: &str,
    timeout_ms: u32,
    controller: &AbortController,
    limit: usize,
) -> Result<String, LoadFailure> {
    let network = || LoadFailure::Network {
        url: url.to_string(),
    };
    let window = web_sys::window().ok_or_else(network)?;
    let timed_out = Rc::new(Cell::new(false));
    let _timer = {
        let timed_out = timed_out.clone();
        let controller = controller.clone();
        // Dropping the timer (when this function returns) cancels it.
        gloo_timers::callback::Timeout::new(timeout_ms, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let failed = |_: JsValue| {
        if timed_out.get() {
            LoadFailure::Timeout {
                url: url.to_string(),
                millis: timeout_ms,
            }
        } else {
            network()
        }
    };
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(LoadFailure::Status {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type").unwrap_or_default();
    if content_type.to_ascii_lowercase().contains("html") {
        return Err(LoadFailure::NotJson {
            url: url.to_string(),
            content_type,
        });
    }
    let too_large = || LoadFailure::TooLarge {
        url: url.to_string(),
        limit,
    };
    let declared = header("content-length").and_then(|length| length.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    let body = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    let text = body.as_string().ok_or_else(network)?;
    if text.len() > limit {
        return Err(too_large());
    }
    Ok(text)
}

/// The message of a thrown JavaScript error (such as "Do not know how to serialize a BigInt").
fn js_error_message(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => error.message().into(),
        None => error.as_string().unwrap_or_default(),
    }
}

/// A plain object with string values.
fn object(entries: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        // Setting a fresh key on a plain object cannot fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object.into()
}

/// Dispatches a bubbling, composed event, so hosts can listen on the element or any ancestor.
fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // Exceptions in the host's listeners are reported by the browser, not thrown here.
        let _ = host.dispatch_event(&event);
    }
}

fn ready_events(host: HtmlElement) -> Callback<AttrValue> {
    Callback::from(move |name: AttrValue| {
        dispatch(&host, "medcard-ready", &object(&[("name", &name)]));
    })
}

fn error_events(host: HtmlElement) -> Callback<Rc<Error>> {
    Callback::from(move |error: Rc<Error>| {
        let problems: js_sys::Array = error
            .problems()
            .iter()
            .map(|(path, message)| object(&[("path", path), ("message", message)]))
            .collect();
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("problems"), &problems);
        dispatch(&host, "medcard-error", &detail);
    })
}

fn toggle_events(host: HtmlElement) -> Callback<(&'static str, bool)> {
    Callback::from(move |(section, expanded): (&'static str, bool)| {
        let detail = object(&[("section", section)]);
        let _ = js_sys::Reflect::set(
            &detail,
            &JsValue::from_str("expanded"),
            &JsValue::from_bool(expanded),
        );
        dispatch(&host, "medcard-toggle", &detail);
    })
}
