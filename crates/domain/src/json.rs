//! The JSON form of everything the proposal file holds, written out field by field.
//!
//! Why by hand rather than with serde's derives: derived (de)serialisers are generic
//! code, instantiated per type and per deserialiser. Replacing them (and
//! `serde_path_to_error`) with these plain functions over [`serde_json::Value`] made
//! the Wasm 81 KB smaller (28 KB gzip; see the README's size section), and every
//! error still names the exact path of the field it is about.
//!
//! Reading is strict: unknown fields are refused, a missing field is named, decimal
//! figures are strings ("1200.50"; whole JSON numbers are accepted too) and never
//! binary fractions. Range checks live in [`crate::file`]. The format is pinned by
//! `tests/file_format.rs` and the committed v1 fixture, and described in
//! `docs/file-format.md`.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use serde_json::{Map, Value};

use crate::currency::Currency;
use crate::date::Date;
use crate::deal::{
    ApprovalBand, ApprovalPolicy, CostBasis, Deal, Floor, Lever, Line, LineId, LineKind,
    LineOverride, Scenario, ScenarioId,
};
use crate::file::{FileError, ProposalFile, SentRevision, Status, StoredProposal};
use crate::locale::NumberFormat;
use crate::offer::{Billing, CustomerOffer, OfferChoice, OfferDetails, OfferLine};
use crate::percent::Percent;
use crate::proposal::Proposal;

/// Where a value sits in the file, e.g. `proposals[0].proposal.deal`. Built on the
/// stack while reading, and turned into text only for an error.
#[derive(Debug, Clone, Copy)]
pub enum Path<'a> {
    /// The whole file.
    Root,
    /// A field of an object.
    Field(&'a Path<'a>, &'a str),
    /// An item of a list.
    Item(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => f.write_str("file"),
            Path::Field(Path::Root, key) => f.write_str(key),
            Path::Field(parent, key) => write!(f, "{parent}.{key}"),
            Path::Item(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// A value that has a JSON form.
pub trait ToJson {
    /// The JSON form.
    fn to_value(&self) -> Value;
}

/// A value that can be read from its JSON form.
pub trait FromJson: Sized {
    /// Reads the value at `at`.
    ///
    /// # Errors
    /// [`FileError::Invalid`] naming the path and what is wrong.
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError>;
}

/// An error about the value at `at`. Out of line and cold, like the other error
/// builders here: inlined at every field read they made the reader twice the size.
#[cold]
#[inline(never)]
pub fn invalid_at(at: Path<'_>, problem: impl Into<String>) -> FileError {
    FileError::Invalid {
        path: at.to_string(),
        problem: problem.into(),
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(n) if n.is_i64() || n.is_u64() => "a whole number",
        Value::Number(_) => "a number with a fraction",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cold]
#[inline(never)]
fn expected(at: Path<'_>, what: &str, found: &Value) -> FileError {
    invalid_at(at, format!("expected {what}, found {}", describe(found)))
}

fn text<'v>(value: &'v Value, at: Path<'_>) -> Result<&'v str, FileError> {
    value.as_str().ok_or_else(|| expected(at, "text", value))
}

/// The fields of a JSON object, read one by one.
pub struct Fields<'v, 'p> {
    map: &'v Map<String, Value>,
    at: Path<'p>,
}

impl<'v, 'p> Fields<'v, 'p> {
    /// The object at `at`, refusing any field not in `known`.
    ///
    /// # Errors
    /// [`FileError::Invalid`] when `value` is not an object or has an unknown field.
    pub fn of(value: &'v Value, at: Path<'p>, known: &[&str]) -> Result<Self, FileError> {
        let Value::Object(map) = value else {
            return Err(expected(at, "an object", value));
        };
        if let Some(key) = map.keys().find(|key| !known.contains(&key.as_str())) {
            return Err(invalid_at(at, format!("unknown field `{key}`")));
        }
        Ok(Fields { map, at })
    }

    /// A field that must be present.
    ///
    /// # Errors
    /// [`FileError::Invalid`] when it is missing or unreadable.
    #[inline(never)]
    pub fn required<T: FromJson>(&self, key: &str) -> Result<T, FileError> {
        let at = Path::Field(&self.at, key);
        match self.map.get(key) {
            Some(value) => T::from_value(value, at),
            None => Err(invalid_at(at, "missing")),
        }
    }

    /// A field that may be left out (then it takes its default).
    ///
    /// # Errors
    /// [`FileError::Invalid`] when it is present but unreadable.
    #[inline(never)]
    pub fn or_default<T: FromJson + Default>(&self, key: &str) -> Result<T, FileError> {
        match self.map.get(key) {
            Some(value) => T::from_value(value, Path::Field(&self.at, key)),
            None => Ok(T::default()),
        }
    }
}

/// An object with its fields in the order given (serde_json keeps insertion order
/// with its `preserve_order` feature, so files read top-down like the types).
pub fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(key, value)| (key.to_string(), value))
            .collect(),
    )
}

/// The JSON form of a struct from one list of its fields, in file order, each read
/// with `required` or `or_default` (see [`Fields`]): the names written, the names
/// read and the names known cannot drift apart.
macro_rules! json_struct {
    ($type:ident { $($field:ident: $read:ident),+ $(,)? }) => {
        impl ToJson for $type {
            fn to_value(&self) -> Value {
                object(vec![$((stringify!($field), self.$field.to_value())),+])
            }
        }

        impl FromJson for $type {
            fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
                let fields = Fields::of(value, at, &[$(stringify!($field)),+])?;
                Ok($type {
                    $($field: fields.$read(stringify!($field))?),+
                })
            }
        }
    };
}

