//! The JSON Schema (draft 2020-12) of card schema version 1, generated from the model types.
//!
//! `schemars` reads the structure, the field names and the doc comments from [`crate::model`];
//! this module adds what the types cannot say but the validator checks: the version number, text
//! length and list size limits ([`Limits`]), non-blank required text, closed word lists, date
//! shape, "at least one dose" and at least one entry in a given `keyFacts`. Problems the
//! validator only warns about (unknown fields, unsafe links, language tags, more than six key
//! facts) are not schema errors, so the schema accepts them too.
//!
//! Native only (feature `schema`); the committed copy is `schema/medcard.schema.json`.

use crate::codes::CodeSystem;
use crate::model::{
    Availability, CalloutLevel, Card, Date, FrequencyBand, PrecautionKind, RegionCode, ReviewKind,
    UseStatus, WarningLevel, SCHEMA_VERSION,
};
use crate::validate::Limits;
use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};
use std::borrow::Cow;

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
            if let Some(Value::Object(code)) = defs.get_mut("Code") {
                code_rules(code);
            }
        }
        if let Some(Value::Object(properties)) = map.get_mut("properties") {
            // Given, `keyFacts` has at least one entry; more than six is only a warning for
            // authors, so there is no lower `maxItems` than any list's.
            if let Some(Value::Object(key_facts)) = properties.get_mut("keyFacts") {
                key_facts.insert("minItems".into(), 1.into());
            }
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

/// The code formats of the known systems as patterns (the validator also checks SNOMED CT and
/// dm+d check digits, which a pattern cannot), and an absolute URI for any other system.
fn code_rules(code: &mut Map<String, Value>) {
    let sctid = "^[1-9][0-9]{2,14}[01]0[0-9]$";
    let pattern = |system: CodeSystem| {
        match system {
        CodeSystem::RxNorm => "^[1-9][0-9]{0,9}$",
        CodeSystem::SnomedCt | CodeSystem::Dmd => sctid,
        CodeSystem::Atc => "^[ABCDGHJLMNPRSV]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$",
        CodeSystem::Ndc => {
            "^([0-9]{4}-[0-9]{4}-[0-9]{2}|[0-9]{5}-[0-9]{3}-[0-9]{2}|[0-9]{5}-[0-9]{4}-[0-9]{1,2}|[0-9]{11})$"
        }
    }
    };
    let rules = CodeSystem::ALL.iter().map(|&system| {
        json!({
            "if": { "properties": { "system": { "const": system.uri() } } },
            "then": { "properties": { "code": { "type": "string", "pattern": pattern(system) } } },
        })
    });
    code.insert("allOf".into(), Value::Array(rules.collect()));
    if let Some(system) = code.get_mut("properties").and_then(|p| p.get_mut("system")) {
        system["pattern"] = "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$".into();
    }
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
        // JSON `null` means "not given" to the validator, as CMS exports write it; so does
        // blank text in place of an optional date.
        if !is_required {
            allow_null(property);
            let options = property.get_mut("anyOf").and_then(Value::as_array_mut);
            if let Some(options) = options.filter(|o| o.iter().any(|o| o["$ref"] == "#/$defs/Date"))
            {
                options.push(json!({ "type": "string", "pattern": "^\\s*$" }));
            }
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

impl JsonSchema for RegionCode {
    fn schema_name() -> Cow<'static, str> {
        "RegionCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Where a use's status applies: an ISO 3166-1 alpha-2 country code in capitals (US, GB), or EU for the European Union.",
            "type": "string",
            "pattern": "^[A-Z]{2}$",
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
    FrequencyBand: "How often a side effect happens, in the bands of EU product information: very-common (more than 1 in 10 people), common (up to 1 in 10), uncommon (up to 1 in 100), rare (up to 1 in 1,000), very-rare (up to 1 in 10,000), not-known (cannot be estimated from the available data).",
    ReviewKind: "What kind of review: clinical (a clinician reviewed the content) or editorial (checked against its sources; not a clinical review).",
}

/// `docs/schema.md`: every field of every object in the schema, with its type, whether it is
/// required, its description (the model's doc comment) and an example taken from `samples`
/// (the first sample that has the field).
pub fn reference_markdown(samples: &[Value]) -> String {
    let schema = card_schema();
    let object = |name: &str| {
        if name == "Card" {
            &schema
        } else {
            &schema["$defs"][name]
        }
    };
    // Every object type in reading order, with every path where it occurs.
    let mut types: Vec<(String, Vec<Vec<String>>)> = vec![("Card".into(), vec![Vec::new()])];
    let mut next = 0;
    while next < types.len() {
        let (name, paths) = types[next].clone();
        next += 1;
        let Some(properties) = object(&name)["properties"].as_object() else {
            continue;
        };
        for (field, property) in properties {
            let Some(target) = referenced(property).filter(|t| object(t)["properties"].is_object())
            else {
                continue;
            };
            let found: Vec<Vec<String>> = paths
                .iter()
                .map(|path| [path.clone(), vec![field.clone()]].concat())
                .collect();
            match types.iter_mut().find(|(known, _)| *known == target) {
                Some((_, known_paths)) => known_paths.extend(found),
                None => types.push((target, found)),
            }
        }
    }

    let mut out = String::from(REFERENCE_INTRO);
    for (name, paths) in &types {
        let definition = object(name);
        let places: Vec<String> = paths
            .iter()
            .map(|path| match path.is_empty() {
                true => "the top level".into(),
                false => format!("`{}`", path.join(".")),
            })
            .collect();
        out.push_str(&format!(
            "\n## {name}\n\n{}\n\nAt {}.\n\n| Field | Type | Required | Description | Example |\n|---|---|---|---|---|\n",
            one_line(definition["description"].as_str().unwrap_or("")),
            places.join(", ")
        ));
        let required = definition["required"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let properties = definition["properties"].as_object().into_iter().flatten();
        for (field, property) in properties {
            let example = paths
                .iter()
                .map(|path| [path.clone(), vec![field.clone()]].concat())
                .find_map(|path| samples.iter().find_map(|sample| example_at(sample, &path)))
                .map(|value| cell_example(&value))
                .unwrap_or_default();
            let is_required = if required.iter().any(|r| r == field) {
                "yes"
            } else {
                "no"
            };
            out.push_str(&format!(
                "| `{field}` | {} | {is_required} | {} | {example} |\n",
                type_words(&schema, property),
                one_line(property["description"].as_str().unwrap_or("")),
            ));
        }
        if name == "Schedule" {
            out.push_str("\nA schedule needs at least one of `start`, `usual` and `maximum`.\n");
        }
    }
    out
}

const REFERENCE_INTRO: &str = "\
# Card data reference (schema version 1)

<!-- Generated from the Rust model (src/model.rs, through src/native/schema.rs): do not edit by hand.
     Regenerate with `UPDATE_DOCS=1 cargo test --features cli --test schema`. -->

A card is one JSON object. The JSON Schema is `schema/medcard.schema.json` (also in `dist/`, and
printed by `medcard schema`); `medcard validate FILE` checks a card with exactly the widget's rules.
Examples below come from the sample cards in `www/examples/` (and `docs/schema-examples.json`
for the few fields they leave out).

```json
{ \"schemaVersion\": 1, \"medication\": { \"name\": \"Gabapentin\" } }
```

General rules:

- Only `schemaVersion` and `medication.name` are required at the top; a few nested objects have
  their own required fields (marked below).
- Optional fields may be left out or set to `null`; optional text that is empty or only white space
  counts as not given. Required text must not be blank.
- Text is at most 5000 characters and lists at most 100 entries; list entries must not be blank.
- Fields the schema does not have are reported as warnings and ignored, so a card written for a
  later minor version still shows.
- Links (`url` fields) are shown as links only when they are absolute `http:` or `https:` URLs;
  anything else is shown as plain text and reported as a warning.
- The disclaimer is always shown; `disclaimer` can only replace its wording.
";

/// The definition a property points at, through `anyOf: [$ref, null]` and list items.
fn referenced(property: &Value) -> Option<String> {
    let direct = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()?
            .iter()
            .find_map(|option| option["$ref"].as_str())
    });
    direct
        .or_else(|| property["items"]["$ref"].as_str())
        .and_then(|r| r.strip_prefix("#/$defs/"))
        .map(String::from)
}

/// A property's type in words, with links to object sections and the allowed words inline.
fn type_words(schema: &Value, property: &Value) -> String {
    if let Some(value) = property.get("const") {
        return format!("the number {value}");
    }
    let single = |property: &Value| -> String {
        if let Some(name) = referenced(property).filter(|_| !property["items"].is_object()) {
            let definition = &schema["$defs"][&name];
            if let Some(words) = definition["enum"].as_array() {
                let words: Vec<String> = words
                    .iter()
                    .map(|w| format!("`{}`", w.as_str().unwrap_or("")))
                    .collect();
                return format!("one of {}", words.join(", "));
            }
            if definition["format"] == "date" {
                return "date, `YYYY-MM-DD`".into();
            }
            return format!("[{name}](#{})", name.to_ascii_lowercase());
        }
        match type_name(property) {
            Some("string") => "text".into(),
            Some(other) => other.into(),
            None => "value".into(),
        }
    };
    match type_name(property) {
        Some("array") => {
            let items = &property["items"];
            let item = if items["$ref"].is_string() {
                let name = referenced(items).unwrap_or_default();
                format!("[{name}](#{})", name.to_ascii_lowercase())
            } else {
                single(items)
            };
            format!("list of {item}")
        }
        _ => single(property),
    }
}

fn type_name(property: &Value) -> Option<&str> {
    property.as_object().and_then(type_of)
}

/// The value at `path` in a sample card; lists on the way are searched entry by entry.
fn example_at(sample: &Value, path: &[String]) -> Option<Value> {
    let Some((key, rest)) = path.split_first() else {
        return Some(sample.clone());
    };
    match sample {
        Value::Array(items) => items.iter().find_map(|item| example_at(item, path)),
        _ => example_at(sample.get(key)?, rest),
    }
}

/// A table cell for an example: short JSON, objects referred to their own section.
fn cell_example(value: &Value) -> String {
    let shown = match value {
        Value::Object(_) => return "see below".into(),
        Value::Array(items) if items.iter().any(Value::is_object) => return "see below".into(),
        Value::String(text) if text.chars().count() > 60 => {
            let short: String = text.chars().take(57).collect();
            Value::String(format!("{short}…"))
        }
        other => other.clone(),
    };
    let json = serde_json::to_string(&shown).unwrap_or_default();
    format!("`{}`", json.replace('|', "\\|"))
}

/// Doc comment text on one line, with rustdoc links as plain code.
fn one_line(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("[`", "`")
        .replace("`]", "`")
        .replace('|', "\\|")
}
