"""TCPConnector: opens TCP connections and keeps idle keep-alive ones in a pool per
(host, port, ssl), so one session reuses a connection for its next request to that server."""

import asyncio

from .client_exceptions import ClientConnectorError, ConnectionTimeoutError

__all__ = ('TCPConnector', 'BaseConnector', 'ConnectionKey', 'Connection')


class ConnectionKey(tuple):
    """What a pooled connection is shared by (aiohttp's ConnectionKey, without proxies)."""
    __slots__ = ()
    _fields = ('host', 'port', 'is_ssl', 'ssl', 'proxy', 'proxy_auth', 'proxy_headers_hash',
               'server_hostname')

    def __new__(cls, host, port, is_ssl=False, ssl=True, proxy=None, proxy_auth=None,
                proxy_headers_hash=None, server_hostname=None):
        return tuple.__new__(cls, (host, port, is_ssl, ssl, proxy, proxy_auth,
                                   proxy_headers_hash, server_hostname))

    host = property(lambda self: self[0])
    port = property(lambda self: self[1])
    is_ssl = property(lambda self: self[2])
    ssl = property(lambda self: self[3])

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, tuple(self)))
        return f'ConnectionKey({inner})'


class Connection:
    """One TCP connection lent to one request at a time."""

    def __init__(self, connector, key, reader, writer, reused=False):
        self._connector = connector
        self.key = key
        self.reader = reader
        self.writer = writer
        self.reused = reused
        self._done = False

    def __repr__(self):
        return f'Connection<{self.key!r}>'

    @property
    def closed(self):
        return self.writer is None or self.writer.is_closing()

    def release(self):
        """The response was read to its end: the connection may serve another request."""
        if not self._done:
            self._done = True
            self._connector._release(self, reusable=True)

    def close(self):
        """Drop the connection (the body was not read, or the server asked to close)."""
        if not self._done:
            self._done = True
            self._connector._release(self, reusable=False)


class BaseConnector:
    def __init__(self, *, keepalive_timeout=15.0, force_close=False, limit=100,
                 limit_per_host=0, enable_cleanup_closed=False, loop=None, timeout_ceil_threshold=5):
        self._idle = {}                 # key -> [(reader, writer, released_at)]
        self._force_close = force_close
        self._keepalive_timeout = keepalive_timeout
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._acquired = 0
        self._waiters = []
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def limit(self):
        return self._limit

    @property
    def limit_per_host(self):
        return self._limit_per_host

    @property
    def force_close(self):
        return self._force_close

    async def connect(self, key, connect_timeout=None, url=None):
        """Lend an idle pooled connection for `key`, or open a new one."""
        if self._closed:
            raise RuntimeError('Connector is closed.')
        await self._wait_for_slot()
        self._acquired += 1
        try:
            conn = self._take_idle(key)
            if conn is not None:
                return conn
            reader, writer = await self._open(key, connect_timeout, url)
            return Connection(self, key, reader, writer)
        except BaseException:
            self._give_back_slot()
            raise

    async def _wait_for_slot(self):
        while self._limit and self._acquired >= self._limit:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def _give_back_slot(self):
        self._acquired -= 1
        while self._waiters:
            waiter = self._waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def _take_idle(self, key):
        idle = self._idle.get(key)
        now = asyncio.get_running_loop().time()
        while idle:
            reader, writer, released_at = idle.pop()
            stale = now - released_at > self._keepalive_timeout
            if writer.is_closing() or reader.at_eof() or reader.exception() is not None or stale:
                writer.close()
                continue
            return Connection(self, key, reader, writer, reused=True)
        return None

    async def _open(self, key, connect_timeout, url):
        try:
            if connect_timeout is None:
                return await asyncio.open_connection(key.host, key.port)
            async with asyncio.timeout(connect_timeout):
                return await asyncio.open_connection(key.host, key.port)
        except TimeoutError as exc:
            if isinstance(exc, OSError) and exc.errno is not None:
                raise ClientConnectorError(key, exc) from exc
            raise ConnectionTimeoutError(f'Connection timeout to host {url}') from exc
        except OSError as exc:
            raise ClientConnectorError(key, exc) from exc

    def _release(self, conn, reusable):
        self._give_back_slot()
        if self._closed or self._force_close or not reusable or conn.closed:
            if conn.writer is not None:
                conn.writer.close()
            return
        released_at = asyncio.get_running_loop().time()
        self._idle.setdefault(conn.key, []).append((conn.reader, conn.writer, released_at))

    def close(self):
        """Close every idle connection; returns an awaitable, as aiohttp's does."""
        self._closed = True
        writers = []
        for idle in self._idle.values():
            for _, writer, _ in idle:
                writer.close()
                writers.append(writer)
        self._idle = {}
        # As aiohttp's close(): awaiting it waits until every closed connection is lost.
        return _Closed(writers)


class TCPConnector(BaseConnector):
    def __init__(self, *, ssl=True, use_dns_cache=True, ttl_dns_cache=10, family=0,
                 local_addr=None, verify_ssl=True, **kwargs):
        super().__init__(**kwargs)
        self._ssl = ssl


class _Closed:
    """Awaitable: the given writers' connections are closed (connection_lost was called)."""

    def __init__(self, writers):
        self._writers = writers

    def __await__(self):
        if self._writers:
            waits = [w.wait_closed() for w in self._writers]
            yield from asyncio.gather(*waits, return_exceptions=True).__await__()


class _Done:
    """An already-finished awaitable (what aiohttp's close() and release() return)."""

    def __await__(self):
        return
        yield
