"""Context variables: per-task (and per-thread) state; the implementation is native
(`_contextvars`)."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
