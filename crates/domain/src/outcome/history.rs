//! What the rep's own history of outcomes says: won and lost by the discount given
//! and by the margin kept, and, for sales lost on price, how far the competitor's
//! price was from the best offer that kept the floor at the time.
//!
//! Read from every revision that ended with its figures recorded
//! ([`crate::outcome::OutcomeFigures`]), so a deal reopened and priced afresh keeps
//! what its first ending taught. Nothing leaves the device: the figures are the
//! kept proposals', and they travel only in the rep's own export.
//!
//! The figures, each over the whole term and before tax:
//! - discount given = (list − offered) / list;
//! - margin kept = (offered − cost) / offered;
//! - gap to the floor = (best − competitor) / best: positive when the competitor
//!   went below what our floor allowed, negative when our best offer would have
//!   matched their price (the sale the story lost).

use rust_decimal::Decimal;

use crate::date::Date;
use crate::library::file::StoredProposal;
use crate::money::currency::Currency;
use crate::money::percent::Percent;
use crate::outcome::LossReason;

/// A loss on price counts as close when the competitor was at most this many
/// points below our best offer.
pub const CLOSE_TO_FLOOR_POINTS: Decimal = Decimal::from_parts(5, 0, 0, false, 0);

/// One revision that ended, as the history reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    /// The proposal's id.
    pub id: String,
    /// The offer's number, as sent.
    pub number: String,
    /// The customer, as sent.
    pub customer: String,
    /// The revision that ended.
    pub revision: u32,
    /// The day it was decided.
    pub decided_on: Date,
    /// Why it was lost; `None` when won.
    pub lost: Option<LossReason>,
    /// The offer's currency.
    pub currency: Currency,
    /// What was offered.
    pub offered: Decimal,
    /// The discount given off the list price; `None` without a list price.
    pub discount: Option<Percent>,
    /// The margin kept; `None` when nothing was asked.
    pub margin: Option<Percent>,
    /// The best offer that kept the floor then.
    pub best: Option<Decimal>,
    /// The competitor's price, when the rep knows it.
    pub competitor_price: Option<Decimal>,
    /// How far below our best offer the competitor went, in points (negative: our
    /// best offer would have matched); `None` without both prices.
    pub gap_to_floor: Option<Decimal>,
}

/// How many offers in a band of discounts or margins were won and lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    /// From this many points (`None`: from any value below).
    pub from: Option<Decimal>,
    /// Up to this many points, excluded (`None`: any value above).
    pub to: Option<Decimal>,
    /// Won in it.
    pub won: usize,
    /// Lost in it.
    pub lost: usize,
}

impl Band {
    fn holds(&self, points: Decimal) -> bool {
        self.from.is_none_or(|from| points >= from) && self.to.is_none_or(|to| points < to)
    }

    /// The share won, in points (`None` for an empty band).
    pub fn won_share(&self) -> Option<Percent> {
        let all = Decimal::from(self.won.saturating_add(self.lost));
        Decimal::from(self.won)
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|won| won.checked_div(all))
            .map(Percent::new)
    }
}

/// The sales lost on price, against the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PriceLosses {
    /// Lost on price.
    pub lost_on_price: usize,
    /// Of those, with both the competitor's price and our best offer known.
    pub compared: usize,
    /// Of those, where the competitor was at or above our best offer: the floor
    /// allowed matching them.
    pub floor_would_have_matched: usize,
    /// Of those, where the competitor was below our best offer by at most
    /// [`CLOSE_TO_FLOOR_POINTS`].
    pub close_below_floor: usize,
}

/// Everything the history says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// Every revision that ended with its figures, most recent first.
    pub decided: Vec<Decided>,
    /// Won and lost by discount given: 0–5, 5–10, 10–20, 20–30, 30 % and more.
    pub by_discount: Vec<Band>,
    /// Won and lost by margin kept: below 20, 20–40, 40–60, 60–80, 80 % and more.
    pub by_margin: Vec<Band>,
    /// The sales lost on price, against the floor.
    pub price_losses: PriceLosses,
    /// Outcomes recorded without figures (before figures were kept): not counted.
    pub without_figures: usize,
}

fn bands(edges: &[i64], open_below: bool) -> Vec<Band> {
    let mut out = Vec::with_capacity(edges.len().saturating_add(1));
    let mut from = (!open_below).then_some(Decimal::ZERO);
    for edge in edges {
        let to = Decimal::from(*edge);
        out.push(Band {
            from,
            to: Some(to),
            won: 0,
            lost: 0,
        });
        from = Some(to);
    }
    out.push(Band {
        from,
        to: None,
        won: 0,
        lost: 0,
    });
    out
}

fn count(bands: &mut [Band], points: Option<Percent>, won: bool) {
    let Some(points) = points.map(Percent::points) else {
        return;
    };
    if let Some(band) = bands.iter_mut().find(|b| b.holds(points)) {
        if won {
            band.won = band.won.saturating_add(1);
        } else {
            band.lost = band.lost.saturating_add(1);
        }
    }
}

