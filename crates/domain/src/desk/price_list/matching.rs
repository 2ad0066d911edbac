//! Matching a price list's columns by hand: when its headers do not say which
//! column is which ("Artikeltext", "VK netto"), the rep is shown each header with a
//! first guess and the first rows under it, and chooses; the list is then read with
//! those columns ([`super::read_price_list_as`]).

use crate::desk::price_list::{Column, HeaderFault, PriceListError, pick_delimiter, records};
use crate::limits::MAX_CSV_BYTES;

/// How many rows of the file the matching step shows under the headers.
pub const SAMPLE_ROWS: usize = 3;

/// A price list's header row with a first guess of each column, and its first rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnGuess {
    /// The headers as the file has them.
    pub headers: Vec<String>,
    /// The column each header names, where its name says it.
    pub columns: Vec<Option<Column>>,
    /// The first [`SAMPLE_ROWS`] data rows, field by field.
    pub sample: Vec<Vec<String>>,
}

/// The headers of `text`, the columns their names say, and the first rows.
///
/// # Errors
/// A [`PriceListError`] when the file cannot be read at all (too large, not text,
/// empty, a row of too many fields).
///
/// # Examples
/// ```
/// use best_offer_domain::desk::price_list::{matching::guess_columns, Column};
/// let guess = guess_columns("Artikeltext;VK netto;Kosten\nSuite;1.200,00;300\n").unwrap();
/// assert_eq!(guess.headers, ["Artikeltext", "VK netto", "Kosten"]);
/// assert_eq!(guess.columns, [None, None, Some(Column::Cost)]);
/// assert_eq!(guess.sample, [["Suite", "1.200,00", "300"]]);
/// ```
pub fn guess_columns(text: &str) -> Result<ColumnGuess, PriceListError> {
    if text.len() > MAX_CSV_BYTES {
        return Err(PriceListError::TooLarge(text.len().div_ceil(1024)));
    }
    let records = records(text, pick_delimiter(text))?;
    let Some((header, rows)) = records.split_first() else {
        return Err(PriceListError::Header(HeaderFault::Empty));
    };
    let headers: Vec<String> = header
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    Ok(ColumnGuess {
        columns: headers.iter().map(|h| Column::from_header(h)).collect(),
        headers,
        sample: rows
            .iter()
            .filter(|row| row.iter().any(|field| !field.trim().is_empty()))
            .take(SAMPLE_ROWS)
            .map(|row| row.iter().map(|field| field.trim().to_string()).collect())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desk::price_list::read_price_list_as;
    use crate::{Currency, NumberFormat};

    #[test]
    fn headers_no_name_says_are_matched_by_hand_and_the_list_reads() {
        let csv = "Artikeltext;VK netto;EK;Farbe\nSuite;1.200,00;300,00;blau\nWorkshop;1.500,00;900,00;rot\n";
        let guess = guess_columns(csv).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(guess.columns, [None, None, None, None]);
        let read = |columns: &[Option<Column>]| {
            let mut n = 0;
            read_price_list_as(
                csv,
                Some(columns),
                Currency::USD,
                None,
                NumberFormat::CommaDot,
                &[],
                &mut || {
                    n += 1;
                    format!("i-{n}")
                },
            )
        };
        // Without a name column it is still refused, saying what is missing.
        assert!(matches!(
            read(&[None, Some(Column::ListPrice), Some(Column::Cost), None]),
            Err(PriceListError::Header(HeaderFault::Missing { .. }))
        ));
        let chosen = [
            Some(Column::Name),
            Some(Column::ListPrice),
            Some(Column::Cost),
            None,
        ];
        let preview = read(&chosen).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(preview.items.len(), 2);
        assert_eq!(preview.items[0].terms.name, "Suite");
        assert_eq!(preview.format, NumberFormat::DotComma);
        assert!(preview.problems.is_empty());
        // A column chosen twice is refused as a header naming it twice is.
        assert!(matches!(
            read(&[
                Some(Column::Name),
                Some(Column::Name),
                Some(Column::Cost),
                None
            ]),
            Err(PriceListError::Header(HeaderFault::Twice(Column::Name)))
        ));
    }
}
