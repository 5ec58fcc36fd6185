//! # medcard
//!
//! An accessible, safe medication card rendered from JSON, as a Yew component compiled to
//! WebAssembly and as a `<med-card>` custom element.
//!
//! The crate has three layers; arrows point one way only (edge → view → core):
//!
//! - **core** — [`model`], [`json`], [`validate`], [`error`], [`report`] and [`text`]: serde + std only, no
//!   web types.
//!   The widget, the server renderer and native tools share it, so the rules never disagree.
//! - **view** — [`view`]: Yew function components, one per file, that render a checked card.
//! - **edge** — `element` (wasm32 only): the custom element, fetching and the wasm exports;
//!   `static_dom`: the card's static parts built as DOM in one call.
//!   It owns every `web_sys` and `JsValue`; `element.js` (the element class) and
//!   `medcard.js` (the script-tag entry) sit beside it.
//!
//! Cargo features (none by default; the wasm build uses none):
//!
//! - `schema` — [`schema`]: the JSON Schema of the card data and `docs/schema.md`, generated from
//!   the model with `schemars`.
//! - `ssr` — [`static_html`]: a card as static HTML (Declarative Shadow DOM, inline data,
//!   schema.org JSON-LD) through Yew's server renderer.
//! - `cli` — the `medcard` binary (`validate`, `render`, `schema`); implies `schema` and `ssr`.
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod error;
pub mod json;
pub mod model;
pub mod report;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(feature = "ssr")]
pub mod static_html;
pub mod text;
pub mod validate;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod element;
#[cfg(target_arch = "wasm32")]
mod static_dom;

pub use error::{Error, Issue, LoadFailure, Problem, Severity};
pub use model::Card;
pub use validate::{parse_card, validate_value, Checked, Limits, Options};
