import os
os.environ["COLUMNS"] = "80"  # help layout follows the terminal width, as in CPython
import argparse, sys
parser = argparse.ArgumentParser(description="Process some integers and do a lot of interesting things with them, wrapping long descriptions.", epilog="See the docs.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
parser.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
parser.add_argument("-v", "--verbose", action="store_true", help="increase output verbosity")
parser.add_argument("-c", "--count", type=int, default=3, help="how many times (default: %(default)s)")
parser.add_argument("--color", choices=["red", "green", "blue"], default="red")
parser.add_argument("--name", required=False, metavar="NAME")
parser.add_argument("-q", action="count", default=0)
parser.add_argument("--tag", action="append")
parser.add_argument("--opt", nargs="?", const="C", default="D")
parser.add_argument("--files", nargs="*")
parser.add_argument("--a-very-long-option-name-here", help="a long option that pushes help to next line")
print(parser.format_usage(), end="")
parser.print_help()
args = parser.parse_args(["1", "2", "3", "--sum", "-v", "-c", "5", "--color=blue", "-qqq", "--tag", "a", "--tag", "b", "--opt"])
print(args)
print(args.accumulate(args.integers), vars(args))
print(parser.parse_args(["7", "--files", "x", "y", "--", "8"]))
print(parser.parse_known_args(["7", "--zzz", "9"]))
print(parser.parse_args(["-c5", "1", "--col", "green"]))
print(parser.parse_args(["-vqc", "9", "1"]))
ns = argparse.Namespace(a=1, b="x"); print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns)
for argv in [[], ["x"], ["1", "--color", "pink"], ["1", "-c"], ["1", "--bogus", "z"], ["1", "-c", "abc"], ["1", "--c"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
