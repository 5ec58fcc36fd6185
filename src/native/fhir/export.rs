//! Card → FHIR R5 `Bundle` (collection).

use super::*;
use crate::codes::Code;
use crate::model::{
    Card, Effect, FrequencyBand, Precaution, PrecautionKind, Source, Use, UseStatus, Warning,
};
use serde_json::{json, Map, Value};

/// The card as a FHIR R5 `Bundle` of type `collection`. Entries have `urn:uuid:` full URLs
/// derived from the medicine's name and the entry's position, so the same card always gives the
/// same bundle; every `ClinicalUseDefinition` names the `MedicationKnowledge` as its subject,
/// and the `MedicationKnowledge` lists them all as `clinicalUseIssue`. After the citations, an
/// approved use that names its regions has a `RegulatedAuthorization` (subject: the medicine;
/// region: the codes; indication: the use's `ClinicalUseDefinition`).
pub fn export_bundle(card: &Card) -> Value {
    let name = &card.medication.name;
    let medication_url = entry_url(name, 0);
    let subject = json!([{ "reference": medication_url }]);
    let mut uses = Vec::new();
    for item in &card.uses {
        uses.push(use_resource(item));
    }
    for warning in &card.warnings {
        uses.push(warning_resource(warning));
    }
    for precaution in &card.precautions {
        uses.push(precaution_resource(precaution));
    }
    if let Some(effects) = &card.side_effects {
        for effect in &effects.common {
            uses.push(effect_resource(effect, SECTION_COMMON));
        }
        for effect in &effects.serious {
            uses.push(effect_resource(effect, SECTION_SERIOUS));
        }
    }
    let mut entries = Vec::new();
    let mut issues = Vec::new();
    for (index, mut resource) in uses.into_iter().enumerate() {
        let url = entry_url(name, index + 1);
        resource.insert("subject".into(), subject.clone());
        set_language(&mut resource, card);
        issues.push(json!({ "reference": url }));
        entries.push(json!({ "fullUrl": url, "resource": resource }));
    }
    let mut medication = medication_resource(card);
    set_language(&mut medication, card);
    if !issues.is_empty() {
        medication.insert("clinicalUseIssue".into(), Value::Array(issues));
    }
    entries.insert(
        0,
        json!({ "fullUrl": medication_url, "resource": medication }),
    );
    let first_citation = entries.len();
    for (index, source) in card.sources.iter().enumerate() {
        let url = entry_url(name, first_citation + index);
        let mut citation = citation_resource(source);
        set_language(&mut citation, card);
        entries.push(json!({ "fullUrl": url, "resource": citation }));
    }
    // The uses are the first `ClinicalUseDefinition`s, entries 1, 2, …, in card order.
    for (index, item) in card.uses.iter().enumerate() {
        if item.status != Some(UseStatus::Approved) || item.regions.is_empty() {
            continue;
        }
        let url = entry_url(name, entries.len());
        let mut authorization =
            authorization_resource(item, &medication_url, &entry_url(name, index + 1));
        set_language(&mut authorization, card);
        entries.push(json!({ "fullUrl": url, "resource": authorization }));
    }
    json!({ "resourceType": "Bundle", "type": "collection", "entry": entries })
}

