//! Turning untrusted JSON into a checked [`Card`], collecting every problem with its JSON path.
//!
//! Parsing is two steps. [`json::parse`] turns text into a [`Value`] (and reports syntax errors with
//! line and column); then a small hand-written decoder walks the value and builds the model. The
//! decoder does not stop at the first problem, unlike a derived `Deserialize`, so authors see
//! all of them at once; it also knows which problems are only warnings.

use crate::codes::{self, Code, CodeProblem};
use crate::error::{Error, Issue, JsonType, Problem, Severity};
use crate::json;
use crate::model::{
    is_region_code, safe_url, Attribution, Availability, Callout, CalloutLevel, Card, Date, Dosage,
    Effect, FrequencyBand, Item, Link, Medication, Precaution, PrecautionKind, Review, ReviewKind,
    Schedule, SideEffects, Source, Translation, Use, UseStatus, Warning, WarningLevel,
    SCHEMA_VERSION,
};
use serde_json::{Map, Value};

#[cfg(feature = "authoring")]
mod readability;
#[cfg(feature = "authoring")]
mod translation;

#[cfg(feature = "authoring")]
pub use readability::{readability, Counts, Formula, MIN_WORDS};
#[cfg(feature = "authoring")]
pub use translation::{compare_translation, compare_with_original};

/// Most key facts a card should have; more is a warning for authors (`keyFacts`).
pub const MAX_KEY_FACTS: usize = 6;

/// Most words a key fact should have (runs of text between spaces); more is a warning.
pub const MAX_KEY_FACT_WORDS: usize = 25;

/// Limits that protect the host page from oversized data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest JSON document, in bytes.
    pub max_bytes: usize,
    /// Longest text, in characters.
    pub max_text_chars: usize,
    /// Longest list.
    pub max_list_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 256 * 1024,
            max_text_chars: 5_000,
            max_list_items: 100,
        }
    }
}

/// How to check a card.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Size limits.
    pub limits: Limits,
    /// Today's date, to report an overdue review; `None` skips that check.
    pub today: Option<Date>,
    /// Also report the reading level of each text ([`readability`]): infos, and warnings above
    /// grade 9. Off for the widget; on for `medcard validate --readability` and the
    /// playground's switch.
    pub readability: bool,
}

/// A card that passed validation, with the warnings found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The card.
    pub card: Card,
    /// Problems that do not stop the card from being shown.
    pub warnings: Vec<Issue>,
}

/// Parses and checks card JSON text.
pub fn parse_card(json: &str, options: &Options) -> Result<Checked, Error> {
    let limit = options.limits.max_bytes;
    if json.len() > limit {
        return Err(Error::TooLarge {
            bytes: json.len(),
            limit,
        });
    }
    // A byte-order mark is invisible in editors; accept it rather than fail on column 1.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value = json::parse(json).map_err(syntax_error)?;
    validate_value(&value, options)
}

fn syntax_error(error: json::SyntaxError) -> Error {
    Error::Syntax {
        line: error.line,
        column: error.column,
        message: error.message,
    }
}

/// Checks an already parsed JSON value; [`parse_card`] is this after parsing (the fuzz tests
/// call it directly). The widget always parses text: a `data` object reaches it as JSON text.
pub fn validate_value(value: &Value, options: &Options) -> Result<Checked, Error> {
    let mut decoder = Decoder {
        limits: options.limits,
        issues: Vec::new(),
    };
    let card = decoder.card(value);
    if let (Some(card), Some(today)) = (&card, options.today) {
        if let Some(review) = card.reviewed.as_ref().filter(|r| r.is_overdue(today)) {
            let due = review
                .next_review
                .map(|d| d.to_string())
                .unwrap_or_default();
            decoder.report("reviewed.nextReview".into(), Problem::ReviewOverdue { due });
        }
    }
    // Only authors see these (the card renders either way), so the card's wasm leaves them out.
    #[cfg(feature = "authoring")]
    if let Some(card) = &card {
        decoder.content_checks(card);
        if options.readability {
            decoder.issues.extend(readability(card));
        }
    }
    let (errors, warnings): (Vec<Issue>, Vec<Issue>) = decoder
        .issues
        .into_iter()
        .partition(|issue| issue.problem.severity() == Severity::Error);
    match card {
        Some(card) if errors.is_empty() => Ok(Checked { card, warnings }),
        _ => Err(Error::Invalid { errors, warnings }),
    }
}

