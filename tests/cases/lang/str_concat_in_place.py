def f():
    s = "ab" * 3
    t = s
    s += "x"
    print(s, t)
    s = ""
    for i in range(5):
        s += str(i)
    d = {s: 1}
    s += "z"
    print(d, s, len(s))
    l = [s]
    s += "q"
    print(l, s)
    s = "é" * 3
    h = hash(s)
    s += "ü"
    print(s, len(s), hash(s) == hash("éééü"), s[3], s == "éééü", h == hash("ééé"))
    s = s + "!"
    print(s, len(s))
    u = s
    s = s + "?"
    print(u, s)
    x = "k"
    for _ in range(3):
        x = x + x
    print(x, len(x))
    g = "a"
    g += g
    print(g)
    import sys
    c = "abc" + str(len(sys.argv))
    before = sys.getrefcount(c) if hasattr(sys, "getrefcount") else 0
    c += "d"
    print(c)
    try:
        n = "a"
        n += 1
    except TypeError as e:
        print(e)
    w = "w"
    w += "é"
    w += "x"
    print(w, len(w), w.upper())
f()
