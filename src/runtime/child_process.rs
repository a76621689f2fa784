//! Child processes: spawning a program with its standard streams inherited, piped, sent to
//! /dev/null or to a descriptor (`std::process::Command` over `pipe2` pipes), the native
//! `ChildProcess` object (pid, returncode, signals), and asyncio's side: the parent's pipe ends
//! become non-blocking sockets of the loop (`SockKind::PipeReader`/`PipeWriter`) and the child's
//! exit is noticed through a pidfd registered with the loop's reactor, never by polling.
//! The blocking `subprocess` module (src/modules/subprocess.rs) builds on `spawn` too.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::rc::Rc;

use super::RuntimeClasses;
use crate::builtins::file::fspath_string as argument;
use crate::builtins::{arg, def_getter, def_method, int_arg};
use crate::object::{Args, Class, ExcKind, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Where one of the child's standard streams goes (the `stdin=`/`stdout=`/`stderr=` values of
/// CPython's `subprocess`: None, PIPE = -1, STDOUT = -2, DEVNULL = -3, or a descriptor).
#[derive(Clone, Copy, PartialEq)]
pub enum StdioArg {
    Inherit,
    Pipe,
    Stdout,
    DevNull,
    Fd(i32),
}

/// Everything needed to start a child.
pub struct SpawnRequest {
    pub argv: Vec<String>,
    pub executable: Option<String>,
    pub stdio: [StdioArg; 3],
    pub cwd: Option<String>,
    pub env: Option<Vec<(String, String)>>,
    /// Descriptors the child keeps (Popen's `pass_fds`): close-on-exec is cleared for them.
    pub pass_fds: Vec<i32>,
    /// Popen's `start_new_session`: the child calls setsid() before running the program.
    pub new_session: bool,
    /// Popen's `process_group`: the child joins (or, for 0, leads) this process group.
    pub process_group: Option<i32>,
    /// Popen's `umask` (None for CPython's -1, "leave it alone").
    pub umask: Option<u32>,
    /// Popen's `user`, `group` and `extra_groups`, as numbers (None: unchanged).
    pub ids: ChildIds,
}

/// The identity a child switches to before exec, as CPython's `_posixsubprocess` does it:
/// supplementary groups, then the group, then the user.
#[derive(Clone, Default)]
pub struct ChildIds {
    pub uid: Option<libc::uid_t>,
    pub gid: Option<libc::gid_t>,
    pub groups: Option<Vec<libc::gid_t>>,
}

impl ChildIds {
    fn is_empty(&self) -> bool {
        self.uid.is_none() && self.gid.is_none() && self.groups.is_none()
    }

    /// In the forked child: setgroups, setregid, setreuid (async-signal-safe calls only).
    fn apply(&self) -> std::io::Result<()> {
        // SAFETY: plain system calls on integers and a slice that outlives them.
        unsafe {
            if let Some(groups) = &self.groups {
                if libc::setgroups(groups.len(), groups.as_ptr()) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            if let Some(gid) = self.gid {
                if libc::setregid(gid, gid) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            if let Some(uid) = self.uid {
                if libc::setreuid(uid, uid) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
        }
        Ok(())
    }
}

/// A user or group id argument: None, or a number the Python side already checked.
fn id_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<u32>> {
    match v {
        Value::None => Ok(None),
        v => {
            let n = int_arg(vm, v, "")?;
            u32::try_from(n).map(Some).map_err(|_| PyErr::overflow_error("uid is greater than maximum"))
        }
    }
}

/// A started child and the parent's ends of its pipes (stdin, stdout, stderr).
pub struct Spawned {
    pub child: Child,
    pub pipes: [Option<OwnedFd>; 3],
}

/// The native process object shared by `asyncio.subprocess.Process` and `subprocess.Popen`.
pub struct ChildProcess {
    /// Taken out while a blocking wait has released the GIL.
    pub child: RefCell<Option<Child>>,
    pub pid: u32,
    pub returncode: Cell<Option<i64>>,
    /// asyncio: the pidfd watched by a loop and the futures waiting for the exit.
    watch: RefCell<Option<Watch>>,
    /// The blocking module's state of a `communicate` that timed out (resumed by the next call).
    pub communication: RefCell<Option<Box<dyn Any>>>,
    class: Rc<Class>,
}

struct Watch {
    loop_: Value,
    pidfd: OwnedFd,
    token: usize,
    waiters: Vec<Value>,
}

impl NativeObject for ChildProcess {
    fn class(&self) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(_vm: &mut Vm, c: &RuntimeClasses) {
    let p = &c.child_process;
    def_getter(p, "pid", m_pid);
    def_getter(p, "returncode", m_returncode);
    def_method(p, "send_signal", m_send_signal);
    def_method(p, "poll", m_poll);
    def_method(p, "_exit_future", m_exit_future);
    def_method(p, "__repr__", m_repr);
    def_method(&c.event_loop, "_subprocess_exec", m_subprocess_exec);
    def_method(&c.event_loop, "_adopt_pipe", m_adopt_pipe);
}

pub fn child_of(v: &Value) -> PyResult<&ChildProcess> {
    v.downcast::<ChildProcess>().ok_or_else(|| PyErr::type_error("expected a ChildProcess"))
}

/// A `stdin=`/`stdout=`/`stderr=` argument (the Python side has already turned file objects
/// into descriptors).
pub fn stdio_arg(vm: &mut Vm, v: &Value) -> PyResult<StdioArg> {
    if v.is_none() {
        return Ok(StdioArg::Inherit);
    }
    Ok(match int_arg(vm, v, "")? {
        -1 => StdioArg::Pipe,
        -2 => StdioArg::Stdout,
        -3 => StdioArg::DevNull,
        fd if fd >= 0 && fd <= i32::MAX as i64 => StdioArg::Fd(fd as i32),
        _ => return Err(PyErr::value_error("bad value for a standard stream")),
    })
}


/// Parse `(argv, executable, stdin, stdout, stderr, cwd, env)` starting at `args.pos[from]`;
/// `env` is None or a list of (name, value) pairs.
pub fn spawn_request(vm: &mut Vm, args: &Args, from: usize) -> PyResult<SpawnRequest> {
    let mut argv = Vec::new();
    for a in vm.collect_iterable(&arg(args, from))? {
        argv.push(argument(vm, &a)?);
    }
    if argv.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "list index out of range"));
    }
    let executable = match arg(args, from + 1) {
        Value::None => None,
        v => Some(argument(vm, &v)?),
    };
    let stdio = [stdio_arg(vm, &arg(args, from + 2))?, stdio_arg(vm, &arg(args, from + 3))?, stdio_arg(vm, &arg(args, from + 4))?];
    let cwd = match arg(args, from + 5) {
        Value::None => None,
        v => Some(argument(vm, &v)?),
    };
    let env = match arg(args, from + 6) {
        Value::None => None,
        v => {
            let mut pairs = Vec::new();
            for item in vm.collect_iterable(&v)? {
                let kv = vm.collect_iterable(&item)?;
                let (Some(k), Some(val)) = (kv.first(), kv.get(1)) else {
                    return Err(PyErr::type_error("env must be a mapping of str to str"));
                };
                let (k, val) = (argument(vm, k)?, argument(vm, val)?);
                if k.contains('=') {
                    return Err(PyErr::value_error("illegal environment variable name"));
                }
                pairs.push((k, val));
            }
            Some(pairs)
        }
    };
    // then, when given: pass_fds, start_new_session, process_group, umask
    let mut pass_fds = Vec::new();
    if let v @ (Value::List(_) | Value::Tuple(_)) = arg(args, from + 9) {
        for fd in vm.collect_iterable(&v)? {
            let n = crate::builtins::int_arg(vm, &fd, "")?;
            pass_fds.push(i32::try_from(n).map_err(|_| PyErr::value_error("bad value(s) in fds_to_keep"))?);
        }
    }
    let new_session = vm.is_true(&arg(args, from + 10))?;
    let process_group = match arg(args, from + 11) {
        Value::None => None,
        v => Some(i32::try_from(crate::builtins::int_arg(vm, &v, "")?).map_err(|_| PyErr::overflow_error("process_group is out of range"))?),
    };
    let umask = match arg(args, from + 12) {
        Value::None => None,
        v => match crate::builtins::int_arg(vm, &v, "")? {
            n if n < 0 => None,
            n => Some(n as u32),
        },
    };
    // then (after the blocking module's preexec_fn): user, group, extra_groups
    let uid = id_arg(vm, &arg(args, from + 14))?;
    let gid = id_arg(vm, &arg(args, from + 15))?;
    let groups = match arg(args, from + 16) {
        Value::None => None,
        v => {
            let mut ids = Vec::new();
            for g in vm.collect_iterable(&v)? {
                ids.extend(id_arg(vm, &g)?);
            }
            Some(ids)
        }
    };
    let ids = ChildIds { uid, gid, groups };
    Ok(SpawnRequest { argv, executable, stdio, cwd, env, pass_fds, new_session, process_group, umask, ids })
}

/// A new descriptor for an open descriptor `fd` of this process.
fn dup_fd(fd: i32) -> std::io::Result<OwnedFd> {
    // SAFETY: fcntl(F_GETFD) only inspects the descriptor table; it tells whether `fd` is open.
    if unsafe { libc::fcntl(fd, libc::F_GETFD) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `fd` was just checked to be open, and it stays open while it is duplicated.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    borrowed.try_clone_to_owned()
}

/// Work for the forked child to do last before exec (Popen's `preexec_fn`); an error ends
/// the child and makes the spawn fail.
pub type PreExec = Box<dyn FnMut() -> std::io::Result<()> + Send + Sync>;

/// Start the child. Pipes are created close-on-exec; the child's ends are dropped here once
/// it has started, so the parent sees end-of-file when the child exits.
pub fn spawn(req: &SpawnRequest) -> std::io::Result<Spawned> {
    spawn_with(req, None)
}

/// `spawn`, running `pre_exec` in the child after its streams, directory, session and umask
/// are set up, just before exec (where CPython's `_posixsubprocess` calls `preexec_fn`).
pub fn spawn_with(req: &SpawnRequest, pre_exec: Option<PreExec>) -> std::io::Result<Spawned> {
    let program = req.executable.as_deref().unwrap_or(&req.argv[0]);
    let mut cmd = Command::new(program);
    if req.executable.is_some() {
        std::os::unix::process::CommandExt::arg0(&mut cmd, &req.argv[0]);
    }
    cmd.args(&req.argv[1..]);
    if let Some(dir) = &req.cwd {
        cmd.current_dir(dir);
    }
    if let Some(env) = &req.env {
        cmd.env_clear();
        cmd.envs(env.iter().map(|(k, v)| (k, v)));
    }
    let mut pipes: [Option<OwnedFd>; 3] = [None, None, None];
    let mut stdout_child_end: Option<OwnedFd> = None;
    for (i, spec) in req.stdio.iter().enumerate() {
        let stdio = match spec {
            StdioArg::Inherit => Stdio::inherit(),
            StdioArg::DevNull => Stdio::null(),
            StdioArg::Fd(fd) => Stdio::from(dup_fd(*fd)?),
            StdioArg::Pipe => {
                let (r, w) = std::io::pipe()?;
                let (parent, child): (OwnedFd, OwnedFd) = if i == 0 { (w.into(), r.into()) } else { (r.into(), w.into()) };
                pipes[i] = Some(parent);
                if i == 1 {
                    stdout_child_end = Some(child.try_clone()?);
                }
                Stdio::from(child)
            }
            // `stderr=STDOUT`: the child's stderr is a duplicate of whatever its stdout is.
            StdioArg::Stdout => match (i, req.stdio[1], &stdout_child_end) {
                (2, _, Some(end)) => Stdio::from(end.try_clone()?),
                (2, StdioArg::DevNull, _) => Stdio::null(),
                (2, StdioArg::Fd(fd), _) => Stdio::from(dup_fd(fd)?),
                (2, _, _) => Stdio::from(std::io::stdout().as_fd().try_clone_to_owned()?),
                _ => return Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
            },
        };
        match i {
            0 => cmd.stdin(stdio),
            1 => cmd.stdout(stdio),
            _ => cmd.stderr(stdio),
        };
    }
    if let Some(group) = req.process_group {
        std::os::unix::process::CommandExt::process_group(&mut cmd, group);
    }
    if !req.pass_fds.is_empty() || req.new_session || req.umask.is_some() || !req.ids.is_empty() {
        let (keep, new_session, umask, ids) = (req.pass_fds.clone(), req.new_session, req.umask, req.ids.clone());
        // SAFETY: the closure runs in the forked child before exec and makes only
        // async-signal-safe calls (fcntl, setsid, umask) on plain integers it owns.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, move || {
                for &fd in &keep {
                    let flags = libc::fcntl(fd, libc::F_GETFD);
                    if flags >= 0 {
                        libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
                    }
                }
                if new_session && libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if let Some(mask) = umask {
                    libc::umask(mask as libc::mode_t);
                }
                ids.apply()
            });
        }
    }
    if let Some(hook) = pre_exec {
        // SAFETY: the caller's hook is written to run in the forked child (see PreExec).
        unsafe { std::os::unix::process::CommandExt::pre_exec(&mut cmd, hook) };
    }
    let child = cmd.spawn()?;
    drop(cmd);
    Ok(Spawned { child, pipes })
}

