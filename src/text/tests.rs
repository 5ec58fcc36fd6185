//! Tests of the tables: every key in every language, plurals, dates, host overrides.

use super::*;

#[test]
fn unknown_languages_fall_back_to_english() {
    assert_eq!(ui_text(Some("xx-YY")).lang, "en");
    assert_eq!(ui_text(None).lang, "en");
    assert_eq!(ui_text(Some("EN-gb")).lang, "en");
    assert_eq!(ui_text(Some("es-MX")).lang, "es");
    assert_eq!(ui_text(Some("ar_EG")).lang, "ar");
    assert_eq!(ui_text(Some("ar")).dir, "rtl");
}

#[test]
fn counts_use_each_languages_plural_forms() {
    assert_eq!(
        EN.effect_counts(4, 3),
        "3 serious side effects, 4 common side effects"
    );
    assert_eq!(
        EN.effect_counts(1, 1),
        "1 serious side effect, 1 common side effect"
    );
    assert_eq!(EN.effect_counts(0, 1), "1 serious side effect");
    assert_eq!(EN.effect_counts(0, 0), "none listed");
    assert_eq!(ES.effect_counts(0, 1), "1 efecto secundario grave");
    assert_eq!(
        ES.effect_counts(4, 3),
        "3 efectos secundarios graves y 4 efectos secundarios frecuentes"
    );
    assert_eq!(AR.effect_counts(0, 1), "عرض جانبي خطير واحد");
    assert_eq!(AR.effect_counts(2, 0), "عرضان جانبيان شائعان");
    assert_eq!(AR.effect_counts(0, 3), "3 أعراض جانبية خطيرة");
    assert_eq!(AR.effect_counts(11, 0), "11 عرضًا جانبيًا شائعًا");
    assert_eq!(AR.effect_counts(0, 100), "100 عرض جانبي خطير");
    assert_eq!(AR.effect_counts(0, 103), "103 أعراض جانبية خطيرة");
}

#[test]
fn dates_are_written_per_language() {
    let date = Date::new(2026, 11, 1).unwrap();
    assert_eq!(EN.date(date), "1 November 2026");
    assert_eq!(ES.date(date), "1 de noviembre de 2026");
    assert_eq!(AR.date(date), "1 نوفمبر 2026");
}

#[test]
fn word_tables_follow_enum_order() {
    assert_eq!(EN.use_status(UseStatus::NotRecommended), "Not recommended");
    assert_eq!(
        EN.precaution_kind(PrecautionKind::Other),
        "Other precautions"
    );
    assert_eq!(EN.callout_level(CalloutLevel::Emergency), "Emergency");
    assert_eq!(ES.use_status(UseStatus::OffLabel), "Fuera de indicación");
    assert_eq!(AR.callout_level(CalloutLevel::Urgent), "عاجل");
}

/// Strings a translation may legitimately share with English.
const SAME_AS_ENGLISH: &[&str] = &["list_separator", "date_pattern"];

/// Fails when a table misses a key: left blank, or left in English (a copy of the English
/// table with a few strings changed is the usual way a key goes missing).
#[test]
fn every_language_table_has_every_key_translated() {
    let english = EN.entries();
    assert_eq!(english.len(), 109, "every string of UiText has a key");
    for table in LANGUAGES {
        let entries = table.entries();
        let keys: Vec<&String> = entries.iter().map(|(key, _)| key).collect();
        let english_keys: Vec<&String> = english.iter().map(|(key, _)| key).collect();
        assert_eq!(keys, english_keys, "{}: keys differ", table.lang);
        for ((key, text), (_, english_text)) in entries.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{}: {key} is blank", table.lang);
            if table.lang != "en" && !SAME_AS_ENGLISH.contains(&key.as_str()) {
                assert_ne!(text, english_text, "{}: {key} is still English", table.lang);
            }
        }
        for forms in [&table.common_count, &table.serious_count] {
            for category in [Plural::Few, Plural::Many, Plural::Other] {
                let form = &forms[category as usize];
                assert!(form.contains("{n}"), "{}: {form} lacks {{n}}", table.lang);
            }
        }
        for part in ["{day}", "{month}", "{year}"] {
            assert!(table.date_pattern.contains(part), "{}: {part}", table.lang);
        }
        for (pattern, parts) in [
            (
                &table.error_position,
                &["{problem}", "{line}", "{column}"][..],
            ),
            (&table.error_too_large, &["{bytes}", "{limit}"]),
            (&table.error_load, &["{reason}"]),
        ] {
            for part in parts {
                assert!(
                    pattern.contains(part),
                    "{}: {pattern} lacks {part}",
                    table.lang
                );
            }
        }
        assert!(["ltr", "rtl"].contains(&table.dir), "{}: dir", table.lang);
    }
}

