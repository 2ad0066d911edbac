//! `ScenarioBoard`: the best offer and every scenario side by side, one column
//! each, with every figure the engine computes — and the per-line overrides.
//!
//! On phones ([`use_phone`]) the columns become cards, the best offer first, each
//! with its lever, price, discount, margin and floor; every figure stays one tap
//! away, one block per figure, so nothing is read by scrolling sideways.

use best_offer_domain::library::edit::Edit;
use best_offer_domain::library::field::FieldKey;
use best_offer_domain::limits::MAX_SCENARIOS;
use best_offer_domain::offer::details::OfferChoice;
use best_offer_domain::outcome::history::lost_before;
use best_offer_domain::pricing::FloorStanding;
use yew::prelude::*;

use crate::components::controls::stale_note::{OUT_OF_DATE, StaleNote};
use crate::components::controls::undo_remove::UndoRemove;
use crate::components::lazy_view::LazyView;
use crate::components::workspace::board_view::{BoardColumn, BoardView, CARD_ROWS, board_view};
use crate::components::workspace::offer_choice_mark::OfferChoiceMark;
use crate::components::workspace::scenario_header::ScenarioHeader;
use crate::context::use_app;
use crate::media::use_phone;
use crate::messages::outcomes::lost_before_line;
use crate::split::views;
use crate::state::RemovedKind;
use crate::toggle::{aria_expanded, use_toggle};

/// Whether a column keeps the floor, as a badge.
fn floor_badge(standing: Option<FloorStanding>) -> Html {
    let Some(standing) = standing else {
        return html! { "—" };
    };
    match standing {
        FloorStanding::BelowCost => {
            html! { <span class="badge badge-danger">{ "✕ Below cost" }</span> }
        }
        FloorStanding::Below => {
            html! { <span class="badge badge-danger">{ "✕ Below floor" }</span> }
        }
        FloorStanding::Keeps => html! { <span class="badge badge-ok">{ "✓ Keeps floor" }</span> },
        FloorStanding::NotSet => {
            html! { <span class="badge badge-muted">{ "Floor not set" }</span> }
        }
    }
}

