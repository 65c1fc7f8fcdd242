//! Second Chance: diagnose a blown interview and write the follow-up letter that asks
//! for another chance, entirely in the browser.
//!
//! `domain` is pure and native-testable; `state` holds the reducer; `storage` is the
//! only module touching localStorage; `components` are the views; `app` wires them.

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod letter_view;
pub mod state;
pub mod storage;

use app::{App, AppProps, Theme};
use state::Step;
use wasm_bindgen::JsCast;

/// Reads the widget's options from its host element's `data-` attributes.
pub fn props_from_element(element: &web_sys::Element) -> AppProps {
    let attr = |name: &str| element.get_attribute(name).unwrap_or_default();
    AppProps {
        namespace: attr("data-namespace"),
        theme: Theme::from_key(&attr("data-theme")),
        first_step: Step::from_key(&attr("data-first-step")).unwrap_or_default(),
    }
}

/// Mounts one widget into `element`, configured by its `data-` attributes.
pub fn mount(element: web_sys::Element) {
    let props = props_from_element(&element);
    // Clear the no-script message; the widget owns this element from now on.
    element.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

/// Starts every widget on the page: the standalone page's `#second-chance` root and any
/// element marked `data-second-chance` by a host page.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all("#second-chance, [data-second-chance]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(element) = nodes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            mount(element);
        }
    }
}
