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
    /// The read end of the self-pipe (registered under `WAKER_TOKEN`).
    self_pipe: Option<std::fs::File>,
    /// The watch `add_signal_handler` installed: signal numbers read from the self-pipe go to
    /// it, with the numbers read and not yet handled.
    signal_watch: Option<Value>,
    pending_signals: Vec<u8>,
}

/// The token of the self-pipe (never a socket's index).
const WAKER_TOKEN: mio::Token = mio::Token(usize::MAX);

/// Interrupts the loop's wait from another thread (`call_soon_threadsafe`): a zero byte
/// written to the loop's self-pipe, as CPython's `_write_to_self`.
#[derive(Clone)]
pub struct LoopWaker(std::sync::Arc<std::os::fd::OwnedFd>);

impl LoopWaker {
    pub fn wake(&self) {
        use std::os::fd::AsRawFd;
        // A failed wake (the pipe is full: a wake-up is already pending) needs no report.
        // SAFETY: writing one byte from a live buffer to a descriptor this waker owns.
        let _ = unsafe { libc::write(self.0.as_raw_fd(), [0u8].as_ptr().cast(), 1) };
    }

    /// The write end, where the signal handler writes signal numbers (`set_wakeup_fd`).
    pub fn raw_fd(&self) -> std::os::fd::RawFd {
        use std::os::fd::AsRawFd;
        self.0.as_raw_fd()
    }
}

impl Reactor {
    pub fn new() -> std::io::Result<Reactor> {
        Ok(Reactor {
            poll: mio::Poll::new()?,
            events: mio::Events::with_capacity(1024),
            sources: Vec::new(),
            waker: None,
            self_pipe: None,
            signal_watch: None,
            pending_signals: Vec::new(),
        })
    }

    /// A new loop's reactor, with its self-pipe: as CPython's selector loop, which opens its
    /// epoll and a self-pipe pair when made, so the first socket a script opens under
    /// `asyncio.run` is fd 6 in both. The pipe only exists: the loop still polls only when
    /// it has I/O or threads.
    pub fn for_new_loop() -> std::io::Result<Reactor> {
        let mut r = Reactor::new()?;
        r.waker()?;
        Ok(r)
    }

    /// The self-pipe's waker, the pipe made on first use (both ends non-blocking).
    fn waker(&mut self) -> std::io::Result<LoopWaker> {
        use std::os::fd::AsRawFd;
        if let Some(w) = &self.waker {
            return Ok(w.clone());
        }
        let (r, w) = std::io::pipe()?;
        let (r, w): (std::os::fd::OwnedFd, std::os::fd::OwnedFd) = (r.into(), w.into());
        for fd in [&r, &w] {
            // SAFETY: fcntl on a descriptor we own, adding only O_NONBLOCK.
            unsafe {
                let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
                libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
            }
        }
        self.poll.registry().register(&mut mio::unix::SourceFd(&r.as_raw_fd()), WAKER_TOKEN, mio::Interest::READABLE)?;
        self.self_pipe = Some(std::fs::File::from(r));
        let waker = LoopWaker(std::sync::Arc::new(w));
        self.waker = Some(waker.clone());
        Ok(waker)
    }

    /// Empty the self-pipe: zero bytes are wake-ups, others signal numbers (CPython's
    /// `_process_self_data`), kept for the signal watch when there is one.
    fn drain_self_pipe(&mut self) -> bool {
        use std::io::Read;
        let Some(mut pipe) = self.self_pipe.as_ref() else { return false };
        let mut buf = [0u8; 256];
        let mut got = false;
        loop {
            match pipe.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if self.signal_watch.is_some() {
                        self.pending_signals.extend(buf[..n].iter().filter(|b| **b != 0));
                        got |= buf[..n].iter().any(|b| *b != 0);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        got
    }

    /// Whether the signal wake-up descriptor is this reactor's self-pipe.
    pub fn watches_signals(&self) -> bool {
        self.signal_watch.is_some()
    }

    pub fn has_registrations(&self) -> bool {
        self.signal_watch.is_some() || self.sources.iter().any(|r| r.is_some())
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

/// Signal numbers now reach `watch` through the loop's self-pipe (Some), or no longer (None):
/// the pipe's write end, for `set_wakeup_fd`.
pub fn watch_signals(reactor: &RefCell<Option<Reactor>>, watch: Option<Value>) -> PyResult<std::os::fd::RawFd> {
    let r = with_reactor(reactor, |r| {
        r.signal_watch = watch;
        r.pending_signals.clear();
        r.waker().map(|w| w.raw_fd())
    });
    match r {
        Ok(Ok(fd)) => Ok(fd),
        Ok(Err(e)) | Err(e) => Err(super::net::os_error(&e, "")),
    }
}

/// The signal numbers read from the self-pipe since the last call.
pub fn take_signals(reactor: &RefCell<Option<Reactor>>) -> Vec<u8> {
    let mut out = Vec::new();
    with_existing(reactor, |r| out = std::mem::take(&mut r.pending_signals));
    out
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
    // A timeout too big for a Duration (the loop caps its own at a day) waits without one.
    let dur = timeout.and_then(|t| Duration::try_from_secs_f64((t.max(0.0) * 1e3).ceil() * 1e-3).ok());
    let r = with_reactor(reactor, |r| {
        // A signal (Ctrl-C) interrupts the wait; the loop checks for it next.
        let (poll, events) = (&mut r.poll, &mut r.events);
        if super::gil::allow_threads(vm, || poll.poll(events, dur)).is_err() {
            r.events.clear();
        }
        let mut out = Vec::new();
        let mut self_pipe_ready = false;
        for ev in r.events.iter() {
            if ev.token() == WAKER_TOKEN {
                self_pipe_ready = true;
            } else if let Some(Some(sock)) = r.sources.get(ev.token().0) {
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
        if self_pipe_ready && r.drain_self_pipe() {
            if let Some(watch) = &r.signal_watch {
                out.push((watch.clone(), true, false));
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