/// The OSError of a failed spawn, naming the program (or the working directory) like CPython:
/// `FileNotFoundError: [Errno 2] No such file or directory: 'nope'`.
pub fn spawn_error(req: &SpawnRequest, e: &std::io::Error) -> PyErr {
    let cwd_missing = req.cwd.as_ref().map_or(false, |d| !std::path::Path::new(d).is_dir());
    let name = match (&req.cwd, cwd_missing) {
        (Some(d), true) => d.clone(),
        _ => req.executable.clone().unwrap_or_else(|| req.argv[0].clone()),
    };
    crate::builtins::file::os_error(e, Some(&Value::string(name)))
}

pub fn new_child(vm: &mut Vm, child: Child) -> Value {
    let class = super::classes(vm).child_process.clone();
    let pid = child.id();
    Value::Native(crate::object::NativeRef::new(ChildProcess {
        child: RefCell::new(Some(child)),
        pid,
        returncode: Cell::new(None),
        watch: RefCell::new(None),
        communication: RefCell::new(None),
        class,
    }))
}

/// The exit status as `returncode`: the exit code, or minus the signal that killed it.
pub fn returncode_of(status: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match status.code() {
        Some(c) => c as i64,
        None => -(status.signal().unwrap_or(0) as i64),
    }
}

