//! `import --fhir`: a FHIR R5 Bundle as a draft card, written only when the whole bundle was
//! read; every element not mapped is a warning with its FHIR path.

use crate::files::{display_name, read, write_output};
use crate::{fhir_arguments, Fatal};
use std::process::ExitCode;

pub(crate) fn run(parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    let (out, file) = fhir_arguments(parser, "import")?;
    let name = display_name(&file);
    let imported = match medcard::fhir::import_bundle(&read(&file)?) {
        Ok(imported) => imported,
        Err(error) => {
            eprintln!(
                "{name}: error: {error}\n{name}: not a usable FHIR R5 bundle; nothing written"
            );
            return Ok(ExitCode::from(1));
        }
    };
    for warning in &imported.warnings {
        eprintln!("{name}: warning: {warning}");
    }
    eprintln!(
        "{name}: imported as a draft card ({} not mapped); it is not marked reviewed",
        imported.warnings.len()
    );
    let json = serde_json::to_string_pretty(&imported.card).unwrap_or_default();
    write_output(out.as_deref(), &(json + "\n"))?;
    Ok(ExitCode::SUCCESS)
}