/// Removes characters a reader cannot see but that change what they see: control characters
/// (other than tab and line breaks) and the bidirectional embedding and override marks, which
/// can make "15 mg" display as "gm 51". Returns the clean text and how many were removed.
fn without_hidden_characters(text: &str) -> (String, usize) {
    let hidden = |c: &char| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || ('\u{202a}'..='\u{202e}').contains(c)
    };
    // Most text is ASCII, where only the C0 controls and DEL can be hidden: a byte scan.
    let removed = if text.is_ascii() {
        text.bytes()
            .filter(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f)
            .count()
    } else {
        text.chars().filter(hidden).count()
    };
    if removed == 0 {
        return (text.to_string(), 0);
    }
    (text.chars().filter(|c| !hidden(c)).collect(), removed)
}

/// A JSON path under construction: `sideEffects.serious[2].name`.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A number for a message, without the float formatter (a large part of the wasm): whole
/// numbers exactly, others with up to six decimals, as they are almost always written.
fn number_as_written(number: &serde_json::Number) -> String {
    if let Some(whole) = number.as_i64() {
        return whole.to_string();
    }
    if let Some(whole) = number.as_u64() {
        return whole.to_string();
    }
    let value = number.as_f64().unwrap_or_default();
    for decimals in 0..=6 {
        let scaled = value * 10f64.powi(decimals);
        let rounded = scaled.round();
        if (scaled - rounded).abs() <= 1e-9 * rounded.abs().max(1.0) && rounded.abs() < 9e15 {
            let digits = (rounded.abs() as u64).to_string();
            let digits = format!("{digits:0>width$}", width = decimals as usize + 1);
            let (whole, fraction) = digits.split_at(digits.len() - decimals as usize);
            let sign = if value < 0.0 { "-" } else { "" };
            let point = if fraction.is_empty() { "" } else { "." };
            return format!("{sign}{whole}{point}{fraction}");
        }
    }
    "a number with many decimals".to_string()
}

/// Walks a value, building the model and recording issues. Every method returns `None` (or an
/// empty list) for a value it could not use, after recording why.
struct Decoder {
    limits: Limits,
    issues: Vec<Issue>,
}

/// One JSON object being read: its fields, its path, and the keys read so far. The keys it never
/// read are the ones the schema does not have ([`Decoder::object`] warns about them).
struct Fields<'v> {
    map: &'v Map<String, Value>,
    path: String,
    read: Vec<&'v str>,
}

impl<'v> Fields<'v> {
    /// A field's value, and the key marked as read; JSON `null` counts as absent, which is what
    /// CMS exports mean by it.
    fn get(&mut self, key: &str) -> Option<&'v Value> {
        let (key, value) = self.map.get_key_value(key)?;
        self.read.push(key);
        Some(value).filter(|value| !value.is_null())
    }

    /// The path of one of its fields.
    fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }
}

impl Decoder {
    fn report(&mut self, path: String, problem: Problem) {
        self.issues.push(Issue { path, problem });
    }

    /// Reads an object with `read`, then warns about every key `read` did not look at. The
    /// warnings go before the problems found inside the object, in the object's key order.
    fn object<T>(
        &mut self,
        value: &Value,
        path: &str,
        read: impl FnOnce(&mut Self, &mut Fields) -> Option<T>,
    ) -> Option<T> {
        // Only the call to `read` is generic: one copy of the rest, however many object kinds.
        let (mut fields, start) = self.open(value, path)?;
        let result = read(self, &mut fields);
        self.unknown_fields(&fields, start);
        result
    }

