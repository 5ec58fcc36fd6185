//! Native: the view rendered to HTML with Yew's server renderer. Covers most view logic fast,
//! without a browser: structure, wording, escaping, and the disclaimer in every state.
#![cfg(not(target_arch = "wasm32"))]

mod native;

use medcard::model::Date;
use medcard::view::{CardState, HeadingLevel, Layout, OpenSections, RootProps};
use medcard::{parse_card, Error, LoadFailure, Options};
use native::{ready, render, today, DISCLAIMER_START, GABAPENTIN, GABAPENTIN_ES, MIRTAZAPINE};
use std::rc::Rc;
use yew::AttrValue;

fn props(state: CardState) -> RootProps {
    RootProps {
        id_prefix: AttrValue::Static("card"),
        today: today(),
        ..RootProps::new(state)
    }
}

/// The text between the first `open` marker and the next `close` marker after it.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("{open} in {html}"))
        + open.len();
    let end = html[start..]
        .find(close)
        .unwrap_or_else(|| panic!("{close} after {open}"));
    &html[start..start + end]
}

#[test]
fn full_card_renders_every_section_in_reading_order() {
    let html = render(props(ready(MIRTAZAPINE)));
    let order = [
        r#"<h2 id="card-title" part="title" class="medcard__title">Mirtazapine</h2>"#,
        "medcard__section--uses",
        "medcard__section--warnings",
        "medcard__callout--",
        "medcard__section--how-it-works",
        "medcard__section--dosage",
        "medcard__section--side-effects",
        "medcard__section--precautions",
        "medcard__section--related",
        "medcard__section--sources",
        "medcard__review",
        "medcard__attribution",
        "medcard__disclaimer",
    ];
    let mut last = 0;
    for marker in order {
        let at = html[last..]
            .find(marker)
            .unwrap_or_else(|| panic!("{marker} missing or out of order"));
        last += at;
    }
    assert!(
        html.starts_with(r#"<div lang="en" dir="ltr" class="medcard">"#),
        "{}",
        &html[..120]
    );
    assert!(html.contains(r#"<article aria-labelledby="card-title" class="medcard__card">"#));
}

#[test]
fn uses_show_their_status_in_words() {
    let html = render(props(ready(MIRTAZAPINE)));
    assert!(html.contains(
        r#"<span class="medcard__use-name">Restless legs syndrome</span> <span class="medcard__badge medcard__badge--not-recommended">Not recommended</span>"#
    ));
    assert!(html.contains(
        r#"<span class="medcard__badge medcard__badge--approved">Approved in the US, the UK and the EU</span>"#
    ));
    let html = render(props(ready(GABAPENTIN)));
    assert!(html.contains(r#"medcard__badge--off-label">Off-label</span>"#));
    assert!(html.contains(r#"medcard__badge--approved">Approved in the US</span>"#));
}

#[test]
fn side_effects_are_a_collapsed_disclosure_that_counts_serious_effects() {
    let html = render(props(ready(MIRTAZAPINE)));
    let details = between(&html, "<details data-section=\"sideEffects\"", "</summary>");
    assert!(
        details.starts_with(r#" class="medcard__section medcard__section--side-effects">"#),
        "closed: {details}"
    );
    // The heading stays a heading (in the outline), inside the summary that opens the section.
    assert!(details.contains(r#"<summary part="toggle" class="medcard__toggle"><h3 id="card-side-effects" class="medcard__heading">"#), "{details}");
    assert!(details.contains("Side effects"));
    assert!(
        details.contains(" — 10 serious side effects, 6 common side effects"),
        "{details}"
    );
    assert!(html.contains(r#"<div id="card-side-effects-panel" class="medcard__panel">"#));
    // A native disclosure: no button and no ARIA state of its own to keep in step.
    assert!(
        !html.contains("<button")
            && !html.contains("aria-expanded")
            && !html.contains("aria-controls")
    );
    // Serious effects come first and say what to do.
    let panel = between(&html, r#"id="card-side-effects-panel""#, "</details>");
    assert!(
        panel.find("Serious side effects").unwrap() < panel.find("Common side effects").unwrap()
    );
    assert!(panel.contains(r#"<p class="medcard__action"><strong>What to do: </strong>"#));

    let mut open = props(ready(MIRTAZAPINE));
    open.expanded = true;
    let html = render(open);
    let open_details = between(&html, "<details data-section=\"sideEffects\"", ">");
    assert_eq!(
        open_details,
        r#" open="open" class="medcard__section medcard__section--side-effects""#
    );
}

#[test]
fn warnings_and_callouts_are_never_inside_a_collapsed_section() {
    for layout in [Layout::Full, Layout::Compact] {
        let mut p = props(ready(MIRTAZAPINE));
        p.layout = layout;
        let html = render(p);
        let mut collapsed = String::new();
        let mut rest = html.as_str();
        while let Some(at) = rest.find("<details data-section=") {
            let end = rest[at..].find("</details>").unwrap();
            collapsed.push_str(&rest[at..at + end]);
            rest = &rest[at + end..];
        }
        assert!(collapsed.contains("medcard__panel"), "{layout:?}");
        for never_collapsed in [
            "medcard__warning",
            "medcard__callout",
            "medcard__disclaimer",
            "medcard__attribution",
            "medcard__review",
            "medcard__key-facts",
        ] {
            assert!(
                !collapsed.contains(never_collapsed),
                "{never_collapsed} is inside a collapsed section ({layout:?})"
            );
        }
        assert!(html.contains(r#"<span class="medcard__level">Boxed warning: </span>"#));
        assert!(html.contains(r#"<span class="medcard__level">Emergency: </span>"#));
    }
}

/// The `data-section` names of the card's `<details>` sections, in order.
fn collapsed_sections(html: &str) -> Vec<&str> {
    html.match_indices("<details data-section=\"")
        .map(|(at, _)| between(&html[at..], "data-section=\"", "\""))
        .collect()
}

/// A card with every section, key facts first, and one important warning with detail.
const KEY_FACTS_CARD: &str = r#"{"schemaVersion":1,"medication":{"name":"X"},"summary":"A summary.",
    "keyFacts":["First fact.","Second fact."],
    "uses":[{"condition":"Pain"}],"howItWorks":"It works.","benefits":[{"title":"Helps"}],
    "warnings":[{"title":"Boxed one","detail":"Boxed detail.","level":"boxed"},{"title":"Careful","detail":"Careful detail."}],
    "getHelp":[{"level":"emergency","title":"Call now if","items":["A fit"]}],
    "dosage":{"instructions":["Take it."]},"sideEffects":{"common":[{"name":"Sleepy"}]},
    "precautions":[{"text":"Not with alcohol."}],"related":[{"title":"More","url":"https://example.org"}],
    "sources":[{"title":"Label"},{"title":"Leaflet"}]}"#;

#[test]
fn key_facts_come_right_after_the_summary_in_every_layout() {
    for layout in [Layout::Full, Layout::Compact] {
        let mut p = props(ready(KEY_FACTS_CARD));
        p.layout = layout;
        let html = render(p);
        let facts = between(&html, "<section part=\"key-facts\"", "</section>");
        assert!(
            facts.contains(
                r#"<h3 id="card-key-facts" class="medcard__key-facts-title">Key facts</h3>"#
            ),
            "{facts}"
        );
        assert!(facts.contains("<li>First fact.</li><li>Second fact.</li>"));
        let summary = html.find("A summary.").unwrap();
        let key_facts = html.find("part=\"key-facts\"").unwrap();
        let uses = html.find("medcard__section--uses").unwrap();
        assert!(summary < key_facts && key_facts < uses, "{layout:?}");
    }
    // No key facts, no box.
    assert!(!render(props(ready(GABAPENTIN_NO_FACTS))).contains("key-facts"));
}

const GABAPENTIN_NO_FACTS: &str = r#"{"schemaVersion":1,"medication":{"name":"Y"},"summary":"S."}"#;

#[test]
fn the_full_layout_links_every_section_and_collapses_only_side_effects_and_sources() {
    let html = render(props(ready(KEY_FACTS_CARD)));
    assert_eq!(collapsed_sections(&html), ["sideEffects", "sources"]);
    assert!(html.contains(r#"<span class="medcard__toggle-label">Sources</span><span class="medcard__toggle-count"> — 2</span>"#));
    let toc = between(&html, "<div class=\"medcard__toc\">", "</div>");
    assert!(
        toc.contains(r#"<p id="card-toc" class="medcard__toc-title">On this card</p>"#),
        "{toc}"
    );
    for (jump, target) in [
        ("uses", "card-uses"),
        ("warnings", "card-warnings"),
        ("howItWorks", "card-how-it-works"),
        ("benefits", "card-benefits"),
        ("dosage", "card-dosage"),
        ("sideEffects", "card-side-effects"),
        ("precautions", "card-precautions"),
        ("related", "card-related"),
        ("sources", "card-sources"),
    ] {
        let link = format!(r##"href="#{target}" data-jump="{jump}""##);
        assert!(toc.contains(&link), "{link} in {toc}");
        assert!(
            html.contains(&format!(r#"id="{target}""#)),
            "{target} exists"
        );
    }
    // Only the sections the card has.
    let short = render(props(ready(GABAPENTIN_NO_FACTS)));
    assert!(!between(&short, "medcard__toc", "</ul>").contains("<li>"));
}

#[test]
fn the_compact_layout_opens_only_what_every_reader_needs() {
    let mut p = props(ready(KEY_FACTS_CARD));
    p.layout = Layout::Compact;
    let html = render(p);
    assert!(html.contains(r#"class="medcard__card medcard__card--compact""#));
    assert_eq!(
        collapsed_sections(&html),
        [
            "uses",
            "howItWorks",
            "benefits",
            "dosage",
            "sideEffects",
            "precautions",
            "related",
            "sources"
        ]
    );
    assert!(!html.contains("medcard__toc"), "no links list in compact");
    // Each disclosure says what it holds.
    assert!(html.contains(r#"<span class="medcard__toggle-label">Precautions</span><span class="medcard__toggle-count"> — 1</span>"#));
    // The warnings stay open: the boxed one whole, the other with its title showing and its
    // detail one tap away.
    let warnings = between(&html, "medcard__section--warnings", "</section>");
    assert!(
        warnings.contains("<strong>Boxed one</strong></p><p>Boxed detail.</p>"),
        "{warnings}"
    );
    assert!(warnings.contains(r#"<details data-warning="" class="medcard__more"><summary class="medcard__warning-title medcard__more-toggle"><span class="medcard__level">Important: </span><strong>Careful</strong></summary><p>Careful detail.</p></details>"#), "{warnings}");
    assert!(html.contains("medcard__callout--emergency"));
}

#[test]
fn compact_tells_the_forms_in_how_to_take_it_not_the_header() {
    let json = r#"{"schemaVersion":1,"medication":{"name":"X","forms":["Tablet"],"brandNames":["B"]},
        "dosage":{"instructions":["Take it."]}}"#;
    let mut p = props(ready(json));
    p.layout = Layout::Compact;
    let html = render(p);
    let header = between(&html, "<header", "</header>");
    assert!(
        header.contains("Brand names") && !header.contains("Forms"),
        "{header}"
    );
    let dosage = between(&html, r#"id="card-dosage-panel""#, "</details>");
    assert!(dosage.contains("<dt>Forms</dt><dd>Tablet</dd>"), "{dosage}");
    // Full keeps them in the header; without a dosage section, compact does too.
    let full = render(props(ready(json)));
    assert!(between(&full, "<header", "</header>").contains("<dt>Forms</dt>"));
    let no_dosage = r#"{"schemaVersion":1,"medication":{"name":"X","forms":["Tablet"]}}"#;
    let mut p = props(ready(no_dosage));
    p.layout = Layout::Compact;
    assert!(between(&render(p), "<header", "</header>").contains("<dt>Forms</dt>"));
}

#[test]
fn sections_open_now_are_built_open_and_a_new_card_starts_closed() {
    let open = OpenSections::default();
    let mut p = props(ready(KEY_FACTS_CARD));
    p.layout = Layout::Compact;
    p.open = open.clone();
    // The first render of a card starts closed (the root resets what is open), then what the
    // reader opened is built open when the same card is rendered again.
    let first = render(p.clone());
    assert!(!first.contains("open=\"open\""));
    open.set("dosage", true);
    open.keep_for_next_card("sources");
    p.state = ready(KEY_FACTS_CARD);
    let next = render(p);
    assert!(
        next.contains(r#"data-section="sources" open="open""#),
        "kept for the next card"
    );
    assert!(
        !next.contains(r#"data-section="dosage" open="#),
        "a new card starts closed"
    );
}

#[test]
fn boxed_warnings_come_first_and_the_rest_keep_the_authors_order() {
    let json = r#"{"schemaVersion":1,"medication":{"name":"X"},"warnings":[
        {"title":"First important"},
        {"title":"First boxed","level":"boxed"},
        {"title":"Second important","level":"important"},
        {"title":"Second boxed","level":"boxed"}]}"#;
    let html = render(props(ready(json)));
    let order = [
        "First boxed",
        "Second boxed",
        "First important",
        "Second important",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|title| {
            html.find(&format!("<strong>{title}</strong>"))
                .expect(title)
        })
        .collect();
    assert!(
        at.windows(2).all(|pair| pair[0] < pair[1]),
        "{order:?} at {at:?}"
    );
}

#[test]
fn precautions_are_grouped_by_kind_in_schema_order() {
    let html = render(props(ready(MIRTAZAPINE)));
    let section = between(&html, "medcard__section--precautions", "</section>");
    let groups: Vec<&str> = section
        .match_indices("medcard__group--")
        .map(|(at, _)| {
            let rest = &section[at + "medcard__group--".len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    let schema_order = medcard::model::PrecautionKind::NAMES;
    let mut positions: Vec<usize> = groups
        .iter()
        .map(|g| schema_order.iter().position(|k| k == g).unwrap())
        .collect();
    assert!(groups.len() >= 5, "{groups:?}");
    let sorted = {
        let mut p = positions.clone();
        p.sort();
        p
    };
    assert_eq!(positions, sorted, "{groups:?}");
    positions.dedup();
    assert_eq!(positions.len(), groups.len(), "one group per kind");
    assert!(section.contains("<h4 class=\"medcard__subheading\">Other medicines</h4>"));
}

#[test]
fn heading_levels_follow_the_host_level() {
    let mut level_four = props(ready(GABAPENTIN));
    level_four.heading_level = HeadingLevel::new(4).expect("a level");
    let html = render(level_four);
    assert!(
        html.contains(r#"<h4 id="card-title" part="title" class="medcard__title">Gabapentin</h4>"#)
    );
    assert!(html.contains(r#"<h5 id="card-uses" class="medcard__heading">"#));
    assert!(html.contains(r#"<h6 class="medcard__subheading">"#));
    assert!(!html.contains("<h2") && !html.contains("<h3") && !html.contains("<h7"));

    assert_eq!(HeadingLevel::new(9), None, "no level past 6");
    let mut deepest = props(ready(GABAPENTIN));
    deepest.heading_level = HeadingLevel::new(6).expect("a level");
    let html = render(deepest);
    assert!(html.contains(r#"<h6 id="card-title""#));
    assert!(html.contains(r#"<h6 id="card-uses""#));
    assert!(!html.contains("<h7"));
}

#[test]
fn disclaimer_is_rendered_in_every_state() {
    let failed = CardState::Failed(Rc::new(Error::Load(LoadFailure::NoData)));
    for (name, state) in [
        ("loading", CardState::Loading),
        ("error", failed),
        ("ready", ready(GABAPENTIN)),
    ] {
        let html = render(props(state));
        let disclaimer = between(
            &html,
            r#"<p part="disclaimer" class="medcard__disclaimer">"#,
            "</p>",
        );
        assert!(
            disclaimer.contains(DISCLAIMER_START),
            "{name}: {disclaimer}"
        );
        assert_eq!(
            html.matches("medcard__disclaimer").count(),
            1,
            "{name}: exactly one"
        );
    }
}

#[test]
fn data_can_replace_the_disclaimer_text_but_not_remove_it() {
    let custom =
        r#"{"schemaVersion":1,"medication":{"name":"X"},"disclaimer":"Ask your pharmacist."}"#;
    let html = render(props(ready(custom)));
    assert!(html.contains("<strong>Not medical advice.</strong> Ask your pharmacist.</p>"));
    assert!(!html.contains(DISCLAIMER_START));
    for blank in [r#""""#, r#""   ""#, "null"] {
        let json =
            format!(r#"{{"schemaVersion":1,"medication":{{"name":"X"}},"disclaimer":{blank}}}"#);
        assert!(
            render(props(ready(&json))).contains(DISCLAIMER_START),
            "{blank}"
        );
    }
}

#[test]
fn error_state_is_an_alert_listing_problems_and_no_card() {
    let error = parse_card(
        r#"{"schemaVersion":1,"medication":{"name":"X"},"sideEffects":{"serious":[{"name":3}]}}"#,
        &Options::default(),
    )
    .unwrap_err();
    let html = render(props(CardState::Failed(Rc::new(error))));
    assert!(html.contains(r#"<div role="alert" part="error" class="medcard__error">"#));
    assert!(html.contains(
        r#"<li><code class="medcard__path">sideEffects.serious[0].name</code> should be text, but is a number</li>"#
    ));
    assert!(!html.contains("<article"), "never half a card");
    assert!(!html.contains("medcard__title"));

    let load = Error::Load(LoadFailure::Status {
        url: "https://example.org/x.json".into(),
        status: 404,
    });
    let html = render(props(CardState::Failed(Rc::new(load))));
    assert!(html.contains("<li>The card data could not be loaded: the server answered 404 (not found) for https://example.org/x.json</li>"));
}

#[test]
fn loading_state_is_a_polite_status() {
    let html = render(props(CardState::Loading));
    assert!(html.contains(r#"aria-busy="true""#));
    assert!(html.contains(
        r#"<p role="status" class="medcard__loading">Loading medicine information…</p>"#
    ));
}

#[test]
fn hostile_strings_are_text_and_unsafe_links_are_not_links() {
    let json = r#"{
        "schemaVersion": 1,
        "medication": { "name": "<img src=x onerror=alert(1)>" },
        "summary": "</p><script>alert(2)</script>",
        "related": [
            { "title": "Bad", "url": "javascript:alert(3)" },
            { "title": "Good", "url": "https://example.org/good" }
        ],
        "attribution": { "text": "Credit", "url": "data:text/html,x" }
    }"#;
    let html = render(props(ready(json)));
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
    assert!(!html.contains("javascript:") && !html.contains("data:text"));
    assert!(html.contains(r#"<span class="medcard__unlinked">Bad</span>"#));
    assert!(html.contains(r#"<span class="medcard__unlinked">Credit</span>"#));
    assert!(html.contains(
        r#"<a href="https://example.org/good" target="_blank" rel="noopener noreferrer" aria-describedby="card-new-tab" class="medcard__link">Good</a>"#
    ), "{html}");
    assert!(html.contains(r#"<span id="card-new-tab" hidden="hidden">(opens in a new tab)</span>"#));
}

#[test]
fn overdue_review_is_shown_to_readers() {
    let json = r#"{"schemaVersion":1,"medication":{"name":"X"},
        "reviewed":{"date":"2025-01-01","by":"Dr Example","nextReview":"2025-07-01"}}"#;
    let html = render(props(ready(json)));
    assert!(html.contains(r#"<strong class="medcard__overdue">Review overdue. </strong>Last reviewed 1 January 2025 by Dr Example. Next review due 1 July 2025.</p>"#), "{html}");
    let mut before = props(ready(json));
    before.today = Date::new(2025, 6, 30);
    assert!(!render(before).contains("Review overdue"));
}

/// Only a clinical review reads "Clinically reviewed"; an editorial check says, in the card's
/// language, that it is not one; without `kind` the line stays the neutral "Last reviewed".
#[test]
fn the_review_line_says_what_kind_of_review_it_was() {
    let line = |kind: &str, lang: &str| {
        let json = format!(
            r#"{{"schemaVersion":1,"language":"{lang}","medication":{{"name":"X"}},
            "reviewed":{{"date":"2026-01-01",{kind}"by":"A Reviewer"}}}}"#
        );
        let html = render(props(ready(&json)));
        let start = html
            .find(r#"<p class="medcard__review">"#)
            .expect("a review line");
        let end = html[start..].find("</p>").expect("closed") + start;
        html[start..end].replace(r#"<p class="medcard__review">"#, "")
    };
    assert_eq!(
        line(r#""kind":"clinical","#, "en"),
        "Clinically reviewed on 1 January 2026 by A Reviewer."
    );
    assert_eq!(
        line(r#""kind":"editorial","#, "en"),
        "Content checked against its sources on 1 January 2026 by A Reviewer. This is not a clinical review."
    );
    assert_eq!(
        line("", "en"),
        "Last reviewed 1 January 2026 by A Reviewer."
    );
    assert_eq!(
        line(r#""kind":"clinical","#, "es"),
        "Revisión clínica realizada el 1 de enero de 2026 por A Reviewer."
    );
    assert_eq!(
        line(r#""kind":"editorial","#, "es"),
        "Contenido cotejado con sus fuentes el 1 de enero de 2026 por A Reviewer. No es una revisión clínica."
    );
    assert_eq!(
        line(r#""kind":"editorial","#, "ar"),
        "رُوجع المحتوى مقابل مصادره في 1 يناير 2026 بواسطة A Reviewer. هذه ليست مراجعة سريرية."
    );
    for lang in ["en", "es", "ar"] {
        let editorial = line(r#""kind":"editorial","#, lang);
        assert!(
            !editorial.contains("Clinically") && !editorial.contains("Revisión clínica realizada")
        );
    }
}

/// A deliberately shortened translation says so under its title, in its own words.
#[test]
fn a_shortened_translation_says_so_visibly() {
    let json = r#"{"schemaVersion":1,"language":"es","medication":{"name":"Gabapentina"},
        "translationOf":{"url":"gabapentin.json","language":"en",
          "omitted":"Versión resumida: no incluye las precauciones. Léalas en la ficha completa en inglés."}}"#;
    let html = render(props(ready(json)));
    assert!(html.contains(r#"<p role="note" class="medcard__warning">Versión resumida: no incluye las precauciones. Léalas en la ficha completa en inglés.</p></header>"#), "{html}");
    assert!(!render(props(ready(GABAPENTIN_ES))).contains(r#"role="note""#));
}

#[test]
fn language_comes_from_host_then_data_then_page() {
    let spanish_data = r#"{"schemaVersion":1,"language":"es","medication":{"name":"X"}}"#;
    let mut p = props(ready(spanish_data));
    p.page_lang = Some("fr".into());
    assert!(render(p.clone()).contains(r#"lang="es""#));
    p.lang = Some("de".into());
    assert!(render(p).contains(r#"lang="de""#));
    let mut page_only = props(ready(
        GABAPENTIN.replace(r#""language": "en","#, "").as_str(),
    ));
    page_only.page_lang = Some("fr-CA".into());
    assert!(render(page_only).contains(r#"lang="fr-CA""#));
}

/// Every heading tag in document order, as levels.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(at, _)| {
            let digit = html[at + 2..].chars().next()?;
            digit.to_digit(10).map(|level| level as u8)
        })
        .collect()
}

#[test]
fn headings_follow_the_heading_level_without_skipping() {
    for level in 2..=4u8 {
        let mut p = props(ready(MIRTAZAPINE));
        p.heading_level = HeadingLevel::new(level).expect("a level");
        let levels = heading_levels(&render(p));
        assert_eq!(levels.first(), Some(&level), "title first at h{level}");
        assert_eq!(
            levels.iter().filter(|&&l| l == level).count(),
            1,
            "one title heading"
        );
        assert!(levels.contains(&(level + 1)) && levels.contains(&(level + 2)));
        for pair in levels.windows(2) {
            assert!(pair[1] <= pair[0] + 1, "skips a level: {levels:?}");
            assert!(pair[1] > level, "only the title is at h{level}: {levels:?}");
        }
    }
}

fn in_language(lang: &str) -> String {
    let mut p = props(ready(MIRTAZAPINE));
    p.lang = Some(AttrValue::from(lang.to_string()));
    p.expanded = true;
    render(p)
}

#[test]
fn spanish_and_arabic_cards_speak_their_language_and_direction() {
    let spanish = in_language("es-MX");
    assert!(spanish.starts_with(r#"<div lang="es-MX" dir="ltr" class="medcard">"#));
    assert!(spanish.contains(">Para qué se usa</h3>"));
    assert!(spanish.contains(" — 10 efectos secundarios graves y 6 efectos secundarios frecuentes"));
    assert!(spanish.contains("No recomendado"));
    assert!(spanish.contains("<strong>No es consejo médico.</strong>"));
    assert!(spanish.contains(
        "Contenido cotejado con sus fuentes el 29 de noviembre de 2026 por medcard maintainers. No es una revisión clínica."
    ));

    let arabic = in_language("ar");
    assert!(arabic.starts_with(r#"<div lang="ar" dir="rtl" class="medcard">"#));
    assert!(arabic.contains(">دواعي الاستعمال</h3>"));
    assert!(arabic.contains("غير موصى به"));
    assert!(arabic.contains("رُوجع المحتوى مقابل مصادره في 29 نوفمبر 2026"));
    assert!(arabic.contains("هذه ليست مراجعة سريرية."));
    assert!(arabic.contains("<strong>ليست نصيحة طبية.</strong>"));
    // No English UI words are left: every heading and label comes from the Arabic table.
    for english in [
        ">Side effects<",
        ">What it is used for<",
        "Not medical advice",
        ">Sources<",
    ] {
        assert!(!arabic.contains(english), "{english} in the Arabic card");
    }
}

#[test]
fn the_error_state_and_loading_are_translated_too() {
    let mut failed = props(CardState::Failed(Rc::new(Error::Load(LoadFailure::NoData))));
    failed.page_lang = Some("ar-EG".into());
    let html = render(failed);
    assert!(html.starts_with(r#"<div lang="ar-EG" dir="rtl" class="medcard">"#));
    assert!(html.contains("تعذّر عرض معلومات هذا الدواء"));
    let mut loading = props(CardState::Loading);
    loading.lang = Some("es".into());
    assert!(render(loading).contains("Cargando la información del medicamento…"));
}

#[test]
fn host_strings_replace_ui_text_but_never_remove_the_disclaimer() {
    let mut p = props(ready(MIRTAZAPINE));
    p.strings = Some(AttrValue::from(
        r#"{"side_effects": "Unwanted effects", "disclaimer": "", "use_status.not-recommended": "Avoid"}"#,
    ));
    let html = render(p);
    assert!(html.contains(r#"<span class="medcard__toggle-label">Unwanted effects</span>"#));
    assert!(html.contains(r#"medcard__badge--not-recommended">Avoid</span>"#));
    assert!(
        html.contains(DISCLAIMER_START),
        "blank replacements are ignored"
    );
}

#[test]
fn translated_samples_take_their_language_from_the_data() {
    for (json, lang, dir, heading) in [
        (
            include_str!("../www/examples/gabapentin.es.json"),
            "es",
            "ltr",
            "Para qué se usa",
        ),
        (
            include_str!("../www/examples/gabapentin.ar.json"),
            "ar",
            "rtl",
            "دواعي الاستعمال",
        ),
    ] {
        let mut p = props(ready(json));
        p.page_lang = Some("en".into());
        let html = render(p);
        let root = format!(r#"<div lang="{lang}" dir="{dir}" class="medcard">"#);
        assert!(html.starts_with(&root), "{lang}");
        assert!(html.contains(&format!(">{heading}</h3>")), "{lang}");
    }
}

fn failed_in(lang: &str, error: Error) -> String {
    let mut p = props(CardState::Failed(Rc::new(error)));
    p.lang = Some(AttrValue::from(lang.to_string()));
    render(p)
}

fn invalid_card() -> Error {
    parse_card(
        r#"{"schemaVersion":1,"medication":{"name":3},"uses":[{"condition":"Depression","status":"maybe"}]}"#,
        &Options::default(),
    )
    .unwrap_err()
}

#[test]
fn spanish_and_arabic_error_panels_list_problems_in_their_language() {
    let spanish = failed_in("es", invalid_card());
    assert!(spanish.contains(
        r#"<li><code class="medcard__path">medication.name</code> debería ser texto, pero es un número</li>"#
    ), "{spanish}");
    assert!(spanish.contains("«maybe» no está permitido aquí; use uno de estos valores: approved"));
    assert!(!spanish.contains("should be"), "no English problem text");

    let arabic = failed_in("ar", invalid_card());
    assert!(arabic.contains(
        r#"<li><code dir="ltr" class="medcard__path">medication.name</code> يُتوقَّع هنا نص، لكن القيمة رقم</li>"#
    ), "{arabic}");
    assert!(arabic.contains(r#"<code dir="ltr" class="medcard__path">uses[0].status</code>"#));
    assert!(arabic.contains("غير مسموح بها هنا"));
    for english in ["should be", "is not allowed", "use one of"] {
        assert!(!arabic.contains(english), "{english} in the Arabic panel");
    }
}

#[test]
fn a_load_failure_is_explained_in_the_cards_language() {
    let not_found = || {
        Error::Load(LoadFailure::Status {
            url: "https://example.org/x.json".into(),
            status: 404,
        })
    };
    let spanish = failed_in("es-ES", not_found());
    assert!(spanish.contains(
        "<li>No se pudieron cargar los datos de la ficha: el servidor respondió 404 (no encontrado) a la solicitud de https://example.org/x.json</li>"
    ), "{spanish}");
    let arabic = failed_in("ar", not_found());
    assert!(arabic.contains("<li>تعذّر تحميل بيانات البطاقة: ردّ الخادم بالرمز 404 (غير موجود) على طلب \u{2068}https://example.org/x.json\u{2069}</li>"), "{arabic}");
    let unknown_language = failed_in("fr", not_found());
    assert!(unknown_language.contains("<li>The card data could not be loaded: the server answered 404 (not found) for https://example.org/x.json</li>"));
}

/// Issue 25: a use's status says where it applies, a side effect's band is shown with its
/// meaning (before the author's figure), and a source read in a copy says where.
#[test]
fn regions_bands_and_where_a_source_was_read() {
    let card = |lang: &str| {
        format!(
            r#"{{"schemaVersion":1,"language":"{lang}","medication":{{"name":"X"}},
            "uses":[{{"condition":"Pain","status":"approved","regions":["US","EU"]}},
                    {{"condition":"Cough","status":"off-label","regions":["FR"]}}],
            "sideEffects":{{"common":[{{"name":"Nausea","band":"common","frequency":"7 in 100"}},
                                     {{"name":"Rash","band":"not-known"}}]}},
            "sources":[{{"title":"Label","url":"https://example.org/label","via":"https://copy.example.org/label","accessed":"2026-12-06"}}]}}"#
        )
    };
    let html = render(props(ready(&card("en"))));
    assert!(html.contains(r#"medcard__badge--approved">Approved in the US and the EU</span>"#));
    assert!(
        html.contains(r#"medcard__badge--off-label">Off-label in FR</span>"#),
        "unknown codes as written"
    );
    assert!(html.contains("Common: may affect up to 1 in 10 people; 7 in 100)"));
    assert!(html.contains("Not known: frequency cannot be estimated from the available data)"));
    let via = between(&html, r#"<small class="medcard__via">"#, "</small>");
    assert!(
        via.starts_with(r#"(read at <a href="https://copy.example.org/label""#),
        "{via}"
    );
    assert!(
        via.ends_with(">https://copy.example.org/label</a>)"),
        "{via}"
    );
    let html = render(props(ready(&card("es"))));
    assert!(html.contains("Aprobado en EE. UU. y la UE"), "{html}");
    assert!(html.contains("Frecuente: puede afectar hasta 1 de cada 10 personas; 7 in 100)"));
    assert!(html.contains("(leído en "));
    let html = render(props(ready(&card("ar"))));
    assert!(html.contains("معتمد في الولايات المتحدة والاتحاد الأوروبي"));
    assert!(html.contains("شائع: قد يصيب حتى شخص واحد من كل 10 أشخاص; 7 in 100)"));
    assert!(html.contains("(قُرئ في "));
}
