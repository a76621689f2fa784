# A classic bug: __getattr__ reads an attribute that was never set, which calls __getattr__
# again. The traceback folds the repeated frames ("[Previous line repeated N more times]"),
# so N shows how many frames CPython fitted under its recursion limit.
class Config:
    def __init__(self, values):
        self.values = values

    def __getattr__(self, name):
        # Typo: the dict is `self.values`, so `self.data` is looked up through __getattr__.
        return self.data[name]


config = Config({"debug": True})
print("before")
print(config.debug)
