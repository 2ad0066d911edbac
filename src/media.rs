//! `use_phone`: whether the window is phone-narrow, following rotation and resizing.
//!
//! Most of the phone layout is CSS (`styles/desk.css`, "Phone"; the written offer's in `styles/base.css`). Where the phone
//! shows other elements rather than the same ones laid out anew (the scenario cards
//! instead of the board's columns of fields), the component asks this hook: the
//! same field rendered twice would give two elements one id.

use yew::prelude::*;

/// The phone layout's breakpoint; the same width as the CSS's `@media` rules.
pub const PHONE_QUERY: &str = "(max-width: 700px)";

/// Whether [`PHONE_QUERY`] matches now (never outside a browser).
fn matches_now() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|window| window.match_media(PHONE_QUERY).ok().flatten())
            .is_some_and(|list| list.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Whether the phone layout applies; the component re-renders when that changes.
#[hook]
pub fn use_phone() -> bool {
    let phone = use_state(matches_now);
    {
        let phone = phone.setter();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listener = web_sys::window()
                .and_then(|window| window.match_media(PHONE_QUERY).ok().flatten())
                .map(|list| {
                    gloo::events::EventListener::new(&list, "change", move |_| {
                        phone.set(matches_now());
                    })
                });
            #[cfg(not(target_arch = "wasm32"))]
            let listener = {
                let _ = phone;
                None::<String>
            };
            // Dropping the listener stops it when the component goes.
            move || drop(listener)
        });
    }
    *phone
}
