for s in ['hello world', 'héllo wörld é', '', 'aaa', '日本語日本語']:
    for sub in ['', 'l', 'o w', 'é', 'ö', 'a', '本', 'zz', '日本']:
        for a, b in [(None, None), (0, None), (2, None), (-3, None), (1, 4), (5, 2), (20, None), (-100, 100), (3, -1)]:
            args = (sub,) if a is None else (sub, a) if b is None else (sub, a, b)
            r = [s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args)]
            try: r.append(s.index(*args))
            except ValueError as e: r.append(str(e))
            try: r.append(s.rindex(*args))
            except ValueError as e: r.append(str(e))
            print(repr(s), repr(sub), a, b, r)
print('abc'.startswith(('x', 'b'), 1), 'abc'.endswith(('c',)), 'abcabc'.count('abc', 1))
