//! `PriceChart`: price and margin against the deal discount, with the floor line,
//! every scenario and the best offer marked. Inline SVG drawn by the app (no chart
//! library), styled by classes so it obeys the content security policy, with a
//! text alternative for screen readers.

use best_offer_domain::Percent;
use best_offer_domain::pricing::Evaluation;
use best_offer_domain::pricing::board::round_ticks;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use yew::prelude::*;

use crate::components::controls::stale_note::{OUT_OF_DATE, StaleNote};
use crate::context::use_app;
use crate::view::Figures;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 48.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// The drawing's box, `WIDTH` by `HEIGHT`, written out: formatting the `f64`s would
/// bring the standard library's float printing into the first screen's Wasm for this
/// one attribute (about 6 KB before `wasm-opt`, docs/performance.md).
const VIEW_BOX: &str = "0 0 640 300";

/// Pixel coordinates of the plot area (`f64` is fine here: these are pixels, not money).
struct Plot {
    range: f64,
    top_price: f64,
}

impl Plot {
    fn x(&self, discount: Percent) -> f64 {
        let d = discount.points().to_f64().unwrap_or(0.0);
        LEFT + (d / self.range).clamp(0.0, 1.0) * (WIDTH - LEFT - RIGHT)
    }

    fn y_price(&self, price: Decimal) -> f64 {
        let p = price.to_f64().unwrap_or(0.0);
        let share = if self.top_price > 0.0 {
            p / self.top_price
        } else {
            0.0
        };
        HEIGHT - BOTTOM - share.clamp(0.0, 1.0) * (HEIGHT - TOP - BOTTOM)
    }

    fn y_margin(&self, margin: Option<Percent>) -> f64 {
        let m = margin.and_then(|m| m.points().to_f64()).unwrap_or(0.0);
        HEIGHT - BOTTOM - (m / 100.0).clamp(0.0, 1.0) * (HEIGHT - TOP - BOTTOM)
    }
}

