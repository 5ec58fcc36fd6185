//! The browser edge: the Rust half of the `<med-card>` custom element, its events, panic
//! recovery, the wasm exports, and the one call that builds a card's static parts in
//! JavaScript. This is the only module that knows about `web_sys` and `JsValue`.
//!
//! The element class lives in `src/web/js/` (a custom element must be a real JS class, and fetching
//! with streams and time-outs is shorter in JS). The contract, all of it typed:
//!
//! - JS calls [`start_runtime`] with its [`ElementHooks`] (where a panic is reported, how static
//!   parts are built) and gets a [`CardRuntime`]: the stylesheet, the fallback words, the size
//!   limit, and `mount`, which makes one [`CardHandle`] per element.
//! - A handle has one method per outcome: card text to show, each way a fetch can fail, the
//!   element's options as one [`CardOptions`] object.
//! - Structured values going to JS (event details, findings, words) are made by
//!   serde-wasm-bindgen from the core's own types; nothing is parsed back out of strings.

use crate::browser::{to_js, today};
use crate::error::{Error, LoadFailure};
use crate::text::EN;
use crate::validate::{parse_card, Limits, Options};
use crate::view::static_ops;
use crate::view::{
    CardState, FetchedWords, HeadingLevel, Layout, Root, RootProps, StaticDom, STYLE,
};
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, Node};
use yew::virtual_dom::{VList, VNode};
use yew::{AppHandle, AttrValue, Callback, Html, Renderer};

#[wasm_bindgen]
extern "C" {
    /// What the element's JavaScript hands this instance (`hooks` in `src/web/js/recovery.js`).
    #[derive(Clone)]
    pub type ElementHooks;

    /// Called by the panic hook, just before the instance traps.
    #[wasm_bindgen(method, js_name = notePanic)]
    fn note_panic(this: &ElementHooks, message: &str);

    /// Builds the element that a static part's instructions describe (`src/view/static_ops.rs`).
    #[wasm_bindgen(method, js_name = buildStatic)]
    fn build_static(this: &ElementHooks, ops: &str) -> Node;

    /// The words file of language `lang` (`src/web/js/words.js`): its JSON text when the
    /// element has it, `true` while it is on its way, `false` when the card should use English.
    #[wasm_bindgen(method, catch, js_name = wordsFor)]
    fn words_for(this: &ElementHooks, lang: &str) -> Result<JsValue, JsValue>;

    /// The element's presentation attributes, read by `element.js`:
    /// `{ lang, headingLevel, expanded, layout, pageLang, strings }` (strings or null; `expanded`
    /// a boolean).
    pub type CardOptions;

    #[wasm_bindgen(method, getter)]
    fn layout(this: &CardOptions) -> Option<String>;

    #[wasm_bindgen(method, getter)]
    fn lang(this: &CardOptions) -> Option<String>;

    #[wasm_bindgen(method, getter, js_name = headingLevel)]
    fn heading_level(this: &CardOptions) -> Option<String>;

    #[wasm_bindgen(method, getter)]
    fn expanded(this: &CardOptions) -> bool;

    #[wasm_bindgen(method, getter, js_name = pageLang)]
    fn page_lang(this: &CardOptions) -> Option<String>;

    #[wasm_bindgen(method, getter)]
    fn strings(this: &CardOptions) -> Option<String>;
}

thread_local! {
    static HOOKS: RefCell<Option<ElementHooks>> = const { RefCell::new(None) };
}

/// `html` with each top-level element built as real DOM through the element's hooks
/// (`buildStatic`), held by Yew as a single node; the instructions are
/// [`crate::view::static_ops`]'s. Unchanged before [`start_runtime`] and for parts only Yew can
/// create.
fn build_static_parts(html: Html) -> Html {
    match html {
        VNode::VTag(_) => {
            let Some(ops) = static_ops::write(&html) else {
                return html;
            };
            let node = HOOKS.with(|hooks| hooks.borrow().as_ref().map(|h| h.build_static(&ops)));
            match node {
                Some(node) => VNode::VRef(node),
                None => html,
            }
        }
        VNode::VList(list) => {
            let children: Vec<Html> = list.iter().cloned().map(build_static_parts).collect();
            VNode::VList(Rc::new(VList::with_children(children, list.key.clone())))
        }
        other => other,
    }
}

/// A card's language has no table in this instance (the card's wasm has English only): adds
/// the language's words if the element has them ([`crate::text::add_language`]); whether the
/// card waits for them ([`crate::view::FetchedWords`]).
fn fetched_words(lang: &str) -> bool {
    let Some(hooks) = HOOKS.with(|hooks| hooks.borrow().clone()) else {
        return false;
    };
    let Ok(answer) = hooks.words_for(lang) else {
        return false;
    };
    match answer.as_string() {
        // A file that cannot be read leaves the card in English.
        Some(file) => {
            let _ = crate::text::add_language(&file);
            false
        }
        None => answer.as_bool() == Some(true),
    }
}

