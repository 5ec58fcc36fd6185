//! What every view below the root needs: the UI words, the heading level, unique ids, the date.
//! Views take it as an argument (they are plain functions, `fn(&Card, &CardContext) -> Html`);
//! it is not a Yew context, so no view subscribes to anything. Views depend on this module and
//! their parent, [`crate::view`], never on the root or the card (a test in `tests/layers.rs`
//! keeps the view's modules free of import cycles).

use crate::model::Date;
use crate::text::{UiString, Words, EN};
use crate::view::disclosure::OpenSections;
use yew::html::IntoPropValue;
use yew::virtual_dom::VText;
use yew::{AttrValue, Html};

/// A table's own text stays `'static` (no copy); a host's replacement is copied once.
impl From<&UiString> for AttrValue {
    fn from(text: &UiString) -> AttrValue {
        match text.as_static() {
            Some(text) => AttrValue::Static(text),
            None => AttrValue::from(text.to_string()),
        }
    }
}

/// `{ &text.uses }` in `html!`: one of the words as a text node.
impl IntoPropValue<Html> for &UiString {
    fn into_prop_value(self) -> Html {
        Html::VText(VText::new(AttrValue::from(self)))
    }
}

/// How much of the card shows before the reader opens anything (the element's `layout`
/// attribute; README, "Layouts").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Layout {
    /// Every section open but the side effects and the sources, with "On this card" links.
    #[default]
    Full,
    /// The header, key facts, warnings, get-help callouts and the footer open; every other
    /// section a disclosure that says what it holds.
    Compact,
}

impl Layout {
    /// `full` or `compact` (any case, trimmed); `None` for anything else, which callers treat
    /// as the default.
    pub fn parse(text: &str) -> Option<Layout> {
        match text.trim().to_ascii_lowercase().as_str() {
            "full" => Some(Layout::Full),
            "compact" => Some(Layout::Compact),
            _ => None,
        }
    }

    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Full => "full",
            Layout::Compact => "compact",
        }
    }
}

/// Turns a static part of a card into DOM that the virtual DOM holds as one node each
/// (see [`CardContext::static_dom`]).
#[derive(Clone, Copy, Debug)]
pub struct StaticDom(pub fn(Html) -> Html);

impl PartialEq for StaticDom {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// Asks the edge for the words of a language that has no table yet ([`crate::text::ui_text`]
/// falls back to English): the edge adds them ([`crate::text::add_language`]) if it has them,
/// and answers whether the card should wait for them (they are on their way). The card's wasm
/// has only English compiled in; the element passes its own (`src/web/element.rs`).
#[derive(Clone, Copy, Debug)]
pub struct FetchedWords(pub fn(&str) -> bool);

impl PartialEq for FetchedWords {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// The card title's heading level, 2 to 6 (the element's `heading-level` attribute), so the card
/// fits the host page's outline; 2 unless set. Sections use the levels below it, down to `<h6>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    /// The level, if it is 2 to 6.
    pub const fn new(level: u8) -> Option<HeadingLevel> {
        if level >= 2 && level <= 6 {
            Some(HeadingLevel(level))
        } else {
            None
        }
    }

    /// The level written as attribute or option text (`"3"`, `" 4 "`); `None` for anything
    /// else, which callers treat as the default.
    pub fn parse(text: &str) -> Option<HeadingLevel> {
        text.trim().parse().ok().and_then(HeadingLevel::new)
    }

    /// The level as a number, 2 to 6.
    pub const fn get(self) -> u8 {
        self.0
    }

    /// The tag of a heading `depth` levels below the title (0: the title); `h6` at most.
    pub fn tag(self, depth: u8) -> &'static str {
        const TAGS: [&str; 5] = ["h2", "h3", "h4", "h5", "h6"];
        let index = usize::from(self.0.saturating_add(depth).saturating_sub(2));
        TAGS[index.min(TAGS.len() - 1)]
    }
}

impl Default for HeadingLevel {
    fn default() -> Self {
        HeadingLevel(2)
    }
}

/// The words, heading level, id prefix and date every view renders with.
#[derive(Debug, Clone)]
pub struct CardContext {
    /// The widget's words in the chosen language, with the host's replacements.
    pub text: Words,
    /// Level of the card's title heading; sections use the next level.
    pub heading_level: HeadingLevel,
    /// Prefix for element ids, unique per card on a page.
    pub id_prefix: AttrValue,
    /// Today's date, to show an overdue review.
    pub today: Option<Date>,
    /// Which sections show open before the reader opens anything.
    pub layout: Layout,
    /// The sections open now: a rebuilt card (a new language) opens them again.
    pub open: OpenSections,
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
    pub fn heading(&self, depth: u8) -> &'static str {
        self.heading_level.tag(depth)
    }
}

impl Default for CardContext {
    fn default() -> Self {
        CardContext {
            text: Words::from(&EN),
            heading_level: HeadingLevel::default(),
            id_prefix: AttrValue::Static("medcard"),
            today: None,
            layout: Layout::Full,
            open: OpenSections::default(),
            static_dom: None,
        }
    }
}

impl PartialEq for CardContext {
    fn eq(&self, other: &Self) -> bool {
        self.text.same(&other.text)
            && self.heading_level == other.heading_level
            && self.id_prefix == other.id_prefix
            && self.today == other.today
            && self.layout == other.layout
            && self.open == other.open
            && self.static_dom == other.static_dom
    }
}

#[cfg(test)]
mod tests {
    use super::HeadingLevel;

    #[test]
    fn heading_levels_are_two_to_six() {
        assert_eq!(HeadingLevel::default().get(), 2);
        assert_eq!(HeadingLevel::parse(" 4 ").map(HeadingLevel::get), Some(4));
        for bad in ["1", "7", "0", "-3", "", "three", "2.5", "300"] {
            assert_eq!(HeadingLevel::parse(bad), None, "{bad}");
        }
        let five = HeadingLevel::new(5).expect("5 is a level");
        assert_eq!((five.tag(0), five.tag(1), five.tag(2)), ("h5", "h6", "h6"));
        assert_eq!(HeadingLevel::default().tag(1), "h3");
    }
}
