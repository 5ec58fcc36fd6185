//! Native: FHIR R5 export and import (issue 17). Round trips keep every field FHIR carries;
//! hostile and malformed bundles are errors, never panics; a bundle not written by medcard
//! (examples of the FHIR specification) imports. `make test-fhir` checks the exported bundles
//! with an independent implementation (fhir.resources).
#![cfg(all(not(target_arch = "wasm32"), feature = "fhir"))]

use medcard::fhir::{export_bundle, import_bundle, ImportProblem};
use medcard::model::{Card, UseStatus};
use medcard::{parse_card, Options};
use serde_json::{json, Value};

const SAMPLES: [&str; 4] = [
    include_str!("../www/examples/mirtazapine.json"),
    include_str!("../www/examples/gabapentin.json"),
    include_str!("../www/examples/gabapentin.es.json"),
    include_str!("../www/examples/gabapentin.ar.json"),
];

fn card(text: &str) -> Card {
    parse_card(text, &Options::default()).expect("card").card
}

/// The card without what FHIR cannot carry (docs/fhir.md, "What FHIR does not carry").
fn carried(card: &Card) -> Card {
    let mut card = card.clone();
    card.summary = None;
    card.key_facts.clear();
    card.how_it_works = None;
    card.benefits.clear();
    card.get_help.clear();
    card.dosage = None;
    card.related.clear();
    card.reviewed = None;
    card.attribution = None;
    card.disclaimer = None;
    card.translation_of = None;
    if let Some(effects) = &mut card.side_effects {
        effects.note = None;
    }
    card
}

fn round_trip(original: &Card) -> Card {
    let bundle = serde_json::to_string(&export_bundle(original)).expect("JSON");
    let imported = import_bundle(&bundle).expect("our own bundle imports");
    // Warnings about the draft card itself ("card …": say, no get-help callout, which FHIR does
    // not carry) are the validator's; every FHIR element must have been mapped.
    let unmapped: Vec<_> = imported
        .warnings
        .iter()
        .filter(|warning| !warning.path.starts_with("card "))
        .collect();
    assert!(
        unmapped.is_empty(),
        "our own bundle maps completely: {unmapped:?}"
    );
    imported.card
}

#[test]
fn samples_round_trip_every_field_fhir_carries() {
    for text in SAMPLES {
        let original = card(text);
        assert_eq!(round_trip(&original), carried(&original));
    }
}

#[test]
fn every_carried_field_round_trips() {
    let every = card(include_str!("fixtures/fhir/every-carried-field.json"));
    assert_eq!(round_trip(&every), carried(&every));
}

#[test]
fn a_not_recommended_use_is_a_warning_never_an_indication() {
    let bundle = export_bundle(&card(SAMPLES[0]));
    let resources: Vec<&Value> = bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .collect();
    let about_rls: Vec<&&Value> = resources
        .iter()
        .filter(|r| r.to_string().contains("Restless legs syndrome"))
        .collect();
    assert!(!about_rls.is_empty());
    for resource in about_rls {
        assert_ne!(resource["type"], "indication", "{resource}");
    }
    let indications = resources
        .iter()
        .filter(|r| r["type"] == "indication")
        .count();
    assert_eq!(indications, 1, "only the approved use of mirtazapine");
    let back = round_trip(&card(SAMPLES[0]));
    assert_eq!(back.uses[1].status, Some(UseStatus::NotRecommended));
}

#[test]
fn an_import_is_a_draft_never_reviewed() {
    let original = card(SAMPLES[1]);
    assert!(original.reviewed.is_some());
    assert_eq!(round_trip(&original).reviewed, None);
}

#[test]
fn a_bundle_from_the_fhir_specification_imports_with_warnings_for_what_is_not_mapped() {
    let imported = import_bundle(include_str!("fixtures/fhir/hl7-r5-examples.bundle.json"))
        .expect("the HL7 examples import");
    let card = imported.card;
    assert_eq!(
        card.medication.name,
        "Vancomycin Hydrochloride (VANCOMYCIN HYDROCHLORIDE)"
    );
    assert_eq!(card.medication.codes[0].code, "0409-6531-02");
    assert_eq!(card.medication.forms, ["Oral Dose Form (qualifier value)"]);
    let effect = &card.side_effects.as_ref().expect("side effects").common[0];
    assert_eq!(
        (effect.name.as_str(), effect.frequency.as_deref()),
        ("Anaemia", Some("Common"))
    );
    let paths: Vec<&str> = imported.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "Bundle.entry[1].resource.undesirableEffect.classification",
            "Bundle.entry[1].resource"
        ]
    );
}

