//! `DealHeader`: who the proposal is for and the deal's settings (currency, number
//! format, term, tax).

use crate::messages::labels::term_in_words;
use best_offer_domain::Percent;
use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::parse::PercentRule;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::controls::currency_select::CurrencySelect;
use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::number_format_select::NumberFormatSelect;
use crate::components::controls::tax_choice::TaxChoice;
use crate::components::controls::text_field::TextField;
use crate::context::{draft_callback, use_app};
use crate::state::Action;

/// The deal's identity and settings.
#[component]
pub fn DealHeader() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let deal = &proposal.deal;
    let format = proposal.number_format;
    let on_draft = draft_callback(&app.dispatcher());

    let term_words = term_in_words(deal.term_months);
    // Repeat business: a blank proposal for a customer offered to before can start
    // from the last proposal made for them.
    let past = app.state().library.past_of_customer();
    let repeat = past.first().map(|last| {
        let id = last.id.clone();
        let start = app.action_with(move |_: MouseEvent| Action::StartFrom(id.clone()));
        let more = match past.len() {
            1 => String::new(),
            n => format!(
                " ({} other proposals for this customer are in Proposals.)",
                n.saturating_sub(1)
            ),
        };
        html! {
            <p class="field-hint repeat-offer" id="repeat-offer">
                { format!("{} was offered “{}” ({}). ", proposal.customer.trim(), last.label, last.number) }
                <button type="button" class="link-button" id="start-from-past" onclick={start}>
                    { "Start from it" }</button>
                { more }
            </p>
        }
    });
    html! {
        <section class="panel deal-header" aria-labelledby="deal-heading">
            <h2 id="deal-heading">{ "Deal" }</h2>
            <div class="field-grid">
                // The offer to start from a past proposal sits right under the
                // customer: the next stop of the cursor after typing the name.
                <div class="customer-field">
                    <TextField id="customer" label="Customer" value={AttrValue::from(proposal.customer.clone())}
                        placeholder="Buyer company" on_change={app.edit_with(Edit::Customer)} />
                    // Always there, so the field beside it is never re-made (and
                    // keeps the cursor) when the offer appears.
                    <div class="repeat-slot" aria-live="polite">{ for repeat }</div>
                </div>
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
                <TaxChoice id="deal" rate={deal.tax_rate} rounding={deal.tax_rounding} statement={deal.tax_statement}
                    on_rounding={app.edit_with(Edit::TaxRounding)} on_statement={app.edit_with(Edit::TaxStatement)} />
            </div>
        </section>
    }
}
