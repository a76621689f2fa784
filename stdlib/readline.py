"""readline: the GNU readline interface as far as a script can observe it: an in-memory
history (add, get, replace, remove, files of one entry a line), completer settings
and hooks. corio reads input lines without line editing, so binding and redisplay
calls are accepted and do nothing."""

import os

__doc__ = "Importing this module enables command line editing using GNU readline."

_READLINE_VERSION = 2050
_READLINE_RUNTIME_VERSION = 2050
_READLINE_LIBRARY_VERSION = "8.2"

_history = []
_history_length = -1
_completer = None
_completer_delims = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?'
_auto_history = True
_startup_hook = None
_pre_input_hook = None
_display_hook = None


def parse_and_bind(string, /):
    """Execute the init line provided in the string argument."""


def read_init_file(filename=None, /):
    """Execute a readline initialization file."""
    if filename is not None:
        with open(filename):
            pass


def get_line_buffer():
    return ''


def insert_text(string, /):
    pass


def redisplay():
    pass


def _open(filename, mode):
    # GNU readline reports a failed open with errno alone, without the file name
    try:
        return open(filename, mode, encoding='utf-8', errors='replace')
    except OSError as e:
        raise type(e)(e.errno, e.strerror) from None


def read_history_file(filename=None, /):
    """Load a readline history file (one entry a line; ~/.history by default)."""
    if filename is None:
        filename = os.path.expanduser('~/.history')
    with _open(filename, 'r') as f:
        for line in f:
            _history.append(line.rstrip('\n'))


def write_history_file(filename=None, /):
    """Save the history (the last history-length entries) to a file."""
    if filename is None:
        filename = os.path.expanduser('~/.history')
    entries = _history if _history_length < 0 else _history[-_history_length:] \
        if _history_length else []
    with _open(filename, 'w') as f:
        for entry in entries:
            f.write(entry + '\n')


def append_history_file(nelements, filename=None, /):
    if filename is None:
        filename = os.path.expanduser('~/.history')
    with _open(filename, 'a') as f:
        for entry in _history[-nelements:] if nelements else []:
            f.write(entry + '\n')


def get_history_length():
    return _history_length


def set_history_length(length, /):
    global _history_length
    _history_length = length


def clear_history():
    _history.clear()


def get_current_history_length():
    return len(_history)


def get_history_item(index, /):
    """The history entry at a 1-based index, or None."""
    if 1 <= index <= len(_history):
        return _history[index - 1]
    return None


def remove_history_item(pos, /):
    """Remove the entry at a 0-based position."""
    if not 0 <= pos < len(_history):
        raise ValueError("No history item at position %d" % pos)
    del _history[pos]


def replace_history_item(pos, line, /):
    """Replace the entry at a 0-based position."""
    if not 0 <= pos < len(_history):
        raise ValueError("No history item at position %d" % pos)
    _history[pos] = line


def add_history(string, /):
    _history.append(string)


def set_auto_history(enabled, /):
    global _auto_history
    _auto_history = bool(enabled)


def set_startup_hook(function=None, /):
    global _startup_hook
    _startup_hook = function


def set_pre_input_hook(function=None, /):
    global _pre_input_hook
    _pre_input_hook = function


def set_completer(function=None, /):
    global _completer
    _completer = function


def get_completer():
    return _completer


def get_completion_type():
    return 0


def get_begidx():
    return 0


def get_endidx():
    return 0


def set_completer_delims(string, /):
    global _completer_delims
    _completer_delims = string


def get_completer_delims():
    return _completer_delims


def set_completion_display_matches_hook(function=None, /):
    global _display_hook
    _display_hook = function