fn problem(bundle: &str) -> (String, ImportProblem) {
    let error = import_bundle(bundle).expect_err("refused");
    assert!(!error.to_string().is_empty());
    (error.path, error.problem)
}

#[test]
fn malformed_bundles_are_errors_with_a_path() {
    let medication = json!({ "resourceType": "MedicationKnowledge", "code": { "text": "X" } });
    let bundle = |entries: Value| {
        json!({ "resourceType": "Bundle", "type": "collection", "entry": entries }).to_string()
    };
    let cases: Vec<(String, &str)> = vec![
        ("not json".into(), ""),
        ("[]".into(), "Bundle"),
        (json!({ "resourceType": "Patient" }).to_string(), "Bundle"),
        (
            json!({ "resourceType": "Bundle" }).to_string(),
            "Bundle.type",
        ),
        (
            json!({ "resourceType": "Bundle", "type": "pile" }).to_string(),
            "Bundle.type",
        ),
        (
            json!({ "resourceType": "Bundle", "type": "collection", "entry": {} }).to_string(),
            "Bundle.entry",
        ),
        (bundle(json!([])), "Bundle.entry"),
        (
            bundle(json!([{ "fullUrl": "urn:x" }])),
            "Bundle.entry[0].resource",
        ),
        (
            bundle(json!([{ "resource": { "code": {} } }])),
            "Bundle.entry[0].resource.resourceType",
        ),
        (
            bundle(json!([{ "resource": medication }, { "resource": medication }])),
            "Bundle.entry",
        ),
        (
            bundle(json!([{ "resource": { "resourceType": "MedicationKnowledge" } }])),
            "Bundle.entry[0].resource",
        ),
        (
            bundle(json!([{ "resource": { "resourceType": "MedicationKnowledge", "name": "X" } }])),
            "Bundle.entry[0].resource.name",
        ),
        (
            bundle(
                json!([{ "resource": medication }, { "resource": { "resourceType": "ClinicalUseDefinition" } }]),
            ),
            "Bundle.entry[1].resource.type",
        ),
        (
            bundle(
                json!([{ "resource": medication }, { "resource": { "resourceType": "ClinicalUseDefinition", "type": "maybe" } }]),
            ),
            "Bundle.entry[1].resource.type",
        ),
        (
            bundle(
                json!([{ "resource": medication }, { "resource": { "resourceType": "ClinicalUseDefinition", "type": "indication" } }]),
            ),
            "Bundle.entry[1].resource.indication",
        ),
        (
            bundle(
                json!([{ "resource": medication }, { "resource": { "resourceType": "ClinicalUseDefinition", "type": "warning", "warning": { "description": 5 } } }]),
            ),
            "Bundle.entry[1].resource.warning.description",
        ),
        (
            bundle(
                json!([{ "resource": { "resourceType": "MedicationKnowledge", "code": { "text": "x".repeat(6000) } } }]),
            ),
            "Bundle",
        ),
    ];
    for (text, path) in cases {
        let (found, _) = problem(&text);
        assert_eq!(found, path, "{text:.200}");
    }
}

/// A field the card needs that the bundle does not have, or a code of medcard's own systems that
/// is not one of the card's words, is an error at the FHIR element where it belongs (not at the
/// card field it would have become).
#[test]
fn a_missing_or_wrong_card_field_is_an_error_at_its_fhir_path() {
    let medication = json!({ "resourceType": "MedicationKnowledge", "code": { "text": "X" } });
    let with = |resource: Value| {
        json!({ "resourceType": "Bundle", "type": "collection", "entry": [
            { "resource": medication }, { "resource": resource }
        ]})
        .to_string()
    };
    let clinical = |kind: &str, body: Value| {
        let key = if kind == "undesirable-effect" {
            "undesirableEffect"
        } else {
            kind
        };
        with(json!({ "resourceType": "ClinicalUseDefinition", "type": kind, key: body }))
    };
    let status = |code: &str| {
        json!([{ "coding": [{
            "system": "https://github.com/medcard/medcard/fhir/CodeSystem/use-status", "code": code
        }] }])
    };
    let entry = "Bundle.entry[1].resource";
    let missing = [
        (
            clinical("indication", json!({})),
            ".indication.diseaseSymptomProcedure",
        ),
        (
            clinical("contraindication", json!({})),
            ".contraindication.diseaseSymptomProcedure",
        ),
        (clinical("interaction", json!({})), ".interaction.effect"),
        (
            clinical("undesirable-effect", json!({})),
            ".undesirableEffect.symptomConditionEffect",
        ),
        (clinical("warning", json!({})), ".warning.description"),
        (
            with(
                json!({ "resourceType": "ClinicalUseDefinition", "type": "warning",
                "category": status("approved"), "warning": { "description": "D" } }),
            ),
            ".warning.code",
        ),
    ];
    for (text, path) in missing {
        assert_eq!(
            problem(&text),
            (format!("{entry}{path}"), ImportProblem::Missing)
        );
    }
    let (path, wrong) = problem(&with(json!({ "resourceType": "ClinicalUseDefinition",
        "type": "indication", "category": status("maybe"),
        "indication": { "diseaseSymptomProcedure": { "concept": { "text": "Pain" } } } })));
    assert_eq!(path, format!("{entry}.category"));
    assert!(matches!(wrong, ImportProblem::NotAllowed { found, .. } if found == "maybe"));
    let (path, _) = problem(&with(json!({ "resourceType": "Citation", "title": "T",
        "citedArtifact": { "dateAccessed": "2024-02-30" } })));
    assert_eq!(path, format!("{entry}.citedArtifact.dateAccessed"));
}

