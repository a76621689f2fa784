# A node whose repr includes its parent's repr, with a cycle: each level is PyObject_Repr's
# recursion check plus the __repr__ frame, so the fold counts half as many repeats as a plain
# recursive call would.
class Node:
    def __init__(self, name):
        self.name = name
        self.parent = self

    def __repr__(self):
        return f"Node({self.name!r}, parent={self.parent!r})"


print(Node("root"))
