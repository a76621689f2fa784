# Caret lines under source with East Asian wide characters: CPython 3.11 counts display
# columns (two per wide character), in the interpreter's report and in the traceback
# module, which also keeps its byte-offset quirk for binary-operator anchors.
import traceback


def concat():
    变量 = "字符串"
    return 变量 + 1 + 2


def lookup():
    数据 = {"键": [1, 2]}
    return 数据["键"][5]


def method():
    名字 = "中文"; 结果 = 名字.不存在()


def accented():
    return "é" + 1


def power():
    return "变量" ** "2"


for fn in (concat, lookup, method, accented, power):
    try:
        fn()
    except Exception:
        traceback.print_exc()

for src in ['变量 = "中文\n', '变量 = 1abc\n', '变量 = 1 ？\n', '变量 = 1)\n', '变量 = 1 +\n', '变量 = 01\n']:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(repr(src), e.offset, e.end_offset, e.msg)
    try:
        compile(src.encode(), "<bytes>", "exec")
    except SyntaxError as e:
        print("bytes:", e.offset, e.end_offset)

lookup()
