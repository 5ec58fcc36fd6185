//! Native, feature `authoring`: the checks only authors see (the card renders either way), which
//! the card's wasm leaves out: http links, undated sources, missing serious effects, get-help or
//! key facts, too many or too long key facts, and readability on request. (Translations against their original: tests/translations.rs.)
#![cfg(not(target_arch = "wasm32"))]

mod native;

use medcard::error::Score;
use medcard::model::ReviewKind;
use medcard::{parse_card, Options, Problem, Severity};
use native::{fixture, options, GABAPENTIN_AR, GABAPENTIN_ES, MIRTAZAPINE};

#[test]
fn content_checks_name_what_a_reviewer_would() {
    let json = r#"{"schemaVersion":1,"medication":{"name":"X"},
        "uses":[{"condition":"Pain"}],
        "sideEffects":{"common":[{"name":"Nausea"}]},
        "sources":[{"title":"Label","url":"http://example.org/label"},
                   {"title":"Leaflet","url":"https://example.org/leaflet","accessed":" "}],
        "reviewed":{"date":"2026-01-01","kind":"clinical","by":"Dr Example"}}"#;
    let checked = parse_card(json, &options()).expect("warnings only");
    let found: Vec<(&str, &Problem)> = checked
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), &w.problem))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "sources[0].url",
                &Problem::NotHttps {
                    found: "http://example.org/label".into()
                }
            ),
            ("keyFacts", &Problem::NoKeyFacts),
            ("sideEffects.serious", &Problem::NoSeriousSideEffects),
            ("getHelp", &Problem::NoGetHelp),
        ]
    );
    assert!(checked
        .warnings
        .iter()
        .all(|w| w.problem.severity() == Severity::Warning));
    assert_eq!(
        checked.card.reviewed.and_then(|r| r.kind),
        Some(ReviewKind::Clinical)
    );
    // Without uses there is nothing to be serious about: a name-only card stays quiet.
    let minimal = parse_card(&fixture("valid/minimal.json"), &options()).unwrap();
    assert!(minimal.warnings.is_empty());
}

/// A card with `keyFacts` of `facts` (JSON strings) and one use, checked.
fn with_key_facts(facts: &[String]) -> Vec<(String, Problem)> {
    let list = serde_json::to_string(facts).expect("JSON");
    let json = format!(
        r#"{{"schemaVersion":1,"medication":{{"name":"X"}},"keyFacts":{list},
        "uses":[{{"condition":"Pain"}}],
        "sideEffects":{{"serious":[{{"name":"Fainting","action":"Get help now."}}]}},
        "getHelp":[{{"level":"emergency","title":"Call 999 if","items":["you faint"]}}]}}"#
    );
    let checked = parse_card(&json, &options()).expect("warnings never stop the card");
    checked
        .warnings
        .into_iter()
        .map(|w| (w.path, w.problem))
        .collect()
}

fn words(n: usize) -> String {
    vec!["word"; n].join(" ")
}

#[test]
fn key_facts_are_few_and_short() {
    // Six facts of 25 words each: as many and as long as advised, so no warning.
    assert_eq!(with_key_facts(&vec![words(25); 6]), vec![]);
    // A seventh fact, and one of 26 words: warnings at the list and at the long fact.
    let mut facts = vec![words(3); 7];
    facts[4] = format!("  {}  ", words(26));
    assert_eq!(
        with_key_facts(&facts),
        vec![
            (
                "keyFacts".to_string(),
                Problem::TooManyKeyFacts {
                    count: 7,
                    advised: 6
                }
            ),
            (
                "keyFacts[4]".to_string(),
                Problem::KeyFactTooLong {
                    words: 26,
                    advised: 25
                }
            ),
        ]
    );
    for (_, problem) in with_key_facts(&facts) {
        assert_eq!(problem.severity(), Severity::Warning);
    }
    assert_eq!(
        Problem::KeyFactTooLong {
            words: 26,
            advised: 25
        }
        .to_string(),
        "is 26 words long; keep a key fact to 25 words or fewer, with one idea"
    );
}

#[test]
fn a_card_with_uses_needs_key_facts() {
    // Absent `keyFacts` (an empty list is an error: tests/model.rs).
    let json = r#"{"schemaVersion":1,"medication":{"name":"X"},"uses":[{"condition":"Pain"}],
        "sideEffects":{"serious":[{"name":"Fainting"}]},
        "getHelp":[{"level":"emergency","title":"Call 999 if","items":["you faint"]}]}"#;
    let checked = parse_card(json, &options()).expect("a warning only");
    let found: Vec<(&str, &Problem)> = checked
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), &w.problem))
        .collect();
    assert_eq!(found, vec![("keyFacts", &Problem::NoKeyFacts)]);
    assert_eq!(
        Problem::NoKeyFacts.to_string(),
        "the card lists uses but no key facts; write 1 to 6 short statements for readers who \
         read only the top"
    );
}

