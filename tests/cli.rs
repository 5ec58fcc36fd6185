//! The `medcard` command-line tool, run as a process: exit codes, human and JSON reports
//! (insta snapshots in tests/snapshots/), standard input, `--strict`, and the static HTML of
//! `medcard render`. Update snapshots after an intended change with
//! `INSTA_UPDATE=always cargo test --features cli --test cli` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

mod native;

use medcard::view::STYLE;
use native::{DISCLAIMER_START, TODAY};
use std::io::Write;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn medcard(args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_medcard"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start medcard");
    let mut input = child.stdin.take().expect("stdin");
    // A command that stops before reading its input (a usage error, say) closes the pipe
    // first: a broken pipe is that, and the test's checks of the output say whether it was right.
    match input.write_all(stdin.unwrap_or("").as_bytes()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            panic!("write stdin: {error}")
        }
        _ => {}
    }
    drop(input);
    let output = child.wait_with_output().expect("run medcard");
    Run {
        code: output.status.code().expect("exit code"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

fn validate(args: &[&str]) -> Run {
    let mut all = vec!["validate", "--today", TODAY];
    all.extend_from_slice(args);
    medcard(&all, None)
}

#[test]
fn valid_cards_exit_0() {
    let run = validate(&[
        "www/examples/gabapentin.json",
        "www/examples/mirtazapine.json",
        "tests/fixtures/valid/minimal.json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn a_folder_means_every_json_file_in_it() {
    let run = validate(&["tests/fixtures/valid"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
    let invalid = validate(&["tests/fixtures"]);
    assert_eq!(invalid.code, 1);
    assert!(invalid
        .stdout
        .contains("tests/fixtures/invalid/blank-name.json: invalid"));
    assert!(invalid
        .stdout
        .contains("tests/fixtures/valid/minimal.json: valid"));
}

#[test]
fn every_problem_with_its_path_and_exit_1() {
    let run = validate(&["tests/fixtures/invalid/many-problems.json"]);
    assert_eq!(run.code, 1);
    assert!(run
        .stdout
        .contains("sideEffects.serious[2].name: should be text"));
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let run = validate(&["tests/fixtures/invalid/syntax-error.json"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("line 4, column 3"), "{}", run.stdout);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn warnings_pass_unless_strict() {
    let file = "tests/fixtures/valid/warnings-only.json";
    let relaxed = validate(&[file]);
    assert_eq!(relaxed.code, 0);
    insta::assert_snapshot!("warnings_relaxed", relaxed.stdout);
    let strict = validate(&["--strict", file]);
    assert_eq!(strict.code, 1);
    insta::assert_snapshot!("warnings_strict", strict.stdout);
}

#[test]
fn json_report_for_ci() {
    let run = validate(&[
        "--format",
        "json",
        "tests/fixtures/valid/warnings-only.json",
        "tests/fixtures/invalid/syntax-error.json",
        "tests/fixtures/invalid/blank-name.json",
    ]);
    assert_eq!(run.code, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON report");
    assert_eq!(report["valid"], 1);
    assert_eq!(report["invalid"], 2);
    assert_eq!(report["files"][1]["findings"][0]["line"], 4);
    assert_eq!(report["files"][2]["findings"][0]["path"], "medication.name");
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn strict_json_report_fails_on_warnings() {
    let run = validate(&[
        "--strict",
        "--format",
        "json",
        "tests/fixtures/valid/warnings-only.json",
    ]);
    assert_eq!(run.code, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON report");
    assert_eq!(report["strict"], true);
    assert_eq!(report["files"][0]["valid"], false);
}

#[test]
fn dash_reads_standard_input() {
    let good = medcard(
        &["validate", "-"],
        Some(r#"{ "schemaVersion": 1, "medication": { "name": "Example" } }"#),
    );
    assert_eq!(good.code, 0, "{}", good.stderr);
    assert_eq!(good.stdout, "<stdin>: valid (0 errors, 0 warnings)\n");
    let bad = medcard(&["validate", "-"], Some(r#"{ "schemaVersion": 1 }"#));
    assert_eq!(bad.code, 1);
    insta::assert_snapshot!(bad.stdout);
}

#[test]
fn usage_and_io_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["validate"],
        &[
            "validate",
            "--format",
            "xml",
            "www/examples/gabapentin.json",
        ],
        &["validate", "--colour", "www/examples/gabapentin.json"],
        &[
            "render",
            "--heading-level",
            "9",
            "www/examples/gabapentin.json",
        ],
        &["render"],
    ] {
        let run = medcard(args, None);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        assert!(
            run.stderr.starts_with("medcard: "),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{args:?}");
    }
    let missing = validate(&["www/examples/gabapentin.json", "no/such/card.json"]);
    assert_eq!(missing.code, 2);
    insta::assert_snapshot!(missing.stderr);
}

#[test]
fn help_and_version_exit_0() {
    let help = medcard(&["--help"], None);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("medcard validate"));
    let version = medcard(&["--version"], None);
    assert_eq!(version.code, 0);
    assert_eq!(
        version.stdout,
        format!("medcard {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn schema_prints_the_committed_schema() {
    let run = medcard(&["schema"], None);
    assert_eq!(run.code, 0);
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/medcard.schema.json"
    ))
    .expect("schema file");
    assert_eq!(run.stdout, committed);
}

fn render(args: &[&str], stdin: Option<&str>) -> Run {
    let mut all = vec!["render", "--today", TODAY];
    all.extend_from_slice(args);
    medcard(&all, stdin)
}

/// The HTML with the stylesheet (checked separately) replaced by a marker, so the snapshots
/// show the card markup.
fn without_style(html: &str) -> String {
    let style = format!("<style>{STYLE}</style>");
    assert_eq!(html.matches(&style).count(), 1, "the stylesheet, once");
    html.replace(&style, "<style>/* src/style.css */</style>")
}

/// Every `<script` start tag in the HTML.
fn script_tags(html: &str) -> Vec<&str> {
    html.match_indices("<script")
        .map(|(at, _)| &html[at..at + html[at..].find('>').expect("tag end") + 1])
        .collect()
}

fn json_ld(html: &str) -> serde_json::Value {
    let open = r#"<script type="application/ld+json">"#;
    let start = html.find(open).expect("JSON-LD") + open.len();
    let end = start + html[start..].find("</script>").expect("end");
    serde_json::from_str(&html[start..end]).expect("JSON-LD parses")
}

#[test]
fn render_sample_cards() {
    for (name, file) in [
        ("render_gabapentin", "www/examples/gabapentin.json"),
        ("render_mirtazapine", "www/examples/mirtazapine.json"),
    ] {
        let run = render(&[file], None);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let html = &run.stdout;
        assert!(html.starts_with(r#"<med-card><template shadowrootmode="open"><style>"#));
        assert!(html.contains(DISCLAIMER_START), "disclaimer in {file}");
        assert_eq!(
            script_tags(html),
            [
                r#"<script type="application/json">"#,
                r#"<script type="application/ld+json">"#
            ]
        );
        let ld = json_ld(html);
        assert_eq!(ld["@context"], "https://schema.org");
        assert_eq!(ld["@type"], "Drug");
        let source: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).expect("sample")).expect("JSON");
        assert_eq!(ld["name"], source["medication"]["name"]);
        // The description is the summary alone; key facts are not in the JSON-LD (docs/authoring.md).
        assert_eq!(ld["description"], source["summary"]);
        let first_fact = source["keyFacts"][0]
            .as_str()
            .expect("the samples have key facts");
        assert!(!ld.to_string().contains(first_fact));
        insta::assert_snapshot!(name, without_style(html));
    }
}

#[test]
fn render_options_and_page() {
    let run = render(
        &[
            "--lang",
            "es",
            "--heading-level",
            "3",
            "--page",
            "tests/fixtures/valid/minimal.json",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("<!doctype html>"));
    assert!(run
        .stdout
        .contains(r#"<med-card lang="es" heading-level="3">"#));
    assert!(run.stdout.contains("<h3 "), "heading level 3");
    insta::assert_snapshot!(without_style(&run.stdout));
}

#[test]
fn render_layout_compact_collapses_sections_that_open_without_script() {
    let run = render(
        &["--layout", "compact", "www/examples/mirtazapine.json"],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(r#"<med-card layout="compact">"#));
    assert!(run.stdout.contains("medcard__card--compact"));
    assert!(run.stdout.contains(r#"<details data-section="dosage""#));
    let full = render(&["www/examples/mirtazapine.json"], None);
    assert!(full.stdout.starts_with("<med-card>"), "full is the default");
    assert!(!full.stdout.contains(r#"<details data-section="dosage""#));
    let bad = render(&["--layout", "tiny", "www/examples/mirtazapine.json"], None);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("--layout `tiny`: use full or compact"),
        "{}",
        bad.stderr
    );
}

#[test]
fn render_escapes_hostile_strings() {
    let hostile = r#"{
      "schemaVersion": 1,
      "medication": { "name": "</script><script>alert(1)</script>", "drugClass": "<img src=x onerror=alert(2)>" },
      "summary": "\"quoted\" & 'single' </template></med-card><b>bold</b>",
      "related": [{ "title": "Link", "url": "javascript:alert(3)" }],
      "attribution": { "text": "<!-- comment -->" }
    }"#;
    let run = render(&["-"], Some(hostile));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = &run.stdout;
    for raw in [
        "<script>alert",
        "<img",
        "<b>",
        "</med-card><b>",
        "</template></med-card>",
        "<!-- comment",
        "href=\"javascript",
    ] {
        assert!(!html.contains(raw), "unescaped {raw:?} in {html}");
    }
    assert_eq!(
        script_tags(html).len(),
        2,
        "no script other than the data and JSON-LD"
    );
    assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_eq!(json_ld(html)["name"], "</script><script>alert(1)</script>");
    // The unsafe link is reported on standard error and rendered as text.
    assert!(
        run.stderr.contains("warning: related[0].url"),
        "{}",
        run.stderr
    );
    assert_eq!(html.matches("</med-card>").count(), 1);
    assert_eq!(html.matches("</template>").count(), 1);
}

#[test]
fn render_refuses_invalid_cards() {
    let run = render(&["tests/fixtures/invalid/many-problems.json"], None);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(run
        .stderr
        .contains("error: sideEffects.serious[2].name: should be text"));
}

#[test]
fn style_prints_the_stylesheet_render_inlines() {
    // The bytes a host hashes for its CSP must be exactly the <style> that `render` writes.
    let style = medcard(&["style"], None);
    assert_eq!(style.code, 0);
    assert_eq!(style.stdout, STYLE);
    let page = render(&["www/examples/gabapentin.json"], None);
    assert!(page
        .stdout
        .contains(&format!("<style>{}</style>", style.stdout)));
    assert_eq!(medcard(&["style", "extra"], None).code, 2);
}

/// A translation is compared with the original its `translationOf.url` names (a path from its own
/// folder), or with `--original FILE`; a web address is not fetched, and the report says so.
#[test]
fn translations_are_compared_with_their_original() {
    let short = validate(&["tests/fixtures/translation/short.es.json"]);
    assert_eq!(short.code, 0, "warnings only: {}", short.stderr);
    insta::assert_snapshot!("translation_shorter", short.stdout);
    let declared = validate(&["tests/fixtures/translation/declared.es.json"]);
    assert_eq!(
        declared.stdout,
        "tests/fixtures/translation/declared.es.json: valid (0 errors, 0 warnings)\n"
    );
    let remote = validate(&["--strict", "tests/fixtures/translation/remote.es.json"]);
    assert_eq!(remote.code, 0, "an info never fails, even with --strict");
    assert!(remote.stdout.contains(
        "info     translationOf.url: the original card https://example.org/cards/original.json was not compared"
    ), "{}", remote.stdout);
    let explicit = validate(&[
        "--original",
        "tests/fixtures/translation/original.json",
        "tests/fixtures/translation/remote.es.json",
    ]);
    assert!(
        explicit
            .stdout
            .contains("getHelp: has 0 of the original card's 1"),
        "{}",
        explicit.stdout
    );
    let sample = validate(&[
        "www/examples/gabapentin.es.json",
        "www/examples/gabapentin.ar.json",
    ]);
    assert_eq!(sample.code, 0);
    // No translation warning: the only warnings are the undated sources (issue 25).
    let other_warnings = sample
        .stdout
        .lines()
        .filter(|line| line.starts_with("  warning "))
        .filter(|line| {
            !line.contains("accessed: is missing") && !line.contains("neither url nor via")
        });
    assert_eq!(other_warnings.count(), 0, "{}", sample.stdout);
    let missing = validate(&[
        "--original",
        "no/such.json",
        "www/examples/gabapentin.es.json",
    ]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("cannot read no/such.json"),
        "{}",
        missing.stderr
    );
}

/// `--readability`: the whole card's level first, then each text of 10 words or more, warnings
/// above grade 9; Arabic is not graded, and says so.
#[test]
fn readability_on_request() {
    let run = validate(&[
        "--readability",
        "www/examples/gabapentin.json",
        "www/examples/gabapentin.es.json",
        "www/examples/gabapentin.ar.json",
        "www/examples/mirtazapine.json",
    ]);
    assert_eq!(
        run.code, 0,
        "readability never fails a card: {}",
        run.stderr
    );
    assert!(
        run.stdout.contains("info     (the card): reading grade "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("info     (the card): reading ease "),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("info     language: no validated readability formula for \"ar\""));
    insta::assert_snapshot!("readability_samples", run.stdout);
    let plain = validate(&["www/examples/gabapentin.json"]);
    assert!(!plain.stdout.contains("reading grade"));
}

#[test]
fn hash_prints_the_integrity_value_to_paste() {
    // FIPS 180-2's "abc" vectors, as base64.
    let abc = |args: &[&str]| medcard(args, Some("abc"));
    let default = abc(&["hash", "-"]);
    assert_eq!(default.code, 0, "{}", default.stderr);
    assert_eq!(
        default.stdout,
        "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn\n"
    );
    assert_eq!(
        abc(&["hash", "--algorithm", "sha256", "-"]).stdout,
        "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=\n"
    );
    assert_eq!(
        abc(&["hash", "--algorithm", "sha512", "-"]).stdout,
        "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==\n"
    );
    for args in [
        &["hash"][..],
        &["hash", "--algorithm", "md5", "-"],
        &["hash", "no/such/card.json"],
    ] {
        let run = abc(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        assert!(run.stderr.starts_with("medcard: "), "{}", run.stderr);
    }
}

#[test]
fn hash_of_a_card_file_equals_openssl() {
    let file = "www/examples/gabapentin.json";
    let ours = medcard(&["hash", file], None);
    assert_eq!(ours.code, 0, "{}", ours.stderr);
    // `openssl dgst -sha384 -binary FILE | base64`, when openssl is installed.
    let openssl = Command::new("sh")
        .args([
            "-c",
            &format!("openssl dgst -sha384 -binary {file} | base64 -w0"),
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    let Some(openssl) = openssl
        .ok()
        .filter(|out| out.status.success() && !out.stdout.is_empty())
    else {
        eprintln!("openssl not found: compared with the fixed vectors only");
        return;
    };
    let expected = String::from_utf8(openssl.stdout).expect("base64");
    assert_eq!(ours.stdout, format!("sha384-{}\n", expected.trim()));
}
