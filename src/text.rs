//! The widget's own words (headings, labels, counts, dates, the default disclaimer, what is wrong
//! with card data), one file per language.
//!
//! Card data brings its own text; everything the widget itself says comes from here. A language
//! is one file in `src/text/` with its [`UiText`] table and its problem messages, listed in
//! [`LANGUAGES`]; the `match`es in those messages name every variant, so a new problem does not
//! compile until every language says it. English is the fallback for any language without a
//! table, and its words are also the `Display` text of [`Error`], [`Problem`] and
//! [`LoadFailure`]. Every string has a key (see [`UiText::entries`]), and a host page can
//! replace any of them with [`customised`].

use crate::error::{Error, LoadFailure, Problem};
use crate::model::{
    Availability, CalloutLevel, Date, FrequencyBand, PrecautionKind, UseStatus, WarningLevel,
};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;
use std::rc::{Rc, Weak};

#[cfg(feature = "languages")]
mod ar;
mod en;
#[cfg(feature = "languages")]
mod es;
mod messages;
mod plural;
mod problem;

pub use messages::MessageTemplates;

#[cfg(feature = "languages")]
pub use ar::AR;
pub use en::EN;
#[cfg(feature = "languages")]
pub use es::ES;

/// CLDR plural categories; a language's [`UiText::plural`] rule picks one for a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// Arabic: 0.
    Zero,
    /// 1 in every shipped language.
    One,
    /// Arabic: 2.
    Two,
    /// Arabic: 3–10 (modulo 100).
    Few,
    /// Arabic: 11–99 (modulo 100).
    Many,
    /// Everything else.
    Other,
}

impl Plural {
    /// Every category, in the order of the `*_count` arrays.
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];
    const NAMES: [&'static str; 6] = ["zero", "one", "two", "few", "many", "other"];
}

/// Key suffixes of [`UiText::dose_labels`].
const DOSE_LABEL_KEYS: [&str; 6] = ["start", "usual", "maximum", "frequency", "timing", "notes"];
/// Key suffixes of [`UiText::months`].
const MONTH_KEYS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The region codes with a name in every language ([`UiText::region_names`]), in that order:
/// the ones the sample cards use. Any other code is shown as written.
pub const REGION_CODES: [&str; 3] = ["US", "GB", "EU"];

/// One string of a [`UiText`]: a language table's own text, or a host's replacement
/// ([`customised`]), which the customised table owns. Reads as a `str`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiString(Cow<'static, str>);

impl UiString {
    /// A table's own text.
    pub const fn new(text: &'static str) -> UiString {
        UiString(Cow::Borrowed(text))
    }

    /// The text, with its lifetime when it is a table's own (`None` for a host's replacement),
    /// so the view can keep it without a copy.
    pub fn as_static(&self) -> Option<&'static str> {
        match self.0 {
            Cow::Borrowed(text) => Some(text),
            Cow::Owned(_) => None,
        }
    }
}

