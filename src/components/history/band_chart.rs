//! `BandChart`: won and lost per band of discount or margin, as paired bars (SVG,
//! no chart library). The same counts are in the table beside it, which is what a
//! screen reader reads: the chart says so in its label.

use std::rc::Rc;

use best_offer_domain::outcome::history::Band;
use yew::prelude::*;

use crate::components::history::band_table::band_label;

/// Properties of [`BandChart`].
#[derive(Properties, PartialEq)]
pub struct BandChartProps {
    /// Its DOM id.
    pub id: AttrValue,
    /// What the bands are of ("Discount given").
    pub title: AttrValue,
    /// The bands, lowest first.
    pub bands: Rc<Vec<Band>>,
}

/// Paired bars: won (dark) and lost (light) in each band.
#[component]
pub fn BandChart(props: &BandChartProps) -> Html {
    const WIDTH: usize = 360;
    const HEIGHT: usize = 140;
    const BASE: usize = 110;
    let most = props
        .bands
        .iter()
        .map(|b| b.won.max(b.lost))
        .max()
        .unwrap_or(0)
        .max(1);
    let slot = WIDTH / props.bands.len().max(1);
    let bar = slot.saturating_sub(12) / 2;
    let height = |n: usize| n.saturating_mul(BASE.saturating_sub(16)) / most;
    html! {
        <svg id={props.id.clone()} class="band-chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img"
            aria-label={format!("{}: won and lost per band, as in the table", props.title)}>
            { for props.bands.iter().enumerate().map(|(i, band)| {
                let x = i.saturating_mul(slot).saturating_add(6);
                let won = height(band.won);
                let lost = height(band.lost);
                html! {
                    <g>
                        <rect class="bar-won" x={x.to_string()} y={BASE.saturating_sub(won).to_string()} width={bar.to_string()} height={won.to_string()} />
                        <rect class="bar-lost" x={x.saturating_add(bar).to_string()} y={BASE.saturating_sub(lost).to_string()} width={bar.to_string()} height={lost.to_string()} />
                        <text x={x.saturating_add(bar).to_string()} y={(BASE + 16).to_string()} text-anchor="middle">{ band_label(band) }</text>
                        if band.won > 0 {
                            <text class="bar-count" x={x.saturating_add(bar / 2).to_string()} y={BASE.saturating_sub(won).saturating_sub(3).to_string()} text-anchor="middle">{ band.won }</text>
                        }
                        if band.lost > 0 {
                            <text class="bar-count" x={x.saturating_add(bar).saturating_add(bar / 2).to_string()} y={BASE.saturating_sub(lost).saturating_sub(3).to_string()} text-anchor="middle">{ band.lost }</text>
                        }
                    </g>
                }
            }) }
            <line x1="0" x2={WIDTH.to_string()} y1={BASE.to_string()} y2={BASE.to_string()} class="axis" />
        </svg>
    }
}
