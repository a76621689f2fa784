# Source lines with trailing whitespace: the uncaught-exception printer keeps it (so the
# markers show, the expression no longer covering the whole line); traceback.print_exc strips it.
import sys
import traceback


def divide(a, b):
    return a / b   


def lookup(items):
    return items[5]	


try:
    lookup([1])  
except IndexError:
    traceback.print_exc(file=sys.stdout)
try:
    divide(1, 0) 
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
divide(2, 0)   
