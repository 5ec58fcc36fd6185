//! English: the fallback for every language without a table, and the words of every
//! developer-facing message (`Display` of the error types, `medcard-error`, `validate`, the CLI).

use super::{plural, UiString, UiText};
use crate::codes::CodeSystem;
use crate::error::{tenths, Error, Issue, JsonType, LoadFailure, Problem, Score, StatusMeaning};
use std::fmt;

/// English.
pub static EN: UiText = UiText {
    lang: "en",
    dir: "ltr",
    plural: plural::english,
    disclaimer: UiString::new("This card is general information, not medical advice. It does not replace advice \
        from your doctor, pharmacist or nurse. Always follow your prescription label and the patient \
        leaflet, and don't start, stop or change a medicine without talking to a health professional. \
        If you think you are having a serious reaction, or someone has taken too much, contact \
        emergency services or a poison control centre straight away."),
    disclaimer_label: UiString::new("Not medical advice."),
    loading: UiString::new("Loading medicine information…"),
    error_title: UiString::new("This medicine information cannot be shown"),
    error_intro: UiString::new("The card's data has a problem, so nothing from it is shown:"),
    key_facts: UiString::new("Key facts"),
    on_this_card: UiString::new("On this card"),
    uses: UiString::new("What it is used for"),
    warnings: UiString::new("Important warnings"),
    how_it_works: UiString::new("How it works"),
    benefits: UiString::new("Benefits"),
    dosage: UiString::new("How to take it"),
    side_effects: UiString::new("Side effects"),
    common_effects: UiString::new("Common side effects"),
    serious_effects: UiString::new("Serious side effects"),
    precautions: UiString::new("Precautions"),
    related: UiString::new("See also"),
    sources: UiString::new("Sources"),
    brand_names: UiString::new("Brand names"),
    generic_name: UiString::new("Generic name"),
    drug_class: UiString::new("Type of medicine"),
    forms: UiString::new("Forms"),
    availability: UiString::new("Available"),
    dose_labels: [
        UiString::new("Starting dose"),
        UiString::new("Usual dose"),
        UiString::new("Maximum dose"),
        UiString::new("How often"),
        UiString::new("When"),
        UiString::new("Notes"),
    ],
    instructions: UiString::new("Instructions"),
    missed_dose: UiString::new("If you miss a dose"),
    overdose: UiString::new("If you take too much"),
    stopping: UiString::new("Stopping"),
    how_common: UiString::new("How common"),
    what_to_do: UiString::new("What to do"),
    new_tab: UiString::new("(opens in a new tab)"),
    reviewed: UiString::new("Last reviewed"),
    reviewed_clinical: UiString::new("Clinically reviewed on"),
    reviewed_editorial: UiString::new("Content checked against its sources on"),
    not_clinical_review: UiString::new("This is not a clinical review."),
    reviewed_by: UiString::new("by"),
    next_review: UiString::new("Next review due"),
    review_overdue: UiString::new("Review overdue"),
    accessed: UiString::new("accessed"),
    read_at: UiString::new("read at"),
    status_in: UiString::new("{status} in {regions}"),
    region_names: [UiString::new("the US"), UiString::new("the UK"), UiString::new("the EU")],
    list_and: UiString::new(" and "),
    frequency_band: [
        UiString::new("Very common: may affect more than 1 in 10 people"),
        UiString::new("Common: may affect up to 1 in 10 people"),
        UiString::new("Uncommon: may affect up to 1 in 100 people"),
        UiString::new("Rare: may affect up to 1 in 1,000 people"),
        UiString::new("Very rare: may affect up to 1 in 10,000 people"),
        UiString::new("Not known: frequency cannot be estimated from the available data"),
    ],
    use_status: [UiString::new("Approved"), UiString::new("Off-label"), UiString::new("Investigational"), UiString::new("Not recommended")],
    warning_level: [UiString::new("Boxed warning"), UiString::new("Important")],
    callout_level: [UiString::new("Urgent"), UiString::new("Emergency")],
    precaution_kind: [
        UiString::new("Do not take it if"),
        UiString::new("Other medicines"),
        UiString::new("Health conditions"),
        UiString::new("Pregnancy"),
        UiString::new("Breastfeeding"),
        UiString::new("Driving and machines"),
        UiString::new("Alcohol"),
        UiString::new("Stopping"),
        UiString::new("Other precautions"),
    ],
    availability_kind: [
        UiString::new("on prescription"),
        UiString::new("from a pharmacy"),
        UiString::new("on general sale"),
        UiString::new("as a controlled medicine"),
    ],
    none_listed: UiString::new("none listed"),
    common_count: [
        UiString::new("{n} common side effects"),
        UiString::new("{n} common side effect"),
        UiString::new("{n} common side effects"),
        UiString::new("{n} common side effects"),
        UiString::new("{n} common side effects"),
        UiString::new("{n} common side effects"),
    ],
    serious_count: [
        UiString::new("{n} serious side effects"),
        UiString::new("{n} serious side effect"),
        UiString::new("{n} serious side effects"),
        UiString::new("{n} serious side effects"),
        UiString::new("{n} serious side effects"),
        UiString::new("{n} serious side effects"),
    ],
    list_separator: UiString::new(", "),
    months: [
        UiString::new("January"),
        UiString::new("February"),
        UiString::new("March"),
        UiString::new("April"),
        UiString::new("May"),
        UiString::new("June"),
        UiString::new("July"),
        UiString::new("August"),
        UiString::new("September"),
        UiString::new("October"),
        UiString::new("November"),
        UiString::new("December"),
    ],
    date_pattern: UiString::new("{day} {month} {year}"),
    problem: english_problem,
    load_failure: english_load_failure,
    message_templates: None,
    error_syntax: UiString::new("the card data is not valid JSON: {message}"),
    error_position: UiString::new("{problem} (line {line}, column {column})"),
    error_too_large: UiString::new("the card data is {bytes} bytes, over the limit of {limit} bytes"),
    error_unreadable: UiString::new("the card data object could not be read: {message}"),
    error_load: UiString::new("the card data could not be loaded: {reason}"),
};

