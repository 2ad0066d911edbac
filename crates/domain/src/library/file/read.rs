//! Reading a proposal file: the size cap, JSON, the format and version (migrating
//! older versions), strict fields, then every value's range.

use serde::Deserialize;
use serde_json::Value;

use crate::library::file::migrate::migrate;
use crate::library::file::validate::validate;
use crate::library::file::{FORMAT, FileError, FileFault, ProposalFile, SCHEMA_VERSION, invalid};
use crate::limits::MAX_FILE_BYTES;

/// Reads a proposal file: size cap, JSON, format and version (migrating older
/// versions), strict fields, then every value's range.
///
/// # Errors
/// A [`FileError`] naming what is wrong; nothing is partly read.
///
/// # Examples
/// ```
/// use best_offer_domain::library::file::{parse_file, FileError, ProposalFile};
/// let empty = ProposalFile::new(Default::default(), vec![], None).to_json().unwrap();
/// assert_eq!(parse_file(&empty).unwrap().proposals.len(), 0);
/// assert!(matches!(parse_file("{\"format\":\"best-offer\",\"schema_version\":99}"), Err(FileError::Newer(99))));
/// assert!(parse_file("{\"format\":\"best-of").is_err());
/// ```
pub fn parse_file(text: &str) -> Result<ProposalFile, FileError> {
    let (value, _) = migrated(text)?;
    let file: ProposalFile = serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        FileError::Invalid {
            // The path of the whole file prints as "."; a rep reads "file".
            path: if path == "." {
                "file".to_string()
            } else {
                path
            },
            problem: FileFault::Type(error.into_inner().to_string()),
        }
    })?;
    validate(&file)?;
    Ok(file)
}

/// Reads the file this app kept in the browser: the same checks as [`parse_file`],
/// but a value of the wrong kind is named by serde's own message, without the path
/// to it.
///
/// The app starts by reading what it stored, so this reader is in the Wasm of the
/// first screen, and tracking the path through every field doubled the size of the
/// whole typed reader there; a file chosen for import, written by anything, still
/// goes through [`parse_file`], in the view that imports it.
///
/// # Errors
/// A [`FileError`]; nothing is partly read.
///
/// # Examples
/// ```
/// use best_offer_domain::library::file::{parse_file, parse_stored, FileError, ProposalFile};
/// let empty = ProposalFile::new(Default::default(), vec![], None).to_json().unwrap();
/// assert_eq!(parse_stored(&empty).unwrap(), parse_file(&empty).unwrap());
/// let wrong = r#"{"format":"best-offer","schema_version":7,"proposals":7}"#;
/// assert!(matches!(parse_stored(wrong), Err(FileError::Invalid { path, .. }) if path == "file"));
/// assert!(matches!(parse_file(wrong), Err(FileError::Invalid { path, .. }) if path == "proposals"));
/// ```
pub fn parse_stored(text: &str) -> Result<ProposalFile, FileError> {
    let (value, version) = migrated(text)?;
    // The typed file is read from text, never from the JSON value: then the Wasm of
    // the first screen carries one typed reader, of text, and not a second one of
    // values for every type of the file (about 120 KB before `wasm-opt`, measured:
    // docs/performance.md). Today's version is read from the text as stored (the
    // value served its checks); an older one from its migrated value written out.
    let migrated_text = (version != u64::from(SCHEMA_VERSION)).then(|| value.to_string());
    drop(value);
    let typed_text = migrated_text.as_deref().unwrap_or(text);
    let mut reader = serde_json::Deserializer::from_str(typed_text);
    let file = ProposalFile::deserialize(&mut reader)
        .and_then(|file| reader.end().map(|()| file))
        .map_err(|error| FileError::Invalid {
            path: "file".to_string(),
            problem: FileFault::Type(error.to_string()),
        })?;
    validate(&file)?;
    Ok(file)
}

/// The size cap, JSON, the format and version, and the migrations to this version:
/// the file as a JSON value of today's shape, and the version it was written in.
fn migrated(text: &str) -> Result<(Value, u64), FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge(text.len()));
    }
    // serde_json refuses nesting deeper than 128 levels, so no input can exhaust
    // the stack here.
    let value: Value = serde_json::from_str(text).map_err(|e| FileError::NotJson(e.to_string()))?;
    let Value::Object(ref object) = value else {
        return Err(FileError::NotOurs);
    };
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileError::NotOurs);
    }
    // Written through `Value`'s own printer: `Number`'s would bring in the
    // standard library's float printing (~10 KB of Wasm) for this one message.
    let version = match object.get("schema_version") {
        Some(value) => value
            .as_u64()
            .ok_or_else(|| FileError::UnknownVersion(value.to_string()))?,
        None => return Err(invalid("schema_version", FileFault::Missing)),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(FileError::Newer(version));
    }
    migrate(value, version).map(|value| (value, version))
}
