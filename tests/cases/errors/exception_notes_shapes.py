# __notes__ set to something other than a list of strings: a sequence's items are notes
# (a str's characters, a bytes' ints), anything else is shown once by its repr with no
# newline after it, and None shows nothing; the uncaught report follows the same rules.
import traceback


class Note:
    def __str__(self):
        return "as str"

    def __repr__(self):
        return "as repr"


for notes in ["abc", 5, [1, Note(), "two\nlines"], (Note(),), Note(), None, {"k": 1}, b"ab"]:
    err = ValueError("boom")
    err.__notes__ = notes
    print(traceback.format_exception_only(err))

err = KeyError("key")
err.__notes__ = "xy"
raise err
