"""getpass: getuser() from the environment or the password database, and getpass() reading
a line without echo from the terminal (falling back to stdin with a warning, as CPython)."""

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the passwd entry's."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    import _os
    entry = _os.passwd_entry(os.getuid())
    if entry is None:
        raise KeyError('getpwuid(): uid not found: %d' % os.getuid())
    return entry[0]


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password. corio reads it like input() when echo cannot be turned off."""
    import subprocess
    stream = stream or sys.stderr
    echo_off = False
    try:
        echo_off = subprocess.call(['stty', '-echo'], stdin=None,
                                   stderr=subprocess.DEVNULL) == 0 and sys.stdin.isatty()
    except OSError:
        echo_off = False
    if not echo_off:
        import warnings
        warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
        print("Warning: Password input may be echoed.", file=stream)
    try:
        stream.write(prompt)
        stream.flush()
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        if line[-1] == '\n':
            line = line[:-1]
        return line
    finally:
        if echo_off:
            subprocess.call(['stty', 'echo'], stderr=subprocess.DEVNULL)
            stream.write('\n')
            stream.flush()