impl Deref for UiString {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UiString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for UiString {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for UiString {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// The table a card renders with (the view's `CardContext::text`): a language's own
/// (`'static`), or a host's [`customised`] one, reference-counted and freed with the last card
/// that uses it. Cheap to clone; reads as a [`UiText`].
#[derive(Debug, Clone)]
pub struct Words(Shared);

#[derive(Debug, Clone)]
enum Shared {
    Language(&'static UiText),
    Custom(Rc<UiText>),
}

impl Words {
    /// Whether both are the same table (not only equal words).
    pub fn same(&self, other: &Words) -> bool {
        std::ptr::eq::<UiText>(&**self, &**other)
    }
}

impl From<&'static UiText> for Words {
    fn from(table: &'static UiText) -> Words {
        Words(Shared::Language(table))
    }
}

impl Deref for Words {
    type Target = UiText;
    fn deref(&self) -> &UiText {
        match &self.0 {
            Shared::Language(table) => table,
            Shared::Custom(table) => table,
        }
    }
}

/// The user-interface text of one language.
#[derive(Debug, Clone)]
pub struct UiText {
    /// BCP 47 primary language subtag this table is for.
    pub lang: &'static str,
    /// Writing direction: `ltr` or `rtl`.
    pub dir: &'static str,
    /// The plural category of a count.
    pub plural: fn(usize) -> Plural,
    /// The default clinician disclaimer.
    pub disclaimer: UiString,
    /// Label before the disclaimer text.
    pub disclaimer_label: UiString,
    /// Shown while card data loads.
    pub loading: UiString,
    /// Heading of the error panel.
    pub error_title: UiString,
    /// First line of the error panel.
    pub error_intro: UiString,
    /// Heading of the author's key facts, under the summary.
    pub key_facts: UiString,
    /// Label of the full layout's list of links to each section.
    pub on_this_card: UiString,
    /// Section heading: uses.
    pub uses: UiString,
    /// Section heading: warnings.
    pub warnings: UiString,
    /// Section heading: how it works.
    pub how_it_works: UiString,
    /// Section heading: benefits.
    pub benefits: UiString,
    /// Section heading: dosage.
    pub dosage: UiString,
    /// Section heading and toggle text: side effects.
    pub side_effects: UiString,
    /// Group heading: common side effects.
    pub common_effects: UiString,
    /// Group heading: serious side effects.
    pub serious_effects: UiString,
    /// Section heading: precautions.
    pub precautions: UiString,
    /// Section heading: related links.
    pub related: UiString,
    /// Section heading: sources.
    pub sources: UiString,
    /// Label: brand names.
    pub brand_names: UiString,
    /// Label: generic name.
    pub generic_name: UiString,
    /// Label: drug class (read by screen readers only).
    pub drug_class: UiString,
    /// Label: forms.
    pub forms: UiString,
    /// Label: availability.
    pub availability: UiString,
    /// Dose labels: start, usual, maximum, how often, when, notes.
    pub dose_labels: [UiString; 6],
    /// Heading for general instructions.
    pub instructions: UiString,
    /// Heading: missed dose.
    pub missed_dose: UiString,
    /// Heading: overdose.
    pub overdose: UiString,
    /// Heading: stopping.
    pub stopping: UiString,
    /// Label before an effect's frequency (read by screen readers only).
    pub how_common: UiString,
    /// Label before an effect's action.
    pub what_to_do: UiString,
    /// Text after a link that opens a new tab (read by screen readers only).
    pub new_tab: UiString,
    /// "Last reviewed", before the date, when `reviewed.kind` is not given.
    pub reviewed: UiString,
    /// "Clinically reviewed on", before the date of a clinical review.
    pub reviewed_clinical: UiString,
    /// "Content checked against its sources on", before the date of an editorial review.
    pub reviewed_editorial: UiString,
    /// After an editorial review's line: it is not a clinical review.
    pub not_clinical_review: UiString,
    /// "by", before the reviewer.
    pub reviewed_by: UiString,
    /// "Next review due", before the date.
    pub next_review: UiString,
    /// Shown when the next review date has passed.
    pub review_overdue: UiString,
    /// Label before a source's access date.
    pub accessed: UiString,
    /// Label before the address where a source was read, when that was a copy (`via`).
    pub read_at: UiString,
    /// A use's status with where it applies: `{status}` and `{regions}` are replaced
    /// ("Approved in the US and the EU").
    pub status_in: UiString,
    /// Names of the regions in [`REGION_CODES`], in that order, as they read after
    /// [`UiText::status_in`]'s "in" ("the US").
    pub region_names: [UiString; 3],
    /// Before the last item of a list in words (" and ").
    pub list_and: UiString,
    /// Each [`FrequencyBand`] with its meaning, in [`FrequencyBand::ALL`] order ("Common: may
    /// affect up to 1 in 10 people").
    pub frequency_band: [UiString; 6],
    /// Words for [`UseStatus`], in [`UseStatus::ALL`] order.
    pub use_status: [UiString; 4],
    /// Words for [`WarningLevel`], in [`WarningLevel::ALL`] order.
    pub warning_level: [UiString; 2],
    /// Words for [`CalloutLevel`], in [`CalloutLevel::ALL`] order.
    pub callout_level: [UiString; 2],
    /// Group headings for [`PrecautionKind`], in [`PrecautionKind::ALL`] order.
    pub precaution_kind: [UiString; 9],
    /// Words for [`Availability`], in [`Availability::ALL`] order.
    pub availability_kind: [UiString; 4],
    /// The toggle's count when a section lists no effects (only a note).
    pub none_listed: UiString,
    /// "{n} common side effects", per [`Plural`] category in [`Plural::ALL`] order.
    pub common_count: [UiString; 6],
    /// "{n} serious side effects", per [`Plural`] category in [`Plural::ALL`] order.
    pub serious_count: [UiString; 6],
    /// Between the items of a short list ("1 serious side effect, 4 common side effects").
    pub list_separator: UiString,
    /// Month names, January first.
    pub months: [UiString; 12],
    /// A date: `{day}`, `{month}` and `{year}` are replaced.
    pub date_pattern: UiString,
    /// What is wrong with one value, shown after its path in the error panel.
    pub problem: fn(&Problem) -> String,
    /// Why the card data could not be fetched.
    pub load_failure: fn(&LoadFailure) -> String,
    /// The error panel's messages as templates, for a table added at run time
    /// ([`add_language`]); `None` for a compiled-in table, whose [`UiText::problem`] and
    /// [`UiText::load_failure`] write them.
    pub message_templates: Option<&'static MessageTemplates>,
    /// The data is not JSON: `{message}` (the parser's English words, which a translation may
    /// leave out) is replaced. Where the data has a place, [`UiText::error_position`] adds it.
    pub error_syntax: UiString,
    /// A whole-document problem with its place in the text: `{problem}`, `{line}` and
    /// `{column}` are replaced.
    pub error_position: UiString,
    /// The data is over the size limit: `{bytes}` and `{limit}` are replaced.
    pub error_too_large: UiString,
    /// A `data` object could not be read: `{message}` (English) is replaced.
    pub error_unreadable: UiString,
    /// The data could not be fetched: `{reason}` is replaced by [`UiText::load_failure`]'s text.
    pub error_load: UiString,
}

impl UiText {
    /// The badge word for a use status.
    pub fn use_status(&self, status: UseStatus) -> &UiString {
        &self.use_status[status as usize]
    }

