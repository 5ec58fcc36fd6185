//! Native: the bad-data matrix. Every file in `tests/fixtures/hostile/` is named for its outcome
//! (`card-…` renders a card, `error-…` shows the error panel) and what it checks; generated cases
//! cover sizes no one wants in a repository. Whatever the input, the result is a card or an error,
//! never a panic, and the rendered HTML carries the disclaimer and no markup from the data.
#![cfg(not(target_arch = "wasm32"))]

mod native;

use medcard::view::RootProps;
use medcard::{parse_card, Error, Options, Problem};
use native::{repo, state_of, DISCLAIMER_START};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn hostile_dir() -> PathBuf {
    repo("tests/fixtures/hostile")
}

fn fixture(name: &str) -> String {
    native::fixture(&format!("hostile/{name}"))
}

fn render(result: &Result<medcard::Checked, Error>) -> String {
    native::render(RootProps::new(state_of(result)))
}

/// Checks one input end to end: outcome, time, and the rendered HTML.
fn check(name: &str, json: &str, expect_card: bool) -> Result<medcard::Checked, Error> {
    let started = Instant::now();
    let result = parse_card(json, &Options::default());
    let html = render(&result);
    // Generous bound: a regression to quadratic work on a 256 KiB document would blow it.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{name} took {:?}",
        started.elapsed()
    );
    assert_eq!(
        result.is_ok(),
        expect_card,
        "{name}: expected {}, got {result:?}",
        if expect_card { "a card" } else { "an error" }
    );
    assert!(html.contains(DISCLAIMER_START), "{name}: disclaimer shown");
    if !expect_card {
        assert!(html.contains(r#"role="alert""#), "{name}: error panel");
    }
    for tag in [
        "<script",
        "<img",
        "<style",
        "<svg",
        "<b>",
        "<a href=\"javascript",
    ] {
        assert!(
            !html.contains(tag),
            "{name}: {tag} from the data became markup"
        );
    }
    result
}

#[test]
fn every_hostile_fixture_ends_in_a_card_or_an_error_panel() {
    let mut names: Vec<String> = std::fs::read_dir(hostile_dir())
        .expect("fixture folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert!(names.len() >= 18, "fixtures present: {names:?}");
    for name in &names {
        let expect_card = match name.split('-').next() {
            Some("card") => true,
            Some("error") => false,
            _ => panic!("{name}: fixture names start with card- or error-"),
        };
        let _outcome = check(name, &fixture(name), expect_card);
    }
}

/// Asserts that the result is invalid with an error at each of `expected` (among others).
fn assert_errors_at(result: Result<medcard::Checked, Error>, expected: &[&str]) {
    let paths: Vec<String> = match result {
        Err(Error::Invalid { errors, .. }) => errors.into_iter().map(|issue| issue.path).collect(),
        other => panic!("expected invalid data, got {other:?}"),
    };
    for path in expected {
        assert!(paths.iter().any(|p| p == path), "{path} in {paths:?}");
    }
}

#[test]
fn duplicate_keys_are_a_syntax_error_with_line_and_column() {
    let json = fixture("error-duplicate-keys.json");
    match parse_card(&json, &Options::default()) {
        Err(Error::Syntax { line, message, .. }) => {
            assert_eq!(line, 6, "the line of the second \"usual\"");
            assert!(message.contains("\"usual\" appears twice"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn wrong_types_are_reported_at_every_path() {
    assert_errors_at(
        parse_card(
            &fixture("error-wrong-types-everywhere.json"),
            &Options::default(),
        ),
        &[
            "medication.name",
            "summary",
            "uses",
            "howItWorks",
            "warnings[0].title",
            "getHelp",
            "dosage.schedules",
            "sideEffects.common",
            "sideEffects.serious[0]",
            "related[0].url",
            "sources",
        ],
    );
}

#[test]
fn null_required_fields_are_missing_and_empty_text_is_empty() {
    assert_errors_at(
        parse_card(
            &fixture("error-null-required-fields.json"),
            &Options::default(),
        ),
        &[
            "medication.name",
            "uses[0].condition",
            "sideEffects.serious[0].name",
        ],
    );
    match parse_card(&fixture("error-empty-strings.json"), &Options::default()) {
        Err(Error::Invalid { errors, .. }) => {
            assert!(errors
                .iter()
                .any(|i| i.path == "medication.name" && i.problem == Problem::Empty));
        }
        other => panic!("expected invalid data, got {other:?}"),
    }
}

#[test]
fn control_and_bidi_override_characters_are_removed_and_reported() {
    let checked = parse_card(
        &fixture("card-control-and-bidi-characters.json"),
        &Options::default(),
    )
    .expect("a card");
    assert_eq!(checked.card.medication.name, "Paracetamol");
    let summary = checked.card.summary.as_deref().unwrap_or_default();
    assert!(summary.contains("500 mg every 4 to 6 hours."), "{summary}");
    assert!(!summary
        .chars()
        .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)));
    let hidden: Vec<_> = checked
        .warnings
        .iter()
        .filter(|w| matches!(w.problem, Problem::HiddenCharacters { .. }))
        .map(|w| w.path.as_str())
        .collect();
    assert_eq!(hidden, ["medication.name", "summary", "warnings[0].title"]);
}

#[test]
fn unsafe_urls_are_warnings_and_never_links() {
    let result = check(
        "card-unsafe-urls-as-text.json",
        &fixture("card-unsafe-urls-as-text.json"),
        true,
    );
    let checked = result.expect("a card");
    let unsafe_paths: Vec<_> = checked
        .warnings
        .iter()
        .filter(|w| matches!(w.problem, Problem::UnsafeUrl { .. }))
        .map(|w| w.path.as_str())
        .collect();
    assert_eq!(unsafe_paths.len(), 7, "{unsafe_paths:?}");
    let html = render(&Ok(checked));
    // The "On this card" links point inside the card (`#…`); every other link is the data's.
    let hrefs: Vec<&str> = html
        .split("href=\"")
        .skip(1)
        .filter(|href| !href.starts_with('#'))
        .collect();
    assert_eq!(hrefs.len(), 1, "only the https source is a link: {html}");
    assert!(hrefs[0].starts_with("https://www.nhs.uk/"));
}

#[test]
fn generated_extremes_end_in_errors() {
    let name = |text: &str| format!(r#"{{"schemaVersion":1,"medication":{{"name":"{text}"}}}}"#);
    // 200 000 levels of nesting: the parser stops at 128 instead of overflowing the stack.
    let deep = format!(
        r#"{{"schemaVersion":1,"medication":{{"name":"x"}},"x":{}{}}}"#,
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    match check("deep nesting", &deep, false) {
        Err(Error::TooLarge { .. }) => {} // over 256 KiB: refused before parsing
        other => panic!("deep nesting: {other:?}"),
    }
    let deep_small = format!(
        r#"{{"schemaVersion":1,"medication":{{"name":"x"}},"x":{}{}}}"#,
        "[".repeat(1_000),
        "]".repeat(1_000)
    );
    match check("deep nesting under the size limit", &deep_small, false) {
        Err(Error::Syntax { message, .. }) => assert!(message.contains("nested too deeply")),
        other => panic!("deep nesting: {other:?}"),
    }
    let long = check("a 6 000-character name", &name(&"a".repeat(6_000)), false);
    assert!(matches!(long, Err(Error::Invalid { ref errors, .. })
        if matches!(errors[0].problem, Problem::TooLong { chars: 6_000, .. })));
    let effects = vec![r#"{"name":"Drowsiness"}"#; 101].join(",");
    let many = format!(
        r#"{{"schemaVersion":1,"medication":{{"name":"x"}},"sideEffects":{{"common":[{effects}]}}}}"#
    );
    let many = check("101 side effects", &many, false);
    assert!(matches!(many, Err(Error::Invalid { ref errors, .. })
        if errors[0].path == "sideEffects.common"
            && matches!(errors[0].problem, Problem::TooMany { items: 101, .. })));
    let huge = name(&"a".repeat(5 * 1024 * 1024));
    assert!(matches!(
        check("a 5 MB document", &huge, false),
        Err(Error::TooLarge { .. })
    ));
}
