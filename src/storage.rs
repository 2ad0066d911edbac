//! The only module that touches browser storage. It never panics: storage that is
//! disabled, full or holding something unreadable is reported, and editing goes on.
//!
//! The proposal file is kept as records (the domain crate's `file::store`): one key
//! per proposal (`best-offer.p.<id>`), one for the desk (`best-offer.desk`) and an
//! index (`best-offer.store`), written last, so an autosave writes what changed —
//! the open proposal, most of the time — whatever the library holds. A library kept
//! under the one key of earlier versions (`best-offer.proposals`) becomes records at
//! start, and that key goes once every record is written; when storage has no room
//! for both, the library stays under the one key (and is saved there) until it has.
//!
//! Data found at start that cannot be read — corrupt JSON, a truncated value, a
//! missing record, a newer schema version — is first copied byte for byte to a key
//! of its own (`best-offer.kept.<time>`; records as the file they make), which
//! autosave never writes, and the app tells the rep how to download it.

use best_offer_domain::library::Library;
#[cfg(target_arch = "wasm32")]
use best_offer_domain::library::file::parse_stored;
use best_offer_domain::library::file::store::{Save, Written};
#[cfg(target_arch = "wasm32")]
use best_offer_domain::library::file::store::{StoreIndex, StoredLengths, assemble};
use best_offer_domain::library::file::{FileError, ProposalFile, parse_file};

/// The key holding every proposal, in versions before records.
pub const LEGACY_KEY: &str = "best-offer.proposals";
/// The key of the store's index.
pub const INDEX_KEY: &str = "best-offer.store";
/// The key of the desk's record.
pub const DESK_KEY: &str = "best-offer.desk";
/// The prefix of each proposal's record (its id follows).
pub const PROPOSAL_PREFIX: &str = "best-offer.p.";
/// Prefix of keys holding data that could not be read at start.
pub const KEPT_PREFIX: &str = "best-offer.kept.";

/// What storage holds, as last written or read: what the next save compares with.
#[derive(Debug, Default, Clone)]
pub struct Kept {
    /// The records as written.
    written: Written,
    /// Whether the library is still kept under [`LEGACY_KEY`] (no room to become
    /// records yet).
    legacy: bool,
}

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
        reason: FileError,
    },
    /// Unreadable data that could not be copied aside: autosave must not overwrite
    /// it, so it stays off.
    Unreadable {
        /// Why it could not be read.
        reason: FileError,
    },
    /// Storage is disabled, missing or cannot be read.
    Unavailable(SaveError),
}

/// Why storage cannot be used, or a save did not happen (the app's messages say it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is disabled or missing.
    Unavailable,
    /// Storage is there but could not be read.
    CannotRead,
    /// The file could not be written out (it always can, for valid data).
    NotWritten(FileError),
    /// The quota is used up.
    Full,
    /// Any other refusal, with the browser's words.
    Other(String),
}

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    // `window.localStorage` itself throws when storage is disabled.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Where this tab keeps the id of its first visit's proposal (session storage: it
/// lives as long as the tab, across reloads).
const FIRST_VISIT_KEY: &str = "best-offer.first-visit";

/// The id of the proposal this tab started before anything was saved, if it did:
/// a reload of a first visit names it, and it starts again under that id; an
/// address naming any other proposal in a browser that keeps none is another
/// browser's, and is said to be so.
pub fn first_visit_id() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?
            .session_storage()
            .ok()
            .flatten()?
            .get_item(FIRST_VISIT_KEY)
            .ok()
            .flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = FIRST_VISIT_KEY;
        None
    }
}

