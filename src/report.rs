//! The outcome of checking card JSON as a flat list of findings: what `medcard validate`
//! prints and what the browser's `validate()` returns. Core: serde + std only.

use crate::error::{Error, Issue, Severity};
use crate::validate::Checked;
use serde::Serialize;

/// One problem found in card data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// `"error"` (the card cannot be shown) or `"warning"` (it is shown anyway).
    pub severity: &'static str,
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
        let severity = match issue.problem.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        Finding {
            severity,
            path: issue.path.clone(),
            message: issue.problem.to_string(),
            line: None,
            column: None,
        }
    }

    /// Whether this finding stops the card from being shown.
    pub fn is_error(&self) -> bool {
        self.severity == "error"
    }
}

/// Every finding of one check, errors first, each group in document order.
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
            severity: "error",
            path: String::new(),
            message: format!("the card data is not valid JSON: {message}"),
            line: Some(*line),
            column: Some(*column),
        }],
        Err(other) => vec![Finding {
            severity: "error",
            path: String::new(),
            message: other.to_string(),
            line: None,
            column: None,
        }],
    }
}
