//! When the content was last reviewed, and a visible notice when the next review is overdue.

use crate::model::{Card, ReviewKind};
use crate::view::CardContext;
use yew::prelude::*;

/// The review line: when and by whom, what kind of review (only a clinical one reads "Clinically
/// reviewed"; an editorial one says it is not a clinical review; without a kind the neutral
/// "Last reviewed"), and when the next review is due.
pub fn review(card: &Card, context: &CardContext) -> Html {
    let text = &context.text;
    let Some(review) = &card.reviewed else {
        return Html::default();
    };
    let overdue = context.today.is_some_and(|today| review.is_overdue(today));
    // One text node for the sentence, not one per word group.
    let label = match review.kind {
        Some(ReviewKind::Clinical) => &text.reviewed_clinical,
        Some(ReviewKind::Editorial) => &text.reviewed_editorial,
        None => &text.reviewed,
    };
    let mut sentence = format!("{label} {}", text.date(review.date));
    if let Some(by) = &review.by {
        sentence = format!("{sentence} {} {by}", text.reviewed_by);
    }
    sentence.push('.');
    if review.kind == Some(ReviewKind::Editorial) {
        sentence = format!("{sentence} {}", text.not_clinical_review);
    }
    if let Some(next) = review.next_review {
        sentence = format!("{sentence} {} {}.", text.next_review, text.date(next));
    }
    html! {
        <p class="medcard__review">
            if overdue {
                <strong class="medcard__overdue">{ format!("{}. ", text.review_overdue) }</strong>
            }
            { sentence }
        </p>
    }
}
