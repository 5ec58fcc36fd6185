//! What can be wrong with card data, in plain words.
//!
//! Modelled on serde_json's error (line, column, category) and gloo's small `thiserror` enums:
//! [`Error`] says why no card can be shown; each [`Issue`] is one problem at one JSON path.

use std::fmt;
use thiserror::Error;

/// Why a card cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The text is not JSON.
    #[error("the card data is not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the parser expected, in its words.
        message: String,
    },
    /// The document is over the size limit; it was not parsed.
    #[error("the card data is {bytes} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the document.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The JSON parsed, but does not describe a valid card.
    #[error("{}", describe_invalid(errors))]
    Invalid {
        /// Every problem that stops the card from being shown (never empty).
        errors: Vec<Issue>,
        /// Problems that do not stop it (unknown fields, unsafe links, overdue reviews).
        warnings: Vec<Issue>,
    },
    /// A JavaScript value given as data could not be read as JSON-like data
    /// (for example it holds a function or a `BigInt`).
    #[error("the card data object could not be read: {message}")]
    Unreadable {
        /// Why, in the reader's words.
        message: String,
    },
    /// The data could not be fetched.
    #[error("the card data could not be loaded: {0}")]
    Load(LoadFailure),
}

fn describe_invalid(errors: &[Issue]) -> String {
    let list: Vec<String> = errors.iter().map(Issue::to_string).collect();
    let noun = if errors.len() == 1 {
        "problem"
    } else {
        "problems"
    };
    format!(
        "the card data has {} {noun}: {}",
        errors.len(),
        list.join("; ")
    )
}

impl Error {
    /// The problems as `(path, message)` pairs, the shape of `medcard-error`'s `detail.problems`.
    /// Problems that concern the whole document have an empty path.
    pub fn problems(&self) -> Vec<(String, String)> {
        match self {
            Error::Invalid { errors, .. } => errors
                .iter()
                .map(|issue| (issue.path.clone(), issue.problem.to_string()))
                .collect(),
            Error::Syntax {
                line,
                column,
                message,
            } => vec![(
                String::new(),
                format!(
                    "the card data is not valid JSON: {message} (line {line}, column {column})"
                ),
            )],
            other => vec![(String::new(), other.to_string())],
        }
    }
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
}

impl fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadFailure::NoData => f.write_str(
                "no card data was given (set the data property, add a <script type=\"application/json\"> child, or a src attribute)",
            ),
            LoadFailure::Network { url } => {
                write!(f, "the request for {url} failed (the network is down, or the server refused it)")
            }
            LoadFailure::Status { url, status } => {
                let meaning = match status {
                    404 | 410 => " (not found)",
                    401 | 403 => " (access denied)",
                    500..=599 => " (server error)",
                    _ => "",
                };
                write!(f, "the server answered {status}{meaning} for {url}")
            }
            LoadFailure::NotJson { url, content_type } => write!(
                f,
                "{url} sent {content_type}, not card data in JSON"
            ),
            LoadFailure::Timeout { url, millis } => {
                let seconds = millis.div_ceil(1000);
                let unit = if seconds == 1 { "second" } else { "seconds" };
                write!(f, "{url} did not answer within {seconds} {unit}")
            }
            LoadFailure::Redirected { url, to } => write!(
                f,
                "{url} redirected to another site ({to}); card data is only read from the site it names"
            ),
            LoadFailure::TooLarge { url, limit } => {
                write!(f, "{url} sent more than the limit of {limit} bytes")
            }
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

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "the card: {}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

/// Whether a problem stops the card from being shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The card cannot be shown.
    Error,
    /// The card is shown; the validator reports it.
    Warning,
}

/// What is wrong with one value. `Display` gives a plain-language message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// A required field is absent (or `null`).
    Missing,
    /// The value has the wrong JSON type.
    WrongType {
        /// What the schema wants, in words ("text", "a list").
        expected: &'static str,
        /// What was found, in words.
        found: &'static str,
    },
    /// Required text is empty or only white space.
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
}

impl Problem {
    /// Whether this problem stops the card from being shown.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::BadLanguage { .. }
            | Problem::UnsafeUrl { .. }
            | Problem::UnknownField
            | Problem::HiddenCharacters { .. }
            | Problem::ReviewOverdue { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => f.write_str("is required but missing"),
            Problem::WrongType { expected, found } => {
                write!(f, "should be {expected}, but is {found}")
            }
            Problem::Empty => f.write_str("is empty; write some text here"),
            Problem::NotAllowed { found, allowed } => {
                write!(f, "\"{found}\" is not allowed here; use one of: {}", allowed.join(", "))
            }
            Problem::UnsupportedVersion { found } => write!(
                f,
                "schema version {found} is not supported; this widget reads schemaVersion 1 (the number)"
            ),
            Problem::TooLong { chars, limit } => {
                write!(f, "is {chars} characters long, over the limit of {limit}")
            }
            Problem::TooMany { items, limit } => {
                write!(f, "has {items} items, over the limit of {limit}")
            }
            Problem::BadDate { found } => write!(
                f,
                "\"{found}\" is not a real date; write it as YYYY-MM-DD, e.g. 2026-11-01"
            ),
            Problem::NoDose => f.write_str("needs at least one dose: start, usual or maximum"),
            Problem::BadLanguage { found } => write!(
                f,
                "\"{found}\" is not a language tag such as \"en\" or \"es\"; it is ignored"
            ),
            Problem::UnsafeUrl { found } => write!(
                f,
                "\"{found}\" is not an http(s) link; it is shown as plain text, not as a link"
            ),
            Problem::UnknownField => f.write_str("is not a field of schema version 1; it is ignored"),
            Problem::HiddenCharacters { count } => write!(
                f,
                "had {count} invisible control or text-direction character(s); they were removed"
            ),
            Problem::ReviewOverdue { due } => {
                write!(f, "the next review was due on {due}; readers are told the review is overdue")
            }
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

    #[test]
    fn messages_read_as_plain_sentences() {
        let issue = Issue {
            path: "sideEffects.serious[2].name".into(),
            problem: Problem::Missing,
        };
        assert_eq!(
            issue.to_string(),
            "sideEffects.serious[2].name: is required but missing"
        );
        let failure = LoadFailure::Status {
            url: "https://x.test/a.json".into(),
            status: 404,
        };
        assert_eq!(
            Error::Load(failure).to_string(),
            "the card data could not be loaded: the server answered 404 (not found) for https://x.test/a.json"
        );
    }
}
