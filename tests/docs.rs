//! Native: what README.md, CONTRIBUTING.md and docs/*.md name exists. A path in backticks or a
//! link target (`src/…`, `tests/…`, `scripts/…`, `docs/…`, `www/…`, `bench/…`, `examples/…`, or
//! a relative link), a `make` target (from the Makefile), a script or test file named by itself,
//! and a Cargo feature (from Cargo.toml): a rename that leaves the docs behind fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The documents checked: README.md, CONTRIBUTING.md and every docs/*.md.
fn documents() -> Vec<PathBuf> {
    let mut docs = vec![root().join("README.md"), root().join("CONTRIBUTING.md")];
    let mut others: Vec<PathBuf> = fs::read_dir(root().join("docs"))
        .expect("docs/")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    others.sort();
    docs.extend(others);
    docs
}

/// The text of every inline code span and of each line of a fenced code block, with its line.
/// A fence without a language is a listing (the layout tree in CONTRIBUTING.md, whose names are
/// relative to the folder above them), not commands or paths, and is left out.
fn code_spans(markdown: &str) -> Vec<(usize, String)> {
    let mut spans = Vec::new();
    // Inside a fence: whether its lines are read.
    let mut fence: Option<bool> = None;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        if let Some(language) = line.trim_start().strip_prefix("```") {
            fence = match fence {
                Some(_) => None,
                None => Some(!language.trim().is_empty()),
            };
            continue;
        }
        match fence {
            Some(true) => spans.push((number, line.to_string())),
            Some(false) => {}
            None => {
                let mut parts = line.split('`');
                parts.next();
                while let (Some(code), Some(_)) = (parts.next(), parts.next()) {
                    spans.push((number, code.to_string()));
                }
            }
        }
    }
    spans
}

/// Every inline link target `](target)`, with its line; web addresses and in-page anchors left out.
fn link_targets(markdown: &str) -> Vec<(usize, String)> {
    let mut targets = Vec::new();
    for (index, line) in markdown.lines().enumerate() {
        for (at, _) in line.match_indices("](") {
            let rest = &line[at + 2..];
            let Some(end) = rest.find(')') else {
                continue;
            };
            let target = &rest[..end];
            let local = !target.contains("://")
                && !target.starts_with('#')
                && !target.starts_with("mailto:");
            if local && !target.is_empty() {
                targets.push((index + 1, target.to_string()));
            }
        }
    }
    targets
}

const PATH_ROOTS: &[&str] = &[
    "src/",
    "tests/",
    "scripts/",
    "docs/",
    "www/",
    "bench/",
    "examples/",
];

/// The repository paths in a code span: words that start with one of [`PATH_ROOTS`] (not as the
/// end of a longer path or a URL).
fn paths_in(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for prefix in PATH_ROOTS {
        for (at, _) in code.match_indices(prefix) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || "/._-~$:".contains(c)) {
                continue;
            }
            // Up to a space or punctuation; a `,` inside `{a,b}` belongs to the path.
            let mut depth = 0;
            let path: String = code[at..]
                .chars()
                .take_while(|&c| {
                    depth += i32::from(c == '{') - i32::from(c == '}');
                    !c.is_whitespace() && (depth > 0 || !"`'\"(),;|>)".contains(c))
                })
                .collect();
            found.push((at, path.trim_end_matches(['.', ':']).to_string()));
        }
    }
    found.sort();
    found.into_iter().map(|(_, path)| path).collect()
}

/// Whether `path` (relative to the repository, or to `base` for a relative link) names something
/// that exists. `{a,b}` is each of its choices, `*` any name in its folder, and `<name>` or `…`
/// stands for something the text leaves open (so the folder before it must exist). An anchor
/// (`#…`), a line (`:12`) and a trailing `/` are left out.
fn exists(base: &Path, path: &str) -> bool {
    let path = path.split('#').next().unwrap_or_default();
    let path = match path.split_once(':') {
        Some((file, line)) if line.chars().all(|c| c.is_ascii_digit()) => file,
        _ => path,
    };
    if let (Some(open), Some(close)) = (path.find('{'), path.find('}')) {
        return path[open + 1..close].split(',').all(|choice| {
            exists(
                base,
                &format!("{}{choice}{}", &path[..open], &path[close + 1..]),
            )
        });
    }
    for open in ["<", "…", "*"] {
        if let Some(at) = path.find(open) {
            // The folder holding the open part exists and is not empty.
            let folder = &path[..path[..at].rfind('/').map_or(0, |slash| slash + 1)];
            let folder = base.join(folder);
            return fs::read_dir(&folder).is_ok_and(|mut entries| entries.next().is_some());
        }
    }
    base.join(path.trim_end_matches('/')).exists()
}