/// English words for a JSON type.
fn english_type(ty: JsonType) -> &'static str {
    match ty {
        JsonType::Text => "text",
        JsonType::Number => "a number",
        JsonType::Bool => "true/false",
        JsonType::Null => "null",
        JsonType::List => "a list",
        JsonType::Object => "an object",
    }
}

/// English, for a value after its path (`medication.name is required but missing`); also
/// `Problem`'s `Display`.
fn english_problem(problem: &Problem) -> String {
    match problem {
        Problem::Missing => "is required but missing".into(),
        Problem::WrongType { expected, found } => format!(
            "should be {}{}, but is {}",
            english_type(*expected),
            expected.brackets(),
            english_type(*found)
        ),
        Problem::Empty => "is empty; write some text here".into(),
        Problem::NotAllowed { found, allowed } => format!(
            "\"{found}\" is not allowed here; use one of: {}",
            allowed.join(", ")
        ),
        Problem::UnsupportedVersion { found } => format!(
            "schema version {found} is not supported; this widget reads schemaVersion 1 (the number)"
        ),
        Problem::TooLong { chars, limit } => {
            format!("is {chars} characters long, over the limit of {limit}")
        }
        Problem::TooMany { items, limit } => {
            format!("has {items} items, over the limit of {limit}")
        }
        Problem::BadDate { found } => {
            format!("\"{found}\" is not a real date; write it as YYYY-MM-DD, e.g. 2026-11-01")
        }
        Problem::NoDose => "needs at least one dose: start, usual or maximum".into(),
        Problem::BadLanguage { found } => {
            format!("\"{found}\" is not a language tag such as \"en\" or \"es\"; it is ignored")
        }
        Problem::UnsafeUrl { found } => format!(
            "\"{found}\" is not an http(s) link; it is shown as plain text, not as a link"
        ),
        Problem::UnknownField => "is not a field of schema version 1; it is ignored".into(),
        Problem::HiddenCharacters { count } => format!(
            "had {count} invisible control or text-direction character(s); they were removed"
        ),
        Problem::ReviewOverdue { due } => {
            format!("the next review was due on {due}; readers are told the review is overdue")
        }
        Problem::ReviewKindMissing => "is not given; say \"clinical\" if a clinician reviewed \
            the content, or \"editorial\" if it was checked against its sources (the card then \
            says it is not a clinical review)"
            .into(),
        Problem::NotHttps { found } => {
            format!("\"{found}\" is a plain http: link; use its https: address")
        }
        Problem::NoSeriousSideEffects => "the card lists uses but no serious side effects; \
            add the ones the label names"
            .into(),
        Problem::NoGetHelp => "the card lists uses but no get-help callout; say which signs \
            need a doctor now or emergency services"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::TooManyKeyFacts { count, advised } => format!(
            "has {count} key facts; keep the {advised} or fewer that matter most, so that readers \
             who read only the top read them all"
        ),
        #[cfg(feature = "authoring")]
        Problem::KeyFactTooLong { words, advised } => format!(
            "is {words} words long; keep a key fact to {advised} words or fewer, with one idea"
        ),
        #[cfg(feature = "authoring")]
        Problem::NoKeyFacts => "the card lists uses but no key facts; write 1 to 6 short \
            statements for readers who read only the top"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::ApprovalWithoutRegions => "says approved but not where; add regions, such as \
            [\"US\"] or [\"GB\", \"EU\"], for the regulators whose approval the card means"
            .into(),
        #[cfg(feature = "authoring")]
        Problem::SourceWithoutLocator => "has neither url nor via, so readers cannot find it; \
            add the address where it can be read (or where you read it)"
            .into(),
        Problem::BadRegion { found } => format!(
            "\"{found}\" is not a region code; write an ISO 3166-1 alpha-2 country code in \
             capitals, such as US or GB, or EU"
        ),
        Problem::ShorterThanOriginal { found, original } => format!(
            "has {found} of the original card's {original}; translate every safety item, or say \
             in translationOf.omitted what is left out"
        ),
        Problem::LeftOutOfTranslation => "the original card has this safety text, but the \
            translation leaves it out; translate it, or say in translationOf.omitted what is \
            left out"
            .into(),
        Problem::OriginalNotCompared { url } => format!(
            "the original card {url} was not compared (it is a web address, which this check does \
             not fetch, or no valid card was found there); run `medcard validate --original FILE` \
             with a copy"
        ),
        Problem::ReadingLevel { score, words } => english_score(*score, *words),
        Problem::HardToRead { score, words } => format!(
            "{}: harder than grade 9; use shorter sentences and everyday words (aim for grades 6 \
             to 8)",
            english_score(*score, *words)
        ),
        Problem::NoReadabilityFormula { language } => format!(
            "no validated readability formula for \"{language}\" here (only English and \
             Spanish are graded); the text is not graded"
        ),
        Problem::BadCode { system, found } => {
            let rule = match system {
                CodeSystem::RxNorm => "an RxNorm code (RXCUI) is digits only, such as 15996",
                CodeSystem::SnomedCt => "a SNOMED CT concept identifier is 6 to 18 digits ending in a check digit, such as 22298006",
                CodeSystem::Atc => "an ATC code looks like N, N06, N06A, N06AX or N06AX11 (capital letters)",
                CodeSystem::Ndc => "an NDC is 10 digits with hyphens (4-4-2, 5-3-2 or 5-4-1) or 11 digits (5-4-2)",
                CodeSystem::Dmd => "a dm+d identifier is 6 to 18 digits ending in a check digit, like a SNOMED CT one",
            };
            format!("\"{found}\" is not a valid {} code: {rule}", system.name())
        }
        Problem::BadCodeSystem { found } => format!(
            "\"{found}\" is not a code system URI; write an absolute URI such as http://snomed.info/sct"
        ),
    }
}

