# PYTHONASYNCIODEBUG puts new event loops in debug mode (CPython's coroutines._is_debug_mode);
# asyncio.run(debug=False) still turns it off.
import os
import subprocess
import sys

code = """
import asyncio
async def main():
    print(asyncio.get_running_loop().get_debug())
asyncio.run(main())
asyncio.run(main(), debug=False)
loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.close()
"""
for value in ("1", "", None):
    env = dict(os.environ)
    env.pop("PYTHONASYNCIODEBUG", None)
    if value is not None:
        env["PYTHONASYNCIODEBUG"] = value
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    print(repr(value), out.stdout.split(), out.returncode)
