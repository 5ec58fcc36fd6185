//! Native: property tests on the core parser and validator (proptest, stable Rust). Whatever the
//! input, `parse_card` returns a card or an error: no panic, no hang. `make test` runs a short
//! pass; `PROPTEST_CASES=100000 cargo test --release --test fuzz` runs a long one.
#![cfg(not(target_arch = "wasm32"))]

mod native;

use medcard::{parse_card, validate_value, Options};
use native::MIRTAZAPINE;
use proptest::prelude::*;
use serde_json::Value;

/// Any JSON value, nested a few levels, with keys that the schema uses and keys it does not.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("schemaVersion".to_string()),
        Just("medication".to_string()),
        Just("name".to_string()),
        Just("uses".to_string()),
        Just("sideEffects".to_string()),
        Just("serious".to_string()),
        Just("url".to_string()),
        Just("reviewed".to_string()),
        Just("date".to_string()),
        "[a-zA-Z]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(Value::from(1)),
        ".{0,40}".prop_map(Value::String),
        "(https?|javascript|data):[ -~]{0,20}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Same JSON, with numbers equal up to rounding in the last bits (`medcard::json` reads fractions
/// without the exact float algorithm).
fn same_json(ours: &Value, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() || b.is_f64() => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            a == b || ((a - b) / b).abs() < 1e-12 || (a.abs() < 1e-300 && b.abs() < 1e-300)
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, va), (kb, vb))| ka == kb && same_json(va, vb))
        }
        _ => ours == theirs,
    }
}

/// `medcard::json::parse` against serde_json on one text: the same value, or both refuse it
/// (ours also refuses a key repeated in one object, which serde_json lets the last one win).
fn agrees_with_serde_json(text: &str) {
    match (
        medcard::json::parse(text),
        serde_json::from_str::<Value>(text),
    ) {
        (Ok(ours), Ok(theirs)) => {
            assert!(same_json(&ours, &theirs), "{text:?}: {ours} vs {theirs}")
        }
        (Err(_), Err(_)) => {}
        (Err(ours), Ok(_)) => assert!(ours.message.contains("appears twice"), "{text:?}: {ours:?}"),
        (Ok(ours), Err(theirs)) => panic!("{text:?}: read {ours}, serde_json says {theirs}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_json_reader_agrees_with_serde_json(value in json_value()) {
        agrees_with_serde_json(&value.to_string());
        agrees_with_serde_json(&serde_json::to_string_pretty(&value).unwrap());
    }

    #[test]
    fn any_text_parses_or_fails_cleanly(text in ".{0,200}") {
        let _ = parse_card(&text, &Options::default());
        agrees_with_serde_json(&text);
    }

    #[test]
    fn any_json_value_validates_or_fails_cleanly(value in json_value()) {
        let _ = validate_value(&value, &Options::default());
        let text = value.to_string();
        let _ = parse_card(&text, &Options::default());
    }

    /// A real card with one stretch of bytes replaced: the near-miss inputs authors produce.
    #[test]
    fn mutated_sample_card_parses_or_fails_cleanly(
        at in 0usize..MIRTAZAPINE.len(),
        cut in 0usize..40,
        insert in prop_oneof![Just(String::new()), ".{0,8}", Just("\"".to_string()), Just("{".to_string())],
    ) {
        let bytes = MIRTAZAPINE.as_bytes();
        let end = (at + cut).min(bytes.len());
        let mut mutated = bytes[..at].to_vec();
        mutated.extend_from_slice(insert.as_bytes());
        mutated.extend_from_slice(&bytes[end..]);
        // Mutations may split a UTF-8 sequence; the edge reads text the same lossy way.
        let text = String::from_utf8_lossy(&mutated);
        let _ = parse_card(&text, &Options::default());
        agrees_with_serde_json(&text);
    }
}
