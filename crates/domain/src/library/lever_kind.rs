//! The kinds of lever a scenario or an option is priced by, as the rep picks them.

use rust_decimal::Decimal;

use crate::money::percent::Percent;
use crate::pricing::Evaluation;
use crate::pricing::deal::Lever;

/// The kind of lever a scenario uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LeverKind {
    /// A deal discount %.
    Discount,
    /// A target total price.
    TargetPrice,
    /// A target margin %.
    TargetMargin,
}

impl LeverKind {
    /// Every kind, in picker order.
    pub const ALL: [LeverKind; 3] = [
        LeverKind::Discount,
        LeverKind::TargetPrice,
        LeverKind::TargetMargin,
    ];

    /// The kind of a lever.
    pub const fn of(lever: Lever) -> LeverKind {
        match lever {
            Lever::Discount(_) => LeverKind::Discount,
            Lever::TargetPrice(_) => LeverKind::TargetPrice,
            Lever::TargetMargin(_) => LeverKind::TargetMargin,
        }
    }
    /// Stable identifier for form values.
    pub const fn id(self) -> &'static str {
        match self {
            LeverKind::Discount => "discount",
            LeverKind::TargetPrice => "target-price",
            LeverKind::TargetMargin => "target-margin",
        }
    }

    /// The kind with identifier `id`.
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::library::edit::LeverKind;
    /// assert_eq!(LeverKind::from_id("target-margin"), Some(LeverKind::TargetMargin));
    /// ```
    pub fn from_id(id: &str) -> Option<LeverKind> {
        LeverKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

impl LeverKind {
    /// A lever of this kind that gives the figures `current` already give (so
    /// switching the kind changes no price): their discount, their total, or their
    /// margin (50 % when there is none), each rounded to what the rep types.
    pub fn lever_from(self, current: Option<&Evaluation>) -> Lever {
        match self {
            LeverKind::Discount => {
                Lever::Discount(current.map_or(Percent::ZERO, |e| e.totals.discount.round(2)))
            }
            LeverKind::TargetPrice => {
                Lever::TargetPrice(current.map_or(Decimal::ZERO, |e| e.totals.net))
            }
            LeverKind::TargetMargin => Lever::TargetMargin(
                current
                    .and_then(|e| e.totals.margin)
                    .map_or(Percent::new(Decimal::from(50_u32)), |m| m.round(2))
                    .clamp(Percent::ZERO, Percent::new(Decimal::new(9999, 2))),
            ),
        }
    }
}

/// `lever` with the value `value` (a percentage in points, or a price), its kind
/// kept.
pub fn with_value(lever: Lever, value: Decimal) -> Lever {
    match lever {
        Lever::Discount(_) => Lever::Discount(Percent::new(value)),
        Lever::TargetPrice(_) => Lever::TargetPrice(value),
        Lever::TargetMargin(_) => Lever::TargetMargin(Percent::new(value)),
    }
}
