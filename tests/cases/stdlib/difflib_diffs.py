import difflib
a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(keepends=True)
b = "zero\none\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\nnine!\nten\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
s = difflib.SequenceMatcher(None, "abxcd", "abcd"); print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;"); print(round(s.ratio(), 3), s.find_longest_match(0, 10, 0, 10))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "whale", "hello"], n=2, cutoff=0.5))
import keyword; print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("pineapple", keyword.kwlist), difflib.get_close_matches("accept", keyword.kwlist))
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True), "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(difflib.restore(diff, 1)), end=""); print("".join(difflib.restore(diff, 2)), end="")
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print("{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, "qabxcd"[i1:i2], "abycdf"[j1:j2]))
big_a = [f"line {i}\n" for i in range(300)]; big_b = big_a[:100] + ["changed\n"] + big_a[101:250] + big_a[260:]
print("".join(difflib.unified_diff(big_a, big_b, n=2)))
print(round(difflib.SequenceMatcher(None, "x" * 300 + "abc", "x" * 250 + "abd").ratio(), 4))
d = difflib.Differ(); print("".join(d.compare(["  indented line\n", "tab\there\n"], ["  indented  line\n", "tab\tthere\n"])))
