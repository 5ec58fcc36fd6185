//! The widget's own words (headings, labels, the default disclaimer), one table per language.
//!
//! Card data brings its own text; everything the widget itself says comes from here, so a new
//! language is one new table. English is the fallback for any language without a table.

use crate::model::{Availability, CalloutLevel, Date, PrecautionKind, UseStatus, WarningLevel};

/// The user-interface text of one language.
#[derive(Debug)]
pub struct UiText {
    /// BCP 47 primary language subtag this table is for.
    pub lang: &'static str,
    /// Writing direction: `ltr` or `rtl`.
    pub dir: &'static str,
    /// The default clinician disclaimer.
    pub disclaimer: &'static str,
    /// Label before the disclaimer text.
    pub disclaimer_label: &'static str,
    /// Shown while card data loads.
    pub loading: &'static str,
    /// Heading of the error panel.
    pub error_title: &'static str,
    /// First line of the error panel.
    pub error_intro: &'static str,
    /// Section heading: uses.
    pub uses: &'static str,
    /// Section heading: warnings.
    pub warnings: &'static str,
    /// Section heading: how it works.
    pub how_it_works: &'static str,
    /// Section heading: benefits.
    pub benefits: &'static str,
    /// Section heading: dosage.
    pub dosage: &'static str,
    /// Section heading and toggle text: side effects.
    pub side_effects: &'static str,
    /// Group heading: common side effects.
    pub common_effects: &'static str,
    /// Group heading: serious side effects.
    pub serious_effects: &'static str,
    /// Section heading: precautions.
    pub precautions: &'static str,
    /// Section heading: related links.
    pub related: &'static str,
    /// Section heading: sources.
    pub sources: &'static str,
    /// Label: brand names.
    pub brand_names: &'static str,
    /// Label: generic name.
    pub generic_name: &'static str,
    /// Label: drug class.
    pub drug_class: &'static str,
    /// Label: forms.
    pub forms: &'static str,
    /// Label: availability.
    pub availability: &'static str,
    /// Dose labels: start, usual, maximum, how often, when, notes.
    pub dose_labels: [&'static str; 6],
    /// Heading for general instructions.
    pub instructions: &'static str,
    /// Heading: missed dose.
    pub missed_dose: &'static str,
    /// Heading: overdose.
    pub overdose: &'static str,
    /// Heading: stopping.
    pub stopping: &'static str,
    /// Label before an effect's frequency.
    pub how_common: &'static str,
    /// Label before an effect's action.
    pub what_to_do: &'static str,
    /// Text after a link that opens a new tab, for screen readers.
    pub new_tab: &'static str,
    /// "Last reviewed".
    pub reviewed: &'static str,
    /// "by".
    pub reviewed_by: &'static str,
    /// "Next review due".
    pub next_review: &'static str,
    /// Shown when the next review date has passed.
    pub review_overdue: &'static str,
    /// Label before a source's access date.
    pub accessed: &'static str,
    /// Words for [`UseStatus`], in [`UseStatus::ALL`] order.
    pub use_status: [&'static str; 4],
    /// Words for [`WarningLevel`], in [`WarningLevel::ALL`] order.
    pub warning_level: [&'static str; 2],
    /// Words for [`CalloutLevel`], in [`CalloutLevel::ALL`] order.
    pub callout_level: [&'static str; 2],
    /// Group headings for [`PrecautionKind`], in [`PrecautionKind::ALL`] order.
    pub precaution_kind: [&'static str; 9],
    /// Words for [`Availability`], in [`Availability::ALL`] order.
    pub availability_kind: [&'static str; 4],
    /// The side-effects count, e.g. "4 common, 3 serious".
    pub effect_counts: fn(usize, usize) -> String,
    /// A date in words.
    pub date: fn(Date) -> String,
}

impl UiText {
    /// The badge word for a use status.
    pub fn use_status(&self, status: UseStatus) -> &'static str {
        self.use_status[status as usize]
    }

    /// The label for a warning level.
    pub fn warning_level(&self, level: WarningLevel) -> &'static str {
        self.warning_level[level as usize]
    }

    /// The label for a callout level.
    pub fn callout_level(&self, level: CalloutLevel) -> &'static str {
        self.callout_level[level as usize]
    }

    /// The group heading for a precaution kind.
    pub fn precaution_kind(&self, kind: PrecautionKind) -> &'static str {
        self.precaution_kind[kind as usize]
    }

    /// The words for an availability.
    pub fn availability_kind(&self, availability: Availability) -> &'static str {
        self.availability_kind[availability as usize]
    }
}

/// English.
pub static EN: UiText = UiText {
    lang: "en",
    dir: "ltr",
    disclaimer: "This card is general information, not medical advice. It does not replace advice \
        from your doctor, pharmacist or nurse. Always follow your prescription label and the patient \
        leaflet, and don't start, stop or change a medicine without talking to a health professional. \
        If you think you are having a serious reaction, or someone has taken too much, contact \
        emergency services or a poison control centre straight away.",
    disclaimer_label: "Not medical advice.",
    loading: "Loading medicine information…",
    error_title: "This medicine information cannot be shown",
    error_intro: "The card's data has a problem, so nothing from it is shown:",
    uses: "What it is used for",
    warnings: "Important warnings",
    how_it_works: "How it works",
    benefits: "Benefits",
    dosage: "How to take it",
    side_effects: "Side effects",
    common_effects: "Common side effects",
    serious_effects: "Serious side effects",
    precautions: "Precautions",
    related: "See also",
    sources: "Sources",
    brand_names: "Brand names",
    generic_name: "Generic name",
    drug_class: "Type of medicine",
    forms: "Forms",
    availability: "Available",
    dose_labels: [
        "Starting dose",
        "Usual dose",
        "Maximum dose",
        "How often",
        "When",
        "Notes",
    ],
    instructions: "Instructions",
    missed_dose: "If you miss a dose",
    overdose: "If you take too much",
    stopping: "Stopping",
    how_common: "How common",
    what_to_do: "What to do",
    new_tab: "(opens in a new tab)",
    reviewed: "Last reviewed",
    reviewed_by: "by",
    next_review: "Next review due",
    review_overdue: "Review overdue",
    accessed: "accessed",
    use_status: ["Approved", "Off-label", "Investigational", "Not recommended"],
    warning_level: ["Boxed warning", "Important"],
    callout_level: ["Urgent", "Emergency"],
    precaution_kind: [
        "Do not take it if",
        "Other medicines",
        "Health conditions",
        "Pregnancy",
        "Breastfeeding",
        "Driving and machines",
        "Alcohol",
        "Stopping",
        "Other precautions",
    ],
    availability_kind: [
        "on prescription",
        "from a pharmacy",
        "on general sale",
        "as a controlled medicine",
    ],
    effect_counts: english_effect_counts,
    date: english_date,
};

fn english_effect_counts(common: usize, serious: usize) -> String {
    match (common, serious) {
        (0, 0) => "none listed".to_string(),
        (c, 0) => format!("{c} common"),
        (0, s) => format!("{s} serious"),
        (c, s) => format!("{c} common, {s} serious"),
    }
}

fn english_date(date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS[usize::from(date.month() - 1)];
    format!("{} {month} {}", date.day(), date.year())
}

/// Every language with a table.
pub static LANGUAGES: &[&UiText] = &[&EN];

/// The table for a BCP 47 tag, matched on its primary subtag; English when there is none.
pub fn ui_text(lang: Option<&str>) -> &'static UiText {
    let primary = lang
        .and_then(|tag| tag.split(['-', '_']).next())
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .copied()
        .find(|table| table.lang == primary)
        .unwrap_or(&EN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_languages_fall_back_to_english() {
        assert_eq!(ui_text(Some("xx-YY")).lang, "en");
        assert_eq!(ui_text(None).lang, "en");
        assert_eq!(ui_text(Some("EN-gb")).lang, "en");
    }

    #[test]
    fn counts_and_dates_read_naturally() {
        assert_eq!((EN.effect_counts)(4, 3), "4 common, 3 serious");
        assert_eq!((EN.effect_counts)(0, 1), "1 serious");
        assert_eq!(
            (EN.date)(Date::new(2026, 11, 1).unwrap()),
            "1 November 2026"
        );
    }

    #[test]
    fn word_tables_follow_enum_order() {
        assert_eq!(EN.use_status(UseStatus::NotRecommended), "Not recommended");
        assert_eq!(
            EN.precaution_kind(PrecautionKind::Other),
            "Other precautions"
        );
        assert_eq!(EN.callout_level(CalloutLevel::Emergency), "Emergency");
    }
}
