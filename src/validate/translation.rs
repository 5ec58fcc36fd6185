//! A translation against its original card: every safety list at least as long, every safety text
//! there. Only `medcard validate` can call this (it reads the original from a file); the widget
//! and the playground see one card and cannot compare.

use super::Checked;
use crate::error::{Issue, Problem};
use crate::model::Card;

/// Warnings where `translation` carries less safety content than `original`: a shorter list of
/// warnings, get-help callouts (or signs in one), serious side effects, precautions, dose
/// schedules or instructions, or a missed-dose, overdose or stopping text left out. None when
/// the translation says what it leaves out (`translationOf.omitted`), which readers see.
pub fn compare_translation(translation: &Card, original: &Card) -> Vec<Issue> {
    let declared = translation
        .translation_of
        .as_ref()
        .is_some_and(|of| of.omitted.is_some());
    if declared {
        return Vec::new();
    }
    let mut issues = Vec::new();
    let mut list = |path: String, found: usize, original: usize| {
        if found < original {
            issues.push(Issue {
                path,
                problem: Problem::ShorterThanOriginal { found, original },
            });
        }
    };
    list(
        "warnings".into(),
        translation.warnings.len(),
        original.warnings.len(),
    );
    list(
        "getHelp".into(),
        translation.get_help.len(),
        original.get_help.len(),
    );
    for (i, (ours, theirs)) in translation
        .get_help
        .iter()
        .zip(&original.get_help)
        .enumerate()
    {
        list(
            format!("getHelp[{i}].items"),
            ours.items.len(),
            theirs.items.len(),
        );
    }
    let serious = |card: &Card| card.side_effects.as_ref().map_or(0, |e| e.serious.len());
    list(
        "sideEffects.serious".into(),
        serious(translation),
        serious(original),
    );
    list(
        "precautions".into(),
        translation.precautions.len(),
        original.precautions.len(),
    );
    if let Some(theirs) = &original.dosage {
        match &translation.dosage {
            None => issues.push(Issue {
                path: "dosage".into(),
                problem: Problem::LeftOutOfTranslation,
            }),
            Some(ours) => {
                let schedules = (ours.schedules.len(), theirs.schedules.len());
                if schedules.0 < schedules.1 {
                    issues.push(Issue {
                        path: "dosage.schedules".into(),
                        problem: Problem::ShorterThanOriginal {
                            found: schedules.0,
                            original: schedules.1,
                        },
                    });
                }
                let instructions = (ours.instructions.len(), theirs.instructions.len());
                if instructions.0 < instructions.1 {
                    issues.push(Issue {
                        path: "dosage.instructions".into(),
                        problem: Problem::ShorterThanOriginal {
                            found: instructions.0,
                            original: instructions.1,
                        },
                    });
                }
                let texts = [
                    ("missedDose", &ours.missed_dose, &theirs.missed_dose),
                    ("overdose", &ours.overdose, &theirs.overdose),
                    ("stopping", &ours.stopping, &theirs.stopping),
                ];
                for (key, ours, theirs) in texts {
                    if ours.is_none() && theirs.is_some() {
                        issues.push(Issue {
                            path: format!("dosage.{key}"),
                            problem: Problem::LeftOutOfTranslation,
                        });
                    }
                }
            }
        }
    }
    issues
}

/// [`compare_translation`]'s warnings added to a checked card's.
pub fn compare_with_original(checked: &mut Checked, original: &Card) {
    let issues = compare_translation(&checked.card, original);
    checked.warnings.extend(issues);
}
