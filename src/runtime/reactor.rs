//! The reactor: the only `mio` user. Registers sockets (and pipes, pidfds, the signal pipe), waits for readiness or a timeout (never
//! spinning), and reports which sockets became readable or writable.

use std::cell::RefCell;
use std::time::Duration;

use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct Reactor {
    poll: mio::Poll,
    events: mio::Events,
    /// Registered sockets by token.
    sources: Vec<Option<Value>>,
    waker: Option<LoopWaker>,
    /// Holds the descriptor number CPython's loop gives the second end of its self-pipe, so
    /// the sockets a script opens get the numbers they get under CPython (see `for_new_loop`).
    _self_pipe_end: Option<std::fs::File>,
}

/// The token of the waker (never a socket's index).
const WAKER_TOKEN: mio::Token = mio::Token(usize::MAX);

/// Interrupts the loop's wait from another thread (`call_soon_threadsafe`).
#[derive(Clone)]
pub struct LoopWaker(std::sync::Arc<mio::Waker>);

impl LoopWaker {
    pub fn wake(&self) {
        // A failed wake only delays the loop until its next timer; nothing to report.
        let _ = self.0.wake();
    }
}

impl Reactor {
    pub fn new() -> std::io::Result<Reactor> {
        Ok(Reactor { poll: mio::Poll::new()?, events: mio::Events::with_capacity(1024), sources: Vec::new(), waker: None, _self_pipe_end: None })
    }

    /// A new loop's reactor: CPython's selector loop opens three descriptors when it is made
    /// (its epoll, and a socket pair as the self-pipe), so the first socket a script opens
    /// under `asyncio.run` is fd 6; the epoll, the waker and one held descriptor take the
    /// same three numbers here. The waker only exists: the loop still polls only when it
    /// has I/O or threads.
    pub fn for_new_loop() -> std::io::Result<Reactor> {
        let mut r = Reactor::new()?;
        r.waker()?;
        r._self_pipe_end = std::fs::File::open("/dev/null").ok();
        Ok(r)
    }

    /// A waker for this reactor, created on first use.
    fn waker(&mut self) -> std::io::Result<LoopWaker> {
        if self.waker.is_none() {
            self.waker = Some(LoopWaker(std::sync::Arc::new(mio::Waker::new(self.poll.registry(), WAKER_TOKEN)?)));
        }
        Ok(self.waker.clone().expect("waker was just created"))
    }

    pub fn has_registrations(&self) -> bool {
        self.sources.iter().any(|r| r.is_some())
    }
}

/// `f` on the reactor when the loop has one (forgetting a descriptor needs none made).
fn with_existing(cell: &RefCell<Option<Reactor>>, f: impl FnOnce(&mut Reactor)) {
    if let Some(r) = cell.borrow_mut().as_mut() {
        f(r);
    }
}

fn with_reactor<T>(cell: &RefCell<Option<Reactor>>, f: impl FnOnce(&mut Reactor) -> T) -> std::io::Result<T> {
    let mut guard = cell.borrow_mut();
    if guard.is_none() {
        *guard = Some(Reactor::new()?);
    }
    let r = guard.as_mut().expect("reactor was just created");
    Ok(f(r))
}

/// Register a socket for read and write readiness on its loop.
pub fn register(_vm: &mut Vm, loop_: &Value, sock: &Value) -> PyResult<()> {
    let l = super::event_loop::loop_of(loop_)?;
    let s = sock.downcast::<super::net::Socket>().ok_or_else(|| PyErr::type_error("expected a socket"))?;
    let r = with_reactor(&l.reactor, |r| {
        let token = r.sources.iter().position(|x| x.is_none()).unwrap_or(r.sources.len());
        let interest = mio::Interest::READABLE | mio::Interest::WRITABLE;
        let res = match &mut *s.kind.borrow_mut() {
            super::net::SockKind::Stream(st) => r.poll.registry().register(st, mio::Token(token), interest),
            super::net::SockKind::Listener(li) => r.poll.registry().register(li, mio::Token(token), mio::Interest::READABLE),
            super::net::SockKind::PipeReader(p) => r.poll.registry().register(p, mio::Token(token), mio::Interest::READABLE),
            super::net::SockKind::PipeWriter(p) => r.poll.registry().register(p, mio::Token(token), mio::Interest::WRITABLE),
            super::net::SockKind::Closed => Ok(()),
        };
        if res.is_ok() {
            if token == r.sources.len() {
                r.sources.push(Some(sock.clone()));
            } else {
                r.sources[token] = Some(sock.clone());
            }
            s.token.set(Some(token));
        }
        res
    });
    match r {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) | Err(e) => Err(super::net::os_error(&e, "")),
    }
}

