//! The error panel's messages as templates, for a language whose words arrive at run time (the
//! card's wasm has only English compiled in; [`super::add_language`]).
//!
//! Each language writes its messages as functions (`es.rs`, `ar.rs`): they stay the one source.
//! A words file carries them as templates made from those functions ([`templates`]): each
//! problem is split into a case, a key and its values ([`problem_case`], [`load_failure_case`]);
//! the function is called once per key with marker values, and each marker in its text becomes
//! `{name}`. Where a function words a value differently (a JSON type, a code system, an HTTP
//! status's meaning, the plural of a number of seconds) that difference is part of the key. A
//! problem with no case (a readability score) falls back to English.

use super::{fill, Plural, UiText};
use crate::codes::CodeSystem;
use crate::error::{JsonType, LoadFailure, Problem, StatusMeaning};

/// One message's key and its values, by name.
pub(super) struct Case {
    key: String,
    values: Vec<(&'static str, String)>,
}

/// Between the items of `NotAllowed`'s list: replaced by the language's own joiner.
const ITEM_BREAK: &str = "\u{1F}";
/// The key of that joiner.
const JOINER: &str = "problem.not_allowed.joiner";

fn case(key: impl Into<String>, values: Vec<(&'static str, String)>) -> Case {
    Case {
        key: key.into(),
        values,
    }
}

fn type_name(ty: JsonType) -> &'static str {
    match ty {
        JsonType::Text => "text",
        JsonType::Number => "number",
        JsonType::Bool => "bool",
        JsonType::Null => "null",
        JsonType::List => "list",
        JsonType::Object => "object",
    }
}

fn status_name(status: u16) -> &'static str {
    match StatusMeaning::of(status) {
        StatusMeaning::NotFound => "not_found",
        StatusMeaning::Denied => "denied",
        StatusMeaning::ServerError => "server_error",
        StatusMeaning::Unnamed => "unnamed",
    }
}

/// The name of `n`'s plural category under `rule`.
fn category(rule: fn(usize) -> Plural, n: usize) -> &'static str {
    Plural::NAMES[rule(n) as usize]
}

/// A count of each plural category of `rule`: the first from 100 up, else from 0.
fn counts(rule: fn(usize) -> Plural) -> impl Iterator<Item = usize> {
    Plural::ALL
        .into_iter()
        .filter_map(move |wanted| (100..=1100).chain(0..100).find(|&n| rule(n) == wanted))
}

/// `problem`'s key and values (a count that a language words per plural category has its
/// category under the language's `rule` in the key); `None` for a readability score, whose number each language
/// writes its own way (those messages stay English in a language added at run time).
pub(super) fn problem_case(problem: &Problem, rule: fn(usize) -> Plural) -> Option<Case> {
    let text = |value: &String| value.clone();
    let number = |value: &usize| value.to_string();
    Some(match problem {
        Problem::Missing => case("problem.missing", vec![]),
        Problem::WrongType { expected, found } => case(
            format!(
                "problem.wrong_type.{}.{}",
                type_name(*expected),
                type_name(*found)
            ),
            vec![],
        ),
        Problem::Empty => case("problem.empty", vec![]),
        Problem::NotAllowed { found, allowed } => case(
            "problem.not_allowed",
            vec![
                ("found", text(found)),
                ("allowed", allowed.join(ITEM_BREAK)),
            ],
        ),
        Problem::UnsupportedVersion { found } => {
            case("problem.unsupported_version", vec![("found", text(found))])
        }
        Problem::TooLong { chars, limit } => case(
            "problem.too_long",
            vec![("chars", number(chars)), ("limit", number(limit))],
        ),
        Problem::TooMany { items, limit } => case(
            "problem.too_many",
            vec![("items", number(items)), ("limit", number(limit))],
        ),
        Problem::BadDate { found } => case("problem.bad_date", vec![("found", text(found))]),
        Problem::NoDose => case("problem.no_dose", vec![]),
        Problem::BadLanguage { found } => {
            case("problem.bad_language", vec![("found", text(found))])
        }
        Problem::UnsafeUrl { found } => case("problem.unsafe_url", vec![("found", text(found))]),
        Problem::UnknownField => case("problem.unknown_field", vec![]),
        Problem::HiddenCharacters { count } => case(
            format!("problem.hidden_characters.{}", category(rule, *count)),
            vec![("count", number(count))],
        ),
        Problem::ReviewOverdue { due } => case("problem.review_overdue", vec![("due", text(due))]),
        Problem::ReviewKindMissing => case("problem.review_kind_missing", vec![]),
        Problem::NotHttps { found } => case("problem.not_https", vec![("found", text(found))]),
        Problem::NoSeriousSideEffects => case("problem.no_serious_side_effects", vec![]),
        Problem::NoGetHelp => case("problem.no_get_help", vec![]),
        #[cfg(feature = "authoring")]
        Problem::TooManyKeyFacts { count, advised } => case(
            "problem.too_many_key_facts",
            vec![("count", number(count)), ("advised", number(advised))],
        ),
        #[cfg(feature = "authoring")]
        Problem::KeyFactTooLong { words, advised } => case(
            "problem.key_fact_too_long",
            vec![("words", number(words)), ("advised", number(advised))],
        ),
        #[cfg(feature = "authoring")]
        Problem::NoKeyFacts => case("problem.no_key_facts", vec![]),
        #[cfg(feature = "authoring")]
        Problem::ApprovalWithoutRegions => case("problem.approval_without_regions", vec![]),
        #[cfg(feature = "authoring")]
        Problem::SourceWithoutLocator => case("problem.source_without_locator", vec![]),
        Problem::BadRegion { found } => case("problem.bad_region", vec![("found", text(found))]),
        Problem::ShorterThanOriginal { found, original } => case(
            "problem.shorter_than_original",
            vec![("found", number(found)), ("original", number(original))],
        ),
        Problem::LeftOutOfTranslation => case("problem.left_out_of_translation", vec![]),
        Problem::OriginalNotCompared { url } => {
            case("problem.original_not_compared", vec![("url", text(url))])
        }
        Problem::ReadingLevel { .. } | Problem::HardToRead { .. } => return None,
        Problem::NoReadabilityFormula { language } => case(
            "problem.no_readability_formula",
            vec![("language", text(language))],
        ),
        Problem::BadCode { system, found } => case(
            format!("problem.bad_code.{}", system.name()),
            vec![("found", text(found))],
        ),
        Problem::BadCodeSystem { found } => {
            case("problem.bad_code_system", vec![("found", text(found))])
        }
    })
}

