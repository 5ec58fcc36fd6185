//! FHIR R5 `Bundle` → a draft card. Never marked reviewed; every element that is not mapped is
//! a warning with its FHIR path; anything that is not a readable bundle is an error.

use super::*;
use crate::codes::{self, Code};
use crate::json;
use crate::model::{
    is_region_code, Availability, Card, Date, Effect, FrequencyBand, Medication, Precaution,
    PrecautionKind, SideEffects, Source, Use, UseStatus, Warning, WarningLevel, SCHEMA_VERSION,
};
use crate::validate::{validate_value, Options};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::fmt;

/// The largest bundle read, in bytes.
pub const MAX_BUNDLE_BYTES: usize = 4 * 1024 * 1024;

/// A draft card made from a bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The card (checked by the validator; `reviewed` is never set).
    pub card: Card,
    /// What was not mapped, each with its FHIR path.
    pub warnings: Vec<ImportWarning>,
}

/// An element of the bundle the card has no place for, or a value left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    /// FHIR path, such as `Bundle.entry[2].resource.indication.diseaseStatus`.
    pub path: String,
    /// What happened to it, in plain words.
    pub message: String,
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a bundle cannot become a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// FHIR path of the problem; empty for the whole document.
    pub path: String,
    /// What is wrong.
    pub problem: ImportProblem,
}

/// What is wrong with a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ImportProblem {
    /// Not JSON (or nested too deeply).
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the reader expected.
        message: String,
    },
    /// Over [`MAX_BUNDLE_BYTES`]; not read.
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// A resource of another type where a specific one must be.
    WrongResourceType {
        /// The type that must be there.
        expected: &'static str,
        /// What was found.
        found: String,
    },
    /// A required element is absent.
    Missing,
    /// An element has the wrong JSON type.
    WrongType {
        /// What FHIR wants, in words.
        expected: &'static str,
    },
    /// A code that is not one of FHIR's allowed values.
    NotAllowed {
        /// What was found.
        found: String,
        /// The allowed codes.
        allowed: &'static [&'static str],
    },
    /// No `MedicationKnowledge`, or more than one: a card describes one medicine.
    MedicationCount {
        /// How many there are.
        found: usize,
    },
    /// The `MedicationKnowledge` gives the medicine no name.
    NoName,
    /// What the bundle says does not make a valid card (for example a text over the limit).
    NotACard {
        /// The validator's words.
        message: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        match &self.problem {
            ImportProblem::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "not valid JSON: {message} (line {line}, column {column})"
            ),
            ImportProblem::TooLarge { bytes } => write!(
                f,
                "the bundle is {bytes} bytes, over the limit of {MAX_BUNDLE_BYTES} bytes"
            ),
            ImportProblem::WrongResourceType { expected, found } => {
                write!(f, "should be a {expected}, but is {found}")
            }
            ImportProblem::Missing => f.write_str("is required but missing"),
            ImportProblem::WrongType { expected } => write!(f, "should be {expected}"),
            ImportProblem::NotAllowed { found, allowed } => write!(
                f,
                "\"{found}\" is not allowed here; FHIR R5 allows {}",
                allowed.join(", ")
            ),
            ImportProblem::MedicationCount { found } => write!(
                f,
                "a card describes one medicine, so the bundle needs exactly one \
                 MedicationKnowledge; it has {found}"
            ),
            ImportProblem::NoName => f.write_str(
                "the medicine has no name: neither code.text, name nor a coding's display",
            ),
            ImportProblem::NotACard { message } => {
                write!(f, "the bundle does not make a valid card: {message}")
            }
        }
    }
}

impl std::error::Error for ImportError {}

fn error(path: impl Into<String>, problem: ImportProblem) -> ImportError {
    ImportError {
        path: path.into(),
        problem,
    }
}

type Result<T> = std::result::Result<T, ImportError>;