/// Reap the child if it has exited (never blocks); returns its returncode.
pub fn try_reap(p: &ChildProcess) -> PyResult<Option<i64>> {
    if let Some(rc) = p.returncode.get() {
        return Ok(Some(rc));
    }
    let status = match p.child.borrow_mut().as_mut() {
        Some(c) => c.try_wait().map_err(|e| crate::builtins::file::os_error(&e, None))?,
        None => None,
    };
    let rc = status.map(returncode_of);
    if rc.is_some() {
        p.returncode.set(rc);
    }
    Ok(rc)
}

fn m_pid(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(child_of(&arg(&args, 0))?.pid as i64))
}

fn m_returncode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(child_of(&arg(&args, 0))?.returncode.get().map_or(Value::None, Value::Int))
}

fn m_poll(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(try_reap(child_of(&arg(&args, 0))?)?.map_or(Value::None, Value::Int))
}

/// `send_signal(sig)`: nothing once the child has been reaped (its pid may be reused), as in
/// CPython's `Popen.send_signal`.
fn m_send_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let p = child_of(&this)?;
    let sig = int_arg(vm, &arg(&args, 1), "")?;
    if p.returncode.get().is_some() {
        return Ok(Value::None);
    }
    // The pid is our unreaped child, so it cannot have been reused.
    match kill(p.pid as i64, sig) {
        Err(e) if e.raw_os_error() == Some(libc::ESRCH) => Ok(Value::None),
        Err(e) => Err(crate::builtins::file::os_error(&e, None)),
        Ok(()) => Ok(Value::None),
    }
}

