//! Older file versions brought to the current one, one step at a time. Each past
//! version has a committed fixture under `tests/fixtures/` that must keep migrating.

use serde_json::Value;

use crate::library::file::FileError;
use crate::offer::words::Language;

/// Brings a file of version `from` to [`SCHEMA_VERSION`], one step at a time.
/// Each past version has a committed fixture under `tests/fixtures/` that must keep
/// migrating to the current version.
pub(crate) fn migrate(value: Value, from: u64) -> Result<Value, FileError> {
    match from {
        1 => migrate(v1_to_v2(value), 2),
        2 => migrate(v2_to_v3(value), 3),
        3 => migrate(v3_to_v4(value), 4),
        4 => migrate(v4_to_v5(value), 5),
        5 => migrate(v5_to_v6(value), 6),
        6 => migrate(v6_to_v7(value), 7),
        7 => Ok(value),
        other => Err(FileError::UnknownVersion(other.to_string())),
    }
}

/// The stored proposals of a file's JSON object (none when it has no such array:
/// the strict reading names that).
fn stored_proposals(
    object: &mut serde_json::Map<String, Value>,
) -> impl Iterator<Item = &mut Value> {
    object
        .get_mut("proposals")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// Tax as version 4 computed it: rounded once on the total; with no rate, prices
/// before tax.
fn tax_as_before(holder: &mut serde_json::Map<String, Value>) {
    holder
        .entry("tax_rounding")
        .or_insert_with(|| Value::from("on-total"));
    holder
        .entry("tax_statement")
        .or_insert_with(|| Value::from("excluded"));
}

/// The catalogue items of a file's JSON object (none when it has no such array).
fn catalogue_items(
    object: &mut serde_json::Map<String, Value>,
) -> impl Iterator<Item = &mut Value> {
    object
        .get_mut("desk")
        .and_then(|desk| desk.get_mut("catalogue"))
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
}

/// Version 6 to 7: options in one offer. A proposal of version 6 has none, and
/// its sent offers none either: only the version changes.
fn v6_to_v7(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_string(), Value::from(7_u32));
    }
    value
}

/// Version 5 to 6: how offers ended, and when to call back. Every new field is
/// optional: a won or lost proposal of version 5 keeps its status with no outcome
/// recorded (its day, reason and figures were never known, and are not guessed), and
/// no follow-up is set (the rule's day applies). Only the version changes.
fn v5_to_v6(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_string(), Value::from(6_u32));
    }
    value
}

/// Version 4 to 5: what the customer asked for, and tax said plainly. Every
/// proposal gets its (empty) list of requirements, every catalogue item says what it
/// provides (nothing yet), and every deal and the profile say how tax is rounded
/// (on the total, as before) and what an offer without a rate says of tax (that
/// prices exclude it). Sent offers keep their own form. Anything malformed is left
/// for the strict reading to name.
fn v4_to_v5(mut value: Value) -> Value {
    let Some(object) = value.as_object_mut() else {
        return value;
    };
    for item in catalogue_items(object).filter_map(Value::as_object_mut) {
        item.entry("provides").or_insert_with(|| Value::from(""));
    }
    if let Some(profile) = object
        .get_mut("desk")
        .and_then(|desk| desk.get_mut("profile"))
        .and_then(Value::as_object_mut)
    {
        tax_as_before(profile);
    }
    for stored in stored_proposals(object) {
        if let Some(proposal) = stored.get_mut("proposal").and_then(Value::as_object_mut) {
            proposal
                .entry("requirements")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Some(deal) = proposal.get_mut("deal").and_then(Value::as_object_mut) {
                tax_as_before(deal);
            }
        }
    }
    object.insert("schema_version".to_string(), Value::from(5_u32));
    value
}