/// A `urn:uuid:` for entry `index`: a version-8 (custom) UUID from two FNV-1a hashes of the
/// name and index, so exports are reproducible.
fn entry_url(name: &str, index: usize) -> String {
    let hash = |seed: u64| {
        let mut h = seed;
        for byte in name.bytes().chain(index.to_le_bytes()) {
            h ^= u64::from(byte);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h
    };
    let (a, b) = (hash(0xcbf2_9ce4_8422_2325), hash(0x6c62_272e_07bb_0142));
    format!(
        "urn:uuid:{:08x}-{:04x}-8{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        0x8000 | ((b >> 48) & 0x3fff),
        b & 0xffff_ffff_ffff
    )
}

fn set_language(resource: &mut Map<String, Value>, card: &Card) {
    if let Some(language) = &card.language {
        // After resourceType, where FHIR's JSON puts it.
        let mut ordered = Map::new();
        let mut rest = std::mem::take(resource).into_iter();
        if let Some((key, value)) = rest.next() {
            ordered.insert(key, value);
        }
        ordered.insert("language".into(), language.clone().into());
        ordered.extend(rest);
        *resource = ordered;
    }
}

/// A `CodeableConcept`: the codes as codings, and the text.
pub(super) fn concept(codes: &[Code], text: Option<&str>) -> Value {
    let mut concept = Map::new();
    if !codes.is_empty() {
        let codings = codes.iter().map(|code| {
            let mut coding = json!({ "system": code.system, "code": code.code });
            if let Some(display) = &code.display {
                coding["display"] = display.clone().into();
            }
            coding
        });
        concept.insert("coding".into(), codings.collect());
    }
    if let Some(text) = text {
        concept.insert("text".into(), text.into());
    }
    Value::Object(concept)
}

fn coded(system: &str, code: &str) -> Value {
    json!({ "coding": [{ "system": system, "code": code }] })
}

fn coded_with_display(system: &str, code: &str, display: &str) -> Value {
    json!({ "coding": [{ "system": system, "code": code, "display": display }] })
}

fn extensions(fields: &[(&str, Option<&String>)]) -> Option<Value> {
    let list: Vec<Value> = fields
        .iter()
        .filter_map(|(field, value)| {
            value.map(|text| json!({ "url": extension_url(field), "valueString": text }))
        })
        .collect();
    (!list.is_empty()).then_some(Value::Array(list))
}

/// A `ClinicalUseDefinition` without its subject: type, categories, extensions.
fn clinical_use(
    kind: &str,
    categories: Vec<Value>,
    extension: Option<Value>,
) -> Map<String, Value> {
    let mut resource = Map::new();
    resource.insert("resourceType".into(), "ClinicalUseDefinition".into());
    if let Some(extension) = extension {
        resource.insert("extension".into(), extension);
    }
    resource.insert("type".into(), kind.into());
    resource.insert("category".into(), Value::Array(categories));
    resource
}

fn medication_resource(card: &Card) -> Map<String, Value> {
    let medication = &card.medication;
    let mut resource = Map::new();
    resource.insert("resourceType".into(), "MedicationKnowledge".into());
    resource.insert(
        "code".into(),
        concept(&medication.codes, Some(&medication.name)),
    );
    let mut names = vec![medication.name.clone()];
    names.extend(medication.generic_name.clone());
    names.extend(medication.brand_names.iter().cloned());
    resource.insert("name".into(), json!(names));
    if let Some(class) = &medication.drug_class {
        resource.insert(
            "medicineClassification".into(),
            json!([{
                "type": coded_with_display(CARD_FIELD, "drug-class", "Drug class"),
                "classification": [{ "text": class }],
            }]),
        );
    }
    let characteristic = |field: &str, display: &str, value: Value| {
        let mut item = json!({ "type": coded_with_display(CARD_FIELD, field, display) });
        let key = if value.is_string() {
            "valueString"
        } else {
            "valueCodeableConcept"
        };
        item[key] = value;
        item
    };
    let mut characteristics = Vec::new();
    if let Some(generic) = &medication.generic_name {
        characteristics.push(characteristic(
            "generic-name",
            "Generic name",
            generic.clone().into(),
        ));
    }
    for brand in &medication.brand_names {
        characteristics.push(characteristic(
            "brand-name",
            "Brand name",
            brand.clone().into(),
        ));
    }
    for form in &medication.forms {
        characteristics.push(characteristic("form", "Form", form.clone().into()));
    }
    if let Some(availability) = medication.availability {
        let word = availability.as_str();
        characteristics.push(characteristic(
            "availability",
            "Availability",
            json!({ "coding": [{ "system": AVAILABILITY, "code": word }], "text": word }),
        ));
    }
    if !characteristics.is_empty() {
        resource.insert(
            "definitional".into(),
            json!({ "drugCharacteristic": characteristics }),
        );
    }
    resource
}

/// An approved, off-label or investigational use is an indication. A not-recommended use is
/// never an indication: it is a warning that names the condition, with the note as its text.
fn use_resource(item: &Use) -> Map<String, Value> {
    let mut categories = vec![coded(CARD_SECTION, SECTION_USES)];
    if let Some(status) = item.status {
        let display = match status {
            UseStatus::Approved => "Approved",
            UseStatus::OffLabel => "Off-label",
            UseStatus::Investigational => "Investigational",
            UseStatus::NotRecommended => "Not recommended",
        };
        categories.push(coded_with_display(USE_STATUS, status.as_str(), display));
    }
    let condition = concept(&item.codes, Some(&item.condition));
    if item.status == Some(UseStatus::NotRecommended) {
        let mut resource = clinical_use("warning", categories, None);
        let mut warning = json!({ "code": condition });
        if let Some(note) = &item.note {
            warning["description"] = note.clone().into();
        }
        resource.insert("warning".into(), warning);
        return resource;
    }
    let mut resource = clinical_use(
        "indication",
        categories,
        extensions(&[("note", item.note.as_ref())]),
    );
    resource.insert(
        "indication".into(),
        json!({ "diseaseSymptomProcedure": { "concept": condition } }),
    );
    resource
}

/// Where an approved use is approved: a `RegulatedAuthorization` for the medicine, one region
/// per code (ISO 3166-1), its indication the use's `ClinicalUseDefinition`.
fn authorization_resource(item: &Use, medication_url: &str, use_url: &str) -> Map<String, Value> {
    let regions = item
        .regions
        .iter()
        .map(|code| json!({ "coding": [{ "system": ISO_3166, "code": code }] }));
    let mut resource = Map::new();
    resource.insert("resourceType".into(), "RegulatedAuthorization".into());
    resource.insert("subject".into(), json!([{ "reference": medication_url }]));
    resource.insert("region".into(), regions.collect());
    resource.insert(
        "indication".into(),
        json!([{ "reference": { "reference": use_url } }]),
    );
    resource
}

fn warning_resource(item: &Warning) -> Map<String, Value> {
    let mut categories = vec![coded(CARD_SECTION, SECTION_WARNINGS)];
    if let Some(level) = item.level {
        categories.push(coded(WARNING_LEVEL, level.as_str()));
    }
    let mut resource = clinical_use("warning", categories, None);
    let mut warning = json!({ "code": { "text": item.title } });
    if let Some(detail) = &item.detail {
        warning["description"] = detail.clone().into();
    }
    resource.insert("warning".into(), warning);
    resource
}

/// Contraindications and interactions have their own types; every other kind is a warning
/// (with FHIR's own category too, for pregnancy, breastfeeding and driving).
fn precaution_resource(item: &Precaution) -> Map<String, Value> {
    let mut categories = vec![coded(CARD_SECTION, SECTION_PRECAUTIONS)];
    if let Some(kind) = item.kind {
        categories.push(coded(PRECAUTION_KIND, kind.as_str()));
        let hl7 = match kind {
            PrecautionKind::Pregnancy | PrecautionKind::Breastfeeding => {
                Some(("Pregnancy", "Pregnancy and Lactation"))
            }
            PrecautionKind::Driving => Some((
                "DriveAndMachines",
                "Effects on Ability to Drive and Use Machines",
            )),
            _ => None,
        };
        if let Some((code, display)) = hl7 {
            categories.push(coded_with_display(HL7_CATEGORY, code, display));
        }
    }
    let text = concept(&item.codes, Some(&item.text));
    match item.kind {
        Some(PrecautionKind::Contraindication) => {
            let extension = extensions(&[("title", item.title.as_ref())]);
            let mut resource = clinical_use("contraindication", categories, extension);
            resource.insert(
                "contraindication".into(),
                json!({ "diseaseSymptomProcedure": { "concept": text } }),
            );
            resource
        }
        Some(PrecautionKind::Interaction) => {
            let extension = extensions(&[("title", item.title.as_ref())]);
            let mut resource = clinical_use("interaction", categories, extension);
            resource.insert(
                "interaction".into(),
                json!({ "effect": { "concept": text } }),
            );
            resource
        }
        _ => {
            let mut resource = clinical_use("warning", categories, None);
            let mut warning = json!({ "description": item.text });
            if item.title.is_some() || !item.codes.is_empty() {
                warning["code"] = concept(&item.codes, item.title.as_deref());
            }
            resource.insert("warning".into(), warning);
            resource
        }
    }
}

fn effect_resource(item: &Effect, section: &str) -> Map<String, Value> {
    let extension = extensions(&[
        ("detail", item.detail.as_ref()),
        ("action", item.action.as_ref()),
    ]);
    let mut resource = clinical_use(
        "undesirable-effect",
        vec![coded(CARD_SECTION, section)],
        extension,
    );
    let mut effect =
        json!({ "symptomConditionEffect": { "concept": concept(&item.codes, Some(&item.name)) } });
    let mut frequency = Map::new();
    if let Some(band) = item.band {
        let coding = json!({ "system": FREQUENCY_BAND, "code": band.as_str(), "display": band_display(band) });
        frequency.insert("coding".into(), json!([coding]));
    }
    if let Some(text) = &item.frequency {
        frequency.insert("text".into(), text.clone().into());
    }
    if !frequency.is_empty() {
        effect["frequencyOfOccurrence"] = Value::Object(frequency);
    }
    resource.insert("undesirableEffect".into(), effect);
    resource
}

/// The English words of a frequency band, as the `display` of its coding.
fn band_display(band: FrequencyBand) -> &'static str {
    match band {
        FrequencyBand::VeryCommon => "Very common (more than 1 in 10)",
        FrequencyBand::Common => "Common (up to 1 in 10)",
        FrequencyBand::Uncommon => "Uncommon (up to 1 in 100)",
        FrequencyBand::Rare => "Rare (up to 1 in 1,000)",
        FrequencyBand::VeryRare => "Very rare (up to 1 in 10,000)",
        FrequencyBand::NotKnown => "Not known (cannot be estimated from the available data)",
    }
}

fn citation_resource(source: &Source) -> Map<String, Value> {
    let mut artifact = json!({ "title": [{ "text": source.title }] });
    let mut locations = Vec::new();
    if let Some(url) = &source.url {
        locations.push(json!({ "url": url }));
    }
    if let Some(via) = &source.via {
        let classifier = coded_with_display(CARD_FIELD, "via", "Where the cited text was read");
        locations.push(json!({ "classifier": [classifier], "url": via }));
    }
    if !locations.is_empty() {
        artifact["webLocation"] = Value::Array(locations);
    }
    if let Some(accessed) = source.accessed {
        artifact["dateAccessed"] = accessed.to_string().into();
    }
    if let Some(publisher) = &source.publisher {
        artifact["publicationForm"] =
            json!([{ "publishedIn": { "publisher": { "display": publisher } } }]);
    }
    let mut resource = Map::new();
    resource.insert("resourceType".into(), "Citation".into());
    resource.insert("title".into(), source.title.clone().into());
    resource.insert("status".into(), "active".into());
    resource.insert("citedArtifact".into(), artifact);
    resource
}
