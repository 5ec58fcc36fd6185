//! Tests of what is wrong with card data, in every language: each language's file
//! (`en.rs`, `es.rs`, `ar.rs`) has one function for [`Problem`] and one for [`LoadFailure`],
//! used by the error panel; English is also their `Display` (the `medcard-error` event, the CLI
//! and `validate`, which stay English for developers). Each `match` there names every variant,
//! with no wildcard arm, so a new variant does not compile until it is translated.

#[cfg(all(test, feature = "languages"))]
pub(in crate::text) mod tests {
    use super::super::{AR, ES};
    use crate::error::{Error, JsonType, LoadFailure, Problem, Score};

    /// One value of every `Problem` variant (two for the counted one, one for each JSON type).
    pub(in crate::text) fn every_problem() -> Vec<Problem> {
        let wrong_types = JsonType::ALL.into_iter().map(|found| Problem::WrongType {
            expected: if found == JsonType::Text {
                JsonType::List
            } else {
                JsonType::Text
            },
            found,
        });
        let mut problems: Vec<Problem> = wrong_types.collect();
        problems.extend([
            Problem::Missing,
            Problem::Empty,
            Problem::NotAllowed {
                found: "maybe".into(),
                allowed: &["approved", "off-label"],
            },
            Problem::UnsupportedVersion {
                found: "\"1\"".into(),
            },
            Problem::TooLong {
                chars: 5000,
                limit: 4000,
            },
            Problem::TooMany {
                items: 300,
                limit: 200,
            },
            Problem::BadDate {
                found: "2026-02-30".into(),
            },
            Problem::NoDose,
            Problem::BadLanguage {
                found: "english".into(),
            },
            Problem::UnsafeUrl {
                found: "javascript:alert(1)".into(),
            },
            Problem::UnknownField,
            Problem::HiddenCharacters { count: 1 },
            Problem::HiddenCharacters { count: 3 },
            Problem::ReviewOverdue {
                due: "2025-07-01".into(),
            },
            Problem::ReviewKindMissing,
            Problem::NotHttps {
                found: "http://example.org/leaflet".into(),
            },
            Problem::NoSeriousSideEffects,
            Problem::NoGetHelp,
            Problem::ShorterThanOriginal {
                found: 3,
                original: 5,
            },
            Problem::LeftOutOfTranslation,
            Problem::OriginalNotCompared {
                url: "https://example.org/card.en.json".into(),
            },
        ]);
        #[cfg(feature = "authoring")]
        problems.extend([
            Problem::TooManyKeyFacts {
                count: 8,
                advised: 6,
            },
            Problem::KeyFactTooLong {
                words: 31,
                advised: 25,
            },
            Problem::NoKeyFacts,
            Problem::ApprovalWithoutRegions,
            Problem::SourceWithoutLocator,
        ]);
        problems.push(Problem::BadRegion {
            found: "usa".into(),
        });
        let scores = [
            Score::FleschKincaid { grade_tenths: 113 },
            Score::FernandezHuerta { ease_tenths: 524 },
        ];
        for score in scores {
            problems.push(Problem::ReadingLevel { score, words: 40 });
            problems.push(Problem::HardToRead { score, words: 40 });
        }
        problems.push(Problem::NoReadabilityFormula {
            language: "ar".into(),
        });
        problems.push(Problem::BadCodeSystem {
            found: "snomed".into(),
        });
        problems.extend(
            crate::codes::CodeSystem::ALL
                .iter()
                .map(|&system| Problem::BadCode {
                    system,
                    found: "12-34".into(),
                }),
        );
        problems
    }

    /// One value of every `LoadFailure` variant (each status meaning, several time-outs).
    pub(in crate::text) fn every_load_failure() -> Vec<LoadFailure> {
        let url = || "https://example.org/card.json".to_string();
        let mut failures = vec![
            LoadFailure::NoData,
            LoadFailure::Network { url: url() },
            LoadFailure::NotJson {
                url: url(),
                content_type: "text/html".into(),
            },
            LoadFailure::Redirected {
                url: url(),
                to: "https://elsewhere.test/".into(),
            },
            LoadFailure::TooLarge {
                url: url(),
                limit: 262_144,
            },
            LoadFailure::Integrity { url: url() },
        ];
        for status in [404, 403, 503, 418] {
            failures.push(LoadFailure::Status { url: url(), status });
        }
        for millis in [1000, 2000, 5000, 15_000] {
            failures.push(LoadFailure::Timeout { url: url(), millis });
        }
        failures
    }