/// Version 3 to 4: one shape per idea.
///
/// - Who an offer is from is one nested object, `seller` (company, address, the rep's
///   name, title, email and phone, the logo), in Your details and in each proposal's
///   offer, where they were loose fields (`company`…, and `seller_company`,
///   `seller_address`, `rep_name`… in an offer).
/// - What a product is and how it is priced is one nested object, `terms` (kind,
///   name, description, unit list price, cost, discountable, maximum discount,
///   maintenance rate), in each line and each catalogue item.
///
/// Sent offers keep their own form: what the customer received is not rewritten.
/// Anything malformed is left for the strict reading to name.
fn v3_to_v4(mut value: Value) -> Value {
    const PROFILE: [(&str, &str); 7] = [
        ("company", "company"),
        ("address", "address"),
        ("rep_name", "rep_name"),
        ("rep_title", "rep_title"),
        ("rep_email", "rep_email"),
        ("rep_phone", "rep_phone"),
        ("logo", "logo"),
    ];
    const OFFER: [(&str, &str); 7] = [
        ("seller_company", "company"),
        ("seller_address", "address"),
        ("rep_name", "rep_name"),
        ("rep_title", "rep_title"),
        ("rep_email", "rep_email"),
        ("rep_phone", "rep_phone"),
        ("logo", "logo"),
    ];
    let Some(object) = value.as_object_mut() else {
        return value;
    };
    if let Some(profile) = object
        .get_mut("desk")
        .and_then(|desk| desk.get_mut("profile"))
        .and_then(Value::as_object_mut)
    {
        nest_seller(profile, &PROFILE);
    }
    catalogue_items(object).for_each(nest_terms);
    for stored in stored_proposals(object) {
        let Some(proposal) = stored.get_mut("proposal") else {
            continue;
        };
        if let Some(offer) = proposal.get_mut("offer").and_then(Value::as_object_mut) {
            nest_seller(offer, &OFFER);
        }
        if let Some(lines) = proposal
            .get_mut("deal")
            .and_then(|deal| deal.get_mut("lines"))
            .and_then(Value::as_array_mut)
        {
            lines.iter_mut().for_each(nest_terms);
        }
    }
    object.insert("schema_version".to_string(), Value::from(4_u32));
    value
}

/// Moves a line's or an item's pricing terms into a nested `terms` object.
fn nest_terms(holder: &mut Value) {
    const TERMS: [&str; 8] = [
        "kind",
        "name",
        "description",
        "unit_list_price",
        "cost",
        "discountable",
        "max_discount",
        "maintenance_rate",
    ];
    let Some(object) = holder.as_object_mut() else {
        return;
    };
    let mut terms = serde_json::Map::new();
    for name in TERMS {
        if let Some(field) = object.remove(name) {
            terms.insert(name.to_string(), field);
        }
    }
    object.insert("terms".to_string(), Value::Object(terms));
}

/// Moves the seller's fields of `object` (`from` name → `to` name) into a nested
/// `seller` object.
fn nest_seller(object: &mut serde_json::Map<String, Value>, names: &[(&str, &str)]) {
    let mut seller = serde_json::Map::new();
    for (from, to) in names {
        if let Some(field) = object.remove(*from) {
            seller.insert((*to).to_string(), field);
        }
    }
    // A profile version 2's migration made of nothing but its language has no
    // seller yet: it reads as the default, as before.
    if !seller.is_empty() {
        object.insert("seller".to_string(), Value::Object(seller));
    }
}

/// Version 2 to 3: written offers get a language. Every proposal's offer and the
/// profile's new offers are in English, as before; an offer whose proposal wrote
/// numbers in another format than English's keeps that format as the rep's choice,
/// so every offer prints exactly as it did. (Sent offers need nothing: an English
/// offer leaves its language out.) Anything malformed is left for the strict
/// reading to name.
fn v2_to_v3(mut value: Value) -> Value {
    let english = Value::from(Language::En.code());
    let english_format = serde_json::to_value(Language::En.number_format()).ok();
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_string(), Value::from(3_u32));
        if let Some(profile) = object
            .get_mut("desk")
            .and_then(|desk| desk.get_mut("profile"))
            .and_then(Value::as_object_mut)
        {
            profile.insert("offer_language".to_string(), english.clone());
        }
        let proposals = stored_proposals(object);
        for stored in proposals {
            let Some(proposal) = stored.get_mut("proposal").and_then(Value::as_object_mut) else {
                continue;
            };
            let format = proposal.get("number_format").cloned();
            if let Some(offer) = proposal.get_mut("offer").and_then(Value::as_object_mut) {
                offer.insert("language".to_string(), english.clone());
                if let Some(format) = format.filter(|f| Some(f) != english_format.as_ref()) {
                    offer.insert("number_format".to_string(), format);
                }
            }
        }
    }
    value
}

/// Version 1 to 2: approval bands get ids (1, 2, … in their order, which is what a
/// version 1 draft's `band-N-limit` key meant), and the file gets a desk (the
/// missing `desk` reads as an empty one). Anything malformed is left for the strict
/// reading to name.
fn v1_to_v2(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_string(), Value::from(2_u32));
        let proposals = stored_proposals(object);
        for stored in proposals {
            let bands = stored
                .pointer_mut("/proposal/deal/approval/bands")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten();
            for (index, band) in bands.enumerate() {
                if let Some(band) = band.as_object_mut() {
                    let id = u32::try_from(index).unwrap_or(u32::MAX).saturating_add(1);
                    band.insert("id".to_string(), Value::from(id));
                }
            }
        }
    }
    value
}
