//! `validate`: every problem of each card with its JSON path, as text or as one JSON report;
//! a translation is compared with its original.

use crate::calendar::{system_today, today_option};
use crate::files::{display_name, expand, read};
use crate::{place, Fatal};
use medcard::model::safe_url;
use medcard::report::{findings, Finding};
use medcard::validate::compare_with_original;
use medcard::{parse_card, Options};
use medcard::{Checked, Error, Issue, Problem, Severity};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

pub(crate) fn run(mut parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    use lexopt::prelude::*;
    let (mut strict, mut format, mut today, mut files) = (false, Format::Human, None, Vec::new());
    let (mut readability, mut original) = (false, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("strict") => strict = true,
            Long("readability") => readability = true,
            Long("original") => original = Some(PathBuf::from(parser.value()?)),
            Long("format") => {
                format = match parser.value()?.string()?.as_str() {
                    "human" => Format::Human,
                    "json" => Format::Json,
                    other => return Err(Fatal(format!("--format `{other}`: use human or json"))),
                }
            }
            Long("today") => today = Some(today_option(&mut parser)?),
            Value(file) => files.push(PathBuf::from(file)),
            _ => return Err(arg.unexpected().into()),
        }
    }
    if files.is_empty() {
        return Err(Fatal(
            "validate needs at least one FILE (or - for standard input)".into(),
        ));
    }
    let options = Options {
        today: today.or_else(system_today),
        readability,
        ..Options::default()
    };
    let original = match original {
        Some(file) => Some(read_original(&file, &options)?),
        None => None,
    };
    // Read everything first: an unreadable file is a usage error, reported before any result.
    let mut cards = Vec::new();
    for file in files {
        expand(file, &mut cards)?;
    }
    let texts = cards
        .iter()
        .map(|file| read(file).map(|text| (file, text)))
        .collect::<Result<Vec<_>, _>>()?;
    let mut reports = Vec::new();
    for (path, text) in texts {
        let mut result = parse_card(&text, &options);
        if let Ok(checked) = &mut result {
            check_translation(checked, path, original.as_ref(), &options);
        }
        let found = findings(&result);
        let fails = found
            .iter()
            .any(|f| f.is_error() || (strict && f.severity == Severity::Warning));
        reports.push(FileReport {
            file: display_name(path),
            valid: !fails,
            findings: found,
        });
    }
    let mut out = std::io::stdout().lock();
    let written = match format {
        Format::Human => write_human(&mut out, &reports),
        Format::Json => write_json(&mut out, &reports, strict),
    };
    written.map_err(|error| Fatal(format!("cannot write the report: {error}")))?;
    Ok(if reports.iter().all(|r| r.valid) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A translation's safety lists against its original: `--original FILE` if given, else the file
/// its `translationOf.url` names relative to its own folder. A web address is not fetched, and a
/// path with no valid card behind it is not compared either: an info says so. A translation that
/// says what it leaves out (`translationOf.omitted`) is not compared. (The comparison itself is
/// the library's `compare_with_original`.)
fn check_translation(
    checked: &mut Checked,
    path: &Path,
    original: Option<&Checked>,
    options: &Options,
) {
    if let Some(original) = original {
        compare_with_original(checked, &original.card);
        return;
    }
    let Some(of) = checked.card.translation_of.as_ref() else {
        return;
    };
    let Some(url) = of.url.clone().filter(|_| of.omitted.is_none()) else {
        return;
    };
    let is_web_address = safe_url(&url).is_some() || url.contains("://") || url.starts_with("//");
    let folder = path.parent().unwrap_or(Path::new(""));
    let found = if is_web_address || path.as_os_str() == "-" {
        None
    } else {
        read_original(&folder.join(&url), options).ok()
    };
    match found {
        Some(original) => compare_with_original(checked, &original.card),
        None => checked.warnings.push(Issue {
            path: "translationOf.url".into(),
            problem: Problem::OriginalNotCompared { url },
        }),
    }
}

/// The original card of a translation; a file that cannot be read or is not a valid card is a
/// usage error, since the comparison the author asked for cannot be made.
fn read_original(file: &Path, options: &Options) -> Result<Checked, Fatal> {
    let text = read(file)?;
    let options = Options {
        readability: false,
        ..*options
    };
    parse_card(&text, &options).map_err(|error| {
        let detail = match &error {
            Error::Invalid { errors, .. } => format!("{} problem(s)", errors.len()),
            other => other.to_string(),
        };
        Fatal(format!(
            "the original card {} is not a valid card ({detail}); check it with `medcard validate`",
            display_name(file)
        ))
    })
}

/// The result for one file.
#[derive(serde::Serialize)]
struct FileReport {
    file: String,
    valid: bool,
    findings: Vec<Finding>,
}

fn write_human(out: &mut impl Write, reports: &[FileReport]) -> std::io::Result<()> {
    for report in reports {
        let count = |severity| {
            report
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .count()
        };
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        let infos = count(Severity::Info);
        let verdict = if report.valid { "valid" } else { "invalid" };
        let infos = if infos > 0 {
            format!(", {infos} {}", plural(infos, "info"))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{}: {verdict} ({errors} {}, {warnings} {}{infos})",
            report.file,
            plural(errors, "error"),
            plural(warnings, "warning")
        )?;
        for finding in &report.findings {
            let place = place(finding);
            writeln!(
                out,
                "  {:<7}  {place}: {}",
                finding.severity.as_str(),
                finding.message
            )?;
        }
    }
    if reports.len() > 1 {
        let valid = reports.iter().filter(|r| r.valid).count();
        writeln!(
            out,
            "{} files: {valid} valid, {} invalid",
            reports.len(),
            reports.len() - valid
        )?;
    }
    Ok(())
}

fn write_json(out: &mut impl Write, reports: &[FileReport], strict: bool) -> std::io::Result<()> {
    let valid = reports.iter().filter(|r| r.valid).count();
    let report = serde_json::json!({
        "strict": strict,
        "valid": valid,
        "invalid": reports.len() - valid,
        "files": reports,
    });
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        noun.to_string()
    } else {
        format!("{noun}s")
    }
}
