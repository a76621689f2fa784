# Counted repeats too large to copy out into an automaton still compile and match as in
# CPython (username checks like ^\w{3,1000}$, huge bounds up to MAXREPEAT - 1).
import re

text = "user_42 said: " + "ab" * 700 + " done"
for pattern in [r"\w{1,1000}", r"^\w{3,1000}$", r"\w{1,100000}", r"(\w+\s?){1,2000}",
                r"(?<=_)\w{1,1000}", r"(a)\w{2,1000}?\1", r"[\w.-]{1,500}@\w{1,300}\.com",
                r"x{4294967294}", r"(?:ab){5,1000}+", r"\d{2,10000}|said"]:
    p = re.compile(pattern)
    m = p.search(text)
    print(pattern, "->", m and (m.span(), m.group()[:12], m.groups()))
    print("   fullmatch user_42:", p.fullmatch("user_42"), len(p.findall(text)))
print(re.match(r"\w{1,1000}", "αβγ δ"), re.sub(r"\w{2,5000}", "<w>", "a bb ccc"))
print(re.fullmatch(r"[\w.-]{1,500}@\w{1,300}\.com", "jane.doe@example.com"))
try:
    re.compile("x{4294967295}")
except OverflowError as e:
    print("OverflowError:", e)
