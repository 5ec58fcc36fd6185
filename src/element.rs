//! The browser edge: the `<med-card>` custom element's Rust half, events, panic recovery and
//! the wasm exports. This is the only module that knows about `web_sys` and `JsValue`.
//!
//! The element class itself lives in `element.js` (a custom element must be a real JS class,
//! and fetching with streams and time-outs is shorter in JS); it calls [`define_med_card`] once
//! and then talks to one [`CardHandle`] per element.

use crate::error::{Error, LoadFailure};
use crate::model::Date;
use crate::text::EN;
use crate::validate::{parse_card, Limits, Options};
use crate::view::{CardState, Root, RootProps, StaticDom, STYLE};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback, Renderer};

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(
        tag: &str,
        css: &str,
        fallback: &JsValue,
        mount: &JsValue,
        revive: Option<js_sys::Function>,
        max_bytes: usize,
    ) -> bool;

    #[wasm_bindgen(js_name = notePanic)]
    fn note_panic(message: &str);

    /// Defines `<med-card>` before the wasm is ready; the glue re-exports it as `prepareMedCard`
    /// for the script-tag entry (`medcard.js`). Never called from Rust.
    #[wasm_bindgen(reexport = "prepareMedCard", js_name = prepareElement)]
    pub fn prepare_element(tag: &str, start: &js_sys::Function);
}

/// The element's tag name.
const TAG: &str = "med-card";

/// Registers `<med-card>`. Returns `false` (and changes nothing) when it is already defined,
/// for example because the script was included twice.
///
/// `revive` is called by `element.js` after a panic has killed this wasm instance: it must call
/// [`reset_runtime`] and then this function again, which then runs in a fresh instance and hands
/// `element.js` its new entry points. Without it, a panic leaves every card on a plain error panel.
#[wasm_bindgen(js_name = defineMedCard)]
pub fn define_med_card(revive: Option<js_sys::Function>) -> bool {
    // Tell element.js before the instance traps, so it can recover the other cards.
    // (Through Yew, or its first render would replace this hook with its own.)
    yew::set_custom_panic_hook(Box::new(|info| {
        note_panic(info.payload_as_str().unwrap_or("unexpected failure"));
    }));
    let mount = Closure::<dyn Fn(Element, HtmlElement) -> CardHandle>::new(CardHandle::mount);
    // The element needs these words if the wasm itself ever fails, so it gets them up front.
    let fallback = object(&[
        ("title", EN.error_title),
        ("label", EN.disclaimer_label),
        ("disclaimer", EN.disclaimer),
    ]);
    // The closure lives as long as the element definition: hand it to JS's garbage collector.
    define_element(
        TAG,
        STYLE,
        &fallback,
        &mount.into_js_value(),
        revive,
        Limits::default().max_bytes,
    )
}

/// Asks wasm-bindgen for a fresh instance of this module at the next call into it: all Rust
/// state (every card, Yew's scheduler) starts again. Used only after a panic.
#[wasm_bindgen(js_name = resetRuntime)]
pub fn reset_runtime() {
    wasm_bindgen::handler::schedule_reinit();
}

/// Checks card JSON text with the widget's own rules: `[{ severity, path, message, line?,
/// column? }]`, errors first; empty when the card is valid with no warnings. Used by the
/// playground; the npm package's `validate` can reuse it.
#[wasm_bindgen]
pub fn validate(json: &str) -> js_sys::Array {
    // Built by hand, not with serde-wasm-bindgen's serializer: that would add about 6 KB of wasm.
    let found = crate::report::findings(&parse_card(json, &options()));
    found
        .iter()
        .map(|finding| {
            let problem = object(&[
                ("severity", finding.severity),
                ("path", &finding.path),
                ("message", &finding.message),
            ]);
            let position = [("line", finding.line), ("column", finding.column)];
            for (key, value) in position {
                if let Some(value) = value {
                    let _ = js_sys::Reflect::set(&problem, &key.into(), &(value as f64).into());
                }
            }
            problem
        })
        .collect()
}

