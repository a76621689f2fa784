# Extended slices whose step is a huge int: one item at most, no overflow.
big = 2 ** 70
for step in (big, -big):
    for start, stop in ((2, 5), (None, None), (5, 2), (-1, None), (0, 1)):
        lst = list(range(6))
        s = slice(start, stop, step)
        print(step > 0, start, stop, lst[s], end=" | ")
        del lst[s]
        print(lst, end=" | ")
        ba = bytearray(b"abcdef")
        del ba[s]
        print(ba, end=" | ")
        t = list(range(6))
        try:
            t[s] = ["x"]
            print(t)
        except ValueError as e:
            print("ValueError", e)
print("abcdef"[1::big], b"abcdef"[::-big], tuple(range(6))[4::-big])
