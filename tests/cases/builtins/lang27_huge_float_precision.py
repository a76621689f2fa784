# Float formatting with precisions past 65535 digits (Rust's formatter limit) works as
# in CPython; the digits beyond a double's exact expansion are zeros.
cases = [
    lambda: "%12.*f" % (123456, 1.0),
    lambda: format(1.0, ".70000f"),
    lambda: "{:.100000e}".format(2.5),
    lambda: f"{1.5:.99999g}",
    lambda: "%.*e" % (70000, 1.5),
    lambda: format(5e-324, ".70000f"),
    lambda: format(1e308, ".70000e"),
    lambda: format(-0.1, ".66000%"),
    lambda: format(0.1, "#.80000g"),
]
for case in cases:
    s = case()
    print(len(s), s[:40], s[-12:], s.count("0"))
for bad in (lambda: format(1.5, ".2147483648f"), lambda: "%.2147483648f" % 1.5):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
