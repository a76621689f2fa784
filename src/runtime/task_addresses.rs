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
//! rotated address of that block. Coroutines of CPython's size 177..192 bytes (a frame of 2 or
//! 3 locals and stack slots, as `async def task1(): ...`) take blocks too. Other objects that
//! share the size class in CPython (24-slot list buffers, ...) are not modelled, so this
//! matches CPython's order for the usual scripts, not every script.
//!
//! `all_tasks()` lists the tasks in the order of CPython's `_all_tasks` WeakSet, whose set
//! saw every task added when made and discarded when it died (leaving a dummy slot): the
//! blocks of the live tasks are kept in such a set table here, updated the same way.

use std::cell::RefCell;

use crate::object::set_table::SetTable;

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
    /// The `_all_tasks` WeakSet's table, holding the live tasks' blocks; None once more than
    /// `TRACKED_TASKS` tasks lived at once (no script prints so many in set order, and
    /// programs spawning that many should not pay for the table).
    static ALL_TASKS: RefCell<Option<SetTable<u16>>> = RefCell::new(Some(SetTable::new()));
}

/// The most live tasks the `_all_tasks` model follows.
const TRACKED_TASKS: usize = 512;

fn same(a: &u16, b: &u16) -> Result<bool, ()> {
    Ok(a == b)
}

/// A block for a new task (never 0), which joins the `_all_tasks` set.
pub fn take() -> u16 {
    let slot = next_block();
    ALL_TASKS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(table) = t.as_mut() {
            let _ = table.insert(slot, hash_of(slot), &mut same);
            if table.len() > TRACKED_TASKS {
                *t = None;
            }
        }
    });
    slot
}

/// A block for a new coroutine whose CPython object falls in the tasks' size class (0 for
/// the others): 168 bytes plus 8 per local (cells and free variables included) and per
/// value-stack slot, 177 to 192 bytes.
pub fn take_for_coroutine(code: &std::rc::Rc<crate::bytecode::Code>) -> u16 {
    let locals = code.varnames.len() + code.cellvars.len() + code.freevars.len();
    if locals > 2 {
        return 0;
    }
    let slots = locals + crate::builtins::container_sizeof::stack_size(code) as usize;
    if !(2..=3).contains(&slots) {
        return 0;
    }
    next_block()
}

/// A block for a new coroutine, in the size class CPython would allocate it from: the tasks'
/// 192-byte one (see `take_for_coroutine`) or the 208-byte one (four or five locals and stack
/// slots, as `async def work(i): print(i); await asyncio.sleep(d)`), whose blocks carry
/// `CLASS_208`; 0 for the other sizes.
pub fn take_for_any_coroutine(code: &std::rc::Rc<crate::bytecode::Code>) -> u16 {
    let small = take_for_coroutine(code);
    if small != 0 {
        return small;
    }
    let locals = code.varnames.len() + code.cellvars.len() + code.freevars.len();
    if locals > 5 {
        return 0;
    }
    let slots = locals + crate::builtins::container_sizeof::stack_size(code) as usize;
    match slots {
        4..=5 => CLASS_208 | BLOCKS_208.with(|b| take_from(&mut b.borrow_mut(), CLASS_208 - 2)),
        _ => 0,
    }
}

/// Marks a coroutine block of the 208-byte size class.
const CLASS_208: u16 = 0x8000;
/// Blocks per 16 KiB pool in the 208-byte size class ((16384 - 64) / 208).
const BLOCKS_PER_POOL_208: u32 = 78;
/// That size class's pool (another pool than the tasks').
const BASE_208: u64 = 0x7f1c_e7c4_4000;

thread_local! {
    // In a script that imports asyncio, CPython's 208-byte class has blocks 1, 22, 29, 30, 33
    // and 45 of its pool free (taken in that order), then fresh ones from 50 on; the event
    // loop's start-up takes none of them. Stored plus one, as `BLOCKS`.
    static BLOCKS_208: RefCell<Blocks> = RefCell::new(Blocks { free: vec![46, 34, 31, 30, 23, 2], next: 50 });
}

/// The most recently freed block of `b`, else its next fresh one (numbers wrap past `limit`).
fn take_from(b: &mut Blocks, limit: u16) -> u16 {
    if let Some(slot) = b.free.pop() {
        return slot;
    }
    let block = b.next;
    b.next = if block + 2 >= limit as u32 { 0 } else { block + 1 };
    (block + 1) as u16
}

/// CPython's `hash()` of a coroutine that holds the modelled block `slot` (None: no block).
pub fn coroutine_hash(slot: u16) -> Option<i64> {
    match slot {
        0 => None,
        s if s & CLASS_208 != 0 => {
            let block = u64::from((s & !CLASS_208).saturating_sub(1));
            let (pool, k) = (block / u64::from(BLOCKS_PER_POOL_208), block % u64::from(BLOCKS_PER_POOL_208));
            let addr = BASE_208 + pool * 0x4000 + 0x40 + 208 * k;
            Some((addr as i64).rotate_right(4))
        }
        s => Some(hash_of(s)),
    }
}

/// The most recently freed block, else the next fresh one.
fn next_block() -> u16 {
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

/// Give a dead coroutine's block back (0: it had none).
pub fn give_back_block(slot: u16) {
    if slot & CLASS_208 != 0 {
        let _ = BLOCKS_208.try_with(|b| b.borrow_mut().free.push(slot & !CLASS_208));
    } else if slot != 0 {
        let _ = BLOCKS.try_with(|b| b.borrow_mut().free.push(slot));
    }
}

/// Give a dead task's block back (0: it had none); it leaves the `_all_tasks` set.
pub fn give_back(slot: u16) {
    if slot == 0 {
        return;
    }
    // A task dropped while its thread's storage is torn down has nowhere to return its block.
    let _ = ALL_TASKS.try_with(|t| {
        if let Some(table) = t.borrow_mut().as_mut() {
            let _ = table.remove(&slot, hash_of(slot), &mut same);
        }
    });
    let _ = BLOCKS.try_with(|b| b.borrow_mut().free.push(slot));
}

/// The live tasks' blocks in the iteration order of CPython's `_all_tasks` WeakSet (None
/// once the model stopped following it).
pub fn all_tasks_order() -> Option<Vec<u16>> {
    ALL_TASKS.with(|t| t.borrow().as_ref().map(|table| table.iter().map(|(slot, _)| *slot).collect()))
}

/// CPython's `hash()` of the object at `slot`'s address (`_Py_HashPointer`).
pub fn hash_of(slot: u16) -> i64 {
    let block = u64::from(slot.saturating_sub(1));
    let pool = block / u64::from(BLOCKS_PER_POOL);
    let k = block % u64::from(BLOCKS_PER_POOL);
    let addr = BASE + pool * 0x4000 + 0x40 + 192 * k;
    (addr as i64).rotate_right(4)
}
