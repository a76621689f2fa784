import sys
print(eval("2 * 3"))
try:
    eval("")
except SyntaxError as e:
    print(e)
eval("2 +")