/// Starts this instance for the element: panics are reported to `hooks.notePanic` before the
/// instance traps (so the element can recover the other cards on a fresh one), and static parts
/// are built by `hooks.buildStatic`. Call it once per instance (again after [`reset_runtime`]).
#[wasm_bindgen(js_name = startRuntime)]
pub fn start_runtime(hooks: ElementHooks) -> CardRuntime {
    let reporter = hooks.clone();
    // Through Yew, or its first render would replace this hook with its own.
    yew::set_custom_panic_hook(Box::new(move |info| {
        reporter.note_panic(info.payload_as_str().unwrap_or("unexpected failure"));
    }));
    HOOKS.with(|slot| *slot.borrow_mut() = Some(hooks));
    CardRuntime { _private: () }
}

/// Asks wasm-bindgen for a fresh instance of this module at the next call into it: all Rust
/// state (every card, Yew's scheduler) starts again. Used only after a panic.
#[wasm_bindgen(js_name = resetRuntime)]
pub fn reset_runtime() {
    wasm_bindgen::handler::schedule_reinit();
}

/// The words the element shows when the wasm cannot render at all (it gets them up front).
#[derive(Serialize)]
struct FallbackWords {
    title: &'static str,
    label: &'static str,
    disclaimer: &'static str,
}

/// What one live instance offers the element: the stylesheet, the fallback words, the size
/// limit for fetched data, and [`CardRuntime::mount`].
#[wasm_bindgen]
pub struct CardRuntime {
    _private: (),
}

#[wasm_bindgen]
impl CardRuntime {
    /// Renders a new card into `container` (inside `host`'s shadow root); events go to `host`.
    pub fn mount(&self, container: Element, host: HtmlElement) -> CardHandle {
        CardHandle::mount(container, host)
    }

    /// The card's stylesheet (`src/style.css`, minified).
    #[wasm_bindgen(getter)]
    pub fn css(&self) -> String {
        STYLE.to_owned()
    }

    /// `{ title, label, disclaimer }` in English, for the plain error panel.
    #[wasm_bindgen(getter)]
    pub fn words(&self) -> JsValue {
        to_js(&FallbackWords {
            title: &EN.error_title,
            label: &EN.disclaimer_label,
            disclaimer: &EN.disclaimer,
        })
    }

    /// The most bytes of card data the element may fetch.
    #[wasm_bindgen(getter, js_name = maxBytes)]
    pub fn max_bytes(&self) -> usize {
        Limits::default().max_bytes
    }
}

/// One mounted card. The element owns it, fetches for it, and calls [`CardHandle::destroy`]
/// on removal.
#[wasm_bindgen]
pub struct CardHandle {
    app: RefCell<Option<AppHandle<Root>>>,
    props: RefCell<RootProps>,
}

