//! The scenario board's columns and rows as plain values: every figure of the best
//! offer and each scenario written once, for the wide table and the phone's cards
//! alike ([`board_view`]). A plain function of the proposal and its board, so its
//! rules (which rows, what a column says without a floor, a problem of the whole
//! deal said once) are tested natively.

use best_offer_domain::library::proposal::Proposal;
use best_offer_domain::pricing::board::Board;
use best_offer_domain::pricing::{Evaluation, FloorStanding};

use crate::messages::Explain;
use crate::view::Figures;

/// One row of the board: a figure and how to show it.
pub struct Row {
    /// Its key for test hooks (`data-figure`).
    pub key: &'static str,
    /// What the rep reads.
    pub label: &'static str,
    /// Whether it is one of the figures that matter most (shown bold).
    pub strong: bool,
    /// The figure of an evaluation.
    value: fn(&Evaluation, Figures) -> String,
}

/// The rows every board has.
const ROWS: &[Row] = &[
    Row {
        key: "net",
        label: "Total over the term",
        strong: true,
        value: |e, f| f.money(e.totals.net),
    },
    Row {
        key: "list",
        label: "List price (term)",
        strong: false,
        value: |e, f| f.money(e.totals.list),
    },
    Row {
        key: "discount",
        label: "Discount",
        strong: false,
        value: |e, f| f.percent(e.totals.discount),
    },
    Row {
        key: "discount-amount",
        label: "Discount amount",
        strong: false,
        value: |e, f| f.money(e.totals.discount_amount),
    },
    Row {
        key: "one-time",
        label: "One-time",
        strong: false,
        value: |e, f| f.money(e.totals.one_time),
    },
    Row {
        key: "per-year",
        label: "Recurring per year",
        strong: false,
        value: |e, f| f.money(e.totals.recurring_per_year),
    },
    Row {
        key: "first-year",
        label: "First year",
        strong: false,
        value: |e, f| f.money(e.totals.first_year),
    },
    Row {
        key: "cost",
        label: "Cost (term)",
        strong: false,
        value: |e, f| f.money(e.totals.cost),
    },
    Row {
        key: "gross-profit",
        label: "Gross profit",
        strong: false,
        value: |e, f| f.money(e.totals.gross_profit),
    },
    Row {
        key: "margin",
        label: "Margin",
        strong: true,
        value: |e, f| f.maybe_percent(e.totals.margin),
    },
    Row {
        key: "markup",
        label: "Markup",
        strong: false,
        value: |e, f| f.maybe_percent(e.totals.markup),
    },
    Row {
        key: "headroom",
        label: "Room above your floor",
        strong: false,
        value: |e, f| {
            e.floor
                .headroom_if_set()
                .map_or_else(|| NOT_SET.to_string(), |(money, _)| f.signed_money(money))
        },
    },
    Row {
        key: "headroom-points",
        label: "More discount you could give",
        strong: false,
        value: |e, f| {
            e.floor.headroom_if_set().map_or_else(
                || NOT_SET.to_string(),
                |(_, points)| f.more_discount(points),
            )
        },
    },
    Row {
        key: "approval",
        label: "Approval needed",
        strong: false,
        value: |e, _| e.approval.clone().unwrap_or_else(|| "—".into()),
    },
];

/// The rows a deal with a tax rate adds.
const TAX_ROWS: &[Row] = &[
    Row {
        key: "tax",
        label: "Tax",
        strong: false,
        value: |e, f| f.money(e.totals.tax),
    },
    Row {
        key: "net-with-tax",
        label: "Total with tax",
        strong: false,
        value: |e, f| f.money(e.totals.net_with_tax),
    },
];

/// The figures a scenario card shows (the rest are in the comparison).
pub const CARD_ROWS: [&str; 4] = ["net", "discount", "margin", "headroom"];

/// What a headroom figure says while no floor is set.
const NOT_SET: &str = "floor not set";

/// One column of the board: the best offer or a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardColumn {
    /// Its key for test hooks (`best`, or the scenario's id).
    pub key: String,
    /// Its name.
    pub title: String,
    /// Each row's figure, in [`BoardView::rows`]' order, or why it has none (for a
    /// scenario's own problem; `None` when the deal's problem is said once).
    pub figures: Result<Vec<String>, Option<String>>,
    /// Where it stands against the floor (none without figures).
    pub standing: Option<FloorStanding>,
}

impl BoardColumn {
    /// Whether it is below the floor (or below cost).
    pub fn below(&self) -> bool {
        matches!(
            self.standing,
            Some(FloorStanding::Below | FloorStanding::BelowCost)
        )
    }

    /// The figure of row `n`, or `—` when the column has none.
    pub fn figure(&self, n: usize) -> &str {
        self.figures
            .as_ref()
            .ok()
            .and_then(|figures| figures.get(n))
            .map_or("—", String::as_str)
    }
}

/// The whole board, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardView {
    /// The rows, in order (the tax rows only when the deal has a tax rate).
    pub rows: Vec<&'static Row>,
    /// The best offer first, then each scenario.
    pub columns: Vec<BoardColumn>,
    /// A problem of the whole deal (no list price yet), said once above the board.
    pub deal_problem: Option<String>,
    /// What limited the best offer, or why there is none.
    pub best_note: String,
}

impl PartialEq for Row {
    fn eq(&self, other: &Row) -> bool {
        self.key == other.key
    }
}

impl std::fmt::Debug for Row {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        out.write_str(self.key)
    }
}

