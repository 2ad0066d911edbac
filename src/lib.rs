//! Best Offer, the Yew app: the browser side of the proposal calculator.
//!
//! Data flows one way: an input event becomes a typed [`state::Action`], the
//! reducer applies it through the pure domain crate and recalculates the board, and
//! components render the new state. The modules live in a library (not in
//! `main.rs`) so native tests under `tests/` can render components with Yew's
//! server renderer.

pub mod action;
pub mod app;
pub mod calendar;
pub mod components;
pub mod compression;
pub mod context;
pub mod dom_id;
pub mod export;
pub mod media;
pub mod messages;
pub mod notice;
pub mod platform;
pub mod route;
pub mod router;
pub mod split;
pub mod state;
pub mod storage;
pub mod toggle;
pub mod undo;
pub mod view;

/// Mounts the app into the `#app` element of `index.html`, replacing the static
/// loading shell; falls back to `<body>` if the element is missing.
pub fn start() {
    // The Wasm is fetched, compiled and instantiated: the app's own start begins.
    platform::mark("bo-start");
    // A customer link writes nothing to the browser, not even the offline cache, and
    // its reader is the customer: the static header's words for the rep go.
    if best_offer_domain::offer::link::payload_of(&platform::location_hash()).is_none() {
        platform::register_service_worker();
    } else {
        platform::hide_rep_introduction();
    }
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}

/// Mounts the customer's viewer (a Wasm of its own, `src/bin/viewer.rs`) into the
/// `#app` element: the offer a customer link carries, and nothing of the rep's app.
/// The static header's words for the rep go; no service worker is registered (a
/// customer link writes nothing to the browser).
pub fn start_viewer() {
    use components::offer::customer_viewer::CustomerViewer;
    platform::mark("bo-start");
    platform::hide_rep_introduction();
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<CustomerViewer>::with_root(root).render(),
        None => yew::Renderer::<CustomerViewer>::new().render(),
    };
}
