"""asyncio's tuning constants, with CPython 3.11's values (corio's native loop keeps its own
copies; this module is what `asyncio.constants` shows a script)."""

import enum

# Warn after this many write()s to a lost connection.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds before accept() is retried after running out of descriptors.
ACCEPT_RETRY_DELAY = 1

# Frames kept for `_source_traceback` in debug mode.
DEBUG_STACK_DEPTH = 10

SSL_HANDSHAKE_TIMEOUT = 60.0
SSL_SHUTDOWN_TIMEOUT = 30.0

# The chunk size of sendfile's read-and-send fallback.
SENDFILE_FALLBACK_READBUFFER_SIZE = 1024 * 256

FLOW_CONTROL_HIGH_WATER_SSL_READ = 256  # KiB
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512  # KiB


class _SendfileMode(enum.Enum):
    UNSUPPORTED = enum.auto()
    TRY_NATIVE = enum.auto()
    FALLBACK = enum.auto()
