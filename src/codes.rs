//! Coded identifiers: a card can name its medicine, uses, side effects and precautions in the
//! drug and clinical terminologies health systems use (RxNorm, SNOMED CT, ATC, NDC, dm+d).
//!
//! Core (serde + std only) and in the widget's validation path, so the checks are a few
//! byte loops and two small tables, not regular expressions.

use serde::Serialize;

/// One code: `{ system, code, display? }`, as in a FHIR `Coding`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Code {
    /// The code system's canonical URI, such as `http://snomed.info/sct`; an absolute URI.
    pub system: String,
    /// The code in that system, such as `15996`; its format is checked for the known systems.
    pub code: String,
    /// What the code means, in words (not shown to readers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// A code system whose code format the validator checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeSystem {
    /// RxNorm concept identifiers (RXCUI): digits.
    RxNorm,
    /// SNOMED CT concept identifiers: 6–18 digits, partition 00 or 10, Verhoeff check digit.
    SnomedCt,
    /// WHO ATC codes at any of the five levels: `N`, `N06`, `N06A`, `N06AX`, `N06AX11`.
    Atc,
    /// US National Drug Codes: 10 digits with hyphens (4-4-2, 5-3-2, 5-4-1) or 11 digits
    /// (5-4-2, plain or with hyphens).
    Ndc,
    /// NHS dictionary of medicines and devices: SNOMED CT-style identifiers.
    Dmd,
}

impl CodeSystem {
    /// Every known system.
    pub const ALL: &'static [CodeSystem] = &[
        CodeSystem::RxNorm,
        CodeSystem::SnomedCt,
        CodeSystem::Atc,
        CodeSystem::Ndc,
        CodeSystem::Dmd,
    ];

    /// The canonical URI, as FHIR writes it.
    pub fn uri(self) -> &'static str {
        match self {
            CodeSystem::RxNorm => "http://www.nlm.nih.gov/research/umls/rxnorm",
            CodeSystem::SnomedCt => "http://snomed.info/sct",
            CodeSystem::Atc => "http://www.whocc.no/atc",
            CodeSystem::Ndc => "http://hl7.org/fhir/sid/ndc",
            CodeSystem::Dmd => "https://dmd.nhs.uk",
        }
    }

    /// The system's usual short name.
    pub fn name(self) -> &'static str {
        match self {
            CodeSystem::RxNorm => "RxNorm",
            CodeSystem::SnomedCt => "SNOMED CT",
            CodeSystem::Atc => "ATC",
            CodeSystem::Ndc => "NDC",
            CodeSystem::Dmd => "dm+d",
        }
    }

    /// The known system with this canonical URI (exactly as written).
    pub fn from_uri(uri: &str) -> Option<CodeSystem> {
        CodeSystem::ALL.iter().copied().find(|s| s.uri() == uri)
    }

    /// Whether `code` has this system's format.
    pub fn accepts(self, code: &str) -> bool {
        match self {
            CodeSystem::RxNorm => is_number(code.as_bytes(), 1, 10),
            CodeSystem::SnomedCt | CodeSystem::Dmd => is_sctid(code),
            CodeSystem::Atc => is_atc(code.as_bytes()),
            CodeSystem::Ndc => is_ndc(code.as_bytes()),
        }
    }
}

/// Why a code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// `system` is not an absolute URI.
    BadSystem,
    /// The code does not have the known system's format.
    BadCode(CodeSystem),
}

/// Checks one code: a known system's format, or that an unknown system is an absolute URI.
pub fn check(system: &str, code: &str) -> Result<(), CodeProblem> {
    match CodeSystem::from_uri(system) {
        Some(known) if known.accepts(code) => Ok(()),
        Some(known) => Err(CodeProblem::BadCode(known)),
        None if is_absolute_uri(system) => Ok(()),
        None => Err(CodeProblem::BadSystem),
    }
}

