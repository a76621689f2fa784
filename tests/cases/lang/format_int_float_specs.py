# format() and f-string specs for ints (machine-sized and big), bools, floats and subclasses:
# digits, signs, prefixes, padding, grouping, rounding, and the error messages naming the type.
class MyInt(int):
    pass


class MyFloat(float):
    pass


cases = [
    (5, 'q'), (True, 'q'), (MyInt(7), 'q'), (MyFloat(1.5), 'q'),
    (2**70, 'x'), (-2**70, '#o'), (-5, '08d'), (True, 'd'), (False, '#b'),
    (255, '#X'), (-255, '=+10x'), (10**20, ',d'), (-1234567, '_d'), (123456789, '_x'),
    (3, '.2f'), (2**63, 'e'), (7, '%'), (-9223372036854775808, 'x'), (9223372036854775807, 'b'),
    (65, 'c'), (MyInt(3), ''), (MyInt(3), '+d'), (MyFloat(2.5), '.1f'),
    (-0.0, '.3f'), (-1e-9, '.2f'), (2.675, '.2f'), (1e300, '.1f'), (0.5, '.0f'), (1.5, '.0f'),
    (2.5, '.0f'), (1e22, 'f'), (123.456, '+.1f'), (123.456, ' .1f'), (0.125, '.2f'),
    (1234567.891, ',.2f'), (float('inf'), '.2f'), (float('nan'), '08.1f'), (-0.0, 'z.1f'),
    (5, '.2d'), (5, 'z'), (1.5, '#.0f'),
]
for v, spec in cases:
    try:
        print(spec.ljust(8), repr(format(v, spec)))
    except Exception as e:
        print(spec.ljust(8), type(e).__name__, e)

for i in range(0, 3000, 371):
    print(f"k{i % 1000:04d}:{i * 3:08d}:{i / 7:.3f}|{i:x}|{-i:>7,}|{i / 3:10.4f}|{i:^9o}")
