//! Writes the words file of every language but English into a folder (scripts/build-dist.sh:
//! `dist/words/<lang>.json`). The card's wasm has only English compiled in; the element fetches
//! these files for cards in other languages. The Rust tables in `src/text/` stay the one source
//! of the words.
//!
//!     cargo run --example words --no-default-features --features languages -- dist/words

use std::path::PathBuf;

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: words DIR");
        std::process::exit(2);
    };
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("words: cannot create {}: {error}", dir.display());
        std::process::exit(1);
    }
    for table in medcard::text::LANGUAGES
        .iter()
        .filter(|table| table.lang != "en")
    {
        let path = dir.join(format!("{}.json", table.lang));
        if let Err(error) = std::fs::write(&path, medcard::text::words_file(table)) {
            eprintln!("words: cannot write {}: {error}", path.display());
            std::process::exit(1);
        }
    }
}
