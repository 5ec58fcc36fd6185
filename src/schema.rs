//! The JSON Schema (draft 2020-12) of card schema version 1, generated from the model types.
//!
//! `schemars` reads the structure, the field names and the doc comments from [`crate::model`];
//! this module adds what the types cannot say but the validator checks: the version number, text
//! length and list size limits ([`Limits`]), non-blank required text, closed word lists, date
//! shape and "at least one dose". Problems the validator only warns about (unknown fields,
//! unsafe links, language tags) are not schema errors, so the schema accepts them too.
//!
//! Native only (feature `schema`); the committed copy is `schema/medcard.schema.json`.

use crate::model::{
    Availability, CalloutLevel, Card, Date, PrecautionKind, UseStatus, WarningLevel, SCHEMA_VERSION,
};
use crate::validate::Limits;
use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};
use std::borrow::Cow;

/// Where the schema is published; also its `$id`.
pub const SCHEMA_ID: &str = "https://medcard.dev/schema/v1/medcard.schema.json";

/// Matches text with at least one character that is not white space: required text is never blank.
const NOT_BLANK: &str = "\\S";

/// The schema as a JSON value.
pub fn card_schema() -> Value {
    let schema = SchemaSettings::draft2020_12()
        // Serialize contract: exactly the fields that are always written are required.
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Card>();
    let mut root = schema.to_value();
    let limits = Limits::default();
    if let Value::Object(map) = &mut root {
        map.insert("$id".into(), SCHEMA_ID.into());
        map.insert("title".into(), "medcard card, schema version 1".into());
        apply_rules(map, &limits);
        if let Some(Value::Object(defs)) = map.get_mut("$defs") {
            for definition in defs.values_mut().filter_map(Value::as_object_mut) {
                apply_rules(definition, &limits);
            }
            if let Some(Value::Object(schedule)) = defs.get_mut("Schedule") {
                let one_of_each = ["start", "usual", "maximum"].map(|dose| {
                    json!({ "required": [dose], "properties": { dose: { "type": "string", "pattern": NOT_BLANK } } })
                });
                schedule.insert("anyOf".into(), Value::Array(one_of_each.into()));
            }
        }
        if let Some(Value::Object(properties)) = map.get_mut("properties") {
            properties.insert(
                "schemaVersion".into(),
                json!({
                    "description": "Always the number 1: the version of this schema.",
                    "const": SCHEMA_VERSION,
                }),
            );
        }
    }
    root
}

/// The schema as pretty-printed JSON text with a final newline, as committed and shipped.
pub fn card_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&card_schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// Adds the validator's rules to one object schema and its properties.
fn apply_rules(object: &mut Map<String, Value>, limits: &Limits) {
    let required: Vec<String> = match object.get("required") {
        Some(Value::Array(names)) => names
            .iter()
            .filter_map(|n| n.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    };
    let Some(Value::Object(properties)) = object.get_mut("properties") else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        let is_required = required.contains(name);
        limit(property, limits, is_required);
        // JSON `null` means "not given" to the validator, as CMS exports write it.
        if !is_required {
            allow_null(property);
        }
    }
}

/// Length limits on text and lists; required text (and every list entry) must not be blank.
fn limit(property: &mut Value, limits: &Limits, not_blank: bool) {
    let Value::Object(map) = property else { return };
    match type_of(map) {
        Some("string") if !map.contains_key("enum") && !map.contains_key("pattern") => {
            map.insert("maxLength".into(), limits.max_text_chars.into());
            if not_blank {
                map.insert("pattern".into(), NOT_BLANK.into());
            }
        }
        Some("array") => {
            map.insert("maxItems".into(), limits.max_list_items.into());
            if let Some(items) = map.get_mut("items") {
                limit(items, limits, true);
            }
        }
        _ => {}
    }
}

/// The `type` of a schema, ignoring an added `"null"`.
fn type_of(map: &Map<String, Value>) -> Option<&str> {
    match map.get("type")? {
        Value::String(kind) => Some(kind),
        Value::Array(kinds) => kinds
            .iter()
            .filter_map(Value::as_str)
            .find(|k| *k != "null"),
        _ => None,
    }
}

fn allow_null(property: &mut Value) {
    let Value::Object(map) = property else { return };
    match map.get_mut("type") {
        Some(Value::String(kind)) => {
            let kind = std::mem::take(kind);
            map.insert("type".into(), json!([kind, "null"]));
        }
        Some(Value::Array(kinds)) => {
            if !kinds.iter().any(|k| k == "null") {
                kinds.push("null".into());
            }
        }
        _ => {
            let allows_null = map
                .get("anyOf")
                .and_then(Value::as_array)
                .is_some_and(|options| options.iter().any(|o| o["type"] == "null"));
            if !allows_null {
                let inner = std::mem::take(map);
                let description = inner.get("description").cloned();
                let mut options = vec![Value::Object(inner), json!({ "type": "null" })];
                if let Some(Value::Object(first)) = options.first_mut() {
                    first.remove("description");
                }
                map.insert("anyOf".into(), Value::Array(std::mem::take(&mut options)));
                if let Some(description) = description {
                    map.insert("description".into(), description);
                }
            }
        }
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A real calendar date, written YYYY-MM-DD.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        })
    }
}

/// A closed word list: its wire names, from the model, in schema order.
macro_rules! word_list_schema {
    ($($name:ident: $description:literal),+ $(,)?) => {$(
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "description": $description,
                    "type": "string",
                    "enum": $name::NAMES,
                })
            }
        }
    )+};
}

word_list_schema! {
    Availability: "How the medicine can be obtained.",
    UseStatus: "Regulatory or evidence status of a use.",
    WarningLevel: "How strong a warning is: boxed is the strongest.",
    CalloutLevel: "How urgent a callout is: urgent (contact a doctor now) or emergency (call emergency services).",
    PrecautionKind: "The group a precaution is listed under.",
}