/// `failure`'s key and values; a time-out's key names the plural category of its seconds under
/// the language's `rule`.
pub(super) fn load_failure_case(failure: &LoadFailure, rule: fn(usize) -> Plural) -> Case {
    let url = |url: &String| ("url", url.clone());
    match failure {
        LoadFailure::NoData => case("load.no_data", vec![]),
        LoadFailure::Network { url: u } => case("load.network", vec![url(u)]),
        LoadFailure::Status { url: u, status } => case(
            format!("load.status.{}", status_name(*status)),
            vec![url(u), ("status", status.to_string())],
        ),
        LoadFailure::NotJson {
            url: u,
            content_type,
        } => case(
            "load.not_json",
            vec![url(u), ("content_type", content_type.clone())],
        ),
        LoadFailure::Timeout { url: u, millis } => {
            let seconds = millis.div_ceil(1000);
            case(
                format!("load.timeout.{}", category(rule, seconds as usize)),
                vec![url(u), ("seconds", seconds.to_string())],
            )
        }
        LoadFailure::Redirected { url: u, to } => {
            case("load.redirected", vec![url(u), ("to", to.clone())])
        }
        LoadFailure::TooLarge { url: u, limit } => {
            case("load.too_large", vec![url(u), ("limit", limit.to_string())])
        }
        LoadFailure::Integrity { url: u } => case("load.integrity", vec![url(u)]),
    }
}

/// A message from `templates` (a language added at run time), or `None` when it has no template
/// for this case.
pub(super) fn from_templates(templates: &MessageTemplates, case: Option<Case>) -> Option<String> {
    let case = case?;
    let template = templates.get(&case.key)?;
    let joiner = templates.get(JOINER).unwrap_or(", ");
    let values: Vec<(&str, String)> = case
        .values
        .into_iter()
        .map(|(name, value)| (name, value.replace(ITEM_BREAK, joiner)))
        .collect();
    let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    Some(fill(template, &pairs))
}

/// A language's message templates by key (from its words file). A plain list: a lookup happens
/// only for an error panel, and a map or a sort cost more wasm than they save.
#[derive(Debug, Default)]
pub struct MessageTemplates(Vec<(String, String)>);

impl MessageTemplates {
    /// Templates from a words file's `messages` object; values that are not text are skipped.
    pub(super) fn from_json(
        messages: &serde_json::Map<String, serde_json::Value>,
    ) -> MessageTemplates {
        MessageTemplates(
            messages
                .iter()
                .filter_map(|(key, value)| Some((key.clone(), value.as_str()?.to_string())))
                .collect(),
        )
    }

    fn get(&self, key: &str) -> Option<&str> {
        let (_, template) = self.0.iter().find(|(known, _)| known == key)?;
        Some(template)
    }
}

/// A marker for a text value: private-use characters, which no language's words contain.
fn marker(n: usize) -> String {
    format!("\u{E000}{n}\u{E001}")
}

/// Markers for numbers: large and distinct, so each is found once in a message.
const NUMBER_MARKERS: [usize; 2] = [9_000_417, 9_000_523];

