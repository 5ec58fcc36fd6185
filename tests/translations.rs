//! Native: the translated sample cards carry every safety item of the English card they name as
//! their original (issue 15): the same number of key facts, the same warnings, get-help
//! callouts (and signs in each), serious side effects, precautions and dosage, in the same order
//! and structure. A translation that is
//! deliberately shorter must say so to its readers (`translationOf.omitted`); none of the
//! samples is.
#![cfg(not(target_arch = "wasm32"))]

mod native;

use medcard::model::{Card, Dosage};
use medcard::validate::compare_translation;
use medcard::{parse_card, Problem};
use native::{options, GABAPENTIN, GABAPENTIN_AR, GABAPENTIN_ES, MIRTAZAPINE};

fn card(json: &str) -> Card {
    parse_card(json, &options()).expect("a valid card").card
}

/// The shape of a card's safety content: everything but the words.
#[derive(Debug, PartialEq)]
struct SafetyShape {
    /// Key facts translate the original's, one for one.
    key_facts: usize,
    /// Each use's status and where it applies (issue 25): a translation says the same approval.
    uses: Vec<(Option<&'static str>, Vec<String>)>,
    /// Each side effect's frequency band, common then serious.
    bands: Vec<Option<&'static str>>,
    warning_levels: Vec<Option<&'static str>>,
    callouts: Vec<(&'static str, usize)>,
    serious_effects: Vec<(bool, bool)>,
    precaution_kinds: Vec<Option<&'static str>>,
    dosage: Option<DosageShape>,
}

#[derive(Debug, PartialEq)]
struct DosageShape {
    schedules: Vec<[bool; 8]>,
    instructions: usize,
    missed_dose: bool,
    overdose: bool,
    stopping: bool,
}

fn dosage_shape(dosage: &Dosage) -> DosageShape {
    DosageShape {
        schedules: dosage
            .schedules
            .iter()
            .map(|s| {
                [
                    s.population.is_some(),
                    s.indication.is_some(),
                    s.start.is_some(),
                    s.usual.is_some(),
                    s.maximum.is_some(),
                    s.frequency.is_some(),
                    s.timing.is_some(),
                    s.notes.is_some(),
                ]
            })
            .collect(),
        instructions: dosage.instructions.len(),
        missed_dose: dosage.missed_dose.is_some(),
        overdose: dosage.overdose.is_some(),
        stopping: dosage.stopping.is_some(),
    }
}

fn shape(card: &Card) -> SafetyShape {
    SafetyShape {
        key_facts: card.key_facts.len(),
        uses: card
            .uses
            .iter()
            .map(|u| (u.status.map(|s| s.as_str()), u.regions.clone()))
            .collect(),
        bands: card
            .side_effects
            .iter()
            .flat_map(|e| e.common.iter().chain(&e.serious))
            .map(|e| e.band.map(|b| b.as_str()))
            .collect(),
        warning_levels: card
            .warnings
            .iter()
            .map(|w| w.level.map(|l| l.as_str()))
            .collect(),
        callouts: card
            .get_help
            .iter()
            .map(|c| (c.level.as_str(), c.items.len()))
            .collect(),
        serious_effects: card
            .side_effects
            .iter()
            .flat_map(|e| &e.serious)
            .map(|e| (e.detail.is_some(), e.action.is_some()))
            .collect(),
        precaution_kinds: card
            .precautions
            .iter()
            .map(|p| p.kind.map(|k| k.as_str()))
            .collect(),
        dosage: card.dosage.as_ref().map(dosage_shape),
    }
}

#[test]
fn translations_carry_every_safety_item_of_the_english_card() {
    let english = card(GABAPENTIN);
    for (lang, json) in [("es", GABAPENTIN_ES), ("ar", GABAPENTIN_AR)] {
        let translation = card(json);
        assert_eq!(translation.language.as_deref(), Some(lang));
        let of = translation
            .translation_of
            .as_ref()
            .unwrap_or_else(|| panic!("{lang}: names its original"));
        assert_eq!(of.url.as_deref(), Some("gabapentin.json"));
        assert_eq!(of.language.as_deref(), Some("en"));
        assert_eq!(
            of.omitted, None,
            "{lang}: no sample is a shortened translation"
        );
        assert_eq!(shape(&translation), shape(&english), "{lang}");
        // Sources are the English card's, with the same addresses and reading dates.
        let where_read = |card: &Card| -> Vec<_> {
            card.sources
                .iter()
                .map(|s| (s.url.clone(), s.via.clone(), s.accessed))
                .collect()
        };
        assert_eq!(where_read(&translation), where_read(&english), "{lang}");
        // The translation says how it was made and who checked it (docs/authoring.md).
        let attribution = translation.attribution.as_ref().map(|a| a.text.as_str());
        assert!(
            attribution.is_some_and(|text| text.contains("medcard") && text.len() > 200),
            "{lang}: the attribution says who translated it and who checked the safety text"
        );
        assert_eq!(
            compare_translation(&translation, &english),
            Vec::new(),
            "{lang}"
        );
        // Every callout sign and every serious effect is there in words, not just in number.
        for (ours, theirs) in translation.get_help.iter().zip(&english.get_help) {
            assert!(ours.items.iter().all(|item| !item.trim().is_empty()));
            assert_eq!(ours.items.len(), theirs.items.len());
        }
    }
}

/// The comparison names each shorter list; a translation that says what it leaves out is not
/// warned about, because its readers are told.
#[test]
fn a_shorter_translation_is_named_unless_it_says_so() {
    let english = card(MIRTAZAPINE);
    let spanish = card(GABAPENTIN_ES);
    let issues = compare_translation(&spanish, &english);
    let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "getHelp[1].items",
            "sideEffects.serious",
            "precautions",
            "dosage.instructions",
        ]
    );
    assert_eq!(
        issues[2].problem,
        Problem::ShorterThanOriginal {
            found: spanish.precautions.len(),
            original: english.precautions.len()
        }
    );

    let mut declared = spanish.clone();
    if let Some(of) = declared.translation_of.as_mut() {
        of.omitted = Some("Versión resumida: faltan elementos de seguridad.".into());
    }
    assert!(compare_translation(&declared, &english).is_empty());
}