// --- Plain values -------------------------------------------------------------

impl ToJson for String {
    fn to_value(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromJson for String {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        text(value, at).map(str::to_string)
    }
}

impl ToJson for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        value
            .as_bool()
            .ok_or_else(|| expected(at, "true or false", value))
    }
}

impl ToJson for u32 {
    fn to_value(&self) -> Value {
        Value::from(*self)
    }
}

impl FromJson for u32 {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| expected(at, "a whole number from 0 to 4294967295", value))
    }
}

impl ToJson for i64 {
    fn to_value(&self) -> Value {
        Value::from(*self)
    }
}

impl FromJson for i64 {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        value
            .as_i64()
            .ok_or_else(|| expected(at, "a whole number", value))
    }
}

impl ToJson for Decimal {
    fn to_value(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl FromJson for Decimal {
    /// A decimal string ("1200.50"), or a whole JSON number. A JSON
    /// number with a fraction would have passed through binary floating point, so
    /// it is refused.
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        match value {
            // `from_str_exact` is the parser the rep's input already goes through
            // (one copy of it in the bundle); it refuses rather than rounds.
            Value::String(s) => Decimal::from_str_exact(s)
                .map_err(|_| invalid_at(at, format!("“{s}” is not a decimal number"))),
            Value::Number(n) => n
                .as_i64()
                .map(Decimal::from)
                .or_else(|| n.as_u64().map(Decimal::from))
                .ok_or_else(|| {
                    invalid_at(at, "write decimal figures as strings, e.g. \"1200.50\"")
                }),
            other => Err(expected(at, "a decimal number as text", other)),
        }
    }
}

impl ToJson for Percent {
    fn to_value(&self) -> Value {
        self.points().to_value()
    }
}

impl FromJson for Percent {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        Decimal::from_value(value, at).map(Percent::new)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_value)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        match value {
            Value::Null => Ok(None),
            other => T::from_value(other, at).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_value(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_value).collect())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        let Value::Array(items) = value else {
            return Err(expected(at, "a list", value));
        };
        // A plain loop: `collect::<Result<Vec<_>, _>>()` instantiates a larger
        // adapter per item type.
        let mut read = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            read.push(T::from_value(item, Path::Item(&at, index))?);
        }
        Ok(read)
    }
}

impl ToJson for BTreeMap<String, String> {
    fn to_value(&self) -> Value {
        Value::Object(
            self.iter()
                .map(|(key, value)| (key.clone(), Value::String(value.clone())))
                .collect(),
        )
    }
}

impl FromJson for BTreeMap<String, String> {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        let Value::Object(map) = value else {
            return Err(expected(at, "an object", value));
        };
        // Inserted one by one: collecting into a map sorts with a stable sort that
        // is not otherwise in the bundle.
        let mut read = BTreeMap::new();
        for (key, item) in map {
            read.insert(
                key.clone(),
                String::from_value(item, Path::Field(&at, key))?,
            );
        }
        Ok(read)
    }
}

impl ToJson for Currency {
    fn to_value(&self) -> Value {
        Value::from(self.code())
    }
}

impl FromJson for Currency {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        Currency::from_code(text(value, at)?).map_err(|e| invalid_at(at, e.to_string()))
    }
}

impl ToJson for Date {
    fn to_value(&self) -> Value {
        Value::String(self.to_iso())
    }
}

impl FromJson for Date {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        Date::parse_iso(text(value, at)?).map_err(|e| invalid_at(at, e.to_string()))
    }
}

