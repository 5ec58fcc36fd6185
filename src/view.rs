//! The view layer: Yew function components, one per file, that render a checked card.
//! Two stateless wrappers used many times per card, `section` and `safe_link`, are plain
//! functions instead: a component keeps its props (a section's would be its whole content) and
//! subscribes to the context (as a component, `Section` alone held 43 kB per sample card).
//!
//! Components only read core types; they never touch the DOM directly and never see raw JSON.
//! All text is rendered as text (Yew escapes it); nothing is ever inserted as markup.

pub mod attribution;
pub mod benefits;
pub mod card;
pub mod disclaimer;
pub mod dosage;
pub mod error_panel;
pub mod get_help;
pub mod header;
pub mod loading;
pub mod precautions;
pub mod related;
pub mod review;
pub mod root;
pub mod safe_link;
pub mod section;
pub mod side_effects;
pub mod sources;
pub mod uses;
pub mod warnings;

pub use root::{CardContext, CardState, Root, RootProps};

/// The one stylesheet, applied inside the shadow root (and inlined by server rendering).
pub const STYLE: &str = include_str!("style.css");

/// Heading levels stop at 6.
pub(crate) fn heading_tag(level: u8) -> String {
    format!("h{}", level.clamp(1, 6))
}