/// kill(2): send signal `sig` to process `pid` (also `os.kill`).
pub fn kill(pid: i64, sig: i64) -> std::io::Result<()> {
    let (Ok(pid), Ok(sig)) = (libc::pid_t::try_from(pid), i32::try_from(sig)) else {
        return Err(std::io::Error::from_raw_os_error(libc::EINVAL));
    };
    // SAFETY: kill(2) takes two integers and has no memory effects.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

fn m_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(format!("<ChildProcess {}>", child_of(&arg(&args, 0))?.pid)))
}

/// A pidfd for the child: readable once it has exited.
pub fn pidfd_open(pid: u32) -> std::io::Result<OwnedFd> {
    // SAFETY: pidfd_open takes two integers and returns a new descriptor or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::c_long, 0 as libc::c_long) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: the kernel just returned this descriptor to us; nothing else owns it.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as i32) })
}

/// `fd` moved to a descriptor number far above the ones a script uses (half the soft
/// `RLIMIT_NOFILE`), the low number freed again; `fd` itself when that fails. CPython 3.11's
/// default child watcher (`ThreadedChildWatcher`) waits in a thread and takes no descriptor,
/// so a pidfd left at the lowest free number would shift every descriptor a script opens
/// while a child runs by one.
fn out_of_the_way(fd: OwnedFd) -> OwnedFd {
    // SAFETY: getrlimit fills the zeroed struct it is given.
    let mut lim: libc::rlimit = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } != 0 {
        return fd;
    }
    let floor = (lim.rlim_cur / 2).min(libc::c_int::MAX as libc::rlim_t) as libc::c_int;
    if floor <= fd.as_raw_fd() {
        return fd;
    }
    // SAFETY: duplicating a descriptor we own; on success the copy is a fresh descriptor
    // nothing else owns, and dropping `fd` closes the original.
    let high = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, floor) };
    if high < 0 {
        return fd;
    }
    unsafe { OwnedFd::from_raw_fd(high) }
}

