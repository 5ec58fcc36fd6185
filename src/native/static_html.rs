//! A card as static HTML that works with no JavaScript (`medcard render`), through Yew's server
//! renderer, so it is the same markup the widget renders.
//!
//! ```html
//! <med-card>
//!   <template shadowrootmode="open"><style>…</style><div>…card…</div></template>
//!   <script type="application/json">…data…</script>
//! </med-card>
//! <script type="application/ld+json">…schema.org Drug…</script>
//! ```
//!
//! The browser attaches the declarative shadow root while parsing, so the card is styled and
//! isolated from the page's CSS without any script. When the widget loads, `element.js` renders
//! the inline data and, when that is this very markup, keeps the server's nodes in place
//! (`swapWhenRendered` in `src/web/js/placeholder.js`); otherwise it swaps its own card in. The JSON-LD sits in
//! the light DOM, where search engines read it. Every text is escaped: Yew escapes the markup,
//! and both JSON blocks write `<`, `>` and `&` as `\u003c`-style escapes, so nothing in the data
//! can close a script element.

use crate::codes::{Code, CodeSystem};
use crate::model::{Availability, Card, Date};
use crate::view::{CardState, HeadingLevel, Layout, Root, RootProps, STYLE};
use serde_json::{json, Map, Value};
use std::rc::Rc;
use yew::{AttrValue, LocalServerRenderer};

/// How to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// The UI language (the element's `lang` attribute); `None` uses the card's language.
    pub lang: Option<String>,
    /// The title's heading level (the element's `heading-level` attribute).
    pub heading_level: HeadingLevel,
    /// Today's date, to show an overdue review.
    pub today: Option<Date>,
    /// Which sections show open (the element's `layout` attribute). Collapsed sections are
    /// `<details>`, which open with no script.
    pub layout: Layout,
}

/// The `<med-card>` element with its declarative shadow root and inline data, followed by the
/// JSON-LD block.
pub fn render_card(card: &Card, options: &RenderOptions) -> String {
    let heading_level = options.heading_level;
    let props = RootProps {
        lang: options.lang.clone().map(AttrValue::from),
        heading_level,
        today: options.today,
        layout: options.layout,
        ..RootProps::new(CardState::Ready(Rc::new(card.clone())))
    };
    let markup = futures::executor::block_on(
        LocalServerRenderer::<Root>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let mut attributes = String::new();
    if let Some(lang) = &options.lang {
        attributes.push_str(&format!(" lang=\"{}\"", escape_attribute(lang)));
    }
    if heading_level != HeadingLevel::default() {
        let level = heading_level.get();
        attributes.push_str(&format!(" heading-level=\"{level}\""));
    }
    if options.layout != Layout::default() {
        let layout = options.layout.as_str();
        attributes.push_str(&format!(" layout=\"{layout}\""));
    }
    // The inner <div> is the container element.js mounts Yew into: same tree, same layout.
    format!(
        "<med-card{attributes}><template shadowrootmode=\"open\"><style>{STYLE}</style><div>{markup}</div></template>\
         <script type=\"application/json\">{data}</script></med-card>\n\
         <script type=\"application/ld+json\">{json_ld}</script>\n",
        data = script_json(&serde_json::to_value(card).unwrap_or_default()),
        json_ld = script_json(&drug_json_ld(card)),
    )
}

/// A whole HTML page holding one rendered card, for previews and no-JS pages.
pub fn render_page(card: &Card, options: &RenderOptions) -> String {
    let lang = options
        .lang
        .clone()
        .or_else(|| card.language.clone())
        .unwrap_or_else(|| "en".into());
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n<body>\n{card_html}</body>\n</html>\n",
        lang = escape_attribute(&lang),
        title = escape_text(&card.medication.name),
        card_html = render_card(card, options),
    )
}

/// The schema.org `Drug` description of a card, for search engines.
pub fn drug_json_ld(card: &Card) -> Value {
    let medication = &card.medication;
    let mut drug = Map::new();
    drug.insert("@context".into(), "https://schema.org".into());
    drug.insert("@type".into(), "Drug".into());
    drug.insert("name".into(), medication.name.clone().into());
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            drug.insert(key.into(), value);
        }
    };
    let texts = |list: &[String]| (!list.is_empty()).then(|| json!(list));
    put(
        "nonProprietaryName",
        medication.generic_name.clone().map(Value::from),
    );
    put("proprietaryName", texts(&medication.brand_names));
    put(
        "drugClass",
        medication
            .drug_class
            .as_ref()
            .map(|name| json!({ "@type": "DrugClass", "name": name })),
    );
    put("dosageForm", texts(&medication.forms));
    put(
        "prescriptionStatus",
        medication
            .availability
            .and_then(prescription_status)
            .map(Value::from),
    );
    put("description", card.summary.clone().map(Value::from));
    // `keyFacts` are left out: `Drug` has no property for an author's headline statements
    // (`description` is the summary; `abstract` belongs to a `CreativeWork`, the page, not to
    // the drug this block describes), and each fact repeats a part of the card that is here
    // already (the warnings) or is not a property of the drug (what to do).
    // Uses, and so their `regions`, are left out too: schema.org's `Drug` has no property for an
    // indication approved in a place (`legalStatus`/`DrugLegalStatus` with
    // `applicableLocation` is the drug's legal availability, such as prescription-only, not an
    // approval for a use), and a bare list of conditions would drop each use's status.
    put(
        "mechanismOfAction",
        card.how_it_works.clone().map(Value::from),
    );
    let warnings: Vec<String> = card.warnings.iter().map(|w| w.title.clone()).collect();
    put("warning", texts(&warnings));
    put("code", medical_codes(&medication.codes));
    let rxcui = medication
        .codes
        .iter()
        .find(|c| c.system == CodeSystem::RxNorm.uri());
    put("rxcui", rxcui.map(|c| c.code.clone().into()));
    Value::Object(drug)
}

/// schema.org `MedicalCode`s: `codingSystem` is the short name of a known system, else its URI.
fn medical_codes(codes: &[Code]) -> Option<Value> {
    let codes: Vec<Value> = codes
        .iter()
        .map(|code| {
            let system = CodeSystem::from_uri(&code.system)
                .map_or(code.system.as_str(), |known| known.name());
            json!({ "@type": "MedicalCode", "codeValue": code.code, "codingSystem": system })
        })
        .collect();
    (!codes.is_empty()).then(|| Value::Array(codes))
}

/// schema.org's `DrugPrescriptionStatus` for the availabilities it has words for.
fn prescription_status(availability: Availability) -> Option<&'static str> {
    match availability {
        Availability::Prescription | Availability::Controlled => {
            Some("https://schema.org/PrescriptionOnly")
        }
        Availability::Pharmacy | Availability::GeneralSale => Some("https://schema.org/OTC"),
    }
}

/// JSON that is safe inside a `<script>` element: `<`, `>` and `&` only ever occur inside JSON
/// strings, where their `\u` escapes mean the same text.
fn script_json(value: &Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn escape_attribute(text: &str) -> String {
    escape_text(text)
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script() {
        let text = script_json(&json!({ "name": "</script><script>alert(1)</script>&" }));
        assert!(
            !text.contains('<') && !text.contains('>') && !text.contains('&'),
            "{text}"
        );
        let back: Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back["name"], "</script><script>alert(1)</script>&");
    }

    #[test]
    fn the_stylesheet_cannot_close_its_style_element() {
        assert!(!STYLE.contains("</"));
    }
}
