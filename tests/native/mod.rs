//! What the native tests share: the sample cards, fixtures, a fixed "today" and the server
//! render. A test file takes it with `mod native;`. (`tests/common/` is the browser tests'.)
#![allow(dead_code)] // each test file uses some of it

use medcard::model::Date;
use medcard::view::{CardState, Root, RootProps};
use medcard::{parse_card, Checked, Error, Options};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use yew::LocalServerRenderer;

/// The sample cards the playground and the README use.
pub const MIRTAZAPINE: &str = include_str!("../../www/examples/mirtazapine.json");
/// The second sample card.
pub const GABAPENTIN: &str = include_str!("../../www/examples/gabapentin.json");
/// Its Spanish translation (`translationOf` names the English card).
pub const GABAPENTIN_ES: &str = include_str!("../../www/examples/gabapentin.es.json");
/// Its Arabic translation (`translationOf` names the English card).
pub const GABAPENTIN_AR: &str = include_str!("../../www/examples/gabapentin.ar.json");
/// How the default disclaimer starts, in English.
pub const DISCLAIMER_START: &str = "This card is general information, not medical advice.";
/// Fixed, so overdue-review warnings and notices do not depend on the day the tests run.
pub const TODAY: &str = "2026-11-26";

/// [`TODAY`] as a date.
pub fn today() -> Option<Date> {
    Date::new(2026, 11, 26)
}

/// Default checks, with [`today`].
pub fn options() -> Options {
    Options {
        today: today(),
        ..Options::default()
    }
}

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A file under `tests/fixtures/`, such as `invalid/blank-name.json`.
pub fn fixture(path: &str) -> String {
    let full = repo("tests/fixtures").join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The `.json` files of a folder of the repository, sorted.
pub fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// A valid card, ready to show.
pub fn ready(json: &str) -> CardState {
    let checked = parse_card(json, &Options::default()).expect("valid card");
    CardState::Ready(Rc::new(checked.card))
}

/// What the widget shows for a check's outcome: the card or the error panel.
pub fn state_of(result: &Result<Checked, Error>) -> CardState {
    match result {
        Ok(checked) => CardState::Ready(Rc::new(checked.card.clone())),
        Err(error) => CardState::Failed(Rc::new(error.clone())),
    }
}

/// The widget as HTML, through Yew's server renderer.
pub fn render(props: RootProps) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<Root>::with_props(props)
            .hydratable(false)
            .render(),
    )
}