/// An absolute URI (RFC 3986): a scheme (a letter, then letters, digits, `+`, `-`, `.`), a
/// colon and something after it, with no white space or control characters.
pub fn is_absolute_uri(text: &str) -> bool {
    let bytes = text.as_bytes();
    let colon = bytes.iter().position(|&b| b == b':').unwrap_or(0);
    colon > 0
        && colon + 1 < bytes.len()
        && bytes[0].is_ascii_alphabetic()
        && bytes[..colon]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `min..=max` ASCII digits, not starting with 0.
fn is_number(bytes: &[u8], min: usize, max: usize) -> bool {
    (min..=max).contains(&bytes.len()) && bytes[0] != b'0' && bytes.iter().all(u8::is_ascii_digit)
}

/// A SNOMED CT identifier (SCTID) of a concept: 6–18 digits, no leading zero; the two digits
/// before the check digit are the partition identifier, `00` (a concept in the international
/// short format) or `10` (a concept with a namespace, which needs 7 namespace digits before
/// the partition); the last digit is the Verhoeff check digit.
fn is_sctid(code: &str) -> bool {
    let bytes = code.as_bytes();
    if !is_number(bytes, 6, 18) {
        return false;
    }
    let partition = &bytes[bytes.len() - 3..bytes.len() - 1];
    let partition_ok = match partition {
        b"00" => true,
        b"10" => bytes.len() >= 11,
        _ => false,
    };
    partition_ok && verhoeff_valid(bytes)
}

/// The dihedral group D5 multiplication table of the Verhoeff scheme.
const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

/// The Verhoeff position permutation, applied `position % 8` times.
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// Whether ASCII digits (check digit last) pass the Verhoeff check.
fn verhoeff_valid(digits: &[u8]) -> bool {
    // `% 10` tells the compiler every index is in range: no bounds checks, no panic paths.
    let mut check = 0usize;
    for (position, digit) in digits.iter().rev().enumerate() {
        let digit = usize::from(digit.wrapping_sub(b'0')) % 10;
        let permuted = usize::from(VERHOEFF_P[position % 8][digit]) % 10;
        check = usize::from(VERHOEFF_D[check % 10][permuted]);
    }
    check == 0
}

/// An ATC code at one of its five levels: anatomical group letter, 2 digits, letter, letter,
/// 2 digits (`N06AX11`), cut after level 1, 2, 3 or 4.
fn is_atc(bytes: &[u8]) -> bool {
    // Level 1: the 14 anatomical main groups.
    const GROUPS: &[u8] = b"ABCDGHJLMNPRSV";
    let shape = b"L99LL99";
    matches!(bytes.len(), 1 | 3 | 4 | 5 | 7)
        && GROUPS.contains(&bytes[0])
        && bytes.iter().zip(shape).all(|(b, kind)| match kind {
            b'9' => b.is_ascii_digit(),
            _ => b.is_ascii_uppercase(),
        })
}

/// A National Drug Code: 10 digits as 4-4-2, 5-3-2 or 5-4-1 with hyphens (how labels print
/// them), or 11 digits as 5-4-2, with hyphens or without (the HIPAA form). Ten digits without
/// hyphens are refused: which segment is short cannot be told.
fn is_ndc(bytes: &[u8]) -> bool {
    if bytes.len() == 11 {
        return bytes.iter().all(u8::is_ascii_digit);
    }
    let mut lengths = [0usize; 3];
    let mut segment = 0;
    for &b in bytes {
        match b {
            b'-' if segment < 2 => segment += 1,
            b'0'..=b'9' => lengths[segment] += 1,
            _ => return false,
        }
    }
    segment == 2 && matches!(lengths, [4, 4, 2] | [5, 3, 2] | [5, 4, 1] | [5, 4, 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verhoeff_worked_examples() {
        // Wikipedia, "Verhoeff algorithm", worked example: 236 has check digit 3. Rosetta Code,
        // "Verhoeff algorithm" task: 2363, 123451 and 1234567890120 are valid; changing the
        // last digit (2364, 123459, 1234567890129) makes them invalid.
        for valid in ["2363", "123451", "1234567890120"] {
            assert!(verhoeff_valid(valid.as_bytes()), "{valid}");
        }
        for invalid in ["2364", "123459", "1234567890129", "2336"] {
            assert!(!verhoeff_valid(invalid.as_bytes()), "{invalid}");
        }
    }

    #[test]
    fn snomed_ct_identifiers() {
        // Well-known concepts: 138875005 "SNOMED CT Concept" (the root), 404684003 "Clinical
        // finding", 22298006 "Myocardial infarction", 73211009 "Diabetes mellitus"
        // (SNOMED CT Technical Implementation Guide examples).
        for good in ["138875005", "404684003", "22298006", "73211009"] {
            assert_eq!(check(CodeSystem::SnomedCt.uri(), good), Ok(()), "{good}");
        }
        for bad in [
            "138875006",           // wrong check digit
            "12345",               // too short
            "1234567890123456789", // too long
            "038875005",           // leading zero
            "2363",                // too short, though its check digit is right
            "1388750O5",           // a letter O
            "22298016",            // partition 01 (a description), even if it were valid
            "",                    //
        ] {
            assert_eq!(
                check(CodeSystem::SnomedCt.uri(), bad),
                Err(CodeProblem::BadCode(CodeSystem::SnomedCt)),
                "{bad}"
            );
        }
        // A namespaced (partition 10) identifier needs its 7 namespace digits.
        assert!(!is_sctid("123100"));
    }

    #[test]
    fn rxnorm_is_digits() {
        for good in ["15996", "25480", "1"] {
            assert!(CodeSystem::RxNorm.accepts(good), "{good}");
        }
        for bad in ["", "015996", "15996a", " 15996", "RX15996", "12345678901"] {
            assert!(!CodeSystem::RxNorm.accepts(bad), "{bad}");
        }
    }

    #[test]
    fn atc_levels() {
        for good in ["N", "N06", "N06A", "N06AX", "N06AX11", "N03AX12", "A01AA01"] {
            assert!(CodeSystem::Atc.accepts(good), "{good}");
        }
        for bad in [
            "", "E", "N6", "N06AX1", "n06ax11", "N06A11", "N06AX111", "N0611", "NO6AX11",
        ] {
            assert!(!CodeSystem::Atc.accepts(bad), "{bad}");
        }
    }

    #[test]
    fn ndc_segment_forms() {
        for good in [
            "0409-6531-02",  // 4-4-2
            "12345-678-90",  // 5-3-2
            "12345-6789-0",  // 5-4-1
            "12345-6789-01", // 5-4-2
            "12345678901",   // 11 digits
        ] {
            assert!(CodeSystem::Ndc.accepts(good), "{good}");
        }
        for bad in [
            "",
            "1234567890",     // 10 digits without hyphens: ambiguous
            "123-4567-890",   // 3-4-3
            "12345-67890-1",  // 5-5-1
            "12345--6789",    //
            "-12345-6789-0",  //
            "12345-6789-0-1", //
            "1234a-6789-01",  //
            "123456789012",   // 12 digits
        ] {
            assert!(!CodeSystem::Ndc.accepts(bad), "{bad}");
        }
    }

    #[test]
    fn other_systems_need_an_absolute_uri() {
        assert_eq!(check("https://example.org/codes", "anything"), Ok(()));
        assert_eq!(check("urn:oid:2.16.840.1.113883.6.73", "N06AX11"), Ok(()));
        for bad in [
            "",
            "snomed",
            "://x",
            "1http://x",
            "http:",
            "http://exa mple.org",
        ] {
            assert_eq!(check(bad, "x"), Err(CodeProblem::BadSystem), "{bad}");
        }
        // Known systems are matched exactly: a variant spelling is just another URI.
        assert_eq!(check("https://snomed.info/sct", "x"), Ok(()));
    }

    #[test]
    fn every_known_system_round_trips_its_uri() {
        for system in CodeSystem::ALL {
            assert_eq!(CodeSystem::from_uri(system.uri()), Some(*system));
        }
    }
}