/// Watch the child's exit on `loop_` (asyncio).
fn watch(vm: &mut Vm, loop_: &Value, child: &Value) -> PyResult<()> {
    let p = child_of(child)?;
    let pidfd = pidfd_open(p.pid).map_err(|e| crate::builtins::file::os_error(&e, None))?;
    let pidfd = out_of_the_way(pidfd);
    let token = super::reactor::register_fd(loop_, pidfd.as_raw_fd(), child)?;
    *p.watch.borrow_mut() = Some(Watch { loop_: loop_.clone(), pidfd, token, waiters: Vec::new() });
    // The child may already have exited: a pidfd of a zombie is readable at once, and the
    // reactor reports it on its next wait.
    let _ = vm;
    Ok(())
}

/// The reactor found the child's pidfd readable: reap it, stop watching, wake `wait()`ers.
pub fn on_exit_ready(vm: &mut Vm, child: &Value) -> PyResult<()> {
    let p = child_of(child)?;
    let Some(rc) = try_reap(p)? else { return Ok(()) };
    let w = p.watch.borrow_mut().take();
    if let Some(w) = w {
        super::reactor::deregister_fd(&w.loop_, w.pidfd.as_raw_fd(), w.token);
        for fut in w.waiters {
            if super::future::core_of(&fut).map_or(false, |c| !c.is_done()) {
                super::future::set_result_value(vm, &fut, Value::Int(rc))?;
            }
        }
    }
    Ok(())
}

/// `child._exit_future(loop)`: a future resolved with the returncode when the child exits.
fn m_exit_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = arg(&args, 0);
    let loop_ = arg(&args, 1);
    let p = child_of(&this)?;
    let fut = super::future::new_future(vm, loop_.clone());
    if let Some(rc) = p.returncode.get() {
        super::future::set_result_value(vm, &fut, Value::Int(rc))?;
        return Ok(fut);
    }
    if p.watch.borrow().is_none() {
        watch(vm, &loop_, &this)?;
    }
    if let Some(w) = p.watch.borrow_mut().as_mut() {
        w.waiters.push(fut.clone());
    }
    Ok(fut)
}