/// The import warns about the members it did not read, at any depth and in document order, and
/// not about the members it knows carry nothing for the card (`status`, `subject`, `language`).
#[test]
fn unread_members_are_warnings_at_their_path() {
    let text = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "resource": { "resourceType": "MedicationKnowledge", "status": "active", "extra": 1,
            "code": { "text": "X", "coding": [{ "system": "http://snomed.info/sct",
                "code": "372720008", "userSelected": true, "extra": 2 }] } } },
        { "resource": { "resourceType": "ClinicalUseDefinition", "type": "interaction",
            "status": { "text": "active" }, "subject": [], "extra": 3,
            "interaction": { "effect": { "concept": { "text": "Drowsiness" } },
                "interactant": [{ "itemCodeableConcept": { "text": "Alcohol" }, "extra": 4 }] } } },
        { "resource": { "resourceType": "Citation", "title": "T", "status": "active",
            "citedArtifact": { "webLocation": [{ "url": "https://example.org", "extra": 5 }] } } }
    ]})
    .to_string();
    let imported = import_bundle(&text).expect("imports");
    let paths: Vec<&str> = imported.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "Bundle.entry[0].resource.extra",
            "Bundle.entry[0].resource.code.coding[0].extra",
            "Bundle.entry[1].resource.extra",
            "Bundle.entry[1].resource.interaction.interactant[0].extra",
            "Bundle.entry[2].resource.citedArtifact.webLocation[0].extra",
        ]
    );
}

#[test]
fn hostile_input_is_an_error_not_a_panic() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(problem(&deep).1, ImportProblem::Syntax { .. }));
    let huge = " ".repeat(5 * 1024 * 1024);
    assert!(matches!(problem(&huge).1, ImportProblem::TooLarge { .. }));
    let repeated = r#"{ "resourceType": "Bundle", "resourceType": "Bundle" }"#;
    assert!(matches!(problem(repeated).1, ImportProblem::Syntax { .. }));
    // A deeply nested element inside a resource: unmapped, reported, no recursion trouble.
    let mut nested = json!("end");
    for _ in 0..100 {
        nested = json!({ "a": nested });
    }
    let text = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "resource": { "resourceType": "MedicationKnowledge", "code": { "text": "X" }, "cost": nested } },
        { "resource": { "resourceType": "Patient", "name": [{ "text": "Somebody" }] } }
    ]})
    .to_string();
    let imported = import_bundle(&text).expect("imports");
    let paths: Vec<&str> = imported.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(
        paths,
        ["Bundle.entry[0].resource.cost", "Bundle.entry[1].resource"]
    );
    // Codes that are not valid in the card are left out with a warning, never imported.
    let text = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "resource": { "resourceType": "MedicationKnowledge", "code": { "text": "X", "coding": [
            { "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "RX1" },
            { "system": "http://www.whocc.no/atc", "code": "N06AX11" }
        ] } } }
    ]})
    .to_string();
    let imported = import_bundle(&text).expect("imports");
    assert_eq!(imported.card.medication.codes.len(), 1);
    assert_eq!(
        imported.warnings[0].path,
        "Bundle.entry[0].resource.code.coding[0]"
    );
}

#[test]
fn exports_are_reproducible() {
    let original = card(SAMPLES[0]);
    assert_eq!(export_bundle(&original), export_bundle(&original));
}

