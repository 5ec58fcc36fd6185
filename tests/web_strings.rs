//! Browser: the `strings` attribute on many cards of one page. Each distinct value is its own
//! customised table, shared by the cards that use it and freed with the last of them
//! (`src/text.rs`, `customised`); none is ever left unapplied, however many there are.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// More distinct `strings` than the 64 an earlier cache kept.
const CARDS: usize = 200;

#[wasm_bindgen_test]
async fn two_hundred_distinct_strings_on_one_page_each_apply() {
    let cards: Vec<_> = (0..CARDS)
        .map(|n| {
            let strings = format!(r#"{{"uses": "Uses {n}", "side_effects": "Effects {n}"}}"#);
            let card = med_card(
                &[("strings", &strings)],
                &format!(r#"<script type="application/json">{GABAPENTIN}</script>"#),
            );
            attach(&card);
            card
        })
        .collect();
    for card in &cards {
        wait_for_title(card).await;
    }
    for (n, card) in cards.iter().enumerate() {
        let root = shadow(card);
        // The uses heading is in the static parts; the side effects' label is Yew's.
        assert_eq!(
            text_of(&root, ".medcard__section--uses .medcard__heading").as_deref(),
            Some(format!("Uses {n}").as_str()),
            "card {n}"
        );
        assert_eq!(
            text_of(&root, ".medcard__toggle-label").as_deref(),
            Some(format!("Effects {n}").as_str()),
            "card {n}"
        );
    }
    // A new value on a card that has been customised before applies too.
    cards[0]
        .set_attribute("strings", r#"{"uses": "Uses again"}"#)
        .unwrap();
    wait_until("the new strings apply", || {
        text_of(
            &shadow(&cards[0]),
            ".medcard__section--uses .medcard__heading",
        )
        .as_deref()
            == Some("Uses again")
    })
    .await;
    for card in cards {
        card.remove();
    }
}
