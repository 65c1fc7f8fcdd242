//! Second Chance: diagnose a blown interview and write the follow-up letter that asks
//! for another chance, entirely in the browser.
//!
//! `domain` is pure and native-testable; `draft` is the stored document and `state`
//! the reducer over it; `storage` is the only module touching localStorage; `browser`
//! holds the other effects (clock, ids, files); `components` are the views; `hooks` are
//! the effects, one per hook; `intents` turns what the user asks for into actions;
//! `app` wires them, with the host page's `options`.

#![warn(missing_docs)]

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod draft;
pub mod hooks;
pub mod intents;
pub mod letter_view;
pub mod options;
pub mod state;
pub mod storage;

/// Talc instead of Rust's default wasm allocator (dlmalloc): a few KB smaller in the
/// download, and faster. Only in the browser build; native tests keep the system one.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use app::App;
use options::{AppProps, Theme};
use state::Step;
use wasm_bindgen::JsCast;

/// Reads the widget's options from its host element's `data-` attributes.
pub fn props_from_element(element: &web_sys::Element) -> AppProps {
    let attr = |name: &str| element.get_attribute(name).unwrap_or_default();
    AppProps {
        namespace: attr("data-namespace"),
        theme: Theme::from_key(&attr("data-theme")),
        first_step: Step::from_key(&attr("data-first-step")),
        compact: matches!(attr("data-compact").as_str(), "" | "true")
            && element.has_attribute("data-compact"),
        standalone: true,
    }
}

/// Mounts one widget into `element` (light DOM), configured by its `data-` attributes.
/// Used by the standalone page and the browser tests.
pub fn mount(element: web_sys::Element) {
    let props = props_from_element(&element);
    // Clear the no-script message; the widget owns this element from now on.
    element.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

/// Mounts one widget into a host page's element inside a shadow root, so the page's
/// styles cannot reach the widget and the widget's styles and element ids cannot leak
/// out. The stylesheet URL comes from `data-sc-styles`, set by the loader.
pub fn mount_embedded(host: web_sys::Element) -> Option<()> {
    let props = AppProps {
        standalone: false,
        ..props_from_element(&host)
    };
    let document = host.owner_document()?;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    if let Some(styles) = host.get_attribute("data-sc-styles") {
        let link: web_sys::HtmlLinkElement =
            document.create_element("link").ok()?.dyn_into().ok()?;
        link.set_rel("stylesheet");
        link.set_href(&styles);
        shadow.append_child(&link).ok()?;
    }
    let root = document.create_element("div").ok()?;
    root.set_class_name("sc-embed-root");
    shadow.append_child(&root).ok()?;
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    Some(())
}

/// Starts every widget on the page: the standalone page's `#second-chance` root, and,
/// in a shadow root each, every element a host page marked `data-second-chance`.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(standalone) = document.get_element_by_id("second-chance") {
        mount(standalone);
    }
    let Ok(nodes) = document.query_selector_all("[data-second-chance]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(element) = nodes
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            // An element that already has a shadow root is mounted already.
            if element.shadow_root().is_none() {
                mount_embedded(element);
            }
        }
    }
}
