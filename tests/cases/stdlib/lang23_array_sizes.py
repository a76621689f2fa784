# sys.getsizeof of array.array follows CPython's buffer growth (array_resize: exact for a
# list, tuple, str or array initializer; ~1/16 more plus 3 or 7 items when appends, inserts
# and extends outgrow it; kept on shrinks that leave it at least half full).
import array
import sys

print(sys.getsizeof(array.array('i')), sys.getsizeof(array.array('i', [1, 2, 3])), sys.getsizeof(array.array('d', (1.0,) * 10)))
print(sys.getsizeof(array.array('b', b'abcde')), sys.getsizeof(array.array('u', 'hello')), sys.getsizeof(array.array('i', range(100))))
grown = array.array('i')
sizes = []
for i in range(40):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print(sizes)
grown.extend(array.array('i', range(30)))
print(len(grown), sys.getsizeof(grown))
grown.extend(range(5))
print(len(grown), sys.getsizeof(grown))
while len(grown) > 3:
    grown.pop()
    if len(grown) % 10 == 0:
        print(len(grown), sys.getsizeof(grown), end="; ")
print()
grown.insert(0, 9)
grown.fromlist([1, 2, 3])
grown.frombytes(array.array('i', [7, 8]).tobytes())
print(grown, sys.getsizeof(grown))
del grown[1:4]
grown.remove(9)
print(grown, sys.getsizeof(grown))
grown += array.array('i', [5] * 20)
print(len(grown), sys.getsizeof(grown))
grown *= 2
print(len(grown), sys.getsizeof(grown))
grown[2:30] = array.array('i', [0])
print(len(grown), sys.getsizeof(grown), sys.getsizeof(grown[:5]), sys.getsizeof(grown + grown))
numbers = list(range(1000))
print(sys.getsizeof(numbers), sys.getsizeof(array.array('l', numbers)), sys.getsizeof(array.array('h', numbers)))
print(grown.pop(), grown.pop(0), grown.buffer_info()[1], grown.itemsize)
try:
    array.array('i').pop()
except IndexError as e:
    print(e)
try:
    del grown[1000]
except IndexError as e:
    print(e)