/// `part / whole` in points, when `whole` is not zero.
fn share(part: Decimal, whole: Decimal) -> Option<Percent> {
    part.checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|p| p.checked_div(whole))
        .map(Percent::new)
}

/// How far below `best` a competitor's price `theirs` is, in points of `best`:
/// (best − theirs) / best; negative when `best` is below theirs (it would have
/// matched them). `None` for a best offer of zero.
///
/// # Examples
/// ```
/// use best_offer_domain::outcome::history::gap_below;
/// use rust_decimal::Decimal;
/// assert_eq!(gap_below(Decimal::from(800), Decimal::from(780)), Some(Decimal::new(25, 1)));
/// assert_eq!(gap_below(Decimal::from(800), Decimal::from(820)), Some(Decimal::new(-25, 1)));
/// ```
pub fn gap_below(best: Decimal, theirs: Decimal) -> Option<Decimal> {
    best.checked_sub(theirs)
        .and_then(|below| share(below, best))
        .map(Percent::points)
}

/// What the history of `proposals` says.
pub fn history(proposals: &[StoredProposal]) -> History {
    let mut decided = Vec::new();
    let mut without_figures = 0_usize;
    for stored in proposals {
        for sent in &stored.sent {
            let Some(outcome) = &sent.outcome else {
                continue;
            };
            let Some(figures) = outcome.figures else {
                without_figures = without_figures.saturating_add(1);
                continue;
            };
            let competitor_price = outcome.lost.as_ref().and_then(|l| l.competitor_price);
            let gap_to_floor = figures
                .best
                .zip(competitor_price)
                .and_then(|(best, theirs)| {
                    best.checked_sub(theirs)
                        .and_then(|below| share(below, best))
                        .map(Percent::points)
                });
            decided.push(Decided {
                id: stored.id.clone(),
                number: sent.offer.number.clone(),
                customer: sent.offer.buyer_company.clone(),
                revision: sent.revision,
                decided_on: outcome.decided_on,
                lost: outcome.lost.as_ref().map(|l| l.reason),
                currency: sent.offer.currency,
                offered: figures.offered,
                discount: figures
                    .list
                    .checked_sub(figures.offered)
                    .and_then(|off| share(off, figures.list)),
                margin: figures
                    .offered
                    .checked_sub(figures.cost)
                    .and_then(|profit| share(profit, figures.offered)),
                best: figures.best,
                competitor_price,
                gap_to_floor,
            });
        }
    }
    decided.sort_by(|a, b| {
        b.decided_on
            .cmp(&a.decided_on)
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.revision.cmp(&b.revision))
    });
    let mut by_discount = bands(&[5, 10, 20, 30], false);
    let mut by_margin = bands(&[20, 40, 60, 80], true);
    let mut price_losses = PriceLosses::default();
    for one in &decided {
        let won = one.lost.is_none();
        count(&mut by_discount, one.discount, won);
        count(&mut by_margin, one.margin, won);
        if one.lost != Some(LossReason::Price) {
            continue;
        }
        price_losses.lost_on_price = price_losses.lost_on_price.saturating_add(1);
        let Some(gap) = one.gap_to_floor else {
            continue;
        };
        price_losses.compared = price_losses.compared.saturating_add(1);
        if gap <= Decimal::ZERO {
            price_losses.floor_would_have_matched =
                price_losses.floor_would_have_matched.saturating_add(1);
        } else if gap <= CLOSE_TO_FLOOR_POINTS {
            price_losses.close_below_floor = price_losses.close_below_floor.saturating_add(1);
        }
    }
    History {
        decided,
        by_discount,
        by_margin,
        price_losses,
        without_figures,
    }
}

/// The last time this deal was lost to a known price: what we offered then and
/// what the competitor asked, for the board's reference line once it is reopened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostBefore {
    /// The revision that was lost.
    pub revision: u32,
    /// What it asked, as sent (the term total before tax).
    pub offered: Decimal,
    /// The offer's currency.
    pub currency: Currency,
    /// Who won it (maybe empty).
    pub competitor: String,
    /// Their price.
    pub competitor_price: Decimal,
}

/// The most recent revision of `sent` lost to a competitor whose price is known.
pub fn lost_before(sent: &[crate::library::file::SentRevision]) -> Option<LostBefore> {
    sent.iter()
        .filter_map(|s| {
            let loss = s.outcome.as_ref()?.lost.as_ref()?;
            Some(LostBefore {
                revision: s.revision,
                offered: s.offer.term_total,
                currency: s.offer.currency,
                competitor: loss.competitor.clone(),
                competitor_price: loss.competitor_price?,
            })
        })
        .max_by_key(|l| l.revision)
}
