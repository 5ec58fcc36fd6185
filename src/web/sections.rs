//! Edge: the browser side of a card's sections for [`crate::MedCard`] (the element does the same
//! in `src/web/js/element.js`, where it costs the card's download fewer bytes).
//! One capture listener on the card's container hears every `<details>` open and close (the
//! `toggle` event does not bubble, and the static parts carry no listeners of their own), keeps
//! [`OpenSections`] in step and reports the change; one click listener moves the reader to a
//! section from the "On this card" links (a fragment link cannot reach into a shadow root).

use crate::view::OpenSections;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};
use yew::Callback;

/// Where a section's open or close is reported: (section name, open).
pub(crate) type ToggleReport = Rc<RefCell<Callback<(&'static str, bool)>>>;

/// The listeners of one container; they stop when this is dropped.
pub(crate) struct SectionEvents {
    container: Element,
    toggle: Closure<dyn FnMut(Event)>,
    click: Closure<dyn FnMut(Event)>,
}

impl Drop for SectionEvents {
    fn drop(&mut self) {
        let remove = |name: &str, listener: &Closure<dyn FnMut(Event)>| {
            let function = listener.as_ref().unchecked_ref();
            let _ = self
                .container
                .remove_event_listener_with_callback_and_bool(name, function, true);
        };
        remove("toggle", &self.toggle);
        remove("click", &self.click);
    }
}

/// Listens on `container` for sections opening and closing (recorded in `open`, reported to
/// `report`) and for clicks on "On this card" links.
pub(crate) fn listen(
    container: &Element,
    open: OpenSections,
    report: ToggleReport,
) -> SectionEvents {
    let toggle = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        let Some(details) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let is_open = details.has_attribute("open");
        // A compact card's warning detail is reported as "warnings"; it is no section.
        let name = match details.has_attribute("data-warning") {
            true => "warnings".to_string(),
            false => details.get_attribute("data-section").unwrap_or_default(),
        };
        let changed = open.set(&name, is_open);
        if let Some(name) = changed {
            let report = report.borrow().clone();
            report.emit((name, is_open));
        }
    });
    let target = container.clone();
    let click = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|element| element.closest("a[data-jump]").ok().flatten());
        if let Some(name) = link.and_then(|link| link.get_attribute("data-jump")) {
            event.prevent_default();
            open_section(&target, &name);
        }
    });
    for (name, listener) in [("toggle", &toggle), ("click", &click)] {
        let function = listener.as_ref().unchecked_ref();
        let _ = container.add_event_listener_with_callback_and_bool(name, function, true);
    }
    SectionEvents {
        container: container.clone(),
        toggle,
        click,
    }
}

/// Opens the section `name` (`sideEffects`, `sources`…) if it is collapsed, scrolls it into
/// view and moves focus to it (its summary, or its heading); `false` when the card has no such
/// section.
pub(crate) fn open_section(container: &Element, name: &str) -> bool {
    let selector = format!("[data-section=\"{}\"]", name.replace(['"', '\\'], ""));
    let Some(section) = container.query_selector(&selector).ok().flatten() else {
        return false;
    };
    let _ = section.set_attribute("open", "");
    let focus = section
        .query_selector("summary, .medcard__heading")
        .ok()
        .flatten()
        .and_then(|target| target.dyn_into::<HtmlElement>().ok());
    if let Some(target) = focus {
        if target.tab_index() < 0 {
            target.set_tab_index(-1);
        }
        section.scroll_into_view();
        let _ = target.focus();
    }
    true
}
