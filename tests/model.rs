//! Native: parsing and validation of the sample cards and the fixtures.
#![cfg(not(target_arch = "wasm32"))]

use medcard::error::JsonType;
mod native;

use medcard::model::{ReviewKind, UseStatus};
use medcard::{parse_card, Error, Limits, Options, Problem};
use native::{fixture, options, GABAPENTIN, GABAPENTIN_ES, MIRTAZAPINE};

/// Every error as "path: message", for readable assertions.
fn errors_of(json: &str) -> Vec<(String, Problem)> {
    match parse_card(json, &options()) {
        Err(Error::Invalid { errors, .. }) => {
            errors.into_iter().map(|i| (i.path, i.problem)).collect()
        }
        other => panic!("expected invalid data, got {other:?}"),
    }
}

fn paths(errors: &[(String, Problem)]) -> Vec<&str> {
    errors.iter().map(|(path, _)| path.as_str()).collect()
}

#[test]
fn sample_cards_are_valid_without_warnings() {
    for (name, json) in [("mirtazapine", MIRTAZAPINE), ("gabapentin", GABAPENTIN)] {
        let checked = parse_card(json, &options()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            checked.warnings.is_empty(),
            "{name}: {:?}",
            checked.warnings
        );
        let card = checked.card;
        assert!(!card.sources.is_empty(), "{name} cites its sources");
        assert_eq!(
            card.reviewed.as_ref().and_then(|r| r.kind),
            Some(ReviewKind::Editorial),
            "{name}: the samples had no clinical review and must not claim one"
        );
        assert!(card
            .side_effects
            .as_ref()
            .is_some_and(|s| !s.serious.is_empty()));
        for effect in &card.side_effects.as_ref().unwrap().serious {
            assert!(
                effect.action.is_some(),
                "{name}: serious effect {:?} says what to do",
                effect.name
            );
        }
    }
}

#[test]
fn mirtazapine_sample_corrects_the_restless_legs_claim() {
    let card = parse_card(MIRTAZAPINE, &options()).unwrap().card;
    let rls = card
        .uses
        .iter()
        .find(|u| u.condition.to_lowercase().contains("restless legs"))
        .expect("restless legs is addressed");
    assert_eq!(rls.status, Some(UseStatus::NotRecommended));
    let note = rls.note.as_deref().unwrap_or("").to_lowercase();
    assert!(
        note.contains("worse") || note.contains("worsen"),
        "the note says it can worsen restless legs: {note}"
    );
    let approved: Vec<_> = card
        .uses
        .iter()
        .filter(|u| u.status == Some(UseStatus::Approved))
        .map(|u| u.condition.to_lowercase())
        .collect();
    assert!(approved.iter().all(|c| !c.contains("restless")));
}

#[test]
fn minimal_card_needs_only_a_version_and_a_name() {
    let checked = parse_card(&fixture("valid/minimal.json"), &options()).unwrap();
    assert_eq!(checked.card.medication.name, "Paracetamol");
    assert!(checked.warnings.is_empty());
    assert_eq!(checked.card.disclaimer, None);
}

