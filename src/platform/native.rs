//! The native half of the platform (native tests): the same functions as
//! `browser.rs`, with the machine's clock in UTC and no page to act on. What has
//! no meaning without a browser (print, focus, the clipboard, files) does nothing
//! or says it cannot, never panics.

use std::sync::atomic::{AtomicU32, Ordering};

use best_offer_domain::offer::PageMargins;
use best_offer_domain::offer::logo::Logo;

/// Milliseconds since 1970-01-01 UTC.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The time zone's offset from UTC: natively the clock is UTC.
pub fn utc_offset_minutes(_ms: i64) -> i32 {
    0
}

/// A number for ids: a counter, unique within the process.
pub fn random_u32() -> u32 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// No performance timeline outside a browser.
pub fn mark(_name: &str) {}

/// No performance timeline outside a browser.
pub fn measure(_name: &str, _start: &str) {}

/// No print dialog outside a browser.
pub fn print() {}

/// No element to focus outside a browser.
pub fn focus_now(_id: &str, _scroll: bool) -> bool {
    false
}

/// No elements outside a browser.
pub fn has_element(_id: &str) -> bool {
    false
}

/// No element to show outside a browser.
pub fn show_section(_id: &str) {}

/// No location outside a browser: no fragment.
pub fn location_hash() -> String {
    String::new()
}

/// No static header outside a browser.
pub fn hide_rep_introduction() {}

/// The link's address relative to the app's folder (no page address outside a
/// browser).
pub fn link_address(payload: &str) -> String {
    best_offer_domain::offer::link::link_address("", payload)
}

/// No clipboard outside a browser: `done` hears that nothing was copied.
pub fn copy_text(_text: String, done: yew::Callback<bool>) {
    done.emit(false);
}

/// No printed pages outside a browser.
pub fn set_print_margins(_margins: &PageMargins) {}

/// No downloads outside a browser.
pub fn download_as(_filename: &str, _text: &str, _media_type: &str) {}

/// Files are read by the browser: natively, none can be read.
pub fn read_text(_file: web_sys::File, done: yew::Callback<Result<String, String>>) {
    done.emit(Err("Files can only be read in a browser.".into()));
}

/// Images are decoded by the browser: natively, none can be read.
pub fn read_logo(_file: web_sys::File, done: yew::Callback<Result<Logo, String>>) {
    done.emit(Err("Images can only be read in a browser.".into()));
}

/// No service worker outside a browser.
pub fn register_service_worker() {}

/// No updates to hear of outside a browser.
pub fn on_app_update(_announce: yew::Callback<()>) -> Option<gloo::events::EventListener> {
    None
}

/// No address to follow outside a browser.
pub fn on_hash_change(_changed: yew::Callback<()>) -> Option<gloo::events::EventListener> {
    None
}

/// No page to load again outside a browser.
pub fn reload() {}

/// Text in lower case (Rust's Unicode rules, as the browser's).
pub fn lowercase(text: &str) -> String {
    text.to_lowercase()
}

/// Natively there is no cursor.
pub fn nothing_focused() -> bool {
    false
}

/// Natively there is no event loop to run a future on: it is dropped (the views
/// built on demand are here at once, see `crate::split`).
pub fn run_soon(_future: impl std::future::Future<Output = ()> + 'static) {}
