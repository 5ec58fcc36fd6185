//! Edge (wasm32, feature `authoring`): the authoring wasm's exports, `validate` and
//! `validateWith` (`src/web/js/authoring.js`: the playground and the npm `validate`). dist/ builds
//! that wasm without the feature `widget`, so it carries the core and these two, no card.

use crate::browser::{to_js, today};
use crate::validate::{parse_card, Options};
use wasm_bindgen::prelude::*;

/// Checks card JSON text with the widget's own rules: `[{ severity, path, message, line?,
/// column? }]`, errors first; empty when the card is valid with no warnings.
#[wasm_bindgen]
pub fn validate(json: &str) -> JsValue {
    validate_with(json, false)
}

/// [`validate`] with the playground's switch: `readability` adds the reading level of each text
/// (infos, and warnings above grade 9), as `medcard validate --readability` does.
#[wasm_bindgen(js_name = validateWith)]
pub fn validate_with(json: &str, readability: bool) -> JsValue {
    let options = Options {
        readability,
        today: today(),
        ..Options::default()
    };
    to_js(&crate::report::findings(&parse_card(json, &options)))
}
