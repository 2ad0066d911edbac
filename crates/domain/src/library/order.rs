//! Moving one item of an ordered list one place up or down: lines of a deal and the
//! customer's requirements share the rule.

/// Direction of a move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the top.
    Up,
    /// Towards the bottom.
    Down,
}

/// Swaps the item at `index` with its neighbour in `direction`; `false` when there
/// is none (the first item cannot go up, the last cannot go down).
///
/// # Examples
/// ```
/// use best_offer_domain::library::order::{move_one, Direction};
/// let mut items = vec!['a', 'b', 'c'];
/// assert!(move_one(&mut items, 0, Direction::Down));
/// assert_eq!(items, ['b', 'a', 'c']);
/// assert!(!move_one(&mut items, 0, Direction::Up));
/// assert!(!move_one(&mut items, 2, Direction::Down));
/// ```
pub fn move_one<T>(items: &mut [T], index: usize, direction: Direction) -> bool {
    let other = match direction {
        Direction::Up => index.checked_sub(1),
        Direction::Down => index.checked_add(1),
    };
    match other.filter(|other| *other < items.len() && index < items.len()) {
        Some(other) => {
            items.swap(index, other);
            true
        }
        None => false,
    }
}
