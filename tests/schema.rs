//! Native: the JSON Schema generated from the model, against the committed copy and the validator.
//! (The schema itself is checked by an independent validator, ajv, in tests/e2e/schema.test.mjs.)
//! Needs the `schema` feature (`required-features` in Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]

mod native;

use medcard::schema::card_schema_text;
use medcard::{parse_card, Error, Options};
use native::{json_files, repo};
use std::fs;

#[test]
fn committed_schema_is_the_generated_one() {
    let committed = fs::read_to_string(repo("schema/medcard.schema.json")).expect("schema file");
    assert!(
        committed == card_schema_text(),
        "schema/medcard.schema.json is stale: run `cargo run --features cli -- schema > schema/medcard.schema.json`"
    );
}

/// The ajv test expects every invalid fixture that is JSON to fail the schema; this proves the
/// Rust validator rejects each of them for a structural reason (not a syntax or size error).
#[test]
fn invalid_fixtures_that_parse_are_rejected_structurally() {
    let mut structural = 0;
    for file in json_files("tests/fixtures/invalid") {
        let text = fs::read_to_string(&file).expect("fixture");
        match parse_card(&text, &Options::default()) {
            Err(Error::Syntax { .. }) => {}
            Err(Error::Invalid { errors, .. }) => {
                assert!(!errors.is_empty(), "{}", file.display());
                structural += 1;
            }
            other => panic!("{}: {other:?}", file.display()),
        }
    }
    assert!(structural >= 10, "{structural}");
}

#[test]
fn samples_and_valid_fixtures_pass_the_validator() {
    let files = json_files("www/examples")
        .into_iter()
        .chain(json_files("tests/fixtures/valid"));
    for file in files {
        let text = fs::read_to_string(&file).expect("card");
        let result = parse_card(&text, &Options::default());
        assert!(result.is_ok(), "{}: {result:?}", file.display());
    }
}

/// Every field a card can have is described: serialise a card with every field set and look up
/// each key in the schema, nested objects included.
#[test]
fn schema_describes_every_field_of_the_model() {
    let schema: serde_json::Value = serde_json::from_str(&card_schema_text()).expect("schema JSON");
    let full = fs::read_to_string(repo("tests/fixtures/valid/every-field.json")).expect("fixture");
    let card = parse_card(&full, &Options::default()).expect("valid").card;
    let value = serde_json::to_value(&card).expect("serialise");
    let mut missing = Vec::new();
    check_keys(&schema, &schema, &value, "", &mut missing);
    assert!(missing.is_empty(), "not in the schema: {missing:?}");
}

fn resolve<'s>(
    root: &'s serde_json::Value,
    schema: &'s serde_json::Value,
) -> &'s serde_json::Value {
    if let Some(name) = schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        return &root["$defs"][name];
    }
    if let Some(options) = schema["anyOf"].as_array() {
        if let Some(first) = options.iter().find(|o| o["type"] != "null") {
            return resolve(root, first);
        }
    }
    schema
}

fn check_keys(
    root: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    path: &str,
    missing: &mut Vec<String>,
) {
    let schema = resolve(root, schema);
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let here = format!("{path}.{key}");
                match schema["properties"].get(key) {
                    Some(property) => check_keys(root, property, inner, &here, missing),
                    None => missing.push(here),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for inner in items {
                check_keys(root, &schema["items"], inner, &format!("{path}[]"), missing);
            }
        }
        _ => {}
    }
}

/// docs/schema.md is generated from the schema (so from the model's types and doc comments);
/// this fails when a field is added, renamed or re-described without regenerating it, or when
/// a field has no example in the sample cards or docs/schema-examples.json.
#[test]
fn docs_reference_is_up_to_date_and_names_every_field() {
    // Examples come from the English samples (translations like gabapentin.es.json are skipped).
    let samples: Vec<serde_json::Value> = json_files("www/examples")
        .into_iter()
        .filter(|file| {
            file.file_stem()
                .is_some_and(|stem| !stem.to_string_lossy().contains('.'))
        })
        .chain([repo("docs/schema-examples.json")])
        .map(|file| serde_json::from_str(&fs::read_to_string(file).expect("sample")).expect("JSON"))
        .collect();
    let generated = medcard::schema::reference_markdown(&samples);
    let doc = repo("docs/schema.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&doc, &generated).expect("write docs/schema.md");
    }
    let committed = fs::read_to_string(&doc).expect("docs/schema.md");
    assert!(
        committed == generated,
        "docs/schema.md is stale: run `UPDATE_DOCS=1 cargo test --features cli --test schema`"
    );
    // Every property of every object in the schema has its row, and every row an example.
    let schema = medcard::schema::card_schema();
    let mut objects = vec![&schema];
    objects.extend(schema["$defs"].as_object().expect("$defs").values());
    for object in objects {
        let fields = object["properties"].as_object().into_iter().flatten();
        for (field, _) in fields {
            let row = format!("| `{field}` |");
            assert!(committed.contains(&row), "{field} is not documented");
        }
    }
    let rows = committed.lines().filter(|line| line.starts_with("| `"));
    for row in rows {
        assert!(!row.ends_with("|  |"), "no example: {row}");
    }
}
