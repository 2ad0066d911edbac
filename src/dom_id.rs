//! Every DOM id the app makes from a typed identity, and the ids of elements other
//! components point at (with `aria-describedby`, focus requests or `aria-controls`),
//! written in one place. A field's id is its key's one string form
//! ([`DraftKey`]'s `Display`), so the id on the page and the key of its draft in the
//! file are the same text.

use best_offer_domain::library::draft::{DraftKey, FocusTarget};

/// The paragraph that says why the written offer cannot go out yet.
pub const NOT_READY_REASON: &str = "offer-not-ready-reason";

/// The DOM id of a number field's input.
pub fn field(key: &DraftKey) -> String {
    key.to_string()
}

/// The DOM id of what a focus request points at.
pub fn of(target: &FocusTarget) -> String {
    target.to_string()
}
