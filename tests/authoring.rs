//! Native, feature `authoring`: the checks only authors see (the card renders either way), which
//! the card's wasm leaves out: http links, undated sources, missing serious effects or get-help,
//! and readability on request. (Translations against their original: tests/translations.rs.)
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
            ("sources[0].accessed", &Problem::SourceNotDated),
            ("sources[1].accessed", &Problem::SourceNotDated),
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

#[test]
fn readability_is_reported_only_on_request() {
    let plain = parse_card(MIRTAZAPINE, &options()).unwrap();
    assert!(plain.warnings.is_empty());
    let graded = parse_card(
        MIRTAZAPINE,
        &Options {
            readability: true,
            ..options()
        },
    )
    .unwrap();
    let whole = &graded.warnings[0];
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
    assert!(matches!(
        spanish.warnings[0].problem,
        Problem::ReadingLevel {
            score: Score::FernandezHuerta { .. },
            ..
        } | Problem::HardToRead {
            score: Score::FernandezHuerta { .. },
            ..
        }
    ));
}
