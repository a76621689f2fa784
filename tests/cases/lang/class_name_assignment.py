# A class's __name__ / __qualname__ take only strings and cannot be deleted (CPython's
# type_set_name / check_set_special_type_attr); a failed assignment leaves them unchanged.
class C:
    pass


for stmt in ["C.__name__ = 5", "C.__qualname__ = None", "C.__name__ = 'a\\0b'", "del C.__name__",
             "del C.__qualname__"]:
    try:
        exec(stmt)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(C, C.__name__, C.__qualname__)
C.__name__ = "D"
print(C, C.__name__, C.__qualname__)
C.__qualname__ = "Q.R"
print(C, C.__name__, C.__qualname__)
try:
    del C.__name__
except TypeError as e:
    print(e)