/// The Makefile's targets: every `name:` at the start of a line.
fn make_targets() -> BTreeSet<String> {
    read(&root().join("Makefile"))
        .lines()
        .filter_map(|line| {
            let (name, _) = line.split_once(':')?;
            let target = !name.is_empty()
                && !line.starts_with(['\t', ' ', '.', '#'])
                && !line[name.len()..].starts_with(":=")
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            target.then(|| name.to_string())
        })
        .collect()
}

/// The `make` targets a code span runs: `make X` (any number of targets; `VAR=value` skipped).
fn make_targets_in(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in code.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        for (at, word) in words.iter().enumerate() {
            if *word != "make" || (at > 0 && !["&&", ";", "|", "then"].contains(&words[at - 1])) {
                continue;
            }
            for target in &words[at + 1..] {
                if target.starts_with('#') || ["&&", ";", "|", "||"].contains(target) {
                    break;
                }
                if !target.contains('=') && !target.starts_with('-') {
                    found.push(target.trim_end_matches([',', '.', ')']).to_string());
                }
            }
        }
    }
    found
}

/// Cargo.toml's features.
fn cargo_features() -> BTreeSet<String> {
    let manifest = read(&root().join("Cargo.toml"));
    let section = manifest
        .split("\n[features]\n")
        .nth(1)
        .expect("a [features] table");
    let section = section.split("\n[").next().unwrap_or_default();
    section
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(" = "))
        .map(|(name, _)| name.trim().to_string())
        .collect()
}

/// The features Cargo.toml asks of its dependencies (`features = ["…"]`): a doc may name those.
fn dependency_features() -> BTreeSet<String> {
    let manifest = read(&root().join("Cargo.toml"));
    let mut names = BTreeSet::new();
    for (at, _) in manifest.match_indices("features = [") {
        let list = &manifest[at + "features = [".len()..];
        let list = &list[..list.find(']').unwrap_or(0)];
        names.extend(
            list.split(',')
                .map(|name| name.trim().trim_matches('"').to_string()),
        );
    }
    names
}

/// The features a document names: `--features a,b` in code, and "feature `x`" or "features
/// `x`, `y` and `z`" in prose.
fn features_in(markdown: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, code) in code_spans(markdown) {
        let words: Vec<&str> = code.split_whitespace().collect();
        for pair in words.windows(2) {
            if pair[0] == "--features" {
                for name in pair[1].trim_matches(['"', '\'']).split(',') {
                    found.push((number, name.to_string()));
                }
            }
        }
    }
    for (index, line) in markdown.lines().enumerate() {
        for keyword in ["feature `", "features `", "features: `"] {
            for (at, _) in line.match_indices(keyword) {
                // `a`, `b` and `c`: the names up to the first word that is not one.
                let mut rest = &line[at + keyword.len() - 1..];
                while let Some(after_tick) = rest.strip_prefix('`') {
                    let Some(end) = after_tick.find('`') else {
                        break;
                    };
                    found.push((index + 1, after_tick[..end].to_string()));
                    if keyword == "feature `" {
                        break;
                    }
                    rest = after_tick[end + 1..].trim_start_matches([' ', ',']);
                    rest = rest.strip_prefix("and ").unwrap_or(rest);
                    rest = rest.strip_prefix("or ").unwrap_or(rest);
                }
            }
        }
    }
    found
}

/// Script and test files named without their folder (`setup.sh`, `cdn.test.mjs`, `render.rs`):
/// somewhere in the repository (outside `target/` and `node_modules/`) there is one by that name.
fn bare_files_in(code: &str) -> Vec<String> {
    code.split(|c: char| c.is_whitespace() || "`'\"(),;".contains(c))
        .filter(|word| !word.contains('/') && !word.starts_with('-'))
        .filter(|word| {
            [".sh", ".mjs", ".rs", ".py"]
                .iter()
                .any(|ext| word.ends_with(ext))
        })
        .filter(|word| word.len() > 3 && !word.starts_with('*') && !word.starts_with('.'))
        .map(str::to_string)
        .collect()
}

