//! The one rule every edit of a field follows: set it, and say whether it changed
//! (an edit that changes nothing starts no revision and saves nothing).

/// Sets `slot` to `value`, reporting whether it changed.
pub(crate) fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}
