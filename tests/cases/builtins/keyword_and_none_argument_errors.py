# Built-ins that take no keyword arguments say so, and Argument Clinic's type errors name
# None itself ("not None", never "not NoneType").
import socket
import unicodedata

attempts = [
    lambda: slice(1, key=2),
    lambda: dir(1, key=2),
    lambda: dir(key=2),
    lambda: type(None, (), {}),
    lambda: type("Name", None, {}),
    lambda: type("Name", (), None),
    lambda: unicodedata.normalize(None, "x"),
    lambda: unicodedata.normalize("NFC", None),
    lambda: socket.gethostbyname(5),
    lambda: socket.gethostbyname(None),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
for attempt in [lambda: int(base=2), lambda: int("11", base=2), lambda: ExceptionGroup(None, [ValueError()])]:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
