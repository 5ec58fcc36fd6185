//! `medcard`: check card data, render it as static HTML, print the JSON Schema.
//! The same core as the widget, so the rules never disagree. Install with
//! `cargo install --path . --features cli`.
//!
//! One module per command; `files` reads and writes files, `calendar` knows today's date.

mod calendar;
mod export;
mod files;
mod hash;
mod import;
mod render;
mod schema;
mod validate;

use medcard::report::Finding;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
medcard — check, render and describe medication card data (schema version 1)

Usage:
  medcard validate [--strict] [--format human|json] [--today YYYY-MM-DD] [--readability]
                   [--original FILE] FILE|FOLDER...
  medcard render [--lang TAG] [--heading-level N] [--layout full|compact] [--page]
                 [--today YYYY-MM-DD] FILE
  medcard export --fhir [-o OUT] FILE
  medcard import --fhir [-o OUT] FILE
  medcard hash [--algorithm sha256|sha384|sha512] FILE
  medcard schema
  medcard style
  medcard --help | --version

validate  Reports every problem with its JSON path (line and column for syntax errors).
          Warnings (unknown fields, unsafe or http: links, sources without an address, overdue
          reviews, missing safety content) do not fail a card unless --strict is given;
          infos never do. --format json prints one JSON report for CI.
          --readability adds the reading level of each text of 10 words or more and of
          the whole card (Flesch–Kincaid grade for English, Fernández-Huerta ease for
          Spanish; other languages are not graded) and warns above grade 9.
          A translation (translationOf) is compared with its original card: the file
          given with --original, else translationOf.url read as a path from the
          translation's folder (web addresses are not fetched).
render    Prints the card as static HTML: a <med-card> with a declarative shadow root,
          the data inline and a schema.org Drug JSON-LD block. Works without JavaScript;
          the widget takes it over when it loads. --page wraps it in a whole HTML page.
          --layout compact collapses every section but the key facts, warnings and
          get-help callouts (they open with no script).
export    Prints the card as a FHIR R5 Bundle (collection): a MedicationKnowledge,
          ClinicalUseDefinitions and Citations (docs/fhir.md has the mapping).
import    Turns a FHIR R5 Bundle into a draft card (never marked reviewed); prints every
          element it could not map as a warning with its FHIR path. Nothing is written
          unless the whole bundle could be read.
          -o OUT writes to the file OUT instead of standard output (only on success).
hash      Prints the Subresource Integrity value of FILE's bytes (sha384 unless
          --algorithm says otherwise), to paste into <med-card src integrity=…>:
          the card is only shown while its file has exactly those bytes.
schema    Prints the JSON Schema (draft 2020-12) of the card data.
style     Prints the stylesheet exactly as `render` inlines it, to hash for a CSP:
          medcard style | openssl dgst -sha256 -binary | base64

FILE may be - for standard input; a FOLDER means every .json file in it (and below). --today sets the date used for overdue reviews.
Exit status: 0 valid, 1 invalid (or warnings with --strict), 2 usage or I/O error.
";

/// A usage or I/O failure: exit status 2.
struct Fatal(String);

impl From<lexopt::Error> for Fatal {
    fn from(error: lexopt::Error) -> Self {
        Fatal(error.to_string())
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(Fatal(message)) => {
            eprintln!("medcard: {message}\nTry `medcard --help`.");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, Fatal> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let command =
        match parser.next()? {
            Some(Value(command)) => command.string()?,
            Some(Long("help") | Short('h')) => {
                print!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            Some(Long("version") | Short('V')) => {
                println!("medcard {}", env!("CARGO_PKG_VERSION"));
                return Ok(ExitCode::SUCCESS);
            }
            Some(other) => return Err(other.unexpected().into()),
            None => return Err(Fatal(
                "a command is required: validate, render, export, import, hash, schema or style"
                    .into(),
            )),
        };
    match command.as_str() {
        "validate" => validate::run(parser),
        "render" => render::run(parser),
        "export" => export::run(parser),
        "import" => import::run(parser),
        "hash" => hash::run(parser),
        "schema" => schema::schema(parser),
        "style" => schema::style(parser),
        other => Err(Fatal(format!(
            "unknown command `{other}`; use validate, render, export, import, hash, schema or style"
        ))),
    }
}

/// `export` and `import`'s arguments: `--fhir` (required: the only format), `-o OUT`, FILE.
fn fhir_arguments(
    mut parser: lexopt::Parser,
    verb: &str,
) -> Result<(Option<PathBuf>, PathBuf), Fatal> {
    use lexopt::prelude::*;
    let (mut fhir, mut out, mut file) = (false, None, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("fhir") => fhir = true,
            Short('o') | Long("output") => out = Some(PathBuf::from(parser.value()?)),
            Value(path) if file.is_none() => file = Some(PathBuf::from(path)),
            _ => return Err(arg.unexpected().into()),
        }
    }
    if !fhir {
        return Err(Fatal(format!(
            "{verb} needs --fhir (FHIR R5 is the only format)"
        )));
    }
    let file =
        file.ok_or_else(|| Fatal(format!("{verb} needs a FILE (or - for standard input)")))?;
    Ok((out, file))
}

/// Prints a file's findings to standard error, one a line (`render` and `export`, whose
/// standard output is the result).
fn print_findings(name: &str, found: &[Finding]) {
    for finding in found {
        eprintln!(
            "{name}: {}: {}: {}",
            finding.severity.as_str(),
            place(finding),
            finding.message
        );
    }
}

/// Where a finding is: line and column for syntax errors, else its JSON path.
fn place(finding: &Finding) -> String {
    match (finding.line, finding.column) {
        (Some(line), Some(column)) => format!("line {line}, column {column}"),
        _ if finding.path.is_empty() => "(the card)".into(),
        _ => finding.path.clone(),
    }
}
