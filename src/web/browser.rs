//! Edge: the two small browser helpers that the card (`component`, `element`) and the authoring
//! exports (`checking`) share: today's date, and a Rust value as JavaScript sees it.

use crate::model::Date;

/// Today's date in the browser's time zone, to show an overdue review.
pub(crate) fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}

/// A value as JavaScript sees it. Our types serialise to plain objects, strings and numbers,
/// which cannot fail; `undefined` is never reached.
#[cfg(target_arch = "wasm32")]
pub(crate) fn to_js(value: &impl serde::Serialize) -> wasm_bindgen::JsValue {
    serde_wasm_bindgen::to_value(value).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
}
