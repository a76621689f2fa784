//! The loop's clock: one swappable piece (a virtual clock for deterministic tests can replace it).

/// A source of loop time in seconds.
pub trait Clock {
    fn now(&self) -> f64;
    /// The clock resolution added when deciding which timers are due (CPython's
    /// `_clock_resolution`).
    fn resolution(&self) -> f64;
}

/// The process-wide monotonic clock (`time.monotonic()`).
pub struct MonotonicClock;

impl Clock for MonotonicClock {
    fn now(&self) -> f64 {
        crate::modules::time::monotonic_seconds()
    }
    fn resolution(&self) -> f64 {
        1e-9
    }
}
