# sys.exit(3) exits with status 3 and prints nothing; finally blocks still run.
import sys
try:
    print("exiting")
    sys.exit(3)
finally:
    print("cleanup")