    /// A frequency band with its meaning.
    pub fn frequency_band(&self, band: FrequencyBand) -> &UiString {
        &self.frequency_band[band as usize]
    }

    /// A region's name: this language's for the codes in [`REGION_CODES`], else the code.
    pub fn region_name<'a>(&'a self, code: &'a str) -> &'a str {
        match REGION_CODES.iter().position(|known| *known == code) {
            Some(index) => &self.region_names[index],
            None => code,
        }
    }

    /// A use's status in words, with the regions where it applies when there are any
    /// ("Approved in the US, the UK and the EU").
    pub fn use_status_in(&self, status: UseStatus, regions: &[String]) -> String {
        let status = self.use_status(status);
        let Some((last, first)) = regions.split_last() else {
            return status.to_string();
        };
        let names: Vec<&str> = first.iter().map(|code| self.region_name(code)).collect();
        let mut joined = names.join(&self.list_separator);
        if !joined.is_empty() {
            joined.push_str(&self.list_and);
        }
        joined.push_str(self.region_name(last));
        fill(&self.status_in, &[("status", status), ("regions", &joined)])
    }

    /// The label for a warning level.
    pub fn warning_level(&self, level: WarningLevel) -> &UiString {
        &self.warning_level[level as usize]
    }

    /// The label for a callout level.
    pub fn callout_level(&self, level: CalloutLevel) -> &UiString {
        &self.callout_level[level as usize]
    }

    /// The group heading for a precaution kind.
    pub fn precaution_kind(&self, kind: PrecautionKind) -> &UiString {
        &self.precaution_kind[kind as usize]
    }

    /// The words for an availability.
    pub fn availability_kind(&self, availability: Availability) -> &UiString {
        &self.availability_kind[availability as usize]
    }

    /// A count in words, from one of the `*_count` tables, with the language's plural rule.
    pub fn count(&self, forms: &[UiString; 6], n: usize) -> String {
        fill(&forms[(self.plural)(n) as usize], &[("n", &n.to_string())])
    }

    /// The side effects toggle's count: serious ones first, e.g. "1 serious side effect,
    /// 4 common side effects".
    pub fn effect_counts(&self, common: usize, serious: usize) -> String {
        let parts: Vec<String> = [(serious, &self.serious_count), (common, &self.common_count)]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, forms)| self.count(forms, n))
            .collect();
        if parts.is_empty() {
            self.none_listed.to_string()
        } else {
            parts.join(&self.list_separator)
        }
    }

