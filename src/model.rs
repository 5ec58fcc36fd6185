//! The card data of schema version 1 (`shared/design/card-schema.md`), as checked Rust types.
//!
//! Values of these types come out of [`crate::validate`], so every required text is present and
//! non-empty, every list is within its limit and every date is a real calendar date. Links keep
//! the author's URL; whether it may become a live link is decided by [`safe_url`].

pub use crate::codes::Code;
use serde::Serialize;
use std::fmt;

/// The only schema version this crate reads.
pub const SCHEMA_VERSION: u64 = 1;

/// A whole medication card.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Card {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u64,
    /// BCP 47 language tag of the card's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// What the card is about.
    pub medication: Medication,
    /// One or two plain sentences.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// One to six short statements the author writes for readers who read nothing else,
    /// shown right under the summary in every layout. When given, at least one (an empty list
    /// is an error); the validator warns about more than six, or one over 25 words.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub key_facts: Vec<String>,
    /// What it is used for, each with its evidence status.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<Use>,
    /// Mechanism in plain language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how_it_works: Option<String>,
    /// Benefits.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<Item>,
    /// Prominent warnings; never collapsed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    /// Safety-netting callouts; never collapsed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub get_help: Vec<Callout>,
    /// How to take it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dosage: Option<Dosage>,
    /// Side effects; rendered collapsible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side_effects: Option<SideEffects>,
    /// Precautions, rendered grouped by kind.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub precautions: Vec<Precaution>,
    /// "See also" links.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Link>,
    /// References for the content.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// When the content was last reviewed, and whether that was a clinical review or an
    /// editorial check against the sources (`kind`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<Review>,
    /// Who supplied the content; always visible when present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Attribution>,
    /// Replacement disclaimer text; absent or blank means the default text. The disclaimer
    /// itself can never be removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disclaimer: Option<String>,
    /// For a translation: the card it translates, so its safety lists can be compared, and what
    /// it deliberately leaves out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation_of: Option<Translation>,
}

/// The original card of a translation.
///
/// `medcard validate` compares the translation's safety lists (warnings, get-help callouts,
/// serious side effects, precautions, dosage) with the original's: the file at `url` when it is a
/// relative path (from the translation's own folder), or the file given with `--original`. It
/// never fetches a web address, and neither the widget nor the playground can compare: they see
/// one card.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Translation {
    /// Where the original card's JSON is: a path relative to this card's file (such as
    /// `gabapentin.json`), or a web address. Not shown to readers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The original card's language (BCP 47), such as `en`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// In the card's own language, shown to readers under the title: what safety content of the
    /// original this translation deliberately leaves out, and where to read it. Only for a
    /// shortened translation; with it, the validator does not warn that the lists are shorter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omitted: Option<String>,
}

/// The medicine itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Medication {
    /// The medicine's name: the one text every card must have.
    pub name: String,
    /// Generic (non-proprietary) name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generic_name: Option<String>,
    /// Brand names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub brand_names: Vec<String>,
    /// Drug class.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drug_class: Option<String>,
    /// Forms, such as "tablet".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<String>,
    /// How it can be obtained.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<Availability>,
    /// Codes in drug or clinical terminologies; not shown to readers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
}

/// One use of the medicine.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Use {
    /// The condition.
    pub condition: String,
    /// Regulatory or evidence status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UseStatus>,
    /// Where the status applies: ISO 3166-1 alpha-2 country codes in capitals (`US`, `GB`),
    /// or `EU` for the European Union. Shown with the status ("Approved in the US and the EU").
    /// A code that is not two capital letters is an error; an `approved` use without regions is
    /// a warning for authors (an approval is always some regulator's).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RegionCode>"))]
    pub regions: Vec<String>,
    /// A short note, e.g. why a use is not recommended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Codes in drug or clinical terminologies; not shown to readers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
}

/// A titled item with optional detail (benefits).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Item {
    /// Short title.
    pub title: String,
    /// More detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// A prominent warning.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Warning {
    /// Short title.
    pub title: String,
    /// More detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// How strong the warning is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<WarningLevel>,
}