/// Reads a FHIR R5 bundle (JSON text) into a draft card.
pub fn import_bundle(text: &str) -> Result<Imported> {
    if text.len() > MAX_BUNDLE_BYTES {
        return Err(error("", ImportProblem::TooLarge { bytes: text.len() }));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = json::parse(text).map_err(|e| {
        error(
            "",
            ImportProblem::Syntax {
                line: e.line,
                column: e.column,
                message: e.message,
            },
        )
    })?;
    let mut reader = Reader::default();
    let card = reader.bundle(&value)?;
    // Every field the card needs was found (or reported at its FHIR path) while reading; the
    // validator still checks what the words are: lengths, links, language tags.
    let card = serde_json::to_value(&card).unwrap_or_default();
    let checked = validate_value(&card, &Options::default()).map_err(|e| {
        error(
            "Bundle",
            ImportProblem::NotACard {
                message: e.to_string(),
            },
        )
    })?;
    for issue in checked.warnings {
        reader.warn(format!("card {}", issue.path), issue.problem.to_string());
    }
    Ok(Imported {
        card: checked.card,
        warnings: reader.warnings,
    })
}

/// The card being built, list by list, and the warnings.
#[derive(Default)]
struct Reader {
    warnings: Vec<ImportWarning>,
    uses: Vec<Use>,
    warnings_list: Vec<Warning>,
    precautions: Vec<Precaution>,
    common: Vec<Effect>,
    serious: Vec<Effect>,
    sources: Vec<Source>,
    /// The entry `fullUrl` of each use read so far, with its index in `uses`, so that a
    /// `RegulatedAuthorization` can name the use it authorises.
    use_urls: Vec<(String, usize)>,
}

/// An object's members with its path, and the members read so far: the others are what the
/// card has no place for ([`Reader::unread`]).
struct Obj<'v> {
    map: &'v Map<String, Value>,
    path: String,
    read: RefCell<Vec<&'v str>>,
}

impl<'v> Obj<'v> {
    fn get(&self, key: &str) -> Option<&'v Value> {
        let (key, value) = self.map.get_key_value(key)?;
        self.read.borrow_mut().push(key);
        Some(value).filter(|v| !v.is_null())
    }

    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    fn text(&self, key: &str) -> Result<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(_) => Err(error(
                self.at(key),
                ImportProblem::WrongType { expected: "text" },
            )),
        }
    }

    fn object(&self, key: &str) -> Result<Option<Obj<'v>>> {
        self.get(key)
            .map(|value| as_object(value, self.at(key)))
            .transpose()
    }

    fn list(&self, key: &str) -> Result<Vec<Obj<'v>>> {
        let Some(value) = self.get(key) else {
            return Ok(Vec::new());
        };
        let Value::Array(items) = value else {
            return Err(error(
                self.at(key),
                ImportProblem::WrongType { expected: "a list" },
            ));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| as_object(item, format!("{}[{i}]", self.at(key))))
            .collect()
    }
}

fn as_object(value: &Value, path: String) -> Result<Obj<'_>> {
    match value {
        Value::Object(map) => Ok(Obj {
            map,
            path,
            read: RefCell::default(),
        }),
        _ => Err(error(
            path,
            ImportProblem::WrongType {
                expected: "an object",
            },
        )),
    }
}

/// What a `CodeableConcept` says: its text (or a coding's display) and its valid codes.
struct Concept {
    text: Option<String>,
    codes: Vec<Code>,
    /// A coding's `code` when there is no text or display.
    bare_code: Option<String>,
    /// The system + code pairs, valid or not, for matching medcard's own codes.
    pairs: Vec<(String, String)>,
}

impl Concept {
    fn has(&self, system: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(s, _)| s == system)
            .map(|(_, c)| c.as_str())
    }
}

/// A concept's codes, for the card (none without a concept).
fn codes_of(concept: Option<&Concept>) -> Vec<Code> {
    concept.map(|c| c.codes.clone()).unwrap_or_default()
}

/// A card word from a medcard code system (`found`), or an error at `path` for a code that is
/// not one of the card's words.
fn word<E>(
    found: Option<&str>,
    path: impl FnOnce() -> String,
    names: &'static [&'static str],
    from_name: fn(&str) -> Option<E>,
) -> Result<Option<E>> {
    let Some(found) = found else {
        return Ok(None);
    };
    match from_name(found) {
        Some(word) => Ok(Some(word)),
        None => Err(error(
            path(),
            ImportProblem::NotAllowed {
                found: found.to_string(),
                allowed: names,
            },
        )),
    }
}

