# str methods: Argument Clinic's type checks, keyword checks and conversion order.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r)

show("center fill int", lambda: "a".center(5, 2))
show("ljust fill none", lambda: "a".ljust(5, None))
show("center fill long", lambda: "a".center(5, "xy"))
show("encode none", lambda: "a".encode(None))
show("encode errors none", lambda: "a".encode("utf-8", None))
show("removeprefix none", lambda: "a".removeprefix(None))
show("find none", lambda: "a".find(None))
show("partition none", lambda: "a".partition(None))
show("maketrans 1,2", lambda: str.maketrans(1, 2))
show("maketrans 1,'a'", lambda: str.maketrans(1, "a"))
show("maketrans z", lambda: str.maketrans("a", "b", 3))
show("splitlines str", lambda: "a\nb".splitlines("x"))
show("splitlines float", lambda: "a\nb".splitlines(1.0))
show("splitlines 1", lambda: "a\nb".splitlines(1))
show("splitlines True", lambda: "a\nb".splitlines(keepends=True))
show("split kw", lambda: "a b".split(foo=1))
show("rsplit kw", lambda: "a b".rsplit(sepp=" "))
show("encode kw", lambda: "a".encode(foo=1))
show("expandtabs kw", lambda: "a\tb".expandtabs(size=2))
show("join kw", lambda: "".join([], foo=1))
show("translate kw", lambda: "a".translate({}, foo=1))
