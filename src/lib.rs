//! # medcard
//!
//! An accessible, safe medication card rendered from JSON: a Yew component compiled to
//! WebAssembly, a `<med-card>` custom element, and native tools (validation, server rendering,
//! JSON Schema) from the same types. Supported Yew: 0.23 (`yew = "0.23"`, which Cargo unifies
//! with an app's own `yew` 0.23.x: one Yew in the build).
//!
//! ## In a Yew app
//!
//! [`MedCard`] takes the card as JSON text (or a [`CheckedCard`] built in Rust) and renders it in
//! its own shadow root, with the disclaimer in every state and an error panel with paths for bad
//! data:
//!
//! ```no_run
//! use medcard::MedCard;
//! use yew::prelude::*;
//!
//! #[function_component]
//! fn App() -> Html {
//!     let json = r#"{ "schemaVersion": 1, "medication": { "name": "Gabapentin" } }"#;
//!     let on_error = Callback::from(|error: std::rc::Rc<medcard::Error>| {
//!         for (path, message) in error.problems() {
//!             // Show or log `path: message`.
//!             let _ = (path, message);
//!         }
//!     });
//!     html! { <MedCard {json} lang="en" expanded=true {on_error} /> }
//! }
//!
//! yew::Renderer::<App>::new().render();
//! ```
//!
//! The feature `testing` adds `medcard::testing`: helpers for an app's browser tests that find the
//! title, the disclaimer or the error inside a card's shadow root.
//!
//! ## On any web page
//!
//! Site owners need no Rust: the built `dist/` (or the npm package `medcard`) defines the element.
//!
//! ```html
//! <script type="module" src="/medcard/medcard.js"></script>
//! <med-card src="/cards/gabapentin.json" lang="en"></med-card>
//! ```
//!
//! ## Natively: check and render on a server
//!
//! ```
//! use medcard::{parse_card, Options};
//!
//! let json = r#"{ "schemaVersion": 1, "medication": { "name": "" } }"#;
//! let error = parse_card(json, &Options::default()).unwrap_err();
//! let problems = error.problems();
//! assert_eq!(problems[0].0, "medication.name");
//!
//! # #[cfg(feature = "ssr")]
//! # {
//! // With the `ssr` feature: the card as HTML that shows before any script runs.
//! let json = include_str!("../www/examples/gabapentin.json");
//! let checked = parse_card(json, &Options::default()).expect("a valid sample");
//! let html = medcard::static_html::render_card(&checked.card, &Default::default());
//! assert!(html.starts_with("<med-card"));
//! # }
//! ```
//!
//! ## Layers
//!
//! Arrows point one way only (edge → view → core):
//!
//! - **core** — [`model`], [`json`], [`validate`], [`error`], [`report`] and [`text`]: serde + std
//!   only, no web types. The widget, the server renderer and native tools share it, so the rules
//!   never disagree.
//! - **view** — [`view`]: the card's views, one per file, that render a checked card.
//! - **edge** — [`component`] ([`MedCard`], in a shadow root), `element` (wasm32 only: the
//!   custom element's Rust half, the wasm exports, and the call that builds a card's static
//!   parts as DOM from [`view::static_ops`]' instructions). It owns every `web_sys` and
//!   `JsValue`; the element's JavaScript is in `src/web/js/`.
//!
//! ## Cargo features
//!
//! On by default: `widget` (the views, [`MedCard`], the element's Rust half) and `languages`
//! (every language's words compiled in). dist/'s card wasm turns `languages` off (English only;
//! the element fetches other languages' words as `dist/words/*.json`), and its authoring wasm
//! turns `widget` off (the checks and `validate` only).
//!
//! - `testing` — `medcard::testing`, for browser tests of apps that embed cards.
//! - `schema` — [`schema`]: the JSON Schema of the card data and `docs/schema.md`, generated from
//!   the model with `schemars`.
//! - `ssr` — [`static_html`]: a card as static HTML (Declarative Shadow DOM, inline data,
//!   schema.org JSON-LD) through Yew's server renderer.
//! - `cli` — the `medcard` binary (`validate`, `render`, `schema`, `style`); implies `schema` and
//!   `ssr`.
#![deny(unsafe_code)]
#![warn(missing_docs)]

#[cfg(any(feature = "widget", all(target_arch = "wasm32", feature = "authoring")))]
#[path = "web/browser.rs"]
mod browser;
#[cfg(all(target_arch = "wasm32", feature = "authoring"))]
#[path = "web/checking.rs"]
pub mod checking;
pub mod codes;
#[cfg(feature = "widget")]
#[path = "web/component.rs"]
pub mod component;
pub mod error;
#[cfg(feature = "fhir")]
#[path = "native/fhir/mod.rs"]
pub mod fhir;
pub mod json;
pub mod model;
pub mod report;
#[cfg(feature = "schema")]
#[path = "native/schema.rs"]
pub mod schema;
#[cfg(feature = "widget")]
#[path = "web/sections.rs"]
mod sections;
#[cfg(feature = "ssr")]
#[path = "native/static_html.rs"]
pub mod static_html;
pub mod text;
pub mod validate;
#[cfg(feature = "widget")]
pub mod view;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
#[path = "web/element.rs"]
pub mod element;

#[cfg(feature = "testing")]
pub use component::testing;
#[cfg(feature = "widget")]
pub use component::{CheckedCard, MedCard, MedCardProps};
pub use error::{Error, Issue, LoadFailure, Problem, Severity};
pub use model::Card;
pub use validate::{parse_card, validate_value, Checked, Limits, Options};
#[cfg(feature = "widget")]
pub use view::Layout;
