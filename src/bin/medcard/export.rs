//! `export --fhir`: a card as a FHIR R5 Bundle, written only when the card is valid.

use crate::files::{display_name, read, write_output};
use crate::{fhir_arguments, print_findings, Fatal};
use medcard::report::findings;
use medcard::{parse_card, Options};
use std::process::ExitCode;

pub(crate) fn run(parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    let (out, file) = fhir_arguments(parser, "export")?;
    let name = display_name(&file);
    let result = parse_card(&read(&file)?, &Options::default());
    print_findings(&name, &findings(&result));
    let Ok(checked) = result else {
        eprintln!("{name}: invalid; nothing exported");
        return Ok(ExitCode::from(1));
    };
    let bundle = medcard::fhir::export_bundle(&checked.card);
    let json = serde_json::to_string_pretty(&bundle).unwrap_or_default();
    write_output(out.as_deref(), &(json + "\n"))?;
    Ok(ExitCode::SUCCESS)
}
