# An uncaught exception group with ten or more members: each member's title line has sixteen
# dashes on both sides (also for two-digit titles), and past fifteen members "and N more".
import traceback

try:
    raise ExceptionGroup("twelve", [ValueError(i) for i in range(12)])
except ExceptionGroup:
    traceback.print_exc()

raise ExceptionGroup("many", [KeyError(i) for i in range(17)])
