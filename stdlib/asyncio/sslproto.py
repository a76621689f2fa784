"""CPython's TLS protocol layer. corio has no TLS: streams and transports are plain TCP or
Unix sockets, and `loop.start_tls` raises NotImplementedError, so this module is empty."""
