//! What can be wrong with card data, in plain words.
//!
//! Modelled on serde_json's error (line, column, category) and gloo's small error enums:
//! [`Error`] says why no card can be shown; each [`Issue`] is one problem at one JSON path.
//!
//! Pure data: the words live in `src/text/`, one file per language, and so do the English
//! `Display` impls (`src/text/en.rs`), so the CLI, `medcard-error`, `validate` and the English
//! error panel all say the same thing. This module names no words and imports nothing from
//! [`crate::text`].

use crate::codes::CodeSystem;
use serde::{Serialize, Serializer};
use serde_json::Value;

/// Why a card cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The text is not JSON.
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the parser expected, in its words.
        message: String,
    },
    /// The document is over the size limit; it was not parsed.
    TooLarge {
        /// Size of the document.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The JSON parsed, but does not describe a valid card.
    Invalid {
        /// Every problem that stops the card from being shown (never empty).
        errors: Vec<Issue>,
        /// Problems that do not stop it (unknown fields, unsafe links, overdue reviews), and
        /// infos ([`Severity::Info`]).
        warnings: Vec<Issue>,
    },
    /// A `data` value given by the host page could not be turned into JSON text (for example
    /// it holds a cycle or a `BigInt`).
    Unreadable {
        /// Why, in the reader's words.
        message: String,
    },
    /// The data could not be fetched.
    Load(LoadFailure),
}

/// Why fetching a `src` URL failed. Pure data: the browser edge maps its failures onto these.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadFailure {
    /// No data was given at all: no `data` property, no inline script, no `src`.
    NoData,
    /// The request did not reach the server or was refused (offline, DNS, CORS).
    Network {
        /// The URL that was requested.
        url: String,
    },
    /// The server answered with an error status.
    Status {
        /// The URL that was requested.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The server sent something that is not card data (for example an HTML page).
    NotJson {
        /// The URL that was requested.
        url: String,
        /// The `Content-Type` it sent.
        content_type: String,
    },
    /// No complete answer within the time limit.
    Timeout {
        /// The URL that was requested.
        url: String,
        /// The limit in milliseconds.
        millis: u32,
    },
    /// The server redirected to another site; card data must come from the site it names.
    Redirected {
        /// The URL that was requested.
        url: String,
        /// Where the redirect led.
        to: String,
    },
    /// The answer is over the size limit.
    TooLarge {
        /// The URL that was requested.
        url: String,
        /// The limit in bytes.
        limit: usize,
    },
    /// The answer does not match the element's `integrity` hash: it was changed since the hash
    /// was taken (or the hash is wrong), so none of it is shown.
    Integrity {
        /// The URL that was requested.
        url: String,
    },
}

/// What an HTTP error status means, for every language's message: the one grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusMeaning {
    /// 404, 410.
    NotFound,
    /// 401, 403.
    Denied,
    /// 500–599.
    ServerError,
    /// Any other status: only the number is shown.
    Unnamed,
}

impl StatusMeaning {
    /// The meaning of an HTTP status.
    pub fn of(status: u16) -> Self {
        match status {
            404 | 410 => StatusMeaning::NotFound,
            401 | 403 => StatusMeaning::Denied,
            500..=599 => StatusMeaning::ServerError,
            _ => StatusMeaning::Unnamed,
        }
    }
}

/// One problem at one place in the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// JSON path of the value, such as `sideEffects.serious[2].name`; empty for the whole card.
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

/// Whether a problem stops the card from being shown. Serialised as `"error"`, `"warning"` or
/// `"info"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The card cannot be shown.
    Error,
    /// The card is shown; the validator reports it.
    Warning,
    /// Not a problem: something the author asked to know (a reading grade) or should know (a
    /// check that could not be made). Never fails a check, not even with `--strict`.
    Info,
}

impl Severity {
    /// `"error"`, `"warning"` or `"info"`: the word in reports, the CLI and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl Serialize for Severity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A JSON type, as [`Problem::WrongType`] names it; each language has a word for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    /// A string.
    Text,
    /// A number.
    Number,
    /// `true` or `false`.
    Bool,
    /// `null`.
    Null,
    /// An array.
    List,
    /// An object.
    Object,
}

