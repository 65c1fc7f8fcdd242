//! Mounting the whole widget, or one component alone with chosen props, into a fresh
//! host element.

use web_sys::Element;

use super::{clear, find, host, wait_for, LIMIT};

/// Mounts the whole widget into a new host with the given `data-` options; does not
/// wait for it to render.
pub fn mount_app(attrs: &[(&str, &str)]) -> Element {
    let root = host(attrs);
    second_chance::mount(root.clone());
    root
}

/// Clears `namespace`, mounts the widget there opening on `step` (a step key such as
/// `"write"`), and waits until `ready` (a selector) shows.
pub async fn mounted(namespace: &str, step: &str, ready: &str) -> Element {
    clear(namespace);
    let root = mount_app(&[("data-namespace", namespace), ("data-first-step", step)]);
    wait_for(ready, LIMIT, || find(&root, ready).is_some()).await;
    root
}

/// Renders the component `C` alone with `props` into a new host element, and returns
/// the host once `C` has rendered its first element.
pub async fn mount<C: yew::BaseComponent>(props: C::Properties) -> Element {
    let root = host(&[]);
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    wait_for("the component's first render", LIMIT, || {
        root.first_element_child().is_some()
    })
    .await;
    root
}