/// Remembers `id` as this tab's first-visit proposal (see [`first_visit_id`]).
pub fn remember_first_visit(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.set_item(FIRST_VISIT_KEY, id);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Reads the stored proposals, and what storage holds for the next save.
pub fn load() -> (Loaded, Kept) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(storage) = storage() else {
            return (Loaded::Unavailable(SaveError::Unavailable), Kept::default());
        };
        let read = |key: &str| storage.get_item(key);
        match read(INDEX_KEY) {
            Ok(Some(index)) => return load_records(&storage, &index),
            Ok(None) => {}
            Err(_) => return unreadable_storage(),
        }
        let raw = match read(LEGACY_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return (Loaded::Empty, Kept::default()),
            Err(_) => return unreadable_storage(),
        };
        match parse_stored(&raw) {
            Ok(file) => {
                let kept = become_records(&storage, &file);
                (Loaded::Restored(Box::new(file)), kept)
            }
            Err(error) => (keep_aside(&storage, &raw, &error), Kept::default()),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    (Loaded::Empty, Kept::default())
}

#[cfg(target_arch = "wasm32")]
fn unreadable_storage() -> (Loaded, Kept) {
    (Loaded::Unavailable(SaveError::CannotRead), Kept::default())
}

/// The store's records, read through the file's one strict reader.
#[cfg(target_arch = "wasm32")]
fn load_records(storage: &web_sys::Storage, index_text: &str) -> (Loaded, Kept) {
    let index = match StoreIndex::read(index_text) {
        Ok(index) => index,
        Err(error) => return (keep_aside(storage, index_text, &error), Kept::default()),
    };
    let record = |key: String| storage.get_item(&key).ok().flatten();
    let desk = record(DESK_KEY.to_string());
    let proposals: Vec<Option<String>> = index
        .proposals
        .iter()
        .map(|id| record(format!("{PROPOSAL_PREFIX}{id}")))
        .collect();
    // A missing record leaves a gap the strict reader refuses: the rest is kept
    // aside as found.
    let texts: Vec<&str> = proposals
        .iter()
        .map(|p| p.as_deref().unwrap_or(""))
        .collect();
    let text = assemble(&index, desk.as_deref().unwrap_or(""), &texts);
    match parse_stored(&text) {
        Ok(file) => {
            let lengths = StoredLengths {
                index: index_text.len(),
                desk: desk.as_deref().map_or(0, str::len),
                proposals: texts.iter().map(|t| t.len()).collect(),
            };
            let written = Written::read(&file, &index, &lengths);
            (
                Loaded::Restored(Box::new(file)),
                Kept {
                    written,
                    legacy: false,
                },
            )
        }
        Err(error) => (keep_aside(storage, &text, &error), Kept::default()),
    }
}

/// A library kept under the one key of earlier versions, written as records; the
/// key goes once every record is written. With no room for both, the records
/// written so far go and the library stays under its key.
#[cfg(target_arch = "wasm32")]
fn become_records(storage: &web_sys::Storage, file: &ProposalFile) -> Kept {
    let library = Library::from_file_or_start(
        file.clone(),
        crate::platform::moment(),
        crate::platform::new_id(),
    );
    let mut written = Written::default();
    let save = written.plan(&library);
    match write_records(&save) {
        Ok(()) => {
            written.commit(save);
            let _ = storage.remove_item(LEGACY_KEY);
            Kept {
                written,
                legacy: false,
            }
        }
        Err(_) => {
            for (id, _) in &save.proposals {
                let _ = storage.remove_item(&format!("{PROPOSAL_PREFIX}{id}"));
            }
            let _ = storage.remove_item(DESK_KEY);
            let _ = storage.remove_item(INDEX_KEY);
            Kept {
                written: Written::default(),
                legacy: true,
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn keep_aside(storage: &web_sys::Storage, raw: &str, error: &FileError) -> Loaded {
    let reason = error.clone();
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

/// Saves what changed in `library` since the last save (`kept`); returns how full
/// storage is, in per cent of [`CAPACITY_CHARS`] (the saved text counts one
/// character per byte: it is almost all ASCII, and more bytes than characters only
/// overstate it).
///
/// # Errors
/// A [`SaveError`] saying why not everything was saved; what was not is tried again
/// at the next save.
pub fn save(kept: &mut Kept, library: &Library) -> Result<usize, SaveError> {
    if kept.legacy {
        // Compact: indentation would take a sixth of the room (export writes it
        // pretty).
        let json = library
            .to_file()
            .to_compact_json()
            .map_err(SaveError::NotWritten)?;
        write(LEGACY_KEY, &json)?;
        return Ok(json.len().saturating_mul(100) / CAPACITY_CHARS);
    }
    let save = kept.written.plan(library);
    write_records(&save)?;
    kept.written.commit(save);
    Ok(kept.written.chars().saturating_mul(100) / CAPACITY_CHARS)
}

/// Writes a save's records, the index last; removes the records of proposals no
/// longer kept once the index no longer names them.
fn write_records(save: &Save) -> Result<(), SaveError> {
    for (id, text) in &save.proposals {
        write(&format!("{PROPOSAL_PREFIX}{id}"), text)?;
    }
    if let Some(desk) = &save.desk {
        write(DESK_KEY, desk)?;
    }
    if let Some(index) = &save.index {
        write(INDEX_KEY, index)?;
    }
    for id in &save.removed {
        remove(&format!("{PROPOSAL_PREFIX}{id}"));
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn remove(key: &str) {
    if let Some(storage) = storage() {
        // A record left behind takes room, and nothing reads it.
        let _ = storage.remove_item(key);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn remove(_key: &str) {}

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

/// Parses a file chosen for import: the strict reader of storage, naming the path of
/// a value of the wrong kind.
///
/// # Errors
/// The [`FileError`] naming what is wrong.
pub fn read_import(text: &str) -> Result<ProposalFile, FileError> {
    parse_file(text)
}