/// The JSON form of a fieldless enum from one list of its variants and their
/// kebab-case names: the names written and the names read cannot drift apart.
macro_rules! json_names {
    ($type:ident { $($variant:ident: $name:literal),+ $(,)? }) => {
        impl ToJson for $type {
            fn to_value(&self) -> Value {
                Value::from(match self {
                    $($type::$variant => $name),+
                })
            }
        }

        impl FromJson for $type {
            fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
                let name = text(value, at)?;
                match name {
                    $($name => Ok($type::$variant),)+
                    _ => Err(not_one_of(at, name, &[$($name),+])),
                }
            }
        }
    };
}

/// The JSON form of an enum whose variants each carry one value, written as
/// `{"<tag>": "<name>", "value": ...}`, from one list of variants and names.
macro_rules! json_tagged {
    ($type:ident, $tag:literal { $($variant:ident: $name:literal),+ $(,)? }) => {
        impl ToJson for $type {
            fn to_value(&self) -> Value {
                let (name, value) = match self {
                    $($type::$variant(inner) => ($name, inner.to_value())),+
                };
                object(vec![($tag, Value::from(name)), ("value", value)])
            }
        }

        impl FromJson for $type {
            fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
                let fields = Fields::of(value, at, &[$tag, "value"])?;
                let name: String = fields.required($tag)?;
                match name.as_str() {
                    $($name => fields.required("value").map($type::$variant),)+
                    other => Err(not_one_of(Path::Field(&at, $tag), other, &[$($name),+])),
                }
            }
        }
    };
}

#[cold]
#[inline(never)]
fn not_one_of(at: Path<'_>, name: &str, names: &[&str]) -> FileError {
    invalid_at(at, format!("“{name}” is not one of {}", names.join(", ")))
}

// --- Names of the enums (kebab-case) -----------------------------------------

json_names! {
    NumberFormat {
        CommaDot: "comma-dot",
        DotComma: "dot-comma",
        SpaceComma: "space-comma",
        ApostropheDot: "apostrophe-dot",
        Indian: "indian",
    }
}

json_names! {
    LineKind {
        OneTime: "one-time",
        RecurringYearly: "recurring-yearly",
        RecurringMonthly: "recurring-monthly",
        Maintenance: "maintenance",
        Service: "service",
    }
}

json_names! {
    Billing {
        OneTime: "one-time",
        PerYear: "per-year",
        PerMonth: "per-month",
    }
}

json_names! {
    Status {
        Draft: "draft",
        Sent: "sent",
        Won: "won",
        Lost: "lost",
    }
}

// --- The deal -------------------------------------------------------------------

impl ToJson for LineId {
    fn to_value(&self) -> Value {
        self.0.to_value()
    }
}

impl FromJson for LineId {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        u32::from_value(value, at).map(LineId)
    }
}

impl ToJson for ScenarioId {
    fn to_value(&self) -> Value {
        self.0.to_value()
    }
}

impl FromJson for ScenarioId {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        u32::from_value(value, at).map(ScenarioId)
    }
}

json_tagged! {
    CostBasis, "basis" {
        UnitCost: "unit-cost",
        MarginAtList: "margin-at-list",
    }
}

json_struct! {
    Line {
        id: required,
        kind: required,
        name: required,
        description: or_default,
        quantity: required,
        unit_list_price: required,
        cost: required,
        discountable: required,
        max_discount: or_default,
        maintenance_rate: or_default,
        covers: or_default,
    }
}

json_struct! {
    Floor {
        min_margin: or_default,
        walk_away: or_default,
    }
}

json_struct! {
    ApprovalBand {
        up_to: required,
        approver: required,
    }
}

json_struct! {
    ApprovalPolicy {
        bands: required,
        above: required,
    }
}

json_tagged! {
    Lever, "kind" {
        Discount: "discount",
        TargetPrice: "target-price",
        TargetMargin: "target-margin",
    }
}

json_struct! {
    LineOverride {
        line: required,
        discount: required,
    }
}

json_struct! {
    Scenario {
        id: required,
        name: required,
        lever: required,
        overrides: or_default,
    }
}

json_struct! {
    Deal {
        currency: required,
        term_months: required,
        lines: required,
        tax_rate: or_default,
        floor: or_default,
        nice_step: or_default,
        approval: or_default,
    }
}

// --- The proposal and its offer -----------------------------------------------

impl ToJson for OfferChoice {
    fn to_value(&self) -> Value {
        match self {
            OfferChoice::BestOffer => object(vec![("kind", Value::from("best-offer"))]),
            OfferChoice::Scenario(id) => object(vec![
                ("kind", Value::from("scenario")),
                ("scenario", id.to_value()),
            ]),
        }
    }
}

