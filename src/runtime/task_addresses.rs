//! Where CPython 3.11 would put each task in memory, so tasks hash as CPython's do.
//!
//! A task hashes by identity, that is by its address rotated right by 4 bits, and a set
//! iterates in the order of those hashes masked by its table size. So the order a script sees
//! when it loops over `asyncio.wait()`'s done/pending sets or over `asyncio.all_tasks()`, and
//! the order `asyncio.run()` cancels the tasks left over (each printing in its `except
//! CancelledError`), follow where pymalloc placed the `_asyncio.Task` objects. Those are 192
//! bytes, so they come from pymalloc's 192-byte size class: 16 KiB pools holding 85 blocks
//! at offsets 0x40 + 192 * k, a freed block going on top of its pool's free list (reused
//! first), fresh blocks taken in address order.
//!
//! In a script that imports asyncio and calls `asyncio.run(main())`, CPython's first task
//! (main's) lands on block 31 of such a pool, the next ones on blocks 45, 46 and 57 (free
//! ones left by start-up) and the ones after on blocks 59, 60, ... This module replays that: each
//! native task takes a block when made and gives it back when it dies, and its hash is the
//! rotated address of that block. Other objects that share the size class in CPython (short
//! coroutines, 24-slot list buffers) are not modelled, so this matches CPython's order for
//! the usual scripts, not every script.

use std::cell::RefCell;

/// Blocks per 16 KiB pool in the 192-byte size class ((16384 - 64) / 192).
const BLOCKS_PER_POOL: u32 = 85;
/// The first task's pool (bits 14 and up of CPython's addresses vary between scripts; these
/// only matter for sets that collide twice in a row).
const BASE: u64 = 0x7f1c_e7c0_8000;

struct Blocks {
    /// Freed blocks, the most recently freed last (taken first).
    free: Vec<u16>,
    /// The next never-used block.
    next: u32,
}

thread_local! {
    // Block numbers are stored plus one, so 0 can mean "no modelled block".
    static BLOCKS: RefCell<Blocks> = RefCell::new(Blocks { free: vec![58, 47, 46, 32], next: 59 });
}

/// A block for a new task (never 0).
pub fn take() -> u16 {
    BLOCKS.with(|b| {
        let mut b = b.borrow_mut();
        if let Some(slot) = b.free.pop() {
            return slot;
        }
        let block = b.next;
        // Past 65534 blocks the numbers wrap: the hashes then repeat, which sets tolerate.
        b.next = if block + 2 >= u16::MAX as u32 { 0 } else { block + 1 };
        (block + 1) as u16
    })
}

/// Give a dead task's block back (0: it had none).
pub fn give_back(slot: u16) {
    if slot == 0 {
        return;
    }
    // A task dropped while its thread's storage is torn down has nowhere to return its block.
    let _ = BLOCKS.try_with(|b| b.borrow_mut().free.push(slot));
}

/// CPython's `hash()` of the object at `slot`'s address (`_Py_HashPointer`).
pub fn hash_of(slot: u16) -> i64 {
    let block = u64::from(slot.saturating_sub(1));
    let pool = block / u64::from(BLOCKS_PER_POOL);
    let k = block % u64::from(BLOCKS_PER_POOL);
    let addr = BASE + pool * 0x4000 + 0x40 + 192 * k;
    (addr as i64).rotate_right(4)
}
