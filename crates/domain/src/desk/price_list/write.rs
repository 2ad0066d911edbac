//! Writing the catalogue out as a price list (CSV), with the header
//! [`read_price_list`](crate::desk::price_list::read_price_list) reads back.

use rust_decimal::Decimal;

use crate::desk::catalogue::CatalogueItem;
use crate::desk::price_list::Column;
use crate::money::locale::NumberFormat;
use crate::pricing::deal::{CostBasis, LineKind};

/// A figure as a spreadsheet cell: every digit, no grouping, the format's decimal
/// separator.
fn plain(value: Decimal, format: NumberFormat) -> String {
    value
        .normalize()
        .to_string()
        .replace('.', &format.decimal_separator().to_string())
}

/// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or
/// carriage return first) gets a leading `'`, so an exported list is safe to open.
fn safe_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The catalogue as CSV, figures in `format` (fields separated by `;` when the
/// format's decimal separator is a comma), with the header [`read_price_list`](crate::desk::price_list::read_price_list)
/// reads back.
///
/// # Examples
/// ```
/// use best_offer_domain::desk::catalogue::{CatalogueItem, ItemId};
/// use best_offer_domain::desk::price_list::write_price_list;
/// use best_offer_domain::NumberFormat;
/// use rust_decimal::Decimal;
/// let mut item = CatalogueItem::new(ItemId("a".into()));
/// item.terms.name = "Suite, annual".into();
/// item.terms.unit_list_price = Decimal::new(120050, 2);
/// let csv = write_price_list(&[item], NumberFormat::DotComma);
/// assert!(csv.starts_with("name;description;kind;list price;cost;margin;"));
/// assert!(csv.contains("Suite, annual;;one-time;1200,5;0;;yes;;\r\n"));
/// ```
pub fn write_price_list(catalogue: &[CatalogueItem], format: NumberFormat) -> String {
    let delimiter = if format.decimal_separator() == ',' {
        b';'
    } else {
        b','
    };
    let mut out = String::new();
    let mut write = |fields: Vec<String>| {
        let quoted: Vec<String> = fields
            .iter()
            .map(|field| quote(field, char::from(delimiter)))
            .collect();
        out.push_str(&quoted.join(&char::from(delimiter).to_string()));
        out.push_str("\r\n");
    };
    write(Column::ALL.iter().map(|c| c.header().to_string()).collect());
    for item in catalogue {
        let (cost, margin) = match item.terms.cost {
            CostBasis::UnitCost(cost) => (plain(cost, format), String::new()),
            CostBasis::MarginAtList(m) => (String::new(), plain(m.points(), format)),
        };
        let maintenance = item.terms.kind == LineKind::Maintenance;
        write(vec![
            safe_text(&item.terms.name),
            safe_text(&item.terms.description),
            item.terms.kind.id().to_string(),
            if maintenance {
                String::new()
            } else {
                plain(item.terms.unit_list_price, format)
            },
            cost,
            margin,
            if item.terms.discountable { "yes" } else { "no" }.to_string(),
            item.terms
                .max_discount
                .map(|p| plain(p.points(), format))
                .unwrap_or_default(),
            if maintenance {
                plain(item.terms.maintenance_rate.points(), format)
            } else {
                String::new()
            },
        ]);
    }
    out
}

/// A field as CSV writes it: in quotes (inner quotes doubled) when it holds the
/// separator, a quote or a line end.
fn quote(field: &str, delimiter: char) -> String {
    if field.contains([delimiter, '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}