/// A safety-netting callout ("Call your doctor now if…").
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Callout {
    /// Urgent or emergency.
    pub level: CalloutLevel,
    /// The callout's heading.
    pub title: String,
    /// The signs to act on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

/// How to take the medicine.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Dosage {
    /// Dose schedules.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    /// General instructions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub instructions: Vec<String>,
    /// What to do after a missed dose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missed_dose: Option<String>,
    /// What to do after taking too much.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overdose: Option<String>,
    /// How to stop safely.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopping: Option<String>,
}

/// One dose schedule. Free text per field, because real dosing text has no closed vocabulary;
/// validation guarantees at least one of `start`, `usual` and `maximum`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Schedule {
    /// Who it is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<String>,
    /// What it is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indication: Option<String>,
    /// Starting dose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Usual dose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usual: Option<String>,
    /// Maximum dose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<String>,
    /// How often.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// When.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
    /// Anything else.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Side effects, in two groups.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SideEffects {
    /// Common side effects.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub common: Vec<Effect>,
    /// Serious side effects.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub serious: Vec<Effect>,
    /// A note shown with the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One side effect.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Effect {
    /// The effect.
    pub name: String,
    /// More detail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// How often, in words: free text, such as a label's figure ("54 in 100 people in
    /// studies"). May stand with `band`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// How often, as one of the frequency bands of EU product information (SmPC section 4.8,
    /// package leaflet section 4): shown in the card's language with its meaning ("Common: may
    /// affect up to 1 in 10 people").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<FrequencyBand>,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Codes in drug or clinical terminologies; not shown to readers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
}

/// One precaution.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Precaution {
    /// The group it is listed under.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<PrecautionKind>,
    /// Optional short title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The precaution.
    pub text: String,
    /// Codes in drug or clinical terminologies; not shown to readers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<Code>,
}

/// A "see also" link. The URL is the author's; see [`safe_url`] before linking it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Link {
    /// Link text.
    pub title: String,
    /// Target, as written.
    pub url: String,
}

/// A reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// Title of the reference.
    pub title: String,
    /// Where to read it, as written: the source's own (canonical) address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Where the cited text was actually read, when that was a copy at another address (an
    /// archive, a mirror, a reprint): shown in small print as "read at …". `accessed` is the
    /// date it was read there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Who published it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When the cited text was read (at `via` when given, else at `url`). Give only a date on
    /// which it was really read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessed: Option<Date>,
}

/// When and by whom the content was last reviewed, and what kind of review it was.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Review {
    /// Date of the review.
    pub date: Date,
    /// `clinical`: a clinician reviewed the content ("Clinically reviewed … by …").
    /// `editorial`: the content was checked against its sources, which is not a clinical review,
    /// and the card says so. Absent: not stated; the card shows the neutral "Last reviewed … by …"
    /// line it always showed (it claims no clinical review), and `medcard validate` warns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ReviewKind>,
    /// Reviewer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// When the next review is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_review: Option<Date>,
}

impl Review {
    /// True when `next_review` is before `today`: readers are told the review is overdue.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.next_review.is_some_and(|next| next < today)
    }
}

/// Who supplied the content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attribution {
    /// Credit text.
    pub text: String,
    /// Link for the credit, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A real calendar date (proleptic Gregorian), written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        let year = text[0..4].parse().ok()?;
        let month = text[5..7].parse().ok()?;
        let day = text[8..10].parse().ok()?;
        Date::new(year, month, day)
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The URL to put in an `href`, or `None` when it must stay plain text.
///
/// Only absolute `http:` and `https:` URLs with a host qualify. The scheme check ignores case
/// and surrounding white space (as browsers do), and any white space or control character
/// inside the URL disqualifies it, so `java\tscript:`-style tricks can never become links.
pub fn safe_url(raw: &str) -> Option<&str> {
    let url = raw.trim();
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    (!host.is_empty() && !host.starts_with(':')).then_some(url)
}