fn repository_files() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut dirs = vec![root().to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("a folder") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() {
                if !["target", "node_modules", ".git", "pkg", "dist"].contains(&name.as_ref()) {
                    dirs.push(path);
                }
            } else {
                names.insert(name.into_owned());
            }
        }
    }
    names
}

/// Every claim of `document` that names something missing, as `file:line: what`; and how many
/// claims were checked.
fn missing_in(document: &Path) -> (Vec<String>, usize) {
    let markdown = read(document);
    let name = document.strip_prefix(root()).unwrap_or(document).display();
    let folder = document.parent().expect("a folder");
    let targets = make_targets();
    let features = cargo_features();
    let dependency_features = dependency_features();
    let files = repository_files();
    let mut missing = Vec::new();
    let mut checked = 0;
    for (line, code) in code_spans(&markdown) {
        for path in paths_in(&code) {
            checked += 1;
            if !exists(root(), &path) {
                missing.push(format!("{name}:{line}: path `{path}`"));
            }
        }
        for target in make_targets_in(&code) {
            checked += 1;
            if !targets.contains(&target) {
                missing.push(format!("{name}:{line}: `make {target}`"));
            }
        }
        for file in bare_files_in(&code) {
            checked += 1;
            if !files.contains(&file) {
                missing.push(format!("{name}:{line}: file `{file}`"));
            }
        }
    }
    for (line, target) in link_targets(&markdown) {
        checked += 1;
        if !exists(folder, &target) {
            missing.push(format!("{name}:{line}: link `{target}`"));
        }
    }
    for (line, feature) in features_in(&markdown) {
        checked += 1;
        if !features.contains(&feature) && !dependency_features.contains(&feature) {
            missing.push(format!("{name}:{line}: feature `{feature}`"));
        }
    }
    (missing, checked)
}

#[test]
fn everything_the_docs_name_exists() {
    let mut missing = Vec::new();
    let mut checked = 0;
    for document in documents() {
        let (found, claims) = missing_in(&document);
        missing.extend(found);
        checked += claims;
    }
    // The docs name hundreds of files, targets and features: a parser that finds none is broken.
    assert!(checked > 300, "only {checked} claims found");
    assert!(
        missing.is_empty(),
        "the docs name what does not exist:\n{}",
        missing.join("\n")
    );
}

/// CONTRIBUTING's "Cargo features:" list names every feature of Cargo.toml.
#[test]
fn the_feature_list_names_every_feature() {
    let contributing = read(&root().join("CONTRIBUTING.md"));
    let at = contributing
        .find("\n- Cargo features:")
        .expect("CONTRIBUTING.md lists the Cargo features");
    let paragraph = contributing[at + 1..]
        .split("\n- ")
        .next()
        .unwrap_or_default();
    let paragraph = paragraph.split("\n\n").next().unwrap_or_default();
    for feature in cargo_features() {
        assert!(
            paragraph.contains(&format!("`{feature}`")),
            "CONTRIBUTING.md's \"Cargo features:\" does not name `{feature}`"
        );
    }
}

#[test]
fn the_checks_find_what_they_look_for() {
    assert_eq!(
        paths_in("node --test tests/e2e/cdn.test.mjs; see src/text.rs."),
        ["tests/e2e/cdn.test.mjs", "src/text.rs"]
    );
    assert!(paths_in("https://x.test/src/a.rs target/src/x").is_empty());
    assert_eq!(
        make_targets_in("make demo PORT=9000    # serve\nmake dist && make test"),
        ["demo", "dist", "test"]
    );
    assert!(exists(root(), "tests/fixtures/{valid,invalid}/*.json"));
    assert!(exists(root(), "tests/frameworks/<name>/"));
    assert!(exists(root(), "src/text.rs#L3"));
    assert!(!exists(root(), "src/nothing.rs"));
    assert!(!exists(root(), "tests/{fixtures,nothing}"));
    assert!(make_targets().contains("test-native"));
    assert!(cargo_features().contains("cli"));
    let features: Vec<String> = features_in(
        "with the feature `authoring`, and features `schema`, `ssr` and `cli`.\n\
         ```sh\ncargo test --features cli,testing\n```",
    )
    .into_iter()
    .map(|(_, name)| name)
    .collect();
    assert_eq!(
        features,
        ["cli", "testing", "authoring", "schema", "ssr", "cli"]
    );
    assert_eq!(
        bare_files_in("runs setup.sh and cdn.test.mjs"),
        ["setup.sh", "cdn.test.mjs"]
    );
}