    /// The object's fields, and where its unknown-field warnings go; `None` (reported) if it is
    /// not an object.
    fn open<'v>(&mut self, value: &'v Value, path: &str) -> Option<(Fields<'v>, usize)> {
        let Value::Object(map) = value else {
            let found = JsonType::of(value);
            self.report(
                path.to_string(),
                Problem::WrongType {
                    expected: JsonType::Object,
                    found,
                },
            );
            return None;
        };
        let fields = Fields {
            map,
            path: path.to_string(),
            read: Vec::new(),
        };
        Some((fields, self.issues.len()))
    }

    fn unknown_fields(&mut self, fields: &Fields, at: usize) {
        let unknown = fields
            .map
            .keys()
            .filter(|key| !fields.read.contains(&key.as_str()))
            .map(|key| Issue {
                path: fields.at(key),
                problem: Problem::UnknownField,
            });
        self.issues.splice(at..at, unknown);
    }

    fn text_value(&mut self, value: &Value, path: String) -> Option<String> {
        let Value::String(text) = value else {
            let found = JsonType::of(value);
            self.report(
                path,
                Problem::WrongType {
                    expected: JsonType::Text,
                    found,
                },
            );
            return None;
        };
        let (text, removed) = without_hidden_characters(text.trim());
        if removed > 0 {
            self.report(path.clone(), Problem::HiddenCharacters { count: removed });
        }
        let chars = text.chars().count();
        if chars > self.limits.max_text_chars {
            let limit = self.limits.max_text_chars;
            self.report(path, Problem::TooLong { chars, limit });
            return None;
        }
        Some(text)
    }

    /// Optional text: absent, null, empty and white space all mean "not given".
    fn optional_text(&mut self, fields: &mut Fields, key: &str) -> Option<String> {
        let value = fields.get(key)?;
        self.text_value(value, fields.at(key))
            .filter(|text| !text.is_empty())
    }

    /// Required text: must be present and not blank.
    fn required_text(&mut self, fields: &mut Fields, key: &str) -> Option<String> {
        let path = fields.at(key);
        let Some(value) = fields.get(key) else {
            self.report(path, Problem::Missing);
            return None;
        };
        let text = self.text_value(value, path.clone())?;
        if text.is_empty() {
            self.report(path, Problem::Empty);
            return None;
        }
        Some(text)
    }

    /// An optional list; each element read by `item`. Elements that fail are left out (their
    /// problems are errors, so the card is not shown anyway).
    fn list<T>(
        &mut self,
        fields: &mut Fields,
        key: &str,
        mut item: impl FnMut(&mut Self, &Value, String) -> Option<T>,
    ) -> Vec<T> {
        let path = fields.at(key);
        let Some(value) = fields.get(key) else {
            return Vec::new();
        };
        let Value::Array(values) = value else {
            let found = JsonType::of(value);
            self.report(
                path,
                Problem::WrongType {
                    expected: JsonType::List,
                    found,
                },
            );
            return Vec::new();
        };
        if values.len() > self.limits.max_list_items {
            let limit = self.limits.max_list_items;
            self.report(
                path,
                Problem::TooMany {
                    items: values.len(),
                    limit,
                },
            );
            return Vec::new();
        }
        values
            .iter()
            .enumerate()
            .filter_map(|(index, value)| item(self, value, format!("{path}[{index}]")))
            .collect()
    }

    /// A list of non-empty texts.
    fn text_list(&mut self, fields: &mut Fields, key: &str) -> Vec<String> {
        self.list(fields, key, |decoder, value, path| {
            let text = decoder.text_value(value, path.clone())?;
            if text.is_empty() {
                decoder.report(path, Problem::Empty);
                return None;
            }
            Some(text)
        })
    }

    /// `keyFacts`: when given, one to six texts. An empty list is an error (nothing to show
    /// under the title, yet the field is there); more than six, or long ones, are only warnings
    /// (`key_fact_checks`).
    fn key_facts(&mut self, fields: &mut Fields) -> Vec<String> {
        if matches!(fields.get("keyFacts"), Some(Value::Array(items)) if items.is_empty()) {
            self.report(fields.at("keyFacts"), Problem::Empty);
        }
        self.text_list(fields, "keyFacts")
    }

    /// One of a fixed set of words.
    fn word<E>(
        &mut self,
        fields: &mut Fields,
        key: &str,
        names: &'static [&'static str],
        from_name: fn(&str) -> Option<E>,
    ) -> Option<E> {
        let path = fields.at(key);
        let text = self.text_value(fields.get(key)?, path.clone())?;
        let parsed = from_name(&text);
        if parsed.is_none() {
            self.report(
                path,
                Problem::NotAllowed {
                    found: text,
                    allowed: names,
                },
            );
        }
        parsed
    }

    fn date(&mut self, fields: &mut Fields, key: &str, required: bool) -> Option<Date> {
        let text = if required {
            self.required_text(fields, key)?
        } else {
            self.optional_text(fields, key)?
        };
        let date = Date::parse(&text);
        if date.is_none() {
            self.report(fields.at(key), Problem::BadDate { found: text });
        }
        date
    }

    /// An optional URL; an unsafe one is kept (shown as text) and reported as a warning.
    fn url(&mut self, fields: &mut Fields, key: &str, required: bool) -> Option<String> {
        let url = if required {
            self.required_text(fields, key)?
        } else {
            self.optional_text(fields, key)?
        };
        match safe_url(&url) {
            None => {
                let found = url.clone();
                self.report(fields.at(key), Problem::UnsafeUrl { found });
            }
            Some(safe) if !safe.get(..6).unwrap_or("").eq_ignore_ascii_case("https:") => {
                let found = url.clone();
                self.report(fields.at(key), Problem::NotHttps { found });
            }
            Some(_) => {}
        }
        Some(url)
    }

    fn card(&mut self, value: &Value) -> Option<Card> {
        self.object(value, "", |decoder, fields| {
            let version_ok = decoder.schema_version(fields);
            let language = decoder.language(fields);
            let medication = match fields.get("medication") {
                Some(value) => decoder.medication(value),
                None => {
                    decoder.report("medication".into(), Problem::Missing);
                    None
                }
            };
            let card = Card {
                schema_version: SCHEMA_VERSION,
                language,
                medication: medication.unwrap_or_else(placeholder_medication),
                summary: decoder.optional_text(fields, "summary"),
                key_facts: decoder.key_facts(fields),
                uses: decoder.list(fields, "uses", Self::use_),
                how_it_works: decoder.optional_text(fields, "howItWorks"),
                benefits: decoder.list(fields, "benefits", Self::item),
                warnings: decoder.list(fields, "warnings", Self::warning),
                get_help: decoder.list(fields, "getHelp", Self::callout),
                dosage: decoder.nested(fields, "dosage", Self::dosage),
                side_effects: decoder.nested(fields, "sideEffects", Self::side_effects),
                precautions: decoder.list(fields, "precautions", Self::precaution),
                related: decoder.list(fields, "related", Self::link),
                sources: decoder.list(fields, "sources", Self::source),
                reviewed: decoder.nested(fields, "reviewed", Self::review),
                attribution: decoder.nested(fields, "attribution", Self::attribution),
                disclaimer: decoder.optional_text(fields, "disclaimer"),
                translation_of: decoder.nested(fields, "translationOf", Self::translation),
            };
            // Without a version we cannot know what the fields mean: that alone decides.
            version_ok.then_some(card)
        })
    }

    fn schema_version(&mut self, fields: &mut Fields) -> bool {
        let found = match fields.get("schemaVersion") {
            None | Some(Value::Null) => {
                self.report("schemaVersion".into(), Problem::Missing);
                return false;
            }
            Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION) => return true,
            Some(Value::String(s)) => format!("\"{s}\" (text)"),
            Some(Value::Number(n)) => number_as_written(n),
            Some(Value::Bool(b)) => b.to_string(),
            // Not the whole value as JSON: it would not help, and it costs a serializer.
            Some(Value::Array(_)) => "[ … ]".into(),
            Some(Value::Object(_)) => "{ … }".into(),
        };
        self.report(
            "schemaVersion".into(),
            Problem::UnsupportedVersion { found },
        );
        false
    }

    fn language(&mut self, fields: &mut Fields) -> Option<String> {
        let tag = self.optional_text(fields, "language")?;
        if is_language_tag(&tag) {
            Some(tag)
        } else {
            self.report("language".into(), Problem::BadLanguage { found: tag });
            None
        }
    }

    fn nested<T>(
        &mut self,
        fields: &mut Fields,
        key: &str,
        read: fn(&mut Self, &Value, String) -> Option<T>,
    ) -> Option<T> {
        let value = fields.get(key)?;
        read(self, value, fields.at(key))
    }

    fn medication(&mut self, value: &Value) -> Option<Medication> {
        self.object(value, "medication", |decoder, fields| {
            let name = decoder.required_text(fields, "name");
            let medication = Medication {
                name: name.unwrap_or_default(),
                generic_name: decoder.optional_text(fields, "genericName"),
                brand_names: decoder.text_list(fields, "brandNames"),
                drug_class: decoder.optional_text(fields, "drugClass"),
                forms: decoder.text_list(fields, "forms"),
                availability: decoder.word(
                    fields,
                    "availability",
                    Availability::NAMES,
                    Availability::from_name,
                ),
                codes: decoder.list(fields, "codes", Self::code),
            };
            (!medication.name.is_empty()).then_some(medication)
        })
    }

    fn use_(&mut self, value: &Value, path: String) -> Option<Use> {
        self.object(value, &path, |decoder, fields| {
            let condition = decoder.required_text(fields, "condition");
            let status = decoder.word(fields, "status", UseStatus::NAMES, UseStatus::from_name);
            let regions = decoder.list(fields, "regions", |decoder, value, path| {
                let code = decoder.text_value(value, path.clone())?;
                if !is_region_code(&code) {
                    decoder.report(path, Problem::BadRegion { found: code });
                    return None;
                }
                Some(code)
            });
            let note = decoder.optional_text(fields, "note");
            let codes = decoder.list(fields, "codes", Self::code);
            Some(Use {
                condition: condition?,
                status,
                regions,
                note,
                codes,
            })
        })
    }

    fn item(&mut self, value: &Value, path: String) -> Option<Item> {
        self.object(value, &path, |decoder, fields| {
            let title = decoder.required_text(fields, "title");
            let detail = decoder.optional_text(fields, "detail");
            Some(Item {
                title: title?,
                detail,
            })
        })
    }

    fn warning(&mut self, value: &Value, path: String) -> Option<Warning> {
        self.object(value, &path, |decoder, fields| {
            let title = decoder.required_text(fields, "title");
            let detail = decoder.optional_text(fields, "detail");
            let level = decoder.word(
                fields,
                "level",
                WarningLevel::NAMES,
                WarningLevel::from_name,
            );
            Some(Warning {
                title: title?,
                detail,
                level,
            })
        })
    }

    fn callout(&mut self, value: &Value, path: String) -> Option<Callout> {
        self.object(value, &path, |decoder, fields| {
            let level = match fields.get("level") {
                Some(_) => decoder.word(
                    fields,
                    "level",
                    CalloutLevel::NAMES,
                    CalloutLevel::from_name,
                ),
                None => {
                    decoder.report(fields.at("level"), Problem::Missing);
                    None
                }
            };
            let title = decoder.required_text(fields, "title");
            let items = decoder.text_list(fields, "items");
            Some(Callout {
                level: level?,
                title: title?,
                items,
            })
        })
    }

    fn dosage(&mut self, value: &Value, path: String) -> Option<Dosage> {
        self.object(value, &path, |decoder, fields| {
            Some(Dosage {
                schedules: decoder.list(fields, "schedules", Self::schedule),
                instructions: decoder.text_list(fields, "instructions"),
                missed_dose: decoder.optional_text(fields, "missedDose"),
                overdose: decoder.optional_text(fields, "overdose"),
                stopping: decoder.optional_text(fields, "stopping"),
            })
        })
    }

    fn schedule(&mut self, value: &Value, path: String) -> Option<Schedule> {
        self.object(value, &path, |decoder, fields| {
            let schedule = Schedule {
                population: decoder.optional_text(fields, "population"),
                indication: decoder.optional_text(fields, "indication"),
                start: decoder.optional_text(fields, "start"),
                usual: decoder.optional_text(fields, "usual"),
                maximum: decoder.optional_text(fields, "maximum"),
                frequency: decoder.optional_text(fields, "frequency"),
                timing: decoder.optional_text(fields, "timing"),
                notes: decoder.optional_text(fields, "notes"),
            };
            let has_dose =
                schedule.start.is_some() || schedule.usual.is_some() || schedule.maximum.is_some();
            if !has_dose {
                decoder.report(fields.path.clone(), Problem::NoDose);
                return None;
            }
            Some(schedule)
        })
    }

    fn side_effects(&mut self, value: &Value, path: String) -> Option<SideEffects> {
        self.object(value, &path, |decoder, fields| {
            Some(SideEffects {
                common: decoder.list(fields, "common", Self::effect),
                serious: decoder.list(fields, "serious", Self::effect),
                note: decoder.optional_text(fields, "note"),
            })
        })
    }

    fn effect(&mut self, value: &Value, path: String) -> Option<Effect> {
        self.object(value, &path, |decoder, fields| {
            let name = decoder.required_text(fields, "name");
            let effect = Effect {
                name: name.unwrap_or_default(),
                detail: decoder.optional_text(fields, "detail"),
                frequency: decoder.optional_text(fields, "frequency"),
                band: decoder.word(
                    fields,
                    "band",
                    FrequencyBand::NAMES,
                    FrequencyBand::from_name,
                ),
                action: decoder.optional_text(fields, "action"),
                codes: decoder.list(fields, "codes", Self::code),
            };
            (!effect.name.is_empty()).then_some(effect)
        })
    }

    fn precaution(&mut self, value: &Value, path: String) -> Option<Precaution> {
        self.object(value, &path, |decoder, fields| {
            let kind = decoder.word(
                fields,
                "kind",
                PrecautionKind::NAMES,
                PrecautionKind::from_name,
            );
            let title = decoder.optional_text(fields, "title");
            let text = decoder.required_text(fields, "text");
            let codes = decoder.list(fields, "codes", Self::code);
            Some(Precaution {
                kind,
                title,
                text: text?,
                codes,
            })
        })
    }

    /// One code; its format is checked by [`codes::check`].
    fn code(&mut self, value: &Value, path: String) -> Option<Code> {
        let (system, code, display) = self.object(value, &path, |decoder, fields| {
            let (system, code) = (
                decoder.required_text(fields, "system"),
                decoder.required_text(fields, "code"),
            );
            let display = decoder.optional_text(fields, "display");
            Some((system?, code?, display))
        })?;
        let problem = match codes::check(&system, &code) {
            Ok(()) => {
                return Some(Code {
                    system,
                    code,
                    display,
                })
            }
            Err(CodeProblem::BadCode(system)) => (
                join(&path, "code"),
                Problem::BadCode {
                    system,
                    found: code,
                },
            ),
            Err(CodeProblem::BadSystem) => (
                join(&path, "system"),
                Problem::BadCodeSystem { found: system },
            ),
        };
        self.report(problem.0, problem.1);
        None
    }

    fn link(&mut self, value: &Value, path: String) -> Option<Link> {
        self.object(value, &path, |decoder, fields| {
            let title = decoder.required_text(fields, "title");
            let url = decoder.url(fields, "url", true);
            Some(Link {
                title: title?,
                url: url?,
            })
        })
    }

    fn source(&mut self, value: &Value, path: String) -> Option<Source> {
        self.object(value, &path, |decoder, fields| {
            let title = decoder.required_text(fields, "title");
            let url = decoder.url(fields, "url", false);
            let via = decoder.url(fields, "via", false);
            let publisher = decoder.optional_text(fields, "publisher");
            // No date is asked for: `accessed` is the day the cited text was read, given only
            // when known (a required date invites invented ones; review 2, N11).
            let accessed = decoder.date(fields, "accessed", false);
            Some(Source {
                title: title?,
                url,
                via,
                publisher,
                accessed,
            })
        })
    }

    fn review(&mut self, value: &Value, path: String) -> Option<Review> {
        self.object(value, &path, |decoder, fields| {
            let date = decoder.date(fields, "date", true);
            let kind = decoder.word(fields, "kind", ReviewKind::NAMES, ReviewKind::from_name);
            if fields.get("kind").is_none() {
                decoder.report(fields.at("kind"), Problem::ReviewKindMissing);
            }
            let by = decoder.optional_text(fields, "by");
            let next_review = decoder.date(fields, "nextReview", false);
            Some(Review {
                date: date?,
                kind,
                by,
                next_review,
            })
        })
    }

    fn translation(&mut self, value: &Value, path: String) -> Option<Translation> {
        self.object(value, &path, |decoder, fields| {
            let url = decoder.optional_text(fields, "url");
            let language = decoder.optional_text(fields, "language");
            if let Some(tag) = language.as_ref().filter(|tag| !is_language_tag(tag)) {
                let found = tag.clone();
                decoder.report(fields.at("language"), Problem::BadLanguage { found });
            }
            let omitted = decoder.optional_text(fields, "omitted");
            Some(Translation {
                url,
                language: language.filter(|tag| is_language_tag(tag)),
                omitted,
            })
        })
    }

    /// What a reviewer would ask of a card that says what a medicine is used for: where are the
    /// serious side effects, and when should a reader get help?
    #[cfg(feature = "authoring")]
    fn content_checks(&mut self, card: &Card) {
        self.key_fact_checks(card);
        for (index, use_) in card.uses.iter().enumerate() {
            if use_.status == Some(UseStatus::Approved) && use_.regions.is_empty() {
                let path = format!("uses[{index}].regions");
                self.report(path, Problem::ApprovalWithoutRegions);
            }
        }
        for (index, source) in card.sources.iter().enumerate() {
            if source.url.is_none() && source.via.is_none() {
                let path = format!("sources[{index}]");
                self.report(path, Problem::SourceWithoutLocator);
            }
        }
        if card.uses.is_empty() {
            return;
        }
        if card.key_facts.is_empty() {
            self.report("keyFacts".into(), Problem::NoKeyFacts);
        }
        let no_serious = card
            .side_effects
            .as_ref()
            .is_none_or(|effects| effects.serious.is_empty());
        if no_serious {
            self.report("sideEffects.serious".into(), Problem::NoSeriousSideEffects);
        }
        if card.get_help.is_empty() {
            self.report("getHelp".into(), Problem::NoGetHelp);
        }
    }

    /// Key facts are for readers who read only the top of the card: a few, each short.
    #[cfg(feature = "authoring")]
    fn key_fact_checks(&mut self, card: &Card) {
        let count = card.key_facts.len();
        if count > MAX_KEY_FACTS {
            let advised = MAX_KEY_FACTS;
            self.report(
                "keyFacts".into(),
                Problem::TooManyKeyFacts { count, advised },
            );
        }
        for (index, fact) in card.key_facts.iter().enumerate() {
            let words = fact.split_whitespace().count();
            if words > MAX_KEY_FACT_WORDS {
                let advised = MAX_KEY_FACT_WORDS;
                let path = format!("keyFacts[{index}]");
                self.report(path, Problem::KeyFactTooLong { words, advised });
            }
        }
    }

    fn attribution(&mut self, value: &Value, path: String) -> Option<Attribution> {
        self.object(value, &path, |decoder, fields| {
            let text = decoder.required_text(fields, "text");
            let url = decoder.url(fields, "url", false);
            Some(Attribution { text: text?, url })
        })
    }
}

