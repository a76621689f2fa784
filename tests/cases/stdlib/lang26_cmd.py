import cmd, io

class Shell(cmd.Cmd):
    intro = "Welcome to the shell. Type help or ? to list commands.\n"
    prompt = "(shell) "
    def __init__(self, **kw):
        super().__init__(**kw)
        self.total = 0
    def do_add(self, arg):
        "Add numbers: ADD 1 2 3"
        self.total += sum(map(int, arg.split()))
        print("total", self.total)
    def do_greet(self, arg):
        print(f"Hello, {arg or 'stranger'}!")
    def help_greet(self):
        print("greet [name] -- say hello")
    def help_topics(self):
        print("misc topic")
    def do_undoc(self, arg):
        print("undoc", repr(arg))
    def do_quit(self, arg):
        "Quit the shell"
        print("bye")
        return True
    def precmd(self, line):
        return line.lower()
    def postloop(self):
        print("postloop")

s = Shell(stdin=io.StringIO("add 1 2\n\nGREET bob\nhelp\nhelp add\nhelp greet\nhelp nope\n?quit\nfoo bar\n!ls\n  \nundoc  x y \nquit\n"))
s.use_rawinput = False
s.cmdloop()
print(s.parseline("add 5"), s.parseline("?x"), s.parseline(""), s.completenames("g"))
s2 = Shell()
s2.cmdqueue = ["add 5", "quit"]
s2.cmdloop(intro="Intro!")
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([f"item{i}" * (i % 4 + 1) for i in range(30)], 60)
c.columnize([])
c.columnize(["one"])
print(out.getvalue())
try: c.columnize([1, "a", 2])
except TypeError as e: print(e)
c2 = cmd.Cmd(stdin=io.StringIO(""), stdout=out)
c2.use_rawinput = False
print(c2.onecmd("EOF"), c2.lastcmd)
