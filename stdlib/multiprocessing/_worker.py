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
            reply = ('error', exc)
        sys.stdout.flush()
        try:
            data = _codec.dumps(reply)
        except _codec.PicklingError as exc:
            data = _codec.dumps(('error', exc))
        conn.send_bytes(data)
    conn.close()
