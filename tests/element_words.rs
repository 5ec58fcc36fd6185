//! Native: the English words `src/web/js/words.js` shows before the wasm has loaded (the placeholder and
//! the plain error panel) are the same as the Rust text table's.
#![cfg(not(target_arch = "wasm32"))]

use medcard::text::EN;

#[test]
fn placeholder_words_match_the_english_table() {
    let placeholder_js = include_str!("../src/web/js/words.js");
    for (key, words) in [
        ("title", &*EN.error_title),
        ("label", &*EN.disclaimer_label),
        ("disclaimer", &*EN.disclaimer),
    ] {
        let literal = format!("{key}: {}", serde_json::to_string(words).expect("a string"));
        assert!(
            placeholder_js.contains(&literal),
            "src/web/js/words.js must say {literal}"
        );
    }
}
