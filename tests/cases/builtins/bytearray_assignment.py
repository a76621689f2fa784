# bytearray item and slice assignment and deletion, with CPython's errors.
ba = bytearray(b'abcdef')
for stmt in ['ba[0:1] = b"M"', 'ba[1:3] = [65, 66, 67]', 'ba[::2] = b"xyz"', 'ba[::2] = b"x"',
             'ba[::2] = b"wxyz"', 'ba[0:2] = 5', 'ba[0:2] = [300]', 'ba[0:2] = "ab"',
             'ba["x"] = 1', 'ba[0] = "a"', 'ba[10] = 1', 'ba[-1] = 33', 'ba[0] = 300',
             'ba[0] = True', 'del ba[0]', 'del ba[1:3]', 'del ba["x"]', 'del ba[::2]',
             'del ba[50]', 'ba[2:2] = bytearray(b"QQ")',
             'ba[1:] = ba', 'ba[:] = range(65, 70)', 'ba[5:1] = b"--"', 'ba[::-1] = b"vwxyz.."[:len(ba[::-1])]',
             'ba[0:1] = [1.5]', 'ba[0:1] = ["a"]', 'ba[0:1] = None']:
    try:
        exec(stmt)
        print(stmt, ba)
    except Exception as e:
        print(stmt, type(e).__name__, e)