/// One mounted card. `element.js` owns it, fetches for it, and calls [`CardHandle::destroy`]
/// on removal.
#[wasm_bindgen]
pub struct CardHandle {
    app: RefCell<Option<AppHandle<Root>>>,
    props: RefCell<RootProps>,
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
            static_dom: Some(StaticDom(crate::static_dom::build)),
            ..RootProps::new(CardState::Loading)
        };
        let app = Renderer::<Root>::with_root_and_props(container, props.clone()).render();
        CardHandle {
            app: RefCell::new(Some(app)),
            props: RefCell::new(props),
        }
    }

    /// Re-renders with changed props.
    fn render(&self, change: impl FnOnce(&mut RootProps)) {
        let mut props = self.props.borrow_mut();
        change(&mut props);
        if let Some(app) = self.app.borrow_mut().as_mut() {
            app.update(props.clone());
        }
    }

    fn show(&self, state: CardState) {
        self.render(|props| props.state = state);
    }

    fn show_error(&self, error: Error) {
        self.show(CardState::Failed(Rc::new(error)));
    }
}

#[wasm_bindgen]
impl CardHandle {
    /// Shows card data given as JSON text (inline, fetched, or a `data` value as JSON).
    #[wasm_bindgen(js_name = showJson)]
    pub fn show_json(&self, json: &str) {
        match parse_card(json, &options()) {
            Ok(checked) => self.show(CardState::Ready(Rc::new(checked.card))),
            Err(error) => self.show_error(error),
        }
    }

    /// Shows that a `data` value could not be turned into JSON (a cycle, a `BigInt`…).
    #[wasm_bindgen(js_name = showUnreadable)]
    pub fn show_unreadable(&self, message: String) {
        self.show_error(Error::Unreadable { message });
    }

    /// Shows the loading state while `element.js` fetches `src`.
    #[wasm_bindgen(js_name = showLoading)]
    pub fn show_loading(&self) {
        self.show(CardState::Loading);
    }

    /// Shows why fetching `url` failed. `kind` and `detail` come from `element.js`:
    /// `status` (detail: the HTTP status), `not-json` (the content type), `timeout` (the limit
    /// in ms), `redirected` (the final URL), `too-large`, anything else is a network failure.
    #[wasm_bindgen(js_name = showLoadFailure)]
    pub fn show_load_failure(&self, kind: &str, url: String, detail: String) {
        let failure = match kind {
            "status" => LoadFailure::Status {
                url,
                status: detail.parse().unwrap_or(0),
            },
            "not-json" => LoadFailure::NotJson {
                url,
                content_type: detail,
            },
            "timeout" => LoadFailure::Timeout {
                url,
                millis: detail.parse().unwrap_or(0),
            },
            "redirected" => LoadFailure::Redirected { url, to: detail },
            "too-large" => LoadFailure::TooLarge {
                url,
                limit: Limits::default().max_bytes,
            },
            _ => LoadFailure::Network { url },
        };
        self.show_error(Error::Load(failure));
    }

    /// Shows the error for "no data source at all".
    #[wasm_bindgen(js_name = showMissing)]
    pub fn show_missing(&self) {
        self.show_error(Error::Load(LoadFailure::NoData));
    }

    /// Applies the element's presentation attributes.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(
        &self,
        lang: Option<String>,
        heading_level: Option<String>,
        expanded: bool,
        page_lang: Option<String>,
        strings: Option<String>,
    ) {
        self.render(|props| {
            props.lang = lang.map(AttrValue::from);
            props.page_lang = page_lang.map(AttrValue::from);
            props.strings = strings.map(AttrValue::from);
            props.heading_level = heading_level
                .and_then(|level| level.trim().parse::<u8>().ok())
                .filter(|level| (2..=6).contains(level))
                .unwrap_or(2);
            props.expanded = expanded;
        });
    }

    /// Makes this card reusable by another element (see `element.js`): empties it and sends its
    /// events to `host` from now on. Yew never frees an app's event listener (it is `forget`-ed
    /// in Yew's subtree root), so reusing apps, rather than creating one per element, is what
    /// keeps a page that adds and removes cards from growing.
    pub fn adopt(&self, host: HtmlElement) {
        self.render(|props| {
            props.state = CardState::Loading;
            props.on_ready = ready_events(host.clone());
            props.on_error = error_events(host.clone());
            props.on_toggle = toggle_events(host);
        });
    }

    /// Empties the card and drops its element, while it waits to be adopted.
    pub fn park(&self) {
        self.render(|props| {
            props.state = CardState::Loading;
            props.on_ready = Callback::noop();
            props.on_error = Callback::noop();
            props.on_toggle = Callback::noop();
        });
    }

    /// Unmounts the card. Safe to call twice.
    pub fn destroy(&self) {
        if let Some(app) = self.app.borrow_mut().take() {
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