impl JsonType {
    /// Every type.
    pub const ALL: [JsonType; 6] = [
        JsonType::Text,
        JsonType::Number,
        JsonType::Bool,
        JsonType::Null,
        JsonType::List,
        JsonType::Object,
    ];

    /// The type of a value.
    pub fn of(value: &Value) -> JsonType {
        match value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Bool,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::Text,
            Value::Array(_) => JsonType::List,
            Value::Object(_) => JsonType::Object,
        }
    }

    /// How the type is written, shown after its name where it is expected (`" ([ … ])"` for a
    /// list), so authors see which brackets to use; the same in every language.
    pub fn brackets(self) -> &'static str {
        match self {
            JsonType::List => " ([ … ])",
            JsonType::Object => " ({ … })",
            JsonType::Text | JsonType::Number | JsonType::Bool | JsonType::Null => "",
        }
    }
}

/// What is wrong with one value. `Display` gives a plain-language message (the English
/// table's, [`crate::text::UiText::problem`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// A required field is absent (or `null`).
    Missing,
    /// The value has the wrong JSON type.
    WrongType {
        /// What the schema wants.
        expected: JsonType,
        /// What was found.
        found: JsonType,
    },
    /// Required text is empty or only white space; or `keyFacts` is an empty list (when given,
    /// it has one to six entries).
    Empty,
    /// Text that must be one of a fixed set of words is not.
    NotAllowed {
        /// What was found.
        found: String,
        /// The allowed words.
        allowed: &'static [&'static str],
    },
    /// `schemaVersion` is not the number 1.
    UnsupportedVersion {
        /// What was found, as written in JSON.
        found: String,
    },
    /// Text over the length limit.
    TooLong {
        /// Its length in characters.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// A list over the length limit.
    TooMany {
        /// Its length.
        items: usize,
        /// The limit.
        limit: usize,
    },
    /// Not a real `YYYY-MM-DD` date.
    BadDate {
        /// What was found.
        found: String,
    },
    /// A dose schedule without any dose.
    NoDose,
    /// Not a BCP 47 language tag; the card's language is ignored.
    BadLanguage {
        /// What was found.
        found: String,
    },
    /// A URL that may not become a link; it is shown as plain text.
    UnsafeUrl {
        /// What was found.
        found: String,
    },
    /// A field the schema does not have; it is ignored.
    UnknownField,
    /// Invisible control or text-direction characters were removed from the text.
    HiddenCharacters {
        /// How many were removed.
        count: usize,
    },
    /// `reviewed.nextReview` has passed; readers are told.
    ReviewOverdue {
        /// The date that passed.
        due: String,
    },
    /// `reviewed` does not say whether it was a clinical or an editorial review.
    ReviewKindMissing,
    /// A link or source over plain `http:`: it is still linked, but `https:` is expected.
    NotHttps {
        /// The URL as written.
        found: String,
    },
    /// A card that lists uses but no serious side effects.
    NoSeriousSideEffects,
    /// A card that lists uses but has no get-help callout.
    NoGetHelp,
    /// More key facts than readers who read only the top will read (`keyFacts`). Only authors
    /// see this warning, so its words are only in builds with the feature `authoring`.
    #[cfg(feature = "authoring")]
    TooManyKeyFacts {
        /// How many there are.
        count: usize,
        /// How many are advised at most.
        advised: usize,
    },
    /// A key fact of more words than advised (one idea in one short statement).
    #[cfg(feature = "authoring")]
    KeyFactTooLong {
        /// Its words (runs of text between spaces).
        words: usize,
        /// How many are advised at most.
        advised: usize,
    },
    /// A card that lists uses but has no key facts.
    #[cfg(feature = "authoring")]
    NoKeyFacts,
    /// An `approved` use that does not say where (`regions`): an approval is some regulator's.
    #[cfg(feature = "authoring")]
    ApprovalWithoutRegions,
    /// A source with neither `url` nor `via`: readers cannot find what was read.
    #[cfg(feature = "authoring")]
    SourceWithoutLocator,
    /// A region code that is not two capital letters (an ISO 3166-1 alpha-2 code, or `EU`).
    BadRegion {
        /// What was found.
        found: String,
    },
    /// A translation's safety list has fewer entries than the same list of its original card.
    ShorterThanOriginal {
        /// Entries in the translation.
        found: usize,
        /// Entries in the original.
        original: usize,
    },
    /// A safety text the original card has is missing from the translation.
    LeftOutOfTranslation,
    /// `translationOf.url` names an original card that was not compared: a web address (nothing
    /// here fetches), or a path with no valid card behind it.
    OriginalNotCompared {
        /// The URL as written.
        url: String,
    },
    /// The reading level of one text, or of the whole card (path empty); on request.
    ReadingLevel {
        /// The score.
        score: Score,
        /// How many words were measured.
        words: usize,
    },
    /// A text whose reading level is above grade 9; on request.
    HardToRead {
        /// The score.
        score: Score,
        /// How many words were measured.
        words: usize,
    },
    /// The card's language has no validated readability formula here, so nothing is graded.
    NoReadabilityFormula {
        /// The card's language tag.
        language: String,
    },
    /// A code that does not have its (known) system's format.
    BadCode {
        /// The system.
        system: CodeSystem,
        /// What was found.
        found: String,
    },
    /// A code system that is not an absolute URI.
    BadCodeSystem {
        /// What was found.
        found: String,
    },
}