/// The scenario board.
#[component]
pub fn ScenarioBoard() -> Html {
    let app = use_app();
    // Open when a per-line discount holds unreadable text, so "Fix this field" can
    // reach it and the text is in sight.
    let has_override_draft = app
        .state()
        .drafts()
        .keys()
        .any(|field| matches!(field, FieldKey::Override(..)));
    let show_overrides = use_toggle(has_override_draft);
    let show_comparison = use_toggle(false);
    let phone = use_phone();
    let state = app.state();
    let proposal = app.proposal();
    let deal = &proposal.deal;
    let board = &state.board;
    let dispatch = app.dispatcher();

    let BoardView {
        rows,
        columns,
        deal_problem,
        best_note,
    } = board_view(&proposal, board);
    let cell_class = |column: &BoardColumn| {
        classes!(
            "figure",
            (column.key == "best").then_some("best-column"),
            column.below().then_some("below-floor")
        )
    };
    let can_remove = proposal.scenarios.len() > 1;
    let can_add = proposal.scenarios.len() < MAX_SCENARIOS;
    let toggle = show_overrides.flip();
    let figures_of = if phone {
        html! {
            <>
                <div class="scenario-cards">
                    { for columns.iter().enumerate().map(|(i, column)| {
                        let scenario = i.checked_sub(1).and_then(|s| proposal.scenarios.get(s));
                        let head = match scenario {
                            None => html! {
                                <div class="scenario-header best-header">
                                    <h3 class="best-title">{ "★ Best offer" }</h3>
                                    <p class="best-note">{ best_note.clone() }</p>
                                </div>
                            },
                            Some(scenario) => html! {
                                <>
                                <h3>{ format!("Scenario {i}: {}", column.title) }</h3>
                                <ScenarioHeader scenario={scenario.clone()} number={i}
                                    currency={deal.currency} format={proposal.number_format} {can_remove}
                                    problem={column.figures.as_ref().err().cloned().flatten().map(AttrValue::from)}
                                    below_floor={column.below()} dispatch={dispatch.clone()} />
                                </>
                            },
                        };
                        let choice = scenario.map_or(OfferChoice::BestOffer, |s| OfferChoice::Scenario(s.id));
                        html! {
                            <article key={column.key.clone()} data-column={column.key.clone()} aria-label={column.title.clone()}
                                class={classes!("scenario-card", (column.key == "best").then_some("best-column"), column.below().then_some("below-floor"))}>
                                { head }
                                <dl class={classes!("card-figures", state.is_stale().then_some(OUT_OF_DATE))}>
                                    { for rows.iter().enumerate().filter(|(_, row)| CARD_ROWS.contains(&row.key)).map(|(n, row)| html! {
                                        <div class={classes!(row.strong.then_some("strong"))}>
                                            <dt>{ row.label }</dt>
                                            <dd data-column={column.key.clone()} data-figure={row.key}>{ column.figure(n) }</dd>
                                        </div>
                                    }) }
                                    <div><dt>{ "Floor" }</dt><dd data-column={column.key.clone()} data-figure="floor-status">{ floor_badge(column.standing) }</dd></div>
                                </dl>
                                <OfferChoiceMark {choice} chosen={proposal.offer.choice} options={proposal.has_options()} name={AttrValue::from(column.title.clone())} dispatch={dispatch.clone()} />
                            </article>
                        }
                    }) }
                </div>
                <button type="button" class="link-button" aria-expanded={aria_expanded(show_comparison.is_open())}
                    aria-controls="figure-comparison" onclick={show_comparison.flip()}>
                    { if show_comparison.is_open() { "Hide the comparison" } else { "Compare every figure…" } }
                </button>
                if show_comparison.is_open() {
                    // One block per figure, a row per column: every figure of the wide
                    // board, read down the page.
                    <table id="figure-comparison" class={classes!("comparison", state.is_stale().then_some(OUT_OF_DATE))}>
                        <caption class="visually-hidden">{ "Every figure of the best offer and each scenario" }</caption>
                        { for rows.iter().enumerate().map(|(n, row)| html! {
                            <tbody key={row.key}>
                                <tr><th colspan="2" scope="rowgroup" class="figure-name">{ row.label }</th></tr>
                                { for columns.iter().map(|column| html! {
                                    <tr class={classes!(column.below().then_some("below-floor"))}>
                                        <th scope="row">{ column.title.clone() }</th>
                                        <td class="figure" data-compare-column={column.key.clone()} data-compare-figure={row.key}>{ column.figure(n) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        }) }
                    </table>
                }
            </>
        }
    } else {
        html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label="Scenario board (scrolls sideways)">
                <table class={classes!("board-table", state.is_stale().then_some(OUT_OF_DATE))}>
                    <caption class="visually-hidden">{ "Best offer and scenarios compared; one column each" }</caption>
                    <thead>
                        <tr>
                            <td class="corner"></td>
                            <th scope="col" class="best-column" data-column="best">
                                <div class="scenario-header best-header">
                                    <p class="best-title">{ "★ Best offer" }</p>
                                    <p class="best-note">{ best_note }</p>
                                    <OfferChoiceMark choice={OfferChoice::BestOffer} chosen={proposal.offer.choice} options={proposal.has_options()} name="the best offer" dispatch={dispatch.clone()} />
                                </div>
                            </th>
                            { for proposal.scenarios.iter().zip(columns.iter().skip(1)).enumerate().map(|(i, (scenario, column))| html! {
                                <th scope="col" key={scenario.id.0} data-column={column.key.clone()} class={classes!(column.below().then_some("below-floor"))}>
                                    <ScenarioHeader scenario={scenario.clone()} number={i.saturating_add(1)}
                                        currency={deal.currency} format={proposal.number_format} {can_remove}
                                        problem={column.figures.as_ref().err().cloned().flatten().map(AttrValue::from)}
                                        below_floor={column.below()} dispatch={dispatch.clone()} />
                                    <OfferChoiceMark choice={OfferChoice::Scenario(scenario.id)} chosen={proposal.offer.choice} options={proposal.has_options()}
                                        name={AttrValue::from(column.title.clone())} dispatch={dispatch.clone()} />
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().enumerate().map(|(n, row)| html! {
                            <tr class={classes!(row.strong.then_some("strong"))}>
                                <th scope="row">{ row.label }</th>
                                { for columns.iter().map(|column| html! {
                                    <td class={cell_class(column)} data-column={column.key.clone()} data-figure={row.key}>
                                        { column.figure(n) }
                                    </td>
                                }) }
                            </tr>
                        }) }
                        <tr class="floor-status">
                            <th scope="row">{ "Floor" }</th>
                            { for columns.iter().map(|column| html! {
                                <td class={cell_class(column)} data-column={column.key.clone()} data-figure="floor-status">
                                    { floor_badge(column.standing) }
                                </td>
                            }) }
                        </tr>
                    </tbody>
                </table>
            </div>
        }
    };

    html! {
        <section class="panel board" aria-labelledby="board-heading">
            <div class="section-head">
                <h2 id="board-heading">{ "Scenarios" }</h2>
                if can_add {
                    <button type="button" class="button secondary" onclick={app.edit_with(|_: MouseEvent| Edit::AddScenario)}>{ "+ Add scenario" }</button>
                }
            </div>
            if let Some(problem) = deal_problem.clone() {
                <p class="notice" role="status">{ problem }</p>
            }
            // A lost deal that came back: what it was lost at, to whom, at what price.
            if let Some(lost) = lost_before(&state.library.record.sent) {
                <p class="lost-before" id="lost-before">{ lost_before_line(&lost, state.board.best.as_ref().ok().map(|b| b.evaluation.totals.net), proposal.number_format) }</p>
            }
            <UndoRemove kind={RemovedKind::Scenario} />
            <StaleNote stale={state.is_stale()} />
            { figures_of }
            <button type="button" class="link-button" aria-expanded={aria_expanded(show_overrides.is_open())}
                aria-controls="line-overrides" onclick={toggle}>
                { if show_overrides.is_open() { "Hide per-line discounts" } else { "Set per-line discounts…" } }
            </button>
            if show_overrides.is_open() {
                <LazyView split={&views::LINE_OVERRIDES} />
            }
        </section>
    }
}
