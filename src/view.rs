//! The view layer, one view per file, that renders a checked card. Only [`Root`], the widget, is
//! a Yew component; which sections are open lives in the DOM (native `<details>`) and in
//! [`OpenSections`] (see [`disclosure`]). Every other view is stateless and a plain function `fn(&Card, &CardContext) -> Html`: a
//! component keeps its props and its own state in memory for as long as the card is shown (measured
//! in docs/performance.md, "Notes from the code"), and costs code for each component type.
//!
//! Names: the file `x.rs` holds the view `x` (a function) or, for a component, `X` with its
//! properties `XProps`. What every view shares, the [`CardContext`] (words, [`HeadingLevel`],
//! ids, date), lives in [`context`]; views import it from here, never from the root or the card.
//!
//! [`card::static_parts`] builds what never changes after it is rendered: everything but the
//! side effects' `<details>` element, whose `open` follows the `expanded` setting. In a browser the edge builds the static parts as
//! DOM in one call ([`CardContext::static_dom`]), so Yew keeps one node for each instead of an
//! entry per element; the server renderer and the component tests render them through Yew.
//!
//! Components only read core types; they never touch the DOM directly and never see raw JSON.
//! All text is rendered as text (Yew escapes it); nothing is ever inserted as markup.

pub mod attribution;
pub mod benefits;
pub mod card;
pub mod context;
pub mod disclaimer;
pub mod disclosure;
pub mod dosage;
pub mod error_panel;
pub mod get_help;
pub mod header;
pub mod key_facts;
pub mod loading;
pub mod precautions;
pub mod related;
pub mod review;
pub mod root;
pub mod safe_link;
pub mod section;
pub mod side_effects;
pub mod sources;
pub mod static_ops;
pub mod toc;
pub mod uses;
pub mod warnings;

pub use context::{CardContext, FetchedWords, HeadingLevel, Layout, StaticDom};
pub use disclosure::OpenSections;
pub use root::{CardState, Root, RootProps};

/// The one stylesheet, `src/style.css`, applied inside the shadow root (and inlined by server
/// rendering); minified by `build.rs` (comments and indentation only).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));
