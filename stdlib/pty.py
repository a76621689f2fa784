"""pty: pseudo-terminal utilities (POSIX).

openpty() and fork() hand out a new pseudo-terminal; spawn() runs a program on one and
copies between it and this process's standard streams until the program ends."""

import os
import select
import sys

__all__ = ["openpty", "fork", "spawn"]

STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO = 0, 1, 2
CHILD = 0

# how much one copy step moves at most
_CHUNK = 1024


def openpty():
    """A new pseudo-terminal as (master_fd, slave_fd)."""
    return os.openpty()


def master_open():
    """Deprecated: (master_fd, slave_name) of a new pseudo-terminal."""
    import warnings
    warnings.warn("Use pty.openpty() instead.", DeprecationWarning, stacklevel=2)
    master, slave = os.openpty()
    name = os.ttyname(slave)
    os.close(slave)
    return master, name


def slave_open(tty_name):
    """Deprecated: open the slave side named tty_name for reading and writing."""
    import warnings
    warnings.warn("Use pty.openpty() instead.", DeprecationWarning, stacklevel=2)
    return os.open(tty_name, os.O_RDWR)


def fork():
    """fork() with the child's standard streams and controlling terminal on a new
    pseudo-terminal: (pid, master_fd) in the parent, (0, invalid fd) in the child."""
    return os.forkpty()


def _read(fd):
    return os.read(fd, _CHUNK)


def _write_all(fd, data):
    while data:
        data = data[os.write(fd, data):]


def _copy(master_fd, master_read=_read, stdin_read=_read):
    """Shuttle bytes: the terminal's output to our stdout, our stdin to the terminal,
    until the terminal reports end of file (EIO on Linux once the child is gone)."""
    watched = [master_fd, STDIN_FILENO]
    pending = b""
    while True:
        writers = [master_fd] if pending else []
        readable, writable, _ = select.select(watched, writers, [])
        if master_fd in writable:
            pending = pending[os.write(master_fd, pending):]
        if master_fd in readable:
            try:
                data = master_read(master_fd)
            except OSError:
                data = b""
            if not data:
                return
            _write_all(STDOUT_FILENO, data)
        if STDIN_FILENO in readable:
            data = stdin_read(STDIN_FILENO)
            if not data:
                watched.remove(STDIN_FILENO)
            else:
                pending += data


def spawn(argv, master_read=_read, stdin_read=_read):
    """Run argv (a program name and its arguments, or one string) on a new
    pseudo-terminal, copying its output to stdout and stdin to it; the wait status."""
    if isinstance(argv, str):
        argv = (argv,)
    sys.audit('pty.spawn', argv)
    pid, master_fd = fork()
    if pid == CHILD:
        os.execlp(argv[0], *argv)
    saved_mode = None
    try:
        import termios
        import tty
    except ImportError:
        termios = None
    if termios is not None:
        try:
            saved_mode = termios.tcgetattr(STDIN_FILENO)
            tty.setraw(STDIN_FILENO)
        except termios.error:
            saved_mode = None
    try:
        _copy(master_fd, master_read, stdin_read)
    finally:
        if saved_mode is not None:
            termios.tcsetattr(STDIN_FILENO, termios.TCSAFLUSH, saved_mode)
    os.close(master_fd)
    return os.waitpid(pid, 0)[1]
