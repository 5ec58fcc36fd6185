//! When the content was last reviewed, and a visible notice when the next review is overdue.

use crate::model::Card;
use crate::view::CardContext;
use yew::prelude::*;

/// The review line: last reviewed, by whom, and when the next review is due.
pub fn review(card: &Card, context: &CardContext) -> Html {
    let text = context.text;
    let Some(review) = &card.reviewed else {
        return Html::default();
    };
    let overdue = context.today.is_some_and(|today| review.is_overdue(today));
    // One text node for the sentence, not one per word group.
    let mut sentence = format!("{} {}", text.reviewed, text.date(review.date));
    if let Some(by) = &review.by {
        sentence = format!("{sentence} {} {by}", text.reviewed_by);
    }
    sentence.push('.');
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
