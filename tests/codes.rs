//! Native: coded identifiers in cards (issue 17): every bad code is an error at its JSON path
//! with a plain message, the samples carry real codes, and the JSON-LD names them.
#![cfg(not(target_arch = "wasm32"))]

use medcard::{parse_card, Error, Options};

fn errors(json: &str) -> Vec<(String, String)> {
    match parse_card(json, &Options::default()) {
        Err(Error::Invalid { errors, .. }) => errors
            .iter()
            .map(|issue| (issue.path.clone(), issue.problem.to_string()))
            .collect(),
        other => panic!("expected invalid data, got {other:?}"),
    }
}

#[test]
fn every_bad_code_is_an_error_at_its_path() {
    let text = include_str!("fixtures/invalid/bad-codes.json");
    let found = errors(text);
    let paths: Vec<&str> = found.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "medication.codes[0].code",
            "medication.codes[1].code",
            "medication.codes[2].system",
            "uses[0].codes[0].code",
            "sideEffects.serious[0].codes[0].code",
            "precautions[0].codes[0].code",
        ]
    );
    assert_eq!(
        found[0].1,
        "\"RX15996\" is not a valid RxNorm code: an RxNorm code (RXCUI) is digits only, such as 15996"
    );
    assert!(found[2].1.contains("absolute URI"), "{}", found[2].1);
    assert!(found[3].1.contains("SNOMED CT"), "{}", found[3].1);
    assert!(found[4].1.contains("NDC"), "{}", found[4].1);
    assert!(found[5].1.contains("dm+d"), "{}", found[5].1);
}

#[test]
fn codes_need_a_system_and_a_code() {
    let found = errors(
        r#"{ "schemaVersion": 1, "medication": { "name": "X", "codes": [{ "code": "1" }, { "system": "https://example.org", "code": " " }, "N06AX11"] } }"#,
    );
    let paths: Vec<&str> = found.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "medication.codes[0].system",
            "medication.codes[1].code",
            "medication.codes[2]"
        ]
    );
}

#[test]
fn the_samples_carry_rxnorm_and_atc_codes() {
    for (text, rxcui, atc) in [
        (
            include_str!("../www/examples/mirtazapine.json"),
            "15996",
            "N06AX11",
        ),
        (
            include_str!("../www/examples/gabapentin.json"),
            "25480",
            "N03AX12",
        ),
        (
            include_str!("../www/examples/gabapentin.es.json"),
            "25480",
            "N03AX12",
        ),
        (
            include_str!("../www/examples/gabapentin.ar.json"),
            "25480",
            "N03AX12",
        ),
    ] {
        let card = parse_card(text, &Options::default()).expect("sample").card;
        let codes: Vec<(&str, &str)> = card
            .medication
            .codes
            .iter()
            .map(|c| (c.system.as_str(), c.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            [
                ("http://www.nlm.nih.gov/research/umls/rxnorm", rxcui),
                ("http://www.whocc.no/atc", atc)
            ]
        );
    }
}

#[cfg(feature = "ssr")]
#[test]
fn json_ld_names_the_codes_and_the_rxcui() {
    let text = include_str!("../www/examples/mirtazapine.json");
    let card = parse_card(text, &Options::default()).expect("sample").card;
    let drug = medcard::static_html::drug_json_ld(&card);
    assert_eq!(drug["rxcui"], "15996");
    assert_eq!(
        drug["code"],
        serde_json::json!([
            { "@type": "MedicalCode", "codeValue": "15996", "codingSystem": "RxNorm" },
            { "@type": "MedicalCode", "codeValue": "N06AX11", "codingSystem": "ATC" }
        ])
    );
}
