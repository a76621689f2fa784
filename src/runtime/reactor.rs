//! The reactor: the only `mio` user. Waits for I/O readiness or a timeout, never spinning.

use std::cell::RefCell;
use std::time::Duration;

use crate::object::Value;

pub struct Reactor {
    poll: mio::Poll,
    events: mio::Events,
    /// Callbacks by token: (callback, args) scheduled when the source is ready.
    registrations: Vec<Option<(Value, Vec<Value>)>>,
}

impl Reactor {
    pub fn new() -> std::io::Result<Reactor> {
        Ok(Reactor { poll: mio::Poll::new()?, events: mio::Events::with_capacity(256), registrations: Vec::new() })
    }

    pub fn has_registrations(&self) -> bool {
        self.registrations.iter().any(|r| r.is_some())
    }
}

/// Block until an event or the timeout (None: forever). Returns the callbacks to schedule.
pub fn wait(reactor: &RefCell<Option<Reactor>>, timeout: Option<f64>) -> Vec<(Value, Vec<Value>)> {
    let dur = timeout.map(|t| Duration::from_secs_f64(t.max(0.0)));
    let mut guard = reactor.borrow_mut();
    if guard.is_none() {
        match Reactor::new() {
            Ok(r) => *guard = Some(r),
            Err(_) => {
                drop(guard);
                if let Some(d) = dur {
                    std::thread::sleep(d);
                }
                return Vec::new();
            }
        }
    }
    let Some(r) = guard.as_mut() else { return Vec::new() };
    let mut out = Vec::new();
    loop {
        match r.poll.poll(&mut r.events, dur) {
            Ok(()) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    for ev in r.events.iter() {
        if let Some(Some((cb, args))) = r.registrations.get(ev.token().0) {
            out.push((cb.clone(), args.clone()));
        }
    }
    out
}
