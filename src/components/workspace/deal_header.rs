//! `DealHeader`: who the proposal is for and the deal's settings (currency, number
//! format, term, tax).

use best_offer_domain::Percent;
use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::parse::PercentRule;
use best_offer_domain::pricing::deal::term_in_words;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::controls::currency_select::CurrencySelect;
use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::number_format_select::NumberFormatSelect;
use crate::components::controls::text_field::TextField;
use crate::context::{draft_callback, use_app};

/// The deal's identity and settings.
#[component]
pub fn DealHeader() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let deal = &proposal.deal;
    let format = proposal.number_format;
    let on_draft = draft_callback(&app.dispatcher());

    let term_words = term_in_words(deal.term_months);
    html! {
        <section class="panel deal-header" aria-labelledby="deal-heading">
            <h2 id="deal-heading">{ "Deal" }</h2>
            <div class="field-grid">
                <TextField id="customer" label="Customer" value={AttrValue::from(proposal.customer.clone())}
                    placeholder="Buyer company" on_change={app.edit_with(Edit::Customer)} />
                <TextField id="deal-name" label="Deal name" value={AttrValue::from(proposal.deal_name.clone())}
                    placeholder="e.g. Analytics rollout" on_change={app.edit_with(Edit::DealName)} />
                <CurrencySelect id="currency" value={deal.currency} on_change={app.edit_with(Edit::Currency)} />
                <NumberFormatSelect id="number-format" value={format} on_change={app.edit_with(Edit::NumberFormat)} />
                <NumberField field={DraftKey::from(FieldKey::TermMonths)} label="Term (months)" kind={NumberKind::TermMonths} {format}
                    value={Some(Decimal::from(deal.term_months))}
                    on_value={app.edit_with(|v: Option<Decimal>| Edit::TermMonths(
                        v.and_then(|v| u32::try_from(v.mantissa()).ok()).unwrap_or(12)))}
                    hint={Some(AttrValue::from(term_words))}
                    on_draft={on_draft.clone()} />
                <NumberField field={DraftKey::from(FieldKey::TaxRate)} label="Tax rate (shown on the offer)" kind={NumberKind::Percent(PercentRule::TAX)} {format}
                    value={deal.tax_rate.map(Percent::points)} optional=true placeholder="none"
                    on_value={app.edit_with(|v: Option<Decimal>| Edit::TaxRate(v.map(Percent::new)))}
                    {on_draft} />
            </div>
        </section>
    }
}
