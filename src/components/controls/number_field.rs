//! `NumberField`: the one input used for every money, percent, quantity and term
//! field.
//!
//! It keeps the typed text locally, parses it with the domain crate's strict parser,
//! shows what is wrong next to the field (`aria-invalid`, `aria-describedby`), and
//! sends only valid values upward. Invalid text is never thrown away; the field
//! reports its validity so the board can mark its figures out of date.

use std::cell::Cell;
use std::rc::Rc;

use best_offer_domain::money::format::format_for_input;
use best_offer_domain::{NumberFormat, ParseError};
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::messages::Explain;

use crate::context::use_draft_at_mount;
use crate::dom_id;
use best_offer_domain::library::draft::DraftKey;

/// What a field holds, which decides how its text reads (the domain's rule).
pub use best_offer_domain::library::field::Reading as NumberKind;

/// The text a field shows for `value`: the currency's decimals for money, the
/// value's own decimals otherwise.
fn show(kind: NumberKind, value: Decimal, format: NumberFormat) -> String {
    let decimals = match kind {
        NumberKind::Money(currency) => currency.minor_units(),
        _ => 0,
    };
    format_for_input(value, decimals, format)
}

/// The unit shown inside the field, after the number.
fn suffix(kind: NumberKind) -> Option<&'static str> {
    match kind {
        NumberKind::Percent(_) => Some("%"),
        _ => None,
    }
}

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The field: its draft's key, and (through [`dom_id::field`]) its input's id.
    pub field: DraftKey,
    /// Visible label (or, with `hide_label`, the accessible name).
    pub label: AttrValue,
    /// Keeps the label for screen readers only (inside tables with headers).
    #[prop_or_default]
    pub hide_label: bool,
    /// What the field holds.
    pub kind: NumberKind,
    /// Number format for typing and showing.
    pub format: NumberFormat,
    /// The current valid value (`None`: empty).
    pub value: Option<Decimal>,
    /// Whether empty text is valid (sends `None`).
    #[prop_or_default]
    pub optional: bool,
    /// Shows a zero value as an empty field with the placeholder.
    #[prop_or_default]
    pub blank_zero: bool,
    /// Placeholder text.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Called with each new valid value.
    pub on_value: Callback<Option<Decimal>>,
    /// Called with the typed text while it does not parse (`None` once it does), so
    /// half-typed text is kept across reloads.
    pub on_draft: Callback<(DraftKey, Option<String>)>,
    /// Reference to the input, for focusing it.
    #[prop_or_default]
    pub node_ref: NodeRef,
    /// Extra class on the wrapper.
    #[prop_or_default]
    pub class: Classes,
    /// A short note under the field (e.g. the term in years).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Called on Enter (no modifier key), when set: a line's quantity moves down
    /// to the next line, as in a spreadsheet.
    #[prop_or_default]
    pub on_enter: Option<Callback<()>>,
}

fn initial_text(props: &NumberFieldProps) -> String {
    match props.value {
        Some(v) if props.blank_zero && v.is_zero() => String::new(),
        Some(v) => show(props.kind, v, props.format),
        None => String::new(),
    }
}

