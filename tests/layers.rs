//! Native: the crate's layers point one way (edge → view → core). The core never names a web
//! or view type, and neither the top-level modules of `src/` nor the view's modules import each
//! other in a cycle. Read from the source
//! files, so a stray `use` fails here rather than in the wasm build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn src(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(path)
}

/// `module.rs` and every file under `module/`.
fn module_files(module: &str) -> Vec<PathBuf> {
    let file = src(&format!("{module}.rs"));
    let mut files: Vec<PathBuf> = file.is_file().then_some(file).into_iter().collect();
    let mut dirs = vec![src(module)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.map(|entry| entry.expect("a directory entry").path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether code (outside `//` comments) names `name`, not as part of a longer word.
fn names(source: &str, name: &str) -> bool {
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .any(|code| {
            code.match_indices(name).any(|(at, _)| {
                let before = code[..at].chars().next_back();
                let after = code[at + name.len()..].chars().next();
                let word_char = |c: char| c.is_alphanumeric() || c == '_';
                !before.is_some_and(word_char) && !after.is_some_and(word_char)
            })
        })
}

const CORE: &[&str] = &[
    "codes", "model", "json", "validate", "error", "report", "text",
];
const WEB_OR_VIEW: &[&str] = &["yew", "web_sys", "wasm_bindgen", "js_sys", "crate::view"];

#[test]
fn the_core_never_names_web_or_view_types() {
    let mut checked = 0;
    for module in CORE {
        for file in module_files(module) {
            let source = read(&file);
            for name in WEB_OR_VIEW {
                assert!(
                    !names(&source, name),
                    "{} names `{name}`: the core is serde + std only",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(
        checked >= 10,
        "the text languages are read too: {checked} files"
    );
}

#[test]
fn the_checks_see_a_stray_import() {
    assert!(names("use yew::prelude::*;", "yew"));
    assert_eq!(
        view_imports("use crate::view::card::card;\nuse crate::view::CardContext;"),
        vec!["card".to_string()]
    );
    assert!(names("let x = crate::view::Root;", "crate::view"));
    assert!(!names("// yew is not named in code", "yew"));
    assert!(!names("let yewish = 1;", "yew"));
}

/// Fails on an import cycle in `graph` (module → the modules it imports), naming the cycle.
fn assert_no_cycle(graph: &BTreeMap<String, Vec<String>>, what: &str) {
    // Depth-first search; a module met again on the current path closes a cycle.
    fn visit<'g>(
        module: &'g str,
        graph: &'g BTreeMap<String, Vec<String>>,
        what: &str,
        path: &mut Vec<&'g str>,
        done: &mut Vec<&'g str>,
    ) {
        if done.contains(&module) {
            return;
        }
        assert!(
            !path.contains(&module),
            "import cycle among {what}: {} → {module}",
            path.join(" → ")
        );
        path.push(module);
        for next in graph.get(module).into_iter().flatten() {
            visit(next, graph, what, path, done);
        }
        path.pop();
        done.push(module);
    }
    let mut done = Vec::new();
    for module in graph.keys() {
        visit(module, graph, what, &mut Vec::new(), &mut done);
    }
}

/// The top-level modules a file names in code: `crate::x` (in a `use` or a path) → `x`.
fn crate_imports(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        for (at, _) in code.match_indices("crate::") {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let rest = &code[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name.starts_with(char::is_lowercase) {
                found.push(name);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Each top-level module of the crate (`x.rs` with the files under `x/`, in `src/` or in its
/// `web/` and `native/` folders, or a folder `x/` with its `mod.rs` there) and the other
/// top-level modules it names.
fn top_level_graph() -> BTreeMap<String, Vec<String>> {
    let mut graph = BTreeMap::new();
    for folder in ["", "web", "native"] {
        for entry in fs::read_dir(src(folder)).expect("a source folder") {
            let path = entry.expect("an entry").path();
            let name = path
                .file_stem()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            let is_module =
                path.extension().is_some_and(|ext| ext == "rs") || path.join("mod.rs").is_file();
            if !is_module || name == "lib" {
                continue;
            }
            let module = if folder.is_empty() {
                name.clone()
            } else {
                format!("{folder}/{name}")
            };
            let imports = top_level_imports(&module, &name);
            graph.insert(name, imports);
        }
    }
    graph
}

/// The other top-level modules that `module` (a path below `src/`, without `.rs`) names.
fn top_level_imports(module: &str, name: &str) -> Vec<String> {
    let mut imports: Vec<String> = module_files(module)
        .iter()
        .flat_map(|file| crate_imports(&read(file)))
        .filter(|import| *import != name)
        .collect();
    imports.sort();
    imports.dedup();
    imports
}

#[test]
fn top_level_modules_import_each_other_without_a_cycle() {
    let graph = top_level_graph();
    for (module, imports) in [("error", "codes"), ("text", "error"), ("element", "view")] {
        assert!(
            graph[module].contains(&imports.to_string()),
            "the check reads {module}'s imports: {graph:?}"
        );
    }
    assert_no_cycle(&graph, "top-level modules");
}

#[test]
fn a_cycle_is_found() {
    let graph: BTreeMap<String, Vec<String>> = [
        ("error", vec!["text"]),
        ("text", vec!["model", "error"]),
        ("model", vec![]),
    ]
    .into_iter()
    .map(|(module, imports)| {
        let imports = imports.into_iter().map(str::to_string).collect();
        (module.to_string(), imports)
    })
    .collect();
    let found = std::panic::catch_unwind(|| assert_no_cycle(&graph, "modules"));
    let message = found.expect_err("error → text → error is a cycle");
    let message = message
        .downcast_ref::<String>()
        .expect("a formatted message");
    assert!(message.contains("error → text → error"), "{message}");
    assert_eq!(
        crate_imports(
            "use crate::text::EN;\n// crate::view\nlet x = crate::model::Card::default();"
        ),
        ["model", "text"]
    );
}

/// The sibling modules a view file imports: `crate::view::x` (or `super::x`) → `x`.
fn view_imports(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for prefix in ["crate::view::", "super::"] {
        for (at, _) in source.match_indices(prefix) {
            let rest = &source[at + prefix.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `crate::view::CardContext` is the parent's re-export, not a sibling.
            if rest[name.len()..].starts_with("::") && name.starts_with(char::is_lowercase) {
                found.push(name);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn view_modules_import_each_other_without_a_cycle() {
    let graph: BTreeMap<String, Vec<String>> = module_files("view")
        .into_iter()
        .filter(|file| file.parent() == Some(src("view").as_path()))
        .map(|file| {
            let name = file
                .file_stem()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, view_imports(&read(&file)))
        })
        .collect();
    assert!(graph.contains_key("root") && graph.contains_key("context"));
    assert_no_cycle(&graph, "view modules");
    for (module, imports) in &graph {
        if module != "root" {
            assert!(
                !imports.contains(&"root".to_string()),
                "{module} imports root"
            );
        }
        if !["root", "card"].contains(&module.as_str()) {
            assert!(
                !imports.contains(&"card".to_string()),
                "{module} imports card"
            );
        }
    }
}