/// Declares a closed set of string values with its wire names, in one place.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the order the schema lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The wire names, in the order the schema lists them.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The wire name.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value with this wire name.
            pub fn from_name(name: &str) -> Option<$name> {
                match name { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// How the medicine can be obtained.
    Availability {
        /// Prescription only.
        Prescription = "prescription",
        /// From a pharmacy without prescription.
        Pharmacy = "pharmacy",
        /// On general sale.
        GeneralSale = "general-sale",
        /// A controlled drug.
        Controlled = "controlled",
    }
}

string_enum! {
    /// Regulatory or evidence status of a use.
    UseStatus {
        /// Approved by a regulator for this use.
        Approved = "approved",
        /// Used outside the approved indications.
        OffLabel = "off-label",
        /// Being studied.
        Investigational = "investigational",
        /// Not recommended: lets a card correct a popular but unsupported claim.
        NotRecommended = "not-recommended",
    }
}

string_enum! {
    /// How often a side effect happens, in the bands of EU product information (the QRD
    /// template's wording).
    FrequencyBand {
        /// More than 1 in 10 people.
        VeryCommon = "very-common",
        /// Up to 1 in 10 people.
        Common = "common",
        /// Up to 1 in 100 people.
        Uncommon = "uncommon",
        /// Up to 1 in 1,000 people.
        Rare = "rare",
        /// Up to 1 in 10,000 people.
        VeryRare = "very-rare",
        /// Cannot be estimated from the available data.
        NotKnown = "not-known",
    }
}

/// Whether `code` is a region code a use may name: two capital ASCII letters (an ISO 3166-1
/// alpha-2 code such as `US` or `GB`, or `EU`, which ISO 3166 reserves for the European Union).
/// Only the shape is checked, not the ISO list.
pub fn is_region_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// A region code in the schema (its pattern; see [`is_region_code`]).
#[cfg(feature = "schema")]
pub struct RegionCode;

string_enum! {
    /// How strong a warning is.
    WarningLevel {
        /// A boxed (black box) warning: the strongest.
        Boxed = "boxed",
        /// An important warning.
        Important = "important",
    }
}

string_enum! {
    /// What kind of review `reviewed` records.
    ReviewKind {
        /// A clinician reviewed the content.
        Clinical = "clinical",
        /// The content was checked against its sources; not a clinical review.
        Editorial = "editorial",
    }
}

string_enum! {
    /// How urgent a callout is.
    CalloutLevel {
        /// Contact a doctor now.
        Urgent = "urgent",
        /// Call emergency services.
        Emergency = "emergency",
    }
}

string_enum! {
    /// The group a precaution is listed under, in display order.
    PrecautionKind {
        /// Do not take it.
        Contraindication = "contraindication",
        /// Other medicines.
        Interaction = "interaction",
        /// Medical conditions.
        Condition = "condition",
        /// Pregnancy.
        Pregnancy = "pregnancy",
        /// Breastfeeding.
        Breastfeeding = "breastfeeding",
        /// Driving and machines.
        Driving = "driving",
        /// Alcohol.
        Alcohol = "alcohol",
        /// Stopping the medicine.
        Stopping = "stopping",
        /// Anything else.
        Other = "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist_in_the_calendar() {
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day()), Some(29));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("1900-02-29"), None);
        assert!(Date::parse("2000-02-29").is_some());
        assert_eq!(Date::parse("2026-04-31"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("2026-1-01"), None);
        assert_eq!(Date::parse("2026-01-01T00:00"), None);
        assert_eq!(Date::parse("+026-01-01"), None);
        assert_eq!(Date::parse("2026-11-26").unwrap().to_string(), "2026-11-26");
    }

    #[test]
    fn overdue_means_next_review_before_today() {
        let review = Review {
            date: Date::new(2026, 1, 1).unwrap(),
            kind: None,
            by: None,
            next_review: Date::new(2026, 6, 1),
        };
        assert!(review.is_overdue(Date::new(2026, 6, 2).unwrap()));
        assert!(!review.is_overdue(Date::new(2026, 6, 1).unwrap()));
    }

    #[test]
    fn only_http_and_https_urls_are_safe() {
        assert_eq!(
            safe_url("https://example.org/a"),
            Some("https://example.org/a")
        );
        assert_eq!(
            safe_url("  HTTP://Example.org "),
            Some("HTTP://Example.org")
        );
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//example.org",
            "/relative",
            "example.org",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://user@",
            "http:\\\\evil",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn enums_round_trip_their_wire_names() {
        for (kind, name) in PrecautionKind::ALL.iter().zip(PrecautionKind::NAMES) {
            assert_eq!(PrecautionKind::from_name(name), Some(*kind));
            assert_eq!(kind.as_str(), *name);
        }
        assert_eq!(UseStatus::from_name("Approved"), None);
    }
}
