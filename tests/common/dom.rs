//! Finding, reading and working elements as a user would: clicking, ticking, typing.

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

/// The current value of an input or textarea, as the user sees it in the field.
pub fn value(root: &Element, selector: &str) -> String {
    let element = get(root, selector);
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        panic!("{selector} is neither an input nor a textarea")
    }
}

/// Clicks an element.
pub fn click(root: &Element, selector: &str) {
    get(root, selector).unchecked_into::<HtmlElement>().click();
}

/// The element matching `selector` inside `root` whose text is exactly `label`, failing
/// the test when there is none.
pub fn labelled(root: &Element, selector: &str, label: &str) -> HtmlElement {
    let all = root.query_selector_all(selector).expect("valid selector");
    (0..all.length())
        .filter_map(|i| all.get(i))
        .find(|b| b.text_content().unwrap_or_default() == label)
        .map(JsCast::unchecked_into::<HtmlElement>)
        .unwrap_or_else(|| panic!("no button {label}"))
}

/// Clicks the button inside `root` labelled exactly `label`.
pub fn click_button(root: &Element, label: &str) {
    labelled(root, "button", label).click();
}

/// Clicks the button inside `scope` (a selector within `root`) labelled exactly `label`.
pub fn click_button_in(root: &Element, scope: &str, label: &str) {
    labelled(root, &format!("{scope} button"), label).click();
}

/// Ticks (or unticks) the diagnosis checkbox of the symptom `id`.
pub fn tick(root: &Element, id: &str) {
    click(root, &format!("#sc-symptom-{id}"));
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

/// The letter's length in characters as the huge-letter note gives it ("… of 123456
/// characters"), if the note is shown.
pub fn noted_total(root: &Element) -> Option<usize> {
    let note = find(root, ".sc-preview-note")?.text_content()?;
    let (_, rest) = note.split_once(" of ")?;
    let (number, _) = rest.split_once(" characters")?;
    number.parse().ok()
}

/// The element that has focus in `root`'s tree: inside the widget's shadow root, or in
/// the document when there is none.
pub fn focused(root: &Element) -> Option<Element> {
    let node = root.get_root_node();
    match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => document().active_element(),
    }
}
