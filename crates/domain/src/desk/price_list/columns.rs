//! A price list's columns and words: which column each header names, and how a
//! kind or a yes/no reads, in English, German, French, Spanish and Dutch, with or
//! without accents.

use crate::desk::price_list::RowFault;
use crate::pricing::deal::LineKind;

/// A column a price list may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// `name` (also `item`, `product`).
    Name,
    /// `description` (also `details`).
    Description,
    /// `kind` (also `type`, `billing`): one-time, per year, per month, maintenance,
    /// services (the labels or ids the app uses, and a few synonyms).
    Kind,
    /// `list price` (also `price`, `unit price`, `unit list price`).
    ListPrice,
    /// `cost` (also `unit cost`).
    Cost,
    /// `margin` (also `margin at list`, `margin %`).
    Margin,
    /// `discountable`: yes/no (empty: yes).
    Discountable,
    /// `max discount` (also `maximum discount`, `discount cap`).
    MaxDiscount,
    /// `maintenance rate` (also `rate`): a maintenance item's yearly rate.
    MaintenanceRate,
}

impl Column {
    /// Every column, in the order an export writes them.
    pub const ALL: [Column; 9] = [
        Column::Name,
        Column::Description,
        Column::Kind,
        Column::ListPrice,
        Column::Cost,
        Column::Margin,
        Column::Discountable,
        Column::MaxDiscount,
        Column::MaintenanceRate,
    ];

    /// The header an export writes.
    pub const fn header(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Description => "description",
            Column::Kind => "kind",
            Column::ListPrice => "list price",
            Column::Cost => "cost",
            Column::Margin => "margin",
            Column::Discountable => "discountable",
            Column::MaxDiscount => "max discount",
            Column::MaintenanceRate => "maintenance rate",
        }
    }

    /// The column a header names (case, spaces, `_` and `-` ignored).
    ///
    /// # Examples
    /// ```
    /// use best_offer_domain::desk::price_list::Column;
    /// assert_eq!(Column::from_header(" List_Price "), Some(Column::ListPrice));
    /// assert_eq!(Column::from_header("Margin %"), Some(Column::Margin));
    /// assert_eq!(Column::from_header("colour"), None);
    /// ```
    pub fn from_header(header: &str) -> Option<Column> {
        let key = fold(header.trim_start_matches('\u{feff}'));
        // English, German, French, Spanish and Dutch: the headers spreadsheets in
        // those languages are exported with.
        Some(match key.as_str() {
            "name" | "item" | "product" | "itemname" | "productname" | "bezeichnung"
            | "artikel" | "produkt" | "artikelname" | "nom" | "designation" | "article"
            | "produit" | "nombre" | "articulo" | "producto" | "naam" => Column::Name,
            "description" | "details" | "beschreibung" | "descripcion" | "omschrijving"
            | "beschrijving" => Column::Description,
            "kind" | "type" | "billing" | "art" | "typ" | "abrechnung" | "facturation" | "tipo"
            | "facturacion" | "soort" | "facturering" => Column::Kind,
            "listprice" | "price" | "unitprice" | "unitlistprice" | "listenpreis" | "preis"
            | "stuckpreis" | "einzelpreis" | "prix" | "prixcatalogue" | "prixunitaire"
            | "precio" | "preciodelista" | "preciounitario" | "prijs" | "lijstprijs"
            | "stuksprijs" => Column::ListPrice,
            "cost" | "unitcost" | "kosten" | "einkaufspreis" | "cout" | "coutunitaire"
            | "coste" | "costo" | "costeunitario" | "kostprijs" | "inkoopprijs" => Column::Cost,
            "margin" | "marginatlist" | "marge" | "spanne" | "margen" => Column::Margin,
            "discountable" | "rabattfahig" | "remisable" | "descontable" | "kortingbaar" => {
                Column::Discountable
            }
            "maxdiscount" | "maximumdiscount" | "discountcap" | "maxrabatt" | "hochstrabatt"
            | "maximalerrabatt" | "remisemax" | "remisemaximale" | "descuentomaximo"
            | "maxkorting" | "maximalekorting" => Column::MaxDiscount,
            "maintenancerate"
            | "rate"
            | "wartungssatz"
            | "tauxdemaintenance"
            | "tasademantenimiento"
            | "onderhoudspercentage" => Column::MaintenanceRate,
            _ => return None,
        })
    }
}

/// A header or word as compared: lower case, without spaces, `_ - % ( ) . ' ’`
/// and the accents of the Latin letters (`Coût` → `cout`, `Stückpreis` →
/// `stuckpreis`, `Jährlich` → `jahrlich`).
pub(super) fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '%' | '(' | ')' | '.' | '\'' | '’'))
        .flat_map(crate::fold::plain_lowercase)
        .collect()
}

pub(super) fn read_kind(text: &str) -> Result<LineKind, RowFault> {
    // The app's own labels and ids, and their usual words in German, French,
    // Spanish and Dutch.
    Ok(match fold(text).as_str() {
        "" | "onetime" | "once" | "licence" | "license" | "einmalig" | "lizenz" | "unique"
        | "ponctuel" | "unico" | "pagounico" | "licencia" | "eenmalig" | "licentie" => {
            LineKind::OneTime
        }
        "recurringyearly" | "peryear" | "yearly" | "annual" | "annually" | "jahrlich"
        | "projahr" | "annuel" | "paran" | "anual" | "porano" | "jaarlijks" | "perjaar" => {
            LineKind::RecurringYearly
        }
        "recurringmonthly" | "permonth" | "monthly" | "monatlich" | "promonat" | "mensuel"
        | "parmois" | "mensual" | "pormes" | "maandelijks" | "permaand" => {
            LineKind::RecurringMonthly
        }
        "maintenance" | "maintenanceyearly" | "wartung" | "mantenimiento" | "onderhoud" => {
            LineKind::Maintenance
        }
        "service" | "services" | "dienstleistung" | "dienstleistungen" | "prestation"
        | "prestations" | "servicio" | "servicios" | "dienst" | "diensten" => LineKind::Service,
        _ => {
            return Err(RowFault::Kind(text.trim().to_string()));
        }
    })
}

/// A discountable cell: yes or no, in the five languages (empty: yes).
pub(super) fn read_yes_no(text: &str) -> Result<bool, RowFault> {
    match fold(text).as_str() {
        "" | "yes" | "y" | "true" | "1" | "x" | "ja" | "j" | "oui" | "o" | "si" | "s" => Ok(true),
        "no" | "n" | "false" | "0" | "nein" | "non" | "nee" => Ok(false),
        other => Err(RowFault::Discountable(other.to_string())),
    }
}
