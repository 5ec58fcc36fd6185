//! Browser: the patched Yew (vendor/README.md) still creates SVG and MathML elements in their
//! namespaces. The patch skips reading `namespaceURI` when the parent is an `HTMLElement`; these
//! would fail if it skipped it for an SVG or MathML parent, or for a shadow root.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::{function_component, html, Html, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

const HTML: &str = "http://www.w3.org/1999/xhtml";
const SVG: &str = "http://www.w3.org/2000/svg";
const MATHML: &str = "http://www.w3.org/1998/Math/MathML";

#[function_component]
fn Mixed() -> Html {
    html! {
        <div id="outer">
            <p id="para">{ "text" }</p>
            <svg id="svg" viewBox="0 0 10 10">
                <g id="group"><circle id="circle" r="4" /></g>
            </svg>
            <math id="math"><mi id="mi">{ "x" }</mi></math>
        </div>
    }
}

fn namespace(root: &impl AsRef<web_sys::Node>, id: &str) -> Option<String> {
    query(root, &format!("#{id}")).and_then(|element| element.namespace_uri())
}

fn assert_namespaces(root: &impl AsRef<web_sys::Node>) {
    for (id, expected) in [
        ("outer", HTML),
        ("para", HTML),
        ("svg", SVG),
        ("group", SVG),
        ("circle", SVG),
        ("math", MATHML),
        ("mi", MATHML),
    ] {
        assert_eq!(namespace(root, id).as_deref(), Some(expected), "#{id}");
    }
}

#[wasm_bindgen_test]
async fn elements_get_their_namespace_under_an_html_parent() {
    let root = container();
    let _app = Renderer::<Mixed>::with_root(root.clone()).render();
    settle().await;
    assert_namespaces(&root);
}

#[wasm_bindgen_test]
async fn elements_get_their_namespace_in_a_shadow_root() {
    // As in the widget: Yew mounts into a shadow root, which is not an HTMLElement.
    let host = container();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let _app = Renderer::<Mixed>::with_root(shadow.clone().unchecked_into::<Element>()).render();
    settle().await;
    assert_namespaces(&shadow);
}

#[wasm_bindgen_test]
async fn svg_children_of_an_svg_root_are_svg() {
    // The parent Yew creates into is itself an SVG element, not an HTMLElement.
    let svg = document().create_element_ns(Some(SVG), "svg").unwrap();
    document().body().unwrap().append_child(&svg).unwrap();
    #[function_component]
    fn Shapes() -> Html {
        html! { <g id="inner-group"><rect id="rect" width="2" height="2" /></g> }
    }
    let _app = Renderer::<Shapes>::with_root(svg.clone()).render();
    settle().await;
    assert_eq!(namespace(&svg, "inner-group").as_deref(), Some(SVG));
    assert_eq!(namespace(&svg, "rect").as_deref(), Some(SVG));
}