/// A text the card needs, or an error at `path`, where the bundle should have it.
fn required(text: Option<String>, path: impl FnOnce() -> String) -> Result<String> {
    text.ok_or_else(|| error(path(), ImportProblem::Missing))
}

/// The texts of medcard's extensions on a resource.
#[derive(Default)]
struct Extensions {
    note: Option<String>,
    title: Option<String>,
    detail: Option<String>,
    action: Option<String>,
}

const CUD_TYPES: &[&str] = &[
    "indication",
    "contraindication",
    "interaction",
    "undesirable-effect",
    "warning",
];

impl Reader {
    fn warn(&mut self, path: String, message: impl Into<String>) {
        self.warnings.push(ImportWarning {
            path,
            message: message.into(),
        });
    }

    /// Warns about every member of `obj` not read so far, nor `skipped` (known, with nothing
    /// for the card), nor `resourceType`, `id`, `meta` (which carry no content). The warnings go
    /// at `at` in the list: where the object's reading began, before what it found inside.
    fn unread(&mut self, obj: &Obj, at: usize, skipped: &[&str]) {
        let read = obj.read.borrow();
        let unread = obj.map.keys().filter(|key| {
            let key = key.as_str();
            !read.contains(&key)
                && !skipped.contains(&key)
                && !["resourceType", "id", "meta"].contains(&key)
        });
        let warnings = unread.map(|key| ImportWarning {
            path: obj.at(key),
            message: "not mapped to the card".into(),
        });
        self.warnings.splice(at..at, warnings);
    }

    fn bundle(&mut self, value: &Value) -> Result<Card> {
        let bundle = as_object(value, "Bundle".into())?;
        resource_type(&bundle, "Bundle")?;
        match bundle.text("type")? {
            None => return Err(error("Bundle.type", ImportProblem::Missing)),
            Some(kind) if !BUNDLE_TYPES.contains(&kind.as_str()) => {
                return Err(error(
                    "Bundle.type",
                    ImportProblem::NotAllowed {
                        found: kind,
                        allowed: BUNDLE_TYPES,
                    },
                ))
            }
            Some(_) => {}
        }
        let entries = bundle.list("entry")?;
        let mut resources = Vec::new();
        let mut full_urls = Vec::new();
        for entry in &entries {
            full_urls.push(entry.text("fullUrl")?);
            let Some(resource) = entry.object("resource")? else {
                return Err(error(entry.at("resource"), ImportProblem::Missing));
            };
            let kind = match resource.get("resourceType") {
                Some(Value::String(kind)) => kind.clone(),
                Some(_) => {
                    return Err(error(
                        resource.at("resourceType"),
                        ImportProblem::WrongType { expected: "text" },
                    ))
                }
                None => return Err(error(resource.at("resourceType"), ImportProblem::Missing)),
            };
            resources.push((kind, resource));
        }
        let medications: Vec<&Obj> = resources
            .iter()
            .filter(|(kind, _)| kind == "MedicationKnowledge")
            .map(|(_, r)| r)
            .collect();
        let [medication] = medications[..] else {
            return Err(error(
                "Bundle.entry",
                ImportProblem::MedicationCount {
                    found: medications.len(),
                },
            ));
        };
        let language = medication.text("language")?;
        let medication = self.medication(medication)?;
        for ((kind, resource), full_url) in resources.iter().zip(&full_urls) {
            match kind.as_str() {
                "MedicationKnowledge" | "RegulatedAuthorization" => {}
                "ClinicalUseDefinition" => {
                    let before = self.uses.len();
                    self.clinical_use(resource)?;
                    if let Some(url) = full_url.as_ref().filter(|_| self.uses.len() > before) {
                        self.use_urls.push((url.clone(), before));
                    }
                }
                "Citation" => self.citation(resource)?,
                other => self.warn(
                    resource.path.clone(),
                    format!("a {other} resource: not mapped to the card"),
                ),
            }
        }
        // After every use is read, whatever the entries' order.
        for (kind, resource) in &resources {
            if kind == "RegulatedAuthorization" {
                self.authorization(resource)?;
            }
        }
        let (common, serious) = (
            std::mem::take(&mut self.common),
            std::mem::take(&mut self.serious),
        );
        let side_effects = (!common.is_empty() || !serious.is_empty()).then_some(SideEffects {
            common,
            serious,
            note: None,
        });
        Ok(Card {
            schema_version: SCHEMA_VERSION,
            language,
            medication,
            summary: None,
            key_facts: Vec::new(),
            uses: std::mem::take(&mut self.uses),
            how_it_works: None,
            benefits: Vec::new(),
            warnings: std::mem::take(&mut self.warnings_list),
            get_help: Vec::new(),
            dosage: None,
            side_effects,
            precautions: std::mem::take(&mut self.precautions),
            related: Vec::new(),
            sources: std::mem::take(&mut self.sources),
            reviewed: None,
            attribution: None,
            disclaimer: None,
            translation_of: None,
        })
    }

