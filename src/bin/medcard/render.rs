//! `render`: a card as static HTML (a `<med-card>` with a declarative shadow root), or a page.

use crate::calendar::{system_today, today_option};
use crate::files::{display_name, read};
use crate::{print_findings, Fatal};
use medcard::report::findings;
use medcard::static_html::{render_card, render_page, RenderOptions};
use medcard::view::{HeadingLevel, Layout};
use medcard::{parse_card, Options};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub(crate) fn run(mut parser: lexopt::Parser) -> Result<ExitCode, Fatal> {
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
    let name = display_name(&file);
    print_findings(&name, &findings(&result));
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