    /// A date in words.
    pub fn date(&self, date: Date) -> String {
        // `fill`, not `str::replace` (one less generic routine in the wasm, and one pass).
        fill(
            &self.date_pattern,
            &[
                ("day", &date.day().to_string()),
                ("month", &self.months[usize::from(date.month() - 1)]),
                ("year", &date.year().to_string()),
            ],
        )
    }

    /// The error panel's list: `(path, message)` pairs in this language; in English, also
    /// [`Error::problems`] (the `medcard-error` event). Problems with the whole document have an
    /// empty path.
    pub fn problems(&self, error: &Error) -> Vec<(String, String)> {
        match error {
            Error::Invalid { errors, .. } => errors
                .iter()
                .map(|issue| (issue.path.clone(), self.problem_message(&issue.problem)))
                .collect(),
            other => vec![(
                String::new(),
                self.document_problem(other).unwrap_or_default(),
            )],
        }
    }

    /// The message for an error with the whole document, `None` for [`Error::Invalid`] (whose
    /// problems each have a path). In English this is also the error's `Display`.
    pub fn document_problem(&self, error: &Error) -> Option<String> {
        let message = match error {
            Error::Invalid { .. } => return None,
            Error::Syntax {
                line,
                column,
                message,
            } => fill(
                &self.error_position,
                &[
                    ("problem", &self.syntax_problem(message)),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                ],
            ),
            Error::TooLarge { bytes, limit } => fill(
                &self.error_too_large,
                &[("bytes", &bytes.to_string()), ("limit", &limit.to_string())],
            ),
            Error::Unreadable { message } => fill(&self.error_unreadable, &[("message", message)]),
            Error::Load(failure) => fill(
                &self.error_load,
                &[("reason", &self.load_failure_message(failure))],
            ),
        };
        Some(message)
    }

    /// What is wrong with one value, in this language ([`UiText::problem`], or the templates of
    /// a table added at run time; English where those have none).
    pub fn problem_message(&self, problem: &Problem) -> String {
        self.message_templates
            .and_then(|templates| {
                let case = messages::problem_case(problem, self.plural);
                messages::from_templates(templates, case)
            })
            .unwrap_or_else(|| (self.problem)(problem))
    }

    /// Why the card data could not be fetched, in this language (as [`UiText::problem_message`]).
    pub fn load_failure_message(&self, failure: &LoadFailure) -> String {
        self.message_templates
            .and_then(|templates| {
                let case = messages::load_failure_case(failure, self.plural);
                messages::from_templates(templates, Some(case))
            })
            .unwrap_or_else(|| (self.load_failure)(failure))
    }

    /// "The data is not JSON" with the parser's `message`, without the place (which reports
    /// such as `medcard validate` give beside it).
    pub fn syntax_problem(&self, message: &str) -> String {
        fill(&self.error_syntax, &[("message", message)])
    }

    /// Every string with its key (`side_effects`, `use_status.off-label`, `serious_count.one`…),
    /// in a fixed order. These keys are what hosts use to replace strings.
    pub fn entries(&self) -> Vec<(String, UiString)> {
        self.clone()
            .slots()
            .into_iter()
            .map(|(key, slot)| (key, slot.clone()))
            .collect()
    }

