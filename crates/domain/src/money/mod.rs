//! Money and the numbers around it: currencies with their minor units, percentages
//! and the margin, markup and discount formulas, checked arithmetic, and how reps
//! type and read figures (number formats, parsing, formatting).

pub(crate) mod checked;
pub mod currency;
pub mod format;
pub mod locale;
pub mod parse;
pub mod percent;