/// Stands in while other fields are still checked, so their problems are reported too; a card
/// with a placeholder always has an error and is never shown.
fn placeholder_medication() -> Medication {
    Medication {
        name: String::new(),
        generic_name: None,
        brand_names: Vec::new(),
        drug_class: None,
        forms: Vec::new(),
        availability: None,
        codes: Vec::new(),
    }
}

/// A well-formed BCP 47 tag: a 2–3 or 5–8 letter language, then 1–8 character subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let primary = parts.next().unwrap_or("");
    let primary_ok =
        matches!(primary.len(), 2 | 3 | 5..=8) && primary.chars().all(|c| c.is_ascii_alphabetic());
    primary_ok
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_read_as_written() {
        let written = |text: &str| match crate::json::parse(text).unwrap() {
            serde_json::Value::Number(n) => number_as_written(&n),
            other => panic!("{other:?}"),
        };
        for text in [
            "2",
            "-3",
            "18446744073709551615",
            "1.5",
            "-0.25",
            "2.675",
            "0.000001",
        ] {
            assert_eq!(written(text), text);
        }
        assert_eq!(written("1e2"), "100");
        assert_eq!(written("1.0"), "1");
        assert_eq!(written("0.1234567"), "a number with many decimals");
    }

    #[test]
    fn language_tags() {
        for good in ["en", "es", "ar", "en-GB", "zh-Hant-TW", "es-419"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "e",
            "english language",
            "en-",
            "123",
            "en-toolongsubtag",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