    /// Every string slot with its key. The destructuring names every field, so a new field
    /// that is not listed here does not compile.
    fn slots(&mut self) -> Vec<(String, &mut UiString)> {
        let UiText {
            lang: _,
            dir: _,
            plural: _,
            disclaimer,
            disclaimer_label,
            loading,
            error_title,
            error_intro,
            key_facts,
            on_this_card,
            uses,
            warnings,
            how_it_works,
            benefits,
            dosage,
            side_effects,
            common_effects,
            serious_effects,
            precautions,
            related,
            sources,
            brand_names,
            generic_name,
            drug_class,
            forms,
            availability,
            dose_labels,
            instructions,
            missed_dose,
            overdose,
            stopping,
            how_common,
            what_to_do,
            new_tab,
            reviewed,
            reviewed_clinical,
            reviewed_editorial,
            not_clinical_review,
            reviewed_by,
            next_review,
            review_overdue,
            accessed,
            read_at,
            status_in,
            region_names,
            list_and,
            frequency_band,
            use_status,
            warning_level,
            callout_level,
            precaution_kind,
            availability_kind,
            none_listed,
            common_count,
            serious_count,
            list_separator,
            months,
            date_pattern,
            problem: _,
            load_failure: _,
            message_templates: _,
            error_syntax,
            error_position,
            error_too_large,
            error_unreadable,
            error_load,
        } = self;
        let mut slots: Vec<(String, &mut UiString)> = vec![
            ("disclaimer".into(), disclaimer),
            ("disclaimer_label".into(), disclaimer_label),
            ("loading".into(), loading),
            ("error_title".into(), error_title),
            ("error_intro".into(), error_intro),
            ("key_facts".into(), key_facts),
            ("on_this_card".into(), on_this_card),
            ("uses".into(), uses),
            ("warnings".into(), warnings),
            ("how_it_works".into(), how_it_works),
            ("benefits".into(), benefits),
            ("dosage".into(), dosage),
            ("side_effects".into(), side_effects),
            ("common_effects".into(), common_effects),
            ("serious_effects".into(), serious_effects),
            ("precautions".into(), precautions),
            ("related".into(), related),
            ("sources".into(), sources),
            ("brand_names".into(), brand_names),
            ("generic_name".into(), generic_name),
            ("drug_class".into(), drug_class),
            ("forms".into(), forms),
            ("availability".into(), availability),
            ("instructions".into(), instructions),
            ("missed_dose".into(), missed_dose),
            ("overdose".into(), overdose),
            ("stopping".into(), stopping),
            ("how_common".into(), how_common),
            ("what_to_do".into(), what_to_do),
            ("new_tab".into(), new_tab),
            ("reviewed".into(), reviewed),
            ("reviewed_clinical".into(), reviewed_clinical),
            ("reviewed_editorial".into(), reviewed_editorial),
            ("not_clinical_review".into(), not_clinical_review),
            ("reviewed_by".into(), reviewed_by),
            ("next_review".into(), next_review),
            ("review_overdue".into(), review_overdue),
            ("accessed".into(), accessed),
            ("read_at".into(), read_at),
            ("status_in".into(), status_in),
            ("list_and".into(), list_and),
            ("none_listed".into(), none_listed),
            ("list_separator".into(), list_separator),
            ("date_pattern".into(), date_pattern),
            ("error_syntax".into(), error_syntax),
            ("error_position".into(), error_position),
            ("error_too_large".into(), error_too_large),
            ("error_unreadable".into(), error_unreadable),
            ("error_load".into(), error_load),
        ];
        let uses_names = UseStatus::ALL.iter().map(|v| v.as_str());
        let warning_names = WarningLevel::ALL.iter().map(|v| v.as_str());
        let callout_names = CalloutLevel::ALL.iter().map(|v| v.as_str());
        let kind_names = PrecautionKind::ALL.iter().map(|v| v.as_str());
        let availability_names = Availability::ALL.iter().map(|v| v.as_str());
        slots.extend(group("dose_labels", DOSE_LABEL_KEYS, dose_labels));
        slots.extend(group("region_names", REGION_CODES, region_names));
        let band_names = FrequencyBand::ALL.iter().map(|v| v.as_str());
        slots.extend(group("frequency_band", band_names, frequency_band));
        slots.extend(group("use_status", uses_names, use_status));
        slots.extend(group("warning_level", warning_names, warning_level));
        slots.extend(group("callout_level", callout_names, callout_level));
        slots.extend(group("precaution_kind", kind_names, precaution_kind));
        slots.extend(group(
            "availability_kind",
            availability_names,
            availability_kind,
        ));
        slots.extend(group("common_count", Plural::NAMES, common_count));
        slots.extend(group("serious_count", Plural::NAMES, serious_count));
        slots.extend(group("months", MONTH_KEYS, months));
        slots
    }
}

/// Keys `prefix.name` for the members of an array of strings.
fn group<'a>(
    prefix: &str,
    names: impl IntoIterator<Item = &'static str>,
    values: &'a mut [UiString],
) -> impl Iterator<Item = (String, &'a mut UiString)> {
    let prefix = prefix.to_string();
    names
        .into_iter()
        .zip(values.iter_mut())
        .map(move |(name, slot)| (format!("{prefix}.{name}"), slot))
}