    /// A `CodeableConcept`; codings that are not valid codes are left out with a warning.
    fn concept(&mut self, obj: &Obj) -> Result<Concept> {
        let mut concept = Concept {
            text: obj.text("text")?,
            codes: Vec::new(),
            bare_code: None,
            pairs: Vec::new(),
        };
        for coding in obj.list("coding")? {
            let (system, code, display) = (
                coding.text("system")?,
                coding.text("code")?,
                coding.text("display")?,
            );
            self.unread(&coding, self.warnings.len(), &["version", "userSelected"]);
            if concept.text.is_none() {
                concept.text = display.clone();
            }
            let (Some(system), Some(code)) = (system, code) else {
                self.warn(
                    coding.path.clone(),
                    "a coding without system or code: left out",
                );
                continue;
            };
            concept.bare_code.get_or_insert_with(|| code.clone());
            concept.pairs.push((system.clone(), code.clone()));
            if system.starts_with(BASE) || system == HL7_CATEGORY {
                continue;
            }
            match codes::check(&system, &code) {
                Ok(()) => concept.codes.push(Code {
                    system,
                    code,
                    display,
                }),
                Err(_) => self.warn(
                    coding.path.clone(),
                    format!("\"{code}\" is not a valid code of {system}: left out"),
                ),
            }
        }
        self.unread(obj, self.warnings.len(), &[]);
        Ok(concept)
    }

    /// A `CodeableReference`'s concept (its reference cannot be followed).
    fn concept_of(&mut self, obj: &Obj) -> Result<Option<Concept>> {
        let concept = obj.object("concept")?;
        self.unread(obj, self.warnings.len(), &[]);
        concept.map(|concept| self.concept(&concept)).transpose()
    }

    /// The categories, all codes of all of them.
    fn categories(&mut self, resource: &Obj) -> Result<Concept> {
        let mut all = Concept {
            text: None,
            codes: Vec::new(),
            bare_code: None,
            pairs: Vec::new(),
        };
        for category in resource.list("category")? {
            let concept = self.concept(&category)?;
            all.pairs.extend(concept.pairs);
        }
        Ok(all)
    }

    /// The texts of medcard extensions; other extensions are warned about.
    fn extensions(&mut self, resource: &Obj) -> Result<Extensions> {
        let mut found = Extensions::default();
        for extension in resource.list("extension")? {
            let url = extension.text("url")?.unwrap_or_default();
            let field = url
                .strip_prefix(BASE)
                .and_then(|rest| rest.strip_prefix("/StructureDefinition/"));
            let slot = match field {
                Some("note") => Some(&mut found.note),
                Some("title") => Some(&mut found.title),
                Some("detail") => Some(&mut found.detail),
                Some("action") => Some(&mut found.action),
                _ => None,
            };
            match (slot, extension.text("valueString")?) {
                (Some(slot), Some(text)) => *slot = Some(text),
                _ => self.warn(
                    extension.path.clone(),
                    "an extension: not mapped to the card",
                ),
            }
        }
        Ok(found)
    }