/// A readability score in English: `reading grade 7.4 (Flesch–Kincaid, 35 words)`.
fn english_score(score: Score, words: usize) -> String {
    match score {
        Score::FleschKincaid { grade_tenths } => format!(
            "reading grade {} (Flesch–Kincaid, {words} words)",
            tenths(grade_tenths, '.')
        ),
        Score::FernandezHuerta { ease_tenths } => format!(
            "reading ease {} (Fernández-Huerta, {words} words; 60 or more is grade 8 or below)",
            tenths(ease_tenths, '.')
        ),
    }
}

/// English, for why the data could not be fetched; also `LoadFailure`'s `Display`.
fn english_load_failure(failure: &LoadFailure) -> String {
    match failure {
        LoadFailure::NoData => "no card data was given (set the data property, add a \
            <script type=\"application/json\"> child, or a src attribute)"
            .into(),
        LoadFailure::Network { url } => {
            format!("the request for {url} failed (the network is down, or the server refused it)")
        }
        LoadFailure::Status { url, status } => {
            let meaning = match StatusMeaning::of(*status) {
                StatusMeaning::NotFound => " (not found)",
                StatusMeaning::Denied => " (access denied)",
                StatusMeaning::ServerError => " (server error)",
                StatusMeaning::Unnamed => "",
            };
            format!("the server answered {status}{meaning} for {url}")
        }
        LoadFailure::NotJson { url, content_type } => {
            format!("{url} sent {content_type}, not card data in JSON")
        }
        LoadFailure::Timeout { url, millis } => {
            let seconds = millis.div_ceil(1000);
            let unit = if seconds == 1 { "second" } else { "seconds" };
            format!("{url} did not answer within {seconds} {unit}")
        }
        LoadFailure::Redirected { url, to } => format!(
            "{url} redirected to another site ({to}); card data is only read from the site it names"
        ),
        LoadFailure::TooLarge { url, limit } => {
            format!("{url} sent more than the limit of {limit} bytes")
        }
        LoadFailure::Integrity { url } => format!(
            "{url} does not match its integrity hash: the card data has changed since the hash \
             was taken, so none of it is shown"
        ),
    }
}

// The English words are the error types' `Display`: the CLI, `medcard-error` and `validate`
// say what the English error panel says.

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Error::Invalid { errors, .. } = self else {
            return f.write_str(&EN.document_problem(self).unwrap_or_default());
        };
        let noun = if errors.len() == 1 {
            "problem"
        } else {
            "problems"
        };
        write!(f, "the card data has {} {noun}: ", errors.len())?;
        for (index, issue) in errors.iter().enumerate() {
            let separator = if index == 0 { "" } else { "; " };
            write!(f, "{separator}{issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The problems as `(path, message)` pairs in English, the shape of `medcard-error`'s
    /// `detail.problems` ([`crate::text::UiText::problems`] in the English table). Problems that
    /// concern the whole document have an empty path.
    pub fn problems(&self) -> Vec<(String, String)> {
        EN.problems(self)
    }
}

impl fmt::Display for LoadFailure {
    /// The English table's words ([`crate::text::UiText::load_failure`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(EN.load_failure)(self))
    }
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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&(EN.problem)(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