/// `pattern` with each `{name}` of `values` replaced in one pass, so replaced text (which can
/// come from the data or a URL) is never searched for placeholders again.
fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        filled.push_str(&rest[..open]);
        let after_brace = &rest[open + 1..];
        let replaced = values.iter().find_map(|(name, value)| {
            let tail = after_brace.strip_prefix(name)?.strip_prefix('}')?;
            Some((value, tail))
        });
        match replaced {
            Some((value, tail)) => {
                filled.push_str(value);
                rest = tail;
            }
            None => {
                filled.push('{');
                rest = after_brace;
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// Every language with a table compiled in: all of them with the feature `languages` (the
/// default), English only without it (the card's wasm in dist/, whose other languages arrive at
/// run time through [`add_language`]).
#[cfg(feature = "languages")]
pub static LANGUAGES: &[&UiText] = &[&EN, &ES, &AR];
/// Every language with a table compiled in: all of them with the feature `languages` (the
/// default), English only without it (the card's wasm in dist/, whose other languages arrive at
/// run time through [`add_language`]).
#[cfg(not(feature = "languages"))]
pub static LANGUAGES: &[&UiText] = &[&EN];

/// The primary language subtag of a BCP 47 tag, lower-cased ("es" for "es-MX"); empty for none.
pub fn primary_subtag(lang: Option<&str>) -> String {
    lang.and_then(|tag| tag.trim().split(['-', '_']).next())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The table for a BCP 47 tag, matched on its primary subtag: a compiled-in one, else one added
/// at run time ([`add_language`]); English when there is none.
pub fn ui_text(lang: Option<&str>) -> &'static UiText {
    let primary = primary_subtag(lang);
    let compiled = LANGUAGES
        .iter()
        .copied()
        .find(|table| table.lang == primary);
    compiled.or_else(|| added(&primary)).unwrap_or(&EN)
}

thread_local! {
    /// The tables that arrived at run time, each made once and kept for the program's life.
    static ADDED: RefCell<Vec<&'static UiText>> = const { RefCell::new(Vec::new()) };
}

fn added(lang: &str) -> Option<&'static UiText> {
    ADDED.with(|added| {
        added
            .borrow()
            .iter()
            .copied()
            .find(|table| table.lang == lang)
    })
}

/// Why a words file was not taken ([`add_language`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsError {
    /// The text is not a JSON object.
    NotAnObject,
    /// A field is missing or not as it should be: its name.
    Field(&'static str),
    /// The language already has a table (English, or one compiled in or added before).
    Known(String),
}

impl fmt::Display for WordsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WordsError::NotAnObject => f.write_str("the words file is not a JSON object"),
            WordsError::Field(name) => write!(f, "the words file's `{name}` is missing or wrong"),
            WordsError::Known(lang) => write!(f, "the language `{lang}` already has its words"),
        }
    }
}

/// A language's words as a file of their own (`dist/words/<lang>.json`, which the element
/// fetches for a card in that language): `{ "lang", "dir", "plural", "words": { key: text } }`,
/// with every key of [`UiText::entries`], the name of its plural rule, and `messages`: the error
/// panel's messages as templates, made from the language's message functions. [`add_language`]
/// reads it back.
pub fn words_file(table: &UiText) -> String {
    let words: serde_json::Map<String, serde_json::Value> = table
        .entries()
        .into_iter()
        .map(|(key, text)| (key, serde_json::Value::from(text.to_string())))
        .collect();
    let messages: serde_json::Map<String, serde_json::Value> = messages::templates(table)
        .into_iter()
        .map(|(key, template)| (key, serde_json::Value::from(template)))
        .collect();
    let file = serde_json::json!({
        "lang": table.lang,
        "dir": table.dir,
        "plural": plural::name_of(table.plural),
        "words": words,
        "messages": messages,
    });
    format!("{file}\n")
}

