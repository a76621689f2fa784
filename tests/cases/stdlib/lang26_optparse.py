import optparse, sys
from optparse import OptionParser, make_option, OptionGroup

parser = OptionParser(usage="usage: %prog [options] arg1 arg2", version="%prog 1.0", prog="myprog",
                      description="A demonstration of optparse with a fairly long description that needs to be wrapped over several lines by the help formatter.")
parser.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages to stdout")
parser.add_option("-n", "--num", type="int", default=10, help="number of things [default: %default]")
parser.add_option("-x", type="float", dest="ratio")
parser.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast", help="mode to use")
parser.add_option("-v", action="count", dest="verbosity", default=0)
parser.add_option("-I", "--include", action="append", dest="includes", help="include dir")
parser.add_option("--const", action="store_const", const=42, dest="c")
parser.add_option("--secret", help=optparse.SUPPRESS_HELP)
group = OptionGroup(parser, "Dangerous Options", "Caution: use these options at your own risk.  It is believed that some of them bite.")
group.add_option("-g", action="store_true", help="Group option.")
parser.add_option_group(group)
def cb(option, opt_str, value, parser):
    print("callback", opt_str, value, option.dest)
    parser.values.cbval = value
parser.add_option("--cb", action="callback", callback=cb, type="string")

opts, args = parser.parse_args(["-f", "out.txt", "-q", "-n5", "-vvv", "-I", "a", "--include=b", "--mode", "slow", "pos1", "--const", "--cb", "zz", "pos2"])
print(opts, args)
print(opts.filename, opts.verbose, opts.num, opts.verbosity, opts.includes, opts.mode, opts.c, opts.ratio)
print(parser.get_usage())
parser.print_help()
print(repr(parser.format_help()[:40]))
print(parser.defaults)
opts2, args2 = parser.parse_args([])
print(vars(opts2), args2)
for bad in [["-n", "abc"], ["--mode", "medium"], ["--bogus"], ["-z"], ["-f"], ["--fil", "x"], ["--quiet=3"], ["--version"], ["-x", "1e"]]:
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
p2 = OptionParser()
p2.add_option("--verbose", action="store_true")
p2.add_option("--verbatim", action="store_true")
try: p2.parse_args(["--verb"])
except SystemExit as e: print("exit", e.code)
p2.print_help()
try: p2.add_option("--verbose")
except optparse.OptionConflictError as e: print("conflict:", e)
try: p2.add_option("-xx")
except optparse.OptionError as e: print("err:", e)
try: p2.add_option("--a", action="bogus")
except optparse.OptionError as e: print("err:", e)
o = make_option("-k", "--key", dest="key")
print(o, repr(o).split(":")[0][:10], p2.has_option("--verbose"), p2.get_option("--verbose"))
v = optparse.Values({"a": 1})
print(v, v.a, v == {"a": 1})
p3 = OptionParser(add_help_option=False, usage=optparse.SUPPRESS_USAGE)
p3.add_option("--long-option-name-here", metavar="SOMETHING_LONG", help="this option has a very long name so its help goes on the next line and wraps when it is long enough")
p3.print_help()
p4 = OptionParser(formatter=optparse.TitledHelpFormatter())
p4.add_option("-a", help="aaa")
p4.print_help()
p5 = OptionParser(prog="p5")
p5.disable_interspersed_args()
p5.add_option("-a", action="store_true")
o5, a5 = p5.parse_args(["-a", "x", "-a"]); print(o5, a5)
o5, a5 = p5.parse_args(["--", "-a"]); print(o5, a5)

from copy import copy
def check_csv(option, opt, value):
    try:
        return [int(x) for x in value.split(",")]
    except ValueError:
        raise optparse.OptionValueError(f"option {opt}: bad list {value!r}")
class MyOption(optparse.Option):
    TYPES = optparse.Option.TYPES + ("csv",)
    TYPE_CHECKER = copy(optparse.Option.TYPE_CHECKER)
    TYPE_CHECKER["csv"] = check_csv
p6 = OptionParser(option_class=MyOption, conflict_handler="resolve", prog="p6", epilog="See the manual for more.")
p6.add_option("--nums", type="csv", default="1,2")
p6.add_option("-p", "--point", type="float", nargs=2, dest="point")
p6.add_option("-o", "--old", action="store_true", help="old option")
p6.add_option("-o", "--other", action="store_true", help="replaces -o")
p6.set_defaults(extra="yes")
o6, a6 = p6.parse_args(["--nums", "4,5", "-p", "1.5", "2", "-o"])
print(o6, a6)
p6.print_help()
try: p6.parse_args(["--nums", "x"])
except SystemExit as e: print("exit", e.code)
try: p6.parse_args(["-p", "1"])
except SystemExit as e: print("exit", e.code)
p5.error("custom problem")
