//! `_os` calls on the process's identity and scheduling, and a few more one-call descriptor
//! operations: set*uid/set*gid, getres*id, setgroups/initgroups, get/setpriority,
//! sched_yield, fchdir, chroot, mknod, lockf, posix_fallocate/fadvise, memfd_create,
//! eventfd, getrandom and pidfd_open.

use super::os_call::{self, os_calls};
use crate::builtins::{arg, def_fn};
use crate::object::{Args, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn install(d: &mut PyDict) {
    for (name, f) in [
        ("setuid", setuid as crate::object::NativeFn),
        ("setgid", setgid),
        ("seteuid", seteuid),
        ("setegid", setegid),
        ("setreuid", setreuid),
        ("setregid", setregid),
        ("setresuid", setresuid),
        ("setresgid", setresgid),
        ("getresuid", getresuid),
        ("getresgid", getresgid),
        ("setgroups", setgroups),
        ("initgroups", initgroups),
        ("getpriority", getpriority),
        ("setpriority", setpriority),
        ("sched_yield", sched_yield),
        ("fchdir", fchdir),
        ("chroot", chroot),
        ("mknod", mknod),
        ("lockf", lockf),
        ("posix_fallocate", posix_fallocate),
        ("posix_fadvise", posix_fadvise),
        ("memfd_create", memfd_create),
        ("eventfd", eventfd),
        ("getrandom", getrandom),
        ("pidfd_open", pidfd_open),
    ] {
        def_fn(d, name, f);
    }
}

os_calls! {
    fn setuid(u: uid) = libc::setuid(u) => done;
    fn setgid(g: gid) = libc::setgid(g) => done;
    fn seteuid(u: uid) = libc::seteuid(u) => done;
    fn setegid(g: gid) = libc::setegid(g) => done;
    fn setreuid(r: uid, e: uid) = libc::setreuid(r, e) => done;
    fn setregid(r: gid, e: gid) = libc::setregid(r, e) => done;
    fn setresuid(r: uid, e: uid, s: uid) = libc::setresuid(r, e, s) => done;
    fn setresgid(r: gid, e: gid, s: gid) = libc::setresgid(r, e, s) => done;
    fn setpriority(which: int, who: int, prio: int) = libc::setpriority(which as libc::__priority_which_t, who as libc::id_t, prio) => done;
    fn sched_yield() = libc::sched_yield() => done;
    fn fchdir(fd: fd) = libc::fchdir(fd) => done;
    fn chroot(path: path) = libc::chroot(path.ptr()) => done(path);
    // matches CPython: mknod's OSError names no file
    fn mknod(path: path, mode: mode, device: off) = libc::mknod(path.ptr(), mode, device as libc::dev_t) => done;
    fn lockf(fd: fd, cmd: int, len: off) = libc::lockf(fd, cmd, len) => done;
    fn posix_fallocate(fd: fd, offset: off, len: off) = libc::posix_fallocate(fd, offset, len) => errno_returned;
    fn posix_fadvise(fd: fd, offset: off, len: off, advice: int) = libc::posix_fadvise(fd, offset, len, advice) => errno_returned;
    // the name may be str or bytes; flags default to MFD_CLOEXEC on the Python side
    fn memfd_create(name: path, flags: int) = libc::memfd_create(name.ptr(), flags as libc::c_uint) => checked;
    fn eventfd(initval: int, flags: int) = libc::eventfd(initval as libc::c_uint, flags) => checked;
    fn pidfd_open(p: pid, flags: int) = libc::syscall(libc::SYS_pidfd_open, p, flags) => checked;
}

/// `getpriority(which, who)`: the nice value, which may itself be -1 (errno tells).
fn getpriority(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let which = os_call::int(vm, &arg(&args, 0))?;
    let who = os_call::int(vm, &arg(&args, 1))?;
    // SAFETY: getpriority only reads scheduling state.
    os_call::errno_checked(|| i64::from(unsafe { libc::getpriority(which as libc::__priority_which_t, who as libc::id_t) }))
}

/// (real, effective, saved) ids from getresuid/getresgid.
fn id_triple(get: unsafe extern "C" fn(*mut u32, *mut u32, *mut u32) -> libc::c_int) -> PyResult<Value> {
    let (mut r, mut e, mut s) = (0u32, 0u32, 0u32);
    // SAFETY: the three pointers are to locals the call fills in.
    if unsafe { get(&mut r, &mut e, &mut s) } != 0 {
        return Err(os_call::last_error(None));
    }
    Ok(Value::tuple([r, e, s].iter().map(|&n| Value::Int(i64::from(n))).collect()))
}

fn getresuid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    id_triple(libc::getresuid)
}

fn getresgid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    id_triple(libc::getresgid)
}

/// `setgroups(groups)`: the supplementary group list (a sequence of gids).
fn setgroups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = arg(&args, 0);
    if !matches!(list, Value::List(_) | Value::Tuple(_)) && vm.getattr(&list, &Value::str("__getitem__")).is_err() {
        return Err(PyErr::type_error("setgroups argument must be a sequence"));
    }
    let mut groups = Vec::new();
    for g in vm.collect_iterable(&list)? {
        groups.push(os_call::gid(vm, &g)?);
    }
    // SAFETY: the slice and its length are passed together.
    os_call::done(unsafe { libc::setgroups(groups.len(), groups.as_ptr()) }, None)
}

/// `initgroups(username, gid)`: the groups of the user database entry plus `gid`.
fn initgroups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let user = os_call::path(vm, &arg(&args, 0))?;
    let group = os_call::gid(vm, &arg(&args, 1))?;
    // SAFETY: a NUL-terminated name that outlives the call.
    os_call::done(unsafe { libc::initgroups(user.ptr(), group) }, None)
}

/// `getrandom(size, flags=0)`: up to `size` random bytes from the kernel.
fn getrandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = crate::builtins::int_arg(vm, &arg(&args, 0), "")?;
    let flags = match arg(&args, 1) {
        Value::None => 0,
        v => os_call::int(vm, &v)?,
    };
    if size < 0 {
        return Err(os_call::errno_error(libc::EINVAL));
    }
    let mut buf = vec![0u8; size.min(1 << 30) as usize];
    // SAFETY: the buffer is valid for its length of writes.
    let got = unsafe { libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), flags as libc::c_uint) };
    if got < 0 {
        return Err(os_call::last_error(None));
    }
    buf.truncate(got as usize);
    Ok(Value::Bytes(buf.into()))
}
