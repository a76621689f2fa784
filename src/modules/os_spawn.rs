//! `_os.posix_spawn`: the C library's posix_spawn/posix_spawnp with file actions and the
//! process-group, session, signal-mask and reset-ids attributes. `stdlib/_os_process.py`
//! checks the arguments with CPython's messages and hands over plain lists.

use super::os_call;
use crate::builtins::file::{fspath_string as path_arg, os_error};
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::ffi::CString;

pub fn install(d: &mut PyDict) {
    def_fn(d, "posix_spawn", posix_spawn);
}

fn c_string(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    CString::new(path_arg(vm, v)?).map_err(|_| PyErr::value_error("embedded null byte"))
}

fn c_strings(vm: &mut Vm, list: &Value) -> PyResult<Vec<CString>> {
    let items = vm.collect_iterable(list)?;
    items.iter().map(|v| c_string(vm, v)).collect()
}

/// A NULL-terminated array of pointers into `strings` (which must outlive it).
fn pointers(strings: &[CString]) -> Vec<*mut libc::c_char> {
    strings.iter().map(|s| s.as_ptr() as *mut libc::c_char).chain(std::iter::once(std::ptr::null_mut())).collect()
}

/// The C library's posix_spawn state, destroyed when dropped.
struct SpawnSetup {
    actions: libc::posix_spawn_file_actions_t,
    attr: libc::posix_spawnattr_t,
    /// Paths named by open actions: the C library keeps its own copies, but only once added.
    _paths: Vec<CString>,
}

impl Drop for SpawnSetup {
    fn drop(&mut self) {
        // SAFETY: both were initialised in `new` and are destroyed exactly once.
        unsafe {
            libc::posix_spawn_file_actions_destroy(&mut self.actions);
            libc::posix_spawnattr_destroy(&mut self.attr);
        }
    }
}

impl SpawnSetup {
    fn new() -> Box<SpawnSetup> {
        // SAFETY: both are plain data the init calls fill in before any other use.
        let mut s = Box::new(SpawnSetup { actions: unsafe { std::mem::zeroed() }, attr: unsafe { std::mem::zeroed() }, _paths: Vec::new() });
        // SAFETY: initialising the two objects in place.
        unsafe {
            libc::posix_spawn_file_actions_init(&mut s.actions);
            libc::posix_spawnattr_init(&mut s.attr);
        }
        s
    }

    /// One file action: (0, fd, path, flags, mode) open, (1, fd) close, (2, fd, newfd) dup2.
    fn add_action(&mut self, vm: &mut Vm, action: &Value) -> PyResult<()> {
        let parts = vm.collect_iterable(action)?;
        let part = |i: usize| parts.get(i).cloned().unwrap_or(Value::None);
        let tag = os_call::int(vm, &part(0))?;
        let fd = os_call::int(vm, &part(1))?;
        // SAFETY: the actions object is initialised; the path is kept alive in `_paths`.
        let r = match tag {
            0 => {
                let (flags, mode) = (os_call::int(vm, &part(3))?, os_call::int(vm, &part(4))?);
                let path = c_string(vm, &part(2))?;
                let r = unsafe { libc::posix_spawn_file_actions_addopen(&mut self.actions, fd, path.as_ptr(), flags, mode as libc::mode_t) };
                self._paths.push(path);
                r
            }
            1 => unsafe { libc::posix_spawn_file_actions_addclose(&mut self.actions, fd) },
            _ => {
                let newfd = os_call::int(vm, &part(2))?;
                unsafe { libc::posix_spawn_file_actions_adddup2(&mut self.actions, fd, newfd) }
            }
        };
        if r != 0 {
            return Err(os_call::errno_error(r));
        }
        Ok(())
    }
}

/// A signal set of the signals listed in `signals`.
fn signal_set(vm: &mut Vm, signals: &Value) -> PyResult<libc::sigset_t> {
    // SAFETY: sigemptyset initialises the plain-data set before it is used.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut set) };
    for s in vm.collect_iterable(signals)? {
        let sig = os_call::int(vm, &s)?;
        // SAFETY: `set` is initialised; an out-of-range number is rejected with EINVAL.
        if unsafe { libc::sigaddset(&mut set, sig) } != 0 {
            return Err(PyErr::value_error(format!("signal number {sig} out of range [1; {}]", libc::SIGRTMAX())));
        }
    }
    Ok(set)
}

/// `posix_spawn(path, argv, env, search, file_actions, setpgroup, setsid, setsigmask,
/// setsigdef, resetids)`: the child's pid. `env` is a list of "KEY=value" strings; `search`
/// looks `path` up on PATH (posix_spawnp); None for the optional attributes leaves them unset.
fn posix_spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_value = arg(&args, 0);
    let (_, name) = super::path_and_name(vm, &path_value)?;
    let path = c_string(vm, &path_value)?;
    let argv = c_strings(vm, &arg(&args, 1))?;
    let env = c_strings(vm, &arg(&args, 2))?;
    let search = vm.is_true(&arg(&args, 3))?;
    let mut setup = SpawnSetup::new();
    for action in vm.collect_iterable(&arg(&args, 4))? {
        setup.add_action(vm, &action)?;
    }
    let mut flags: libc::c_int = 0;
    if let v @ Value::Int(_) = arg(&args, 5) {
        let pgroup = os_call::pid(vm, &v)?;
        flags |= libc::POSIX_SPAWN_SETPGROUP;
        // SAFETY: the attribute object is initialised.
        unsafe { libc::posix_spawnattr_setpgroup(&mut setup.attr, pgroup) };
    }
    if vm.is_true(&arg(&args, 6))? {
        flags |= libc::c_int::from(libc::POSIX_SPAWN_SETSID);
    }
    for (i, flag) in [(7, libc::POSIX_SPAWN_SETSIGMASK), (8, libc::POSIX_SPAWN_SETSIGDEF)] {
        let v = arg(&args, i);
        if v.is_none() {
            continue;
        }
        let set = signal_set(vm, &v)?;
        flags |= flag;
        // SAFETY: the attribute object and the set are initialised.
        unsafe {
            if i == 7 {
                libc::posix_spawnattr_setsigmask(&mut setup.attr, &set);
            } else {
                libc::posix_spawnattr_setsigdefault(&mut setup.attr, &set);
            }
        }
    }
    if vm.is_true(&arg(&args, 9))? {
        flags |= libc::POSIX_SPAWN_RESETIDS;
    }
    // SAFETY: the attribute object is initialised; the flags are the C library's own bits.
    unsafe { libc::posix_spawnattr_setflags(&mut setup.attr, flags as libc::c_short) };
    let (argv_ptrs, env_ptrs) = (pointers(&argv), pointers(&env));
    let mut pid: libc::pid_t = 0;
    // SAFETY: every pointer array is NULL-terminated and points into strings alive until
    // the call returns; the actions and attributes are initialised.
    let r = unsafe {
        let spawn = if search { libc::posix_spawnp } else { libc::posix_spawn };
        spawn(&mut pid, path.as_ptr(), &setup.actions, &setup.attr, argv_ptrs.as_ptr(), env_ptrs.as_ptr())
    };
    if r != 0 {
        return Err(os_error(&std::io::Error::from_raw_os_error(r), Some(&name)));
    }
    Ok(Value::Int(i64::from(pid)))
}
