//! What every view below the root needs: the UI words, the heading level, unique ids, the date.
//! Views take it as an argument (they are plain functions); it is not a Yew context, so no view
//! subscribes to anything.

use crate::model::Date;
use crate::text::{UiText, EN};
use yew::{AttrValue, Html};

/// Turns a static part of a card into DOM that the virtual DOM holds as one node each
/// (see [`CardContext::static_dom`]).
#[derive(Clone, Copy, Debug)]
pub struct StaticDom(pub fn(Html) -> Html);

impl PartialEq for StaticDom {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// The words, heading level, id prefix and date every view renders with.
#[derive(Debug, Clone)]
pub struct CardContext {
    /// The widget's words in the chosen language.
    pub text: &'static UiText,
    /// Level of the card's title heading (2–6); sections use the next level.
    pub heading_level: u8,
    /// Prefix for element ids, unique per card on a page.
    pub id_prefix: AttrValue,
    /// Today's date, to show an overdue review.
    pub today: Option<Date>,
    /// In a browser, the edge's function that builds a static part of the card (everything but
    /// the side effects, which keep state) as DOM in one call, so Yew keeps one node for it
    /// instead of a virtual-DOM entry per element and text (docs/performance.md, "Static parts").
    /// `None` renders everything through Yew: server rendering and the component tests.
    pub static_dom: Option<StaticDom>,
}

impl CardContext {
    /// An id unique to this card.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.id_prefix)
    }

    /// `html` as the edge builds static parts, or unchanged without a [`Self::static_dom`].
    pub fn settle(&self, html: Html) -> Html {
        match self.static_dom {
            Some(StaticDom(build)) => build(html),
            None => html,
        }
    }

    /// Heading tag for a given depth below the card title (0 = the title).
    pub fn heading(&self, depth: u8) -> String {
        crate::view::heading_tag(self.heading_level.saturating_add(depth))
    }
}

impl Default for CardContext {
    fn default() -> Self {
        CardContext {
            text: &EN,
            heading_level: 2,
            id_prefix: AttrValue::Static("medcard"),
            today: None,
            static_dom: None,
        }
    }
}

impl PartialEq for CardContext {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.text, other.text)
            && self.heading_level == other.heading_level
            && self.id_prefix == other.id_prefix
            && self.today == other.today
            && self.static_dom == other.static_dom
    }
}