impl FromJson for OfferChoice {
    fn from_value(value: &Value, at: Path<'_>) -> Result<Self, FileError> {
        let fields = Fields::of(value, at, &["kind", "scenario"])?;
        let kind: String = fields.required("kind")?;
        match kind.as_str() {
            "best-offer" => Ok(OfferChoice::BestOffer),
            "scenario" => fields.required("scenario").map(OfferChoice::Scenario),
            other => Err(not_one_of(
                Path::Field(&at, "kind"),
                other,
                &["best-offer", "scenario"],
            )),
        }
    }
}

json_struct! {
    OfferDetails {
        seller_company: required,
        rep_name: required,
        rep_email: required,
        rep_phone: required,
        buyer_contact: required,
        number: required,
        revision: required,
        issue_date: required,
        valid_through: required,
        payment_terms: required,
        included: required,
        not_included: required,
        assumptions: required,
        best_and_final: required,
        note: required,
        choice: required,
    }
}

json_struct! {
    Proposal {
        customer: or_default,
        deal_name: or_default,
        number_format: or_default,
        deal: required,
        scenarios: required,
        offer: required,
    }
}

json_struct! {
    OfferLine {
        name: required,
        description: required,
        billing: required,
        quantity: required,
        unit_list_price: required,
        discount: required,
        net: required,
        term_amount: required,
    }
}

json_struct! {
    CustomerOffer {
        seller_company: required,
        rep_name: required,
        rep_email: required,
        rep_phone: required,
        buyer_company: required,
        buyer_contact: required,
        deal_name: required,
        number: required,
        revision: required,
        issue_date: required,
        valid_through: required,
        currency: required,
        number_format: required,
        term_months: required,
        lines: required,
        one_time_total: required,
        recurring_per_year: required,
        first_year_total: required,
        term_total: required,
        tax_rate: or_default,
        tax: required,
        total_with_tax: required,
        payment_terms: required,
        included: required,
        not_included: required,
        assumptions: required,
        best_and_final: required,
        note: required,
    }
}

// --- The file -------------------------------------------------------------------

json_struct! {
    SentRevision {
        revision: required,
        sent_ms: required,
        offer: required,
    }
}

json_struct! {
    StoredProposal {
        id: required,
        created_ms: required,
        updated_ms: required,
        status: required,
        proposal: required,
        sent: or_default,
        drafts: or_default,
    }
}

json_struct! {
    ProposalFile {
        format: required,
        schema_version: required,
        notice: required,
        proposals: required,
        current: or_default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: ToJson + FromJson + PartialEq + fmt::Debug>(value: T) {
        let back = T::from_value(&value.to_value(), Path::Root);
        assert_eq!(back.as_ref().ok(), Some(&value));
    }

    #[test]
    fn every_enum_name_reads_back() {
        for format in [
            NumberFormat::CommaDot,
            NumberFormat::DotComma,
            NumberFormat::SpaceComma,
            NumberFormat::ApostropheDot,
            NumberFormat::Indian,
        ] {
            round_trip(format);
        }
        for kind in [
            LineKind::OneTime,
            LineKind::RecurringYearly,
            LineKind::RecurringMonthly,
            LineKind::Maintenance,
            LineKind::Service,
        ] {
            round_trip(kind);
        }
        for billing in [Billing::OneTime, Billing::PerYear, Billing::PerMonth] {
            round_trip(billing);
        }
        for status in [Status::Draft, Status::Sent, Status::Won, Status::Lost] {
            round_trip(status);
        }
        round_trip(OfferChoice::BestOffer);
        round_trip(OfferChoice::Scenario(ScenarioId(4)));
        round_trip(Lever::TargetMargin(Percent::new(Decimal::new(555, 1))));
        round_trip(CostBasis::UnitCost(Decimal::new(17_556, 2)));
    }

    #[test]
    fn paths_read_like_the_file() {
        let root = Path::Root;
        let proposals = Path::Field(&root, "proposals");
        let first = Path::Item(&proposals, 0);
        let deal = Path::Field(&first, "deal");
        assert_eq!(root.to_string(), "file");
        assert_eq!(deal.to_string(), "proposals[0].deal");
    }

    #[test]
    fn decimals_are_strings_and_fractional_json_numbers_are_refused() {
        assert_eq!(Decimal::new(120_050, 2).to_value(), Value::from("1200.50"));
        let read = |v: Value| Decimal::from_value(&v, Path::Root);
        assert_eq!(read(Value::from(12)), Ok(Decimal::from(12)));
        assert_eq!(read(Value::from("-0.50")), Ok(Decimal::new(-50, 2)));
        assert!(read(Value::from(1.5)).is_err());
        assert!(read(Value::from("12x")).is_err());
        assert!(read(Value::Null).is_err());
    }
}
