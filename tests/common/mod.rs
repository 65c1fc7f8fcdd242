//! Helpers shared by the browser tests: a fresh host element, DOM queries, and waiting
//! for a condition by polling (never a fixed sleep).
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

/// A new element appended to the body, with the given `data-` options set.
pub fn host(attrs: &[(&str, &str)]) -> Element {
    let document = document();
    let element = document.create_element("div").expect("create div");
    for (name, value) in attrs {
        element.set_attribute(name, value).expect("set attribute");
    }
    document
        .body()
        .expect("body")
        .append_child(&element)
        .expect("append");
    element
}

/// The test page's document.
pub fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

/// The first element matching `selector` inside `root`.
pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Like [`find`], failing the test with the selector when absent.
pub fn get(root: &Element, selector: &str) -> Element {
    find(root, selector).unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// The element's visible text.
pub fn text(root: &Element, selector: &str) -> String {
    get(root, selector).text_content().unwrap_or_default()
}

/// Clicks an element.
pub fn click(root: &Element, selector: &str) {
    get(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Types `value` into an input or textarea and fires `input`, as a user would.
pub fn type_into(root: &Element, selector: &str, value: &str) {
    let element = get(root, selector);
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    }
    let event = web_sys::InputEvent::new("input").expect("input event");
    element.dispatch_event(&event).expect("dispatch");
}

/// Polls `condition` every few milliseconds until it holds; fails after `limit`.
pub async fn wait_for(what: &str, limit: Duration, mut condition: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    while !condition() {
        if js_sys::Date::now() - start > limit.as_millis() as f64 {
            panic!("timed out waiting for: {what}");
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
}

/// The page's localStorage.
pub fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .expect("window")
        .local_storage()
        .expect("storage")
        .expect("storage present")
}
