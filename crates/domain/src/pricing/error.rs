//! Error types of the domain crate, with messages written for a sales rep.

use thiserror::Error;

/// Why a calculation could not be done. Every pricing function returns this instead
/// of panicking; the message is shown to the rep as is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PricingError {
    /// A figure grew beyond what can be computed exactly.
    #[error("These figures are too large to calculate exactly; check quantities and prices.")]
    Overflow,
    /// A division by zero, e.g. a margin on a zero price.
    #[error("A figure needs a division by zero; check for a zero price or a 100 % margin.")]
    DivisionByZero,
    /// The deal has no lines.
    #[error("Add at least one line to the deal.")]
    EmptyDeal,
    /// The deal's total list price is zero, so no discount or margin can be computed.
    #[error("The deal's list price is zero; enter a list price.")]
    ZeroListPrice,
    /// The rep has not set a floor on purpose (a minimum margin, a walk-away price,
    /// or a cap on every discountable line). Cost alone is not a floor: the "best
    /// offer" would be to sell at cost.
    #[error(
        "Floor not set: type a minimum margin (0 % counts), a walk-away price, or a maximum discount on every discountable line to see your best offer."
    )]
    FloorNotSet,
    /// The floor that was set allows a price of zero (no cost entered and a 0 %
    /// minimum margin): the "best offer" would be to give everything away.
    #[error(
        "Your floor allows a price of 0: enter each line's cost or margin, or a walk-away price, to see how low you can go."
    )]
    NoFloor,
    /// A line's value is outside what the model allows.
    #[error("Line {line}: {problem}")]
    InvalidLine {
        /// 1-based position of the line, as the rep sees it.
        line: usize,
        /// What is wrong, in words.
        problem: String,
    },
    /// A deal-level setting is outside what the model allows.
    #[error("{0}")]
    InvalidDeal(String),
    /// A target price or margin that no discount can reach.
    #[error("{0}")]
    Unreachable(String),
}
