# The -X command-line options: sys._xoptions, sys.flags.dev_mode / utf8_mode, development
# mode's warnings filter and asyncio debug default, -X faulthandler, -X tracemalloc,
# -X int_max_str_digits (and its fatal start-up error), -X no_debug_ranges (tracebacks
# without carets), unknown options accepted, and a missing argument as a usage error.
import os
import subprocess
import sys
import tempfile

PROBE = r"""
import sys, warnings, faulthandler, asyncio
print(sys._xoptions)
print(sys.flags.dev_mode, sys.flags.utf8_mode, faulthandler.is_enabled())
print(sys.warnoptions, warnings.filters[0][:3])
loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.close()
"""

for options in ([], ["-X", "dev"], ["-Xutf8"], ["-X", "utf8=0"], ["-X", "faulthandler"],
                ["-X", "custom=value", "-X", "flag"], ["-X", "dev", "-W", "error"]):
    done = subprocess.run([sys.executable, *options, "-c", PROBE], capture_output=True, text=True)
    print(options, done.returncode)
    print(done.stdout, end="")
    print(done.stderr, end="")

done = subprocess.run([sys.executable, "-X"], capture_output=True, text=True)
print(done.returncode, done.stderr.splitlines()[0])

LIMIT = "import sys\nprint(sys.flags.int_max_str_digits, sys.get_int_max_str_digits(), len(str(10 ** 999)))\n"
for options in (["-X", "int_max_str_digits=1000"], ["-X", "int_max_str_digits=0"], ["-X", "int_max_str_digits=5"]):
    done = subprocess.run([sys.executable, *options, "-c", LIMIT], capture_output=True, text=True)
    print(options, done.returncode, done.stdout, done.stderr, sep="\n")

done = subprocess.run([sys.executable, "-X", "tracemalloc", "-c", "import tracemalloc; print(tracemalloc.is_tracing())"],
                      capture_output=True, text=True)
print(done.stdout, end="")

FAILING = "def divide(a, b):\n    return a / b\n\nprint(divide(1, 0) + 1)\n"
with tempfile.TemporaryDirectory() as tmp:
    script = os.path.join(tmp, "failing.py")
    with open(script, "w") as f:
        f.write(FAILING)
    for options in ([], ["-X", "no_debug_ranges"]):
        done = subprocess.run([sys.executable, *options, script], capture_output=True, text=True)
        print(options, done.returncode)
        print(done.stderr.replace(tmp, "TMP"), end="")

# -X importtime: a header, then one line per module loaded (own and cumulative microseconds,
# the module indented by nesting); which modules a start-up loads differs, so only the shape
# is compared.
import re

done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import json"], capture_output=True, text=True)
lines = done.stderr.splitlines()
shape = re.compile(r"import time: +\d+ \| +\d+ \| ( *)(\S+)$")
print(lines[0])
print(all(shape.match(line) for line in lines[1:]), any(line.endswith("| json") for line in lines))
print(any(line.endswith("|   json.decoder") for line in lines))
