//! The DOM ids the app gives to elements other components point at (with
//! `aria-describedby`, focus requests or `aria-controls`), written in one place.

/// The paragraph that says why the written offer cannot go out yet.
pub const NOT_READY_REASON: &str = "offer-not-ready-reason";
