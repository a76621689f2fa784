//! The names CPython gives the event loop methods corio has natively: its loop's public
//! methods `call_soon`, `run_until_complete`, `time`, ... are defined on `BaseEventLoop`, so
//! their `__qualname__` is `BaseEventLoop.call_soon` and a bound one reads
//! `<bound method BaseEventLoop.call_soon of <_UnixSelectorEventLoop running=False ...>>`.

/// The native loop class's name (the owner its methods are registered under).
const NATIVE_LOOP: &str = "_UnixSelectorEventLoop";

/// The CPython class defining the native loop method `name` registered under `owner`, or
/// None when `owner` is not the native loop (or the method is one of corio's private ones).
pub fn cpython_owner(owner: Option<&str>, name: &str) -> Option<&'static str> {
    (owner == Some(NATIVE_LOOP) && !name.starts_with('_')).then_some("BaseEventLoop")
}