#[test]
fn warnings_do_not_stop_the_card() {
    let checked = parse_card(&fixture("valid/warnings-only.json"), &options()).unwrap();
    let warnings: Vec<(&str, &Problem)> = checked
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), &w.problem))
        .collect();
    let has = |path: &str, check: fn(&Problem) -> bool| {
        warnings
            .iter()
            .any(|(p, problem)| *p == path && check(problem))
    };
    assert!(has("medication.colour", |p| *p == Problem::UnknownField));
    assert!(has("futureField", |p| *p == Problem::UnknownField));
    assert!(has("related[1].url", |p| matches!(
        p,
        Problem::UnsafeUrl { .. }
    )));
    assert!(has("sources[0].url", |p| matches!(
        p,
        Problem::UnsafeUrl { .. }
    )));
    assert!(has("attribution.url", |p| matches!(
        p,
        Problem::UnsafeUrl { .. }
    )));
    assert!(has(
        "reviewed.nextReview",
        |p| matches!(p, Problem::ReviewOverdue { due } if due == "2025-06-01")
    ));
    assert!(has("related[2].url", |p| matches!(
        p,
        Problem::NotHttps { found } if found == "http://example.org/old"
    )));
    assert!(has("reviewed.kind", |p| *p == Problem::ReviewKindMissing));
    assert_eq!(warnings.len(), 8, "{warnings:#?}");
    // Blank optional text and null mean "not given"; a blank disclaimer means the default.
    let card = checked.card;
    assert_eq!(card.summary, None);
    assert_eq!(card.how_it_works, None);
    assert_eq!(card.disclaimer, None);
    // Unsafe links are kept as text for the view to show unlinked, never dropped silently.
    assert_eq!(card.related[1].title, "Script link");
}

#[test]
fn overdue_review_is_only_reported_with_a_date() {
    let checked = parse_card(&fixture("valid/warnings-only.json"), &Options::default()).unwrap();
    assert!(!checked
        .warnings
        .iter()
        .any(|w| matches!(w.problem, Problem::ReviewOverdue { .. })));
}

#[test]
fn syntax_errors_have_line_and_column() {
    match parse_card(&fixture("invalid/syntax-error.json"), &options()) {
        Err(Error::Syntax {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (4, 3));
            assert_eq!(message, "expected `,` or `}`");
        }
        other => panic!("{other:?}"),
    }
    let error = parse_card("{\"schemaVersion\": 1,", &options()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the card data is not valid JSON: the data ends too early; a closing bracket, brace or quote is missing (line 1, column 20)"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let json = format!("\u{feff}{}", fixture("valid/minimal.json"));
    assert!(parse_card(&json, &options()).is_ok());
}

#[test]
fn top_level_must_be_an_object() {
    let errors = errors_of(&fixture("invalid/not-an-object.json"));
    assert_eq!(
        errors,
        vec![(
            String::new(),
            Problem::WrongType {
                expected: JsonType::Object,
                found: JsonType::List
            }
        )]
    );
}

#[test]
fn missing_required_fields_are_all_reported() {
    let errors = errors_of(&fixture("invalid/missing-required.json"));
    assert_eq!(
        errors,
        vec![
            ("schemaVersion".to_string(), Problem::Missing),
            ("medication".to_string(), Problem::Missing)
        ]
    );
}

#[test]
fn unsupported_versions_name_the_supported_one() {
    for (file, found) in [("version-as-text", "\"1\" (text)"), ("version-2", "2")] {
        let errors = errors_of(&fixture(&format!("invalid/{file}.json")));
        assert_eq!(
            errors,
            vec![(
                "schemaVersion".to_string(),
                Problem::UnsupportedVersion {
                    found: found.into()
                }
            )]
        );
        let message = errors[0].1.to_string();
        assert!(message.contains("schemaVersion 1"), "{message}");
    }
}

#[test]
fn blank_required_text_is_an_error() {
    let errors = errors_of(&fixture("invalid/blank-name.json"));
    assert_eq!(
        errors,
        vec![("medication.name".to_string(), Problem::Empty)]
    );
}

#[test]
fn key_facts_when_given_are_not_empty() {
    // The field promises one to six statements: an empty list is an error at the list, a
    // blank entry at the entry.
    assert_eq!(
        errors_of(&fixture("invalid/empty-key-facts.json")),
        vec![("keyFacts".to_string(), Problem::Empty)]
    );
    let blank = r#"{"schemaVersion":1,"medication":{"name":"x"},"keyFacts":["Fine.", "  "]}"#;
    assert_eq!(
        errors_of(blank),
        vec![("keyFacts[1]".to_string(), Problem::Empty)]
    );
    // Absent or null is "not given"; many or long ones are only warnings for authors.
    for json in [
        r#"{"schemaVersion":1,"medication":{"name":"x"}}"#,
        r#"{"schemaVersion":1,"medication":{"name":"x"},"keyFacts":null}"#,
    ] {
        let card = parse_card(json, &options()).expect("valid").card;
        assert!(card.key_facts.is_empty());
    }
    let seven =
        r#"{"schemaVersion":1,"medication":{"name":"x"},"keyFacts":["1","2","3","4","5","6","7"]}"#;
    assert_eq!(
        parse_card(seven, &Options::default())
            .expect("valid")
            .card
            .key_facts
            .len(),
        7
    );
}

#[test]
fn every_problem_is_collected_with_its_path() {
    let errors = errors_of(&fixture("invalid/many-problems.json"));
    assert_eq!(
        paths(&errors),
        vec![
            "medication.brandNames",
            "medication.availability",
            "summary",
            "uses[0].status",
            "uses[1].condition",
            "warnings[0].level",
            "getHelp[0].level",
            "dosage.schedules[0]",
            "sideEffects.serious[2].name",
            "precautions[0].text",
            "related[0].title",
            "reviewed.date",
            "reviewed.nextReview",
        ]
    );
    let message_at = |path: &str| {
        errors
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, problem)| problem.to_string())
            .unwrap()
    };
    assert_eq!(
        message_at("sideEffects.serious[2].name"),
        "should be text, but is a number"
    );
    assert_eq!(message_at("summary"), "should be text, but is a number");
    assert_eq!(
        message_at("uses[0].status"),
        "\"maybe\" is not allowed here; use one of: approved, off-label, investigational, not-recommended"
    );
    assert_eq!(
        message_at("dosage.schedules[0]"),
        "needs at least one dose: start, usual or maximum"
    );
    assert!(message_at("reviewed.date").contains("not a real date"));
    assert_eq!(message_at("related[0].title"), "is required but missing");
}