/// A labelled number input with strict parsing and an inline error message.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    // Half-typed text (from before a reload or a change of view) wins over the last
    // valid value.
    let draft = use_draft_at_mount(&props.field);
    let (kind, format) = (props.kind, props.format);
    let text = use_state(|| draft.clone().unwrap_or_else(|| initial_text(props)));
    let error = use_state(|| {
        draft
            .as_deref()
            .and_then(|d| kind.read(d, format).err())
            .map(|e| e.explain())
    });
    // Whether the text is not yet applied (it did not read), readable from callbacks.
    let invalid_now = use_mut_ref(|| Rc::new(Cell::new(draft.is_some())));

    let parse = {
        let (kind, format, optional) = (props.kind, props.format, props.optional);
        move |raw: &str| -> Result<Option<Decimal>, ParseError> {
            if optional && raw.trim().is_empty() {
                Ok(None)
            } else {
                kind.read(raw, format).map(Some)
            }
        }
    };

    // A new value from outside (another field, a lever switch, a format change)
    // replaces the text unless the text already says the same.
    {
        let text = text.clone();
        let error = error.clone();
        let shown = initial_text(props);
        let blank_zero = props.blank_zero;
        let on_draft = props.on_draft.clone();
        let id = props.field.clone();
        let invalid_now = invalid_now.borrow().clone();
        let on_value = props.on_value.clone();
        use_effect_with(
            (props.value, props.format, props.kind),
            move |(value, _, _)| {
                let pending = invalid_now.get();
                match parse(&text) {
                    // Text kept from before (or re-read under a new format or
                    // currency) reads now: it becomes the value, so the figures
                    // follow the visible text.
                    Ok(read) if pending => {
                        error.set(None);
                        invalid_now.set(false);
                        if read != *value {
                            on_value.emit(read);
                        }
                        on_draft.emit((id, None));
                    }
                    Ok(read) if read == *value => {}
                    _ if blank_zero && value.is_some_and(|v| v.is_zero()) && text.is_empty() => {}
                    // Unreadable text stays as typed until the rep fixes it.
                    Err(_) if pending => {}
                    _ => text.set(shown),
                }
            },
        );
    }

    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let on_value = props.on_value.clone();
        let on_draft = props.on_draft.clone();
        let id = props.field.clone();
        let current = props.value;
        let invalid_now = invalid_now.borrow().clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let raw = input.value();
            match parse(&raw) {
                Ok(value) => {
                    if error.is_some() {
                        error.set(None);
                    }
                    if invalid_now.replace(false) {
                        on_draft.emit((id.clone(), None));
                    }
                    if value != current {
                        on_value.emit(value);
                    }
                }
                Err(problem) => {
                    error.set(Some(problem.explain()));
                    invalid_now.set(true);
                    on_draft.emit((id.clone(), Some(raw.clone())));
                }
            }
            text.set(raw);
        })
    };

    // Leaving a valid field tidies its text ("1200" becomes "1,200.00").
    let onblur = {
        let text = text.clone();
        let shown = initial_text(props);
        let error = error.clone();
        Callback::from(move |_: FocusEvent| {
            if error.is_none() && *text != shown {
                text.set(shown.clone());
            }
        })
    };

    let id = dom_id::field(&props.field);
    let error_id = format!("{id}-error");
    let label_class = classes!(props.hide_label.then_some("visually-hidden"));
    let onkeydown = props.on_enter.clone().map(|on_enter| {
        Callback::from(move |event: KeyboardEvent| {
            let plain =
                !(event.shift_key() || event.ctrl_key() || event.alt_key() || event.meta_key());
            if event.key() == "Enter" && plain && !event.is_composing() {
                event.prevent_default();
                on_enter.emit(());
            }
        })
    });
    html! {
        <div class={classes!("field", "number-field", error.is_some().then_some("has-error"), props.class.clone())}>
            <label for={id.clone()} class={label_class}>{ props.label.clone() }</label>
            <div class="input-wrap">
                <input
                    ref={props.node_ref.clone()}
                    {id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={(*text).clone()}
                    placeholder={props.placeholder.clone()}
                    aria-invalid={if error.is_some() { "true" } else { "false" }}
                    aria-describedby={error.is_some().then(|| error_id.clone())}
                    {oninput}
                    {onblur}
                    {onkeydown}
                />
                if let Some(suffix) = suffix(props.kind) {
                    <span class="input-suffix" aria-hidden="true">{ suffix }</span>
                }
            </div>
            if let Some(message) = (*error).clone() {
                <p id={error_id} class="field-error" aria-live="polite">{ message }</p>
            }
            if let Some(hint) = props.hint.clone() {
                <p class="field-hint">{ hint }</p>
            }
        </div>
    }
}