    fn medication(&mut self, mk: &Obj) -> Result<Medication> {
        let at = self.warnings.len();
        let code = match mk.object("code")? {
            Some(code) => Some(self.concept(&code)?),
            None => None,
        };
        let names: Vec<String> = match mk.get("name") {
            None => Vec::new(),
            Some(Value::Array(names)) => names
                .iter()
                .filter_map(|n| n.as_str().map(|s| s.trim().to_string()))
                .filter(|s| !s.is_empty())
                .collect(),
            Some(_) => {
                return Err(error(
                    mk.at("name"),
                    ImportProblem::WrongType {
                        expected: "a list of text",
                    },
                ))
            }
        };
        let name = code
            .as_ref()
            .and_then(|c| c.text.clone())
            .or_else(|| names.first().cloned())
            .ok_or_else(|| error(mk.path.clone(), ImportProblem::NoName))?;
        let (mut generic, mut brands, mut forms, mut availability, mut drug_class) =
            (None, Vec::new(), Vec::new(), None, None);
        for class in mk.list("medicineClassification")? {
            let kind = match class.object("type")? {
                Some(kind) => self.concept(&kind)?,
                None => return Err(error(class.at("type"), ImportProblem::Missing)),
            };
            let texts = class
                .list("classification")?
                .iter()
                .map(|c| self.concept(c))
                .collect::<Result<Vec<_>>>()?;
            self.unread(&class, self.warnings.len(), &[]);
            match (
                kind.has(CARD_FIELD),
                texts.first().and_then(|c| c.text.clone()),
            ) {
                (Some("drug-class"), Some(text)) => drug_class = Some(text),
                _ => self.warn(
                    class.path.clone(),
                    "a classification: not mapped to the card",
                ),
            }
        }
        if let Some(definitional) = mk.object("definitional")? {
            let definitional_at = self.warnings.len();
            if let Some(form) = definitional.object("doseForm")? {
                let form = self.concept(&form)?;
                forms.extend(form.text.or(form.bare_code));
            }
            for item in definitional.list("drugCharacteristic")? {
                let item_at = self.warnings.len();
                let kind = match item.object("type")? {
                    Some(kind) => self.concept(&kind)?,
                    None => {
                        let values = ["valueString", "valueCodeableConcept"];
                        self.unread(&item, item_at, &values);
                        self.warn(
                            item.path.clone(),
                            "a characteristic without type: not mapped",
                        );
                        continue;
                    }
                };
                let value = item.text("valueString")?;
                let coded = match item.object("valueCodeableConcept")? {
                    Some(value) => Some(self.concept(&value)?),
                    None => None,
                };
                self.unread(&item, item_at, &[]);
                match (kind.has(CARD_FIELD), value) {
                    (Some("generic-name"), Some(text)) => generic = Some(text),
                    (Some("brand-name"), Some(text)) => brands.push(text),
                    (Some("form"), Some(text)) => forms.push(text),
                    (Some("availability"), _) => {
                        availability = word(
                            coded.as_ref().and_then(|c| c.has(AVAILABILITY)),
                            || item.at("valueCodeableConcept"),
                            Availability::NAMES,
                            Availability::from_name,
                        )?;
                    }
                    _ => self.warn(
                        item.path.clone(),
                        "a characteristic: not mapped to the card",
                    ),
                }
            }
            self.unread(&definitional, definitional_at, &[]);
        }
        // `clinicalUseIssue` references the ClinicalUseDefinitions, which are read as entries.
        self.unread(mk, at, &["status", "clinicalUseIssue"]);
        // Other names than the card's own are synonyms the card has no place for.
        for (index, other) in names.iter().enumerate() {
            let known = *other == name || generic.as_ref() == Some(other) || brands.contains(other);
            if !known {
                self.warn(
                    format!("{}[{index}]", mk.at("name")),
                    format!("the name \"{other}\": not mapped to the card"),
                );
            }
        }
        Ok(Medication {
            name,
            generic_name: generic,
            brand_names: brands,
            drug_class,
            forms,
            availability,
            codes: codes_of(code.as_ref()),
        })
    }

