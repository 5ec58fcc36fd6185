//! FHIR R5: a card as a `Bundle` of type `collection` (a `MedicationKnowledge`, one
//! `ClinicalUseDefinition` per use, warning, precaution and side effect, one `Citation` per
//! source, one `RegulatedAuthorization` per approved use that names its regions), and such a
//! bundle, ours or another system's, back into a draft card.
//!
//! Native only (feature `fhir`, part of `cli`): never in the wasm. The mapping, field by field,
//! and what FHIR cannot carry: `docs/fhir.md`. Where FHIR R5 has an element, the card's value
//! goes there; the card's own distinctions (which list an entry came from, a use's status, a
//! warning's level, a precaution's kind) are category codes in medcard code systems, and the
//! few texts FHIR has no element for (a use's note, a precaution's title, a side effect's
//! detail and action) are medcard extensions, which other systems may ignore.

mod export;
mod import;

pub use export::export_bundle;
pub use import::{
    import_bundle, ImportError, ImportProblem, ImportWarning, Imported, MAX_BUNDLE_BYTES,
};

/// Where medcard's code systems and extensions are named.
const BASE: &str = "https://github.com/medcard/medcard/fhir";

/// Which list of the card a `ClinicalUseDefinition` came from: codes `uses`, `warnings`,
/// `precautions`, `side-effects-common`, `side-effects-serious`.
const CARD_SECTION: &str = "https://github.com/medcard/medcard/fhir/CodeSystem/card-section";
/// A use's status: the card's `uses[].status` words.
const USE_STATUS: &str = "https://github.com/medcard/medcard/fhir/CodeSystem/use-status";
/// A warning's level: the card's `warnings[].level` words.
const WARNING_LEVEL: &str = "https://github.com/medcard/medcard/fhir/CodeSystem/warning-level";
/// A precaution's kind: the card's `precautions[].kind` words.
const PRECAUTION_KIND: &str = "https://github.com/medcard/medcard/fhir/CodeSystem/precaution-kind";
/// The `drugCharacteristic` and `medicineClassification` types: `generic-name`, `brand-name`,
/// `form`, `availability`, `drug-class`.
const CARD_FIELD: &str = "https://github.com/medcard/medcard/fhir/CodeSystem/card-field";
/// How it can be obtained: the card's `medication.availability` words.
const AVAILABILITY: &str = "https://github.com/medcard/medcard/fhir/CodeSystem/availability";
/// A side effect's frequency band: the card's `sideEffects.*[].band` words.
const FREQUENCY_BAND: &str = "https://github.com/medcard/medcard/fhir/CodeSystem/frequency-band";
/// ISO 3166-1 (alpha-2) in FHIR: a `RegulatedAuthorization.region` of an approved use. `EU` is
/// ISO 3166-1's exceptionally reserved code for the European Union.
const ISO_3166: &str = "urn:iso:std:iso:3166";
/// FHIR's own (example) categories of a clinical use.
const HL7_CATEGORY: &str = "http://hl7.org/fhir/clinical-use-definition-category";

/// The medcard extension for one text FHIR has no element for (`note`, `title`, `detail`,
/// `action`).
fn extension_url(field: &str) -> String {
    format!("{BASE}/StructureDefinition/{field}")
}

/// The `card-section` codes.
const SECTION_USES: &str = "uses";
const SECTION_WARNINGS: &str = "warnings";
const SECTION_PRECAUTIONS: &str = "precautions";
const SECTION_COMMON: &str = "side-effects-common";
const SECTION_SERIOUS: &str = "side-effects-serious";