#[test]
fn readability_grades_each_key_fact() {
    let long = format!(
        r#"{{"schemaVersion":1,"medication":{{"name":"X"}},"keyFacts":["{}"]}}"#,
        "Take it once a day with water and do not stop it suddenly."
    );
    let graded = parse_card(
        &long,
        &Options {
            readability: true,
            ..options()
        },
    )
    .unwrap();
    assert!(
        graded
            .warnings
            .iter()
            .any(|w| w.path == "keyFacts[0]" && matches!(w.problem, Problem::ReadingLevel { .. })),
        "{:?}",
        graded.warnings
    );
}

#[test]
fn readability_is_reported_only_on_request() {
    let plain = parse_card(MIRTAZAPINE, &options()).unwrap();
    // The sample has content warnings (undated sources); none is about reading level.
    assert!(!plain.warnings.iter().any(|w| matches!(
        w.problem,
        Problem::ReadingLevel { .. } | Problem::HardToRead { .. }
    )));
    let graded = parse_card(
        MIRTAZAPINE,
        &Options {
            readability: true,
            ..options()
        },
    )
    .unwrap();
    let whole = graded
        .warnings
        .iter()
        .find(|w| {
            matches!(
                w.problem,
                Problem::ReadingLevel { .. } | Problem::HardToRead { .. }
            )
        })
        .expect("a reading level");
    assert_eq!(whole.path, "", "the whole card's level comes first");
    assert!(matches!(
        whole.problem,
        Problem::ReadingLevel {
            score: Score::FleschKincaid { .. },
            ..
        }
    ));
    // Every reading-level finding is an info or (above grade 9) a warning; never an error.
    for issue in &graded.warnings {
        match &issue.problem {
            Problem::ReadingLevel { score, .. } => {
                assert!(!score.above_grade_9(), "{issue}");
                assert_eq!(issue.problem.severity(), Severity::Info);
            }
            Problem::HardToRead { score, .. } => {
                assert!(score.above_grade_9(), "{issue}");
                assert_eq!(issue.problem.severity(), Severity::Warning);
            }
            other => panic!("only reading levels: {other:?}"),
        }
    }
    let arabic = parse_card(
        GABAPENTIN_AR,
        &Options {
            readability: true,
            ..options()
        },
    )
    .unwrap();
    assert_eq!(
        arabic
            .warnings
            .iter()
            .map(|w| (w.path.as_str(), &w.problem))
            .collect::<Vec<_>>(),
        vec![(
            "language",
            &Problem::NoReadabilityFormula {
                language: "ar".into()
            }
        )]
    );
    let spanish = parse_card(
        GABAPENTIN_ES,
        &Options {
            readability: true,
            ..options()
        },
    )
    .unwrap();
    let first_level = spanish.warnings.first().expect("a reading level");
    assert!(matches!(
        first_level.problem,
        Problem::ReadingLevel {
            score: Score::FernandezHuerta { .. },
            ..
        } | Problem::HardToRead {
            score: Score::FernandezHuerta { .. },
            ..
        }
    ));
}

/// Issue 25: an approval says where; a source says where it can be read.
#[test]
fn approvals_say_where_and_sources_can_be_found() {
    let json = r#"{"schemaVersion":1,"medication":{"name":"X"},
        "uses":[{"condition":"Pain","status":"approved"},
                {"condition":"Cough","status":"approved","regions":["GB"]},
                {"condition":"Itch","status":"off-label"}],
        "sources":[{"title":"Unlinked","accessed":"2026-12-06"},
                   {"title":"Read in a copy","via":"https://copy.example.org/a","accessed":"2026-12-06"},
                   {"title":"Linked","url":"https://example.org/a","accessed":"2026-12-06"}]}"#;
    let checked = parse_card(json, &options()).expect("warnings only");
    let found: Vec<(&str, &Problem)> = checked
        .warnings
        .iter()
        .filter(|w| {
            matches!(
                w.problem,
                Problem::ApprovalWithoutRegions | Problem::SourceWithoutLocator
            )
        })
        .map(|w| (w.path.as_str(), &w.problem))
        .collect();
    assert_eq!(
        found,
        vec![
            ("uses[0].regions", &Problem::ApprovalWithoutRegions),
            ("sources[0]", &Problem::SourceWithoutLocator),
        ]
    );
    assert!(found.iter().all(|(_, p)| p.severity() == Severity::Warning));
}