/// A readability score, kept in tenths so that it compares exactly and prints without the float
/// formatter (which would cost the wasm several kilobytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    /// Flesch–Kincaid grade level (English), in tenths of a US school grade.
    FleschKincaid {
        /// The grade × 10.
        grade_tenths: i32,
    },
    /// Fernández-Huerta reading ease (Spanish), 0 (hard) to 100 (easy) and beyond, in tenths.
    FernandezHuerta {
        /// The reading ease × 10.
        ease_tenths: i32,
    },
}

impl Score {
    /// Whether the text reads above grade 9: a Flesch–Kincaid grade over 9.0, or a
    /// Fernández-Huerta ease under 60 (below "normal", grades 7–8 on its scale, which follows
    /// Flesch's: 50–60 is grades 10–12).
    pub fn above_grade_9(self) -> bool {
        match self {
            Score::FleschKincaid { grade_tenths } => grade_tenths > 90,
            Score::FernandezHuerta { ease_tenths } => ease_tenths < 600,
        }
    }
}

/// A number in tenths as written with one decimal, `decimal` being the language's separator:
/// `tenths(-13, '.')` is `"-1.3"`.
pub fn tenths(value: i32, decimal: char) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let value = value.unsigned_abs();
    format!("{sign}{}{decimal}{}", value / 10, value % 10)
}

impl Problem {
    /// Whether this problem stops the card from being shown.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::BadLanguage { .. }
            | Problem::UnsafeUrl { .. }
            | Problem::UnknownField
            | Problem::HiddenCharacters { .. }
            | Problem::ReviewOverdue { .. }
            | Problem::ReviewKindMissing
            | Problem::NotHttps { .. }
            | Problem::NoSeriousSideEffects
            | Problem::NoGetHelp
            | Problem::ShorterThanOriginal { .. }
            | Problem::LeftOutOfTranslation
            | Problem::HardToRead { .. } => Severity::Warning,
            #[cfg(feature = "authoring")]
            Problem::TooManyKeyFacts { .. }
            | Problem::KeyFactTooLong { .. }
            | Problem::NoKeyFacts
            | Problem::ApprovalWithoutRegions
            | Problem::SourceWithoutLocator => Severity::Warning,
            Problem::ReadingLevel { .. }
            | Problem::OriginalNotCompared { .. }
            | Problem::NoReadabilityFormula { .. } => Severity::Info,
            // Listed one by one: a new variant must be sorted into one of the three.
            Problem::Missing
            | Problem::WrongType { .. }
            | Problem::Empty
            | Problem::NotAllowed { .. }
            | Problem::UnsupportedVersion { .. }
            | Problem::TooLong { .. }
            | Problem::TooMany { .. }
            | Problem::BadDate { .. }
            | Problem::NoDose
            | Problem::BadRegion { .. }
            | Problem::BadCode { .. }
            | Problem::BadCodeSystem { .. } => Severity::Error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_stays_small() {
        // Returned by value on every parse; keep it cheap to move (ureq's habit).
        assert!(
            std::mem::size_of::<Error>() <= 64,
            "{}",
            std::mem::size_of::<Error>()
        );
    }
}
