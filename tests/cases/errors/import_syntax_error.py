# A SyntaxError inside an imported module is reported with the module's file and line.
print("before import")
import broken_module_for_test
