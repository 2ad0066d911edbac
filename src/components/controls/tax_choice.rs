//! `TaxChoice`: beside a tax rate, what the offer says of tax — with a rate, whether
//! it is rounded on the total or per line; without one, whether prices exclude tax
//! (the default: "zzgl. MwSt.", "HT") or include it. Used by the deal and by Your
//! details.

use best_offer_domain::Percent;
use best_offer_domain::pricing::tax::{TaxRounding, TaxStatement};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of [`TaxChoice`].
#[derive(Properties, PartialEq)]
pub struct TaxChoiceProps {
    /// Prefix of the select's id (`deal`, `profile`).
    pub id: AttrValue,
    /// The tax rate, if any: it decides which choice is shown.
    pub rate: Option<Percent>,
    /// How tax is rounded.
    pub rounding: TaxRounding,
    /// What an offer without a rate says.
    pub statement: TaxStatement,
    /// Called with a new rounding.
    pub on_rounding: Callback<TaxRounding>,
    /// Called with a new statement.
    pub on_statement: Callback<TaxStatement>,
}

const fn rounding_label(rounding: TaxRounding) -> &'static str {
    match rounding {
        TaxRounding::OnTotal => "Once, on the total",
        TaxRounding::PerLine => "Per line, then summed",
    }
}

const fn statement_label(statement: TaxStatement) -> &'static str {
    match statement {
        TaxStatement::Excluded => "Prices exclude tax",
        TaxStatement::Included => "Prices include tax",
    }
}

/// A labelled select of `all`, `current` selected, calling `on_change` with the
/// one picked.
fn choice<T: Copy + PartialEq + 'static>(
    id: String,
    label: &'static str,
    all: &'static [T],
    current: T,
    name: fn(T) -> &'static str,
    on_change: &Callback<T>,
) -> Html {
    let onchange = on_change.reform(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let index = usize::try_from(select.selected_index()).unwrap_or(0);
        all.get(index).copied().unwrap_or(current)
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <select {id} {onchange}>
                { for all.iter().map(|option| html! {
                    <option selected={*option == current}>{ name(*option) }</option>
                }) }
            </select>
        </div>
    }
}

/// The tax choice that fits the rate.
#[component]
pub fn TaxChoice(props: &TaxChoiceProps) -> Html {
    if props.rate.is_some() {
        choice(
            format!("{}-tax-rounding", props.id),
            "Tax is rounded",
            &TaxRounding::ALL,
            props.rounding,
            rounding_label,
            &props.on_rounding,
        )
    } else {
        choice(
            format!("{}-tax-statement", props.id),
            "With no tax rate, the offer says",
            &TaxStatement::ALL,
            props.statement,
            statement_label,
            &props.on_statement,
        )
    }
}
