//! The only module that touches browser storage. It never panics: storage that is
//! disabled, full or holding something unreadable is reported, and editing goes on.
//!
//! Everything lives under one key as a versioned proposal file (see the domain
//! crate's `file` module). Data found at start that cannot be read — corrupt JSON,
//! a truncated value, a newer schema version — is first copied byte for byte to a
//! key of its own (`best-offer.kept.<time>`), which autosave never writes, and the
//! app tells the rep how to download it.

use best_offer_domain::library::file::{FileError, ProposalFile, parse_file};

use crate::messages::Explain;

/// The key holding every proposal.
pub const KEY: &str = "best-offer.proposals";
/// Prefix of keys holding data that could not be read at start.
pub const KEPT_PREFIX: &str = "best-offer.kept.";

/// What was found in storage at start.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// The proposals, as saved.
    Restored(Box<ProposalFile>),
    /// Unreadable data, copied aside under `key`; the app starts fresh.
    KeptAside {
        /// Where the original bytes are.
        key: String,
        /// Why it could not be read.
        reason: String,
    },
    /// Unreadable data that could not be copied aside: autosave must not overwrite
    /// it, so it stays off.
    Unreadable {
        /// Why it could not be read.
        reason: String,
    },
    /// Storage is disabled or missing.
    Unavailable(String),
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is disabled or missing.
    Unavailable,
    /// The quota is used up.
    Full,
    /// Any other refusal, with the browser's words.
    Other(String),
}

impl SaveError {
    /// What the rep reads.
    pub fn message(&self) -> String {
        match self {
            SaveError::Unavailable => "Browser storage is unavailable here, so changes are not saved. Export your proposals to keep them.".into(),
            SaveError::Full => "Browser storage is full, so the latest changes are not saved. Export your proposals, then delete some you no longer need (or catalogue items, or a large logo).".into(),
            SaveError::Other(why) => format!("Saving failed ({why}). Export your proposals to keep them."),
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    // `window.localStorage` itself throws when storage is disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the stored proposals.
pub fn load() -> Loaded {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(storage) = storage() else {
            return Loaded::Unavailable("Browser storage is unavailable here, so changes are not saved. Export your proposals to keep them.".into());
        };
        let raw = match storage.get_item(KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Loaded::Empty,
            Err(_) => return Loaded::Unavailable("Browser storage could not be read.".into()),
        };
        match parse_file(&raw) {
            Ok(file) => Loaded::Restored(Box::new(file)),
            Err(error) => keep_aside(&storage, &raw, &error),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Loaded::Empty
}

#[cfg(target_arch = "wasm32")]
fn keep_aside(storage: &web_sys::Storage, raw: &str, error: &FileError) -> Loaded {
    let reason = error.explain();
    // Already kept (an earlier start found the same bytes)? Then do not copy again.
    let length = storage.length().unwrap_or(0);
    for i in 0..length {
        if let Ok(Some(key)) = storage.key(i)
            && key.starts_with(KEPT_PREFIX)
            && storage.get_item(&key).ok().flatten().as_deref() == Some(raw)
        {
            return Loaded::KeptAside { key, reason };
        }
    }
    let key = format!("{KEPT_PREFIX}{}", crate::platform::now_ms());
    match storage.set_item(&key, raw) {
        Ok(()) => Loaded::KeptAside { key, reason },
        Err(_) => Loaded::Unreadable { reason },
    }
}

/// What browser storage holds for one site, in characters: 5 MiB in Chromium and
/// Firefox (measured in Chromium by `tests/e2e/desk.spec.mjs`; see the README's
/// "Storage" figures). The app's one key must fit in it, with the other keys.
pub const CAPACITY_CHARS: usize = 5 * 1024 * 1024;

/// The share of [`CAPACITY_CHARS`] from which the rep is warned, in per cent.
pub const WARN_AT_PERCENT: usize = 80;

/// Saves every proposal and the desk; returns how full storage is, in per cent of
/// [`CAPACITY_CHARS`] (the saved text counts one character per byte: the file is
/// almost all ASCII, and more bytes than characters only overstate it).
///
/// # Errors
/// A [`SaveError`] saying why nothing was saved.
pub fn save(file: &ProposalFile) -> Result<usize, SaveError> {
    // Compact: indentation would take a sixth of the room (export writes it pretty).
    let json = file
        .to_compact_json()
        .map_err(|e| SaveError::Other(e.explain()))?;
    write(KEY, &json)?;
    Ok(json.len().saturating_mul(100) / CAPACITY_CHARS)
}

#[cfg(target_arch = "wasm32")]
fn write(key: &str, value: &str) -> Result<(), SaveError> {
    let storage = storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, value).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            SaveError::Full
        } else {
            SaveError::Other(if name.is_empty() {
                "refused".into()
            } else {
                name
            })
        }
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn write(_key: &str, _value: &str) -> Result<(), SaveError> {
    Err(SaveError::Unavailable)
}

/// The text kept under `key`, for download.
pub fn read_kept(key: &str) -> Option<String> {
    if !key.starts_with(KEPT_PREFIX) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        storage()?.get_item(key).ok().flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Parses a file chosen for import (the same strict reader as storage).
///
/// # Errors
/// The [`FileError`] naming what is wrong.
pub fn read_import(text: &str) -> Result<ProposalFile, FileError> {
    parse_file(text)
}