/// Adds the table of a language from its [`words_file`], so [`ui_text`] finds it from now on:
/// the card's wasm has only English compiled in, and the element hands it the file of each other
/// language a card needs. A key the file lacks keeps its English words, and a message without a
/// template stays English. The table lives as long as the program (one per language).
pub fn add_language(file: &str) -> Result<&'static UiText, WordsError> {
    let Ok(serde_json::Value::Object(file)) = crate::json::parse(file) else {
        return Err(WordsError::NotAnObject);
    };
    let text = |name: &'static str| file.get(name).and_then(serde_json::Value::as_str);
    let lang = text("lang")
        .filter(|lang| (2..=3).contains(&lang.len()))
        .filter(|lang| lang.bytes().all(|b| b.is_ascii_lowercase()))
        .ok_or(WordsError::Field("lang"))?;
    if LANGUAGES.iter().any(|table| table.lang == lang) || added(lang).is_some() {
        return Err(WordsError::Known(lang.to_string()));
    }
    let dir = match text("dir") {
        Some("ltr") => "ltr",
        Some("rtl") => "rtl",
        _ => return Err(WordsError::Field("dir")),
    };
    let rule = text("plural")
        .and_then(plural::named)
        .ok_or(WordsError::Field("plural"))?;
    let Some(serde_json::Value::Object(words)) = file.get("words") else {
        return Err(WordsError::Field("words"));
    };
    let templates = match file.get("messages") {
        Some(serde_json::Value::Object(messages)) => MessageTemplates::from_json(messages),
        _ => MessageTemplates::default(),
    };
    let mut table = UiText {
        lang: Box::leak(lang.to_string().into_boxed_str()),
        dir,
        plural: rule,
        message_templates: Some(Box::leak(Box::new(templates))),
        ..EN.clone()
    };
    replace_words(&mut table, words);
    let table: &'static UiText = Box::leak(Box::new(table));
    ADDED.with(|added| added.borrow_mut().push(table));
    Ok(table)
}

thread_local! {
    /// Customised tables by (base language, the host's JSON text), held weakly: a table lives
    /// while a card uses it, and the entries of dropped ones are cleared on the next insert.
    static CUSTOMISED: RefCell<HashMap<(&'static str, String), Weak<UiText>>> =
        RefCell::new(HashMap::new());
}

/// `base` with some strings replaced by the host: `overrides` is a JSON object from keys of
/// [`UiText::entries`] to text, e.g. `{"side_effects": "Unwanted effects"}`. Unknown keys,
/// non-text values and blank text are ignored; text that is not a JSON object, or that replaces
/// nothing, gives `base` itself.
///
/// The customised table owns its strings and is shared: cards with the same `base` and
/// `overrides` get the same table (so a re-render compares equal and rebuilds nothing), and it
/// is freed when the last card using it drops it. Any number of distinct ones can be live.
pub fn customised(base: &'static UiText, overrides: &str) -> Words {
    let cache_key = (base.lang, overrides.to_string());
    let cached = CUSTOMISED.with(|cache| cache.borrow().get(&cache_key).and_then(Weak::upgrade));
    if let Some(table) = cached {
        return Words(Shared::Custom(table));
    }
    let Ok(serde_json::Value::Object(map)) = crate::json::parse(overrides) else {
        return Words::from(base);
    };
    let mut table = base.clone();
    if !replace_words(&mut table, &map) {
        return Words::from(base);
    }
    let table = Rc::new(table);
    CUSTOMISED.with(|cache| {
        let mut cache = cache.borrow_mut();
        cache.retain(|_, table| table.strong_count() > 0);
        cache.insert(cache_key, Rc::downgrade(&table));
    });
    Words(Shared::Custom(table))
}

/// Replaces the strings of `table` that `words` (keys of [`UiText::entries`] to text) gives:
/// unknown keys, non-text values and blank text are ignored. Whether anything was replaced.
fn replace_words(table: &mut UiText, words: &serde_json::Map<String, serde_json::Value>) -> bool {
    let mut changed = false;
    for (key, slot) in table.slots() {
        let replacement = words.get(&key).and_then(serde_json::Value::as_str);
        if let Some(text) = replacement.filter(|text| !text.trim().is_empty()) {
            *slot = UiString(Cow::Owned(text.to_string()));
            changed = true;
        }
    }
    changed
}

/// How many customised tables the cache names, live or not yet cleared (for tests).
#[cfg(all(test, feature = "languages"))]
fn customised_cached() -> usize {
    CUSTOMISED.with(|cache| cache.borrow().len())
}

#[cfg(all(test, feature = "languages"))]
mod tests;