#[test]
fn keys_are_unique_and_name_every_group_member() {
    let entries = EN.entries();
    let keys: std::collections::BTreeSet<&str> =
        entries.iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(keys.len(), entries.len());
    for key in [
        "use_status.off-label",
        "serious_count.one",
        "months.november",
    ] {
        assert!(keys.contains(key), "{key} missing from {keys:?}");
    }
}

#[test]
fn hosts_can_replace_any_string() {
    let overrides = r#"{"side_effects": "Efectos adversos", "serious_count.one": "{n} efecto grave",
            "nonsense": "ignored", "uses": "  ", "sources": 3}"#;
    let table = customised(&ES, overrides);
    assert_eq!(table.side_effects, "Efectos adversos");
    assert_eq!(table.effect_counts(0, 1), "1 efecto grave");
    assert_eq!(table.uses, ES.uses, "blank text is ignored");
    assert_eq!(table.sources, ES.sources, "non-text values are ignored");
    assert_eq!(table.lang, "es");
    let again = customised(&ES, overrides);
    assert!(table.same(&again), "the same overrides share one table");
    assert!(!table.same(&customised(&EN, overrides)), "per language");
    assert!(customised(&EN, "not json").same(&Words::from(&EN)));
    assert!(customised(&EN, r#"{"nonsense": "x"}"#).same(&Words::from(&EN)));
}

/// Hosts may set any number of distinct `strings` on a page: each one applies, and a table is
/// freed (with the cache's entry for it) once no card uses it.
#[test]
fn any_number_of_customised_tables_apply_and_none_is_kept_after_use() {
    let overrides = |n: usize| format!(r#"{{"side_effects": "Effects {n}"}}"#);
    let live: Vec<Words> = (0..200).map(|n| customised(&EN, &overrides(n))).collect();
    for (n, table) in live.iter().enumerate() {
        assert_eq!(
            table.side_effects,
            format!("Effects {n}").as_str(),
            "table {n}"
        );
    }
    assert!(
        live[7].same(&customised(&EN, &overrides(7))),
        "live tables are shared"
    );
    let Shared::Custom(first) = &live[0].0 else {
        panic!("a customised table is reference-counted");
    };
    let first = Rc::downgrade(first);
    drop(live);
    assert!(first.upgrade().is_none(), "a table no card uses is freed");
    let last = customised(&EN, &overrides(200));
    assert_eq!(last.side_effects, "Effects 200");
    assert_eq!(customised_cached(), 1, "dropped tables leave the cache");
}

/// `table`'s words file as if it were another language's (`lang`), which is not compiled in.
fn words_file_as(table: &UiText, lang: &str) -> String {
    let file = words_file(table);
    let tagged = format!("\"lang\":\"{}\"", table.lang);
    assert!(file.contains(&tagged), "{file}");
    file.replacen(&tagged, &format!("\"lang\":\"{lang}\""), 1)
}

#[test]
fn a_words_file_gives_back_the_whole_table_with_its_direction_and_plurals() {
    let added = add_language(&words_file_as(&AR, "zz")).expect("a words file");
    assert_eq!(added.entries(), AR.entries());
    assert_eq!(added.dir, "rtl");
    // Arabic's six plural categories survive the file: the rule is named, not copied.
    for n in 0..=1000 {
        assert_eq!((added.plural)(n), (AR.plural)(n), "{n}");
    }
    assert_eq!(added.effect_counts(0, 3), AR.effect_counts(0, 3));
    assert_eq!(added.effect_counts(11, 2), AR.effect_counts(11, 2));
    // The card finds it by its tag from now on, and a host's strings apply on top.
    assert!(std::ptr::eq(ui_text(Some("zz-EG")), added));
    let custom = customised(added, r#"{"side_effects": "Other words"}"#);
    assert_eq!(custom.side_effects, "Other words");
    assert_eq!(custom.uses, AR.uses);
    let spanish = add_language(&words_file_as(&ES, "zy")).expect("a words file");
    assert_eq!(spanish.entries(), ES.entries());
    assert_eq!(spanish.dir, "ltr");
    assert_eq!(spanish.effect_counts(4, 1), ES.effect_counts(4, 1));
}

#[test]
fn an_added_language_writes_every_error_message_as_its_functions_do() {
    use super::problem::tests::{every_load_failure, every_problem};
    use crate::error::{LoadFailure, Problem};
    let mut problems = every_problem();
    problems.extend([
        Problem::NotAllowed {
            found: "x".into(),
            allowed: &["one"],
        },
        Problem::HiddenCharacters { count: 12 },
        Problem::BadDate {
            found: "2026-02-30 {found}".into(),
        },
    ]);
    let mut failures = every_load_failure();
    for millis in [
        0, 1, 1500, 2000, 10_000, 11_000, 99_000, 100_000, 102_000, 103_000,
    ] {
        failures.push(LoadFailure::Timeout {
            url: "https://example.org/card.json".into(),
            millis,
        });
    }
    for (table, lang) in [(&ES, "zv"), (&AR, "zu")] {
        let added = add_language(&words_file_as(table, lang)).expect("a words file");
        for problem in &problems {
            let message = added.problem_message(problem);
            // A readability score has no template: English, as the file's language cannot word it.
            let expected = match messages::problem_case(problem, added.plural) {
                Some(_) => (table.problem)(problem),
                None => (EN.problem)(problem),
            };
            assert_eq!(message, expected, "{lang}: {problem:?}");
        }
        for failure in &failures {
            let message = added.load_failure_message(failure);
            assert_eq!(
                message,
                (table.load_failure)(failure),
                "{lang}: {failure:?}"
            );
        }
    }
}

#[test]
fn a_words_file_that_is_wrong_or_names_a_known_language_is_refused() {
    assert_eq!(add_language("[]").err(), Some(WordsError::NotAnObject));
    let arabic = words_file_as(&AR, "zx");
    let cases = [
        (
            arabic.replace("\"dir\":\"rtl\"", "\"dir\":\"up\""),
            WordsError::Field("dir"),
        ),
        (
            arabic.replace("\"plural\":\"arabic\"", "\"plural\":\"welsh\""),
            WordsError::Field("plural"),
        ),
        (
            arabic.replace("\"lang\":\"zx\"", "\"lang\":\"Z1\""),
            WordsError::Field("lang"),
        ),
        (words_file(&ES), WordsError::Known("es".into())),
        (words_file(&EN), WordsError::Known("en".into())),
    ];
    for (file, expected) in cases {
        assert_eq!(add_language(&file).err(), Some(expected));
    }
    assert_eq!(ui_text(Some("zx")).lang, "en");
}

#[test]
fn a_words_file_lacking_keys_keeps_english_for_them() {
    let file = r#"{"lang":"zw","dir":"ltr","plural":"one-other","words":{"uses":"Usos"}}"#;
    let added = add_language(file).expect("a words file");
    assert_eq!(added.uses, "Usos");
    assert_eq!(added.sources, EN.sources);
}