#[test]
fn limits_are_clear_errors() {
    let small = Options {
        limits: Limits {
            max_bytes: 1_000,
            max_text_chars: 20,
            max_list_items: 3,
        },
        today: None,
        readability: false,
    };
    let huge = format!(
        r#"{{"schemaVersion":1,"medication":{{"name":"x"}},"summary":"{}"}}"#,
        "a".repeat(2_000)
    );
    assert_eq!(
        parse_card(&huge, &small).unwrap_err(),
        Error::TooLarge {
            bytes: huge.len(),
            limit: 1_000
        }
    );
    let long_text = r#"{"schemaVersion":1,"medication":{"name":"x"},"summary":"this summary is longer than twenty characters"}"#;
    let many = r#"{"schemaVersion":1,"medication":{"name":"x","forms":["a","b","c","d"]}}"#;
    match (parse_card(long_text, &small), parse_card(many, &small)) {
        (Err(Error::Invalid { errors: a, .. }), Err(Error::Invalid { errors: b, .. })) => {
            assert_eq!(a[0].path, "summary");
            assert_eq!(
                a[0].problem,
                Problem::TooLong {
                    chars: 45,
                    limit: 20
                }
            );
            assert_eq!(b[0].path, "medication.forms");
            assert_eq!(b[0].problem, Problem::TooMany { items: 4, limit: 3 });
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn default_limits_bound_a_large_document() {
    // 300 KiB of valid JSON is refused before parsing; the default limit is 256 KiB.
    let padding = "x".repeat(300 * 1024);
    let json =
        format!(r#"{{"schemaVersion":1,"medication":{{"name":"x"}},"summary":"{padding}"}}"#);
    assert!(matches!(
        parse_card(&json, &options()),
        Err(Error::TooLarge { limit: 262_144, .. })
    ));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let json = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(
        parse_card(&json, &options()),
        Err(Error::Syntax { .. })
    ));
}

#[test]
fn problems_have_the_event_shape() {
    let error = parse_card(&fixture("invalid/blank-name.json"), &options()).unwrap_err();
    assert_eq!(
        error.problems(),
        vec![(
            "medication.name".to_string(),
            "is empty; write some text here".to_string()
        )]
    );
    let syntax = parse_card("{", &options()).unwrap_err();
    let problems = syntax.problems();
    assert_eq!(problems[0].0, "");
    assert!(problems[0].1.contains("line 1, column 1"), "{:?}", problems);
}

/// What a reviewer of issue 15 caught by hand, the validator now reports: a card with uses needs
/// serious side effects and a get-help callout; links and sources should be https and dated.
#[test]
fn review_kind_is_one_of_two_words() {
    let errors = errors_of(
        r#"{"schemaVersion":1,"medication":{"name":"X"},"reviewed":{"date":"2026-01-01","kind":"peer"}}"#,
    );
    assert_eq!(paths(&errors), vec!["reviewed.kind"]);
    assert!(
        matches!(&errors[0].1, Problem::NotAllowed { allowed, .. } if *allowed == ["clinical", "editorial"])
    );
}

/// Issue 25: a region is two capital letters (ISO 3166-1 alpha-2, or EU); anything else is an
/// error at its path. A band is one of the six words.
#[test]
fn malformed_regions_and_bands_are_errors_at_their_path() {
    let errors = errors_of(
        r#"{"schemaVersion":1,"medication":{"name":"X"},
        "uses":[{"condition":"Pain","status":"approved","regions":["US","usa","E U","EU",7]}],
        "sideEffects":{"common":[{"name":"Nausea","band":"often"}]}}"#,
    );
    assert_eq!(
        paths(&errors),
        vec![
            "uses[0].regions[1]",
            "uses[0].regions[2]",
            "uses[0].regions[4]",
            "sideEffects.common[0].band"
        ]
    );
    assert_eq!(
        errors[0].1,
        Problem::BadRegion {
            found: "usa".into()
        }
    );
}

/// The decoder reports as unknown exactly the keys it did not read: a key added to every object
/// of a card (the Spanish sample has every object kind of schema version 1) is reported once per
/// object, at its path, in document order.
#[test]
fn an_unknown_field_is_reported_in_every_object_kind() {
    use serde_json::Value;
    /// Adds `extra` to every object under `value`, and returns their paths in document order.
    fn add_extra(value: &mut Value, path: &str, added: &mut Vec<String>) {
        let at = |key: &str| {
            if path.is_empty() {
                key.to_string()
            } else {
                format!("{path}.{key}")
            }
        };
        match value {
            Value::Object(map) => {
                added.push(at("extra"));
                for (key, value) in map.iter_mut() {
                    add_extra(value, &at(key), added);
                }
                map.insert("extra".into(), Value::Bool(true));
            }
            Value::Array(items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    add_extra(item, &format!("{path}[{index}]"), added);
                }
            }
            _ => {}
        }
    }
    let mut card: Value = serde_json::from_str(GABAPENTIN_ES).unwrap();
    let mut added = Vec::new();
    add_extra(&mut card, "", &mut added);
    let kinds: std::collections::BTreeSet<String> = added
        .iter()
        .map(|path| {
            let mut kind = path.clone();
            while let Some(open) = kind.find('[') {
                let close = open + kind[open..].find(']').unwrap();
                kind.replace_range(open..=close, "");
            }
            kind
        })
        .collect();
    // 17 object kinds in 18 places (`sideEffects.common` and `.serious` are both effects).
    assert_eq!(kinds.len(), 18, "every object kind: {kinds:?}");
    let checked = parse_card(&card.to_string(), &options()).unwrap();
    let unknown: Vec<&str> = checked
        .warnings
        .iter()
        .filter(|w| w.problem == Problem::UnknownField)
        .map(|w| w.path.as_str())
        .collect();
    assert_eq!(unknown, added);
}
