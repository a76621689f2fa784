# Modules corio loads lazily (asyncio, sys, os, re) fail a missing attribute as CPython's
# plain modules do: no loader frame in the traceback, and a 'Did you mean' from their names.
import asyncio
import os
import re
import sys
import traceback

for owner, name in [(asyncio, "coroutine"), (asyncio, "Quee"), (asyncio, "WindowsSelectorEventLoopPolicy"),
                    (sys, "getrefcont"), (os, "getcwdd"), (re, "compil"), (asyncio.base_events, "Servr")]:
    try:
        getattr(owner, name)
    except AttributeError as e:
        print(e.name, e.obj is owner)
        traceback.print_exc()
print(hasattr(asyncio, "coroutine"), getattr(asyncio, "nope", 5), hasattr(sys, "stdlib_module_names"))


@asyncio.coroutine
def old_style():
    yield
