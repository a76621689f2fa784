s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), sep="|")
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("x\ny\r\nz".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]))
print("abc".partition("b"), "abcb".rpartition("b"), "abc".partition("z"))
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "0")), "-42".zfill(6))
print(repr("a\tb\tc".expandtabs(4)))
print("Hello".upper(), "Hello".lower(), "Straße".casefold(), "HeLLo".swapcase())
print("hello world".title(), "hELLO".capitalize())
for t in ["123", "abc", "a1", " ", "", "Ab Cd", "ABC", "abc", "x_1", "1x", "²"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
print("banana".find("an"), "banana".rfind("an"), "banana".find("x"), "banana".index("na"), "banana".count("a"))
print("banana".find("a", 2), "banana".find("a", 2, 3), "banana".count("a", -3))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".endswith("lo"), "hello".endswith("l", 0, 4))
print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("{} {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x}-{y!r}".format(x=1, y="s"))
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "{0[1]} {1.real}".format([1, 2], 3))
print("{name}".format_map({"name": "map"}))
print("héllo".encode(), "abc".encode("ascii"), "héllo".encode("latin-1"))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"), "ab".__mul__(2))
print("%s=%d" % ("x", 3), "abc".__mod__(()), list("ab".__iter__()), "a".__hash__() == hash("a"))
print(str.upper("abc"), str.join(",", "abc"))
for bad in [lambda: "a".find(1), lambda: "a".split(1), lambda: ",".join([1]), lambda: "a".startswith(1),
            lambda: "a".replace(1, "x"), lambda: "a".strip(1), lambda: "a".center(5, "ab"),
            lambda: "a".removeprefix(1), lambda: "a".index("z"), lambda: "a".partition(""),
            lambda: "é".encode("ascii"), lambda: "a".encode("nope"), lambda: "{}".format(),
            lambda: "{x}".format(), lambda: "{0}".format_map({}), lambda: str.maketrans("ab", "c"),
            lambda: "a" + 1, lambda: "a".__contains__(1), lambda: "a".center("x"), lambda: str.upper(1),
            lambda: "ab".split(""), lambda: "a".join(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
x = S("Hi there")
print(x.upper(), x.split(), len(x), "there" in x, x[0], x.__len__())
