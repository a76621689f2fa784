"""`asyncio.trsock.TransportSocket`: the socket wrapper transports and servers hand out
(`server.sockets`, `get_extra_info('socket')`), a native type of corio's loop."""

from _asyncio import _TransportSocket as TransportSocket
