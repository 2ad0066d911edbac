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
        3 => Ok(value),
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
