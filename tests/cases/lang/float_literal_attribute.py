# A float literal followed by `.name` is attribute access (CPython's tokenizer only rejects a
# letter or `_` right after a number).
print(1.0.real, 1..imag, 1e5.is_integer(), 2.5.as_integer_ratio(), 0.1.hex())
print(1.5.__class__.__name__, [3.0.conjugate() for _ in range(2)])
x = 7.25.__round__(1)
print(x, 10.0.__floordiv__(3))