/// `loop._subprocess_exec(argv, executable, stdin, stdout, stderr, cwd, env)` ->
/// `(child, stdin_pipe, stdout_pipe, stderr_pipe)`; each pipe is a loop socket or None.
fn m_subprocess_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_ = arg(&args, 0);
    let req = spawn_request(vm, &args, 1)?;
    let spawned = spawn(&req).map_err(|e| spawn_error(&req, &e))?;
    let child = new_child(vm, spawned.child);
    watch(vm, &loop_, &child)?;
    let mut out = vec![child];
    for (i, fd) in spawned.pipes.into_iter().enumerate() {
        let Some(fd) = fd else {
            out.push(Value::None);
            continue;
        };
        let kind = if i == 0 {
            let s = mio::unix::pipe::Sender::from(fd);
            s.set_nonblocking(true).map_err(|e| crate::builtins::file::os_error(&e, None))?;
            super::net::SockKind::PipeWriter(s)
        } else {
            let r = mio::unix::pipe::Receiver::from(fd);
            r.set_nonblocking(true).map_err(|e| crate::builtins::file::os_error(&e, None))?;
            super::net::SockKind::PipeReader(r)
        };
        out.push(super::net::new_socket(vm, &loop_, kind)?);
    }
    Ok(Value::tuple(out))
}

/// `loop._adopt_pipe(fd, writable)`: a loop socket over a duplicate of the pipe descriptor `fd`
/// (`connect_read_pipe` / `connect_write_pipe`), made non-blocking as CPython's pipe transports
/// make the pipe itself. As CPython, only pipes, sockets and character devices are accepted.
fn m_adopt_pipe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let loop_ = arg(&args, 0);
    let fd = int_arg(vm, &arg(&args, 1), "")?;
    let writable = vm.is_true(&arg(&args, 2))?;
    let fd = i32::try_from(fd).map_err(|_| PyErr::value_error("file descriptor out of range"))?;
    // SAFETY: fstat fills the zeroed struct it is given; a bad descriptor is an error return.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::last_os_error(), None));
    }
    let fmt = st.st_mode & libc::S_IFMT;
    let pipe_like = fmt == libc::S_IFIFO || fmt == libc::S_IFSOCK || fmt == libc::S_IFCHR;
    if !pipe_like {
        return Err(PyErr::value_error(if writable {
            "Pipe transport is only for pipes, sockets and character devices"
        } else {
            "Pipe transport is for pipes/sockets only."
        }));
    }
    // SAFETY: duplicating a descriptor the caller owns; the copy belongs to the new socket.
    let dup = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if dup < 0 {
        return Err(crate::builtins::file::os_error(&std::io::Error::last_os_error(), None));
    }
    let nonblocking = |r: std::io::Result<()>| r.map_err(|e| crate::builtins::file::os_error(&e, None));
    // SAFETY: `dup` is a fresh descriptor nothing else owns.
    let kind = if writable {
        let s = unsafe { mio::unix::pipe::Sender::from_raw_fd(dup) };
        nonblocking(s.set_nonblocking(true))?;
        super::net::SockKind::PipeWriter(s)
    } else {
        let r = unsafe { mio::unix::pipe::Receiver::from_raw_fd(dup) };
        nonblocking(r.set_nonblocking(true))?;
        super::net::SockKind::PipeReader(r)
    };
    super::net::new_socket(vm, &loop_, kind)
}

/// `_asyncio._waitpid(pid)`: block (with the GIL released) until the child `pid` exits and
/// reap it; its return code as `waitstatus_to_exitcode` gives it (negative: the signal that
/// killed it). ChildProcessError when it is not our child (or already reaped). The child
/// watchers' `add_child_handler` waits this way in a thread, as CPython's ThreadedChildWatcher
/// does with `os.waitpid`.
pub fn m_waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &arg(&args, 0), "pid")?;
    let pid = libc::pid_t::try_from(pid).map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))?;
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: waitpid writes the status into the local; no other memory is touched.
        let r = crate::runtime::gil::allow_threads(vm, || unsafe { libc::waitpid(pid, &mut status, 0) });
        if r >= 0 {
            let rc = if libc::WIFSIGNALED(status) { -libc::WTERMSIG(status) } else { libc::WEXITSTATUS(status) };
            return Ok(Value::Int(i64::from(rc)));
        }
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::EINTR) {
            crate::vm::signals::check(vm)?;
            continue;
        }
        return Err(crate::builtins::file::os_error(&err, None));
    }
}
