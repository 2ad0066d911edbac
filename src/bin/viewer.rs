//! Entry point of the customer's viewer: a Wasm of its own, loaded for a customer
//! link instead of the rep's app, so the customer downloads the offer's reader and
//! not the rep's desk.

/// A free-list allocator of a few hundred bytes instead of dlmalloc's several
/// kilobytes: the viewer reads one link and renders one document, so a simple
/// allocator's slower search of its free list never shows (docs/performance.md).
/// The lock is a spin lock that a single-threaded page never waits on; it keeps
/// the declaration free of `unsafe`.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

fn main() {
    best_offer::start_viewer();
}
