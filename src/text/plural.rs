//! The plural rules, by name. They stay compiled in when a language's words arrive at run time
//! (a words file names its rule: [`super::words_file`], [`super::add_language`]).

use super::Plural;

/// A plural rule: the category of a count.
pub(super) type Rule = fn(usize) -> Plural;

/// Every rule with its name in a words file.
pub(super) const RULES: [(&str, Rule); 2] = [("one-other", english), ("arabic", arabic)];

/// English plurals (and Spanish): one for 1, other for the rest.
pub(super) fn english(n: usize) -> Plural {
    if n == 1 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Arabic plurals (CLDR): 0, 1, 2, 3–10, 11–99 (modulo 100), and the rest.
pub(super) fn arabic(n: usize) -> Plural {
    match (n, n % 100) {
        (0, _) => Plural::Zero,
        (1, _) => Plural::One,
        (2, _) => Plural::Two,
        (_, 3..=10) => Plural::Few,
        (_, 11..=99) => Plural::Many,
        _ => Plural::Other,
    }
}

/// The name of the rule that gives the same category as `rule` for every count up to 1 000.
pub(super) fn name_of(rule: Rule) -> Option<&'static str> {
    RULES
        .iter()
        .find(|(_, known)| (0..=1000).all(|n| known(n) == rule(n)))
        .map(|(name, _)| *name)
}

/// The rule named `name`.
pub(super) fn named(name: &str) -> Option<Rule> {
    RULES
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, rule)| *rule)
}
