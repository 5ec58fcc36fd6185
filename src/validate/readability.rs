//! Reading level of a card's text, on request (`medcard validate --readability`, the playground's
//! switch): Flesch–Kincaid grade for English, Fernández-Huerta reading ease for Spanish, and a
//! plain "not graded" for every other language, which has no validated formula here.
//!
//! Small on purpose, and std only (it is in the wasm for the playground, so it uses no Unicode
//! case or letter tables: they were about 14 kB brotli; English and Spanish need Latin-1 only):
//! words are runs of letters (numbers are not counted as words), sentences end at `.`, `!` and `?` (and `;` in
//! Spanish, as Fernández Huerta counted them), and syllables are counted by spelling rules, not a
//! dictionary. The formulas are meant for passages of 100 words or more; on one short field they
//! are a rough guide, so fields under [`MIN_WORDS`] words are not graded alone (they still count
//! in the whole card's level).

use crate::error::{Issue, Problem, Score};
use crate::model::Card;

/// Fields with fewer words than this are not graded on their own.
pub const MIN_WORDS: usize = 10;

/// Which formula a language has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formula {
    /// English: Flesch–Kincaid grade level.
    FleschKincaid,
    /// Spanish: Fernández-Huerta reading ease.
    FernandezHuerta,
}

impl Formula {
    /// The formula for a BCP 47 tag (its primary subtag); a card without a language is English,
    /// as the widget shows it.
    pub fn for_language(language: Option<&str>) -> Option<Formula> {
        let primary = language
            .and_then(|tag| tag.split(['-', '_']).next())
            .unwrap_or("en")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Formula::FleschKincaid),
            "es" => Some(Formula::FernandezHuerta),
            _ => None,
        }
    }
}

/// The counts a formula is computed from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Words (runs of letters).
    pub words: usize,
    /// Sentences (at least one for any text with words).
    pub sentences: usize,
    /// Syllables.
    pub syllables: usize,
}

impl Counts {
    /// Counts one text with the formula's rules.
    pub fn of(text: &str, formula: Formula) -> Counts {
        let mut counts = Counts::default();
        let mut open_sentence = false;
        for token in text.split_whitespace() {
            if token.chars().any(is_letter) {
                counts.words += 1;
                open_sentence = true;
                // Hyphenated words ("off-label") count once, their parts' syllables added.
                counts.syllables += token
                    .split('-')
                    .map(|part| {
                        part.chars()
                            .filter(|&c| is_letter(c))
                            .map(lower)
                            .collect::<String>()
                    })
                    .filter(|part| !part.is_empty())
                    .map(|part| match formula {
                        Formula::FleschKincaid => english_syllables(&part),
                        Formula::FernandezHuerta => spanish_syllables(&part),
                    })
                    .sum::<usize>();
            }
            let trimmed = token.trim_end_matches(['"', '\'', ')', '»', '”', '’']);
            let ends = trimmed.ends_with(['.', '!', '?'])
                || (formula == Formula::FernandezHuerta && trimmed.ends_with(';'));
            if ends && open_sentence && !is_abbreviation(trimmed) {
                counts.sentences += 1;
                open_sentence = false;
            }
        }
        if open_sentence {
            counts.sentences += 1;
        }
        counts
    }

    fn add(&mut self, other: Counts) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
    }

    /// The score; `None` without words.
    pub fn score(self, formula: Formula) -> Option<Score> {
        if self.words == 0 || self.sentences == 0 {
            return None;
        }
        let words_per_sentence = self.words as f64 / self.sentences as f64;
        let syllables_per_word = self.syllables as f64 / self.words as f64;
        Some(match formula {
            Formula::FleschKincaid => Score::FleschKincaid {
                grade_tenths: to_tenths(flesch_kincaid(words_per_sentence, syllables_per_word)),
            },
            Formula::FernandezHuerta => Score::FernandezHuerta {
                ease_tenths: to_tenths(fernandez_huerta(words_per_sentence, syllables_per_word)),
            },
        })
    }
}

/// Flesch–Kincaid grade level (Kincaid et al. 1975).
pub fn flesch_kincaid(words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
}

