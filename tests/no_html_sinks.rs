//! Native: no product code can turn a string into markup. Every string medcard shows is text;
//! this test fails if anyone reaches for an HTML sink in `src/` or the demo pages' scripts.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// APIs that parse a string as HTML (or script) in Rust, Yew or the DOM.
const SINKS: &[&str] = &[
    "inner_html",
    "outer_html",
    "innerHTML",
    "outerHTML",
    "from_html_unchecked",
    "insertAdjacentHTML",
    "insert_adjacent_html",
    "document.write",
    "createContextualFragment",
    "setHTMLUnsafe",
    "parseHTMLUnsafe",
    "DOMParser",
    "eval(",
    "new Function",
];

fn product_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            product_files(&path, found);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "js" | "mjs" | "html")
        ) {
            found.push(path);
        }
    }
}

#[test]
fn product_code_has_no_html_sinks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "www"] {
        product_files(&root.join(dir), &mut files);
    }
    assert!(
        files.iter().any(|f| f.ends_with("src/web/js/element.js")),
        "scanned {files:?}"
    );
    let mut hits = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (number, line) in text.lines().enumerate() {
            for sink in SINKS {
                if line.contains(sink) {
                    hits.push(format!("{}:{}: {sink}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        hits.is_empty(),
        "HTML sinks in product code:\n{}",
        hits.join("\n")
    );
}
