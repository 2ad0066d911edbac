//! `use_toggle`: the one hook behind every show/hide disclosure (the text version of
//! the offer, the per-line discounts): whether it is open, a callback that flips it,
//! and the `aria-expanded` value its button carries.

use yew::prelude::*;

/// A show/hide state. Cloning it is cheap; clones act on the same state.
#[derive(Clone, PartialEq)]
pub struct Toggle(UseStateHandle<bool>);

impl Toggle {
    /// Whether the content is shown.
    pub fn is_open(&self) -> bool {
        *self.0
    }

    /// Shows (`true`) or hides the content.
    pub fn set(&self, open: bool) {
        if *self.0 != open {
            self.0.set(open);
        }
    }

    /// A click handler that shows hidden content and hides shown content.
    pub fn flip(&self) -> Callback<MouseEvent> {
        let state = self.0.clone();
        Callback::from(move |_: MouseEvent| state.set(!*state))
    }
}

/// `aria-expanded` for a button whose content is `open`.
pub const fn aria_expanded(open: bool) -> &'static str {
    if open { "true" } else { "false" }
}

/// A show/hide state, open at first when `initially` is.
#[hook]
pub fn use_toggle(initially: bool) -> Toggle {
    Toggle(use_state(move || initially))
}
