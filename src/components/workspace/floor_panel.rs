//! `FloorPanel`: how low the rep may go — minimum margin, walk-away price, the
//! nice-price step — with the floor price and largest discount shown live.

use best_offer_domain::library::draft::DraftKey;
use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::money::parse::PercentRule;
use best_offer_domain::pricing::FloorBasis;
use best_offer_domain::{Percent, PricingError};
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::controls::approval_bands::{ApprovalBands, BandsOf};
use crate::components::controls::nice_step_select::NiceStepSelect;
use crate::components::controls::number_field::{NumberField, NumberKind};
use crate::components::controls::stale_note::{OUT_OF_DATE, StaleNote};
use crate::context::{draft_callback, use_app};
use crate::messages::Explain;
use crate::view::Figures;

/// The floor settings and the live floor.
#[component]
pub fn FloorPanel() -> Html {
    let app = use_app();
    let proposal = app.proposal();
    let deal = &proposal.deal;
    let format = proposal.number_format;
    let figures = Figures {
        currency: deal.currency,
        format,
    };
    let on_draft = draft_callback(&app.dispatcher());
    let state = app.state();
    let stale = state.is_stale();
    let board = &state.board;
    // What the deal earns at list price, whatever the floor.
    let at_list = board.at_list.as_ref().ok().map(|list| {
        html! {
            <div class="at-list"><dt>{ "At list price" }</dt>
                <dd data-figure="list-margin">{ format!("margin {}", figures.maybe_percent(list.totals.margin)) }</dd>
                <dd data-figure="list-markup" class="muted">{ format!("markup {} · cost {}", figures.maybe_percent(list.totals.markup), figures.money(list.totals.cost)) }</dd></div>
        }
    });
    let live = match &board.best {
        Ok(best) => {
            let floor = &best.evaluation.floor;
            let basis = match floor.basis {
                FloorBasis::MinimumMargin => "set by your minimum margin",
                FloorBasis::WalkAway => "set by your walk-away price",
                FloorBasis::Cost => "your cost: your line caps set the floor",
            };
            html! {
                <>
                    <div><dt>{ "Lowest price (term)" }</dt><dd data-figure="floor-price">{ figures.money(floor.price) }</dd><dd class="muted">{ basis }</dd></div>
                    <div><dt>{ "Largest discount" }</dt><dd data-figure="floor-max-discount">{ figures.percent(floor.max_discount) }</dd><dd class="muted">{ "off the list price, keeping the floor" }</dd></div>
                </>
            }
        }
        Err(PricingError::FloorNotSet) => html! {
            <div class="floor-not-set" data-figure="floor-not-set"><dt>{ "Floor not set" }</dt>
                <dd>{ "Type a minimum margin (0 % counts), a walk-away price, or a maximum discount on every discountable line. Until then there is no best offer: cost alone is not a floor." }</dd></div>
        },
        Err(error) => {
            html! { <div><dt>{ "No floor yet" }</dt><dd>{ error.explain() }</dd></div> }
        }
    };
    html! {
        <section class="panel floor" aria-labelledby="floor-heading">
            <h2 id="floor-heading">{ "Your floor" }</h2>
            <p class="hint">{ "The price you must not go below. The best offer never breaks it." }</p>
            <div class="field-grid">
                <NumberField field={DraftKey::from(FieldKey::MinMargin)} label="Minimum margin" kind={NumberKind::Percent(PercentRule::MARGIN)} {format}
                    value={deal.floor.min_margin.map(Percent::points)} optional=true placeholder="none"
                    on_value={app.edit_with(|v: Option<Decimal>| Edit::MinMargin(v.map(Percent::new)))}
                    on_draft={on_draft.clone()} />
                <NumberField field={DraftKey::from(FieldKey::WalkAway)} label="Walk-away price (term total)" kind={NumberKind::Money(deal.currency)} {format}
                    value={deal.floor.walk_away} optional=true placeholder="none"
                    on_value={app.edit_with(Edit::WalkAway)} {on_draft} />
                <NiceStepSelect id="nice-step" value={deal.nice_step} {figures} on_change={app.edit_with(Edit::NiceStep)} />
            </div>
            <StaleNote {stale} />
            <dl class={classes!("floor-live", stale.then_some(OUT_OF_DATE))} aria-live="polite">
                { live }
                { for at_list }
            </dl>
            <ApprovalBands approval={deal.approval.clone()} {format} of={BandsOf::Proposal}
                on_edit={app.edit_with(Edit::Approval)} on_draft={draft_callback(&app.dispatcher())} />
        </section>
    }
}