/// Fernández-Huerta reading ease (1959), as corrected by Law (2011): 206.84 − 0.60 × syllables
/// per 100 words − 1.02 × words per sentence.
pub fn fernandez_huerta(words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    206.84 - 60.0 * syllables_per_word - 1.02 * words_per_sentence
}

/// Rounded to tenths, half away from zero (scores are small numbers, so the cast is exact).
fn to_tenths(value: f64) -> i32 {
    (value * 10.0).round() as i32
}

/// A Latin-1 letter: all that English and Spanish words are made of.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (matches!(c, 'À'..='ÿ') && c != '×' && c != '÷')
}

/// A Latin-1 letter in lower case (Latin-1 keeps upper and lower case 0x20 apart).
fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        other => other,
    }
}

/// "e.g.", "i.e.", "Dr." and single letters with a full stop do not end a sentence.
fn is_abbreviation(token: &str) -> bool {
    let word = token
        .trim_start_matches(['(', '"', '\'', '«', '“', '¿', '¡'])
        .to_ascii_lowercase();
    let inner_dot = word.trim_end_matches('.').contains('.');
    inner_dot
        || matches!(
            word.as_str(),
            "dr."
                | "mr."
                | "mrs."
                | "ms."
                | "vs."
                | "approx."
                | "no."
                | "sr."
                | "sra."
                | "p."
                | "ej."
        )
        || (word.chars().count() == 2 && word.starts_with(is_letter))
}

