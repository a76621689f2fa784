# parse_args() on the real command line: a missing positional prints the usage and
# "prog: error: ..." on stderr and exits with status 2, as CPython's argparse.
import os
import argparse
os.environ["COLUMNS"] = "80"
parser = argparse.ArgumentParser(description="Copy a file.")
parser.add_argument("src", help="source file")
parser.add_argument("dst", help="destination")
parser.add_argument("-n", "--dry-run", action="store_true", help="only show what would happen")
print("parsing")
args = parser.parse_args()
print("not reached", args)