/// The commands: output only on success, to standard output or `-o FILE`; exit codes.
#[cfg(feature = "cli")]
mod cli {
    use std::process::Command;

    fn medcard(args: &[&str]) -> (i32, String, String) {
        let output = Command::new(env!("CARGO_BIN_EXE_medcard"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("medcard runs");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into(),
            String::from_utf8_lossy(&output.stderr).into(),
        )
    }

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("medcard-fhir-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir.join(name)
    }

    #[test]
    fn export_then_import_through_files() {
        let bundle = scratch("gabapentin.bundle.json");
        let bundle_path = bundle.to_str().expect("path");
        let (code, stdout, _) = medcard(&[
            "export",
            "--fhir",
            "-o",
            bundle_path,
            "www/examples/gabapentin.json",
        ]);
        assert_eq!((code, stdout.as_str()), (0, ""));
        let (code, stdout, stderr) = medcard(&["import", "--fhir", bundle_path]);
        assert_eq!(code, 0, "{stderr}");
        assert!(stderr.contains("not marked reviewed"), "{stderr}");
        let card: serde_json::Value = serde_json::from_str(&stdout).expect("a card");
        assert_eq!(card["medication"]["codes"][0]["code"], "25480");
        assert!(card.get("reviewed").is_none());
    }

    #[test]
    fn a_bad_bundle_writes_nothing() {
        let bad = scratch("bad.json");
        std::fs::write(&bad, r#"{ "resourceType": "Patient" }"#).expect("write");
        let out = scratch("never-written.json");
        let (code, stdout, stderr) = medcard(&[
            "import",
            "--fhir",
            "-o",
            out.to_str().expect("path"),
            bad.to_str().expect("path"),
        ]);
        assert_eq!(code, 1);
        assert_eq!(stdout, "");
        assert!(
            stderr.contains("should be a Bundle, but is Patient"),
            "{stderr}"
        );
        assert!(!out.exists());
        let (code, _, stderr) = medcard(&["import", "bundle.json"]);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("--fhir"), "{stderr}");
        let (code, stdout, _) =
            medcard(&["export", "--fhir", "tests/fixtures/invalid/bad-codes.json"]);
        assert_eq!((code, stdout.as_str()), (1, ""));
    }

    #[test]
    fn import_warnings_name_their_fhir_paths() {
        let (code, _, stderr) = medcard(&[
            "import",
            "--fhir",
            "tests/fixtures/fhir/hl7-r5-examples.bundle.json",
        ]);
        assert_eq!(code, 0);
        assert!(stderr.contains(
            "warning: Bundle.entry[1].resource.undesirableEffect.classification: not mapped to the card"
        ), "{stderr}");
    }
}

/// Issue 25: an approved use's regions are a `RegulatedAuthorization` (region: ISO 3166, its
/// indication the use's `ClinicalUseDefinition`); a band is a coding of `frequencyOfOccurrence`
/// beside the text; `via` is a second, classified `webLocation`. All come back on import.
#[test]
fn regions_bands_and_via_are_carried() {
    let every = card(include_str!("fixtures/fhir/every-carried-field.json"));
    let bundle = medcard::fhir::export_bundle(&every);
    let entries = bundle["entry"].as_array().expect("entries");
    let authorizations: Vec<&serde_json::Value> = entries
        .iter()
        .filter(|e| e["resource"]["resourceType"] == "RegulatedAuthorization")
        .collect();
    assert_eq!(authorizations.len(), 1);
    let authorization = &authorizations[0]["resource"];
    assert_eq!(
        authorization["region"][1]["coding"][0]["system"],
        "urn:iso:std:iso:3166"
    );
    assert_eq!(authorization["region"][1]["coding"][0]["code"], "EU");
    let use_url = &authorization["indication"][0]["reference"]["reference"];
    let target = entries
        .iter()
        .find(|e| &e["fullUrl"] == use_url)
        .expect("the use");
    assert_eq!(target["resource"]["type"], "indication");
    let text = bundle.to_string();
    assert!(text.contains(r#""code":"common""#) && text.contains("frequency-band"));
    assert!(text.contains("https://archive.example.org/copy-of-the-source"));
    let back = medcard::fhir::import_bundle(&text).expect("imports").card;
    assert_eq!(back.uses[0].regions, every.uses[0].regions);
    assert_eq!(back.sources[0].via, every.sources[0].via);
    let band = |card: &Card| card.side_effects.as_ref().and_then(|e| e.common[0].band);
    assert_eq!(band(&back), band(&every));
    assert!(band(&back).is_some());
}
