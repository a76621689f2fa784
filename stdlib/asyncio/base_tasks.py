"""The Task methods CPython writes in Python (`get_stack`, `print_stack`) under the names
`asyncio.base_tasks` gives them; corio's native Task calls the same functions."""

from .tasks import _task_get_stack, _task_print_stack