    /// English words none of the translations should contain.
    const ENGLISH_WORDS: &[&str] = &[" is ", " the ", "should", " was ", " not ", "sent"];

    fn assert_translated(lang: &str, english: &str, translated: &str) {
        assert!(!translated.trim().is_empty(), "{lang}: blank for {english}");
        assert_ne!(translated, english, "{lang}: still English");
        for word in ENGLISH_WORDS {
            assert!(
                !translated.contains(word),
                "{lang}: {word:?} in {translated}"
            );
        }
        if lang == "ar" {
            let arabic_letters = translated
                .chars()
                .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
                .count();
            assert!(arabic_letters > 5, "ar: {translated}");
        }
    }

    #[test]
    fn every_problem_and_load_failure_has_a_spanish_and_arabic_message() {
        for table in [&ES, &AR] {
            for problem in every_problem() {
                let english = problem.to_string();
                assert_translated(table.lang, &english, &(table.problem)(&problem));
            }
            for failure in every_load_failure() {
                let english = failure.to_string();
                assert_translated(table.lang, &english, &(table.load_failure)(&failure));
            }
            let document_errors = [
                Error::Syntax {
                    line: 3,
                    column: 7,
                    message: "expected `,` or `}`".into(),
                },
                Error::TooLarge {
                    bytes: 300_000,
                    limit: 262_144,
                },
                Error::Unreadable {
                    message: "it is not a JSON value".into(),
                },
                Error::Load(LoadFailure::NoData),
            ];
            for error in document_errors {
                let [(path, message)] = &table.problems(&error)[..] else {
                    panic!("{error:?} is one problem");
                };
                assert!(path.is_empty());
                assert_translated(table.lang, &error.to_string(), message);
            }
        }
    }

    #[test]
    fn messages_keep_numbers_as_digits_and_values_as_given() {
        let too_long = Problem::TooLong {
            chars: 5000,
            limit: 4000,
        };
        assert_eq!(
            (ES.problem)(&too_long),
            "tiene 5000 caracteres y supera el límite de 4000"
        );
        assert!((AR.problem)(&too_long).contains("5000"));
        let bad_date = Problem::BadDate {
            found: "2026-02-30".into(),
        };
        assert!((ES.problem)(&bad_date).starts_with("«2026-02-30» no es una fecha válida"));
        assert!((AR.problem)(&bad_date).starts_with("«\u{2068}2026-02-30\u{2069}» ليس تاريخًا"));
        let syntax = Error::Syntax {
            line: 3,
            column: 7,
            message: "expected value".into(),
        };
        assert_eq!(
            ES.problems(&syntax)[0].1,
            "los datos de la ficha no son JSON válido (línea 3, columna 7)"
        );
        assert_eq!(
            AR.problems(&syntax)[0].1,
            "بيانات البطاقة ليست بصيغة JSON صحيحة (السطر 3، العمود 7)"
        );
    }

    #[test]
    fn arabic_seconds_agree_with_the_number() {
        let within = |millis| {
            (AR.load_failure)(&LoadFailure::Timeout {
                url: "u".into(),
                millis,
            })
        };
        assert!(within(1000).ends_with("خلال ثانية واحدة"));
        assert!(within(2000).ends_with("خلال ثانيتين"));
        assert!(within(5000).ends_with("خلال 5 ثوانٍ"));
        assert!(within(15_000).ends_with("خلال 15 ثانية"));
    }

    #[test]
    fn hosts_can_reword_the_document_level_messages() {
        let table = super::super::customised(&ES, r#"{"error_load": "Sin datos ({reason})"}"#);
        let message = &table.problems(&Error::Load(LoadFailure::NoData))[0].1;
        assert!(
            message.starts_with("Sin datos (no se han proporcionado datos para la ficha"),
            "{message}"
        );
    }
}
