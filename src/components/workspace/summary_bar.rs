//! `SummaryBar`: on phones, the floor and the best offer in one bar that stays in
//! view while the rep scrolls the workspace, so a change to a line far down the
//! page shows its effect without scrolling back.

use best_offer_domain::PricingError;
use yew::prelude::*;

use crate::components::controls::stale_note::OUT_OF_DATE;
use crate::context::use_app;
use crate::messages::Explain;
use crate::view::Figures;

/// The floor and the best offer of the open proposal.
#[component]
pub fn SummaryBar() -> Html {
    let app = use_app();
    let state = app.state();
    let proposal = app.proposal();
    let figures = Figures::of(&proposal);
    let stale = state.is_stale();
    let content = match &state.board.best {
        Ok(best) => {
            let evaluation = &best.evaluation;
            html! {
                <>
                    <div><dt>{ "Floor" }</dt><dd data-summary="floor">{ figures.money(evaluation.floor.price) }</dd></div>
                    <div class="summary-best"><dt>{ "★ Best offer" }</dt>
                        <dd data-summary="best">{ figures.money(evaluation.totals.net) }</dd>
                        <dd class="summary-detail" data-summary="best-discount">{ format!("{} off", figures.percent(evaluation.totals.discount)) }</dd></div>
                </>
            }
        }
        Err(PricingError::FloorNotSet) => html! {
            <div><dt>{ "Floor" }</dt><dd data-summary="floor">{ "not set: no best offer yet" }</dd></div>
        },
        Err(error) => html! {
            <div><dt>{ "Best offer" }</dt><dd data-summary="best">{ error.explain() }</dd></div>
        },
    };
    html! {
        <aside class="summary-bar no-print" aria-label="Floor and best offer">
            <dl class={classes!(stale.then_some(OUT_OF_DATE))}>{ content }</dl>
            // In words as well as in colour, like every block of stale figures.
            if stale {
                <p class="stale-tag summary-stale" data-summary="stale">{ "out of date: a field does not read" }</p>
            }
        </aside>
    }
}
