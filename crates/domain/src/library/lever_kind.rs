//! The kinds of lever a scenario or an option is priced by, as the rep picks them.

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