    fn clinical_use(&mut self, resource: &Obj) -> Result<()> {
        let kind = match resource.text("type")? {
            Some(kind) if CUD_TYPES.contains(&kind.as_str()) => kind,
            Some(found) => {
                return Err(error(
                    resource.at("type"),
                    ImportProblem::NotAllowed {
                        found,
                        allowed: CUD_TYPES,
                    },
                ))
            }
            None => return Err(error(resource.at("type"), ImportProblem::Missing)),
        };
        let at = self.warnings.len();
        let categories = self.categories(resource)?;
        let extensions = self.extensions(resource)?;
        let section = categories.has(CARD_SECTION).map(String::from);
        let body_key = if kind == "undesirable-effect" {
            "undesirableEffect"
        } else {
            kind.as_str()
        };
        let Some(body) = resource.object(body_key)? else {
            return Err(error(resource.at(body_key), ImportProblem::Missing));
        };
        self.unread(resource, at, &["language", "subject", "status"]);
        match kind.as_str() {
            "indication" => self.indication(resource, &body, &categories, extensions),
            "contraindication" | "interaction" => self.interaction(&kind, &body, extensions),
            "undesirable-effect" => self.undesirable_effect(resource, &body, section, extensions),
            _ => self.use_precaution_or_warning(resource, &body, &categories, section),
        }
    }

    /// An indication: a use.
    fn indication(
        &mut self,
        resource: &Obj,
        body: &Obj,
        categories: &Concept,
        extensions: Extensions,
    ) -> Result<()> {
        // A code of medcard's own systems among the categories that is not one of the card's
        // words is an error at the categories.
        let category = || resource.at("category");
        let at = self.warnings.len();
        let key = "diseaseSymptomProcedure";
        let concept = self.body_concept(body, key)?;
        self.unread(body, at, &[]);
        self.uses.push(Use {
            condition: required(concept.as_ref().and_then(named), || body.at(key))?,
            status: word(
                categories.has(USE_STATUS),
                category,
                UseStatus::NAMES,
                UseStatus::from_name,
            )?,
            regions: Vec::new(),
            note: extensions.note,
            codes: codes_of(concept.as_ref()),
        });
        Ok(())
    }

    /// A contraindication or an interaction: a precaution of that kind.
    fn interaction(&mut self, kind: &str, body: &Obj, extensions: Extensions) -> Result<()> {
        let key = if kind == "interaction" {
            "effect"
        } else {
            "diseaseSymptomProcedure"
        };
        let mut title = extensions.title;
        let mut extra = Vec::new();
        let at = self.warnings.len();
        if kind == "interaction" {
            let mut names = Vec::new();
            for interactant in body.list("interactant")? {
                let interactant_at = self.warnings.len();
                if let Some(concept) = interactant.object("itemCodeableConcept")? {
                    names.extend(named(&self.concept(&concept)?));
                }
                self.unread(&interactant, interactant_at, &[]);
            }
            if title.is_none() && !names.is_empty() {
                title = Some(names.join(", "));
            }
            for management in body.list("management")? {
                extra.extend(self.concept(&management)?.text);
            }
        }
        let concept = self.body_concept(body, key)?;
        self.unread(body, at, &[]);
        let mut text: Vec<String> = concept.as_ref().and_then(named).into_iter().collect();
        text.extend(extra);
        self.precautions.push(Precaution {
            kind: PrecautionKind::from_name(kind),
            title,
            text: required((!text.is_empty()).then(|| text.join(" ")), || body.at(key))?,
            codes: codes_of(concept.as_ref()),
        });
        Ok(())
    }

