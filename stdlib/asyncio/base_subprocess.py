"""loop.subprocess_exec() / loop.subprocess_shell() with a SubprocessProtocol, as CPython's
base_subprocess: the transport (_UnixSubprocessTransport) connects each pipe through a pipe
transport whose protocol forwards to the subprocess protocol (pipe_data_received,
pipe_connection_lost), reports process_exited, and calls connection_lost once the process has
exited and every pipe is closed. Calls that come before connection_made wait in
_pending_calls, as in CPython. The child is the loop's native child process
(loop._subprocess_exec); its exit arrives through the pidfd future _exit_future."""

import collections

from . import protocols
from . import transports
from .unix_pipes import _UnixReadPipeTransport, _UnixWritePipeTransport

PIPE = -1
STDOUT = -2
DEVNULL = -3


class BaseSubprocessTransport(transports.SubprocessTransport):

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = collections.deque()
        self._pipes = {}
        self._finished = False

        if stdin == PIPE:
            self._pipes[0] = None
        if stdout == PIPE:
            self._pipes[1] = None
        if stderr == PIPE:
            self._pipes[2] = None

        socks = self._start(args=args, shell=shell, stdin=stdin, stdout=stdout,
                            stderr=stderr, bufsize=bufsize, **kwargs)
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        self._loop.create_task(self._connect_pipes(waiter, socks))

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            info.append('running')
        else:
            info.append('not started')

        stdin = self._pipes.get(0)
        if stdin is not None:
            info.append(f'stdin={stdin.pipe}')

        stdout = self._pipes.get(1)
        stderr = self._pipes.get(2)
        if stdout is not None and stderr is stdout:
            info.append(f'stdout=stderr={stdout.pipe}')
        else:
            if stdout is not None:
                info.append(f'stdout={stdout.pipe}')
            if stderr is not None:
                info.append(f'stderr={stderr.pipe}')

        return '<{}>'.format(' '.join(info))

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        raise NotImplementedError

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True

        for proto in self._pipes.values():
            if proto is None:
                continue
            proto.pipe.close()

        # matches CPython: a child still running when its transport closes is killed.
        if (self._proc is not None and self._returncode is None and
                self._proc.poll() is None):
            try:
                self._proc.send_signal(9)
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd in self._pipes:
            return self._pipes[fd].pipe
        else:
            return None

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.send_signal(15)

    def kill(self):
        self._check_proc()
        self._proc.send_signal(9)

    async def _connect_pipes(self, waiter, socks):
        try:
            loop = self._loop
            stdin, stdout, stderr = socks
            # As CPython's loop.connect_write_pipe / connect_read_pipe: the pipe transport's
            # waiter is set once connection_made has run, one iteration per pipe.
            if stdin is not None:
                self._pipes[0] = await _connect(
                    loop, _UnixWritePipeTransport, stdin, WriteSubprocessPipeProto(self, 0))
            if stdout is not None:
                self._pipes[1] = await _connect(
                    loop, _UnixReadPipeTransport, stdout, ReadSubprocessPipeProto(self, 1))
            if stderr is not None:
                self._pipes[2] = await _connect(
                    loop, _UnixReadPipeTransport, stderr, ReadSubprocessPipeProto(self, 2))

            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        self._returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        """Wait until the process exits; return its return code."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            # wake up futures waiting for _wait()
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None


async def _connect(loop, transport_class, sock, protocol):
    waiter = loop.create_future()
    transport = transport_class(loop, sock, None, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return protocol


class WriteSubprocessPipeProto(protocols.BaseProtocol):

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{self.__class__.__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, protocols.Protocol):

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


def _stdio(value):
    if value is None or isinstance(value, int):
        return value
    return value.fileno()


class _UnixSubprocessTransport(BaseSubprocessTransport):

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        cwd = kwargs.pop('cwd', None)
        env = kwargs.pop('env', None)
        executable = kwargs.pop('executable', None)
        for name in ('close_fds', 'start_new_session', 'restore_signals', 'preexec_fn',
                     'pass_fds', 'startupinfo', 'creationflags', 'user', 'group',
                     'extra_groups', 'umask', 'process_group', 'pipesize'):
            kwargs.pop(name, None)
        if kwargs:
            raise TypeError(f"Popen.__init__() got an unexpected keyword argument "
                            f"'{next(iter(kwargs))}'")
        if shell:
            argv = ['/bin/sh', '-c', args if isinstance(args, str) else args.decode()]
        else:
            argv = [a if isinstance(a, str) else a.decode() for a in args]
        env_pairs = None if env is None else list(env.items())
        self._proc, *socks = self._loop._subprocess_exec(
            argv, executable, _stdio(stdin), _stdio(stdout), _stdio(stderr), cwd, env_pairs)
        # As CPython's child watcher: its thread hears of the exit and hands it to the loop
        # (call_soon_threadsafe of the watcher callback, which call_soon_threadsafe's
        # _process_exited); that thread wakes after the loop has read the child's last
        # output from its pipes, so pipe_connection_lost comes before process_exited.
        self._proc._exit_future(self._loop).add_done_callback(self._on_exit)
        return socks

    def _on_exit(self, fut):
        if fut.cancelled() or self._loop is None:
            return
        self._loop.call_soon(self._watcher_callback, fut.result())

    def _watcher_callback(self, returncode):
        if self._loop is not None:
            self._loop.call_soon(self._process_exited_soon, returncode)

    def _process_exited_soon(self, returncode):
        if self._loop is not None:
            self._loop.call_soon(self._process_exited, returncode)


def _check_popen_options(universal_newlines, bufsize, text, encoding, errors):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _make_subprocess_transport(loop, protocol, args, shell, stdin, stdout, stderr,
                                     bufsize, extra=None, **kwargs):
    waiter = loop.create_future()
    transp = _UnixSubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr,
                                      bufsize, waiter=waiter, extra=extra, **kwargs)
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transp.close()
        await transp._wait()
        raise
    return transp
