"""The main loop of a worker process: load the parent's main module (as `__mp_main__`, with
its output silenced, as a forked child would not repeat it), then run calls until told to
stop."""

import sys
import _multiprocessing
from multiprocessing import _codec, _shared


def _load_main(path):
    import io
    import types
    if not path or path.startswith('<') or path == '-c':
        return
    try:
        with open(path, encoding='utf-8') as f:
            source = f.read()
    except OSError:
        return
    module = types.ModuleType('__mp_main__')
    module.__file__ = path
    sys.modules['__mp_main__'] = module
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    try:
        exec(compile(source, path, 'exec'), module.__dict__)
    except BaseException:
        pass
    finally:
        sys.stdout, sys.stderr = saved


def _remote_caller(conn):
    import threading
    lock = threading.Lock()

    def call(shared_id, name, args):
        # One request and its reply at a time, whichever thread of the worker asks.
        with lock:
            conn.send_bytes(_codec.dumps(('rpc', (shared_id, name, args))))
            status, value = _codec.loads(conn.recv_bytes())
        if status == 'error':
            raise value
        return value
    return call


def _remote_text(exc):
    """The traceback CPython's worker formats for the parent ('\\n\"\"\"\\n...\"\"\"', the text of
    the RemoteTraceback that becomes the exception's `__cause__` there), without the frames of
    this module's loop."""
    try:
        import traceback
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == main.__code__.co_filename:
            tb = tb.tb_next
        return '\n"""\n%s"""' % ''.join(traceback.format_exception(type(exc), exc, tb))
    except BaseException:
        return None


def _pool_task(kind, func, args, kwds):
    # A multiprocessing.Pool task runs through the frames of CPython's pool (`worker`, and
    # `mapstar`/`starmapstar` for map and starmap), which the remote traceback shows.
    from multiprocessing import pool
    if kind == 'map':
        return pool.worker(pool.mapstar, ((func, args),), {})[1][0]
    if kind == 'starmap':
        return pool.worker(pool.starmapstar, ((func, (args,)),), {})[1][0]
    return pool.worker(func, args, kwds)[1]


def main():
    main_file, socket_path = sys.argv[0], sys.argv[1]
    conn = _multiprocessing.connect(socket_path)
    _shared.remote_call = _remote_caller(conn)
    _load_main(main_file)
    while True:
        try:
            message = conn.recv_bytes()
        except EOFError:
            break
        try:
            kind, payload = _codec.loads(message)
        except BaseException as exc:
            conn.send_bytes(_codec.dumps(('error', exc)))
            continue
        if kind == 'stop':
            break
        func, args, kwargs = payload
        try:
            reply = ('ok', func(*args, **kwargs))
        except BaseException as exc:
            reply = ('raised', (exc, _remote_text(exc)))
        sys.stdout.flush()
        try:
            data = _codec.dumps(reply)
        except _codec.PicklingError as exc:
            data = _codec.dumps(('error', exc))
        conn.send_bytes(data)
    conn.close()
