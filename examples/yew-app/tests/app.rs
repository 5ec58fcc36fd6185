//! The example app in a real browser (`wasm-pack test --headless --chrome examples/yew-app`),
//! the way a Yew developer tests an app that embeds cards: mount it, use it, look inside the
//! card with `medcard::testing`.
#![cfg(target_arch = "wasm32")]

use medcard::testing;
use medcard_yew_app::{samples, App, AppProps, Medicine};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const DISCLAIMER_START: &str = "This card is general information, not medical advice.";

/// Mounts the app with `medicines` in a fresh element.
fn mount(medicines: Vec<Medicine>) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        medicines: Rc::new(medicines),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    root
}

/// Lets Yew render (waits up to about 5 s for `ready`).
async fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting until {what}");
}

fn click(root: &Element, selector: &str, index: u32) {
    let buttons = root.query_selector_all(selector).unwrap();
    let button: HtmlElement = buttons.item(index).unwrap().dyn_into().unwrap();
    button.click();
}

fn status(root: &Element) -> String {
    root.query_selector(".app__status")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn shows_the_first_medicine_with_its_disclaimer() {
    let app = mount(samples());
    wait_until("the card renders", || testing::title(&app).is_some()).await;
    assert_eq!(testing::title(&app).as_deref(), Some("Mirtazapine"));
    assert!(testing::disclaimer(&app)
        .unwrap()
        .contains(DISCLAIMER_START));
    wait_until("on_ready reaches the app", || {
        status(&app) == "Showing Mirtazapine."
    })
    .await;
}

#[wasm_bindgen_test]
async fn choosing_a_medicine_shows_its_card() {
    let app = mount(samples());
    wait_until("the first card", || testing::title(&app).is_some()).await;
    click(&app, ".app__medicine", 1);
    wait_until("the gabapentin card", || {
        testing::title(&app).as_deref() == Some("Gabapentin")
    })
    .await;
    assert!(testing::disclaimer(&app)
        .unwrap()
        .contains(DISCLAIMER_START));
    // The card lives in its own shadow root: the app's document does not see its insides.
    assert!(app.query_selector(".medcard__title").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn side_effects_toggle_inside_the_card() {
    let app = mount(samples());
    wait_until("the card", || testing::title(&app).is_some()).await;
    assert_eq!(
        testing::side_effects_expanded(&app).as_deref(),
        Some("false")
    );
    assert!(testing::toggle_side_effects(&app));
    wait_until("expanded", || {
        testing::side_effects_expanded(&app).as_deref() == Some("true")
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_cards_words() {
    let app = mount(samples());
    wait_until("the card", || testing::title(&app).is_some()).await;
    let english = testing::disclaimer(&app).unwrap();
    let select: web_sys::HtmlSelectElement = app
        .query_selector("select")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("es");
    let change = web_sys::Event::new_with_event_init_dict("change", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    select.dispatch_event(&change).unwrap();
    wait_until("Spanish words", || {
        testing::disclaimer(&app).is_some_and(|text| text != english)
    })
    .await;
    let root = testing::card_root(&app).unwrap();
    let card = root.query_selector(".medcard").unwrap().unwrap();
    assert_eq!(card.get_attribute("lang").as_deref(), Some("es"));
}

#[wasm_bindgen_test]
async fn bad_json_shows_the_error_panel_with_its_path() {
    let broken = Medicine {
        label: "Broken".into(),
        json: r#"{"schemaVersion":1,"medication":{"name":""}}"#.into(),
    };
    let app = mount(vec![broken]);
    wait_until("the error panel", || testing::error_message(&app).is_some()).await;
    let panel = testing::card_root(&app).unwrap().text_content().unwrap();
    assert!(panel.contains("medication.name"), "{panel}");
    assert!(testing::disclaimer(&app)
        .unwrap()
        .contains(DISCLAIMER_START));
    wait_until("on_error reaches the app", || {
        status(&app).contains("problem")
    })
    .await;
}

#[wasm_bindgen_test]
async fn not_json_at_all_is_an_error_too() {
    let app = mount(vec![Medicine {
        label: "Not JSON".into(),
        json: "<p>hello</p>".into(),
    }]);
    wait_until("the error panel", || testing::error_message(&app).is_some()).await;
    assert!(testing::disclaimer(&app).is_some());
}

#[wasm_bindgen_test]
async fn the_newest_choice_wins_when_choices_come_fast() {
    let app = mount(samples());
    wait_until("the card", || testing::title(&app).is_some()).await;
    // Three choices before Yew renders: only the last may show.
    click(&app, ".app__medicine", 1);
    click(&app, ".app__medicine", 2);
    click(&app, ".app__medicine", 1);
    wait_until("gabapentin", || {
        testing::title(&app).as_deref() == Some("Gabapentin")
    })
    .await;
    for _ in 0..5 {
        yew::scheduler::flush().await;
        assert_eq!(testing::title(&app).as_deref(), Some("Gabapentin"));
    }
}

#[wasm_bindgen_test]
async fn the_apps_css_cannot_hide_or_garble_the_card() {
    let document = web_sys::window().unwrap().document().unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(
        ".hostile * { display: none !important; color: transparent !important; font-size: 0 !important; }
         .hostile .medcard__disclaimer, .medcard__disclaimer { display: none !important; }",
    ));
    document.head().unwrap().append_child(&style).unwrap();
    let app = mount(samples());
    app.set_class_name("hostile");
    wait_until("the card", || testing::title(&app).is_some()).await;
    let disclaimer = testing::find(&app, ".medcard__disclaimer").unwrap();
    let computed = web_sys::window()
        .unwrap()
        .get_computed_style(&disclaimer)
        .unwrap()
        .unwrap();
    assert_eq!(computed.get_property_value("display").unwrap(), "block");
    assert_eq!(
        computed.get_property_value("color").unwrap(),
        "rgb(29, 38, 48)"
    );
    let size: f64 = computed
        .get_property_value("font-size")
        .unwrap()
        .trim_end_matches("px")
        .parse()
        .unwrap();
    assert!(size >= 12.0, "font-size {size}");
    style.remove();
}
