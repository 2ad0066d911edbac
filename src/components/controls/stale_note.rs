//! `StaleNote`: the one way every block of figures says it is out of date — while a
//! field holds text that does not read, the figures follow the last values that did.
//! The same words and the same `out-of-date` styling (struck through, muted) in the
//! floor panel, the chart, the scenario board and the proposal list.

use yew::prelude::*;

/// The class a block of figures takes while it is out of date.
pub const OUT_OF_DATE: &str = "out-of-date";

/// Properties of [`StaleNote`].
#[derive(Properties, PartialEq)]
pub struct StaleNoteProps {
    /// Whether the figures are out of date (nothing is shown otherwise).
    pub stale: bool,
}

/// "Out of date" in words, next to figures computed from the last readable values.
#[component]
pub fn StaleNote(props: &StaleNoteProps) -> Html {
    if !props.stale {
        return html! {};
    }
    html! {
        <p class="stale-notice" role="status">
            <strong>{ "Out of date: " }</strong>
            { "a field does not read as a number. These figures are from the last values that did." }
        </p>
    }
}
