//! The shipped stylesheet is `src/style.css` minified by `build.rs`: same rules, fewer bytes.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/minify_css.rs"]
mod minify_css;

use medcard::view::STYLE;
use minify_css::minify_css;

const SOURCE: &str = include_str!("../src/style.css");

/// Everything but whitespace, with comments and a rule's last `;` removed, in order: what the
/// minifier must keep.
fn tokens(css: &str) -> String {
    let mut without_comments = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        without_comments.push(' ');
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    without_comments.push_str(rest);
    let tokens: String = without_comments
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    tokens.replace(";}", "}")
}

#[test]
fn the_widget_ships_the_minified_stylesheet() {
    assert_eq!(STYLE, minify_css(SOURCE));
    assert!(
        STYLE.len() < SOURCE.len() * 3 / 4,
        "{} of {} bytes",
        STYLE.len(),
        SOURCE.len()
    );
}

#[test]
fn minifying_removes_only_comments_and_whitespace() {
    assert_eq!(tokens(STYLE), tokens(SOURCE));
    assert!(!STYLE.contains("/*"));
}

#[test]
fn spaces_that_carry_meaning_stay() {
    // A descendant combinator before a pseudo-class, a space inside a string, between values, and
    // before a `:` (kept: we cannot tell a selector from a declaration without parsing).
    let css = "/* c */ a :hover { content: \" (\" attr(href) \")\" ; margin : 0 auto ; }\n\n b , c>d{x:1}";
    assert_eq!(
        minify_css(css),
        "a :hover{content:\" (\" attr(href) \")\";margin :0 auto}b,c>d{x:1}"
    );
}

#[test]
fn strings_keep_comment_marks_and_escaped_quotes() {
    assert_eq!(
        minify_css("a { content: \"/* \\\" */\" }"),
        "a{content:\"/* \\\" */\"}"
    );
}
