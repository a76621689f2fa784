import re
print(re.findall(r"\N{EM DASH}+", "a—b——c"))
print(re.sub(r"[\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]", '"', "“hi”"))
print(re.match(r"\N{latin small letter a}\N{DIGIT ONE}", "a1"))
for pat in [r"\N{NOPE}", r"\N", r"\N{", r"\N{}"]:
    try:
        re.compile(pat)
    except re.error as e:
        print("error:", e)
try:
    re.compile(rb"\N{EM DASH}")
except re.error as e:
    print("bytes error:", e)