/// Forget a socket (it is being closed).
pub fn deregister(_vm: &mut Vm, loop_: &Value, sock: &Value) {
    let Ok(l) = super::event_loop::loop_of(loop_) else { return };
    let Some(s) = sock.downcast::<super::net::Socket>() else { return };
    let Some(token) = s.token.take() else { return };
    with_existing(&l.reactor, |r| {
        let _ = match &mut *s.kind.borrow_mut() {
            super::net::SockKind::Stream(st) => r.poll.registry().deregister(st),
            super::net::SockKind::Listener(li) => r.poll.registry().deregister(li),
            super::net::SockKind::PipeReader(p) => r.poll.registry().deregister(p),
            super::net::SockKind::PipeWriter(p) => r.poll.registry().deregister(p),
            super::net::SockKind::Closed => Ok(()),
        };
        if let Some(slot) = r.sources.get_mut(token) {
            *slot = None;
        }
    });
}

/// Register a raw descriptor for read readiness (a child's pidfd, the signal wake-up pipe);
/// `source` is the object the loop hands back when it becomes readable. Returns the token.
pub fn register_fd(loop_: &Value, fd: std::os::fd::RawFd, source: &Value) -> PyResult<usize> {
    let l = super::event_loop::loop_of(loop_)?;
    let r = with_reactor(&l.reactor, |r| {
        let token = r.sources.iter().position(|x| x.is_none()).unwrap_or(r.sources.len());
        let res = r.poll.registry().register(&mut mio::unix::SourceFd(&fd), mio::Token(token), mio::Interest::READABLE);
        if res.is_ok() {
            if token == r.sources.len() {
                r.sources.push(Some(source.clone()));
            } else {
                r.sources[token] = Some(source.clone());
            }
        }
        res.map(|()| token)
    });
    match r {
        Ok(Ok(t)) => Ok(t),
        Ok(Err(e)) | Err(e) => Err(super::net::os_error(&e, "")),
    }
}

/// Forget a descriptor registered with `register_fd` (before it is closed).
pub fn deregister_fd(loop_: &Value, fd: std::os::fd::RawFd, token: usize) {
    let Ok(l) = super::event_loop::loop_of(loop_) else { return };
    with_existing(&l.reactor, |r| {
        let _ = r.poll.registry().deregister(&mut mio::unix::SourceFd(&fd));
        if let Some(slot) = r.sources.get_mut(token) {
            *slot = None;
        }
    });
}

/// The loop's waker (creating the reactor if needed).
pub fn waker(reactor: &RefCell<Option<Reactor>>) -> PyResult<LoopWaker> {
    with_reactor(reactor, |r| r.waker())
        .and_then(|w| w)
        .map_err(|e| PyErr::new(crate::object::ExcKind::OSError, e.to_string()))
}

/// Block until readiness or the timeout (None: forever), with the GIL released. Returns
/// (socket, readable, writable).
pub fn wait(vm: &mut Vm, reactor: &RefCell<Option<Reactor>>, timeout: Option<f64>) -> Vec<(Value, bool, bool)> {
    // CPython's selector rounds the timeout up to whole milliseconds.
    let dur = timeout.map(|t| Duration::from_secs_f64((t.max(0.0) * 1e3).ceil() * 1e-3));
    let r = with_reactor(reactor, |r| {
        // A signal (Ctrl-C) interrupts the wait; the loop checks for it next.
        let (poll, events) = (&mut r.poll, &mut r.events);
        if super::gil::allow_threads(vm, || poll.poll(events, dur)).is_err() {
            r.events.clear();
        }
        let mut out = Vec::new();
        for ev in r.events.iter() {
            if let Some(Some(sock)) = r.sources.get(ev.token().0) {
                let readable = ev.is_readable() || ev.is_read_closed() || ev.is_error();
                if ev.is_read_closed() || ev.is_error() {
                    if let Some(s) = sock.downcast::<super::net::Socket>() {
                        s.read_closed_seen.set(true);
                    }
                }
                let writable = ev.is_writable() || ev.is_write_closed() || ev.is_error();
                out.push((sock.clone(), readable, writable));
            }
        }
        out
    });
    match r {
        Ok(v) => v,
        Err(_) => {
            if let Some(d) = dur {
                super::gil::allow_threads(vm, || std::thread::sleep(d));
            }
            Vec::new()
        }
    }
}