    /// An undesirable effect: a common or serious side effect.
    fn undesirable_effect(
        &mut self,
        resource: &Obj,
        body: &Obj,
        section: Option<String>,
        extensions: Extensions,
    ) -> Result<()> {
        let at = self.warnings.len();
        let key = "symptomConditionEffect";
        let concept = self.body_concept(body, key)?;
        // medcard's band is a coding; the author's own words are the text. Any other
        // system's codes become the frequency text, as before.
        let (frequency, band) = match body.object("frequencyOfOccurrence")? {
            Some(f) => {
                let own_text = f.text("text")?;
                let f = self.concept(&f)?;
                match f.has(FREQUENCY_BAND).map(String::from) {
                    Some(band) => (own_text, Some(band)),
                    None => (f.text.or(f.bare_code), None),
                }
            }
            None => (None, None),
        };
        self.unread(body, at, &[]);
        let effect = Effect {
            name: required(concept.as_ref().and_then(named), || body.at(key))?,
            detail: extensions.detail,
            frequency,
            band: word(
                band.as_deref(),
                || body.at("frequencyOfOccurrence"),
                FrequencyBand::NAMES,
                FrequencyBand::from_name,
            )?,
            action: extensions.action,
            codes: codes_of(concept.as_ref()),
        };
        if section.as_deref() == Some(SECTION_SERIOUS) {
            self.serious.push(effect);
        } else {
            if section.is_none() {
                self.warn(
                    resource.path.clone(),
                    "not marked common or serious: listed as a common side effect",
                );
            }
            self.common.push(effect);
        }
        Ok(())
    }

    /// A `warning` (the type for anything else): a use, a precaution or a warning, as its
    /// categories say.
    fn use_precaution_or_warning(
        &mut self,
        resource: &Obj,
        body: &Obj,
        categories: &Concept,
        section: Option<String>,
    ) -> Result<()> {
        // A code of medcard's own systems among the categories that is not one of the card's
        // words is an error at the categories.
        let category = || resource.at("category");
        let at = self.warnings.len();
        let concept = match body.object("code")? {
            Some(code) => Some(self.concept(&code)?),
            None => None,
        };
        let description = body.text("description")?;
        self.unread(body, at, &[]);
        let title = concept.as_ref().and_then(named);
        let status = categories.has(USE_STATUS);
        let hl7_kind = match categories.has(HL7_CATEGORY) {
            Some("Pregnancy") => Some("pregnancy"),
            Some("DriveAndMachines") => Some("driving"),
            _ => None,
        };
        if section.as_deref() == Some(SECTION_USES) || status.is_some() {
            self.uses.push(Use {
                condition: required(title, || body.at("code"))?,
                status: word(status, category, UseStatus::NAMES, UseStatus::from_name)?,
                regions: Vec::new(),
                note: description,
                codes: codes_of(concept.as_ref()),
            });
        } else if section.as_deref() == Some(SECTION_PRECAUTIONS) || hl7_kind.is_some() {
            self.precautions.push(Precaution {
                kind: word(
                    categories.has(PRECAUTION_KIND).or(hl7_kind),
                    category,
                    PrecautionKind::NAMES,
                    PrecautionKind::from_name,
                )?,
                title,
                text: required(description, || body.at("description"))?,
                codes: codes_of(concept.as_ref()),
            });
        } else {
            let title = title.or_else(|| description.clone());
            let detail = description.filter(|d| Some(d) != title.as_ref());
            if concept.as_ref().is_some_and(|c| !c.codes.is_empty()) {
                self.warn(
                    body.at("code"),
                    "a card warning has no codes: they are left out",
                );
            }
            self.warnings_list.push(Warning {
                title: required(title, || body.at("description"))?,
                detail,
                level: word(
                    categories.has(WARNING_LEVEL),
                    category,
                    WarningLevel::NAMES,
                    WarningLevel::from_name,
                )?,
            });
        }
        Ok(())
    }

    /// A `RegulatedAuthorization`: its ISO 3166 regions become the `regions` of each use it
    /// names as its indication (by the use's entry `fullUrl`).
    fn authorization(&mut self, resource: &Obj) -> Result<()> {
        let at = self.warnings.len();
        let mut regions = Vec::new();
        for region in resource.list("region")? {
            let concept = self.concept(&region)?;
            match concept.has(ISO_3166) {
                Some(code) if is_region_code(code) => regions.push(code.to_string()),
                _ => self.warn(
                    region.path.clone(),
                    "a region that is not an ISO 3166-1 alpha-2 code: left out",
                ),
            }
        }
        for indication in resource.list("indication")? {
            let indication_at = self.warnings.len();
            let target = match indication.object("reference")? {
                Some(reference) => {
                    let target = reference.text("reference")?;
                    self.unread(&reference, self.warnings.len(), &[]);
                    target
                }
                None => None,
            };
            self.unread(&indication, indication_at, &[]);
            let found = target.and_then(|target| {
                self.use_urls
                    .iter()
                    .find(|(url, _)| *url == target)
                    .map(|(_, index)| *index)
            });
            let item = found.and_then(|index| self.uses.get_mut(index));
            match item {
                Some(item) if !regions.is_empty() => item.regions = regions.clone(),
                Some(_) => {}
                None => self.warn(
                    indication.path.clone(),
                    "an authorisation for no use of this bundle: not mapped to the card",
                ),
            }
        }
        // `subject` is the MedicationKnowledge.
        self.unread(resource, at, &["language", "subject"]);
        Ok(())
    }

