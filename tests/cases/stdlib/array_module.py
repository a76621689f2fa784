from array import array
import array as A
a = array('i', [1, 2, 3]); print(a, repr(array('d')), array('u', 'hi'), A.typecodes, a.itemsize, array('d', [1.5]).itemsize, a.typecode)
a.append(4); a.extend([5]); a.insert(0, 0); print(a, a[1], a[1:3], a[-1], a.tolist(), a.tobytes()[:8], len(a), a.count(2), a.index(3), a.pop(), a.pop(0), a)
a.remove(2); a.reverse(); print(a, 3 in a, list(a), a + array('i', [9]), a * 2, a == array('i', [3, 1]), a < array('i', [4]))
for bad in [lambda: array('i', [1.5]), lambda: array('b', [200]), lambda: array('x'), lambda: array('i', 'abc'), lambda: a.index(99), lambda: a.remove(99), lambda: array('I', [-1]), lambda: array('i') + array('d'), lambda: array('B', [256])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
b = array('h'); b.frombytes(b'\x01\x00\x02\x00'); print(b, array('f', [0.1]), array('q', [2**40]), b.byteswap() or b)
a[0] = 7; print(a); a[0:1] = array('i', [8, 9]); print(a); del a[0]; print(a)
print(array('u', 'abc').tounicode(), array('L', range(3)), array('d', (x / 2 for x in range(3))))
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, -1, 2**40):
        try: array(tc, [v])
        except Exception as e: print(tc, v if abs(v) < 10 else ('big' if v > 0 else '-big'), type(e).__name__, e)
for v in ['x', None, 1.5]:
    try: array('d', [v])
    except Exception as e: print('d', repr(v), type(e).__name__, e)
for v in [1, 'ab']:
    try: array('u', [v])
    except Exception as e: print('u', repr(v), type(e).__name__, e)
try: array('i', [1]).append('x')
except Exception as e: print(type(e).__name__, e)
try: array('i', [1])[5]
except Exception as e: print(type(e).__name__, e)
try: array('i', [1]).frombytes(b'abc')
except Exception as e: print(type(e).__name__, e)
try: array('i', [1]) + [2]
except Exception as e: print(type(e).__name__, e)
a = array('i', [1]); a += array('i', [2]); a *= 2; print(a, bytes(a), array('i', b'\x01\x00\x00\x00'), array('d', [1]), array('b', [True]))
try: hash(a)
except Exception as e: print(type(e).__name__, e)
print(array('i', [3, 1, 2])[::-1], sorted(array('i', [3, 1, 2])), array('i', [1, 2]).buffer_info()[1], array('u', 'x').itemsize, array('i', [1,2]).__class__.__name__, array.__module__)
import copy; print(copy.deepcopy(array('d', [1.0])), array('i', array('i', [5])))
print(array('f', [1e300, -1e300, 3.4e38, 1/3]), array('b', [-2**20]) if False else '')
for tc, v in [('b', 2**20), ('b', -2**20), ('H', 2**40), ('H', -2**40), ('h', 2**20)]:
    try: array(tc, [v])
    except OverflowError as e: print(tc, e)
