//! The global allocator: mimalloc, called through its plain `mi_malloc` entry points whenever
//! the requested alignment is one every mimalloc block already has.
//!
//! The VM allocates many small, short-lived objects (frames, futures, tasks, strings), and
//! mimalloc's size-class pages cost fewer instructions per allocation than glibc malloc and no
//! per-block header (a pending asyncio task is several small blocks). The `mimalloc` crate's
//! allocator sends every request through `mi_malloc_aligned`, whose extra alignment checks
//! cost about three times the plain fast path; Rust's own `System` allocator makes the same
//! split this one does (plain `malloc` when the alignment is guaranteed anyway).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned};

/// The alignment every mimalloc block has: block sizes are whole words and a page's blocks start
/// word-aligned. (Not 16: the 24- and 40-byte size classes hold blocks that are only 8-byte
/// aligned, which is why `mi_malloc_aligned` checks the free block's address.)
const MIN_ALIGN: usize = std::mem::size_of::<usize>();

pub struct Allocator;

/// Whether `mi_malloc(size)` already returns memory aligned for `align`. (Most requests: boxed
/// and reference-counted objects, vectors of values and strings all have alignment 8 or less;
/// hashbrown's tables ask for 16 and take the aligned path.)
#[inline(always)]
fn plain(align: usize) -> bool {
    align <= MIN_ALIGN
}

// SAFETY: each method returns mimalloc memory of at least the requested size, aligned as
// `MIN_ALIGN` states or as `mi_*_aligned` guarantees; `mi_free` and `mi_realloc*` accept any
// pointer from any of these functions.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if plain(layout.align()) {
                mi_malloc(layout.size()) as *mut u8
            } else {
                mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe {
            if plain(layout.align()) {
                mi_zalloc(layout.size()) as *mut u8
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if plain(layout.align()) {
                mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

// mimalloc's `mi_option_set` (in the library this crate links; `libmimalloc-sys` declares it
// only behind a feature that would add a dependency for one function).
unsafe extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_arena_reserve` in mimalloc v3's `mi_option_t` (mimalloc.h).
const MI_OPTION_ARENA_RESERVE: std::ffi::c_int = 23;

/// Settings made before the first allocation that needs an arena (the start of `main`).
///
/// The first arena is reserved at 64 MiB rather than mimalloc's 1 GiB: an arena's bitmaps are
/// sized by its reservation and zeroed when it is made, and for 1 GiB that was about 40 fresh
/// pages, a tenth of the page faults of an empty script. A program that needs more memory
/// gets further arenas as it grows.
pub fn configure() {
    // SAFETY: setting an option is a plain store into mimalloc's option table; it is read when
    // the first arena is reserved, which happens later, at the first page allocation.
    unsafe { mi_option_set(MI_OPTION_ARENA_RESERVE, 64 * 1024) }
}
