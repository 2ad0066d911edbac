//! `NumberField`: the one input used for every money, percent, quantity and term
//! field.
//!
//! It keeps the typed text locally, parses it with the domain crate's strict parser,
//! shows what is wrong next to the field (`aria-invalid`, `aria-describedby`), and
//! sends only valid values upward. Invalid text is never thrown away; the field
//! reports its validity so the board can mark its figures out of date.

use std::cell::Cell;
use std::rc::Rc;

use best_offer_domain::format::format_for_input;
use best_offer_domain::parse::{
    PercentRule, parse_money, parse_percent, parse_quantity, parse_term_months,
};
use best_offer_domain::{Currency, NumberFormat, ParseError};
use rust_decimal::Decimal;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::use_opened_draft;

/// What a field holds, which decides how its text is parsed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberKind {
    /// An amount in a currency (its minor units limit the decimals).
    Money(Currency),
    /// A percentage with its range rule.
    Percent(PercentRule),
    /// A line quantity.
    Quantity,
    /// A term in whole months.
    TermMonths,
}

impl NumberKind {
    fn parse(self, text: &str, format: NumberFormat) -> Result<Decimal, ParseError> {
        match self {
            NumberKind::Money(currency) => parse_money(text, currency, format),
            NumberKind::Percent(rule) => parse_percent(text, rule, format).map(|p| p.points()),
            NumberKind::Quantity => parse_quantity(text, format),
            NumberKind::TermMonths => parse_term_months(text, format).map(Decimal::from),
        }
    }

    fn show(self, value: Decimal, format: NumberFormat) -> String {
        let decimals = match self {
            NumberKind::Money(currency) => currency.minor_units(),
            _ => 0,
        };
        format_for_input(value, decimals, format)
    }

    fn suffix(self) -> Option<&'static str> {
        match self {
            NumberKind::Percent(_) => Some("%"),
            _ => None,
        }
    }
}

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// DOM id of the input; also the field's key for validity tracking.
    pub id: AttrValue,
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
    pub on_draft: Callback<(AttrValue, Option<String>)>,
    /// Reference to the input, for focusing it.
    #[prop_or_default]
    pub node_ref: NodeRef,
    /// Extra class on the wrapper.
    #[prop_or_default]
    pub class: Classes,
    /// A short note under the field (e.g. the term in years).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

fn initial_text(props: &NumberFieldProps) -> String {
    match props.value {
        Some(v) if props.blank_zero && v.is_zero() => String::new(),
        Some(v) => props.kind.show(v, props.format),
        None => String::new(),
    }
}

/// A labelled number input with strict parsing and an inline error message.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    // Half-typed text from before a reload wins over the last valid value.
    let draft = use_opened_draft(&props.id);
    let (kind, format) = (props.kind, props.format);
    let text = use_state(|| draft.clone().unwrap_or_else(|| initial_text(props)));
    let error = use_state(|| {
        draft
            .as_deref()
            .and_then(|d| kind.parse(d, format).err())
            .map(|e| e.to_string())
    });
    // Whether the field is invalid right now, readable from the unmount clean-up.
    let invalid_now = use_mut_ref(|| Rc::new(Cell::new(error.is_some())));

    let parse = {
        let (kind, format, optional) = (props.kind, props.format, props.optional);
        move |raw: &str| -> Result<Option<Decimal>, ParseError> {
            if optional && raw.trim().is_empty() {
                Ok(None)
            } else {
                kind.parse(raw, format).map(Some)
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
        let id = props.id.clone();
        let invalid_now = invalid_now.borrow().clone();
        use_effect_with(
            (props.value, props.format, props.kind),
            move |(value, _, _)| {
                let agrees = parse(&text).ok() == Some(*value)
                    || (blank_zero && value.is_some_and(|v| v.is_zero()) && text.is_empty());
                if !agrees && error.is_none() {
                    text.set(shown);
                } else if error.is_some() && parse(&text).is_ok() {
                    // Re-validated under a new format or currency.
                    error.set(None);
                    invalid_now.set(false);
                    on_draft.emit((id, None));
                }
            },
        );
    }

    // A field removed while invalid must not leave the board marked out of date.
    {
        let on_draft = props.on_draft.clone();
        let id = props.id.clone();
        let invalid_now = invalid_now.borrow().clone();
        use_effect_with((), move |_| {
            move || {
                if invalid_now.get() {
                    on_draft.emit((id, None));
                }
            }
        });
    }

    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let on_value = props.on_value.clone();
        let on_draft = props.on_draft.clone();
        let id = props.id.clone();
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
                    error.set(Some(problem.to_string()));
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

    let error_id = format!("{}-error", props.id);
    let label_class = classes!(props.hide_label.then_some("visually-hidden"));
    html! {
        <div class={classes!("field", "number-field", error.is_some().then_some("has-error"), props.class.clone())}>
            <label for={props.id.clone()} class={label_class}>{ props.label.clone() }</label>
            <div class="input-wrap">
                <input
                    ref={props.node_ref.clone()}
                    id={props.id.clone()}
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
                />
                if let Some(suffix) = props.kind.suffix() {
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