impl CardHandle {
    fn mount(container: Element, host: HtmlElement) -> CardHandle {
        // The default id prefix, as `medcard render` writes it: ids are unique within the
        // card's own shadow root, and a server-rendered card stays in place only when its
        // markup is the very markup rendered here (`swapWhenRendered`, src/web/js/placeholder.js).
        let props = RootProps {
            today: today(),
            on_ready: ready_events(host.clone()),
            on_error: error_events(host.clone()),
            on_toggle: toggle_events(host),
            static_dom: Some(StaticDom(build_static_parts)),
            words: Some(FetchedWords(fetched_words)),
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

    fn show_load_failure(&self, failure: LoadFailure) {
        self.show_error(Error::Load(failure));
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

    /// Shows the loading state while the element fetches `src`.
    #[wasm_bindgen(js_name = showLoading)]
    pub fn show_loading(&self) {
        self.show(CardState::Loading);
    }

    /// Shows the error for "no data source at all".
    #[wasm_bindgen(js_name = showMissing)]
    pub fn show_missing(&self) {
        self.show_load_failure(LoadFailure::NoData);
    }

    /// `url` answered with an HTTP error status.
    #[wasm_bindgen(js_name = showHttpStatus)]
    pub fn show_http_status(&self, url: String, status: u16) {
        self.show_load_failure(LoadFailure::Status { url, status });
    }

    /// `url` sent something that is not card data (its `Content-Type`).
    #[wasm_bindgen(js_name = showNotJson)]
    pub fn show_not_json(&self, url: String, content_type: String) {
        self.show_load_failure(LoadFailure::NotJson { url, content_type });
    }

    /// `url` gave no complete answer within `millis`.
    #[wasm_bindgen(js_name = showTimeout)]
    pub fn show_timeout(&self, url: String, millis: u32) {
        self.show_load_failure(LoadFailure::Timeout { url, millis });
    }

    /// `url` redirected to another site, `to`.
    #[wasm_bindgen(js_name = showRedirected)]
    pub fn show_redirected(&self, url: String, to: String) {
        self.show_load_failure(LoadFailure::Redirected { url, to });
    }

    /// `url` answered with more than [`CardRuntime::max_bytes`].
    #[wasm_bindgen(js_name = showTooLarge)]
    pub fn show_too_large(&self, url: String) {
        let limit = Limits::default().max_bytes;
        self.show_load_failure(LoadFailure::TooLarge { url, limit });
    }

    /// The request for `url` did not reach the server or was refused (offline, DNS, CORS).
    #[wasm_bindgen(js_name = showNetworkFailure)]
    pub fn show_network_failure(&self, url: String) {
        self.show_load_failure(LoadFailure::Network { url });
    }

    /// `url` answered with bytes that do not match the element's `integrity` hash.
    #[wasm_bindgen(js_name = showIntegrityFailure)]
    pub fn show_integrity_failure(&self, url: String) {
        self.show_load_failure(LoadFailure::Integrity { url });
    }

    /// Applies the element's presentation attributes.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&self, options: &CardOptions) {
        let lang = options.lang();
        let page_lang = options.page_lang();
        let strings = options.strings();
        let heading_level = options
            .heading_level()
            .as_deref()
            .and_then(HeadingLevel::parse)
            .unwrap_or_default();
        let expanded = options.expanded();
        let layout = options
            .layout()
            .as_deref()
            .and_then(Layout::parse)
            .unwrap_or_default();
        self.render(|props| {
            props.layout = layout;
            props.lang = lang.map(AttrValue::from);
            props.page_lang = page_lang.map(AttrValue::from);
            props.strings = strings.map(AttrValue::from);
            props.heading_level = heading_level;
            props.expanded = expanded;
        });
    }

    /// The section `name` (its `data-section`) opened or closed (`src/web/js/element.js` hears
    /// it): kept for re-renders, and reported as `medcard-toggle` when that changed anything.
    pub fn toggled(&self, name: &str, open: bool) {
        let (changed, report) = {
            let props = self.props.borrow();
            (props.open.set(name, open), props.on_toggle.clone())
        };
        if let Some(name) = changed {
            // Not while borrowed: the host's listener may call back into this card.
            report.emit((name, open));
        }
    }

    /// Keeps the section `name` open in the next card shown: what a reader opened in a
    /// server-rendered card stays open when the widget replaces it (see `swapWhenRendered`).
    #[wasm_bindgen(js_name = keepOpen)]
    pub fn keep_open(&self, name: &str) {
        self.props.borrow().open.keep_for_next_card(name);
    }

    /// Renders again once a language's words arrived or failed (`src/web/js/words.js`): a
    /// card waiting for them shows in its language, or in English.
    pub fn refresh(&self) {
        self.render(|props| props.words_arrived = props.words_arrived.wrapping_add(1));
    }

    /// Makes this card reusable by another element (see `src/web/js/recovery.js`): empties it and
    /// sends its events to `host` from now on. Yew never frees an app's event listener (it is
    /// `forget`-ed in Yew's subtree root), so reusing apps, rather than creating one per
    /// element, is what keeps a page that adds and removes cards from growing.
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

/// Dispatches a bubbling, composed event, so hosts can listen on the element or any ancestor.
fn dispatch(host: &HtmlElement, name: &str, detail: &impl Serialize) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // Exceptions in the host's listeners are reported by the browser, not thrown here.
        let _ = host.dispatch_event(&event);
    }
}

/// `medcard-ready`'s detail.
#[derive(Serialize)]
struct Ready<'a> {
    name: &'a str,
}

/// `medcard-error`'s detail.
#[derive(Serialize)]
struct Failed {
    problems: Vec<PathMessage>,
}

#[derive(Serialize)]
struct PathMessage {
    path: String,
    message: String,
}

/// `medcard-toggle`'s detail.
#[derive(Serialize)]
struct Toggled {
    section: &'static str,
    expanded: bool,
}

fn ready_events(host: HtmlElement) -> Callback<AttrValue> {
    Callback::from(move |name: AttrValue| dispatch(&host, "medcard-ready", &Ready { name: &name }))
}

fn error_events(host: HtmlElement) -> Callback<Rc<Error>> {
    Callback::from(move |error: Rc<Error>| {
        let problems = error
            .problems()
            .into_iter()
            .map(|(path, message)| PathMessage { path, message })
            .collect();
        dispatch(&host, "medcard-error", &Failed { problems });
    })
}

fn toggle_events(host: HtmlElement) -> Callback<(&'static str, bool)> {
    Callback::from(move |(section, expanded): (&'static str, bool)| {
        dispatch(&host, "medcard-toggle", &Toggled { section, expanded })
    })
}