const ALLOWED_ONE: &[&str] = &["\u{E000}a1\u{E001}"];
const ALLOWED_TWO: &[&str] = &["\u{E000}a1\u{E001}", "\u{E000}a2\u{E001}"];

/// One problem of every case, with markers for its values (a count per plural category of
/// `rule` where the key names it).
fn marked_problems(rule: fn(usize) -> Plural) -> Vec<Problem> {
    let [a, b] = NUMBER_MARKERS;
    let mut problems: Vec<Problem> = JsonType::ALL
        .into_iter()
        .flat_map(|expected| {
            JsonType::ALL
                .into_iter()
                .map(move |found| Problem::WrongType { expected, found })
        })
        .collect();
    problems.extend([
        Problem::Missing,
        Problem::Empty,
        Problem::NotAllowed {
            found: marker(1),
            allowed: ALLOWED_ONE,
        },
        Problem::UnsupportedVersion { found: marker(1) },
        Problem::TooLong { chars: a, limit: b },
        Problem::TooMany { items: a, limit: b },
        Problem::BadDate { found: marker(1) },
        Problem::NoDose,
        Problem::BadLanguage { found: marker(1) },
        Problem::UnsafeUrl { found: marker(1) },
        Problem::UnknownField,
        Problem::ReviewOverdue { due: marker(1) },
        Problem::ReviewKindMissing,
        Problem::NotHttps { found: marker(1) },
        Problem::NoSeriousSideEffects,
        Problem::NoGetHelp,
        Problem::BadRegion { found: marker(1) },
        Problem::ShorterThanOriginal {
            found: a,
            original: b,
        },
        Problem::LeftOutOfTranslation,
        Problem::OriginalNotCompared { url: marker(1) },
        Problem::NoReadabilityFormula {
            language: marker(1),
        },
        Problem::BadCodeSystem { found: marker(1) },
    ]);
    #[cfg(feature = "authoring")]
    problems.extend([
        Problem::TooManyKeyFacts {
            count: a,
            advised: b,
        },
        Problem::KeyFactTooLong {
            words: a,
            advised: b,
        },
        Problem::NoKeyFacts,
        Problem::ApprovalWithoutRegions,
        Problem::SourceWithoutLocator,
    ]);
    problems.extend(counts(rule).map(|count| Problem::HiddenCharacters { count }));
    problems.extend(CodeSystem::ALL.iter().map(|&system| Problem::BadCode {
        system,
        found: marker(1),
    }));
    problems
}

/// One load failure of every case, with markers for its values: a time-out for each plural
/// category of `rule`.
fn marked_load_failures(rule: fn(usize) -> Plural) -> Vec<LoadFailure> {
    let url = marker(1);
    let mut failures = vec![
        LoadFailure::NoData,
        LoadFailure::Network { url: url.clone() },
        LoadFailure::NotJson {
            url: url.clone(),
            content_type: marker(2),
        },
        LoadFailure::Redirected {
            url: url.clone(),
            to: marker(2),
        },
        LoadFailure::TooLarge {
            url: url.clone(),
            limit: NUMBER_MARKERS[0],
        },
        LoadFailure::Integrity { url: url.clone() },
    ];
    failures.extend([404, 403, 503, 302].map(|status| LoadFailure::Status {
        url: url.clone(),
        status,
    }));
    failures.extend(counts(rule).map(|seconds| LoadFailure::Timeout {
        url: url.clone(),
        millis: u32::try_from(seconds * 1000).unwrap_or(u32::MAX),
    }));
    failures
}

/// `text` with each value of `case` written as `{name}`.
fn template_of(mut text: String, case: &Case) -> String {
    for (name, value) in &case.values {
        text = text.replace(value.as_str(), &format!("{{{name}}}"));
    }
    text
}

/// Every message template of `table`, by key, made from its message functions (a words file's
/// `messages`).
pub(super) fn templates(table: &UiText) -> Vec<(String, String)> {
    let mut templates = Vec::new();
    for problem in marked_problems(table.plural) {
        if let Some(case) = problem_case(&problem, table.plural) {
            let text = (table.problem)(&problem);
            templates.push((case.key.clone(), template_of(text, &case)));
        }
    }
    for failure in marked_load_failures(table.plural) {
        let case = load_failure_case(&failure, table.plural);
        let text = (table.load_failure)(&failure);
        templates.push((case.key.clone(), template_of(text, &case)));
    }
    // NotAllowed's joiner: what its function writes between the first item and the second.
    let two = (table.problem)(&Problem::NotAllowed {
        found: marker(1),
        allowed: ALLOWED_TWO,
    });
    let (first, second) = (ALLOWED_TWO[0], ALLOWED_TWO[1]);
    if let (Some(start), Some(end)) = (two.find(first), two.find(second)) {
        if start + first.len() <= end {
            templates.push((JOINER.into(), two[start + first.len()..end].to_string()));
        }
    }
    templates
}
