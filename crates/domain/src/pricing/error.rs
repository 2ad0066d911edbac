//! Error types of the pricing engine: values saying what stops a calculation (the
//! app puts them into words for the rep).

/// Why a calculation could not be done. Every pricing function returns this instead
/// of panicking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PricingError {
    /// A figure grew beyond what can be computed exactly.
    Overflow,
    /// A division by zero, e.g. a margin on a zero price.
    DivisionByZero,
    /// The deal has no lines.
    EmptyDeal,
    /// The deal's total list price is zero, so no discount or margin can be computed.
    ZeroListPrice,
    /// The rep has not set a floor on purpose (a minimum margin, a walk-away price,
    /// or a cap on every discountable line). Cost alone is not a floor: the "best
    /// offer" would be to sell at cost.
    FloorNotSet,
    /// The floor that was set allows a price of zero (no cost entered and a 0 %
    /// minimum margin): the "best offer" would be to give everything away.
    NoFloor,
    /// A line's value is outside what the model allows.
    InvalidLine {
        /// 1-based position of the line, as the rep sees it.
        line: usize,
        /// What is wrong.
        problem: LineProblem,
    },
    /// A deal-level setting is outside what the model allows.
    InvalidDeal(DealProblem),
    /// A target price or margin that no discount can reach.
    Unreachable(Unreachable),
}

/// What is wrong with one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineProblem {
    /// The prepared line does not match the deal's (a bug guard, never expected).
    Mismatch,
    /// A quantity of 0 or less.
    ZeroQuantity,
    /// A quantity over [`MAX_QUANTITY`](crate::limits::MAX_QUANTITY).
    QuantityTooLarge,
    /// A negative list price.
    NegativePrice,
    /// A list price over [`MAX_MONEY`](crate::limits::MAX_MONEY).
    PriceTooLarge,
    /// A maximum discount outside 0–100 %.
    MaxDiscountRange,
    /// A maintenance rate outside 0–100 %.
    MaintenanceRateRange,
    /// A negative cost.
    NegativeCost,
    /// A cost over [`MAX_MONEY`](crate::limits::MAX_MONEY).
    CostTooLarge,
    /// A margin at list of 100 % or more.
    MarginNotBelow100,
    /// Maintenance covering a line that is gone.
    CoversMissingLine,
    /// Maintenance covering a line that is not one-time.
    CoversRecurringLine,
}

/// What is wrong with a deal-level setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DealProblem {
    /// A term outside 1 to [`MAX_TERM_MONTHS`](crate::limits::MAX_TERM_MONTHS).
    TermRange,
    /// A minimum margin outside 0 % up to, not including, 100 %.
    MinMarginRange,
    /// A walk-away price outside 0 to [`MAX_MONEY`](crate::limits::MAX_MONEY).
    WalkAwayRange,
    /// A target price outside 0 to [`MAX_MONEY`](crate::limits::MAX_MONEY).
    TargetPriceRange,
    /// A target margin of 100 % or more.
    TargetMarginNotBelow100,
    /// A scenario's discount outside 0–100 %.
    ScenarioDiscountRange,
    /// A line's own discount in a scenario outside 0–100 %.
    OverrideDiscountRange,
    /// A nice-price step of 0 or less.
    NiceStepNotPositive,
}

/// Why a target cannot be reached by discounting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreachable {
    /// The target is above the list price (a scenario only discounts).
    AboveList,
    /// The target is below what the lines' discount caps allow.
    BelowCaps,
}