/// A coordinate with one decimal, written through integers: formatting an `f64`
/// directly would pull the float-printing machinery (~12 KB) into the Wasm bundle.
fn num(value: f64) -> String {
    // Saturating cast: any coordinate is within a few thousand pixels.
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The chart, or nothing until the deal can be priced.
#[component]
pub fn PriceChart() -> Html {
    let app = use_app();
    let state = app.state();
    let proposal = app.proposal();
    let figures = Figures::of(&proposal);
    let board = &state.board;
    let (Some(first), Some(last)) = (board.curve.first(), board.curve.last()) else {
        return html! {
            <section class="panel chart" aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ "Price and margin by discount" }</h2>
                <p class="hint">{ "The chart appears once the deal has a list price." }</p>
            </section>
        };
    };
    // Round ticks ($10,000 steps for a $62,000 deal); the axis ends on the last.
    let price_ticks = round_ticks(first.net);
    let top_tick = price_ticks.last().copied().unwrap_or(first.net);
    let plot = Plot {
        range: last.discount.points().to_f64().unwrap_or(100.0).max(1.0),
        top_price: top_tick.to_f64().unwrap_or(1.0).max(1.0),
    };
    let price_points: Vec<String> = board
        .curve
        .iter()
        .map(|p| format!("{},{}", num(plot.x(p.discount)), num(plot.y_price(p.net))))
        .collect();
    let margin_points: Vec<String> = board
        .curve
        .iter()
        .map(|p| {
            format!(
                "{},{}",
                num(plot.x(p.discount)),
                num(plot.y_margin(p.margin))
            )
        })
        .collect();
    let tick_step = if plot.range <= 30.0 {
        5.0
    } else if plot.range <= 60.0 {
        10.0
    } else {
        20.0
    };
    let x_ticks: Vec<f64> = (0..)
        .map(|i| f64::from(i) * tick_step)
        .take_while(|t| *t <= plot.range + 0.001)
        .collect();

    let best = board.best.as_ref().ok().map(|b| &b.evaluation);
    let floor_price = best.map(|e| e.floor.price);
    let marks: Vec<(String, &Evaluation)> = board
        .scenarios
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            r.outcome
                .as_ref()
                .ok()
                .map(|e| (i.saturating_add(1).to_string(), e))
        })
        .collect();

    let mut description = format!(
        "Total over the term falls from {} at list price as the discount grows to {}.",
        figures.money(first.net),
        figures.percent(last.discount)
    );
    if let Some(best) = best {
        description.push_str(&format!(
            " Floor: {} (largest discount {}). Best offer: {} at {} discount, margin {}.",
            figures.money(best.floor.price),
            figures.percent(best.floor.max_discount),
            figures.money(best.totals.net),
            figures.percent(best.totals.discount),
            figures.maybe_percent(best.totals.margin),
        ));
    }
    for (scenario, result) in proposal.scenarios.iter().zip(&board.scenarios) {
        if let Ok(e) = &result.outcome {
            description.push_str(&format!(
                " {}: {} at {} discount, margin {}{}.",
                crate::messages::labels::scenario_title(
                    scenario,
                    proposal.deal.currency,
                    proposal.number_format
                ),
                figures.money(e.totals.net),
                figures.percent(e.totals.discount),
                figures.maybe_percent(e.totals.margin),
                if e.floor.below_floor {
                    ", below the floor"
                } else {
                    ""
                },
            ));
        }
    }

    let stale = state.is_stale();
    html! {
        <section class={classes!("panel", "chart", stale.then_some(OUT_OF_DATE))} aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Price and margin by discount" }</h2>
            <StaleNote {stale} />
            <figure class="chart-figure">
                <svg viewBox={VIEW_BOX} role="img" aria-labelledby="chart-title chart-desc" class="price-chart">
                    <title id="chart-title">{ "Price and margin against the deal discount" }</title>
                    <desc id="chart-desc">{ description.clone() }</desc>
                    // Axes
                    <line class="chart-axis" x1={num(LEFT)} y1={num(HEIGHT - BOTTOM)} x2={num(WIDTH - RIGHT)} y2={num(HEIGHT - BOTTOM)} />
                    <line class="chart-axis" x1={num(LEFT)} y1={num(TOP)} x2={num(LEFT)} y2={num(HEIGHT - BOTTOM)} />
                    { for x_ticks.iter().map(|t| {
                        let x = LEFT + (t / plot.range) * (WIDTH - LEFT - RIGHT);
                        html! {
                            <g>
                                <line class="chart-grid" x1={num(x)} y1={num(TOP)} x2={num(x)} y2={num(HEIGHT - BOTTOM)} />
                                <text class="chart-label" x={num(x)} y={num(HEIGHT - BOTTOM + 16.0)} text-anchor="middle">{ format!("{}%", t.round() as i64) }</text>
                            </g>
                        }
                    }) }
                    { for price_ticks.iter().map(|p| html! {
                        <text class="chart-label" x={num(LEFT - 6.0)} y={num(plot.y_price(*p) + 4.0)} text-anchor="end">{ figures.short_money(*p) }</text>
                    }) }
                    { for [0_u32, 50, 100].iter().map(|m| html! {
                        <text class="chart-label chart-margin-label" x={num(WIDTH - RIGHT + 6.0)} y={num(plot.y_margin(Some(Percent::new(Decimal::from(*m)))) + 4.0)}>{ format!("{m}%") }</text>
                    }) }
                    <text class="chart-label" x={num(LEFT + (WIDTH - LEFT - RIGHT) / 2.0)} y={num(HEIGHT - 6.0)} text-anchor="middle">{ "Deal discount" }</text>
                    // Curves
                    <polyline class="chart-price" points={price_points.join(" ")} />
                    <polyline class="chart-margin" points={margin_points.join(" ")} />
                    if let Some(floor) = floor_price {
                        <line class="chart-floor" x1={num(LEFT)} x2={num(WIDTH - RIGHT)} y1={num(plot.y_price(floor))} y2={num(plot.y_price(floor))} />
                        <text class="chart-label chart-floor-label" x={num(WIDTH - RIGHT - 4.0)} y={num(plot.y_price(floor) - 6.0)} text-anchor="end">{ format!("Floor {}", figures.money(floor)) }</text>
                    }
                    { for marks.iter().map(|(label, e)| {
                        let (x, y) = (plot.x(e.totals.discount), plot.y_price(e.totals.net));
                        html! {
                            <g class={classes!("chart-mark", e.floor.below_floor.then_some("below-floor"))}>
                                <circle cx={num(x)} cy={num(y)} r="9" />
                                <text x={num(x)} y={num(y + 4.0)} text-anchor="middle">{ label.clone() }</text>
                            </g>
                        }
                    }) }
                    if let Some(best) = best {
                        <g class="chart-best">
                            <polygon points={{
                                let (x, y) = (plot.x(best.totals.discount), plot.y_price(best.totals.net));
                                format!("{},{} {},{} {},{} {},{}", num(x), num(y - 10.0), num(x + 10.0), num(y), num(x), num(y + 10.0), num(x - 10.0), num(y))
                            }} />
                            <text x={num(plot.x(best.totals.discount))} y={num(plot.y_price(best.totals.net) + 26.0)} text-anchor="middle">{ "Best" }</text>
                        </g>
                    }
                </svg>
                <figcaption>
                    <ul class="chart-legend">
                        <li><span class="swatch swatch-price" aria-hidden="true"></span>{ "Total over the term" }</li>
                        <li><span class="swatch swatch-margin" aria-hidden="true"></span>{ "Margin (right scale)" }</li>
                        <li><span class="swatch swatch-floor" aria-hidden="true"></span>{ "Floor" }</li>
                        <li><span class="swatch swatch-best" aria-hidden="true"></span>{ "Best offer" }</li>
                        { for proposal.scenarios.iter().enumerate().map(|(i, s)| html! {
                            <li key={s.id.0}><span class="swatch-number" aria-hidden="true">{ i.saturating_add(1) }</span>{ crate::messages::labels::scenario_title(s, proposal.deal.currency, proposal.number_format) }</li>
                        }) }
                    </ul>
                </figcaption>
            </figure>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{HEIGHT, VIEW_BOX, WIDTH, num};

    #[test]
    fn the_view_box_is_the_drawing_size() {
        assert_eq!(VIEW_BOX, format!("0 0 {WIDTH} {HEIGHT}"));
    }

    #[test]
    fn coordinates_have_one_decimal_and_a_sign_only_when_negative() {
        assert_eq!(num(0.0), "0.0");
        assert_eq!(num(84.0), "84.0");
        assert_eq!(num(123.456), "123.5");
        assert_eq!(num(-0.04), "0.0");
        assert_eq!(num(-1.25), "-1.3");
        assert_eq!(num(f64::NAN), "0.0");
    }
}
