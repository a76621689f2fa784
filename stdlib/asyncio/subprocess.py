"""asyncio subprocesses: create_subprocess_exec / create_subprocess_shell and Process, over the
loop's native child processes (loop._subprocess_exec). The parent's pipe ends are non-blocking
descriptors on the loop's reactor, wrapped in the same StreamReader / StreamWriter as sockets;
the child's exit is noticed through a pidfd on the reactor."""

from . import events
from . import tasks
from .streams import StreamReader, StreamWriter, _DEFAULT_LIMIT

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGTERM = 15
_SIGKILL = 9


def _stdio(value):
    """A stdin/stdout/stderr argument as the native spawn takes it: None, PIPE, STDOUT,
    DEVNULL or a descriptor (file objects give their fileno())."""
    if value is None or isinstance(value, int):
        return value
    return value.fileno()


def _env_pairs(env):
    if env is None:
        return None
    return list(env.items())


class Process:
    """A child process started by create_subprocess_exec or create_subprocess_shell."""

    def __init__(self, loop, child, pipes, limit):
        self._loop = loop
        self._child = child
        self.pid = child.pid
        stdin, stdout, stderr = pipes
        self._pipes = {0: stdin, 1: stdout, 2: stderr}
        self.stdin = None if stdin is None else StreamWriter(stdin, loop, None)
        if self.stdin is not None:
            # What CPython's pipe transport logs for writes after the pipe is lost.
            self.stdin._lost_write_message = 'pipe closed by peer or os.write(pipe, data) raised exception.'
        self.stdout = self._reader(stdout, limit)
        self.stderr = self._reader(stderr, limit)

    def _reader(self, pipe, limit):
        if pipe is None:
            return None
        reader = StreamReader(limit=limit, loop=self._loop)
        reader._sock = pipe
        reader._close_at_eof = True
        return reader

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    def __del__(self):
        # The loop keeps pipes it watches: a process dropped with unread pipes closes them,
        # as CPython's pipe transports close when collected.
        for pipe in self._pipes.values():
            if pipe is not None:
                pipe.close()

    @property
    def returncode(self):
        return self._child.returncode

    async def wait(self):
        """Wait for the child to exit; return its returncode."""
        # matches CPython: wait() returns once the pipe transports have been lost, which is
        # when they have read their pipes to EOF, so what the child wrote is buffered in
        # stdout/stderr and at_eof() holds once it is read. A pipe still open elsewhere (a
        # grandchild holds it) keeps wait() waiting. (CPython's wait() begun after its child
        # watcher saw the exit returns at once; that watcher runs late enough for the
        # pipes to be done in most runs.)
        exit_future = self._child._exit_future(self._loop)
        readers = [r for r in (self.stdout, self.stderr) if r is not None]
        if readers and not exit_future.done():
            await self._drain_until_exit(exit_future, readers)
        returncode = await exit_future
        for reader in readers:
            while not self._read_ready(reader):
                await tasks.sleep(0.001)
        self._finished = True
        return returncode

    async def _drain_until_exit(self, exit_future, readers):
        """Read the pipes nobody else reads into their buffers while the child runs, as
        CPython's pipe transports do: a child writing more than a pipe holds must not block
        on it while wait() waits for its exit."""
        loop = self._loop
        while not exit_future.done():
            reads = []
            for reader in readers:
                if self._read_ready(reader) or loop._sock_reading(reader._sock):
                    continue
                reads.append((reader, loop._sock_recv(reader._sock, 262144)))
            if not reads:
                return
            try:
                await tasks.wait([exit_future] + [f for _, f in reads],
                                 return_when=tasks.FIRST_COMPLETED)
            finally:
                for reader, fut in reads:
                    if not fut.done():
                        fut.cancel()
                    elif not fut.cancelled() and fut.exception() is None:
                        data = fut.result()
                        if data:
                            reader._buffer.extend(data)
                        else:
                            reader._reached_eof()

    def _read_ready(self, reader):
        """Move what the exited child left in `reader`'s pipe into its buffer, up to EOF, as
        far as it can be read now; True once the pipe is done with. A pipe another task is
        reading is left to that read, and one still open elsewhere to a later try."""
        loop = self._loop
        while not reader._eof and reader._exception is None:
            if loop._sock_reading(reader._sock):
                return False
            fut = loop._sock_recv(reader._sock, 262144)
            if not fut.done():
                fut.cancel()
                return False
            if fut.exception() is not None:
                return True
            data = fut.result()
            if not data:
                reader._reached_eof()
                return True
            reader._buffer.extend(data)
        return True

    # Set once wait() has returned: CPython's wait() returns after the transport's
    # connection_lost, which forgets the child.
    _finished = False

    def send_signal(self, signal):
        # matches CPython: once the transport has finished (the child exited and its pipes
        # closed), signalling raises ProcessLookupError.
        if self._finished or (self._child.returncode is not None and all(
                r is None or r._eof for r in (self.stdout, self.stderr))):
            raise ProcessLookupError()
        self._child.send_signal(signal)

    def terminate(self):
        self.send_signal(_SIGTERM)

    def kill(self):
        self.send_signal(_SIGKILL)

    async def _feed_stdin(self, input):
        try:
            self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            # matches CPython: the child may exit without reading its input.
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        self._pipes[fd].close()
        return output

    async def communicate(self, input=None):
        """Send `input` to stdin (then close it) when given, read stdout and stderr to their end, wait
        for the exit; return (stdout_data, stderr_data)."""
        # matches CPython 3.11: without input, stdin is left open.
        if input is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await tasks.gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


