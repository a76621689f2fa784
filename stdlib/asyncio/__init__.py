"""The asyncio package: corio's native event loop, futures and tasks (_asyncio) plus the
script-level combinators, synchronization primitives and queues."""

from .exceptions import *
from .events import *
from .futures import *
from .coroutines import *
from .tasks import *
from .locks import *
from .queues import *
from .runners import *
from .timeouts import *
from .taskgroups import *
from .protocols import *
from .transports import *
from .streams import *
from .threads import *
from .subprocess import *
from . import base_events
from .base_events import BaseEventLoop
from . import unix_events
from . import selector_events
from .events import DefaultEventLoopPolicy, SelectorEventLoop
from .tasks import _wrap_awaitable
from . import exceptions, events, futures, tasks, locks, queues, runners, timeouts, taskgroups, streams, threads, subprocess, protocols, transports
