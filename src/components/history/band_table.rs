//! `BandTable`: won, lost and the share won in each band of discount or margin.

use std::rc::Rc;

use best_offer_domain::NumberFormat;
use best_offer_domain::money::format::format_percent;
use best_offer_domain::outcome::history::Band;
use yew::prelude::*;

/// "0–5%", "30%+", "<20%".
pub fn band_label(band: &Band) -> String {
    match (band.from, band.to) {
        (Some(from), Some(to)) => format!("{from}–{to}%"),
        (Some(from), None) => format!("{from}%+"),
        (None, Some(to)) => format!("<{to}%"),
        (None, None) => "all".to_string(),
    }
}

/// Properties of [`BandTable`].
#[derive(Properties, PartialEq)]
pub struct BandTableProps {
    /// Its DOM id.
    pub id: AttrValue,
    /// Its caption ("Won and lost by discount given").
    pub caption: AttrValue,
    /// What a band is of ("Discount").
    pub of: AttrValue,
    /// The bands, lowest first.
    pub bands: Rc<Vec<Band>>,
    /// How percentages are written.
    pub format: NumberFormat,
}

/// The table of bands.
#[component]
pub fn BandTable(props: &BandTableProps) -> Html {
    html! {
        <table class="band-table" id={props.id.clone()}>
            <caption>{ props.caption.clone() }</caption>
            <thead><tr>
                <th scope="col">{ props.of.clone() }</th>
                <th scope="col" class="num">{ "Won" }</th>
                <th scope="col" class="num">{ "Lost" }</th>
                <th scope="col" class="num">{ "Won share" }</th>
            </tr></thead>
            <tbody>
                { for props.bands.iter().map(|band| html! {
                    <tr>
                        <th scope="row">{ band_label(band) }</th>
                        <td class="num">{ band.won }</td>
                        <td class="num">{ band.lost }</td>
                        <td class="num">{ band.won_share().map_or_else(|| "—".to_string(), |p| format_percent(p, 0, props.format)) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