def _start(loop, argv, stdin, stdout, stderr, limit, kwds, shell=False):
    # The checks of CPython's loop.subprocess_exec / subprocess_shell, in their order.
    # (`executable` travels in kwds, as in CPython's signatures, down to Popen.)
    executable = kwds.pop('executable', None)
    if kwds.pop('universal_newlines', False):
        raise ValueError('universal_newlines must be False')
    if shell and not kwds.pop('shell', True):
        raise ValueError('shell must be True')
    if not shell and kwds.pop('shell', False):
        raise ValueError('shell must be False')
    if kwds.pop('bufsize', 0) != 0:
        raise ValueError('bufsize must be 0')
    if kwds.pop('text', None):
        raise ValueError('text must be False')
    if kwds.pop('encoding', None) is not None:
        raise ValueError('encoding must be None')
    if kwds.pop('errors', None) is not None:
        raise ValueError('errors must be None')
    cwd = kwds.pop('cwd', None)
    env = kwds.pop('env', None)
    # Accepted by subprocess.Popen, which CPython hands the rest to.
    for name in ('close_fds', 'start_new_session', 'restore_signals', 'preexec_fn',
                 'pass_fds', 'startupinfo', 'creationflags', 'group', 'extra_groups',
                 'user', 'umask', 'process_group'):
        kwds.pop(name, None)
    if kwds:
        raise TypeError(f'Popen.__init__() got an unexpected keyword argument '
                        f'{next(iter(kwds))!r}')
    child, *pipes = loop._subprocess_exec(argv, executable, _stdio(stdin), _stdio(stdout),
                                          _stdio(stderr), cwd, _env_pairs(env))
    return Process(loop, child, pipes, limit)


def _set_unless_cancelled(fut):
    if not fut.cancelled():
        fut.set_result(None)


async def _connect_pipes(loop, npipes, waiter):
    # Each pipe's transport schedules its waiter's result (connect_read_pipe and
    # connect_write_pipe take two iterations apiece).
    for _ in range(npipes):
        w = loop.create_future()
        loop.call_soon(_set_unless_cancelled, w)
        await w
    _set_unless_cancelled(waiter)


async def _pipes_connected(loop, process):
    """The loop iterations CPython's subprocess transport takes before create_subprocess_*
    returns: a task (`_connect_pipes`, which takes a Task-N number) connects each pipe in
    turn, then sets the waiter the caller awaits."""
    npipes = sum(1 for p in (process.stdin, process.stdout, process.stderr) if p is not None)
    waiter = loop.create_future()
    loop.create_task(_connect_pipes(loop, npipes, waiter))
    await waiter


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=_DEFAULT_LIMIT, **kwds):
    """Start `program` with `args`; return a Process."""
    loop = events.get_running_loop()
    process = _start(loop, [program, *args], stdin, stdout, stderr, limit, kwds)
    await _pipes_connected(loop, process)
    return process


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    """Run `cmd` through /bin/sh; return a Process."""
    loop = events.get_running_loop()
    if not isinstance(cmd, (bytes, str)):
        # matches CPython: the loop's subprocess_shell() refuses it, called from here
        transport, protocol = await loop.subprocess_shell(
            None, cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    if isinstance(cmd, bytes):
        cmd = cmd.decode()
    process = _start(loop, ['/bin/sh', '-c', cmd], stdin, stdout, stderr, limit, kwds,
                     shell=True)
    await _pipes_connected(loop, process)
    return process


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
Process.wait.__doc__ = """Wait until the process exit and return the process return code."""