/// English syllables by spelling: groups of vowels (y included), less a silent final `e` and
/// the silent `e` of `-es` and `-ed`; at least one. `word` is letters in lower case.
pub fn english_syllables(word: &str) -> usize {
    let chars: Vec<char> = word.chars().map(lower).collect();
    let word: String = chars.iter().collect();
    if chars.len() <= 3 {
        return 1;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &chars {
        let is_vowel = vowel(c);
        if is_vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = is_vowel;
    }
    let n = chars.len();
    let before = |back: usize| chars.get(n.wrapping_sub(back)).copied().unwrap_or(' ');
    let silent = if word.ends_with("ed") {
        // "used" (1), but "needed" (2) and "created" (3).
        !matches!(before(3), 't' | 'd') && !vowel(before(3))
    } else if word.ends_with("es") {
        // "takes" (1), but "doses", "boxes", "changes", "reaches" keep theirs.
        !matches!(before(3), 's' | 'x' | 'z' | 'c' | 'g' | 'h') && !vowel(before(3))
    } else if word.ends_with('e') {
        // "make" (1), but "table" (2), "free" (1 group already) and "the".
        let consonant_le = before(2) == 'l' && !vowel(before(3));
        !consonant_le && !vowel(before(2))
    } else {
        false
    };
    if silent && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Spanish syllables: vowel nuclei, where a strong vowel (a, e, o, or an accented í or ú) next
/// to another strong one starts a new syllable (hiatus) and an unaccented i or u (or final y)
/// joins its neighbour (diphthong, triphthong). A silent u (que, gui) joins too, so it needs no
/// rule of its own.
pub fn spanish_syllables(word: &str) -> usize {
    let chars: Vec<char> = word.chars().map(lower).collect();
    let mut nuclei = 0;
    // The previous character, if it was a vowel: whether it was strong.
    let mut previous: Option<bool> = None;
    for (index, &c) in chars.iter().enumerate() {
        let final_y = c == 'y' && index + 1 == chars.len() && index > 0;
        let strong = match c {
            'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Some(true),
            'i' | 'u' | 'ü' => Some(false),
            'y' if final_y => Some(false),
            _ => None,
        };
        match (previous, strong) {
            (_, None) => {}
            (None, Some(_)) | (Some(true), Some(true)) => nuclei += 1,
            (Some(_), Some(_)) => {}
        }
        previous = strong;
    }
    nuclei.max(1)
}

/// The texts a reader reads, with their JSON paths: everything but names, labels, links and
/// sources.
fn prose<'c>(card: &'c Card) -> Vec<(String, &'c str)> {
    let mut texts: Vec<(String, &'c str)> = Vec::new();
    let mut add = |path: String, text: Option<&'c String>| {
        if let Some(text) = text {
            texts.push((path, text.as_str()));
        }
    };
    add("summary".into(), card.summary.as_ref());
    for (i, fact) in card.key_facts.iter().enumerate() {
        add(format!("keyFacts[{i}]"), Some(fact));
    }
    for (i, item) in card.uses.iter().enumerate() {
        add(format!("uses[{i}].condition"), Some(&item.condition));
        add(format!("uses[{i}].note"), item.note.as_ref());
    }
    add("howItWorks".into(), card.how_it_works.as_ref());
    for (i, item) in card.benefits.iter().enumerate() {
        add(format!("benefits[{i}].title"), Some(&item.title));
        add(format!("benefits[{i}].detail"), item.detail.as_ref());
    }
    for (i, item) in card.warnings.iter().enumerate() {
        add(format!("warnings[{i}].title"), Some(&item.title));
        add(format!("warnings[{i}].detail"), item.detail.as_ref());
    }
    for (i, callout) in card.get_help.iter().enumerate() {
        add(format!("getHelp[{i}].title"), Some(&callout.title));
        for (j, item) in callout.items.iter().enumerate() {
            add(format!("getHelp[{i}].items[{j}]"), Some(item));
        }
    }
    if let Some(dosage) = &card.dosage {
        for (i, schedule) in dosage.schedules.iter().enumerate() {
            let fields = [
                ("population", &schedule.population),
                ("indication", &schedule.indication),
                ("start", &schedule.start),
                ("usual", &schedule.usual),
                ("maximum", &schedule.maximum),
                ("frequency", &schedule.frequency),
                ("timing", &schedule.timing),
                ("notes", &schedule.notes),
            ];
            for (key, text) in fields {
                add(format!("dosage.schedules[{i}].{key}"), text.as_ref());
            }
        }
        for (i, item) in dosage.instructions.iter().enumerate() {
            add(format!("dosage.instructions[{i}]"), Some(item));
        }
        add("dosage.missedDose".into(), dosage.missed_dose.as_ref());
        add("dosage.overdose".into(), dosage.overdose.as_ref());
        add("dosage.stopping".into(), dosage.stopping.as_ref());
    }
    if let Some(effects) = &card.side_effects {
        for (group, list) in [("common", &effects.common), ("serious", &effects.serious)] {
            for (i, effect) in list.iter().enumerate() {
                let at = format!("sideEffects.{group}[{i}]");
                add(format!("{at}.name"), Some(&effect.name));
                add(format!("{at}.detail"), effect.detail.as_ref());
                add(format!("{at}.frequency"), effect.frequency.as_ref());
                add(format!("{at}.action"), effect.action.as_ref());
            }
        }
        add("sideEffects.note".into(), effects.note.as_ref());
    }
    for (i, item) in card.precautions.iter().enumerate() {
        add(format!("precautions[{i}].title"), item.title.as_ref());
        add(format!("precautions[{i}].text"), Some(&item.text));
    }
    if let Some(translation) = &card.translation_of {
        add("translationOf.omitted".into(), translation.omitted.as_ref());
    }
    add("disclaimer".into(), card.disclaimer.as_ref());
    texts
}

/// The reading level of every text of at least [`MIN_WORDS`] words (a warning above grade 9)
/// and of the whole card (path empty); or one note that the language is not graded.
pub fn readability(card: &Card) -> Vec<Issue> {
    let Some(formula) = Formula::for_language(card.language.as_deref()) else {
        let language = card.language.clone().unwrap_or_default();
        return vec![Issue {
            path: "language".into(),
            problem: Problem::NoReadabilityFormula { language },
        }];
    };
    let mut issues = Vec::new();
    let mut whole = Counts::default();
    for (path, text) in prose(card) {
        let counts = Counts::of(text, formula);
        whole.add(counts);
        if counts.words < MIN_WORDS {
            continue;
        }
        if let Some(score) = counts.score(formula) {
            issues.push(Issue {
                path,
                problem: level(score, counts.words),
            });
        }
    }
    if let Some(score) = whole.score(formula) {
        // The whole card first: it is the headline.
        issues.insert(
            0,
            Issue {
                path: String::new(),
                problem: Problem::ReadingLevel {
                    score,
                    words: whole.words,
                },
            },
        );
    }
    issues
}

fn level(score: Score, words: usize) -> Problem {
    if score.above_grade_9() {
        Problem::HardToRead { score, words }
    } else {
        Problem::ReadingLevel { score, words }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wikipedia, "Flesch–Kincaid readability tests" (section "Flesch–Kincaid grade level"):
    /// "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature" is an
    /// 11.3, as it has 24 syllables and 13 words.
    #[test]
    fn the_platypus_sentence_is_grade_11_3() {
        let text =
            "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";
        let counts = Counts::of(text, Formula::FleschKincaid);
        assert_eq!(
            counts,
            Counts {
                words: 13,
                sentences: 1,
                syllables: 24
            }
        );
        assert_eq!(
            counts.score(Formula::FleschKincaid),
            Some(Score::FleschKincaid { grade_tenths: 113 })
        );
    }

    /// The same article: Green Eggs and Ham averages 5.7 words per sentence and 1.02 syllables
    /// per word, "with a grade level of −1.3".
    #[test]
    fn green_eggs_and_ham_is_grade_minus_1_3() {
        assert_eq!(to_tenths(flesch_kincaid(5.7, 1.02)), -13);
    }

    #[test]
    fn english_syllables_by_spelling() {
        for (word, syllables) in [
            ("the", 1),
            ("make", 1),
            ("takes", 1),
            ("used", 1),
            ("needed", 2),
            ("doses", 2),
            ("table", 2),
            ("medicine", 3),
            ("dizziness", 3),
            ("creature", 2),
            ("seemingly", 3),
            ("immediately", 5),
        ] {
            assert_eq!(english_syllables(word), syllables, "{word}");
        }
    }

    /// Syllable division as the Real Academia Española's Ortografía (2010, §1.3) gives it:
    /// diphthongs (cui-da-do, ciu-dad, pei-ne, U-ru-guay), hiatus with an accented weak vowel
    /// (pa-ís, dí-a, o-í-do, re-ír) and between two strong vowels (a-é-re-o, po-e-ta).
    #[test]
    fn spanish_syllables_follow_the_ortografia() {
        for (word, syllables) in [
            ("cuidado", 3),
            ("ciudad", 2),
            ("peine", 2),
            ("Uruguay", 3),
            ("hoy", 1),
            ("país", 2),
            ("día", 2),
            ("oído", 3),
            ("reír", 2),
            ("aéreo", 4),
            ("poeta", 3),
            ("guerra", 2),
            ("que", 1),
            ("ahorro", 3),
            ("medicamento", 5),
        ] {
            assert_eq!(spanish_syllables(word), syllables, "{word}");
        }
    }

    /// Fernández Huerta's formula as corrected by Law (2011), "Error in the Fernandez Huerta
    /// Readability Formula": 206.84 − 0.60 × syllables per 100 words − 1.02 × words per
    /// sentence. Two syllables a word in sentences of 10 words: 206.84 − 120 − 10.2 = 76.64.
    /// The sentence below, divided by hand with the Ortografía's rules (To-me el me-di-ca-men-to
    /// con a-gua y no lo de-je de gol-pe sin con-sul-tar), has 13 words and 23 syllables:
    /// 206.84 − 60 × 23/13 − 1.02 × 13 = 87.43.
    #[test]
    fn fernandez_huerta_by_hand() {
        assert_eq!(to_tenths(fernandez_huerta(10.0, 2.0)), 766);
        let text = "Tome el medicamento con agua y no lo deje de golpe sin consultar.";
        let counts = Counts::of(text, Formula::FernandezHuerta);
        assert_eq!(
            counts,
            Counts {
                words: 13,
                sentences: 1,
                syllables: 23
            }
        );
        assert_eq!(
            counts.score(Formula::FernandezHuerta),
            Some(Score::FernandezHuerta { ease_tenths: 874 })
        );
    }

    #[test]
    fn abbreviations_and_numbers() {
        let counts = Counts::of(
            "Take 300 mg, e.g. with food. Dr. Lee said so!",
            Formula::FleschKincaid,
        );
        assert_eq!((counts.words, counts.sentences), (9, 2));
    }

    #[test]
    fn languages_without_a_formula_are_not_graded() {
        assert_eq!(Formula::for_language(Some("ar")), None);
        assert_eq!(
            Formula::for_language(Some("es-419")),
            Some(Formula::FernandezHuerta)
        );
        assert_eq!(Formula::for_language(None), Some(Formula::FleschKincaid));
    }
}
