//! `medcard`: check card data, render it as static HTML, print the JSON Schema.
//! The same core as the widget, so the rules never disagree. Install with
//! `cargo install --path . --features cli`.

use medcard::model::{safe_url, Date};
use medcard::report::{findings, Finding};
use medcard::schema::card_schema_text;
use medcard::static_html::{render_card, render_page, RenderOptions};
use medcard::validate::compare_with_original;
use medcard::view::{HeadingLevel, Layout};
use medcard::{parse_card, Options};
use medcard::{Checked, Error, Issue, Problem, Severity};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Human,
    Json,
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
        "validate" => validate(parser),
        "render" => render(parser),
        "export" => fhir_command(parser, Direction::Export),
        "import" => fhir_command(parser, Direction::Import),
        "hash" => hash(parser),
        "schema" => {
            if let Some(arg) = parser.next()? {
                return Err(arg.unexpected().into());
            }
            print!("{}", card_schema_text());
            Ok(ExitCode::SUCCESS)
        }
        "style" => {
            if let Some(arg) = parser.next()? {
                return Err(arg.unexpected().into());
            }
            print!("{}", medcard::view::STYLE);
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Fatal(format!(
            "unknown command `{other}`; use validate, render, export, import, hash, schema or style"
        ))),
    }
}

/// `hash`: the Subresource Integrity value (`sha384-…`, base64) of a file's exact bytes.
fn hash(mut parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    use base64::Engine;
    use lexopt::prelude::*;
    use sha2::Digest;
    let (mut algorithm, mut file) = (String::from("sha384"), None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("algorithm") | Short('a') => algorithm = parser.value()?.string()?,
            Value(path) if file.is_none() => file = Some(PathBuf::from(path)),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let file = file.ok_or_else(|| Fatal("hash needs a FILE (or - for standard input)".into()))?;
    let bytes = read_bytes(&file)?;
    let digest = match algorithm.as_str() {
        "sha256" => sha2::Sha256::digest(&bytes).to_vec(),
        "sha384" => sha2::Sha384::digest(&bytes).to_vec(),
        "sha512" => sha2::Sha512::digest(&bytes).to_vec(),
        other => {
            return Err(Fatal(format!(
                "--algorithm `{other}`: use sha256, sha384 or sha512"
            )))
        }
    };
    let value = base64::engine::general_purpose::STANDARD.encode(digest);
    println!("{algorithm}-{value}");
    Ok(ExitCode::SUCCESS)
}

/// The `--today` value: the date used to report overdue reviews.
fn today_option(parser: &mut lexopt::Parser) -> Result<Date, Fatal> {
    use lexopt::ValueExt;
    let text = parser.value()?.string()?;
    Date::parse(&text).ok_or_else(|| Fatal(format!("--today `{text}` is not a YYYY-MM-DD date")))
}

fn validate(mut parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
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
            compare_translation(checked, path, original.as_ref(), &options)?;
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
/// says what it leaves out (`translationOf.omitted`) is not compared.
fn compare_translation(
    checked: &mut Checked,
    path: &std::path::Path,
    original: Option<&Checked>,
    options: &Options,
) -> Result<(), Fatal> {
    if let Some(original) = original {
        compare_with_original(checked, &original.card);
        return Ok(());
    }
    let Some(of) = checked.card.translation_of.as_ref() else {
        return Ok(());
    };
    let Some(url) = of.url.clone().filter(|_| of.omitted.is_none()) else {
        return Ok(());
    };
    let is_web_address = safe_url(&url).is_some() || url.contains("://") || url.starts_with("//");
    let folder = path.parent().unwrap_or(std::path::Path::new(""));
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
    Ok(())
}

/// The original card of a translation; a file that cannot be read or is not a valid card is a
/// usage error, since the comparison the author asked for cannot be made.
fn read_original(file: &std::path::Path, options: &Options) -> Result<Checked, Fatal> {
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

fn render(mut parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    use lexopt::prelude::*;
    let mut options = RenderOptions::default();
    let (mut page, mut file) = (false, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("lang") => options.lang = Some(parser.value()?.string()?),
            Long("heading-level") => {
                let text = parser.value()?.string()?;
                options.heading_level = HeadingLevel::parse(&text)
                    .ok_or_else(|| Fatal(format!("--heading-level `{text}`: use 2 to 6")))?;
            }
            Long("layout") => {
                let text = parser.value()?.string()?;
                options.layout = Layout::parse(&text)
                    .ok_or_else(|| Fatal(format!("--layout `{text}`: use full or compact")))?;
            }
            Long("page") => page = true,
            Long("today") => options.today = Some(today_option(&mut parser)?),
            Value(path) if file.is_none() => file = Some(PathBuf::from(path)),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let file = file.ok_or_else(|| Fatal("render needs a FILE (or - for standard input)".into()))?;
    options.today = options.today.or_else(system_today);
    let text = read(&file)?;
    let result = parse_card(
        &text,
        &Options {
            today: options.today,
            ..Options::default()
        },
    );
    let found = findings(&result);
    let name = display_name(&file);
    for finding in &found {
        let place = place(finding);
        eprintln!(
            "{name}: {}: {place}: {}",
            finding.severity.as_str(),
            finding.message
        );
    }
    let Ok(checked) = result else {
        eprintln!("{name}: invalid; nothing rendered");
        return Ok(ExitCode::from(1));
    };
    let html = if page {
        render_page(&checked.card, &options)
    } else {
        render_card(&checked.card, &options)
    };
    std::io::stdout()
        .lock()
        .write_all(html.as_bytes())
        .map_err(|error| Fatal(format!("cannot write the HTML: {error}")))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Export,
    Import,
}

/// `export --fhir` and `import --fhir`: the output is written only when the whole input was
/// read, to standard output or (through a temporary file renamed into place) to `-o OUT`.
fn fhir_command(mut parser: lexopt::Parser, direction: Direction) -> Result<ExitCode, Fatal> {
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
    let verb = if direction == Direction::Export {
        "export"
    } else {
        "import"
    };
    if !fhir {
        return Err(Fatal(format!(
            "{verb} needs --fhir (FHIR R5 is the only format)"
        )));
    }
    let file =
        file.ok_or_else(|| Fatal(format!("{verb} needs a FILE (or - for standard input)")))?;
    let name = display_name(&file);
    let text = read(&file)?;
    let output = match direction {
        Direction::Export => {
            let result = parse_card(&text, &Options::default());
            for finding in findings(&result) {
                let place = place(&finding);
                eprintln!(
                    "{name}: {}: {place}: {}",
                    finding.severity.as_str(),
                    finding.message
                );
            }
            let Ok(checked) = result else {
                eprintln!("{name}: invalid; nothing exported");
                return Ok(ExitCode::from(1));
            };
            let bundle = medcard::fhir::export_bundle(&checked.card);
            serde_json::to_string_pretty(&bundle).unwrap_or_default()
        }
        Direction::Import => {
            match medcard::fhir::import_bundle(&text) {
                Err(error) => {
                    eprintln!("{name}: error: {error}\n{name}: not a usable FHIR R5 bundle; nothing written");
                    return Ok(ExitCode::from(1));
                }
                Ok(imported) => {
                    for warning in &imported.warnings {
                        eprintln!("{name}: warning: {warning}");
                    }
                    eprintln!(
                    "{name}: imported as a draft card ({} not mapped); it is not marked reviewed",
                    imported.warnings.len()
                );
                    serde_json::to_string_pretty(&imported.card).unwrap_or_default()
                }
            }
        }
    };
    write_output(out.as_deref(), &(output + "\n"))?;
    Ok(ExitCode::SUCCESS)
}

/// Standard output, or a file replaced in one step (a temporary file beside it, renamed).
fn write_output(out: Option<&std::path::Path>, text: &str) -> Result<(), Fatal> {
    let Some(path) = out else {
        return std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|error| Fatal(format!("cannot write the output: {error}")));
    };
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".medcard-tmp");
    let temporary = PathBuf::from(temporary);
    let failed = |error: std::io::Error| Fatal(format!("cannot write {}: {error}", path.display()));
    std::fs::write(&temporary, text).map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(|error| {
        let _ = std::fs::remove_file(&temporary);
        failed(error)
    })
}

/// Where a finding is: line and column for syntax errors, else its JSON path.
fn place(finding: &Finding) -> String {
    match (finding.line, finding.column) {
        (Some(line), Some(column)) => format!("line {line}, column {column}"),
        _ if finding.path.is_empty() => "(the card)".into(),
        _ => finding.path.clone(),
    }
}

fn display_name(file: &std::path::Path) -> String {
    if file.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        file.display().to_string()
    }
}

/// A folder stands for every `.json` file under it, in sorted order; anything else for itself.
fn expand(path: PathBuf, out: &mut Vec<PathBuf>) -> Result<(), Fatal> {
    if !path.is_dir() {
        out.push(path);
        return Ok(());
    }
    let unreadable =
        |error: std::io::Error| Fatal(format!("cannot read {}: {error}", path.display()));
    let mut entries = std::fs::read_dir(&path)
        .map_err(unreadable)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(unreadable)?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() || entry.extension().is_some_and(|ext| ext == "json") {
            expand(entry, out)?;
        }
    }
    Ok(())
}

fn read(file: &std::path::Path) -> Result<String, Fatal> {
    let mut text = String::new();
    let result = if file.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_string(&mut text).map(|_| ()))
    };
    result.map_err(|error| Fatal(format!("cannot read {}: {error}", display_name(file))))?;
    Ok(text)
}

/// A file's exact bytes (`-`: standard input), for `hash`.
fn read_bytes(file: &std::path::Path) -> Result<Vec<u8>, Fatal> {
    let mut bytes = Vec::new();
    let result = if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|error| Fatal(format!("cannot read {}: {error}", display_name(file))))?;
    Ok(bytes)
}

/// Today's date in UTC, from the system clock.
fn system_today() -> Option<Date> {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs() / 86_400;
    // Howard Hinnant's days-to-civil algorithm, for days since 1970-01-01.
    let z = i64::try_from(days).ok()? + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}
