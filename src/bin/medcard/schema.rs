//! `schema` and `style`: print a text built into the tool.

use crate::Fatal;
use std::process::ExitCode;

/// `schema`: the JSON Schema of the card data.
pub(crate) fn schema(parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    print_text(parser, &medcard::schema::card_schema_text())
}

/// `style`: the stylesheet exactly as `render` inlines it.
pub(crate) fn style(parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
    print_text(parser, medcard::view::STYLE)
}

fn print_text(mut parser: lexopt::Parser, text: &str) -> Result<ExitCode, Fatal> {
    if let Some(arg) = parser.next()? {
        return Err(arg.unexpected().into());
    }
    print!("{text}");
    Ok(ExitCode::SUCCESS)
}
