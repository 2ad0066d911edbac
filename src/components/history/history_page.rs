//! `HistoryPage`: what the rep's own offers teach — won and lost by the discount
//! given and by the margin kept (a chart and a table each), how the sales lost on
//! price stood against the floor, and every decided offer with its figures. All of
//! it is the domain's `outcome::history` of the kept proposals; nothing leaves the
//! device.

use std::rc::Rc;

use best_offer_domain::money::format::{format_money, format_percent};
use best_offer_domain::outcome::history::history;
use yew::prelude::*;

use crate::components::history::band_chart::BandChart;
use crate::components::history::band_table::BandTable;
use crate::context::use_app;
use crate::messages::outcomes::{loss_reason, price_losses};
use crate::route::Route;
use crate::router::{follow_link, use_navigate};

/// The history view.
#[component]
pub fn HistoryPage() -> Html {
    let app = use_app();
    let state = app.state();
    let format = state.proposal().number_format;
    let said = history(&state.all_stored());
    let by_discount = Rc::new(said.by_discount.clone());
    let by_margin = Rc::new(said.by_margin.clone());
    let maybe = |p: Option<best_offer_domain::Percent>| {
        p.map_or_else(|| "—".to_string(), |p| format_percent(p, 1, format))
    };
    let back = follow_link(&use_navigate(), Route::Proposals);
    html! {
        <main class="history-page" id="history" data-ready="true" aria-labelledby="history-title">
            <div class="history-head">
                <h2 id="history-title">{ "What your outcomes say" }</h2>
                <a class="view-link" href={Route::Proposals.href()} id="back-to-proposals" onclick={back}>{ "← Proposals" }</a>
            </div>
            if said.decided.is_empty() {
                <p class="hint" id="history-empty">{ "No outcome is recorded yet. Mark sent offers as won or lost (with the competitor's price when you know it), and this view shows where you win and where you lose." }</p>
            } else {
                <p class="history-lead" id="price-losses">{ price_losses(&said.price_losses) }</p>
                <p class="hint chart-key"><span class="key-won">{ "■" }</span>{ " won  " }<span class="key-lost">{ "■" }</span>{ " lost" }</p>
                <div class="history-bands">
                    <div>
                        <BandChart id="chart-discount" title="Discount given" bands={Rc::clone(&by_discount)} />
                        <BandTable id="table-discount" caption="Won and lost by discount given" of="Discount" bands={by_discount} {format} />
                    </div>
                    <div>
                        <BandChart id="chart-margin" title="Margin kept" bands={Rc::clone(&by_margin)} />
                        <BandTable id="table-margin" caption="Won and lost by margin kept" of="Margin" bands={by_margin} {format} />
                    </div>
                </div>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Decided offers">
                    <table class="decided-table" id="decided-table">
                        <caption>{ format!("Decided offers ({})", said.decided.len()) }</caption>
                        <thead><tr>
                            <th scope="col">{ "Decided" }</th>
                            <th scope="col">{ "Customer" }</th>
                            <th scope="col">{ "Offer" }</th>
                            <th scope="col">{ "Outcome" }</th>
                            <th scope="col" class="num">{ "Offered" }</th>
                            <th scope="col" class="num">{ "Discount" }</th>
                            <th scope="col" class="num">{ "Margin" }</th>
                            <th scope="col" class="num">{ "Best offer then" }</th>
                            <th scope="col" class="num">{ "Their price" }</th>
                            <th scope="col" class="num">{ "Below your floor" }</th>
                        </tr></thead>
                        <tbody>
                            { for said.decided.iter().map(|one| {
                                let money = |v| format_money(v, one.currency, format);
                                html! {
                                    <tr key={format!("{}-{}", one.id, one.revision)}>
                                        <td data-label="Decided">{ one.decided_on.long() }</td>
                                        <td data-label="Customer">{ one.customer.clone() }</td>
                                        <td data-label="Offer">{ format!("{} rev. {}", one.number, one.revision) }</td>
                                        <td data-label="Outcome">{ one.lost.map_or_else(|| "Won".to_string(), |r| format!("Lost: {}", loss_reason(r).to_lowercase())) }</td>
                                        <td class="num" data-label="Offered">{ money(one.offered) }</td>
                                        <td class="num" data-label="Discount">{ maybe(one.discount) }</td>
                                        <td class="num" data-label="Margin">{ maybe(one.margin) }</td>
                                        <td class="num" data-label="Best offer then">{ one.best.map_or_else(|| "—".to_string(), money) }</td>
                                        <td class="num" data-label="Their price">{ one.competitor_price.map_or_else(|| "—".to_string(), money) }</td>
                                        <td class="num" data-label="Below your floor">{ one.gap_to_floor.map_or_else(|| "—".to_string(), |g| format_percent(best_offer_domain::Percent::new(g), 1, format)) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                if said.without_figures > 0 {
                    <p class="hint">{ format!("{} outcome(s) recorded before figures were kept are not counted.", said.without_figures) }</p>
                }
            }
        </main>
    }
}
