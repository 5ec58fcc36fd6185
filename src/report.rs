//! The outcome of checking card JSON as a flat list of findings: what `medcard validate`
//! prints and what the browser's `validate()` returns. Core: serde + std only.

use crate::error::{Error, Issue, Severity};
use crate::text::EN;
use crate::validate::Checked;
use serde::Serialize;

/// One problem found in card data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Error (the card cannot be shown), warning (it is shown anyway) or info (not a problem: a
    /// reading level, a comparison not made); `"error"`, `"warning"` or `"info"` in JSON.
    pub severity: Severity,
    /// JSON path of the value, such as `sideEffects.serious[2].name`; empty for the whole card.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// 1-based line, for syntax errors only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column, for syntax errors only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Finding {
    fn of_issue(issue: &Issue) -> Finding {
        Finding {
            severity: issue.problem.severity(),
            path: issue.path.clone(),
            message: issue.problem.to_string(),
            line: None,
            column: None,
        }
    }

    /// Whether this finding stops the card from being shown.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Every finding of one check, errors first, each group in document order. The messages are the
/// English table's ([`crate::text::EN`]), as in the error panel.
pub fn findings(result: &Result<Checked, Error>) -> Vec<Finding> {
    match result {
        Ok(checked) => checked.warnings.iter().map(Finding::of_issue).collect(),
        Err(Error::Invalid { errors, warnings }) => errors
            .iter()
            .chain(warnings)
            .map(Finding::of_issue)
            .collect(),
        Err(Error::Syntax {
            line,
            column,
            message,
        }) => vec![Finding {
            severity: Severity::Error,
            path: String::new(),
            // The place is in `line` and `column`, not repeated in the words.
            message: EN.syntax_problem(message),
            line: Some(*line),
            column: Some(*column),
        }],
        Err(other) => vec![Finding {
            severity: Severity::Error,
            path: String::new(),
            message: other.to_string(),
            line: None,
            column: None,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{parse_card, Options};

    #[test]
    fn a_syntax_error_reads_the_same_everywhere() {
        let result = parse_card("{\"a\":", &Options::default());
        let [finding] = &findings(&result)[..] else {
            panic!("one finding: {result:?}");
        };
        let (Some(line), Some(column)) = (finding.line, finding.column) else {
            panic!("{finding:?} has a place");
        };
        let error = result.expect_err("not JSON");
        let sentence = format!("{} (line {line}, column {column})", finding.message);
        assert!(sentence.starts_with("the card data is not valid JSON: "));
        assert_eq!(error.to_string(), sentence);
        assert_eq!(error.problems(), vec![(String::new(), sentence)]);
        assert_eq!(
            serde_json::to_value(finding).expect("JSON")["severity"],
            "error"
        );
    }
}
