import os
os.environ["COLUMNS"] = "80"
import argparse
p = argparse.ArgumentParser(prog="tool", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("-a", action="store_true", help="mode a")
g.add_argument("-b", action="store_true", help="mode b")
grp = p.add_argument_group("network", "Network options here")
grp.add_argument("--host", default="localhost", help="host name")
grp.add_argument("--port", type=int, default=8080, help="port")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
sub = p.add_subparsers(dest="cmd", help="sub-command help")
pa = sub.add_parser("add", help="add things")
pa.add_argument("x", type=float)
pa.add_argument("y", type=float, nargs="?", default=1.0)
pr = sub.add_parser("rm", help="remove things", aliases=["del"])
pr.add_argument("--force", "-f", action="store_true")
p.print_help()
pa.print_help()
print(p.parse_args(["add", "1.5"]))
print(p.parse_args(["-a", "--no-flag", "--port", "1", "rm", "-f"]))
print(p.parse_args(["del"]))
for argv in [["-a", "-b"], ["add"], ["add", "x"], ["nope"], ["--version"], ["-h"], ["add", "-h"], ["--port", "1.5"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
p2 = argparse.ArgumentParser(prog="t2", exit_on_error=False)
p2.add_argument("--n", type=int)
try:
    p2.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("caught", e, repr(e.argument_name))
try:
    p2.add_argument("--n")
except argparse.ArgumentError as e:
    print(e)
try:
    p2.add_argument("pos", required=True)
except TypeError as e:
    print(e)
try:
    p2.add_argument("bad", type="int")
except ValueError as e:
    print(e)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return v
p3 = argparse.ArgumentParser(prog="t3", description="""Multi
   line    description""", formatter_class=argparse.RawDescriptionHelpFormatter)
p3.add_argument("n", type=positive)
p3.add_argument("rest", nargs=argparse.REMAINDER)
p3.add_argument("--two", nargs=2, metavar=("A", "B"))
p3.print_help()
print(p3.parse_args(["5", "--two", "x"]))
print(p3.parse_args(["5", "a", "-b"]))
try: p3.parse_args(["-5"])
except SystemExit as e: print("exit", e.code)
try: p3.parse_args(["0"])
except SystemExit as e: print("exit", e.code)
req = argparse.ArgumentParser(prog="r")
mg = req.add_mutually_exclusive_group(required=True)
mg.add_argument("--x"); mg.add_argument("--y")
req.add_argument("--must", required=True)
print(req.format_usage())
try: req.parse_args(["--must", "1"])
except SystemExit as e: print("exit", e.code)
try: req.parse_args([])
except SystemExit as e: print("exit", e.code)
print(p)