/// The board of `proposal` from its recalculated `board`.
pub fn board_view(proposal: &Proposal, board: &Board) -> BoardView {
    let figures = Figures::of(proposal);
    let rows: Vec<&'static Row> = ROWS
        .iter()
        .chain(
            proposal
                .deal
                .tax_rate
                .is_some()
                .then_some(TAX_ROWS)
                .into_iter()
                .flatten(),
        )
        .collect();
    let deal_problem = match &board.best {
        Err(error)
            if board
                .scenarios
                .iter()
                .all(|s| s.outcome.as_ref().err() == Some(error)) =>
        {
            Some(error.explain())
        }
        _ => None,
    };
    let best_note = match &board.best {
        Ok(best) => crate::messages::labels::best_offer_limit(best.limit).to_string(),
        Err(_) if deal_problem.is_some() => String::new(),
        Err(error) => error.explain(),
    };
    let column = |key: String, title: String, outcome: Result<&Evaluation, String>| {
        let standing = outcome.as_ref().ok().map(|e| e.floor.standing());
        let figures = outcome
            .map(|e| rows.iter().map(|row| (row.value)(e, figures)).collect())
            .map_err(|problem| Some(problem).filter(|_| deal_problem.is_none()));
        BoardColumn {
            key,
            title,
            figures,
            standing,
        }
    };
    let best = column(
        "best".into(),
        "★ Best offer".into(),
        board
            .best
            .as_ref()
            .map(|b| &b.evaluation)
            .map_err(Explain::explain),
    );
    let scenarios = proposal
        .scenarios
        .iter()
        .zip(&board.scenarios)
        .map(|(scenario, result)| {
            column(
                scenario.id.0.to_string(),
                crate::messages::labels::scenario_title(
                    scenario,
                    proposal.deal.currency,
                    proposal.number_format,
                ),
                result.outcome.as_ref().map_err(Explain::explain),
            )
        });
    let columns = std::iter::once(best).chain(scenarios).collect();
    BoardView {
        rows,
        columns,
        deal_problem,
        best_note,
    }
}

#[cfg(test)]
mod tests {
    use best_offer_domain::Currency;
    use best_offer_domain::date::Date;
    use best_offer_domain::money::percent::Percent;
    use best_offer_domain::pricing::board::recalculate;
    use best_offer_domain::pricing::deal::CostBasis;
    use rust_decimal::Decimal;

    use super::*;

    fn priced(min_margin: Option<u32>, tax: bool) -> (Proposal, Board) {
        let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
        let line = &mut proposal.deal.lines[0];
        line.terms.unit_list_price = Decimal::new(1000, 0);
        line.terms.cost = CostBasis::UnitCost(Decimal::new(400, 0));
        proposal.deal.floor.min_margin = min_margin.map(|m| Percent::new(Decimal::from(m)));
        proposal.deal.tax_rate = tax.then(|| Percent::new(Decimal::from(19_u32)));
        let board = recalculate(&proposal.deal, &proposal.scenarios);
        (proposal, board)
    }

    fn figure<'a>(view: &'a BoardView, column: &str, row: &str) -> &'a str {
        let n = view.rows.iter().position(|r| r.key == row).unwrap();
        view.columns
            .iter()
            .find(|c| c.key == column)
            .unwrap()
            .figure(n)
    }

    #[test]
    fn the_best_offer_comes_first_and_every_scenario_follows() {
        let (proposal, board) = priced(Some(20), false);
        let view = board_view(&proposal, &board);
        let keys: Vec<&str> = view.columns.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["best", "1", "2", "3"]);
        // 400 / 0.8 = 500.00; list 1,000.00.
        assert_eq!(figure(&view, "best", "net"), "$500.00");
        assert_eq!(figure(&view, "1", "net"), "$1,000.00");
        assert_eq!(figure(&view, "1", "headroom"), "+$500.00");
        assert_eq!(view.columns[1].standing, Some(FloorStanding::Keeps));
        assert!(view.rows.iter().all(|r| r.key != "tax"), "no tax rows");
        assert_eq!(view.deal_problem, None);
    }

    #[test]
    fn a_tax_rate_adds_its_rows() {
        let (proposal, board) = priced(Some(20), true);
        let view = board_view(&proposal, &board);
        assert_eq!(figure(&view, "1", "tax"), "$190.00");
        assert_eq!(figure(&view, "1", "net-with-tax"), "$1,190.00");
    }

    #[test]
    fn without_a_floor_nothing_is_claimed() {
        let (proposal, board) = priced(None, false);
        let view = board_view(&proposal, &board);
        assert!(
            view.columns[0].figures.is_err(),
            "no best offer without a floor"
        );
        assert!(
            view.best_note.contains("Floor not set"),
            "{}",
            view.best_note
        );
        assert_eq!(figure(&view, "1", "headroom"), "floor not set");
        assert_eq!(view.columns[1].standing, Some(FloorStanding::NotSet));
        assert!(!view.columns[1].below());
    }

    #[test]
    fn a_problem_of_the_whole_deal_is_said_once() {
        let mut proposal = Proposal::new(Currency::USD, Date::new(2026, 11, 27).unwrap());
        proposal.deal.floor.min_margin = Some(Percent::new(Decimal::TEN));
        let board = recalculate(&proposal.deal, &proposal.scenarios);
        let view = board_view(&proposal, &board);
        assert!(view.deal_problem.is_some());
        assert_eq!(view.best_note, "");
        for column in &view.columns {
            assert_eq!(
                column.figures,
                Err(None),
                "{}: said once, not per column",
                column.key
            );
            assert_eq!(column.figure(0), "—");
        }
    }
}
