# csv reader/writer on quoted fields across dialects: the str-method fast paths must give
# what the character state machine gives (multi-line fields, text after quotes, errors).
import csv, io
lines = ['a,"b,c",d\n', '"x""y",z\r\n', '""\n', '"",""\n', 'a,\n', ',\n', '"q"\n', ' "s", "t" ,u\n', '"a"b,c\n', 'a"b,c\n', '"multi\n', 'line",end\n', '"\n', '",x\n', '1,"2",3\n', 'x,"y"\n', '"a",\n', '"a","\n', 'b"\n', '"un\rterm"\n', ',"",\n', '"a" ,b\n', '"ab"""\n', '"""",x\n']
for kw in [{}, {"skipinitialspace": True}, {"quoting": csv.QUOTE_NONNUMERIC}, {"doublequote": False}, {"strict": True}, {"delimiter": ";"}, {"quotechar": "'"}, {"quoting": csv.QUOTE_NONE}, {"escapechar": "\\"}]:
    for ln in [lines, ['1,"2",3\n', '"a",4.5,""\n', ',5\n']]:
        try:
            print(kw, list(csv.reader(ln, **kw)))
        except (csv.Error, ValueError) as e:
            print(kw, type(e).__name__, e)
    for ln in lines:
        try:
            print(repr(ln), list(csv.reader([ln], **kw)))
        except (csv.Error, ValueError) as e:
            print(repr(ln), type(e).__name__, e)

wrows = [["a", "b,c", 'q"x', "line\nbreak", "cr\rx", "", None, 1.5, "esc\\x", 'both,"\\'], [""], [None], ["plain", "row"], ['"'], ["\r\n"]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"doublequote": False, "escapechar": "\\"}, {"escapechar": "\\"}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"lineterminator": "X"}, {"delimiter": "\t"}, {"quotechar": "'"}, {"doublequote": False}, {"quoting": csv.QUOTE_NONE}]:
    for r in wrows:
        s = io.StringIO()
        try:
            csv.writer(s, **kw).writerow(r)
            print(kw, repr(s.getvalue()))
        except csv.Error as e:
            print(kw, r, "Error", e)