    fn body_concept(&mut self, body: &Obj, key: &str) -> Result<Option<Concept>> {
        match body.object(key)? {
            Some(reference) => self.concept_of(&reference),
            None => Ok(None),
        }
    }

    fn citation(&mut self, resource: &Obj) -> Result<()> {
        let at = self.warnings.len();
        let mut title = resource.text("title")?;
        let (mut url, mut via, mut accessed, mut publisher) = (None, None, None, None);
        if let Some(artifact) = resource.object("citedArtifact")? {
            let artifact_at = self.warnings.len();
            if let Some(first) = artifact.list("title")?.first() {
                title = first.text("text")?.or(title);
            }
            for location in artifact.list("webLocation")? {
                let location_at = self.warnings.len();
                let mut is_via = false;
                for classifier in location.list("classifier")? {
                    is_via |= self.concept(&classifier)?.has(CARD_FIELD) == Some("via");
                }
                let found = location.text("url")?;
                self.unread(&location, location_at, &[]);
                let slot = if is_via { &mut via } else { &mut url };
                match found {
                    Some(found) if slot.is_none() => *slot = Some(found),
                    Some(_) => self.warn(
                        location.path.clone(),
                        "a further web location: not mapped to the card",
                    ),
                    None => {}
                }
            }
            if let Some(text) = artifact.text("dateAccessed")? {
                // A dateTime's day.
                let day = Date::parse(text.get(..10).unwrap_or(&text));
                let wrong = ImportProblem::WrongType {
                    expected: "a date (YYYY-MM-DD)",
                };
                accessed = Some(day.ok_or_else(|| error(artifact.at("dateAccessed"), wrong))?);
            }
            if let Some(form) = artifact.list("publicationForm")?.first() {
                publisher = form
                    .object("publishedIn")?
                    .map(|p| p.object("publisher"))
                    .transpose()?
                    .flatten()
                    .map(|p| p.text("display"))
                    .transpose()?
                    .flatten();
            }
            self.unread(&artifact, artifact_at, &[]);
        }
        self.unread(resource, at, &["language", "status"]);
        let Some(title) = title else {
            self.warn(
                resource.path.clone(),
                "a citation without a title: left out",
            );
            return Ok(());
        };
        self.sources.push(Source {
            title,
            url,
            via,
            publisher,
            accessed,
        });
        Ok(())
    }
}

const BUNDLE_TYPES: &[&str] = &[
    "document",
    "message",
    "transaction",
    "transaction-response",
    "batch",
    "batch-response",
    "history",
    "searchset",
    "collection",
    "subscription-notification",
];

fn resource_type(obj: &Obj, expected: &'static str) -> Result<()> {
    match obj.get("resourceType") {
        Some(Value::String(found)) if found == expected => Ok(()),
        Some(Value::String(found)) => Err(error(
            obj.path.clone(),
            ImportProblem::WrongResourceType {
                expected,
                found: found.clone(),
            },
        )),
        Some(_) => Err(error(
            obj.at("resourceType"),
            ImportProblem::WrongType { expected: "text" },
        )),
        None => Err(error(obj.at("resourceType"), ImportProblem::Missing)),
    }
}

/// A concept's words: its text or display, else its first code.
fn named(concept: &Concept) -> Option<String> {
    concept.text.clone().or_else(|| concept.bare_code.clone())
}
