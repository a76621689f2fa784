"""subprocess: run child processes and talk to them through pipes (POSIX), over the native
_subprocess module. Blocking waits release the GIL, so other threads keep running."""

import _subprocess
import os
import sys
from time import monotonic as _time

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True, check_call() or check_output() sees a non-zero
    exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout of a wait for a child process expires."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _stdio(value):
    if value is None or isinstance(value, int):
        return value
    return value.fileno()


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


def _child_ids(user, group, extra_groups):
    """The numeric (uid, gid, supplementary gids) the child switches to (None: unchanged),
    names looked up in the user and group databases; checked in CPython's order."""
    gid = None
    if group is not None:
        if isinstance(group, str):
            import grp
            gid = grp.getgrnam(group).gr_gid
        elif isinstance(group, int):
            gid = group
        else:
            raise TypeError("Group must be a string or an integer, not %r" % type(group))
        if gid < 0:
            raise ValueError(f"Group ID cannot be negative, got {gid}")
    gids = None
    if extra_groups is not None:
        gids = []
        for item in extra_groups:
            if isinstance(item, str):
                import grp
                gids.append(grp.getgrnam(item).gr_gid)
            elif isinstance(item, int):
                gids.append(item)
            else:
                raise TypeError("Items in extra_groups must be a string or integer, not %r"
                                % type(item))
        for item in gids:
            if item < 0:
                raise ValueError(f"Group ID cannot be negative, got {item}")
    uid = None
    if user is not None:
        if isinstance(user, str):
            import pwd
            uid = pwd.getpwnam(user).pw_uid
        elif isinstance(user, int):
            uid = user
        else:
            raise TypeError("User must be a string or an integer")
        if uid < 0:
            raise ValueError(f"User ID cannot be negative, got {uid}")
    return uid, gid, gids


class Popen:
    """Start a child process; see the CPython documentation for the arguments."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._input = None
        self._communication_started = False
        self._one_pipe_done = False
        self._output = None
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if env is not None:
            env = list(env.items())
        fds_to_keep = sorted({int(fd) for fd in pass_fds})
        uid, gid, gids = _child_ids(user, group, extra_groups)
        spawned = _subprocess.spawn(
            argv, executable, _stdio(stdin), _stdio(stdout), _stdio(stderr), cwd, env,
            self.text_mode, encoding, fds_to_keep, bool(start_new_session), process_group,
            umask, preexec_fn, uid, gid, gids)
        if spawned is None:
            # the callable raised in the child, which then ended without running the program
            raise SubprocessError("Exception occurred in preexec_fn.")
        child, self.stdin, self.stdout, self.stderr = spawned
        self._child = child
        self.pid = child.pid

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        rc = _subprocess.wait(self._child, timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Send `input` to stdin, read stdout and stderr until they end, and wait for the
        child; return (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        # As CPython: with at most one pipe and no timeout, communicate() just reads that pipe
        # to its end and closes it (so calling it again reads a closed file); otherwise it keeps
        # what it read, and a later call returns the same output again.
        one_pipe = [self.stdin, self.stdout, self.stderr].count(None) >= 2
        if timeout is None and not self._communication_started and one_pipe and self._one_pipe_done:
            if self.stdout is not None or self.stderr is not None:
                raise ValueError("read of closed file")
            self.wait()
            return (None, None)
        if self._communication_started and self._output is not None:
            if timeout is not None:
                self.wait(timeout=timeout)
            else:
                self.wait()
            return self._output
        if input is not None and self.text_mode and isinstance(input, str):
            input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        if timeout is not None:
            endtime = _time() + timeout
        stdout, stderr, timed_out = _subprocess.communicate(
            self._child, input, self.stdin, self.stdout, self.stderr, timeout)
        if timed_out:
            self._communication_started = True
            # matches CPython: the exception carries the raw bytes read so far (None when
            # nothing came), even in text mode.
            raise TimeoutExpired(self.args, timeout, output=stdout or None, stderr=stderr or None)
        if self.text_mode:
            encoding = self.encoding or 'utf-8'
            errors = self.errors or 'strict'
            if stdout is not None:
                stdout = _translate_newlines(stdout, encoding, errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, encoding, errors)
        if timeout is None and not self._communication_started and one_pipe:
            self._one_pipe_done = True
        else:
            self._communication_started = True
            self._output = (stdout, stderr)
        if timeout is not None:
            # matches CPython: the wait gets what is left of the timeout.
            self.wait(timeout=max(endtime - _time(), 0))
        else:
            self.wait()
        return (stdout, stderr)

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        self._child.send_signal(sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError on a non-zero returncode."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; raise CalledProcessError on failure."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of running `cmd` in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output (stdout and stderr) of running `cmd` in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments with the quoting rules of the MS C runtime (as CPython does)."""
    result = []
    for arg in map(os.fsdecode if hasattr(os, 'fsdecode') else str, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
