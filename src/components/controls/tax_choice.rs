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

/// The tax choice that fits the rate.
#[component]
pub fn TaxChoice(props: &TaxChoiceProps) -> Html {
    let index_of = |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        select.selected_index()
    };
    if props.rate.is_some() {
        let id = format!("{}-tax-rounding", props.id);
        let on_change = props.on_rounding.reform(move |event: Event| {
            let index = usize::try_from(index_of(event)).unwrap_or(0);
            TaxRounding::ALL.get(index).copied().unwrap_or_default()
        });
        html! {
            <div class="field">
                <label for={id.clone()}>{ "Tax is rounded" }</label>
                <select {id} onchange={on_change}>
                    { for TaxRounding::ALL.into_iter().map(|choice| html! {
                        <option selected={choice == props.rounding}>{ rounding_label(choice) }</option>
                    }) }
                </select>
            </div>
        }
    } else {
        let id = format!("{}-tax-statement", props.id);
        let on_change = props.on_statement.reform(move |event: Event| {
            let index = usize::try_from(index_of(event)).unwrap_or(0);
            TaxStatement::ALL.get(index).copied().unwrap_or_default()
        });
        html! {
            <div class="field">
                <label for={id.clone()}>{ "With no tax rate, the offer says" }</label>
                <select {id} onchange={on_change}>
                    { for TaxStatement::ALL.into_iter().map(|choice| html! {
                        <option selected={choice == props.statement}>{ statement_label(choice) }</option>
                    }) }
                </select>
            </div>
        }
    }
}
